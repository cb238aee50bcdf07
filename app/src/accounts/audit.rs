//! The audit log: every sign-in, failed sign-in, account change and (later)
//! view, change or export of personal data. Rows are only ever added; the
//! app has no code that edits or deletes them.

use chrono::{DateTime, Utc};
use entity::audit_event;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

/// What happened; stored as [`AuditAction::code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditAction {
    UserCreated,
    LinkCreated,
    PasswordSet,
    SignIn,
    SignInFailed,
    SignInLockedOut,
    SignOut,
    /// An admin looked at the list of accounts (personal data).
    AccountsViewed,
    /// Somebody asked for a password reset for an existing account.
    PasswordResetRequested,
    /// A mail with a one-time link was queued (invitation or reset).
    MailQueued,
    SecondFactorFailed,
    TwoFactorEnabled,
    TwoFactorDisabled,
    /// An admin read the audit log.
    AuditLogViewed,
    /// An admin exported everything stored about an e-mail address.
    PersonalDataExported,
    /// An admin erased everything stored about an e-mail address.
    PersonalDataErased,
    RoleChanged,
    AccountDisabled,
    AccountEnabled,
    /// An admin looked at one account (personal data).
    AccountViewed,
    /// A volunteer sent an initiative in through the intake.
    InitiativeSubmitted,
    /// A professional looked at an initiative with its contact person (personal data).
    InitiativeViewed,
    InitiativeApproved,
    InitiativeDeclined,
    /// A professional mailed a question to an initiative's contact person.
    QuestionSent,
    ManageLinksRevoked,
    /// A volunteer asked for a new beheerlink, and it was mailed.
    ManageLinkMailed,
    /// A professional downloaded a dashboard file with contact details.
    ContactDetailsExported,
}

impl AuditAction {
    pub fn code(self) -> &'static str {
        match self {
            AuditAction::UserCreated => "user_created",
            AuditAction::LinkCreated => "link_created",
            AuditAction::PasswordSet => "password_set",
            AuditAction::SignIn => "sign_in",
            AuditAction::SignInFailed => "sign_in_failed",
            AuditAction::SignInLockedOut => "sign_in_locked_out",
            AuditAction::SignOut => "sign_out",
            AuditAction::AccountsViewed => "accounts_viewed",
            AuditAction::PasswordResetRequested => "password_reset_requested",
            AuditAction::MailQueued => "mail_queued",
            AuditAction::SecondFactorFailed => "second_factor_failed",
            AuditAction::TwoFactorEnabled => "two_factor_enabled",
            AuditAction::TwoFactorDisabled => "two_factor_disabled",
            AuditAction::AuditLogViewed => "audit_log_viewed",
            AuditAction::PersonalDataExported => "personal_data_exported",
            AuditAction::PersonalDataErased => "personal_data_erased",
            AuditAction::RoleChanged => "role_changed",
            AuditAction::AccountDisabled => "account_disabled",
            AuditAction::AccountEnabled => "account_enabled",
            AuditAction::AccountViewed => "account_viewed",
            AuditAction::InitiativeSubmitted => "initiative_submitted",
            AuditAction::InitiativeViewed => "initiative_viewed",
            AuditAction::InitiativeApproved => "initiative_approved",
            AuditAction::InitiativeDeclined => "initiative_declined",
            AuditAction::QuestionSent => "question_sent",
            AuditAction::ManageLinksRevoked => "manage_links_revoked",
            AuditAction::ManageLinkMailed => "manage_link_mailed",
            AuditAction::ContactDetailsExported => "contact_details_exported",
        }
    }

    /// Every action: each must have a label in the log viewer (tested in
    /// `texts.rs`).
    pub const ALL: [AuditAction; 28] = [
        AuditAction::UserCreated,
        AuditAction::LinkCreated,
        AuditAction::PasswordSet,
        AuditAction::SignIn,
        AuditAction::SignInFailed,
        AuditAction::SignInLockedOut,
        AuditAction::SignOut,
        AuditAction::AccountsViewed,
        AuditAction::PasswordResetRequested,
        AuditAction::MailQueued,
        AuditAction::SecondFactorFailed,
        AuditAction::TwoFactorEnabled,
        AuditAction::TwoFactorDisabled,
        AuditAction::AuditLogViewed,
        AuditAction::PersonalDataExported,
        AuditAction::PersonalDataErased,
        AuditAction::RoleChanged,
        AuditAction::AccountDisabled,
        AuditAction::AccountEnabled,
        AuditAction::AccountViewed,
        AuditAction::InitiativeSubmitted,
        AuditAction::InitiativeViewed,
        AuditAction::InitiativeApproved,
        AuditAction::InitiativeDeclined,
        AuditAction::QuestionSent,
        AuditAction::ManageLinksRevoked,
        AuditAction::ManageLinkMailed,
        AuditAction::ContactDetailsExported,
    ];
}

/// Adds a line to the log. `detail` must not hold secrets or passwords.
pub async fn record(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    actor_user_id: Option<i32>,
    action: AuditAction,
    subject: &str,
    detail: &str,
) -> Result<(), DbErr> {
    audit_event::ActiveModel {
        at: Set(now),
        actor_user_id: Set(actor_user_id),
        action: Set(action.code().to_owned()),
        subject: Set(subject.to_owned()),
        detail: Set(detail.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

/// How the log names a user.
pub fn user_subject(user_id: i32) -> String {
    format!("user:{user_id}")
}
