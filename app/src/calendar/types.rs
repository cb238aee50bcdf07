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

/// What happened to one date of an activity. Stored as its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OccurrenceStatus {
    Scheduled,
    Cancelled,
    /// Held at another time than the series says; the row keeps the
    /// original start as its key.
    Moved,
}

impl OccurrenceStatus {
    pub const ALL: [OccurrenceStatus; 3] = [
        OccurrenceStatus::Scheduled,
        OccurrenceStatus::Cancelled,
        OccurrenceStatus::Moved,
    ];

    pub fn code(self) -> &'static str {
        match self {
            OccurrenceStatus::Scheduled => "scheduled",
            OccurrenceStatus::Cancelled => "cancelled",
            OccurrenceStatus::Moved => "moved",
        }
    }

    /// An unknown code reads as scheduled: the date is shown rather than hidden.
    pub fn from_code(code: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|status| status.code() == code)
            .unwrap_or(OccurrenceStatus::Scheduled)
    }
}

/// One date of one activity, as shown in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OccurrenceSummary {
    pub activity_id: i32,
    /// The local date of the original start (`2026-12-05`): with the
    /// activity id it names this date, also after it was moved.
    pub date_key: String,
    pub title: String,
    /// The start as an RFC 3339 moment (UTC), for machine-readable output.
    pub starts_at: String,
    pub initiative_name: String,
    pub initiative_slug: String,
    pub date: LocalDate,
    pub starts: LocalTime,
    pub ends: LocalTime,
    pub status: OccurrenceStatus,
    pub place: Option<String>,
    pub area_name: Option<String>,
    pub target_groups: Vec<Term>,
    /// Euro cents; 0 is free, `None` is not stated.
    pub cost_cents: Option<i32>,
    pub signup_required: bool,
    pub wheelchair_accessible: Option<bool>,
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
    /// What a polite live region says after filtering ("12 activiteiten gevonden").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub status: String,
    /// The filters of the result as the form sends them (`wijk=…&q=…`,
    /// without `?` and page): the browser redraws the form only when its
    /// own choices differ, e.g. after "back", so focus stays put otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub canonical: String,
    #[serde(
        default,
        skip_serializing_if = "crate::api_codec::html_already_in_page"
    )]
    pub filters_html: String,
    #[serde(
        default,
        skip_serializing_if = "crate::api_codec::html_already_in_page"
    )]
    pub days_html: String,
}
