//! Showing an agenda: days with the activities on them. Drawn on the
//! server only (see [`super::AgendaView`]).

use leptos::prelude::*;

use super::types::{AgendaDay, OccurrenceSummary, RelativeDay};
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

#[component]
fn OccurrenceItem(occurrence: OccurrenceSummary) -> impl IntoView {
    let t = use_i18n();
    let locale = current_locale();
    let start = (t.clock_time)(occurrence.starts.hour, occurrence.starts.minute);
    let end = (t.clock_time)(occurrence.ends.hour, occurrence.ends.minute);
    let when = (t.time_range)(&start, &end);
    let datetime = format!("{}T{}", occurrence.date.iso(), occurrence.starts.iso());
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
    let target_group = occurrence
        .target_group
        .map(|group| (t.for_target_group)(group.label(locale)));
    view! {
        <li class="agenda-item">
            <h4 class="agenda-item__title">
                {occurrence.title}
                {occurrence.is_demo.then(|| view! { " " <DemoBadge/> })}
            </h4>
            <p class="agenda-item__time">
                <time datetime=datetime>{when}</time>
            </p>
            <ul class="agenda-item__facts">
                {place.map(|place| view! { <li>{place}</li> })}
                {target_group.map(|group| view! { <li>{group}</li> })}
                {price.map(|price| view! { <li>{price}</li> })}
                <li>{(t.organised_by)(&occurrence.initiative_name)}</li>
            </ul>
        </li>
    }
}
