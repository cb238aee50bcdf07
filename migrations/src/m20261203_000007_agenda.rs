//! What the activiteitenkalender needs beyond a title and a time.
//!
//! - `activity` gets a public UID (a UUID, for the UID of calendar feeds:
//!   it must stay the same across fetches and edits), a SEQUENCE that goes
//!   up when the activity changes (so calendar programs take the change),
//!   wheelchair access, what to bring, coordinates for GEO, and a search
//!   text (title and description, folded as the kaart's search is).
//! - `activity_theme` and `activity_target_group`: an activity can be for
//!   several groups and on several themes. The old single column
//!   `activity.target_group_id` is copied into the new table and emptied.
//!   It stays in the table, unused, because SQLite cannot drop a column
//!   that has a foreign key.
//! - `activity_occurrence` gets the original start and a status. A date of
//!   a series is known by its activity and its original start, not by row
//!   id: cancelling or moving one date changes its row, and the address
//!   `/activiteiten/{id}/{date}` and the feed's RECURRENCE-ID stay stable.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement, Value};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Activity {
    Table,
    Id,
    PublicUid,
    Sequence,
    WheelchairAccessible,
    WhatToBring,
    Latitude,
    Longitude,
    SearchText,
}

#[derive(DeriveIden, Clone, Copy)]
enum ActivityOccurrence {
    Table,
    ActivityId,
    OriginalStartsAt,
    Status,
}

#[derive(DeriveIden, Clone, Copy)]
enum ActivityTheme {
    Table,
    ActivityId,
    ThemeId,
}

#[derive(DeriveIden, Clone, Copy)]
enum ActivityTargetGroup {
    Table,
    ActivityId,
    TargetGroupId,
}

#[derive(DeriveIden, Clone, Copy)]
enum Theme {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum TargetGroup {
    Table,
    Id,
}

/// A link table from activities to `other` (themes or target groups).
fn link_table(
    table: impl IntoIden + Copy,
    activity_id: impl IntoIden + Copy,
    other_id: impl IntoIden + Copy,
    other_table: impl IntoIden + Copy,
    other_key: impl IntoIden + Copy,
) -> TableCreateStatement {
    Table::create()
        .table(table)
        .col(integer(activity_id))
        .col(integer(other_id))
        .primary_key(Index::create().col(activity_id).col(other_id))
        .foreign_key(
            ForeignKey::create()
                .from(table, activity_id)
                .to(Activity::Table, Activity::Id)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .foreign_key(
            ForeignKey::create()
                .from(table, other_id)
                .to(other_table, other_key)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = db.get_database_backend();

        // SQLite adds one column per ALTER TABLE, and no UNIQUE column to a
        // filled table: the UID is added empty, filled, then indexed.
        for column in [
            string_len_null(Activity::PublicUid, 36),
            integer(Activity::Sequence).default(0).to_owned(),
            boolean_null(Activity::WheelchairAccessible),
            text_null(Activity::WhatToBring),
            double_null(Activity::Latitude),
            double_null(Activity::Longitude),
            text(Activity::SearchText).default("").to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Activity::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        // The app writes the search text folded (no accents, lower case);
        // rows from before get the closest thing SQL offers on both backends.
        db.execute_raw(Statement::from_string(
            backend,
            "UPDATE activity SET search_text = LOWER(title || ' ' || description)",
        ))
        .await?;
        let ids = db
            .query_all_raw(Statement::from_string(backend, "SELECT id FROM activity"))
            .await?;
        for row in ids {
            let id: i32 = row.try_get("", "id")?;
            let update = Query::update()
                .table(Activity::Table)
                .value(
                    Activity::PublicUid,
                    Value::from(uuid::Uuid::new_v4().to_string()),
                )
                .and_where(Expr::col(Activity::Id).eq(id))
                .to_owned();
            manager.exec_stmt(update).await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_activity_public_uid")
                    .table(Activity::Table)
                    .col(Activity::PublicUid)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(link_table(
                ActivityTheme::Table,
                ActivityTheme::ActivityId,
                ActivityTheme::ThemeId,
                Theme::Table,
                Theme::Id,
            ))
            .await?;
        manager
            .create_table(link_table(
                ActivityTargetGroup::Table,
                ActivityTargetGroup::ActivityId,
                ActivityTargetGroup::TargetGroupId,
                TargetGroup::Table,
                TargetGroup::Id,
            ))
            .await?;
        // The agenda's filters start from a theme or group.
        for (table, name, column) in [
            (
                ActivityTheme::Table.into_iden(),
                "idx_activity_theme_theme",
                ActivityTheme::ThemeId.into_iden(),
            ),
            (
                ActivityTargetGroup::Table.into_iden(),
                "idx_activity_target_group_group",
                ActivityTargetGroup::TargetGroupId.into_iden(),
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(table)
                        .col(column)
                        .col(Alias::new("activity_id"))
                        .to_owned(),
                )
                .await?;
        }
        db.execute_raw(Statement::from_string(
            backend,
            "INSERT INTO activity_target_group (activity_id, target_group_id) \
             SELECT id, target_group_id FROM activity WHERE target_group_id IS NOT NULL",
        ))
        .await?;
        db.execute_raw(Statement::from_string(
            backend,
            "UPDATE activity SET target_group_id = NULL",
        ))
        .await?;

        for column in [
            timestamp_with_time_zone_null(ActivityOccurrence::OriginalStartsAt),
            string_len(ActivityOccurrence::Status, 12)
                .default("scheduled")
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(ActivityOccurrence::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        db.execute_raw(Statement::from_string(
            backend,
            "UPDATE activity_occurrence SET original_starts_at = starts_at",
        ))
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_occurrence_original_start")
                    .table(ActivityOccurrence::Table)
                    .col(ActivityOccurrence::ActivityId)
                    .col(ActivityOccurrence::OriginalStartsAt)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        manager
            .drop_index(
                Index::drop()
                    .name("idx_occurrence_original_start")
                    .table(ActivityOccurrence::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            ActivityOccurrence::OriginalStartsAt,
            ActivityOccurrence::Status,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(ActivityOccurrence::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        // One target group survives per activity: the lowest id.
        db.execute_raw(Statement::from_string(
            backend,
            "UPDATE activity SET target_group_id = (SELECT MIN(target_group_id) \
             FROM activity_target_group WHERE activity_id = activity.id)",
        ))
        .await?;
        manager
            .drop_table(Table::drop().table(ActivityTargetGroup::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ActivityTheme::Table).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_activity_public_uid")
                    .table(Activity::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            Activity::PublicUid,
            Activity::Sequence,
            Activity::WheelchairAccessible,
            Activity::WhatToBring,
            Activity::Latitude,
            Activity::Longitude,
            Activity::SearchText,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Activity::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
