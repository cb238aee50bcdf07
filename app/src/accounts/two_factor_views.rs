//! `/account/tweestapsverificatie`: turn two-factor sign-in on or off.
//! Drawn on the server; the QR code is an inline SVG made there too, so
//! the secret never leaves this page and no outside service sees it.

use entity::app_user;
use leptos::prelude::*;

use super::forms::TwoFactorForm;
use super::sign_in_views::{CodeField, code_problem};
use super::texts::use_account_texts;
use super::two_factor::pending_enrolment;
use crate::forms::fields::ProblemSummary;
use crate::i18n::use_i18n;

const ACTION: &str = "/account/tweestapsverificatie";

#[component]
pub fn TwoFactorSettingsView(user: app_user::Model, form: TwoFactorForm) -> impl IntoView {
    let t = use_i18n();
    let texts = use_account_texts();
    if !form.recovery_codes.is_empty() {
        return view! {
            <h2>{texts.recovery_codes_heading}</h2>
            <p role="status">{texts.recovery_codes_intro}</p>
            <ul class="recovery-codes">
                {form.recovery_codes.into_iter().map(|code| view! { <li><code>{code}</code></li> }).collect_view()}
            </ul>
            <p><a href="/professionals">{t.professionals_title}</a></p>
        }
        .into_any();
    }
    let (summary, problem) = code_problem(form.problem);
    if user.totp_enabled_at.is_some() {
        return view! {
            <p class="lead">{texts.two_factor_is_on}</p>
            <h2>{texts.two_factor_turn_off_heading}</h2>
            <p>{texts.two_factor_turn_off_intro}</p>
            <ProblemSummary problems=summary/>
            <form class="form" method="post" action=ACTION novalidate>
                <input type="hidden" name="actie" value="uit"/>
                <CodeField problem/>
                <button class="button" type="submit">{texts.two_factor_turn_off_button}</button>
            </form>
        }
        .into_any();
    }
    match pending_enrolment(&user) {
        Some(enrolment) => view! {
            <p class="lead">{texts.two_factor_is_off}</p>
            <ProblemSummary problems=summary/>
            <p>{texts.two_factor_step_scan}</p>
            <div class="qr-code" role="img" aria-label=texts.two_factor_qr_label inner_html=enrolment.qr_svg></div>
            <p>{texts.two_factor_step_type}</p>
            <p><code class="secret">{enrolment.secret_for_typing}</code></p>
            <p>{texts.two_factor_step_code}</p>
            <form class="form" method="post" action=ACTION novalidate>
                <input type="hidden" name="actie" value="bevestig"/>
                <CodeField problem/>
                <button class="button" type="submit">{texts.two_factor_turn_on_button}</button>
            </form>
        }
        .into_any(),
        None => view! {
            <p class="lead">{texts.two_factor_is_off}</p>
            <form method="post" action=ACTION>
                <input type="hidden" name="actie" value="start"/>
                <button class="button" type="submit">{texts.two_factor_start_button}</button>
            </form>
        }
        .into_any(),
    }
}
