//! `buurtkracht seed --demo`: the municipality of Pijnacker-Nootdorp with
//! example initiatives and three months of activities from today.
//!
//! Idempotent: an initiative that is already there (by slug) is left alone,
//! so running the command again adds nothing.

use chrono::{DateTime, Datelike, Days, NaiveDate, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Amsterdam;
use entity::{
    activity, activity_occurrence, initiative, initiative_area, initiative_language,
    initiative_target_group, initiative_theme,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set, TransactionTrait,
};

use super::SeedReport;
use super::base::{BaseIds, ensure_base};
use super::demo_content::{DemoActivity, DemoInitiative, INITIATIVES, Schedule};
use app::calendar::recurrence;
use app::initiatives::initiative_search_text;

/// The demo fills the agenda for this many days from today.
pub const DEMO_DAYS: u64 = 91;

pub async fn seed_demo(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<SeedReport, DbErr> {
    let transaction = db.begin().await?;
    let ids = ensure_base(&transaction).await?;
    let today = now.with_timezone(&Amsterdam).date_naive();
    let mut report = SeedReport::default();
    for demo in INITIATIVES {
        let exists = initiative::Entity::find()
            .filter(initiative::Column::Slug.eq(demo.slug))
            .one(&transaction)
            .await?
            .is_some();
        if !exists {
            insert_initiative(&transaction, &ids, demo, now, today, &mut report).await?;
        }
    }
    transaction.commit().await?;
    Ok(report)
}

fn lookup(map: &std::collections::HashMap<String, i32>, key: &str) -> Result<i32, DbErr> {
    map.get(key)
        .copied()
        .ok_or_else(|| DbErr::Custom(format!("demo data refers to unknown '{key}'")))
}

async fn insert_initiative(
    db: &impl ConnectionTrait,
    ids: &BaseIds,
    demo: &DemoInitiative,
    now: DateTime<Utc>,
    today: NaiveDate,
    report: &mut SeedReport,
) -> Result<(), DbErr> {
    let published = demo.status == app::initiatives::InitiativeStatus::Published;
    let row = initiative::ActiveModel {
        slug: Set(demo.slug.to_owned()),
        public_id: Set(super::stable_public_id(demo.slug)),
        name: Set(demo.name.to_owned()),
        summary: Set(demo.summary.to_owned()),
        description: Set(demo.description.to_owned()),
        kind: Set(demo.kind.code().to_owned()),
        status: Set(demo.status.code().to_owned()),
        contact_kind: Set(demo.contact.map(|(kind, _)| kind.code().to_owned())),
        contact_value: Set(demo.contact.map(|(_, value)| value.to_owned())),
        meeting_place: Set(demo.meeting_place.map(str::to_owned)),
        looking_for_volunteers: Set(demo.looking_for_volunteers),
        needs: Set(demo.needs.map(str::to_owned)),
        search_text: Set(initiative_search_text(
            demo.name,
            demo.summary,
            demo.description,
        )),
        is_demo: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(published.then_some(now)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    report.initiatives += 1;

    for area in demo.areas {
        initiative_area::ActiveModel {
            initiative_id: Set(row.id),
            area_id: Set(lookup(&ids.areas, area)?),
        }
        .insert(db)
        .await?;
    }
    for group in demo.target_groups {
        initiative_target_group::ActiveModel {
            initiative_id: Set(row.id),
            target_group_id: Set(lookup(&ids.target_groups, group)?),
        }
        .insert(db)
        .await?;
    }
    for theme in demo.themes {
        initiative_theme::ActiveModel {
            initiative_id: Set(row.id),
            theme_id: Set(lookup(&ids.themes, theme)?),
        }
        .insert(db)
        .await?;
    }
    for language in demo.languages {
        initiative_language::ActiveModel {
            initiative_id: Set(row.id),
            language_code: Set((*language).to_owned()),
        }
        .insert(db)
        .await?;
    }

    let horizon_date = today + Days::new(DEMO_DAYS);
    let horizon = local_moment(horizon_date, (0, 0));
    for demo_activity in demo.activities {
        for date in activity_dates(demo_activity, today, horizon_date) {
            let starts_at = local_moment(date, demo_activity.start);
            let ends_at = starts_at + chrono::Duration::minutes(demo_activity.minutes);
            let rule = match demo_activity.schedule {
                Schedule::Rule(rule) => Some(rule),
                _ => None,
            };
            let occurrences = recurrence::expand(starts_at, ends_at, rule, horizon)
                .map_err(|error| DbErr::Custom(format!("{}: {error}", demo_activity.title)))?;
            let activity_id = insert_activity(
                db,
                ids,
                row.id,
                demo_activity,
                starts_at,
                ends_at,
                rule,
                now,
            )
            .await?;
            report.activities += 1;
            report.occurrences += occurrences.len();
            if !occurrences.is_empty() {
                activity_occurrence::Entity::insert_many(occurrences.into_iter().map(|times| {
                    activity_occurrence::ActiveModel {
                        activity_id: Set(activity_id),
                        starts_at: Set(times.starts_at),
                        ends_at: Set(times.ends_at),
                        ..Default::default()
                    }
                }))
                .exec_without_returning(db)
                .await?;
            }
        }
    }
    Ok(())
}

#[expect(clippy::too_many_arguments, reason = "the fields of one activity row")]
async fn insert_activity(
    db: &impl ConnectionTrait,
    ids: &BaseIds,
    initiative_id: i32,
    demo: &DemoActivity,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    rule: Option<&str>,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let target_group_id = match demo.target_group {
        Some(code) => Some(lookup(&ids.target_groups, code)?),
        None => None,
    };
    let inserted = activity::ActiveModel {
        initiative_id: Set(initiative_id),
        title: Set(demo.title.to_owned()),
        description: Set(demo.description.to_owned()),
        starts_at: Set(starts_at),
        ends_at: Set(ends_at),
        recurrence_rule: Set(rule.map(str::to_owned)),
        place_name: Set(Some(demo.place.to_owned())),
        address: Set(None),
        area_id: Set(Some(lookup(&ids.areas, demo.area)?)),
        target_group_id: Set(target_group_id),
        min_age: Set(demo.ages.map(|(min, _)| min)),
        max_age: Set(demo.ages.map(|(_, max)| max)),
        cost_cents: Set(demo.cost_cents),
        cost_note: Set(None),
        capacity: Set(demo.capacity),
        signup_required: Set(demo.signup_required),
        is_demo: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(inserted.id)
}

/// A local date and time in Amsterdam, as a UTC moment.
pub fn local_moment(date: NaiveDate, (hour, minute): (u32, u32)) -> DateTime<Utc> {
    let naive = date.and_hms_opt(hour, minute, 0).unwrap_or_default();
    Amsterdam
        .from_local_datetime(&naive)
        .earliest()
        // A time inside the spring-forward gap: take the hour after.
        .unwrap_or_else(|| Amsterdam.from_utc_datetime(&naive))
        .with_timezone(&Utc)
}

/// The first date on or after `from` that falls on `weekday`.
fn next_weekday(from: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    from + Days::new(u64::from(ahead))
}

/// The dates on which an activity row starts in `[today, until)`. A rule
/// gives one row (its dates come from the rule); the other schedules give
/// one row per date, as a volunteer would enter them one by one.
pub fn activity_dates(
    activity: &DemoActivity,
    today: NaiveDate,
    until: NaiveDate,
) -> Vec<NaiveDate> {
    let first = next_weekday(today, activity.weekday);
    let every = |step: u64| {
        std::iter::successors(Some(first), move |date| {
            date.checked_add_days(Days::new(step))
        })
        .take_while(|date| *date < until)
        .collect()
    };
    match activity.schedule {
        Schedule::Rule(_) => vec![first],
        Schedule::EachWeek => every(7),
        Schedule::EveryOtherWeek => every(14),
        Schedule::FirstOfMonth => {
            let mut dates = Vec::new();
            let mut month_start = today.with_day(1).unwrap_or(today);
            while month_start < until {
                let date = next_weekday(month_start, activity.weekday);
                if date >= today && date < until {
                    dates.push(date);
                }
                month_start = month_start
                    .checked_add_months(chrono::Months::new(1))
                    .unwrap_or(until);
            }
            dates
        }
        Schedule::Once(weeks) => {
            let date = first + Days::new(7 * u64::from(weeks));
            if date < until { vec![date] } else { Vec::new() }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn activity(weekday: Weekday, schedule: Schedule) -> DemoActivity {
        DemoActivity {
            title: "Test",
            description: "",
            weekday,
            start: (10, 0),
            minutes: 60,
            schedule,
            area: "",
            place: "",
            target_group: None,
            cost_cents: None,
            capacity: None,
            signup_required: false,
            ages: None,
        }
    }

    #[test]
    fn weekly_dates_start_on_the_next_matching_weekday() {
        // Sunday 22 November 2026.
        let today = date(2026, 11, 22);
        let until = date(2026, 12, 20);
        let dates = activity_dates(&activity(Weekday::Tue, Schedule::EachWeek), today, until);
        assert_eq!(
            dates,
            vec![
                date(2026, 11, 24),
                date(2026, 12, 1),
                date(2026, 12, 8),
                date(2026, 12, 15)
            ]
        );
        let dates = activity_dates(
            &activity(Weekday::Sun, Schedule::EveryOtherWeek),
            today,
            until,
        );
        assert_eq!(dates, vec![date(2026, 11, 22), date(2026, 12, 6)]);
    }

    #[test]
    fn first_of_month_skips_dates_before_today() {
        let today = date(2026, 11, 22);
        let until = date(2027, 2, 21);
        let dates = activity_dates(
            &activity(Weekday::Sat, Schedule::FirstOfMonth),
            today,
            until,
        );
        assert_eq!(
            dates,
            vec![date(2026, 12, 5), date(2027, 1, 2), date(2027, 2, 6)]
        );
    }

    #[test]
    fn a_rule_is_one_row_and_once_is_one_date() {
        let today = date(2026, 11, 22);
        let until = date(2027, 2, 21);
        assert_eq!(
            activity_dates(
                &activity(Weekday::Wed, Schedule::Rule("FREQ=WEEKLY")),
                today,
                until
            ),
            vec![date(2026, 11, 25)]
        );
        assert_eq!(
            activity_dates(&activity(Weekday::Wed, Schedule::Once(2)), today, until),
            vec![date(2026, 12, 9)]
        );
        assert!(
            activity_dates(&activity(Weekday::Wed, Schedule::Once(52)), today, until).is_empty()
        );
    }

    #[test]
    fn local_moments_follow_summer_time() {
        assert_eq!(
            local_moment(date(2026, 7, 1), (10, 0)),
            Utc.with_ymd_and_hms(2026, 7, 1, 8, 0, 0).unwrap()
        );
        assert_eq!(
            local_moment(date(2026, 12, 1), (10, 0)),
            Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap()
        );
    }
}
