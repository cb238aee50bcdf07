//! Open data: the published initiatives in the Open Referral Human Services
//! Data Specification (HSDS) 3.0, so that other directories and referral
//! tools can reuse the sociale kaart.
//!
//! - `GET /api/hsds` — which HSDS version this is.
//! - `GET /api/hsds/organizations?page=1&per_page=50` — a page of initiatives.
//! - `GET /api/hsds/organizations/{id}` — one initiative by its public UUID.
//!
//! Only what the initiative made public leaves the server: its description,
//! areas, target groups, themes, languages, meeting place and the one
//! contact channel it chose.

mod export;
mod format;

pub use export::{Paging, organization, organizations_page};

use app::state::AppState;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use serde_json::json;
use tower_http::set_header::SetResponseHeaderLayer;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/hsds", get(about))
        .route("/api/hsds/organizations", get(list))
        .route("/api/hsds/organizations/{id}", get(one))
        // Open data: any web page may read it.
        .layer(SetResponseHeaderLayer::overriding(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        ))
}

/// A JSON error with a message a developer can act on.
fn problem(status: StatusCode, message: &str) -> Response {
    (status, axum::Json(json!({ "error": message }))).into_response()
}

fn database_trouble(error: sea_orm::DbErr) -> Response {
    tracing::error!(%error, "HSDS export failed");
    problem(
        StatusCode::INTERNAL_SERVER_ERROR,
        "The export failed on our side. Try again later.",
    )
}

async fn about() -> Response {
    axum::Json(json!({
        "version": "3.0",
        "profile": "https://openreferral.org/",
        "organizations": "/api/hsds/organizations",
    }))
    .into_response()
}

/// The paging parameters as typed; parsed by hand so that a wrong value
/// gets a clear message instead of axum's generic rejection.
#[derive(Deserialize)]
struct ListParams {
    page: Option<String>,
    per_page: Option<String>,
}

fn parse_paging(params: &ListParams) -> Result<Paging, String> {
    let number = |name: &str, value: &Option<String>, default: u64, max: u64| match value {
        None => Ok(default),
        Some(text) => match text.trim().parse::<u64>() {
            Ok(number) if (1..=max).contains(&number) => Ok(number),
            _ => Err(format!("`{name}` must be a whole number from 1 to {max}.")),
        },
    };
    Ok(Paging {
        page: number("page", &params.page, 1, u64::from(u32::MAX))?,
        per_page: number(
            "per_page",
            &params.per_page,
            Paging::DEFAULT_PER_PAGE,
            Paging::MAX_PER_PAGE,
        )?,
    })
}

async fn list(State(state): State<AppState>, Query(params): Query<ListParams>) -> Response {
    let paging = match parse_paging(&params) {
        Ok(paging) => paging,
        Err(message) => return problem(StatusCode::BAD_REQUEST, &message),
    };
    let site = export::Site {
        public_url: &state.settings.public_url,
    };
    match organizations_page(&state.db, &site, paging).await {
        Ok(page) => axum::Json(page).into_response(),
        Err(error) => database_trouble(error),
    }
}

async fn one(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let not_found = || {
        problem(
            StatusCode::NOT_FOUND,
            "No published initiative has this id.",
        )
    };
    let Ok(public_id) = uuid::Uuid::parse_str(&id) else {
        return not_found();
    };
    let site = export::Site {
        public_url: &state.settings.public_url,
    };
    match organization(&state.db, &site, &public_id).await {
        Ok(Some(organization)) => axum::Json(organization).into_response(),
        Ok(None) => not_found(),
        Err(error) => database_trouble(error),
    }
}
