//! Signing in with e-mail and password, with lockout: after 5 failed tries
//! for one account, or from one IP address, within 15 minutes, further tries
//! are refused until the oldest of those falls out of the window. The answer
//! never says whether the account exists.

use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};
use entity::sign_in_attempt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use super::audit::{self, AuditAction};
use super::password::{MAX_CHARS, verify_against_nothing, verify_password};
use super::secret::token_hash;
use super::sessions;
use super::two_factor;
use super::users::{find_by_email, normalise_email};

pub const MAX_FAILURES: u64 = 5;
pub const FAILURE_WINDOW: Duration = Duration::minutes(15);

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// Wrong e-mail address or password (which one is not told).
    #[error("e-mail address or password is not right")]
    NotRecognised,
    /// Too many failed tries; try again after this moment.
    #[error("too many tries; wait until {0}")]
    TooManyTries(DateTime<Utc>),
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// A right password: the new session's token and its user. When the user
/// has two-factor sign-in on, the session still awaits the code.
#[derive(Debug)]
pub struct SignedInNow {
    pub token: String,
    pub user_id: i32,
    pub needs_second_factor: bool,
}

pub(super) fn account_key(email: &str) -> String {
    token_hash(&format!("account:{}", normalise_email(email)))
}

fn address_key(ip: IpAddr) -> String {
    token_hash(&format!("ip:{ip}"))
}

/// When the lockout for `key` ends, if it is locked now.
async fn locked_until(
    db: &impl ConnectionTrait,
    key: &str,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    // The newest MAX_FAILURES failures in the window, in one query. The
    // lock ends once fewer than MAX_FAILURES remain in the window, i.e.
    // when the oldest of these is older than the window.
    let newest = sign_in_attempt::Entity::find()
        .filter(sign_in_attempt::Column::KeyHash.eq(key))
        .filter(sign_in_attempt::Column::AttemptedAt.gt(now - FAILURE_WINDOW))
        .order_by_desc(sign_in_attempt::Column::AttemptedAt)
        .limit(MAX_FAILURES)
        .all(db)
        .await?;
    if (newest.len() as u64) < MAX_FAILURES {
        return Ok(None);
    }
    Ok(newest
        .last()
        .map(|oldest| oldest.attempted_at + FAILURE_WINDOW))
}

async fn record_failure(
    db: &impl ConnectionTrait,
    key: String,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    sign_in_attempt::ActiveModel {
        key_hash: Set(key),
        attempted_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

/// Checks the e-mail address and password and starts a session. `ip` is
/// the client's address (`None` when unknown, e.g. in tests).
pub async fn sign_in(
    db: &impl ConnectionTrait,
    email: &str,
    password: &str,
    ip: Option<IpAddr>,
    now: DateTime<Utc>,
) -> Result<SignedInNow, SignInError> {
    let keys = lockout_keys(email, ip);
    refuse_when_locked(db, &keys, now).await?;

    let user = find_by_email(db, email).await?;
    let accepted = match &user {
        Some(user) if user.disabled_at.is_none() && password.chars().count() <= MAX_CHARS => {
            match &user.password_hash {
                Some(hash) => verify_password(password, hash),
                None => {
                    verify_against_nothing(password);
                    false
                }
            }
        }
        _ => {
            verify_against_nothing(password);
            false
        }
    };
    match user {
        Some(user) if accepted && user.totp_enabled_at.is_some() => {
            let token = sessions::start_awaiting_second_factor(db, user.id, now).await?;
            Ok(SignedInNow {
                token,
                user_id: user.id,
                needs_second_factor: true,
            })
        }
        Some(user) if accepted => Ok(start_signed_in(db, user.id, "", now).await?),
        user => {
            for key in keys {
                record_failure(db, key, now).await?;
            }
            let subject = user.map_or_else(
                || "unknown account".to_owned(),
                |user| audit::user_subject(user.id),
            );
            audit::record(db, now, None, AuditAction::SignInFailed, &subject, "").await?;
            Err(SignInError::NotRecognised)
        }
    }
}

/// The lockout counters a try counts against: the account and the address.
fn lockout_keys(email: &str, ip: Option<IpAddr>) -> Vec<String> {
    std::iter::once(account_key(email))
        .chain(ip.map(address_key))
        .collect()
}

async fn refuse_when_locked(
    db: &impl ConnectionTrait,
    keys: &[String],
    now: DateTime<Utc>,
) -> Result<(), SignInError> {
    let mut lock_ends = None;
    for key in keys {
        lock_ends = lock_ends.max(locked_until(db, key, now).await?);
    }
    if let Some(until) = lock_ends {
        audit::record(db, now, None, AuditAction::SignInLockedOut, "sign-in", "").await?;
        return Err(SignInError::TooManyTries(until));
    }
    Ok(())
}

/// The second step for users with two-factor sign-in: the code from the
/// app or a recovery code, for the session that awaits it. A wrong code
/// counts as a failed try, with the same lockout as a wrong password. On
/// success the waiting session ends and a full one starts (a new token).
pub async fn complete_second_factor(
    db: &impl ConnectionTrait,
    awaiting_token: &str,
    code: &str,
    ip: Option<IpAddr>,
    now: DateTime<Utc>,
) -> Result<SignedInNow, SecondFactorError> {
    let Some(user) = sessions::find_awaiting_second_factor(db, awaiting_token, now).await? else {
        return Err(SecondFactorError::StepExpired);
    };
    let keys = lockout_keys(&user.email, ip);
    match refuse_when_locked(db, &keys, now).await {
        Ok(()) => {}
        Err(SignInError::TooManyTries(until)) => {
            return Err(SecondFactorError::TooManyTries(until));
        }
        Err(SignInError::Database(error)) => return Err(error.into()),
        Err(SignInError::NotRecognised) => return Err(SecondFactorError::WrongCode),
    }
    let Some(factor) = two_factor::check_second_factor(db, &user, code, now).await? else {
        for key in keys {
            record_failure(db, key, now).await?;
        }
        audit::record(
            db,
            now,
            None,
            AuditAction::SecondFactorFailed,
            &audit::user_subject(user.id),
            "",
        )
        .await?;
        return Err(SecondFactorError::WrongCode);
    };
    sessions::end(db, awaiting_token).await?;
    let detail = match factor {
        two_factor::SecondFactor::AppCode => "with app code",
        two_factor::SecondFactor::RecoveryCode => "with recovery code",
    };
    Ok(start_signed_in(db, user.id, detail, now).await?)
}

/// The full session of a sign-in that is complete, and its audit line.
async fn start_signed_in(
    db: &impl ConnectionTrait,
    user_id: i32,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<SignedInNow, DbErr> {
    let token = sessions::start(db, user_id, now).await?;
    audit::record(
        db,
        now,
        Some(user_id),
        AuditAction::SignIn,
        &audit::user_subject(user_id),
        detail,
    )
    .await?;
    Ok(SignedInNow {
        token,
        user_id,
        needs_second_factor: false,
    })
}

#[derive(Debug, thiserror::Error)]
pub enum SecondFactorError {
    #[error("the code is not right")]
    WrongCode,
    /// No waiting session (never signed in, or the five minutes are over).
    #[error("sign in again")]
    StepExpired,
    #[error("too many tries; wait until {0}")]
    TooManyTries(DateTime<Utc>),
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Removes failed tries that no longer count (for the retention task).
pub async fn remove_old_attempts(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    sign_in_attempt::Entity::delete_many()
        .filter(sign_in_attempt::Column::AttemptedAt.lte(now - FAILURE_WINDOW))
        .exec(db)
        .await
        .map(|result| result.rows_affected)
}
