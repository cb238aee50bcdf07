//! Short reports from initiatives: per month, how many people they reached
//! and what went well, in their own words. Volunteers send them through
//! their beheerlink; the dashboard's results count the people reached per
//! wijk and month. The beheer page's signal form lives here too: both are
//! what an initiative tells the professionals.

use chrono::{DateTime, NaiveDate, Utc};
use entity::{area, initiative_report};
use leptos::either::Either;
use leptos::prelude::*;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use super::filter::Month;
use super::index::DashboardIndex;
use super::posted::{PostedForm, Problems, problems_of, shown, text_at_most};
use super::signals::SignalRow;
use super::texts::DashboardTexts;
use super::widgets::day_of;
use crate::forms::fields::{
    DataTable, ProblemSummary, SelectField, TextArea, TextField, problem_at,
};
use crate::i18n::{Locale, current_locale};

pub const MAX_ACHIEVED: usize = 2000;
pub const MAX_PARTICIPANTS: i32 = 100_000;
/// How many months back a report can be for: this one and the eleven
/// before it.
pub const REPORT_MONTHS: i32 = 12;
/// The value of "in several wijken" in the form.
pub const SEVERAL_WIJKEN: &str = "meer";

/// The months a report can be for, newest first.
pub fn report_months(today: NaiveDate) -> Vec<Month> {
    let this_month = Month::of(today);
    (0..REPORT_MONTHS)
        .map(|back| this_month.minus(back))
        .collect()
}

/// A report, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewReport {
    pub month: Month,
    /// `None` for several wijken.
    pub area_id: Option<i32>,
    pub participants: Option<i32>,
    pub achieved: String,
}

/// Checks a posted report. `wijken` are the initiative's (id, key).
pub fn check(
    pairs: &[(String, String)],
    today: NaiveDate,
    wijken: &[(i32, String)],
    texts: &DashboardTexts,
) -> Result<NewReport, Problems> {
    let value = |name: &str| crate::forms::posted_value(pairs, name);
    let mut problems = Problems::new();
    let month = Month::parse(value("maand")).filter(|month| report_months(today).contains(month));
    if month.is_none() {
        problems.push((texts.problem_month.to_owned(), "maand"));
    }
    let participants = match value("deelnemers").trim() {
        "" => None,
        text => match text.parse::<i32>() {
            Ok(count) if (0..=MAX_PARTICIPANTS).contains(&count) => Some(count),
            _ => {
                problems.push((texts.problem_participants.to_owned(), "deelnemers"));
                None
            }
        },
    };
    let area_id = match value("verslag-wijk") {
        SEVERAL_WIJKEN | "" => None,
        key => wijken
            .iter()
            .find(|(_, known)| known == key)
            .map(|(id, _)| *id),
    };
    let achieved = text_at_most(value("bereikt"), MAX_ACHIEVED, "bereikt", &mut problems);
    if problems.is_empty() && participants.is_none() && achieved.is_empty() {
        problems.push((texts.problem_report_empty.to_owned(), "deelnemers"));
    }
    match month {
        Some(month) if problems.is_empty() => Ok(NewReport {
            month,
            area_id,
            participants,
            achieved,
        }),
        _ => Err(problems),
    }
}

/// Stores a report; a report for the same month replaces it.
pub async fn save(
    db: &DatabaseConnection,
    initiative_id: i32,
    report: NewReport,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let month = report.month.first_day();
    let existing = initiative_report::Entity::find()
        .filter(initiative_report::Column::InitiativeId.eq(initiative_id))
        .filter(initiative_report::Column::Month.eq(month))
        .one(db)
        .await?;
    let mut row = match existing {
        Some(existing) => existing.into(),
        None => initiative_report::ActiveModel {
            initiative_id: Set(initiative_id),
            month: Set(month),
            created_at: Set(now),
            ..Default::default()
        },
    };
    row.area_id = Set(report.area_id);
    row.participants = Set(report.participants);
    row.achieved = Set(report.achieved);
    row.updated_at = Set(now);
    row.save(db).await.map(|_| ())
}

/// A report as the tables show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportRow {
    pub month: Month,
    pub wijk: Option<String>,
    pub participants: Option<i32>,
    pub achieved: String,
}

/// An initiative's reports, newest month first.
pub async fn of_initiative(
    db: &DatabaseConnection,
    initiative_id: i32,
) -> Result<Vec<ReportRow>, DbErr> {
    let reports = initiative_report::Entity::find()
        .filter(initiative_report::Column::InitiativeId.eq(initiative_id))
        .order_by_desc(initiative_report::Column::Month)
        .all(db)
        .await?;
    let area_ids: Vec<i32> = reports.iter().filter_map(|report| report.area_id).collect();
    let names: std::collections::HashMap<i32, String> = area::Entity::find()
        .filter(area::Column::Id.is_in(area_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.id, row.name))
        .collect();
    Ok(reports
        .into_iter()
        .map(|report| ReportRow {
            month: Month::of(report.month),
            wijk: report.area_id.and_then(|id| names.get(&id).cloned()),
            participants: report.participants,
            achieved: report.achieved,
        })
        .collect())
}

/// The wijken an initiative works in, as (id, key, name), in the area
/// list's order; a buurt counts for its wijk.
pub async fn wijken_of(
    db: &impl sea_orm::ConnectionTrait,
    initiative_id: i32,
) -> Result<Vec<(i32, String, String)>, DbErr> {
    let linked: Vec<i32> = entity::initiative_area::Entity::find()
        .filter(entity::initiative_area::Column::InitiativeId.eq(initiative_id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.area_id)
        .collect();
    let areas = area::Entity::find()
        .order_by_asc(area::Column::SortOrder)
        .order_by_asc(area::Column::Name)
        .all(db)
        .await?;
    let wijk = crate::areas::AreaLevel::Wijk.code();
    Ok(areas
        .iter()
        .filter(|area| area.level == wijk)
        .filter(|area| {
            areas.iter().any(|linked_area| {
                linked.contains(&linked_area.id)
                    && (linked_area.id == area.id || linked_area.parent_id == Some(area.id))
            })
        })
        .map(|area| {
            (
                area.id,
                crate::areas::ssr::area_key(area),
                area.name.clone(),
            )
        })
        .collect())
}

/// `maart 2026`, in the reader's language.
pub fn month_text(locale: Locale, month: Month) -> String {
    format!(
        "{} {}",
        (locale.dashboard_texts().month_name)(month.number()),
        month.year()
    )
}

/// An initiative's reports as a table.
pub fn report_table(
    locale: Locale,
    reports: &[ReportRow],
    id: &'static str,
    caption: &'static str,
) -> AnyView {
    let texts = locale.dashboard_texts();
    let volunteer = locale.volunteer_texts();
    if reports.is_empty() {
        return view! { <p>{texts.no_reports}</p> }.into_any();
    }
    let columns = vec![
        texts.column_month,
        texts.column_wijk,
        texts.column_reached,
        texts.column_achieved,
    ];
    let rows = reports
        .iter()
        .map(|report| {
            view! {
                <tr>
                    <th scope="row">{month_text(locale, report.month)}</th>
                    <td>{report.wijk.clone().unwrap_or_else(|| volunteer.several_wijken.to_owned())}</td>
                    <td>{report.participants.map(|count| count.to_string()).unwrap_or_default()}</td>
                    <td>{report.achieved.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! { <DataTable id caption=caption.to_owned() columns>{rows}</DataTable> }.into_any()
}

/// On the beheer page: pass on a signal (and read the feedback on earlier
/// ones), and send a month's report. `wijken` are the initiative's (key,
/// name); when it has none, every wijk.
pub fn volunteer_sections(
    index: &DashboardIndex,
    token: &str,
    wijken: Vec<(String, String)>,
    signals: &[SignalRow],
    reports: &[ReportRow],
    today: NaiveDate,
) -> AnyView {
    let locale = current_locale();
    let texts = locale.dashboard_texts();
    let volunteer = locale.volunteer_texts();
    let signal_wijken = if wijken.is_empty() {
        index
            .wijken
            .iter()
            .map(|wijk| (wijk.key.clone(), wijk.name.clone()))
            .collect()
    } else {
        wijken.clone()
    };
    let signal_posted = PostedForm::of("signaal");
    let signal_fields = super::signals::signal_fields(
        index,
        signal_wijken,
        &signal_posted,
        texts,
        volunteer.signal_description_label,
        volunteer.signal_description_hint,
    );
    let sent = (!signals.is_empty()).then(|| {
        view! {
            <h3>{volunteer.signals_sent_heading}</h3>
            <ul class="signal-list">
                {signals.iter().map(|signal| view! {
                    <li class="signal-list__item">
                        <p><strong>{day_of(signal.created_at)}" · "{signal.theme(locale).to_owned()}" · "{signal.wijk.clone()}</strong></p>
                        <p class="details__text">{signal.description.clone()}</p>
                        <p>{texts.column_status}": "{(texts.signal_status)(&signal.status)}</p>
                        {match signal.feedback.clone() {
                            Some(feedback) => Either::Left(view! {
                                <p>{texts.column_feedback}":"</p>
                                <blockquote class="details__text">{feedback}</blockquote>
                            }),
                            None => Either::Right(view! { <p>{volunteer.no_feedback_yet}</p> }),
                        }}
                    </li>
                }).collect_view()}
            </ul>
        }
    });

    let report_posted = PostedForm::of("verslag");
    let report_problems = problems_of(&report_posted);
    let months: Vec<(String, String)> = report_months(today)
        .into_iter()
        .map(|month| (month.iso(), month_text(locale, month)))
        .collect();
    let wijk_field = (wijken.len() > 1).then(|| {
        let mut options = wijken.clone();
        options.push((SEVERAL_WIJKEN.to_owned(), volunteer.several_wijken.to_owned()));
        view! {
            <SelectField id="verslag-wijk" name="verslag-wijk" label=volunteer.report_wijk_label options
                selected=shown(&report_posted, "verslag-wijk", SEVERAL_WIJKEN) problem=None/>
        }
    });
    let only_wijk = (wijken.len() == 1).then(|| {
        view! { <input type="hidden" name="verslag-wijk" value=wijken[0].0.clone()/> }
    });
    view! {
        <h2 id="signaal">{volunteer.signal_heading}</h2>
        <p>{volunteer.signal_intro}</p>
        <form method="post" action=format!("/mijn-initiatief/{token}/signaal") class="form" novalidate>
            {signal_fields}
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value="signaal">{volunteer.signal_button}</button>
            </div>
        </form>
        {sent}
        <h2 id="verslag">{volunteer.report_heading}</h2>
        <p>{volunteer.report_intro}</p>
        <form method="post" action=format!("/mijn-initiatief/{token}/verslag") class="form" novalidate>
            <ProblemSummary problems=report_problems.clone()/>
            <SelectField id="maand" name="maand" label=volunteer.month_label options=months
                selected=shown(&report_posted, "maand", Month::of(today).iso())
                problem=problem_at(&report_problems, "maand")/>
            <TextField id="deelnemers" name="deelnemers" label=volunteer.participants_label kind="text"
                autocomplete="off" hint=volunteer.participants_hint
                value=shown(&report_posted, "deelnemers", "")
                problem=problem_at(&report_problems, "deelnemers")/>
            {wijk_field}
            {only_wijk}
            <TextArea id="bereikt" label=volunteer.achieved_label hint=volunteer.achieved_hint
                value=shown(&report_posted, "bereikt", "") maxlength=MAX_ACHIEVED
                problem=problem_at(&report_problems, "bereikt")/>
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value="verslag">{volunteer.report_button}</button>
            </div>
        </form>
        {(!reports.is_empty()).then(|| report_table(locale, reports, "verslagen", volunteer.reports_sent_heading))}
    }
    .into_any()
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
    fn a_report_is_for_one_of_the_last_twelve_months_and_says_something() {
        let texts = Locale::Nl.dashboard_texts();
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let wijken = vec![(3, "WK192603".to_owned()), (2, "WK192602".to_owned())];
        let report = check(
            &posted(&[
                ("maand", "2026-11"),
                ("deelnemers", "25"),
                ("verslag-wijk", "WK192603"),
                ("bereikt", ""),
            ]),
            today,
            &wijken,
            texts,
        )
        .unwrap();
        assert_eq!(report.month, Month::new(2026, 11));
        assert_eq!((report.area_id, report.participants), (Some(3), Some(25)));

        let several = check(
            &posted(&[
                ("maand", "2026-01"),
                ("verslag-wijk", "meer"),
                ("bereikt", "Een uitje"),
            ]),
            today,
            &wijken,
            texts,
        )
        .unwrap();
        assert_eq!((several.area_id, several.participants), (None, None));

        let problems = check(
            &posted(&[("maand", "2025-11"), ("deelnemers", "veel")]),
            today,
            &wijken,
            texts,
        )
        .unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|(_, field)| *field).collect();
        assert_eq!(fields, ["maand", "deelnemers"]);

        let empty = check(&posted(&[("maand", "2026-12")]), today, &wijken, texts).unwrap_err();
        assert_eq!(
            empty,
            vec![(texts.problem_report_empty.to_owned(), "deelnemers")]
        );
    }
}
