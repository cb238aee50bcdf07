//! Signing up for an activity: the capacity holds under concurrent
//! sign-ups (SQLite and PostgreSQL), the waiting list moves up when someone
//! cancels, and the whole journey over HTTP: the form with its problems,
//! the confirmation page and mail, the organiser's list, cancelling.

mod common;

use app::calendar::OccurrenceStatus;
use app::calendar::recurrence::OccurrenceTimes;
use app::calendar::signup::{self, RegistrationStatus, SignUp};
use app::calendar::store::{NewActivity, insert_occurrence};
use app::i18n::Locale;
use axum::http::StatusCode;
use chrono::{Duration, Utc};
use common::accounts::post;
use common::{TestApp, TestDb, strip_tags};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter};

/// An activity of a demo initiative with `capacity` places, one date
/// tomorrow: its id and the date's start.
async fn activity_with_places(
    db: &sea_orm::DatabaseConnection,
    capacity: i32,
) -> (i32, chrono::DateTime<Utc>) {
    let now = Utc::now();
    let initiative = entity::initiative::Entity::find()
        .one(db)
        .await
        .unwrap()
        .expect("an initiative");
    let starts_at = now + Duration::days(1);
    let new = NewActivity {
        initiative_id: initiative.id,
        title: "Workshop".to_owned(),
        starts_at,
        ends_at: starts_at + Duration::hours(2),
        capacity: Some(capacity),
        signup_required: true,
        ..Default::default()
    };
    let row = new.row(now, now).insert(db).await.unwrap();
    insert_occurrence(
        db,
        row.id,
        OccurrenceTimes {
            starts_at,
            ends_at: new.ends_at,
        },
        OccurrenceStatus::Scheduled,
    )
    .await
    .unwrap();
    (row.id, starts_at)
}

fn person(number: usize, people: i32) -> SignUp {
    SignUp {
        name: format!("Bewoner {number}"),
        email: Some(format!("bewoner{number}@example.org")),
        phone: None,
        people,
    }
}

async fn statuses(
    db: &sea_orm::DatabaseConnection,
    activity_id: i32,
) -> Vec<(String, i32, String)> {
    signup::registrations_for(
        db,
        activity_id,
        entity::activity::Entity::find_by_id(activity_id)
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .starts_at,
    )
    .await
    .unwrap()
    .into_iter()
    .map(|row| (row.name, row.people, row.status))
    .collect()
}

#[test]
fn many_people_signing_up_at_once_never_exceed_the_places() {
    common::on_shared_runtime(async {
        let test_db = TestDb::migrated().await;
        server::seed::seed_demo(&test_db.db, Utc::now())
            .await
            .unwrap();
        let db = test_db.db.clone();
        let (activity_id, start) = activity_with_places(&db, 5).await;
        let mut tasks = tokio::task::JoinSet::new();
        for number in 0..20 {
            let db = db.clone();
            tasks.spawn(async move {
                signup::sign_up(
                    &db,
                    activity_id,
                    start,
                    &person(number, 1),
                    Locale::Nl,
                    Utc::now(),
                )
                .await
                .expect("a sign-up is stored")
                .expect("the date takes sign-ups")
                .status
            });
        }
        let mut confirmed = 0;
        let mut waiting = 0;
        while let Some(status) = tasks.join_next().await {
            match status.unwrap() {
                RegistrationStatus::Confirmed => confirmed += 1,
                RegistrationStatus::Waiting => waiting += 1,
                RegistrationStatus::Cancelled => unreachable!(),
            }
        }
        assert_eq!(
            (confirmed, waiting),
            (5, 15),
            "postgres: {}",
            test_db.is_postgres()
        );
        assert_eq!(
            signup::people_confirmed(&db, activity_id, start)
                .await
                .unwrap(),
            5
        );
    });
}

#[test]
fn cancelling_moves_up_whoever_fits_first_from_the_waiting_list() {
    common::on_shared_runtime(async {
        let test_db = TestDb::migrated().await;
        server::seed::seed_demo(&test_db.db, Utc::now())
            .await
            .unwrap();
        let db = &test_db.db;
        let (activity_id, start) = activity_with_places(db, 4).await;
        let now = Utc::now();
        let mut tokens = Vec::new();
        for (number, people) in [(1, 3), (2, 1), (3, 3), (4, 1)] {
            let signed_up = signup::sign_up(
                db,
                activity_id,
                start,
                &person(number, people),
                Locale::Nl,
                now,
            )
            .await
            .unwrap()
            .unwrap();
            tokens.push(signed_up.token);
        }
        assert_eq!(
            statuses(db, activity_id).await,
            [
                ("Bewoner 1".to_owned(), 3, "confirmed".to_owned()),
                ("Bewoner 2".to_owned(), 1, "confirmed".to_owned()),
                ("Bewoner 3".to_owned(), 3, "waiting".to_owned()),
                ("Bewoner 4".to_owned(), 1, "waiting".to_owned()),
            ]
        );
        // One place frees up: the group of three does not fit and keeps its
        // turn; the single person behind it moves up.
        let cancelled = signup::cancel(db, &tokens[1], now).await.unwrap().unwrap();
        let moved: Vec<&str> = cancelled
            .moved_up
            .iter()
            .map(|row| row.name.as_str())
            .collect();
        assert_eq!(moved, ["Bewoner 4"]);
        // Three places free up: now the group moves up.
        let cancelled = signup::cancel(db, &tokens[0], now).await.unwrap().unwrap();
        let moved: Vec<&str> = cancelled
            .moved_up
            .iter()
            .map(|row| row.name.as_str())
            .collect();
        assert_eq!(moved, ["Bewoner 3"]);
        assert_eq!(
            signup::people_confirmed(db, activity_id, start)
                .await
                .unwrap(),
            4
        );
        // A link cancels once.
        assert!(signup::cancel(db, &tokens[0], now).await.unwrap().is_none());
        assert!(
            signup::cancel(db, "bestaat-niet", now)
                .await
                .unwrap()
                .is_none()
        );
    });
}

/// The first `href` on the page that starts with `prefix`.
fn first_link(body: &str, prefix: &str) -> String {
    let needle = format!("href=\"{prefix}");
    let at = body.find(&needle).expect("a link") + 6;
    body[at..at + body[at..].find('"').unwrap()].to_owned()
}

#[test]
fn a_resident_signs_up_gets_a_mail_and_cancels_with_its_link() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(Utc::now()).await;
        let db = &app.db.db;
        let list = app
            .get("/agenda?q=kinderkookclub&wanneer=volgende-week")
            .await;
        let page_path = first_link(&list.body, "/activiteiten/");
        let page = app.get(&page_path).await;
        assert!(strip_tags(&page.body).contains("Er zijn nog 12 plekken vrij."));
        assert!(page.body.contains(&format!("action=\"{page_path}\"")));

        // Problems are named at their fields, and what was typed stays.
        let wrong = post(&app, &page_path, "naam=Sam&email=sam%40&aantal=30", None).await;
        assert_eq!(wrong.status, StatusCode::OK);
        let text = strip_tags(&wrong.body);
        assert!(text.contains("Dit is geen e-mailadres."), "{text}");
        assert!(text.contains("Vul een aantal in van 1 tot en met 10."));
        assert!(text.contains("Zet een vinkje als je het goed vindt."));
        assert!(
            wrong.body.contains("href=\"#email\""),
            "the summary links to the field"
        );
        assert!(
            wrong.body.contains("value=\"sam@\""),
            "the address stays as typed"
        );
        assert!(wrong.body.contains("aria-describedby=\"email-fout\""));
        assert!(wrong.body.contains("aria-invalid=\"true\""));

        let done = post(
            &app,
            &page_path,
            "naam=Sam+de+Vries&email=sam%40example.org&telefoon=&aantal=2&toestemming=ja",
            None,
        )
        .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        let confirmation = done.header("location").unwrap().to_owned();
        assert!(confirmation.starts_with("/aanmelding/"));
        assert!(confirmation.ends_with("?melding=aangemeld"));
        assert!(
            !confirmation.contains("sam"),
            "no personal data in the address"
        );
        let shown = app.get(&confirmation).await;
        assert_eq!(shown.h1(), "Je aanmelding");
        let text = strip_tags(&shown.body);
        assert!(
            text.contains("Je bent aangemeld voor Kinderkookclub op zaterdag"),
            "{text}"
        );
        assert!(text.contains("met 2 mensen"));
        let after = app.get(&page_path).await;
        assert!(strip_tags(&after.body).contains("Er zijn nog 10 plekken vrij."));

        // The mail has the same link.
        let mail = entity::outgoing_mail::Entity::find()
            .filter(entity::outgoing_mail::Column::ToAddress.eq("sam@example.org"))
            .one(db)
            .await
            .unwrap()
            .expect("a confirmation mail");
        assert!(mail.subject.contains("Kinderkookclub"));
        let path = confirmation.trim_end_matches("?melding=aangemeld");
        assert!(
            mail.body.contains(&format!("http://127.0.0.1:3000{path}")),
            "{}",
            mail.body
        );

        // The organiser sees who is coming through the beheerlink.
        let activity_id: i32 = page_path.split('/').nth(2).unwrap().parse().unwrap();
        let activity = entity::activity::Entity::find_by_id(activity_id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let token = app::initiatives::manage_links::create(db, activity.initiative_id, Utc::now())
            .await
            .unwrap();
        let dates = app
            .get(&format!(
                "/mijn-initiatief/{token}/activiteiten/{activity_id}"
            ))
            .await;
        let text = strip_tags(&dates.body);
        assert!(text.contains("2 aangemeld"), "{text}");
        assert!(text.contains("Sam de Vries (2) · sam@example.org"));

        // Cancelling frees the places.
        let cancelled = post(&app, path, "actie=afmelden", None).await;
        assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
        assert_eq!(
            cancelled.header("location"),
            Some(format!("{path}?melding=afgemeld").as_str())
        );
        let shown = app.get(&format!("{path}?melding=afgemeld")).await;
        assert!(strip_tags(&shown.body).contains("Je bent afgemeld."));
        assert!(
            !shown.body.contains(">Afmelden</button>"),
            "no second cancel"
        );
        let after = app.get(&page_path).await;
        assert!(strip_tags(&after.body).contains("Er zijn nog 12 plekken vrij."));
        assert_eq!(
            app.get("/aanmelding/bestaat-niet").await.status,
            StatusCode::NOT_FOUND
        );
    });
}

#[test]
fn sign_ups_are_deleted_after_the_retention_period() {
    common::on_shared_runtime(async {
        let test_db = TestDb::migrated().await;
        server::seed::seed_demo(&test_db.db, Utc::now())
            .await
            .unwrap();
        let db = &test_db.db;
        let (activity_id, start) = activity_with_places(db, 10).await;
        signup::sign_up(
            db,
            activity_id,
            start,
            &person(1, 1),
            Locale::Nl,
            Utc::now(),
        )
        .await
        .unwrap()
        .unwrap();
        // Not yet: the date is tomorrow.
        assert_eq!(
            signup::remove_before(db, Utc::now() - Duration::days(30))
                .await
                .unwrap(),
            0
        );
        // The retention task, 31 days after the date, with 30 days to keep them.
        let retention = app::accounts::Retention::default();
        let cleared = app::accounts::retention::clear_away(
            db,
            &retention,
            &app::mail::Outbox::new(tempfile::tempdir().unwrap().path()),
            start + Duration::days(31),
        )
        .await
        .unwrap();
        assert_eq!(cleared.registrations, 1);
        assert!(statuses(db, activity_id).await.is_empty());
    });
}

#[test]
fn the_avg_export_and_erasure_cover_sign_ups() {
    use common::accounts::signed_in_as;
    use server::cli::RoleArg;
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(Utc::now()).await;
        let db = &app.db.db;
        let admin = signed_in_as(&app, "beheer@gemeente.example", RoleArg::Admin).await;
        let (activity_id, start) = activity_with_places(db, 10).await;
        signup::sign_up(
            db,
            activity_id,
            start,
            &person(7, 2),
            Locale::Nl,
            Utc::now(),
        )
        .await
        .unwrap()
        .unwrap();
        let export = post(
            &app,
            "/beheer/privacy",
            "actie=downloaden&email=bewoner7%40example.org",
            Some(&admin),
        )
        .await;
        let data: serde_json::Value = serde_json::from_str(&export.body).unwrap();
        let sign_ups = data["activity_sign_ups"].as_array().unwrap();
        assert_eq!(sign_ups.len(), 1);
        assert_eq!(sign_ups[0]["activity"], "Workshop");
        assert_eq!(sign_ups[0]["name"], "Bewoner 7");
        assert_eq!(sign_ups[0]["people"], 2);

        let erased = post(
            &app,
            "/beheer/privacy",
            "actie=wissen&email=bewoner7%40example.org&bevestig=ja",
            Some(&admin),
        )
        .await;
        assert_eq!(
            erased.header("location"),
            Some("/beheer/privacy?melding=gewist")
        );
        assert!(statuses(db, activity_id).await.is_empty());
        let record = entity::erasure_record::Entity::find()
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert!(
            record.summary.contains("activity sign-ups: 1"),
            "{}",
            record.summary
        );
    });
}
