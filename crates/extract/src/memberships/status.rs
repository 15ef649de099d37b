//! The status a claim takes (admissions, lesser statuses, offices), the vetoes on who holds it
//! (addressees, monitors, meetings and venues), and the passes that drop a claim another one contains.

use super::cues::ordinal;
use super::tables::{tables, BECOMING_REACH};
use super::text::{
    clause_before, gap_words, is_in, last_words, next_word, norm_at, norm_before, norm_range,
    norm_word, phrase_in, word_count,
};
use super::{Claims, Cue, Group, Sent, Side};
use crate::context::{SentMention, SentenceCtx};
use crate::dates::DateHit;
use crate::record::MembershipRec;
use blocwatch_lexicon::{Form, Kind};
use blocwatch_text::{tokens, TokenKind};
use smallvec::SmallVec;

/// "Членство Мали в ЭКОВАС было приостановлено": the noun is what the participle suspends, not a
/// second claim that the state is a member (unless the sentence also restores it).
pub(super) fn ru_suspended_noun(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
    let Sent { ctx, .. } = *sent;
    if ctx.lang == blocwatch_text::Lang::Ru {
        let n = ctx.norm.as_str();
        if (n.contains("приостановлен") || n.contains("заморожен")) && !n.contains("восстанов")
        {
            let held: Vec<(String, String)> = claims
                .out
                .iter()
                .filter(|r| r.status == "suspended" && !r.negated)
                .map(|r| (r.bloc.clone(), r.member.clone()))
                .collect();
            claims.out.retain(|r| {
                r.status != "member" || !held.contains(&(r.bloc.clone(), r.member.clone()))
            });
        }
    }
}

/// "تأسست رابطة آسيان عام 1967 بعضوية إندونيسيا…": a founder is a member from its founding; the same
/// state as a member of the same bloc at the same date (or none) is that claim again.
pub(super) fn founders_are_members(claims: &mut Claims<'_, '_>) {
    let founded: SmallVec<[(String, String, Option<String>); 4]> = claims
        .out
        .iter()
        .filter(|r| r.status == "founder" && !r.negated)
        .map(|r| (r.bloc.clone(), r.member.clone(), r.date.clone()))
        .collect();
    if !founded.is_empty() {
        claims.out.retain(|r| {
            r.status != "member"
                || r.negated
                || !founded.iter().any(|(b, m, d)| {
                    *b == r.bloc && *m == r.member && (r.date.is_none() || r.date == *d)
                })
        });
    }
}

/// Whether the meeting a bloc's name stands in is where the claim was made, not its object: "were granted
/// the status of dialogue partners at the SCO summit", «на саммите ШОС», "خلال قمة بريكس".
pub(super) fn meeting_venue(ctx: &SentenceCtx<'_>, bloc: &SentMention<'_>) -> bool {
    let t = tables();
    let words = last_words(norm_before(ctx, bloc.start), 3);
    let mut w: &[&str] = &words;
    // Arabic and Russian put the word for the meeting before the bloc: «саммите ШОС», "قمة بريكس".
    if let [rest @ .., last] = w {
        if t.venues.iter().any(|v| v == venue_word(last)) {
            w = rest;
        }
    }
    if let [rest @ .., "the" | "its" | "a"] = w {
        w = rest;
    }
    matches!(
        w.last().map(|x| x.trim_start_matches('و')),
        Some("at" | "during" | "на" | "ходе" | "خلال" | "في")
    )
}

/// Whether a bloc's name is the attribute of a meeting or a document: a word for a summit or for the
/// bloc's agreements right after it ("the SAARC summit", "CIS agreements") or right before it («саммит
/// ШОС», «соглашений СНГ», "قمة بريكس").
pub(super) fn names_meeting(ctx: &SentenceCtx<'_>, bloc: &SentMention<'_>) -> bool {
    let t = tables();
    let prev = last_words(norm_before(ctx, bloc.start), 1);
    venue_beside(
        t.venues.iter().chain(&t.documents),
        &next_word(ctx, bloc.end),
        prev.last().copied(),
    )
}

/// A word before a name with the Arabic proclitics a venue word may carry trimmed ("وقمة", "بقمة").
pub(super) fn venue_word(w: &str) -> &str {
    w.trim_start_matches(['و', 'ب', 'ل', 'ف'])
}

/// Whether a word of `words` (venues, documents) is `next`, the word right after a name, or `prev`, the
/// word right before it ([`venue_word`]).
pub(super) fn venue_beside<'w>(
    words: impl IntoIterator<Item = &'w String>,
    next: &str,
    prev: Option<&str>,
) -> bool {
    let prev = prev.map(venue_word);
    words
        .into_iter()
        .any(|v| *v == next || prev == Some(v.as_str()))
}

/// Whether the word before a bloc's name puts the sentence's states outside it ("from outside BRICS",
/// "beyond the EU", "خارج الاتحاد الأوروبي", «вне ЕС», «за пределами ЕС»).
pub(super) fn outside(ctx: &SentenceCtx<'_>, m: &SentMention<'_>) -> bool {
    let words = last_words(norm_before(ctx, m.start), 2);
    let Some((&last, rest)) = words.split_last() else {
        return false;
    };
    let last = if last == "the" {
        rest.last().copied().unwrap_or("")
    } else {
        last
    };
    matches!(last, "outside" | "beyond" | "خارج" | "وخارج" | "вне")
        || (last == "пределами" && rest.last() == Some(&"за"))
}

/// "Председательство в ШОС перешло от Китая к Киргизии", "انتقلت رئاسة مجموعة العشرين من الهند إلى البرازيل": an
/// office handed from the claimed state to another goes to a member too. The claimed state stands right behind
/// "from" (`handover_from` rows) and the next state right behind "to" (`handover_to` rows).
pub(super) fn handed_to<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    groups: &'g [Group<'a>],
    from: &Group<'_>,
) -> Option<&'g Group<'a>> {
    let t = tables();
    let prior = last_words(norm_before(ctx, from.start), 1);
    if !prior
        .first()
        .is_some_and(|w| t.handover_from.iter().any(|p| p == w))
    {
        return None;
    }
    let next = groups.iter().find(|g| g.start >= from.end)?;
    let gap = norm_range(ctx, from.end, next.start).trim();
    t.handover_to.iter().any(|p| p == gap).then_some(next)
}

/// The state an office is handed to or taken over from, named right after the office (after its bloc when the
/// bloc follows it) behind "to" or "from" (`handover_to`, `handover_from` rows): "Brazil handed the G20
/// presidency to South Africa", "South Africa took over the G20 presidency from Brazil", "سلّمت البرازيل رئاسة
/// مجموعة العشرين إلى جنوب أفريقيا". A Russian verb of handing puts the recipient in the dative with no
/// preposition: «передала председательство в ОДКБ Киргизии».
pub(super) fn handed_over<'g, 'a>(
    ctx: &SentenceCtx<'_>,
    groups: &'g [Group<'a>],
    cue: &Cue,
    bloc: &SentMention<'_>,
    claimed: &Group<'_>,
) -> Option<&'g Group<'a>> {
    let t = tables();
    let from = if bloc.start >= cue.end {
        bloc.end
    } else {
        cue.end
    };
    let next = groups.iter().find(|g| g.start >= from)?;
    if next.members.iter().any(|m| claimed.members.contains(m)) {
        return None;
    }
    let gap = norm_range(ctx, from, next.start).trim();
    let dative = gap.is_empty()
        && ctx.lang == blocwatch_text::Lang::Ru
        && last_words(norm_before(ctx, cue.start), 1)
            .first()
            .is_some_and(|w| w.starts_with("переда"));
    (dative || t.handover_to.iter().any(|p| p == gap) || t.handover_from.iter().any(|p| p == gap))
        .then_some(next)
}

/// The lesser status named right after an admitted state ("admitted Myanmar as an observer, alongside China",
/// «приняли Монголию в качестве наблюдателя»), from the `as_observer`, `as_partner`, `as_dialogue_partner` rows.
pub(super) fn admitted_as(ctx: &SentenceCtx<'_>, g: &Group<'_>) -> Option<&'static str> {
    let rest = norm_range(ctx, g.end, ctx.range.end).trim_start();
    tables().admitted_as.iter().find_map(|(phrase, status)| {
        rest.strip_prefix(phrase.as_str())
            .filter(|after| !after.starts_with(char::is_alphanumeric))
            .map(|_| *status)
    })
}

/// The lesser status named by the noun that heads an admitted list after its cue ("ended with the admission of
/// five new observer states: Bosnia and Herzegovina, …", "admitted two partner countries, Laos and Nepal"),
/// from the `named_observer`, `named_partner`, `named_dialogue_partner` rows. Only between the cue and a list
/// after it: "observer states Iran and Belarus joined as full members" names the status they leave.
pub(super) fn named_before(
    ctx: &SentenceCtx<'_>,
    cue: &Cue,
    g: &Group<'_>,
) -> Option<&'static str> {
    if g.start < cue.end {
        return None;
    }
    let gap = norm_range(ctx, cue.end, g.start)
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '—' | '–' | '-'));
    tables().named_before.iter().find_map(|(phrase, status)| {
        gap.strip_suffix(phrase.as_str())
            .filter(|head| {
                !head
                    .chars()
                    .next_back()
                    .is_some_and(blocwatch_text::is_word_char)
            })
            .map(|_| *status)
    })
}

/// Whether the words right after `at` (the end of a join's cue, bloc or states) say the join was to a member's
/// seat: an `in_full_opener` ("as", «как», «в качестве», "بصفه"; an `in_full_prefix`, the Arabic "ك" joined to its noun) and within
/// four words an `in_full_noun` ("member", «член…», "عضو") with no `in_full_lesser` word before it ("joined the SCO
/// as full members", "was admitted as the bloc's eleventh member", «вступили в ШОС как полноправные члены»,
/// "كعضوين كاملين"). Such a join is no plain one: a lesser status the sentence names ("Observer states Iran and
/// Belarus joined …", "an ASEAN observer since 2022") is the status the state leaves, not the one it takes.
pub(super) fn joined_in_full(ctx: &SentenceCtx<'_>, at: usize) -> bool {
    let t = tables();
    let rest = norm_range(ctx, at, ctx.range.end).trim_start();
    let starts = |w: &str, stems: &[String]| stems.iter().any(|s| w.starts_with(s.as_str()));
    let mut words = rest.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    // "كعضو كامل", "كاعضاء": the Arabic preposition is written onto its noun.
    if let Some(noun) = t
        .in_full_prefixes
        .iter()
        .find_map(|p| first.strip_prefix(p.as_str()))
    {
        if starts(noun, &t.in_full_nouns) {
            return true;
        }
    }
    let Some(after) = words_after_opener(rest, &t.in_full_openers) else {
        return false;
    };
    for w in after.take(4) {
        if starts(w, &t.in_full_lesser) {
            return false;
        }
        if starts(w, &t.in_full_nouns) {
            return true;
        }
    }
    false
}

/// Whether the words right after a join's cue (at `at`) say it made its states founders: "joined as one of the
/// alliance's eight founding members", «вошёл в число восьми основателей блока», "انضمت بصفتها إحدى الدول المؤسسة":
/// an `in_full_opener` or `founder_opener` and within six words a `founder_noun` stem.
pub(super) fn joined_as_founder(ctx: &SentenceCtx<'_>, at: usize) -> bool {
    let t = tables();
    let rest = norm_range(ctx, at, ctx.range.end).trim_start();
    let Some(after) = words_after_opener(rest, t.in_full_openers.iter().chain(&t.founder_openers))
    else {
        return false;
    };
    after
        .take(6)
        .take_while(|w| !w.is_empty())
        .any(|w| t.founder_nouns.iter().any(|s| w.starts_with(s.as_str())))
}

/// Whether the sentence opens with a founder opener and, within six words, a founding noun, and the cue of
/// being among them comes after it with its states after it: «В число государств — учредителей банка входят
/// Казахстан, Узбекистан и Иран», «В числе основателей союза были Россия и Белоруссия». The states are counted
/// among the founders the opener names ([`joined_as_founder`] reads the same words after the cue).
pub(super) fn founders_open_sentence(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    // The first states of the sentence are the cue's: «…, а Россия стала членом ШОС» after them is no founder.
    if cue.members == Side::Before
        || ctx
            .mentions
            .iter()
            .any(|m| m.kind == Kind::Country && m.start < cue.start)
    {
        return false;
    }
    let t = tables();
    let before = norm_before(ctx, cue.start).trim_start();
    let Some(after) = words_after_opener(before, &t.founder_openers) else {
        return false;
    };
    // (A dash between the counted noun and the founding noun is no word: «государств — учредителей».)
    after
        .filter(|w| !w.is_empty())
        .take(6)
        .any(|w| t.founder_nouns.iter().any(|s| w.starts_with(s.as_str())))
}

/// The words of `rest` after the first of `openers` that opens it as whole words ([`joined_in_full`],
/// [`joined_as_founder`]), each with what is no letter or digit trimmed off; None when none opens it.
fn words_after_opener<'r, 'o>(
    rest: &'r str,
    openers: impl IntoIterator<Item = &'o String>,
) -> Option<impl Iterator<Item = &'r str>> {
    let after = openers
        .into_iter()
        .find_map(|o| rest.strip_prefix(o.as_str()).filter(|a| a.starts_with(' ')))?;
    Some(
        after
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())),
    )
}

/// Whether the states before a cue are set beside the set the cue names, not in it: "China, Japan and New
/// Zealand alongside the ten members of ASEAN signed …", «Китай наряду с членами ЕАЭС», "الصين إلى جانب أعضاء
/// آسيان". A `companion` phrase stands between the list and the cue with no state after it, and no
/// `companion_other` word makes the list one of the set ("Hungary, along with other EU members, …"), and at
/// most three words lead from the companion to the cue.
pub(super) fn beside_the_members(ctx: &SentenceCtx<'_>, group: &Group<'_>, cue: &Cue) -> bool {
    if group.end > cue.start {
        return false;
    }
    let t = tables();
    let gap = norm_range(ctx, group.end, cue.start);
    let Some((at, len)) = t
        .companions
        .iter()
        .filter_map(|c| phrase_in(gap, c).map(|i| (i, c.needle().len())))
        .min()
    else {
        return false;
    };
    // The companion must lead to the cue itself ("alongside the ten members of"), not to an earlier set
    // before a verb cue ("alongside the ten members of ASEAN, signed the …").
    if word_count(&gap[at + len..]) > 3 {
        return false;
    }
    let state_after = ctx.mentions.iter().any(|m| {
        m.kind == Kind::Country
            && m.start >= ctx.range.start + ctx.norm.orig_start(norm_at(ctx, group.end) + at)
            && m.end <= cue.start
    });
    !state_after
        && !tokens(gap)
            .filter(|tk| tk.kind == TokenKind::Word)
            .any(|tk| {
                t.companion_others
                    .iter()
                    .any(|o| o == &gap[tk.start..tk.end])
            })
}

/// Whether the state before a "members" noun speaks to the members instead of being one: "Washington warned
/// BRICS members", "حذرت واشنطن أعضاء بريكس" (the verb before the state, the noun right after it).
pub(super) fn addressed(ctx: &SentenceCtx<'_>, group: &Group<'_>, cue: &Cue) -> bool {
    // "دعت روسيا والصين أعضاء بريكس": a verb of calling on also reads as an invitation (applicant).
    if !matches!(cue.status, "member" | "applicant") || group.end > cue.start {
        return false;
    }
    // "دعت مصر، العضو في الاتحاد الأفريقي، إلى…": a cue set off by a comma is an apposition describing
    // the state, not the object the verb calls on.
    if ctx.doc_text[group.end..cue.start].contains([',', '،']) {
        return false;
    }
    let t = tables();
    let words_in = |a: usize, b: usize| -> Vec<&str> {
        let n = norm_range(ctx, a, b);
        tokens(n)
            .filter(|tk| tk.kind == TokenKind::Word)
            .map(|tk| &n[tk.start..tk.end])
            .collect()
    };
    let between = words_in(group.end, cue.start);
    // "Poland criticised other EU members", "blamed its fellow NATO allies", «похвалила других членов»: members
    // of the addresser's own bloc; the addresser is one of them.
    if between.iter().any(|w| is_in(&t.companion_others, w)) {
        return false;
    }
    if between.iter().any(|w| t.addressing.matches(w)) {
        return true;
    }
    let before = words_in(ctx.range.start, group.start);
    between.len() <= 1 && before.last().is_some_and(|w| t.addressing.matches(w))
}

/// Whether the states after a cue only own its object: "welcomed Iran's decision", "includes Russia's
/// largest partners". The noun after them is what the cue is about (and a cue of its own when it is one:
/// "welcomed Timor-Leste's admission").
pub(super) fn possessor_after(ctx: &SentenceCtx<'_>, group: &Group<'_>, cue: &Cue) -> bool {
    ctx.lang == blocwatch_text::Lang::En
        && group.start >= cue.end
        && ctx.doc_text[group.end..ctx.range.end]
            .trim_start()
            .starts_with(['\'', '’'])
        // "the voting rights of Azerbaijan's delegation": the state's delegation is the state.
        && !tables().delegation_nouns.matches(&owned_noun(ctx, group.end))
}

/// The word after the possessive "'s" at `at` ("Azerbaijan's delegation" → "delegation").
fn owned_noun<'c>(ctx: &'c SentenceCtx<'_>, at: usize) -> std::borrow::Cow<'c, str> {
    let rest = ctx.doc_text[at..ctx.range.end].trim_start();
    let skip = rest
        .char_indices()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(rest.len(), |(i, _)| i);
    next_word(ctx, ctx.range.end - rest.len() + skip)
}

/// Whether a plural observer cue names people its bloc sends rather than a status: the bloc touches it
/// ("EU observers", «наблюдатели ОБСЕ», «миссия наблюдателей ЕС», "مراقبو الاتحاد الأوروبي") and the
/// states stand after both, a word or more away — where they watch ("said the vote in Mozambique was
/// flawed", «раскритиковали выборы в Грузии», "مراقبين إلى جورجيا"). A list right after the cue ("Arctic
/// Council observers China and India") is the status.
pub(super) fn monitors(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    group: &Group<'_>,
    cue: &Cue,
) -> bool {
    if cue.status != "observer" || group.start < cue.end {
        return false;
    }
    // An Arabic cue may be the stem of a longer word ("مراقب" of "مراقبين"): the whole word is compared.
    let word_end = ctx.doc_text[cue.end..ctx.range.end]
        .char_indices()
        .find(|&(_, c)| !blocwatch_text::is_word_char(c))
        .map_or(ctx.range.end, |(i, _)| cue.end + i);
    let cue_norm = norm_range(ctx, cue.start, word_end);
    if !tables().monitors.iter().any(|m| m == cue_norm) {
        return false;
    }
    // The bloc that touches the cue, and where the phrase of the two ends.
    let Some(end) = ctx
        .mentions
        .iter()
        .filter(|m| m.kind == Kind::Bloc && m.form != Form::Capital)
        .find_map(|m| {
            let before = m.end <= cue.start && {
                let gap = ctx.doc_text[m.end..cue.start].trim();
                gap.is_empty() || gap == "'s" || gap == "’s"
            };
            let after = m.start >= word_end && {
                let gap = norm_range(ctx, word_end, m.start).trim();
                gap.is_empty() || tables().monitor_links.iter().any(|l| l == gap)
            };
            if before {
                Some(cue.end)
            } else if after {
                Some(m.end)
            } else {
                None
            }
        })
    else {
        return false;
    };
    group.start >= end && gap_words(ctx, dates, &ctx.doc_text[end..group.start], end, true) >= 1
}

/// Whether a status is one short of membership: observer, partner, dialogue partner.
pub(super) fn lesser_status(status: &str) -> bool {
    matches!(status, "observer" | "partner" | "dialogue_partner")
}

/// Whether a cue names the holding of a bloc's chair or presidency ("Hungary took over the EU presidency in
/// July 2024"): its state is a member, but the date is the office's, not the membership's.
pub(super) fn office_cue(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    let n = norm_range(ctx, cue.start, cue.end);
    tokens(n)
        .find(|tk| tk.kind == TokenKind::Word)
        .is_some_and(|tk| tables().office.matches(&n[tk.start..tk.end]))
}

/// Whether `cue` states a status held rather than one taken: its phrase is a `stative` row and no verb of
/// becoming stands near it ([`BECOMING_REACH`] words before it in its sentence, or in its clause right after it:
/// «Членом ВТО … стал Лаос»). "Egypt, a BRICS member, signed … on Tuesday", "leaders of the SCO member states
/// met … on 4 July", «Сегодня в ОДКБ входят…»: the date is the meeting's or the signing's, and the text says
/// nothing of when the membership began; "became a full member … in 2017" is dated.
pub(super) fn held_status(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    let t = tables();
    let phrase = norm_range(ctx, cue.start, cue.end);
    // A stem inside a longer word ("عضو" of "عضويته", membership) is no status noun.
    let whole = !ctx.doc_text[cue.end..ctx.range.end]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    if !whole || !t.stative.iter().any(|p| p == phrase) {
        return false;
    }
    // An ordinal says which member the state became ("the tenth member", "العضو العاشر"), unless it stands
    // in an apposition that names the state's place among the members ("Egypt, the twelfth member of BRICS,
    // said on 4 June", «Египет, двенадцатый член БРИКС, заявил», "مصر، العضو الثاني عشر في بريكس"): then
    // only a verb of becoming makes the date the membership's.
    let prior = norm_before(ctx, cue.start);
    let apposed = apposed_ordinal(prior);
    let becoming = |w: &str| t.becoming.matches(w) || (!apposed && ordinal(w));
    let before = last_words(prior, BECOMING_REACH);
    // "انضمت طاجيكستان إلى الاتحاد الجمركي الذي يضم بيلاروس …", "joined the union, which groups Belarus …": a
    // relative clause holds a status of its own; a verb of becoming before its pronoun is the main clause's.
    let own = if tokens(phrase)
        .find(|tk| tk.kind == TokenKind::Word)
        .is_some_and(|tk| is_in(&t.relatives, &phrase[tk.start..tk.end]))
    {
        &before[before.len()..]
    } else {
        let from = before
            .iter()
            .rposition(|w| is_in(&t.relatives, w))
            .map_or(0, |i| i + 1);
        &before[from..]
    };
    if own.iter().any(|w| becoming(w)) {
        return false;
    }
    let after = norm_range(ctx, cue.end, ctx.range.end);
    !tokens(after)
        .take_while(|tk| {
            !(tk.kind == TokenKind::Punct
                && matches!(&after[tk.start..tk.end], "," | "،" | ";" | "."))
        })
        .filter(|tk| tk.kind == TokenKind::Word)
        .take(6)
        .any(|tk| becoming(&after[tk.start..tk.end]))
}

/// Whether the normalised text before a cue ends with an apposition's opening: a comma, then nothing but
/// articles and ordinals ("Egypt, the twelfth", «Египет, двенадцатый», "مصر،").
pub(super) fn apposed_ordinal(prior: &str) -> bool {
    let clause = clause_before(prior, prior.len());
    prior[..prior.len() - clause.len()].ends_with([',', '،'])
        && tokens(clause)
            .filter(|tk| tk.kind == TokenKind::Word)
            .all(|tk| {
                let w = &clause[tk.start..tk.end];
                ordinal(w) || matches!(w, "the" | "its" | "a" | "an")
            })
}

/// Whether a `member` cue is only a verb of joining (`joined`, `присоединились`, `انضمت`), not the word
/// member or full membership, which says the status itself.
pub(super) fn plain_join(n: &str) -> bool {
    !["member", "член", "عضو", "full", "полноправ", "كامل"]
        .iter()
        .any(|w| n.contains(w))
}

/// Whether one date is the other or holds it (`1994-03` holds `1994-03-23`).
fn nested_dates(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.starts_with(b.as_str()) || b.starts_with(a.as_str()),
        _ => true,
    }
}

/// Turns the plain joins of a bloc into the lesser status the same sentence gives it, then drops the
/// duplicates that makes.
pub(super) fn lesser_status_for_plain_joins(out: &mut Vec<MembershipRec>, plain: &[(&str, &str)]) {
    let lesser = |r: &MembershipRec| !r.negated && lesser_status(&r.status);
    for i in 0..out.len() {
        let r = &out[i];
        if r.status != "member"
            || r.negated
            || !plain.contains(&(r.bloc.as_str(), r.member.as_str()))
        {
            continue;
        }
        if let Some(status) = out
            .iter()
            // "joined the EAEU as a founding member": the same state's founding says how it joined.
            // A join dated apart from the lesser status is a later step up from it: «До вступления в ШОС в
            // июле 2023 года Иран … имел статус наблюдателя».
            .find(|o| {
                o.bloc == r.bloc
                    // Both dated, on other dates ("joined in July 2024, had been an observer since 2015"): the
                    // join is the step up from the lesser status, not its capacity.
                    // So is another state's lesser status dated in another year or month ("Uzbekistan joined in
                    // 2019, and Hungary became an observer in 2018"): two acts, not one list's capacity (a week
                    // after Moldova, «через неделю после Молдавии», is the same month).
                    && ((lesser(o)
                        && (r.date.is_none() || o.date.is_some())
                        && !(r.date.is_some()
                            && o.date.is_some()
                            && r.date != o.date
                            && (o.member == r.member || !nested_dates(&r.date, &o.date))))
                        || (o.status == "founder" && o.member == r.member && !o.negated))
            })
            .map(|o| o.status.clone())
        {
            out[i].status = status;
        }
    }
    let mut seen: Vec<(String, String, String)> = Vec::new();
    out.retain(|r| {
        let key = (r.bloc.clone(), r.member.clone(), r.status.clone());
        if r.negated || !seen.contains(&key) {
            seen.push(key);
            true
        } else {
            false
        }
    });
}

/// "Poland and Hungary, both former members of the Warsaw Pact, hope to join", «Польша и Венгрия, бывшие члены
/// Варшавского договора, рассчитывают вступить», "بولندا والمجر، وكلاهما عضو سابق في حلف وارسو، الانضمام": a bloc
/// named in an aside after the states, as the object of the aside's own cue, is that cue's; a cue after the
/// comma that closes the aside does not take it. The aside: at most three words between its opening comma and
/// its cue (`spans`, the sentence's cues), nothing but its words between that cue and the bloc, a comma right
/// after the bloc.
pub(super) fn bloc_of_aside(
    ctx: &SentenceCtx<'_>,
    spans: &[(usize, usize, &str, bool)],
    bloc: &SentMention<'_>,
    cue: &Cue,
) -> bool {
    const AFTER_COMMA: usize = 3;
    // Only in the aside's own sentence part ("…, the founding members of BRIC, met in 2009; South Africa joined
    // in 2010" elides the bloc), and not when a word for the bloc follows the cue («Армения, входящая в ОДКБ,
    // заморозила своё участие в организации»).
    if bloc.end > cue.start {
        return false;
    }
    let gap = &ctx.doc_text[bloc.end..cue.start];
    if !gap.trim_start().starts_with([',', '،'])
        || gap.contains([';', '؛', '.', ':'])
        || bloc_word_after(ctx, cue)
    {
        return false;
    }
    spans.iter().any(|&(s, e, _, _)| {
        if e > bloc.start || s == cue.start || s < ctx.range.start {
            return false;
        }
        // The aside's cue reaches its bloc with no stop between.
        if ctx.doc_text[e..bloc.start].contains([',', '،', ';', '؛', '.', ':']) {
            return false;
        }
        // A comma opens the aside a few words before its cue.
        let head = &ctx.doc_text[ctx.range.start..s];
        let Some(comma) = head.rfind([',', '،']) else {
            return false;
        };
        let comma_len = head[comma..].chars().next().map_or(1, char::len_utf8);
        let opener = &head[comma + comma_len..];
        !opener.contains([';', '؛', '.', ':']) && word_count(opener) <= AFTER_COMMA
    })
}

/// Whether a word for a bloc ("the organisation", «организации», "المنظمة") stands among the three words after a
/// cue ([`bloc_of_aside`]).
fn bloc_word_after(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    let t = tables();
    let rest = &ctx.doc_text[cue.end..ctx.range.end.max(cue.end)];
    tokens(rest)
        .take_while(|tk| tk.kind == TokenKind::Word)
        .take(3)
        .any(|tk| {
            let w = norm_word(&rest[tk.start..tk.end]);
            t.anaphor_words.contains(&w) || t.anaphor_words.contains(venue_word(&w))
        })
}
