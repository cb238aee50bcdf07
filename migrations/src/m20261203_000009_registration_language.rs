//! The language someone signed up in, so that later mails about their date
//! (it moved, it is called off, a place came free) are in that language
//! too. Sign-ups from before this column are taken as Dutch.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::string_len;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ActivityRegistration {
    Table,
    Language,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ActivityRegistration::Table)
                    .add_column(string_len(ActivityRegistration::Language, 5).default("nl"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ActivityRegistration::Table)
                    .drop_column(ActivityRegistration::Language)
                    .to_owned(),
            )
            .await
    }
}
