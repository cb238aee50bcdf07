//! The sociale kaart's filters, counts, paging and map, on a real database.

mod common;

use std::sync::Arc;

use app::calendar::OccurrenceStatus;
use app::calendar::recurrence::OccurrenceTimes;
use app::calendar::store::{NewActivity, insert_occurrence};
use app::map::index::{DirectoryCache, DirectoryIndex, PAGE_SIZE};
use app::map::{DirectoryPage, DirectoryQuery, FilterKind};
use chrono::Duration;
use common::{InitiativeFixture, TestDb, insert_initiative, monday_morning};
use leptos_router::params::ParamsMap;
use sea_orm::ActiveModelTrait;

fn query(pairs: &[(&str, &str)]) -> DirectoryQuery {
    let params: ParamsMap = pairs
        .iter()
        .map(|(key, value)| ((*key).to_owned(), (*value).to_owned()))
        .collect();
    DirectoryQuery::from_params(&params).0
}

fn names(page: &DirectoryPage) -> Vec<&str> {
    page.cards.iter().map(|card| card.name.as_str()).collect()
}

fn count_of(options: &[app::map::FacetOption], key: &str) -> usize {
    options
        .iter()
        .find(|option| option.key == key)
        .map_or(usize::MAX, |option| option.count)
}

/// Five initiatives with known areas, groups, themes and languages:
///
/// | name                   | where                      | for        | theme        | lang  | volunteers |
/// |------------------------|----------------------------|------------|--------------|-------|------------|
/// | Café De Kiezel         | buurt Delfgauw rond Kiezel | ouderen    | eenzaamheid  | nl    | yes        |
/// | Huiswerkclub Noord     | buurt Pijnacker Noord      | jeugd 9-13 | opvoeden     | nl,ar | no         |
/// | Ouderensoos Pijnacker  | wijk Pijnacker             | ouderen    | ontmoeting   | nl    | no         |
/// | Taalmaatjes            | all three wijken           | nieuwkomers| taal         | nl,uk | yes        |
/// | Wandelclub Delfgauw    | wijk Delfgauw              | iedereen   | gezondheid   | nl    | no         |
///
/// plus one submitted initiative that must never show.
async fn fixture_db() -> TestDb {
    let test_db = TestDb::migrated().await;
    let db = &test_db.db;
    let ids = server::seed::base::ensure_base(db).await.unwrap();
    let rows: [InitiativeFixture; 6] = [
        InitiativeFixture {
            slug: "cafe-de-kiezel",
            name: "Café De Kiezel",
            description: "Koffie en een praatje voor wie alleen is.",
            areas: &["delfgauw-rond-de-kiezel"],
            target_groups: &["ouderen"],
            themes: &["eenzaamheid"],
            looking_for_volunteers: true,
            ..Default::default()
        },
        InitiativeFixture {
            slug: "huiswerkclub-noord",
            name: "Huiswerkclub Noord",
            description: "Hulp bij huiswerk.",
            areas: &["pijnacker-noord"],
            target_groups: &["jeugd-9-13"],
            themes: &["opvoeden"],
            languages: &["nl", "ar"],
            ..Default::default()
        },
        InitiativeFixture {
            slug: "ouderensoos-pijnacker",
            name: "Ouderensoos Pijnacker",
            description: "Kaarten en biljarten.",
            areas: &["WK192601"],
            target_groups: &["ouderen"],
            themes: &["ontmoeting"],
            ..Default::default()
        },
        InitiativeFixture {
            slug: "taalmaatjes",
            name: "Taalmaatjes",
            description: "Samen Nederlands oefenen.",
            areas: &["WK192601", "WK192602", "WK192603"],
            target_groups: &["nieuwkomers"],
            themes: &["taal"],
            languages: &["nl", "uk"],
            looking_for_volunteers: true,
            ..Default::default()
        },
        InitiativeFixture {
            slug: "wandelclub-delfgauw",
            name: "Wandelclub Delfgauw",
            description: "Elke zondag wandelen.",
            areas: &["WK192603"],
            target_groups: &["iedereen"],
            themes: &["gezondheid"],
            ..Default::default()
        },
        InitiativeFixture {
            slug: "nog-niet-gekeurd",
            name: "Aaa nog niet gekeurd",
            description: "Wacht op een professional.",
            status: "submitted",
            areas: &["WK192601"],
            target_groups: &["ouderen"],
            ..Default::default()
        },
    ];
    for row in rows {
        insert_initiative(db, &ids, row).await;
    }
    test_db
}

async fn search(test_db: &TestDb, pairs: &[(&str, &str)]) -> DirectoryPage {
    let index = DirectoryIndex::build(&test_db.db, monday_morning())
        .await
        .unwrap();
    index.search(&query(pairs), monday_morning())
}

#[tokio::test]
async fn without_filters_every_published_initiative_is_listed_by_name() {
    let test_db = fixture_db().await;
    let page = search(&test_db, &[]).await;
    assert_eq!(page.total, 5);
    assert_eq!(
        names(&page),
        vec![
            "Café De Kiezel",
            "Huiswerkclub Noord",
            "Ouderensoos Pijnacker",
            "Taalmaatjes",
            "Wandelclub Delfgauw"
        ]
    );
    assert!(!page.ignored_something);
}

#[tokio::test]
async fn a_wijk_matches_its_buurten_and_a_buurt_matches_its_whole_wijk() {
    let test_db = fixture_db().await;
    let delfgauw = search(&test_db, &[("wijk", "WK192603")]).await;
    assert_eq!(
        names(&delfgauw),
        vec!["Café De Kiezel", "Taalmaatjes", "Wandelclub Delfgauw"]
    );

    // For a buurt: initiatives there, and those for all of its wijk.
    let kiezel = search(&test_db, &[("buurt", "delfgauw-rond-de-kiezel")]).await;
    assert_eq!(
        names(&kiezel),
        vec!["Café De Kiezel", "Taalmaatjes", "Wandelclub Delfgauw"]
    );
    let emerald = search(&test_db, &[("buurt", "emerald")]).await;
    assert_eq!(names(&emerald), vec!["Taalmaatjes", "Wandelclub Delfgauw"]);

    // The card says which wijken an initiative serves.
    let cafe = &delfgauw.cards[0];
    assert_eq!(cafe.wijken, vec!["Delfgauw"]);
    assert_eq!(
        delfgauw.cards[1].wijken,
        vec!["Pijnacker", "Nootdorp", "Delfgauw"]
    );
}

#[tokio::test]
async fn choices_of_one_kind_widen_and_kinds_together_narrow() {
    let test_db = fixture_db().await;
    let either = search(
        &test_db,
        &[("doelgroep", "ouderen"), ("doelgroep", "jeugd-9-13")],
    )
    .await;
    assert_eq!(
        names(&either),
        vec![
            "Café De Kiezel",
            "Huiswerkclub Noord",
            "Ouderensoos Pijnacker"
        ]
    );

    let in_pijnacker = search(
        &test_db,
        &[
            ("doelgroep", "ouderen"),
            ("doelgroep", "jeugd-9-13"),
            ("wijk", "WK192601"),
        ],
    )
    .await;
    assert_eq!(
        names(&in_pijnacker),
        vec!["Huiswerkclub Noord", "Ouderensoos Pijnacker"]
    );

    let with_theme = search(
        &test_db,
        &[
            ("doelgroep", "ouderen"),
            ("thema", "eenzaamheid"),
            ("thema", "taal"),
        ],
    )
    .await;
    assert_eq!(names(&with_theme), vec!["Café De Kiezel"]);

    let arabic = search(&test_db, &[("taal", "ar")]).await;
    assert_eq!(names(&arabic), vec!["Huiswerkclub Noord"]);

    let volunteers = search(&test_db, &[("vrijwilligers", "ja")]).await;
    assert_eq!(names(&volunteers), vec!["Café De Kiezel", "Taalmaatjes"]);
}

#[tokio::test]
async fn text_search_ignores_case_and_accents_and_needs_every_word() {
    let test_db = fixture_db().await;
    for q in ["cafe", "CAFÉ", "kiezel café", "praatje", "  koffie  "] {
        let page = search(&test_db, &[("q", q)]).await;
        assert_eq!(names(&page), vec!["Café De Kiezel"], "q={q:?}");
    }
    assert_eq!(search(&test_db, &[("q", "koffie thee")]).await.total, 0);
    // Text and other filters combine.
    assert_eq!(
        search(&test_db, &[("q", "cafe"), ("wijk", "WK192601")])
            .await
            .total,
        0
    );
}

/// One index serves many requests and keeps answers for recent words: the
/// same search must give the same answer the second time, and words found
/// in several initiatives, or at the very end of the last one, count.
#[tokio::test]
async fn one_index_answers_repeated_searches_alike() {
    let test_db = fixture_db().await;
    let index = DirectoryIndex::build(&test_db.db, monday_morning())
        .await
        .unwrap();
    let found = |q: &str| -> Vec<String> {
        let page = index.search(&query(&[("q", q)]), monday_morning());
        page.cards.iter().map(|card| card.name.clone()).collect()
    };
    // Every fixture's summary is "Over <name>".
    assert_eq!(found("over").len(), 5);
    assert_eq!(found("over").len(), 5, "again, from the kept answer");
    assert_eq!(found("kiezel"), ["Café De Kiezel"]);
    assert_eq!(found("over kiezel"), ["Café De Kiezel"]);
    assert_eq!(found("kiezel"), ["Café De Kiezel"]);
    let last = found("over").pop().unwrap();
    let last_word = last.split_whitespace().last().unwrap().to_lowercase();
    assert!(
        found(&last_word).contains(&last),
        "{last_word} ends the corpus"
    );
    assert!(found("wandelclub delfgauw").contains(&"Wandelclub Delfgauw".to_owned()));
    assert!(
        found("kiezelwandelclub").is_empty(),
        "no word spans two initiatives"
    );
}

#[tokio::test]
async fn counts_per_choice_show_what_picking_it_would_give() {
    let test_db = fixture_db().await;
    let page = search(&test_db, &[("doelgroep", "ouderen")]).await;
    let groups = &page.facets.target_groups;
    // Within the chosen kind, counts ignore the kind itself: choosing
    // "jeugd" as well would add one.
    assert_eq!(count_of(groups, "ouderen"), 2);
    assert_eq!(count_of(groups, "jeugd-9-13"), 1);
    assert_eq!(count_of(groups, "nieuwkomers"), 1);
    assert!(
        groups
            .iter()
            .find(|option| option.key == "ouderen")
            .unwrap()
            .selected
    );
    // Other kinds count within the chosen target group.
    let areas = &page.facets.areas;
    let wijk = |key: &str| areas.iter().find(|area| area.wijk.key == key).unwrap();
    assert_eq!(wijk("WK192601").wijk.count, 1);
    assert_eq!(wijk("WK192602").wijk.count, 0);
    assert_eq!(wijk("WK192603").wijk.count, 1);
    assert_eq!(count_of(&page.facets.themes, "eenzaamheid"), 1);
    assert_eq!(count_of(&page.facets.themes, "taal"), 0);
    assert_eq!(page.facets.volunteers, 1);
    // Languages in use, Dutch first.
    let languages: Vec<&str> = page
        .facets
        .languages
        .iter()
        .map(|option| option.key.as_str())
        .collect();
    assert_eq!(languages, vec!["nl", "ar", "uk"]);
    // The map shows the same numbers as the wijk choices.
    for map_wijk in &page.map.wijken {
        assert_eq!(map_wijk.count, wijk(&map_wijk.key).wijk.count);
    }
}

#[tokio::test]
async fn unknown_values_are_skipped_with_a_note_and_never_an_error() {
    let test_db = fixture_db().await;
    let page = search(
        &test_db,
        &[
            ("doelgroep", "bestaat-niet"),
            ("wijk", "WK999999"),
            ("taal", "<script>"),
        ],
    )
    .await;
    assert!(page.ignored_something);
    assert_eq!(page.total, 5, "as if the unknown filters were not there");
    assert_eq!(
        page.query,
        DirectoryQuery {
            pagina: 1,
            ..Default::default()
        }
    );

    let known_and_unknown = search(
        &test_db,
        &[("doelgroep", "ouderen"), ("doelgroep", "onbekend")],
    )
    .await;
    assert_eq!(known_and_unknown.total, 2);
    assert_eq!(known_and_unknown.query.doelgroepen, vec!["ouderen"]);
}

#[tokio::test]
async fn an_empty_result_suggests_which_filter_to_loosen() {
    let test_db = fixture_db().await;
    let page = search(
        &test_db,
        &[
            ("doelgroep", "jeugd-9-13"),
            ("wijk", "WK192603"),
            ("q", "huiswerk"),
        ],
    )
    .await;
    assert_eq!(page.total, 0);
    let loosen: Vec<(FilterKind, usize)> = page
        .loosen
        .iter()
        .map(|option| (option.kind, option.count))
        .collect();
    // Dropping the wijk gives the homework club back; dropping the target
    // group or the text alone does not help.
    assert_eq!(loosen, vec![(FilterKind::Area, 1)]);
}

#[tokio::test]
async fn results_come_in_stable_pages() {
    let test_db = TestDb::migrated().await;
    server::seed::seed_synthetic(&test_db.db, monday_morning(), 45, 10)
        .await
        .unwrap();
    let index = DirectoryIndex::build(&test_db.db, monday_morning())
        .await
        .unwrap();
    let all = index.len();
    let first = index.search(&query(&[]), monday_morning());
    let second = index.search(&query(&[("pagina", "2")]), monday_morning());
    assert_eq!(first.total, all);
    assert_eq!(first.pages as usize, all.div_ceil(PAGE_SIZE));
    assert_eq!(first.cards.len(), PAGE_SIZE);
    assert!(
        names(&first).last() <= names(&second).first(),
        "ordered by name across pages"
    );
    let again = index.search(&query(&[("pagina", "2")]), monday_morning());
    assert_eq!(
        names(&again),
        names(&second),
        "the same page twice is the same"
    );

    // A page past the end shows the last page, with a note.
    let beyond = index.search(&query(&[("pagina", "999")]), monday_morning());
    assert_eq!(beyond.query.pagina, first.pages);
    assert!(beyond.ignored_something);
}

#[tokio::test]
async fn a_card_shows_the_next_activity_that_has_not_ended() {
    let test_db = fixture_db().await;
    let db = &test_db.db;
    let now = monday_morning();
    let initiative_id = entity::prelude::Initiative::find()
        .filter(entity::initiative::Column::Slug.eq("wandelclub-delfgauw"))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .id;
    for (title, starts) in [
        ("Gisteren gelopen", now - Duration::hours(20)),
        ("Zondagwandeling", now + Duration::days(6)),
        ("Woensdagwandeling", now + Duration::days(2)),
    ] {
        // One stored date, exactly as given (no rule, no horizon).
        let new = NewActivity {
            initiative_id,
            title: title.to_owned(),
            starts_at: starts,
            ends_at: starts + Duration::hours(1),
            ..Default::default()
        };
        let row = new.row(now, now).insert(db).await.unwrap();
        insert_occurrence(
            db,
            row.id,
            OccurrenceTimes {
                starts_at: new.starts_at,
                ends_at: new.ends_at,
            },
            OccurrenceStatus::Scheduled,
        )
        .await
        .unwrap();
    }
    let page = search(&test_db, &[("q", "wandelclub")]).await;
    let next = page.cards[0]
        .next_activity
        .as_ref()
        .expect("a next activity");
    assert_eq!(next.title, "Woensdagwandeling");
    // 09:00 in Amsterdam on Monday, two days later: Wednesday 25 November.
    assert_eq!(
        (next.date.day, next.date.weekday, next.starts.hour),
        (25, 3, 9)
    );
    assert!(
        search(&test_db, &[("q", "taalmaatjes")]).await.cards[0]
            .next_activity
            .is_none()
    );
}

#[tokio::test]
async fn the_map_draws_each_wijk_inside_its_frame() {
    let test_db = fixture_db().await;
    let page = search(&test_db, &[("wijk", "WK192603")]).await;
    let map = &page.map;
    assert!((map.width - 400.0).abs() < f32::EPSILON);
    assert!(
        map.height > 100.0 && map.height < 800.0,
        "height {}",
        map.height
    );
    let keys: Vec<&str> = map.wijken.iter().map(|wijk| wijk.key.as_str()).collect();
    assert_eq!(keys, vec!["WK192601", "WK192602", "WK192603"]);
    for wijk in &map.wijken {
        assert!(
            wijk.path.starts_with('M') && wijk.path.ends_with('Z'),
            "{}",
            wijk.name
        );
        let numbers: Vec<f32> = wijk
            .path
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter(|part| !part.is_empty())
            .map(|part| part.parse().unwrap())
            .collect();
        assert!(numbers.len() >= 20);
        for pair in numbers.chunks(2) {
            assert!((0.0..=map.width + 0.1).contains(&pair[0]));
            assert!((0.0..=map.height + 0.1).contains(&pair[1]));
        }
        assert!(wijk.label_x > 0.0 && wijk.label_x < map.width);
        assert!(wijk.label_y > 0.0 && wijk.label_y < map.height);
        assert_eq!(wijk.selected, wijk.key == "WK192603");
    }
    // Delfgauw lies south of Nootdorp: further down the map.
    assert!(map.wijken[2].label_y > map.wijken[1].label_y);
}

#[tokio::test]
async fn the_cache_reuses_its_index_until_told_the_data_changed() {
    let test_db = fixture_db().await;
    let db = &test_db.db;
    let cache = Arc::new(DirectoryCache::new(std::time::Duration::from_secs(3600)));
    let first = cache.get(db).await.unwrap();
    let second = cache.get(db).await.unwrap();
    assert!(Arc::ptr_eq(&first, &second));
    assert_eq!(first.len(), 5);

    let ids = server::seed::base::ensure_base(db).await.unwrap();
    insert_initiative(
        db,
        &ids,
        InitiativeFixture {
            slug: "nieuw",
            name: "Nieuw initiatief",
            areas: &["WK192602"],
            ..Default::default()
        },
    )
    .await;
    assert_eq!(
        cache.get(db).await.unwrap().len(),
        5,
        "cached until invalidated"
    );
    cache.invalidate();
    assert_eq!(cache.get(db).await.unwrap().len(), 6);
}

#[tokio::test]
async fn the_demo_data_fills_two_pages() {
    let test_db = TestDb::migrated().await;
    server::seed::seed_demo(&test_db.db, monday_morning())
        .await
        .unwrap();
    let index = DirectoryIndex::build(&test_db.db, monday_morning())
        .await
        .unwrap();
    let page = index.search(&query(&[]), monday_morning());
    assert_eq!(
        page.total, 30,
        "32 initiatives, 2 of them not yet published"
    );
    assert_eq!(page.pages, 2);
    assert!(page.cards.iter().all(|card| card.is_demo));
    assert!(page.cards.iter().any(|card| card.next_activity.is_some()));
}

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
