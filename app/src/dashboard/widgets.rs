//! What the dashboard's pages share: the request's context, the filter
//! form, links to CSV files, paging and dates as people read them.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Amsterdam;
use entity::app_user;
use leptos::prelude::*;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use super::csv_tables::CsvTable;
use super::filter::{DashboardFilter, Period};
use super::index::DashboardIndex;
use super::texts::use_dashboard_texts;
use crate::accounts::sessions::SignedIn;
use crate::i18n::current_locale;
use crate::state::AppState;

/// What every page of the dashboard is drawn with.
pub struct Context<'a> {
    pub state: &'a AppState,
    pub index: &'a DashboardIndex,
    pub relations: &'a super::relations::DashboardRelations,
    pub viewer: &'a SignedIn,
    pub filter: &'a DashboardFilter,
    /// The address's query, for page-specific values.
    pub query: &'a str,
    /// `melding`: the notice after a post that worked.
    pub notice: &'a str,
    pub now: DateTime<Utc>,
}

impl Context<'_> {
    pub fn db(&self) -> &DatabaseConnection {
        &self.state.db
    }

    pub fn today(&self) -> NaiveDate {
        self.now.with_timezone(&Amsterdam).date_naive()
    }
}

/// Which filters a page's form offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FilterChoice {
    pub group: bool,
    pub theme: bool,
    pub period: bool,
}

pub const ALL_FILTERS: FilterChoice = FilterChoice {
    group: true,
    theme: true,
    period: true,
};

/// The filter form: a GET form, so it works without JavaScript and every
/// choice is an address. With JavaScript a choice applies at once
/// (`data-direct`, see `intake::browser`). A page adds its own fields in
/// `more` (the needs page its need).
pub fn filter_form(
    context: &Context<'_>,
    action: &'static str,
    choice: FilterChoice,
    more: Option<AnyView>,
) -> AnyView {
    let texts = use_dashboard_texts();
    let locale = current_locale();
    let index = context.index;
    let filter = context.filter;
    let options = |items: Vec<(String, String)>, chosen: Option<&str>| {
        items
            .into_iter()
            .map(|(value, label)| {
                let selected = chosen == Some(value.as_str());
                view! { <option value=value selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let wijken = options(
        index
            .wijken
            .iter()
            .map(|wijk| (wijk.key.clone(), wijk.name.clone()))
            .collect(),
        filter.wijk.as_deref(),
    );
    let group_field = choice.group.then(|| {
        let groups = options(
            index
                .groups
                .iter()
                .map(|term| (term.code.clone(), term.label(locale).to_owned()))
                .collect(),
            filter.group.as_deref(),
        );
        view! {
            <div class="field">
                <label class="field__label" for="doelgroep">{texts.group_filter}</label>
                <select id="doelgroep" name="doelgroep" class="field__input">
                    <option value="">{texts.all_groups}</option>
                    {groups}
                </select>
            </div>
        }
    });
    let theme_field = choice.theme.then(|| {
        let themes = options(
            index
                .themes
                .iter()
                .map(|term| (term.code.clone(), term.label(locale).to_owned()))
                .collect(),
            filter.theme.as_deref(),
        );
        view! {
            <div class="field">
                <label class="field__label" for="thema">{texts.theme_filter}</label>
                <select id="thema" name="thema" class="field__input">
                    <option value="">{texts.all_themes}</option>
                    {themes}
                </select>
            </div>
        }
    });
    let period_field = choice.period.then(|| {
        let periods = Period::ALL
            .into_iter()
            .map(|period| {
                let selected = period == filter.period;
                view! {
                    <option value=period.code() selected=selected>
                        {(texts.period_label)(period.code())}
                    </option>
                }
            })
            .collect_view();
        view! {
            <div class="field">
                <label class="field__label" for="periode">{texts.period_filter}</label>
                <select id="periode" name="periode" class="field__input">{periods}</select>
            </div>
        }
    });
    view! {
        <form method="get" action=action class="form filters dashboard-filters" data-direct="">
            <fieldset class="dashboard-filters__set">
                <legend class="visually-hidden">{texts.filters_legend}</legend>
                <div class="field">
                    <label class="field__label" for="wijk">{texts.wijk_filter}</label>
                    <select id="wijk" name="wijk" class="field__input">
                        <option value="">{texts.all_wijken}</option>
                        {wijken}
                    </select>
                </div>
                {group_field}
                {theme_field}
                {period_field}
                {more}
            </fieldset>
            <div class="form__buttons">
                <button class="button" type="submit">{texts.show}</button>
            </div>
        </form>
    }
    .into_any()
}

/// The note for a filter value this site does not know.
pub fn unknown_filter_note(context: &Context<'_>, today: NaiveDate) -> Option<AnyView> {
    let resolved = context.index.resolve(context.filter, today);
    resolved.has_unknown().then(|| {
        view! { <p class="notice notice--warning" role="status">{use_dashboard_texts().unknown_filter}</p> }
            .into_any()
    })
}

/// A link to download a table as CSV, with the page's filters.
pub fn csv_link(filter: &DashboardFilter, table: CsvTable, extra: &[(&str, &str)]) -> AnyView {
    let href = filter.address(&format!("/dashboard/{}", table.path()), extra);
    view! {
        <p class="csv-link"><a href=href download="">{(use_dashboard_texts().download_csv)(table)}</a></p>
    }
    .into_any()
}

/// The notice after a post that worked (`?melding=…`).
pub fn notice(code: &str) -> Option<AnyView> {
    (use_dashboard_texts().notice)(code)
        .map(|text| view! { <p class="notice" role="status">{text}</p> }.into_any())
}

/// A day as people read it here: `06-12-2026`.
pub fn day(date: NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

/// The local day of a moment, as [`day`].
pub fn day_of(moment: DateTime<Utc>) -> String {
    day(moment.with_timezone(&Amsterdam).date_naive())
}

/// The names of these accounts, by id.
pub async fn user_names(
    db: &DatabaseConnection,
    ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, String>, DbErr> {
    let mut ids: Vec<i32> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(app_user::Entity::find()
        .filter(app_user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|user| (user.id, user.display_name))
        .collect())
}

/// One page of a list, as the address asks for it (`pagina`, from 1): the
/// rows on it, its number and how many pages there are.
pub fn one_page<T: Copy>(rows: &[T], query: &str, size: usize) -> (Vec<T>, u32, u32) {
    let pages = rows.len().div_ceil(size).max(1) as u32;
    let page = super::query_value(query, "pagina")
        .parse::<u32>()
        .unwrap_or(1)
        .clamp(1, pages);
    let shown = rows
        .iter()
        .skip((page as usize - 1) * size)
        .take(size)
        .copied()
        .collect();
    (shown, page, pages)
}

/// Links to the previous and next page of a list of `pages`.
pub fn pager(
    filter: &DashboardFilter,
    path: &str,
    extra: &[(&str, &str)],
    page: u32,
    pages: u32,
) -> AnyView {
    let texts = use_dashboard_texts();
    if pages <= 1 {
        return ().into_any();
    }
    let link = |to: u32| {
        let number = to.to_string();
        let mut pairs: Vec<(&str, &str)> = extra.to_vec();
        pairs.push(("pagina", &number));
        filter.address(path, &pairs)
    };
    let previous = (page > 1).then(|| {
        view! { <a class="pager__link" href=link(page - 1) rel="prev">{texts.previous_page}</a> }
    });
    let next = (page < pages).then(|| {
        view! { <a class="pager__link" href=link(page + 1) rel="next">{texts.next_page}</a> }
    });
    view! {
        <nav class="pager" aria-label=texts.pages_label>
            {previous}
            <span class="pager__where">{(texts.page_of)(page, pages)}</span>
            {next}
        </nav>
    }
    .into_any()
}

/// A number as the reader writes it: `2,5` in Dutch, `2.5` in English.
pub fn decimal(value: f64) -> String {
    decimal_in(current_locale(), value)
}

/// As [`decimal`], where no page gives the language (a CSV file).
pub fn decimal_in(locale: crate::i18n::Locale, value: f64) -> String {
    let text = format!("{value:.1}");
    match locale {
        crate::i18n::Locale::Nl => text.replace('.', ","),
        crate::i18n::Locale::En => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_what_the_address_asks_within_the_pages_there_are() {
        let rows: Vec<u32> = (0..120).collect();
        let (shown, page, pages) = one_page(&rows, "wijk=WK192603&pagina=3", 50);
        assert_eq!(
            (shown.first(), shown.len(), page, pages),
            (Some(&100), 20, 3, 3)
        );
        assert_eq!(one_page(&rows, "pagina=9", 50).1, 3);
        assert_eq!(one_page(&rows, "pagina=nul", 50).1, 1);
        let (none, page, pages) = one_page::<u32>(&[], "", 50);
        assert_eq!((none.len(), page, pages), (0, 1, 1));
    }
}
