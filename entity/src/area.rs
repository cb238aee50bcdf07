//! The area tree: municipality → wijk → buurt.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "area")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub parent_id: Option<i32>,
    /// `municipality`, `wijk` or `buurt`.
    pub level: String,
    /// CBS code such as `GM1926`, `WK192601` or `BU19260101`, when there is one.
    #[sea_orm(unique)]
    pub cbs_code: Option<String>,
    pub name: String,
    #[sea_orm(unique)]
    pub slug: String,
    /// A GeoJSON geometry (Polygon or MultiPolygon, WGS84 lon/lat).
    #[sea_orm(column_type = "Text", nullable)]
    pub geometry: Option<String>,
    pub sort_order: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(belongs_to = "Entity", from = "Column::ParentId", to = "Column::Id")]
    Parent,
}

impl ActiveModelBehavior for ActiveModel {}
