//! The admins' posts for the wijk profiles and the dashboard's coverage:
//! a wijk's facilities and satisfaction marks, and where and for whom an
//! organisation works (`app::areas::admin` draws the pages).

use app::accounts::Role;
use app::areas::admin::{save_organisation_reach, wijk_by_key};
use app::areas::{facilities, satisfaction};
use app::dashboard::posted::{PostedForm, Problems};
use app::state::AppState;
use axum::Router;
use axum::extract::{Path, Request, State};
use axum::http::request::Parts;
use axum::response::Response;
use axum::routing::post;
use chrono::Utc;
use chrono_tz::Europe::Amsterdam;

use super::accounts::signed_in_with;
use super::forms::{Pairs, page_with, read_form, see_other, trouble, value};
use super::plain_page::locale_of;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/beheer/wijken/{key}", post(wijk_post))
        .route("/beheer/organisaties/{slug}", post(organisation_post))
}

async fn again(
    state: &AppState,
    parts: Parts,
    form: &str,
    pairs: Pairs,
    problems: Problems,
) -> Response {
    let posted = PostedForm {
        form: form.to_owned(),
        pairs,
        problems,
    };
    page_with(state, parts, posted).await
}

/// `POST /beheer/wijken/{key}`: add or remove a facility (`voorziening`,
/// `voorziening-weg`) or a satisfaction mark (`cijfer`, `cijfer-weg`).
async fn wijk_post(
    State(state): State<AppState>,
    Path(key): Path<String>,
    request: Request,
) -> Response {
    let (parts, pairs) = match read_form::<Pairs>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    if let Err(refusal) = signed_in_with(&state, &parts.headers, Role::Admin).await {
        return refusal;
    }
    let db = &state.db;
    let wijk = match wijk_by_key(db, &key).await {
        Ok(Some(wijk)) => wijk,
        Ok(None) => return page_with(&state, parts, ()).await,
        Err(error) => return trouble(error),
    };
    let now = Utc::now();
    let texts = locale_of(&parts.headers).wijk_texts();
    let page = format!("/beheer/wijken/{key}");
    let action = value(&pairs, "actie").to_owned();
    let done = match action.as_str() {
        "voorziening" => match facilities::check(&pairs, texts) {
            Ok(new) => facilities::add(db, wijk.id, new, now)
                .await
                .map(|()| "voorziening#voorzieningen"),
            Err(problems) => return again(&state, parts, &action, pairs, problems).await,
        },
        "voorziening-weg" => match value(&pairs, "id").parse::<i32>() {
            Ok(id) => facilities::remove(db, wijk.id, id)
                .await
                .map(|_| "voorziening-weg#voorzieningen"),
            Err(_) => return see_other(&page, None),
        },
        "cijfer" => {
            let today = now.with_timezone(&Amsterdam).date_naive();
            match satisfaction::check(&pairs, today, texts) {
                Ok(score) => satisfaction::save(db, wijk.id, score, now)
                    .await
                    .map(|()| "cijfer#tevredenheid"),
                Err(problems) => return again(&state, parts, &action, pairs, problems).await,
            }
        }
        "cijfer-weg" => match value(&pairs, "jaar").parse::<i32>() {
            Ok(year) => satisfaction::remove(db, wijk.id, year, value(&pairs, "onderwerp"))
                .await
                .map(|_| "cijfer-weg#tevredenheid"),
            Err(_) => return see_other(&page, None),
        },
        _ => return see_other(&page, None),
    };
    match done {
        Ok(notice) => see_other(&format!("{page}?melding={notice}"), None),
        Err(error) => trouble(error),
    }
}

/// `POST /beheer/organisaties/{slug}`: the wijken and target groups of an
/// organisation, as ticked.
async fn organisation_post(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let (parts, pairs) = match read_form::<Pairs>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    if let Err(refusal) = signed_in_with(&state, &parts.headers, Role::Admin).await {
        return refusal;
    }
    match save_organisation_reach(&state.db, &slug, &pairs).await {
        Ok(true) => {
            // Coverage on the dashboard counts organisations.
            state.content_changed();
            see_other(
                &format!("/beheer/organisaties/{slug}?melding=organisatie"),
                None,
            )
        }
        Ok(false) => page_with(&state, parts, ()).await,
        Err(error) => trouble(error),
    }
}
