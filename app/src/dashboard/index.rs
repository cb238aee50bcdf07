//! What the dashboard counts, held in memory: every published initiative
//! with its wijken, target groups, themes and needs; the formal
//! organisations with their wijken and target groups; and the dates held
//! and reports of the last two years.
//!
//! Coverage, needs and results are counts over thousands of initiatives
//! and dates, for any mix of filters. Counting them in SQL on every
//! request would cost a dozen grouped queries (and month arithmetic that
//! SQLite and PostgreSQL write differently); here they are a scan over a
//! few compact lists. The index is kept like the kaart's
//! ([`crate::index_cache`]): at most a minute old, and forgotten at once
//! when this server changes initiatives, activities or reports.
//!
//! Partnerships, signals and the method's steps are read with plain
//! queries instead: they are few, and a professional who just changed one
//! must see it on the next page.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use chrono::{DateTime, Utc};
use chrono_tz::Europe::Amsterdam;
use entity::{
    activity, activity_occurrence, activity_registration, activity_target_group, activity_theme,
    area, initiative, initiative_area, initiative_need, initiative_report, initiative_target_group,
    initiative_theme, organisation, organisation_area, organisation_target_group, target_group,
    theme,
};
use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::filter::{DashboardFilter, Month};
use crate::areas::AreaLevel;
use crate::areas::ssr::area_key;
use crate::calendar::OccurrenceStatus;
use crate::calendar::signup::RegistrationStatus;
use crate::i18n::Locale;
use crate::initiatives::{InitiativeStatus, NEEDS};

/// How far back dates and reports are kept: enough for "last year" in
/// January of this year.
pub const MONTHS_KEPT: i32 = 24;

pub struct Wijk {
    pub id: i32,
    /// The CBS code, else the slug: the key in addresses.
    pub key: String,
    pub slug: String,
    pub name: String,
}

pub struct Term {
    pub id: i32,
    pub code: String,
    pub label_nl: String,
    pub label_en: String,
}

impl Term {
    pub fn label(&self, locale: Locale) -> &str {
        match locale {
            Locale::Nl => &self.label_nl,
            Locale::En => &self.label_en,
        }
    }
}

/// A published initiative. Lists hold positions in the index's `wijken`,
/// `groups` and `themes`, and in [`NEEDS`].
pub struct InitiativeEntry {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub wijken: Vec<u16>,
    pub groups: Vec<u16>,
    pub themes: Vec<u16>,
    pub needs: Vec<u8>,
    /// What the initiative wrote about its needs.
    pub needs_note: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub preferred_channel: Option<String>,
}

pub struct OrganisationEntry {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub wijken: Vec<u16>,
    pub groups: Vec<u16>,
}

/// An activity whose dates are in [`DashboardIndex::dates`].
struct ActivityEntry {
    /// The wijk it takes place in: its own area's, else its initiative's
    /// when that has exactly one.
    wijk: Option<u16>,
    /// Its own target groups and themes, else its initiative's.
    groups: Vec<u16>,
    themes: Vec<u16>,
}

/// A date as read: activity, original start, start, people kept on the
/// date, initiative, the activity's area.
type HeldRow = (
    i32,
    DateTime<Utc>,
    DateTime<Utc>,
    Option<i32>,
    i32,
    Option<i32>,
);

/// A date that took place (not called off).
struct HeldDate {
    month: Month,
    activity: u32,
    /// People with a place.
    people: u32,
}

/// A month's report of an initiative.
struct ReportEntry {
    month: Month,
    wijk: Option<u16>,
    groups: Vec<u16>,
    themes: Vec<u16>,
    participants: u32,
}

pub struct DashboardIndex {
    built_at: Instant,
    pub wijken: Vec<Wijk>,
    pub groups: Vec<Term>,
    pub themes: Vec<Term>,
    /// By name.
    pub initiatives: Vec<InitiativeEntry>,
    /// By name.
    pub organisations: Vec<OrganisationEntry>,
    activities: Vec<ActivityEntry>,
    dates: Vec<HeldDate>,
    reports: Vec<ReportEntry>,
}

/// The filter resolved against the index: positions instead of keys.
/// `None` is no filter; `Some(None)` is a value this site does not know,
/// which matches nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Resolved {
    pub wijk: Option<Option<u16>>,
    pub group: Option<Option<u16>>,
    pub theme: Option<Option<u16>>,
    pub first: Option<Month>,
    pub last: Option<Month>,
}

impl Resolved {
    /// Whether a value the filter names is unknown here.
    pub fn has_unknown(&self) -> bool {
        [self.wijk, self.group, self.theme].contains(&Some(None))
    }

    fn takes(wanted: Option<Option<u16>>, values: &[u16]) -> bool {
        match wanted {
            None => true,
            Some(None) => false,
            Some(Some(value)) => values.contains(&value),
        }
    }

    pub fn takes_wijken(&self, wijken: &[u16]) -> bool {
        Self::takes(self.wijk, wijken)
    }

    pub fn takes_groups(&self, groups: &[u16]) -> bool {
        Self::takes(self.group, groups)
    }

    pub fn takes_themes(&self, themes: &[u16]) -> bool {
        Self::takes(self.theme, themes)
    }

    pub fn takes_month(&self, month: Month) -> bool {
        self.first.is_none_or(|first| month >= first) && self.last.is_none_or(|last| month <= last)
    }
}

/// One month of results.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MonthResults {
    pub month: Option<Month>,
    /// Dates that took place.
    pub dates_held: u32,
    /// People with a place on those dates.
    pub people_signed_up: u32,
    /// Reports initiatives sent, and the people they say they reached.
    pub reports: u32,
    pub people_reached: u32,
}

impl MonthResults {
    fn add(&mut self, other: &MonthResults) {
        self.dates_held += other.dates_held;
        self.people_signed_up += other.people_signed_up;
        self.reports += other.reports;
        self.people_reached += other.people_reached;
    }
}

/// Results per month and per wijk.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    /// Every month of the period, oldest first.
    pub months: Vec<MonthResults>,
    /// Per wijk (positions in the index), in the period.
    pub wijken: Vec<(u16, MonthResults)>,
    /// What is not in one wijk (reports for several wijken, activities
    /// without a place).
    pub elsewhere: MonthResults,
    pub total: MonthResults,
}

impl DashboardIndex {
    pub fn built_at(&self) -> Instant {
        self.built_at
    }

    /// The position of the wijk with this key (CBS code or slug).
    pub fn wijk_position(&self, key: &str) -> Option<u16> {
        self.wijken
            .iter()
            .position(|wijk| wijk.key == key || wijk.slug == key)
            .map(|at| at as u16)
    }

    pub fn resolve(&self, filter: &DashboardFilter, today: chrono::NaiveDate) -> Resolved {
        let find = |terms: &[Term], code: &Option<String>| {
            code.as_ref().map(|code| {
                terms
                    .iter()
                    .position(|term| &term.code == code)
                    .map(|at| at as u16)
            })
        };
        let (first, last) = filter.period.months(today);
        Resolved {
            wijk: filter.wijk.as_ref().map(|key| self.wijk_position(key)),
            group: find(&self.groups, &filter.group),
            theme: find(&self.themes, &filter.theme),
            first: Some(first),
            last: Some(last),
        }
    }

    /// The published initiatives that pass the filter's wijk, group and
    /// theme.
    pub fn initiatives_matching(
        &self,
        filter: &Resolved,
    ) -> impl Iterator<Item = &InitiativeEntry> + use<'_> {
        let filter = *filter;
        self.initiatives.iter().filter(move |entry| {
            filter.takes_wijken(&entry.wijken)
                && filter.takes_groups(&entry.groups)
                && filter.takes_themes(&entry.themes)
        })
    }

    /// Coverage: per wijk (rows) and target group (columns), how many
    /// initiatives and how many organisations work there for that group.
    /// Organisations have no themes: a theme filter narrows the
    /// initiatives only.
    pub fn coverage(&self, filter: &Resolved) -> Vec<Vec<(u32, u32)>> {
        let mut cells = vec![vec![(0u32, 0u32); self.groups.len()]; self.wijken.len()];
        for entry in self.initiatives_matching(filter) {
            for &wijk in &entry.wijken {
                for &group in &entry.groups {
                    cells[usize::from(wijk)][usize::from(group)].0 += 1;
                }
            }
        }
        for entry in &self.organisations {
            if !filter.takes_wijken(&entry.wijken) || !filter.takes_groups(&entry.groups) {
                continue;
            }
            for &wijk in &entry.wijken {
                for &group in &entry.groups {
                    cells[usize::from(wijk)][usize::from(group)].1 += 1;
                }
            }
        }
        cells
    }

    /// Results in the filter's months, per month and per wijk.
    pub fn results(&self, filter: &Resolved) -> Results {
        let (Some(first), Some(last)) = (filter.first, filter.last) else {
            return Results::default();
        };
        let months: Vec<Month> = Month::range(first, last).collect();
        let mut per_month = vec![MonthResults::default(); months.len()];
        let mut per_wijk = vec![MonthResults::default(); self.wijken.len()];
        let mut elsewhere = MonthResults::default();
        let mut count = |month: Month, wijk: Option<u16>, add: MonthResults| {
            let at = (month.0 - first.0) as usize;
            per_month[at].add(&add);
            match wijk {
                Some(wijk) => per_wijk[usize::from(wijk)].add(&add),
                None => elsewhere.add(&add),
            }
        };
        for date in &self.dates {
            if !filter.takes_month(date.month) {
                continue;
            }
            let activity = &self.activities[date.activity as usize];
            if !filter.takes_wijken(activity.wijk.as_slice())
                || !filter.takes_groups(&activity.groups)
                || !filter.takes_themes(&activity.themes)
            {
                continue;
            }
            let add = MonthResults {
                dates_held: 1,
                people_signed_up: date.people,
                ..Default::default()
            };
            count(date.month, activity.wijk, add);
        }
        for report in &self.reports {
            if !filter.takes_month(report.month)
                || !filter.takes_wijken(report.wijk.as_slice())
                || !filter.takes_groups(&report.groups)
                || !filter.takes_themes(&report.themes)
            {
                continue;
            }
            let add = MonthResults {
                reports: 1,
                people_reached: report.participants,
                ..Default::default()
            };
            count(report.month, report.wijk, add);
        }
        let mut total = MonthResults::default();
        for month in &per_month {
            total.add(month);
        }
        Results {
            months: months
                .into_iter()
                .zip(per_month)
                .map(|(month, results)| MonthResults {
                    month: Some(month),
                    ..results
                })
                .collect(),
            wijken: per_wijk
                .into_iter()
                .enumerate()
                .filter(|(at, _)| filter.wijk.is_none() || filter.wijk == Some(Some(*at as u16)))
                .map(|(at, results)| (at as u16, results))
                .collect(),
            elsewhere,
            total,
        }
    }

    pub async fn build(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<Self, DbErr> {
        let areas = area::Entity::find()
            .order_by_asc(area::Column::SortOrder)
            .order_by_asc(area::Column::Name)
            .all(db)
            .await?;
        let wijken: Vec<Wijk> = areas
            .iter()
            .filter(|area| area.level == AreaLevel::Wijk.code())
            .map(|area| Wijk {
                id: area.id,
                key: area_key(area),
                slug: area.slug.clone(),
                name: area.name.clone(),
            })
            .collect();
        // Each wijk's and buurt's position in `wijken`.
        let wijk_of: HashMap<i32, u16> = {
            let position: HashMap<i32, u16> = wijken
                .iter()
                .enumerate()
                .map(|(at, wijk)| (wijk.id, at as u16))
                .collect();
            areas
                .iter()
                .filter_map(|area| {
                    let wijk = position
                        .get(&area.id)
                        .or_else(|| area.parent_id.and_then(|parent| position.get(&parent)))?;
                    Some((area.id, *wijk))
                })
                .collect()
        };
        let groups: Vec<Term> = target_group::Entity::find()
            .order_by_asc(target_group::Column::SortOrder)
            .all(db)
            .await?
            .into_iter()
            .map(|row| Term {
                id: row.id,
                code: row.code,
                label_nl: row.label_nl,
                label_en: row.label_en,
            })
            .collect();
        let themes: Vec<Term> = theme::Entity::find()
            .order_by_asc(theme::Column::SortOrder)
            .all(db)
            .await?
            .into_iter()
            .map(|row| Term {
                id: row.id,
                code: row.code,
                label_nl: row.label_nl,
                label_en: row.label_en,
            })
            .collect();
        let position_of = |terms: &[Term]| -> HashMap<i32, u16> {
            terms
                .iter()
                .enumerate()
                .map(|(at, term)| (term.id, at as u16))
                .collect()
        };
        let (group_at, theme_at) = (position_of(&groups), position_of(&themes));

        // Initiatives: published ones for coverage and needs; archived ones
        // too for results (what they did still happened).
        let counted = [
            InitiativeStatus::Published.code(),
            InitiativeStatus::Archived.code(),
        ];
        let rows = initiative::Entity::find()
            .filter(initiative::Column::Status.is_in(counted))
            .order_by_asc(initiative::Column::Name)
            .order_by_asc(initiative::Column::Id)
            .all(db)
            .await?;
        let counted_ids = || {
            Query::select()
                .column(initiative::Column::Id)
                .from(initiative::Entity)
                .and_where(initiative::Column::Status.is_in(counted))
                .to_owned()
        };
        let mut wijken_of = grouped(
            initiative_area::Entity::find()
                .select_only()
                .column(initiative_area::Column::InitiativeId)
                .column(initiative_area::Column::AreaId)
                .filter(initiative_area::Column::InitiativeId.in_subquery(counted_ids()))
                .into_tuple()
                .all(db)
                .await?,
            &wijk_of,
        );
        let groups_of = grouped(
            initiative_target_group::Entity::find()
                .select_only()
                .column(initiative_target_group::Column::InitiativeId)
                .column(initiative_target_group::Column::TargetGroupId)
                .filter(initiative_target_group::Column::InitiativeId.in_subquery(counted_ids()))
                .into_tuple()
                .all(db)
                .await?,
            &group_at,
        );
        let themes_of = grouped(
            initiative_theme::Entity::find()
                .select_only()
                .column(initiative_theme::Column::InitiativeId)
                .column(initiative_theme::Column::ThemeId)
                .filter(initiative_theme::Column::InitiativeId.in_subquery(counted_ids()))
                .into_tuple()
                .all(db)
                .await?,
            &theme_at,
        );
        let mut needs_of: HashMap<i32, Vec<u8>> = HashMap::new();
        for need in initiative_need::Entity::find()
            .filter(initiative_need::Column::InitiativeId.in_subquery(counted_ids()))
            .all(db)
            .await?
        {
            if let Some(at) = NEEDS.iter().position(|code| *code == need.need_code) {
                push_once(needs_of.entry(need.initiative_id).or_default(), at as u8);
            }
        }
        for list in wijken_of.values_mut() {
            list.sort_unstable();
        }
        for list in needs_of.values_mut() {
            list.sort_unstable();
        }

        let published = InitiativeStatus::Published.code();
        let mut initiatives = Vec::new();
        for row in &rows {
            if row.status != published {
                continue;
            }
            initiatives.push(InitiativeEntry {
                id: row.id,
                slug: row.slug.clone(),
                name: row.name.clone(),
                wijken: wijken_of.get(&row.id).cloned().unwrap_or_default(),
                groups: groups_of.get(&row.id).cloned().unwrap_or_default(),
                themes: themes_of.get(&row.id).cloned().unwrap_or_default(),
                needs: needs_of.remove(&row.id).unwrap_or_default(),
                needs_note: row.needs.clone().filter(|note| !note.trim().is_empty()),
                contact_name: row.contact_person_name.clone(),
                contact_email: row.contact_person_email.clone(),
                contact_phone: row.contact_person_phone.clone(),
                preferred_channel: row.preferred_channel.clone(),
            });
        }

        let organisations = organisations(db, &wijk_of, &group_at).await?;

        // Dates held in the months kept, of counted initiatives.
        let today = now.with_timezone(&Amsterdam).date_naive();
        let since_month = Month::of(today).minus(MONTHS_KEPT - 1);
        let since = crate::calendar::ssr::local_moment(since_month.first_day(), (0, 0));
        let held: Vec<HeldRow> = activity_occurrence::Entity::find()
            .select_only()
            .column(activity_occurrence::Column::ActivityId)
            .column(activity_occurrence::Column::OriginalStartsAt)
            .column(activity_occurrence::Column::StartsAt)
            .column(activity_occurrence::Column::RegisteredPeople)
            .column(activity::Column::InitiativeId)
            .column(activity::Column::AreaId)
            .inner_join(activity::Entity)
            .filter(activity_occurrence::Column::StartsAt.gte(since))
            .filter(activity_occurrence::Column::StartsAt.lt(now))
            .filter(activity_occurrence::Column::Status.ne(OccurrenceStatus::Cancelled.code()))
            .filter(activity::Column::InitiativeId.in_subquery(counted_ids()))
            .into_tuple()
            .all(db)
            .await?;
        // People with a place on dates whose sign-ups are still there.
        let signed_up: HashMap<(i32, DateTime<Utc>), i64> = activity_registration::Entity::find()
            .select_only()
            .column(activity_registration::Column::ActivityId)
            .column(activity_registration::Column::OriginalStartsAt)
            .column_as(activity_registration::Column::People.sum(), "people")
            .filter(activity_registration::Column::OriginalStartsAt.gte(since))
            .filter(activity_registration::Column::OriginalStartsAt.lt(now))
            .filter(activity_registration::Column::Status.eq(RegistrationStatus::Confirmed.code()))
            .group_by(activity_registration::Column::ActivityId)
            .group_by(activity_registration::Column::OriginalStartsAt)
            .into_tuple::<(i32, DateTime<Utc>, Option<i64>)>()
            .all(db)
            .await?
            .into_iter()
            .map(|(activity, start, people)| ((activity, start), people.unwrap_or(0)))
            .collect();
        let held_activities: HashSet<i32> = held.iter().map(|row| row.0).collect();
        let subquery_of_held = || {
            Query::select()
                .column(activity_occurrence::Column::ActivityId)
                .from(activity_occurrence::Entity)
                .and_where(activity_occurrence::Column::StartsAt.gte(since))
                .and_where(activity_occurrence::Column::StartsAt.lt(now))
                .to_owned()
        };
        let mut activity_groups = grouped(
            activity_target_group::Entity::find()
                .select_only()
                .column(activity_target_group::Column::ActivityId)
                .column(activity_target_group::Column::TargetGroupId)
                .filter(activity_target_group::Column::ActivityId.in_subquery(subquery_of_held()))
                .into_tuple()
                .all(db)
                .await?,
            &group_at,
        );
        let mut activity_themes = grouped(
            activity_theme::Entity::find()
                .select_only()
                .column(activity_theme::Column::ActivityId)
                .column(activity_theme::Column::ThemeId)
                .filter(activity_theme::Column::ActivityId.in_subquery(subquery_of_held()))
                .into_tuple()
                .all(db)
                .await?,
            &theme_at,
        );
        let only_wijk = |initiative: i32| match wijken_of.get(&initiative).map(Vec::as_slice) {
            Some([wijk]) => Some(*wijk),
            _ => None,
        };
        let mut activities = Vec::with_capacity(held_activities.len());
        let mut activity_at: HashMap<i32, u32> = HashMap::new();
        let mut dates = Vec::with_capacity(held.len());
        for (activity_id, original_start, starts_at, registered, initiative_id, area_id) in held {
            let at = *activity_at.entry(activity_id).or_insert_with(|| {
                activities.push(ActivityEntry {
                    wijk: area_id
                        .and_then(|area| wijk_of.get(&area).copied())
                        .or_else(|| only_wijk(initiative_id)),
                    groups: activity_groups
                        .remove(&activity_id)
                        .or_else(|| groups_of.get(&initiative_id).cloned())
                        .unwrap_or_default(),
                    themes: activity_themes
                        .remove(&activity_id)
                        .or_else(|| themes_of.get(&initiative_id).cloned())
                        .unwrap_or_default(),
                });
                (activities.len() - 1) as u32
            });
            let people = registered.map(i64::from).unwrap_or_else(|| {
                signed_up
                    .get(&(activity_id, original_start))
                    .copied()
                    .unwrap_or(0)
            });
            dates.push(HeldDate {
                month: Month::of(starts_at.with_timezone(&Amsterdam).date_naive()),
                activity: at,
                people: people.max(0) as u32,
            });
        }

        let mut reports = Vec::new();
        for report in initiative_report::Entity::find()
            .filter(initiative_report::Column::Month.gte(since_month.first_day()))
            .filter(initiative_report::Column::InitiativeId.in_subquery(counted_ids()))
            .all(db)
            .await?
        {
            reports.push(ReportEntry {
                month: Month::of(report.month),
                wijk: report.area_id.and_then(|area| wijk_of.get(&area).copied()),
                groups: groups_of
                    .get(&report.initiative_id)
                    .cloned()
                    .unwrap_or_default(),
                themes: themes_of
                    .get(&report.initiative_id)
                    .cloned()
                    .unwrap_or_default(),
                participants: report.participants.unwrap_or(0).max(0) as u32,
            });
        }

        Ok(DashboardIndex {
            built_at: Instant::now(),
            wijken,
            groups,
            themes,
            initiatives,
            organisations,
            activities,
            dates,
            reports,
        })
    }
}

async fn organisations(
    db: &DatabaseConnection,
    wijk_of: &HashMap<i32, u16>,
    group_at: &HashMap<i32, u16>,
) -> Result<Vec<OrganisationEntry>, DbErr> {
    let mut wijken_of = grouped(
        organisation_area::Entity::find()
            .select_only()
            .column(organisation_area::Column::OrganisationId)
            .column(organisation_area::Column::AreaId)
            .into_tuple()
            .all(db)
            .await?,
        wijk_of,
    );
    let mut groups_of = grouped(
        organisation_target_group::Entity::find()
            .select_only()
            .column(organisation_target_group::Column::OrganisationId)
            .column(organisation_target_group::Column::TargetGroupId)
            .into_tuple()
            .all(db)
            .await?,
        group_at,
    );
    Ok(organisation::Entity::find()
        .order_by_asc(organisation::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|row| OrganisationEntry {
            wijken: wijken_of.remove(&row.id).unwrap_or_default(),
            groups: groups_of.remove(&row.id).unwrap_or_default(),
            id: row.id,
            slug: row.slug,
            name: row.name,
        })
        .collect())
}

/// The rows of a link table, (owner, linked), as each owner's list of
/// positions of what it links to (each once); links to what has no
/// position are left out.
fn grouped(links: Vec<(i32, i32)>, positions: &HashMap<i32, u16>) -> HashMap<i32, Vec<u16>> {
    let mut lists: HashMap<i32, Vec<u16>> = HashMap::new();
    for (owner, linked) in links {
        if let Some(&at) = positions.get(&linked) {
            push_once(lists.entry(owner).or_default(), at);
        }
    }
    lists
}

fn push_once<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if !list.contains(&value) {
        list.push(value);
    }
}

pub type DashboardCache = crate::index_cache::IndexCache<DashboardIndex>;

impl crate::index_cache::Index for DashboardIndex {
    const NAME: &'static str = "dashboard";

    fn build(
        db: &DatabaseConnection,
        now: DateTime<Utc>,
    ) -> impl std::future::Future<Output = Result<Self, DbErr>> + Send {
        DashboardIndex::build(db, now)
    }

    fn built_at(&self) -> Instant {
        self.built_at
    }
}
