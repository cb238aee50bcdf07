//! One line of the audit log: who did what to which personal data. Rows are
//! only ever added.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub at: DateTimeUtc,
    /// The user who acted; `None` for the system or the command line.
    pub actor_user_id: Option<i32>,
    /// What happened, e.g. `sign_in`, `sign_in_failed`, `user_created`.
    pub action: String,
    /// Whom or what it concerned, e.g. `user:12`.
    pub subject: String,
    #[sea_orm(column_type = "Text")]
    pub detail: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
