//! What the directory sends to the browser for one filter state.

use serde::{Deserialize, Serialize};

use super::query::{DirectoryQuery, FilterKind};
use crate::calendar::{LocalDate, LocalTime};
use crate::taxonomy::Term;

/// The next date of one of an initiative's activities.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextActivity {
    pub title: String,
    pub date: LocalDate,
    pub starts: LocalTime,
}

/// An initiative as a card in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InitiativeCard {
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub wijken: Vec<String>,
    pub target_groups: Vec<Term>,
    pub next_activity: Option<NextActivity>,
    pub looking_for_volunteers: bool,
    pub is_demo: bool,
}

/// One choice in a filter, with how many initiatives it would give.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetOption {
    pub key: String,
    pub label_nl: String,
    pub label_en: String,
    pub count: usize,
    pub selected: bool,
}

/// A wijk with its buurten, as a filter group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaFacet {
    pub wijk: FacetOption,
    pub buurten: Vec<FacetOption>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    pub areas: Vec<AreaFacet>,
    pub target_groups: Vec<FacetOption>,
    pub themes: Vec<FacetOption>,
    /// Language codes; the browser names them in the user's language.
    pub languages: Vec<FacetOption>,
    /// How many results "looking for volunteers" would give.
    pub volunteers: usize,
}

/// A wijk on the SVG map, already projected to the map's coordinates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapWijk {
    pub key: String,
    pub name: String,
    /// SVG path data.
    pub path: String,
    pub label_x: f32,
    pub label_y: f32,
    pub count: usize,
    pub selected: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WijkMap {
    pub width: f32,
    pub height: f32,
    pub wijken: Vec<MapWijk>,
}

/// For an empty result: how many there would be without one filter kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loosening {
    pub kind: FilterKind,
    pub count: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DirectoryPage {
    /// The filters as applied: unknown values removed, page within range.
    pub query: DirectoryQuery,
    /// Some value in the address was not a known filter, or not a value
    /// at all (`?pagina=abc`), and was skipped.
    pub ignored_something: bool,
    /// The search words were longer than we look at, and were cut.
    pub query_was_cut: bool,
    pub total: usize,
    pub pages: u32,
    pub cards: Vec<InitiativeCard>,
    pub facets: Facets,
    pub map: WijkMap,
    /// Filled when nothing was found: which filters to loosen, best first.
    pub loosen: Vec<Loosening>,
}

/// One filter state as the browser shows it.
///
/// The parts with text in them (filters, map, results) are drawn on the
/// server as HTML, so the browser bundle holds no code to draw them: on a
/// cheap phone that code cost more to download than the HTML it saves. The
/// filter form and the map are put in once per visit and then kept, so
/// keyboard focus never jumps; what changes in them (ticks, counts, map
/// links) comes as data and is patched in place.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryView {
    /// The search words as applied, for the search box after "back".
    pub search_words: String,
    /// Whether any filter is chosen: "clear the filters" shows then.
    pub is_filtered: bool,
    pub total: usize,
    #[serde(
        default,
        skip_serializing_if = "crate::api_codec::html_already_in_page"
    )]
    pub filters_html: String,
    #[serde(
        default,
        skip_serializing_if = "crate::api_codec::html_already_in_page"
    )]
    pub map_html: String,
    #[serde(
        default,
        skip_serializing_if = "crate::api_codec::html_already_in_page"
    )]
    pub results_html: String,
    pub choices: Vec<ChoiceState>,
    /// The ids of filter groups that hold a choice; they are opened.
    pub open_groups: Vec<String>,
    pub map_links: Vec<MapLinkState>,
}

/// A checkbox of the filter form; its count is in the element `{id}-aantal`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChoiceState {
    pub id: String,
    pub checked: bool,
    pub count: usize,
}

/// A wijk's link on the map; its count is in the element `{id}-aantal`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapLinkState {
    pub id: String,
    pub href: String,
    pub label: String,
    pub count: usize,
    pub current: bool,
}

/// The latest directory result, lent out to the parts of the page that
/// show it, without cloning it for each.
#[derive(Clone, Copy)]
pub struct LatestView(
    pub leptos::prelude::Resource<Result<DirectoryView, crate::errors::AppError>>,
);

impl LatestView {
    /// Runs `read` on the latest successful result, if there is one (tracked).
    pub fn with<R>(&self, read: impl FnOnce(&DirectoryView) -> R) -> Option<R> {
        use leptos::prelude::With;
        self.0.with(|value| {
            value
                .as_ref()
                .and_then(|result| result.as_ref().ok())
                .map(read)
        })
    }

    /// HTML that is put in once per visit: the first result's, kept while
    /// later results come in (an unchanged value redraws nothing). After
    /// hydration the first value is empty: the server's drawing stays.
    pub fn drawn_once(
        self,
        part: fn(&DirectoryView) -> &String,
    ) -> leptos::prelude::Memo<Option<String>> {
        leptos::prelude::Memo::new(move |previous: Option<&Option<String>>| match previous {
            Some(Some(kept)) => Some(kept.clone()),
            _ => self.with(|view| part(view).clone()),
        })
    }
}
