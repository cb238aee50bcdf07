//! The agenda's dates, held in memory.
//!
//! A filtered month of the agenda reads up to a thousand dates with their
//! activities; at 64 requests at once that kept the database busy for tens
//! of milliseconds each. The index holds every coming date (about 110,000
//! with the synthetic data) in time order, with the activities' filter
//! values and what a list shows of them: a page of the agenda is a binary
//! search to its first day and a walk over the dates after it, without a
//! query. It is kept fresh like the kaart's index ([`crate::index_cache`]).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, Days, NaiveDate, Utc};
use chrono_tz::Europe::Amsterdam;
use entity::{activity, activity_occurrence, activity_target_group, activity_theme, area};
use entity::{initiative, target_group};
use fixedbitset::FixedBitSet;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, FromQueryResult, JoinType, QueryFilter,
    QueryOrder, QuerySelect, RelationTrait,
};

use super::api::ssr::{OccurrenceFilter, local_date, local_moment, local_time};
use super::drawing::{Choices, load_choices};
use super::types::{AgendaView, OccurrenceStatus, OccurrenceSummary};
use crate::index_cache::Kept;
use crate::initiatives::InitiativeStatus;
use crate::taxonomy::Term;

/// Keeps the agenda index fresh.
pub type AgendaCache = crate::index_cache::IndexCache<AgendaIndex>;

/// One date of an activity.
struct IndexedDate {
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    /// Names the date (`/activiteiten/{id}/{date}`), also after a move.
    original_starts_at: DateTime<Utc>,
    status: OccurrenceStatus,
    /// Where its activity is in [`AgendaIndex::activities`].
    activity: usize,
}

/// An activity of a published initiative: what the filters look at and what
/// the list shows.
#[derive(FromQueryResult)]
struct ActivityRow {
    id: i32,
    initiative_id: i32,
    area_id: Option<i32>,
    min_age: Option<i32>,
    max_age: Option<i32>,
    search_text: String,
    initiative_search_text: String,
    title: String,
    place_name: Option<String>,
    cost_cents: Option<i32>,
    signup_required: bool,
    wheelchair_accessible: Option<bool>,
    is_demo: bool,
    initiative_name: String,
    initiative_slug: String,
    area_name: Option<String>,
}

struct IndexedActivity {
    row: ActivityRow,
    target_groups: Vec<Term>,
    target_group_ids: Vec<i32>,
    theme_ids: Vec<i32>,
}

pub struct AgendaIndex {
    built_at: Instant,
    choices: Arc<Choices>,
    activities: Vec<IndexedActivity>,
    /// In the order of the agenda: start, then activity id.
    dates: Vec<IndexedDate>,
    /// For each area, target group and theme id: the activities (by their
    /// place in `activities`) that have it. A filter on these is a few ORs
    /// and ANDs of bitsets, instead of a look at every activity of every
    /// date in the period.
    by_area: HashMap<i32, FixedBitSet>,
    by_target_group: HashMap<i32, FixedBitSet>,
    by_theme: HashMap<i32, FixedBitSet>,
    /// Calendar feeds already written from this index: calendar programs
    /// poll the same few addresses again and again.
    pub feeds: Kept<Arc<str>>,
    /// Agenda pages already drawn from this index, by language, day and
    /// address: residents open the same filtered weeks and months.
    pub pages: Kept<AgendaView>,
}

impl crate::index_cache::Index for AgendaIndex {
    const NAME: &'static str = "agenda";

    fn build(
        db: &DatabaseConnection,
        now: DateTime<Utc>,
    ) -> impl std::future::Future<Output = Result<Self, DbErr>> + Send {
        AgendaIndex::build(db, now)
    }

    fn built_at(&self) -> Instant {
        self.built_at
    }
}

impl AgendaIndex {
    /// Every date that has not ended at `now`, of published initiatives'
    /// activities: four queries.
    pub async fn build(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Self, DbErr> {
        let rows: Vec<ActivityRow> = activity::Entity::find()
            .select_only()
            .column(activity::Column::Id)
            .column(activity::Column::InitiativeId)
            .column(activity::Column::AreaId)
            .column(activity::Column::MinAge)
            .column(activity::Column::MaxAge)
            .column(activity::Column::SearchText)
            .column_as(initiative::Column::SearchText, "initiative_search_text")
            .column(activity::Column::Title)
            .column(activity::Column::PlaceName)
            .column(activity::Column::CostCents)
            .column(activity::Column::SignupRequired)
            .column(activity::Column::WheelchairAccessible)
            .column(activity::Column::IsDemo)
            .column_as(initiative::Column::Name, "initiative_name")
            .column_as(initiative::Column::Slug, "initiative_slug")
            .column_as(area::Column::Name, "area_name")
            .join(JoinType::InnerJoin, activity::Relation::Initiative.def())
            .join(JoinType::LeftJoin, activity::Relation::Area.def())
            .filter(initiative::Column::Status.eq(InitiativeStatus::Published.code()))
            .into_model::<ActivityRow>()
            .all(db)
            .await?;
        let position: HashMap<i32, usize> = rows
            .iter()
            .enumerate()
            .map(|(position, row)| (row.id, position))
            .collect();
        let mut activities: Vec<IndexedActivity> = rows
            .into_iter()
            .map(|row| IndexedActivity {
                row,
                target_groups: Vec::new(),
                target_group_ids: Vec::new(),
                theme_ids: Vec::new(),
            })
            .collect();

        let groups: Vec<(i32, i32, String, String, String)> = activity_target_group::Entity::find()
            .select_only()
            .column(activity_target_group::Column::ActivityId)
            .column(activity_target_group::Column::TargetGroupId)
            .column(target_group::Column::Code)
            .column(target_group::Column::LabelNl)
            .column(target_group::Column::LabelEn)
            .join(
                JoinType::InnerJoin,
                activity_target_group::Relation::TargetGroup.def(),
            )
            .order_by_asc(target_group::Column::SortOrder)
            .into_tuple()
            .all(db)
            .await?;
        for (activity_id, group_id, code, label_nl, label_en) in groups {
            if let Some(activity) = position.get(&activity_id).map(|at| &mut activities[*at]) {
                activity.target_group_ids.push(group_id);
                activity.target_groups.push(Term {
                    code,
                    label_nl,
                    label_en,
                });
            }
        }
        let themes: Vec<(i32, i32)> = activity_theme::Entity::find()
            .select_only()
            .column(activity_theme::Column::ActivityId)
            .column(activity_theme::Column::ThemeId)
            .into_tuple()
            .all(db)
            .await?;
        for (activity_id, theme_id) in themes {
            if let Some(activity) = position.get(&activity_id).map(|at| &mut activities[*at]) {
                activity.theme_ids.push(theme_id);
            }
        }

        type DateRow = (i32, DateTime<Utc>, DateTime<Utc>, DateTime<Utc>, String);
        let date_rows: Vec<DateRow> = activity_occurrence::Entity::find()
            .select_only()
            .column(activity_occurrence::Column::ActivityId)
            .column(activity_occurrence::Column::StartsAt)
            .column(activity_occurrence::Column::EndsAt)
            .column(activity_occurrence::Column::OriginalStartsAt)
            .column(activity_occurrence::Column::Status)
            .filter(activity_occurrence::Column::EndsAt.gt(now))
            .into_tuple()
            .all(db)
            .await?;
        let mut dates: Vec<IndexedDate> = date_rows
            .into_iter()
            .filter_map(
                |(activity_id, starts_at, ends_at, original_starts_at, status)| {
                    Some(IndexedDate {
                        starts_at,
                        ends_at,
                        original_starts_at,
                        status: OccurrenceStatus::from_code(&status),
                        activity: *position.get(&activity_id)?,
                    })
                },
            )
            .collect();
        dates.sort_by_key(|date| (date.starts_at, activities[date.activity].row.id));
        let count = activities.len();
        let mut by_area: HashMap<i32, FixedBitSet> = HashMap::new();
        let mut by_target_group: HashMap<i32, FixedBitSet> = HashMap::new();
        let mut by_theme: HashMap<i32, FixedBitSet> = HashMap::new();
        let mark = |sets: &mut HashMap<i32, FixedBitSet>, id: i32, at: usize| {
            sets.entry(id)
                .or_insert_with(|| FixedBitSet::with_capacity(count))
                .insert(at);
        };
        for (at, activity) in activities.iter().enumerate() {
            if let Some(area_id) = activity.row.area_id {
                mark(&mut by_area, area_id, at);
            }
            for id in &activity.target_group_ids {
                mark(&mut by_target_group, *id, at);
            }
            for id in &activity.theme_ids {
                mark(&mut by_theme, *id, at);
            }
        }
        Ok(AgendaIndex {
            by_area,
            by_target_group,
            by_theme,
            built_at: Instant::now(),
            choices: Arc::new(load_choices(db).await?),
            activities,
            dates,
            feeds: Kept::default(),
            pages: Kept::default(),
        })
    }

    /// The areas, groups and themes the filters offer.
    pub(crate) fn choices(&self) -> Arc<Choices> {
        Arc::clone(&self.choices)
    }

    /// Dates that start in `[from, to)`, have not ended at `now` and pass
    /// `filter`, in agenda order: the same as the database query
    /// `filtered_dates` in [`super::api::ssr`].
    fn matching<'a>(
        &'a self,
        now: DateTime<Utc>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        filter: &'a OccurrenceFilter,
    ) -> impl Iterator<Item = (&'a IndexedDate, &'a IndexedActivity)> + 'a {
        let allowed = self.allowed_by_sets(filter);
        let first = self.dates.partition_point(|date| date.starts_at < from);
        self.dates[first..]
            .iter()
            .take_while(move |date| date.starts_at < to)
            .filter(move |date| date.ends_at > now)
            .filter(move |date| {
                allowed
                    .as_ref()
                    .is_none_or(|set| set.contains(date.activity))
            })
            .map(|date| (date, &self.activities[date.activity]))
            .filter(|(_, activity)| passes(activity, filter))
    }

    /// The activities that the filter's areas, groups and themes allow, or
    /// `None` when it names none of them.
    fn allowed_by_sets(&self, filter: &OccurrenceFilter) -> Option<FixedBitSet> {
        let any_of = |sets: &HashMap<i32, FixedBitSet>, ids: &[i32]| {
            let mut union = FixedBitSet::with_capacity(self.activities.len());
            for set in ids.iter().filter_map(|id| sets.get(id)) {
                union.union_with(set);
            }
            union
        };
        let mut allowed: Option<FixedBitSet> = None;
        for (sets, ids) in [
            (&self.by_area, &filter.area_ids),
            (&self.by_target_group, &filter.target_group_ids),
            (&self.by_theme, &filter.theme_ids),
        ] {
            if let Some(ids) = ids {
                let these = any_of(sets, ids);
                allowed = Some(match allowed {
                    Some(mut earlier) => {
                        earlier.intersect_with(&these);
                        earlier
                    }
                    None => these,
                });
            }
        }
        allowed
    }

    /// The dates after `offset` up to `limit`, as the agenda lists them.
    pub fn occurrences_between(
        &self,
        now: DateTime<Utc>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        filter: &OccurrenceFilter,
        offset: usize,
        limit: usize,
    ) -> Vec<OccurrenceSummary> {
        self.matching(now, from, to, filter)
            .skip(offset)
            .take(limit)
            .map(|(date, activity)| summary(date, activity))
            .collect()
    }

    /// For each of `days` days from `first`: how many dates pass `filter`,
    /// and the first `shown` of them (what a day of the month grid shows).
    pub fn by_day(
        &self,
        now: DateTime<Utc>,
        first: NaiveDate,
        days: usize,
        filter: &OccurrenceFilter,
        shown: usize,
    ) -> Vec<DayDates> {
        let mut found: Vec<DayDates> = (0..days).map(|_| DayDates::default()).collect();
        let from = local_moment(first, (0, 0));
        let to = local_moment(first + Days::new(days as u64), (0, 0));
        for (date, activity) in self.matching(now, from, to, filter) {
            let day = date.starts_at.with_timezone(&Amsterdam).date_naive();
            let Some(on_day) = usize::try_from((day - first).num_days())
                .ok()
                .and_then(|at| found.get_mut(at))
            else {
                continue;
            };
            on_day.count += 1;
            if on_day.first.len() < shown {
                on_day.first.push(summary(date, activity));
            }
        }
        found
    }

    /// The activities with a date in the period that pass `filter`, at
    /// most `limit`, those with the earliest date first: what a calendar
    /// feed of the same filters holds.
    pub fn activity_ids_between(
        &self,
        now: DateTime<Utc>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        filter: &OccurrenceFilter,
        limit: usize,
    ) -> Vec<i32> {
        let mut ids: Vec<i32> = Vec::new();
        for (_, activity) in self.matching(now, from, to, filter) {
            if ids.len() == limit {
                break;
            }
            if !ids.contains(&activity.row.id) {
                ids.push(activity.row.id);
            }
        }
        ids
    }
}

/// The dates of one day: how many, and the first few.
#[derive(Default)]
pub struct DayDates {
    pub count: usize,
    pub first: Vec<OccurrenceSummary>,
}

fn passes(activity: &IndexedActivity, filter: &OccurrenceFilter) -> bool {
    let row = &activity.row;
    let one_of = |wanted: &Option<Vec<i32>>, have: &[i32]| {
        wanted
            .as_ref()
            .is_none_or(|wanted| have.iter().any(|id| wanted.contains(id)))
    };
    filter
        .area_ids
        .as_ref()
        .is_none_or(|ids| row.area_id.is_some_and(|area| ids.contains(&area)))
        && filter.initiative_id.is_none_or(|id| row.initiative_id == id)
        && filter.activity_id.is_none_or(|id| row.id == id)
        && one_of(&filter.target_group_ids, &activity.target_group_ids)
        && one_of(&filter.theme_ids, &activity.theme_ids)
        // Age ranges overlap; an activity without ages is for all.
        && filter.ages.is_none_or(|(from_age, to_age)| {
            row.max_age.is_none_or(|max| max >= from_age)
                && to_age.is_none_or(|to_age| row.min_age.is_none_or(|min| min <= to_age))
        })
        && (!filter.free_only || row.cost_cents == Some(0))
        && (!filter.wheelchair_only || row.wheelchair_accessible == Some(true))
        && (!filter.without_signup_only || !row.signup_required)
        && filter.words.iter().all(|word| {
            row.search_text.contains(word.as_str())
                || row.initiative_search_text.contains(word.as_str())
        })
}

fn summary(date: &IndexedDate, activity: &IndexedActivity) -> OccurrenceSummary {
    let row = &activity.row;
    OccurrenceSummary {
        activity_id: row.id,
        date_key: local_date(date.original_starts_at).iso(),
        title: row.title.clone(),
        starts_at: date
            .starts_at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        initiative_name: row.initiative_name.clone(),
        initiative_slug: row.initiative_slug.clone(),
        date: local_date(date.starts_at),
        starts: local_time(date.starts_at),
        ends: local_time(date.ends_at),
        status: date.status,
        place: row.place_name.clone(),
        area_name: row.area_name.clone(),
        target_groups: activity.target_groups.clone(),
        cost_cents: row.cost_cents,
        signup_required: row.signup_required,
        wheelchair_accessible: row.wheelchair_accessible,
        is_demo: row.is_demo,
    }
}
