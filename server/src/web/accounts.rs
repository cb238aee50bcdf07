//! The posts of the account forms: sign in (and its two-factor step), sign
//! out, forgot and set a password, two-factor settings, and the admin's
//! invitations and privacy requests.
//!
//! Plain form posts, so they work without JavaScript. A post with problems
//! gets the same page back, drawn by the app with the problems next to the
//! fields and the e-mail address as typed (passwords are never sent back).
//! A successful post redirects (303), so reloading never posts twice.

use app::accounts::forms::{
    CodeProblem, EmailProblem, ForgotPasswordForm, InviteForm, PrivacyRequestForm,
    PrivacyRequestKind, PrivacyRequestProblem, SecondFactorForm, SetPasswordForm,
    SetPasswordProblem, SignInForm, SignInProblem, TwoFactorForm,
};
use app::accounts::invitations::{
    Invitation, InviteError, invite, mail_new_link, request_password_reset,
};
use app::accounts::links::{LinkError, link_user, set_password_with_link};
use app::accounts::pages::{SESSION_COOKIE_LOCAL, SESSION_COOKIE_SECURE, session_token_in};
use app::accounts::password::{PasswordProblem, check_new_password};
use app::accounts::personal_data::{self, PrivacyRequestError};
use app::accounts::sessions::SignedIn;
use app::accounts::sign_in::{SecondFactorError, SignInError, complete_second_factor, sign_in};
use app::accounts::users::{AccountChange, ChangeAccountError, change_account, looks_like_email};
use app::accounts::{Role, audit, sessions, two_factor};
use app::state::AppState;
use axum::extract::{Extension, Path, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::EntityTrait;
use serde::Deserialize;

use super::client_address::ClientAddress;
use super::forms::{page_with, read_form, see_other, trouble};
use super::plain_page::{locale_of, plain_page};
use super::protection::CookiePolicy;

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
    let ip = ClientAddress::of(&request);
    let (parts, fields) = match read_form::<SignInFields>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let now = chrono::Utc::now();
    let email = typed_email(&fields.email);
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
                let next = if signed_in.needs_second_factor {
                    "/inloggen/code"
                } else {
                    "/professionals"
                };
                return see_other(next, Some(session_cookie(cookies, &signed_in.token)));
            }
            Err(SignInError::NotRecognised) => problems.push(SignInProblem::NotRecognised),
            Err(SignInError::TooManyTries(until)) => {
                problems.push(SignInProblem::TooManyTries {
                    minutes: minutes_until(until, now),
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
        "/professionals?melding=uitgelogd",
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
            Ok(_) => return see_other("/inloggen?melding=wachtwoord", None),
            Err(LinkError::NotValid | LinkError::Password(_)) => {}
            Err(LinkError::Database(error)) => return trouble(error),
        }
    }
    page_with(&state, parts, SetPasswordForm { problems }).await
}

/// Whole minutes from `now` until `until`, at least 1.
fn minutes_until(until: chrono::DateTime<chrono::Utc>, now: chrono::DateTime<chrono::Utc>) -> i64 {
    let seconds = (until - now).num_seconds().max(1);
    (seconds + 59) / 60
}

#[derive(Deserialize)]
pub struct CodeFields {
    #[serde(default)]
    code: String,
    #[serde(default)]
    actie: String,
}

/// `POST /inloggen/code`: the two-factor step of signing in.
pub async fn second_factor_post(
    State(state): State<AppState>,
    Extension(cookies): Extension<CookiePolicy>,
    request: Request,
) -> Response {
    let ip = ClientAddress::of(&request);
    let (parts, fields) = match read_form::<CodeFields>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let now = chrono::Utc::now();
    let Some(token) = session_token_in(&parts.headers) else {
        // The page explains that the user must sign in again.
        return page_with(&state, parts, SecondFactorForm::default()).await;
    };
    let code = fields.code.trim();
    let problem = if code.is_empty() {
        CodeProblem::Missing
    } else {
        match complete_second_factor(&state.db, &token, code, ip, now).await {
            Ok(signed_in) => {
                return see_other(
                    "/professionals",
                    Some(session_cookie(cookies, &signed_in.token)),
                );
            }
            Err(SecondFactorError::WrongCode) => CodeProblem::Wrong,
            Err(SecondFactorError::TooManyTries(until)) => CodeProblem::TooManyTries {
                minutes: minutes_until(until, now),
            },
            Err(SecondFactorError::StepExpired) => {
                return page_with(&state, parts, SecondFactorForm::default()).await;
            }
            Err(SecondFactorError::Database(error)) => return trouble(error),
        }
    };
    let form = SecondFactorForm {
        problem: Some(problem),
    };
    page_with(&state, parts, form).await
}

#[derive(Deserialize)]
pub struct EmailFields {
    #[serde(default)]
    email: String,
}

/// An e-mail address as typed, trimmed and not longer than any address.
pub(super) fn typed_email(raw: &str) -> String {
    raw.trim().chars().take(254).collect()
}

pub(super) fn email_problem(email: &str) -> Option<EmailProblem> {
    if email.is_empty() {
        Some(EmailProblem::Missing)
    } else if !looks_like_email(email) {
        Some(EmailProblem::Invalid)
    } else {
        None
    }
}

/// `POST /wachtwoord-vergeten`. The answer is the same whether the address
/// has an account or not.
pub async fn forgot_password_post(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = match read_form::<EmailFields>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let email = typed_email(&fields.email);
    if let Some(problem) = email_problem(&email) {
        let form = ForgotPasswordForm {
            email,
            problem: Some(problem),
        };
        return page_with(&state, parts, form).await;
    }
    let texts = locale_of(&parts.headers).account_texts();
    let requested = request_password_reset(
        &state.db,
        &email,
        &state.settings.public_url,
        texts,
        chrono::Utc::now(),
    )
    .await;
    match requested {
        Ok(()) => see_other("/wachtwoord-vergeten?melding=verstuurd", None),
        Err(error) => trouble(error),
    }
}

/// The signed-in user of a request with at least `role`, or the 403 page.
pub(crate) async fn signed_in_with(
    state: &AppState,
    headers: &HeaderMap,
    role: Role,
) -> Result<SignedIn, Response> {
    signed_in_account_with(state, headers, role)
        .await
        .map(|(signed_in, _)| signed_in)
}

/// [`signed_in_with`], with the user's own account row.
pub(super) async fn signed_in_account_with(
    state: &AppState,
    headers: &HeaderMap,
    role: Role,
) -> Result<(SignedIn, entity::app_user::Model), Response> {
    let found = match session_token_in(headers) {
        Some(token) => sessions::find_with_account(&state.db, &token, chrono::Utc::now()).await,
        None => Ok(None),
    };
    match found {
        Ok(Some((user, account))) if user.has_role(role) => Ok((user, account)),
        Ok(_) => Err(plain_page(
            StatusCode::FORBIDDEN,
            locale_of(headers),
            |t| t.forbidden_title,
            |t| t.forbidden_body,
        )),
        Err(error) => Err(trouble(error)),
    }
}

/// `POST /account/tweestapsverificatie` with `actie` `start` (make a
/// secret), `bevestig` (the first code turns it on) or `uit` (turn off).
pub async fn two_factor_post(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = match read_form::<CodeFields>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let (user, account) =
        match signed_in_account_with(&state, &parts.headers, Role::Professional).await {
            Ok(found) => found,
            Err(response) => return response,
        };
    let now = chrono::Utc::now();
    let code = fields.code.trim();
    let problem = match fields.actie.as_str() {
        "start" => {
            return match two_factor::start_enrolment(&state.db, account, now).await {
                Ok(()) => see_other("/account/tweestapsverificatie", None),
                Err(error) => trouble(error),
            };
        }
        "bevestig" if code.is_empty() => CodeProblem::Missing,
        "bevestig" => match two_factor::confirm_enrolment(&state.db, account, code, now).await {
            // Shown once, on this answer; never in an address.
            Ok(Some(recovery_codes)) => {
                let form = TwoFactorForm {
                    problem: None,
                    recovery_codes,
                };
                return page_with(&state, parts, form).await;
            }
            Ok(None) => CodeProblem::Wrong,
            Err(error) => return trouble(error),
        },
        "uit" if code.is_empty() => CodeProblem::Missing,
        "uit" => match two_factor::check_second_factor(&state.db, &account, code, now).await {
            Ok(Some(_)) => {
                return match two_factor::disable(&state.db, account, user.user_id, now).await {
                    Ok(()) => {
                        see_other("/account/tweestapsverificatie?melding=tweestaps-uit", None)
                    }
                    Err(error) => trouble(error),
                };
            }
            Ok(None) => CodeProblem::Wrong,
            Err(error) => return trouble(error),
        },
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    let form = TwoFactorForm {
        problem: Some(problem),
        recovery_codes: Vec::new(),
    };
    page_with(&state, parts, form).await
}

#[derive(Deserialize)]
pub struct InviteFields {
    #[serde(default)]
    email: String,
    #[serde(default)]
    naam: String,
    #[serde(default)]
    organisatie: String,
    #[serde(default)]
    rol: String,
}

/// `POST /beheer/accounts`: an admin invites someone.
pub async fn invite_post(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = match read_form::<InviteFields>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let admin = match signed_in_with(&state, &parts.headers, Role::Admin).await {
        Ok(admin) => admin,
        Err(response) => return response,
    };
    let Some(role) = Role::from_code(&fields.rol) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let email = typed_email(&fields.email);
    let name: String = fields.naam.trim().to_owned();
    let texts = locale_of(&parts.headers).account_texts();
    let invitation = Invitation {
        email: &email,
        name: &name,
        organisation: &fields.organisatie,
        role,
    };
    let invited = invite(
        &state.db,
        invitation,
        admin.user_id,
        &state.settings.public_url,
        texts,
        chrono::Utc::now(),
    )
    .await;
    match invited {
        Ok(()) => see_other("/beheer/accounts?melding=uitgenodigd", None),
        Err(InviteError::Problems(problems)) => {
            let form = InviteForm {
                email,
                name,
                organisation: fields.organisatie,
                role: fields.rol,
                problems,
            };
            page_with(&state, parts, form).await
        }
        Err(InviteError::Database(error)) => trouble(error),
    }
}

/// `POST /beheer/privacy` with `actie` `downloaden` (everything about an
/// address, as a JSON download) or `wissen` (erase it).
pub async fn privacy_post(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = match read_form::<PrivacyFields>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let admin = match signed_in_with(&state, &parts.headers, Role::Admin).await {
        Ok(admin) => admin,
        Err(response) => return response,
    };
    let kind = match fields.actie.as_str() {
        "downloaden" => PrivacyRequestKind::Export,
        "wissen" => PrivacyRequestKind::Erase,
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    let email = typed_email(&fields.email);
    let mut problems: Vec<PrivacyRequestProblem> = email_problem(&email)
        .map(PrivacyRequestProblem::Email)
        .into_iter()
        .collect();
    if kind == PrivacyRequestKind::Erase && fields.bevestig != "ja" {
        problems.push(PrivacyRequestProblem::ConfirmationMissing);
    }
    let now = chrono::Utc::now();
    if problems.is_empty() {
        match kind {
            PrivacyRequestKind::Export => {
                let outbox = &state.settings.outbox;
                return match personal_data::export(&state.db, outbox, &email, admin.user_id, now)
                    .await
                {
                    Ok(export) => json_download(&export, now),
                    Err(error) => trouble(error),
                };
            }
            PrivacyRequestKind::Erase => {
                let outbox = &state.settings.outbox;
                match personal_data::erase(&state.db, outbox, &email, admin.user_id, now).await {
                    Ok(_) => return see_other("/beheer/privacy?melding=gewist", None),
                    Err(PrivacyRequestError::OwnAccount) => {
                        problems.push(PrivacyRequestProblem::OwnAccount);
                    }
                    Err(error) => return trouble(error),
                }
            }
        }
    }
    let form = PrivacyRequestForm {
        kind,
        email,
        problems,
    };
    page_with(&state, parts, form).await
}

#[derive(Deserialize)]
pub struct PrivacyFields {
    #[serde(default)]
    actie: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    bevestig: String,
}

/// A JSON file to save, never kept in a cache.
fn json_download(value: &impl serde::Serialize, now: chrono::DateTime<chrono::Utc>) -> Response {
    let body = serde_json::to_vec_pretty(value).unwrap_or_default();
    let file_name = format!("persoonsgegevens-{}.json", now.format("%Y%m%d-%H%M%S"));
    (
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

#[derive(Deserialize)]
pub struct AccountActionFields {
    #[serde(default)]
    actie: String,
    #[serde(default)]
    rol: String,
}

/// `POST /beheer/accounts/{number}`: an admin changes someone's account
/// (`actie` `rol`, `uitzetten`, `aanzetten`, `link` or `tweestaps-uit`).
/// The page only offers these for other people's accounts.
pub async fn account_action_post(
    State(state): State<AppState>,
    Path(user_id): Path<i32>,
    request: Request,
) -> Response {
    let (parts, fields) = match read_form::<AccountActionFields>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let admin = match signed_in_with(&state, &parts.headers, Role::Admin).await {
        Ok(admin) => admin,
        Err(response) => return response,
    };
    let now = chrono::Utc::now();
    let change = match fields.actie.as_str() {
        "rol" => match Role::from_code(&fields.rol) {
            Some(role) => Some((AccountChange::Role(role), "rol")),
            None => return StatusCode::BAD_REQUEST.into_response(),
        },
        "uitzetten" => Some((AccountChange::Disable, "uitgezet")),
        "aanzetten" => Some((AccountChange::Enable, "aangezet")),
        "link" | "tweestaps-uit" if user_id == admin.user_id => {
            return StatusCode::BAD_REQUEST.into_response();
        }
        "link" => None,
        "tweestaps-uit" => {
            let account = match entity::app_user::Entity::find_by_id(user_id)
                .one(&state.db)
                .await
            {
                Ok(Some(account)) => account,
                Ok(None) => return StatusCode::NOT_FOUND.into_response(),
                Err(error) => return trouble(error),
            };
            return match two_factor::disable(&state.db, account, admin.user_id, now).await {
                Ok(()) => see_other(
                    &format!("/beheer/accounts/{user_id}?melding=tweestaps-hersteld"),
                    None,
                ),
                Err(error) => trouble(error),
            };
        }
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    let notice = match change {
        Some((change, notice)) => {
            match change_account(&state.db, admin.user_id, user_id, change, now).await {
                Ok(()) => notice,
                Err(ChangeAccountError::OwnAccount) => {
                    return StatusCode::BAD_REQUEST.into_response();
                }
                Err(ChangeAccountError::NotFound) => return StatusCode::NOT_FOUND.into_response(),
                Err(ChangeAccountError::Database(error)) => return trouble(error),
            }
        }
        None => {
            let texts = locale_of(&parts.headers).account_texts();
            let public_url = &state.settings.public_url;
            match mail_new_link(&state.db, user_id, admin.user_id, public_url, texts, now).await {
                Ok(true) => "link",
                Ok(false) => return StatusCode::NOT_FOUND.into_response(),
                Err(error) => return trouble(error),
            }
        }
    };
    see_other(
        &format!("/beheer/accounts/{user_id}?melding={notice}"),
        None,
    )
}
