//! The wijk map: the municipality's wijken as an SVG drawn from their stored
//! boundaries. No tiles, no requests to other sites, and it works without
//! JavaScript: every wijk is a link that filters the list, named with its
//! number of initiatives. The list beside it is the text alternative.

use leptos::prelude::*;

use super::types::{DirectoryPage, MapWijk};
use crate::i18n::use_i18n;

/// `page` is the latest result; the shapes never change while the page is
/// open, only the counts and the chosen wijk, so the elements stay in place.
#[component]
pub fn WijkMap(page: Signal<Option<DirectoryPage>>) -> impl IntoView {
    let t = use_i18n();
    let map = move || page.get().map(|page| page.map).unwrap_or_default();
    let view_box = move || {
        let map = map();
        format!("0 0 {} {}", map.width, map.height.max(1.0))
    };
    let keys = move || {
        map()
            .wijken
            .into_iter()
            .map(|wijk| wijk.key)
            .collect::<Vec<_>>()
    };
    view! {
        <nav class="wijk-map" aria-labelledby="kaart-van-de-wijken">
            <h2 id="kaart-van-de-wijken" class="wijk-map__heading">{t.map_heading}</h2>
            <p class="wijk-map__explanation">{t.map_explanation}</p>
            <svg class="wijk-map__svg" viewBox=view_box focusable="false">
                <For each=keys key=|key| key.clone() let:key>
                    <WijkShape page key/>
                </For>
            </svg>
        </nav>
    }
}

#[component]
fn WijkShape(page: Signal<Option<DirectoryPage>>, key: String) -> impl IntoView {
    let t = use_i18n();
    let wijk = Signal::derive({
        let key = key.clone();
        move || {
            page.get().and_then(|page| {
                page.map
                    .wijken
                    .into_iter()
                    .find(|wijk: &MapWijk| wijk.key == key)
            })
        }
    });
    let query = move || page.get().map(|page| page.query).unwrap_or_default();
    let href = Signal::derive({
        let key = key.clone();
        move || query().toggle_only_wijk(&key).href()
    });
    let label = move || {
        wijk.get()
            .map(|wijk| (t.map_link_label)(&wijk.name, wijk.count))
            .unwrap_or_default()
    };
    let current = move || wijk.get().filter(|wijk| wijk.selected).map(|_| "page");
    // The router only takes over clicks on HTML links; this one is an SVG
    // link, so navigate here (a click with a modifier opens a tab as usual).
    let navigate = leptos_router::hooks::use_navigate();
    let follow = move |event: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        if !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key()) {
            event.prevent_default();
            navigate(
                &href.get(),
                leptos_router::NavigateOptions {
                    scroll: false,
                    ..Default::default()
                },
            );
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (event, &navigate);
    };
    let path = move || wijk.get().map(|wijk| wijk.path).unwrap_or_default();
    let x = move || wijk.get().map(|wijk| wijk.label_x).unwrap_or_default();
    let y = move || wijk.get().map(|wijk| wijk.label_y).unwrap_or_default();
    let name = move || wijk.get().map(|wijk| wijk.name).unwrap_or_default();
    let count = move || {
        wijk.get()
            .map(|wijk| wijk.count.to_string())
            .unwrap_or_default()
    };
    // Inside <g>, the macro makes <a> an SVG link rather than an HTML one.
    view! {
        <g class="wijk-map__wijk">
            <a href=href aria-label=label aria-current=current on:click=follow>
                <path d=path></path>
                <text x=x y=y text-anchor="middle" aria-hidden="true">
                    <tspan class="wijk-map__name" x=x dy="-0.2em">{name}</tspan>
                    <tspan class="wijk-map__count" x=x dy="1.3em">{count}</tspan>
                </text>
            </a>
        </g>
    }
}
