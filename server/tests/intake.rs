//! The intake wizard, the beheerlink and the review queue over HTTP,
//! through the production router, on a real database.

mod common;

use axum::http::StatusCode;
use common::accounts::{get_with, post, signed_in_as};
use common::{TestApp, TestResponse};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::cli::RoleArg;

fn location(response: &TestResponse) -> String {
    response.header("location").unwrap_or_default().to_owned()
}

/// The token in `/initiatief-aanmelden/{token}/…` or `/mijn-initiatief/{token}…`.
fn token_in(path: &str) -> String {
    let rest = path
        .trim_start_matches("/initiatief-aanmelden/")
        .trim_start_matches("/mijn-initiatief/");
    rest.split(['/', '?']).next().unwrap().to_owned()
}

/// A form body, with `+` for spaces as browsers send it.
fn form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(name, value)| format!("{name}={}", app::links::urlencode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

async fn queued_mail(app: &TestApp) -> Vec<entity::outgoing_mail::Model> {
    entity::outgoing_mail::Entity::find()
        .all(&app.db.db)
        .await
        .unwrap()
}

/// Steps 1 to 5 with good answers; returns the draft's token.
async fn answer_steps_one_to_five(app: &TestApp, name: &str) -> String {
    let started = post(
        app,
        "/initiatief-aanmelden",
        &form(&[
            ("naam", name),
            (
                "samenvatting",
                "Elke week koken en eten we samen met buren.",
            ),
            ("soort", "volunteer"),
            ("actie", "verder"),
        ]),
        None,
    )
    .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let token = token_in(&location(&started));
    let step = |n: u8| format!("/initiatief-aanmelden/{token}/{n}");
    let next_week = (chrono::Utc::now() + chrono::Duration::days(7))
        .format("%Y-%m-%d")
        .to_string();
    for (number, fields) in [
        (
            2,
            vec![
                ("gebied", "WK192603"),
                ("doelgroep", "ouderen"),
                ("doelgroep", "iedereen"),
                ("thema", "ontmoeting"),
                ("taal", "nl"),
                ("taal", "ar"),
            ],
        ),
        (
            3,
            vec![
                (
                    "beschrijving",
                    "We koken op donderdag in de buurtkamer. Iedereen kookt mee.",
                ),
                ("activiteit-titel", "Samen koken"),
                ("activiteit-datum", next_week.as_str()),
                ("activiteit-begin", "17:30"),
                ("activiteit-eind", "20:00"),
                ("activiteit-plaats", "Buurtkamer De Kiezel"),
                ("activiteit-herhaling", "weekly"),
            ],
        ),
        (
            4,
            vec![
                ("behoefte", "space"),
                ("behoefte", "volunteers"),
                ("behoefte-toelichting", "Een grotere keuken."),
            ],
        ),
        (
            5,
            vec![
                ("contact-naam", "Fatima El Amrani"),
                ("contact-email", "Fatima@Samenkoken.example"),
                ("contact-telefoon", "06 12345678"),
                ("contact-voorkeur", "whatsapp"),
                ("contact-taal", "nl_simple"),
                ("openbaar", "email"),
            ],
        ),
    ] {
        let mut fields = fields;
        fields.push(("actie", "verder"));
        let saved = post(app, &step(number), &form(&fields), None).await;
        assert_eq!(
            saved.status,
            StatusCode::SEE_OTHER,
            "step {number}: {}",
            saved.body
        );
        assert_eq!(location(&saved), step(number + 1));
    }
    token
}

#[test]
fn a_volunteer_registers_an_initiative_and_a_professional_puts_it_on_the_map() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let db = &app.db.db;

        let start = app.get("/initiatief-aanmelden").await;
        assert_eq!(start.status, StatusCode::OK);
        assert_eq!(start.h1(), "Initiatief aanmelden");
        assert!(start.body.contains("Stap 1 van 6"));
        assert!(start.body.contains("action=\"/initiatief-aanmelden\""));

        let token = answer_steps_one_to_five(&app, "Samen Koken Delfgauw").await;
        assert_eq!(token.len(), 64);
        let draft = entity::intake_draft::Entity::find()
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_ne!(draft.token_hash, token, "only the hash is stored");
        assert_eq!(draft.token_hash, app::accounts::secret::token_hash(&token));
        assert_eq!(
            draft.contact_email.as_deref(),
            Some("fatima@samenkoken.example")
        );

        // The resume link was mailed once the address was known.
        let mails = queued_mail(&app).await;
        assert_eq!(mails.len(), 1);
        assert_eq!(mails[0].to_address, "fatima@samenkoken.example");
        assert!(
            mails[0]
                .body
                .contains(&format!("/initiatief-aanmelden/{token}"))
        );

        // The resume link goes to the step that is not done: the check page.
        let resumed = app.get(&format!("/initiatief-aanmelden/{token}")).await;
        assert_eq!(
            location(&resumed),
            format!("/initiatief-aanmelden/{token}/6")
        );
        let check = app.get(&location(&resumed)).await;
        assert_eq!(check.h1(), "Controleren en versturen");
        assert!(
            check
                .body
                .contains("<dd class=\"summary__value\">Delfgauw</dd>"),
            "the wijk"
        );
        for answer in [
            "Samen Koken Delfgauw",
            "Ouderen",
            "Arabisch",
            "Een ruimte",
            "Vrijwilligers",
            "Fatima El Amrani",
            "WhatsApp",
            "Samen koken",
        ] {
            assert!(check.body.contains(answer), "the summary shows {answer}");
        }
        assert!(check.body.contains(&format!(
            "href=\"/initiatief-aanmelden/{token}/2?vanuit=controle\""
        )));

        // Sending needs both ticks; the first is kept.
        let step6 = format!("/initiatief-aanmelden/{token}/6");
        let unticked = post(
            &app,
            &step6,
            &form(&[("toestemming-bewaren", "ja"), ("actie", "verstuur")]),
            None,
        )
        .await;
        assert_eq!(unticked.status, StatusCode::OK);
        assert!(
            unticked.body.contains(
                "We kunnen je initiatief alleen op de kaart zetten als je dit goed vindt."
            )
        );
        assert!(unticked.body.contains("href=\"#toestemming-publiceren\""));
        assert!(
            unticked.body.contains("value=\"ja\" checked"),
            "the first tick stays"
        );

        let sent = post(
            &app,
            &step6,
            &form(&[
                ("toestemming-bewaren", "ja"),
                ("toestemming-publiceren", "ja"),
                ("actie", "verstuur"),
            ]),
            None,
        )
        .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
        assert!(location(&sent).ends_with("?melding=aangemeld"));
        let manage_token = token_in(&location(&sent));
        assert_ne!(manage_token, token);

        // What was stored.
        let initiative = entity::initiative::Entity::find()
            .filter(entity::initiative::Column::Name.eq("Samen Koken Delfgauw"))
            .one(db)
            .await
            .unwrap()
            .expect("the initiative");
        assert_eq!(initiative.status, "submitted");
        assert_eq!(initiative.slug, "samen-koken-delfgauw");
        assert_eq!(
            initiative.contact_person_name.as_deref(),
            Some("Fatima El Amrani")
        );
        assert_eq!(
            initiative.contact_person_phone.as_deref(),
            Some("06 12345678")
        );
        assert_eq!(initiative.preferred_channel.as_deref(), Some("whatsapp"));
        assert_eq!(initiative.contact_language.as_deref(), Some("nl_simple"));
        assert_eq!(initiative.contact_kind.as_deref(), Some("email"));
        assert_eq!(
            initiative.contact_value.as_deref(),
            Some("fatima@samenkoken.example")
        );
        let mut needs: Vec<String> = entity::initiative_need::Entity::find()
            .filter(entity::initiative_need::Column::InitiativeId.eq(initiative.id))
            .all(db)
            .await
            .unwrap()
            .into_iter()
            .map(|need| need.need_code)
            .collect();
        needs.sort();
        assert_eq!(needs, vec!["space", "volunteers"]);
        let activity = entity::activity::Entity::find()
            .filter(entity::activity::Column::InitiativeId.eq(initiative.id))
            .one(db)
            .await
            .unwrap()
            .expect("the first activity");
        assert_eq!(activity.recurrence_rule.as_deref(), Some("FREQ=WEEKLY"));
        let dates = entity::activity_occurrence::Entity::find()
            .filter(entity::activity_occurrence::Column::ActivityId.eq(activity.id))
            .count(db)
            .await
            .unwrap();
        assert!(dates >= 12, "weekly dates up to the horizon: {dates}");
        let link = entity::initiative_link::Entity::find()
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            link.token_hash,
            app::accounts::secret::token_hash(&manage_token)
        );
        let draft = entity::intake_draft::Entity::find()
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            draft.answers, "{}",
            "the answers live on in the initiative only"
        );
        assert_eq!(draft.contact_email, None);

        // The beheerlink was mailed, and the draft's link says it was sent.
        let mails = queued_mail(&app).await;
        assert_eq!(mails.len(), 2);
        assert!(
            mails[1]
                .body
                .contains(&format!("/mijn-initiatief/{manage_token}"))
        );
        let again = app.get(&step6).await;
        assert_eq!(again.h1(), "Deze aanmelding is al verstuurd");
        assert!(!again.body.contains("Fatima"));

        // Not on the map before a professional looked at it.
        let map = app.get("/kaart?q=samen+koken").await;
        assert!(!map.body.contains("Samen Koken Delfgauw"));
        let manage = app
            .get(&format!(
                "/mijn-initiatief/{manage_token}?melding=aangemeld"
            ))
            .await;
        assert_eq!(manage.status, StatusCode::OK);
        assert!(manage.body.contains("Bedankt! Je aanmelding is verstuurd."));
        assert!(
            manage
                .body
                .contains("Wacht op controle door een medewerker")
        );

        // The review queue: professionals only.
        let visitor = app.get("/beheer/aanmeldingen").await;
        assert_eq!(visitor.status, StatusCode::FORBIDDEN);
        let professional =
            signed_in_as(&app, "kim@samensterk.example", RoleArg::Professional).await;
        let queue = get_with(&app, "/beheer/aanmeldingen", &professional).await;
        assert_eq!(queue.status, StatusCode::OK);
        assert!(
            queue
                .body
                .contains(&format!("href=\"/beheer/aanmeldingen/{}\"", initiative.id))
        );
        let item_path = format!("/beheer/aanmeldingen/{}", initiative.id);
        let item = get_with(&app, &item_path, &professional).await;
        assert!(item.body.contains("Fatima El Amrani") && item.body.contains("06 12345678"));
        assert!(item.body.contains("Er is 1 werkende beheerlink."));

        // A question goes by mail; a decline needs a reason.
        let asked = post(
            &app,
            &item_path,
            &form(&[("actie", "vraag"), ("vraag", "Hoeveel mensen komen er?")]),
            Some(&professional),
        )
        .await;
        assert_eq!(location(&asked), format!("{item_path}?melding=vraag"));
        let question = queued_mail(&app).await.pop().unwrap();
        assert!(question.body.contains("Hoeveel mensen komen er?"));
        assert!(question.body.contains("SBJ SamenSterk"));
        assert!(
            question.body.contains("Stuur dan een e-mail naar")
                && question.body.contains("(kim@samensterk.example)"),
            "says whom to answer: {}",
            question.body
        );
        let no_reason = post(
            &app,
            &item_path,
            &form(&[("actie", "afwijzen"), ("reden", " ")]),
            Some(&professional),
        )
        .await;
        assert_eq!(no_reason.status, StatusCode::OK);
        assert!(
            no_reason
                .body
                .contains("Schrijf waarom het initiatief niet op de kaart komt.")
        );

        // Approving puts it on the map at once.
        let approved = post(
            &app,
            &item_path,
            &form(&[("actie", "goedkeuren")]),
            Some(&professional),
        )
        .await;
        assert_eq!(
            location(&approved),
            format!("{item_path}?melding=goedgekeurd")
        );
        let map = app.get("/kaart?q=samen+koken").await;
        assert!(
            map.body.contains("Samen Koken Delfgauw"),
            "on the map without waiting"
        );
        let page = app.get("/initiatieven/samen-koken-delfgauw").await;
        assert!(page.body.contains("mailto:fatima@samenkoken.example"));
        assert!(
            !page.body.contains("06 12345678"),
            "the phone number was not made public"
        );
        let actions: Vec<String> = entity::audit_event::Entity::find()
            .filter(
                entity::audit_event::Column::Subject.eq(format!("initiative:{}", initiative.id)),
            )
            .all(db)
            .await
            .unwrap()
            .into_iter()
            .map(|event| event.action)
            .collect();
        for action in [
            "initiative_submitted",
            "initiative_viewed",
            "question_sent",
            "initiative_approved",
        ] {
            assert!(
                actions.iter().any(|a| a == action),
                "{action} in {actions:?}"
            );
        }

        // The volunteer changes the name through the beheerlink: the map follows.
        let changed = post(
            &app,
            &format!("/mijn-initiatief/{manage_token}/1"),
            &form(&[
                ("naam", "Samen Koken en Eten Delfgauw"),
                (
                    "samenvatting",
                    "Elke week koken en eten we samen met buren.",
                ),
                ("soort", "citizen"),
                ("actie", "verder"),
            ]),
            None,
        )
        .await;
        assert_eq!(
            location(&changed),
            format!("/mijn-initiatief/{manage_token}?melding=opgeslagen")
        );
        let map = app.get("/kaart?q=samen+koken").await;
        assert!(map.body.contains("Samen Koken en Eten Delfgauw"));

        // A professional revokes the links; the volunteer asks for a new one.
        let revoked = post(
            &app,
            &item_path,
            &form(&[("actie", "intrekken")]),
            Some(&professional),
        )
        .await;
        assert_eq!(
            location(&revoked),
            format!("{item_path}?melding=ingetrokken")
        );
        let old = app.get(&format!("/mijn-initiatief/{manage_token}")).await;
        assert_eq!(old.status, StatusCode::NOT_FOUND);
        assert_eq!(old.h1(), "Deze beheerlink werkt niet");
        let unknown = post(
            &app,
            "/beheerlink-aanvragen",
            "email=niemand%40x.example",
            None,
        )
        .await;
        let known = post(
            &app,
            "/beheerlink-aanvragen",
            "email=FATIMA%40samenkoken.example",
            None,
        )
        .await;
        assert_eq!(
            location(&unknown),
            location(&known),
            "the same answer for any address"
        );
        let mail = queued_mail(&app).await.pop().unwrap();
        assert_eq!(mail.to_address, "fatima@samenkoken.example");
        let new_link = mail
            .body
            .lines()
            .find(|line| line.contains("/mijn-initiatief/"))
            .unwrap();
        let new_token = token_in(new_link.trim().trim_start_matches("http://127.0.0.1:3000"));
        let works = app.get(&format!("/mijn-initiatief/{new_token}")).await;
        assert_eq!(works.status, StatusCode::OK);
        assert!(works.body.contains("Samen Koken en Eten Delfgauw"));
    });
}

#[test]
fn every_step_keeps_what_was_typed_and_names_the_problems() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let wrong = post(
            &app,
            "/initiatief-aanmelden",
            &form(&[("naam", "Ko"), ("samenvatting", ""), ("actie", "verder")]),
            None,
        )
        .await;
        assert_eq!(wrong.status, StatusCode::OK);
        assert!(
            wrong
                .body
                .contains("Dit is te kort. Gebruik minstens 3 tekens.")
        );
        assert!(wrong.body.contains("href=\"#samenvatting\""));
        assert!(wrong.body.contains("value=\"Ko\""), "what was typed stays");
        assert!(wrong.body.contains("aria-invalid=\"true\""));
        assert!(
            wrong
                .body
                .contains("aria-describedby=\"naam-hint naam-fout\"")
        );
        assert_eq!(
            entity::intake_draft::Entity::find()
                .count(&app.db.db)
                .await
                .unwrap(),
            0
        );

        let token = answer_steps_one_to_five(&app, "Buurtmoestuin").await;
        let step = |n: u8| format!("/initiatief-aanmelden/{token}/{n}");
        let no_place = post(
            &app,
            &step(2),
            &form(&[("thema", "ontmoeting"), ("actie", "verder")]),
            None,
        )
        .await;
        assert!(no_place.body.contains("Kies minstens één wijk of buurt."));
        assert!(no_place.body.contains("value=\"ontmoeting\" checked"));
        let unknown = post(
            &app,
            &step(2),
            &form(&[
                ("gebied", "WK999999"),
                ("doelgroep", "ouderen"),
                ("actie", "verder"),
            ]),
            None,
        )
        .await;
        assert!(unknown.body.contains("Kies een van de mogelijkheden."));

        let past = post(
            &app,
            &step(3),
            &form(&[
                ("beschrijving", "We tuinieren samen op zaterdag."),
                ("activiteit-titel", "Tuinieren"),
                ("activiteit-datum", "2020-05-02"),
                ("activiteit-begin", "10:00"),
                ("activiteit-eind", "12:00"),
                ("activiteit-plaats", "Moestuin"),
                ("activiteit-herhaling", "once"),
                ("actie", "verder"),
            ]),
            None,
        )
        .await;
        assert!(past.body.contains("Deze datum is al voorbij."));
        assert!(past.body.contains("value=\"2020-05-02\""));

        let contact = post(
            &app,
            &step(5),
            &form(&[
                ("contact-naam", "Jan"),
                ("contact-email", "jan@"),
                ("contact-telefoon", "12345"),
                ("contact-voorkeur", "email"),
                ("openbaar", "website"),
                ("website", "javascript:alert(1)"),
                ("actie", "verder"),
            ]),
            None,
        )
        .await;
        for message in [
            "Dit is geen e-mailadres.",
            "Dit is geen Nederlands telefoonnummer.",
            "Dit is geen adres van een website.",
        ] {
            assert!(contact.body.contains(message), "{message}");
        }
        assert!(
            contact.body.contains("value=\"javascript:alert(1)\""),
            "kept, as text in the field"
        );

        // "Previous step" saves what was typed without checks.
        let back = post(
            &app,
            &step(4),
            &form(&[
                (
                    "behoefte-toelichting",
                    "Een schuurtje voor het gereedschap.",
                ),
                ("actie", "terug"),
            ]),
            None,
        )
        .await;
        assert_eq!(location(&back), step(3));
        let needs = app.get(&step(4)).await;
        assert!(needs.body.contains("Een schuurtje voor het gereedschap."));

        // A new server on the same database (a restart) still has it all.
        let restarted = TestApp::on_same_database(&app);
        let page = restarted.get(&step(1)).await;
        assert!(page.body.contains("value=\"Buurtmoestuin\""));
    });
}

#[test]
fn spam_and_likely_duplicates_are_handled_without_barriers() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let robot = post(
            &app,
            "/initiatief-aanmelden",
            &form(&[
                ("naam", "Goedkope pillen"),
                ("samenvatting", "Koop nu onze pillen online."),
                ("soort", "other"),
                ("bedrijfsnaam", "Pillen BV"),
            ]),
            None,
        )
        .await;
        assert_eq!(robot.status, StatusCode::SEE_OTHER);
        assert_eq!(
            entity::intake_draft::Entity::find()
                .count(&app.db.db)
                .await
                .unwrap(),
            0,
            "nothing stored"
        );

        // A name like the demo's coffee morning in Pijnacker.
        let started = post(
            &app,
            "/initiatief-aanmelden",
            &form(&[
                ("naam", "Koffieochtend Ontmoeting"),
                ("samenvatting", "Elke dinsdag koffie en een praatje."),
                ("soort", "volunteer"),
            ]),
            None,
        )
        .await;
        let token = token_in(&location(&started));
        post(
            &app,
            &format!("/initiatief-aanmelden/{token}/2"),
            &form(&[
                ("gebied", "pijnacker-noord"),
                ("doelgroep", "ouderen"),
                ("actie", "verder"),
            ]),
            None,
        )
        .await;
        let step3 = app.get(&format!("/initiatief-aanmelden/{token}/3")).await;
        assert!(step3.body.contains("Bestaat dit initiatief misschien al?"));
        assert!(
            step3
                .body
                .contains("href=\"/initiatieven/koffieochtend-de-ontmoeting\"")
        );
        assert!(step3.body.contains("<form"), "a note, not a block");
    });
}

/// What an admin's AVG download says about the intake's test address.
async fn export_of_fatima(app: &TestApp, admin: &str) -> serde_json::Value {
    let answer = post(
        app,
        "/beheer/privacy",
        "actie=downloaden&email=fatima%40samenkoken.example",
        Some(admin),
    )
    .await;
    serde_json::from_str(&answer.body).unwrap()
}

#[test]
fn the_avg_export_and_erasure_cover_drafts_and_contact_persons() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let admin = signed_in_as(&app, "beheer@gemeente.example", RoleArg::Admin).await;
        let token = answer_steps_one_to_five(&app, "Buurtbieb Delfgauw").await;
        // An unfinished registration, with everything typed.
        let data = export_of_fatima(&app, &admin).await;
        let drafts = data["unfinished_registrations"].as_array().unwrap();
        assert_eq!(drafts.len(), 1);
        assert_eq!(drafts[0]["name"], "Buurtbieb Delfgauw");
        assert_eq!(drafts[0]["contact_phone"], "06 12345678");

        // Sent: the initiative's contact person instead.
        let sent = post(
            &app,
            &format!("/initiatief-aanmelden/{token}/6"),
            &form(&[
                ("toestemming-bewaren", "ja"),
                ("toestemming-publiceren", "ja"),
                ("actie", "verstuur"),
            ]),
            None,
        )
        .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        let data = export_of_fatima(&app, &admin).await;
        assert!(
            data["unfinished_registrations"]
                .as_array()
                .unwrap()
                .is_empty()
        );
        let persons = data["initiatives_with_this_contact_person"]
            .as_array()
            .unwrap();
        assert_eq!(persons.len(), 1);
        assert_eq!(persons[0]["initiative"], "Buurtbieb Delfgauw");
        assert_eq!(persons[0]["phone"], "06 12345678");

        // Another draft, then erase everything about the address.
        answer_steps_one_to_five(&app, "Tweede aanmelding").await;
        let erased = post(
            &app,
            "/beheer/privacy",
            "actie=wissen&email=fatima%40samenkoken.example&bevestig=ja",
            Some(&admin),
        )
        .await;
        assert_eq!(
            erased.header("location"),
            Some("/beheer/privacy?melding=gewist")
        );
        let initiative = entity::initiative::Entity::find()
            .filter(entity::initiative::Column::Name.eq("Buurtbieb Delfgauw"))
            .one(&app.db.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(initiative.contact_person_name, None);
        assert_eq!(initiative.contact_person_email, None);
        assert_eq!(initiative.contact_person_phone, None);
        assert_eq!(
            initiative.contact_value, None,
            "the public address went too"
        );
        let drafts_left = entity::intake_draft::Entity::find()
            .filter(entity::intake_draft::Column::SubmittedAt.is_null())
            .count(&app.db.db)
            .await
            .unwrap();
        assert_eq!(drafts_left, 0);
        let record = entity::erasure_record::Entity::find()
            .one(&app.db.db)
            .await
            .unwrap()
            .unwrap();
        assert!(
            record.summary.contains("contact persons: 1"),
            "{}",
            record.summary
        );
        assert!(
            record.summary.contains("unfinished registrations: 1"),
            "{}",
            record.summary
        );
    });
}

/// Sending the wizard reads (is this slug free?) and then writes, in one
/// transaction. On SQLite such a transaction failed with "database is
/// locked" when another request wrote in between, and the volunteer got
/// an error page (seen in the browser tests, with two running at once).
/// A writing transaction now takes the write lock first: the other writer
/// waits for it, and both succeed.
#[test]
fn a_writing_transaction_that_reads_first_lets_another_writer_wait_instead_of_failing() {
    common::on_shared_runtime(async {
        let test_db = common::TestDb::migrated().await;
        let db = test_db.db.clone();
        let now = chrono::Utc::now();
        let audit_count = |db: sea_orm::DatabaseConnection| async move {
            entity::audit_event::Entity::find()
                .count(&db)
                .await
                .unwrap()
        };

        let transaction = app::writing::begin_writing(&db).await.unwrap();
        entity::initiative::Entity::find()
            .all(&transaction)
            .await
            .unwrap();
        let other_writer = tokio::spawn({
            let db = db.clone();
            async move {
                app::accounts::audit::record(
                    &db,
                    now,
                    None,
                    app::accounts::audit::AuditAction::InitiativeSubmitted,
                    "initiative:2",
                    "",
                )
                .await
            }
        });
        // Time for the other writer to try while this transaction is open.
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        app::accounts::audit::record(
            &transaction,
            now,
            None,
            app::accounts::audit::AuditAction::InitiativeSubmitted,
            "initiative:1",
            "",
        )
        .await
        .expect("this transaction writes after its read");
        transaction.commit().await.unwrap();
        other_writer
            .await
            .unwrap()
            .expect("the other writer waited its turn");
        assert_eq!(audit_count(db).await, 2);
    });
}
