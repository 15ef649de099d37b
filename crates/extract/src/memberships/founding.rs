//! Founding words that found something other than the bloc, and "since its founding".

use super::dating::{in_date, nearest_date};
use super::groups::groups;
use super::modality::{ends_noun_phrase, future, hypothetical};
use super::subjects::pair_phrase_span;
use super::tables::{tables, walk_words, Tables};
use super::text::{
    clause_before, is_in, last_words, next_word, norm_at, norm_range, norm_word, word_count,
};
use super::{Claims, Cue, Group};
use crate::context::{SentMention, SentenceCtx};
use crate::dates::{DateHit, Dates};
use crate::record::MembershipRec;
use blocwatch_lexicon::Kind;
use blocwatch_text::{tokens, TokenKind};
use smallvec::SmallVec;

/// «Оман — единственная страна ССАГПЗ, не вступившая в коалицию»: a Russian cue that ends in its
/// preposition names its object right after it; when no bloc stands there and the object is no word for a
/// bloc nor a pronoun, the cue is about something else and takes no bloc from elsewhere in the sentence.
/// So for a treaty «о» something: «Украина, покинувшая СНГ, разорвала договор о дружбе» founds nothing.
/// An English cue ending in its preposition before a possessive and a noun that is no word for a bloc
/// ("having stopped taking part in its meetings") is about that thing of the bloc, not the bloc, alike.
pub(super) fn other_object(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    if ctx.lang == blocwatch_text::Lang::En {
        return en_other_object(ctx, cue);
    }
    if ctx.lang != blocwatch_text::Lang::Ru {
        return false;
    }
    let Some(rest) = after_preposition(ctx, cue, &[" в", " из", " к", " о", " об"]) else {
        return false;
    };
    let Some(tk) = tokens(rest).find(|tk| tk.kind == TokenKind::Word) else {
        return false;
    };
    let w = &rest[tk.start..tk.end];
    // The pronouns a preposition takes for a bloc named before ("вступила в него").
    let pronoun = matches!(w, "него" | "нее" | "нем" | "ним" | "них" | "нему");
    !pronoun && !tables().anaphor_words.contains(w)
}

/// The sentence's normalised text after a cue that ends in one of the prepositions `preps` (each with its
/// leading space), or `None` when the cue ends otherwise.
fn after_preposition<'c>(ctx: &'c SentenceCtx<'_>, cue: &Cue, preps: &[&str]) -> Option<&'c str> {
    let c = norm_range(ctx, cue.start, cue.end);
    preps
        .iter()
        .any(|p| c.ends_with(p))
        .then(|| norm_range(ctx, cue.end, ctx.range.end))
}

/// The English half of [`other_object`].
fn en_other_object(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    let Some(rest) = after_preposition(ctx, cue, &[" in", " from", " of", " to", " into"]) else {
        return false;
    };
    let mut words = tokens(rest)
        .take_while(|tk| tk.kind == TokenKind::Word)
        .map(|tk| &rest[tk.start..tk.end]);
    matches!(words.next(), Some("its" | "their"))
        && words
            .next()
            .is_some_and(|w| !tables().anaphor_words.contains(w))
}

/// «объявил о создании рабочей группы ШОС»: a Russian founding cue whose bloc comes after other words
/// founds what its first word names (a body of the bloc), not the bloc. Dates and their preposition may
/// stand first («о создании в 2001 году ШОС»); a word for a bloc («основали объединение») or a second
/// founding word («договор о создании ЕАЭС») keeps the founding the bloc's.
pub(super) fn founds_other(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    cue: &Cue,
    bloc: &SentMention<'_>,
) -> bool {
    if bloc.start < cue.start && founds_new_body(ctx, dates, cue) {
        return true;
    }
    if ctx.lang == blocwatch_text::Lang::Ar {
        return ar_founds_other(ctx, dates, cue);
    }
    if ctx.lang != blocwatch_text::Lang::Ru {
        return false;
    }
    if bloc.start < cue.end {
        return noun_of_other(ctx, dates, cue);
    }
    let t = tables();
    let gap = &ctx.doc_text[cue.end..bloc.start]; // A cue matched as a stem ends inside its word («основатель|ниц»): the word's tail is the cue's.
    let in_word = gap.chars().next().is_some_and(blocwatch_text::is_word_char);
    // «Созданный Россией, Белоруссией и Казахстаном, ЕАЭС…»: the founders in the instrumental (or an inverted
    // subject, «создали Китай и Россия ШОС») between the verb and its bloc are no object of their own.
    // «основанный этой пятёркой Новый банк», «созданный обеими странами союз»: the founders pointed back at by a
    // pair or group phrase are no object either.
    let gap_norm = norm_range(ctx, cue.end, bloc.start);
    let agents = pair_phrase_span(gap_norm).map_or("", |(i, j, _)| &gap_norm[i..j]);
    let founder_word = |s: usize, e: usize| {
        let w = norm_range(ctx, s, e);
        ctx.mentions
            .iter()
            .any(|m| m.kind == Kind::Country && m.start < e && s < m.end)
            || w == "и"
            || agents.split(' ').any(|a| a == w)
    };
    let Some(tk) = tokens(gap)
        .filter(|tk| tk.kind == TokenKind::Word)
        .find(|tk| {
            let (s, e) = (cue.end + tk.start, cue.end + tk.end);
            let tail = in_word && tk.start == 0;
            let dated = in_date(dates, s, e);
            !(tail || dated || founder_word(s, e) || matches!(norm_range(ctx, s, e), "в" | "во"))
        })
    else {
        return false;
    };
    let first = norm_range(ctx, cue.end + tk.start, cue.end + tk.end);
    let rest = norm_range(ctx, cue.end + tk.start, bloc.start);
    // «создали собственный Альянс государств Сахеля»: a word of novelty or ownership right before the
    // bloc's own name is said of that bloc, which the verb founds.
    if is_in(&t.new_body, first) && ctx.doc_text[cue.end + tk.end..bloc.start].trim().is_empty() {
        return false;
    }
    !t.anaphor_words.contains(first)
        && !walk_words(rest)
            .cues
            .iter()
            .any(|h| h.s == 0 && t.meta[h.pat].status == "founder")
}

/// "Mali, Burkina Faso and Niger, which quit ECOWAS in January, have set up a confederation of their own",
/// «…, вышедшие из ЭКОВАС, создали собственную конфедерацию»: a founding verb whose object (past its date)
/// opens with an article or a word of novelty or ownership founds that new body, not the bloc before it.
pub(super) fn founds_new_body(ctx: &SentenceCtx<'_>, dates: &[DateHit], cue: &Cue) -> bool {
    let after = &ctx.doc_text[cue.end..ctx.range.end];
    let Some(tk) = tokens(after).find(|tk| {
        let (s, e) = (cue.end + tk.start, cue.end + tk.end);
        !in_date(dates, s, e)
    }) else {
        return false;
    };
    let (s, e) = (cue.end + tk.start, cue.end + tk.end);
    tk.kind == TokenKind::Word && tables().new_body.iter().any(|w| w == norm_range(ctx, s, e))
}

/// "اقترحت روسيا على دول بريكس إنشاء منصة استثمارية", "اتفاقاً مع روسيا لإنشاء مركز للغاز": an Arabic noun of
/// founding governs the noun right after it (past a date); when that is neither a bloc nor a bloc's head noun
/// before one ("إنشاء منظمة شنغهاي"), it founds that, not the bloc. A pronoun glued to the noun ("منذ
/// تأسيسها") is the bloc.
pub(super) fn ar_founds_other(ctx: &SentenceCtx<'_>, dates: &[DateHit], cue: &Cue) -> bool {
    let t = tables();
    if !t
        .founding_nouns
        .iter()
        .any(|f| f == norm_range(ctx, cue.start, cue.end))
    {
        return false;
    }
    let after = &ctx.doc_text[cue.end..ctx.range.end];
    if after
        .chars()
        .next()
        .is_some_and(blocwatch_text::is_word_char)
    {
        return false;
    }
    let bloc_at = |s: usize, e: usize| {
        ctx.mentions
            .iter()
            .any(|m| m.kind == Kind::Bloc && m.start < e && s < m.end)
    };
    let mut words = tokens(after)
        .filter(|tk| tk.kind == TokenKind::Word)
        .map(|tk| (cue.end + tk.start, cue.end + tk.end))
        .filter(|&(s, e)| !in_date(dates, s, e));
    let Some((s, e)) = words.next() else {
        return false;
    };
    if bloc_at(s, e) {
        return false;
    }
    let w = norm_range(ctx, s, e);
    let head = t.anaphor_rests.contains(w);
    !(head && words.next().is_some_and(|(s, e)| bloc_at(s, e)))
}

/// «Иран, присоединившийся к БРИКС в 2024 году, добивается создания общей платежной системы»: a Russian
/// noun of founding («создания», «учреждении», «основание») after its bloc whose next word (past a date and
/// «в») is neither a state nor a relative pronoun governs its own object: it founds that, not the bloc.
pub(super) fn noun_of_other(ctx: &SentenceCtx<'_>, dates: &[DateHit], cue: &Cue) -> bool {
    let n = norm_range(ctx, cue.start, cue.end);
    if !(n.ends_with("ия") || n.ends_with("ии") || n.ends_with("ие")) {
        return false;
    }
    let t = tables();
    let after = &ctx.doc_text[cue.end..ctx.range.end];
    let Some(tk) = tokens(after).find(|tk| {
        let (s, e) = (cue.end + tk.start, cue.end + tk.end);
        tk.kind != TokenKind::Word
            || !(in_date(dates, s, e) || matches!(norm_range(ctx, s, e), "в" | "во"))
    }) else {
        return false;
    };
    let (s, e) = (cue.end + tk.start, cue.end + tk.end);
    tk.kind == TokenKind::Word
        && !ctx.mentions.iter().any(|m| m.start < e && s < m.end)
        && !t.relatives.iter().any(|r| r == norm_range(ctx, s, e))
}

/// Whether the cue's object is a word for a bloc ("founded the group", "основали объединение", "أسست روسيا
/// وبيلاروسيا التكتل"): the first word after the cue past "the", "its" and the states of an Arabic verb-first
/// subject.
pub(super) fn anaphor_follows(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    let t = tables();
    let rest = &ctx.doc_text[cue.end..ctx.range.end.max(cue.end)];
    for tk in tokens(rest) {
        let (s, e) = (cue.end + tk.start, cue.end + tk.end);
        if tk.kind != TokenKind::Word {
            return false;
        }
        if ctx
            .mentions
            .iter()
            .any(|m| m.kind == Kind::Country && m.start < e && s < m.end)
        {
            continue;
        }
        let w = norm_word(&rest[tk.start..tk.end]);
        if matches!(w.as_ref(), "the" | "its" | "و") {
            continue;
        }
        let bare = w.trim_start_matches(['و', 'ف']);
        return t.anaphor_words.contains(&w) || t.anaphor_words.contains(bare);
    }
    false
}

/// Whether a word for a bloc ("the organisation", «в организации», "المنظمة"; `anaphor` rows) stands between
/// the document offsets `from` and `to`, outside any mention.
pub(super) fn bloc_word_between(ctx: &SentenceCtx<'_>, from: usize, to: usize) -> bool {
    let t = tables();
    let gap = &ctx.doc_text[from..to.max(from)];
    tokens(gap).any(|tk| {
        let (s, e) = (from + tk.start, from + tk.end);
        if tk.kind != TokenKind::Word || ctx.mentions.iter().any(|m| m.start < e && s < m.end) {
            return false;
        }
        let w = norm_word(&gap[tk.start..tk.end]);
        t.anaphor_words.contains(&w) || t.anaphor_words.contains(w.trim_start_matches(['و', 'ف']))
    })
}

/// Whether a verb of taking effect ([`Tables::in_force`]) opens the normalised text `after` a cue.
pub(super) fn takes_effect(t: &Tables, after: &str) -> bool {
    let after = after.trim_start();
    t.in_force.iter().any(|p| {
        after
            .strip_prefix(p.as_str())
            .is_some_and(|rest| !rest.starts_with(blocwatch_text::is_word_char))
    })
}

/// Whether a phrase dating a membership from the bloc's founding ([`Tables::since_founding`]) follows a
/// claim ending at `end`, past a comma at most.
pub(super) fn from_founding(ctx: &SentenceCtx<'_>, end: usize) -> bool {
    let after = norm_range(ctx, end, ctx.range.end)
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == '،');
    // "since the bloc was set up", "since the alliance was founded": the bloc named by a short noun
    // phrase as the subject of a passive founding verb.
    if let Some(rest) = after.strip_prefix("since ") {
        let words: SmallVec<[&str; 8]> = tokens(rest)
            .take_while(|tk| tk.kind == TokenKind::Word)
            .take(7)
            .map(|tk| &rest[tk.start..tk.end])
            .collect();
        if let Some(at) = words
            .iter()
            .take(5)
            .position(|w| matches!(*w, "was" | "were"))
        {
            let verb = words.get(at + 1).copied().unwrap_or("");
            if at > 0
                && (is_in(&tables().founding_participles, verb)
                    || (verb == "set" && words.get(at + 2) == Some(&"up")))
            {
                return true;
            }
        }
    }
    tables().since_founding.iter().any(|p| {
        after
            .strip_prefix(p.as_str())
            .is_some_and(|rest| !rest.starts_with(blocwatch_text::is_word_char))
    })
}

/// The words a signing verb's clause may run to its bloc ([`signed_claims`]): "signed a protocol in Prague on
/// Monday that formally dissolved the Warsaw Pact" has nine.
const SIGNED_REACH: usize = 12;

/// "Leaders of the Soviet Union, Poland, … signed a protocol in Prague on Monday that formally dissolved the
/// Warsaw Pact", «СССР, Болгария, … подписали протокол о роспуске СЭВ», "وقّعت روسيا وأرمينيا … معاهدة الأمن
/// الجماعي": the states that sign the act dissolving a bloc leave it, and those that sign the treaty that is the
/// bloc, or the act setting it up, found it, however far after the verb the bloc stands in its clause. The states
/// are the verb's subject: the list right before it, or, Arabic putting the verb first, right after it (one head
/// word, "ممثلو", between). The bloc is the first after them, in their clause and within [`SIGNED_REACH`]
/// words, that a word of dissolving or of setting up stands right before (`dissolving`, `founding_object` rows),
/// or whose name opens with a treaty word (`treaty_name` rows). A charter word among the three words before the
/// bloc or right after it, or a word of prolonging before it (`charter`, `prolonging` rows: "signed the SCO
/// charter", «подписали Хартию ШОС», "a protocol extending the CSTO"), makes the signers undated members (eval/README,
/// session 38 (d)); a Russian charter may stand first, its signers after the verb ([`fronted_charter`]). A negated, hypothetical or future signing
/// claims nothing; a state the sentence already claims for that bloc keeps its claim.
pub(super) fn signed_claims(
    ctx: &SentenceCtx<'_>,
    dates: &Dates<'_>,
    out: &mut Vec<MembershipRec>,
) {
    let t = tables();
    if !ctx.mentions.iter().any(|m| m.kind == Kind::Bloc) {
        return;
    }
    let n = ctx.norm.as_str();
    // (Most sentences naming a bloc hold no verb of signing: looked for in the whole sentence first.)
    if !t.signing_words.occurs_in(n) {
        return;
    }
    let base = ctx.range.start;
    let mut strict = None;
    for tk in tokens(n).filter(|tk| tk.kind == TokenKind::Word) {
        if !t.signing_words.has(&n[tk.start..tk.end]) {
            continue;
        }
        let before = last_words(clause_before(n, tk.start), 3);
        if before
            .iter()
            .any(|w| t.negations.matches(w) || hypothetical(t, w) || future(t, w))
        {
            continue;
        }
        let (v_s, v_e) = (
            base + ctx.norm.orig_start(tk.start),
            base + ctx.norm.orig_end(tk.end),
        );
        let strict = strict.get_or_insert_with(|| groups(ctx, false));
        let words = |a: usize, b: usize| word_count(norm_range(ctx, a, b));
        let subject = strict
            .iter()
            .filter(|g| g.end <= v_s && words(g.end, v_s) == 0)
            .max_by_key(|g| g.end)
            .or_else(|| {
                (ctx.lang == blocwatch_text::Lang::Ar)
                    .then(|| {
                        strict
                            .iter()
                            .filter(|g| g.start >= v_e && words(v_e, g.start) <= 1)
                            .min_by_key(|g| g.start)
                    })
                    .flatten()
            });
        // One state signing a bloc's treaty joins what others founded.
        let Some(subject) = subject.filter(|g| g.members.len() >= 2) else {
            // «Хартию ШОС подписали в пятницу лидеры Китая, России …»: Russian fronts the charter it signs
            // and puts the signers after the verb.
            // (A membership held: undated, as the signers of a charter are in eval/README.)
            if let Some((bloc, group)) = fronted_charter(ctx, strict, v_s, v_e) {
                push_fresh(ctx, out, bloc, group, "member", None);
            }
            continue;
        };
        let from = v_e.max(subject.end);
        let mut blocs: SmallVec<[&SentMention<'_>; 4]> = ctx
            .mentions
            .iter()
            .filter(|m| m.kind == Kind::Bloc && m.start >= from)
            .collect();
        blocs.sort_by_key(|m| m.start);
        let mut claim = None;
        for b in blocs {
            let gap = norm_range(ctx, from, b.start);
            if gap.contains([',', ';', ':', '.', '،', '؛']) || words(from, b.start) > SIGNED_REACH
            {
                break;
            }
            let name = norm_range(ctx, b.start, b.end);
            let first = tokens(name)
                .find(|tk| tk.kind == TokenKind::Word)
                .map_or("", |tk| &name[tk.start..tk.end]);
            // "dissolved the Warsaw Pact", "the dissolution of the Warsaw Pact", "setting up the".
            let near = last_words(gap, 3);
            // "signed the SCO charter": the charter word right after the bloc.
            let charter_after = t.charter_words.has(&next_word(ctx, b.end));
            let status = if near.iter().any(|w| t.dissolving.has(w)) {
                "former"
            // "signed the charter of the SCO", «подписали Хартию ШОС», "وقّع … ميثاق منظمة", "a protocol
            // extending the Warsaw Pact": the signers are the bloc's members.
            } else if charter_after
                || near
                    .iter()
                    .any(|w| t.charter_words.has(w) || t.prolonging.has(w))
            {
                "member"
            } else if t.treaty_names.has(first)
                || near[near.len().saturating_sub(2)..]
                    .iter()
                    .any(|w| t.founding_objects.has(w))
            {
                "founder"
            } else {
                continue;
            };
            // "signed a deal creating a NATO training centre": an English bloc that goes on with a noun names
            // something of the bloc's.
            if ctx.lang == blocwatch_text::Lang::En && !charter_after && !ends_noun_phrase(ctx, b) {
                break;
            }
            claim = Some((b, status));
            break;
        }
        let Some((bloc, status)) = claim else {
            continue;
        };
        // A charter signed tells a membership held, undated; a founding or leaving is dated.
        let date = (status != "member")
            .then(|| nearest_date(ctx, dates, strict, v_s, bloc.end))
            .flatten();
        push_fresh(ctx, out, bloc, subject, status, date);
    }
}

/// Claims `status` in `bloc` for the states of `subject` the sentence does not claim for it yet.
fn push_fresh(
    ctx: &SentenceCtx<'_>,
    out: &mut Vec<MembershipRec>,
    bloc: &SentMention<'_>,
    subject: &Group<'_>,
    status: &'static str,
    date: Option<String>,
) {
    let mut claims = Claims {
        ctx,
        out: std::mem::take(out),
    };
    let fresh: Vec<&str> = subject
        .members
        .iter()
        .copied()
        .filter(|m| {
            !claims
                .out
                .iter()
                .any(|r| r.bloc == bloc.id && r.member == *m)
        })
        .collect();
    if !fresh.is_empty() {
        let group = Group {
            start: subject.start,
            end: subject.end,
            members: fresh,
        };
        claims.push(bloc.id, &group, status, false, date);
    }
    *out = claims.out;
}

/// How many words may stand between a Russian verb of signing and the signers after it («подписали в
/// пятницу в Санкт-Петербурге лидеры Китая, …»).
const FRONTED_SIGNERS_REACH: usize = 6;

/// The Russian object-first signing of a bloc's charter: a charter word among the two words before a bloc
/// that stands before the verb in its clause («Хартию Шанхайской организации сотрудничества подписали …»),
/// and a list of two states or more after the verb, at most [`FRONTED_SIGNERS_REACH`] words on with no
/// mark between («… лидеры Китая, России, …»).
fn fronted_charter<'a, 'g>(
    ctx: &SentenceCtx<'a>,
    strict: &'g [Group<'a>],
    v_s: usize,
    v_e: usize,
) -> Option<(&'a SentMention<'a>, &'g Group<'a>)> {
    if ctx.lang != blocwatch_text::Lang::Ru {
        return None;
    }
    let t = tables();
    let marks = [',', ';', ':', '.', '—', '–', '(', ')'];
    let group = strict
        .iter()
        .filter(|g| g.start >= v_e && g.members.len() >= 2)
        .min_by_key(|g| g.start)
        .filter(|g| {
            let gap = norm_range(ctx, v_e, g.start);
            !gap.contains(marks) && word_count(gap) <= FRONTED_SIGNERS_REACH
        })?;
    let bloc = ctx
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Bloc && m.end <= v_s)
        .max_by_key(|m| m.end)
        .filter(|m| !norm_range(ctx, m.end, v_s).contains(marks))?;
    let head = last_words(
        clause_before(ctx.norm.as_str(), norm_at(ctx, bloc.start)),
        2,
    );
    head.iter()
        .any(|w| t.charter_words.has(w))
        .then_some((bloc, group))
}
