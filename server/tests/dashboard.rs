//! The professionals' dashboard over HTTP: only professionals get in; the
//! overview and its filters; partnerships with their contact log,
//! hand-over and self-assessment; signals from a beheerlink picked up and
//! answered; the six steps; reports; every CSV export.

mod common;

use axum::http::StatusCode;
use common::accounts::{get_with, post, signed_in_as};
use common::{TestApp, TestResponse, strip_tags};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
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
        .order_by_asc(entity::initiative::Column::Name)
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

async fn initiative(app: &TestApp, slug: &str) -> entity::initiative::Model {
    entity::initiative::Entity::find()
        .filter(entity::initiative::Column::Slug.eq(slug))
        .one(&app.db.db)
        .await
        .unwrap()
        .unwrap()
}

/// The page's text as a reader gets it: words of different cells apart.
fn text(response: &TestResponse) -> String {
    let spaced = response.body.replace('<', " <").replace('>', "> ");
    strip_tags(&spaced)
}

/// The part of the page's text from `from` to `to`.
fn between(text: &str, from: &str, to: &str) -> String {
    let start = text
        .find(from)
        .unwrap_or_else(|| panic!("'{from}' on the page: {text}"));
    let rest = &text[start..];
    let end = rest.find(to).unwrap_or(rest.len());
    rest[..end].to_owned()
}

#[test]
fn only_professionals_see_the_dashboard_and_its_exports() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        for page in [
            "/dashboard",
            "/dashboard/behoeften",
            "/dashboard/samenwerkingen",
            "/dashboard/signalen",
            "/dashboard/signalen/1",
            "/dashboard/stappenplan/WK192601",
            "/dashboard/initiatieven/taalcafe-pijnacker",
        ] {
            let response = app.get(page).await;
            assert_eq!(response.status, StatusCode::FORBIDDEN, "{page}");
            assert_eq!(response.h1(), "Geen toegang", "{page}");
            assert!(!response.body.contains("Taalcafé"), "{page} shows no data");
        }
        for file in [
            "dekking",
            "behoeften",
            "samenwerkingen",
            "signalen",
            "stappenplan",
            "resultaten",
            "aandachtspunten",
            "contactmomenten",
            "zelfevaluaties",
            "verslagen",
        ] {
            let response = app.get(&format!("/dashboard/{file}.csv")).await;
            assert_eq!(response.status, StatusCode::FORBIDDEN, "{file}");
            assert!(!response.body.contains(';'), "no data in the refusal");
        }
        let posted = post(
            &app,
            "/dashboard/signalen",
            "signaal-wijk=WK192601&signaal-thema=armoede&signaal-beschrijving=x&actie=signaal",
            None,
        )
        .await;
        assert_eq!(posted.status, StatusCode::FORBIDDEN);
        assert_eq!(
            entity::signal::Entity::find()
                .all(&app.db.db)
                .await
                .unwrap()
                .len(),
            3,
            "the demo's three only"
        );
    });
}

#[test]
fn the_overview_shows_coverage_needs_steps_and_results_for_the_filters() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let professional = signed_in_as(&app, "sanne@sbj.example", RoleArg::Professional).await;
        let page = get_with(&app, "/dashboard", &professional).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(page.h1(), "Dashboard");
        let all = text(&page);
        for heading in [
            "Wie is actief, voor wie?",
            "Wat initiatieven nodig hebben",
            "Samenwerking met initiatieven",
            "De acht aandachtspunten",
            "Signalen",
            "Stappenplan per wijk",
            "Resultaten",
        ] {
            assert!(all.contains(heading), "{heading}");
        }
        // The demo: Delfgauw has no organisation or initiative for
        // children of 9 to 13: a blind spot, said in words.
        assert!(all.contains("Niemand"));
        // The demo's old signal from the koffieochtend waits too long.
        assert!(
            all.contains("1 signaal wacht al langer dan twee weken."),
            "{all}"
        );
        // Pijnacker is at step 4 in the demo.
        let steps = between(&all, "De stap waar elke wijk nu is", "Download");
        assert!(
            steps.contains("Pijnacker Stap 4: Bewoners doen mee Bezig"),
            "{steps}"
        );

        // One wijk: only its row, and the choice is kept in the form.
        let delfgauw = get_with(&app, "/dashboard?wijk=WK192603", &professional).await;
        assert!(
            delfgauw
                .body
                .contains("<option value=\"WK192603\" selected")
        );
        let coverage = between(
            &text(&delfgauw),
            "Initiatieven en organisaties per wijk en doelgroep",
            "Download",
        );
        assert!(coverage.contains("Delfgauw"));
        assert!(!coverage.contains("Nootdorp"), "{coverage}");
        assert!(
            delfgauw
                .body
                .contains("href=\"/dashboard/dekking.csv?wijk=WK192603\""),
            "the download has the same filter"
        );

        // An unknown wijk counts nothing, and the page says why.
        let nowhere = get_with(&app, "/dashboard?wijk=WK999999", &professional).await;
        assert!(text(&nowhere).contains("Een filter in het adres kennen we niet."));

        // The demo's reports count as people reached.
        let results = between(&all, "Resultaten per maand", "Resultaten per wijk");
        assert!(results.contains("Totaal"), "{results}");
        let reached: i32 = [18, 22, 25, 24, 30, 12, 15, 14, 16, 6, 8, 9, 10, 12]
            .iter()
            .sum();
        assert!(
            results.trim_end().ends_with(&format!(" {reached}")),
            "the total reached ends the table: {results}"
        );
    });
}

#[test]
fn a_professional_filters_the_needs_and_exports_them_as_csv() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let professional = signed_in_as(&app, "sanne@sbj.example", RoleArg::Professional).await;
        let (with, without) = with_and_without_volunteers(&app).await;

        let volunteers = get_with(
            &app,
            "/dashboard/behoeften?behoefte=volunteers",
            &professional,
        )
        .await;
        assert_eq!(volunteers.status, StatusCode::OK);
        assert_eq!(volunteers.h1(), "Wat initiatieven nodig hebben");
        let page = text(&volunteers);
        assert!(page.contains(&with.name), "{page}");
        assert!(
            !page.contains(&without.name),
            "only who asked for volunteers"
        );
        assert!(
            volunteers
                .body
                .contains(&format!("href=\"/dashboard/initiatieven/{}\"", with.slug))
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
        let nowhere = get_with(&app, "/dashboard/behoeften?wijk=WK999999", &professional).await;
        assert!(text(&nowhere).contains("Geen initiatieven met deze behoefte bij deze filters."));

        // A contact name that a spreadsheet would run as a formula.
        let mut row: entity::initiative::ActiveModel = with.clone().into();
        row.contact_person_name = Set(Some("=HYPERLINK(\"http://x.example\")".to_owned()));
        row.update(&app.db.db).await.unwrap();
        // The index behind the dashboard is a minute old at most; a change
        // in the database itself shows after that (or a restart).
        let app = TestApp::on_same_database(&app);
        let file = get_with(
            &app,
            "/dashboard/behoeften.csv?behoefte=volunteers",
            &professional,
        )
        .await;
        assert_eq!(file.status, StatusCode::OK);
        assert_eq!(file.header("content-type"), Some("text/csv; charset=utf-8"));
        assert_eq!(file.header("cache-control"), Some("no-store"));
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
                "Initiatief;Wijken;Heeft nodig;Toelichting;Contactpersoon van het initiatief;E-mail;Telefoon;Liefst via;Vaste contactpersoon (professional)"
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
        // Contact details left the building: the audit log says who.
        let logged = entity::audit_event::Entity::find()
            .filter(entity::audit_event::Column::Action.eq("contact_details_exported"))
            .all(&app.db.db)
            .await
            .unwrap();
        assert_eq!(logged.len(), 1);
        assert_eq!(logged[0].detail, "behoeften.csv?behoefte=volunteers");
    });
}

#[test]
fn a_partnership_gets_a_contact_log_a_hand_over_and_a_self_assessment() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let sanne = signed_in_as(&app, "sanne@sbj.example", RoleArg::Professional).await;
        let taalcafe = initiative(&app, "taalcafe-pijnacker").await;
        let page_path = "/dashboard/initiatieven/taalcafe-pijnacker";

        let first = get_with(&app, page_path, &sanne).await;
        assert_eq!(first.h1(), taalcafe.name);
        assert!(
            text(&first).contains("SBJ SamenSterk heeft nog geen samenwerking met dit initiatief.")
        );
        // Before: on the reminder list, never contacted.
        let overview_page = get_with(&app, "/dashboard", &sanne).await;
        assert!(
            !overview_page.body.contains("aandachtspunten.csv"),
            "no scores to download before a self-assessment"
        );
        let overview = text(&overview_page);
        assert!(
            overview.contains("0 initiatieven hebben een vaste contactpersoon."),
            "{overview}"
        );

        let begun = post(&app, page_path, "actie=begin", Some(&sanne)).await;
        assert_eq!(begun.status, StatusCode::SEE_OTHER);
        assert!(
            begun
                .header("location")
                .unwrap()
                .starts_with(&format!("{page_path}?melding=begonnen"))
        );
        let location = begun
            .header("location")
            .unwrap()
            .split('#')
            .next()
            .unwrap()
            .to_owned();
        let started = text(&get_with(&app, &location, &sanne).await);
        assert!(started.contains("Samenwerking met SBJ SamenSterk"));
        assert!(started.contains("De samenwerking is begonnen."));
        let reminders = text(&get_with(&app, "/dashboard", &sanne).await);
        let list = between(
            &reminders,
            "Langer dan 8 weken geen contact",
            "Alle samenwerkingen",
        );
        assert!(
            list.contains(&format!("{} SBJ SamenSterk", taalcafe.name)),
            "{list}"
        );
        assert!(list.contains("Nog nooit"), "{list}");

        // A contact moment with problems: each at its field, what was
        // typed kept.
        let tomorrow = (chrono::Utc::now() + chrono::Duration::days(2)).date_naive();
        let wrong = post(
            &app,
            page_path,
            &format!("actie=contact&datum={tomorrow}&notitie=Over+de+ruimte"),
            Some(&sanne),
        )
        .await;
        assert_eq!(wrong.status, StatusCode::OK);
        let wrong_text = text(&wrong);
        assert!(
            wrong_text.contains("Deze datum is nog niet geweest."),
            "{wrong_text}"
        );
        assert!(wrong_text.contains("Kies hoe het contact was."));
        assert!(
            wrong.body.contains("href=\"#datum\""),
            "the summary links to the field"
        );
        assert!(wrong.body.contains(&format!("value=\"{tomorrow}\"")));
        assert!(wrong.body.contains(">Over de ruimte</textarea>"));

        let today = chrono::Utc::now()
            .with_timezone(&chrono_tz::Europe::Amsterdam)
            .date_naive();
        let recorded = post(
            &app,
            page_path,
            &format!("actie=contact&datum={today}&kanaal=phone&notitie=Gebeld+over+de+ruimte"),
            Some(&sanne),
        )
        .await;
        assert_eq!(recorded.status, StatusCode::SEE_OTHER);
        let logged = text(&get_with(&app, page_path, &sanne).await);
        let log = between(
            &logged,
            "Contactmomenten en overdrachten",
            "Contactmoment vastleggen",
        );
        assert!(
            log.contains("Contact: Bellen Gebeld over de ruimte"),
            "{log}"
        );
        // Recent contact: off the reminder list.
        let overview = text(&get_with(&app, "/dashboard", &sanne).await);
        assert!(overview.contains("1 initiatief heeft een vaste contactpersoon."));
        assert!(
            !between(
                &overview,
                "Langer dan 8 weken geen contact",
                "Alle samenwerkingen"
            )
            .contains(&taalcafe.name)
        );

        // Agreements, channel and language.
        let agreed = post(
            &app,
            page_path,
            "actie=afspraken&afspraken=Elke+twee+maanden+een+gesprek&voorkeur=whatsapp&taal=nl_simple",
            Some(&sanne),
        )
        .await;
        assert_eq!(agreed.status, StatusCode::SEE_OTHER);
        let partnership = entity::partnership::Entity::find()
            .one(&app.db.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(partnership.agreements, "Elke twee maanden een gesprek");
        assert_eq!(partnership.preferred_channel.as_deref(), Some("whatsapp"));
        assert_eq!(partnership.language_level.as_deref(), Some("nl_simple"));

        // A hand-over to a colleague of the same organisation, who gets a
        // mail with the note.
        signed_in_as(&app, "ahmed@sbj.example", RoleArg::Professional).await;
        let ahmed = entity::app_user::Entity::find()
            .filter(entity::app_user::Column::Email.eq("ahmed@sbj.example"))
            .one(&app.db.db)
            .await
            .unwrap()
            .unwrap();
        let nobody = post(
            &app,
            page_path,
            "actie=overdragen&collega=&overdracht=",
            Some(&sanne),
        )
        .await;
        assert!(text(&nobody).contains("Kies de collega die de vaste contactpersoon wordt."));
        let handed = post(
            &app,
            page_path,
            &format!(
                "actie=overdragen&collega={}&overdracht=Ze+zoeken+een+ruimte",
                ahmed.id
            ),
            Some(&sanne),
        )
        .await;
        assert_eq!(handed.status, StatusCode::SEE_OTHER);
        let partnership = entity::partnership::Entity::find()
            .one(&app.db.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(partnership.contact_user_id, Some(ahmed.id));
        let mail = entity::outgoing_mail::Entity::find()
            .filter(entity::outgoing_mail::Column::ToAddress.eq("ahmed@sbj.example"))
            .all(&app.db.db)
            .await
            .unwrap();
        let handover_mail = mail.last().expect("a mail to the new contact person");
        assert!(handover_mail.subject.contains(&taalcafe.name));
        assert!(handover_mail.body.contains("Ze zoeken een ruimte"));
        assert!(
            handover_mail
                .body
                .contains(&format!("http://127.0.0.1:3000{page_path}")),
            "{}",
            handover_mail.body
        );
        let name_of = |email: &'static str| {
            let db = app.db.db.clone();
            async move {
                entity::app_user::Entity::find()
                    .filter(entity::app_user::Column::Email.eq(email))
                    .one(&db)
                    .await
                    .unwrap()
                    .unwrap()
                    .display_name
            }
        };
        let (sanne_name, ahmed_name) = (
            name_of("sanne@sbj.example").await,
            name_of("ahmed@sbj.example").await,
        );
        let after = text(&get_with(&app, page_path, &sanne).await);
        assert!(
            after.contains(&format!(
                "Overdracht van {sanne_name} aan {ahmed_name} Ze zoeken een ruimte"
            )),
            "{after}"
        );
        assert!(
            after.contains(&format!("Vaste contactpersoon {ahmed_name}")),
            "{after}"
        );

        // A self-assessment: every point needs a score.
        let partial = post(
            &app,
            page_path,
            "actie=zelfevaluatie&punt-1=3&punt-2=9",
            Some(&sanne),
        )
        .await;
        assert_eq!(partial.status, StatusCode::OK);
        assert_eq!(
            text(&partial)
                .matches("Kies bij elk punt een score.")
                .count(),
            7 * 2,
            "in the summary and at each field"
        );
        assert!(
            partial.body.contains("value=\"3\" checked"),
            "the score given stays chosen"
        );
        let scores = "punt-1=4&punt-2=2&punt-3=1&punt-4=3&punt-5=2&punt-6=4&punt-7=3&punt-8=1";
        let assessed = post(
            &app,
            page_path,
            &format!("actie=zelfevaluatie&{scores}&toelichting=Samen+ingevuld"),
            Some(&sanne),
        )
        .await;
        assert_eq!(assessed.status, StatusCode::SEE_OTHER);
        let overview_page = get_with(&app, "/dashboard", &sanne).await;
        assert!(
            overview_page
                .body
                .contains("href=\"/dashboard/aandachtspunten.csv\"")
        );
        let overview = text(&overview_page);
        let points = between(&overview, "Gemiddelde score per aandachtspunt", "Signalen");
        assert!(
            points.contains("1. Zie initiatieven als partner 4,0"),
            "{points}"
        );
        assert!(
            points.contains("8. Werk aan een breed en divers netwerk 1,0"),
            "{points}"
        );

        // A professional of another organisation sees it, but cannot
        // change it.
        let other = signed_in_as_of(&app, "piet@bieb.example", "bibliotheek-oostland").await;
        let seen = text(&get_with(&app, page_path, &other).await);
        assert!(seen.contains(
            "Alleen professionals van SBJ SamenSterk kunnen deze samenwerking bijwerken."
        ));
        let refused = post(
            &app,
            page_path,
            &format!("actie=contact&datum={today}&kanaal=email&notitie=x"),
            Some(&other),
        )
        .await;
        assert_eq!(
            refused.status,
            StatusCode::SEE_OTHER,
            "nothing of theirs to change"
        );
        let lines = entity::partnership_contact::Entity::find()
            .all(&app.db.db)
            .await
            .unwrap();
        assert_eq!(lines.len(), 2, "one contact moment and one hand-over");

        // The export has the partnership, and goes into the audit log.
        let file = get_with(&app, "/dashboard/samenwerkingen.csv", &sanne).await;
        let row = file
            .body
            .lines()
            .find(|line| line.contains(&taalcafe.name))
            .expect("its row");
        assert!(row.contains(";SBJ SamenSterk;"), "{row}");
        assert!(row.ends_with(";4;2;1;3;2;4;3;1"), "{row}");

        // The initiative's page offers its history as files, each link
        // naming its table.
        let page = get_with(&app, page_path, &sanne).await;
        assert!(
            page.body
                .contains("href=\"/dashboard/contactmomenten.csv?initiatief=taalcafe-pijnacker\"")
        );
        assert!(text(&page).contains("Download het logboek als CSV (voor Excel)"));
        assert!(text(&page).contains("Download de zelfevaluaties als CSV (voor Excel)"));

        // The contact log: newest first, the hand-over with both names.
        let log = get_with(
            &app,
            "/dashboard/contactmomenten.csv?initiatief=taalcafe-pijnacker",
            &sanne,
        )
        .await;
        assert_eq!(log.status, StatusCode::OK);
        let lines: Vec<&str> = log.body.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(
            lines[0], "Datum;Initiatief;Organisatie;Wat;Toelichting;Door",
            "{lines:?}"
        );
        assert_eq!(lines.len(), 3, "header, hand-over, contact: {lines:?}");
        assert!(
            lines.iter().any(|line| line.ends_with(&format!(
                ";{};SBJ SamenSterk;Overdracht van {sanne_name} aan {ahmed_name};Ze zoeken een ruimte;{sanne_name}",
                taalcafe.name
            ))),
            "{lines:?}"
        );
        assert!(
            lines.iter().any(|line| line
                == &format!(
                    "{today};{};SBJ SamenSterk;Contact: Bellen;Gebeld over de ruimte;{sanne_name}",
                    taalcafe.name
                )),
            "{lines:?}"
        );
        // It holds professionals' notes and names: its export is logged.
        let exports = entity::audit_event::Entity::find()
            .filter(entity::audit_event::Column::Action.eq("contact_details_exported"))
            .all(&app.db.db)
            .await
            .unwrap();
        assert!(
            exports
                .iter()
                .any(|event| event.detail == "contactmomenten.csv?initiatief=taalcafe-pijnacker"),
            "{exports:?}"
        );
        // With the dashboard's filters: a wijk the initiative is not in
        // leaves it out.
        let elsewhere =
            get_with(&app, "/dashboard/contactmomenten.csv?wijk=WK192603", &sanne).await;
        assert!(
            !elsewhere.body.contains(&taalcafe.name),
            "{}",
            elsewhere.body
        );
        let everywhere = get_with(&app, "/dashboard/contactmomenten.csv", &sanne).await;
        assert_eq!(everywhere.body.lines().count(), 3, "{}", everywhere.body);

        // Every self-assessment, and the averages as the overview has them.
        let assessments = get_with(
            &app,
            "/dashboard/zelfevaluaties.csv?initiatief=taalcafe-pijnacker",
            &sanne,
        )
        .await;
        let row = assessments
            .body
            .lines()
            .nth(1)
            .expect("the self-assessment");
        assert_eq!(
            row,
            format!(
                "{today};{};SBJ SamenSterk;4;2;1;3;2;4;3;1;Samen ingevuld",
                taalcafe.name
            )
        );
        let averages = get_with(&app, "/dashboard/aandachtspunten.csv", &sanne).await;
        let lines: Vec<&str> = averages
            .body
            .trim_start_matches('\u{feff}')
            .lines()
            .collect();
        assert_eq!(lines.len(), 9, "header and eight points: {lines:?}");
        assert_eq!(lines[1], "1. Zie initiatieven als partner;4,0;1");
        assert_eq!(lines[8], "8. Werk aan een breed en divers netwerk;1,0;1");
    });
}

/// Signs in a new professional of another organisation.
async fn signed_in_as_of(app: &TestApp, email: &str, organisation: &str) -> String {
    let args = server::cli::CreateUserArgs {
        email: email.to_owned(),
        role: RoleArg::Professional,
        organisation: organisation.to_owned(),
        name: String::new(),
    };
    let link = server::accounts::create_user_with_link(
        &app.db.db,
        "http://127.0.0.1:3000",
        &args,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    common::accounts::set_password(app, link.trim_start_matches("http://127.0.0.1:3000")).await;
    let signed_in = common::accounts::sign_in_with(app, email, common::accounts::PASSWORD).await;
    common::accounts::session_cookie(&signed_in)
}

#[test]
fn a_signal_from_a_beheerlink_is_picked_up_and_answered_and_the_volunteer_reads_the_feedback() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let db = &app.db.db;
        let leesclub = initiative(&app, "leesclub-delfgauw").await;
        let token = app::initiatives::manage_links::create(db, leesclub.id, chrono::Utc::now())
            .await
            .unwrap();
        let manage = format!("/mijn-initiatief/{token}");
        // A professional has the signals open before the volunteer sends
        // one: the new one must show all the same.
        let sanne = signed_in_as(&app, "sanne@sbj.example", RoleArg::Professional).await;
        let before = text(&get_with(&app, "/dashboard/signalen?wijk=WK192603", &sanne).await);
        assert!(!before.contains(&leesclub.name), "{before}");

        // The beheer page offers the initiative's own wijk only.
        let page = app.get(&manage).await;
        assert!(text(&page).contains("Iets gezien in de wijk? Geef een signaal"));
        assert!(
            page.body.contains("<option value=\"WK192603\" selected"),
            "its one wijk is chosen"
        );
        assert!(
            !page.body.contains("<option value=\"WK192601\""),
            "not other wijken"
        );

        let missing = post(
            &app,
            &format!("{manage}/signaal"),
            "actie=signaal&signaal-wijk=WK192603&signaal-thema=&signaal-beschrijving=",
            None,
        )
        .await;
        assert_eq!(missing.status, StatusCode::OK);
        let missing_text = text(&missing);
        assert!(missing_text.contains("Kies een thema."));
        assert!(missing_text.contains("Schrijf wat je ziet. Gebruik geen namen."));
        let elsewhere = post(
            &app,
            &format!("{manage}/signaal"),
            "actie=signaal&signaal-wijk=WK192601&signaal-thema=eenzaamheid&signaal-beschrijving=x",
            None,
        )
        .await;
        assert!(
            text(&elsewhere).contains("Kies een wijk."),
            "another wijk than its own"
        );

        let sent = post(
            &app,
            &format!("{manage}/signaal"),
            "actie=signaal&signaal-wijk=WK192603&signaal-thema=eenzaamheid&signaal-beschrijving=Meer+ouderen+komen+alleen",
            None,
        )
        .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        assert_eq!(
            sent.header("location"),
            Some(format!("{manage}?melding=signaal#signaal").as_str())
        );
        let signal = entity::signal::Entity::find()
            .filter(entity::signal::Column::InitiativeId.eq(leesclub.id))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(signal.status, "open");
        let thanked = text(&app.get(&format!("{manage}?melding=signaal")).await);
        assert!(thanked.contains("Bedankt. Het signaal is naar de professionals gestuurd."));
        assert!(thanked.contains("Nog geen terugkoppeling."));

        let list = text(&get_with(&app, "/dashboard/signalen?wijk=WK192603", &sanne).await);
        assert!(list.contains(&leesclub.name), "{list}");
        assert!(
            !list.contains("Koffieochtend De Ontmoeting"),
            "a signal of Pijnacker is filtered out"
        );

        let path = format!("/dashboard/signalen/{}", signal.id);
        let picked = post(&app, &path, "actie=oppakken", Some(&sanne)).await;
        assert_eq!(picked.status, StatusCode::SEE_OTHER);
        let empty = post(
            &app,
            &path,
            "actie=terugkoppeling&terugkoppeling=+",
            Some(&sanne),
        )
        .await;
        assert!(text(&empty).contains("Schrijf de terugkoppeling voor het initiatief."));
        let answered = post(
            &app,
            &path,
            "actie=terugkoppeling&terugkoppeling=We+starten+een+koffieochtend+in+De+Kiezel",
            Some(&sanne),
        )
        .await;
        assert_eq!(answered.status, StatusCode::SEE_OTHER);
        let shown = text(&get_with(&app, &path, &sanne).await);
        let sanne_name = entity::app_user::Entity::find()
            .filter(entity::app_user::Column::Email.eq("sanne@sbj.example"))
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .display_name;
        assert!(
            shown.contains(&format!("Teruggekoppeld door {sanne_name} op ")),
            "{shown}"
        );
        assert!(
            shown.contains(&format!("Opgepakt door {sanne_name} op ")),
            "{shown}"
        );

        // The volunteer reads the feedback on the beheer page.
        let back = text(&app.get(&manage).await);
        assert!(
            back.contains("We starten een koffieochtend in De Kiezel"),
            "{back}"
        );
        assert!(back.contains("Teruggekoppeld"));

        // A professional records one too; the CSV lists both with status.
        let own = post(
            &app,
            "/dashboard/signalen",
            "actie=signaal&signaal-wijk=WK192601&signaal-thema=armoede&signaal-beschrijving=Vragen+over+de+energierekening",
            Some(&sanne),
        )
        .await;
        assert_eq!(own.status, StatusCode::SEE_OTHER);
        let file = get_with(&app, "/dashboard/signalen.csv", &sanne).await;
        assert!(
            file.body
                .contains(";Delfgauw;Eenzaamheid;Meer ouderen komen alleen;Leesclub"),
            "{}",
            file.body
        );
        assert!(
            file.body
                .contains("Teruggekoppeld;We starten een koffieochtend in De Kiezel")
        );
        assert!(file.body.contains(";Pijnacker;Armoede en geldzorgen;Vragen over de energierekening;Een professional;Nieuw;"));
    });
}

#[test]
fn a_wijk_moves_to_the_next_step_and_a_step_is_saved_with_its_notes() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let sanne = signed_in_as(&app, "sanne@sbj.example", RoleArg::Professional).await;
        let path = "/dashboard/stappenplan/WK192603";
        let page = get_with(&app, path, &sanne).await;
        assert_eq!(page.h1(), "Stappenplan: Delfgauw");
        assert!(text(&page).contains("Nu bij stap 2: In kaart brengen wat er al is."));

        let moved = post(&app, path, "actie=volgende", Some(&sanne)).await;
        assert_eq!(moved.status, StatusCode::SEE_OTHER);
        assert!(moved.header("location").unwrap().contains("#stap-3"));
        let after = text(&get_with(&app, path, &sanne).await);
        assert!(
            after.contains("Nu bij stap 3: Bewoners ontmoeten ondersteuners van organisaties."),
            "{after}"
        );
        let overview = text(&get_with(&app, "/dashboard", &sanne).await);
        assert!(
            overview.contains(
                "Delfgauw Stap 3: Bewoners ontmoeten ondersteuners van organisaties Bezig"
            )
        );

        // A step done before it began: the problem at the field.
        let wrong = post(
            &app,
            path,
            "actie=stap-3&stap=3&status-3=done&begonnen-3=2026-11-01&klaar-3=2026-10-01&notities-3=Eerste+ontmoeting",
            Some(&sanne),
        )
        .await;
        assert_eq!(wrong.status, StatusCode::OK);
        assert!(text(&wrong).contains("De datum 'klaar' kan niet voor de startdatum liggen."));
        assert!(wrong.body.contains("href=\"#klaar-3\""));
        assert!(wrong.body.contains(">Eerste ontmoeting</textarea>"));

        let saved = post(
            &app,
            path,
            "actie=stap-3&stap=3&status-3=in_progress&begonnen-3=2026-11-01&klaar-3=&notities-3=Eerste+ontmoeting+in+De+Kiezel",
            Some(&sanne),
        )
        .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        let file = get_with(&app, "/dashboard/stappenplan.csv?wijk=WK192603", &sanne).await;
        let line = file
            .body
            .lines()
            .find(|line| line.contains("Stap 3"))
            .expect("step 3 of Delfgauw");
        assert!(line.starts_with("Delfgauw;"), "{line}");
        assert!(
            line.ends_with(";Bezig;2026-11-01;;Eerste ontmoeting in De Kiezel"),
            "{line}"
        );
        assert_eq!(
            file.body.lines().count(),
            1 + 6,
            "a header and Delfgauw's six steps"
        );
    });
}

#[test]
fn a_volunteers_report_counts_in_the_results_and_shows_on_the_initiative() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(chrono::Utc::now()).await;
        let leesclub = initiative(&app, "leesclub-delfgauw").await;
        let token =
            app::initiatives::manage_links::create(&app.db.db, leesclub.id, chrono::Utc::now())
                .await
                .unwrap();
        let manage = format!("/mijn-initiatief/{token}");
        let this_month = app::dashboard::filter::Month::of(
            chrono::Utc::now()
                .with_timezone(&chrono_tz::Europe::Amsterdam)
                .date_naive(),
        );
        let empty = post(
            &app,
            &format!("{manage}/verslag"),
            &format!(
                "actie=verslag&maand={}&deelnemers=&bereikt=",
                this_month.iso()
            ),
            None,
        )
        .await;
        assert!(text(&empty).contains("Vul het aantal mensen in, of schrijf wat er goed ging."));
        let sent = post(
            &app,
            &format!("{manage}/verslag"),
            &format!("actie=verslag&maand={}&deelnemers=14&verslag-wijk=WK192603&bereikt=Twee+nieuwe+leden", this_month.iso()),
            None,
        )
        .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        // The same month again replaces it.
        post(
            &app,
            &format!("{manage}/verslag"),
            &format!("actie=verslag&maand={}&deelnemers=15&verslag-wijk=WK192603&bereikt=Drie+nieuwe+leden", this_month.iso()),
            None,
        )
        .await;
        let reports = entity::initiative_report::Entity::find()
            .filter(entity::initiative_report::Column::InitiativeId.eq(leesclub.id))
            .all(&app.db.db)
            .await
            .unwrap();
        assert_eq!(reports.len(), 1);
        assert_eq!(reports[0].participants, Some(15));

        let sanne = signed_in_as(&app, "sanne@sbj.example", RoleArg::Professional).await;
        let shown =
            text(&get_with(&app, "/dashboard/initiatieven/leesclub-delfgauw", &sanne).await);
        assert!(shown.contains("Drie nieuwe leden"), "{shown}");
        let file = get_with(&app, "/dashboard/resultaten.csv?wijk=WK192603", &sanne).await;
        let mut lines = file.body.trim_start_matches('\u{feff}').lines();
        assert_eq!(
            lines.next(),
            Some(
                "Maand;Wijk;Activiteiten;Aanmeldingen;Verslagen;Mensen bereikt (volgens verslagen)"
            )
        );
        let line = lines
            .find(|line| line.starts_with(&this_month.iso()))
            .expect("this month's row");
        // The demo's kinderkookclub reported for earlier months only.
        assert!(
            line.starts_with(&format!("{};Delfgauw;", this_month.iso())),
            "{line}"
        );
        assert!(line.ends_with(";1;15"), "{line}");

        // The reports themselves, for the wijk and for the initiative.
        let reported = format!(
            "{};{};Delfgauw;15;Drie nieuwe leden",
            this_month.iso(),
            leesclub.name
        );
        let in_wijk = get_with(&app, "/dashboard/verslagen.csv?wijk=WK192603", &sanne).await;
        assert!(
            in_wijk.body.lines().any(|line| line == reported),
            "{}",
            in_wijk.body
        );
        let other_wijk = get_with(&app, "/dashboard/verslagen.csv?wijk=WK192601", &sanne).await;
        assert!(
            !other_wijk.body.contains(&leesclub.name),
            "{}",
            other_wijk.body
        );
        let own = get_with(
            &app,
            "/dashboard/verslagen.csv?initiatief=leesclub-delfgauw",
            &sanne,
        )
        .await;
        let lines: Vec<&str> = own.body.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(
            lines,
            [
                "Maand;Initiatief;Wijk;Mensen bereikt;Wat ging er goed",
                reported.as_str()
            ]
        );
        for file in [
            "dekking",
            "resultaten",
            "stappenplan",
            "signalen",
            "verslagen",
        ] {
            let response = get_with(&app, &format!("/dashboard/{file}.csv"), &sanne).await;
            assert_eq!(response.status, StatusCode::OK, "{file}");
            assert!(response.body.starts_with('\u{feff}'), "{file}");
            assert!(response.body.lines().count() > 1, "{file} has rows");
        }
    });
}
