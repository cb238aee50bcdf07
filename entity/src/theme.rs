//! A taxonomy term with Dutch and English labels, editable by admins.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "theme")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Stable code used in URLs and exports, e.g. `ouderen`.
    #[sea_orm(unique)]
    pub code: String,
    pub label_nl: String,
    pub label_en: String,
    pub sort_order: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
