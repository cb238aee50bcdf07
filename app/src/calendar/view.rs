//! Showing an agenda: days with the activities on them. Drawn on the
//! server only (see [`super::AgendaView`]).

use leptos::prelude::*;

use super::texts::use_agenda_texts;
use super::types::{AgendaDay, OccurrenceStatus, OccurrenceSummary, RelativeDay};
use crate::i18n::{current_locale, use_i18n};
use crate::ui::DemoBadge;

/// The days of an agenda, each an `h3` with its activities as `h4`s, so that
/// screen reader users can jump from day to day and from activity to activity.
#[component]
pub fn AgendaDays(days: Vec<AgendaDay>) -> impl IntoView {
    let t = use_i18n();
    days.into_iter()
        .map(|day| {
            let relative = day.relative.map(|relative| match relative {
                RelativeDay::Today => t.today,
                RelativeDay::Tomorrow => t.tomorrow,
            });
            let date_text = t.day_heading(day.date.weekday, day.date.day, day.date.month);
            view! {
                <section class="agenda-day">
                    <h3 class="agenda-day__heading">
                        {relative.map(|word| view! { <span class="agenda-day__relative">{word}</span> " " })}
                        <time datetime=day.date.iso()>{date_text}</time>
                    </h3>
                    <ul class="agenda-list">
                        {day
                            .occurrences
                            .into_iter()
                            .map(|occurrence| view! { <OccurrenceItem occurrence/> })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view()
}

/// Where a date of an activity links to.
pub fn occurrence_href(occurrence: &OccurrenceSummary) -> String {
    format!(
        "/activiteiten/{}/{}",
        occurrence.activity_id, occurrence.date_key
    )
}

#[component]
fn OccurrenceItem(occurrence: OccurrenceSummary) -> impl IntoView {
    let t = use_i18n();
    let texts = use_agenda_texts();
    let locale = current_locale();
    let start = (t.clock_time)(occurrence.starts.hour, occurrence.starts.minute);
    let end = (t.clock_time)(occurrence.ends.hour, occurrence.ends.minute);
    let when = (t.time_range)(&start, &end);
    let datetime = format!("{}T{}", occurrence.date.iso(), occurrence.starts.iso());
    let href = occurrence_href(&occurrence);
    let place = match (occurrence.place, occurrence.area_name) {
        (Some(place), Some(area)) => Some(format!("{place}, {area}")),
        (Some(place), None) => Some(place),
        (None, area) => area,
    };
    let price = occurrence.cost_cents.map(|cents| {
        if cents <= 0 {
            t.free.to_owned()
        } else {
            (t.price)(cents)
        }
    });
    let groups: Vec<&str> = occurrence
        .target_groups
        .iter()
        .map(|group| group.label(locale))
        .collect();
    let target_groups = (!groups.is_empty()).then(|| (t.for_target_group)(&groups.join(", ")));
    let status = match occurrence.status {
        OccurrenceStatus::Scheduled => None,
        OccurrenceStatus::Cancelled => Some(texts.cancelled),
        OccurrenceStatus::Moved => Some(texts.moved),
    };
    let cancelled = occurrence.status == OccurrenceStatus::Cancelled;
    view! {
        <li class="agenda-item" class:agenda-item--cancelled=cancelled>
            <h4 class="agenda-item__title">
                <a href=href>{occurrence.title}</a>
                {occurrence.is_demo.then(|| view! { " " <DemoBadge/> })}
            </h4>
            {status.map(|status| view! { <p class="status-label">{status}</p> })}
            <p class="agenda-item__time">
                <time datetime=datetime>{when}</time>
            </p>
            <ul class="agenda-item__facts">
                {place.map(|place| view! { <li>{place}</li> })}
                {target_groups.map(|groups| view! { <li>{groups}</li> })}
                {price.map(|price| view! { <li>{price}</li> })}
                {occurrence.signup_required.then(|| view! { <li>{texts.signup_needed}</li> })}
                {(occurrence.wheelchair_accessible == Some(true)).then(|| view! { <li>{texts.wheelchair_yes}</li> })}
                <li>{(t.organised_by)(&occurrence.initiative_name)}</li>
            </ul>
        </li>
    }
}
