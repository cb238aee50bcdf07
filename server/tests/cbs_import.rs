//! `buurtkracht import-cbs`: CBS-shaped tables in both forms, into a real
//! database, and broken files that change nothing.

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::TestApp;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::cbs_import::{CbsError, Place, SOURCE, import, read_table};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/data/cbs/{name}"))
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).expect("the fixture")
}

/// One stored figure, by area code, year and indicator.
async fn figure(app: &TestApp, code: &str, year: i32, indicator: &str) -> Option<f64> {
    let area = entity::area::Entity::find()
        .filter(entity::area::Column::CbsCode.eq(code))
        .one(&app.db.db)
        .await
        .unwrap()?;
    entity::area_indicator::Entity::find()
        .filter(entity::area_indicator::Column::AreaId.eq(area.id))
        .filter(entity::area_indicator::Column::Year.eq(year))
        .filter(entity::area_indicator::Column::Indicator.eq(indicator))
        .one(&app.db.db)
        .await
        .unwrap()
        .map(|row| row.value)
}

/// The CBS figures stored (the demo's satisfaction marks share the table).
async fn stored(app: &TestApp) -> u64 {
    entity::area_indicator::Entity::find()
        .filter(entity::area_indicator::Column::Indicator.is_in(server::cbs_import::INDICATORS))
        .count(&app.db.db)
        .await
        .unwrap()
}

#[test]
fn both_forms_of_the_cbs_table_are_read_by_column_name_and_a_year_again_replaces_it() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let now = chrono::Utc::now();

        // The 2023 JSON numbers its columns differently from the 2024 CSV.
        let rows = read_table(&read("kwb-2023.json")).unwrap();
        let summary = import(&app.db.db, &rows, 2023, false, SOURCE, now)
            .await
            .unwrap();
        assert_eq!(summary.areas, 3, "the municipality and two wijken");
        assert_eq!(summary.other_municipalities, 1, "the Zoetermeer wijk");
        assert_eq!(
            figure(&app, "WK192603", 2023, "Eenpersoonshuishoudens").await,
            Some(780.0)
        );
        assert_eq!(
            figure(&app, "GM1926", 2023, "GemiddeldeHuishoudensgrootte").await,
            Some(2.5)
        );
        // A figure CBS left out is not stored as 0.
        assert_eq!(
            figure(&app, "WK192603", 2023, "Bevolkingsdichtheid").await,
            None
        );
        assert_eq!(figure(&app, "WK063701", 2023, "AantalInwoners").await, None);

        let rows = read_table(&read("kwb-2024.csv")).unwrap();
        let summary = import(&app.db.db, &rows, 2024, false, SOURCE, now)
            .await
            .unwrap();
        assert_eq!(summary.areas, 4);
        assert_eq!(summary.other_municipalities, 1, "Zoetermeer");
        // The demo's buurten have no CBS codes (yet): named, not guessed.
        assert_eq!(summary.unknown_codes, vec!["BU19260101".to_owned()]);
        assert_eq!(
            figure(&app, "WK192603", 2024, "AantalInwoners").await,
            Some(8000.0)
        );
        assert_eq!(
            figure(&app, "WK192601", 2024, "k_65JaarOfOuder").await,
            Some(4800.0)
        );
        assert_eq!(
            figure(&app, "WK192603", 2024, "Bevolkingsdichtheid").await,
            None,
            "“.” is a figure CBS left out"
        );
        // 11 figures each, less the one left out; and 31 from 2023.
        assert_eq!(summary.figures, 43);
        let after_both = stored(&app).await;
        assert_eq!(after_both, 43 + 31);

        // The same year again: replaced, not doubled; 2023 stays.
        let again = import(&app.db.db, &rows, 2024, false, SOURCE, now)
            .await
            .unwrap();
        assert_eq!(again, summary);
        assert_eq!(stored(&app).await, after_both);
        assert_eq!(
            figure(&app, "WK192601", 2023, "AantalInwoners").await,
            Some(26800.0)
        );
    });
}

#[test]
fn a_broken_file_names_the_line_and_column_and_changes_nothing() {
    assert_eq!(
        read_table(&read("broken-number.csv")).unwrap_err(),
        CbsError::NotANumber {
            at: Place::Line(4),
            column: "AantalInwoners_5".to_owned(),
            value: "veel".to_owned(),
        }
    );
    assert!(matches!(
        read_table(&read("broken-cut-off.csv")).unwrap_err(),
        CbsError::WrongFieldCount { line: 4, .. }
    ));
    assert!(matches!(
        read_table(&read("broken-cut-off.json")).unwrap_err(),
        CbsError::BrokenJson { line: 5, .. }
    ));
    assert_eq!(
        read_table(&read("broken-no-region.csv")).unwrap_err(),
        CbsError::NoRegionColumn
    );
    assert_eq!(read_table(b"  \n").unwrap_err(), CbsError::Empty);
}

/// The command as an admin runs it, on the test's database.
fn import_cbs(app: &TestApp, args: &[&str]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_buurtkracht"))
        .env_clear()
        .env("DATABASE_URL", &app.db.url)
        .env("RUST_LOG", "warn")
        .arg("import-cbs")
        .args(args)
        .output()
        .expect("the binary runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_command_says_what_it_imported_or_why_it_imported_nothing() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let good = fixture("kwb-2024.csv");
        let (ok, out, err) = import_cbs(&app, &[good.to_str().unwrap()]);
        assert!(ok, "{err}");
        assert!(
            out.contains("Imported 43 figures of 4 areas for 2024"),
            "the year from the file name: {out}"
        );
        assert!(
            out.contains("Skipped 1 rows of other municipalities."),
            "{out}"
        );
        assert!(
            out.contains("Not in the area list, so skipped: BU19260101."),
            "{out}"
        );
        let before = stored(&app).await;

        let broken = fixture("broken-number.csv");
        let (ok, _, err) = import_cbs(&app, &[broken.to_str().unwrap(), "--year", "2024"]);
        assert!(!ok);
        assert!(
            err.contains(
                "line 4, column AantalInwoners_5: \"veel\" is not a number; nothing was imported"
            ),
            "{err}"
        );
        assert_eq!(stored(&app).await, before);
        assert_eq!(
            figure(&app, "WK192601", 2024, "AantalInwoners").await,
            Some(27000.0)
        );

        let no_year = fixture("kwb-2023.json");
        let renamed = tempfile::tempdir().unwrap();
        let path = renamed.path().join("kerncijfers.json");
        std::fs::copy(&no_year, &path).unwrap();
        let (ok, _, err) = import_cbs(&app, &[path.to_str().unwrap()]);
        assert!(!ok);
        assert!(err.contains("Give --year"), "{err}");
    });
}

/// A multipart form as a browser sends the upload form.
fn upload_body(file_name: &str, file: &[u8], year: &str) -> (String, Vec<u8>) {
    let boundary = "----buurtkracht-test-grens";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"{file_name}\"\r\nContent-Type: text/csv\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(
        format!("\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"jaar\"\r\n\r\n{year}\r\n--{boundary}--\r\n")
            .as_bytes(),
    );
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn upload(
    app: &TestApp,
    cookie: &str,
    file_name: &str,
    file: &[u8],
    year: &str,
) -> common::TestResponse {
    use axum::body::Body;
    use axum::http::{Request, header};
    let (content_type, body) = upload_body(file_name, file, year);
    app.send(
        Request::post("/beheer/wijken/cbs")
            .header(header::CONTENT_TYPE, content_type)
            .header(header::COOKIE, cookie)
            .body(Body::from(body))
            .unwrap(),
    )
    .await
}

#[test]
fn an_admin_uploads_a_cbs_table_and_a_broken_one_comes_back_with_its_problem() {
    use common::accounts::signed_in_as;
    use server::cli::RoleArg;

    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let professional = signed_in_as(&app, "sanne@sbj.example", RoleArg::Professional).await;
        let refused = upload(
            &app,
            &professional,
            "kwb-2024.csv",
            &read("kwb-2024.csv"),
            "",
        )
        .await;
        assert_eq!(refused.status, axum::http::StatusCode::FORBIDDEN);
        assert_eq!(
            figure(&app, "WK192601", 2024, "AantalInwoners").await,
            Some(27000.0),
            "the demo's, unchanged"
        );

        let admin = signed_in_as(&app, "an@gemeente.example", RoleArg::Admin).await;
        // Larger than a form may be (64 KiB): the upload has its own limit.
        let mut table = read("kwb-2024.csv");
        table.extend(std::iter::repeat_n(b'\n', 100 * 1024));
        let done = upload(&app, &admin, "kwb-2024.csv", &table, "").await;
        assert_eq!(
            done.status,
            axum::http::StatusCode::SEE_OTHER,
            "{}",
            done.body
        );
        let location = done.header("location").unwrap().to_owned();
        assert_eq!(
            location,
            "/beheer/wijken?melding=cbs&jaar=2024&gebieden=4&cijfers=43&onbekend=1"
        );
        assert_eq!(
            figure(&app, "WK192603", 2024, "AantalInwoners").await,
            Some(8000.0)
        );
        let page = common::accounts::get_with(&app, &location, &admin).await;
        let text = common::strip_tags(&page.body);
        assert!(
            text.contains("De cijfers van 2024 zijn ingelezen: 43 cijfers van 4 gebieden."),
            "{text}"
        );
        assert!(
            text.contains("1 code van de gemeente staat niet in de lijst met wijken"),
            "{text}"
        );

        let before = stored(&app).await;
        let broken = upload(
            &app,
            &admin,
            "kerncijfers.csv",
            &read("broken-number.csv"),
            "2023",
        )
        .await;
        assert_eq!(broken.status, axum::http::StatusCode::OK);
        let text = common::strip_tags(&broken.body);
        assert!(
            text.contains(
                "Regel 4, kolom AantalInwoners_5: \"veel\" is geen getal. Er is niets veranderd."
            ),
            "{text}"
        );
        assert!(
            broken.body.contains("href=\"#bestand\""),
            "the summary links to the file field"
        );
        assert!(
            broken.body.contains("value=\"2023\""),
            "the year typed stays"
        );
        assert_eq!(stored(&app).await, before);

        let no_year = upload(&app, &admin, "kerncijfers.json", &read("kwb-2023.json"), "").await;
        assert!(common::strip_tags(&no_year.body).contains("Welk jaar is dit?"));
    });
}
