//! PLOVER 2.0 event coding, natively in Arabic, English and Russian.
//!
//! For each sentence that names at least one actor (a country, collective or bloc, or a person or company
//! standing for a state), the coder
//! 1. normalises the sentence and finds, in one trie walk per word, every **trigger** (a verb form,
//!    nominalisation or collocation of a PLOVER type, from `data/events/triggers_*.csv`) and every **cue**
//!    (negation, modality, reporting verbs, prepositions, clause boundaries, coreference phrases, topic words,
//!    from `data/events/cues_*.csv`);
//! 2. cuts the sentence into clauses (punctuation, boundary words such as *but/which/بينما/который*,
//!    complementisers *that/أن/что*, reporting verbs, and a comma between two triggers): a trigger takes its
//!    actors only from its own clause, which is what keeps events from being invented out of unrelated parts
//!    of a story;
//! 3. groups the clause's actors (*Russia and China*, روسيا وإيران) and gives each group a role from its
//!    preposition (*with/مع/с* partner, *to/إلى/к*, *against/ضد/против*, *on/على/на* target, *between*
//!    parties, *by* agent) or its position: the subject precedes the verb in English and Russian and follows
//!    it in Arabic (وقّعت روسيا وإيران), the object comes after; a verb with no subject of its own inherits the
//!    subject of the verb it is coordinated with;
//! 4. reads negation (scoped to the words just before the trigger, or a refusing verb earlier in the
//!    clause), modality (*expected/proposed/hypothetical/denied*, which carries into clauses introduced by a
//!    complementiser), the quoted speaker, the date of the clause, and refines type and mode from the topic
//!    words of the clause (*supplied … drones* is military aid).
//!
//! A negated or denied event is kept, flagged: "Russia did not sign" is information, not an agreement.

mod actors;
mod clauses;
mod coder;
mod companion;
mod data;
mod lang_ar;
mod lang_en;
pub(crate) mod lang_ru;
mod memory;
mod modality;
mod model;
mod plover;
mod request;
mod roles;
mod scan;
mod subject;
#[cfg(test)]
mod tests;

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use blocwatch_lexicon::Kind;
use blocwatch_text::{Lang, NormText};
use smallvec::SmallVec;

use crate::context::SentenceCtx;
use crate::dates::Dates;
use crate::record::EventRec;
use actors::{actor_ids, actors, mention_tokens, Actor};
use clauses::{clauses, Clause};
use data::{Cue, Role, Tables, Trigger};
pub(crate) use data::{TABLES, TYPES};
pub(crate) use memory::Memory;
use memory::{PARTIES_KEPT, WORD_TYPES};
pub use model::{
    collect_examples, embedded_type_model, with_type_model, write_rows, Example, TypeModel,
    TypeModelError, CLASSES,
};
pub use plover::{plover_events, CameoInfo, CiteInfo, PloverEvent, TextInfo};
use scan::{Hit, Scan};

/// A trigger that survived the filters, with what the data says about it.
#[derive(Debug, Clone, Copy)]
struct Live<'t> {
    hit: Hit,
    trig: &'t Trigger,
    clause: usize,
}

/// Codes the events of one sentence. (`earlier`: the events coded in the chunk's sentences before it;
/// `dates_before`: those sentences' dates.)
pub(crate) fn code(
    ctx: &SentenceCtx<'_>,
    dates: &Dates<'_>,
    dates_before: &[Dates<'_>],
    memory: &Memory,
    earlier: &[EventRec],
) -> Vec<EventRec> {
    let tables = Tables::embedded();
    let lt = tables.lang(ctx.lang);
    let has_actor = ctx.mentions.iter().any(|m| actor_ids(m).is_some());
    // (A sentence that names no actor and no coreference phrase is coded only for an undoing that
    // names no one: it resolves no phrase, `actors` below.)
    let mut unnamed = false;
    if !has_actor {
        // Only a coreference phrase ("the two countries") could give this sentence actors.
        // (Arabic also drops the pair into a dual verb after a sentence that named two states: "وفي ختام
        // المباحثات، وقّعا على إعلان مشترك".)
        // (The phrases are normalised as the loader reads them — المنظمه, المنتدي — so they are searched
        // in the normalised sentence, not in its raw text with ة, ى and vowel marks.)
        let maybe_coref = (!memory.is_empty()
            && lt
                .coref
                .as_ref()
                .is_some_and(|c| c.occur_in(ctx.norm.as_str())))
            || (ctx.lang == Lang::Ar && memory.recent.iter().filter(|r| !r.bloc).count() >= 2);
        // (A sentence naming no actor may still undo the measure of a sentence just before, its doer
        // left out: "The sanctions were lifted in May", «Судно было освобождено», `Coder::undo_measure`.)
        if !maybe_coref && !memory.lead_is_recent() {
            return Vec::new();
        }
        unnamed = !maybe_coref;
        // (Its actors can only be what its coreference phrases stand for; without one it codes only an
        // undoing, and it may be remembered as a proposal, below. Where the words of none of those rows
        // stand in it as the scanner would find them, it is not scanned: `ActorlessWords`. The trace
        // lists every trigger such a sentence drops, so then it is.)
        if !trace_on()
            && lt
                .actorless
                .as_ref()
                .is_some_and(|g| !g.may_match(ctx.norm.as_str()))
        {
            return Vec::new();
        }
    }
    // (A name of several words is one word of a pattern's gap: the sentence's names, in its own offsets.)
    let names: SmallVec<[(usize, usize); 8]> = ctx
        .mentions
        .iter()
        .map(|m| (m.start - ctx.range.start, m.end - ctx.range.start))
        .collect();
    let mut scan = scan::scan(ctx.norm.clone(), ctx.text, ctx.lang, lt, &names);
    // (A sentence that tells a proposal or a demand — "Putin proposed …", «предложил», "اقترح", a request
    // trigger — is remembered by its lead: whom "the proposal" refused later points back to,
    // `Coder::refused_proposer`. Before the returns below: such a sentence may code nothing.)
    if scan.cues.iter().any(|&(_, _, c)| c == Cue::Proposed)
        || scan.triggers.iter().any(|h| {
            lt.trigger(h.entry)
                .is_some_and(|t| TYPES[t.kind as usize] == "REQUEST")
        })
    {
        memory.note_proposal();
    }
    // («Алжир ответил тем же», «Его примеру последовала Ангола»: a Russian act told by pointing back at
    // one told before needs no trigger of its own, `Coder::ru_echoed_acts`. Searched for only when the
    // scan found no trigger: most sentences have one.)
    // (Arabic the same, «وردّت موسكو بالمثل», «وحذت حذوها», `Coder::ar_echoed_acts`.)
    let echo = || match ctx.lang {
        Lang::Ru => {
            let n = ctx.norm.as_str();
            n.contains("ответил") || n.contains("примеру")
        }
        Lang::Ar => {
            let n = ctx.norm.as_str();
            n.contains("بالمثل") || n.contains("مماثل") || n.contains("حذو")
        }
        Lang::En => false,
    };
    // (An Arabic arrival of a named person is found after the names below, `lang_ar::ar_named_arrivals`.)
    let arrival = || ctx.lang == Lang::Ar && ctx.norm.as_str().contains("وصل");
    if scan.triggers.is_empty() && !echo() && !arrival() {
        return Vec::new();
    }
    // Words inside a name are part of the name: the "Cooperation" of the Shanghai Cooperation
    // Organisation is no event, the "Union" of the European Union no coreference.
    let spans: SmallVec<[(usize, usize); 8]> = ctx
        .mentions
        .iter()
        .map(|m| mention_tokens(ctx, &scan, m))
        .collect();
    let inside = |a: usize, b: usize| spans.iter().any(|&(s, e)| a < e && s < b);
    // A gapped trigger ("cut … off") may hold an actor in its gap, never at its ends.
    if trace_on() {
        trace_unreached(ctx, &scan, "inside-name", |h| {
            inside(h.t0, h.t0 + 1) || inside(h.t1 - 1, h.t1)
        });
    }
    scan.triggers
        .retain(|h| !inside(h.t0, h.t0 + 1) && !inside(h.t1 - 1, h.t1));
    scan.hidden
        .retain(|h| !inside(h.t0, h.t0 + 1) && !inside(h.t1 - 1, h.t1));
    scan.cues.retain(|&(a, b, _)| !inside(a, b));
    // («وصل فلاديمير بوتين يوم الجمعة إلى بكين»: an Arabic arrival of a person named without a title is a
    // visit, `lang_ar::ar_named_arrivals`; before the return below, the sentence may have no trigger else.)
    if ctx.lang == Lang::Ar {
        let people: SmallVec<[(usize, usize); 4]> = ctx
            .mentions
            .iter()
            .zip(&spans)
            .filter(|(m, _)| m.kind == Kind::Person)
            .map(|(_, &s)| s)
            .collect();
        if !people.is_empty() {
            lang_ar::ar_named_arrivals(&mut scan, lt, &tables.words, &people, &spans);
        }
    }
    if scan.triggers.is_empty() && !echo() {
        return Vec::new();
    }
    let actors = if unnamed {
        actors::Actors::new()
    } else {
        actors(ctx, &scan, memory, &tables.words)
    };
    let dual_verb = |h: &Hit| {
        let w = scan.text(h.t0);
        let w = if h.conj {
            w.strip_prefix(['و', 'ف']).unwrap_or(w)
        } else {
            w
        };
        h.t1 == h.t0 + 1 && w.ends_with('ا') && !w.ends_with("وا") && w.chars().count() >= 4
    };
    // (With no actor, only an undoing can be coded from the story: `Coder::undo_measure`.)
    let undoing = |h: &Hit| {
        lt.trigger(h.entry)
            .is_some_and(|t| matches!(TYPES[t.kind as usize], "CONCEDE" | "RETREAT"))
    };
    // («… . وتعهد بتقديم مساعدات غذائية»: an Arabic verb opening its sentence with و, its subject left
    // out, goes on with the subject of the sentence before, `Coder::ar_dropped_subject`.)
    let dropped_subject = |h: &Hit| {
        h.t0 == 0
            && h.conj
            && memory.lead_is_recent()
            && lt.trigger(h.entry).is_some_and(|t| !t.noun)
    };
    if actors.is_empty()
        && !(ctx.lang == Lang::Ar
            && scan
                .triggers
                .iter()
                .any(|h| dual_verb(h) || dropped_subject(h)))
        && (has_actor || !memory.lead_is_recent() || !scan.triggers.iter().any(undoing))
    {
        if trace_on() {
            trace_unreached(ctx, &scan, "no-actor", |_| true);
        }
        return Vec::new();
    }
    if ctx.lang == Lang::En {
        scan.blank_date_commas();
        scan.drop_adjectival_denials();
    }
    let lt = tables.lang(ctx.lang);
    let noun = |h: &Hit| lt.trigger(h.entry).is_some_and(|t| t.noun);
    let mut clauses = clauses(&scan, &actors, ctx.lang, &tables.words, noun);
    macro_rules! coder {
        () => {
            Coder {
                ctx,
                tables,
                scan: &scan,
                actors: &actors,
                clauses: &clauses,
                dates,
                dates_before,
                live: Vec::new(),
                memory,
                earlier,
                group_cache: RefCell::new(SmallVec::new()),
                fronted: RefCell::new(SmallVec::new()),
                passives: RefCell::new(SmallVec::new()),
                why: RefCell::new(Vec::new()),
                partner_named: RefCell::new(Vec::new()),
            }
        };
    }
    let mut coder = coder!();
    coder.select();
    // A shorter row that `select` kept in place of the row that won its place (`Scan::hidden`: "bought"
    // where "bought … from" needs weapons) takes that row's place in the scan, whose triggers the rules
    // read ("from" ending a trigger makes the state after it its object), and the sentence is read again.
    let kept_hidden: SmallVec<[Hit; 2]> = coder
        .live
        .iter()
        .map(|l| l.hit)
        .filter(|x| !scan.triggers.iter().any(|h| h.t0 == x.t0 && h.t1 == x.t1))
        .collect();
    if !kept_hidden.is_empty() {
        drop(coder);
        for x in &kept_hidden {
            if let Some(h) = scan.triggers.iter_mut().find(|h| h.t0 == x.t0) {
                *h = *x;
            }
        }
        clauses = clauses::clauses(&scan, &actors, ctx.lang, &tables.words, noun);
        coder = coder!();
        coder.select();
    }
    let mut out = coder.run();
    match ctx.lang {
        Lang::Ru => coder.ru_echoed_acts(&mut out),
        Lang::Ar => coder.ar_echoed_acts(&mut out),
        Lang::En => {}
    }
    // An agreement, meeting or joint act is between two sides at least: one coded without direction
    // and with a single party, not a bloc, is a signing whose partner was not found ("signed with
    // Vladimir Putin" after a long aside), no event (`lone_state`: the one test of it, session 47).
    // (For the trace: the triggers of the events this drops. Nothing is collected without it.)
    let lone: Vec<String> = if trace_on() {
        out.iter()
            .filter(|e| lone_party(ctx, &coder, e))
            .map(|e| e.trigger.clone())
            .collect()
    } else {
        Vec::new()
    };
    // "Putin arrived in Lima on Monday. He and Alan García signed agreements …", «Ельцин, приехавший в
    // Сеул, … вместе с президентом Ро Дэ У подписал договор»: a joint act whose one state found is a side
    // of the two-sided meeting or visit told just before it is between that meeting's sides (its partner
    // a person the lexicon lacks, `meeting_partner`).
    // (Not when the sentence names a bloc or collective: «Кения подписала конвенцию ООН» is a multilateral
    // act, not one with the host.)
    for i in 0..out.len() {
        if lone_party(ctx, &coder, &out[i]) {
            if let Some(other) = meeting_partner(&out[i], &out[..i], earlier) {
                let third = ctx.mentions.iter().any(|m| {
                    matches!(
                        m.kind,
                        blocwatch_lexicon::Kind::Bloc | blocwatch_lexicon::Kind::Collective
                    )
                });
                if !third {
                    out[i].source.push(other);
                }
            }
        }
    }
    out.retain(|e| !lone_party(ctx, &coder, e));
    // A visit told again ("landed in Riyadh … for his first visit to the kingdom", «прибыл в Москву с
    // государственным визитом», "وصل … إلى أبوظبي … وهي أول زيارة") is the visit told first: one event.
    let mut k = 0;
    while k < out.len() {
        if visit_told_before(&out[k], earlier.iter().chain(&out[..k])) {
            out.remove(k);
        } else {
            k += 1;
        }
    }
    if trace_on() {
        coder.trace(&out, &lone);
    }
    if let Some(e) = out
        .iter()
        .rev()
        .find(|e| e.kind == "AGREE" && !e.negated && e.source.len() + e.target.len() >= 2)
    {
        let mut a = memory.agreement.borrow_mut();
        a.clear();
        a.extend(e.source.iter().chain(&e.target).cloned());
    }
    if out.iter().any(|e| e.source.len() + e.target.len() >= 2) {
        let mut p = memory.parties.borrow_mut();
        for e in out.iter().filter(|e| e.source.len() + e.target.len() >= 2) {
            // (The oldest slot is reused, its strings and all: no allocation once four are kept.)
            if p.len() == PARTIES_KEPT {
                let mut slot = p.remove(0);
                slot.0.clone_from(&e.source);
                slot.1.clone_from(&e.target);
                p.push(slot);
            } else {
                p.push((e.source.clone(), e.target.clone()));
            }
        }
    }
    if let Some(e) = out.iter().rev().find(|e| is_deed(e)) {
        let mut d = memory.deed.borrow_mut();
        d.0.clone_from(&e.source);
        d.1 = memory.sentences;
    }
    out
}

/// Whether the event trace is on: `BLOCWATCH_EVENT_TRACE` set (to anything) in the environment, read once
/// per process. With it, every trigger the scanner finds is listed on standard error with what became of it
/// — coded, or the name of the check that set it aside (`Coder::trace`, [`trace_unreached`]) — so that an
/// analyst can ask why a sentence was not coded. Without it the coder pays one load of a flag per sentence
/// and per check that sets a trigger aside, and collects nothing.
pub(crate) fn trace_on() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("BLOCWATCH_EVENT_TRACE").is_some())
}

/// With the trace on (as `Coder::trace`): the triggers of the sentence that `dropped` takes out before the
/// coder sees them, with the reason `why`.
fn trace_unreached(ctx: &SentenceCtx<'_>, scan: &Scan, why: &str, dropped: impl Fn(&Hit) -> bool) {
    let lt = Tables::embedded().lang(ctx.lang);
    let mut said = false;
    for h in scan.triggers.iter().filter(|h| dropped(h)) {
        let Role::Trigger(x) = lt.entries[h.entry as usize].role else {
            continue;
        };
        if !said {
            eprintln!("TRACE sentence: {}", ctx.text);
            said = true;
        }
        let words: Vec<&str> = (h.t0..h.t1).map(|t| scan.text(t)).collect();
        eprintln!(
            "TRACE   {:<10} [{}] dropped before the coder: {why}",
            TYPES[lt.triggers[x as usize].kind as usize],
            words.join(" ")
        );
    }
}

/// Whether coded event `e` is one party's agreement, meeting or joint act alone ([`lone_state`]), whatever
/// stage coded it — but not an agreement the coder kept one-sided because it names its partner, one the
/// lexicon lacks, after с/مع (`Coder::partner_named`).
fn lone_party(ctx: &SentenceCtx<'_>, coder: &Coder<'_, '_>, e: &EventRec) -> bool {
    lone_state(
        ctx,
        &e.kind,
        e.source.iter().map(String::as_str),
        e.target.is_empty(),
        e.modality == "asserted",
        e.negated,
    ) && !coder.partner_named.borrow().contains(&e.trigger)
}

/// An agreement takes two — the one test of it, made on every coded record ([`lone_party`]) in all three
/// languages, after a meeting of the sentence or the visit told before may have completed the act. Whether an asserted, not negated act of `kind` — an agreement
/// or pledge, a meeting, a joint act — with no target (`untargeted`) and every source the same one party,
/// not a bloc, is that party's alone: its partner was not found ("signed with Vladimir Putin" after a long
/// aside), no event. A bloc agrees and meets within itself ("OPEC+ agreed to extend its cuts"); a refusal
/// to sign keeps its negated signing ("Myanmar refused to sign"). A ratification is no exception: one
/// state's ratification alone is no event either — the golds code none ("Georgia's parliament ratified the
/// accession", «Армения ратифицировала Римский статут», «صادق البرلمان على الاتفاقية»). (Until session 47
/// two tests disagreed: the coder's `run:agree-one-state` dropped an agreement trigger before any visit
/// could complete it, and this one let a ratification through, skipped Arabic and counted a collective as
/// no state.)
pub(super) fn lone_state<'s>(
    ctx: &SentenceCtx<'_>,
    kind: &str,
    mut source: impl Iterator<Item = &'s str>,
    untargeted: bool,
    asserted: bool,
    negated: bool,
) -> bool {
    untargeted
        && asserted
        && !negated
        && matches!(kind, "AGREE" | "CONSULT" | "COOPERATE")
        && source.next().is_some_and(|first| {
            source.all(|s| s == first)
                && ctx
                    .lexicon
                    .lookup(first)
                    .is_some_and(|i| ctx.lexicon.entity(i).kind != blocwatch_lexicon::Kind::Bloc)
        })
}

/// Whether every one of `ps` is a source or a target of coded event `e` (the same meeting or deal told
/// again: `Coder::meeting_retold`, `Coder::talks_led_to_deal`).
pub(super) fn takes_part_all(e: &EventRec, ps: &[&str]) -> bool {
    ps.iter()
        .all(|p| e.source.iter().chain(&e.target).any(|x| x == p))
}

/// The parties of coded event `e`: its sources, then its targets, each once, in the order the event names
/// them.
pub(super) fn parties(e: &EventRec) -> Ids<'_> {
    let mut v = Ids::new();
    for x in e.source.iter().chain(&e.target) {
        if !v.contains(&x.as_str()) {
            v.push(x);
        }
    }
    v
}

/// Whether `a` and `b`, each naming every party once ([`parties`]), name the same parties in any order.
fn same_parties(a: &[&str], b: &[&str]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x))
}

/// The other side of the latest two-sided meeting or visit (an asserted, not negated `CONSULT` of exactly
/// two states) that lone joint act `e` (`lone_party`) has its one state in: told before it in its sentence
/// (`before`), else in one of the two sentences before it that coded events (`earlier`).
fn meeting_partner(e: &EventRec, before: &[EventRec], earlier: &[EventRec]) -> Option<String> {
    let state = e.source.first()?;
    let other = |m: &EventRec| -> Option<String> {
        let sides = parties(m);
        (m.kind == "CONSULT"
            && m.modality == "asserted"
            && !m.negated
            && sides.len() == 2
            && sides.contains(&state.as_str()))
        .then(|| {
            sides
                .into_iter()
                .find(|s| *s != state.as_str())
                .map(str::to_string)
        })
        .flatten()
    };
    if let Some(o) = before.iter().rev().find_map(other) {
        return Some(o);
    }
    let mut sentences: SmallVec<[[usize; 2]; 2]> = SmallVec::new();
    for m in earlier.iter().rev() {
        if !sentences.contains(&m.sentence) {
            if sentences.len() == 2 {
                break;
            }
            sentences.push(m.sentence);
        }
        if let Some(o) = other(m) {
            return Some(o);
        }
    }
    None
}

/// How many days apart two tellings of one visit may be dated (a visit of a few days, its noun dated to the
/// report): a return visit comes a week or more later.
const VISIT_DAYS: i64 = 3;

/// Whether coded event `e` is a visit (a `CONSULT` with a host) whose two sides a visit coded `before` it in
/// the text already has, either way round, with the same polarity and modality and a date that does not
/// set it apart (equal, one within the other, unknown, or `VISIT_DAYS` days apart at most). The same visit is often told by a verb of
/// arriving and again by a visit noun, whose roles are read less surely (the noun's sentence may open with
/// the host); a return visit is told on another date ("Isaias returned the visit a week later").
fn visit_told_before<'e>(e: &EventRec, mut before: impl Iterator<Item = &'e EventRec>) -> bool {
    let visit = |v: &EventRec| v.kind == "CONSULT" && !v.target.is_empty() && !v.source.is_empty();
    // (A day of arrival and the day the visit noun is dated to, the report's, may be a few days apart.)
    fn day(d: &str) -> Option<i64> {
        let mut it = d.split('-').map(str::parse::<u32>);
        match (it.next(), it.next(), it.next(), it.next()) {
            (Some(Ok(y)), Some(Ok(m)), Some(Ok(d)), None) => {
                Some(blocwatch_text::days_from_civil(i64::from(y), m, d))
            }
            _ => None,
        }
    }
    let dates_meet = |a: &Option<String>, b: &Option<String>| match (a, b) {
        (Some(a), Some(b)) => {
            a.starts_with(b.as_str())
                || b.starts_with(a.as_str())
                || day(a)
                    .zip(day(b))
                    .is_some_and(|(x, y)| (x - y).abs() <= VISIT_DAYS)
        }
        _ => true,
    };
    visit(e)
        && before.any(|v| {
            visit(v)
                && v.negated == e.negated
                && v.modality == e.modality
                && dates_meet(&v.date, &e.date)
                && same_parties(&parties(v), &parties(e))
        })
}

/// Whether coded event `e` is a deed with a doer that "the move" of a later sentence can name: done or
/// announced ("would pull out"), not a condition ("only if the US lifted its sanctions").
fn is_deed(e: &EventRec) -> bool {
    is_act(e) && !WORD_TYPES.contains(&e.kind.as_str())
}

/// Whether coded event `e` is an act with a doer that a later reaction can name by its noun ("the
/// invasion", "the accusations"): done or announced, of any type.
pub(super) fn is_act(e: &EventRec) -> bool {
    !e.negated && !e.source.is_empty() && matches!(e.modality.as_str(), "asserted" | "expected")
}

/// The PLOVER types of every trigger the scanner finds in `text`, before any rule keeps or drops it. For the
/// scorer's error breakdown: a missed event whose type the scanner saw was lost by the rules (actors,
/// clauses, filters), one whose type it never saw is a gap in the trigger lexicon.
pub fn scanned_types(text: &str, lang: Lang) -> Vec<&'static str> {
    let lt = Tables::embedded().lang(lang);
    // (Without the entity matcher's names: a trigger found only past a long name in its gap is counted
    // as not scanned.)
    let scan = scan::scan(NormText::new(text), text, lang, lt, &[]);
    scan.triggers
        .iter()
        .filter_map(|h| lt.trigger(h.entry).map(|t| data::TYPES[t.kind as usize]))
        .collect()
}

/// A run of actors joined by "and", commas, و.
#[derive(Debug, Clone)]
struct Group {
    t0: usize,
    t1: usize,
    /// (Inline: a group has a few members, and groups are built for every trigger.)
    members: SmallVec<[usize; 4]>,
    prep: Option<Cue>,
}

/// Some groups of a trigger's clause.
type GroupRefs<'g> = SmallVec<[&'g Group; 4]>;

/// What [`Coder::ru_fronted`] found: (trigger, the range's place in `group_cache`, the fronted object's and
/// the subject's places in the range's groups).
type FrontedMemo = RefCell<SmallVec<[(usize, usize, Option<(usize, usize)>); 8]>>;

/// A hit's fields, as [`Coder::passive`] keeps its answers: tokens, entry, length, and the Arabic flags.
type PassiveKey = (usize, usize, u32, usize, [bool; 3]);

/// Groups by token range, shared by the triggers that ask for the same range.
type GroupCache = RefCell<SmallVec<[(Range<usize>, Rc<[Group]>); 4]>>;

struct Coder<'c, 'a> {
    ctx: &'c SentenceCtx<'a>,
    tables: &'static Tables,
    scan: &'c Scan,
    actors: &'c [Actor<'a>],
    clauses: &'c [Clause],
    dates: &'c Dates<'c>,
    /// The dates of the chunk's sentences before this one, as found for them (`earlier`'s dates came
    /// from them): whether an earlier act's date was written with its year is read here, not found again.
    dates_before: &'c [Dates<'c>],
    live: Vec<Live<'static>>,
    memory: &'c Memory,
    /// The events coded in the chunk's sentences before this one: the acts a reaction's object may name
    /// ("condemned the invasion", `Coder::aim_at_act_of_kind`), kept by the pipeline anyway.
    earlier: &'c [EventRec],
    /// The groups of each token range asked for: every trigger of a clause asks for its clause's
    /// groups (and some for the clauses before), so they are built once per range, not per trigger.
    group_cache: GroupCache,
    /// What [`Coder::ru_fronted`] found for a trigger over a range's groups of `group_cache`: (trigger,
    /// the range's place in the cache, the fronted object's and the subject's places in its groups).
    /// Emptied when `select` sets the live triggers.
    fronted: FrontedMemo,
    /// What [`Coder::passive`] found for a hit (its fields as the key). Emptied when `select` sets the
    /// live triggers, which the Russian and Arabic tests read.
    passives: RefCell<SmallVec<[(PassiveKey, bool); 8]>>,
    /// With the trace on ([`trace_on`]): which check set each trigger aside (its tokens and the check's
    /// name). Empty, and never allocated, without it.
    why: RefCell<Vec<(usize, usize, &'static str)>>,
    /// The triggers (as written) of the agreements kept one-sided because their partner, one the lexicon
    /// does not know, is named after with/с/مع ([`lone_party`] lets them stand). Empty, and never
    /// allocated, in most sentences.
    partner_named: RefCell<Vec<String>>,
}

/// Actor ids of one role. (Inline: a trigger has a few parties, and roles are found for every trigger.)
type Ids<'a> = SmallVec<[&'a str; 4]>;

/// The roles found for one trigger.
#[derive(Debug, Default)]
struct Roles<'a> {
    source: Ids<'a>,
    target: Ids<'a>,
    who: Ids<'a>,
    /// The parties are named as such: a partner ("with", "between") or a joint subject of two or more.
    named_parties: bool,
    /// A receiving verb: the givers named with "from" (in `target`, swapped by the caller).
    received_from: bool,
    /// A receiving verb: the person received, with no giver ("received the US envoy": a host).
    received_person: bool,
}

/// The CAMEO code and PLOVER quad class of an event type and mode, for `--format cameo`.
pub fn cameo_code(kind: &str, mode: Option<&str>) -> Option<(&'static str, &'static str)> {
    let tables = Tables::embedded();
    let k = data::type_index(kind)?;
    tables
        .info(k, mode)
        .map(|i| (i.cameo.as_str(), i.quad.as_str()))
}
