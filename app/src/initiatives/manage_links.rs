//! Beheerlinks: a volunteer's secret link to manage an initiative and its
//! activities, instead of an account. The database keeps only the SHA-256
//! of the token; a professional can revoke the links of an initiative, and
//! the volunteer can ask for a new one by e-mail.

use chrono::{DateTime, Utc};
use entity::{initiative, initiative_link};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

use crate::accounts::secret::{new_token, token_hash};

/// The address of a beheerlink, e.g. `https://…/mijn-initiatief/3f…`.
pub fn manage_url(public_url: &str, token: &str) -> String {
    format!(
        "{}/mijn-initiatief/{token}",
        public_url.trim_end_matches('/')
    )
}

/// A new link for the initiative; returns its token (shown or mailed once).
pub async fn create(
    db: &impl ConnectionTrait,
    initiative_id: i32,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    let token = new_token();
    initiative_link::ActiveModel {
        initiative_id: Set(initiative_id),
        token_hash: Set(token_hash(&token)),
        created_at: Set(now),
        last_used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The initiative a live (not revoked) link opens; notes that it was used.
pub async fn initiative_of(
    db: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<initiative::Model>, DbErr> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let Some(link) = initiative_link::Entity::find()
        .filter(initiative_link::Column::TokenHash.eq(token_hash(token)))
        .filter(initiative_link::Column::RevokedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let initiative_id = link.initiative_id;
    let mut used: initiative_link::ActiveModel = link.into();
    used.last_used_at = Set(Some(now));
    used.update(db).await?;
    initiative::Entity::find_by_id(initiative_id).one(db).await
}

/// Revokes every live link of the initiative; returns how many.
pub async fn revoke_all(
    db: &impl ConnectionTrait,
    initiative_id: i32,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    initiative_link::Entity::update_many()
        .col_expr(initiative_link::Column::RevokedAt, Expr::value(now))
        .filter(initiative_link::Column::InitiativeId.eq(initiative_id))
        .filter(initiative_link::Column::RevokedAt.is_null())
        .exec(db)
        .await
        .map(|result| result.rows_affected)
}

/// How many live links the initiative has.
pub async fn live_count(db: &impl ConnectionTrait, initiative_id: i32) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    initiative_link::Entity::find()
        .filter(initiative_link::Column::InitiativeId.eq(initiative_id))
        .filter(initiative_link::Column::RevokedAt.is_null())
        .count(db)
        .await
}
