//! Facilities (voorzieningen) of a wijk: a community centre, a library, a
//! GP, a school, a sports club. Admins enter them; the wijk profile lists
//! them by kind, with their address and website.

use chrono::{DateTime, Utc};
use entity::facility;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use super::texts::WijkTexts;
use crate::dashboard::posted::Problems;
use crate::initiatives::WebsiteUrl;

/// The kinds, in the order the profile lists them.
pub const FACILITY_KINDS: [&str; 8] = [
    "community_centre",
    "library",
    "gp",
    "school",
    "sports_club",
    "care",
    "shop",
    "other",
];

pub const MAX_NAME: usize = 150;
pub const MAX_ADDRESS: usize = 200;

/// A facility to add, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewFacility {
    pub kind: String,
    pub name: String,
    pub address: Option<String>,
    pub website: Option<String>,
}

/// Checks the posted fields `soort`, `naam`, `adres` and `website`.
pub fn check(pairs: &[(String, String)], texts: &WijkTexts) -> Result<NewFacility, Problems> {
    let value = |name: &str| crate::forms::posted_value(pairs, name);
    let mut problems = Problems::new();
    let kind = value("soort");
    if !FACILITY_KINDS.contains(&kind) {
        problems.push((texts.problem_kind.to_owned(), "soort"));
    }
    let name = value("naam").trim();
    if name.is_empty() {
        problems.push((texts.problem_name.to_owned(), "naam"));
    } else if name.chars().count() > MAX_NAME {
        problems.push(((texts.problem_too_long)(MAX_NAME), "naam"));
    }
    let address = value("adres").trim().to_owned();
    if address.chars().count() > MAX_ADDRESS {
        problems.push(((texts.problem_too_long)(MAX_ADDRESS), "adres"));
    }
    let website = match value("website").trim() {
        "" => None,
        typed => match WebsiteUrl::parse(typed) {
            Ok(url) => Some(url.as_str().to_owned()),
            Err(_) => {
                problems.push((texts.problem_website.to_owned(), "website"));
                None
            }
        },
    };
    if problems.is_empty() {
        Ok(NewFacility {
            kind: kind.to_owned(),
            name: name.to_owned(),
            address: (!address.is_empty()).then_some(address),
            website,
        })
    } else {
        Err(problems)
    }
}

pub async fn add(
    db: &DatabaseConnection,
    area_id: i32,
    new: NewFacility,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    facility::ActiveModel {
        area_id: Set(area_id),
        kind: Set(new.kind),
        name: Set(new.name),
        address: Set(new.address),
        website: Set(new.website),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

/// Changes a facility of `area_id`; `false` when it has no such one.
pub async fn update(
    db: &DatabaseConnection,
    area_id: i32,
    id: i32,
    changed: NewFacility,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let Some(row) = facility::Entity::find_by_id(id)
        .filter(facility::Column::AreaId.eq(area_id))
        .one(db)
        .await?
    else {
        return Ok(false);
    };
    let mut row: facility::ActiveModel = row.into();
    row.kind = Set(changed.kind);
    row.name = Set(changed.name);
    row.address = Set(changed.address);
    row.website = Set(changed.website);
    row.updated_at = Set(now);
    row.update(db).await?;
    Ok(true)
}

/// Removes a facility of `area_id`; `false` when it has no such one.
pub async fn remove(db: &DatabaseConnection, area_id: i32, id: i32) -> Result<bool, DbErr> {
    Ok(facility::Entity::delete_many()
        .filter(facility::Column::Id.eq(id))
        .filter(facility::Column::AreaId.eq(area_id))
        .exec(db)
        .await?
        .rows_affected
        > 0)
}

/// The facilities of these areas, by kind (in [`FACILITY_KINDS`] order)
/// and name.
pub async fn of_areas(
    db: &DatabaseConnection,
    area_ids: &[i32],
) -> Result<Vec<facility::Model>, DbErr> {
    let mut rows = facility::Entity::find()
        .filter(facility::Column::AreaId.is_in(area_ids.to_vec()))
        .order_by_asc(facility::Column::Name)
        .all(db)
        .await?;
    rows.sort_by_key(|row| FACILITY_KINDS.iter().position(|kind| *kind == row.kind));
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn posted(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect()
    }

    #[test]
    fn a_facility_needs_a_kind_and_a_name_and_a_website_that_is_one() {
        let texts = Locale::Nl.wijk_texts();
        let library = check(
            &posted(&[
                ("soort", "library"),
                ("naam", " Bibliotheek Delfgauw "),
                ("adres", ""),
                ("website", "www.bibliotheekoostland.nl"),
            ]),
            texts,
        )
        .unwrap();
        assert_eq!(library.name, "Bibliotheek Delfgauw");
        assert_eq!(library.address, None);
        assert_eq!(
            library.website.as_deref(),
            Some("https://www.bibliotheekoostland.nl")
        );
        let problems = check(
            &posted(&[
                ("soort", "castle"),
                ("naam", ""),
                ("website", "niet een site"),
            ]),
            texts,
        )
        .unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|(_, field)| *field).collect();
        assert_eq!(fields, ["soort", "naam", "website"]);
    }
}
