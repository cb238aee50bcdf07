//! That personal data was erased (AVG article 17), when and by whom. It
//! holds counts, never the erased data or the e-mail address.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "erasure_record")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub erased_at: DateTimeUtc,
    pub actor_user_id: Option<i32>,
    pub summary: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
