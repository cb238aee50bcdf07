//! A registration in the intake wizard that was not sent yet, found by the
//! SHA-256 of its secret resume token. After sending, `answers` is emptied
//! and the row only says which initiative came of it.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "intake_draft")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub token_hash: String,
    /// `app::intake::IntakeAnswers` as JSON.
    #[sea_orm(column_type = "Text")]
    pub answers: String,
    /// The contact person's address, lower case, for the AVG export and
    /// erasure (it is inside `answers` too).
    pub contact_email: Option<String>,
    pub resume_mailed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub submitted_at: Option<DateTimeUtc>,
    pub initiative_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
