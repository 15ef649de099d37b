//! ISO dates as the knowledge base writes them: `2015`, `2024-10`, `2024-10-22`.
//!
//! Reference periods are half-open `[from, to)` and a partial date sorts before every full date it is a
//! prefix of, so plain string comparison of validated dates is the right order. Question dates given as a
//! year or a month are widened to their last day ("members in 2016" means at the end of 2016) when they
//! are a point or an upper bound, and to their first day when they are a lower bound.

use blocwatch_text::{civil_from_days, days_from_civil};

use crate::error::AnalysisError;

/// A validated date with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct IsoDate {
    y: i32,
    m: Option<u32>,
    d: Option<u32>,
}

impl IsoDate {
    pub(crate) fn parse(s: &str) -> Result<IsoDate, AnalysisError> {
        let bad = || AnalysisError::InvalidDate(s.to_string());
        let t = s.trim();
        let parts: Vec<&str> = t.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, AnalysisError> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse().map_err(|_| bad())
        };
        let (y, m, d) = match parts.as_slice() {
            [y] => (num(y, 4)?, None, None),
            [y, m] => (num(y, 4)?, Some(num(m, 2)?), None),
            [y, m, d] => (num(y, 4)?, Some(num(m, 2)?), Some(num(d, 2)?)),
            _ => return Err(bad()),
        };
        let y = y as i32;
        if let Some(m) = m {
            if !(1..=12).contains(&m) {
                return Err(bad());
            }
            if let Some(d) = d {
                if d == 0 || d > days_in_month(y, m) {
                    return Err(bad());
                }
            }
        }
        Ok(IsoDate { y, m, d })
    }

    /// The first day of the period the date names.
    pub(crate) fn first_day(self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.y,
            self.m.unwrap_or(1),
            self.d.unwrap_or(1)
        )
    }

    /// The last day of the period the date names.
    pub(crate) fn last_day(self) -> String {
        let m = self.m.unwrap_or(12);
        let d = self.d.unwrap_or_else(|| days_in_month(self.y, m));
        format!("{:04}-{:02}-{:02}", self.y, m, d)
    }

    /// Days since 1970-01-01 of the first day.
    pub(crate) fn day_number(self) -> i64 {
        days_from_civil(i64::from(self.y), self.m.unwrap_or(1), self.d.unwrap_or(1))
    }

    pub(crate) fn year(self) -> i32 {
        self.y
    }

    pub(crate) fn month(self) -> Option<u32> {
        self.m
    }
}

/// A point in time for a question: validated and widened to its last day; `None` is today.
pub(crate) fn point(at: Option<&str>) -> Result<String, AnalysisError> {
    match at {
        Some(s) if !s.trim().is_empty() => Ok(IsoDate::parse(s)?.last_day()),
        _ => Ok(today()),
    }
}

/// A lower bound of a range, widened to its first day.
pub(crate) fn lower(from: Option<&str>) -> Result<Option<String>, AnalysisError> {
    from.filter(|s| !s.trim().is_empty())
        .map(|s| IsoDate::parse(s).map(IsoDate::first_day))
        .transpose()
}

/// An upper bound of a range, widened to its last day.
pub(crate) fn upper(to: Option<&str>) -> Result<Option<String>, AnalysisError> {
    to.filter(|s| !s.trim().is_empty())
        .map(|s| IsoDate::parse(s).map(IsoDate::last_day))
        .transpose()
}

/// Whether a reference period `[from, to)` covers the day `at`.
pub(crate) fn covers(from: Option<&str>, to: Option<&str>, at: &str) -> bool {
    from.is_none_or(|f| f <= at) && to.is_none_or(|t| at < t)
}

/// Whole days from `from` to `to` (both as stored; partial dates count from their first day); `None` when
/// either is not a date.
pub(crate) fn days_between(from: &str, to: &str) -> Option<i64> {
    let a = IsoDate::parse(from).ok()?;
    let b = IsoDate::parse(to).ok()?;
    Some(b.day_number() - a.day_number())
}

/// Today's date in UTC.
pub(crate) fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_widen_to_their_period() {
        assert_eq!(point(Some("2016")).unwrap(), "2016-12-31");
        assert_eq!(point(Some("2024-02")).unwrap(), "2024-02-29");
        assert_eq!(lower(Some("2024-02")).unwrap().unwrap(), "2024-02-01");
        assert_eq!(upper(Some("2023-02")).unwrap().unwrap(), "2023-02-28");
    }

    #[test]
    fn impossible_dates_are_errors() {
        for bad in [
            "2023-02-29",
            "2024-13",
            "24-01-01",
            "2024-1-5",
            "yesterday",
            "2024-01-01-01",
            "",
        ] {
            assert!(IsoDate::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn periods_are_half_open() {
        assert!(covers(Some("2017-06-09"), None, "2017-06-09"));
        assert!(!covers(Some("2017-06-09"), None, "2017-06-08"));
        assert!(!covers(Some("1992"), Some("1999-04-02"), "1999-04-02"));
        assert!(covers(Some("1992"), Some("1999-04-02"), "1999-04-01"));
    }

    #[test]
    fn day_numbers_round_trip() {
        for (s, n) in [
            ("1970-01-01", 0),
            ("2000-03-01", 11_017),
            ("2024-12-31", 20_088),
        ] {
            let d = IsoDate::parse(s).unwrap();
            assert_eq!(d.day_number(), n, "{s}");
            let (y, m, dd) = civil_from_days(n);
            assert_eq!(format!("{y:04}-{m:02}-{dd:02}"), s);
        }
        assert_eq!(days_between("2024-01-01", "2025-01-01"), Some(366));
    }
}
