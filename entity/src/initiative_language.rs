//! The languages (ISO 639-1 codes) in which people can approach an initiative.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "initiative_language")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub initiative_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub language_code: String,
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
