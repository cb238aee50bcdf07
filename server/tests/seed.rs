//! `buurtkracht seed --demo` and `--synthetic`, on a real database.

mod common;

use chrono::Duration;
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

    let activities = Activity::find().all(db).await.unwrap();
    assert!(
        (170..=230).contains(&activities.len()),
        "about 200, got {}",
        activities.len()
    );
    assert!(activities.iter().all(|activity| activity.is_demo));

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
    assert!(
        (12..=14).contains(&dates.len()),
        "13 weeks, got {}",
        dates.len()
    );
    for pair in dates.windows(2) {
        let gap = pair[1].starts_at - pair[0].starts_at;
        // A week, give or take the hour when summer time changes.
        assert!((gap - Duration::weeks(1)).num_minutes().abs() <= 60);
    }
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
    assert_eq!(Activity::find().count(&first.db).await.unwrap(), 1_500);
    assert_eq!(
        ActivityOccurrence::find().count(&first.db).await.unwrap() as usize,
        report.occurrences
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
