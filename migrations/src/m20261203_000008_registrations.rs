//! Sign-ups for one date of an activity (aanmelden).
//!
//! A registration names the date by the activity and the date's original
//! start, like the agenda does, so moving the date keeps its sign-ups. The
//! cancel link's token is stored as its SHA-256 only. The contact details
//! are personal data: the AVG export and erasure find them by address, and
//! they are deleted a set time after the date (`Retention`).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Activity {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum ActivityRegistration {
    Table,
    Id,
    ActivityId,
    OriginalStartsAt,
    Name,
    Email,
    Phone,
    People,
    Status,
    CancelTokenHash,
    ConsentAt,
    CreatedAt,
    CancelledAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ActivityRegistration::Table)
                    .col(pk_auto(ActivityRegistration::Id))
                    .col(integer(ActivityRegistration::ActivityId))
                    .col(timestamp_with_time_zone(
                        ActivityRegistration::OriginalStartsAt,
                    ))
                    .col(string_len(ActivityRegistration::Name, 100))
                    .col(string_null(ActivityRegistration::Email))
                    .col(string_len_null(ActivityRegistration::Phone, 40))
                    .col(integer(ActivityRegistration::People))
                    .col(string_len(ActivityRegistration::Status, 12))
                    .col(string_len_uniq(ActivityRegistration::CancelTokenHash, 64))
                    .col(timestamp_with_time_zone(ActivityRegistration::ConsentAt))
                    .col(timestamp_with_time_zone(ActivityRegistration::CreatedAt))
                    .col(timestamp_with_time_zone_null(
                        ActivityRegistration::CancelledAt,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                ActivityRegistration::Table,
                                ActivityRegistration::ActivityId,
                            )
                            .to(Activity::Table, Activity::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // Places taken on one date; the waiting list in order; retention
        // by date; the AVG export by address.
        for (name, columns) in [
            (
                "idx_registration_date",
                vec![
                    ActivityRegistration::ActivityId,
                    ActivityRegistration::OriginalStartsAt,
                    ActivityRegistration::Status,
                ],
            ),
            (
                "idx_registration_starts",
                vec![ActivityRegistration::OriginalStartsAt],
            ),
            ("idx_registration_email", vec![ActivityRegistration::Email]),
        ] {
            let mut index = Index::create();
            index.name(name).table(ActivityRegistration::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ActivityRegistration::Table).to_owned())
            .await
    }
}
