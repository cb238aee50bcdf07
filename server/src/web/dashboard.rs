//! The dashboard's CSV exports, for signed-in professionals.
//!
//! Written with the `csv` crate: `;` between cells and a byte-order mark,
//! so Excel with Dutch settings opens the file in columns and with the
//! accents right. A cell that starts with `=`, `+`, `-`, `@`, a tab or a
//! carriage return gets a `'` in front: a spreadsheet would otherwise run
//! it as a formula (a name typed into the intake wizard must never become
//! one).

use std::borrow::Cow;

use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::accounts::signed_in_with;
use super::plain_page::locale_of;
use crate::AppState;

/// `GET /dashboard/behoeften.csv` with the page's filters.
pub async fn needs_csv(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    use app::dashboard::needs::{NeedsFilter, need_rows, table};

    if let Err(refusal) = signed_in_with(&state, &headers, app::accounts::Role::Professional).await
    {
        return refusal;
    }
    let filter = NeedsFilter::from_query(query.as_deref().unwrap_or_default());
    let rows = match need_rows(&state.db, &filter).await {
        Ok(rows) => rows,
        Err(error) => return super::forms::trouble(error),
    };
    let locale = locale_of(&headers);
    let (names, cells) = table(locale, &rows);
    csv_file(locale.dashboard_texts().csv_file_name, &names, &cells)
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
