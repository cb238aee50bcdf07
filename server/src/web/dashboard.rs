//! The dashboard's posts and CSV exports, for signed-in professionals, and
//! the beheer page's signal and report forms, for volunteers.
//!
//! Every post is checked by the functions in `app::dashboard` (the same
//! that draw the forms); with problems the page is drawn again with what
//! was typed (`PostedForm`), without it redirects (303) with a notice.
//!
//! CSV files are written with the `csv` crate: `;` between cells and a
//! byte-order mark, so Excel with Dutch settings opens the file in columns
//! and with the accents right. A cell that starts with `=`, `+`, `-`, `@`,
//! a tab or a carriage return gets a `'` in front: a spreadsheet would
//! otherwise run it as a formula (a name typed into the intake wizard must
//! never become one).

use std::borrow::Cow;

use app::accounts::Role;
use app::accounts::audit::{self, AuditAction};
use app::dashboard::csv_tables::CsvTable;
use app::dashboard::{method, partnerships, reports, signals};
use app::initiatives::manage_links;
use app::state::AppState;
use axum::Router;
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::Utc;
use chrono_tz::Europe::Amsterdam;

use super::accounts::signed_in_with;
use super::forms::{
    Pairs, page_with, page_with_problems, read_form, read_signed_in_post, see_other, trouble, value,
};
use super::plain_page::locale_of;

/// The dashboard's routes besides its pages.
pub fn routes() -> Router<AppState> {
    // At the very addresses of the app's route for the dashboard's pages
    // (`/dashboard/:part/:key?`), so a page and its form share an address.
    let mut router = Router::new()
        .route("/dashboard/{part}", post(page_post))
        .route("/dashboard/{part}/{key}", post(item_post))
        .route(
            "/mijn-initiatief/{key}/signaal",
            get(super::intake::to_manage_page).post(volunteer_signal_post),
        )
        .route(
            "/mijn-initiatief/{key}/verslag",
            get(super::intake::to_manage_page).post(volunteer_report_post),
        );
    for table in CsvTable::ALL {
        router = router.route(
            &format!("/dashboard/{}", table.path()),
            get(move |state, query, headers| csv_export(state, query, headers, table)),
        );
    }
    router
}

/// `POST /dashboard/{part}`: the form of a list page (a new signal).
async fn page_post(state: State<AppState>, Path(part): Path<String>, request: Request) -> Response {
    match part.as_str() {
        "signalen" => new_signal_post(state, request).await,
        _ => super::not_found(state, request).await,
    }
}

/// `POST /dashboard/{part}/{key}`: the forms of an initiative, a signal
/// or a wijk's six steps.
async fn item_post(
    state: State<AppState>,
    Path((part, key)): Path<(String, String)>,
    request: Request,
) -> Response {
    match (part.as_str(), key.parse::<i32>()) {
        ("initiatieven", _) => initiative_post(state, Path(key), request).await,
        ("signalen", Ok(id)) => signal_post(state, Path(id), request).await,
        ("stappenplan", _) => method_post(state, Path(key), request).await,
        _ => super::not_found(state, request).await,
    }
}

/// `POST /dashboard/initiatieven/{slug}`: start the viewer's
/// organisation's partnership, or change it (`actie`: `begin`, `contact`,
/// `afspraken`, `overdragen`, `zelfevaluatie`).
async fn initiative_post(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request,
) -> Response {
    let (parts, pairs, viewer) =
        match read_signed_in_post(&state, request, Role::Professional).await {
            Ok(read) => read,
            Err(response) => return response,
        };
    let db = &state.db;
    let initiative = match partnerships::initiative_by_slug(db, &slug).await {
        Ok(Some(initiative)) => initiative,
        Ok(None) => return page_with(&state, parts, ()).await,
        Err(error) => return trouble(error),
    };
    let now = Utc::now();
    let today = now.with_timezone(&Amsterdam).date_naive();
    let locale = locale_of(&parts.headers);
    let texts = locale.dashboard_texts();
    let page = format!("/dashboard/initiatieven/{slug}");
    let done =
        |notice: &str, anchor: &str| see_other(&format!("{page}?melding={notice}#{anchor}"), None);
    let action = value(&pairs, "actie").to_owned();
    if action == "begin" {
        return match partnerships::begin(
            db,
            &initiative,
            viewer.organisation_id,
            viewer.user_id,
            now,
        )
        .await
        {
            Ok(row) => {
                state.dashboard_changed();
                done("begonnen", &format!("samenwerking-{}", row.id))
            }
            Err(error) => trouble(error),
        };
    }
    // Every other action changes the viewer's own organisation's
    // partnership; without one there is nothing to change.
    let row = match partnerships::of_organisation(db, initiative.id, viewer.organisation_id).await {
        Ok(Some(row)) => row,
        Ok(None) => return see_other(&page, None),
        Err(error) => return trouble(error),
    };
    let stored = match action.as_str() {
        "contact" => match partnerships::check_contact(&pairs, today, texts) {
            Ok(moment) => partnerships::record_contact(db, row.id, moment, viewer.user_id, now)
                .await
                .map(|()| ("contact", "contact")),
            Err(problems) => {
                return page_with_problems(&state, parts, &action, pairs, problems).await;
            }
        },
        "afspraken" => match partnerships::check_agreements(&pairs) {
            Ok(agreements) => partnerships::save_agreements(db, row, agreements, now)
                .await
                .map(|()| ("afspraken", "afspraken-kop")),
            Err(problems) => {
                return page_with_problems(&state, parts, &action, pairs, problems).await;
            }
        },
        "overdragen" => {
            let colleagues = match partnerships::colleagues(db, viewer.organisation_id).await {
                Ok(colleagues) => colleagues,
                Err(error) => return trouble(error),
            };
            match partnerships::check_handover(&pairs, &colleagues, texts) {
                Ok(handover) => {
                    let link = format!("{}{page}", state.settings.public_url);
                    partnerships::hand_over(
                        db,
                        row,
                        handover,
                        viewer.user_id,
                        &initiative.name,
                        &link,
                        locale,
                        now,
                    )
                    .await
                    .map(|()| ("overgedragen", "overdragen"))
                }
                Err(problems) => {
                    return page_with_problems(&state, parts, &action, pairs, problems).await;
                }
            }
        }
        "zelfevaluatie" => match partnerships::check_assessment(&pairs, texts) {
            Ok(assessment) => {
                partnerships::save_assessment(db, row.id, assessment, viewer.user_id, today, now)
                    .await
                    .map(|()| ("zelfevaluatie", "zelfevaluatie"))
            }
            Err(problems) => {
                return page_with_problems(&state, parts, &action, pairs, problems).await;
            }
        },
        _ => return see_other(&page, None),
    };
    match stored {
        Ok((notice, anchor)) => {
            state.dashboard_changed();
            done(notice, anchor)
        }
        Err(error) => trouble(error),
    }
}

/// `POST /dashboard/signalen`: a professional records a signal.
async fn new_signal_post(State(state): State<AppState>, request: Request) -> Response {
    let (parts, pairs, viewer) =
        match read_signed_in_post(&state, request, Role::Professional).await {
            Ok(read) => read,
            Err(response) => return response,
        };
    let index = match state.dashboard.get(&state.db).await {
        Ok(index) => index,
        Err(error) => return trouble(error),
    };
    let texts = locale_of(&parts.headers).dashboard_texts();
    let wijken: Vec<(i32, String)> = index
        .wijken
        .iter()
        .map(|wijk| (wijk.id, wijk.key.clone()))
        .collect();
    match signals::check_new(&pairs, &wijken, &index, texts) {
        Ok(new) => {
            let source = signals::SignalSource::Professional(viewer.user_id);
            match signals::record(&state.db, new, source, Utc::now()).await {
                Ok(signal) => {
                    state.dashboard_changed();
                    see_other(
                        &format!("/dashboard/signalen/{}?melding=signaal", signal.id),
                        None,
                    )
                }
                Err(error) => trouble(error),
            }
        }
        Err(problems) => page_with_problems(&state, parts, "signaal", pairs, problems).await,
    }
}

/// `POST /dashboard/signalen/{id}`: pick a signal up (`oppakken`) or give
/// feedback (`terugkoppeling`).
async fn signal_post(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    request: Request,
) -> Response {
    let (parts, pairs, viewer) =
        match read_signed_in_post(&state, request, Role::Professional).await {
            Ok(read) => read,
            Err(response) => return response,
        };
    let now = Utc::now();
    let texts = locale_of(&parts.headers).dashboard_texts();
    let changed = match value(&pairs, "actie") {
        "oppakken" => signals::pick_up(&state.db, id, viewer.user_id, now)
            .await
            .map(|found| found.then_some("opgepakt")),
        "terugkoppeling" => match signals::check_feedback(&pairs, texts) {
            Ok(feedback) => signals::answer(&state.db, id, feedback, viewer.user_id, now)
                .await
                .map(|found| found.then_some("teruggekoppeld")),
            Err(problems) => {
                return page_with_problems(&state, parts, "terugkoppeling", pairs, problems).await;
            }
        },
        _ => Ok(Some("")),
    };
    match changed {
        Ok(Some(notice)) => {
            state.dashboard_changed();
            see_other(&format!("/dashboard/signalen/{id}?melding={notice}"), None)
        }
        // The page says the signal does not exist.
        Ok(None) => page_with(&state, parts, ()).await,
        Err(error) => trouble(error),
    }
}

/// `POST /dashboard/stappenplan/{wijk}`: save one step (`stap-N`) or move
/// the wijk to its next step (`volgende`).
async fn method_post(
    State(state): State<AppState>,
    Path(key): Path<String>,
    request: Request,
) -> Response {
    let (parts, pairs, viewer) =
        match read_signed_in_post(&state, request, Role::Professional).await {
            Ok(read) => read,
            Err(response) => return response,
        };
    let index = match state.dashboard.get(&state.db).await {
        Ok(index) => index,
        Err(error) => return trouble(error),
    };
    let Some(at) = index.wijk_position(&key) else {
        return page_with(&state, parts, ()).await;
    };
    let wijk = &index.wijken[usize::from(at)];
    let now = Utc::now();
    let today = now.with_timezone(&Amsterdam).date_naive();
    let page = format!("/dashboard/stappenplan/{}", wijk.key);
    let action = value(&pairs, "actie").to_owned();
    if action == "volgende" {
        return match method::next_step(&state.db, wijk.id, viewer.user_id, today, now).await {
            Ok(Some(step)) => see_other(&format!("{page}?melding=volgende-stap#stap-{step}"), None),
            Ok(None) => see_other(&format!("{page}?melding=stap"), None),
            Err(error) => trouble(error),
        };
    }
    let step = action
        .strip_prefix("stap-")
        .and_then(|step| step.parse::<i16>().ok())
        .filter(|step| (1..=method::STEPS).contains(step));
    let Some(step) = step else {
        return see_other(&page, None);
    };
    let texts = locale_of(&parts.headers).dashboard_texts();
    match method::check(&pairs, step, today, texts) {
        Ok(change) => {
            match method::save(&state.db, wijk.id, step, change, viewer.user_id, now).await {
                Ok(()) => see_other(&format!("{page}?melding=stap#stap-{step}"), None),
                Err(error) => trouble(error),
            }
        }
        Err(problems) => page_with_problems(&state, parts, &action, pairs, problems).await,
    }
}

/// The initiative of a beheerlink, with its wijken as (id, key); the
/// refusal page when the link opens nothing.
async fn volunteer_initiative(
    state: &AppState,
    token: &str,
    parts: &Parts,
) -> Result<(entity::initiative::Model, Vec<(i32, String)>), Response> {
    let initiative = match manage_links::initiative_of(&state.db, token, Utc::now()).await {
        Ok(Some(initiative)) => initiative,
        Ok(None) => return Err(page_with(state, parts.clone(), ()).await),
        Err(error) => return Err(trouble(error)),
    };
    match app::dashboard::reports::wijken_of(&state.db, initiative.id).await {
        Ok(wijken) => Ok((
            initiative,
            wijken.into_iter().map(|(id, key, _)| (id, key)).collect(),
        )),
        Err(error) => Err(trouble(error)),
    }
}

/// `POST /mijn-initiatief/{token}/signaal`: a volunteer passes on a signal.
async fn volunteer_signal_post(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, pairs) = match read_form::<Pairs>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let (initiative, mut wijken) = match volunteer_initiative(&state, &token, &parts).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let index = match state.dashboard.get(&state.db).await {
        Ok(index) => index,
        Err(error) => return trouble(error),
    };
    if wijken.is_empty() {
        wijken = index
            .wijken
            .iter()
            .map(|wijk| (wijk.id, wijk.key.clone()))
            .collect();
    }
    let texts = locale_of(&parts.headers).dashboard_texts();
    match signals::check_new(&pairs, &wijken, &index, texts) {
        Ok(new) => {
            let source = signals::SignalSource::Initiative(initiative.id);
            match signals::record(&state.db, new, source, Utc::now()).await {
                Ok(_) => {
                    state.dashboard_changed();
                    see_other(
                        &format!("/mijn-initiatief/{token}?melding=signaal#signaal"),
                        None,
                    )
                }
                Err(error) => trouble(error),
            }
        }
        Err(problems) => page_with_problems(&state, parts, "signaal", pairs, problems).await,
    }
}

/// `POST /mijn-initiatief/{token}/verslag`: a volunteer sends a month's
/// report.
async fn volunteer_report_post(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, pairs) = match read_form::<Pairs>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let (initiative, wijken) = match volunteer_initiative(&state, &token, &parts).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let now = Utc::now();
    let today = now.with_timezone(&Amsterdam).date_naive();
    let texts = locale_of(&parts.headers).dashboard_texts();
    match reports::check(&pairs, today, &wijken, texts) {
        Ok(report) => match reports::save(&state.db, initiative.id, report, now).await {
            Ok(()) => {
                // The results count the people reached.
                state.dashboard.invalidate();
                see_other(
                    &format!("/mijn-initiatief/{token}?melding=verslag#verslag"),
                    None,
                )
            }
            Err(error) => trouble(error),
        },
        Err(problems) => page_with_problems(&state, parts, "verslag", pairs, problems).await,
    }
}

/// `GET /dashboard/{table}.csv` with the page's filters. Files with
/// contact details are written to the audit log.
async fn csv_export(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    table: CsvTable,
) -> Response {
    let viewer = match signed_in_with(&state, &headers, Role::Professional).await {
        Ok(viewer) => viewer,
        Err(refusal) => return refusal,
    };
    let locale = locale_of(&headers);
    let query = query.unwrap_or_default();
    let now = Utc::now();
    let (names, rows) = match table.rows(&state, &query, locale, now).await {
        Ok(table) => table,
        Err(error) => return trouble(error),
    };
    if table.has_personal_data() {
        let detail = format!("{}?{query}", table.path());
        if let Err(error) = audit::record(
            &state.db,
            now,
            Some(viewer.user_id),
            AuditAction::ContactDetailsExported,
            &audit::user_subject(viewer.user_id),
            &detail,
        )
        .await
        {
            return trouble(error);
        }
    }
    csv_file(table.file_name(locale), &names, &rows)
}

/// A cell as it is safe to open in a spreadsheet.
fn neutralised(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The bytes of a CSV file: byte-order mark, header, rows.
pub fn csv_bytes(names: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(names.iter().map(|name| neutralised(name).into_owned()))?;
    for row in rows {
        writer.write_record(row.iter().map(|cell| neutralised(cell).into_owned()))?;
    }
    writer
        .into_inner()
        .map_err(|error| csv::Error::from(error.into_error()))
}

fn csv_file(file_name: &str, names: &[&str], rows: &[Vec<String>]) -> Response {
    let Ok(bytes) = csv_bytes(names, rows) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let disposition = format!("attachment; filename=\"{file_name}\"");
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    // Contact details: never kept by a shared cache.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_a_spreadsheet_would_run_get_a_quote_in_front() {
        assert_eq!(neutralised("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralised("+31 6 1234"), "'+31 6 1234");
        assert_eq!(neutralised("-1"), "'-1");
        assert_eq!(neutralised("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralised("Taalcafé"), "Taalcafé");
    }

    #[test]
    fn the_file_starts_with_a_byte_order_mark_and_uses_semicolons() {
        let bytes = csv_bytes(
            &["Naam", "Wijk"],
            &[vec!["Café; de Kiezel".into(), "Delfgauw".into()]],
        )
        .unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text, "\u{feff}Naam;Wijk\n\"Café; de Kiezel\";Delfgauw\n");
    }
}
