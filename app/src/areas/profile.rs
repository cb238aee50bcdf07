//! Wijkprofielen: `/wijken` lists the wijken, `/wijken/{key}` (CBS code or
//! slug) shows one: who lives there next to the whole municipality, the
//! initiatives, and what is on this week.
//!
//! Drawn wholly on the server, through the same server function as the
//! intake pages (`intake::draw_page`), so the page costs the browser
//! bundle nothing. The age chart is SVG drawn here, with the same numbers
//! in a table beside it; every figure names its source and year.

use std::collections::HashMap;

use entity::{area, area_indicator, initiative, initiative_area};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use super::AreaLevel;
use super::ssr::area_key;
use crate::api_codec::DrawnHtml;
use crate::errors::{AppError, set_page_status};
use crate::i18n::Locale;

/// Whether `address` (path and query) is a wijk profile page.
pub fn is_profile_address(address: &str) -> bool {
    let path = address.split('?').next().unwrap_or_default();
    path == "/wijken" || path.starts_with("/wijken/")
}

/// The age groups, as CBS counts them, in order.
const AGE_GROUPS: [&str; 5] = [
    "k_0Tot15Jaar",
    "k_15Tot25Jaar",
    "k_25Tot45Jaar",
    "k_45Tot65Jaar",
    "k_65JaarOfOuder",
];

/// One area's figures of its latest year.
#[derive(Clone, Debug, Default, PartialEq)]
struct Figures {
    year: i32,
    source: String,
    values: HashMap<String, f64>,
}

impl Figures {
    fn get(&self, indicator: &str) -> Option<f64> {
        self.values.get(indicator).copied()
    }

    /// `indicator` as a share of `whole`, in percent.
    fn share(&self, indicator: &str, whole: &str) -> Option<f64> {
        let whole = self.get(whole).filter(|whole| *whole > 0.0)?;
        Some(self.get(indicator)? / whole * 100.0)
    }
}

/// The latest year's figures of each of `area_ids`.
async fn latest_figures(
    db: &DatabaseConnection,
    area_ids: &[i32],
) -> Result<HashMap<i32, Figures>, DbErr> {
    // Satisfaction marks are yearly figures too, but have their own part
    // of the page and may be of another year.
    let rows = area_indicator::Entity::find()
        .filter(area_indicator::Column::AreaId.is_in(area_ids.to_vec()))
        .filter(area_indicator::Column::Indicator.is_not_in(super::satisfaction::TOPICS))
        .order_by_desc(area_indicator::Column::Year)
        .all(db)
        .await?;
    let mut latest: HashMap<i32, Figures> = HashMap::new();
    for row in rows {
        let figures = latest.entry(row.area_id).or_insert_with(|| Figures {
            year: row.year,
            source: row.source.clone(),
            values: HashMap::new(),
        });
        // Newest year first: older years' rows are left out.
        if row.year == figures.year {
            figures.values.insert(row.indicator, row.value);
        }
    }
    Ok(latest)
}

/// Published initiatives active in one of `area_ids`.
async fn initiatives_in(db: &DatabaseConnection, area_ids: &[i32]) -> Result<u64, DbErr> {
    let linked = Query::select()
        .column(initiative_area::Column::InitiativeId)
        .from(initiative_area::Entity)
        .and_where(initiative_area::Column::AreaId.is_in(area_ids.to_vec()))
        .to_owned();
    initiative::Entity::find()
        .filter(
            initiative::Column::Status.eq(crate::initiatives::InitiativeStatus::Published.code()),
        )
        .filter(initiative::Column::Id.in_subquery(linked))
        .count(db)
        .await
}

/// A number as the reader writes it: `27.000` and `2,5` in Dutch.
pub(crate) fn number(locale: Locale, value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (sign, digits) = whole
        .strip_prefix('-')
        .map_or(("", whole), |digits| ("-", digits));
    let (group, point) = match locale {
        Locale::Nl => ('.', ','),
        Locale::En => (',', '.'),
    };
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{fraction}")
    }
}

/// Draws `/wijken` or `/wijken/{key}`.
pub async fn draw(address: &str) -> Result<DrawnHtml, AppError> {
    let locale = crate::i18n::current_locale();
    let texts = locale.profile_texts();
    let state = crate::state::app_state()?;
    let db = &state.db;
    let path = address.split('?').next().unwrap_or_default();
    let key = path.trim_start_matches("/wijken").trim_matches('/');
    let areas = area::Entity::find()
        .order_by_asc(area::Column::SortOrder)
        .order_by_asc(area::Column::Name)
        .all(db)
        .await?;
    let municipality = areas
        .iter()
        .find(|area| area.level == AreaLevel::Municipality.code());
    let wijken: Vec<&area::Model> = areas
        .iter()
        .filter(|area| area.level == AreaLevel::Wijk.code())
        .collect();

    if key.is_empty() {
        let ids: Vec<i32> = wijken.iter().map(|wijk| wijk.id).collect();
        let figures = latest_figures(db, &ids).await?;
        let items = wijken
            .iter()
            .map(|wijk| {
                let people = figures.get(&wijk.id).and_then(|figures| {
                    let count = figures.get("AantalInwoners")?;
                    Some((texts.inhabitants_line)(
                        &number(locale, count, 0),
                        figures.year,
                    ))
                });
                view! {
                    <li>
                        <a href=format!("/wijken/{}", area_key(wijk))>{wijk.name.clone()}</a>
                        {people.map(|line| view! { <p class="wijk-list__figure">{line}</p> })}
                    </li>
                }
            })
            .collect_view();
        let html = view! {
            <p class="lead">{texts.list_intro}</p>
            <ul class="wijk-list">{items}</ul>
            <p class="source">{texts.list_source}</p>
        }
        .to_html();
        return Ok(DrawnHtml {
            title: texts.list_title.to_owned(),
            html,
        });
    }

    let Some(wijk) = wijken
        .iter()
        .find(|wijk| area_key(wijk) == key || wijk.slug == key)
        .copied()
    else {
        set_page_status(404);
        let html = view! {
            <p>{texts.unknown_wijk}</p>
            <p><a href="/wijken">{texts.all_wijken}</a></p>
        }
        .to_html();
        return Ok(DrawnHtml {
            title: texts.unknown_wijk_title.to_owned(),
            html,
        });
    };
    // The wijk with its buurten: initiatives and activities in a buurt are
    // in the wijk too.
    let mut wijk_area_ids = vec![wijk.id];
    wijk_area_ids.extend(
        areas
            .iter()
            .filter(|area| area.parent_id == Some(wijk.id))
            .map(|area| area.id),
    );
    let mut ids = vec![wijk.id];
    ids.extend(municipality.map(|area| area.id));
    let mut figures = latest_figures(db, &ids).await?;
    let wijk_figures = figures.remove(&wijk.id);
    // Compared with the municipality in the same year only.
    let town_figures = municipality
        .and_then(|area| figures.remove(&area.id))
        .filter(|town| Some(town.year) == wijk_figures.as_ref().map(|wijk| wijk.year));
    let initiatives = initiatives_in(db, &wijk_area_ids).await?;
    let wijk_key = area_key(wijk);
    let now = chrono::Utc::now();
    let index = state.agenda.get(db).await?;
    let coming = crate::calendar::coming_days(&index, now, Some(&wijk_key), 7, 5);

    let make_up = match &wijk_figures {
        Some(figures) => view! {
            <MakeUp
                locale
                wijk_name=wijk.name.clone()
                town_name=municipality.map(|area| area.name.clone())
                wijk=figures.clone()
                town=town_figures.clone()
            />
        }
        .into_any(),
        None => view! { <p>{texts.no_figures}</p> }.into_any(),
    };
    let local = local_parts(db, locale, wijk, municipality, &wijk_area_ids).await?;
    let initiatives_line = (texts.initiatives_count)(initiatives);
    let wijk_texts = locale.wijk_texts();
    let coming_view = if coming.days.is_empty() {
        view! { <p>{texts.nothing_this_week}</p> }.into_any()
    } else {
        view! { <crate::calendar::AgendaDays days=coming.days/> }.into_any()
    };
    let html = view! {
        <p class="lead">{(texts.wijk_intro)(&wijk.name)}</p>
        <nav class="page-contents" aria-label=texts.contents>
            <ul>
                <li><a href="#wie-wonen-er">{texts.make_up_heading}</a></li>
                <li><a href="#tevredenheid">{wijk_texts.satisfaction_heading}</a></li>
                <li><a href="#voorzieningen">{wijk_texts.facilities_heading}</a></li>
                <li><a href="#stappenplan">{wijk_texts.method_heading}</a></li>
                <li><a href="#initiatieven">{texts.initiatives_heading}</a></li>
                <li><a href="#deze-week">{texts.this_week_heading}</a></li>
            </ul>
        </nav>
        <h2 id="wie-wonen-er">{texts.make_up_heading}</h2>
        {make_up}
        <p class="source">{wijk_texts.buurten_note}</p>
        {local}
        <h2 id="initiatieven">{texts.initiatives_heading}</h2>
        <p>{initiatives_line}</p>
        <p><a href=format!("/kaart?wijk={wijk_key}")>{(texts.on_the_map)(&wijk.name)}</a></p>
        <h2 id="deze-week">{texts.this_week_heading}</h2>
        {coming_view}
        <p><a href=format!("/agenda?wijk={wijk_key}")>{(texts.in_the_agenda)(&wijk.name)}</a></p>
        <p><a href="/wijken">{texts.all_wijken}</a></p>
    }
    .to_html();
    Ok(DrawnHtml {
        title: wijk.name.clone(),
        html,
    })
}

/// What the wijk profile shows besides the CBS figures: residents'
/// satisfaction (beside the municipality's), the facilities by kind, and
/// where the wijk is in the six steps.
async fn local_parts(
    db: &DatabaseConnection,
    locale: Locale,
    wijk: &area::Model,
    municipality: Option<&area::Model>,
    wijk_area_ids: &[i32],
) -> Result<AnyView, DbErr> {
    use super::satisfaction::{latest, marks_of};
    let texts = locale.wijk_texts();
    let mut ids = vec![wijk.id];
    ids.extend(municipality.map(|area| area.id));
    let mut marks = marks_of(db, &ids).await?;
    let wijk_marks = marks.remove(&wijk.id).unwrap_or_default();
    let town_marks = municipality
        .and_then(|area| marks.remove(&area.id))
        .unwrap_or_default();
    let shown = latest(&wijk_marks);
    let town_name = municipality.map(|area| area.name.clone());
    let satisfaction = if shown.is_empty() {
        view! { <p>{texts.no_satisfaction}</p> }.into_any()
    } else {
        let rows = shown
            .iter()
            .map(|mark| {
                // The municipality's mark of the same topic and year.
                let town = town_marks
                    .iter()
                    .find(|town| town.topic == mark.topic && town.year == mark.year)
                    .map(|town| number(locale, town.score, 1));
                view! {
                    <tr>
                        <th scope="row">{(texts.topic_label)(mark.topic)}</th>
                        <td>{number(locale, mark.score, 1)}</td>
                        {town_name.as_ref().map(|_| view! { <td>{town.unwrap_or_default()}</td> })}
                    </tr>
                }
            })
            .collect_view();
        // Year and source under the table, as for the CBS figures: each
        // different pair once.
        let mut sources: Vec<(String, i32)> = Vec::new();
        for mark in &shown {
            let pair = (mark.source.clone(), mark.year);
            if !sources.contains(&pair) {
                sources.push(pair);
            }
        }
        let source_lines = sources
            .into_iter()
            .map(|(source, year)| view! { <p class="source">{(locale.profile_texts().source_line)(&source, year)}</p> })
            .collect_view();
        view! {
            <table class="table figures">
                <caption>{(texts.satisfaction_caption)(&wijk.name)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{texts.column_topic}</th>
                        <th scope="col">{wijk.name.clone()}</th>
                        {town_name.clone().map(|name| view! { <th scope="col">{name}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            {source_lines}
        }
        .into_any()
    };

    let facilities = super::facilities::of_areas(db, wijk_area_ids).await?;
    let facilities = if facilities.is_empty() {
        view! { <p>{texts.no_facilities}</p> }.into_any()
    } else {
        view! {
            <ul class="facility-list">
                {facilities.into_iter().map(|facility| view! {
                    <li class="facility-list__item">
                        <p><strong>{facility.name}</strong>" · "{(texts.kind_label)(&facility.kind)}</p>
                        {facility.address.map(|address| view! { <p>{address}</p> })}
                        {facility.website.map(|website| {
                            let shown = website.clone();
                            view! { <p><a href=website>{texts.website}<span class="visually-hidden">": "{shown}</span></a></p> }
                        })}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };

    let dashboard = locale.dashboard_texts();
    let steps = crate::dashboard::method::steps_of(db, wijk.id).await?;
    let method = match crate::dashboard::method::current_step(&steps) {
        Some(current) => (texts.method_now)(
            current.step,
            dashboard.steps[usize::from(current.step as u8 - 1)],
        ),
        None => texts.method_all_done.to_owned(),
    };
    let step_list = steps
        .iter()
        .map(|step| {
            let name = dashboard.steps[usize::from(step.step as u8 - 1)];
            view! {
                <li>
                    {name}": "<strong>{(dashboard.step_status)(&step.status)}</strong>
                </li>
            }
        })
        .collect_view();
    Ok(view! {
        <h2 id="tevredenheid">{texts.satisfaction_heading}</h2>
        <p>{texts.satisfaction_intro}</p>
        {satisfaction}
        <h2 id="voorzieningen">{texts.facilities_heading}</h2>
        <p>{texts.facilities_intro}</p>
        {facilities}
        <h2 id="stappenplan">{texts.method_heading}</h2>
        <p>{texts.method_intro}</p>
        <p><strong>{method}</strong></p>
        <ol class="method-steps">{step_list}</ol>
    }
    .into_any())
}

/// The rows of the figures table.
#[derive(Clone, Copy)]
enum FigureRow {
    Inhabitants,
    Share65Plus,
    Households,
    SinglePerson,
    WithChildren,
    HouseholdSize,
    Density,
}

const FIGURE_ROWS: [FigureRow; 7] = [
    FigureRow::Inhabitants,
    FigureRow::Share65Plus,
    FigureRow::Households,
    FigureRow::SinglePerson,
    FigureRow::WithChildren,
    FigureRow::HouseholdSize,
    FigureRow::Density,
];

impl FigureRow {
    fn label(self, texts: &ProfileTexts) -> &'static str {
        match self {
            FigureRow::Inhabitants => texts.inhabitants,
            FigureRow::Share65Plus => texts.share_65_plus,
            FigureRow::Households => texts.households,
            FigureRow::SinglePerson => texts.single_person,
            FigureRow::WithChildren => texts.with_children,
            FigureRow::HouseholdSize => texts.household_size,
            FigureRow::Density => texts.density,
        }
    }

    /// The figure as shown, or `None` when it is not known.
    fn value(self, figures: &Figures, locale: Locale) -> Option<String> {
        let count = |indicator: &str| figures.get(indicator).map(|value| number(locale, value, 0));
        let percent = |part: &str, whole: &str| {
            figures
                .share(part, whole)
                .map(|share| format!("{} %", number(locale, share, 0)))
        };
        match self {
            FigureRow::Inhabitants => count("AantalInwoners"),
            FigureRow::Share65Plus => percent("k_65JaarOfOuder", "AantalInwoners"),
            FigureRow::Households => count("HuishoudensTotaal"),
            FigureRow::SinglePerson => percent("Eenpersoonshuishoudens", "HuishoudensTotaal"),
            FigureRow::WithChildren => percent("HuishoudensMetKinderen", "HuishoudensTotaal"),
            FigureRow::HouseholdSize => figures
                .get("GemiddeldeHuishoudensgrootte")
                .map(|size| number(locale, size, 1)),
            FigureRow::Density => count("Bevolkingsdichtheid"),
        }
    }
}

/// Who lives in the wijk: the age chart and the table of figures, each
/// beside the municipality's, with source and year.
#[component]
fn MakeUp(
    locale: Locale,
    wijk_name: String,
    town_name: Option<String>,
    wijk: Figures,
    town: Option<Figures>,
) -> impl IntoView {
    let texts = locale.profile_texts();
    let unknown = texts.unknown_figure;
    let source = (texts.source_line)(&wijk.source, wijk.year);
    let compare = town.is_some();
    let table_rows = FIGURE_ROWS
        .iter()
        .map(|row| {
            let value = |figures: &Figures| {
                row.value(figures, locale)
                    .unwrap_or_else(|| unknown.to_owned())
            };
            let town_cell = town.as_ref().map(|town| view! { <td>{value(town)}</td> });
            view! {
                <tr>
                    <th scope="row">{row.label(texts)}</th>
                    <td>{value(&wijk)}</td>
                    {town_cell}
                </tr>
            }
        })
        .collect_view();
    let town_heading = town_name
        .clone()
        .filter(|_| compare)
        .map(|name| view! { <th scope="col">{name}</th> });
    view! {
        <AgeChart locale wijk_name=wijk_name.clone() town_name=town_name.filter(|_| compare) wijk=wijk.clone() town=town.clone()/>
        <table class="table figures">
            <caption>{(texts.figures_caption)(&wijk_name, wijk.year)}</caption>
            <thead>
                <tr>
                    <td></td>
                    <th scope="col">{wijk_name.clone()}</th>
                    {town_heading}
                </tr>
            </thead>
            <tbody>{table_rows}</tbody>
        </table>
        <p class="source">{source}</p>
    }
}

/// The share of each age group as horizontal bars, the wijk's beside the
/// municipality's. The numbers are in the table under it as well.
#[component]
fn AgeChart(
    locale: Locale,
    wijk_name: String,
    town_name: Option<String>,
    wijk: Figures,
    town: Option<Figures>,
) -> impl IntoView {
    let texts = locale.profile_texts();
    let shares = |figures: &Figures| -> Vec<Option<f64>> {
        AGE_GROUPS
            .iter()
            .map(|group| figures.share(group, "AantalInwoners"))
            .collect()
    };
    let wijk_shares = shares(&wijk);
    if wijk_shares.iter().all(Option::is_none) {
        return ().into_any();
    }
    let town_shares = town.as_ref().map(shares);
    // Bars: 0–50 % across 180 units, a label column of 124 on the left.
    let (label_width, bar_width, bar_height, gap) = (124.0, 180.0, 16.0, 12.0);
    let per_group = if town_shares.is_some() {
        bar_height * 2.0 + gap
    } else {
        bar_height + gap
    };
    // Under the bars, the legend: one line each, as names can be long.
    let bars_height = per_group * AGE_GROUPS.len() as f64 + 8.0;
    let legend_line = |line: f64| bars_height + 16.0 + line * 20.0;
    let height = legend_line(if town_shares.is_some() { 1.0 } else { 0.0 }) + 6.0;
    let length = |share: f64| (share / 50.0 * bar_width).clamp(0.0, bar_width);
    let bars = AGE_GROUPS
        .iter()
        .enumerate()
        .map(|(index, _)| {
            let top = index as f64 * per_group + 4.0;
            let label = texts.age_groups[index];
            let wijk_share = wijk_shares[index].unwrap_or(0.0);
            let town_bar = town_shares.as_ref().map(|town| {
                let share = town[index].unwrap_or(0.0);
                view! {
                    <rect x=label_width y=top + bar_height width=length(share) height=bar_height class="chart__bar chart__bar--town"></rect>
                    <text x=label_width + length(share) + 4.0 y=top + bar_height * 2.0 - 4.0 class="chart__value">{format!("{} %", number(locale, share, 0))}</text>
                }
            });
            view! {
                <text x=0 y=top + bar_height - 4.0 class="chart__label">{label}</text>
                <rect x=label_width y=top width=length(wijk_share) height=bar_height class="chart__bar"></rect>
                <text x=label_width + length(wijk_share) + 4.0 y=top + bar_height - 4.0 class="chart__value">{format!("{} %", number(locale, wijk_share, 0))}</text>
                {town_bar}
            }
        })
        .collect_view();
    let town_legend = town_name.clone().map(|name| {
        view! {
            <rect x=0 y=legend_line(1.0) - 11.0 width=12 height=12 class="chart__bar chart__bar--town"></rect>
            <text x=18 y=legend_line(1.0) class="chart__label">{name}</text>
        }
    });
    let description = (texts.age_chart_label)(&wijk_name, town_name.as_deref());
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 360 {height}") role="img" aria-label=description xmlns="http://www.w3.org/2000/svg">
                {bars}
                <rect x=0 y=legend_line(0.0) - 11.0 width=12 height=12 class="chart__bar"></rect>
                <text x=18 y=legend_line(0.0) class="chart__label">{wijk_name.clone()}</text>
                {town_legend}
            </svg>
        </figure>
        <table class="table figures">
            <caption>{texts.age_table_caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{texts.age_heading}</th>
                    <th scope="col">{wijk_name.clone()}</th>
                    {town_name.clone().map(|name| view! { <th scope="col">{name}</th> })}
                </tr>
            </thead>
            <tbody>
                {AGE_GROUPS.iter().enumerate().map(|(index, _)| {
                    let cell = |share: Option<f64>| share.map_or_else(|| texts.unknown_figure.to_owned(), |share| format!("{} %", number(locale, share, 0)));
                    view! {
                        <tr>
                            <th scope="row">{texts.age_groups[index]}</th>
                            <td>{cell(wijk_shares[index])}</td>
                            {town_shares.as_ref().map(|town| view! { <td>{cell(town[index])}</td> })}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

pub struct ProfileTexts {
    pub list_title: &'static str,
    pub list_intro: &'static str,
    pub list_source: &'static str,
    pub inhabitants_line: fn(&str, i32) -> String,
    pub unknown_wijk_title: &'static str,
    pub unknown_wijk: &'static str,
    pub all_wijken: &'static str,
    pub wijk_intro: fn(&str) -> String,
    pub contents: &'static str,
    pub make_up_heading: &'static str,
    pub no_figures: &'static str,
    pub initiatives_heading: &'static str,
    pub initiatives_count: fn(u64) -> String,
    pub on_the_map: fn(&str) -> String,
    pub this_week_heading: &'static str,
    pub nothing_this_week: &'static str,
    pub in_the_agenda: fn(&str) -> String,
    pub figures_caption: fn(&str, i32) -> String,
    pub source_line: fn(&str, i32) -> String,
    pub unknown_figure: &'static str,
    pub inhabitants: &'static str,
    pub share_65_plus: &'static str,
    pub households: &'static str,
    pub single_person: &'static str,
    pub with_children: &'static str,
    pub household_size: &'static str,
    pub density: &'static str,
    pub age_heading: &'static str,
    pub age_groups: [&'static str; 5],
    pub age_chart_label: fn(&str, Option<&str>) -> String,
    pub age_table_caption: &'static str,
}

impl Locale {
    pub fn profile_texts(self) -> &'static ProfileTexts {
        match self {
            Locale::Nl => &NL,
            Locale::En => &EN,
        }
    }
}

static NL: ProfileTexts = ProfileTexts {
    list_title: "Wijken",
    list_intro: "Wat gebeurt er in jouw wijk? Per wijk zie je wie er wonen, welke initiatieven er zijn en wat er deze week te doen is.",
    list_source: "Bij elk cijfer staat waar het vandaan komt en uit welk jaar het is.",
    inhabitants_line: |count, year| format!("{count} inwoners ({year})"),
    unknown_wijk_title: "Deze wijk kennen we niet",
    unknown_wijk: "Er is geen wijk met deze naam of code. Misschien is het adres veranderd.",
    all_wijken: "Alle wijken",
    wijk_intro: |wijk| {
        format!(
            "Wie wonen er in {wijk}, welke initiatieven zijn er en wat is er deze week te doen?"
        )
    },
    contents: "Op deze pagina",
    make_up_heading: "Wie wonen er?",
    no_figures: "Er zijn nog geen cijfers over deze wijk. Een beheerder kan ze inlezen uit de tabel Kerncijfers wijken en buurten van het CBS.",
    initiatives_heading: "Initiatieven",
    initiatives_count: |count| match count {
        0 => "Er staan nog geen initiatieven uit deze wijk op de sociale kaart.".to_owned(),
        1 => "Er staat 1 initiatief uit deze wijk op de sociale kaart.".to_owned(),
        count => format!("Er staan {count} initiatieven uit deze wijk op de sociale kaart."),
    },
    on_the_map: |wijk| format!("Initiatieven in {wijk} op de sociale kaart"),
    this_week_heading: "Deze week",
    nothing_this_week: "Deze week staat er niets in de agenda voor deze wijk.",
    in_the_agenda: |wijk| format!("Alles in {wijk} in de agenda"),
    figures_caption: |wijk, year| format!("Cijfers van {wijk} in {year}"),
    source_line: |source, year| format!("Bron: {source}, {year}."),
    unknown_figure: "onbekend",
    inhabitants: "Inwoners",
    share_65_plus: "65 jaar of ouder",
    households: "Huishoudens",
    single_person: "Huishoudens van 1 persoon",
    with_children: "Huishoudens met kinderen",
    household_size: "Mensen per huishouden (gemiddeld)",
    density: "Inwoners per km²",
    age_heading: "Leeftijd",
    age_groups: [
        "0 tot 15 jaar",
        "15 tot 25 jaar",
        "25 tot 45 jaar",
        "45 tot 65 jaar",
        "65 jaar of ouder",
    ],
    age_chart_label: |wijk, town| match town {
        Some(town) => format!(
            "Leeftijden in {wijk} en in {town}, in procent van de inwoners. De cijfers staan ook in de tabel hieronder."
        ),
        None => format!(
            "Leeftijden in {wijk}, in procent van de inwoners. De cijfers staan ook in de tabel hieronder."
        ),
    },
    age_table_caption: "Leeftijden, in procent van de inwoners",
};

static EN: ProfileTexts = ProfileTexts {
    list_title: "Neighbourhoods",
    list_intro: "What goes on in your neighbourhood? For each one you see who lives there, which initiatives there are and what is on this week.",
    list_source: "Every figure says where it comes from and which year it is.",
    inhabitants_line: |count, year| format!("{count} inhabitants ({year})"),
    unknown_wijk_title: "We do not know this neighbourhood",
    unknown_wijk: "There is no neighbourhood with this name or code. Perhaps the address changed.",
    all_wijken: "All neighbourhoods",
    wijk_intro: |wijk| {
        format!("Who lives in {wijk}, which initiatives are there and what is on this week?")
    },
    contents: "On this page",
    make_up_heading: "Who lives here?",
    no_figures: "There are no figures about this neighbourhood yet. An administrator can import them from the CBS table Kerncijfers wijken en buurten.",
    initiatives_heading: "Initiatives",
    initiatives_count: |count| match count {
        0 => "No initiatives from this neighbourhood are on the social map yet.".to_owned(),
        1 => "1 initiative from this neighbourhood is on the social map.".to_owned(),
        count => format!("{count} initiatives from this neighbourhood are on the social map."),
    },
    on_the_map: |wijk| format!("Initiatives in {wijk} on the social map"),
    this_week_heading: "This week",
    nothing_this_week: "Nothing is in the calendar for this neighbourhood this week.",
    in_the_agenda: |wijk| format!("Everything in {wijk} in the calendar"),
    figures_caption: |wijk, year| format!("Figures of {wijk} in {year}"),
    source_line: |source, year| format!("Source: {source}, {year}."),
    unknown_figure: "unknown",
    inhabitants: "Inhabitants",
    share_65_plus: "65 or older",
    households: "Households",
    single_person: "Single-person households",
    with_children: "Households with children",
    household_size: "People per household (average)",
    density: "Inhabitants per km²",
    age_heading: "Age",
    age_groups: [
        "0 to 15 years",
        "15 to 25 years",
        "25 to 45 years",
        "45 to 65 years",
        "65 or older",
    ],
    age_chart_label: |wijk, town| match town {
        Some(town) => format!(
            "Ages in {wijk} and in {town}, as a percentage of the inhabitants. The figures are also in the table below."
        ),
        None => format!(
            "Ages in {wijk}, as a percentage of the inhabitants. The figures are also in the table below."
        ),
    },
    age_table_caption: "Ages, as a percentage of the inhabitants",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        assert_eq!(number(Locale::Nl, 27000.0, 0), "27.000");
        assert_eq!(number(Locale::En, 1234567.0, 0), "1,234,567");
        assert_eq!(number(Locale::Nl, 2.46, 1), "2,5");
        assert_eq!(number(Locale::Nl, 950.0, 0), "950");
    }

    #[test]
    fn only_wijken_addresses_are_profiles() {
        assert!(is_profile_address("/wijken"));
        assert!(is_profile_address("/wijken/WK192603?x=1"));
        assert!(!is_profile_address("/wijkenkaart"));
        assert!(!is_profile_address("/mijn-initiatief/abc"));
    }
}
