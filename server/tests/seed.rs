//! `buurtkracht seed --demo` and `--synthetic`, on a real database.

mod common;

use chrono::{DateTime, Datelike, Duration, Timelike, Utc};
use common::{TestDb, monday_morning};
use entity::prelude::*;
use entity::{activity, activity_occurrence, area, initiative, organisation};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

#[tokio::test]
async fn demo_has_the_municipality_and_its_three_real_cbs_wijken() {
    let test_db = TestDb::migrated().await;
    let db = &test_db.db;
    server::seed::seed_demo(db, monday_morning()).await.unwrap();

    let municipality = Area::find()
        .filter(area::Column::Level.eq("municipality"))
        .one(db)
        .await
        .unwrap()
        .expect("a municipality");
    assert_eq!(municipality.name, "Pijnacker-Nootdorp");
    assert_eq!(municipality.cbs_code.as_deref(), Some("GM1926"));

    let wijken = Area::find()
        .filter(area::Column::Level.eq("wijk"))
        .order_by_asc(area::Column::CbsCode)
        .all(db)
        .await
        .unwrap();
    let names: Vec<(&str, &str)> = wijken
        .iter()
        .map(|wijk| (wijk.cbs_code.as_deref().unwrap_or(""), wijk.name.as_str()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("WK192601", "Pijnacker"),
            ("WK192602", "Nootdorp"),
            ("WK192603", "Delfgauw")
        ]
    );
    for wijk in &wijken {
        assert_eq!(wijk.parent_id, Some(municipality.id));
        let geometry: serde_json::Value =
            serde_json::from_str(wijk.geometry.as_deref().expect("a boundary")).unwrap();
        assert_eq!(geometry["type"], "Polygon");
        let ring = geometry["coordinates"][0].as_array().unwrap();
        assert!(ring.len() >= 10, "{} has a real outline", wijk.name);
        // Every point lies around Pijnacker-Nootdorp (lon 4.37–4.48, lat 51.96–52.06).
        for point in ring {
            let (lon, lat) = (point[0].as_f64().unwrap(), point[1].as_f64().unwrap());
            assert!((4.37..4.48).contains(&lon) && (51.96..52.06).contains(&lat));
        }
        let buurten = Area::find()
            .filter(area::Column::ParentId.eq(wijk.id))
            .count(db)
            .await
            .unwrap();
        assert!(
            (3..=6).contains(&buurten),
            "{} has a handful of buurten",
            wijk.name
        );
    }
    let kiezel = Area::find()
        .filter(area::Column::Name.eq("Delfgauw rond De Kiezel"))
        .one(db)
        .await
        .unwrap()
        .expect("a buurt with a local name");
    assert_eq!(kiezel.level, "buurt");
}

#[tokio::test]
async fn demo_has_local_organisations_initiatives_and_three_months_of_activities() {
    let test_db = TestDb::migrated().await;
    let db = &test_db.db;
    let now = monday_morning();
    let report = server::seed::seed_demo(db, now).await.unwrap();

    let mut organisations: Vec<String> = Organisation::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|organisation: organisation::Model| organisation.name)
        .collect();
    organisations.sort();
    assert_eq!(
        organisations,
        vec![
            "Bibliotheek Oostland",
            "CulturA & Zo",
            "Gemeente Pijnacker-Nootdorp",
            "Gro-up buurtwerk",
            "SBJ SamenSterk",
            "SWOP"
        ]
    );

    let initiatives = Initiative::find().all(db).await.unwrap();
    assert!(
        (25..=35).contains(&initiatives.len()),
        "about 30, got {}",
        initiatives.len()
    );
    assert_eq!(report.initiatives, initiatives.len());
    assert!(
        initiatives.iter().all(|initiative| initiative.is_demo),
        "marked as example data"
    );
    assert!(
        initiatives
            .iter()
            .any(|initiative| initiative.status == "submitted")
    );
    let published = initiatives
        .iter()
        .filter(|initiative| initiative.status == "published")
        .count();
    assert!(published >= 25);

    // One activity per series (a rule) or per one-off date.
    let activities = Activity::find().all(db).await.unwrap();
    assert!(
        (30..=40).contains(&activities.len()),
        "about 35, got {}",
        activities.len()
    );
    assert!(activities.iter().all(|activity| activity.is_demo));
    let series = activities
        .iter()
        .filter(|activity| activity.recurrence_rule.is_some())
        .count();
    assert!(series >= 28, "most activities repeat: {series}");
    assert!(
        activities
            .iter()
            .all(|activity| activity.recurrence_rule.is_some()
                == activity.occurrences_until.is_some()),
        "every series records how far its dates go"
    );

    // Every date falls in the coming three months.
    let occurrences = ActivityOccurrence::find().all(db).await.unwrap();
    assert_eq!(report.occurrences, occurrences.len());
    let horizon = now + Duration::days(server::seed::DEMO_DAYS as i64 + 1);
    for occurrence in &occurrences {
        assert!(occurrence.starts_at >= now - Duration::days(1) && occurrence.starts_at < horizon);
        assert!(occurrence.ends_at > occurrence.starts_at);
    }

    // A weekly coffee morning against loneliness is one activity with a rule
    // and a date every week.
    let coffee = Initiative::find()
        .filter(initiative::Column::Slug.eq("koffieochtend-de-ontmoeting"))
        .one(db)
        .await
        .unwrap()
        .expect("the coffee morning");
    let weekly = Activity::find()
        .filter(activity::Column::InitiativeId.eq(coffee.id))
        .one(db)
        .await
        .unwrap()
        .expect("its activity");
    assert_eq!(weekly.recurrence_rule.as_deref(), Some("FREQ=WEEKLY"));
    let dates = ActivityOccurrence::find()
        .filter(activity_occurrence::Column::ActivityId.eq(weekly.id))
        .order_by_asc(activity_occurrence::Column::StartsAt)
        .all(db)
        .await
        .unwrap();
    assert_eq!(dates.len(), 13, "13 Tuesdays in 91 days");
}

/// The coffee morning's dates (UTC) after seeding the demo at `now`.
async fn coffee_mornings_seeded_at(now: DateTime<Utc>) -> Vec<DateTime<Utc>> {
    let test_db = TestDb::migrated().await;
    let db = &test_db.db;
    server::seed::seed_demo(db, now).await.unwrap();
    coffee_mornings(db).await
}

async fn coffee_mornings(db: &sea_orm::DatabaseConnection) -> Vec<DateTime<Utc>> {
    let coffee = Initiative::find()
        .filter(initiative::Column::Slug.eq("koffieochtend-de-ontmoeting"))
        .one(db)
        .await
        .unwrap()
        .expect("the coffee morning");
    let weekly = Activity::find()
        .filter(activity::Column::InitiativeId.eq(coffee.id))
        .one(db)
        .await
        .unwrap()
        .expect("its activity");
    ActivityOccurrence::find()
        .filter(activity_occurrence::Column::ActivityId.eq(weekly.id))
        .order_by_asc(activity_occurrence::Column::StartsAt)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|date| date.starts_at)
        .collect()
}

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().expect("a UTC time")
}

#[tokio::test]
async fn the_weekly_coffee_morning_stays_at_ten_when_summer_time_starts() {
    // Monday 15 March 2027; summer time starts on Sunday 28 March 2027.
    let dates = coffee_mornings_seeded_at(utc("2027-03-15T09:00:00Z")).await;
    // 10:00 in Amsterdam is 09:00 UTC in winter time and 08:00 UTC in summer time.
    assert_eq!(
        dates[..4],
        [
            utc("2027-03-16T09:00:00Z"),
            utc("2027-03-23T09:00:00Z"),
            utc("2027-03-30T08:00:00Z"),
            utc("2027-04-06T08:00:00Z"),
        ]
    );
    assert_eq!(dates[2] - dates[1], Duration::weeks(1) - Duration::hours(1));
}

#[tokio::test]
async fn the_weekly_coffee_morning_stays_at_ten_when_winter_time_starts() {
    // Monday 18 October 2027; winter time starts on Sunday 31 October 2027.
    let dates = coffee_mornings_seeded_at(utc("2027-10-18T08:00:00Z")).await;
    assert_eq!(
        dates[..4],
        [
            utc("2027-10-19T08:00:00Z"),
            utc("2027-10-26T08:00:00Z"),
            utc("2027-11-02T09:00:00Z"),
            utc("2027-11-09T09:00:00Z"),
        ]
    );
    assert_eq!(dates[2] - dates[1], Duration::weeks(1) + Duration::hours(1));
}

#[tokio::test]
async fn a_demo_left_running_for_months_still_has_a_full_agenda() {
    use app::calendar::horizon::{HORIZON_DAYS, keep_dates_ahead};
    use app::calendar::ssr::{OccurrenceFilter, occurrences_between};
    let test_db = TestDb::migrated().await;
    let db = &test_db.db;
    let seeded = monday_morning();
    server::seed::seed_demo(db, seeded).await.unwrap();
    let two_weeks = |from: DateTime<Utc>| (from, from + Duration::days(14));

    // Half a year later, without the horizon task, the coming two weeks are empty.
    let later = seeded + Duration::days(200);
    let (from, to) = two_weeks(later);
    let before = occurrences_between(db, later, from, to, &OccurrenceFilter::default(), 0, 500)
        .await
        .unwrap();
    assert!(before.is_empty(), "the seeded dates are over");
    // Seeding again adds nothing: the demo initiatives are there already.
    assert_eq!(
        server::seed::seed_demo(db, later).await.unwrap(),
        server::seed::SeedReport::default()
    );

    // The server's task fills the horizon again from that day.
    let report = keep_dates_ahead(db, later).await.unwrap();
    assert!(
        report.activities >= 28 && report.dates > 28 * 6,
        "{report:?}"
    );
    let after = occurrences_between(db, later, from, to, &OccurrenceFilter::default(), 0, 500)
        .await
        .unwrap();
    assert!(after.len() > 30, "a full agenda again: {}", after.len());

    // The coffee morning goes on every Tuesday at 10:00, with no date
    // stored twice, up to the new horizon.
    let dates = coffee_mornings(db).await;
    let local = |date: &DateTime<Utc>| date.with_timezone(&chrono_tz::Europe::Amsterdam);
    assert!(dates.windows(2).all(|pair| pair[0] < pair[1]), "no doubles");
    assert!(dates.iter().all(|date| {
        let local = local(date);
        local.weekday() == chrono::Weekday::Tue && (local.hour(), local.minute()) == (10, 0)
    }));
    let last = *dates.last().unwrap();
    let horizon = later + Duration::days(HORIZON_DAYS);
    assert!(
        last < horizon && last >= horizon - Duration::days(7),
        "{last}"
    );
    assert!(
        dates
            .windows(2)
            .all(|pair| (pair[1] - pair[0] - Duration::weeks(1)).num_hours().abs() <= 1),
        "no week is skipped"
    );

    // Running again soon after adds nothing.
    let again = keep_dates_ahead(db, later + Duration::hours(6))
        .await
        .unwrap();
    assert_eq!(again.dates, 0);
}

#[tokio::test]
async fn demo_seed_can_run_twice_without_adding_anything() {
    let test_db = TestDb::migrated().await;
    let db = &test_db.db;
    server::seed::seed_demo(db, monday_morning()).await.unwrap();
    let counts = (
        Area::find().count(db).await.unwrap(),
        Initiative::find().count(db).await.unwrap(),
        Activity::find().count(db).await.unwrap(),
        ActivityOccurrence::find().count(db).await.unwrap(),
        Organisation::find().count(db).await.unwrap(),
        TargetGroup::find().count(db).await.unwrap(),
    );

    let second = server::seed::seed_demo(db, monday_morning() + Duration::days(3))
        .await
        .unwrap();

    assert_eq!(second, server::seed::SeedReport::default());
    assert_eq!(
        counts,
        (
            Area::find().count(db).await.unwrap(),
            Initiative::find().count(db).await.unwrap(),
            Activity::find().count(db).await.unwrap(),
            ActivityOccurrence::find().count(db).await.unwrap(),
            Organisation::find().count(db).await.unwrap(),
            TargetGroup::find().count(db).await.unwrap(),
        )
    );
}

/// Names and first dates of the synthetic initiatives, in id order.
async fn synthetic_fingerprint(db: &sea_orm::DatabaseConnection) -> Vec<String> {
    let initiatives = Initiative::find()
        .filter(initiative::Column::Slug.starts_with(server::seed::SYNTHETIC_SLUG_PREFIX))
        .order_by_asc(initiative::Column::Slug)
        .all(db)
        .await
        .unwrap();
    let activities = Activity::find()
        .order_by_asc(activity::Column::StartsAt)
        .order_by_asc(activity::Column::Title)
        .all(db)
        .await
        .unwrap();
    initiatives
        .into_iter()
        .map(|initiative| {
            format!(
                "{} {} {}",
                initiative.slug, initiative.name, initiative.status
            )
        })
        .chain(activities.into_iter().map(|activity| {
            format!(
                "{} {} {:?}",
                activity.title, activity.starts_at, activity.recurrence_rule
            )
        }))
        .collect()
}

#[tokio::test]
async fn synthetic_data_has_the_asked_size_and_is_the_same_every_time() {
    let first = TestDb::migrated().await;
    let second = TestDb::migrated().await;
    let now = monday_morning();

    let report = server::seed::seed_synthetic(&first.db, now, 300, 1_500)
        .await
        .unwrap();
    assert_eq!((report.initiatives, report.activities), (300, 1_500));
    assert!(
        report.occurrences > 1_500,
        "weekly activities have several dates"
    );
    assert_eq!(Initiative::find().count(&first.db).await.unwrap(), 300);
    // And a fifth as many that took place in the past year, one date each,
    // for the dashboard's results.
    assert_eq!(report.past_activities, 300);
    assert_eq!(Activity::find().count(&first.db).await.unwrap(), 1_800);
    assert_eq!(
        ActivityOccurrence::find().count(&first.db).await.unwrap() as usize,
        report.occurrences + report.past_activities
    );
    // What the dashboard reads besides: partnerships (about a quarter of
    // the initiatives), signals (one per twenty) and monthly reports.
    let partnerships = entity::partnership::Entity::find()
        .count(&first.db)
        .await
        .unwrap();
    assert!((40..=110).contains(&partnerships), "{partnerships}");
    assert_eq!(
        entity::signal::Entity::find()
            .count(&first.db)
            .await
            .unwrap(),
        15
    );
    assert!(
        entity::initiative_report::Entity::find()
            .count(&first.db)
            .await
            .unwrap()
            > 0
    );

    server::seed::seed_synthetic(&second.db, now, 300, 1_500)
        .await
        .unwrap();
    assert_eq!(
        synthetic_fingerprint(&first.db).await,
        synthetic_fingerprint(&second.db).await
    );
}

#[tokio::test]
async fn synthetic_data_replaces_an_earlier_run_and_leaves_demo_data_alone() {
    let test_db = TestDb::migrated().await;
    let db = &test_db.db;
    let now = monday_morning();
    server::seed::seed_demo(db, now).await.unwrap();
    let demo_initiatives = Initiative::find().count(db).await.unwrap();

    server::seed::seed_synthetic(db, now, 100, 400)
        .await
        .unwrap();
    server::seed::seed_synthetic(db, now, 50, 200)
        .await
        .unwrap();

    let synthetic = Initiative::find()
        .filter(initiative::Column::Slug.starts_with(server::seed::SYNTHETIC_SLUG_PREFIX))
        .count(db)
        .await
        .unwrap();
    assert_eq!(synthetic, 50);
    assert_eq!(
        Initiative::find().count(db).await.unwrap(),
        demo_initiatives + 50
    );
}
