//! The subject of a trigger: the group before the verb (English, Russian) or after it (Arabic), a subject
//! inherited from a coordinated verb, and the "second act" of the same subject after a conjunction, whose
//! per-language differences are the rows of `SecondActRule`.

use blocwatch_text::Lang;

use super::actors::is_bloc;
use super::clauses::{is_comma, past_possessive, Boundary};
use super::data::{Cue, Trigger, WordList, TYPES};
use super::lang_ar::{ar_possessed_stem, AR_POSSESSIVE_SUFFIXES};
use super::lang_ru::{ru_gerund, ru_infinitive, ru_instrumental};
use super::roles::{is_prep, SYMMETRIC};
use super::scan::Hit;
use super::{Coder, Group, Ids, Roles};
use crate::record::EventRec;

/// How many words a subject may hold between its possessive determiner and its verb
/// (`Coder::possessive_subject`: "its national security committee").
const POSSESSED_WORDS: usize = 4;

/// Words of an adjunct opening with a preposition between a possessed subject and its verb («в тот же
/// день»).
const SUBJECT_ADJUNCT: usize = 4;

/// How a language writes the "second act" (`Coder::second_act`): a second finite verb after the
/// conjunction is an event of its own of the same subject. The mechanism is one; the languages differ
/// only in where the conjunction stands, which forms of the verb are no finite predicate
/// (`Coder::finite_form`) and what makes the second verb the first act told again — so those
/// differences are rows here, not three copies of the rule.
pub(super) struct SecondActRule {
    /// How many words before the verb the conjunction (an `and` cue) may stand, with no actor named
    /// between ("and shut", "and on Monday shut" but not "and Moscow shut": a new subject). 1: right
    /// before it (Russian «и»). 0: written on the verb itself (Arabic و/ف, `Hit::conj`).
    pub(super) conj_window: usize,
    /// Object pronouns right after the verb: the same act told twice ("expelled two diplomats and
    /// ordered them to leave", "выслал дипломатов и обязал их покинуть"). (Arabic writes the pronoun on
    /// the verb or its preposition: `Coder::ar_object_pronoun`, `Coder::ar_detached_pronoun`.)
    pub(super) pronoun_objects: Option<WordList>,
    /// Types whose two verbs are one statement or meeting, as the language's dev gold has it
    /// ("осудил Японию и обвинил Токио", "созвонились и обсудили").
    pub(super) one_act_types: &'static [&'static str],
    /// Whether a verb inside the words of an earlier trigger belongs to it ("ввели и расширили
    /// санкции": one act).
    pub(super) inside_earlier_is_same: bool,
}

/// (Arabic tells one statement or meeting with two verbs as Russian does — "ونددت طهران بالقرار ووصفته
/// بأنه عدائي", "التقى … أمير قطر … وبحثا التعاون": session 27, devx ar −4 fp, gates ar −1 fp.)
const SECOND_ACT_AR: SecondActRule = SecondActRule {
    conj_window: 0,
    pronoun_objects: None,
    one_act_types: ONE_STATEMENT_TYPES,
    inside_earlier_is_same: false,
};

const SECOND_ACT_EN: SecondActRule = SecondActRule {
    conj_window: 4,
    pronoun_objects: Some(WordList::EnObjectPronoun),
    one_act_types: &[],
    inside_earlier_is_same: false,
};

/// Types whose two coordinated verbs are one statement or meeting ("осудил Японию и обвинил Токио",
/// "созвонились и обсудили").
const ONE_STATEMENT_TYPES: &[&str] = &[
    "ACCUSE", "SUPPORT", "CONSULT", "REJECT", "PROTEST", "THREATEN", "REQUEST",
];

pub(super) const SECOND_ACT_RU: SecondActRule = SecondActRule {
    conj_window: 1,
    pronoun_objects: Some(WordList::RuObjectPronoun),
    one_act_types: ONE_STATEMENT_TYPES,
    inside_earlier_is_same: true,
};

/// Types whose Arabic verb takes its object and then a ب phrase: اتهم X بـ (the charge), طالب X بـ (the
/// demand), هدد X بـ (the threat).
pub(super) const OBJECT_THEN_BA: &[&str] = &["ACCUSE", "REQUEST", "THREATEN"];

/// Types whose Arabic verb takes its object and then a complement of ب or على (`ar_object_before_ba`): those
/// of [`OBJECT_THEN_BA`], and thanks and congratulation, شكر X على and هنأ X على (the reason).
pub(super) const OBJECT_THEN_COMPLEMENT: &[&str] = &["ACCUSE", "REQUEST", "THREATEN", "SUPPORT"];

pub(super) fn second_act_rule(lang: Lang) -> &'static SecondActRule {
    match lang {
        Lang::Ar => &SECOND_ACT_AR,
        Lang::En => &SECOND_ACT_EN,
        Lang::Ru => &SECOND_ACT_RU,
    }
}

impl<'a> Coder<'_, 'a> {
    /// "expelled two Belarusian diplomats and demanded an apology", «вызвал посла Белоруссии и потребовал
    /// объяснений», «استدعت … سفيرها من باريس ورفضت الطلب», «علّق … عضوية غينيا، مطالباً بعودة …»: a demand,
    /// a threat or the rejection of a request that is joined to an earlier act of the same doer (a verb
    /// after and/и/و, or an adjunct: Arabic circumstantial participle, Russian gerund, English -ing after a
    /// comma) and names no one it is aimed at is aimed where that act was (`out`: this sentence's events
    /// so far). So is an English or Russian seizure, strike or penalty joined to a deed of the same doer
    /// ("fired at a Greek vessel and detained two of its crew", «обстреляли греческий катер и задержали
    /// двух членов его экипажа»). The other types name their object, or are the same act
    /// told twice.
    pub(super) fn joined_act_target(
        &self,
        hit: &Hit,
        trig: &Trigger,
        type_name: &str,
        out: &[EventRec],
        roles: &mut Roles<'a>,
    ) {
        if trig.noun || roles.source.is_empty() || !roles.target.is_empty() {
            return;
        }
        // ("rejected the request": a request noun right after the rejection, never "rejected the
        // charges", which denies them.)
        // (An accusation naming the accused only by a pronoun or a description — "accusing him of
        // spying", «обвинив его в …», "accusing the Baltic state of …" — accuses whom the act was aimed at.)
        // (English and Russian: a seizure, strike or penalty joined to a physical or punitive act of the same doer
        // and naming no state of its own is done to the same victim — "fired at a Chinese trawler and
        // detained four of its crew". A deed of the same type after it is that act told again, so
        // "expelled two Latvian diplomats and closed its consulate" keeps one SANCTION: see the filter
        // below.)
        let deed_after_deed = matches!(self.ctx.lang, Lang::En | Lang::Ru)
            && matches!(type_name, "COERCE" | "ASSAULT" | "SANCTION");
        let kind_fits = match type_name {
            "REQUEST" | "THREATEN" | "ACCUSE" => true,
            _ if deed_after_deed => true,
            "REJECT" => self.scan.triggers.iter().any(|h| {
                h.t0 >= hit.t1 && h.t0 <= hit.t1 + 1 && self.hit_type(h) == Some("REQUEST")
            }),
            _ => false,
        };
        if !kind_fits {
            return;
        }
        // (Not when the clause names a state after the verb: "and arrested forty suspects in Ankara"
        // is done at home.)
        if deed_after_deed {
            let cr = &self.clauses[self.clause_of(hit.t0)].range;
            if self.actors.iter().any(|a| a.t0 >= hit.t1 && a.t0 < cr.end) {
                return;
            }
        }
        let w = self.scan.text(hit.t0);
        let joined = self.after_conjunction(hit, second_act_rule(self.ctx.lang))
            || self.ar_participle(hit)
            || self.en_ing_adjunct(hit)
            || (self.ctx.lang == Lang::Ru && ru_gerund(w));
        if !joined {
            return;
        }
        // (An act aimed at the doer itself is not the one continued.)
        let earlier = self
            .own_earlier_act(out, &roles.source)
            .filter(|e| !e.target.iter().any(|t| roles.source.contains(&t.as_str())))
            // (A condemnation continued by a second verb of blame is one statement: "ونددت طهران بالقرار
            // ووصفته بأنه عدائي".)
            .filter(|e| !(type_name == "ACCUSE" && e.kind == "ACCUSE"))
            // (A deed of the same type after it is that act told again: "boarded a Greek tanker and
            // seized its cargo" is one seizure.)
            .filter(|e| {
                !deed_after_deed
                    || (e.kind != type_name
                        && matches!(e.kind.as_str(), "COERCE" | "ASSAULT" | "SANCTION"))
            })
            // (A number heading the object names some of a group of states — "accused the three largest
            // of the four" after an act aimed at the bloc —, not all of them; some of the people an act
            // was aimed at — "expelled French diplomats and accused three of them" — keep their state.)
            .filter(|e| {
                !(type_name == "ACCUSE"
                    && self.partitive_object(hit)
                    && (e.target.len() > 1 || e.target.iter().any(|t| is_bloc(self.ctx, t))))
            });
        if let Some(e) = earlier {
            self.add_leads(&e.target, roles, false);
        }
    }

    /// Whether the object after the verb at `hit` is headed by a number ("accused the three largest of
    /// the four", «обвинил двух из них»): it names part of a group, not all of whom an earlier act was
    /// aimed at.
    fn partitive_object(&self, hit: &Hit) -> bool {
        (hit.t1..(hit.t1 + 2).min(self.scan.toks.len())).any(|k| {
            self.tables
                .words
                .has(WordList::PartitiveNumber, self.scan.text(k))
        })
    }

    /// Whether token `t` opens an adjunct of solidarity ("in solidarity with", «в знак солидарности с»,
    /// "تضامناً مع"): the motive of an act, not an act.
    pub(super) fn solidarity_at(&self, t: usize) -> bool {
        self.tables
            .words
            .has(WordList::SolidarityAdjunct, self.scan.text(t))
            && match self.ctx.lang {
                Lang::Ar => true,
                Lang::En => t > 0 && self.scan.text(t - 1) == "in",
                Lang::Ru => t > 0 && self.scan.text(t - 1) == "знак",
            }
    }

    /// Drops from the target of `hit` the states after a solidarity adjunct that follows it ("cut ties
    /// with Iran in solidarity with Saudi Arabia", "قطعت علاقاتها مع إيران تضامناً مع السعودية"): those
    /// the doer stands with are not whom its act is aimed at.
    pub(super) fn drop_solidarity_party(
        &self,
        hit: &Hit,
        cr: &std::ops::Range<usize>,
        roles: &mut Roles<'a>,
    ) {
        // (Its noun is a SUPPORT trigger in every language, so only the sentence's triggers are looked
        // at, not every word.)
        let Some(k) = self
            .scan
            .triggers
            .iter()
            .map(|h| h.t0)
            .find(|&k| k >= hit.t1 && k < cr.end && self.solidarity_at(k))
        else {
            return;
        };
        // (Only the states it names — "with Saudi Arabia and the UAE", the conjuncts within two words of
        // each other —, and not one the act named before it: "… with Iran …, in solidarity with Riyadh
        // after the attack on its embassy in Tehran".)
        let named_before = |id: &str| {
            self.actors
                .iter()
                .any(|b| b.t0 >= hit.t1 && b.t1 <= k && b.ids.contains(&id))
        };
        let mut end = k + 3;
        for a in self.actors.iter().filter(|a| a.t0 > k && a.t0 < cr.end) {
            if a.t0 > end {
                break;
            }
            end = a.t1 + 2;
            roles
                .target
                .retain(|id| !a.ids.contains(id) || named_before(id));
        }
    }

    /// Where a phrase naming the occasion of the sentence's act opens before the noun at `t` ("during a
    /// visit", "after weeks of talks", «в ходе визита», «после двух раундов переговоров», «خلال زيارة»,
    /// «بعد جولتين من المفاوضات»): an opener (`WordList::OccasionOpener`) up to four plain words before,
    /// no actor and no punctuation between.
    pub(super) fn occasion_start(&self, t: usize) -> Option<usize> {
        (t.saturating_sub(5)..t).rev().find(|&k| {
            self.tables
                .words
                .has(WordList::OccasionOpener, self.scan.text(k))
                && (k + 1..t).all(|u| self.scan.toks[u].word || self.scan.text(u) == "-")
                && !self.actors.iter().any(|a| a.t0 > k && a.t0 < t)
        })
    }

    /// Where a phrase naming the call an act was made in opens before the call noun at `t` ("thanked
    /// Putin in a telephone call", «сообщил ему в телефонном разговоре», «أبلغه بالقرار في اتصال هاتفي»): a
    /// word of `phone_occasion_opener` (in, в, في) right before it, or before an English article or
    /// determiner before it. The call is then held between the sentence's subject and the one it names,
    /// as a call in a "during" phrase is (`occasion_start`). (Not a preposition further back: «в
    /// воскресенье по видеосвязи» sets a signing's date and its means.)
    pub(super) fn phone_occasion_start(&self, t: usize) -> Option<usize> {
        let words = &self.tables.words;
        let k = self.past_en_article(t.checked_sub(1)?);
        (self.scan.toks[k].word && words.has(WordList::PhoneOccasionOpener, self.scan.text(k)))
            .then_some(k)
    }

    /// The two sides of a call named in a phrase that opens its sentence and is set off by a comma, the
    /// phrase naming no side of its own ("In a phone call on Tuesday, Scholz told Putin that …", "During
    /// a telephone conversation, Macron urged Xi …", «وفي اتصال هاتفي، أكد أردوغان لزيلينسكي …»): the
    /// subject of the clause after the comma (its first group with no preposition) and the first other
    /// group of that clause that names a leader (or of the clause right after a verb of telling that ends
    /// it), the one the act is told to. The phrase opens with a word of
    /// `phone_occasion_opener` or `occasion_opener` (after an Arabic و). None when no other side follows
    /// in that clause ("In a phone call, the Kremlin said …").
    pub(super) fn fronted_call_sides(&self, hit: &Hit) -> Option<Ids<'a>> {
        let words = &self.tables.words;
        let k = (0..hit.t0).find(|&k| self.scan.toks[k].word)?;
        let w = self.scan.text(k);
        let w = match self.ctx.lang {
            Lang::Ar => w.strip_prefix('و').unwrap_or(w),
            _ => w,
        };
        if !(words.has(WordList::PhoneOccasionOpener, w) || words.has(WordList::OccasionOpener, w))
        {
            return None;
        }
        let n = self.scan.toks.len();
        let c = (hit.t1..n)
            .find(|&t| !self.scan.toks[t].word && !matches!(self.scan.text(t), "-" | "'"))?;
        if !is_comma(self.scan.text(c)) || self.actors.iter().any(|a| a.t0 >= k && a.t0 < c) {
            return None;
        }
        let cr = self.clauses[self.clause_of(c + 1)].range.clone();
        let gs = self.groups(&cr);
        let subject = gs.iter().find(|g| g.t0 > c && g.prep.is_none())?;
        let mut sides: Ids<'a> = self.group_ids(&subject.members).collect();
        // (The side spoken to is a leader: a person, or a state adjective before a title, "his Chinese
        // counterpart"; not a state the act is about, "expelled two Estonian diplomats", "the war in
        // Ukraine".)
        let leader = |m: usize| {
            let a = &self.actors[m];
            a.person
                || (a.adjective
                    && a.t1 < n
                    && words.has(WordList::EnTitleAfterDemonym, self.scan.text(a.t1)))
        };
        let new_side = |g: &&Group| {
            g.members.iter().any(|&m| leader(m))
                && self.group_ids(&g.members).any(|id| !sides.contains(&id))
        };
        // (Or the one a verb of telling that ends the clause speaks to, first in the clause after it:
        // "Scholz told Putin that …".)
        let next = (cr.end < n)
            .then(|| self.groups(&self.clauses[self.clause_of(cr.end)].range))
            .and_then(|ng| {
                ng.iter()
                    .find(|g| g.t0 <= cr.end + 1 && g.prep.is_none() && new_side(g))
                    .map(|g| g.members.clone())
            });
        let other = match gs.iter().find(|g| g.t0 > subject.t0 && new_side(g)) {
            Some(g) => g.members.clone(),
            None => next?,
        };
        for id in self.group_ids(&other) {
            if !sides.contains(&id) {
                sides.push(id);
            }
        }
        Some(sides)
    }

    /// Where a phrase set off by a comma after the sentence's act opens whose noun is at `t` (", his first
    /// visit to Russia", ", the second day of his state visit", «, на второй день государственного визита»,
    /// "، في أول زيارة له"): the comma, a live trigger before it that is no visit (a visit before it is
    /// the one the phrase tells again: "visited Moscow on Thursday, his first trip abroad"), up to eight
    /// plain words between, no actor, and no word that sets the noun at another time than the act ("days
    /// after a visit", «перед визитом», "بعد زيارة": `occasion_opener`/`background_opener` rows, whose own
    /// rules read them) nor a boundary word.
    pub(super) fn appositive_start(&self, t: usize) -> Option<usize> {
        let words = &self.tables.words;
        let k = (t.saturating_sub(9)..t)
            .rev()
            .find(|&k| !self.scan.toks[k].word && self.scan.text(k) != "'")?;
        let before = || self.live.iter().filter(|l| l.hit.t1 <= k);
        (is_comma(self.scan.text(k))
            && before().next().is_some()
            && !before().any(|l| l.trig.mode.as_deref() == Some("visit"))
            && (k + 1..t).all(|u| {
                let w = self.scan.text(u);
                (self.scan.toks[u].word || w == "'")
                    && !words.has(WordList::OccasionOpener, w)
                    && !words.has(WordList::BackgroundOpener, w)
                    && !self.scan.has_cue(u, u + 1, |c| c == Cue::Boundary)
            })
            && !self.actors.iter().any(|a| a.t0 > k && a.t0 < t))
        .then_some(k)
    }

    /// For a visit noun at `hit` whose doer the roles took from an actor named before an occasion phrase
    /// that opens with it ("promised Serbia a loan during a visit to Belgrade", «похвалил Сербию во время
    /// визита в Белград»): the visitor, the subject of the sentence, and the place visited, named right
    /// after the noun (after to/in/on). None when the phrase names a doer of its own («во время визита
    /// Путина в …», "a visit by Putin to …", or a possessive before the noun, "on her first visit":
    /// `occasion_possessive` rows), when the doer taken stands elsewhere, or when the subject is the doer
    /// already or the place visited.
    pub(super) fn occasion_visitor(
        &self,
        hit: &Hit,
        roles: &Roles<'a>,
    ) -> Option<(Ids<'a>, Ids<'a>)> {
        let p = if self.ctx.lang == Lang::En {
            self.en_occasion_start(hit.t0)
        } else {
            self.occasion_start(hit.t0)
        }?;
        if (p + 1..hit.t0).any(|t| {
            self.tables
                .words
                .has(WordList::OccasionPossessive, self.scan.text(t))
        }) {
            return None;
        }
        let place = self.actors.iter().position(|a| a.t0 >= hit.t1)?;
        let at = self.actors[place].t0;
        if at > hit.t1 + 4
            || !self
                .scan
                .has_cue(at - 1, at, |c| matches!(c, Cue::To | Cue::In | Cue::On))
        {
            return None;
        }
        // (The place visited may be the doer taken: "praised Serbia during a visit to Belgrade".)
        let named = |id: &&str, r: std::ops::Range<usize>| {
            self.actors
                .iter()
                .enumerate()
                .any(|(k, a)| k != place && r.contains(&a.t0) && a.ids.contains(id))
        };
        if !roles
            .source
            .iter()
            .all(|id| named(id, 0..p) && !named(id, p..hit.t1 + 6))
        {
            return None;
        }
        let target: Ids<'a> = self.actors[place].ids.iter().copied().collect();
        let mut subject: Ids<'a> = Ids::new();
        for id in self.sentence_subject(p, hit.t1, &target) {
            if !subject.contains(&id) {
                subject.push(id);
            }
        }
        (!subject.is_empty() && subject != roles.source).then_some((subject, target))
    }

    /// The subject of the sentence for an act named in the phrase `p..end`: the first group with no
    /// preposition outside that phrase, in any clause, that is not only `other` (the side visited or met).
    pub(super) fn sentence_subject(&self, p: usize, end: usize, other: &[&str]) -> Ids<'a> {
        let members = (0..self.clauses.len()).find_map(|k| {
            let gs = self.groups(&self.clauses[k].range);
            gs.iter()
                .find(|g| {
                    g.prep.is_none()
                        && !(g.t0 >= p && g.t0 < end)
                        && !g
                            .members
                            .iter()
                            .all(|&m| self.actors[m].ids.iter().all(|id| other.contains(id)))
                })
                .map(|g| g.members.clone())
        });
        self.group_ids(&members.unwrap_or_default())
            .filter(|id| !other.contains(id))
            .collect()
    }

    /// Whether live trigger `i` (`hit`, `trig`, of type `type_name`) is a second act: a verb after
    /// and/и/و is an act of its own (one event per trigger, eval/README), even when it repeats the type
    /// and parties of the act before — "Obama expelled 35 Russian diplomats and shut two Russian
    /// compounds", "выслала дипломатов и закрыла консульство", "فرضت واشنطن عقوبات على روسيا وحظرت
    /// واردات نفطها". Not a noun, nor a second row on a verb already coded (`verb_starts`: two rows
    /// matching one verb stay one event), nor a form that is no finite predicate, nor the same act told
    /// again (`SecondActRule`).
    pub(super) fn second_act(
        &self,
        i: usize,
        hit: &Hit,
        trig: &Trigger,
        type_name: &str,
        verb_starts: &[usize],
    ) -> bool {
        let rule = second_act_rule(self.ctx.lang);
        // (A verb in a series — "recalled its ambassador, expelled a diplomat and closed …" — is one
        // too, though a comma stands where the "and" would.)
        let series = self.en_series_verb(self.live[i].clause) == Some(hit.t0);
        !trig.noun
            && (self.after_conjunction(hit, rule) || series)
            && (self.finite_form(hit) || self.en_ing_conjunct(i, hit))
            && !rule.one_act_types.contains(&type_name)
            && !verb_starts.contains(&hit.t0)
            && (!rule.inside_earlier_is_same
                || !self.live[..i]
                    .iter()
                    .any(|p| p.hit.t0 < hit.t0 && p.hit.t1 > hit.t0))
            && !self.pronoun_object(hit, rule)
    }

    /// Whether the English -ing verb of live trigger `i` (`hit`) is joined by "and" to an act told by an
    /// -ing verb itself ("responded by expelling four diplomats and closing the consulate", "retaliated,
    /// expelling five diplomats and barring thirteen others"): the two adjuncts are two acts of the
    /// doer, as two finite verbs are. (An -ing form after a finite verb is no predicate of its own:
    /// "expelled four diplomats, accusing them …".)
    fn en_ing_conjunct(&self, i: usize, hit: &Hit) -> bool {
        self.ctx.lang == Lang::En
            && self.scan.text(hit.t0).ends_with("ing")
            && self.live[..i]
                .iter()
                .rev()
                .find(|p| !p.trig.noun && p.hit.t1 <= hit.t0)
                .is_some_and(|p| self.scan.text(p.hit.t0).ends_with("ing"))
    }

    /// Whether a conjunction stands before `hit` as the language writes it (`SecondActRule::conj_window`).
    pub(super) fn after_conjunction(&self, hit: &Hit, rule: &SecondActRule) -> bool {
        if rule.conj_window == 0 {
            return hit.conj;
        }
        // («и во вторник выслала дипломата», "and on Tuesday expelled": the date of the second act stands
        // between the conjunction and its verb and counts no word of the window.)
        let end = self.before_date(hit.t0);
        (end.saturating_sub(rule.conj_window)..end).any(|t| {
            self.scan.has_cue(t, t + 1, |c| c == Cue::And)
                && !self.actors.iter().any(|a| a.t0 > t && a.t0 < hit.t0)
        })
    }

    /// Where the date phrase that ends right before token `t` begins, with the preposition that opens it
    /// ("and on Tuesday expelled", "and on May 3 expelled", «и во вторник выслала»): the date the text gives
    /// a second act between its conjunction and its verb. `t` itself when no date ends there.
    pub(super) fn before_date(&self, t: usize) -> usize {
        if t == 0 {
            return t;
        }
        let start = self.ctx.range.start;
        let n = self.scan.toks.len();
        let tok = |off: usize| {
            self.scan
                .tok_at(off.saturating_sub(start))
                .min(n.saturating_sub(1))
        };
        let Some(d) = self
            .dates
            .iter()
            .find(|d| d.start >= start && d.end > d.start && tok(d.end - 1) == t - 1)
        else {
            return t;
        };
        let mut s = tok(d.start).min(t - 1);
        if s > 0 && matches!(self.scan.text(s - 1), "on" | "in" | "в" | "во" | "на") {
            s -= 1;
        }
        s
    }

    /// Whether the verb of `hit` is in a form that can be a predicate of its own: not an English -ing
    /// form, a Russian infinitive (a complement: "и намерена ввести"), nor an Arabic participle.
    pub(super) fn finite_form(&self, hit: &Hit) -> bool {
        match self.ctx.lang {
            Lang::En => !self.scan.text(hit.t0).ends_with("ing"),
            Lang::Ru => !ru_infinitive(self.scan.text(hit.t0)),
            Lang::Ar => !self.ar_participle(hit),
        }
    }

    /// Whether the object of `hit` is a pronoun (`SecondActRule::pronoun_objects`; Arabic: written on
    /// the verb or apart from it).
    fn pronoun_object(&self, hit: &Hit, rule: &SecondActRule) -> bool {
        if self.ctx.lang == Lang::Ar {
            return self.ar_object_pronoun(hit) || self.ar_detached_pronoun(hit);
        }
        // («понизил уровень отношений с Камбоджей и выслал её посла»: a possessive before its noun is no
        // object pronoun; the expulsion is an act of its own, aimed by `ru_object_pronoun`. Not inside the
        // trigger's own words: «объявила их персонами нон грата» is the object.)
        hit.t0 + 1 < self.scan.toks.len()
            && rule
                .pronoun_objects
                .is_some_and(|l| self.tables.words.has(l, self.scan.text(hit.t0 + 1)))
            && !(self.ctx.lang == Lang::Ru
                && hit.t1 == hit.t0 + 1
                && self.ru_possessive_pronoun(hit.t0 + 1))
            && !self.pronoun_before_object(hit.t0 + 1)
    }

    /// Whether the pronoun at token `t`, right after a coordinated verb, stands before the verb's own
    /// object and so is no object told again: the recipient of a verb of giving ("granted it a new
    /// loan", "gave them 48 hours") or a possessive («выслала её посла», "closed her embassy").
    fn pronoun_before_object(&self, t: usize) -> bool {
        let u = t + 1;
        if u >= self.scan.toks.len() {
            return false;
        }
        let w = self.scan.text(u);
        // (Not before a preposition, a conjunction or the object's complement: "ordered them to leave",
        // "expelled them from the country", «объявила их персонами нон грата».)
        let complement = self.scan.has_cue(u, u + 1, |c| is_prep(c) || c == Cue::And)
            || self.tables.words.has(WordList::ObjectComplement, w);
        match self.ctx.lang {
            Lang::En => {
                self.tables.words.has(WordList::EnObjectLead, w)
                    || w.starts_with(|c: char| c.is_ascii_digit())
                    || (self.scan.text(t) == "her" && !complement && w != "to")
            }
            Lang::Ru => self.scan.toks[u].word && !complement && !ru_infinitive(w),
            Lang::Ar => false,
        }
    }

    /// The subject group of live trigger `i`: before the verb in English and Russian; after it in Arabic
    /// (the verb-first order), else before it; a verb joined to the one before by "and" (visited X and
    /// met Y) shares its subject.
    pub(super) fn subject<'g>(&self, i: usize, groups: &'g [Group]) -> Option<&'g Group> {
        let l = &self.live[i];
        let hit = &l.hit;
        let (win, prev) = self.window(i);
        let bare = |g: &&Group| g.prep.is_none();
        let coordinated = hit.t0 > 0
            && prev.is_some()
            && (self.scan.has_cue(hit.t0 - 1, hit.t0, |c| c == Cue::And)
                || (self.ctx.lang == Lang::Ar
                    && self.scan.norm.as_str()[self.scan.toks[hit.t0].start..].starts_with('و')
                    && !groups.iter().any(|g| g.t1 <= hit.t0 && g.t0 >= win.start)));
        let chain = |j: usize| self.subject(j, groups);
        // «ودعاه إلى إقناع إيران بوقف التخصيب»: an Arabic verb whose object is a pronoun on it and whose
        // complement follows at once names no subject after it (`ar_pronoun_object_no_subject`); the
        // state inside the complement is what is asked. The subject is the one of the verb before it in
        // the clause, else `roles` finds it before the verb.
        if self.ctx.lang == Lang::Ar && !l.trig.noun && self.ar_pronoun_object_no_subject(hit) {
            return prev.and_then(chain).filter(|g| g.t1 <= hit.t0);
        }
        // «هددت إيران بالرد إذا قصفت إسرائيل …»: an Arabic verb right after إذا/لو has the actor after it.
        if let Some(g) = self.ar_conditional_subject(hit, l.trig, groups) {
            return Some(g);
        }
        // "Helsinki's decision to shut the border": the possessor of an English decision noun is the
        // subject of its infinitive.
        if self.ctx.lang == Lang::En
            && hit.t0 >= 3
            && self.scan.text(hit.t0 - 1) == "to"
            && matches!(self.scan.text(hit.t0 - 2), "decision" | "move")
        {
            let owner = groups
                .iter()
                .rfind(|g| g.t1 < hit.t0 - 2 && past_possessive(self.scan, g.t1) == hit.t0 - 2);
            if let Some(g) = owner {
                return Some(g);
            }
        }
        // "summoned the Japanese ambassador to protest …": an English infinitive has the subject of the
        // verb it hangs from ("urged Serbia to impose", "helped Kyiv to" have their object's).
        if self.ctx.lang == Lang::En && hit.t0 > 0 && self.scan.text(hit.t0 - 1) == "to" {
            if let Some(j) = prev {
                let p = &self.live[j];
                let object_control = matches!(
                    TYPES[p.trig.kind as usize],
                    "REQUEST" | "AID" | "THREATEN" | "COERCE" | "SUPPORT"
                );
                if !p.trig.noun && !object_control {
                    return chain(j);
                }
            }
        }
        // «потребовал от Израиля вывести войска», «призвал Сербию ввести санкции», «согласилась вывести»: a
        // Russian infinitive right after the verb it hangs from has that verb's subject, and after a request
        // its addressee's — the object, or the genitive after «от» —, as the English infinitive above.
        if self.ctx.lang == Lang::Ru && !l.trig.noun && ru_infinitive(self.scan.text(hit.t0)) {
            if let Some(j) = prev {
                let p = &self.live[j];
                let governs = !p.trig.noun && p.hit.t1 <= hit.t0 && hit.t0 - p.hit.t1 <= 6;
                match TYPES[p.trig.kind as usize] {
                    "REQUEST" if governs => {
                        let addressee = groups.iter().find(|g| {
                            g.t0 >= p.hit.t1
                                && g.t1 <= hit.t0
                                && (g.prep.is_none()
                                    || (g.prep == Some(Cue::From)
                                        && (p.hit.t1..g.t0).any(|t| self.scan.text(t) == "от")))
                        });
                        if let Some(g) = addressee {
                            return Some(g);
                        }
                    }
                    "AGREE" | "THREATEN" if governs => return chain(j),
                    _ => {}
                }
            }
        }
        // "Beijing retaliated against the new Japanese curbs by halting imports": an English -ing verb
        // after "by" is the means of the clause's main verb and has its subject, the first group of the
        // clause with no preposition (not a state named in the object between).
        // (From where that predicate begins: "Washington suspended arms sales to Ecuador, and Quito
        // responded by ordering …" is Quito's.)
        if self.ctx.lang == Lang::En
            && !l.trig.noun
            && hit.t0 > 1
            && self.scan.text(hit.t0 - 1) == "by"
            && self.scan.text(hit.t0).ends_with("ing")
        {
            let start = self.clauses[l.clause]
                .range
                .start
                .max(self.en_predicate_start(hit.t0));
            if let Some(g) = groups
                .iter()
                .find(|g| g.t0 >= start && g.t1 < hit.t0 - 1 && g.prep.is_none())
            {
                return Some(g);
            }
        }
        // "…, with Cairo blaming Ethiopia": in an English absolute phrase the actor after "with" is the
        // subject of the -ing verb right after it.
        if self.ctx.lang == Lang::En && !l.trig.noun && self.scan.text(hit.t0).ends_with("ing") {
            if let Some(g) = groups
                .iter()
                .find(|g| g.t1 == hit.t0 && g.prep == Some(Cue::With))
            {
                return Some(g);
            }
        }
        // "expelled two Belarusian diplomats, accusing Minsk of …": any other English -ing adjunct has
        // the subject of the predicate it hangs from (`en_adjunct_subject`), not the nearest state before
        // it; when that subject stands in an earlier clause, `roles` takes it from there.
        if self.ctx.lang == Lang::En && !l.trig.noun {
            if let Some(m) = self.en_adjunct_subject(hit) {
                return groups.iter().find(|g| g.t0 == m.t0);
            }
        }
        if coordinated {
            // A verb is coordinated with the last verb, not with a noun of its complement ("обвинила
            // США в подготовке вторжения и пригрозила …"); an English past-tense verb, not with an
            // infinitive under the verb before ("urged Beijing to lift the ban and called it …":
            // Beijing is the subject of "lift" only, `en_finite_conjunct`).
            let finite = self.en_finite_conjunct(hit, l.trig).is_some();
            let verb = (0..i).rev().find(|&j| {
                let v = &self.live[j];
                v.clause == l.clause
                    && !v.trig.noun
                    && !(finite && v.hit.t0 > 0 && self.scan.text(v.hit.t0 - 1) == "to")
            });
            // ("Orban visited Kyiv for the first time since the Russian invasion and urged Zelensky …":
            // a verb after "and" whose own clause holds no verb before it is coordinated with the verb of
            // a clause before, not with the noun of an adjunct between — the invasion's doer does not
            // urge.)
            let verb = verb.or_else(|| {
                (!l.trig.noun && prev.is_some_and(|j| self.live[j].trig.noun))
                    .then(|| {
                        (0..i)
                            .rev()
                            .find(|&j| !self.live[j].trig.noun && self.live[j].clause < l.clause)
                    })
                    .flatten()
            });
            if let Some(j) = verb.filter(|_| !l.trig.noun).or(prev) {
                return chain(j);
            }
        }
        // "Tokayev's request", "US sanctions", российские санкции: the actor right before a noun is its
        // agent, whatever preposition governs the phrase.
        if l.trig.noun && self.ctx.lang != Lang::Ar {
            let adjacent = groups.iter().rfind(|g| {
                g.t1 <= hit.t0
                    && g.t0 >= win.start
                    && (past_possessive(self.scan, g.t1)..hit.t0)
                        .all(|t| self.scan.has_cue(t, t + 1, |c| c == Cue::Det))
            });
            if let Some(g) = adjacent {
                return Some(g);
            }
        }
        // العقوبات الغربية, المساعدات الروسية: an Arabic relational adjective right after a noun names its
        // agent.
        if l.trig.noun && self.ctx.lang == Lang::Ar {
            // (Not past a title: اتصالاً هاتفياً بنظيره الروسي — the counterpart is the partner.)
            let adj = groups.iter().find(|g| {
                g.t0 >= hit.t1
                    && g.t0 <= hit.t1 + 1
                    && g.members.iter().all(|&m| self.actors[m].adjective)
                    && !(g.t0 > hit.t1 && self.scan.has_cue(hit.t1, g.t0, |c| c == Cue::Det))
            });
            if let Some(g) = adj {
                return Some(g);
            }
        }
        // "formed the AES and later quit ECOWAS": the subject of a coordinated verb is the subject of the
        // predicate it is coordinated with, an event verb or not.
        // (Not when an actor stands between: "…, and Ukraine accepted the invitation" has its own.)
        let and_before = (hit.t0.saturating_sub(2)..hit.t0).any(|t| {
            self.scan.has_cue(t, t + 1, |c| c == Cue::And)
                && !self.actors.iter().any(|a| a.t0 > t && a.t0 < hit.t0)
        });
        if and_before && self.ctx.lang != Lang::Ar {
            let cr = &self.clauses[l.clause].range;
            let verb_cue = self
                .scan
                .cues
                .iter()
                .filter(|&&(v0, _, c)| c == Cue::Verb && v0 >= cr.start && v0 < hit.t0)
                .map(|&(v0, _, _)| v0)
                .next_back();
            let verb_trig = (0..i)
                .rev()
                .find(|&j| self.live[j].clause == l.clause && !self.live[j].trig.noun);
            match (verb_cue, verb_trig) {
                (Some(v0), t) if t.is_none_or(|j| self.live[j].hit.t0 < v0) => {
                    if let Some(g) = groups
                        .iter()
                        .filter(|g| g.t1 <= v0 && g.t0 >= cr.start)
                        .rfind(|g| g.prep.is_none())
                    {
                        return Some(g);
                    }
                }
                (_, Some(j)) => return chain(j),
                _ => {}
            }
        }
        // (Nor the genitive of an act noun, «Минск решение Варшавы осудил»: the doer of the act
        // reacted to, `ru_act_genitive`.)
        let before = groups
            .iter()
            .filter(|g| {
                g.t1 <= hit.t0
                    && g.t0 >= win.start
                    && !self.ru_parenthetical(g, hit)
                    && !self.ru_reported_source(g, hit)
                    && !self.ru_act_genitive(g, i)
            })
            .rfind(bare);
        // «Лидеры ОДКБ на саммите в Москве поддержали …»: a Russian noun trigger inside a prepositional
        // phrase before the verb is its occasion, and the subject may stand before it (not its place).
        let before = before.or_else(|| {
            let j = prev.filter(|_| self.ctx.lang == Lang::Ru && !l.trig.noun)?;
            let p = &self.live[j];
            let cr = &self.clauses[l.clause].range;
            self.ru_prep_noun(j)
                .then(|| {
                    groups
                        .iter()
                        .filter(|g| {
                            g.t1 < p.hit.t0
                                && g.t0 >= cr.start
                                && !self.ru_parenthetical(g, hit)
                                && !self.ru_reported_source(g, hit)
                        })
                        .rfind(bare)
                })
                .flatten()
        });
        // «Египту отказали в кредите», «Израиль обвинили в нарушении перемирия»: a Russian actor before a
        // past verb in an unmistakable object case, or in a form the nominative and accusative share
        // that the verb cannot agree with, is its object, and with no subject after it (`ru_fronted`)
        // the verb is impersonal: its speaker is at most the place named («… в Москве»).
        let before = before
            .filter(|b| !self.ru_impersonal_object(b, i) || self.ru_fronted(i, groups).is_some());
        // "В Пекине осудили …", "В Кремле назвали это провокацией": a Russian verb of speech in the
        // impersonal plural speaks for the state named as its place (the actor after it is its object).
        if self.ctx.lang == Lang::Ru && before.is_none() && !l.trig.noun {
            let w = self.scan.text(hit.t0);
            let cr = &self.clauses[l.clause].range;
            let verbal = matches!(
                TYPES[l.trig.kind as usize],
                "ACCUSE" | "SUPPORT" | "REJECT" | "THREATEN" | "REQUEST" | "PROTEST"
            );
            if verbal && (w.ends_with("ли") || w.ends_with("лись")) {
                // (After the verb too, in the locative, when an object stands before it: «Украине
                // отказали в кредите в Москве».)
                let object_before = groups
                    .iter()
                    .any(|g| g.t1 <= hit.t0 && g.t0 >= cr.start && self.ru_impersonal_object(g, i));
                let place = groups
                    .iter()
                    .filter(|g| g.t1 <= hit.t0 && g.t0 >= cr.start)
                    .rfind(|g| g.prep == Some(Cue::In))
                    .or_else(|| {
                        groups
                            .iter()
                            .filter(|g| g.t0 >= hit.t1 && g.t1 <= cr.end && object_before)
                            .find(|g| self.ru_where(g))
                    });
                if let Some(g) = place {
                    return Some(g);
                }
            }
        }
        // Arabic verb-first: a subject right after the verb outranks a bare actor before a comma ("…، في
        // خطوة انتقدتها كييف": Kyiv is the critic; "روسيا، من جهتها، أدانت" keeps Russia).
        // (A verb that carries و after another verb starts a new predicate: the actor between them is the
        // first verb's, "زار الرئيس موسكو والتقى بوتين" — Moscow does not meet.)
        let ar_conj_after_verb = self.ctx.lang == Lang::Ar
            && hit.conj
            && !l.trig.noun
            && prev.is_some_and(|j| !self.live[j].trig.noun);
        let before = before.filter(|_| !ar_conj_after_verb);
        let before = before.filter(|b| {
            self.ctx.lang != Lang::Ar
                || l.trig.noun
                || !self.comma_between(b.t1, hit.t0)
                || !groups.iter().any(|g| {
                    g.prep.is_none()
                        && (g.t0 == hit.t1
                            || (g.t0 == hit.t1 + 1
                                && self.scan.has_cue(hit.t1, g.t0, |c| c == Cue::Det))
                            // (Or inside the gap of a verb row, right after the verb: "…، فوصفت
                            // نيودلهي الخطوة بأنها …".)
                            || (hit.t1 > hit.t0 + 1 && g.t0 == hit.t0 + 1))
                })
        });
        // «Посла Испании вызвали в министерство»: a Russian envoy in an oblique case before the verb is
        // its object (`roles` makes the envoy's state the target).
        let before = before.filter(|b| l.trig.noun || !self.ru_oblique_envoy(b));
        // "Slovakia handed Hungary's ambassador a protest note", "وسلّمت السعودية سفير ألمانيا مذكرة
        // احتجاج": the state of an envoy a noun's act is handed to receives it (`roles` makes it the
        // target); the noun's doer is the actor before it.
        // (A meeting or deal with an envoy has the envoy's state for a party: left as it was.)
        let before = match before {
            Some(b)
                if l.trig.noun
                    && !SYMMETRIC.contains(&TYPES[l.trig.kind as usize])
                    && self.envoy_state(b) =>
            {
                groups
                    .iter()
                    .filter(|g| g.t1 <= b.t0 && g.t0 >= win.start)
                    .rfind(bare)
                    .or(Some(b))
            }
            b => b,
        };
        // (A fronted object in an oblique case leaves the subject after the verb: see `ru_fronted`.)
        if let Some((_, a)) = before.and_then(|_| self.ru_fronted(i, groups)) {
            return Some(a);
        }

        if let Some(b) = before {
            return Some(b);
        }
        if let Some(g) = self.ru_fronted_noun_subject(i, groups) {
            return Some(g);
        }
        let comp_pro = self.clauses[l.clause].opened_by == Some(Boundary::CompPro);
        // Russian word order is free: with nothing before the verb, the actor after it is its subject
        // ("Договор … подписали в Астане Россия, Белоруссия и Казахстан"). (Not after "где": "посетил Китай,
        // где принял участие в саммите ШОС" shares the main clause's subject.)
        // (Nor in a "что" clause whose main clause names the subject: "Китай сообщил, что провёл учения у
        // берегов Тайваня".)
        let comp_inherits = self.ctx.lang == Lang::Ru
            && self.clauses[l.clause].opened_by == Some(Boundary::Comp)
            && self.inherited_subject(l.clause).is_some();
        // (A fronted object noun is no subject either: "Договор о партнёрстве подписали Россия и Иран" —
        // the trigger before the verb is its object, and no bare actor stands before the verb.)
        let fronted_object = |j: usize| {
            let p = &self.live[j];
            let cr = &self.clauses[l.clause].range;
            (p.trig.object || p.trig.noun)
                // (A short passive has its agent after it: "Соглашение … подписано Казахстаном".)
                && !self.passive(hit)
                && !groups
                    .iter()
                    .any(|g| g.prep.is_none() && g.t0 >= cr.start && g.t1 <= hit.t0)
        };
        // (Nor after ", и": «признал, что …, и принёс извинения Бишкеку» — a second predicate of the
        // main clause, whose subject `roles` finds; the actor after it is its object.)
        let second_predicate = hit.t0 >= 2
            && self.scan.text(hit.t0 - 1) == "и"
            && is_comma(self.scan.text(hit.t0 - 2));
        // (Nor when the clause resumes a subject before a relative or participial phrase: «Турция,
        // которая является членом НАТО, осудила удар Израиля» — see `clauses::parentheticals`.)
        // (Nor does a participle that opens a phrase set off after its actor: «Премьер Индии, посетивший
        // Токио, …» — Tokyo is what was visited, `ru_participle_antecedent` the visitor.)
        let resumes = self.clauses[l.clause].resume.is_some()
            || (!l.trig.noun
                && self
                    .ru_participle_antecedent(l.clause, hit, false)
                    .is_some());
        if self.ctx.lang == Lang::Ru
            && !l.trig.noun
            && prev.is_none_or(fronted_object)
            && !comp_pro
            && !comp_inherits
            && !second_predicate
            && !resumes
        {
            // (Not past "против"/"о": "вышли на митинг против передачи сёл Азербайджану" — what follows
            // is the complement.)
            if let Some(a) = groups
                .iter()
                .filter(|g| g.t0 >= hit.t1 && g.t1 <= win.end)
                .filter(|g| {
                    !self.scan.cues.iter().any(|&(c0, c1, c)| {
                        c0 >= hit.t1
                            && c1 <= g.t0
                            && (c == Cue::About
                                || (c == Cue::Against && self.scan.text(c0) == "против"))
                    })
                })
                .filter(bare)
                // (Nor the state of an envoy summoned or handed a note: «МИД вызвал посла США».)
                .filter(|g| !self.ru_envoy_object(g))
                // (An actor in an unmistakable object case is the verb's object, not a subject after it:
                // «На переговорах в четверг он попросил Россию помочь …»; an instrumental stays, the
                // agent of a passive: «Санкции были сняты Вашингтоном».)
                .find(|g| {
                    self.passive(hit)
                        || !self.ru_object_case(g, l.clause)
                        || g.members.iter().all(|&m| {
                            let a = &self.actors[m];
                            ru_instrumental(self.scan.text(a.t1 - 1), a.adjective)
                        })
                })
            {
                return Some(a);
            }
        }
        if self.ctx.lang == Lang::Ar && !comp_pro {
            // Verb-first: the first bare group right after the verb is its subject (وقعت روسيا …).
            // (also inside the gap of a gapped trigger: رفعت الولايات المتحدة العقوبات).
            let after = groups
                .iter()
                .filter(|g| g.t0 > hit.t0 && g.t1 <= win.end.max(hit.t1))
                .find(bare);
            // (A relational adjective after a topic noun qualifies the thing, not the doer: انتقدت إرسال
            // الأسلحة الغربية, فرضت رسوماً على الواردات الصينية.)
            // (So does one right after a topic noun that closes the trigger's own words: «شطب ديون
            // جزائرية» — the debts are Algeria's, the writer-off is named elsewhere.)
            let of_thing = |g: &Group| {
                (g.t0 > hit.t1 || (g.t0 == hit.t1 && hit.t1 >= hit.t0 + 2))
                    && g.members.iter().all(|&m| self.actors[m].adjective)
                    && self
                        .scan
                        .has_cue(g.t0 - 1, g.t0, |c| matches!(c, Cue::Topic(_)))
                    && !self.scan.has_cue(g.t0 - 1, g.t0, |c| c == Cue::Det)
                    // (…but a title before the topic word keeps it a person: وزير الدفاع الياباني.)
                    && !self
                        .scan
                        .has_cue(g.t0.saturating_sub(2), g.t0 - 1, |c| c == Cue::Det)
            };
            // (A date or a place phrase may stand between the verb and its subject: وقّعت في القاهرة يوم
            // الأحد ١٢ مايو مصر والسعودية — those words do not count.)
            let in_date = |t: usize| {
                let tok = &self.scan.toks[t];
                self.dates.iter().any(|d| {
                    d.start >= self.ctx.range.start
                        && tok.orig_start >= d.start - self.ctx.range.start
                        && tok.orig_end <= d.end.saturating_sub(self.ctx.range.start)
                })
            };
            let in_place = |t: usize| {
                groups
                    .iter()
                    .any(|g| g.prep == Some(Cue::In) && g.t0 <= t + 1 && t < g.t1)
            };
            let spoken_gap = |a: &Group| {
                a.t0 - hit.t0 <= 14
                    && (hit.t1..a.t0)
                        .filter(|&t| {
                            !(in_date(t)
                                || in_place(t)
                                || matches!(self.scan.text(t), "في" | "يوم" | "مساي" | "صباح"))
                        })
                        .count()
                        <= 3
            };
            // "أدانت الجامعة القرار وطالبت إسرائيل بالتراجع", «واتهمت كيغالي بدعم المتمردين», «وصل مودي إلى
            // سوتشي … وشكر روسيا على دعمها», «وحث إيران على …»: after a و-verb continuing the same doer's
            // act, the one actor before the ب or على of the demand, charge, threat or thanks is the one
            // asked, accused, threatened or thanked; the subject is the first verb's.
            if let Some(a) = after.filter(|a| {
                ar_conj_after_verb
                    && self.ar_object_before_ba(hit, TYPES[l.trig.kind as usize], a, groups)
            }) {
                let first = prev.and_then(chain);
                if first.is_some_and(|f| f.members != a.members) {
                    return first;
                }
            }
            // "استدعت اليابان السفير الروسي وطالبت بسحب القوات الروسية", "…، وطالب بانسحاب القوات
            // التركية": a و-verb of demand, charge or threat whose ب complement follows it at once names no
            // subject of its own — the state inside that phrase is the one asked; the subject is the
            // first verb's.
            // (So does a و-verb of praise or welcome whose object is that ب phrase: «استقبل بوتين الشيخ محمد
            // بن زايد …، وأشاد بدور الإمارات», «ورحب بقرار مصر» — Putin praises.)
            let praise_of_ba = self.ar_praise_of_ba(hit, TYPES[l.trig.kind as usize]);
            if ar_conj_after_verb
                && (self.ar_ba_complement_next(hit, TYPES[l.trig.kind as usize]) || praise_of_ba)
                && after.is_some_and(|a| a.t0 > hit.t1)
            {
                if let Some(first) = prev.and_then(chain) {
                    return Some(first);
                }
            }
            // (Nor does a name the lexicon does not know, with its office in apposition: «أدان أحمد
            // خان، وزير خارجية باكستان، الهند» — the state of the office is the subject.)
            let office_of_name = |a: &Group| {
                (hit.t1..a.t0).any(|c| {
                    !self.scan.toks[c].word
                        && !self.actors.iter().any(|b| b.t1 == c)
                        && self.ar_subject_appositive(hit, c)
                })
            };
            if let Some(a) = after {
                if (a.t0 - (hit.t0 + 1) <= 3 || spoken_gap(a) || office_of_name(a))
                    && !of_thing(a)
                    && !self.ar_participle(hit)
                    && !self.ar_pronoun_subject(hit)
                    // (Nor a plural demonym in the oblique case right after the verb, or after the one
                    // noun it qualifies there: its object, `ar_oblique_object`.)
                    && !a
                        .members
                        .iter()
                        .all(|&m| self.ar_oblique_object(hit.t1, &self.actors[m]))
                    // (Nor the state of an envoy summoned, handed a note or expelled.)
                    && !self.ar_envoy_object(
                        hit,
                        TYPES[l.trig.kind as usize],
                        l.trig.mode.as_deref(),
                        a,
                    )
                {
                    return Some(a);
                }
            }
        }
        // "Санкции против Ирана ввели США": a Russian noun with no actor before it may be the fronted
        // object of a light verb after it (see `ru_light_verb_subject`).
        if l.trig.noun && self.ctx.lang == Lang::Ru {
            if let Some(g) = self.ru_light_verb_subject(i, groups) {
                return Some(g);
            }
        }
        // A noun does not inherit the subject of the verb before it ("sanctions … on the anniversary of
        // the invasion" is not the EU's invasion).
        if l.trig.noun {
            return None;
        }
        prev.and_then(chain)
    }

    /// The subject a clause opened by a complementiser inherits from the clause before ("Tehran admitted
    /// that it had supplied …", أعلنت واشنطن أنها سترفع …).
    pub(super) fn inherited_subject(&self, ci: usize) -> Option<Group> {
        self.inherited_subject_past(ci, false)
    }

    /// `inherited_subject`, where `past_time` lets a time phrase stand between the predicate and the
    /// complementiser (`before_time_phrase`): for a verb in active voice only, whose subject the
    /// complement leaves out ("Iran confirmed on Saturday that its guards had detained …"), never for a
    /// noun there (what was said, «поставки Украине ракет», names no doer).
    pub(super) fn inherited_subject_past(&self, ci: usize, past_time: bool) -> Option<Group> {
        let c = &self.clauses[ci];
        match c.opened_by {
            Some(Boundary::CompPro) => {}
            // "that" after a verb ("admitted that", "said that") opens a complement; after a noun ("a
            // resolution that would have …") a relative clause with a subject of its own.
            Some(Boundary::Comp) => {
                let t = c.range.start;
                // (Russian sets "что" off by a comma: "заявил, что нанёс удар".)
                let t = if self.ctx.lang == Lang::Ru && t > 1 && is_comma(self.scan.text(t - 1)) {
                    t - 1
                } else {
                    t
                };
                // (A time phrase may stand between the predicate and its complement: "Iran confirmed on
                // Saturday that …", «Иран подтвердил в субботу, что …».)
                let t = if past_time {
                    self.before_time_phrase(t)
                } else {
                    t
                };
                let after_predicate = t > 0
                    && (self.scan.cues.iter().any(|&(_, c1, cue)| {
                        c1 == t
                            && matches!(
                                cue,
                                Cue::Report
                                    | Cue::Verb
                                    | Cue::Denied
                                    | Cue::Expected
                                    | Cue::Proposed
                            )
                    }) || self.live.iter().any(|l| l.hit.t1 == t && !l.trig.noun));
                if !after_predicate {
                    return None;
                }
            }
            // لكنها، لكنه "but she/he": the pronoun is the subject of the clause before.
            Some(Boundary::Hard)
                if self.ctx.lang == Lang::Ar && {
                    let w = self.orig(c.range.start).trim_start_matches('و');
                    w.starts_with("لكن") && w.chars().count() > 3
                } => {}
            // "Vucic ruled out seizing the stake but urged Moscow to sell it": an English verb right
            // after "but" is a second predicate of the subject before; so is one after a verb of
            // failing or a negation ("met in Abu Dhabi but failed to sign a treaty", «встретились …, но
            // подписать договор так и не смогли»: the Russian infinitive of «но» before its modal).
            Some(Boundary::Hard)
                if matches!(self.ctx.lang, Lang::En | Lang::Ru) && {
                    let n = self.scan.toks.len();
                    let mut t = c.range.start;
                    if t < n && is_comma(self.scan.text(t)) {
                        t += 1;
                    }
                    // (No actor between "but" and the verb: "but Moscow urged …" has its own; nor a
                    // mark or a pronoun: the words between are the predicate's own, «но тот отказался»
                    // has a subject of its own.)
                    let own_word = |u: usize| {
                        self.scan.toks[u].word
                            && !matches!(
                                self.scan.text(u),
                                "he" | "she"
                                    | "they"
                                    | "it"
                                    | "он"
                                    | "она"
                                    | "оно"
                                    | "они"
                                    | "тот"
                                    | "та"
                                    | "те"
                            )
                    };
                    // (Nor after a relative clause, whose subject is not the sentence's: «…
                    // видеозаписи, на которой российский разведчик передаёт деньги …, но заверил».)
                    let relative_before =
                        (self.clauses[ci.saturating_sub(2)].range.start..t).any(|u| {
                            self.tables
                                .words
                                .has(WordList::RelativePronoun, self.scan.text(u))
                        });
                    // (After «однако», «зато», «а» the verb comes right after the conjunction or
                    // after an adjunct that opens with a preposition, «однако на той же неделе
                    // выслала»: a noun there is a subject of its own, «а банки заморозили».)
                    let adjunct = t + 1 < n && self.scan.has_cue(t + 1, t + 2, is_prep);
                    let reach = match self.scan.text(t) {
                        _ if adjunct => CONTRAST_REACH,
                        "but" | "но" => 4,
                        _ => 1,
                    };
                    let old_word = matches!(self.scan.text(t), "but" | "но");
                    // (A Russian verb there in the past tense: «однако эмбарго … не сняли» has the
                    // noun first.)
                    let past = |l: &super::Live<'_>| {
                        old_word
                            || self.ctx.lang != Lang::Ru
                            || (self.scan.text(l.hit.t0).ends_with(['л', 'а', 'о', 'и'])
                                && self.scan.text(l.hit.t0).contains('л'))
                    };
                    t < n
                        && contrast_word(self.scan.text(t))
                        && !relative_before
                        && self.live.iter().any(|l| {
                            l.clause == ci
                                && !l.trig.noun
                                && l.hit.t0 > t
                                && l.hit.t0 <= t + reach
                                && (t + 1..l.hit.t0).all(own_word)
                                && !self.actors.iter().any(|a| a.t0 > t && a.t0 < l.hit.t0)
                                && !self
                                    .scan
                                    .triggers
                                    .iter()
                                    .any(|h| h.t0 > t && h.t0 < l.hit.t0)
                                && past(l)
                        })
                } => {}
            // "Serbia recalled its ambassador, expelled a Croatian diplomat and closed a crossing": the
            // verb after the comma of a series of predicates shares the subject of the first.
            Some(Boundary::Soft) if self.en_series_verb(ci).is_some() => {}
            _ => return None,
        }
        // "Pyongyang confirmed for the first time that its soldiers …": the main clause may itself be
        // cut at the reporting verb, so look back two clauses.
        (ci.saturating_sub(2)..ci).rev().find_map(|k| {
            let groups = self.groups(&self.clauses[k].range);
            groups.iter().find(|g| g.prep.is_none()).cloned()
        })
    }

    /// «أكدت إيران يوم السبت أن حرس حدودها احتجز …», «قالت اليابان إن خفر سواحلها اعتقل …»: an Arabic
    /// complement after a predicate (a time phrase may stand between) whose subject stands before its verb,
    /// one to `POSSESSED_WORDS` words with no actor among them, the last carrying a possessive pronoun
    /// (ـها، ـه، ـهم، ـهما: a body of the state that leads the sentence), has that state for its doer: the
    /// first group with no preposition in the two clauses before. (ـه read on the written word: the
    /// normal form writes ة as ه.)
    fn ar_possessive_subject(&self, ci: usize, hit: &Hit) -> Option<Group> {
        if let Some(g) = self.ar_joined_possessive_subject(ci, hit) {
            return Some(g);
        }
        let c0 = self.clauses[ci].range.start;
        if self.clauses[ci].opened_by != Some(Boundary::Comp)
            || c0 + 1 >= hit.t0
            || hit.t0 - c0 - 1 > POSSESSED_WORDS
            || !self.scan.has_cue(c0, c0 + 1, |c| c == Cue::Comp)
            || (c0 + 1..hit.t0).any(|t| !self.scan.toks[t].word)
            || self.actors.iter().any(|a| a.t1 > c0 + 1 && a.t0 < hit.t0)
            || self
                .scan
                .triggers
                .iter()
                .any(|h| h.t0 > c0 && h.t0 < hit.t0)
        {
            return None;
        }
        let last = hit.t0 - 1;
        let w = self.scan.text(last);
        let possessed = w.chars().count() >= 4
            && (AR_POSSESSIVE_SUFFIXES.iter().any(|p| w.ends_with(p))
                || self
                    .orig(last)
                    .trim_end_matches(|c: char| ('\u{64B}'..='\u{652}').contains(&c))
                    .ends_with('ه'));
        if !possessed {
            return None;
        }
        let v = self.before_time_phrase(c0);
        // (Arabic puts the subject of the predicate after it: «قالت اليابان إن …» — the actor ends there.)
        let after_predicate =
            v > 0
                && (self.scan.cues.iter().any(|&(_, e, k)| {
                    e == v && matches!(k, Cue::Report | Cue::Verb | Cue::Denied)
                }) || self.actors.iter().any(|a| a.t1 == v));
        if !after_predicate {
            return None;
        }
        (ci.saturating_sub(2)..ci).rev().find_map(|k| {
            let groups = self.groups(&self.clauses[k].range);
            groups.iter().find(|g| g.prep.is_none()).cloned()
        })
    }

    /// «نفت باكستان التقارير الهندية، ثم أسقطت قواتها الجوية طائرة هندية», «…، لكن أعادت بحريتها السفينة»:
    /// an Arabic verb joined to the clause before (و/ف on it, or ثم، لكن before it) whose subject right
    /// after it is a noun with a possessive pronoun (ـها، ـهم، ـهما), no actor, names a body of a state
    /// (`ar_state_body` rows), the state that leads the sentence: the first group with no preposition before the verb, in its clause
    /// or the two before. The actor after that subject is then the verb's object.
    fn ar_joined_possessive_subject(&self, ci: usize, hit: &Hit) -> Option<Group> {
        let n = self.scan.toks.len();
        let joined = hit.conj
            || (hit.t0 > 0 && {
                let w = self.scan.text(hit.t0 - 1);
                w == "ثم" || w.starts_with("لكن") || w.starts_with("ولكن")
            });
        let s = hit.t0 + 1;
        if !joined
            || s >= n
            || !self.scan.toks[s].word
            || self.actors.iter().any(|a| a.t0 <= s && s < a.t1)
            || self.scan.triggers.iter().any(|h| h.t0 <= s && s < h.t1)
        {
            return None;
        }
        // (A body of a state: «قواتها», «بحريتها», «حكومته» are its doers; «أرصدتها» "its balances" is
        // an object, the subject left out.)
        let w = self.scan.text(s);
        let stem = ar_possessed_stem(w)?;
        let words = &self.tables.words;
        let body = words.has(WordList::ArStateBody, stem)
            || stem.strip_suffix('ت').is_some_and(|st| {
                let mut f = String::with_capacity(st.len() + 2);
                f.push_str(st);
                f.push('ه');
                words.has(WordList::ArStateBody, &f)
            });
        if !body {
            return None;
        }
        (ci.saturating_sub(2)..=ci).rev().find_map(|k| {
            let groups = self.groups(&self.clauses[k].range);
            groups
                .iter()
                .find(|g| g.prep.is_none() && g.t1 <= hit.t0)
                .cloned()
        })
    }

    /// Token `t` moved back over a time phrase right before it (a date the sentence's dates cover and the
    /// preposition that opens it: "on Saturday", «в субботу»; Arabic date words, `date_word` rows: «يوم
    /// السبت», «أمس»), else `t` itself.
    pub(super) fn before_time_phrase(&self, t: usize) -> usize {
        let mut u = t;
        while u > 0
            && self.scan.toks[u - 1].word
            && (self.in_date(u - 1)
                || self
                    .tables
                    .words
                    .has(WordList::DateWord, self.scan.text(u - 1)))
        {
            u -= 1;
        }
        if u < t && u > 0 && self.scan.has_cue(u - 1, u, is_prep) {
            u -= 1;
        }
        u
    }

    /// "Japan said its coast guard had arrested …", "Iran confirmed that its border guards had detained
    /// …", "Pakistan denied the report, and its air force shot down …", «Токио заявил, что его береговая
    /// охрана арестовала …», «…, и их пограничники задержали …»: a verb whose subject opens with a
    /// possessive determiner ("its", "their", «его», «её», «их» before a noun) right after a verb of saying,
    /// a complementiser or "and" (a time phrase may stand between) names a body of the state that leads
    /// the sentence: its doer is the subject of the main clause, the first group with no preposition
    /// before the determiner (in this clause, else in the two before it). Not a passive ("its ambassador
    /// was summoned"), and nothing but words of the subject between the determiner and the verb.
    pub(super) fn possessive_subject(&self, ci: usize, hit: &Hit) -> Option<Group> {
        if self.passive(hit) {
            return None;
        }
        if self.ctx.lang == Lang::Ar {
            return self.ar_possessive_subject(ci, hit);
        }
        let c0 = self.clauses[ci].range.start;
        let p = (c0.max(hit.t0.saturating_sub(POSSESSED_WORDS + 1 + SUBJECT_ADJUNCT))..hit.t0)
            .rev()
            .find(|&t| match self.ctx.lang {
                Lang::En => matches!(self.scan.text(t), "its" | "their"),
                _ => self.ru_possessive_pronoun(t),
            })?;
        // (A short adjunct opening with a preposition may stand between the subject and its verb: «а её
        // пограничники в тот же день задержали …», "and its navy on Monday seized …".)
        let subject_end = (p + 2..hit.t0)
            .find(|&t| self.scan.has_cue(t, t + 1, is_prep))
            .unwrap_or(hit.t0);
        // (Only the words of the subject between: no actor, no mark, no other trigger.)
        if p + 1 >= hit.t0
            || subject_end - p - 1 > POSSESSED_WORDS
            || hit.t0 - subject_end > SUBJECT_ADJUNCT
            || (p + 1..hit.t0).any(|t| !self.scan.toks[t].word)
            || self.actors.iter().any(|a| a.t1 > p && a.t0 < hit.t0)
            || self.scan.triggers.iter().any(|h| h.t0 > p && h.t0 < hit.t0)
        {
            return None;
        }
        let u = self.before_time_phrase(p);
        // (Russian sets «что» off by a comma, and «и» may follow one.)
        let opened = u > 0
            && self.scan.cues.iter().any(|&(a, b, c)| {
                b == u
                    && a < u
                    && matches!(c, Cue::Report | Cue::Comp | Cue::And)
                    && (c != Cue::Comp || {
                        let v = if self.ctx.lang == Lang::Ru
                            && a > 0
                            && is_comma(self.scan.text(a - 1))
                        {
                            a - 1
                        } else {
                            a
                        };
                        let v = self.before_time_phrase(v);
                        v > 0
                            && self.scan.cues.iter().any(|&(_, e, k)| {
                                e == v && matches!(k, Cue::Report | Cue::Verb | Cue::Denied)
                            })
                    })
            });
        // (So does a contrastive conjunction after a comma: «…, а его ВВС позднее сбили …», «…, но их
        // пограничники задержали …», "…, but its coast guard seized …".)
        let contrast =
            u > 1 && is_comma(self.scan.text(u - 2)) && contrast_word(self.scan.text(u - 1));
        if !opened && !contrast {
            return None;
        }
        (ci.saturating_sub(2)..=ci).rev().find_map(|k| {
            let groups = self.groups(&self.clauses[k].range);
            groups
                .iter()
                .find(|g| g.prep.is_none() && g.t1 <= p)
                .cloned()
        })
    }
}

/// Words between a contrastive conjunction and the verb it opens that may still be the verb's own
/// adjuncts ("but on the same day expelled", «однако на той же неделе выслала»).
const CONTRAST_REACH: usize = 6;

/// Whether `w` is a conjunction of contrast that joins a second predicate or clause to the one before:
/// "but", «но», «однако», «зато», «а» (a word of the clause opened by a comma before it).
pub(super) fn contrast_word(w: &str) -> bool {
    matches!(w, "but" | "но" | "однако" | "зато" | "а")
}
