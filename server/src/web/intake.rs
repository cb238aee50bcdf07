//! The posts of the intake feature: the wizard's steps, the beheer page,
//! asking for a new beheerlink, and the professionals' decisions.
//!
//! Every post is checked with the same rules the browser uses
//! (`app::intake::types`) plus what only the server knows
//! (`app::intake::store::check_step`). A post with problems gets its page
//! back with the problems and everything typed; one without redirects.

use app::accounts::Role;
use app::initiatives::{InitiativeStatus, manage_links};
use app::intake::actions::{self, Decision};
use app::intake::drafts;
use app::intake::drawing::{IntakeFormState, NewLinkFormState, ReviewFormState};
use app::intake::store::{self, check_all, check_step, load_choices};
use app::intake::texts::problem_message;
use app::intake::types::{Field, FieldProblem, IntakeAnswers, Problem, Step};
use app::state::AppState;
use axum::extract::{Path, Request, State};
use axum::http::request::Parts;
use axum::response::Response;
use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::accounts::{email_problem, signed_in_account_with, typed_email};
use super::forms::{Pairs, page_with, read_form, see_other, trouble, value};
use super::plain_page::locale_of;

/// A robot filled in the field people cannot see.
fn is_spam(pairs: &Pairs) -> bool {
    !value(pairs, "bedrijfsnaam").trim().is_empty()
}

/// `POST /initiatief-aanmelden`: step 1 without a draft yet.
pub async fn start_post(State(state): State<AppState>, request: Request) -> Response {
    let (parts, pairs) = match read_form::<Pairs>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    if is_spam(&pairs) {
        return see_other("/initiatief-aanmelden", None);
    }
    let mut answers = IntakeAnswers::default();
    answers.take_step(Step::Initiative, &pairs);
    answers.mark_done(Step::Initiative);
    let problems = answers.problems(Step::Initiative);
    if !problems.is_empty() {
        let form = IntakeFormState {
            step: Step::Initiative,
            answers,
            problems,
        };
        return page_with(&state, parts, form).await;
    }
    match drafts::start(&state.db, &answers, Utc::now()).await {
        Ok(token) => see_other(&format!("/initiatief-aanmelden/{token}/2"), None),
        Err(error) => trouble(error),
    }
}

/// `GET /initiatief-aanmelden/{token}`: the resume link. It goes to the
/// first step that is not done yet (or the check page when all are).
pub async fn resume(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let draft = match drafts::find(&state.db, &token).await {
        Ok(Some(draft)) => draft,
        // An unknown link: the app's page for it (a 404).
        Ok(None) => return super::not_found(State(state), request).await,
        Err(error) => return trouble(error),
    };
    if draft.submitted {
        return see_other(&format!("/initiatief-aanmelden/{token}/6"), None);
    }
    let choices = match load_choices(&state.db).await {
        Ok(choices) => choices,
        Err(error) => return trouble(error),
    };
    let today = store::today(Utc::now());
    let first_open = Step::ALL
        .into_iter()
        .find(|step| {
            !draft.answers.steps_done.contains(&step.number())
                || !check_step(*step, &draft.answers, &choices, today).is_empty()
        })
        .unwrap_or(Step::Check);
    see_other(
        &format!("/initiatief-aanmelden/{token}/{}", first_open.number()),
        None,
    )
}

/// `POST /initiatief-aanmelden/{token}/{step}`
pub async fn step_post(
    State(state): State<AppState>,
    Path((token, step)): Path<(String, u8)>,
    request: Request,
) -> Response {
    let (parts, pairs) = match read_form::<Pairs>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let now = Utc::now();
    let draft = match drafts::find(&state.db, &token).await {
        Ok(Some(draft)) if !draft.submitted => draft,
        // The page says why the link does not work.
        Ok(_) => return page_with(&state, parts, ()).await,
        Err(error) => return trouble(error),
    };
    let Some(step) = Step::from_number(step) else {
        return page_with(&state, parts, ()).await;
    };
    let here = |step: Step| format!("/initiatief-aanmelden/{token}/{}", step.number());
    if is_spam(&pairs) {
        return see_other(&here(step), None);
    }
    let choices = match load_choices(&state.db).await {
        Ok(choices) => choices,
        Err(error) => return trouble(error),
    };
    let mut answers = draft.answers.clone();
    answers.take_step(step, &pairs);
    let action = value(&pairs, "actie");
    if action == "terug" {
        // What is there is kept, checked or not: nothing typed is lost.
        if let Err(error) = drafts::save(&state.db, draft.id, &answers, now).await {
            return trouble(error);
        }
        return see_other(&here(step.previous().unwrap_or(Step::Initiative)), None);
    }
    let today = store::today(now);
    let problems = check_step(step, &answers, &choices, today);
    if !problems.is_empty() {
        if step == Step::Check {
            // The ticks are kept, so the page shows them as they were.
            if let Err(error) = drafts::save(&state.db, draft.id, &answers, now).await {
                return trouble(error);
            }
        }
        let form = IntakeFormState {
            step,
            answers,
            problems,
        };
        return page_with(&state, parts, form).await;
    }
    answers.mark_done(step);
    if let Err(error) = drafts::save(&state.db, draft.id, &answers, now).await {
        return trouble(error);
    }
    if step == Step::Contact
        && let Err(error) = actions::mail_resume_link_once(
            &state.db,
            &draft,
            &answers,
            &token,
            &state.settings.public_url,
            now,
        )
        .await
    {
        return trouble(error);
    }
    if step != Step::Check {
        let next = if value(&pairs, "vanuit") == "controle" {
            Step::Check
        } else {
            step.next().unwrap_or(Step::Check)
        };
        return see_other(&here(next), None);
    }
    // Sending: everything must be right, not only the last step.
    if !check_all(&answers, &choices, today).is_empty() {
        let form = IntakeFormState {
            step,
            answers,
            problems: Vec::new(),
        };
        return page_with(&state, parts, form).await;
    }
    let draft = drafts::Draft { answers, ..draft };
    match actions::submit(&state.db, &draft, &state.settings.public_url, now).await {
        Ok(manage_token) => see_other(
            &format!("/mijn-initiatief/{manage_token}?melding=aangemeld"),
            None,
        ),
        Err(error) => trouble(error),
    }
}

/// A post through a beheerlink: the form, and the initiative the link
/// opens; or the answer to give when the link opens nothing.
async fn read_manage_post(
    state: &AppState,
    token: &str,
    request: Request,
) -> Result<(Parts, Pairs, entity::initiative::Model), Response> {
    let (parts, pairs) = read_form::<Pairs>(request, state).await?;
    match manage_links::initiative_of(&state.db, token, Utc::now()).await {
        Ok(Some(initiative)) => Ok((parts, pairs, initiative)),
        // The page says why the link does not work.
        Ok(None) => Err(page_with(state, parts, ()).await),
        Err(error) => Err(trouble(error)),
    }
}

/// `POST /mijn-initiatief/{token}/{step}`: a volunteer changes steps 1-5.
pub async fn manage_step_post(
    State(state): State<AppState>,
    Path((token, step)): Path<(String, u8)>,
    request: Request,
) -> Response {
    let (parts, pairs, initiative) = match read_manage_post(&state, &token, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let now = Utc::now();
    let Some(step) = Step::from_number(step).filter(|step| *step != Step::Check) else {
        return page_with(&state, parts, ()).await;
    };
    let (choices, mut answers) = match (
        load_choices(&state.db).await,
        store::answers_of(&state.db, &initiative).await,
    ) {
        (Ok(choices), Ok(answers)) => (choices, answers),
        (Err(error), _) | (_, Err(error)) => return trouble(error),
    };
    answers.take_step(step, &pairs);
    let problems = check_step(step, &answers, &choices, store::today(now));
    if !problems.is_empty() {
        let form = IntakeFormState {
            step,
            answers,
            problems,
        };
        return page_with(&state, parts, form).await;
    }
    let published = initiative.status == InitiativeStatus::Published.code();
    if let Err(error) = store::update_initiative(&state.db, initiative, &answers, step, now).await {
        return trouble(error);
    }
    if published {
        state.content_changed();
    }
    see_other(
        &format!("/mijn-initiatief/{token}?melding=opgeslagen"),
        None,
    )
}

/// `POST /mijn-initiatief/{token}/activiteiten`: add or remove an activity.
pub async fn manage_activities_post(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let (parts, pairs, initiative) = match read_manage_post(&state, &token, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let now = Utc::now();
    let back =
        |notice: &str| see_other(&format!("/mijn-initiatief/{token}?melding={notice}"), None);
    if value(&pairs, "actie") == "verwijder" {
        let Ok(activity_id) = value(&pairs, "verwijder").parse::<i32>() else {
            return back("");
        };
        let removed = store::remove_activity(&state.db, initiative.id, activity_id).await;
        return match removed {
            Ok(_) => {
                state.content_changed();
                back("verwijderd")
            }
            Err(error) => trouble(error),
        };
    }
    let mut answers = IntakeAnswers::default();
    answers.take_step(Step::Activities, &pairs);
    let choices = match load_choices(&state.db).await {
        Ok(choices) => choices,
        Err(error) => return trouble(error),
    };
    // Only the activity's fields are on this form; it must not be empty.
    let mut problems: Vec<FieldProblem> =
        check_step(Step::Activities, &answers, &choices, store::today(now))
            .into_iter()
            .filter(|problem| problem.field != Field::Description)
            .collect();
    if answers.activity.is_empty() {
        problems.push(FieldProblem {
            field: Field::ActivityTitle,
            problem: Problem::Missing,
        });
    }
    if !problems.is_empty() {
        let form = IntakeFormState {
            step: Step::Activities,
            answers,
            problems,
        };
        return page_with(&state, parts, form).await;
    }
    match store::add_activity_to(&state.db, initiative.id, &answers.activity, now).await {
        Ok(_) => {
            state.content_changed();
            back("activiteit")
        }
        Err(error) => trouble(error),
    }
}

/// `GET /mijn-initiatief/{token}/activiteiten`: the address the activity
/// forms post to, opened as a page (after a form with problems, from the
/// history). The activities are on the beheerlink's own page.
pub async fn to_manage_page(Path(token): Path<String>) -> Response {
    see_other(
        &format!("/mijn-initiatief/{}", app::links::urlencode(&token)),
        None,
    )
}

/// `POST /mijn-initiatief/{token}/activiteiten/{id}`: a volunteer changes
/// the activity's details, calls off a date, moves it, puts it back, or
/// stops the series.
pub async fn manage_dates_post(
    State(state): State<AppState>,
    Path((token, activity_id)): Path<(String, i32)>,
    request: Request,
) -> Response {
    use app::calendar::manage::DateAction;

    let (parts, pairs, initiative) = match read_manage_post(&state, &token, request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let page = format!("/mijn-initiatief/{token}/activiteiten/{activity_id}");
    let owned = entity::activity::Entity::find_by_id(activity_id)
        .filter(entity::activity::Column::InitiativeId.eq(initiative.id))
        .one(&state.db)
        .await;
    let activity = match owned {
        Ok(Some(activity)) => activity,
        // The page says the activity is not there.
        Ok(None) => return page_with(&state, parts, ()).await,
        Err(error) => return trouble(error),
    };
    if value(&pairs, "actie") == "opslaan" {
        return save_activity_details(&state, parts, &pairs, activity, &page).await;
    }
    if value(&pairs, "actie") == "tijden" {
        return change_times_of_series(&state, parts, &pairs, activity, &page).await;
    }
    if value(&pairs, "actie") == "einde" {
        return change_end_of_series(&state, parts, &pairs, activity, &page).await;
    }
    let Some(action) = DateAction::from_code(value(&pairs, "actie")) else {
        return see_other(&page, None);
    };
    let now = Utc::now();
    // A move is checked first: with a problem the page comes back with
    // the form as typed.
    let moved_to = if action == DateAction::Move {
        use app::calendar::move_date::{MoveAnswers, MoveFormState, local_today};
        let answers = MoveAnswers::from_pairs(&pairs);
        match answers.check(local_today(now)) {
            Ok(times) => Some(times),
            Err(problems) => {
                return page_with(&state, parts, MoveFormState { answers, problems }).await;
            }
        }
    } else {
        None
    };
    let done = change_dates(
        &state,
        &activity,
        action,
        value(&pairs, "datum"),
        moved_to,
        now,
    )
    .await;
    match done {
        Ok(Some(mailed)) => {
            state.content_changed();
            see_other(&after_change(&page, action.notice(), mailed), None)
        }
        // A date that is not (or no longer) there: back to the list as it is.
        Ok(None) => see_other(&page, None),
        Err(error) => trouble(error),
    }
}

/// Where a volunteer lands after a change to the dates: the page with its
/// notice, and how many people were mailed about it (a count, no names).
fn after_change(page: &str, notice: &str, mailed: usize) -> String {
    if mailed == 0 {
        format!("{page}?melding={notice}")
    } else {
        format!("{page}?melding={notice}&gemaild={mailed}")
    }
}

/// Does what the volunteer chose for a date (or the series) in one
/// transaction, with a mail to everyone signed up for a date that changes.
/// Gives how many mails went out, or `None` when there is no such date
/// (any more).
async fn change_dates(
    state: &AppState,
    activity: &entity::activity::Model,
    action: app::calendar::manage::DateAction,
    day: &str,
    moved_to: Option<app::calendar::recurrence::OccurrenceTimes>,
    now: chrono::DateTime<Utc>,
) -> Result<Option<usize>, sea_orm::DbErr> {
    use app::calendar::OccurrenceStatus;
    use app::calendar::manage::DateAction;
    use app::calendar::recurrence::OccurrenceTimes;
    use app::calendar::signup::{DateChange, dates_gone, tell_signed_up};
    use app::calendar::store;

    let times = |row: &entity::activity_occurrence::Model| OccurrenceTimes {
        starts_at: row.starts_at,
        ends_at: row.ends_at,
    };
    let transaction = app::writing::begin_writing(&state.db).await?;
    if action == DateAction::StopSeries {
        // The dates still to come, read before they go.
        let coming = store::occurrences_after(&transaction, activity.id, now).await?;
        if !store::end_series(&transaction, activity.id, now).await? {
            return Ok(None);
        }
        let gone = coming
            .iter()
            .filter(|date| OccurrenceStatus::from_code(&date.status) != OccurrenceStatus::Cancelled)
            .map(|date| (date.original_starts_at, times(date)))
            .collect::<Vec<_>>();
        let mailed = dates_gone(&transaction, activity.id, &activity.title, &gone, now).await?;
        transaction.commit().await?;
        return Ok(Some(mailed));
    }
    let Ok(day) = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") else {
        return Ok(None);
    };
    let Some(original) = store::original_start_on(&transaction, activity.id, day).await? else {
        return Ok(None);
    };
    let Some(before) = store::occurrence(&transaction, activity.id, original).await? else {
        return Ok(None);
    };
    let changed = match action {
        DateAction::CallOff | DateAction::Move => {
            store::change_occurrence(&transaction, activity.id, original, moved_to, now).await?
        }
        _ => store::restore_occurrence(&transaction, activity.id, original, now).await?,
    };
    let after = store::occurrence(&transaction, activity.id, original).await?;
    let Some(after) = after.filter(|_| changed) else {
        return Ok(None);
    };
    let (was, status) = (times(&before), OccurrenceStatus::from_code(&after.status));
    let change = if status == OccurrenceStatus::Cancelled {
        Some(DateChange::CalledOff(was))
    } else if OccurrenceStatus::from_code(&before.status) == OccurrenceStatus::Cancelled {
        Some(DateChange::OnAgain(times(&after)))
    } else if times(&after) != was {
        Some(DateChange::Moved {
            was,
            now: times(&after),
        })
    } else {
        // Called off twice, or put back where it already was: nothing new.
        None
    };
    let mailed = match change {
        Some(change) => {
            tell_signed_up(
                &transaction,
                activity.id,
                &activity.title,
                original,
                change,
                now,
            )
            .await?
        }
        None => 0,
    };
    transaction.commit().await?;
    Ok(Some(mailed))
}

/// The times of every date of a series: stored with a mail to everyone
/// signed up for a date still to come, or drawn again with the problems.
async fn change_times_of_series(
    state: &AppState,
    parts: Parts,
    pairs: &Pairs,
    activity: entity::activity::Model,
    page: &str,
) -> Response {
    use app::calendar::series_times::{
        SeriesTimesAnswers, SeriesTimesFormState, change_series_times,
    };
    use app::calendar::signup::{DateChange, tell_signed_up};

    if activity.recurrence_rule.is_none() {
        // One date: the move form is the way to change it.
        return see_other(page, None);
    }
    let answers = SeriesTimesAnswers::from_pairs(pairs);
    let times = match answers.check() {
        Ok(times) => times,
        Err(problems) => {
            return page_with(state, parts, SeriesTimesFormState { answers, problems }).await;
        }
    };
    let now = Utc::now();
    let done = async {
        let transaction = app::writing::begin_writing(&state.db).await?;
        let changed = change_series_times(&transaction, &activity, times, now).await?;
        let mut mailed = 0;
        for date in changed {
            let change = DateChange::Moved {
                was: date.was,
                now: date.now,
            };
            mailed += tell_signed_up(
                &transaction,
                activity.id,
                &activity.title,
                date.original_start,
                change,
                now,
            )
            .await?;
        }
        transaction.commit().await.map(|()| mailed)
    }
    .await;
    match done {
        Ok(mailed) => {
            state.content_changed();
            see_other(&after_change(page, "tijden", mailed), None)
        }
        Err(error) => trouble(error),
    }
}

/// The last day of a series: stored with a mail to everyone signed up for
/// a date that goes, or drawn again with the problem.
async fn change_end_of_series(
    state: &AppState,
    parts: Parts,
    pairs: &Pairs,
    activity: entity::activity::Model,
    page: &str,
) -> Response {
    use app::calendar::move_date::local_today;
    use app::calendar::series_end::{SeriesEndAnswers, SeriesEndFormState, change_series_end};
    use app::calendar::signup::dates_gone;

    if activity.recurrence_rule.is_none() {
        return see_other(page, None);
    }
    let now = Utc::now();
    let answers = SeriesEndAnswers::from_pairs(pairs);
    let first_day = activity
        .starts_at
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .date_naive();
    let last_day = match answers.check(local_today(now), first_day) {
        Ok(last_day) => last_day,
        Err(problem) => {
            let problem = Some(problem);
            return page_with(state, parts, SeriesEndFormState { answers, problem }).await;
        }
    };
    let done = async {
        let transaction = app::writing::begin_writing(&state.db).await?;
        let ended = change_series_end(&transaction, &activity, last_day, now).await?;
        let ended: Vec<_> = ended
            .iter()
            .map(|date| (date.original_start, date.times))
            .collect();
        let mailed = dates_gone(&transaction, activity.id, &activity.title, &ended, now).await?;
        transaction.commit().await.map(|()| mailed)
    }
    .await;
    let notice = if last_day.is_some() {
        "einde"
    } else {
        "geen-einde"
    };
    match done {
        Ok(mailed) => {
            state.content_changed();
            see_other(&after_change(page, notice, mailed), None)
        }
        Err(error) => trouble(error),
    }
}

/// The details form on an activity's page: stored, or drawn again with
/// what was typed and what is wrong.
async fn save_activity_details(
    state: &AppState,
    parts: Parts,
    pairs: &Pairs,
    activity: entity::activity::Model,
    page: &str,
) -> Response {
    use app::calendar::edit::{ActivityDetails, DetailsFormState, save_details};

    let details = ActivityDetails::from_pairs(pairs);
    let checked = match details.check() {
        Ok(checked) => checked,
        Err(problems) => {
            return page_with(state, parts, DetailsFormState { details, problems }).await;
        }
    };
    match save_details(&state.db, activity, &checked, Utc::now()).await {
        Ok(()) => {
            state.content_changed();
            see_other(&format!("{page}?melding=opgeslagen"), None)
        }
        Err(error) => trouble(error),
    }
}

#[derive(serde::Deserialize)]
pub struct NewLinkFields {
    #[serde(default)]
    email: String,
}

/// `POST /beheerlink-aanvragen`: the same answer for any address.
pub async fn new_link_post(State(state): State<AppState>, request: Request) -> Response {
    let (parts, fields) = match read_form::<NewLinkFields>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let email = typed_email(&fields.email);
    if let Some(problem) = email_problem(&email) {
        let locale = locale_of(&parts.headers);
        let field = match problem {
            app::accounts::forms::EmailProblem::Missing => Problem::Missing,
            app::accounts::forms::EmailProblem::Invalid => Problem::NotAnEmail,
        };
        let form = NewLinkFormState {
            email,
            problem: Some(problem_message(locale, Field::ContactEmail, field)),
        };
        return page_with(&state, parts, form).await;
    }
    match actions::mail_new_manage_links(&state.db, &email, &state.settings.public_url, Utc::now())
        .await
    {
        Ok(_) => see_other("/beheerlink-aanvragen?melding=verstuurd", None),
        Err(error) => trouble(error),
    }
}

#[derive(serde::Deserialize)]
pub struct ReviewFields {
    #[serde(default)]
    actie: String,
    #[serde(default)]
    reden: String,
    #[serde(default)]
    vraag: String,
}

/// `POST /beheer/aanmeldingen/{number}`: a professional's decision.
pub async fn review_post(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    request: Request,
) -> Response {
    let (parts, fields) = match read_form::<ReviewFields>(request, &state).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let (professional, account) =
        match signed_in_account_with(&state, &parts.headers, Role::Professional).await {
            Ok(signed_in) => signed_in,
            Err(response) => return response,
        };
    let initiative = match entity::initiative::Entity::find_by_id(id)
        .one(&state.db)
        .await
    {
        Ok(Some(initiative)) => initiative,
        Ok(None) => return page_with(&state, parts, ()).await,
        Err(error) => return trouble(error),
    };
    let reason: String = fields.reden.trim().chars().take(2000).collect();
    let question: String = fields.vraag.trim().chars().take(2000).collect();
    let (decision, notice) = match fields.actie.as_str() {
        "goedkeuren" => (Decision::Approve, "goedgekeurd"),
        "intrekken" => (Decision::RevokeLinks, "ingetrokken"),
        "afwijzen" if !reason.is_empty() => (Decision::Decline { reason }, "afgewezen"),
        "vraag" if !question.is_empty() => (Decision::Ask { question }, "vraag"),
        "afwijzen" | "vraag" => {
            let form = ReviewFormState {
                reason_missing: fields.actie == "afwijzen",
                question_missing: fields.actie == "vraag",
                reason,
                question,
            };
            return page_with(&state, parts, form).await;
        }
        _ => return see_other(&format!("/beheer/aanmeldingen/{id}"), None),
    };
    let organisation = match app::accounts::users::organisation_name(
        &state.db,
        professional.organisation_id,
    )
    .await
    {
        Ok(name) => name,
        Err(error) => return trouble(error),
    };
    let decider = actions::Decider {
        user_id: professional.user_id,
        organisation,
        contact: format!("{} ({})", professional.display_name, account.email),
    };
    let approved = decision == Decision::Approve;
    match actions::decide(
        &state.db,
        initiative,
        decision,
        &decider,
        &state.settings.public_url,
        Utc::now(),
    )
    .await
    {
        Ok(()) => {
            // Approving and declining change the sociale kaart at once.
            if approved || notice == "afgewezen" {
                state.content_changed();
            }
            see_other(&format!("/beheer/aanmeldingen/{id}?melding={notice}"), None)
        }
        Err(error) => trouble(error),
    }
}
