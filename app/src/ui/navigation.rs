//! What happens around navigation: the page's main heading, moving focus
//! to it after a client-side page change, and a marker that hydration ran.

use leptos::prelude::*;

/// The `h1` of a page. It can take focus (but is not in the tab order), so
/// that after navigating a screen reader starts reading at the new page.
#[component]
pub fn MainHeading(children: Children) -> impl IntoView {
    view! {
        <h1 class="main-heading" tabindex="-1">
            {children()}
        </h1>
    }
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

        let location = use_location();
        Effect::new(move |previous_path: Option<String>| {
            let path = location.pathname.get();
            if previous_path
                .as_ref()
                .is_some_and(|previous| *previous != path)
            {
                request_animation_frame(|| {
                    focus(document().query_selector("main h1").ok().flatten());
                });
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

/// Moves keyboard focus to `element`, if there is one that can take it.
#[cfg(feature = "hydrate")]
pub fn focus(element: Option<web_sys::Element>) -> bool {
    use wasm_bindgen::JsCast;
    match element.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}
