//! The agenda page over HTTP with the demo data: filters, quick choices,
//! the week and month tables, cancelled dates and paging.

mod common;

use axum::http::StatusCode;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use chrono_tz::Europe::Amsterdam;
use common::{TestApp, TestResponse, strip_tags};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

async fn demo_app() -> TestApp {
    TestApp::with_demo_data(chrono::Utc::now()).await
}

fn today() -> NaiveDate {
    chrono::Utc::now().with_timezone(&Amsterdam).date_naive()
}

/// The activities of a list page: (date, text of the item).
fn items(page: &TestResponse) -> Vec<(NaiveDate, String)> {
    page.body
        .split("<section class=\"agenda-day\">")
        .skip(1)
        .flat_map(|day| {
            let at = day.find("datetime=\"").expect("a day heading has a date") + 10;
            let date: NaiveDate = day[at..at + 10].parse().expect("an ISO date");
            day.split("<li class=\"agenda-item")
                .skip(1)
                .map(|item| strip_tags(&format!("<{item}")))
                .map(move |text| (date, text))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn titles(page: &TestResponse) -> Vec<String> {
    items(page)
        .into_iter()
        .map(|(_, text)| {
            text.split(" Voorbeeld")
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

#[test]
fn this_weekend_in_delfgauw_for_children() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let page = app
            .get("/agenda?wijk=WK192603&doelgroep=jeugd-9-13&wanneer=weekend")
            .await;
        assert_eq!(page.status, StatusCode::OK);
        let found = items(&page);
        for (date, text) in &found {
            assert!(
                matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
                "{date}: {text}"
            );
            assert!(
                text.contains("Emerald") || text.contains("Delfgauw"),
                "{text}"
            );
            assert!(text.contains("Jeugd van 9 tot 13 jaar"), "{text}");
        }
        // From Monday to Friday the whole weekend is ahead; the children's
        // cooking club is on Saturday morning.
        if !matches!(today().weekday(), Weekday::Sat | Weekday::Sun) {
            assert!(
                titles(&page).contains(&"Kinderkookclub".to_owned()),
                "{found:?}"
            );
        }
        let text = strip_tags(&page.body);
        assert!(
            text.contains("Je koos: Delfgauw · Jeugd van 9 tot 13 jaar"),
            "the page says what was chosen"
        );
        assert!(
            page.body.contains("value=\"weekend\" checked"),
            "the choice stays ticked"
        );
    });
}

#[test]
fn each_filter_narrows_the_list_to_what_it_says() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let week = "wanneer=volgende-week";
        let all = items(&app.get(&format!("/agenda?{week}")).await);
        assert!(all.len() > 10, "{} activities next week", all.len());

        let free = items(&app.get(&format!("/agenda?{week}&gratis=ja")).await);
        assert!(!free.is_empty() && free.len() < all.len());
        assert!(
            free.iter().all(|(_, text)| text.contains("Gratis")),
            "{free:?}"
        );

        let wheelchair = items(&app.get(&format!("/agenda?{week}&rolstoel=ja")).await);
        assert!(!wheelchair.is_empty() && wheelchair.len() < all.len());
        assert!(
            wheelchair
                .iter()
                .all(|(_, text)| text.contains("Toegankelijk met een rolstoel"))
        );

        let walk_in = items(
            &app.get(&format!("/agenda?{week}&zonder-aanmelding=ja"))
                .await,
        );
        assert!(!walk_in.is_empty() && walk_in.len() < all.len());
        assert!(
            walk_in
                .iter()
                .all(|(_, text)| !text.contains("Aanmelden nodig"))
        );

        // Ages overlap: 9 to 13 finds the homework class (9–13) and the
        // coffee morning (no ages: for everyone); 65 and older does not
        // find the homework class.
        let children = titles(&app.get(&format!("/agenda?{week}&leeftijd=9-13")).await);
        assert!(
            children.contains(&"Huiswerkklas".to_owned()),
            "{children:?}"
        );
        assert!(
            children.contains(&"Koffieochtend".to_owned()),
            "{children:?}"
        );
        let older = titles(&app.get(&format!("/agenda?{week}&leeftijd=65-")).await);
        assert!(!older.contains(&"Huiswerkklas".to_owned()), "{older:?}");
        assert!(older.contains(&"Koffieochtend".to_owned()), "{older:?}");

        let search = titles(&app.get(&format!("/agenda?{week}&q=KOOK")).await);
        assert_eq!(search, ["Kinderkookclub"], "case does not matter");

        let theme = items(&app.get(&format!("/agenda?{week}&thema=taal")).await);
        assert!(!theme.is_empty() && theme.len() < all.len());
        assert!(theme.iter().all(|(_, text)| !text.contains("Stoelgym")));
    });
}

#[test]
fn the_week_and_month_are_tables_with_headers() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        // Next week: this week's Tuesday may be over already.
        let monday = today() + Days::new(7 - u64::from(today().weekday().num_days_from_monday()));
        let week = app
            .get(&format!(
                "/agenda?weergave=week&van={}",
                monday.format("%Y-%m-%d")
            ))
            .await;
        assert_eq!(week.status, StatusCode::OK);
        let table = &week.body[week
            .body
            .find("<table class=\"table agenda-week\"")
            .expect("a week table")..];
        let table = &table[..table.find("</table>").unwrap()];
        assert!(
            strip_tags(table).starts_with("Week "),
            "a caption names the week"
        );
        assert_eq!(
            table.matches("<th scope=\"col\"").count(),
            8,
            "part of day and 7 days"
        );
        assert_eq!(
            table.matches("<th scope=\"row\"").count(),
            3,
            "morning, afternoon, evening"
        );
        assert!(table.contains("Koffieochtend"));
        assert!(week.body.contains("rel=\"next\""), "a link to next week");

        let month = app.get("/agenda?weergave=maand").await;
        let grid = &month.body[month
            .body
            .find("<table class=\"table agenda-month\"")
            .expect("a month grid")..];
        let grid = &grid[..grid.find("</table>").unwrap()];
        assert_eq!(grid.matches("<th scope=\"col\"").count(), 7);
        assert_eq!(grid.matches("<tr").count(), 7, "a header row and six weeks");
        assert!(grid.contains("Koffieochtend"));
    });
}

#[test]
fn a_cancelled_date_is_shown_as_cancelled() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let until = today() + Days::new(27);
        let page = app
            .get(&format!(
                "/agenda?q=koffieochtend&tot={}",
                until.format("%Y-%m-%d")
            ))
            .await;
        let coffee: Vec<(NaiveDate, String)> = items(&page)
            .into_iter()
            .filter(|(_, text)| text.contains("Koffieochtend De Ontmoeting"))
            .collect();
        let cancelled: Vec<&(NaiveDate, String)> = coffee
            .iter()
            .filter(|(_, text)| text.contains("Gaat niet door"))
            .collect();
        assert_eq!(cancelled.len(), 1, "the third Tuesday: {coffee:?}");
        assert!(coffee.len() >= 3, "the other dates go ahead: {coffee:?}");
    });
}

#[test]
fn a_long_list_comes_in_pages_and_bad_input_gets_a_note() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let until = (today() + Days::new(60)).format("%Y-%m-%d");
        let first = app.get(&format!("/agenda?tot={until}")).await;
        assert_eq!(items(&first).len(), 50);
        assert!(first.body.contains("rel=\"next\""));
        let second = app.get(&format!("/agenda?tot={until}&pagina=2")).await;
        let second_items = items(&second);
        assert!(!second_items.is_empty());
        assert!(
            second_items[0].0 >= items(&first)[49].0,
            "page 2 goes on in time"
        );

        let odd = app
            .get("/agenda?leeftijd=oud&van=gisteren&weergave=jaar")
            .await;
        assert_eq!(odd.status, StatusCode::OK);
        assert!(
            strip_tags(&odd.body).contains("Een deel van het adres kennen we niet"),
            "a note says so"
        );
        assert!(!items(&odd).is_empty(), "the rest still works");
    });
}

/// The first `href` on the page that starts with `prefix`.
fn first_link(page: &TestResponse, prefix: &str) -> String {
    let needle = format!("href=\"{prefix}");
    let at = page.body.find(&needle).expect("a link") + 6;
    page.body[at..at + page.body[at..].find('"').unwrap()].to_owned()
}

/// The schema.org data of a page.
fn json_ld(page: &TestResponse) -> serde_json::Value {
    let start = page
        .body
        .find("<script type=\"application/ld+json\">")
        .expect("JSON-LD")
        + 35;
    let end = start + page.body[start..].find("</script>").unwrap();
    serde_json::from_str(&page.body[start..end].replace("<\\/", "</")).expect("valid JSON")
}

#[test]
fn an_activity_page_says_when_where_for_whom_and_what_to_bring() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let list = app
            .get("/agenda?q=kinderkookclub&wanneer=volgende-week")
            .await;
        let href = first_link(&list, "/activiteiten/");
        let date = href.rsplit('/').next().unwrap().to_owned();
        let page = app.get(&href).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(page.h1(), "Kinderkookclub Voorbeeld");
        let fact = |term: &str| {
            let start = page
                .body
                .find(&format!("<dt>{term}</dt><dd>"))
                .unwrap_or_else(|| panic!("{term}"));
            let rest = &page.body[start..];
            strip_tags(&rest[..rest.find("</dd>").unwrap()])[term.len()..].to_owned()
        };
        assert!(
            fact("Wanneer").starts_with("Zaterdag"),
            "{}",
            fact("Wanneer")
        );
        assert!(fact("Wanneer").ends_with("11.00 – 13.00 uur"));
        assert_eq!(
            fact("Waar"),
            "Buurthuis Emerald, Emeraldweg 5, 2645 EE Delfgauw, Emerald"
        );
        assert_eq!(fact("Toegankelijkheid"), "Toegankelijk met een rolstoel");
        assert_eq!(fact("Voor wie"), "Jeugd van 9 tot 13 jaar (9 t/m 13 jaar)");
        assert_eq!(fact("Kosten"), "€ 2,50");
        assert!(fact("Neem mee").starts_with("Een schort"));
        assert_eq!(
            fact("Aanmelden"),
            "Aanmelden is nodig. Er is plek voor 12 mensen."
        );
        assert_eq!(fact("Georganiseerd door"), "Kinderkookclub Emerald");
        let event = json_ld(&page);
        assert_eq!(event["@type"], "Event");
        assert!(event["url"].as_str().unwrap().ends_with(&href), "{event}");
        assert!(
            event["startDate"].as_str().unwrap().starts_with(&date[..8]),
            "{event}"
        );
        assert_eq!(event["eventStatus"], "https://schema.org/EventScheduled");
        assert_eq!(event["location"]["address"]["postalCode"], "2645 EE");
        assert!(event["location"]["geo"]["latitude"].as_f64().is_some());
        assert_eq!(event["offers"]["price"], "2.50");
        assert_eq!(event["isAccessibleForFree"], false);
        assert!(
            page.body
                .contains("href=\"/initiatieven/kinderkookclub-emerald\"")
        );
    });
}

#[test]
fn a_cancelled_date_has_its_own_page_that_says_so() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let until = today() + Days::new(27);
        let list = app
            .get(&format!(
                "/agenda?q=koffieochtend&tot={}",
                until.format("%Y-%m-%d")
            ))
            .await;
        let cancelled = list
            .body
            .split("<li class=\"agenda-item agenda-item--cancelled\">")
            .nth(1)
            .expect("a cancelled date");
        let at = cancelled.find("href=\"").unwrap() + 6;
        let href = &cancelled[at..at + cancelled[at..].find('"').unwrap()];
        let page = app.get(href).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(strip_tags(&page.body).contains("Deze keer gaat de activiteit niet door."));
        assert_eq!(
            json_ld(&page)["eventStatus"],
            "https://schema.org/EventCancelled"
        );
    });
}

#[test]
fn an_unknown_activity_or_date_is_not_found() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        assert_eq!(
            app.get("/activiteiten/999999").await.status,
            StatusCode::NOT_FOUND
        );
        let list = app
            .get("/agenda?q=kinderkookclub&wanneer=volgende-week")
            .await;
        let href = first_link(&list, "/activiteiten/");
        let id_path = &href[..href.rfind('/').unwrap()];
        assert_eq!(
            app.get(id_path).await.status,
            StatusCode::OK,
            "the next date"
        );
        assert_eq!(
            app.get(&format!("{id_path}/2026-13-45")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get(&format!("{id_path}/1999-01-01")).await.status,
            StatusCode::NOT_FOUND,
            "no date of this activity that day"
        );
    });
}

/// A calendar feed, read back by an independent parser.
fn parse_feed(text: &str) -> ical::parser::ical::component::IcalCalendar {
    ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()))
        .next()
        .expect("a calendar")
        .expect("valid iCalendar")
}

fn property<'a>(
    event: &'a ical::parser::ical::component::IcalEvent,
    name: &str,
) -> Option<&'a str> {
    event
        .properties
        .iter()
        .find(|property| property.name == name)
        .and_then(|property| property.value.as_deref())
}

#[test]
fn the_feed_has_the_same_filters_as_the_page_and_stable_uids() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let feed = app
            .get("/agenda.ics?wijk=WK192603&doelgroep=jeugd-9-13")
            .await;
        assert_eq!(feed.status, StatusCode::OK);
        assert_eq!(
            feed.header("content-type"),
            Some("text/calendar; charset=utf-8")
        );
        let calendar = parse_feed(&feed.body);
        let titles: Vec<&str> = calendar
            .events
            .iter()
            .filter_map(|event| property(event, "SUMMARY"))
            .collect();
        assert!(titles.contains(&"Kinderkookclub"), "{titles:?}");
        assert!(
            !titles.contains(&"Koffieochtend"),
            "not in Delfgauw: {titles:?}"
        );
        let cooking = calendar
            .events
            .iter()
            .find(|event| property(event, "SUMMARY") == Some("Kinderkookclub"))
            .unwrap();
        assert_eq!(property(cooking, "RRULE"), Some("FREQ=WEEKLY"));
        assert!(property(cooking, "GEO").is_some());
        assert!(property(cooking, "URL").unwrap().contains("/activiteiten/"));

        // The whole agenda holds the coffee morning with its cancelled date.
        let all = parse_feed(&app.get("/agenda.ics").await.body);
        let coffee = all
            .events
            .iter()
            .find(|event| property(event, "SUMMARY") == Some("Koffieochtend"))
            .expect("the coffee morning");
        assert!(
            property(coffee, "EXDATE").is_some(),
            "the cancelled Tuesday"
        );
        let uid = property(coffee, "UID").unwrap().to_owned();
        let sequence: u32 = property(coffee, "SEQUENCE").unwrap().parse().unwrap();

        // Cancelling another date keeps the UID and raises SEQUENCE.
        let activity_id: i32 = property(coffee, "URL")
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let next_tuesday = entity::activity_occurrence::Entity::find()
            .filter(entity::activity_occurrence::Column::ActivityId.eq(activity_id))
            .filter(entity::activity_occurrence::Column::StartsAt.gt(chrono::Utc::now()))
            .filter(entity::activity_occurrence::Column::Status.eq("scheduled"))
            .one(&app.db.db)
            .await
            .unwrap()
            .unwrap();
        assert!(
            app::calendar::store::change_occurrence(
                &app.db.db,
                activity_id,
                next_tuesday.original_starts_at,
                None,
                chrono::Utc::now(),
            )
            .await
            .unwrap()
        );
        let again = parse_feed(
            &app.get(&format!("/activiteiten/{activity_id}/agenda.ics"))
                .await
                .body,
        );
        assert_eq!(again.events.len(), 1, "one series, no moved dates");
        let series = &again.events[0];
        assert_eq!(property(series, "UID"), Some(uid.as_str()));
        assert_eq!(
            property(series, "SEQUENCE"),
            Some((sequence + 1).to_string().as_str())
        );
        let exdates = series
            .properties
            .iter()
            .filter(|p| p.name == "EXDATE")
            .count();
        assert_eq!(exdates, 2);

        // The activity page offers its date's file and the subscription.
        let page = app.get(&format!("/activiteiten/{activity_id}")).await;
        let download = first_link(&page, &format!("/activiteiten/{activity_id}/2"));
        assert!(download.ends_with("/agenda.ics"), "{download}");
        assert!(page.body.contains(&format!(
            "/activiteiten/{activity_id}/agenda.ics\" rel=\"external\""
        )));
    });
}

#[test]
fn one_date_goes_into_a_calendar_on_its_own() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let db = &app.db.db;
        let activity = entity::activity::Entity::find()
            .filter(entity::activity::Column::Title.eq("Kinderkookclub"))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let page = app.get(&format!("/activiteiten/{}", activity.id)).await;
        let download = first_link(&page, &format!("/activiteiten/{}/2", activity.id));
        let date = download.split('/').nth(3).unwrap().to_owned();
        assert_eq!(
            download,
            format!("/activiteiten/{}/{date}/agenda.ics", activity.id)
        );

        let file = app.get(&download).await;
        assert_eq!(
            file.header("content-type"),
            Some("text/calendar; charset=utf-8")
        );
        let calendar = parse_feed(&file.body);
        assert_eq!(calendar.events.len(), 1, "one date, not the series");
        let event = &calendar.events[0];
        let day = date.replace('-', "");
        assert_eq!(property(event, "RRULE"), None);
        assert_eq!(
            property(event, "DTSTART"),
            Some(format!("{day}T110000").as_str())
        );
        assert_eq!(property(event, "STATUS"), Some("CONFIRMED"));
        let uid = property(event, "UID").unwrap().to_owned();
        assert_eq!(uid, format!("{}-{day}@buurtkracht", activity.public_uid));
        assert!(
            property(event, "URL")
                .unwrap()
                .ends_with(&format!("/activiteiten/{}/{date}", activity.id))
        );

        // Called off: the same event, now cancelled, with a higher SEQUENCE.
        let original = app::calendar::store::original_start_on(
            db,
            activity.id,
            chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
        app::calendar::store::change_occurrence(
            db,
            activity.id,
            original,
            None,
            chrono::Utc::now(),
        )
        .await
        .unwrap();
        let again = parse_feed(&app.get(&download).await.body);
        let event = &again.events[0];
        assert_eq!(property(event, "UID"), Some(uid.as_str()));
        assert_eq!(property(event, "STATUS"), Some("CANCELLED"));
        assert_eq!(
            property(event, "SEQUENCE"),
            Some((activity.sequence + 1).to_string().as_str())
        );

        for missing in [
            format!("/activiteiten/{}/2020-01-04/agenda.ics", activity.id),
            format!("/activiteiten/{}/morgen/agenda.ics", activity.id),
            format!("/activiteiten/999999/{date}/agenda.ics"),
        ] {
            assert_eq!(
                app.get(&missing).await.status,
                StatusCode::NOT_FOUND,
                "{missing}"
            );
        }
    });
}

#[test]
fn every_agenda_page_offers_its_feed_and_unknown_feeds_are_not_found() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let page = app
            .get("/agenda?wijk=WK192603&doelgroep=jeugd-9-13&wanneer=weekend")
            .await;
        assert!(
            page.body.contains(
                "href=\"webcal://127.0.0.1:3000/agenda.ics?wijk=WK192603&amp;doelgroep=jeugd-9-13\""
            ),
            "a webcal link for the same filters, without the period"
        );
        assert!(
            page.body
                .contains("href=\"/agenda.ics?wijk=WK192603&amp;doelgroep=jeugd-9-13\"")
        );
        let initiative = app
            .get("/initiatieven/kinderkookclub-emerald/agenda.ics")
            .await;
        assert_eq!(initiative.status, StatusCode::OK);
        assert_eq!(parse_feed(&initiative.body).events.len(), 1);
        assert_eq!(
            app.get("/initiatieven/bestaat-niet/agenda.ics")
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/activiteiten/999999/agenda.ics").await.status,
            StatusCode::NOT_FOUND
        );
    });
}

/// The demo's cooking club as its volunteer sees it: a new beheerlink and
/// the page of its one activity.
struct Beheer {
    initiative: entity::initiative::Model,
    token: String,
    activity: entity::activity::Model,
    page_path: String,
}

async fn kookclub_beheer(app: &TestApp) -> Beheer {
    let db = &app.db.db;
    let initiative = entity::initiative::Entity::find()
        .filter(entity::initiative::Column::Slug.eq("kinderkookclub-emerald"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let token = app::initiatives::manage_links::create(db, initiative.id, chrono::Utc::now())
        .await
        .unwrap();
    let activity = entity::activity::Entity::find()
        .filter(entity::activity::Column::InitiativeId.eq(initiative.id))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let page_path = format!("/mijn-initiatief/{token}/activiteiten/{}", activity.id);
    Beheer {
        initiative,
        token,
        activity,
        page_path,
    }
}

#[test]
fn a_volunteer_calls_off_a_date_puts_it_back_and_stops_the_series() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let db = &app.db.db;
        let Beheer {
            initiative,
            token,
            activity,
            page_path,
        } = kookclub_beheer(&app).await;
        let manage = app.get(&format!("/mijn-initiatief/{token}")).await;
        assert!(
            manage.body.contains(&format!("href=\"{page_path}\"")),
            "the beheer page links to the dates"
        );

        let page = app.get(&page_path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(page.h1(), "Kinderkookclub: datums en gegevens");
        // The first date's key, from its form.
        let at = page
            .body
            .find("name=\"datum\" value=\"")
            .expect("a date form")
            + 20;
        let date = page.body[at..at + 10].to_owned();
        let post = |body: String| {
            let path = page_path.clone();
            let app = &app;
            async move { common::accounts::post(app, &path, &body, None).await }
        };

        let called_off = post(format!("datum={date}&actie=afzeggen")).await;
        assert_eq!(called_off.status, StatusCode::SEE_OTHER);
        assert_eq!(
            called_off.header("location"),
            Some(format!("{page_path}?melding=afgezegd").as_str())
        );
        let activity_page = app
            .get(&format!("/activiteiten/{}/{date}", activity.id))
            .await;
        assert!(
            strip_tags(&activity_page.body).contains("Deze keer gaat de activiteit niet door.")
        );
        let again = app.get(&format!("{page_path}?melding=afgezegd")).await;
        assert!(strip_tags(&again.body).contains("De datum is afgezegd."));
        assert!(again.body.contains("gaat toch door</button>"));

        let put_back = post(format!("datum={date}&actie=terugzetten")).await;
        assert_eq!(
            put_back.header("location"),
            Some(format!("{page_path}?melding=teruggezet").as_str())
        );
        let activity_page = app
            .get(&format!("/activiteiten/{}/{date}", activity.id))
            .await;
        assert!(!strip_tags(&activity_page.body).contains("gaat de activiteit niet door"));
        let sequence = entity::activity::Entity::find_by_id(activity.id)
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .sequence;
        assert_eq!(
            sequence,
            activity.sequence + 2,
            "each change raises SEQUENCE"
        );

        // Stopping the series: no dates ahead, and the feed's rule ends.
        let stopped = post("actie=stoppen".to_owned()).await;
        assert_eq!(
            stopped.header("location"),
            Some(format!("{page_path}?melding=gestopt").as_str())
        );
        let list = app.get("/agenda?q=kinderkookclub&tot=2099-01-01").await;
        assert!(items(&list).is_empty(), "no dates left: {:?}", items(&list));
        let feed = app
            .get(&format!("/activiteiten/{}/agenda.ics", activity.id))
            .await;
        let calendar = parse_feed(&feed.body);
        assert!(
            property(&calendar.events[0], "RRULE")
                .unwrap()
                .contains(";UNTIL=")
        );

        // Another initiative's activity cannot be reached with this link.
        let other = entity::activity::Entity::find()
            .filter(entity::activity::Column::InitiativeId.ne(initiative.id))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        let foreign = format!("/mijn-initiatief/{token}/activiteiten/{}", other.id);
        assert_eq!(app.get(&foreign).await.status, StatusCode::NOT_FOUND);
        let refused = common::accounts::post(&app, &foreign, "actie=stoppen", None).await;
        assert_ne!(refused.status, StatusCode::SEE_OTHER);
        let untouched = entity::activity::Entity::find_by_id(other.id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(untouched.recurrence_rule, other.recurrence_rule);
    });
}

#[test]
fn a_volunteer_changes_what_residents_read_about_an_activity() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let db = &app.db.db;
        let Beheer {
            activity,
            page_path,
            ..
        } = kookclub_beheer(&app).await;
        let page = app.get(&page_path).await;
        assert!(
            page.body.contains(&format!("value=\"{}\"", activity.title)),
            "the form starts with what is stored"
        );

        // Problems: each is named next to its field, and nothing typed is lost.
        let wrong = common::accounts::post(
            &app,
            &page_path,
            "actie=opslaan&titel=&meenemen=Een+schort&kosten=veel&leeftijd-van=13&leeftijd-tot=9",
            None,
        )
        .await;
        assert_eq!(wrong.status, StatusCode::OK);
        let text = strip_tags(&wrong.body);
        assert!(text.contains("Vul de naam van de activiteit in."), "{text}");
        assert!(text.contains("Typ een bedrag, zoals 2,50."));
        assert!(text.contains("De leeftijd 'tot en met' moet hoger zijn dan 'vanaf'."));
        assert!(
            wrong.body.contains("href=\"#kosten\""),
            "the summary links to the field"
        );
        assert!(
            wrong
                .body
                .contains("aria-describedby=\"kosten-hint kosten-fout\""),
            "the field names its problem"
        );
        assert!(
            wrong.body.contains(">Een schort</textarea>"),
            "what was typed stays"
        );
        assert!(wrong.body.contains("value=\"veel\""));
        let unchanged = entity::activity::Entity::find_by_id(activity.id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(unchanged, activity, "a form with problems changes nothing");

        // The agenda as drawn (and kept) before the change.
        let before = app.get("/agenda?q=emerald&tot=2099-01-01").await;
        assert!(
            titles(&before)
                .iter()
                .any(|title| title == "Kinderkookclub")
        );

        let saved = common::accounts::post(
            &app,
            &page_path,
            "actie=opslaan&titel=Kinderkookclub+Emerald&beschrijving=We+koken+samen+soep.\
             &plaats=Buurthuis+De+Schakel&adres=Emerald+1%2C+Delfgauw&rolstoel=nee\
             &meenemen=Een+drinkfles&kosten=1%2C50&leeftijd-van=8&leeftijd-tot=12\
             &aanmelden=ja&plaatsen=10",
            None,
        )
        .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        assert_eq!(
            saved.header("location"),
            Some(format!("{page_path}?melding=opgeslagen").as_str())
        );
        let row = entity::activity::Entity::find_by_id(activity.id)
            .one(db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.title, "Kinderkookclub Emerald");
        assert_eq!(row.address.as_deref(), Some("Emerald 1, Delfgauw"));
        assert_eq!(row.wheelchair_accessible, Some(false));
        assert_eq!(row.what_to_bring.as_deref(), Some("Een drinkfles"));
        assert_eq!((row.cost_cents, row.capacity), (Some(150), Some(10)));
        assert_eq!((row.min_age, row.max_age), (Some(8), Some(12)));
        assert!(row.signup_required);
        assert_eq!(
            row.sequence,
            activity.sequence + 1,
            "calendar apps take the change"
        );
        assert_eq!(row.public_uid, activity.public_uid, "the UID stays");
        if activity.address != row.address {
            assert_eq!(
                (row.latitude, row.longitude),
                (None, None),
                "no pin at the old place"
            );
        }

        // Residents see it on the activity's page and in the agenda at once.
        let public = strip_tags(
            &app.get(&format!("/activiteiten/{}", activity.id))
                .await
                .body,
        );
        for fact in [
            "Kinderkookclub Emerald",
            "We koken samen soep.",
            "Emerald 1, Delfgauw",
            "Niet toegankelijk met een rolstoel",
            "Een drinkfles",
            "€ 1,50",
            "8 t/m 12 jaar",
            "Er is plek voor 10 mensen.",
        ] {
            assert!(public.contains(fact), "{fact} in {public}");
        }
        let list = app.get("/agenda?q=emerald&tot=2099-01-01").await;
        assert!(
            titles(&list)
                .iter()
                .any(|title| title == "Kinderkookclub Emerald"),
            "{:?}",
            titles(&list)
        );
        let again = strip_tags(
            &app.get(&format!("{page_path}?melding=opgeslagen"))
                .await
                .body,
        );
        assert!(again.contains("De gegevens zijn opgeslagen."));
    });
}

#[test]
fn a_volunteer_moves_one_date_and_the_rest_of_the_series_stays() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let Beheer {
            activity,
            page_path,
            ..
        } = kookclub_beheer(&app).await;
        let page = app.get(&page_path).await;
        // The second date's key, from its move link (the first may be today).
        let keys = dates_listed(&page.body, &page_path);
        assert!(keys.len() >= 2, "every date has a move link");
        let date = keys[1].clone();
        let following = keys.get(2).cloned();

        let form = app.get(&format!("{page_path}?verplaats={date}")).await;
        assert!(
            form.body.contains(&format!(
                "name=\"nieuwe-dag\" type=\"date\" autocomplete=\"off\" value=\"{date}\""
            )),
            "the form starts at the date as it is"
        );
        assert!(form.body.contains("value=\"11:00\""));

        let wrong = common::accounts::post(
            &app,
            &page_path,
            &format!("actie=verplaatsen&datum={date}&nieuwe-dag={date}&nieuwe-begintijd=14%3A00&nieuwe-eindtijd=13%3A00"),
            None,
        )
        .await;
        assert_eq!(wrong.status, StatusCode::OK);
        assert!(strip_tags(&wrong.body).contains("De eindtijd moet na de begintijd liggen."));
        assert!(wrong.body.contains("href=\"#nieuwe-eindtijd\""));
        assert!(
            wrong.body.contains("value=\"14:00\""),
            "what was typed stays"
        );
        assert!(
            wrong
                .body
                .contains("aria-invalid=\"true\" aria-describedby=\"nieuwe-eindtijd-fout\"")
        );

        let moved = common::accounts::post(
            &app,
            &page_path,
            &format!("actie=verplaatsen&datum={date}&nieuwe-dag={date}&nieuwe-begintijd=14%3A00&nieuwe-eindtijd=16%3A00"),
            None,
        )
        .await;
        assert_eq!(
            moved.header("location"),
            Some(format!("{page_path}?melding=verplaatst").as_str())
        );
        let date_page = strip_tags(
            &app.get(&format!("/activiteiten/{}/{date}", activity.id))
                .await
                .body,
        );
        assert!(
            date_page.contains("deze keer is de activiteit op een andere tijd"),
            "{date_page}"
        );
        assert!(date_page.contains("14.00 – 16.00 uur"), "{date_page}");
        if let Some(following) = following {
            let next = strip_tags(
                &app.get(&format!("/activiteiten/{}/{following}", activity.id))
                    .await
                    .body,
            );
            assert!(
                !next.contains("andere tijd"),
                "the next date stays as it was"
            );
            assert!(next.contains("11.00 – 13.00 uur"), "{next}");
        }

        // The feed keeps the series and adds the moved date under its own
        // RECURRENCE-ID, at the new time in Amsterdam.
        let feed = app
            .get(&format!("/activiteiten/{}/agenda.ics", activity.id))
            .await;
        let calendar = parse_feed(&feed.body);
        let moved_event = calendar
            .events
            .iter()
            .find(|event| property(event, "RECURRENCE-ID").is_some())
            .expect("a moved date in the feed");
        let day = date.replace('-', "");
        assert_eq!(
            property(moved_event, "RECURRENCE-ID"),
            Some(format!("{day}T110000").as_str())
        );
        assert_eq!(
            property(moved_event, "DTSTART"),
            Some(format!("{day}T140000").as_str())
        );

        // A date cannot move into the past.
        let past = common::accounts::post(
            &app,
            &page_path,
            &format!("actie=verplaatsen&datum={date}&nieuwe-dag=2020-01-01&nieuwe-begintijd=14%3A00&nieuwe-eindtijd=16%3A00"),
            None,
        )
        .await;
        assert!(strip_tags(&past.body).contains("Kies vandaag of een dag die nog komt."));
    });
}

/// The agenda page and its feed read the dates from memory; the initiative
/// and activity pages ask the database. Both must find the same dates, in
/// the same order, for every kind of filter.
#[test]
fn the_agenda_in_memory_finds_what_the_database_finds() {
    use app::calendar::agenda_filter;
    use app::calendar::index::AgendaIndex;
    use app::calendar::query::AgendaQuery;
    use app::calendar::ssr::{activity_ids_between, local_moment, occurrences_between};

    common::on_shared_runtime(async {
        let now = chrono::Utc::now();
        let app = TestApp::with_demo_data(now).await;
        let db = &app.db.db;
        server::seed::seed_synthetic(db, now, 120, 600)
            .await
            .unwrap();
        let index = AgendaIndex::build(db, now).await.unwrap();
        let from = local_moment(today(), (0, 0));
        let to = local_moment(today() + Days::new(31), (0, 0));
        let key = |summary: &app::calendar::OccurrenceSummary| {
            (
                summary.activity_id,
                summary.date_key.clone(),
                summary.starts_at.clone(),
                summary.status,
                summary.target_groups.len(),
            )
        };
        for address in [
            "",
            "wijk=WK192603",
            "wijk=WK192601&doelgroep=ouderen",
            "doelgroep=jeugd-9-13&doelgroep=mantelzorgers",
            "thema=eenzaamheid",
            "leeftijd=9-13",
            "leeftijd=65-",
            "gratis=ja&rolstoel=ja",
            "zonder-aanmelding=ja",
            "q=koffie",
            "q=wandel%20groep",
        ] {
            let (query, _) = AgendaQuery::parse(address);
            let filter = agenda_filter(&index, &query);
            let in_memory: Vec<_> = index
                .occurrences_between(now, from, to, &filter, 0, 100_000)
                .iter()
                .map(key)
                .collect();
            let from_database = occurrences_between(db, now, from, to, &filter, 0, 100_000)
                .await
                .unwrap();
            let in_database: Vec<_> = from_database.iter().map(key).collect();
            // The month grid's count per day.
            let per_day: Vec<usize> = index
                .by_day(now, today(), 31, &filter, 3)
                .iter()
                .map(|day| day.count)
                .collect();
            let expected: Vec<usize> = (0..31)
                .map(|days| {
                    let day = (today() + Days::new(days)).to_string();
                    from_database
                        .iter()
                        .filter(|date| date.date.iso() == day)
                        .count()
                })
                .collect();
            assert_eq!(per_day, expected, "dates per day for {address:?}");
            assert!(
                !in_database.is_empty() || address.starts_with("q="),
                "{address}: nothing found at all"
            );
            assert_eq!(in_memory, in_database, "dates for {address:?}");
            assert_eq!(
                index.activity_ids_between(now, from, to, &filter, 300),
                activity_ids_between(db, now, from, to, &filter, 300)
                    .await
                    .unwrap(),
                "feed activities for {address:?}"
            );
        }
    });
}

/// The days (`YYYY-MM-DD`) a volunteer's dates page lists, from each
/// date's move link.
fn dates_listed(body: &str, page_path: &str) -> Vec<String> {
    let marker = format!("{page_path}?verplaats=");
    body.match_indices(&marker)
        .map(|(at, _)| body[at + marker.len()..at + marker.len() + 10].to_owned())
        .collect()
}

/// The mails queued for `address`, as (subject, body), oldest first.
async fn mails_to(app: &TestApp, address: &str) -> Vec<(String, String)> {
    use sea_orm::QueryOrder;
    entity::outgoing_mail::Entity::find()
        .filter(entity::outgoing_mail::Column::ToAddress.eq(address))
        .order_by_asc(entity::outgoing_mail::Column::Id)
        .all(&app.db.db)
        .await
        .unwrap()
        .into_iter()
        .map(|mail| (mail.subject, mail.body))
        .collect()
}

#[test]
fn people_who_signed_up_hear_when_their_date_moves_is_called_off_or_stops() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let Beheer {
            activity,
            page_path,
            ..
        } = kookclub_beheer(&app).await;
        assert!(activity.signup_required, "the kookclub takes sign-ups");
        let page = app.get(&page_path).await;
        let keys = dates_listed(&page.body, &page_path);
        // Not the first date: it may be today, and could then have begun.
        let (first, second) = (keys[1].clone(), keys[2].clone());
        let sign_up = |date: &str, body: &str, cookie: Option<&'static str>| {
            let path = format!("/activiteiten/{}/{date}", activity.id);
            let body = body.to_owned();
            let app = &app;
            async move {
                let done = common::accounts::post(app, &path, &body, cookie).await;
                assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
            }
        };
        let sam = "naam=Sam&email=sam%40example.org&telefoon=&aantal=1&toestemming=ja";
        let alex = "naam=Alex&email=alex%40example.org&telefoon=&aantal=1&toestemming=ja";
        let pim = "naam=Pim&email=&telefoon=0612345678&aantal=1&toestemming=ja";
        sign_up(&first, sam, None).await;
        sign_up(&first, alex, Some("taal=en")).await;
        sign_up(&first, pim, None).await;
        sign_up(&second, sam, None).await;
        let before = entity::outgoing_mail::Entity::find()
            .all(&app.db.db)
            .await
            .unwrap()
            .len();
        assert_eq!(mails_to(&app, "sam@example.org").await.len(), 2);

        let change = |body: String| {
            let app = &app;
            let page_path = page_path.clone();
            async move {
                let done = common::accounts::post(app, &page_path, &body, None).await;
                assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
                done.header("location").unwrap_or_default().to_owned()
            }
        };
        let landed = change(format!(
            "actie=verplaatsen&datum={first}&nieuwe-dag={first}&nieuwe-begintijd=14%3A00&nieuwe-eindtijd=16%3A00"
        ))
        .await;
        // Pim left no e-mail address: two mails, and the volunteer reads so.
        let notice = strip_tags(&app.get(&landed).await.body);
        assert!(
            notice.contains("We sturen een e-mail naar 2 mensen die zich hadden aangemeld."),
            "{notice}"
        );
        let title = &activity.title;
        let (subject, body) = mails_to(&app, "sam@example.org").await.pop().unwrap();
        assert_eq!(subject, format!("Andere dag of tijd: {title}"));
        assert!(body.contains("Eerst: "), "{body}");
        assert!(body.contains("11.00 – 13.00 uur\nNu: "), "{body}");
        assert!(body.contains("14.00 – 16.00 uur"), "{body}");
        // Alex signed up in English and hears it in English.
        let (subject, body) = mails_to(&app, "alex@example.org").await.pop().unwrap();
        assert_eq!(subject, format!("New day or time: {title}"));
        assert!(
            body.contains("Before: ") && body.contains("Now: "),
            "{body}"
        );
        let weekday = NaiveDate::parse_from_str(&first, "%Y-%m-%d")
            .unwrap()
            .format("%A")
            .to_string();
        assert!(body.contains(&weekday), "{weekday} in {body}");
        // Pim left only a phone number: the organiser's list has it.
        let after_move = entity::outgoing_mail::Entity::find()
            .all(&app.db.db)
            .await
            .unwrap()
            .len();
        assert_eq!(after_move, before + 2, "one mail each for Sam and Alex");

        change(format!("actie=afzeggen&datum={second}")).await;
        let (subject, body) = mails_to(&app, "sam@example.org").await.pop().unwrap();
        assert_eq!(subject, format!("Gaat niet door: {title}"));
        assert!(body.contains("gaat niet door"), "{body}");
        assert_eq!(
            mails_to(&app, "alex@example.org").await.len(),
            2,
            "Alex is not signed up for that date"
        );

        change(format!("actie=terugzetten&datum={second}")).await;
        let (subject, _) = mails_to(&app, "sam@example.org").await.pop().unwrap();
        assert_eq!(subject, format!("Gaat toch door: {title}"));

        // Stopping the series calls off both of Sam's dates.
        change("actie=stoppen".to_owned()).await;
        let sam_mails = mails_to(&app, "sam@example.org").await;
        let called_off: Vec<_> = sam_mails[sam_mails.len() - 2..]
            .iter()
            .map(|(subject, _)| subject.as_str())
            .collect();
        assert_eq!(
            called_off,
            [
                format!("Gaat niet door: {title}"),
                format!("Gaat niet door: {title}")
            ]
        );
        assert_eq!(sam_mails.len(), 7);
    });
}

#[test]
fn a_volunteer_changes_the_times_of_a_whole_series_and_sign_ups_move_with_it() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let Beheer {
            activity,
            page_path,
            ..
        } = kookclub_beheer(&app).await;
        let page = app.get(&page_path).await;
        assert!(
            page.body.contains("id=\"reeks-begintijd\""),
            "a series has the form"
        );
        assert!(page.body.contains("value=\"11:00\""));
        let keys = dates_listed(&page.body, &page_path);
        let (signed_up, moved, called_off) = (keys[1].clone(), keys[2].clone(), keys[3].clone());
        let post = |body: String| {
            let app = &app;
            let page_path = page_path.clone();
            async move { common::accounts::post(app, &page_path, &body, None).await }
        };
        let date_path = |date: &str| format!("/activiteiten/{}/{date}", activity.id);
        let joined = common::accounts::post(
            &app,
            &date_path(&signed_up),
            "naam=Sam&email=sam%40example.org&telefoon=&aantal=2&toestemming=ja",
            None,
        )
        .await;
        assert_eq!(joined.status, StatusCode::SEE_OTHER);
        let places_before = strip_tags(&app.get(&date_path(&signed_up)).await.body);
        post(format!(
            "actie=verplaatsen&datum={moved}&nieuwe-dag={moved}&nieuwe-begintijd=15%3A00&nieuwe-eindtijd=16%3A00"
        ))
        .await;
        post(format!("actie=afzeggen&datum={called_off}")).await;

        let wrong =
            post("actie=tijden&reeks-begintijd=12%3A00&reeks-eindtijd=11%3A00".to_owned()).await;
        assert_eq!(wrong.status, StatusCode::OK);
        assert!(strip_tags(&wrong.body).contains("De eindtijd moet na de begintijd liggen."));
        assert!(wrong.body.contains("href=\"#reeks-eindtijd\""));
        assert!(
            wrong.body.contains("value=\"12:00\""),
            "what was typed stays"
        );

        let saved =
            post("actie=tijden&reeks-begintijd=10%3A30&reeks-eindtijd=12%3A30".to_owned()).await;
        // Sam hears of it, and the volunteer reads that one mail goes out.
        assert_eq!(
            saved.header("location"),
            Some(format!("{page_path}?melding=tijden&gemaild=1").as_str())
        );
        let shown = strip_tags(&app.get(&date_path(&signed_up)).await.body);
        assert!(shown.contains("10.30 – 12.30 uur"), "{shown}");
        // Sam's two places went along with the date.
        let places = |text: &str| {
            text.split("Er zijn nog ")
                .nth(1)
                .and_then(|rest| rest.split(' ').next())
                .map(str::to_owned)
        };
        assert!(places(&places_before).is_some(), "{places_before}");
        assert_eq!(places(&shown), places(&places_before));
        let own_time = strip_tags(&app.get(&date_path(&moved)).await.body);
        assert!(
            own_time.contains("15.00 – 16.00 uur"),
            "a moved date keeps its own time"
        );
        let off = strip_tags(&app.get(&date_path(&called_off)).await.body);
        assert!(
            off.contains("Deze keer gaat de activiteit niet door."),
            "{off}"
        );

        let (subject, body) = mails_to(&app, "sam@example.org").await.pop().unwrap();
        assert_eq!(subject, format!("Andere dag of tijd: {}", activity.title));
        assert!(body.contains("11.00 – 13.00 uur\nNu: "), "{body}");
        assert!(body.contains("10.30 – 12.30 uur"), "{body}");

        // The feed: the series at the new time, the called-off date and
        // the moved date named by their new start.
        let feed = app
            .get(&format!("/activiteiten/{}/agenda.ics", activity.id))
            .await;
        let calendar = parse_feed(&feed.body);
        let series = calendar
            .events
            .iter()
            .find(|event| property(event, "RRULE").is_some())
            .expect("the series");
        assert!(
            property(series, "DTSTART").is_some_and(|start| start.ends_with("T103000")),
            "{:?}",
            property(series, "DTSTART")
        );
        let exdates: Vec<&str> = series
            .properties
            .iter()
            .filter(|property| property.name == "EXDATE")
            .filter_map(|property| property.value.as_deref())
            .collect();
        let off_day = called_off.replace('-', "");
        assert!(
            exdates
                .iter()
                .any(|value| value.contains(&format!("{off_day}T103000"))),
            "{exdates:?}"
        );
        let moved_event = calendar
            .events
            .iter()
            .find(|event| property(event, "RECURRENCE-ID").is_some())
            .expect("the moved date");
        let moved_day = moved.replace('-', "");
        assert_eq!(
            property(moved_event, "RECURRENCE-ID"),
            Some(format!("{moved_day}T103000").as_str())
        );
        assert_eq!(
            property(moved_event, "DTSTART"),
            Some(format!("{moved_day}T150000").as_str())
        );
    });
}

#[test]
fn a_volunteer_gives_a_series_a_last_day_and_takes_it_away_again() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let Beheer {
            activity,
            page_path,
            ..
        } = kookclub_beheer(&app).await;
        let dates_on = |body: &str| dates_listed(body, &page_path);
        let page = app.get(&page_path).await;
        assert!(page.body.contains("id=\"reeks-laatste-dag\""));
        let keys = dates_on(&page.body);
        assert!(keys.len() > 4, "{keys:?}");
        let post = |body: String| {
            let app = &app;
            let page_path = page_path.clone();
            async move { common::accounts::post(app, &page_path, &body, None).await }
        };
        // Sam signs up for the fourth date, which the new last day drops.
        let dropped = keys[3].clone();
        let joined = common::accounts::post(
            &app,
            &format!("/activiteiten/{}/{dropped}", activity.id),
            "naam=Sam&email=sam%40example.org&telefoon=&aantal=2&toestemming=ja",
            None,
        )
        .await;
        assert_eq!(joined.status, StatusCode::SEE_OTHER);

        let wrong = post("actie=einde&reeks-laatste-dag=2020-01-31".to_owned()).await;
        assert_eq!(wrong.status, StatusCode::OK);
        assert!(strip_tags(&wrong.body).contains("Kies vandaag of een dag die nog komt."));
        assert!(wrong.body.contains("href=\"#reeks-laatste-dag\""));
        assert!(
            wrong.body.contains("value=\"2020-01-31\""),
            "what was typed stays"
        );

        let last = keys[2].clone();
        let saved = post(format!("actie=einde&reeks-laatste-dag={last}")).await;
        let landed = saved.header("location").unwrap().to_owned();
        assert_eq!(landed, format!("{page_path}?melding=einde&gemaild=1"));
        let after = app.get(&landed).await;
        let text = strip_tags(&after.body);
        assert!(
            text.contains("De laatste dag is opgeslagen.")
                && text.contains("We sturen een e-mail naar 1 persoon die zich had aangemeld."),
            "{text}"
        );
        assert_eq!(dates_on(&after.body), keys[..3].to_vec());
        assert!(after.body.contains(&format!("value=\"{last}\"")));
        let (subject, _) = mails_to(&app, "sam@example.org").await.pop().unwrap();
        assert_eq!(subject, format!("Gaat niet door: {}", activity.title));

        // The feed ends on that day too, at its end in Dutch time.
        let feed = app
            .get(&format!("/activiteiten/{}/agenda.ics", activity.id))
            .await;
        let calendar = parse_feed(&feed.body);
        let rule = calendar
            .events
            .iter()
            .find_map(|event| property(event, "RRULE"))
            .expect("the series")
            .to_owned();
        let end_of_day = NaiveDate::parse_from_str(&last, "%Y-%m-%d")
            .unwrap()
            .succ_opt()
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
            .and_local_timezone(chrono_tz::Europe::Amsterdam)
            .unwrap()
            .with_timezone(&chrono::Utc)
            - chrono::Duration::seconds(1);
        assert!(
            rule.contains(&format!("UNTIL={}", end_of_day.format("%Y%m%dT%H%M%SZ"))),
            "{rule}"
        );

        // No last day: the dates come back, Sam's sign-up does not.
        let cleared = post("actie=einde&reeks-laatste-dag=".to_owned()).await;
        let landed = cleared.header("location").unwrap().to_owned();
        assert_eq!(landed, format!("{page_path}?melding=geen-einde"));
        let again = app.get(&landed).await;
        assert!(strip_tags(&again.body).contains("De activiteit heeft geen laatste dag meer."));
        assert_eq!(dates_on(&again.body), keys);
        let signed_up = strip_tags(
            &app.get(&format!("/activiteiten/{}/{dropped}", activity.id))
                .await
                .body,
        );
        let places_before = strip_tags(
            &app.get(&format!("/activiteiten/{}/{}", activity.id, keys[4]))
                .await
                .body,
        );
        let places = |text: &str| {
            text.split("Er zijn nog ")
                .nth(1)
                .and_then(|rest| rest.split(' ').next())
                .map(str::to_owned)
        };
        assert!(places(&signed_up).is_some(), "{signed_up}");
        assert_eq!(
            places(&signed_up),
            places(&places_before),
            "the places Sam took are free again"
        );
        let feed = app
            .get(&format!("/activiteiten/{}/agenda.ics", activity.id))
            .await;
        let calendar = parse_feed(&feed.body);
        let rule = calendar
            .events
            .iter()
            .find_map(|event| property(event, "RRULE"))
            .unwrap();
        assert!(!rule.contains("UNTIL") && !rule.contains("COUNT"), "{rule}");
    });
}

#[test]
fn a_volunteer_adds_a_weekly_activity_with_a_last_day() {
    common::on_shared_runtime(async {
        let app = demo_app().await;
        let db = &app.db.db;
        let Beheer {
            initiative, token, ..
        } = kookclub_beheer(&app).await;
        let first = (chrono::Utc::now() + chrono::Duration::days(7)).date_naive();
        let last = first + chrono::Duration::days(14);
        let add = |last_day: String| {
            let app = &app;
            let path = format!("/mijn-initiatief/{token}/activiteiten");
            let first = first.format("%Y-%m-%d").to_string();
            async move {
                let body = format!(
                    "activiteit-titel=Avondwandeling&activiteit-datum={first}&activiteit-begin=19%3A00&activiteit-eind=20%3A00&activiteit-plaats=Het+Baljuwpark&activiteit-herhaling=weekly&activiteit-laatste-dag={last_day}&actie=toevoegen"
                );
                common::accounts::post(app, &path, &body, None).await
            }
        };
        let too_early = add((first - chrono::Duration::days(1))
            .format("%Y-%m-%d")
            .to_string())
        .await;
        assert_eq!(too_early.status, StatusCode::OK);
        let text = strip_tags(&too_early.body);
        assert!(
            text.contains("De laatste dag moet na de eerste datum liggen."),
            "{text}"
        );
        assert!(too_early.body.contains("href=\"#activiteit-laatste-dag\""));
        assert!(
            too_early.body.contains("value=\"Het Baljuwpark\""),
            "what was typed stays"
        );

        let added = add(last.format("%Y-%m-%d").to_string()).await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
        let walk = entity::activity::Entity::find()
            .filter(entity::activity::Column::InitiativeId.eq(initiative.id))
            .filter(entity::activity::Column::Title.eq("Avondwandeling"))
            .one(db)
            .await
            .unwrap()
            .expect("the new activity");
        let rule = walk.recurrence_rule.clone().unwrap();
        assert!(rule.starts_with("FREQ=WEEKLY;UNTIL="), "{rule}");
        let dates = entity::activity_occurrence::Entity::find()
            .filter(entity::activity_occurrence::Column::ActivityId.eq(walk.id))
            .all(db)
            .await
            .unwrap();
        let days: Vec<NaiveDate> = dates
            .iter()
            .map(|date| date.starts_at.with_timezone(&Amsterdam).date_naive())
            .collect();
        assert_eq!(days, [first, first + chrono::Duration::days(7), last]);
        let manage = strip_tags(&app.get(&format!("/mijn-initiatief/{token}")).await.body);
        let said = format!(
            "Herhaalt: Elke week, tot en met {}",
            last.format("%d-%m-%Y")
        );
        assert!(manage.contains(&said), "{said} in {manage}");
    });
}
