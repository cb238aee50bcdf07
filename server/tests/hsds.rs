//! The open-data export in Open Referral HSDS 3.0: it validates against the
//! official schema made strict (no property the schema does not name),
//! pages like the HSDS API, and shows only published initiatives and only
//! the contact channel each one made public.

mod common;

use std::collections::HashSet;

use axum::http::StatusCode;
use common::{InitiativeFixture, TestApp, TestDb, insert_initiative, monday_morning, test_config};
use entity::initiative;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::Value;

/// The official compiled organization schema, with `additionalProperties:
/// false` on every object, as Open Referral checks its own examples.
fn strict_organization_validator() -> jsonschema::Validator {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/hsds-3.0/compiled/organization.json"
    );
    let text = std::fs::read_to_string(path).expect("the HSDS schema is in the repository");
    let mut schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    forbid_unknown_properties(&mut schema);
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

fn forbid_unknown_properties(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            if map.contains_key("properties") {
                map.insert("additionalProperties".into(), Value::Bool(false));
            }
            map.values_mut().for_each(forbid_unknown_properties);
        }
        Value::Array(items) => items.iter_mut().for_each(forbid_unknown_properties),
        _ => {}
    }
}

fn assert_valid(validator: &jsonschema::Validator, organization: &Value) {
    let errors: Vec<String> = validator
        .iter_errors(organization)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{} is not valid HSDS 3.0:\n{}",
        organization["name"],
        errors.join("\n")
    );
}

async fn get_json(app: &TestApp, path: &str) -> (StatusCode, Value) {
    let response = app.get(path).await;
    assert!(
        response
            .header("content-type")
            .is_some_and(|kind| kind.starts_with("application/json")),
        "{path} answers JSON"
    );
    let body = serde_json::from_str(&response.body).expect("the body is JSON");
    (response.status, body)
}

async fn published_count(app: &TestApp) -> u64 {
    initiative::Entity::find()
        .filter(initiative::Column::Status.eq("published"))
        .count(&app.db.db)
        .await
        .unwrap()
}

#[test]
fn every_published_demo_initiative_is_valid_strict_hsds() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(monday_morning()).await;
        let validator = strict_organization_validator();
        let (status, page) = get_json(&app, "/api/hsds/organizations?per_page=500").await;

        assert_eq!(status, StatusCode::OK);
        let total = published_count(&app).await;
        assert!(total >= 25, "the demo has about 30 published initiatives");
        assert_eq!(page["total_items"], total);
        assert_eq!(page["size"], total);
        let contents = page["contents"].as_array().unwrap();
        assert_eq!(contents.len() as u64, total);
        for organization in contents {
            assert_valid(&validator, organization);
        }
        // The check is strict: a property HSDS does not know, deep inside,
        // or an id that is not a UUID makes an organization invalid.
        let mut unknown_property = contents[0].clone();
        unknown_property["services"][0]["languages"][0]["wijk"] = "Delfgauw".into();
        assert!(!validator.is_valid(&unknown_property));
        let mut bad_id = contents[0].clone();
        bad_id["services"][0]["id"] = "service-1".into();
        assert!(!validator.is_valid(&bad_id));

        // The demo uses every kind of public contact; each lands in its field.
        let has = |pointer: &str| {
            contents
                .iter()
                .any(|organization| organization.pointer(pointer).is_some())
        };
        assert!(has("/email"), "an e-mail address");
        assert!(has("/website"), "a website");
        assert!(has("/services/0/phones/0/number"), "a phone number");
        let whatsapp = contents.iter().any(|organization| {
            organization["services"][0]["phones"]
                .as_array()
                .unwrap()
                .iter()
                .any(|phone| phone["description"] == "WhatsApp" && phone["type"] == "text")
        });
        assert!(whatsapp, "a WhatsApp number as a text phone");

        // Service areas carry the real CBS wijk codes.
        let extents: HashSet<&str> = contents
            .iter()
            .flat_map(|organization| {
                organization["services"][0]["service_areas"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|area| area["extent"].as_str())
            })
            .collect();
        assert_eq!(extents, HashSet::from(["WK192601", "WK192602", "WK192603"]));
    });
}

#[test]
fn pages_cover_every_initiative_once_in_a_stable_order() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(monday_morning()).await;
        let total = published_count(&app).await;
        let per_page = 7;
        let pages = total.div_ceil(per_page);

        let mut seen = Vec::new();
        for number in 1..=pages {
            let (status, page) = get_json(
                &app,
                &format!("/api/hsds/organizations?page={number}&per_page={per_page}"),
            )
            .await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(page["page_number"], number);
            assert_eq!(page["total_pages"], pages);
            assert_eq!(page["total_items"], total);
            assert_eq!(page["first_page"], number == 1);
            assert_eq!(page["last_page"], number == pages);
            assert_eq!(page["empty"], false);
            let contents = page["contents"].as_array().unwrap();
            let expected_size = if number < pages {
                per_page
            } else {
                total - per_page * (pages - 1)
            };
            assert_eq!(page["size"], expected_size);
            assert_eq!(contents.len() as u64, expected_size);
            seen.extend(
                contents
                    .iter()
                    .map(|organization| organization["name"].as_str().unwrap().to_owned()),
            );
        }
        assert_eq!(seen.len() as u64, total);
        let mut sorted = seen.clone();
        sorted.sort();
        assert_eq!(seen, sorted, "ordered by name");
        let unique: HashSet<&String> = seen.iter().collect();
        assert_eq!(unique.len(), seen.len(), "no initiative twice");

        let (_, beyond) = get_json(
            &app,
            &format!(
                "/api/hsds/organizations?page={}&per_page={per_page}",
                pages + 1
            ),
        )
        .await;
        assert_eq!(beyond["empty"], true);
        assert_eq!(beyond["size"], 0);
        assert_eq!(beyond["last_page"], true);
    });
}

#[test]
fn wrong_paging_values_get_a_clear_400() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(monday_morning()).await;
        for query in ["page=0", "page=twee", "per_page=0", "per_page=501"] {
            let (status, body) = get_json(&app, &format!("/api/hsds/organizations?{query}")).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
            let message = body["error"].as_str().unwrap();
            let field = query.split('=').next().unwrap();
            assert!(message.contains(field), "{query}: {message}");
        }
    });
}

#[test]
fn one_organization_by_its_public_id_and_only_if_published() {
    common::on_shared_runtime(async {
        let db = TestDb::migrated().await;
        let ids = server::seed::base::ensure_base(&db.db).await.unwrap();
        insert_initiative(
            &db.db,
            &ids,
            InitiativeFixture {
                slug: "taalmaatjes",
                name: "Taalmaatjes",
                description: "Samen Nederlands oefenen.",
                areas: &["WK192602", "nootdorp-plan-west"],
                target_groups: &["nieuwkomers"],
                themes: &["taal"],
                languages: &["nl", "uk"],
                ..Default::default()
            },
        )
        .await;
        insert_initiative(
            &db.db,
            &ids,
            InitiativeFixture {
                slug: "nog-niet-klaar",
                name: "Nog niet klaar",
                description: "Aangemeld, nog niet gecontroleerd.",
                status: "submitted",
                ..Default::default()
            },
        )
        .await;
        let app = TestApp::on(db, test_config());
        let validator = strict_organization_validator();
        let published_id = server::seed::stable_public_id("taalmaatjes");

        let (status, organization) =
            get_json(&app, &format!("/api/hsds/organizations/{published_id}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_valid(&validator, &organization);
        assert_eq!(organization["id"], published_id.as_str());
        assert_eq!(organization["name"], "Taalmaatjes");
        assert!(
            organization["uri"]
                .as_str()
                .unwrap()
                .ends_with("/initiatieven/taalmaatjes")
        );
        let service = &organization["services"][0];
        assert_eq!(service["organization_id"], published_id.as_str());
        assert_eq!(service["status"], "active");
        let codes: Vec<&str> = service["languages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|language| language["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, ["nl", "uk"]);
        let terms: Vec<&str> = service["attributes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|attribute| attribute["taxonomy_term"]["code"].as_str().unwrap())
            .collect();
        assert_eq!(terms, ["nieuwkomers", "taal"]);
        let areas: Vec<(&str, Option<&str>)> = service["service_areas"]
            .as_array()
            .unwrap()
            .iter()
            .map(|area| (area["name"].as_str().unwrap(), area["extent"].as_str()))
            .collect();
        assert!(areas.contains(&("Nootdorp", Some("WK192602"))), "{areas:?}");
        assert_eq!(areas.len(), 2, "the wijk and the buurt: {areas:?}");
        // No contact channel was made public, so none is exported.
        assert!(organization.get("email").is_none());
        assert!(organization.get("website").is_none());
        assert_eq!(service["phones"], serde_json::json!([]));

        // The same answer in the list.
        let (_, page) = get_json(&app, "/api/hsds/organizations").await;
        assert_eq!(page["total_items"], 1, "the submitted one is left out");
        assert_eq!(page["contents"][0], organization);

        let unpublished_id = server::seed::stable_public_id("nog-niet-klaar");
        for id in [
            unpublished_id.as_str(),
            "00000000-0000-0000-0000-000000000000",
            "niet-een-uuid",
        ] {
            let (status, body) = get_json(&app, &format!("/api/hsds/organizations/{id}")).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{id}");
            assert!(body["error"].is_string());
        }
    });
}

#[test]
fn any_site_may_read_the_open_data() {
    common::on_shared_runtime(async {
        let app = TestApp::with_demo_data(monday_morning()).await;
        let response = app.get("/api/hsds/organizations").await;
        assert_eq!(response.header("access-control-allow-origin"), Some("*"));
        let (status, about) = get_json(&app, "/api/hsds").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(about["version"], "3.0");
    });
}
