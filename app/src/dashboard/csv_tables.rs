//! Every table of the dashboard as rows for a CSV file, with the page's
//! filters: `/dashboard/{file}.csv`. The server writes them
//! (`server/src/web/dashboard.rs`); the rows are the same functions the
//! pages use, so a file holds what the page shows.

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Amsterdam;
use sea_orm::DbErr;

use super::filter::DashboardFilter;
use super::history::{self, HistoryScope};
use super::index::{DashboardIndex, MonthResults};
use super::signals::SignalSelection;
use super::widgets::decimal_in;
use crate::i18n::Locale;
use crate::state::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvTable {
    Coverage,
    Needs,
    Partnerships,
    /// The average score per point of attention.
    Points,
    /// Contact moments and hand-overs.
    ContactLog,
    /// Every self-assessment, through time.
    Assessments,
    Signals,
    Method,
    Results,
    /// The initiatives' monthly reports.
    Reports,
}

/// A table: its header and its rows of text cells.
pub type Table = (Vec<&'static str>, Vec<Vec<String>>);

impl CsvTable {
    pub const ALL: [CsvTable; 10] = [
        CsvTable::Coverage,
        CsvTable::Needs,
        CsvTable::Partnerships,
        CsvTable::Points,
        CsvTable::ContactLog,
        CsvTable::Assessments,
        CsvTable::Signals,
        CsvTable::Method,
        CsvTable::Results,
        CsvTable::Reports,
    ];

    /// The address: `/dashboard/{path}`.
    pub fn path(self) -> &'static str {
        match self {
            CsvTable::Coverage => "dekking.csv",
            CsvTable::Needs => "behoeften.csv",
            CsvTable::Partnerships => "samenwerkingen.csv",
            CsvTable::Points => "aandachtspunten.csv",
            CsvTable::ContactLog => "contactmomenten.csv",
            CsvTable::Assessments => "zelfevaluaties.csv",
            CsvTable::Signals => "signalen.csv",
            CsvTable::Method => "stappenplan.csv",
            CsvTable::Results => "resultaten.csv",
            CsvTable::Reports => "verslagen.csv",
        }
    }

    /// The name the download gets, in the reader's language.
    pub fn file_name(self, locale: Locale) -> &'static str {
        (locale.dashboard_texts().csv_file_name)(self)
    }

    /// Whether the file holds people's contact details, so that its
    /// export goes into the audit log.
    pub fn has_personal_data(self) -> bool {
        matches!(
            self,
            CsvTable::Needs | CsvTable::Partnerships | CsvTable::ContactLog
        )
    }

    pub async fn rows(
        self,
        state: &AppState,
        query: &str,
        locale: Locale,
        now: DateTime<Utc>,
    ) -> Result<Table, DbErr> {
        let db = &state.db;
        let index = state.dashboard.get(db).await?;
        let relations = state.dashboard_relations.get(db).await?;
        let filter = DashboardFilter::from_query(query);
        let today = now.with_timezone(&Amsterdam).date_naive();
        let resolved = index.resolve(&filter, today);
        Ok(match self {
            CsvTable::Coverage => coverage(locale, &index, &resolved),
            CsvTable::Needs => {
                super::needs::export(&relations, &index, &filter, query, locale, today)
            }
            CsvTable::Partnerships => {
                let rows = super::partnerships::rows(&relations, &index, &resolved);
                super::partnerships::table(locale, &rows)
            }
            CsvTable::Signals if !super::query_value(query, "initiatief").is_empty() => {
                // The signals one initiative passed on, as its page lists them.
                let slug = super::query_value(query, "initiatief");
                let rows = match super::partnerships::initiative_by_slug(db, &slug).await? {
                    Some(initiative) => super::signals::of_initiative(db, initiative.id).await?,
                    None => Vec::new(),
                };
                super::signals::table(locale, &rows.iter().collect::<Vec<_>>())
            }
            CsvTable::Signals => {
                let since = resolved
                    .first
                    .map(|first| crate::calendar::ssr::local_moment(first.first_day(), (0, 0)));
                let rows = super::signals::rows(
                    &relations,
                    &index,
                    SignalSelection {
                        filter: resolved,
                        since,
                        unanswered: false,
                    },
                );
                super::signals::table(locale, &rows)
            }
            CsvTable::Method => {
                let steps = super::method::all_steps(db).await?;
                let wijken = super::method::wijken_shown(&index, resolved.wijk);
                super::method::table(locale, &wijken, &steps)
            }
            CsvTable::Points => {
                let rows = super::partnerships::rows(&relations, &index, &resolved);
                points(locale, &rows)
            }
            CsvTable::ContactLog | CsvTable::Assessments | CsvTable::Reports => {
                let initiative = super::query_value(query, "initiatief");
                let scope =
                    HistoryScope::of(db, &relations, &index, &resolved, &initiative).await?;
                match self {
                    CsvTable::ContactLog => history::contact_log(db, locale, &scope).await?,
                    CsvTable::Assessments => history::assessments(db, locale, &scope).await?,
                    _ => history::reports(db, locale, &index, &scope).await?,
                }
            }
            CsvTable::Results => results(locale, &index, &resolved),
        })
    }
}

/// A row per wijk and target group.
fn coverage(locale: Locale, index: &DashboardIndex, resolved: &super::index::Resolved) -> Table {
    let texts = locale.dashboard_texts();
    let cells = index.coverage(resolved);
    let mut rows = Vec::new();
    for (wijk_at, wijk) in index.wijken.iter().enumerate() {
        if resolved.wijk.is_some() && resolved.wijk != Some(Some(wijk_at as u16)) {
            continue;
        }
        for (group_at, group) in index.groups.iter().enumerate() {
            if resolved.group.is_some() && resolved.group != Some(Some(group_at as u16)) {
                continue;
            }
            let (initiatives, organisations) = cells[wijk_at][group_at];
            rows.push(vec![
                wijk.name.clone(),
                group.label(locale).to_owned(),
                initiatives.to_string(),
                organisations.to_string(),
            ]);
        }
    }
    (
        vec![
            texts.column_wijk,
            texts.column_group,
            texts.column_initiatives,
            texts.column_organisations,
        ],
        rows,
    )
}

/// A row per point of attention: the average of the latest
/// self-assessments, as the overview shows it, and how many there are.
fn points(locale: Locale, rows: &[&super::partnerships::PartnershipRow]) -> Table {
    let texts = locale.dashboard_texts();
    let assessed = rows
        .iter()
        .filter(|row| row.latest_assessment.is_some())
        .count();
    let averages = super::partnerships::point_averages(rows);
    let rows = match averages {
        None => Vec::new(),
        Some(averages) => texts
            .points
            .iter()
            .zip(averages)
            .map(|(point, average)| {
                vec![
                    (*point).to_owned(),
                    decimal_in(locale, average),
                    assessed.to_string(),
                ]
            })
            .collect(),
    };
    (
        vec![
            texts.column_point,
            texts.column_average,
            texts.column_assessed,
        ],
        rows,
    )
}

/// A row per month, for all wijken together (without a wijk filter) and
/// for each wijk.
fn results(locale: Locale, index: &DashboardIndex, resolved: &super::index::Resolved) -> Table {
    let texts = locale.dashboard_texts();
    let row = |scope: &str, month: &MonthResults| {
        vec![
            month.month.map(|month| month.iso()).unwrap_or_default(),
            scope.to_owned(),
            month.dates_held.to_string(),
            month.people_signed_up.to_string(),
            month.reports.to_string(),
            month.people_reached.to_string(),
        ]
    };
    let mut rows = Vec::new();
    if resolved.wijk.is_none() {
        for month in index.results(resolved).months {
            rows.push(row(texts.all_wijken, &month));
        }
    }
    for (at, wijk) in index.wijken.iter().enumerate() {
        let at = Some(at as u16);
        if resolved.wijk.is_some() && resolved.wijk != Some(at) {
            continue;
        }
        let one = super::index::Resolved {
            wijk: Some(at),
            ..*resolved
        };
        for month in index.results(&one).months {
            rows.push(row(&wijk.name, &month));
        }
    }
    (
        vec![
            texts.column_month,
            texts.column_wijk,
            texts.column_dates_held,
            texts.column_signed_up,
            texts.column_reports,
            texts.column_people_reached,
        ],
        rows,
    )
}
