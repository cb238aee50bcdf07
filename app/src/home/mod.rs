//! The home page: what is on this week, and a way to pick your wijk.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::calendar::{AgendaView, load_agenda};
use crate::i18n::use_i18n;
use crate::links::urlencode;
use crate::site::use_site_info;
use crate::ui::{DemoNotice, ErrorPanel, MainHeading};

/// How many days "this week" covers, starting today.
const WEEK_DAYS: u8 = 7;

/// Enough to fill a phone screen a few times; the agenda has the rest.
const WEEK_ITEMS: u16 = 40;

#[component]
pub fn HomePage() -> impl IntoView {
    let t = use_i18n();
    let query = use_query_map();
    let chosen_wijk = Memo::new(move |_| query.read().get("wijk"));
    let site = use_site_info();
    let week = Resource::new(
        move || chosen_wijk.get(),
        |wijk| load_agenda(wijk, WEEK_DAYS, WEEK_ITEMS),
    );

    let intro = move || {
        let municipality = site
            .get()
            .and_then(|info| info.ok())
            .and_then(|info| info.municipality);
        (t.home_intro)(municipality.as_deref())
    };

    view! {
        <Title text=t.home_title/>
        <MainHeading>{t.home_title}</MainHeading>
        <Suspense fallback=|| ()>
            <p class="lead">{intro}</p>
        </Suspense>
        <DemoNotice/>

        <section class="home-section" aria-labelledby="kies-je-wijk">
            <h2 id="kies-je-wijk">{t.choose_wijk_heading}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let wijken = site.await.map(|info| info.wijken).unwrap_or_default();
                    view! { <WijkChoice wijken chosen=chosen_wijk/> }
                })}
            </Suspense>
        </section>

        <section class="home-section" aria-labelledby="deze-week">
            <Transition fallback=move || view! { <h2 id="deze-week">{t.this_week_heading}</h2> <p>{t.loading}</p> }>
                {move || Suspend::new(async move {
                    match week.await {
                        Ok(agenda) => Either::Left(view! { <ThisWeek agenda/> }),
                        Err(error) => Either::Right(view! {
                            <h2 id="deze-week">{t.this_week_heading}</h2>
                            <ErrorPanel error/>
                        }),
                    }
                })}
            </Transition>
            <ul class="link-list">
                <li><a href="/agenda">{t.see_full_calendar}</a></li>
                <li>
                    <a href=move || match chosen_wijk.get() {
                        Some(wijk) => format!("/kaart?wijk={}", urlencode(&wijk)),
                        None => "/kaart".to_owned(),
                    }>{t.find_on_map}</a>
                </li>
            </ul>
        </section>
    }
}

/// Links, not a select: each wijk is one tap on a phone, and each choice has
/// its own address that works without JavaScript.
#[component]
fn WijkChoice(
    wijken: Vec<crate::areas::AreaSummary>,
    chosen: Memo<Option<String>>,
) -> impl IntoView {
    let t = use_i18n();
    let current = move |key: Option<&str>| {
        let is_current = chosen.get().as_deref() == key;
        is_current.then_some("page")
    };
    view! {
        <ul class="chip-list">
            <li>
                <a class="chip" href="/" aria-current=move || current(None)>{t.all_wijken}</a>
            </li>
            {wijken
                .into_iter()
                .map(|wijk| {
                    let href = format!("/?wijk={}", urlencode(&wijk.key));
                    let key = wijk.key.clone();
                    view! {
                        <li>
                            <a class="chip" href=href aria-current=move || current(Some(&key))>
                                {wijk.name}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[component]
fn ThisWeek(agenda: AgendaView) -> impl IntoView {
    let t = use_i18n();
    let heading = match &agenda.wijk_name {
        Some(wijk) => (t.this_week_in)(wijk),
        None => t.this_week_heading.to_owned(),
    };
    let empty_message = if agenda.wijk_name.is_some() {
        t.this_week_empty_in_wijk
    } else {
        t.this_week_empty
    };
    view! {
        <h2 id="deze-week">{heading}</h2>
        {if agenda.is_empty {
            Either::Left(view! { <p class="empty-state">{empty_message}</p> })
        } else {
            Either::Right(view! { <div inner_html=agenda.days_html></div> })
        }}
        {agenda.more.then(|| view! { <p class="more-note">{t.more_this_week}</p> })}
    }
}
