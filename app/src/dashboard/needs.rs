//! "Wat initiatieven nodig hebben": the published initiatives that asked
//! for space, money, volunteers, training, contact with a professional or
//! publicity, with their own contact person and their fixed contact person
//! at a professional organisation, so a professional can help.
//!
//! `/dashboard/behoeften` lists them (50 a page); the overview counts them
//! per need; `/dashboard/behoeften.csv` has every row.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use super::csv_tables::CsvTable;
use super::filter::DashboardFilter;
use super::index::{DashboardIndex, InitiativeEntry, Resolved};
use super::texts::use_dashboard_texts;
use super::widgets::{ALL_FILTERS, Context, FilterChoice, csv_link, filter_form, pager};
use crate::api_codec::DrawnHtml;
use crate::errors::AppError;
use crate::i18n::Locale;
use crate::initiatives::NEEDS;

/// Rows on one page of `/dashboard/behoeften`.
const PAGE_SIZE: usize = 50;

/// The need asked for in `behoefte`, as its position in [`NEEDS`].
pub fn need_in(query: &str) -> Option<u8> {
    let code = super::query_value(query, "behoefte");
    NEEDS
        .iter()
        .position(|known| *known == code)
        .map(|at| at as u8)
}

/// The initiatives with a need that pass the filter (and `need`, when
/// given), by name.
pub fn matching<'a>(
    index: &'a DashboardIndex,
    filter: &Resolved,
    need: Option<u8>,
) -> impl Iterator<Item = &'a InitiativeEntry> + use<'a> {
    index.initiatives_matching(filter).filter(move |entry| {
        !entry.needs.is_empty() && need.is_none_or(|need| entry.needs.contains(&need))
    })
}

/// How many initiatives that pass the filter ask for each need.
pub fn count_per_need(index: &DashboardIndex, filter: &Resolved) -> [usize; NEEDS.len()] {
    let mut counts = [0; NEEDS.len()];
    for entry in matching(index, filter, None) {
        for &need in &entry.needs {
            counts[usize::from(need)] += 1;
        }
    }
    counts
}

/// The CSV's and the page's header and rows, as text cells in the
/// reader's language. `fixed` holds each initiative's fixed contact
/// persons.
pub fn table(
    locale: Locale,
    index: &DashboardIndex,
    rows: &[&InitiativeEntry],
    fixed: &HashMap<i32, Vec<String>>,
) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let texts = locale.dashboard_texts();
    let intake = locale.intake_texts();
    let header = vec![
        texts.column_initiative,
        texts.column_wijken,
        texts.column_needs,
        texts.column_note,
        texts.column_contact,
        texts.column_email,
        texts.column_phone,
        texts.column_channel,
        texts.column_fixed_contact,
    ];
    let cells = rows
        .iter()
        .map(|row| {
            vec![
                row.name.clone(),
                row.wijken
                    .iter()
                    .map(|&wijk| index.wijken[usize::from(wijk)].name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                row.needs
                    .iter()
                    .map(|&need| (intake.need_label)(NEEDS[usize::from(need)]))
                    .collect::<Vec<_>>()
                    .join(", "),
                row.needs_note.clone().unwrap_or_default(),
                row.contact_name.clone().unwrap_or_default(),
                row.contact_email.clone().unwrap_or_default(),
                row.contact_phone.clone().unwrap_or_default(),
                row.preferred_channel
                    .as_deref()
                    .map(|code| (intake.channel_label)(code).to_owned())
                    .unwrap_or_default(),
                fixed
                    .get(&row.id)
                    .map(|names| names.join(", "))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    (header, cells)
}

/// Every row of the export, for `filter` and the need in `query`.
pub fn export(
    relations: &super::relations::DashboardRelations,
    index: &DashboardIndex,
    filter: &DashboardFilter,
    query: &str,
    locale: Locale,
    today: chrono::NaiveDate,
) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let resolved = index.resolve(filter, today);
    let rows: Vec<&InitiativeEntry> = matching(index, &resolved, need_in(query)).collect();
    let ids: Vec<i32> = rows.iter().map(|row| row.id).collect();
    let fixed = super::partnerships::fixed_contacts(relations, &ids);
    table(locale, index, &rows, &fixed)
}

/// Draws `/dashboard/behoeften`.
pub async fn draw(context: &Context<'_>) -> Result<DrawnHtml, AppError> {
    let texts = use_dashboard_texts();
    let locale = crate::i18n::current_locale();
    let intake = locale.intake_texts();
    let index = context.index;
    let resolved = index.resolve(context.filter, context.today());
    let need = need_in(context.query);
    let all: Vec<&InitiativeEntry> = matching(index, &resolved, need).collect();
    let (shown, page, pages) = super::widgets::one_page(&all, context.query, PAGE_SIZE);
    let ids: Vec<i32> = shown.iter().map(|row| row.id).collect();
    let fixed = super::partnerships::fixed_contacts(context.relations, &ids);
    let (header, cells) = table(locale, index, &shown, &fixed);
    let need_code = need.map(|need| NEEDS[usize::from(need)]);
    let extra: Vec<(&str, &str)> = need_code
        .map(|code| ("behoefte", code))
        .into_iter()
        .collect();

    let need_options = NEEDS
        .iter()
        .map(|code| {
            let chosen = need_code == Some(*code);
            view! { <option value=*code selected=chosen>{(intake.need_label)(code)}</option> }
        })
        .collect_view();
    let need_field = view! {
        <div class="field">
            <label class="field__label" for="behoefte">{texts.need_filter}</label>
            <select id="behoefte" name="behoefte" class="field__input">
                <option value="">{texts.all_needs}</option>
                {need_options}
            </select>
        </div>
    }
    .into_any();
    let filters = filter_form(
        context,
        "/dashboard/behoeften",
        FilterChoice {
            period: false,
            ..ALL_FILTERS
        },
        Some(need_field),
    );
    let body = if shown.is_empty() {
        view! { <p>{texts.no_needs}</p> }.into_any()
    } else {
        let slugs: Vec<String> = shown.iter().map(|row| row.slug.clone()).collect();
        view! {
            <div class="table-scroll" role="region" aria-labelledby="behoeften-tabel" tabindex="0">
                <table class="table">
                    <caption id="behoeften-tabel">{(texts.needs_count)(all.len())}</caption>
                    <thead>
                        <tr>{header.iter().map(|name| view! { <th scope="col">{*name}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>
                        {cells.into_iter().zip(slugs).map(|(cells, slug)| {
                            let mut cells = cells.into_iter();
                            let name = cells.next().unwrap_or_default();
                            view! {
                                <tr>
                                    <th scope="row"><a href=format!("/dashboard/initiatieven/{slug}")>{name}</a></th>
                                    {cells.map(|cell| view! { <td>{cell}</td> }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let html = view! {
        <p><a href=context.filter.address("/dashboard", &[])>{texts.back_to_dashboard}</a></p>
        <p class="lead">{texts.needs_intro}</p>
        {filters}
        {super::widgets::unknown_filter_note(context, context.today())}
        {body}
        {pager(context.filter, "/dashboard/behoeften", &extra, page, pages)}
        {csv_link(context.filter, CsvTable::Needs, &extra)}
    }
    .to_html();
    Ok(DrawnHtml {
        title: texts.needs_title.to_owned(),
        html,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_needs_are_read_from_the_address() {
        assert_eq!(need_in("behoefte=volunteers&wijk=WK192603"), Some(2));
        assert_eq!(need_in("behoefte=gold"), None);
        assert_eq!(need_in(""), None);
    }
}
