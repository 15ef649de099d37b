//! "At the request of": the act a request names as its occasion («по просьбе», "at the request of", «بطلب من»),
//! the requester's `REQUEST` aimed at the act's doer (eval/README Session-52 ruling (a)), and troops that enter a
//! state at its request as the mover's military aid (Session-58 ruling (a)). For all three languages; moved out of
//! `lang_ru.rs`, where the Russian form was written first.

use blocwatch_text::Lang;
use smallvec::SmallVec;

use super::actors::Actor;
use super::clauses::is_comma;
use super::data::WordList;
use super::lang_ar::unglued;
use super::roles::push_distinct;
use super::scan::Hit;
use super::{Coder, Ids, Roles};
use crate::record::EventRec;

impl<'a> Coder<'_, 'a> {
    /// Whether request noun `hit` names the occasion of an act: Russian «по просьбе», English "at the
    /// request of" ("at Tokayev's request" has its own rule in `roles`), Arabic «بطلب من» and «بناءً على
    /// طلب من» (the verbal noun after ب, or after على that follows بناء; the scanner lets such a ب + طلب
    /// through before من, `scan::scan`).
    pub(super) fn at_request(&self, hit: &Hit) -> bool {
        let text = |t: usize| self.scan.text(t);
        match self.ctx.lang {
            Lang::Ar => {
                // (Only with the asker in من: «تقدمت بطلب انضمام» is an application, its own act.)
                let w = unglued(text(hit.t0));
                text(hit.t1 - 1) == "من"
                    && ((hit.governed && w.starts_with('ب'))
                        || (hit.t0 >= 2
                            && text(hit.t0 - 1) == "علي"
                            && text(hit.t0 - 2).ends_with("بناي")))
            }
            Lang::Ru => hit.t0 > 0 && text(hit.t0 - 1) == "по",
            Lang::En => {
                hit.t0 >= 2
                    && hit.t1 < self.scan.toks.len()
                    && text(hit.t0 - 2) == "at"
                    && text(hit.t0 - 1) == "the"
                    && text(hit.t1) == "of"
            }
        }
    }

    /// «Москва передала оружие Банги по просьбе президента Туадеры», «списала долг по просьбе
    /// Улан-Батора», "shipped vaccines to Cambodia at the request of Phnom Penh": such a request noun (see
    /// [`Self::at_request`]) names who asked right after it (the genitive, "of"), and what
    /// was asked is the act this sentence coded just before it: the request is the asker's, aimed at that
    /// act's doer (eval/README: the gold codes "at the request of" as a REQUEST of its own). Rewrites
    /// `roles` only when both are found; else an Arabic one is nobody's (the verb row it was matched by
    /// would make the sentence's subject the asker).
    pub(super) fn at_request_roles(&self, hit: &Hit, out: &[EventRec], roles: &mut Roles<'a>) {
        if !self.at_request(hit) {
            return;
        }
        let unresolved = |roles: &mut Roles<'a>| {
            if self.ctx.lang == Lang::Ar {
                roles.source.clear();
                roles.target.clear();
            }
        };
        let asker = self.request_asker(hit);
        // (The act asked for may still be to come, «سترفع العقوبات … بناءً على طلب من الرياض»: the
        // request was made all the same.)
        let fits = |e: &&EventRec, asker: &[&str]| {
            !e.negated
                && matches!(e.modality.as_str(), "asserted" | "expected")
                && !e.source.is_empty()
                && !e.source.iter().any(|s| asker.contains(&s.as_str()))
        };
        let ids: SmallVec<[&'a str; 4]> = asker
            .map(|a| a.ids.iter().copied().collect())
            .unwrap_or_default();
        // "وقال الكرملين إن الضربات جاءت بطلب من الرئيس السوري": with no act coded before it in its sentence,
        // an Arabic request whose clause names an act told before (`ar_act_object` of the words before it)
        // is the occasion of that act, the latest one of an earlier sentence.
        // (An act noun of a type says which act: «الضربات» the latest assault, not the aid told after it.)
        let act = out.last().filter(|e| fits(e, &ids)).or_else(|| {
            let kind = self
                .ar_act_told_before_request(hit)
                .filter(|_| out.is_empty())?;
            self.recent_events(out)
                .find(|e| super::is_deed(e) && fits(e, &ids) && kind.is_none_or(|k| e.kind == k))
        });
        let Some(act) = act else {
            return unresolved(roles);
        };
        // "وأرسلت لندن قوات إلى الكويت بطلب من أميرها": an asker named by his title with a pronoun for his
        // state (أميرها، رئيسها، حكومتها) is the state the act was done for, its one target.
        let ids = if ids.is_empty() {
            match self.ar_asker_of_the_target(hit, act) {
                Some(t) => t,
                None => return unresolved(roles),
            }
        } else {
            ids
        };
        roles.source.clear();
        roles.target.clear();
        roles.source.extend(ids);
        self.add_leads(&act.source, roles, false);
    }

    /// Who asked, named right after request noun `hit`: «просьбе Душанбе», «просьбе президента Туадеры»,
    /// "at the request of Prime Minister Mosisili" — the first actor at most four words on, no comma
    /// before it.
    fn request_asker(&self, hit: &Hit) -> Option<&Actor<'a>> {
        let a = self
            .actors
            .iter()
            .find(|a| a.t0 >= hit.t1 && a.t0 <= hit.t1 + 4)?;
        let comma = (hit.t1..a.t0).any(|t| !self.scan.toks[t].word && is_comma(self.scan.text(t)));
        (!comma).then_some(a)
    }

    /// "Kenyan troops crossed into Somalia at the request of Mogadishu", «российские десантники
    /// высадились в Казахстане по просьбе Астаны», «دخلت قوات عراقية إلى الأردن بطلب من عمّان»: troops that
    /// enter, land or arrive (`troop_arrival` within four words of a troop noun, both before request `hit`
    /// and after the latest act coded, `last_coded`) at a state's request (see [`Self::at_request`]) are
    /// the military aid of the states named beside the troop noun (its adjective or genitive, three words
    /// before it to four after) to the asker, the state received (eval/README session-58 ruling). The
    /// mover, the one received and the arrival word; none when the asker or the mover is not named.
    pub(super) fn troops_at_request(
        &self,
        hit: &Hit,
        last_coded: Option<usize>,
    ) -> Option<(Ids<'a>, Ids<'a>, usize)> {
        if !self.at_request(hit) {
            return None;
        }
        let arrival = |t: usize| self.word_of(t, WordList::TroopArrival, WordList::TroopArrival);
        let from = last_coded.map_or(0, |t| t + 1);
        let m = (from..hit.t0).rev().find(|&t| arrival(t))?;
        let troop = (m.saturating_sub(4).max(from)..(m + 5).min(hit.t0))
            .find(|&t| t != m && self.troop_word(t))?;
        let asker: Ids<'a> = self.request_asker(hit)?.ids.iter().copied().collect();
        let mut mover: Ids<'a> = SmallVec::new();
        for a in self.actors.iter().filter(|a| {
            !a.venue && a.t0 + 3 >= troop && a.t0 <= troop + 4 && a.t0 >= from && a.t0 < hit.t0
        }) {
            push_distinct(
                &mut mover,
                a.ids.iter().copied().filter(|id| !asker.contains(id)),
            );
        }
        (!mover.is_empty()).then_some((mover, asker, m))
    }

    /// Whether the words of Arabic request `hit`'s clause before it name an act told before: a definite
    /// noun trigger or act noun («إن الضربات جاءت بطلب من …»), with no actor between it and the request;
    /// then the type a noun trigger names, if it is one.
    fn ar_act_told_before_request(&self, hit: &Hit) -> Option<Option<&'static str>> {
        if self.ctx.lang != Lang::Ar || hit.t0 == 0 {
            return None;
        }
        let cr = &self.clauses[self.clause_of(hit.t0)].range;
        let start = cr.start.max(hit.t0.saturating_sub(4));
        (start..hit.t0)
            .filter(|&t| !self.actors.iter().any(|a| a.t0 >= t && a.t0 < hit.t0))
            .find_map(|t| {
                let w = self.scan.text(t);
                let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                let kind = self.act_noun_kind(t, true);
                let named = self.tables.words.has(WordList::ArActNounDefinite, w)
                    || w.strip_prefix("ال").is_some_and(|stem| {
                        self.tables.words.has(WordList::ArActNoun, stem) || kind.is_some()
                    });
                named.then_some(kind)
            })
    }

    /// The one target of `act` when the word right after Arabic request `hit` is a noun with a pronoun
    /// suffix for it («بطلب من أميرها», «بناءً على طلب من حكومتها»): the asker is the state the act was
    /// done for.
    fn ar_asker_of_the_target(&self, hit: &Hit, act: &EventRec) -> Option<SmallVec<[&'a str; 4]>> {
        if self.ctx.lang != Lang::Ar
            || hit.t1 >= self.scan.toks.len()
            || !self.scan.toks[hit.t1].word
        {
            return None;
        }
        let w = self.scan.text(hit.t1);
        let stem = w.strip_suffix("ها").or_else(|| w.strip_suffix('ه'))?;
        if stem.chars().count() < 3
            || self.actors.iter().any(|a| a.t0 == hit.t1)
            || act.target.len() != 1
        {
            return None;
        }
        let k = self.ctx.lexicon.lookup(&act.target[0])?;
        Some(std::iter::once(self.ctx.lexicon.entity(k).id.as_str()).collect())
    }
}
