//! The second act of a meeting: a trigger that `run` found and would drop (or code one-sided) only for
//! want of one side — an agreement with one signer, talks with one partner, a debt written off with no
//! giver — is set aside as a [`Pending`] event and, after the sentence's other triggers are coded,
//! completed from the visit or talks of the sentence it belongs to: "زار بوتين الجزائر، وأعلن خلال الزيارة
//! شطب ديون جزائرية" (the visitor writes off the host's debt), «прибыл в Душанбе с визитом, и стороны
//! подписали договор» (the two sides are the visitor and the host), "met Trump, and Trump confronted him
//! with claims" (the one met). The missing side is the meeting's other party; a symmetric act (talks,
//! cooperation, a deal signed together) joins both sides.
//!
//! **Invariant:** a pending event takes parties only from an asserted, non-negated visit or talks
//! (`CONSULT`) coded in the same sentence, no more than two clauses from it, that already names the side
//! it found; without such a meeting it is dropped as before (an agreement found with one side is coded
//! one-sided, as before). An agreement verb that found no side at all is set aside only when it names no doer of
//! its own (`Coder::agreed_by_no_one`), and then takes all the meeting's parties. The one completion the other
//! way: a visit that names its visitor and no place ("during a visit by the Chinese premier") takes as its host
//! the other side of an asserted, non-negated joint agreement or cooperation of the same sentence, as near, that
//! names the visitor.

use blocwatch_text::Lang;

use super::clauses::is_comma;
use super::data::{self, WordList};
use super::modality::Modality;
use super::scan::Hit;
use super::{parties, Coder, Ids, Roles};
use crate::record::EventRec;

/// A trigger set aside for want of a side: what `run` had decided of it (its record is built only if it is
/// coded).
#[derive(Debug)]
pub(super) struct Pending<'a> {
    /// Its live trigger.
    pub(super) live: usize,
    pub(super) kind: u8,
    pub(super) type_name: &'static str,
    pub(super) mode: Option<String>,
    pub(super) context: Vec<String>,
    /// The sides found (one may be empty) and the people among the actors.
    pub(super) roles: Roles<'a>,
    pub(super) modality: Modality,
    /// A symmetric act: the parties found and taken join one side.
    pub(super) symmetric: bool,
    /// Coded as found when no meeting completes it (an agreement with one side).
    pub(super) fallback: bool,
}

impl<'a> Pending<'a> {
    /// What `run` decided of live trigger `live` when it found one side only: not symmetric, no fallback.
    pub(super) fn new(
        live: usize,
        kind: u8,
        type_name: &'static str,
        mode: Option<String>,
        context: Vec<String>,
        roles: Roles<'a>,
        modality: Modality,
    ) -> Pending<'a> {
        Pending {
            live,
            kind,
            type_name,
            mode,
            context,
            roles,
            modality,
            symmetric: false,
            fallback: false,
        }
    }

    /// The same, done by both sides alike (its parties join one side when completed).
    pub(super) fn symmetric(self, symmetric: bool) -> Pending<'a> {
        Pending { symmetric, ..self }
    }

    /// The same, coded as found (one-sided) when no meeting completes it.
    pub(super) fn or_one_sided(self) -> Pending<'a> {
        Pending {
            fallback: true,
            ..self
        }
    }
}

/// A coded event of the sentence (its index in the output) and the live trigger it came from.
#[derive(Debug, Clone, Copy)]
pub(super) struct Coded {
    pub(super) idx: usize,
    pub(super) live: usize,
}

/// The acts a visit or talks bring about between the same two sides: the deal signed, the talks held on
/// a visit, the aid pledged, the support, concession, refusal, charge or request voiced there.
const DURING_MEETING: [&str; 9] = [
    "AGREE",
    "CONSULT",
    "COOPERATE",
    "AID",
    "SUPPORT",
    "CONCEDE",
    "REJECT",
    "ACCUSE",
    "REQUEST",
];

/// The hostile acts that, when their own words name no other side, are aimed at the side their doer
/// accuses or protests against in the same sentence ([`Coder::aim_from_charge`]).
pub(super) const AIMED_BY_CHARGE: [&str; 4] = ["SANCTION", "THREATEN", "COERCE", "REJECT"];

/// How many clauses a second act may stand from the meeting it completes from.
const MEETING_REACH: usize = 2;

impl<'a> Coder<'_, 'a> {
    /// Whether the sentence may code a visit or talks (a trigger of `CONSULT`, a reception, an English
    /// welcome): without one no pending event can be completed, and none is set aside.
    pub(super) fn may_meet(&self) -> bool {
        self.live.iter().any(|l| {
            data::TYPES[l.trig.kind as usize] == "CONSULT"
                || l.trig.mode.as_deref() == Some("receive")
                || (self.ctx.lang == Lang::En && self.scan.text(l.hit.t0).starts_with("welcom"))
        })
    }

    /// Completes each pending event from the meeting it is a second act of (the nearest one, by the
    /// criteria of [`Coder::second_act_of`]) and adds it to `out` unless the sentence has it already.
    pub(super) fn complete_pending(
        &self,
        pending: Vec<Pending<'a>>,
        coded: &[Coded],
        reported_by: Option<&str>,
        out: &mut Vec<EventRec>,
    ) {
        let n_coded = out.len();
        for mut p in pending {
            // ("استقبل تبون لافروف" with the guest unfound: the side found hosts the visit.)
            let host = matches!(
                self.live[p.live].trig.mode.as_deref(),
                Some("host" | "receive")
            );
            if host && !p.symmetric && p.roles.target.is_empty() {
                std::mem::swap(&mut p.roles.source, &mut p.roles.target);
            }
            // (The meeting's parties that the pending event does not name yet.)
            let other: Option<Ids<'a>> = {
                let known = |x: &str| p.roles.source.contains(&x) || p.roles.target.contains(&x);
                let none_known = p.roles.source.is_empty() && p.roles.target.is_empty();
                let t0 = self.live[p.live].hit.t0;
                coded
                    .iter()
                    .filter(|c| c.idx < n_coded && self.second_act_of(&p, c, &out[c.idx]))
                    .filter(|c| {
                        let ps = parties(&out[c.idx]);
                        (none_known || ps.iter().any(|x| known(x))) && ps.iter().any(|x| !known(x))
                    })
                    .min_by_key(|c| self.live[c.live].hit.t0.abs_diff(t0))
                    .map(|m| {
                        parties(&out[m.idx])
                            .into_iter()
                            .filter(|x| !known(x))
                            .filter_map(|x| self.actor_id(x))
                            .collect()
                    })
            };
            match other {
                Some(other) if p.symmetric => {
                    let target = std::mem::take(&mut p.roles.target);
                    p.roles.source.extend(target);
                    p.roles.source.extend(other);
                }
                Some(other) if p.roles.source.is_empty() => p.roles.source = other,
                Some(other) if p.roles.target.is_empty() => p.roles.target = other,
                Some(_) => continue,
                None if p.fallback => {}
                None => continue,
            }
            self.visit_to_venue(p.live, p.type_name, p.mode.as_deref(), &mut p.roles);
            // (A host it defers is not passed on to `talks_at_host_deferred`: talks completed here with a
            // consultation trigger after them stay symmetric, as before session 59.)
            let _ = self.talks_at_host(p.live, p.type_name, out, &mut p.roles);
            self.code_pending(p, reported_by, out);
        }
    }

    /// Codes completed pending event `p` into `out` (merged with an event of the sentence it repeats).
    fn code_pending(&self, p: Pending<'a>, reported_by: Option<&str>, out: &mut Vec<EventRec>) {
        let ev = self.event_rec(
            p.live,
            p.kind,
            p.type_name,
            p.mode,
            p.context,
            &p.roles,
            p.modality,
            reported_by,
            out,
        );
        super::coder::merge(out, ev);
    }

    /// "Moscow suspended the deliveries, accusing Tallinn of breaking the contract", «приостановили
    /// действие соглашения, обвинив Москву», `أوقفت … محمّلاً … المسؤولية`: a hostile act of
    /// [`AIMED_BY_CHARGE`], told by a verb, whose words name its doer and no other side (set aside as
    /// `run:no-target`, in `unaimed`) is aimed at the side that the same doer — the same set of states —
    /// accuses or protests against in an asserted, non-negated act of the sentence: one doer's hostile act
    /// and the charge told with it are aimed at one side. When the sentence holds no such charge, or that
    /// doer's charges aim at different sides, the act stays dropped as before. (Not a noun, which names
    /// a measure or a threat the charge may be about, «назвали среди угроз»; not a proposed or
    /// hypothetical act, "urged Pristina to revoke the measure".)
    pub(super) fn aim_from_charge(
        &self,
        unaimed: Vec<Pending<'a>>,
        reported_by: Option<&str>,
        out: &mut Vec<EventRec>,
    ) {
        let n_coded = out.len();
        for mut p in unaimed {
            if self.live[p.live].trig.noun
                || matches!(p.modality, Modality::Proposed | Modality::Hypothetical)
            {
                continue;
            }
            let same_doer = |e: &EventRec| {
                e.source.len() == p.roles.source.len()
                    && e.source
                        .iter()
                        .all(|s| p.roles.source.contains(&s.as_str()))
            };
            let mut aim: Option<Vec<String>> = None;
            let mut clash = false;
            for e in &out[..n_coded] {
                if !matches!(e.kind.as_str(), "ACCUSE" | "PROTEST")
                    || e.negated
                    || e.modality != "asserted"
                    || e.target.is_empty()
                    || !same_doer(e)
                {
                    continue;
                }
                match &aim {
                    None => aim = Some(e.target.clone()),
                    Some(t) => {
                        clash |=
                            t.len() != e.target.len() || !t.iter().all(|x| e.target.contains(x));
                    }
                }
            }
            let Some(target) = aim.filter(|_| !clash) else {
                continue;
            };
            let ids: Ids<'a> = target
                .iter()
                .filter_map(|x| self.actor_id(x))
                .filter(|x| !p.roles.source.contains(x))
                .collect();
            if ids.is_empty() {
                continue;
            }
            p.roles.target = ids;
            self.note(&self.live[p.live].hit, "run:aimed-by-charge");
            self.code_pending(p, reported_by, out);
        }
    }

    /// «أجرى بوتين محادثات مع تشافيز انتهت بتوقيع اتفاقات», «وانتهت المحادثات بين البلدين بتوقيع …»,
    /// «تكللت زيارة أردوغان إلى موسكو بتوقيع اتفاق»: whether Arabic noun trigger `hit`, under a glued ب or ل,
    /// is what a verb of ending before it in its clause (from token `start`; `talks_end_verb` rows: انتهت,
    /// اختتمت, تكللت, توجت) ended in — that verb's complement, the act the talks or the visit closed with —,
    /// no verb trigger standing between them, whose complement it would be («انتهت القمة وطالبت نيجيريا
    /// فرنسا بسحب قواتها»). Such a noun is neither the object nor the purpose of a trigger before it.
    pub(super) fn ar_ended_in(&self, hit: &Hit, start: usize) -> bool {
        if self.ctx.lang != Lang::Ar || !hit.governed {
            return false;
        }
        let words = &self.tables.words;
        let Some(end) = (start..hit.t0)
            .rev()
            .find(|&t| words.has(WordList::TalksEndVerb, self.scan.text(t)))
        else {
            return false;
        };
        let lt = self.tables.lang(self.ctx.lang);
        !self
            .scan
            .triggers
            .iter()
            .any(|k| k.t0 > end && k.t0 < hit.t0 && lt.trigger(k.entry).is_some_and(|x| !x.noun))
    }

    /// Whether signing `hit` (its clause from token `start`) is told as what talks ended in: a verb of
    /// ending (`talks_end_verb`) at most four words before it, with no actor between ("talks that ended
    /// with the signing of a treaty", «محادثات … انتهت بتوقيع اتفاقات», «وانتهت المحادثات بتوقيع …»).
    /// Such a signing names no signer of its own: its signers are the talks' parties (`complete_pending`).
    pub(super) fn signing_ends_talks(&self, hit: &Hit, start: usize) -> bool {
        let words = &self.tables.words;
        let lo = hit.t0.saturating_sub(4).max(start);
        (lo..hit.t0).any(|t| {
            words.has(WordList::TalksEndVerb, self.scan.text(t))
                && !self.actors.iter().any(|a| a.t0 > t && a.t0 < hit.t0)
        })
    }

    /// Whether agreement verb `hit` (its clause from token `start`) names no doer of its own: only "the
    /// two sides", «лидеры», a relative «по итогам которых» or an adverb stand between it and the
    /// conjunction, comma or clause start before it ("and agreed", «а затем подписали»); in Arabic, the
    /// verb first, nothing but "the two sides" or a preposition after it ("واتفق الجانبان على").
    pub(super) fn agreed_by_no_one(&self, hit: &Hit, start: usize) -> bool {
        let lang = self.ctx.lang;
        // (The words for the parties themselves, "the two sides", «лидеры», "الجانبان", are data:
        // `agreeing_party_noun`; the articles, numerals, adverbs and relatives around them are grammar.)
        let party = |w: &str| self.tables.words.has(WordList::AgreeingPartyNoun, w);
        let generic = |w: &str| match lang {
            Lang::En => matches!(w, "the" | "two" | "both" | "also" | "then" | "later") || party(w),
            Lang::Ru => {
                matches!(
                    w,
                    "по" | "итогам"
                        | "в"
                        | "ходе"
                        | "которых"
                        | "которой"
                        | "затем"
                        | "потом"
                        | "также"
                        | "обе"
                        | "оба"
                        | "две"
                ) || party(w)
            }
            _ => {
                let w = w.trim_start_matches('و');
                w == "ثم" || party(w)
            }
        };
        let joins = |w: &str| match lang {
            Lang::En => w == "and",
            Lang::Ru => matches!(w, "и" | "а"),
            _ => false,
        };
        if lang == Lang::Ar {
            let next = hit.t1;
            return (hit.conj
                || hit.t0 == start
                || (hit.t0 > 0
                    && (is_comma(self.scan.text(hit.t0 - 1))
                        || generic(self.scan.text(hit.t0 - 1)))))
                && (next >= self.scan.toks.len() || {
                    let w = self.scan.text(next);
                    generic(w) || !w.starts_with("ال")
                });
        }
        for t in (start..hit.t0).rev() {
            let w = self.scan.text(t);
            if joins(w) || is_comma(w) {
                return true;
            }
            if self.scan.toks[t].word && !generic(w) {
                return false;
            }
        }
        true
    }

    /// The lexicon's own copy of id `x` (as roles hold ids: borrowed for the sentence).
    fn actor_id(&self, x: &str) -> Option<&'a str> {
        let lexicon = self.ctx.lexicon;
        lexicon.lookup(x).map(|k| lexicon.entity(k).id.as_str())
    }

    /// Whether pending `p` is a second act of the meeting `e` (coded at `c`): `e` is an asserted visit or
    /// talks, `p` of a type a meeting brings about ([`DURING_MEETING`]), no more than [`MEETING_REACH`]
    /// clauses away. A nominal `p` must name a meeting or an agreement, not what one is about
    /// ("investment", "aid"), nor the meeting itself ("a state visit" right after "arrived"); talks are
    /// a second meeting only on a visit (a visit named after talks is the same meeting told again: "held
    /// talks with Jaishankar, his first trip to India").
    fn second_act_of(&self, p: &Pending<'a>, c: &Coded, e: &EventRec) -> bool {
        let kind = p.type_name;
        let me = &self.live[p.live];
        let them = &self.live[c.live];
        let near = !e.negated
            && e.modality == "asserted"
            && me.clause.abs_diff(them.clause) <= MEETING_REACH
            && !(me.trig.noun
                && me.hit.t0.abs_diff(them.hit.t0) <= 2
                && !self.ar_ended_in(&me.hit, self.clauses[me.clause].range.start));
        // "signed a pipeline deal in Astana during a visit by the Chinese premier", «подписали соглашение
        // во время визита Владимира Путина», "خلال زيارة للرئيس المصري": a visit that names its visitor and
        // no place is paid to the other side of the agreement or joint act it is the occasion of.
        let visit_host = kind == "CONSULT"
            && p.mode.as_deref() == Some("visit")
            && !p.symmetric
            && !p.roles.source.is_empty()
            && p.roles.target.is_empty()
            && matches!(e.kind.as_str(), "AGREE" | "COOPERATE")
            && e.target.is_empty();
        near && (visit_host
            || (e.kind == "CONSULT"
                && DURING_MEETING.contains(&kind)
                && (!me.trig.noun || matches!(kind, "CONSULT" | "AGREE"))
                && (kind != "CONSULT" || (p.symmetric && !e.target.is_empty()))))
    }

    /// Whether Arabic verb `hit`, its object a pronoun (وأشادت به، وانتقدته), has a subject of its own right
    /// after that pronoun that is no state ("وأشادت به الصحافة"): the act is not the state's, so no meeting
    /// makes it one.
    pub(super) fn ar_other_subject(&self, hit: &Hit) -> bool {
        if self.ctx.lang != Lang::Ar || self.live.iter().any(|l| l.hit.t0 == hit.t0 && l.trig.noun)
        {
            return false;
        }
        let subj = if self.ar_ba_pronoun(hit) {
            hit.t1 + 1
        } else if self.ar_object_pronoun(hit) {
            hit.t1
        } else {
            return false;
        };
        subj < self.scan.toks.len()
            && self.scan.text(subj).starts_with("ال")
            && !self.actors.iter().any(|a| a.t0 <= subj && subj < a.t1)
    }

    /// Whether `type_name` (with `mode`) at `hit` is done by both sides alike: cooperation, talks (not a
    /// visit), an agreement signed or named as a document (not a promise given to the other side).
    pub(super) fn symmetric_act(&self, hit: &Hit, type_name: &str, mode: Option<&str>) -> bool {
        match type_name {
            "COOPERATE" => true,
            "CONSULT" => !matches!(mode, Some("visit" | "host")),
            "AGREE" => {
                self.live.iter().any(|l| l.hit.t0 == hit.t0 && l.trig.noun)
                    || self.signing_verb(hit)
            }
            _ => false,
        }
    }

    /// The record of live trigger `i` coded as `type_name` with `roles` (`kind`, the trigger's type
    /// index, stands when the name has none; `out`, the sentence's events so far, may date it).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn event_rec(
        &self,
        i: usize,
        kind: u8,
        type_name: &str,
        mode: Option<String>,
        context: Vec<String>,
        roles: &Roles<'a>,
        modality: Modality,
        reported_by: Option<&str>,
        out: &[EventRec],
    ) -> EventRec {
        let l = &self.live[i];
        let hit = &l.hit;
        let kind = data::type_index(type_name).unwrap_or(kind);
        let info = self.tables.info(kind, mode.as_deref());
        let t = &self.scan.toks;
        let (o0, o1) = (t[hit.t0].orig_start, t[hit.t1 - 1].orig_end);
        EventRec {
            kind: type_name.to_string(),
            mode,
            context,
            score: info.map_or(0.0, |i| i.score),
            source: roles.source.iter().map(|s| s.to_string()).collect(),
            target: roles.target.iter().map(|s| s.to_string()).collect(),
            date: self.event_date(l.clause, hit.t0, &roles.source, out),
            negated: self.negated(i),
            modality: modality.as_str().to_string(),
            reported_by: reported_by.map(str::to_string),
            trigger: self.ctx.text[o0..o1].to_string(),
            actors: roles.who.iter().map(|s| s.to_string()).collect(),
            sentence: [self.ctx.range.start, self.ctx.range.end],
            text: self.ctx.text.to_string(),
        }
    }
}
