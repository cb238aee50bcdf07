//! The six-step method per wijk (stappenplan): for each step its status
//! (not started, in progress, done), when it started and was done, and
//! notes. A step without a row has not started. The wijk's current step is
//! the first that is not done; "next step" marks it done and starts the
//! one after it.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use entity::method_progress;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set,
};

use super::csv_tables::CsvTable;
use super::index::{DashboardIndex, Wijk};
use super::posted::{PostedForm, Problems, parse_day, problems_of, shown, text_at_most};
use super::texts::{DashboardTexts, use_dashboard_texts};
use super::widgets::{Context, csv_link, day, notice, user_names};
use crate::api_codec::DrawnHtml;
use crate::errors::{AppError, set_page_status};
use crate::forms::fields::{
    ChoiceGroup, ChoiceKind, ProblemSummary, TextArea, TextField, problem_at,
};
use crate::i18n::Locale;

pub const STEPS: i16 = 6;
pub const NOT_STARTED: &str = "not_started";
pub const IN_PROGRESS: &str = "in_progress";
pub const DONE: &str = "done";
pub const STATUSES: [&str; 3] = [NOT_STARTED, IN_PROGRESS, DONE];
pub const MAX_NOTES: usize = 4000;

/// The fields of step n (1 to 6), so each step's form has ids of its own.
const STATUS_FIELDS: [&str; 6] = [
    "status-1", "status-2", "status-3", "status-4", "status-5", "status-6",
];
const STARTED_FIELDS: [&str; 6] = [
    "begonnen-1",
    "begonnen-2",
    "begonnen-3",
    "begonnen-4",
    "begonnen-5",
    "begonnen-6",
];
const DONE_FIELDS: [&str; 6] = [
    "klaar-1", "klaar-2", "klaar-3", "klaar-4", "klaar-5", "klaar-6",
];
const NOTES_FIELDS: [&str; 6] = [
    "notities-1",
    "notities-2",
    "notities-3",
    "notities-4",
    "notities-5",
    "notities-6",
];

/// One step of one wijk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepState {
    pub step: i16,
    pub status: String,
    pub started_on: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    pub notes: String,
    pub updated: Option<(Option<i32>, DateTime<Utc>)>,
}

impl StepState {
    fn not_started(step: i16) -> StepState {
        StepState {
            step,
            status: NOT_STARTED.to_owned(),
            started_on: None,
            done_on: None,
            notes: String::new(),
            updated: None,
        }
    }
}

fn steps_from(rows: impl IntoIterator<Item = method_progress::Model>) -> Vec<StepState> {
    let mut steps: Vec<StepState> = (1..=STEPS).map(StepState::not_started).collect();
    for row in rows {
        if let Some(step) = steps.get_mut(usize::from((row.step - 1).max(0) as u8)) {
            *step = StepState {
                step: row.step,
                status: row.status,
                started_on: row.started_on,
                done_on: row.done_on,
                notes: row.notes,
                updated: Some((row.updated_by_user_id, row.updated_at)),
            };
        }
    }
    steps
}

/// The six steps of one wijk.
pub async fn steps_of(db: &impl ConnectionTrait, area_id: i32) -> Result<Vec<StepState>, DbErr> {
    let rows = method_progress::Entity::find()
        .filter(method_progress::Column::AreaId.eq(area_id))
        .all(db)
        .await?;
    Ok(steps_from(rows))
}

/// The six steps of every wijk, by area id.
pub async fn all_steps(db: &DatabaseConnection) -> Result<HashMap<i32, Vec<StepState>>, DbErr> {
    let mut rows: HashMap<i32, Vec<method_progress::Model>> = HashMap::new();
    for row in method_progress::Entity::find().all(db).await? {
        rows.entry(row.area_id).or_default().push(row);
    }
    Ok(rows
        .into_iter()
        .map(|(area, rows)| (area, steps_from(rows)))
        .collect())
}

/// The step a wijk is at: the first that is not done; `None` when all are.
pub fn current_step(steps: &[StepState]) -> Option<&StepState> {
    steps.iter().find(|step| step.status != DONE)
}

/// A step's new state, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepChange {
    pub status: String,
    pub started_on: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    pub notes: String,
}

/// Checks a posted step. A step marked done without a day is done today;
/// a step in progress without a start started today.
pub fn check(
    pairs: &[(String, String)],
    step: i16,
    today: NaiveDate,
    texts: &DashboardTexts,
) -> Result<StepChange, Problems> {
    let at = usize::from((step - 1).clamp(0, STEPS - 1) as u8);
    let value = |name: &str| crate::forms::posted_value(pairs, name);
    let mut problems = Problems::new();
    let status = value(STATUS_FIELDS[at]);
    if !STATUSES.contains(&status) {
        problems.push((texts.problem_status.to_owned(), STATUS_FIELDS[at]));
    }
    let mut day_in = |field: &'static str| match value(field).trim() {
        "" => None,
        text => {
            let parsed = parse_day(text);
            if parsed.is_none() {
                problems.push((texts.problem_date.to_owned(), field));
            }
            parsed
        }
    };
    let mut started_on = day_in(STARTED_FIELDS[at]);
    let mut done_on = day_in(DONE_FIELDS[at]);
    let notes = text_at_most(
        value(NOTES_FIELDS[at]),
        MAX_NOTES,
        NOTES_FIELDS[at],
        &mut problems,
    );
    if status == DONE && done_on.is_none() && problems.is_empty() {
        done_on = Some(today);
    }
    if status != NOT_STARTED && started_on.is_none() && problems.is_empty() {
        started_on = Some(done_on.unwrap_or(today).min(today));
    }
    if let (Some(started), Some(done)) = (started_on, done_on)
        && done < started
    {
        problems.push((texts.problem_done_before_start.to_owned(), DONE_FIELDS[at]));
    }
    if problems.is_empty() {
        Ok(StepChange {
            status: status.to_owned(),
            started_on,
            done_on,
            notes,
        })
    } else {
        Err(problems)
    }
}

/// Stores a step of a wijk.
pub async fn save(
    db: &impl ConnectionTrait,
    area_id: i32,
    step: i16,
    change: StepChange,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let existing = method_progress::Entity::find()
        .filter(method_progress::Column::AreaId.eq(area_id))
        .filter(method_progress::Column::Step.eq(step))
        .one(db)
        .await?;
    let mut row = match existing {
        Some(existing) => existing.into(),
        None => method_progress::ActiveModel {
            area_id: Set(area_id),
            step: Set(step),
            ..Default::default()
        },
    };
    row.status = Set(change.status);
    row.started_on = Set(change.started_on);
    row.done_on = Set(change.done_on);
    row.notes = Set(change.notes);
    row.updated_by_user_id = Set(Some(user_id));
    row.updated_at = Set(now);
    row.save(db).await.map(|_| ())
}

/// Marks the wijk's current step done today and starts the next one.
/// Returns the step the wijk is at now, or `None` when all six are done
/// (or were already).
pub async fn next_step(
    db: &DatabaseConnection,
    area_id: i32,
    user_id: i32,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Option<i16>, DbErr> {
    let transaction = crate::writing::begin_writing(db).await?;
    let steps = steps_of(&transaction, area_id).await?;
    let Some(current) = current_step(&steps).cloned() else {
        return Ok(None);
    };
    let done = StepChange {
        status: DONE.to_owned(),
        started_on: Some(current.started_on.unwrap_or(today)),
        done_on: Some(today),
        notes: current.notes,
    };
    save(&transaction, area_id, current.step, done, user_id, now).await?;
    let next = steps
        .iter()
        .find(|step| step.step > current.step && step.status != DONE)
        .cloned();
    if let Some(next) = &next
        && next.status == NOT_STARTED
    {
        let started = StepChange {
            status: IN_PROGRESS.to_owned(),
            started_on: Some(next.started_on.unwrap_or(today)),
            done_on: None,
            notes: next.notes.clone(),
        };
        save(&transaction, area_id, next.step, started, user_id, now).await?;
    }
    transaction.commit().await?;
    Ok(next.map(|step| step.step))
}

/// The CSV: a row per wijk and step.
pub fn table(
    locale: Locale,
    wijken: &[&Wijk],
    steps: &HashMap<i32, Vec<StepState>>,
) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let texts = locale.dashboard_texts();
    let header = vec![
        texts.column_wijk,
        texts.column_step,
        texts.column_status,
        texts.column_started,
        texts.column_done,
        texts.column_notes,
    ];
    let mut cells = Vec::new();
    for wijk in wijken {
        let states = steps
            .get(&wijk.id)
            .cloned()
            .unwrap_or_else(|| steps_from(Vec::new()));
        for state in states {
            cells.push(vec![
                wijk.name.clone(),
                (texts.step_name)(state.step, texts.steps[usize::from(state.step as u8 - 1)]),
                (texts.step_status)(&state.status).to_owned(),
                state
                    .started_on
                    .map(|on| on.to_string())
                    .unwrap_or_default(),
                state.done_on.map(|on| on.to_string()).unwrap_or_default(),
                state.notes,
            ]);
        }
    }
    (header, cells)
}

/// The wijken a filter shows: one, or all.
pub fn wijken_shown(index: &DashboardIndex, wijk: Option<Option<u16>>) -> Vec<&Wijk> {
    match wijk {
        None => index.wijken.iter().collect(),
        Some(None) => Vec::new(),
        Some(Some(at)) => vec![&index.wijken[usize::from(at)]],
    }
}

/// The overview's table: the step each wijk is at.
pub fn summary_table(
    texts: &'static DashboardTexts,
    wijken: &[&Wijk],
    steps: &HashMap<i32, Vec<StepState>>,
) -> AnyView {
    let rows = wijken
        .iter()
        .map(|wijk| {
            let states = steps
                .get(&wijk.id)
                .cloned()
                .unwrap_or_else(|| steps_from(Vec::new()));
            let (step, status, since) = match current_step(&states) {
                Some(current) => (
                    (texts.step_name)(current.step, texts.steps[usize::from(current.step as u8 - 1)]),
                    (texts.step_status)(&current.status),
                    current.started_on.map(day).unwrap_or_default(),
                ),
                None => (texts.all_done.to_owned(), (texts.step_status)(DONE), String::new()),
            };
            view! {
                <tr>
                    <th scope="row">{wijk.name.clone()}</th>
                    <td>{step}</td>
                    <td>{status}</td>
                    <td>{since}</td>
                    <td><a href=format!("/dashboard/stappenplan/{}", wijk.key)>{(texts.method_link)(&wijk.name)}</a></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby="stappenplan-tabel" tabindex="0">
            <table class="table">
                <caption id="stappenplan-tabel">{texts.method_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{texts.column_wijk}</th>
                        <th scope="col">{texts.column_step}</th>
                        <th scope="col">{texts.column_status}</th>
                        <th scope="col">{texts.column_since}</th>
                        <td></td>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Draws `/dashboard/stappenplan/{wijk}`.
pub async fn draw(context: &Context<'_>, key: &str) -> Result<DrawnHtml, AppError> {
    let texts = use_dashboard_texts();
    let Some(at) = context.index.wijk_position(key) else {
        set_page_status(404);
        let html = view! {
            <p>{texts.unknown_wijk}</p>
            <p><a href="/dashboard#stappenplan">{texts.back_to_dashboard}</a></p>
        }
        .to_html();
        return Ok(DrawnHtml {
            title: texts.method_heading.to_owned(),
            html,
        });
    };
    let wijk = &context.index.wijken[usize::from(at)];
    let steps = steps_of(context.db(), wijk.id).await?;
    let names = user_names(
        context.db(),
        steps
            .iter()
            .filter_map(|step| step.updated.and_then(|(user, _)| user)),
    )
    .await?;
    let action = format!("/dashboard/stappenplan/{}", wijk.key);
    let current = current_step(&steps).cloned();
    let where_now = match &current {
        Some(current) => {
            let name = texts.steps[usize::from(current.step as u8 - 1)];
            let next = (current.step < STEPS).then(|| {
                view! {
                    <form method="post" action=action.clone() class="form">
                        <div class="form__buttons">
                            <button class="button" type="submit" name="actie" value="volgende">
                                {(texts.next_step_button)(current.step)}
                            </button>
                        </div>
                    </form>
                }
            });
            view! {
                <p class="method-now"><strong>{(texts.now_at)(current.step, name)}</strong></p>
                {next}
            }
            .into_any()
        }
        None => view! { <p class="method-now"><strong>{texts.all_done}</strong></p> }.into_any(),
    };
    let statuses: Vec<(String, String)> = STATUSES
        .iter()
        .map(|code| ((*code).to_owned(), (texts.step_status)(code).to_owned()))
        .collect();
    let step_forms = steps
        .iter()
        .map(|state| {
            let at = usize::from(state.step as u8 - 1);
            let posted = PostedForm::of(&format!("stap-{}", state.step));
            let problems = problems_of(&posted);
            let day_value = |day: Option<NaiveDate>| day.map(|day| day.to_string()).unwrap_or_default();
            let is_current = current.as_ref().is_some_and(|current| current.step == state.step);
            let updated = state.updated.map(|(user, at)| {
                let who = user.and_then(|user| names.get(&user).cloned());
                (texts.updated_line)(who.as_deref(), &super::widgets::day_of(at))
            });
            view! {
                <section class="method-step" class:method-step--current=is_current aria-labelledby=format!("stap-{}", state.step)>
                    <h2 id=format!("stap-{}", state.step)>{(texts.step_name)(state.step, texts.steps[at])}</h2>
                    <p>{texts.step_hints[at]}</p>
                    <p class="method-step__status">{texts.column_status}": "<strong>{(texts.step_status)(&state.status)}</strong></p>
                    {updated.map(|line| view! { <p class="source">{line}</p> })}
                    <form method="post" action=action.clone() class="form" novalidate>
                        <ProblemSummary problems=problems.clone()/>
                        <ChoiceGroup name=STATUS_FIELDS[at] legend=texts.step_status_legend kind=ChoiceKind::Radios
                            options=statuses.clone()
                            chosen=vec![shown(&posted, STATUS_FIELDS[at], state.status.clone())]
                            problem=problem_at(&problems, STATUS_FIELDS[at])
                            class="choices__list--row"/>
                        <TextField id=STARTED_FIELDS[at] name=STARTED_FIELDS[at] label=texts.started_on_label kind="date"
                            autocomplete="off" hint=texts.date_hint
                            value=shown(&posted, STARTED_FIELDS[at], day_value(state.started_on))
                            problem=problem_at(&problems, STARTED_FIELDS[at])/>
                        <TextField id=DONE_FIELDS[at] name=DONE_FIELDS[at] label=texts.done_on_label kind="date"
                            autocomplete="off"
                            value=shown(&posted, DONE_FIELDS[at], day_value(state.done_on))
                            problem=problem_at(&problems, DONE_FIELDS[at])/>
                        <TextArea id=NOTES_FIELDS[at] label=texts.notes_label
                            value=shown(&posted, NOTES_FIELDS[at], state.notes.clone()) maxlength=MAX_NOTES
                            problem=problem_at(&problems, NOTES_FIELDS[at])/>
                        <input type="hidden" name="stap" value=state.step.to_string()/>
                        <div class="form__buttons">
                            <button class="button button--secondary" type="submit" name="actie" value=format!("stap-{}", state.step)>
                                {(texts.save_step_button)(state.step)}
                            </button>
                        </div>
                    </form>
                </section>
            }
        })
        .collect_view();
    let html = view! {
        <p><a href="/dashboard#stappenplan">{texts.back_to_dashboard}</a></p>
        {notice(context.notice)}
        <p class="lead">{texts.method_page_intro}</p>
        {where_now}
        <nav class="page-contents" aria-label=texts.contents>
            <ul>
                {steps.iter().map(|state| view! {
                    <li><a href=format!("#stap-{}", state.step)>{(texts.step_name)(state.step, texts.steps[usize::from(state.step as u8 - 1)])}</a></li>
                }).collect_view()}
            </ul>
        </nav>
        {step_forms}
        {csv_link(&super::filter::DashboardFilter { wijk: Some(wijk.key.clone()), ..Default::default() }, CsvTable::Method, &[])}
    }
    .to_html();
    Ok(DrawnHtml {
        title: (texts.method_title)(&wijk.name),
        html,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posted(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect()
    }

    #[test]
    fn a_step_is_checked_and_gets_its_days() {
        let texts = Locale::Nl.dashboard_texts();
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let done = check(
            &posted(&[("status-2", "done"), ("notities-2", " Kaart af ")]),
            2,
            today,
            texts,
        )
        .unwrap();
        assert_eq!((done.started_on, done.done_on), (Some(today), Some(today)));
        assert_eq!(done.notes, "Kaart af");

        let problems = check(
            &posted(&[
                ("status-3", "done"),
                ("begonnen-3", "2026-11-01"),
                ("klaar-3", "2026-10-01"),
            ]),
            3,
            today,
            texts,
        )
        .unwrap_err();
        assert_eq!(
            problems,
            vec![(texts.problem_done_before_start.to_owned(), "klaar-3")]
        );

        let problems = check(
            &posted(&[("status-1", "half"), ("begonnen-1", "ooit")]),
            1,
            today,
            texts,
        )
        .unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|(_, field)| *field).collect();
        assert_eq!(fields, ["status-1", "begonnen-1"]);
    }

    #[test]
    fn the_current_step_is_the_first_not_done() {
        let mut steps = steps_from(Vec::new());
        assert_eq!(current_step(&steps).map(|step| step.step), Some(1));
        steps[0].status = DONE.to_owned();
        steps[1].status = IN_PROGRESS.to_owned();
        assert_eq!(current_step(&steps).map(|step| step.step), Some(2));
        for step in &mut steps {
            step.status = DONE.to_owned();
        }
        assert_eq!(current_step(&steps), None);
    }
}
