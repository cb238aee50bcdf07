//! The frame around every page: skip link, header with the main menu and
//! the language switch, and the footer.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::i18n::{Locale, current_locale, use_i18n};
use crate::site::use_site_info;

/// The id of `<main>`, the target of the skip link.
pub const MAIN_ID: &str = "inhoud";

#[component]
pub fn SiteHeader() -> impl IntoView {
    let t = use_i18n();
    let site = use_site_info();
    let municipality = move || {
        site.get()
            .and_then(|info| info.ok())
            .and_then(|info| info.municipality)
    };
    view! {
        <SkipLink/>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__brand" href="/">
                    <span class="site-header__name">"Buurtkracht"</span>
                    <Suspense fallback=|| ()>
                        {move || {
                            municipality()
                                .map(|name| view! { <span class="site-header__place">{name}</span> })
                        }}
                    </Suspense>
                </a>
                <LanguageSwitch/>
            </div>
            <nav class="main-nav" aria-label=t.main_navigation>
                <ul class="main-nav__list">
                    <li><A href="/kaart">{t.nav_map}</A></li>
                    <li><A href="/agenda">{t.nav_calendar}</A></li>
                    <li><A href="/wijken">{t.nav_wijken}</A></li>
                    <li><A href="/initiatief-aanmelden">{t.nav_register}</A></li>
                    <li><A href="/professionals">{t.nav_professionals}</A></li>
                </ul>
            </nav>
        </header>
    }
}

/// Jumps to the content. Without JavaScript the browser follows the `#`
/// link and moves focus itself; once hydrated, the router would take over
/// in-page links and only scroll, so the click moves focus here instead.
#[component]
fn SkipLink() -> impl IntoView {
    let t = use_i18n();
    let jump_to_content = move |event: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        {
            let main = document().get_element_by_id(MAIN_ID);
            if super::navigation::focus(main) {
                event.prevent_default();
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = event;
    };
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}") on:click=jump_to_content>
            {t.skip_to_content}
        </a>
    }
}

/// A form that posts to `/taal`, so the switch also works without
/// JavaScript. The server sets the cookie and sends the user back to the
/// page they were on.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let t = use_i18n();
    let other = match current_locale() {
        Locale::Nl => Locale::En,
        Locale::En => Locale::Nl,
    };
    let location = use_location();
    let back_to = move || {
        let path = location.pathname.get();
        let search = location.search.get();
        let search = search.trim_start_matches('?');
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    };
    view! {
        <form class="language-switch" method="post" action="/taal">
            <input type="hidden" name="taal" value=other.code()/>
            <input type="hidden" name="terug" value=back_to/>
            <button class="language-switch__button" type="submit" lang=other.code()>
                {t.switch_to_other_language}
            </button>
        </form>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let t = use_i18n();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <h2 class="site-footer__heading">{t.footer_heading}</h2>
                <p>{t.footer_about}</p>
                <ul class="site-footer__links">
                    <li><A href="/privacy">{t.privacy_link}</A></li>
                    <li><A href="/toegankelijkheid">{t.accessibility_link}</A></li>
                </ul>
                <p class="site-footer__small">{t.map_attribution}</p>
                <p class="site-footer__small">{t.open_source_note}</p>
            </div>
        </footer>
    }
}

/// Marks example data, so nobody mistakes it for a real initiative.
#[component]
pub fn DemoBadge() -> impl IntoView {
    let t = use_i18n();
    view! { <span class="badge badge--demo">{t.demo_badge}</span> }
}

/// A banner on pages while the database holds example data.
#[component]
pub fn DemoNotice() -> impl IntoView {
    let t = use_i18n();
    let site = use_site_info();
    view! {
        <Suspense fallback=|| ()>
            {move || {
                site.get()
                    .and_then(|info| info.ok())
                    .filter(|info| info.has_demo_data)
                    .map(|_| view! { <p class="demo-notice">{t.demo_notice}</p> })
            }}
        </Suspense>
    }
}
