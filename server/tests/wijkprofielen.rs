//! The public wijk profiles, with figures imported from a CBS-shaped table.

mod common;

use axum::http::StatusCode;
use common::{TestApp, strip_tags};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
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

/// The page's text with the words of different cells apart.
fn words(html: &str) -> String {
    strip_tags(&html.replace('<', " <"))
}

#[test]
fn a_profile_shows_satisfaction_beside_the_municipality_facilities_and_the_six_steps() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let delfgauw = app.get("/wijken/WK192603").await;
        let text = words(&delfgauw.body);
        let last_year = chrono::Datelike::year(&chrono::Utc::now()) - 1;
        // The demo's marks: Delfgauw's beside the municipality's, with the
        // year and the source that says they are made up.
        assert!(text.contains("Voorzieningen in de buurt 6,4 7,1"), "{text}");
        assert!(
            text.contains(&format!(
                "Bron: voorbeeldcijfers, verzonnen voor de demo, {last_year}."
            )),
            "{text}"
        );
        assert!(text.contains("Ontmoetingsplek De Kiezel (voorbeeld) · Buurthuis of wijkcentrum Kerkweg 3, Delfgauw"), "{text}");
        assert!(
            !text.contains("Sporthal (voorbeeld)"),
            "Nootdorp's, not Delfgauw's"
        );
        assert!(
            text.contains("Nu bij stap 2 van 6: In kaart brengen wat er al is."),
            "{text}"
        );
        assert!(text.contains("Organisaties bij elkaar brengen: Klaar"));
        assert!(text.contains("De cijfers zijn van de hele wijk."), "{text}");
    });
}

#[test]
fn an_admin_enters_facilities_and_marks_that_a_cbs_import_leaves_alone() {
    use common::accounts::{get_with, post, signed_in_as};
    use server::cli::RoleArg;

    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let professional = signed_in_as(&app, "sanne@sbj.example", RoleArg::Professional).await;
        let refused = get_with(&app, "/beheer/wijken/WK192602", &professional).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let not_allowed = post(
            &app,
            "/beheer/wijken/WK192602",
            "actie=voorziening&soort=library&naam=X",
            Some(&professional),
        )
        .await;
        assert_eq!(not_allowed.status, StatusCode::FORBIDDEN);

        let admin = signed_in_as(&app, "an@gemeente.example", RoleArg::Admin).await;
        let page = get_with(&app, "/beheer/wijken", &admin).await;
        assert_eq!(page.h1(), "Wijken beheren");
        assert!(page.body.contains("href=\"/beheer/wijken/WK192602\""));

        let wrong = post(
            &app,
            "/beheer/wijken/WK192602",
            "actie=voorziening&soort=&naam=Bieb+De+Parel&adres=Markt+1&website=geen+website",
            Some(&admin),
        )
        .await;
        assert_eq!(wrong.status, StatusCode::OK);
        let wrong_text = words(&wrong.body);
        assert!(wrong_text.contains("Kies de soort voorziening."));
        assert!(wrong_text.contains("Vul een websiteadres in"));
        assert!(
            wrong.body.contains("value=\"Bieb De Parel\""),
            "what was typed stays"
        );
        let added = post(
            &app,
            "/beheer/wijken/WK192602",
            "actie=voorziening&soort=library&naam=Bieb+De+Parel&adres=Markt+1&website=www.bieb.example",
            Some(&admin),
        )
        .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER);
        let profile = words(&app.get("/wijken/WK192602").await.body);
        assert!(
            profile.contains("Bieb De Parel · Bibliotheek Markt 1"),
            "{profile}"
        );
        assert!(
            app.get("/wijken/WK192602")
                .await
                .body
                .contains("href=\"https://www.bieb.example\"")
        );

        // A mark for 2024; the same year and topic again replaces it.
        let mark = |score: &str| {
            format!(
                "actie=cijfer&jaar=2024&onderwerp=TevredenheidVeiligheid&cijfer={score}&bron=Wijkonderzoek+2024"
            )
        };
        let bad = post(&app, "/beheer/wijken/WK192602", &mark("12"), Some(&admin)).await;
        assert!(words(&bad.body).contains("Vul een cijfer in van 1 tot 10"));
        assert_eq!(
            post(&app, "/beheer/wijken/WK192602", &mark("6,8"), Some(&admin))
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            post(&app, "/beheer/wijken/WK192602", &mark("7,1"), Some(&admin))
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let marks = entity::area_indicator::Entity::find()
            .filter(entity::area_indicator::Column::Indicator.eq("TevredenheidVeiligheid"))
            .filter(entity::area_indicator::Column::Year.eq(2024))
            .all(&app.db.db)
            .await
            .unwrap();
        assert_eq!(marks.len(), 1);
        assert_eq!(
            (marks[0].value, marks[0].source.as_str()),
            (7.1, "Wijkonderzoek 2024")
        );

        // Importing the CBS figures of 2024 replaces the CBS figures of that
        // year, not the marks entered for it.
        let table = std::fs::read(
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/data/cbs/kwb-2024.csv"),
        )
        .unwrap();
        import(
            &app.db.db,
            &read_table(&table).unwrap(),
            2024,
            false,
            SOURCE,
            chrono::Utc::now(),
        )
        .await
        .unwrap();
        let kept = entity::area_indicator::Entity::find()
            .filter(entity::area_indicator::Column::Indicator.eq("TevredenheidVeiligheid"))
            .filter(entity::area_indicator::Column::Year.eq(2024))
            .count(&app.db.db)
            .await
            .unwrap();
        assert_eq!(kept, 1);

        // Removing.
        let library = entity::facility::Entity::find()
            .filter(entity::facility::Column::Name.eq("Bieb De Parel"))
            .one(&app.db.db)
            .await
            .unwrap()
            .unwrap();
        // Changing: the form opens with its values, and saves the change.
        let editing = get_with(
            &app,
            &format!("/beheer/wijken/WK192602?bewerk={}", library.id),
            &admin,
        )
        .await;
        assert!(words(&editing.body).contains("Een voorziening wijzigen"));
        assert!(editing.body.contains("value=\"Markt 1\""));
        let changed = post(
            &app,
            "/beheer/wijken/WK192602",
            &format!("actie=voorziening-wijzig&id={}&soort=library&naam=Bieb+De+Parel&adres=Parelplein+2&website=", library.id),
            Some(&admin),
        )
        .await;
        assert_eq!(changed.status, StatusCode::SEE_OTHER);
        let profile = words(&app.get("/wijken/WK192602").await.body);
        assert!(
            profile.contains("Bieb De Parel · Bibliotheek Parelplein 2"),
            "{profile}"
        );
        assert!(
            !app.get("/wijken/WK192602")
                .await
                .body
                .contains("bieb.example"),
            "the website was emptied"
        );
        let removed = post(
            &app,
            "/beheer/wijken/WK192602",
            &format!("actie=voorziening-weg&id={}", library.id),
            Some(&admin),
        )
        .await;
        assert_eq!(removed.status, StatusCode::SEE_OTHER);
        assert!(!words(&app.get("/wijken/WK192602").await.body).contains("Bieb De Parel"));
    });
}

#[test]
fn an_admin_says_where_and_for_whom_an_organisation_works_and_coverage_counts_it() {
    use common::accounts::{get_with, post, signed_in_as};
    use server::cli::RoleArg;

    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let admin = signed_in_as(&app, "an@gemeente.example", RoleArg::Admin).await;
        let coverage = |html: &str| {
            let text = words(html);
            let start = text
                .find("Initiatieven en organisaties per wijk en doelgroep")
                .unwrap();
            text[start..text[start..].find("Download").unwrap() + start].to_owned()
        };
        let before = coverage(
            &get_with(
                &app,
                "/dashboard?wijk=WK192603&doelgroep=jeugd-9-13",
                &admin,
            )
            .await
            .body,
        );
        assert!(before.contains("0 organisaties"), "{before}");

        let page = get_with(&app, "/beheer/organisaties/cultura-en-zo", &admin).await;
        assert_eq!(page.h1(), "CulturA &amp; Zo: waar en voor wie");
        assert!(
            page.body.contains("value=\"WK192601\" checked"),
            "the demo's wijken are ticked"
        );
        let saved = post(
            &app,
            "/beheer/organisaties/cultura-en-zo",
            "actie=opslaan&gebied=WK192603&gebied=WK999999&doelgroep=jeugd-9-13&doelgroep=niet-bestaand",
            Some(&admin),
        )
        .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        let after = coverage(
            &get_with(
                &app,
                "/dashboard?wijk=WK192603&doelgroep=jeugd-9-13",
                &admin,
            )
            .await
            .body,
        );
        assert!(after.contains("1 organisatie"), "{after}");
        let pijnacker = coverage(
            &get_with(
                &app,
                "/dashboard?wijk=WK192601&doelgroep=jeugd-9-13",
                &admin,
            )
            .await
            .body,
        );
        assert!(
            pijnacker.contains("1 organisatie"),
            "only Gro-up stays in Pijnacker: {pijnacker}"
        );
    });
}
