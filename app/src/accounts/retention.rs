//! Personal data without a purpose is deleted: a task in the server calls
//! [`clear_away`] every quarter of an hour. What is kept how long is set by
//! [`Retention`] (from the configuration) and shown on the privacy page.

use chrono::{DateTime, Duration, Utc};
use entity::{audit_event, one_time_link, outgoing_mail};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::Retention;
use super::{sessions, sign_in};
use crate::mail::Outbox;

/// How many rows of each kind were deleted.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Cleared {
    pub sessions: u64,
    pub sign_in_attempts: u64,
    pub links: u64,
    pub unsent_mail: u64,
    /// Files in the outbox folder: mail that never reached anyone either.
    pub outbox_files: u64,
    pub audit_events: u64,
    pub intake_drafts: u64,
    pub registrations: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum RetentionError {
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error("outbox folder: {0}")]
    OutboxFolder(#[from] std::io::Error),
}

pub async fn clear_away(
    db: &impl ConnectionTrait,
    retention: &Retention,
    outbox: &Outbox,
    now: DateTime<Utc>,
) -> Result<Cleared, RetentionError> {
    let links_before = now - Duration::days(retention.used_links_days);
    let links = one_time_link::Entity::delete_many()
        .filter(
            Condition::any()
                .add(one_time_link::Column::UsedAt.lte(links_before))
                .add(one_time_link::Column::ExpiresAt.lte(links_before)),
        )
        .exec(db)
        .await?
        .rows_affected;
    let mail_before = now - Duration::days(retention.unsent_mail_days);
    let unsent_mail = outgoing_mail::Entity::delete_many()
        .filter(outgoing_mail::Column::CreatedAt.lte(mail_before))
        .exec(db)
        .await?
        .rows_affected;
    let outbox_files = outbox.remove_written_before(mail_before).await?;
    let intake_drafts = crate::intake::drafts::remove_untouched_since(
        db,
        now - Duration::days(retention.intake_draft_days),
    )
    .await?;
    let registrations = crate::calendar::signup::remove_before(
        db,
        now - Duration::days(retention.registration_days),
    )
    .await?;
    let audit_events = audit_event::Entity::delete_many()
        .filter(audit_event::Column::At.lte(now - Duration::days(retention.audit_log_days)))
        .exec(db)
        .await?
        .rows_affected;
    Ok(Cleared {
        sessions: sessions::remove_expired(db, now).await?,
        sign_in_attempts: sign_in::remove_old_attempts(db, now).await?,
        links,
        unsent_mail,
        outbox_files,
        audit_events,
        intake_drafts,
        registrations,
    })
}
