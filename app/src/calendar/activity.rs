//! `/activiteiten/{id}` and `/activiteiten/{id}/{date}`: one activity, or
//! one date of it. When and where (with the address and wheelchair access),
//! for whom, what it costs, what to bring, who organises it and how to take
//! part, with the next dates. Search engines get a schema.org Event.
//!
//! A date is named by the local day of its original start (`2026-12-05`),
//! so the address stays the same when that date is moved or cancelled.

pub mod ssr {
    use chrono::{DateTime, Days, NaiveDate, Utc};
    use entity::{activity, activity_occurrence, activity_theme, area, initiative, theme};
    use leptos::either::Either;
    use leptos::prelude::*;
    use leptos::tachys::view::RenderHtml;
    use sea_orm::{
        ColumnTrait, DatabaseConnection, DbErr, EntityTrait, JoinType, QueryFilter, QueryOrder,
        QuerySelect, RelationTrait,
    };

    use crate::calendar::api::ssr::{OccurrenceFilter, local_moment, occurrences_between};
    use crate::calendar::texts::use_agenda_texts;
    use crate::calendar::view::occurrence_href;
    use crate::calendar::{OccurrenceStatus, OccurrenceSummary};
    use crate::details::DetailPageView;
    use crate::i18n::{current_locale, use_i18n};
    use crate::initiatives::InitiativeStatus;
    use crate::taxonomy::Term;

    /// The other dates listed on the page.
    const NEXT_DATES: u64 = 8;
    /// How far ahead dates are looked for.
    const AHEAD_DAYS: u64 = 92;

    struct ActivityDetail {
        activity: activity::Model,
        initiative_name: String,
        initiative_slug: String,
        area_name: Option<String>,
        themes: Vec<Term>,
        /// The date the page is about: the asked one, or the next.
        date: Option<OccurrenceSummary>,
        next_dates: Vec<OccurrenceSummary>,
        canonical_url: String,
        public_url: String,
        /// For a date that takes sign-ups: can one still sign up, and how
        /// many places are left (`None`: no limit).
        signup: Option<(bool, Option<i32>)>,
        retention_days: i64,
    }

    pub async fn draw(
        db: &DatabaseConnection,
        public_url: &str,
        retention_days: i64,
        id: i32,
        date_key: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<DetailPageView>, DbErr> {
        let asked_date = match date_key.trim() {
            "" => None,
            key => match NaiveDate::parse_from_str(key, "%Y-%m-%d") {
                Ok(date) => Some(date),
                // A date that is not one is an address that does not exist.
                Err(_) => return Ok(None),
            },
        };
        let Some(mut detail) = detail(db, public_url, id, asked_date, now).await? else {
            return Ok(None);
        };
        detail.retention_days = retention_days;
        Ok(Some(DetailPageView {
            name: detail.activity.title.clone(),
            canonical_url: detail.canonical_url.clone(),
            is_demo: detail.activity.is_demo,
            json_ld: json_ld(&detail, public_url),
            back_href: "/agenda".to_owned(),
            back_label: use_i18n().nav_calendar.to_owned(),
            body_html: view! { <ActivityBody detail/> }.to_html(),
        }))
    }

    async fn detail(
        db: &DatabaseConnection,
        public_url: &str,
        id: i32,
        asked_date: Option<NaiveDate>,
        now: DateTime<Utc>,
    ) -> Result<Option<ActivityDetail>, DbErr> {
        let Some((activity, initiative)) = activity::Entity::find_by_id(id)
            .find_also_related(initiative::Entity)
            .one(db)
            .await?
        else {
            return Ok(None);
        };
        let Some(initiative) =
            initiative.filter(|row| row.status == InitiativeStatus::Published.code())
        else {
            return Ok(None);
        };
        let area_name = match activity.area_id {
            Some(area_id) => area::Entity::find_by_id(area_id)
                .one(db)
                .await?
                .map(|row| row.name),
            None => None,
        };
        let themes: Vec<Term> = theme::Entity::find()
            .join(
                JoinType::InnerJoin,
                activity_theme::Relation::Theme.def().rev(),
            )
            .filter(activity_theme::Column::ActivityId.eq(id))
            .order_by_asc(theme::Column::SortOrder)
            .all(db)
            .await?
            .into_iter()
            .map(Into::into)
            .collect();
        let only_this = OccurrenceFilter {
            activity_id: Some(id),
            ..Default::default()
        };
        let date = match asked_date {
            Some(day) => {
                // The date whose original start falls on that local day.
                let row = activity_occurrence::Entity::find()
                    .filter(activity_occurrence::Column::ActivityId.eq(id))
                    .filter(
                        activity_occurrence::Column::OriginalStartsAt
                            .gte(local_moment(day, (0, 0))),
                    )
                    .filter(
                        activity_occurrence::Column::OriginalStartsAt
                            .lt(local_moment(day + Days::new(1), (0, 0))),
                    )
                    .one(db)
                    .await?;
                let Some(row) = row else {
                    return Ok(None);
                };
                // Read through the agenda's query so it looks the same;
                // a date that has passed is still shown, from its start.
                occurrences_between(
                    db,
                    row.starts_at,
                    row.starts_at,
                    row.starts_at + chrono::Duration::seconds(1),
                    &only_this,
                    0,
                    1,
                )
                .await?
                .into_iter()
                .next()
            }
            None => None,
        };
        let mut next_dates = occurrences_between(
            db,
            now,
            now - chrono::Duration::days(1),
            now + chrono::Duration::days(AHEAD_DAYS as i64),
            &only_this,
            0,
            NEXT_DATES + 1,
        )
        .await?;
        let date = match date {
            Some(date) => Some(date),
            None if asked_date.is_none() => next_dates.first().cloned(),
            None => None,
        };
        if let Some(date) = &date {
            next_dates.retain(|other| other.date_key != date.date_key);
        }
        next_dates.truncate(NEXT_DATES as usize);
        let path = match &date {
            Some(date) if asked_date.is_some() => format!("/activiteiten/{id}/{}", date.date_key),
            _ => format!("/activiteiten/{id}"),
        };
        let signup = match &date {
            Some(date) if activity.signup_required => {
                let start: DateTime<Utc> = date.starts_at.parse().unwrap_or(now);
                let open = date.status != OccurrenceStatus::Cancelled && start > now;
                let original = crate::calendar::store::original_start_on(
                    db,
                    id,
                    chrono::NaiveDate::parse_from_str(&date.date_key, "%Y-%m-%d")
                        .unwrap_or_default(),
                )
                .await?;
                let places_left = match (activity.capacity, original) {
                    (Some(capacity), Some(original)) => Some(
                        capacity
                            - crate::calendar::signup::people_confirmed(db, id, original).await?,
                    ),
                    _ => None,
                };
                Some((open, places_left))
            }
            _ => None,
        };
        Ok(Some(ActivityDetail {
            canonical_url: format!("{}{path}", public_url.trim_end_matches('/')),
            public_url: public_url.to_owned(),
            signup,
            retention_days: 0,
            activity,
            initiative_name: initiative.name,
            initiative_slug: initiative.slug,
            area_name,
            themes,
            date,
            next_dates,
        }))
    }

    /// The address as schema.org wants it, from "Street 1, 1234 AB Town".
    fn postal_address(address: &str) -> serde_json::Value {
        let (street, rest) = address.split_once(',').unwrap_or((address, ""));
        let rest = rest.trim();
        // A Dutch postcode is four digits, a space and two letters.
        let bytes = rest.as_bytes();
        let is_postcode = bytes.len() >= 7
            && bytes[..4].iter().all(u8::is_ascii_digit)
            && bytes[4] == b' '
            && bytes[5..7].iter().all(u8::is_ascii_alphabetic);
        let (postcode, town) = if is_postcode {
            (&rest[..7], rest[7..].trim())
        } else {
            ("", rest)
        };
        serde_json::json!({
            "@type": "PostalAddress",
            "streetAddress": street.trim(),
            "postalCode": postcode,
            "addressLocality": town,
            "addressCountry": "NL",
        })
    }

    /// schema.org Event for the page's date.
    fn json_ld(detail: &ActivityDetail, public_url: &str) -> String {
        let activity = &detail.activity;
        let mut location = serde_json::json!({
            "@type": "Place",
            "name": activity.place_name.clone().or_else(|| detail.area_name.clone()).unwrap_or_default(),
        });
        if let Some(address) = &activity.address {
            location["address"] = postal_address(address);
        }
        if let (Some(latitude), Some(longitude)) = (activity.latitude, activity.longitude) {
            location["geo"] = serde_json::json!({
                "@type": "GeoCoordinates",
                "latitude": latitude,
                "longitude": longitude,
            });
        }
        let mut data = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Event",
            "name": activity.title,
            "url": detail.canonical_url,
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": location,
            "organizer": {
                "@type": "Organization",
                "name": detail.initiative_name,
                "url": format!("{}/initiatieven/{}", public_url.trim_end_matches('/'), detail.initiative_slug),
            },
        });
        if !activity.description.is_empty() {
            data["description"] = activity.description.clone().into();
        }
        if let Some(date) = &detail.date {
            data["startDate"] = date.starts_at.clone().into();
            data["eventStatus"] = match date.status {
                OccurrenceStatus::Scheduled => "https://schema.org/EventScheduled",
                OccurrenceStatus::Cancelled => "https://schema.org/EventCancelled",
                OccurrenceStatus::Moved => "https://schema.org/EventRescheduled",
            }
            .into();
        }
        if let Some(cents) = activity.cost_cents {
            data["isAccessibleForFree"] = (cents == 0).into();
            data["offers"] = serde_json::json!({
                "@type": "Offer",
                "price": format!("{}.{:02}", cents / 100, cents % 100),
                "priceCurrency": "EUR",
            });
        }
        if let Some(capacity) = activity.capacity {
            data["maximumAttendeeCapacity"] = capacity.into();
        }
        // Inside <script>, "</" would end the element; JSON allows "<\/".
        data.to_string().replace("</", "<\\/")
    }

    #[component]
    fn ActivityBody(detail: ActivityDetail) -> impl IntoView {
        let t = use_i18n();
        let texts = use_agenda_texts();
        let locale = current_locale();
        let activity = &detail.activity;
        let when = detail.date.as_ref().map(|date| {
            let start = (t.clock_time)(date.starts.hour, date.starts.minute);
            let end = (t.clock_time)(date.ends.hour, date.ends.minute);
            format!(
                "{}, {}",
                t.day_heading(date.date.weekday, date.date.day, date.date.month),
                (t.time_range)(&start, &end)
            )
        });
        let status = detail.date.as_ref().and_then(|date| match date.status {
            OccurrenceStatus::Scheduled => None,
            OccurrenceStatus::Cancelled => Some(texts.cancelled_notice),
            OccurrenceStatus::Moved => Some(texts.moved_notice),
        });
        let place = [
            activity.place_name.clone(),
            activity.address.clone(),
            detail.area_name.clone(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
        let access = match activity.wheelchair_accessible {
            Some(true) => texts.wheelchair_yes,
            Some(false) => texts.wheelchair_no,
            None => texts.wheelchair_unknown,
        };
        let groups = detail
            .date
            .as_ref()
            .or(detail.next_dates.first())
            .map(|date| {
                date.target_groups
                    .iter()
                    .map(|group| group.label(locale).to_owned())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        let mut for_whom = groups.join(", ");
        // An organiser may give only a lowest or only a highest age.
        let ages = match (activity.min_age, activity.max_age) {
            (None, None) => None,
            (min, max) => Some((texts.age_range)(min.unwrap_or(0), max)),
        };
        if let Some(ages) = ages {
            for_whom = if for_whom.is_empty() {
                ages
            } else {
                format!("{for_whom} ({ages})")
            };
        }
        let cost = match activity.cost_cents {
            Some(0) => t.free.to_owned(),
            Some(cents) => (t.price)(cents),
            None => texts.cost_unknown.to_owned(),
        };
        let signup = if activity.signup_required {
            match activity.capacity {
                Some(capacity) => (texts.signup_with_capacity)(capacity),
                None => texts.signup_needed.to_owned(),
            }
        } else {
            texts.signup_not_needed.to_owned()
        };
        let themes = detail
            .themes
            .iter()
            .map(|theme| theme.label(locale).to_owned())
            .collect::<Vec<_>>()
            .join(", ");
        let facts: Vec<(&'static str, String)> = [
            (
                texts.fact_when,
                when.unwrap_or_else(|| texts.no_dates.to_owned()),
            ),
            (texts.fact_where, place),
            (texts.fact_access, access.to_owned()),
            (t.detail_for_whom, for_whom),
            (t.detail_themes, themes),
            (texts.fact_cost, cost),
            (
                texts.fact_bring,
                activity.what_to_bring.clone().unwrap_or_default(),
            ),
            (texts.fact_signup, signup),
        ]
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .collect();
        let initiative_href = format!("/initiatieven/{}", detail.initiative_slug);
        let feed = format!("/activiteiten/{}/agenda.ics", activity.id);
        // "Add to my calendar" is the date this page shows; the
        // subscription keeps every date up to date.
        let (download, download_name) = match &detail.date {
            Some(date) => (
                format!("/activiteiten/{}/{}/agenda.ics", activity.id, date.date_key),
                format!("activiteit-{}-{}.ics", activity.id, date.date_key),
            ),
            None => (feed.clone(), format!("activiteit-{}.ics", activity.id)),
        };
        let next = detail.next_dates.clone();
        view! {
            {status.map(|status| view! { <p class="notice status-notice">{status}</p> })}
            {(!activity.description.is_empty()).then(|| view! { <p class="lead">{activity.description.clone()}</p> })}
            <dl class="facts">
                {facts.into_iter().map(|(term, value)| view! { <dt>{term}</dt><dd>{value}</dd> }).collect_view()}
                <dt>{texts.fact_organiser}</dt>
                <dd><a href=initiative_href>{detail.initiative_name.clone()}</a></dd>
            </dl>
            <p class="add-to-calendar">
                <a href=download download=download_name>{texts.add_to_calendar}</a>
                " · "
                <a href=crate::calendar::drawing::webcal_address(&detail.public_url, &feed) rel="external">{texts.feed_subscribe}</a>
            </p>
            {detail.signup.map(|(open, places_left)| {
                let action = detail.date.as_ref().map(|date| format!("/activiteiten/{}/{}", activity.id, date.date_key)).unwrap_or_default();
                view! { <SignUpSection open places_left action retention_days=detail.retention_days/> }
            })}
            <h2>{texts.other_dates}</h2>
            {if next.is_empty() {
                Either::Left(view! { <p>{texts.no_other_dates}</p> })
            } else {
                Either::Right(view! {
                    <ul class="date-list">
                        {next.into_iter().map(|date| {
                            let start = (t.clock_time)(date.starts.hour, date.starts.minute);
                            let label = format!("{}, {start}", t.day_heading(date.date.weekday, date.date.day, date.date.month));
                            let cancelled = date.status == OccurrenceStatus::Cancelled;
                            view! {
                                <li>
                                    <a href=occurrence_href(&date)>{label}</a>
                                    {cancelled.then(|| view! { " " <strong class="status-label">{texts.cancelled}</strong> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })
            }}
        }
    }

    /// The sign-up form of one date, with what was typed and its problems
    /// when it was posted with problems.
    #[component]
    fn SignUpSection(
        open: bool,
        places_left: Option<i32>,
        action: String,
        retention_days: i64,
    ) -> impl IntoView {
        use crate::calendar::signup::{MAX_PEOPLE, SignUpField, SignUpFormState, SignUpProblem};
        use crate::forms::fields::{
            ChoiceGroup, ChoiceKind, ProblemSummary, TextField, problem_at,
        };

        let texts = use_agenda_texts();
        if !open {
            return view! {
                <h2 id="aanmelden">{texts.signup_heading}</h2>
                <p>{texts.signup_closed}</p>
            }
            .into_any();
        }
        let form = use_context::<SignUpFormState>().unwrap_or_default();
        let message = |problem: SignUpProblem| match problem {
            SignUpProblem::NameMissing => texts.problem_name_missing.to_owned(),
            SignUpProblem::NameTooLong => texts.problem_name_too_long.to_owned(),
            SignUpProblem::NoWayToReach => texts.problem_no_way_to_reach.to_owned(),
            SignUpProblem::NotAnEmail => texts.problem_not_an_email.to_owned(),
            SignUpProblem::NotAPhone => texts.problem_not_a_phone.to_owned(),
            SignUpProblem::PeopleOutOfRange => (texts.problem_people)(MAX_PEOPLE),
            SignUpProblem::NoConsent => texts.problem_no_consent.to_owned(),
        };
        let problems: Vec<(String, &'static str)> = form
            .problems
            .iter()
            .map(|(field, problem)| (message(*problem), field.id()))
            .collect();
        let at = |field: SignUpField| problem_at(&problems, field.id());
        let availability = match places_left {
            Some(left) if left <= 0 => texts.full_waiting_list.to_owned(),
            Some(left) => (texts.places_left)(left),
            None => String::new(),
        };
        let answers = form.answers;
        let people = if answers.people.is_empty() {
            "1".to_owned()
        } else {
            answers.people.clone()
        };
        let consent_chosen = if answers.consent {
            vec!["ja".to_owned()]
        } else {
            Vec::new()
        };
        view! {
            <h2 id="aanmelden">{texts.signup_heading}</h2>
            {(!availability.is_empty()).then(|| view! { <p>{availability}</p> })}
            <form class="form signup-form" method="post" action=action novalidate>
                <ProblemSummary problems=problems.clone()/>
                <TextField id="naam" name="naam" label=texts.name_label kind="text" autocomplete="name"
                    value=answers.name.clone() maxlength=100 problem=at(SignUpField::Name)/>
                <p class="field__hint" id="bereikbaar-hint">{texts.reach_hint}</p>
                <TextField id="email" name="email" label=texts.email_label kind="email" autocomplete="email"
                    value=answers.email.clone() maxlength=200 problem=at(SignUpField::Email)/>
                <TextField id="telefoon" name="telefoon" label=texts.phone_label kind="tel" autocomplete="tel"
                    value=answers.phone.clone() maxlength=40 problem=at(SignUpField::Phone)/>
                <TextField id="aantal" name="aantal" label=texts.people_label kind="number" autocomplete="off"
                    value=people maxlength=2 problem=at(SignUpField::People)/>
                <ChoiceGroup name="toestemming" legend=texts.consent_legend kind=ChoiceKind::Checkboxes
                    options=vec![("ja".to_owned(), (texts.consent_text)(retention_days))]
                    chosen=consent_chosen problem=at(SignUpField::Consent)/>
                <crate::intake::views::Honeypot/>
                <button class="button" type="submit">{texts.signup_button}</button>
            </form>
        }
        .into_any()
    }

    #[cfg(test)]
    mod tests {
        use super::postal_address;

        #[test]
        fn a_dutch_address_is_split_into_street_postcode_and_town() {
            let address = postal_address("Laan van Delfgauw 2, 2645 AA Delfgauw");
            assert_eq!(address["streetAddress"], "Laan van Delfgauw 2");
            assert_eq!(address["postalCode"], "2645 AA");
            assert_eq!(address["addressLocality"], "Delfgauw");
            let no_code = postal_address("Dorpsplein, Delfgauw");
            assert_eq!(no_code["postalCode"], "");
            assert_eq!(no_code["addressLocality"], "Delfgauw");
        }
    }
}
