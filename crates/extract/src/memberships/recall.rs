//! What the stage remembers of a document's earlier sentences ([`Memory`]): the bloc last named
//! ([`recall`]) and the last claim, and the claims of a sentence that names no bloc ([`elided`]).

use super::cues::cues;
use super::dating::nearest_date;
use super::elision::{closes_clause, counts_other_act, SEQUENCE_WORDS};
use super::geometry::{inverted_anaphor, Geometry};
use super::groups::groups;
use super::relatives::{counted, list_opened_at};
use super::status::office_cue;
use super::subjects::apposed_state;
use super::tables::{tables, Tables, MAX_GAP_GROUPS};
use super::text::{
    clause_start, last_words, norm_at, norm_before, norm_range, norm_word, word_count,
};
use super::{Cue, Group, Side};
use crate::context::{SentMention, SentenceCtx};
use crate::dates::{DateHit, Dates, Hit};
use crate::record::MembershipRec;
use blocwatch_lexicon::{Form, Kind};
use blocwatch_text::{normalize, tokens, TokenKind};
use smallvec::SmallVec;
use std::cell::RefCell;
use std::sync::LazyLock;

/// Claims about a bloc named in an earlier sentence: "The Eurasian Economic Union came into being in
/// 2015. Armenia joined on 2 January", "…منظمة شنغهاي. وانضمت الهند إلى التكتل". The bloc must have been
/// named in the sentence just before, or the sentence must point back to it ("the bloc", "التكتل",
/// "организация") within two sentences of it or of the last sentence that pointed back to it ([`nearer`]).
pub(super) fn elided(
    ctx: &SentenceCtx<'_>,
    dates: &Dates<'_>,
    recalled: &Recalled,
    hits: &[Hit],
) -> Vec<MembershipRec> {
    // Read for every sentence without a bloc that follows one: the cheap test first.
    if recalled.distance > 2 {
        return Vec::new();
    }
    let cues = cues(ctx, hits);
    if cues.is_empty() {
        return Vec::new();
    }
    let bloc = recalled.bloc.as_str();
    let t = tables();
    let points_back = points_back(ctx.norm.as_str());
    // "The bloc suspended Paraguay in 2012. Paraguay was readmitted in 2013": the state of the last claim,
    // named again two sentences after its bloc, continues that claim's story.
    let continued = recalled.distance == 2
        && previous_claim(ctx).is_some_and(|(member, _)| {
            ctx.mentions
                .iter()
                .any(|m| m.kind == Kind::Country && m.id == member)
        });
    let reaches = |distance: usize| distance == 1 || (distance == 2 && (points_back || continued));
    // Whether the bloc is near enough: read at the first cue with states, as the sentences between are
    // read for a word pointing back ([`nearer`]) only when this one alone does not reach it.
    let mut near: Option<bool> = reaches(recalled.distance).then_some(true);
    let strict = groups(ctx, false);
    let group_refs: Vec<&Group<'_>> = strict.iter().collect();
    let geo = Geometry { ctx, dates };
    let mut out: Vec<MembershipRec> = Vec::new();
    for cue in cues {
        // "It follows Slovenia and Israel, admitted in September": a passive apposition after a state
        // ([`apposed_state`]).
        let apposed = (cue.members == Side::After)
            .then(|| apposed_state(ctx, &group_refs, &cue))
            .flatten();
        // "Thirteen countries, including Algeria and Nigeria, were offered partner status": an inclusion
        // names a bloc's members only when the sentence points back to the bloc.
        if !points_back
            && cue.members == Side::After
            && cue.bloc == Side::Before
            && apposed.is_none()
        {
            continue;
        }
        // «ШОС расширяется. В 2024 году в организацию была принята Белоруссия»: the word pointing back opens the
        // clause, the state follows the verb.
        let Some(group) = apposed
            .or_else(|| {
                geo.nearest(&group_refs, &cue, cue.members, MAX_GAP_GROUPS, true, |g| {
                    (g.start, g.end)
                })
            })
            .or_else(|| inverted_anaphor(&geo, &group_refs, &cue))
        else {
            continue;
        };
        // Without a word pointing back, the verb must have no object of its own: "Armenia joined on
        // 2 January" leaves the bloc out, "Armenia joined the talks" does not.
        if !points_back && !object_free(t, ctx, dates, &cue, group) {
            continue;
        }
        if !*near.get_or_insert_with(|| reaches(nearer(ctx, recalled))) {
            return Vec::new();
        }
        // "Brunei joined in January 1984, a week after gaining independence from Britain": after a word of
        // sequence only a list closing its clause did the same ([`closes_clause`]), at a time of its own.
        let sequence = SEQUENCE_WORDS.contains(&norm_range(ctx, cue.start, cue.end));
        if sequence
            && (!closes_clause(ctx, &cue, group)
                || counts_other_act(&last_words(norm_before(ctx, cue.start), 7)))
        {
            continue;
        }
        // "… and Kyrgyzstan followed": the status of the claim before, in this sentence.
        let status = if cue.status == "same" {
            // "Катар покинул ОПЕК в 2019 году. Спустя пять лет его примеру последовала Ангола": with no
            // claim before it in this sentence, the last claim of the sentence before.
            let last = out
                .last()
                .map(|l| (l.member.clone(), l.status.clone()))
                .or_else(|| previous_claim(ctx));
            match last {
                Some((member, status)) if !group.members.contains(&member.as_str()) => status,
                _ => continue,
            }
        } else {
            cue.status.to_string()
        };
        let date = nearest_date(ctx, dates, &strict, cue.start, cue.end)
            .filter(|_| !sequence && !office_cue(ctx, &cue));
        for m in &group.members {
            if out.iter().any(|r| r.member == *m && r.status == status) {
                continue;
            }
            out.push(MembershipRec {
                bloc: bloc.to_string(),
                member: m.to_string(),
                status: status.clone(),
                date: date.clone(),
                negated: cue.negated,
                sentence: [ctx.range.start, ctx.range.end],
                text: ctx.text.to_string(),
            });
        }
    }
    remember_claim(ctx, &out);
    out
}

/// The last claim of the latest sentence with one: (document, sentence start, member, status).
pub(super) type LastClaim = ((usize, usize), usize, String, String, String);

/// What this stage remembers of the earlier sentences of a document, per thread: sentences of a document
/// reach this stage in order on one thread, so the memory is a thread-local keyed by the document text
/// ([`doc_key`]).
#[derive(Default)]
pub(super) struct Memory {
    pub(super) doc: (usize, usize),
    pub(super) last_start: usize,
    pub(super) sentence: usize,
    pub(super) bloc: Option<(String, usize)>,
    /// Where the last [`RECENT`] sentences start, the latest last.
    pub(super) recent: [usize; RECENT],
    /// Kept with its own document key when the rest is reset ([`remember_claim`], [`previous_claim`]).
    pub(super) last_claim: Option<LastClaim>,
}

thread_local! {
    pub(super) static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
}

/// The key of a document's text in [`Memory`]: where it is and how long.
pub(super) fn doc_key(ctx: &SentenceCtx<'_>) -> (usize, usize) {
    (ctx.doc_text.as_ptr() as usize, ctx.doc_text.len())
}

pub(super) fn remember_claim(ctx: &SentenceCtx<'_>, out: &[MembershipRec]) {
    if let Some(l) = out.last() {
        let doc = doc_key(ctx);
        MEMORY.with(|c| {
            c.borrow_mut().last_claim = Some((
                doc,
                ctx.range.start,
                l.member.clone(),
                l.status.clone(),
                l.bloc.clone(),
            ));
        });
    }
}

/// What `read` takes from the last claim of an earlier sentence of this document, its member, status and bloc.
fn earlier_claim<T>(
    ctx: &SentenceCtx<'_>,
    read: impl FnOnce(&str, &str, &str) -> Option<T>,
) -> Option<T> {
    let doc = doc_key(ctx);
    MEMORY.with(|c| {
        c.borrow()
            .last_claim
            .as_ref()
            .filter(|(d, start, ..)| *d == doc && *start < ctx.range.start)
            .and_then(|(_, _, m, s, b)| read(m, s, b))
    })
}

/// The member and status of the last claim of an earlier sentence of this document.
pub(super) fn previous_claim(ctx: &SentenceCtx<'_>) -> Option<(String, String)> {
    earlier_claim(ctx, |m, s, _| Some((m.to_string(), s.to_string())))
}

/// The bloc and member of the last claim of an earlier sentence of this document when it is a plain
/// membership ([`earlier_application`]).
pub(super) fn previous_join(ctx: &SentenceCtx<'_>) -> Option<(String, String)> {
    earlier_claim(ctx, |m, s, b| {
        (s == "member").then(|| (b.to_string(), m.to_string()))
    })
}

/// Whether the first word after a cue (past its states and dates) is one that leaves its object out, or
/// there is none before the clause ends.
pub(super) fn object_free(
    t: &Tables,
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    cue: &Cue,
    group: &Group<'_>,
) -> bool {
    let at = if group.start >= cue.end {
        group.end
    } else {
        cue.end
    };
    let rest = &ctx.doc_text[at..ctx.range.end.max(at)];
    let Some(tk) = tokens(rest).next() else {
        return true;
    };
    let (s, e) = (at + tk.start, at + tk.end);
    if dates.iter().any(|d| d.start <= s && e <= d.end) {
        return true;
    }
    match tk.kind {
        TokenKind::Punct | TokenKind::Number => true,
        TokenKind::Word => {
            let w = norm_word(&rest[tk.start..tk.end]);
            t.elision_ok.iter().any(|e| *e == w)
        }
    }
}

/// The bloc named last in the previous sentences of this document and how many sentences back, then
/// remembers this sentence's. The pipeline runs the stages over a document's sentences in order on one
/// thread, so the memory is a thread-local keyed by the document text.
///
/// A sentence that names no bloc but points back to it with a word for it ("The bank, proposed by Xi in
/// 2013, …", «Решение объявили на саммите организации») keeps it as near as if it had named it: the
/// distance counts from such a sentence right before this one ([`nearer`], looked for only when a claim
/// needs it).
pub(super) fn recall(ctx: &SentenceCtx<'_>, blocs: &[&SentMention<'_>]) -> Option<Recalled> {
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        let doc = doc_key(ctx);
        if m.doc != doc || ctx.range.start < m.last_start || m.sentence == 0 {
            *m = Memory {
                doc,
                last_claim: m.last_claim.take(),
                ..Memory::default()
            };
        }
        m.sentence += 1;
        let now = m.sentence;
        let recalled = m.bloc.as_ref().map(|(b, at)| Recalled {
            bloc: b.clone(),
            distance: now - at,
            recent: m.recent,
        });
        m.recent.rotate_left(1);
        m.recent[RECENT - 1] = ctx.range.start;
        m.last_start = ctx.range.start;
        // The bloc a later sentence points back to is the first named, the sentence's topic, not one named
        // after it beside it ("held the first meeting of the G20, … a seat beside the G7. Russia is among
        // its founders"; "set up GUAM while attending a Council of Europe summit. Uzbekistan joined the
        // group"), unless it is only one of a list of parties ("nineteen countries and the European Union
        // held the first meeting of the G20").
        let coordinated = |b: &SentMention<'_>| {
            let before = last_words(norm_before(ctx, b.start), 2);
            let conjunction = |w: &&str| matches!(*w, "and" | "or" | "и" | "или");
            ctx.doc_text[..b.start].ends_with('و')
                || match before[..] {
                    [.., w] if conjunction(&w) => true,
                    [w, "the"] => conjunction(&w),
                    _ => false,
                }
        };
        // Nor one in an aside set between commas, a few words on either side ("Turkey, a NATO member, has
        // applied to join the SCO", «Турция, член НАТО, подала заявку», "تركيا، العضو في حلف شمال الأطلسي،").
        let aside = |b: &SentMention<'_>| {
            let head = &ctx.doc_text[ctx.range.start.min(b.start)..b.start];
            let tail = &ctx.doc_text[b.end..ctx.range.end.max(b.end)];
            let opened = head
                .rfind([',', '،'])
                .is_some_and(|i| word_count(&head[i..]) <= ASIDE_WORDS);
            opened
                && tail
                    .find([',', '،'])
                    .is_some_and(|i| word_count(&tail[..i]) <= ASIDE_WORDS)
        };
        if let Some(topic) = blocs
            .iter()
            .filter(|b| !coordinated(b) && !aside(b))
            .min_by_key(|b| b.start)
            .or_else(|| blocs.iter().min_by_key(|b| b.start))
        {
            m.bloc = Some((topic.id.to_string(), now));
        }
        recalled
    })
}

/// The words for a bloc named in an earlier sentence that stand before every bloc this sentence names, each as a
/// mention of that bloc where the word stands ("The alliance groups Mali, Burkina Faso and Niger, three juntas the
/// African Union suspended", «В альянс входят Мали, Буркина-Фасо и Нигер; Африканский союз приостановил их
/// членство», "ويضم التحالف مالي وبوركينا فاسو والنيجر، وعلّق الاتحاد الأفريقي عضويتها"): a cue whose bloc slot
/// the word fills claims for the bloc it points back to, not for the other bloc the sentence names later. Only
/// when that bloc was named in one of the two sentences before and this one does not name it; a word after
/// the sentence's first bloc may point at that bloc, and is left alone.
pub(super) fn anaphor_mentions<'r>(
    ctx: &SentenceCtx<'r>,
    blocs: &[&SentMention<'r>],
    recalled: Option<&'r Recalled>,
) -> SmallVec<[SentMention<'r>; 2]> {
    let mut out = SmallVec::new();
    let Some(r) = recalled.filter(|r| r.distance <= 2) else {
        return out;
    };
    // (The word stands for the recalled bloc: a mention of that entity, not a copy of another bloc's.)
    let Some(entity) = ctx.lexicon.lookup(&r.bloc).filter(|_| !blocs.is_empty()) else {
        return out;
    };
    let named = ctx.mentions.iter().filter(|m| m.kind == Kind::Bloc);
    if named.clone().any(|m| m.id == r.bloc) {
        return out;
    }
    let Some(first) = named.map(|m| m.start).min() else {
        return out;
    };
    // Only the words before the first bloc are read, in the normalisation: most sentences hold none.
    let n = &ctx.norm.as_str()[..norm_at(ctx, first)];
    let base = ctx.range.start;
    let mut prev = "";
    for tk in tokens(n) {
        if tk.kind != TokenKind::Word {
            prev = "";
            continue;
        }
        let w = &n[tk.start..tk.end];
        // English nouns of the list are common nouns ("a group of states"): only a definite one points back.
        let definite =
            ctx.lang != blocwatch_text::Lang::En || matches!(prev, "the" | "its" | "this");
        prev = w;
        if !definite || w == "ним" || !is_anaphor_word(w) {
            continue;
        }
        let (s, e) = (
            base + ctx.norm.orig_start(tk.start),
            base + ctx.norm.orig_end(tk.end),
        );
        // A word inside a name ("the Soviet Union", "the Gulf Cooperation Council") is no anaphor.
        if ctx.mentions.iter().any(|m| m.start < e && s < m.end) {
            continue;
        }
        out.push(SentMention {
            start: s,
            end: e,
            entity,
            id: r.bloc.as_str(),
            kind: Kind::Bloc,
            form: Form::Alias,
            country: None,
        });
    }
    out
}

/// How many earlier sentences [`recall`] looks back through for a word pointing back to the bloc.
pub(super) const RECENT: usize = 1;
/// How many words an aside between commas may hold on either side of a bloc that [`recall`] then passes over.
pub(super) const ASIDE_WORDS: usize = 3;

/// A bloc named in an earlier sentence of the document ([`recall`]).
pub(super) struct Recalled {
    pub(super) bloc: String,
    /// How many sentences back it was named.
    pub(super) distance: usize,
    /// Where the [`RECENT`] sentences before this one start, the latest last.
    pub(super) recent: [usize; RECENT],
}

/// How many sentences back the recalled bloc was named or last pointed back to: the sentences between
/// its own and this one, the nearest first, are read for a word for it ([`points_back`]). Only read for a
/// claim without a bloc of its own, so those sentences are normalised here.
pub(super) fn nearer(ctx: &SentenceCtx<'_>, r: &Recalled) -> usize {
    let between = r.distance.saturating_sub(1).min(RECENT);
    for k in 0..between {
        let start = r.recent[RECENT - 1 - k];
        let end = if k == 0 {
            ctx.range.start
        } else {
            r.recent[RECENT - k]
        };
        let sentence = ctx.doc_text.get(start..end).unwrap_or("");
        if !sentence.is_empty() && points_back(&normalize(sentence)) {
            return k + 1;
        }
    }
    r.distance
}

/// Whether normalised text holds a word pointing back to a bloc named earlier: "the bloc", "التكتل" (also
/// with a proclitic, "وللتكتل"), «организация».
pub(super) fn points_back(n: &str) -> bool {
    tokens(n).any(|tk| is_anaphor_word(&n[tk.start..tk.end]))
}

/// Whether a normalised word is a word for a bloc named earlier ([`points_back`]), an Arabic one also with its
/// proclitics ("وللتكتل").
pub(super) fn is_anaphor_word(w: &str) -> bool {
    let t = tables();
    let bare = w.trim_start_matches(['و', 'ف', 'ب', 'ك']);
    t.anaphor_words.contains(w)
        || t.anaphor_words.contains(bare)
        // ل before the article drops its alif: ل + التكتل = للتكتل.
        || bare
            .strip_prefix("لل")
            .is_some_and(|rest| t.anaphor_rests.contains(rest))
}

/// The words a told application may run to its year ([`earlier_application`]).
const APPLICATION_REACH: usize = 8;

/// "Seychelles, which had applied in 1995, was admitted …", «Монако стало 46-м членом организации; заявку
/// княжество подало в 1998 году», "انضمت موناكو إلى مجلس أوروبا، بعد أن تقدمت بطلب الانضمام عام 1998", and in
/// the next sentence «Членом ВТО стала Грузия. Заявку Тбилиси подал в 1996 году»: an application told beside a
/// join, naming no bloc of its own but the year it was made (in its clause, within [`APPLICATION_REACH`] words
/// after the word of applying, `application_aside` rows), is the joining state's earlier application to that
/// bloc. The joining state is the one the sentence claims membership for, or, in a sentence that claims
/// nothing, the one the sentence before did; a state the application's sentence names must be that state.
pub(super) fn earlier_application(
    ctx: &SentenceCtx<'_>,
    dates: &Dates<'_>,
    out: &mut Vec<MembershipRec>,
) {
    let t = tables();
    let n = ctx.norm.as_str();
    let base = ctx.range.start;
    // (Most sentences hold no such word: looked for in the whole sentence first; and most write no year,
    // which the date the application needs is written with, `DateHit::explicit`: a cheaper test first.)
    if !crate::dates::has_ascii_digit(n) || !t.application_aside.occurs_in(n) {
        return;
    }
    let Some(tk) = tokens(n)
        .filter(|tk| tk.kind == TokenKind::Word)
        .find(|tk| t.application_aside.has(&n[tk.start..tk.end]))
    else {
        return;
    };
    if out.iter().any(|r| r.status == "applicant") {
        return;
    }
    let at = base + ctx.norm.orig_end(tk.end);
    let Some(date) = dates.iter().find(|d| {
        d.explicit && d.start >= at && {
            let gap = norm_range(ctx, at, d.start);
            !gap.contains([',', ';', ':', '.', '،', '؛']) && word_count(gap) <= APPLICATION_REACH
        }
    }) else {
        return;
    };
    let mut joined = out.iter().filter(|r| r.status == "member" && !r.negated);
    // The states the application's clause names up to its year ("Sweden applied in 2022" after Finland's
    // join is Sweden's); after a join told in an earlier sentence, those the whole sentence names
    // («Югославия, подавшая заявку в 2000 году» after Bosnia's admission is Yugoslavia's).
    let (bloc, member, from) = match (joined.next(), joined.next()) {
        (Some(r), None) => (
            r.bloc.clone(),
            r.member.clone(),
            base + ctx.norm.orig_start(clause_start(n, tk.start)),
        ),
        (None, _) if out.is_empty() => {
            let Some((b, m)) = previous_join(ctx) else {
                return;
            };
            (b, m, base)
        }
        _ => return,
    };
    if ctx
        .mentions
        .iter()
        .any(|m| m.kind == Kind::Country && m.start >= from && m.end <= date.end && m.id != member)
    {
        return;
    }
    out.push(MembershipRec {
        bloc,
        member,
        status: "applicant".to_string(),
        date: Some(date.iso.clone()),
        negated: false,
        sentence: [ctx.range.start, ctx.range.end],
        text: ctx.text.to_string(),
    });
}

/// Member nouns a count may stand before with the list of the members set off after them ("the five members —",
/// "الدول الخمس الأعضاء، وهي", «пять членов —»), normalised.
static COUNTED_MEMBER_NOUNS: LazyLock<[String; 7]> = LazyLock::new(|| {
    [
        "members",
        "member states",
        "member countries",
        "الأعضاء",
        "أعضاء",
        "члены",
        "членов",
    ]
    .map(normalize)
});

/// "BRICS leaders met in Xiamen. The five members — Brazil, Russia, India, China and South Africa — are the
/// founders of the New Development Bank", "والدول الخمس الأعضاء، وهي البرازيل وروسيا …", «Пять членов — Бразилия,
/// …»: a member noun right after a count, with a list of as many states set off right after it, names the members
/// of the bloc of the sentence before, when this sentence does not name that bloc (a bloc it names later is the
/// object of another cue). The bloc and the list, for a member noun `cue`.
pub(super) fn counted_members_before<'r, 'g, 'a>(
    ctx: &SentenceCtx<'_>,
    strict: &'g [Group<'a>],
    cue: &Cue,
    recalled: Option<&'r Recalled>,
) -> Option<(&'r str, &'g Group<'a>)> {
    let r = recalled.filter(|r| r.distance == 1)?;
    let noun = norm_range(ctx, cue.start, cue.end);
    if cue.status != "member" || !COUNTED_MEMBER_NOUNS.iter().any(|m| m == noun) {
        return None;
    }
    if ctx
        .mentions
        .iter()
        .any(|m| m.kind == Kind::Bloc && m.id == r.bloc)
    {
        return None;
    }
    let count = last_words(norm_before(ctx, cue.start), 1)
        .first()
        .and_then(|w| counted(w))?;
    let rest = &ctx.doc_text[cue.end..ctx.range.end];
    let mark = rest.trim_start();
    let opened = mark
        .chars()
        .next()
        .filter(|c| matches!(c, '—' | '–' | ',' | '،' | '(' | ':'))?;
    let at = ctx.range.end - mark.len() + opened.len_utf8();
    let g = list_opened_at(ctx, strict, at)?;
    (g.members.len() == count).then_some((r.bloc.as_str(), g))
}
