//! A volunteer's page for one activity, through the beheerlink:
//! `/mijn-initiatief/{token}/activiteiten/{id}`. One date can be called
//! off, moved (`move_date.rs`) and put back, a series can get other times
//! (`series_times.rs`), another last day (`series_end.rs`) or be stopped,
//! and
//! what residents read about the activity can be changed (`edit.rs`).
//! Every button is a plain form post (`server/src/web/intake.rs`), so it
//! works without JavaScript.

use chrono::{DateTime, Utc};
use entity::{activity, activity_registration};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::api::ssr::{OccurrenceFilter, occurrences_between};
use super::edit::{ActivityDetails, DetailsForm, DetailsFormState};
use super::horizon;
use super::move_date::{MoveAnswers, MoveForm, MoveFormState, date_label, move_link_text};
use super::series_end::{SeriesEndAnswers, SeriesEndForm, SeriesEndFormState};
use super::series_times::{SeriesTimesAnswers, SeriesTimesForm, SeriesTimesFormState};
use super::texts::use_agenda_texts;
use super::view::occurrence_href;
use super::{OccurrenceStatus, OccurrenceSummary};
use crate::api_codec::DrawnHtml;

/// The most dates the page lists: half a year of a weekly activity, so
/// the details form below stays within reach.
const LISTED_DATES: u64 = 26;

/// What a post on the page can ask for, as the form's `actie`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateAction {
    /// Call one date off.
    CallOff,
    /// Undo calling it off (or a move).
    PutBack,
    /// Stop the series from today.
    StopSeries,
    /// Move one date to another day or time (`move_date.rs`).
    Move,
}

impl DateAction {
    pub fn code(self) -> &'static str {
        match self {
            DateAction::CallOff => "afzeggen",
            DateAction::PutBack => "terugzetten",
            DateAction::StopSeries => "stoppen",
            DateAction::Move => "verplaatsen",
        }
    }

    pub fn from_code(code: &str) -> Option<DateAction> {
        [
            DateAction::CallOff,
            DateAction::PutBack,
            DateAction::StopSeries,
            DateAction::Move,
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
            DateAction::Move => "verplaatst",
        }
    }
}

/// What the page's address asks for.
pub struct DatesAddress<'a> {
    pub token: &'a str,
    pub activity_id: i32,
    /// `melding`: the notice after a successful post.
    pub notice: &'a str,
    /// `verplaats`: the date whose move form comes first.
    pub move_date: &'a str,
    /// `gemaild`: how many people were sent a mail about the change.
    pub mailed: usize,
}

/// The page, or `None` when the activity is not this initiative's.
pub async fn draw_dates(
    db: &DatabaseConnection,
    initiative_id: i32,
    address: DatesAddress<'_>,
    now: DateTime<Utc>,
) -> Result<Option<DrawnHtml>, DbErr> {
    let DatesAddress {
        token,
        activity_id,
        notice,
        move_date,
        mailed,
    } = address;
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
            include_unpublished: true,
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
    let edit_texts = crate::i18n::current_locale().edit_texts();
    let notice = match notice {
        "opgeslagen" => Some(edit_texts.saved),
        "verplaatst" => Some(crate::i18n::current_locale().move_texts().moved),
        "tijden" => Some(crate::i18n::current_locale().series_times_texts().changed),
        "einde" => Some(crate::i18n::current_locale().series_end_texts().ends),
        "geen-einde" => Some(crate::i18n::current_locale().series_end_texts().goes_on),
        "afgezegd" => Some(texts.manage_called_off),
        "teruggezet" => Some(texts.manage_put_back),
        "gestopt" => Some(texts.manage_stopped),
        _ => None,
    };
    let action = format!("/mijn-initiatief/{token}/activiteiten/{activity_id}");
    let is_series = activity.recurrence_rule.is_some();
    // After a post with problems: what was typed, and what is wrong.
    let (details, problems) = match use_context::<DetailsFormState>() {
        Some(posted) => (posted.details, posted.problems),
        None => (ActivityDetails::of(&activity), Vec::new()),
    };
    // The times of the whole series, for a series with dates to come.
    let times_form = (is_series && !dates.is_empty()).then(|| {
        let (answers, problems) = match use_context::<SeriesTimesFormState>() {
            Some(posted) => (posted.answers, posted.problems),
            None => (SeriesTimesAnswers::of(&activity), Vec::new()),
        };
        view! { <SeriesTimesForm action=action.clone() answers problems/> }
    });
    // The last day, for every series: also one that was stopped, so it
    // can go on again.
    let end_form = is_series.then(|| {
        let (answers, problem) = match use_context::<SeriesEndFormState>() {
            Some(posted) => (posted.answers, posted.problem),
            None => (SeriesEndAnswers::of(&activity), None),
        };
        view! { <SeriesEndForm action=action.clone() answers problem/> }
    });
    let end_heading = crate::i18n::current_locale().series_end_texts().heading;
    let times_heading = times_form
        .is_some()
        .then(|| crate::i18n::current_locale().series_times_texts().heading);
    // The move form of one listed date: after a post with problems, or
    // asked for with `?verplaats=`.
    let posted_move = use_context::<MoveFormState>();
    let move_key = posted_move
        .as_ref()
        .map_or(move_date, |posted| posted.answers.original.as_str());
    let move_form = dates
        .iter()
        .find(|date| date.date_key == move_key && date.status != OccurrenceStatus::Cancelled)
        .map(|date| {
            let (answers, problems) = match posted_move.clone() {
                Some(posted) => (posted.answers, posted.problems),
                None => (MoveAnswers::of(date), Vec::new()),
            };
            view! {
                <MoveForm action=action.clone() label=date_label(date) back=action.clone() answers problems/>
            }
        });
    let html = view! {
        {notice.map(|text| {
            let mailed = (mailed > 0).then(|| (texts.manage_mailed)(mailed));
            view! { <p class="notice" role="status">{text}{mailed.map(|sentence| format!(" {sentence}"))}</p> }
        })}
        {move_form}
        <p><a href=format!("/mijn-initiatief/{token}")>{texts.manage_back}</a></p>
        <nav class="page-contents" aria-label=texts.manage_contents>
            <ul>
                <li><a href="#datums">{texts.manage_dates_heading}</a></li>
                {times_heading.map(|heading| view! { <li><a href="#tijden">{heading}</a></li> })}
                {is_series.then(|| view! { <li><a href="#einde">{end_heading}</a></li> })}
                <li><a href="#gegevens">{edit_texts.heading}</a></li>
                {is_series.then(|| view! { <li><a href="#stoppen">{texts.manage_stop_heading}</a></li> })}
            </ul>
        </nav>
        <h2 id="datums">{texts.manage_dates_heading}</h2>
        <p>{texts.manage_intro}</p>
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
        {times_form}
        {end_form}
        <DetailsForm action=action.clone() details problems/>
        {is_series.then(|| view! {
            <h2 id="stoppen">{texts.manage_stop_heading}</h2>
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
    let texts = use_agenda_texts();
    let label = date_label(&date);
    // A called-off date is put back first; then it can be moved.
    let move_link = (date.status != OccurrenceStatus::Cancelled).then(|| {
        view! {
            <a class="manage-date__move" href=format!("{action}?verplaats={}", date.date_key)>
                {move_link_text(&label)}
            </a>
        }
    });
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
            {move_link}
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
