//! The public wijk profiles, with figures imported from a CBS-shaped table.

mod common;

use axum::http::StatusCode;
use common::{TestApp, strip_tags};
use server::cbs_import::{SOURCE, import, read_table};

/// A table row as drawn: its heading, then its cells.
fn row(heading: &str, cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .map(|cell| format!("<td>{cell}</td>"))
        .collect();
    format!("<th scope=\"row\">{heading}</th>{cells}")
}

async fn app_with_figures() -> TestApp {
    let app = TestApp::with_demo_data(chrono::Utc::now()).await;
    let table = std::fs::read(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/cbs/kwb-2024.csv"),
    )
    .unwrap();
    let rows = read_table(&table).unwrap();
    import(&app.db.db, &rows, 2024, false, SOURCE, chrono::Utc::now())
        .await
        .unwrap();
    app
}

#[test]
fn a_resident_opens_the_list_of_wijken_and_one_profile() {
    common::on_shared_runtime(async {
        let app = app_with_figures().await;
        let list = app.get("/wijken").await;
        assert_eq!(list.status, StatusCode::OK);
        assert_eq!(list.h1(), "Wijken");
        let text = strip_tags(&list.body);
        assert!(text.contains("8.000 inwoners (2024)"), "{text}");
        assert!(list.body.contains("href=\"/wijken/WK192603\""));

        let delfgauw = app.get("/wijken/WK192603").await;
        assert_eq!(delfgauw.status, StatusCode::OK);
        assert_eq!(delfgauw.h1(), "Delfgauw");
        let body = &delfgauw.body;
        // 1,500 of 8,000 people are 65 or older; the municipality's
        // 10,000 of 58,000 is 17 %.
        assert!(
            body.contains(&row("65 jaar of ouder", &["19 %", "17 %"])),
            "{body}"
        );
        assert!(body.contains(&row("Inwoners", &["8.000", "58.000"])));
        assert!(body.contains(&row("Mensen per huishouden (gemiddeld)", &["2,5", "2,5"])));
        // Left out by CBS: said so, not shown as 0.
        assert!(body.contains(&row("Inwoners per km²", &["onbekend", "1.500"])));
        let text = strip_tags(body);
        assert!(
            text.contains("Bron: CBS, Kerncijfers wijken en buurten (CC BY 4.0), 2024."),
            "{text}"
        );
        // The chart is an image with a text alternative; its numbers are
        // in a table too.
        assert!(
            body.contains(
                "role=\"img\" aria-label=\"Leeftijden in Delfgauw en in Pijnacker-Nootdorp"
            )
        );
        assert!(body.contains(&row("25 tot 45 jaar", &["25 %", "24 %"])));
        assert!(delfgauw.body.contains("href=\"/kaart?wijk=WK192603\""));
        assert!(delfgauw.body.contains("href=\"/agenda?wijk=WK192603\""));
        assert!(
            text.contains("initiatieven uit deze wijk op de sociale kaart"),
            "{text}"
        );

        // The slug leads to the same wijk; an unknown key is a 404 page.
        let by_slug = app.get("/wijken/delfgauw").await;
        assert_eq!(by_slug.h1(), "Delfgauw");
        let unknown = app.get("/wijken/WK999999").await;
        assert_eq!(unknown.status, StatusCode::NOT_FOUND);
        assert_eq!(unknown.h1(), "Deze wijk kennen we niet");
    });
}

#[test]
fn the_demo_s_figures_say_they_are_made_up_and_a_wijk_without_figures_says_so() {
    use sea_orm::EntityTrait;

    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let demo = strip_tags(&app.get("/wijken/WK192602").await.body);
        assert!(
            demo.contains(
                "Bron: voorbeeldcijfers, verzonnen voor de demo (niet van het CBS), 2024."
            ),
            "{demo}"
        );
        entity::area_indicator::Entity::delete_many()
            .exec(&app.db.db)
            .await
            .unwrap();
        let page = app.get("/wijken/WK192602").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(strip_tags(&page.body).contains("Er zijn nog geen cijfers over deze wijk."));
        assert!(
            !page.body.contains("<svg viewBox=\"0 0 360"),
            "no empty chart"
        );
    });
}
