//! Moving one date of an activity to another day or time, through the
//! beheerlink, without touching the rest of the series. The date keeps its
//! name (its original start), so its sign-ups, its page and the feed's
//! RECURRENCE-ID stay the same.
//!
//! Each date on the volunteers' page links to `?verplaats={date}`; that
//! page shows this form first, under the heading, and it posts to the
//! page with `actie=verplaatsen` (`server/src/web/intake.rs`).

use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;

use super::OccurrenceSummary;
use super::recurrence::OccurrenceTimes;
use crate::forms::fields::{ProblemSummary, TextField, problem_at};
use crate::forms::validate::{parse_date, parse_time};
use crate::i18n::{Locale, use_i18n};

/// The form's fields as typed, kept when there is a problem.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MoveAnswers {
    /// The date's name: the local day of its original start.
    pub original: String,
    /// `YYYY-MM-DD`
    pub day: String,
    /// `HH:MM`
    pub start: String,
    pub end: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveField {
    Day,
    Start,
    End,
}

impl MoveField {
    pub fn id(self) -> &'static str {
        match self {
            MoveField::Day => "nieuwe-dag",
            MoveField::Start => "nieuwe-begintijd",
            MoveField::End => "nieuwe-eindtijd",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveProblem {
    NotADay,
    InThePast,
    NotATime,
    EndsBeforeItStarts,
}

/// The form posted with problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MoveFormState {
    pub answers: MoveAnswers,
    pub problems: Vec<(MoveField, MoveProblem)>,
}

impl MoveAnswers {
    /// The form for `date`, filled in with its times as they are now.
    pub fn of(date: &OccurrenceSummary) -> MoveAnswers {
        MoveAnswers {
            original: date.date_key.clone(),
            day: date.date.iso(),
            start: format!("{:02}:{:02}", date.starts.hour, date.starts.minute),
            end: format!("{:02}:{:02}", date.ends.hour, date.ends.minute),
        }
    }

    pub fn from_pairs(pairs: &[(String, String)]) -> MoveAnswers {
        let value = |name: &str| crate::forms::posted_value(pairs, name).to_owned();
        MoveAnswers {
            original: value("datum"),
            day: value(MoveField::Day.id()),
            start: value(MoveField::Start.id()),
            end: value(MoveField::End.id()),
        }
    }

    /// The new start and end, or every problem with its field. `today` is
    /// the local day: a date cannot move into the past.
    pub fn check(
        &self,
        today: NaiveDate,
    ) -> Result<OccurrenceTimes, Vec<(MoveField, MoveProblem)>> {
        use super::api::ssr::local_moment;

        let mut problems = Vec::new();
        let day = parse_date(&self.day)
            .and_then(|(year, month, day)| NaiveDate::from_ymd_opt(year, month, day));
        match day {
            None => problems.push((MoveField::Day, MoveProblem::NotADay)),
            Some(day) if day < today => problems.push((MoveField::Day, MoveProblem::InThePast)),
            Some(_) => {}
        }
        let start = parse_time(&self.start);
        if start.is_none() {
            problems.push((MoveField::Start, MoveProblem::NotATime));
        }
        let end = parse_time(&self.end);
        if end.is_none() {
            problems.push((MoveField::End, MoveProblem::NotATime));
        }
        if let (Some(start), Some(end)) = (start, end)
            && end <= start
        {
            problems.push((MoveField::End, MoveProblem::EndsBeforeItStarts));
        }
        match (day, start, end) {
            (Some(day), Some(start), Some(end)) if problems.is_empty() => Ok(OccurrenceTimes {
                starts_at: local_moment(day, start),
                ends_at: local_moment(day, end),
            }),
            _ => Err(problems),
        }
    }
}

/// The local day of `now`, for [`MoveAnswers::check`].
pub fn local_today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&chrono_tz::Europe::Amsterdam)
        .date_naive()
}

/// The form for one date, shown first on the page.
#[component]
pub fn MoveForm(
    action: String,
    /// The date as people read it: "zaterdag 5 december, 11:00".
    label: String,
    /// Where "do not move" goes: the page without `?verplaats`.
    back: String,
    answers: MoveAnswers,
    problems: Vec<(MoveField, MoveProblem)>,
) -> impl IntoView {
    let texts = crate::i18n::current_locale().move_texts();
    let list: Vec<(String, &'static str)> = problems
        .iter()
        .map(|(field, problem)| (texts.problem(*problem), field.id()))
        .collect();
    let at = |field: MoveField| problem_at(&list, field.id());
    view! {
        <section class="move-date" aria-labelledby="verplaatsen">
            <h2 id="verplaatsen">{(texts.heading)(&label)}</h2>
            <p>{texts.intro}</p>
            <ProblemSummary problems=list.clone()/>
            <form method="post" action=action class="form" novalidate>
                <input type="hidden" name="datum" value=answers.original/>
                <TextField id=MoveField::Day.id() name=MoveField::Day.id() label=texts.day_label kind="date" autocomplete="off" value=answers.day problem=at(MoveField::Day)/>
                <TextField id=MoveField::Start.id() name=MoveField::Start.id() label=texts.start_label kind="time" autocomplete="off" value=answers.start problem=at(MoveField::Start)/>
                <TextField id=MoveField::End.id() name=MoveField::End.id() label=texts.end_label kind="time" autocomplete="off" value=answers.end problem=at(MoveField::End)/>
                <div class="form__buttons">
                    <button class="button" type="submit" name="actie" value="verplaatsen">{texts.button}</button>
                    <a href=back>{texts.keep}</a>
                </div>
            </form>
        </section>
    }
}

/// The link on a date's row that opens the form.
pub fn move_link_text(label: &str) -> String {
    (crate::i18n::current_locale().move_texts().link)(label)
}

/// "zaterdag 5 december, 11:00", the way the page names a date.
pub fn date_label(date: &OccurrenceSummary) -> String {
    let t = use_i18n();
    let start = (t.clock_time)(date.starts.hour, date.starts.minute);
    format!(
        "{}, {start}",
        t.day_heading(date.date.weekday, date.date.day, date.date.month)
    )
}

pub struct MoveTexts {
    pub heading: fn(&str) -> String,
    pub intro: &'static str,
    pub day_label: &'static str,
    pub start_label: &'static str,
    pub end_label: &'static str,
    pub button: &'static str,
    pub keep: &'static str,
    pub link: fn(&str) -> String,
    pub moved: &'static str,
    pub not_a_day: &'static str,
    pub in_the_past: &'static str,
    pub not_a_time: &'static str,
    pub ends_before_it_starts: &'static str,
}

impl MoveTexts {
    pub fn problem(&self, problem: MoveProblem) -> String {
        match problem {
            MoveProblem::NotADay => self.not_a_day,
            MoveProblem::InThePast => self.in_the_past,
            MoveProblem::NotATime => self.not_a_time,
            MoveProblem::EndsBeforeItStarts => self.ends_before_it_starts,
        }
        .to_owned()
    }
}

impl Locale {
    pub fn move_texts(self) -> &'static MoveTexts {
        match self {
            Locale::Nl => &NL,
            Locale::En => &EN,
        }
    }
}

static NL: MoveTexts = MoveTexts {
    heading: |date| format!("{date} verplaatsen"),
    intro: "Kies een andere dag of tijd, alleen voor deze keer. De andere datums blijven zoals ze zijn. Wie zich al heeft aangemeld, blijft aangemeld.",
    day_label: "Nieuwe dag",
    start_label: "Begintijd",
    end_label: "Eindtijd",
    button: "Verplaatsen",
    keep: "Niet verplaatsen",
    link: |date| format!("Verplaats {date}"),
    moved: "De datum is verplaatst. Bewoners zien de nieuwe dag en tijd in de agenda.",
    not_a_day: "Kies een dag.",
    in_the_past: "Kies vandaag of een dag die nog komt.",
    not_a_time: "Typ een tijd, zoals 10:00.",
    ends_before_it_starts: "De eindtijd moet na de begintijd liggen.",
};

static EN: MoveTexts = MoveTexts {
    heading: |date| format!("Move {date}"),
    intro: "Choose another day or time, only for this once. The other dates stay as they are. Whoever signed up stays signed up.",
    day_label: "New day",
    start_label: "Start time",
    end_label: "End time",
    button: "Move",
    keep: "Do not move",
    link: |date| format!("Move {date}"),
    moved: "The date was moved. Residents see the new day and time in the calendar.",
    not_a_day: "Choose a day.",
    in_the_past: "Choose today or a day still to come.",
    not_a_time: "Type a time, such as 10:00.",
    ends_before_it_starts: "The end time must be after the start time.",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(day: &str, start: &str, end: &str) -> MoveAnswers {
        MoveAnswers {
            original: "2026-12-05".to_owned(),
            day: day.to_owned(),
            start: start.to_owned(),
            end: end.to_owned(),
        }
    }

    #[test]
    fn a_move_names_every_problem_at_its_field() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert_eq!(
            answers("2026-02-30", "9", "").check(today).unwrap_err(),
            vec![
                (MoveField::Day, MoveProblem::NotADay),
                (MoveField::Start, MoveProblem::NotATime),
                (MoveField::End, MoveProblem::NotATime),
            ]
        );
        assert_eq!(
            answers("2026-12-02", "11:00", "10:30")
                .check(today)
                .unwrap_err(),
            vec![
                (MoveField::Day, MoveProblem::InThePast),
                (MoveField::End, MoveProblem::EndsBeforeItStarts),
            ]
        );
    }

    #[test]
    fn a_moved_date_is_in_local_time_on_either_side_of_a_clock_change() {
        let today = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        // Winter time (UTC+1) and summer time (UTC+2): 10:00 stays 10:00.
        let winter = answers("2027-03-27", "10:00", "11:30")
            .check(today)
            .unwrap();
        let summer = answers("2027-03-28", "10:00", "11:30")
            .check(today)
            .unwrap();
        assert_eq!(winter.starts_at.to_rfc3339(), "2027-03-27T09:00:00+00:00");
        assert_eq!(summer.starts_at.to_rfc3339(), "2027-03-28T08:00:00+00:00");
        assert_eq!(summer.ends_at.to_rfc3339(), "2027-03-28T09:30:00+00:00");
    }
}
