//! The account pages: signing in (with the two-factor step), forgot and set
//! password, `/professionals`, two-factor settings, and the admin's pages
//! for accounts, the audit log and privacy requests.
//!
//! The forms are plain HTML forms that post to the server (see
//! `server/src/web/accounts.rs`), so they work without JavaScript. When a
//! post has problems, the server draws the same page again with the
//! problems and what was typed (never a password); those reach the page as
//! a form state from [`super::forms`] in the request's context.
//!
//! Nothing on these pages needs code in the browser, so they are drawn on
//! the server only ([`DrawnHtml`]), and one small component, [`AccountPage`],
//! serves all of them: the browser bundle stays small.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

use crate::api_codec::{DrawnHtml, JsonText};
use crate::errors::AppError;
use crate::i18n::{Messages, use_i18n};
use crate::ui::{Drawn, MainHeading};

/// The session cookie over HTTPS: `__Host-` makes the browser keep it to
/// this exact site, over HTTPS, for every path.
pub const SESSION_COOKIE_SECURE: &str = "__Host-sessie";
/// The session cookie on plain-HTTP localhost (development, tests), where
/// browsers refuse `__Host-` cookies.
pub const SESSION_COOKIE_LOCAL: &str = "sessie";

/// The session token in a `Cookie` header, under either name.
pub fn session_token(cookie_header: &str) -> Option<&str> {
    cookie_header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE_SECURE || *name == SESSION_COOKIE_LOCAL)
        .map(|(_, value)| value)
        .filter(|value| !value.is_empty())
}

/// The session token in a request's headers, if it has one.
#[cfg(feature = "ssr")]
pub fn session_token_in(headers: &http::HeaderMap) -> Option<String> {
    headers
        .get(http::header::COOKIE)
        .and_then(|value| value.to_str().ok())
        .and_then(session_token)
        .map(str::to_owned)
}

/// The user signed in with the current request, if any, with their account.
#[cfg(feature = "ssr")]
async fn signed_in_account()
-> Result<Option<(super::sessions::SignedIn, entity::app_user::Model)>, AppError> {
    let state = crate::state::app_state()?;
    let token =
        use_context::<http::request::Parts>().and_then(|parts| session_token_in(&parts.headers));
    Ok(match token {
        Some(token) => {
            super::sessions::find_with_account(&state.db, &token, chrono::Utc::now()).await?
        }
        None => None,
    })
}

/// The user signed in with the current request, if any.
#[cfg(feature = "ssr")]
async fn signed_in_user() -> Result<Option<super::sessions::SignedIn>, AppError> {
    Ok(signed_in_account().await?.map(|(signed_in, _)| signed_in))
}

/// The signed-in user of the current request, if they have `role` (an
/// admin may do everything a professional may). Every page part and server
/// function that needs a role calls this first; without the role the
/// answer is [`AppError::Forbidden`], which pages show as a friendly 403.
#[cfg(feature = "ssr")]
pub async fn require_role(role: super::Role) -> Result<super::sessions::SignedIn, AppError> {
    require_account(role).await.map(|(signed_in, _)| signed_in)
}

/// [`require_role`], with the user's own account row.
#[cfg(feature = "ssr")]
async fn require_account(
    role: super::Role,
) -> Result<(super::sessions::SignedIn, entity::app_user::Model), AppError> {
    match signed_in_account().await? {
        Some((user, account)) if user.has_role(role) => Ok((user, account)),
        _ => {
            // The answer of a server function, too, is then a real 403.
            crate::errors::set_page_status(403);
            Err(AppError::Forbidden)
        }
    }
}

/// Which account page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountPart {
    /// `/inloggen`
    SignIn,
    /// `/inloggen/code`: the two-factor step.
    SecondFactor,
    /// `/wachtwoord-vergeten`
    ForgotPassword,
    /// `/wachtwoord-instellen/{token}`: the form of a link, or why the
    /// link does not work.
    SetPassword,
    /// `/professionals`: who is signed in and what they can do, or how to
    /// sign in.
    Professionals,
    /// `/account/tweestapsverificatie` (signed in).
    TwoFactor,
    /// `/beheer/accounts` (admins): invite, and every account.
    AdminAccounts,
    /// `/beheer/accounts/{number}` (admins): one account; change its role,
    /// switch it off or on, send a new link.
    AdminAccount,
    /// `/beheer/logboek` (admins): the audit log.
    AuditLog,
    /// `/beheer/privacy` (admins): download or erase someone's data.
    PrivacyRequests,
}

impl AccountPart {
    pub fn title(self, t: &Messages) -> &'static str {
        match self {
            AccountPart::SignIn => t.sign_in_title,
            AccountPart::SecondFactor => t.second_factor_title,
            AccountPart::ForgotPassword => t.forgot_password_title,
            AccountPart::SetPassword => t.set_password_title,
            AccountPart::Professionals => t.professionals_title,
            AccountPart::TwoFactor => t.two_factor_title,
            AccountPart::AdminAccounts => t.admin_accounts_title,
            AccountPart::AdminAccount => t.admin_account_title,
            AccountPart::AuditLog => t.audit_log_title,
            AccountPart::PrivacyRequests => t.privacy_requests_title,
        }
    }
}

/// The message after a successful post, from the `melding` the server
/// redirected with.
#[cfg(feature = "ssr")]
fn notice_for(code: &str) -> Option<&'static str> {
    let t = use_i18n();
    let texts = super::texts::use_account_texts();
    Some(match code {
        "wachtwoord" => t.password_is_set,
        "uitgelogd" => t.signed_out,
        "verstuurd" => texts.reset_link_sent,
        "uitgenodigd" => texts.invitation_sent,
        "tweestaps-uit" => texts.two_factor_turned_off,
        "gewist" => texts.erased,
        "rol" => texts.role_changed,
        "link" => texts.link_sent,
        "uitgezet" => texts.account_disabled,
        "aangezet" => texts.account_enabled,
        "tweestaps-hersteld" => texts.two_factor_reset,
        _ => return None,
    })
}

/// One server function for every account page: each costs the browser
/// bundle code of its own. `key` is the last part of the address (a link's
/// token, an account's number), `notice` its `melding`, `page` the page of
/// the audit log.
#[server(prefix = "/api", endpoint = "account", input = GetUrl, output = JsonText)]
pub async fn draw_account_part(
    part: AccountPart,
    key: String,
    notice: String,
    page: u32,
) -> Result<DrawnHtml, AppError> {
    use leptos::tachys::view::RenderHtml;
    let notice = view! { <crate::forms::fields::Notice text=notice_for(&notice)/> }.to_html();
    let body = draw_part(part, key, page).await?;
    Ok(DrawnHtml {
        title: String::new(),
        html: notice + &body,
    })
}

#[cfg(feature = "ssr")]
async fn draw_part(part: AccountPart, key: String, page: u32) -> Result<String, AppError> {
    use leptos::tachys::view::RenderHtml;

    use super::admin_views::{AccountAdminView, AccountsAdminView, PrivacyRequestsView};
    use super::audit::{self, AuditAction};
    use super::audit_log_view::{AuditLogView, log_page};
    use super::forms::*;
    use super::sign_in_views::{
        ForgotPasswordView, SecondFactorView, SetPasswordFormView, SignInFormView,
    };
    use super::texts::use_account_texts;
    use super::two_factor_views::TwoFactorSettingsView;

    let t = use_i18n();
    let texts = use_account_texts();
    let state = crate::state::app_state()?;
    let now = chrono::Utc::now();
    Ok(match part {
        AccountPart::SignIn => {
            let form = use_context::<SignInForm>().unwrap_or_default();
            view! { <SignInFormView form/> }.to_html()
        }
        AccountPart::SecondFactor => {
            let token = use_context::<http::request::Parts>()
                .and_then(|parts| session_token_in(&parts.headers));
            let waiting = match token {
                Some(token) => super::sessions::find_awaiting_second_factor(&state.db, &token, now)
                    .await?
                    .is_some(),
                None => false,
            };
            let form = use_context::<SecondFactorForm>().unwrap_or_default();
            view! { <SecondFactorView waiting form/> }.to_html()
        }
        AccountPart::ForgotPassword => {
            let form = use_context::<ForgotPasswordForm>().unwrap_or_default();
            view! { <ForgotPasswordView form/> }.to_html()
        }
        AccountPart::SetPassword => {
            let form = use_context::<SetPasswordForm>().unwrap_or_default();
            let email = match super::links::link_user(&state.db, &key, now).await {
                Ok(user) => Some(user.email),
                Err(super::links::LinkError::Database(error)) => return Err(error.into()),
                Err(_) => None,
            };
            view! { <SetPasswordFormView token=key email form/> }.to_html()
        }
        AccountPart::Professionals => match signed_in_user().await? {
            Some(user) => {
                let is_admin = user.role == super::Role::Admin;
                view! {
                    <p class="lead">{(t.signed_in_as)(&user.display_name)}</p>
                    <p class="notice">{t.professionals_not_yet}</p>
                    <ul class="link-list">
                        <li><a href="/dashboard">{crate::i18n::current_locale().dashboard_texts().link}</a></li>
                        <li><a href="/beheer/aanmeldingen">{crate::intake::texts::use_intake_texts().review_link}</a></li>
                        <li><a href="/account/tweestapsverificatie">{texts.two_factor_link}</a></li>
                        {is_admin.then(|| view! {
                            <li><a href="/beheer/accounts">{t.manage_accounts}</a></li>
                            <li><a href="/beheer/logboek">{texts.audit_log_link}</a></li>
                            <li><a href="/beheer/privacy">{texts.privacy_requests_link}</a></li>
                            <li><a href="/beheer/wijken">{crate::areas::texts::use_wijk_texts().admin_link}</a></li>
                            <li><a href="/beheer/organisaties">{crate::areas::texts::use_wijk_texts().organisations_link}</a></li>
                        })}
                    </ul>
                    <form method="post" action="/uitloggen">
                        <button class="button" type="submit">{t.sign_out_button}</button>
                    </form>
                }
                .to_html()
            }
            None => view! {
                <p class="lead">{t.professionals_intro}</p>
                <p><a class="button-link" href="/inloggen">{t.sign_in_title}</a></p>
            }
            .to_html(),
        },
        AccountPart::TwoFactor => {
            let (_, user) = require_account(super::Role::Professional).await?;
            let form = use_context::<TwoFactorForm>().unwrap_or_default();
            view! { <TwoFactorSettingsView user form/> }.to_html()
        }
        AccountPart::AdminAccounts => {
            let admin = require_role(super::Role::Admin).await?;
            let accounts = super::users::all_accounts(&state.db).await?;
            let organisations = super::users::organisation_choices(&state.db).await?;
            audit::record(
                &state.db,
                now,
                Some(admin.user_id),
                AuditAction::AccountsViewed,
                "accounts",
                &format!("{} accounts", accounts.len()),
            )
            .await?;
            let form = use_context::<InviteForm>().unwrap_or_default();
            view! { <AccountsAdminView accounts organisations form/> }.to_html()
        }
        AccountPart::AdminAccount => {
            let admin = require_role(super::Role::Admin).await?;
            let Some(account) = super::users::account_details(&state.db, &key).await? else {
                crate::errors::set_page_status(404);
                return Err(AppError::NotFound);
            };
            audit::record(
                &state.db,
                now,
                Some(admin.user_id),
                AuditAction::AccountViewed,
                &audit::user_subject(account.user.id),
                "",
            )
            .await?;
            let own = account.user.id == admin.user_id;
            view! { <AccountAdminView account own/> }.to_html()
        }
        AccountPart::AuditLog => {
            let admin = require_role(super::Role::Admin).await?;
            let log = log_page(&state.db, u64::from(page.max(1))).await?;
            audit::record(
                &state.db,
                now,
                Some(admin.user_id),
                AuditAction::AuditLogViewed,
                "audit log",
                &format!("page {}", log.page),
            )
            .await?;
            view! { <AuditLogView log/> }.to_html()
        }
        AccountPart::PrivacyRequests => {
            require_role(super::Role::Admin).await?;
            let erasures = super::personal_data::erasures(&state.db).await?;
            let form = use_context::<PrivacyRequestForm>().unwrap_or_default();
            view! { <PrivacyRequestsView form erasures/> }.to_html()
        }
    })
}

/// Every account page: its title as heading, and its part drawn on the
/// server.
#[component]
pub fn AccountPage(part: AccountPart) -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let drawn = Resource::new(
        move || {
            let query = query.read();
            (
                params.read().get("key").unwrap_or_default(),
                query.get("melding").unwrap_or_default(),
                query
                    .get("pagina")
                    .and_then(|page| page.parse().ok())
                    .unwrap_or(1),
            )
        },
        move |(key, notice, page)| draw_account_part(part, key, notice, page),
    );
    let title = part.title(t);
    view! {
        <Title text=title/>
        <MainHeading>{title}</MainHeading>
        <Drawn part=drawn/>
    }
}
