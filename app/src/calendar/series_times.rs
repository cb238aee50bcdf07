//! Changing the start and end time of every date of a series, through the
//! beheerlink (a coffee morning that moves from 10:00 to 10:30 for good).
//!
//! Dates are named by their original start, and sign-ups, called-off dates
//! (EXDATE) and moved dates (RECURRENCE-ID) hang on that name. So the whole
//! series moves together in one transaction: the first date (DTSTART), each
//! stored date with its new name, and the sign-ups with them. A date that
//! was moved on its own keeps the times it was moved to. The day of each
//! date stays the same, so its page (`/activiteiten/{id}/{day}`) does too.
//!
//! The form is on the volunteer's activity page (`manage.rs`) and posts
//! `actie=tijden` (`server/src/web/intake.rs`).

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Amsterdam;
use entity::{activity, activity_occurrence, activity_registration};
use leptos::prelude::*;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

use super::OccurrenceStatus;
use super::api::ssr::local_moment;
use super::move_date::MoveProblem;
use super::recurrence::OccurrenceTimes;
use crate::forms::fields::{ProblemSummary, TextField, problem_at};
use crate::forms::validate::parse_time;
use crate::i18n::Locale;

/// An hour and a minute, local time.
pub type ClockTime = (u32, u32);

/// The form's fields as typed, kept when there is a problem.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeriesTimesAnswers {
    /// `HH:MM`
    pub start: String,
    pub end: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeriesTimesField {
    Start,
    End,
}

impl SeriesTimesField {
    pub fn id(self) -> &'static str {
        match self {
            SeriesTimesField::Start => "reeks-begintijd",
            SeriesTimesField::End => "reeks-eindtijd",
        }
    }
}

/// The form posted with problems (the same problems as moving one date).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeriesTimesFormState {
    pub answers: SeriesTimesAnswers,
    pub problems: Vec<(SeriesTimesField, MoveProblem)>,
}

impl SeriesTimesAnswers {
    /// The form filled in with the series' times as they are.
    pub fn of(row: &activity::Model) -> SeriesTimesAnswers {
        let clock =
            |moment: DateTime<Utc>| moment.with_timezone(&Amsterdam).format("%H:%M").to_string();
        SeriesTimesAnswers {
            start: clock(row.starts_at),
            end: clock(row.ends_at),
        }
    }

    pub fn from_pairs(pairs: &[(String, String)]) -> SeriesTimesAnswers {
        let value =
            |field: SeriesTimesField| crate::forms::posted_value(pairs, field.id()).to_owned();
        SeriesTimesAnswers {
            start: value(SeriesTimesField::Start),
            end: value(SeriesTimesField::End),
        }
    }

    /// The new start and end time, or every problem with its field.
    pub fn check(&self) -> Result<(ClockTime, ClockTime), Vec<(SeriesTimesField, MoveProblem)>> {
        let mut problems = Vec::new();
        let start = parse_time(&self.start);
        if start.is_none() {
            problems.push((SeriesTimesField::Start, MoveProblem::NotATime));
        }
        let end = parse_time(&self.end);
        if end.is_none() {
            problems.push((SeriesTimesField::End, MoveProblem::NotATime));
        }
        match (start, end) {
            (Some(start), Some(end)) if end <= start => {
                problems.push((SeriesTimesField::End, MoveProblem::EndsBeforeItStarts));
                Err(problems)
            }
            (Some(start), Some(end)) => Ok((start, end)),
            _ => Err(problems),
        }
    }
}

/// A date still to come whose times changed, by its new name: whoever
/// signed up for it hears about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChangedDate {
    pub original_start: DateTime<Utc>,
    pub was: OccurrenceTimes,
    pub now: OccurrenceTimes,
}

/// Gives every date of `activity` the new times, on its own day. Returns
/// the dates after `now` that are on (not called off, not moved on their
/// own) and changed.
pub async fn change_series_times(
    db: &impl ConnectionTrait,
    activity: &activity::Model,
    (start, end): (ClockTime, ClockTime),
    now: DateTime<Utc>,
) -> Result<Vec<ChangedDate>, DbErr> {
    let day_of =
        |moment: DateTime<Utc>| -> NaiveDate { moment.with_timezone(&Amsterdam).date_naive() };
    let dates = activity_occurrence::Entity::find()
        .filter(activity_occurrence::Column::ActivityId.eq(activity.id))
        .all(db)
        .await?;
    let mut changed = Vec::new();
    for date in dates {
        let day = day_of(date.original_starts_at);
        let (old_name, new_name) = (date.original_starts_at, local_moment(day, start));
        let status = OccurrenceStatus::from_code(&date.status);
        let was = OccurrenceTimes {
            starts_at: date.starts_at,
            ends_at: date.ends_at,
        };
        let times = match status {
            OccurrenceStatus::Moved => was,
            _ => OccurrenceTimes {
                starts_at: new_name,
                ends_at: local_moment(day, end),
            },
        };
        let mut row: activity_occurrence::ActiveModel = date.into();
        row.original_starts_at = Set(new_name);
        row.starts_at = Set(times.starts_at);
        row.ends_at = Set(times.ends_at);
        row.update(db).await?;
        if old_name != new_name {
            activity_registration::Entity::update_many()
                .col_expr(
                    activity_registration::Column::OriginalStartsAt,
                    Expr::value(new_name),
                )
                .filter(activity_registration::Column::ActivityId.eq(activity.id))
                .filter(activity_registration::Column::OriginalStartsAt.eq(old_name))
                .exec(db)
                .await?;
        }
        if status == OccurrenceStatus::Scheduled && old_name > now && times != was {
            changed.push(ChangedDate {
                original_start: new_name,
                was,
                now: times,
            });
        }
    }
    let first_day = day_of(activity.starts_at);
    let mut row: activity::ActiveModel = activity.clone().into();
    row.starts_at = Set(local_moment(first_day, start));
    row.ends_at = Set(local_moment(first_day, end));
    // SEQUENCE goes up, so calendar apps take the new times.
    row.sequence = Set(activity.sequence + 1);
    row.updated_at = Set(now);
    row.update(db).await?;
    changed.sort_by_key(|date| date.original_start);
    Ok(changed)
}

/// The form on the volunteer's page, for a series.
#[component]
pub fn SeriesTimesForm(
    action: String,
    answers: SeriesTimesAnswers,
    problems: Vec<(SeriesTimesField, MoveProblem)>,
) -> impl IntoView {
    let locale = crate::i18n::current_locale();
    let (texts, move_texts) = (locale.series_times_texts(), locale.move_texts());
    let list: Vec<(String, &'static str)> = problems
        .iter()
        .map(|(field, problem)| (move_texts.problem(*problem), field.id()))
        .collect();
    let at = |field: SeriesTimesField| problem_at(&list, field.id());
    view! {
        <h2 id="tijden">{texts.heading}</h2>
        <p>{texts.intro}</p>
        <ProblemSummary problems=list.clone()/>
        <form method="post" action=action class="form" novalidate>
            <TextField id=SeriesTimesField::Start.id() name=SeriesTimesField::Start.id() label=texts.start_label kind="time" autocomplete="off" value=answers.start problem=at(SeriesTimesField::Start)/>
            <TextField id=SeriesTimesField::End.id() name=SeriesTimesField::End.id() label=texts.end_label kind="time" autocomplete="off" value=answers.end problem=at(SeriesTimesField::End)/>
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value="tijden">{texts.button}</button>
            </div>
        </form>
    }
}

pub struct SeriesTimesTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    /// Not just "Begintijd": the move form can be on the same page.
    pub start_label: &'static str,
    pub end_label: &'static str,
    pub button: &'static str,
    /// After saving.
    pub changed: &'static str,
}

impl Locale {
    pub fn series_times_texts(self) -> &'static SeriesTimesTexts {
        match self {
            Locale::Nl => &NL,
            Locale::En => &EN,
        }
    }
}

static NL: SeriesTimesTexts = SeriesTimesTexts {
    heading: "Tijden van alle datums",
    intro: "Begint of eindigt de activiteit voortaan op een andere tijd? Pas het hier aan voor alle datums. Een datum die je apart hebt verplaatst, houdt zijn eigen tijd. Wie zich heeft aangemeld, blijft aangemeld.",
    start_label: "Begintijd voor alle datums",
    end_label: "Eindtijd voor alle datums",
    button: "Tijden opslaan",
    changed: "De tijden zijn aangepast. Bewoners zien de nieuwe tijden in de agenda.",
};

static EN: SeriesTimesTexts = SeriesTimesTexts {
    heading: "Times of all dates",
    intro: "Does the activity start or end at another time from now on? Change it here for all dates. A date you moved on its own keeps its own time. Whoever signed up stays signed up.",
    start_label: "Start time for all dates",
    end_label: "End time for all dates",
    button: "Save the times",
    changed: "The times were changed. Residents see the new times in the calendar.",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(start: &str, end: &str) -> SeriesTimesAnswers {
        SeriesTimesAnswers {
            start: start.to_owned(),
            end: end.to_owned(),
        }
    }

    #[test]
    fn times_are_checked_and_problems_name_their_field() {
        assert_eq!(answers("10:30", "12:00").check(), Ok(((10, 30), (12, 0))));
        assert_eq!(
            answers("", "12:00").check(),
            Err(vec![(SeriesTimesField::Start, MoveProblem::NotATime)])
        );
        assert_eq!(
            answers("14:00", "13:00").check(),
            Err(vec![(
                SeriesTimesField::End,
                MoveProblem::EndsBeforeItStarts
            )])
        );
        assert_eq!(
            answers("14:00", "14:00").check(),
            Err(vec![(
                SeriesTimesField::End,
                MoveProblem::EndsBeforeItStarts
            )])
        );
    }
}
