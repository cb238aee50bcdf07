//! One line of a partnership's contact log: a contact moment, or the
//! hand-over to another fixed contact person.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partnership_contact")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub partnership_id: i32,
    /// `contact` or `handover`.
    pub kind: String,
    pub happened_on: Date,
    /// How the contact went: `email`, `phone`, `whatsapp` or `in_person`.
    pub channel: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    /// For a hand-over: the contact person before and after.
    pub from_user_id: Option<i32>,
    pub to_user_id: Option<i32>,
    pub recorded_by_user_id: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
