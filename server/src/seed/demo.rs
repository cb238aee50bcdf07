//! `buurtkracht seed --demo`: the municipality of Pijnacker-Nootdorp with
//! example initiatives and three months of activities from today.
//!
//! Idempotent: an initiative that is already there (by slug) is left alone,
//! so running the command again adds nothing.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc, Weekday};
use chrono_tz::Europe::Amsterdam;
use entity::{
    activity, initiative, initiative_area, initiative_language, initiative_need,
    initiative_target_group, initiative_theme,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set, TransactionTrait,
};

use super::SeedReport;
use super::base::{BaseIds, ensure_base};
use super::demo_content::{DemoActivity, DemoInitiative, INITIATIVES, Schedule};
pub use app::calendar::ssr::local_moment;
use app::calendar::{horizon, recurrence};
use app::initiatives::{ContactKind, WebsiteUrl, initiative_search_text};

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
    let contact_value = match demo.contact {
        Some((ContactKind::Website, value)) => Some(
            WebsiteUrl::parse(value)
                .map_err(|_| DbErr::Custom(format!("{}: not a website address", demo.slug)))?
                .as_str()
                .to_owned(),
        ),
        Some((_, value)) => Some(value.to_owned()),
        None => None,
    };
    let row = initiative::ActiveModel {
        slug: Set(demo.slug.to_owned()),
        public_id: Set(super::stable_public_id(demo.slug)),
        name: Set(demo.name.to_owned()),
        summary: Set(demo.summary.to_owned()),
        description: Set(demo.description.to_owned()),
        kind: Set(demo.kind.code().to_owned()),
        status: Set(demo.status.code().to_owned()),
        contact_kind: Set(demo.contact.map(|(kind, _)| kind.code().to_owned())),
        contact_value: Set(contact_value),
        meeting_place: Set(demo.meeting_place.map(str::to_owned)),
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
    if demo.looking_for_volunteers {
        initiative_need::ActiveModel {
            initiative_id: Set(row.id),
            need_code: Set(app::initiatives::VOLUNTEERS_NEED.to_owned()),
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
        let Some(date) = first_date(demo_activity, today, horizon_date) else {
            continue;
        };
        let starts_at = local_moment(date, demo_activity.start);
        let ends_at = starts_at + chrono::Duration::minutes(demo_activity.minutes);
        let rule = demo_activity.schedule.rule(demo_activity.weekday);
        let occurrences = recurrence::expand(starts_at, ends_at, rule.as_deref(), horizon)
            .map_err(|error| DbErr::Custom(format!("{}: {error}", demo_activity.title)))?;
        let activity_id = insert_activity(
            db,
            ids,
            row.id,
            demo_activity,
            (starts_at, ends_at),
            rule.as_deref(),
            horizon,
            now,
        )
        .await?;
        report.activities += 1;
        report.occurrences += occurrences.len();
        horizon::store_dates(db, activity_id, occurrences).await?;
    }
    Ok(())
}

#[expect(clippy::too_many_arguments, reason = "the fields of one activity row")]
async fn insert_activity(
    db: &impl ConnectionTrait,
    ids: &BaseIds,
    initiative_id: i32,
    demo: &DemoActivity,
    (starts_at, ends_at): (DateTime<Utc>, DateTime<Utc>),
    rule: Option<&str>,
    horizon: DateTime<Utc>,
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
        // A series has its dates up to the horizon; the server's horizon
        // task adds the later ones as time goes by.
        occurrences_until: Set(rule.map(|_| horizon)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(inserted.id)
}

/// The first date on or after `from` that falls on `weekday`.
fn next_weekday(from: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    from + Days::new(u64::from(ahead))
}

/// The first date of a demo activity on or after `today`, if it is before
/// `until`.
pub fn first_date(
    activity: &DemoActivity,
    today: NaiveDate,
    until: NaiveDate,
) -> Option<NaiveDate> {
    let date = match activity.schedule {
        Schedule::Rule(_) | Schedule::EachWeek | Schedule::EveryOtherWeek => {
            next_weekday(today, activity.weekday)
        }
        Schedule::FirstOfMonth => {
            let this_month = today.with_day(1).unwrap_or(today);
            let in_this_month = next_weekday(this_month, activity.weekday);
            if in_this_month >= today {
                in_this_month
            } else {
                let next_month = this_month.checked_add_months(chrono::Months::new(1))?;
                next_weekday(next_month, activity.weekday)
            }
        }
        Schedule::Once(weeks) => {
            next_weekday(today, activity.weekday) + Days::new(7 * u64::from(weeks))
        }
    };
    (date < until).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

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
    fn repeating_activities_start_on_the_next_matching_weekday() {
        // Sunday 22 November 2026.
        let today = date(2026, 11, 22);
        let until = date(2027, 2, 21);
        let first = |weekday, schedule| first_date(&activity(weekday, schedule), today, until);
        assert_eq!(
            first(Weekday::Tue, Schedule::EachWeek),
            Some(date(2026, 11, 24))
        );
        assert_eq!(
            first(Weekday::Sun, Schedule::EveryOtherWeek),
            Some(date(2026, 11, 22))
        );
        assert_eq!(
            first(Weekday::Wed, Schedule::Rule("FREQ=WEEKLY")),
            Some(date(2026, 11, 25))
        );
        assert_eq!(
            first(Weekday::Wed, Schedule::Once(2)),
            Some(date(2026, 12, 9))
        );
        assert_eq!(
            first(Weekday::Wed, Schedule::Once(52)),
            None,
            "past the horizon"
        );
    }

    #[test]
    fn the_first_saturday_of_the_month_skips_dates_before_today_and_repeats_monthly() {
        let today = date(2026, 11, 22);
        let saturday = activity(Weekday::Sat, Schedule::FirstOfMonth);
        let first = first_date(&saturday, today, date(2027, 2, 21)).unwrap();
        assert_eq!(first, date(2026, 12, 5));
        let rule = Schedule::FirstOfMonth.rule(Weekday::Sat);
        assert_eq!(rule.as_deref(), Some("FREQ=MONTHLY;BYDAY=1SA"));
        let starts = local_moment(first, (10, 0));
        let dates: Vec<NaiveDate> = recurrence::expand(
            starts,
            starts,
            rule.as_deref(),
            local_moment(date(2027, 2, 21), (0, 0)),
        )
        .unwrap()
        .into_iter()
        .map(|times| times.starts_at.with_timezone(&Amsterdam).date_naive())
        .collect();
        assert_eq!(
            dates,
            vec![date(2026, 12, 5), date(2027, 1, 2), date(2027, 2, 6)]
        );
    }

    #[test]
    fn every_repeating_schedule_is_stored_as_a_rule() {
        assert_eq!(
            Schedule::EachWeek.rule(Weekday::Tue).as_deref(),
            Some("FREQ=WEEKLY")
        );
        assert_eq!(
            Schedule::EveryOtherWeek.rule(Weekday::Tue).as_deref(),
            Some("FREQ=WEEKLY;INTERVAL=2")
        );
        assert_eq!(
            Schedule::Rule("FREQ=DAILY").rule(Weekday::Tue).as_deref(),
            Some("FREQ=DAILY")
        );
        assert_eq!(Schedule::Once(1).rule(Weekday::Tue), None);
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
