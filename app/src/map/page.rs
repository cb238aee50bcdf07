//! `/kaart`: find initiatives by wijk, target group, theme, language and text.
//!
//! Without JavaScript the filters are a GET form and every result page has
//! its own address. With JavaScript the same form navigates on the client:
//! results update as you choose (typing is debounced), back and forward move
//! through filter states, and a polite live region says how many were found.
//! The form's elements stay in place while results change, so keyboard focus
//! is never lost.

use leptos::prelude::*;
use leptos_meta::Title;

use super::search_directory;
use super::types::LatestView;
use super::wijk_map::WijkMap;
use crate::i18n::use_i18n;
use crate::ui::{DemoNotice, ErrorPanel, MainHeading, navigate_to_form_address, submit_on_choice};

/// Element ids the server's drawing and the browser's updates share.
pub(super) const SEARCH_ID: &str = "zoekwoorden";
pub(super) const CLEAR_ID: &str = "filters-wissen";

/// Which list of the sociale kaart is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DirectoryTab {
    Initiatives,
    Organisations,
}

/// The two lists of the sociale kaart, as tabs that are plain links.
#[component]
pub fn DirectoryTabs(current: DirectoryTab) -> impl IntoView {
    let t = use_i18n();
    let mark = move |tab: DirectoryTab| (tab == current).then_some("page");
    view! {
        <nav class="tabs" aria-label=t.directory_tabs_label>
            <ul class="tabs__list">
                <li>
                    <a href="/kaart" aria-current=mark(DirectoryTab::Initiatives)>{t.tab_initiatives}</a>
                </li>
                <li>
                    <a href="/kaart/organisaties" aria-current=mark(DirectoryTab::Organisations)>
                        {t.tab_organisations}
                    </a>
                </li>
            </ul>
        </nav>
    }
}

#[component]
pub fn MapPage() -> impl IntoView {
    let t = use_i18n();
    let location = leptos_router::hooks::use_location();
    // The server reads the address (`search` comes with or without its `?`,
    // depending on where).
    let directory = Resource::new(
        move || location.search.read().trim_start_matches('?').to_owned(),
        search_directory,
    );
    let latest = LatestView(directory);
    let error =
        move || directory.with(|value| value.as_ref().and_then(|result| result.clone().err()));

    view! {
        <Title text=t.map_title/>
        <MainHeading>{t.map_title}</MainHeading>
        <p class="lead">{t.map_intro}</p>
        <DemoNotice/>
        <DirectoryTabs current=DirectoryTab::Initiatives/>
        <Transition fallback=move || view! { <p>{t.loading}</p> }>
            {move || error().map(|error| view! { <ErrorPanel error/> })}
            <div class="directory">
                <FilterForm latest/>
                <div class="directory__results">
                    <WijkMap latest/>
                    <Results latest/>
                </div>
            </div>
        </Transition>
    }
}

/// The filters. The server draws the fields; they are put in once and then
/// updated in place (see [`update_filters`]), so keyboard focus stays where
/// it is.
#[component]
fn FilterForm(latest: LatestView) -> impl IntoView {
    let t = use_i18n();
    let navigate = leptos_router::hooks::use_navigate();
    let fields = latest.drawn_once(|view| &view.filters_html);

    // Typing in the search box waits for a pause before it searches.
    let pending_search = StoredValue::new(None::<TimeoutHandle>);
    let search_after_pause = move |event: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let Some(input) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
                .filter(|input| input.id() == SEARCH_ID)
            else {
                return;
            };
            if let Some(handle) = pending_search.get_value() {
                handle.clear();
            }
            let handle = set_timeout_with_handle(
                move || {
                    if let Some(form) = input.form() {
                        let _ = form.request_submit();
                    }
                },
                std::time::Duration::from_millis(400),
            )
            .ok();
            pending_search.set_value(handle);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (event, pending_search);
    };

    #[cfg(feature = "hydrate")]
    Effect::new(move || {
        latest.with(update_filters);
    });

    view! {
        <section class="directory__filters filters" aria-labelledby="zoeken-en-kiezen">
            <h2 id="zoeken-en-kiezen" class="filters__heading">{t.filters_heading}</h2>
            <form
                method="get"
                action="/kaart"
                on:change=submit_on_choice
                on:input=search_after_pause
                on:submit=move |event| navigate_to_form_address(event, &navigate)
                inner_html=move || fields.get().unwrap_or_default()
            ></form>
        </section>
    }
}

/// Brings the drawn filters up to date with a new result: ticks, counts,
/// the search box (unless the user is typing in it), groups that hold a
/// choice are opened (only the user closes them), and "clear" shows when
/// something is chosen.
#[cfg(feature = "hydrate")]
fn update_filters(view: &super::types::DirectoryView) {
    use wasm_bindgen::JsCast;
    let document = document();
    let element = |id: &str| document.get_element_by_id(id);
    for choice in &view.choices {
        if let Some(input) =
            element(&choice.id).and_then(|found| found.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_checked(choice.checked);
        }
        if let Some(count) = element(&format!("{}-aantal", choice.id)) {
            count.set_text_content(Some(&format!("({})", choice.count)));
        }
    }
    for id in &view.open_groups {
        if let Some(group) =
            element(id).and_then(|found| found.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            group.set_open(true);
        }
    }
    if let Some(search) =
        element(SEARCH_ID).and_then(|found| found.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let typing = document
            .active_element()
            .is_some_and(|active| active.id() == SEARCH_ID);
        if !typing && search.value() != view.search_words {
            search.set_value(&view.search_words);
        }
    }
    if let Some(clear) = element(CLEAR_ID) {
        let _ = if view.is_filtered {
            clear.remove_attribute("hidden")
        } else {
            clear.set_attribute("hidden", "")
        };
    }
}

#[component]
fn Results(latest: LatestView) -> impl IntoView {
    let t = use_i18n();
    let total = move || latest.with(|view| view.total).unwrap_or_default();
    let list = move || {
        latest
            .with(|view| view.results_html.clone())
            .unwrap_or_default()
    };
    view! {
        <section class="results" aria-labelledby="resultaten">
            <h2 id="resultaten" class="results__heading" tabindex="-1">{t.results_heading}</h2>
            <p class="results__count" role="status">{move || (t.initiatives_found_status)(total())}</p>
            <div class="results__list" inner_html=list></div>
        </section>
    }
}
