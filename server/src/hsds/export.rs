//! Published initiatives as HSDS organizations, read from the database.
//!
//! A page of initiatives costs a fixed number of queries whatever its size:
//! one for the initiatives, one per kind of link for all of them together,
//! and the (small) lists of areas, target groups and themes.

use std::collections::HashMap;

use app::initiatives::{ContactKind, InitiativeStatus, WebsiteUrl};
use chrono::{DateTime, SecondsFormat, Utc};
use entity::{
    area, initiative, initiative_area, initiative_language, initiative_target_group,
    initiative_theme, target_group, theme,
};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use super::format::{
    Attribute, Language, Location, Organization, Page, Phone, Service, ServiceArea,
    ServiceAtLocation, TaxonomyTerm,
};

/// Taxonomy terms are the same codes in every installation, so their ids are
/// derived from this fixed namespace and stay equal across exports.
const TAXONOMY_NAMESPACE: Uuid = Uuid::from_u128(0x6275_7572_746b_7261_6368_7400_0000_0002);

/// The ids of an initiative's service and its parts are derived from the
/// initiative's public id, so they are stable without being stored.
fn derived_id(parent: &Uuid, what: &str) -> String {
    Uuid::new_v5(parent, what.as_bytes()).to_string()
}

/// Which page of how many organizations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    /// Starts at 1.
    pub page: u64,
    pub per_page: u64,
}

impl Paging {
    pub const DEFAULT_PER_PAGE: u64 = 50;
    pub const MAX_PER_PAGE: u64 = 500;
}

/// Where the organizations' web pages live, for `uri`.
pub struct Site<'a> {
    pub public_url: &'a str,
}

pub async fn organizations_page(
    db: &DatabaseConnection,
    site: &Site<'_>,
    paging: Paging,
) -> Result<Page, DbErr> {
    let published = initiative::Entity::find()
        .filter(initiative::Column::Status.eq(InitiativeStatus::Published.code()));
    let total_items = published.clone().count(db).await?;
    let rows = published
        .order_by_asc(initiative::Column::Name)
        .order_by_asc(initiative::Column::Id)
        .offset((paging.page - 1).saturating_mul(paging.per_page))
        .limit(paging.per_page)
        .all(db)
        .await?;
    let contents = organizations(db, site, rows).await?;
    let total_pages = total_items.div_ceil(paging.per_page).max(1);
    Ok(Page {
        total_items,
        total_pages,
        page_number: paging.page,
        size: contents.len() as u64,
        first_page: paging.page == 1,
        last_page: paging.page >= total_pages,
        empty: contents.is_empty(),
        contents,
    })
}

/// One published initiative by its public id; `None` if there is none.
pub async fn organization(
    db: &DatabaseConnection,
    site: &Site<'_>,
    public_id: &Uuid,
) -> Result<Option<Organization>, DbErr> {
    let row = initiative::Entity::find()
        .filter(initiative::Column::PublicId.eq(public_id.to_string()))
        .filter(initiative::Column::Status.eq(InitiativeStatus::Published.code()))
        .one(db)
        .await?;
    Ok(organizations(db, site, row.into_iter().collect())
        .await?
        .pop())
}

/// Everything linked to a set of initiatives, looked up by initiative id.
struct Links {
    areas: HashMap<i32, Vec<area::Model>>,
    target_groups: HashMap<i32, Vec<target_group::Model>>,
    themes: HashMap<i32, Vec<theme::Model>>,
    languages: HashMap<i32, Vec<String>>,
    /// Wijk names by area id, to say which wijk a buurt lies in.
    wijk_names: HashMap<i32, String>,
}

/// For each initiative, the rows its (initiative id, row id) links point at.
fn grouped<T: Clone>(
    links: impl Iterator<Item = (i32, i32)>,
    rows: &HashMap<i32, T>,
) -> HashMap<i32, Vec<T>> {
    let mut by_initiative: HashMap<i32, Vec<T>> = HashMap::new();
    for (initiative_id, row_id) in links {
        if let Some(row) = rows.get(&row_id) {
            by_initiative
                .entry(initiative_id)
                .or_default()
                .push(row.clone());
        }
    }
    by_initiative
}

async fn load_links(db: &DatabaseConnection, ids: &[i32]) -> Result<Links, DbErr> {
    let all_areas: HashMap<i32, area::Model> = area::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|area| (area.id, area))
        .collect();
    let all_groups: HashMap<i32, target_group::Model> = target_group::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|group| (group.id, group))
        .collect();
    let all_themes: HashMap<i32, theme::Model> = theme::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|theme| (theme.id, theme))
        .collect();

    let mut links = Links {
        areas: HashMap::new(),
        target_groups: HashMap::new(),
        themes: HashMap::new(),
        languages: HashMap::new(),
        wijk_names: all_areas
            .values()
            .filter(|area| area.level == app::areas::AreaLevel::Wijk.code())
            .map(|area| (area.id, area.name.clone()))
            .collect(),
    };
    let area_links = initiative_area::Entity::find()
        .filter(initiative_area::Column::InitiativeId.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    links.areas = grouped(
        area_links
            .iter()
            .map(|link| (link.initiative_id, link.area_id)),
        &all_areas,
    );
    let group_links = initiative_target_group::Entity::find()
        .filter(initiative_target_group::Column::InitiativeId.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    links.target_groups = grouped(
        group_links
            .iter()
            .map(|link| (link.initiative_id, link.target_group_id)),
        &all_groups,
    );
    let theme_links = initiative_theme::Entity::find()
        .filter(initiative_theme::Column::InitiativeId.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    links.themes = grouped(
        theme_links
            .iter()
            .map(|link| (link.initiative_id, link.theme_id)),
        &all_themes,
    );
    for link in initiative_language::Entity::find()
        .filter(initiative_language::Column::InitiativeId.is_in(ids.iter().copied()))
        .all(db)
        .await?
    {
        links
            .languages
            .entry(link.initiative_id)
            .or_default()
            .push(link.language_code);
    }
    // The same order in every export: by the areas' and terms' own order.
    for areas in links.areas.values_mut() {
        areas.sort_by_key(|area| (area.sort_order, area.id));
    }
    for groups in links.target_groups.values_mut() {
        groups.sort_by_key(|group| (group.sort_order, group.id));
    }
    for themes in links.themes.values_mut() {
        themes.sort_by_key(|theme| (theme.sort_order, theme.id));
    }
    for languages in links.languages.values_mut() {
        languages.sort_by(|a, b| (a != "nl", a).cmp(&(b != "nl", b)));
    }
    Ok(links)
}

async fn organizations(
    db: &DatabaseConnection,
    site: &Site<'_>,
    rows: Vec<initiative::Model>,
) -> Result<Vec<Organization>, DbErr> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i32> = rows.iter().map(|row| row.id).collect();
    let mut links = load_links(db, &ids).await?;
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            // A row whose public id is not a UUID cannot be exported; the
            // migration gives every initiative one, so this is a safeguard.
            let public_id = Uuid::parse_str(&row.public_id).ok()?;
            Some(organization_of(site, row, public_id, &mut links))
        })
        .collect())
}

/// The public way to get in touch, split into the HSDS fields it fits.
#[derive(Default)]
struct PublicContact {
    email: Option<String>,
    website: Option<String>,
    phone: Option<(String, &'static str, Option<&'static str>)>,
}

fn public_contact(row: &initiative::Model) -> PublicContact {
    let kind = row.contact_kind.as_deref().and_then(ContactKind::from_code);
    let value = row
        .contact_value
        .as_deref()
        .map(str::trim)
        .filter(|value| !value.is_empty());
    let (Some(kind), Some(value)) = (kind, value) else {
        return PublicContact::default();
    };
    match kind {
        ContactKind::Email => PublicContact {
            email: Some(value.to_owned()),
            ..Default::default()
        },
        // Parsed again on the way out: only a safe http(s) address is shared.
        ContactKind::Website => PublicContact {
            website: WebsiteUrl::parse(value)
                .ok()
                .map(|url| url.as_str().to_owned()),
            ..Default::default()
        },
        ContactKind::Phone => PublicContact {
            phone: Some((value.to_owned(), "voice", None)),
            ..Default::default()
        },
        ContactKind::Whatsapp => PublicContact {
            phone: Some((value.to_owned(), "text", Some("WhatsApp"))),
            ..Default::default()
        },
        // Dropping by is told through the meeting place.
        ContactKind::InPerson => PublicContact::default(),
    }
}

fn timestamp(moment: DateTime<Utc>) -> String {
    moment.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn organization_of(
    site: &Site<'_>,
    row: initiative::Model,
    public_id: Uuid,
    links: &mut Links,
) -> Organization {
    let service_uuid = Uuid::new_v5(&public_id, b"service");
    let service_id = service_uuid.to_string();
    let organization_id = public_id.to_string();
    let contact = public_contact(&row);

    let service_areas = links
        .areas
        .remove(&row.id)
        .unwrap_or_default()
        .into_iter()
        .map(|area| {
            let is_wijk = area.level == app::areas::AreaLevel::Wijk.code();
            let description = match (is_wijk, &area.cbs_code) {
                (true, Some(code)) => format!("Wijk {} (CBS-wijkcode {code})", area.name),
                (true, None) => format!("Wijk {}", area.name),
                (false, _) => match area.parent_id.and_then(|id| links.wijk_names.get(&id)) {
                    Some(wijk) => format!("Buurt {} in wijk {wijk}", area.name),
                    None => format!("Buurt {}", area.name),
                },
            };
            ServiceArea {
                id: derived_id(&service_uuid, &format!("area:{}", area.slug)),
                service_id: service_id.clone(),
                extent_type: area.cbs_code.is_some().then_some("text"),
                extent: area.cbs_code,
                name: area.name,
                description,
            }
        })
        .collect();

    let languages = links
        .languages
        .remove(&row.id)
        .unwrap_or_default()
        .into_iter()
        .map(|code| Language {
            id: derived_id(&service_uuid, &format!("language:{code}")),
            service_id: service_id.clone(),
            name: (app::i18n::Locale::Nl.messages().language_name)(&code),
            code,
        })
        .collect();

    let term = |taxonomy: &'static str, link_type: &'static str, code: &str, nl: &str, en: &str| {
        let term_id = derived_id(&TAXONOMY_NAMESPACE, &format!("{taxonomy}:{code}"));
        Attribute {
            id: derived_id(&service_uuid, &format!("attribute:{taxonomy}:{code}")),
            link_id: service_id.clone(),
            link_type,
            link_entity: "service",
            taxonomy_term_id: term_id.clone(),
            taxonomy_term: TaxonomyTerm {
                id: term_id,
                code: code.to_owned(),
                name: nl.to_owned(),
                description: format!("{nl} (English: {en})"),
                taxonomy,
                language: "nl",
            },
        }
    };
    let mut attributes: Vec<Attribute> = links
        .target_groups
        .remove(&row.id)
        .unwrap_or_default()
        .iter()
        .map(|group| {
            term(
                "buurtkracht-doelgroep",
                "audience",
                &group.code,
                &group.label_nl,
                &group.label_en,
            )
        })
        .collect();
    attributes.extend(
        links
            .themes
            .remove(&row.id)
            .unwrap_or_default()
            .iter()
            .map(|theme| {
                term(
                    "buurtkracht-thema",
                    "topic",
                    &theme.code,
                    &theme.label_nl,
                    &theme.label_en,
                )
            }),
    );

    let phones = contact
        .phone
        .map(|(number, kind, description)| Phone {
            id: derived_id(&service_uuid, "phone"),
            service_id: service_id.clone(),
            number,
            kind,
            description,
        })
        .into_iter()
        .collect();

    let service_at_locations = row
        .meeting_place
        .as_deref()
        .map(str::trim)
        .filter(|place| !place.is_empty())
        .map(|place| {
            let location_id = derived_id(&service_uuid, "meeting-place");
            ServiceAtLocation {
                id: derived_id(&service_uuid, "service-at-meeting-place"),
                service_id: service_id.clone(),
                location_id: location_id.clone(),
                location: Location {
                    id: location_id,
                    location_type: "physical",
                    name: place.to_owned(),
                },
            }
        })
        .into_iter()
        .collect();

    let uri = format!(
        "{}/initiatieven/{}",
        site.public_url.trim_end_matches('/'),
        row.slug
    );
    let service = Service {
        id: service_id,
        organization_id: organization_id.clone(),
        name: row.name.clone(),
        description: row.description.clone(),
        url: contact.website.clone(),
        email: contact.email.clone(),
        status: "active",
        last_modified: timestamp(row.updated_at),
        phones,
        service_areas,
        languages,
        attributes,
        service_at_locations,
    };
    Organization {
        id: organization_id,
        name: row.name,
        description: row.description,
        email: contact.email,
        website: contact.website,
        uri,
        services: vec![service],
    }
}
