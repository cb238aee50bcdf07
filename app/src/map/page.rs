//! `/kaart`: the list of initiatives.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;

use super::{InitiativeCard, list_initiatives};
use crate::i18n::{current_locale, use_i18n};
use crate::ui::{DemoBadge, DemoNotice, ErrorPanel, MainHeading};

#[component]
pub fn MapPage() -> impl IntoView {
    let t = use_i18n();
    let list = Resource::new(|| (), |_| list_initiatives());
    view! {
        <Title text=t.map_title/>
        <MainHeading>{t.map_title}</MainHeading>
        <p class="lead">{t.map_intro}</p>
        <DemoNotice/>
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) if list.initiatives.is_empty() => {
                        Either::Left(view! { <p class="empty-state">{t.map_empty}</p> })
                    }
                    Ok(list) => Either::Right(Either::Left(view! {
                        <h2 class="result-count">{(t.initiatives_found)(list.total as usize)}</h2>
                        <ul class="card-list">
                            {list
                                .initiatives
                                .into_iter()
                                .map(|initiative| view! { <InitiativeCardView initiative/> })
                                .collect_view()}
                        </ul>
                    })),
                    Err(error) => Either::Right(Either::Right(view! { <ErrorPanel error/> })),
                }
            })}
        </Suspense>
    }
}

#[component]
fn InitiativeCardView(initiative: InitiativeCard) -> impl IntoView {
    let t = use_i18n();
    let locale = current_locale();
    let groups = initiative
        .target_groups
        .iter()
        .map(|group| group.label(locale).to_owned())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <li class="card">
            <h3 class="card__title">
                {initiative.name}
                {initiative.is_demo.then(|| view! { " " <DemoBadge/> })}
            </h3>
            <p class="card__summary">{initiative.summary}</p>
            <ul class="card__facts">
                {(!initiative.wijken.is_empty())
                    .then(|| view! { <li>{initiative.wijken.join(", ")}</li> })}
                {(!groups.is_empty()).then(|| view! { <li>{(t.for_target_group)(&groups)}</li> })}
                {initiative
                    .looking_for_volunteers
                    .then(|| view! { <li class="card__volunteers">{t.looking_for_volunteers}</li> })}
            </ul>
        </li>
    }
}
