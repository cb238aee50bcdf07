//! The rights of the AVG (GDPR) for professionals and volunteers: an admin
//! can download everything stored about an e-mail address (article 15) and
//! erase it (article 17). An erasure leaves a record that it happened, with
//! counts only, so the erasure itself can be accounted for.

use chrono::{DateTime, Utc};
use entity::{
    activity, activity_registration, app_user, audit_event, erasure_record, initiative,
    intake_draft, one_time_link, outgoing_mail, recovery_code, sign_in_attempt, user_session,
};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use serde::Serialize;

use super::audit::{self, AuditAction};
use super::sign_in::account_key;
use super::users::{find_by_email, normalise_email, organisation_name};
use crate::mail::Outbox;

#[derive(Debug, Serialize)]
pub struct PersonalDataExport {
    pub email: String,
    pub exported_at: DateTime<Utc>,
    pub account: Option<AccountData>,
    pub sessions: Vec<SessionData>,
    pub one_time_links: Vec<LinkData>,
    pub recovery_codes: Option<RecoveryCodeData>,
    pub audit_log: Vec<AuditLine>,
    pub mail_waiting_to_be_sent: Vec<MailData>,
    /// Mail written to the outbox folder (a site without a mail server).
    pub mail_in_the_outbox_folder: Vec<OutboxMailData>,
    pub failed_sign_ins_still_counted: u64,
    pub initiatives_with_this_contact_address: Vec<InitiativeData>,
    /// Initiatives where this address belongs to the contact person.
    pub initiatives_with_this_contact_person: Vec<ContactPersonData>,
    /// Registrations started but not sent, with everything typed.
    pub unfinished_registrations: Vec<serde_json::Value>,
    /// Sign-ups for activities made with this address.
    pub activity_sign_ups: Vec<SignUpData>,
}

#[derive(Debug, Serialize)]
pub struct SignUpData {
    pub activity: String,
    pub date: DateTime<Utc>,
    pub name: String,
    pub phone: Option<String>,
    pub people: i32,
    pub status: String,
    pub signed_up_at: DateTime<Utc>,
    /// The language of the mails about this sign-up.
    pub language: String,
}

#[derive(Debug, Serialize)]
pub struct ContactPersonData {
    pub initiative: String,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub preferred_channel: Option<String>,
    pub contact_language: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct AccountData {
    pub display_name: String,
    pub organisation: String,
    pub role: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub disabled_at: Option<DateTime<Utc>>,
    /// Only whether there is one: the hash is a secret of the system.
    pub password_set: bool,
    pub two_factor_enabled_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize)]
pub struct SessionData {
    pub started_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

#[derive(Debug, Serialize)]
pub struct LinkData {
    pub purpose: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize)]
pub struct RecoveryCodeData {
    pub unused: u64,
    pub used: u64,
}

#[derive(Debug, Serialize)]
pub struct AuditLine {
    pub at: DateTime<Utc>,
    pub action: String,
    /// `actor` when this person did it, `subject` when it was about them.
    pub role_in_event: &'static str,
    pub detail: String,
}

#[derive(Debug, Serialize)]
pub struct MailData {
    pub subject: String,
    pub queued_at: DateTime<Utc>,
}

#[derive(Debug, Serialize)]
pub struct OutboxMailData {
    pub subject: String,
    pub written_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize)]
pub struct InitiativeData {
    pub name: String,
    pub public_id: String,
}

/// Initiatives whose public contact channel is this e-mail address.
fn contact_address_is(email: &str) -> Condition {
    Condition::all()
        .add(initiative::Column::ContactKind.eq("email"))
        .add(Expr::expr(Func::lower(Expr::col(initiative::Column::ContactValue))).eq(email))
}

#[derive(Debug, thiserror::Error)]
pub enum PrivacyRequestError {
    /// An admin cannot erase the account they are signed in with.
    #[error("this is your own account")]
    OwnAccount,
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error("outbox folder: {0}")]
    OutboxFolder(#[from] std::io::Error),
}

/// Everything stored about `email`. Recorded in the audit log.
pub async fn export(
    db: &DatabaseConnection,
    outbox: &Outbox,
    email: &str,
    admin_user_id: i32,
    now: DateTime<Utc>,
) -> Result<PersonalDataExport, PrivacyRequestError> {
    let email = normalise_email(email);
    let mail_in_the_outbox_folder = outbox
        .mails_to(&email)
        .await?
        .into_iter()
        .map(|mail| OutboxMailData {
            subject: mail.subject,
            written_at: mail.written_at,
        })
        .collect();
    let user = find_by_email(db, &email).await?;
    let mut export = PersonalDataExport {
        email: email.clone(),
        exported_at: now,
        account: None,
        sessions: Vec::new(),
        one_time_links: Vec::new(),
        recovery_codes: None,
        audit_log: Vec::new(),
        mail_waiting_to_be_sent: outgoing_mail::Entity::find()
            .filter(outgoing_mail::Column::ToAddress.eq(&email))
            .all(db)
            .await?
            .into_iter()
            .map(|mail| MailData {
                subject: mail.subject,
                queued_at: mail.created_at,
            })
            .collect(),
        mail_in_the_outbox_folder,
        failed_sign_ins_still_counted: sign_in_attempt::Entity::find()
            .filter(sign_in_attempt::Column::KeyHash.eq(account_key(&email)))
            .count(db)
            .await?,
        initiatives_with_this_contact_address: initiative::Entity::find()
            .filter(contact_address_is(&email))
            .all(db)
            .await?
            .into_iter()
            .map(|initiative| InitiativeData {
                name: initiative.name,
                public_id: initiative.public_id,
            })
            .collect(),
        initiatives_with_this_contact_person: initiative::Entity::find()
            .filter(initiative::Column::ContactPersonEmail.eq(&email))
            .all(db)
            .await?
            .into_iter()
            .map(|initiative| ContactPersonData {
                initiative: initiative.name,
                name: initiative.contact_person_name,
                phone: initiative.contact_person_phone,
                preferred_channel: initiative.preferred_channel,
                contact_language: initiative.contact_language,
            })
            .collect(),
        unfinished_registrations: intake_draft::Entity::find()
            .filter(crate::intake::drafts::with_contact_email(&email))
            .all(db)
            .await?
            .into_iter()
            .map(|draft| serde_json::from_str(&draft.answers).unwrap_or_default())
            .collect(),
        activity_sign_ups: activity_registration::Entity::find()
            .find_also_related(activity::Entity)
            .filter(activity_registration::Column::Email.eq(&email))
            .all(db)
            .await?
            .into_iter()
            .map(|(registration, activity)| SignUpData {
                activity: activity.map(|activity| activity.title).unwrap_or_default(),
                date: registration.original_starts_at,
                name: registration.name,
                phone: registration.phone,
                people: registration.people,
                status: registration.status,
                signed_up_at: registration.created_at,
                language: registration.language,
            })
            .collect(),
    };
    if let Some(user) = &user {
        export.account = Some(account_data(db, user).await?);
        export.sessions = user_session::Entity::find()
            .filter(user_session::Column::UserId.eq(user.id))
            .all(db)
            .await?
            .into_iter()
            .map(|session| SessionData {
                started_at: session.created_at,
                last_seen_at: session.last_seen_at,
                ends_at: session.expires_at,
            })
            .collect();
        export.one_time_links = one_time_link::Entity::find()
            .filter(one_time_link::Column::UserId.eq(user.id))
            .all(db)
            .await?
            .into_iter()
            .map(|link| LinkData {
                purpose: link.purpose,
                created_at: link.created_at,
                expires_at: link.expires_at,
                used_at: link.used_at,
            })
            .collect();
        let codes = recovery_code::Entity::find()
            .filter(recovery_code::Column::UserId.eq(user.id))
            .all(db)
            .await?;
        if !codes.is_empty() {
            let used = codes.iter().filter(|code| code.used_at.is_some()).count() as u64;
            export.recovery_codes = Some(RecoveryCodeData {
                unused: codes.len() as u64 - used,
                used,
            });
        }
        let subject = audit::user_subject(user.id);
        export.audit_log = audit_event::Entity::find()
            .filter(
                Condition::any()
                    .add(audit_event::Column::ActorUserId.eq(user.id))
                    .add(audit_event::Column::Subject.eq(&subject)),
            )
            .order_by_asc(audit_event::Column::At)
            .all(db)
            .await?
            .into_iter()
            .map(|event| AuditLine {
                role_in_event: if event.actor_user_id == Some(user.id) {
                    "actor"
                } else {
                    "subject"
                },
                at: event.at,
                action: event.action,
                detail: event.detail,
            })
            .collect();
    }
    audit::record(
        db,
        now,
        Some(admin_user_id),
        AuditAction::PersonalDataExported,
        &user.as_ref().map_or_else(
            || "address without account".to_owned(),
            |user| audit::user_subject(user.id),
        ),
        "",
    )
    .await?;
    Ok(export)
}

async fn account_data(
    db: &impl ConnectionTrait,
    user: &app_user::Model,
) -> Result<AccountData, DbErr> {
    let organisation = organisation_name(db, user.organisation_id).await?;
    Ok(AccountData {
        display_name: user.display_name.clone(),
        organisation,
        role: user.role.clone(),
        created_at: user.created_at,
        updated_at: user.updated_at,
        disabled_at: user.disabled_at,
        password_set: user.password_hash.is_some(),
        two_factor_enabled_at: user.totp_enabled_at,
    })
}

/// Erases everything stored about `email` and records that (counts only).
/// Returns the record's summary. The audit log keeps its lines: they name
/// an account number, which no longer leads to a person.
pub async fn erase(
    db: &DatabaseConnection,
    outbox: &Outbox,
    email: &str,
    admin_user_id: i32,
    now: DateTime<Utc>,
) -> Result<String, PrivacyRequestError> {
    let email = normalise_email(email);
    let transaction = crate::writing::begin_writing(db).await?;
    let user = find_by_email(&transaction, &email).await?;
    if user.as_ref().is_some_and(|user| user.id == admin_user_id) {
        return Err(PrivacyRequestError::OwnAccount);
    }
    let mut sessions = 0;
    let mut links = 0;
    if let Some(user) = &user {
        sessions = user_session::Entity::delete_many()
            .filter(user_session::Column::UserId.eq(user.id))
            .exec(&transaction)
            .await?
            .rows_affected;
        links = one_time_link::Entity::delete_many()
            .filter(one_time_link::Column::UserId.eq(user.id))
            .exec(&transaction)
            .await?
            .rows_affected;
        recovery_code::Entity::delete_many()
            .filter(recovery_code::Column::UserId.eq(user.id))
            .exec(&transaction)
            .await?;
        app_user::Entity::delete_by_id(user.id)
            .exec(&transaction)
            .await?;
    }
    let mail = outgoing_mail::Entity::delete_many()
        .filter(outgoing_mail::Column::ToAddress.eq(&email))
        .exec(&transaction)
        .await?
        .rows_affected;
    sign_in_attempt::Entity::delete_many()
        .filter(sign_in_attempt::Column::KeyHash.eq(account_key(&email)))
        .exec(&transaction)
        .await?;
    let drafts = intake_draft::Entity::delete_many()
        .filter(crate::intake::drafts::with_contact_email(&email))
        .exec(&transaction)
        .await?
        .rows_affected;
    let sign_ups = activity_registration::Entity::delete_many()
        .filter(activity_registration::Column::Email.eq(&email))
        .exec(&transaction)
        .await?
        .rows_affected;
    let contact_persons = initiative::Entity::update_many()
        .col_expr(
            initiative::Column::ContactPersonName,
            Expr::value(None::<String>),
        )
        .col_expr(
            initiative::Column::ContactPersonEmail,
            Expr::value(None::<String>),
        )
        .col_expr(
            initiative::Column::ContactPersonPhone,
            Expr::value(None::<String>),
        )
        .col_expr(initiative::Column::UpdatedAt, Expr::value(now))
        .filter(initiative::Column::ContactPersonEmail.eq(&email))
        .exec(&transaction)
        .await?
        .rows_affected;
    let initiatives = initiative::Entity::update_many()
        .col_expr(initiative::Column::ContactKind, Expr::value(None::<String>))
        .col_expr(
            initiative::Column::ContactValue,
            Expr::value(None::<String>),
        )
        .col_expr(initiative::Column::UpdatedAt, Expr::value(now))
        .filter(contact_address_is(&email))
        .exec(&transaction)
        .await?
        .rows_affected;
    // Files cannot join the transaction: they go last, and if that fails
    // nothing in the database is erased yet, so the request can be repeated.
    let outbox_files = outbox.erase_mails_to(&email).await?;
    let summary = format!(
        "account: {}, sessions: {sessions}, links: {links}, mails: {mail}, outbox files: {outbox_files}, initiative contact addresses: {initiatives}, contact persons: {contact_persons}, unfinished registrations: {drafts}, activity sign-ups: {sign_ups}",
        if user.is_some() { 1 } else { 0 }
    );
    let record = erasure_record::ActiveModel {
        erased_at: Set(now),
        actor_user_id: Set(Some(admin_user_id)),
        summary: Set(summary.clone()),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    audit::record(
        &transaction,
        now,
        Some(admin_user_id),
        AuditAction::PersonalDataErased,
        &format!("erasure:{}", record.id),
        &summary,
    )
    .await?;
    transaction.commit().await?;
    Ok(summary)
}

/// Earlier erasures, newest first.
pub async fn erasures(db: &impl ConnectionTrait) -> Result<Vec<erasure_record::Model>, DbErr> {
    erasure_record::Entity::find()
        .order_by_desc(erasure_record::Column::ErasedAt)
        .all(db)
        .await
}
