//! What the intake wizard needs: drafts under a secret resume link, needs as
//! a table, the contact person (for professionals only), a declined status
//! with its reason, and beheerlinks.
//!
//! - `intake_draft`: the answers so far (JSON), found by the SHA-256 of the
//!   resume token; the contact address separately, for the AVG export and
//!   erasure. After sending, the answers are removed and the row only says
//!   which initiative came of it.
//! - `initiative_need`: what an initiative needs (space, money, volunteers
//!   …), one row per need. It replaces `initiative.looking_for_volunteers`:
//!   "looking for volunteers" is the need `volunteers`, so there is one
//!   source of truth. `initiative.needs` stays as the free-text note.
//! - `initiative` gets the contact person (name, e-mail, phone), the
//!   preferred channel and language for contact, when it was sent in, and
//!   the reason when a professional declined it.
//! - `initiative_link`: beheerlinks, stored as the SHA-256 of their token,
//!   revocable. The agenda uses the same table for volunteers' activities.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Initiative {
    Table,
    Id,
    LookingForVolunteers,
    ContactPersonName,
    ContactPersonEmail,
    ContactPersonPhone,
    PreferredChannel,
    ContactLanguage,
    SubmittedAt,
    DeclinedReason,
}

#[derive(DeriveIden, Clone, Copy)]
enum InitiativeNeed {
    Table,
    InitiativeId,
    NeedCode,
}

#[derive(DeriveIden, Clone, Copy)]
enum IntakeDraft {
    Table,
    Id,
    TokenHash,
    Answers,
    ContactEmail,
    ResumeMailedAt,
    CreatedAt,
    UpdatedAt,
    SubmittedAt,
    InitiativeId,
}

#[derive(DeriveIden, Clone, Copy)]
enum InitiativeLink {
    Table,
    Id,
    InitiativeId,
    TokenHash,
    CreatedAt,
    LastUsedAt,
    RevokedAt,
}

fn foreign_key_to_initiative(
    table: impl IntoIden,
    column: impl IntoIden,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(Initiative::Table, Initiative::Id)
        .on_delete(on_delete)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(InitiativeNeed::Table)
                    .col(integer(InitiativeNeed::InitiativeId))
                    .col(string_len(InitiativeNeed::NeedCode, 30))
                    .primary_key(
                        Index::create()
                            .col(InitiativeNeed::InitiativeId)
                            .col(InitiativeNeed::NeedCode),
                    )
                    .foreign_key(&mut foreign_key_to_initiative(
                        InitiativeNeed::Table,
                        InitiativeNeed::InitiativeId,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // The dashboard lists initiatives by need.
        manager
            .create_index(
                Index::create()
                    .name("idx_initiative_need_code")
                    .table(InitiativeNeed::Table)
                    .col(InitiativeNeed::NeedCode)
                    .col(InitiativeNeed::InitiativeId)
                    .to_owned(),
            )
            .await?;

        // "Looking for volunteers" becomes the need `volunteers`.
        let db = manager.get_connection();
        db.execute_raw(Statement::from_string(
            db.get_database_backend(),
            "INSERT INTO initiative_need (initiative_id, need_code) \
             SELECT id, 'volunteers' FROM initiative WHERE looking_for_volunteers",
        ))
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Initiative::Table)
                    .drop_column(Initiative::LookingForVolunteers)
                    .to_owned(),
            )
            .await?;

        // SQLite adds one column per ALTER TABLE.
        for column in [
            string_null(Initiative::ContactPersonName),
            string_null(Initiative::ContactPersonEmail),
            string_len_null(Initiative::ContactPersonPhone, 40),
            string_len_null(Initiative::PreferredChannel, 20),
            string_len_null(Initiative::ContactLanguage, 20),
            timestamp_with_time_zone_null(Initiative::SubmittedAt),
            text_null(Initiative::DeclinedReason),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Initiative::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(IntakeDraft::Table)
                    .col(pk_auto(IntakeDraft::Id))
                    .col(string_len_uniq(IntakeDraft::TokenHash, 64))
                    .col(text(IntakeDraft::Answers))
                    .col(string_null(IntakeDraft::ContactEmail))
                    .col(timestamp_with_time_zone_null(IntakeDraft::ResumeMailedAt))
                    .col(timestamp_with_time_zone(IntakeDraft::CreatedAt))
                    .col(timestamp_with_time_zone(IntakeDraft::UpdatedAt))
                    .col(timestamp_with_time_zone_null(IntakeDraft::SubmittedAt))
                    .col(integer_null(IntakeDraft::InitiativeId))
                    .foreign_key(&mut foreign_key_to_initiative(
                        IntakeDraft::Table,
                        IntakeDraft::InitiativeId,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        // Retention deletes old drafts; the AVG export finds them by address.
        for (name, column) in [
            ("idx_intake_draft_updated_at", IntakeDraft::UpdatedAt),
            ("idx_intake_draft_contact_email", IntakeDraft::ContactEmail),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(IntakeDraft::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(InitiativeLink::Table)
                    .col(pk_auto(InitiativeLink::Id))
                    .col(integer(InitiativeLink::InitiativeId))
                    .col(string_len_uniq(InitiativeLink::TokenHash, 64))
                    .col(timestamp_with_time_zone(InitiativeLink::CreatedAt))
                    .col(timestamp_with_time_zone_null(InitiativeLink::LastUsedAt))
                    .col(timestamp_with_time_zone_null(InitiativeLink::RevokedAt))
                    .foreign_key(&mut foreign_key_to_initiative(
                        InitiativeLink::Table,
                        InitiativeLink::InitiativeId,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_initiative_link_initiative")
                    .table(InitiativeLink::Table)
                    .col(InitiativeLink::InitiativeId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(InitiativeLink::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(IntakeDraft::Table).to_owned())
            .await?;
        for column in [
            Initiative::ContactPersonName,
            Initiative::ContactPersonEmail,
            Initiative::ContactPersonPhone,
            Initiative::PreferredChannel,
            Initiative::ContactLanguage,
            Initiative::SubmittedAt,
            Initiative::DeclinedReason,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Initiative::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Initiative::Table)
                    .add_column(boolean(Initiative::LookingForVolunteers).default(false))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        db.execute_raw(Statement::from_string(
            db.get_database_backend(),
            "UPDATE initiative SET looking_for_volunteers = TRUE WHERE id IN \
             (SELECT initiative_id FROM initiative_need WHERE need_code = 'volunteers')",
        ))
        .await?;
        manager
            .drop_table(Table::drop().table(InitiativeNeed::Table).to_owned())
            .await
    }
}
