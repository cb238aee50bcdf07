//! Accounts for professionals: users (each in an organisation, with a
//! role), their sessions, one-time links (set or reset a password), failed
//! sign-in attempts (for lockout) and the audit log.
//!
//! Secrets are never stored as they are: session tokens and one-time link
//! tokens as SHA-256 hashes, passwords as Argon2id hashes, and sign-in
//! attempts by a hash of the e-mail address or IP address they concern.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Organisation {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum AppUser {
    Table,
    Id,
    OrganisationId,
    Email,
    DisplayName,
    Role,
    PasswordHash,
    CreatedAt,
    UpdatedAt,
    DisabledAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum UserSession {
    Table,
    Id,
    TokenHash,
    UserId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum OneTimeLink {
    Table,
    Id,
    TokenHash,
    UserId,
    Purpose,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum SignInAttempt {
    Table,
    Id,
    KeyHash,
    AttemptedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum AuditEvent {
    Table,
    Id,
    At,
    ActorUserId,
    Action,
    Subject,
    Detail,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AppUser::Table)
                    .col(pk_auto(AppUser::Id))
                    .col(integer(AppUser::OrganisationId))
                    // Stored in lower case, so that sign-in ignores case.
                    .col(string_len_uniq(AppUser::Email, 254))
                    .col(string_len(AppUser::DisplayName, 120))
                    // `admin` or `professional`.
                    .col(string_len(AppUser::Role, 20))
                    // Empty until the user sets a password with a one-time link.
                    .col(string_len_null(AppUser::PasswordHash, 200))
                    .col(timestamp_with_time_zone(AppUser::CreatedAt))
                    .col(timestamp_with_time_zone(AppUser::UpdatedAt))
                    .col(timestamp_with_time_zone_null(AppUser::DisabledAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_app_user_organisation")
                            .from(AppUser::Table, AppUser::OrganisationId)
                            .to(Organisation::Table, Organisation::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(UserSession::Table)
                    .col(pk_auto(UserSession::Id))
                    .col(string_len_uniq(UserSession::TokenHash, 64))
                    .col(integer(UserSession::UserId))
                    .col(timestamp_with_time_zone(UserSession::CreatedAt))
                    .col(timestamp_with_time_zone(UserSession::LastSeenAt))
                    // The absolute end; the idle end follows from LastSeenAt.
                    .col(timestamp_with_time_zone(UserSession::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_user_session_user")
                            .from(UserSession::Table, UserSession::UserId)
                            .to(AppUser::Table, AppUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_user_session_user")
                    .table(UserSession::Table)
                    .col(UserSession::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OneTimeLink::Table)
                    .col(pk_auto(OneTimeLink::Id))
                    .col(string_len_uniq(OneTimeLink::TokenHash, 64))
                    .col(integer(OneTimeLink::UserId))
                    // `set_password` (invitation, first password) or `reset_password`.
                    .col(string_len(OneTimeLink::Purpose, 20))
                    .col(timestamp_with_time_zone(OneTimeLink::CreatedAt))
                    .col(timestamp_with_time_zone(OneTimeLink::ExpiresAt))
                    .col(timestamp_with_time_zone_null(OneTimeLink::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_one_time_link_user")
                            .from(OneTimeLink::Table, OneTimeLink::UserId)
                            .to(AppUser::Table, AppUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SignInAttempt::Table)
                    .col(pk_auto(SignInAttempt::Id))
                    // SHA-256 of `account:<e-mail>` or `ip:<address>`.
                    .col(string_len(SignInAttempt::KeyHash, 64))
                    .col(timestamp_with_time_zone(SignInAttempt::AttemptedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sign_in_attempt_key_time")
                    .table(SignInAttempt::Table)
                    .col(SignInAttempt::KeyHash)
                    .col(SignInAttempt::AttemptedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditEvent::Table)
                    .col(pk_auto(AuditEvent::Id))
                    .col(timestamp_with_time_zone(AuditEvent::At))
                    // No foreign key: the log outlives erased users.
                    .col(integer_null(AuditEvent::ActorUserId))
                    .col(string_len(AuditEvent::Action, 60))
                    .col(string_len(AuditEvent::Subject, 200))
                    .col(text(AuditEvent::Detail))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_event_at")
                    .table(AuditEvent::Table)
                    .col(AuditEvent::At)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditEvent::Table.into_iden(),
            SignInAttempt::Table.into_iden(),
            OneTimeLink::Table.into_iden(),
            UserSession::Table.into_iden(),
            AppUser::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
