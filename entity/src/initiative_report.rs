//! What an initiative achieved in one month, in its own words, with how
//! many people it reached.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "initiative_report")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub initiative_id: i32,
    /// The first day of the month.
    pub month: Date,
    /// The wijk where most of it happened; empty for several wijken.
    pub area_id: Option<i32>,
    pub participants: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub achieved: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
