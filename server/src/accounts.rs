//! Accounts from the command line: `buurtkracht create-user`.

use app::accounts::links::{LinkPurpose, create_link, link_path};
use app::accounts::users::{CreateUserError, NewUser, create_user};
use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::cli::CreateUserArgs;

/// Creates the account and returns the full address of its one-time
/// set-password link.
pub async fn create_user_with_link(
    db: &DatabaseConnection,
    public_url: &str,
    args: &CreateUserArgs,
    now: DateTime<Utc>,
) -> Result<String, CreateUserError> {
    let user = create_user(
        db,
        NewUser {
            email: &args.email,
            display_name: &args.name,
            role: args.role.into(),
            organisation: &args.organisation,
        },
        None,
        now,
    )
    .await?;
    let token = create_link(db, user.id, LinkPurpose::SetPassword, None, now).await?;
    Ok(format!(
        "{}{}",
        public_url.trim_end_matches('/'),
        link_path(&token)
    ))
}
