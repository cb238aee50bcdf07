//! The forms on the way in: sign in, the two-factor code, forgot password,
//! set a password from a link. Drawn on the server.

use leptos::prelude::*;

use super::forms::{
    CodeProblem, EmailProblem, ForgotPasswordForm, SecondFactorForm, SetPasswordForm,
    SetPasswordProblem, SignInForm, SignInProblem,
};
use super::texts::{AccountTexts, use_account_texts};
use crate::forms::fields::{EmailField, ProblemSummary, TextField, problem_at};
use crate::i18n::{Messages, use_i18n};

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
fn sign_in_field(problem: SignInProblem) -> &'static str {
    match problem {
        SignInProblem::PasswordMissing => "wachtwoord",
        _ => "email",
    }
}

/// The sign-in form.
#[component]
pub fn SignInFormView(form: SignInForm) -> impl IntoView {
    let t = use_i18n();
    let texts = use_account_texts();
    let summary = form
        .problems
        .iter()
        .map(|problem| (sign_in_message(t, *problem), sign_in_field(*problem)))
        .collect::<Vec<_>>();
    let problem_for = |field: &str| problem_at(&summary, field);
    let (email_problem, password_problem) = (problem_for("email"), problem_for("wachtwoord"));
    view! {
        <p class="lead">{t.sign_in_intro}</p>
        <ProblemSummary problems=summary/>
        <form class="form" method="post" action="/inloggen" novalidate>
            <EmailField id="email" autocomplete="username" value=form.email.clone() problem=email_problem/>
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
        <p><a href="/wachtwoord-vergeten">{texts.forgot_password_link}</a></p>
    }
}

fn code_message(t: &Messages, texts: &AccountTexts, problem: CodeProblem) -> String {
    match problem {
        CodeProblem::Missing => texts.code_missing.to_owned(),
        CodeProblem::Wrong => texts.code_wrong.to_owned(),
        CodeProblem::TooManyTries { minutes } => (t.sign_in_too_many_tries)(minutes),
    }
}

/// The problem summary and the field's problem for a form with one code
/// field.
pub fn code_problem(problem: Option<CodeProblem>) -> (Vec<(String, &'static str)>, Option<String>) {
    let summary = problem
        .map(|problem| {
            (
                code_message(use_i18n(), use_account_texts(), problem),
                "code",
            )
        })
        .into_iter()
        .collect::<Vec<_>>();
    let at_field = problem_at(&summary, "code");
    (summary, at_field)
}

/// A field for a code from the authenticator app (or a recovery code).
#[component]
pub fn CodeField(problem: Option<String>) -> impl IntoView {
    let texts = use_account_texts();
    view! {
        <TextField
            id="code"
            name="code"
            label=texts.code_label
            kind="text"
            autocomplete="one-time-code"
            hint=texts.code_hint
            problem=problem
        />
    }
}

/// The second step of signing in. `waiting` is false when there is no
/// session waiting for a code (expired, or never signed in).
#[component]
pub fn SecondFactorView(waiting: bool, form: SecondFactorForm) -> impl IntoView {
    let texts = use_account_texts();
    if !waiting {
        return view! {
            <p class="notice">{texts.second_factor_expired}</p>
            <p><a class="button-link" href="/inloggen">{texts.sign_in_again}</a></p>
        }
        .into_any();
    }
    let (summary, problem) = code_problem(form.problem);
    view! {
        <p class="lead">{texts.second_factor_intro}</p>
        <ProblemSummary problems=summary/>
        <form class="form" method="post" action="/inloggen/code" novalidate>
            <CodeField problem/>
            <button class="button" type="submit">{texts.continue_button}</button>
        </form>
    }
    .into_any()
}

/// "Forgot your password?": asks for the e-mail address.
#[component]
pub fn ForgotPasswordView(form: ForgotPasswordForm) -> impl IntoView {
    let t = use_i18n();
    let texts = use_account_texts();
    let summary = form
        .problem
        .map(|problem| {
            let message = match problem {
                EmailProblem::Missing => t.email_missing,
                EmailProblem::Invalid => texts.email_invalid,
            };
            (message.to_owned(), "email")
        })
        .into_iter()
        .collect::<Vec<_>>();
    let problem = problem_at(&summary, "email");
    view! {
        <p class="lead">{texts.forgot_password_intro}</p>
        <ProblemSummary problems=summary/>
        <form class="form" method="post" action="/wachtwoord-vergeten" novalidate>
            <EmailField id="email" autocomplete="username" value=form.email problem=problem/>
            <button class="button" type="submit">{texts.send_link_button}</button>
        </form>
    }
}

fn set_password_message(t: &Messages, problem: SetPasswordProblem) -> &'static str {
    match problem {
        SetPasswordProblem::TooShort => t.password_too_short,
        SetPasswordProblem::TooLong => t.password_too_long,
        SetPasswordProblem::LooksLikeEmail => t.password_like_email,
        SetPasswordProblem::TooCommon => t.password_too_common,
        SetPasswordProblem::Differ => t.passwords_differ,
    }
}

fn set_password_field(problem: SetPasswordProblem) -> &'static str {
    match problem {
        SetPasswordProblem::Differ => "herhaling",
        _ => "nieuw-wachtwoord",
    }
}

/// The set-password form; `email` is `None` when the link does not work.
#[component]
pub fn SetPasswordFormView(
    token: String,
    email: Option<String>,
    form: SetPasswordForm,
) -> impl IntoView {
    let t = use_i18n();
    let texts = use_account_texts();
    let Some(email) = email else {
        return view! {
            <p class="notice">{t.link_not_valid}</p>
            <p><a href="/wachtwoord-vergeten">{texts.forgot_password_link}</a></p>
        }
        .into_any();
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
