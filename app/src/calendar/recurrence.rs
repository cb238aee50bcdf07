//! Expanding an activity with an RFC 5545 recurrence rule into its dates.
//!
//! The rule is expanded in local wall time and each date is then placed in
//! Europe/Amsterdam with chrono-tz, so a weekly coffee morning at 10:00
//! stays at 10:00 local time across the switch to and from summer time.
//! (Expanding with the `rrule` crate in the time zone itself shifts dates
//! around the switch: its issues #109 and #115.)

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Amsterdam;
use rrule::{RRule, Tz, Unvalidated};

/// No activity gets more stored dates than this, whatever its rule says.
pub const MAX_OCCURRENCES: u16 = 400;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OccurrenceTimes {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum RecurrenceError {
    #[error("the activity ends before it starts")]
    EndsBeforeStart,
    #[error("not a valid recurrence rule: {0}")]
    InvalidRule(String),
}

/// A wall-clock time in Amsterdam as a moment. In the hour that happens
/// twice (late October) the first is meant; a time that does not exist
/// (the hour skipped in late March) is read an hour later, as a clock that
/// was not put forward would show it.
pub fn amsterdam_moment(wall: NaiveDateTime) -> DateTime<Utc> {
    Amsterdam
        .from_local_datetime(&wall)
        .earliest()
        .or_else(|| {
            Amsterdam
                .from_local_datetime(&(wall + Duration::hours(1)))
                .earliest()
        })
        .map(|local| local.with_timezone(&Utc))
        // Unreachable for Amsterdam: its gaps last one hour.
        .unwrap_or_else(|| Utc.from_utc_datetime(&wall))
}

/// The wall-clock time in Amsterdam of a moment.
fn amsterdam_wall(moment: DateTime<Utc>) -> NaiveDateTime {
    moment.with_timezone(&Amsterdam).naive_local()
}

/// A wall time as the `rrule` crate's "floating" time: in UTC, which has no
/// clock changes, so the rule steps through days without shifting hours.
fn floating(wall: NaiveDateTime) -> DateTime<Tz> {
    Tz::UTC.from_utc_datetime(&wall)
}

/// The dates of an activity from its first start up to (not including)
/// `until`. Without a rule, that is just the first date.
pub fn expand(
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    rule: Option<&str>,
    until: DateTime<Utc>,
) -> Result<Vec<OccurrenceTimes>, RecurrenceError> {
    expand_after(starts_at, ends_at, rule, None, until)
}

/// Checks that `rule` is a recurrence rule this module can expand.
pub fn parse_rule(rule: &str) -> Result<RRule<Unvalidated>, RecurrenceError> {
    rule.trim()
        .parse()
        .map_err(|error: rrule::RRuleError| RecurrenceError::InvalidRule(error.to_string()))
}

/// The dates of an activity that start after `after` (when given) and
/// before `until`: what is missing when dates up to `after` are stored.
/// At most [`MAX_OCCURRENCES`] per call.
pub fn expand_after(
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    rule: Option<&str>,
    after: Option<DateTime<Utc>>,
    until: DateTime<Utc>,
) -> Result<Vec<OccurrenceTimes>, RecurrenceError> {
    let is_new = |start: &DateTime<Utc>| after.is_none_or(|after| *start > after) && *start < until;
    if ends_at < starts_at {
        return Err(RecurrenceError::EndsBeforeStart);
    }
    let duration = ends_at - starts_at;
    let Some(rule) = rule.map(str::trim).filter(|rule| !rule.is_empty()) else {
        let only = OccurrenceTimes { starts_at, ends_at };
        return Ok(if is_new(&starts_at) || after.is_none() {
            vec![only]
        } else {
            Vec::new()
        });
    };
    let mut rule = parse_rule(rule)?;
    // With a start in a time zone, RFC 5545 gives UNTIL as a UTC moment;
    // the expansion runs in wall time, so UNTIL is turned into wall time too.
    if let Some(last) = rule.get_until().copied() {
        rule = rule.until(floating(amsterdam_wall(last.with_timezone(&Utc))));
    }
    // The window in wall time, a day wider on each side: the exact bounds
    // are checked on the real moments below.
    let margin = Duration::days(1);
    let mut set = rule
        .build(floating(amsterdam_wall(starts_at)))
        .map_err(|error| RecurrenceError::InvalidRule(error.to_string()))?
        .before(floating(amsterdam_wall(until) + margin));
    if let Some(after) = after {
        set = set.after(floating(amsterdam_wall(after) - margin));
    }
    let dates = set.all(MAX_OCCURRENCES).dates;
    Ok(dates
        .into_iter()
        .map(|wall| amsterdam_moment(wall.naive_utc()))
        .filter(is_new)
        .map(|start| OccurrenceTimes {
            starts_at: start,
            ends_at: start + duration,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Timelike};
    use chrono_tz::Europe::Amsterdam;

    fn amsterdam(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Amsterdam
            .with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .expect("unambiguous local time")
            .with_timezone(&Utc)
    }

    #[test]
    fn one_off_activity_has_one_date() {
        let start = amsterdam(2026, 11, 24, 10, 0);
        let end = amsterdam(2026, 11, 24, 12, 0);
        let dates = expand(start, end, None, amsterdam(2027, 1, 1, 0, 0)).unwrap();
        assert_eq!(
            dates,
            vec![OccurrenceTimes {
                starts_at: start,
                ends_at: end
            }]
        );
    }

    #[test]
    fn weekly_rule_keeps_local_time_across_summer_time() {
        // Tuesdays at 10:00 from 10 March 2026; summer time starts 29 March.
        let start = amsterdam(2026, 3, 10, 10, 0);
        let end = amsterdam(2026, 3, 10, 11, 30);
        let dates = expand(
            start,
            end,
            Some("FREQ=WEEKLY;BYDAY=TU"),
            amsterdam(2026, 4, 15, 0, 0),
        )
        .unwrap();
        assert_eq!(dates.len(), 6, "10, 17, 24, 31 March and 7, 14 April");
        for date in &dates {
            let local = date.starts_at.with_timezone(&Amsterdam);
            assert_eq!((local.hour(), local.minute()), (10, 0));
            assert_eq!(date.ends_at - date.starts_at, chrono::Duration::minutes(90));
        }
        // Before the switch 10:00 local is 09:00 UTC, after it 08:00 UTC.
        assert_eq!(dates[0].starts_at.hour(), 9);
        assert_eq!(dates[5].starts_at.hour(), 8);
    }

    #[test]
    fn count_in_the_rule_is_respected() {
        let start = amsterdam(2026, 11, 2, 19, 0);
        let dates = expand(
            start,
            start + chrono::Duration::hours(2),
            Some("FREQ=WEEKLY;INTERVAL=2;COUNT=3"),
            amsterdam(2027, 6, 1, 0, 0),
        )
        .unwrap();
        let days: Vec<u32> = dates
            .iter()
            .map(|date| chrono::Datelike::day(&date.starts_at.with_timezone(&Amsterdam)))
            .collect();
        assert_eq!(days, vec![2, 16, 30]);
    }

    #[test]
    fn dates_stop_before_the_horizon() {
        let start = amsterdam(2026, 11, 23, 9, 0);
        let until = amsterdam(2026, 11, 30, 9, 0);
        let dates = expand(start, start, Some("FREQ=DAILY"), until).unwrap();
        assert_eq!(dates.len(), 7);
        assert!(dates.iter().all(|date| date.starts_at < until));
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        let start = amsterdam(2026, 11, 23, 9, 0);
        let later = amsterdam(2026, 11, 23, 10, 0);
        assert_eq!(
            expand(later, start, None, later),
            Err(RecurrenceError::EndsBeforeStart)
        );
        assert!(matches!(
            expand(start, later, Some("FREQ=SOMETIMES"), later),
            Err(RecurrenceError::InvalidRule(_))
        ));
    }

    #[test]
    fn dates_after_a_moment_continue_the_series_without_repeating_it() {
        // Tuesdays at 10:00 from 20 October 2026; winter time starts 25 October.
        let start = amsterdam(2026, 10, 20, 10, 0);
        let end = start + chrono::Duration::hours(2);
        let first = expand(
            start,
            end,
            Some("FREQ=WEEKLY"),
            amsterdam(2026, 10, 28, 0, 0),
        )
        .unwrap();
        assert_eq!(first.len(), 2, "20 and 27 October");
        let rest = expand_after(
            start,
            end,
            Some("FREQ=WEEKLY"),
            Some(first[1].starts_at),
            amsterdam(2026, 11, 11, 0, 0),
        )
        .unwrap();
        let starts: Vec<DateTime<Utc>> = rest.iter().map(|date| date.starts_at).collect();
        assert_eq!(
            starts,
            vec![
                amsterdam(2026, 11, 3, 10, 0),
                amsterdam(2026, 11, 10, 10, 0)
            ]
        );
        // A one-off activity has nothing after its own date.
        assert!(
            expand_after(start, end, None, Some(start), amsterdam(2027, 1, 1, 0, 0))
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn an_endless_daily_rule_is_capped() {
        let start = amsterdam(2026, 1, 1, 9, 0);
        let dates = expand(
            start,
            start,
            Some("FREQ=DAILY"),
            amsterdam(2030, 1, 1, 0, 0),
        )
        .unwrap();
        assert_eq!(dates.len(), usize::from(MAX_OCCURRENCES));
    }

    fn local_starts(dates: &[OccurrenceTimes]) -> Vec<String> {
        dates
            .iter()
            .map(|date| {
                date.starts_at
                    .with_timezone(&Amsterdam)
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn weekly_rule_keeps_local_time_when_summer_time_ends() {
        // Thursdays at 10:00; winter time starts on Sunday 25 October 2026.
        let start = amsterdam(2026, 10, 15, 10, 0);
        let dates = expand(
            start,
            start + chrono::Duration::hours(2),
            Some("FREQ=WEEKLY;BYDAY=TH"),
            amsterdam(2026, 11, 6, 0, 0),
        )
        .unwrap();
        assert_eq!(
            local_starts(&dates),
            [
                "2026-10-15 10:00",
                "2026-10-22 10:00",
                "2026-10-29 10:00",
                "2026-11-05 10:00"
            ]
        );
        // 10:00 is 08:00 UTC in summer time and 09:00 UTC in winter time.
        assert_eq!(dates[1].starts_at.hour(), 8);
        assert_eq!(dates[2].starts_at.hour(), 9);
    }

    #[test]
    fn every_other_week_across_both_clock_changes() {
        // Saturdays at 10:00 every two weeks, from 14 March to 7 November.
        let start = amsterdam(2026, 3, 14, 10, 0);
        let dates = expand(
            start,
            start + chrono::Duration::hours(1),
            Some("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"),
            amsterdam(2026, 11, 8, 0, 0),
        )
        .unwrap();
        let starts = local_starts(&dates);
        assert_eq!(starts.first().map(String::as_str), Some("2026-03-14 10:00"));
        assert_eq!(starts[1], "2026-03-28 10:00", "the day before summer time");
        assert_eq!(starts[2], "2026-04-11 10:00");
        assert!(
            starts.contains(&"2026-10-24 10:00".to_owned()),
            "the day before winter time"
        );
        assert_eq!(starts.last().map(String::as_str), Some("2026-11-07 10:00"));
        assert_eq!(dates.len(), 18, "every other Saturday in 34 weeks");
        assert!(starts.iter().all(|start| start.ends_with("10:00")));
    }

    #[test]
    fn first_tuesday_of_the_month_stays_at_the_same_hour_all_year() {
        let start = amsterdam(2026, 1, 6, 19, 30);
        let dates = expand(
            start,
            start + chrono::Duration::hours(2),
            Some("FREQ=MONTHLY;BYDAY=1TU"),
            amsterdam(2027, 1, 1, 0, 0),
        )
        .unwrap();
        assert_eq!(
            local_starts(&dates),
            [
                "2026-01-06 19:30",
                "2026-02-03 19:30",
                "2026-03-03 19:30",
                "2026-04-07 19:30",
                "2026-05-05 19:30",
                "2026-06-02 19:30",
                "2026-07-07 19:30",
                "2026-08-04 19:30",
                "2026-09-01 19:30",
                "2026-10-06 19:30",
                "2026-11-03 19:30",
                "2026-12-01 19:30",
            ]
        );
    }

    #[test]
    fn until_is_the_last_moment_of_the_series() {
        // UNTIL is a UTC moment: 09:00 UTC on 7 April is 11:00 local, after
        // that day's 10:00 start, so 7 April is the last date.
        let start = amsterdam(2026, 3, 24, 10, 0);
        let dates = expand(
            start,
            start + chrono::Duration::hours(1),
            Some("FREQ=WEEKLY;UNTIL=20260407T090000Z"),
            amsterdam(2026, 6, 1, 0, 0),
        )
        .unwrap();
        assert_eq!(
            local_starts(&dates),
            ["2026-03-24 10:00", "2026-03-31 10:00", "2026-04-07 10:00"]
        );
    }

    #[test]
    fn a_daily_time_in_the_skipped_hour_moves_on_one_hour_that_night_only() {
        // 02:30 does not exist on 29 March 2026 in Amsterdam.
        let start = amsterdam(2026, 3, 28, 2, 30);
        let dates = expand(
            start,
            start + chrono::Duration::minutes(30),
            Some("FREQ=DAILY;COUNT=3"),
            amsterdam(2026, 4, 30, 0, 0),
        )
        .unwrap();
        assert_eq!(
            local_starts(&dates),
            ["2026-03-28 02:30", "2026-03-29 03:30", "2026-03-30 02:30"]
        );
    }
}
