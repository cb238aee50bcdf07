//! How far ahead a recurring activity's dates are stored.
//!
//! Dates are stored up to a horizon (see `app::calendar::horizon`), and a
//! task in the server moves that horizon along with the calendar. This
//! column remembers, per activity, up to when its dates are there, so the
//! task only touches activities that are running out. Existing rows start
//! empty: the task then continues after their last stored date.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::timestamp_with_time_zone_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Activity {
    Table,
    OccurrencesUntil,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Activity::Table)
                    .add_column(timestamp_with_time_zone_null(Activity::OccurrencesUntil))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Activity::Table)
                    .drop_column(Activity::OccurrencesUntil)
                    .to_owned(),
            )
            .await
    }
}
