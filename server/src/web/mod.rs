//! The HTTP side: the axum router with the Leptos app, the routes that are
//! not Leptos pages, and the middleware every request passes through.

mod health;
mod language;
mod plain_page;
mod protection;

use app::state::AppState;
use app::{App, shell};
use axum::Router;
use axum::routing::{get, post};
use leptos_axum::{LeptosRoutes, generate_route_list};

use crate::config::Config;

/// The whole web app, ready to serve. Tests call this too, so they exercise
/// exactly what production runs.
pub fn router(state: AppState, config: &Config) -> Router {
    let routes = generate_route_list(App);
    let leptos_options = state.leptos_options.clone();
    let pages = Router::new()
        .route("/healthz", get(health::check))
        .route("/taal", post(language::switch))
        .leptos_routes(&state, routes, move || shell(leptos_options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .with_state(state);
    protection::apply(pages, config)
}
