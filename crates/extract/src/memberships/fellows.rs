//! Fellow members named by a noun of alliance set off after a state ([`fellow_claims`]): "Armenia, Russia's
//! ally in the CSTO", "Turkey, a NATO ally", «Белоруссия, партнёр России по Союзному государству», "تركيا،
//! حليفتها في الناتو". The state before the comma holds the bloc's membership, and so does the owner of the noun
//! (Russia in "Russia's ally in the CSTO", Session-54 ruling (b)): the alliance named is membership on both sides.
//! Both are undated unless the phrase dates the alliance with a period opening right after it ("since 1992",
//! «с 1992 года», "منذ عام 1992").

use super::dating::since_dated;
use super::tables::{tables, Tables};
use super::text::{is_in, next_word, norm_word, word_count};
use super::{Claims, Group, Sent};
use crate::context::{SentMention, SentenceCtx};
use blocwatch_lexicon::{Form, Kind};
use blocwatch_text::Lang;

/// The word that ends right before document offset `at` (white space skipped), as its document range; none
/// when punctuation stands there.
fn word_before(ctx: &SentenceCtx<'_>, at: usize) -> Option<(usize, usize)> {
    let head = ctx.doc_text[ctx.range.start..at].trim_end();
    let end = ctx.range.start + head.len();
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| blocwatch_text::is_word_char(c))
        .last()
        .map(|(i, _)| ctx.range.start + i)?;
    Some((start, end))
}

/// Whether a word counts the fellows a plural noun of alliance names: a number word or digits ("five",
/// «пять», "الخمسة" with its article).
fn counts(w: &str) -> bool {
    let w = norm_word(w);
    crate::amounts::count_value(w.strip_prefix("ال").unwrap_or(&*w)).is_some()
}

/// An Arabic noun with its proclitics (و, ف, ل, ب) taken off, one at a time, as far as the noun lists know it.
fn bare_noun<'w>(t: &Tables, w: &'w str) -> Option<(&'w str, bool)> {
    let mut rest = w;
    for _ in 0..3 {
        let ally = is_in(&t.fellow_allies, rest);
        if ally || is_in(&t.fellow_partners, rest) {
            return Some((rest, ally));
        }
        rest = rest.strip_prefix(['و', 'ف', 'ل', 'ب'])?;
    }
    None
}

/// A state mention (a state's name or capital, or a person or company standing for one) ending at `end`.
fn state_ending_at<'c, 'a>(ctx: &'c SentenceCtx<'a>, end: usize) -> Option<&'c SentMention<'a>> {
    ctx.mentions.iter().find(|m| {
        m.end == end
            && ((m.kind == Kind::Country && m.form != Form::Adjective) || m.country.is_some())
            && m.kind != Kind::Bloc
    })
}

fn state_id<'a>(m: &SentMention<'a>) -> &'a str {
    if m.kind == Kind::Country {
        m.id
    } else {
        m.country.unwrap_or(m.id)
    }
}

/// The noun phrase of alliance that ends right before the bloc `b`, or right after it in English ("a NATO ally"):
/// where it starts, whether it is plural and the state that owns it ("Russia's", «России», "روسيا"), if any.
struct Phrase<'c, 'a> {
    start: usize,
    /// Where the noun phrase ends: the bloc, or the English noun after it.
    end: usize,
    plural: bool,
    owner: Option<&'c SentMention<'a>>,
    /// A noun of alliance ("ally"), not of partnership ("partner").
    ally: bool,
    /// "its partners", "شركاءها", «своих партнёров», or a Russian noun of partnership with no owner at all
    /// («обратился к партнёрам по ОДКБ»): the noun points back at the state the clause is about.
    points_back: bool,
}

fn phrase_before<'c, 'a>(ctx: &'c SentenceCtx<'a>, b: &SentMention<'_>) -> Option<Phrase<'c, 'a>> {
    let t = tables();
    let doc = ctx.doc_text;
    let (mut ls, mut le) = word_before(ctx, b.start)?;
    if ctx.lang == Lang::En && norm_word(&doc[ls..le]) == "the" {
        (ls, le) = word_before(ctx, ls)?;
    }
    if !is_in(&t.fellow_links, &norm_word(&doc[ls..le])) {
        return None;
    }
    // "شركاء روسيا الخمسة في": the count of the fellows stands before the link.
    let link = match word_before(ctx, ls) {
        Some((cs, ce)) if ctx.lang == Lang::Ar && counts(&doc[cs..ce]) => cs,
        _ => ls,
    };
    // «союзница России по», "حليفة روسيا في": the owner stands between the noun and the link.
    let mut owner = None;
    let mut noun_end = link;
    if ctx.lang != Lang::En {
        if let Some(m) = state_ending_at(ctx, word_before(ctx, link)?.1) {
            owner = Some(m);
            noun_end = m.start;
        }
    }
    let (ns, ne) = word_before(ctx, noun_end)?;
    let w = norm_word(&doc[ns..ne]);
    let (noun, ally) = bare_noun(t, &w)?;
    // "its ally", "حليفتها": a noun with a possessive.
    let mut owned = owner.is_some()
        || (ctx.lang == Lang::Ar
            && (noun.ends_with("ها") || noun.ends_with("هم") || noun.ends_with("هما")));
    let mut start = ns;
    if ctx.lang == Lang::En {
        let (s, o, own) = en_opening(ctx, ns);
        start = s;
        owner = o;
        owned |= own || owner.is_some();
    } else {
        // «ближайший союзник», «пять партнёров», "أقرب شركاء": an adjective or a count before the noun;
        // «своих партнёров», «её союзников»: a possessive (`owner` rows).
        while let Some((s, e)) = word_before(ctx, start) {
            let w = norm_word(&doc[s..e]);
            if is_in(&t.owners, &w) {
                owned = true;
            } else if !is_in(&t.fellow_dets, &w) && !counts(&doc[s..e]) {
                break;
            }
            start = s;
        }
    }
    // "Sweden, a partner in …": a partner with no owner may hold partner status; «партнёр по» is a fellow's.
    if !ally && !owned && ctx.lang != Lang::Ru {
        return None;
    }
    Some(Phrase {
        start,
        end: b.end,
        plural: is_in(&t.fellow_plurals, noun),
        points_back: owner.is_none() && (owned || ctx.lang == Lang::Ru),
        ally,
        owner,
    })
}

/// "Turkey, a NATO ally": the English noun right after the bloc.
fn phrase_after<'c, 'a>(ctx: &'c SentenceCtx<'a>, b: &SentMention<'_>) -> Option<Phrase<'c, 'a>> {
    let t = tables();
    if ctx.lang != Lang::En {
        return None;
    }
    let w = next_word(ctx, b.end);
    if !is_in(&t.fellow_allies, &w) {
        return None;
    }
    let (start, owner, _) = en_opening(ctx, b.start);
    let after = &ctx.doc_text[b.end..ctx.range.end];
    let lead = after.len() - after.trim_start().len();
    let word = after[lead..]
        .find(|c: char| !blocwatch_text::is_word_char(c))
        .unwrap_or(after.len() - lead);
    let end = b.end + lead + word;
    Some(Phrase {
        start,
        end,
        plural: is_in(&t.fellow_plurals, &w),
        points_back: false,
        ally: true,
        owner,
    })
}

/// Where an English noun phrase starting at `at` opens, past the determiners and the owner before it ("a close",
/// "Russia's", "its"), with the owning state and whether a possessive owns it.
fn en_opening<'c, 'a>(
    ctx: &'c SentenceCtx<'a>,
    at: usize,
) -> (usize, Option<&'c SentMention<'a>>, bool) {
    let t = tables();
    let doc = ctx.doc_text;
    let (mut start, mut owner, mut owned) = (at, None, false);
    for _ in 0..3 {
        let head = doc[ctx.range.start..start].trim_end();
        let end = ctx.range.start + head.len();
        if let Some(m) = ["'s", "’s"]
            .iter()
            .find_map(|p| head.strip_suffix(p))
            .and_then(|h| state_ending_at(ctx, ctx.range.start + h.len()))
        {
            owner = Some(m);
            start = m.start;
            continue;
        }
        let Some((s, e)) = word_before(ctx, end) else {
            break;
        };
        let w = norm_word(&doc[s..e]);
        if is_in(&t.owners, &w) {
            owned = true;
        } else if !is_in(&t.fellow_dets, &w) && !counts(&doc[s..e]) {
            // "Russia's five partners": a count of the fellows before the noun.
            break;
        }
        start = s;
    }
    (start, owner, owned)
}

/// The states set off before a phrase starting at `start`: a state (or a list, for a plural noun) and a comma or
/// a dash right before it.
fn apposed<'a>(sent: &Sent<'_, 'a>, start: usize, plural: bool) -> Option<Vec<&'a str>> {
    let ctx = sent.ctx;
    let head = ctx.doc_text[ctx.range.start..start].trim_end();
    let head = head.strip_suffix([',', '،', '—', '–'])?.trim_end();
    let end = ctx.range.start + head.len();
    let mut m = state_ending_at(ctx, end)?;
    let mut out = vec![state_id(m)];
    // "Latvia and Estonia, Lithuania's partners": the list before a plural noun, read back from its last state.
    while plural && out.len() < 16 {
        let Some(prev) = ctx
            .mentions
            .iter()
            .filter(|p| p.end <= m.start && p.start >= ctx.range.start)
            .max_by_key(|p| p.end)
            .filter(|p| state_ending_at(ctx, p.end).is_some())
        else {
            break;
        };
        let gap = &ctx.doc_text[prev.end..m.start];
        if gap.trim().is_empty() || !super::is_list_gap(gap) {
            break;
        }
        out.insert(0, state_id(prev));
        m = prev;
    }
    out.dedup();
    Some(out)
}

/// The state a noun of alliance owned by a possessive points back at: the nearest state named before it in the
/// sentence (a name, a capital, or a person or company standing for one), with no bloc and no clause break
/// (`;`, `:`) between.
fn state_before<'a>(ctx: &SentenceCtx<'a>, start: usize) -> Option<&'a str> {
    let m = ctx
        .mentions
        .iter()
        .filter(|m| m.start >= ctx.range.start && m.end <= start)
        .filter(|m| state_ending_at(ctx, m.end).is_some_and(|s| s.start == m.start))
        .max_by_key(|m| m.end)?;
    let gap = &ctx.doc_text[m.end..start];
    let bloc_between = ctx
        .mentions
        .iter()
        .any(|b| b.kind == Kind::Bloc && b.start >= m.end && b.end <= start);
    (!gap.contains([';', ':', '؛']) && !bloc_between).then(|| state_id(m))
}

/// Whether some bloc of the sentence has a noun of alliance beside it ([`fellow_claims`] may claim): the
/// gate of [`find_cued`](super::find_cued) for sentences with no cue.
pub(super) fn fellow_here(ctx: &SentenceCtx<'_>, blocs: &[&SentMention<'_>]) -> bool {
    blocs
        .iter()
        .any(|b| phrase_before(ctx, b).is_some() || phrase_after(ctx, b).is_some())
}

/// "Armenia, Russia's ally in the CSTO and the EAEU", «Турции — союзнице по НАТО», "بيلاروس، شريكة روسيا في دولة
/// الاتحاد", "Turkey, a NATO ally": the state set off before a noun of alliance joined to a bloc is a member of
/// it (and of the blocs listed after it); a partner with no owner is left to the cues, which read it as partner
/// status ("Sweden, a NATO partner").
pub(super) fn fellow_claims(sent: &Sent<'_, '_>, claims: &mut Claims<'_, '_>) {
    let ctx = sent.ctx;
    for (i, b) in sent.blocs.iter().enumerate() {
        let Some(p) = phrase_before(ctx, b).or_else(|| phrase_after(ctx, b)) else {
            continue;
        };
        let owner = p.owner.map(state_id);
        let mut members = apposed(sent, p.start, p.plural).unwrap_or_default();
        // Nothing set off before the noun: a noun of partnership still names fellows of its owner ("Poland's
        // partners in the EU", «партнёров Польши по Евросоюзу», "شركاء بولندا في الاتحاد") or of the state its
        // possessive points back at ("Kyrgyzstan turned to its partners in the CSTO", «Киргизия обратилась к
        // партнёрам по ОДКБ», "طلبت قيرغيزستان من شركائها في المنظمة"); an ally is not ("Kyiv's allies in
        // NATO" are allies within NATO).
        if members.is_empty() && !p.ally {
            members.extend(
                owner.or_else(|| p.points_back.then(|| state_before(ctx, p.start)).flatten()),
            );
        }
        if members.is_empty() {
            continue;
        }
        // Session-54 ruling (b): the owner of the noun is a member beside the states it is said of.
        if let Some(o) = owner.filter(|o| !members.contains(o)) {
            members.push(o);
        }
        // "ally in the CSTO and the Eurasian Economic Union": the blocs listed after it.
        let mut listed = vec![b.id];
        let mut prev = b.end;
        for next in &sent.blocs[i + 1..] {
            let gap = &ctx.doc_text[prev..next.start];
            if next.id == b.id || gap.trim().is_empty() || !super::is_list_gap(gap) {
                break;
            }
            listed.push(next.id);
            prev = next.end;
        }
        let date = since_after(sent, p.end.max(prev));
        let group = Group {
            start: p.start,
            end: p.start,
            members,
        };
        for bloc in listed {
            claims.push(bloc, &group, "member", false, date.clone());
            // «отказалась выдать Турции — союзнице по НАТО»: the negation is the main verb's, not the
            // apposition's.
            claims.out.retain(|r| {
                !(r.negated
                    && r.bloc == bloc
                    && r.status == "member"
                    && group.members.contains(&r.member.as_str()))
            });
        }
    }
}

/// The date of a period that opens right after the noun phrase of alliance ending at `end` ("Russia's ally in
/// the CSTO since 1992", «союзник Москвы по ОДКБ с 1992 года», "حليفة موسكو في المنظمة منذ عام 1992"): no
/// punctuation and at most two words (the since word, "عام") between.
fn since_after(sent: &Sent<'_, '_>, end: usize) -> Option<String> {
    let ctx = sent.ctx;
    let d = sent
        .dates
        .iter()
        .filter(|d| d.start >= end)
        .min_by_key(|d| d.start)?;
    let gap = &ctx.doc_text[end..d.start];
    let plain = !gap
        .chars()
        .any(|c| matches!(c, ',' | ';' | ':' | '،' | '؛' | '—' | '–' | '(' | ')' | '.'))
        && word_count(gap) <= 2;
    (plain && since_dated(ctx, sent.dates, &d.iso)).then(|| d.iso.clone())
}
