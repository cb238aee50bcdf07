//! `buurtkracht seed --demo`: the municipality of Pijnacker-Nootdorp with
//! example initiatives and three months of activities from today.
//!
//! Idempotent: an initiative that is already there (by slug) is left alone,
//! so running the command again adds nothing.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc, Weekday};
use chrono_tz::Europe::Amsterdam;
use entity::{
    initiative, initiative_area, initiative_language, initiative_need, initiative_target_group,
    initiative_theme,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set,
};

use super::SeedReport;
use super::base::{BaseIds, ensure_base};
use super::demo_content::{DemoActivity, DemoInitiative, DemoPlace, INITIATIVES, PLACES, Schedule};
use app::calendar::recurrence;
pub use app::calendar::ssr::local_moment;
use app::calendar::store::{NewActivity, change_occurrence, insert_activity};
use app::initiatives::{ContactKind, WebsiteUrl, initiative_search_text};

/// The demo fills the agenda for this many days from today.
pub const DEMO_DAYS: u64 = 91;

pub async fn seed_demo(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<SeedReport, DbErr> {
    let transaction = app::writing::begin_writing(db).await?;
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
    super::demo_dashboard::seed_demo_dashboard(&transaction, &ids, now).await?;
    transaction.commit().await?;
    super::seed_example_figures(db, now).await?;
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
    let target_groups = lookup_all(&ids.target_groups, demo.target_groups)?;
    let themes = lookup_all(&ids.themes, demo.themes)?;
    for (index, demo_activity) in demo.activities.iter().enumerate() {
        let Some(date) = first_date(demo_activity, today, horizon_date) else {
            continue;
        };
        let starts_at = local_moment(date, demo_activity.start);
        let place = demo_place(demo_activity.place)?;
        let new = NewActivity {
            public_uid: Some(super::stable_public_id(&format!(
                "{}/activity/{index}",
                demo.slug
            ))),
            initiative_id: row.id,
            title: demo_activity.title.to_owned(),
            description: demo_activity.description.to_owned(),
            starts_at,
            ends_at: starts_at + chrono::Duration::minutes(demo_activity.minutes),
            rule: demo_activity.schedule.rule(demo_activity.weekday),
            place_name: Some(demo_activity.place.to_owned()),
            address: Some(place.address.to_owned()),
            coordinates: Some(place.coordinates),
            area_id: Some(lookup(&ids.areas, demo_activity.area)?),
            // An activity is for its own group where it names one, and
            // otherwise for the initiative's groups.
            target_group_ids: match demo_activity.target_group {
                Some(code) => vec![lookup(&ids.target_groups, code)?],
                None => target_groups.clone(),
            },
            theme_ids: themes.clone(),
            ages: demo_activity.ages,
            cost_cents: demo_activity.cost_cents,
            capacity: demo_activity.capacity,
            signup_required: demo_activity.signup_required,
            wheelchair_accessible: place.wheelchair_accessible,
            what_to_bring: demo_activity.what_to_bring.map(str::to_owned),
            is_demo: true,
        };
        let activity_id = insert_activity(db, &new, now).await?;
        report.activities += 1;
        report.occurrences += new
            .dates(app::calendar::horizon::horizon(now))
            .map_or(0, |dates| dates.len());
        if let Some(exception) = demo_exception(demo.slug, index) {
            apply_exception(db, activity_id, &new, exception, now).await?;
        }
    }
    Ok(())
}

fn lookup_all(
    map: &std::collections::HashMap<String, i32>,
    keys: &[&str],
) -> Result<Vec<i32>, DbErr> {
    keys.iter().map(|key| lookup(map, key)).collect()
}

fn demo_place(name: &str) -> Result<&'static DemoPlace, DbErr> {
    PLACES
        .iter()
        .find(|place| place.name == name)
        .ok_or_else(|| DbErr::Custom(format!("demo place '{name}' has no address")))
}

/// What the demo changes in a series, so that the agenda and the feeds
/// show a cancelled and a moved date as they would in real life.
#[derive(Clone, Copy, Debug)]
enum DemoException {
    /// The n-th date (from 0) does not take place.
    Cancel(usize),
    /// The n-th date starts this many hours later.
    MoveLater(usize, i64),
}

fn demo_exception(slug: &str, activity_index: usize) -> Option<DemoException> {
    match (slug, activity_index) {
        ("koffieochtend-de-ontmoeting", 0) => Some(DemoException::Cancel(2)),
        ("wandelen-met-de-buurt-delfgauw", 0) => Some(DemoException::MoveLater(1, 1)),
        _ => None,
    }
}

async fn apply_exception(
    db: &impl ConnectionTrait,
    activity_id: i32,
    new: &NewActivity,
    exception: DemoException,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let dates = new
        .dates(app::calendar::horizon::horizon(now))
        .map_err(|error| DbErr::Custom(error.to_string()))?;
    let (index, moved_to) = match exception {
        DemoException::Cancel(index) => (index, None),
        DemoException::MoveLater(index, hours) => (
            index,
            dates.get(index).map(|date| recurrence::OccurrenceTimes {
                starts_at: date.starts_at + chrono::Duration::hours(hours),
                ends_at: date.ends_at + chrono::Duration::hours(hours),
            }),
        ),
    };
    if let Some(date) = dates.get(index) {
        change_occurrence(db, activity_id, date.starts_at, moved_to, now).await?;
    }
    Ok(())
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
            what_to_bring: None,
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
