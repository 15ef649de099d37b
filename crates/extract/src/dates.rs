//! Dates in Arabic, English and Russian sentences, as ISO 8601 strings exactly as precise as the text.
//!
//! Absolute forms: `2024-05-07`, `07.05.2024`, `7 May 2024`, `May 7, 2024`, `May 2024`, `in 2015`,
//! `mid-2024`, `7 мая 2024 года`, `в 2015 году`, `2024 г.`, `في 7 أيار/مايو 2024`, `عام ٢٠١٥`, `2015م`.
//! Forms without a year (`May 7`, `в мае`, `في مايو الماضي`) and relative ones (`yesterday`, `last
//! month`, `مطلع الشهر الحالي`, `в прошлом году`, `on Tuesday`) resolve against the document date; when the
//! document date is not precise enough for the form (`yesterday` with a date of `2024-10`) nothing is
//! returned, because inventing precision is worse than saying nothing.
//!
//! The word lists (month names in both Arabic series, Russian cases, cue words, relative phrases) are the
//! CSV files under `data/facts/`, compiled in. Matching runs on the normalised sentence (lower case, Arabic
//! letters folded, Arabic-Indic digits made ASCII), so the lists need no spelling variants; offsets are
//! mapped back to the original text.
//!
//! Choices worth knowing:
//! - A bare four-digit number is a year only with a cue next to it (`in`, `عام`, `году`, a month name); so
//!   `1,500 troops` and `2000 tanks` are not years.
//! - A month without a year takes the year that puts it between nine months before and two months after
//!   the document date (news rarely names a month further away without its year), unless a modifier says
//!   otherwise (`last May`, `مايو الماضي`, `в мае прошлого года`).
//! - A weekday name resolves to the latest such day on or before the document date: agencies write "said on
//!   Tuesday" in a story dated that Tuesday. `last Tuesday` / `الثلاثاء الماضي` is strictly before.
//! - `last week` resolves to the month (or year) that contains the whole of that week, never to a day.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, OnceLock, PoisonError};

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use blocwatch_text::{civil_from_days, days_from_civil, is_word_char, normalize, NormText};
use regex::{Captures, Regex};
use smallvec::SmallVec;

use crate::context::SentenceCtx;
use crate::walk::each_match_pair;
use crate::walk::WordDfa;
pub(crate) use crate::walk::{each_match, standard_dfa};

/// A date found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DateHit {
    /// Byte offsets into the **document** text.
    pub start: usize,
    pub end: usize,
    /// ISO 8601: `2015`, `2024-10` or `2024-10-22`.
    pub iso: String,
    /// Counted back to a background act ("a day after Pyongyang fired …"): no date of the story.
    pub back: bool,
    /// The year is written in the text (or counted from a written one), not the document's.
    pub explicit: bool,
    /// The start of a period that runs to the story ("since 2022", "a member since 1952"): a
    /// membership's date, but no day an act of the sentence was done on.
    pub since: bool,
    /// A year that names which of its kind a noun is («после войны 2008 года», «декларацию 1956
    /// года», "a tank lost in the 1982 war"): no day an act of the sentence was done on.
    pub of_noun: bool,
}

impl DateHit {
    /// Whether the hit can date an act of its sentence: it neither starts a period ([`DateHit::since`])
    /// nor names a noun's year ([`DateHit::of_noun`]).
    pub(crate) fn dates_act(&self) -> bool {
        !self.since && !self.of_noun
    }
}

const MONTHS_CSV: &str = include_str!("../../../data/facts/months.csv");
const CUES_CSV: &str = include_str!("../../../data/facts/date_cues.csv");
const RELATIVE_CSV: &str = include_str!("../../../data/facts/relative_dates.csv");
const DAY_WORDS_CSV: &str = include_str!("../../../data/facts/day_words.csv");

/// The digit shapes of a normalised sentence, from one byte pass: each is a necessary condition of some
/// date regexes, so a sentence without it never runs them (every form's digits are ASCII `[0-9]`).
#[derive(Debug, Clone, Copy, Default)]
struct DigitShapes {
    /// A maximal run of four or more ASCII digits (every written year).
    year: bool,
    /// A maximal run of one or two ASCII digits (every day of `7 May`, `May 7`, `7 May 2024`).
    short: bool,
    /// Four digits, `-`, a digit (every ISO date).
    iso: bool,
    /// A digit, `.` or `/`, a digit (every numeric `07.05.2024`).
    dotted: bool,
    /// Four digits, white space or none, then the first letter of a year marker (every `2015 году`).
    marked: bool,
}

fn digit_shapes(n: &str, marker_starts: &[char]) -> DigitShapes {
    let b = n.as_bytes();
    let mut out = DigitShapes::default();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let run = i - start;
        let next = b.get(i).copied();
        let after = b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if run >= 4 {
            out.year = true;
            // `2024-10-22`: the year is the last four digits of the run (a longer run cannot start the
            // match after a word character, but the gate only needs to be necessary).
            if next == Some(b'-') && after {
                out.iso = true;
            }
            // `\s` of the regexes is Unicode white space, as `trim_start` is.
            if n[i..].trim_start().starts_with(marker_starts) {
                out.marked = true;
            }
        } else if run <= 2 {
            out.short = true;
        }
        if matches!(next, Some(b'.' | b'/')) && after {
            out.dotted = true;
        }
    }
    out
}

/// The dates of one sentence, found on first use: events, amounts and memberships read them only once
/// they have found something to date, so a sentence where none does never pays for them. Derefs to
/// what [`find`] returns.
pub(crate) struct Dates<'c> {
    ctx: &'c SentenceCtx<'c>,
    /// The sentences of the chunk before this one, in order: where the story's date is read when a
    /// phrase counts from it and the sentence wrote none ("Kyiv responded two days later", «في اليوم
    /// نفسه»).
    before: &'c [SentenceCtx<'c>],
    found: std::cell::OnceCell<Vec<DateHit>>,
    walk: std::cell::OnceCell<WordWalk>,
}

impl<'c> Dates<'c> {
    /// The dates of a sentence read alone (no sentence before it).
    #[cfg(test)]
    pub(crate) fn new(ctx: &'c SentenceCtx<'c>) -> Dates<'c> {
        Dates::in_chunk(std::slice::from_ref(ctx), 0)
    }

    /// The dates of sentence `k` of a chunk's sentences `ctxs`.
    pub(crate) fn in_chunk(ctxs: &'c [SentenceCtx<'c>], k: usize) -> Dates<'c> {
        Dates {
            ctx: &ctxs[k],
            before: &ctxs[..k],
            found: std::cell::OnceCell::new(),
            walk: std::cell::OnceCell::new(),
        }
    }

    /// Where the sentence starts (byte offset in the document).
    pub(crate) fn start(&self) -> usize {
        self.ctx.range.start
    }

    /// The sentence normalised for matching (offsets relative to the sentence).
    pub(crate) fn norm(&self) -> &NormText {
        &self.ctx.norm
    }

    /// Whether the sentence wrote the date `iso` with its year (`DateHit::explicit`); `None` where it
    /// gives no such date. (Its dates as found once for its own stages: asked about a sentence before
    /// the one being coded, whose events were dated from them, it finds nothing a second time.)
    pub(crate) fn wrote(&self, iso: &str) -> Option<bool> {
        self.iter()
            .find(|h| h.iso == iso && !h.since)
            .map(|h| h.explicit)
    }

    /// The word automata of the dates and of the amounts over the sentence, walked once for both
    /// stages, by whichever first needs them.
    pub(crate) fn walk(&self) -> &WordWalk {
        self.walk.get_or_init(|| WordWalk::of(self.ctx))
    }
}

impl std::ops::Deref for Dates<'_> {
    type Target = [DateHit];

    fn deref(&self) -> &[DateHit] {
        self.found.get_or_init(|| {
            find_walked(
                self.ctx,
                || self.walk(),
                || story_date(self.before, STORY_DEPTH),
            )
        })
    }
}

/// How many sentences back the story's date is looked for, and how many times a sentence read for it
/// may itself look back for its own.
const STORY_REACH: usize = 3;
const STORY_DEPTH: usize = 2;

/// The story's date before a sentence: the first date that dates an act in the nearest of the
/// `STORY_REACH` sentences before it that has one (each read as the pipeline reads it, its own story
/// `depth - 1` deep). Only asked for by a sentence with a phrase that counts from the story and no date
/// of its own before the phrase, so it is rarely paid for.
///
/// The first, not the last: a news sentence writes its main act's day first and the days of what it
/// hangs on that act after it ("China on Wednesday announced aid …, after the earthquake that struck
/// before dawn on Monday. The same day Damascus asked …": Wednesday; «Армения в пятницу обратилась …
/// после того, как в среду … . Накануне …»: Thursday). A period's start or a noun's year
/// ([`DateHit::dates_act`]: "a dialogue partner since 2016. A truce agreed on 10 October …", «с 2016
/// года», "the 1915 killings") is no day of the story. Session 46: devx event dates right 6064 → 6079
/// of 6797 (ar +3, en +6, ru +6, none lost), the gates 285 of 307 unchanged; the last date that dates
/// an act instead, devx was 6069.
fn story_date(before: &[SentenceCtx<'_>], depth: usize) -> Option<(String, bool)> {
    if depth == 0 {
        return None;
    }
    let k = before.len();
    for j in (k.saturating_sub(STORY_REACH)..k).rev() {
        let ctx = &before[j];
        let mut walk = None;
        let hits = find_walked(
            ctx,
            || &*walk.insert(WordWalk::of(ctx)),
            || story_date(&before[..j], depth - 1),
        );
        if let Some(h) = hits.iter().find(|h| !h.back && h.dates_act()) {
            return Some((h.iso.clone(), h.explicit));
        }
    }
    None
}

/// A match of a word automaton: (pattern, start, end) in the normalised sentence.
pub(crate) type WordMatch = (usize, usize, usize);

/// What the dates' word automaton (months, relative phrases, day words) and the amounts' money-and-scale
/// automaton report over a normalised sentence, each in its own order ([`each_match`]). The two are
/// walked in one loop ([`each_match_pair`]) over every sentence: each needs the amounts' walk and nearly
/// each the dates' (the stages ask for the dates of a sentence that names nothing too), and two
/// independent walks overlap where two in a row each wait on every byte's transition.
#[derive(Debug, Default)]
pub(crate) struct WordWalk {
    pub(crate) dates: SmallVec<[WordMatch; 8]>,
    pub(crate) money: SmallVec<[WordMatch; 8]>,
}

impl WordWalk {
    pub(crate) fn of(ctx: &SentenceCtx<'_>) -> WordWalk {
        let n = ctx.norm.as_str();
        let mut out = WordWalk::default();
        let money = crate::amounts::money_dfa();
        // (A sentence that names nothing too: the money words walked alone there, its dates, asked for
        // later in nearly every such sentence, cost a second walk — 1.4 % of the bench's news pass.)
        each_match_pair(
            &tables().words_ac,
            money,
            n,
            |p, s, e| out.dates.push((p, s, e)),
            |p, s, e| out.money.push((p, s, e)),
        );
        out
    }
}

/// Finds the dates of one sentence, in text order, non-overlapping (the pipeline asks [`Dates`]).
#[cfg(test)]
pub(crate) fn find(ctx: &SentenceCtx<'_>) -> Vec<DateHit> {
    let mut walk = None;
    find_walked(ctx, || &*walk.insert(WordWalk::of(ctx)), || None)
}

/// [`find`], with the sentence's word walk from `walk` (called at most once, and not for an empty
/// sentence).
// Not inlined into the pipeline's loop, so that a profile shows the stage under its own name.
#[inline(never)]
fn find_walked<'w>(
    ctx: &SentenceCtx<'_>,
    walk: impl FnOnce() -> &'w WordWalk,
    story: impl FnOnce() -> Option<(String, bool)>,
) -> Vec<DateHit> {
    let text = ctx.text;
    if text.is_empty() {
        return Vec::new();
    }
    let t = tables();
    let norm = ctx.norm.clone();
    let n = norm.as_str();
    // Every absolute form needs a digit, except a month name introduced by a cue ("in May").
    let digit = any_pair(n.as_bytes(), |b, _| b.is_ascii_digit());
    // One automaton pass finds the month names and the relative phrases of the sentence together.
    let words = word_hits_from(t, &walk().dates);
    // Without a digit, a month or a relative phrase no pattern below can match: most sentences leave
    // here after the one pass.
    if !digit && !words.month && words.rel.is_empty() {
        return Vec::new();
    }
    // The gate over the text as written (a digit, or the first word of a month or relative phrase in
    // any spelling) decides as it always has: it is narrower than the one above in rare cases (a month
    // written with vowel marks), and the output must not change with the order of the checks.
    if !has_digit(text) && !word_in_text(t, text, &norm, &words) {
        return Vec::new();
    }
    let doc = ctx.doc_date.and_then(DocDate::parse);
    let mut cands: Vec<Cand> = Vec::new();
    let has_month = words.month;
    // Seven of the forms carry a four-digit year; a sentence whose digits are only days, counts and
    // sums ("$5 billion", "40 %", "on the 7th") never runs their regexes.
    let shapes = if digit {
        digit_shapes(n, &t.marker_starts)
    } else {
        DigitShapes::default()
    };
    let has_year = shapes.year;
    let scripts = script_mask(n);
    for kind in PAT_KINDS {
        // Most sentences have neither a digit nor a month name: the automaton and the byte scan skip
        // them without running a regex.
        let needs_month = !matches!(
            kind,
            PatKind::Iso | PatKind::NumericDmy | PatKind::YearPre | PatKind::YearPost
        );
        let needs_digit = !matches!(kind, PatKind::MonthCue | PatKind::DayWord);
        let needs_year = !matches!(
            kind,
            PatKind::Dm | PatKind::Md | PatKind::MonthCue | PatKind::DayWord
        );
        if (needs_digit && !digit) || (needs_month && !has_month) || (needs_year && !has_year) {
            continue;
        }
        let shape_ok = match kind {
            PatKind::Iso => shapes.iso,
            PatKind::NumericDmy => shapes.dotted,
            PatKind::Dm | PatKind::Md | PatKind::Dmy | PatKind::Mdy => shapes.short,
            PatKind::YearPost => shapes.marked,
            PatKind::DayWord => words.day_word,
            _ => true,
        };
        if !shape_ok {
            continue;
        }
        // (Compiled at the first sentence of these scripts that gets this far: a kind no sentence of
        // the scripts reaches is never compiled.)
        let Some(p) = t.pattern(scripts, kind) else {
            continue;
        };
        let mut each = |caps: &DateCaps<'_>| {
            if let Some(c) = absolute(t, p.kind, caps, n, text, &norm, doc) {
                cands.push(c);
            }
        };
        if t.years_by_hand && matches!(kind, PatKind::YearPre | PatKind::YearPost) {
            // (The fast matcher, then the groups read by hand; the capture engine where they are not.)
            for m in p.re.find_iter(n) {
                match year_groups(n, kind, m.start(), m.end()) {
                    Some(caps) => each(&caps),
                    None => {
                        if let Some(caps) = p.re.captures_at(n, m.start()) {
                            each(&DateCaps::of(&caps, &p.groups, n));
                        }
                    }
                }
            }
        } else {
            for caps in p.re.captures_iter(n) {
                each(&DateCaps::of(&caps, &p.groups, n));
            }
        }
    }
    relative(t, &words.rel, n, text, &norm, doc, &mut cands);

    // A written year first ("نيسان/أبريل 2023" beats "في نيسان/أبريل"), then longest ("7 May 2024" beats
    // "May 2024" and "in 2024"), then leftmost.
    cands.sort_by(|a, b| {
        b.explicit
            .cmp(&a.explicit)
            .then((b.e - b.s).cmp(&(a.e - a.s)))
            .then(a.s.cmp(&b.s))
    });
    let mut kept: Vec<Cand> = Vec::new();
    for c in cands {
        if kept.iter().all(|k| c.e <= k.s || c.s >= k.e) {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| c.s);
    // The story's date, read from the sentences before only when a phrase needs it.
    let mut story_cell: Option<Option<Cand>> = None;
    let mut story = Some(story);
    let mut story_anchor = || -> Option<Cand> {
        story_cell
            .get_or_insert_with(|| {
                let (iso, explicit) = story.take().and_then(|f| f())?;
                Some(Cand {
                    s: 0,
                    e: 0,
                    iso,
                    explicit,
                    yearless: false,
                    back: false,
                })
            })
            .clone()
    };
    // "on 1 January 2025; Nigeria was added on 17 January": a month named without its year takes the
    // year written earlier in the same sentence, else the story's year (the sentences before: "… 1 May
    // 1960 … . At the summit on 16 May …"), before the document's.
    let mut year: Option<String> = None;
    for c in &mut kept {
        if c.explicit {
            year = c.iso.get(..4).map(str::to_string);
        } else if c.yearless && year.is_none() {
            // (Only a year the story wrote: a weekday or "yesterday" before says nothing the
            // document's date does not.)
            year = story_anchor()
                .filter(|k| k.explicit)
                .and_then(|k| k.iso.get(..4).map(str::to_string));
        }
        if let (false, true, Some(y)) = (c.explicit, c.yearless, &year) {
            let candidate = format!("{y}{}", c.iso.get(4..).unwrap_or_default());
            // 29 February moves only into a leap year.
            let valid =
                DocDate::parse(&candidate).is_some_and(|d| candidate.len() < 10 || d.d.is_some());
            if valid {
                c.iso = candidate;
            }
        }
    }
    // "joined in 2023 … and Sweden a year later", "ثم انضم إليها اليمن في العام نفسه": a year counted from
    // the last date the sentence wrote out before it (without one the phrase dates nothing: the document's
    // date is when the story was told, not the year it counts from).
    let mut counted: Vec<Cand> = Vec::new();
    for &Hit { s, e, pat } in &words.rel {
        let (unit, off, _) = t.rel_meta[pat];
        if !unit.counted()
            || continues_word(n, e)
            || !word_start(n, s)
            || kept.iter().any(|k| s < k.e && k.s < e)
            || (matches!(unit, Unit::Eve) && governs_noun(n, ctx.text, &norm, e))
        {
            continue;
        }
        if matches!(
            unit,
            Unit::YearsBack | Unit::MonthsBack | Unit::WeeksBack | Unit::WeeksLater
        ) {
            // "(extended the ban) for one year after …": a span that starts then, no act's date.
            if matches!(unit, Unit::YearsBack | Unit::MonthsBack | Unit::WeeksBack)
                && n[..s].trim_end().ends_with(" for")
            {
                continue;
            }
            // "more than a decade after", "nearly two years after", «почти через год после»: a count
            // the text gives as approximate dates nothing (the story's date stands).
            if bounded_count(t, n, s) {
                continue;
            }
            let before = kept.iter().rev().find(|k| k.e <= s).cloned();
            let anchor = match (before, unit) {
                (Some(k), _) => k.iso,
                (None, Unit::WeeksLater) => match story_anchor() {
                    Some(k) => k.iso,
                    None => continue,
                },
                (None, _) => match ctx.doc_date {
                    Some(d) => d.to_string(),
                    None => continue,
                },
            };
            if let Some(iso) = counted_back(&anchor, unit, off) {
                // Placed on its last word ("after", «после», "من"): it dates the clause that word opens.
                let last = n[s..e].rfind(' ').map_or(s, |i| s + i + 1);
                counted.push(Cand {
                    s: last,
                    e,
                    iso,
                    explicit: false,
                    yearless: false,
                    back: !matches!(unit, Unit::WeeksLater),
                });
            }
            continue;
        }
        if matches!(unit, Unit::DayOf | Unit::Eve) {
            // The last date before the phrase, if it names a day; with none, the document's day. A
            // year or month before it counts no days.
            // (In a sentence that wrote no date before it, the story's day: "Kyiv responded two days
            // later", «وقطعت تايوان في اليوم نفسه علاقاتها».)
            // "within hours of the earthquake of 25 April", "в тот же день, что и …": a phrase of the
            // same day with no date before it is the day of the one written after it.
            let same_day_after = || {
                let k = kept.iter().find(|k| k.s >= e && k.explicit)?;
                DocDate::parse(&k.iso).and_then(DocDate::day)
            };
            let day = match kept.iter().rev().find(|k| k.e <= s) {
                Some(k) => DocDate::parse(&k.iso).and_then(DocDate::day),
                None if off == 0 && same_day_after().is_some() => same_day_after(),
                // (Not a day later than the document's: «на следующий день после инаугурации», «في
                // اليوم التالي لـ…» with no day before count from something the text does not date, and
                // a day after the document's own cannot date what it reports.)
                None => story_anchor()
                    .and_then(|k| DocDate::parse(&k.iso).and_then(DocDate::day))
                    .or_else(|| (off <= 0).then(|| doc.and_then(DocDate::day)).flatten()),
            };
            if let Some(d) = day {
                // Placed on its last word: "a day after" dates the clause its "after" opens, not the
                // one before it.
                let last = n[s..e].rfind(' ').map_or(s, |i| s + i + 1);
                counted.push(Cand {
                    s: last,
                    e,
                    iso: fmt_days(d + off),
                    explicit: false,
                    yearless: false,
                    // («Накануне Иран атаковал Израиль» dates the clause's own act.)
                    back: off < 0 && matches!(unit, Unit::DayOf),
                });
            }
            continue;
        }
        let anchor = match kept.iter().rev().find(|k| k.explicit && k.e <= s) {
            Some(k) => k.clone(),
            None => match story_anchor() {
                Some(k) => k,
                None => continue,
            },
        };
        let Some(y) = anchor.iso.get(..4).and_then(|y| y.parse::<i64>().ok()) else {
            continue;
        };
        let iso = match unit {
            Unit::YearsLater => {
                format!("{:04}{}", y + off, anchor.iso.get(4..7).unwrap_or_default())
            }
            Unit::MonthOf => {
                let Some(m) = anchor.iso.get(5..7).and_then(|m| m.parse::<i64>().ok()) else {
                    continue;
                };
                let total = y * 12 + m - 1 + off;
                let (year, month) = (total.div_euclid(12), total.rem_euclid(12) + 1);
                // "في الرابع عشر من الشهر نفسه", "on the 14th of the same month", "19-го числа того же
                // месяца": a day written before the phrase is that month's day.
                let day = day_before(t, n, s);
                match day.and_then(|(ds, d)| {
                    let (y, m) = (i32::try_from(year).ok()?, u32::try_from(month).ok()?);
                    Some((ds, fmt_day(y, m, d)?))
                }) {
                    Some((ds, iso)) => {
                        counted.push(Cand {
                            s: ds,
                            e,
                            iso,
                            explicit: false,
                            yearless: false,
                            back: false,
                        });
                        continue;
                    }
                    None => format!("{year:04}-{month:02}"),
                }
            }
            _ => format!("{:04}", y + off),
        };
        counted.push(Cand {
            s,
            e,
            iso,
            explicit: false,
            yearless: false,
            back: false,
        });
    }
    if !counted.is_empty() {
        kept.extend(counted);
        kept.sort_by_key(|c| c.s);
    }
    join_counted(t, n, &mut kept);
    // "until 2027", "к 2030 году", "through 2027": the end of a period or a deadline is no date the
    // sentence's acts happened on, so they take the document's.
    kept.retain(|c| !after_deadline(t, n, c.s, c.e));
    let base = ctx.range.start;
    kept.into_iter()
        .map(|c| DateHit {
            of_noun: names_a_noun_s_year(t, n, c.s, c.e, &c.iso),
            start: base + norm.orig_start(c.s),
            end: base + norm.orig_end(c.e),
            since: opened_by(&t.sinces, n, c.s, c.e)
                || (c.iso.len() == 4 && opened_by(&t.since_years, n, c.s, c.e)),
            iso: c.iso,
            back: c.back,
            explicit: c.explicit,
        })
        .collect()
}

/// Whether the bare year matched at `s..e` of `n` names which of its kind a noun is rather than when
/// something was done: Russian puts the noun's year in the genitive after it with no preposition before
/// («войны 2008 года», «декларацию 1956 года»: the match opens with the year and ends in a
/// `noun_year_after` word), English between the article and the noun ("in the 1982 Lebanon war": a
/// `noun_year_before` word right before the year), Arabic after a participle on the noun («المعاهدة
/// الموقعة عام ١٩٨٧»: a `noun_year_participle` stem up to three words before, no comma between).
fn names_a_noun_s_year(t: &Tables, n: &str, s: usize, e: usize, iso: &str) -> bool {
    if iso.len() != 4 {
        return false;
    }
    let m = &n[s..e];
    let Some(at) = m.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let (head, tail) = (m[..at].trim_end(), m[at + 4..].trim());
    // (A participle on a noun up to three words before: «الاتفاق الموقع بين البلدين عام 2018».)
    let participle = n[..s]
        .split_whitespace()
        .rev()
        .take(3)
        .take_while(|w| !w.ends_with([',', '،', ';', ':']))
        .any(|w| {
            t.noun_year_participles
                .iter()
                .any(|p| w.starts_with(p.as_str()))
        });
    participle
        || (head.is_empty() && t.noun_year_after.iter().any(|w| w == tail))
        || t.noun_year_before.iter().any(|w| {
            head.strip_suffix(w.as_str())
                .is_some_and(|h| h.ends_with(char::is_whitespace))
        })
}

/// The day of the month written right before a "same month" phrase that starts at `s` of `n`, and where it
/// starts: a day word or a number, then `من`/`of`/`числа` ("الثامن والعشرين من", "the 14th of", "14-го
/// числа").
fn day_before(t: &Tables, n: &str, s: usize) -> Option<(usize, u32)> {
    let head = n[..s].trim_end();
    let head = ["من", "of", "числа"]
        .iter()
        .find_map(|p| {
            head.strip_suffix(p)
                .filter(|h| h.ends_with(char::is_whitespace))
        })?
        .trim_end();
    // A day word, the longest that ends the head at a word start ("الثامن والعشرين" over "العشرين").
    let word = t
        .day_words
        .iter()
        .filter(|(w, _)| head.ends_with(w.as_str()))
        .map(|(w, &d)| (head.len() - w.len(), d))
        .filter(|&(at, _)| word_start(n, at))
        .min_by_key(|&(at, _)| at);
    if word.is_some() {
        return word;
    }
    // A number with an ordinal ending: "14th", "14-го", "14".
    let bare = head
        .trim_end_matches(|c: char| c.is_alphabetic())
        .trim_end_matches('-');
    let digits = bare.len() - bare.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let at = bare.len() - digits;
    if digits == 0 || digits > 2 || !word_start(n, at) {
        return None;
    }
    let d: u32 = bare[at..].parse().ok()?;
    (1..=31).contains(&d).then_some((at, d))
}

/// Joins a day or month written without its year to the counted phrase after it that names the year
/// or the month: "في سبتمبر/أيلول من العام نفسه", «18 декабря того же года», "in May of the same year"
/// take the counted year (at the day's precision); "في الرابع عشر من الشهر نفسه", "في الثامن عشر من
/// الشهر الجاري" are that day of the counted month.
fn join_counted(t: &Tables, n: &str, kept: &mut Vec<Cand>) {
    // The words between the two parts: nothing, "من" or "of".
    let joined = |a_end: usize, b_start: usize| {
        a_end <= b_start && matches!(n[a_end..b_start].trim(), "" | "من" | "of")
    };
    let mut i = 0;
    while i < kept.len() {
        let b = &kept[i];
        let counted_year = !b.explicit && b.iso.len() == 4;
        let counted_month = !b.explicit && b.iso.len() == 7;
        if counted_year && i > 0 {
            let a = &kept[i - 1];
            if a.yearless && a.iso.len() > 4 && joined(a.e, b.s) {
                let iso = format!("{}{}", b.iso, &a.iso[4..]);
                let valid = DocDate::parse(&iso).is_some_and(|d| iso.len() < 10 || d.d.is_some());
                if valid {
                    let e = b.e;
                    let a = &mut kept[i - 1];
                    a.iso = iso;
                    a.e = e;
                    a.yearless = false;
                    kept.remove(i);
                    continue;
                }
            }
        }
        if counted_month {
            // (A `month_of` phrase has its day already: this is for "الشهر الجاري" and the like.)
            let day = day_before(t, n, b.s).filter(|&(s, _)| i == 0 || kept[i - 1].e <= s);
            if let Some((s, d)) = day {
                let (y, m) = (b.iso[..4].parse().ok(), b.iso[5..7].parse().ok());
                if let Some(iso) = y.zip(m).and_then(|(y, m)| fmt_day(y, m, d)) {
                    let b = &mut kept[i];
                    b.iso = iso;
                    b.s = s;
                }
            }
        }
        i += 1;
    }
}

/// Whether the date at `[s, e)` of `n` opens with a deadline word ("by 2030", matched with its cue) or
/// follows one ("до конца 2026 года").
/// The month a normalised month word names ("january", «января», "يناير"), from the months table.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    tables().months.get(word).map(|&(m, _)| m)
}

fn after_deadline(t: &Tables, n: &str, s: usize, e: usize) -> bool {
    opened_by(&t.deadlines, n, s, e)
}

/// Whether the date at `[s, e)` of `n` opens with one of `words` (matched with its cue) or follows one.
fn opened_by(words: &[String], n: &str, s: usize, e: usize) -> bool {
    let inner = &n[s..e];
    let before = n[..s].trim_end();
    words.iter().any(|d| {
        let opens = inner.starts_with(d.as_str()) && inner[d.len()..].starts_with(' ');
        let follows = before.ends_with(d.as_str()) && word_start(n, before.len() - d.len());
        opens || follows
    })
}

/// The last `max_bytes` or so of `text`, cut after a space so that no word is split: enough to read the
/// last few words without tokenizing a whole long sentence again for every cue.
pub(crate) fn tail(text: &str, max_bytes: usize) -> &str {
    if text.len() <= max_bytes {
        return text;
    }
    let mut i = text.len() - max_bytes;
    while !text.is_char_boundary(i) {
        i += 1;
    }
    match text[i..].find(' ') {
        Some(j) => &text[i + j + 1..],
        None => &text[i..],
    }
}

/// Whether `text` has an ASCII or Arabic-Indic digit, in one byte pass: `٠`–`٩` (U+0660–U+0669) are
/// `D9 A0`–`D9 A9` in UTF-8 and `۰`–`۹` (U+06F0–U+06F9) `DB B0`–`DB B9`; `D9` and `DB` only ever lead
/// a character, so the pair is the digit.
pub(crate) fn has_digit(text: &str) -> bool {
    any_pair(text.as_bytes(), |b, next| {
        b.is_ascii_digit()
            | ((b == 0xD9) & (next.wrapping_sub(0xA0) < 10))
            | ((b == 0xDB) & (next.wrapping_sub(0xB0) < 10))
    })
}

/// Whether the normalised text `n` holds an ASCII digit: every date a sentence writes with its year
/// ([`DateHit::explicit`]) does (the year is read from its digits).
pub(crate) fn has_ascii_digit(n: &str) -> bool {
    any_pair(n.as_bytes(), |b, _| b.is_ascii_digit())
}

/// Bytes looked at together by [`any_pair`].
const BLOCK: usize = 16;

/// Whether `at(b[i], b[i + 1])` holds at some `i` of `b` (the last byte is paired with 0). Tested
/// [`BLOCK`] places at a time with no branch per byte, which the compiler turns into a few vector
/// instructions (`at` must be branch-free and pure): a byte loop cost about eight instructions for each
/// byte of every sentence, and most sentences have no digit or a late one.
#[inline(always)]
fn any_pair(b: &[u8], at: impl Fn(u8, u8) -> bool) -> bool {
    let mut k = 0;
    // (`k + BLOCK < b.len()`: every place of the block has its next byte.)
    while k + BLOCK < b.len() {
        let (here, next) = (&b[k..k + BLOCK], &b[k + 1..=k + BLOCK]);
        if here
            .iter()
            .zip(next)
            .fold(false, |any, (&x, &y)| any | at(x, y))
        {
            return true;
        }
        k += BLOCK;
    }
    (k..b.len()).any(|i| at(b[i], b.get(i + 1).copied().unwrap_or(0)))
}

/// Whether the text as written holds the first word of a month or relative phrase (`word_ac`): looked
/// for first in the original text behind the words the normalised pass found, where it nearly always
/// is, and only then in the whole text, so that the answer is exactly `word_ac.is_match(text)`.
fn word_in_text(t: &Tables, text: &str, norm: &NormText, words: &WordHits) -> bool {
    let first = words.rel.first().map(|h| (h.s, h.e));
    let near = first.or(words.month_at).is_some_and(|(s, e)| {
        let (os, oe) = (norm.orig_start(s), norm.orig_end(e));
        text.get(os..oe).is_some_and(|w| t.word_ac.is_match(w))
    });
    near || t.word_ac.is_match(text)
}

/// A match of a word automaton in normalised offsets, with its pattern's index in its own list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub s: usize,
    pub e: usize,
    pub pat: usize,
}

/// What the one automaton pass over a normalised sentence found.
#[derive(Debug, Default)]
struct WordHits {
    /// Some month name occurs (anywhere, as any substring).
    month: bool,
    /// Where the first one found is.
    month_at: Option<(usize, usize)>,
    /// Some ordinal day word occurs (`الخامس عشر`, `fifteenth`): the `DayWord` form needs one.
    day_word: bool,
    /// The relative phrases, leftmost-longest and non-overlapping, in text order.
    rel: Vec<Hit>,
}

/// The [`WordHits`] of a sentence walked alone (the tests compare them with the regexes'; the pipeline
/// reads them from its [`WordWalk`]).
#[cfg(test)]
fn word_hits(t: &Tables, n: &str) -> WordHits {
    let mut matches = Vec::new();
    each_match(&t.words_ac, n, |p, s, e| matches.push((p, s, e)));
    word_hits_from(t, &matches)
}

/// The [`WordHits`] of the word automaton's `matches` over a sentence, in the order it reports them.
fn word_hits_from(t: &Tables, matches: &[WordMatch]) -> WordHits {
    let mut out = WordHits::default();
    let months = t.month_count;
    let rel_end = months + t.rel_count;
    for &(p, s, e) in matches {
        if p < months {
            out.month = true;
            out.month_at = out.month_at.or(Some((s, e)));
        } else if p < rel_end {
            out.rel.push(Hit {
                s,
                e,
                pat: p - months,
            });
        } else {
            out.day_word = true;
        }
    }
    leftmost_longest(&mut out.rel);
    out
}

/// Keeps of all (overlapping) matches the ones a leftmost-longest search finds: from the left, the
/// longest match starting first (the lowest pattern on a tie, as the automaton reports), then on from
/// its end.
pub(crate) fn leftmost_longest(hits: &mut Vec<Hit>) {
    let kept = leftmost_longest_first(hits);
    hits.truncate(kept);
}

/// [`leftmost_longest`] in place over a slice: the kept matches are moved to its front, in text order;
/// returns how many.
pub(crate) fn leftmost_longest_first(hits: &mut [Hit]) -> usize {
    if hits.len() < 2 {
        return hits.len();
    }
    hits.sort_unstable_by(|a, b| {
        a.s.cmp(&b.s)
            .then((b.e - b.s).cmp(&(a.e - a.s)))
            .then(a.pat.cmp(&b.pat))
    });
    let (mut at, mut kept) = (0, 0);
    for i in 0..hits.len() {
        if hits[i].s >= at {
            at = hits[i].e;
            hits[kept] = hits[i];
            kept += 1;
        }
    }
    kept
}

/// A candidate in normalised offsets.
#[derive(Debug, Clone)]
struct Cand {
    s: usize,
    e: usize,
    iso: String,
    /// The year is written in the text, not inferred from the document date.
    explicit: bool,
    /// A month (and day) whose year came from the document date, with no modifier ("on 17 January").
    yearless: bool,
    /// A day counted back from the sentence's ("a day after", «بعد يومين من»): the date of a background
    /// act, not of the story.
    back: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PatKind {
    /// 2024-05-07
    Iso,
    /// 07.05.2024, 07/05/2024
    NumericDmy,
    /// 7 May 2024
    Dmy,
    /// May 7, 2024
    Mdy,
    /// May 2024
    My,
    /// 7 May (year from the document)
    Dm,
    /// May 7 (year from the document)
    Md,
    /// in May (year from the document)
    MonthCue,
    /// الخامس عشر من يونيو 2001, the fifteenth of June (year optional)
    DayWord,
    /// in 2015, عام 2015, mid-2024
    YearPre,
    /// 2015 году, 2015 г., 2015م
    YearPost,
}

/// Every kind of date regex, in the order a sentence tries them (the order of its candidates, which
/// breaks ties among equally good ones).
const PAT_KINDS: [PatKind; 11] = [
    PatKind::Iso,
    PatKind::NumericDmy,
    PatKind::Dmy,
    PatKind::Mdy,
    PatKind::My,
    PatKind::Dm,
    PatKind::DayWord,
    PatKind::Md,
    PatKind::MonthCue,
    PatKind::YearPre,
    PatKind::YearPost,
];

/// Where a month or weekday without a year sits relative to the document date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Modifier {
    /// last May, مايو الماضي: the latest before the document's month.
    Prev,
    /// next May, مايو المقبل.
    Next,
    /// this May.
    This,
    /// May last year, мая прошлого года.
    PrevYear,
    NextYear,
    ThisYear,
}

#[derive(Debug)]
struct Pattern {
    kind: PatKind,
    re: Regex,
    /// The index of each group of [`G`] in `re` (`None` where the regex has no such group).
    groups: [Option<usize>; 6],
}

/// The named groups of the date regexes, looked up by index: `Captures::name` hashes the name on every
/// call, some ten calls per match.
#[derive(Debug, Clone, Copy)]
enum G {
    X,
    Y,
    M,
    Mo,
    D,
    Dw,
}

/// The names of [`G`]'s groups in the regexes, in its order.
const GROUP_NAMES: [&str; 6] = ["x", "y", "m", "mo", "d", "dw"];

/// A match of a date regex, its groups read by [`G`]: from the capture engine, or by hand
/// ([`year_groups`]).
#[derive(Debug, PartialEq)]
struct DateCaps<'h> {
    n: &'h str,
    spans: [Option<(usize, usize)>; 6],
}

/// A group of a [`DateCaps`], as `regex::Match` gives it.
#[derive(Debug, Clone, Copy)]
struct Group<'h> {
    n: &'h str,
    s: usize,
    e: usize,
}

impl<'h> Group<'h> {
    fn start(&self) -> usize {
        self.s
    }
    fn end(&self) -> usize {
        self.e
    }
    fn as_str(&self) -> &'h str {
        &self.n[self.s..self.e]
    }
}

impl<'h> DateCaps<'h> {
    /// The groups of a match of a regex of `n` whose groups of [`G`] are at `groups`.
    fn of(caps: &Captures<'h>, groups: &[Option<usize>; 6], n: &'h str) -> Self {
        DateCaps {
            n,
            spans: groups.map(|g| g.and_then(|i| caps.get(i)).map(|m| (m.start(), m.end()))),
        }
    }

    fn name(&self, g: G) -> Option<Group<'h>> {
        self.spans[g as usize].map(|(s, e)| Group { n: self.n, s, e })
    }
}

/// The groups of the match `ms..me` of the `YearPre` or `YearPost` regex (found by its fast matcher),
/// read by hand instead of by the capture engine (which clears a visited set of its program's states ×
/// the match's bytes for every match): `None` where the match begins the text (the lead may then be
/// empty) or where what is read is not the shape below. `x` is the match after its lead, which is the
/// one char at `ms` (`(?:^|[^\w])`: `^` matches at the text's start only). `YearPost`'s `x` opens with
/// the year's four digits (`{year}\s*(?:{post})`); `YearPre`'s (`{clitic}(?:{pre})(?:\s+(?:{pre}))?
/// (?:\s+the)?[\s-]+{year}(?:\s*(?:{post}))?`) holds no ASCII digit before them: the clitics, "the"
/// and the blanks hold none, and nor does a cue word ([`Tables::years_by_hand`]).
fn year_groups(n: &str, kind: PatKind, ms: usize, me: usize) -> Option<DateCaps<'_>> {
    if ms == 0 {
        return None;
    }
    let xs = ms + n[ms..].chars().next()?.len_utf8();
    let b = n.as_bytes().get(xs..me)?;
    let y = match kind {
        PatKind::YearPost => 0,
        PatKind::YearPre => b.iter().position(u8::is_ascii_digit)?,
        _ => return None,
    };
    if !b.get(y..y + 4)?.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut spans = [None; 6];
    spans[G::X as usize] = Some((xs, me));
    spans[G::Y as usize] = Some((xs + y, xs + y + 4));
    Some(DateCaps { n, spans })
}

#[derive(Debug, Clone, Copy)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
    Weekday,
    /// "a year later", "год спустя", "بعد عام": years after the date written before it in the sentence,
    /// as precise as that date down to its month.
    YearsLater,
    /// "the same year", "the following year", "في العام التالي", "в том же году": the year of the date
    /// written before it in the sentence, plus the offset.
    YearOf,
    /// "the following month", "a month later", "في الشهر التالي", "в том же месяце": the month of the
    /// date written before it in the sentence (which must name one), plus the offset.
    MonthOf,
    /// "a day after", "the next day", "в тот же день", "بعد يوم من": days counted from the day the
    /// sentence wrote before it, else from the document's day (the story's own day: "China banned
    /// exports, a day after Washington tightened its curbs" dates the curbs the day before the story);
    /// a day later than that ("the next day" with no day before it in the sentence or the story) is
    /// no date.
    DayOf,
    /// «накануне» as an adverb ("the day before": «Накануне Иран атаковал Израиль»): days counted as
    /// `DayOf`, from the day written before it, else the story's, else the document's, and dating the
    /// clause's own act. As a preposition («накануне выборов», "on the eve of") it names no day.
    Eve,
    /// "a decade after", «через три года после», "بعد تسع سنوات من": the act the phrase opens is that many
    /// years before the date written before it in the sentence, whatever its precision (a weekday
    /// too), else before the document's; as precise as a year.
    YearsBack,
    /// "a month after", «через два месяца после», "بعد شهرين من": that many months back, as
    /// [`Unit::YearsBack`]; as precise as a month.
    MonthsBack,
    /// "five weeks after", «через неделю после», "بعد أسبوع من": that many weeks back, as
    /// [`Unit::YearsBack`]; the month the day falls in (a month when the anchor names no day and the
    /// count is one week).
    WeeksBack,
    /// "a week later", "a week earlier": weeks counted from the date written before it in the sentence,
    /// else the story's; the month the day falls in, as [`Unit::WeeksBack`].
    WeeksLater,
}

impl Unit {
    /// Whether the unit counts from a date the sentence (or the story) wrote, not from the document's
    /// ([`find_walked`] resolves it; [`relative`] skips it).
    fn counted(self) -> bool {
        matches!(
            self,
            Unit::YearsLater
                | Unit::YearOf
                | Unit::MonthOf
                | Unit::DayOf
                | Unit::Eve
                | Unit::YearsBack
                | Unit::MonthsBack
                | Unit::WeeksBack
                | Unit::WeeksLater
        )
    }
}

#[derive(Debug)]
pub(crate) struct Tables {
    /// Normalised month word → (month, is English).
    months: HashMap<String, (u32, bool)>,
    /// Normalised ordinal day word → day of the month.
    day_words: HashMap<String, u32>,
    /// Every month word (patterns `0..month_count`), then every relative phrase (in `rel_meta`'s
    /// order, `rel_count` of them), then every day word, matched overlapping in one pass over the
    /// normalised sentence.
    words_ac: WordDfa,
    month_count: usize,
    rel_count: usize,
    /// Any month or relative-date word as written or normalised, over the original text: sentences with
    /// none of them and no digit have no date.
    word_ac: AhoCorasick,
    /// The words of the date regexes; [`Tables::patterns`] builds the regexes from them.
    pattern_words: PatternWords,
    /// Whether no cue word before a year holds an ASCII digit: then the groups of the `YearPre` and
    /// `YearPost` regexes are read by hand ([`year_groups`]).
    years_by_hand: bool,
    /// The date regexes per set of scripts a sentence holds and whether it writes `/` or `(`
    /// ([`date_pattern`]), one per kind of [`PAT_KINDS`], each built at its first use (`None`: the
    /// regex did not compile).
    patterns: [[OnceLock<Option<Pattern>>; PAT_KINDS.len()]; 16],
    /// Every date regex compiled so far, by its source: sets of scripts that keep the same words build
    /// the same source (the numeric kinds have no words; a mixed text's set often keeps what another
    /// set kept), and each source is compiled once ([`compiled_regex`]).
    compiled: Mutex<HashMap<String, Regex>>,
    /// Modifiers written before a month or weekday (`last`), longest first.
    mods_before: Vec<(String, Modifier)>,
    /// Modifiers written after (`الماضي`, `прошлого года`), longest first.
    mods_after: Vec<(String, Modifier)>,
    /// Per relative pattern: unit, offset, whether it is English (capitalised weekday names).
    rel_meta: Vec<(Unit, i64, bool)>,
    /// English words that may follow a bare cued year (`in 2015 the bloc`).
    year_follow: Vec<String>,
    /// Words that make the date after them the end of a period ("until 2027", "к 2030 году", "حتى عام
    /// 2027"), longest first.
    deadlines: Vec<String>,
    /// Words that make the date after them the start of a period ("since 2022").
    sinces: Vec<String>,
    /// Words that make a bare year right after them the start of a period («с 2011 года», منذ عام
    /// ٢٠١١) but date an act when a day follows them («с 1 января ввела»).
    since_years: Vec<String>,
    /// The marker after a noun's year («года»; `noun_year_after` rows) and the word before it ("the";
    /// `noun_year_before` rows): [`names_a_noun_s_year`].
    noun_year_after: Vec<String>,
    /// Words that make a count of years, months or weeks approximate ("more than a decade after",
    /// "nearly two years after", «почти через год после»; `count_bound` rows): such a span counts back to
    /// no date.
    count_bounds: Vec<String>,
    noun_year_before: Vec<String>,
    /// The stems of participles that hang a past act on a noun, up to three words before its year
    /// («المعاهدة الموقعة عام ١٩٨٧», «الاتفاق المبرم بين البلدين عام 2018»): `noun_year_participle`
    /// rows, [`names_a_noun_s_year`].
    noun_year_participles: Vec<String>,
    /// English units and counted nouns that make a number after a cue a count (`by 2000 people`).
    year_unit: Vec<String>,
    /// The first letters of the normalised year markers written after a year (`م`, `г`): a sentence
    /// without one after four digits never runs the `2015 году` regex.
    marker_starts: Vec<char>,
}

impl Tables {
    /// The date regex of `kind` for a text of [`script_mask`] `scripts`.
    fn pattern(&self, scripts: u8, kind: PatKind) -> Option<&Pattern> {
        let scripts = scripts & ALL_SCRIPTS;
        let k = PAT_KINDS.iter().position(|&x| x == kind)?;
        self.patterns[usize::from(scripts)][k]
            .get_or_init(|| date_pattern(&self.pattern_words, scripts, kind, &self.compiled))
            .as_ref()
    }

    /// Every date regex for a text of [`script_mask`] `scripts` that compiled, in [`PAT_KINDS`]' order.
    #[cfg(test)]
    fn patterns(&self, scripts: u8) -> Vec<&Pattern> {
        PAT_KINDS
            .iter()
            .filter_map(|&kind| self.pattern(scripts, kind))
            .collect()
    }
}

/// The stage's tables: built at the first sentence that needs them, or before by
/// `Extractor::build_stage_tables`.
pub(crate) static TABLES: LazyLock<Tables> = LazyLock::new(build_tables);

fn tables() -> &'static Tables {
    &TABLES
}

/// Reads a facts CSV compiled into the binary: the named columns of every row, in the order asked.
/// Rows missing a column or a `source` are skipped here; `tests::facts_data_is_complete` keeps the shipped
/// files free of them.
pub(crate) fn facts_rows(csv_text: &str, columns: &[&str]) -> Vec<Vec<String>> {
    let Some(headers) = crate::csv_text::records(csv_text).next() else {
        return Vec::new();
    };
    let idx: Vec<Option<usize>> = columns
        .iter()
        .map(|c| headers.iter().position(|h| h == c))
        .collect();
    let src = headers.iter().position(|h| h == "source");
    let mut out = Vec::new();
    for rec in crate::csv_text::rows(csv_text) {
        if src
            .and_then(|i| rec.get(i))
            .is_none_or(|s| s.trim().is_empty())
        {
            continue;
        }
        let row: Option<Vec<String>> = idx
            .iter()
            .map(|i| i.and_then(|i| rec.get(i)).map(|v| v.trim().to_string()))
            .collect();
        if let Some(row) = row {
            if row.iter().all(|v| !v.is_empty()) {
                out.push(row);
            }
        }
    }
    out
}

/// The words of [`alternation`], normalised, in its order: longest first, then by bytes, each once.
pub(crate) fn alternatives<'a>(words: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut ws: Vec<String> = words
        .into_iter()
        .map(normalize)
        .filter(|w| !w.is_empty())
        .collect();
    ws.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    ws.dedup();
    ws
}

/// A regex alternation of normalised words, longest first so that the leftmost match is the longest.
pub(crate) fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    alternatives(words)
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

fn build_tables() -> Tables {
    let mut months = HashMap::new();
    for r in facts_rows(MONTHS_CSV, &["lang", "word", "month"]) {
        if let Ok(m) = r[2].parse::<u32>() {
            if (1..=12).contains(&m) {
                months.insert(normalize(&r[1]), (m, r[0] == "en"));
            }
        }
    }
    let day_words: HashMap<String, u32> = facts_rows(DAY_WORDS_CSV, &["word", "day"])
        .into_iter()
        .filter_map(|r| Some((normalize(&r[0]), r[1].parse().ok()?)))
        .filter(|(_, d)| (1..=31).contains(d))
        .collect();
    let cues = facts_rows(CUES_CSV, &["lang", "word", "kind"]);
    let of_kind = |k: &'static str| {
        cues.iter()
            .filter(move |r| r[2] == k)
            .map(|r| r[1].as_str())
    };
    let mut mods_before = Vec::new();
    let mut mods_after = Vec::new();
    for r in &cues {
        let (m, after) = match r[2].as_str() {
            "prev_before" => (Modifier::Prev, false),
            "next_before" => (Modifier::Next, false),
            "this_before" => (Modifier::This, false),
            "prev_after" => (Modifier::Prev, true),
            "next_after" => (Modifier::Next, true),
            "this_after" => (Modifier::This, true),
            "prev_year_after" => (Modifier::PrevYear, true),
            "next_year_after" => (Modifier::NextYear, true),
            "this_year_after" => (Modifier::ThisYear, true),
            _ => continue,
        };
        let w = normalize(&r[1]);
        if after {
            mods_after.push((w, m));
        } else {
            mods_before.push((w, m));
        }
    }
    mods_before.sort_by_key(|m| std::cmp::Reverse(m.0.len()));
    mods_after.sort_by_key(|m| std::cmp::Reverse(m.0.len()));

    let mut marker_starts: Vec<char> = of_kind("year_after")
        .filter_map(|w| normalize(w).chars().next())
        .collect();
    marker_starts.sort_unstable();
    marker_starts.dedup();
    let pattern_words = PatternWords {
        months: alternatives(months.keys().map(String::as_str)),
        post: alternatives(of_kind("year_after")),
        pre: alternatives(of_kind("year_before")),
        mcue: alternatives(of_kind("month_before")),
        dayw: alternatives(day_words.keys().map(String::as_str)),
    };
    let patterns = Default::default();

    let mut rel_pats = Vec::new();
    let mut rel_meta = Vec::new();
    for r in facts_rows(RELATIVE_CSV, &["lang", "phrase", "unit", "offset"]) {
        let unit = match r[2].as_str() {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "weekday" => Unit::Weekday,
            "years_later" => Unit::YearsLater,
            "year_of" => Unit::YearOf,
            "month_of" => Unit::MonthOf,
            "day_of" => Unit::DayOf,
            "eve" => Unit::Eve,
            "years_back" => Unit::YearsBack,
            "months_back" => Unit::MonthsBack,
            "weeks_back" => Unit::WeeksBack,
            "weeks_later" => Unit::WeeksLater,
            _ => continue,
        };
        let Ok(off) = r[3].parse::<i64>() else {
            continue;
        };
        rel_pats.push(normalize(&r[1]));
        rel_meta.push((unit, off, r[0] == "en"));
    }
    let year_follow = of_kind("year_follow").map(normalize).collect();
    let mut deadlines: Vec<String> = of_kind("deadline").map(normalize).collect();
    deadlines.sort_by_key(|d| std::cmp::Reverse(d.len()));
    let year_unit = of_kind("year_unit").map(normalize).collect();
    let mut sinces: Vec<String> = of_kind("since").map(normalize).collect();
    sinces.sort_by_key(|d| std::cmp::Reverse(d.len()));
    let mut since_years: Vec<String> = of_kind("since_year").map(normalize).collect();
    since_years.sort_by_key(|d| std::cmp::Reverse(d.len()));
    let month_count = months.len();
    let rel_count = rel_pats.len();
    // The day words as the `DayWord` regex's alternation spells them, last.
    let words_ac = standard_dfa(
        months
            .keys()
            .chain(rel_pats.iter())
            .cloned()
            .chain(day_words.keys().map(|w| normalize(w))),
    );
    let mut words: Vec<String> = Vec::new();
    for r in facts_rows(MONTHS_CSV, &["word"])
        .into_iter()
        .chain(facts_rows(RELATIVE_CSV, &["phrase"]))
    {
        // The first word of a phrase is enough for a prefilter.
        let first = r[0].split(' ').next().unwrap_or_default().to_string();
        words.push(normalize(&first));
        words.push(first);
    }
    words.retain(|w| !w.is_empty());
    let word_ac = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .build(&words)
        .unwrap_or_else(|_| AhoCorasick::new(Vec::<String>::new()).expect("empty automaton"));
    Tables {
        day_words,
        word_ac,
        words_ac,
        month_count,
        rel_count,
        years_by_hand: !pattern_words
            .pre
            .iter()
            .any(|w| w.bytes().any(|b| b.is_ascii_digit())),
        pattern_words,
        year_follow,
        deadlines,
        sinces,
        since_years,
        noun_year_after: of_kind("noun_year_after").map(normalize).collect(),
        count_bounds: of_kind("count_bound").map(normalize).collect(),
        noun_year_before: of_kind("noun_year_before").map(normalize).collect(),
        noun_year_participles: of_kind("noun_year_participle").map(normalize).collect(),
        year_unit,
        marker_starts,
        months,
        patterns,
        compiled: Mutex::default(),
        mods_before,
        mods_after,
        rel_meta,
    }
}

/// The words of the date regexes' alternations (normalised, in [`alternation`]'s order).
#[derive(Debug)]
struct PatternWords {
    months: Vec<String>,
    /// Year markers after the year (`году`, `م`).
    post: Vec<String>,
    /// Cues before a year (`in`, `عام`).
    pre: Vec<String>,
    /// Cues before a month (`in`, `في`).
    mcue: Vec<String>,
    /// Ordinal day words.
    dayw: Vec<String>,
}

/// The scripts a char belongs to for [`script_mask`]: ASCII letters, Cyrillic (lead bytes D0–D3), Arabic
/// (D8–DB); and [`PAIRED`] for `/` and `(`. Other chars count as none.
pub(crate) fn script_bit(lead: u8) -> u8 {
    match lead {
        b'a'..=b'z' | b'A'..=b'Z' => 1,
        0xD0..=0xD3 => 2,
        0xD8..=0xDB => 4,
        b'/' | b'(' => PAIRED,
        _ => 0,
    }
}

/// The bit of [`script_mask`] for a text that writes `/` or `(`, which a month doubled as Arabic news
/// does needs ("أيار/مايو", "أيار (مايو)").
const PAIRED: u8 = 8;

/// Every bit of [`script_mask`]: the date regexes as they are for any text.
const ALL_SCRIPTS: u8 = 15;

/// The scripts that occur in `text` (bits of [`script_bit`]).
pub(crate) fn script_mask(text: &str) -> u8 {
    text.bytes().fold(0, |m, b| m | script_bit(b))
}

/// The date regex of `kind` with only the alternation words that can occur in a text whose scripts are
/// `scripts` (a word holding a letter of a script the text lacks cannot match anywhere in it), and
/// without the doubled month's second name in a text that writes no `/` or `(` ([`PAIRED`]).
///
/// Why: the month names of three languages (both Arabic series, Russian cases) make each regex's program
/// some 2,500 states, and every capture search clears a visited set of states × span bits and walks a
/// lazy DFA over all of them; an English sentence needs the English words alone.
///
/// Exact: an alternative that matches nowhere in the haystack changes no match and no capture (the
/// regex tries it and fails wherever it would have), and an alternation left with no word is a class that
/// matches nothing, as the absent words did. With every bit (`ALL_SCRIPTS`) every word is kept: the
/// regexes as they were. The doubled month is optional and opens with `/` or `(`: where neither is
/// written it never matches, and without it the program has one month alternation instead of two (the
/// capture searches clear a visited set in proportion).
///
/// One pattern is made per kind and set of scripts, at the first sentence that needs it (each regex takes
/// some 5 M instructions to compile: a run over mixed news reaches seven sets of scripts, but not every
/// kind in each); sets whose words give the same source share one compiled regex ([`compiled_regex`]).
fn date_pattern(
    w: &PatternWords,
    scripts: u8,
    kind: PatKind,
    compiled: &Mutex<HashMap<String, Regex>>,
) -> Option<Pattern> {
    let fits = |word: &&String| {
        word.bytes()
            .all(|b| script_bit(b) == 0 || script_bit(b) & scripts != 0)
    };
    // (An empty class: nothing matches it, as no word of an empty list would.)
    let alt = |ws: &[String]| -> String {
        let kept: Vec<&String> = ws.iter().filter(fits).collect();
        if kept.is_empty() {
            return r"[^\x00-\x{10FFFF}]".to_string();
        }
        kept.iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|")
    };
    let month_alt = alt(&w.months);
    let post = alt(&w.post);
    let pre = alt(&w.pre);
    let mcue = alt(&w.mcue);
    let dayw = alt(&w.dayw);
    // A month name, optionally doubled as Arabic news does: "أيار/مايو", "أيار (مايو)".
    let mm = if scripts & PAIRED != 0 {
        format!(r"(?P<m>{month_alt})\.?(?:\s*[/(]\s*(?:{month_alt})(?:\s*\))?)?")
    } else {
        format!(r"(?P<m>{month_alt})\.?")
    };
    // A range of days ("12-13 March", "22–24 октября") dates the claim by its first day.
    let day = r"(?P<d>[0-3]?[0-9])(?:st|nd|rd|th|-?го)?(?:\s*-\s*[0-3]?[0-9](?:st|nd|rd|th)?)?";
    let year = r"(?P<y>[0-9]{4})";
    // A year may carry its own marker after it even when a cue precedes: "в 2023 году", "عام 2001م".
    let year_m = format!(r"{year}(?:\s*(?:{post}))?");
    // Arabic proclitics (و ف ب ل ك) glue onto cue words: "وفي", "بعام", "لعام".
    let clitic = "(?:[وفبلك]{1,2})?";
    // No `\b`: Unicode word boundaries push the regex engine off its fast paths, and a leading class
    // hides the literal prefixes it scans for. Boundaries are checked on each match instead.
    let lead = r"(?:^|[^\w])";
    let src = match kind {
        PatKind::Iso => format!(r"{lead}(?P<x>{year}-(?P<mo>[0-9]{{1,2}})-(?P<d>[0-9]{{1,2}}))"),
        PatKind::NumericDmy => {
            format!(r"{lead}(?P<x>(?P<d>[0-9]{{1,2}})(?P<sep>[./])(?P<mo>[0-9]{{1,2}})[./]{year})")
        }
        PatKind::Dmy => format!(r"{lead}(?P<x>{day}\s+(?:of\s+)?{mm},?\s+{year_m})"),
        PatKind::Mdy => format!(r"{lead}(?P<x>{mm}\s+{day},?\s+{year_m})"),
        PatKind::My => format!(r"{lead}(?P<x>{mm},?\s+(?:of\s+)?{year_m})"),
        PatKind::Dm => format!(r"{lead}(?P<x>{day}\s+(?:of\s+)?{mm})"),
        PatKind::DayWord => format!(
            r"{lead}(?P<x>(?:the\s+)?(?P<dw>{dayw})\s+(?:of\s+|من\s+)?(?:شهر\s+)?{mm}(?:,?\s+{year_m})?)"
        ),
        PatKind::Md => format!(r"{lead}(?P<x>{mm}\s+{day})"),
        PatKind::MonthCue => {
            format!(r"{lead}(?P<x>{clitic}(?:{mcue})(?:\s+(?:{mcue}))?[\s-]+{mm})")
        }
        PatKind::YearPre => {
            format!(r"{lead}(?P<x>{clitic}(?:{pre})(?:\s+(?:{pre}))?(?:\s+the)?[\s-]+{year_m})")
        }
        PatKind::YearPost => format!(r"{lead}(?P<x>{year}\s*(?:{post}))"),
    };
    let re = compiled_regex(src, compiled)?;
    let groups = GROUP_NAMES.map(|g| re.capture_names().position(|name| name == Some(g)));
    Some(Pattern { kind, re, groups })
}

/// The regex of `src`, compiled at its first use and shared by every later pattern with the same source
/// (a clone: the same program, its own search caches). Exact: one source, one regex. (The lock is not
/// held while compiling: two threads may both compile a new source, and one copy is kept.)
fn compiled_regex(src: String, compiled: &Mutex<HashMap<String, Regex>>) -> Option<Regex> {
    let known = compiled
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get(&src)
        .cloned();
    if let Some(re) = known {
        return Some(re);
    }
    let re = Regex::new(&src).ok()?;
    let mut compiled = compiled.lock().unwrap_or_else(PoisonError::into_inner);
    Some(compiled.entry(src).or_insert(re).clone())
}

fn num(caps: &DateCaps<'_>, g: G) -> Option<u32> {
    caps.name(g)?.as_str().parse().ok()
}

/// Whether the normalised text continues a word (or a number) at `at`: then a match ending there is a
/// prefix of something longer ("2015s", "2000-km", "1990s").
fn continues_word(n: &str, at: usize) -> bool {
    match n[at..].chars().next() {
        Some(c) => is_word_char(c),
        None => false,
    }
}

/// Whether the text after a year's digits makes it a decade: a Russian plural ending after a hyphen
/// («1990-х», «2000-е», «1980-ми»). The ordinal endings of one year («2023-м», «2023-го») are not.
fn decade_ending(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(['-', '–']) else {
        return false;
    };
    let w = r
        .split(|c: char| !is_word_char(c))
        .next()
        .unwrap_or_default();
    matches!(w, "х" | "е" | "ые" | "ых" | "ми" | "ыми" | "x")
}

/// Whether a year match is followed by a decimal or more digits ("2015.5", "2015,300").
fn continues_number(n: &str, at: usize) -> bool {
    let rest = &n.as_bytes()[at..];
    matches!(rest, [b'.' | b',', d, ..] if d.is_ascii_digit())
}

fn absolute(
    t: &Tables,
    kind: PatKind,
    caps: &DateCaps<'_>,
    n: &str,
    orig: &str,
    norm: &NormText,
    doc: Option<DocDate>,
) -> Option<Cand> {
    let x = caps.name(G::X)?;
    let (s, mut e) = (x.start(), x.end());
    // The optional dot after a month is for abbreviations ("Jan."); after a full name it ends the sentence.
    if let Some(stem) = n[s..e].strip_suffix('.') {
        let last = stem
            .rsplit(|c: char| !is_word_char(c))
            .next()
            .unwrap_or_default();
        if last.chars().count() > 4 && t.months.contains_key(last) {
            e -= 1;
        }
    }
    if !word_start_plain(n, s) {
        return None;
    }
    // A year marker that is only the first letter of the next word ("عام 2022 مقابل": م) is no marker:
    // the year ends before it.
    if let Some(y) = caps.name(G::Y) {
        if kind != PatKind::YearPost && y.end() < e && continues_word(n, e) {
            e = y.end();
        }
    }
    // "г." and "Jan." end with a dot; anything else must end at a word boundary.
    if !n[..e].ends_with('.') && continues_word(n, e) {
        return None;
    }
    if caps.name(G::Y).is_some() && continues_number(n, e) {
        return None;
    }
    // «с 1990-х годов», «в 2000-е»: a decade names no year.
    if caps
        .name(G::Y)
        .is_some_and(|y| decade_ending(&n[y.end()..]))
    {
        return None;
    }
    let month = match caps.name(G::M) {
        Some(m) => {
            let &(month, english) = t.months.get(m.as_str())?;
            // English month names are capitalised; "may" is the verb.
            if english && !starts_upper(orig, norm, m.start()) {
                return None;
            }
            Some(month)
        }
        None => num(caps, G::Mo),
    };
    let day = match caps.name(G::Dw) {
        Some(w) => t.day_words.get(w.as_str()).copied(),
        None => num(caps, G::D),
    };
    let year = num(caps, G::Y).map(|y| y as i32);
    let iso = match kind {
        PatKind::Iso | PatKind::NumericDmy | PatKind::Dmy | PatKind::Mdy => {
            let (y, m, d) = (year?, month?, day?);
            if !plausible_year(y, 1000) {
                return None;
            }
            fmt_day(y, m, d)?
        }
        PatKind::My => {
            let (y, m) = (year?, month?);
            if !plausible_year(y, 1000) {
                return None;
            }
            fmt_month(y, m)?
        }
        PatKind::YearPre | PatKind::YearPost => {
            let y = year?;
            if !plausible_year(y, 1800) {
                return None;
            }
            if kind == PatKind::YearPre && counts_something(t, n, orig, norm, caps) {
                return None;
            }
            format!("{y:04}")
        }
        PatKind::DayWord if year.is_some() => {
            let (y, m, d) = (year?, month?, day?);
            if !plausible_year(y, 1000) {
                return None;
            }
            fmt_day(y, m, d)?
        }
        PatKind::Dm | PatKind::Md | PatKind::MonthCue | PatKind::DayWord => {
            let m = month?;
            let (modifier, ms, me) = modifiers(t, n, s, e);
            e = me;
            let y = year_for_month(m, modifier, doc?)?;
            let iso = match day {
                Some(d) => fmt_day(y, m, d)?,
                None => fmt_month(y, m)?,
            };
            return Some(Cand {
                s: ms,
                e,
                iso,
                explicit: false,
                yearless: modifier.is_none(),
                back: false,
            });
        }
    };
    Some(Cand {
        s,
        e,
        iso,
        explicit: true,
        yearless: false,
        back: false,
    })
}

/// Whether a cued year without a year word after it is really a count: "в 2000 километрах", "in 2000
/// troops". Russian: any lower-case word follows; English: a lower-case plural or unit.
fn counts_something(t: &Tables, n: &str, orig: &str, norm: &NormText, caps: &DateCaps<'_>) -> bool {
    let Some(y) = caps.name(G::Y) else {
        return false;
    };
    let x_end = caps.name(G::X).map_or(y.end(), |x| x.end());
    if x_end > y.end() {
        // The year carries its own marker ("году", "г.", "م").
        return false;
    }
    let rest = &n[y.end()..];
    let trimmed = rest.trim_start_matches(' ');
    if trimmed.len() == rest.len() {
        return false;
    }
    let word_len = trimmed
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(trimmed.len(), |(i, _)| i);
    let word = &trimmed[..word_len];
    let Some(first) = word.chars().next() else {
        return false;
    };
    let at = n.len() - trimmed.len();
    if starts_upper(orig, norm, at) || first.is_ascii_digit() {
        return false;
    }
    if ('\u{0400}'..='\u{04FF}').contains(&first) {
        return true;
    }
    // English: a plural noun or a unit counts; other words ("in 2015 the", "by mid-2025 is") do not.
    first.is_ascii_alphabetic()
        && !t.year_follow.iter().any(|w| w == word)
        && (word.ends_with('s') || t.year_unit.iter().any(|w| w == word))
}

fn plausible_year(y: i32, min: i32) -> bool {
    (min..=2100).contains(&y)
}

/// Whether the original character behind normalised offset `at` is upper case.
fn starts_upper(orig: &str, norm: &NormText, at: usize) -> bool {
    orig[norm.orig_start(at)..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// The modifier written next to a month or weekday match `[s, e)`, and the match widened to include it.
fn modifiers(t: &Tables, n: &str, s: usize, e: usize) -> (Option<Modifier>, usize, usize) {
    let after = &n[e..];
    let after_trim = after.trim_start();
    let gap = after.len() - after_trim.len();
    for (w, m) in &t.mods_after {
        if gap > 0 && after_trim.starts_with(w.as_str()) && !continues_word(after_trim, w.len()) {
            return (Some(*m), s, e + gap + w.len());
        }
    }
    let before = n[..s].trim_end();
    for (w, m) in &t.mods_before {
        if before.ends_with(w.as_str()) {
            let ws = before.len() - w.len();
            if !n[..ws].chars().next_back().is_some_and(is_word_char) {
                return (Some(*m), ws, e);
            }
        }
    }
    // A cue inside the match itself ("since last May" matched as a month cue).
    let inner = &n[s..e];
    let word_starts = std::iter::once(0).chain(inner.match_indices(' ').map(|(i, _)| i + 1));
    for i in word_starts {
        for (w, m) in &t.mods_before {
            if inner[i..].starts_with(w.as_str()) && inner[i + w.len()..].starts_with(' ') {
                return (Some(*m), s, e);
            }
        }
    }
    (None, s, e)
}

fn relative(
    t: &Tables,
    rel: &[Hit],
    n: &str,
    orig: &str,
    norm: &NormText,
    doc: Option<DocDate>,
    out: &mut Vec<Cand>,
) {
    for &Hit { s, e, pat } in rel {
        if continues_word(n, e) || !word_start(n, s) {
            continue;
        }
        let (unit, off, english) = t.rel_meta[pat];
        let Some(doc) = doc else { continue };
        let iso = match unit {
            Unit::Day => doc.day().map(|d| d + off).map(fmt_days),
            Unit::Week => doc.day().and_then(|d| week_iso(d, off)),
            Unit::Month => doc.m.map(|m| {
                let total = doc.y as i64 * 12 + (m as i64 - 1) + off;
                format!(
                    "{:04}-{:02}",
                    total.div_euclid(12),
                    total.rem_euclid(12) + 1
                )
            }),
            Unit::Year => Some(format!("{:04}", doc.y as i64 + off)),
            Unit::Weekday => {
                if english && !starts_upper(orig, norm, s) {
                    continue;
                }
                let (modifier, ms, me) = modifiers(t, n, s, e);
                let Some(d) = doc.day() else { continue };
                let wd = weekday(d);
                let back = (wd - off).rem_euclid(7);
                let date = match modifier {
                    Some(Modifier::Next) => {
                        let fwd = (off - wd).rem_euclid(7);
                        d + if fwd == 0 { 7 } else { fwd }
                    }
                    Some(Modifier::Prev) if back == 0 => d - 7,
                    _ => d - back,
                };
                out.push(Cand {
                    s: ms,
                    e: me,
                    iso: fmt_days(date),
                    explicit: false,
                    yearless: false,
                    back: false,
                });
                continue;
            }
            // Counted from the story's own date, not the document's: see `find` (`Unit::counted`).
            _ => None,
        };
        if let Some(iso) = iso {
            out.push(Cand {
                s,
                e,
                iso,
                explicit: false,
                yearless: false,
                back: false,
            });
        }
    }
}

/// Whether the word after a Russian preposition-or-adverb ending at `e` («накануне») is a noun in the
/// genitive that it governs («накануне выборов», «накануне визита Путина», «накануне 9 мая») rather than
/// the rest of the clause it dates («накануне Иран атаковал», «накануне вечером», «накануне, 12 мая»,
/// «заявил накануне президент»). A genitive ending that is no past-tense verb («заявила»), and for a
/// capitalised name in -а/-я («Москва») no past-tense verb right after it.
fn governs_noun(n: &str, orig: &str, norm: &NormText, e: usize) -> bool {
    let mut words = n[e..]
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty());
    let gap = n[e..].len() - n[e..].trim_start().len();
    // (Punctuation right after it: an adverb.)
    if !n[e + gap..].starts_with(is_word_char) {
        return false;
    }
    let Some(next) = words.next() else {
        return false;
    };
    let past = |w: &str| {
        ["л", "ла", "ло", "ли", "лся", "лась", "лось", "лись"]
            .iter()
            .any(|x| w.ends_with(x))
    };
    if next.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let genitive = [
        "а", "я", "ы", "и", "ов", "ев", "ей", "ого", "его", "ой", "ых", "их",
    ]
    .iter()
    .any(|x| next.ends_with(x));
    if !genitive || past(next) {
        return false;
    }
    let name = starts_upper(orig, norm, e + gap) && (next.ends_with('а') || next.ends_with('я'));
    !(name && words.next().is_some_and(past))
}

/// Whether a phrase starting at `s` starts a word, allowing one or two Arabic proclitics before it
/// ("وأمس", "بالأسبوع").
pub(crate) fn word_start(n: &str, s: usize) -> bool {
    let mut before = n[..s].chars().rev();
    let mut clitics = 0;
    loop {
        match before.next() {
            None => return true,
            Some(c) if !is_word_char(c) => return true,
            Some('و' | 'ف' | 'ب' | 'ل' | 'ك') if clitics < 2 => clitics += 1,
            Some(_) => return false,
        }
    }
}

/// Whether `s` starts a word (the character before it, if any, is not a word character).
pub(crate) fn word_start_plain(n: &str, s: usize) -> bool {
    !n[..s].chars().next_back().is_some_and(is_word_char)
}

/// The document date, as precise as it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DocDate {
    y: i32,
    m: Option<u32>,
    d: Option<u32>,
}

impl DocDate {
    /// `2024`, `2024-10`, `2024-10-22`, or a timestamp starting with one of those.
    fn parse(s: &str) -> Option<DocDate> {
        let s = s.trim();
        let mut parts = s.splitn(3, '-');
        let y: i32 = parts.next()?.get(..4)?.parse().ok()?;
        let m: Option<u32> = parts
            .next()
            .and_then(|p| p.get(..2)?.parse().ok())
            .filter(|m| (1..=12).contains(m));
        let d: Option<u32> = match m {
            Some(m) => parts
                .next()
                .and_then(|p| p.get(..2)?.parse().ok())
                .filter(|&d| d >= 1 && d <= days_in_month(y, m)),
            None => None,
        };
        Some(DocDate { y, m, d })
    }

    /// Days since 1970-01-01, when the day is known.
    fn day(self) -> Option<i64> {
        Some(days_from_civil(self.y as i64, self.m?, self.d?))
    }
}

/// The first and last day (days since 1970-01-01) of an ISO date as precise as it is written (`2024`,
/// `2024-10`, `2024-10-22`).
fn span_days(iso: &str) -> Option<(i64, i64)> {
    let d = DocDate::parse(iso)?;
    let y = d.y as i64;
    Some(match (d.m, d.d) {
        (Some(m), Some(day)) => {
            let x = days_from_civil(y, m, day);
            (x, x)
        }
        (Some(m), None) => (
            days_from_civil(y, m, 1),
            days_from_civil(y, m, days_in_month(d.y, m)),
        ),
        _ => (days_from_civil(y, 1, 1), days_from_civil(y, 12, 31)),
    })
}

/// How many days before the document's date a date of the story may end and still be the news of the
/// document rather than its background.
const NEWS_REACH_DAYS: i64 = 31;

/// Whether `iso` is the time of the document's news: it holds the document's date (`2024` or `2024-11`
/// in a story of 20 November 2024) or ends at most [`NEWS_REACH_DAYS`] before it, and does not start
/// after it. "Putin arrived in Hanoi on Tuesday. The two sides signed …" carries Tuesday on; "Germany
/// and France signed the treaty in 2019. The two countries agreed …" does not carry 2019 to a story
/// of 2024.
pub(crate) fn is_news_time(iso: &str, doc: &str) -> bool {
    let (Some((s, e)), Some((ds, de))) = (span_days(iso), span_days(doc)) else {
        return false;
    };
    s <= de && ds - e <= NEWS_REACH_DAYS
}

/// The year of a month named without one, from the document date and the modifier beside it.
fn year_for_month(m: u32, modifier: Option<Modifier>, doc: DocDate) -> Option<i32> {
    match modifier {
        Some(Modifier::PrevYear) => return Some(doc.y - 1),
        Some(Modifier::NextYear) => return Some(doc.y + 1),
        Some(Modifier::ThisYear) | Some(Modifier::This) => return Some(doc.y),
        _ => {}
    }
    let Some(dm) = doc.m else {
        // Only the year is known: a bare month is in it; "last May" cannot be placed.
        return match modifier {
            None => Some(doc.y),
            _ => None,
        };
    };
    let delta = m as i32 - dm as i32;
    Some(match modifier {
        Some(Modifier::Prev) => {
            if delta < 0 {
                doc.y
            } else {
                doc.y - 1
            }
        }
        Some(Modifier::Next) => {
            if delta > 0 {
                doc.y
            } else {
                doc.y + 1
            }
        }
        _ => {
            if delta > 2 {
                doc.y - 1
            } else if delta < -9 {
                doc.y + 1
            } else {
                doc.y
            }
        }
    })
}

/// The week `off` weeks from the one containing `day` (weeks start on Monday), as the month or year that
/// holds all of it.
fn week_iso(day: i64, off: i64) -> Option<String> {
    let monday = day - (weekday(day) - 1) + 7 * off;
    let (y1, m1, _) = civil_from_days(monday);
    let (y2, m2, _) = civil_from_days(monday + 6);
    Some(if (y1, m1) == (y2, m2) {
        format!("{y1:04}-{m1:02}")
    } else if y1 == y2 {
        format!("{y1:04}")
    } else {
        return None;
    })
}

/// 1 = Monday … 7 = Sunday.
fn weekday(days: i64) -> i64 {
    // 1970-01-01 was a Thursday.
    (days + 3).rem_euclid(7) + 1
}

/// Whether the counted span starting at byte `s` of the normalised sentence `n` follows a word that
/// makes its count approximate ([`Tables::count_bounds`]), a whole word or words, «чем» allowed
/// after it ("более чем через год").
fn bounded_count(t: &Tables, n: &str, s: usize) -> bool {
    let mut before = n[..s].trim_end();
    if let Some(rest) = before.strip_suffix("чем") {
        if rest.is_empty() || rest.ends_with(' ') {
            before = rest.trim_end();
        }
    }
    t.count_bounds.iter().any(|b| {
        before.ends_with(b.as_str()) && {
            let head = &before[..before.len() - b.len()];
            head.is_empty() || head.ends_with(' ')
        }
    })
}

/// The date `off` units of `unit` before `anchor` (an ISO date of any precision) for the units counted
/// back ("three years after …"; `off` counts back), or after it for [`Unit::WeeksLater`] (`off` signed):
/// a year, a month, or the month a day falls in ([`Unit`] says which). `None` where the anchor is not
/// precise enough (months from a year alone, several weeks from a month alone).
fn counted_back(anchor: &str, unit: Unit, off: i64) -> Option<String> {
    let a = DocDate::parse(anchor)?;
    let y = i64::from(a.y);
    match unit {
        Unit::YearsBack => Some(format!("{:04}", y - off)),
        Unit::MonthsBack => {
            let total = y * 12 + i64::from(a.m?) - 1 - off;
            Some(format!(
                "{:04}-{:02}",
                total.div_euclid(12),
                total.rem_euclid(12) + 1
            ))
        }
        Unit::WeeksBack | Unit::WeeksLater => {
            let weeks = if matches!(unit, Unit::WeeksBack) {
                -off
            } else {
                off
            };
            match a.day() {
                Some(d) => Some(fmt_days(d + 7 * weeks).get(..7)?.to_string()),
                None if weeks.abs() == 1 => fmt_month(a.y, a.m?),
                None => None,
            }
        }
        _ => None,
    }
}

fn fmt_days(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

fn fmt_day(y: i32, m: u32, d: u32) -> Option<String> {
    ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn fmt_month(y: i32, m: u32) -> Option<String> {
    (1..=12).contains(&m).then(|| format!("{y:04}-{m:02}"))
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Sentence contexts for the unit tests of the fact stages.

    use blocwatch_lexicon::{Kind, Lexicon};
    use blocwatch_text::Lang;

    use crate::context::{SentMention, SentenceCtx};
    use crate::record::QuantityRec;

    /// One quantity as the fact stages' tests expect it: `kind amount currency bound [parties] date`.
    pub(crate) fn quantity_line(q: &QuantityRec) -> String {
        format!(
            "{} {} {} {} [{}] {}",
            q.kind,
            q.amount,
            q.currency.as_deref().unwrap_or("-"),
            q.bound.as_deref().unwrap_or("-"),
            q.parties.join(" "),
            q.date.as_deref().unwrap_or("-")
        )
    }

    /// The texts of the sample corpus (`examples/news`, the three languages), for the tests that compare
    /// a fast path with the engine it replaces.
    pub(crate) fn example_texts() -> Vec<String> {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/news");
        let mut texts = Vec::new();
        for lang in ["ar", "en", "ru"] {
            let file = std::fs::read_to_string(format!("{root}/{lang}.jsonl")).unwrap_or_default();
            for line in file.lines() {
                let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
                texts.push(v["text"].as_str().unwrap_or_default().to_string());
            }
        }
        assert!(texts.len() > 30, "examples/news was not read");
        texts
    }

    /// A one-sentence document with its entity mentions, leaked so that the context can borrow it.
    pub(crate) fn ctx(text: &str, lang: Lang, date: Option<&str>) -> SentenceCtx<'static> {
        let lex = Lexicon::embedded();
        let text: &'static str = Box::leak(text.to_string().into_boxed_str());
        let date: Option<&'static str> = date.map(|d| &*Box::leak(d.to_string().into_boxed_str()));
        let mentions: Vec<SentMention<'static>> = lex
            .find(text, lang)
            .into_iter()
            .map(|m| {
                let e = lex.entity(m.entity);
                SentMention {
                    start: m.start,
                    end: m.end,
                    entity: m.entity,
                    id: e.id.as_str(),
                    kind: e.kind,
                    form: m.form,
                    country: match e.kind {
                        Kind::Person | Kind::Company | Kind::Initiative => {
                            e.country.map(|c| lex.entity(c).id.as_str())
                        }
                        _ => None,
                    },
                }
            })
            .collect();
        SentenceCtx {
            doc_text: text,
            range: 0..text.len(),
            text,
            lang,
            doc_date: date,
            norm: blocwatch_text::NormText::new(text),
            mentions: Box::leak(mentions.into_boxed_slice()),
            earlier: &[],
            lexicon: lex,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use blocwatch_text::Lang;

    /// `expect` lists `surface=iso` pairs, in text order.
    fn check(lang: Lang, date: Option<&str>, input: &str, expect: &[&str]) {
        let ctx = testing::ctx(input, lang, date);
        let got: Vec<String> = find(&ctx)
            .iter()
            .map(|h| format!("{}={}", &input[h.start..h.end], h.iso))
            .collect();
        assert_eq!(got, expect, "in {input:?}");
    }

    const D: Option<&str> = Some("2024-10-22"); // a Tuesday

    /// [`has_digit`] as it was written before [`any_pair`]: one byte at a time.
    fn has_digit_bytewise(text: &str) -> bool {
        let b = text.as_bytes();
        (0..b.len()).any(|i| match b[i] {
            b'0'..=b'9' => true,
            0xD9 => matches!(b.get(i + 1), Some(0xA0..=0xA9)),
            0xDB => matches!(b.get(i + 1), Some(0xB0..=0xB9)),
            _ => false,
        })
    }

    /// Each regex's matches, each as the span of every group.
    type Spans = Vec<Vec<Vec<Option<(usize, usize)>>>>;

    /// Every capture of each regex of `pats`, as positions.
    fn all_captures(pats: &[&Pattern], n: &str) -> Spans {
        pats.iter()
            .map(|p| {
                p.re.captures_iter(n)
                    .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                    .collect()
            })
            .collect()
    }

    /// A date regex shared by two sets of scripts ([`compiled_regex`]) is the one the set's own source
    /// compiles, with the same groups; the kinds without words (ISO, numeric) are compiled once for all
    /// sixteen sets, and fewer regexes are compiled than there are patterns.
    #[test]
    fn shared_date_regexes_are_their_own_sources() {
        let t = tables();
        for mask in 0..=ALL_SCRIPTS {
            for kind in PAT_KINDS {
                let own = date_pattern(&t.pattern_words, mask, kind, &Mutex::default());
                let own = own.expect("the regex compiles");
                let shared = t.pattern(mask, kind).expect("the regex compiles");
                assert_eq!(
                    shared.re.as_str(),
                    own.re.as_str(),
                    "{kind:?} of scripts {mask}"
                );
                assert_eq!(shared.groups, own.groups, "{kind:?} of scripts {mask}");
            }
        }
        for kind in [PatKind::Iso, PatKind::NumericDmy] {
            let first = t.pattern(0, kind).map(|p| p.re.as_str());
            for mask in 1..=ALL_SCRIPTS {
                assert_eq!(t.pattern(mask, kind).map(|p| p.re.as_str()), first);
            }
        }
        let compiled = t
            .compiled
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len();
        assert!(
            compiled < 16 * PAT_KINDS.len(),
            "{compiled} regexes compiled"
        );
    }

    /// The regexes of a sentence's scripts capture what the regexes of every word capture: on each
    /// sentence of `examples/news` and on date phrases written for this test in the three languages,
    /// alone, side by side, and with digits only.
    #[test]
    fn script_patterns_capture_what_all_words_do() {
        let t = tables();
        for mask in 0..=ALL_SCRIPTS {
            let kinds: Vec<PatKind> = t.patterns(mask).iter().map(|p| p.kind).collect();
            assert_eq!(kinds, PAT_KINDS, "a regex of scripts {mask} failed");
        }
        let mut texts: Vec<String> = [
            "Armenia joined on 2 January 2015, and Sweden joined in March 2024.",
            "On May 7, 2024 the talks resumed; the fifteenth of June 2001 saw the charter signed.",
            "في 15 أيار/مايو 2023 وقّعت الدولتان، وفي عام 2001م تأسست المنظمة في الخامس عشر من يونيو.",
            "انضمت مصر في مطلع كانون الثاني (يناير) 2024 إلى المجموعة",
            "15 мая 2024 года Россия и Китай подписали соглашение, а в 2015 г. — меморандум.",
            "В сентябре NATO и ЕС провели встречу 3-го октября 2023.",
            "2024-05-07 07.05.2024 12/05/2024 in 2015 عام 2020 в 2021 году",
            "May мая مايو 7 May 7 мая 7 مايو 2024",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/news");
        for lang in ["ar", "en", "ru"] {
            let file = std::fs::read_to_string(format!("{root}/{lang}.jsonl")).unwrap_or_default();
            for line in file.lines() {
                let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
                let text = v["text"].as_str().unwrap_or_default();
                texts.extend(text.split(['.', '\n']).map(str::to_string));
            }
        }
        assert!(texts.len() > 300, "examples/news was not read");
        for text in &texts {
            let n = normalize(text);
            assert_eq!(
                all_captures(&t.patterns(script_mask(&n)), &n),
                all_captures(&t.patterns(ALL_SCRIPTS), &n),
                "{n:?}"
            );
        }
    }

    /// Every match of the `YearPre` and `YearPost` regexes of `n`'s scripts and of every script: the
    /// groups [`year_groups`] reads, where it reads them, are the capture engine's. Returns how many it
    /// read.
    fn check_year_groups(n: &str) -> usize {
        let t = tables();
        assert!(t.years_by_hand, "a cue before a year holds a digit");
        let mut read = 0;
        for mask in [script_mask(n), ALL_SCRIPTS] {
            for kind in [PatKind::YearPre, PatKind::YearPost] {
                let p = t.pattern(mask, kind).expect("the regex compiles");
                for caps in p.re.captures_iter(n) {
                    let m = caps.get(0).expect("a match");
                    let want = DateCaps::of(&caps, &p.groups, n);
                    match year_groups(n, kind, m.start(), m.end()) {
                        Some(got) => {
                            assert_eq!(got, want, "{n:?} ({kind:?}, scripts {mask})");
                            read += 1;
                        }
                        None => assert_eq!(m.start(), 0, "{n:?} ({kind:?}): not read"),
                    }
                }
            }
        }
        read
    }

    /// The groups of the year regexes read by hand are the capture engine's: on each sentence of
    /// `examples/news` and on year phrases written for this test in the three languages.
    #[test]
    fn year_groups_agree_with_the_capture_engine() {
        let mut texts: Vec<String> = [
            "in 2015 the bloc grew, and by mid-2024 it had ten members; in 20245 nothing",
            "2019 saw a change; since 2020, in the 2021 season",
            "وفي عام 2020م انضمت، ولعام 2021 وبعام 2022 ومنذ العام 2023",
            "в 2021 году, к 2030 г. и в 2000 километрах, с 2011 года",
            "2024 года Россия; (2023 г.) и -2022 году",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        texts.extend(testing::example_texts());
        let read: usize = texts.iter().map(|x| check_year_groups(&normalize(x))).sum();
        assert!(read > 50, "{read} matches read");
    }

    proptest::proptest! {
        /// Year pieces glued in any order: what [`year_groups`] reads is the capture engine's.
        #[test]
        fn year_groups_agree_on_glued_years(
            parts in proptest::collection::vec((0usize..18, 0usize..10), 1..10),
        ) {
            const WORDS: [&str; 18] = [
                "in", "в", "عام", "وفي", "لعام", "the", "mid", "since", "году", "г", "م", "2024", "20245",
                "12", "1999", "к", "year", "العام",
            ];
            const GLUE: [&str; 10] = [" ", "", ",", "-", " - ", ".", "x", "«", "  ", " ("];
            let text: String = parts.iter().map(|&(w, g)| format!("{}{}", WORDS[w], GLUE[g])).collect();
            check_year_groups(&normalize(&text));
        }
    }

    proptest::proptest! {
        /// Blocks of sixteen places and the byte tail find what the byte loop finds, wherever the digit
        /// stands (a block's last byte, the text's last byte, a lead byte whose digit byte starts the next
        /// block).
        #[test]
        fn has_digit_agrees_with_the_byte_loop(text in "[a-zйبم ,.0-9٠-٩۰-۹ـًكلمنيٹ]{0,70}") {
            proptest::prop_assert_eq!(has_digit(&text), has_digit_bytewise(&text), "{:?}", text);
        }
    }

    /// The end of a period or a deadline ("until 2027", "к 2030 году", "حتى عام 2027") dates no act: the
    /// sentence's acts take the document's date.
    #[test]
    fn a_deadline_is_no_date() {
        check(
            Lang::En,
            D,
            "Brussels promised Cairo up to 5 billion euros until 2028.",
            &[],
        );
        check(
            Lang::Ru,
            D,
            "Стороны решили нарастить торговлю к 2030 году.",
            &[],
        );
        check(Lang::Ru, D, "Поставки завершат до конца 2026 года.", &[]);
        check(Lang::Ar, D, "تعهدت اليابان بدعم المشروع حتى عام 2029.", &[]);
        // A year after another cue stays a date.
        check(
            Lang::En,
            D,
            "The two states signed the accord in 2019.",
            &["in 2019=2019"],
        );
    }

    /// «с 1990-х годов», «в 2000-е»: a decade is no year; a year's own ordinal ending («в 2023-м») still is.
    #[test]
    fn a_decade_names_no_year() {
        for decade in [
            "Туркмения держится нейтралитета с 1990-х годов.",
            "В 2000-е Минск сблизился с Москвой.",
            "Ещё в 1980-х Ханой дружил с Москвой.",
        ] {
            check(Lang::Ru, D, decade, &[]);
        }
        let year = "Соглашение подписали в 2019-м году.";
        check(Lang::Ru, D, year, &["в 2019=2019"]);
    }

    /// "a day after", "the next day", "в тот же день", "بعد يومين من": days counted from the day the
    /// sentence wrote before the phrase, else from the document's; placed on the phrase's last word.
    #[test]
    fn a_day_counted_from_the_sentence_s_day() {
        check(
            Lang::En,
            D,
            "Seoul recalled its envoy, a day after Pyongyang fired a missile.",
            &["after=2024-10-21"],
        );
        check(
            Lang::En,
            D,
            "The ministers met on 3 March 2024 and signed the accord the next day.",
            &["3 March 2024=2024-03-03", "day=2024-03-04"],
        );
        check(
            Lang::En,
            D,
            "The talks opened on Friday; the two sides signed a memorandum the same day.",
            &["Friday=2024-10-18", "day=2024-10-18"],
        );
        // A month or a year before the phrase counts no days.
        check(
            Lang::En,
            D,
            "The pact was signed in May 2024, two days after the summit ended.",
            &["May 2024=2024-05"],
        );
        check(
            Lang::Ru,
            D,
            "Москва ввела пошлины 1 марта 2025 года, а Минск ответил в тот же день.",
            &["1 марта 2025 года=2025-03-01", "день=2025-03-01"],
        );
        check(
            Lang::Ar,
            D,
            "أغلقت باكستان مجالها الجوي بعد يومين من طرد الهند دبلوماسييها.",
            &["من=2024-10-20"],
        );
        // Without any date at all the phrase dates nothing.
        check(
            Lang::En,
            None,
            "Seoul recalled its envoy, a day after Pyongyang fired a missile.",
            &[],
        );
        // Nor does a day after the document's own when no day stands before it: "the next day" after
        // an act the text does not date (session 38: it gave the day after the document's).
        check(
            Lang::Ru,
            D,
            "Посла отозвали на следующий день после выборов.",
            &[],
        );
        check(
            Lang::Ar,
            D,
            "استدعت الحكومة السفير في اليوم التالي للانتخابات.",
            &[],
        );
        check(Lang::En, D, "Seoul recalled its envoy the next day.", &[]);
    }

    /// "three years after", «через три года после», "بعد ثلاث سنوات من": the act the phrase opens is
    /// counted back from the date the sentence wrote before it, whatever its precision (a weekday too),
    /// else from the document's; a year, a month, or the month a week's day falls in; placed on the
    /// phrase's last word. "a week later" counts forward the same way.
    #[test]
    fn units_counted_back_to_the_act_after_them() {
        check(
            Lang::En,
            D,
            "Ruritania restored ties with Freedonia on Sunday, three years after it expelled their envoy.",
            &["Sunday=2024-10-20", "after=2021"],
        );
        check(
            Lang::En,
            D,
            "The bloc readmitted the republic in May 2019, a month after lifting the ban on its exports.",
            &["May 2019=2019-05", "after=2019-04"],
        );
        check(
            Lang::En,
            D,
            "The league suspended the kingdom on 3 July 2012, a week after its parliament ousted the king.",
            &["3 July 2012=2012-07-03", "after=2012-06"],
        );
        // With no date before it, the document's.
        check(
            Lang::En,
            D,
            "The ministers met again, a decade after their governments cut ties.",
            &["after=2014"],
        );
        check(
            Lang::En,
            D,
            "The navy seized the trawlers on 28 March 2001 and freed the crews a week later.",
            &["28 March 2001=2001-03-28", "later=2001-04"],
        );
        check(
            Lang::Ru,
            D,
            "Руритания восстановила отношения с Фридонией во вторник, через три года после разрыва.",
            &["во вторник=2024-10-22", "после=2021"],
        );
        check(
            Lang::Ru,
            D,
            "Союз приостановил членство страны 3 июля 2012 года, через пять недель после переворота.",
            &["3 июля 2012 года=2012-07-03", "после=2012-05"],
        );
        check(
            Lang::Ar,
            D,
            "استعادت روريتانيا علاقاتها مع فريدونيا يوم الأحد، بعد ثلاث سنوات من قطعها.",
            &["الأحد=2024-10-20", "من=2021"],
        );
        check(
            Lang::Ar,
            D,
            "علق الاتحاد عضوية البلاد في مايو 2019، بعد شهرين من الانقلاب.",
            &["مايو 2019=2019-05", "من=2019-03"],
        );
        // Traps: a span that starts then ("for one year after"), a week later with nothing to count
        // from, the forward "a year later" / «через год» / "بعد عام" without "after", «после», "من".
        check(
            Lang::En,
            D,
            "Washington exempted the refinery from the curbs for one year after the leaders met.",
            &[],
        );
        check(Lang::En, D, "The crews were freed a week later.", &[]);
        check(
            Lang::Ru,
            D,
            "Страна вступила в союз в 2009 году, а через год вышла из него.",
            &["в 2009 году=2009", "через год=2010"],
        );
        check(
            Lang::Ar,
            D,
            "انضمت البلاد إلى الاتحاد عام 2009، وانسحبت منه بعد عام.",
            &["عام 2009=2009", "بعد عام=2010"],
        );
        // A count the text gives as approximate counts back to nothing: "more than a decade after",
        // "nearly two years after", «почти через год после», «более чем через месяц после».
        check(
            Lang::En,
            D,
            "Ruritania joined the union in May 2019, more than a decade after it first applied.",
            &["May 2019=2019-05"],
        );
        check(
            Lang::En,
            D,
            "The envoys returned nearly two years after the embassy closed.",
            &[],
        );
        check(
            Lang::Ru,
            D,
            "Руритания вступила в союз в мае 2019 года, почти через год после подачи заявки.",
            &["мае 2019 года=2019-05"],
        );
        check(
            Lang::Ru,
            D,
            "Послы вернулись более чем через месяц после закрытия посольства.",
            &[],
        );
        check(
            Lang::En,
            D,
            "The court ruled on the sea border on Monday, six years after Peru sued Chile in January 2008.",
            &["Monday=2024-10-21", "after=2018", "January 2008=2008-01"],
        );
        // ("Moreover, a year after …" is no bound: the word must stand alone.)
        check(
            Lang::En,
            D,
            "Ruritania left the union in May 2019, a year after Freedonia did.",
            &["May 2019=2019-05", "after=2018"],
        );
    }

    /// A day or month without its year joined to the counted phrase after it: the counted year at the
    /// day's precision, or that day of the counted month.
    #[test]
    fn a_day_or_month_joined_to_a_counted_year_or_month() {
        check(
            Lang::Ar,
            D,
            "وقعت كازاخستان الاتفاقية في مايو 2015، وانسحبت منها في سبتمبر/أيلول من العام نفسه.",
            &["مايو 2015=2015-05", "في سبتمبر/أيلول من العام نفسه=2015-09"],
        );
        check(
            Lang::Ar,
            D,
            "اندلعت الأزمة في الثاني من أغسطس 1990، وفرض المجلس حظراً في السادس من الشهر نفسه.",
            &[
                "الثاني من أغسطس 1990=1990-08-02",
                "السادس من الشهر نفسه=1990-08-06",
            ],
        );
        check(
            Lang::Ar,
            D,
            "تعقد القمة في الثامن والعشرين من الشهر الجاري.",
            &["الثامن والعشرين من الشهر الجاري=2024-10-28"],
        );
        check(
            Lang::Ru,
            D,
            "Договор подписали в марте 1994 года, а 9 июня того же года его ратифицировали.",
            &["марте 1994 года=1994-03", "9 июня того же года=1994-06-09"],
        );
    }

    #[test]
    fn english_absolute() {
        check(
            Lang::En,
            None,
            "They met on May 7, 2024 in Moscow.",
            &["May 7, 2024=2024-05-07"],
        );
        check(
            Lang::En,
            None,
            "Signed 7 May 2024.",
            &["7 May 2024=2024-05-07"],
        );
        check(
            Lang::En,
            None,
            "Talks were held on 12-13 March 2024.",
            &["12-13 March 2024=2024-03-12"],
        );
        check(
            Lang::En,
            None,
            "Dated 2024-05-07.",
            &["2024-05-07=2024-05-07"],
        );
        check(Lang::En, None, "It joined in 2015.", &["in 2015=2015"]);
        check(
            Lang::En,
            None,
            "Talks began in May 2024.",
            &["May 2024=2024-05"],
        );
        // ("by" opens a deadline since session 59: no date an act was done on.)
        check(Lang::En, None, "A deal by mid-2025 is likely.", &[]);
        check(
            Lang::En,
            None,
            "Jets arrived in the summer of 2024.",
            &["in the summer of 2024=2024"],
        );
        check(
            Lang::En,
            None,
            "On Jan. 3, 2023 it was done.",
            &["Jan. 3, 2023=2023-01-03"],
        );
        check(
            Lang::En,
            None,
            "The 31st of December 2022 was cold.",
            &["31st of December 2022=2022-12-31"],
        );
    }

    #[test]
    fn english_not_dates() {
        check(Lang::En, D, "Russia sent 1,500 troops and 2000 tanks.", &[]);
        check(Lang::En, D, "Russia sent in 2000 troops.", &[]);
        check(Lang::En, None, "In 2015 the bloc grew.", &["In 2015=2015"]);
        check(Lang::En, D, "They may 7 times refuse.", &[]);
        check(Lang::En, D, "Growth was 2015.5 units in the 1990s.", &[]);
        check(Lang::En, None, "The pact was signed on May 7.", &[]);
        check(Lang::En, None, "He arrived yesterday.", &[]);
        check(Lang::En, None, "February 30, 2024 does not exist.", &[]);
    }

    #[test]
    fn english_relative() {
        check(
            Lang::En,
            D,
            "He arrived yesterday.",
            &["yesterday=2024-10-21"],
        );
        check(
            Lang::En,
            D,
            "The talks ended last month.",
            &["last month=2024-09"],
        );
        check(
            Lang::En,
            D,
            "They will meet next year.",
            &["next year=2025"],
        );
        check(
            Lang::En,
            D,
            "Putin said on Tuesday that",
            &["Tuesday=2024-10-22"],
        );
        check(
            Lang::En,
            D,
            "Putin said on Friday that",
            &["Friday=2024-10-18"],
        );
        check(
            Lang::En,
            D,
            "They meet next Friday.",
            &["next Friday=2024-10-25"],
        );
        check(
            Lang::En,
            D,
            "It happened last week.",
            &["last week=2024-10"],
        );
        check(
            Lang::En,
            D,
            "The pact was signed on May 7.",
            &["May 7=2024-05-07"],
        );
        check(
            Lang::En,
            Some("2024-01-10"),
            "Talks in December failed.",
            &["in December=2023-12"],
        );
        check(Lang::En, D, "Talks last May failed.", &["last May=2024-05"]);
        check(
            Lang::En,
            D,
            "Cuba joined on 1 January 2025 and Nigeria on 17 January.",
            &["1 January 2025=2025-01-01", "17 January=2025-01-17"],
        );
        check(
            Lang::En,
            D,
            "A summit is planned for mid-December.",
            &["mid-December=2024-12"],
        );
        check(
            Lang::En,
            Some("2024-03"),
            "Since last May, nothing.",
            &["Since last May=2023-05"],
        );
    }

    #[test]
    fn arabic_forms() {
        check(
            Lang::Ar,
            None,
            "انضمت إيران إلى المنظمة عام 2023.",
            &["عام 2023=2023"],
        );
        // The م that begins the next word is no year marker.
        check(
            Lang::Ar,
            None,
            "ارتفعت الصادرات عام 2022 مقارنة بما سبق.",
            &["عام 2022=2022"],
        );
        check(
            Lang::Ar,
            None,
            "تراجعت الواردات في النصف الأول من 2025.",
            &["في النصف الأول من 2025=2025"],
        );
        // A year counted back from the year the sentence wrote before it.
        check(
            Lang::Ar,
            D,
            "زادت الصادرات عام 2021 بعد تراجعها في العام السابق.",
            &["عام 2021=2021", "العام السابق=2020"],
        );
        check(
            Lang::Ru,
            D,
            "Экспорт вырос в 2021 году, годом ранее он упал.",
            &["в 2021 году=2021", "годом ранее=2020"],
        );
        check(
            Lang::En,
            D,
            "Exports rose in 2021 after falling the previous year.",
            &["in 2021=2021", "the previous year=2020"],
        );
        check(
            Lang::Ar,
            None,
            "انضمت في العام ٢٠١٥ إلى المنظمة.",
            &["في العام ٢٠١٥=2015"],
        );
        check(
            Lang::Ar,
            None,
            "وقع الاتفاق في 7 مايو 2024 في موسكو.",
            &["7 مايو 2024=2024-05-07"],
        );
        check(
            Lang::Ar,
            None,
            "وقع الاتفاق في ٧ أيار/مايو ٢٠٢٤.",
            &["٧ أيار/مايو ٢٠٢٤=2024-05-07"],
        );
        check(
            Lang::Ar,
            None,
            "عقدت القمة في تشرين الأول 2024.",
            &["تشرين الأول 2024=2024-10"],
        );
        check(
            Lang::Ar,
            None,
            "تأسست المنظمة سنة 2001م.",
            &["سنة 2001م=2001"],
        );
        check(Lang::Ar, None, "وصل 2000 جندي.", &[]);
        check(
            Lang::Ar,
            None,
            "تأسست المنظمة في الخامس عشر من يونيو/حزيران 2001.",
            &["الخامس عشر من يونيو/حزيران 2001=2001-06-15"],
        );
        check(
            Lang::Ar,
            D,
            "تعقد القمة في الثاني والعشرين من أكتوبر.",
            &["الثاني والعشرين من أكتوبر=2024-10-22"],
        );
    }

    #[test]
    fn arabic_relative() {
        check(Lang::Ar, D, "وصل الوفد أمس إلى بكين.", &["أمس=2024-10-21"]);
        check(
            Lang::Ar,
            D,
            "أجريت المناورات مطلع الشهر الحالي.",
            &["مطلع الشهر الحالي=2024-10"],
        );
        check(
            Lang::Ar,
            D,
            "وقعت الاتفاقية العام الماضي.",
            &["العام الماضي=2023"],
        );
        check(
            Lang::Ar,
            D,
            "عقدت القمة الأسبوع الماضي.",
            &["الأسبوع الماضي=2024-10"],
        );
        // The week after 2024-10-22 runs into November: only the year is certain.
        check(
            Lang::Ar,
            D,
            "تعقد القمة الأسبوع المقبل.",
            &["الأسبوع المقبل=2024"],
        );
        check(
            Lang::Ar,
            D,
            "زار موسكو في مايو الماضي.",
            &["في مايو الماضي=2024-05"],
        );
        check(Lang::Ar, D, "وقال يوم الأحد إن", &["الأحد=2024-10-20"]);
    }

    #[test]
    fn russian_forms() {
        check(
            Lang::Ru,
            None,
            "Договор подписан 7 мая 2024 года.",
            &["7 мая 2024 года=2024-05-07"],
        );
        check(
            Lang::Ru,
            None,
            "Иран вступил в ШОС в 2023 году.",
            &["в 2023 году=2023"],
        );
        check(
            Lang::Ru,
            None,
            "Соглашение от 2024 г. вступило в силу.",
            &["2024 г.=2024"],
        );
        check(
            Lang::Ru,
            None,
            "Подписано 07.05.2024 в Минске.",
            &["07.05.2024=2024-05-07"],
        );
        check(
            Lang::Ru,
            D,
            "Саммит пройдёт 22–24 октября в Казани.",
            &["22–24 октября=2024-10-22"],
        );
        check(
            Lang::Ru,
            D,
            "Переговоры прошли в мае 2024 года.",
            &["мае 2024 года=2024-05"],
        );
        check(
            Lang::Ru,
            D,
            "Переговоры прошли в мае прошлого года.",
            &["в мае прошлого года=2023-05"],
        );
        check(Lang::Ru, None, "Колонна прошла в 2000 километрах.", &[]);
        check(
            Lang::Ru,
            None,
            "Самолёты прибыли летом 2024 года.",
            &["летом 2024 года=2024"],
        );
    }

    #[test]
    fn russian_relative() {
        check(
            Lang::Ru,
            D,
            "Об этом стало известно вчера.",
            &["вчера=2024-10-21"],
        );
        check(
            Lang::Ru,
            D,
            "Товарооборот вырос в прошлом году.",
            &["в прошлом году=2023"],
        );
        check(
            Lang::Ru,
            D,
            "Учения прошли в начале месяца.",
            &["в начале месяца=2024-10"],
        );
        check(
            Lang::Ru,
            D,
            "Путин заявил во вторник, что",
            &["во вторник=2024-10-22"],
        );
        check(
            Lang::Ru,
            D,
            "Встреча пройдёт в прошлом месяце.",
            &["в прошлом месяце=2024-09"],
        );
        check(
            Lang::Ru,
            D,
            "Переговоры прошли летом прошлого года.",
            &["летом прошлого года=2023"],
        );
        check(
            Lang::Ru,
            D,
            "Договор подписали три года назад.",
            &["три года назад=2021"],
        );
    }

    #[test]
    fn russian_eve_is_a_day_only_as_an_adverb() {
        check(
            Lang::Ru,
            D,
            "Накануне Иран атаковал Израиль.",
            &["Накануне=2024-10-21"],
        );
        check(
            Lang::Ru,
            D,
            "МИД накануне заявил, что",
            &["накануне=2024-10-21"],
        );
        check(
            Lang::Ru,
            D,
            "Накануне Москва заявила протест.",
            &["Накануне=2024-10-21"],
        );
        check(Lang::Ru, D, "Он прибыл накануне выборов.", &[]);
        check(Lang::Ru, D, "Накануне визита Путина МИД заявил.", &[]);
    }

    #[test]
    fn imprecise_document_dates_do_not_invent_days() {
        check(
            Lang::En,
            Some("2024-10"),
            "He arrived yesterday, last month.",
            &["last month=2024-09"],
        );
        check(
            Lang::En,
            Some("2024"),
            "He arrived yesterday, last year.",
            &["last year=2023"],
        );
    }

    #[test]
    fn calendar_round_trips() {
        for days in [-800_000i64, -1, 0, 1, 19_000, 20_000, 2_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(weekday(days_from_civil(2024, 10, 22)), 2);
        assert_eq!(DocDate::parse("2024-10-22T08:00:00Z").unwrap().d, Some(22));
        assert_eq!(DocDate::parse("garbage"), None);
    }

    #[test]
    fn facts_data_is_complete() {
        for (name, text, cols) in [
            ("months", MONTHS_CSV, &["lang", "word", "month"][..]),
            ("date_cues", CUES_CSV, &["lang", "word", "kind"][..]),
            (
                "relative_dates",
                RELATIVE_CSV,
                &["lang", "phrase", "unit", "offset"][..],
            ),
        ] {
            let lines = text.lines().filter(|l| !l.trim().is_empty()).count() - 1;
            assert_eq!(
                facts_rows(text, cols).len(),
                lines,
                "{name}: a row lacks a value or source"
            );
        }
        assert_eq!(
            tables().patterns(ALL_SCRIPTS).len(),
            11,
            "a date regex failed to compile"
        );
    }

    /// The relative phrases and month names of the one combined pass are exactly what a
    /// leftmost-longest automaton of the relative phrases and a month automaton of their own find.
    fn check_word_hits(n: &str) {
        static SEPARATE: OnceLock<(AhoCorasick, AhoCorasick)> = OnceLock::new();
        let t = tables();
        let (rel, months) = SEPARATE.get_or_init(|| {
            let rel_pats: Vec<String> =
                facts_rows(RELATIVE_CSV, &["lang", "phrase", "unit", "offset"])
                    .into_iter()
                    .filter(|r| {
                        matches!(
                            r[2].as_str(),
                            "day"
                                | "week"
                                | "month"
                                | "year"
                                | "weekday"
                                | "years_later"
                                | "year_of"
                                | "month_of"
                                | "day_of"
                                | "eve"
                                | "years_back"
                                | "months_back"
                                | "weeks_back"
                                | "weeks_later"
                        )
                    })
                    .filter(|r| r[3].parse::<i64>().is_ok())
                    .map(|r| normalize(&r[1]))
                    .collect();
            let rel = AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&rel_pats)
                .unwrap();
            (rel, AhoCorasick::new(t.months.keys()).unwrap())
        });
        let want: Vec<Hit> = rel
            .find_iter(n)
            .map(|m| Hit {
                s: m.start(),
                e: m.end(),
                pat: m.pattern().as_usize(),
            })
            .collect();
        let got = word_hits(t, n);
        assert_eq!(got.rel, want, "in {n:?}");
        assert_eq!(got.month, months.is_match(n), "in {n:?}");
        let day_word = t.day_words.keys().any(|w| n.contains(&normalize(w)));
        assert_eq!(got.day_word, day_word, "in {n:?}");
    }

    #[test]
    fn one_pass_finds_what_the_separate_automata_find() {
        for n in [
            "",
            "the day before yesterday and yesterday",
            "last weekend, last week; in may",
            "в прошлом году и в прошлом месяце",
            "مطلع الشهر الحالي والعام الماضي",
        ] {
            check_word_hits(n);
        }
        // Every phrase and month glued to its neighbours and overlapping them.
        let t = tables();
        let mut all: Vec<String> = t.months.keys().cloned().collect();
        all.extend(
            facts_rows(RELATIVE_CSV, &["phrase"])
                .into_iter()
                .map(|r| normalize(&r[0])),
        );
        all.extend(t.day_words.keys().cloned());
        all.sort();
        for w in all.windows(3) {
            check_word_hits(&w.concat());
            check_word_hits(&w.join(" "));
        }
    }

    proptest::proptest! {
        #[test]
        fn one_pass_matches_separate_automata_on_phrase_soup(
            picks in proptest::collection::vec((0usize..1000, 0usize..4, "[ a-z]{0,3}"), 0..8)
        ) {
            let t = tables();
            let mut all: Vec<String> = t.months.keys().cloned().collect();
            all.extend(facts_rows(RELATIVE_CSV, &["phrase"]).into_iter().map(|r| normalize(&r[0])));
            all.extend(t.day_words.keys().cloned());
            all.sort();
            let mut n = String::new();
            for (i, cut, glue) in picks {
                let w = &all[i % all.len()];
                // Whole phrases and their prefixes and suffixes, to make overlaps and near misses.
                let k = w.char_indices().map(|(k, _)| k).nth(cut).unwrap_or(0);
                n.push_str(match cut { 0 | 3 => w, 1 => &w[k..], _ => &w[..k] });
                n.push_str(&glue);
            }
            check_word_hits(&n);
        }

        #[test]
        fn never_panics_and_offsets_are_boundaries(s in "\\PC{0,80}", d in proptest::option::of("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
            for lang in [Lang::En, Lang::Ar, Lang::Ru] {
                let ctx = testing::ctx(&s, lang, d.as_deref());
                for h in find(&ctx) {
                    proptest::prop_assert!(h.start <= h.end && h.end <= s.len());
                    proptest::prop_assert!(s.is_char_boundary(h.start) && s.is_char_boundary(h.end));
                }
            }
        }
    }
}
