//! The account pages over HTTP, through the production router: set a
//! password from a link, sign in (with problems shown next to the fields),
//! see who is signed in, sign out.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::accounts::*;
use common::{TestApp, TestDb, test_config};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::cli::{CreateUserArgs, RoleArg};

async fn app_with_account_link() -> (TestApp, String) {
    let db = TestDb::migrated().await;
    server::seed::base::ensure_base(&db.db).await.unwrap();
    let args = CreateUserArgs {
        email: "An.de.Vries@gemeente.example".to_owned(),
        role: RoleArg::Professional,
        organisation: "gemeente-pijnacker-nootdorp".to_owned(),
        name: "An de Vries".to_owned(),
    };
    let link = server::accounts::create_user_with_link(
        &db.db,
        "http://127.0.0.1:3000",
        &args,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    assert!(link.starts_with("http://127.0.0.1:3000/wachtwoord-instellen/"));
    let path = link.trim_start_matches("http://127.0.0.1:3000").to_owned();
    (TestApp::on(db, test_config()), path)
}

#[test]
fn a_link_sets_the_password_once_with_problems_shown_at_their_fields() {
    common::on_shared_runtime(async {
        let (app, link) = app_with_account_link().await;

        let page = app.get(&link).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(page.h1(), "Wachtwoord instellen");
        assert!(page.body.contains("an.de.vries@gemeente.example"));
        assert!(page.body.contains("autocomplete=\"new-password\""));

        let short = post(&app, &link, "wachtwoord=kort&herhaling=kort", None).await;
        assert_eq!(short.status, StatusCode::OK);
        assert!(
            short
                .body
                .contains("Kies een wachtwoord van minstens 12 tekens.")
        );
        assert!(short.body.contains("href=\"#nieuw-wachtwoord\""));
        assert!(
            short
                .body
                .contains("aria-describedby=\"nieuw-wachtwoord-hint nieuw-wachtwoord-fout\"")
        );
        assert!(short.body.contains("aria-invalid=\"true\""));
        assert!(
            !short.body.contains("value=\"kort\""),
            "a password is never sent back"
        );

        let common = post(
            &app,
            &link,
            "wachtwoord=qwerty123456&herhaling=qwerty123456",
            None,
        )
        .await;
        assert!(
            common
                .body
                .contains("Dit wachtwoord gebruiken veel mensen.")
        );

        let differ = post(
            &app,
            &link,
            &format!("wachtwoord={PASSWORD}&herhaling=iets+anders+dan+dat"),
            None,
        )
        .await;
        assert!(
            differ
                .body
                .contains("De twee wachtwoorden zijn niet gelijk.")
        );
        assert!(differ.body.contains("href=\"#herhaling\""));

        set_password(&app, &link).await;
        let notice = app.get("/inloggen?melding=wachtwoord").await;
        assert!(notice.body.contains("Je wachtwoord is ingesteld."));

        // The link has done its work.
        let used = app.get(&link).await;
        assert!(used.body.contains("Deze link werkt niet meer."));
        assert!(!used.body.contains("<form class=\"form\""));
        let again = post(
            &app,
            &link,
            "wachtwoord=nog+een+lange+zin&herhaling=nog+een+lange+zin",
            None,
        )
        .await;
        assert!(again.body.contains("Deze link werkt niet meer."));
    });
}

#[test]
fn signing_in_keeps_the_typed_address_and_says_what_is_wrong() {
    common::on_shared_runtime(async {
        let (app, link) = app_with_account_link().await;
        set_password(&app, &link).await;

        let page = app.get("/inloggen").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(page.h1(), "Inloggen");
        assert!(page.body.contains("action=\"/inloggen\""));
        assert!(!page.body.contains("problem-summary"));

        let empty = post(&app, "/inloggen", "email=&wachtwoord=", None).await;
        assert_eq!(empty.status, StatusCode::OK);
        assert!(empty.body.contains("Vul je e-mailadres in."));
        assert!(empty.body.contains("Vul je wachtwoord in."));
        assert!(empty.body.contains("href=\"#email\""));
        assert!(empty.body.contains("href=\"#wachtwoord\""));
        assert!(empty.body.contains("id=\"email-fout\""));
        assert!(empty.header("set-cookie").is_none());

        let wrong = post(
            &app,
            "/inloggen",
            "email=an.de.vries%40gemeente.example&wachtwoord=verkeerd+wachtwoord",
            None,
        )
        .await;
        assert!(
            wrong
                .body
                .contains("Dit e-mailadres en wachtwoord horen niet bij elkaar.")
        );
        assert!(
            wrong
                .body
                .contains("value=\"an.de.vries@gemeente.example\"")
        );
        assert!(!wrong.body.contains("verkeerd wachtwoord"));
        assert!(wrong.header("set-cookie").is_none());
    });
}

#[test]
fn signed_in_the_professionals_page_greets_you_and_signing_out_ends_it() {
    common::on_shared_runtime(async {
        let (app, link) = app_with_account_link().await;
        set_password(&app, &link).await;

        let anonymous = app.get("/professionals").await;
        assert!(anonymous.body.contains("href=\"/inloggen\""));
        assert!(!anonymous.body.contains("Je bent ingelogd"));

        let signed_in = post(
            &app,
            "/inloggen",
            &format!("email=AN.DE.VRIES%40gemeente.example&wachtwoord={PASSWORD}"),
            None,
        )
        .await;
        assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
        assert_eq!(signed_in.header("location"), Some("/professionals"));
        let set_cookie = signed_in.header("set-cookie").unwrap();
        assert!(set_cookie.starts_with("sessie="));
        assert!(set_cookie.contains("HttpOnly"));
        assert!(set_cookie.contains("SameSite=Lax"));
        let cookie = session_cookie(&signed_in);
        assert_eq!(cookie.len(), "sessie=".len() + 64);

        let greeted = get_with(&app, "/professionals", &cookie).await;
        assert!(greeted.body.contains("Je bent ingelogd als An de Vries."));
        assert!(greeted.body.contains("action=\"/uitloggen\""));

        // Signing in again from the same browser replaces the session.
        let again = post(
            &app,
            "/inloggen",
            &format!("email=an.de.vries%40gemeente.example&wachtwoord={PASSWORD}"),
            Some(&cookie),
        )
        .await;
        let new_cookie = session_cookie(&again);
        assert_ne!(new_cookie, cookie);
        let old = get_with(&app, "/professionals", &cookie).await;
        assert!(
            !old.body.contains("Je bent ingelogd"),
            "the old token is dead"
        );

        let out = post(&app, "/uitloggen", "", Some(&new_cookie)).await;
        assert_eq!(out.status, StatusCode::SEE_OTHER);
        assert_eq!(
            out.header("location"),
            Some("/professionals?melding=uitgelogd")
        );
        assert!(out.header("set-cookie").unwrap().contains("Max-Age=0"));
        let after = get_with(&app, "/professionals?melding=uitgelogd", &new_cookie).await;
        assert!(after.body.contains("Je bent uitgelogd."));
        assert!(!after.body.contains("Je bent ingelogd"));
    });
}

#[test]
fn too_many_wrong_passwords_lock_the_account_with_a_clear_message() {
    common::on_shared_runtime(async {
        let (app, link) = app_with_account_link().await;
        set_password(&app, &link).await;
        for _ in 0..5 {
            let wrong = post(
                &app,
                "/inloggen",
                "email=an.de.vries%40gemeente.example&wachtwoord=fout+fout+fout",
                None,
            )
            .await;
            assert!(wrong.body.contains("horen niet bij elkaar"));
        }
        let locked = post(
            &app,
            "/inloggen",
            &format!("email=an.de.vries%40gemeente.example&wachtwoord={PASSWORD}"),
            None,
        )
        .await;
        assert!(locked.header("set-cookie").is_none());
        assert!(
            locked
                .body
                .contains("Je hebt te vaak een verkeerd wachtwoord gebruikt. Probeer het over 15 minuten opnieuw."),
            "{}",
            common::strip_tags(&locked.body)
        );
    });
}

#[test]
fn over_https_the_session_cookie_is_a_secure_host_cookie() {
    common::on_shared_runtime(async {
        let (plain, link) = app_with_account_link().await;
        set_password(&plain, &link).await;
        let config = server::config::Config::from_lookup(|name| {
            (name == "BUURTKRACHT_PUBLIC_URL").then(|| "https://buurtkracht.example".to_owned())
        })
        .unwrap();
        let app = TestApp::on(plain.db, config);
        let signed_in = post(
            &app,
            "/inloggen",
            &format!("email=an.de.vries%40gemeente.example&wachtwoord={PASSWORD}"),
            None,
        )
        .await;
        let set_cookie = signed_in.header("set-cookie").unwrap();
        assert!(set_cookie.starts_with("__Host-sessie="), "{set_cookie}");
        assert!(set_cookie.contains("; Secure"));
        assert!(set_cookie.contains("Path=/"));
        assert!(!set_cookie.contains("Domain"));
    });
}

#[test]
fn a_sign_in_posted_from_another_site_is_refused() {
    common::on_shared_runtime(async {
        let (app, link) = app_with_account_link().await;
        set_password(&app, &link).await;
        let request = Request::post("/inloggen")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "cross-site")
            .body(Body::from(format!(
                "email=an.de.vries%40gemeente.example&wachtwoord={PASSWORD}"
            )))
            .unwrap();
        let response = app.send(request).await;
        assert_eq!(response.status, StatusCode::FORBIDDEN);
        assert!(response.header("set-cookie").is_none());
    });
}
#[test]
fn only_admins_see_the_accounts_others_get_a_friendly_403() {
    common::on_shared_runtime(async {
        let (app, link) = app_with_account_link().await;
        set_password(&app, &link).await;

        let anonymous = app.get("/beheer/accounts").await;
        assert_eq!(anonymous.status, StatusCode::FORBIDDEN);
        assert!(anonymous.body.contains("Geen toegang"));
        assert!(anonymous.body.contains("href=\"/inloggen\""));
        assert!(!anonymous.body.contains("an.de.vries@gemeente.example"));

        let professional = signed_in_as(&app, "bo@samensterk.example", RoleArg::Professional).await;
        let refused = get_with(&app, "/beheer/accounts", &professional).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert!(refused.body.contains("Geen toegang"));
        assert!(!refused.body.contains("an.de.vries@gemeente.example"));
        // The server function refuses too, not only the page.
        let data = get_with(
            &app,
            "/api/account?part=AdminAccounts&key=&notice=&page=1",
            &professional,
        )
        .await;
        assert_eq!(data.status, StatusCode::FORBIDDEN, "{}", data.body);
        assert!(!data.body.contains("an.de.vries"));

        let admin = signed_in_as(&app, "cor@samensterk.example", RoleArg::Admin).await;
        let professionals = get_with(&app, "/professionals", &admin).await;
        assert!(professionals.body.contains("href=\"/beheer/accounts\""));
        let list = get_with(&app, "/beheer/accounts", &admin).await;
        assert_eq!(list.status, StatusCode::OK);
        assert_eq!(list.h1(), "Accounts");
        for email in [
            "an.de.vries@gemeente.example",
            "bo@samensterk.example",
            "cor@samensterk.example",
        ] {
            assert!(list.body.contains(email), "{email}");
        }
        assert!(list.body.contains("Gemeente Pijnacker-Nootdorp"));
        assert!(list.body.contains("Beheerder"));
        let viewed = entity::audit_event::Entity::find()
            .filter(entity::audit_event::Column::Action.eq("accounts_viewed"))
            .count(&app.db.db)
            .await
            .unwrap();
        assert_eq!(viewed, 1, "looking at personal data is in the audit log");
    });
}
