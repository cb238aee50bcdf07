//! Accounts, part two, over HTTP through the production router: admins
//! invite by mail, password reset by mail, two-factor sign-in, rate limits,
//! the audit log, and the AVG rights (download and erase).

mod common;

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use chrono::Utc;
use common::accounts::*;
use common::{TestApp, TestDb, TestResponse, test_config};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::cli::RoleArg;
use server::config::Config;
use server::mail::MailSender;

struct MailApp {
    app: TestApp,
    outbox: tempfile::TempDir,
    config: Config,
}

/// The app with the base data, in development mode (as `cargo leptos
/// watch` runs it), its mail going to a temporary outbox.
async fn app_with_outbox() -> MailApp {
    let db = TestDb::migrated().await;
    server::seed::base::ensure_base(&db.db).await.unwrap();
    let outbox = tempfile::tempdir().unwrap();
    let mut config = test_config();
    config.development = true;
    config.mail.outbox_dir = outbox.path().to_owned();
    MailApp {
        app: TestApp::on(db, config.clone()),
        outbox,
        config,
    }
}

impl MailApp {
    /// Runs one round of the server's mail task.
    async fn send_mail(&self) -> usize {
        let sender = MailSender::from_config(&self.config.mail).unwrap();
        let round = sender.send_due(&self.app.db.db, Utc::now()).await.unwrap();
        assert_eq!(round.failed, 0);
        round.sent
    }

    /// The `.eml` files in the outbox, oldest first.
    fn mails(&self) -> Vec<String> {
        let mut names: Vec<_> = std::fs::read_dir(self.outbox.path())
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        names.sort();
        names
            .into_iter()
            .map(|path| std::fs::read_to_string(path).unwrap())
            .collect()
    }
}

/// The path of the one-time link in a mail.
fn link_in(mail: &str) -> String {
    let line = mail
        .lines()
        .find(|line| line.starts_with("http://"))
        .expect("a link in the mail");
    let path_start = line
        .find("/wachtwoord-instellen/")
        .expect("a set-password link");
    line[path_start..].trim().to_owned()
}

async fn queued_mail(app: &TestApp) -> u64 {
    entity::outgoing_mail::Entity::find()
        .count(&app.db.db)
        .await
        .unwrap()
}

#[test]
fn an_admin_invites_a_professional_who_chooses_a_password_from_the_mail() {
    common::on_shared_runtime(async {
        let mail = app_with_outbox().await;
        let app = &mail.app;
        let admin = signed_in_as(app, "cor@samensterk.example", RoleArg::Admin).await;

        let page = get_with(app, "/beheer/accounts", &admin).await;
        assert!(page.body.contains("Iemand uitnodigen"));
        assert!(
            page.body
                .contains("<option value=\"gemeente-pijnacker-nootdorp\"")
        );

        // Problems: shown at their fields, typed values kept.
        let wrong = post(
            app,
            "/beheer/accounts",
            "email=dirk%40&naam=Dirk+Jansen&organisatie=&rol=professional",
            Some(&admin),
        )
        .await;
        assert_eq!(wrong.status, StatusCode::OK);
        assert!(wrong.body.contains("Dit is geen e-mailadres."));
        assert!(wrong.body.contains("Kies een organisatie."));
        assert!(wrong.body.contains("href=\"#organisatie\""));
        assert!(wrong.body.contains("value=\"dirk@\""));
        assert!(wrong.body.contains("value=\"Dirk Jansen\""));
        assert!(wrong.body.contains("aria-describedby=\"email-fout\""));
        assert_eq!(queued_mail(app).await, 0);

        let taken = post(
            app,
            "/beheer/accounts",
            "email=cor%40samensterk.example&naam=&organisatie=sbj-samensterk&rol=professional",
            Some(&admin),
        )
        .await;
        assert!(
            taken
                .body
                .contains("Er is al een account met dit e-mailadres.")
        );

        let invited = post(
            app,
            "/beheer/accounts",
            "email=Dirk%40Welzijn.example&naam=Dirk+Jansen&organisatie=gemeente-pijnacker-nootdorp&rol=professional",
            Some(&admin),
        )
        .await;
        assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.body);
        assert_eq!(
            invited.header("location"),
            Some("/beheer/accounts?melding=uitgenodigd")
        );
        let after = get_with(app, "/beheer/accounts?melding=uitgenodigd", &admin).await;
        assert!(after.body.contains("De uitnodiging is verstuurd."));
        assert!(after.body.contains("dirk@welzijn.example"));

        // The request only queued the mail; the mail task sends it.
        assert_eq!(queued_mail(app).await, 1);
        assert_eq!(mail.send_mail().await, 1);
        assert_eq!(queued_mail(app).await, 0);
        let mails = mail.mails();
        assert_eq!(mails.len(), 1);
        assert!(mails[0].contains("To: dirk@welzijn.example"));
        assert!(mails[0].contains("Subject: Je account voor Buurtkracht"));
        assert!(mails[0].contains("Hallo Dirk Jansen,"), "{}", mails[0]);
        assert!(mails[0].contains("Gemeente Pijnacker-Nootdorp"));

        // In development the outbox is readable in a browser on this machine.
        let outbox = app
            .send(get_from("127.0.0.1", "127.0.0.1:3000", "/dev/outbox", None))
            .await;
        assert_eq!(outbox.status, StatusCode::OK);
        assert!(outbox.body.contains("Je account voor Buurtkracht"));
        let link = link_in(&mails[0]);
        assert!(outbox.body.contains(&format!("{link}\"")));

        // The invited professional sets a password and signs in.
        set_password(app, &link).await;
        let signed_in = sign_in_with(app, "dirk@welzijn.example", PASSWORD).await;
        assert_eq!(signed_in.header("location"), Some("/professionals"));

        // A professional cannot invite.
        let professional = session_cookie(&signed_in);
        let refused = post(
            app,
            "/beheer/accounts",
            "email=x%40y.example&naam=&organisatie=sbj-samensterk&rol=admin",
            Some(&professional),
        )
        .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert!(refused.body.contains("Geen toegang"));
        assert_eq!(queued_mail(app).await, 0);
    });
}

/// A GET from `address` (the socket's peer) asking for `host`.
fn get_from(address: &str, host: &str, path: &str, forwarded_for: Option<&str>) -> Request<Body> {
    let mut request = Request::get(path).header(header::HOST, host);
    if let Some(forwarded) = forwarded_for {
        request = request.header("x-forwarded-for", forwarded);
    }
    let mut request = request.body(Body::empty()).unwrap();
    let ip: std::net::IpAddr = address.parse().unwrap();
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::new(ip, 50000)));
    request
}

#[test]
fn the_outbox_page_answers_only_in_development_and_only_on_this_machine() {
    common::on_shared_runtime(async {
        let outbox_page =
            |address: &'static str, host: &'static str, forwarded: Option<&'static str>| {
                get_from(address, host, "/dev/outbox", forwarded)
            };
        let status_with = |config: Config, request: Request<Body>| async move {
            let app = TestApp::on(TestDb::migrated().await, config);
            let response = app.send(request).await;
            (response.status, response.body)
        };

        // A server without any configuration is a production server.
        let bare = Config::from_lookup(|_| None).unwrap();
        let (status, body) =
            status_with(bare, outbox_page("127.0.0.1", "127.0.0.1:3000", None)).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(
            body.contains("Deze pagina bestaat niet"),
            "the normal 404 page"
        );

        let development = || {
            Config::from_lookup(|name| (name == "LEPTOS_ENV").then(|| "DEV".to_owned())).unwrap()
        };
        let (status, body) = status_with(
            development(),
            outbox_page("127.0.0.1", "127.0.0.1:3000", None),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("<h1>E-mail in de outbox</h1>"), "{body}");
        let (status, _) =
            status_with(development(), outbox_page("::1", "localhost:3000", None)).await;
        assert_eq!(status, StatusCode::OK);

        // Not from another machine, not through a proxy, not for another
        // host name (DNS rebinding), not without a known peer.
        for request in [
            outbox_page("192.0.2.7", "127.0.0.1:3000", None),
            outbox_page("127.0.0.1", "127.0.0.1:3000", Some("192.0.2.7")),
            outbox_page("127.0.0.1", "buurtkracht.example", None),
            Request::get("/dev/outbox")
                .header(header::HOST, "127.0.0.1:3000")
                .body(Body::empty())
                .unwrap(),
        ] {
            let what = format!("{:?}", request.headers());
            let (status, _) = status_with(development(), request).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{what}");
        }

        // Not with a mail server, and not when a proxy is configured.
        let mut with_smtp = development();
        with_smtp.mail.smtp_url = Some("smtp://mail.example".to_owned());
        let mut behind_proxy = development();
        behind_proxy.trust_forwarded_for = true;
        for config in [with_smtp, behind_proxy] {
            let (status, _) =
                status_with(config, outbox_page("127.0.0.1", "127.0.0.1:3000", None)).await;
            assert_eq!(status, StatusCode::NOT_FOUND);
        }
    });
}

#[test]
fn a_password_reset_mails_a_link_and_answers_the_same_for_unknown_addresses() {
    common::on_shared_runtime(async {
        let mail = app_with_outbox().await;
        let app = &mail.app;
        let old_session = signed_in_as(app, "eva@samensterk.example", RoleArg::Professional).await;

        let page = app.get("/wachtwoord-vergeten").await;
        assert_eq!(page.h1(), "Wachtwoord vergeten");
        let missing = post(app, "/wachtwoord-vergeten", "email=", None).await;
        assert!(missing.body.contains("Vul je e-mailadres in."));

        let unknown = post(
            app,
            "/wachtwoord-vergeten",
            "email=niemand%40x.example",
            None,
        )
        .await;
        let known = post(
            app,
            "/wachtwoord-vergeten",
            "email=Eva%40samensterk.example",
            None,
        )
        .await;
        assert_eq!(unknown.status, StatusCode::SEE_OTHER);
        assert_eq!(unknown.header("location"), known.header("location"));
        let sent = app.get("/wachtwoord-vergeten?melding=verstuurd").await;
        assert!(sent.body.contains("Is er een account met dit e-mailadres?"));

        assert_eq!(
            mail.send_mail().await,
            1,
            "one mail: only the known address"
        );
        let mails = mail.mails();
        assert!(mails[0].contains("To: eva@samensterk.example"));
        assert!(mails[0].contains("Subject: Een nieuw wachtwoord voor Buurtkracht"));

        let new_password = "een heel ander lang wachtwoord";
        let link = link_in(&mails[0]);
        let done = post(
            app,
            &link,
            &format!("wachtwoord={new_password}&herhaling={new_password}"),
            None,
        )
        .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER);
        // The new password ended the old session, and works.
        let old = get_with(app, "/professionals", &old_session).await;
        assert!(!old.body.contains("Je bent ingelogd"));
        let signed_in = sign_in_with(app, "eva@samensterk.example", new_password).await;
        assert_eq!(signed_in.header("location"), Some("/professionals"));
    });
}

/// The secret shown on the enrolment page, without its spaces.
fn secret_on(page: &TestResponse) -> String {
    let marker = "<code class=\"secret\">";
    let start = page.body.find(marker).expect("the secret") + marker.len();
    let end = start + page.body[start..].find("</code>").unwrap();
    page.body[start..end].replace(' ', "")
}

fn recovery_codes_on(page: &TestResponse) -> Vec<String> {
    page.body
        .split("<li><code>")
        .skip(1)
        .map(|rest| rest[..rest.find("</code>").unwrap()].to_owned())
        .collect()
}

#[test]
fn two_factor_sign_in_asks_for_a_code_after_the_password() {
    use app::accounts::two_factor::code_at;
    common::on_shared_runtime(async {
        let mail = app_with_outbox().await;
        let app = &mail.app;
        let session = signed_in_as(app, "fien@samensterk.example", RoleArg::Professional).await;
        let path = "/account/tweestapsverificatie";

        let off = get_with(app, path, &session).await;
        assert_eq!(off.h1(), "Tweestapsverificatie");
        assert!(off.body.contains("Tweestapsverificatie staat uit."));
        let started = post(app, path, "actie=start", Some(&session)).await;
        assert_eq!(started.status, StatusCode::SEE_OTHER);
        let enrol = get_with(app, path, &session).await;
        assert!(enrol.body.contains("<svg"), "a QR code drawn on the server");
        assert!(enrol.body.contains("role=\"img\""));
        let secret = secret_on(&enrol);

        let wrong = post(app, path, "actie=bevestig&code=000000", Some(&session)).await;
        assert!(wrong.body.contains("Deze code klopt niet."));
        assert!(wrong.body.contains("aria-invalid=\"true\""));

        let now = Utc::now();
        let on = post(
            app,
            path,
            &format!("actie=bevestig&code={}", code_at(&secret, now)),
            Some(&session),
        )
        .await;
        assert_eq!(on.status, StatusCode::OK);
        assert!(on.body.contains("Je herstelcodes"), "{}", on.body);
        let recovery = recovery_codes_on(&on);
        assert_eq!(recovery.len(), 10);

        // Signing in now takes a code as well.
        let password_ok = sign_in_with(app, "fien@samensterk.example", PASSWORD).await;
        assert_eq!(password_ok.header("location"), Some("/inloggen/code"));
        let waiting = session_cookie(&password_ok);
        let not_yet = get_with(app, "/professionals", &waiting).await;
        assert!(!not_yet.body.contains("Je bent ingelogd"));
        let code_page = get_with(app, "/inloggen/code", &waiting).await;
        assert!(code_page.body.contains("autocomplete=\"one-time-code\""));

        let wrong = post(app, "/inloggen/code", "code=123456", Some(&waiting)).await;
        assert!(wrong.body.contains("Deze code klopt niet."));
        // The code of the enrolment's step was used; the next step's code works.
        let next_code = code_at(&secret, now + chrono::Duration::seconds(30));
        let done = post(
            app,
            "/inloggen/code",
            &format!("code={next_code}"),
            Some(&waiting),
        )
        .await;
        assert_eq!(done.header("location"), Some("/professionals"));
        let full = session_cookie(&done);
        assert_ne!(full, waiting, "a new token once the code is right");
        assert!(
            get_with(app, "/professionals", &full)
                .await
                .body
                .contains("Je bent ingelogd")
        );

        // The same code a second time is refused; a recovery code works once.
        let again = sign_in_with(app, "fien@samensterk.example", PASSWORD).await;
        let waiting = session_cookie(&again);
        let replay = post(
            app,
            "/inloggen/code",
            &format!("code={next_code}"),
            Some(&waiting),
        )
        .await;
        assert!(replay.body.contains("Deze code klopt niet."));
        let with_recovery = post(
            app,
            "/inloggen/code",
            &format!("code={}", recovery[0].to_uppercase()),
            Some(&waiting),
        )
        .await;
        assert_eq!(with_recovery.header("location"), Some("/professionals"));
        let again = sign_in_with(app, "fien@samensterk.example", PASSWORD).await;
        let used_again = post(
            app,
            "/inloggen/code",
            &format!("code={}", recovery[0]),
            Some(&session_cookie(&again)),
        )
        .await;
        assert!(used_again.body.contains("Deze code klopt niet."));

        // Without a waiting session the code page says to sign in again.
        let lost = app.get("/inloggen/code").await;
        assert!(lost.body.contains("Log opnieuw in."));

        // Turning it off takes a code too.
        let full = session_cookie(&with_recovery);
        let off = post(
            app,
            path,
            &format!("actie=uit&code={}", recovery[1]),
            Some(&full),
        )
        .await;
        assert_eq!(
            off.header("location"),
            Some("/account/tweestapsverificatie?melding=tweestaps-uit")
        );
        let user = app::accounts::users::find_by_email(&app.db.db, "fien@samensterk.example")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(user.totp_secret, None);
    });
}

fn post_from(address: &str, path: &str, body: &str, forwarded_for: Option<&str>) -> Request<Body> {
    let mut request =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(forwarded) = forwarded_for {
        request = request.header("x-forwarded-for", forwarded);
    }
    let mut request = request.body(Body::from(body.to_owned())).unwrap();
    let socket: SocketAddr = format!("{address}:50000").parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(socket));
    request
}

#[test]
fn too_many_posts_from_one_address_get_a_readable_429() {
    common::on_shared_runtime(async {
        let db = TestDb::migrated().await;
        let mut config = test_config();
        config.rate_limits.sign_in_per_minute = 2;
        config.rate_limits.forms_per_minute = 3;
        let app = TestApp::on(db, config);
        let sign_in = "email=a%40b.example&wachtwoord=x";

        for _ in 0..2 {
            let allowed = app
                .send(post_from("192.0.2.1", "/inloggen", sign_in, None))
                .await;
            assert_eq!(allowed.status, StatusCode::OK);
        }
        let refused = app
            .send(post_from("192.0.2.1", "/inloggen", sign_in, None))
            .await;
        assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
        let wait: u64 = refused.header("retry-after").unwrap().parse().unwrap();
        assert!((1..=30).contains(&wait), "{wait}");
        assert_eq!(refused.h1(), "Even wachten");
        assert!(refused.body.contains(&format!("Wacht {wait} seconden")));

        // Another address, and other forms, have their own allowance.
        let other = app
            .send(post_from("192.0.2.2", "/inloggen", sign_in, None))
            .await;
        assert_eq!(other.status, StatusCode::OK);
        let language = app
            .send(post_from("192.0.2.1", "/taal", "taal=en", None))
            .await;
        assert_eq!(language.status, StatusCode::SEE_OTHER);
        for _ in 0..2 {
            app.send(post_from("192.0.2.1", "/taal", "taal=en", None))
                .await;
        }
        let flooded = app
            .send(post_from("192.0.2.1", "/taal", "taal=en", None))
            .await;
        assert_eq!(flooded.status, StatusCode::TOO_MANY_REQUESTS);
        // Reading is never limited.
        let mut read = Request::get("/inloggen").body(Body::empty()).unwrap();
        read.extensions_mut()
            .insert(ConnectInfo::<SocketAddr>("192.0.2.1:1".parse().unwrap()));
        assert_eq!(app.send(read).await.status, StatusCode::OK);
    });
}

#[test]
fn behind_a_trusted_proxy_the_forwarded_address_is_limited() {
    common::on_shared_runtime(async {
        let db = TestDb::migrated().await;
        let mut config = test_config();
        config.rate_limits.sign_in_per_minute = 1;
        config.trust_forwarded_for = true;
        let app = TestApp::on(db, config);
        let body = "email=a%40b.example&wachtwoord=x";
        // All from the proxy at 10.0.0.1, for two different clients.
        let first = app
            .send(post_from(
                "10.0.0.1",
                "/inloggen",
                body,
                Some("198.51.100.7"),
            ))
            .await;
        let second = app
            .send(post_from(
                "10.0.0.1",
                "/inloggen",
                body,
                Some("198.51.100.8"),
            ))
            .await;
        assert_eq!(first.status, StatusCode::OK);
        assert_eq!(second.status, StatusCode::OK);
        // A made-up first entry does not help: the last one counts.
        let spoofed = app
            .send(post_from(
                "10.0.0.1",
                "/inloggen",
                body,
                Some("203.0.113.99, 198.51.100.7"),
            ))
            .await;
        assert_eq!(spoofed.status, StatusCode::TOO_MANY_REQUESTS);
    });
}

#[test]
fn admins_read_the_audit_log_and_nobody_else_does() {
    common::on_shared_runtime(async {
        let mail = app_with_outbox().await;
        let app = &mail.app;
        let professional =
            signed_in_as(app, "gijs@samensterk.example", RoleArg::Professional).await;
        let refused = get_with(app, "/beheer/logboek", &professional).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert!(!refused.body.contains("Ingelogd"));

        let admin = signed_in_as(app, "hans@samensterk.example", RoleArg::Admin).await;
        let log = get_with(app, "/beheer/logboek", &admin).await;
        assert_eq!(log.status, StatusCode::OK);
        assert_eq!(log.h1(), "Logboek");
        for label in ["Account gemaakt", "Wachtwoord ingesteld", "Ingelogd"] {
            assert!(log.body.contains(&format!("<td>{label}</td>")), "{label}");
        }
        assert!(
            log.body.contains("Systeem"),
            "the command line acted as the system"
        );
        // Reading the log is logged too.
        let views = entity::audit_event::Entity::find()
            .filter(entity::audit_event::Column::Action.eq("audit_log_viewed"))
            .count(&app.db.db)
            .await
            .unwrap();
        assert_eq!(views, 1);
        // 50 lines a page: with more, there is an older page.
        for _ in 0..50 {
            app.get("/professionals").await;
            post(
                app,
                "/inloggen",
                "email=hans%40samensterk.example&wachtwoord=fout",
                None,
            )
            .await;
        }
        let first = get_with(app, "/beheer/logboek", &admin).await;
        assert!(first.body.contains("href=\"/beheer/logboek?pagina=2\""));
        let second = get_with(app, "/beheer/logboek?pagina=2", &admin).await;
        assert!(second.body.contains("href=\"/beheer/logboek?pagina=1\""));
    });
}

#[test]
fn an_admin_downloads_and_erases_what_is_stored_about_an_address() {
    common::on_shared_runtime(async {
        let db = TestDb::migrated().await;
        server::seed::seed_demo(&db.db, Utc::now()).await.unwrap();
        // A volunteer's address as an initiative's public contact channel.
        let initiative = entity::initiative::Entity::find()
            .one(&db.db)
            .await
            .unwrap()
            .unwrap();
        let mut active: entity::initiative::ActiveModel = initiative.clone().into();
        active.contact_kind = sea_orm::Set(Some("email".to_owned()));
        active.contact_value = sea_orm::Set(Some("Ina@Vrijwilliger.example".to_owned()));
        sea_orm::ActiveModelTrait::update(active, &db.db)
            .await
            .unwrap();
        // Mail the site wrote to its outbox folder (it has no mail server).
        let outbox = tempfile::tempdir().unwrap();
        let mut config = test_config();
        config.mail.outbox_dir = outbox.path().to_owned();
        let eml = |to: &str, subject: &str| {
            format!(
                "From: noreply@x.example\r\nTo: {to}\r\nSubject: {subject}\r\n\r\nHallo Ina,\r\n"
            )
        };
        let folder = outbox.path();
        std::fs::write(
            folder.join("20261201T090000-000001.eml"),
            eml(
                "Ina de Vries <ina@vrijwilliger.example>",
                "Je account voor Buurtkracht",
            ),
        )
        .unwrap();
        std::fs::write(
            folder.join("20261201T090000-000002.eml"),
            eml("piet@elders.example", "Iets anders"),
        )
        .unwrap();
        let app = TestApp::on(db, config);
        let admin = signed_in_as(&app, "jan@samensterk.example", RoleArg::Admin).await;
        signed_in_as(&app, "ina@vrijwilliger.example", RoleArg::Professional).await;

        let page = get_with(&app, "/beheer/privacy", &admin).await;
        assert_eq!(page.h1(), "Privacyverzoeken");
        assert!(page.body.contains("Er is nog niets gewist."));

        let export = post(
            &app,
            "/beheer/privacy",
            "actie=downloaden&email=ina%40vrijwilliger.example",
            Some(&admin),
        )
        .await;
        assert_eq!(export.status, StatusCode::OK, "{}", export.body);
        assert!(
            export
                .header("content-disposition")
                .unwrap()
                .starts_with("attachment")
        );
        let data: serde_json::Value = serde_json::from_str(&export.body).unwrap();
        assert_eq!(data["email"], "ina@vrijwilliger.example");
        assert_eq!(data["account"]["password_set"], true);
        assert_eq!(data["account"]["organisation"], "SBJ SamenSterk");
        assert!(data["sessions"].as_array().unwrap().len() == 1);
        let actions: Vec<&str> = data["audit_log"]
            .as_array()
            .unwrap()
            .iter()
            .map(|line| line["action"].as_str().unwrap())
            .collect();
        assert!(actions.contains(&"user_created") && actions.contains(&"sign_in"));
        assert_eq!(
            data["initiatives_with_this_contact_address"][0]["name"],
            initiative.name
        );
        assert!(!export.body.contains("argon2"), "no password hash");
        let outbox_mail = data["mail_in_the_outbox_folder"].as_array().unwrap();
        assert_eq!(outbox_mail.len(), 1, "only Ina's mail: {outbox_mail:?}");
        assert_eq!(outbox_mail[0]["subject"], "Je account voor Buurtkracht");
        assert!(outbox_mail[0]["written_at"].is_string());

        // Erasing needs the tick, and never the admin's own account.
        let unticked = post(
            &app,
            "/beheer/privacy",
            "actie=wissen&email=ina%40vrijwilliger.example",
            Some(&admin),
        )
        .await;
        assert!(unticked.body.contains("Zet een vinkje"));
        assert!(unticked.body.contains("value=\"ina@vrijwilliger.example\""));
        let own = post(
            &app,
            "/beheer/privacy",
            "actie=wissen&email=jan%40samensterk.example&bevestig=ja",
            Some(&admin),
        )
        .await;
        assert!(
            own.body
                .contains("Je kunt je eigen account hier niet wissen.")
        );

        let erased = post(
            &app,
            "/beheer/privacy",
            "actie=wissen&email=ina%40vrijwilliger.example&bevestig=ja",
            Some(&admin),
        )
        .await;
        assert_eq!(
            erased.header("location"),
            Some("/beheer/privacy?melding=gewist")
        );
        let db = &app.db.db;
        assert!(
            app::accounts::users::find_by_email(db, "ina@vrijwilliger.example")
                .await
                .unwrap()
                .is_none()
        );
        let initiative = entity::initiative::Entity::find_by_id(initiative.id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(initiative.contact_value, None);
        let records = entity::erasure_record::Entity::find()
            .all(db)
            .await
            .unwrap();
        assert_eq!(records.len(), 1);
        assert!(records[0].summary.contains("account: 1"));
        assert!(
            records[0].summary.contains("outbox files: 1"),
            "{}",
            records[0].summary
        );
        let left: Vec<_> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(
            left,
            vec!["20261201T090000-000002.eml"],
            "only the other person's mail is left"
        );
        assert!(
            !records[0].summary.contains("ina"),
            "no trace of the address"
        );
        let after = get_with(&app, "/beheer/privacy?melding=gewist", &admin).await;
        assert!(after.body.contains("De gegevens zijn gewist."));
        assert!(after.body.contains(&records[0].summary));

        // Afterwards, nothing is left to download.
        let again = post(
            &app,
            "/beheer/privacy",
            "actie=downloaden&email=ina%40vrijwilliger.example",
            Some(&admin),
        )
        .await;
        let data: serde_json::Value = serde_json::from_str(&again.body).unwrap();
        assert!(data["account"].is_null());
        assert!(
            data["mail_in_the_outbox_folder"]
                .as_array()
                .unwrap()
                .is_empty()
        );
        assert!(
            data["initiatives_with_this_contact_address"]
                .as_array()
                .unwrap()
                .is_empty()
        );

        // A professional may do neither.
        let professional =
            signed_in_as(&app, "kim@samensterk.example", RoleArg::Professional).await;
        for action in ["downloaden", "wissen"] {
            let refused = post(
                &app,
                "/beheer/privacy",
                &format!("actie={action}&email=jan%40samensterk.example&bevestig=ja"),
                Some(&professional),
            )
            .await;
            assert_eq!(refused.status, StatusCode::FORBIDDEN, "{action}");
        }
        assert_eq!(
            get_with(&app, "/beheer/privacy", &professional)
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    });
}

#[test]
fn the_retention_task_deletes_what_is_past_its_period_and_keeps_the_rest() {
    use app::accounts::Retention;
    use sea_orm::{ActiveModelTrait, Set};
    common::on_shared_runtime(async {
        let db = TestDb::migrated().await;
        let db = &db.db;
        let now = Utc::now();
        let retention = Retention {
            audit_log_days: 30,
            unsent_mail_days: 7,
            used_links_days: 10,
            intake_draft_days: 30,
            registration_days: 30,
        };
        // Two unfinished registrations, last changed 31 and 29 days ago.
        for days_ago in [31, 29] {
            let answers = app::intake::IntakeAnswers {
                name: format!("{days_ago} dagen"),
                ..Default::default()
            };
            app::intake::drafts::start(db, &answers, now - chrono::Duration::days(days_ago))
                .await
                .unwrap();
        }
        for days_ago in [31, 29] {
            app::accounts::audit::record(
                db,
                now - chrono::Duration::days(days_ago),
                None,
                app::accounts::audit::AuditAction::SignOut,
                "test",
                &format!("{days_ago} days ago"),
            )
            .await
            .unwrap();
        }
        for days_ago in [8, 6] {
            let mail = app::mail::Mail {
                to: "x@y.example".to_owned(),
                subject: format!("{days_ago}"),
                body: String::new(),
            };
            app::mail::queue(db, mail, now - chrono::Duration::days(days_ago))
                .await
                .unwrap();
        }
        server::seed::base::ensure_base(db).await.unwrap();
        let user = app::accounts::users::create_user(
            db,
            app::accounts::users::NewUser {
                email: "l@m.example",
                display_name: "",
                role: app::accounts::Role::Professional,
                organisation: "sbj-samensterk",
            },
            None,
            now,
        )
        .await
        .unwrap();
        for days_ago in [20_i64, 5] {
            entity::one_time_link::ActiveModel {
                token_hash: Set(format!("{days_ago:064}")),
                user_id: Set(user.id),
                purpose: Set("set_password".to_owned()),
                created_at: Set(now - chrono::Duration::days(days_ago + 3)),
                expires_at: Set(now - chrono::Duration::days(days_ago)),
                used_at: Set(None),
                ..Default::default()
            }
            .insert(db)
            .await
            .unwrap();
        }

        // Two mails in the outbox folder, written 8 and 6 days ago.
        let folder = tempfile::tempdir().unwrap();
        for days_ago in [8_u64, 6] {
            let path = folder.path().join(format!("mail-{days_ago}.eml"));
            std::fs::write(&path, "To: x@y.example\r\n\r\nHallo\r\n").unwrap();
            let written = std::time::SystemTime::now()
                - std::time::Duration::from_secs(days_ago * 24 * 60 * 60);
            std::fs::File::options()
                .write(true)
                .open(&path)
                .unwrap()
                .set_modified(written)
                .unwrap();
        }
        let outbox = app::mail::Outbox::new(folder.path());

        let cleared = app::accounts::retention::clear_away(db, &retention, &outbox, now)
            .await
            .unwrap();
        assert_eq!(cleared.audit_events, 1);
        assert_eq!(cleared.unsent_mail, 1);
        assert_eq!(cleared.outbox_files, 1);
        assert_eq!(cleared.intake_drafts, 1);
        let drafts = entity::intake_draft::Entity::find().all(db).await.unwrap();
        assert_eq!(drafts.len(), 1);
        assert!(drafts[0].answers.contains("29 dagen"));
        let files: Vec<_> = std::fs::read_dir(folder.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(files, vec!["mail-6.eml"]);
        assert_eq!(cleared.links, 1);
        let left = entity::audit_event::Entity::find()
            .filter(entity::audit_event::Column::Subject.eq("test"))
            .all(db)
            .await
            .unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].detail, "29 days ago");
        let mail = entity::outgoing_mail::Entity::find().all(db).await.unwrap();
        assert_eq!(mail.len(), 1);
        assert_eq!(mail[0].subject, "6");
    });
}

#[test]
fn the_privacy_statement_shows_the_configured_periods() {
    common::on_shared_runtime(async {
        let db = TestDb::migrated().await;
        let mut config = test_config();
        config.retention.audit_log_days = 180;
        let app = TestApp::on(db, config);
        let page = app.get("/privacy").await;
        assert!(page.body.contains("bewaren we 180 dagen"), "{}", page.body);
    });
}

#[test]
fn every_protected_part_refuses_through_its_server_function_too() {
    common::on_shared_runtime(async {
        let mail = app_with_outbox().await;
        let app = &mail.app;
        let professional =
            signed_in_as(app, "nora@samensterk.example", RoleArg::Professional).await;
        let part = |name: &str| format!("/api/account?part={name}&key=&notice=&page=1");
        for name in ["AdminAccounts", "AuditLog", "PrivacyRequests"] {
            let refused = get_with(app, &part(name), &professional).await;
            assert_eq!(refused.status, StatusCode::FORBIDDEN, "{name}");
            assert!(!refused.body.contains("nora@"), "{name}");
        }
        // Two-step settings need any signed-in user, and nobody else.
        let anonymous = app.get(&part("TwoFactor")).await;
        assert_eq!(anonymous.status, StatusCode::FORBIDDEN);
        let own = get_with(app, &part("TwoFactor"), &professional).await;
        assert_eq!(own.status, StatusCode::OK);
        assert!(own.body.contains("Tweestapsverificatie staat uit."));
        // The posts check the role as well.
        let refused = post(app, "/account/tweestapsverificatie", "actie=start", None).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
    });
}

#[test]
fn an_admin_changes_the_role_switches_an_account_off_and_sends_a_new_link() {
    common::on_shared_runtime(async {
        let mail = app_with_outbox().await;
        let app = &mail.app;
        let admin = signed_in_as(app, "olga@samensterk.example", RoleArg::Admin).await;
        let worker = signed_in_as(app, "piet@samensterk.example", RoleArg::Professional).await;
        let find = |email: &'static str| async move {
            app::accounts::users::find_by_email(&app.db.db, email)
                .await
                .unwrap()
                .unwrap()
        };
        let piet = find("piet@samensterk.example").await;
        let page_path = format!("/beheer/accounts/{}", piet.id);

        let list = get_with(app, "/beheer/accounts", &admin).await;
        assert!(list.body.contains(&format!("href=\"{page_path}\"")));
        let page = get_with(app, &page_path, &admin).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("piet@samensterk.example"));
        assert!(page.body.contains("Rol wijzigen"));

        let promoted = post(app, &page_path, "actie=rol&rol=admin", Some(&admin)).await;
        assert_eq!(
            promoted.header("location").unwrap(),
            format!("{page_path}?melding=rol")
        );
        assert_eq!(find("piet@samensterk.example").await.role, "admin");
        let notice = get_with(app, &format!("{page_path}?melding=rol"), &admin).await;
        assert!(notice.body.contains("De rol is gewijzigd."));

        // Switched off: the session ends and signing in no longer works.
        post(app, &page_path, "actie=uitzetten", Some(&admin)).await;
        let after = get_with(app, "/professionals", &worker).await;
        assert!(!after.body.contains("Je bent ingelogd"));
        let refused = sign_in_with(app, "piet@samensterk.example", PASSWORD).await;
        assert_eq!(
            refused.status,
            StatusCode::OK,
            "no session for a switched-off account"
        );
        post(app, &page_path, "actie=aanzetten", Some(&admin)).await;
        let back = sign_in_with(app, "piet@samensterk.example", PASSWORD).await;
        assert_eq!(back.header("location"), Some("/professionals"));

        // A new link: a reset link, since Piet has a password.
        let sent = post(app, &page_path, "actie=link", Some(&admin)).await;
        assert_eq!(
            sent.header("location").unwrap(),
            format!("{page_path}?melding=link")
        );
        assert_eq!(mail.send_mail().await, 1);
        assert!(mail.mails()[0].contains("Subject: Een nieuw wachtwoord voor Buurtkracht"));

        // Their own account: facts only, and the posts are refused.
        let olga = find("olga@samensterk.example").await;
        let own_path = format!("/beheer/accounts/{}", olga.id);
        let own = get_with(app, &own_path, &admin).await;
        assert!(own.body.contains("Dit is je eigen account."));
        assert!(!own.body.contains("Rol wijzigen"));
        let demote = post(app, &own_path, "actie=rol&rol=professional", Some(&admin)).await;
        assert_eq!(demote.status, StatusCode::BAD_REQUEST);
        assert_eq!(find("olga@samensterk.example").await.role, "admin");

        // Unknown accounts, and non-admins.
        let missing = get_with(app, "/beheer/accounts/99999", &admin).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        let other = signed_in_as(app, "quinten@samensterk.example", RoleArg::Professional).await;
        let refused = post(app, &page_path, "actie=uitzetten", Some(&other)).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert_eq!(
            get_with(app, &page_path, &other).await.status,
            StatusCode::FORBIDDEN
        );

        let actions: Vec<String> = entity::audit_event::Entity::find()
            .all(&app.db.db)
            .await
            .unwrap()
            .into_iter()
            .map(|event| event.action)
            .collect();
        for action in [
            "role_changed",
            "account_disabled",
            "account_enabled",
            "account_viewed",
        ] {
            assert!(actions.iter().any(|logged| logged == action), "{action}");
        }
    });
}
