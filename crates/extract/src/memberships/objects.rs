//! The bloc's own verbs ("the AU suspended Niger", [`object_claims`]) and the Arabic split phrases
//! ([`split_claims`], [`verb_bloc_noun_claims`]).

use super::dating::{in_date, nearest_date, prepositions_before_dates};
use super::modality::{hypothetical, negates};
use super::status::lesser_status;
use super::subjects::participle_word;
use super::tables::{tables, NEG_WINDOW};
use super::text::{
    clause_before, gap_words, last_words, norm_at, norm_before, norm_range, norm_word, unglued,
};
use super::{Claims, Group, Sent};
use crate::context::{SentMention, SentenceCtx};
use crate::dates::DateHit;
use blocwatch_lexicon::Kind;
use blocwatch_text::{tokens, TokenKind};

/// Arabic split phrases: a verb before the state and the noun for its membership after it ("علقت أرمينيا
/// مشاركتها", [`split_claims`]), and a verb, a bloc, the noun and the state ([`verb_bloc_noun_claims`]),
/// whose noun is what the verb suspends or ends, not a second claim that the state is a member.
pub(super) fn ar_split_phrases(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
    let Sent {
        ctx,
        dates,
        strict,
        blocs,
    } = *sent;
    if ctx.lang == blocwatch_text::Lang::Ar {
        for (g, status, bloc_from) in split_claims(ctx, strict) {
            let Some(bloc) = blocs.iter().filter(|b| b.start >= bloc_from).find(|b| {
                gap_words(
                    ctx,
                    dates,
                    &ctx.doc_text[bloc_from..b.start],
                    bloc_from,
                    false,
                ) <= 2
            }) else {
                continue;
            };
            let date = nearest_date(ctx, dates, strict, g.start, bloc.end);
            claims.push(bloc.id, g, status, false, date);
        }
        // The noun is what the verb suspends or ends, not a second claim that the state is a member.
        let mut held: Vec<(&str, &str)> = Vec::new();
        for (g, status, bloc) in verb_bloc_noun_claims(ctx, dates, strict, blocs) {
            let date = nearest_date(ctx, dates, strict, bloc.end, g.start);
            claims.push(bloc.id, g, status, false, date);
            held.extend(g.members.iter().map(|m| (bloc.id, *m)));
        }
        claims.out.retain(|r| {
            r.status != "member"
                || r.negated
                || !held.contains(&(r.bloc.as_str(), r.member.as_str()))
        });
    }
}

/// "Mercosur, founded by Argentina, Brazil, Paraguay and Uruguay in 1991, suspended Venezuela", «Меркосур,
/// созданный в 1991 году, приостановил …», "ميركوسور، الذي أنشأته …، علّق": the `gap` (at `offset`) between a
/// bloc and its verb is an apposition set off by commas — opening with a participle, a relative pronoun or an
/// article — and at most one word (a date's preposition not counted) after its closing comma: the bloc is the
/// verb's subject.
fn apposed_subject(ctx: &SentenceCtx<'_>, dates: &[DateHit], gap: &str, offset: usize) -> bool {
    let Some(inner) = gap.trim_start().strip_prefix([',', '،']) else {
        return false;
    };
    let Some(close) = inner.rfind([',', '،']) else {
        return false;
    };
    if inner.contains([';', '؛', '.', '(', ')']) {
        return false;
    }
    let tail_at = offset + (gap.len() - inner.len()) + close + 1;
    let tail = &ctx.doc_text[tail_at..offset + gap.len()];
    let tail_words = gap_words(ctx, dates, tail, tail_at, false)
        .saturating_sub(prepositions_before_dates(ctx, dates, tail, tail_at));
    if tail_words > 1 {
        return false;
    }
    let Some(first) = tokens(inner).find(|tk| tk.kind == TokenKind::Word) else {
        return false;
    };
    let w = norm_word(&inner[first.start..first.end]);
    matches!(
        w.as_ref(),
        "which"
            | "whose"
            | "that"
            | "the"
            | "a"
            | "an"
            | "который"
            | "которая"
            | "которое"
            | "которые"
            | "الذي"
            | "التي"
    ) || participle_word(ctx.lang, &w)
}

/// The bloc's own verbs' claims ([`object_claims`]), after the cues' claims.
pub(super) fn object_claims_pushed(
    claims: &mut Claims<'_, '_>,
    objects: &[(&Group<'_>, &'static str, String, Option<String>, bool)],
) {
    for (g, status, bloc, date, negated) in objects {
        // "ШОС приняла Турцию в качестве партнёра по диалогу": a state admitted to a lesser status named in
        // the sentence took that status, not membership.
        let members: Vec<&str> = g
            .members
            .iter()
            .copied()
            .filter(|m| {
                *status != "member"
                    || !claims.out.iter().any(|r| {
                        r.bloc == *bloc && r.member == *m && !r.negated && lesser_status(&r.status)
                    })
            })
            .collect();
        let admitted = Group {
            start: g.start,
            end: g.end,
            members,
        };
        claims.push(bloc, &admitted, status, *negated, date.clone());
    }
}

/// "علّقت جامعة الدول العربية في الثاني والعشرين من فبراير 2011 مشاركة ليبيا": an Arabic verb of suspending
/// or ending, its bloc, at most a date, then the word membership or participation and the state it belongs
/// to. Returns the group, the status and the bloc.
pub(super) fn verb_bloc_noun_claims<'g, 'a, 'm>(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    groups: &'g [Group<'a>],
    blocs: &[&'m SentMention<'m>],
) -> Vec<(&'g Group<'a>, &'static str, &'m SentMention<'m>)> {
    let t = tables();
    let mut out = Vec::new();
    for g in groups {
        let before = &ctx.doc_text[ctx.range.start..g.start];
        let trimmed = before.trim_end();
        let noun_start = trimmed
            .char_indices()
            .rev()
            .find(|&(_, c)| !blocwatch_text::is_word_char(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let noun = norm_word(&trimmed[noun_start..]);
        let noun = noun.trim_start_matches(['و', 'ف', 'ب']);
        let noun = noun.strip_prefix("ال").unwrap_or(noun);
        if !matches!(noun, "مشاركه" | "عضويه") {
            continue;
        }
        let noun_at = ctx.range.start + noun_start;
        let Some(&bloc) = blocs
            .iter()
            .filter(|b| b.end <= noun_at && b.start >= ctx.range.start)
            .max_by_key(|b| b.end)
        else {
            continue;
        };
        // Only a date (and its preposition, "في", "منذ", "يوم") between the bloc and the noun, or where the
        // bloc met: "في" and at most three words after it ("علقت إيكواس في قمة أبوجا عضوية النيجر", "في
        // اجتماعه الطارئ").
        let gap = &ctx.doc_text[bloc.end..noun_at];
        let mut place = 0;
        let words = tokens(gap)
            .filter(|tk| tk.kind == TokenKind::Word)
            .filter(|tk| {
                let (s, e) = (bloc.end + tk.start, bloc.end + tk.end);
                let w = norm_word(&gap[tk.start..tk.end]);
                if w == "في" {
                    place = 3;
                    return false;
                }
                if place > 0 && !in_date(dates, s, e) {
                    place -= 1;
                    return false;
                }
                !in_date(dates, s, e) && !t.date_prepositions.iter().any(|p| *p == w)
            })
            .count();
        if words > 0 || gap.contains([',', '،', '.', ';', '؛']) {
            continue;
        }
        // "علقت السوق المشتركة الجنوبية (ميركوسور) عضوية فنزويلا": the verb stands before the name the
        // bracketed acronym repeats.
        let head = bracketed_repeat(ctx, blocs, bloc).unwrap_or(bloc);
        // The verb stands right before the bloc, or before the body of it that acts ("علّق مجلس السلم والأمن
        // التابع للاتحاد الأفريقي الاثنين عضوية النيجر"): the nearest verb of suspending or ending among the
        // six words before the bloc, in its clause.
        let status = last_words(
            clause_before(ctx.norm.as_str(), norm_at(ctx, head.start)),
            6,
        )
        .iter()
        .rev()
        .find_map(|w| {
            let forms = unglued(w);
            if t.split_suspend.iter().any(|v| forms.contains(&v.as_str())) {
                Some("suspended")
            } else if t.split_end.iter().any(|v| forms.contains(&v.as_str())) {
                Some("former")
            } else {
                None
            }
        });
        if let Some(status) = status {
            out.push((g, status, bloc));
        }
    }
    out
}

/// The mention of the same bloc that a bracketed name repeats ("السوق المشتركة الجنوبية (ميركوسور)",
/// "the Southern African Development Community (SADC)"): nothing but an opening bracket between them.
pub(super) fn bracketed_repeat<'m>(
    ctx: &SentenceCtx<'_>,
    blocs: &[&'m SentMention<'m>],
    bloc: &SentMention<'_>,
) -> Option<&'m SentMention<'m>> {
    blocs.iter().copied().find(|b| {
        b.id == bloc.id && b.end <= bloc.start && ctx.doc_text[b.end..bloc.start].trim() == "("
    })
}

/// The Arabic verbs of stopping whose state stands between them and "عن المشاركة" ([`split_claims`]).
const STOP_VERBS: [&str; 4] = ["توقفت", "توقف", "توقفتا", "كفت"];

/// Arabic verb-first claims with the state inside the phrase: a suspending verb, the state and "its
/// participation/membership" ("علقت أرمينيا مشاركتها في المنظمة") or a verb of stopping, the state and
/// "from taking part" ("توقفت ألبانيا عن المشاركة في"), or a verb of returning, the state and
/// "to" ("عادت سوريا إلى الجامعة"). Returns the group, the status and where the bloc is looked for.
pub(super) fn split_claims<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    groups: &'g [Group<'a>],
) -> Vec<(&'g Group<'a>, &'static str, usize)> {
    let t = tables();
    let mut out = Vec::new();
    for g in groups {
        let before = ctx.doc_text[ctx.range.start..g.start].trim_end();
        let verb = before
            .rsplit(|c: char| !blocwatch_text::is_word_char(c))
            .next()
            .unwrap_or("");
        let verb = norm_word(verb);
        let forms = unglued(&verb);
        let is = |list: &[String]| list.iter().any(|v| forms.contains(&v.as_str()));
        let after = &ctx.doc_text[g.end..ctx.range.end];
        let next_len = after
            .trim_start()
            .find(|c: char| !blocwatch_text::is_word_char(c))
            .unwrap_or(after.trim_start().len());
        let lead = after.len() - after.trim_start().len();
        let next = norm_word(&after.trim_start()[..next_len]);
        let bloc_from = g.end + lead + next_len;
        if is(&t.split_suspend) && t.split_noun.iter().any(|x| *x == next) {
            out.push((g, "suspended", bloc_from));
        } else if is(&t.split_end) && t.split_noun.iter().any(|x| *x == next) {
            out.push((g, "former", bloc_from));
        } else if is(&t.split_return) && next == "الي" {
            out.push((g, "member", bloc_from));
        } else if STOP_VERBS.iter().any(|v| forms.contains(v)) && next == "عن" {
            // "توقفت ألبانيا عن المشاركة في حلف وارسو": a verb of stopping, the state, then "from taking
            // part" — the participation stopped, a suspension; the bloc after the verbal noun.
            let rest = &ctx.doc_text[bloc_from..ctx.range.end];
            let noun_len = rest
                .trim_start()
                .find(|c: char| !blocwatch_text::is_word_char(c))
                .unwrap_or(rest.trim_start().len());
            let noun = norm_word(&rest.trim_start()[..noun_len]);
            if noun.starts_with("المشارك") {
                let lead = rest.len() - rest.trim_start().len();
                out.push((g, "suspended", bloc_from + lead + noun_len));
            }
        }
    }
    out
}

/// Claims whose state is the object of the bloc's verb: "The African Union suspended Niger", "ECOWAS
/// expelled …", "Leaders of the G7 suspended Russia's participation in the G8" (the bloc after the
/// possessive noun wins), and with `recalled`, "It suspended Gabon" / "The bloc admitted Laos" after a
/// sentence that named the bloc. The verb must stand right before the state (an article aside) and the
/// bloc right before the verb: "the EU suspended talks with Turkey" claims nothing. Returns the group, the
/// status, the bloc and the date. Callers first ask [`Walked::object_verb`]: most sentences hold none.
pub(super) fn object_claims<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    groups: &'g [Group<'a>],
    blocs: &[&SentMention<'_>],
    recalled: Option<&str>,
) -> Vec<(&'g Group<'a>, &'static str, String, Option<String>, bool)> {
    let t = tables();
    let mut out = Vec::new();
    if groups.is_empty() {
        return out;
    }
    for g in groups {
        let before = &ctx.doc_text[ctx.range.start..g.start];
        let words: Vec<(usize, usize)> = tokens(before)
            .filter(|tk| tk.kind == TokenKind::Word)
            .map(|tk| (tk.start, tk.end))
            .collect();
        let Some(mut k) = words.len().checked_sub(1) else {
            continue;
        };
        if matches!(norm_word(&before[words[k].0..words[k].1]).as_ref(), "the") {
            let Some(k1) = k.checked_sub(1) else {
                continue;
            };
            k = k1;
        }
        let (mut vs, ve) = words[k];
        // Only words and spaces between the verb and the state: "suspended, among others, Niger" is not it.
        if before[ve..].contains(|c: char| !c.is_alphanumeric() && !c.is_whitespace()) {
            continue;
        }
        let verb = norm_word(&before[vs..ve]);
        let mut found = t.object_verbs.iter().find(|(v, _)| *v == verb);
        // A phrasal verb, its particle last: "later took in Myanmar, Nepal and Bhutan".
        if found.is_none() && k > 0 {
            let (ps, pe) = words[k - 1];
            if before[pe..vs].chars().all(char::is_whitespace) {
                let head = norm_word(&before[ps..pe]);
                found = t.object_verbs.iter().find(|(v, _)| {
                    v.strip_suffix(verb.as_ref())
                        .and_then(|h| h.strip_suffix(' '))
                        .is_some_and(|h| h == head)
                });
                if found.is_some() {
                    vs = ps;
                }
            }
        }
        let Some(&(_, status)) = found else {
            continue;
        };
        // "ECOWAS leaders decided on Sunday to suspend Guinea", «решили приостановить участие России»: a base
        // form or infinitive is the bloc's act only after a verb of deciding, which then stands for the verb.
        if t.object_bases.iter().any(|b| *b == verb) {
            let Some(at) = decided_before(before, &words[..k]) else {
                continue;
            };
            vs = at;
        }
        let verb_at = ctx.range.start + vs;
        let prior = norm_before(ctx, ctx.range.start + vs);
        if last_words(prior, NEG_WINDOW)
            .iter()
            .any(|w| hypothetical(t, w))
        {
            continue;
        }
        // "NATO did not admit Ukraine", «НАТО не приняло Украину», "لم يقبل الحلف أوكرانيا": a negation in the
        // verb's own clause keeps the claim, negated ([`negates`], as for cues); one in a clause before it does
        // not reach it ("Ukraine was not admitted, but NATO admitted Finland").
        let clause = clause_before(prior, prior.len());
        let near = last_words(clause, NEG_WINDOW);
        let negated = near
            .iter()
            .enumerate()
            .any(|(i, w)| negates(t, clause, &near, i, w));
        let subject = blocs
            .iter()
            .filter(|b| b.end <= verb_at)
            .max_by_key(|b| b.end)
            .filter(|b| {
                let gap = &ctx.doc_text[b.end..verb_at];
                let words = gap_words(ctx, dates, gap, b.end, false)
                    .saturating_sub(prepositions_before_dates(ctx, dates, gap, b.end));
                apposed_subject(ctx, dates, gap, b.end)
                    || !gap.contains([',', ';', '،', '؛', '.', '(', ')'])
                    // A date's preposition does not count: "Африканский союз в январе 2017 года вновь
                    // принял Марокко".
                    && (words <= 1
                        // "Commonwealth foreign ministers suspended Pakistan": the bloc's body of two
                        // words, its head a plural noun of office.
                        || (words == 2
                            && last_words(norm_range(ctx, b.end, verb_at), 1)
                                .first()
                                .is_some_and(|w| {
                                    matches!(*w, "ministers" | "leaders" | "heads" | "governments")
                                })))
            })
            .map(|b| b.id.to_string())
            .or_else(|| {
                // "It suspended Gabon", "The bloc admitted Laos": the sentence opens with a pronoun or
                // a word for the bloc, and nothing else stands before the verb.
                let opening: Vec<&str> = tokens(prior)
                    .filter(|tk| tk.kind == TokenKind::Word)
                    .map(|tk| &prior[tk.start..tk.end])
                    .collect();
                let pointer =
                    // "They admitted Belarus", «Они приняли Белоруссию».
                    |w: &str| {
                        matches!(w, "it" | "they")
                            || t.anaphor_words.contains(w)
                            || t.subject_pronouns.iter().any(|a| a == w)
                    };
                (opening.len() <= 3
                    && opening.last().is_some_and(|w| pointer(w))
                    && opening
                        .iter()
                        .all(|w| matches!(*w, "the" | "then" | "later") || pointer(w)))
                .then(|| recalled.map(str::to_string))
                .flatten()
            })
            .or_else(|| moved_into(ctx, blocs, g, status).map(|b| b.id.to_string()))
            .or_else(|| coordinated_bloc(ctx, dates, &out, verb_at));
        let Some(mut bloc) = subject else {
            continue;
        };
        // "suspended Russia's participation in the G8": the possessed noun says which bloc.
        let after = &ctx.doc_text[g.end..ctx.range.end];
        let rest = after.trim_start();
        // "The African Union lifted Gabon's suspension": a lifting verb gives back only a suspension.
        let lifting = t.lifting.matches(&verb);
        let owned = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("’s"));
        if lifting && owned.is_none() {
            continue;
        }
        if let Some(owned) = owned {
            let head = norm_range(ctx, ctx.range.end - owned.trim_start().len(), ctx.range.end);
            let nouns: &[&str] = if lifting {
                &["suspension"]
            } else {
                // "suspended Venezuela's rights in the bloc".
                &["participation", "membership", "seat", "rights"]
            };
            if !nouns.iter().any(|n| head.starts_with(n)) {
                continue;
            }
            match blocs.iter().find(|b| {
                b.start >= g.end
                    && gap_words(ctx, dates, &ctx.doc_text[g.end..b.start], g.end, false) <= 4
            }) {
                Some(b) => bloc = b.id.to_string(),
                // "suspended Russia's participation in its programmes" names no bloc's membership,
                // unless "its" is the subject bloc's own: "the AU suspended Niger's participation in
                // its activities", "in all its activities".
                None if head.starts_with("participation") && !own_activities(head) => continue,
                None => {}
            }
        }
        let date = nearest_date(ctx, dates, groups, verb_at, g.end);
        out.push((g, status, bloc, date, negated));
    }
    for g in groups {
        if let Some((status, bloc, date)) = relative_object(ctx, dates, groups, blocs, g) {
            out.push((g, status, bloc, date, false));
        }
    }
    out
}

/// How many words may stand between a verb of deciding and the base form it governs ("decided at an
/// emergency summit on Sunday to suspend").
const DECIDING_REACH: usize = 8;

/// The start of the verb of deciding that governs a base form or infinitive whose preceding words (in
/// `before`) are `words`: English puts "to" right before the verb; only words stand between the two.
fn decided_before(before: &str, words: &[(usize, usize)]) -> Option<usize> {
    let t = tables();
    let word = |(s, e): (usize, usize)| norm_word(&before[s..e]);
    let mut k = words.len();
    let last = *words.last()?;
    if word(last) == "to" {
        k -= 1;
    }
    let end = words.get(k).map_or(before.len(), |w| w.0);
    for j in (k.saturating_sub(DECIDING_REACH)..k).rev() {
        if before[words[j].1..end].contains(|c: char| !c.is_alphanumeric() && !c.is_whitespace()) {
            return None;
        }
        // "decided not to admit Ukraine", «решили не принимать»: no claim.
        if t.negations.matches(&word(words[j])) {
            return None;
        }
        if t.deciding.iter().any(|d| *d == word(words[j])) {
            // English needs its "to"; Russian has none.
            return (k < words.len() || !before[words[j].0..words[j].1].is_ascii())
                .then_some(words[j].0);
        }
    }
    None
}

/// «НАТО не приняло Украину, но приняло Финляндию», "The AU suspended Mali in 2021 and then expelled Niger": a
/// verb coordinated after the sentence's last object claim so far has that claim's bloc for its subject. Only a
/// comma, a `coordinator`, a subject pronoun and a date may stand between that claim's state and the verb.
pub(super) fn coordinated_bloc(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    earlier: &[(&Group<'_>, &'static str, String, Option<String>, bool)],
    verb_at: usize,
) -> Option<String> {
    let t = tables();
    let (g, _, bloc, _, _) = earlier.last()?;
    if g.end > verb_at {
        return None;
    }
    let gap = &ctx.doc_text[g.end..verb_at];
    let mut words = Vec::new();
    for tk in tokens(gap) {
        let w = &gap[tk.start..tk.end];
        match tk.kind {
            TokenKind::Word | TokenKind::Number => {
                let (s, e) = (g.end + tk.start, g.end + tk.end);
                let w = norm_word(w);
                if !in_date(dates, s, e) && !t.date_prepositions.iter().any(|p| *p == w) {
                    words.push(w);
                }
            }
            _ if w == "," || w == "،" => {}
            _ => return None,
        }
    }
    let coordinator = |w: &str| t.coordinators.iter().any(|c| c == w);
    let pronoun = |w: &str| t.subject_pronouns.iter().any(|p| p == w);
    match words.iter().map(|w| &**w).collect::<Vec<&str>>()[..] {
        [c] | [c, "then" | "later" | "затем" | "потом"] if coordinator(c) => {
            Some(bloc.clone())
        }
        [c, p] if coordinator(c) && pronoun(p) => Some(bloc.clone()),
        _ => None,
    }
}

/// The accusative relative pronouns a bloc's object verb may take as its object ([`relative_object`]).
pub(super) const OBJECT_RELATIVES: [&str; 8] = [
    "which",
    "that",
    "whom",
    "который",
    "которую",
    "которое",
    "которые",
    "которых",
];

/// "Niger, which the African Union suspended after the coup, …", «Нигер, который ЭКОВАС исключило…»: a state
/// that is the object of a bloc's verb in a relative clause after it. The clause must open with an object
/// relative, then the bloc (past "the" and a date), then the verb, with no state right after the verb (its
/// object would be that state). Returns the status, the bloc and the clause's date.
pub(super) fn relative_object(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    groups: &[Group<'_>],
    blocs: &[&SentMention<'_>],
    g: &Group<'_>,
) -> Option<(&'static str, String, Option<String>)> {
    if ctx.lang == blocwatch_text::Lang::Ar {
        return None;
    }
    let t = tables();
    let after = &ctx.doc_text[g.end..ctx.range.end];
    let rest = after.trim_start().strip_prefix(',')?;
    let mut words = tokens(rest)
        .filter(|tk| tk.kind == TokenKind::Word)
        .map(|tk| {
            let s = ctx.range.end - rest.len() + tk.start;
            (s, ctx.range.end - rest.len() + tk.end)
        })
        .filter(|&(s, e)| !in_date(dates, s, e));
    let (rs, re) = words.next()?;
    if !OBJECT_RELATIVES.contains(&norm_range(ctx, rs, re)) {
        return None;
    }
    let mut bloc: Option<&SentMention<'_>> = None;
    for (s, e) in words {
        let w = norm_range(ctx, s, e);
        if let Some(b) = blocs.iter().find(|b| b.start < e && s < b.end) {
            if bloc.is_some_and(|x| x.start != b.start) {
                return None;
            }
            bloc = Some(b);
            continue;
        }
        if w == "the" && bloc.is_none() {
            continue;
        }
        let b = bloc?;
        let (_, status) = t.object_verbs.iter().find(|(v, _)| v.as_str() == w)?;
        // Only words between the relative and the verb: "which, the AU said, suspended" is another clause.
        if ctx.doc_text[re..s].contains([',', ';', '(', ')', '—']) {
            return None;
        }
        let next = tokens(&ctx.doc_text[e..ctx.range.end])
            .find(|tk| tk.kind == TokenKind::Word)
            .map(|tk| (e + tk.start, e + tk.end));
        if next.is_some_and(|(ns, ne)| {
            ctx.mentions
                .iter()
                .any(|m| m.kind == Kind::Country && m.start < ne && ns < m.end)
        }) {
            return None;
        }
        let date = nearest_date(ctx, dates, groups, rs, e);
        return Some((status, b.id.to_string(), date));
    }
    None
}

/// The bloc an object verb puts its state out of or into when the verb's subject is no bloc: "Regional leaders
/// suspended Niger from ECOWAS", «Министры исключили Россию из Совета Европы», "Heads of state admitted South
/// Sudan into the East African Community". The bloc must follow the state behind the preposition of the move
/// (`object_from`, `object_into` rows), an article aside: "expelled Russian diplomats from the country" names
/// no bloc, nor does "suspended imports from Russia to the EU market" (the state is no object of the verb).
pub(super) fn moved_into<'m, 'a>(
    ctx: &SentenceCtx<'_>,
    blocs: &[&'m SentMention<'a>],
    g: &Group<'_>,
    status: &str,
) -> Option<&'m SentMention<'a>> {
    let t = tables();
    let preps = if status == "member" {
        &t.moved_into
    } else {
        &t.moved_from
    };
    let b = blocs.iter().copied().find(|b| b.start >= g.end)?;
    let mut words = norm_range(ctx, g.end, b.start).split_whitespace();
    let prep = words.next()?;
    let plain = match (words.next(), words.next()) {
        (None, _) => true,
        (Some(w), None) => w == "the",
        _ => false,
    };
    (plain && preps.iter().any(|p| p == prep)).then_some(b)
}

/// Whether a normalised "participation …" after a suspended state names the subject bloc's own work
/// ("participation in its activities", "in all of its bodies"; [`Tables::own_work`]): the bloc suspends
/// the state from itself ("its programmes" may be anything the bloc runs).
pub(super) fn own_activities(head: &str) -> bool {
    let rest = head.trim_start_matches("participation").trim_start();
    let Some(rest) = rest.strip_prefix("in ") else {
        return false;
    };
    let rest = rest.trim_start_matches("all ").trim_start_matches("of ");
    rest.strip_prefix("its ").is_some_and(|work| {
        let noun = work.split(|c: char| !c.is_alphanumeric()).next();
        tables().own_work.iter().any(|w| Some(w.as_str()) == noun)
    })
}
