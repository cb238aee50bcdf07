//! `/agenda`: what is on in the coming two weeks.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::load_agenda;
use crate::i18n::use_i18n;
use crate::ui::{DemoNotice, ErrorPanel, MainHeading};

const AGENDA_DAYS: u8 = 14;

/// One page of the agenda. Paging through more comes with the calendar feature.
const AGENDA_ITEMS: u16 = 100;

#[component]
pub fn CalendarPage() -> impl IntoView {
    let t = use_i18n();
    let query = use_query_map();
    let wijk = Memo::new(move |_| query.read().get("wijk"));
    let upcoming = Resource::new(
        move || wijk.get(),
        |wijk| load_agenda(wijk, AGENDA_DAYS, AGENDA_ITEMS),
    );
    view! {
        <Title text=t.calendar_title/>
        <MainHeading>{t.calendar_title}</MainHeading>
        <p class="lead">{t.calendar_intro}</p>
        <DemoNotice/>
        <Transition fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match upcoming.await {
                    Ok(agenda) if agenda.is_empty => {
                        Either::Left(view! { <p class="empty-state">{t.calendar_empty}</p> })
                    }
                    Ok(agenda) => Either::Right(Either::Left(view! {
                        <h2 class="visually-hidden">{t.calendar_intro}</h2>
                        <div inner_html=agenda.days_html></div>
                        {agenda
                            .more
                            .then(|| view! { <p class="more-note">{(t.first_activities)(usize::from(AGENDA_ITEMS))}</p> })}
                    })),
                    Err(error) => Either::Right(Either::Right(view! { <ErrorPanel error/> })),
                }
            })}
        </Transition>
    }
}
