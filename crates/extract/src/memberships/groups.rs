//! Lists of states ([`groups`]): country mentions joined by list gaps ([`is_list_gap`], shared with
//! amounts), and the words that stand for a state ("the country", "his country", an opening anaphor).

use super::status::venue_beside;
use super::tables::tables;
use super::text::word_count;
use super::text::{
    last_words, next_word, norm_at, norm_before, norm_range, norm_word, previous_sentence_start,
};
use super::{Group, Side, Spans};
use crate::context::{SentMention, SentenceCtx};
use blocwatch_lexicon::{Form, Kind};
use blocwatch_text::{tokens, TokenKind};
use memchr::memmem::Finder;
use smallvec::SmallVec;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Whether a bloc or a state is glued by a hyphen to a bloc or a state ("the NATO-Russia Council", "the
/// EU-China summit", "саммит Россия–АСЕАН"): the pair names another body or a meeting, and neither is a
/// party to a membership claim.
pub(super) fn hyphened(ctx: &SentenceCtx<'_>, m: &SentMention<'_>) -> bool {
    let glued = |a: usize, b: usize| {
        ctx.doc_text
            .get(a..b)
            .is_some_and(|g| matches!(g, "-" | "–" | "—" | "‑"))
    };
    ctx.mentions.iter().any(|o| {
        matches!(o.kind, Kind::Bloc | Kind::Country)
            && (m.kind == Kind::Bloc || o.kind == Kind::Bloc)
            && ((o.start >= m.end && glued(m.end, o.start))
                || (o.end <= m.start && glued(o.end, m.start)))
    })
}

/// Whether a demonym adjective names the state's own delegation to a bloc's assembly: "the Russian
/// delegation", «российской делегации», "للوفد الروسي" (the Arabic adjective after its noun). The delegation
/// stands for its state as the state's official does (eval/README, session 26 (c)): "suspended the voting
/// rights of the Russian delegation" suspends Russia.
pub(super) fn delegation_of(ctx: &SentenceCtx<'_>, m: &SentMention<'_>) -> bool {
    let t = tables();
    if ctx.lang == blocwatch_text::Lang::Ar {
        last_words(norm_before(ctx, m.start), 1)
            .first()
            .is_some_and(|w| t.delegation_nouns.matches(w.trim_start_matches('ل')))
    } else {
        t.delegation_nouns.matches(&next_word(ctx, m.end))
    }
}

/// Whether every state of `group` is named only by a demonym beside a delegation noun ([`delegation_of`]): such a
/// list is the subject of a suspension of its delegation's rights, not of a delegation's own acts ("the Moroccan
/// delegation walked out of the meeting", «вернула российской делегации право голоса»).
pub(super) fn delegation_only(ctx: &SentenceCtx<'_>, group: &Group<'_>) -> bool {
    let mut named = ctx
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Country && m.start >= group.start && m.end <= group.end)
        .peekable();
    named.peek().is_some() && named.all(|m| m.form == Form::Adjective && delegation_of(ctx, m))
}

/// A person named as the head of a government that acts as the state ("Ilham Aliyev's government filed an
/// application", "the government of Harold Wilson", «заявку, поданную правительством Гарольда Вильсона», "قدمت
/// حكومة إلهام علييف طلباً"): the span of the whole phrase, the government noun with the person (`government_noun`
/// rows: in English before "of" or after "'s", in Russian and Arabic right before the person), and the person's
/// state.
pub(super) fn governing_person<'a>(
    ctx: &SentenceCtx<'a>,
    m: &SentMention<'a>,
) -> Option<(usize, usize, &'a str)> {
    if m.kind != Kind::Person {
        return None;
    }
    let state = m.country?;
    let t = tables();
    let is_noun = |w: &str| t.government_nouns.iter().any(|g| **g == *norm_word(w));
    let before = &ctx.doc_text[ctx.range.start..m.start];
    // The last two words before the person.
    let (mut prev, mut last) = (None, None);
    for tk in tokens(before).filter(|tk| tk.kind == TokenKind::Word) {
        prev = last.replace(tk);
    }
    let english = ctx.lang == blocwatch_text::Lang::En;
    // The noun right before the person (English: "the government of").
    let noun = if english {
        match (prev, last) {
            (Some(g), Some(of))
                if &before[of.start..of.end] == "of"
                    && before[g.end..of.start].trim().is_empty()
                    && before[of.end..].trim().is_empty() =>
            {
                Some(g)
            }
            _ => None,
        }
    } else {
        last.filter(|g| before[g.end..].trim().is_empty())
    };
    if let Some(g) = noun.filter(|g| is_noun(&before[g.start..g.end])) {
        return Some((ctx.range.start + g.start, m.end, state));
    }
    if !english {
        return None;
    }
    // "Aliyev's government".
    let after = &ctx.doc_text[m.end..ctx.range.end];
    let rest = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))?;
    let tk = tokens(rest)
        .next()
        .filter(|tk| tk.kind == TokenKind::Word && tk.start == 0)?;
    let at = m.end + (after.len() - rest.len());
    is_noun(&rest[tk.start..tk.end]).then_some((m.start, at + tk.end, state))
}

/// Most words between a person and the office cue his apposition or relative clause holds ([`office_holder`]):
/// "the current", «ныне», "الذي … حالياً".
const HOLDER_GAP: usize = 2;

/// A person with a known state who holds a bloc's chair, named right beside the office cue: before it, set off by
/// a comma, with at most [`HOLDER_GAP`] words between ("Obiang, the current chairman of ECCAS", "Ramaphosa, who
/// chairs the AU", «Обианг, ныне председательствующий в ЭКОВАС», "إمبالو، الذي يرأس حالياً المجموعة"), or after a
/// cue whose holder follows it, with at most one title word between ("the summit, chaired by President Lula").
/// The state holds the office (eval/README, session 12), so it is the member: a one-state group spanning the
/// person.
pub(super) fn office_holder<'a>(ctx: &SentenceCtx<'a>, cue: &super::Cue) -> Option<Group<'a>> {
    let persons = || {
        ctx.mentions
            .iter()
            .filter(|m| m.kind == Kind::Person && m.country.is_some())
    };
    let plain = |gap: &str, most: usize| {
        tokens(gap).all(|tk| tk.kind == TokenKind::Word) && word_count(gap) <= most
    };
    let holder = if cue.members == Side::After {
        persons()
            .filter(|m| m.start >= cue.end)
            .min_by_key(|m| m.start)
            .filter(|m| plain(&ctx.doc_text[cue.end..m.start], 1))
    } else {
        persons()
            .filter(|m| m.end <= cue.start)
            .max_by_key(|m| m.end)
            .filter(|m| {
                let gap = ctx.doc_text[m.end..cue.start].trim_start();
                gap.strip_prefix([',', '،'])
                    .is_some_and(|rest| plain(rest, HOLDER_GAP))
            })
    }?;
    Some(Group {
        start: holder.start,
        end: holder.end,
        members: vec![holder.country?],
    })
}

/// Whether the sentence names a person with a known state set off by a comma, who may hold a bloc's office in
/// the apposition or relative clause after him ([`office_holder`]).
pub(super) fn holder_apposed(ctx: &SentenceCtx<'_>) -> bool {
    ctx.mentions.iter().any(|m| {
        m.kind == Kind::Person
            && m.country.is_some()
            && ctx.doc_text[m.end..ctx.range.end]
                .trim_start()
                .starts_with([',', '،'])
    })
}

/// Runs of country mentions joined only by separators and conjunctions; `loose` also joins mentions
/// separated by white space alone.
pub(super) fn groups<'a>(ctx: &SentenceCtx<'a>, loose: bool) -> Vec<Group<'a>> {
    let mut out: Vec<Group<'a>> = Vec::new();
    // Per group: its mentions, and whether a word joins them ("and", "و", «и», "along with").
    let mut parts: Vec<(Spans<'a>, bool)> = Vec::new();
    let named = ctx.mentions.iter().filter_map(|m| {
        // Adjectives modify other nouns ("the American foreign minister", "the Kazakh capital"); a
        // member is named by its name, its capital or an alias.
        if m.kind == Kind::Country
            && (m.form != Form::Adjective || delegation_of(ctx, m))
            && (!locative_capital(ctx, m) || apposed_capital(ctx, m))
            && !hyphened(ctx, m)
        {
            return Some((m.start, m.end, m.id));
        }
        // "Ilham Aliyev's government", «правительство Гарольда Вильсона», "حكومة هارولد ويلسون": the
        // person's state, named by the whole phrase.
        governing_person(ctx, m)
    });
    for (m_start, m_end, m_id) in named {
        if let Some(last) = out.last_mut() {
            let gap = &ctx.doc_text[last.end.min(m_start)..m_start];
            if last.end <= m_start
                && (is_list_gap(gap)
                    || without_aside(ctx, gap, last.end).is_some_and(|g| is_list_gap(&g)))
                && (loose || !gap.trim().is_empty())
                && !list_closed(ctx, &ctx.doc_text[last.start..last.end], gap)
            {
                last.end = m_end;
                if !last.members.contains(&m_id) {
                    last.members.push(m_id);
                }
                if let Some((p, worded)) = parts.last_mut() {
                    p.push((m_start, m_end, m_id));
                    *worded |= tokens(gap).any(|tk| tk.kind == TokenKind::Word);
                }
                continue;
            }
        }
        out.push(Group {
            start: m_start,
            end: m_end,
            members: vec![m_id],
        });
        parts.push((smallvec::smallvec![(m_start, m_end, m_id)], false));
    }
    // "After years of talks with Brussels and a dispute with Moscow, Georgia joined": states joined by commas
    // alone, with no word closing the list, are the end of a fronted phrase and the subject after it, not a
    // list (a list of the text's closes with "and", "و", «и»; a bracketed one is `loose`).
    // (The list may close past its last state: «Китай, Россия, Иран и страны Центральной Азии».)
    let closes_after = |end: usize| {
        let rest = norm_range(ctx, end, ctx.range.end);
        tokens(rest)
            .find(|tk| tk.kind == TokenKind::Word)
            .is_some_and(|tk| {
                let w = &rest[tk.start..tk.end];
                matches!(w, "and" | "or" | "и" | "или" | "а") || w.starts_with('و')
            })
    };
    let split_here = |p: &[(usize, usize, &str)], worded: bool| {
        p.len() > 1 && !worded && !p.last().is_some_and(|&(_, e, _)| closes_after(e))
    };
    if !loose && parts.iter().any(|(p, worded)| split_here(p, *worded)) {
        out = parts
            .into_iter()
            .zip(out)
            .flat_map(|((p, worded), g)| {
                let split: SmallVec<[Group<'a>; 4]> = if split_here(&p, worded) {
                    p.iter()
                        .map(|&(start, end, id)| Group {
                            start,
                            end,
                            members: vec![id],
                        })
                        .collect()
                } else {
                    smallvec::smallvec![g]
                };
                split
            })
            .collect();
    }
    if loose {
        return out;
    }
    // The sentence's first state, for "the country" after it; none when the sentence names no state.
    let first_state = out.first().map(|g| (g.end, g.members[0]));
    if out.is_empty() {
        out.extend(anaphor_group(ctx));
    }
    // "announced the country's withdrawal from", «объявил о выходе страны из», "انسحاب البلاد من": a word
    // for the state after the sentence's first state stands for that state, where it stands; "whose
    // country", "his country", «чья страна», "بلاده" for the country of the one just named, a state, the
    // state of a person, or a state named by its demonym (eval/README, session 26 (c)), also in a sentence
    // that names no state by its name ("Luis Arce, whose country is a member of Mercosur").
    let n = ctx.norm.as_str();
    let after_first = first_state.map(|(end, _)| norm_at(ctx, end));
    let mut at = 0;
    while let Some((s, e, own)) = country_word(n, at) {
        at = e;
        // "the country" only after the first state; "whose country" wherever it stands ("Nicolás Maduro, whose
        // country …, said Moscow backed Venezuela").
        if !own && after_first.is_none_or(|f| s < f) {
            continue;
        }
        let (start, end) = (
            ctx.range.start + ctx.norm.orig_start(s),
            ctx.range.start + ctx.norm.orig_end(e),
        );
        let lead = if own {
            // The one just named: the nearest state, person or company before the word ("France's
            // president praised the Hungarian leader, whose country …"); a capital places the one just
            // named, it is not his country ("… في القاهرة، بصفة بلاده").
            let named = ctx
                .mentions
                .iter()
                .filter(|m| m.end <= start)
                .filter(|m| match m.kind {
                    Kind::Country => m.form != Form::Capital,
                    Kind::Person | Kind::Company => m.country.is_some(),
                    _ => false,
                });
            // "Museveni received Lavrov in Kampala and said his country …", "وقال إن بلاده", «и заявил, что его
            // страна»: a verb of saying joined to the first clause has its subject, the first one named.
            let nearest = if coordinated_saying(&n[..s]) {
                named.min_by_key(|m| m.start)
            } else {
                named.max_by_key(|m| m.end)
            };
            match nearest {
                Some(m) if m.kind == Kind::Country => m.id,
                Some(m) => match m.country {
                    Some(c) => c,
                    None => continue,
                },
                None => match first_state {
                    Some((_, lead)) if after_first.is_some_and(|f| s >= f) => lead,
                    _ => continue,
                },
            }
        } else {
            match first_state {
                Some((_, lead)) => lead,
                None => continue,
            }
        };
        // «страны НАТО» are the bloc's states (the plural), not the country's.
        let of_bloc = ctx.mentions.iter().any(|m| {
            m.kind == Kind::Bloc && m.start >= end && ctx.doc_text[end..m.start].trim().is_empty()
        });
        if !of_bloc && !out.iter().any(|g| g.start < end && start < g.end) {
            out.push(Group {
                start,
                end,
                members: vec![lead],
            });
        }
    }
    out.sort_by_key(|g| g.start);
    out
}

/// Whether a person or company standing for a state is followed by a word for their own country ("Luis Arce,
/// whose country is a member of Mercosur", «Теббун, чья страна входит в ОПЕК», "تبون، الذي تنتمي بلاده"):
/// then a sentence naming no state by its name may still claim a membership ([`groups`]).
pub(super) fn own_country_of_person(ctx: &SentenceCtx<'_>) -> bool {
    let Some(first) = ctx
        .mentions
        .iter()
        .find(|m| matches!(m.kind, Kind::Person | Kind::Company) && m.country.is_some())
    else {
        return false;
    };
    let n = ctx.norm.as_str();
    let mut at = norm_at(ctx, first.end);
    while let Some((_, e, own)) = country_word(n, at) {
        if own {
            return true;
        }
        at = e;
    }
    false
}

/// The next word for "the country" in the normalised sentence `n` from byte `from` ("the country's", «страны из»,
/// «страна», "البلاد", with a proclitic; "whose country", "his country", "بلاده"), as its span.
pub(super) fn country_word(n: &str, from: usize) -> Option<(usize, usize, bool)> {
    // Every word looked for below holds one of these: a text without any has none, and is not read word by
    // word (most sentences; the words were tokenized one by one, ~1 % of the worst shape's pass).
    static PARTS: LazyLock<[Finder<'static>; 4]> =
        LazyLock::new(|| ["стран", "بلاد", "بلده", "country"].map(Finder::new));
    let rest = n.as_bytes().get(from..).unwrap_or_default();
    if !PARTS.iter().any(|p| p.find(rest).is_some()) {
        return None;
    }
    country_word_read(n, from)
}

/// [`country_word`], read word by word.
pub(super) fn country_word_read(n: &str, from: usize) -> Option<(usize, usize, bool)> {
    let mut at = from;
    while at < n.len() {
        let rest = &n[at..];
        let tk = tokens(rest).find(|tk| tk.kind == TokenKind::Word)?;
        let (s, e) = (at + tk.start, at + tk.end);
        let w = &n[s..e];
        let bare = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
        // «страны» is also the plural ("обе страны входят"): the genitive only before the preposition of its
        // noun («о выходе страны из», «вступлении страны в»).
        let genitive = || {
            tokens(&n[e..])
                .find(|tk| tk.kind == TokenKind::Word)
                .is_some_and(|tk| matches!(&n[e + tk.start..e + tk.end], "из" | "в" | "во" | "к"))
        };
        // "بلاده", "وبلادها", "لبلاده": the country of the one just named ("الرئيس الإندونيسي … انسحاب بلاده").
        let own = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        if matches!(w, "страна" | "страну" | "стране")
            || (w == "страны" && genitive())
            || bare == "البلاد"
            || bare == "لبلاد"
        {
            // «чья страна», «его страна»: the country of the one just named; so is «страна которого», the
            // pronoun taken into the word's span (no relative clause opens between it and its verb).
            if let Some(len) = whose_after(&n[e..]) {
                return Some((s, e + len, true));
            }
            let own = matches!(
                last_words(&n[..s], 1)[..],
                ["чья" | "чьей" | "чью" | "его" | "ее"]
            );
            return Some((s, e, own));
        }
        // "بلده", "بلدها": the singular noun, with the same pronoun ("أورتيغا، العضو بلده في").
        if matches!(
            own,
            "بلاده"
                | "بلادها"
                | "لبلاده"
                | "لبلادها"
                | "بلده"
                | "بلدها"
                | "لبلده"
                | "لبلدها"
        ) {
            return Some((s, e, true));
        }
        // "the country", and the country of the one just named: "Hungarian Prime Minister Viktor Orban, whose
        // country holds the EU's rotating presidency", "Mongolia's prime minister said his country".
        if w == "country" {
            if let Some(det) = ["the ", "whose ", "his ", "her "]
                .iter()
                .find(|d| n[..s].ends_with(*d))
            {
                return Some((s - det.len(), e, *det != "the "));
            }
        }
        at = e;
    }
    None
}

/// Whether normalised text ends with a verb of saying joined by a conjunction to a clause before it, and
/// its complementizer ("… and said", "and said that", "وقال إن", «и заявил, что его»): the word for a country
/// after it is the country of that clause's subject ([`groups`]).
fn coordinated_saying(before: &str) -> bool {
    let mut w = last_words(before, 4);
    if w.last().is_some_and(|x| matches!(*x, "его" | "ее")) {
        w.pop();
    }
    if w.last()
        .is_some_and(|x| matches!(*x, "that" | "ان" | "что"))
    {
        w.pop();
    }
    let (Some(verb), prev) = (w.pop(), w.pop()) else {
        return false;
    };
    match verb {
        "said" | "says" | "added" => prev == Some("and"),
        "заявил" | "заявила" | "сказал" | "сказала" => prev == Some("и"),
        _ => matches!(
            verb,
            "وقال"
                | "وقالت"
                | "واكد"
                | "واكدت"
                | "واضاف"
                | "واضافت"
                | "واعلن"
                | "واعلنت"
        ),
    }
}

/// Whether normalised text opens with a possessive relative pronoun right after «страна» («Игорь Додон, страна
/// которого входит в СНГ»), with no comma between: the country of the one just named, as «чья страна».
/// Returns the length of the space and the pronoun.
fn whose_after(rest: &str) -> Option<usize> {
    ["которого", "которой"].iter().find_map(|p| {
        rest.strip_prefix(' ')
            .and_then(|r| r.strip_prefix(p))
            .filter(|r| !r.starts_with(blocwatch_text::is_word_char))
            .map(|_| 1 + p.len())
    })
}

/// Whether a gap that would join a list opens a new clause instead: an English ", and" after a list that
/// already closed with "and" ("the founders were Russia, Belarus and Kazakhstan, and Armenia joined
/// later"), and the Russian contrastive ", а" alone («…Киргизия и Таджикистан, а Армения заморозила
/// участие»; «а также», «а затем» still join a list).
pub(super) fn list_closed(ctx: &SentenceCtx<'_>, list: &str, gap: &str) -> bool {
    if !gap.contains(',') {
        return false;
    }
    let words = || {
        tokens(gap)
            .filter(|tk| tk.kind == TokenKind::Word)
            .map(|tk| &gap[tk.start..tk.end])
    };
    match ctx.lang {
        blocwatch_text::Lang::En => {
            words().any(|w| w == "and")
                && tokens(list)
                    .any(|tk| tk.kind == TokenKind::Word && &list[tk.start..tk.end] == "and")
        }
        blocwatch_text::Lang::Ru => words().eq(["а"]),
        _ => false,
    }
}

/// The word opening the sentence that points back at one state ("The country has been an ASEAN member
/// since 1997", "والبلاد عضو في", «Страна входит в АСЕАН»), as normalised offsets, when the sentence
/// names no state of its own.
pub(super) fn opening_anaphor(ctx: &SentenceCtx<'_>) -> Option<(usize, usize)> {
    let n = ctx.norm.as_str();
    let t = tables();
    let mut words = tokens(n).filter(|tk| tk.kind == TokenKind::Word);
    let first = words.next()?;
    let w = &n[first.start..first.end];
    let bare = w
        .strip_prefix('و')
        .filter(|b| b.starts_with("ال") || *b == "هي")
        .unwrap_or(w);
    if t.state_anaphors.iter().any(|a| a == bare) {
        return Some((first.start, first.end));
    }
    let second = words.next()?;
    // An Arabic copula with its subject dropped ("وكانت من الدول الست المؤسسة للمنظمة", "وتعد عضوا
    // في"): the verb stands for the state, unless a definite noun after it is its subject ("وكانت
    // الحكومة قد…").
    let verb = w.strip_prefix('و').unwrap_or(w);
    if t.prodrop.iter().any(|v| v == verb) {
        let subject = &n[second.start..second.end];
        if !subject.starts_with("ال") {
            return Some((first.start, first.end));
        }
        // "وكانت البلاد قد تقدمت بطلب", "وأصبحت المملكة": the copula's subject is a word for the state.
        if t.state_anaphors.iter().any(|a| a == subject) {
            return Some((first.start, second.end));
        }
    }
    // Two-word anaphors: "the country", "the kingdom".
    let two = &n[first.start..second.end];
    t.state_anaphors
        .iter()
        .any(|a| a == two)
        .then_some((first.start, second.end))
}

/// The state an opening anaphor ([`opening_anaphor`]) stands for: the first state named in the sentence
/// before ("Myanmar's military seized power on Monday. The country has been an ASEAN member since 1997"),
/// as a one-state group standing where the anaphor stands.
pub(super) fn anaphor_group<'a>(ctx: &SentenceCtx<'a>) -> Option<Group<'a>> {
    if ctx.earlier.is_empty() || ctx.mentions.iter().any(|m| m.kind == Kind::Country) {
        return None;
    }
    let (s, e) = opening_anaphor(ctx)?;
    let prev = previous_sentence_start(ctx.doc_text, ctx.range.start);
    let lead = ctx
        .earlier
        .iter()
        .find(|m| m.start >= prev && m.kind == Kind::Country)?;
    Some(Group {
        start: ctx.range.start + ctx.norm.orig_start(s),
        end: ctx.range.start + ctx.norm.orig_end(e),
        members: vec![lead.id],
    })
}

/// A list gap without the aside in brackets that it holds, when no name stands inside the brackets:
/// "Russia and Belarus (both already in a customs union) and Kazakhstan".
pub(super) fn without_aside(ctx: &SentenceCtx<'_>, gap: &str, offset: usize) -> Option<String> {
    let (open, close) = (gap.find('(')?, gap.rfind(')')?);
    let named = ctx
        .mentions
        .iter()
        .any(|m| m.start < offset + close && offset + open < m.end);
    (close > open && !named && close - open <= 80)
        .then(|| format!("{} {}", &gap[..open], &gap[close + 1..]))
}

/// Whether a capital named as a place opens an apposition about its state: a comma right after it, then a
/// relative pronoun, a Russian participle or an English determiner ("talks in Vientiane, whose government
/// chairs the bloc", "in Astana, this year's chair", «в Астане, председательствующей в организации», "في
/// أستانا، التي تترأس المنظمة"). The capital is then the state the apposition's cue is about, as the name
/// would be; a place relative ("in Kazan, where …", «где», "حيث") or a noun ("the Kazakh capital" aside)
/// keeps it a place.
pub(super) fn apposed_capital(ctx: &SentenceCtx<'_>, m: &SentMention<'_>) -> bool {
    let end = ctx.range.end.max(m.end);
    let Some(rest) = ctx.doc_text[m.end..end]
        .trim_start()
        .strip_prefix([',', '،'])
    else {
        return false;
    };
    let w = next_word(ctx, end - rest.len());
    match ctx.lang {
        blocwatch_text::Lang::En => matches!(
            w.as_ref(),
            "which" | "whose" | "this" | "a" | "an" | "its" | "now" | "currently"
        ),
        blocwatch_text::Lang::Ru => {
            w.starts_with("котор")
                || w.starts_with("чь")
                || w == "чей"
                || [
                    "щей",
                    "щем",
                    "щий",
                    "щая",
                    "щего",
                    "вшей",
                    "вшем",
                    "вший",
                    "вшая",
                    "вшего",
                ]
                .iter()
                .any(|e| w.ends_with(e))
        }
        _ => matches!(w.as_ref(), "التي" | "الذي"),
    }
}

/// Whether a mention is a capital naming a place ("in Astana", "at the Kuala Lumpur summit", "في موسكو",
/// "в Минске"), not a state acting.
pub(super) fn locative_capital(ctx: &SentenceCtx<'_>, m: &SentMention<'_>) -> bool {
    if m.form != Form::Capital {
        return false;
    }
    let before = &ctx.doc_text[ctx.range.start.min(m.start)..m.start];
    // A dateline: "ASTANA, June 9 —", "بروكسل، 4 أبريل/نيسان -", "ДУШАНБЕ, 10 февраля —".
    let after = ctx.doc_text[m.end..ctx.range.end.max(m.end)].trim_start();
    // "Warsaw, a member of NATO and the EU, …" opens with an apposition, not a dateline: a lower-case word
    // follows the comma.
    let apposition = after
        .strip_prefix(',')
        .and_then(|r| r.trim_start().chars().next())
        .is_some_and(char::is_lowercase);
    if !before.chars().any(char::is_alphanumeric)
        && after.starts_with([',', '،', '—', '-', '–'])
        && !apposition
    {
        return true;
    }
    // An Arabic preposition glued to the name ("بموسكو") leaves a letter right before the mention.
    if before.ends_with(['ب', 'ل']) {
        return true;
    }
    let words = last_words(norm_before(ctx, m.start), 2);
    let t = tables();
    // A summit named by its city: "قمة أستانا", "the Astana summit", "саммит Астана".
    if venue_beside(&t.venues, &next_word(ctx, m.end), words.last().copied()) {
        return true;
    }
    words.iter().rev().take(2).enumerate().any(|(i, w)| {
        t.locatives.iter().any(|l| l == w)
            && (i == 0 || matches!(words.last().copied(), Some("the" | "a")))
    })
}

/// Whether the text between two mentions only separates list items: separators, conjunctions and the
/// connectors of lists ("along with", "alongside", "вместе с", «наряду с», "إضافة إلى", "إلى جانب").
pub(crate) fn is_list_gap(gap: &str) -> bool {
    if gap.len() > 40 {
        return false;
    }
    // The word a connector's second half needs before it ("with" after "along"), normalised.
    let mut prev: Option<Cow<'_, str>> = None;
    tokens(gap).all(|t| {
        let w = &gap[t.start..t.end];
        // A word normalisation leaves as it is is its own lower case too.
        let mut lower = Cow::Borrowed(w);
        if t.kind == TokenKind::Word {
            let n = norm_word(w);
            if matches!(n, Cow::Owned(_)) {
                lower = Cow::Owned(w.to_lowercase());
            }
            let first = prev.replace(n.clone());
            let pair = |a: &str, b: &str| first.as_deref() == Some(a) && n == b;
            if matches!(
                n.as_ref(),
                "along"
                    | "alongside"
                    | "наряду"
                    | "together"
                    | "then"
                    | "вместе"
                    | "затем"
                    | "потом"
                    | "اضافه"
                    | "بالاضافه"
                    | "جانب"
                    | "فضلا"
            ) || pair("along", "with")
                || pair("together", "with")
                || pair("вместе", "с")
                || pair("наряду", "с")
                || pair("اضافه", "الي")
                || pair("بالاضافه", "الي")
                || pair("فضلا", "عن")
                || (n == "الي" && gap[t.end..].trim_start().starts_with("جانب"))
            {
                return true;
            }
        }
        match t.kind {
            TokenKind::Punct => matches!(
                w,
                "," | "،"
                    | "-"
                    | "–"
                    | "—"
                    | "/"
                    | "("
                    | ")"
                    | "&"
                    | "\""
                    | "«"
                    | "»"
                    | "'"
                    | "“"
                    | "”"
            ),
            // "أو" is compared normalised, so that its spelling without the hamza ("او") is a gap too.
            TokenKind::Word => {
                matches!(
                    lower.as_ref(),
                    "and" | "the" | "as" | "well" | "و" | "и" | "а" | "также" | "или" | "or" | "ثم"
                ) || norm_word(w) == "او"
            }
            TokenKind::Number => false,
        }
    })
}
