//! Claims told in a relative clause whose antecedent is a bloc ([`bloc_relatives`]): "ECOWAS, the bloc to
//! which the Gambia belongs", "the European Union, which Hungary joined in 2004", «ОПЕК, из которой Катар
//! вышел в 2019 году», «ШОС, в которую Иран вступил», "إيكواس، التكتل الذي انسحبت منه النيجر".

use super::dating::{nearest_date, since_dated};
use super::status::{admitted_as, held_status, office_cue};
use super::subjects::pair_group;
use super::tables::{tables, walk_words};
use super::text::{gap_words, is_in, norm_word};
use super::{Claims, Cue, Group, Sent, Side};
use crate::context::SentenceCtx;
use crate::dates::DateHit;
use blocwatch_text::{tokens, Lang, TokenKind};
use memchr::memmem::Finder;
use smallvec::SmallVec;
use std::sync::LazyLock;

/// How many words an apposition set off between a bloc and the relative pronoun may hold ("ECOWAS, the bloc
/// to which", "BRIC, the club of emerging economies to which", «ЭКОВАС — блока, в который», "إيكواس، التكتل
/// الذي").
const APPOSITION_WORDS: usize = 6;
/// How many words (states, blocs and dates aside) may stand between the relative pronoun and the cue of its
/// clause: an auxiliary and an adverb ("to which Iran was formally admitted", «в которую в 2024 году вступил»).
const RELATIVE_TO_CUE_WORDS: usize = 3;
/// How many words (dates aside) may part the cue of the relative clause from its states ("which Hungary
/// joined", "from which Qatar has since withdrawn", «из которого вышла Мали»).
const CUE_TO_STATES_WORDS: usize = 2;

/// Prepositions that may stand before a relative pronoun whose verb governs them ("to which … belongs", «из
/// которого вышла»), normalised. Arabic keeps its preposition after the verb, with a pronoun ("انسحبت منه").
const EN_PREPOSITIONS: [&str; 6] = ["to", "from", "of", "in", "into", "with"];
const RU_PREPOSITIONS: [&str; 10] = ["в", "во", "из", "к", "от", "для", "с", "со", "у", "на"];

/// Auxiliaries and adverbs between the subject of an English relative clause with a stranded preposition and
/// its verb ("to which Russia has long belonged", "from which Mali formally withdrew").
const EN_AUXILIARIES: [&str; 14] = [
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "been",
    "also",
    "already",
    "long",
    "formally",
    "officially",
    "since",
];

/// "ECOWAS, the bloc to which the Gambia belongs", "the European Union, which Hungary joined in 2004",
/// «ОПЕК, из которой Катар вышел в 2019 году», «ШОС, в которую Иран вступил», "إيكواس، التكتل الذي انسحبت
/// منه النيجر": a relative pronoun right after a bloc (or after an apposition set off after it) makes the bloc
/// the object of the cue of its clause, and the states of that clause next to the cue claim that cue's status in
/// the bloc, with the clause's own date. In English the preposition the verb governs may stand before the
/// pronoun, away from its verb ("to which … belongs", "from which … withdrew"): the verb and the preposition
/// are then read as the cue they make together. A state already claimed in the bloc is left as it is.
pub(super) fn bloc_relatives(sent: &Sent<'_, '_>, cues: &[Cue], claims: &mut Claims<'_, '_>) {
    let (ctx, dates, strict) = (sent.ctx, sent.dates, sent.strict);
    for b in sent.blocs {
        let Some((rel_end, prep)) = relative_after(ctx, b.end) else {
            continue;
        };
        let clause_end = clause_end(ctx, strict, rel_end);
        let stranded;
        let found = cues
            .iter()
            .filter(|c| !matches!(c.status, "none" | "same"))
            .find(|c| {
                c.start >= rel_end
                    && c.end <= clause_end
                    && gap_words(ctx, dates, &ctx.doc_text[rel_end..c.start], rel_end, true)
                        <= RELATIVE_TO_CUE_WORDS
            });
        let cue = match found {
            Some(c) => c,
            None if ctx.lang == Lang::En => {
                let Some(c) = prep.and_then(|p| stranded_cue(ctx, strict, rel_end, clause_end, p))
                else {
                    continue;
                };
                stranded = c;
                &stranded
            }
            None => continue,
        };
        // "the SCO, to which both countries belong", «ШОС, в которую входят обе страны»: a phrase pointing back
        // at two states as the clause's subject ([`pair_group`]).
        let pair;
        let group = match clause_states(ctx, dates, strict, (rel_end, clause_end), cue) {
            Some(g) => g,
            None => {
                let Some(g) = pair_group(ctx, cue) else {
                    continue;
                };
                pair = g;
                &pair
            }
        };
        if claims.any_of(b.id, group) {
            continue;
        }
        // The clause's own date: "which Hungary joined in 2004", not the main clause's.
        let inside: SmallVec<[DateHit; 2]> = dates
            .iter()
            .filter(|d| d.start >= rel_end && d.end <= clause_end)
            .cloned()
            .collect();
        // An office held or a status held has no date of its own, unless "since" dates its start (as for
        // the cues of `find_cued`).
        let date = nearest_date(ctx, &inside, strict, cue.start, cue.end)
            .filter(|_| !office_cue(ctx, cue))
            .filter(|iso| !held_status(ctx, cue) || since_dated(ctx, dates, iso));
        let status = if cue.status == "member" {
            admitted_as(ctx, group).unwrap_or(cue.status)
        } else {
            cue.status
        };
        claims.push(b.id, group, status, cue.negated, date);
    }
}

/// The end (document offset) of a relative pronoun after a bloc ending at `at`, and the preposition before it:
/// the pronoun right after the bloc ("NATO, which", "إيكواس التي", «ОПЕК, из которой»), or after an apposition
/// of at most [`APPOSITION_WORDS`] words set off by a comma or a dash ("ECOWAS, the bloc to which", «ЭКОВАС —
/// блока, в который»), with no name between. "who" and "whose" are no object of a membership verb.
fn relative_after(ctx: &SentenceCtx<'_>, at: usize) -> Option<(usize, Option<&'static str>)> {
    let t = tables();
    let rest = &ctx.doc_text[at..ctx.range.end];
    let mut opened = false;
    let mut words = 0;
    let mut prep: Option<&'static str> = None;
    let mut prev_word_end = 0;
    for tk in tokens(rest) {
        let w = &rest[tk.start..tk.end];
        if tk.kind != TokenKind::Word {
            match w {
                // A closing quote of the bloc's name: «Шанхайской пятёрки», которая.
                "»" | "\"" | "”" | "'" if words == 0 && !opened => {}
                "," | "،" | "—" | "–" | "-" if words == 0 => opened = true,
                // «ЭКОВАС — блока, в который»: the apposition ends with a comma before the pronoun.
                "," | "،" if opened => {}
                _ => return None,
            }
            continue;
        }
        let normed = norm_word(w);
        let bare = normed.as_ref();
        if !matches!(bare, "who" | "whose") && is_in(&t.relatives, bare) {
            // No name between the bloc and the pronoun: the antecedent is the bloc or its apposition.
            let start = at + tk.start;
            if ctx
                .mentions
                .iter()
                .any(|m| m.start >= at && m.start < start)
            {
                return None;
            }
            // A preposition only right before the pronoun.
            let prep = prep.filter(|_| prev_word_end == tk.start.saturating_sub(1));
            return Some((at + tk.end, prep));
        }
        let is_prep = match ctx.lang {
            Lang::En => EN_PREPOSITIONS.iter().find(|p| **p == bare).copied(),
            Lang::Ru => RU_PREPOSITIONS.iter().find(|p| **p == bare).copied(),
            Lang::Ar => None,
        };
        prep = is_prep;
        prev_word_end = tk.end;
        if is_prep.is_some() && !opened && words == 0 {
            // "NATO, to which", «ОПЕК, из которой»: the comma opened no apposition.
            continue;
        }
        if !opened {
            return None;
        }
        words += 1;
        if words > APPOSITION_WORDS {
            return None;
        }
    }
    None
}

/// Where the relative clause opened at `from` ends: at the first comma, dash, bracket or stop after it that
/// does not part the states of one list ("in which Russia, China and India sit").
fn clause_end(ctx: &SentenceCtx<'_>, strict: &[Group<'_>], from: usize) -> usize {
    let rest = &ctx.doc_text[from..ctx.range.end];
    rest.char_indices()
        .find(|&(i, c)| {
            matches!(c, ',' | '،' | ';' | '؛' | '.' | '—' | '–' | '(' | ')' | ':')
                && !strict
                    .iter()
                    .any(|g| g.start < from + i && from + i < g.end)
        })
        .map_or(ctx.range.end, |(i, _)| from + i)
}

/// "to which the Gambia belongs", "from which Mali withdrew": the English verb after the clause's subject
/// (past auxiliaries and adverbs) with the preposition stranded before the pronoun, when the two make a cue
/// phrase ("belongs to", "withdrew from"). A negation word between leaves the clause unread.
fn stranded_cue(
    ctx: &SentenceCtx<'_>,
    strict: &[Group<'_>],
    rel_end: usize,
    clause_end: usize,
    prep: &str,
) -> Option<Cue> {
    let subject = strict
        .iter()
        .find(|g| g.start >= rel_end && g.end <= clause_end)?;
    // "to which the Gambia belongs", "to which both India and Pakistan belong".
    let lead = ctx.doc_text[rel_end..subject.start].trim();
    if !(lead.is_empty() || lead.eq_ignore_ascii_case("the") || lead.eq_ignore_ascii_case("both")) {
        return None;
    }
    let rest = &ctx.doc_text[subject.end..clause_end];
    for tk in tokens(rest).filter(|tk| tk.kind == TokenKind::Word) {
        let w = rest[tk.start..tk.end].to_lowercase();
        if EN_AUXILIARIES.contains(&w.as_str()) {
            continue;
        }
        if matches!(w.as_str(), "not" | "never" | "no") {
            return None;
        }
        let phrase = format!("{w} {prep}");
        let hit = walk_words(&phrase)
            .cues
            .into_iter()
            .find(|h| h.s == 0 && h.e == phrase.len())?;
        let meta = &tables().meta[hit.pat];
        return Some(Cue {
            start: subject.end + tk.start,
            end: subject.end + tk.end,
            status: meta.status,
            members: Side::Before,
            bloc: Side::Before,
            negated: false,
            possessed: false,
            singular: false,
        });
    }
    None
}

/// The states of the relative clause `clause` that `cue` claims for: the list nearest to the cue, inside the
/// clause and at most [`CUE_TO_STATES_WORDS`] words from it.
fn clause_states<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    strict: &'g [Group<'a>],
    clause: (usize, usize),
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let (from, to) = clause;
    // Inside the clause the state is the subject or the object of its verb, on either side of it: «из которой
    // Катар вышел» as «из которой вышел Катар».
    let (cs, ce) = (cue.start, cue.end);
    strict
        .iter()
        .filter(|g| g.start >= from && g.end <= to)
        .filter_map(|g| {
            let gap = if g.end <= cs {
                (g.end, cs)
            } else if g.start >= ce {
                (ce, g.start)
            } else {
                return None;
            };
            let words = gap_words(ctx, dates, &ctx.doc_text[gap.0..gap.1], gap.0, false);
            (words <= CUE_TO_STATES_WORDS).then_some((words, g))
        })
        .min_by_key(|&(words, _)| words)
        .map(|(_, g)| g)
}

/// Whether an English sentence may hold a preposition stranded before a relative pronoun ("to which", "from
/// which"): one search for " which " in its normalised text, as a gate before the lists are built.
pub(super) fn may_strand(ctx: &SentenceCtx<'_>) -> bool {
    static WHICH: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" which "));
    ctx.lang == Lang::En && WHICH.find(ctx.norm.as_str().as_bytes()).is_some()
}
