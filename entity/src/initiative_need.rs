//! What an initiative needs (space, money, volunteers …), one row each. The
//! codes are `app::intake::NEEDS`; "looking for volunteers" is `volunteers`.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "initiative_need")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub initiative_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub need_code: String,
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
