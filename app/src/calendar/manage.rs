//! A volunteer's page for the dates of one activity, through the
//! beheerlink: `/mijn-initiatief/{token}/activiteiten/{id}`. One date can
//! be called off (and put back), and a series can be stopped. Every button
//! is a plain form post (`server/src/web/intake.rs`), so it works without
//! JavaScript.

use chrono::{DateTime, Utc};
use entity::{activity, activity_registration};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::api::ssr::{OccurrenceFilter, occurrences_between};
use super::horizon;
use super::texts::use_agenda_texts;
use super::view::occurrence_href;
use super::{OccurrenceStatus, OccurrenceSummary};
use crate::api_codec::DrawnHtml;
use crate::i18n::use_i18n;

/// The most dates the page lists.
const LISTED_DATES: u64 = 40;

/// What a post on the page can ask for, as the form's `actie`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateAction {
    /// Call one date off.
    CallOff,
    /// Undo calling it off (or a move).
    PutBack,
    /// Stop the series from today.
    StopSeries,
}

impl DateAction {
    pub fn code(self) -> &'static str {
        match self {
            DateAction::CallOff => "afzeggen",
            DateAction::PutBack => "terugzetten",
            DateAction::StopSeries => "stoppen",
        }
    }

    pub fn from_code(code: &str) -> Option<DateAction> {
        [
            DateAction::CallOff,
            DateAction::PutBack,
            DateAction::StopSeries,
        ]
        .into_iter()
        .find(|action| action.code() == code)
    }

    /// The `melding` after it was done.
    pub fn notice(self) -> &'static str {
        match self {
            DateAction::CallOff => "afgezegd",
            DateAction::PutBack => "teruggezet",
            DateAction::StopSeries => "gestopt",
        }
    }
}

/// The page, or `None` when the activity is not this initiative's.
pub async fn draw_dates(
    db: &DatabaseConnection,
    token: &str,
    initiative_id: i32,
    activity_id: i32,
    notice: &str,
    now: DateTime<Utc>,
) -> Result<Option<DrawnHtml>, DbErr> {
    let Some(activity) = activity::Entity::find_by_id(activity_id)
        .filter(activity::Column::InitiativeId.eq(initiative_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let dates = occurrences_between(
        db,
        now,
        now - chrono::Duration::days(1),
        horizon::horizon(now),
        &OccurrenceFilter {
            activity_id: Some(activity_id),
            ..Default::default()
        },
        0,
        LISTED_DATES,
    )
    .await?;
    // Who signed up, for every listed date at once.
    let mut sign_ups: std::collections::HashMap<String, Vec<activity_registration::Model>> =
        std::collections::HashMap::new();
    if activity.signup_required {
        let rows = activity_registration::Entity::find()
            .filter(activity_registration::Column::ActivityId.eq(activity_id))
            .filter(
                activity_registration::Column::OriginalStartsAt
                    .gte(now - chrono::Duration::days(1)),
            )
            .order_by_asc(activity_registration::Column::CreatedAt)
            .order_by_asc(activity_registration::Column::Id)
            .all(db)
            .await?;
        for row in rows {
            sign_ups
                .entry(super::ssr::local_date(row.original_starts_at).iso())
                .or_default()
                .push(row);
        }
    }
    let texts = use_agenda_texts();
    let notice = match notice {
        "afgezegd" => Some(texts.manage_called_off),
        "teruggezet" => Some(texts.manage_put_back),
        "gestopt" => Some(texts.manage_stopped),
        _ => None,
    };
    let action = format!("/mijn-initiatief/{token}/activiteiten/{activity_id}");
    let is_series = activity.recurrence_rule.is_some();
    let html = view! {
        {notice.map(|text| view! { <p class="notice" role="status">{text}</p> })}
        <p><a href=format!("/mijn-initiatief/{token}")>{texts.manage_back}</a></p>
        <p>{texts.manage_intro}</p>
        <h2>{texts.manage_dates_heading}</h2>
        {if dates.is_empty() {
            Either::Left(view! { <p>{texts.no_dates}</p> })
        } else {
            Either::Right(view! {
                <ul class="manage-dates">
                    {dates.into_iter().map(|date| {
                        let registrations = activity.signup_required.then(|| sign_ups.remove(&date.date_key).unwrap_or_default());
                        view! { <DateRow date action=action.clone() registrations/> }
                    }).collect_view()}
                </ul>
            })
        }}
        {is_series.then(|| view! {
            <h2>{texts.manage_stop_heading}</h2>
            <p>{texts.manage_stop_intro}</p>
            <form method="post" action=action.clone()>
                <button class="button button--secondary" type="submit" name="actie" value=DateAction::StopSeries.code()>
                    {texts.manage_stop_button}
                </button>
            </form>
        })}
    }
    .to_html();
    Ok(Some(DrawnHtml {
        title: (texts.manage_dates_title)(&activity.title),
        html,
    }))
}

/// One date, with the button that calls it off or puts it back.
#[component]
fn DateRow(
    date: OccurrenceSummary,
    action: String,
    /// The sign-ups, for an activity that takes them.
    registrations: Option<Vec<activity_registration::Model>>,
) -> impl IntoView {
    let t = use_i18n();
    let texts = use_agenda_texts();
    let start = (t.clock_time)(date.starts.hour, date.starts.minute);
    let label = format!(
        "{}, {start}",
        t.day_heading(date.date.weekday, date.date.day, date.date.month)
    );
    let (status, button_action, button_text) = match date.status {
        OccurrenceStatus::Scheduled => (None, DateAction::CallOff, (texts.manage_call_off)(&label)),
        OccurrenceStatus::Cancelled => (
            Some(texts.cancelled),
            DateAction::PutBack,
            (texts.manage_put_back_button)(&label),
        ),
        OccurrenceStatus::Moved => (
            Some(texts.moved),
            DateAction::PutBack,
            (texts.manage_put_back_button)(&label),
        ),
    };
    view! {
        <li class="manage-date">
            <a href=occurrence_href(&date)>{label}</a>
            {status.map(|status| view! { " " <strong class="status-label">{status}</strong> })}
            <form method="post" action=action>
                <input type="hidden" name="datum" value=date.date_key.clone()/>
                <button class="button button--secondary" type="submit" name="actie" value=button_action.code()>
                    {button_text}
                </button>
            </form>
            {registrations.map(|list| view! { <SignUpList list/> })}
        </li>
    }
}

/// Who signed up for a date: the organiser's list, with how to reach them.
#[component]
fn SignUpList(list: Vec<activity_registration::Model>) -> impl IntoView {
    use super::signup::RegistrationStatus;

    let texts = use_agenda_texts();
    let count = |status: RegistrationStatus| {
        list.iter()
            .filter(|row| RegistrationStatus::from_code(&row.status) == status)
            .map(|row| row.people)
            .sum::<i32>()
    };
    let summary = (texts.signups_summary)(
        count(RegistrationStatus::Confirmed),
        count(RegistrationStatus::Waiting),
    );
    if list.is_empty() {
        return view! { <p>{summary}</p> }.into_any();
    }
    view! {
        <details class="signup-list">
            <summary>{summary}</summary>
            <h3 class="visually-hidden">{texts.signups_list}</h3>
            <ul>
                {list.into_iter().map(|row| {
                    let status = match RegistrationStatus::from_code(&row.status) {
                        RegistrationStatus::Confirmed => None,
                        RegistrationStatus::Waiting => Some(texts.signups_waiting),
                        RegistrationStatus::Cancelled => Some(texts.signups_cancelled),
                    };
                    let reach = [row.email.clone(), row.phone.clone()].into_iter().flatten().collect::<Vec<_>>().join(", ");
                    view! {
                        <li>
                            {row.name}" ("{row.people}") · "{reach}
                            {status.map(|status| view! { " · " <strong>{status}</strong> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
    .into_any()
}
