//! Sends the queued mail (see `app::mail`): over SMTP when `SMTP_URL` is
//! set, otherwise into the outbox folder as `.eml` files (development,
//! tests, or a site that does not mail yet).
//!
//! A task in the server sends what is due every few seconds. A failed
//! attempt waits longer each time (1, 2, 4 ... minutes, at most 6 hours);
//! mail still unsent after the configured days is dropped by the retention
//! task. A sent mail is deleted from the queue at once.

use chrono::{DateTime, Duration, Utc};
use entity::outgoing_mail;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use app::mail::Outbox;

use crate::config::MailConfig;

/// How many mails one round sends at most.
const BATCH: u64 = 20;
const LONGEST_WAIT: Duration = Duration::hours(6);

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Outbox(Outbox),
}

pub struct MailSender {
    transport: Transport,
    from: Mailbox,
}

/// What one round did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub sent: usize,
    pub failed: usize,
}

impl MailSender {
    pub fn from_config(config: &MailConfig) -> Result<Self, String> {
        let from = config
            .from
            .parse()
            .map_err(|error| format!("BUURTKRACHT_MAIL_FROM: {error}"))?;
        let transport = match &config.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    // The URL may hold a password: never repeat it.
                    .map_err(|_| "SMTP_URL is not a valid SMTP address".to_owned())?
                    .build(),
            ),
            None => Transport::Outbox(Outbox::new(&config.outbox_dir)),
        };
        Ok(Self { transport, from })
    }

    /// The outbox folder, when mail goes there instead of out.
    pub fn outbox_dir(&self) -> Option<&std::path::Path> {
        match &self.transport {
            Transport::Outbox(outbox) => Some(outbox.folder()),
            Transport::Smtp(_) => None,
        }
    }

    fn message(&self, mail: &outgoing_mail::Model) -> Result<Message, String> {
        let to: Mailbox = mail
            .to_address
            .parse()
            .map_err(|_| "not a valid recipient".to_owned())?;
        // 8bit keeps the text and its long links whole and readable, also
        // in the .eml files (lettre would pick base64 for lines over 76
        // characters). 8bit is valid for lines under 998 bytes without NUL;
        // anything else gets lettre's own choice.
        let text = mail.body.replace("\r\n", "\n").replace('\n', "\r\n");
        let fits_8bit = !text.contains('\0') && text.split("\r\n").all(|line| line.len() < 998);
        let body = if fits_8bit {
            Body::dangerous_pre_encoded(text.into_bytes(), ContentTransferEncoding::EightBit)
        } else {
            Body::new(text)
        };
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&mail.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|error| error.to_string())
    }

    async fn deliver(&self, mail: &outgoing_mail::Model) -> Result<(), String> {
        let message = self.message(mail)?;
        match &self.transport {
            Transport::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|error| smtp_error_summary(&error)),
            Transport::Outbox(outbox) => {
                let name = format!(
                    "{}-{:06}.eml",
                    mail.created_at.format("%Y%m%dT%H%M%S"),
                    mail.id
                );
                outbox
                    .write(&name, &message.formatted())
                    .await
                    .map_err(|error| error.to_string())
            }
        }
    }

    /// Sends what is due; a failure is kept for a later attempt.
    pub async fn send_due(
        &self,
        db: &DatabaseConnection,
        now: DateTime<Utc>,
    ) -> Result<Round, DbErr> {
        let due = outgoing_mail::Entity::find()
            .filter(outgoing_mail::Column::NextAttemptAt.lte(now))
            .order_by_asc(outgoing_mail::Column::NextAttemptAt)
            .limit(BATCH)
            .all(db)
            .await?;
        let mut round = Round::default();
        for mail in due {
            match self.deliver(&mail).await {
                Ok(()) => {
                    outgoing_mail::Entity::delete_by_id(mail.id)
                        .exec(db)
                        .await?;
                    round.sent += 1;
                }
                Err(error) => {
                    // `error` names no recipient (see `smtp_error_summary`).
                    tracing::warn!(mail = mail.id, %error, "could not send a mail; will retry");
                    let attempts = mail.attempts + 1;
                    let mut active = mail.into_active_model();
                    active.attempts = Set(attempts);
                    active.next_attempt_at = Set(now + retry_wait(attempts));
                    active.last_error = Set(Some(error.chars().take(300).collect()));
                    active.update(db).await?;
                    round.failed += 1;
                }
            }
        }
        Ok(round)
    }
}

/// What went wrong, without the mail server's own text: that often quotes
/// the recipient's address, which must not reach the logs.
fn smtp_error_summary(error: &lettre::transport::smtp::Error) -> String {
    let kind = if error.is_permanent() {
        "permanent SMTP error"
    } else if error.is_transient() {
        "transient SMTP error"
    } else if error.is_timeout() {
        "SMTP timeout"
    } else if error.is_tls() {
        "TLS error"
    } else {
        "SMTP connection or protocol error"
    };
    match error.status() {
        Some(code) => format!("{kind} {code}"),
        None => kind.to_owned(),
    }
}

/// 1, 2, 4, 8 ... minutes after the first, second, third ... failure.
fn retry_wait(attempts: i32) -> Duration {
    let minutes = 1_i64 << attempts.clamp(1, 20).saturating_sub(1);
    Duration::minutes(minutes).min(LONGEST_WAIT)
}

/// The server's mail task.
pub async fn keep_sending(sender: MailSender, db: DatabaseConnection) {
    let mut every_few_seconds = tokio::time::interval(std::time::Duration::from_secs(2));
    loop {
        every_few_seconds.tick().await;
        if let Err(error) = sender.send_due(&db, Utc::now()).await {
            tracing::warn!(%error, "could not read the mail queue");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_each_time_up_to_six_hours() {
        assert_eq!(retry_wait(1), Duration::minutes(1));
        assert_eq!(retry_wait(2), Duration::minutes(2));
        assert_eq!(retry_wait(4), Duration::minutes(8));
        assert_eq!(retry_wait(30), Duration::hours(6));
    }
}
