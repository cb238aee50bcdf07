//! Creating accounts. Every user belongs to an organisation and has a role;
//! the first password is set through a one-time link.

use chrono::{DateTime, Utc};
use entity::{app_user, organisation};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

use super::Role;
use super::audit::{self, AuditAction};

#[derive(Debug, thiserror::Error)]
pub enum CreateUserError {
    #[error("“{0}” is not an e-mail address")]
    InvalidEmail(String),
    #[error("there is already an account for {0}")]
    AlreadyExists(String),
    #[error("no organisation with the short name “{0}”")]
    UnknownOrganisation(String),
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// E-mail addresses are compared in lower case, without surrounding space.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A plain check: one `@`, something before it, a dot in the domain, no
/// spaces. Whether the address works shows when the invitation arrives.
pub fn looks_like_email(email: &str) -> bool {
    let Some((name, domain)) = email.split_once('@') else {
        return false;
    };
    !name.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && email.len() <= 254
        && !email.chars().any(char::is_whitespace)
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    /// The organisation's slug, e.g. `gemeente-pijnacker-nootdorp`.
    pub organisation: &'a str,
}

/// Creates an account without a password. `actor` is the admin who did it
/// (`None` from the command line).
pub async fn create_user(
    db: &impl ConnectionTrait,
    new: NewUser<'_>,
    actor: Option<i32>,
    now: DateTime<Utc>,
) -> Result<app_user::Model, CreateUserError> {
    let email = normalise_email(new.email);
    if !looks_like_email(&email) {
        return Err(CreateUserError::InvalidEmail(new.email.trim().to_owned()));
    }
    let Some(organisation) = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(new.organisation.trim()))
        .one(db)
        .await?
    else {
        return Err(CreateUserError::UnknownOrganisation(
            new.organisation.trim().to_owned(),
        ));
    };
    if find_by_email(db, &email).await?.is_some() {
        return Err(CreateUserError::AlreadyExists(email));
    }
    let display_name = match new.display_name.trim() {
        "" => email.split('@').next().unwrap_or_default().to_owned(),
        name => name.to_owned(),
    };
    let user = app_user::ActiveModel {
        organisation_id: Set(organisation.id),
        email: Set(email),
        display_name: Set(display_name),
        role: Set(new.role.code().to_owned()),
        password_hash: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        disabled_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        now,
        actor,
        AuditAction::UserCreated,
        &audit::user_subject(user.id),
        &format!(
            "role {}, organisation {}",
            new.role.code(),
            organisation.slug
        ),
    )
    .await?;
    Ok(user)
}

pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<app_user::Model>, DbErr> {
    app_user::Entity::find()
        .filter(app_user::Column::Email.eq(normalise_email(email)))
        .one(db)
        .await
}

/// An account as the admin's list shows it.
pub struct AccountRow {
    pub display_name: String,
    pub email: String,
    pub organisation: String,
    pub role: Option<Role>,
    pub has_password: bool,
    pub has_two_factor: bool,
}

/// Every account, by organisation and name, in two queries.
pub async fn all_accounts(db: &impl ConnectionTrait) -> Result<Vec<AccountRow>, DbErr> {
    use sea_orm::QueryOrder;
    let organisations: std::collections::HashMap<i32, String> = organisation::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|organisation| (organisation.id, organisation.name))
        .collect();
    let mut rows: Vec<AccountRow> = app_user::Entity::find()
        .order_by_asc(app_user::Column::DisplayName)
        .all(db)
        .await?
        .into_iter()
        .map(|user| AccountRow {
            organisation: organisations
                .get(&user.organisation_id)
                .cloned()
                .unwrap_or_default(),
            role: Role::from_code(&user.role),
            has_password: user.password_hash.is_some(),
            has_two_factor: user.totp_enabled_at.is_some(),
            display_name: user.display_name,
            email: user.email,
        })
        .collect();
    rows.sort_by(|a, b| a.organisation.cmp(&b.organisation));
    Ok(rows)
}

/// (slug, name) of every organisation, by name: the choices of the
/// invitation form.
pub async fn organisation_choices(
    db: &impl ConnectionTrait,
) -> Result<Vec<(String, String)>, DbErr> {
    use sea_orm::QueryOrder;
    Ok(organisation::Entity::find()
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|organisation| (organisation.slug, organisation.name))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_email_checks() {
        assert!(looks_like_email("an@gemeente.example"));
        assert!(!looks_like_email("an"));
        assert!(!looks_like_email("@gemeente.example"));
        assert!(!looks_like_email("an@gemeente"));
        assert!(!looks_like_email("an de vries@gemeente.example"));
        assert!(!looks_like_email("an@@gemeente.example"));
        assert_eq!(
            normalise_email("  An@Gemeente.Example "),
            "an@gemeente.example"
        );
    }
}
