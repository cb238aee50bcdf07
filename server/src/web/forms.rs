//! What every form post shares, for the account forms, the intake and the
//! review queue (see `app::forms` for the pattern): read the post keeping
//! the request's head, draw the same page again with the form's state when
//! there are problems, or redirect (303) when it worked.

use app::shell;
use app::state::AppState;
use axum::body::Body;
use axum::extract::{FromRequest, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;

/// Draws the page at the request's address with `form` in its context.
pub async fn page_with<T>(state: &AppState, parts: Parts, form: T) -> Response
where
    T: Clone + Send + Sync + 'static,
{
    let leptos_options = state.leptos_options.clone();
    let state = state.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            provide_context(form.clone());
        },
        move || shell(leptos_options.clone()),
    );
    render(Request::from_parts(parts, Body::empty()))
        .await
        .into_response()
}

/// Reads a form post, keeping the request's head to draw the page again.
pub async fn read_form<T: serde::de::DeserializeOwned>(
    request: Request,
    state: &AppState,
) -> Result<(Parts, T), Response> {
    let (parts, body) = request.into_parts();
    let again = Request::from_parts(parts.clone(), body);
    match axum::Form::<T>::from_request(again, state).await {
        Ok(axum::Form(form)) => Ok((parts, form)),
        Err(rejection) => Err(rejection.into_response()),
    }
}

pub fn see_other(location: &str, cookie: Option<String>) -> Response {
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
    if let Some(cookie) = cookie.and_then(|cookie| HeaderValue::from_str(&cookie).ok()) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

pub fn trouble(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "a form post failed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// A post as (name, value) pairs: lists of ticked boxes repeat a name.
pub type Pairs = Vec<(String, String)>;

/// The first value posted under `name`, or empty.
pub fn value<'a>(pairs: &'a Pairs, name: &str) -> &'a str {
    app::forms::posted_value(pairs, name)
}

/// A form post by a signed-in user who may do what `role` may: the
/// request's head, what was posted, and who posted it. Anyone else gets
/// the refusal page (403).
pub async fn read_signed_in_post(
    state: &AppState,
    request: Request,
    role: app::accounts::Role,
) -> Result<(Parts, Pairs, app::accounts::sessions::SignedIn), Response> {
    let (parts, pairs) = read_form::<Pairs>(request, state).await?;
    let user = super::accounts::signed_in_with(state, &parts.headers, role).await?;
    Ok((parts, pairs, user))
}

/// The page of a form posted with problems, drawn again with what was
/// typed and each problem at its field (`app::dashboard::posted`).
pub async fn page_with_problems(
    state: &AppState,
    parts: Parts,
    form: &str,
    pairs: Pairs,
    problems: app::dashboard::posted::Problems,
) -> Response {
    let posted = app::dashboard::posted::PostedForm {
        form: form.to_owned(),
        pairs,
        problems,
    };
    page_with(state, parts, posted).await
}
