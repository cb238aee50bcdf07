//! `/initiatieven/{slug}`: one initiative. What it is, for whom, where,
//! in which languages, what is coming up, and the one public way to get in
//! touch that the initiative chose. Search engines get schema.org JSON-LD and
//! a canonical address; an unknown slug is a 404.

use leptos::either::Either;
use leptos::prelude::*;

use crate::calendar::{AgendaDay, AgendaDays, LocalDate};
use crate::i18n::{current_locale, use_i18n};
use crate::initiatives::ContactKind;
use crate::taxonomy::Term;

/// Everything the page shows about one initiative (server side).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InitiativeDetail {
    pub slug: String,
    pub canonical_url: String,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub wijken: Vec<String>,
    pub buurten: Vec<String>,
    pub target_groups: Vec<Term>,
    pub themes: Vec<Term>,
    pub languages: Vec<String>,
    pub meeting_place: Option<String>,
    pub contact: Option<(ContactKind, String)>,
    pub looking_for_volunteers: bool,
    pub needs: Option<String>,
    pub upcoming: Vec<AgendaDay>,
    pub updated: LocalDate,
    pub is_demo: bool,
    pub json_ld: String,
}

pub mod ssr {
    use chrono::{DateTime, Utc};
    use entity::initiative;
    use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

    use super::InitiativeDetail;
    use crate::areas::AreaLevel;
    use crate::calendar::ssr::{OccurrenceFilter, group_by_day, local_date, occurrences_between};
    use crate::details::DetailPageView;
    use crate::initiatives::{ContactKind, InitiativeStatus};
    use crate::taxonomy::Term;

    /// The next dates shown on an initiative's page.
    const UPCOMING_DATES: u64 = 10;
    /// How far ahead they are looked for.
    const UPCOMING_DAYS: i64 = 92;

    /// The page of the initiative `slug`, reached from the kaart's results
    /// with their filters in `filters`: the way back keeps them, tidied
    /// (what is not a filter is left out).
    pub async fn draw(
        db: &DatabaseConnection,
        public_url: &str,
        slug: &str,
        filters: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<DetailPageView>, DbErr> {
        use leptos::prelude::*;
        use leptos::tachys::view::RenderHtml;

        let Some(detail) = detail(db, public_url, slug, now).await? else {
            return Ok(None);
        };
        Ok(Some(DetailPageView {
            name: detail.name.clone(),
            canonical_url: detail.canonical_url.clone(),
            is_demo: detail.is_demo,
            json_ld: detail.json_ld.clone(),
            back_href: crate::map::DirectoryQuery::parse(filters).0.href(),
            back_label: crate::i18n::use_i18n().back_to_map.to_owned(),
            body_html: view! { <super::InitiativeBody detail/> }.to_html(),
        }))
    }

    pub async fn detail(
        db: &DatabaseConnection,
        public_url: &str,
        slug: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<InitiativeDetail>, DbErr> {
        let Some(model) = initiative::Entity::find()
            .filter(initiative::Column::Slug.eq(slug))
            .filter(initiative::Column::Status.eq(InitiativeStatus::Published.code()))
            .one(db)
            .await?
        else {
            return Ok(None);
        };

        let related = crate::initiatives::related::related(db, model.id).await?;
        let looking_for_volunteers = related
            .needs
            .iter()
            .any(|need| need == crate::initiatives::VOLUNTEERS_NEED);
        let areas = related.areas;
        let names_of = |level: AreaLevel| -> Vec<String> {
            areas
                .iter()
                .filter(|area| area.level == level.code())
                .map(|area| area.name.clone())
                .collect()
        };
        let target_groups: Vec<Term> = related.target_groups.into_iter().map(Into::into).collect();
        let themes: Vec<Term> = related.themes.into_iter().map(Into::into).collect();
        let mut languages = related.languages;
        languages.sort_by(|a, b| (a != "nl", a).cmp(&(b != "nl", b)));

        let occurrences = occurrences_between(
            db,
            now,
            now - chrono::Duration::days(1),
            now + chrono::Duration::days(UPCOMING_DAYS),
            &OccurrenceFilter {
                initiative_id: Some(model.id),
                ..Default::default()
            },
            0,
            UPCOMING_DATES,
        )
        .await?;

        let canonical_url = format!(
            "{}/initiatieven/{}",
            public_url.trim_end_matches('/'),
            model.slug
        );
        let contact = match (
            model
                .contact_kind
                .as_deref()
                .and_then(ContactKind::from_code),
            model.contact_value,
        ) {
            (Some(kind), Some(value)) if !value.trim().is_empty() => Some((kind, value)),
            _ => None,
        };
        let wijken = names_of(AreaLevel::Wijk);
        let json_ld = json_ld(
            &canonical_url,
            &model.name,
            &model.description,
            &wijken,
            &languages,
            &occurrences,
        );
        Ok(Some(InitiativeDetail {
            slug: model.slug,
            canonical_url,
            name: model.name,
            summary: model.summary,
            description: model.description,
            buurten: names_of(AreaLevel::Buurt),
            wijken,
            target_groups,
            themes,
            languages,
            meeting_place: model.meeting_place,
            contact,
            looking_for_volunteers,
            needs: model.needs,
            upcoming: group_by_day(occurrences, local_date(now)),
            updated: local_date(model.updated_at),
            is_demo: model.is_demo,
            json_ld,
        }))
    }

    /// schema.org: the initiative as an Organization, with the areas it
    /// serves and its coming events. Contact details are left out on
    /// purpose: people find the public channel on the page itself.
    fn json_ld(
        url: &str,
        name: &str,
        description: &str,
        wijken: &[String],
        languages: &[String],
        occurrences: &[crate::calendar::OccurrenceSummary],
    ) -> String {
        let events: Vec<serde_json::Value> = occurrences
            .iter()
            .map(|occurrence| {
                serde_json::json!({
                    "@type": "Event",
                    "name": occurrence.title,
                    "startDate": occurrence.starts_at,
                    "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                    "location": {
                        "@type": "Place",
                        "name": occurrence.place.clone().or_else(|| occurrence.area_name.clone()).unwrap_or_default(),
                    },
                })
            })
            .collect();
        let data = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": name,
            "description": description,
            "url": url,
            "areaServed": wijken.iter().map(|wijk| serde_json::json!({"@type": "Place", "name": wijk})).collect::<Vec<_>>(),
            "knowsLanguage": languages,
            "event": events,
        });
        // Inside <script>, "</" would end the element; JSON allows "<\/".
        data.to_string().replace("</", "<\\/")
    }
}

/// The page below its heading, drawn on the server.
#[component]
fn InitiativeBody(detail: InitiativeDetail) -> impl IntoView {
    let t = use_i18n();
    let locale = current_locale();
    let labels = |terms: &[Term]| {
        terms
            .iter()
            .map(|term| term.label(locale).to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let where_text = detail
        .wijken
        .iter()
        .chain(&detail.buurten)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let languages = detail
        .languages
        .iter()
        .map(|code| (t.language_name)(code).unwrap_or(code.as_str()).to_owned())
        .collect::<Vec<_>>()
        .join(", ");
    let updated = t.day_heading(
        detail.updated.weekday,
        detail.updated.day,
        detail.updated.month,
    );
    let facts: Vec<(&'static str, String)> = [
        (t.detail_for_whom, labels(&detail.target_groups)),
        (t.detail_themes, labels(&detail.themes)),
        (t.detail_where, where_text),
        (
            t.detail_meeting_place,
            detail.meeting_place.clone().unwrap_or_default(),
        ),
        (t.detail_languages, languages),
    ]
    .into_iter()
    .filter(|(_, value)| !value.is_empty())
    .collect();

    view! {
        <p class="lead">{detail.summary.clone()}</p>
        <div class="detail">
            <div class="detail__main">
                <h2>{t.detail_about}</h2>
                {detail.description.split("\n\n").map(|paragraph| view! { <p>{paragraph.to_owned()}</p> }).collect_view()}
                <dl class="facts">
                    {facts.into_iter().map(|(term, value)| view! { <dt>{term}</dt><dd>{value}</dd> }).collect_view()}
                </dl>
                {detail.looking_for_volunteers.then(|| view! {
                    <h2>{t.looking_for_volunteers}</h2>
                    <p>{detail.needs.clone().unwrap_or_else(|| t.detail_volunteers_welcome.to_owned())}</p>
                })}
                <h2>{t.detail_upcoming}</h2>
                {if detail.upcoming.is_empty() {
                    Either::Left(view! { <p>{t.detail_no_upcoming}</p> })
                } else {
                    Either::Right(view! { <AgendaDays days=detail.upcoming.clone()/> })
                }}
            </div>
            <aside class="detail__contact" aria-labelledby="contact-opnemen">
                <h2 id="contact-opnemen">{t.detail_contact}</h2>
                {match detail.contact.clone() {
                    Some((kind, value)) => Either::Left(view! { <ContactChannel kind value/> }),
                    None => Either::Right(view! { <p>{t.detail_no_contact}</p> }),
                }}
            </aside>
        </div>
        <p class="detail__updated">{(t.detail_updated)(&updated)}</p>
    }
}

/// The one public way to reach the initiative, as a link where that helps.
#[component]
fn ContactChannel(kind: ContactKind, value: String) -> impl IntoView {
    let t = use_i18n();
    let digits: String = value
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    let link = match kind {
        ContactKind::Email => Some((t.contact_email, format!("mailto:{value}"))),
        ContactKind::Phone => Some((t.contact_phone, format!("tel:{digits}"))),
        // Stored addresses were parsed already; parsing again on the way
        // out means a bad row can never become a `javascript:` link.
        ContactKind::Website => crate::initiatives::WebsiteUrl::parse(&value)
            .ok()
            .map(|url| (t.contact_website, url.as_str().to_owned())),
        ContactKind::Whatsapp | ContactKind::InPerson => None,
    };
    match link {
        Some((label, href)) => Either::Left(view! {
            <p>{label}" "<a href=href rel="noopener noreferrer">{value}</a></p>
        }),
        None => {
            let prefix = match kind {
                ContactKind::Whatsapp => t.contact_whatsapp,
                ContactKind::Website => t.contact_website,
                _ => "",
            };
            Either::Right(view! { <p>{prefix}" "{value}</p> })
        }
    }
}
