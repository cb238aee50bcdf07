//! Expanding an activity with an RFC 5545 recurrence rule into its dates.
//!
//! The rule is read in Europe/Amsterdam, so a weekly coffee morning at 10:00
//! stays at 10:00 local time across the switch to and from summer time.

use chrono::{DateTime, Utc};
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
    let rule: RRule<Unvalidated> = rule
        .parse()
        .map_err(|error: rrule::RRuleError| RecurrenceError::InvalidRule(error.to_string()))?;
    let local_start = starts_at.with_timezone(&Tz::Europe__Amsterdam);
    let mut set = rule
        .build(local_start)
        .map_err(|error| RecurrenceError::InvalidRule(error.to_string()))?
        .before(until.with_timezone(&Tz::Europe__Amsterdam));
    if let Some(after) = after {
        set = set.after(after.with_timezone(&Tz::Europe__Amsterdam));
    }
    let dates = set.all(MAX_OCCURRENCES).dates;
    Ok(dates
        .into_iter()
        .map(|start| start.with_timezone(&Utc))
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
}
