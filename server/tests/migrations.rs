//! The schema migrations, on a real database.

mod common;

use common::{TestDb, monday_morning};
use entity::prelude::*;
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

#[tokio::test]
async fn migrations_create_every_table_on_an_empty_database() {
    let test_db = TestDb::empty().await;
    let db = &test_db.db;
    assert!(
        !Migrator::get_pending_migrations(db)
            .await
            .unwrap()
            .is_empty()
    );
    Migrator::up(db, None)
        .await
        .expect("migrations run on an empty database");
    assert!(
        Migrator::get_pending_migrations(db)
            .await
            .unwrap()
            .is_empty()
    );

    // Every table exists and starts empty.
    assert_eq!(Area::find().count(db).await.unwrap(), 0);
    assert_eq!(TargetGroup::find().count(db).await.unwrap(), 0);
    assert_eq!(Theme::find().count(db).await.unwrap(), 0);
    assert_eq!(Organisation::find().count(db).await.unwrap(), 0);
    assert_eq!(Initiative::find().count(db).await.unwrap(), 0);
    assert_eq!(InitiativeArea::find().count(db).await.unwrap(), 0);
    assert_eq!(InitiativeTargetGroup::find().count(db).await.unwrap(), 0);
    assert_eq!(InitiativeTheme::find().count(db).await.unwrap(), 0);
    assert_eq!(InitiativeLanguage::find().count(db).await.unwrap(), 0);
    assert_eq!(Activity::find().count(db).await.unwrap(), 0);
    assert_eq!(ActivityOccurrence::find().count(db).await.unwrap(), 0);
}

#[tokio::test]
async fn migrating_a_populated_database_keeps_its_data() {
    let test_db = TestDb::migrated().await;
    let db = &test_db.db;
    server::seed::seed_demo(db, monday_morning()).await.unwrap();
    let initiatives = Initiative::find().count(db).await.unwrap();
    let occurrences = ActivityOccurrence::find().count(db).await.unwrap();
    assert!(initiatives > 0 && occurrences > 0);

    // Start-up runs the migrator every time; on a full database it must be harmless.
    server::db::migrate(db).await.expect("migrate again");
    assert_eq!(Initiative::find().count(db).await.unwrap(), initiatives);
    assert_eq!(
        ActivityOccurrence::find().count(db).await.unwrap(),
        occurrences
    );
}

#[tokio::test]
async fn deleting_an_initiative_removes_its_links_and_activities() {
    let test_db = TestDb::migrated().await;
    let db = &test_db.db;
    server::seed::seed_demo(db, monday_morning()).await.unwrap();
    let before = Activity::find().count(db).await.unwrap();
    let initiative = Initiative::find()
        .one(db)
        .await
        .unwrap()
        .expect("an initiative");
    let own_activities = Activity::find()
        .filter(entity::activity::Column::InitiativeId.eq(initiative.id))
        .count(db)
        .await
        .unwrap();
    assert!(own_activities > 0);

    Initiative::delete_by_id(initiative.id)
        .exec(db)
        .await
        .unwrap();

    assert_eq!(
        Activity::find().count(db).await.unwrap(),
        before - own_activities
    );
    let links = InitiativeArea::find()
        .filter(entity::initiative_area::Column::InitiativeId.eq(initiative.id))
        .count(db)
        .await
        .unwrap();
    assert_eq!(
        links, 0,
        "foreign keys cascade (SQLite needs foreign_keys=ON)"
    );
}

/// Guards the PostgreSQL run in CI: if `TEST_DATABASE_URL` asks for
/// PostgreSQL, the tests must really be talking to PostgreSQL.
#[tokio::test]
async fn tests_run_on_the_backend_that_was_asked_for() {
    use sea_orm::DatabaseBackend;
    let test_db = TestDb::empty().await;
    let expected = match std::env::var("TEST_DATABASE_URL") {
        Ok(url) if url.starts_with("postgres") => DatabaseBackend::Postgres,
        _ => DatabaseBackend::Sqlite,
    };
    assert_eq!(test_db.db.get_database_backend(), expected);
    assert_eq!(test_db.is_postgres(), expected == DatabaseBackend::Postgres);
}

#[tokio::test]
async fn planner_statistics_can_be_refreshed_on_either_backend() {
    use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
    let test_db = TestDb::migrated().await;
    let db = &test_db.db;
    server::seed::seed_demo(db, monday_morning()).await.unwrap();
    server::db::refresh_statistics(db, false)
        .await
        .expect("the cheap refresh");
    server::db::refresh_statistics(db, true)
        .await
        .expect("the full refresh");
    if db.get_database_backend() == DatabaseBackend::Sqlite {
        // ANALYZE writes what it learned to sqlite_stat1, per index.
        let row = db
            .query_one_raw(Statement::from_string(
                DatabaseBackend::Sqlite,
                "SELECT count(*) AS n FROM sqlite_stat1 WHERE idx = 'idx_occurrence_starts_at'",
            ))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.try_get::<i64>("", "n").unwrap(), 1);
    }
}

/// Migration 2 adds a public UUID to initiatives that are already there;
/// migration 6 turns "looking for volunteers" into a need.
#[tokio::test]
async fn the_public_id_migration_fills_existing_initiatives() {
    use sea_orm::{ConnectionTrait, Statement};
    let test_db = TestDb::empty().await;
    let db = &test_db.db;
    Migrator::up(db, Some(1))
        .await
        .expect("the first migration");
    for (slug, volunteers) in [("eerste", true), ("tweede", false), ("derde", true)] {
        db.execute_raw(Statement::from_string(
            db.get_database_backend(),
            format!(
                "INSERT INTO initiative (slug, name, summary, description, kind, status, \
                 looking_for_volunteers, search_text, is_demo, created_at, updated_at) \
                 VALUES ('{slug}', 'Naam', 'Kort', 'Lang', 'volunteer', 'published', \
                 {volunteers}, 'naam', false, '2026-11-01T10:00:00+00:00', '2026-11-01T10:00:00+00:00')"
            ),
        ))
        .await
        .expect("an initiative as the first schema knew it");
    }

    Migrator::up(db, None)
        .await
        .expect("the remaining migrations");

    let initiatives = Initiative::find().all(db).await.unwrap();
    assert_eq!(initiatives.len(), 3);
    let mut ids: Vec<uuid::Uuid> = initiatives
        .iter()
        .map(|initiative| initiative.public_id.parse().expect("a UUID"))
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 3, "every initiative has its own");

    // Migration 6: "looking for volunteers" became the need `volunteers`.
    let mut looking: Vec<String> = entity::initiative_need::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|need| {
            assert_eq!(need.need_code, "volunteers");
            let initiative = initiatives
                .iter()
                .find(|i| i.id == need.initiative_id)
                .unwrap();
            initiative.slug.clone()
        })
        .collect();
    looking.sort();
    assert_eq!(looking, vec!["derde", "eerste"]);

    // The unique index guards later changes too: "tweede" cannot take the
    // id of "eerste".
    let first_id = &initiatives
        .iter()
        .find(|initiative| initiative.slug == "eerste")
        .unwrap()
        .public_id;
    let duplicate = db
        .execute_raw(Statement::from_string(
            db.get_database_backend(),
            format!("UPDATE initiative SET public_id = '{first_id}' WHERE slug = 'tweede'"),
        ))
        .await;
    assert!(duplicate.is_err());
}
