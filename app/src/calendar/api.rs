//! Reading the agenda: the server function and its database queries.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use crate::api_codec::JsonText;

use super::types::AgendaView;
use crate::errors::AppError;

/// The longest period one agenda request may cover.
pub const MAX_AGENDA_DAYS: u8 = 31;

/// The most activities one agenda request returns.
pub const MAX_AGENDA_ITEMS: u16 = 300;

/// What is on from today for `days` days, in one wijk (by CBS code or slug)
/// or everywhere: at most `limit` activities, earliest first. An unknown
/// wijk is ignored: the agenda then covers all wijken.
#[server(prefix = "/api", endpoint = "agenda", input = GetUrl, output = JsonText)]
pub async fn load_agenda(
    wijk: Option<String>,
    days: u8,
    limit: u16,
) -> Result<AgendaView, AppError> {
    use leptos::tachys::view::RenderHtml;

    let state = crate::state::app_state()?;
    let days = days.clamp(1, MAX_AGENDA_DAYS);
    let limit = limit.clamp(1, MAX_AGENDA_ITEMS);
    let index = state.agenda.get(&state.db).await?;
    let now = chrono::Utc::now();
    // Not an agenda address (those have no spaces), so kept apart from them.
    let address = format!(
        "coming {days} {limit} {}",
        wijk.as_deref().unwrap_or_default()
    );
    Ok(index.pages.page(now, &address, || {
        let agenda =
            super::drawing::coming_days(&index, now, wijk.as_deref(), days, usize::from(limit));
        AgendaView {
            wijk_name: agenda.wijk.map(|wijk| wijk.name),
            is_empty: agenda.days.is_empty(),
            more: agenda.more,
            days_html: view! { <super::AgendaDays days=agenda.days/> }.to_html(),
            ..Default::default()
        }
    }))
}

/// The agenda page for the query part of its address (`wijk=…&q=…`), drawn
/// on the server.
#[server(prefix = "/api", endpoint = "agenda-pagina", input = GetUrl, output = JsonText)]
pub async fn draw_agenda_page(address: String) -> Result<AgendaView, AppError> {
    let state = crate::state::app_state()?;
    let index = state.agenda.get(&state.db).await?;
    let now = chrono::Utc::now();
    Ok(index.pages.page(now, &address, || {
        super::drawing::draw_agenda(&index, &state.settings.public_url, now, &address)
    }))
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use std::collections::HashMap;

    use chrono::{DateTime, Datelike, Days, TimeZone, Timelike, Utc};
    use chrono_tz::Europe::Amsterdam;
    use entity::{
        activity, activity_occurrence, activity_target_group, activity_theme, area, initiative,
        target_group,
    };
    use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr};
    use sea_orm::{
        ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, FromQueryResult, JoinType,
        QueryFilter, QueryOrder, QuerySelect, RelationTrait,
    };

    use crate::calendar::types::{
        AgendaDay, LocalDate, LocalTime, OccurrenceStatus, OccurrenceSummary, RelativeDay,
    };
    use crate::initiatives::InitiativeStatus;
    use crate::taxonomy::Term;

    /// A local date and time in Amsterdam, as a UTC moment. A time inside
    /// the spring-forward gap (which does not exist) moves an hour on.
    pub fn local_moment(date: chrono::NaiveDate, (hour, minute): (u32, u32)) -> DateTime<Utc> {
        crate::calendar::recurrence::amsterdam_moment(
            date.and_hms_opt(hour, minute, 0).unwrap_or_default(),
        )
    }

    pub fn local_date(moment: DateTime<Utc>) -> LocalDate {
        let local = moment.with_timezone(&Amsterdam);
        LocalDate {
            year: local.year(),
            month: local.month() as u8,
            day: local.day() as u8,
            weekday: local.weekday().number_from_monday() as u8,
        }
    }

    pub fn local_time(moment: DateTime<Utc>) -> LocalTime {
        let local = moment.with_timezone(&Amsterdam);
        LocalTime {
            hour: local.hour() as u8,
            minute: local.minute() as u8,
        }
    }

    /// Midnight in Amsterdam at the start of the day that contains `moment`,
    /// and `days` days later.
    pub fn local_day_window(moment: DateTime<Utc>, days: u8) -> (DateTime<Utc>, DateTime<Utc>) {
        let today = moment.with_timezone(&Amsterdam).date_naive();
        let start_of = |date: chrono::NaiveDate| {
            // Midnight exists on every Dutch day (clocks change at 02:00/03:00).
            Amsterdam
                .from_local_datetime(&date.and_hms_opt(0, 0, 0).unwrap_or_default())
                .earliest()
                .map(|local| local.with_timezone(&Utc))
                .unwrap_or(moment)
        };
        let last = today
            .checked_add_days(Days::new(u64::from(days)))
            .unwrap_or(today);
        (start_of(today), start_of(last))
    }

    #[derive(Debug, FromQueryResult)]
    struct OccurrenceRow {
        activity_id: i32,
        original_starts_at: DateTime<Utc>,
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
        status: String,
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

    impl OccurrenceRow {
        fn into_summary(self, target_groups: Vec<Term>) -> OccurrenceSummary {
            OccurrenceSummary {
                activity_id: self.activity_id,
                date_key: local_date(self.original_starts_at).iso(),
                title: self.title,
                starts_at: self
                    .starts_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                initiative_name: self.initiative_name,
                initiative_slug: self.initiative_slug,
                date: local_date(self.starts_at),
                starts: local_time(self.starts_at),
                ends: local_time(self.ends_at),
                status: OccurrenceStatus::from_code(&self.status),
                place: self.place_name,
                area_name: self.area_name,
                target_groups,
                cost_cents: self.cost_cents,
                signup_required: self.signup_required,
                wheelchair_accessible: self.wheelchair_accessible,
                is_demo: self.is_demo,
            }
        }
    }

    /// Which activities' dates to read. Every field that is set must hold.
    #[derive(Clone, Debug, Default)]
    pub struct OccurrenceFilter {
        /// Only activities in one of these areas.
        pub area_ids: Option<Vec<i32>>,
        /// Only activities of this initiative.
        pub initiative_id: Option<i32>,
        /// Only this activity.
        pub activity_id: Option<i32>,
        /// Only activities for one of these target groups.
        pub target_group_ids: Option<Vec<i32>>,
        /// Only activities on one of these themes.
        pub theme_ids: Option<Vec<i32>>,
        /// Only activities whose age range overlaps this one (both ends
        /// included, `None` is open). An activity without ages is for all.
        pub ages: Option<(i32, Option<i32>)>,
        pub free_only: bool,
        pub wheelchair_only: bool,
        pub without_signup_only: bool,
        /// Folded words (`search_key`) that must all be in the activity's or
        /// the initiative's search text.
        pub words: Vec<String>,
        /// Also initiatives that are not on the kaart yet: a volunteer's
        /// own page lists their dates before a professional approves them.
        pub include_unpublished: bool,
    }

    /// A `LIKE` pattern that finds `word` anywhere, with `%`, `_` and `\`
    /// in it taken literally.
    fn contains_pattern(word: &str) -> String {
        let mut pattern = String::from("%");
        for c in word.chars() {
            if matches!(c, '%' | '_' | '\\') {
                pattern.push('\\');
            }
            pattern.push(c);
        }
        pattern.push('%');
        pattern
    }

    /// Dates of (published, unless asked) initiatives' activities that start in
    /// `[from, to)`, have not ended at `now` and pass `filter`: the agenda's
    /// list and its calendar feed start from this.
    fn filtered_dates(
        now: DateTime<Utc>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        filter: &OccurrenceFilter,
    ) -> sea_orm::Select<activity_occurrence::Entity> {
        let mut query = activity_occurrence::Entity::find()
            .join(
                JoinType::InnerJoin,
                activity_occurrence::Relation::Activity.def(),
            )
            .join(JoinType::InnerJoin, activity::Relation::Initiative.def())
            .filter(activity_occurrence::Column::StartsAt.gte(from))
            .filter(activity_occurrence::Column::StartsAt.lt(to))
            .filter(activity_occurrence::Column::EndsAt.gt(now));
        if !filter.include_unpublished {
            query = query.filter(initiative::Column::Status.eq(InitiativeStatus::Published.code()));
        }
        if let Some(ids) = &filter.area_ids {
            query = query.filter(activity::Column::AreaId.is_in(ids.iter().copied()));
        }
        if let Some(initiative_id) = filter.initiative_id {
            query = query.filter(activity::Column::InitiativeId.eq(initiative_id));
        }
        if let Some(activity_id) = filter.activity_id {
            query = query.filter(activity::Column::Id.eq(activity_id));
        }
        if let Some(ids) = &filter.target_group_ids {
            query = query.filter(
                activity::Column::Id.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(activity_target_group::Column::ActivityId)
                        .from(activity_target_group::Entity)
                        .and_where(
                            activity_target_group::Column::TargetGroupId.is_in(ids.iter().copied()),
                        )
                        .to_owned(),
                ),
            );
        }
        if let Some(ids) = &filter.theme_ids {
            query = query.filter(
                activity::Column::Id.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(activity_theme::Column::ActivityId)
                        .from(activity_theme::Entity)
                        .and_where(activity_theme::Column::ThemeId.is_in(ids.iter().copied()))
                        .to_owned(),
                ),
            );
        }
        if let Some((from_age, to_age)) = filter.ages {
            query = query.filter(
                Condition::any()
                    .add(activity::Column::MaxAge.is_null())
                    .add(activity::Column::MaxAge.gte(from_age)),
            );
            if let Some(to_age) = to_age {
                query = query.filter(
                    Condition::any()
                        .add(activity::Column::MinAge.is_null())
                        .add(activity::Column::MinAge.lte(to_age)),
                );
            }
        }
        if filter.free_only {
            query = query.filter(activity::Column::CostCents.eq(0));
        }
        if filter.wheelchair_only {
            query = query.filter(activity::Column::WheelchairAccessible.eq(true));
        }
        if filter.without_signup_only {
            query = query.filter(activity::Column::SignupRequired.eq(false));
        }
        for word in &filter.words {
            let pattern = contains_pattern(word);
            query = query.filter(
                Condition::any()
                    .add(
                        Expr::col((activity::Entity, activity::Column::SearchText))
                            .like(LikeExpr::new(&pattern).escape('\\')),
                    )
                    .add(
                        Expr::col((initiative::Entity, initiative::Column::SearchText))
                            .like(LikeExpr::new(&pattern).escape('\\')),
                    ),
            );
        }
        query
    }

    /// The first `limit` dates after `offset` that [`filtered_dates`]
    /// finds, earliest first: one query for the dates and one for their
    /// groups. Cancelled dates are included: the agenda shows them as
    /// cancelled.
    pub async fn occurrences_between(
        db: &DatabaseConnection,
        now: DateTime<Utc>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        filter: &OccurrenceFilter,
        offset: u64,
        limit: u64,
    ) -> Result<Vec<OccurrenceSummary>, DbErr> {
        let query = filtered_dates(now, from, to, filter)
            .select_only()
            .column(activity_occurrence::Column::ActivityId)
            .column(activity_occurrence::Column::OriginalStartsAt)
            .column(activity_occurrence::Column::StartsAt)
            .column(activity_occurrence::Column::EndsAt)
            .column(activity_occurrence::Column::Status)
            .column(activity::Column::Title)
            .column(activity::Column::PlaceName)
            .column(activity::Column::CostCents)
            .column(activity::Column::SignupRequired)
            .column(activity::Column::WheelchairAccessible)
            .column(activity::Column::IsDemo)
            .column_as(initiative::Column::Name, "initiative_name")
            .column_as(initiative::Column::Slug, "initiative_slug")
            .column_as(area::Column::Name, "area_name")
            .join(JoinType::LeftJoin, activity::Relation::Area.def());
        let rows = query
            // The order of idx_occurrence_starts_at, so the database can stop
            // after the first rows instead of sorting the whole period.
            .order_by_asc(activity_occurrence::Column::StartsAt)
            .order_by_asc(activity_occurrence::Column::ActivityId)
            .offset(offset)
            .limit(limit)
            .into_model::<OccurrenceRow>()
            .all(db)
            .await?;
        let groups = target_groups_of(db, rows.iter().map(|row| row.activity_id)).await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                // One activity can have several dates on the list.
                let terms = groups.get(&row.activity_id).cloned().unwrap_or_default();
                row.into_summary(terms)
            })
            .collect())
    }

    /// The activities with a date that [`filtered_dates`] finds, at most
    /// `limit`, those with the earliest date first: what a calendar feed of
    /// the same filters holds.
    pub async fn activity_ids_between(
        db: &DatabaseConnection,
        now: DateTime<Utc>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        filter: &OccurrenceFilter,
        limit: u64,
    ) -> Result<Vec<i32>, DbErr> {
        filtered_dates(now, from, to, filter)
            .select_only()
            .column(activity_occurrence::Column::ActivityId)
            .group_by(activity_occurrence::Column::ActivityId)
            .order_by_asc(activity_occurrence::Column::StartsAt.min())
            .order_by_asc(activity_occurrence::Column::ActivityId)
            .limit(limit)
            .into_tuple()
            .all(db)
            .await
    }

    /// The target groups of these activities, in one query.
    async fn target_groups_of(
        db: &DatabaseConnection,
        activity_ids: impl Iterator<Item = i32>,
    ) -> Result<HashMap<i32, Vec<Term>>, DbErr> {
        let mut ids: Vec<i32> = activity_ids.collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let rows: Vec<(i32, String, String, String)> = activity_target_group::Entity::find()
            .select_only()
            .column(activity_target_group::Column::ActivityId)
            .column(target_group::Column::Code)
            .column(target_group::Column::LabelNl)
            .column(target_group::Column::LabelEn)
            .join(
                JoinType::InnerJoin,
                activity_target_group::Relation::TargetGroup.def(),
            )
            .filter(activity_target_group::Column::ActivityId.is_in(ids))
            .order_by_asc(target_group::Column::SortOrder)
            .into_tuple()
            .all(db)
            .await?;
        let mut groups: HashMap<i32, Vec<Term>> = HashMap::new();
        for (activity_id, code, label_nl, label_en) in rows {
            groups.entry(activity_id).or_default().push(Term {
                code,
                label_nl,
                label_en,
            });
        }
        Ok(groups)
    }

    /// Groups dates (already in time order) by their local day.
    pub fn group_by_day(occurrences: Vec<OccurrenceSummary>, today: LocalDate) -> Vec<AgendaDay> {
        let tomorrow = |date: &LocalDate| {
            chrono::NaiveDate::from_ymd_opt(today.year, today.month.into(), today.day.into())
                .and_then(|day| day.succ_opt())
                .is_some_and(|next| {
                    (next.year(), next.month() as u8, next.day() as u8)
                        == (date.year, date.month, date.day)
                })
        };
        let mut days: Vec<AgendaDay> = Vec::new();
        for occurrence in occurrences {
            match days.last_mut() {
                Some(day) if day.date == occurrence.date => day.occurrences.push(occurrence),
                _ => {
                    let date = occurrence.date;
                    let relative = if date == today {
                        Some(RelativeDay::Today)
                    } else if tomorrow(&date) {
                        Some(RelativeDay::Tomorrow)
                    } else {
                        None
                    };
                    days.push(AgendaDay {
                        date,
                        relative,
                        occurrences: vec![occurrence],
                    });
                }
            }
        }
        days
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn occurrence(date: LocalDate, title: &str) -> OccurrenceSummary {
            OccurrenceSummary {
                activity_id: 1,
                date_key: date.iso(),
                title: title.to_owned(),
                starts_at: String::new(),
                initiative_name: "Buurthuis".to_owned(),
                initiative_slug: "buurthuis".to_owned(),
                date,
                starts: LocalTime {
                    hour: 10,
                    minute: 0,
                },
                ends: LocalTime {
                    hour: 11,
                    minute: 0,
                },
                status: OccurrenceStatus::Scheduled,
                place: None,
                area_name: None,
                target_groups: Vec::new(),
                cost_cents: None,
                signup_required: false,
                wheelchair_accessible: None,
                is_demo: false,
            }
        }

        #[test]
        fn dates_are_grouped_per_day_and_today_and_tomorrow_are_named() {
            let monday = LocalDate {
                year: 2026,
                month: 11,
                day: 30,
                weekday: 1,
            };
            let tuesday = LocalDate {
                year: 2026,
                month: 12,
                day: 1,
                weekday: 2,
            };
            let thursday = LocalDate {
                year: 2026,
                month: 12,
                day: 3,
                weekday: 4,
            };
            let days = group_by_day(
                vec![
                    occurrence(monday, "a"),
                    occurrence(monday, "b"),
                    occurrence(tuesday, "c"),
                    occurrence(thursday, "d"),
                ],
                monday,
            );
            let summary: Vec<(u8, Option<RelativeDay>, usize)> = days
                .iter()
                .map(|day| (day.date.day, day.relative, day.occurrences.len()))
                .collect();
            assert_eq!(
                summary,
                vec![
                    (30, Some(RelativeDay::Today), 2),
                    (1, Some(RelativeDay::Tomorrow), 1),
                    (3, None, 1)
                ]
            );
        }

        #[test]
        fn day_window_starts_at_local_midnight() {
            // 23:30 UTC on 22 November is already 00:30 on 23 November in Amsterdam.
            let now = Utc.with_ymd_and_hms(2026, 11, 22, 23, 30, 0).unwrap();
            let (from, to) = local_day_window(now, 7);
            assert_eq!(from, Utc.with_ymd_and_hms(2026, 11, 22, 23, 0, 0).unwrap());
            assert_eq!(to, Utc.with_ymd_and_hms(2026, 11, 29, 23, 0, 0).unwrap());
            assert_eq!(local_date(now).day, 23);
            assert_eq!(local_date(now).weekday, 1);
        }

        #[test]
        fn day_window_spanning_the_end_of_summer_time_is_seven_local_days() {
            // Summer time ends on Sunday 25 October 2026: one day has 25 hours.
            let now = Utc.with_ymd_and_hms(2026, 10, 22, 12, 0, 0).unwrap();
            let (from, to) = local_day_window(now, 7);
            assert_eq!(to - from, chrono::Duration::hours(7 * 24 + 1));
            assert_eq!(local_time(to), LocalTime { hour: 0, minute: 0 });
        }
    }
}
