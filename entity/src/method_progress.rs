//! Where a wijk stands in one of the six steps of the method.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "method_progress")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub area_id: i32,
    /// 1 to 6.
    pub step: i16,
    /// `not_started`, `in_progress` or `done`.
    pub status: String,
    pub started_on: Option<Date>,
    pub done_on: Option<Date>,
    #[sea_orm(column_type = "Text")]
    pub notes: String,
    pub updated_by_user_id: Option<i32>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
