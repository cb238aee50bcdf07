//! Outgoing e-mail, two-factor sign-in and the record of erasures.
//!
//! - `outgoing_mail`: mail waits here until it is sent; a failed attempt is
//!   retried later, so sending never holds up (or fails) a user's request.
//! - `app_user.totp_secret` / `totp_enabled_at`: the shared secret of an
//!   authenticator app. A secret without `totp_enabled_at` is an enrolment
//!   that was started but not yet confirmed with a code. `totp_last_used_step`
//!   is the 30-second step of the last accepted code: a code works once.
//! - `recovery_code`: one-use codes for when the phone is lost, hashed.
//! - `user_session.awaiting_second_factor`: a session after the password
//!   but before the code; it opens nothing.
//! - `erasure_record`: that personal data was erased, when and by whom,
//!   without the data itself.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum OutgoingMail {
    Table,
    Id,
    ToAddress,
    Subject,
    Body,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    LastError,
}

#[derive(DeriveIden, Clone, Copy)]
enum AppUser {
    Table,
    Id,
    TotpSecret,
    TotpEnabledAt,
    TotpLastUsedStep,
}

#[derive(DeriveIden, Clone, Copy)]
enum RecoveryCode {
    Table,
    Id,
    UserId,
    CodeHash,
    UsedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum UserSession {
    Table,
    AwaitingSecondFactor,
}

#[derive(DeriveIden, Clone, Copy)]
enum ErasureRecord {
    Table,
    Id,
    ErasedAt,
    ActorUserId,
    Summary,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OutgoingMail::Table)
                    .col(pk_auto(OutgoingMail::Id))
                    .col(string_len(OutgoingMail::ToAddress, 254))
                    .col(string_len(OutgoingMail::Subject, 200))
                    .col(text(OutgoingMail::Body))
                    .col(timestamp_with_time_zone(OutgoingMail::CreatedAt))
                    .col(integer(OutgoingMail::Attempts).default(0))
                    .col(timestamp_with_time_zone(OutgoingMail::NextAttemptAt))
                    .col(string_len_null(OutgoingMail::LastError, 300))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outgoing_mail_next_attempt")
                    .table(OutgoingMail::Table)
                    .col(OutgoingMail::NextAttemptAt)
                    .to_owned(),
            )
            .await?;

        // SQLite adds one column per ALTER TABLE.
        for column in [
            AppUser::TotpSecret,
            AppUser::TotpEnabledAt,
            AppUser::TotpLastUsedStep,
        ] {
            let mut definition = match column {
                AppUser::TotpSecret => string_len_null(column, 64),
                AppUser::TotpEnabledAt => timestamp_with_time_zone_null(column),
                _ => big_integer_null(column),
            };
            manager
                .alter_table(
                    Table::alter()
                        .table(AppUser::Table)
                        .add_column(&mut definition)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(RecoveryCode::Table)
                    .col(pk_auto(RecoveryCode::Id))
                    .col(integer(RecoveryCode::UserId))
                    .col(string_len(RecoveryCode::CodeHash, 64))
                    .col(timestamp_with_time_zone_null(RecoveryCode::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_recovery_code_user")
                            .from(RecoveryCode::Table, RecoveryCode::UserId)
                            .to(AppUser::Table, AppUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_recovery_code_user")
                    .table(RecoveryCode::Table)
                    .col(RecoveryCode::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(UserSession::Table)
                    .add_column(boolean(UserSession::AwaitingSecondFactor).default(false))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ErasureRecord::Table)
                    .col(pk_auto(ErasureRecord::Id))
                    .col(timestamp_with_time_zone(ErasureRecord::ErasedAt))
                    // No foreign key: the admin may be erased later too.
                    .col(integer_null(ErasureRecord::ActorUserId))
                    // What was erased, in counts; never the address itself.
                    .col(string_len(ErasureRecord::Summary, 300))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ErasureRecord::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(UserSession::Table)
                    .drop_column(UserSession::AwaitingSecondFactor)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(RecoveryCode::Table).to_owned())
            .await?;
        for column in [
            AppUser::TotpLastUsedStep,
            AppUser::TotpEnabledAt,
            AppUser::TotpSecret,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AppUser::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(OutgoingMail::Table).to_owned())
            .await
    }
}
