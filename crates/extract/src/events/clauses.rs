//! Cutting a sentence into clauses: punctuation, boundary words, complementisers, reporting verbs, a comma
//! between two triggers, and English appositives and relative clauses after an actor. A trigger takes its
//! actors only from its own clause.

use std::ops::Range;

use blocwatch_text::Lang;

use super::actors::Actor;
use super::data::{Cue, WordList, WordLists};
use super::lang_ru::{ru_gerund, ru_participle};
use super::roles::is_prep;
use super::scan::{Hit, Scan};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Boundary {
    /// Punctuation, boundary words, reporting verbs: nothing carries over.
    Hard,
    /// A complementiser: modality carries over (denied *that* …, expected *to* …).
    Comp,
    /// A complementiser with a subject pronoun (أنها): modality and the subject carry over.
    CompPro,
    /// A comma between two triggers.
    Soft,
}

#[derive(Debug, Clone)]
pub(super) struct Clause {
    pub(super) range: Range<usize>,
    /// How the clause is separated from the one before it.
    pub(super) opened_by: Option<Boundary>,
    /// The actors (first and last index) whose verb this clause resumes after an English appositive or
    /// relative clause ("Turkey, a NATO member, bought …"): the subject of a verb that has none of its own.
    pub(super) resume: Option<(usize, usize)>,
}

pub(super) fn is_hard_punct(s: &str) -> bool {
    matches!(
        s,
        ";" | ":" | "(" | ")" | "[" | "]" | "!" | "?" | "؟" | "؛" | "—" | "–" | "…"
    )
}

pub(super) fn is_comma(s: &str) -> bool {
    matches!(s, "," | "،")
}

/// Cuts the sentence into clauses (`noun`: whether a trigger is a noun row).
pub(super) fn clauses(
    scan: &Scan,
    actors: &[Actor<'_>],
    lang: Lang,
    words: &WordLists,
    noun: impl Fn(&Hit) -> bool,
) -> Vec<Clause> {
    let n = scan.toks.len();
    let mut cut: Vec<(usize, Boundary)> = Vec::new();
    let resumes = if matches!(lang, Lang::En | Lang::Ru) {
        parentheticals(scan, actors, words, lang, &mut cut)
    } else {
        Vec::new()
    };
    let covered = |t: usize| {
        actors.iter().any(|a| a.t0 <= t && t < a.t1)
            || matches!(scan.text(t), "," | "،" | "-" | "/" | "\"")
            || scan.has_cue(t, t + 1, |c| matches!(c, Cue::And | Cue::Det))
    };
    let mut t = 0;
    while t < n {
        // (Every boundary below is punctuation: a word is read past without its text.)
        if scan.toks[t].word {
            t += 1;
            continue;
        }
        let s = scan.text(t);
        if s == "(" {
            // "(Brazil, Russia, India and China)": a bracketed list of actors is part of the clause.
            if let Some(u) = (t + 1..n).find(|&u| scan.text(u) == ")") {
                if u > t + 1 && (t + 1..u).all(covered) {
                    t = u + 1;
                    continue;
                }
                // (Arabic: an aside with no actor and no trigger, a date or a gloss, is read through:
                // وقّعت روسيا (في ٢٠١٩) اتفاقاً مع مصر.)
                if lang == Lang::Ar
                    && u > t + 1
                    && u - t <= 8
                    && !actors.iter().any(|a| a.t0 > t && a.t0 < u)
                    && !scan.triggers.iter().any(|h| h.t0 > t && h.t0 < u)
                {
                    t = u + 1;
                    continue;
                }
            }
        }
        if s == "\"" {
            // A quotation or title of more than a few words is a world of its own; a quoted name
            // («Газпром») is not.
            if let Some(u) = (t + 1..n).find(|&u| scan.text(u) == "\"") {
                if u - t > 5 {
                    cut.push((t, Boundary::Hard));
                    cut.push((u, Boundary::Hard));
                }
                t = u + 1;
                continue;
            }
        }
        if is_hard_punct(s) {
            cut.push((t, Boundary::Hard));
        }
        t += 1;
    }
    let comma_before = |t: usize, floor: usize| {
        (floor..t)
            .rev()
            .find(|&k| !scan.toks[k].word && is_comma(scan.text(k)))
    };
    for &(c0, c1, cue) in &scan.cues {
        // "а также" (as well as) is a joiner, not the contrastive "а". (Looked for only at a boundary
        // word.)
        let longer_and = || {
            scan.cues
                .iter()
                .any(|&(a, b, c)| c == Cue::And && a == c0 && b > c1)
        };
        // A cue that is also part of a trigger ("подтвердили приверженность", "признал … частью") is
        // read as the trigger.
        if scan.triggers.iter().any(|h| h.t0 <= c0 && c0 < h.t1) {
            continue;
        }
        // "Tashkent had meanwhile moved closer to Moscow", "Russia however signed": an English
        // sentence adverb right after a word (no punctuation or "and" before it) sits inside its clause.
        // So is "since" right after the auxiliary of a perfect ("Canada has since suspended nuclear aid",
        // "Kampala has since expressed regret"): an adverb of time, no conjunction opening a clause.
        if lang == Lang::En
            && cue == Cue::Boundary
            && c0 > 0
            && (matches!(scan.text(c0), "meanwhile" | "however")
                || (scan.text(c0) == "since"
                    && matches!(scan.text(c0 - 1), "has" | "have" | "had")))
            && scan.toks[c0 - 1].word
            && !scan.has_cue(c0 - 1, c0, |c| c == Cue::And)
        {
            continue;
        }
        // «письмо, в котором …», «визит, в ходе которого …»: a relative pronoun inside a longer cue that
        // opens a relative clause sharing the main clause's subject (`comp_pro`) cuts there, not again.
        let in_comp_pro = || {
            scan.cues
                .iter()
                .any(|&(a, b, c)| c == Cue::CompPro && a < c0 && b >= c1)
        };
        match cue {
            Cue::Boundary if !longer_and() && !in_comp_pro() => cut.push((c0, Boundary::Hard)),
            // "Germany declared 40 diplomats persona non grata", объявила о завершении миссии: a
            // reporting verb whose object is the event itself does not quote anyone.
            Cue::Report
                if scan.triggers.iter().any(|h| {
                    // (… or a noun of its phase between: объявило о начале совместных учений; and the
                    // «о» may come after a few words of when or how, with no punctuation: объявила в
                    // четверг о выходе из ОПЕК, заявил официально о выходе.)
                    h.t0 == c1
                        || (h.t0 > c1
                            && (c1..(c1 + 4).min(h.t0)).any(|k| {
                                h.t0 <= k + 2
                                    && scan.has_cue(k, k + 1, |c| c == Cue::About)
                                    && (c1..k).all(|u| scan.toks[u].word)
                            }))
                }) => {}
            // «انتقدت فرنسا تصريحات الوزير الروسي», «رحبت مصر بتصريحات»: an Arabic report noun right after
            // a trigger and its subject is that trigger's object, what is criticised or welcomed, and
            // quotes no one.
            Cue::Report
                if lang == Lang::Ar
                    && c0 > 0
                    && scan.triggers.iter().any(|h| {
                        h.t1 == c0 || actors.iter().any(|a| a.t1 == c0 && a.t0 == h.t1)
                    }) => {}
            Cue::Report => {
                cut.push((c0, Boundary::Hard));
                // "…, Azerbaijan's defence ministry said": the speaker before the verb is cut off too.
                let trigger_between =
                    |k: usize| scan.triggers.iter().any(|h| h.t0 > k && h.t0 < c0);
                if let Some(k) = comma_before(c0, 0) {
                    if !trigger_between(k) && c0 - k <= 6 {
                        cut.push((k, Boundary::Hard));
                    }
                }
            }
            Cue::Comp => cut.push((c0, Boundary::Comp)),
            Cue::CompPro => cut.push((c0, Boundary::CompPro)),
            _ => {}
        }
    }
    // A comma separates two triggers' clauses; the last comma before the later trigger is the cut, unless
    // it sits inside a list of actors.
    let in_list = |t: usize| {
        let before = actors.iter().any(|a| a.t1 == t);
        let after = actors.iter().any(|a| a.t0 == t + 1)
            || (t + 2 < n
                && scan.has_cue(t + 1, t + 2, |c| c == Cue::And)
                && actors.iter().any(|a| a.t0 == t + 2));
        before && after
    };
    let comma = |t: usize| !scan.toks[t].word && is_comma(scan.text(t));
    for w in scan.triggers.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        if cut.iter().any(|&(t, _)| t >= a.t1 && t < b.t0) {
            continue;
        }
        // Arabic sets a day or an apposition off by a pair of commas inside the clause (وقع …، الأربعاء،
        // مذكرة; وقعت تركيا، العضو في الناتو، اتفاقاً): neither comma of such a pair ends the clause.
        // (Only a lone pair: in a run of commas each one may end a clause.)
        let parenthetical = |t: usize| {
            lang == Lang::Ar
                && (a.t1..b.t0).filter(|&u| comma(u)).count() == 2
                && (a.t1..b.t0).any(|u| u != t && comma(u) && (2..=7).contains(&u.abs_diff(t)))
        };
        // «договор о дружбе, сотрудничестве и партнёрстве», "a treaty on friendship, cooperation and
        // partnership", «معاهدة بشأن الصداقة، والتعاون والشراكة»: a comma right before a noun trigger, inside the
        // about/on phrase of the noun trigger before it, lists what that document or meeting is about and
        // opens no clause; the noun after it stays the document's topic (`Coder::absorbed`), as the first
        // noun of the list does.
        let topic_list = |t: usize| {
            t + 1 == b.t0
                && noun(a)
                && noun(b)
                && scan.has_cue(a.t1, t, |c| matches!(c, Cue::About | Cue::On))
        };
        if let Some(t) = (a.t1..b.t0)
            .rev()
            .find(|&t| comma(t) && !in_list(t) && !parenthetical(t) && !topic_list(t))
        {
            cut.push((t, Boundary::Soft));
        }
    }
    // Several boundaries on one token: the most specific wins (أنها is a complementiser with a pronoun
    // before it is a plain one).
    let rank = |b: Boundary| match b {
        Boundary::CompPro => 0,
        Boundary::Comp => 1,
        Boundary::Hard => 2,
        Boundary::Soft => 3,
    };
    cut.sort_by_key(|&(t, b)| (t, rank(b)));
    cut.dedup_by_key(|c| c.0);
    let mut out = Vec::new();
    let mut start = 0;
    let mut opened_by = None;
    for (t, b) in cut {
        if t > start {
            out.push(Clause {
                range: start..t,
                opened_by,
                resume: resumes.iter().find(|r| r.0 == start).map(|r| r.1),
            });
        }
        // The boundary token itself starts the next clause (it may be "that" carrying modality).
        start = t;
        opened_by = Some(b);
    }
    if start < n {
        out.push(Clause {
            range: start..n,
            opened_by,
            resume: resumes.iter().find(|r| r.0 == start).map(|r| r.1),
        });
    }
    out
}

/// English appositives and relative clauses set off by commas after an actor ("Turkey, a NATO member
/// since 1952, bought …", "Brazil, which chairs BRICS this year, hosted …"): the phrase becomes a clause of
/// its own, so that its actors are not taken for the subject or object of the verb after it, and that
/// verb's clause resumes the actors before the phrase. Returns (closing comma, (first, last actor)).
fn parentheticals(
    scan: &Scan,
    actors: &[Actor<'_>],
    words: &WordLists,
    lang: Lang,
    cut: &mut Vec<(usize, Boundary)>,
) -> Vec<(usize, (usize, usize))> {
    let n = scan.toks.len();
    let comma = |t: usize| !scan.toks[t].word && is_comma(scan.text(t));
    let actor_at = |t: usize| actors.iter().any(|a| a.t0 <= t && t < a.t1);
    let mut out = Vec::new();
    for p in 1..n.saturating_sub(2) {
        if !comma(p) {
            continue;
        }
        // The phrase hangs from an actor that is not the object of a preposition ("a visit to Moscow,
        // which …" is about the visit).
        let Some(ai) = antecedent_before(scan, actors, words, p) else {
            continue;
        };
        let first = conjoined_start(scan, actors, ai);
        let a0 = actors[first].t0;
        let governed = a0 > 0
            && (scan.has_cue(a0 - 1, a0, is_prep)
                || (a0 > 1
                    && scan.has_cue(a0 - 1, a0, |c| c == Cue::Det)
                    && scan.has_cue(a0 - 2, a0 - 1, is_prep)));
        if governed {
            continue;
        }
        let opener = scan.text(p + 1);
        // ("Georgia, where protests continue, signed …", "Egypt, whose president met Putin, …".)
        let relative = matches!(opener, "which" | "who" | "whose" | "where");
        // (Russian "Турция, которая является членом НАТО, осудила …", "Иран, лидер которого …",
        // "Сербия, остающаяся кандидатом в ЕС, подписала …": a relative pronoun among the first words,
        // or a participle.)
        // (And a gerund phrase: «Президент Бразилии, находясь с визитом в Пекине, раскритиковал …».)
        // (The participle may follow a few words of its own phrase: «Путин, впервые после инаугурации
        // посетивший Пекин, подписал …», «Хатами, первым из иранских президентов посетивший Москву, …».)
        // («Турция, где расположена база НАТО, раскритиковала …»: a relative adverb of place too.)
        let ru_relative = lang == Lang::Ru
            && (matches!(opener, "где" | "куда" | "откуда")
                || (p + 1..(p + 4).min(n))
                    .any(|t| words.has(WordList::RelativePronoun, scan.text(t)))
                || ru_participle(opener)
                || ru_gerund(opener)
                || (p + 2..(p + 7).min(n))
                    .take_while(|&t| scan.toks[t].word)
                    .any(|t| ru_participle(scan.text(t)) && !actor_at(t)));
        let relative = relative || ru_relative;
        // ("Egypt and Jordan, two close allies of Washington, signed …", "…, both members of …",
        // "Belarus, Moscow's closest ally, held …".)
        // ("Saudi Arabia, Egypt, the UAE and Bahrain cut ties …, accusing …": a state named after "the"
        // and followed by "and" or a comma and another actor goes on with a list of actors; it opens no
        // appositive, whatever comma comes later in the sentence.)
        let is_and = |t: usize| scan.has_cue(t, t + 1, |c| c == Cue::And);
        let actor_from = |t: usize| {
            actors
                .iter()
                .any(|b| b.t0 == t || (b.t0 == t + 1 && scan.has_cue(t, t + 1, |c| c == Cue::Det)))
        };
        let list_goes_on = opener == "the"
            && actors.iter().any(|a| {
                (a.t0 == p + 1 || a.t0 == p + 2)
                    && !a.adjective
                    && a.t1 + 1 < n
                    && (comma(a.t1) || is_and(a.t1))
                    && actor_from(a.t1 + 1)
            });
        // (And a noun of the role the actor plays, after an adjective or not: «Германия, крупнейший
        // кредитор Греции, …», «Китай, главный поставщик оружия Пакистану, …»; `agent_noun_stem`.)
        let ru_member = lang == Lang::Ru
            && (words.has_stem_of(WordList::MemberNoun, opener)
                || (p + 1..(p + 3).min(n))
                    .any(|t| words.has_stem_of(WordList::AgentNounStem, scan.text(t))));
        let appositive = !list_goes_on
            && matches!(
                opener,
                "a" | "an" | "the" | "two" | "three" | "four" | "five" | "both" | "its" | "their"
            )
            // ("Egypt, one of the founding members of the Arab League, recalled …".)
            || (opener == "one" && scan.text((p + 2).min(n - 1)) == "of")
            || (opener == "как" && scan.has_cue(p + 2, p + 3, |c| c == Cue::Report))
            || (opener == "по" && scan.has_cue(p + 1, p + 3, |c| c == Cue::Report))
            || actors
                .iter()
                .any(|a| a.t0 == p + 1 && !a.adjective && possessive(scan, a.t1))
            || participle_aside(scan, p + 1)
            // (Russian «Австрия, член ЕС, …»: a noun of membership, `member_noun`.)
            || ru_member;
        // (Russian "Армения и ЕС, как сообщает агентство, подписали …": an inserted report is set off
        // the same way; "как" with no verb of speech after it is a comparison, "как и Китай". So is
        // «…, по данным МИД Казахстана, провели …», «по словам», «по сообщению».)
        if !relative && !appositive {
            continue;
        }
        // (A comma inside a list of actors does not close the phrase: "Uzbekistan, which joined the
        // GUAM group of Georgia, Ukraine, Azerbaijan and Moldova in 1999, left it in 2005".)
        let listed =
            |t: usize| actors.iter().any(|a| a.t1 == t) && actors.iter().any(|a| a.t0 == t + 1);
        let Some(q) = (p + 2..n).find(|&t| {
            !scan.toks[t].word
                && (is_hard_punct(scan.text(t)) || (is_comma(scan.text(t)) && !listed(t)))
        }) else {
            continue;
        };
        if !comma(q) {
            continue;
        }
        // "Russia, the United States and China signed": a list of actors is no appositive. (A Russian
        // participle or gerund that opens the phrase is a word of its own: «Канцлер Германии,
        // посетивший Анкару, призвал …».)
        let own_from = if ru_relative || ru_member {
            p + 1
        } else {
            p + 2
        };
        let words_of_its_own = (own_from..q).any(|t| {
            scan.toks[t].word
                && !actor_at(t)
                && !scan.has_cue(t, t + 1, |c| matches!(c, Cue::And | Cue::Det))
        });
        if !words_of_its_own {
            continue;
        }
        // The main clause resumes with its verb right after the closing comma (an auxiliary or adverb
        // or two may come first: "…, has also signed").
        let verb_at = |t: usize| {
            scan.triggers.iter().any(|h| h.t0 == t) || scan.has_cue(t, t + 1, |c| c == Cue::Verb)
        };
        // (In Russian a time phrase may stand there too: «…, во вторник подписал», «…, 12 марта
        // подписал»: a preposition that governs no actor is passed over.)
        let ru = lang == Lang::Ru;
        let governs_actor = |t: usize| scan.has_cue(t, t + 1, is_prep) && (!ru || actor_at(t + 1));
        let resumes_after = |q: usize| {
            (q + 1..(q + if ru { 5 } else { 4 }).min(n))
                .take_while(|&t| scan.toks[t].word && !actor_at(t) && !governs_actor(t))
                .any(verb_at)
        };
        // («Австрия, член ЕС, сотрудничающая с НАТО лишь как партнёр, выслала …»: a second Russian aside,
        // a participle or relative phrase, may follow the first before the verb, its participle a
        // trigger or not; the verb after it resumes the actor before both.)
        let second_aside = |q: usize| {
            // (Not a preposition's phrase before the participle: «…, на следующий день подписал».)
            ru && ((q + 1..(q + 3).min(n))
                .take_while(|&t| scan.toks[t].word && !scan.has_cue(t, t + 1, is_prep))
                .any(|t| ru_participle(scan.text(t)) || ru_gerund(scan.text(t)))
                || (q + 1..(q + 4).min(n))
                    .any(|t| words.has(WordList::RelativePronoun, scan.text(t))))
        };
        let q = if second_aside(q) {
            match (q + 2..n).find(|&t| {
                !scan.toks[t].word
                    && (is_hard_punct(scan.text(t)) || (is_comma(scan.text(t)) && !listed(t)))
            }) {
                Some(q2) if comma(q2) => q2,
                _ => q,
            }
        } else {
            q
        };
        if !resumes_after(q) {
            continue;
        }
        if appositive || ru_relative {
            cut.push((p, Boundary::Hard));
        }
        cut.push((q, Boundary::Hard));
        out.push((q, (first, ai)));
    }
    out
}

/// "President Macron, speaking after talks in Brussels, condemned …", "The Kremlin, responding to the
/// measures announced in London, banned …": an English -ing participle that opens a phrase set off by
/// commas, and is no trigger itself, is an aside on the actor before it; the states it names are not the
/// subject of the verb after it. (Not "including" or "during", which introduce a list or a time.)
/// So is a past participle with its agent ("Tanzanian forces, joined by Ugandan exiles, crossed …",
/// "Moroccan troops, backed by French intelligence, arrested …").
fn participle_aside(scan: &Scan, t: usize) -> bool {
    let w = scan.text(t);
    let by_agent = w.ends_with("ed") && t + 1 < scan.toks.len() && scan.text(t + 1) == "by";
    scan.toks[t].word
        && w.len() > 5
        && (w.ends_with("ing") || by_agent)
        && !matches!(w, "including" | "excluding" | "during" | "notwithstanding")
        && (by_agent || !scan.triggers.iter().any(|h| h.t0 == t))
}

/// The token after an English possessive that begins at token `t`: "'s" ("Moscow's closest ally",
/// "Hungary’s envoy") or the apostrophe alone after a plural ("the allies' envoy"); `t` itself where no
/// possessive begins there. (The scanner reads "'s" as two tokens, `'` and `s`.)
pub(super) fn past_possessive(scan: &Scan, t: usize) -> usize {
    let n = scan.toks.len();
    if t >= n || !matches!(scan.text(t), "'" | "’") {
        t
    } else if t + 1 < n && scan.text(t + 1) == "s" {
        t + 2
    } else {
        t + 1
    }
}

/// Whether an English possessive "'s" begins at token `t` ("Moscow's closest ally"; not the apostrophe
/// alone of a plural, see [`past_possessive`]).
fn possessive(scan: &Scan, t: usize) -> bool {
    past_possessive(scan, t) == t + 2
}

/// The actor an English phrase set off by the comma at `p` hangs from: the one right before the comma, or
/// the state of an official named by title right before it ("The French president, who …", "Iran's
/// foreign minister, who …": a demonym or a possessive, then up to three title words), or of a body of that
/// state ("The Chinese coast guard, which …", "Hungary's government, which …").
pub(super) fn antecedent_before(
    scan: &Scan,
    actors: &[Actor<'_>],
    words: &WordLists,
    p: usize,
) -> Option<usize> {
    let titled = |a: &Actor<'_>| {
        let t = if possessive(scan, a.t1) {
            a.t1 + 2
        } else if a.adjective {
            a.t1
        } else {
            return false;
        };
        t < p
            && p - t <= 3
            && (t..p).all(|k| {
                words.has(WordList::EnTitleAfterDemonym, scan.text(k))
                    || words.has(WordList::EnStateBody, scan.text(k))
            })
    };
    actors.iter().rposition(|a| a.t1 == p).or_else(|| {
        actors
            .iter()
            .rposition(|a| a.t1 < p && p - a.t1 <= 5 && titled(a))
    })
}

/// The first of the actors joined to actor `ai` by "and" or commas ("Hungary and Slovakia, which …").
pub(super) fn conjoined_start(scan: &Scan, actors: &[Actor<'_>], ai: usize) -> usize {
    let mut first = ai;
    while first > 0 {
        let (a, b) = (&actors[first - 1], &actors[first]);
        let joined = a.t1 <= b.t0
            && (a.t1..b.t0).all(|t| {
                is_comma(scan.text(t))
                    || scan.has_cue(t, t + 1, |c| matches!(c, Cue::And | Cue::Det))
            });
        if !joined {
            break;
        }
        first -= 1;
    }
    first
}
