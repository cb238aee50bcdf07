//! A dashboard form posted with problems: the server draws the same page
//! again with this in the request's context, so the form shows what was
//! typed and each problem at its field (see `crate::forms`). The beheer
//! page's signal and report forms use it too.

use chrono::NaiveDate;
use leptos::prelude::*;

/// A list of (message, field id) problems, as `crate::forms::fields` shows.
pub type Problems = Vec<(String, &'static str)>;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PostedForm {
    /// Which form of the page was posted: its `actie`.
    pub form: String,
    /// What was posted, as (name, value) pairs.
    pub pairs: Vec<(String, String)>,
    pub problems: Problems,
}

impl PostedForm {
    /// The form of this request's post, if it is `form`.
    pub fn of(form: &str) -> Option<PostedForm> {
        use_context::<PostedForm>().filter(|posted| posted.form == form)
    }

    /// The first value posted under `name`, or empty.
    pub fn value(&self, name: &str) -> String {
        crate::forms::posted_value(&self.pairs, name).to_owned()
    }
}

/// What a form shows in a field: what was posted, else `default`.
pub fn shown(posted: &Option<PostedForm>, name: &str, default: impl Into<String>) -> String {
    match posted {
        Some(posted) => posted.value(name),
        None => default.into(),
    }
}

/// The problems of a posted form (none for a fresh one).
pub fn problems_of(posted: &Option<PostedForm>) -> Problems {
    posted
        .as_ref()
        .map(|posted| posted.problems.clone())
        .unwrap_or_default()
}

/// A day as a date field posts it (`2026-12-06`), or as people type it
/// where the browser has no date field (`6-12-2026`).
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d-%m-%Y"))
        .ok()
        .filter(|day| (1900..=9999).contains(&chrono::Datelike::year(day)))
}

/// Trimmed text, with a problem at `field` when it is longer than `max`
/// characters.
pub fn text_at_most(
    text: &str,
    max: usize,
    field: &'static str,
    problems: &mut Problems,
) -> String {
    let text = text.trim();
    if text.chars().count() > max {
        problems.push((
            (super::texts::use_dashboard_texts().problem_too_long)(max),
            field,
        ));
    }
    text.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_read_as_date_fields_and_people_write_them() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 6);
        assert_eq!(parse_day("2026-12-06"), day);
        assert_eq!(parse_day(" 6-12-2026 "), day);
        assert_eq!(parse_day("06-12-2026"), day);
        assert_eq!(parse_day("2026-02-30"), None);
        assert_eq!(parse_day("morgen"), None);
        assert_eq!(parse_day(""), None);
    }
}
