//! Data that both demo and synthetic seeding need: the municipality and its
//! areas, the taxonomies, and the formal organisations. Every insert is
//! looked up by its natural key first, so running it twice changes nothing.

use std::collections::HashMap;

use app::areas::AreaLevel;
use chrono::Utc;
use entity::{area, organisation, target_group, theme};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};
use serde::Deserialize;

const WIJKEN_GEOJSON: &str = include_str!("data/pijnacker-nootdorp-wijken-2023.geojson");

const MUNICIPALITY: (&str, &str, &str) = (
    "GM1926",
    "gemeente-pijnacker-nootdorp",
    "Pijnacker-Nootdorp",
);

/// Buurten by local name. They have no CBS code here: the demo does not
/// claim the official buurt codes or boundaries.
const BUURTEN: &[(&str, &str, &str)] = &[
    ("WK192601", "pijnacker-centrum", "Pijnacker Centrum"),
    ("WK192601", "pijnacker-noord", "Pijnacker Noord"),
    ("WK192601", "pijnacker-zuid", "Pijnacker Zuid"),
    ("WK192601", "klapwijk", "Klapwijk"),
    ("WK192602", "nootdorp-centrum", "Nootdorp Centrum"),
    ("WK192602", "nootdorp-plan-west", "Nootdorp Plan-West"),
    ("WK192602", "nootdorp-oost", "Nootdorp-Oost"),
    ("WK192603", "delfgauw-centrum", "Delfgauw Centrum"),
    (
        "WK192603",
        "delfgauw-rond-de-kiezel",
        "Delfgauw rond De Kiezel",
    ),
    ("WK192603", "emerald", "Emerald"),
];

/// (code, Dutch label, English label)
pub const TARGET_GROUPS: &[(&str, &str, &str)] = &[
    (
        "jeugd-9-13",
        "Jeugd van 9 tot 13 jaar",
        "Children aged 9 to 13",
    ),
    ("ouderen", "Ouderen", "Older people"),
    ("mantelzorgers", "Mantelzorgers", "Carers"),
    (
        "nieuwkomers",
        "Nieuwkomers en statushouders",
        "Newcomers and refugees",
    ),
    ("gezinnen", "Gezinnen", "Families"),
    (
        "beperking",
        "Mensen met een beperking",
        "People with a disability",
    ),
    ("iedereen", "Iedereen", "Everyone"),
];

pub const THEMES: &[(&str, &str, &str)] = &[
    ("eenzaamheid", "Eenzaamheid", "Loneliness"),
    (
        "armoede",
        "Armoede en geldzorgen",
        "Poverty and money worries",
    ),
    ("opvoeden", "Opvoeden", "Parenting"),
    ("gezondheid", "Gezondheid en bewegen", "Health and exercise"),
    ("taal", "Taal", "Language"),
    ("ontmoeting", "Ontmoeting", "Meeting people"),
    ("mantelzorg", "Mantelzorg", "Informal care"),
];

/// Real organisations in Pijnacker-Nootdorp, named in public sources. The
/// descriptions are short and general on purpose. Unlike the initiatives
/// they are not example data, so they are not marked as such.
const ORGANISATIONS: &[(&str, &str, &str, &str, Option<&str>)] = &[
    (
        "gemeente-pijnacker-nootdorp",
        "Gemeente Pijnacker-Nootdorp",
        "municipality",
        "De gemeente. Het sociaal domein werkt samen met bewoners, vrijwilligers en organisaties in de wijken.",
        Some("https://www.pijnacker-nootdorp.nl"),
    ),
    (
        "sbj-samensterk",
        "SBJ SamenSterk",
        "welfare",
        "Bouwt in opdracht van de gemeente per wijk aan informele netwerken, in zes stappen.",
        None,
    ),
    (
        "cultura-en-zo",
        "CulturA & Zo",
        "culture",
        "Cultuur en ontmoeting in Pijnacker-Nootdorp.",
        None,
    ),
    (
        "gro-up-buurtwerk",
        "Gro-up buurtwerk",
        "welfare",
        "Buurtwerk: activiteiten en steun voor bewoners in de wijk.",
        None,
    ),
    (
        "bibliotheek-oostland",
        "Bibliotheek Oostland",
        "library",
        "De bibliotheek, ook voor taal, lezen en digitale vaardigheden.",
        None,
    ),
    (
        "swop",
        "SWOP",
        "welfare",
        "Welzijnsorganisatie in Pijnacker-Nootdorp.",
        None,
    ),
];

/// Ids of the base rows, by their natural keys.
#[derive(Debug, Default)]
pub struct BaseIds {
    /// By CBS code for the municipality and wijken, by slug for buurten.
    pub areas: HashMap<String, i32>,
    /// Buurt slugs per wijk CBS code.
    pub buurten_of_wijk: HashMap<String, Vec<String>>,
    pub target_groups: HashMap<String, i32>,
    pub themes: HashMap<String, i32>,
}

#[derive(Deserialize)]
struct FeatureCollection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    geometry: serde_json::Value,
    properties: FeatureProperties,
}

#[derive(Deserialize)]
struct FeatureProperties {
    statcode: String,
    statnaam: String,
}

pub async fn ensure_base(db: &impl ConnectionTrait) -> Result<BaseIds, DbErr> {
    let mut ids = BaseIds::default();

    let municipality_id = ensure_area(
        db,
        None,
        AreaLevel::Municipality,
        Some(MUNICIPALITY.0),
        MUNICIPALITY.1,
        MUNICIPALITY.2,
        None,
        0,
    )
    .await?;
    ids.areas.insert(MUNICIPALITY.0.to_owned(), municipality_id);

    let wijken: FeatureCollection = serde_json::from_str(WIJKEN_GEOJSON)
        .map_err(|error| DbErr::Custom(format!("wijk boundaries: {error}")))?;
    for (order, feature) in wijken.features.iter().enumerate() {
        let code = &feature.properties.statcode;
        let name = &feature.properties.statnaam;
        let id = ensure_area(
            db,
            Some(municipality_id),
            AreaLevel::Wijk,
            Some(code),
            &slug_of(name),
            name,
            Some(feature.geometry.to_string()),
            order as i32,
        )
        .await?;
        ids.areas.insert(code.clone(), id);
    }

    for (order, (wijk_code, slug, name)) in BUURTEN.iter().enumerate() {
        let wijk_id = *ids
            .areas
            .get(*wijk_code)
            .ok_or_else(|| DbErr::Custom(format!("unknown wijk {wijk_code}")))?;
        let id = ensure_area(
            db,
            Some(wijk_id),
            AreaLevel::Buurt,
            None,
            slug,
            name,
            None,
            order as i32,
        )
        .await?;
        ids.areas.insert((*slug).to_owned(), id);
        ids.buurten_of_wijk
            .entry((*wijk_code).to_owned())
            .or_default()
            .push((*slug).to_owned());
    }

    for (order, (code, label_nl, label_en)) in TARGET_GROUPS.iter().enumerate() {
        let existing = target_group::Entity::find()
            .filter(target_group::Column::Code.eq(*code))
            .one(db)
            .await?;
        let id = match existing {
            Some(row) => row.id,
            None => {
                target_group::ActiveModel {
                    code: Set((*code).to_owned()),
                    label_nl: Set((*label_nl).to_owned()),
                    label_en: Set((*label_en).to_owned()),
                    sort_order: Set(order as i32),
                    ..Default::default()
                }
                .insert(db)
                .await?
                .id
            }
        };
        ids.target_groups.insert((*code).to_owned(), id);
    }

    for (order, (code, label_nl, label_en)) in THEMES.iter().enumerate() {
        let existing = theme::Entity::find()
            .filter(theme::Column::Code.eq(*code))
            .one(db)
            .await?;
        let id = match existing {
            Some(row) => row.id,
            None => {
                theme::ActiveModel {
                    code: Set((*code).to_owned()),
                    label_nl: Set((*label_nl).to_owned()),
                    label_en: Set((*label_en).to_owned()),
                    sort_order: Set(order as i32),
                    ..Default::default()
                }
                .insert(db)
                .await?
                .id
            }
        };
        ids.themes.insert((*code).to_owned(), id);
    }

    for (slug, name, kind, summary, website) in ORGANISATIONS {
        let exists = organisation::Entity::find()
            .filter(organisation::Column::Slug.eq(*slug))
            .one(db)
            .await?
            .is_some();
        if !exists {
            let now = Utc::now();
            organisation::ActiveModel {
                slug: Set((*slug).to_owned()),
                name: Set((*name).to_owned()),
                kind: Set((*kind).to_owned()),
                summary: Set((*summary).to_owned()),
                website: Set(website.map(str::to_owned)),
                is_demo: Set(false),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }

    Ok(ids)
}

#[expect(
    clippy::too_many_arguments,
    reason = "one call per area kind; a struct would only rename the fields"
)]
async fn ensure_area(
    db: &impl ConnectionTrait,
    parent_id: Option<i32>,
    level: AreaLevel,
    cbs_code: Option<&str>,
    slug: &str,
    name: &str,
    geometry: Option<String>,
    sort_order: i32,
) -> Result<i32, DbErr> {
    if let Some(existing) = area::Entity::find()
        .filter(area::Column::Slug.eq(slug))
        .one(db)
        .await?
    {
        return Ok(existing.id);
    }
    let inserted = area::ActiveModel {
        parent_id: Set(parent_id),
        level: Set(level.code().to_owned()),
        cbs_code: Set(cbs_code.map(str::to_owned)),
        name: Set(name.to_owned()),
        slug: Set(slug.to_owned()),
        geometry: Set(geometry),
        sort_order: Set(sort_order),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(inserted.id)
}

pub use app::initiatives::slug_of;
