//! Subjects not beside the cue: pronouns, relatives, fronted and opening subjects, shared subjects,
//! Arabic companions, and phrases pointing back at two states.

use super::cues::plural_members;
use super::groups::{is_list_gap, locative_capital};
use super::recall::is_anaphor_word;
use super::tables::{tables, Walked};
use super::text::{
    gap_words, is_in, last_words, norm_at, norm_before, norm_range, norm_word, phrase_in,
    previous_sentence_start, whole_at, word_count, words_before,
};
use super::{Cue, Group, Side};
use crate::context::{SentMention, SentenceCtx};
use crate::dates::DateHit;
use crate::record::MembershipRec;
use blocwatch_lexicon::Kind;
use blocwatch_text::{tokens, TokenKind};
use smallvec::SmallVec;
use std::borrow::Cow;

/// The states a pronoun before a cue points to: those opening the sentence ("Turkey said its membership…");
/// but a singular pronoun is not a list of states — "Argentina, Brazil, Paraguay and Uruguay notified
/// Venezuela that it had been suspended" is about the one state named last before it.
pub(super) fn pronoun_subject<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    strict: &'g [Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let opening = strict
        .iter()
        .find(|g| g.end <= cue.start && words_before(ctx, dates, g) <= 4)?;
    if !cue.singular || opening.members.len() < 2 {
        return Some(opening);
    }
    strict
        .iter()
        .rev()
        .find(|g| g.start >= opening.end && g.end <= cue.start && g.members.len() == 1)
}

/// "Gabon returned to the group it had quit in 1995": a subject pronoun right after a word for the bloc
/// (or its name) opens a relative clause without "that", whose subject is the state named last before
/// the pronoun, not the one that opens the sentence.
pub(super) fn contact_relative<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    strict: &'g [Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let t = tables();
    let n = ctx.norm.as_str();
    let words = last_words(norm_before(ctx, cue.start), 4);
    let k = words
        .iter()
        .rposition(|w| t.subject_pronouns.iter().any(|p| p == w))?;
    if k == 0 || k + 2 < words.len() {
        return None;
    }
    let pronoun = ctx.range.start
        + ctx
            .norm
            .orig_start(words[k].as_ptr() as usize - n.as_ptr() as usize);
    let bloc_word = t.anaphor_words.contains(words[k - 1])
        || ctx.mentions.iter().any(|m| {
            m.kind == Kind::Bloc
                && m.end <= pronoun
                && ctx.doc_text[m.end..pronoun].trim().is_empty()
        });
    if !bloc_word {
        return None;
    }
    strict.iter().rfind(|g| g.end <= pronoun)
}

/// "Since joining the EU in 2007, Bulgaria has…", "Having left OPEC in 2019, Qatar…", "After its accession
/// to the WTO, Russia…", "منذ انضمامها إلى الاتحاد عام 2007، حصلت بلغاريا": a clause that opens the sentence
/// with at most three words before its cue, all of them time or participle words (`fronted` rows), has the
/// main clause's subject: the first state after the clause's comma, at most one word (an Arabic verb, "the")
/// past it, with no state between the cue and the comma.
pub(super) fn fronted_subject<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    strict: &'g [Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let t = tables();
    let head = norm_before(ctx, cue.start);
    let mut words = 0;
    let mut fronted = true;
    for tk in tokens(head) {
        let w = &head[tk.start..tk.end];
        words += 1;
        if tk.kind != TokenKind::Word
            || words > 3
            || !t.fronted.iter().any(|f| f == w.trim_start_matches('و'))
        {
            fronted = false;
            break;
        }
    }
    let opens = fronted && words > 0;
    if !opens && !participle_clause(ctx, head, cue) {
        return None;
    }
    let g = strict.iter().find(|g| g.start > cue.end)?;
    let comma = ctx.doc_text[cue.end..ctx.range.end]
        .find([',', '،'])
        .map(|c| c + cue.end);
    // «После выхода из ОПЕК в январе 2019 года Катар …»: Russian sets no comma after a fronted phrase; its bloc
    // and date, and one more word, may stand before the state.
    if opens && ctx.lang == blocwatch_text::Lang::Ru && comma.is_none_or(|c| c > g.start) {
        let gap = &ctx.doc_text[cue.end..g.start];
        return (!gap.contains(['.', ';', ':', '—', '–', '(', ')'])
            && gap_words(ctx, dates, gap, cue.end, false) <= 1)
            .then_some(g);
    }
    let comma = comma?;
    let after = comma
        + ctx.doc_text[comma..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
    (g.start >= after && gap_words(ctx, dates, &ctx.doc_text[after..g.start], after, false) <= 1)
        .then_some(g)
}

/// The last words of a cue that name the membership itself, whose holder a state right after the cue names
/// in the genitive or after "of" ([`noun_possessor`]).
const MEMBERSHIP_NOUNS: [&str; 8] = [
    "членство",
    "членства",
    "участие",
    "участия",
    "عضويه",
    "مشاركه",
    "membership of",
    "participation of",
];

/// «приостановил членство Венесуэлы», "علّق عضوية فنزويلا", "suspended the membership of Venezuela": a cue
/// that ends in the noun of the membership, with a state right after it, is about that state — its
/// holder — and not a list standing nearer before the cue ("Меркосур, основанный Аргентиной, …, в 2016 году
/// приостановил членство Венесуэлы").
pub(super) fn noun_possessor<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    strict: &'g [Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let c = norm_range(ctx, cue.start, cue.end);
    if !MEMBERSHIP_NOUNS.iter().any(|n| {
        c.strip_suffix(n)
            .is_some_and(|r| r.is_empty() || r.ends_with(' '))
    }) {
        return None;
    }
    strict
        .iter()
        .find(|g| g.start >= cue.end)
        .filter(|g| ctx.doc_text[cue.end..g.start].trim().is_empty())
}

/// The most words a participle clause opening the sentence holds before its cue ([`participle_clause`]).
const PARTICIPLE_HEAD: usize = 8;

/// Whether a word is a past participle or a perfective gerund that may open an English or Russian sentence
/// ("Admitted", "Suspended", «Принятая», «Исключённая», «Вступив»).
pub(super) fn participle_word(lang: blocwatch_text::Lang, w: &str) -> bool {
    match lang {
        blocwatch_text::Lang::En => w.len() > 4 && w.ends_with("ed"),
        blocwatch_text::Lang::Ru => crate::events::lang_ru::ru_opening_participle(w),
        blocwatch_text::Lang::Ar => false,
    }
}

/// "Admitted on Thursday as the 36th member of the OECD, Lithuania …", "Expelled from the Council of Europe
/// in 2022, Russia …", «Принятая в ОЭСР в четверг, Литва …»: an English or Russian participle clause opens the
/// sentence — its first word a past participle or gerund, the cue that word itself or at most
/// [`PARTICIPLE_HEAD`] words after it, no mark between — and is about the main clause's subject after its
/// comma. `head` is the sentence's normalised text before the cue.
fn participle_clause(ctx: &SentenceCtx<'_>, head: &str, cue: &Cue) -> bool {
    if ctx.lang == blocwatch_text::Lang::Ar
        || head.contains([',', ';', ':', '—', '–', '(', '"', '«'])
        || word_count(head) > PARTICIPLE_HEAD
    {
        return false;
    }
    let n = if head.trim().is_empty() {
        norm_range(ctx, cue.start, cue.end)
    } else {
        head
    };
    tokens(n)
        .find(|tk| tk.kind == TokenKind::Word)
        .is_some_and(|tk| participle_word(ctx.lang, &n[tk.start..tk.end]))
}

/// "أعلن جنوب السودان استقلاله …، بعد أن اعترفت به الخرطوم …، وانضم إلى الأمم المتحدة": an Arabic verb glued
/// to "و" right after a comma, with no state of its own, continues the sentence's first clause and shares
/// its subject: the state right after the verb that opens the sentence.
pub(super) fn opening_subject<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    strict: &'g [Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    if ctx.lang != blocwatch_text::Lang::Ar || cue.members == Side::Before {
        return None;
    }
    let head = norm_before(ctx, cue.start).strip_suffix('و')?;
    if !head.trim_end().ends_with(['،', ',']) {
        return None;
    }
    let g = strict.first()?;
    (g.end <= cue.start && words_before(ctx, dates, g) <= 1).then_some(g)
}

/// "Mali, Burkina Faso and Niger signed a charter in Niamey on 16 September 2023, creating the Alliance of Sahel
/// States": an English participle of founding right after a comma, with the bloc right after it, has the
/// subject of the main clause: the states that open the sentence (at most one word or a date before them),
/// with no other state between them and the comma.
pub(super) fn participle_subject<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    strict: &'g [Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    if ctx.lang != blocwatch_text::Lang::En || cue.status != "founder" {
        return None;
    }
    let c = norm_range(ctx, cue.start, cue.end);
    let first = tokens(c).find(|tk| tk.kind == TokenKind::Word)?;
    if !c[first.start..first.end].ends_with("ing")
        || !ctx.doc_text[ctx.range.start..cue.start]
            .trim_end()
            .ends_with(',')
    {
        return None;
    }
    let after = &ctx.doc_text[cue.end..ctx.range.end];
    let bloc_at = cue.end + after.len() - after.trim_start().len();
    if !ctx
        .mentions
        .iter()
        .any(|m| m.kind == Kind::Bloc && m.start == bloc_at)
    {
        return None;
    }
    let g = strict.first()?;
    let alone = !ctx.mentions.iter().any(|m| {
        m.kind == Kind::Country
            && m.start >= g.end
            && m.end <= cue.start
            && !locative_capital(ctx, m)
    });
    (alone
        && g.end <= cue.start
        && !ctx.doc_text[g.end..cue.start].contains([';', ':', '.'])
        && words_before(ctx, dates, g) <= 1)
        .then_some(g)
}

/// Whether the sentence holds a phrase pointing back at two states with mentions before the sentence to
/// point at ([`pair_group`]): one automaton pass, as a gate before the per-cue look.
pub(super) fn names_pair<'w>(ctx: &SentenceCtx<'_>, walk: impl FnOnce() -> &'w Walked) -> bool {
    !ctx.earlier.is_empty() && walk().pair
}

/// "хотя обе страны являются членами ЕАЭС", "Оба государства входят в СНГ", "both countries are members of":
/// a phrase pointing back at two states, among the four words before a cue whose states stand before it,
/// claims for the two states named before it — in its sentence, or when the sentence names none before
/// it, in the sentence before — when exactly two distinct states are named there (adjectives count:
/// "визит узбекского лидера в Таджикистан" names both).
pub(super) fn pair_group<'a>(ctx: &SentenceCtx<'a>, cue: &Cue) -> Option<Group<'a>> {
    if cue.members == Side::After {
        return pair_after(ctx, cue);
    }
    if let Some(g) = (cue.members == Side::Either)
        .then(|| pair_after(ctx, cue))
        .flatten()
    {
        return Some(g);
    }
    let before = norm_before(ctx, cue.start);
    let tail = last_words(before, 8);
    // "Both countries were among the seven founders", «Оба государства были в числе основателей», "وكان
    // البلدان من بين مؤسسي": an inclusion opener among the cue's last words (its count, article and copula
    // with it) leaves the phrase its four words before the opener.
    let near = tail.len().saturating_sub(4);
    let opener = (near..tail.len())
        .rev()
        .find(|&i| INCLUSION_OPENERS.contains(&tail[i]))
        .unwrap_or(tail.len());
    let first = near.min(opener.saturating_sub(4));
    let mut from = tail.get(first)?.as_ptr() as usize - before.as_ptr() as usize;
    // "the two countries sat at the same table as full members", «обе страны сидели за одним столом как
    // члены», "البلدان جلسا إلى الطاولة بصفتهما عضوين": a word of capacity right before the cue (past its
    // adjective) makes the clause's subject its holder, however far back in the clause it stands.
    if tail
        .iter()
        .rev()
        .take(2)
        .any(|w| CAPACITY_WORDS.contains(w))
    {
        let clause = before.rfind([',', ';', '،', '؛']).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        from = from.min(clause);
    }
    let (at, size) = match pair_phrase_in(&before[from..]) {
        Some((at, size)) => (at + from, size),
        None => subject_of_noun_cue(ctx, before, &tail)?,
    };
    let anaphor = ctx.range.start + ctx.norm.orig_start(at);
    // "…الذي يشكله البلدان، وتحمل بيلاروسيا صفة الدولة الشريكة": a state after a stop between the phrase and
    // the cue is the subject of a clause of its own.
    let stop = ctx.doc_text[anaphor..cue.start]
        .find([',', ';', '،', '؛'])
        .map(|i| anaphor + i);
    if stop.is_some_and(|s| {
        ctx.mentions
            .iter()
            .any(|m| m.kind == Kind::Country && m.start > s && m.end <= cue.start)
    }) {
        return None;
    }
    Some(Group {
        start: anaphor,
        end: anaphor,
        members: pair_antecedents(ctx, anaphor, size)?,
    })
}

/// How many words before a cue a phrase pointing back at states may stand as the subject of a verb whose object
/// is the cue ([`subject_of_noun_cue`]): the phrase's noun and adjective, the verb, a preposition or pronoun and
/// an adjective ("the three military governments announced their immediate withdrawal from").
const SUBJECT_OF_NOUN_CUE: usize = 7;

/// "On Sunday the three military governments announced their withdrawal from ECOWAS", «все три государства
/// объявили о выходе из ЭКОВАС», "أعلنت الدول الثلاث انسحابها من": a phrase pointing back at states further back
/// than [`pair_group`]'s four words, within [`SUBJECT_OF_NOUN_CUE`] words of the cue, is the subject of the verb
/// whose object the cue is, when no stop and no state or bloc stands between it and the cue. `before` is the
/// normalised sentence before the cue, `tail` its last words. Returns where the phrase starts (in `before`) and
/// how many states it points back at.
fn subject_of_noun_cue(
    ctx: &SentenceCtx<'_>,
    before: &str,
    tail: &[&str],
) -> Option<(usize, usize)> {
    let first = tail.len().saturating_sub(SUBJECT_OF_NOUN_CUE);
    let from = tail.get(first)?.as_ptr() as usize - before.as_ptr() as usize;
    let (i, size) = pair_phrase_in(&before[from..])?;
    let at = from + i;
    if before[at..].contains([',', ';', '،', '؛', ':', '—', '–', '(']) {
        return None;
    }
    let (s, e) = (
        ctx.range.start + ctx.norm.orig_start(at),
        ctx.range.start + ctx.norm.orig_start(before.len()),
    );
    let named = ctx
        .mentions
        .iter()
        .any(|m| matches!(m.kind, Kind::Country | Kind::Bloc) && m.start >= s && m.start < e);
    (!named).then_some((at, size))
}

/// "Союзного государства, которое образуют обе страны", "دولة الاتحاد التي يشكلها البلدان", «وانضم البلدان إلى
/// المنظمة»: a phrase pointing back at two states right after a cue whose states may follow it (a Russian
/// inverted subject, an Arabic verb-first one), with no word between, is the cue's subject ([`pair_group`]).
fn pair_after<'a>(ctx: &SentenceCtx<'a>, cue: &Cue) -> Option<Group<'a>> {
    let t = tables();
    let from = norm_at(ctx, cue.end);
    let after = &ctx.norm.as_str()[from..];
    // A cue ending inside its word: an Arabic object pronoun ("الذي أسسه البلدان", "التي أسستها الدول الخمس") or
    // a Russian ending (the participle «основанный» of the cue «основан»: «основанный этой пятёркой банк»).
    let word_rest = after.len() - after.trim_start_matches(blocwatch_text::is_word_char).len();
    let rest = &after[..word_rest];
    if !(rest.is_empty()
        || matches!(rest, "ه" | "ها" | "هما" | "هم")
        || rest.chars().all(|c| matches!(c, 'а'..='я' | 'ё')))
    {
        return None;
    }
    let lead = after.len() - after[word_rest..].trim_start().len();
    let (at, size) = t.pairs.iter().zip(&t.pair_sizes).find_map(|(p, &size)| {
        phrase_in(after, p)
            .filter(|&i| i >= lead && matches!(&after[lead..i], "" | "و" | "ف"))
            .map(|i| (i, size))
    })?;
    let anaphor = ctx.range.start + ctx.norm.orig_start(at + from);
    Some(Group {
        start: anaphor,
        end: anaphor,
        members: pair_antecedents(ctx, anaphor, size)?,
    })
}

/// The words of capacity before a cue whose holder is the subject of its clause ([`pair_group`]), normalised.
const CAPACITY_WORDS: [&str; 5] = ["as", "как", "بصفتهما", "بصفتها", "بصفتهم"];

/// The words opening an inclusion after a phrase pointing back at two states ([`pair_group`]), normalised.
pub(super) const INCLUSION_OPENERS: [&str; 6] = ["among", "числе", "число", "среди", "بين", "ضمن"];

/// How many sentences back a phrase pointing at two states looks for them ([`pair_antecedents`]).
pub(super) const PAIR_REACH: usize = 3;

/// The two states a phrase pointing back at two states (at document offset `anaphor`) stands for: the
/// states named before it in its sentence when there are any, else those of the sentences before, the
/// nearest first, gathered until two are found ("Qatar and Oman opened a crossing on Sunday. Trade is
/// expected to double. Both countries are members of the GCC"; "Malaysia protested after Indonesia seized a
/// boat. … Indonesia … The two ASEAN members …") — exactly two, or none: three states leave the phrase
/// unread. Adjectives count ("визит узбекского лидера в Таджикистан" names both).
///
/// A phrase pointing back at a group ("the five", «эта пятёрка», "الدول الخمس"; `group_N` rows) is read the same
/// way with its own count `size`: exactly that many states, or the one list of that many when more are named.
pub(super) fn pair_antecedents<'a>(
    ctx: &SentenceCtx<'a>,
    anaphor: usize,
    size: usize,
) -> Option<Vec<&'a str>> {
    antecedents(ctx, anaphor, false, size)
        .or_else(|| antecedents(ctx, anaphor, true, size))
        .or_else(|| people_states(ctx, anaphor, size))
}

/// "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin … on the war in Ukraine; both
/// countries are members": in a sentence naming more states than the phrase counts before it, the states its
/// people stand for, when they are exactly that many ([`pair_antecedents`]).
fn people_states<'a>(ctx: &SentenceCtx<'a>, anaphor: usize, size: usize) -> Option<Vec<&'a str>> {
    let mut ids: Vec<&'a str> = Vec::new();
    for m in ctx.mentions.iter().filter(|m| m.end <= anaphor) {
        if let (Kind::Person, Some(c)) = (m.kind, m.country) {
            if !ids.contains(&c) {
                ids.push(c);
            }
        }
    }
    (ids.len() == size).then_some(ids)
}

/// The leftmost phrase of [`Tables::pairs`] in the normalised text `n`: where it starts and how many states it
/// points back at.
pub(super) fn pair_phrase_in(n: &str) -> Option<(usize, usize)> {
    pair_phrase_span(n).map(|(i, _, size)| (i, size))
}

/// [`pair_phrase_in`] with the phrase's end: (start, end, count) of the leftmost phrase, the longest there
/// ("قطر والبحرين، وهما من الدول الست المؤسسة": the pair pronoun, not the set the inclusion names).
pub(super) fn pair_phrase_span(n: &str) -> Option<(usize, usize, usize)> {
    let t = tables();
    t.pairs
        .iter()
        .zip(&t.pair_sizes)
        .filter_map(|(p, &size)| phrase_in(n, p).map(|i| (i, i + p.needle().len(), size)))
        .min_by_key(|&(i, j, _)| (i, std::cmp::Reverse(j)))
}

/// [`pair_antecedents`]: the states named, or with `people` also the states the people named stand for
/// ("Vladimir Putin received Alexander Lukashenko … the Union State the two countries form"; "İsmail Cem
/// thanked Athens in a call to George Papandreou … the two NATO allies") — read only when the states named are
/// not two, and then more than two leave the phrase unread.
fn antecedents<'a>(
    ctx: &SentenceCtx<'a>,
    anaphor: usize,
    people: bool,
    size: usize,
) -> Option<Vec<&'a str>> {
    let mut ids: Vec<&'a str> = Vec::new();
    let gather = |ids: &mut Vec<&'a str>, ms: &mut dyn Iterator<Item = &'a SentMention<'a>>| {
        for m in ms {
            let id = match m.kind {
                Kind::Country => m.id,
                Kind::Person if people => match m.country {
                    Some(c) => c,
                    None => continue,
                },
                _ => continue,
            };
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    };
    // A capital naming where something happened ("applied in Athens on Friday", «в Афинах», "في أثينا") is no
    // state the phrase points back at.
    gather(
        &mut ids,
        &mut ctx
            .mentions
            .iter()
            .filter(|m| m.end <= anaphor && !locative_capital(ctx, m)),
    );
    if ids.len() > size {
        if people {
            return None;
        }
        return joined_states(
            ctx.doc_text,
            ctx.mentions
                .iter()
                .filter(|m| m.end <= anaphor && !locative_capital(ctx, m)),
            size,
        );
    }
    let mut end = ctx.range.start;
    // One state in the nearest sentence: the other is named further back ("Thailand moved troops …").
    for _ in 0..PAIR_REACH {
        if (ids.len() >= size || end == 0) || (end == ctx.range.start && !ids.is_empty()) {
            break;
        }
        let prev = previous_sentence_start(ctx.doc_text, end);
        let before = ids.len();
        let range = |m: &&SentMention<'_>| m.start >= prev && m.end <= end;
        gather(&mut ids, &mut ctx.earlier.iter().filter(range));
        // "Moscow warned Latvia and Estonia that the radars put them in Russia's sights. Both countries …":
        // a sentence naming more than two states points at the two it joins by "and".
        if before == 0 && ids.len() > size && !people {
            return joined_states(ctx.doc_text, ctx.earlier.iter().filter(range), size);
        }
        end = prev;
    }
    (ids.len() == size).then_some(ids)
}

/// The `size` states of a sentence naming more ([`antecedents`]): for two the pair joined by "and"
/// ([`conjoined_pair`]); for a group the one list of exactly that many ("Brazil, Russia, India, China and South
/// Africa … the five"), its states separated by list words alone.
fn joined_states<'a, 'm>(
    doc_text: &str,
    mentions: impl Iterator<Item = &'m SentMention<'a>>,
    size: usize,
) -> Option<Vec<&'a str>>
where
    'a: 'm,
{
    if size == 2 {
        return conjoined_pair(doc_text, mentions);
    }
    let states: Vec<&SentMention<'a>> = mentions.filter(|m| m.kind == Kind::Country).collect();
    let mut found: Option<Vec<&'a str>> = None;
    let mut run: Vec<&'a str> = Vec::new();
    for (i, m) in states.iter().enumerate() {
        let listed = i > 0 && {
            let a = states[i - 1];
            a.end <= m.start && is_list_gap(doc_text[a.end..m.start].trim())
        };
        if !listed {
            if run.len() == size {
                if found.is_some() {
                    return None;
                }
                found = Some(std::mem::take(&mut run));
            }
            run.clear();
        }
        if !run.contains(&m.id) {
            run.push(m.id);
        }
    }
    if run.len() == size {
        if found.is_some() {
            return None;
        }
        found = Some(run);
    }
    // "… treaties with Burkina Faso and Niger, modelled on the one ratified with Mali. All three …": with no
    // list of that many, the states named last, as many as the count, when they cut no list.
    found.or_else(|| last_distinct(doc_text, &states, size))
}

/// The last `size` distinct states of `states` (in text order), when the earliest of their mentions is not
/// listed with the state before it ([`joined_states`]).
fn last_distinct<'a>(
    doc_text: &str,
    states: &[&SentMention<'a>],
    size: usize,
) -> Option<Vec<&'a str>> {
    let mut ids: Vec<&'a str> = Vec::new();
    let mut first = states.len();
    for (i, m) in states.iter().enumerate().rev() {
        if !ids.contains(&m.id) {
            if ids.len() == size {
                break;
            }
            ids.push(m.id);
        }
        first = i;
    }
    if ids.len() < size || first == 0 {
        return None;
    }
    let (a, b) = (states[first - 1], states[first]);
    if a.end <= b.start && is_list_gap(doc_text[a.end..b.start].trim()) {
        return None;
    }
    ids.reverse();
    Some(ids)
}

/// The two states of the one pair among `mentions` joined by "and" alone ("Latvia and Estonia", «Латвию и
/// Эстонию», "لاتفيا وإستونيا"), not closing a longer list ("Peru, Chile and Mexico") — or none when there is
/// no such pair or more than one.
fn conjoined_pair<'a, 'm>(
    doc_text: &str,
    mentions: impl Iterator<Item = &'m SentMention<'a>>,
) -> Option<Vec<&'a str>>
where
    'a: 'm,
{
    let states: Vec<&SentMention<'a>> = mentions.filter(|m| m.kind == Kind::Country).collect();
    let joined = |a: &SentMention<'_>, b: &SentMention<'_>| {
        a.end <= b.start && matches!(doc_text[a.end..b.start].trim(), "and" | "и" | "و" | "&")
    };
    let mut pairs = states.windows(2).enumerate().filter(|(i, w)| {
        joined(w[0], w[1])
            && w[0].id != w[1].id
            && !(*i > 0 && {
                let gap = doc_text[states[i - 1].end.min(w[0].start)..w[0].start].trim();
                !gap.is_empty() && is_list_gap(gap)
            })
    });
    let (_, w) = pairs.next()?;
    pairs.next().is_none().then(|| vec![w[0].id, w[1].id])
}

/// "the two ASEAN members", "two NATO allies", «двух стран АСЕАН», «двух членов НАТО», "البلدين العضوين في
/// آسيان": a number for two (`pair_count` rows) before a noun for the bloc's members (`pair_noun` rows) and
/// the bloc's name, with nothing else between them, points back at two states named before
/// ([`pair_antecedents`]): both are members. Not when a state follows the phrase with no word between ("two
/// NATO members, Hungary and Slovakia," names them there, for the cues); a state further on is another party
/// when the two stand before the phrase in its sentence ("Poland and Hungary, the two NATO allies, disagreed
/// on Ukraine"), and may be the two themselves when they do not ("Trade between the two APEC members grew, and
/// Chile and Russia backed each other's bids").
///
/// In a sentence that names no bloc, `recalled` is the bloc named last before it, and a word for a bloc in the
/// phrase's place ("the two members of the alliance", «двух членов альянса», "البلدين العضوين في الحلف") stands
/// for it.
///
/// The numbers are read where the sentence's walk found them (`walked.counted`), each number's occurrences as
/// [`phrase_in`] searched them from the end of the last one read: leftmost first, not overlapping, whole words.
pub(super) fn counted_pair_claims(
    ctx: &SentenceCtx<'_>,
    walked: &Walked,
    recalled: Option<&str>,
    out: &mut Vec<MembershipRec>,
) {
    let t = tables();
    let n = ctx.norm.as_str();
    let base = ctx.range.start;
    let counts = t.pair_counts.iter().map(|c| (c, false));
    for (k, (count, dual)) in counts
        .chain(t.pair_duals.iter().map(|c| (c, true)))
        .enumerate()
    {
        let len = count.needle().len();
        // (`from`: past the last phrase read; `searched`: past the last occurrence looked at.)
        let (mut from, mut searched) = (0, 0);
        for &(_, i) in walked.counted.iter().filter(|&&(c, _)| c == k) {
            if i < searched {
                continue;
            }
            searched = i + len;
            if !whole_at(&n[from..], i - from, len) {
                continue;
            }
            from = i + len;
            let Some((bloc, end, former)) = counted_noun_phrase(ctx, from, dual, recalled) else {
                continue;
            };
            let status = if former { "former" } else { "member" };
            let at = base + ctx.norm.orig_start(i);
            // Only two states named before it in its own sentence stand against a state further on.
            let named_here = ctx
                .mentions
                .iter()
                .filter(|m| m.kind == Kind::Country && m.end <= at)
                .count()
                >= 2;
            if ctx.mentions.iter().any(|m| {
                m.kind == Kind::Country
                    && m.start >= end
                    && (!named_here
                        || !tokens(&ctx.doc_text[end..m.start])
                            .any(|tk| tk.kind == TokenKind::Word))
            }) {
                continue;
            }
            let Some(members) = pair_antecedents(ctx, at, 2) else {
                continue;
            };
            for m in members {
                if out
                    .iter()
                    .any(|r| r.bloc == bloc && r.member == m && !r.negated)
                {
                    continue;
                }
                out.push(MembershipRec {
                    bloc: bloc.to_string(),
                    member: m.to_string(),
                    status: status.to_string(),
                    date: None,
                    negated: false,
                    sentence: [ctx.range.start, ctx.range.end],
                    text: ctx.text.to_string(),
                });
            }
        }
    }
}

/// The bloc and the end (document offset) of a noun phrase for the bloc's members starting at normalised
/// offset `from`: a `pair_noun` word and one bloc's name, in either order, with at most a linking word
/// between ("ASEAN members", "members of NATO", «стран АСЕАН», "العضوين في آسيان"); after an Arabic dual that
/// is its own noun (`counted`: "بين عضوين في الاتحاد"), the link and the bloc alone. An adjective of having left
/// before the noun or right after it ("the two former members of the Warsaw Pact", «обе бывшие участницы
/// Варшавского договора», "البلدين العضوين السابقين في"; `pair_former` rows) makes them former members (the
/// third value). With a `recalled` bloc, a word for a bloc after the noun stands for it ([`counted_pair_claims`]).
pub(super) fn counted_noun_phrase<'a: 'r, 'r>(
    ctx: &SentenceCtx<'a>,
    from: usize,
    counted: bool,
    recalled: Option<&'r str>,
) -> Option<(&'r str, usize, bool)> {
    let t = tables();
    let n = ctx.norm.as_str();
    let base = ctx.range.start;
    let (mut bloc, mut noun, mut links) = (None, counted, 0);
    let mut former = false;
    let mut at = from;
    let mut end = base + ctx.norm.orig_end(from);
    loop {
        let rest = &n[at..];
        let Some(tk) = tokens(rest).next() else { break };
        if tk.kind != TokenKind::Word || !rest[..tk.start].trim().is_empty() {
            break;
        }
        let (s, e) = (at + tk.start, at + tk.end);
        let doc_s = base + ctx.norm.orig_start(s);
        if let Some(b) = ctx
            .mentions
            .iter()
            .find(|m| m.kind == Kind::Bloc && m.start == doc_s)
        {
            if bloc.is_some() {
                break;
            }
            bloc = Some(b.id);
            end = b.end;
            at = norm_at(ctx, b.end);
            continue;
        }
        let w = &n[s..e];
        if let Some(r) = recalled.filter(|_| noun && bloc.is_none() && is_anaphor_word(w)) {
            bloc = Some(r);
            end = base + ctx.norm.orig_end(e);
            break;
        }
        // The longest noun that starts here ("member states" over "member").
        let long = t
            .pair_nouns
            .iter()
            .filter(|p| phrase_in(&n[s..], p) == Some(0))
            .map(|p| p.needle().len())
            .max();
        if let Some(len) = long.filter(|_| !noun) {
            noun = true;
            end = base + ctx.norm.orig_end(s + len);
            at = s + len;
            if bloc.is_some() {
                break;
            }
            continue;
        } else if !former
            && bloc.is_none()
            && links == 0
            && t.former_adjectives.iter().any(|f| f == w)
        {
            former = true;
        } else if links == 0 && bloc.is_none() && noun && t.pair_links.iter().any(|l| l == w) {
            links += 1;
        } else if links == 1 && bloc.is_none() && w == "the" {
            // "two members of the European Union": the article after the link.
            links += 1;
        } else if noun || bloc.is_some() || !t.pair_adjectives.iter().any(|a| a == w) {
            // (An adjective before the noun is passed over: "the two fellow members of the SCO".)
            break;
        }
        at = e;
        if noun && bloc.is_some() {
            break;
        }
    }
    bloc.filter(|_| noun).map(|b| (b, end, former))
}

/// Whether the normalised `gap` is a likening word (`likening` rows), commas and white space around it; a relative
/// pronoun may open it ("Rwanda, which like Congo belongs to the EAC") and an English article close it ("like the
/// Soviet Union").
pub(super) fn likening_gap(gap: &str) -> bool {
    let t = tables();
    let mut w = gap.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '،');
    if let Some((first, rest)) = w.split_once(' ') {
        if is_in(&t.relatives, first) {
            w = rest.trim_start();
        }
    }
    if let Some(r) = w.strip_suffix(" the") {
        w = r.trim_end();
    }
    is_in(&t.likening, w)
}

/// "Moldova, like Russia, is a member of the CIS", «Канада, как и Россия член Арктического совета», "ومولدовا،
/// مثل روسيا، عضو في", "Like Russia, Belarus belongs to the CSTO": a state likened to the claimed one in an
/// aside beside it (`likening` rows) holds the same claim — the one after the claimed list when a comma
/// closes the aside, the one before it when the claimed list follows the likening word. So does a state the
/// likening word sets right after the cue or the claim's bloc (`ends`): "Romania, a member of the Warsaw Pact
/// like the Soviet Union", "رواندا، العضو مثل الكونغو في مجموعة شرق أفريقيا". "Unlike" likens nothing.
pub(super) fn likened<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    groups: &'g [Group<'a>],
    claimed: &Group<'_>,
    ends: &[usize],
) -> Option<&'g Group<'a>> {
    let comma = |gap: &str| gap.trim_start().starts_with([',', '،']);
    // The aside after the claimed list: "Moldova, like Russia, is …".
    let after = groups.iter().find(|g| g.start >= claimed.end).filter(|g| {
        let gap = norm_range(ctx, claimed.end, g.start);
        let rest = ctx.doc_text[g.end..ctx.range.end.max(g.end)].trim_start();
        comma(gap) && likening_gap(gap) && rest.starts_with([',', '،'])
    });
    // The claimed list inside the aside: "Canada, like Russia a member of …"; or after a fronted one:
    // "Like Russia, Belarus …".
    let before = || {
        groups
            .iter()
            .rev()
            .find(|g| g.end <= claimed.start)
            .filter(|g| {
                let gap = norm_range(ctx, g.end, claimed.start);
                (comma(gap) && likening_gap(gap))
                    || (gap.trim() == ","
                        && likening_gap(norm_range(ctx, ctx.range.start, g.start))
                        && !norm_range(ctx, ctx.range.start, g.start).trim().is_empty())
            })
    };
    // Right after the cue or its bloc, no comma between: "a member of the Warsaw Pact like the Soviet Union".
    let beside = || {
        ends.iter().find_map(|&e| {
            groups.iter().find(|g| g.start >= e).filter(|g| {
                let gap = norm_range(ctx, e, g.start);
                !gap.contains([',', '،']) && likening_gap(gap)
            })
        })
    };
    after.or_else(before).or_else(beside)
}

/// "انضمت مصر مع إثيوبيا إلى بريكس": the states after «مع» right after the subject of an Arabic verb-first cue
/// (the subject touching its verb) are its companions in the claim (the English "together with", «вместе с»
/// are list gaps already). Not after a subject set apart from its verb ("ناقشت تركيا مع روسيا طلب انضمامها"),
/// nor after an object or apposition ("تتفاوض أرمينيا مع أذربيجان، العضو في").
pub(super) fn ar_companions<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    groups: &'g [Group<'a>],
    cue: &Cue,
    claimed: &Group<'_>,
) -> Option<&'g Group<'a>> {
    if ctx.lang != blocwatch_text::Lang::Ar
        || claimed.start < cue.end
        || !norm_range(ctx, cue.end, claimed.start).trim().is_empty()
    {
        return None;
    }
    groups
        .iter()
        .find(|g| g.start >= claimed.end)
        .filter(|g| norm_range(ctx, claimed.end, g.start).trim() == "مع")
}

/// The last state of a Russian list before the cue when a singular relative pronoun opens the clause that
/// holds the cue: "Россией и Эстонией, которая … входит в НАТО" is about Estonia.
pub(super) fn singular_relative<'a>(
    ctx: &SentenceCtx<'_>,
    group: &Group<'a>,
    cue: &Cue,
) -> Option<&'a str> {
    if ctx.lang != blocwatch_text::Lang::Ru || group.members.len() < 2 || group.end > cue.start {
        return None;
    }
    let gap = ctx.doc_text[group.end..cue.start].trim_start();
    let rest = gap.strip_prefix(',')?;
    let first = tokens(rest).find(|tk| tk.kind == TokenKind::Word)?;
    matches!(
        norm_word(&rest[first.start..first.end]).as_ref(),
        "которая" | "который" | "которое"
    )
    .then(|| group.members.last().copied())
    .flatten()
}

/// "between Russia and Egypt, a member of the African Union", «между Россией и Египтом, членом Африканского
/// союза», "بين روسيا ومصر، العضو في الاتحاد الأفريقي": a singular noun of the status (`singular_status` rows) set
/// off by a comma right after a list, an article aside, is about its last state only.
pub(super) fn singular_apposition<'a>(
    ctx: &SentenceCtx<'_>,
    group: &Group<'a>,
    cue: &Cue,
) -> Option<&'a str> {
    if group.members.len() < 2 || group.end > cue.start {
        return None;
    }
    let t = tables();
    let gap = norm_range(ctx, group.end, cue.start);
    let mut comma = false;
    for tk in tokens(gap) {
        let w = &gap[tk.start..tk.end];
        match tk.kind {
            TokenKind::Punct if !comma && matches!(w, "," | "،") => comma = true,
            TokenKind::Word if comma && is_article(w) => {}
            _ => return None,
        }
    }
    let phrase = norm_range(ctx, cue.start, cue.end);
    let singular = tokens(phrase)
        .filter(|tk| tk.kind == TokenKind::Word)
        .any(|tk| {
            t.singular_status
                .iter()
                .any(|w| *w == phrase[tk.start..tk.end])
        });
    (comma && singular)
        .then(|| group.members.last().copied())
        .flatten()
}

/// The nouns of candidacy for membership, normalised: a cue opening with one names a status held
/// ([`shared_subject`]).
const CANDIDACY_NOUNS: [&str; 4] = ["candidate", "кандидат", "مرشح", "المرشح"];

/// A second verb of a claim's subject, coordinated after the first: "Iran held observer status in the SCO
/// from 2005 and was admitted as a full member in 2023", "Иран стал членом ШОС в 2023 году, а до этого
/// имел статус наблюдателя", "انضمت أنغولا إلى أوبك عام 2007 ثم غادرتها". A cue with no state of its own
/// near it takes the states of the claim before it when only a conjunction — no state, no relative
/// pronoun, no stop — stands between the two cues.
pub(super) fn shared_subject<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    last: Option<(&'g Group<'a>, usize)>,
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let (group, prev_end) = last?;
    // An aspiration after a status held ("has long sought full membership") is no application the
    // press reports as such; a state or a person anywhere after the first claim may be the second
    // verb's subject or topic ("о членстве в Ташкенте пока не говорят").
    // A negated second verb ("но вступать в организацию не спешит") is left unclaimed, as before.
    // A candidacy, though, is a status the subject holds, named by a noun like the first: "Iran holds observer
    // status in the SCO and is a candidate for full membership", «является кандидатом на полноправное
    // членство».
    let candidacy = || {
        let phrase = norm_range(ctx, cue.start, cue.end);
        CANDIDACY_NOUNS.iter().any(|c| phrase.starts_with(c))
    };
    if prev_end > cue.start || (cue.status == "applicant" && !candidacy()) || cue.negated {
        return None;
    }
    let gap = &ctx.doc_text[prev_end..cue.start];
    // "… founded the union in 2015, and the EAEU now has five members": a bloc as the second clause's
    // subject counts its members; it says nothing more of the first clause's states.
    let counted = plural_members(norm_range(ctx, cue.start, cue.end))
        && ctx
            .mentions
            .iter()
            .any(|m| m.kind == Kind::Bloc && m.start >= prev_end && m.end <= cue.start);
    if counted
        || gap.contains([';', '؛', '.', '!', '?', ':'])
        || ctx
            .mentions
            .iter()
            .any(|m| m.kind != Kind::Bloc && m.start >= prev_end)
    {
        return None;
    }
    let t = tables();
    let n = norm_range(ctx, prev_end, cue.start);
    let mut conjunction = false;
    for tk in tokens(n).filter(|tk| tk.kind == TokenKind::Word) {
        let w = &n[tk.start..tk.end];
        if t.relatives.iter().any(|r| r == w) {
            return None;
        }
        conjunction |= t.conjunctions.iter().any(|c| c == w);
    }
    // Arabic glues و to the verb that opens the second clause, often the cue itself ("وأعادتها", "وانضمت"), or to
    // the particle before its verb ("وما زالت دولة مراقبة", "ولا تزال عضواً").
    let cue_word = norm_range(ctx, cue.start, cue.end);
    let glued = ctx.lang == blocwatch_text::Lang::Ar
        && (cue_word.starts_with('و')
            || last_words(n, GLUED_REACH)
                .iter()
                .any(|w| w.starts_with('و')));
    (conjunction || glued || in_series(ctx, n, cue)).then_some(group)
}

/// How many words before a cue may hold the Arabic "و" that opens its clause ([`shared_subject`]): the
/// particle, the verb and its noun ("وما زالت دولة").
const GLUED_REACH: usize = 3;

/// "Uzbekistan belongs to the SCO, has left the CSTO and remains an observer in the EAEU", «входит в ШОС, вышла
/// из ОДКБ и остаётся наблюдателем»: a middle predicate of a series is set off by a comma alone, the
/// conjunction coming before the last one. `gap` (normalised) ends with a comma-led clause opening, and a
/// conjunction stands somewhere in the sentence after the cue.
fn in_series(ctx: &SentenceCtx<'_>, gap: &str, cue: &Cue) -> bool {
    let Some(comma) = gap.rfind([',', '،']) else {
        return false;
    };
    // The comma closes the first predicate's object: its words after are the second verb's (at most two and
    // an article: "remains a", «остаётся»).
    if tokens(&gap[comma..])
        .filter(|tk| tk.kind == TokenKind::Word)
        .count()
        > SERIES_VERB_WORDS
    {
        return false;
    }
    let rest = norm_range(ctx, cue.end, ctx.range.end);
    let rest = rest.split(['.', ';', '؛']).next().unwrap_or("");
    tokens(rest)
        .filter(|tk| tk.kind == TokenKind::Word)
        .any(|tk| SERIES_CONJUNCTIONS.contains(&&rest[tk.start..tk.end]))
}

/// The conjunctions that close a series of predicates before its last one (normalised; Arabic glues its
/// "و" to the verb, read by [`shared_subject`] itself).
const SERIES_CONJUNCTIONS: [&str; 5] = ["and", "but", "и", "а", "но"];

/// How many words may stand between the comma of a series and the cue of its middle predicate: the verb, an
/// auxiliary and an article ("has been a", "remains a").
const SERIES_VERB_WORDS: usize = 3;

/// "the two members of NATO now trade mostly with Germany", "both former members of the Warsaw Pact … with
/// Germany": whether a number for two (`pair_count` rows), an adjective of having left perhaps after it, stands
/// right before a cue: the counted noun points back at two states ([`counted_pair_claims`]), and a state further
/// on is not its list.
pub(super) fn counted_cue(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    let t = tables();
    let before = norm_before(ctx, cue.start).trim_end();
    let before = match last_words(before, 1).first() {
        Some(w) if t.former_adjectives.iter().any(|f| f == w) => {
            before[..before.len() - w.len()].trim_end()
        }
        _ => before,
    };
    let words = last_words(before, 2);
    let Some(first) = words.first() else {
        return false;
    };
    let from = first.as_ptr() as usize - before.as_ptr() as usize;
    (0..words.len()).any(|k| {
        let at = words[k].as_ptr() as usize - before.as_ptr() as usize;
        let tail = &before[at.max(from)..];
        t.pair_counts
            .iter()
            .any(|p| phrase_in(tail, p) == Some(0) && p.needle().len() == tail.len())
    })
}

/// "eleven members voted for it, while China, Angola and Venezuela abstained", «проголосовали одиннадцать членов,
/// Китай, Ангола и Венесуэла воздержались», "أيده أحد عشر عضواً وامتنعت الصين وأنغولا وفنزويلا", "تأييد ١٣ من
/// الأعضاء … وامتناع الصين": a member noun counted by a number of three or more (right before it, or before a
/// `count_link` word: "13 of the members", «13 из членов», "١٣ من الأعضاء") counts other states than a list after it
/// of another size; a list opened by a `list_inclusion` word ("among them", «в том числе», "من بينها") may be part of
/// the count.
pub(super) fn counted_apart(ctx: &SentenceCtx<'_>, cue: &Cue, group: &Group<'_>) -> bool {
    if group.start < cue.end || cue.status != "member" {
        return false;
    }
    let t = tables();
    let words = last_words(norm_before(ctx, cue.start), 4);
    let mut k = words.len();
    while k > 0 && t.count_links.iter().any(|l| l == words[k - 1]) {
        k -= 1;
    }
    // (A whole count: "several members", «несколько членов», "عدة أعضاء" say no size a list could differ from.)
    let Some(count) = k
        .checked_sub(1)
        .and_then(|i| crate::amounts::whole_count(words[i]))
    else {
        return false;
    };
    if count < 3 || count as usize == group.members.len() {
        return false;
    }
    let gap = norm_range(ctx, cue.end, group.start);
    !tokens(gap)
        .filter(|tk| tk.kind == TokenKind::Word)
        .any(|tk| {
            t.list_inclusions
                .iter()
                .any(|w| w == &gap[tk.start..tk.end])
        })
}

/// Whether the normalised text `head` ends with a `joint_with` word ("together with", «вместе с», "مع"),
/// and where that word starts.
fn ends_with_joint(head: &str) -> Option<usize> {
    let t = tables();
    let head = head.trim_end();
    t.joint_with.iter().find_map(|j| {
        let at = head.strip_suffix(j.as_str())?.len();
        (!head[..at]
            .chars()
            .next_back()
            .is_some_and(blocwatch_text::is_word_char))
        .then_some(at)
    })
}

/// «обе страны вместе с Казахстаном учредили», "The two countries, together with Kazakhstan, founded", "The two
/// countries founded the union with Kazakhstan", "وأسس البلدان مع كازاخستان": a phrase pointing back at two
/// states and a list set beside it by a `joint_with` word do the cue's act together. `own` is the list the cue
/// took, `pair` the phrase's states if the cue took those; the other side is returned.
pub(super) fn pair_companions<'a>(
    ctx: &SentenceCtx<'a>,
    strict: &[Group<'a>],
    cue: &Cue,
    claim_end: usize,
    own: Option<&Group<'a>>,
    pair: Option<&Group<'a>>,
) -> Option<Group<'a>> {
    let stop = |a: usize, b: usize| ctx.doc_text[a.min(b)..b].contains(['.', ';', '؛', ':']);
    if let Some(p) = pair {
        // The companion after the cue, its bloc or the pair: "founded the union with Kazakhstan", "البلدان مع".
        // Arabic sets it right after the pair, before the bloc: "وأسس البلدان مع كازاخستان الاتحاد".
        let found = [p.start.max(cue.end), claim_end.max(p.start)]
            .into_iter()
            .find_map(|from| {
                let g = strict.iter().find(|g| g.start >= from)?;
                let head = norm_range(ctx, from, g.start);
                let at = ends_with_joint(head)?;
                let lead = &head[..at];
                // Only the pair phrase itself, or nothing but a date, may stand before the word.
                let words = word_count(lead);
                (words <= 3 && !stop(from, g.start) && !lead.contains([',', '،'])).then_some(g)
            })?;
        return Some(found.clone());
    }
    // One state's founding with a list set beside it after the cue or its bloc: "Brazil founded BRICS with
    // Russia, India and China", "the alliance it founded with Turkey", «основала блок вместе с Турцией», "أسست
    // البرازيل بريكس مع روسيا والهند والصين". Only the bloc, a word for it or a year may stand before the joint
    // word ("founded the SCO in 2001 with China"): "established relations with Beijing" founds nothing with it.
    if let Some(o) = own {
        let t = tables();
        let found = [cue.end.max(o.end), claim_end.max(o.end)]
            .into_iter()
            .find_map(|from| {
                let g = strict.iter().find(|g| g.start >= from)?;
                let head = norm_range(ctx, from, g.start);
                let at = ends_with_joint(head)?;
                let bare = tokens(&head[..at])
                    .filter(|tk| tk.kind == TokenKind::Word)
                    .all(|tk| {
                        let w = &head[tk.start..tk.end];
                        // (Articles, possessives, the prepositions of a year and the year nouns «году», "عام":
                        // closed classes of a date phrase's grammar, so written here rather than in data/.)
                        matches!(
                            w,
                            "the" | "its" | "their" | "in" | "в" | "году" | "عام" | "في"
                        ) || w.chars().all(char::is_numeric)
                            || t.anaphor_words.contains(w)
                    });
                (bare
                    && !stop(from, g.start)
                    && !head[..at].contains([',', '،'])
                    && !possessed(ctx, g))
                .then_some(g)
            });
        if let Some(g) = found {
            return Some(g.clone());
        }
    }
    // The companion before the cue with the pair phrase before it: «обе страны вместе с Казахстаном учредили».
    let g = own.filter(|g| g.end <= cue.start)?;
    if tokens(&ctx.doc_text[g.end..cue.start]).any(|tk| tk.kind == TokenKind::Word) {
        return None;
    }
    let head = norm_before(ctx, g.start);
    let at = ends_with_joint(head)?;
    let lead = head[..at].trim_end().trim_end_matches([',', '،']);
    let words = last_words(lead, 4);
    let first = words.first()?;
    let from = first.as_ptr() as usize - lead.as_ptr() as usize;
    let (p, size) = pair_phrase_in(&lead[from..])?;
    let anaphor = ctx.range.start + ctx.norm.orig_start(p + from);
    Some(Group {
        start: anaphor,
        end: anaphor,
        members: pair_antecedents(ctx, anaphor, size)?,
    })
}

/// Whether an English state list stands as an owner ("joined the WTO with Russia's backing"): the backing is
/// Russia's, not a membership.
fn possessed(ctx: &SentenceCtx<'_>, g: &Group<'_>) -> bool {
    let rest = &ctx.doc_text[g.end..ctx.range.end];
    rest.starts_with("'s") || rest.starts_with("’s")
}

/// How many words may stand between the comma after a state and the `joint_with` word opening the clause or
/// apposition set off after it, besides the cue's own words: a relative pronoun and an article.
const JOINT_LEAD_WORDS: usize = 2;

/// "Kazakhstan, which together with Russia and Belarus founded the EAEU", «Казахстан, который вместе с Россией и
/// Белоруссией основал ЕАЭС», "كازاخستان، العضو مع روسيا وبيلاروس في الاتحاد": a relative clause or an apposition
/// set off after a state that opens with a `joint_with` word makes that state a partner in the claim of the list
/// after the word. `claimed` is the list the cue took; the state before the comma is returned. Only a relative
/// pronoun, an article and the cue's own words may stand between the comma and the joint word.
pub(super) fn joint_subject<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    strict: &'g [Group<'a>],
    cue: &Cue,
    claimed: &Group<'_>,
) -> Option<&'g Group<'a>> {
    let head = norm_before(ctx, claimed.start);
    let at = ends_with_joint(head)?;
    let joint = ctx.range.start + ctx.norm.orig_start(at);
    let g = strict.iter().rfind(|g| g.end <= joint)?;
    let lead = ctx.doc_text[g.end..joint].trim_start();
    let lead = lead.strip_prefix([',', '،', '—', '–'])?;
    let lead_start = joint - lead.len();
    // The cue's own words ("a member", "العضو") are left out of the count.
    let spans: SmallVec<[(usize, usize); 2]> = if cue.start >= lead_start && cue.end <= joint {
        [(lead_start, cue.start), (cue.end, joint)]
            .into_iter()
            .collect()
    } else {
        [(lead_start, joint)].into_iter().collect()
    };
    let t = tables();
    let mut words = 0;
    let mut relative = false;
    for (a, b) in spans {
        let n = norm_range(ctx, a, b);
        for tk in tokens(n) {
            let w = &n[tk.start..tk.end];
            match tk.kind {
                TokenKind::Word => {
                    words += 1;
                    let is_relative = is_in(&t.relatives, w);
                    relative |= is_relative;
                    if !(is_relative || is_article(w)) || words > JOINT_LEAD_WORDS {
                        return None;
                    }
                }
                TokenKind::Punct if matches!(w, "," | "،") => {}
                _ => return None,
            }
        }
    }
    // "China, alongside Vietnam and Laos, members of ASEAN, …": with no relative pronoun, a cue set off after
    // the list by a comma is an apposition about the list alone.
    if !relative
        && cue.start >= claimed.end
        && ctx.doc_text[claimed.end..cue.start].contains([',', '،'])
    {
        return None;
    }
    Some(g)
}

/// How many words may stand between the comma after a state and the cue of its apposition: a relative
/// pronoun and an auxiliary ("Romania, which was admitted in 1972").
const APPOSITION_LEAD_WORDS: usize = 2;

/// "Finland, admitted in April 2023, and Sweden, admitted in March 2024, took part in NATO's largest drill",
/// «Финляндия, принятая в апреле 2023 года, …», "فنلندا، التي انضمت في أبريل 2023، …", "It follows Slovenia and
/// Israel, admitted in September": a cue in an apposition set off by a comma or a dash after a state, its clause
/// naming no bloc, tells of that state. Between the comma and the cue only a relative pronoun and an auxiliary;
/// a cue whose states stand after it ("admitted") must be passive — bare, or after an auxiliary ("which was
/// admitted"), with no state right after it ("which admitted Sweden" admits Sweden).
pub(super) fn apposed_state<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    groups: &[&'g Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let g = groups.iter().copied().rfind(|g| g.end <= cue.start)?;
    let gap = ctx.doc_text[g.end..cue.start].trim_start();
    let lead = gap.strip_prefix([',', '—', '–', '،'])?;
    let t = tables();
    let mut words: SmallVec<[Cow<'_, str>; 2]> = SmallVec::new();
    for tk in tokens(lead) {
        if tk.kind != TokenKind::Word {
            return None;
        }
        if words.len() == APPOSITION_LEAD_WORDS {
            return None;
        }
        words.push(norm_word(&lead[tk.start..tk.end]));
    }
    let relative = |w: &str| t.relatives.iter().any(|r| r == w);
    let aux = |w: &str| t.apposition_aux.iter().any(|r| r == w);
    let passive = match &words[..] {
        [] => true,
        [r] if relative(r.as_ref()) => false,
        [r, a] if relative(r.as_ref()) && aux(a.as_ref()) => true,
        _ => return None,
    };
    if cue.members == Side::After {
        if !passive {
            return None;
        }
        // "admitted Sweden": the state right after the verb is its object.
        if groups
            .iter()
            .any(|h| h.start >= cue.end && ctx.doc_text[cue.end..h.start].trim().is_empty())
        {
            return None;
        }
    }
    // The apposition's clause names no bloc of its own.
    let rest = &ctx.doc_text[cue.end..ctx.range.end];
    let close = cue.end
        + rest
            .find([',', '.', ';', '—', '–', '(', ')', '،', '؛'])
            .unwrap_or(rest.len());
    if ctx
        .mentions
        .iter()
        .any(|m| m.kind == Kind::Bloc && m.start >= cue.end && m.start < close)
    {
        return None;
    }
    Some(g)
}

/// Whether the normalised word `w` is an article an apposition or a relative clause may open with: the
/// English "a", "an", "the" and the Arabic definite article written apart ("ال").
fn is_article(w: &str) -> bool {
    matches!(w, "a" | "an" | "the" | "ال")
}

/// The endings of Russian active participles, present and past, in every gender, number and case («входящий»,
/// «председательствующей», «вступившую»).
const RU_PARTICIPLE_ENDINGS: [&str; 24] = [
    "щий", "щая", "щее", "щие", "щего", "щей", "щему", "щим", "щую", "щих", "щими", "щем", "ший",
    "шая", "шее", "шие", "шего", "шей", "шему", "шим", "шую", "ших", "шими", "шем",
];

/// «Москва поддержала входящий в ОДКБ Таджикистан», «письмо председательствующей в БРИКС России»: a Russian
/// participle set before its noun, its bloc right after it, qualifies the state right after the bloc, whatever
/// state stands nearer before it. `bloc` is the bloc the cue took.
pub(super) fn ru_participle_head<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    strict: &'g [Group<'a>],
    cue: &Cue,
    bloc: &SentMention<'_>,
) -> Option<&'g Group<'a>> {
    if ctx.lang != blocwatch_text::Lang::Ru || bloc.start < cue.end {
        return None;
    }
    // The participle is the cue's first word, read whole (a cue row may be its stem: «председательствующ»).
    let rest = &ctx.doc_text[cue.start..ctx.range.end];
    let word = &rest[..rest
        .find(|c: char| !blocwatch_text::is_word_char(c))
        .unwrap_or(rest.len())];
    let w = norm_word(word);
    let participle = RU_PARTICIPLE_ENDINGS
        .iter()
        .any(|e| w.ends_with(e) || w.strip_suffix("ся").is_some_and(|b| b.ends_with(e)));
    // «Таджикистан, входящий в ОДКБ, …»: a participle after a comma qualifies the noun before it.
    let set_off = ctx.doc_text[ctx.range.start..cue.start]
        .trim_end()
        .ends_with([',', '—', '–']);
    let between = &ctx.doc_text[cue.end..bloc.start];
    if !participle
        || set_off
        || between.contains([',', ';', ':', '—', '–', '(', ')'])
        || word_count(between) > 1
    {
        return None;
    }
    strict
        .iter()
        .find(|g| g.start >= bloc.end && ctx.doc_text[bloc.end..g.start].trim().is_empty())
}
