//! A signal (signaal): something an initiative or a professional noticed
//! in a wijk, by theme. Never about a person. Professionals pick it up and
//! give feedback, which the initiative sees through its beheerlink.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "signal")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The wijk.
    pub area_id: i32,
    pub theme_id: i32,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// `open`, `picked_up` or `answered`.
    pub status: String,
    /// The initiative that passed it on (through its beheerlink).
    pub initiative_id: Option<i32>,
    /// The professional who recorded it.
    pub reported_by_user_id: Option<i32>,
    pub picked_up_by_user_id: Option<i32>,
    pub picked_up_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub feedback: Option<String>,
    pub answered_by_user_id: Option<i32>,
    pub answered_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
