//! Outgoing e-mail, queued in the database.
//!
//! A request that wants to send mail (an invitation, a password reset) only
//! adds a row here, in its own transaction; the server's mail task sends it
//! (see `server/src/mail.rs`) and retries when that fails. So a slow or
//! broken mail server never slows down or breaks the user's request.

pub mod outbox;

pub use outbox::Outbox;

use chrono::{DateTime, Utc};
use entity::outgoing_mail;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

/// A mail ready to queue. The body is plain text: it reads well in every
/// mail program and screen reader, and has nothing to render or track.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// Adds `mail` to the queue; the mail task picks it up within seconds.
pub async fn queue(db: &impl ConnectionTrait, mail: Mail, now: DateTime<Utc>) -> Result<(), DbErr> {
    outgoing_mail::ActiveModel {
        to_address: Set(mail.to),
        subject: Set(mail.subject),
        body: Set(mail.body),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        last_error: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}
