//! Sessions in the database, so that several app servers can share them.
//!
//! The browser's cookie holds a random 256-bit token; the database holds its
//! SHA-256. A session ends after 30 minutes without use or 12 hours after it
//! began, whichever comes first, and when the user signs out.

use chrono::{DateTime, Duration, Utc};
use entity::{app_user, user_session};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, Set,
};

use super::Role;
use super::secret::{new_token, token_hash};

pub const IDLE_TIMEOUT: Duration = Duration::minutes(30);
pub const ABSOLUTE_TIMEOUT: Duration = Duration::hours(12);
/// How long the step between password and two-factor code may take.
pub const SECOND_FACTOR_WINDOW: Duration = Duration::minutes(5);
/// "Last seen" is written at most this often, not on every request.
const LAST_SEEN_GRANULARITY: Duration = Duration::minutes(1);

/// The user behind a valid session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedIn {
    pub user_id: i32,
    pub organisation_id: i32,
    pub role: Role,
    pub display_name: String,
}

impl SignedIn {
    /// Whether this user may do what `role` may: an admin may do
    /// everything a professional may.
    pub fn has_role(&self, role: Role) -> bool {
        self.role == role || self.role == Role::Admin
    }
}

/// Starts a session for `user_id`; returns the token for the cookie.
pub async fn start(
    db: &impl ConnectionTrait,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    insert(db, user_id, now, false).await
}

/// Starts the short step between a right password and the two-factor
/// code. Such a session opens no page; [`find`] does not see it.
pub async fn start_awaiting_second_factor(
    db: &impl ConnectionTrait,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    insert(db, user_id, now, true).await
}

async fn insert(
    db: &impl ConnectionTrait,
    user_id: i32,
    now: DateTime<Utc>,
    awaiting_second_factor: bool,
) -> Result<String, DbErr> {
    let token = new_token();
    let lasts = if awaiting_second_factor {
        SECOND_FACTOR_WINDOW
    } else {
        ABSOLUTE_TIMEOUT
    };
    user_session::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + lasts),
        awaiting_second_factor: Set(awaiting_second_factor),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The user of a session that awaits its two-factor code, if it is still
/// within its five minutes.
pub async fn find_awaiting_second_factor(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<app_user::Model>, DbErr> {
    let found = user_session::Entity::find()
        .filter(user_session::Column::TokenHash.eq(token_hash(token)))
        .filter(user_session::Column::AwaitingSecondFactor.eq(true))
        .filter(user_session::Column::ExpiresAt.gt(now))
        .find_also_related(app_user::Entity)
        .one(db)
        .await?;
    Ok(found
        .and_then(|(_, user)| user)
        .filter(|user| user.disabled_at.is_none()))
}

/// The user of a session token, if the session is still valid; marks it as
/// used. An expired session is removed.
pub async fn find(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<SignedIn>, DbErr> {
    Ok(find_with_account(db, token, now)
        .await?
        .map(|(signed_in, _)| signed_in))
}

/// [`find`], with the user's account row, which the session lookup reads
/// anyway (for pages that show or change the account itself).
pub async fn find_with_account(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<(SignedIn, app_user::Model)>, DbErr> {
    let Some((session, Some(user))) = user_session::Entity::find()
        .filter(user_session::Column::TokenHash.eq(token_hash(token)))
        .filter(user_session::Column::AwaitingSecondFactor.eq(false))
        .find_also_related(app_user::Entity)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let expired = now >= session.expires_at || now - session.last_seen_at >= IDLE_TIMEOUT;
    let role = Role::from_code(&user.role);
    if expired || user.disabled_at.is_some() || role.is_none() {
        user_session::Entity::delete_by_id(session.id)
            .exec(db)
            .await?;
        return Ok(None);
    }
    if now - session.last_seen_at >= LAST_SEEN_GRANULARITY {
        let mut active = session.into_active_model();
        active.last_seen_at = Set(now);
        active.update(db).await?;
    }
    Ok(role.map(|role| {
        let signed_in = SignedIn {
            user_id: user.id,
            organisation_id: user.organisation_id,
            role,
            display_name: user.display_name.clone(),
        };
        (signed_in, user)
    }))
}

/// Ends the session of a token (signing out). Unknown tokens are fine.
pub async fn end(db: &impl ConnectionTrait, token: &str) -> Result<(), DbErr> {
    user_session::Entity::delete_many()
        .filter(user_session::Column::TokenHash.eq(token_hash(token)))
        .exec(db)
        .await
        .map(|_| ())
}

/// Ends every session of a user (after a password change, or when an
/// admin disables the account).
pub async fn end_all_of(db: &impl ConnectionTrait, user_id: i32) -> Result<(), DbErr> {
    user_session::Entity::delete_many()
        .filter(user_session::Column::UserId.eq(user_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// Removes sessions that can no longer be used (for the retention task).
pub async fn remove_expired(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    user_session::Entity::delete_many()
        .filter(
            Condition::any()
                .add(user_session::Column::ExpiresAt.lte(now))
                .add(user_session::Column::LastSeenAt.lte(now - IDLE_TIMEOUT)),
        )
        .exec(db)
        .await
        .map(|result| result.rows_affected)
}
