//! Pages and panels for things that went wrong. They never show internals.

use leptos::prelude::*;
use leptos_meta::Title;

use super::MainHeading;
use crate::errors::{AppError, set_page_status};
use crate::i18n::use_i18n;

/// The page for an address that does not exist. Answers with status 404.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_page_status(404);
    let t = use_i18n();
    view! {
        <Title text=t.not_found_title/>
        <MainHeading>{t.not_found_title}</MainHeading>
        <p>{t.not_found_body}</p>
        <p><a href="/">{t.go_home}</a></p>
    }
}

/// Shown in place of content that could not be loaded. Sets the page's
/// status to match the error (404 for missing, 500 for internal errors).
#[component]
pub fn ErrorPanel(error: AppError) -> impl IntoView {
    set_page_status(error.status_code());
    let t = use_i18n();
    let (title, body) = match error {
        AppError::NotFound => (t.not_found_title, t.not_found_body),
        AppError::Forbidden => (t.forbidden_title, t.forbidden_body),
        _ => (t.error_title, t.error_body),
    };
    let sign_in = (error == AppError::Forbidden)
        .then(|| view! { <p><a href="/inloggen">{t.sign_in_title}</a></p> });
    view! {
        <div class="error-panel" role="alert">
            <h2 class="error-panel__title">{title}</h2>
            <p>{body}</p>
            {sign_in}
        </div>
    }
}
