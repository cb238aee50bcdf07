//! The wijk map: the municipality's wijken as an SVG drawn from their stored
//! boundaries. No tiles, no requests to other sites, and it works without
//! JavaScript: every wijk is a link that filters the list, named with its
//! number of initiatives. The list beside it is the text alternative.
//!
//! Like the filters, the shapes are drawn once; a new result only changes
//! each wijk's count, link and "chosen" mark, which are updated in place.

use leptos::prelude::*;

use super::types::{DirectoryPage, LatestPage, MapWijk};
use crate::i18n::use_i18n;

fn shape_id(key: &str) -> String {
    format!("kaart-{}", key.to_ascii_lowercase())
}

#[component]
pub fn WijkMap(page: LatestPage) -> impl IntoView {
    let t = use_i18n();
    let shapes = Memo::new(move |_| page.with(DirectoryPage::choice_keys).unwrap_or_default());
    let navigate = leptos_router::hooks::use_navigate();
    // The router only takes over clicks on HTML links; these are SVG links,
    // so navigate here (a click with a modifier opens a tab as usual).
    let follow = move |event: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let href = event
                .current_target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|link| link.get_attribute("href"));
            if let Some(href) = href
                && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
            {
                event.prevent_default();
                navigate(
                    &href,
                    leptos_router::NavigateOptions {
                        scroll: false,
                        ..Default::default()
                    },
                );
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (event, &navigate);
    };

    #[cfg(feature = "hydrate")]
    Effect::new(move || {
        page.with(|page| update_map(page, t));
    });

    view! {
        <nav class="wijk-map" aria-labelledby="kaart-van-de-wijken">
            <h2 id="kaart-van-de-wijken" class="wijk-map__heading">{t.map_heading}</h2>
            <p class="wijk-map__explanation">{t.map_explanation}</p>
            {move || {
                shapes.track();
                page.with_untracked(|page| {
                    let view_box = format!("0 0 {} {}", page.map.width, page.map.height.max(1.0));
                    let wijken = page
                        .map
                        .wijken
                        .iter()
                        .map(|wijk| wijk_shape(wijk, &page.query.toggle_only_wijk(&wijk.key).href(), follow.clone()))
                        .collect_view();
                    view! {
                        <svg class="wijk-map__svg" viewBox=view_box focusable="false">
                            {wijken}
                        </svg>
                    }
                })
            }}
        </nav>
    }
}

fn wijk_shape<Follow>(wijk: &MapWijk, href: &str, follow: Follow) -> impl IntoView + use<Follow>
where
    Follow: Fn(leptos::ev::MouseEvent) + Clone + 'static,
{
    let t = use_i18n();
    let id = shape_id(&wijk.key);
    let count_id = format!("{id}-aantal");
    let (x, y) = (wijk.label_x, wijk.label_y);
    // Inside <g>, the macro makes <a> an SVG link rather than an HTML one.
    view! {
        <g class="wijk-map__wijk">
            <a
                id=id
                href=href.to_owned()
                aria-label=(t.map_link_label)(&wijk.name, wijk.count)
                aria-current=wijk.selected.then_some("page")
                on:click=follow
            >
                <path d=wijk.path.clone()></path>
                <text x=x y=y text-anchor="middle" aria-hidden="true">
                    <tspan class="wijk-map__name" x=x dy="-0.2em">{wijk.name.clone()}</tspan>
                    <tspan class="wijk-map__count" id=count_id x=x dy="1.3em">{wijk.count.to_string()}</tspan>
                </text>
            </a>
        </g>
    }
}

/// Brings each drawn wijk up to date with a new result.
#[cfg(feature = "hydrate")]
fn update_map(page: &DirectoryPage, t: &'static crate::i18n::Messages) {
    let document = document();
    for wijk in &page.map.wijken {
        let id = shape_id(&wijk.key);
        if let Some(link) = document.get_element_by_id(&id) {
            let _ = link.set_attribute("href", &page.query.toggle_only_wijk(&wijk.key).href());
            let _ = link.set_attribute("aria-label", &(t.map_link_label)(&wijk.name, wijk.count));
            let _ = if wijk.selected {
                link.set_attribute("aria-current", "page")
            } else {
                link.remove_attribute("aria-current")
            };
        }
        if let Some(count) = document.get_element_by_id(&format!("{id}-aantal")) {
            count.set_text_content(Some(&wijk.count.to_string()));
        }
    }
}
