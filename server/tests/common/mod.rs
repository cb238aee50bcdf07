//! Shared set-up for the integration tests: a fresh, real database per test
//! and the real web app in front of it.
//!
//! The backend is SQLite (a file in a temporary folder) unless
//! `TEST_DATABASE_URL` is a `postgres://` URL; then every test creates its
//! own database on that server. `.ci/test` runs the suite both ways.

#![allow(
    dead_code,
    reason = "each test file uses a different part of this module"
)]

pub mod accounts;

use std::sync::atomic::{AtomicU32, Ordering};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use chrono::{DateTime, Utc};
use leptos::config::LeptosOptions;
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use server::config::Config;
use tower::ServiceExt;

pub struct TestDb {
    pub db: DatabaseConnection,
    pub url: String,
    _folder: Option<tempfile::TempDir>,
}

static DATABASE_NUMBER: AtomicU32 = AtomicU32::new(0);

impl TestDb {
    /// A fresh database with every migration applied.
    pub async fn migrated() -> TestDb {
        let test_db = TestDb::empty().await;
        server::db::migrate(&test_db.db)
            .await
            .expect("migrations run");
        test_db
    }

    /// A fresh database without any tables.
    pub async fn empty() -> TestDb {
        match std::env::var("TEST_DATABASE_URL") {
            Ok(admin_url) if admin_url.starts_with("postgres") => {
                let admin = server::db::connect(&admin_url, 1)
                    .await
                    .expect("connect to PostgreSQL");
                let name = format!(
                    "bk_test_{}_{}",
                    std::process::id(),
                    DATABASE_NUMBER.fetch_add(1, Ordering::SeqCst)
                );
                admin
                    .execute_raw(Statement::from_string(
                        admin.get_database_backend(),
                        format!("CREATE DATABASE {name}"),
                    ))
                    .await
                    .expect("create a test database");
                let base = admin_url
                    .rsplit_once('/')
                    .map_or(admin_url.as_str(), |(base, _)| base);
                let url = format!("{base}/{name}");
                let db = server::db::connect(&url, 4)
                    .await
                    .expect("connect to the test database");
                TestDb {
                    db,
                    url,
                    _folder: None,
                }
            }
            _ => {
                let folder = tempfile::tempdir().expect("temporary folder");
                let url = format!("sqlite://{}/test.db?mode=rwc", folder.path().display());
                let db = server::db::connect(&url, 4).await.expect("open SQLite");
                TestDb {
                    db,
                    url,
                    _folder: Some(folder),
                }
            }
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.url.starts_with("postgres")
    }
}

/// Runs a test on one multi-threaded runtime shared by every test in the
/// binary: requests of different tests then interleave on its workers, as
/// requests do on the server's runtime in production. This found problems
/// that a quiet runtime per test hid.
pub fn on_shared_runtime<F: std::future::Future>(test: F) -> F::Output {
    static RUNTIME: std::sync::OnceLock<tokio::runtime::Runtime> = std::sync::OnceLock::new();
    RUNTIME
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(4)
                .enable_all()
                .build()
                .expect("a Tokio runtime")
        })
        .block_on(test)
}

/// A fixed moment for tests that do not depend on the clock: Monday
/// 23 November 2026, 09:00 in Amsterdam.
pub fn monday_morning() -> DateTime<Utc> {
    "2026-11-23T08:00:00Z".parse().expect("valid time")
}

pub fn test_config() -> Config {
    Config::from_lookup(|_| None).expect("default configuration")
}

/// Files the server serves as they are, written to a temporary site folder.
pub const TEST_STYLESHEET: &str = "body { color: black; }";

pub fn test_leptos_options(site_root: &std::path::Path) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("buurtkracht")
        .site_root(site_root.display().to_string())
        .build()
}

fn test_site() -> tempfile::TempDir {
    let site = tempfile::tempdir().expect("temporary site folder");
    let pkg = site.path().join("pkg");
    std::fs::create_dir_all(&pkg).expect("pkg folder");
    std::fs::write(pkg.join("buurtkracht.css"), TEST_STYLESHEET).expect("stylesheet");
    // Stands in for the brotli file `.ci/lib.sh` writes next to each file.
    std::fs::write(pkg.join("buurtkracht.css.br"), b"brotli bytes").expect("compressed stylesheet");
    std::fs::write(pkg.join("buurtkracht.wasm"), vec![0_u8; 64 * 1024]).expect("wasm");
    std::fs::write(site.path().join("favicon.svg"), "<svg/>").expect("icon");
    site
}

/// The real router (middleware included) on a fresh database.
pub struct TestApp {
    pub router: Router,
    pub db: TestDb,
    _site: tempfile::TempDir,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    /// The text inside the first `<h1 …>…</h1>`, tags removed.
    pub fn h1(&self) -> String {
        let start = self.body.find("<h1").expect("page has an h1");
        let open_end = start + self.body[start..].find('>').expect("h1 tag closes");
        let close = open_end + self.body[open_end..].find("</h1>").expect("h1 ends");
        strip_tags(&self.body[open_end + 1..close])
    }
}

pub fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl TestApp {
    /// The app on a database with the demo data seeded at `now`.
    pub async fn with_demo_data(now: DateTime<Utc>) -> TestApp {
        let db = TestDb::migrated().await;
        server::seed::seed_demo(&db.db, now)
            .await
            .expect("demo seed");
        TestApp::on(db, test_config())
    }

    pub fn on(db: TestDb, config: Config) -> TestApp {
        let site = test_site();
        let state = server::app_state(&config, test_leptos_options(site.path()), db.db.clone());
        let router = server::web::router(state, &config);
        TestApp {
            router,
            db,
            _site: site,
        }
    }

    /// Another router (as after a restart) on the same database.
    pub fn on_same_database(other: &TestApp) -> TestApp {
        let site = test_site();
        let config = test_config();
        let state = server::app_state(
            &config,
            test_leptos_options(site.path()),
            other.db.db.clone(),
        );
        TestApp {
            router: server::web::router(state, &config),
            db: TestDb {
                db: other.db.db.clone(),
                url: other.db.url.clone(),
                _folder: None,
            },
            _site: site,
        }
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.send(Request::get(path).body(Body::empty()).expect("request"))
            .await
    }

    pub async fn send(&self, request: Request<Body>) -> TestResponse {
        // A request that never finishes is a bug: fail with its address
        // instead of hanging the test run.
        let what = format!("{} {}", request.method(), request.uri());
        let limit = std::time::Duration::from_secs(20);
        let response = tokio::time::timeout(limit, self.router.clone().oneshot(request))
            .await
            .unwrap_or_else(|_| panic!("no response within {limit:?} to {what}"))
            .expect("response");
        let status = response.status();
        let headers = response.headers().clone();
        let body = axum::body::to_bytes(response.into_body(), 16 * 1024 * 1024);
        let bytes = tokio::time::timeout(limit, body)
            .await
            .unwrap_or_else(|_| panic!("the body of {what} did not end within {limit:?}"))
            .expect("body");
        TestResponse {
            status,
            headers,
            // Leptos marks places for hydration with `<!>`; tests read the HTML without them.
            body: String::from_utf8_lossy(&bytes).replace("<!>", ""),
        }
    }
}

/// An initiative for tests, linked to areas (wijk CBS codes or buurt slugs),
/// target groups, themes and languages by their codes.
pub struct InitiativeFixture<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub description: &'a str,
    pub status: &'a str,
    pub areas: &'a [&'a str],
    pub target_groups: &'a [&'a str],
    pub themes: &'a [&'a str],
    pub languages: &'a [&'a str],
    pub looking_for_volunteers: bool,
}

impl Default for InitiativeFixture<'_> {
    fn default() -> Self {
        InitiativeFixture {
            slug: "",
            name: "",
            description: "",
            status: "published",
            areas: &[],
            target_groups: &[],
            themes: &[],
            languages: &["nl"],
            looking_for_volunteers: false,
        }
    }
}

/// Inserts an initiative with its links; returns its id.
pub async fn insert_initiative(
    db: &DatabaseConnection,
    ids: &server::seed::base::BaseIds,
    fixture: InitiativeFixture<'_>,
) -> i32 {
    use entity::{
        initiative, initiative_area, initiative_language, initiative_target_group, initiative_theme,
    };
    use sea_orm::{ActiveModelTrait, Set};
    let now = monday_morning();
    let row = initiative::ActiveModel {
        slug: Set(fixture.slug.to_owned()),
        public_id: Set(server::seed::stable_public_id(fixture.slug)),
        name: Set(fixture.name.to_owned()),
        summary: Set(format!("Over {}", fixture.name)),
        description: Set(fixture.description.to_owned()),
        kind: Set("volunteer".to_owned()),
        status: Set(fixture.status.to_owned()),
        contact_kind: Set(None),
        contact_value: Set(None),
        meeting_place: Set(None),
        needs: Set(None),
        search_text: Set(app::initiatives::initiative_search_text(
            fixture.name,
            &format!("Over {}", fixture.name),
            fixture.description,
        )),
        is_demo: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(Some(now)),
        ..Default::default()
    }
    .insert(db)
    .await
    .expect("insert initiative");
    for area in fixture.areas {
        initiative_area::ActiveModel {
            initiative_id: Set(row.id),
            area_id: Set(ids.areas[*area]),
        }
        .insert(db)
        .await
        .unwrap();
    }
    for group in fixture.target_groups {
        initiative_target_group::ActiveModel {
            initiative_id: Set(row.id),
            target_group_id: Set(ids.target_groups[*group]),
        }
        .insert(db)
        .await
        .unwrap();
    }
    for theme in fixture.themes {
        initiative_theme::ActiveModel {
            initiative_id: Set(row.id),
            theme_id: Set(ids.themes[*theme]),
        }
        .insert(db)
        .await
        .unwrap();
    }
    if fixture.looking_for_volunteers {
        entity::initiative_need::ActiveModel {
            initiative_id: Set(row.id),
            need_code: Set(app::initiatives::VOLUNTEERS_NEED.to_owned()),
        }
        .insert(db)
        .await
        .unwrap();
    }
    for language in fixture.languages {
        initiative_language::ActiveModel {
            initiative_id: Set(row.id),
            language_code: Set((*language).to_owned()),
        }
        .insert(db)
        .await
        .unwrap();
    }
    row.id
}
