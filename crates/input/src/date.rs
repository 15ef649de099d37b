//! Normalising the many ways a source writes a publication date.

use blocwatch_text::{civil_from_days, days_from_civil};

/// Normalises a declared date to `YYYY-MM-DD`, or to `YYYY-MM-DDTHH:MM:SSZ` (UTC) when it carries a
/// time and a zone. Returns `None` for anything it does not recognise.
///
/// Accepted: ISO 8601 / RFC 3339 (`2024-10-22`, `2024-10-22T10:30:00+03:00`, `2024-10-22 10:30Z`,
/// fractional seconds, `20241022`, `2024/10/22`), and RFC 2822 as RSS writes it
/// (`Tue, 22 Oct 2024 10:30:00 +0300`, `GMT`, `EST`, …, two-digit years). A time without a zone
/// cannot be placed on the UTC timeline, so only its date is kept.
///
/// ```
/// use blocwatch_input::normalize_date;
/// assert_eq!(normalize_date("2024-10-22T10:30:00+03:00").as_deref(), Some("2024-10-22T07:30:00Z"));
/// assert_eq!(normalize_date("Tue, 22 Oct 2024 01:00:00 +0300").as_deref(), Some("2024-10-21T22:00:00Z"));
/// assert_eq!(normalize_date("2024-10-22T10:30:00").as_deref(), Some("2024-10-22"));
/// assert_eq!(normalize_date("last Tuesday"), None);
/// ```
pub fn normalize_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let parsed = parse_iso(s).or_else(|| parse_rfc2822(s))?;
    Some(parsed.render())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Parsed {
    year: i64,
    month: u32,
    day: u32,
    /// Hour, minute, second and the zone's offset in seconds east of UTC, when both are known.
    time: Option<(u32, u32, u32, i64)>,
}

impl Parsed {
    fn new(year: i64, month: u32, day: u32) -> Option<Parsed> {
        let valid = (1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Parsed {
            year,
            month,
            day,
            time: None,
        })
    }

    fn with_time(mut self, h: u32, m: u32, s: u32, offset: Option<i64>) -> Option<Parsed> {
        if h > 23 || m > 59 || s > 60 {
            return None;
        }
        // A leap second is kept inside its minute.
        self.time = offset.map(|o| (h, m, s.min(59), o));
        Some(self)
    }

    fn render(self) -> String {
        match self.time {
            None => format!("{:04}-{:02}-{:02}", self.year, self.month, self.day),
            Some((h, m, s, offset)) => {
                let days = days_from_civil(self.year, self.month, self.day);
                let secs = days * 86_400 + i64::from(h * 3600 + m * 60 + s) - offset;
                let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
                let (y, mo, d) = civil_from_days(days);
                format!(
                    "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}Z",
                    rem / 3600,
                    rem % 3600 / 60,
                    rem % 60
                )
            }
        }
    }
}

/// A tiny cursor over ASCII bytes.
struct Cur<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Cur<'a> {
    fn new(s: &'a str) -> Cur<'a> {
        Cur {
            b: s.as_bytes(),
            i: 0,
        }
    }
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn digits(&mut self, n: usize) -> Option<u32> {
        let d = self.b.get(self.i..self.i + n)?;
        if !d.iter().all(u8::is_ascii_digit) {
            return None;
        }
        self.i += n;
        Some(d.iter().fold(0, |acc, &c| acc * 10 + u32::from(c - b'0')))
    }
    /// One or more digits (up to `max`).
    fn number(&mut self, max: usize) -> Option<(u32, usize)> {
        let start = self.i;
        while self.i - start < max && self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        let d = &self.b[start..self.i];
        if d.is_empty() {
            return None;
        }
        Some((
            d.iter().fold(0, |acc, &c| acc * 10 + u32::from(c - b'0')),
            d.len(),
        ))
    }
    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(|c| c == b' ' || c == b'\t') {
            self.i += 1;
        }
    }
    fn rest(&self) -> &'a [u8] {
        &self.b[self.i.min(self.b.len())..]
    }
    fn done(&self) -> bool {
        self.i >= self.b.len()
    }
}

fn parse_iso(s: &str) -> Option<Parsed> {
    let mut c = Cur::new(s);
    let year = c.digits(4)?;
    let (month, day) = match c.peek()? {
        sep @ (b'-' | b'/' | b'.') => {
            c.i += 1;
            let m = c.number(2)?.0;
            if !c.eat(sep) {
                return None;
            }
            (m, c.number(2)?.0)
        }
        _ => (c.digits(2)?, c.digits(2)?),
    };
    let date = Parsed::new(i64::from(year), month, day)?;
    if c.done() {
        return Some(date);
    }
    if !(c.eat(b'T') || c.eat(b't') || c.eat(b' ')) {
        return None;
    }
    c.skip_spaces();
    let h = c.digits(2)?;
    if !c.eat(b':') {
        return None;
    }
    let m = c.digits(2)?;
    let sec = if c.eat(b':') { c.digits(2)? } else { 0 };
    if c.eat(b'.') || c.eat(b',') {
        c.number(12)?;
    }
    c.skip_spaces();
    let offset = parse_zone(c.rest())?;
    date.with_time(h, m, sec, offset)
}

/// A zone at the end of a timestamp: `Z`, `±HH:MM`, `±HHMM`, `±HH`, or a name. `Some(None)` means
/// no zone; `None` means trailing garbage.
fn parse_zone(rest: &[u8]) -> Option<Option<i64>> {
    let text = std::str::from_utf8(rest).ok()?.trim();
    if text.is_empty() {
        return Some(None);
    }
    if let Some(sign) = text.strip_prefix(['+', '-']).map(|_| text.as_bytes()[0]) {
        let digits: Vec<u8> = text[1..].bytes().filter(|&b| b != b':').collect();
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let (h, m) = match digits.len() {
            2 => (num(&digits[..2]), 0),
            4 => (num(&digits[..2]), num(&digits[2..])),
            _ => return None,
        };
        if h > 18 || m > 59 {
            return None;
        }
        let offset = h * 3600 + m * 60;
        return Some(Some(if sign == b'-' { -offset } else { offset }));
    }
    let hours: i64 = match text.to_ascii_uppercase().as_str() {
        "Z" | "UT" | "UTC" | "GMT" => 0,
        "EST" => -5,
        "EDT" => -4,
        "CST" => -6,
        "CDT" => -5,
        "MST" => -7,
        "MDT" => -6,
        "PST" => -8,
        "PDT" => -7,
        "MSK" => 3,
        _ => return None,
    };
    Some(Some(hours * 3600))
}

fn num(d: &[u8]) -> i64 {
    d.iter().fold(0, |acc, &c| acc * 10 + i64::from(c - b'0'))
}

fn parse_rfc2822(s: &str) -> Option<Parsed> {
    let mut words = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .peekable();
    // An optional day name.
    if words.peek()?.bytes().all(|b| b.is_ascii_alphabetic()) {
        words.next();
    }
    let day: u32 = words.next()?.parse().ok()?;
    let month = month_number(words.next()?)?;
    let year_word = words.next()?;
    let year: i64 = match year_word.len() {
        4 => year_word.parse().ok()?,
        // RFC 822 two-digit years: the same window as RFC 5322's obsolete syntax.
        2 => {
            let y: i64 = year_word.parse().ok()?;
            if y < 50 {
                2000 + y
            } else {
                1900 + y
            }
        }
        _ => return None,
    };
    let date = Parsed::new(year, month, day)?;
    let Some(time) = words.next() else {
        return Some(date);
    };
    let mut c = Cur::new(time);
    let h = c.number(2)?.0;
    if !c.eat(b':') {
        return None;
    }
    let m = c.digits(2)?;
    let sec = if c.eat(b':') { c.digits(2)? } else { 0 };
    if !c.done() {
        return None;
    }
    let zone: String = words.collect::<Vec<_>>().join(" ");
    // Comments such as "(MSK)" after a numeric zone are allowed and ignored.
    let zone = zone.split('(').next().unwrap_or("").trim();
    let offset = parse_zone(zone.as_bytes()).unwrap_or(None);
    date.with_time(h, m, sec, offset)
}

fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = word.trim_end_matches('.').to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let pos = MONTHS.iter().position(|m| lower.starts_with(m))?;
    Some(pos as u32 + 1)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_date;

    fn check(input: &str, expect: Option<&str>) {
        assert_eq!(normalize_date(input).as_deref(), expect, "input: {input:?}");
    }

    #[test]
    fn iso_forms() {
        check("2024-10-22", Some("2024-10-22"));
        check(" 2024-10-22 ", Some("2024-10-22"));
        check("20241022", Some("2024-10-22"));
        check("2024/10/22", Some("2024-10-22"));
        check("2024-1-5", Some("2024-01-05"));
        check("2024-10-22T10:30:00Z", Some("2024-10-22T10:30:00Z"));
        check("2024-10-22T10:30:00.123456Z", Some("2024-10-22T10:30:00Z"));
        check("2024-10-22 10:30Z", Some("2024-10-22T10:30:00Z"));
        check("2024-10-22T01:30:00+03:00", Some("2024-10-21T22:30:00Z"));
        check("2024-12-31T22:00:00-0500", Some("2025-01-01T03:00:00Z"));
        check("2024-02-29T23:59:60+00", Some("2024-02-29T23:59:59Z"));
        check("2024-10-22T10:30:00", Some("2024-10-22"));
    }

    #[test]
    fn rfc2822_forms() {
        check(
            "Tue, 22 Oct 2024 10:30:00 GMT",
            Some("2024-10-22T10:30:00Z"),
        );
        check(
            "Tue, 22 Oct 2024 10:30:00 +0300",
            Some("2024-10-22T07:30:00Z"),
        );
        check("22 Oct 2024 10:30 EST", Some("2024-10-22T15:30:00Z"));
        check("Mon, 1 Jan 24 00:00:00 +0000", Some("2024-01-01T00:00:00Z"));
        check("1 September 2023", Some("2023-09-01"));
        check(
            "Tue, 22 Oct 2024 10:30:00 +0300 (MSK)",
            Some("2024-10-22T07:30:00Z"),
        );
        check("Tue, 22 Oct 2024 10:30:00", Some("2024-10-22"));
    }

    #[test]
    fn rejects() {
        check("", None);
        check("2024", None);
        check("2024-13-01", None);
        check("2023-02-29", None);
        check("2024-10-22T25:00:00Z", None);
        check("2024-10-22T10:30:00 nonsense", None);
        check("yesterday", None);
        check("31 Foo 2024", None);
    }
}
