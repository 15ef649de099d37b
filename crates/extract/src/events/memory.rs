//! What the coder carries from one sentence to the next: the actors named last ("the two countries",
//! "the bloc", "he"), the lead of the last sentence, and the parties of recent events and deeds
//! ("the move", "the two sides"). `code` writes the event parts after each sentence; `Memory::update`
//! the mentions.

use std::cell::RefCell;

use blocwatch_lexicon::Kind;
use smallvec::SmallVec;

use super::actors::actor_ids;
use crate::context::SentenceCtx;

/// What the coder remembers of the sentences before the current one, for "the two countries",
/// "the bloc" and "he".
#[derive(Debug, Default)]
pub(crate) struct Memory {
    /// Most recent last.
    pub(super) recent: Vec<Recent>,
    /// The first actors of the last sentence that named any (in news English, its subject): whom "the
    /// move" or "the decision" of the next sentence points back to.
    pub(super) lead: Vec<String>,
    /// The number of the sentence (`sentences` as `update` counted it) that set `lead`: a subject left out
    /// or named by a pronoun continues the lead only of a sentence close before (`Memory::lead_is_recent`).
    pub(super) lead_at: usize,
    /// The parties of the last agreement coded with two sides or more: whom a later promise or
    /// ratification by one of them is given to ("Dushanbe ratified the agreement a year later").
    /// (Set by `code`, which sees the events; `update` sees only the mentions.)
    pub(super) agreement: RefCell<Vec<String>>,
    /// The doers of the latest deed (not a word: no accusation, protest, demand, threat or praise) coded in
    /// the sentences before, with the number of the sentence it was coded in: whom "the move" or "the
    /// decision" of a later reaction points back to when the sentence in between only reacted or told
    /// something else ("Mercosur suspended Paraguay. … Venezuela joined the bloc. Asuncion called the
    /// move illegal").
    pub(super) deed: RefCell<(Vec<String>, usize)>,
    /// Where the last [`NAMED_ACT_REACH`] sentences begin (byte offsets, oldest first): which of the
    /// chunk's earlier events a reaction may still point back to (`Coder::aim_at_act_of_kind`; the others
    /// look back [`DEED_REACH`], `Memory::since`).
    pub(super) starts: [usize; NAMED_ACT_REACH],
    /// How many sentences `update` has seen.
    pub(super) sentences: usize,
    /// Source and target of the last events coded with two parties or more, most recent last: who "the
    /// two sides" of a later sentence are when that sentence names fewer states than the phrase counts.
    pub(super) parties: RefCell<Vec<(Vec<String>, Vec<String>)>>,
    /// The lead ([`lead_of`]) of each of the last two sentences that told a proposal or a demand (a
    /// `proposed` cue or a `REQUEST` trigger: "Putin proposed …", "the SCO called on …"), with the number of
    /// the sentence (`sentences` before `update` counted it), oldest first: whom "the proposal", «предложение»,
    /// "المبادرة" refused in a later sentence was made by (`Coder::refused_proposer`). Set by `code`, which
    /// sees the scan, through `proposal_told`; written by `update`, which finds the sentence's lead anyway.
    pub(super) proposals: RefCell<Vec<(Vec<String>, usize)>>,
    /// The sentence being coded tells a proposal or a demand (`note_proposal`): `update` remembers its
    /// lead in `proposals`.
    proposal_told: std::cell::Cell<bool>,
}

/// How many coded events `Memory::parties` keeps.
pub(super) const PARTIES_KEPT: usize = 4;

/// The types a later "the move" or "the decision" does not name: words said about an act, not the act.
pub(super) const WORD_TYPES: [&str; 5] = ["ACCUSE", "PROTEST", "REQUEST", "THREATEN", "SUPPORT"];

/// How many sentences back a remembered deed may be what "the move" of a reaction names.
pub(super) const DEED_REACH: usize = 2;
/// How many sentences back the act a reaction's object names may be, by its own noun ("condemned the
/// attack": the latest `ASSAULT`) or as "the move": a story often tells the act, then one or two
/// answers to it, before the next reaction (session 24: reaching three back instead of two moved one
/// devx item right and none wrong). The carried subject and the answers keep [`DEED_REACH`].
pub(super) const NAMED_ACT_REACH: usize = 3;

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Recent {
    /// A state, collective or bloc id (for a person: their state).
    pub(super) id: String,
    pub(super) bloc: bool,
    pub(super) person: bool,
}

const MEMORY: usize = 8;

impl Memory {
    /// Where the sentence `reach` back from the current one begins (`reach` at most
    /// [`NAMED_ACT_REACH`]).
    pub(super) fn since(&self, reach: usize) -> usize {
        self.starts[NAMED_ACT_REACH - reach]
    }

    pub(crate) fn update(&mut self, ctx: &SentenceCtx<'_>) {
        self.sentences += 1;
        self.starts.rotate_left(1);
        self.starts[NAMED_ACT_REACH - 1] = ctx.range.start;
        for m in ctx.mentions {
            let Some((id, who)) = actor_ids(m) else {
                continue;
            };
            // ("Soviet weapons", «советское оружие», "أسلحة سوفيتية" in a document written after the state
            // ceased: no actor of its sentence, `actors::actors`, nor one "the two sides" or "it" of a later
            // sentence may stand for.)
            if ended_adjective(ctx, m) || seat_as_venue(ctx, m) {
                continue;
            }
            // (The mention's kind is its entity's: no lookup in the lexicon.)
            let bloc = m.kind == Kind::Bloc;
            let person = m.kind == Kind::Person && who.is_some();
            // An actor named again moves to the end, string and all (`recent` holds no duplicates).
            // (Ids are codes of a few letters: compared in place, not by a `memcmp` call per entry.)
            let same = |x: &Recent| {
                x.bloc == bloc
                    && x.person == person
                    && x.id.len() == id.len()
                    && x.id.bytes().zip(id.bytes()).all(|(a, b)| a == b)
            };
            let r = match self.recent.iter().position(same) {
                Some(k) => self.recent.remove(k),
                // Full: the least recently named leaves now rather than at the end of the sentence
                // (the same eight are kept, in the same order) and lends its string to the new one.
                None if self.recent.len() >= MEMORY => {
                    let mut r = self.recent.remove(0);
                    r.id.clear();
                    r.id.push_str(id);
                    r.bloc = bloc;
                    r.person = person;
                    r
                }
                None => Recent {
                    id: id.to_string(),
                    bloc,
                    person,
                },
            };
            self.recent.push(r);
        }
        if self.recent.len() > MEMORY {
            let cut = self.recent.len() - MEMORY;
            self.recent.drain(..cut);
        }
        let lead = lead_of(ctx);
        if std::mem::take(self.proposal_told.get_mut()) && !lead.is_empty() {
            // (Numbered as `code` saw it: before this update counted the sentence.)
            let p = self.proposals.get_mut();
            if p.len() >= 2 {
                p.remove(0);
            }
            p.push((
                lead.iter().map(|id| id.to_string()).collect(),
                self.sentences - 1,
            ));
        }
        if !lead.is_empty() {
            self.lead_at = self.sentences;
            // (Into the strings of the last lead: a sentence names one, and allocating it anew cost more
            // than the rest of this update.)
            self.lead.truncate(lead.len());
            for (k, id) in lead.iter().enumerate() {
                match self.lead.get_mut(k) {
                    Some(s) => {
                        s.clear();
                        s.push_str(id);
                    }
                    None => self.lead.push(id.to_string()),
                }
            }
        }
    }

    /// The lead of the latest sentence before the current one, at most [`NAMED_ACT_REACH`] back, that
    /// told a proposal or a demand (`proposals`): empty when there is none.
    pub(super) fn proposer(&self) -> Vec<String> {
        let now = self.sentences;
        self.proposals
            .borrow()
            .iter()
            .rev()
            .find(|(_, at)| *at < now && now - at <= NAMED_ACT_REACH)
            .map(|(ids, _)| ids.clone())
            .unwrap_or_default()
    }

    /// Marks the current sentence as one that tells a proposal or a demand: `update` remembers its lead
    /// in `proposals`, where the last two such sentences are kept.
    pub(super) fn note_proposal(&self) {
        self.proposal_told.set(true);
    }

    /// Whether `lead` was set by one of the last [`DEED_REACH`] sentences before the one being coded (the
    /// one between named no actor: "Pakistan closed its border crossings. It cited clashes. It reopened
    /// them a week later").
    pub(super) fn lead_is_recent(&self) -> bool {
        !self.lead.is_empty() && self.sentences < self.lead_at + DEED_REACH
    }

    pub(super) fn is_empty(&self) -> bool {
        self.recent.is_empty()
    }
}

/// The first actors of sentence `ctx` (in news English, its subject): the first mention's ids and those
/// joined to it by "and" or a comma ("Lithuania and Poland expelled …" lead together).
pub(super) fn lead_of<'c>(ctx: &SentenceCtx<'c>) -> SmallVec<[&'c str; 4]> {
    let mut lead: SmallVec<[&'c str; 4]> = SmallVec::new();
    let mut last_end: Option<usize> = None;
    let mut last_id: Option<&str> = None;
    for m in ctx.mentions {
        let Some((id, _)) = actor_ids(m) else {
            continue;
        };
        if seat_as_venue(ctx, m) {
            continue;
        }
        if let Some(e) = last_end {
            let gap = ctx
                .text
                .get(e.saturating_sub(ctx.range.start)..m.start.saturating_sub(ctx.range.start))
                .unwrap_or("");
            // (Arabic glues its "and" to the name: روسيا وإيران leaves " و" between them.)
            // (Russian "и": «Лидеры США, Японии и Южной Кореи» lead together.)
            // (Nothing between two names joins only the same state — "Russian President Vladimir
            // Putin"; two states side by side are a verb's subject and object in Arabic word order:
            // اجتاحت القوات الأمريكية بنما, التقى ولي العهد السعودي ترامب.)
            let gap = gap.trim();
            if !matches!(gap, "and" | "," | "" | "و" | "،" | "и")
                || (gap.is_empty() && last_id != Some(id))
            {
                break;
            }
        }
        if !lead.contains(&id) {
            lead.push(id);
        }
        last_end = Some(m.end);
        last_id = Some(id);
    }
    lead
}

/// Whether mention `m` is the adjective of a state that had ceased to be by the document's date ("Soviet-era
/// debt" in 2013): it qualifies a legacy and names no actor (`Lexicon::ended_before`).
pub(super) fn ended_adjective(ctx: &SentenceCtx<'_>, m: &crate::context::SentMention<'_>) -> bool {
    m.form == blocwatch_lexicon::Form::Adjective
        && ctx
            .doc_date
            .is_some_and(|d| ctx.lexicon.ended_before(m.entity, d))
}

/// Whether mention `m` is a bloc named by its seat (`Brussels`, «Брюсселе», بروكسل: a `capital` form of a
/// bloc) after a place preposition ("in", "at", «в», «во», في, or an Arabic ب glued to it): the place where
/// something happened, not the bloc acting or acted on. A bloc is a party under its own name; its seat in
/// a place phrase names the venue of ministers, envoys or reporters ("NATO ministers signed the protocol
/// in Brussels", «сказал журналистам в Брюсселе», "وافق الحلف في بروكسل"), so it is no actor of its
/// sentence and no antecedent of a later "the alliance", «альянс», الحلف. (A state's capital after "in" stays
/// an actor: placed states are true parties far more often than not, session 44.)
pub(super) fn seat_as_venue(ctx: &SentenceCtx<'_>, m: &crate::context::SentMention<'_>) -> bool {
    if m.kind != Kind::Bloc || m.form != blocwatch_lexicon::Form::Capital {
        return false;
    }
    let before = ctx.doc_text.get(..m.start).unwrap_or("");
    // (An Arabic preposition glued to the name: ببروكسل, وببروكسل.)
    let glued = before
        .rsplit(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        .next()
        .unwrap_or("");
    if ctx.lang == blocwatch_text::Lang::Ar && glued.ends_with('ب') {
        return true;
    }
    if !glued.is_empty() {
        return false;
    }
    let word = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    matches!(
        word,
        "in" | "In" | "at" | "At" | "в" | "В" | "во" | "Во" | "في" | "وفي"
    )
}
