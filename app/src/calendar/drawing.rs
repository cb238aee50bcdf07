//! Drawing the agenda page on the server: the filter form, and the results
//! as a list by day, a week table or a month grid. The browser gets the
//! HTML ready (see [`super::AgendaView`]), so none of this is in its bundle.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use entity::{area, target_group, theme};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryOrder, QuerySelect};

use super::api::ssr::{OccurrenceFilter, group_by_day, local_date, local_day_window, local_moment};
use super::index::{AgendaIndex, DayDates};
use super::query::{
    AgeRange, AgendaLayout, AgendaQuery, LIST_PAGE_SIZE, MAX_PERIOD_DAYS, QuickPeriod,
    neighbour_months,
};
use super::texts::{AgendaTexts, use_agenda_texts};
use super::types::{Agenda, AgendaView, LocalDate, OccurrenceStatus, OccurrenceSummary};
use super::view::{AgendaDays, occurrence_href};
use crate::areas::{AreaLevel, AreaSummary};
use crate::i18n::{Locale, Messages, current_locale, use_i18n};
use crate::initiatives::search_key;
use crate::map::{FilterGroup, MAX_QUERY_CHARS, ParseNotes};

/// The most dates a week table shows.
const WEEK_ITEMS: u64 = 300;
/// Titles shown in one day of the month grid; the rest is a count.
const TITLES_PER_MONTH_DAY: usize = 3;

/// Age choices of the filter: from, to (both included).
const AGE_CHOICES: [(i32, Option<i32>); 6] = [
    (0, Some(3)),
    (4, Some(8)),
    (9, Some(13)),
    (14, Some(17)),
    (18, Some(64)),
    (65, None),
];

/// A filter choice: its key in the URL, its labels and its row id.
#[derive(Clone, Debug)]
struct Choice {
    id: i32,
    key: String,
    label_nl: String,
    label_en: String,
}

impl Choice {
    fn label(&self, locale: Locale) -> &str {
        match locale {
            Locale::Nl => &self.label_nl,
            Locale::En => &self.label_en,
        }
    }
}

struct WijkChoice {
    wijk: Choice,
    /// Also accepted as its key in a link, when the wijk has a CBS code.
    slug: String,
    buurten: Vec<Choice>,
}

impl WijkChoice {
    /// The wijk and its buurten: where an activity "in the wijk" can be.
    fn area_ids(&self) -> Vec<i32> {
        std::iter::once(self.wijk.id)
            .chain(self.buurten.iter().map(|buurt| buurt.id))
            .collect()
    }
}

/// What the filters offer: the municipality's own areas and lists. Kept
/// in the agenda's index (see [`super::index`]).
pub(crate) struct Choices {
    wijken: Vec<WijkChoice>,
    target_groups: Vec<Choice>,
    themes: Vec<Choice>,
}

/// An area as the filters need it: id, parent, level, CBS code, slug, name
/// (not its geometry, which is large).
type AreaRow = (i32, Option<i32>, String, Option<String>, String, String);

pub(crate) async fn load_choices(db: &DatabaseConnection) -> Result<Choices, DbErr> {
    let areas: Vec<AreaRow> = area::Entity::find()
        .select_only()
        .columns([
            area::Column::Id,
            area::Column::ParentId,
            area::Column::Level,
            area::Column::CbsCode,
            area::Column::Slug,
            area::Column::Name,
        ])
        .order_by_asc(area::Column::SortOrder)
        .order_by_asc(area::Column::Name)
        .into_tuple()
        .all(db)
        .await?;
    let choice = |id, cbs_code: &Option<String>, slug: &str, name: &str| Choice {
        id,
        key: cbs_code.clone().unwrap_or_else(|| slug.to_owned()),
        label_nl: name.to_owned(),
        label_en: name.to_owned(),
    };
    let wijken = areas
        .iter()
        .filter(|(_, _, level, ..)| level == AreaLevel::Wijk.code())
        .map(|(id, _, _, cbs_code, slug, name)| WijkChoice {
            wijk: choice(*id, cbs_code, slug, name),
            slug: slug.clone(),
            buurten: areas
                .iter()
                .filter(|(_, parent, level, ..)| {
                    *parent == Some(*id) && level == AreaLevel::Buurt.code()
                })
                .map(|(id, _, _, cbs_code, slug, name)| choice(*id, cbs_code, slug, name))
                .collect(),
        })
        .collect();
    let target_groups = target_group::Entity::find()
        .order_by_asc(target_group::Column::SortOrder)
        .all(db)
        .await?
        .into_iter()
        .map(|group| Choice {
            id: group.id,
            key: group.code,
            label_nl: group.label_nl,
            label_en: group.label_en,
        })
        .collect();
    let themes = theme::Entity::find()
        .order_by_asc(theme::Column::SortOrder)
        .all(db)
        .await?
        .into_iter()
        .map(|theme| Choice {
            id: theme.id,
            key: theme.code,
            label_nl: theme.label_nl,
            label_en: theme.label_en,
        })
        .collect();
    Ok(Choices {
        wijken,
        target_groups,
        themes,
    })
}

/// The ids of the chosen keys; an unknown key is noted and left out.
fn ids_of<'a>(
    choices: impl Iterator<Item = &'a Choice> + Clone,
    keys: &[String],
    notes: &mut ParseNotes,
) -> Option<Vec<i32>> {
    if keys.is_empty() {
        return None;
    }
    let mut ids = Vec::new();
    for key in keys {
        match choices.clone().find(|choice| &choice.key == key) {
            Some(choice) => ids.push(choice.id),
            None => notes.something_ignored = true,
        }
    }
    // Only unknown keys: nothing can match, rather than everything.
    Some(ids)
}

impl Choices {
    /// The wijk with this key (its CBS code) or slug.
    fn wijk(&self, key: &str) -> Option<&WijkChoice> {
        self.wijken
            .iter()
            .find(|wijk| wijk.wijk.key == key || wijk.slug == key)
    }

    /// The filter of the query's areas, groups and themes.
    fn filter(&self, query: &AgendaQuery, notes: &mut ParseNotes) -> OccurrenceFilter {
        let mut area_ids: Option<Vec<i32>> = None;
        if !query.wijken.is_empty() || !query.buurten.is_empty() {
            let mut ids = Vec::new();
            for key in &query.wijken {
                match self.wijk(key) {
                    Some(wijk) => ids.extend(wijk.area_ids()),
                    None => notes.something_ignored = true,
                }
            }
            let buurten = self.wijken.iter().flat_map(|wijk| wijk.buurten.iter());
            ids.extend(ids_of(buurten, &query.buurten, notes).unwrap_or_default());
            area_ids = Some(ids);
        }
        OccurrenceFilter {
            area_ids,
            target_group_ids: ids_of(self.target_groups.iter(), &query.doelgroepen, notes),
            theme_ids: ids_of(self.themes.iter(), &query.themas, notes),
            ages: query.leeftijd.map(|range| (range.from, range.to)),
            free_only: query.gratis,
            wheelchair_only: query.rolstoel,
            without_signup_only: query.zonder_aanmelding,
            words: search_key(&query.q)
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
            ..Default::default()
        }
    }

    /// The names of what the query chose, for "you chose …".
    fn chosen_names(
        &self,
        query: &AgendaQuery,
        locale: Locale,
        texts: &AgendaTexts,
    ) -> Vec<String> {
        let mut names = Vec::new();
        for wijk in &self.wijken {
            if query.wijken.contains(&wijk.wijk.key) {
                names.push(wijk.wijk.label(locale).to_owned());
            }
            for buurt in &wijk.buurten {
                if query.buurten.contains(&buurt.key) {
                    names.push(buurt.label(locale).to_owned());
                }
            }
        }
        for (list, keys) in [
            (&self.target_groups, &query.doelgroepen),
            (&self.themes, &query.themas),
        ] {
            names.extend(
                list.iter()
                    .filter(|choice| keys.contains(&choice.key))
                    .map(|choice| choice.label(locale).to_owned()),
            );
        }
        if let Some(range) = query.leeftijd {
            names.push((texts.age_range)(range.from, range.to));
        }
        for (on, label) in [
            (query.gratis, texts.free_only),
            (query.rolstoel, texts.wheelchair_only),
            (query.zonder_aanmelding, texts.without_signup_only),
        ] {
            if on {
                names.push(label.to_owned());
            }
        }
        if !query.q.is_empty() {
            names.push(format!("‘{}’", query.q));
        }
        names
    }
}

/// The filter of an agenda query, as the page applies it: calendar feeds
/// of the same address use it, so they hold the same activities.
pub fn agenda_filter(index: &AgendaIndex, query: &AgendaQuery) -> OccurrenceFilter {
    index.choices().filter(query, &mut ParseNotes::default())
}

/// Midnight in Amsterdam at the start of `date`.
fn start_of(date: NaiveDate) -> DateTime<Utc> {
    local_moment(date, (0, 0))
}

fn local(date: NaiveDate) -> LocalDate {
    LocalDate {
        year: date.year(),
        month: date.month() as u8,
        day: date.day() as u8,
        weekday: date.weekday().number_from_monday() as u8,
    }
}

/// "maandag 7 december" as a phrase inside a sentence.
fn date_phrase(t: &Messages, date: NaiveDate) -> String {
    let day = local(date);
    t.day_heading(day.weekday, day.day, day.month)
        .to_lowercase()
}

/// What is on from today for `days` days, in one wijk (by CBS code or
/// slug) or everywhere: at most `limit` dates, earliest first. An unknown
/// wijk is ignored, so the list then covers all wijken. (The home page's
/// "this week".)
pub fn coming_days(
    index: &AgendaIndex,
    now: DateTime<Utc>,
    wijk_key: Option<&str>,
    days: u8,
    limit: usize,
) -> Agenda {
    let choices = index.choices();
    let wijk = wijk_key.and_then(|key| choices.wijk(key.trim()));
    let filter = OccurrenceFilter {
        area_ids: wijk.map(WijkChoice::area_ids),
        ..Default::default()
    };
    let (from, to) = local_day_window(now, days);
    // One more than shown tells whether there is more.
    let mut dates = index.occurrences_between(now, from, to, &filter, 0, limit + 1);
    let more = dates.len() > limit;
    dates.truncate(limit);
    let today = local_date(now);
    Agenda {
        wijk: wijk.map(|wijk| AreaSummary {
            key: wijk.wijk.key.clone(),
            name: wijk.wijk.label_nl.clone(),
        }),
        first_day: Some(today),
        last_day: Some(local_date(to - chrono::Duration::seconds(1))),
        days: group_by_day(dates, today),
        more,
    }
}

/// The whole agenda page for one address's query, seen at `now`.
pub fn draw_agenda(
    index: &AgendaIndex,
    public_url: &str,
    now: DateTime<Utc>,
    address_query: &str,
) -> AgendaView {
    let (query, mut notes) = AgendaQuery::parse(address_query);
    let choices = index.choices();
    let choices = choices.as_ref();
    let filter = choices.filter(&query, &mut notes);
    let today = now
        .with_timezone(&chrono_tz::Europe::Amsterdam)
        .date_naive();
    let (first, last, period_changed) = query.period(today);
    let (from, to) = (start_of(first), start_of(last + Days::new(1)));

    // The month grid counts every date of each day and shows a few; the
    // list and the week show the dates themselves.
    let mut dates = Vec::new();
    let mut days = Vec::new();
    let (count, more) = if query.weergave == AgendaLayout::Month {
        let length = (last - first).num_days() as usize + 1;
        days = index.by_day(now, first, length, &filter, TITLES_PER_MONTH_DAY);
        (days.iter().map(|day| day.count).sum(), false)
    } else {
        let (offset, limit) = match query.weergave {
            AgendaLayout::Week => (0, WEEK_ITEMS),
            _ => (u64::from(query.pagina - 1) * LIST_PAGE_SIZE, LIST_PAGE_SIZE),
        };
        // One more than shown tells whether there is more.
        dates =
            index.occurrences_between(now, from, to, &filter, offset as usize, limit as usize + 1);
        let more = dates.len() as u64 > limit;
        dates.truncate(limit as usize);
        (dates.len() + offset as usize, more)
    };

    let t = use_i18n();
    let texts = use_agenda_texts();
    let locale = current_locale();
    let status = (texts.found)(count, more);
    let chosen = choices.chosen_names(&query, locale, texts);
    let results = view! {
        {notes.something_ignored.then(|| view! { <p class="notice">{t.ignored_filter_note}</p> })}
        {notes.query_was_cut.then(|| view! { <p class="notice">{(t.query_cut_note)(MAX_QUERY_CHARS)}</p> })}
        {period_changed.then(|| {
            let text = if query.tot.is_some_and(|tot| tot < query.van.unwrap_or(today)) {
                texts.period_turned.to_owned()
            } else {
                (texts.period_cut)(MAX_PERIOD_DAYS)
            };
            view! { <p class="notice">{text}</p> }
        })}
        <LayoutTabs query=query.clone()/>
        <p class="agenda-period">
            {(texts.period)(&date_phrase(t, first), &date_phrase(t, last))}
        </p>
        {(!chosen.is_empty()).then(|| view! {
            <p class="agenda-chosen">
                {texts.chosen}": "{chosen.join(" · ")}" "
                <a href=AgendaQuery::default().with_layout(query.weergave, query.van).href()>{t.clear_filters}</a>
            </p>
        })}
        {match query.weergave {
            AgendaLayout::List => EitherOf3::A(view! {
                <ListResults query=query.clone() dates more today=local(today)/>
            }),
            AgendaLayout::Week => EitherOf3::B(view! {
                <WeekTable query=query.clone() first dates more/>
            }),
            AgendaLayout::Month => EitherOf3::C(view! {
                <MonthGrid query=query.clone() anchor=query.van.unwrap_or(today) first days/>
            }),
        }}
        <FeedLinks query=query.feed_query() public_url=public_url.to_owned()/>
    }
    .to_html();
    let filters = view! { <FilterFields query=query.clone() choices=index.choices()/> }.to_html();
    AgendaView {
        is_empty: count == 0,
        more,
        status,
        canonical: query
            .with_page(1)
            .query_string()
            .trim_start_matches('?')
            .to_owned(),
        filters_html: filters,
        days_html: results,
        ..Default::default()
    }
}

/// `webcal://…` for a feed at `path` (which starts with `/`): calendar
/// programs open that address to subscribe.
pub fn webcal_address(public_url: &str, path: &str) -> String {
    let host = public_url
        .trim_end_matches('/')
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    format!("webcal://{host}{path}")
}

/// Subscribe to, or download, the feed of the same filters. The router in
/// the browser must leave these links alone: `download` and
/// `rel="external"` tell it so.
#[component]
fn FeedLinks(query: AgendaQuery, public_url: String) -> impl IntoView {
    let texts = use_agenda_texts();
    let path = format!("/agenda.ics{}", query.query_string());
    view! {
        <section class="agenda-feed" aria-labelledby="agenda-feed-kop">
            <h3 id="agenda-feed-kop">{texts.feed_heading}</h3>
            <p>{texts.feed_hint}</p>
            <ul>
                <li><a href=webcal_address(&public_url, &path) rel="external">{texts.feed_subscribe}</a></li>
                <li><a href=path download="buurtkracht-agenda.ics">{texts.feed_download}</a></li>
            </ul>
        </section>
    }
}

/// List, week or month: links that keep the filters.
#[component]
fn LayoutTabs(query: AgendaQuery) -> impl IntoView {
    let texts = use_agenda_texts();
    let links = AgendaLayout::ALL
        .into_iter()
        .zip(texts.layouts)
        .map(|(layout, label)| {
            let href = query.with_layout(layout, query.van).href();
            let current = (layout == query.weergave).then_some("page");
            view! { <li><a href=href aria-current=current>{label}</a></li> }
        })
        .collect_view();
    view! {
        <nav class="tabs agenda-layouts" aria-label=texts.layout_label>
            <ul class="tabs__list">{links}</ul>
        </nav>
    }
}

#[component]
fn ListResults(
    query: AgendaQuery,
    dates: Vec<OccurrenceSummary>,
    more: bool,
    today: LocalDate,
) -> impl IntoView {
    let texts = use_agenda_texts();
    if dates.is_empty() && query.pagina == 1 {
        let text = if query.is_filtered() {
            texts.empty_filtered
        } else {
            texts.empty
        };
        return view! { <p class="empty-state">{text}</p> }.into_any();
    }
    let page = query.pagina;
    let previous = (page > 1).then(|| query.with_page(page - 1).href());
    let next = more.then(|| query.with_page(page + 1).href());
    let paging = (previous.is_some() || next.is_some()).then(|| {
        view! {
            <nav class="pagination" aria-label=texts.pages_label>
                {previous.map(|href| view! { <a class="pagination__link" href=href rel="prev">{texts.previous_page}</a> })}
                <span class="pagination__current">{(texts.page_of)(page)}</span>
                {next.map(|href| view! { <a class="pagination__link" href=href rel="next">{texts.next_page}</a> })}
            </nav>
        }
    });
    view! {
        <AgendaDays days=group_by_day(dates, today)/>
        {paging}
    }
    .into_any()
}

/// The part of the day a start time falls in: 0 morning, 1 afternoon, 2 evening.
fn day_part(occurrence: &OccurrenceSummary) -> usize {
    match occurrence.starts.hour {
        0..12 => 0,
        12..18 => 1,
        _ => 2,
    }
}

/// A short line for a table cell: time and linked title, and a mark when
/// the date does not go ahead.
#[component]
fn CellItem(occurrence: OccurrenceSummary) -> impl IntoView {
    let t = use_i18n();
    let texts = use_agenda_texts();
    let cancelled = occurrence.status == OccurrenceStatus::Cancelled;
    view! {
        <li class="agenda-cell__item" class:agenda-cell__item--cancelled=cancelled>
            <time datetime=format!("{}T{}", occurrence.date.iso(), occurrence.starts.iso())>
                {(t.clock_time)(occurrence.starts.hour, occurrence.starts.minute)}
            </time>
            " "
            <a href=occurrence_href(&occurrence)>{occurrence.title.clone()}</a>
            {cancelled.then(|| view! { " " <strong class="status-label">{texts.cancelled}</strong> })}
        </li>
    }
}

/// A table that scrolls sideways on a small screen, reachable by keyboard.
#[component]
fn ScrollingTable(label: String, children: Children) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-label=label tabindex="0">
            {children()}
        </div>
    }
}

#[component]
fn WeekTable(
    query: AgendaQuery,
    first: NaiveDate,
    dates: Vec<OccurrenceSummary>,
    more: bool,
) -> impl IntoView {
    let t = use_i18n();
    let texts = use_agenda_texts();
    let days: Vec<NaiveDate> = (0..7).map(|offset| first + Days::new(offset)).collect();
    let last = days[6];
    let week_number = first.iso_week().week();
    let caption = (texts.week_caption)(week_number, &date_phrase(t, first), &date_phrase(t, last));
    let previous = query
        .with_layout(AgendaLayout::Week, Some(first - Days::new(7)))
        .href();
    let next = query
        .with_layout(AgendaLayout::Week, Some(first + Days::new(7)))
        .href();
    let headers = days
        .iter()
        .map(|day| {
            let date = local(*day);
            view! {
                <th scope="col">
                    <a href=query.on_day(*day).href()>
                        <time datetime=date.iso()>{t.day_heading(date.weekday, date.day, date.month)}</time>
                    </a>
                </th>
            }
        })
        .collect_view();
    let rows = texts
        .day_parts
        .iter()
        .enumerate()
        .map(|(part, part_name)| {
            let cells = days
                .iter()
                .map(|day| {
                    let date = local(*day);
                    let items: Vec<OccurrenceSummary> = dates
                        .iter()
                        .filter(|occurrence| {
                            occurrence.date == date && day_part(occurrence) == part
                        })
                        .cloned()
                        .collect();
                    view! { <td><CellList items/></td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{*part_name}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <PeriodNav previous previous_label=texts.previous_week next next_label=texts.next_week/>
        {more.then(|| view! { <p class="notice">{(texts.too_many_to_show)(WEEK_ITEMS as usize)}</p> })}
        <ScrollingTable label=caption.clone()>
            <table class="table agenda-week">
                <caption>{caption}</caption>
                <thead><tr><th scope="col">{texts.day_part_header}</th>{headers}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </ScrollingTable>
    }
}

/// The dates in one cell, or a dash (read as "nothing").
#[component]
fn CellList(items: Vec<OccurrenceSummary>) -> impl IntoView {
    let texts = use_agenda_texts();
    if items.is_empty() {
        return view! {
            <span aria-hidden="true">"–"</span>
            <span class="visually-hidden">{texts.nothing}</span>
        }
        .into_any();
    }
    view! {
        <ul class="agenda-cell">
            {items.into_iter().map(|occurrence| view! { <CellItem occurrence/> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn PeriodNav(
    previous: String,
    previous_label: &'static str,
    next: String,
    next_label: &'static str,
) -> impl IntoView {
    view! {
        <nav class="period-nav" aria-label=format!("{previous_label}, {next_label}")>
            <a class="period-nav__link" href=previous rel="prev">"← "{previous_label}</a>
            <a class="period-nav__link" href=next rel="next">{next_label}" →"</a>
        </nav>
    }
}

#[component]
fn MonthGrid(
    query: AgendaQuery,
    anchor: NaiveDate,
    first: NaiveDate,
    days: Vec<DayDates>,
) -> impl IntoView {
    let t = use_i18n();
    let texts = use_agenda_texts();
    let mut days = days.into_iter();
    let (previous_month, next_month) = neighbour_months(anchor);
    let month = anchor.month();
    let caption = (texts.month_caption)(t.months[(month - 1) as usize], anchor.year());
    let previous = query
        .with_layout(AgendaLayout::Month, Some(previous_month))
        .href();
    let next = query
        .with_layout(AgendaLayout::Month, Some(next_month))
        .href();
    let headers = t
        .weekdays
        .iter()
        .map(|name| view! { <th scope="col">{*name}</th> })
        .collect_view();
    let weeks = (0..6)
        .map(|week| {
            let cells = (0..7)
                .map(|weekday| {
                    let day = first + Days::new(week * 7 + weekday);
                    let date = local(day);
                    let on_day = days.next().unwrap_or_default();
                    let hidden = on_day.count.saturating_sub(on_day.first.len());
                    let shown = on_day.first;
                    let day_href = query.on_day(day).href();
                    let outside = day.month() != month;
                    view! {
                        <td class:agenda-month__outside=outside>
                            <a class="agenda-month__day" href=day_href.clone()>
                                <time datetime=date.iso()>{t.day_heading(date.weekday, date.day, date.month)}</time>
                            </a>
                            {(!shown.is_empty()).then(|| view! { <CellList items=shown/> })}
                            {(hidden > 0).then(|| view! {
                                <a class="agenda-month__more" href=day_href>{(texts.more_on_day)(hidden)}</a>
                            })}
                        </td>
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <PeriodNav previous previous_label=texts.previous_month next next_label=texts.next_month/>
        <ScrollingTable label=caption.clone()>
            <table class="table agenda-month">
                <caption>{caption}</caption>
                <thead><tr>{headers}</tr></thead>
                <tbody>{weeks}</tbody>
            </table>
        </ScrollingTable>
    }
}

/// The fields of the filter form, in the order of [`AgendaQuery::pairs`]
/// (the browser compares the two to see whether the form is up to date).
#[component]
fn FilterFields(query: AgendaQuery, choices: std::sync::Arc<Choices>) -> impl IntoView {
    let t = use_i18n();
    let texts = use_agenda_texts();
    let locale = current_locale();
    let checkbox = move |name: &'static str, choice: &Choice, checked: bool| {
        let id = format!("agenda-{name}-{}", choice.key.to_ascii_lowercase());
        view! {
            <div class="checkbox">
                <input type="checkbox" id=id.clone() name=name value=choice.key.clone() checked=checked/>
                <label for=id>{choice.label(locale).to_owned()}</label>
            </div>
        }
    };
    // Week and month keep their place through a hidden layout and date.
    let in_table = query.weergave != AgendaLayout::List;
    let layout = in_table
        .then(|| view! { <input type="hidden" name="weergave" value=query.weergave.code()/> });
    let table_date = query.van.filter(|_| in_table).map(|van| {
        view! { <input type="hidden" name="van" value=van.format("%Y-%m-%d").to_string()/> }
    });
    // Dates are chosen in the list; week and month have their own arrows.
    let period = (query.weergave == AgendaLayout::List).then(|| {
        let quick = QuickPeriod::ALL
            .into_iter()
            .zip(texts.quick)
            .map(|(quick, label)| {
                let id = format!("agenda-wanneer-{}", quick.code());
                view! {
                    <div class="radio">
                        <input type="radio" id=id.clone() name="wanneer" value=quick.code() checked=query.wanneer == Some(quick)/>
                        <label for=id>{label}</label>
                    </div>
                }
            })
            .collect_view();
        let date_value = |date: Option<NaiveDate>| date.map(|date| date.format("%Y-%m-%d").to_string()).unwrap_or_default();
        view! {
            <fieldset class="filter-period">
                <legend class="filter-period__legend">{texts.when_legend}</legend>
                <div class="radio">
                    <input type="radio" id="agenda-wanneer-zelf" name="wanneer" value="" checked=query.wanneer.is_none()/>
                    <label for="agenda-wanneer-zelf">{texts.own_dates}</label>
                </div>
                {quick}
                <div class="filter-period__dates">
                    <div class="field">
                        <label class="field__label" for="agenda-van">{texts.from_label}</label>
                        <input class="field__input" type="date" id="agenda-van" name="van" value=date_value(query.van)/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="agenda-tot">{texts.until_label}</label>
                        <input class="field__input" type="date" id="agenda-tot" name="tot" value=date_value(query.tot)/>
                    </div>
                </div>
            </fieldset>
        }
    });
    let areas = choices
        .wijken
        .iter()
        .map(|wijk| {
            view! {
                <div class="area-choice">
                    {checkbox("wijk", &wijk.wijk, query.wijken.contains(&wijk.wijk.key))}
                    <div class="area-choice__buurten">
                        {wijk
                            .buurten
                            .iter()
                            .map(|buurt| checkbox("buurt", buurt, query.buurten.contains(&buurt.key)))
                            .collect_view()}
                    </div>
                </div>
            }
        })
        .collect_view();
    let groups = choices
        .target_groups
        .iter()
        .map(|choice| checkbox("doelgroep", choice, query.doelgroepen.contains(&choice.key)))
        .collect_view();
    let themes = choices
        .themes
        .iter()
        .map(|choice| checkbox("thema", choice, query.themas.contains(&choice.key)))
        .collect_view();
    let age_options = AGE_CHOICES
        .into_iter()
        .map(|(from, to)| {
            let range = AgeRange { from, to };
            view! {
                <option value=range.code() selected=query.leeftijd == Some(range)>
                    {(texts.age_range)(from, to)}
                </option>
            }
        })
        .collect_view();
    let flag = |name: &'static str, label: &'static str, checked: bool| {
        let id = format!("agenda-{name}");
        view! {
            <div class="checkbox">
                <input type="checkbox" id=id.clone() name=name value="ja" checked=checked/>
                <label for=id>{label}</label>
            </div>
        }
    };
    let area_open = !query.wijken.is_empty() || !query.buurten.is_empty();
    view! {
        {layout}
        <div class="field">
            <label class="field__label" for="agenda-zoeken">{texts.search_label}</label>
            <p class="field__hint" id="agenda-zoeken-hint">{texts.search_hint}</p>
            <input
                class="field__input"
                id="agenda-zoeken"
                type="search"
                name="q"
                maxlength=MAX_QUERY_CHARS
                autocomplete="off"
                aria-describedby="agenda-zoeken-hint"
                value=query.q.clone()
            />
        </div>
        {table_date}
        {period}
        <FilterGroup id="agenda-filter-wijk" title=t.filter_area open=area_open>
            {areas}
        </FilterGroup>
        <FilterGroup id="agenda-filter-voor-wie" title=t.filter_target_group open=!query.doelgroepen.is_empty()>
            {groups}
        </FilterGroup>
        <FilterGroup id="agenda-filter-thema" title=t.filter_theme open=!query.themas.is_empty()>
            {themes}
        </FilterGroup>
        <div class="field">
            <label class="field__label" for="agenda-leeftijd">{texts.age_label}</label>
            <select class="field__input" id="agenda-leeftijd" name="leeftijd">
                <option value="" selected=query.leeftijd.is_none()>{texts.all_ages}</option>
                {age_options}
            </select>
        </div>
        <fieldset class="filter-practical">
            <legend class="filter-period__legend">{texts.practical_legend}</legend>
            {flag("gratis", texts.free_only, query.gratis)}
            {flag("rolstoel", texts.wheelchair_only, query.rolstoel)}
            {flag("zonder-aanmelding", texts.without_signup_only, query.zonder_aanmelding)}
        </fieldset>
        <div class="filters__actions">
            <button class="button" type="submit">{texts.show_activities}</button>
        </div>
    }
}
