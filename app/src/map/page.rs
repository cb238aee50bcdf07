//! `/kaart`: find initiatives by wijk, target group, theme, language and text.
//!
//! Without JavaScript the filters are a GET form and every result page has
//! its own address. With JavaScript the same form navigates on the client:
//! results update as you choose (typing is debounced), back and forward move
//! through filter states, and a polite live region says how many were found.
//! The form's elements stay in place while results change, so keyboard focus
//! is never lost.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::query::{DirectoryQuery, FilterKind, MAX_QUERY_CHARS};
use super::search_directory;
use super::types::{DirectoryPage, FacetOption, InitiativeCard, LatestPage, Loosening};
use super::wijk_map::WijkMap;
use crate::i18n::{Locale, Messages, current_locale, use_i18n};
use crate::ui::{DemoBadge, DemoNotice, ErrorPanel, MainHeading};

/// Which list of the sociale kaart is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DirectoryTab {
    Initiatives,
    Organisations,
}

/// The two lists of the sociale kaart, as tabs that are plain links.
#[component]
pub fn DirectoryTabs(current: DirectoryTab) -> impl IntoView {
    let t = use_i18n();
    let mark = move |tab: DirectoryTab| (tab == current).then_some("page");
    view! {
        <nav class="tabs" aria-label=t.directory_tabs_label>
            <ul class="tabs__list">
                <li>
                    <a href="/kaart" aria-current=mark(DirectoryTab::Initiatives)>{t.tab_initiatives}</a>
                </li>
                <li>
                    <a href="/kaart/organisaties" aria-current=mark(DirectoryTab::Organisations)>
                        {t.tab_organisations}
                    </a>
                </li>
            </ul>
        </nav>
    }
}

#[component]
pub fn MapPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_query_map();
    let parsed = Memo::new(move |_| DirectoryQuery::from_params(&params.read()));
    let query = Memo::new(move |_| parsed.get().0);
    let query_was_cut = Memo::new(move |_| parsed.get().1.query_was_cut);
    let directory = Resource::new(move || query.get(), search_directory);
    let latest = LatestPage(directory);
    let error =
        move || directory.with(|value| value.as_ref().and_then(|result| result.clone().err()));

    view! {
        <Title text=t.map_title/>
        <MainHeading>{t.map_title}</MainHeading>
        <p class="lead">{t.map_intro}</p>
        <DemoNotice/>
        <DirectoryTabs current=DirectoryTab::Initiatives/>
        <Transition fallback=move || view! { <p>{t.loading}</p> }>
            {move || error().map(|error| view! { <ErrorPanel error/> })}
            <div class="directory">
                <FilterForm page=latest/>
                <div class="directory__results">
                    <WijkMap page=latest/>
                    <Results page=latest query_was_cut/>
                </div>
            </div>
        </Transition>
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

/// With JavaScript, submitting the filter form navigates on the client to
/// the tidy address of the chosen filters (empty fields left out); without
/// it the browser submits the GET form itself.
fn navigate_to_results(
    event: leptos::ev::SubmitEvent,
    navigate: &impl Fn(&str, leptos_router::NavigateOptions),
) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let form = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlFormElement>().ok());
        let Some(data) = form.and_then(|form| web_sys::FormData::new_with_form(&form).ok()) else {
            return;
        };
        let mut fields: Vec<(String, String)> = Vec::new();
        if let Ok(Some(entries)) = js_sys::try_iter(&data) {
            for entry in entries.flatten() {
                let entry: js_sys::Array = entry.unchecked_into();
                if let (Some(name), Some(value)) =
                    (entry.get(0).as_string(), entry.get(1).as_string())
                {
                    fields.push((name, value));
                }
            }
        }
        let params: leptos_router::params::ParamsMap = fields.into_iter().collect();
        event.prevent_default();
        navigate(
            &DirectoryQuery::from_params(&params).0.href(),
            leptos_router::NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (event, navigate);
}

/// Submits the filter form from a changed checkbox (JavaScript only; without
/// it the button does the work).
fn submit_on_change(event: leptos::ev::Event) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let input = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input.filter(|input| input.type_() == "checkbox")
            && let Some(form) = input.form()
        {
            let _ = form.request_submit();
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = event;
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
const VOLUNTEERS_ID: &str = "filter-vrijwilligers";
const CLEAR_ID: &str = "filters-wissen";

/// The filters. The set of choices does not change while the page is open,
/// only which are ticked and their counts, so the form is drawn once from
/// the first result and then updated in place (see [`update_filters`]):
/// keyboard focus stays where it is, and the browser bundle stays small.
#[component]
fn FilterForm(page: LatestPage) -> impl IntoView {
    let t = use_i18n();
    let navigate = leptos_router::hooks::use_navigate();
    // While a new result loads there is none; the choices stay as they were.
    let choices = Memo::new(move |previous: Option<&Vec<String>>| {
        page.with(DirectoryPage::choice_keys)
            .or_else(|| previous.cloned())
            .unwrap_or_default()
    });

    // Typing waits for a pause before it searches.
    let pending_search = StoredValue::new(None::<TimeoutHandle>);
    let search_after_pause = move |event: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            if let Some(handle) = pending_search.get_value() {
                handle.clear();
            }
            let input: web_sys::HtmlInputElement = event_target(&event);
            let handle = set_timeout_with_handle(
                move || {
                    if let Some(form) = input.form() {
                        let _ = form.request_submit();
                    }
                },
                std::time::Duration::from_millis(400),
            )
            .ok();
            pending_search.set_value(handle);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (event, pending_search);
    };

    #[cfg(feature = "hydrate")]
    Effect::new(move || {
        page.with(update_filters);
    });

    view! {
        <section class="directory__filters filters" aria-labelledby="zoeken-en-kiezen">
            <h2 id="zoeken-en-kiezen" class="filters__heading">{t.filters_heading}</h2>
            <form
                method="get"
                action="/kaart"
                on:change=submit_on_change
                on:submit=move |event| navigate_to_results(event, &navigate)
            >
                {move || {
                    choices.track();
                    page.with_untracked(|page| filter_fields(page, search_after_pause))
                }}
            </form>
        </section>
    }
}

/// The fields of the filter form, drawn from one result.
fn filter_fields<Search>(
    page: &DirectoryPage,
    search_after_pause: Search,
) -> impl IntoView + use<Search>
where
    Search: Fn(leptos::ev::Event) + Clone + 'static,
{
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
            <label class="field__label" for="zoekwoorden">{t.search_label}</label>
            <p class="field__hint" id="zoekwoorden-hint">{t.search_hint}</p>
            <input
                class="field__input"
                id="zoekwoorden"
                type="search"
                name="q"
                maxlength=MAX_QUERY_CHARS
                autocomplete="off"
                aria-describedby="zoekwoorden-hint"
                value=query.q.clone()
                on:input=search_after_pause
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

/// Brings the drawn filters up to date with a new result: ticks, counts,
/// the search box (unless the user is typing in it), groups that hold a
/// choice are opened (only the user closes them), and "clear" shows when
/// something is chosen.
#[cfg(feature = "hydrate")]
fn update_filters(page: &DirectoryPage) {
    use wasm_bindgen::JsCast;
    let document = document();
    let element = |id: &str| document.get_element_by_id(id);
    let update = |id: String, selected: bool, count: usize| {
        if let Some(input) =
            element(&id).and_then(|found| found.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_checked(selected);
        }
        if let Some(count_text) = element(&format!("{id}-aantal")) {
            count_text.set_text_content(Some(&format!("({count})")));
        }
    };
    let open = |id: &str| {
        if let Some(group) =
            element(id).and_then(|found| found.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            group.set_open(true);
        }
    };
    for area in &page.facets.areas {
        update(
            option_id("filter-wijk", &area.wijk.key),
            area.wijk.selected,
            area.wijk.count,
        );
        for buurt in &area.buurten {
            update(
                option_id("filter-buurt", &buurt.key),
                buurt.selected,
                buurt.count,
            );
        }
    }
    if !page.query.wijken.is_empty() || !page.query.buurten.is_empty() {
        open("filter-wijk");
    }
    for (group, _, kind) in OPTION_GROUPS {
        let options = options_of(page, kind);
        for option in options {
            update(option_id(group, &option.key), option.selected, option.count);
        }
        if options.iter().any(|option| option.selected) {
            open(group);
        }
    }
    update(
        VOLUNTEERS_ID.to_owned(),
        page.query.vrijwilligers,
        page.facets.volunteers,
    );
    if let Some(search) =
        element("zoekwoorden").and_then(|found| found.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        let typing = document
            .active_element()
            .is_some_and(|active| active.id() == "zoekwoorden");
        if !typing && search.value() != page.query.q {
            search.set_value(&page.query.q);
        }
    }
    if let Some(clear) = element(CLEAR_ID) {
        let _ = if page.query.is_filtered() {
            clear.remove_attribute("hidden")
        } else {
            clear.set_attribute("hidden", "")
        };
    }
}

/// A group of choices that folds away on a phone; open while in use.
#[component]
fn FilterGroup(
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

#[component]
fn Results(page: LatestPage, query_was_cut: Memo<bool>) -> impl IntoView {
    let t = use_i18n();
    let total = move || page.with(|page| page.total).unwrap_or_default();
    let ignored = move || page.with(|page| page.ignored_something).unwrap_or_default();
    view! {
        <section class="results" aria-labelledby="resultaten">
            <h2 id="resultaten" class="results__heading" tabindex="-1">{t.results_heading}</h2>
            <p class="results__count" role="status">{move || (t.initiatives_found_status)(total())}</p>
            <Show when=ignored>
                <p class="notice">{t.ignored_filter_note}</p>
            </Show>
            <Show when=move || query_was_cut.get()>
                <p class="notice">{(t.query_cut_note)(MAX_QUERY_CHARS)}</p>
            </Show>
            {move || {
                page.with(|page| (page.cards.clone(), page.query.clone(), page.loosen.clone(), page.pages))
                    .map(|(cards, query, loosen, pages)| {
                        if cards.is_empty() {
                            Either::Left(view! { <NoResults query loosen/> })
                        } else {
                            Either::Right(view! {
                                <ul class="card-list">
                                    {cards
                                        .into_iter()
                                        .map(|initiative| view! { <InitiativeCardView initiative/> })
                                        .collect_view()}
                                </ul>
                                <Pagination query pages/>
                            })
                        }
                    })
            }}
        </section>
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
fn InitiativeCardView(initiative: InitiativeCard) -> impl IntoView {
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
    let href = format!("/initiatieven/{}", initiative.slug);
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
