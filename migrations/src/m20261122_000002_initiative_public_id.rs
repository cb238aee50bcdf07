//! A stable public identifier (UUID) per initiative, for the outside world:
//! Open Referral HSDS exports and links that must not reveal row numbers.
//!
//! Existing rows get a fresh random UUID. SQLite cannot add a UNIQUE column
//! to a filled table, so the column is added nullable, filled, and then
//! guarded by a unique index.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement, Value};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Initiative {
    Table,
    Id,
    PublicId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Initiative::Table)
                    .add_column(ColumnDef::new(Initiative::PublicId).string_len(36).null())
                    .to_owned(),
            )
            .await?;

        let db = manager.get_connection();
        let backend = db.get_database_backend();
        let ids = db
            .query_all_raw(Statement::from_string(backend, "SELECT id FROM initiative"))
            .await?;
        for row in ids {
            let id: i32 = row.try_get("", "id")?;
            let update = Query::update()
                .table(Initiative::Table)
                .value(
                    Initiative::PublicId,
                    Value::from(uuid::Uuid::new_v4().to_string()),
                )
                .and_where(Expr::col(Initiative::Id).eq(id))
                .to_owned();
            manager.exec_stmt(update).await?;
        }

        manager
            .create_index(
                Index::create()
                    .name("idx_initiative_public_id")
                    .table(Initiative::Table)
                    .col(Initiative::PublicId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_initiative_public_id")
                    .table(Initiative::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Initiative::Table)
                    .drop_column(Initiative::PublicId)
                    .to_owned(),
            )
            .await
    }
}
