//! Which bloc or list a cue is about ([`Geometry::nearest`]): clause breaks, relative and appositive
//! clauses, inclusion phrases, founders, and the Russian inverted order.

use super::cues::counting_word;
use super::dating::in_date;
use super::subjects::likening_gap;
use super::tables::{tables, MAX_AGENT_GAP, MAX_GAP_AFTER};
use super::text::{
    after_conjunction, clause_start, fillers, gap_words, has_part, is_in, last_words, norm_at,
    norm_range, norm_word, word_count,
};
use super::{Cue, Group, Side};
use crate::context::{SentMention, SentenceCtx};
use crate::dates::DateHit;
use blocwatch_lexicon::Kind;
use blocwatch_text::{tokens, TokenKind};
use smallvec::SmallVec;

/// Whether normalised text ends with a phrase that puts the states before it among a set the relative
/// pronoun after it describes: "among the countries", "من بين الدول", "в число стран,".
/// The phrase is a whole word group, an Arabic و or ف glued to it aside: "ضمن الدول" is no inclusion at the end of
/// "يضمن الدول" ("guarantees the states").
pub(super) fn inclusion_before(n: &str) -> bool {
    let n = n.trim_end();
    let word_end = |h: &str| {
        h.chars()
            .next_back()
            .is_some_and(blocwatch_text::is_word_char)
    };
    INCLUSION_PHRASES.iter().any(|p| {
        n.strip_suffix(p).is_some_and(|head| {
            let head = head
                .strip_suffix(['و', 'ف'])
                .filter(|h| !word_end(h))
                .unwrap_or(head);
            !word_end(head)
        })
    })
}

/// "was among the seven states that", "كانت … من بين الدول السبع التي", «был в числе семи государств,»: the
/// normalised gap between a state and a cue after it ends with an inclusion phrase — an opener ("among",
/// "one of", "من بين", «в числе», «одним из»), at most four words holding a word for a set of states,
/// then a relative pronoun or a comma — with nothing but copulas before the opener. Returns the number of
/// the gap's words, which then count as none: the states are among those the cue describes.
pub(super) fn inclusion_span(n: &str) -> Option<usize> {
    let t = tables();
    let words: SmallVec<[&str; 8]> = tokens(n)
        .filter(|tk| tk.kind == TokenKind::Word)
        .map(|tk| n[tk.start..tk.end].trim_start_matches('و'))
        .collect();
    let mut end = words.len();
    if words.last().is_some_and(|w| is_in(&t.relatives, w)) {
        end -= 1;
    } else if !n.trim_end().ends_with([',', '،']) {
        return None;
    }
    let k = (end.saturating_sub(5)..end).rev().find(|&k| {
        let w = words[k];
        // "of" and «из» open a set only after a count: "one of", «одним из».
        let counted = !matches!(w, "of" | "из") || k > 0 && counting_word(words[k - 1]);
        is_in(&t.set_openers, w)
            && counted
            && words[k + 1..end].iter().any(|x| is_in(&t.set_nouns, x))
    })?;
    let k = if matches!(words[k], "of" | "из") {
        k - 1
    } else {
        k
    };
    // "من بين", «в числе»: an opener may take another before it.
    words[..k]
        .iter()
        .all(|w| is_in(&t.set_copulas, w) || is_in(&t.set_openers, w))
        .then_some(words.len())
}

/// The phrases of [`inclusion_before`], written in normalised form (a test checks) so that no call
/// normalises them again.
pub(super) const INCLUSION_PHRASES: [&str; 14] = [
    "among the countries",
    "among the states",
    "among the nations",
    "among the members",
    "among those",
    "one of the countries",
    "one of the states",
    "من بين الدول",
    "بين الدول",
    "ضمن الدول",
    "в число стран,",
    "в числе стран,",
    "среди стран,",
    "в число государств,",
];

/// Distances between a cue and the things around it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Geometry<'c, 'a> {
    pub(super) ctx: &'c SentenceCtx<'a>,
    pub(super) dates: &'c [DateHit],
}

impl Geometry<'_, '_> {
    /// Whether a gap before a cue (at `offset`) holds a relative pronoun, a semicolon, or a comma and a
    /// conjunction.
    pub(super) fn clause_break(&self, gap: &str, offset: usize) -> bool {
        let t = tables();
        if gap.contains([';', '؛']) {
            return true;
        }
        let n = norm_range(self.ctx, offset, offset + gap.len());
        let ns = norm_at(self.ctx, offset);
        let mut comma = false;
        for tk in tokens(n) {
            let w = &n[tk.start..tk.end];
            match tk.kind {
                TokenKind::Punct if matches!(w, "," | "،") => comma = true,
                TokenKind::Word => {
                    let bare = w.trim_start_matches('و');
                    // "are among the countries that became BRICS partners", "من بين الدول التي انضمت",
                    // "в число стран, которые присоединились": the relative clause is the list's own.
                    if t.relatives.iter().any(|r| r == w || r == bare)
                        && !inclusion_before(&n[..tk.start])
                        && inclusion_span(&n[..tk.end]).is_none()
                    {
                        return true;
                    }
                    // "Poland, a NATO and EU member": a conjunction joining two blocs opens no clause.
                    if comma
                        && is_in(&t.conjunctions, w)
                        && !self.joins_blocs(ns + tk.start, ns + tk.end)
                    {
                        return true;
                    }
                    // Arabic glues و to the next word: "، وانضمت". "، وهي"/"، وهو" ("and it is") opens an
                    // aside about the state before it: "موريتانيا، وهي من الأعضاء المؤسسين".
                    // So does "، وكلها"/"، وجميعها" ("all of them"): "السعودية والإمارات وقطر، وكلها أعضاء في".
                    if comma
                        && w.starts_with('و')
                        && w.chars().count() > 2
                        && !matches!(
                            w,
                            "وهي"
                                | "وهو"
                                | "وكلها"
                                | "وكلهم"
                                | "وجميعها"
                                | "وجميعهم"
                                | "وكلاهما"
                                | "وكلتاهما"
                        )
                    {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// Whether the word at normalised offsets `[s, e)` of the sentence stands between two blocs: one ending
    /// right before it and one starting right after it (past an English article): "NATO and the EU".
    fn joins_blocs(&self, s: usize, e: usize) -> bool {
        let ctx = self.ctx;
        let (ws, we) = (
            ctx.range.start + ctx.norm.orig_start(s),
            ctx.range.start + ctx.norm.orig_end(e),
        );
        let before = ctx.doc_text[..ws].trim_end().len();
        let rest = ctx.doc_text[we..ctx.range.end].trim_start();
        let mut at = ctx.range.end - rest.len();
        if let Some(r) = rest
            .strip_prefix("the ")
            .or_else(|| rest.strip_prefix("The "))
        {
            at = ctx.range.end - r.trim_start().len();
        }
        let bloc_at = |f: &dyn Fn(&SentMention<'_>) -> bool| {
            ctx.mentions.iter().any(|m| m.kind == Kind::Bloc && f(m))
        };
        bloc_at(&|m| m.end == before) && bloc_at(&|m| m.start == at)
    }

    /// The item (bloc or group) nearest to the cue on the allowed side, within `max_gap` words. A group
    /// after the cue must not be behind a comma or stop ("…, Brazil announced").
    pub(super) fn nearest<'i, T>(
        &self,
        items: &[&'i T],
        cue: &Cue,
        side: Side,
        max_gap: usize,
        for_groups: bool,
        span: impl Fn(&T) -> (usize, usize),
    ) -> Option<&'i T> {
        let ctx = self.ctx;
        let mut best: Option<(usize, bool, &'i T)> = None;
        let mut best_fronted = false;
        for &it in items {
            let (s, e) = span(it);
            let (gap, before, offset) = if e <= cue.start {
                let (gap, offset) = skip_relative(ctx, &ctx.doc_text[e..cue.start], e);
                (gap, true, offset)
            } else if s >= cue.end {
                (&ctx.doc_text[cue.end..s], false, cue.end)
            } else {
                continue;
            };
            if (side == Side::Before && !before) || (side == Side::After && before) {
                continue;
            }
            // "Страны-участницы СНГ, в том числе Казахстан", "تضم أوبك اثنتي عشرة دولة، بينها الجزائر": the
            // states after an inclusion word are the cue's own list, whatever the comma and count before it.
            let (gap, offset) = match (!before && for_groups)
                .then(|| included_from(ctx, self.dates, gap, offset))
                .flatten()
            {
                Some(at) => (&gap[at..], offset + at),
                None => (gap, offset),
            };
            // "was founded at a summit in Abu Dhabi in May 1981 by Saudi Arabia…", "was set up in Shanghai on
            // 15 June 2001, by China…": the agent of a founding names its founders past the place and date.
            let agent =
                !before && for_groups && cue.status == "founder" && founders_by(ctx, gap, offset);
            // "accused NATO allies of arming Kyiv", "blamed EU members for funding its army": a state after a
            // preposition and an English -ing verb is that verb's object, not the cue's list.
            if !before && for_groups && gerund_between(ctx, gap, offset) {
                continue;
            }
            // "رواندا، العضو مثل الكونغو في مجموعة شرق أفريقيا": a state after a likening word is likened to the
            // claimed one ([`likened`](super::subjects::likened)), not the cue's own.
            // ("NATO members like Türkiye" names its members: only an apposition's cue is likened so.)
            if !before
                && for_groups
                && apposed_cue(ctx, cue)
                && likening_gap(norm_range(ctx, offset, offset + gap.len()))
            {
                continue;
            }
            // "opened accession talks in Luxembourg", «начала в Люксембурге переговоры о вступлении»: a list a
            // preposition of place opens is where the act happened, unless set off before its apposition.
            if for_groups && placed(ctx, s, e) && !gap.contains([',', '،', '—', '–']) {
                continue;
            }
            // ... unless only the bloc's name stands between: "founding members of ASEAN, Indonesia, …".
            // The English article of a state's name is the name's own: "SEATO's members, the United States,
            // Britain …", "the Warsaw Pact's members, the Soviet Union, …".
            let article = usize::from(
                for_groups && ctx.lang == blocwatch_text::Lang::En && ends_with_article(gap),
            );
            if !before
                && !agent
                && max_gap != usize::MAX
                && gap.contains([',', ';', '،', '.', '!', '?'])
                && gap_words(ctx, self.dates, gap, offset, false) > article
                && (for_groups || !closes_aside(ctx, gap, offset))
            {
                continue;
            }
            // A state before a relative pronoun or a new clause (", then", "، ثم", "; ") is another
            // clause's subject: "Egypt joined the NDB, which BRICS founded", "…وسوريا، ثم انضم إليها اليمن".
            if before && max_gap != usize::MAX && self.clause_break(gap, offset) {
                continue;
            }
            // For a bloc, the states between it and the cue are the claim's subject and do not count
            // ("أسست الصين وروسيا … منظمة شنغهاي"); for states, other states in between do.
            // A bloc behind a comma is further than one right after the cue: "Иран, ставший членом ШОС,
            // теперь входит в БРИКС".
            let t = tables();
            let norm_gap = for_groups.then(|| norm_range(ctx, offset, offset + gap.len()));
            let words = gap_words(ctx, self.dates, gap, offset, !for_groups)
                .saturating_sub(norm_gap.map_or(0, |n| fillers(t, n)))
                // "Egypt was among the seven states that founded": the inclusion phrase is the list's own.
                .saturating_sub(
                    norm_gap
                        .filter(|_| before)
                        .and_then(inclusion_span)
                        .unwrap_or(0),
                )
                + usize::from(!for_groups && before && gap.contains([',', '،']));
            // States after the cue are its object or agent ("founded by", "انضمت إيران"), close to it;
            // farther ones belong to a later phrase ("a summit hosted by India").
            if words > max_gap.max(if agent { MAX_AGENT_GAP } else { 0 })
                || (!before && for_groups && !agent && words > MAX_GAP_AFTER)
            {
                continue;
            }
            // States after a conjunction open the next clause: "Finland became NATO's 31st member in
            // April 2023 and Sweden followed", "а Швеция — в марте".
            if !before && norm_gap.is_some_and(|n| after_conjunction(t, n)) {
                continue;
            }
            // Ties go to the left: "Russia, a member of the SCO, and China" — Russia is the member.
            // An Arabic verb-first subject right after its verb beats a state ending a fronted phrase behind a
            // comma: "بعد خلافات مع موسكو، انضمت جورجيا إلى".
            let fronted = ctx.lang == blocwatch_text::Lang::Ar
                && for_groups
                && before
                && gap.contains([',', '،']);
            let better = match best {
                None => true,
                // For a bloc, ties go to the right: "Турция, член НАТО, подала заявку на вступление в
                // БРИКС" applies to the bloc the cue's preposition leads to.
                Some((bw, bb, _)) => {
                    words < bw
                        || (words == bw && for_groups && before && !bb && !fronted)
                        || (words == bw && !for_groups && !before && bb)
                        || (words == bw && for_groups && !before && best_fronted)
                }
            };
            if better {
                best = Some((words, before, it));
                best_fronted = fronted;
            }
        }
        best.map(|b| b.2)
    }
}

/// Whether the cue opens an apposition set off by a comma after the list before it ("رواندا، العضو", "Romania, a
/// member"): an article may stand between.
fn apposed_cue(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    let head = ctx.doc_text[ctx.range.start..cue.start].trim_end();
    // The Arabic article is glued to its noun: a cue of the bare noun starts after it ("ال" of "العضو").
    let head = head.strip_suffix("ال").unwrap_or(head).trim_end();
    let head = ["a", "an", "the"]
        .iter()
        .find_map(|a| {
            head.strip_suffix(a)
                .filter(|h| h.ends_with(char::is_whitespace))
        })
        .map_or(head, str::trim_end);
    head.ends_with([',', '،'])
}

/// The prepositions of place that make the English or Russian list right after them a venue ([`placed`]).
const PLACE_PREPOSITIONS: [&str; 4] = ["in", "at", "в", "во"];

/// The forms of "take" before which "in" is a particle of admitting ("has taken in Armenia"), not of place.
const TAKE_IN: [&str; 5] = ["take", "takes", "took", "taken", "taking"];

/// Whether the list at `[s, e)` is a place: an English or Russian preposition of place right before it, only
/// white space between ("in Luxembourg", «в Люксембурге»), and no possessive ("in Turkey's accession talks"
/// names an applicant) nor a comma or dash after it. Arabic is left out: a state after "في" often heads the relative clause that makes
/// the claim ("الأزمة في سوريا المعلّقة عضويتها").
fn placed(ctx: &SentenceCtx<'_>, s: usize, e: usize) -> bool {
    if ctx.lang == blocwatch_text::Lang::Ar {
        return false;
    }
    // "in Venezuela, which has applied to join BRICS": a place set off before its relative clause heads it.
    let rest = &ctx.doc_text[e..ctx.range.end];
    if rest.starts_with("'s")
        || rest.starts_with("’s")
        || rest.trim_start().starts_with([',', '—', '–'])
    {
        return false;
    }
    let head = &ctx.doc_text[ctx.range.start..s];
    let trimmed = head.trim_end();
    if trimmed.len() == head.len() {
        return false;
    }
    let word_start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| blocwatch_text::is_word_char(c))
        .last()
        .map_or(trimmed.len(), |(i, _)| i);
    let prep = norm_word(&trimmed[word_start..]);
    PLACE_PREPOSITIONS.contains(&prep.as_ref())
        && !last_words(&trimmed[..word_start], 1)
            .first()
            .is_some_and(|w| TAKE_IN.iter().any(|t| w.eq_ignore_ascii_case(t)))
}

/// Whether a cue may take the inverted Russian order of [`inverted_order`]: a Russian verb of joining or
/// leaving whose states stand before it and its bloc after it («покинула», «принята в»).
pub(super) fn inverts(ctx: &SentenceCtx<'_>, cue: &Cue) -> bool {
    ctx.lang == blocwatch_text::Lang::Ru
        && cue.members == Side::Before
        && cue.bloc == Side::After
        && !cue.possessed
        && matches!(cue.status, "member" | "former")
}

/// Russian may put the bloc first and the state after the verb: «ОПЕК покинула Ангола», «В 2019 году ОПЕК покинул
/// Катар», «В ШОС была принята Белоруссия». For a verb whose states stand before it and its bloc after
/// («покинула», «принята в»), when no bloc was found after it (the caller asks first): a bloc opening the verb's
/// clause (after at most a preposition and a date) at most two words before the verb, and a state right after
/// the verb (past a date or an adverb, «официально»), are that order. A bloc inside a phrase («делегация ОПЕК
/// покинула…») or a state behind a noun («…покинула делегация Ирана») is not.
pub(super) fn inverted_order<'b, 'g, 'a>(
    geo: &Geometry<'_, 'a>,
    blocs: &[&'b SentMention<'a>],
    groups: &[&'g Group<'a>],
    cue: &Cue,
) -> Option<(&'b SentMention<'a>, &'g Group<'a>)> {
    let ctx = geo.ctx;
    if !inverts(ctx, cue) {
        return None;
    }
    let bloc = *blocs
        .iter()
        .filter(|b| b.end <= cue.start)
        .max_by_key(|b| b.end)?;
    inverted_after(geo, (bloc.start, bloc.end), groups, cue).map(|g| (bloc, g))
}

/// The state after a Russian verb whose bloc (or the word pointing back to it) stands at `bloc`, a span of the
/// document, before the verb in the order [`inverted_order`] describes: the bloc opening the verb's clause
/// (only в/из/к and dates before it) at most two words before the verb, and a state right after the verb.
pub(super) fn inverted_after<'g, 'a>(
    geo: &Geometry<'_, 'a>,
    bloc: (usize, usize),
    groups: &[&'g Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let ctx = geo.ctx;
    let (bloc_start, bloc_end) = bloc;
    let gap = &ctx.doc_text[bloc_end..cue.start];
    if gap.contains([',', ';', ':', '—', '–', '(', ')', '«', '»', '"'])
        || gap_words(ctx, geo.dates, gap, bloc_end, false) > 2
    {
        return None;
    }
    let n = ctx.norm.as_str();
    let at = norm_at(ctx, bloc_start);
    let from = ctx.range.start + ctx.norm.orig_start(clause_start(n, at));
    let opening = &ctx.doc_text[from.min(bloc_start)..bloc_start];
    let opens = tokens(opening)
        .filter(|tk| tk.kind == TokenKind::Word)
        .filter(|tk| {
            let (s, e) = (from + tk.start, from + tk.end);
            !in_date(geo.dates, s, e)
        })
        .all(|tk| {
            let w = norm_word(&opening[tk.start..tk.end]);
            tables()
                .inverted_openers
                .iter()
                .any(|o| o.as_str() == w.as_ref())
        });
    if !opens {
        return None;
    }
    let group = *groups
        .iter()
        .filter(|g| g.start >= cue.end)
        .min_by_key(|g| g.start)?;
    let after = &ctx.doc_text[cue.end..group.start];
    let plain = !after.contains([',', ';', ':', '.', '—', '(', '«'])
        && tokens(after)
            .filter(|tk| tk.kind == TokenKind::Word)
            .filter(|tk| {
                let (s, e) = (cue.end + tk.start, cue.end + tk.end);
                !in_date(geo.dates, s, e)
            })
            .all(|tk| {
                let w = norm_word(&after[tk.start..tk.end]);
                w.chars().count() > 4
                    && tables()
                        .adverb_endings
                        .iter()
                        .any(|x| w.ends_with(x.as_str()))
            });
    plain.then_some(group)
}

/// The word pointing back to a bloc that opens a Russian verb's clause in the inverted order of
/// [`inverted_order`], and the state after the verb: «ШОС расширяется. В июле 2024 года в организацию была
/// принята Белоруссия». The word must be the last before the verb, past a date at most.
pub(super) fn inverted_anaphor<'g, 'a>(
    geo: &Geometry<'_, 'a>,
    groups: &[&'g Group<'a>],
    cue: &Cue,
) -> Option<&'g Group<'a>> {
    let ctx = geo.ctx;
    if !inverts(ctx, cue) {
        return None;
    }
    let t = tables();
    let from = ctx.range.start;
    let before = &ctx.doc_text[from..cue.start];
    let word = tokens(before)
        .filter(|tk| tk.kind == TokenKind::Word)
        .filter(|tk| {
            let (s, e) = (from + tk.start, from + tk.end);
            !in_date(geo.dates, s, e)
        })
        .last()?;
    if !t
        .anaphor_words
        .contains(norm_word(&before[word.start..word.end]).as_ref())
    {
        return None;
    }
    inverted_after(geo, (from + word.start, from + word.end), groups, cue)
}

/// Whether the gap between a founding cue and the states after it ends with "by" and holds no clause of its
/// own (no stop, semicolon, relative pronoun or conjunction): "founded at a summit in Abu Dhabi in May 1981
/// by", "set up in Shanghai on 15 June 2001, by".
pub(super) fn founders_by(ctx: &SentenceCtx<'_>, gap: &str, offset: usize) -> bool {
    if ctx.lang != blocwatch_text::Lang::En || gap.contains(['.', ';', '!', '?']) {
        return false;
    }
    let t = tables();
    let n = norm_range(ctx, offset, offset + gap.len());
    let words: SmallVec<[&str; 8]> = tokens(n)
        .filter(|tk| tk.kind == TokenKind::Word)
        .map(|tk| &n[tk.start..tk.end])
        .collect();
    words.last() == Some(&"by")
        && !words
            .iter()
            .any(|w| is_in(&t.relatives, w) || is_in(&t.conjunctions, w))
}

/// Whether a comma in the gap between a verb-first cue and its bloc only closes an aside of the subject
/// list, with at most one word (the preposition) after it: "انضمت مصر وإيران، إضافة إلى الإمارات، إلى
/// بريكس".
pub(super) fn closes_aside(ctx: &SentenceCtx<'_>, gap: &str, offset: usize) -> bool {
    let Some(comma) = gap.rfind([',', '،']) else {
        return false;
    };
    let head = gap[..comma].trim_end();
    let head_end = offset + head.len();
    !gap[..comma].contains(['.', ';', '!', '?'])
        && word_count(&gap[comma..]) <= 1
        && ctx
            .mentions
            .iter()
            .any(|m| m.kind == Kind::Country && m.end == head_end)
}

/// The gap between a state and a cue after it, past a relative clause that the state is the subject of:
/// in "Iran, which joined the SCO in 2023, is also a member of BRICS" the gap to `member` is "is also a",
/// and to `joined` it is empty. A relative pronoun elsewhere ("Egypt joined the NDB, which BRICS founded")
/// is left for [`Geometry::clause_break`].
pub(super) fn skip_relative<'g>(
    ctx: &SentenceCtx<'_>,
    gap: &'g str,
    offset: usize,
) -> (&'g str, usize) {
    let t = tables();
    let trimmed = gap.trim_start();
    // Arabic relatives follow their noun without a comma: "أرمينيا التي جمدت مشاركتها".
    let rest = trimmed.strip_prefix([',', '،']).unwrap_or(trimmed);
    let comma = rest.len() < trimmed.len();
    let rest_t = rest.trim_start();
    if !comma && !rest_t.starts_with('ا') {
        return (gap, offset);
    }
    let word_end = rest_t
        .char_indices()
        .find(|&(_, c)| !blocwatch_text::is_word_char(c))
        .map_or(rest_t.len(), |(i, _)| i);
    let word = norm_word(&rest_t[..word_end]);
    if !t.relatives.iter().any(|r| *r == word) {
        // An appositive between commas describes the state: "Iran, an SCO observer since 2005, became
        // the organisation's ninth full member". The claim's gap is what follows it.
        if comma {
            if let Some(i) = rest.find([',', '،']) {
                let at = gap.len() - rest.len() + i;
                let at = at + gap[at..].chars().next().map_or(1, char::len_utf8);
                return (&gap[at..], offset + at);
            }
        }
        return (gap, offset);
    }
    let inner_start = gap.len() - rest_t.len() + word_end;
    // A comma between two states belongs to a list inside the clause ("which joined the GUAM group of
    // Georgia, Ukraine, Azerbaijan and Moldova in 1999, formally left it"): the clause closes at the next.
    let list_comma = |i: usize| {
        let after = &gap[i + gap[i..].chars().next().map_or(1, char::len_utf8)..];
        let prev = offset + gap[..i].trim_end().len();
        let next = offset + gap.len() - after.trim_start().len();
        // (Arabic glues و to the next item, "روسيا، وأوكرانيا"; English may put "the" before it.)
        let item = after.trim_start();
        let glued = next
            + if item.starts_with('و') {
                'و'.len_utf8()
            } else if item.starts_with("the ") {
                4
            } else {
                0
            };
        ctx.mentions
            .iter()
            .any(|m| m.kind == Kind::Country && m.end == prev)
            && ctx
                .mentions
                .iter()
                .any(|m| m.kind == Kind::Country && (m.start == next || m.start == glued))
    };
    let closing = gap[inner_start..]
        .match_indices([',', '،'])
        .map(|(i, _)| i)
        .find(|&i| !list_comma(inner_start + i));
    match closing {
        // The cue stands after the relative clause: the gap is what follows its closing comma.
        Some(i) => {
            let at = inner_start
                + i
                + gap[inner_start + i..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
            (&gap[at..], offset + at)
        }
        // The cue stands inside it: the state is the relative clause's subject.
        None => (&gap[inner_start..], offset + inner_start),
    }
}

/// The inclusion words of [`included_from`], written in normal form (a test checks): compared with the
/// sentence's normalisation as they are.
/// The relative forms ("eleven states, among which Russia and Turkey", «одиннадцать государств, среди
/// которых Россия», «в их числе», «بما فيها») open the list as the plain ones do.
pub(super) const INCLUSION_MARKERS: [&str; 22] = [
    "including",
    "among them",
    "among which",
    "among whom",
    "such as",
    "in particular",
    "notably",
    "namely",
    "в том числе",
    "включая",
    "среди них",
    "среди которых",
    "в их числе",
    "в частности",
    "например",
    "а именно",
    "بينها",
    "منها",
    "بما فيها",
    // "قادة الدول العشر الأعضاء في بريكس، وهي البرازيل وروسيا…": "namely" after the bloc.
    "وهي",
    "وهم",
    "هي",
];

/// Where the states of a list start after an inclusion word closing `gap` ("including", "among them",
/// "в том числе", "بينها", "منها"), when at most six words (not counting a bloc's name: "رابطة دول جنوب شرق
/// آسيا عشر دول، من بينها", nor a date: «создали в Стамбуле 25 июня 1992 года одиннадцать государств, среди
/// которых») stand before that word. `offset` is where `gap` starts in the document.
pub(super) fn included_from(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    gap: &str,
    offset: usize,
) -> Option<usize> {
    let trimmed = gap.trim_end();
    let n = norm_range(ctx, offset, offset + trimmed.len());
    // A whole word, perhaps with a glued "و" ("ومنها"): "هي" is not the end of "انتهي".
    let word_ends = |h: &str| {
        !h.chars()
            .next_back()
            .is_some_and(blocwatch_text::is_word_char)
    };
    let marker = INCLUSION_MARKERS.iter().find(|m| {
        n.strip_suffix(*m)
            .is_some_and(|head| word_ends(head) || head.strip_suffix('و').is_some_and(word_ends))
    })?;
    let at = trimmed.len().checked_sub(marker.len())?;
    if !trimmed.is_char_boundary(at) || gap_words(ctx, dates, &trimmed[..at], offset, false) > 6 {
        return None;
    }
    Some(trimmed.len())
}

/// Whether a gap after a cue holds a preposition (`gerund_link` rows: "of", "for", "by") followed by an
/// English verb in -ing written in lower case ("of arming", "for supplying"): what follows is that verb's
/// object. ("including Poland" has no preposition before it and stays an inclusion.)
fn gerund_between(ctx: &SentenceCtx<'_>, gap: &str, offset: usize) -> bool {
    // Only a word ending in "ing" can be the verb, and most gaps hold none; the word before such a word
    // alone is normalised and looked up (the gap's every word was, some 40,000 a megabyte).
    if ctx.lang != blocwatch_text::Lang::En || !has_part(gap, "ing") {
        return false;
    }
    let t = tables();
    // The word token right before the current token (none after any other token).
    let mut prev: Option<(usize, usize)> = None;
    for tk in tokens(gap) {
        if tk.kind != TokenKind::Word {
            prev = None;
            continue;
        }
        let w = &gap[tk.start..tk.end];
        if w.len() > 4
            && w.ends_with("ing")
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && prev.is_some_and(|(s, e)| {
                let p = norm_range(ctx, offset + s, offset + e);
                t.gerund_links.iter().any(|l| l.eq_ignore_ascii_case(p))
            })
        {
            return true;
        }
        prev = Some((tk.start, tk.end));
    }
    false
}

/// Whether the text before a state ends with the English article that opens its name ("…, the
/// Philippines"): the word right before the state, after a comma or white space.
fn ends_with_article(gap: &str) -> bool {
    let trimmed = gap.trim_end();
    trimmed
        .rsplit(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | '-' | '—' | '–' | ':'))
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
}

/// "وعضويتها في الاتحاد الأفريقي معلقة", "their membership in the AU", «их членство в Африканском союзе»: the bloc
/// right after a possessed membership cue, past one `membership_link` preposition, is the noun's own, whatever
/// bloc stands as near before it (the end of the clause before).
pub(super) fn linked_bloc<'b, 'a>(
    ctx: &SentenceCtx<'_>,
    blocs: &[&'b SentMention<'a>],
    cue: &Cue,
) -> Option<&'b SentMention<'a>> {
    if !cue.possessed {
        return None;
    }
    // The cue may end inside its word, before the pronoun ending ("عضوية" in "وعضويتها").
    let rest = &ctx.doc_text[cue.end..ctx.range.end];
    let word_end = cue.end
        + rest
            .char_indices()
            .find(|&(_, c)| !blocwatch_text::is_word_char(c))
            .map_or(rest.len(), |(i, _)| i);
    let b = *blocs.iter().find(|b| b.start >= word_end)?;
    let gap = &ctx.doc_text[word_end..b.start];
    let mut words = tokens(gap).filter(|tk| tk.kind == TokenKind::Word);
    let link = words.next()?;
    if words.next().is_some() || tokens(gap).any(|tk| tk.kind == TokenKind::Punct) {
        return None;
    }
    let t = tables();
    let w = norm_word(&gap[link.start..link.end]);
    t.membership_links.iter().any(|l| *l == *w).then_some(b)
}
