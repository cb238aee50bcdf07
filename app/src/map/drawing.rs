//! The sociale kaart's filters and results, drawn on the server as HTML
//! (see [`DirectoryView`] for why). Everything a user or the database
//! typed is escaped by the view macro, as on any other page.

use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use super::page::{CLEAR_ID, SEARCH_ID};
use super::query::{DirectoryQuery, FilterKind, MAX_QUERY_CHARS};
use super::types::{
    ChoiceState, DirectoryPage, DirectoryView, FacetOption, InitiativeCard, Loosening,
};
use crate::i18n::{Locale, Messages, current_locale, use_i18n};
use crate::ui::DemoBadge;

const VOLUNTEERS_ID: &str = "filter-vrijwilligers";

/// Draws one result for the browser, in the current request's language.
pub fn draw(page: &DirectoryPage) -> DirectoryView {
    let (map_html, map_links) = super::wijk_map::draw_map(page);
    DirectoryView {
        search_words: page.query.q.clone(),
        is_filtered: page.query.is_filtered(),
        total: page.total,
        filters_html: filter_fields(page).to_html(),
        map_html,
        results_html: results(page).to_html(),
        choices: choice_states(page),
        open_groups: open_groups(page),
        map_links,
    }
}

/// Every checkbox's tick and count, by element id.
fn choice_states(page: &DirectoryPage) -> Vec<ChoiceState> {
    let state = |group: &str, option: &FacetOption| ChoiceState {
        id: option_id(group, &option.key),
        checked: option.selected,
        count: option.count,
    };
    let mut states = Vec::new();
    for area in &page.facets.areas {
        states.push(state("filter-wijk", &area.wijk));
        states.extend(
            area.buurten
                .iter()
                .map(|buurt| state("filter-buurt", buurt)),
        );
    }
    for (group, _, kind) in OPTION_GROUPS {
        states.extend(
            options_of(page, kind)
                .iter()
                .map(|option| state(group, option)),
        );
    }
    states.push(ChoiceState {
        id: VOLUNTEERS_ID.to_owned(),
        checked: page.query.vrijwilligers,
        count: page.facets.volunteers,
    });
    states
}

/// The filter groups that hold a choice: they are shown open.
fn open_groups(page: &DirectoryPage) -> Vec<String> {
    let query = &page.query;
    let mut open = Vec::new();
    if !query.wijken.is_empty() || !query.buurten.is_empty() {
        open.push("filter-wijk".to_owned());
    }
    for (group, _, kind) in OPTION_GROUPS {
        if options_of(page, kind).iter().any(|option| option.selected) {
            open.push(group.to_owned());
        }
    }
    open
}

/// The list part of the results: notes, cards and pages, or an empty state.
fn results(page: &DirectoryPage) -> impl IntoView + use<> {
    let t = use_i18n();
    let query = page.query.clone();
    let filters = query.query_string();
    let list = if page.cards.is_empty() {
        Either::Left(view! { <NoResults query loosen=page.loosen.clone()/> })
    } else {
        let pages = page.pages;
        Either::Right(view! {
            <ul class="card-list">
                {page
                    .cards
                    .iter()
                    .cloned()
                    .map(|initiative| view! { <InitiativeCardView initiative filters=filters.clone()/> })
                    .collect_view()}
            </ul>
            <Pagination query pages/>
        })
    };
    view! {
        {page.ignored_something.then(|| view! { <p class="notice">{t.ignored_filter_note}</p> })}
        {page.query_was_cut.then(|| view! { <p class="notice">{(t.query_cut_note)(MAX_QUERY_CHARS)}</p> })}
        {list}
    }
}

fn kind_label(t: &Messages, kind: FilterKind) -> &'static str {
    match kind {
        FilterKind::Area => t.filter_area,
        FilterKind::TargetGroup => t.filter_target_group,
        FilterKind::Theme => t.filter_theme,
        FilterKind::Language => t.filter_language,
        FilterKind::Volunteers => t.looking_for_volunteers,
        FilterKind::Text => t.filter_text,
    }
}

/// The id of a filter checkbox; its count is in `{id}-aantal`.
fn option_id(group: &str, key: &str) -> String {
    format!("{group}-{}", key.to_ascii_lowercase())
}

/// The filter groups: the id prefix, the form field name, and the kind.
const OPTION_GROUPS: [(&str, &str, FilterKind); 3] = [
    ("filter-voor-wie", "doelgroep", FilterKind::TargetGroup),
    ("filter-thema", "thema", FilterKind::Theme),
    ("filter-taal", "taal", FilterKind::Language),
];

/// The fields of the filter form, drawn from one result.
fn filter_fields(page: &DirectoryPage) -> impl IntoView + use<> {
    let t = use_i18n();
    let locale = current_locale();
    let query = &page.query;
    let checkbox = move |group: &str,
                         name: &'static str,
                         option: &FacetOption,
                         is_language: bool| {
        let id = option_id(group, &option.key);
        let count_id = format!("{id}-aantal");
        let name_text = if is_language {
            (t.language_name)(&option.key)
                .unwrap_or(option.key.as_str())
                .to_owned()
        } else {
            match locale {
                Locale::Nl => option.label_nl.clone(),
                Locale::En => option.label_en.clone(),
            }
        };
        view! {
            <div class="checkbox">
                <input type="checkbox" id=id.clone() name=name value=option.key.clone() checked=option.selected/>
                <label for=id>
                    {name_text}" "<span id=count_id>{format!("({})", option.count)}</span>
                </label>
            </div>
        }
    };
    let areas = page
        .facets
        .areas
        .iter()
        .map(|area| {
            view! {
                <div class="area-choice">
                    {checkbox("filter-wijk", "wijk", &area.wijk, false)}
                    <div class="area-choice__buurten">
                        {area
                            .buurten
                            .iter()
                            .map(|buurt| checkbox("filter-buurt", "buurt", buurt, false))
                            .collect_view()}
                    </div>
                </div>
            }
        })
        .collect_view();
    let area_open = !query.wijken.is_empty() || !query.buurten.is_empty();
    let groups = OPTION_GROUPS
        .iter()
        .map(|(group, name, kind)| {
            let options = options_of(page, *kind);
            let open = options.iter().any(|option| option.selected);
            let title = kind_label(t, *kind);
            let choices = options
                .iter()
                .map(|option| checkbox(group, name, option, *kind == FilterKind::Language))
                .collect_view();
            view! {
                <FilterGroup id=group title open>
                    {choices}
                </FilterGroup>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label class="field__label" for=SEARCH_ID>{t.search_label}</label>
            <p class="field__hint" id="zoekwoorden-hint">{t.search_hint}</p>
            <input
                class="field__input"
                id=SEARCH_ID
                type="search"
                name="q"
                maxlength=MAX_QUERY_CHARS
                autocomplete="off"
                aria-describedby="zoekwoorden-hint"
                value=query.q.clone()
            />
        </div>
        <FilterGroup id="filter-wijk" title=t.filter_area open=area_open>
            {areas}
        </FilterGroup>
        {groups}
        <div class="checkbox">
            <input
                type="checkbox"
                id=VOLUNTEERS_ID
                name="vrijwilligers"
                value="ja"
                checked=query.vrijwilligers
            />
            <label for=VOLUNTEERS_ID>
                {t.filter_volunteers}" "
                <span id=format!("{VOLUNTEERS_ID}-aantal")>{format!("({})", page.facets.volunteers)}</span>
            </label>
        </div>
        <div class="filters__actions">
            <button class="button" type="submit">{t.show_results}</button>
            <a class="filters__clear" id=CLEAR_ID href="/kaart" hidden=!query.is_filtered()>
                {t.clear_filters}
            </a>
        </div>
    }
}

/// A group of choices that folds away on a phone; open while in use.
#[component]
pub(crate) fn FilterGroup(
    id: &'static str,
    title: &'static str,
    open: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <details class="filter-group" id=id open=open>
            <summary class="filter-group__title">{title}</summary>
            <fieldset class="filter-group__choices">
                <legend class="visually-hidden">{title}</legend>
                {children()}
            </fieldset>
        </details>
    }
}

/// The choices of one kind in a result page.
fn options_of(page: &DirectoryPage, kind: FilterKind) -> &[FacetOption] {
    match kind {
        FilterKind::TargetGroup => &page.facets.target_groups,
        FilterKind::Theme => &page.facets.themes,
        _ => &page.facets.languages,
    }
}

/// Nothing found: say so, and offer the filters whose removal helps most.
#[component]
fn NoResults(query: DirectoryQuery, loosen: Vec<Loosening>) -> impl IntoView {
    let t = use_i18n();
    view! {
        <div class="empty-state">
            <p>{t.no_results}</p>
            {(!loosen.is_empty())
                .then(|| {
                    view! {
                        <p>{t.loosen_intro}</p>
                        <ul class="link-list">
                            {loosen
                                .into_iter()
                                .map(|loosening| {
                                    let href = query.without(loosening.kind).href();
                                    let text = (t.without_filter)(kind_label(t, loosening.kind), loosening.count);
                                    view! { <li><a href=href>{text}</a></li> }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            <p><a href="/kaart">{t.clear_filters}</a></p>
        </div>
    }
}

#[component]
fn Pagination(query: DirectoryQuery, pages: u32) -> impl IntoView {
    let t = use_i18n();
    let page = query.pagina;
    (pages > 1).then(|| {
        let previous = (page > 1).then(|| query.with_page(page - 1).href());
        let next = (page < pages).then(|| query.with_page(page + 1).href());
        view! {
            <nav class="pagination" aria-label=t.pages_label>
                {previous.map(|href| view! { <a class="pagination__link" href=href rel="prev">{t.previous_page}</a> })}
                <span class="pagination__status" aria-current="page">{(t.page_of)(page, pages)}</span>
                {next.map(|href| view! { <a class="pagination__link" href=href rel="next">{t.next_page}</a> })}
            </nav>
        }
    })
}

#[component]
fn InitiativeCardView(initiative: InitiativeCard, filters: String) -> impl IntoView {
    let t = use_i18n();
    let locale = current_locale();
    let groups = initiative
        .target_groups
        .iter()
        .map(|group| group.label(locale).to_owned())
        .collect::<Vec<_>>()
        .join(", ");
    let next = initiative.next_activity.map(|next| {
        let date = t.day_heading(next.date.weekday, next.date.day, next.date.month);
        let time = (t.clock_time)(next.starts.hour, next.starts.minute);
        (t.next_activity)(&date, &time, &next.title)
    });
    let href = format!("/initiatieven/{}{filters}", initiative.slug);
    view! {
        <li class="card">
            <h3 class="card__title">
                <a href=href>{initiative.name}</a>
                {initiative.is_demo.then(|| view! { " " <DemoBadge/> })}
            </h3>
            <p class="card__summary">{initiative.summary}</p>
            <ul class="card__facts">
                {(!initiative.wijken.is_empty()).then(|| view! { <li>{initiative.wijken.join(", ")}</li> })}
                {(!groups.is_empty()).then(|| view! { <li>{(t.for_target_group)(&groups)}</li> })}
                {next.map(|next| view! { <li class="card__next">{next}</li> })}
                {initiative
                    .looking_for_volunteers
                    .then(|| view! { <li class="card__volunteers">{t.looking_for_volunteers}</li> })}
            </ul>
        </li>
    }
}
