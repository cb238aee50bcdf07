//! One-time links to set a first password (an invitation) or a new one.
//! A link works once and for 72 hours; setting a password through it ends
//! every session the user had.

use chrono::{DateTime, Duration, Utc};
use entity::{app_user, one_time_link};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, Set,
};

use super::audit::{self, AuditAction};
use super::password::{PasswordProblem, check_new_password, hash_password};
use super::secret::{new_token, token_hash};
use super::sessions;

pub const LINK_VALID_FOR: Duration = Duration::hours(72);

/// What a link is for; stored as [`LinkPurpose::code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkPurpose {
    SetPassword,
    ResetPassword,
}

impl LinkPurpose {
    pub fn code(self) -> &'static str {
        match self {
            LinkPurpose::SetPassword => "set_password",
            LinkPurpose::ResetPassword => "reset_password",
        }
    }
}

/// The path of the page where a link's token is used.
pub fn link_path(token: &str) -> String {
    format!("/wachtwoord-instellen/{token}")
}

/// Creates a link for `user_id`; returns its token (shown or mailed once,
/// never stored as it is).
pub async fn create_link(
    db: &impl ConnectionTrait,
    user_id: i32,
    purpose: LinkPurpose,
    actor: Option<i32>,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    let token = new_token();
    one_time_link::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        purpose: Set(purpose.code().to_owned()),
        created_at: Set(now),
        expires_at: Set(now + LINK_VALID_FOR),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        now,
        actor,
        AuditAction::LinkCreated,
        &audit::user_subject(user_id),
        purpose.code(),
    )
    .await?;
    Ok(token)
}

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    /// Unknown, already used or expired: one answer for all three, so a
    /// guessed token learns nothing.
    #[error("this link does not work (any more)")]
    NotValid,
    #[error("the password does not meet the rules: {0:?}")]
    Password(PasswordProblem),
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// The account a valid, unused link belongs to.
pub async fn link_user(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> Result<app_user::Model, LinkError> {
    let link = one_time_link::Entity::find()
        .filter(one_time_link::Column::TokenHash.eq(token_hash(token)))
        .one(db)
        .await?
        .filter(|link| link.used_at.is_none() && now < link.expires_at)
        .ok_or(LinkError::NotValid)?;
    app_user::Entity::find_by_id(link.user_id)
        .one(db)
        .await?
        .filter(|user| user.disabled_at.is_none())
        .ok_or(LinkError::NotValid)
}

/// Sets the password of the link's user, uses up the link and ends the
/// user's sessions. Returns the user's id.
pub async fn set_password_with_link(
    db: &DatabaseConnection,
    token: &str,
    new_password: &str,
    now: DateTime<Utc>,
) -> Result<i32, LinkError> {
    let user = link_user(db, token, now).await?;
    check_new_password(new_password, &user.email).map_err(LinkError::Password)?;
    let hash = hash_password(new_password);

    let transaction = crate::writing::begin_writing(db).await?;
    // Mark the link used first, and only if it still is unused: two
    // requests with the same link cannot both get through.
    let marked = one_time_link::Entity::update_many()
        .col_expr(
            one_time_link::Column::UsedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(one_time_link::Column::TokenHash.eq(token_hash(token)))
        .filter(one_time_link::Column::UsedAt.is_null())
        .exec(&transaction)
        .await?;
    if marked.rows_affected != 1 {
        return Err(LinkError::NotValid);
    }
    let user_id = user.id;
    let mut active = user.into_active_model();
    active.password_hash = Set(Some(hash));
    active.updated_at = Set(now);
    active.update(&transaction).await?;
    sessions::end_all_of(&transaction, user_id).await?;
    audit::record(
        &transaction,
        now,
        Some(user_id),
        AuditAction::PasswordSet,
        &audit::user_subject(user_id),
        "",
    )
    .await?;
    transaction.commit().await?;
    Ok(user_id)
}
