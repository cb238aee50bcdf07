//! The history of partnerships and initiatives as CSV tables: every
//! contact moment and hand-over (`contactmomenten.csv`), every
//! self-assessment (`zelfevaluaties.csv`) and every month's report
//! (`verslagen.csv`).
//!
//! Without `initiatief` in the address a file holds the partnerships (or
//! initiatives) that pass the dashboard's filters, and only what happened
//! in its period. With `initiatief={slug}` it holds all of that one
//! initiative, as its page in the dashboard shows it.
//!
//! These are read only when someone downloads a file, so they come from
//! the database, not from the dashboard's indexes in memory.

use std::collections::{HashMap, HashSet};

use entity::{area, initiative_report, partnership_assessment, partnership_contact};
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryOrder};

use super::csv_tables::Table;
use super::filter::Month;
use super::index::{DashboardIndex, Resolved};
use super::partnerships::{PartnershipRow, log_line_what};
use super::relations::DashboardRelations;
use super::widgets::user_names;
use crate::i18n::Locale;

/// Which partnerships and initiatives, and which months, a file holds.
pub struct HistoryScope<'a> {
    pub partnerships: Vec<&'a PartnershipRow>,
    pub initiatives: HashSet<i32>,
    /// The dashboard's filter, whose months and wijk the rows must be
    /// in; `None` for one initiative's file, which holds all of it.
    pub filter: Option<Resolved>,
}

impl<'a> HistoryScope<'a> {
    /// The scope of an export: one initiative (`initiatief` in the
    /// address) or the filter's.
    pub async fn of(
        db: &DatabaseConnection,
        relations: &'a DashboardRelations,
        index: &DashboardIndex,
        filter: &Resolved,
        initiative_slug: &str,
    ) -> Result<HistoryScope<'a>, DbErr> {
        if !initiative_slug.is_empty() {
            // Not only published ones: the initiative's page also shows
            // paused and stopped initiatives.
            let id = super::partnerships::initiative_by_slug(db, initiative_slug)
                .await?
                .map(|initiative| initiative.id);
            return Ok(HistoryScope {
                partnerships: relations
                    .partnerships
                    .iter()
                    .filter(|row| Some(row.initiative_id) == id)
                    .collect(),
                initiatives: id.into_iter().collect(),
                filter: None,
            });
        }
        Ok(HistoryScope {
            partnerships: super::partnerships::rows(relations, index, filter),
            initiatives: index
                .initiatives_matching(filter)
                .map(|entry| entry.id)
                .collect(),
            filter: Some(*filter),
        })
    }

    fn takes_day(&self, day: chrono::NaiveDate) -> bool {
        self.filter
            .is_none_or(|filter| filter.takes_month(Month::of(day)))
    }

    fn by_id(&self) -> HashMap<i32, &'a PartnershipRow> {
        self.partnerships.iter().map(|row| (row.id, *row)).collect()
    }
}

/// Every contact moment and hand-over, newest first.
pub async fn contact_log(
    db: &DatabaseConnection,
    locale: Locale,
    scope: &HistoryScope<'_>,
) -> Result<Table, DbErr> {
    let texts = locale.dashboard_texts();
    let partnerships = scope.by_id();
    let lines: Vec<partnership_contact::Model> = partnership_contact::Entity::find()
        .order_by_desc(partnership_contact::Column::HappenedOn)
        .order_by_desc(partnership_contact::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|line| partnerships.contains_key(&line.partnership_id))
        .filter(|line| scope.takes_day(line.happened_on))
        .collect();
    let names = user_names(
        db,
        lines.iter().flat_map(|line| {
            [line.from_user_id, line.to_user_id, line.recorded_by_user_id]
                .into_iter()
                .flatten()
        }),
    )
    .await?;
    let name_of = |id: Option<i32>| {
        id.and_then(|id| names.get(&id).cloned())
            .unwrap_or_else(|| texts.nobody_named.to_owned())
    };
    let rows = lines
        .iter()
        .map(|line| {
            let partnership = partnerships[&line.partnership_id];
            let what = log_line_what(locale, line, &name_of);
            vec![
                line.happened_on.to_string(),
                partnership.initiative_name.clone(),
                partnership.organisation_name.clone(),
                what,
                line.note.clone(),
                name_of(line.recorded_by_user_id),
            ]
        })
        .collect();
    Ok((
        vec![
            texts.column_date,
            texts.column_initiative,
            texts.column_organisation,
            texts.column_what,
            texts.column_note,
            texts.column_by,
        ],
        rows,
    ))
}

/// Every self-assessment, per partnership oldest first, so that a
/// partnership's scores read as a line through time.
pub async fn assessments(
    db: &DatabaseConnection,
    locale: Locale,
    scope: &HistoryScope<'_>,
) -> Result<Table, DbErr> {
    let texts = locale.dashboard_texts();
    let partnerships = scope.by_id();
    let mut rows: Vec<(&PartnershipRow, partnership_assessment::Model)> =
        partnership_assessment::Entity::find()
            .order_by_asc(partnership_assessment::Column::AssessedOn)
            .order_by_asc(partnership_assessment::Column::Id)
            .all(db)
            .await?
            .into_iter()
            .filter(|assessment| scope.takes_day(assessment.assessed_on))
            .filter_map(|assessment| {
                Some((*partnerships.get(&assessment.partnership_id)?, assessment))
            })
            .collect();
    // Stable: each partnership's assessments stay in date order.
    rows.sort_by(|(a, _), (b, _)| {
        (&a.initiative_name, &a.organisation_name, a.id).cmp(&(
            &b.initiative_name,
            &b.organisation_name,
            b.id,
        ))
    });
    let mut header = vec![
        texts.column_date,
        texts.column_initiative,
        texts.column_organisation,
    ];
    header.extend(texts.points);
    header.push(texts.column_note);
    let rows = rows
        .into_iter()
        .map(|(partnership, assessment)| {
            let mut cells = vec![
                assessment.assessed_on.to_string(),
                partnership.initiative_name.clone(),
                partnership.organisation_name.clone(),
            ];
            cells.extend(assessment.points().iter().map(|score| score.to_string()));
            cells.push(assessment.note.clone());
            cells
        })
        .collect();
    Ok((header, rows))
}

/// Every month's report of the initiatives in scope, newest month first.
/// With a wijk filter, a report about another wijk is left out; one about
/// several wijken stays.
pub async fn reports(
    db: &DatabaseConnection,
    locale: Locale,
    index: &DashboardIndex,
    scope: &HistoryScope<'_>,
) -> Result<Table, DbErr> {
    let texts = locale.dashboard_texts();
    let several = locale.volunteer_texts().several_wijken;
    let wijk_names: HashMap<i32, String> = area::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.id, row.name))
        .collect();
    // The initiative's page may show one that is not published, so its
    // name comes from the database when the index does not have it.
    let mut initiative_names: HashMap<i32, String> = index
        .initiatives
        .iter()
        .filter(|entry| scope.initiatives.contains(&entry.id))
        .map(|entry| (entry.id, entry.name.clone()))
        .collect();
    for id in &scope.initiatives {
        if initiative_names.contains_key(id) {
            continue;
        }
        if let Some(found) = entity::initiative::Entity::find_by_id(*id).one(db).await? {
            initiative_names.insert(found.id, found.name);
        }
    }
    let wanted_wijk = scope
        .filter
        .and_then(|filter| filter.wijk)
        .map(|at| at.map(|at| index.wijken[usize::from(at)].id));
    let mut reports: Vec<initiative_report::Model> = initiative_report::Entity::find()
        .order_by_desc(initiative_report::Column::Month)
        .all(db)
        .await?
        .into_iter()
        .filter(|report| scope.initiatives.contains(&report.initiative_id))
        .filter(|report| scope.takes_day(report.month))
        .filter(|report| match (wanted_wijk, report.area_id) {
            (None, _) | (Some(_), None) => true,
            (Some(wanted), Some(area)) => wanted == Some(area),
        })
        .collect();
    reports.sort_by(|a, b| {
        b.month.cmp(&a.month).then_with(|| {
            initiative_names
                .get(&a.initiative_id)
                .cmp(&initiative_names.get(&b.initiative_id))
        })
    });
    let rows = reports
        .into_iter()
        .map(|report| {
            vec![
                Month::of(report.month).iso(),
                initiative_names
                    .get(&report.initiative_id)
                    .cloned()
                    .unwrap_or_default(),
                report
                    .area_id
                    .and_then(|id| wijk_names.get(&id).cloned())
                    .unwrap_or_else(|| several.to_owned()),
                report
                    .participants
                    .map(|count| count.to_string())
                    .unwrap_or_default(),
                report.achieved,
            ]
        })
        .collect();
    Ok((
        vec![
            texts.column_month,
            texts.column_initiative,
            texts.column_wijk,
            texts.column_reached,
            texts.column_achieved,
        ],
        rows,
    ))
}
