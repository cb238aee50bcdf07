//! Accounts for professionals (municipality, welfare and care organisations).
//! Residents and volunteers never need one.
//!
//! Everything that touches secrets runs on the server only (`ssr`): password
//! hashing, sessions, one-time links, lockout after failed sign-ins, and the
//! audit log of who did what.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
mod admin_views;
#[cfg(feature = "ssr")]
pub mod audit;
#[cfg(feature = "ssr")]
pub mod audit_log_view;
#[cfg(feature = "ssr")]
pub mod forms;
#[cfg(feature = "ssr")]
pub mod invitations;
#[cfg(feature = "ssr")]
pub mod links;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod personal_data;
#[cfg(feature = "ssr")]
pub mod retention;
#[cfg(feature = "ssr")]
pub mod sessions;
#[cfg(feature = "ssr")]
pub mod sign_in;
#[cfg(feature = "ssr")]
mod sign_in_views;
#[cfg(feature = "ssr")]
pub mod texts;
#[cfg(feature = "ssr")]
pub mod two_factor;
#[cfg(feature = "ssr")]
mod two_factor_views;
#[cfg(feature = "ssr")]
pub mod users;

/// How long personal data is kept, in days (set by the administrator of the
/// installation; the privacy statement shows these numbers).
#[cfg(feature = "ssr")]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retention {
    pub audit_log_days: i64,
    /// Mail that could not be sent in this time is dropped.
    pub unsent_mail_days: i64,
    /// Used and expired one-time links are removed after this time.
    pub used_links_days: i64,
    /// An intake draft untouched this long is deleted, with its answers.
    pub intake_draft_days: i64,
    /// Sign-ups for an activity are deleted this long after its date.
    pub registration_days: i64,
}

#[cfg(feature = "ssr")]
impl Default for Retention {
    fn default() -> Self {
        Self {
            audit_log_days: 365,
            unsent_mail_days: 7,
            used_links_days: 30,
            intake_draft_days: 30,
            registration_days: 30,
        }
    }
}

/// What a user may do. Stored as its [`Role::code`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    /// Manages users, organisations, taxonomies and areas.
    Admin,
    /// Moderation, the dashboard, partnerships and signals.
    Professional,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Professional => "professional",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "admin" => Some(Role::Admin),
            "professional" => Some(Role::Professional),
            _ => None,
        }
    }
}

/// Random secrets (session tokens, link tokens) and how they are stored.
#[cfg(feature = "ssr")]
pub mod secret {
    use rand::RngCore;
    use sha2::{Digest, Sha256};

    /// 256 random bits as 64 hex characters.
    pub fn new_token() -> String {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        hex(&bytes)
    }

    /// What the database keeps instead of a token: its SHA-256, in hex.
    pub fn token_hash(token: &str) -> String {
        hex(&Sha256::digest(token.as_bytes()))
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|byte| format!("{byte:02x}")).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_codes_round_trip() {
        for role in [Role::Admin, Role::Professional] {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        assert_eq!(Role::from_code("root"), None);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn tokens_are_long_random_and_stored_hashed() {
        let first = secret::new_token();
        let second = secret::new_token();
        assert_eq!(first.len(), 64);
        assert_ne!(first, second);
        assert_eq!(secret::token_hash(&first).len(), 64);
        assert_ne!(secret::token_hash(&first), first);
        assert_eq!(secret::token_hash(&first), secret::token_hash(&first));
    }
}
