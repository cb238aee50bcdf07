//! The professionals' dashboard: what initiatives need, on the page and as
//! a CSV file, for signed-in professionals only.

mod common;

use axum::http::StatusCode;
use common::accounts::{get_with, signed_in_as};
use common::{TestApp, strip_tags};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use server::cli::RoleArg;

/// A published demo initiative that asked for volunteers, and one that
/// did not.
async fn with_and_without_volunteers(
    app: &TestApp,
) -> (entity::initiative::Model, entity::initiative::Model) {
    let asking: Vec<i32> = entity::initiative_need::Entity::find()
        .filter(entity::initiative_need::Column::NeedCode.eq("volunteers"))
        .all(&app.db.db)
        .await
        .unwrap()
        .into_iter()
        .map(|need| need.initiative_id)
        .collect();
    let published = entity::initiative::Entity::find()
        .filter(entity::initiative::Column::Status.eq("published"))
        .all(&app.db.db)
        .await
        .unwrap();
    let with = published
        .iter()
        .find(|row| asking.contains(&row.id))
        .expect("a demo initiative asks for volunteers")
        .clone();
    let without = published
        .into_iter()
        .find(|row| !asking.contains(&row.id))
        .expect("a demo initiative does not");
    (with, without)
}

#[test]
fn only_professionals_see_the_dashboard_and_its_export() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let page = app.get("/dashboard").await;
        assert_eq!(page.status, StatusCode::FORBIDDEN);
        assert_eq!(page.h1(), "Geen toegang");
        let file = app.get("/dashboard/behoeften.csv").await;
        assert_eq!(file.status, StatusCode::FORBIDDEN);
        assert!(!file.body.contains(';'), "no data in the refusal");
    });
}

#[test]
fn a_professional_filters_the_needs_and_exports_them_as_csv() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let professional = signed_in_as(&app, "sanne@sbj.example", RoleArg::Professional).await;
        let (with, without) = with_and_without_volunteers(&app).await;

        let all = get_with(&app, "/dashboard", &professional).await;
        assert_eq!(all.status, StatusCode::OK);
        assert_eq!(all.h1(), "Dashboard");
        assert!(
            all.body
                .contains(&format!("href=\"/initiatieven/{}\"", with.slug))
        );

        let volunteers = get_with(&app, "/dashboard?behoefte=volunteers", &professional).await;
        let text = strip_tags(&volunteers.body);
        assert!(text.contains(&with.name), "{text}");
        assert!(
            !text.contains(&without.name),
            "only who asked for volunteers"
        );
        assert!(
            volunteers
                .body
                .contains("<option value=\"volunteers\" selected"),
            "the filter shows what was chosen"
        );
        assert!(
            volunteers
                .body
                .contains("href=\"/dashboard/behoeften.csv?behoefte=volunteers\"")
        );
        // A wijk that does not exist matches nothing, not everything.
        let nowhere = get_with(&app, "/dashboard?wijk=WK999999", &professional).await;
        assert!(
            strip_tags(&nowhere.body).contains("Geen initiatieven met deze behoefte in deze wijk.")
        );

        // A contact name that a spreadsheet would run as a formula.
        let mut row: entity::initiative::ActiveModel = with.clone().into();
        row.contact_person_name = Set(Some("=HYPERLINK(\"http://x.example\")".to_owned()));
        row.update(&app.db.db).await.unwrap();
        let file = get_with(
            &app,
            "/dashboard/behoeften.csv?behoefte=volunteers",
            &professional,
        )
        .await;
        assert_eq!(file.status, StatusCode::OK);
        assert_eq!(file.header("content-type"), Some("text/csv; charset=utf-8"));
        assert!(
            file.header("content-disposition")
                .is_some_and(|value| value.contains("behoeften.csv"))
        );
        assert!(
            file.body.starts_with('\u{feff}'),
            "a byte-order mark for Excel"
        );
        let mut lines = file.body.trim_start_matches('\u{feff}').lines();
        assert_eq!(
            lines.next(),
            Some(
                "Initiatief;Wijken;Heeft nodig;Toelichting;Contactpersoon van het initiatief;E-mail;Telefoon;Liefst via"
            )
        );
        let line = lines
            .find(|line| {
                line.starts_with(&with.name) || line.starts_with(&format!("\"{}", with.name))
            })
            .expect("the initiative's row");
        assert!(line.contains("Vrijwilligers"), "{line}");
        assert!(
            line.contains("\"'=HYPERLINK(\"\"http://x.example\"\")\""),
            "{line}"
        );
        assert!(!file.body.contains(&without.name));
    });
}
