//! What the intake, the beheer page and the review queue do to the
//! database, each in one transaction with its mail and audit line: a mail is
//! only queued when the change it tells about is stored.

use chrono::{DateTime, Utc};
use entity::initiative;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
};

use super::drafts::{self, Draft};
use super::texts::IntakeTexts;
use super::types::IntakeAnswers;
use crate::accounts::audit::{self, AuditAction};
use crate::forms::validate::normalise_email;
use crate::i18n::Locale;
use crate::initiatives::{InitiativeStatus, manage_links};
use crate::mail::{Mail, queue};

/// How the audit log names an initiative.
pub fn initiative_subject(initiative_id: i32) -> String {
    format!("initiative:{initiative_id}")
}

/// The resume link of a draft.
pub fn resume_url(public_url: &str, token: &str) -> String {
    format!(
        "{}/initiatief-aanmelden/{token}",
        public_url.trim_end_matches('/')
    )
}

/// The language to write to a contact person in.
fn language_of(contact_language: Option<&str>) -> Locale {
    if contact_language == Some("en") {
        Locale::En
    } else {
        Locale::Nl
    }
}

/// Mails the resume link once, as soon as the draft has an e-mail address.
pub async fn mail_resume_link_once(
    db: &DatabaseConnection,
    draft: &Draft,
    answers: &IntakeAnswers,
    token: &str,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let email = normalise_email(&answers.contact_email);
    if draft.resume_mailed || !crate::forms::validate::looks_like_email(&email) {
        return Ok(());
    }
    let texts = language_of(Some(&answers.contact_language)).intake_texts();
    let transaction = crate::writing::begin_writing(db).await?;
    queue(
        &transaction,
        Mail {
            to: email,
            subject: texts.resume_mail_subject.to_owned(),
            body: (texts.resume_mail_body)(
                answers.contact_name.trim(),
                &resume_url(public_url, token),
            ),
        },
        now,
    )
    .await?;
    drafts::mark_resume_mailed(&transaction, draft.id, now).await?;
    transaction.commit().await
}

/// Sends a complete draft: the initiative (status `submitted`), its
/// beheerlink, the mail with that link, and the audit line. Returns the
/// beheerlink's token.
pub async fn submit(
    db: &DatabaseConnection,
    draft: &Draft,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<String, DbErr> {
    let answers = &draft.answers;
    let transaction = crate::writing::begin_writing(db).await?;
    let initiative_id = super::store::create_initiative(&transaction, answers, now).await?;
    let token = manage_links::create(&transaction, initiative_id, now).await?;
    drafts::mark_submitted(&transaction, draft.id, initiative_id, now).await?;
    let email = normalise_email(&answers.contact_email);
    if !email.is_empty() {
        let texts = language_of(Some(&answers.contact_language)).intake_texts();
        queue(
            &transaction,
            Mail {
                to: email,
                subject: texts.submitted_mail_subject.to_owned(),
                body: (texts.submitted_mail_body)(
                    answers.contact_name.trim(),
                    answers.name.trim(),
                    &manage_links::manage_url(public_url, &token),
                ),
            },
            now,
        )
        .await?;
    }
    audit::record(
        &transaction,
        now,
        None,
        AuditAction::InitiativeSubmitted,
        &initiative_subject(initiative_id),
        "",
    )
    .await?;
    transaction.commit().await?;
    Ok(token)
}

/// A volunteer lost the beheerlink: every initiative with this contact
/// address gets a new link (the old ones stop working), by mail. The answer
/// to the volunteer is the same whether or not the address is known.
pub async fn mail_new_manage_links(
    db: &DatabaseConnection,
    email: &str,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let email = normalise_email(email);
    let transaction = crate::writing::begin_writing(db).await?;
    let initiatives = initiative::Entity::find()
        .filter(initiative::Column::ContactPersonEmail.eq(&email))
        .all(&transaction)
        .await?;
    for initiative in &initiatives {
        manage_links::revoke_all(&transaction, initiative.id, now).await?;
        let token = manage_links::create(&transaction, initiative.id, now).await?;
        let texts = language_of(initiative.contact_language.as_deref()).intake_texts();
        queue(
            &transaction,
            Mail {
                to: email.clone(),
                subject: texts.new_link_mail_subject.to_owned(),
                body: (texts.new_link_mail_body)(
                    initiative
                        .contact_person_name
                        .as_deref()
                        .unwrap_or_default(),
                    &initiative.name,
                    &manage_links::manage_url(public_url, &token),
                ),
            },
            now,
        )
        .await?;
        audit::record(
            &transaction,
            now,
            None,
            AuditAction::ManageLinkMailed,
            &initiative_subject(initiative.id),
            "",
        )
        .await?;
    }
    transaction.commit().await?;
    Ok(initiatives.len())
}

/// What a professional decides about an initiative.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Decline { reason: String },
    Ask { question: String },
    RevokeLinks,
}

/// The professional who decides: mails say whom to write to, because a
/// reply to the site's own address does not reach anyone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decider {
    pub user_id: i32,
    pub organisation: String,
    /// e.g. `An de Vries (an@gemeente.example)`
    pub contact: String,
}

/// Carries out a professional's decision, with its mail and audit line.
pub async fn decide(
    db: &DatabaseConnection,
    initiative: initiative::Model,
    decision: Decision,
    decider: &Decider,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let transaction = crate::writing::begin_writing(db).await?;
    let id = initiative.id;
    let texts: &IntakeTexts = language_of(initiative.contact_language.as_deref()).intake_texts();
    let email = initiative
        .contact_person_email
        .clone()
        .filter(|email| !email.is_empty());
    let name = initiative.contact_person_name.clone().unwrap_or_default();
    let page_url = format!(
        "{}/initiatieven/{}",
        public_url.trim_end_matches('/'),
        initiative.slug
    );
    let (action, mail, detail) = match &decision {
        Decision::Approve => {
            let mut row: initiative::ActiveModel = initiative.clone().into();
            row.status = Set(InitiativeStatus::Published.code().to_owned());
            row.published_at = Set(Some(now));
            row.declined_reason = Set(None);
            row.updated_at = Set(now);
            row.update(&transaction).await?;
            let body = (texts.approved_mail_body)(&name, &initiative.name, &page_url, "");
            (
                AuditAction::InitiativeApproved,
                Some((texts.approved_mail_subject.to_owned(), body)),
                String::new(),
            )
        }
        Decision::Decline { reason } => {
            let mut row: initiative::ActiveModel = initiative.clone().into();
            row.status = Set(InitiativeStatus::Declined.code().to_owned());
            row.published_at = Set(None);
            row.declined_reason = Set(Some(reason.clone()));
            row.updated_at = Set(now);
            row.update(&transaction).await?;
            let body = (texts.declined_mail_body)(
                &name,
                &initiative.name,
                reason,
                &decider.organisation,
                &decider.contact,
            );
            (
                AuditAction::InitiativeDeclined,
                Some((texts.declined_mail_subject.to_owned(), body)),
                String::new(),
            )
        }
        Decision::Ask { question } => {
            let subject = (texts.question_mail_subject)(&initiative.name);
            let body = (texts.question_mail_body)(
                &name,
                &initiative.name,
                question,
                &decider.organisation,
                &decider.contact,
            );
            (
                AuditAction::QuestionSent,
                Some((subject, body)),
                String::new(),
            )
        }
        Decision::RevokeLinks => {
            let revoked = manage_links::revoke_all(&transaction, id, now).await?;
            (
                AuditAction::ManageLinksRevoked,
                None,
                format!("{revoked} links"),
            )
        }
    };
    if let (Some((subject, body)), Some(to)) = (mail, email) {
        queue(&transaction, Mail { to, subject, body }, now).await?;
    }
    audit::record(
        &transaction,
        now,
        Some(decider.user_id),
        action,
        &initiative_subject(id),
        &detail,
    )
    .await?;
    transaction.commit().await
}
