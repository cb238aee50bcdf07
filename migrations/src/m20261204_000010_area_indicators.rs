//! Yearly figures per area (wijkprofielen): how many people live there,
//! their ages, households, density. One row per area, year and indicator,
//! so a figure CBS adds later needs no new column. `source` says where the
//! figure comes from, because every figure is shown with its source.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Area {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum AreaIndicator {
    Table,
    Id,
    AreaId,
    Year,
    Indicator,
    Value,
    Source,
    ImportedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AreaIndicator::Table)
                    .col(pk_auto(AreaIndicator::Id))
                    .col(integer(AreaIndicator::AreaId))
                    .col(integer(AreaIndicator::Year))
                    .col(string_len(AreaIndicator::Indicator, 60))
                    .col(double(AreaIndicator::Value))
                    .col(string_len(AreaIndicator::Source, 120))
                    .col(timestamp_with_time_zone(AreaIndicator::ImportedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AreaIndicator::Table, AreaIndicator::AreaId)
                            .to(Area::Table, Area::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // One figure per area, year and indicator; a profile reads an
        // area's figures by year.
        manager
            .create_index(
                Index::create()
                    .name("idx_area_indicator_unique")
                    .table(AreaIndicator::Table)
                    .col(AreaIndicator::AreaId)
                    .col(AreaIndicator::Year)
                    .col(AreaIndicator::Indicator)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AreaIndicator::Table).to_owned())
            .await
    }
}
