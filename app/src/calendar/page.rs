//! `/agenda`: what is on, by day, week or month, with filters.
//!
//! The server draws the whole page (see `drawing.rs`); the browser only
//! fetches a new drawing when the address changes. Without JavaScript the
//! filters are a GET form and every state has its own address. With it, a
//! changed choice navigates on the client, the results are replaced in
//! place, and a polite live region says how many were found. The form is
//! redrawn only when it does not show the address's choices (after "back"),
//! so keyboard focus stays where it is.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

use super::draw_agenda_page;
use crate::i18n::use_i18n;
use crate::ui::{DemoNotice, ErrorPanel, MainHeading, navigate_to_form_address, submit_on_choice};

const FORM_ID: &str = "agenda-filters";

#[component]
pub fn CalendarPage() -> impl IntoView {
    let t = use_i18n();
    let location = use_location();
    let agenda = Resource::new(
        // `search` comes with or without its `?`, depending on where.
        move || location.search.read().trim_start_matches('?').to_owned(),
        draw_agenda_page,
    );
    let latest = move |read: fn(&super::AgendaView) -> String| {
        agenda.with(|value| {
            value
                .as_ref()
                .and_then(|result| result.as_ref().ok())
                .map(read)
                .unwrap_or_default()
        })
    };
    let error = move || agenda.with(|value| value.as_ref().and_then(|result| result.clone().err()));
    // The first drawing of the form is kept; later ones replace it only
    // through the effect below.
    let form_html = Memo::new(move |previous: Option<&String>| match previous {
        Some(kept) if !kept.is_empty() => kept.clone(),
        _ => latest(|view| view.filters_html.clone()),
    });
    #[cfg(feature = "hydrate")]
    Effect::new(move || {
        use wasm_bindgen::JsCast;
        let (canonical, html) = (
            latest(|view| view.canonical.clone()),
            latest(|view| view.filters_html.clone()),
        );
        // A resource fetches one address at a time, so after quick choices
        // the drawing for an earlier address can still arrive. Redrawing the
        // form with it would undo the newest choice and take focus away; the
        // drawing for the current address follows. (The page number is not
        // one of the form's choices.)
        let address = location.search.get_untracked();
        let current_choices = address
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.starts_with("pagina="))
            .collect::<Vec<_>>()
            .join("&");
        let form = document()
            .get_element_by_id(FORM_ID)
            .and_then(|element| element.dyn_into::<web_sys::HtmlFormElement>().ok());
        if let Some(form) = form
            && !html.is_empty()
            && canonical == current_choices
            && crate::ui::form_query(&form) != canonical
        {
            form.set_inner_html(&html);
        }
    });
    let navigate = leptos_router::hooks::use_navigate();

    view! {
        <Title text=t.calendar_title/>
        <MainHeading>{t.calendar_title}</MainHeading>
        <p class="lead">{t.calendar_intro}</p>
        <DemoNotice/>
        <Transition fallback=move || view! { <p>{t.loading}</p> }>
            {move || error().map(|error| view! { <ErrorPanel error/> })}
            <div class="directory agenda">
                <section class="directory__filters filters" aria-labelledby="agenda-kiezen">
                    <h2 id="agenda-kiezen" class="filters__heading">{t.filters_heading}</h2>
                    <form
                        id=FORM_ID
                        method="get"
                        action="/agenda"
                        on:change=submit_on_choice
                        on:submit=move |event| navigate_to_form_address(event, &navigate)
                        inner_html=move || form_html.get()
                    ></form>
                </section>
                <section class="results directory__results" aria-labelledby="agenda-resultaten">
                    <h2 id="agenda-resultaten" class="results__heading" tabindex="-1">{t.results_heading}</h2>
                    <p class="results__count" role="status">{move || latest(|view| view.status.clone())}</p>
                    <div class="agenda__results" inner_html=move || latest(|view| view.days_html.clone())></div>
                </section>
            </div>
        </Transition>
    }
}
