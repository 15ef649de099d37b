//! Arabic-specific rules of the coder: clitic pronouns and prepositions, dual verbs, passives and
//! participles, antecedents of dropped subjects, titles before a لـ genitive, and the word lists they need.

use std::ops::Range;

use blocwatch_text::Lang;
use smallvec::{smallvec, SmallVec};

use super::actors::{is_bloc, is_state, Actor};
use super::clauses::{is_comma, Boundary};
use super::data::{Cue, Trigger, WordList, TYPES};
use super::roles::{distinct_ids, ids_except, is_prep, push_distinct, SYMMETRIC};
use super::scan::{Hit, Scan};
use super::subject::{OBJECT_THEN_BA, OBJECT_THEN_COMPLEMENT};
use super::{data, Coder, Group, Ids, Roles};
use crate::record::EventRec;

/// The attached pronouns of the third person that mark an Arabic noun as possessed by a party named
/// before: ها (its, her), the dual هما and the plural هم. They end in different letters, so a word ends in
/// at most one of them.
pub(super) const AR_POSSESSIVE_SUFFIXES: [&str; 3] = ["ها", "هما", "هم"];

/// `w` without its possessive suffix ([`AR_POSSESSIVE_SUFFIXES`]) when a stem of three letters or more
/// remains («قواتها» → «قوات»), else `None`.
pub(super) fn ar_possessed_stem(w: &str) -> Option<&str> {
    AR_POSSESSIVE_SUFFIXES
        .iter()
        .find_map(|p| w.strip_suffix(p))
        .filter(|stem| stem.chars().count() >= 3)
}

/// Types whose Arabic verb may carry its object as a pronoun (انتقدته، أدانتها، طردهم).
pub(super) const AR_PRONOUN_OBJECT_TYPES: [&str; 7] = [
    "ACCUSE", "SUPPORT", "THREATEN", "REQUEST", "REJECT", "SANCTION", "COERCE",
];

/// Arabic word `w` without the conjunctions written onto it, however many (و "and", ف "so": "وأبلغت" →
/// "أبلغت", "وفي" → "في"); any other word as it is. The one strip of them in events.
#[inline]
pub(super) fn unglued(w: &str) -> &str {
    w.trim_start_matches(['و', 'ف'])
}

/// [`unglued`] of a word's bytes: و is written D9 88, ف D9 81.
#[inline(always)]
pub(super) fn unglued_bytes(mut b: &[u8]) -> &[u8] {
    while let [0xD9, 0x88 | 0x81, rest @ ..] = b {
        b = rest;
    }
    b
}

/// Whether Arabic word `w` is written with the preposition ب glued on it (بدعم, بالرد, بها): it begins with
/// that letter and is none of the words that only begin with it, بين "between", بعد "after", بينما "while".
pub(super) fn ba_word(w: &str) -> bool {
    w.starts_with('ب') && !matches!(w, "بين" | "بعد" | "بينما")
}

/// Whether `w` is a [`ba_word`] whose noun has three letters or more (بسحب, بالتراجع, not به, بأن): the
/// phrase a verb taking its object and then ب (demand, charge, threat) ends with.
pub(super) fn ba_phrase(w: &str) -> bool {
    ba_word(w) && w.chars().count() >= 4
}

impl<'a> Coder<'_, 'a> {
    /// «قالت روسيا إن قواتها أسقطت …», «أعلنت أنقرة أن طائراتها المسيرة قصفت …»: in an Arabic complement
    /// clause (إن/أن), a verb with nothing before it but a noun carrying a possessive pronoun (قواتها،
    /// دفاعاتها الجوية) has that noun for its subject, and the pronoun is the subject of the clause before:
    /// the index of that clause (two back at most, as `inherited_subject` looks), else `None`. (Not ه,
    /// which is also the folded ة of «الحكومة».)
    pub(super) fn ar_possessor_clause(&self, ci: usize, hit: &Hit) -> Option<usize> {
        let c = &self.clauses[ci];
        if self.ctx.lang != Lang::Ar || ci == 0 || c.opened_by != Some(Boundary::Comp) {
            return None;
        }
        let s = c.range.start;
        let before = s + 1..hit.t0;
        let owned = |t: usize| {
            let w = self.scan.text(t);
            w.chars().count() >= 5 && AR_POSSESSIVE_SUFFIXES.iter().any(|e| w.ends_with(e))
        };
        let fits = (1..=3).contains(&before.len())
            && before.clone().all(|t| self.scan.toks[t].word)
            && owned(before.start)
            && !self.actors.iter().any(|a| a.t0 >= s && a.t0 < hit.t0);
        if !fits {
            return None;
        }
        (ci.saturating_sub(2)..ci).rev().find(|&k| {
            self.groups(&self.clauses[k].range)
                .iter()
                .any(|g| g.prep.is_none())
        })
    }

    /// "واعتقلت الشرطة النيوزيلندية اثنين من العملاء", "وأفرجت بكين عن الطاقم", "واحتجت هانوي رسمياً",
    /// "واعترفت باريس بمسؤوليتها": an Arabic verb of detaining, releasing, withdrawing, protesting or
    /// conceding whose clause names one side only has its object in people, things or nothing at all —
    /// never a state. News Arabic leaves the other side to the story: the state acted on is the one the
    /// story set against the doer (`ar_story_counterpart`). Nouns stay as they are (a masdar names a topic
    /// more often than an act), and so does leaving a bloc, which must name the bloc, and an object
    /// written as a pronoun (انسحبت منها: its antecedent is in the sentence, see `ar_detached_pronoun`).
    pub(super) fn ar_object_elided(
        &self,
        hit: &Hit,
        trig: &Trigger,
        type_name: &str,
        mode: Option<&str>,
    ) -> bool {
        self.ctx.lang == Lang::Ar
            && !trig.noun
            && matches!(type_name, "COERCE" | "RETREAT" | "PROTEST" | "CONCEDE")
            && mode != Some("leave")
            && !self.ar_participle(hit)
            && !self.ar_detached_pronoun(hit)
    }

    /// The other side of the story for an act whose clause names only its doer (`roles.source`, one
    /// party): a state (never a bloc) named earlier in this sentence ("اصطدمت طائرة أمريكية بمقاتلة صينية … حيث احتجزت
    /// السلطات الصينية أفراد طاقمها"), else the lead of the sentence before when it is not the doer, else
    /// the state named last before that is not the doer.
    pub(super) fn ar_story_counterpart(&self, hit: &Hit, roles: &mut Roles<'a>) {
        if roles.source.len() != 1 {
            return;
        }
        let doer = roles.source[0];
        // (A state: a bloc is named when it is the one acted on.)
        let other = |id: &str| id != doer && !is_bloc(self.ctx, id);
        let earlier = self
            .actors
            .iter()
            .filter(|a| a.t1 <= hit.t0)
            .flat_map(|a| a.ids.iter().copied())
            .find(|&id| other(id));
        if let Some(id) = earlier {
            roles.target.push(id);
            return;
        }
        let lead: SmallVec<[&String; 2]> = self.memory.lead.iter().filter(|l| other(l)).collect();
        if !lead.is_empty() {
            for id in lead {
                self.add_leads(std::slice::from_ref(id), roles, false);
            }
            return;
        }
        if let Some(r) = self.memory.recent.iter().rev().find(|r| other(&r.id)) {
            self.add_leads(std::slice::from_ref(&r.id), roles, false);
        }
    }

    /// Whether an Arabic trigger's object is a pronoun written apart from the verb: on إيّا right after
    /// it ("متهمة إياها بـ…"), or on the preposition that ends the trigger or follows it ("أفرجت عنهم",
    /// "انسحبت منها", "فرضت عليها عقوبات").
    pub(super) fn ar_detached_pronoun(&self, hit: &Hit) -> bool {
        let is = |t: usize| {
            t < self.scan.toks.len()
                && matches!(
                    self.scan.text(t),
                    "اياه"
                        | "اياها"
                        | "اياهم"
                        | "اياهما"
                        | "عنه"
                        | "عنها"
                        | "عنهم"
                        | "عنهما"
                        | "منه"
                        | "منها"
                        | "منهم"
                        | "منهما"
                        | "عليه"
                        | "عليها"
                        | "عليهم"
                        | "عليهما"
                )
        };
        self.ctx.lang == Lang::Ar && (is(hit.t1 - 1) || is(hit.t1))
    }

    /// Whether an Arabic trigger is followed by its ب-object as a pronoun (نددت بها، اعترفت به، رحبت بهم).
    pub(super) fn ar_ba_pronoun(&self, hit: &Hit) -> bool {
        hit.t1 < self.scan.toks.len()
            && matches!(self.scan.text(hit.t1), "به" | "بها" | "بهم" | "بهما")
    }

    /// An Arabic present-tense verb (ت/ي first, no و/ف) right after a plain word: neither an actor, nor
    /// punctuation, nor a particle or complementiser that would make it a clause of its own
    /// (`ar_clause_particle`).
    pub(super) fn ar_asyndetic_relative(&self, hit: &Hit) -> bool {
        if self.ctx.lang != Lang::Ar || hit.conj || hit.t0 == 0 {
            return false;
        }
        let prev = hit.t0 - 1;
        let w = self.scan.text(prev);
        self.scan.text(hit.t0).starts_with(['ت', 'ي'])
            && w.chars().count() >= 2
            && w.chars().all(char::is_alphabetic)
            && !self.tables.words.has(WordList::ArClauseParticle, w)
            && !self.actors.iter().any(|a| a.t0 <= prev && prev < a.t1)
    }

    /// Whether Arabic verb `hit` carries its object as a pronoun and a preposition or a ب/ل phrase follows
    /// it at once («ودعاه إلى إقناع إيران», «وطالبه بالضغط على إسرائيل»): the verb names no subject of its
    /// own (the subject would stand between the verb and its complement: «ودعاه الوزير إلى …»), so a
    /// state inside the complement is none.
    pub(super) fn ar_pronoun_object_no_subject(&self, hit: &Hit) -> bool {
        let t = hit.t1;
        // (One word: a gapped row holds its subject in the gap, «ومنحها رئيس سورينام أرفع وسام». A place
        // or a date may stand between a verb and its subject, «وقّعه في موسكو يوم السبت الرئيس»: "in" and
        // "from" open no complement here.)
        if t != hit.t0 + 1
            || t >= self.scan.toks.len()
            || !self.scan.toks[t].word
            || !self.ar_object_pronoun(hit)
        {
            return false;
        }
        let w = self.scan.text(t);
        let named = self.actors.iter().any(|a| a.t0 <= t && t < a.t1);
        !named
            && (matches!(w, "الي" | "علي" | "عن" | "ان" | "بان" | "لان")
                || ((w.starts_with("بال") || w.starts_with("لل")) && w.chars().count() > 4))
    }

    /// Whether the first word of an Arabic trigger carries an object pronoun (انتقدته، أدانتها، اتهمهم):
    /// the word is the pattern's word with ه ها هما or هم after it.
    pub(super) fn ar_object_pronoun(&self, hit: &Hit) -> bool {
        let lt = self.tables.lang(self.ctx.lang);
        let Some(data::Word::Exact(x)) = lt.entries[hit.entry as usize].words.first() else {
            return false;
        };
        let w = self.scan.text(hit.t0);
        // (A row may spell the pronoun itself, انتقدته: a one-word verb row ending in ه.)
        let spelled = hit.t1 == hit.t0 + 1 && x.ends_with('ه') && x.chars().count() >= 4;
        // (The last place of `x` in `w`, as `rfind` finds it, by bytes: a `&str` pattern builds a two-way
        // searcher per call.)
        let (wb, xb) = (w.as_bytes(), x.as_bytes());
        let last = wb
            .len()
            .checked_sub(xb.len())
            .and_then(|top| (0..=top).rev().find(|&k| wb[k..].starts_with(xb)));
        last.is_some_and(|k| {
            matches!(&w[k + x.len()..], "ه" | "ها" | "هما" | "هم")
                || (spelled && w[k + x.len()..].is_empty())
        })
    }

    /// The sides of an Arabic visit noun that found one side or none beside it (eval/README, session 8: a
    /// visit in a phrase is made by the subject of the sentence):
    /// - "خلال زيارة يقوم بها وزير الخارجية الصيني": the state after يقوم/تقوم بها is the visitor, and the
    ///   host the state after إلى, else the sentence subject;
    /// - "التقى السيسي نظيره الروسي خلال زيارته إلى روسيا", "بحث عون مع بوتين، في أول زيارة له إلى روسيا":
    ///   the host is the state after إلى (or the one side found), and the visitor the one side found
    ///   that is not the host, else the sentence subject — a partner named before the noun is no visitor.
    ///
    /// Not the visit a verb of the sentence told ("وصل أردوغان إلى الدوحة في زيارة إلى قطر", "زار الأسد
    /// الإمارات، في أول زيارة له إلى دولة عربية"): one visit.
    pub(super) fn ar_visit_roles(
        &self,
        hit: &Hit,
        clause: &Range<usize>,
        out: &[EventRec],
        roles: &mut Roles<'a>,
    ) {
        let ids = |g: &Group| -> Ids<'a> { self.group_ids(&g.members).collect() };
        let groups = self.groups(clause);
        let n = self.scan.toks.len();
        // "زيارة (رسمية) يقوم بها …": the visitor named in a relative clause.
        let by = (hit.t1..(hit.t1 + 3).min(n.saturating_sub(1)))
            .find(|&t| {
                matches!(self.scan.text(t), "يقوم" | "تقوم" | "قام" | "قامت")
                    && matches!(self.scan.text(t + 1), "بها" | "به")
            })
            .and_then(|t| {
                groups
                    .iter()
                    .find(|g| g.prep.is_none() && g.t0 >= t + 2 && g.t0 <= t + 4)
            })
            .map(ids);
        // The host: a state after إلى or ل a few words on (له, an ordinal, an adjective or a short relative
        // clause between), no person ("زيارة مرتقبة لبوتين إلى تركيا": بوتين is the visitor).
        let after = by.as_ref().map_or(hit.t1, |_| hit.t1 + 4);
        let named_host: Ids<'a> = groups
            .iter()
            .find(|g| {
                g.t0 >= hit.t1
                    && g.t0 <= after + 5
                    && g.prep == Some(Cue::To)
                    && g.members.iter().all(|&m| !self.actors[m].person)
            })
            .map(ids)
            .unwrap_or_default();
        let (visitor, host) = match by {
            Some(v) if !v.is_empty() => {
                let host = if named_host.is_empty() {
                    self.sentence_subject(hit.t0, hit.t1, &v)
                } else {
                    named_host
                };
                (v, host)
            }
            _ => {
                let host = if roles.target.is_empty() {
                    named_host
                } else {
                    roles.target.clone()
                };
                let found: Ids<'a> = ids_except(&roles.source, &host);
                let visitor = if found.is_empty() {
                    self.sentence_subject(hit.t0, hit.t1, &host)
                } else {
                    found
                };
                (visitor, host)
            }
        };
        if visitor.is_empty() || host.is_empty() || visitor.iter().any(|v| host.contains(v)) {
            return;
        }
        let told = out.iter().any(|e| {
            e.kind == "CONSULT"
                && e.mode.as_deref() == Some("visit")
                && e.source
                    .iter()
                    .chain(&e.target)
                    .any(|x| visitor.contains(&x.as_str()))
                && e.source
                    .iter()
                    .chain(&e.target)
                    .any(|x| host.contains(&x.as_str()))
        });
        if !told {
            roles.source = visitor;
            roles.target = host;
        }
    }

    /// "سحبت السعودية سفيرها من طرابلس وطلبت من السفير الليبي مغادرة الرياض": an Arabic verb of asking or
    /// ordering an envoy to leave whose من-phrase (or envoy) follows it at once has left its subject out: the envoy's
    /// state (named in the gap) is the one expelled, never the doer, and the place to be left (the
    /// expeller's own capital) is no party; the doer is the sentence subject.
    pub(super) fn ar_expel_roles(&self, hit: &Hit, roles: &mut Roles<'a>) {
        // (Or the envoy right after the verb: "وطالبت السفير الإسرائيلي بمغادرة لاباز".)
        let first = self.scan.text(hit.t0 + 1);
        if hit.t1 < hit.t0 + 3
            || !(first == "من"
                || self
                    .tables
                    .words
                    .has_stem_of(WordList::ArEnvoyPrefix, first))
        {
            return;
        }
        let envoy: Ids<'a> = self
            .actors
            .iter()
            .filter(|a| a.t0 > hit.t0 + 1 && a.t1 < hit.t1)
            .flat_map(|a| a.ids.iter().copied())
            .collect();
        if envoy.is_empty() || !roles.source.iter().any(|s| envoy.contains(s)) {
            return;
        }
        let subject = self.sentence_subject(hit.t0, hit.t1, &envoy);
        if !subject.is_empty() {
            roles.source = subject;
            roles.target = envoy;
        }
    }

    /// "قصفت طائرات تركية مواقع لحزب العمال في شمال العراق", "غارات على معسكرات للمتمردين في مالي": an
    /// Arabic strike on the sites of a non-state group (a site noun, then within two words the group, its
    /// ل and article aside) hits no state: the state its place phrase names after the group is no target
    /// (eval/README: an attack on non-state groups on a state's soil has a source and no target). Not
    /// when the phrase says the sites are inside the state's territory (داخل أراضي الإكوادور: the border
    /// crossed is the act), nor when a name follows the group word (مقر منظمة الأمم المتحدة: an actor).
    /// True when the sites are a group's: the strike then stands with no target.
    pub(super) fn ar_non_state_sites(&self, hit: &Hit, end: usize, roles: &mut Roles<'a>) -> bool {
        let words = &self.tables.words;
        fn bare(w: &str) -> &str {
            let w = w
                .strip_prefix("لل")
                .or_else(|| w.strip_prefix('ل'))
                .unwrap_or(w);
            w.strip_prefix("ال").unwrap_or(w)
        }
        let end = end.min(self.scan.toks.len());
        let Some(group) = (hit.t0..end)
            .filter(|&t| words.has(WordList::ArSiteNoun, bare(self.scan.text(t))))
            .find_map(|t| {
                (t + 1..(t + 3).min(end))
                    .find(|&g| words.has(WordList::ArNonStateGroup, bare(self.scan.text(g))))
            })
        else {
            return false;
        };
        if self
            .actors
            .iter()
            .any(|a| a.t0 <= group + 1 && a.t1 > group)
        {
            return false;
        }
        let placed: Ids<'a> = self
            .actors
            .iter()
            .filter(|a| {
                a.t0 > group && a.t0 < end && !(group..a.t0).any(|t| self.scan.text(t) == "داخل")
            })
            .flat_map(|a| a.ids.iter().copied())
            .collect();
        // (A state named before the sites too keeps its place: "قصفت إسرائيل لبنان ومواقع لحزب الله".)
        let before: Ids<'a> = self
            .actors
            .iter()
            .filter(|a| a.t1 <= group && a.t0 > hit.t0)
            .flat_map(|a| a.ids.iter().copied())
            .collect();
        roles
            .target
            .retain(|id| !placed.contains(id) || before.contains(id));
        true
    }

    /// "قوات تركية بدأت بالتوجه إلى ليبيا لدعم حكومة الوفاق", "أرسلت مصر آلاف الجنود إلى اليمن لمساندة
    /// النظام": an Arabic purpose of backing (a SUPPORT trigger written with its ل: لدعم, لمساندة) after
    /// troops (`ar_troop_noun`) that move or are sent (`ar_troop_motion`), both in its clause before it,
    /// tells troops sent to help, military aid (eval/README: troops sent to help are AID), not praise or
    /// backing in words. ("أشادت مصر بدور القوات السعودية لدعم الاستقرار": no troops move, it stays.)
    pub(super) fn ar_troops_sent_to_back(&self, hit: &Hit, start: usize) -> bool {
        let words = &self.tables.words;
        let w = self.scan.text(hit.t0);
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        if !w.starts_with('ل') || w.starts_with("لل") {
            return false;
        }
        let has =
            |list: WordList| (start..hit.t0).any(|t| words.has_ar_glued(list, self.scan.text(t)));
        has(WordList::ArTroopNoun) && has(WordList::ArTroopMotion)
    }

    /// "أرسلت روسيا آلاف الجنود إلى الحدود مع أوكرانيا", "دفعت بقوات إلى حدودها": Arabic troops sent to a
    /// border (الحدود or حدود… after إلى, على, قرب or نحو, before `end`) are massed there, a mobilisation of
    /// the sender's own forces (eval/README: a military move short of force), not aid to the state beyond.
    pub(super) fn ar_troops_to_border(&self, hit: &Hit, end: usize) -> bool {
        let end = end.min(self.scan.toks.len());
        let words = &self.tables.words;
        (hit.t1..end).any(|t| {
            words.has(WordList::ArBorderNoun, self.scan.text(t))
                && words.has(WordList::ArBorderPreposition, self.scan.text(t - 1))
        })
    }

    /// "ألقى الرئيس الصيني كلمة …، وطالب الولايات المتحدة برفع القيود", "وأدانت الجامعة القرار، وطالبت
    /// واشنطن بالتراجع عنه": an Arabic verb of asking joined by و to a clause before it in its sentence,
    /// with a state right after it and then the thing asked (بـ, إلى, على), keeps the sentence's subject:
    /// the state after the verb is the one asked, not a new subject. (Opening its sentence, "وطالبت الهند
    /// باكستان بتسليم …", the state after the verb is its subject, as before.)
    pub(super) fn ar_joined_request(&self, hit: &Hit, roles: &mut Roles<'a>) {
        let toks = &self.scan.toks;
        if !hit.conj || hit.t1 != hit.t0 + 1 {
            return;
        }
        let Some(obj) = self
            .actors
            .iter()
            .find(|a| a.t0 == hit.t1 && !a.adjective && a.clitic.is_none() && !a.and_clitic)
        else {
            return;
        };
        let asked = obj.t1 < toks.len() && {
            let w = self.scan.text(obj.t1);
            matches!(w, "الي" | "علي")
                || (ba_word(w) && !self.actors.iter().any(|a| a.t0 == obj.t1))
        };
        if !asked {
            return;
        }
        let subject = self.sentence_subject(hit.t0, usize::MAX, &obj.ids);
        if subject.is_empty() {
            return;
        }
        roles.source = subject;
        roles.target = obj.ids.iter().copied().collect();
    }

    /// "انسحبت روسيا من معاهدة …", "انسحابها من الاتفاق": an Arabic withdrawal whose من-phrase (before
    /// the clause ends, a few words on) is a treaty, agreement or organisation leaves the pact (PLOVER
    /// SANCTION withdraw, eval/README; the nouns are `ar_pact_noun`); from a place it stays a military
    /// withdrawal. The word is read from the text, because the name it begins (المجموعة الاقتصادية …) hides its
    /// cue.
    pub(super) fn ar_leaves_pact(&self, hit: &Hit, end: usize) -> bool {
        let end = end.min(self.scan.toks.len()).min(hit.t1 + 6);
        let Some(t) = (hit.t1..end).find(|&t| self.scan.text(t) == "من") else {
            return false;
        };
        t + 1 < self.scan.toks.len() && {
            let w = self.scan.text(t + 1);
            let w = w.strip_prefix("ال").unwrap_or(w);
            self.tables.words.has(WordList::ArPactNoun, w)
        }
    }

    /// «بعد خروج جورجيا منها», «قد انسحبت منها عام 2000»: an Arabic withdrawal from «منها»/«منه» (`ar_left_pronoun` rows; a few
    /// words on, before `end`) leaves what the pronoun stands for; when that is a bloc — the nearest named
    /// before the trigger in the sentence, else the latest one remembered from the sentences before — it
    /// is the bloc, so the caller makes it a SANCTION aimed at it (leaving a bloc, eval/README). None when
    /// no such pronoun follows or no bloc but the doer's own (`source`) was named.
    pub(super) fn ar_bloc_left_by_pronoun(
        &self,
        hit: &Hit,
        end: usize,
        source: &[&'a str],
    ) -> Option<&'a str> {
        if self.ctx.lang != Lang::Ar {
            return None;
        }
        let end = end.min(self.scan.toks.len()).min(hit.t1 + 4);
        (hit.t1..end).find(|&t| {
            self.tables
                .words
                .has(WordList::ArLeftPronoun, self.scan.text(t))
        })?;
        self.actors
            .iter()
            .filter(|a| a.t1 <= hit.t0)
            .flat_map(|a| a.ids.iter().copied())
            .rfind(|id| is_bloc(self.ctx, id) && !source.contains(id))
            .or_else(|| {
                let r = self
                    .memory
                    .recent
                    .iter()
                    .rev()
                    .find(|r| r.bloc && !source.contains(&r.id.as_str()))?;
                let k = self.ctx.lexicon.lookup(&r.id)?;
                Some(self.ctx.lexicon.entity(k).id.as_str())
            })
    }

    /// The act noun that is the object of Arabic reaction `hit`: in its gap, or after the verb and its
    /// subject (and a date or place phrase) up to `end` or the next punctuation, the first word, its
    /// clitics و ف ب ل off, that is a definite act noun — a noun trigger of the lexicon or an
    /// `ar_act_noun` with ال ("فأدان مجلس الجامعة الغزو", "ورحبت واشنطن بالاتفاق", "أعربت عن أسفها
    /// للقرار"), one of `ar_act_noun_definite` ("ذلك"), one in the construct state before a definite word
    /// that is no actor ("إسقاط الطائرة", "دخول القوات"), or an `ar_act_noun` with its doer as a pronoun
    /// ("بانتخابه"). Its token. Words as normalised (ة → ه, إ → ا).
    pub(super) fn ar_act_object(&self, hit: &Hit, end: usize) -> Option<usize> {
        if self.ctx.lang != Lang::Ar {
            return None;
        }
        let n = self.scan.toks.len();
        let end = end.min(n).min(hit.t1 + 8);
        let actor_at = |t: usize| self.actors.iter().any(|a| a.t0 <= t && t < a.t1);
        // (Not the last word of a gapped trigger: "ووصفت إيران دخول القوات بأنه تدخل".)
        let gap = hit.t0 + 1..hit.t1.saturating_sub(1).max(hit.t0 + 1);
        gap.chain(hit.t1..end)
            .take_while(|&t| self.scan.toks[t].word)
            .filter(|&t| !actor_at(t))
            .find(|&t| {
                let w = self.scan.text(t);
                let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                if self.tables.words.has(WordList::ArActNounDefinite, w) {
                    return true;
                }
                // (للقرار: ل before ال drops its alif.)
                let (stem, definite) = match w.strip_prefix("لل") {
                    Some(r) => (r, true),
                    None => {
                        let w = w
                            .strip_prefix(['ب', 'ل'])
                            .filter(|r| r.starts_with("ال"))
                            .unwrap_or(w);
                        match w.strip_prefix("ال") {
                            Some(r) => (r, true),
                            None => (w.strip_prefix(['ب', 'ل']).unwrap_or(w), false),
                        }
                    }
                };
                let act = |x: &str| self.tables.words.has(WordList::ArActNoun, x);
                let noun = self.act_noun_kind(t, definite).is_some() || act(stem);
                let construct = t + 1 < n
                    && self.scan.toks[t + 1].word
                    && self.scan.text(t + 1).starts_with("ال")
                    && !actor_at(t + 1);
                let possessed = ["ه", "ها", "هما", "هم"]
                    .iter()
                    .any(|p| stem.strip_suffix(p).is_some_and(act));
                (noun && (definite || construct)) || (!definite && possessed)
            })
    }

    /// «بعد اعتقال تبليسي أربعة ضباط روس», «عقب طرد وارسو خمسة دبلوماسيين روس», «إثر فرض واشنطن رسوماً
    /// على بكين»: an Arabic verbal noun of a directed act (filed as a noun, or a verb row's word read as one
    /// after a preposition of time or cause) in the construct state with a state's name right after it, and
    /// its object after that — a bare actor or a to/on phrase, before a comma or another trigger —, names
    /// its doer in that genitive (the إضافة to the agent, the object in the accusative), whatever subject
    /// the clause has before it. (Not a person, «اعتقال نافالني», nor a name with nothing after it,
    /// «تعليق عضوية روسيا», «طرد روسيا من المجلس»: there the genitive is the one acted on.) The genitive.
    pub(super) fn ar_genitive_agent<'g>(
        &self,
        i: usize,
        type_name: &str,
        bare_after: &[&'g Group],
        tos: &[&'g Group],
    ) -> Option<&'g Group> {
        if self.ctx.lang != Lang::Ar || SYMMETRIC.contains(&type_name) || type_name == "CONSULT" {
            return None;
        }
        let l = &self.live[i];
        let hit = &l.hit;
        if hit.t1 != hit.t0 + 1 {
            return None;
        }
        let after_prep = hit.t0 > 0
            && matches!(
                self.scan.text(hit.t0 - 1),
                "بعد" | "عقب" | "اثر" | "قبل" | "غداه" | "منذ" | "بسبب" | "جراء"
            );
        if !l.trig.noun && !after_prep {
            return None;
        }
        let g = bare_after.iter().copied().find(|g| g.t0 == hit.t1)?;
        let named = g.members.iter().all(|&m| {
            let a = &self.actors[m];
            !a.adjective && !a.person && a.clitic.is_none()
        });
        if !named {
            return None;
        }
        let next_trigger = self
            .live
            .iter()
            .filter(|o| o.hit.t0 >= g.t1)
            .map(|o| o.hit.t0)
            .min()
            .unwrap_or(usize::MAX);
        let theirs = |o: &Group| {
            o.members.iter().any(|&m| {
                self.actors[m]
                    .ids
                    .iter()
                    .any(|id| g.members.iter().any(|&k| self.actors[k].ids.contains(id)))
            })
        };
        let object = bare_after.iter().chain(tos.iter()).any(|o| {
            o.t0 >= g.t1
                && o.t0 <= g.t1 + 10
                && o.t0 < next_trigger
                && !self.comma_between(g.t1, o.t0)
                && !theirs(o)
        });
        object.then_some(g)
    }

    /// An Arabic anaphoric object inside a gapped trigger ("وصفت موسكو الخطوة بأنها عدائية", "اعتبرت
    /// ذلك ابتزازا"): the act of the sentence before. Words as normalised (ة → ه, إ → ا).
    pub(super) fn ar_anaphoric_act(&self, hit: &Hit) -> bool {
        if self.ctx.lang != Lang::Ar {
            return false;
        }
        let inside = (hit.t0 + 1..hit.t1 - 1).any(|t| {
            let w = self.scan.text(t);
            let w = w.strip_prefix('و').unwrap_or(w);
            matches!(w, "ذلك" | "هذا" | "هذه")
                || w.strip_prefix("ال")
                    .is_some_and(|w| self.tables.words.has(WordList::ArActNoun, w))
        });
        // «…، في خطوة وصفتها واشنطن بأنها استفزاز», «القرار الذي اعتبرته موسكو عدائياً»: a verb whose
        // object is a pronoun on it, right after an act noun (or the relative pronoun after one), is said
        // of that act.
        let verb = self.scan.text(hit.t0);
        let pronoun = ["ها", "ه", "هما"].iter().any(|e| verb.ends_with(e));
        let mut b = hit.t0;
        if b > 0
            && self
                .tables
                .words
                .has(WordList::RelativePronoun, self.scan.text(b - 1))
        {
            b -= 1;
        }
        let noun_before = b > 0 && self.scan.toks[b - 1].word && {
            let w = self.scan.text(b - 1);
            let w = w.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(w);
            let w = w.strip_prefix("ال").unwrap_or(w);
            self.tables.words.has(WordList::ArActNoun, w)
        };
        inside || (pronoun && noun_before)
    }

    /// An Arabic perfect passive, when the text writes its vowel: a damma on the first radical (فُرضت،
    /// جُمّدت، طُرد، أُرسلت). Imperfect prefixes (يُ تُ نُ) are left out: يُرسل is an active verb.
    pub(super) fn ar_passive(&self, hit: &Hit) -> bool {
        const DAMMA: char = '\u{64F}';
        let verb = self.live.iter().any(|l| l.hit.t0 == hit.t0 && !l.trig.noun);
        // (The first three chars in an array, not a vector: this runs for every Arabic trigger.)
        let mut chars = self.orig(hit.t0).chars();
        let c: [Option<char>; 3] = [chars.next(), chars.next(), chars.next()];
        let radical = |k: usize| c[k].is_some_and(|x| !matches!(x, 'ي' | 'ت' | 'ن'));
        verb && ((c[1] == Some(DAMMA) && radical(0))
            || (matches!(c[0], Some('و' | 'ف')) && c[2] == Some(DAMMA) && radical(1)))
    }

    /// An Arabic active participle used as a verb (متهمة، متهما): it has no subject after it. (Those of
    /// the first form, فاعل, do not begin with م: داعيةً، رافضاً are listed in `ar_participle`.)
    pub(super) fn ar_participle(&self, hit: &Hit) -> bool {
        let w = self.scan.text(hit.t0);
        let w = w.strip_prefix('و').unwrap_or(w);
        self.ctx.lang == Lang::Ar
            && ((w.starts_with('م')
                && w.chars().count() >= 5
                && ["ا", "ه", "ة", "ين", "ون"].iter().any(|e| w.ends_with(e)))
                || self.tables.words.has(WordList::ArParticiple, w))
    }

    /// "قطعت البحرين علاقاتها مع قطر، وحذت مصر حذوها", "…، وتبعتها الصومال": a state that follows suit
    /// (a verb of `ar_follow_verb` with the state right after it; حذا only with its object حذو) does the
    /// act told before it in the sentence, so that act is coded again with the follower as its doer (in
    /// a symmetric act, in place of the first party).
    pub(super) fn ar_follow_suit(&self, out: &mut Vec<EventRec>) {
        let n = self.scan.norm.as_str();
        if !(n.contains("حذ") || n.contains("تبع")) {
            return;
        }
        let toks = &self.scan.toks;
        for t in 0..toks.len() {
            let w = self.scan.text(t);
            let w = w
                .strip_prefix(['و', 'ف'])
                .filter(|r| self.tables.words.has(WordList::ArFollowVerb, r))
                .unwrap_or(w);
            if !self.tables.words.has(WordList::ArFollowVerb, w) {
                continue;
            }
            if w.starts_with("حذ")
                && !(t + 1..(t + 6).min(toks.len())).any(|u| self.scan.text(u).starts_with("حذو"))
            {
                continue;
            }
            let Some(f) = self
                .actors
                .iter()
                .find(|a| a.t0 > t && a.t0 <= t + 2 && !a.adjective)
            else {
                continue;
            };
            let at = toks[t].orig_start;
            let theirs = |e: &EventRec| {
                f.ids
                    .iter()
                    .any(|id| e.source.iter().chain(&e.target).any(|p| p == id))
            };
            let prior = out.iter().rev().find(|e| {
                !e.negated
                    && e.modality == "asserted"
                    && !theirs(e)
                    && self
                        .ctx
                        .text
                        .find(e.trigger.as_str())
                        .is_some_and(|o| o < at)
            });
            let Some(prior) = prior else { continue };
            let mut ev = prior.clone();
            let ids = f.ids.iter().map(|s| s.to_string());
            if ev.target.is_empty() {
                if ev.source.is_empty() {
                    continue;
                }
                ev.source.splice(0..1, ids);
            } else {
                ev.source = ids.collect();
            }
            ev.trigger = self.ctx.text[toks[t].orig_start..toks[t].orig_end].to_string();
            ev.date = self.date_from(self.clause_of(t), t);
            ev.actors = f.who.map(|w| vec![w.to_string()]).unwrap_or_default();
            out.push(ev);
        }
    }

    /// The state an Arabic verb that opens its sentence with و and names no subject of its own stands
    /// for: the subject of the sentence before carried on («التقى باشينيان بوتين في سوتشي. وتعهد بأن تبقى
    /// أرمينيا …», «طردت الجزائر دبلوماسيين فرنسيين. واستدعت السفير الفرنسي …»). Arabic drops a subject
    /// it has just named into the verb's ending; a singular verb takes the one state that led the sentence
    /// before (`actors::lead_state`), if that sentence was one of the last [`DEED_REACH`]. A dual or
    /// plural verb has its own rules (`ar_meeting_pair`, the coreference of "the two countries"), and the
    /// state is never the act's own target. The verb must show that its subject is left out: a noun right
    /// after it may be that subject even when it names no state («ووصف رئيس الوزراء …», «وشكر راجاباكسا
    /// …»), so the word after the verb is a preposition, a complementiser or a word written with ب
    /// («وتعهد بأن …», «وطلب من …», «وتعهدت بتقديم …»), or the envoy a summons or an expulsion takes as its
    /// object (`ar_envoy_object`: «واستدعت السفير الإسباني»).
    ///
    /// [`DEED_REACH`]: super::memory::DEED_REACH
    pub(super) fn ar_dropped_subject(
        &self,
        hit: &Hit,
        type_name: &str,
        mode: Option<&str>,
        roles: &Roles<'a>,
    ) -> Option<&'a str> {
        if self.ctx.lang != Lang::Ar
            || !self.ar_continues_sentence(hit)
            || !roles.source.is_empty()
            || self.ar_pronoun_subject(hit)
            || !self.live.iter().any(|l| l.hit.t0 == hit.t0 && !l.trig.noun)
            || !self.memory.lead_is_recent()
        {
            return None;
        }
        let t = hit.t0 + 1;
        if t >= self.scan.toks.len() || !self.scan.toks[t].word {
            return None;
        }
        let w = self.scan.text(t);
        let actor_next = self.actors.iter().any(|a| a.t0 == t);
        let no_subject_next = !actor_next
            && (self.scan.has_cue(t, t + 1, |c| {
                is_prep(c) || matches!(c, Cue::Comp | Cue::CompPro)
            }) || ba_phrase(w));
        // («وسلّمت المنطقة إلى القاهرة»: a handover row that ends in إلى, with no actor inside it, has its
        // object right after the verb, so its subject is left out.)
        let handed_next = !actor_next
            && type_name == "RETREAT"
            && self.ar_handed_to(hit)
            && !self.actors.iter().any(|a| a.t0 > hit.t0 && a.t0 < hit.t1);
        let envoy_next = !roles.target.is_empty()
            && self.groups(&self.clauses[0].range).iter().any(|g| {
                g.t0 > t && g.t0 <= t + 2 && self.ar_envoy_object(hit, type_name, mode, g)
            });
        if !no_subject_next && !envoy_next && !handed_next {
            return None;
        }
        let id = super::actors::lead_state(self.ctx, self.memory)?;
        (!roles.target.contains(&id)).then_some(id)
    }

    /// «أبلغت روسيا الولايات المتحدة رفضها تمديد البرنامج», «أبلغت شركة أرامكو الهيئة المصرية بوقف
    /// الشحنات», «ردّت موسكو بطرد دبلوماسيين», «ردّت الخارجية التركية بإعلان السفير المصري شخصاً غير مرغوب
    /// فيه»: an Arabic act told as the complement of a verb of notice (`notice_verb`) or of answering
    /// (`ar_answer_verb`) earlier in its clause is done by that verb's subject, the group right after it.
    /// After a verb of notice the act is aimed at the state notified, the next group whose states are not
    /// the subject's, unless the act names a state of its own after it (before a comma); after a verb of
    /// answering the act must be a verbal noun under ب (the trigger, or a word under ب at most three words
    /// before it: «على طرد براغ …» is what is answered), and keeps its other side. Not when another state
    /// stands between the notified state and the act («أبلغ … أن الصين …»: the act is that state's), nor for
    /// joint acts. The doer and the target; `None` when no such verb governs the act.
    pub(super) fn ar_governed_act_sides(
        &self,
        hit: &Hit,
        ci: usize,
        type_name: &str,
        roles: &Roles<'a>,
    ) -> Option<(Ids<'a>, Ids<'a>)> {
        if self.ctx.lang != Lang::Ar || SYMMETRIC.contains(&type_name) || type_name == "CONSULT" {
            return None;
        }
        let words = &self.tables.words;
        let cr = self.clauses[ci].range.clone();
        let lo = cr.start.max(hit.t0.saturating_sub(12));
        let (v, notice) = (lo..hit.t0).rev().find_map(|t| {
            let w = self.bare_word(t);
            if words.has(WordList::NoticeVerb, w) {
                Some((t, true))
            } else if words.has(WordList::ArAnswerVerb, w) {
                Some((t, false))
            } else {
                None
            }
        })?;
        let groups = self.groups(&cr);
        // (The subject right after the verb, or a body or an office before its state's adjective or its
        // holder's name: «ردّت الخارجية التركية», «أبلغ وزير الخارجية الأردني».)
        let subject = groups.iter().find(|g| {
            g.t1 <= hit.t0
                && (g.t0 == v + 1
                    || (g.t0 > v + 1
                        && g.t0 <= v + 3
                        && (v + 1..g.t0).all(|t| {
                            self.scan.toks[t].word
                                && !ba_word(self.scan.text(t))
                                && !self.scan.has_cue(t, t + 1, |c| {
                                    is_prep(c) || matches!(c, Cue::Comp | Cue::CompPro)
                                })
                        })
                        && g.members.first().is_some_and(|&m| {
                            let a = &self.actors[m];
                            a.adjective || a.person
                        })))
        })?;
        let ids_of = |g: &Group| -> Ids<'a> {
            let mut ids = Ids::new();
            for &m in &g.members {
                push_distinct(&mut ids, self.actors[m].ids.iter().copied());
            }
            ids
        };
        let doer = ids_of(subject);
        let foreign = |a: &Actor<'_>, known: &[&str]| a.ids.iter().any(|id| !known.contains(id));
        if notice {
            let notified = groups.iter().find(|g| {
                g.t0 >= subject.t1
                    && g.t1 <= hit.t0
                    && g.members.iter().any(|&m| foreign(&self.actors[m], &doer))
            })?;
            let notified: Ids<'a> = ids_except(&ids_of(notified), &doer);
            let mut known = doer.clone();
            known.extend(notified.iter().copied());
            if self
                .actors
                .iter()
                .any(|a| a.t0 >= subject.t1 && a.t1 <= hit.t0 && foreign(a, &known))
            {
                return None;
            }
            let stop = (hit.t1..cr.end)
                .find(|&t| !self.scan.toks[t].word && is_comma(self.scan.text(t)))
                .unwrap_or(cr.end);
            // (Its own object: within four words, before another act: «رفضها استخدام أجوائها في أي هجوم
            // على إيران» names the attack's target, not the refusal's.)
            let next_act = self
                .live
                .iter()
                .map(|l| l.hit.t0)
                .filter(|&t| t >= hit.t1)
                .min()
                .unwrap_or(usize::MAX);
            let own = self.actors.iter().any(|a| {
                a.t0 >= hit.t1
                    && a.t0 <= hit.t1 + 4
                    && a.t0 < next_act
                    && a.t1 <= stop
                    && foreign(a, &known)
            });
            let target: Ids<'a> = if own {
                ids_except(&roles.target, &doer)
            } else {
                notified
            };
            (!target.is_empty()).then_some((doer, target))
        } else {
            let ba = (subject.t1.max(hit.t0.saturating_sub(3))..=hit.t0)
                .any(|t| self.scan.toks[t].word && ba_phrase(self.scan.text(t)));
            if !ba {
                return None;
            }
            let mut target: Ids<'a> = ids_except(&roles.target, &doer);
            if target.is_empty() {
                target = ids_except(&roles.source, &doer);
            }
            (!target.is_empty()).then_some((doer, target))
        }
    }

    /// «وافقت روسيا على رفع الحظر عن الخضراوات الآتية من الاتحاد الأوروبي», «وافقت الشركة على أن تدفع
    /// لتركمانستان …», «تعهد الوزير، متحدثاً في …، بأن تحمي بلاده … على دوشنبه»: an Arabic verb of agreeing
    /// or promising (`pledge_head`) that found one state alone as its doer — no event (`lone_state`) — is
    /// made to the side its content names: the first state or bloc past the start of what it governs (على،
    /// أن، بأن or a word with ب glued on) that is not its doer, named by its name or a person (not an
    /// adjective: «مقاتلات روسية» is what is bought), and not as the place of the act (after في). The
    /// content ends at a comma before a clause joined by و or ف («…، فأعلنت …»; not «، وهي …», an aside).
    /// None when that side is a partner (after مع or بين: the with-rule).
    pub(super) fn ar_pledge_beneficiary(&self, hit: &Hit, roles: &Roles<'a>) -> Option<Ids<'a>> {
        if self.ctx.lang != Lang::Ar
            || !roles.target.is_empty()
            || roles.source.len() != 1
            || !is_state(self.ctx, roles.source[0])
            || self.pledge_head(hit.t0).is_none()
        {
            return None;
        }
        let own = roles.source[0];
        let n = self.scan.toks.len();
        let content = (hit.t1..n).find(|&t| {
            let w = unglued(self.scan.text(t));
            matches!(w, "علي" | "ان" | "بان") || ba_word(w)
        })?;
        let joined = |t: usize| {
            is_comma(self.scan.text(t))
                && t + 1 < n
                && self.scan.text(t + 1).starts_with(['و', 'ف'])
                && !matches!(self.scan.text(t + 1), "وهي" | "وهو" | "وهما" | "وهم")
        };
        let end = (content..n).find(|&t| joined(t)).unwrap_or(n);
        for a in self.actors.iter().filter(|a| a.t0 > content && a.t1 <= end) {
            if a.ids.iter().all(|id| *id == own) {
                continue;
            }
            let before = a.t0 - 1..a.t0;
            let cue = |want: fn(Cue) -> bool| {
                a.clitic.is_some_and(want) || self.scan.has_cue(before.start, before.end, want)
            };
            if cue(|c| matches!(c, Cue::With | Cue::Between)) {
                return None;
            }
            if a.adjective || cue(|c| c == Cue::In) {
                continue;
            }
            if !a
                .ids
                .iter()
                .all(|id| is_state(self.ctx, id) || is_bloc(self.ctx, id))
            {
                return None;
            }
            let mut ids = Ids::new();
            push_distinct(&mut ids, a.ids.iter().copied().filter(|id| *id != own));
            return Some(ids);
        }
        None
    }

    /// «ألقى الرئيس المصري كلمة في طهران، وانتقد فيها بشدة النظام السوري», «أعلنت روسيا دعمها …، وتعهدت
    /// بمواصلة مساندة فنزويلا»: an Arabic verb joined by و after a comma inside its sentence, singular, with
    /// a preposition, a complementiser or a word under ب right after it, has left its subject out (a
    /// subject follows its verb at once): it goes on with the subject of the sentence, the first actor with
    /// no preposition before it in the sentence's first clause, and what it names after the verb is its
    /// object. The subject's states, or `None` when the verb names its own subject or the sentence's is
    /// already the act's doer.
    pub(super) fn ar_joined_verb_subject(&self, hit: &Hit, roles: &Roles<'a>) -> Option<Ids<'a>> {
        if self.ctx.lang != Lang::Ar
            || !hit.conj
            || hit.t0 < 2
            || hit.t0 + 1 >= self.scan.toks.len()
            || !is_comma(self.scan.text(hit.t0 - 1))
            || !self.live.iter().any(|l| l.hit.t0 == hit.t0 && !l.trig.noun)
            || self.ar_participle(hit)
            || self.ar_pronoun_subject(hit)
        {
            return None;
        }
        let t = hit.t1.min(hit.t0 + 1);
        if !self.scan.toks[t].word || self.actors.iter().any(|a| a.t0 == t) {
            return None;
        }
        let w = self.scan.text(t);
        // (A preposition with a pronoun on it, «فيها», «عليه», is no subject either.)
        let prep_pronoun = ["في", "علي", "عن", "من", "ل"].iter().any(|p| {
            w.strip_prefix(p)
                .is_some_and(|rest| rest == "ه" || AR_POSSESSIVE_SUFFIXES.contains(&rest))
        });
        let no_subject_next = prep_pronoun
            || ba_phrase(w)
            || self.scan.has_cue(t, t + 1, |c| {
                is_prep(c) || matches!(c, Cue::Comp | Cue::CompPro)
            });
        if !no_subject_next {
            return None;
        }
        let first = self.groups(&self.clauses[0].range);
        let g = first.iter().find(|g| g.prep.is_none() && g.t1 <= hit.t0)?;
        let mut ids = Ids::new();
        push_distinct(&mut ids, self.group_ids(&g.members));
        (!ids.is_empty() && !ids.iter().all(|id| roles.source.contains(id))).then_some(ids)
    }

    /// «دعت هولندا روسيا إلى وقف أنشطتها، بعد أن طردت أربعة دبلوماسيين روس», «جمّدت باكو مشاركتها، إذ
    /// قررت الانسحاب …»: an Arabic verb right after a connector of time, place or cause (بعد أن، بعدما، قبل
    /// أن، عندما، حين، حينما، حيث، إذ، كما; قد may stand between) that found no subject continues the subject
    /// of the clause it hangs from, the sentence's subject named before the connector (not one of
    /// `target`). Not a verb that carries its object as a pronoun («بعد أن طالبها المجلس العسكري»: its
    /// subject follows it), nor one with a word of a state's body or an office right after it (a subject
    /// the lexicon does not name: «بعد أن اتهم مسؤول عسكري …», `ar_doer_noun` rows), nor a participle or a
    /// verbal noun under ب or ل.
    pub(super) fn ar_adverbial_subject(&self, hit: &Hit, target: &[&'a str]) -> Option<Ids<'a>> {
        if self.ctx.lang != Lang::Ar
            || hit.governed
            || hit.conj
            || hit.t0 < 2
            || self.ar_participle(hit)
            || self.ar_object_pronoun(hit)
        {
            return None;
        }
        let mut t = hit.t0;
        if self.scan.text(t - 1) == "قد" {
            t -= 1;
        }
        let w = self.scan.text(t - 1);
        let connector =
            matches!(
                w,
                "بعدما" | "عندما" | "حين" | "حينما" | "حيث" | "اذ" | "كما"
            ) || (w == "ان" && t >= 3 && matches!(self.scan.text(t - 2), "بعد" | "قبل"));
        if !connector || self.actors.iter().any(|a| a.t0 >= t - 1 && a.t0 < hit.t0) {
            return None;
        }
        // (But an office of the sentence's subject, a possessive pointing back to it on the office or on
        // the word after it: «إذ وقّع وزيرا خارجيتهما بياناً مشتركاً».)
        let n = self.scan.toks.len();
        let next = hit.t0 + 1;
        let possessed = |t: usize| t < n && ar_possessed_stem(self.scan.text(t)).is_some();
        if next < n && {
            let w = self.scan.text(next);
            let bare = w.strip_prefix("ال").unwrap_or(w);
            (self.tables.words.has(WordList::GovernmentNoun, w)
                || self.tables.words.has(WordList::StateBodySubject, w)
                || self.tables.words.has_stem_of(WordList::ArDoerNoun, bare))
                && !possessed(next)
                && !possessed(next + 1)
        } {
            return None;
        }
        distinct_ids(self.sentence_subject(t - 1, usize::MAX, target))
    }

    /// «التقى الرئيس الروسي نظيره الفرنسي، وحذّره من إرسال قوات إلى أوكرانيا», «فرضت واشنطن عقوبات على
    /// روسيا، وطالبتها بسحب قواتها من أوكرانيا»: an Arabic verb written with و that carries its object as a
    /// pronoun, its complement right after it (a preposition, a complementiser, a word under ب or من),
    /// asks, warns, blames or praises the one the pronoun points back to: the other side of the latest
    /// act of this sentence (`out`) its subject (`source`) took part in. A state named inside the
    /// complement is what the verb is about, no target. The other side, if there is one.
    pub(super) fn ar_pronoun_object_side(
        &self,
        hit: &Hit,
        source: &[&'a str],
        out: &[EventRec],
    ) -> Option<Ids<'a>> {
        let t = hit.t1;
        if self.ctx.lang != Lang::Ar
            || source.is_empty()
            || !hit.conj
            || t != hit.t0 + 1
            || t >= self.scan.toks.len()
            || !self.scan.toks[t].word
            || !self.ar_object_pronoun(hit)
            || self.actors.iter().any(|a| a.t0 <= t && t < a.t1)
        {
            return None;
        }
        let w = self.scan.text(t);
        let complement = w == "من"
            || ba_word(w)
            || self.scan.has_cue(t, t + 1, |c| {
                is_prep(c) || matches!(c, Cue::Comp | Cue::CompPro)
            });
        if !complement {
            return None;
        }
        let mine = |x: &String| source.contains(&x.as_str());
        let e = out
            .iter()
            .rev()
            .find(|e| e.source.iter().any(mine) || e.target.iter().any(mine))?;
        let other: Vec<&String> = if e.source.iter().any(mine) {
            if e.target.is_empty() {
                e.source.iter().filter(|x| !mine(x)).collect()
            } else {
                e.target.iter().collect()
            }
        } else {
            e.source.iter().collect()
        };
        distinct_ids(
            other
                .into_iter()
                .filter_map(|s| self.named_id(s))
                .filter(|id| !source.contains(id)),
        )
    }

    /// Whether the object of Arabic verb `hit` carries a possessive pronoun of the third person («علّقت
    /// عضويتها», «جمّدت أرصدتهم»): a word of the trigger after its verb, or the word right after it, of
    /// four letters or more ending in ها، هم or هما, no actor's name.
    pub(super) fn ar_possessed_object(&self, hit: &Hit) -> bool {
        let n = self.scan.toks.len();
        (hit.t0 + 1..(hit.t1 + 1).min(n)).any(|t| {
            let w = self.scan.text(t);
            self.scan.toks[t].word
                && !self.actors.iter().any(|a| a.t0 <= t && t < a.t1)
                && ar_possessed_stem(w).is_some()
        })
    }

    /// Whether `hit` is an Arabic row that ends in إلى ("to"): a handover of people, land or a position to
    /// the state named after it («سلّمت … المشتبه به إلى», «سلّمتهم إلى»).
    pub(super) fn ar_handed_to(&self, hit: &Hit) -> bool {
        self.ctx.lang == Lang::Ar && hit.t1 > hit.t0 + 1 && self.scan.text(hit.t1 - 1) == "الي"
    }

    /// The state that receives handover `hit` (`ar_handed_to`): the one named right after its إلى, or the
    /// adjective of the one noun there («إلى المغرب», «إلى الجانب الأوكراني»); none for a person or a
    /// court («إلى النيابة»).
    pub(super) fn ar_receiver(&self, hit: &Hit) -> Option<Ids<'a>> {
        let n = self.scan.toks.len();
        let recv: Ids<'a> = self
            .actors
            .iter()
            .filter(|a| {
                !a.person
                    && (a.t0 == hit.t1
                        || (a.t0 == hit.t1 + 1
                            && a.adjective
                            && hit.t1 < n
                            && self.scan.toks[hit.t1].word))
            })
            .flat_map(|a| a.ids.iter().copied())
            .collect();
        (!recv.is_empty()).then_some(recv)
    }

    /// An Arabic verb whose ending is its subject pronoun (اتهموا "they accused", وقّعا "the two signed"):
    /// the noun after it is its object.
    pub(super) fn ar_pronoun_subject(&self, hit: &Hit) -> bool {
        let w = self.scan.text(hit.t0);
        let w = if hit.conj {
            w.strip_prefix(['و', 'ف']).unwrap_or(w)
        } else {
            w
        };
        let verb = self.live.iter().any(|l| l.hit.t0 == hit.t0 && !l.trig.noun);
        self.ctx.lang == Lang::Ar
            && verb
            && ((w.ends_with("وا") && w.chars().count() >= 4) || self.ar_dual(hit))
    }

    /// Whether actor `a` is a definite plural demonym in the oblique case (السويسريين, الأمريكيين: the
    /// nominative is written السويسريون): right after a verb it is the verb's object, never its subject
    /// («وشكر السويسريين على …» — the subject is in the verb).
    pub(super) fn ar_oblique_plural(&self, a: &Actor<'_>) -> bool {
        let w = self.scan.text(a.t1 - 1);
        a.adjective && a.t1 == a.t0 + 1 && w.starts_with("ال") && w.ends_with("يين")
    }

    /// Whether actor `a`, found after a verb whose words end at `after`, is the verb's object by its case:
    /// an oblique plural demonym (`ar_oblique_plural`) right after the verb, or right after the one
    /// definite noun it qualifies («ودعا القادة اللبنانيين إلى …», «وانتقد المسؤولين الأمريكيين»: the
    /// adjective agrees with its noun, so the noun is in the oblique case too, and a subject is
    /// nominative: «ودعا القادة اللبنانيون …» names its subject).
    pub(super) fn ar_oblique_object(&self, after: usize, a: &Actor<'_>) -> bool {
        if !self.ar_oblique_plural(a) {
            return false;
        }
        a.t0 == after
            || (a.t0 == after + 1 && self.scan.toks[after].word && {
                // (As written: the article, not the آ of a numeral heading a construct, "تظاهر آلاف
                // الأردنيين", whose demonym is a genitive and whose head is the subject.)
                let w = self.orig(after);
                w.starts_with("ال")
                    && w.chars().count() >= 4
                    && !self.actors.iter().any(|b| b.t0 <= after && after < b.t1)
                    && !self.scan.has_cue(after, after + 1, is_prep)
            })
    }

    /// Whether group `a`, the first after Arabic verb `hit` (of `type_name`, `mode`), is the state of an
    /// envoy that the verb takes as its object — summoned, handed a note, expelled («واستدعت سفير ألمانيا»,
    /// «وسلّمت سفير ألمانيا في الرياض مذكرة احتجاج», «وطردت سفير إيران»): the state is the envoy's genitive,
    /// never the verb's subject, and the verb with no subject after it goes on with the one before. An
    /// envoy who acts («وانتقد سفير روسيا القرار», «واحتج السفير») is left alone: only a summons, a note
    /// handed (the envoy inside the trigger's gap) and an expulsion take an envoy as their object.
    pub(super) fn ar_envoy_object(
        &self,
        hit: &Hit,
        type_name: &str,
        mode: Option<&str>,
        a: &Group,
    ) -> bool {
        let w = self.scan.text(hit.t0);
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        let takes_envoy = (type_name == "PROTEST" && (w.starts_with("استدع") || a.t1 < hit.t1))
            || (type_name == "SANCTION" && mode == Some("expel"));
        let envoy = |t: usize| {
            self.tables
                .words
                .has(WordList::EnvoyNoun, self.scan.text(t))
        };
        // (The chargé d'affaires is two words before the state's adjective: «القائم بالأعمال الروسي».)
        takes_envoy
            && a.t0 > 0
            && (envoy(a.t0 - 1)
                || (a.t0 > 1 && self.scan.text(a.t0 - 1) == "بالاعمال" && envoy(a.t0 - 2)))
    }

    /// Whether Arabic verb `hit` opens its sentence as a continuation of the one before: with the
    /// conjunction و or ف written on it (وأجرى), or right after كما "also" («كما استدعت القائم بالأعمال
    /// الروسي»): either way its subject, when none follows, is the state the sentence before led with.
    pub(super) fn ar_continues_sentence(&self, hit: &Hit) -> bool {
        (hit.t0 == 0 && hit.conj) || (hit.t0 == 1 && matches!(self.scan.text(0), "كما" | "وكما"))
    }

    /// Whether Arabic concession `hit` (اعتذر "apologised") excuses its doer from taking part: عن and a
    /// word of taking part after it, a subject between or not («واعتذرت نيودلهي عن المشاركة», «اعتذر عن
    /// الحضور»). Declining an invitation so is a refusal, no apology.
    pub(super) fn ar_declined_part(&self, hit: &Hit) -> bool {
        let n = self.scan.toks.len();
        self.ctx.lang == Lang::Ar
            && hit.t1 == hit.t0 + 1
            && {
                let w = unglued(self.scan.text(hit.t0));
                w.starts_with("اعتذر") || w.starts_with("يعتذر") || w.starts_with("تعتذر")
            }
            && (hit.t1..n.min(hit.t1 + 4)).any(|t| {
                self.scan.text(t) == "عن" && t + 1 < n && {
                    let w = self.scan.text(t + 1);
                    ar_takes_part(w.strip_prefix("ال").unwrap_or(w))
                }
            })
    }

    /// Whether Arabic token `t` has the shape of a finite verb in the feminine perfect written with
    /// و or ف (وفرضت, فأغلقت): a second predicate begins there («علّقت المحادثات مع ليبيا وفرضت حظراً»),
    /// so a noun after it is that verb's object, not the object of a verb before it. (The shape alone:
    /// the rest ends in ت but not in the plural ات, has no article, and is no part of a name.)
    pub(super) fn ar_joined_feminine_verb(&self, t: usize) -> bool {
        let w = self.scan.text(t);
        let Some(rest) = w.strip_prefix(['و', 'ف']) else {
            return false;
        };
        self.ctx.lang == Lang::Ar
            && self.scan.toks[t].word
            && rest.chars().count() >= 3
            && rest.ends_with('ت')
            && !rest.ends_with("ات")
            && !rest.starts_with("ال")
            && !self.actors.iter().any(|a| a.t0 <= t && t < a.t1)
    }

    /// Where live trigger `i`, an Arabic measure, is joined by و to the measure right before it: the
    /// token that carries the و — its own word, one of them a verbal noun («ردّت بطرد السفير وإغلاق
    /// المجال الجوي», «قررت طرد السفير وتجميد الأصول», «بخفض العلاقات وطرد المفوض»), or a feminine verb
    /// between whose object it is («علّقت المحادثات مع ليبيا وفرضت حظراً»). A second measure of the same
    /// doer, an event of its own as a second verb is (`second_act`); its roles: `ar_joined_measure_roles`.
    pub(super) fn ar_joined_measure(&self, i: usize) -> Option<usize> {
        let l = &self.live[i];
        let sanction = |t: &Trigger| TYPES[t.kind as usize] == "SANCTION";
        if self.ctx.lang != Lang::Ar || !sanction(l.trig) {
            return None;
        }
        let p = self.live[..i]
            .last()
            .filter(|p| sanction(p.trig) && p.hit.t1 <= l.hit.t0)?;
        if l.hit.conj && (p.trig.noun || p.hit.governed || l.trig.noun) {
            return Some(l.hit.t0);
        }
        (p.hit.t1..l.hit.t0)
            .rev()
            .find(|&t| self.ar_joined_feminine_verb(t))
            .filter(|_| l.trig.noun)
    }

    /// The roles of a measure joined at token `v` (`ar_joined_measure`) from the measure before it (the
    /// sentence's latest event, `out`): with no doer of its own it is that measure's doer's, aimed where
    /// that one was aimed when it names no one; and a state it names as its doer that the measure before
    /// was aimed at, not right after `v` and with no one else named, is its object read as a subject
    /// («بخفض علاقاتها مع الهند وطرد المفوض السامي الهندي»: the envoy's state is expelled; «وطردت الهند
    /// …» would name a doer of its own).
    pub(super) fn ar_joined_measure_roles(
        &self,
        v: usize,
        out: &[EventRec],
        roles: &mut Roles<'a>,
    ) {
        let Some(prev) = out
            .last()
            .filter(|e| e.kind == "SANCTION" && !e.source.is_empty())
        else {
            return;
        };
        let object_read_as_doer = roles.target.is_empty()
            && !roles.source.is_empty()
            && roles
                .source
                .iter()
                .all(|s| prev.target.iter().any(|t| t == s))
            && !self
                .actors
                .iter()
                .any(|a| a.t0 == v + 1 && a.ids.iter().any(|id| roles.source.contains(id)));
        if !roles.source.is_empty() && !object_read_as_doer {
            return;
        }
        if object_read_as_doer {
            roles.target = std::mem::take(&mut roles.source);
        }
        self.add_leads(&prev.source, roles, true);
        if roles.target.is_empty() {
            self.add_leads(&prev.target, roles, false);
        }
    }

    /// Whether verb `hit` carries the و/ف of a second predicate (`Hit::conj`) and is finite, not a
    /// participle: a new act of the subject before it, as "and" makes one in English.
    pub(super) fn ar_coordinated_finite(&self, hit: &Hit, trig: &Trigger) -> bool {
        self.ctx.lang == Lang::Ar && !trig.noun && hit.conj && !self.ar_participle(hit)
    }

    /// Whether group `a`, right after verb `hit` of `type_name` (a determiner may stand between), is
    /// followed at once by the verb's complement and no other actor: a ب phrase for the types of
    /// [`OBJECT_THEN_BA`] (واتهمت كيغالي بدعم, وطالبت إسرائيل بالتراجع), على for those of
    /// [`OBJECT_THEN_COMPLEMENT`] (وشكر روسيا على دعمها, وحث إيران على ضبط النفس): the verb's object, not a
    /// subject with an object of its own after it. (Not a ب phrase after a verb of welcome or praise:
    /// «ورحبت وارسو بالخطوة» names its subject before what it welcomes.)
    pub(super) fn ar_object_before_ba(
        &self,
        hit: &Hit,
        type_name: &str,
        a: &Group,
        groups: &[Group],
    ) -> bool {
        let n = self.scan.toks.len();
        let w = if a.t1 < n { self.scan.text(a.t1) } else { "" };
        let near = a.t0 == hit.t1
            || (a.t0 == hit.t1 + 1 && self.scan.has_cue(hit.t1, a.t0, |c| c == Cue::Det));
        let complement = (OBJECT_THEN_BA.contains(&type_name) && ba_phrase(w))
            || (OBJECT_THEN_COMPLEMENT.contains(&type_name) && matches!(w, "علي" | "على"));
        near && complement
            && !self.actors.iter().any(|x| x.t0 <= a.t1 && a.t1 < x.t1)
            && !groups.iter().any(|g| g.t0 > a.t0 && g.t0 <= a.t1 + 1)
    }

    /// Whether Arabic verb `hit` of `type_name` is one of praise or welcome with its object in the ب phrase
    /// right after it («وأشاد بدور الإمارات», «ورحب بقرار مصر»): the state there is the one praised, not
    /// the subject.
    pub(super) fn ar_praise_of_ba(&self, hit: &Hit, type_name: &str) -> bool {
        type_name == "SUPPORT" && hit.t1 < self.scan.toks.len() && ba_phrase(self.scan.text(hit.t1))
    }

    /// Whether group `a`, the first after Arabic و-verb `hit` of `type_name`, is the verb's object and no
    /// subject of its own: the one actor before the ب or على of a demand, charge, threat or thanks
    /// (`OBJECT_THEN_COMPLEMENT`, `ar_object_before_ba`: «وشكر روسيا على دعمها», «وطالبت إسرائيل
    /// بالتراجع»), or a state inside the ب phrase of praise right after the verb (`ar_praise_of_ba`).
    pub(super) fn ar_continued_object(
        &self,
        hit: &Hit,
        type_name: &str,
        a: &Group,
        groups: &[Group],
    ) -> bool {
        self.ar_object_before_ba(hit, type_name, a, groups)
            || (self.ar_praise_of_ba(hit, type_name) && a.t0 > hit.t1)
    }

    /// Whether a verb of type `type_name` that takes its object and then a ب complement
    /// (`OBJECT_THEN_BA`: demand, charge, threat) has that complement right after it, a word of four
    /// letters or more («وطالبت بسحب القوات»), so the state inside it is what the act is about.
    pub(super) fn ar_ba_complement_next(&self, hit: &Hit, type_name: &str) -> bool {
        OBJECT_THEN_BA.contains(&type_name)
            && hit.t1 < self.scan.toks.len()
            && ba_phrase(self.scan.text(hit.t1))
    }

    /// The subject of an Arabic verb right after a particle of condition (إذا, لو): the actor right after
    /// the verb (a determiner may stand between), not the subject of the main clause before the particle
    /// («هددت إيران بالرد إذا قصفت إسرائيل منشآتها», «سترد روسيا إذا صادر الغرب أصولها»: the condition is
    /// Israel's, the West's act). The condition names its own doer, as "if Israel struck" does in English.
    pub(super) fn ar_conditional_subject<'g>(
        &self,
        hit: &Hit,
        trig: &Trigger,
        groups: &'g [Group],
    ) -> Option<&'g Group> {
        if self.ctx.lang != Lang::Ar || trig.noun || hit.conj || hit.t0 == 0 {
            return None;
        }
        let w = self.scan.text(hit.t0 - 1);
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        if !matches!(w, "اذا" | "لو") {
            return None;
        }
        groups.iter().find(|g| {
            g.prep.is_none()
                && (g.t0 == hit.t1
                    || (g.t0 == hit.t1 + 1 && self.scan.has_cue(hit.t1, g.t0, |c| c == Cue::Det)))
        })
    }

    /// The token `n` words before token `t`, a quoted name («إس-400», `"` in the normal form) counting
    /// as one word, whatever its own marks.
    pub(super) fn words_back(&self, t: usize, n: usize) -> usize {
        let mut at = t;
        for _ in 0..n {
            if at == 0 {
                break;
            }
            at -= 1;
            if self.scan.text(at) == "\"" {
                if let Some(open) =
                    (at.saturating_sub(10)..at).rfind(|&k| self.scan.text(k) == "\"")
                {
                    at = open;
                }
            }
        }
        at
    }

    /// An Arabic dual perfect verb (وقّعا، اتفقتا): four letters or more ending in ا.
    pub(super) fn ar_dual(&self, hit: &Hit) -> bool {
        let w = self.scan.text(hit.t0);
        // (Only a proclitic و/ف is stripped: the و of وقّعا is the root's.)
        let w = if hit.conj {
            w.strip_prefix(['و', 'ف']).unwrap_or(w)
        } else {
            w
        };
        // (Not the alif of an object pronoun, وقعتها "signed it", طالبنا "asked us": «الاتفاقية التي
        // وقعتها مصر واليونان» has its subject after it.)
        hit.t1 == hit.t0 + 1
            && w.ends_with('ا')
            && !w.ends_with("وا")
            && !w.ends_with("ها")
            && !w.ends_with("نا")
            && w.chars().count() >= 4
    }

    /// The actor an Arabic relative clause hangs from (… أرمينيا التي جمدت …), and whether token `t`
    /// comes after the relative clause's closing comma (الصين، التي تعد …، استقبلت). None when the verb
    /// carries the antecedent as its object (التي زارها، التي فرضت عليها).
    pub(super) fn ar_antecedent(&self, ci: usize, t: usize) -> Option<(Group, bool)> {
        let c = &self.clauses[ci];
        let r0 = c.range.start;
        if self.ctx.lang != Lang::Ar || c.opened_by != Some(Boundary::Hard) || r0 == 0 {
            return None;
        }
        let pron = self.orig(r0).trim_start_matches('و');
        if !matches!(
            pron,
            "التي" | "الذي" | "الذين" | "اللذان" | "اللتان" | "اللذين" | "اللتين"
        ) {
            return None;
        }
        let end = if is_comma(self.scan.text(r0 - 1)) {
            r0 - 1
        } else {
            r0
        };
        let (ai, a) = self.actors.iter().enumerate().rfind(|(_, a)| a.t1 == end)?;
        let resumes = (r0 + 1..t).any(|k| is_comma(self.scan.text(k)));
        if !resumes {
            let w = self.scan.text(t);
            let next = if t + 1 < self.scan.toks.len() {
                self.scan.text(t + 1)
            } else {
                ""
            };
            let object = ["ها", "ه", "هم", "هما"].iter().any(|e| w.ends_with(e))
                || ["عليها", "لها", "معها", "منها", "إليها", "عليه", "له", "معه"].contains(&next);
            if t != r0 + 1 || object {
                return None;
            }
        }
        Some((
            Group {
                t0: a.t0,
                t1: a.t1,
                members: smallvec![ai],
                prep: None,
            },
            resumes,
        ))
    }

    /// The words after an Arabic relative clause set off by two commas on the subject right after a verb
    /// of clause `ci`: «انتقدت تركيا، التي تستضيف قاعدة للناتو، العقوبات الروسية», «طردت بولندا، التي
    /// انضمت إلى الحلف عام ١٩٩٩، ثلاثة دبلوماسيين بيلاروسيين». The relative pronoun cuts the clause, so
    /// the object after the closing comma (and a date there) stands in the relative clause's; it is still
    /// the verb's, as after an appositive (`ar_subject_appositive`). Returns the comma that closes the
    /// relative clause and the end of what follows it (the next punctuation); `None` when clause `ci`
    /// does not end at a comma right after an actor with a relative pronoun after it, or the relative
    /// clause has no comma of its own within sixteen words. (So does a phrase of time or circumstance set
    /// off the same way, `ar_aside_opener` (data/events/words.csv): «وقّعت روسيا، بعد محادثات استمرت يومين، اتفاقية مع
    /// إندونيسيا», «طردت بولندا، في خطوة مفاجئة، ثلاثة دبلوماسيين روس».)
    pub(super) fn ar_aside_tail(&self, ci: usize) -> Option<(usize, usize)> {
        if self.ctx.lang != Lang::Ar {
            return None;
        }
        let n = self.scan.toks.len();
        let comma = |t: usize| !self.scan.toks[t].word && is_comma(self.scan.text(t));
        let cr = &self.clauses[ci].range;
        let p = if cr.end > 0 && comma(cr.end - 1) {
            cr.end - 1
        } else {
            cr.end
        };
        if p == 0
            || p + 3 >= n
            || !comma(p)
            || !self.actors.iter().any(|a| a.t1 == p && a.t0 > cr.start)
            || !(self
                .tables
                .words
                .has(WordList::RelativePronoun, self.scan.text(p + 1))
                || self
                    .tables
                    .words
                    .has(WordList::ArAsideOpener, self.scan.text(p + 1)))
        {
            return None;
        }
        // (A comma inside a list of actors does not close the relative clause.)
        let listed = |t: usize| {
            self.actors.iter().any(|a| a.t1 == t) && self.actors.iter().any(|a| a.t0 == t + 1)
        };
        let q = (p + 2..n.min(p + 18)).find(|&t| !self.scan.toks[t].word && !listed(t))?;
        if !comma(q) || q + 1 >= n || !self.scan.toks[q + 1].word {
            return None;
        }
        let end = (q + 1..n).find(|&t| !self.scan.toks[t].word).unwrap_or(n);
        Some((q, end))
    }

    /// The object of verb `hit` (of clause `ci`) after a relative clause on its subject (see
    /// [`Coder::ar_aside_tail`]): the first group within four words after the closing comma (bare, or a
    /// partner after مع), with no verb (a trigger of a verb, a verb or report word, a complementiser)
    /// before it; not the subject again. Only for a subject right after the verb.
    pub(super) fn ar_object_after_aside(
        &self,
        hit: &Hit,
        ci: usize,
        subject: Option<&Group>,
        src: &[&str],
    ) -> Option<Group> {
        let s = subject?;
        if s.t0 < hit.t1 || s.t0 > hit.t1 + 2 {
            return None;
        }
        let (q, end) = self.ar_aside_tail(ci)?;
        if s.t1 + 1 != self.clauses[ci].range.end && s.t1 != self.clauses[ci].range.end {
            return None;
        }
        let groups = self.groups(&(q + 1..end));
        let g = groups.first().filter(|g| g.t0 <= q + 5)?;
        let verb_between = self
            .live
            .iter()
            .any(|o| !o.trig.noun && o.hit.t0 > q && o.hit.t0 <= g.t0)
            || self.scan.has_cue(q + 1, g.t0, |c| {
                matches!(
                    c,
                    Cue::Verb | Cue::Report | Cue::Comp | Cue::CompPro | Cue::Boundary
                )
            });
        let plain = matches!(g.prep, None | Some(Cue::With))
            && !verb_between
            && g.members
                .iter()
                .any(|&m| self.actors[m].ids.iter().any(|id| !src.contains(id)));
        plain.then(|| g.clone())
    }

    /// The antecedent of an Arabic relative clause whose verb right after the pronoun carries it as its
    /// object (إيران التي فرضت عليها واشنطن عقوبات، الدول التي زارها).
    pub(super) fn ar_antecedent_object(&self, ci: usize) -> Option<Group> {
        let c = &self.clauses[ci];
        let r0 = c.range.start;
        let t = r0 + 1;
        if self.ctx.lang != Lang::Ar
            || c.opened_by != Some(Boundary::Hard)
            || r0 == 0
            || t >= c.range.end
        {
            return None;
        }
        let pron = self.orig(r0).trim_start_matches('و');
        if !matches!(pron, "التي" | "الذي" | "الذين") {
            return None;
        }
        let w = self.scan.text(t);
        let next = if t + 1 < self.scan.toks.len() {
            self.scan.text(t + 1)
        } else {
            ""
        };
        let object = ["ها", "ه", "هم"].iter().any(|e| w.ends_with(e))
            || ["عليها", "عليه", "عليهم", "ضدها", "ضده"].contains(&next);
        if !object {
            return None;
        }
        let end = if is_comma(self.scan.text(r0 - 1)) {
            r0 - 1
        } else {
            r0
        };
        let (ai, a) = self.actors.iter().enumerate().rfind(|(_, a)| a.t1 == end)?;
        Some(Group {
            t0: a.t0,
            t1: a.t1,
            members: smallvec![ai],
            prep: None,
        })
    }
    /// The mediator of an Arabic mediation between two sides (`hit` ends in بين) that names no subject of
    /// its own — no actor right before it or in its gap (أن تتوسط بين، وساطتها بين) —: the state that opens
    /// the sentence as the subject of its first verb (عرضت السعودية …، أعلنت قطر …), added as a party.
    pub(super) fn ar_mediator(&self, hit: &Hit, roles: &mut Roles<'a>) {
        let first = &self.clauses[0].range;
        let groups = self.groups(first);
        let own = groups
            .iter()
            .any(|g| (g.t0 > hit.t0 && g.t1 < hit.t1) || (g.t1 == hit.t0 && g.prep.is_none()));
        if own {
            return;
        }
        let Some(g) = groups
            .iter()
            .find(|g| g.prep.is_none() && g.t1 <= hit.t0 && g.t0 <= first.start + 3)
        else {
            return;
        };
        let ids: Vec<&'a str> = self.group_ids(&g.members).collect();
        if ids
            .iter()
            .any(|id| roles.source.contains(id) || roles.target.contains(id))
        {
            return;
        }
        for id in ids {
            roles.source.push(id);
        }
    }
}

/// An Arabic verb or noun of taking part (شارك، يحضر، مشاركة), with or without the conjunction.
pub(super) fn ar_takes_part(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    data::Tables::embedded()
        .words
        .has(WordList::ArTakingPart, w)
}

/// Whether token `w` (normalised, with its proclitics) is a form of the Arabic verb of suspending علّق
/// ("علقت", "وعلق", "ستعلق": `ar_suspend_verb` rows) or its verbal noun ("وتعليق", "بتعليق": `ar_suspend_noun`
/// rows): with على after it the same letters comment on something (`select:ar-comment-on`; «في تعليق على
/// المحادثات» "in a comment on the talks").
pub(super) fn is_suspend_verb(w: &str) -> bool {
    let words = &data::Tables::embedded().words;
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let noun = w.strip_prefix(['ب', 'ل']).unwrap_or(w);
    words.has(
        WordList::ArSuspendNoun,
        noun.strip_prefix("ال").unwrap_or(noun),
    ) || words.has(WordList::ArSuspendVerb, w.strip_prefix('س').unwrap_or(w))
}

impl<'a> Coder<'_, 'a> {
    /// The one a request is made of, named with من right after the Arabic verb and its subject ("طلبت أرمينيا
    /// من روسيا مساعدتها في مواجهة أذربيجان", "أنها طلبت من مجلس الأمن الانعقاد بشأن النزاع مع تايلاند"):
    /// the ids of the group that opens there (a few words of a date may stand before من), without the
    /// doers. That addressee is the request's target; a state named later inside what is asked for (a
    /// partner after مع, the one to be pressed after على) is not. None when no such من follows.
    pub(super) fn ar_request_addressee(&self, hit: &Hit, source: &[&'a str]) -> Option<Ids<'a>> {
        let n = self.scan.toks.len();
        let mut t = hit.t1;
        let mut other = 0;
        while t < n && t < hit.t1 + 12 {
            let w = self.scan.text(t);
            if is_comma(w) || super::clauses::is_hard_punct(w) {
                return None;
            }
            if let Some(a) = self
                .actors
                .iter()
                .find(|a| a.t0 == t && a.ids.iter().all(|id| source.contains(id)))
            {
                t = a.t1;
                continue;
            }
            if w == "من" {
                break;
            }
            if self.scan.toks[t].word {
                other += 1;
                if other > 3 {
                    return None;
                }
            }
            t += 1;
        }
        if t >= n || self.scan.text(t) != "من" {
            return None;
        }
        let first = self
            .actors
            .iter()
            .find(|a| a.t0 > t && a.t0 <= t + 2 && a.clitic.is_none())?;
        let end = (first.t1..n)
            .find(|&k| {
                let w = self.scan.text(k);
                is_comma(w) || super::clauses::is_hard_punct(w)
            })
            .unwrap_or(n);
        let groups = self.groups(&(t..end));
        let group = groups
            .iter()
            .find(|g| g.members.iter().any(|&m| self.actors[m].t0 == first.t0));
        let mut ids: Ids<'a> = Ids::new();
        let members = group.map_or(&[][..], |g| &g.members[..]);
        for id in first
            .ids
            .iter()
            .chain(members.iter().flat_map(|&m| self.actors[m].ids.iter()))
        {
            if !source.contains(id) && !ids.contains(id) {
                ids.push(id);
            }
        }
        (!ids.is_empty()).then_some(ids)
    }
}

/// «وصل فلاديمير بوتين يوم الجمعة إلى بكين», «ووصلت أنغيلا ميركل أمس إلى موسكو»: an Arabic verb of
/// arrival (`ar_arrival_verb`) whose subject is a person named right after it (`people`, token spans of person mentions),
/// then at most three plain words (the day: يوم الجمعة، اليوم الاثنين، أمس) before إلى and a named place,
/// is the visit the table's «وصل إلى» row codes when the two words stand together (its rows «وصل الرئيس
/// … إلى» need a title between). Goods or forces arriving («وصلت مساعدات روسية إلى سوريا») name no person
/// first and are left to their own triggers; a span that an existing trigger touches is left alone. The
/// hits join `scan.triggers` in text order.
pub(super) fn ar_named_arrivals(
    scan: &mut Scan,
    lt: &data::LangTables,
    words: &data::WordLists,
    people: &[(usize, usize)],
    names: &[(usize, usize)],
) {
    let n = scan.toks.len();
    let mut found: SmallVec<[Hit; 2]> = SmallVec::new();
    for t in 0..n {
        let w = scan.text(t);
        // (A conjunction written on the verb: ووصل، فوصلت.)
        let conj =
            w.starts_with(['و', 'ف']) && words.has(WordList::ArArrivalVerb, &w['و'.len_utf8()..]);
        if !conj && !words.has(WordList::ArArrivalVerb, w) {
            continue;
        }
        let Some(&(_, pe)) = people.iter().find(|&&(s, _)| s == t + 1) else {
            continue;
        };
        let Some(k) = (pe..(pe + 4).min(n)).find(|&k| scan.text(k) == "الي") else {
            continue;
        };
        let plain = |j: usize| scan.toks[j].word && !names.iter().any(|&(s, e)| s <= j && j < e);
        if !(pe..k).all(plain)
            || !names.iter().any(|&(s, _)| s == k + 1)
            || scan.triggers.iter().any(|h| h.t0 <= k && t < h.t1)
        {
            continue;
        }
        let Some(entry) = lt.arrival_visit() else {
            return;
        };
        found.push(Hit {
            t0: t,
            t1: k + 1,
            entry,
            future: false,
            governed: false,
            conj,
            len: scan.toks[k].end - scan.toks[t].start,
        });
    }
    if !found.is_empty() {
        scan.triggers.extend(found);
        scan.triggers.sort_by_key(|h| h.t0);
    }
}

impl Coder<'_, '_> {
    /// Acts an Arabic sentence tells by pointing back at an act told before it, coded again with the new
    /// doer (`out`: this sentence's events, to which the echoes are added), as the Russian ones are
    /// (`ru_echoed_acts`):
    /// - an answer in kind, «وردّت موسكو بالمثل», «فردّت باريس بإجراء مماثل», «لتردّ بكين بإجراءات مماثلة»:
    ///   the latest deed aimed at the one who answers, with the roles turned;
    /// - following suit, «وحذت حذوها تسع دول عربية», «حذا المغرب حذو الجزائر»: the latest deed by others,
    ///   the follower its doer (in a symmetric act, in place of the first party).
    ///
    /// The verb is a perfect (or an imperfect under the ل of result, «لتردّ»): «سترد بالمثل إذا …» and «أن
    /// تحذو حذوها» tell no act. Not an answer spelled out by a verb of the same type after it («وردّت أنقرة
    /// بالمثل فأعلنت السفير المصري …»: that verb's event). The act answered or followed may be told in this
    /// sentence or in the two before (`Coder::recent_events`).
    pub(super) fn ar_echoed_acts(&self, out: &mut Vec<EventRec>) {
        let toks = &self.scan.toks;
        let n = toks.len();
        let text = |t: usize| if t < n { self.scan.text(t) } else { "" };
        let word = |t: usize| t < n && toks[t].word;
        let mut echoes: Vec<EventRec> = Vec::new();
        for t in 0..n {
            if !word(t) {
                continue;
            }
            let v = unglued(text(t));
            let answer = matches!(v, "رد" | "ردت" | "ردا" | "ردتا" | "ردوا" | "لترد" | "ليرد");
            let follow = matches!(v, "حذا" | "حذت" | "حذتا" | "حذوا");
            if !(answer || follow) {
                continue;
            }
            // The words that make it an echo, within five words after the verb (its doer may stand
            // between): بالمثل, a ب-noun with مماثل after it, or حذو.
            let end = (t + 1..(t + 6).min(n)).take_while(|&k| word(k)).find(|&k| {
                let w = text(k);
                if answer {
                    w == "بالمثل" || (ba_word(w) && word(k + 1) && text(k + 1).starts_with("مماثل"))
                } else {
                    w.starts_with("حذو")
                }
            });
            let Some(end) = end else { continue };
            let end = if answer && text(end) != "بالمثل" {
                end + 1
            } else {
                end
            };
            // The doers: the names right after the verb or the echo words (joined by و), else the name
            // right before the verb.
            let run_at = |k: usize| -> SmallVec<[&Actor<'_>; 2]> {
                let mut run: SmallVec<[&Actor<'_>; 2]> = SmallVec::new();
                let mut k = k;
                while let Some(a) = self.actors.iter().find(|a| a.t0 == k) {
                    run.push(a);
                    k = a.t1;
                }
                run
            };
            let after = (t + 1..=(end + 4).min(n.saturating_sub(1)))
                .take_while(|&k| word(k))
                .map(&run_at)
                .find(|r| !r.is_empty());
            let run = after.or_else(|| {
                self.actors
                    .iter()
                    .rfind(|a| a.t1 == t)
                    .map(|a| run_at(a.t0))
                    .filter(|r| !r.is_empty())
            });
            let Some(run) = run else { continue };
            let mut doers: Vec<String> = Vec::new();
            for id in run.iter().flat_map(|a| a.ids.iter()) {
                if !doers.iter().any(|x| x == id) {
                    doers.push(id.to_string());
                }
            }
            let Some(mut ev) = self.echoed_deed(out, doers.clone(), answer, t) else {
                continue;
            };
            // (Told again by a verb of the same kind after it, «وردّت أنقرة بالمثل فأعلنت السفير المصري
            // شخصاً غير مرغوب فيه», the echo is that verb's event; a verb of another kind, «وردّ مادورو
            // بالمثل واتهم بوغوتا …», is a second act.)
            if self.spelled_after(out, &doers, t, Some(&ev.kind)) {
                continue;
            }
            ev.target.retain(|id| !ev.source.contains(id));
            ev.negated = false;
            echoes.push(self.stamp_echo(ev, &run, t, end, t));
        }
        for e in echoes {
            super::coder::merge(out, e);
        }
    }
}
