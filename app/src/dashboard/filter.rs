//! The dashboard's filters, as they are in the address:
//! `/dashboard?wijk=WK192603&doelgroep=ouderen&thema=eenzaamheid&periode=6m`.
//! Every part of the dashboard and every CSV export reads the same filter,
//! so a link or a download shows exactly what the professional chose.

use chrono::{Datelike, NaiveDate};

/// Which months the results and signals cover, counted back from this
/// month (which is included, up to today).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Period {
    LastMonths3,
    LastMonths6,
    #[default]
    LastMonths12,
    ThisYear,
    LastYear,
}

impl Period {
    pub const ALL: [Period; 5] = [
        Period::LastMonths3,
        Period::LastMonths6,
        Period::LastMonths12,
        Period::ThisYear,
        Period::LastYear,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Period::LastMonths3 => "3m",
            Period::LastMonths6 => "6m",
            Period::LastMonths12 => "12m",
            Period::ThisYear => "dit-jaar",
            Period::LastYear => "vorig-jaar",
        }
    }

    pub fn from_code(code: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|period| period.code() == code)
    }

    /// The first and last month of the period, for a reader on `today`.
    pub fn months(self, today: NaiveDate) -> (Month, Month) {
        let this_month = Month::of(today);
        match self {
            Period::LastMonths3 => (this_month.minus(2), this_month),
            Period::LastMonths6 => (this_month.minus(5), this_month),
            Period::LastMonths12 => (this_month.minus(11), this_month),
            Period::ThisYear => (Month::new(today.year(), 1), this_month),
            Period::LastYear => (
                Month::new(today.year() - 1, 1),
                Month::new(today.year() - 1, 12),
            ),
        }
    }
}

/// A calendar month, counted as `year * 12 + month - 1` so months compare
/// and subtract as numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(pub i32);

impl Month {
    /// `month` is 1 to 12.
    pub fn new(year: i32, month: u32) -> Month {
        Month(year * 12 + month as i32 - 1)
    }

    pub fn of(day: NaiveDate) -> Month {
        Month::new(day.year(), day.month())
    }

    pub fn year(self) -> i32 {
        self.0.div_euclid(12)
    }

    /// 1 to 12.
    pub fn number(self) -> u32 {
        self.0.rem_euclid(12) as u32 + 1
    }

    pub fn minus(self, months: i32) -> Month {
        Month(self.0 - months)
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year(), self.number(), 1).unwrap_or_default()
    }

    /// The first day of the next month.
    pub fn end(self) -> NaiveDate {
        Month(self.0 + 1).first_day()
    }

    /// `2026-03`, as in a `<input type="month">` and in CSV files.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}", self.year(), self.number())
    }

    /// Reads `2026-03`.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.trim().split_once('-')?;
        let (year, month): (i32, u32) = (year.parse().ok()?, month.parse().ok()?);
        ((1900..=9999).contains(&year) && (1..=12).contains(&month))
            .then(|| Month::new(year, month))
    }

    /// Every month from `first` to `last`, both included.
    pub fn range(first: Month, last: Month) -> impl Iterator<Item = Month> {
        (first.0..=last.0).map(Month)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DashboardFilter {
    /// A wijk's CBS code or slug.
    pub wijk: Option<String>,
    /// A target group's code.
    pub group: Option<String>,
    /// A theme's code.
    pub theme: Option<String>,
    pub period: Period,
}

impl DashboardFilter {
    /// Reads the query part of an address. Unknown names are left out;
    /// unknown values are kept, so that they match nothing rather than
    /// everything (the page says so).
    pub fn from_query(query: &str) -> DashboardFilter {
        let mut filter = DashboardFilter::default();
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match name.as_ref() {
                "wijk" => filter.wijk = Some(value.to_owned()),
                "doelgroep" => filter.group = Some(value.to_owned()),
                "thema" => filter.theme = Some(value.to_owned()),
                "periode" => filter.period = Period::from_code(value).unwrap_or_default(),
                _ => {}
            }
        }
        filter
    }

    /// The filter as a query (without `?`), with `extra` pairs after it.
    pub fn query_with(&self, extra: &[(&str, &str)]) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if let Some(wijk) = &self.wijk {
            query.append_pair("wijk", wijk);
        }
        if let Some(group) = &self.group {
            query.append_pair("doelgroep", group);
        }
        if let Some(theme) = &self.theme {
            query.append_pair("thema", theme);
        }
        if self.period != Period::default() {
            query.append_pair("periode", self.period.code());
        }
        for (name, value) in extra {
            query.append_pair(name, value);
        }
        query.finish()
    }

    /// `path` with the filter (and `extra`) as its query.
    pub fn address(&self, path: &str, extra: &[(&str, &str)]) -> String {
        match self.query_with(extra) {
            query if query.is_empty() => path.to_owned(),
            query => format!("{path}?{query}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_reads_its_address_and_writes_it_back() {
        let filter = DashboardFilter::from_query(
            "wijk=WK192603&doelgroep=ouderen&thema=eenzaamheid&periode=6m&x=1&behoefte=space",
        );
        assert_eq!(filter.wijk.as_deref(), Some("WK192603"));
        assert_eq!(filter.group.as_deref(), Some("ouderen"));
        assert_eq!(filter.theme.as_deref(), Some("eenzaamheid"));
        assert_eq!(filter.period, Period::LastMonths6);
        assert_eq!(
            filter.address("/dashboard/dekking.csv", &[]),
            "/dashboard/dekking.csv?wijk=WK192603&doelgroep=ouderen&thema=eenzaamheid&periode=6m"
        );
        // Empty values and the default period stay out of the address.
        let plain = DashboardFilter::from_query("wijk=&periode=12m&periode=nonsense");
        assert_eq!(plain, DashboardFilter::default());
        assert_eq!(plain.address("/dashboard", &[]), "/dashboard");
    }

    #[test]
    fn periods_count_back_from_this_month() {
        let today = NaiveDate::from_ymd_opt(2026, 2, 10).unwrap();
        let (first, last) = Period::LastMonths3.months(today);
        assert_eq!(
            (first.iso(), last.iso()),
            ("2025-12".into(), "2026-02".into())
        );
        let (first, last) = Period::LastYear.months(today);
        assert_eq!(
            (first.iso(), last.iso()),
            ("2025-01".into(), "2025-12".into())
        );
        let (first, last) = Period::ThisYear.months(today);
        assert_eq!(
            (first.iso(), last.iso()),
            ("2026-01".into(), "2026-02".into())
        );
        assert_eq!(Month::range(first, last).count(), 2);
        assert_eq!(
            Month::new(2025, 12).end(),
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
        );
        assert_eq!(Month::parse("2026-03"), Some(Month::new(2026, 3)));
        assert_eq!(Month::parse("2026-13"), None);
        assert_eq!(Month::parse("maart"), None);
    }
}
