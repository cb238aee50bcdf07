//! The area tree of a municipality: municipality → wijk → buurt.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod admin;
#[cfg(feature = "ssr")]
pub mod facilities;
#[cfg(feature = "ssr")]
pub mod profile;
#[cfg(feature = "ssr")]
pub mod satisfaction;
#[cfg(feature = "ssr")]
pub mod texts;

/// The level of an area in the tree. Stored as its [`AreaLevel::code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AreaLevel {
    Municipality,
    Wijk,
    Buurt,
}

impl AreaLevel {
    pub fn code(self) -> &'static str {
        match self {
            AreaLevel::Municipality => "municipality",
            AreaLevel::Wijk => "wijk",
            AreaLevel::Buurt => "buurt",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "municipality" => Some(AreaLevel::Municipality),
            "wijk" => Some(AreaLevel::Wijk),
            "buurt" => Some(AreaLevel::Buurt),
            _ => None,
        }
    }
}

/// An area as a resident picks it: a name, and the key used in URLs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaSummary {
    /// The CBS code (`WK192603`) when the area has one, else its slug.
    pub key: String,
    pub name: String,
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use entity::area;
    use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

    use super::{AreaLevel, AreaSummary};

    impl From<area::Model> for AreaSummary {
        fn from(model: area::Model) -> Self {
            AreaSummary {
                key: area_key(&model),
                name: model.name,
            }
        }
    }

    /// The key of an area in URLs: its CBS code when it has one, else its
    /// slug.
    pub fn area_key(model: &area::Model) -> String {
        model.cbs_code.clone().unwrap_or_else(|| model.slug.clone())
    }

    /// All areas of one level, in their display order.
    pub async fn areas_of_level(
        db: &DatabaseConnection,
        level: AreaLevel,
    ) -> Result<Vec<area::Model>, DbErr> {
        area::Entity::find()
            .filter(area::Column::Level.eq(level.code()))
            .order_by_asc(area::Column::SortOrder)
            .order_by_asc(area::Column::Name)
            .all(db)
            .await
    }
}
