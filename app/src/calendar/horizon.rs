//! Keeping the dates of recurring activities ahead of today.
//!
//! A recurring activity's dates are stored as rows (`activity_occurrence`),
//! so that "what is on this week" is an indexed range query. They are
//! stored up to a horizon. Without help that horizon stays where it was
//! when the activity was saved, and after a few months the agenda would
//! run empty. A task in the server calls [`keep_dates_ahead`] at start-up
//! and every few hours; it adds the missing dates of every series that is
//! running out, continuing after the last stored date so that nothing is
//! stored twice.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use entity::{activity, activity_occurrence};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    FromQueryResult, QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::recurrence;

/// How far ahead dates are stored.
pub const HORIZON_DAYS: i64 = 92;

/// A series is topped up when it has fewer days than this left before the
/// horizon: most runs of the task touch no row at all.
const TOP_UP_DAYS: i64 = 7;

/// Activities handled per transaction.
const BATCH: u64 = 500;

/// What one run did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HorizonReport {
    /// Series that were looked at.
    pub activities: usize,
    /// Dates that were added.
    pub dates: usize,
}

/// The rows of an activity's dates.
pub fn date_rows(
    activity_id: i32,
    dates: Vec<recurrence::OccurrenceTimes>,
) -> impl Iterator<Item = activity_occurrence::ActiveModel> {
    dates
        .into_iter()
        .map(move |times| activity_occurrence::ActiveModel {
            activity_id: Set(activity_id),
            original_starts_at: Set(times.starts_at),
            status: Set(super::OccurrenceStatus::Scheduled.code().to_owned()),
            starts_at: Set(times.starts_at),
            ends_at: Set(times.ends_at),
            ..Default::default()
        })
}

/// Stores the dates of one activity (at most [`recurrence::MAX_OCCURRENCES`],
/// so one statement). The seeds and the intake store new activities' dates
/// with this.
pub async fn store_dates(
    db: &impl ConnectionTrait,
    activity_id: i32,
    dates: Vec<recurrence::OccurrenceTimes>,
) -> Result<(), DbErr> {
    if dates.is_empty() {
        return Ok(());
    }
    activity_occurrence::Entity::insert_many(date_rows(activity_id, dates))
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// Up to when dates are stored, seen from `now`.
pub fn horizon(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::days(HORIZON_DAYS)
}

#[derive(FromQueryResult)]
struct LastDate {
    activity_id: i32,
    last: Option<DateTime<Utc>>,
}

/// Adds the dates of recurring activities up to [`horizon`]`(now)`.
pub async fn keep_dates_ahead(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<HorizonReport, DbErr> {
    let until = horizon(now);
    let top_up_before = until - Duration::days(TOP_UP_DAYS);
    let mut report = HorizonReport::default();
    let mut after_id = 0;
    loop {
        let series = activity::Entity::find()
            .filter(activity::Column::RecurrenceRule.is_not_null())
            .filter(activity::Column::Id.gt(after_id))
            .filter(
                Condition::any()
                    .add(activity::Column::OccurrencesUntil.is_null())
                    .add(activity::Column::OccurrencesUntil.lt(top_up_before)),
            )
            .order_by_asc(activity::Column::Id)
            .limit(BATCH)
            .all(db)
            .await?;
        let Some(last) = series.last() else {
            return Ok(report);
        };
        after_id = last.id;
        report.activities += series.len();
        report.dates += top_up(db, &series, until).await?;
    }
}

/// Adds the missing dates of `series` and moves their horizon to `until`.
async fn top_up(
    db: &DatabaseConnection,
    series: &[activity::Model],
    until: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let ids: Vec<i32> = series.iter().map(|activity| activity.id).collect();
    // The last stored date of each: where a series without a recorded
    // horizon (saved before there was one) continues.
    let last_dates: HashMap<i32, DateTime<Utc>> = activity_occurrence::Entity::find()
        .select_only()
        .column(activity_occurrence::Column::ActivityId)
        // The original start: a date moved later must not hide the dates
        // between its place in the series and its new time.
        .column_as(activity_occurrence::Column::OriginalStartsAt.max(), "last")
        .filter(activity_occurrence::Column::ActivityId.is_in(ids.clone()))
        .group_by(activity_occurrence::Column::ActivityId)
        .into_model::<LastDate>()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| row.last.map(|last| (row.activity_id, last)))
        .collect();

    let mut new_dates = Vec::new();
    for activity in series {
        let stored_until = match (activity.occurrences_until, last_dates.get(&activity.id)) {
            (Some(until), Some(last)) => Some(until.max(*last)),
            (until, last) => until.or(last.copied()),
        };
        let dates = recurrence::expand_after(
            activity.starts_at,
            activity.ends_at,
            activity.recurrence_rule.as_deref(),
            stored_until,
            until,
        );
        match dates {
            Ok(dates) => new_dates.extend(date_rows(activity.id, dates)),
            // A rule that no longer parses was stored by an older version
            // or by hand; it keeps the dates it has.
            Err(error) => tracing::warn!(activity = activity.id, %error, "cannot extend a series"),
        }
    }

    let added = new_dates.len();
    let transaction = crate::writing::begin_writing(db).await?;
    // SQLite takes at most 32,766 bound values per statement; 6 a row.
    for chunk in new_dates.chunks(1_000) {
        activity_occurrence::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(&transaction)
            .await?;
    }
    activity::Entity::update_many()
        .col_expr(activity::Column::OccurrencesUntil, Expr::value(until))
        .filter(activity::Column::Id.is_in(ids))
        .exec(&transaction)
        .await?;
    transaction.commit().await?;
    Ok(added)
}
