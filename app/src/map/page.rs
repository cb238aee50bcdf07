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
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

use super::query::{DirectoryQuery, FilterKind, MAX_QUERY_CHARS};
use super::search_directory;
use super::types::{DirectoryPage, FacetOption, InitiativeCard, Loosening};
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
    let latest = Signal::derive(move || directory.get().and_then(Result::ok));
    let error = move || directory.get().and_then(Result::err);

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

fn option_label(option: &FacetOption, locale: Locale, t: &Messages, is_language: bool) -> String {
    let name = if is_language {
        (t.language_name)(&option.key)
            .unwrap_or(option.key.as_str())
            .to_owned()
    } else {
        match locale {
            Locale::Nl => option.label_nl.clone(),
            Locale::En => option.label_en.clone(),
        }
    };
    format!("{name} ({})", option.count)
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

#[component]
fn FilterForm(page: Signal<Option<DirectoryPage>>) -> impl IntoView {
    let t = use_i18n();
    let query = move || page.get().map(|page| page.query).unwrap_or_default();
    let facets = move || page.get().map(|page| page.facets).unwrap_or_default();
    let search_input = NodeRef::<leptos::html::Input>::new();

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

    // Back and forward change the query; show it in the box unless the user
    // is typing there.
    #[cfg(feature = "hydrate")]
    Effect::new(move || {
        let wanted = query().q;
        if let Some(input) = search_input.get() {
            let typing = document().active_element().is_some_and(|active| {
                let input: &web_sys::Element = &input;
                &active == input
            });
            if !typing && input.value() != wanted {
                input.set_value(&wanted);
            }
        }
    });

    let area_keys = move || {
        facets()
            .areas
            .into_iter()
            .map(|area| area.wijk.key)
            .collect::<Vec<_>>()
    };
    let is_filtered = move || query().is_filtered();

    view! {
        <section class="directory__filters filters" aria-labelledby="zoeken-en-kiezen">
            <h2 id="zoeken-en-kiezen" class="filters__heading">{t.filters_heading}</h2>
            <Form method="get" action="/kaart" noscroll=true on:change=submit_on_change>
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
                        value=move || query().q
                        node_ref=search_input
                        on:input=search_after_pause
                    />
                </div>

                <FilterGroup
                    id="filter-wijk"
                    title=t.filter_area
                    open=Signal::derive(move || !query().wijken.is_empty() || !query().buurten.is_empty())
                >
                    <For each=area_keys key=|key| key.clone() let:key>
                        <AreaOptions page wijk_key=key/>
                    </For>
                </FilterGroup>
                <OptionGroup page kind=FilterKind::TargetGroup id="filter-voor-wie" title=t.filter_target_group name="doelgroep"/>
                <OptionGroup page kind=FilterKind::Theme id="filter-thema" title=t.filter_theme name="thema"/>
                <OptionGroup page kind=FilterKind::Language id="filter-taal" title=t.filter_language name="taal"/>

                <div class="checkbox">
                    <input
                        type="checkbox"
                        id="filter-vrijwilligers"
                        name="vrijwilligers"
                        value="ja"
                        checked=move || query().vrijwilligers
                        prop:checked=move || query().vrijwilligers
                    />
                    <label for="filter-vrijwilligers">
                        {move || format!("{} ({})", t.filter_volunteers, facets().volunteers)}
                    </label>
                </div>

                <div class="filters__actions">
                    <button class="button" type="submit">{t.show_results}</button>
                    <Show when=is_filtered>
                        <a class="filters__clear" href="/kaart">{t.clear_filters}</a>
                    </Show>
                </div>
            </Form>
        </section>
    }
}

/// A group of choices that folds away on a phone; open while in use.
#[component]
fn FilterGroup(
    id: &'static str,
    title: &'static str,
    open: Signal<bool>,
    children: Children,
) -> impl IntoView {
    // Opened by the server when a choice in it is active; in the browser it
    // opens when one becomes active, but only the user closes it.
    let group = NodeRef::<leptos::html::Details>::new();
    #[cfg(feature = "hydrate")]
    Effect::new(move || {
        if open.get()
            && let Some(group) = group.get()
        {
            group.set_open(true);
        }
    });
    view! {
        <details class="filter-group" id=id open=open.get_untracked() node_ref=group>
            <summary class="filter-group__title">{title}</summary>
            <fieldset class="filter-group__choices">
                <legend class="visually-hidden">{title}</legend>
                {children()}
            </fieldset>
        </details>
    }
}

/// The choices of one kind (target group, theme, language) as checkboxes.
#[component]
fn OptionGroup(
    page: Signal<Option<DirectoryPage>>,
    kind: FilterKind,
    id: &'static str,
    title: &'static str,
    name: &'static str,
) -> impl IntoView {
    let options = move || {
        page.get()
            .map(|page| match kind {
                FilterKind::TargetGroup => page.facets.target_groups,
                FilterKind::Theme => page.facets.themes,
                _ => page.facets.languages,
            })
            .unwrap_or_default()
    };
    let keys = move || {
        options()
            .into_iter()
            .map(|option| option.key)
            .collect::<Vec<_>>()
    };
    let open = Signal::derive(move || options().iter().any(|option| option.selected));
    view! {
        <FilterGroup id title open>
            <For each=keys key=|key| key.clone() let:key>
                <OptionCheckbox
                    name
                    id_prefix=id
                    option=Signal::derive({
                        let key = key.clone();
                        move || options().into_iter().find(|option| option.key == key)
                    })
                    key
                    is_language=kind == FilterKind::Language
                />
            </For>
        </FilterGroup>
    }
}

/// A wijk and, under it, its buurten.
#[component]
fn AreaOptions(page: Signal<Option<DirectoryPage>>, wijk_key: String) -> impl IntoView {
    let area = Signal::derive({
        let wijk_key = wijk_key.clone();
        move || {
            page.get().and_then(|page| {
                page.facets
                    .areas
                    .into_iter()
                    .find(|area| area.wijk.key == wijk_key)
            })
        }
    });
    let buurt_keys = move || {
        area.get()
            .map(|area| {
                area.buurten
                    .into_iter()
                    .map(|buurt| buurt.key)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    view! {
        <div class="area-choice">
            <OptionCheckbox
                name="wijk"
                id_prefix="filter-wijk"
                option=Signal::derive(move || area.get().map(|area| area.wijk))
                key=wijk_key
                is_language=false
            />
            <div class="area-choice__buurten">
                <For each=buurt_keys key=|key| key.clone() let:key>
                    <OptionCheckbox
                        name="buurt"
                        id_prefix="filter-buurt"
                        option=Signal::derive({
                            let key = key.clone();
                            move || {
                                area.get()
                                    .and_then(|area| area.buurten.into_iter().find(|buurt| buurt.key == key))
                            }
                        })
                        key
                        is_language=false
                    />
                </For>
            </div>
        </div>
    }
}

#[component]
fn OptionCheckbox(
    name: &'static str,
    id_prefix: &'static str,
    key: String,
    option: Signal<Option<FacetOption>>,
    is_language: bool,
) -> impl IntoView {
    let t = use_i18n();
    let locale = current_locale();
    let id = format!("{id_prefix}-{}", key.to_lowercase());
    let selected = move || option.get().is_some_and(|option| option.selected);
    let label = move || {
        option
            .get()
            .map(|option| option_label(&option, locale, t, is_language))
            .unwrap_or_default()
    };
    view! {
        <div class="checkbox">
            <input
                type="checkbox"
                id=id.clone()
                name=name
                value=key
                checked=selected
                prop:checked=selected
            />
            <label for=id>{label}</label>
        </div>
    }
}

#[component]
fn Results(page: Signal<Option<DirectoryPage>>, query_was_cut: Memo<bool>) -> impl IntoView {
    let t = use_i18n();
    let total = move || page.get().map(|page| page.total).unwrap_or_default();
    let ignored = move || page.get().is_some_and(|page| page.ignored_something);
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
                page.get()
                    .map(|page| {
                        if page.cards.is_empty() {
                            Either::Left(view! { <NoResults query=page.query loosen=page.loosen/> })
                        } else {
                            Either::Right(view! {
                                <ul class="card-list">
                                    {page
                                        .cards
                                        .into_iter()
                                        .map(|initiative| view! { <InitiativeCardView initiative/> })
                                        .collect_view()}
                                </ul>
                                <Pagination query=page.query pages=page.pages/>
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
