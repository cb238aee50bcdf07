//! Creating accounts. Every user belongs to an organisation and has a role;
//! the first password is set through a one-time link.

use chrono::{DateTime, Utc};
use entity::{app_user, organisation};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, Set, TransactionSession, TransactionTrait,
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

pub use crate::forms::validate::{looks_like_email, normalise_email};

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

/// A change an admin makes to someone else's account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountChange {
    Role(Role),
    /// The account can no longer sign in; its sessions end.
    Disable,
    Enable,
}

#[derive(Debug, thiserror::Error)]
pub enum ChangeAccountError {
    /// Admins do not change their own role or switch themselves off: the
    /// site would be left without an admin.
    #[error("admins cannot change their own account here")]
    OwnAccount,
    #[error("no such account")]
    NotFound,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Changes the role or the state of an account, and logs it.
pub async fn change_account(
    db: &impl TransactionTrait,
    admin_user_id: i32,
    user_id: i32,
    change: AccountChange,
    now: DateTime<Utc>,
) -> Result<(), ChangeAccountError> {
    if user_id == admin_user_id {
        return Err(ChangeAccountError::OwnAccount);
    }
    let transaction = crate::writing::begin_writing(db).await?;
    let user = app_user::Entity::find_by_id(user_id)
        .one(&transaction)
        .await?
        .ok_or(ChangeAccountError::NotFound)?;
    let (action, detail) = match change {
        AccountChange::Role(role) => (
            AuditAction::RoleChanged,
            format!("{} -> {}", user.role, role.code()),
        ),
        AccountChange::Disable => (AuditAction::AccountDisabled, String::new()),
        AccountChange::Enable => (AuditAction::AccountEnabled, String::new()),
    };
    let mut active = user.into_active_model();
    match change {
        AccountChange::Role(role) => active.role = Set(role.code().to_owned()),
        AccountChange::Disable => active.disabled_at = Set(Some(now)),
        AccountChange::Enable => active.disabled_at = Set(None),
    }
    active.updated_at = Set(now);
    active.update(&transaction).await?;
    if change == AccountChange::Disable {
        super::sessions::end_all_of(&transaction, user_id).await?;
    }
    audit::record(
        &transaction,
        now,
        Some(admin_user_id),
        action,
        &audit::user_subject(user_id),
        &detail,
    )
    .await?;
    transaction.commit().await?;
    Ok(())
}

/// The name of an organisation, or nothing when it is gone.
pub async fn organisation_name(db: &impl ConnectionTrait, id: i32) -> Result<String, DbErr> {
    Ok(organisation::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|organisation| organisation.name)
        .unwrap_or_default())
}

/// One account with its organisation's name, for the admin's page.
pub struct AccountDetails {
    pub user: app_user::Model,
    pub organisation: String,
}

/// The account with number `key` (from an address), if there is one.
pub async fn account_details(
    db: &impl ConnectionTrait,
    key: &str,
) -> Result<Option<AccountDetails>, DbErr> {
    let Ok(id) = key.parse::<i32>() else {
        return Ok(None);
    };
    let Some(user) = app_user::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let organisation = organisation_name(db, user.organisation_id).await?;
    Ok(Some(AccountDetails { user, organisation }))
}

/// An account as the admin's list shows it.
pub struct AccountRow {
    pub id: i32,
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
            id: user.id,
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
