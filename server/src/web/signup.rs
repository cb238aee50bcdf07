//! Posts of the agenda's sign-up: signing up for a date on the activity's
//! page, and cancelling under the sign-up's secret link. Plain form posts;
//! a problem draws the page again with what was typed.

use app::calendar::signup::{
    self, SignUpAnswers, SignUpFormState, mail_after_sign_up, mail_moved_up, when_text,
};
use app::calendar::store::original_start_on;
use app::state::AppState;
use axum::extract::{Path, Request, State};
use axum::response::Response;
use chrono::{NaiveDate, Utc};
use sea_orm::EntityTrait;

use super::forms::{Pairs, page_with, read_form, see_other, trouble, value};
use super::plain_page::locale_of;

/// `POST /activiteiten/{id}/{date}`: sign up for that date.
pub async fn sign_up_post(
    State(state): State<AppState>,
    Path((activity_id, date)): Path<(i32, String)>,
    request: Request,
) -> Response {
    let (parts, pairs) = match read_form::<Pairs>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let page = format!("/activiteiten/{activity_id}/{date}");
    // Robots fill in the field people cannot see; they get the page back.
    if !value(&pairs, "bedrijfsnaam").trim().is_empty() {
        return see_other(&page, None);
    }
    let Ok(day) = NaiveDate::parse_from_str(&date, "%Y-%m-%d") else {
        return page_with(&state, parts, ()).await;
    };
    let original = match original_start_on(&state.db, activity_id, day).await {
        Ok(Some(original)) => original,
        Ok(None) => return page_with(&state, parts, ()).await,
        Err(error) => return trouble(error),
    };
    let answers = SignUpAnswers::from_pairs(&pairs);
    let checked = match answers.check() {
        Ok(checked) => checked,
        Err(problems) => {
            return page_with(&state, parts, SignUpFormState { answers, problems }).await;
        }
    };
    let now = Utc::now();
    let locale = locale_of(&parts.headers);
    let signed_up =
        match signup::sign_up(&state.db, activity_id, original, &checked, locale, now).await {
            Ok(Some(signed_up)) => signed_up,
            // No sign-ups (any more): the page says so.
            Ok(None) => return page_with(&state, parts, ()).await,
            Err(error) => return trouble(error),
        };
    if let Some(email) = &checked.email {
        let activity = entity::activity::Entity::find_by_id(activity_id)
            .one(&state.db)
            .await;
        let date_row = app::calendar::store::occurrence(&state.db, activity_id, original).await;
        if let (Ok(Some(activity)), Ok(Some(date_row))) = (activity, date_row) {
            let link = format!(
                "{}/aanmelding/{}",
                state.settings.public_url.trim_end_matches('/'),
                signed_up.token
            );
            let when = when_text(locale, date_row.starts_at, date_row.ends_at);
            let mail = mail_after_sign_up(
                locale,
                email,
                &activity.title,
                &when,
                &signed_up,
                checked.people,
                &link,
            );
            if let Err(error) = app::mail::queue(&state.db, mail, now).await {
                // The sign-up stands; the page shows the same link.
                tracing::error!(%error, "could not queue the sign-up mail");
            }
        }
    }
    see_other(
        &format!("/aanmelding/{}?melding=aangemeld", signed_up.token),
        None,
    )
}

/// `POST /aanmelding/{token}`: cancel a sign-up; who moves up gets a mail.
pub async fn cancel_post(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (_parts, _pairs) = match read_form::<Pairs>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let now = Utc::now();
    let page = format!("/aanmelding/{token}");
    let cancelled = match signup::cancel(&state.db, &token, now).await {
        Ok(Some(cancelled)) => cancelled,
        // Unknown or cancelled already: the page says which.
        Ok(None) => return see_other(&page, None),
        Err(error) => return trouble(error),
    };
    for registration in cancelled.moved_up {
        let Some(email) = &registration.email else {
            continue;
        };
        // Their own language, not that of whoever cancelled.
        let locale = app::i18n::Locale::from_code(&registration.language).unwrap_or_default();
        let activity = entity::activity::Entity::find_by_id(registration.activity_id)
            .one(&state.db)
            .await;
        let date_row = app::calendar::store::occurrence(
            &state.db,
            registration.activity_id,
            registration.original_starts_at,
        )
        .await;
        if let (Ok(Some(activity)), Ok(Some(date_row))) = (activity, date_row) {
            let when = when_text(locale, date_row.starts_at, date_row.ends_at);
            let mail = mail_moved_up(locale, email, &activity.title, &when, registration.people);
            if let Err(error) = app::mail::queue(&state.db, mail, now).await {
                tracing::error!(%error, "could not queue the moved-up mail");
            }
        }
    }
    see_other(&format!("{page}?melding=afgemeld"), None)
}
