//! Optional two-factor sign-in with an authenticator app (TOTP, RFC 6238:
//! six digits, a new code every 30 seconds), plus ten one-use recovery
//! codes for when the phone is lost.
//!
//! Enrolment takes two steps, so a typo in the app cannot lock anyone out:
//! first a secret is stored without `totp_enabled_at`, then the first right
//! code turns it on and gives the recovery codes (shown once, stored
//! hashed).

use chrono::{DateTime, Utc};
use entity::{app_user, recovery_code};
use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, Set, TransactionSession, TransactionTrait,
};
use totp_rs::{Algorithm, Secret, TOTP};

use super::audit::{self, AuditAction};
use super::secret::token_hash;

const ISSUER: &str = "Buurtkracht";
const STEP_SECONDS: u64 = 30;
const DIGITS: usize = 6;
const RECOVERY_CODES: usize = 10;
/// Letters and digits that cannot be mistaken for each other.
const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// What the enrolment page shows: the secret to type in by hand and the
/// QR code that holds it.
pub struct Enrolment {
    /// Base32, in groups of four for reading.
    pub secret_for_typing: String,
    /// An `<svg>` element, drawn on the server.
    pub qr_svg: String,
}

fn totp_for(secret_base32: &str, email: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret_base32.to_owned()).to_bytes().ok()?;
    TOTP::new(
        Algorithm::SHA1,
        DIGITS,
        1,
        STEP_SECONDS,
        bytes,
        Some(ISSUER.to_owned()),
        email.to_owned(),
    )
    .ok()
}

/// A new random 160-bit secret, base32 as authenticator apps expect.
fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rng().fill(&mut bytes);
    match Secret::Raw(bytes.to_vec()).to_encoded() {
        Secret::Encoded(text) => text,
        Secret::Raw(_) => unreachable!("to_encoded gives an encoded secret"),
    }
}

fn step_of(moment: DateTime<Utc>) -> i64 {
    moment.timestamp().div_euclid(STEP_SECONDS as i64)
}

/// The step whose code `code` is (this one, or one step either side for a
/// clock that is a little off), if it is not older than `last_used`.
fn matching_step(
    totp: &TOTP,
    code: &str,
    now: DateTime<Utc>,
    last_used: Option<i64>,
) -> Option<i64> {
    let code: String = code.chars().filter(char::is_ascii_digit).collect();
    if code.len() != DIGITS {
        return None;
    }
    let current = step_of(now);
    (current - 1..=current + 1)
        .filter(|step| last_used.is_none_or(|last| *step > last))
        .find(|step| totp.generate((*step as u64) * STEP_SECONDS) == code)
}

/// The code an authenticator app shows at `moment` (for tests).
pub fn code_at(secret_base32: &str, moment: DateTime<Utc>) -> String {
    totp_for(secret_base32, "test@example.invalid")
        .map(|totp| totp.generate(moment.timestamp() as u64))
        .unwrap_or_default()
}

fn enrolment_view(secret: &str, email: &str) -> Enrolment {
    let qr_svg = totp_for(secret, email)
        .and_then(|totp| qrcode::QrCode::new(totp.get_url()).ok())
        .map(|code| {
            code.render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default();
    // The renderer writes an XML declaration first; inline SVG must not have it.
    let qr_svg = match qr_svg.find("<svg") {
        Some(start) => qr_svg[start..].to_owned(),
        None => String::new(),
    };
    let secret_for_typing = secret
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    Enrolment {
        secret_for_typing,
        qr_svg,
    }
}

/// The enrolment that was started for this user, if any.
pub fn pending_enrolment(user: &app_user::Model) -> Option<Enrolment> {
    match (&user.totp_secret, user.totp_enabled_at) {
        (Some(secret), None) => Some(enrolment_view(secret, &user.email)),
        _ => None,
    }
}

/// Starts (or starts again) an enrolment with a fresh secret.
pub async fn start_enrolment(
    db: &impl ConnectionTrait,
    user: app_user::Model,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if user.totp_enabled_at.is_some() {
        return Ok(());
    }
    let mut active = user.into_active_model();
    active.totp_secret = Set(Some(new_secret()));
    active.totp_last_used_step = Set(None);
    active.updated_at = Set(now);
    active.update(db).await.map(|_| ())
}

/// Random recovery codes, as shown to the user: `abcde-fghjk`.
fn new_recovery_codes() -> Vec<String> {
    let mut random = rand::rng();
    (0..RECOVERY_CODES)
        .map(|_| {
            let letters: String = (0..10)
                .map(|_| {
                    char::from(RECOVERY_ALPHABET[random.random_range(0..RECOVERY_ALPHABET.len())])
                })
                .collect();
            format!("{}-{}", &letters[..5], &letters[5..])
        })
        .collect()
}

/// How a recovery code is stored: lower case, without dashes or spaces,
/// hashed.
fn recovery_code_hash(code: &str) -> String {
    let plain: String = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    token_hash(&format!("recovery:{plain}"))
}

/// Turns two-factor sign-in on when `code` is right for the pending secret.
/// Returns the new recovery codes (to show once), or `None` for a wrong code.
pub async fn confirm_enrolment(
    db: &impl TransactionTrait,
    user: app_user::Model,
    code: &str,
    now: DateTime<Utc>,
) -> Result<Option<Vec<String>>, DbErr> {
    let (Some(secret), None) = (&user.totp_secret, user.totp_enabled_at) else {
        return Ok(None);
    };
    let Some(step) = totp_for(secret, &user.email)
        .and_then(|totp| matching_step(&totp, code, now, user.totp_last_used_step))
    else {
        return Ok(None);
    };
    let codes = new_recovery_codes();
    let user_id = user.id;
    let transaction = crate::writing::begin_writing(db).await?;
    forget_recovery_codes(&transaction, user_id).await?;
    recovery_code::Entity::insert_many(codes.iter().map(|code| recovery_code::ActiveModel {
        user_id: Set(user_id),
        code_hash: Set(recovery_code_hash(code)),
        used_at: Set(None),
        ..Default::default()
    }))
    .exec(&transaction)
    .await?;
    let mut active = user.into_active_model();
    active.totp_enabled_at = Set(Some(now));
    active.totp_last_used_step = Set(Some(step));
    active.updated_at = Set(now);
    active.update(&transaction).await?;
    audit::record(
        &transaction,
        now,
        Some(user_id),
        AuditAction::TwoFactorEnabled,
        &audit::user_subject(user_id),
        "",
    )
    .await?;
    transaction.commit().await?;
    Ok(Some(codes))
}

async fn forget_recovery_codes(db: &impl ConnectionTrait, user_id: i32) -> Result<(), DbErr> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// How the second factor was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecondFactor {
    AppCode,
    RecoveryCode,
}

/// Checks a code from the app, or else a recovery code (which is then used
/// up). A code from the app also works only once.
pub async fn check_second_factor(
    db: &impl ConnectionTrait,
    user: &app_user::Model,
    code: &str,
    now: DateTime<Utc>,
) -> Result<Option<SecondFactor>, DbErr> {
    let (Some(secret), Some(_)) = (&user.totp_secret, user.totp_enabled_at) else {
        return Ok(None);
    };
    if let Some(step) = totp_for(secret, &user.email)
        .and_then(|totp| matching_step(&totp, code, now, user.totp_last_used_step))
    {
        // Only if no other request used this step meanwhile.
        let claimed = app_user::Entity::update_many()
            .col_expr(
                app_user::Column::TotpLastUsedStep,
                sea_orm::sea_query::Expr::value(step),
            )
            .filter(app_user::Column::Id.eq(user.id))
            .filter(
                sea_orm::Condition::any()
                    .add(app_user::Column::TotpLastUsedStep.is_null())
                    .add(app_user::Column::TotpLastUsedStep.lt(step)),
            )
            .exec(db)
            .await?;
        return Ok((claimed.rows_affected == 1).then_some(SecondFactor::AppCode));
    }
    let used = recovery_code::Entity::update_many()
        .col_expr(
            recovery_code::Column::UsedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(recovery_code::Column::UserId.eq(user.id))
        .filter(recovery_code::Column::CodeHash.eq(recovery_code_hash(code)))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok((used.rows_affected >= 1).then_some(SecondFactor::RecoveryCode))
}

/// Turns two-factor sign-in off: by the user (who proved it with a code
/// first), or by an admin for a user who lost both phone and recovery codes.
pub async fn disable(
    db: &impl TransactionTrait,
    user: app_user::Model,
    actor_user_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let user_id = user.id;
    let transaction = crate::writing::begin_writing(db).await?;
    forget_recovery_codes(&transaction, user_id).await?;
    let mut active = user.into_active_model();
    active.totp_secret = Set(None);
    active.totp_enabled_at = Set(None);
    active.totp_last_used_step = Set(None);
    active.updated_at = Set(now);
    active.update(&transaction).await?;
    audit::record(
        &transaction,
        now,
        Some(actor_user_id),
        AuditAction::TwoFactorDisabled,
        &audit::user_subject(user_id),
        "",
    )
    .await?;
    transaction.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_make_six_digit_codes_that_change_every_half_minute() {
        let secret = new_secret();
        assert_eq!(secret.len(), 32, "160 bits in base32");
        let totp = totp_for(&secret, "an@gemeente.example").unwrap();
        let now: DateTime<Utc> = "2026-11-23T08:00:10Z".parse().unwrap();
        let code = code_at(&secret, now);
        assert_eq!(code.len(), 6);
        assert_eq!(matching_step(&totp, &code, now, None), Some(step_of(now)));
        // Thirty seconds later the same code still counts (clock drift)...
        let later = now + chrono::Duration::seconds(30);
        assert_eq!(matching_step(&totp, &code, later, None), Some(step_of(now)));
        // ...but not once it was used, and not two minutes later.
        assert_eq!(matching_step(&totp, &code, later, Some(step_of(now))), None);
        let much_later = now + chrono::Duration::minutes(2);
        assert_eq!(matching_step(&totp, &code, much_later, None), None);
        assert_eq!(matching_step(&totp, "12345", now, None), None);
    }

    /// What a phone's camera would read from the SVG: drawn into pixels
    /// by an SVG renderer, then decoded by a QR reader.
    pub fn read_qr_code(svg: &str) -> String {
        use resvg::{tiny_skia, usvg};
        let tree = usvg::Tree::from_str(svg, &usvg::Options::default()).expect("valid SVG");
        let size = tree.size().to_int_size();
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).expect("a size");
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        let width = pixmap.width() as usize;
        let pixels = pixmap.pixels();
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(
            width,
            pixmap.height() as usize,
            // Transparent counts as white paper.
            |x, y| {
                let pixel = pixels[y * width + x];
                if pixel.alpha() == 0 { 255 } else { pixel.red() }
            },
        );
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code");
        grids[0].decode().expect("a readable QR code").1
    }

    #[test]
    fn the_qr_code_holds_the_authenticator_link_and_the_secret_is_grouped() {
        let secret = new_secret();
        let enrolment = enrolment_view(&secret, "an@gemeente.example");
        assert!(
            enrolment.qr_svg.starts_with("<svg"),
            "inline SVG, no XML declaration"
        );
        let expected = totp_for(&secret, "an@gemeente.example").unwrap().get_url();
        assert!(expected.starts_with("otpauth://totp/"), "{expected}");
        assert!(expected.contains(&format!("secret={secret}")), "{expected}");
        assert_eq!(read_qr_code(&enrolment.qr_svg), expected);
        assert_eq!(enrolment.secret_for_typing.replace(' ', ""), secret);
    }

    #[test]
    fn recovery_codes_are_readable_and_compared_loosely() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        assert!(
            codes
                .iter()
                .all(|code| code.len() == 11 && code.as_bytes()[5] == b'-')
        );
        let code = &codes[0];
        assert_eq!(
            recovery_code_hash(code),
            recovery_code_hash(&code.to_uppercase().replace('-', " "))
        );
    }
}
