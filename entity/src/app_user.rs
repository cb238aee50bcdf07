//! A professional's account: who, in which organisation, with which role.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "app_user")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organisation_id: i32,
    /// In lower case.
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    /// `admin` or `professional`.
    pub role: String,
    /// Argon2id in PHC string form; `None` until a password is set.
    pub password_hash: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub disabled_at: Option<DateTimeUtc>,
    /// The authenticator app's shared secret (base32). Without
    /// `totp_enabled_at` it is an enrolment not yet confirmed.
    pub totp_secret: Option<String>,
    pub totp_enabled_at: Option<DateTimeUtc>,
    /// The 30-second step of the last accepted code, so a code works once.
    pub totp_last_used_step: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
