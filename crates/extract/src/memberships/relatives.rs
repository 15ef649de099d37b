//! Claims told in a relative clause whose antecedent is a bloc ([`bloc_relatives`]): "ECOWAS, the bloc to
//! which the Gambia belongs", "the European Union, which Hungary joined in 2004", «ОПЕК, из которой Катар
//! вышел в 2019 году», «ШОС, в которую Иран вступил», "إيكواس، التكتل الذي انسحبت منه النيجر".

use super::dating::{in_date, nearest_date, since_dated};
use super::recall::is_anaphor_word;
use super::status::{admitted_as, held_status, office_cue};
use super::subjects::pair_group;
use super::tables::{tables, walk_words};
use super::text::{gap_words, is_in, norm_word, whole_words};
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
            None => {
                let Some(c) = fronted_cue(ctx, dates, strict, (rel_end, clause_end), prep) else {
                    continue;
                };
                stranded = c;
                &stranded
            }
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
/// does not part the states of one list ("in which Russia, China and India sit"), nor open the list a count
/// before it announces ([`opens_counted_list`]: «в которой остаются семь государств (США, …)»).
fn clause_end(ctx: &SentenceCtx<'_>, strict: &[Group<'_>], from: usize) -> usize {
    let rest = &ctx.doc_text[from..ctx.range.end];
    rest.char_indices()
        .find(|&(i, c)| {
            matches!(c, ',' | '،' | ';' | '؛' | '.' | '—' | '–' | '(' | ')' | ':')
                && !strict
                    .iter()
                    .any(|g| g.start < from + i && from + i < g.end)
                && !(matches!(c, ',' | '،' | '—' | '–' | '(' | ':')
                    && opens_counted_list(ctx, strict, from, from + i + c.len_utf8()))
        })
        .map_or(ctx.range.end, |(i, _)| from + i)
}

/// Words that may stand between the mark opening a list and its first state ("seven states: the United
/// States, …", "خمس دول، هي مصر …"), normalised.
const LIST_OPENERS: [&str; 5] = ["the", "namely", "هي", "وهي", "именно"];

/// "in which seven states (the United States, …) remain", «в которой остаются семь государств (США, …)», "التي
/// تبقى فيها سبع دول (الولايات المتحدة …)": the mark ending at `at` opens a list of states whose size a count
/// in the clause before it (from `from`, naming no state) announces.
fn opens_counted_list(ctx: &SentenceCtx<'_>, strict: &[Group<'_>], from: usize, at: usize) -> bool {
    let Some(g) = list_opened_at(ctx, strict, at) else {
        return false;
    };
    if ctx
        .mentions
        .iter()
        .any(|m| m.kind.is_geo() && m.start >= from && m.start < at)
    {
        return false;
    }
    let clause = &ctx.doc_text[from..at];
    tokens(clause)
        .filter(|tk| tk.kind == TokenKind::Word)
        .any(|tk| counted(&clause[tk.start..tk.end]) == Some(g.members.len()))
}

/// The list of states that the mark ending at `at` opens: the first list after it, with only [`LIST_OPENERS`]
/// between.
pub(super) fn list_opened_at<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    strict: &'g [Group<'a>],
    at: usize,
) -> Option<&'g Group<'a>> {
    let g = strict.iter().find(|g| g.start >= at)?;
    let between = &ctx.doc_text[at..g.start];
    tokens(between)
        .filter(|tk| tk.kind == TokenKind::Word)
        .all(|tk| LIST_OPENERS.contains(&norm_word(&between[tk.start..tk.end]).as_ref()))
        .then_some(g)
}

/// The number a word counts ("seven", «семь», "سبع", "57"), its Arabic article taken off.
pub(super) fn counted(w: &str) -> Option<usize> {
    let w = norm_word(w);
    crate::amounts::whole_count(w.strip_prefix("ال").unwrap_or(&*w)).map(|n| n as usize)
}

/// How many words besides states, dates and auxiliaries may stand before the verb of a relative clause whose
/// preposition is set apart from it: an article, "only", a count and its noun ("in which only seven states
/// remain").
const FRONTED_LEAD_WORDS: usize = 4;

/// How many words [`fronted_cue`] tries as the verb of its clause: the verb, or an adverb and the verb.
const VERB_CANDIDATES: usize = 2;

/// Arabic pronouns that resume the antecedent after the verb of a relative clause ("التي تبقى فيها", "التي
/// انسحبت منها"), normalised.
const AR_RESUMPTIVES: [&str; 8] = ["فيها", "فيه", "منها", "منه", "اليها", "اليه", "بها", "به"];

/// The cue of a relative clause whose verb governs the pronoun through a preposition it does not stand next
/// to, when the verb alone is no cue: the English preposition stranded before the pronoun ("to which the
/// Gambia belongs", "from which Mali withdrew"), the Russian one fronted with it («в которой остаются семь
/// государств»), each read with the verb as a cue phrase ("belongs to", «остаются в»); an Arabic verb with the
/// pronoun resuming the antecedent right after it ("التي تبقى فيها") is read as a cue on its own, the pronoun
/// standing for the bloc the cue wants after it. The verb is the first word after the clause's states, dates,
/// auxiliaries and a counted noun; a negation leaves the clause unread.
fn fronted_cue(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    strict: &[Group<'_>],
    clause: (usize, usize),
    prep: Option<&str>,
) -> Option<Cue> {
    let (from, to) = clause;
    let prep = match (ctx.lang, prep) {
        (Lang::Ar, _) => None,
        (_, None) => return None,
        (_, Some("во")) => Some("в"),
        (_, Some("со")) => Some("с"),
        (_, Some("ко")) => Some("к"),
        (_, p) => p,
    };
    let t = tables();
    let rest = &ctx.doc_text[from..to];
    let words: SmallVec<[(usize, usize); 12]> = tokens(rest)
        .filter(|tk| tk.kind == TokenKind::Word)
        .map(|tk| (from + tk.start, from + tk.end))
        .collect();
    let (mut lead, mut after_count, mut tried) = (0, false, 0);
    for (i, &(s, e)) in words.iter().enumerate() {
        if strict.iter().any(|g| g.start <= s && e <= g.end) || in_date(dates, s, e) {
            continue;
        }
        let normed = norm_word(&ctx.doc_text[s..e]);
        let w = normed.as_ref();
        if t.negations.matches(w) {
            return None;
        }
        if ctx.lang == Lang::En && EN_AUXILIARIES.contains(&w) {
            continue;
        }
        let count = counted(w).is_some();
        if count || after_count || matches!(w, "the" | "both" | "only") {
            after_count = count;
            lead += 1;
            if lead > FRONTED_LEAD_WORDS {
                return None;
            }
            continue;
        }
        // An adverb may stand before the verb: «в которой теперь остаются».
        tried += 1;
        if tried > VERB_CANDIDATES {
            return None;
        }
        let (phrase, end) = match prep {
            Some(p) => (format!("{w} {p}"), e),
            None => match words.get(i + 1) {
                Some(&(rs, re))
                    if AR_RESUMPTIVES.contains(&norm_word(&ctx.doc_text[rs..re]).as_ref()) =>
                {
                    (w.to_string(), re)
                }
                _ => continue,
            },
        };
        let Some(hit) = walk_words(&phrase)
            .cues
            .into_iter()
            .find(|h| h.s == 0 && h.e == phrase.len())
        else {
            continue;
        };
        let meta = &t.meta[hit.pat];
        if matches!(meta.status, "none" | "same") {
            return None;
        }
        return Some(Cue {
            start: s,
            end,
            status: meta.status,
            members: Side::Either,
            bloc: Side::Before,
            negated: false,
            possessed: false,
            singular: false,
        });
    }
    None
}

/// The states of the relative clause `clause` that `cue` claims for: the list nearest to the cue, inside the
/// clause and at most [`CUE_TO_STATES_WORDS`] words from it (two more where a count of the list stands between:
/// "التي تبقى فيها ثلاث دول، هي …").
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
            let text = &ctx.doc_text[gap.0..gap.1];
            let words = gap_words(ctx, dates, text, gap.0, false);
            // "التي تبقى فيها ثلاث دول، هي السلفادور …": a count of the list and a word opening it more.
            let counts_list = || {
                tokens(text)
                    .filter(|tk| tk.kind == TokenKind::Word)
                    .any(|tk| counted(&text[tk.start..tk.end]) == Some(g.members.len()))
            };
            (words <= CUE_TO_STATES_WORDS || (words <= CUE_TO_STATES_WORDS + 2 && counts_list()))
                .then_some((words, g))
        })
        .min_by_key(|&(words, _)| words)
        .map(|(_, g)| g)
}

/// Whether a sentence may hold a preposition set apart from the verb of a relative clause ("to which", «в
/// которой»; [`fronted_cue`]): one search for the pronoun in its normalised text, as a gate before the lists are
/// built. Arabic sentences are read whatever cues they hold.
pub(super) fn may_strand(ctx: &SentenceCtx<'_>) -> bool {
    static WHICH: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" which "));
    static KOTOR: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("котор"));
    let finder = match ctx.lang {
        Lang::En => &WHICH,
        Lang::Ru => &KOTOR,
        Lang::Ar => return false,
    };
    finder.find(ctx.norm.as_str().as_bytes()).is_some()
}

/// Whether an English or Russian sentence may hold a noun of application with its relative or participle
/// clause ([`applied_relatives`]; Arabic sentences are never left before it): the gate before the lists are
/// built, the same search [`applied_relatives`] opens with.
pub(super) fn may_apply(ctx: &SentenceCtx<'_>) -> bool {
    ctx.lang != Lang::Ar && holds_application_noun(ctx.norm.as_str())
}

/// Whether the normalised text `n` holds a noun of application (`application_noun` rows) as a substring: a word
/// equal to one holds it, so a sentence holding none need not be tokenized (the searchers are built once).
fn holds_application_noun(n: &str) -> bool {
    tables().application_noun_search.find(n).is_some()
}

/// How many words a count may stand from the cue whose states it counts ("taking six former Soviet republics as
/// partners: Armenia, …", «партнёрами которой стали шесть бывших советских республик — Армения, …»).
const COUNT_REACH: usize = 6;
/// How many words may stand between a count (or the cue after it) and the mark opening the list it counts: the
/// counted noun and its adjectives («шесть бывших советских республик —»).
const COUNT_TO_LIST_WORDS: usize = 5;

/// "taking six former Soviet republics as partners: Armenia, Azerbaijan, …", «партнёрами которой стали шесть
/// бывших советских республик — Армения, …», "مع ست جمهوريات سوفيتية سابقة أصبحت شريكة فيه، هي أرمينيا …": the
/// states of a cue that a count in its clause stands for, listed after a dash, colon, bracket or comma that the
/// count's noun phrase (or the cue after it) ends with; as many states as the count says, with no other state
/// between the count and the list.
pub(super) fn counted_apposed<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    strict: &'g [Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let (from, to) = (ctx.range.start, ctx.range.end);
    let text = &ctx.doc_text[from..to];
    let words: SmallVec<[(usize, usize); 32]> = tokens(text)
        .filter(|tk| tk.kind == TokenKind::Word)
        .map(|tk| (from + tk.start, from + tk.end))
        .collect();
    let first = words.iter().position(|&(s, _)| s >= cue.start)?;
    let last = words.iter().rposition(|&(_, e)| e <= cue.end)?;
    let before = first.saturating_sub(COUNT_REACH)..first;
    let after = last + 1..(last + 1 + COUNT_REACH).min(words.len());
    before.rev().chain(after).find_map(|k| {
        let (cs, ce) = words[k];
        let n = counted(&ctx.doc_text[cs..ce]).filter(|&n| n >= 2)?;
        // The count and the cue stand in one clause.
        let (a, b) = if ce <= cue.start {
            (ce, cue.start)
        } else {
            (cue.end, cs)
        };
        if ctx.doc_text[a..b].contains(|c: char| {
            matches!(c, ',' | '،' | ';' | '؛' | '.' | '—' | '–' | ':' | '(' | ')')
        }) {
            return None;
        }
        let open = ce.max(cue.end);
        let rest = &ctx.doc_text[open..to];
        let (i, c) = rest.char_indices().find(|&(_, c)| {
            matches!(c, ',' | '،' | ';' | '؛' | '.' | '—' | '–' | ':' | '(' | ')')
        })?;
        if !matches!(c, ',' | '،' | '—' | '–' | ':' | '(') {
            return None;
        }
        let mark = open + i;
        let between = words
            .iter()
            .filter(|&&(s, e)| s >= open && e <= mark)
            .count();
        if between > COUNT_TO_LIST_WORDS
            || ctx
                .mentions
                .iter()
                .any(|m| m.kind.is_geo() && m.start >= cs.min(cue.start) && m.start < mark)
        {
            return None;
        }
        list_opened_at(ctx, strict, mark + c.len_utf8()).filter(|g| g.members.len() == n)
    })
}

/// How many words may stand between the word for a bloc opening an apposition and the "with" that joins states
/// to it: a subject and its verb ("the group it forms with", "the union Russia forms with").
const NOUN_TO_WITH_WORDS: usize = 3;

/// "GUUAM, the group it forms with Georgia, Ukraine, Azerbaijan and Moldova", «ГУУАМ — объединении с Грузией,
/// Украиной, Азербайджаном и Молдавией»: an apposition set off after a bloc by a comma or a dash that opens with a
/// word for a bloc and joins a list of states to it by "with" (or «с») names members of the bloc: the list, and a
/// state standing between the word and "with" as the subject of the forming ("the union Russia forms with
/// Belarus"). A state already claimed in the bloc is left as it is.
pub(super) fn apposed_fellows(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
    let (ctx, strict) = (sent.ctx, sent.strict);
    if ctx.lang == Lang::Ar {
        return;
    }
    for b in sent.blocs {
        if !apposes_bloc_word(ctx, b.end) {
            continue;
        }
        let rest = &ctx.doc_text[b.end..ctx.range.end];
        let toks = tokens(rest).skip(1);
        let mut noun = false;
        let mut between = 0;
        let mut subject: Option<&Group<'_>> = None;
        for tk in toks {
            let (s, e) = (b.end + tk.start, b.end + tk.end);
            if tk.kind != TokenKind::Word {
                break;
            }
            if let Some(g) = strict.iter().find(|g| g.start <= s && e <= g.end) {
                if !noun || subject.is_some_and(|h| h.start != g.start) {
                    break;
                }
                subject = Some(g);
                continue;
            }
            let normed = norm_word(&rest[tk.start..tk.end]);
            let w = normed.as_ref();
            if !noun {
                if matches!(w, "the" | "a") {
                    continue;
                }
                if !is_anaphor_word(w) {
                    break;
                }
                noun = true;
                continue;
            }
            if matches!(w, "with" | "с" | "со") {
                let Some(list) = strict.iter().find(|g| g.start >= e) else {
                    break;
                };
                if !ctx.doc_text[e..list.start].trim().is_empty() {
                    break;
                }
                for g in [Some(list), subject].into_iter().flatten() {
                    if !claims.any_of(b.id, g) {
                        claims.push(b.id, g, "member", false, None);
                    }
                }
                break;
            }
            between += 1;
            if between > NOUN_TO_WITH_WORDS {
                break;
            }
        }
    }
}

/// Whether a comma or a dash after a bloc ending at `at` opens an apposition with a word for a bloc ("GUUAM, the
/// group …", «ГУУАМ — объединении …»): the cheap test that lets a sentence with no cue reach [`apposed_fellows`].
pub(super) fn apposes_bloc_word(ctx: &SentenceCtx<'_>, at: usize) -> bool {
    let rest = &ctx.doc_text[at..ctx.range.end];
    let mut toks = tokens(rest);
    if !toks.next().is_some_and(|tk| {
        tk.kind != TokenKind::Word && matches!(&rest[tk.start..tk.end], "," | "—" | "–")
    }) {
        return false;
    }
    for tk in toks.take(2) {
        if tk.kind != TokenKind::Word {
            return false;
        }
        let w = norm_word(&rest[tk.start..tk.end]);
        if is_anaphor_word(&w) {
            return true;
        }
        if !matches!(w.as_ref(), "the" | "a") {
            return false;
        }
    }
    false
}

/// How many words may stand between the noun and the relative pronoun ("application to join the SCO").
const APPLICATION_TO_PRONOUN: usize = 6;
/// The words read from a noun of application on: the noun, those up to its relative pronoun or
/// participle ([`APPLICATION_TO_PRONOUN`]) and the two after it (an Arabic verb and its particle, an
/// English "in" and the agent word).
const APPLICATION_WORDS: usize = APPLICATION_TO_PRONOUN + 3;

/// "BRICS has yet to rule on the application that Azerbaijan lodged in August 2024", «БРИКС пока не рассмотрел
/// заявку на вступление, которую Азербайджан подал в августе 2024 года», "vetoing the application Britain made
/// in 1961": a noun of application whose relative clause has a state hand it in — the state right after the
/// pronoun (or, in English, right after the noun), a verb of handing in right after the state — makes that
/// state an `applicant`, dated by the clause. The agent may follow the verb instead: a participle with its
/// agent ("the application lodged by Britain", «заявку, поданную Великобританией») or an Arabic relative clause,
/// verb first ("طلب الانضمام الذي تقدمت به بريطانيا"). The bloc is one named between the noun and the pronoun,
/// else the sentence's one bloc. The words are `application_*` rows of `membership_modal.csv`.
pub(super) fn applied_relatives(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
    let (ctx, dates, strict, blocs) = (sent.ctx, sent.dates, sent.strict, sent.blocs);
    if strict.is_empty() || blocs.is_empty() {
        return;
    }
    let t = tables();
    let n = ctx.norm.as_str();
    let doc = |x: usize| ctx.range.start + ctx.norm.orig_start(x);
    // Each noun standing as a whole word ("Biden", «مطلب», «بطلب» hold a noun's letters in another word),
    // found by one searcher, and the words from it on that its clause is read in: the sentence is not
    // tokenized whole (session 53; the noun is word 0).
    for (s, e) in whole_words(n, &t.application_noun_search) {
        let words: SmallVec<[(usize, usize); APPLICATION_WORDS]> = tokens(&n[s..])
            .filter(|tk| tk.kind == TokenKind::Word)
            .take(APPLICATION_WORDS)
            .map(|tk| (s + tk.start, s + tk.end))
            .collect();
        let word = |j: usize| &n[words[j].0..words[j].1];
        let i = 0;
        let last = (i + 1 + APPLICATION_TO_PRONOUN).min(words.len());
        // Where the clause naming the state opens: a relative pronoun, or a participle of handing in
        // (with its agent word in English).
        let opener = (i + 1..last).find_map(|j| {
            if is_in(&t.application_relatives, word(j)) {
                Some((j, None))
            } else {
                agent_opener(t, ctx.lang, n, &words, j).map(|k| (j, Some(k)))
            }
        });
        let pronoun = opener.and_then(|(j, k)| k.is_none().then_some(j));
        let opener_at = opener.map(|(j, _)| j);
        let between = &n[e..opener_at.map_or(e, |j| words[j].0)];
        if !n[s..e].starts_with("application")
            && !t
                .application_complements
                .iter()
                .any(|c| between.contains(c.as_str()))
        {
            continue;
        }
        // The verb stands before the state: an Arabic relative clause, or a participle with its agent.
        let verb_first = match opener {
            Some((j, None)) if ctx.lang == Lang::Ar => {
                let Some(v) = (j + 1 < words.len()).then_some(j + 1) else {
                    continue;
                };
                if !is_in(&t.application_verbs, word(v)) {
                    continue;
                }
                let after = v + 1;
                let after = if after < words.len() && is_in(&t.application_particles, word(after)) {
                    after + 1
                } else {
                    after
                };
                Some(words[after - 1].1)
            }
            Some((_, Some(k))) => Some(words[k].1),
            _ => None,
        };
        let opens = match (verb_first, pronoun) {
            (Some(at), _) => at,
            (None, Some(j)) => words[j].1,
            // English leaves the pronoun out: "the application Britain made".
            (None, None) if ctx.lang == Lang::En => e,
            (None, None) => continue,
        };
        if ctx.lang == Lang::Ar && verb_first.is_none() {
            continue;
        }
        let from = doc(opens);
        let Some(g) = strict.iter().find(|g| g.start >= from) else {
            continue;
        };
        let lead = gap_words(ctx, dates, &ctx.doc_text[from..g.start], from, false);
        let verb_end = if verb_first.is_some() {
            if lead > 0 {
                continue;
            }
            g.end
        } else {
            if lead > usize::from(pronoun.is_some()) {
                continue;
            }
            let rest = &ctx.doc_text[g.end..ctx.range.end];
            let Some(verb) = tokens(rest).find(|tk| tk.kind == TokenKind::Word) else {
                continue;
            };
            if !rest[..verb.start].trim().is_empty()
                || !is_in(
                    &t.application_verbs,
                    &norm_word(&rest[verb.start..verb.end]),
                )
            {
                continue;
            }
            g.end + verb.end
        };
        let (noun_end, pronoun_start) = (doc(e), opener_at.map_or(doc(e), |j| doc(words[j].0)));
        let bloc = blocs
            .iter()
            .find(|b| b.start >= noun_end && b.end <= pronoun_start)
            .or_else(|| blocs.iter().all(|b| b.id == blocs[0].id).then(|| &blocs[0]));
        let Some(bloc) = bloc else {
            continue;
        };
        let date = nearest_date(ctx, dates, strict, g.start, verb_end);
        claims.push(bloc.id, g, "applicant", false, date);
    }
}

/// The last word of a participle clause's opener at word `j` of `words` (spans of the normalised sentence
/// `n`) naming who handed an application in: a Russian passive participle («поданную»), or an English verb of
/// handing in, "in" perhaps, then its agent word ("lodged by", "handed in by").
fn agent_opener(
    t: &super::tables::Tables,
    lang: Lang,
    n: &str,
    words: &[(usize, usize)],
    j: usize,
) -> Option<usize> {
    let w = |k: usize| words.get(k).map(|&(s, e)| &n[s..e]);
    match lang {
        Lang::Ru => w(j)
            .is_some_and(|x| is_in(&t.application_participles, x))
            .then_some(j),
        Lang::En => {
            if !w(j).is_some_and(|x| is_in(&t.application_verbs, x)) {
                return None;
            }
            let k = if w(j + 1) == Some("in") { j + 2 } else { j + 1 };
            w(k).is_some_and(|x| is_in(&t.application_agents, x))
                .then_some(k)
        }
        Lang::Ar => None,
    }
}
