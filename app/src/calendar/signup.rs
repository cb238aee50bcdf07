//! Signing up for one date of an activity (aanmelden), and cancelling.
//!
//! The capacity counts people and is never exceeded, also when many sign
//! up at the same moment: every sign-up and cancellation for a date first
//! takes a lock on that date's row (a no-op update: on SQLite it takes the
//! database's write lock, on PostgreSQL the row's lock), so they happen one
//! after another. Who does not fit goes on the waiting list, in order; when
//! someone cancels, the first who fit move up and get a mail.

use chrono::{DateTime, Utc};
use entity::{activity, activity_occurrence, activity_registration};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::recurrence::OccurrenceTimes;
use crate::accounts::secret::{new_token, token_hash};
use crate::forms::validate::{dutch_phone_digits, looks_like_email, normalise_email};
use crate::i18n::Locale;

/// The most people one sign-up can bring.
pub const MAX_PEOPLE: i32 = 10;
pub const MAX_NAME_CHARS: usize = 100;

/// Where a sign-up stands. Stored as its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegistrationStatus {
    Confirmed,
    Waiting,
    Cancelled,
}

impl RegistrationStatus {
    pub fn code(self) -> &'static str {
        match self {
            RegistrationStatus::Confirmed => "confirmed",
            RegistrationStatus::Waiting => "waiting",
            RegistrationStatus::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> RegistrationStatus {
        match code {
            "confirmed" => RegistrationStatus::Confirmed,
            "waiting" => RegistrationStatus::Waiting,
            _ => RegistrationStatus::Cancelled,
        }
    }
}

/// The sign-up form's fields, as typed (kept when there is a problem).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignUpAnswers {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub people: String,
    pub consent: bool,
}

/// A field of the sign-up form, by its id on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignUpField {
    Name,
    Email,
    Phone,
    People,
    Consent,
}

impl SignUpField {
    /// The field's id and name (the same, so a problem's link lands on it).
    pub fn id(self) -> &'static str {
        match self {
            SignUpField::Name => "naam",
            SignUpField::Email => "email",
            SignUpField::Phone => "telefoon",
            SignUpField::People => "aantal",
            SignUpField::Consent => "toestemming",
        }
    }
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignUpProblem {
    NameMissing,
    NameTooLong,
    /// Neither an e-mail address nor a phone number.
    NoWayToReach,
    NotAnEmail,
    NotAPhone,
    PeopleOutOfRange,
    NoConsent,
}

/// A sign-up form posted with problems: drawn again with what was typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignUpFormState {
    pub answers: SignUpAnswers,
    pub problems: Vec<(SignUpField, SignUpProblem)>,
}

/// A checked sign-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignUp {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub people: i32,
}

impl SignUpAnswers {
    pub fn from_pairs(pairs: &[(String, String)]) -> SignUpAnswers {
        let value = |name: &str| crate::forms::posted_value(pairs, name).to_owned();
        SignUpAnswers {
            name: value("naam"),
            email: value("email"),
            phone: value("telefoon"),
            people: value("aantal"),
            consent: value("toestemming") == "ja",
        }
    }

    /// The sign-up, or every problem with its field.
    pub fn check(&self) -> Result<SignUp, Vec<(SignUpField, SignUpProblem)>> {
        let mut problems = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            problems.push((SignUpField::Name, SignUpProblem::NameMissing));
        } else if name.chars().count() > MAX_NAME_CHARS {
            problems.push((SignUpField::Name, SignUpProblem::NameTooLong));
        }
        let email = self.email.trim();
        let phone = self.phone.trim();
        if email.is_empty() && phone.is_empty() {
            problems.push((SignUpField::Email, SignUpProblem::NoWayToReach));
        }
        if !email.is_empty() && !looks_like_email(email) {
            problems.push((SignUpField::Email, SignUpProblem::NotAnEmail));
        }
        let phone_digits = (!phone.is_empty()).then(|| dutch_phone_digits(phone));
        if matches!(phone_digits, Some(None)) {
            problems.push((SignUpField::Phone, SignUpProblem::NotAPhone));
        }
        let people = match self.people.trim() {
            "" => Some(1),
            text => text
                .parse::<i32>()
                .ok()
                .filter(|n| (1..=MAX_PEOPLE).contains(n)),
        };
        if people.is_none() {
            problems.push((SignUpField::People, SignUpProblem::PeopleOutOfRange));
        }
        if !self.consent {
            problems.push((SignUpField::Consent, SignUpProblem::NoConsent));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(SignUp {
            name: name.to_owned(),
            email: (!email.is_empty()).then(|| normalise_email(email)),
            phone: phone_digits.flatten(),
            people: people.unwrap_or(1),
        })
    }
}

/// A new sign-up: the secret for its cancel link (shown and mailed once)
/// and whether it got a place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedUp {
    pub token: String,
    pub status: RegistrationStatus,
}

/// Takes the date's lock for the rest of the transaction; `false` when
/// there is no such date.
async fn lock_date(
    db: &impl ConnectionTrait,
    activity_id: i32,
    original_start: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let locked = activity_occurrence::Entity::update_many()
        .col_expr(
            activity_occurrence::Column::Status,
            Expr::col(activity_occurrence::Column::Status),
        )
        .filter(activity_occurrence::Column::ActivityId.eq(activity_id))
        .filter(activity_occurrence::Column::OriginalStartsAt.eq(original_start))
        .exec(db)
        .await?;
    Ok(locked.rows_affected > 0)
}

/// People with a place on a date.
pub async fn people_confirmed(
    db: &impl ConnectionTrait,
    activity_id: i32,
    original_start: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let sum: Option<Option<i64>> = activity_registration::Entity::find()
        .select_only()
        .column_as(activity_registration::Column::People.sum(), "taken")
        .filter(activity_registration::Column::ActivityId.eq(activity_id))
        .filter(activity_registration::Column::OriginalStartsAt.eq(original_start))
        .filter(activity_registration::Column::Status.eq(RegistrationStatus::Confirmed.code()))
        .into_tuple()
        .one(db)
        .await?;
    Ok(sum.flatten().unwrap_or(0) as i32)
}

/// Signs up for a date. `None` when the activity takes no sign-ups or the
/// date does not exist.
pub async fn sign_up(
    db: &DatabaseConnection,
    activity_id: i32,
    original_start: DateTime<Utc>,
    sign_up: &SignUp,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Option<SignedUp>, DbErr> {
    let transaction = crate::writing::begin_writing(db).await?;
    if !lock_date(&transaction, activity_id, original_start).await? {
        return Ok(None);
    }
    let Some(activity) = activity::Entity::find_by_id(activity_id)
        .one(&transaction)
        .await?
        .filter(|activity| activity.signup_required)
    else {
        return Ok(None);
    };
    let taken = people_confirmed(&transaction, activity_id, original_start).await?;
    let status = match activity.capacity {
        Some(capacity) if taken + sign_up.people > capacity => RegistrationStatus::Waiting,
        _ => RegistrationStatus::Confirmed,
    };
    let token = new_token();
    activity_registration::ActiveModel {
        activity_id: Set(activity_id),
        original_starts_at: Set(original_start),
        name: Set(sign_up.name.clone()),
        email: Set(sign_up.email.clone()),
        phone: Set(sign_up.phone.clone()),
        people: Set(sign_up.people),
        status: Set(status.code().to_owned()),
        cancel_token_hash: Set(token_hash(&token)),
        consent_at: Set(now),
        created_at: Set(now),
        cancelled_at: Set(None),
        language: Set(locale.code().to_owned()),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    transaction.commit().await?;
    Ok(Some(SignedUp { token, status }))
}

/// The sign-up a cancel link belongs to.
pub async fn find_by_token(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<Option<activity_registration::Model>, DbErr> {
    activity_registration::Entity::find()
        .filter(activity_registration::Column::CancelTokenHash.eq(token_hash(token)))
        .one(db)
        .await
}

/// What cancelling did: who moved up from the waiting list (to mail them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cancelled {
    pub moved_up: Vec<activity_registration::Model>,
}

/// Cancels the sign-up of a cancel link; `None` when the link opens no
/// sign-up or it was cancelled already.
pub async fn cancel(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<Cancelled>, DbErr> {
    let transaction = crate::writing::begin_writing(db).await?;
    let Some(registration) = find_by_token(&transaction, token).await? else {
        return Ok(None);
    };
    if RegistrationStatus::from_code(&registration.status) == RegistrationStatus::Cancelled {
        return Ok(None);
    }
    let (activity_id, original_start) = (registration.activity_id, registration.original_starts_at);
    lock_date(&transaction, activity_id, original_start).await?;
    let mut row: activity_registration::ActiveModel = registration.into();
    row.status = Set(RegistrationStatus::Cancelled.code().to_owned());
    row.cancelled_at = Set(Some(now));
    row.update(&transaction).await?;

    let capacity = activity::Entity::find_by_id(activity_id)
        .one(&transaction)
        .await?
        .and_then(|activity| activity.capacity);
    let mut moved_up = Vec::new();
    if let Some(capacity) = capacity {
        let mut free =
            capacity - people_confirmed(&transaction, activity_id, original_start).await?;
        let waiting = activity_registration::Entity::find()
            .filter(activity_registration::Column::ActivityId.eq(activity_id))
            .filter(activity_registration::Column::OriginalStartsAt.eq(original_start))
            .filter(activity_registration::Column::Status.eq(RegistrationStatus::Waiting.code()))
            .order_by_asc(activity_registration::Column::CreatedAt)
            .order_by_asc(activity_registration::Column::Id)
            .all(&transaction)
            .await?;
        // In order; a large group that does not fit yet keeps its turn
        // while a smaller one behind it may fit.
        for waiting in waiting {
            if waiting.people > free {
                continue;
            }
            free -= waiting.people;
            let mut row: activity_registration::ActiveModel = waiting.clone().into();
            row.status = Set(RegistrationStatus::Confirmed.code().to_owned());
            moved_up.push(row.update(&transaction).await?);
        }
    }
    transaction.commit().await?;
    Ok(Some(Cancelled { moved_up }))
}

/// Every sign-up for one date, oldest first: the organiser's list.
pub async fn registrations_for(
    db: &impl ConnectionTrait,
    activity_id: i32,
    original_start: DateTime<Utc>,
) -> Result<Vec<activity_registration::Model>, DbErr> {
    activity_registration::Entity::find()
        .filter(activity_registration::Column::ActivityId.eq(activity_id))
        .filter(activity_registration::Column::OriginalStartsAt.eq(original_start))
        .order_by_asc(activity_registration::Column::CreatedAt)
        .order_by_asc(activity_registration::Column::Id)
        .all(db)
        .await
}

/// Removes sign-ups for dates that started before `cutoff`. How many people
/// had a place stays on the date itself (`registered_people`), without
/// names, so the dashboard's results keep counting them.
pub async fn remove_before(db: &impl ConnectionTrait, cutoff: DateTime<Utc>) -> Result<u64, DbErr> {
    let counts: Vec<(i32, DateTime<Utc>, Option<i64>)> = activity_registration::Entity::find()
        .select_only()
        .column(activity_registration::Column::ActivityId)
        .column(activity_registration::Column::OriginalStartsAt)
        .column_as(activity_registration::Column::People.sum(), "people")
        .filter(activity_registration::Column::OriginalStartsAt.lt(cutoff))
        .filter(activity_registration::Column::Status.eq(RegistrationStatus::Confirmed.code()))
        .group_by(activity_registration::Column::ActivityId)
        .group_by(activity_registration::Column::OriginalStartsAt)
        .into_tuple()
        .all(db)
        .await?;
    for (activity_id, original_start, people) in counts {
        activity_occurrence::Entity::update_many()
            .col_expr(
                activity_occurrence::Column::RegisteredPeople,
                Expr::value(people.unwrap_or(0) as i32),
            )
            .filter(activity_occurrence::Column::ActivityId.eq(activity_id))
            .filter(activity_occurrence::Column::OriginalStartsAt.eq(original_start))
            .exec(db)
            .await?;
    }
    Ok(activity_registration::Entity::delete_many()
        .filter(activity_registration::Column::OriginalStartsAt.lt(cutoff))
        .exec(db)
        .await?
        .rows_affected)
}

/// What happened to a date that people signed up for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateChange {
    /// To another day or time (also a moved date put back in its place).
    Moved {
        was: OccurrenceTimes,
        now: OccurrenceTimes,
    },
    /// Called off, one date or with the rest of the series.
    CalledOff(OccurrenceTimes),
    /// A called-off date that goes ahead after all.
    OnAgain(OccurrenceTimes),
}

/// Mails everyone who is signed up for the date (with a place or on the
/// waiting list) and gave an e-mail address, about `change`, in the
/// language they signed up in. Those who only gave a phone number are on
/// the organiser's list. Returns how many mails were queued.
pub async fn tell_signed_up(
    db: &impl ConnectionTrait,
    activity_id: i32,
    title: &str,
    original_start: DateTime<Utc>,
    change: DateChange,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let mut told = 0;
    for registration in registrations_for(db, activity_id, original_start).await? {
        let status = RegistrationStatus::from_code(&registration.status);
        let Some(email) = registration.email.as_deref() else {
            continue;
        };
        if status == RegistrationStatus::Cancelled {
            continue;
        }
        let locale = Locale::from_code(&registration.language).unwrap_or_default();
        crate::mail::queue(db, mail_about_change(locale, email, title, change), now).await?;
        told += 1;
    }
    Ok(told)
}

/// A date left its series (the series stopped, or got an earlier last
/// day): whoever signed up hears it is off, and their sign-up ends with
/// it, so that the date coming back (a later last day) does not bring
/// them back unasked. Returns how many mails went out.
pub async fn date_gone(
    db: &impl ConnectionTrait,
    activity_id: i32,
    title: &str,
    original_start: DateTime<Utc>,
    times: OccurrenceTimes,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    use sea_orm::sea_query::Expr;

    let told = tell_signed_up(
        db,
        activity_id,
        title,
        original_start,
        DateChange::CalledOff(times),
        now,
    )
    .await?;
    activity_registration::Entity::update_many()
        .col_expr(
            activity_registration::Column::Status,
            Expr::value(RegistrationStatus::Cancelled.code()),
        )
        .filter(activity_registration::Column::ActivityId.eq(activity_id))
        .filter(activity_registration::Column::OriginalStartsAt.eq(original_start))
        .exec(db)
        .await?;
    Ok(told)
}

/// [`date_gone`] for each of `dates` (original start, times). Returns how
/// many mails went out in all.
pub async fn dates_gone(
    db: &impl ConnectionTrait,
    activity_id: i32,
    title: &str,
    dates: &[(DateTime<Utc>, OccurrenceTimes)],
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let mut told = 0;
    for &(original_start, times) in dates {
        told += date_gone(db, activity_id, title, original_start, times, now).await?;
    }
    Ok(told)
}

/// The mail about a changed date. Only the hash of the cancel link is
/// stored, so it points to the link in the first mail.
pub fn mail_about_change(
    locale: Locale,
    to: &str,
    title: &str,
    change: DateChange,
) -> crate::mail::Mail {
    let texts = locale.agenda_texts();
    let when = |times: OccurrenceTimes| when_text(locale, times.starts_at, times.ends_at);
    let (subject, body) = match change {
        DateChange::Moved { was, now } => (
            (texts.mail_subject_date_moved)(title),
            (texts.mail_body_date_moved)(title, &when(was), &when(now)),
        ),
        DateChange::CalledOff(times) => (
            (texts.mail_subject_date_off)(title),
            (texts.mail_body_date_off)(title, &when(times)),
        ),
        DateChange::OnAgain(times) => (
            (texts.mail_subject_date_on)(title),
            (texts.mail_body_date_on)(title, &when(times)),
        ),
    };
    crate::mail::Mail {
        to: to.to_owned(),
        subject,
        body,
    }
}

/// "zaterdag 5 december, 11.00 – 13.00 uur": a date and time in a sentence.
pub fn when_text(
    locale: crate::i18n::Locale,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
) -> String {
    use super::ssr::{local_date, local_time};
    let t = locale.messages();
    let (date, start, end) = (
        local_date(starts_at),
        local_time(starts_at),
        local_time(ends_at),
    );
    let day = t.day_heading(date.weekday, date.day, date.month);
    // Inside a Dutch sentence the day is written small ("zaterdag"); in
    // English it keeps its capital ("Saturday").
    let day = match locale {
        Locale::Nl => day.to_lowercase(),
        Locale::En => day,
    };
    format!(
        "{}, {}",
        day,
        (t.time_range)(
            &(t.clock_time)(start.hour, start.minute),
            &(t.clock_time)(end.hour, end.minute)
        )
    )
}

/// The page of a sign-up, under its secret link: where it stands, and the
/// button to cancel. `None` when the link opens nothing.
pub async fn draw_registration(
    db: &DatabaseConnection,
    token: &str,
    notice: &str,
    retention_days: i64,
) -> Result<Option<crate::api_codec::DrawnHtml>, DbErr> {
    use leptos::prelude::*;
    use leptos::tachys::view::RenderHtml;

    let Some(registration) = find_by_token(db, token).await? else {
        return Ok(None);
    };
    let Some(activity) = activity::Entity::find_by_id(registration.activity_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let date = activity_occurrence::Entity::find()
        .filter(activity_occurrence::Column::ActivityId.eq(activity.id))
        .filter(activity_occurrence::Column::OriginalStartsAt.eq(registration.original_starts_at))
        .one(db)
        .await?;
    let (starts_at, ends_at) = match &date {
        Some(date) => (date.starts_at, date.ends_at),
        None => (
            registration.original_starts_at,
            registration.original_starts_at,
        ),
    };
    let texts = super::texts::use_agenda_texts();
    let when = when_text(crate::i18n::current_locale(), starts_at, ends_at);
    let status = RegistrationStatus::from_code(&registration.status);
    let text = match status {
        RegistrationStatus::Confirmed => {
            (texts.registration_confirmed)(&activity.title, &when, registration.people)
        }
        RegistrationStatus::Waiting => (texts.registration_waiting)(&activity.title, &when),
        RegistrationStatus::Cancelled => texts.registration_cancelled.to_owned(),
    };
    let date_key = super::ssr::local_date(registration.original_starts_at).iso();
    let activity_href = format!("/activiteiten/{}/{date_key}", activity.id);
    let cancelled = status == RegistrationStatus::Cancelled;
    let just_done = matches!(notice, "aangemeld" | "afgemeld");
    let html = view! {
        <p class="notice" role=just_done.then_some("status")>{text}</p>
        <p><a href=activity_href>{activity.title.clone()}</a></p>
        {(!cancelled).then(|| view! {
            <p>{texts.registration_keep_link}</p>
            <form method="post" action=format!("/aanmelding/{token}")>
                <button class="button button--secondary" type="submit" name="actie" value="afmelden">
                    {texts.registration_cancel_button}
                </button>
            </form>
        })}
        <p>{(texts.registration_retention)(retention_days)}</p>
    }
    .to_html();
    Ok(Some(crate::api_codec::DrawnHtml {
        title: texts.registration_title.to_owned(),
        html,
    }))
}

/// The mail after signing up, with the cancel link.
pub fn mail_after_sign_up(
    locale: crate::i18n::Locale,
    to: &str,
    title: &str,
    when: &str,
    signed_up: &SignedUp,
    people: i32,
    cancel_link: &str,
) -> crate::mail::Mail {
    let texts = locale.agenda_texts();
    let (subject, status_text) = match signed_up.status {
        RegistrationStatus::Waiting => (
            (texts.mail_subject_waiting)(title),
            (texts.registration_waiting)(title, when),
        ),
        _ => (
            (texts.mail_subject_confirmed)(title),
            (texts.registration_confirmed)(title, when, people),
        ),
    };
    crate::mail::Mail {
        to: to.to_owned(),
        subject,
        body: (texts.mail_body)(&status_text, when, cancel_link),
    }
}

/// The mail to someone who moved up from the waiting list. Only the hash
/// of their link is stored, so it points to the first mail's link.
pub fn mail_moved_up(
    locale: crate::i18n::Locale,
    to: &str,
    title: &str,
    when: &str,
    people: i32,
) -> crate::mail::Mail {
    let texts = locale.agenda_texts();
    crate::mail::Mail {
        to: to.to_owned(),
        subject: (texts.mail_subject_moved_up)(title),
        body: (texts.mail_body_moved_up)(
            &(texts.registration_confirmed)(title, when, people),
            when,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(name: &str, email: &str, phone: &str, people: &str, consent: bool) -> SignUpAnswers {
        SignUpAnswers {
            name: name.to_owned(),
            email: email.to_owned(),
            phone: phone.to_owned(),
            people: people.to_owned(),
            consent,
        }
    }

    #[test]
    fn a_sign_up_needs_a_name_a_way_to_reach_and_consent() {
        let problems = answers(" ", "", "", "0", false).check().unwrap_err();
        assert_eq!(
            problems,
            vec![
                (SignUpField::Name, SignUpProblem::NameMissing),
                (SignUpField::Email, SignUpProblem::NoWayToReach),
                (SignUpField::People, SignUpProblem::PeopleOutOfRange),
                (SignUpField::Consent, SignUpProblem::NoConsent),
            ]
        );
        let problems = answers("Sam", "sam@", "12", "11", true)
            .check()
            .unwrap_err();
        assert_eq!(
            problems,
            vec![
                (SignUpField::Email, SignUpProblem::NotAnEmail),
                (SignUpField::Phone, SignUpProblem::NotAPhone),
                (SignUpField::People, SignUpProblem::PeopleOutOfRange),
            ]
        );
    }

    #[test]
    fn a_phone_alone_is_enough_and_one_person_is_the_default() {
        let sign_up = answers("Sam de Vries", "", "06 12345678", "", true)
            .check()
            .unwrap();
        assert_eq!(sign_up.people, 1);
        assert_eq!(sign_up.email, None);
        assert!(sign_up.phone.is_some());
    }
}
