//! Professionals' accounts on a real database: creating users, one-time
//! links, signing in, lockout and its end, sessions and their timeouts, and
//! the audit log.

mod common;

use std::net::IpAddr;

use app::accounts::Role;
use app::accounts::links::{
    LINK_VALID_FOR, LinkError, LinkPurpose, create_link, set_password_with_link,
};
use app::accounts::password::PasswordProblem;
use app::accounts::sessions::{self, ABSOLUTE_TIMEOUT, IDLE_TIMEOUT};
use app::accounts::sign_in::{FAILURE_WINDOW, MAX_FAILURES, SignInError, sign_in};
use app::accounts::users::{CreateUserError, NewUser, create_user};
use chrono::{DateTime, Duration, Utc};
use common::{TestDb, monday_morning};
use entity::{app_user, audit_event, sign_in_attempt, user_session};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

const PASSWORD: &str = "een lange zin als wachtwoord";

async fn db_with_organisations() -> TestDb {
    let test_db = TestDb::migrated().await;
    server::seed::base::ensure_base(&test_db.db).await.unwrap();
    test_db
}

/// A professional at the municipality with a password, as after the
/// invitation link was used.
async fn professional(db: &DatabaseConnection, email: &str, now: DateTime<Utc>) -> i32 {
    let user = create_user(
        db,
        NewUser {
            email,
            display_name: "An de Vries",
            role: Role::Professional,
            organisation: "gemeente-pijnacker-nootdorp",
        },
        None,
        now,
    )
    .await
    .unwrap();
    let token = create_link(db, user.id, LinkPurpose::SetPassword, None, now)
        .await
        .unwrap();
    set_password_with_link(db, &token, PASSWORD, now)
        .await
        .unwrap();
    user.id
}

fn ip(text: &str) -> Option<IpAddr> {
    Some(text.parse().unwrap())
}

async fn audit_actions(db: &DatabaseConnection) -> Vec<String> {
    audit_event::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|event| event.action)
        .collect()
}

#[tokio::test]
async fn a_new_user_belongs_to_an_organisation_and_has_no_password_yet() {
    let test_db = db_with_organisations().await;
    let db = &test_db.db;
    let now = monday_morning();
    let user = create_user(
        db,
        NewUser {
            email: "  An.de.Vries@Gemeente.Example ",
            display_name: "",
            role: Role::Admin,
            organisation: "gemeente-pijnacker-nootdorp",
        },
        None,
        now,
    )
    .await
    .unwrap();
    assert_eq!(user.email, "an.de.vries@gemeente.example");
    assert_eq!(user.display_name, "an.de.vries");
    assert_eq!(user.role, "admin");
    assert_eq!(user.password_hash, None);

    let again = NewUser {
        email: "AN.DE.VRIES@gemeente.example",
        display_name: "",
        role: Role::Professional,
        organisation: "gemeente-pijnacker-nootdorp",
    };
    assert!(matches!(
        create_user(db, again, None, now).await,
        Err(CreateUserError::AlreadyExists(_))
    ));
    let nowhere = NewUser {
        email: "b@example.nl",
        display_name: "B",
        role: Role::Professional,
        organisation: "bestaat-niet",
    };
    assert!(matches!(
        create_user(db, nowhere, None, now).await,
        Err(CreateUserError::UnknownOrganisation(_))
    ));
    let not_an_address = NewUser {
        email: "geen adres",
        display_name: "C",
        role: Role::Professional,
        organisation: "gemeente-pijnacker-nootdorp",
    };
    assert!(matches!(
        create_user(db, not_an_address, None, now).await,
        Err(CreateUserError::InvalidEmail(_))
    ));
    assert_eq!(app_user::Entity::find().count(db).await.unwrap(), 1);
    assert_eq!(audit_actions(db).await, ["user_created"]);
    // Without a password nobody can sign in to the account.
    assert!(matches!(
        sign_in(db, "an.de.vries@gemeente.example", "", None, now).await,
        Err(SignInError::NotRecognised)
    ));
}

#[tokio::test]
async fn a_one_time_link_sets_a_password_once_and_only_in_time() {
    let test_db = db_with_organisations().await;
    let db = &test_db.db;
    let now = monday_morning();
    let user = create_user(
        db,
        NewUser {
            email: "an@gemeente.example",
            display_name: "An",
            role: Role::Professional,
            organisation: "sbj-samensterk",
        },
        None,
        now,
    )
    .await
    .unwrap();
    let token = create_link(db, user.id, LinkPurpose::SetPassword, None, now)
        .await
        .unwrap();

    // A weak password is refused and the link still works afterwards.
    assert!(matches!(
        set_password_with_link(db, &token, "te kort", now).await,
        Err(LinkError::Password(PasswordProblem::TooShort))
    ));
    assert!(matches!(
        set_password_with_link(db, "0".repeat(64).as_str(), PASSWORD, now).await,
        Err(LinkError::NotValid)
    ));
    let later = now + Duration::hours(1);
    assert_eq!(
        set_password_with_link(db, &token, PASSWORD, later)
            .await
            .unwrap(),
        user.id
    );
    let stored = app_user::Entity::find_by_id(user.id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let hash = stored.password_hash.unwrap();
    assert!(hash.starts_with("$argon2id$"));
    assert!(!hash.contains(PASSWORD));

    // Used once: not again.
    assert!(matches!(
        set_password_with_link(db, &token, "nog een andere lange zin", later).await,
        Err(LinkError::NotValid)
    ));
    // A new link that is used too late does nothing.
    let late_token = create_link(db, user.id, LinkPurpose::ResetPassword, None, now)
        .await
        .unwrap();
    assert!(matches!(
        set_password_with_link(
            db,
            &late_token,
            "nog een andere lange zin",
            now + LINK_VALID_FOR
        )
        .await,
        Err(LinkError::NotValid)
    ));
    assert!(
        sign_in(db, "an@gemeente.example", PASSWORD, None, later)
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn signing_in_checks_the_password_and_never_says_which_part_was_wrong() {
    let test_db = db_with_organisations().await;
    let db = &test_db.db;
    let now = monday_morning();
    let user_id = professional(db, "an@gemeente.example", now).await;

    let signed_in = sign_in(db, "AN@gemeente.example ", PASSWORD, ip("192.0.2.1"), now)
        .await
        .unwrap();
    assert_eq!(signed_in.user_id, user_id);
    let who = sessions::find(db, &signed_in.token, now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(who.user_id, user_id);
    assert_eq!(who.role, Role::Professional);
    assert_eq!(who.display_name, "An de Vries");

    for (email, password) in [
        ("an@gemeente.example", "een lange zin als wachtwoorD"),
        ("niemand@gemeente.example", PASSWORD),
    ] {
        let refused = sign_in(db, email, password, ip("192.0.2.1"), now).await;
        assert!(
            matches!(refused, Err(SignInError::NotRecognised)),
            "{email}"
        );
    }

    // Each sign-in is a new session with a new token.
    let second = sign_in(db, "an@gemeente.example", PASSWORD, None, now)
        .await
        .unwrap();
    assert_ne!(second.token, signed_in.token);
    assert_eq!(
        audit_actions(db).await[3..],
        ["sign_in", "sign_in_failed", "sign_in_failed", "sign_in"]
    );
}

#[tokio::test]
async fn five_failures_lock_the_account_for_fifteen_minutes() {
    let test_db = db_with_organisations().await;
    let db = &test_db.db;
    let start = monday_morning();
    professional(db, "an@gemeente.example", start).await;

    for minute in 0..MAX_FAILURES {
        let at = start + Duration::minutes(minute as i64);
        let attempt = sign_in(db, "an@gemeente.example", "verkeerd", None, at).await;
        assert!(matches!(attempt, Err(SignInError::NotRecognised)));
    }
    // Now even the right password is refused, with the moment it works again:
    // when the first of the five failures is 15 minutes old.
    let locked = sign_in(
        db,
        "an@gemeente.example",
        PASSWORD,
        None,
        start + Duration::minutes(10),
    )
    .await;
    match locked {
        Err(SignInError::TooManyTries(until)) => assert_eq!(until, start + FAILURE_WINDOW),
        other => panic!("expected a lockout, got {other:?}"),
    }
    // Other accounts are not affected.
    professional(db, "bo@gemeente.example", start).await;
    assert!(
        sign_in(
            db,
            "bo@gemeente.example",
            PASSWORD,
            None,
            start + Duration::minutes(10)
        )
        .await
        .is_ok()
    );
    // Once the window has passed the first failure, it works again.
    assert!(
        sign_in(
            db,
            "an@gemeente.example",
            PASSWORD,
            None,
            start + FAILURE_WINDOW
        )
        .await
        .is_ok()
    );
    assert!(
        audit_actions(db)
            .await
            .contains(&"sign_in_locked_out".to_owned())
    );

    // Old failures can be cleared away; recent ones stay.
    let removed = app::accounts::sign_in::remove_old_attempts(db, start + FAILURE_WINDOW)
        .await
        .unwrap();
    assert_eq!(removed, 1);
    assert_eq!(sign_in_attempt::Entity::find().count(db).await.unwrap(), 4);
}

#[tokio::test]
async fn five_failures_from_one_address_lock_that_address() {
    let test_db = db_with_organisations().await;
    let db = &test_db.db;
    let now = monday_morning();
    professional(db, "an@gemeente.example", now).await;

    // Someone tries five different accounts from one address.
    for guess in ["a", "b", "c", "d", "e"] {
        let email = format!("{guess}@gemeente.example");
        let attempt = sign_in(db, &email, "wachtwoord123", ip("198.51.100.7"), now).await;
        assert!(matches!(attempt, Err(SignInError::NotRecognised)));
    }
    let from_there = sign_in(db, "an@gemeente.example", PASSWORD, ip("198.51.100.7"), now).await;
    assert!(matches!(from_there, Err(SignInError::TooManyTries(_))));
    let from_elsewhere =
        sign_in(db, "an@gemeente.example", PASSWORD, ip("198.51.100.8"), now).await;
    assert!(from_elsewhere.is_ok());
    // Neither addresses nor e-mail addresses are stored as they are.
    for attempt in sign_in_attempt::Entity::find().all(db).await.unwrap() {
        assert_eq!(attempt.key_hash.len(), 64);
        assert!(!attempt.key_hash.contains("198.51"));
    }
}

#[tokio::test]
async fn a_session_ends_after_thirty_idle_minutes() {
    let test_db = db_with_organisations().await;
    let db = &test_db.db;
    let now = monday_morning();
    professional(db, "an@gemeente.example", now).await;
    let token = sign_in(db, "an@gemeente.example", PASSWORD, None, now)
        .await
        .unwrap()
        .token;

    let busy = now + IDLE_TIMEOUT - Duration::minutes(1);
    assert!(sessions::find(db, &token, busy).await.unwrap().is_some());
    // Use keeps it alive: 29 minutes after the last use is fine.
    let still = busy + IDLE_TIMEOUT - Duration::minutes(1);
    assert!(sessions::find(db, &token, still).await.unwrap().is_some());
    // 30 minutes without use ends it, and it stays ended.
    let idle = still + IDLE_TIMEOUT;
    assert!(sessions::find(db, &token, idle).await.unwrap().is_none());
    assert!(sessions::find(db, &token, still).await.unwrap().is_none());
    assert_eq!(user_session::Entity::find().count(db).await.unwrap(), 0);
}

#[tokio::test]
async fn a_session_ends_after_twelve_hours_however_busy() {
    let test_db = db_with_organisations().await;
    let db = &test_db.db;
    let now = monday_morning();
    professional(db, "an@gemeente.example", now).await;
    let token = sign_in(db, "an@gemeente.example", PASSWORD, None, now)
        .await
        .unwrap()
        .token;
    let mut at = now;
    while at + Duration::minutes(20) < now + ABSOLUTE_TIMEOUT {
        at += Duration::minutes(20);
        assert!(
            sessions::find(db, &token, at).await.unwrap().is_some(),
            "{at}"
        );
    }
    assert!(
        sessions::find(db, &token, now + ABSOLUTE_TIMEOUT)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn signing_out_and_a_new_password_end_sessions() {
    let test_db = db_with_organisations().await;
    let db = &test_db.db;
    let now = monday_morning();
    let user_id = professional(db, "an@gemeente.example", now).await;
    let first = sign_in(db, "an@gemeente.example", PASSWORD, None, now)
        .await
        .unwrap()
        .token;
    let second = sign_in(db, "an@gemeente.example", PASSWORD, None, now)
        .await
        .unwrap()
        .token;

    sessions::end(db, &first).await.unwrap();
    assert!(sessions::find(db, &first, now).await.unwrap().is_none());
    assert!(sessions::find(db, &second, now).await.unwrap().is_some());

    // A password reset signs the user out everywhere.
    let token = create_link(db, user_id, LinkPurpose::ResetPassword, None, now)
        .await
        .unwrap();
    set_password_with_link(db, &token, "een nieuwe lange zin", now)
        .await
        .unwrap();
    assert!(sessions::find(db, &second, now).await.unwrap().is_none());
    assert!(
        sign_in(db, "an@gemeente.example", PASSWORD, None, now)
            .await
            .is_err()
    );
    assert!(
        sign_in(db, "an@gemeente.example", "een nieuwe lange zin", None, now)
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn expired_sessions_are_cleared_away() {
    let test_db = db_with_organisations().await;
    let db = &test_db.db;
    let now = monday_morning();
    professional(db, "an@gemeente.example", now).await;
    sign_in(db, "an@gemeente.example", PASSWORD, None, now)
        .await
        .unwrap();
    let fresh = sign_in(
        db,
        "an@gemeente.example",
        PASSWORD,
        None,
        now + Duration::hours(1),
    )
    .await
    .unwrap();
    let removed = sessions::remove_expired(db, now + Duration::hours(1))
        .await
        .unwrap();
    assert_eq!(removed, 1);
    let left = user_session::Entity::find()
        .filter(user_session::Column::UserId.is_not_null())
        .all(db)
        .await
        .unwrap();
    assert_eq!(left.len(), 1);
    assert!(
        sessions::find(db, &fresh.token, now + Duration::hours(1))
            .await
            .unwrap()
            .is_some()
    );
}
