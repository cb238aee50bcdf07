//! A partnership between an initiative and a professional organisation
//! (KIS points 1, 6 and 7): who at the organisation is the initiative's
//! fixed contact person, what they agreed, and how to communicate.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partnership")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub initiative_id: i32,
    pub organisation_id: i32,
    /// The fixed contact person: a professional's account. Empty while
    /// nobody is named, or after the account was removed.
    pub contact_user_id: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub agreements: String,
    /// How the initiative likes to be reached, with the intake's codes:
    /// `email`, `phone`, `whatsapp` or `in_person`.
    pub preferred_channel: Option<String>,
    /// The language to write in, with the intake's codes: `nl` (plain
    /// Dutch, B1), `nl_simple` (very simple Dutch) or `en`.
    pub language_level: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
