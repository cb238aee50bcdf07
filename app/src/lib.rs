//! The Buurtkracht web app. One Leptos app, rendered on the server and
//! hydrated in the browser. Organised by feature; see `../shared/DESIGN.md`.

pub mod accounts;
pub mod api_codec;
pub mod areas;
pub mod calendar;
pub mod dashboard;
pub mod details;
pub mod errors;
pub mod forms;
pub mod home;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod index_cache;
pub mod info;
pub mod initiatives;
pub mod intake;
pub mod links;
#[cfg(feature = "ssr")]
pub mod mail;
pub mod map;
pub mod site;
#[cfg(feature = "ssr")]
pub mod state;
pub mod taxonomy;
pub mod ui;
#[cfg(feature = "ssr")]
pub mod writing;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::accounts::pages::{AccountPage, AccountPart};
use crate::i18n::current_locale;
use crate::intake::DrawnPage;
use crate::ui::{NotFoundPage, RouteEffects, SiteFooter, SiteHeader};

/// The name under which cargo-leptos writes the CSS, JS and wasm.
const OUTPUT_NAME: &str = "buurtkracht";

/// The HTML document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = current_locale();
    #[cfg(feature = "ssr")]
    send_content_security_policy(&options);
    view! {
        <!DOCTYPE html>
        <html lang=locale.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="stylesheet" href=format!("/pkg/{OUTPUT_NAME}.css")/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Only our own origin may load scripts, and inline scripts need this
/// response's nonce (Leptos adds it to the hydration scripts it writes).
#[cfg(feature = "ssr")]
fn send_content_security_policy(options: &LeptosOptions) {
    use http::HeaderValue;
    use http::header::CONTENT_SECURITY_POLICY;

    let nonce = leptos::nonce::use_nonce()
        .map(|nonce| nonce.to_string())
        .unwrap_or_default();
    // `cargo leptos watch` reloads the page over a websocket in development.
    // Whether it runs is fixed for the life of the process: work it out once.
    static CONNECT_SOURCES: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let connect_sources = CONNECT_SOURCES.get_or_init(|| {
        if std::env::var_os("LEPTOS_WATCH").is_some() {
            let port = options.reload_external_port.unwrap_or(options.reload_port);
            format!("'self' ws://{}:{port}", options.site_addr.ip())
        } else {
            "'self'".to_owned()
        }
    });
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; \
         connect-src {connect_sources}; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    );
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        HeaderValue::from_str(&policy),
    ) {
        response.insert_header(CONTENT_SECURITY_POLICY, value);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Read once here, so every component below shares the same language.
    current_locale();
    ui::provide_heading_focus();
    site::provide_site_info();

    view! {
        <Title formatter=|text: String| {
            if text.is_empty() { "Buurtkracht".to_owned() } else { format!("{text} | Buurtkracht") }
        }/>
        <Router>
            <RouteEffects/>
            <SiteHeader/>
            <main id=ui::MAIN_ID class="site-main" tabindex="-1">
                // Async: every page sends its complete HTML first, so it
                // works without JavaScript and crawlers see the content.
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=home::HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/kaart") view=map::MapPage ssr=SsrMode::Async/>
                    <Route
                        path=path!("/kaart/organisaties")
                        view=map::OrganisationsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/initiatieven/:slug")
                        view=details::DetailPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/agenda") view=calendar::CalendarPage ssr=SsrMode::Async/>
                    <Route path=path!("/activiteiten/:id/:date?") view=details::DetailPage ssr=SsrMode::Async/>
                    // The resume link, /initiatief-aanmelden/{token}, is a redirect of the server's.
                    <Route path=path!("/initiatief-aanmelden") view=DrawnPage ssr=SsrMode::Async/>
                    <Route path=path!("/initiatief-aanmelden/:key/:step") view=DrawnPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn-initiatief/:key/:step?") view=DrawnPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn-initiatief/:key/activiteiten/:id") view=DrawnPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheerlink-aanvragen") view=DrawnPage ssr=SsrMode::Async/>
                    <Route path=path!("/aanmelding/:key") view=DrawnPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/aanmeldingen/:key?") view=DrawnPage ssr=SsrMode::Async/>
                    <Route
                        path=path!("/professionals")
                        view=|| view! { <AccountPage part=AccountPart::Professionals/> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/inloggen")
                        view=|| view! { <AccountPage part=AccountPart::SignIn/> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/inloggen/code")
                        view=|| view! { <AccountPage part=AccountPart::SecondFactor/> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/wachtwoord-vergeten")
                        view=|| view! { <AccountPage part=AccountPart::ForgotPassword/> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/wachtwoord-instellen/:key")
                        view=|| view! { <AccountPage part=AccountPart::SetPassword/> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/account/tweestapsverificatie")
                        view=|| view! { <AccountPage part=AccountPart::TwoFactor/> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/beheer/accounts")
                        view=|| view! { <AccountPage part=AccountPart::AdminAccounts/> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/beheer/accounts/:key")
                        view=|| view! { <AccountPage part=AccountPart::AdminAccount/> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/beheer/logboek")
                        view=|| view! { <AccountPage part=AccountPart::AuditLog/> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/beheer/privacy")
                        view=|| view! { <AccountPage part=AccountPart::PrivacyRequests/> }
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/wijken/:key?") view=DrawnPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/wijken/:key?") view=DrawnPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/organisaties/:slug?") view=DrawnPage ssr=SsrMode::Async/>
                    <Route path=path!("/dashboard") view=DrawnPage ssr=SsrMode::Async/>
                    // The forms of these pages post to the same addresses
                    // (server/src/web/dashboard.rs).
                    <Route path=path!("/dashboard/:part/:key?") view=DrawnPage ssr=SsrMode::Async/>
                    <Route path=path!("/privacy") view=info::PrivacyPage ssr=SsrMode::Async/>
                    <Route
                        path=path!("/toegankelijkheid")
                        view=info::AccessibilityPage
                        ssr=SsrMode::Async
                    />
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}
