//! The directory index: every published initiative, held in memory.
//!
//! A filtered page with counts for every filter choice would take a dozen
//! queries over thousands of rows on every request. Instead, the index is
//! built from the database now and then (see [`DirectoryCache`]) and keeps,
//! for every filter value, a bitset of the initiatives that match it. The
//! entries are in display order (name, then id), so bit `n` is the `n`-th
//! card: filtering is a few ANDs and ORs over 10,000 bits, a count is a
//! popcount, and a page of results is the next twenty set bits.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use entity::{
    activity, activity_occurrence, area, initiative, initiative_area, initiative_language,
    initiative_need, initiative_target_group, initiative_theme, target_group, theme,
};
use fixedbitset::FixedBitSet;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, JoinType, QueryFilter, QueryOrder,
    QuerySelect, RelationTrait,
};

use super::query::{DirectoryQuery, FilterKind};
use super::types::{
    AreaFacet, DirectoryPage, FacetOption, Facets, InitiativeCard, Loosening, MapWijk,
    NextActivity, WijkMap,
};
use crate::areas::AreaLevel;
use crate::areas::ssr::area_key;
use crate::calendar::ssr::{local_date, local_time};
use crate::initiatives::{InitiativeStatus, VOLUNTEERS_NEED, search_key};
use crate::taxonomy::Term;

/// Cards on one page of results.
pub const PAGE_SIZE: usize = 20;
/// How far ahead the index looks for an initiative's next activity.
const NEXT_ACTIVITY_DAYS: i64 = 31;
/// Dates kept per initiative, so the next one is known until the next rebuild.
const DATES_PER_ENTRY: usize = 3;
/// Width of the wijk map in SVG units; the height follows from the shape.
const MAP_WIDTH: f64 = 400.0;

struct Upcoming {
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    title: String,
}

struct Entry {
    slug: String,
    name: String,
    summary: String,
    wijk_names: Vec<String>,
    target_groups: Vec<usize>,
    upcoming: Vec<Upcoming>,
    looking_for_volunteers: bool,
    is_demo: bool,
}

/// A filter value and the initiatives it matches.
struct Choice {
    key: String,
    label_nl: String,
    label_en: String,
    matches: FixedBitSet,
}

struct Wijk {
    choice: Choice,
    buurten: Vec<Choice>,
    path: String,
    label: (f32, f32),
}

/// The choices a query selected, per kind.
struct Selected<'a> {
    wijken: &'a [&'a Choice],
    buurten: &'a [&'a Choice],
    groups: &'a [&'a Choice],
    themes: &'a [&'a Choice],
    languages: &'a [&'a Choice],
}

/// How many search words' answers the index keeps; when full it starts over.
const RECENT_WORDS: usize = 512;

pub struct DirectoryIndex {
    built_at: Instant,
    entries: Vec<Entry>,
    /// The search texts of all entries one after another, each ended by a
    /// newline (search texts never hold one, so no word spans two). One fast
    /// scan of this finds a word in every initiative at once.
    search_corpus: String,
    /// Where each entry's text starts in `search_corpus`, in entry order.
    search_starts: Vec<usize>,
    /// Answers of [`DirectoryIndex::containing`] for recent search words.
    recent_words: std::sync::Mutex<HashMap<String, Arc<FixedBitSet>>>,
    wijken: Vec<Wijk>,
    target_groups: Vec<Choice>,
    themes: Vec<Choice>,
    languages: Vec<Choice>,
    volunteers: FixedBitSet,
    map_height: f32,
    /// Kaart pages already drawn from this index, by language, day and
    /// address: many residents open the same few filters.
    pub pages: crate::index_cache::Kept<super::DirectoryView>,
}

fn bits(len: usize) -> FixedBitSet {
    FixedBitSet::with_capacity(len)
}

fn union_of<'a>(len: usize, sets: impl IntoIterator<Item = &'a FixedBitSet>) -> FixedBitSet {
    let mut union = bits(len);
    for set in sets {
        union.union_with(set);
    }
    union
}

/// The index of `choices` matching each of `keys`; unknown keys set `ignored`.
fn resolve<'a>(choices: &'a [Choice], keys: &[String], ignored: &mut bool) -> Vec<&'a Choice> {
    let mut found = Vec::new();
    for key in keys {
        match choices.iter().find(|choice| &choice.key == key) {
            Some(choice) => found.push(choice),
            None => *ignored = true,
        }
    }
    found
}

impl DirectoryIndex {
    pub fn age(&self) -> Duration {
        self.built_at.elapsed()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// One page of results for `query`, with counts for every filter choice.
    /// The entries whose search text contains `word`. People search for
    /// the same few words over and over, so recent answers are kept (until
    /// the index is rebuilt, which also drops them).
    fn containing(&self, word: &str) -> Arc<FixedBitSet> {
        if let Some(found) = self
            .recent_words
            .lock()
            .ok()
            .and_then(|recent| recent.get(word).cloned())
        {
            return found;
        }
        let corpus = self.search_corpus.as_bytes();
        let finder = memchr::memmem::Finder::new(word.as_bytes());
        let mut found = bits(self.entries.len());
        let mut from = 0;
        while let Some(offset) = finder.find(&corpus[from..]) {
            let at = from + offset;
            let position = self.search_starts.partition_point(|&start| start <= at) - 1;
            found.insert(position);
            // One match per entry is enough: go on from the next entry.
            match self.search_starts.get(position + 1) {
                Some(&next) => from = next,
                None => break,
            }
        }
        let found = Arc::new(found);
        if let Ok(mut recent) = self.recent_words.lock() {
            if recent.len() >= RECENT_WORDS {
                recent.clear();
            }
            recent.insert(word.to_owned(), found.clone());
        }
        found
    }

    /// The wijken as the map draws them, without counts: also the intake's
    /// wijk picker.
    pub fn wijk_map(&self) -> WijkMap {
        WijkMap {
            width: MAP_WIDTH as f32,
            height: self.map_height,
            wijken: self
                .wijken
                .iter()
                .map(|wijk| MapWijk {
                    key: wijk.choice.key.clone(),
                    name: wijk.choice.label_nl.clone(),
                    path: wijk.path.clone(),
                    label_x: wijk.label.0,
                    label_y: wijk.label.1,
                    count: 0,
                    selected: false,
                })
                .collect(),
        }
    }

    pub fn search(&self, query: &DirectoryQuery, now: DateTime<Utc>) -> DirectoryPage {
        let len = self.entries.len();
        let mut ignored = false;

        // Resolve what was asked for to known choices; drop the rest.
        let all_buurten: Vec<&Choice> = self.wijken.iter().flat_map(|wijk| &wijk.buurten).collect();
        let wijk_choices: Vec<&Choice> = query
            .wijken
            .iter()
            .filter_map(|key| {
                let found = self.wijken.iter().find(|wijk| &wijk.choice.key == key);
                ignored |= found.is_none();
                found.map(|wijk| &wijk.choice)
            })
            .collect();
        let buurt_choices: Vec<&Choice> = query
            .buurten
            .iter()
            .filter_map(|key| {
                let found = all_buurten.iter().find(|buurt| &buurt.key == key).copied();
                ignored |= found.is_none();
                found
            })
            .collect();
        let groups = resolve(&self.target_groups, &query.doelgroepen, &mut ignored);
        let themes = resolve(&self.themes, &query.themas, &mut ignored);
        let languages = resolve(&self.languages, &query.talen, &mut ignored);
        let words: Vec<String> = search_key(&query.q)
            .split_whitespace()
            .map(str::to_owned)
            .collect();

        // One mask per filter kind in use.
        let mut masks: Vec<(FilterKind, FixedBitSet)> = Vec::new();
        if !wijk_choices.is_empty() || !buurt_choices.is_empty() {
            let areas = wijk_choices
                .iter()
                .chain(&buurt_choices)
                .map(|choice| &choice.matches);
            masks.push((FilterKind::Area, union_of(len, areas)));
        }
        for (kind, chosen) in [
            (FilterKind::TargetGroup, &groups),
            (FilterKind::Theme, &themes),
            (FilterKind::Language, &languages),
        ] {
            if !chosen.is_empty() {
                masks.push((
                    kind,
                    union_of(len, chosen.iter().map(|choice| &choice.matches)),
                ));
            }
        }
        if query.vrijwilligers {
            masks.push((FilterKind::Volunteers, self.volunteers.clone()));
        }
        if let Some((first, rest)) = words.split_first() {
            let mut matches = FixedBitSet::clone(&self.containing(first));
            for word in rest {
                matches.intersect_with(&self.containing(word));
            }
            masks.push((FilterKind::Text, matches));
        }

        // Everything that matches all kinds except `skip`: the base for the
        // counts of `skip`'s own choices, so choosing another value of the
        // same kind shows what it would add.
        let all_but = |skip: Option<FilterKind>| -> FixedBitSet {
            let mut result = bits(len);
            result.insert_range(..);
            for (kind, mask) in &masks {
                if Some(*kind) != skip {
                    result.intersect_with(mask);
                }
            }
            result
        };
        let matching = all_but(None);
        let total = matching.count_ones(..);
        let pages = total.div_ceil(PAGE_SIZE).max(1) as u32;
        let page = query.pagina.clamp(1, pages);

        let cards = matching
            .ones()
            .skip((page as usize - 1) * PAGE_SIZE)
            .take(PAGE_SIZE)
            .map(|position| self.card(position, now))
            .collect();

        let selected = Selected {
            wijken: &wijk_choices,
            buurten: &buurt_choices,
            groups: &groups,
            themes: &themes,
            languages: &languages,
        };
        let facets = self.facets(&all_but, &masks, &selected);
        let loosen = if total == 0 {
            let mut loosen: Vec<Loosening> = masks
                .iter()
                .map(|(kind, _)| Loosening {
                    kind: *kind,
                    count: all_but(Some(*kind)).count_ones(..),
                })
                .filter(|loosening| loosening.count > 0)
                .collect();
            loosen.sort_by_key(|loosening| std::cmp::Reverse(loosening.count));
            loosen
        } else {
            Vec::new()
        };

        let mut map = self.wijk_map();
        for (wijk, facet) in map.wijken.iter_mut().zip(&facets.areas) {
            wijk.count = facet.wijk.count;
            wijk.selected = facet.wijk.selected;
        }

        let applied = DirectoryQuery {
            wijken: wijk_choices
                .iter()
                .map(|choice| choice.key.clone())
                .collect(),
            buurten: buurt_choices
                .iter()
                .map(|choice| choice.key.clone())
                .collect(),
            doelgroepen: groups.iter().map(|choice| choice.key.clone()).collect(),
            themas: themes.iter().map(|choice| choice.key.clone()).collect(),
            talen: languages.iter().map(|choice| choice.key.clone()).collect(),
            vrijwilligers: query.vrijwilligers,
            q: query.q.clone(),
            pagina: page,
        };
        DirectoryPage {
            query: applied,
            ignored_something: ignored || page != query.pagina,
            query_was_cut: false,
            total,
            pages,
            cards,
            facets,
            map,
            loosen,
        }
    }

    fn facets(
        &self,
        all_but: &dyn Fn(Option<FilterKind>) -> FixedBitSet,
        masks: &[(FilterKind, FixedBitSet)],
        selected: &Selected<'_>,
    ) -> Facets {
        let option = |choice: &Choice, base: &FixedBitSet, chosen: &[&Choice]| FacetOption {
            key: choice.key.clone(),
            label_nl: choice.label_nl.clone(),
            label_en: choice.label_en.clone(),
            count: choice.matches.intersection_count(base),
            selected: chosen
                .iter()
                .any(|selected| std::ptr::eq(*selected, choice)),
        };
        let area_base = all_but(Some(FilterKind::Area));
        let group_base = all_but(Some(FilterKind::TargetGroup));
        let theme_base = all_but(Some(FilterKind::Theme));
        let language_base = all_but(Some(FilterKind::Language));
        let volunteers_base = if masks
            .iter()
            .any(|(kind, _)| *kind == FilterKind::Volunteers)
        {
            all_but(Some(FilterKind::Volunteers))
        } else {
            all_but(None)
        };
        Facets {
            areas: self
                .wijken
                .iter()
                .map(|wijk| AreaFacet {
                    wijk: option(&wijk.choice, &area_base, selected.wijken),
                    buurten: wijk
                        .buurten
                        .iter()
                        .map(|buurt| option(buurt, &area_base, selected.buurten))
                        .collect(),
                })
                .collect(),
            target_groups: self
                .target_groups
                .iter()
                .map(|choice| option(choice, &group_base, selected.groups))
                .collect(),
            themes: self
                .themes
                .iter()
                .map(|choice| option(choice, &theme_base, selected.themes))
                .collect(),
            languages: self
                .languages
                .iter()
                .map(|choice| option(choice, &language_base, selected.languages))
                .collect(),
            volunteers: self.volunteers.intersection_count(&volunteers_base),
        }
    }

    fn card(&self, position: usize, now: DateTime<Utc>) -> InitiativeCard {
        let entry = &self.entries[position];
        let next_activity = entry
            .upcoming
            .iter()
            .find(|date| date.ends_at > now)
            .map(|date| NextActivity {
                title: date.title.clone(),
                date: local_date(date.starts_at),
                starts: local_time(date.starts_at),
            });
        InitiativeCard {
            slug: entry.slug.clone(),
            name: entry.name.clone(),
            summary: entry.summary.clone(),
            wijken: entry.wijk_names.clone(),
            target_groups: entry
                .target_groups
                .iter()
                .map(|index| {
                    let choice = &self.target_groups[*index];
                    Term {
                        code: choice.key.clone(),
                        label_nl: choice.label_nl.clone(),
                        label_en: choice.label_en.clone(),
                    }
                })
                .collect(),
            next_activity,
            looking_for_volunteers: entry.looking_for_volunteers,
            is_demo: entry.is_demo,
        }
    }

    /// Reads every published initiative with what the filters need.
    pub async fn build(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Self, DbErr> {
        let published = InitiativeStatus::Published.code();
        type InitiativeRow = (i32, String, String, String, String, bool);
        let rows: Vec<InitiativeRow> = initiative::Entity::find()
            .select_only()
            .column(initiative::Column::Id)
            .column(initiative::Column::Slug)
            .column(initiative::Column::Name)
            .column(initiative::Column::Summary)
            .column(initiative::Column::SearchText)
            .column(initiative::Column::IsDemo)
            .filter(initiative::Column::Status.eq(published))
            .order_by_asc(initiative::Column::Name)
            .order_by_asc(initiative::Column::Id)
            .into_tuple()
            .all(db)
            .await?;
        let len = rows.len();
        let position_of: HashMap<i32, usize> = rows
            .iter()
            .enumerate()
            .map(|(position, row)| (row.0, position))
            .collect();
        let mut search_corpus = String::new();
        let mut search_starts = Vec::with_capacity(len);
        let mut entries: Vec<Entry> = rows
            .into_iter()
            .map(|(_, slug, name, summary, search_text, is_demo)| {
                search_starts.push(search_corpus.len());
                search_corpus.push_str(&search_text.replace('\n', " "));
                search_corpus.push('\n');
                Entry {
                    slug,
                    name,
                    summary,
                    wijk_names: Vec::new(),
                    target_groups: Vec::new(),
                    upcoming: Vec::new(),
                    looking_for_volunteers: false,
                    is_demo,
                }
            })
            .collect();

        // "Looking for volunteers" is the need `volunteers`.
        let mut volunteers = bits(len);
        let looking: Vec<i32> = initiative_need::Entity::find()
            .select_only()
            .column(initiative_need::Column::InitiativeId)
            .filter(initiative_need::Column::NeedCode.eq(VOLUNTEERS_NEED))
            .into_tuple()
            .all(db)
            .await?;
        for initiative_id in looking {
            if let Some(&position) = position_of.get(&initiative_id) {
                volunteers.insert(position);
                entries[position].looking_for_volunteers = true;
            }
        }

        // Areas: a wijk matches initiatives for the wijk or one of its
        // buurten; a buurt matches those for the buurt or its whole wijk.
        let areas = area::Entity::find()
            .order_by_asc(area::Column::SortOrder)
            .order_by_asc(area::Column::Name)
            .all(db)
            .await?;
        let area_links: Vec<(i32, i32)> = link_rows(
            initiative_area::Entity::find()
                .select_only()
                .column(initiative_area::Column::InitiativeId)
                .column(initiative_area::Column::AreaId),
            published,
        )
        .into_tuple()
        .all(db)
        .await?;
        let mut served_by_area: HashMap<i32, FixedBitSet> = HashMap::new();
        for (initiative_id, area_id) in &area_links {
            if let Some(position) = position_of.get(initiative_id) {
                served_by_area
                    .entry(*area_id)
                    .or_insert_with(|| bits(len))
                    .insert(*position);
            }
        }
        let served = |area_id: i32| {
            served_by_area
                .get(&area_id)
                .cloned()
                .unwrap_or_else(|| bits(len))
        };

        let wijk_models: Vec<&area::Model> = areas
            .iter()
            .filter(|model| model.level == AreaLevel::Wijk.code())
            .collect();
        let shapes = project_wijken(&wijk_models);
        let mut wijken = Vec::new();
        for (wijk, shape) in wijk_models.iter().zip(&shapes.paths) {
            let buurt_models: Vec<&area::Model> = areas
                .iter()
                .filter(|model| {
                    model.parent_id == Some(wijk.id) && model.level == AreaLevel::Buurt.code()
                })
                .collect();
            let mut wijk_matches = served(wijk.id);
            let buurten = buurt_models
                .iter()
                .map(|buurt| {
                    let own = served(buurt.id);
                    wijk_matches.union_with(&own);
                    let mut matches = own;
                    matches.union_with(&served(wijk.id));
                    Choice {
                        key: area_key(buurt),
                        label_nl: buurt.name.clone(),
                        label_en: buurt.name.clone(),
                        matches,
                    }
                })
                .collect();
            for position in wijk_matches.ones() {
                entries[position].wijk_names.push(wijk.name.clone());
            }
            wijken.push(Wijk {
                choice: Choice {
                    key: area_key(wijk),
                    label_nl: wijk.name.clone(),
                    label_en: wijk.name.clone(),
                    matches: wijk_matches,
                },
                buurten,
                path: shape.0.clone(),
                label: shape.1,
            });
        }

        // Target groups and themes.
        let group_models = target_group::Entity::find()
            .order_by_asc(target_group::Column::SortOrder)
            .all(db)
            .await?;
        let group_links: Vec<(i32, i32)> = link_rows(
            initiative_target_group::Entity::find()
                .select_only()
                .column(initiative_target_group::Column::InitiativeId)
                .column(initiative_target_group::Column::TargetGroupId),
            published,
        )
        .into_tuple()
        .all(db)
        .await?;
        let terms = group_models
            .into_iter()
            .map(|model| (model.id, model.code, model.label_nl, model.label_en));
        let (target_groups, linked) = taxonomy_choices(terms, group_links, &position_of, len);
        for (position, index) in linked {
            entries[position].target_groups.push(index);
        }
        for entry in &mut entries {
            entry.target_groups.sort_unstable();
        }

        let theme_models = theme::Entity::find()
            .order_by_asc(theme::Column::SortOrder)
            .all(db)
            .await?;
        let theme_links: Vec<(i32, i32)> = link_rows(
            initiative_theme::Entity::find()
                .select_only()
                .column(initiative_theme::Column::InitiativeId)
                .column(initiative_theme::Column::ThemeId),
            published,
        )
        .into_tuple()
        .all(db)
        .await?;
        let terms = theme_models
            .into_iter()
            .map(|model| (model.id, model.code, model.label_nl, model.label_en));
        let (themes, _) = taxonomy_choices(terms, theme_links, &position_of, len);

        // Languages: the codes in use, Dutch first, then alphabetical.
        let language_links: Vec<(i32, String)> = link_rows(
            initiative_language::Entity::find()
                .select_only()
                .column(initiative_language::Column::InitiativeId)
                .column(initiative_language::Column::LanguageCode),
            published,
        )
        .into_tuple()
        .all(db)
        .await?;
        let mut by_language: HashMap<String, FixedBitSet> = HashMap::new();
        for (initiative_id, code) in language_links {
            if let Some(position) = position_of.get(&initiative_id) {
                by_language
                    .entry(code)
                    .or_insert_with(|| bits(len))
                    .insert(*position);
            }
        }
        let mut languages: Vec<Choice> = by_language
            .into_iter()
            .map(|(code, matches)| Choice {
                label_nl: code.clone(),
                label_en: code.clone(),
                key: code,
                matches,
            })
            .collect();
        languages.sort_by(|a, b| (a.key != "nl", &a.key).cmp(&(b.key != "nl", &b.key)));

        // The next few dates of each initiative's activities.
        let dates: Vec<(i32, DateTime<Utc>, DateTime<Utc>, String)> =
            activity_occurrence::Entity::find()
                .select_only()
                .column(activity::Column::InitiativeId)
                .column(activity_occurrence::Column::StartsAt)
                .column(activity_occurrence::Column::EndsAt)
                .column(activity::Column::Title)
                .join(
                    JoinType::InnerJoin,
                    activity_occurrence::Relation::Activity.def(),
                )
                .join(JoinType::InnerJoin, activity::Relation::Initiative.def())
                .filter(initiative::Column::Status.eq(published))
                .filter(activity_occurrence::Column::StartsAt.gte(now - chrono::Duration::days(1)))
                .filter(
                    activity_occurrence::Column::StartsAt
                        .lt(now + chrono::Duration::days(NEXT_ACTIVITY_DAYS)),
                )
                .filter(activity_occurrence::Column::EndsAt.gt(now))
                .order_by_asc(activity_occurrence::Column::StartsAt)
                .into_tuple()
                .all(db)
                .await?;
        for (initiative_id, starts_at, ends_at, title) in dates {
            if let Some(position) = position_of.get(&initiative_id) {
                let upcoming = &mut entries[*position].upcoming;
                if upcoming.len() < DATES_PER_ENTRY {
                    upcoming.push(Upcoming {
                        starts_at,
                        ends_at,
                        title,
                    });
                }
            }
        }

        Ok(DirectoryIndex {
            search_corpus,
            search_starts,
            recent_words: Default::default(),
            built_at: Instant::now(),
            entries,
            wijken,
            target_groups,
            themes,
            languages,
            volunteers,
            map_height: shapes.height,
            pages: Default::default(),
        })
    }
}

/// Link rows of published initiatives only.
/// A taxonomy's terms — (id, code, Dutch label, English label), in order —
/// as filter choices that match the initiatives linked to them. Also
/// returns every link as (entry position, term index).
fn taxonomy_choices(
    terms: impl Iterator<Item = (i32, String, String, String)>,
    links: Vec<(i32, i32)>,
    position_of: &HashMap<i32, usize>,
    len: usize,
) -> (Vec<Choice>, Vec<(usize, usize)>) {
    let mut index_of = HashMap::new();
    let mut choices: Vec<Choice> = terms
        .enumerate()
        .map(|(index, (id, key, label_nl, label_en))| {
            index_of.insert(id, index);
            Choice {
                key,
                label_nl,
                label_en,
                matches: bits(len),
            }
        })
        .collect();
    let mut linked = Vec::with_capacity(links.len());
    for (initiative_id, term_id) in links {
        if let (Some(&position), Some(&index)) =
            (position_of.get(&initiative_id), index_of.get(&term_id))
        {
            choices[index].matches.insert(position);
            linked.push((position, index));
        }
    }
    (choices, linked)
}

fn link_rows<E>(select: sea_orm::Select<E>, published: &str) -> sea_orm::Select<E>
where
    E: EntityTrait + sea_orm::Related<initiative::Entity>,
{
    select
        .join(JoinType::InnerJoin, E::to())
        .filter(initiative::Column::Status.eq(published))
}

struct ProjectedWijken {
    /// SVG path and label position per wijk, in the order given.
    paths: Vec<(String, (f32, f32))>,
    height: f32,
}

/// Projects wijk outlines (GeoJSON, WGS84) onto a map [`MAP_WIDTH`] wide.
/// At this scale a plain equirectangular projection, with longitude
/// shortened by the cosine of the latitude, is accurate enough.
fn project_wijken(wijken: &[&area::Model]) -> ProjectedWijken {
    let rings: Vec<Vec<Vec<(f64, f64)>>> = wijken
        .iter()
        .map(|wijk| {
            wijk.geometry
                .as_deref()
                .and_then(|text| serde_json::from_str::<serde_json::Value>(text).ok())
                .map(|geometry| outer_rings(&geometry))
                .unwrap_or_default()
        })
        .collect();
    let points = rings.iter().flatten().flatten();
    let (mut min_lon, mut max_lon, mut min_lat, mut max_lat) =
        (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for (lon, lat) in points {
        min_lon = min_lon.min(*lon);
        max_lon = max_lon.max(*lon);
        min_lat = min_lat.min(*lat);
        max_lat = max_lat.max(*lat);
    }
    if min_lon > max_lon {
        return ProjectedWijken {
            paths: wijken.iter().map(|_| (String::new(), (0.0, 0.0))).collect(),
            height: 0.0,
        };
    }
    let shrink = ((min_lat + max_lat) / 2.0).to_radians().cos();
    let scale = MAP_WIDTH / ((max_lon - min_lon) * shrink).max(f64::EPSILON);
    let project =
        |(lon, lat): (f64, f64)| ((lon - min_lon) * shrink * scale, (max_lat - lat) * scale);
    let paths = rings
        .iter()
        .map(|polygons| {
            let mut path = String::new();
            let (mut area_sum, mut cx_sum, mut cy_sum) = (0.0, 0.0, 0.0);
            for ring in polygons {
                let projected: Vec<(f64, f64)> = ring.iter().map(|point| project(*point)).collect();
                for (index, (x, y)) in projected.iter().enumerate() {
                    let command = if index == 0 { 'M' } else { 'L' };
                    path.push_str(&format!("{command}{x:.1} {y:.1}"));
                }
                path.push('Z');
                // Polygon centroid, for the label.
                for pair in projected.windows(2) {
                    let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
                    let cross = x0 * y1 - x1 * y0;
                    area_sum += cross;
                    cx_sum += (x0 + x1) * cross;
                    cy_sum += (y0 + y1) * cross;
                }
            }
            let label = if area_sum.abs() > f64::EPSILON {
                (
                    (cx_sum / (3.0 * area_sum)) as f32,
                    (cy_sum / (3.0 * area_sum)) as f32,
                )
            } else {
                (0.0, 0.0)
            };
            (path, label)
        })
        .collect();
    ProjectedWijken {
        paths,
        height: ((max_lat - min_lat) * scale).ceil() as f32,
    }
}

/// The outer ring of each polygon of a GeoJSON Polygon or MultiPolygon.
fn outer_rings(geometry: &serde_json::Value) -> Vec<Vec<(f64, f64)>> {
    let ring = |value: &serde_json::Value| -> Vec<(f64, f64)> {
        value
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|point| Some((point.get(0)?.as_f64()?, point.get(1)?.as_f64()?)))
            .collect()
    };
    match geometry.get("type").and_then(|kind| kind.as_str()) {
        Some("Polygon") => geometry["coordinates"]
            .get(0)
            .map(ring)
            .into_iter()
            .collect(),
        Some("MultiPolygon") => geometry["coordinates"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|polygon| polygon.get(0).map(ring))
            .collect(),
        _ => Vec::new(),
    }
}

/// Keeps the directory index fresh (see [`crate::index_cache`]).
pub type DirectoryCache = crate::index_cache::IndexCache<DirectoryIndex>;

impl crate::index_cache::Index for DirectoryIndex {
    const NAME: &'static str = "directory";

    fn build(
        db: &DatabaseConnection,
        now: DateTime<Utc>,
    ) -> impl std::future::Future<Output = Result<Self, DbErr>> + Send {
        DirectoryIndex::build(db, now)
    }

    fn built_at(&self) -> Instant {
        self.built_at
    }
}
