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
    /// Some value in the address was not a known filter and was skipped.
    pub ignored_something: bool,
    pub query_was_cut: bool,
    pub total: usize,
    pub pages: u32,
    pub cards: Vec<InitiativeCard>,
    pub facets: Facets,
    pub map: WijkMap,
    /// Filled when nothing was found: which filters to loosen, best first.
    pub loosen: Vec<Loosening>,
}

impl DirectoryPage {
    /// Every filter choice and map wijk by key, in order: what the form and
    /// the map are drawn from. It changes only when the directory itself does.
    pub fn choice_keys(&self) -> Vec<String> {
        let facets = &self.facets;
        facets
            .areas
            .iter()
            .flat_map(|area| std::iter::once(&area.wijk).chain(&area.buurten))
            .chain(&facets.target_groups)
            .chain(&facets.themes)
            .chain(&facets.languages)
            .map(|option| option.key.clone())
            .chain(
                self.map
                    .wijken
                    .iter()
                    .map(|wijk| format!("kaart:{}", wijk.key)),
            )
            .collect()
    }
}

/// The latest directory result, lent out to the components that show parts
/// of it. Cloning the whole page for every checkbox and map shape made the
/// page many times slower to render, so each part takes only what it shows.
#[derive(Clone, Copy)]
pub struct LatestPage(
    pub leptos::prelude::Resource<Result<DirectoryPage, crate::errors::AppError>>,
);

impl LatestPage {
    /// Runs `read` on the latest successful page without subscribing to it.
    pub fn with_untracked<R>(&self, read: impl FnOnce(&DirectoryPage) -> R) -> Option<R> {
        use leptos::prelude::WithUntracked;
        self.0.with_untracked(|value| {
            value
                .as_ref()
                .and_then(|result| result.as_ref().ok())
                .map(read)
        })
    }

    /// Runs `read` on the latest successful page, if there is one (tracked).
    pub fn with<R>(&self, read: impl FnOnce(&DirectoryPage) -> R) -> Option<R> {
        use leptos::prelude::With;
        self.0.with(|value| {
            value
                .as_ref()
                .and_then(|result| result.as_ref().ok())
                .map(read)
        })
    }
}
