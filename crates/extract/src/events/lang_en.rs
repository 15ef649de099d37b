//! English-specific rules of the coder: coordinated finite verbs, -ing adjuncts, bare reactions, warnings
//! that are threats, occasions that open the sentence, and naming verbs of criticism.

use std::ops::Range;

use blocwatch_text::Lang;

use super::actors::Actor;
use super::clauses::{is_comma, is_hard_punct, Boundary};
use super::data::{Cue, Trigger, WordList, TYPES};
use super::roles::push_distinct;
use super::scan::Hit;
use super::{Coder, Group, Ids, Live};

/// Whether `w` names the ties between states ("relations with Tehran", "ties between the two countries"):
/// what a verb of naming may praise besides a state or its leader (Session-54 ruling (a)).
fn is_ties_word(w: &str) -> bool {
    matches!(
        w,
        "relations" | "ties" | "relationship" | "partnership" | "friendship"
    )
}

/// What the name a verb of naming gives says (`Coder::en_naming_reading`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum NameReading {
    /// A condemning name: an accusation ("called the move a provocation").
    Condemns,
    /// A praising name for a state, its leader or its ties: support ("called China a reliable partner").
    Praises,
    /// Any other name, or none: no event ("called the visit a milestone", "called a snap election").
    Neutral,
}

impl<'a> Coder<'_, 'a> {
    /// The act noun that is the object of English reaction `hit`, right after it or in its gap: a
    /// determiner, at most one word more, then a noun trigger of the lexicon (a nominalisation or a
    /// document: "condemned the invasion", "welcomed the agreement", "criticised this pact") or an
    /// `en_act_noun` ("the move"), with no actor among them. "The" may also stand one word further on
    /// ("rejected outright the move"), and then only an `en_act_adjective` may come between it and the
    /// noun ("rejected outright the latest move"; not "in retaliation for what US agencies called
    /// interference in the presidential election"). Its token.
    pub(super) fn en_act_object(&self, hit: &Hit) -> Option<usize> {
        if self.ctx.lang != Lang::En {
            return None;
        }
        let n = self.scan.toks.len();
        let words = &self.tables.words;
        (hit.t0 + 1..=hit.t1 + 1).filter(|&d| d < n).find_map(|d| {
            let past = d > hit.t1;
            let det = self.scan.text(d);
            if !(det == "the"
                || (!past
                    && matches!(
                        det,
                        "this" | "that" | "these" | "those" | "its" | "their" | "his" | "her"
                    )))
            {
                return None;
            }
            (d + 1..(d + 3).min(n))
                .take_while(|&k| {
                    self.scan.toks[k].word
                        && !self.actors.iter().any(|a| a.t0 <= k && k < a.t1)
                        && (!past
                            || k == d + 1
                            || words.has(WordList::EnActAdjective, self.scan.text(d + 1)))
                })
                .find(|&k| {
                    self.act_noun_kind(k, true).is_some()
                        || words.has(WordList::EnActNoun, self.scan.text(k))
                })
        })
    }

    /// The act noun of the subject of an English passive reaction ("The decision was condemned by the
    /// Kremlin", "The move was swiftly criticised by Moscow as unfriendly"): the passive's subject is what
    /// the active verb's object would be ([`Coder::en_act_object`]), an act told before. A determiner, at
    /// most two words, the auxiliary ("was", "were", "has been") and at most one adverb before the
    /// participle `hit`, no actor among them. The noun's token.
    /// (Russian the same: «Это решение было осуждено Кремлём», «Высылка дипломатов была названа …»: an
    /// act noun at most four words before a short passive participle, no actor nor punctuation between.)
    pub(super) fn passive_act_subject(&self, hit: &Hit) -> Option<usize> {
        if self.ctx.lang == Lang::Ru && self.ru_short_participle(hit) {
            return (hit.t0.saturating_sub(4)..hit.t0).rev().find(|&k| {
                self.ru_act_noun(k)
                    && (k..hit.t0).all(|t| self.scan.toks[t].word)
                    && !self.actors.iter().any(|a| a.t0 >= k && a.t0 < hit.t0)
            });
        }
        if self.ctx.lang != Lang::En || !self.passive(hit) {
            return None;
        }
        let words = &self.tables.words;
        let mut aux = hit.t0.checked_sub(1)?;
        if self.scan.text(aux).ends_with("ly") && aux > 0 {
            aux -= 1;
        }
        if !matches!(self.scan.text(aux), "was" | "were" | "been" | "is" | "are") {
            return None;
        }
        if self.scan.text(aux) == "been" && aux > 0 {
            aux -= 1;
        }
        let d = (aux.saturating_sub(4)..aux).rev().find(|&d| {
            matches!(
                self.scan.text(d),
                "the" | "this" | "that" | "these" | "those"
            )
        })?;
        if self.actors.iter().any(|a| a.t0 < hit.t0 && a.t1 > d) {
            return None;
        }
        (d + 1..aux).find(|&k| {
            self.scan.toks[k].word
                && (self.act_noun_kind(k, true).is_some()
                    || words.has(WordList::EnActNoun, self.scan.text(k)))
        })
    }

    /// The actor that is the subject of an English passive verb of giving whose object holds noun trigger
    /// `hit` ("Hungary was offered a loan", "Ukraine was promised new weapons", "Cuba was granted a
    /// credit"): the verb (`en_giving_participle`) at most three words before the noun, "was", "were" or "been" right before it,
    /// and an actor (no adjective) right before that. The actor's index.
    pub(super) fn en_passive_recipient(&self, hit: &Hit) -> Option<usize> {
        let words = &self.tables.words;
        let v = (hit.t0.saturating_sub(4)..hit.t0)
            .find(|&t| words.has(WordList::EnGivingParticiple, self.scan.text(t)))?;
        if v < 2
            || !matches!(self.scan.text(v - 1), "was" | "were" | "been")
            || !(v + 1..hit.t0).all(|t| self.scan.toks[t].word)
        {
            return None;
        }
        let aux = if self.scan.text(v - 1) == "been" && v >= 3 {
            v - 2
        } else {
            v - 1
        };
        self.actors
            .iter()
            .position(|a| a.t1 == aux && !a.adjective && !a.ids.is_empty())
    }

    /// The noun that names the other side of a meeting by its role there, as the object of English verb
    /// `hit` (`en_meeting_party`: "thanked his host", "praised the visitors"): a determiner right after
    /// the verb, at most one plain word more, then the noun, with no actor among them nor right after it
    /// (a name in apposition, "thanked his host, Xi Jinping", is found as it stands). The noun's token.
    pub(super) fn en_meeting_party(&self, hit: &Hit) -> Option<usize> {
        let n = self.scan.toks.len();
        let d = hit.t1;
        if d >= n
            || !matches!(
                self.scan.text(d),
                "the" | "his" | "her" | "their" | "its" | "our"
            )
        {
            return None;
        }
        let is_actor = |t: usize| self.actors.iter().any(|a| a.t0 <= t && t < a.t1);
        (d + 1..(d + 3).min(n))
            .take_while(|&k| self.scan.toks[k].word && !is_actor(k))
            .find(|&k| {
                self.tables
                    .words
                    .has(WordList::EnMeetingParty, self.scan.text(k))
            })
            .filter(|&k| {
                let apposed = |t: usize| t < n && is_actor(t);
                !(apposed(k + 1) || (apposed(k + 2) && is_comma(self.scan.text(k + 1))))
            })
    }

    /// Whether the object of English verb `hit` is something of a third party's: "its" or "their" in the
    /// trigger's gap or the three words after it, with no actor before it ("expelled two of its
    /// diplomats", "arrested their crews", "closed its consulate").
    pub(super) fn en_possessed_object(&self, hit: &Hit) -> bool {
        let n = self.scan.toks.len();
        (hit.t0 + 1..(hit.t1 + 3).min(n))
            .take_while(|&t| {
                self.scan.toks[t].word && !self.actors.iter().any(|a| a.t0 <= t && t < a.t1)
            })
            .any(|t| matches!(self.scan.text(t), "its" | "their"))
    }

    /// Where an English "during"/"on" phrase opens whose noun is at `t` ("during a visit", "on his first
    /// official trip"): up to four plain words between, no actor, no punctuation.
    pub(super) fn en_occasion_start(&self, t: usize) -> Option<usize> {
        (t.saturating_sub(5)..t).rev().find(|&k| {
            matches!(self.scan.text(k), "during" | "on")
                && (k + 1..t).all(|u| self.scan.toks[u].word || matches!(self.scan.text(u), "-"))
                && !self.actors.iter().any(|a| a.t0 > k && a.t0 < t)
        })
    }

    /// Whether a particle or preposition, not an object, follows English verb `h` ("called for", "called
    /// on", "called off"), or nothing does.
    fn en_particle_after(&self, h: &Hit) -> bool {
        h.t1 >= self.scan.toks.len()
            || matches!(
                self.scan.text(h.t1),
                "on" | "upon"
                    | "for"
                    | "off"
                    | "in"
                    | "up"
                    | "out"
                    | "back"
                    | "to"
                    | "by"
                    | "at"
                    | "from"
                    | "after"
            )
    }

    /// For a bare English verb of calling at `h` (`en_call_verb`) that names nothing: whether it is a
    /// telephone call — its object a leader ("called Erdogan", "called President Erdogan", "called his
    /// Indian counterpart", "called the Russian president": persons, or a state adjective with a title of
    /// `en_title_after_demonym`, after at most one determiner; no state or other noun), and right after the
    /// object a word that ends it (`en_call_object_end`: "on Tuesday", "late on Friday", "to congratulate
    /// him", "after the vote"; "the" only before one of them, "the same evening"; "to" not before a
    /// determiner, "called Putin to the table") or the end of the clause. "called Putin a war criminal",
    /// "called Putin's remarks …", "called Russia on …" are no call.
    pub(super) fn en_call_by_phone(&self, h: &Hit) -> bool {
        let words = &self.tables.words;
        if !words.has(WordList::EnCallVerb, self.scan.text(h.t0)) {
            return false;
        }
        let n = self.scan.toks.len();
        let mut t = h.t1;
        if t < n && words.has(WordList::EnDefiniteDeterminer, self.scan.text(t)) {
            t += 1;
        }
        let (mut person, mut adjective, mut title) = (false, false, false);
        while t < n {
            if let Some(a) = self.actors.iter().find(|a| a.t0 == t) {
                if !a.person && !a.adjective {
                    return false;
                }
                person |= a.person;
                adjective |= a.adjective;
                t = a.t1;
            } else if self.scan.toks[t].word
                && words.has(WordList::EnTitleAfterDemonym, self.scan.text(t))
            {
                title = true;
                t += 1;
            } else {
                break;
            }
        }
        if !(person || (adjective && title)) {
            return false;
        }
        if t >= n {
            return true;
        }
        let w = self.scan.text(t);
        if !self.scan.toks[t].word {
            return is_comma(w) || is_hard_punct(w);
        }
        let next = (t + 1 < n).then(|| self.scan.text(t + 1));
        match w {
            "the" => next.is_some_and(|x| words.has(WordList::EnCallObjectEnd, x)),
            "to" => next.is_some_and(|x| {
                self.scan.toks[t + 1].word
                    && !words.has(WordList::EnDefiniteDeterminer, x)
                    && !matches!(x, "a" | "an")
            }),
            _ => words.has(WordList::EnCallObjectEnd, w),
        }
    }

    /// For a bare English verb of naming at `h`, what the name it gives says (Session-54 ruling (a)): an
    /// object of up to eleven words and a name after "a"/"an" (or "as a") follow it, and the name condemns
    /// (`en_condemning_name`, `en_condemning_word` after the article or "as"; the former also with no
    /// article: "called the coast guard's use of water cannon dangerous", "calling the incursion into its
    /// waters unacceptable", which the `called … unacceptable` rows reach only over four words) — an
    /// accusation; or it praises (`en_party_praise`: "a reliable partner", "a brother nation", "relations
    /// … excellent") and what is named is a state, its leader or its ties (`en_names_party`) — support;
    /// any other name ("a bridge", "an internal matter", "a milestone" for a visit) is no event.
    pub(super) fn en_naming_reading(&self, h: &Hit) -> NameReading {
        let n = self.scan.toks.len();
        let words_has = |list: WordList, t: usize| self.tables.words.has(list, self.scan.text(t));
        let mut t = h.t1;
        let mut object_ended = false;
        let mut ties = false;
        let mut words = 0;
        // ("one of": "termed Japan one of its closest friends".)
        let one_of =
            |t: usize| self.scan.text(t) == "one" && t + 1 < n && self.scan.text(t + 1) == "of";
        while t < n && words < 12 && !matches!(self.scan.text(t), "a" | "an" | "as") && !one_of(t) {
            let s = self.scan.text(t);
            // (A name in quotes is the name: 'called the expansion "a serious mistake"', 'called the
            // restrictions "unacceptable"'.)
            if !self.scan.toks[t].word && !matches!(s, "'" | "’" | "-" | "\"" | "“" | "”" | "«")
            {
                return NameReading::Neutral;
            }
            words += usize::from(self.scan.toks[t].word);
            // (Not past a word that ends the object: "called Erdogan on Tuesday to discuss the dangerous
            // escalation" is a phone call.)
            if t > h.t1 && !object_ended && words_has(WordList::EnCondemningName, t) {
                return if matches!(
                    self.scan.text(h.t1),
                    "on" | "upon" | "for" | "off" | "in" | "up"
                ) {
                    NameReading::Neutral
                } else {
                    NameReading::Condemns
                };
            }
            // ("called relations with Cairo excellent": the praising word with no article after ties; not
            // after a state or a leader, "called his close friend Erdogan on Monday" is a phone call.)
            ties |= is_ties_word(s);
            if ties && words_has(WordList::EnPartyPraise, t) && self.en_names_party(h, t) {
                return NameReading::Praises;
            }
            object_ended |= matches!(
                s,
                "to" | "on"
                    | "about"
                    | "that"
                    | "and"
                    | "but"
                    | "while"
                    | "when"
                    | "after"
                    | "before"
                    | "because"
                    | "amid"
                    | "during"
                    | "for"
                    | "with"
                    | "over"
                    | "at"
            );
            t += 1;
        }
        let object_end = t;
        if t == h.t1 || t >= n || self.en_particle_after(h) {
            return NameReading::Neutral;
        }
        let mut after_as = false;
        if self.scan.text(t) == "as" {
            t += 1;
            after_as = true;
            // "described the decision as disproportionate"
            if t < n
                && (words_has(WordList::EnCondemningName, t)
                    || words_has(WordList::EnCondemningWord, t))
            {
                return NameReading::Condemns;
            }
            // "described relations with Laos as excellent"
            if t < n && words_has(WordList::EnPartyPraise, t) && self.en_names_party(h, object_end)
            {
                return NameReading::Praises;
            }
        }
        // The name starts after "a"/"an", "one of", or "the" right after "as" ("described ties as the best
        // in years"); a name after "one of" may take a possessive first ("one of his country's closest
        // friends").
        let (start, reach) = match (t < n).then(|| self.scan.text(t)) {
            Some("a" | "an") => (t + 1, 3),
            Some("the") if after_as => (t + 1, 3),
            Some("one") if one_of(t) => (t + 2, 5),
            _ => return NameReading::Neutral,
        };
        // The name: its first words, a hyphen or an apostrophe within it ("a neo-colonial institution").
        let name = |len: usize| {
            (start..n)
                .take_while(|&t| {
                    self.scan.toks[t].word || matches!(self.scan.text(t), "-" | "'" | "’")
                })
                .filter(|&t| self.scan.toks[t].word)
                .take(len)
        };
        let has = |len: usize, list: WordList| name(len).any(|t| words_has(list, t));
        let condemns = |len: usize| {
            has(len, WordList::EnCondemningName) || has(len, WordList::EnCondemningWord)
        };
        // (A condemning word of the name wins over a praising one: "called the accession a historic
        // mistake". The nouns of `en_condemning_word` count in the name only: "called the attack a
        // tragedy" names an attack, "called the strike an attack on sovereignty" condemns. A name with no
        // praise in its first three words may condemn further on: "an act of open aggression", "a step in
        // the wrong direction"; "a partner in the war on terror" praises.)
        let praises = has(reach, WordList::EnPartyPraise);
        if condemns(3) || (!praises && condemns(5)) {
            NameReading::Condemns
        } else if praises && self.en_names_party(h, object_end) {
            NameReading::Praises
        } else {
            NameReading::Neutral
        }
    }

    /// Whether what the verb of naming at `h` names, the words from it to `end`, is a state, its leader or
    /// its ties: an actor and words of `en_party_object_word` only ("China", "the Egyptian president",
    /// "relations with Tehran", "ties between the two countries"). An act of a state ("Turkey's
    /// drilling", "the visit") is not, nor a relative pronoun ("talks with Castro, which the television
    /// described as friendly" name the talks).
    pub(super) fn en_names_party(&self, h: &Hit, end: usize) -> bool {
        // (Not a pronoun read as an actor: "called it a model for the rest of Asia" may name a policy.)
        let is_actor = |t: usize| {
            self.actors.iter().any(|a| a.t0 <= t && t < a.t1)
                && !matches!(self.scan.text(t), "it" | "they" | "them" | "this" | "that")
        };
        let mut named = false;
        for t in h.t1..end {
            if is_actor(t) {
                named = true;
            } else if self.scan.toks[t].word {
                let w = self.scan.text(t);
                if !self.tables.words.has(WordList::EnPartyObjectWord, w) {
                    return false;
                }
                named |= is_ties_word(w);
            }
        }
        named
    }

    /// The verb an English "to"-infinitive at `hit` hangs from, however many adjuncts stand between
    /// ("struck a deal in Beijing on 10 March to restore ties", "asked the Council on Friday to withdraw
    /// the mission"): the nearest verb trigger before it in its clause, with no comma and no other verb
    /// trigger between. `None` when the word before the trigger is not "to".
    pub(super) fn en_infinitive_governor(&self, hit: &Hit, ci: usize) -> Option<usize> {
        if self.ctx.lang != Lang::En || hit.t0 == 0 || self.scan.text(hit.t0 - 1) != "to" {
            return None;
        }
        let p = self
            .live
            .iter()
            .rposition(|p| p.clause == ci && p.hit.t1 < hit.t0 && !p.trig.noun && !p.trig.object)?;
        (!self.comma_between(self.live[p].hit.t1, hit.t0)).then_some(p)
    }

    /// Whether the English AGREE verb at `hit` is a participle after the document it qualifies ("under an
    /// agreement signed in Moscow in 2008", "bound by a treaty signed months earlier") with no agent of
    /// its own ("by Gazprom and CNPC"): the document is named as the background of another act, and its
    /// signing is no event the sentence asserts.
    pub(super) fn en_document_participle(&self, hit: &Hit, trig: &Trigger) -> bool {
        if self.ctx.lang != Lang::En
            || trig.noun
            || TYPES[trig.kind as usize] != "AGREE"
            || hit.t1 != hit.t0 + 1
            || !self.scan.text(hit.t0).ends_with("ed")
        {
            return false;
        }
        let lt = self.tables.lang(self.ctx.lang);
        let after_document = self
            .scan
            .triggers
            .iter()
            .any(|h| h.t1 == hit.t0 && lt.trigger(h.entry).is_some_and(|k| k.object));
        let n = self.scan.toks.len();
        let by_agent = (hit.t1..n)
            .take_while(|&t| !is_comma(self.scan.text(t)) && !is_hard_punct(self.scan.text(t)))
            .any(|t| self.scan.text(t) == "by");
        after_document && !by_agent
    }

    /// Whether an English noun trigger at `hit` is the subject of "could", "would" or "might" within a
    /// few words ("a Chinese attack on Taiwan could justify …", "opening accession talks would end …"),
    /// with no punctuation, relative word or verb trigger between.
    pub(super) fn en_noun_before_modal(&self, hit: &Hit) -> bool {
        if self.ctx.lang != Lang::En {
            return false;
        }
        let n = self.scan.toks.len();
        for t in hit.t1..(hit.t1 + 5).min(n) {
            let s = self.scan.text(t);
            if self.tables.words.has(WordList::EnModalAfterNoun, s) {
                return true;
            }
            if !self.scan.toks[t].word
                || matches!(s, "that" | "which" | "who" | "and" | "or")
                || self.live.iter().any(|l| l.hit.t0 == t && !l.trig.noun)
            {
                return false;
            }
        }
        false
    }

    /// An English verb trigger right after "and" that is no -ing form: a new predicate of the subject
    /// ("accused Russia of downing the jet and demanded compensation"), not part of the accusation.
    pub(super) fn en_coordinated_finite(&self, hit: &Hit, trig: &Trigger) -> bool {
        self.en_and_before(hit, trig).is_some()
    }

    /// The "and" that joins English verb trigger `hit` (no -ing form) to the predicate before it.
    pub(super) fn en_and_before(&self, hit: &Hit, trig: &Trigger) -> Option<usize> {
        if self.ctx.lang != Lang::En
            || trig.noun
            || hit.t0 == 0
            || self.scan.text(hit.t0).ends_with("ing")
        {
            return None;
        }
        // ("…, and days later called its ambassador home": time words may stand between; so may the date
        // of the act, "and on Tuesday ordered a diplomat to leave".)
        let t0 = self.before_date(hit.t0);
        if t0 == 0 {
            return None;
        }
        let mut t = t0 - 1;
        for _ in 0..3 {
            if t == 0
                || !self
                    .tables
                    .words
                    .has(WordList::EnTimeBetweenAndVerb, self.scan.text(t))
            {
                break;
            }
            t -= 1;
        }
        self.scan.has_cue(t, t + 1, |c| c == Cue::And).then_some(t)
    }

    /// "said the Soviet Union would cut its forces by half a million men and pull six divisions out of
    /// …": a bare verb joined by "and" to a predicate under "would" shares it — the act is still to come.
    /// The "would" stands before the "and" in the same stretch of words (no punctuation between) and no
    /// actor stands between the "and" and the verb (else the verb has a subject of its own: "Iran would
    /// respond and Russia sent …"); a verb in "-ed" is a predicate of its own, told as done
    /// (`en_past_conjunct`).
    pub(super) fn en_would_conjunct(&self, hit: &Hit, trig: &Trigger) -> bool {
        const REACH: usize = 20;
        // (The ending first: it is one comparison, `en_and_before` a walk back over dates and time words.)
        if self.scan.text(hit.t0).ends_with("ed") {
            return false;
        }
        let Some(and) = self.en_and_before(hit, trig) else {
            return false;
        };
        let lo = and.saturating_sub(REACH);
        let Some(would) = (lo..and).rev().find(|&t| self.scan.text(t) == "would") else {
            return false;
        };
        !(would..hit.t0).any(|t| !self.scan.toks[t].word)
            && !self.actors.iter().any(|a| a.t0 > and && a.t0 < hit.t0)
    }

    /// "agreed to restore diplomatic relations and reopen their embassies", "urged Serbia to recognise
    /// Kosovo and impose sanctions": the hit of the verb under "to" that a bare English verb trigger `hit`
    /// is joined to by "and" — the nearest live verb trigger before the "and" in clause `ci`, with "to"
    /// right before it, no punctuation and no actor between it and `hit` (an actor there is a subject of
    /// its own: "… to restore ties and Iran reopened …"). `None` for a form in -ed or -s (a predicate of
    /// its own, `en_past_conjunct`) or when no such verb stands there.
    pub(super) fn en_to_conjunct(&self, hit: &Hit, ci: usize) -> Option<Hit> {
        if self.ctx.lang != Lang::En || hit.t0 < 2 || self.scan.text(hit.t0 - 1) != "and" {
            return None;
        }
        let w = self.scan.text(hit.t0);
        if w.ends_with("ed") || w.ends_with('s') {
            return None;
        }
        let me = self
            .live
            .iter()
            .find(|l| l.hit.t0 == hit.t0 && l.hit.t1 == hit.t1)?;
        if me.trig.noun {
            return None;
        }
        let and = hit.t0 - 1;
        let p = self
            .live
            .iter()
            .rev()
            .find(|p| p.clause == ci && p.hit.t1 <= and && !p.trig.noun)?;
        let joined = p.hit.t0 > 0
            && self.scan.text(p.hit.t0 - 1) == "to"
            && (p.hit.t1..and).all(|t| self.scan.toks[t].word)
            && !self
                .actors
                .iter()
                .any(|a| a.t0 >= p.hit.t1 && a.t0 < hit.t0);
        joined.then_some(p.hit)
    }

    /// "said it would slap a 25 percent tariff on steel from Mexico", "said it would go ahead with
    /// fresh UN sanctions": an English noun trigger in the object of a verb right after "would" — the "would"
    /// at most seven words back in clause `ci`, only words and figures between (no comma, no actor, no
    /// verb trigger) — is still to come, as the act right after "would" is.
    pub(super) fn en_would_object(&self, hit: &Hit, trig: &Trigger, ci: usize) -> bool {
        if self.ctx.lang != Lang::En || !trig.noun {
            return false;
        }
        let lo = hit.t0.saturating_sub(7).max(self.clauses[ci].range.start);
        let Some(would) = (lo..hit.t0).rev().find(|&t| self.scan.text(t) == "would") else {
            return false;
        };
        !(would + 1..hit.t0).any(|t| {
            let w = self.scan.text(t);
            is_comma(w) || is_hard_punct(w)
        }) && !self.actors.iter().any(|a| a.t0 > would && a.t0 < hit.t0)
            && !self
                .live
                .iter()
                .any(|l| !l.trig.noun && l.hit.t0 > would && l.hit.t0 < hit.t0)
    }

    /// "Moscow denied the reports and expelled two diplomats", "rejected the proposal and recalled its
    /// envoy", "refused to lift the ban and threatened new curbs": an English verb in the past tense
    /// joined by "and" to the predicate before it is a second act of the subject, told as done — the
    /// refusal, denial or proposal words before the "and" belong to the first predicate. Where that "and"
    /// stands. (A bare verb is still under them: "refused to sign and ratify the treaty".)
    pub(super) fn en_past_conjunct(&self, hit: &Hit, trig: &Trigger) -> Option<usize> {
        self.en_and_before(hit, trig)
            .filter(|_| self.scan.text(hit.t0).ends_with("ed"))
    }

    /// The "and" of an English past-tense verb trigger that cannot be a bare infinitive: "-ed" but not
    /// "-eed" ("proceed", "succeed"). A verb after a "to"-infinitive and such an "and" is a predicate of
    /// the sentence's subject, told as done ("urged Beijing to lift the ban and called it unjustified"),
    /// while a bare verb stays under the "to" ("urged Serbia to recognise Kosovo and impose sanctions").
    pub(super) fn en_finite_conjunct(&self, hit: &Hit, trig: &Trigger) -> Option<usize> {
        self.en_past_conjunct(hit, trig)
            .filter(|_| !self.scan.text(hit.t0).ends_with("eed"))
    }

    /// Where the English past-tense verb trigger that opens clause `ci` stands, when the clause was cut at
    /// the comma of a series of predicates: a past-tense verb trigger before it in the clause before, and
    /// the series closed by "and" with a past-tense verb trigger after it ("recalled its ambassador,
    /// expelled a Croatian diplomat and closed the crossing"). No actor stands between the comma and it.
    pub(super) fn en_series_verb(&self, ci: usize) -> Option<usize> {
        if self.ctx.lang != Lang::En || ci == 0 {
            return None;
        }
        let c = &self.clauses[ci];
        let n = self.scan.toks.len();
        let mut t = c.range.start;
        if t < n && is_comma(self.scan.text(t)) {
            t += 1;
        }
        let past = |l: &Live<'_>| !l.trig.noun && self.scan.text(l.hit.t0).ends_with("ed");
        let opens = self
            .live
            .iter()
            .any(|l| l.clause == ci && l.hit.t0 == t && past(l));
        let before = self.live.iter().any(|l| l.clause + 1 == ci && past(l));
        let closes = self.live.iter().any(|l| {
            l.clause >= ci && l.hit.t0 > t && past(l) && self.en_coordinated_finite(&l.hit, l.trig)
        });
        (opens && before && closes).then_some(t)
    }

    /// Whether clause `ci` is the content of an English demand: a "that" clause right after a request verb
    /// ("demanded that Moscow withdraw its troops", "asked that Japan impose sanctions"). Its verb names
    /// the act asked for, not one done. (Not after a noun: "the demands that Vilnius made" is a relative
    /// clause.)
    pub(super) fn en_demanded(&self, ci: usize) -> bool {
        let c = &self.clauses[ci];
        self.ctx.lang == Lang::En
            && matches!(c.opened_by, Some(Boundary::Comp) | Some(Boundary::CompPro))
            && self.live.iter().any(|p| {
                p.clause < ci
                    && !p.trig.noun
                    && p.hit.t1 <= c.range.start
                    && c.range.start - p.hit.t1 <= 3
                    && TYPES[p.trig.kind as usize] == "REQUEST"
            })
    }

    /// An English -ing verb right after a subordinator or a comma ("a day after visiting Moscow",
    /// "closed its border in September, accusing Minsk of …"): it has the subject of the main clause.
    pub(super) fn en_ing_adjunct(&self, hit: &Hit) -> bool {
        self.ctx.lang == Lang::En
            && hit.t0 > 0
            && self.scan.text(hit.t0).ends_with("ing")
            && matches!(
                self.scan.text(hit.t0 - 1),
                "after"
                    | "before"
                    | "while"
                    | "since"
                    | "when"
                    | "upon"
                    | "without"
                    | "following"
                    | ","
            )
    }

    /// Where the English predicate that an adjunct at token `t` hangs from begins: after the last ", and"
    /// or ", but" before `t` that opens a clause with a subject of its own (a group with no preposition
    /// right after it, determiners aside: "…, and Quito responded by ordering …"), else at the start of
    /// the sentence. (A list closed by ", and" is one group that begins before the comma, so "Russia,
    /// China, and Iran accused …" opens nothing.)
    pub(super) fn en_predicate_start(&self, t: usize) -> usize {
        (1..t)
            .rev()
            .find(|&k| {
                matches!(self.scan.text(k), "and" | "but")
                    && is_comma(self.scan.text(k - 1))
                    && self
                        .groups(&self.clauses[self.clause_of(k + 1)].range)
                        .iter()
                        .any(|g| {
                            g.prep.is_none()
                                && g.t0 > k
                                && g.t0 < t
                                && (k + 1..g.t0)
                                    .all(|u| self.scan.has_cue(u, u + 1, |c| c == Cue::Det))
                        })
            })
            .map_or(0, |k| k + 1)
    }

    /// The subject of the predicate an English -ing adjunct at `hit` hangs from ("expelled two Belarusian
    /// diplomats on Tuesday, accusing Minsk of …", "cut short his stay after criticising Slovakia", "asked
    /// the IAEA to inspect the site, the minister said, accusing Pyongyang …"): the first group with no
    /// preposition from where that predicate begins (`en_predicate_start`), outside "that" clauses (what
    /// was said, not who said it). Not the state named nearest before the -ing verb: that one is the
    /// predicate's object, or the subject of an infinitive ("told Russia to close its consulate, accusing
    /// Moscow …").
    pub(super) fn en_adjunct_subject(&self, hit: &Hit) -> Option<Group> {
        if !self.en_ing_adjunct(hit) {
            return None;
        }
        let start = self.en_predicate_start(hit.t0);
        self.clauses
            .iter()
            .filter(|c| {
                c.range.start < hit.t0
                    && c.range.end > start
                    && !matches!(c.opened_by, Some(Boundary::Comp) | Some(Boundary::CompPro))
            })
            .find_map(|c| {
                self.groups(&c.range)
                    .iter()
                    .find(|g| g.prep.is_none() && g.t0 >= start && g.t1 <= hit.t0)
                    .cloned()
            })
    }

    /// "Kenya gave two Somali diplomats 72 hours to leave", "ordered the Taiwanese ambassador on Friday to
    /// leave Managua", "told France to close its base in Gao": an English infinitive at `hit` after a verb
    /// of ordering (`en_ordering_verb`) whose object names a state is the orderer's act on that state (an
    /// expulsion; eval/README: a state told to close its consulate is sanctioned by the one telling it),
    /// however many words of the object and dates stand between (a `…` row of the lexicon spans four).
    /// The object is one phrase: its only commas are those of a list of states ("ordered diplomats from
    /// Argentina, Chile and Peru to leave") and of a date ("on April 4, 2022"). The orderer is the last
    /// group with no preposition before the verb, in its predicate; when the verb opens a clause of its
    /// own ("told", a verb of saying too) the clause before holds it, and an -ing verb after a comma
    /// ("hit back, giving the Russian ambassador until Friday to leave") has the subject of the predicate
    /// it hangs from. The states of the object (`None` when it names none: "ordered its troops to
    /// leave"); when the object's head stands before a place phrase, the state of the mission it names
    /// there ("ordered ten diplomats at the Russian embassy to leave", `en_mission_state`).
    pub(super) fn en_ordered_act(&self, hit: &Hit) -> Option<(Ids<'a>, Ids<'a>)> {
        if self.ctx.lang != Lang::En || hit.t0 < 3 || self.scan.text(hit.t0 - 1) != "to" {
            return None;
        }
        let to = hit.t0 - 1;
        let v = (to.saturating_sub(24)..to).rev().find(|&t| {
            self.tables
                .words
                .has(WordList::EnOrderingVerb, self.scan.text(t))
        })?;
        // (One phrase: no punctuation but a list's or a date's commas, and no other verb trigger between
        // the order and the infinitive.)
        if (v + 1..to).any(|t| {
            !self.scan.toks[t].word && self.scan.text(t) != "'" && !self.en_object_comma(t)
        }) || self
            .live
            .iter()
            .any(|l| !l.trig.noun && l.hit.t0 > v && l.hit.t0 < to)
        {
            return None;
        }
        // (The object's states stand before any place, purpose or participle phrase in it: "ordered an oil
        // rig drilling for a Canadian company off Guyana to leave", "ordered Eritrean nationals working
        // at the port of Djibouti to leave" name no state ordered.)
        let end = (v + 1..to)
            .find(|&t| {
                let w = self.scan.text(t);
                w.ends_with("ing")
                    || matches!(
                        w,
                        "at" | "in"
                            | "for"
                            | "off"
                            | "near"
                            | "with"
                            | "inside"
                            | "outside"
                            | "who"
                            | "which"
                            | "that"
                    )
            })
            .unwrap_or(to);
        let mut target: Ids<'a> = Ids::new();
        for a in self.actors.iter().filter(|a| a.t0 > v && a.t1 <= end) {
            push_distinct(&mut target, a.ids.iter().copied());
        }
        let source = self.en_orderer(v)?;
        target.retain(|id| !source.contains(id));
        if target.is_empty() && end < to {
            target = self.en_mission_state(v, end, to);
            target.retain(|id| !source.contains(id));
        }
        (!target.is_empty()).then_some((source, target))
    }

    /// Whether the comma at token `t`, inside the object of an order (`en_ordered_act`), is one of a
    /// list of states (a state before it, a state or "the" and a state after it) or of an English date
    /// between its day and its year ("April 4, 2022").
    fn en_object_comma(&self, t: usize) -> bool {
        // (The scan reads the comma of a date as a blank: "4 2022".)
        let w = self.scan.text(t);
        if !(is_comma(w) || w == " ") || t == 0 {
            return false;
        }
        let n = self.scan.toks.len();
        let digits = |k: usize, len: &[usize]| {
            k < n && {
                let w = self.scan.text(k);
                len.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
            }
        };
        if digits(t - 1, &[1, 2]) && digits(t + 1, &[4]) {
            return true;
        }
        let ends_actor = self.actors.iter().any(|a| a.t1 == t);
        let next = if t + 1 < n && self.scan.text(t + 1) == "the" {
            t + 2
        } else {
            t + 1
        };
        ends_actor && self.actors.iter().any(|a| a.t0 == next)
    }

    /// The one who gives an order at verb `v` (`en_ordered_act`): the subject before it in its predicate
    /// (`en_subject_before`); when the verb opens its clause (a verb of saying, "told", does), the subject
    /// of the clause before, with no punctuation between; an -ing verb right after a comma has the
    /// subject of the predicate it hangs from (`en_predicate_start`).
    fn en_orderer(&self, v: usize) -> Option<Ids<'a>> {
        if v > 0 && is_comma(self.scan.text(v - 1)) && self.scan.text(v).ends_with("ing") {
            let start = self.en_predicate_start(v);
            let ci = self.clause_of(start);
            let g = self
                .groups(&self.clauses[ci].range)
                .iter()
                .find(|g| g.prep.is_none() && g.t0 >= start && g.t1 < v)
                .cloned()?;
            let mut ids: Ids<'a> = Ids::new();
            push_distinct(&mut ids, self.group_ids(&g.members));
            return Some(ids);
        }
        if let Some(s) = self.en_subject_before(v) {
            return Some(s);
        }
        let ci = self.clause_of(v);
        if ci == 0 || self.clauses[ci].range.start != v || !self.scan.toks[v - 1].word {
            return None;
        }
        let g = self
            .groups(&self.clauses[ci - 1].range)
            .iter()
            .rfind(|g| g.prep.is_none() && g.t1 <= v)
            .cloned()?;
        let mut ids: Ids<'a> = Ids::new();
        push_distinct(&mut ids, self.group_ids(&g.members));
        Some(ids)
    }

    /// The state of the mission named in the place phrase of an order's object, between `end` and
    /// `to` ("ordered ten diplomats at the Russian embassy in Washington to leave"): a state right
    /// before a word of a diplomatic mission (`mission_noun`: embassy, consulate), its possessive
    /// aside, when the object's head before the phrase is an envoy or staff word (`envoy`, `staff`
    /// topics). Empty when there is none.
    fn en_mission_state(&self, v: usize, end: usize, to: usize) -> Ids<'a> {
        let mut out: Ids<'a> = Ids::new();
        if !(v + 1..end).any(|t| self.topic_at(t, &["envoy", "staff"])) {
            return out;
        }
        let words = &self.tables.words;
        for a in self.actors.iter().filter(|a| a.t0 > end && a.t1 < to) {
            let mut k = a.t1;
            while k < to && matches!(self.scan.text(k), "'" | "s" | "’") {
                k += 1;
            }
            if k < to && words.has(WordList::MissionNoun, self.scan.text(k)) {
                push_distinct(&mut out, a.ids.iter().copied());
            }
        }
        out
    }

    /// "The island's government declared Australia's high commissioner, a career diplomat, persona non
    /// grata", «Правительство объявило верховного комиссара Австралии персоной нон грата»: a declaration
    /// of persona non grata at `hit` whose declaring verb (declared, объявил-) stands before it with a long
    /// object between (a `…` row spans four words) expels the states of that object; its doer is the
    /// subject before the verb (`en_orderer`; Russian: the last group with no preposition before the verb
    /// in its clause). `None` when the object names no state (the one declared is named before the
    /// verb: «Посла ФРГ власти объявили персоной нон грата»).
    pub(super) fn declared_persona_non_grata(&self, hit: &Hit) -> Option<(Ids<'a>, Ids<'a>)> {
        let first = self.scan.text(hit.t0);
        let declaring: &[&str] = match self.ctx.lang {
            Lang::En if first.starts_with("persona") => &["declar"],
            Lang::Ru if first.starts_with("персон") => &["объяв"],
            _ => return None,
        };
        let v = (hit.t0.saturating_sub(14)..hit.t0)
            .rev()
            .find(|&t| declaring.iter().any(|p| self.scan.text(t).starts_with(p)))?;
        if self
            .live
            .iter()
            .any(|l| !l.trig.noun && l.hit.t0 > v && l.hit.t0 < hit.t0)
            || (v + 1..hit.t0).any(|t| is_hard_punct(self.scan.text(t)))
        {
            return None;
        }
        let source = if self.ctx.lang == Lang::En {
            self.en_orderer(v)?
        } else {
            self.ru_subject_before(v)?
        };
        let target = self.object_states(v, hit.t0, &source);
        (!source.is_empty() && !target.is_empty()).then_some((source, target))
    }

    /// The states named between an order or a declaration at `v` and the act it orders at `end`, less
    /// the doer's (`source`): the object of "ordered … to leave", «потребовал от … покинуть», "declared
    /// … persona non grata" (`declared_persona_non_grata`, `ru_ordered_departure`).
    pub(super) fn object_states(&self, v: usize, end: usize, source: &Ids<'a>) -> Ids<'a> {
        let mut target: Ids<'a> = Ids::new();
        for a in self.actors.iter().filter(|a| a.t0 > v && a.t1 <= end) {
            push_distinct(&mut target, a.ids.iter().copied());
        }
        target.retain(|id| !source.contains(id));
        target
    }

    /// The states of the last group with no preposition before token `t` in the English predicate that
    /// holds it (`en_predicate_start`): the subject of a verb at `t` when nothing else stands between.
    pub(super) fn en_subject_before(&self, t: usize) -> Option<Ids<'a>> {
        let start = self.en_predicate_start(t);
        let groups = self.groups(&self.clauses[self.clause_of(t)].range);
        let g = groups
            .iter()
            .rfind(|g| g.prep.is_none() && g.t0 >= start && g.t1 <= t)?;
        let mut ids: Ids<'a> = Ids::new();
        push_distinct(&mut ids, self.group_ids(&g.members));
        Some(ids)
    }

    /// The verb of taking up another's measure before SANCTION noun `hit` ("Norway adopted the EU's
    /// sanctions against Russia", "Japan joined the G7 sanctions", "aligned itself with EU sanctions"): a
    /// word of `en_adoption_verb` a few words before the noun in its clause, with no punctuation or other
    /// trigger between. The sanctions are then the subject's own measure; the state named as their author
    /// only made them first.
    pub(super) fn en_adopted_measure(&self, hit: &Hit) -> Option<usize> {
        if self.ctx.lang != Lang::En {
            return None;
        }
        let start = self.clauses[self.clause_of(hit.t0)].range.start;
        let mut words = 0;
        for k in (start..hit.t0).rev() {
            let s = self.scan.text(k);
            if is_comma(s) || is_hard_punct(s) {
                return None;
            }
            if self.scan.triggers.iter().any(|h| h.t0 <= k && k < h.t1) {
                return None;
            }
            if !self.scan.toks[k].word {
                continue;
            }
            if self.tables.words.has(WordList::EnAdoptionVerb, s) {
                return Some(k);
            }
            words += 1;
            if words > 6 {
                return None;
            }
        }
        None
    }

    /// Whether AGREE trigger `hit` is an English acceptance ("accepted Russia's offer", "accepts the
    /// invitation": the `accept*` rows of `tools/trigger_classes.py`, whose object is an offer, an invitation
    /// or a proposal).
    pub(super) fn en_acceptance(&self, hit: &Hit) -> bool {
        self.ctx.lang == Lang::En && self.scan.text(hit.t0).starts_with("accept")
    }

    /// Who made the offer, invitation or proposal accepted at `hit`: the states named in its phrase ("Russia's
    /// offer", "a Turkish proposal", "an invitation from China", "a proposal by Qatar", "the invitation to
    /// join BRICS": a bloc invites), else the subject of a verb of offering earlier in the sentence
    /// ("Turkey offered to host the talks, and Ukraine accepted the invitation"). The accepter's own states
    /// (`accepter`) are left out; empty when no one else is found (no guess from a state merely named before).
    pub(super) fn en_offer_maker(&self, hit: &Hit, accepter: &[&str]) -> Vec<String> {
        let n = self.scan.toks.len();
        let after = |k: usize| {
            if hit.t1 + k < n {
                self.scan.text(hit.t1 + k)
            } else {
                ""
            }
        };
        let span = if matches!(after(0), "from" | "by" | "of") {
            hit.t1 + 1..hit.t1 + 3
        } else if (after(0), after(1)) == ("to", "join") {
            hit.t1 + 2..hit.t1 + 4
        } else {
            hit.t1..hit.t1
        };
        let mut named: Vec<String> = Vec::new();
        for a in self
            .actors
            .iter()
            .filter(|a| (a.t0 > hit.t0 && a.t1 < hit.t1) || span.contains(&a.t0))
        {
            for id in &a.ids {
                if !accepter.contains(id) && !named.iter().any(|m| m == id) {
                    named.push(id.to_string());
                }
            }
        }
        if !named.is_empty() {
            return named;
        }
        let offered = (0..hit.t0).rev().find(|&t| {
            let w = self.scan.text(t);
            ["offer", "propos", "invit"]
                .iter()
                .any(|p| w.starts_with(p))
                && w.ends_with("ed")
        });
        offered
            .and_then(|t| self.en_subject_before(t))
            .filter(|ids| ids.iter().all(|id| !accepter.contains(id)))
            .map(|ids| ids.iter().map(|id| id.to_string()).collect())
            .unwrap_or_default()
    }

    /// The maker of the proposal refused at REJECT `hit`, named in a relative clause right after its object
    /// ("refused to back the cuts that Saudi Arabia had proposed", "rejected the pact which Brussels had
    /// drafted", "the terms Moscow had put forward") or after "by" ("the plan proposed by Beijing"): the
    /// actor index, within sixteen words and before any stop. Not an actor after a conjunction ("rejected
    /// the plan after Egypt had proposed talks": another clause of its own).
    pub(super) fn en_proposal_maker(&self, hit: &Hit) -> Option<usize> {
        let n = self.scan.toks.len();
        let end = self.stop_within(hit.t1, 24);
        let made = |t: usize| {
            let w = self.scan.text(t);
            self.tables.words.has(WordList::EnProposalVerb, w)
                || (w == "put"
                    && t + 1 < n
                    && matches!(self.scan.text(t + 1), "forward" | "before"))
        };
        let verb = (hit.t1..end).find(|&t| made(t))?;
        if verb + 2 < n
            && self
                .scan
                .text(verb + 1 + usize::from(self.scan.text(verb) == "put"))
                == "by"
        {
            let at = verb + 2 + usize::from(self.scan.text(verb) == "put");
            // ("drafted by the United States")
            let at = at + usize::from(at < n && self.scan.text(at) == "the");
            return self.actors.iter().position(|a| a.t0 == at);
        }
        let aux = |t: usize| matches!(self.scan.text(t), "had" | "has" | "have");
        // ("a draft resolution on Kashmir that Ireland, a member of the United Nations since 1955, had
        // put before the Security Council": an apposition set off by two commas may stand between the
        // relative's subject and its verb.)
        let closes_aside = |a: &Actor<'_>| {
            let t1 = verb - 1 - usize::from(verb >= 2 && aux(verb - 1));
            a.t1 < t1
                && is_comma(self.scan.text(a.t1))
                && is_comma(self.scan.text(t1))
                && matches!(self.scan.text(a.t0 - 1), "that" | "which")
                && (a.t1 + 1..t1).all(|t| self.scan.toks[t].word)
                && !self.scan.triggers.iter().any(|h| h.t0 > a.t1 && h.t0 < t1)
        };
        let a = self.actors.iter().position(|a| {
            a.t0 > hit.t1 && (a.t1 == verb || (a.t1 + 1 == verb && aux(a.t1)) || closes_aside(a))
        })?;
        let before = self.scan.text(self.actors[a].t0 - 1);
        let relative = matches!(before, "that" | "which")
            || (aux(self.actors[a].t1)
                && self.scan.toks[self.actors[a].t0 - 1].word
                && !self.tables.words.has(WordList::EnClauseLinker, before));
        relative.then_some(a)
    }

    /// Whether an English "warned" is a threat (eval/README conventions): it is addressed to someone
    /// ("warned Tokyo that …", "warned the EU", "warned against"), or the sentence names a penalty or a
    /// response (a `threat` topic word: "would face", "consequences", "would have to leave"; or a
    /// coercive verb after would/will: "warned that it would strike").
    pub(super) fn en_warning_is_threat(&self, h: &Hit) -> bool {
        let n = self.scan.toks.len();
        let after = |t: usize| if t < n { self.scan.text(t) } else { "" };
        let addressed = after(h.t1) == "against"
            || self.actors.iter().any(|a| {
                a.t0 == h.t1
                    || (a.t0 == h.t1 + 1 && matches!(after(h.t1), "the" | "fellow" | "other"))
            });
        let lt = self.tables.lang(self.ctx.lang);
        let penalty_verb = self.scan.triggers.iter().any(|k| {
            k.t0 >= h.t1
                && (k.t0.saturating_sub(2)..k.t0).any(|t| en_modal(self.scan.text(t)))
                && lt.trigger(k.entry).is_some_and(|x| {
                    matches!(
                        TYPES[x.kind as usize],
                        "ASSAULT" | "SANCTION" | "COERCE" | "MOBILIZE"
                    )
                })
        });
        // "warned that it would cut military contacts with Montenegro if the country joined NATO": a
        // warning under a condition that a state must meet is a threat (eval/README session 8), aimed at
        // the subject of the condition (the THREATEN rule of `run`); a forecast under a condition names no
        // state there ("warned that growth would slow if prices kept rising").
        let conditional = self.scan.cues.iter().any(|&(c0, c1, c)| {
            let end = (c1..n).find(|&t| !self.scan.toks[t].word).unwrap_or(n);
            c == Cue::Hypothetical
                && c0 >= h.t1
                && matches!(self.scan.text(c0), "if" | "unless")
                && (matches!(after(c1), "it" | "they")
                    || (after(c1) == "the" && after(c1 + 1) == "country")
                    || self
                        .actors
                        .iter()
                        .any(|a| a.t0 >= c1 && a.t0 < end && !a.adjective))
        });
        addressed
            || penalty_verb
            || conditional
            || self.scan.cues.iter().any(|&(_, _, c)| {
                matches!(c, Cue::Topic(k) if self.tables.lang(self.ctx.lang).topics.get(k as usize).is_some_and(|n| n == "threat"))
            })
    }

    /// "Moscow protested.", "The ministry complained strongly.": an English verb of protest with nothing
    /// after it in its clause (an adverb aside) reacts to the act before. Not a crowd: "Georgian students
    /// protested." is a demonstration of their own.
    pub(super) fn en_bare_reaction(&self, hit: &Hit, cr: &Range<usize>) -> bool {
        if self.ctx.lang != Lang::En {
            return false;
        }
        let end = cr.end.min(self.scan.toks.len());
        let mut t = hit.t1;
        if t < end && self.scan.toks[t].word && self.scan.text(t).ends_with("ly") {
            t += 1;
        }
        let bare = t >= end || !self.scan.toks[t].word;
        let crowd = self.actors.iter().any(|a| {
            a.t0 >= cr.start
                && a.t1 <= hit.t0
                && a.adjective
                && a.t1 < end
                && self
                    .tables
                    .words
                    .has(WordList::EnCrowdNoun, self.scan.text(a.t1))
        });
        bare && !crowd
    }
}

/// An English modal of the future or of a possibility: "would", "will", "could", "might" (the threat a warning
/// announces, "warned that Russia could strike"; a hypothetical "would respond"). A closed class of function
/// words, so it stays in code as grammar, written once; the `en_modal_after_noun` rows of
/// `data/events/words.csv` are the modals after which a noun trigger is a hypothetical's subject.
pub(super) fn en_modal(w: &str) -> bool {
    matches!(w, "would" | "will" | "could" | "might")
}
