//! The filters of the sociale kaart, as they live in the URL:
//! `/kaart?wijk=WK192603&doelgroep=ouderen&q=koffie&pagina=2`.
//!
//! Shared by the server and the browser, so a filter state always has one
//! address. Parsing never fails: whatever arrives is cut to size here, and
//! values the directory does not know are dropped (with a note) later.

use leptos_router::params::ParamsMap;
use serde::{Deserialize, Serialize};

use crate::links::urlencode;

/// Longest free-text search we look at; longer input is cut.
pub const MAX_QUERY_CHARS: usize = 100;
/// No filter kind takes more values than this.
const MAX_VALUES_PER_KIND: usize = 20;
/// Codes are short; anything longer cannot be one.
const MAX_CODE_CHARS: usize = 40;
const MAX_PAGE: u32 = 100_000;

/// The kinds of filter. Within a kind, values are alternatives (OR);
/// across kinds, all must hold (AND).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FilterKind {
    /// Wijken and buurten together: "where".
    Area,
    TargetGroup,
    Theme,
    Language,
    Volunteers,
    Text,
}

/// Empty lists are left out of a server function's query string, so every
/// field has a default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct DirectoryQuery {
    /// Wijk keys (CBS code or slug).
    pub wijken: Vec<String>,
    /// Buurt keys (CBS code or slug).
    pub buurten: Vec<String>,
    pub doelgroepen: Vec<String>,
    pub themas: Vec<String>,
    pub talen: Vec<String>,
    /// Only initiatives that look for volunteers.
    pub vrijwilligers: bool,
    /// Free text, as typed (cut to [`MAX_QUERY_CHARS`]).
    pub q: String,
    /// 1-based.
    pub pagina: u32,
}

/// What parsing had to change, so the page can say so: a resident who
/// followed a broken or old link should know part of it was not used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct ParseNotes {
    pub query_was_cut: bool,
    pub something_ignored: bool,
}

pub(crate) fn take_codes(params: &ParamsMap, key: &str, notes: &mut ParseNotes) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for value in params.get_all(key).unwrap_or_default() {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        if value.chars().count() > MAX_CODE_CHARS || codes.len() == MAX_VALUES_PER_KIND {
            notes.something_ignored = true;
            continue;
        }
        if !codes.iter().any(|code| code == value) {
            codes.push(value.to_owned());
        }
    }
    codes
}

impl DirectoryQuery {
    /// Reads the query part of an address (`wijk=…&q=…`, with or without `?`).
    #[cfg(feature = "ssr")]
    pub fn parse(query: &str) -> (DirectoryQuery, ParseNotes) {
        let params: ParamsMap = form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
            .into_owned()
            .collect();
        Self::from_params(&params)
    }

    pub fn from_params(params: &ParamsMap) -> (DirectoryQuery, ParseNotes) {
        let mut notes = ParseNotes::default();
        let raw_q = params.get("q").unwrap_or_default();
        let trimmed = raw_q.trim();
        let q: String = trimmed.chars().take(MAX_QUERY_CHARS).collect();
        notes.query_was_cut = q.chars().count() < trimmed.chars().count();
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
        let vrijwilligers = match params.get("vrijwilligers").as_deref().map(str::trim) {
            None | Some("") => false,
            Some("ja") => true,
            Some(_) => {
                notes.something_ignored = true;
                false
            }
        };
        let query = DirectoryQuery {
            wijken: take_codes(params, "wijk", &mut notes),
            buurten: take_codes(params, "buurt", &mut notes),
            doelgroepen: take_codes(params, "doelgroep", &mut notes),
            themas: take_codes(params, "thema", &mut notes),
            talen: take_codes(params, "taal", &mut notes),
            vrijwilligers,
            q,
            pagina,
        };
        (query, notes)
    }

    pub fn is_filtered(&self) -> bool {
        self.active_kinds().next().is_some()
    }

    /// The filter kinds that are in use.
    pub fn active_kinds(&self) -> impl Iterator<Item = FilterKind> + '_ {
        [
            (
                FilterKind::Area,
                !self.wijken.is_empty() || !self.buurten.is_empty(),
            ),
            (FilterKind::TargetGroup, !self.doelgroepen.is_empty()),
            (FilterKind::Theme, !self.themas.is_empty()),
            (FilterKind::Language, !self.talen.is_empty()),
            (FilterKind::Volunteers, self.vrijwilligers),
            (FilterKind::Text, !self.q.trim().is_empty()),
        ]
        .into_iter()
        .filter_map(|(kind, active)| active.then_some(kind))
    }

    /// The same filters without one kind, back on page 1.
    pub fn without(&self, kind: FilterKind) -> DirectoryQuery {
        let mut query = self.clone();
        match kind {
            FilterKind::Area => {
                query.wijken.clear();
                query.buurten.clear();
            }
            FilterKind::TargetGroup => query.doelgroepen.clear(),
            FilterKind::Theme => query.themas.clear(),
            FilterKind::Language => query.talen.clear(),
            FilterKind::Volunteers => query.vrijwilligers = false,
            FilterKind::Text => query.q.clear(),
        }
        query.pagina = 1;
        query
    }

    /// The same filters with only this wijk as "where", or without it when
    /// it already is the only one: what a click on the map does.
    pub fn toggle_only_wijk(&self, key: &str) -> DirectoryQuery {
        let mut query = self.without(FilterKind::Area);
        if !(self.wijken.len() == 1 && self.wijken[0] == key && self.buurten.is_empty()) {
            query.wijken.push(key.to_owned());
        }
        query
    }

    pub fn with_page(&self, pagina: u32) -> DirectoryQuery {
        DirectoryQuery {
            pagina,
            ..self.clone()
        }
    }

    /// The address of this filter state, e.g. `/kaart?wijk=WK192603&q=koffie`.
    pub fn href(&self) -> String {
        format!("/kaart{}", self.query_string())
    }

    /// The filters as `?wijk=…&q=…`, or nothing without filters. Links from
    /// the results to an initiative carry it, so that "back to the map"
    /// there returns to the same choices.
    pub fn query_string(&self) -> String {
        let mut pairs: Vec<String> = Vec::new();
        let mut add = |key: &str, value: &str| pairs.push(format!("{key}={}", urlencode(value)));
        self.wijken.iter().for_each(|value| add("wijk", value));
        self.buurten.iter().for_each(|value| add("buurt", value));
        self.doelgroepen
            .iter()
            .for_each(|value| add("doelgroep", value));
        self.themas.iter().for_each(|value| add("thema", value));
        self.talen.iter().for_each(|value| add("taal", value));
        if self.vrijwilligers {
            add("vrijwilligers", "ja");
        }
        if !self.q.trim().is_empty() {
            add("q", self.q.trim());
        }
        if self.pagina > 1 {
            add("pagina", &self.pagina.to_string());
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> ParamsMap {
        pairs
            .iter()
            .map(|(key, value)| ((*key).to_owned(), (*value).to_owned()))
            .collect()
    }

    #[test]
    fn a_full_query_round_trips_through_its_address() {
        let (query, notes) = DirectoryQuery::from_params(&params(&[
            ("wijk", "WK192603"),
            ("wijk", "WK192602"),
            ("doelgroep", "ouderen"),
            ("vrijwilligers", "ja"),
            ("q", " koffie café "),
            ("pagina", "2"),
        ]));
        assert_eq!(notes, ParseNotes::default());
        assert_eq!(query.wijken, vec!["WK192603", "WK192602"]);
        assert_eq!(query.q, "koffie café");
        assert_eq!(query.pagina, 2);
        assert_eq!(
            query.href(),
            "/kaart?wijk=WK192603&wijk=WK192602&doelgroep=ouderen&vrijwilligers=ja&q=koffie%20caf%C3%A9&pagina=2"
        );
        assert_eq!(DirectoryQuery::default().href(), "/kaart");
    }

    #[test]
    fn bad_values_are_cut_or_dropped_never_an_error() {
        let long = "a".repeat(500);
        let (query, notes) = DirectoryQuery::from_params(&params(&[
            ("q", &long),
            ("pagina", "-3"),
            ("vrijwilligers", "misschien"),
            ("thema", &long),
            ("thema", "eenzaamheid"),
            ("thema", "eenzaamheid"),
        ]));
        assert_eq!(query.q.chars().count(), MAX_QUERY_CHARS);
        assert!(notes.query_was_cut && notes.something_ignored);
        assert_eq!(query.pagina, 1);
        assert!(!query.vrijwilligers);
        assert_eq!(
            query.themas,
            vec!["eenzaamheid"],
            "too long dropped, duplicate merged"
        );
    }

    #[test]
    fn removing_a_kind_and_toggling_a_wijk_keep_the_rest() {
        let (query, _) = DirectoryQuery::from_params(&params(&[
            ("wijk", "WK192601"),
            ("buurt", "emerald"),
            ("doelgroep", "ouderen"),
            ("pagina", "3"),
        ]));
        assert_eq!(
            query.without(FilterKind::Area).href(),
            "/kaart?doelgroep=ouderen"
        );
        assert_eq!(
            query.toggle_only_wijk("WK192603").href(),
            "/kaart?wijk=WK192603&doelgroep=ouderen"
        );
        let only = query.toggle_only_wijk("WK192603");
        assert_eq!(
            only.toggle_only_wijk("WK192603").href(),
            "/kaart?doelgroep=ouderen"
        );
        assert_eq!(
            query.active_kinds().collect::<Vec<_>>(),
            vec![FilterKind::Area, FilterKind::TargetGroup]
        );
    }
}
