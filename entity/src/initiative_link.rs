//! A beheerlink: a volunteer's secret link to manage their initiative and
//! its activities, without an account. Stored as the SHA-256 of its token.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "initiative_link")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub initiative_id: i32,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub created_at: DateTimeUtc,
    pub last_used_at: Option<DateTimeUtc>,
    /// A revoked link opens nothing any more.
    pub revoked_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::initiative::Entity",
        from = "Column::InitiativeId",
        to = "super::initiative::Column::Id",
        on_delete = "Cascade"
    )]
    Initiative,
}

impl Related<super::initiative::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Initiative.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
