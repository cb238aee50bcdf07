//! Writing activities: one place that knows every column, the link tables
//! and the stored dates, so the intake, the beheerlink, the seeds and the
//! tests all add an activity the same way.

use chrono::{DateTime, Utc};
use entity::{activity, activity_occurrence, activity_target_group, activity_theme};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};

use super::{OccurrenceStatus, horizon, recurrence};
use crate::initiatives::search_key;

/// An activity to add. `Default` gives a one-off activity with nothing
/// stated; set what is known.
#[derive(Clone, Debug, Default)]
pub struct NewActivity {
    /// A fixed UID for calendar feeds (the seeds give stable ones); a new
    /// random one when `None`.
    pub public_uid: Option<String>,
    pub initiative_id: i32,
    pub title: String,
    pub description: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// An RFC 5545 RRULE value without DTSTART.
    pub rule: Option<String>,
    pub place_name: Option<String>,
    pub address: Option<String>,
    pub coordinates: Option<(f64, f64)>,
    pub area_id: Option<i32>,
    pub target_group_ids: Vec<i32>,
    pub theme_ids: Vec<i32>,
    pub ages: Option<(i32, i32)>,
    pub cost_cents: Option<i32>,
    pub capacity: Option<i32>,
    pub signup_required: bool,
    pub wheelchair_accessible: Option<bool>,
    pub what_to_bring: Option<String>,
    pub is_demo: bool,
}

impl NewActivity {
    /// The activity's row, with its dates stored up to `horizon`.
    pub fn row(&self, now: DateTime<Utc>, horizon: DateTime<Utc>) -> activity::ActiveModel {
        activity::ActiveModel {
            public_uid: Set(self
                .public_uid
                .clone()
                .unwrap_or_else(|| uuid::Uuid::new_v4().to_string())),
            sequence: Set(0),
            initiative_id: Set(self.initiative_id),
            title: Set(self.title.clone()),
            description: Set(self.description.clone()),
            starts_at: Set(self.starts_at),
            ends_at: Set(self.ends_at),
            recurrence_rule: Set(self.rule.clone()),
            place_name: Set(self.place_name.clone()),
            address: Set(self.address.clone()),
            latitude: Set(self.coordinates.map(|(latitude, _)| latitude)),
            longitude: Set(self.coordinates.map(|(_, longitude)| longitude)),
            area_id: Set(self.area_id),
            min_age: Set(self.ages.map(|(min, _)| min)),
            max_age: Set(self.ages.map(|(_, max)| max)),
            cost_cents: Set(self.cost_cents),
            cost_note: Set(None),
            capacity: Set(self.capacity),
            signup_required: Set(self.signup_required),
            wheelchair_accessible: Set(self.wheelchair_accessible),
            what_to_bring: Set(self.what_to_bring.clone()),
            is_demo: Set(self.is_demo),
            search_text: Set(activity_search_text(&self.title, &self.description)),
            // A series has its dates up to the horizon; the server's horizon
            // task adds later ones as time goes by.
            occurrences_until: Set(self.rule.as_ref().map(|_| horizon)),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
    }

    /// The dates to store with the row, up to `horizon`.
    pub fn dates(
        &self,
        horizon: DateTime<Utc>,
    ) -> Result<Vec<recurrence::OccurrenceTimes>, recurrence::RecurrenceError> {
        recurrence::expand(self.starts_at, self.ends_at, self.rule.as_deref(), horizon)
    }

    /// The rows of the link tables, once the activity has its id.
    pub async fn insert_links(
        &self,
        db: &impl ConnectionTrait,
        activity_id: i32,
    ) -> Result<(), DbErr> {
        if !self.target_group_ids.is_empty() {
            activity_target_group::Entity::insert_many(self.target_group_ids.iter().map(|id| {
                activity_target_group::ActiveModel {
                    activity_id: Set(activity_id),
                    target_group_id: Set(*id),
                }
            }))
            .exec_without_returning(db)
            .await?;
        }
        if !self.theme_ids.is_empty() {
            activity_theme::Entity::insert_many(self.theme_ids.iter().map(|id| {
                activity_theme::ActiveModel {
                    activity_id: Set(activity_id),
                    theme_id: Set(*id),
                }
            }))
            .exec_without_returning(db)
            .await?;
        }
        Ok(())
    }
}

/// What the agenda's text search looks in.
pub fn activity_search_text(title: &str, description: &str) -> String {
    search_key(&format!("{title}\n{description}"))
}

/// Adds an activity with its groups, themes and dates (up to the horizon
/// seen from `now`). Returns its id.
pub async fn insert_activity(
    db: &impl ConnectionTrait,
    new: &NewActivity,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let until = horizon::horizon(now);
    let dates = new
        .dates(until)
        .map_err(|error| DbErr::Custom(format!("{}: {error}", new.title)))?;
    let row = new.row(now, until).insert(db).await?;
    new.insert_links(db, row.id).await?;
    horizon::store_dates(db, row.id, dates).await?;
    Ok(row.id)
}

/// Stores one date as it is, for tests and imports that know the exact
/// times of an activity without a rule.
pub async fn insert_occurrence(
    db: &impl ConnectionTrait,
    activity_id: i32,
    times: recurrence::OccurrenceTimes,
    status: OccurrenceStatus,
) -> Result<activity_occurrence::Model, DbErr> {
    activity_occurrence::ActiveModel {
        activity_id: Set(activity_id),
        original_starts_at: Set(times.starts_at),
        starts_at: Set(times.starts_at),
        ends_at: Set(times.ends_at),
        status: Set(status.code().to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// Marks one date of an activity as cancelled, or moves it to `moved_to`
/// (`None` cancels). The date is named by its original start, so a date
/// moved twice is still the same date. The activity's SEQUENCE goes up, so
/// calendar programs that subscribed take the change. Returns whether
/// such a date exists.
pub async fn change_occurrence(
    db: &impl ConnectionTrait,
    activity_id: i32,
    original_start: DateTime<Utc>,
    moved_to: Option<recurrence::OccurrenceTimes>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, QueryFilter};

    let mut update = activity_occurrence::Entity::update_many()
        .filter(activity_occurrence::Column::ActivityId.eq(activity_id))
        .filter(activity_occurrence::Column::OriginalStartsAt.eq(original_start));
    update = match moved_to {
        Some(times) => update
            .col_expr(
                activity_occurrence::Column::Status,
                Expr::value(OccurrenceStatus::Moved.code()),
            )
            .col_expr(
                activity_occurrence::Column::StartsAt,
                Expr::value(times.starts_at),
            )
            .col_expr(
                activity_occurrence::Column::EndsAt,
                Expr::value(times.ends_at),
            ),
        None => update.col_expr(
            activity_occurrence::Column::Status,
            Expr::value(OccurrenceStatus::Cancelled.code()),
        ),
    };
    if update.exec(db).await?.rows_affected == 0 {
        return Ok(false);
    }
    bump_sequence(db, activity_id, now).await?;
    Ok(true)
}

/// Undoes a cancellation or a move: the date is back at its place in the
/// series. Returns whether such a date exists.
pub async fn restore_occurrence(
    db: &impl ConnectionTrait,
    activity_id: i32,
    original_start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter};

    let Some(row) = activity_occurrence::Entity::find()
        .filter(activity_occurrence::Column::ActivityId.eq(activity_id))
        .filter(activity_occurrence::Column::OriginalStartsAt.eq(original_start))
        .one(db)
        .await?
    else {
        return Ok(false);
    };
    let length = row.ends_at - row.starts_at;
    let mut row: activity_occurrence::ActiveModel = row.into();
    row.status = Set(OccurrenceStatus::Scheduled.code().to_owned());
    row.starts_at = Set(original_start);
    row.ends_at = Set(original_start + length);
    row.update(db).await?;
    bump_sequence(db, activity_id, now).await?;
    Ok(true)
}

/// Ends a series from `now` on: the rule gets an UNTIL (so calendar feeds
/// drop the later dates too), later dates are removed, earlier ones stay
/// as they were. A one-off activity is cancelled instead.
pub async fn end_series(
    db: &impl ConnectionTrait,
    activity_id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter};

    let Some(row) = activity::Entity::find_by_id(activity_id).one(db).await? else {
        return Ok(false);
    };
    let Some(rule) = row.recurrence_rule.clone() else {
        return change_occurrence(db, activity_id, row.starts_at, None, now).await;
    };
    activity_occurrence::Entity::delete_many()
        .filter(activity_occurrence::Column::ActivityId.eq(activity_id))
        .filter(activity_occurrence::Column::OriginalStartsAt.gt(now))
        .exec(db)
        .await?;
    let mut row: activity::ActiveModel = row.into();
    row.recurrence_rule = Set(Some(rule_ending_at(&rule, Some(now))));
    row.occurrences_until = Set(Some(now));
    row.update(db).await?;
    bump_sequence(db, activity_id, now).await?;
    Ok(true)
}

/// `rule` with its end (COUNT or UNTIL) replaced by UNTIL at `last`, or
/// with no end at all.
pub fn rule_ending_at(rule: &str, last: Option<DateTime<Utc>>) -> String {
    let mut parts: Vec<String> = rule
        .split(';')
        .map(str::trim)
        .filter(|part| {
            let name = part
                .split('=')
                .next()
                .unwrap_or_default()
                .to_ascii_uppercase();
            !part.is_empty() && name != "UNTIL" && name != "COUNT"
        })
        .map(str::to_owned)
        .collect();
    if let Some(last) = last {
        parts.push(format!("UNTIL={}", last.format("%Y%m%dT%H%M%SZ")));
    }
    parts.join(";")
}

/// SEQUENCE up by one: calendar programs then take the change.
async fn bump_sequence(
    db: &impl ConnectionTrait,
    activity_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    use sea_orm::sea_query::{Expr, ExprTrait};
    use sea_orm::{ColumnTrait, QueryFilter};

    activity::Entity::update_many()
        .col_expr(
            activity::Column::Sequence,
            Expr::col(activity::Column::Sequence).add(1),
        )
        .col_expr(activity::Column::UpdatedAt, Expr::value(now))
        .filter(activity::Column::Id.eq(activity_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// The original start of the date of an activity that falls on a local
/// day (`2026-12-05`), the way dates are named in addresses and forms.
pub async fn original_start_on(
    db: &impl ConnectionTrait,
    activity_id: i32,
    day: chrono::NaiveDate,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter};

    use super::ssr::local_moment;
    Ok(activity_occurrence::Entity::find()
        .filter(activity_occurrence::Column::ActivityId.eq(activity_id))
        .filter(activity_occurrence::Column::OriginalStartsAt.gte(local_moment(day, (0, 0))))
        .filter(
            activity_occurrence::Column::OriginalStartsAt
                .lt(local_moment(day + chrono::Days::new(1), (0, 0))),
        )
        .one(db)
        .await?
        .map(|row| row.original_starts_at))
}

/// An activity's dates whose original start is after `moment`, in order:
/// those that stopping the series removes.
pub async fn occurrences_after(
    db: &impl ConnectionTrait,
    activity_id: i32,
    moment: DateTime<Utc>,
) -> Result<Vec<activity_occurrence::Model>, DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};

    activity_occurrence::Entity::find()
        .filter(activity_occurrence::Column::ActivityId.eq(activity_id))
        .filter(activity_occurrence::Column::OriginalStartsAt.gt(moment))
        .order_by_asc(activity_occurrence::Column::OriginalStartsAt)
        .all(db)
        .await
}

/// The row of one date of an activity, by its original start.
pub async fn occurrence(
    db: &impl ConnectionTrait,
    activity_id: i32,
    original_start: DateTime<Utc>,
) -> Result<Option<activity_occurrence::Model>, DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter};

    activity_occurrence::Entity::find()
        .filter(activity_occurrence::Column::ActivityId.eq(activity_id))
        .filter(activity_occurrence::Column::OriginalStartsAt.eq(original_start))
        .one(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ending_a_rule_replaces_its_count_or_until() {
        let at: DateTime<Utc> = "2026-12-03T10:00:00Z".parse().unwrap();
        assert_eq!(
            rule_ending_at("FREQ=WEEKLY;BYDAY=TU;COUNT=10", Some(at)),
            "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261203T100000Z"
        );
        assert_eq!(
            rule_ending_at("FREQ=MONTHLY;UNTIL=20270101T000000Z;BYDAY=1SA", Some(at)),
            "FREQ=MONTHLY;BYDAY=1SA;UNTIL=20261203T100000Z"
        );
        assert_eq!(
            rule_ending_at("FREQ=WEEKLY;INTERVAL=2;UNTIL=20270101T000000Z", None),
            "FREQ=WEEKLY;INTERVAL=2"
        );
    }
}
