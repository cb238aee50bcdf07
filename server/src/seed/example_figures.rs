//! Example figures for the demo's wijk profiles, so `/wijken` shows what
//! imported CBS figures look like. They are made up, and their source says
//! so on every page; `buurtkracht import-cbs` replaces them with real ones.

use chrono::{DateTime, Utc};
use entity::area_indicator;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter};

use crate::cbs_import::{CbsRow, Place, import};

/// Shown as the source of every example figure.
pub const EXAMPLE_SOURCE: &str = "voorbeeldcijfers, verzonnen voor de demo (niet van het CBS)";

const YEAR: i32 = 2024;

/// Inhabitants, the five age groups, households, single-person
/// households, households with children, people per household, density.
const FIGURES: [(&str, [f64; 11]); 4] = [
    (
        "GM1926",
        [
            58000.0, 11000.0, 7000.0, 14000.0, 16000.0, 10000.0, 23000.0, 6000.0, 9500.0, 2.5,
            1500.0,
        ],
    ),
    (
        "WK192601",
        [
            27000.0, 5000.0, 3300.0, 6500.0, 7400.0, 4800.0, 10800.0, 2900.0, 4400.0, 2.5, 1700.0,
        ],
    ),
    (
        "WK192602",
        [
            23000.0, 4600.0, 2800.0, 5500.0, 6400.0, 3700.0, 9000.0, 2300.0, 3800.0, 2.6, 1900.0,
        ],
    ),
    (
        "WK192603",
        [
            8000.0, 1400.0, 900.0, 2000.0, 2200.0, 1500.0, 3200.0, 800.0, 1300.0, 2.5, 600.0,
        ],
    ),
];

/// Stores the example figures, unless there are figures already (real
/// ones, or these from an earlier run).
pub async fn seed_example_figures(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let indicators = crate::cbs_import::INDICATORS;
    if area_indicator::Entity::find()
        .filter(area_indicator::Column::Indicator.is_in(indicators))
        .count(db)
        .await?
        > 0
    {
        return Ok(());
    }
    let rows: Vec<CbsRow> = FIGURES
        .iter()
        .enumerate()
        .map(|(index, (code, values))| CbsRow {
            at: Place::Row(index + 1),
            code: (*code).to_owned(),
            figures: indicators
                .iter()
                .copied()
                .zip(values.iter().copied())
                .collect(),
        })
        .collect();
    import(db, &rows, YEAR, false, EXAMPLE_SOURCE, now)
        .await
        .map(|_| ())
        .map_err(|error| DbErr::Custom(error.to_string()))
}
