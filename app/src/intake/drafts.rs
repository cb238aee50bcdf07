//! Drafts of the intake in the database, under a secret resume token. Only
//! the token's SHA-256 is stored, like every other secret link.

use chrono::{DateTime, Utc};
use entity::intake_draft;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

use super::types::IntakeAnswers;
use crate::accounts::secret::{new_token, token_hash};
use crate::forms::validate::{looks_like_email, normalise_email};

/// A draft as the wizard uses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub id: i32,
    pub answers: IntakeAnswers,
    /// Sent already: the answers are gone, the initiative exists.
    pub submitted: bool,
    pub resume_mailed: bool,
}

fn answers_json(answers: &IntakeAnswers) -> String {
    serde_json::to_string(answers).unwrap_or_else(|_| "{}".to_owned())
}

/// The address to find the draft by for the AVG, when one was typed.
fn contact_email_of(answers: &IntakeAnswers) -> Option<String> {
    let email = normalise_email(&answers.contact_email);
    looks_like_email(&email).then_some(email)
}

/// Starts a draft with the answers of step 1; returns its resume token.
pub async fn start(
    db: &impl ConnectionTrait,
    answers: &IntakeAnswers,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    let token = new_token();
    intake_draft::ActiveModel {
        token_hash: Set(token_hash(&token)),
        answers: Set(answers_json(answers)),
        contact_email: Set(contact_email_of(answers)),
        resume_mailed_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        submitted_at: Set(None),
        initiative_id: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The draft behind a resume token. A token that is not 64 hex characters
/// is not looked up at all.
pub async fn find(db: &impl ConnectionTrait, token: &str) -> Result<Option<Draft>, DbErr> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let row = intake_draft::Entity::find()
        .filter(intake_draft::Column::TokenHash.eq(token_hash(token)))
        .one(db)
        .await?;
    Ok(row.map(|row| Draft {
        id: row.id,
        // A draft saved by an older version may miss fields; they start empty.
        answers: serde_json::from_str(&row.answers).unwrap_or_default(),
        submitted: row.submitted_at.is_some(),
        resume_mailed: row.resume_mailed_at.is_some(),
    }))
}

pub async fn save(
    db: &impl ConnectionTrait,
    draft_id: i32,
    answers: &IntakeAnswers,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    intake_draft::ActiveModel {
        id: sea_orm::Unchanged(draft_id),
        answers: Set(answers_json(answers)),
        contact_email: Set(contact_email_of(answers)),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(db)
    .await
    .map(|_| ())
}

pub async fn mark_resume_mailed(
    db: &impl ConnectionTrait,
    draft_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    intake_draft::ActiveModel {
        id: sea_orm::Unchanged(draft_id),
        resume_mailed_at: Set(Some(now)),
        ..Default::default()
    }
    .update(db)
    .await
    .map(|_| ())
}

/// After sending: the answers live on in the initiative; the draft keeps
/// only which initiative came of it, so its link can say "sent already".
pub async fn mark_submitted(
    db: &impl ConnectionTrait,
    draft_id: i32,
    initiative_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    intake_draft::ActiveModel {
        id: sea_orm::Unchanged(draft_id),
        answers: Set("{}".to_owned()),
        contact_email: Set(None),
        updated_at: Set(now),
        submitted_at: Set(Some(now)),
        initiative_id: Set(Some(initiative_id)),
        ..Default::default()
    }
    .update(db)
    .await
    .map(|_| ())
}

/// Drafts untouched since `before` (retention).
pub async fn remove_untouched_since(
    db: &impl ConnectionTrait,
    before: DateTime<Utc>,
) -> Result<u64, DbErr> {
    intake_draft::Entity::delete_many()
        .filter(intake_draft::Column::UpdatedAt.lte(before))
        .exec(db)
        .await
        .map(|result| result.rows_affected)
}

/// The drafts with this contact address (AVG export and erasure).
pub fn with_contact_email(email: &str) -> Condition {
    Condition::all().add(intake_draft::Column::ContactEmail.eq(normalise_email(email)))
}
