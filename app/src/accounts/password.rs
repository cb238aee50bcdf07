//! Passwords: the rules for a new one, and Argon2id hashing with the
//! parameters OWASP recommends (19 MiB memory, 2 iterations, 1 lane).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore;

pub const MIN_CHARS: usize = 12;
/// Long enough for any passphrase, short enough that hashing stays cheap.
pub const MAX_CHARS: usize = 128;

/// Why a new password is not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    /// The password is (or contains nothing but) the account's e-mail name.
    LooksLikeEmail,
    /// A well-known password, or one with only digits or signs added to it.
    TooCommon,
}

/// The 49,233 most common passwords of the zxcvbn-ts project (MIT licence,
/// `@zxcvbn-ts/language-common` 4.1.3), lower-cased, one per line.
const COMMON_PASSWORDS: &str = include_str!("common-passwords.txt");

fn is_common(password: &str) -> bool {
    static COMMON: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let common = COMMON.get_or_init(|| COMMON_PASSWORDS.lines().collect());
    let lowered = password.to_lowercase();
    // "password1234!" is as weak as "password": look at the word without
    // the digits and signs people add to reach a minimum length.
    let base = lowered.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation());
    let one_character_repeated = lowered.chars().all(|c| lowered.starts_with(c));
    common.contains(lowered.as_str())
        || (base.chars().count() >= 4 && common.contains(base))
        || one_character_repeated
}

pub fn check_new_password(password: &str, email: &str) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let lowered = password.to_lowercase();
    let email_name = email.split('@').next().unwrap_or_default().to_lowercase();
    if lowered == email.to_lowercase() || (!email_name.is_empty() && lowered == email_name) {
        return Err(PasswordProblem::LooksLikeEmail);
    }
    if is_common(password) {
        return Err(PasswordProblem::TooCommon);
    }
    Ok(())
}

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The password as an Argon2id PHC string, with a fresh random salt.
pub fn hash_password(password: &str) -> String {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).expect("16 bytes make a valid salt");
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .expect("hashing a password of at most 128 characters")
        .to_string()
}

/// Whether `password` matches `stored` (a PHC string). A malformed stored
/// hash matches nothing.
pub fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|hash| hasher().verify_password(password.as_bytes(), &hash).is_ok())
        .unwrap_or(false)
}

/// Spends the same time as checking a real password, so that "no such
/// account" cannot be told from "wrong password" by timing.
pub fn verify_against_nothing(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash_password("a password nobody has, ever"));
    let _ = verify_password(password, dummy);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let hash = hash_password("lange wandeling langs de vliet");
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_password("lange wandeling langs de vliet", &hash));
        assert!(!verify_password("lange wandeling langs de Vliet", &hash));
        assert!(!verify_password("anything", "not a hash"));
        assert_ne!(
            hash,
            hash_password("lange wandeling langs de vliet"),
            "salted"
        );
    }

    #[test]
    fn new_passwords_follow_the_rules() {
        let email = "an.de.vries@gemeente.example";
        assert_eq!(
            check_new_password("kort", email),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_new_password("elf tekens!", email),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(check_new_password("twaalf tekens", email), Ok(()));
        assert_eq!(
            check_new_password(&"x".repeat(129), email),
            Err(PasswordProblem::TooLong)
        );
        assert_eq!(
            check_new_password("An.De.Vries@gemeente.example", email),
            Err(PasswordProblem::LooksLikeEmail)
        );
        for common in [
            "qwertyuiop123",
            "Password1234!",
            "1q2w3e4r5t6y",
            "aaaaaaaaaaaaaa",
            "Welkom123456789",
        ] {
            assert_eq!(
                check_new_password(common, email),
                Err(PasswordProblem::TooCommon),
                "{common}"
            );
        }
        assert_eq!(check_new_password("welkom thuis in de wijk", email), Ok(()));
        // Characters count, not bytes.
        assert_eq!(
            check_new_password("ééééééééééé", email),
            Err(PasswordProblem::TooShort)
        );
    }
}
