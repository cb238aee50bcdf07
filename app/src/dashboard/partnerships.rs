//! Partnerships between initiatives and professional organisations (KIS
//! points 1, 6 and 7): the fixed contact person, agreements, the preferred
//! channel and language, the contact log with hand-overs, and a
//! self-assessment of the eight points of attention over time.
//!
//! Only professionals of the partnership's organisation change it; every
//! professional sees it. A professional starts one for their own
//! organisation and becomes its fixed contact person; a hand-over names a
//! colleague of the same organisation, who gets a mail.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use entity::{
    app_user, area, initiative, initiative_area, organisation, partnership, partnership_assessment,
    partnership_contact,
};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, Set,
};

use super::csv_tables::CsvTable;
use super::filter::DashboardFilter;
use super::index::{DashboardIndex, InitiativeEntry, Resolved};
use super::posted::{PostedForm, Problems, parse_day, problems_of, shown, text_at_most};
use super::texts::{DashboardTexts, use_dashboard_texts};
use super::widgets::{
    ALL_FILTERS, Context, FilterChoice, csv_link, day, decimal, filter_form, notice, user_names,
};
use crate::accounts::Role;
use crate::api_codec::DrawnHtml;
use crate::errors::{AppError, set_page_status};
use crate::forms::fields::{
    ChoiceGroup, ChoiceKind, DataTable, ProblemSummary, SelectField, TextArea, TextField,
    problem_at,
};
use crate::i18n::{Locale, current_locale};
use crate::initiatives::InitiativeStatus;

/// How a contact went, and how an initiative likes to be reached: the
/// intake's codes.
pub const CHANNELS: [&str; 4] = ["email", "phone", "whatsapp", "in_person"];
/// The language to write in: the intake's codes.
pub const LANGUAGES: [&str; 3] = ["nl", "nl_simple", "en"];
/// The kinds of lines in the contact log.
pub const CONTACT: &str = "contact";
pub const HANDOVER: &str = "handover";
/// The reminder list's choices of weeks without contact; the first
/// bigger than zero is the default.
pub const REMINDER_WEEKS: [u32; 4] = [4, 8, 12, 26];
pub const DEFAULT_REMINDER_WEEKS: u32 = 8;

pub const MAX_NOTE: usize = 2000;
/// Rows on one page of `/dashboard/samenwerkingen`.
const PAGE_SIZE: usize = 50;
pub const MAX_AGREEMENTS: usize = 4000;

/// A partnership as the lists show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnershipRow {
    pub id: i32,
    pub initiative_id: i32,
    pub initiative_name: String,
    pub initiative_slug: String,
    pub organisation_id: i32,
    pub organisation_name: String,
    pub contact_name: Option<String>,
    pub last_contact: Option<NaiveDate>,
    pub preferred_channel: Option<String>,
    pub language_level: Option<String>,
    pub agreements: String,
    /// The latest self-assessment: its day and the eight scores.
    pub latest_assessment: Option<(NaiveDate, [i16; 8])>,
}

/// The partnerships of the published initiatives that pass the filter, by
/// initiative and organisation.
pub fn rows<'a>(
    relations: &'a super::relations::DashboardRelations,
    index: &DashboardIndex,
    filter: &Resolved,
) -> Vec<&'a PartnershipRow> {
    let initiatives: std::collections::HashSet<i32> = index
        .initiatives_matching(filter)
        .map(|entry| entry.id)
        .collect();
    relations
        .partnerships
        .iter()
        .filter(|row| initiatives.contains(&row.initiative_id))
        .collect()
}

/// The partnerships without contact in the last `weeks` weeks (or never),
/// longest without first.
pub fn overdue<'a>(
    rows: &[&'a PartnershipRow],
    today: NaiveDate,
    weeks: u32,
) -> Vec<&'a PartnershipRow> {
    let since = today - chrono::Duration::weeks(i64::from(weeks));
    let mut overdue: Vec<&PartnershipRow> = rows
        .iter()
        .copied()
        .filter(|row| row.last_contact.is_none_or(|last| last < since))
        .collect();
    overdue.sort_by_key(|row| row.last_contact);
    overdue
}

/// The reminder's weeks from the address (`weken`), one of
/// [`REMINDER_WEEKS`].
pub fn reminder_weeks(query: &str) -> u32 {
    super::query_value(query, "weken")
        .parse()
        .ok()
        .filter(|weeks| REMINDER_WEEKS.contains(weeks))
        .unwrap_or(DEFAULT_REMINDER_WEEKS)
}

/// Per point of attention, the average of the latest self-assessments and
/// how many there are.
pub fn point_averages(rows: &[&PartnershipRow]) -> Option<[f64; 8]> {
    let assessed: Vec<[i16; 8]> = rows
        .iter()
        .filter_map(|row| row.latest_assessment.map(|(_, points)| points))
        .collect();
    if assessed.is_empty() {
        return None;
    }
    let mut sums = [0.0; 8];
    for points in &assessed {
        for (sum, point) in sums.iter_mut().zip(points) {
            *sum += f64::from(*point);
        }
    }
    Some(sums.map(|sum| sum / assessed.len() as f64))
}

/// Each initiative's fixed contact persons, as "name (organisation)".
pub fn fixed_contacts(
    relations: &super::relations::DashboardRelations,
    initiative_ids: &[i32],
) -> HashMap<i32, Vec<String>> {
    let wanted: std::collections::HashSet<i32> = initiative_ids.iter().copied().collect();
    let mut fixed: HashMap<i32, Vec<String>> = HashMap::new();
    for row in &relations.partnerships {
        if let Some(name) = row
            .contact_name
            .as_ref()
            .filter(|_| wanted.contains(&row.initiative_id))
        {
            fixed
                .entry(row.initiative_id)
                .or_default()
                .push(format!("{name} ({})", row.organisation_name));
        }
    }
    fixed
}

/// The CSV's header and rows.
pub fn table(locale: Locale, rows: &[&PartnershipRow]) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let texts = locale.dashboard_texts();
    let intake = locale.intake_texts();
    let mut header = vec![
        texts.column_initiative,
        texts.column_organisation,
        texts.column_fixed_contact,
        texts.column_last_contact,
        texts.column_channel,
        texts.column_language,
        texts.column_agreements,
        texts.column_assessment,
    ];
    header.extend(texts.points);
    let cells = rows
        .iter()
        .map(|row| {
            let mut cells = vec![
                row.initiative_name.clone(),
                row.organisation_name.clone(),
                row.contact_name.clone().unwrap_or_default(),
                row.last_contact
                    .map(|last| last.to_string())
                    .unwrap_or_default(),
                row.preferred_channel
                    .as_deref()
                    .map(|code| (intake.channel_label)(code).to_owned())
                    .unwrap_or_default(),
                row.language_level
                    .as_deref()
                    .map(|code| (intake.contact_language_label)(code).to_owned())
                    .unwrap_or_default(),
                row.agreements.clone(),
                row.latest_assessment
                    .map(|(on, _)| on.to_string())
                    .unwrap_or_default(),
            ];
            cells.extend((0..8).map(|point| {
                row.latest_assessment
                    .map(|(_, points)| points[point].to_string())
                    .unwrap_or_default()
            }));
            cells
        })
        .collect();
    (header, cells)
}

// ---------------------------------------------------------------------
// Changing partnerships. Each change is checked first (`check_…`, pure
// functions that return the problems per field), then stored.

/// A contact moment, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactMoment {
    pub on: NaiveDate,
    pub channel: String,
    pub note: String,
}

pub fn check_contact(
    pairs: &[(String, String)],
    today: NaiveDate,
    texts: &DashboardTexts,
) -> Result<ContactMoment, Problems> {
    let value = |name: &str| crate::forms::posted_value(pairs, name);
    let mut problems = Problems::new();
    let on = match parse_day(value("datum")) {
        Some(on) if on > today => {
            problems.push((texts.problem_date_future.to_owned(), "datum"));
            None
        }
        Some(on) => Some(on),
        None => {
            problems.push((texts.problem_date.to_owned(), "datum"));
            None
        }
    };
    let channel = value("kanaal");
    if !CHANNELS.contains(&channel) {
        problems.push((texts.problem_channel.to_owned(), "kanaal"));
    }
    let note = text_at_most(value("notitie"), MAX_NOTE, "notitie", &mut problems);
    if note.is_empty() {
        problems.push((texts.problem_note_missing.to_owned(), "notitie"));
    }
    match on {
        Some(on) if problems.is_empty() => Ok(ContactMoment {
            on,
            channel: channel.to_owned(),
            note,
        }),
        _ => Err(problems),
    }
}

/// Agreements and how to communicate, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agreements {
    pub agreements: String,
    pub channel: Option<String>,
    pub language: Option<String>,
}

pub fn check_agreements(pairs: &[(String, String)]) -> Result<Agreements, Problems> {
    let value = |name: &str| crate::forms::posted_value(pairs, name);
    let mut problems = Problems::new();
    let agreements = text_at_most(
        value("afspraken"),
        MAX_AGREEMENTS,
        "afspraken",
        &mut problems,
    );
    // Unknown codes are left out: the choices are lists.
    let known = |code: &str, list: &[&str]| list.contains(&code).then(|| code.to_owned());
    let channel = known(value("voorkeur"), &CHANNELS);
    let language = known(value("taal"), &LANGUAGES);
    if problems.is_empty() {
        Ok(Agreements {
            agreements,
            channel,
            language,
        })
    } else {
        Err(problems)
    }
}

/// A hand-over to a colleague, checked against the organisation's accounts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handover {
    pub to_user_id: i32,
    pub note: String,
}

pub fn check_handover(
    pairs: &[(String, String)],
    colleagues: &[app_user::Model],
    texts: &DashboardTexts,
) -> Result<Handover, Problems> {
    let value = |name: &str| crate::forms::posted_value(pairs, name);
    let mut problems = Problems::new();
    let to = value("collega")
        .parse::<i32>()
        .ok()
        .filter(|id| colleagues.iter().any(|colleague| colleague.id == *id));
    if to.is_none() {
        problems.push((texts.problem_colleague.to_owned(), "collega"));
    }
    let note = text_at_most(value("overdracht"), MAX_NOTE, "overdracht", &mut problems);
    match to {
        Some(to_user_id) if problems.is_empty() => Ok(Handover { to_user_id, note }),
        _ => Err(problems),
    }
}

/// A self-assessment, checked: a score of 1 to 4 for each point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub points: [i16; 8],
    pub note: String,
}

/// The field of point `n` (1 to 8).
pub const POINT_FIELDS: [&str; 8] = [
    "punt-1", "punt-2", "punt-3", "punt-4", "punt-5", "punt-6", "punt-7", "punt-8",
];

pub fn check_assessment(
    pairs: &[(String, String)],
    texts: &DashboardTexts,
) -> Result<Assessment, Problems> {
    let value = |name: &str| crate::forms::posted_value(pairs, name);
    let mut problems = Problems::new();
    let mut points = [0i16; 8];
    for (point, field) in points.iter_mut().zip(POINT_FIELDS) {
        match value(field).parse::<i16>() {
            Ok(score) if (1..=4).contains(&score) => *point = score,
            _ => problems.push((texts.problem_score.to_owned(), field)),
        }
    }
    let note = text_at_most(value("toelichting"), MAX_NOTE, "toelichting", &mut problems);
    if problems.is_empty() {
        Ok(Assessment { points, note })
    } else {
        Err(problems)
    }
}

/// The partnership of `organisation_id` with an initiative, if any.
pub async fn of_organisation(
    db: &impl ConnectionTrait,
    initiative_id: i32,
    organisation_id: i32,
) -> Result<Option<partnership::Model>, DbErr> {
    partnership::Entity::find()
        .filter(partnership::Column::InitiativeId.eq(initiative_id))
        .filter(partnership::Column::OrganisationId.eq(organisation_id))
        .one(db)
        .await
}

/// Starts a partnership of the user's organisation with an initiative,
/// with the user as fixed contact person and the initiative's own choice
/// of channel and language. Nothing changes when there is one already.
pub async fn begin(
    db: &DatabaseConnection,
    initiative: &initiative::Model,
    organisation_id: i32,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<partnership::Model, DbErr> {
    if let Some(existing) = of_organisation(db, initiative.id, organisation_id).await? {
        return Ok(existing);
    }
    partnership::ActiveModel {
        initiative_id: Set(initiative.id),
        organisation_id: Set(organisation_id),
        contact_user_id: Set(Some(user_id)),
        agreements: Set(String::new()),
        preferred_channel: Set(initiative.preferred_channel.clone()),
        language_level: Set(initiative.contact_language.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
}

pub async fn record_contact(
    db: &DatabaseConnection,
    partnership_id: i32,
    moment: ContactMoment,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    partnership_contact::ActiveModel {
        partnership_id: Set(partnership_id),
        kind: Set(CONTACT.to_owned()),
        happened_on: Set(moment.on),
        channel: Set(Some(moment.channel)),
        note: Set(moment.note),
        recorded_by_user_id: Set(Some(user_id)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

pub async fn save_agreements(
    db: &DatabaseConnection,
    row: partnership::Model,
    agreements: Agreements,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut row: partnership::ActiveModel = row.into();
    row.agreements = Set(agreements.agreements);
    row.preferred_channel = Set(agreements.channel);
    row.language_level = Set(agreements.language);
    row.updated_at = Set(now);
    row.update(db).await.map(|_| ())
}

/// Names a new fixed contact person, logs the hand-over, and mails the
/// colleague (in one transaction, so neither happens without the other).
#[expect(
    clippy::too_many_arguments,
    reason = "each is one fact of the hand-over"
)]
pub async fn hand_over(
    db: &DatabaseConnection,
    row: partnership::Model,
    handover: Handover,
    by_user_id: i32,
    initiative_name: &str,
    link: &str,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let transaction = crate::writing::begin_writing(db).await?;
    let Some(colleague) = app_user::Entity::find_by_id(handover.to_user_id)
        .one(&transaction)
        .await?
    else {
        return Ok(());
    };
    let today = now
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .date_naive();
    partnership_contact::ActiveModel {
        partnership_id: Set(row.id),
        kind: Set(HANDOVER.to_owned()),
        happened_on: Set(today),
        channel: Set(None),
        note: Set(handover.note.clone()),
        from_user_id: Set(row.contact_user_id),
        to_user_id: Set(Some(colleague.id)),
        recorded_by_user_id: Set(Some(by_user_id)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    let mut changed: partnership::ActiveModel = row.into();
    changed.contact_user_id = Set(Some(colleague.id));
    changed.updated_at = Set(now);
    changed.update(&transaction).await?;
    let mail = locale.dashboard_mail_texts();
    crate::mail::queue(
        &transaction,
        crate::mail::Mail {
            to: colleague.email,
            subject: (mail.handover_subject)(initiative_name),
            body: (mail.handover_body)(
                &colleague.display_name,
                initiative_name,
                &handover.note,
                link,
            ),
        },
        now,
    )
    .await?;
    transaction.commit().await
}

pub async fn save_assessment(
    db: &DatabaseConnection,
    partnership_id: i32,
    assessment: Assessment,
    user_id: i32,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let [
        point1,
        point2,
        point3,
        point4,
        point5,
        point6,
        point7,
        point8,
    ] = assessment.points;
    partnership_assessment::ActiveModel {
        partnership_id: Set(partnership_id),
        assessed_on: Set(today),
        point1: Set(point1),
        point2: Set(point2),
        point3: Set(point3),
        point4: Set(point4),
        point5: Set(point5),
        point6: Set(point6),
        point7: Set(point7),
        point8: Set(point8),
        note: Set(assessment.note),
        recorded_by_user_id: Set(Some(user_id)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

/// The active accounts of an organisation, by name: who can become its
/// fixed contact person.
pub async fn colleagues(
    db: &impl ConnectionTrait,
    organisation_id: i32,
) -> Result<Vec<app_user::Model>, DbErr> {
    app_user::Entity::find()
        .filter(app_user::Column::OrganisationId.eq(organisation_id))
        .filter(app_user::Column::DisabledAt.is_null())
        .order_by_asc(app_user::Column::DisplayName)
        .all(db)
        .await
}

/// An initiative that professionals may see in the dashboard: anything
/// that was sent in (a draft is still the volunteer's own).
pub async fn initiative_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<initiative::Model>, DbErr> {
    Ok(initiative::Entity::find()
        .filter(initiative::Column::Slug.eq(slug))
        .one(db)
        .await?
        .filter(|row| row.status != InitiativeStatus::Draft.code()))
}

// ---------------------------------------------------------------------
// Pages.

/// Draws `/dashboard/samenwerkingen`: every partnership that passes the
/// filter, and the initiatives on the kaart that have none yet.
pub async fn draw_list(context: &Context<'_>) -> Result<DrawnHtml, AppError> {
    let texts = use_dashboard_texts();
    let locale = current_locale();
    let resolved = context.index.resolve(context.filter, context.today());
    let rows = rows(context.relations, context.index, &resolved);
    let with: std::collections::HashSet<i32> = rows.iter().map(|row| row.initiative_id).collect();
    let without: Vec<&InitiativeEntry> = context
        .index
        .initiatives_matching(&resolved)
        .filter(|entry| !with.contains(&entry.id))
        .collect();
    const SHOWN_WITHOUT: usize = 50;
    let (shown, page, pages) = super::widgets::one_page(&rows, context.query, PAGE_SIZE);
    let filters = filter_form(
        context,
        "/dashboard/samenwerkingen",
        FilterChoice {
            period: false,
            ..ALL_FILTERS
        },
        None,
    );
    let table_view = if rows.is_empty() {
        Either::Left(view! { <p>{texts.no_partnerships}</p> })
    } else {
        Either::Right(partnership_table(
            locale,
            &shown,
            "samenwerkingen-tabel",
            (texts.partnerships_caption)(rows.len()),
        ))
    };
    let more = without.len().saturating_sub(SHOWN_WITHOUT);
    let without_view = (!without.is_empty()).then(|| {
        view! {
            <h2 id="zonder">{texts.without_partnership_heading}</h2>
            <p>{texts.without_partnership_intro}</p>
            <ul class="link-list">
                {without.iter().take(SHOWN_WITHOUT).map(|entry| view! {
                    <li><a href=format!("/dashboard/initiatieven/{}", entry.slug)>{entry.name.clone()}</a></li>
                }).collect_view()}
            </ul>
            {(more > 0).then(|| view! { <p>{(texts.without_partnership_more)(more)}</p> })}
        }
    });
    let html = view! {
        <p><a href=context.filter.address("/dashboard", &[])>{texts.back_to_dashboard}</a></p>
        <p class="lead">{texts.partnerships_intro}</p>
        {filters}
        {super::widgets::unknown_filter_note(context, context.today())}
        {table_view}
        {super::widgets::pager(context.filter, "/dashboard/samenwerkingen", &[], page, pages)}
        {csv_link(context.filter, CsvTable::Partnerships, &[])}
        {without_view}
    }
    .to_html();
    Ok(DrawnHtml {
        title: texts.partnerships_title.to_owned(),
        html,
    })
}

/// The table of partnerships, as the list and the overview show it.
pub fn partnership_table(
    locale: Locale,
    rows: &[&PartnershipRow],
    id: &'static str,
    caption: String,
) -> AnyView {
    let texts = locale.dashboard_texts();
    let intake = locale.intake_texts();
    let body = rows
        .iter()
        .map(|row| {
            let average = row.latest_assessment.map(|(on, points)| {
                let sum: f64 = points.iter().map(|point| f64::from(*point)).sum();
                format!("{} ({})", day(on), (texts.average)(&decimal(sum / 8.0)))
            });
            view! {
                <tr>
                    <th scope="row"><a href=format!("/dashboard/initiatieven/{}", row.initiative_slug)>{row.initiative_name.clone()}</a></th>
                    <td>{row.organisation_name.clone()}</td>
                    <td>{row.contact_name.clone().unwrap_or_else(|| texts.nobody_named.to_owned())}</td>
                    <td>{row.last_contact.map_or_else(|| texts.never.to_owned(), day)}</td>
                    <td>{row.preferred_channel.as_deref().map(intake.channel_label).unwrap_or(texts.not_stated)}</td>
                    <td>{row.language_level.as_deref().map(intake.contact_language_label).unwrap_or(texts.not_stated)}</td>
                    <td>{average.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    let columns = vec![
        texts.column_initiative,
        texts.column_organisation,
        texts.column_fixed_contact,
        texts.column_last_contact,
        texts.column_channel,
        texts.column_language,
        texts.column_assessment,
    ];
    view! { <DataTable id caption columns>{body}</DataTable> }.into_any()
}

/// Draws `/dashboard/initiatieven/{slug}`: the initiative as professionals
/// see it, its partnerships (the viewer's own organisation's with its
/// forms), signals and reports.
pub async fn draw_initiative(context: &Context<'_>, slug: &str) -> Result<DrawnHtml, AppError> {
    let texts = use_dashboard_texts();
    let locale = current_locale();
    let intake = locale.intake_texts();
    let db = context.db();
    let Some(initiative) = initiative_by_slug(db, slug).await? else {
        set_page_status(404);
        return Err(AppError::NotFound);
    };
    crate::accounts::audit::record(
        db,
        context.now,
        Some(context.viewer.user_id),
        crate::accounts::audit::AuditAction::InitiativeViewed,
        &format!("initiative:{}", initiative.id),
        "dashboard",
    )
    .await?;
    let own_organisation = context.viewer.organisation_id;
    let partnerships = partnership::Entity::find()
        .filter(partnership::Column::InitiativeId.eq(initiative.id))
        .all(db)
        .await?;
    let organisation_names: HashMap<i32, String> = organisation::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.id, row.name))
        .collect();
    let organisation_name = |id: i32| organisation_names.get(&id).cloned().unwrap_or_default();
    let ids: Vec<i32> = partnerships.iter().map(|row| row.id).collect();
    let log = partnership_contact::Entity::find()
        .filter(partnership_contact::Column::PartnershipId.is_in(ids.clone()))
        .order_by_desc(partnership_contact::Column::HappenedOn)
        .order_by_desc(partnership_contact::Column::Id)
        .all(db)
        .await?;
    let assessments = partnership_assessment::Entity::find()
        .filter(partnership_assessment::Column::PartnershipId.is_in(ids))
        .order_by_asc(partnership_assessment::Column::AssessedOn)
        .order_by_asc(partnership_assessment::Column::Id)
        .all(db)
        .await?;
    let mut user_ids: Vec<i32> = partnerships
        .iter()
        .filter_map(|row| row.contact_user_id)
        .collect();
    for line in &log {
        user_ids.extend(
            [line.from_user_id, line.to_user_id, line.recorded_by_user_id]
                .into_iter()
                .flatten(),
        );
    }
    let names = user_names(db, user_ids).await?;
    let name_of = |id: Option<i32>| {
        id.and_then(|id| names.get(&id).cloned())
            .unwrap_or_else(|| texts.nobody_named.to_owned())
    };
    let colleagues = colleagues(db, own_organisation).await?;
    let wijken = wijk_names(db, initiative.id).await?;

    // About the initiative.
    let status = initiative.status.clone();
    let about = view! {
        <h2 id="over">{texts.initiative_details}</h2>
        <dl class="details">
            <dt>{texts.status_label}</dt>
            <dd>{(locale.intake_texts().status_label)(&status)}</dd>
            <dt>{texts.areas_label}</dt>
            <dd>{wijken.join(", ")}</dd>
            <dt>{texts.initiative_contact}</dt>
            <dd>
                {initiative.contact_person_name.clone().unwrap_or_else(|| texts.nobody_named.to_owned())}
                {initiative.contact_person_email.clone().map(|email| view! { <br/><a href=format!("mailto:{email}")>{email.clone()}</a> })}
                {initiative.contact_person_phone.clone().map(|phone| view! { <br/>{phone} })}
            </dd>
            <dt>{texts.preferred_channel}</dt>
            <dd>{initiative.preferred_channel.as_deref().map(intake.channel_label).unwrap_or(texts.not_stated)}</dd>
            <dt>{texts.language_level}</dt>
            <dd>{initiative.contact_language.as_deref().map(intake.contact_language_label).unwrap_or(texts.not_stated)}</dd>
        </dl>
        {(status == InitiativeStatus::Published.code()).then(|| view! {
            <p><a href=format!("/initiatieven/{}", initiative.slug)>{texts.public_page}</a></p>
        })}
    };

    // The partnerships: the viewer's organisation's first.
    let mut sorted = partnerships.clone();
    sorted.sort_by_key(|row| {
        (
            row.organisation_id != own_organisation,
            organisation_name(row.organisation_id),
        )
    });
    let has_own = sorted
        .iter()
        .any(|row| row.organisation_id == own_organisation);
    let partnership_views = sorted
        .into_iter()
        .map(|row| {
            let editable = row.organisation_id == own_organisation;
            let organisation = organisation_name(row.organisation_id);
            let lines: Vec<&partnership_contact::Model> =
                log.iter().filter(|line| line.partnership_id == row.id).collect();
            let own_assessments: Vec<&partnership_assessment::Model> = assessments
                .iter()
                .filter(|assessment| assessment.partnership_id == row.id)
                .collect();
            let log_view = if lines.is_empty() {
                Either::Left(view! { <p>{texts.no_log}</p> })
            } else {
                let body = lines
                    .iter()
                    .map(|line| {
                        let what = log_line_what(locale, line, &name_of);
                        view! {
                            <tr>
                                <td>{day(line.happened_on)}</td>
                                <td>{what}</td>
                                <td>{line.note.clone()}</td>
                                <td>{name_of(line.recorded_by_user_id)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                Either::Right(view! {
                    <div class="table-scroll" role="region" aria-labelledby=format!("logboek-{}", row.id) tabindex="0">
                        <table class="table">
                            <caption id=format!("logboek-{}", row.id)>{texts.log_caption}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{texts.column_date}</th>
                                    <th scope="col">{texts.column_what}</th>
                                    <th scope="col">{texts.column_note}</th>
                                    <th scope="col">{texts.column_by}</th>
                                </tr>
                            </thead>
                            <tbody>{body}</tbody>
                        </table>
                    </div>
                })
            };
            let assessments_view = (!own_assessments.is_empty()).then(|| {
                assessment_history(texts, row.id, &own_assessments)
            });
            let forms = if editable {
                Either::Left(partnership_forms(context, &initiative, &row, &colleagues))
            } else {
                Either::Right(view! { <p>{(texts.read_only)(&organisation)}</p> })
            };
            view! {
                <section class="partnership" aria-labelledby=format!("samenwerking-{}", row.id)>
                    <h2 id=format!("samenwerking-{}", row.id)>{(texts.partnership_with)(&organisation)}</h2>
                    <dl class="details">
                        <dt>{texts.fixed_contact}</dt>
                        <dd>{name_of(row.contact_user_id)}</dd>
                        <dt>{texts.preferred_channel}</dt>
                        <dd>{row.preferred_channel.as_deref().map(intake.channel_label).unwrap_or(texts.not_stated)}</dd>
                        <dt>{texts.language_level}</dt>
                        <dd>{row.language_level.as_deref().map(intake.contact_language_label).unwrap_or(texts.not_stated)}</dd>
                        <dt>{texts.agreements}</dt>
                        <dd class="details__text">{if row.agreements.trim().is_empty() { texts.no_agreements.to_owned() } else { row.agreements.clone() }}</dd>
                    </dl>
                    <h3>{texts.log_heading}</h3>
                    {log_view}
                    {assessments_view}
                    {forms}
                </section>
            }
        })
        .collect_view();
    let begin_view = (!has_own).then(|| {
        let organisation = organisation_name(own_organisation);
        view! {
            <h2 id="beginnen">{texts.begin_heading}</h2>
            <p>{(texts.begin_intro)(&organisation)}</p>
            <form method="post" action=format!("/dashboard/initiatieven/{}", initiative.slug) class="form">
                <div class="form__buttons">
                    <button class="button" type="submit" name="actie" value="begin">{texts.begin_button}</button>
                </div>
            </form>
        }
    });

    let signals = super::signals::of_initiative(db, initiative.id).await?;
    let signals_view = (!signals.is_empty()).then(|| {
        view! {
            <h2 id="signalen">{texts.initiative_signals_heading}</h2>
            {super::signals::signal_table(context, &signals.iter().collect::<Vec<_>>(), "signalen-initiatief", (texts.signals_caption)(signals.len()))}
        }
    });
    let reports = super::reports::of_initiative(db, initiative.id).await?;
    let reports_view = view! {
        <h2 id="verslagen">{texts.initiative_reports_heading}</h2>
        {super::reports::report_table(locale, &reports, "verslagen-initiatief", texts.reports_caption)}
    };

    // The files hold all of this initiative, whatever the dashboard's
    // filters were; only tables with rows are offered.
    let just_this = [("initiatief", initiative.slug.as_str())];
    let all = DashboardFilter::default();
    let downloads: Vec<CsvTable> = [
        (CsvTable::ContactLog, !log.is_empty()),
        (CsvTable::Assessments, !assessments.is_empty()),
        (CsvTable::Signals, !signals.is_empty()),
        (CsvTable::Reports, !reports.is_empty()),
    ]
    .into_iter()
    .filter_map(|(table, has_rows)| has_rows.then_some(table))
    .collect();
    let downloads_view = (!downloads.is_empty()).then(|| {
        view! {
            <h2 id="downloaden">{texts.initiative_downloads_heading}</h2>
            {downloads.into_iter().map(|table| csv_link(&all, table, &just_this)).collect_view()}
        }
    });

    let html = view! {
        <p><a href=context.filter.address("/dashboard", &[])>{texts.back_to_dashboard}</a></p>
        {notice(context.notice)}
        <p class="lead">{texts.initiative_intro}</p>
        {about}
        {partnership_views}
        {begin_view}
        {signals_view}
        {reports_view}
        {downloads_view}
    }
    .to_html();
    Ok(DrawnHtml {
        title: initiative.name.clone(),
        html,
    })
}

/// What happened in a line of the contact log: "Contact: Bellen", or
/// who handed over to whom. The page and the CSV file say it alike.
pub fn log_line_what(
    locale: Locale,
    line: &partnership_contact::Model,
    name_of: &dyn Fn(Option<i32>) -> String,
) -> String {
    let texts = locale.dashboard_texts();
    if line.kind == HANDOVER {
        return (texts.handover_line)(&name_of(line.from_user_id), &name_of(line.to_user_id));
    }
    let channel = line
        .channel
        .as_deref()
        .map(locale.intake_texts().channel_label)
        .unwrap_or_default();
    format!("{}: {channel}", texts.kind_contact)
}

/// The wijken of an initiative, by name.
async fn wijk_names(db: &DatabaseConnection, initiative_id: i32) -> Result<Vec<String>, DbErr> {
    let area_ids: Vec<i32> = initiative_area::Entity::find()
        .filter(initiative_area::Column::InitiativeId.eq(initiative_id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.area_id)
        .collect();
    Ok(area::Entity::find()
        .filter(area::Column::Id.is_in(area_ids))
        .order_by_asc(area::Column::SortOrder)
        .order_by_asc(area::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.name)
        .collect())
}

/// The self-assessments of one partnership as a table: a row per day.
fn assessment_history(
    texts: &'static DashboardTexts,
    partnership_id: i32,
    assessments: &[&partnership_assessment::Model],
) -> AnyView {
    let id = format!("zelfevaluaties-{partnership_id}");
    let caption_id = id.clone();
    view! {
        <h3>{texts.assessment_heading}</h3>
        <div class="table-scroll" role="region" aria-labelledby=id tabindex="0">
            <table class="table table--scores">
                <caption id=caption_id>{texts.assessment_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{texts.column_date}</th>
                        {texts.points.iter().map(|point| view! { <th scope="col">{*point}</th> }).collect_view()}
                        <th scope="col">{texts.column_note}</th>
                    </tr>
                </thead>
                <tbody>
                    {assessments.iter().map(|assessment| view! {
                        <tr>
                            <th scope="row">{day(assessment.assessed_on)}</th>
                            {assessment.points().iter().map(|score| view! { <td>{*score}</td> }).collect_view()}
                            <td>{assessment.note.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The forms of the viewer's own organisation's partnership.
fn partnership_forms(
    context: &Context<'_>,
    initiative: &initiative::Model,
    row: &partnership::Model,
    colleagues: &[app_user::Model],
) -> AnyView {
    let texts = use_dashboard_texts();
    let intake = current_locale().intake_texts();
    let action = format!("/dashboard/initiatieven/{}", initiative.slug);
    let channel_options = |label: fn(&str) -> &'static str| {
        CHANNELS
            .iter()
            .map(|code| ((*code).to_owned(), label(code).to_owned()))
            .collect::<Vec<_>>()
    };

    let contact = PostedForm::of("contact");
    let contact_problems = problems_of(&contact);
    let contact_form = view! {
        <h3 id="contact">{texts.record_contact_heading}</h3>
        <form method="post" action=action.clone() class="form" novalidate>
            <ProblemSummary problems=contact_problems.clone()/>
            <TextField id="datum" name="datum" label=texts.contact_date_label kind="date" autocomplete="off"
                hint=texts.date_hint
                value=shown(&contact, "datum", context.today().to_string())
                problem=problem_at(&contact_problems, "datum")/>
            <ChoiceGroup name="kanaal" legend=texts.contact_channel_legend kind=ChoiceKind::Radios
                options=channel_options(intake.channel_label)
                chosen=vec![shown(&contact, "kanaal", "")]
                problem=problem_at(&contact_problems, "kanaal")/>
            <TextArea id="notitie" label=texts.contact_note_label hint=texts.contact_note_hint
                value=shown(&contact, "notitie", "") maxlength=MAX_NOTE
                problem=problem_at(&contact_problems, "notitie")/>
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value="contact">{texts.record_contact_button}</button>
            </div>
        </form>
    };

    let agreements = PostedForm::of("afspraken");
    let agreements_problems = problems_of(&agreements);
    let mut channel_choices = vec![(String::new(), texts.not_stated.to_owned())];
    channel_choices.extend(channel_options(intake.channel_label));
    let mut language_choices = vec![(String::new(), texts.not_stated.to_owned())];
    language_choices.extend(LANGUAGES.iter().map(|code| {
        (
            (*code).to_owned(),
            (intake.contact_language_label)(code).to_owned(),
        )
    }));
    let agreements_form = view! {
        <h3 id="afspraken-kop">{texts.agreements_heading}</h3>
        <form method="post" action=action.clone() class="form" novalidate>
            <ProblemSummary problems=agreements_problems.clone()/>
            <TextArea id="afspraken" label=texts.agreements hint=texts.agreements_hint
                value=shown(&agreements, "afspraken", row.agreements.clone()) maxlength=MAX_AGREEMENTS
                problem=problem_at(&agreements_problems, "afspraken")/>
            <SelectField id="voorkeur" name="voorkeur" label=texts.preferred_channel
                options=channel_choices
                selected=shown(&agreements, "voorkeur", row.preferred_channel.clone().unwrap_or_default())
                problem=None/>
            <SelectField id="taal" name="taal" label=texts.language_level
                options=language_choices
                selected=shown(&agreements, "taal", row.language_level.clone().unwrap_or_default())
                problem=None/>
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value="afspraken">{texts.save_agreements_button}</button>
            </div>
        </form>
    };

    let handover = PostedForm::of("overdragen");
    let handover_problems = problems_of(&handover);
    let others: Vec<(String, String)> = colleagues
        .iter()
        .filter(|colleague| Some(colleague.id) != row.contact_user_id)
        .map(|colleague| (colleague.id.to_string(), colleague.display_name.clone()))
        .collect();
    let handover_form = if others.is_empty() {
        Either::Left(view! {
            <h3 id="overdragen">{texts.handover_heading}</h3>
            <p>{texts.no_colleagues}</p>
        })
    } else {
        let mut options = vec![(String::new(), texts.choose.to_owned())];
        options.extend(others);
        Either::Right(view! {
            <h3 id="overdragen">{texts.handover_heading}</h3>
            <p>{texts.handover_intro}</p>
            <form method="post" action=action.clone() class="form" novalidate>
                <ProblemSummary problems=handover_problems.clone()/>
                <SelectField id="collega" name="collega" label=texts.handover_to_label
                    options selected=shown(&handover, "collega", "")
                    problem=problem_at(&handover_problems, "collega")/>
                <TextArea id="overdracht" label=texts.handover_note_label hint=texts.handover_note_hint
                    value=shown(&handover, "overdracht", "") maxlength=MAX_NOTE
                    problem=problem_at(&handover_problems, "overdracht")/>
                <div class="form__buttons">
                    <button class="button" type="submit" name="actie" value="overdragen">{texts.handover_button}</button>
                </div>
            </form>
        })
    };

    let assessment = PostedForm::of("zelfevaluatie");
    let assessment_problems = problems_of(&assessment);
    let scores: Vec<(String, String)> = (1..=4)
        .map(|score: i16| {
            (
                score.to_string(),
                format!("{score}: {}", (texts.score_label)(score)),
            )
        })
        .collect();
    let points = POINT_FIELDS
        .iter()
        .enumerate()
        .map(|(at, field)| {
            view! {
                <ChoiceGroup name=field legend=texts.points[at] hint=texts.point_hints[at]
                    kind=ChoiceKind::Radios options=scores.clone()
                    chosen=vec![shown(&assessment, field, "")]
                    problem=problem_at(&assessment_problems, field)
                    class="choices__list--row"/>
            }
        })
        .collect_view();
    let assessment_form = view! {
        <h3 id="zelfevaluatie">{texts.assessment_heading}</h3>
        <p>{texts.assessment_intro}</p>
        <form method="post" action=action class="form" novalidate>
            <ProblemSummary problems=assessment_problems.clone()/>
            {points}
            <TextArea id="toelichting" label=texts.assessment_note_label
                value=shown(&assessment, "toelichting", "") maxlength=MAX_NOTE
                problem=problem_at(&assessment_problems, "toelichting")/>
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value="zelfevaluatie">{texts.assessment_button}</button>
            </div>
        </form>
    };
    view! {
        {contact_form}
        {agreements_form}
        {handover_form}
        {assessment_form}
    }
    .into_any()
}

/// Whether `role` may change partnerships of `organisation_id`: only its
/// own professionals (and admins of it).
pub fn may_change(viewer: &crate::accounts::sessions::SignedIn, organisation_id: i32) -> bool {
    viewer.has_role(Role::Professional) && viewer.organisation_id == organisation_id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect()
    }

    fn texts() -> &'static DashboardTexts {
        Locale::Nl.dashboard_texts()
    }

    #[test]
    fn a_contact_moment_needs_a_past_day_a_channel_and_a_note() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let moment = check_contact(
            &pairs(&[
                ("datum", "2026-12-01"),
                ("kanaal", "phone"),
                ("notitie", " Gebeld over de ruimte "),
            ]),
            today,
            texts(),
        )
        .unwrap();
        assert_eq!(moment.on, NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        assert_eq!(moment.note, "Gebeld over de ruimte");

        let problems = check_contact(
            &pairs(&[("datum", "2026-12-07"), ("kanaal", "fax"), ("notitie", "")]),
            today,
            texts(),
        )
        .unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|(_, field)| *field).collect();
        assert_eq!(fields, ["datum", "kanaal", "notitie"]);
        assert_eq!(problems[0].0, texts().problem_date_future);

        let long = "x".repeat(MAX_NOTE + 1);
        let problems = check_contact(
            &pairs(&[
                ("datum", "gisteren"),
                ("kanaal", "email"),
                ("notitie", &long),
            ]),
            today,
            texts(),
        )
        .unwrap_err();
        assert_eq!(problems[0], (texts().problem_date.to_owned(), "datum"));
        assert_eq!(problems[1].1, "notitie");
    }

    #[test]
    fn a_self_assessment_needs_a_score_of_one_to_four_for_every_point() {
        let mut posted: Vec<(String, String)> = POINT_FIELDS
            .iter()
            .enumerate()
            .map(|(at, field)| ((*field).to_owned(), (at % 4 + 1).to_string()))
            .collect();
        let assessment = check_assessment(&posted, texts()).unwrap();
        assert_eq!(assessment.points, [1, 2, 3, 4, 1, 2, 3, 4]);
        posted[2].1 = "5".to_owned();
        posted.remove(6);
        let problems = check_assessment(&posted, texts()).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|(_, field)| *field).collect();
        assert_eq!(fields, ["punt-3", "punt-7"]);
    }

    #[test]
    fn overdue_partnerships_are_those_without_recent_contact_oldest_first() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let row = |id: i32, last: Option<NaiveDate>| PartnershipRow {
            id,
            initiative_id: id,
            initiative_name: format!("Initiatief {id}"),
            initiative_slug: String::new(),
            organisation_id: 1,
            organisation_name: String::new(),
            contact_name: None,
            last_contact: last,
            preferred_channel: None,
            language_level: None,
            agreements: String::new(),
            latest_assessment: None,
        };
        let days_ago = |days: i64| Some(today - chrono::Duration::days(days));
        let rows = [
            row(1, days_ago(10)),
            row(2, days_ago(70)),
            row(3, None),
            row(4, days_ago(57)),
        ];
        let rows: Vec<&PartnershipRow> = rows.iter().collect();
        let overdue: Vec<i32> = overdue(&rows, today, 8).iter().map(|row| row.id).collect();
        assert_eq!(overdue, [3, 2, 4]);
        assert_eq!(reminder_weeks("weken=12"), 12);
        assert_eq!(reminder_weeks("weken=13"), DEFAULT_REMINDER_WEEKS);
    }
}
