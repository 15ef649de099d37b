//! A claim's date: the nearest date in its clause ([`nearest_date`]) and the filters that give it to
//! another cue, a report, an anniversary or nothing.

use super::status::{lesser_status, plain_join};
use super::tables::{tables, Tables, MAX_DATE_GAP, MEETING_DATE_SLACK};
use super::text::{
    clause_before, gap_words, last_words, norm_at, norm_before, norm_range, norm_word, word_count,
};
use super::{Cue, Group};
use crate::context::SentenceCtx;
use crate::dates::DateHit;
use blocwatch_text::{tokens, TokenKind};

/// How many words of `gap` (at `offset`) are a preposition right before a date ("in", "on", "в", "في").
pub(super) fn prepositions_before_dates(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    gap: &str,
    offset: usize,
) -> usize {
    tokens(gap)
        .filter(|tk| tk.kind == TokenKind::Word)
        .filter(|tk| {
            let next = offset + tk.end + (gap[tk.end..].len() - gap[tk.end..].trim_start().len());
            matches!(
                norm_word(&gap[tk.start..tk.end]).as_ref(),
                "in" | "on" | "в" | "во" | "في"
            ) && dates.iter().any(|d| d.start == next)
                && !ctx.mentions.iter().any(|m| m.start == next)
        })
        .count()
}

/// Whether the document range `[s, e)` overlaps a date.
pub(super) fn in_date(dates: &[DateHit], s: usize, e: usize) -> bool {
    dates.iter().any(|d| d.start < e && s < d.end)
}

/// Whether the date `iso` a claim would take belongs to a cue of another status: one standing between the
/// date and the claim ("In 2016 Gabon returned to OPEC, two decades after it had left", "كانت إيران تتمتع
/// بصفة مراقب … قبل أن تصبح عضوا … في يوليو 2023"), or one on the date's other side and nearer to it («До
/// вступления в ШОС в июле 2023 года Иран … имел статус наблюдателя»). A plain join and the lesser status
/// after it are one claim ("joined BRICS as a partner country on 1 January 2025").
pub(super) fn date_of_other_cue(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    spans: &[(usize, usize, &str, bool)],
    cue: &Cue,
    claim_end: usize,
    iso: &str,
) -> bool {
    let plain = cue.status == "member" && plain_join(norm_range(ctx, cue.start, cue.end));
    // "انضمت صربيا في آذار 2006 إلى برنامج الشراكة من أجل السلام": a lesser status led to by a preposition
    // is the object of a join, one claim with it (not «… Иран … имел статус наблюдателя»).
    let joined_to = lesser_status(cue.status)
        && last_words(norm_before(ctx, cue.start), 3).iter().any(|w| {
            matches!(
                w.trim_start_matches('و'),
                "to" | "into" | "as" | "الي" | "بصفه" | "في" | "в" | "во" | "к" | "ко"
            )
        });
    let words = |a: usize, b: usize| {
        let (a, b) = (a.min(b), a.max(b));
        gap_words(ctx, dates, &ctx.doc_text[a..b], a, true)
    };
    let (s, e) = (cue.start, claim_end);
    let Some((own, d)) = dates
        .iter()
        .filter(|d| d.iso == iso && (d.end <= s || d.start >= e))
        .map(|d| {
            let own = if d.end <= s {
                words(d.end, s)
            } else {
                words(e, d.start)
            };
            (own, d)
        })
        .min_by_key(|&(own, _)| own)
    else {
        return false;
    };
    spans.iter().any(|&(cs, ce, status, other_plain)| {
        if status == cue.status
            || status == "same"
            || (cs < e && s < ce)
            || (plain && lesser_status(status))
            || (other_plain && joined_to)
        {
            return false;
        }
        let between = (d.end <= cs && ce <= s) || (e <= cs && ce <= d.start);
        // (Across a comma the other cue is another clause's: "which joined the EU in May 2004, left".)
        let near = |a: usize, b: usize| {
            !ctx.doc_text[a..b].contains([',', ';', '،', '؛']) && words(a, b) < own
        };
        let beyond = if d.end <= s {
            ce <= d.start && near(ce, d.start)
        } else {
            cs >= d.end && near(d.end, cs)
        };
        between || beyond
    })
}

/// The date of a verb of saying that reports a claim with no date of its own ("Russia has decided to quit the
/// G8, Lavrov said on Friday", «…вновь стал членом картеля, сообщили в субботу», "أعلنت الخارجية الاثنين أن
/// ماليزيا قدمت طلباً"): a date outside the claim with a `report` word among the four words before it in its
/// clause; the nearest such date to the cue.
pub(super) fn reported_date(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    cue: &Cue,
    claim_end: usize,
) -> Option<String> {
    let t = tables();
    let n = ctx.norm.as_str();
    dates
        .iter()
        .filter(|d| !d.back && (d.end <= cue.start || d.start >= claim_end))
        .filter(|d| {
            let at = norm_at(ctx, d.start);
            last_words(clause_before(n, at), 4)
                .iter()
                .any(|w| t.reports.matches(w))
        })
        .min_by_key(|d| {
            if d.end <= cue.start {
                cue.start - d.end
            } else {
                d.start - claim_end
            }
        })
        .map(|d| d.iso.clone())
}

/// Whether a word for an anniversary stands among the five words before a cue ("في الذكرى الخامسة والسبعين
/// لتأسيس الحلف", "the 75th anniversary of its founding", «в годовщину создания»): the date near it is the
/// anniversary's, not the founding's.
pub(super) fn anniversary(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    let t = tables();
    last_words(norm_before(ctx, cue.start), 5).iter().any(|w| {
        let bare = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
        t.anniversaries.iter().any(|a| a == w || a == bare)
    })
}

/// Whether the claim's date `iso` opens a period: a since phrase begins it or stands right before it or
/// before its preposition ("since 2015", «с 2015 года», "منذ عام 2015", "as of 1 January", "اعتبارا من"), or
/// a one-word since word stands within the four words before it.
pub(super) fn since_dated(ctx: &SentenceCtx<'_>, dates: &[DateHit], iso: &str) -> bool {
    let t = tables();
    let ends_with = |n: &str, p: &str| {
        n.strip_suffix(p)
            .is_some_and(|r| r.is_empty() || r.ends_with(' '))
    };
    dates.iter().filter(|d| d.iso == iso).any(|d| {
        let inside = norm_range(ctx, d.start, d.end);
        let before = norm_before(ctx, d.start).trim_end();
        // Past the date's preposition: "منذ عام", "since in"
        let unprep = t
            .date_prepositions
            .iter()
            .find_map(|p| {
                before
                    .strip_suffix(p.as_str())
                    .filter(|r| r.is_empty() || r.ends_with(' '))
            })
            .map(str::trim_end);
        // "since joining in 1952", "منذ انضمامها إليه عام 1952": a since word a few words before it.
        let near = last_words(before, 4);
        d.since
            || t.since_words.iter().any(|p| {
                inside
                    .strip_prefix(p.as_str())
                    .is_some_and(|r| r.starts_with(' '))
                    || ends_with(before, p)
                    || unprep.is_some_and(|b| ends_with(b, p))
                    || near.iter().any(|w| w == p)
            })
    })
}

/// Whether a normalised stretch of text names a meeting, a summit or a session ([`Tables::meetings`]).
pub(super) fn names_meeting_in(t: &Tables, gap: &str) -> bool {
    tokens(gap)
        .filter(|tk| tk.kind == TokenKind::Word)
        .any(|tk| t.meetings.matches(&gap[tk.start..tk.end]))
}

/// The sentence's date nearest to `[s, e)`, if no more than [`MAX_DATE_GAP`] words (not counting entity
/// names) away: a date at the other end of a long sentence belongs to another clause.
pub(super) fn nearest_date(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    groups: &[Group<'_>],
    s: usize,
    e: usize,
) -> Option<String> {
    dates
        .iter()
        // «вышедшая из СНГ после войны 2008 года», "quit the CIS after the 2008 war": the year of a noun
        // that a word of sequence sets before or after the claim is the other event's, not the claim's.
        .filter(|d| {
            !(d.of_noun
                && last_words(norm_before(ctx, d.start), 3).iter().any(|w| {
                    matches!(
                        *w,
                        "after" | "before" | "после" | "до" | "перед" | "بعد" | "قبل"
                    )
                }))
        })
        .filter_map(|d| {
            let (gs, ge) = if d.end <= s {
                (d.end, s)
            } else if d.start >= e {
                (e, d.start)
            } else {
                (s, s)
            };
            let gap = &ctx.doc_text[gs..ge];
            // A date across a clause break belongs to the other clause, unless it opens the sentence
            // ("In 2023, Iran joined the SCO", "وفي العام 2009، اتفقت").
            // A date inside a fronted phrase that goes on past it ("Founded in 1997 by Bangladesh and
            // India, BIMSTEC later took in Nepal") dates that phrase, not the clause after its comma.
            let fronted = d.end <= s
                && word_count(&ctx.doc_text[ctx.range.start..d.start]) <= 2
                && !ctx.doc_text[d.end..s]
                    .split([',', '،'])
                    .next()
                    .is_some_and(|head| head.chars().any(blocwatch_text::is_word_char));
            // Commas inside a list of states ("by Brazil, Russia, India and China in 2009") are no break.
            let breaks = gap.char_indices().any(|(i, c)| {
                matches!(c, ',' | ';' | '،' | '؛')
                    && !groups.iter().any(|g| g.start <= gs + i && gs + i < g.end)
            });
            if !fronted && breaks {
                return None;
            }
            // "formed the AES in September 2023 and later quit ECOWAS": a date before a conjunction
            // belongs to the clause before it.
            let t = tables();
            let joined = d.end <= s
                && !fronted
                && tokens(gap).any(|tk| {
                    let (ts, te) = (gs + tk.start, gs + tk.end);
                    tk.kind == TokenKind::Word
                        && !groups.iter().any(|g| g.start <= ts && te <= g.end)
                        && {
                            let w = norm_word(&gap[tk.start..tk.end]);
                            t.conjunctions.iter().any(|c| *c == w)
                        }
                });
            if joined {
                return None;
            }
            let words = tokens(gap)
                .filter(|t| t.kind == TokenKind::Word)
                .filter(|t| {
                    let (ts, te) = (gs + t.start, gs + t.end);
                    // Overlap, as in `gap_words`: "والعراق" is one token around the mention of Iraq.
                    !ctx.mentions.iter().any(|m| m.start < te && ts < m.end)
                })
                .count();
            // "…admitted as an observer at a meeting of the group's foreign ministers in Sanaa in June
            // 2005": a date after the claim that dates the meeting it was made at dates the claim.
            let near = words <= MAX_DATE_GAP
                || (d.start >= e
                    && words <= MAX_DATE_GAP + MEETING_DATE_SLACK
                    && names_meeting_in(t, norm_range(ctx, gs, ge)));
            near.then_some((words, d))
        })
        .min_by_key(|&(w, _)| w)
        .map(|(_, d)| d.iso.clone())
}

/// The words that end a period a status was held for right before its date ("until 2020", «до 2020 года»,
/// "حتى عام 2020"), and the words that may stand between them and the year besides a month ("عام").
const UNTIL_WORDS: [&str; 4] = ["until", "till", "до", "حتي"];
const UNTIL_FILLERS: [&str; 4] = ["عام", "العام", "سنه", "year"];

/// "Britain, a member of the EU until 2020", «остававшаяся членом Евросоюза до 2020 года», "التي ظلت عضواً
/// في الاتحاد الأوروبي حتى عام 2020": a membership held up to a date right after the claim's end `end` (an
/// until word, then a year, a month word and filler words before it allowed) that is earlier than the
/// document's date ended then — `former`, dated as precisely as the text (the year, or its month). The
/// sentence's dates hold no such date (the end of a period dates no act), so it is read here. A date still
/// to come ("a member of the Security Council until 2026") or in the document's own year tells no end yet;
/// without a document date nothing is read.
pub(super) fn held_until(ctx: &SentenceCtx<'_>, end: usize) -> Option<String> {
    let doc = ctx.doc_date?;
    let rest = norm_range(ctx, end, ctx.range.end);
    let mut words = tokens(rest)
        .take_while(|tk| tk.kind != TokenKind::Punct)
        .map(|tk| &rest[tk.start..tk.end]);
    if !UNTIL_WORDS.contains(&words.next()?) {
        return None;
    }
    let (mut day, mut month) = (None, None);
    let year = loop {
        let w = words.next()?;
        if UNTIL_FILLERS.contains(&w) {
            continue;
        }
        if month.is_none() {
            if let Some(m) = crate::dates::month_number(w) {
                month = Some(m);
                continue;
            }
            // "until 31 January 2020", «до 31 января 2020 года»: a day before its month.
            if day.is_none() && w.len() <= 2 {
                day = w.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
                if day.is_some() {
                    continue;
                }
            }
        }
        break w;
    };
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let iso = match (month, day) {
        (Some(m), Some(d)) => format!("{year}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year}-{m:02}"),
        (None, _) => year.to_string(),
    };
    let n = iso.len().min(doc.len());
    (iso.as_bytes()[..n] < doc.as_bytes()[..n]).then_some(iso)
}
