//! The last day of a series, through the beheerlink: "the walking group
//! runs until the summer holiday", or "it goes on after all".
//!
//! The end is part of the RFC 5545 rule (UNTIL), so calendar feeds stop at
//! the same day as the agenda. Choosing an earlier last day removes the
//! stored dates after it (whoever signed up for one hears it is off);
//! choosing a later one, or none, adds the dates from today up to the
//! horizon, also for a series that was stopped. Dates that have been are
//! never added afterwards: a series stopped in October and started again
//! in December gets no November dates.
//!
//! The form is on the volunteer's activity page (`manage.rs`) and posts
//! `actie=einde` (`server/src/web/intake.rs`).

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Europe::Amsterdam;
use entity::{activity, activity_occurrence};
use leptos::prelude::*;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use super::OccurrenceStatus;
use super::api::ssr::local_moment;
use super::horizon;
use super::recurrence::{self, OccurrenceTimes};
use super::store::rule_ending_at;
use crate::forms::fields::{ProblemSummary, TextField, problem_at};
use crate::forms::validate::parse_date;
use crate::i18n::Locale;

/// The field's id and name.
pub const LAST_DAY_FIELD: &str = "reeks-laatste-dag";

/// The form as typed: `YYYY-MM-DD`, or empty for "no last day".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeriesEndAnswers {
    pub last_day: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeriesEndProblem {
    NotADay,
    InThePast,
    BeforeTheFirstDate,
}

/// The form posted with a problem.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeriesEndFormState {
    pub answers: SeriesEndAnswers,
    pub problem: Option<SeriesEndProblem>,
}

impl SeriesEndAnswers {
    /// The form filled in with the series' last day as it is now.
    pub fn of(row: &activity::Model) -> SeriesEndAnswers {
        SeriesEndAnswers {
            last_day: last_day_of(row.starts_at, row.ends_at, row.recurrence_rule.as_deref())
                .map(|day| day.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
        }
    }

    pub fn from_pairs(pairs: &[(String, String)]) -> SeriesEndAnswers {
        SeriesEndAnswers {
            last_day: crate::forms::posted_value(pairs, LAST_DAY_FIELD).to_owned(),
        }
    }

    /// The new last day (`None`: the series goes on until it is stopped).
    /// `today` is the local day and `first_day` the series' first date.
    pub fn check(
        &self,
        today: NaiveDate,
        first_day: NaiveDate,
    ) -> Result<Option<NaiveDate>, SeriesEndProblem> {
        if self.last_day.trim().is_empty() {
            return Ok(None);
        }
        let day = parse_date(&self.last_day)
            .and_then(|(year, month, day)| NaiveDate::from_ymd_opt(year, month, day))
            .ok_or(SeriesEndProblem::NotADay)?;
        if day < today {
            Err(SeriesEndProblem::InThePast)
        } else if day < first_day {
            Err(SeriesEndProblem::BeforeTheFirstDate)
        } else {
            Ok(Some(day))
        }
    }
}

/// The local day of the series' last date, when its rule has an end:
/// UNTIL as written, or the last of COUNT dates.
pub fn last_day_of(
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    rule: Option<&str>,
) -> Option<NaiveDate> {
    let rule = rule?;
    let part = |name: &str| {
        rule.split(';').find_map(|part| {
            let (key, value) = part.trim().split_once('=')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    };
    if let Some(until) = part("UNTIL") {
        let moment = NaiveDateTime::parse_from_str(until, "%Y%m%dT%H%M%SZ")
            .map(|moment| moment.and_utc())
            .or_else(|_| {
                NaiveDate::parse_from_str(until, "%Y%m%d").map(|day| local_moment(day, (0, 0)))
            })
            .ok()?;
        return Some(moment.with_timezone(&Amsterdam).date_naive());
    }
    part("COUNT")?;
    // A count of dates: the expansion knows which is the last.
    let far = starts_at + Duration::days(366 * 20);
    let dates = recurrence::expand(starts_at, ends_at, Some(rule), far).ok()?;
    dates
        .last()
        .map(|date| date.starts_at.with_timezone(&Amsterdam).date_naive())
}

/// The last second of `day` in Dutch time, as a UTC moment: how RFC 5545
/// wants UNTIL for a series that starts in a time zone. Any date on that
/// day, whatever its time, is in the series.
pub fn end_of_day(day: NaiveDate) -> DateTime<Utc> {
    let next = day.succ_opt().unwrap_or(day);
    local_moment(next, (0, 0)) - Duration::seconds(1)
}

/// A date still to come that went with an earlier last day: whoever
/// signed up for it hears it is off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EndedDate {
    pub original_start: DateTime<Utc>,
    pub times: OccurrenceTimes,
}

/// Gives the series `last_day` as its last day (or no last day), removes
/// the stored dates after it and adds the missing ones from `now` up to
/// the horizon. Returns the dates after `now` that were on and are gone.
pub async fn change_series_end(
    db: &impl ConnectionTrait,
    activity: &activity::Model,
    last_day: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<Vec<EndedDate>, DbErr> {
    let Some(rule) = activity.recurrence_rule.as_deref() else {
        return Ok(Vec::new());
    };
    let until = last_day.map(end_of_day);
    let new_rule = rule_ending_at(rule, until);

    let mut ended = Vec::new();
    if let Some(until) = until {
        let after_end = activity_occurrence::Entity::find()
            .filter(activity_occurrence::Column::ActivityId.eq(activity.id))
            .filter(activity_occurrence::Column::OriginalStartsAt.gt(until))
            .order_by_asc(activity_occurrence::Column::OriginalStartsAt)
            .all(db)
            .await?;
        ended.extend(
            after_end
                .iter()
                .filter(|date| date.original_starts_at > now)
                .filter(|date| {
                    OccurrenceStatus::from_code(&date.status) != OccurrenceStatus::Cancelled
                })
                .map(|date| EndedDate {
                    original_start: date.original_starts_at,
                    times: OccurrenceTimes {
                        starts_at: date.starts_at,
                        ends_at: date.ends_at,
                    },
                }),
        );
        activity_occurrence::Entity::delete_many()
            .filter(activity_occurrence::Column::ActivityId.eq(activity.id))
            .filter(activity_occurrence::Column::OriginalStartsAt.gt(until))
            .exec(db)
            .await?;
    }

    // The dates the new rule adds: after the last one stored, and never
    // one that has been.
    let last_stored = activity_occurrence::Entity::find()
        .filter(activity_occurrence::Column::ActivityId.eq(activity.id))
        .order_by_desc(activity_occurrence::Column::OriginalStartsAt)
        .one(db)
        .await?
        .map(|date| date.original_starts_at);
    let added_after = last_stored.map_or(now, |last| last.max(now));
    let stored_until = horizon::horizon(now);
    let new_dates = recurrence::expand_after(
        activity.starts_at,
        activity.ends_at,
        Some(&new_rule),
        Some(added_after),
        stored_until,
    )
    .map_err(|error| DbErr::Custom(error.to_string()))?;
    horizon::store_dates(db, activity.id, new_dates).await?;

    let mut row: activity::ActiveModel = activity.clone().into();
    row.recurrence_rule = Set(Some(new_rule));
    row.occurrences_until = Set(Some(stored_until));
    // SEQUENCE goes up, so calendar apps take the new end.
    row.sequence = Set(activity.sequence + 1);
    row.updated_at = Set(now);
    row.update(db).await?;
    Ok(ended)
}

/// The form on the volunteer's page, for a series.
#[component]
pub fn SeriesEndForm(
    action: String,
    answers: SeriesEndAnswers,
    problem: Option<SeriesEndProblem>,
) -> impl IntoView {
    let texts = crate::i18n::current_locale().series_end_texts();
    let list: Vec<(String, &'static str)> = problem
        .map(|problem| (texts.problem(problem).to_owned(), LAST_DAY_FIELD))
        .into_iter()
        .collect();
    let at = problem_at(&list, LAST_DAY_FIELD);
    view! {
        <h2 id="einde">{texts.heading}</h2>
        <p>{texts.intro}</p>
        <ProblemSummary problems=list.clone()/>
        <form method="post" action=action class="form" novalidate>
            <TextField id=LAST_DAY_FIELD name=LAST_DAY_FIELD label=texts.label kind="date" autocomplete="off" value=answers.last_day problem=at/>
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value="einde">{texts.button}</button>
            </div>
        </form>
    }
}

pub struct SeriesEndTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub label: &'static str,
    pub button: &'static str,
    /// After saving a last day.
    pub ends: &'static str,
    /// After emptying it.
    pub goes_on: &'static str,
    pub not_a_day: &'static str,
    pub in_the_past: &'static str,
    pub before_the_first_date: &'static str,
}

impl SeriesEndTexts {
    pub fn problem(&self, problem: SeriesEndProblem) -> &'static str {
        match problem {
            SeriesEndProblem::NotADay => self.not_a_day,
            SeriesEndProblem::InThePast => self.in_the_past,
            SeriesEndProblem::BeforeTheFirstDate => self.before_the_first_date,
        }
    }
}

impl Locale {
    pub fn series_end_texts(self) -> &'static SeriesEndTexts {
        match self {
            Locale::Nl => &NL,
            Locale::En => &EN,
        }
    }
}

static NL: SeriesEndTexts = SeriesEndTexts {
    heading: "Laatste dag van de reeks",
    intro: "Weet je tot wanneer de activiteit doorgaat? Kies dan de laatste dag. De datums daarna gaan uit de agenda. Laat het vak leeg als de activiteit doorgaat tot je stopt.",
    label: "Laatste dag (niet verplicht)",
    button: "Laatste dag opslaan",
    ends: "De laatste dag is opgeslagen. Bewoners zien de datums tot en met die dag in de agenda.",
    goes_on: "De activiteit heeft geen laatste dag meer. Bewoners zien de komende datums in de agenda.",
    not_a_day: "Kies een dag, of laat het vak leeg.",
    in_the_past: "Kies vandaag of een dag die nog komt.",
    before_the_first_date: "Kies een dag na de eerste datum van de activiteit.",
};

static EN: SeriesEndTexts = SeriesEndTexts {
    heading: "Last day of the series",
    intro: "Do you know until when the activity goes on? Then choose the last day. The dates after it leave the calendar. Leave the box empty if the activity goes on until you stop.",
    label: "Last day (optional)",
    button: "Save the last day",
    ends: "The last day was saved. Residents see the dates up to and including that day in the calendar.",
    goes_on: "The activity no longer has a last day. Residents see the coming dates in the calendar.",
    not_a_day: "Choose a day, or leave the box empty.",
    in_the_past: "Choose today or a day still to come.",
    before_the_first_date: "Choose a day after the first date of the activity.",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn answers(last_day: &str) -> SeriesEndAnswers {
        SeriesEndAnswers {
            last_day: last_day.to_owned(),
        }
    }

    #[test]
    fn a_last_day_is_empty_or_a_day_from_today_and_after_the_first_date() {
        let (today, first) = (day("2026-12-04"), day("2026-12-10"));
        assert_eq!(answers(" ").check(today, first), Ok(None));
        assert_eq!(
            answers("2027-06-30").check(today, first),
            Ok(Some(day("2027-06-30")))
        );
        assert_eq!(
            answers("30-06-2027").check(today, first),
            Err(SeriesEndProblem::NotADay)
        );
        assert_eq!(
            answers("2027-02-29").check(today, first),
            Err(SeriesEndProblem::NotADay)
        );
        assert_eq!(
            answers("2026-12-03").check(today, first),
            Err(SeriesEndProblem::InThePast)
        );
        assert_eq!(
            answers("2026-12-09").check(today, first),
            Err(SeriesEndProblem::BeforeTheFirstDate)
        );
    }

    /// The last day of a series from Tuesday 3 March 2026, 10:00.
    fn last_day(rule: &str) -> Option<NaiveDate> {
        let start = local_moment(day("2026-03-03"), (10, 0));
        last_day_of(start, start + Duration::hours(2), Some(rule))
    }

    #[test]
    fn the_last_day_is_read_from_until_in_local_time_or_from_count() {
        // 23:30 UTC on 30 June is already 1 July in Amsterdam (summer time).
        assert_eq!(
            last_day("FREQ=WEEKLY;UNTIL=20270630T233000Z"),
            Some(day("2027-07-01"))
        );
        // Three Tuesdays two weeks apart, from 3 March.
        assert_eq!(
            last_day("FREQ=WEEKLY;INTERVAL=2;COUNT=3"),
            Some(day("2026-03-31"))
        );
        assert_eq!(last_day("FREQ=WEEKLY"), None);
    }
}
