//! What happens around navigation: the page's main heading, moving focus
//! to it after a client-side page change, and a marker that hydration ran.

use leptos::prelude::*;

/// Set when the path changed on the client: the next main heading that
/// appears takes focus. Some pages render their heading only once their
/// data has arrived, so the heading itself does it when it mounts.
#[cfg(feature = "hydrate")]
#[derive(Clone, Copy)]
struct HeadingShouldTakeFocus(RwSignal<bool>);

/// The `h1` of a page. It can take focus (but is not in the tab order), so
/// that after navigating a screen reader starts reading at the new page.
#[component]
pub fn MainHeading(children: Children) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    #[cfg(feature = "hydrate")]
    if let Some(HeadingShouldTakeFocus(wanted)) = use_context::<HeadingShouldTakeFocus>() {
        // The page being left still has its heading for a moment; only the
        // heading of the page at the current address may take focus.
        let location = leptos_router::hooks::use_location();
        let own_path = location.pathname.get_untracked();
        Effect::new(move || {
            if wanted.get()
                && location.pathname.get_untracked() == own_path
                && let Some(heading) = heading.get()
            {
                focus_once_in_document(heading.into(), wanted, 40);
            }
        });
    }
    view! {
        <h1 class="main-heading" tabindex="-1" node_ref=heading>
            {children()}
        </h1>
    }
}

/// Shares the "focus the next heading" flag between [`RouteEffects`] and the
/// pages' [`MainHeading`]s; call it in the app, above both.
pub fn provide_heading_focus() {
    #[cfg(feature = "hydrate")]
    provide_context(HeadingShouldTakeFocus(RwSignal::new(false)));
}

/// Effects that only run in the browser, once per app.
///
/// - After a client-side navigation to another path, focus moves to the new
///   page's `h1`, as it would after a full page load with a skip link. A
///   change of only the query string (a filter) leaves focus where it is.
/// - `<html data-hydrated>` tells tests and CSS that the app is interactive.
#[component]
pub fn RouteEffects() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        use leptos_router::hooks::use_location;

        let wanted = use_context::<HeadingShouldTakeFocus>()
            .map(|HeadingShouldTakeFocus(wanted)| wanted)
            .unwrap_or_else(|| RwSignal::new(false));
        let location = use_location();
        Effect::new(move |previous_path: Option<String>| {
            let path = location.pathname.get();
            if previous_path
                .as_ref()
                .is_some_and(|previous| *previous != path)
            {
                wanted.set(true);
            }
            path
        });
        Effect::new(|| {
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("data-hydrated", "true");
            }
        });
    }
}

/// A page waiting for its data is built before it is put in the document,
/// and focus cannot go to an element that is not there yet: try again a
/// little later (every 50 ms, `tries` times).
#[cfg(feature = "hydrate")]
fn focus_once_in_document(heading: web_sys::HtmlElement, wanted: RwSignal<bool>, tries: u8) {
    if heading.is_connected() {
        let _ = heading.focus();
        wanted.set(false);
    } else if tries > 0 {
        set_timeout(
            move || focus_once_in_document(heading, wanted, tries - 1),
            std::time::Duration::from_millis(50),
        );
    }
}

/// A form's fields as (name, value) pairs, as a post would send them. The
/// sociale kaart's filters and the intake share it.
#[cfg(feature = "hydrate")]
pub fn form_pairs(form: &web_sys::HtmlFormElement) -> Vec<(String, String)> {
    use wasm_bindgen::JsCast;
    let mut pairs = Vec::new();
    if let Ok(data) = web_sys::FormData::new_with_form(form)
        && let Ok(Some(entries)) = js_sys::try_iter(&data)
    {
        for entry in entries.flatten() {
            let entry: js_sys::Array = entry.unchecked_into();
            if let (Some(name), Some(value)) = (entry.get(0).as_string(), entry.get(1).as_string())
            {
                pairs.push((name, value));
            }
        }
    }
    pairs
}

/// A form's non-empty fields as a query string (`wijk=WK192603&q=koffie`),
/// in the order of the form: the tidy address a GET form stands for.
#[cfg(feature = "hydrate")]
pub fn form_query(form: &web_sys::HtmlFormElement) -> String {
    form_pairs(form)
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(name, value)| {
            format!(
                "{}={}",
                crate::links::urlencode(&name),
                crate::links::urlencode(value.trim())
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// For a filter form that is a plain GET form without JavaScript: with it,
/// submitting navigates on the client to the form's tidy address, without
/// scrolling away from the form.
pub fn navigate_to_form_address(
    event: leptos::ev::SubmitEvent,
    navigate: &impl Fn(&str, leptos_router::NavigateOptions),
) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let Some(form) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        event.prevent_default();
        let path = form.get_attribute("action").unwrap_or_default();
        let query = form_query(&form);
        let address = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        navigate(
            &address,
            leptos_router::NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (event, navigate);
}

/// Submits a filter form when a choice changes: a box, a radio button, a
/// list or a date (typed text waits for Enter). Without JavaScript the
/// form's button does the work.
pub fn submit_on_choice(event: leptos::ev::Event) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let Some(target) = event.target() else {
            return;
        };
        let form = if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
            select.form()
        } else if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
            matches!(input.type_().as_str(), "checkbox" | "radio" | "date")
                .then(|| input.form())
                .flatten()
        } else {
            None
        };
        if let Some(form) = form {
            let _ = form.request_submit();
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = event;
}

/// Moves keyboard focus to `element`, if there is one that can take it.
#[cfg(feature = "hydrate")]
pub fn focus(element: Option<web_sys::Element>) -> bool {
    use wasm_bindgen::JsCast;
    match element.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}
