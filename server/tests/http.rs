//! The web app over HTTP: pages, status codes, headers and protections,
//! through the same router and middleware as production.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::{TestApp, TestDb, test_config};

async fn demo_app() -> TestApp {
    TestApp::with_demo_data(chrono::Utc::now()).await
}

#[test]
fn the_home_page_is_complete_html_in_dutch() {
    common::on_shared_runtime(async {
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
    });
}

#[test]
fn choosing_a_wijk_on_the_home_page_narrows_the_week() {
    common::on_shared_runtime(async {
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
    });
}

#[test]
fn the_language_cookie_switches_the_page_to_english() {
    common::on_shared_runtime(async {
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
    });
}

#[test]
fn switching_language_sets_a_cookie_and_returns_to_the_same_page() {
    common::on_shared_runtime(async {
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
    });
}

#[test]
fn the_language_switch_never_redirects_to_another_site() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let request = Request::post("/taal")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from("taal=nl&terug=%2F%2Fevil.example%2F"))
            .unwrap();
        let response = app.send(request).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER);
        assert_eq!(response.header("location"), Some("/"));
    });
}

#[test]
fn cookies_are_secure_when_the_site_is_served_over_https() {
    common::on_shared_runtime(async {
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
    });
}

#[test]
fn a_form_posted_from_another_site_is_refused_with_a_readable_page() {
    common::on_shared_runtime(async {
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
    });
}

#[test]
fn a_body_over_the_limit_gets_413_and_a_readable_page() {
    common::on_shared_runtime(async {
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
    });
}

#[test]
fn a_form_address_opened_as_a_page_says_so_or_leads_to_its_page() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        // A post-only address: a readable page, not an empty answer.
        let page = app.get("/uitloggen").await;
        assert_eq!(page.status, StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(page.h1(), "Dit adres is voor een formulier");
        assert!(
            page.header("allow")
                .is_some_and(|allow| allow.contains("POST"))
        );
        assert!(page.body.contains("href=\"/\""), "a way back home");
        // Where the beheerlink's activity forms post: on to the beheerlink.
        let activities = app.get("/mijn-initiatief/abc123/activiteiten").await;
        assert_eq!(activities.status, StatusCode::SEE_OTHER);
        assert_eq!(
            activities.header("location"),
            Some("/mijn-initiatief/abc123")
        );
    });
}

#[test]
fn a_server_function_called_without_its_arguments_is_a_bad_request() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let bare = app.get("/api/agenda-pagina").await;
        assert_eq!(bare.status, StatusCode::BAD_REQUEST, "{}", bare.body);
        assert!(bare.body.contains("address"), "it names what is missing");
        // With its argument it still answers.
        let asked = app.get("/api/agenda-pagina?address=").await;
        assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
    });
}

#[test]
fn an_unknown_address_gets_a_404_page() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let page = app.get("/bestaat-niet").await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        assert_eq!(page.h1(), "Deze pagina bestaat niet");
        assert!(page.body.contains("href=\"/\""), "a way back home");
    });
}

#[test]
fn every_page_of_the_menu_and_footer_answers() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        for (path, heading) in [
            ("/kaart", "Sociale kaart"),
            ("/agenda", "Agenda"),
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
    });
}

#[test]
fn the_directory_lists_initiatives_twenty_at_a_time() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let page = app.get("/kaart").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("30 initiatieven gevonden"));
        assert_eq!(page.body.matches("<li class=\"card\">").count(), 20);
        assert!(
            page.body
                .contains("href=\"/initiatieven/beweegmaatjes-pijnacker\"")
        );
        assert!(
            !page.body.contains("Fietsles voor volwassenen"),
            "not published"
        );
        assert!(
            page.body.contains("href=\"/kaart?pagina=2\""),
            "a link to the next page"
        );
        // The filters are a form that works without JavaScript.
        assert!(page.body.contains("<form method=\"get\" action=\"/kaart\""));
        assert!(page.body.contains("name=\"doelgroep\" value=\"ouderen\""));

        let second = app.get("/kaart?pagina=2").await;
        assert_eq!(second.body.matches("<li class=\"card\">").count(), 10);
        assert!(second.body.contains("Taalcafé Pijnacker"));
    });
}

#[test]
fn filters_in_the_address_shape_the_list_and_the_map() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let page = app.get("/kaart?q=taalcafe").await;
        assert!(page.body.contains("1 initiatief gevonden"));
        assert!(
            page.body
                .contains("href=\"/initiatieven/taalcafe-pijnacker?q=taalcafe\""),
            "the card link carries the filters for the way back"
        );
        assert!(
            page.body.contains("value=\"taalcafe\""),
            "the search box keeps what was typed"
        );

        let delfgauw = app.get("/kaart?wijk=WK192603").await;
        // The map: one link per wijk, named with its count, the chosen one marked.
        assert!(delfgauw.body.contains("class=\"wijk-map__svg\""));
        assert_eq!(delfgauw.body.matches("aria-label=\"Pijnacker: ").count(), 1);
        assert!(delfgauw.body.contains("aria-current=\"page\""));
        let checked = delfgauw.body.find("value=\"WK192603\" checked").is_some();
        assert!(checked, "the chosen wijk is ticked in the form");

        let unknown = app.get("/kaart?doelgroep=bestaat-niet").await;
        assert_eq!(unknown.status, StatusCode::OK);
        assert!(
            unknown
                .body
                .contains("Een deel van het adres kennen we niet")
        );
        assert!(unknown.body.contains("30 initiatieven gevonden"));

        let nothing = app.get("/kaart?q=xyzzy&wijk=WK192603").await;
        assert!(
            nothing
                .body
                .contains("Met deze keuzes vinden we geen initiatieven.")
        );
        assert!(nothing.body.contains("href=\"/kaart\">Alle keuzes wissen"));
    });
}

#[test]
fn an_initiative_has_its_own_page_with_structured_data() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let page = app.get("/initiatieven/taalcafe-pijnacker").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(page.h1(), "Taalcafé Pijnacker Voorbeeld");
        assert!(
            page.body
                .contains("<title>Taalcafé Pijnacker | Buurtkracht</title>")
        );
        assert_eq!(
            page.header("link"),
            Some("<http://127.0.0.1:3000/initiatieven/taalcafe-pijnacker>; rel=\"canonical\"")
        );
        assert!(
            page.body.contains("mailto:taalcafe@pijnacker.example"),
            "the public channel"
        );
        assert!(page.body.contains("Oekraïens"), "languages by name");
        assert!(page.body.contains("Bibliotheek Pijnacker"), "meeting place");
        assert!(
            page.body.contains("Taalmaatjes voor de woensdagavond."),
            "what they need"
        );

        let start = page
            .body
            .find("<script type=\"application/ld+json\">")
            .expect("JSON-LD")
            + 35;
        let end = start + page.body[start..].find("</script>").unwrap();
        let data: serde_json::Value =
            serde_json::from_str(&page.body[start..end]).expect("valid JSON");
        assert_eq!(data["@type"], "Organization");
        assert_eq!(data["name"], "Taalcafé Pijnacker");
        assert_eq!(data["areaServed"][0]["name"], "Pijnacker");
        assert!(
            data["event"]
                .as_array()
                .is_some_and(|events| !events.is_empty())
        );
        assert!(
            data.get("email").is_none(),
            "no contact details in the structured data"
        );
    });
}

#[test]
fn unknown_and_unpublished_initiatives_are_not_found() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        for slug in ["bestaat-niet", "schaakclub-voor-senioren", "%3Cscript%3E"] {
            let page = app.get(&format!("/initiatieven/{slug}")).await;
            assert_eq!(page.status, StatusCode::NOT_FOUND, "{slug}");
            assert_eq!(page.h1(), "Deze pagina bestaat niet");
        }
    });
}

#[test]
fn the_organisations_tab_lists_the_formal_organisations() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let page = app.get("/kaart/organisaties").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body
                .contains("<title>Organisaties op de sociale kaart | Buurtkracht</title>")
        );
        for name in [
            "Bibliotheek Oostland",
            "Gemeente Pijnacker-Nootdorp",
            "SBJ SamenSterk",
        ] {
            assert!(page.body.contains(name), "{name}");
        }
        assert!(
            page.body
                .contains("href=\"/kaart/organisaties\" aria-current=\"page\"")
        );
        assert!(
            !page.body.contains("badge--demo"),
            "real organisations are not examples"
        );
    });
}

/// The days of an agenda page, in order: each date (from its heading's
/// `datetime`) with the text of each activity on it.
fn agenda_days(body: &str) -> Vec<(chrono::NaiveDate, Vec<String>)> {
    body.split("<section class=\"agenda-day\">")
        .skip(1)
        .map(|day| {
            let at = day.find("datetime=\"").expect("a day heading has a date") + 10;
            let date = day[at..at + 10].parse().expect("an ISO date");
            let items = day
                .split("<li class=\"agenda-item\">")
                .skip(1)
                .map(|item| {
                    common::strip_tags(&item[..item.find("</ul></li>").unwrap_or(item.len())])
                })
                .collect();
            (date, items)
        })
        .collect()
}

#[test]
fn the_agenda_shows_two_weeks_of_activities_day_by_day() {
    use chrono::Datelike;
    use chrono_tz::Europe::Amsterdam;
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let agenda = app.get("/agenda").await;
        assert_eq!(agenda.status, StatusCode::OK);
        assert_eq!(agenda.h1(), "Agenda");

        // Days in order, from today, within the coming two weeks.
        let today = chrono::Utc::now().with_timezone(&Amsterdam).date_naive();
        let days = agenda_days(&agenda.body);
        let dates: Vec<_> = days.iter().map(|(date, _)| *date).collect();
        assert!(dates.len() >= 10, "most days have something: {dates:?}");
        assert!(dates.windows(2).all(|pair| pair[0] < pair[1]), "{dates:?}");
        assert!(
            dates
                .iter()
                .all(|day| *day >= today && *day < today + chrono::Days::new(14))
        );
        let count: usize = days.iter().map(|(_, items)| items.len()).sum();
        assert!(count > 30, "{count} activities");

        // The weekly coffee morning is there on Tuesdays, at 10.00.
        let coffee: Vec<(chrono::NaiveDate, &String)> = days
            .iter()
            .flat_map(|(date, items)| items.iter().map(move |item| (*date, item)))
            .filter(|(_, item)| item.ends_with("Door Koffieochtend De Ontmoeting"))
            .collect();
        assert!(
            (1..=2).contains(&coffee.len()),
            "one or two Tuesdays: {coffee:?}"
        );
        for (date, item) in &coffee {
            assert_eq!(date.weekday(), chrono::Weekday::Tue, "{item}");
            assert!(
                item.starts_with(
                    "Koffieochtend Voorbeeld10.00 – 11.30 uurBuurtkamer Noord, Pijnacker Noord"
                ),
                "{item}"
            );
            assert!(item.contains("Gratis"), "{item}");
        }

        // A wijk narrows it to activities there.
        let delfgauw = app.get("/agenda?wijk=WK192603").await;
        let there: Vec<String> = agenda_days(&delfgauw.body)
            .into_iter()
            .flat_map(|(_, items)| items)
            .collect();
        assert!(!there.is_empty() && there.len() < count);
        assert!(
            there.iter().all(|item| !item.contains("Pijnacker Noord")),
            "nothing from Pijnacker: {there:?}"
        );
        assert!(
            there
                .iter()
                .any(|item| item.contains("Delfgauw rond De Kiezel"))
        );
    });
}

#[test]
fn a_website_that_is_not_http_never_becomes_a_link() {
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
    common::on_shared_runtime(async {
        let app = demo_app().await;
        // Written straight into the database, past the parsing at the door.
        let row = entity::initiative::Entity::find()
            .filter(entity::initiative::Column::Slug.eq("taalcafe-pijnacker"))
            .one(&app.db.db)
            .await
            .unwrap()
            .unwrap();
        let mut active: entity::initiative::ActiveModel = row.into();
        active.contact_kind = Set(Some("website".to_owned()));
        active.contact_value = Set(Some("javascript:alert(document.cookie)".to_owned()));
        active.update(&app.db.db).await.unwrap();

        let page = app.get("/initiatieven/taalcafe-pijnacker").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("href=\"javascript:"), "no script link");
        assert!(
            page.body.contains("javascript:alert(document.cookie)"),
            "shown as text only"
        );
        let hsds = app.get("/api/hsds/organizations?per_page=500").await;
        assert!(
            !hsds.body.contains("javascript:"),
            "not in the open data either"
        );

        // The demo's real website is a link.
        let repair = app.get("/initiatieven/repair-cafe-pijnacker").await;
        assert!(
            repair
                .body
                .contains("href=\"https://repaircafe-pijnacker.example\""),
            "{}",
            repair.status
        );
    });
}

#[test]
fn the_map_says_when_part_of_the_address_was_not_used() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        const SKIPPED: &str = "Een deel van het adres kennen we niet. Dat hebben we overgeslagen.";
        let twenty_one_themes: String = (0..21).map(|n| format!("thema=t{n}&")).collect();
        let long_code = format!("wijk={}", "W".repeat(41));
        for address in [
            "/kaart?pagina=abc".to_owned(),
            "/kaart?pagina=0".to_owned(),
            "/kaart?vrijwilligers=misschien".to_owned(),
            format!("/kaart?{long_code}"),
            format!("/kaart?{twenty_one_themes}"),
            "/kaart?doelgroep=bestaat-niet".to_owned(),
        ] {
            let page = app.get(&address).await;
            assert_eq!(page.status, StatusCode::OK, "{address}");
            assert!(page.body.contains(SKIPPED), "{address}");
            assert!(
                page.body.contains("initiatieven gevonden"),
                "{address}: the list still shows"
            );
        }
        let long_words = format!("/kaart?q={}", "koffie+".repeat(20));
        let cut = app.get(&long_words).await;
        assert!(
            cut.body
                .contains("Je zoekwoorden waren te lang. We zoeken op de eerste 100 tekens.")
        );

        for address in [
            "/kaart?pagina=2",
            "/kaart?vrijwilligers=ja&wijk=WK192601&q=koffie",
        ] {
            let clean = app.get(address).await;
            assert!(!clean.body.contains(SKIPPED), "{address}");
            assert!(
                !clean.body.contains("Je zoekwoorden waren te lang"),
                "{address}"
            );
        }
    });
}

#[test]
fn back_to_the_map_keeps_the_filters_the_resident_came_with() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let list = app.get("/kaart?wijk=WK192601&doelgroep=ouderen").await;
        let card = "href=\"/initiatieven/koffieochtend-de-ontmoeting?wijk=WK192601&amp;doelgroep=ouderen\"";
        assert!(
            list.body.contains(card),
            "the card link carries the filters"
        );

        let page = app
            .get("/initiatieven/koffieochtend-de-ontmoeting?wijk=WK192601&doelgroep=ouderen")
            .await;
        assert!(
            page.body.contains("<a href=\"/kaart?wijk=WK192601&amp;doelgroep=ouderen\">Terug naar de sociale kaart</a>"),
            "{}",
            &page.body[page.body.find("breadcrumb").unwrap_or(0)..][..200]
        );
        // Nonsense in the address does not reach the link.
        let odd = app
            .get("/initiatieven/koffieochtend-de-ontmoeting?wijk=%22%3E%3Cscript%3E&pagina=x")
            .await;
        assert!(odd.body.contains(
            "<a href=\"/kaart?wijk=%22%3E%3Cscript%3E\">Terug naar de sociale kaart</a>"
        ));
        let plain = app.get("/initiatieven/koffieochtend-de-ontmoeting").await;
        assert!(
            plain
                .body
                .contains("<a href=\"/kaart\">Terug naar de sociale kaart</a>")
        );
    });
}

#[test]
fn what_a_user_types_in_the_address_is_escaped() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let page = app.get("/?wijk=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("<script>alert(1)</script>"));
        assert!(
            page.body.contains("Deze week"),
            "an unknown wijk shows all wijken"
        );
    });
}

#[test]
fn pages_carry_security_headers_and_a_nonce_for_their_scripts() {
    common::on_shared_runtime(async {
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
    });
}

#[test]
fn responses_are_compressed_for_browsers_that_accept_it() {
    common::on_shared_runtime(async {
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
    });
}

#[test]
fn the_health_check_reports_the_database() {
    common::on_shared_runtime(async {
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
    });
}

#[test]
fn a_database_failure_shows_an_error_page_without_internals() {
    common::on_shared_runtime(async {
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
    });
}

#[test]
fn static_files_are_served_precompressed_and_revalidated() {
    common::on_shared_runtime(async {
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
    });
}

/// Pages and static files requested at the same moment: every page keeps its
/// own CSP with its own nonce. (A file handler that shared the page's
/// reactive owner once took the page's headers, and hydration failed.)
#[test]
fn concurrent_file_requests_never_take_a_page_s_headers() {
    common::on_shared_runtime(async {
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
    });
}

/// Pages, server functions and static files at the same moment, as a busy
/// server sees them: every answer is complete and belongs to its request.
#[test]
fn a_mix_of_requests_at_once_gets_the_right_answers() {
    common::on_shared_runtime(async {
        let app = std::sync::Arc::new(demo_app().await);
        let mut tasks = Vec::new();
        for round in 0..30 {
            let app = app.clone();
            tasks.push(tokio::spawn(async move {
                match round % 3 {
                    0 => {
                        let page = app.get("/kaart?wijk=WK192602").await;
                        assert_eq!(page.status, StatusCode::OK);
                        assert!(page.body.contains("initiatieven gevonden"));
                        assert!(
                            page.header("content-security-policy")
                                .unwrap()
                                .contains("'nonce-")
                        );
                    }
                    1 => {
                        let data = app.get("/api/agenda?wijk=WK192601&days=7&limit=5").await;
                        assert_eq!(data.status, StatusCode::OK, "{}", data.body);
                        let agenda: serde_json::Value = serde_json::from_str(&data.body).unwrap();
                        assert_eq!(agenda["wijk_name"], "Pijnacker");
                        assert!(agenda["days_html"].as_str().unwrap().contains("<h4"));
                    }
                    _ => {
                        let file = app.get("/pkg/buurtkracht.css").await;
                        assert_eq!(file.body, common::TEST_STYLESHEET);
                    }
                }
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
    });
}

/// What the browser sends when a filter changes: the page's own query
/// string, as the form makes it (an empty field included), for the server
/// to read.
#[test]
fn the_directory_server_function_reads_the_address_of_the_page() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let address = app::links::urlencode("vrijwilligers=&q=taalcafe");
        let response = app.get(&format!("/api/kaart?address={address}")).await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.body);
        let page: serde_json::Value = serde_json::from_str(&response.body).unwrap();
        assert_eq!(page["total"], 1);
        assert_eq!(page["search_words"], "taalcafe");
        assert_eq!(page["is_filtered"], true);
        let results = page["results_html"].as_str().unwrap();
        assert!(results.contains(">Taalcafé Pijnacker</a>"), "{results}");
        assert_eq!(results.matches("class=\"card\"").count(), 1);
        let volunteers = page["choices"]
            .as_array()
            .unwrap()
            .iter()
            .find(|choice| choice["id"] == "filter-vrijwilligers")
            .unwrap();
        assert_eq!(volunteers["checked"], false);
    });
}

/// The results are drawn on the server; the page must not carry that HTML a
/// second time in its hydration data.
#[test]
fn the_directory_page_carries_its_results_once() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let page = app.get("/kaart?q=taalcafe").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(page.body.matches("Taalcafé Pijnacker").count(), 1);
        assert_eq!(page.body.matches("id=\"filter-vrijwilligers\"").count(), 1);
        assert!(page.body.contains("1 initiatief gevonden"));
    });
}

/// The server function draws HTML from what a user typed: it must come out
/// as text, never as markup.
#[test]
fn the_directory_server_function_escapes_what_was_typed() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let typed = app::links::urlencode("\"><img src=x onerror=alert(1)>");
        let address = app::links::urlencode(&format!("q={typed}"));
        let response = app.get(&format!("/api/kaart?address={address}")).await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.body);
        let page: serde_json::Value = serde_json::from_str(&response.body).unwrap();
        assert_eq!(page["total"], 0);
        for part in ["filters_html", "results_html", "map_html"] {
            let html = page[part].as_str().unwrap();
            assert!(!html.contains("<img"), "{part}: {html}");
        }
        assert!(
            page["filters_html"]
                .as_str()
                .unwrap()
                .contains("value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""),
            "the search box keeps the text, escaped"
        );
    });
}
