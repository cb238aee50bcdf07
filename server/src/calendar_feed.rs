//! Calendar feeds (RFC 5545) that residents subscribe to or download:
//!
//! - `/agenda.ics` with the same filters as `/agenda`
//!   (`/agenda.ics?wijk=WK192603&doelgroep=jeugd-9-13`);
//! - `/initiatieven/{slug}/agenda.ics`: everything one initiative organises;
//! - `/activiteiten/{id}/agenda.ics`: one activity with all its dates;
//! - `/activiteiten/{id}/{date}/agenda.ics`: one date, for "add to my
//!   calendar" on the date's page.
//!
//! Each activity is one VEVENT with a stable UID (its public UID), its
//! RRULE, an EXDATE per cancelled date and a VEVENT with RECURRENCE-ID per
//! moved date; SEQUENCE goes up with every change. Times are local wall
//! times with `TZID=Europe/Amsterdam` and a matching VTIMEZONE, so calendar
//! programs keep a 10:00 coffee morning at 10:00 in summer and winter.

use std::collections::HashMap;
use std::sync::Arc;

use app::calendar::query::AgendaQuery;
use app::calendar::recurrence::OccurrenceTimes;
use app::calendar::ssr::{OccurrenceFilter, activity_ids_between, local_moment};
use app::calendar::{OccurrenceStatus, agenda_filter, horizon};
use app::initiatives::InitiativeStatus;
use app::state::AppState;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Utc};
use chrono_tz::Europe::Amsterdam;
use entity::{activity, activity_occurrence, activity_theme, initiative, theme};
use icalendar::{
    Calendar, CalendarComponent, CalendarDateTime, Component, Event, EventLike, EventStatus,
    Property,
};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, JoinType, QueryFilter, QueryOrder,
    QuerySelect, RelationTrait,
};

/// No feed holds more activities than this.
pub const MAX_FEED_EVENTS: u64 = 300;

const TZID: &str = "Europe/Amsterdam";

/// Europe/Amsterdam as RFC 5545 describes a time zone: summer time from the
/// last Sunday of March at 02:00 to the last Sunday of October at 03:00
/// (the EU rule since 1996).
const AMSTERDAM_VTIMEZONE: &str = "BEGIN:VCALENDAR\r\n\
BEGIN:VTIMEZONE\r\n\
TZID:Europe/Amsterdam\r\n\
X-LIC-LOCATION:Europe/Amsterdam\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\n\
DTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:CET\r\n\
DTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n\
END:VCALENDAR\r\n";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/agenda.ics", get(agenda_feed))
        .route("/initiatieven/{slug}/agenda.ics", get(initiative_feed))
        .route("/activiteiten/{id}/agenda.ics", get(activity_feed))
        .route("/activiteiten/{id}/{date}/agenda.ics", get(date_feed))
}

/// A changed date: its original start, and its new times (`None`: cancelled).
pub type DateChange = (DateTime<Utc>, Option<OccurrenceTimes>);

/// One activity as a feed shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedActivity {
    pub uid: String,
    pub sequence: i32,
    pub title: String,
    pub description: String,
    pub url: String,
    pub location: Option<String>,
    pub geo: Option<(f64, f64)>,
    pub categories: Vec<String>,
    /// The first date; with a rule, where the series starts.
    pub first: OccurrenceTimes,
    pub rule: Option<String>,
    /// Dates that changed, by original start: `None` is cancelled.
    pub changes: Vec<DateChange>,
    pub updated_at: DateTime<Utc>,
}

fn local(moment: DateTime<Utc>) -> CalendarDateTime {
    CalendarDateTime::WithTimezone {
        date_time: moment.with_timezone(&Amsterdam).naive_local(),
        tzid: TZID.to_owned(),
    }
}

fn local_value(moment: DateTime<Utc>) -> String {
    moment
        .with_timezone(&Amsterdam)
        .format("%Y%m%dT%H%M%S")
        .to_string()
}

/// CATEGORIES is a list: a comma inside one category must be escaped.
fn category_list(categories: &[String]) -> String {
    categories
        .iter()
        .map(|category| {
            category
                .replace('\\', "\\\\")
                .replace(',', "\\,")
                .replace(';', "\\;")
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn base_event(activity: &FeedActivity, now: DateTime<Utc>) -> Event {
    let mut event = Event::new();
    event
        .uid(&activity.uid)
        .timestamp(now)
        .sequence(u32::try_from(activity.sequence).unwrap_or(0))
        .summary(&activity.title)
        .url(&activity.url)
        .add_property(
            "LAST-MODIFIED",
            activity.updated_at.format("%Y%m%dT%H%M%SZ").to_string(),
        );
    if !activity.description.is_empty() {
        event.description(&activity.description);
    }
    if let Some(location) = &activity.location {
        event.location(location);
    }
    if let Some((latitude, longitude)) = activity.geo {
        event.add_property("GEO", format!("{latitude:.6};{longitude:.6}"));
    }
    if !activity.categories.is_empty() {
        event.add_property("CATEGORIES", category_list(&activity.categories));
    }
    event
}

/// The VEVENTs of one activity: the series (or the one date), and one per
/// moved date of a series.
fn events_of(activity: &FeedActivity, now: DateTime<Utc>) -> Vec<Event> {
    let mut main = base_event(activity, now);
    let Some(rule) = &activity.rule else {
        // One date: a change is the event itself.
        let times = match activity.changes.first() {
            Some((_, Some(moved))) => *moved,
            _ => activity.first,
        };
        let cancelled = matches!(activity.changes.first(), Some((_, None)));
        main.starts(local(times.starts_at))
            .ends(local(times.ends_at))
            .status(if cancelled {
                EventStatus::Cancelled
            } else {
                EventStatus::Confirmed
            });
        return vec![main.done()];
    };
    main.starts(local(activity.first.starts_at))
        .ends(local(activity.first.ends_at))
        .status(EventStatus::Confirmed)
        .add_property("RRULE", rule);
    let mut events = Vec::new();
    for (original, change) in &activity.changes {
        match change {
            None => {
                main.append_multi_property(
                    Property::new("EXDATE", local_value(*original))
                        .add_parameter("TZID", TZID)
                        .done(),
                );
            }
            Some(moved) => {
                let mut moved_event = base_event(activity, now);
                moved_event
                    .append_property(
                        Property::new("RECURRENCE-ID", local_value(*original))
                            .add_parameter("TZID", TZID)
                            .done(),
                    )
                    .starts(local(moved.starts_at))
                    .ends(local(moved.ends_at))
                    .status(EventStatus::Confirmed);
                events.push(moved_event.done());
            }
        }
    }
    events.insert(0, main.done());
    events
}

/// The whole feed as text: CRLF line endings, lines folded at 75 octets.
pub fn feed_text(name: &str, activities: &[FeedActivity], now: DateTime<Utc>) -> String {
    let mut calendar = Calendar::new();
    calendar
        .name(name)
        .timezone(TZID)
        .append_property(Property::new("PRODID", "-//Buurtkracht//Activiteitenkalender//NL").done())
        .append_property(Property::new("METHOD", "PUBLISH").done())
        .append_property(Property::new("CALSCALE", "GREGORIAN").done());
    // The crate writes no VTIMEZONE of its own: ours is read in once, as a
    // component it then writes like any other.
    let zone: Calendar = AMSTERDAM_VTIMEZONE
        .parse()
        .expect("the VTIMEZONE text is valid iCalendar");
    for component in zone.iter().cloned() {
        calendar.push(component);
    }
    for activity in activities {
        for event in events_of(activity, now) {
            calendar.push(CalendarComponent::Event(event));
        }
    }
    calendar.to_string()
}

/// The activities of a feed, with their themes and changed dates: three
/// queries for the whole feed.
pub async fn feed_activities(
    db: &DatabaseConnection,
    public_url: &str,
    ids: &[i32],
) -> Result<Vec<FeedActivity>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = activity::Entity::find()
        .filter(activity::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let mut themes: HashMap<i32, Vec<String>> = HashMap::new();
    let theme_rows: Vec<(i32, String)> = activity_theme::Entity::find()
        .select_only()
        .column(activity_theme::Column::ActivityId)
        .column(theme::Column::LabelNl)
        .join(JoinType::InnerJoin, activity_theme::Relation::Theme.def())
        .filter(activity_theme::Column::ActivityId.is_in(ids.iter().copied()))
        .order_by_asc(theme::Column::SortOrder)
        .into_tuple()
        .all(db)
        .await?;
    for (activity_id, label) in theme_rows {
        themes.entry(activity_id).or_default().push(label);
    }
    let mut changes: HashMap<i32, Vec<DateChange>> = HashMap::new();
    let changed = activity_occurrence::Entity::find()
        .filter(activity_occurrence::Column::ActivityId.is_in(ids.iter().copied()))
        .filter(activity_occurrence::Column::Status.ne(OccurrenceStatus::Scheduled.code()))
        .order_by_asc(activity_occurrence::Column::OriginalStartsAt)
        .all(db)
        .await?;
    for row in changed {
        let change = match OccurrenceStatus::from_code(&row.status) {
            OccurrenceStatus::Moved => Some(OccurrenceTimes {
                starts_at: row.starts_at,
                ends_at: row.ends_at,
            }),
            _ => None,
        };
        changes
            .entry(row.activity_id)
            .or_default()
            .push((row.original_starts_at, change));
    }
    let base = public_url.trim_end_matches('/');
    let mut by_id: HashMap<i32, FeedActivity> = rows
        .into_iter()
        .map(|row| {
            let location = [row.place_name.clone(), row.address.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            let activity = FeedActivity {
                uid: format!("{}@buurtkracht", row.public_uid),
                sequence: row.sequence,
                title: row.title,
                description: row.description,
                url: format!("{base}/activiteiten/{}", row.id),
                location: (!location.is_empty()).then_some(location),
                geo: row.latitude.zip(row.longitude),
                categories: themes.remove(&row.id).unwrap_or_default(),
                first: OccurrenceTimes {
                    starts_at: row.starts_at,
                    ends_at: row.ends_at,
                },
                rule: row.recurrence_rule,
                changes: changes.remove(&row.id).unwrap_or_default(),
                updated_at: row.updated_at,
            };
            (row.id, activity)
        })
        .collect();
    // In the order asked for: the earliest date first.
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

/// The activities with a date from today to the horizon that pass `filter`.
async fn feed_for(
    state: &AppState,
    name: &str,
    filter: &OccurrenceFilter,
) -> Result<String, DbErr> {
    let now = Utc::now();
    let today = now.with_timezone(&Amsterdam).date_naive();
    let ids = activity_ids_between(
        &state.db,
        now,
        local_moment(today, (0, 0)),
        horizon::horizon(now),
        filter,
        MAX_FEED_EVENTS,
    )
    .await?;
    let activities = feed_activities(&state.db, &state.settings.public_url, &ids).await?;
    Ok(feed_text(name, &activities, now))
}

fn calendar_response(result: Result<String, DbErr>) -> Response {
    match result {
        Ok(text) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/calendar; charset=utf-8"),
                ),
                // Calendar programs poll; an hour old is fresh enough.
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=3600"),
                ),
            ],
            text,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "calendar feed failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `/agenda.ics?…`: calendar programs poll the same address again and
/// again, so a feed written from the agenda's index is kept with it until
/// the index is renewed (at most a minute, or at once after a change).
async fn agenda_feed(State(state): State<AppState>, RawQuery(query): RawQuery) -> Response {
    let (query, _) = AgendaQuery::parse(&query.unwrap_or_default());
    let result = async {
        let index = state.agenda.get(&state.db).await?;
        let feed_query = query.feed_query();
        let address = feed_query.query_string();
        index
            .feeds
            .write_once(&address, || async {
                let now = Utc::now();
                let today = now.with_timezone(&Amsterdam).date_naive();
                let ids = index.activity_ids_between(
                    now,
                    local_moment(today, (0, 0)),
                    horizon::horizon(now),
                    &agenda_filter(&index, &feed_query),
                    MAX_FEED_EVENTS as usize,
                );
                let activities =
                    feed_activities(&state.db, &state.settings.public_url, &ids).await?;
                Ok::<Arc<str>, DbErr>(feed_text("Buurtkracht agenda", &activities, now).into())
            })
            .await
    }
    .await;
    // A copy of some kilobytes: far cheaper than writing the feed again.
    calendar_response(result.map(|text| text.to_string()))
}

async fn initiative_feed(State(state): State<AppState>, Path(slug): Path<String>) -> Response {
    let found = initiative::Entity::find()
        .filter(initiative::Column::Slug.eq(&slug))
        .filter(initiative::Column::Status.eq(InitiativeStatus::Published.code()))
        .one(&state.db)
        .await;
    let initiative = match found {
        Ok(Some(initiative)) => initiative,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return calendar_response(Err(error)),
    };
    let filter = OccurrenceFilter {
        initiative_id: Some(initiative.id),
        ..Default::default()
    };
    calendar_response(feed_for(&state, &initiative.name, &filter).await)
}

async fn activity_feed(State(state): State<AppState>, Path(id): Path<i32>) -> Response {
    let published = activity::Entity::find_by_id(id)
        .find_also_related(initiative::Entity)
        .one(&state.db)
        .await;
    let title = match published {
        Ok(Some((activity, Some(initiative))))
            if initiative.status == InitiativeStatus::Published.code() =>
        {
            activity.title
        }
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return calendar_response(Err(error)),
    };
    let result = async {
        let activities = feed_activities(&state.db, &state.settings.public_url, &[id]).await?;
        Ok(feed_text(&title, &activities, Utc::now()))
    }
    .await;
    calendar_response(result)
}

/// One date of a published activity as an event of its own: no RRULE, the
/// date's own times (also when moved), STATUS:CANCELLED when called off.
/// Its UID is the activity's with the date's name, so downloading the same
/// date again updates it in the calendar instead of adding it twice.
fn single_date(
    activity: &FeedActivity,
    date_key: &str,
    date: &activity_occurrence::Model,
) -> FeedActivity {
    let cancelled = OccurrenceStatus::from_code(&date.status) == OccurrenceStatus::Cancelled;
    FeedActivity {
        uid: activity
            .uid
            .replacen('@', &format!("-{}@", date_key.replace('-', "")), 1),
        url: format!("{}/{date_key}", activity.url),
        first: OccurrenceTimes {
            starts_at: date.starts_at,
            ends_at: date.ends_at,
        },
        rule: None,
        changes: if cancelled {
            vec![(date.original_starts_at, None)]
        } else {
            Vec::new()
        },
        ..activity.clone()
    }
}

async fn date_feed(
    State(state): State<AppState>,
    Path((id, date_key)): Path<(i32, String)>,
) -> Response {
    let Ok(day) = chrono::NaiveDate::parse_from_str(&date_key, "%Y-%m-%d") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let result = async {
        let published = activity::Entity::find_by_id(id)
            .find_also_related(initiative::Entity)
            .one(&state.db)
            .await?
            .is_some_and(|(_, initiative)| {
                initiative.is_some_and(|initiative| {
                    initiative.status == InitiativeStatus::Published.code()
                })
            });
        if !published {
            return Ok(None);
        }
        let Some(original) = app::calendar::store::original_start_on(&state.db, id, day).await?
        else {
            return Ok(None);
        };
        let Some(date) = app::calendar::store::occurrence(&state.db, id, original).await? else {
            return Ok(None);
        };
        let activities = feed_activities(&state.db, &state.settings.public_url, &[id]).await?;
        Ok(activities.first().map(|activity| {
            let one = single_date(activity, &date_key, &date);
            feed_text(&one.title.clone(), &[one], Utc::now())
        }))
    }
    .await;
    match result {
        Ok(Some(text)) => calendar_response(Ok(text)),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => calendar_response(Err(error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use ical::parser::ical::component::{IcalCalendar, IcalEvent};

    fn amsterdam(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Amsterdam
            .with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .unwrap()
            .with_timezone(&Utc)
    }

    fn coffee_morning() -> FeedActivity {
        let start = amsterdam(2026, 3, 10, 10, 0);
        FeedActivity {
            uid: "0b0c-coffee@buurtkracht".to_owned(),
            sequence: 2,
            title: "Koffieochtend".to_owned(),
            description: "Koffie, thee en een praatje; iedereen is welkom, ook als je \
                          nog niemand kent in de buurt. Je hoeft niets mee te nemen."
                .to_owned(),
            url: "https://buurtkracht.example/activiteiten/7".to_owned(),
            location: Some("Buurtkamer Noord, Oostlaan 12, 2641 DM Pijnacker".to_owned()),
            geo: Some((52.0228, 4.4316)),
            categories: vec!["Eenzaamheid".to_owned(), "Ontmoeting".to_owned()],
            first: OccurrenceTimes {
                starts_at: start,
                ends_at: start + chrono::Duration::minutes(90),
            },
            rule: Some("FREQ=WEEKLY;BYDAY=TU".to_owned()),
            changes: vec![
                // Cancelled after summer time started: still 10:00 local.
                (amsterdam(2026, 3, 31, 10, 0), None),
                (
                    amsterdam(2026, 4, 7, 10, 0),
                    Some(OccurrenceTimes {
                        starts_at: amsterdam(2026, 4, 7, 14, 0),
                        ends_at: amsterdam(2026, 4, 7, 15, 30),
                    }),
                ),
            ],
            updated_at: amsterdam(2026, 3, 1, 12, 0),
        }
    }

    fn parse(text: &str) -> IcalCalendar {
        let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
        let calendar = calendars
            .next()
            .expect("one calendar")
            .expect("valid iCalendar");
        assert!(calendars.next().is_none());
        calendar
    }

    fn value<'a>(event: &'a IcalEvent, name: &str) -> Option<&'a str> {
        event
            .properties
            .iter()
            .find(|property| property.name == name)
            .and_then(|property| property.value.as_deref())
    }

    fn tzid(event: &IcalEvent, name: &str) -> Vec<String> {
        event
            .properties
            .iter()
            .filter(|property| property.name == name)
            .flat_map(|property| property.params.clone().unwrap_or_default())
            .filter(|(key, _)| key == "TZID")
            .flat_map(|(_, values)| values)
            .collect()
    }

    #[test]
    fn a_series_with_a_cancelled_and_a_moved_date_reads_back() {
        let now = amsterdam(2026, 3, 2, 9, 0);
        let text = feed_text("Buurtkracht agenda", &[coffee_morning()], now);
        let calendar = parse(&text);

        let zone = &calendar.timezones[0];
        assert!(
            zone.properties
                .iter()
                .any(|p| p.value.as_deref() == Some(TZID))
        );
        assert_eq!(zone.transitions.len(), 2, "summer and winter time");

        assert_eq!(calendar.events.len(), 2, "the series and the moved date");
        let series = &calendar.events[0];
        assert_eq!(value(series, "UID"), Some("0b0c-coffee@buurtkracht"));
        assert_eq!(value(series, "SEQUENCE"), Some("2"));
        assert_eq!(value(series, "RRULE"), Some("FREQ=WEEKLY;BYDAY=TU"));
        assert_eq!(
            value(series, "DTSTART"),
            Some("20260310T100000"),
            "local wall time"
        );
        assert_eq!(tzid(series, "DTSTART"), [TZID]);
        assert_eq!(value(series, "DTEND"), Some("20260310T113000"));
        assert_eq!(value(series, "EXDATE"), Some("20260331T100000"));
        assert_eq!(tzid(series, "EXDATE"), [TZID]);
        assert_eq!(value(series, "DTSTAMP"), Some("20260302T080000Z"));
        assert_eq!(value(series, "STATUS"), Some("CONFIRMED"));
        assert_eq!(value(series, "GEO"), Some("52.022800;4.431600"));
        assert_eq!(value(series, "CATEGORIES"), Some("Eenzaamheid,Ontmoeting"));
        assert_eq!(
            value(series, "URL"),
            Some("https://buurtkracht.example/activiteiten/7")
        );
        assert_eq!(
            value(series, "LOCATION"),
            Some("Buurtkamer Noord\\, Oostlaan 12\\, 2641 DM Pijnacker"),
            "commas in text are escaped"
        );
        // The long description was folded and comes back whole.
        let description = value(series, "DESCRIPTION").unwrap();
        assert!(description.starts_with("Koffie\\, thee en een praatje\\; iedereen"));
        assert!(description.ends_with("Je hoeft niets mee te nemen."));

        let moved = &calendar.events[1];
        assert_eq!(
            value(moved, "UID"),
            value(series, "UID"),
            "one UID for the series"
        );
        assert_eq!(value(moved, "RECURRENCE-ID"), Some("20260407T100000"));
        assert_eq!(tzid(moved, "RECURRENCE-ID"), [TZID]);
        assert_eq!(value(moved, "DTSTART"), Some("20260407T140000"));
        assert!(value(moved, "RRULE").is_none());
    }

    #[test]
    fn lines_end_in_crlf_and_are_folded_at_75_octets() {
        let mut activity = coffee_morning();
        activity.description = "Lange beschrijving met één accent en veel woorden. ".repeat(8);
        let text = feed_text("Agenda", &[activity], Utc::now());
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        for line in text.split("\r\n") {
            assert!(!line.contains('\n'), "a bare line feed: {line:?}");
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        assert!(
            text.contains("\r\n "),
            "long lines are continued with a space"
        );
    }

    #[test]
    fn a_cancelled_single_date_is_a_cancelled_event() {
        let mut once = coffee_morning();
        once.rule = None;
        once.changes = vec![(once.first.starts_at, None)];
        let calendar = parse(&feed_text("Agenda", &[once], Utc::now()));
        assert_eq!(calendar.events.len(), 1);
        assert_eq!(value(&calendar.events[0], "STATUS"), Some("CANCELLED"));
        assert!(value(&calendar.events[0], "EXDATE").is_none());
    }

    #[test]
    fn winter_dates_keep_their_local_time() {
        let mut autumn = coffee_morning();
        let start = amsterdam(2026, 10, 20, 10, 0);
        autumn.first = OccurrenceTimes {
            starts_at: start,
            ends_at: start + chrono::Duration::hours(1),
        };
        autumn.changes = vec![(amsterdam(2026, 10, 27, 10, 0), None)];
        let calendar = parse(&feed_text("Agenda", &[autumn], Utc::now()));
        // 27 October is after the switch to winter time, still 10:00 local.
        assert_eq!(
            value(&calendar.events[0], "EXDATE"),
            Some("20261027T100000")
        );
        assert_eq!(
            value(&calendar.events[0], "DTSTART"),
            Some("20261020T100000")
        );
    }
}
