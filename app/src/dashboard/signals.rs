//! Signals (signalen, KIS point 1): what an initiative or a professional
//! notices in a wijk, by theme. Never about a person: the form says so,
//! and there is no field for a name. Professionals pick a signal up and
//! must give feedback, which the initiative reads on its beheer page. A
//! signal that waits longer than two weeks for feedback stands out.

use chrono::{DateTime, Duration, Utc};
use entity::{initiative, signal};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use super::csv_tables::CsvTable;
use super::index::{DashboardIndex, Resolved};
use super::posted::{PostedForm, Problems, problems_of, shown, text_at_most};
use super::texts::{DashboardTexts, use_dashboard_texts};
use super::widgets::{Context, FilterChoice, csv_link, day_of, filter_form, notice, user_names};
use crate::api_codec::DrawnHtml;
use crate::errors::{AppError, set_page_status};
use crate::forms::fields::{DataTable, ProblemSummary, SelectField, TextArea, problem_at};
use crate::i18n::{Locale, current_locale};

pub const OPEN: &str = "open";
pub const PICKED_UP: &str = "picked_up";
pub const ANSWERED: &str = "answered";
pub const MAX_DESCRIPTION: usize = 2000;
pub const MAX_FEEDBACK: usize = 2000;
/// Rows on one page of `/dashboard/signalen`.
const PAGE_SIZE: usize = 50;
/// After this long without feedback a signal stands out.
pub const WAITING_DAYS: i64 = 14;

/// A signal as the lists show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignalRow {
    pub id: i32,
    pub area_id: i32,
    pub theme_id: i32,
    pub wijk: String,
    pub theme_nl: String,
    pub theme_en: String,
    pub description: String,
    pub status: String,
    /// The initiative that passed it on; `None` when a professional
    /// recorded it.
    pub initiative: Option<String>,
    pub created_at: DateTime<Utc>,
    pub picked_up: Option<(String, DateTime<Utc>)>,
    pub feedback: Option<String>,
    pub answered: Option<(String, DateTime<Utc>)>,
}

impl SignalRow {
    pub fn theme(&self, locale: Locale) -> &str {
        match locale {
            Locale::Nl => &self.theme_nl,
            Locale::En => &self.theme_en,
        }
    }

    /// Whether it has waited longer than [`WAITING_DAYS`] for feedback.
    pub fn waits_long(&self, now: DateTime<Utc>) -> bool {
        self.status != ANSWERED && self.created_at < now - Duration::days(WAITING_DAYS)
    }
}

/// Which signals a list shows.
#[derive(Clone, Copy, Debug, Default)]
pub struct SignalSelection {
    pub filter: Resolved,
    /// Only those created since.
    pub since: Option<DateTime<Utc>>,
    /// Only those without feedback yet.
    pub unanswered: bool,
}

/// The signals that pass `selection`, newest first, from the signals in
/// memory (`relations`).
pub fn rows<'a>(
    relations: &'a super::relations::DashboardRelations,
    index: &DashboardIndex,
    selection: SignalSelection,
) -> Vec<&'a SignalRow> {
    let filter = selection.filter;
    let wanted = |wanted: Option<Option<u16>>, id_at: &dyn Fn(u16) -> i32, id: i32| match wanted {
        None => true,
        Some(None) => false,
        Some(Some(at)) => id_at(at) == id,
    };
    let wijk_id = |at: u16| index.wijken[usize::from(at)].id;
    let theme_id = |at: u16| index.themes[usize::from(at)].id;
    relations
        .signals
        .iter()
        .filter(|row| {
            wanted(filter.wijk, &wijk_id, row.area_id)
                && wanted(filter.theme, &theme_id, row.theme_id)
                && selection.since.is_none_or(|since| row.created_at >= since)
                && (!selection.unanswered || row.status != ANSWERED)
        })
        .collect()
}

/// The signals an initiative passed on, newest first.
pub async fn of_initiative(
    db: &DatabaseConnection,
    initiative_id: i32,
) -> Result<Vec<SignalRow>, DbErr> {
    let signals = signal::Entity::find()
        .filter(signal::Column::InitiativeId.eq(initiative_id))
        .order_by_desc(signal::Column::CreatedAt)
        .order_by_desc(signal::Column::Id)
        .all(db)
        .await?;
    with_names(db, signals).await
}

/// Signals as the lists show them: with the names of their wijk, theme,
/// initiative and the professionals who handled them.
pub(super) async fn with_names(
    db: &DatabaseConnection,
    signals: Vec<signal::Model>,
) -> Result<Vec<SignalRow>, DbErr> {
    let mut people = Vec::new();
    let mut initiative_ids = Vec::new();
    for row in &signals {
        people.extend(
            [row.picked_up_by_user_id, row.answered_by_user_id]
                .into_iter()
                .flatten(),
        );
        initiative_ids.extend(row.initiative_id);
    }
    let names = user_names(db, people).await?;
    initiative_ids.sort_unstable();
    initiative_ids.dedup();
    let initiatives: std::collections::HashMap<i32, String> = if initiative_ids.is_empty() {
        Default::default()
    } else {
        initiative::Entity::find()
            .filter(initiative::Column::Id.is_in(initiative_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|row| (row.id, row.name))
            .collect()
    };
    let name = |id: Option<i32>| {
        id.and_then(|id| names.get(&id).cloned())
            .unwrap_or_default()
    };
    let areas: std::collections::HashMap<i32, String> = entity::area::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|area| (area.id, area.name))
        .collect();
    let themes: std::collections::HashMap<i32, entity::theme::Model> =
        entity::theme::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|theme| (theme.id, theme))
            .collect();
    Ok(signals
        .into_iter()
        .map(|row| {
            let theme = themes.get(&row.theme_id);
            SignalRow {
                id: row.id,
                area_id: row.area_id,
                theme_id: row.theme_id,
                wijk: areas.get(&row.area_id).cloned().unwrap_or_default(),
                theme_nl: theme
                    .map(|theme| theme.label_nl.clone())
                    .unwrap_or_default(),
                theme_en: theme
                    .map(|theme| theme.label_en.clone())
                    .unwrap_or_default(),
                description: row.description,
                status: row.status,
                initiative: row
                    .initiative_id
                    .and_then(|id| initiatives.get(&id).cloned()),
                created_at: row.created_at,
                picked_up: row
                    .picked_up_at
                    .map(|at| (name(row.picked_up_by_user_id), at)),
                feedback: row.feedback,
                answered: row
                    .answered_at
                    .map(|at| (name(row.answered_by_user_id), at)),
            }
        })
        .collect())
}

/// A new signal, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSignal {
    pub area_id: i32,
    pub theme_id: i32,
    pub description: String,
}

/// Checks a posted signal: `wijk` must be one of `wijken` (id, key),
/// `thema` a theme of the index.
pub fn check_new(
    pairs: &[(String, String)],
    wijken: &[(i32, String)],
    index: &DashboardIndex,
    texts: &DashboardTexts,
) -> Result<NewSignal, Problems> {
    let value = |name: &str| crate::forms::posted_value(pairs, name);
    let mut problems = Problems::new();
    let area_id = wijken
        .iter()
        .find(|(_, key)| key == value("signaal-wijk"))
        .map(|(id, _)| *id);
    if area_id.is_none() {
        problems.push((texts.problem_wijk.to_owned(), "signaal-wijk"));
    }
    let theme_id = index
        .themes
        .iter()
        .find(|theme| theme.code == value("signaal-thema"))
        .map(|theme| theme.id);
    if theme_id.is_none() {
        problems.push((texts.problem_theme.to_owned(), "signaal-thema"));
    }
    let description = text_at_most(
        value("signaal-beschrijving"),
        MAX_DESCRIPTION,
        "signaal-beschrijving",
        &mut problems,
    );
    if description.is_empty() {
        problems.push((texts.problem_description.to_owned(), "signaal-beschrijving"));
    }
    match (area_id, theme_id) {
        (Some(area_id), Some(theme_id)) if problems.is_empty() => Ok(NewSignal {
            area_id,
            theme_id,
            description,
        }),
        _ => Err(problems),
    }
}

/// Who passes a signal on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignalSource {
    Initiative(i32),
    Professional(i32),
}

pub async fn record(
    db: &DatabaseConnection,
    new: NewSignal,
    source: SignalSource,
    now: DateTime<Utc>,
) -> Result<signal::Model, DbErr> {
    let (initiative_id, reported_by) = match source {
        SignalSource::Initiative(id) => (Some(id), None),
        SignalSource::Professional(id) => (None, Some(id)),
    };
    signal::ActiveModel {
        area_id: Set(new.area_id),
        theme_id: Set(new.theme_id),
        description: Set(new.description),
        status: Set(OPEN.to_owned()),
        initiative_id: Set(initiative_id),
        reported_by_user_id: Set(reported_by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// A professional takes the signal on; `false` when there is no such
/// signal.
pub async fn pick_up(
    db: &DatabaseConnection,
    id: i32,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let Some(row) = signal::Entity::find_by_id(id).one(db).await? else {
        return Ok(false);
    };
    let answered = row.status == ANSWERED;
    let mut row: signal::ActiveModel = row.into();
    if !answered {
        row.status = Set(PICKED_UP.to_owned());
    }
    row.picked_up_by_user_id = Set(Some(user_id));
    row.picked_up_at = Set(Some(now));
    row.updated_at = Set(now);
    row.update(db).await?;
    Ok(true)
}

pub fn check_feedback(
    pairs: &[(String, String)],
    texts: &DashboardTexts,
) -> Result<String, Problems> {
    let mut problems = Problems::new();
    let feedback = text_at_most(
        crate::forms::posted_value(pairs, "terugkoppeling"),
        MAX_FEEDBACK,
        "terugkoppeling",
        &mut problems,
    );
    if feedback.is_empty() {
        problems.push((texts.problem_feedback.to_owned(), "terugkoppeling"));
    }
    if problems.is_empty() {
        Ok(feedback)
    } else {
        Err(problems)
    }
}

/// Gives (or changes) the feedback: the signal is then answered. Whoever
/// answers has picked it up too, if nobody had.
pub async fn answer(
    db: &DatabaseConnection,
    id: i32,
    feedback: String,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let Some(row) = signal::Entity::find_by_id(id).one(db).await? else {
        return Ok(false);
    };
    let picked_up = row.picked_up_at.is_some();
    let mut row: signal::ActiveModel = row.into();
    if !picked_up {
        row.picked_up_by_user_id = Set(Some(user_id));
        row.picked_up_at = Set(Some(now));
    }
    row.status = Set(ANSWERED.to_owned());
    row.feedback = Set(Some(feedback));
    row.answered_by_user_id = Set(Some(user_id));
    row.answered_at = Set(Some(now));
    row.updated_at = Set(now);
    row.update(db).await?;
    Ok(true)
}

/// The CSV's header and rows.
pub fn table(locale: Locale, rows: &[&SignalRow]) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let texts = locale.dashboard_texts();
    let header = vec![
        texts.column_date,
        texts.column_wijk,
        texts.column_theme,
        texts.column_noticed,
        texts.column_from,
        texts.column_status,
        texts.column_feedback,
    ];
    let cells = rows
        .iter()
        .map(|row| {
            vec![
                row.created_at
                    .with_timezone(&chrono_tz::Europe::Amsterdam)
                    .date_naive()
                    .to_string(),
                row.wijk.clone(),
                row.theme(locale).to_owned(),
                row.description.clone(),
                row.initiative
                    .clone()
                    .unwrap_or_else(|| texts.from_professional.to_owned()),
                (texts.signal_status)(&row.status).to_owned(),
                row.feedback.clone().unwrap_or_default(),
            ]
        })
        .collect();
    (header, cells)
}

/// Signals as a table, each linked to its page.
pub fn signal_table(
    context: &Context<'_>,
    rows: &[&SignalRow],
    id: &'static str,
    caption: String,
) -> AnyView {
    let texts = use_dashboard_texts();
    let locale = current_locale();
    let body = rows
        .iter()
        .map(|row| {
            let waits = row.waits_long(context.now);
            view! {
                <tr class:row--attention=waits>
                    <td><a href=format!("/dashboard/signalen/{}", row.id)>{day_of(row.created_at)}</a></td>
                    <td>{row.wijk.clone()}</td>
                    <td>{row.theme(locale).to_owned()}</td>
                    <td>{row.initiative.clone().unwrap_or_else(|| texts.from_professional.to_owned())}</td>
                    <td>
                        {(texts.signal_status)(&row.status)}
                        {waits.then(|| view! { <br/><strong class="attention">{texts.waiting_long}</strong> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let columns = vec![
        texts.column_date,
        texts.column_wijk,
        texts.column_theme,
        texts.column_from,
        texts.column_status,
    ];
    view! { <DataTable id caption columns>{body}</DataTable> }.into_any()
}

/// The fields of a new signal: wijk (one of `wijken`, as (key, name)),
/// theme and description. The dashboard and the beheer page share them.
pub fn signal_fields(
    index: &DashboardIndex,
    wijken: Vec<(String, String)>,
    posted: &Option<PostedForm>,
    texts: &'static DashboardTexts,
    description_label: &'static str,
    description_hint: &'static str,
) -> AnyView {
    let locale = current_locale();
    let problems = problems_of(posted);
    let only_wijk = (wijken.len() == 1).then(|| wijken[0].0.clone());
    let mut wijk_options = vec![(String::new(), texts.choose.to_owned())];
    wijk_options.extend(wijken);
    let mut theme_options = vec![(String::new(), texts.choose.to_owned())];
    theme_options.extend(
        index
            .themes
            .iter()
            .map(|theme| (theme.code.clone(), theme.label(locale).to_owned())),
    );
    view! {
        <ProblemSummary problems=problems.clone()/>
        <SelectField id="signaal-wijk" name="signaal-wijk" label=texts.signal_wijk_label options=wijk_options
            selected=shown(posted, "signaal-wijk", only_wijk.unwrap_or_default())
            problem=problem_at(&problems, "signaal-wijk")/>
        <SelectField id="signaal-thema" name="signaal-thema" label=texts.signal_theme_label options=theme_options
            selected=shown(posted, "signaal-thema", "")
            problem=problem_at(&problems, "signaal-thema")/>
        <TextArea id="signaal-beschrijving" label=description_label hint=description_hint
            value=shown(posted, "signaal-beschrijving", "") maxlength=MAX_DESCRIPTION
            problem=problem_at(&problems, "signaal-beschrijving")/>
    }
    .into_any()
}

/// Draws `/dashboard/signalen`: every signal that passes the filters, and
/// the form to record one.
pub async fn draw_list(context: &Context<'_>) -> Result<DrawnHtml, AppError> {
    let texts = use_dashboard_texts();
    let index = context.index;
    let resolved = index.resolve(context.filter, context.today());
    let since = resolved
        .first
        .map(|first| crate::calendar::ssr::local_moment(first.first_day(), (0, 0)));
    // Signals without feedback show whatever their age; answered ones
    // only in the period.
    let mut rows = rows(
        context.relations,
        index,
        SignalSelection {
            filter: resolved,
            since: None,
            unanswered: false,
        },
    );
    rows.retain(|row| row.status != ANSWERED || since.is_none_or(|since| row.created_at >= since));
    let (shown, page, pages) = super::widgets::one_page(&rows, context.query, PAGE_SIZE);
    let filters = filter_form(
        context,
        "/dashboard/signalen",
        FilterChoice {
            group: false,
            theme: true,
            period: true,
        },
        None,
    );
    let list = if rows.is_empty() {
        Either::Left(view! { <p>{texts.no_signals}</p> })
    } else {
        Either::Right(signal_table(
            context,
            &shown,
            "signalen-tabel",
            (texts.signals_caption)(rows.len()),
        ))
    };
    let posted = PostedForm::of("signaal");
    let wijken = index
        .wijken
        .iter()
        .map(|wijk| (wijk.key.clone(), wijk.name.clone()))
        .collect();
    let fields = signal_fields(
        index,
        wijken,
        &posted,
        texts,
        texts.signal_description_label,
        texts.signal_description_hint,
    );
    let html = view! {
        <p><a href=context.filter.address("/dashboard", &[])>{texts.back_to_dashboard}</a></p>
        {notice(context.notice)}
        <p class="lead">{texts.signals_intro}</p>
        {filters}
        {super::widgets::unknown_filter_note(context, context.today())}
        {list}
        {super::widgets::pager(context.filter, "/dashboard/signalen", &[], page, pages)}
        {csv_link(context.filter, CsvTable::Signals, &[])}
        <h2 id="nieuw">{texts.new_signal_heading}</h2>
        <form method="post" action="/dashboard/signalen" class="form" novalidate>
            {fields}
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value="signaal">{texts.signal_button}</button>
            </div>
        </form>
    }
    .to_html();
    Ok(DrawnHtml {
        title: texts.signals_title.to_owned(),
        html,
    })
}

/// Draws `/dashboard/signalen/{id}`: the signal, picking it up, feedback.
pub async fn draw_one(context: &Context<'_>, id: i32) -> Result<DrawnHtml, AppError> {
    let texts = use_dashboard_texts();
    let locale = current_locale();
    let Some(row) = signal::Entity::find_by_id(id).one(context.db()).await? else {
        set_page_status(404);
        let html = view! {
            <p>{texts.signal_not_found}</p>
            <p><a href="/dashboard/signalen">{texts.all_signals_link}</a></p>
        }
        .to_html();
        return Ok(DrawnHtml {
            title: (texts.signal_title)(id),
            html,
        });
    };
    let row = with_names(context.db(), vec![row]).await?.remove(0);
    let action = format!("/dashboard/signalen/{id}");
    let posted = PostedForm::of("terugkoppeling");
    let problems = problems_of(&posted);
    let pick_up = (row.status == OPEN).then(|| {
        view! {
            <h2 id="oppakken">{texts.pick_up_heading}</h2>
            <p>{texts.pick_up_intro}</p>
            <form method="post" action=action.clone() class="form">
                <div class="form__buttons">
                    <button class="button button--secondary" type="submit" name="actie" value="oppakken">{texts.pick_up_button}</button>
                </div>
            </form>
        }
    });
    let html = view! {
        <p><a href="/dashboard/signalen">{texts.all_signals_link}</a></p>
        {notice(context.notice)}
        <dl class="details">
            <dt>{texts.column_date}</dt>
            <dd>{day_of(row.created_at)}</dd>
            <dt>{texts.column_wijk}</dt>
            <dd>{row.wijk.clone()}</dd>
            <dt>{texts.column_theme}</dt>
            <dd>{row.theme(locale).to_owned()}</dd>
            <dt>{texts.column_from}</dt>
            <dd>{row.initiative.clone().unwrap_or_else(|| texts.from_professional.to_owned())}</dd>
            <dt>{texts.column_status}</dt>
            <dd>
                {(texts.signal_status)(&row.status)}
                {row.waits_long(context.now).then(|| view! { <br/><strong class="attention">{texts.waiting_long}</strong> })}
            </dd>
            <dt>{texts.column_noticed}</dt>
            <dd class="details__text">{row.description.clone()}</dd>
        </dl>
        {row.picked_up.clone().map(|(name, at)| view! { <p>{(texts.picked_up_by)(&name, &day_of(at))}</p> })}
        {row.answered.clone().map(|(name, at)| view! { <p>{(texts.answered_by)(&name, &day_of(at))}</p> })}
        {pick_up}
        <h2 id="terugkoppeling-kop">{texts.feedback_heading}</h2>
        <p>{texts.feedback_intro}</p>
        <form method="post" action=action class="form" novalidate>
            <ProblemSummary problems=problems.clone()/>
            <TextArea id="terugkoppeling" label=texts.feedback_label
                value=shown(&posted, "terugkoppeling", row.feedback.clone().unwrap_or_default())
                maxlength=MAX_FEEDBACK problem=problem_at(&problems, "terugkoppeling")/>
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value="terugkoppeling">{texts.feedback_button}</button>
            </div>
        </form>
    }
    .to_html();
    Ok(DrawnHtml {
        title: (texts.signal_title)(id),
        html,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feedback_is_required_and_limited() {
        let texts = Locale::Nl.dashboard_texts();
        let posted = |text: &str| vec![("terugkoppeling".to_owned(), text.to_owned())];
        assert_eq!(
            check_feedback(&posted("  We gaan langs. "), texts).unwrap(),
            "We gaan langs."
        );
        assert_eq!(
            check_feedback(&posted(" "), texts).unwrap_err(),
            vec![(texts.problem_feedback.to_owned(), "terugkoppeling")]
        );
        assert_eq!(
            check_feedback(&posted(&"x".repeat(MAX_FEEDBACK + 1)), texts)
                .unwrap_err()
                .len(),
            1
        );
    }
}
