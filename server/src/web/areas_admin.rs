//! The admins' posts for the wijk profiles and the dashboard's coverage:
//! a wijk's facilities and satisfaction marks, and where and for whom an
//! organisation works (`app::areas::admin` draws the pages).

use app::accounts::Role;
use app::areas::admin::{save_organisation_reach, wijk_by_key};
use app::areas::{facilities, satisfaction};
use app::state::AppState;
use axum::Router;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use chrono::Utc;
use chrono_tz::Europe::Amsterdam;

use super::accounts::signed_in_with;
use super::forms::{
    Pairs, page_with, page_with_problems, read_signed_in_post, see_other, trouble, value,
};
use super::plain_page::locale_of;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(super::protection::UPLOAD_PATH, post(cbs_upload_post))
        .route("/beheer/wijken/{key}", post(wijk_post))
        .route("/beheer/organisaties/{slug}", post(organisation_post))
}

/// What the upload form sent.
#[derive(Default)]
struct Upload {
    file_name: String,
    bytes: Vec<u8>,
    year: String,
    other_municipalities: bool,
}

/// Reads the upload form's parts; `None` when the body is not a proper
/// multipart form (or too large: the limit is `max_upload_bytes`).
async fn read_upload(mut multipart: Multipart) -> Option<Upload> {
    let mut upload = Upload::default();
    while let Some(field) = multipart.next_field().await.ok()? {
        match field.name().unwrap_or_default() {
            "bestand" => {
                upload.file_name = field.file_name().unwrap_or_default().to_owned();
                upload.bytes = field.bytes().await.ok()?.to_vec();
            }
            "jaar" => upload.year = field.text().await.ok()?.trim().to_owned(),
            "andere-gemeenten" => upload.other_municipalities = field.text().await.ok()? == "ja",
            _ => {}
        }
    }
    Some(upload)
}

/// The reader's words for a table that cannot be read.
fn cbs_problem(
    texts: &app::areas::texts::WijkTexts,
    error: &crate::cbs_import::CbsError,
) -> String {
    use crate::cbs_import::{CbsError, Place};
    let place = |at: &Place| match at {
        Place::Line(line) => (texts.cbs_line)(*line),
        Place::Row(row) => (texts.cbs_row)(*row),
    };
    match error {
        CbsError::Empty => texts.cbs_empty.to_owned(),
        CbsError::BrokenJson { line, column, .. } => (texts.cbs_broken_json)(*line, *column),
        CbsError::NoRows => texts.cbs_no_rows.to_owned(),
        CbsError::BrokenCsv { line, .. } => (texts.cbs_broken_csv)(*line),
        CbsError::NoRegionColumn => texts.cbs_no_region.to_owned(),
        CbsError::NoKnownColumns => texts.cbs_no_known.to_owned(),
        CbsError::NotANumber { at, column, value } => {
            (texts.cbs_not_a_number)(&place(at), column, value)
        }
        CbsError::WrongFieldCount {
            line,
            found,
            expected,
        } => (texts.cbs_field_count)(*line, *found, *expected),
        CbsError::NoYear => texts.cbs_no_year.to_owned(),
    }
}

/// `POST /beheer/wijken/cbs`: an admin imports a CBS table (multipart,
/// with its own body limit). A table that cannot be read changes nothing
/// and comes back with what is wrong, at the file field.
async fn cbs_upload_post(State(state): State<AppState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    if let Err(refusal) = signed_in_with(&state, &parts.headers, Role::Admin).await {
        return refusal;
    }
    let texts = locale_of(&parts.headers).wijk_texts();
    let multipart =
        match Multipart::from_request(Request::from_parts(parts.clone(), body), &state).await {
            Ok(multipart) => multipart,
            Err(rejection) => return rejection.into_response(),
        };
    let Some(upload) = read_upload(multipart).await else {
        return axum::http::StatusCode::BAD_REQUEST.into_response();
    };
    let pairs: Pairs = vec![
        ("jaar".to_owned(), upload.year.clone()),
        (
            "andere-gemeenten".to_owned(),
            if upload.other_municipalities {
                "ja"
            } else {
                ""
            }
            .to_owned(),
        ),
    ];
    let problem = |message: String, field: &'static str| vec![(message, field)];
    if upload.bytes.is_empty() && upload.file_name.is_empty() {
        return page_with_problems(
            &state,
            parts,
            "cbs",
            pairs,
            problem(texts.cbs_no_file.to_owned(), "bestand"),
        )
        .await;
    }
    let year = match upload.year.as_str() {
        "" => crate::cbs_import::year_in_file_name(&upload.file_name),
        typed => match typed
            .parse::<i32>()
            .ok()
            .filter(|year| (1990..=2100).contains(year))
        {
            Some(year) => Some(year),
            None => {
                let latest = chrono::Datelike::year(&Utc::now());
                return page_with_problems(
                    &state,
                    parts,
                    "cbs",
                    pairs,
                    problem((texts.problem_year)(latest), "jaar"),
                )
                .await;
            }
        },
    };
    let rows = match crate::cbs_import::read_table(&upload.bytes) {
        Ok(rows) => rows,
        Err(error) => {
            let message = format!(
                "{} {}",
                cbs_problem(texts, &error),
                texts.cbs_nothing_changed
            );
            return page_with_problems(&state, parts, "cbs", pairs, problem(message, "bestand"))
                .await;
        }
    };
    let Some(year) = year else {
        return page_with_problems(
            &state,
            parts,
            "cbs",
            pairs,
            problem(texts.cbs_no_year.to_owned(), "jaar"),
        )
        .await;
    };
    let imported = crate::cbs_import::import(
        &state.db,
        &rows,
        year,
        upload.other_municipalities,
        crate::cbs_import::SOURCE,
        Utc::now(),
    )
    .await;
    match imported {
        Ok(summary) => see_other(
            &format!(
                "/beheer/wijken?melding=cbs&jaar={}&gebieden={}&cijfers={}&onbekend={}",
                summary.year,
                summary.areas,
                summary.figures,
                summary.unknown_codes.len()
            ),
            None,
        ),
        Err(error) => trouble(error),
    }
}

/// `POST /beheer/wijken/{key}`: add, change or remove a facility
/// (`voorziening`, `voorziening-wijzig`, `voorziening-weg`) or a satisfaction mark (`cijfer`, `cijfer-weg`).
async fn wijk_post(
    State(state): State<AppState>,
    Path(key): Path<String>,
    request: Request,
) -> Response {
    let (parts, pairs, _admin) = match read_signed_in_post(&state, request, Role::Admin).await {
        Ok(read) => read,
        Err(response) => return response,
    };
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
            Err(problems) => {
                return page_with_problems(&state, parts, &action, pairs, problems).await;
            }
        },
        "voorziening-wijzig" => {
            let Ok(id) = value(&pairs, "id").parse::<i32>() else {
                return see_other(&page, None);
            };
            match facilities::check(&pairs, texts) {
                Ok(changed) => facilities::update(db, wijk.id, id, changed, now)
                    .await
                    .map(|_| "voorziening-gewijzigd#voorzieningen"),
                Err(problems) => {
                    return page_with_problems(&state, parts, &action, pairs, problems).await;
                }
            }
        }
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
                Err(problems) => {
                    return page_with_problems(&state, parts, &action, pairs, problems).await;
                }
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
    let (parts, pairs, _admin) = match read_signed_in_post(&state, request, Role::Admin).await {
        Ok(read) => read,
        Err(response) => return response,
    };
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
