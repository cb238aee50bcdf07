//! The agenda's filters as they live in the URL, e.g.
//! `/agenda?wijk=WK192603&doelgroep=jeugd-9-13&wanneer=weekend`, and the
//! period they stand for.
//!
//! Read on the server only: the browser sends the address as it is and
//! gets the page drawn, so the bundle carries none of this. Parsing never
//! fails: whatever arrives is cut to size, and what cannot be used is left
//! out with a note, as on the sociale kaart.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use leptos_router::params::ParamsMap;

use crate::links::urlencode;
use crate::map::{MAX_QUERY_CHARS, ParseNotes, take_codes};

/// Activities on one page of the list view.
pub const LIST_PAGE_SIZE: u64 = 50;
/// The list view covers two weeks unless a period is chosen.
pub const DEFAULT_LIST_DAYS: u64 = 14;
/// The longest period one request may cover: a month grid is 42 days.
pub const MAX_PERIOD_DAYS: u64 = 62;
const MAX_PAGE: u32 = 1_000;
/// An age filter beyond this is not an age.
const MAX_AGE: i32 = 120;

/// How the agenda is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AgendaLayout {
    /// Day by day, best on a phone.
    #[default]
    List,
    /// Monday to Sunday, as a table of days and parts of the day.
    Week,
    /// A month as a grid of six weeks.
    Month,
}

impl AgendaLayout {
    pub const ALL: [AgendaLayout; 3] =
        [AgendaLayout::List, AgendaLayout::Week, AgendaLayout::Month];

    pub fn code(self) -> &'static str {
        match self {
            AgendaLayout::List => "lijst",
            AgendaLayout::Week => "week",
            AgendaLayout::Month => "maand",
        }
    }
}

/// The quick choices of a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuickPeriod {
    Today,
    Weekend,
    ThisWeek,
    NextWeek,
}

impl QuickPeriod {
    pub const ALL: [QuickPeriod; 4] = [
        QuickPeriod::Today,
        QuickPeriod::Weekend,
        QuickPeriod::ThisWeek,
        QuickPeriod::NextWeek,
    ];

    pub fn code(self) -> &'static str {
        match self {
            QuickPeriod::Today => "vandaag",
            QuickPeriod::Weekend => "weekend",
            QuickPeriod::ThisWeek => "deze-week",
            QuickPeriod::NextWeek => "volgende-week",
        }
    }

    /// The first and last day (both included) seen from `today`.
    pub fn days(self, today: NaiveDate) -> (NaiveDate, NaiveDate) {
        let monday = monday_of(today);
        let sunday = monday + Days::new(6);
        match self {
            QuickPeriod::Today => (today, today),
            // On a Saturday or Sunday "this weekend" is what is left of it.
            QuickPeriod::Weekend => ((monday + Days::new(5)).max(today), sunday),
            QuickPeriod::ThisWeek => (today, sunday),
            QuickPeriod::NextWeek => (monday + Days::new(7), sunday + Days::new(7)),
        }
    }
}

pub fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// An age range, both ends included; an open end is `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgeRange {
    pub from: i32,
    pub to: Option<i32>,
}

impl AgeRange {
    /// `9-13`, or `65-` for "65 and older".
    pub fn parse(text: &str) -> Option<AgeRange> {
        let (from, to) = text.trim().split_once('-')?;
        let from: i32 = from.trim().parse().ok()?;
        let to: Option<i32> = match to.trim() {
            "" => None,
            to => Some(to.parse().ok()?),
        };
        let valid =
            (0..=MAX_AGE).contains(&from) && to.is_none_or(|to| (from..=MAX_AGE).contains(&to));
        valid.then_some(AgeRange { from, to })
    }

    pub fn code(&self) -> String {
        match self.to {
            Some(to) => format!("{}-{to}", self.from),
            None => format!("{}-", self.from),
        }
    }
}

/// Every filter of the agenda. Within a kind, values are alternatives;
/// across kinds, all must hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AgendaQuery {
    /// Wijk and buurt keys (CBS code or slug).
    pub wijken: Vec<String>,
    pub buurten: Vec<String>,
    pub doelgroepen: Vec<String>,
    pub themas: Vec<String>,
    pub leeftijd: Option<AgeRange>,
    pub gratis: bool,
    pub rolstoel: bool,
    pub zonder_aanmelding: bool,
    pub q: String,
    pub wanneer: Option<QuickPeriod>,
    pub van: Option<NaiveDate>,
    pub tot: Option<NaiveDate>,
    pub weergave: AgendaLayout,
    /// 1-based, for the list view.
    pub pagina: u32,
}

/// A yes/no filter: present as `ja`, or absent.
fn take_flag(params: &ParamsMap, key: &str, notes: &mut ParseNotes) -> bool {
    match params.get(key).as_deref().map(str::trim) {
        None | Some("") => false,
        Some("ja") => true,
        Some(_) => {
            notes.something_ignored = true;
            false
        }
    }
}

fn take_date(params: &ParamsMap, key: &str, notes: &mut ParseNotes) -> Option<NaiveDate> {
    let value = params.get(key)?;
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let date = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok();
    notes.something_ignored |= date.is_none();
    date
}

impl AgendaQuery {
    /// Reads the query part of an address (`wijk=…&q=…`, with or without `?`).
    pub fn parse(query: &str) -> (AgendaQuery, ParseNotes) {
        let params: ParamsMap = form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
            .into_owned()
            .collect();
        Self::from_params(&params)
    }

    pub fn from_params(params: &ParamsMap) -> (AgendaQuery, ParseNotes) {
        let mut notes = ParseNotes::default();
        let raw_q = params.get("q").unwrap_or_default();
        let trimmed = raw_q.trim();
        let q: String = trimmed.chars().take(MAX_QUERY_CHARS).collect();
        notes.query_was_cut = q.chars().count() < trimmed.chars().count();
        let mut pick = |key: &str, codes: &[&str]| -> Option<usize> {
            let value = params.get(key)?;
            let value = value.trim();
            if value.is_empty() {
                return None;
            }
            let found = codes.iter().position(|code| *code == value);
            notes.something_ignored |= found.is_none();
            found
        };
        let wanneer = pick("wanneer", &QuickPeriod::ALL.map(QuickPeriod::code))
            .map(|index| QuickPeriod::ALL[index]);
        let weergave = pick("weergave", &AgendaLayout::ALL.map(AgendaLayout::code))
            .map(|index| AgendaLayout::ALL[index])
            .unwrap_or_default();
        let leeftijd = match params.get("leeftijd").as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => {
                let range = AgeRange::parse(text);
                notes.something_ignored |= range.is_none();
                range
            }
        };
        let pagina = match params.get("pagina") {
            None => 1,
            Some(value) => match value.trim().parse::<u32>() {
                Ok(page) if (1..=MAX_PAGE).contains(&page) => page,
                _ => {
                    notes.something_ignored = true;
                    1
                }
            },
        };
        let query = AgendaQuery {
            wijken: take_codes(params, "wijk", &mut notes),
            buurten: take_codes(params, "buurt", &mut notes),
            doelgroepen: take_codes(params, "doelgroep", &mut notes),
            themas: take_codes(params, "thema", &mut notes),
            leeftijd,
            gratis: take_flag(params, "gratis", &mut notes),
            rolstoel: take_flag(params, "rolstoel", &mut notes),
            zonder_aanmelding: take_flag(params, "zonder-aanmelding", &mut notes),
            q,
            wanneer,
            van: take_date(params, "van", &mut notes),
            tot: take_date(params, "tot", &mut notes),
            weergave,
            pagina,
        };
        (query, notes)
    }

    /// Whether anything narrows the activities down (the period does not).
    pub fn is_filtered(&self) -> bool {
        !self.wijken.is_empty()
            || !self.buurten.is_empty()
            || !self.doelgroepen.is_empty()
            || !self.themas.is_empty()
            || self.leeftijd.is_some()
            || self.gratis
            || self.rolstoel
            || self.zonder_aanmelding
            || !self.q.is_empty()
    }

    /// The first and last day (both included) to show, seen from `today`,
    /// and whether the asked period had to be cut or turned round.
    pub fn period(&self, today: NaiveDate) -> (NaiveDate, NaiveDate, bool) {
        let anchor = self.van.unwrap_or(today);
        match self.weergave {
            AgendaLayout::Week => {
                let monday = monday_of(anchor);
                (monday, monday + Days::new(6), false)
            }
            AgendaLayout::Month => {
                let (first, last) = month_grid(anchor);
                (first, last, false)
            }
            AgendaLayout::List => {
                if let Some(quick) = self.wanneer {
                    let (first, last) = quick.days(today);
                    return (first, last, false);
                }
                let first = anchor;
                let last = self.tot.unwrap_or(first + Days::new(DEFAULT_LIST_DAYS - 1));
                let (first, last, turned) = if last < first {
                    (last, first, true)
                } else {
                    (first, last, false)
                };
                let longest = first + Days::new(MAX_PERIOD_DAYS - 1);
                (first, last.min(longest), turned || last > longest)
            }
        }
    }

    /// The same filters in another layout, at `van`; the quick choice and
    /// the page do not carry over.
    pub fn with_layout(&self, weergave: AgendaLayout, van: Option<NaiveDate>) -> AgendaQuery {
        AgendaQuery {
            weergave,
            van,
            tot: None,
            wanneer: None,
            pagina: 1,
            ..self.clone()
        }
    }

    /// The same filters on one day of the list.
    pub fn on_day(&self, day: NaiveDate) -> AgendaQuery {
        AgendaQuery {
            tot: Some(day),
            ..self.with_layout(AgendaLayout::List, Some(day))
        }
    }

    pub fn with_quick(&self, quick: QuickPeriod) -> AgendaQuery {
        AgendaQuery {
            wanneer: Some(quick),
            ..self.with_layout(AgendaLayout::List, None)
        }
    }

    pub fn with_page(&self, pagina: u32) -> AgendaQuery {
        AgendaQuery {
            pagina,
            ..self.clone()
        }
    }

    /// The filters as pairs, in the order of the form's fields; empty
    /// values are left out.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&'static str, String)> = Vec::new();
        if self.weergave != AgendaLayout::List {
            pairs.push(("weergave", self.weergave.code().to_owned()));
        }
        if !self.q.is_empty() {
            pairs.push(("q", self.q.clone()));
        }
        if let Some(quick) = self.wanneer {
            pairs.push(("wanneer", quick.code().to_owned()));
        }
        for (key, date) in [("van", self.van), ("tot", self.tot)] {
            if let Some(date) = date {
                pairs.push((key, date.format("%Y-%m-%d").to_string()));
            }
        }
        pairs.extend(self.wijken.iter().map(|key| ("wijk", key.clone())));
        pairs.extend(self.buurten.iter().map(|key| ("buurt", key.clone())));
        pairs.extend(
            self.doelgroepen
                .iter()
                .map(|code| ("doelgroep", code.clone())),
        );
        pairs.extend(self.themas.iter().map(|code| ("thema", code.clone())));
        if let Some(range) = self.leeftijd {
            pairs.push(("leeftijd", range.code()));
        }
        for (key, on) in [
            ("gratis", self.gratis),
            ("rolstoel", self.rolstoel),
            ("zonder-aanmelding", self.zonder_aanmelding),
        ] {
            if on {
                pairs.push((key, "ja".to_owned()));
            }
        }
        if self.pagina > 1 {
            pairs.push(("pagina", self.pagina.to_string()));
        }
        pairs
    }

    /// `?wijk=…&q=…`, or nothing without filters.
    pub fn query_string(&self) -> String {
        let pairs: Vec<String> = self
            .pairs()
            .into_iter()
            .map(|(key, value)| format!("{key}={}", urlencode(&value)))
            .collect();
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }

    /// The address of this state of the agenda.
    pub fn href(&self) -> String {
        format!("/agenda{}", self.query_string())
    }

    /// The calendar feed of the same filters (the period and layout do not
    /// belong in a feed: it always runs from today on).
    pub fn feed_query(&self) -> AgendaQuery {
        AgendaQuery {
            wanneer: None,
            van: None,
            tot: None,
            weergave: AgendaLayout::List,
            pagina: 1,
            ..self.clone()
        }
    }
}

/// The days of the month grid around `date`: from the Monday on or before
/// the first of its month, six weeks (42 days).
pub fn month_grid(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = date.with_day(1).unwrap_or(date);
    let start = monday_of(first);
    (start, start + Days::new(41))
}

/// The first day of the month before and after the one of `date`.
pub fn neighbour_months(date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = date.with_day(1).unwrap_or(date);
    (
        first.checked_sub_months(Months::new(1)).unwrap_or(first),
        first.checked_add_months(Months::new(1)).unwrap_or(first),
    )
}

pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn every_filter_survives_the_round_trip_through_the_address() {
        let (query, notes) = AgendaQuery::parse(
            "?wijk=WK192603&buurt=emerald&doelgroep=jeugd-9-13&doelgroep=gezinnen&thema=taal\
             &leeftijd=9-13&gratis=ja&rolstoel=ja&zonder-aanmelding=ja&q=koken+samen\
             &wanneer=weekend&weergave=lijst&pagina=2",
        );
        assert_eq!(notes, ParseNotes::default());
        assert_eq!(query.doelgroepen, ["jeugd-9-13", "gezinnen"]);
        assert_eq!(
            query.leeftijd,
            Some(AgeRange {
                from: 9,
                to: Some(13)
            })
        );
        assert_eq!(query.q, "koken samen");
        assert_eq!(query.wanneer, Some(QuickPeriod::Weekend));
        assert!(query.gratis && query.rolstoel && query.zonder_aanmelding);
        let (again, _) = AgendaQuery::parse(&query.query_string());
        assert_eq!(again, query);
    }

    #[test]
    fn what_cannot_be_used_is_left_out_with_a_note() {
        let (query, notes) =
            AgendaQuery::parse("leeftijd=oud&van=gisteren&weergave=jaar&gratis=misschien&pagina=0");
        assert!(notes.something_ignored);
        assert_eq!(
            query,
            AgendaQuery {
                pagina: 1,
                ..AgendaQuery::default()
            }
        );
    }

    #[test]
    fn ages_are_ranges_with_an_optional_open_end() {
        assert_eq!(
            AgeRange::parse("65-"),
            Some(AgeRange { from: 65, to: None })
        );
        assert_eq!(AgeRange::parse("13-9"), None, "the end before the start");
        assert_eq!(AgeRange::parse("9"), None);
        assert_eq!(AgeRange::parse("0-200"), None);
    }

    #[test]
    fn quick_choices_are_days_seen_from_today() {
        let thursday = date(2026, 12, 3);
        assert_eq!(QuickPeriod::Today.days(thursday), (thursday, thursday));
        assert_eq!(
            QuickPeriod::Weekend.days(thursday),
            (date(2026, 12, 5), date(2026, 12, 6))
        );
        // On Sunday the weekend is only Sunday.
        assert_eq!(
            QuickPeriod::Weekend.days(date(2026, 12, 6)),
            (date(2026, 12, 6), date(2026, 12, 6))
        );
        assert_eq!(
            QuickPeriod::ThisWeek.days(thursday),
            (thursday, date(2026, 12, 6))
        );
        assert_eq!(
            QuickPeriod::NextWeek.days(thursday),
            (date(2026, 12, 7), date(2026, 12, 13))
        );
    }

    #[test]
    fn periods_of_the_layouts() {
        let today = date(2026, 12, 3);
        let list = AgendaQuery::default();
        assert_eq!(list.period(today), (today, date(2026, 12, 16), false));
        let week = list.with_layout(AgendaLayout::Week, Some(date(2026, 12, 9)));
        assert_eq!(
            week.period(today),
            (date(2026, 12, 7), date(2026, 12, 13), false)
        );
        // December 2026 starts on a Tuesday: the grid starts on Monday 30 November.
        let month = list.with_layout(AgendaLayout::Month, None);
        assert_eq!(
            month.period(today),
            (date(2026, 11, 30), date(2027, 1, 10), false)
        );
        let reversed = AgendaQuery {
            van: Some(date(2026, 12, 20)),
            tot: Some(date(2026, 12, 10)),
            ..AgendaQuery::default()
        };
        assert_eq!(
            reversed.period(today),
            (date(2026, 12, 10), date(2026, 12, 20), true)
        );
        let long = AgendaQuery {
            tot: Some(date(2027, 12, 31)),
            ..AgendaQuery::default()
        };
        let (_, last, cut) = long.period(today);
        assert_eq!((last, cut), (today + Days::new(MAX_PERIOD_DAYS - 1), true));
    }
}
