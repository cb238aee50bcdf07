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
    let agenda = ssr::agenda(&state.db, chrono::Utc::now(), wijk.as_deref(), days, limit).await?;
    Ok(AgendaView {
        wijk_name: agenda.wijk.map(|wijk| wijk.name),
        is_empty: agenda.days.is_empty(),
        more: agenda.more,
        days_html: view! { <super::AgendaDays days=agenda.days/> }.to_html(),
    })
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use chrono::{DateTime, Datelike, Days, TimeZone, Timelike, Utc};
    use chrono_tz::Europe::Amsterdam;
    use entity::{activity, activity_occurrence, area, initiative, target_group};
    use sea_orm::{
        ColumnTrait, DatabaseConnection, DbErr, EntityTrait, FromQueryResult, JoinType,
        QueryFilter, QueryOrder, QuerySelect, RelationTrait,
    };

    use crate::areas::ssr::{area_and_children_ids, find_wijk};
    use crate::calendar::types::{
        Agenda, AgendaDay, LocalDate, LocalTime, OccurrenceSummary, RelativeDay,
    };
    use crate::initiatives::InitiativeStatus;
    use crate::taxonomy::Term;

    /// A local date and time in Amsterdam, as a UTC moment. A time inside
    /// the spring-forward gap (which does not exist) moves an hour on.
    pub fn local_moment(date: chrono::NaiveDate, (hour, minute): (u32, u32)) -> DateTime<Utc> {
        let naive = date.and_hms_opt(hour, minute, 0).unwrap_or_default();
        Amsterdam
            .from_local_datetime(&naive)
            .earliest()
            .unwrap_or_else(|| Amsterdam.from_utc_datetime(&naive))
            .with_timezone(&Utc)
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
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
        title: String,
        place_name: Option<String>,
        cost_cents: Option<i32>,
        is_demo: bool,
        initiative_name: String,
        initiative_slug: String,
        area_name: Option<String>,
        target_group_code: Option<String>,
        target_group_label_nl: Option<String>,
        target_group_label_en: Option<String>,
    }

    impl From<OccurrenceRow> for OccurrenceSummary {
        fn from(row: OccurrenceRow) -> Self {
            let target_group = match (
                row.target_group_code,
                row.target_group_label_nl,
                row.target_group_label_en,
            ) {
                (Some(code), Some(label_nl), Some(label_en)) => Some(Term {
                    code,
                    label_nl,
                    label_en,
                }),
                _ => None,
            };
            OccurrenceSummary {
                activity_id: row.activity_id,
                title: row.title,
                starts_at: row
                    .starts_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                initiative_name: row.initiative_name,
                initiative_slug: row.initiative_slug,
                date: local_date(row.starts_at),
                starts: local_time(row.starts_at),
                ends: local_time(row.ends_at),
                place: row.place_name,
                area_name: row.area_name,
                target_group,
                cost_cents: row.cost_cents,
                is_demo: row.is_demo,
            }
        }
    }

    /// Which activities' dates to read.
    #[derive(Clone, Debug, Default)]
    pub struct OccurrenceFilter {
        /// Only activities in one of these areas.
        pub area_ids: Option<Vec<i32>>,
        /// Only activities of this initiative.
        pub initiative_id: Option<i32>,
    }

    /// The first `limit` dates of published initiatives' activities that
    /// start in `[from, to)` and have not ended at `now`, earliest first, in
    /// one query.
    pub async fn occurrences_between(
        db: &DatabaseConnection,
        now: DateTime<Utc>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        filter: &OccurrenceFilter,
        limit: u64,
    ) -> Result<Vec<OccurrenceSummary>, DbErr> {
        let mut query = activity_occurrence::Entity::find()
            .select_only()
            .column(activity_occurrence::Column::ActivityId)
            .column(activity_occurrence::Column::StartsAt)
            .column(activity_occurrence::Column::EndsAt)
            .column(activity::Column::Title)
            .column(activity::Column::PlaceName)
            .column(activity::Column::CostCents)
            .column(activity::Column::IsDemo)
            .column_as(initiative::Column::Name, "initiative_name")
            .column_as(initiative::Column::Slug, "initiative_slug")
            .column_as(area::Column::Name, "area_name")
            .column_as(target_group::Column::Code, "target_group_code")
            .column_as(target_group::Column::LabelNl, "target_group_label_nl")
            .column_as(target_group::Column::LabelEn, "target_group_label_en")
            .join(
                JoinType::InnerJoin,
                activity_occurrence::Relation::Activity.def(),
            )
            .join(JoinType::InnerJoin, activity::Relation::Initiative.def())
            .join(JoinType::LeftJoin, activity::Relation::Area.def())
            .join(JoinType::LeftJoin, activity::Relation::TargetGroup.def())
            .filter(initiative::Column::Status.eq(InitiativeStatus::Published.code()))
            .filter(activity_occurrence::Column::StartsAt.gte(from))
            .filter(activity_occurrence::Column::StartsAt.lt(to))
            .filter(activity_occurrence::Column::EndsAt.gt(now));
        if let Some(ids) = &filter.area_ids {
            query = query.filter(activity::Column::AreaId.is_in(ids.iter().copied()));
        }
        if let Some(initiative_id) = filter.initiative_id {
            query = query.filter(activity::Column::InitiativeId.eq(initiative_id));
        }
        let rows = query
            // The order of idx_occurrence_starts_at, so the database can stop
            // after the first rows instead of sorting the whole period.
            .order_by_asc(activity_occurrence::Column::StartsAt)
            .order_by_asc(activity_occurrence::Column::ActivityId)
            .limit(limit)
            .into_model::<OccurrenceRow>()
            .all(db)
            .await?;
        Ok(rows.into_iter().map(Into::into).collect())
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

    pub async fn agenda(
        db: &DatabaseConnection,
        now: DateTime<Utc>,
        wijk_key: Option<&str>,
        days: u8,
        limit: u16,
    ) -> Result<Agenda, DbErr> {
        let wijk: Option<area::Model> = match wijk_key.map(str::trim).filter(|key| !key.is_empty())
        {
            Some(key) => find_wijk(db, key).await?,
            None => None,
        };
        let filter = OccurrenceFilter {
            area_ids: match &wijk {
                Some(wijk) => Some(area_and_children_ids(db, wijk.id).await?),
                None => None,
            },
            initiative_id: None,
        };
        let (from, to) = local_day_window(now, days);
        // One row more than asked tells whether there is more to see.
        let mut occurrences =
            occurrences_between(db, now, from, to, &filter, u64::from(limit) + 1).await?;
        let more = occurrences.len() > usize::from(limit);
        occurrences.truncate(usize::from(limit));
        let today = local_date(now);
        Ok(Agenda {
            wijk: wijk.map(Into::into),
            first_day: Some(today),
            last_day: Some(local_date(to - chrono::Duration::seconds(1))),
            days: group_by_day(occurrences, today),
            more,
        })
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn occurrence(date: LocalDate, title: &str) -> OccurrenceSummary {
            OccurrenceSummary {
                activity_id: 1,
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
                place: None,
                area_name: None,
                target_group: None,
                cost_cents: None,
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
