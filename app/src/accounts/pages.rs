//! The account pages: `/inloggen`, `/wachtwoord-instellen/{token}` and the
//! signed-in state on `/professionals`.
//!
//! The forms are plain HTML forms that post to the server (see
//! `server/src/web/accounts.rs`), so they work without JavaScript. When a
//! post has problems, the server draws the same page again with the
//! problems and what was typed (never a password); those reach the page as
//! a [`SignInForm`] or [`SetPasswordForm`] in the request's context.
//!
//! Nothing in these forms needs code in the browser, so they are drawn on
//! the server only ([`DrawnHtml`]); the browser bundle stays small.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api_codec::{DrawnHtml, JsonText};
use crate::errors::AppError;
#[cfg(feature = "ssr")]
use crate::i18n::Messages;
use crate::i18n::use_i18n;
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

/// Something wrong with a sign-in post.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignInProblem {
    EmailMissing,
    PasswordMissing,
    NotRecognised,
    TooManyTries { minutes: i64 },
}

/// What the sign-in page shows after a post with problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignInForm {
    pub email: String,
    pub problems: Vec<SignInProblem>,
}

/// Something wrong with a new password.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetPasswordProblem {
    TooShort,
    TooLong,
    LooksLikeEmail,
    TooCommon,
    Differ,
}

/// What the set-password page shows after a post with problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SetPasswordForm {
    pub problems: Vec<SetPasswordProblem>,
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

/// The user signed in with the current request, if any.
#[cfg(feature = "ssr")]
async fn signed_in_user() -> Result<Option<super::sessions::SignedIn>, AppError> {
    let state = crate::state::app_state()?;
    let token =
        use_context::<http::request::Parts>().and_then(|parts| session_token_in(&parts.headers));
    Ok(match token {
        Some(token) => super::sessions::find(&state.db, &token, chrono::Utc::now()).await?,
        None => None,
    })
}

/// Which server-drawn part of an account page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AccountPart {
    /// The sign-in form, empty or (after a post with problems) as posted.
    SignInForm,
    /// The set-password form of a link, or why the link does not work.
    SetPasswordForm,
    /// For `/professionals`: who is signed in and a way out, or how to sign in.
    ProfessionalsPanel,
    /// For `/beheer/accounts` (admins only): every account.
    AdminAccounts,
}

/// The signed-in user of the current request, if they have `role` (an
/// admin may do everything a professional may). Every page part and server
/// function that needs a role calls this first; without the role the
/// answer is [`AppError::Forbidden`], which pages show as a friendly 403.
#[cfg(feature = "ssr")]
pub async fn require_role(role: super::Role) -> Result<super::sessions::SignedIn, AppError> {
    match signed_in_user().await? {
        Some(user) if user.role == role || user.role == super::Role::Admin => Ok(user),
        _ => {
            // The answer of a server function, too, is then a real 403.
            crate::errors::set_page_status(403);
            Err(AppError::Forbidden)
        }
    }
}

/// One server function for the three parts: each costs the browser bundle
/// code of its own.
#[server(prefix = "/api", endpoint = "account", input = GetUrl, output = JsonText)]
pub async fn draw_account_part(part: AccountPart, token: String) -> Result<DrawnHtml, AppError> {
    use leptos::tachys::view::RenderHtml;
    let t = use_i18n();
    let html = match part {
        AccountPart::SignInForm => {
            let posted = use_context::<SignInForm>().unwrap_or_default();
            view! { <SignInFormView form=posted/> }.to_html()
        }
        AccountPart::SetPasswordForm => {
            let posted = use_context::<SetPasswordForm>().unwrap_or_default();
            let state = crate::state::app_state()?;
            let email = match super::links::link_user(&state.db, &token, chrono::Utc::now()).await {
                Ok(user) => Some(user.email),
                Err(super::links::LinkError::Database(error)) => return Err(error.into()),
                Err(_) => None,
            };
            view! { <SetPasswordFormView token email form=posted/> }.to_html()
        }
        AccountPart::ProfessionalsPanel => match signed_in_user().await? {
            Some(user) => view! {
                <p class="lead">{(t.signed_in_as)(&user.display_name)}</p>
                <p class="notice">{t.professionals_not_yet}</p>
                {(user.role == super::Role::Admin)
                    .then(|| view! { <p><a href="/beheer/accounts">{t.manage_accounts}</a></p> })}
                <form method="post" action="/uitloggen">
                    <button class="button" type="submit">{t.sign_out_button}</button>
                </form>
            }
            .to_html(),
            None => view! {
                <p class="lead">{t.professionals_intro}</p>
                <p><a class="button-link" href="/inloggen">{t.sign_in_title}</a></p>
            }
            .to_html(),
        },
        AccountPart::AdminAccounts => {
            let admin = require_role(super::Role::Admin).await?;
            let state = crate::state::app_state()?;
            let accounts = super::users::all_accounts(&state.db).await?;
            super::audit::record(
                &state.db,
                chrono::Utc::now(),
                Some(admin.user_id),
                super::audit::AuditAction::AccountsViewed,
                "accounts",
                &format!("{} accounts", accounts.len()),
            )
            .await?;
            view! { <AccountsTable accounts/> }.to_html()
        }
    };
    Ok(DrawnHtml { html })
}

/// Every account as a table, drawn on the server.
#[cfg(feature = "ssr")]
#[component]
fn AccountsTable(accounts: Vec<super::users::AccountRow>) -> impl IntoView {
    let t = use_i18n();
    let rows = accounts
        .into_iter()
        .map(|account| {
            let role = match account.role {
                Some(super::Role::Admin) => t.role_admin,
                Some(super::Role::Professional) => t.role_professional,
                None => "",
            };
            let password = if account.has_password { t.yes } else { t.no };
            view! {
                <tr>
                    <th scope="row">{account.display_name}</th>
                    <td>{account.email}</td>
                    <td>{account.organisation}</td>
                    <td>{role}</td>
                    <td>{password}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="accounts-caption">
            <table class="table">
                <caption id="accounts-caption">{t.accounts_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.column_name}</th>
                        <th scope="col">{t.column_email}</th>
                        <th scope="col">{t.column_organisation}</th>
                        <th scope="col">{t.column_role}</th>
                        <th scope="col">{t.column_password_set}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[cfg(feature = "ssr")]
fn sign_in_message(t: &Messages, problem: SignInProblem) -> String {
    match problem {
        SignInProblem::EmailMissing => t.email_missing.to_owned(),
        SignInProblem::PasswordMissing => t.password_missing.to_owned(),
        SignInProblem::NotRecognised => t.sign_in_not_recognised.to_owned(),
        SignInProblem::TooManyTries { minutes } => (t.sign_in_too_many_tries)(minutes),
    }
}

/// The field a problem belongs to; problems with the whole form point at
/// the first field.
#[cfg(feature = "ssr")]
fn sign_in_field(problem: SignInProblem) -> &'static str {
    match problem {
        SignInProblem::PasswordMissing => "wachtwoord",
        _ => "email",
    }
}

#[cfg(feature = "ssr")]
fn set_password_message(t: &Messages, problem: SetPasswordProblem) -> &'static str {
    match problem {
        SetPasswordProblem::TooShort => t.password_too_short,
        SetPasswordProblem::TooLong => t.password_too_long,
        SetPasswordProblem::LooksLikeEmail => t.password_like_email,
        SetPasswordProblem::TooCommon => t.password_too_common,
        SetPasswordProblem::Differ => t.passwords_differ,
    }
}

#[cfg(feature = "ssr")]
fn set_password_field(problem: SetPasswordProblem) -> &'static str {
    match problem {
        SetPasswordProblem::Differ => "herhaling",
        _ => "nieuw-wachtwoord",
    }
}

/// The message of the first problem with `field`, from a form's list of
/// (message, field) problems.
#[cfg(feature = "ssr")]
fn problem_at(problems: &[(String, &'static str)], field: &str) -> Option<String> {
    problems
        .iter()
        .find(|(_, problem_field)| *problem_field == field)
        .map(|(message, _)| message.clone())
}

#[cfg(feature = "ssr")]
/// The list of problems at the top of a form, each a link to its field.
#[component]
fn ProblemSummary(problems: Vec<(String, &'static str)>) -> impl IntoView {
    let t = use_i18n();
    (!problems.is_empty()).then(|| {
        view! {
            <div class="problem-summary" role="alert" aria-labelledby="problemen">
                <h2 id="problemen" class="problem-summary__title">{t.form_has_problems}</h2>
                <ul>
                    {problems
                        .into_iter()
                        .map(|(message, field)| view! { <li><a href=format!("#{field}")>{message}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

#[cfg(feature = "ssr")]
/// A text field with its label, hint and problem, linked for screen readers.
#[component]
fn TextField(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    kind: &'static str,
    autocomplete: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] value: String,
    problem: Option<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let problem_id = format!("{id}-fout");
    let described_by = [
        hint.map(|_| hint_id.clone()),
        problem.as_ref().map(|_| problem_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let has_problem = problem.is_some();
    let invalid = has_problem.then_some("true");
    view! {
        <div class="field" class:field--problem=has_problem>
            <label class="field__label" for=id>{label}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id>{hint}</p> })}
            {problem.map(|problem| view! { <p class="field__problem" id=problem_id>{problem}</p> })}
            <input
                class="field__input"
                id=id
                name=name
                type=kind
                autocomplete=autocomplete
                value=value
                aria-invalid=invalid
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
            />
        </div>
    }
}

/// The sign-in form, drawn on the server.
#[cfg(feature = "ssr")]
#[component]
fn SignInFormView(form: SignInForm) -> impl IntoView {
    let t = use_i18n();
    let summary = form
        .problems
        .iter()
        .map(|problem| (sign_in_message(t, *problem), sign_in_field(*problem)))
        .collect::<Vec<_>>();
    let problem_for = |field: &str| problem_at(&summary, field);
    let (email_problem, password_problem) = (problem_for("email"), problem_for("wachtwoord"));
    view! {
        <ProblemSummary problems=summary/>
        <form class="form" method="post" action="/inloggen" novalidate>
            <TextField
                id="email"
                name="email"
                label=t.email_label
                kind="email"
                autocomplete="username"
                value=form.email.clone()
                problem=email_problem
            />
            <TextField
                id="wachtwoord"
                name="wachtwoord"
                label=t.password_label
                kind="password"
                autocomplete="current-password"
                problem=password_problem
            />
            <button class="button" type="submit">{t.sign_in_button}</button>
        </form>
    }
}

/// The set-password form, drawn on the server; `email` is `None` when the
/// link does not work.
#[cfg(feature = "ssr")]
#[component]
fn SetPasswordFormView(
    token: String,
    email: Option<String>,
    form: SetPasswordForm,
) -> impl IntoView {
    let t = use_i18n();
    let Some(email) = email else {
        return view! { <p class="notice">{t.link_not_valid}</p> }.into_any();
    };
    let summary = form
        .problems
        .iter()
        .map(|problem| {
            (
                set_password_message(t, *problem).to_owned(),
                set_password_field(*problem),
            )
        })
        .collect::<Vec<_>>();
    let problem_for = |field: &str| problem_at(&summary, field);
    let (new_problem, repeat_problem) = (problem_for("nieuw-wachtwoord"), problem_for("herhaling"));
    view! {
        <p class="lead">{(t.set_password_intro)(&email)}</p>
        <ProblemSummary problems=summary/>
        <form class="form" method="post" action=format!("/wachtwoord-instellen/{token}") novalidate>
            // Lets password managers store the password with the right account.
            <input type="hidden" name="email" autocomplete="username" value=email/>
            <TextField
                id="nieuw-wachtwoord"
                name="wachtwoord"
                label=t.new_password_label
                kind="password"
                autocomplete="new-password"
                hint=t.new_password_hint
                problem=new_problem
            />
            <TextField
                id="herhaling"
                name="herhaling"
                label=t.repeat_password_label
                kind="password"
                autocomplete="new-password"
                problem=repeat_problem
            />
            <button class="button" type="submit">{t.set_password_button}</button>
        </form>
    }
    .into_any()
}

/// `/inloggen`
#[component]
pub fn SignInPage() -> impl IntoView {
    let t = use_i18n();
    let query = use_query_map();
    let password_was_set = move || query.read().get("klaar").as_deref() == Some("wachtwoord");
    let form = Resource::new(
        || (),
        |_| draw_account_part(AccountPart::SignInForm, String::new()),
    );
    view! {
        <Title text=t.sign_in_title/>
        <MainHeading>{t.sign_in_title}</MainHeading>
        <p class="lead">{t.sign_in_intro}</p>
        <Show when=password_was_set>
            <p class="notice" role="status">{t.password_is_set}</p>
        </Show>
        <Drawn part=form/>
    }
}

/// `/wachtwoord-instellen/{token}`: the page a one-time link opens.
#[component]
pub fn SetPasswordPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let token = Memo::new(move |_| params.read().get("token").unwrap_or_default());
    let form = Resource::new(
        move || token.get(),
        |token| draw_account_part(AccountPart::SetPasswordForm, token),
    );
    view! {
        <Title text=t.set_password_title/>
        <MainHeading>{t.set_password_title}</MainHeading>
        <Drawn part=form/>
    }
}

/// `/professionals`: sign in, or who is signed in and a way out.
#[component]
pub fn ProfessionalsPage() -> impl IntoView {
    let t = use_i18n();
    let query = use_query_map();
    let signed_out = move || query.read().get("uitgelogd").is_some();
    let panel = Resource::new(
        || (),
        |_| draw_account_part(AccountPart::ProfessionalsPanel, String::new()),
    );
    view! {
        <Title text=t.professionals_title/>
        <MainHeading>{t.professionals_title}</MainHeading>
        <Show when=signed_out>
            <p class="notice" role="status">{t.signed_out}</p>
        </Show>
        <Drawn part=panel/>
    }
}

/// `/beheer/accounts`: every account (admins only; others get a 403 page).
#[component]
pub fn AdminAccountsPage() -> impl IntoView {
    let t = use_i18n();
    let accounts = Resource::new(
        || (),
        |_| draw_account_part(AccountPart::AdminAccounts, String::new()),
    );
    view! {
        <Title text=t.admin_accounts_title/>
        <MainHeading>{t.admin_accounts_title}</MainHeading>
        <Drawn part=accounts/>
    }
}
