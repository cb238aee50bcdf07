//! Mails with a one-time link: an admin invites a professional, or a user
//! who forgot the password asks for a new one. Both queue the mail in the
//! same transaction as the link, so there is never a link without its mail
//! or the other way round.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, EntityTrait};

use super::Role;
use super::audit::{self, AuditAction};
use super::links::{LinkPurpose, create_link, link_path};
use super::texts::AccountTexts;
use super::users::{
    CreateUserError, NewUser, create_user, find_by_email, looks_like_email, organisation_name,
};
use crate::mail::{self, Mail};

/// The longest display name the database takes.
pub const MAX_NAME_CHARS: usize = 120;

/// Something wrong with an invitation form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InviteProblem {
    EmailMissing,
    EmailInvalid,
    AlreadyExists,
    OrganisationMissing,
    NameTooLong,
}

/// What an admin filled in.
pub struct Invitation<'a> {
    pub email: &'a str,
    pub name: &'a str,
    /// The organisation's slug.
    pub organisation: &'a str,
    pub role: Role,
}

#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    #[error("the form has problems")]
    Problems(Vec<InviteProblem>),
    #[error(transparent)]
    Database(#[from] DbErr),
}

fn full_link(public_url: &str, token: &str) -> String {
    format!("{}{}", public_url.trim_end_matches('/'), link_path(token))
}

/// Queues a mail with a one-time link, and logs who sent it to whom.
async fn queue_link_mail(
    db: &impl ConnectionTrait,
    mail: Mail,
    actor_user_id: Option<i32>,
    user_id: i32,
    what: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    mail::queue(db, mail, now).await?;
    audit::record(
        db,
        now,
        actor_user_id,
        AuditAction::MailQueued,
        &audit::user_subject(user_id),
        what,
    )
    .await
}

/// Creates the account, its 72-hour link and the invitation mail.
pub async fn invite(
    db: &DatabaseConnection,
    invitation: Invitation<'_>,
    admin_user_id: i32,
    public_url: &str,
    texts: &AccountTexts,
    now: DateTime<Utc>,
) -> Result<(), InviteError> {
    let email = invitation.email.trim();
    let mut problems = Vec::new();
    if email.is_empty() {
        problems.push(InviteProblem::EmailMissing);
    } else if !looks_like_email(email) {
        problems.push(InviteProblem::EmailInvalid);
    } else if find_by_email(db, email).await?.is_some() {
        problems.push(InviteProblem::AlreadyExists);
    }
    if invitation.name.trim().chars().count() > MAX_NAME_CHARS {
        problems.push(InviteProblem::NameTooLong);
    }
    if invitation.organisation.trim().is_empty() {
        problems.push(InviteProblem::OrganisationMissing);
    }
    if !problems.is_empty() {
        return Err(InviteError::Problems(problems));
    }

    let transaction = crate::writing::begin_writing(db).await?;
    let new_user = NewUser {
        email,
        display_name: invitation.name,
        role: invitation.role,
        organisation: invitation.organisation,
    };
    let user = match create_user(&transaction, new_user, Some(admin_user_id), now).await {
        Ok(user) => user,
        Err(CreateUserError::InvalidEmail(_)) => {
            return Err(InviteError::Problems(vec![InviteProblem::EmailInvalid]));
        }
        // Another admin was quicker; the unique index caught it.
        Err(CreateUserError::AlreadyExists(_)) => {
            return Err(InviteError::Problems(vec![InviteProblem::AlreadyExists]));
        }
        Err(CreateUserError::UnknownOrganisation(_)) => {
            return Err(InviteError::Problems(vec![
                InviteProblem::OrganisationMissing,
            ]));
        }
        Err(CreateUserError::Database(error)) => return Err(error.into()),
    };
    let token = create_link(
        &transaction,
        user.id,
        LinkPurpose::SetPassword,
        Some(admin_user_id),
        now,
    )
    .await?;
    let organisation_name = organisation_name(&transaction, user.organisation_id).await?;
    let mail = Mail {
        to: user.email.clone(),
        subject: texts.invite_mail_subject.to_owned(),
        body: (texts.invite_mail_body)(
            &user.display_name,
            &organisation_name,
            &full_link(public_url, &token),
        ),
    };
    queue_link_mail(
        &transaction,
        mail,
        Some(admin_user_id),
        user.id,
        "invitation",
        now,
    )
    .await?;
    transaction.commit().await?;
    Ok(())
}

/// Queues a reset mail when `email` belongs to an account that may sign
/// in. The caller answers the same either way, so the form does not tell
/// who has an account.
pub async fn request_password_reset(
    db: &DatabaseConnection,
    email: &str,
    public_url: &str,
    texts: &AccountTexts,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let Some(user) = find_by_email(db, email).await? else {
        return Ok(());
    };
    if user.disabled_at.is_some() {
        return Ok(());
    }
    let transaction = crate::writing::begin_writing(db).await?;
    let token = create_link(&transaction, user.id, LinkPurpose::ResetPassword, None, now).await?;
    let mail = Mail {
        to: user.email.clone(),
        subject: texts.reset_mail_subject.to_owned(),
        body: (texts.reset_mail_body)(&full_link(public_url, &token)),
    };
    mail::queue(&transaction, mail, now).await?;
    audit::record(
        &transaction,
        now,
        None,
        AuditAction::PasswordResetRequested,
        &audit::user_subject(user.id),
        "",
    )
    .await?;
    transaction.commit().await
}

/// Mails a new one-time link to an existing account, for when the first
/// link expired or the user cannot sign in: a set-password link when the
/// account never had a password, a reset link otherwise.
pub async fn mail_new_link(
    db: &DatabaseConnection,
    user_id: i32,
    admin_user_id: i32,
    public_url: &str,
    texts: &AccountTexts,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let Some(user) = entity::app_user::Entity::find_by_id(user_id)
        .one(db)
        .await?
    else {
        return Ok(false);
    };
    let transaction = crate::writing::begin_writing(db).await?;
    let purpose = if user.password_hash.is_none() {
        LinkPurpose::SetPassword
    } else {
        LinkPurpose::ResetPassword
    };
    let token = create_link(&transaction, user.id, purpose, Some(admin_user_id), now).await?;
    let link = full_link(public_url, &token);
    let queued = match purpose {
        LinkPurpose::SetPassword => {
            let organisation_name = organisation_name(&transaction, user.organisation_id).await?;
            Mail {
                to: user.email.clone(),
                subject: texts.invite_mail_subject.to_owned(),
                body: (texts.invite_mail_body)(&user.display_name, &organisation_name, &link),
            }
        }
        LinkPurpose::ResetPassword => Mail {
            to: user.email.clone(),
            subject: texts.reset_mail_subject.to_owned(),
            body: (texts.reset_mail_body)(&link),
        },
    };
    queue_link_mail(
        &transaction,
        queued,
        Some(admin_user_id),
        user.id,
        purpose.code(),
        now,
    )
    .await?;
    transaction.commit().await?;
    Ok(true)
}
