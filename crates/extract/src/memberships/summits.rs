//! A bloc's summit held by the states named as its parties ([`summit_members`]): "Brazil, Russia, India,
//! China and South Africa held their seventh BRICS summit", «Лидеры Грузии, Украины, Азербайджана и Молдавии
//! провели в Кишинёве саммит ГУУАМ», «اجتمع قادة البرازيل وروسيا والهند … في القمة السابعة لمجموعة بريكس».

use super::status::venue_word;
use super::tables::tables;
use super::text::{last_words, next_word, norm_before, norm_range};
use super::{Claims, Group, Sent};
use crate::context::{SentMention, SentenceCtx};
use blocwatch_text::{tokens, TokenKind};
use smallvec::SmallVec;

/// How many words may stand between the states holding a summit and the bloc that names it.
const SUMMIT_REACH: usize = 14;

/// Whether the bloc's name names a summit: a summit word right after it ("the BRICS summit") or among the
/// three words before it ("the annual summit of the Shanghai Five", «на седьмом саммите БРИКС», "في القمة
/// السابعة لمجموعة بريكس"), with no word between that makes the bloc the summit's other party ("summit with").
pub(super) fn names_summit(ctx: &SentenceCtx<'_>, bloc: &SentMention<'_>) -> bool {
    let t = tables();
    let next = next_word(ctx, bloc.end);
    if t.summits.iter().any(|s| *s == next) {
        return true;
    }
    // "their first summit with the European Union", «саммит Россия — АСЕАН»: the bloc is the other party.
    let before = last_words(norm_before(ctx, bloc.start), 3);
    before
        .iter()
        .rposition(|w| t.summits.iter().any(|s| s == venue_word(w)))
        .is_some_and(|i| !before[i + 1..].iter().any(|w| t.summit_stops.matches(w)))
}

/// The states that hold a bloc's summit are its members (without a date: the summit dates the meeting, not
/// the membership). The list must name two states or more and open its clause, alone or after a word for
/// their leaders ("the presidents of", «Лидеры», "قادة"), with a verb of meeting or holding between it and the
/// summit ("held", "met", «провели», «встретились») or, in Arabic, before it («اجتمع قادة», «عقد قادة»); a
/// meeting on the summit's sidelines ("met on the sidelines of the SCO summit", «на полях саммита», "على
/// هامش قمة") is the two states' own, and one state at a summit may be a guest.
/// `summits` are the sentence's blocs that name a summit ([`names_summit`]).
pub(super) fn summit_members(
    sent: &Sent<'_, '_>,
    summits: &[&SentMention<'_>],
    claims: &mut Claims<'_, '_>,
) {
    let Sent { ctx, strict, .. } = *sent;
    let t = tables();
    for b in summits {
        let Some(g) = strict
            .iter()
            .rfind(|g| g.end <= b.start && g.members.len() >= 2)
        else {
            continue;
        };
        if claims.any_of(b.id, g) {
            continue;
        }
        let (words, stop) = words_of(norm_range(ctx, g.end, b.start));
        if words.len() > SUMMIT_REACH
            || stop
            || words
                .iter()
                .any(|w| t.sidelines.matches(w) || t.summit_stops.matches(w))
        {
            continue;
        }
        let Some(verb_before) = clause_opens(ctx, g) else {
            continue;
        };
        let verb = verb_before || words.iter().any(|w| t.summit_verbs.matches(w));
        if verb {
            claims.push(b.id, g, "member", false, None);
        }
    }
}

/// Whether the list `g` opens its sentence or clause, alone or past at most four leader words or verbs before
/// it ("the presidents of", «Лидеры», «اجتمع قادة»): what stands before them is nothing, a comma or dash, or a
/// conjunction ("and the presidents of"). `Some(true)` when a verb of meeting or holding stands among those
/// words (Arabic verb-first).
fn clause_opens(ctx: &SentenceCtx<'_>, g: &Group<'_>) -> Option<bool> {
    let t = tables();
    let head = norm_before(ctx, g.start);
    let toks: Vec<(TokenKind, &str)> = tokens(head)
        .map(|tk| (tk.kind, &head[tk.start..tk.end]))
        .collect();
    let mut i = toks.len();
    let mut verb = false;
    while i > 0 && toks.len() - i < 4 {
        let (kind, w) = toks[i - 1];
        if kind != TokenKind::Word {
            break;
        }
        if t.summit_verbs.matches(w) {
            verb = true;
        } else if !t.summit_leaders.matches(w) {
            break;
        }
        i -= 1;
    }
    let opens = match i.checked_sub(1).map(|j| toks[j]) {
        None => true,
        Some((TokenKind::Word, w)) => matches!(w, "and" | "и" | "а" | "و"),
        Some((_, p)) => matches!(p, "," | "،" | "—" | "–" | ":"),
    };
    opens.then_some(verb)
}

/// How many words may stand between a state and the host word after it ("Moscow, which is due to host").
const HOST_SUBJECT_REACH: usize = 4;
/// How many words may stand between a host word and the bloc whose summit it hosts ("host the annual summit
/// of the SCO").
const HOST_OBJECT_REACH: usize = 5;

/// The words of `text` (normalised) and whether a stop mark (`;`, `.`, `؛`) stands among them.
fn words_of(text: &str) -> (SmallVec<[&str; 16]>, bool) {
    let mut stop = false;
    let mut words = SmallVec::new();
    for tk in tokens(text) {
        let w = &text[tk.start..tk.end];
        match tk.kind {
            TokenKind::Word => words.push(w),
            TokenKind::Punct => stop |= matches!(w, ";" | "." | "؛"),
            _ => {}
        }
    }
    (words, stop)
}

/// Whether punctuation other than quotes stands in `text` (a clause break between a host word and the
/// summit it hosts).
fn punctuated(text: &str) -> bool {
    tokens(text).any(|tk| {
        tk.kind == TokenKind::Punct
            && !matches!(&text[tk.start..tk.end], "«" | "»" | "\"" | "“" | "”" | "'")
    })
}

/// The state that hosts a bloc's summit is its member, without a date (the summit dates the meeting). The
/// state stands before the host word and the host word before the summit ("Laos will host the ASEAN summit",
/// «Казахстан, принимающий саммит ОДКБ», "كازاخستان، التي تستضيف قمة …"), after an Arabic host verb that
/// opens the clause ("استضافت السعودية قمة جامعة الدول العربية"), or after the summit, in a relative or
/// passive clause ("the APEC summit, hosted by South Korea", "the SCO summit that Kazakhstan is hosting",
/// «саммит ШОС, который принимает Казахстан», "قمة أبيك التي تستضيفها كوريا الجنوبية"). A preposition or a
/// word of taking part between the host word and the summit makes the summit the place of another act
/// ("hosted the Chinese leader at the SCO summit", «принял участие в саммите ШОС»).
/// `summits` are the sentence's blocs that name a summit ([`names_summit`]).
pub(super) fn summit_hosts(
    sent: &Sent<'_, '_>,
    summits: &[&SentMention<'_>],
    claims: &mut Claims<'_, '_>,
) {
    let Sent { ctx, strict, .. } = *sent;
    let t = tables();
    if !t.summit_hosts.occurs_in(ctx.norm.as_str()) {
        return;
    }
    let to_summit_ok = |words: &[&str], between: &str| {
        words.len() <= HOST_OBJECT_REACH
            && !punctuated(between)
            && !words.iter().any(|w| {
                t.summit_host_stops.matches(w)
                    || t.sidelines.matches(w)
                    || t.summit_stops.matches(w)
            })
    };
    for b in summits {
        let mut host: Option<&Group<'_>> = None;
        if let Some(g) = strict.iter().rfind(|g| g.end <= b.start) {
            let between = norm_range(ctx, g.end, b.start);
            let (words, stop) = words_of(between);
            // The state, then the host word, then the summit.
            if let Some(i) = words.iter().position(|w| t.summit_hosts.matches(w)) {
                let after = &words[i + 1..];
                let tail = between
                    .find(words[i])
                    .map_or("", |at| &between[at + words[i].len()..]);
                if !stop && i <= HOST_SUBJECT_REACH && to_summit_ok(after, tail) {
                    host = Some(g);
                }
            }
            // Arabic verb-first: the host verb, the state, the summit.
            if host.is_none() && ctx.lang == blocwatch_text::Lang::Ar {
                let head = last_words(norm_before(ctx, g.start), 1);
                if head.first().is_some_and(|w| t.summit_hosts.matches(w))
                    && !stop
                    && to_summit_ok(&words, between)
                {
                    host = Some(g);
                }
            }
        }
        if host.is_none() {
            if let Some(g) = strict.iter().find(|g| g.start >= b.end) {
                let between = norm_range(ctx, b.end, g.start);
                let (words, stop) = words_of(between);
                if !stop {
                    // "hosted by South Korea", «который принимает Казахстан», "التي تستضيفها كوريا"; not
                    // a host named after a conjunction, nor a noun for the host, which opens no relative
                    // clause ("the NATO summit in Prague, and thanked his host for Russia's backing").
                    let verb_before = words
                        .iter()
                        .rposition(|w| t.summit_hosts.matches(w))
                        .is_some_and(|i| {
                            i <= HOST_OBJECT_REACH + 1
                                && words.len() - i <= 4
                                && !t.summit_host_nouns.matches(words[i])
                                && !words[..i]
                                    .iter()
                                    .any(|w| matches!(*w, "and" | "и" | "а" | "و"))
                        });
                    // "that Kazakhstan is hosting": the state between the summit and the host word.
                    // (The words after the state are read only then.)
                    let verb_after = words.len() <= 3
                        && words_of(norm_range(ctx, g.end, ctx.range.end))
                            .0
                            .iter()
                            .take(3)
                            .any(|w| t.summit_hosts.matches(w));
                    if verb_before || verb_after {
                        host = Some(g);
                    }
                }
            }
        }
        if let Some(g) = host {
            if !claims.any_of(b.id, g) {
                claims.push(b.id, g, "member", false, None);
            }
        }
    }
}
