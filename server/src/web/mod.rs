//! The HTTP side: the axum router with the Leptos app, the routes that are
//! not Leptos pages, and the middleware every request passes through.

mod accounts;
mod areas_admin;
mod client_address;
mod dashboard;
mod dev_outbox;
mod forms;
mod health;
mod intake;
mod isolation;
mod language;
mod plain_page;
mod protection;
mod rate_limits;
mod signup;

use std::path::PathBuf;

use app::state::AppState;
use app::{App, shell};
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::config::Config;

/// The whole web app, ready to serve. Tests call this too, so they exercise
/// exactly what production runs.
pub fn router(state: AppState, config: &Config) -> Router {
    let routes = route_list();
    let leptos_options = state.leptos_options.clone();
    let pages = Router::new()
        .route("/healthz", get(health::check))
        .route("/taal", post(language::switch))
        .route("/inloggen", post(accounts::sign_in_post))
        .route("/uitloggen", post(accounts::sign_out_post))
        .route("/inloggen/code", post(accounts::second_factor_post))
        .route("/wachtwoord-vergeten", post(accounts::forgot_password_post))
        .route(
            "/wachtwoord-instellen/{key}",
            post(accounts::set_password_post),
        )
        .route(
            "/account/tweestapsverificatie",
            post(accounts::two_factor_post),
        )
        .route("/beheer/accounts", post(accounts::invite_post))
        .route(
            "/beheer/accounts/{key}",
            post(accounts::account_action_post),
        )
        .route("/beheer/privacy", post(accounts::privacy_post))
        .route("/initiatief-aanmelden", post(intake::start_post))
        .route(
            "/initiatief-aanmelden/{key}/{step}",
            post(intake::step_post),
        )
        .route("/initiatief-aanmelden/{key}", get(intake::resume))
        .route(
            "/mijn-initiatief/{key}/activiteiten",
            get(intake::to_manage_page).post(intake::manage_activities_post),
        )
        .route(
            "/mijn-initiatief/{key}/activiteiten/{id}",
            post(intake::manage_dates_post),
        )
        .route(
            "/mijn-initiatief/{key}/{step}",
            post(intake::manage_step_post),
        )
        .route("/beheerlink-aanvragen", post(intake::new_link_post))
        .route("/activiteiten/{id}/{date}", post(signup::sign_up_post))
        .route("/aanmelding/{key}", post(signup::cancel_post))
        .route("/beheer/aanmeldingen/{key}", post(intake::review_post))
        .merge(dashboard::routes())
        .merge(areas_admin::routes())
        .merge(development_pages(config))
        .merge(crate::hsds::routes())
        .merge(crate::calendar_feed::routes())
        .merge(static_files(&state))
        .leptos_routes(&state, routes, move || shell(leptos_options.clone()))
        .fallback(not_found)
        .with_state(state);
    protection::apply(pages, config)
}

/// Pages for developers only: never in production, the outbox only when
/// mail goes there instead of out, and never behind a proxy (every request
/// would then come from loopback). The page itself also checks that each
/// request comes from this machine.
fn development_pages(config: &Config) -> Router<AppState> {
    if !config.development || config.mail.smtp_url.is_some() || config.trust_forwarded_for {
        return Router::new();
    }
    Router::new().route("/dev/outbox", get(dev_outbox::show))
}

/// The app's routes, found by rendering it once. They are the same for every
/// router in the process, so that happens once. (In the tests, which build
/// a router per test, rendering the app for its routes while other tests
/// render pages made those pages hang now and then.)
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The built CSS, JavaScript and WebAssembly, plus the icon and robots.txt,
/// served with the brotli and gzip files `.ci/lib.sh` writes next to them.
///
/// Not through `leptos_axum::file_and_error_handler`: it serves files inside
/// a reactive owner that can be a child of a page being rendered at the same
/// moment, and then takes that page's response headers (its CSP) for the file.
fn static_files(state: &AppState) -> Router<AppState> {
    let site_root = PathBuf::from(&*state.leptos_options.site_root);
    let pkg_dir = &*state.leptos_options.site_pkg_dir;
    let package = ServeDir::new(site_root.join(pkg_dir))
        .precompressed_br()
        .precompressed_gzip();
    let file = |name: &str| {
        ServeFile::new(site_root.join(name))
            .precompressed_br()
            .precompressed_gzip()
    };
    Router::new()
        // The file names carry no hash: browsers must check for a newer
        // version (a cheap 304) instead of caching blindly.
        .nest_service(
            &format!("/{pkg_dir}"),
            tower::ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::overriding(
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("no-cache"),
                ))
                .service(package),
        )
        .route_service("/favicon.svg", file("favicon.svg"))
        .route_service("/robots.txt", file("robots.txt"))
}

/// Any other address: the app's 404 page, rendered completely on the server.
async fn not_found(State(state): State<AppState>, request: Request) -> Response {
    let leptos_options = state.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || provide_context(state.clone()),
        move || shell(leptos_options.clone()),
    );
    let mut response = render(request).await.into_response();
    if response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::NOT_FOUND;
    }
    response
}
