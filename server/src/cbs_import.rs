//! `buurtkracht import-cbs FILE`: the yearly figures of the wijk profiles,
//! from the CBS table *Kerncijfers wijken en buurten* as StatLine gives it
//! for download: the OData JSON (`TypedDataSet`, rows under `value`) or the
//! CSV (`;`-separated, with a header row).
//!
//! CBS numbers its columns (`AantalInwoners_5`), and the numbers change
//! from one year's table to the next, so columns are matched by name
//! without the number. Region codes come padded with spaces
//! (`"WK192603  "`). A table holds the whole country; rows of other
//! municipalities are skipped unless asked for. The table has no year
//! column (each year is its own table), so the year is given, or read
//! from the file name (`kwb-2024.csv`).
//!
//! One import is one transaction: a broken file (a column missing, a
//! number that is not one, a file cut off) changes nothing and names the
//! line and column. Importing a year again replaces that year's figures.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entity::{area, area_indicator};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
};

/// Shown with every imported figure, with the licence CBS publishes under.
pub const SOURCE: &str = "CBS, Kerncijfers wijken en buurten (CC BY 4.0)";

/// The figures taken from the table, by column name without its number.
pub const INDICATORS: [&str; 11] = [
    "AantalInwoners",
    "k_0Tot15Jaar",
    "k_15Tot25Jaar",
    "k_25Tot45Jaar",
    "k_45Tot65Jaar",
    "k_65JaarOfOuder",
    "HuishoudensTotaal",
    "Eenpersoonshuishoudens",
    "HuishoudensMetKinderen",
    "GemiddeldeHuishoudensgrootte",
    "Bevolkingsdichtheid",
];

/// The region's code (`Codering_3`); in the OData set `WijkenEnBuurten`
/// holds the same code, so it does when `Codering` is missing.
const CODE_COLUMNS: [&str; 2] = ["Codering", "WijkenEnBuurten"];

#[derive(Debug, PartialEq, thiserror::Error)]
pub enum CbsError {
    #[error("the file is empty")]
    Empty,
    #[error("line {line}, column {column}: the JSON is broken or cut off ({detail})")]
    BrokenJson {
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("the JSON has no list of rows under \"value\" (as in TypedDataSet)")]
    NoRows,
    #[error("line {line}: {detail}")]
    BrokenCsv { line: usize, detail: String },
    #[error("no column with the region code (Codering or WijkenEnBuurten)")]
    NoRegionColumn,
    #[error("none of the known columns is in the file (such as AantalInwoners)")]
    NoKnownColumns,
    #[error("{at}, column {column}: {value:?} is not a number")]
    NotANumber {
        at: Place,
        column: String,
        value: String,
    },
    #[error("line {line}: the row has {found} fields, the header {expected}; is the file cut off?")]
    WrongFieldCount {
        line: usize,
        found: usize,
        expected: usize,
    },
    #[error("which year is this? Give --year, or put the year in the file name (kwb-2024.csv)")]
    NoYear,
}

/// Where in the file: a line of the CSV, or a row of the JSON list
/// (counted from 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Line(usize),
    Row(usize),
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Line(line) => write!(f, "line {line}"),
            Place::Row(row) => write!(f, "row {row}"),
        }
    }
}

/// One region's figures, with where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct CbsRow {
    pub at: Place,
    /// Trimmed: `GM1926`, `WK192601`, `BU19260101`.
    pub code: String,
    pub figures: Vec<(&'static str, f64)>,
}

/// `AantalInwoners_5` → `AantalInwoners`. Names such as `k_0Tot15Jaar_8`
/// keep their own underscores.
fn without_number(column: &str) -> &str {
    match column.rsplit_once('_') {
        Some((name, number))
            if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) =>
        {
            name
        }
        _ => column,
    }
}

/// A cell as a figure: `None` for what CBS leaves out (empty, `.` for
/// unknown or secret, `x`, `-`).
fn figure(text: &str) -> Result<Option<f64>, ()> {
    let text = text.trim();
    if matches!(text, "" | "." | "x" | "-" | "?") {
        return Ok(None);
    }
    let text = if text.contains(',') && !text.contains('.') {
        text.replace(',', ".")
    } else {
        text.to_owned()
    };
    text.parse::<f64>()
        .ok()
        .filter(|value| value.is_finite())
        .map(Some)
        .ok_or(())
}

/// Reads either form of the table. JSON starts with `{` or `[`.
pub fn read_table(bytes: &[u8]) -> Result<Vec<CbsRow>, CbsError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
        None => Err(CbsError::Empty),
        Some(b'{' | b'[') => read_json(bytes),
        Some(_) => read_csv(bytes),
    }
}

/// Which columns matter, by position or name: the code column and the
/// known figures.
struct Columns<'a> {
    code: &'a str,
    figures: Vec<(&'a str, &'static str)>,
}

fn pick_columns<'a>(names: impl Iterator<Item = &'a str> + Clone) -> Result<Columns<'a>, CbsError> {
    let code = CODE_COLUMNS
        .iter()
        .find_map(|wanted| names.clone().find(|name| without_number(name) == *wanted))
        .ok_or(CbsError::NoRegionColumn)?;
    let figures: Vec<(&str, &'static str)> = names
        .filter_map(|name| {
            let base = without_number(name);
            INDICATORS
                .iter()
                .find(|known| **known == base)
                .map(|known| (name, *known))
        })
        .collect();
    if figures.is_empty() {
        return Err(CbsError::NoKnownColumns);
    }
    Ok(Columns { code, figures })
}

fn read_json(bytes: &[u8]) -> Result<Vec<CbsRow>, CbsError> {
    let document: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|error| CbsError::BrokenJson {
            line: error.line(),
            column: error.column(),
            detail: error.to_string(),
        })?;
    // `{"value": [...]}` from the OData feed, or the bare list.
    let rows = match &document {
        serde_json::Value::Array(rows) => rows,
        document => document
            .get("value")
            .and_then(serde_json::Value::as_array)
            .ok_or(CbsError::NoRows)?,
    };
    let Some(first) = rows.first().and_then(serde_json::Value::as_object) else {
        return Ok(Vec::new());
    };
    let columns = pick_columns(first.keys().map(String::as_str))?;
    let mut table = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        // JSON has no lines worth naming; the row's number in the list is.
        let at = Place::Row(index + 1);
        let cell = |name: &str| row.get(name).unwrap_or(&serde_json::Value::Null);
        let code = match cell(columns.code) {
            serde_json::Value::String(code) => code.trim().to_owned(),
            _ => continue,
        };
        let mut figures = Vec::new();
        for (name, indicator) in &columns.figures {
            let value = match cell(name) {
                serde_json::Value::Null => None,
                serde_json::Value::Number(number) => number.as_f64(),
                serde_json::Value::String(text) => {
                    figure(text).map_err(|()| CbsError::NotANumber {
                        at,
                        column: (*name).to_owned(),
                        value: text.clone(),
                    })?
                }
                other => {
                    return Err(CbsError::NotANumber {
                        at,
                        column: (*name).to_owned(),
                        value: other.to_string(),
                    });
                }
            };
            if let Some(value) = value {
                figures.push((*indicator, value));
            }
        }
        table.push(CbsRow { at, code, figures });
    }
    Ok(table)
}

fn read_csv(bytes: &[u8]) -> Result<Vec<CbsRow>, CbsError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_reader(bytes);
    let header = reader
        .headers()
        .map_err(|error| CbsError::BrokenCsv {
            line: 1,
            detail: error.to_string(),
        })?
        .clone();
    let names: Vec<&str> = header.iter().map(str::trim).collect();
    let columns = pick_columns(names.iter().copied())?;
    let position = |wanted: &str| names.iter().position(|name| *name == wanted);
    let code_at = position(columns.code).ok_or(CbsError::NoRegionColumn)?;
    let figures_at: Vec<(usize, &str, &'static str)> = columns
        .figures
        .iter()
        .filter_map(|(name, indicator)| position(name).map(|at| (at, *name, *indicator)))
        .collect();
    let mut table = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| CbsError::BrokenCsv {
            line: error.position().map_or(0, |at| at.line() as usize),
            detail: error.to_string(),
        })?;
        let line = record.position().map_or(0, |at| at.line() as usize);
        if record.len() != names.len() {
            return Err(CbsError::WrongFieldCount {
                line,
                found: record.len(),
                expected: names.len(),
            });
        }
        let code = record.get(code_at).unwrap_or_default().trim().to_owned();
        let mut figures = Vec::new();
        for (at, name, indicator) in &figures_at {
            let text = record.get(*at).unwrap_or_default();
            let value = figure(text).map_err(|()| CbsError::NotANumber {
                at: Place::Line(line),
                column: (*name).to_owned(),
                value: text.trim().to_owned(),
            })?;
            if let Some(value) = value {
                figures.push((*indicator, value));
            }
        }
        table.push(CbsRow {
            at: Place::Line(line),
            code,
            figures,
        });
    }
    Ok(table)
}

/// The year in a file name such as `kwb-2024.csv` or `85984NED_2024.json`:
/// a run of four digits from 1990 to 2100.
pub fn year_in_file_name(name: &str) -> Option<i32> {
    let digits: Vec<&str> = name
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .collect();
    digits
        .into_iter()
        .filter_map(|run| run.parse::<i32>().ok())
        .find(|year| (1990..=2100).contains(year))
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportSummary {
    pub year: i32,
    /// Areas that got figures.
    pub areas: usize,
    pub figures: usize,
    /// Rows of other municipalities, skipped.
    pub other_municipalities: usize,
    /// Codes of this municipality that are not in the area list (such as
    /// buurten that were never added).
    pub unknown_codes: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    File(#[from] CbsError),
    #[error("database: {0}")]
    Database(#[from] DbErr),
}

/// The four digits of a municipality in its codes: `GM1926`, `WK192601`
/// and `BU19260101` all belong to 1926.
fn municipality_digits(code: &str) -> Option<&str> {
    let digits = code.get(2..6)?;
    digits.bytes().all(|b| b.is_ascii_digit()).then_some(digits)
}

/// Stores the figures of `rows` for `year` with `source` (usually
/// [`SOURCE`]), replacing every figure of that year, in one transaction.
pub async fn import(
    db: &DatabaseConnection,
    rows: &[CbsRow],
    year: i32,
    other_municipalities_too: bool,
    source: &str,
    now: DateTime<Utc>,
) -> Result<ImportSummary, ImportError> {
    let areas: HashMap<String, i32> = area::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|area| area.cbs_code.map(|code| (code, area.id)))
        .collect();
    // This municipality: the digits of the codes in the area list.
    let ours: Vec<&str> = areas
        .keys()
        .filter_map(|code| municipality_digits(code))
        .collect();
    let mut summary = ImportSummary {
        year,
        ..ImportSummary::default()
    };
    let mut new_rows = Vec::new();
    for row in rows {
        let belongs = municipality_digits(&row.code).is_some_and(|digits| ours.contains(&digits));
        if !belongs && !other_municipalities_too {
            summary.other_municipalities += 1;
            continue;
        }
        let Some(area_id) = areas.get(&row.code) else {
            if belongs {
                summary.unknown_codes.push(row.code.clone());
            } else {
                summary.other_municipalities += 1;
            }
            continue;
        };
        summary.areas += 1;
        for (indicator, value) in &row.figures {
            new_rows.push(area_indicator::ActiveModel {
                area_id: Set(*area_id),
                year: Set(year),
                indicator: Set((*indicator).to_owned()),
                value: Set(*value),
                source: Set(source.to_owned()),
                imported_at: Set(now),
                ..Default::default()
            });
        }
    }
    summary.figures = new_rows.len();
    let transaction = app::writing::begin_writing(db).await?;
    replace_year(&transaction, year, new_rows).await?;
    transaction.commit().await?;
    Ok(summary)
}

async fn replace_year(
    db: &impl ConnectionTrait,
    year: i32,
    new_rows: Vec<area_indicator::ActiveModel>,
) -> Result<(), DbErr> {
    // Any source: the demo's example figures make way for real ones. Only
    // the CBS's own figures, though: satisfaction marks that admins
    // entered for the same year stay.
    area_indicator::Entity::delete_many()
        .filter(area_indicator::Column::Year.eq(year))
        .filter(area_indicator::Column::Indicator.is_in(INDICATORS))
        .exec(db)
        .await?;
    // SQLite takes at most 32,766 bound values per statement; 6 a row.
    for chunk in new_rows.chunks(1_000) {
        area_indicator::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_numbers_go_and_names_keep_their_own_underscores() {
        assert_eq!(without_number("AantalInwoners_5"), "AantalInwoners");
        assert_eq!(without_number("k_0Tot15Jaar_8"), "k_0Tot15Jaar");
        assert_eq!(without_number("k_65JaarOfOuder"), "k_65JaarOfOuder");
        assert_eq!(without_number("WijkenEnBuurten"), "WijkenEnBuurten");
    }

    #[test]
    fn cells_cbs_leaves_out_are_no_figure_and_words_are_a_mistake() {
        assert_eq!(figure("  12345 "), Ok(Some(12345.0)));
        assert_eq!(figure("2,3"), Ok(Some(2.3)));
        assert_eq!(figure("2.3"), Ok(Some(2.3)));
        assert_eq!(figure("       ."), Ok(None));
        assert_eq!(figure(""), Ok(None));
        assert_eq!(figure("veel"), Err(()));
    }

    #[test]
    fn the_year_comes_from_a_file_name_when_it_has_one() {
        assert_eq!(year_in_file_name("kwb-2024.csv"), Some(2024));
        assert_eq!(year_in_file_name("85984NED_2024_typed.json"), Some(2024));
        assert_eq!(year_in_file_name("85984NED.json"), None);
    }
}
