//! The wijk map: the municipality's wijken as an SVG drawn from their stored
//! boundaries. No tiles, no requests to other sites, and it works without
//! JavaScript: every wijk is a link that filters the list, named with its
//! number of initiatives. The list beside it is the text alternative.
//!
//! The server draws the SVG; it is put in once per visit, and a new result
//! only changes each wijk's count, link and "chosen" mark, in place.

use leptos::prelude::*;

use super::types::LatestView;
use crate::i18n::use_i18n;

#[component]
pub fn WijkMap(latest: LatestView) -> impl IntoView {
    let t = use_i18n();
    let drawing = latest.drawn_once(|view| &view.map_html);
    let navigate = leptos_router::hooks::use_navigate();
    // The router only takes over clicks on HTML links; these are SVG links,
    // so navigate here (a click with a modifier opens a tab as usual).
    let follow = move |event: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let href = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|element| element.closest("a").ok().flatten())
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
        latest.with(update_map);
    });

    view! {
        <nav class="wijk-map" aria-labelledby="kaart-van-de-wijken">
            <h2 id="kaart-van-de-wijken" class="wijk-map__heading">{t.map_heading}</h2>
            <p class="wijk-map__explanation">{t.map_explanation}</p>
            <div class="wijk-map__drawing" on:click=follow inner_html=move || drawing.get().unwrap_or_default()></div>
        </nav>
    }
}

/// Brings each drawn wijk up to date with a new result.
#[cfg(feature = "hydrate")]
fn update_map(view: &super::types::DirectoryView) {
    let document = document();
    for wijk in &view.map_links {
        if let Some(link) = document.get_element_by_id(&wijk.id) {
            let _ = link.set_attribute("href", &wijk.href);
            let _ = link.set_attribute("aria-label", &wijk.label);
            let _ = if wijk.current {
                link.set_attribute("aria-current", "page")
            } else {
                link.remove_attribute("aria-current")
            };
        }
        if let Some(count) = document.get_element_by_id(&format!("{}-aantal", wijk.id)) {
            count.set_text_content(Some(&wijk.count.to_string()));
        }
    }
}

/// The SVG for one result, and each wijk link's state for later updates.
#[cfg(feature = "ssr")]
pub fn draw_map(page: &super::types::DirectoryPage) -> (String, Vec<super::types::MapLinkState>) {
    use leptos::tachys::view::RenderHtml;

    let t = use_i18n();
    let links: Vec<super::types::MapLinkState> = page
        .map
        .wijken
        .iter()
        .map(|wijk| super::types::MapLinkState {
            id: format!("kaart-{}", wijk.key.to_ascii_lowercase()),
            href: page.query.toggle_only_wijk(&wijk.key).href(),
            label: (t.map_link_label)(&wijk.name, wijk.count),
            count: wijk.count,
            current: wijk.selected,
        })
        .collect();
    let view_box = format!("0 0 {} {}", page.map.width, page.map.height.max(1.0));
    let shapes = page
        .map
        .wijken
        .iter()
        .zip(&links)
        .map(|(wijk, link)| {
            let (x, y) = (wijk.label_x, wijk.label_y);
            // Inside <g>, the macro makes <a> an SVG link rather than an HTML one.
            view! {
                <g class="wijk-map__wijk">
                    <a
                        id=link.id.clone()
                        href=link.href.clone()
                        aria-label=link.label.clone()
                        aria-current=link.current.then_some("page")
                    >
                        <path d=wijk.path.clone()></path>
                        <text x=x y=y text-anchor="middle" aria-hidden="true">
                            <tspan class="wijk-map__name" x=x dy="-0.2em">{wijk.name.clone()}</tspan>
                            <tspan class="wijk-map__count" id=format!("{}-aantal", link.id) x=x dy="1.3em">
                                {wijk.count.to_string()}
                            </tspan>
                        </text>
                    </a>
                </g>
            }
        })
        .collect_view();
    let svg = view! {
        <svg class="wijk-map__svg" viewBox=view_box focusable="false">
            {shapes}
        </svg>
    };
    (svg.to_html(), links)
}
