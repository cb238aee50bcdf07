//! `/dashboard`: the overview for the filters chosen. Coverage (who is
//! active for whom, and the blind spots), needs, partnerships with the
//! reminder list and the eight points, signals, the six-step method per
//! wijk and the results. Each part links to its own page and CSV file.

use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use super::csv_tables::CsvTable;
use super::filter::Month;
use super::index::{MonthResults, Results};
use super::partnerships::{REMINDER_WEEKS, overdue, point_averages, reminder_weeks};
use super::reports::month_text;
use super::signals::{ANSWERED, OPEN, PICKED_UP, SignalSelection};
use super::texts::{DashboardTexts, use_dashboard_texts};
use super::widgets::{
    ALL_FILTERS, Context, csv_link, decimal, filter_form, notice, unknown_filter_note,
};
use crate::api_codec::DrawnHtml;
use crate::errors::AppError;
use crate::i18n::{Locale, current_locale};
use crate::initiatives::NEEDS;

/// Rows of the reminder list and the signals list on the overview; the
/// pages behind them have all.
const SHOWN: usize = 10;

pub async fn draw(context: &Context<'_>) -> Result<DrawnHtml, AppError> {
    let texts = use_dashboard_texts();
    let locale = current_locale();
    let index = context.index;
    let db = context.db();
    let today = context.today();
    let resolved = index.resolve(context.filter, today);

    let coverage = coverage_view(context, &resolved);

    // Needs: how many initiatives ask for what.
    let counts = super::needs::count_per_need(index, &resolved);
    let intake = locale.intake_texts();
    let need_rows = NEEDS
        .iter()
        .zip(counts)
        .map(|(code, count)| {
            let href = context
                .filter
                .address("/dashboard/behoeften", &[("behoefte", code)]);
            view! {
                <tr>
                    <th scope="row"><a href=href>{(intake.need_label)(code)}</a></th>
                    <td class="number">{count}</td>
                </tr>
            }
        })
        .collect_view();

    // Partnerships.
    let relations = context.relations;
    let partnerships = super::partnerships::rows(relations, index, &resolved);
    let with: std::collections::HashSet<i32> =
        partnerships.iter().map(|row| row.initiative_id).collect();
    let on_map = index.initiatives_matching(&resolved).count();
    let weeks = reminder_weeks(context.query);
    let overdue_rows = overdue(&partnerships, today, weeks);
    let reminders = if overdue_rows.is_empty() {
        Either::Left(view! { <p>{(texts.no_reminders)(weeks)}</p> })
    } else {
        let shown: Vec<_> = overdue_rows.iter().take(SHOWN).copied().collect();
        Either::Right(super::partnerships::partnership_table(
            locale,
            &shown,
            "herinneringen-tabel",
            (texts.reminder_heading)(weeks),
        ))
    };
    let weeks_form = {
        let options = REMINDER_WEEKS
            .iter()
            .map(|choice| {
                view! { <option value=choice.to_string() selected=*choice == weeks>{(texts.weeks)(*choice)}</option> }
            })
            .collect_view();
        view! {
            <form method="get" action="/dashboard" class="form filters" data-direct="">
                {hidden_filter(context)}
                <div class="field">
                    <label class="field__label" for="weken">{texts.reminder_weeks_label}</label>
                    <select id="weken" name="weken" class="field__input">{options}</select>
                </div>
                <div class="form__buttons">
                    <button class="button button--secondary" type="submit">{texts.show}</button>
                </div>
            </form>
        }
    };
    let averages = point_averages(&partnerships);
    let has_assessments = averages.is_some();
    let points = points_view(texts, averages);

    // Signals: counts in the period; every one still waiting for feedback.
    let since = resolved
        .first
        .map(|first| crate::calendar::ssr::local_moment(first.first_day(), (0, 0)));
    let in_period = super::signals::rows(
        relations,
        index,
        SignalSelection {
            filter: resolved,
            since,
            unanswered: false,
        },
    );
    let count_status = |status: &str| in_period.iter().filter(|row| row.status == status).count();
    let waiting = super::signals::rows(
        relations,
        index,
        SignalSelection {
            filter: resolved,
            since: None,
            unanswered: true,
        },
    );
    let waiting_long = waiting
        .iter()
        .filter(|row| row.waits_long(context.now))
        .count();
    let signal_list = if waiting.is_empty() {
        Either::Left(())
    } else {
        let shown: Vec<_> = waiting.iter().take(SHOWN).copied().collect();
        Either::Right(super::signals::signal_table(
            context,
            &shown,
            "signalen-wachtend",
            (texts.signals_caption)(waiting.len()),
        ))
    };

    // The six steps.
    let steps = super::method::all_steps(db).await?;
    let method_wijken = super::method::wijken_shown(index, resolved.wijk);
    let method = super::method::summary_table(texts, &method_wijken, &steps);

    let results = index.results(&resolved);
    let results_view = results_view(locale, texts, index, &results);

    let period = (texts.period_label)(context.filter.period.code());
    let html = view! {
        {notice(context.notice)}
        <p class="lead">{texts.intro}</p>
        {filter_form(context, "/dashboard", ALL_FILTERS, None)}
        {unknown_filter_note(context, today)}
        <nav class="page-contents" aria-label=texts.contents>
            <ul>
                <li><a href="#dekking">{texts.coverage_heading}</a></li>
                <li><a href="#behoeften">{texts.needs_heading}</a></li>
                <li><a href="#samenwerkingen">{texts.partnerships_heading}</a></li>
                <li><a href="#aandachtspunten">{texts.points_heading}</a></li>
                <li><a href="#signalen">{texts.signals_heading}</a></li>
                <li><a href="#stappenplan">{texts.method_heading}</a></li>
                <li><a href="#resultaten">{texts.results_heading}</a></li>
            </ul>
        </nav>

        <h2 id="dekking">{texts.coverage_heading}</h2>
        <p>{texts.coverage_intro}</p>
        {context.filter.theme.is_some().then(|| view! { <p>{texts.coverage_theme_note}</p> })}
        {coverage}
        {csv_link(context.filter, CsvTable::Coverage, &[])}

        <h2 id="behoeften">{texts.needs_heading}</h2>
        <p>{texts.needs_intro}</p>
        <table class="table table--narrow">
            <caption>{texts.needs_summary_caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{texts.column_need}</th>
                    <th scope="col">{texts.column_count}</th>
                </tr>
            </thead>
            <tbody>{need_rows}</tbody>
        </table>
        <p><a href=context.filter.address("/dashboard/behoeften", &[])>{texts.all_needs_link}</a></p>
        {csv_link(context.filter, CsvTable::Needs, &[])}

        <h2 id="samenwerkingen">{texts.partnerships_heading}</h2>
        <p>{texts.partnerships_intro}</p>
        <p>{(texts.partnerships_line)(with.len(), on_map.saturating_sub(with.len()))}</p>
        <h3>{(texts.reminder_heading)(weeks)}</h3>
        {weeks_form}
        {reminders}
        <p><a href=context.filter.address("/dashboard/samenwerkingen", &[])>{texts.all_partnerships_link}</a></p>
        {csv_link(context.filter, CsvTable::Partnerships, &[])}
        {csv_link(context.filter, CsvTable::ContactLog, &[])}

        <h2 id="aandachtspunten">{texts.points_heading}</h2>
        <p>{texts.points_intro}</p>
        {points}
        {has_assessments.then(|| view! {
            {csv_link(context.filter, CsvTable::Points, &[])}
            {csv_link(context.filter, CsvTable::Assessments, &[])}
        })}

        <h2 id="signalen">{texts.signals_heading}</h2>
        <p>{texts.signals_intro}</p>
        <p>{(texts.showing)(period)}": "{(texts.signals_line)(count_status(OPEN), count_status(PICKED_UP), count_status(ANSWERED))}</p>
        {(waiting_long > 0).then(|| view! { <p class="attention"><strong>{(texts.old_signals)(waiting_long)}</strong></p> })}
        {signal_list}
        <p>
            <a href=context.filter.address("/dashboard/signalen", &[])>{texts.all_signals_link}</a>
            " · "
            <a href="/dashboard/signalen#nieuw">{texts.new_signal_link}</a>
        </p>
        {csv_link(context.filter, CsvTable::Signals, &[])}

        <h2 id="stappenplan">{texts.method_heading}</h2>
        <p>{texts.method_intro}</p>
        {method}
        {csv_link(context.filter, CsvTable::Method, &[])}

        <h2 id="resultaten">{texts.results_heading}</h2>
        <p>{texts.results_intro}</p>
        <p>{(texts.showing)(period)}</p>
        {results_view}
        {csv_link(context.filter, CsvTable::Results, &[])}
        {csv_link(context.filter, CsvTable::Reports, &[])}
    }
    .to_html();
    Ok(DrawnHtml {
        title: texts.title.to_owned(),
        html,
    })
}

/// The filter's values as hidden fields, for a form of one part of the
/// page that must keep the rest.
fn hidden_filter(context: &Context<'_>) -> impl IntoView {
    let filter = context.filter;
    let pairs: Vec<(&'static str, String)> = [
        ("wijk", filter.wijk.clone()),
        ("doelgroep", filter.group.clone()),
        ("thema", filter.theme.clone()),
        (
            "periode",
            (filter.period != Default::default()).then(|| filter.period.code().to_owned()),
        ),
    ]
    .into_iter()
    .filter_map(|(name, value)| Some((name, value?)))
    .collect();
    pairs
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
        .collect_view()
}

/// The coverage matrix: a row per wijk, a column per target group, each
/// cell the number of initiatives and of organisations. A cell with
/// neither says "Niemand", in words and not only in colour.
fn coverage_view(context: &Context<'_>, resolved: &super::index::Resolved) -> AnyView {
    let texts = use_dashboard_texts();
    let locale = current_locale();
    let index = context.index;
    let cells = index.coverage(resolved);
    let groups: Vec<usize> = (0..index.groups.len())
        .filter(|at| resolved.group.is_none() || resolved.group == Some(Some(*at as u16)))
        .collect();
    let wijken: Vec<usize> = (0..index.wijken.len())
        .filter(|at| resolved.wijk.is_none() || resolved.wijk == Some(Some(*at as u16)))
        .collect();
    let header = groups
        .iter()
        .map(|&group| view! { <th scope="col">{index.groups[group].label(locale).to_owned()}</th> })
        .collect_view();
    let rows = wijken
        .iter()
        .map(|&wijk| {
            let row_cells = groups
                .iter()
                .map(|&group| {
                    let (initiatives, organisations) = cells[wijk][group];
                    if initiatives == 0 && organisations == 0 {
                        Either::Left(view! { <td class="coverage__gap">{texts.nobody}</td> })
                    } else {
                        Either::Right(view! {
                            <td class:coverage__thin=initiatives == 0>
                                <span class="coverage__line">{(texts.initiatives_count)(initiatives)}</span>
                                <span class="coverage__line">{(texts.organisations_count)(organisations)}</span>
                            </td>
                        })
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{index.wijken[wijk].name.clone()}</th>
                    {row_cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby="dekking-tabel" tabindex="0">
            <table class="table coverage">
                <caption id="dekking-tabel">{texts.coverage_caption}</caption>
                <thead>
                    <tr>
                        <td></td>
                        {header}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

fn points_view(texts: &'static DashboardTexts, averages: Option<[f64; 8]>) -> AnyView {
    let Some(averages) = averages else {
        return view! { <p>{texts.no_assessments}</p> }.into_any();
    };
    view! {
        <table class="table table--narrow">
            <caption>{texts.points_caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{texts.column_point}</th>
                    <th scope="col">{texts.column_average}</th>
                </tr>
            </thead>
            <tbody>
                {texts.points.iter().zip(averages).map(|(point, average)| view! {
                    <tr>
                        <th scope="row">{*point}</th>
                        <td class="number">{decimal(average)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The results: a bar chart of the activities held per month, with the
/// same numbers (and the sign-ups and reports) in a table under it, and a
/// table per wijk.
fn results_view(
    locale: Locale,
    texts: &'static DashboardTexts,
    index: &super::index::DashboardIndex,
    results: &Results,
) -> AnyView {
    let month_label = |month: &MonthResults| {
        month
            .month
            .map_or_else(String::new, |month| month_text(locale, month))
    };
    let totals = |label: String, row: &MonthResults, scope: &'static str| {
        let heading = if scope == "row" {
            Either::Left(view! { <th scope="row">{label}</th> })
        } else {
            Either::Right(view! { <td>{label}</td> })
        };
        view! {
            <tr>
                {heading}
                <td class="number">{row.dates_held}</td>
                <td class="number">{row.people_signed_up}</td>
                <td class="number">{row.reports}</td>
                <td class="number">{row.people_reached}</td>
            </tr>
        }
    };
    let per_month = |figure: fn(&MonthResults) -> u32| -> Vec<(Month, u32)> {
        results
            .months
            .iter()
            .filter_map(|month| Some((month.month?, figure(month))))
            .collect()
    };
    let columns = || {
        view! {
            <th scope="col">{texts.column_dates_held}</th>
            <th scope="col">{texts.column_signed_up}</th>
            <th scope="col">{texts.column_reports}</th>
            <th scope="col">{texts.column_people_reached}</th>
        }
    };
    let month_rows = results
        .months
        .iter()
        .map(|month| totals(month_label(month), month, "row"))
        .collect_view();
    let wijk_rows = results
        .wijken
        .iter()
        .map(|(wijk, row)| totals(index.wijken[usize::from(*wijk)].name.clone(), row, "row"))
        .collect_view();
    let elsewhere = (results.elsewhere != MonthResults::default())
        .then(|| totals(texts.elsewhere.to_owned(), &results.elsewhere, "row"));
    view! {
        {bar_chart(texts, (texts.results_chart_label)(results.total.dates_held), &per_month(|month| month.dates_held))}
        {bar_chart(texts, (texts.reached_chart_label)(results.total.people_reached), &per_month(|month| month.people_reached))}
        <div class="table-scroll" role="region" aria-labelledby="resultaten-maand" tabindex="0">
            <table class="table">
                <caption id="resultaten-maand">{texts.results_month_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{texts.column_month}</th>
                        {columns()}
                    </tr>
                </thead>
                <tbody>{month_rows}</tbody>
                <tfoot>{totals(texts.total.to_owned(), &results.total, "row")}</tfoot>
            </table>
        </div>
        <div class="table-scroll" role="region" aria-labelledby="resultaten-wijk" tabindex="0">
            <table class="table">
                <caption id="resultaten-wijk">{texts.results_wijk_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{texts.column_wijk}</th>
                        {columns()}
                    </tr>
                </thead>
                <tbody>
                    {wijk_rows}
                    {elsewhere}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Vertical bars of one figure per month, drawn as SVG on the server.
/// Screen readers get `label`; the table under it has every number. A
/// figure that is 0 in every month gets no chart.
fn bar_chart(texts: &'static DashboardTexts, label: String, months: &[(Month, u32)]) -> AnyView {
    let highest = months.iter().map(|(_, value)| *value).max().unwrap_or(0);
    if highest == 0 {
        return ().into_any();
    }
    let (width, chart_height, label_height) = (360.0, 160.0, 34.0);
    let slot = width / months.len() as f64;
    let bar_width = (slot * 0.6).min(28.0);
    let bars = months
        .iter()
        .enumerate()
        .map(|(at, (month, value))| {
            let height = f64::from(*value) / f64::from(highest) * (chart_height - 20.0);
            let x = slot * at as f64 + (slot - bar_width) / 2.0;
            let y = chart_height - height;
            let short: String = (texts.month_name)(month.number()).chars().take(3).collect();
            let year = format!("'{:02}", month.year() % 100);
            view! {
                <rect x=x y=y width=bar_width height=height class="chart__bar"></rect>
                <text x=x + bar_width / 2.0 y=y - 4.0 text-anchor="middle" class="chart__value">{*value}</text>
                <text x=x + bar_width / 2.0 y=chart_height + 14.0 text-anchor="middle" class="chart__label">{short}</text>
                <text x=x + bar_width / 2.0 y=chart_height + 28.0 text-anchor="middle" class="chart__label">{year}</text>
            }
        })
        .collect_view();
    view! {
        <figure class="chart chart--wide">
            <svg viewBox=format!("0 0 {width} {}", chart_height + label_height) role="img"
                aria-label=label xmlns="http://www.w3.org/2000/svg">
                <line x1=0 y1=chart_height x2=width y2=chart_height class="chart__axis"></line>
                {bars}
            </svg>
        </figure>
    }
    .into_any()
}
