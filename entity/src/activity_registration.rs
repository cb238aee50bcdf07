//! Someone's sign-up for one date of an activity: who, how many people,
//! and whether they have a place or are on the waiting list.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "activity_registration")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub activity_id: i32,
    /// With the activity, names the date (as `activity_occurrence` does).
    pub original_starts_at: DateTimeUtc,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub people: i32,
    /// `confirmed`, `waiting` or `cancelled` (see `app::calendar::signup`).
    pub status: String,
    /// SHA-256 of the secret in the cancel link.
    #[sea_orm(unique)]
    pub cancel_token_hash: String,
    pub consent_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
    pub cancelled_at: Option<DateTimeUtc>,
    /// The language of the sign-up (`nl`, `en`): later mails use it.
    pub language: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::activity::Entity",
        from = "Column::ActivityId",
        to = "super::activity::Column::Id",
        on_delete = "Cascade"
    )]
    Activity,
}

impl Related<super::activity::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Activity.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
