//! PLOVER 2.0 event coding, natively in Arabic, English and Russian.
//!
//! For each sentence that names at least one actor (a country, collective or bloc, or a person or company
//! standing for a state), the coder
//! 1. normalises the sentence and finds, in one Aho–Corasick pass, every **trigger** (a verb form,
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

mod data;
mod scan;
#[cfg(test)]
mod tests;

use std::ops::Range;

use blocwatch_lexicon::Kind;
use blocwatch_text::Lang;

use crate::context::{SentMention, SentenceCtx};
use crate::dates::DateHit;
use crate::record::EventRec;
use data::{Cue, Role, Tables, TYPES};
use scan::{Hit, Scan};

pub(crate) use data::type_index;

/// What the coder remembers of the sentences before the current one, for "the two countries" and
/// "the bloc".
#[derive(Debug, Default)]
pub(crate) struct Memory {
    /// Most recent last: (id, is a bloc).
    recent: Vec<(String, bool)>,
}

const MEMORY: usize = 8;

impl Memory {
    pub(crate) fn update(&mut self, ctx: &SentenceCtx<'_>) {
        for m in ctx.mentions {
            let (id, bloc) = match m.kind {
                Kind::Country | Kind::Collective => (m.id, false),
                Kind::Bloc => (m.id, true),
                Kind::Person | Kind::Company => match m.country {
                    Some(c) => (c, false),
                    None => continue,
                },
                Kind::Initiative => continue,
            };
            self.recent.retain(|(r, _)| r != id);
            self.recent.push((id.to_string(), bloc));
        }
        if self.recent.len() > MEMORY {
            let cut = self.recent.len() - MEMORY;
            self.recent.drain(..cut);
        }
    }

    fn is_empty(&self) -> bool {
        self.recent.is_empty()
    }
}

/// An actor of the sentence: a mention (or a resolved coreference phrase) over tokens `t0..t1`.
#[derive(Debug, Clone)]
struct Actor<'a> {
    t0: usize,
    t1: usize,
    /// The states, collectives or blocs it stands for.
    ids: Vec<&'a str>,
    /// A person or company behind it.
    who: Option<&'a str>,
    /// The mention is a person (a possible quoted speaker).
    person: bool,
    /// Arabic proclitic preposition on the mention itself (لروسيا "to Russia").
    clitic: Option<Cue>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Boundary {
    /// Punctuation, boundary words, reporting verbs: nothing carries over.
    Hard,
    /// A complementiser: modality carries over (denied *that* …, expected *to* …).
    Comp,
    /// A comma between two triggers.
    Soft,
}

#[derive(Debug, Clone)]
struct Clause {
    range: Range<usize>,
    /// How the clause is separated from the one before it.
    opened_by: Option<Boundary>,
}

/// Codes the events of one sentence.
pub(crate) fn code(ctx: &SentenceCtx<'_>, dates: &[DateHit], memory: &Memory) -> Vec<EventRec> {
    let tables = Tables::embedded();
    let lt = tables.lang(ctx.lang);
    let has_actor = ctx.mentions.iter().any(|m| actor_ids(m).is_some());
    if !has_actor {
        // Only a coreference phrase ("the two countries") could give this sentence actors.
        let maybe_coref =
            !memory.is_empty() && lt.coref.as_ref().is_some_and(|ac| ac.is_match(ctx.text));
        if !maybe_coref {
            return Vec::new();
        }
    }
    let scan = scan::scan(ctx.text, ctx.lang, lt);
    if scan.triggers.is_empty() {
        return Vec::new();
    }
    let actors = actors(ctx, &scan, memory);
    if actors.is_empty() {
        return Vec::new();
    }
    let clauses = clauses(ctx.lang, &scan, &actors);
    Coder {
        ctx,
        tables,
        scan: &scan,
        actors: &actors,
        clauses: &clauses,
        dates,
    }
    .run()
}

fn actor_ids<'a>(m: &SentMention<'a>) -> Option<(&'a str, Option<&'a str>)> {
    match m.kind {
        Kind::Country | Kind::Collective | Kind::Bloc => Some((m.id, None)),
        Kind::Person | Kind::Company => m.country.map(|c| (c, Some(m.id))),
        Kind::Initiative => None,
    }
}

fn actors<'a>(ctx: &SentenceCtx<'a>, scan: &Scan, memory: &Memory) -> Vec<Actor<'a>> {
    let mut out: Vec<Actor<'a>> = Vec::new();
    for m in ctx.mentions {
        let Some((id, who)) = actor_ids(m) else {
            continue;
        };
        let (s, e) = (m.start - ctx.range.start, m.end - ctx.range.start);
        let t0 = scan.tok_at(s);
        let t1 = scan.tok_at(e.saturating_sub(1)) + 1;
        if t0 >= scan.toks.len() {
            continue;
        }
        // An Arabic preposition written on the mention itself: ل "to", ب "with/by".
        let clitic = if ctx.lang == Lang::Ar {
            let tok = &scan.toks[t0];
            let before = ctx.text.get(tok.orig_start..s).unwrap_or("");
            if before.contains('ل') {
                Some(Cue::To)
            } else {
                None
            }
        } else {
            None
        };
        out.push(Actor {
            t0,
            t1: t1.max(t0 + 1),
            ids: vec![id],
            who,
            person: m.kind == Kind::Person,
            clitic,
        });
    }
    // Coreference: "the two countries" → the two most recent countries, "the bloc" → the last bloc.
    for &(c0, c1, cue) in &scan.cues {
        if !matches!(cue, Cue::CorefPair | Cue::CorefBloc)
            || out.iter().any(|a| a.t0 < c1 && c0 < a.t1)
        {
            continue;
        }
        let ids: Vec<&'a str> = match cue {
            Cue::CorefPair => {
                let mut ids: Vec<&'a str> = Vec::new();
                let from_sentence: Vec<&'a str> = out
                    .iter()
                    .filter(|a| a.t1 <= c0)
                    .rev()
                    .flat_map(|a| a.ids.iter().copied())
                    .filter(|id| !is_bloc(ctx, id))
                    .collect();
                for id in from_sentence {
                    if ids.len() < 2 && !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                for (id, bloc) in memory.recent.iter().rev() {
                    if ids.len() < 2 && !bloc && !ids.contains(&id.as_str()) {
                        // The memory's ids are looked up again so that they borrow from the lexicon.
                        if let Some(i) = ctx.lexicon.lookup(id) {
                            ids.push(ctx.lexicon.entity(i).id.as_str());
                        }
                    }
                }
                if ids.len() == 2 {
                    ids
                } else {
                    Vec::new()
                }
            }
            _ => {
                let in_sentence = out
                    .iter()
                    .filter(|a| a.t1 <= c0)
                    .rev()
                    .flat_map(|a| a.ids.iter().copied())
                    .find(|id| is_bloc(ctx, id));
                let from_memory = || {
                    memory
                        .recent
                        .iter()
                        .rev()
                        .find(|(_, b)| *b)
                        .and_then(|(id, _)| ctx.lexicon.lookup(id))
                        .map(|i| ctx.lexicon.entity(i).id.as_str())
                };
                in_sentence.or_else(from_memory).into_iter().collect()
            }
        };
        if !ids.is_empty() {
            out.push(Actor {
                t0: c0,
                t1: c1,
                ids,
                who: None,
                person: false,
                clitic: None,
            });
        }
    }
    out.sort_by_key(|a| a.t0);
    out
}

fn is_bloc(ctx: &SentenceCtx<'_>, id: &str) -> bool {
    ctx.lexicon
        .lookup(id)
        .is_some_and(|i| ctx.lexicon.entity(i).kind == Kind::Bloc)
}

fn is_hard_punct(s: &str) -> bool {
    matches!(
        s,
        ";" | ":" | "(" | ")" | "[" | "]" | "!" | "?" | "؟" | "؛" | "\"" | "—" | "–" | "…"
    )
}

fn is_comma(s: &str) -> bool {
    matches!(s, "," | "،")
}

/// Cuts the sentence into clauses.
fn clauses(lang: Lang, scan: &Scan, actors: &[Actor<'_>]) -> Vec<Clause> {
    let n = scan.toks.len();
    let mut cut: Vec<(usize, Boundary)> = Vec::new();
    for t in 0..n {
        if !scan.toks[t].word && is_hard_punct(scan.text(t)) {
            cut.push((t, Boundary::Hard));
        }
    }
    for &(c0, _, cue) in &scan.cues {
        match cue {
            Cue::Boundary | Cue::Report => cut.push((c0, Boundary::Hard)),
            Cue::Comp => cut.push((c0, Boundary::Comp)),
            _ => {}
        }
    }
    // A comma separates two triggers' clauses; the last comma before the later trigger is the cut, unless
    // it sits inside a list of actors.
    let in_list = |t: usize| {
        let before = actors.iter().any(|a| a.t1 == t);
        let after = actors.iter().any(|a| a.t0 == t + 1)
            || (t + 2 < n
                && scan.has_cue(t + 1, t + 2, |c| c == Cue::And)
                && actors.iter().any(|a| a.t0 == t + 2));
        before && after
    };
    for w in scan.triggers.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        if cut.iter().any(|&(t, _)| t >= a.t1 && t < b.t0) {
            continue;
        }
        if let Some(t) = (a.t1..b.t0)
            .rev()
            .find(|&t| !scan.toks[t].word && is_comma(scan.text(t)) && !in_list(t))
        {
            cut.push((t, Boundary::Soft));
        }
    }
    let _ = lang;
    cut.sort_by_key(|c| c.0);
    cut.dedup_by_key(|c| c.0);
    let mut out = Vec::new();
    let mut start = 0;
    let mut opened_by = None;
    for (t, b) in cut {
        if t > start {
            out.push(Clause {
                range: start..t,
                opened_by,
            });
        }
        // The boundary token itself starts the next clause (it may be "that" carrying modality).
        start = t;
        opened_by = Some(b);
    }
    if start < n {
        out.push(Clause {
            range: start..n,
            opened_by,
        });
    }
    out
}

/// A run of actors joined by "and", commas, و.
#[derive(Debug, Clone)]
struct Group {
    t0: usize,
    t1: usize,
    members: Vec<usize>,
    prep: Option<Cue>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Modality {
    Asserted,
    Expected,
    Proposed,
    Hypothetical,
    Denied,
}

impl Modality {
    fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Expected => "expected",
            Modality::Proposed => "proposed",
            Modality::Hypothetical => "hypothetical",
            Modality::Denied => "denied",
        }
    }
}

struct Coder<'c, 'a> {
    ctx: &'c SentenceCtx<'a>,
    tables: &'static Tables,
    scan: &'c Scan,
    actors: &'c [Actor<'a>],
    clauses: &'c [Clause],
    dates: &'c [DateHit],
}

/// The roles found for one trigger.
#[derive(Debug, Default)]
struct Roles<'a> {
    source: Vec<&'a str>,
    target: Vec<&'a str>,
    who: Vec<&'a str>,
}

const SYMMETRIC: [&str; 3] = ["AGREE", "CONSULT", "COOPERATE"];

impl<'a> Coder<'_, 'a> {
    fn run(&self) -> Vec<EventRec> {
        let lt = self.tables.lang(self.ctx.lang);
        let mut out: Vec<EventRec> = Vec::new();
        let reported_by = self.reported_by();
        for (i, hit) in self.scan.triggers.iter().enumerate() {
            let Role::Trigger(ti) = lt.entries[hit.entry as usize].role else {
                continue;
            };
            let trig = &lt.triggers[ti as usize];
            let ci = self.clause_of(hit.t0);
            let clause = &self.clauses[ci];
            let cr = clause.range.clone();
            if let Some(need) = trig.needs {
                if !self
                    .scan
                    .has_cue(cr.start, cr.end, |c| c == Cue::Topic(need))
                {
                    continue;
                }
            }
            if trig.noun && self.absorbed(i, &cr) {
                continue;
            }
            let mut kind = trig.kind;
            let mut mode = trig.mode.clone();
            let mut context = trig.context.clone();
            for r in &self.tables.refine {
                if r.kind == kind
                    && self
                        .scan
                        .has_cue(cr.start, cr.end, |c| c == Cue::Topic(r.topic))
                {
                    kind = r.to_kind;
                    if r.mode.is_some() {
                        mode = r.mode.clone();
                    }
                    for c in &r.context {
                        if !context.contains(c) {
                            context.push(c.clone());
                        }
                    }
                    break;
                }
            }
            let type_name = TYPES[kind as usize];
            let roles = self.roles(i, ci, type_name, mode.as_deref());
            if roles.source.is_empty() {
                // An event needs someone who acts: "sanctions on Russia" in a headline is not one.
                continue;
            }
            let negated = self.negated(hit, &cr);
            let modality = self.modality(hit, ci);
            let info = self.tables.info(kind, mode.as_deref());
            let t = &self.scan.toks;
            let (o0, o1) = (t[hit.t0].orig_start, t[hit.t1 - 1].orig_end);
            let date = self.date(ci);
            let ev = EventRec {
                kind: type_name.to_string(),
                mode,
                context,
                score: info.map_or(0.0, |i| i.score),
                source: roles.source.iter().map(|s| s.to_string()).collect(),
                target: roles.target.iter().map(|s| s.to_string()).collect(),
                date,
                negated,
                modality: modality.as_str().to_string(),
                reported_by: reported_by.map(str::to_string),
                trigger: self.ctx.text[o0..o1].to_string(),
                actors: roles.who.iter().map(|s| s.to_string()).collect(),
                sentence: [self.ctx.range.start, self.ctx.range.end],
                text: self.ctx.text.to_string(),
            };
            merge(&mut out, ev);
        }
        out
    }

    fn clause_of(&self, t: usize) -> usize {
        self.clauses
            .iter()
            .position(|c| c.range.contains(&t))
            .unwrap_or(0)
    }

    /// A nominal trigger that is the object of a verb trigger ("signed a cooperation agreement") adds
    /// nothing: the verb's event is the event.
    fn absorbed(&self, i: usize, cr: &Range<usize>) -> bool {
        let lt = self.tables.lang(self.ctx.lang);
        let me = &self.scan.triggers[i];
        let trig = |h: &Hit| match lt.entries[h.entry as usize].role {
            Role::Trigger(t) => Some(&lt.triggers[t as usize]),
            Role::Cue(_) => None,
        };
        let no_actor_between =
            |a0: usize, a1: usize| !self.actors.iter().any(|a| a.t0 >= a0 && a.t1 <= a1);
        let object_of_verb = self.scan.triggers[..i].iter().rev().any(|h| {
            trig(h).is_some_and(|t| !t.noun) && h.t0 >= cr.start && no_actor_between(h.t1, me.t0)
        });
        // A topic noun next to the document or meeting it qualifies ("cooperation agreement",
        // اتفاقية تعاون, переговоры о сотрудничестве) belongs to that event.
        let head = |t: &data::Trigger| matches!(TYPES[t.kind as usize], "AGREE" | "CONSULT");
        let mine_is_head = trig(me).is_some_and(head);
        let qualifies = !mine_is_head
            && self.scan.triggers.iter().enumerate().any(|(j, h)| {
                j != i
                    && trig(h).is_some_and(head)
                    && cr.contains(&h.t0)
                    && if h.t0 < me.t0 {
                        me.t0 - h.t1 <= 2 && no_actor_between(h.t1, me.t0)
                    } else {
                        h.t0 - me.t1 <= 2 && no_actor_between(me.t1, h.t0)
                    }
            });
        object_of_verb || qualifies
    }

    /// Groups of actors inside `range`.
    fn groups(&self, range: &Range<usize>) -> Vec<Group> {
        let mut groups: Vec<Group> = Vec::new();
        for (ai, a) in self.actors.iter().enumerate() {
            if a.t0 < range.start || a.t1 > range.end {
                continue;
            }
            if let Some(g) = groups.last_mut() {
                if self.joined(g.t1, a) {
                    g.t1 = a.t1;
                    g.members.push(ai);
                    continue;
                }
            }
            groups.push(Group {
                t0: a.t0,
                t1: a.t1,
                members: vec![ai],
                prep: self.prep_before(a, range.start),
            });
        }
        groups
    }

    /// Whether actor `a` continues a group that ends at token `end`.
    fn joined(&self, end: usize, a: &Actor<'_>) -> bool {
        if a.t0 < end {
            return true;
        }
        let gap = end..a.t0;
        let mut saw_joiner = false;
        for t in gap.clone() {
            let s = self.scan.text(t);
            if is_comma(s) || s == "-" || s == "&" || s == "/" {
                saw_joiner = true;
                continue;
            }
            if self.scan.has_cue(t, t + 1, |c| matches!(c, Cue::And)) {
                saw_joiner = true;
                continue;
            }
            if self.scan.has_cue(t, t + 1, |c| c == Cue::Det) {
                continue;
            }
            return false;
        }
        if self.ctx.lang == Lang::Ar && gap.is_empty() {
            // روسيا وإيران: the و sits on the second mention's own token.
            let tok = &self.scan.toks[a.t0];
            return self.scan.norm.as_str()[tok.start..].starts_with('و')
                && self.ctx.text[tok.orig_start..].starts_with('و');
        }
        saw_joiner
    }

    /// The preposition governing an actor: the cue just before it (skipping articles), or an Arabic clitic.
    fn prep_before(&self, a: &Actor<'_>, floor: usize) -> Option<Cue> {
        if let Some(c) = a.clitic {
            return Some(c);
        }
        let mut t = a.t0;
        let mut skipped = 0;
        while t > floor {
            let prev = t - 1;
            let found = self
                .scan
                .cues
                .iter()
                .filter(|&&(_, c1, _)| c1 == t)
                .map(|&(_, _, c)| c)
                .find(|c| is_prep(*c));
            if found.is_some() {
                return found;
            }
            if skipped < 2 && self.scan.has_cue(prev, t, |c| c == Cue::Det) {
                skipped += 1;
                t = prev;
                continue;
            }
            break;
        }
        None
    }

    fn roles(&self, i: usize, ci: usize, type_name: &str, mode: Option<&str>) -> Roles<'a> {
        let hit = &self.scan.triggers[i];
        let cr = self.clauses[ci].range.clone();
        let groups = self.groups(&cr);
        // The trigger's window: from the previous trigger of its clause to the next one.
        let prev_t = self.scan.triggers[..i]
            .iter()
            .rev()
            .find(|h| h.t0 >= cr.start);
        let next_t = self.scan.triggers[i + 1..].iter().find(|h| h.t0 < cr.end);
        let lo = prev_t.map_or(cr.start, |h| h.t1);
        let hi = next_t.map_or(cr.end, |h| h.t0);

        let mut r = Roles::default();
        let mut partners: Vec<&Group> = Vec::new();
        let mut targets: Vec<&Group> = Vec::new();
        let mut agents: Vec<&Group> = Vec::new();
        let mut froms: Vec<&Group> = Vec::new();
        let mut locs: Vec<&Group> = Vec::new();
        let mut bare_after: Vec<&Group> = Vec::new();
        for g in &groups {
            let after = g.t0 >= hit.t1 && g.t1 <= hi;
            let before = g.t1 <= hit.t0 && g.t0 >= lo;
            if !after && !before {
                continue;
            }
            match g.prep {
                Some(Cue::With) | Some(Cue::Between) => partners.push(g),
                Some(Cue::To) | Some(Cue::Against) | Some(Cue::On) => targets.push(g),
                Some(Cue::By) => agents.push(g),
                Some(Cue::From) => froms.push(g),
                Some(Cue::In) => locs.push(g),
                _ if after => bare_after.push(g),
                _ => {}
            }
        }
        let subject = self.subject(i, &groups, &cr);
        let mut src: Vec<&Group> = Vec::new();
        let mut obj: Vec<&Group> = Vec::new();
        match subject {
            Some(s) => {
                src.push(s);
                obj.extend(bare_after.iter().filter(|g| g.t0 != s.t0));
            }
            None => obj.extend(bare_after.iter()),
        }
        if src.is_empty() {
            src.extend(agents.iter().copied());
        }
        // Only the first object group is the object; later bare groups belong to other phrases.
        obj.truncate(1);
        let symmetric = SYMMETRIC.contains(&type_name) && mode != Some("visit");
        let retreat = type_name == "RETREAT";
        if src.is_empty() && !retreat {
            src.append(&mut froms);
        }
        let push = |v: &mut Vec<&'a str>, who: &mut Vec<&'a str>, g: &Group| {
            for &m in &g.members {
                let a = &self.actors[m];
                for id in &a.ids {
                    if !v.contains(id) {
                        v.push(id);
                    }
                }
                if let Some(w) = a.who {
                    if !who.contains(&w) {
                        who.push(w);
                    }
                }
            }
        };
        for g in &src {
            push(&mut r.source, &mut r.who, g);
        }
        for g in &partners {
            if symmetric {
                push(&mut r.source, &mut r.who, g);
            } else {
                push(&mut r.target, &mut r.who, g);
            }
        }
        for g in targets.iter().chain(obj.iter()) {
            push(&mut r.target, &mut r.who, g);
        }
        if retreat {
            for g in &froms {
                push(&mut r.target, &mut r.who, g);
            }
        }
        let loc_is_target = mode == Some("visit") || matches!(type_name, "MOBILIZE" | "ASSAULT");
        if loc_is_target && r.target.is_empty() {
            for g in &locs {
                push(&mut r.target, &mut r.who, g);
            }
        }
        if symmetric && !partners.is_empty() {
            // "Russia signed a deal with Iran": the parties are listed together, no direction.
            let t = std::mem::take(&mut r.target);
            for id in t {
                if !r.source.contains(&id) {
                    r.source.push(id);
                }
            }
        }
        let src_ids = r.source.clone();
        r.target.retain(|t| !src_ids.contains(t));
        r
    }

    /// The subject group of trigger `i`: before the verb in English and Russian; after it in Arabic (the
    /// verb-first order), else before it; else the subject of the trigger it is coordinated with.
    fn subject<'g>(&self, i: usize, groups: &'g [Group], cr: &Range<usize>) -> Option<&'g Group> {
        let hit = &self.scan.triggers[i];
        let prev_t = self.scan.triggers[..i]
            .iter()
            .rev()
            .find(|h| h.t0 >= cr.start);
        let next_t = self.scan.triggers[i + 1..].iter().find(|h| h.t0 < cr.end);
        let lo = prev_t.map_or(cr.start, |h| h.t1);
        let hi = next_t.map_or(cr.end, |h| h.t0);
        let bare = |g: &&Group| g.prep.is_none();
        let before = groups
            .iter()
            .filter(|g| g.t1 <= hit.t0 && g.t0 >= lo)
            .rfind(bare);
        if self.ctx.lang == Lang::Ar {
            let after = groups
                .iter()
                .filter(|g| g.t0 >= hit.t1 && g.t1 <= hi)
                .find(bare);
            // Verb-first: the first bare group after the verb is its subject (وقعت روسيا …), unless a
            // subject already stands before it (روسيا وقعت …).
            if let Some(b) = before {
                return Some(b);
            }
            if let Some(a) = after {
                if self.ar_subject_adjacent(hit, a) {
                    return Some(a);
                }
            }
        } else if let Some(b) = before {
            return Some(b);
        }
        match prev_t {
            Some(p) => {
                let pi = self
                    .scan
                    .triggers
                    .iter()
                    .position(|h| h.t0 == p.t0)
                    .unwrap_or(i);
                if pi < i {
                    self.subject(pi, groups, cr)
                } else {
                    None
                }
            }
            None => None,
        }
    }

    /// In Arabic, the subject follows the verb closely (a word or two: وقعت أمس روسيا), the object further.
    fn ar_subject_adjacent(&self, hit: &Hit, g: &Group) -> bool {
        g.t0 >= hit.t1 && g.t0 - hit.t1 <= 3
    }

    fn negated(&self, hit: &Hit, cr: &Range<usize>) -> bool {
        let lo = hit.t0.saturating_sub(3).max(cr.start);
        if self.scan.has_cue(lo, hit.t0, |c| c == Cue::Neg) {
            return true;
        }
        // A refusing verb earlier in the clause ("refused to sign", رفضت التوقيع).
        self.scan
            .cues
            .iter()
            .any(|&(c0, c1, c)| c == Cue::NegVerb && c0 >= cr.start && c1 <= hit.t0)
    }

    fn modality(&self, hit: &Hit, ci: usize) -> Modality {
        let mut m = Modality::Asserted;
        if hit.future {
            m = Modality::Expected;
        }
        // The clause, and the clauses before it that it hangs from through complementisers.
        let mut k = ci;
        loop {
            let c = &self.clauses[k];
            let end = if k == ci { hit.t0 } else { c.range.end };
            for &(c0, _, cue) in &self.scan.cues {
                if c0 < c.range.start || c0 >= end {
                    continue;
                }
                let found = match cue {
                    Cue::Expected => Modality::Expected,
                    Cue::Proposed => Modality::Proposed,
                    Cue::Hypothetical => Modality::Hypothetical,
                    Cue::Denied => Modality::Denied,
                    _ => continue,
                };
                m = m.max(found);
            }
            if k == 0 || c.opened_by != Some(Boundary::Comp) {
                break;
            }
            k -= 1;
        }
        // A denial after the event, in a later clause with no trigger of its own ("…, which both denied").
        for later in &self.clauses[ci + 1..] {
            let has_trigger = self
                .scan
                .triggers
                .iter()
                .any(|h| later.range.contains(&h.t0));
            if has_trigger {
                break;
            }
            if self
                .scan
                .has_cue(later.range.start, later.range.end, |c| c == Cue::Denied)
            {
                m = m.max(Modality::Denied);
            }
        }
        m
    }

    /// The quoted speaker: the person (else the actor) next to a reporting verb.
    fn reported_by(&self) -> Option<&'a str> {
        let (r0, r1) = self
            .scan
            .cues
            .iter()
            .find(|c| c.2 == Cue::Report)
            .map(|c| (c.0, c.1))?;
        let near =
            |a: &&Actor<'a>| (a.t1 <= r0 && r0 - a.t1 <= 2) || (a.t0 >= r1 && a.t0 - r1 <= 2);
        let cand = self
            .actors
            .iter()
            .filter(near)
            .min_by_key(|a| if a.person { 0 } else { 1 })?;
        cand.who.or_else(|| cand.ids.first().copied())
    }

    /// The date of the clause, else of a clause without any trigger, else the document's.
    fn date(&self, ci: usize) -> Option<String> {
        let toks = &self.scan.toks;
        let tok_of = |d: &DateHit| {
            let off = d.start.saturating_sub(self.ctx.range.start);
            self.scan.tok_at(off).min(toks.len().saturating_sub(1))
        };
        let in_range = |r: &Range<usize>| {
            self.dates
                .iter()
                .find(|d| d.start >= self.ctx.range.start && r.contains(&tok_of(d)))
        };
        if let Some(d) = in_range(&self.clauses[ci].range) {
            return Some(d.iso.clone());
        }
        for c in self.clauses {
            let has_trigger = self.scan.triggers.iter().any(|h| c.range.contains(&h.t0));
            if !has_trigger {
                if let Some(d) = in_range(&c.range) {
                    return Some(d.iso.clone());
                }
            }
        }
        self.ctx.doc_date.map(str::to_string)
    }
}

fn is_prep(c: Cue) -> bool {
    matches!(
        c,
        Cue::With | Cue::To | Cue::Against | Cue::On | Cue::From | Cue::Between | Cue::By | Cue::In
    )
}

/// Adds `ev` unless the sentence already has the same event (same type, parties, polarity and modality):
/// "signed an agreement" is one AGREE, not two.
fn merge(out: &mut Vec<EventRec>, ev: EventRec) {
    let key = |e: &EventRec| {
        let mut s = e.source.clone();
        s.sort();
        let mut t = e.target.clone();
        t.sort();
        (e.kind.clone(), s, t, e.negated, e.modality.clone())
    };
    let k = key(&ev);
    if let Some(prev) = out.iter_mut().find(|e| key(e) == k) {
        if prev.mode.is_none() {
            prev.mode = ev.mode;
        }
        for c in ev.context {
            if !prev.context.contains(&c) {
                prev.context.push(c);
            }
        }
        for a in ev.actors {
            if !prev.actors.contains(&a) {
                prev.actors.push(a);
            }
        }
        return;
    }
    out.push(ev);
}

/// The CAMEO code and PLOVER quad class of an event type and mode, for `--format cameo`.
pub fn cameo_code(kind: &str, mode: Option<&str>) -> Option<(&'static str, &'static str)> {
    let tables = Tables::embedded();
    let k = type_index(kind)?;
    tables
        .info(k, mode)
        .map(|i| (i.cameo.as_str(), i.quad.as_str()))
}
