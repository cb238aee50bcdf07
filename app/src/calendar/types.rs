//! Calendar types shared by the server and the browser.

use serde::{Deserialize, Serialize};

use crate::areas::AreaSummary;
use crate::taxonomy::Term;

/// A date in Europe/Amsterdam.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LocalDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    /// 1 is Monday, 7 is Sunday (ISO 8601).
    pub weekday: u8,
}

impl LocalDate {
    /// `2026-11-23`, as in a `<time datetime>` attribute.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A time of day in Europe/Amsterdam.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct LocalTime {
    pub hour: u8,
    pub minute: u8,
}

impl LocalTime {
    /// `10:00`, as in a `<time datetime>` attribute.
    pub fn iso(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

/// One date of one activity, as shown in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OccurrenceSummary {
    pub activity_id: i32,
    pub title: String,
    /// The start as an RFC 3339 moment (UTC), for machine-readable output.
    pub starts_at: String,
    pub initiative_name: String,
    pub initiative_slug: String,
    pub date: LocalDate,
    pub starts: LocalTime,
    pub ends: LocalTime,
    pub place: Option<String>,
    pub area_name: Option<String>,
    pub target_group: Option<Term>,
    /// Euro cents; 0 is free, `None` is not stated.
    pub cost_cents: Option<i32>,
    pub is_demo: bool,
}

/// Today and tomorrow get a word instead of only a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RelativeDay {
    Today,
    Tomorrow,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaDay {
    pub date: LocalDate,
    pub relative: Option<RelativeDay>,
    pub occurrences: Vec<OccurrenceSummary>,
}

/// What is on in a period, optionally in one wijk, grouped by day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agenda {
    /// The wijk the agenda is limited to, if a known one was asked for.
    pub wijk: Option<AreaSummary>,
    pub first_day: Option<LocalDate>,
    pub last_day: Option<LocalDate>,
    pub days: Vec<AgendaDay>,
    /// True when the period holds more activities than were asked for.
    pub more: bool,
}

/// An agenda as the browser gets it: the days drawn on the server as HTML,
/// so that the browser bundle needs no code to draw them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaView {
    /// The wijk the agenda is limited to, if a known one was asked for.
    pub wijk_name: Option<String>,
    pub is_empty: bool,
    /// True when the period holds more activities than were asked for.
    pub more: bool,
    #[serde(
        default,
        skip_serializing_if = "crate::api_codec::html_already_in_page"
    )]
    pub days_html: String,
}
