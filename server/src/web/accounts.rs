//! The posts of the account forms: sign in, sign out, set a password.
//!
//! Plain form posts, so they work without JavaScript. A post with problems
//! gets the same page back, drawn by the app with the problems next to the
//! fields and the e-mail address as typed (passwords are never sent back).
//! A successful post redirects (303), so reloading never posts twice.

use std::net::SocketAddr;

use app::accounts::links::{LinkError, link_user, set_password_with_link};
use app::accounts::pages::{
    SESSION_COOKIE_LOCAL, SESSION_COOKIE_SECURE, SetPasswordForm, SetPasswordProblem, SignInForm,
    SignInProblem, session_token_in,
};
use app::accounts::password::{PasswordProblem, check_new_password};
use app::accounts::sign_in::{SignInError, sign_in};
use app::accounts::{audit, sessions};
use app::shell;
use app::state::AppState;
use axum::body::Body;
use axum::extract::{ConnectInfo, Extension, FromRequest, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;
use serde::Deserialize;

use super::protection::CookiePolicy;

/// Draws the page at the request's address with `form` in its context.
async fn page_with<T>(state: &AppState, parts: Parts, form: T) -> Response
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
async fn read_form<T: serde::de::DeserializeOwned>(
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

fn see_other(location: &'static str, cookie: Option<String>) -> Response {
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
    if let Some(cookie) = cookie.and_then(|cookie| HeaderValue::from_str(&cookie).ok()) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

fn trouble(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "account form failed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// The session cookie for a new session. No Max-Age: the browser forgets it
/// when it closes; the server ends it after 12 hours in any case.
fn session_cookie(cookies: CookiePolicy, token: &str) -> String {
    if cookies.secure {
        format!("{SESSION_COOKIE_SECURE}={token}; Path=/; HttpOnly; Secure; SameSite=Lax")
    } else {
        format!("{SESSION_COOKIE_LOCAL}={token}; Path=/; HttpOnly; SameSite=Lax")
    }
}

fn clear_session_cookie(cookies: CookiePolicy) -> String {
    if cookies.secure {
        format!("{SESSION_COOKIE_SECURE}=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0")
    } else {
        format!("{SESSION_COOKIE_LOCAL}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0")
    }
}

#[derive(Deserialize)]
pub struct SignInFields {
    #[serde(default)]
    email: String,
    #[serde(default)]
    wachtwoord: String,
}

/// `POST /inloggen`
pub async fn sign_in_post(
    State(state): State<AppState>,
    Extension(cookies): Extension<CookiePolicy>,
    request: Request,
) -> Response {
    // Present when the server runs with connect info (not in tests).
    let ip = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(address)| address.ip());
    let (parts, fields) = match read_form::<SignInFields>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let now = chrono::Utc::now();
    let email: String = fields.email.trim().chars().take(254).collect();
    let mut problems = Vec::new();
    if email.is_empty() {
        problems.push(SignInProblem::EmailMissing);
    }
    if fields.wachtwoord.is_empty() {
        problems.push(SignInProblem::PasswordMissing);
    }
    if problems.is_empty() {
        match sign_in(&state.db, &email, &fields.wachtwoord, ip, now).await {
            Ok(signed_in) => {
                // A new session at every sign-in; one the browser still
                // had is ended, so an old token never lives on.
                if let Some(old) = session_token_in(&parts.headers)
                    && let Err(error) = sessions::end(&state.db, &old).await
                {
                    return trouble(error);
                }
                return see_other(
                    "/professionals",
                    Some(session_cookie(cookies, &signed_in.token)),
                );
            }
            Err(SignInError::NotRecognised) => problems.push(SignInProblem::NotRecognised),
            Err(SignInError::TooManyTries(until)) => {
                let seconds = (until - now).num_seconds().max(1);
                problems.push(SignInProblem::TooManyTries {
                    minutes: (seconds + 59) / 60,
                });
            }
            Err(SignInError::Database(error)) => return trouble(error),
        }
    }
    page_with(&state, parts, SignInForm { email, problems }).await
}

/// `POST /uitloggen`
pub async fn sign_out_post(
    State(state): State<AppState>,
    Extension(cookies): Extension<CookiePolicy>,
    headers: HeaderMap,
) -> Response {
    if let Some(token) = session_token_in(&headers) {
        let now = chrono::Utc::now();
        match sessions::find(&state.db, &token, now).await {
            Ok(Some(user)) => {
                let subject = audit::user_subject(user.user_id);
                let logged = audit::record(
                    &state.db,
                    now,
                    Some(user.user_id),
                    audit::AuditAction::SignOut,
                    &subject,
                    "",
                )
                .await;
                if let Err(error) = logged {
                    return trouble(error);
                }
            }
            Ok(None) => {}
            Err(error) => return trouble(error),
        }
        if let Err(error) = sessions::end(&state.db, &token).await {
            return trouble(error);
        }
    }
    see_other(
        "/professionals?uitgelogd=1",
        Some(clear_session_cookie(cookies)),
    )
}

#[derive(Deserialize)]
pub struct SetPasswordFields {
    #[serde(default)]
    wachtwoord: String,
    #[serde(default)]
    herhaling: String,
}

/// `POST /wachtwoord-instellen/{token}`
pub async fn set_password_post(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, fields) = match read_form::<SetPasswordFields>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let now = chrono::Utc::now();
    let user = match link_user(&state.db, &token, now).await {
        Ok(user) => user,
        // The page explains that the link does not work.
        Err(LinkError::NotValid | LinkError::Password(_)) => {
            return page_with(&state, parts, SetPasswordForm::default()).await;
        }
        Err(LinkError::Database(error)) => return trouble(error),
    };
    let mut problems = Vec::new();
    match check_new_password(&fields.wachtwoord, &user.email) {
        Ok(()) if fields.wachtwoord != fields.herhaling => {
            problems.push(SetPasswordProblem::Differ);
        }
        Ok(()) => {}
        Err(PasswordProblem::TooShort) => problems.push(SetPasswordProblem::TooShort),
        Err(PasswordProblem::TooLong) => problems.push(SetPasswordProblem::TooLong),
        Err(PasswordProblem::LooksLikeEmail) => problems.push(SetPasswordProblem::LooksLikeEmail),
        Err(PasswordProblem::TooCommon) => problems.push(SetPasswordProblem::TooCommon),
    }
    if problems.is_empty() {
        match set_password_with_link(&state.db, &token, &fields.wachtwoord, now).await {
            Ok(_) => return see_other("/inloggen?klaar=wachtwoord", None),
            Err(LinkError::NotValid | LinkError::Password(_)) => {}
            Err(LinkError::Database(error)) => return trouble(error),
        }
    }
    page_with(&state, parts, SetPasswordForm { problems }).await
}
