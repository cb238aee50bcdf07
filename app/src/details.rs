//! The detail pages: one initiative (`/initiatieven/{slug}`) and one
//! activity or date of it (`/activiteiten/{id}[/{date}]`).
//!
//! Both are drawn on the server ([`crate::map::detail`] and
//! [`crate::calendar`]'s activity page); the browser gets them through one
//! server function and one component, so the bundle holds that code once.

use leptos::either::Either;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

use crate::api_codec::JsonText;
use crate::errors::AppError;
use crate::i18n::use_i18n;
use crate::ui::{DemoBadge, ErrorPanel, MainHeading, NotFoundPage};

/// What the browser gets for a detail page: the few fields the page's head
/// and heading need, and the rest drawn on the server as HTML (a page with
/// nothing to interact with needs no code in the browser bundle).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DetailPageView {
    pub name: String,
    /// For the `Link: <…>; rel="canonical"` header of the page.
    pub canonical_url: String,
    pub is_demo: bool,
    /// schema.org data, ready to put in a `<script type="application/ld+json">`.
    pub json_ld: String,
    /// The way back above the heading: to the list the page belongs to.
    pub back_href: String,
    pub back_label: String,
    /// Everything below the heading.
    #[serde(
        default,
        skip_serializing_if = "crate::api_codec::html_already_in_page"
    )]
    pub body_html: String,
}

/// The detail page at `address` (its path and query); an address that
/// names nothing published is a 404.
#[server(prefix = "/api", endpoint = "detail", input = GetUrl, output = JsonText)]
pub async fn load_detail(address: String) -> Result<DetailPageView, AppError> {
    let state = crate::state::app_state()?;
    let (path, query) = address.split_once('?').unwrap_or((&address, ""));
    let segments: Vec<&str> = path
        .split('/')
        .filter(|segment| !segment.is_empty())
        .collect();
    let now = chrono::Utc::now();
    let page = match segments.as_slice() {
        ["initiatieven", slug] => {
            crate::map::detail::ssr::draw(&state.db, &state.settings.public_url, slug, query, now)
                .await?
        }
        ["activiteiten", id] | ["activiteiten", id, _] => match id.parse::<i32>() {
            Ok(id) => {
                crate::calendar::activity::ssr::draw(
                    &state.db,
                    &state.settings.public_url,
                    state.settings.retention.registration_days,
                    id,
                    segments.get(2).copied().unwrap_or_default(),
                    now,
                )
                .await?
            }
            Err(_) => None,
        },
        _ => None,
    };
    page.ok_or(AppError::NotFound)
}

/// Every detail page: the server's drawing for the current address.
#[component]
pub fn DetailPage() -> impl IntoView {
    let t = use_i18n();
    let location = leptos_router::hooks::use_location();
    // The address changes a moment before the router swaps this page for
    // the next one; only the addresses of detail pages are fetched, so
    // leaving for the kaart does not ask for a detail page of the kaart.
    let address = Memo::new(move |previous: Option<&String>| {
        let path = location.pathname.read();
        match previous {
            Some(kept) if !is_detail_path(&path) => kept.clone(),
            // `search` comes with or without its `?`, depending on where.
            _ => format!("{path}?{}", location.search.read().trim_start_matches('?')),
        }
    });
    let page = Resource::new(move || address.get(), load_detail);
    view! {
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => Either::Left(view! { <DetailView page/> }),
                    Err(AppError::NotFound) => Either::Right(Either::Left(view! { <NotFoundPage/> })),
                    Err(error) => Either::Right(Either::Right(view! {
                        <MainHeading>{t.error_title}</MainHeading>
                        <ErrorPanel error/>
                    })),
                }
            })}
        </Suspense>
    }
}

fn is_detail_path(path: &str) -> bool {
    path.starts_with("/initiatieven/") || path.starts_with("/activiteiten/")
}

/// A detail page: title, schema.org data, a way back, the heading and the
/// drawn body.
#[component]
fn DetailView(page: DetailPageView) -> impl IntoView {
    // The canonical address goes in an HTTP `Link` header, which search
    // engines read like `<link rel="canonical">`: a head tag from
    // leptos_meta costs the browser bundle about 4 KB, the header nothing.
    #[cfg(feature = "ssr")]
    if let (Some(options), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&format!("<{}>; rel=\"canonical\"", page.canonical_url)),
    ) {
        options.insert_header(http::header::LINK, value);
    }
    view! {
        <Title text=page.name.clone()/>
        <script type="application/ld+json" inner_html=page.json_ld></script>
        <p class="breadcrumb"><a href=page.back_href>{page.back_label}</a></p>
        <MainHeading>
            {page.name}
            {page.is_demo.then(|| view! { " " <DemoBadge/> })}
        </MainHeading>
        <div inner_html=page.body_html></div>
    }
}
