//! The app's read queries (agenda, site info, directory) on a real database.

mod common;

use app::calendar::OccurrenceStatus;
use app::calendar::index::AgendaIndex;
use app::calendar::recurrence::OccurrenceTimes;
use app::calendar::ssr::local_date;
use app::calendar::store::{NewActivity, insert_occurrence};
use app::calendar::{Agenda, coming_days};
use chrono::Duration;
use common::{TestDb, monday_morning};
use entity::{area, initiative};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter};

async fn demo_db() -> TestDb {
    let test_db = TestDb::migrated().await;
    server::seed::seed_demo(&test_db.db, monday_morning())
        .await
        .unwrap();
    test_db
}

/// The home page's "what is on" for `days` days, from an agenda index
/// built at `now`, as the page reads it.
async fn agenda(
    db: &sea_orm::DatabaseConnection,
    now: chrono::DateTime<chrono::Utc>,
    wijk: Option<&str>,
    days: u8,
    limit: usize,
) -> Result<Agenda, sea_orm::DbErr> {
    let index = AgendaIndex::build(db, now).await?;
    Ok(coming_days(&index, now, wijk, days, limit))
}

fn titles_and_places(agenda: &app::calendar::Agenda) -> Vec<(String, Option<String>, String)> {
    agenda
        .days
        .iter()
        .flat_map(|day| day.occurrences.iter())
        .map(|item| {
            (
                item.title.clone(),
                item.area_name.clone(),
                item.initiative_name.clone(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_week_agenda_lists_published_activities_day_by_day_in_time_order() {
    let test_db = demo_db().await;
    let now = monday_morning();
    let week = agenda(&test_db.db, now, None, 7, 300).await.unwrap();

    assert_eq!(week.wijk, None);
    assert_eq!(week.first_day, Some(local_date(now)));
    assert!(
        week.days.len() >= 5,
        "something on most days, got {}",
        week.days.len()
    );
    let mut previous = None;
    for day in &week.days {
        assert!(!day.occurrences.is_empty());
        for item in &day.occurrences {
            assert_eq!(item.date, day.date);
            let key = (item.date, item.starts);
            assert!(
                previous.is_none_or(|previous| previous <= key),
                "in time order"
            );
            previous = Some(key);
        }
    }
    assert_eq!(
        week.days[0].relative,
        Some(app::calendar::RelativeDay::Today)
    );

    // The coffee morning on Tuesday is there, at 10.00 local time, for free.
    let coffee = week
        .days
        .iter()
        .flat_map(|day| &day.occurrences)
        .find(|item| item.initiative_name == "Koffieochtend De Ontmoeting")
        .expect("the weekly coffee morning");
    assert_eq!(
        (
            coffee.date.weekday,
            coffee.starts.hour,
            coffee.starts.minute
        ),
        (2, 10, 0)
    );
    assert_eq!(coffee.cost_cents, Some(0));
    assert!(coffee.is_demo);

    // Submitted initiatives are not public yet.
    let names: Vec<String> = titles_and_places(&week)
        .into_iter()
        .map(|(_, _, name)| name)
        .collect();
    assert!(!names.iter().any(|name| name == "Schaakclub voor senioren"));
}

#[tokio::test]
async fn a_wijk_agenda_only_has_activities_in_that_wijk_and_its_buurten() {
    let test_db = demo_db().await;
    let db = &test_db.db;
    let delfgauw = area::Entity::find()
        .filter(area::Column::CbsCode.eq("WK192603"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let mut allowed: Vec<String> = area::Entity::find()
        .filter(area::Column::ParentId.eq(delfgauw.id))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|buurt| buurt.name)
        .collect();
    allowed.push("Delfgauw".to_owned());

    let week = agenda(db, monday_morning(), Some("WK192603"), 14, 300)
        .await
        .unwrap();
    assert_eq!(
        week.wijk.as_ref().map(|wijk| wijk.name.as_str()),
        Some("Delfgauw")
    );
    let items = titles_and_places(&week);
    assert!(!items.is_empty());
    for (title, area, _) in &items {
        let area = area.as_deref().unwrap_or("none");
        assert!(
            allowed.iter().any(|name| name == area),
            "{title} is in {area}"
        );
    }
    // The slug works as well as the CBS code.
    let by_slug = agenda(db, monday_morning(), Some("delfgauw"), 14, 300)
        .await
        .unwrap();
    assert_eq!(titles_and_places(&by_slug), items);
}

#[tokio::test]
async fn the_agenda_stops_at_its_limit_and_says_there_is_more() {
    let test_db = demo_db().await;
    let full = agenda(&test_db.db, monday_morning(), None, 14, 300)
        .await
        .unwrap();
    let total: usize = full.days.iter().map(|day| day.occurrences.len()).sum();
    assert!(total > 10 && !full.more);

    let first = agenda(&test_db.db, monday_morning(), None, 14, 10)
        .await
        .unwrap();
    let shown: Vec<_> = first.days.iter().flat_map(|day| &day.occurrences).collect();
    assert_eq!(shown.len(), 10);
    assert!(first.more);
    let expected: Vec<_> = full
        .days
        .iter()
        .flat_map(|day| &day.occurrences)
        .take(10)
        .collect();
    assert_eq!(shown, expected, "the earliest ten");
}

#[tokio::test]
async fn an_unknown_wijk_is_ignored() {
    let test_db = demo_db().await;
    let all = agenda(&test_db.db, monday_morning(), None, 7, 300)
        .await
        .unwrap();
    let unknown = agenda(
        &test_db.db,
        monday_morning(),
        Some("WK999999' OR 1=1 --"),
        7,
        300,
    )
    .await
    .unwrap();
    assert_eq!(unknown.wijk, None);
    assert_eq!(titles_and_places(&unknown), titles_and_places(&all));
}

#[tokio::test]
async fn activities_that_have_ended_drop_off_and_running_ones_stay() {
    let test_db = TestDb::migrated().await;
    let db = &test_db.db;
    server::seed::seed_demo(db, monday_morning()).await.unwrap();
    // Noon in Amsterdam on the Monday of the demo.
    let noon = monday_morning() + Duration::hours(3);
    let some_initiative = initiative::Entity::find()
        .filter(initiative::Column::Status.eq("published"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    for (title, starts, ends) in [
        (
            "Was vanochtend",
            noon - Duration::hours(3),
            noon - Duration::hours(2),
        ),
        (
            "Is nu bezig",
            noon - Duration::minutes(30),
            noon + Duration::minutes(30),
        ),
    ] {
        // One stored date, exactly as given (no rule, no horizon).
        let new = NewActivity {
            initiative_id: some_initiative.id,
            title: title.to_owned(),
            starts_at: starts,
            ends_at: ends,
            ..Default::default()
        };
        let row = new.row(noon, noon).insert(db).await.unwrap();
        insert_occurrence(
            db,
            row.id,
            OccurrenceTimes {
                starts_at: new.starts_at,
                ends_at: new.ends_at,
            },
            OccurrenceStatus::Scheduled,
        )
        .await
        .unwrap();
    }

    let today = agenda(db, noon, None, 1, 300).await.unwrap();
    let titles: Vec<String> = titles_and_places(&today)
        .into_iter()
        .map(|(title, _, _)| title)
        .collect();
    assert!(!titles.contains(&"Was vanochtend".to_owned()), "{titles:?}");
    assert!(titles.contains(&"Is nu bezig".to_owned()), "{titles:?}");
    assert_eq!(today.days.len(), 1, "one day: today");
}

#[tokio::test]
async fn site_info_names_the_municipality_and_its_wijken_in_order() {
    let test_db = demo_db().await;
    let info = app::site::ssr::load_site_info(&test_db.db, &Default::default())
        .await
        .unwrap();
    assert_eq!(info.municipality.as_deref(), Some("Pijnacker-Nootdorp"));
    let wijken: Vec<(&str, &str)> = info
        .wijken
        .iter()
        .map(|wijk| (wijk.key.as_str(), wijk.name.as_str()))
        .collect();
    assert_eq!(
        wijken,
        vec![
            ("WK192601", "Pijnacker"),
            ("WK192602", "Nootdorp"),
            ("WK192603", "Delfgauw")
        ]
    );
    assert!(info.has_demo_data);

    let empty = TestDb::migrated().await;
    let info = app::site::ssr::load_site_info(&empty.db, &Default::default())
        .await
        .unwrap();
    assert_eq!(info.municipality, None);
    assert!(info.wijken.is_empty());
    assert!(!info.has_demo_data);
}
