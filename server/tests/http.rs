//! The web app over HTTP: pages, status codes, headers and protections,
//! through the same router and middleware as production.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::{TestApp, TestDb, test_config};

async fn demo_app() -> TestApp {
    TestApp::with_demo_data(chrono::Utc::now()).await
}

#[tokio::test]
async fn the_home_page_is_complete_html_in_dutch() {
    let app = demo_app().await;
    let page = app.get("/").await;

    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    assert!(page.body.contains("<html lang=\"nl\""), "Dutch by default");
    assert_eq!(page.h1(), "Wat is er te doen in je wijk?");
    assert!(page.body.contains("Ga direct naar de inhoud"), "skip link");
    assert!(page.body.contains("href=\"#inhoud\""));
    assert!(page.body.contains("id=\"inhoud\""));
    for item in [
        "Kaart",
        "Agenda",
        "Initiatief aanmelden",
        "Voor professionals",
    ] {
        assert!(
            page.body.contains(&format!(">{item}</a>")),
            "menu item {item}"
        );
    }
    assert!(
        page.body.contains("Privacyverklaring")
            && page.body.contains("Toegankelijkheidsverklaring")
    );
    assert!(page.body.contains("CBS / PDOK"), "map data attribution");
    // The server sends the content itself: the week's activities and the wijken.
    assert!(page.body.contains("Deze week"));
    assert!(page.body.contains(">Delfgauw</a>"));
    assert!(page.body.contains("Voorbeeld"), "example data is marked");
    assert!(page.body.contains("Pijnacker-Nootdorp"));
}

#[tokio::test]
async fn choosing_a_wijk_on_the_home_page_narrows_the_week() {
    let app = demo_app().await;
    let page = app.get("/?wijk=WK192603").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Deze week in Delfgauw"));
    assert!(
        page.body
            .contains("href=\"/?wijk=WK192603\" aria-current=\"page\"")
    );
    assert!(
        !page.body.contains("Koffieochtend De Ontmoeting"),
        "a Pijnacker initiative"
    );
}

#[tokio::test]
async fn the_language_cookie_switches_the_page_to_english() {
    let app = demo_app().await;
    let request = Request::get("/")
        .header(header::COOKIE, "other=1; taal=en")
        .body(Body::empty())
        .unwrap();
    let page = app.send(request).await;
    assert!(page.body.contains("<html lang=\"en\""));
    assert_eq!(page.h1(), "What's on in your neighbourhood?");
    assert!(page.body.contains(">Map</a>"));
    // The switch offers the other language, marked with its own language.
    assert!(page.body.contains("lang=\"nl\""));
    assert!(page.body.contains("Nederlands"));
}

#[tokio::test]
async fn switching_language_sets_a_cookie_and_returns_to_the_same_page() {
    let app = demo_app().await;
    let request = Request::post("/taal")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .body(Body::from("taal=en&terug=%2Fagenda%3Fwijk%3DWK192602"))
        .unwrap();
    let response = app.send(request).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.header("location"), Some("/agenda?wijk=WK192602"));
    let cookie = response.header("set-cookie").unwrap();
    assert!(cookie.starts_with("taal=en;"), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
    assert!(!cookie.contains("Secure"), "plain http on localhost");
}

#[tokio::test]
async fn the_language_switch_never_redirects_to_another_site() {
    let app = demo_app().await;
    let request = Request::post("/taal")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("taal=nl&terug=%2F%2Fevil.example%2F"))
        .unwrap();
    let response = app.send(request).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.header("location"), Some("/"));
}

#[tokio::test]
async fn cookies_are_secure_when_the_site_is_served_over_https() {
    let db = TestDb::migrated().await;
    let config = server::config::Config::from_lookup(|name| {
        (name == "BUURTKRACHT_PUBLIC_URL").then(|| "https://buurtkracht.example".to_owned())
    })
    .unwrap();
    let app = TestApp::on(db, config);
    let request = Request::post("/taal")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("taal=en&terug=%2F"))
        .unwrap();
    let response = app.send(request).await;
    assert!(response.header("set-cookie").unwrap().contains("; Secure"));
    assert!(response.header("strict-transport-security").is_some());
}

#[tokio::test]
async fn a_form_posted_from_another_site_is_refused_with_a_readable_page() {
    let app = demo_app().await;
    for (name, value) in [
        ("sec-fetch-site", "cross-site"),
        ("origin", "https://evil.example"),
    ] {
        let request = Request::post("/taal")
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(name, value)
            .body(Body::from("taal=en&terug=%2F"))
            .unwrap();
        let response = app.send(request).await;
        assert_eq!(response.status, StatusCode::FORBIDDEN, "{name}: {value}");
        assert!(response.header("set-cookie").is_none(), "nothing changed");
        assert_eq!(response.h1(), "Dit formulier kwam van een andere website");
    }
}

#[tokio::test]
async fn a_body_over_the_limit_gets_413_and_a_readable_page() {
    let app = demo_app().await;
    let big = format!("taal=en&terug=/{}", "a".repeat(100 * 1024));
    let request = Request::post("/taal")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::CONTENT_LENGTH, big.len())
        .header(header::COOKIE, "taal=en")
        .body(Body::from(big))
        .unwrap();
    let response = app.send(request).await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(response.h1(), "That is too much at once");
}

#[tokio::test]
async fn an_unknown_address_gets_a_404_page() {
    let app = demo_app().await;
    let page = app.get("/bestaat-niet").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert_eq!(page.h1(), "Deze pagina bestaat niet");
    assert!(page.body.contains("href=\"/\""), "a way back home");
}

#[tokio::test]
async fn every_page_of_the_menu_and_footer_answers() {
    let app = demo_app().await;
    for (path, heading) in [
        ("/kaart", "Sociale kaart"),
        ("/agenda", "Agenda"),
        ("/initiatief-aanmelden", "Initiatief aanmelden"),
        ("/professionals", "Voor professionals"),
        ("/privacy", "Privacyverklaring"),
        ("/toegankelijkheid", "Toegankelijkheidsverklaring"),
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert_eq!(page.h1(), heading, "{path}");
        assert!(
            page.body
                .contains(&format!("<title>{heading} | Buurtkracht</title>")),
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_directory_and_agenda_show_the_demo_data() {
    let app = demo_app().await;
    let map = app.get("/kaart").await;
    assert!(map.body.contains("Taalcafé Pijnacker"));
    assert!(
        !map.body.contains("Fietsles voor volwassenen"),
        "not published"
    );
    let agenda = app.get("/agenda").await;
    assert!(agenda.body.contains("Koffieochtend"));
}

#[tokio::test]
async fn what_a_user_types_in_the_address_is_escaped() {
    let app = demo_app().await;
    let page = app.get("/?wijk=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("<script>alert(1)</script>"));
    assert!(
        page.body.contains("Deze week"),
        "an unknown wijk shows all wijken"
    );
}

#[tokio::test]
async fn pages_carry_security_headers_and_a_nonce_for_their_scripts() {
    let app = demo_app().await;
    let page = app.get("/").await;
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(page.header("referrer-policy"), Some("same-origin"));
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    assert!(
        page.header("strict-transport-security").is_none(),
        "no HSTS on plain http"
    );
    let policy = page.header("content-security-policy").expect("a CSP");
    assert!(policy.contains("frame-ancestors 'none'"));
    assert!(policy.contains("'wasm-unsafe-eval'"));
    assert!(!policy.contains("unsafe-inline"));
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the policy");
    assert!(nonce.len() >= 16);
    assert!(
        page.body.contains(&format!("nonce=\"{nonce}\"")),
        "scripts carry the nonce"
    );

    let again = app.get("/").await;
    assert_ne!(
        again.header("content-security-policy"),
        Some(policy),
        "a new nonce per response"
    );

    let health = app.get("/healthz").await;
    assert!(
        health
            .header("content-security-policy")
            .unwrap()
            .contains("default-src 'none'")
    );
}

#[tokio::test]
async fn responses_are_compressed_for_browsers_that_accept_it() {
    let app = demo_app().await;
    for (accept, expected) in [("br, gzip", "br"), ("gzip", "gzip")] {
        let request = Request::get("/")
            .header(header::ACCEPT_ENCODING, accept)
            .body(Body::empty())
            .unwrap();
        let response = app.router.clone();
        let response = tower::ServiceExt::oneshot(response, request).await.unwrap();
        assert_eq!(
            response
                .headers()
                .get(header::CONTENT_ENCODING)
                .and_then(|v| v.to_str().ok()),
            Some(expected)
        );
    }
}

#[tokio::test]
async fn the_health_check_reports_the_database() {
    let app = TestApp::on(TestDb::migrated().await, test_config());
    let health = app.get("/healthz").await;
    assert_eq!(health.status, StatusCode::OK);
    let body: serde_json::Value = serde_json::from_str(&health.body).unwrap();
    assert_eq!(body["status"], "ok");

    // Closing the pool makes the database unreachable for the app as well.
    app.db.db.clone().close().await.unwrap();
    let health = app.get("/healthz").await;
    assert_eq!(health.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        !health.body.contains("sqlite") && !health.body.contains("postgres"),
        "no internals"
    );
}

#[tokio::test]
async fn a_database_failure_shows_an_error_page_without_internals() {
    let app = TestApp::with_demo_data(chrono::Utc::now()).await;
    app.db.db.clone().close().await.unwrap();
    let page = app.get("/agenda").await;
    assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(page.body.contains("Er ging iets mis"));
    for secret in [
        "sqlite",
        "SQLite",
        "postgres",
        "pool",
        "DbErr",
        "Connection",
    ] {
        assert!(!page.body.contains(secret), "leaks '{secret}'");
    }
}

#[tokio::test]
async fn static_files_are_served_precompressed_and_revalidated() {
    let app = demo_app().await;
    let plain = app.get("/pkg/buurtkracht.css").await;
    assert_eq!(plain.status, StatusCode::OK);
    assert_eq!(plain.body, common::TEST_STYLESHEET);
    assert_eq!(plain.header("cache-control"), Some("no-cache"));

    let request = Request::get("/pkg/buurtkracht.css")
        .header(header::ACCEPT_ENCODING, "br")
        .body(Body::empty())
        .unwrap();
    let compressed = app.send(request).await;
    assert_eq!(compressed.header("content-encoding"), Some("br"));
    assert_eq!(
        compressed.body, "brotli bytes",
        "the file written at build time"
    );

    assert_eq!(app.get("/favicon.svg").await.status, StatusCode::OK);
    assert_eq!(
        app.get("/pkg/bestaat-niet.js").await.status,
        StatusCode::NOT_FOUND
    );
}

/// Pages and static files requested at the same moment: every page keeps its
/// own CSP with its own nonce. (A file handler that shared the page's
/// reactive owner once took the page's headers, and hydration failed.)
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_file_requests_never_take_a_page_s_headers() {
    let app = std::sync::Arc::new(demo_app().await);
    let mut tasks = Vec::new();
    for round in 0..40 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            if round % 2 == 0 {
                let page = app.get("/?wijk=WK192603").await;
                let policy = page
                    .header("content-security-policy")
                    .unwrap_or_default()
                    .to_owned();
                (true, policy)
            } else {
                let file = app.get("/pkg/buurtkracht.wasm").await;
                let policy = file
                    .header("content-security-policy")
                    .unwrap_or_default()
                    .to_owned();
                (false, policy)
            }
        }));
    }
    for task in tasks {
        let (is_page, policy) = task.await.unwrap();
        if is_page {
            assert!(policy.contains("'nonce-"), "page lost its CSP: {policy}");
        } else {
            assert!(
                !policy.contains("'nonce-"),
                "a file took a page's CSP: {policy}"
            );
        }
    }
}
