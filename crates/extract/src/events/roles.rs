//! Who does what to whom: the actor groups of a clause (`groups`, `joined`), the preposition before a
//! group (`prep_before`), the window of a trigger, and `roles`, which gives each group a role from its
//! preposition or position, with the language-neutral helpers it calls (anaphoric acts and places,
//! topics, missions, passives).

use std::ops::Range;
use std::rc::Rc;

use blocwatch_text::Lang;
use smallvec::{smallvec, SmallVec};

use super::actors::{actor_ids, is_bloc, last_pair, mention_tokens, Actor};
use super::clauses::{is_comma, is_hard_punct, past_possessive, Boundary};
use super::data::{Cue, Trigger, WordList, TYPES};
use super::lang_ar::{ar_takes_part, ba_phrase, unglued};
use super::lang_ru::{ru_gerund, ru_infinitive, ru_instrumental};
use super::scan::Hit;
use super::subject::second_act_rule;
use super::{Coder, Group, GroupRefs, Ids, Roles};
use crate::record::EventRec;

/// Types whose partners ("with", "between") are parties on an equal footing: no direction.
pub(super) const SYMMETRIC: [&str; 4] = ["AGREE", "CONSULT", "COOPERATE", "RETREAT"];

/// Types whose target may stand far from the verb ("refused to sign the statement of the SCO").
const FAR_TARGET: [&str; 6] = [
    "REJECT", "THREATEN", "ACCUSE", "REQUEST", "SUPPORT", "SANCTION",
];

/// The types whose noun names its doer, not the one acted on, in the genitive or the "of" phrase right
/// after it (`roles`): a refusal, a request, a threat, a protest, a show of force.
const GENITIVE_DOER: [&str; 5] = ["REJECT", "REQUEST", "THREATEN", "PROTEST", "MOBILIZE"];

impl<'a> Coder<'_, 'a> {
    pub(super) fn clause_of(&self, t: usize) -> usize {
        self.clauses
            .iter()
            .position(|c| c.range.contains(&t))
            .unwrap_or(0)
    }

    /// The ids that the actors `members` (a group's) stand for, member after member: an id two members
    /// share comes twice.
    pub(super) fn group_ids<'s>(
        &'s self,
        members: &'s [usize],
    ) -> impl Iterator<Item = &'a str> + Clone + 's {
        // (The actors alone, not `self`: the iterator then holds no borrow of the coder's other lifetime.)
        let actors: &'s [Actor<'a>] = self.actors;
        members
            .iter()
            .flat_map(move |&m| actors[m].ids.iter().copied())
    }

    /// Groups of actors inside `range` (built once per range, see `group_cache`).
    pub(super) fn groups(&self, range: &Range<usize>) -> Rc<[Group]> {
        if let Some((_, g)) = self.group_cache.borrow().iter().find(|(r, _)| r == range) {
            return Rc::clone(g);
        }
        let g: Rc<[Group]> = Rc::from(&self.build_groups(range)[..]);
        self.group_cache
            .borrow_mut()
            .push((range.clone(), Rc::clone(&g)));
        g
    }

    fn build_groups(&self, range: &Range<usize>) -> SmallVec<[Group; 4]> {
        // Each group with whether a member was joined to it, and whether one was by more than a comma.
        let mut groups: SmallVec<[(Group, bool, bool); 4]> = SmallVec::new();
        for (ai, a) in self.actors.iter().enumerate() {
            if a.t0 < range.start || a.t1 > range.end {
                continue;
            }
            if let Some((g, joined, by_more)) = groups.last_mut() {
                if let Some(comma_only) = self.joined(g, a) {
                    // (The states of one phrase, "the two sides", say nothing of how a list is joined.)
                    if a.t0 >= g.t1 {
                        *joined = true;
                        *by_more |= !comma_only;
                    }
                    g.t1 = g.t1.max(a.t1);
                    g.members.push(ai);
                    continue;
                }
            }
            groups.push((
                Group {
                    t0: a.t0,
                    t1: a.t1,
                    members: smallvec![ai],
                    prep: self.group_prep(a, range.start),
                },
                false,
                false,
            ));
        }
        // A list joined by commas alone is no list ("to Russia, the West would …"): a real one closes
        // with "and" (Russia, China and India).
        let mut out = SmallVec::new();
        for (g, joined, by_more) in groups {
            if by_more || !joined {
                out.push(g);
                continue;
            }
            for (k, &m) in g.members.iter().enumerate() {
                let a = &self.actors[m];
                // ("Pressed by Washington, the two governments agreed": the two states of one phrase
                // stay one group.)
                if let Some(last) = out.last_mut().filter(|l: &&mut Group| k > 0 && a.t0 < l.t1) {
                    last.t1 = last.t1.max(a.t1);
                    last.members.push(m);
                    continue;
                }
                out.push(Group {
                    t0: a.t0,
                    t1: a.t1,
                    members: smallvec![m],
                    prep: if k == 0 {
                        g.prep
                    } else {
                        self.group_prep(a, range.start)
                    },
                });
            }
        }
        out
    }

    /// The preposition that governs the group opening with actor `a` (a clitic, a preposition before
    /// it from `floor`, or the place a Russian venue phrase names). Russian «с»/«со» before a state in the
    /// genitive is "from", not "with" (`ru_from_s`).
    fn group_prep(&self, a: &Actor<'_>, floor: usize) -> Option<Cue> {
        let prep = a
            .clitic
            .or_else(|| self.prep_before(a.t0, floor))
            .or_else(|| self.venue_bloc(a).then_some(Cue::In));
        match prep {
            Some(Cue::With) if self.ru_from_s(a) => Some(Cue::From),
            p => p,
        }
    }

    /// Whether actor `a` is a bloc (or UN body) that a Russian place phrase names as the one whose meeting
    /// it is: right after a meeting noun governed by a preposition of place or occasion («на саммите
    /// БРИКС», «на полях саммита АТЭС», «в ходе заседания ОДКБ»). Where an act happens names no party of it
    /// (eval/README: a place where something happens is not an actor), and the bloc there is no subject
    /// of the verb after it («Моди на саммите БРИКС назвал Пакистан …»). Not when the phrase says who
    /// takes part («принял участие в саммите ШОС»: the attended bloc is a party of that meeting). English
    /// puts the bloc after the preposition already ("at the BRICS summit"); an Arabic bloc after قمة
    /// stands after its verb, where the subject comes first.
    fn venue_bloc(&self, a: &Actor<'_>) -> bool {
        if self.ctx.lang != Lang::Ru
            || a.t0 < 2
            || a.ids.is_empty()
            || !a.ids.iter().all(|id| is_bloc(self.ctx, id))
        {
            return false;
        }
        let noun = self.scan.text(a.t0 - 1);
        let gov = self.scan.text(a.t0 - 2);
        let words = &self.tables.words;
        let takes_part = (a.t0.saturating_sub(4)..a.t0 - 2)
            .any(|t| words.has_stem_of(WordList::TakingPartStem, self.scan.text(t)));
        words.has_stem_of(WordList::MeetingNounStem, noun)
            && words.has(WordList::VenueGovernor, gov)
            && !takes_part
    }

    /// Whether actor `a` continues group `g`: joined by "and", a comma or و, or naming the same state
    /// again ("the Russian president Vladimir Putin", الرئيس الروسي فلاديمير بوتين). `Some(true)` when
    /// only a comma joins them.
    fn joined(&self, g: &Group, a: &Actor<'_>) -> Option<bool> {
        if a.t0 < g.t1 {
            return Some(false);
        }
        // الاتفاق السعودي الإيراني, العلاقات الروسية الصينية: two relational adjectives side by side are
        // one pair.
        if self.ctx.lang == Lang::Ar
            && a.t0 == g.t1
            && a.adjective
            && g.members.last().is_some_and(|&m| self.actors[m].adjective)
        {
            return Some(false);
        }
        // "Chinese President Xi Jinping", "Indian Prime Minister Narendra Modi": a title between a state's
        // adjective and a person of that state joins them into one actor.
        if self.ctx.lang == Lang::En && a.person && a.t0 - g.t1 <= 4 {
            let title = (g.t1..a.t0).all(|t| {
                self.scan.toks[t].word
                    && !self
                        .scan
                        .cues
                        .iter()
                        .any(|&(c0, c1, c)| c0 <= t && t < c1 && c != Cue::Det)
                    && !self.scan.triggers.iter().any(|h| h.t0 <= t && t < h.t1)
            });
            // (So does a state's name or acronym used as one: "US President Joe Biden", "U.S. Secretary of
            // State John Kerry" — "Xi Jinping and US President Joe Biden met" is one list.)
            let of_state = g.members.last().is_some_and(|&m| {
                let prev = &self.actors[m];
                (prev.adjective || !prev.person) && prev.ids.iter().any(|id| a.ids.contains(id))
            });
            if title && of_state {
                return Some(false);
            }
        }
        let gap = g.t1..a.t0;
        let mut and = a.and_clitic;
        let mut comma = false;
        for t in gap.clone() {
            let s = self.scan.text(t);
            if s == "\"" || s == "'" {
                continue;
            }
            if is_comma(s) {
                comma = true;
                continue;
            }
            // (A hyphen glued inside a title between two words of the gap is part of the word:
            // «в Анкару премьер-министр Пакистана», «вице-премьер»; one that touches an actor still
            // joins: «российско-китайские».)
            let toks = &self.scan.toks;
            if s == "-"
                && t > g.t1
                && t + 1 < a.t0
                && toks[t - 1].end == toks[t].start
                && toks[t].end == toks[t + 1].start
            {
                continue;
            }
            if s == "-" || s == "&" || s == "/" || self.scan.has_cue(t, t + 1, |c| c == Cue::And) {
                and = true;
                continue;
            }
            if self.scan.has_cue(t, t + 1, |c| c == Cue::Det) {
                // والرئيس الصيني: the و sits on the title before the name. (وزير، وزارة begin with a
                // root و, not the conjunction: "فوتشيتش وزير الخارجية الصيني" is two people.)
                if self.ctx.lang == Lang::Ar
                    && s.starts_with('و')
                    && !s.starts_with("وزير")
                    && !s.starts_with("وزار")
                {
                    and = true;
                }
                continue;
            }
            // ("Vladimir Putin and the leaders of Belarus and Armenia met …", "Yeltsin, Jiang Zemin and
            // the presidents of Kazakhstan …": after "and", a plural of leaders and the "of" that says
            // whose they are (`bare_leaders`, `leaders_of` rows) name the states after them as more of
            // the same list. Russian and Arabic read the title's genitive already: «Путин и президенты
            // Казахстана», «بوتين وقادة بيلاروسيا».)
            if self.ctx.lang == Lang::En && and && self.en_leaders_of_link(t) {
                continue;
            }
            return None;
        }
        // (A Russian place phrase does not take the person after it: "в Ереване Никол Пашинян"; nor an
        // Arabic one the person named by a title after it, «التقى … في أنقرة نظيره التركي», while «في
        // العاصمة التركية أنقرة», nothing between, is one place.)
        let place = g.prep == Some(Cue::In)
            && (self.ctx.lang == Lang::Ru || (self.ctx.lang == Lang::Ar && a.t0 > g.t1 && !comma));
        // ("At a summit in Astana, Kyrgyzstan and Tajikistan signed …": an English place phrase that opens
        // the sentence, before any verb, ends at its comma; the actors after it are the subject.)
        if self.ctx.lang == Lang::En
            && comma
            && !and
            && g.prep == Some(Cue::In)
            && self.no_verb_before(g.t0)
        {
            return None;
        }
        // («Завершая визит в Ереван, Путин и Кочарян подписали …»: a Russian gerund phrase that opens
        // the sentence ends at the comma after which no other comma comes before the next trigger; the
        // actors after it are the subject, not more places of the gerund's phrase. A list of places goes
        // on to another comma: «Совершая турне по Казахстану, Узбекистану и Киргизии, Си …».)
        if self.ctx.lang == Lang::Ru
            && comma
            && !and
            && g.prep.is_some()
            && self.in_opening_gerund(g.t0)
            && !self.comma_before_trigger(a.t1)
        {
            return None;
        }
        // ("talks between Kyiv and Moscow, and Ukraine accepted …", "aid for Ukraine, and Poland
        // responded …": an English ", and" after a list already closed by "and", or after a single actor,
        // opens a new clause; only a series of three or more takes the comma before its "and".)
        if self.ctx.lang == Lang::En && comma && and && !a.and_clitic {
            let inner_and = (g.t0..g.t1).any(|t| {
                self.scan.has_cue(t, t + 1, |c| c == Cue::And)
                    && !self.actors.iter().any(|x| x.t0 <= t && t < x.t1)
            });
            if inner_and || g.members.len() == 1 {
                return None;
            }
        }
        // ("after talks with Vladimir Putin the two leaders agreed …": a back-reference to a pair names
        // the pair again, not the actor before it once more; it opens a group of its own, the subject
        // after the phrase.)
        let pair_again = self
            .scan
            .cues
            .iter()
            .any(|&(c0, c1, c)| c0 == a.t0 && c1 == a.t1 && c == Cue::CorefPair);
        let same_state = !place
            && !pair_again
            && g.members
                .iter()
                .any(|&m| self.actors[m].ids.iter().any(|id| a.ids.contains(id)));
        if and || same_state {
            Some(false)
        } else if comma {
            Some(true)
        } else {
            None
        }
    }

    /// Whether token `t` of a gap between two actors is an English plural of leaders right before "of"
    /// ("and the leaders of …", `bare_leaders` then `leaders_of` rows) or that "of": a link that makes
    /// the states after it the leaders' own, in the same list as the actor before.
    fn en_leaders_of_link(&self, t: usize) -> bool {
        let words = &self.tables.words;
        let n = self.scan.toks.len();
        let w = |k: usize| self.scan.text(k);
        (t + 1 < n
            && words.has(WordList::BareLeaders, w(t))
            && words.has(WordList::LeadersOf, w(t + 1)))
            || (t > 0
                && words.has(WordList::LeadersOf, w(t))
                && words.has(WordList::BareLeaders, w(t - 1)))
    }

    /// Whether comma `t` opens or closes an Arabic appositive on the subject after the verb `hit`
    /// («انتقدت تركيا، العضو في حلف الناتو، اليونان», «ودعت الصين، العضو الدائم في مجلس الأمن، الهند …»):
    /// the comma that opens it stands right after an actor named after the verb, the phrase opens with a
    /// definite word and holds no trigger, and the comma that closes it comes within ten words. The object
    /// after the closing comma is still the verb's.
    pub(super) fn ar_subject_appositive(&self, hit: &Hit, t: usize) -> bool {
        if self.ctx.lang != Lang::Ar {
            return false;
        }
        let comma = |k: usize| !self.scan.toks[k].word && is_comma(self.scan.text(k));
        let n = self.scan.toks.len();
        // (Or an office held in a state, «أدان سيرغي لافروف، وزير خارجية روسيا، أوكرانيا»; the name
        // before it may be one the lexicon does not know — one to three words right after the verb, no
        // actor nor trigger among them, «أدان أحمد خان، وزير خارجية باكستان، الهند» —, and the state of
        // the office then stands for its holder, the subject; the office's first words are `ar_office_head`.)
        let office = |c: usize| {
            self.tables
                .words
                .has(WordList::ArOfficeHead, self.scan.text(c))
        };
        let unknown_name = |c: usize| {
            c > hit.t1
                && c <= hit.t1 + 3
                && (hit.t1..c).all(|k| {
                    self.scan.toks[k].word
                        && !self.scan.text(k).starts_with("ال")
                        && !self.actors.iter().any(|a| a.t0 <= k && k < a.t1)
                        && !self.scan.triggers.iter().any(|h| h.t0 <= k && k < h.t1)
                })
        };
        let opens = |c: usize| {
            c + 1 < n
                && if self.actors.iter().any(|a| a.t1 == c && a.t0 >= hit.t1) {
                    self.scan.text(c + 1).starts_with("ال") || office(c + 1)
                } else {
                    office(c + 1) && unknown_name(c)
                }
        };
        let closes = |c0: usize, c1: usize| {
            c1 > c0 + 1
                && c1 <= c0 + 11
                && (c0 + 1..c1).all(|k| self.scan.toks[k].word)
                && !self.scan.triggers.iter().any(|h| h.t0 > c0 && h.t0 < c1)
        };
        if opens(t) {
            return (t + 1..n.min(t + 12))
                .find(|&k| comma(k))
                .is_some_and(|c1| closes(t, c1));
        }
        (t.saturating_sub(11)..t)
            .rev()
            .find(|&k| comma(k))
            .is_some_and(|c0| opens(c0) && closes(c0, t))
    }

    /// Whether token `t` stands in a Russian gerund phrase that opens its sentence: the sentence's first
    /// word is a gerund and no comma stands between it and `t`.
    fn in_opening_gerund(&self, t: usize) -> bool {
        let toks = &self.scan.toks;
        let Some(first) = (0..t).find(|&k| toks[k].word) else {
            return false;
        };
        ru_gerund(self.scan.text(first))
            && !(first..t).any(|k| !toks[k].word && is_comma(self.scan.text(k)))
    }

    /// Whether a comma stands between token `t` and the next trigger that starts after it (or the end of
    /// the sentence).
    fn comma_before_trigger(&self, t: usize) -> bool {
        let end = self
            .scan
            .triggers
            .iter()
            .map(|h| h.t0)
            .filter(|&t0| t0 >= t)
            .min()
            .unwrap_or(self.scan.toks.len());
        (t..end).any(|k| !self.scan.toks[k].word && is_comma(self.scan.text(k)))
    }

    /// The preposition just before token `t0` (skipping articles and titles).
    pub(super) fn prep_before(&self, t0: usize, floor: usize) -> Option<Cue> {
        let mut t = t0;
        let mut skipped = 0;
        while t > floor {
            let found = self
                .scan
                .cues
                .iter()
                .filter(|&&(_, c1, _)| c1 == t)
                .map(|&(_, _, c)| c)
                .find(|c| is_prep(*c));
            // («санкции против одного из киргизских банков»: a Russian «из» after a number names the
            // part of a whole, and the preposition before the number governs the phrase.)
            if found == Some(Cue::From)
                && self.ctx.lang == Lang::Ru
                && t >= floor + 2
                && skipped < 2
                && self.scan.text(t - 1) == "из"
                && self
                    .tables
                    .words
                    .has(WordList::PartitiveNumber, self.scan.text(t - 2))
            {
                skipped += 1;
                t -= 2;
                continue;
            }
            if found.is_some() {
                // "lashed out at Washington", "fired at Kyiv": an English "at/in" that ends a
                // multi-word trigger belongs to the verb, and the actor after it is its object, no place.
                // (Russian the same with «у»: «запросила у России поставки» asks Russia.)
                if (self.ctx.lang == Lang::En
                    || (self.ctx.lang == Lang::Ru && self.scan.text(t - 1) == "у"))
                    && found == Some(Cue::In)
                    && self.scan.triggers.iter().any(|h| h.t1 == t && h.t0 + 1 < t)
                {
                    return None;
                }
                // «делегация во главе с министром иностранных дел Афганистана»: the head of a
                // delegation is the delegation's state, no partner of its act.
                if self.ctx.lang == Lang::Ru
                    && found == Some(Cue::With)
                    && t >= 3
                    && self.scan.text(t - 2) == "главе"
                    && self.scan.text(t - 3) == "во"
                {
                    return None;
                }
                // "recognised the Taliban government in Afghanistan", "the authorities in Minsk",
                // «власти в Пекине», "الحكومة في طهران": a government "in" a state is that state, no
                // place; so is a ministry named with its field, «Министерство обороны в Москве», "وزارة
                // الدفاع في موسكو" (the word between no trigger's).
                let gov = self
                    .scan
                    .cues
                    .iter()
                    .find(|&&(_, c1, c)| c1 == t && c == Cue::In)
                    .is_some_and(|&(c0, _, _)| {
                        let noun = |k: usize| {
                            self.tables
                                .words
                                .has(WordList::GovernmentNoun, self.scan.text(k))
                        };
                        (c0 > 0 && noun(c0 - 1))
                            || (self.ctx.lang != Lang::En
                                && c0 > 1
                                && self.scan.toks[c0 - 1].word
                                && noun(c0 - 2)
                                && !self.actors.iter().any(|a| a.t0 < c0 && c0 - 1 < a.t1)
                                && !self
                                    .scan
                                    .triggers
                                    .iter()
                                    .any(|h| h.t0 < c0 && c0 - 1 < h.t1))
                    });
                if gov {
                    return None;
                }
                return found;
            }
            let det = self
                .scan
                .cues
                .iter()
                .find(|&&(_, c1, c)| c1 == t && c == Cue::Det);
            match det {
                Some(&(d0, _, _)) if skipped < 2 && d0 >= floor => {
                    skipped += 1;
                    t = d0;
                }
                _ => break,
            }
        }
        None
    }

    /// Where the charge of accusation `l` begins, if it is a verb: the first "of"/"for" (English), "в"/
    /// "за" (Russian) or ب-word (Arabic) after the trigger that opens no actor's name ("accused the
    /// government of Mali" names the accused; "في/в Москве" a place). Before a Russian "в" and an
    /// Arabic ب the accused must stand (a state, or a Russian pronoun), unless the Russian "в" opens no
    /// date: "обвинил в понедельник" is a date, "اتهم بشدة" a manner.
    pub(super) fn charge_start(
        &self,
        l: &super::Live<'_>,
        type_name: &str,
        end: usize,
    ) -> Option<usize> {
        if type_name != "ACCUSE" || l.trig.noun {
            return None;
        }
        let hit = &l.hit;
        let opens_actor = |t: usize| {
            self.actors.iter().any(|a| {
                a.t0 == t
                    || (a.t0 > t
                        && (t..a.t0).all(|u| self.scan.has_cue(u, u + 1, |c| c == Cue::Det)))
            })
        };
        let accused_before = |t: usize| {
            self.actors.iter().any(|a| a.t0 >= hit.t1 && a.t1 <= t)
                || (self.ctx.lang == Lang::Ru
                    && (hit.t1..t).any(|u| {
                        self.tables
                            .words
                            .has(WordList::RuObjectPronoun, self.scan.text(u))
                    }))
        };
        let accuse_verb = self.scan.text(hit.t0).contains("تهم");
        (hit.t1..end).find(|&t| {
            let w = self.scan.text(t);
            match self.ctx.lang {
                Lang::En => matches!(w, "of" | "for") && !opens_actor(t + 1),
                Lang::Ru => {
                    (w == "за"
                        || (matches!(w, "в" | "во")
                            && (accused_before(t) || (t + 1 < end && !self.in_date(t + 1)))))
                        && !opens_actor(t + 1)
                        // («выдвинула обвинения в адрес Израиля»: «в адрес» names the accused.)
                        && !self.scan.has_cue(t, t + 2, |c| c == Cue::To)
                }
                // (Only اتهم takes its charge with ب: "ندد بالهجوم" condemns the attack itself.)
                Lang::Ar => {
                    accuse_verb
                        && ba_phrase(w)
                        && !self.actors.iter().any(|a| a.t0 <= t && t < a.t1)
                        // (A noun after a preposition is no charge: "في بيان" is "in a statement".)
                        && !(t > 0 && self.scan.has_cue(t - 1, t, is_prep))
                        && accused_before(t)
                }
            }
        })
    }

    /// Whether group `g` names the state of an envoy: the envoy word after it, past a possessive
    /// ("Hungary's ambassador", "the Hungarian envoy", «испанского посла»), or right before it ("سفير
    /// ألمانيا", "السفير القطري", «послу Венгрии»; `envoy_noun` rows).
    pub(super) fn envoy_state(&self, g: &Group) -> bool {
        let words = &self.tables.words;
        let n = self.scan.toks.len();
        let k = past_possessive(self.scan, g.t1);
        (k < n && words.has(WordList::EnvoyNoun, self.scan.text(k)))
            || (g.t0 > 0 && words.has(WordList::EnvoyNoun, self.scan.text(g.t0 - 1)))
    }

    /// The window of live trigger `i`: from the previous live trigger of its clause to the next one.
    /// Whether group `g` stands in an English "over" or a Russian «по» phrase (`cause_preposition` rows), which names the cause or
    /// topic of an act that has a side of its own ("expelled two diplomats over the poisoning of …",
    /// "recalled its ambassador from Beijing over Taiwan", «приостановила горячую линию с Вашингтоном по
    /// Сирии").
    pub(super) fn cause_phrase(&self, g: &Group) -> bool {
        g.t0 > 0
            && self
                .tables
                .words
                .has(WordList::CausePreposition, self.scan.text(g.t0 - 1))
    }

    pub(super) fn window(&self, i: usize) -> (Range<usize>, Option<usize>) {
        let l = &self.live[i];
        let cr = &self.clauses[l.clause].range;
        let prev = (0..i).rev().find(|&j| self.live[j].clause == l.clause);
        let mut next = (i + 1..self.live.len()).find(|&j| self.live[j].clause == l.clause);
        // «о подписании соглашения с Ираном»: a Russian noun of the same kind right after a noun trigger
        // is its object, and what follows that object is said of both.
        if self.ctx.lang == Lang::Ru && l.trig.noun {
            while let Some(j) = next.filter(|&j| {
                let o = &self.live[j];
                o.trig.noun
                    && o.trig.kind == self.live[i].trig.kind
                    && o.hit.t0 == self.live[if j == i + 1 { i } else { j - 1 }].hit.t1
            }) {
                next = (j + 1..self.live.len()).find(|&k| self.live[k].clause == l.clause);
            }
        }
        let lo = prev.map_or(cr.start, |j| self.live[j].hit.t1);
        let hi = next.map_or(cr.end, |j| self.live[j].hit.t0);
        (lo..hi, prev)
    }

    /// Whether `hit` opens clause `ci` after and/и/و (no actor before it in the clause), right after a
    /// "that" clause (`Boundary::Comp`) closed by a comma: "admitted that …, and apologised", «признал,
    /// что …, и принёс извинения».
    fn after_that_clause(&self, ci: usize, hit: &Hit) -> bool {
        let c = &self.clauses[ci];
        let conj = if self.ctx.lang == Lang::Ar {
            hit.conj
        } else {
            hit.t0 > 0 && self.scan.has_cue(hit.t0 - 1, hit.t0, |c| c == Cue::And)
        };
        ci > 0
            && conj
            && self.clauses[ci - 1].opened_by == Some(Boundary::Comp)
            && self.comma_between(self.clauses[ci - 1].range.start, hit.t0)
            && !self
                .actors
                .iter()
                .any(|a| a.t0 >= c.range.start && a.t0 < hit.t0)
    }

    pub(super) fn roles(&self, i: usize, type_name: &str, mode: Option<&str>) -> Roles<'a> {
        let l = &self.live[i];
        let hit = &l.hit;
        let cr = self.clauses[l.clause].range.clone();
        let groups = self.groups(&cr);
        let (win, prev_in_clause) = self.window(i);
        let passive = self.passive(hit);

        // (Inline vectors: a trigger has a few groups around it, and this runs for every trigger. The
        // agents stay a plain vector, and the froms and locs it takes with `append`: the agents may take
        // the gerund's subject, made below, and only a plain vector may hold a reference to a value
        // dropped before it.)
        // (Declared before the groups that may hold it: `ar_object_after_aside`, set below.)
        let past_aside: Option<Group>;
        let mut partners: GroupRefs = SmallVec::new();
        let mut tos: GroupRefs = SmallVec::new();
        let mut agents: Vec<&Group> = Vec::new();
        let mut froms: Vec<&Group> = Vec::new();
        let mut locs: Vec<&Group> = Vec::new();
        let mut bare_after: GroupRefs = SmallVec::new();
        // Russian "против"/"о" before a noun opens that noun's phrase ("вышли на митинг против сближения
        // с Россией"): a directed act takes no actor from it.
        let ru_complement = (self.ctx.lang == Lang::Ru && !SYMMETRIC.contains(&type_name))
            .then(|| {
                self.scan.cues.iter().find(|&&(c0, c1, c)| {
                    c0 >= hit.t1
                        && (c == Cue::About
                            || (c == Cue::Against && self.scan.text(c0) == "против"))
                        && !self.actors.iter().any(|a| a.t0 == c1)
                })
            })
            .flatten()
            .map(|&(c0, _, _)| c0);
        // The charge of an accusation ("accused Moscow of arming …", "обвинил Киев в …", "اتهمت روسيا
        // بإرسال …") says what the accused did: its states are neither accuser nor accused.
        let charge = self.charge_start(l, type_name, cr.end);
        let ru_complement = match (ru_complement, charge) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        // "قتل صيادان هنديان بنيران خفر السواحل السريلانكي": an Arabic trigger that ends in an agent word
        // of one token (a `by` cue: بنيران "by the fire of", برصاص "by the bullets of"; not the means of
        // بواسطة) is passive, and the actor named within a few words after it (its unit between) is the
        // one who fired, whether or not a preposition stands right before it.
        let fire_agent = self.ctx.lang == Lang::Ar
            && hit.t1 > hit.t0 + 1
            && self.scan.text(hit.t1 - 1) != "بواسطه"
            && self
                .scan
                .cues
                .iter()
                .any(|&(c0, c1, c)| c == Cue::By && c0 == hit.t1 - 1 && c1 == hit.t1);
        // "أجرت روسيا وقطر محادثات تناولت الأزمة السورية", "اتفق البلدان على … بشأن السد الإثيوبي": an
        // Arabic topic phrase after the trigger (حول, بشأن, تناولت, تطرق إلى) names what the act is about;
        // its states are no parties, but for a partner named with مع or بين after it.
        let ar_topic = (self.ctx.lang == Lang::Ar)
            .then(|| {
                self.scan
                    .cues
                    .iter()
                    .find(|&&(c0, _, c)| c == Cue::About && c0 >= hit.t1 && c0 < cr.end)
            })
            .flatten()
            .map(|&(_, c1, _)| c1);
        // "handed Hong Kong over to China", "approved the sale of Chinese drones to Serbia": a gapped English
        // trigger that ends in "to" names its recipient right after it; an actor inside the gap is the
        // thing handed or sold (or its maker), no party of the act.
        let dative_after = self.ctx.lang == Lang::En
            && hit.t1 > hit.t0 + 2
            && self.scan.text(hit.t1 - 1) == "to"
            && groups.iter().any(|g| g.t0 == hit.t1);
        for g in groups.iter() {
            if dative_after && g.t0 > hit.t0 && g.t1 < hit.t1 {
                continue;
            }
            // Actors in the gap of a gapped trigger ("cut seven Russian banks off") come after it.
            let after = g.t0 > hit.t0 && g.t1 <= win.end.max(hit.t1);
            let before = g.t1 <= hit.t0 && g.t0 >= win.start;
            if !after && !before {
                continue;
            }
            if fire_agent && g.t0 >= hit.t1 && g.t0 <= hit.t1 + 3 && g.prep.is_none() {
                agents.push(g);
                continue;
            }
            // "احتُجزت قوارب صيد يابانية من قبل حرس الحدود الروسي", "على يد قوات الأمن المصرية": an Arabic
            // agent phrase may name its state by an adjective a few words after من قبل or على يد (the unit
            // between); that actor is the agent, not a bare object.
            if self.ctx.lang == Lang::Ar && after && g.prep.is_none() && self.ar_agent_unit(g) {
                agents.push(g);
                continue;
            }
            if after && ru_complement.is_some_and(|c| g.t0 > c) {
                continue;
            }
            if after
                && ar_topic.is_some_and(|c| g.t0 >= c)
                && !matches!(g.prep, Some(Cue::With) | Some(Cue::Between))
            {
                continue;
            }
            // "التقى السفير الروسي لدى سوريا مسؤولين أتراك": the state an envoy is posted to, named with
            // لدى right after the envoy, says who the envoy is, no party of what the envoy does (a recall
            // aside: "استدعت سفيرها لدى باريس" is aimed there).
            if self.ctx.lang == Lang::Ar
                && type_name != "SANCTION"
                && g.t0 >= 2
                && matches!(self.scan.text(g.t0 - 1), "لدى" | "لدي")
                && (g.t0.saturating_sub(4)..g.t0 - 1).any(|t| self.topic_at(t, &["envoy"]))
            {
                continue;
            }
            // "احتجت اليابان لدى موسكو", "قدّمت احتجاجاً رسمياً لدى الخارجية الأمريكية": لدى after a
            // protest, a charge or a request names the side it is lodged with, as "protested to Moscow",
            // «заявил протест Москве» do: its target, no place.
            if self.ctx.lang == Lang::Ar
                && after
                && g.prep == Some(Cue::In)
                && matches!(type_name, "PROTEST" | "ACCUSE" | "REQUEST")
                && g.t0 >= 1
                && matches!(self.scan.text(g.t0 - 1), "لدى" | "لدي")
            {
                tos.push(g);
                continue;
            }
            match g.prep {
                // "…, with Saudi Arabia and Russia carrying the largest share": not a partner.
                Some(Cue::With) if self.followed_by_ing(g) => {}
                // A partner stands near its verb; "… border demarcation with Azerbaijan" far after a
                // protest names what the protest is about.
                // (A comma stops "with", not "between": المناورات المشتركة، بين القوات الروسية والفنزويلية.)
                // (Russian "у границы с Таиландом" names a place, not a partner.)
                Some(Cue::With)
                    if self.ctx.lang == Lang::Ru
                        && g.t0 >= 2
                        && self.scan.text(g.t0 - 2).starts_with("границ") => {}
                Some(Cue::With) | Some(Cue::Between)
                    if after
                        && (g.t0.saturating_sub(hit.t1) > 10
                            || (g.prep == Some(Cue::With) && self.comma_between(hit.t1, g.t0))) => {
                }
                // ("cut ties with Taiwan in December and established relations with Beijing": an English
                // "with" phrase stands after its verb, so one between two verbs is the first one's.)
                Some(Cue::With) | Some(Cue::Between)
                    if before
                        && self.ctx.lang == Lang::En
                        && !l.trig.noun
                        && prev_in_clause.is_some_and(|j| !self.live[j].trig.noun) => {}
                // (Nor, for a directed act, one before the "and" that joins its verb to the predicate
                // before it, trigger or not: "opened relations with China and broke off its ties with
                // Taiwan".)
                Some(Cue::With) | Some(Cue::Between)
                    if before
                        && !SYMMETRIC.contains(&type_name)
                        && self.en_and_before(hit, l.trig).is_some_and(|a| g.t1 <= a) => {}
                Some(Cue::With) | Some(Cue::Between) => partners.push(g),
                // (An English "to"/"on"/"against" phrase follows its verb or noun: "troops sent to Russia
                // to repel an incursion" does not make Russia the incursion's target.)
                Some(Cue::To) | Some(Cue::Against) | Some(Cue::On)
                    if before && self.ctx.lang == Lang::En => {}
                // ("held talks on Ukraine", "a deal on Syria": what a meeting or a deal is about.)
                Some(Cue::On) if self.ctx.lang == Lang::En && SYMMETRIC.contains(&type_name) => {}
                // (Russian the same with "по": "переговоры … по Сирии", "соглашение по Ирану".)
                Some(Cue::Against)
                    if self.ctx.lang == Lang::Ru
                        && SYMMETRIC.contains(&type_name)
                        && g.t0 > 0
                        && self.scan.text(g.t0 - 1) == "по" => {}
                // (Russian «на Украине», «на Кубе»: "на" with a locative names a place as "в" does, no
                // target of the act.)
                Some(Cue::On) if self.ru_place_on(g) => locs.push(g),
                Some(Cue::To) | Some(Cue::Against) | Some(Cue::On) => tos.push(g),
                // ("used its veto against a draft by France and the UAE": "by" right after a draft
                // names its author, `draft_author`, not the doer of the act.)
                Some(Cue::By) if self.ctx.lang == Lang::En && self.after_draft_by(g.t0) => {}
                Some(Cue::By) => agents.push(g),
                Some(Cue::From) => froms.push(g),
                Some(Cue::In) => locs.push(g),
                _ if after => bare_after.push(g),
                _ => {}
            }
        }
        // "Mali was supplied with attack helicopters by Russia": the agent of an English passive verb may
        // stand past a noun trigger inside its object ("attack"), which closes the trigger's window; the
        // first "by" phrase of the clause after it, no other verb trigger between, is still its agent. (Not
        // a "by" right after a noun trigger, which names that act's own doer: "was signed during a visit by
        // New Zealand's defence minister".)
        if passive && self.ctx.lang == Lang::En && !l.trig.noun && agents.is_empty() {
            let by_at = |g: &Group| {
                self.scan
                    .cues
                    .iter()
                    .rfind(|&&(_, c1, c)| c == Cue::By && c1 <= g.t0)
                    .map(|&(c0, _, _)| c0)
            };
            if let Some(g) = groups.iter().find(|g| {
                g.t0 >= win.end
                    && g.prep == Some(Cue::By)
                    && !self.after_draft_by(g.t0)
                    && !self.live.iter().any(|o| {
                        !o.trig.noun
                            && o.hit.t0 > hit.t0
                            && o.hit.t0 < g.t0
                            // (A verb form inside the object's noun phrase, "with attack helicopters",
                            // is no verb of its own.)
                            && !(hit.t1..o.hit.t0).any(|t| {
                                matches!(
                                    self.scan.text(t),
                                    "with" | "of" | "a" | "an" | "the" | "its" | "their"
                                )
                            })
                    })
                    && by_at(g).is_some_and(|b| {
                        !self.live.iter().any(|o| {
                            o.trig.noun && o.hit.t0 > hit.t0 && o.hit.t0 < b && o.hit.t1 >= b
                        })
                    })
            }) {
                agents.push(g);
            }
        }
        // "a summit hosted by China", "drones supplied by Iran": an English participle with its agent
        // right after it is a reduced passive.
        let passive = passive
            || (fire_agent && !agents.is_empty())
            || (self.ctx.lang == Lang::En
                && !l.trig.noun
                && agents.iter().any(|g| g.t0 > hit.t0 && g.t0 <= hit.t1 + 1))
            // (An Arabic verb with an agent after it, "من قبل", "على يد", "بنيران" — not the means of
            // بواسطة —, is a passive whatever its unwritten vowels: "أسقطت طائرة أمريكية بنيران
            // الدفاعات الإيرانية".)
            || (self.ctx.lang == Lang::Ar
                && !l.trig.noun
                && agents.iter().any(|g| {
                    g.t0 >= hit.t1
                        && self
                            .scan
                            .cues
                            .iter()
                            .rfind(|&&(_, c1, c)| c == Cue::By && c1 <= g.t0)
                            .is_some_and(|&(c0, _, _)| {
                                // (Not an agent that closes a later trigger of its own: «ندد العراق
                                // بمقتل شرطيين عراقيين برصاص القوات التركية» — who fired is the killing's
                                // agent, the condemnation stays active.)
                                self.scan.text(c0) != "بواسطه"
                                    && !self
                                        .scan
                                        .triggers
                                        .iter()
                                        .any(|h| h.t0 >= hit.t1 && h.t0 < c0 && c0 < h.t1)
                            })
                }));
        // (A Russian subject told by agreement after the verb may follow the charge: «Китай обвинили в
        // кибератаках Великобритания и Австралия», `ru_fronted`.)
        let mut subject = self.subject(i, &groups).filter(|s| {
            charge.is_none_or(|c| s.t0 < c)
                || self
                    .ru_fronted(i, &groups)
                    .is_some_and(|(_, a)| a.t0 == s.t0)
        });
        // A Russian gerund has no subject of its own: it is the main clause's, before it ("Москва
        // выслала …, объявив их персонами нон грата") or, when the gerund opens the sentence, after it
        // ("Посетив Ханой, Си Цзиньпин подписал …"); the actor right after the gerund is its object.
        let gerund_subject = (self.ctx.lang == Lang::Ru
            && !l.trig.noun
            && (ru_gerund(self.scan.text(hit.t0))
                // (or the gerund of a light verb right before the trigger: "объявив их персонами нон
                // грата")
                || (hit.t0.saturating_sub(3).max(cr.start)..hit.t0).any(|t| {
                    self.scan.toks[t].word
                        && ru_gerund(self.scan.text(t))
                        && !self.actors.iter().any(|a| a.t0 <= t && t < a.t1)
                }))
            && subject.is_none_or(|s| s.t0 > hit.t0))
        .then(|| self.ru_gerund_subject(l.clause, hit.t0));
        // (With no subject found for it, the actor after the gerund is still its object, no subject.)
        if let Some(g) = &gerund_subject {
            subject = g.as_ref();
        }
        // «Иран подтвердил, что его пограничники задержали трёх американских моряков»: a Russian verb
        // whose subject before it opens with a possessive («его», «её», «их»; `possessive_subject`) has
        // that subject, the main clause's state; the actor after the verb is its object, not its subject.
        // (Arabic the same, «أكدت إيران أن حرس حدودها احتجز ثلاثة بحارة أمريكيين»: the subject of an Arabic
        // complement may stand before its verb, and the actor after the verb is then its object.)
        let after_verb = |s: &Group| s.t0 > hit.t0;
        let possessed_subject = (!l.trig.noun
            && match self.ctx.lang {
                Lang::Ru => subject.is_some_and(after_verb),
                Lang::Ar => subject.is_none_or(after_verb),
                Lang::En => false,
            })
        .then(|| self.possessive_subject(l.clause, hit))
        .flatten();
        if let Some(g) = &possessed_subject {
            subject = Some(g);
        }
        // "زار الرئيس السوري موسكو والتقى بوتين": an Arabic meeting verb joined by و whose only actor
        // follows it shares the subject of the verb before; that actor is the one met.
        let ar_met_groups;
        if self.ctx.lang == Lang::Ar
            && hit.conj
            && !l.trig.noun
            && type_name == "CONSULT"
            && mode.is_none()
            && partners.is_empty()
            && bare_after.len() == 1
            && subject.is_some_and(|s| s.t0 > hit.t0)
        {
            let earlier = (0..i)
                .rev()
                .find(|&j| !self.live[j].trig.noun && self.live[j].clause <= l.clause);
            if let Some(j) = earlier {
                ar_met_groups = self.groups(&self.clauses[self.live[j].clause].range);
                let met = subject.map(|s| s.t0);
                let earlier_subject = self
                    .subject(j, &ar_met_groups)
                    .filter(|g| g.t0 < hit.t0 && Some(g.t0) != met);
                if earlier_subject.is_some() {
                    subject = earlier_subject;
                }
            }
        }
        // «وصل مودي إلى سوتشي …، وشكر روسيا على دعمها», «استقبل بوتين الشيخ محمد بن زايد …، وأشاد بدور
        // الإمارات»: an Arabic و-verb of thanks, praise, demand, charge or threat that opens a clause of its
        // own after a comma, and whose actor after it is its object (before the ب or على of its complement,
        // or inside the ب phrase it praises), shares the subject of the verb of the clause before; that
        // actor is the one thanked, praised, asked, accused or threatened. (Within one clause
        // `Coder::subject` reads the verb before already.)
        let ar_cont_groups;
        if let Some(s) = subject.filter(|s| {
            self.ctx.lang == Lang::Ar
                && hit.conj
                && !l.trig.noun
                && s.t0 >= hit.t1
                && !(0..i).any(|j| self.live[j].clause == l.clause)
                && self.ar_continued_object(hit, type_name, s, &groups)
        }) {
            let earlier = (0..i)
                .rev()
                .find(|&j| !self.live[j].trig.noun && self.live[j].clause < l.clause);
            if let Some(j) = earlier {
                ar_cont_groups = self.groups(&self.clauses[self.live[j].clause].range);
                let earlier_subject = self
                    .subject(j, &ar_cont_groups)
                    .filter(|g| g.t1 <= hit.t0 && g.members != s.members);
                if earlier_subject.is_some() {
                    subject = earlier_subject;
                }
            }
        }
        // "رفضت موسكو العرض الأمريكي متهمة واشنطن …": an Arabic participle has no subject of its own; it
        // is the subject of the verb before it in the sentence, not the actor (an adjective on a thing,
        // an object) that happens to stand before the participle.
        let ar_part_groups;
        if self.ctx.lang == Lang::Ar
            && !l.trig.noun
            && self.ar_participle(hit)
            && subject.is_none_or(|s| s.t1 <= hit.t0)
        {
            // The participle describes the subject of the sentence's main act, its first finite verb, not
            // of a verbal noun after it: "أمهلت تشاد الدبلوماسيين القطريين … وأعلنت إغلاق سفارة قطر، متهمة
            // الدوحة" — Chad accuses, not the diplomats named before إغلاق. (Nor is a masdar under ل or ب
            // a finite act: لمغادرة أراضيها.)
            let earlier = (0..i).find(|&j| {
                let p = &self.live[j];
                !p.trig.noun && !p.hit.governed && p.hit.t1 <= hit.t0
            });
            if let Some(j) = earlier {
                ar_part_groups = self.groups(&self.clauses[self.live[j].clause].range);
                if let Some(g) = self.subject(j, &ar_part_groups) {
                    subject = Some(g);
                }
            } else {
                // "أعلنت دمشق أن مقاتلات إسرائيلية اخترقت أجواءها …، متوعدة بالرد": with no act coded
                // before it, the participle is the subject's of the verb that opens the sentence (the
                // actor right after it), not of a deed reported in between.
                let c0 = self.clauses[0].range.clone();
                ar_part_groups = self.groups(&c0);
                let verb_first = !self.actors.iter().any(|a| a.t0 == c0.start);
                if let Some(g) = ar_part_groups.iter().find(|g| {
                    verb_first
                        && g.prep.is_none()
                        && g.t0 > c0.start
                        && g.t0 <= c0.start + 2
                        && g.t1 <= hit.t0
                }) {
                    subject = Some(g);
                }
            }
        }
        // «قالت روسيا إن قواتها أسقطت طائرة أوكرانية»: the owner of the subject noun (`ar_possessor_clause`).
        let ar_owner_groups;
        if let Some(k) = (!l.trig.noun)
            .then(|| self.ar_possessor_clause(l.clause, hit))
            .flatten()
        {
            ar_owner_groups = self.groups(&self.clauses[k].range);
            if let Some(g) = ar_owner_groups.iter().find(|g| g.prep.is_none()) {
                subject = Some(g);
            }
        }
        // Arabic relative clauses: "أرمينيا التي جمدت مشاركتها" (the antecedent does it), "الصين، التي تعد
        // …، استقبلت الوزير" (the verb after the closing comma is the antecedent's).
        let antecedent = if l.trig.noun {
            None
        } else {
            self.ar_antecedent(l.clause, hit.t0)
        };
        if antecedent.is_some() {
            subject = None;
        }
        // «بعد اعتقال تبليسي أربعة ضباط روس», «عقب طرد وارسو خمسة دبلوماسيين روس»: `ar_genitive_agent`.
        if let Some(g) = self.ar_genitive_agent(i, type_name, &bare_after, &tos) {
            subject = Some(g);
        }
        let mut object_groups: GroupRefs = bare_after
            .iter()
            .copied()
            .filter(|g| subject.is_none_or(|s| s.t0 != g.t0))
            .collect();
        // "Япония и Южная Корея обсудили … пуски северокорейских ракет": once a joint subject names two
        // or more parties of a meeting or a deal, a state named only by an adjective in its object is what
        // they discussed or signed about, no further party.
        if SYMMETRIC.contains(&type_name)
            && !l.trig.noun
            && !matches!(mode, Some("visit") | Some("host"))
            && subject.is_some_and(|s| {
                s.t1 <= hit.t0
                    && s.members
                        .iter()
                        .any(|&m| self.actors[m].ids != self.actors[s.members[0]].ids)
            })
        {
            object_groups.retain(|g| !g.members.iter().all(|&m| self.actors[m].adjective));
        }
        // "Партию техники Сербии передал Китай": the fronted oblique actor is the object.
        if let Some((b, a)) = self.ru_fronted(i, &groups) {
            if subject.is_some_and(|s| s.t0 == a.t0) {
                object_groups.insert(0, b);
            }
        }
        // «Египту отказали в кредите в Москве»: the object before an impersonal verb is its target.
        if let Some(o) = groups.iter().rfind(|g| {
            g.t0 >= win.start.max(cr.start)
                && subject.is_none_or(|s| s.t0 != g.t0)
                && !object_groups.iter().any(|x| x.t0 == g.t0)
                && self.ru_impersonal_object(g, i)
        }) {
            object_groups.insert(0, o);
        }
        // "России Китай поставил партию беспилотников", "Эстонии Россия направила ноту протеста": a bare
        // actor in an object case before the subject, both before the verb, is the object.
        if self.ctx.lang == Lang::Ru && !l.trig.noun && !passive {
            if let Some(s) = subject.filter(|s| s.t1 <= hit.t0) {
                let fronted = groups.iter().rfind(|g| {
                    g.prep.is_none()
                        && g.t1 <= s.t0
                        && g.t0 >= win.start.max(cr.start)
                        && self.ru_object_case(g, l.clause)
                });
                if let Some(o) = fronted {
                    object_groups.insert(0, o);
                }
            }
        }
        if passive {
            // "Sberbank was disconnected", "Russia was sanctioned by the EU": the subject is the target.
            // ("North Korean troops were sent to Russia": the state of the forces sent is their sender.)
            let forces = subject.is_some_and(|s| {
                self.ctx.lang == Lang::En
                    && s.members.iter().all(|&m| self.actors[m].adjective)
                    && s.t1 < hit.t0
                    && self.topic_at(s.t1, &["military", "arms"])
                    // ("a Russian drone was shot down": what is downed is the patient.)
                    && !matches!(self.scan.text(hit.t0), "shot" | "downed" | "intercepted")
            });
            // ("sanctions imposed by the West on Russia": a reduced passive with its own "on/to" phrase
            // after the agent modifies the noun before it; the actor before is no patient.)
            let reduced = self.ctx.lang == Lang::En
                && !self.passive(hit)
                && tos.iter().any(|g| g.t0 > hit.t0)
                && hit.t0 > 0
                && !self.actors.iter().any(|a| a.t1 == hit.t0);
            if reduced {
                subject = None;
            }
            let patient = if forces || reduced {
                None
            } else {
                subject.take()
            };
            // «Пятнадцать российских дипломатов высланы из Норвегии»: the patient of a Russian short
            // passive may stand in the genitive after a numeral, which the subject rule reads as no
            // nominative; the bare group right before the participle in its window is still the patient.
            let mut patient = match patient {
                None if self.ctx.lang == Lang::Ru
                    && !forces
                    && !reduced
                    && self.ru_short_participle(hit) =>
                {
                    groups
                        .iter()
                        .rfind(|g| g.prep.is_none() && g.t1 <= hit.t0 && g.t0 >= win.start)
                }
                p => p,
            };
            // "Indian purchases of Russian oil were criticised by the United States", «Индийские закупки
            // российской нефти были раскритикованы США»: the patient of an English or Russian passive is the
            // head of its subject phrase, named by the state before it; a state in an "of" phrase or a
            // genitive of that head only says what the head is of. (No comma or verb trigger between; the
            // head may be a noun trigger of its own.)
            if self.ctx.lang != Lang::Ar && !forces && !reduced {
                let of_before = |t: usize| {
                    (t >= 1 && self.scan.text(t - 1) == "of")
                        || (t >= 2
                            && matches!(self.scan.text(t - 1), "the" | "a" | "an")
                            && self.scan.text(t - 2) == "of")
                };
                const RU_GENITIVE: [&str; 5] = ["ого", "ой", "их", "ых", "ей"];
                const RU_NOMINATIVE: [&str; 6] = ["ий", "ый", "ая", "ое", "ие", "ые"];
                let ru_ends = |g: &Group, endings: &[&str]| {
                    g.members.iter().all(|&m| {
                        let a = &self.actors[m];
                        let w = self.scan.text(a.t1 - 1);
                        a.adjective && endings.iter().any(|e| w.ends_with(e))
                    })
                };
                let inner = |s: &Group| match self.ctx.lang {
                    Lang::En => of_before(s.t0),
                    _ => ru_ends(s, &RU_GENITIVE),
                };
                let head = patient.filter(|s| inner(s)).and_then(|s| {
                    groups.iter().rfind(|g| {
                        g.prep.is_none()
                            && g.t1 < s.t0
                            && g.t0 >= cr.start
                            && (self.ctx.lang == Lang::En || ru_ends(g, &RU_NOMINATIVE))
                            && (g.t1..s.t0).all(|t| self.scan.toks[t].word)
                            && !self
                                .live
                                .iter()
                                .any(|o| !o.trig.noun && o.hit.t0 >= g.t1 && o.hit.t0 < s.t0)
                    })
                });
                if head.is_some() {
                    patient = head;
                }
            }
            // ("The Lithuanian ambassador was ordered to leave Belarus": the state an envoy is told to leave
            // is the one who expels.)
            if self.ctx.lang == Lang::En
                && type_name == "SANCTION"
                && agents.is_empty()
                && hit.t1 > hit.t0 + 1
                && self.scan.text(hit.t1 - 1) == "leave"
            {
                if let Some(g) = bare_after.iter().find(|g| g.t0 == hit.t1) {
                    agents.push(g);
                }
            }
            // ("it was expelled from the organisation": the body one is expelled or suspended from acts.)
            if self.ctx.lang == Lang::En && type_name == "SANCTION" && agents.is_empty() {
                agents.append(&mut froms);
            }
            // ("two Chinese nationals were arrested in Poland": the state one is arrested in arrests.)
            if self.ctx.lang == Lang::En && type_name == "COERCE" && agents.is_empty() {
                agents.append(&mut locs);
            }
            // ("В Москве арестован гражданин США": the state one is arrested in arrests; the actor
            // after the participle is the detainee's state, no instrumental.)
            let ru_arrest_place = self.ctx.lang == Lang::Ru
                && type_name == "COERCE"
                && agents.is_empty()
                && locs.iter().any(|g| g.t1 <= hit.t0);
            if ru_arrest_place {
                agents.extend(locs.iter().filter(|g| g.t1 <= hit.t0));
            }
            // Russian marks the agent by the instrumental case alone (подписан Путиным и Лукашенко):
            // the bare actor after the participle acts.
            if self.ctx.lang == Lang::Ru && !ru_arrest_place {
                // (A demonym is no instrumental: "был выслан британский атташе" names the one
                // expelled; but one in the plural instrumental is the agent's, «задержаны российскими
                // пограничниками», and so is a masculine or neuter singular one whose noun shows the
                // case, «сбит турецким истребителем».)
                if let Some(pos) = object_groups.iter().position(|g| {
                    g.t0 > hit.t0
                        && g.members.iter().any(|&m| {
                            let a = &self.actors[m];
                            !a.adjective
                                || ru_instrumental(self.scan.text(a.t1 - 1), true)
                                || self.ru_instrumental_singular_demonym(a)
                        })
                }) {
                    agents.push(object_groups.remove(pos));
                }
            }
            // "Россией и Китаем было подписано соглашение", "Российскими пограничниками задержан
            // траулер": an actor in the instrumental before a Russian passive is its agent.
            let instrumental = |g: &Group| {
                self.ctx.lang == Lang::Ru
                    && g.members.iter().all(|&m| {
                        let a = &self.actors[m];
                        ru_instrumental(self.scan.text(a.t1 - 1), a.adjective)
                    })
            };
            match patient {
                Some(s) if instrumental(s) => agents.push(s),
                Some(s) => object_groups.insert(0, s),
                None => {}
            }
        }
        // «Осуждение Египтом израильского налёта», «обстрел украинских городов Россией»: a Russian verbal
        // noun names its doer in the instrumental right after it or after its object, as a passive names its
        // agent; that actor is the noun's agent, not its object (a demonym is no instrumental, nor a name
        // after a preposition the cues do not mark: «над Украиной», «между Россией и …»; nor one further on,
        // which another noun governs: «поставки нефти в Белоруссию в обмен на погашение Минском долга»).
        if self.ctx.lang == Lang::Ru && l.trig.noun && !passive {
            if let Some(pos) = object_groups.iter().position(|g| {
                g.t0 >= hit.t1
                    && g.t0 <= hit.t1 + 3
                    && g.prep.is_none()
                    && !matches!(
                        self.scan.text(g.t0 - 1),
                        "над"
                            | "под"
                            | "перед"
                            | "за"
                            | "между"
                            | "с"
                            | "со"
                            | "вместе"
                            | "рядом"
                    )
                    && g.members.iter().all(|&m| {
                        let a = &self.actors[m];
                        !a.adjective && ru_instrumental(self.scan.text(a.t1 - 1), false)
                    })
            }) {
                agents.push(object_groups.remove(pos));
            }
        }
        // «Отказ Венгрии от плана», «Заявка Боснии на вступление», «Угроза Ирана перекрыть пролив», "the
        // refusal of Hungary to …": a noun of an act that reaches its other side by a preposition or an
        // infinitive (a refusal, a request, a threat, a protest, a show of force) names its doer in the
        // genitive or the "of" phrase right after it; with no subject and no agent of its own, that actor
        // is its doer, not its object. (Not a Russian dative, «угроза Ирану»; not the acts whose genitive
        // is the one acted on: «обстрел городов», "the invasion of Ukraine".)
        // (So does a Russian noun of attack or measure whose genitive has a phrase of its goal after it,
        // «вторжение Ирака в Кувейт», «удары Израиля по Сирии», «санкции США против Кубы»: the goal
        // takes the place of the one acted on.)
        if l.trig.noun
            && !passive
            && subject.is_none()
            && agents.is_empty()
            && (GENITIVE_DOER.contains(&type_name)
                || (matches!(type_name, "ASSAULT" | "SANCTION" | "COERCE")
                    && self.ru_genitive_before_goal(hit, &groups)))
        {
            if let Some(pos) = object_groups.iter().position(|g| {
                g.prep.is_none()
                    && !g.members.iter().all(|&m| self.actors[m].adjective)
                    && match self.ctx.lang {
                        Lang::Ru => {
                            // (Not a dative, «угроза Ирану», nor a prepositional.)
                            g.t0 == hit.t1 && self.ru_no_dative_member(g)
                        }
                        Lang::En => {
                            (g.t0 == hit.t1 + 1 && self.scan.text(hit.t1) == "of")
                                || (g.t0 == hit.t1 + 2
                                    && self.scan.text(hit.t1) == "of"
                                    && self.scan.text(hit.t1 + 1) == "the")
                        }
                        Lang::Ar => false,
                    }
            }) {
                agents.push(object_groups.remove(pos));
            }
        }
        // (A border reopened "with Syria", «с Киргизией», "مع سوريا" is reopened to that state: the
        // easing is aimed at it, not done by both; eval/README, session 14.)
        let symmetric = SYMMETRIC.contains(&type_name)
            && !matches!(mode, Some("visit") | Some("host") | Some("ease"));
        let mut r = Roles::default();
        let push = |v: &mut Ids<'a>, who: &mut Ids<'a>, g: &Group| {
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
        // "sanctions imposed by the West": for a noun the agent phrase names the actor, whatever stands
        // before it.
        let agent_wins = l.trig.noun && agents.iter().any(|g| g.t0 > hit.t0);
        // The number of distinct ids in a group, without collecting them: groups hold a few ids.
        let states = |g: &Group| {
            let ids = || self.group_ids(&g.members);
            ids()
                .enumerate()
                .filter(|&(k, id)| !ids().take(k).any(|x| x == id))
                .count()
        };
        r.named_parties = !partners.is_empty() || subject.is_some_and(|s| states(s) >= 2);
        match subject {
            Some(s) if !agent_wins => push(&mut r.source, &mut r.who, s),
            _ => {
                // (An Arabic noun's agent follows it: "عقوبات من قبل الاتحاد الأوروبي بعد اتهامها" — the
                // EU does not accuse.)
                let ar_noun = l.trig.noun && self.ctx.lang == Lang::Ar;
                for g in agents.iter().filter(|g| !ar_noun || g.t0 > hit.t0) {
                    push(&mut r.source, &mut r.who, g);
                }
            }
        }
        if r.source.is_empty() && !l.trig.noun {
            if let Some(g) = self.en_adjunct_subject(hit) {
                push(&mut r.source, &mut r.who, &g);
            }
        }
        if r.source.is_empty() {
            if let Some((g, _)) = &antecedent {
                push(&mut r.source, &mut r.who, g);
            }
        }
        if r.source.is_empty() {
            let past_time = !l.trig.noun && !passive;
            if let Some(s) = self.inherited_subject_past(l.clause, past_time) {
                push(&mut r.source, &mut r.who, &s);
            }
        }
        // «подписали … в Сочи по итогам переговоров»: talks named as the occasion of the verb before them,
        // with no party of their own, are held by that verb's subject.
        if r.source.is_empty() && r.target.is_empty() && self.ru_occasion_talks(hit, l.trig) {
            let verb = prev_in_clause.filter(|&j| !self.live[j].trig.noun);
            if let Some(g) = verb.and_then(|j| self.subject(j, &groups)) {
                push(&mut r.source, &mut r.who, g);
            }
        }
        if r.source.is_empty() && !l.trig.noun {
            if let Some(g) = self.possessive_subject(l.clause, hit) {
                push(&mut r.source, &mut r.who, &g);
            }
        }
        if r.source.is_empty() && !l.trig.noun && self.ctx.lang == Lang::Ar {
            // "…، متهمة المنظمة بـ…": an Arabic participle after the main clause shares its subject; a
            // dual verb with no subject (وقّعا، اتفقا) is the last two states'.
            // (So does a plural verb: its subject is the pronoun in وا — "واتهموا الصين": they accused China.)
            // (And a verb joined by و with no subject of its own: "وصل الرئيس الروسي إلى بكين …، وأجرى
            // محادثات".)
            // ("التقى الرئيس الكازاخستاني رئيس الوزراء الصيني في أستانا، وبحثا …": a dual verb joined by
            // و after a meeting stands for the meeting's two parties, not its first one alone.)
            // (Not a verb with the object pronoun ها, whose alif is no dual: وطالبتها.)
            let dual_pair =
                if hit.conj && self.ar_dual(hit) && !self.scan.text(hit.t0).ends_with("ها") {
                    self.ar_meeting_pair(i)
                } else {
                    Vec::new()
                };
            if !dual_pair.is_empty() {
                r.source = dual_pair.into();
            } else if self.ar_participle(hit)
                || (self.ar_pronoun_subject(hit) && !self.ar_dual(hit))
                || hit.conj
            {
                // (The clause may hold the subject of the verb before: "أعربت الرباط عن أسفها للقرار
                // ووصفته بأنه غير مبرر".)
                let here = hit.conj.then(|| {
                    let gs = self.groups(&self.clauses[l.clause].range);
                    gs.iter()
                        .find(|g| g.prep.is_none() && g.t1 <= hit.t0)
                        .cloned()
                });
                let prev = here.flatten().or_else(|| {
                    (l.clause.saturating_sub(2)..l.clause).rev().find_map(|k| {
                        let gs = self.groups(&self.clauses[k].range);
                        gs.iter().find(|g| g.prep.is_none()).cloned()
                    })
                });
                if let Some(g) = prev {
                    push(&mut r.source, &mut r.who, &g);
                } else if self.ar_pronoun_object_no_subject(hit) && self.memory.lead_is_recent() {
                    // («التقى أردوغان بوتين في سوتشي. ودعاه إلى …»: a sentence that opens with such a
                    // verb continues the subject of the sentence before.)
                    self.add_leads(&self.memory.lead, &mut r, true);
                }
            } else if self.ar_dual(hit) {
                r.source = self.last_pair(hit.t0).into();
            }
        }
        // "…, and the presidents signed …", «…, и лидеры обсудили …»: a bare plural of leaders right after
        // "and" (`bare_leaders` rows) and right before its verb stands for the two parties of the meeting
        // told just before it in the sentence (`ar_meeting_pair`), as an Arabic dual verb does.
        if r.source.is_empty() && !l.trig.noun && self.and_bare_leaders(hit) {
            r.source = self.ar_meeting_pair(i).into();
        }
        // "Turkey, a NATO member, bought …": the verb after an appositive or relative clause belongs to
        // the actor before it. (So does the noun that verb takes: "Belarus, Moscow's closest ally, held
        // snap drills" — a light verb, no actor between.)
        let light_verb_object = || {
            let c0 = self.clauses[l.clause].range.start;
            self.scan.has_cue(c0, hit.t0, |c| c == Cue::Verb)
                && !self.actors.iter().any(|a| a.t0 >= c0 && a.t0 < hit.t0)
        };
        // («Аракчи, прибывший в Каир, встретился …»: so is an active participle that opens a Russian
        // phrase set off after an actor, as the verb after the phrase is.)
        let resumed = if !r.source.is_empty() {
            None
        } else if self.clauses[l.clause].resume.is_some() && (!l.trig.noun || light_verb_object()) {
            self.clauses[l.clause].resume
        } else {
            self.ru_participle_antecedent(l.clause, hit, true)
        };
        if let Some((first, last)) = resumed {
            let g = Group {
                t0: self.actors[first].t0,
                t1: self.actors[last].t1,
                members: (first..=last).collect(),
                prep: None,
            };
            push(&mut r.source, &mut r.who, &g);
        }
        // "… met in Istanbul for the first time since 2022 and agreed …": a verb joined by "and" whose
        // clause was cut by a boundary word shares the subject of the last verb of the sentence.
        // (Arabic writes the "and" on the verb: زار … الرياض، وأجرى مباحثات.)
        // (English lets a time phrase stand between: "…, and days later called its ambassador home".)
        // (A conjunction of two words ends right before the verb: «…, а также обменялись мнениями».)
        let and_here = hit.t0 > 0
            && (self.scan.has_cue(hit.t0 - 1, hit.t0, |c| c == Cue::And)
                || (self.ctx.lang == Lang::Ru
                    && self
                        .scan
                        .has_cue(hit.t0.saturating_sub(2), hit.t0, |c| c == Cue::And)
                    && self.scan.text(hit.t0 - 1) == "также")
                || hit.conj
                // (A word of sequence of two or more words too: «…, а затем выслала», «…, после чего
                // отправится».)
                || self
                    .scan
                    .cues
                    .iter()
                    .any(|&(a, b, c)| c == Cue::And && b == hit.t0 && a + 1 < b && a + 3 >= b)
                || self.en_ing_adjunct(hit)
                || (self.ctx.lang == Lang::En
                    && self.after_conjunction(hit, second_act_rule(Lang::En))));
        if r.source.is_empty() && and_here && !l.trig.noun {
            let earlier = (0..i)
                .rev()
                .filter(|&j| self.live[j].clause < l.clause && !self.live[j].trig.noun);
            // "Washington demanded that Beijing withdraw its ships, accusing China of …": an "-ing" phrase
            // after the act a demand asks for is said by the one who demands, whose verb may share its
            // subject with a verb before it ("recalled its envoy and demanded that …").
            let after_demand = self.en_ing_adjunct(hit)
                && earlier
                    .clone()
                    .next()
                    .is_some_and(|j| self.en_demanded(self.live[j].clause));
            // ("Kazakhstan admitted that its guards had detained the fishermen, and apologised",
            // «признал, что его военные сбили вертолёт, и принёс извинения»: after a "that" clause closed
            // by a comma, "and" joins the verb to the main clause, whose subject the clause inherits.)
            let main = self
                .after_that_clause(l.clause, hit)
                .then(|| self.inherited_subject(l.clause - 1))
                .flatten();
            if let Some(g) = main {
                push(&mut r.source, &mut r.who, &g);
            } else if after_demand {
                for j in earlier.filter(|&j| !self.en_demanded(self.live[j].clause)) {
                    let other = self.groups(&self.clauses[self.live[j].clause].range);
                    if let Some(g) = self.subject(j, &other) {
                        push(&mut r.source, &mut r.who, g);
                        break;
                    }
                }
            } else {
                // (A verb with no state for its subject — "a week after army officers seized power, and
                // demanded …" — is passed over for the one before it.)
                for j in earlier {
                    let other = self.groups(&self.clauses[self.live[j].clause].range);
                    if let Some(g) = self.subject(j, &other) {
                        push(&mut r.source, &mut r.who, g);
                        break;
                    }
                    if self.ctx.lang != Lang::En {
                        break;
                    }
                }
            }
        }
        // "Egypt and Ethiopia failed to reach a deal after three days of talks": talks named in an
        // English "after/following/during" phrase without parties of their own are held by the pair
        // the sentence is about.
        if r.source.is_empty()
            && l.trig.noun
            && type_name == "CONSULT"
            && self.ctx.lang == Lang::En
            && groups.iter().all(|g| g.prep == Some(Cue::In))
            && (hit.t0.saturating_sub(5)..hit.t0)
                .any(|t| matches!(self.scan.text(t), "after" | "following" | "during"))
        {
            let earlier = (0..i)
                .rev()
                .find(|&j| self.live[j].clause < l.clause && !self.live[j].trig.noun);
            if let Some(j) = earlier {
                let other = self.groups(&self.clauses[self.live[j].clause].range);
                if let Some(g) = self.subject(j, &other).filter(|g| states(g) >= 2) {
                    push(&mut r.source, &mut r.who, g);
                    r.named_parties = true;
                }
            }
        }
        // "визит Лукашенко в Пекин", "завершился визит министра иностранных дел Египта": a Russian visit
        // noun names its visitor in the genitive right after it (titles between, hyphenated ones too:
        // «визита премьер-министра Индии»).
        let ru_visit_noun =
            self.ctx.lang == Lang::Ru && l.trig.noun && l.trig.mode.as_deref() == Some("visit");
        if r.source.is_empty() && ru_visit_noun {
            if let Some(g) = groups.iter().find(|g| {
                g.t0 >= hit.t1
                    && g.prep.is_none()
                    && (hit.t1..g.t0).all(|t| {
                        self.scan.has_cue(t, t + 1, |c| c == Cue::Det)
                            || (t > hit.t1 && self.scan.text(t) == "-")
                    })
            }) {
                push(&mut r.source, &mut r.who, g);
            }
        }
        // "начались совместные учения флотов России и Китая": a Russian symmetric noun names its
        // parties as a genitive list right after it (a word or two between).
        if r.source.is_empty() && self.ctx.lang == Lang::Ru && l.trig.noun && symmetric {
            if let Some(g) = groups.iter().find(|g| {
                g.t0 >= hit.t1
                    && g.t0 <= hit.t1 + 2
                    && g.prep.is_none()
                    && states(g) >= 2
                    && (hit.t1..g.t0).all(|t| {
                        // (Not past a preposition: "на саммите в Самарканде Египет, Катар …" names
                        // the place, then the subject of another verb.)
                        self.scan.toks[t].word
                            && !self.scan.has_cue(t, t + 1, is_prep)
                            && !self.scan.triggers.iter().any(|h| h.t0 <= t && t < h.t1)
                    })
            }) {
                push(&mut r.source, &mut r.who, g);
                r.named_parties = true;
            }
        }
        // (A Russian passive names its agent in the instrumental, never as a place: "Соглашение о
        // поставках … в Турцию было подписано" has no known signer.)
        if r.source.is_empty() && !(passive && self.ctx.lang == Lang::Ru) {
            // "Banks in Kyrgyzstan stopped …", "Warships from Russia, China and Iran held …": a state
            // named as the place or origin of the actors stands for them.
            // (Not across a topic phrase: "officials in Tokyo are worried about China's build-up".)
            if let Some(g) = locs
                .iter()
                .chain(froms.iter())
                .find(|g| g.t1 <= hit.t0 && !self.scan.has_cue(g.t1, hit.t0, |c| c == Cue::About))
            {
                push(&mut r.source, &mut r.who, g);
            }
        }
        // (The state of the embassy protested at is not the protester: "собрались у посольства Франции".)
        let mission_state = |g: &Group| {
            g.t0 > 0 && {
                let w = self.scan.text(g.t0 - 1);
                w.starts_with("посольств") || w.starts_with("консульств")
            }
        };
        if self.ctx.lang == Lang::Ru
            && type_name == "PROTEST"
            && subject.is_some_and(|s| mission_state(s) && s.t0 >= hit.t1)
        {
            r.source.clear();
            r.who.clear();
        }
        if r.source.is_empty() && self.ctx.lang == Lang::Ar && !l.trig.noun {
            // Verb-first: "طرد المجلس العسكري في مالي السفير الفرنسي" — the place of the subject right
            // after the verb stands for it.
            if let Some(g) = locs.iter().find(|g| {
                g.t0 > hit.t1
                    && g.t0 <= hit.t1 + 3
                    && !(hit.t1..g.t0).any(|t| !self.scan.toks[t].word)
            }) {
                push(&mut r.source, &mut r.who, g);
            }
        }
        if r.source.is_empty() && self.ctx.lang == Lang::Ru && type_name == "PROTEST" {
            // "на улицы Белграда вышли …", "Протестующие собрались у посольства Франции в Бамако": the
            // protesters are of the place named in the trigger or as the place of the clause.
            let place = groups
                .iter()
                .find(|g| g.t0 > hit.t0 && g.t1 < hit.t1)
                .or_else(|| locs.iter().copied().next());
            if let Some(g) = place {
                push(&mut r.source, &mut r.who, g);
            }
        }
        // "…, drawing sharp criticism from Washington", "prompting a protest from Beijing": an English
        // reaction noun's author comes with "from", and what it reacts to is the act of the main clause.
        // (The author may have been found already by the "from" rule: the act reacted to is still the
        // target — "Turkey's seizure of a Greek boat drew a formal protest from Athens".)
        let from_author = froms.iter().find(|g| g.t0 >= hit.t1 && g.t0 <= hit.t1 + 1);
        let author_known = r.target.is_empty()
            && from_author.is_some_and(|g| {
                !r.source.is_empty()
                    && g.members
                        .iter()
                        .all(|&m| self.actors[m].ids.iter().all(|id| r.source.contains(id)))
            });
        if (r.source.is_empty() || author_known)
            && l.trig.noun
            && self.ctx.lang == Lang::En
            && matches!(type_name, "ACCUSE" | "PROTEST" | "THREATEN")
        {
            if let Some(g) = from_author {
                if !author_known {
                    push(&mut r.source, &mut r.who, g);
                }
                let reaction = (hit.t0.saturating_sub(3)..hit.t0).any(|t| {
                    self.tables
                        .words
                        .has(WordList::EnReactionVerb, self.scan.text(t))
                });
                // (The act is the nearest verb before with an actor of its own: "vetoed a resolution
                // that would have demanded a ceasefire, drawing criticism" reacts to the veto.)
                if reaction {
                    for s in self.main_act_source(i) {
                        if !r.source.contains(&s) && !r.target.contains(&s) {
                            r.target.push(s);
                        }
                    }
                }
            }
        }
        // «Захват Ираном танкера вызвал протест Лондона», «…вызвала резкую критику Боготы», "أثار احتجاز
        // إيران ناقلة بريطانية احتجاج لندن": a Russian or Arabic reaction noun drawn by an act (a
        // `reaction_verb` right before it) has its author in the genitive right after it (after من in
        // Arabic), and is aimed at the doer of the act that drew it (`main_act_source`), not at the
        // genitive, which the reaction noun alone would read as the one criticised.
        if l.trig.noun && self.drawn_reaction(hit, type_name) {
            let author = groups.iter().find(|g| {
                g.t0 >= hit.t1
                    && g.t0 <= hit.t1 + 2
                    && (g.prep.is_none()
                        || (self.ctx.lang == Lang::Ar && g.prep == Some(Cue::From)))
                    && !g.members.iter().all(|&m| self.actors[m].adjective)
                    && !(hit.t1..g.t0).any(|t| self.actors.iter().any(|a| a.t0 == t))
                    // (A Russian genitive, not a dative: «заявил протест Вашингтону» is aimed at it.)
                    && (self.ctx.lang != Lang::Ru || self.ru_no_dative_member(g))
            });
            if let Some(g) = author {
                let act = self.main_act_source(i);
                let theirs = |s: &&str| {
                    g.members
                        .iter()
                        .any(|&m| self.actors[m].ids.iter().any(|id| id == s))
                };
                if !act.is_empty() && !act.iter().any(theirs) {
                    r.source.clear();
                    r.target.clear();
                    r.who.clear();
                    push(&mut r.source, &mut r.who, g);
                    for s in act {
                        if !r.target.contains(&s) {
                            r.target.push(s);
                        }
                    }
                }
            }
        }
        // "Swedish troops took part in a NATO exercise", "Fidan attended a BRICS meeting": who takes part in
        // a meeting or an exercise is one of its parties.
        // (Arabic the same, verb first: شارك رئيس الوزراء الهندي في قمة منظمة شنغهاي, لم يحضر بوتين قمة
        // بريكس.)
        let arabic = self.ctx.lang == Lang::Ar;
        if matches!(self.ctx.lang, Lang::En | Lang::Ar)
            && l.trig.noun
            && matches!(type_name, "CONSULT" | "MOBILIZE" | "COOPERATE")
        {
            let lo = hit
                .t0
                .saturating_sub(if arabic { 10 } else { 6 })
                .max(cr.start);
            let takes_part = |t: usize| {
                let w = self.scan.text(t);
                if arabic {
                    return ar_takes_part(w);
                }
                matches!(w, "attended" | "attends" | "participated" | "participates")
                    || (w == "part"
                        && t > 0
                        && matches!(self.scan.text(t - 1), "took" | "take" | "takes" | "taking"))
            };
            if let Some(v) = (lo..hit.t0).rev().find(|&t| takes_part(t)) {
                let after_verb = groups
                    .iter()
                    .find(|g| arabic && g.t0 > v && g.t1 <= hit.t0 && g.prep.is_none());
                if let Some(g) =
                    after_verb.or_else(|| groups.iter().rfind(|g| g.t1 <= v && g.prep.is_none()))
                {
                    push(&mut r.source, &mut r.who, g);
                    r.named_parties = true;
                }
            }
        }
        let to_source = matches!(type_name, "AID" | "COOPERATE") && !symmetric;
        // ("The military governments withdrew from ECOWAS", «объявили о выходе из ЭКОВАС», "انسحابها من
        // إيكواس": the "from" phrase after a withdrawal is what is left, a bloc, a treaty or a place — its
        // target, never its doer, even when the doer is not resolved. Before it, "troops from Chad
        // withdrew", it names where the withdrawing side comes from.)
        let left_place = |g: &Group| type_name == "RETREAT" && g.t0 >= hit.t0;
        if r.source.is_empty() && (to_source || symmetric) {
            for g in froms.iter().filter(|g| !left_place(g)) {
                push(&mut r.source, &mut r.who, g);
            }
        }
        // "طُرد دبلوماسيان روسيان من مولدوفا", "diplomats were expelled from Moldova": the state one is
        // expelled from expels.
        if r.source.is_empty() && mode == Some("expel") {
            if let Some(g) = froms.first() {
                push(&mut r.source, &mut r.who, g);
            }
        }
        // (Nor is a "with" after what a withdrawal leaves one of its doers: "withdrew from the trade accord
        // with Mexico" names the other side of the accord, `Coder::pact_counterpart`.)
        // «وقعت جيبوتي، التي تستضيف قاعدة صينية، اتفاقاً مع إثيوبيا»: the object or partner after a
        // relative clause on an Arabic subject (`ar_object_after_aside`).
        past_aside = (!l.trig.noun)
            .then(|| self.ar_object_after_aside(hit, l.clause, subject, &r.source))
            .flatten();
        if let Some(g) = past_aside.as_ref().filter(|g| g.prep == Some(Cue::With)) {
            if partners.is_empty() {
                partners.push(g);
            }
        }
        let of_left = |g: &Group| froms.iter().any(|f| left_place(f) && f.t0 < g.t0);
        partners.retain(|g| !of_left(g));
        for g in &partners {
            if symmetric {
                push(&mut r.source, &mut r.who, g);
            }
        }
        // The object: the first bare group after the trigger that is not the source again, before any
        // prepositional phrase or comma ("supplied missiles to Russia, the West …": not the West).
        let src = r.source.clone();
        // (An Arabic host's place phrase may stand before the guest: استقبل الرئيس في بلغراد الوزير; so
        // may a Russian one: принял в Нью-Дели делегацию Бангладеш.)
        // (A bare actor right after the place, within two words: the one the act is done to.)
        let bare_follows = |g: &Group| {
            groups
                .iter()
                .any(|o| o.prep.is_none() && o.t0 >= g.t1 && o.t0 <= g.t1 + 2)
        };
        let stop = groups
            .iter()
            .filter(|g| {
                g.t0 > hit.t0
                    && g.prep.is_some()
                    && !(matches!(self.ctx.lang, Lang::Ar | Lang::Ru)
                        && mode == Some("host")
                        && g.prep == Some(Cue::In))
                    // (So may the place of an Arabic meeting verb, subject first, then where, then
                    // the one met: التقى الرئيس المصري في باريس نظيره التركي, التقى وزير الخارجية
                    // يوم الاثنين في تايبيه رئيسة تايوان.)
                    && !(self.ctx.lang == Lang::Ar
                        && type_name == "CONSULT"
                        && !l.trig.noun
                        && g.prep == Some(Cue::In)
                        && bare_follows(g))
                    // (Only when a bare actor follows the place closely: "задержала в Москве
                    // норвежского пограничника", not "в Астане на встречу глав государств Азии".)
                    && !(self.ru_where(g) && bare_follows(g))
            })
            .map(|g| g.t0)
            // (A comma is no word: words are passed over without their text.)
            .chain((hit.t1..win.end).filter(|&t| {
                !self.scan.toks[t].word
                    && is_comma(self.scan.text(t))
                    && !self.ar_subject_appositive(hit, t)
            }))
            // (Russian "против"/"о" before a noun opens that noun's phrase: "против передачи сёл
            // Азербайджану" names no object of the verb.)
            .chain(
                self.scan
                    .cues
                    .iter()
                    .filter(|&&(c0, c1, c)| {
                        self.ctx.lang == Lang::Ru
                            && c0 >= hit.t1
                            && (c == Cue::About
                                || (c == Cue::Against && self.scan.text(c0) == "против"))
                            && !self.actors.iter().any(|a| a.t0 == c1)
                    })
                    .map(|&(c0, _, _)| c0),
            )
            .min()
            .unwrap_or(usize::MAX);
        let apposed = self.apposed_object(hit, l.clause, win.end, &groups, &src);
        let object = object_groups
            .into_iter()
            .find(|g| {
                g.t0 < stop
                    && g.members
                        .iter()
                        .any(|&m| self.actors[m].ids.iter().any(|id| !src.contains(id)))
            })
            .or(apposed.as_ref())
            .or(past_aside.as_ref().filter(|g| g.prep.is_none()));
        // What several states sign or hold is no target ("signed the treaty establishing the EAEU").
        // (A bloc whose summit one attends is a party of that meeting: "приняла участие в саммите ШОС".)
        let bloc_thing = |g: &Group| {
            symmetric
                && mode != Some("multilateral")
                && g.members
                    .iter()
                    .all(|&m| self.actors[m].ids.iter().all(|id| is_bloc(self.ctx, id)))
        };
        let object = object.filter(|g| !bloc_thing(g));
        // "سلّمت القوات الأمريكية قاعدة القائم قرب الحدود السورية إلى القوات العراقية": what an Arabic
        // act of giving or handing back moves is a thing; a state named only by an adjective in it (the
        // border the base is near, the maker of the goods) is no recipient when a إلى/ل phrase after it
        // names one.
        let object = object.filter(|g| {
            !(self.ctx.lang == Lang::Ar
                && matches!(type_name, "AID" | "RETREAT")
                && g.members.iter().all(|&m| self.actors[m].adjective)
                && tos
                    .iter()
                    .any(|t| t.prep == Some(Cue::To) && t.t0 >= g.t1 && t.t0 < win.end.max(hit.t1)))
        });
        // «присоединилась к санкциям ЕС против Ирана»: the actor right after a Russian sanctions noun
        // that ends the trigger owns the measure (a genitive); a «против» phrase after it names the target.
        let object = object.filter(|g| {
            !(self.ctx.lang == Lang::Ru
                && type_name == "SANCTION"
                && g.t0 == hit.t1
                && self.scan.text(hit.t1 - 1).starts_with("санкци")
                && tos
                    .iter()
                    .any(|t| t.t0 > g.t0 && t.prep == Some(Cue::Against)))
        });
        // "discussed Syria with Fidan": what is discussed is a topic, not a party.
        let object = object.filter(|_| {
            !(self.ctx.lang == Lang::En && self.scan.text(hit.t0).starts_with("discuss"))
        });
        // A partner of a directed act is its target, unless it comes after the object: "thanked China for
        // its support during the standoff with India" (the "with" belongs to a noun of the object phrase).
        // (Troops moved "to the border with Belarus" are no act on Belarus.)
        let en_mobilize = type_name == "MOBILIZE" && self.ctx.lang == Lang::En;
        if !symmetric && !en_mobilize {
            // (Nor after an English "to/for/on" phrase of the trigger: "Beijing's backing for Moscow has
            // strained its ties with Brussels".)
            for g in partners.iter().filter(|g| {
                object.is_none_or(|o| g.t0 < o.t0)
                    && !(self.ctx.lang == Lang::En
                        && tos.iter().any(|t| t.t0 > hit.t0 && t.t0 < g.t0))
            }) {
                push(&mut r.target, &mut r.who, g);
            }
        }
        // "закрыла (открыла) границу с Белоруссией": the state across the border one closes or opens is
        // the target (the "с" of a border names a place, so it is no partner above).
        if self.ctx.lang == Lang::Ru
            && r.target.is_empty()
            && matches!(type_name, "SANCTION" | "RETREAT")
            && (hit.t0..hit.t1).any(|t| {
                let w = self.scan.text(t);
                w.starts_with("границ") || w.starts_with("пункт")
            })
        {
            let across = groups.iter().find(|g| {
                g.prep == Some(Cue::With)
                    && g.t0 >= hit.t1
                    && g.t0 <= hit.t1 + 3
                    && g.t0 >= 2
                    && self.scan.text(g.t0 - 2).starts_with("границ")
            });
            if let Some(g) = across {
                push(&mut r.target, &mut r.who, g);
            }
        }
        // "Egypt bought coal from Russia": an English verb of buying (`en_purchase_verb`) has its seller in
        // the "from" phrase after it, as the Russian «у» and the Arabic «من» give theirs (the rows "bought
        // … from", which read it too, need weapons: a purchase of other goods falls back to "bought").
        if self.ctx.lang == Lang::En
            && r.target.is_empty()
            && TYPES[l.trig.kind as usize] == "COOPERATE"
            && self
                .tables
                .words
                .has(WordList::EnPurchaseVerb, self.scan.text(hit.t0))
        {
            if let Some(g) = froms.iter().find(|g| g.t0 >= hit.t1) {
                push(&mut r.target, &mut r.who, g);
            }
        }
        // "Ukraine received air defences from the US": the givers come with "from"; "received the US
        // envoy" (a person, no giver) is a host's reception.
        if l.trig.mode.as_deref() == Some("receive") {
            for g in &froms {
                push(&mut r.target, &mut r.who, g);
            }
            let arabic = self.ctx.lang == Lang::Ar;
            if r.target.is_empty() && arabic {
                // "تسلمت الجزائر دفعة من مقاتلات سوخوي الروسية": the adjective on the goods names the giver.
                // (A quoted model name between them is one word: منظومات «إس-400» الروسية.)
                let giver = groups.iter().find(|g| {
                    g.t0 >= hit.t1
                        && g.members.iter().all(|&m| self.actors[m].adjective)
                        && (self.words_back(g.t0, 4)..g.t0).any(|t| {
                            self.scan.has_cue(t, t + 1, |c| matches!(c, Cue::Topic(_)))
                                && !self.actors.iter().any(|a| a.t0 > t && a.t0 < g.t0)
                        })
                        && g.members
                            .iter()
                            .all(|&m| self.actors[m].ids.iter().all(|id| !r.source.contains(id)))
                });
                if let Some(g) = giver {
                    push(&mut r.target, &mut r.who, g);
                }
            }
            r.received_from = !r.target.is_empty();
            // "Poland's president was received by Xi Jinping": a passive reception has its host in the
            // "by" phrase (the source found above) and its visitor in the subject, a person or a state
            // named with a title ("Egypt's president", "the Turkish foreign minister").
            if !r.received_from && passive && self.ctx.lang == Lang::En && !r.source.is_empty() {
                let n = self.scan.toks.len();
                let visitor = object.filter(|g| {
                    // (The title after the state, past a possessive "'s".)
                    let k = if g.t1 + 2 < n
                        && matches!(self.scan.text(g.t1), "'" | "’")
                        && self.scan.text(g.t1 + 1) == "s"
                    {
                        g.t1 + 2
                    } else {
                        g.t1
                    };
                    g.t1 <= hit.t0
                        && (g.members.iter().any(|&m| self.actors[m].person)
                            || (k < n
                                && self
                                    .tables
                                    .words
                                    .has(WordList::EnTitleAfterDemonym, self.scan.text(k))))
                        && g.members
                            .iter()
                            .any(|&m| self.actors[m].ids.iter().any(|id| !r.source.contains(id)))
                });
                if let Some(g) = visitor {
                    push(&mut r.target, &mut r.who, g);
                    r.received_person = true;
                }
            }
            if !r.received_from && !r.received_person {
                // ("received the Chinese envoy Wang Yi": the person may follow the demonym.)
                // (Arabic: a title before the demonym makes a person, and the place may come first:
                // استقبل … في بغداد وزير الخارجية الإيراني.)
                // (English: a demonym before a title or "counterpart" names a person: "received his
                // Iranian counterpart", "hosted the Turkish foreign minister".)
                // (And a title followed by "of" and the state: "received the Emir of Kuwait", "hosted the
                // President of Serbia".)
                let titled = |g: &Group| {
                    (arabic && g.t0 > 0 && self.scan.has_cue(g.t0 - 1, g.t0, |c| c == Cue::Det))
                        || (self.ctx.lang == Lang::En
                            && g.t0 >= hit.t1 + 2
                            && g.t0 <= hit.t1 + 5
                            && self.scan.text(g.t0 - 1) == "of"
                            && (hit.t1..g.t0).all(|t| self.scan.toks[t].word)
                            && g.members.iter().all(|&m| !self.actors[m].adjective)
                            && self
                                .tables
                                .words
                                .has(WordList::EnTitleAfterDemonym, self.scan.text(g.t0 - 2)))
                        || (self.ctx.lang == Lang::En
                            && g.t1 < self.scan.toks.len()
                            && g.members.iter().all(|&m| self.actors[m].adjective)
                            && self
                                .tables
                                .words
                                .has(WordList::EnTitleAfterDemonym, self.scan.text(g.t1)))
                        // (And a state's possessive before the title: "received Russia's ambassador",
                        // "hosted Egypt's foreign minister".)
                        || (self.ctx.lang == Lang::En
                            && g.t1 + 2 < self.scan.toks.len()
                            && matches!(self.scan.text(g.t1), "'" | "’")
                            && self.scan.text(g.t1 + 1) == "s"
                            && g.members.iter().all(|&m| !self.actors[m].adjective)
                            && self
                                .tables
                                .words
                                .has(WordList::EnTitleAfterDemonym, self.scan.text(g.t1 + 2)))
                };
                let ar_stop = groups
                    .iter()
                    .filter(|g| g.t0 > hit.t0 && !matches!(g.prep, None | Some(Cue::In)))
                    .map(|g| g.t0)
                    .min()
                    .unwrap_or(usize::MAX);
                let person = groups.iter().find(|g| {
                    g.t0 >= hit.t1
                        && g.t0
                            < if arabic {
                                ar_stop.min(win.end)
                            } else {
                                stop.min(win.end)
                            }
                        && g.prep.is_none()
                        && (g.members.iter().any(|&m| self.actors[m].person) || titled(g))
                        && g.members
                            .iter()
                            .any(|&m| self.actors[m].ids.iter().any(|id| !r.source.contains(id)))
                });
                // "… for talks with Prabowo Subianto, who received him at the palace": an English
                // "him"/"her" right after the verb is the person the sentence named first, the visitor.
                let pronoun_visitor = (self.ctx.lang == Lang::En
                    && person.is_none()
                    && hit.t1 < self.scan.toks.len()
                    && matches!(self.scan.text(hit.t1), "him" | "her"))
                .then(|| {
                    self.actors.iter().find(|a| {
                        a.person && a.t1 <= hit.t0 && a.ids.iter().all(|id| !r.source.contains(id))
                    })
                })
                .flatten();
                // ("Gorbachev arrived in Beijing on Monday. Deng Xiaoping received him on Tuesday": with
                // no other person before it in its sentence, the pronoun is the one the sentence before
                // led with, the visitor.)
                let lead_visitor = self.ctx.lang == Lang::En
                    && person.is_none()
                    && pronoun_visitor.is_none()
                    && hit.t1 < self.scan.toks.len()
                    && matches!(self.scan.text(hit.t1), "him" | "her")
                    && self.memory.lead_is_recent()
                    && self
                        .memory
                        .lead
                        .iter()
                        .all(|id| !r.source.iter().any(|s| s == id));
                if let Some(g) = person {
                    push(&mut r.target, &mut r.who, g);
                    r.received_person = true;
                } else if let Some(a) = pronoun_visitor {
                    for &id in &a.ids {
                        if !r.target.contains(&id) {
                            r.target.push(id);
                        }
                    }
                    r.received_person = true;
                } else if lead_visitor {
                    self.add_leads(&self.memory.lead, &mut r, false);
                    r.received_person = !r.target.is_empty();
                } else if self.ctx.lang == Lang::En {
                    // ("Russia received Iranian drones": the state of the weapons or goods received is
                    // the giver, as with "from Iran".)
                    let maker = groups.iter().find(|g| {
                        g.t0 >= hit.t1
                            && g.t0 <= hit.t1 + 4
                            && g.prep.is_none()
                            && g.members.iter().all(|&m| self.actors[m].adjective)
                            && self.topic_at(g.t1, &["arms", "energy", "humanitarian"])
                    });
                    if let Some(g) = maker {
                        push(&mut r.target, &mut r.who, g);
                        r.received_from = true;
                    }
                }
            }
            r.target.retain(|t| !r.source.contains(t));
            return r;
        }
        if let Some(g) = object {
            push(&mut r.target, &mut r.who, g);
        }
        // "to/against/on" name the target, unless a bare object already did ("welcomed the accession
        // of Egypt … to BRICS": Egypt, not BRICS).
        let tos_reach = object.is_none() || tos.iter().any(|g| g.t0 < object.map_or(0, |o| o.t0));
        // ("sanctions on Iran over its drone deliveries to Russia": an English verb's first "to/on"
        // phrase is its own; a later one belongs to a noun of that phrase.)
        let first_after = tos.iter().map(|g| g.t0).filter(|&t| t > hit.t0).min();
        let own_to =
            |g: &Group| self.ctx.lang != Lang::En || g.t0 <= hit.t0 || Some(g.t0) == first_after;
        if tos_reach {
            for g in tos.iter().filter(|g| own_to(g) && !self.cause_phrase(g)) {
                push(&mut r.target, &mut r.who, g);
            }
        }
        // (Russian: what is seized or frozen "из России" belongs to that state: заморозила счета банков из
        // России.)
        if matches!(type_name, "SANCTION" | "CONCEDE" | "RETREAT")
            || (type_name == "COERCE" && self.ctx.lang == Lang::Ru)
        {
            // (In English the "from" phrase follows the verb: "calls from Warsaw to expel …" is no
            // target of the expulsion.)
            // ("suspended Venezuela from Mercosur", «исключили Россию из Совета Европы»: a bloc a state
            // named as the object is put out of is where it is put out of, no target beside it; "withdrew
            // from ECOWAS", with no state acted on, leaves the bloc.)
            let state_object = r.target.iter().any(|t| !is_bloc(self.ctx, t));
            let bloc_left = |g: &Group| {
                state_object
                    && g.members
                        .iter()
                        .all(|&m| self.actors[m].ids.iter().all(|id| is_bloc(self.ctx, id)))
            };
            // (A "from" phrase past the act's own that names the doer only is no side: "استدعت البرازيل
            // وهولندا سفيريهما لدى إندونيسيا بعد إعدام مواطنين من البلدين", citizens of both; it would leave a
            // target that the doer's own names empty, and the place the envoys are posted in unread. The
            // act's own, right after it, still tells where from: «высылки из Берлина».)
            let doers = r.source.clone();
            let doer_only = |g: &Group| {
                !doers.is_empty()
                    && g.t0 > hit.t1 + 1
                    && self.group_ids(&g.members).all(|id| doers.contains(&id))
            };
            for g in froms
                .iter()
                .filter(|g| self.ctx.lang != Lang::En || g.t0 > hit.t0)
                .filter(|g| !bloc_left(g) && !doer_only(g))
            {
                push(&mut r.target, &mut r.who, g);
            }
        }
        // "recalled its ambassador from Beijing over Taiwan", «приостановила горячую линию с Вашингтоном по
        // Сирии»: an "over"/«по» phrase after the act's own side names its cause or topic; it is the target
        // only of an act that names no other ("struck over Kyiv" has none; «удар по Киеву»).
        if r.target.is_empty() && tos_reach {
            for g in tos.iter().filter(|g| own_to(g) && self.cause_phrase(g)) {
                push(&mut r.target, &mut r.who, g);
            }
        }
        if r.target.is_empty() {
            // (Arabic "استدعت سفيرها لدى باريس", "قررت استدعاء سفيره في أنقرة": the state a recalled
            // envoy is posted in, named right after the envoy, is the one the recall is aimed at; the
            // envoy may be a title of several words, "مفوضها السامي", "القائم بالأعمال في سفارته".)
            let ar_envoy = type_name == "SANCTION"
                && self.ctx.lang == Lang::Ar
                && mode == Some("withdraw")
                && (hit.t0 + 1..hit.t1).any(|t| self.topic_at(t, &["envoy"]));
            // Deploying in a country targets it; an exercise "around Taiwan" names only its place.
            let loc_is_target = mode == Some("visit")
                || matches!(type_name, "ASSAULT" | "AID")
                // ("ECOWAS threatened military intervention in Niger": a threatened use of force names
                // its target as a place.)
                || (type_name == "THREATEN"
                    && self.ctx.lang == Lang::En
                    && (hit.t0..(hit.t1 + 4).min(self.scan.toks.len())).any(|t| {
                        matches!(
                            self.scan.text(t),
                            "intervention" | "invasion" | "strikes" | "attack" | "attacks"
                        )
                    }))
                // (Russian "открыла посольства в Буркина-Фасо": the state an embassy opens in is the one
                // relations are opened with.)
                // (So are "opened an embassy in Hanoi", «откроет консульство в Эрбиле»: a mission opened
                // or reopened in a state resumes or deepens relations with it.)
                || (matches!(type_name, "SUPPORT" | "COOPERATE")
                    && matches!(self.ctx.lang, Lang::Ru | Lang::En)
                    && (hit.t0..hit.t1).any(|t| {
                        self.tables
                            .words
                            .has_stem_of(WordList::MissionNounStem, self.scan.text(t))
                    }))
                // ("sanctioned 400 entities in Russia"; остановил поставки в Молдавию)
                || (type_name == "SANCTION"
                    && !l.trig.noun
                    && matches!(self.ctx.lang, Lang::En | Lang::Ru))
                // (Russian "сняла эмбарго на поставки оружия в Пакистан": lifting a ban on what goes to
                // a state eases the measure that was aimed at it, as imposing it was.)
                || (mode == Some("ease_sanctions") && !l.trig.noun && self.ctx.lang == Lang::Ru)
                || ar_envoy
                || (type_name == "MOBILIZE"
                    && !l.trig.noun
                    // (Russian "провёл учения у берегов Тайваня": an exercise names its place.)
                    && !(self.ctx.lang == Lang::Ru
                        && (hit.t0..hit.t1).any(|t| {
                            let w = self.scan.text(t);
                            w.starts_with("учени") || w.starts_with("маневр")
                        })))
                // (Russian "поставки газа в Китай": where goods are shipped is the partner.)
                || (type_name == "COOPERATE"
                    && self.ctx.lang == Lang::Ru
                    && ["постав", "экспорт", "отгруз"]
                        .iter()
                        .any(|p| self.scan.text(hit.t0).starts_with(p)));
            for g in locs
                .iter()
                .filter(|g| g.t0 >= hit.t1 && !(ar_envoy && g.t0 > hit.t1 + 1))
            {
                // Joining, applying to, freezing participation in a bloc: the bloc is the target.
                let bloc = g
                    .members
                    .iter()
                    .all(|&m| self.actors[m].ids.iter().all(|id| is_bloc(self.ctx, id)));
                // (Arabic "أعادت الإمارات فتح سفارتها في دمشق": the state an embassy or consulate is
                // reopened in is the one relations are resumed with, as in Russian above.)
                let ar_mission_host = self.ctx.lang == Lang::Ar
                    && matches!(type_name, "COOPERATE" | "SUPPORT")
                    && (g.t0.saturating_sub(2)..g.t0).any(|t| {
                        let w = self.scan.text(t);
                        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                        let w = w.strip_prefix("ال").unwrap_or(w);
                        w.starts_with("سفار") || w.starts_with("قنصلي")
                    });
                if loc_is_target || ar_mission_host || (bloc && !symmetric) {
                    push(&mut r.target, &mut r.who, g);
                }
            }
        }
        // ("В Москве завершился визит …": the place before a Russian visit noun is the host.)
        if r.target.is_empty() && ru_visit_noun {
            if let Some(g) = locs.iter().rfind(|g| g.t1 <= hit.t0) {
                push(&mut r.target, &mut r.who, g);
            }
        }
        if r.target.is_empty() {
            // "إيران التي فرضت عليها واشنطن عقوبات": the antecedent of a relative clause is the object
            // its pronoun stands for.
            if let Some(g) = self.ar_antecedent_object(l.clause) {
                if g.members
                    .iter()
                    .any(|&m| self.actors[m].ids.iter().any(|id| !r.source.contains(id)))
                {
                    push(&mut r.target, &mut r.who, &g);
                }
            }
        }
        if r.target.is_empty()
            && matches!(type_name, "SUPPORT" | "ACCUSE")
            && self.ctx.lang == Lang::Ar
        {
            // "رحبت الصين بالاتفاق الذي توصلت إليه السعودية وإيران": welcoming or condemning an act named
            // in a relative clause right after is aimed at those who did it.
            let rel = self.clauses.get(l.clause + 1).filter(|c| {
                c.opened_by == Some(Boundary::Hard)
                    && c.range.start >= hit.t1
                    && c.range.start <= hit.t1 + 3
                    && matches!(
                        self.orig(c.range.start).trim_start_matches('و'),
                        "الذي" | "التي" | "الذين"
                    )
            });
            if let Some(c) = rel {
                let doer =
                    (i + 1..self.live.len()).find(|&j| c.range.contains(&self.live[j].hit.t0));
                if let Some(j) = doer {
                    let n = &self.live[j];
                    let theirs = self.roles(j, TYPES[n.trig.kind as usize], n.trig.mode.as_deref());
                    for s in theirs.source {
                        if !r.source.contains(&s) && !r.target.contains(&s) {
                            r.target.push(s);
                        }
                    }
                }
            }
        }
        if r.target.is_empty() && FAR_TARGET.contains(&type_name) && self.ctx.lang == Lang::Ar {
            // "دعا … إلى إنهاء مهمة التحالف الذي تقوده الولايات المتحدة", "انتقدت روسيا القرار الذي
            // اتخذته واشنطن": the author of the thing acted on is named in a relative clause after it.
            let comma = (hit.t1..cr.end)
                .find(|&t| is_comma(self.scan.text(t)))
                .unwrap_or(cr.end);
            let rel = self.clauses.get(l.clause + 1).filter(|c| {
                comma == cr.end
                    && c.opened_by == Some(Boundary::Hard)
                    && matches!(
                        self.orig(c.range.start).trim_start_matches('و'),
                        "الذي" | "التي" | "الذين"
                    )
            });
            if let Some(c) = rel {
                let gs = self.groups(&c.range);
                let author = gs.iter().find(|g| {
                    !matches!(g.prep, Some(Cue::In) | Some(Cue::From))
                        && g.members
                            .iter()
                            .all(|&m| self.actors[m].ids.iter().all(|id| !r.source.contains(id)))
                });
                let author = author.cloned();
                if let Some(g) = author {
                    push(&mut r.target, &mut r.who, &g);
                }
            }
        }
        if r.target.is_empty() && type_name == "THREATEN" && self.ctx.lang == Lang::Ar {
            // "حذر الوزير الإيراني من أن بلاده سترد … إذا تعرضت منشآتها لهجوم إسرائيلي": the one warned is
            // the first other actor named after the warning, in whatever clause.
            let other = self.actors.iter().find(|a| {
                a.t0 >= hit.t1
                    && a.ids
                        .iter()
                        .all(|id| !r.source.contains(id) && !is_bloc(self.ctx, id))
            });
            if let Some(a) = other {
                for id in &a.ids {
                    r.target.push(id);
                }
            }
        }
        if r.target.is_empty() && FAR_TARGET.contains(&type_name) {
            // The target may follow another verb of the same clause ("refused to sign the joint
            // statement of the SCO", رفضت … لروسيا).
            let comma = (hit.t1..cr.end)
                .find(|&t| is_comma(self.scan.text(t)))
                .unwrap_or(cr.end);
            let far = groups
                .iter()
                .filter(|g| g.t0 >= hit.t1 && g.t1 <= comma && charge.is_none_or(|c| g.t0 < c))
                .find(|g| {
                    let bloc = g
                        .members
                        .iter()
                        .all(|&m| self.actors[m].ids.iter().all(|id| is_bloc(self.ctx, id)));
                    // (A bloc "at" or "in" which something is refused is its target: "declined to
                    // endorse the statement at the SCO meeting".)
                    // ("demanded reparations from Germany", "condemned the attack by Pakistan": the
                    // one asked, or the author of the act condemned or welcomed.)
                    (!matches!(g.prep, Some(Cue::In) | Some(Cue::From) | Some(Cue::By))
                        || (g.prep == Some(Cue::In) && bloc)
                        || (g.prep == Some(Cue::From) && type_name == "REQUEST")
                        // ("rebuffed calls from Vilnius": the one whose call is refused.)
                        || (g.prep == Some(Cue::From)
                            && type_name == "REJECT"
                            && self.ctx.lang == Lang::En)
                        || (g.prep == Some(Cue::By)
                            && !passive
                            && matches!(type_name, "ACCUSE" | "SUPPORT" | "REJECT")))
                        && g.members
                            .iter()
                            .any(|&m| self.actors[m].ids.iter().any(|id| !src.contains(id)))
                });
            if let Some(g) = far {
                push(&mut r.target, &mut r.who, g);
            }
        }
        // "drew down its troops in Iraq", «сократили свой контингент в Ираке», «قلصت وجودها العسكري في سوريا»:
        // one's forces taken out or cut down, named with the state where they stand right after them, leave
        // that state (a place phrase further on says where the act was told or done). Only a withdrawal or a
        // presence cut: a ceasefire declared "in Ukraine" or a base given up "in Libya" keeps its own reading.
        let withdrawal = mode == Some("withdraw")
            || (hit.t0..hit.t1).any(|t| {
                let w = self.scan.text(t);
                w == "presence" || w.starts_with("присутстви") || w.starts_with("وجود")
            });
        if r.target.is_empty()
            && type_name == "RETREAT"
            && withdrawal
            && !l.trig.noun
            && r.source.len() == 1
        {
            let place = groups.iter().find(|g| {
                g.prep == Some(Cue::In)
                    && g.t0 >= hit.t1
                    && g.t0 <= hit.t1 + 2
                    && g.t1 <= cr.end
                    && g.members.iter().all(|&m| {
                        let a = &self.actors[m];
                        !a.adjective
                            && a.ids
                                .iter()
                                .all(|id| !is_bloc(self.ctx, id) && !r.source.contains(id))
                    })
            });
            if let Some(g) = place {
                push(&mut r.target, &mut r.who, g);
            }
        }
        if r.target.is_empty() && type_name == "AGREE" && partners.is_empty() && r.source.len() == 1
        {
            // "pledged to invest $600 billion in the United States", تعهدت … بتقديم … لأوكرانيا: a
            // one-sided promise is made to the state that benefits, which may follow the promised act.
            let comma = (hit.t1..cr.end)
                .find(|&t| is_comma(self.scan.text(t)))
                .unwrap_or(cr.end);
            // Arabic names the promised act as a verbal noun after على or under ب/ل, however far the subject
            // and a place phrase push it (اتفق قادة مجموعة السبع خلال قمتهم في إيطاليا على منح أوكرانيا):
            // a place before it is where the promise was made, not who benefits.
            let ar_act = (self.ctx.lang == Lang::Ar)
                .then(|| {
                    (i + 1..self.live.len()).find(|&j| {
                        let n = &self.live[j];
                        n.clause == l.clause
                            && n.hit.t0 >= hit.t1
                            && (n.hit.governed
                                || (n.hit.t0 > 0
                                    && matches!(self.scan.text(n.hit.t0 - 1), "على" | "علي")))
                    })
                })
                .flatten();
            let beneficiary = groups
                .iter()
                .filter(|g| g.t0 >= hit.t1 && g.t1 <= comma)
                .filter(|g| matches!(g.prep, Some(Cue::To) | Some(Cue::In)))
                // ("OPEC+ agreed in Vienna on Wednesday to cut output": an English "in" phrase right
                // after the agreeing verb, only a date between, is where the promise was made; the one
                // that benefits is "in" its object or act: "pledged $600 billion of investment in the
                // United States", or after a trigger that holds the act: "pledged to spend $2 billion
                // in Indonesia".)
                .filter(|g| {
                    self.ctx.lang != Lang::En
                        || g.prep != Some(Cue::In)
                        || l.trig.noun
                        || (hit.t0..hit.t1).any(|t| self.scan.text(t) == "to")
                        || !(hit.t1..g.t0)
                            .all(|t| matches!(self.scan.text(t), "in" | "at") || self.in_date(t))
                })
                .filter(|g| ar_act.is_none_or(|j| g.t0 > self.live[j].hit.t0))
                // (Not the place of the meeting where it was agreed: "на саммите в Нидерландах".)
                .filter(|g| {
                    !self.scan.triggers.iter().any(|o| {
                        self.hit_type(o) == Some("CONSULT") && o.t1 <= g.t0 && g.t0 - o.t1 <= 2
                    })
                })
                .min_by_key(|g| (g.prep != Some(Cue::To), g.t0))
                .filter(|g| {
                    g.members.iter().all(|&m| {
                        let a = &self.actors[m];
                        !a.adjective
                            && a.ids
                                .iter()
                                .all(|id| !is_bloc(self.ctx, id) && !r.source.contains(id))
                    })
                });
            // ("inked a $35 billion agreement to export gas to Egypt": the state a signed deal serves is
            // its other party, not the target of a promise.)
            let lt = self.tables.lang(self.ctx.lang);
            let document_before = |g: &Group| {
                self.ctx.lang == Lang::En
                    && self.scan.triggers.iter().any(|h| {
                        h.t0 >= hit.t0
                            && h.t0 < g.t0
                            && lt.trigger(h.entry).is_some_and(|t| t.object)
                    })
            };
            if let Some(g) = beneficiary.filter(|g| document_before(g)) {
                push(&mut r.source, &mut r.who, g);
            } else if let Some(g) = beneficiary {
                push(&mut r.target, &mut r.who, g);
            } else if let Some(j) = (i + 1..self.live.len()).find(|&j| {
                let n = &self.live[j];
                (n.clause == l.clause
                    && n.hit.t0 >= hit.t1
                    && n.hit.t0 <= hit.t1 + 2
                    && !n.trig.noun)
                    || Some(j) == ar_act
            }) {
                // "пообещал поставить Пакистану истребители": the promised act names the beneficiary.
                let next = &self.live[j];
                let next_type = TYPES[next.trig.kind as usize];
                if matches!(
                    next_type,
                    "AID" | "COOPERATE" | "SUPPORT" | "CONCEDE" | "RETREAT"
                ) {
                    let theirs = self.roles(j, next_type, next.trig.mode.as_deref());
                    for t in theirs.target {
                        if !r.source.contains(&t) && !r.target.contains(&t) {
                            r.target.push(t);
                        }
                    }
                }
            }
        }
        if r.target.is_empty() && type_name == "REJECT" {
            // "На саммите ОДКБ Пашинян отказался подписать …", "At the SCO meeting, India refused …": the
            // bloc of the fronted meeting is what is refused.
            // (A comma may set the fronted phrase off: "At the ASEAN summit, Myanmar refused …".)
            let first_source = subject.map_or(hit.t0, |s| s.t0);
            let fronted = match self.clauses[l.clause].opened_by {
                Some(Boundary::Soft) if l.clause > 0 => {
                    let prev = &self.clauses[l.clause - 1].range;
                    self.groups(&(prev.start..cr.end))
                }
                _ => groups.clone(),
            };
            let bloc = fronted.iter().find(|g| {
                g.t1 <= first_source
                    && g.members.iter().all(|&m| {
                        self.actors[m]
                            .ids
                            .iter()
                            .all(|id| is_bloc(self.ctx, id) && !r.source.contains(id))
                    })
            });
            if let Some(g) = bloc {
                push(&mut r.target, &mut r.who, g);
            }
        }
        if r.source.is_empty() && type_name == "PROTEST" && self.ctx.lang == Lang::En {
            // "Thousands rallied outside the French embassy in Niamey": the protesters are people of the
            // place they march in (not the state of the embassy, "French embassy", "embassy of France").
            let mission_state = |g: &Group| {
                (g.t1 < self.scan.toks.len() && self.mission(g.t1))
                    || (g.t0 > 0 && self.scan.text(g.t0 - 1) == "of")
            };
            if let Some(g) = locs.iter().find(|g| g.t0 >= hit.t1 && !mission_state(g)) {
                push(&mut r.source, &mut r.who, g);
            }
        }
        if r.target.is_empty() && type_name == "PROTEST" {
            // "rallied outside the Russian embassy", أمام السفارة الفرنسية, у посольства Франции: a
            // protest at a foreign mission is aimed at that state.
            let aimed = groups.iter().find(|g| {
                g.t0 >= hit.t1
                    && g.t1 <= cr.end
                    && self.near_mission(g)
                    && g.members
                        .iter()
                        .all(|&m| self.actors[m].ids.iter().all(|id| !r.source.contains(id)))
            });
            if let Some(g) = aimed {
                push(&mut r.target, &mut r.who, g);
            }
        }
        if r.target.is_empty()
            && type_name == "PROTEST"
            && !r.source.is_empty()
            && self.ctx.lang != Lang::En
        {
            // "protested against the Russian premier's visit", «протестовали против визита российского
            // премьера», "تظاهروا ضد زيارة رئيس الوزراء الروسي": a protest is aimed at the state whose act or
            // person its phrase of "against" names, a few words into it (eval/README, session 22 (b); English has
            // its own rules for "against", which this one only disturbed): the
            // state right after "against", or a demonym in the phrase. (Not a state the act is done to or
            // for: «против передачи сёл Азербайджану» is against one's own government.)
            // (Also a phrase resumed after an inserted relative clause: «протестовали у здания правительства,
            // где …, против продажи российского оружия»: the clause the phrase opens.)
            let relative = |c: &super::clauses::Clause| {
                c.range
                    .clone()
                    .find(|&t| self.scan.toks[t].word)
                    .is_some_and(|t| {
                        let w = self.scan.text(t);
                        self.tables.words.has(WordList::RelativePronoun, w)
                            || self.tables.words.has(WordList::PlaceRelative, w)
                    })
            };
            let opens = |c0: usize| {
                let k = self.clause_of(c0);
                let first = (self.clauses[k].range.start..c0).all(|t| !self.scan.toks[t].word);
                let after_comma = c0 > 0 && is_comma(self.scan.text(c0 - 1));
                k > l.clause
                    && k <= l.clause + 2
                    && (first || (after_comma && relative(&self.clauses[k])))
                    && self.clauses[l.clause + 1..k].iter().all(relative)
            };
            let against = self
                .scan
                .cues
                .iter()
                .find(|&&(c0, _, c)| {
                    c == Cue::Against && c0 >= hit.t1 && (c0 < cr.end || opens(c0))
                })
                .map(|&(c0, c1, _)| {
                    let pr = if c0 < cr.end {
                        cr.clone()
                    } else {
                        c0..self.clauses[self.clause_of(c0)].range.end
                    };
                    (pr, c1)
                });
            let aimed = against.and_then(|(pr, c1)| {
                let groups = if pr == cr {
                    groups.clone()
                } else {
                    self.groups(&pr)
                };
                groups
                    .iter()
                    .find(|g| {
                        g.t0 >= c1
                            && g.t0 <= c1 + 4
                            && g.t1 <= pr.end
                            && (g.t0 == c1 || g.members.iter().all(|&m| self.actors[m].adjective))
                            && g.members.iter().all(|&m| {
                                self.actors[m].ids.iter().all(|id| !r.source.contains(id))
                            })
                    })
                    .cloned()
            });
            if let Some(g) = aimed {
                push(&mut r.target, &mut r.who, &g);
            }
        }
        // "sent peacekeepers to Kazakhstan at Tokayev's request": a request named as the occasion of an
        // act was made to the one who acts.
        if r.target.is_empty()
            && l.trig.noun
            && type_name == "REQUEST"
            && self.ctx.lang == Lang::En
            && (hit.t0.saturating_sub(5)..hit.t0).any(|t| self.scan.text(t) == "at")
        {
            for s in self.main_act_source(i) {
                if !r.source.contains(&s) && !r.target.contains(&s) {
                    r.target.push(s);
                }
            }
        }
        if r.target.is_empty() && matches!(type_name, "THREATEN" | "REQUEST") {
            // "warned that Russia would face tariffs", حذر من أن إيران ستدفع الثمن: the one warned or
            // asked is the subject of the complement clause right after the verb.
            let next = self.clauses.get(l.clause + 1).filter(|c| {
                // (Arabic puts the warner between the verb and أن: حذرت طهران من أن.)
                matches!(c.opened_by, Some(Boundary::Comp))
                    && c.range.start >= hit.t1
                    && c.range.start <= hit.t1 + 4
                    && !self
                        .live
                        .iter()
                        .any(|o| o.hit.t0 >= hit.t1 && o.hit.t0 < c.range.start)
            });
            if let Some(c) = next {
                let gs = self.groups(&c.range);
                let subject = gs.iter().find(|g| {
                    g.prep.is_none()
                        && g.t0 <= c.range.start + 3
                        && g.members
                            .iter()
                            .any(|&m| self.actors[m].ids.iter().any(|id| !r.source.contains(id)))
                });
                let subject = subject.cloned();
                if let Some(g) = subject {
                    push(&mut r.target, &mut r.who, &g);
                }
            }
        }
        // "تعرضت سفينة حربية بريطانية لهجوم صاروخي من قبل القوات الإيرانية", «Армянские позиции
        // подверглись обстрелу со стороны Азербайджана», "Armenian posts came under attack from Azerbaijan":
        // an act noun after a verb of undergoing (تعرض ل, «подвергнуться», "come under", "be subjected to")
        // is suffered by that verb's subject, its target; its doer is the agent after من قبل, «со
        // стороны», "by" or "from", else the state named after the noun.
        // (The Arabic noun may match a verb row under the ل of purpose: لقصف.)
        if self.undergone(hit, cr.start) {
            let sufferer = groups
                .iter()
                .rfind(|g| g.prep.is_none() && g.t1 <= hit.t0 && g.t0 >= cr.start);
            let doer = agents
                .iter()
                .chain(froms.iter())
                .copied()
                .find(|g| g.t0 >= hit.t1)
                .or_else(|| {
                    groups.iter().find(|g| {
                        g.t0 >= hit.t1 && matches!(g.prep, None | Some(Cue::By) | Some(Cue::From))
                    })
                });
            if let (Some(s), Some(d)) = (sufferer, doer) {
                r.source.clear();
                r.target.clear();
                push(&mut r.source, &mut r.who, d);
                push(&mut r.target, &mut r.who, s);
            }
        }
        if symmetric && mode != Some("host") && (!partners.is_empty() || type_name == "CONSULT") {
            // "Russia signed a deal with Iran", "Pezeshkian met Putin": the parties are listed together,
            // no direction.
            for id in std::mem::take(&mut r.target) {
                if !r.source.contains(&id) {
                    r.source.push(id);
                }
            }
        }
        // «Завершая визит в Ереван, Путин и Кочарян подписали …»: the host standing in the visitor's
        // group is the host of the visit, not a second visitor.
        if mode == Some("visit")
            && self.ctx.lang == Lang::Ru
            && !r.target.is_empty()
            && r.source.iter().any(|s| !r.target.contains(s))
        {
            r.source.retain(|s| !r.target.contains(s));
        }
        // (The envoy's state the noun's doer was looked for past, `subject`: the act is handed to it. So
        // is a Russian envoy in an oblique case before the verb, `ru_oblique_envoy`.)
        let ru_verb = self.ctx.lang == Lang::Ru && !l.trig.noun;
        if (l.trig.noun || ru_verb)
            && !symmetric
            && r.target.is_empty()
            && (!r.source.is_empty() || ru_verb)
        {
            let envoy = groups.iter().find(|g| {
                g.t1 <= hit.t0
                    && g.t0 >= cr.start
                    && if ru_verb {
                        g.prep.is_none() && self.ru_oblique_envoy(g)
                    } else {
                        self.envoy_state(g)
                    }
                    && g.members
                        .iter()
                        .any(|&m| self.actors[m].ids.iter().any(|id| !r.source.contains(id)))
            });
            if let Some(g) = envoy {
                push(&mut r.target, &mut r.who, g);
            }
        }
        // «Россия сделала Китаю официальное предупреждение», «Москва пролонгировала Пакистану кредит»: a
        // Russian noun trigger, the object of a verb of no event of its own, with a dative actor between
        // them is aimed at that dative, and its doer is the subject before the verb (`ru_dative_in_gap`).
        if l.trig.noun && !symmetric {
            if let Some((s, d)) = self.ru_dative_in_gap(hit, &groups, &cr) {
                r.source.clear();
                r.target.clear();
                r.who.clear();
                push(&mut r.source, &mut r.who, s);
                push(&mut r.target, &mut r.who, d);
            }
        }
        self.carried_clash(hit, &cr, &mut r);
        r.target.retain(|t| !r.source.contains(t));
        // "Putin pledged that Russia would supply grain to Egypt", «пообещал, что Россия поможет Мали»: a
        // promise whose doer alone is named is aimed at the first state (or bloc) the promised clause names
        // that is not the doer — the one the promised act is for ("that Georgia and Ukraine would become
        // members", "would invest in India"); not a bloc one stays or is "in" («в»).
        if type_name == "AGREE" && !l.trig.noun && r.target.is_empty() && !r.source.is_empty() {
            if let Some(c) = self.promise_that(hit) {
                let n = self.scan.toks.len();
                let end = (c..n)
                    .find(|&t| matches!(self.scan.text(t), ";" | "." | "—"))
                    .unwrap_or(n);
                // (The preposition before a group, past an article: "in the Eurasian Union and the
                // CSTO" is where one stays.)
                let stay = |g: &Group| {
                    let a = &self.actors[g.members[0]];
                    let p = if a.t0 > 1 && self.scan.text(a.t0 - 1) == "the" {
                        a.t0 - 2
                    } else {
                        a.t0.saturating_sub(1)
                    };
                    a.t0 > 0
                        && matches!(self.scan.text(p), "in" | "в" | "во")
                        && a.ids.iter().all(|id| is_bloc(self.ctx, id))
                };
                let other = |a: &Actor<'_>| a.ids.iter().any(|id| !r.source.contains(id));
                if let Some(g) = self
                    .groups(&(c + 1..end))
                    .iter()
                    .find(|g| !stay(g) && g.members.iter().any(|&m| other(&self.actors[m])))
                {
                    for &m in &g.members {
                        for id in &self.actors[m].ids {
                            if !r.source.contains(id) && !r.target.contains(id) {
                                r.target.push(id);
                            }
                        }
                    }
                }
            }
        }
        // (Only a noun that opens its clause, the subject: one governed by another word, «закрытые на
        // время совместных российско-белорусских учений», names the exercise in passing.)
        let opens = (self.clauses[l.clause].range.start..hit.t0)
            .all(|t| matches!(self.scan.text(t), "the" | "a" | "an"));
        if symmetric && l.trig.noun && opens && r.source.is_empty() && r.target.len() >= 2 {
            let inside = |id: &&str| {
                self.actors
                    .iter()
                    .any(|a| a.adjective && a.t0 >= hit.t0 && a.t1 <= hit.t1 && a.ids.contains(id))
            };
            if r.target.iter().all(inside) {
                r.source = std::mem::take(&mut r.target);
                r.named_parties = true;
            }
        }
        r
    }

    /// "Moscow accused London of spying. The Foreign Office summoned the Russian ambassador", «Пакистанские
    /// самолёты нанесли удары … МИД талибов вызвал посла Пакистана»: an office or pronoun that continues
    /// the lead of the sentence before (`Actor::carried`) cannot be the state its own act is done to. When
    /// the act at `hit` takes all its doers from such a phrase and names one of them again after itself in
    /// its clause (unnamed before it), the phrase stands for the other side of the latest event of two
    /// parties that state took part in (`Memory::parties`): the state named after the act is the target.
    /// With no such event the doer is unknown and left out.
    fn carried_clash(&self, hit: &Hit, cr: &Range<usize>, r: &mut Roles<'a>) {
        if r.source.is_empty() {
            return;
        }
        let carried = |id: &str| {
            self.actors
                .iter()
                .any(|a| a.carried && a.t1 <= hit.t0 && a.ids.contains(&id))
        };
        let named_before = |id: &str| {
            self.actors
                .iter()
                .any(|a| !a.carried && a.t1 <= hit.t0 && a.ids.contains(&id))
        };
        if !r.source.iter().all(|id| carried(id) && !named_before(id)) {
            return;
        }
        // (The act's object only: the first actor after the verb, a few words on at most, and a name, no
        // pronoun — "It also suspended the hotline its military uses" names no object in "its".)
        let Some(object) = self
            .actors
            .iter()
            .find(|a| !a.carried && a.t0 > hit.t0 && a.t0 < cr.end)
            .filter(|a| a.t0 <= hit.t1 + OBJECT_REACH)
            .filter(|a| {
                !self
                    .scan
                    .cues
                    .iter()
                    .any(|&(c0, c1, c)| c0 == a.t0 && c1 == a.t1 && c.is_coref())
            })
        else {
            return;
        };
        let clashed: Ids<'a> = object
            .ids
            .iter()
            .copied()
            .filter(|id| r.source.contains(id))
            .collect();
        if clashed.is_empty() {
            return;
        }
        r.source = self.other_side(&clashed).unwrap_or_default();
        r.target.retain(|t| !r.source.contains(t));
        push_distinct(&mut r.target, clashed);
    }

    /// The other side of the latest event of two parties or more that one of `ids` took part in
    /// (`Memory::parties`): who a doer carried from the sentence before stands for when it turns out to be
    /// the very state its act is done to (`carried_clash`).
    pub(super) fn other_side(&self, ids: &[&'a str]) -> Option<Ids<'a>> {
        let parties = self.memory.parties.borrow();
        parties.iter().rev().find_map(|(s, t)| {
            let holds = |v: &[String]| v.iter().any(|x| ids.contains(&x.as_str()));
            if !holds(s) && !holds(t) {
                return None;
            }
            self.remembered_except(s.iter().chain(t), ids)
        })
    }

    /// Whether every target of the threat at `hit` is the body its maker says it would turn to ("пригрозив
    /// обратиться в Совет Безопасности ООН", "threatened to take the dispute to the UN", "هددت باللجوء إلى
    /// مجلس الأمن"): named only after a word of `forum_verb` within the few words after the trigger. That
    /// body is the forum of the act threatened, not the one threatened.
    pub(super) fn targets_are_forum(&self, hit: &Hit, end: usize, target: &[&str]) -> bool {
        let Some(f) = (hit.t1..end.min(hit.t1 + 5)).find(|&t| {
            self.tables
                .words
                .has(WordList::ForumVerb, unglued(self.scan.text(t)))
        }) else {
            return false;
        };
        !target.is_empty()
            && target.iter().all(|id| {
                self.actors
                    .iter()
                    .filter(|a| a.ids.iter().any(|x| x == id))
                    .all(|a| a.t0 > f && a.t0 <= f + 6)
            })
    }

    /// The maker of the proposal refused at REJECT `hit`, named right after what is refused (a relative
    /// clause or a participle with its agent: "the cuts that Saudi Arabia had proposed", «меморандум,
    /// предложенный Москвой»; Arabic "المقترح الذي قدمته مصر" is read by the relative clause already): the
    /// actor index. A refusal of a proposal is aimed at the one who made it (eval/README, session 19 (b)).
    pub(super) fn proposal_maker(&self, hit: &Hit) -> Option<usize> {
        match self.ctx.lang {
            Lang::En => self.en_proposal_maker(hit),
            Lang::Ru => self.ru_proposal_maker(hit),
            Lang::Ar => None,
        }
    }

    /// The first full stop or hard punctuation at or after token `from`, within `reach` tokens (else where the
    /// reach or the sentence ends): how far a phrase after a trigger may run.
    pub(super) fn stop_within(&self, from: usize, reach: usize) -> usize {
        let end = self.scan.toks.len().min(from + reach);
        (from..end)
            .find(|&t| {
                let w = self.scan.text(t);
                w == "." || is_hard_punct(w)
            })
            .unwrap_or(end)
    }

    /// Whether the English actor at token `t` stands right after "by" (and "the") that follows a
    /// `draft_noun` ("a draft by France", "the resolution by the United States"): the draft's author.
    fn after_draft_by(&self, t: usize) -> bool {
        let at = t - usize::from(t > 0 && self.scan.text(t - 1) == "the");
        at >= 2
            && self.scan.text(at - 1) == "by"
            && self
                .tables
                .words
                .has_stem_of(WordList::DraftNoun, self.scan.text(at - 2))
    }

    /// The author of the draft refused, told where the draft is named again in a phrase after a comma,
    /// a semicolon or a dash that follows draft noun `d`: "vetoed a Security Council draft …, a text
    /// drawn up by Bangladesh, Bolivia and Gabon", «наложил вето на проект резолюции …; проект подготовили
    /// Бангладеш, Боливия …», «…، وهو مشروع أعدته بنغلاديش وبوليفيا». The second draft noun stands
    /// within three words after the punctuation, before the sentence ends; its author is read as beside
    /// the first: English "by" after a participle of proposing (`en_proposal_verb`, "drawn up") or right
    /// after the noun, a Russian past verb of proposing with its subject after it or a participle with
    /// its agent in the instrumental, an Arabic relative verb of proposing (`ar_proposal_verb`) with its
    /// subject. The actor index.
    fn retold_draft_author(&self, d: usize) -> Option<usize> {
        let n = self.scan.toks.len();
        let words = &self.tables.words;
        let w = |t: usize| if t < n { self.scan.text(t) } else { "" };
        let end = (d + 1..n).find(|&t| w(t) == ".").unwrap_or(n);
        let set_off = |d2: usize| {
            (d2.saturating_sub(3)..d2).any(|t| {
                !self.scan.toks[t].word && (is_comma(w(t)) || matches!(w(t), ";" | "—" | "–"))
            })
        };
        let mut from = d + 1;
        let d2 = loop {
            let x = self.draft_noun_in(from..end)?;
            if set_off(x) {
                break x;
            }
            from = x + 1;
        };
        let actor_at = |at: usize| self.actors.iter().position(|a| a.t0 == at);
        match self.ctx.lang {
            Lang::En => {
                let mut t = d2 + 1;
                if words.has(WordList::EnProposalVerb, w(t)) || matches!(w(t), "drawn" | "put") {
                    t += 1 + usize::from(matches!(w(t + 1), "up" | "forward"));
                }
                if w(t) != "by" {
                    return None;
                }
                actor_at(t + 1 + usize::from(w(t + 1) == "the"))
            }
            Lang::Ru => {
                let v = d2 + 1;
                let past = [
                    "подготовил",
                    "внесл",
                    "внес",
                    "предложил",
                    "разработал",
                    "составил",
                ]
                .iter()
                .any(|p| w(v).starts_with(p));
                let participle = self
                    .tables
                    .words
                    .has_stem_of(WordList::RuProposalParticipleStem, w(v));
                self.actors.iter().position(|a| {
                    a.t0 == v + 1
                        && ((past && !a.adjective)
                            || (participle && ru_instrumental(w(a.t1 - 1), a.adjective)))
                })
            }
            Lang::Ar => {
                let v = (d2 + 1..(d2 + 4).min(end))
                    .find(|&t| words.has(WordList::ArProposalVerb, unglued(w(t))))?;
                self.actors
                    .iter()
                    .position(|a| a.t0 > v && a.t0 <= v + 2 && !a.adjective)
            }
        }
    }

    /// The first `draft_noun` in `r` (Arabic also after the article: المشروع).
    fn draft_noun_in(&self, r: Range<usize>) -> Option<usize> {
        let words = &self.tables.words;
        r.into_iter().find(|&t| {
            let w = self.scan.text(t);
            self.scan.toks[t].word
                && (words.has_stem_of(WordList::DraftNoun, w)
                    || (self.ctx.lang == Lang::Ar
                        && w.strip_prefix("ال")
                            .is_some_and(|x| words.has_stem_of(WordList::DraftNoun, x))))
        })
    }

    /// The author of the draft refused at REJECT `hit`, named beside a `draft_noun` within the few words
    /// after the trigger: as an adjective or a possessive right before it ("vetoed a British draft
    /// resolution", "Japan's draft", «наложила вето на британский проект резолюции»), before a hyphened verb
    /// of proposing ("a US-drafted Security Council resolution"), as an Arabic adjective right after it
    /// ("ضد مشروع قرار بريطاني") or after an Arabic relative verb of proposing ("ضد مشروع قرار قدمته
    /// بريطانيا وسيراليون"), or as `proposal_maker` finds it ("a resolution drafted by France", «проект,
    /// внесённый Францией»). A veto or a vote against a draft is aimed at its author; the council it is
    /// put to is where the vote takes place. Empty when no draft noun or no author is there.
    pub(super) fn draft_author(&self, hit: &Hit) -> Ids<'a> {
        let n = self.scan.toks.len();
        let end = self.stop_within(hit.t1, 10);
        let words = &self.tables.words;
        let mut ids: Ids<'a> = Ids::new();
        let Some(d) = self.draft_noun_in(hit.t0..end) else {
            return ids;
        };
        // (the author with the states joined to it: "submitted by Japan and Germany", "قدمته بريطانيا
        // وسيراليون")
        let groups = self.groups(&(hit.t1..end));
        let mut take = |a: &Actor<'a>| {
            let group = groups
                .iter()
                .find(|g| g.members.iter().any(|&m| self.actors[m].t0 == a.t0));
            let all = group.map_or(&[][..], |g| &g.members[..]);
            push_distinct(
                &mut ids,
                a.ids
                    .iter()
                    .chain(all.iter().flat_map(|&m| self.actors[m].ids.iter()))
                    .copied(),
            );
        };
        let text = |t: usize| if t < n { self.scan.text(t) } else { "" };
        match self.ctx.lang {
            Lang::Ar => {
                // ("مشروع قرار بريطاني", "المشروع الفرنسي": the adjective after the draft noun, or
                // after the noun it governs.)
                // ("ضد طلب الكويت": the state the draft noun governs, right after it.)
                let beside = |a: &Actor<'a>| {
                    if a.adjective {
                        a.t0 == d + 1 || a.t0 == d + 2
                    } else {
                        a.t0 == d + 1 && a.clitic.is_none()
                    }
                };
                if let Some(a) = self.actors.iter().find(|a| a.t0 < end && beside(a)) {
                    take(a);
                } else if let Some(v) = (d + 1..end.min(d + 8))
                    .find(|&t| words.has(WordList::ArProposalVerb, unglued(self.scan.text(t))))
                {
                    let stop = (v + 1..end)
                        .find(|&t| is_comma(self.scan.text(t)))
                        .unwrap_or(end);
                    if let Some(a) = self
                        .actors
                        .iter()
                        .find(|a| a.t0 > v && a.t0 <= v + 2 && a.t0 < stop && !a.adjective)
                    {
                        take(a);
                    }
                }
            }
            Lang::En | Lang::Ru => {
                if let Some(a) = self.actors.iter().find(|a| {
                    a.t1 <= d
                        && a.t0 >= hit.t1
                        && ((a.adjective && a.t1 == d)
                            || (text(a.t1) == "'" && text(a.t1 + 1) == "s" && a.t1 + 2 == d)
                            || words.has(
                                WordList::EnProposalVerb,
                                text(a.t1 + usize::from(text(a.t1) == "-")),
                            ))
                }) {
                    take(a);
                } else if let Some(a) = self.proposal_maker(hit) {
                    // ("a resolution drafted by France", «текст, внесённый Алжиром и Мальтой»: the
                    // list after the author is read to its end.)
                    self.author_list(a, &mut ids);
                } else if let Some(a) = self.proposal_author(d) {
                    // ("a draft by France and the UAE", «проект от Японии»)
                    self.author_list(a, &mut ids);
                } else {
                    // ("a US-drafted resolution": the state before a hyphened verb of proposing is no
                    // actor of the sentence, `actors`, but it is the draft's author.)
                    for m in self.ctx.mentions {
                        let (t0, t1) = mention_tokens(self.ctx, self.scan, m);
                        if t0 >= hit.t1
                            && t1 < d
                            && text(t1) == "-"
                            && words.has(WordList::EnProposalVerb, text(t1 + 1))
                        {
                            if let Some((id, _)) = actor_ids(m) {
                                push_distinct(&mut ids, [id]);
                            }
                        }
                    }
                }
            }
        }
        // (The draft named again after a comma with its author, `retold_draft_author`.)
        if ids.is_empty() {
            if let Some(a) = self.retold_draft_author(d) {
                self.author_list(a, &mut ids);
            }
        }
        ids
    }

    /// The states of author `a` of a draft and of the actors listed with it, read to the end of the list
    /// (within two dozen words: "drawn up by Bangladesh, Bolivia, Gabon, Jamaica, Kuwait, Nigeria and
    /// Zambia"), into `ids`.
    fn author_list(&self, a: usize, ids: &mut Ids<'a>) {
        let a = &self.actors[a];
        let far = self.groups(&(a.t0..self.stop_within(a.t0, 24)));
        if let Some(g) = far.iter().find(|g| g.t0 == a.t0) {
            for &m in &g.members {
                push_distinct(ids, self.actors[m].ids.iter().copied());
            }
        }
        push_distinct(ids, a.ids.iter().copied());
    }

    /// The `proposal_noun` refused at REJECT verb `hit`: inside a gapped trigger ("brushed the proposal
    /// aside") or its object within the few words after it ("rejected the plan", "refused to accept the
    /// offer", «отклонила предложение», "رفضت المبادرة"; Arabic also past its subject and a date: "ورفضت
    /// موسكو في اليوم ذاته عرضاً"). Its token.
    fn refused_proposal_noun(&self, hit: &Hit) -> Option<usize> {
        let words = &self.tables.words;
        let ar = self.ctx.lang == Lang::Ar;
        let end = self.stop_within(hit.t1, if ar { 6 } else { 4 });
        // (Not past a comma: "تمسك برفضه أسابيع، مطالباً موسكو" names what is asked in a clause of its
        // own.)
        let end = (hit.t1..end)
            .find(|&t| is_comma(self.scan.text(t)))
            .unwrap_or(end);
        (hit.t0 + 1..end).find(|&t| {
            let w = self.scan.text(t);
            self.scan.toks[t].word
                && (words.has_stem_of(WordList::ProposalNoun, w)
                    || (ar
                        && w.strip_prefix("ال")
                            .is_some_and(|x| words.has_stem_of(WordList::ProposalNoun, x))))
        })
    }

    /// The maker of proposal noun `d` (`refused_proposal_noun`) named beside it, as an actor index: an
    /// adjective or a possessive right before it ("American proposals", "Japan's offer", «американские
    /// предложения»), or the state right after it — a Russian genitive, an Arabic noun it governs or its
    /// adjective («предложение Японии», "طلب الكويت", "المقترحات الأمريكية") — or after a preposition of
    /// origin ("an offer from NATO", "the plan of Egypt", «предложение от Японии», "عرضاً من حلف
    /// الناتو"; "by" for English: "a draft by France").
    fn proposal_author(&self, d: usize) -> Option<usize> {
        let n = self.scan.toks.len();
        let text = |t: usize| if t < n { self.scan.text(t) } else { "" };
        let lang = self.ctx.lang;
        let before = self.actors.iter().position(|a| {
            (a.adjective && a.t1 == d && lang != Lang::Ar)
                || (lang == Lang::En && a.t1 + 2 == d && text(a.t1) == "'" && text(a.t1 + 1) == "s")
        });
        if before.is_some() {
            return before;
        }
        let of = matches!(
            (lang, text(d + 1)),
            (Lang::En, "from" | "by" | "of") | (Lang::Ru, "от") | (Lang::Ar, "من")
        );
        let at = if of {
            d + 2 + usize::from(lang == Lang::En && text(d + 2) == "the")
        } else if lang == Lang::En {
            return None;
        } else {
            d + 1
        };
        self.actors
            .iter()
            .position(|a| a.t0 == at && (of || a.clitic.is_none()))
    }

    /// Whom the refusal at REJECT verb `hit` is aimed at when what it refuses is a proposal, an offer, a
    /// plan or a demand, or answers one: its maker. Named beside the noun (`proposal_author`: "rejected
    /// an offer from NATO", «отвергла предложение Японии», "رفضت مطالب واشنطن", with the states joined to
    /// it); else, with no one refused found (`roles`), the doers of a request told earlier in the same
    /// sentence (`asked`: the sources of its `REQUEST` triggers before `hit`, with their tokens and clauses;
    /// only for a refusal told as done, `asserted`, in another clause: "Georgia and Ukraine had
    /// asked for a Membership Action Plan, which Germany and France refused to grant them", «… просили
    /// …, но Германия и Франция отказались», "دعا الشيخ زايد … صدام حسين إلى التنحي … لكن الوفد العراقي
    /// رفض المبادرة"); else, for a proposal noun named with no maker, the lead of the sentence at most
    /// [`super::memory::NAMED_ACT_REACH`] back that told a proposal or a demand ("Putin proposed … . The
    /// UN turned the proposal down within hours": `Memory::proposer`), in place of any state the roles
    /// found elsewhere in the sentence. None when no maker is told: no guess. The refuser's own states are
    /// never its target.
    pub(super) fn refused_proposer(
        &self,
        i: usize,
        asked: &[(usize, usize, Ids<'a>)],
        roles: &Roles<'a>,
        asserted: bool,
    ) -> Option<Ids<'a>> {
        let hit = &self.live[i].hit;
        let source = &roles.source;
        let noun = self.refused_proposal_noun(hit);
        if let Some(d) = noun {
            if let Some(a) = self.proposal_author(d) {
                let end = self.stop_within(d, 12);
                let groups = self.groups(&(hit.t1.min(self.actors[a].t0)..end));
                let t0 = self.actors[a].t0;
                let group = groups
                    .iter()
                    .find(|g| g.members.iter().any(|&m| self.actors[m].t0 == t0));
                let mut ids: Ids<'a> = Ids::new();
                let one = [a];
                let members = group.map_or(&one[..], |g| &g.members[..]);
                for &m in members {
                    for &id in &self.actors[m].ids {
                        if !source.contains(&id) && !ids.contains(&id) {
                            ids.push(id);
                        }
                    }
                }
                return (!ids.is_empty()).then_some(ids);
            }
            // (Another state between the verb and the noun, not the refuser: "rejected Ukraine's
            // request for the plan" is no proposal of the story's.)
            if self
                .actors
                .iter()
                .any(|a| a.t0 >= hit.t1 && a.t1 <= d && !a.ids.iter().all(|id| source.contains(id)))
            {
                return None;
            }
        }
        // (Only a refusal told as done, in a clause of its own: "Serbia, which had asked Moscow to block
        // the text" asks for the refusal.)
        if roles.target.is_empty() && asserted {
            let clause = self.live[i].clause;
            if let Some((_, _, ids)) = asked.iter().rev().find(|(t, c, ids)| {
                *t < hit.t0 && *c != clause && !ids.iter().any(|id| source.contains(id))
            }) {
                return Some(ids.clone());
            }
        }
        // (A state found elsewhere in the sentence is not the maker of the proposal refused: "Washington
        // brushed the proposal aside, saying time was running out for Baghdad".)
        noun?;
        self.remembered_except(&self.memory.proposer(), source)
    }

    /// The topic of the draft refused at REJECT `hit`: the states named within a few words after a
    /// `draft_topic` preposition that follows a `draft_noun` ("vetoed a draft resolution on Syria",
    /// «наложил вето на проект резолюции Совбеза по Мьянме», "ضد مشروع قرار بشأن سوريا"). What a draft is about is not whom its refusal is aimed at. None when no draft noun or no topic
    /// phrase with a state is there.
    pub(super) fn draft_topic(&self, hit: &Hit) -> Option<Ids<'a>> {
        let end = self.stop_within(hit.t1, 12);
        let words = &self.tables.words;
        let d = self.draft_noun_in(hit.t0..end)?;
        let p = (d + 1..end).find(|&t| words.has(WordList::DraftTopic, self.scan.text(t)))?;
        // (The first state within three words of the preposition, "on the Syrian crisis", and the states
        // joined to it: "on Syria and Lebanon", "بشأن سوريا ولبنان".)
        let mut ids: Ids<'a> = Ids::new();
        let mut last: Option<usize> = None;
        for a in self.actors.iter().filter(|a| a.t0 > p && a.t0 < end) {
            let next = match last {
                None => a.t0 <= p + 3,
                Some(t1) => {
                    (a.t0 == t1 && a.and_clitic)
                        || (a.t0 == t1 + 1
                            && (is_comma(self.scan.text(t1))
                                || self.scan.has_cue(t1, t1 + 1, |c| c == Cue::And)))
                }
            };
            if !next {
                break;
            }
            last = Some(a.t1);
            push_distinct(&mut ids, a.ids.iter().copied());
        }
        (!ids.is_empty()).then_some(ids)
    }

    /// "filed a complaint with the Security Council against Eritrea", "submitted a complaint to the
    /// Security Council against Azerbaijan", "قدمت الجزائر شكوى إلى مجلس الأمن ضد المغرب": a body a
    /// complaint is addressed to (a "to", "with" or "in" group after the trigger) beside a state it is
    /// against (an "against" group after the trigger, no bloc and no doer) is where the complaint is
    /// lodged, not whom it accuses: the state is the target, the body leaves it.
    pub(super) fn venue_beside_against(&self, hit: &Hit, cr: &Range<usize>, roles: &mut Roles<'a>) {
        let groups = self.groups(cr);
        let ids = |g: &Group| {
            g.members
                .iter()
                .flat_map(|&m| self.actors[m].ids.iter().copied())
                .collect::<Ids<'a>>()
        };
        let against: Ids<'a> = groups
            .iter()
            .filter(|g| g.t0 >= hit.t1 && g.prep == Some(Cue::Against))
            .flat_map(&ids)
            .filter(|id| !is_bloc(self.ctx, id) && !roles.source.contains(id))
            .collect();
        if against.is_empty() {
            return;
        }
        let venue: Ids<'a> = groups
            .iter()
            .filter(|g| {
                g.t0 >= hit.t1 && matches!(g.prep, Some(Cue::To) | Some(Cue::With) | Some(Cue::In))
            })
            .flat_map(&ids)
            .filter(|id| is_bloc(self.ctx, id))
            .collect();
        if !roles.target.iter().any(|id| venue.contains(id))
            || !roles
                .target
                .iter()
                .all(|id| venue.contains(id) || against.contains(id))
        {
            return;
        }
        roles.target.retain(|id| !venue.contains(id));
        for id in against {
            if !roles.target.contains(&id) {
                roles.target.push(id);
            }
        }
    }

    /// Sanctions taken up from another in Russian or Arabic («Япония присоединилась к американским санкциям
    /// против Ирана», "انضمت النرويج إلى عقوبات الاتحاد الأوروبي على روسيا", "لم تنضم الهند إلى العقوبات الغربية
    /// على روسيا") are the adopter's own measure, as in English (`en_adopted_measure`): the state that made them
    /// first — named inside the Russian trigger «присоединил* к … санкци*», or as the adjective or genitive
    /// right after the Arabic sanctions noun that an `ar_adoption_verb` governs — is neither side; in Arabic
    /// the adopter is the subject after the verb, and the target the state named after على/ضد.
    pub(super) fn adopted_measure_roles(&self, hit: &Hit, noun: bool, roles: &mut Roles<'a>) {
        let cr = self.clauses[self.clause_of(hit.t0)].range.clone();
        let mut authors: Ids<'a> = Ids::new();
        let mut adopter: Ids<'a> = Ids::new();
        let ids_of = |a: &Actor<'a>, into: &mut Ids<'a>| {
            for &id in &a.ids {
                if !into.contains(&id) {
                    into.push(id);
                }
            }
        };
        match self.ctx.lang {
            Lang::Ru if !noun => {
                let w = self.scan.text(hit.t0);
                if !(w.starts_with("присоедин") || w.starts_with("примкн")) {
                    return;
                }
                for a in self
                    .actors
                    .iter()
                    .filter(|a| a.t0 > hit.t0 && a.t1 < hit.t1)
                {
                    ids_of(a, &mut authors);
                }
            }
            Lang::Ar if noun => {
                let mut words = 0;
                let mut verb = None;
                for k in (cr.start..hit.t0).rev() {
                    let w = self.scan.text(k);
                    if is_comma(w) || is_hard_punct(w) {
                        break;
                    }
                    if !self.scan.toks[k].word {
                        continue;
                    }
                    if self.tables.words.has(WordList::ArAdoptionVerb, unglued(w)) {
                        verb = Some(k);
                        break;
                    }
                    words += 1;
                    if words > 5 {
                        break;
                    }
                }
                let Some(v) = verb else {
                    return;
                };
                if let Some(a) = self
                    .actors
                    .iter()
                    .find(|a| a.t0 > v && a.t1 <= hit.t0 && !a.adjective)
                {
                    ids_of(a, &mut adopter);
                }
                for a in self
                    .actors
                    .iter()
                    .filter(|a| a.t0 >= hit.t1 && a.t0 <= hit.t1 + 1 && a.clitic.is_none())
                {
                    ids_of(a, &mut authors);
                }
            }
            _ => return,
        }
        if authors.is_empty() {
            return;
        }
        roles
            .target
            .retain(|t| !authors.contains(t) && !adopter.contains(t));
        if !adopter.is_empty() {
            roles.source = adopter;
        } else {
            roles.source.retain(|s| !authors.contains(s));
        }
        if roles.target.is_empty() && self.ctx.lang == Lang::Ar {
            let groups = self.groups(&cr);
            if let Some(g) = groups.iter().find(|g| {
                g.t0 > hit.t1
                    && matches!(g.prep, Some(Cue::On) | Some(Cue::Against))
                    && g.members.iter().all(|&m| {
                        self.actors[m]
                            .ids
                            .iter()
                            .all(|id| !authors.contains(id) && !roles.source.contains(id))
                    })
            }) {
                for &m in &g.members {
                    for &id in &self.actors[m].ids {
                        if !roles.target.contains(&id) {
                            roles.target.push(id);
                        }
                    }
                }
            }
        }
    }

    /// Whether the visit verb at `hit` has a vehicle, goods or troops for its subject ("two Russian bombers
    /// landed in Caracas", "the first flight from Moscow landed in Tbilisi", «китайские корабли прибыли в»,
    /// "British paratroopers landed in Freetown"): a word
    /// of `vehicle_noun` among the few words before it in its clause, with no actor between but one after
    /// "from"/"из", and not a leader's own plane ("Putin's plane", «самолет Путина»). A plane, a
    /// warship or a contingent is no visitor (eval/README: visits are CONSULT with the visitor as source).
    pub(super) fn vehicle_subject(&self, hit: &Hit) -> bool {
        let lists = &self.tables.words;
        let mut words = 0;
        for k in (0..hit.t0).rev() {
            let s = self.scan.text(k);
            if is_comma(s) || is_hard_punct(s) {
                return false;
            }
            if !self.scan.toks[k].word {
                continue;
            }
            if lists.has(WordList::VehicleNoun, s) {
                let possessed =
                    k >= 2 && self.scan.text(k - 1) == "s" && self.scan.text(k - 2) == "'";
                let actor_between = self.actors.iter().any(|a| {
                    a.t0 > k
                        && a.t1 <= hit.t0
                        && !(a.t0 >= 1 && matches!(self.scan.text(a.t0 - 1), "from" | "из"))
                });
                return !possessed && !actor_between;
            }
            words += 1;
            if words == 6 {
                return false;
            }
        }
        false
    }

    /// The aid that visit verb `hit` tells when what arrives is help, not a visitor ("About a hundred Russian
    /// military instructors arrived in Ouagadougou to help train …", "British paratroopers landed in
    /// Freetown to help the government …", "A Russian cargo plane carrying … medical supplies landed in
    /// New York", «Первая партия российской вакцины прибыла в Каракас»): eval/README conventions, troops, engineers or rescuers sent to help a
    /// state and relief goods are `AID`. The carrier is a word of `vehicle_noun` (planes, troops,
    /// instructors, a cargo, «партия») among the twelve words before the verb in its clause, with no hard
    /// punctuation between, no person named before the verb in the clause and not a person's own plane
    /// ("Putin's plane landed"); the help is a `humanitarian` or `aid` topic word in its clause (a help
    /// asked for in a clause of its own, «…, власти которой попросили … о помощи», is that request's, and
    /// its aid noun is coded on its own). "Two Russian bombers landed in Caracas
    /// to take part in exercises" names no help: no aid (and `vehicle_subject` drops the visit). `None`
    /// when it tells no aid, else the aid's mode: humanitarian for relief, military for weapons or military
    /// words, else none. English and Russian, where the carrier stands before the verb.
    pub(super) fn help_arrival(&self, hit: &Hit, ci: usize) -> Option<Option<&'static str>> {
        if self.ctx.lang == Lang::Ar {
            return None;
        }
        let cr = self.clauses.get(ci)?.range.clone();
        let lists = &self.tables.words;
        let carrier = (cr.start..hit.t0.min(cr.end))
            .rev()
            .filter(|&k| self.scan.toks[k].word)
            .take(12)
            .find(|&k| lists.has(WordList::VehicleNoun, self.scan.text(k)))?;
        let possessed = carrier >= 2
            && self.scan.text(carrier - 1) == "s"
            && matches!(self.scan.text(carrier - 2), "'" | "’");
        if possessed
            || (carrier..hit.t0).any(|t| is_hard_punct(self.scan.text(t)))
            || self
                .actors
                .iter()
                .any(|a| a.person && a.t0 >= cr.start && a.t1 <= hit.t0)
        {
            return None;
        }
        if !self.clause_topic(&cr, &["humanitarian", "aid"]) {
            return None;
        }
        Some(if self.clause_topic(&cr, &["humanitarian"]) {
            Some("humanitarian")
        } else if self.clause_topic(&cr, &["arms", "military"]) {
            Some("military")
        } else {
            None
        })
    }

    /// Whether the request verb `hit` is addressed to a legislature or a court (`request_venue`: "asked
    /// Congress for $24 billion in aid for Ukraine", "asked an arbitration tribunal to annul the loan",
    /// «попросил конгресс выделить», «попросила судей обязать Британию», «طلبت الإكوادور من المحكمة»): a
    /// request made at home or to a court asks no state, and the state named in what is asked for is no
    /// addressee (eval/README: a court is no party). The body's noun comes within four words after the
    /// verb (an Arabic one's من) with no actor before it: "asked the US Congress" asks the United States.
    pub(super) fn request_to_venue(&self, hit: &Hit) -> bool {
        let lists = &self.tables.words;
        let n = self.scan.toks.len();
        // (An Arabic verb's subject stands between it and the من of its addressee: the body is looked
        // for after that من, within six words.)
        let mut from = hit.t1;
        if self.ctx.lang == Lang::Ar && hit.t1 > 0 && self.scan.text(hit.t1 - 1) != "من" {
            if let Some(m) = (hit.t1..(hit.t1 + 6).min(n))
                .take_while(|&u| self.scan.toks[u].word)
                .find(|&u| self.scan.text(u) == "من")
            {
                from = m + 1;
            }
        }
        for u in from..(from + 4).min(n) {
            if !self.scan.toks[u].word || self.actors.iter().any(|a| a.t0 <= u && u < a.t1) {
                return false;
            }
            if lists.has(WordList::RequestVenue, unglued(self.scan.text(u))) {
                return true;
            }
        }
        false
    }

    /// Whether the noun trigger `hit` is the topic of what a speaker says, not an act of its own: it opens
    /// the clause a reporting verb introduces — after the complementiser («заявил, что сотрудничество двух
    /// стран не имеет пределов», «وقال خامنئي إن التعاون بين موسكو وطهران قادر على …», "stressed that the
    /// drills were aimed at no one") or, in English, right after a verb that takes a bare clause
    /// (`report_clause_verb`: "Khamenei said cooperation between Moscow and Tehran could isolate …") —
    /// with at most three modifiers before it. The statement judges an act told before or a standing
    /// relation. Not when the clause tells the act happen or come (an `occurrence_verb` after the noun:
    /// "talks will take place", «переговоры пройдут», ستجري المحادثات), nor when a negation or another
    /// trigger stands before it ("that no meeting had been scheduled").
    pub(super) fn reported_topic_noun(&self, hit: &Hit) -> bool {
        // (A noun row: not a verb row read as a noun after "its" — "that its drones had struck a post".)
        let lt = self.tables.lang(self.ctx.lang);
        if !lt.trigger(hit.entry).is_some_and(|k| k.noun) {
            return false;
        }
        let lists = &self.tables.words;
        let toks = &self.scan.toks;
        let cue_ends = |k: usize, pred: &dyn Fn(Cue) -> bool| {
            self.scan
                .cues
                .iter()
                .filter(|&&(_, b, c)| b == k && pred(c))
                .map(|&(a, _, _)| a)
                .min()
        };
        let in_trigger = |k: usize| self.scan.triggers.iter().any(|h| h.t0 <= k && k < h.t1);
        // (1) Back over the noun's modifiers: a determiner or a topic word ("the", "military"); in English
        // an adjective ("bilateral", "Chinese") or a name with its possessive ("Putin's"), in Russian an
        // adjective («военное», «совместные»). An Arabic noun opens its clause (its modifiers follow it).
        // Never a verb ("said Moscow would resume talks"): a word of another shape ends the walk.
        // (An adjective by its ending, `adjective_ending`: "Iranian", "economic", «военное», «двустороннего»;
        // an English one longer than three letters.)
        let adjective = |p: usize| {
            let w = self.scan.text(p);
            match self.ctx.lang {
                Lang::En => w.len() > 3 && lists.has_ending_of(WordList::AdjectiveEnding, w),
                Lang::Ru => lists.has_ending_of(WordList::AdjectiveEnding, w),
                _ => false,
            }
        };
        let mut k = hit.t0;
        let mut modifiers = 0;
        while k > 0 && modifiers <= 4 {
            let p = k - 1;
            let possessive = self.ctx.lang == Lang::En
                && ((matches!(self.scan.text(p), "'" | "’") && self.scan.text(k) == "s")
                    || (self.scan.text(p) == "s"
                        && p > 0
                        && matches!(self.scan.text(p - 1), "'" | "’")));
            let owner = self.ctx.lang == Lang::En
                && matches!(self.scan.text(k), "'" | "’")
                && self.actors.iter().any(|a| a.t0 <= p && p < a.t1);
            let light_cue = self
                .scan
                .cues
                .iter()
                .any(|&(a, b, c)| a <= p && p < b && matches!(c, Cue::Det | Cue::Topic(_)));
            let other_cue = self
                .scan
                .cues
                .iter()
                .any(|&(a, b, c)| a <= p && p < b && !matches!(c, Cue::Det | Cue::Topic(_)));
            let plain = toks[p].word && !in_trigger(p) && !other_cue;
            if !(possessive || owner || (plain && (light_cue || adjective(p)))) {
                break;
            }
            k = p;
            modifiers += 1;
        }
        if modifiers > 4 {
            return false;
        }
        // (2) The complementiser, then the reporting verb a few words (its speaker, its day) before it.
        let report_before = |m: usize| {
            let mut m = m;
            if m > 0 && !toks[m - 1].word && is_comma(self.scan.text(m - 1)) {
                m -= 1;
            }
            (m.saturating_sub(6)..=m).any(|e| {
                cue_ends(e, &|c| c == Cue::Report).is_some() && (e..m).all(|u| toks[u].word)
            })
        };
        let reported = match cue_ends(k, &|c| c == Cue::Comp) {
            Some(m) => report_before(m),
            None => {
                self.ctx.lang == Lang::En
                    && k > 0
                    && lists.has(WordList::ReportClauseVerb, self.scan.text(k - 1))
            }
        };
        if !reported {
            return false;
        }
        // (3) Not a clause that tells the act take place.
        let end = self.clauses[self.clause_of(hit.t0)].range.end;
        !(hit.t1..end).any(|u| lists.has_ar_glued(WordList::OccurrenceVerb, self.scan.text(u)))
    }

    /// Whether the measure noun at `t` ("sanctions", санкций, العقوبات) is named as the background of
    /// another act — after a word of `measure_background` (after, despite, fearing, evading, из-за,
    /// несмотря на, опасаясь, رغم, خشية, في ظل) with at most a few modifiers between ("after Western
    /// sanctions hit the firm", "fearing secondary US sanctions"): a nominal reference to a standing
    /// measure, not a sanction the sentence asserts (eval/README conventions).
    pub(super) fn measure_in_background(&self, t: usize) -> bool {
        let lists = &self.tables.words;
        let mut between = 0;
        for k in (0..t).rev() {
            let s = self.scan.text(k);
            if !self.scan.toks[k].word && !matches!(s, "'" | "’" | "-") {
                return false;
            }
            // ("из-за санкций": a hyphenated word is two tokens and the hyphen.)
            let hyphened = k >= 2
                && self.scan.text(k - 1) == "-"
                && lists.has_hyphened(WordList::MeasureBackground, self.scan.text(k - 2), s);
            if lists.has(WordList::MeasureBackground, unglued(s)) || hyphened {
                return true;
            }
            // (The modifiers of the noun: a demonym, a name and its "'s", an adjective; never a verb
            // trigger or an English past form, which would make the noun that verb's object.)
            if self.scan.toks[k].word {
                between += 1;
            }
            if between > 3
                || self.scan.triggers.iter().any(|h| h.t0 <= k && k < h.t1)
                || (self.ctx.lang == Lang::En && s.ends_with("ed"))
            {
                return false;
            }
        }
        false
    }

    /// "struck the port in retaliation for a drone attack on Tel Aviv", «в ответ на удар по …», ردا على
    /// تهديدات غربية, "on the eve of US-Ukrainian talks": the few words before `t` close a phrase naming the
    /// occasion of the clause's act (no punctuation between), so a nominal event at `t` is its background.
    pub(super) fn occasion_before(&self, t: usize) -> bool {
        let phrases: &[&[&str]] = match self.ctx.lang {
            Lang::En => &[
                &["retaliation", "for"],
                &["response", "to"],
                &["reaction", "to"],
                &["angered", "by"],
                &["amid"],
                &["eve", "of"],
            ],
            Lang::Ru => &[
                &["ответ", "на"],
                &["отместку", "за"],
                &["на", "фоне"],
                &["накануне"],
                // («с момента вторжения», منذ احتجاجات 2020: what a state of affairs dates from. Not English
                // "since", whose clause may tell a past act: "since French troops left the country".)
                &["с", "момента"],
                &["со", "времен"],
            ],
            _ => &[
                &["ردا", "علي"],
                // ("سحبت الجزائر سفيرها احتجاجاً على اعتراف فرنسا بسيادة المغرب": what a protest is about.)
                &["احتجاجا", "علي"],
                &["عشيه"],
                &["علي", "خلفيه"],
                &["اعقاب"],
                &["منذ"],
            ],
        };
        // The word tokens before `t`, nearest first, back to the first punctuation mark (at most six).
        let mut back: SmallVec<[&str; 6]> = SmallVec::new();
        for k in (0..t).rev() {
            if !self.scan.toks[k].word {
                let s = self.scan.text(k);
                if is_hard_punct(s) || is_comma(s) {
                    break;
                }
                continue;
            }
            back.push(unglued(self.scan.text(k)));
            if back.len() == 6 {
                break;
            }
        }
        // A phrase may end up to four words before `t` ("in retaliation for a drone attack").
        (0..back.len().min(5)).any(|end| {
            phrases.iter().any(|p| {
                p.len() + end <= back.len()
                    && p.iter().rev().enumerate().all(|(j, w)| back[end + j] == *w)
            })
        })
    }

    /// "expelled two consuls in response to Kyiv's expulsion of a Hungarian diplomat", «в ответ на высылку
    /// из Киева венгерского дипломата», «ردا على طرد كييف دبلوماسيين»: an expulsion named in the phrase of
    /// the act it provoked is the earlier measure of the other side, an event of its own (eval/README: the
    /// answered expulsion is coded), not the background a response phrase otherwise names, nor the same
    /// act named twice. Its doer and the state it hit are read from its own words like any noun's.
    pub(super) fn answered_expulsion(&self, hit: &Hit, trig: &Trigger) -> bool {
        TYPES[trig.kind as usize] == "SANCTION"
            && trig.mode.as_deref() == Some("expel")
            && (trig.noun || self.ctx.lang == Lang::Ar)
            && self.occasion_before(hit.t0)
            // (Its own words name a state: "Kyiv's expulsion", "the expulsion of … by Minsk", «высылку
            // из Киева», «طرد كييف»; "in response to the expulsion" alone names no act of another.)
            && self.actors.iter().any(|a| {
                (a.t0 >= hit.t1 && a.t0 < hit.t1 + 8) || (a.t1 <= hit.t0 && hit.t0 <= a.t1 + 2)
            })
    }

    /// `answered_expulsion` of each live trigger, in order.
    pub(super) fn answered_expulsions(&self) -> Vec<bool> {
        self.live
            .iter()
            .map(|l| self.answered_expulsion(&l.hit, l.trig))
            .collect()
    }

    /// The other side of an expulsion told beside the one it answers, in the same clause: for the
    /// answering verb the doer of the answered expulsion (`answered_expulsion`), for the answered
    /// expulsion the doer of the verb — «Двух сотрудников посольства Германии Москва объявила персонами
    /// нон грата в ответ на высылку из Берлина двух российских дипломатов»: each expulsion is aimed at
    /// the doer of the other. `None` when the other act names no doer, or only this act's own.
    /// (`answered`: `answered_expulsion` of each live trigger, found once per sentence by
    /// `answered_expulsions`, so that asking for every trigger stays linear in the triggers.)
    pub(super) fn reciprocal_expeller(
        &self,
        i: usize,
        own: &[&'a str],
        answered: &[bool],
    ) -> Option<Ids<'a>> {
        let me = &self.live[i];
        if TYPES[me.trig.kind as usize] != "SANCTION" {
            return None;
        }
        let j = (0..self.live.len()).find(|&j| {
            let o = &self.live[j];
            j != i
                && o.clause == me.clause
                && TYPES[o.trig.kind as usize] == "SANCTION"
                && if answered[i] {
                    !o.trig.noun && !answered[j]
                } else {
                    !me.trig.noun && answered[j]
                }
        })?;
        let other = self.roles(j, "SANCTION", self.live[j].trig.mode.as_deref());
        let ids: Ids<'a> = ids_except(&other.source, own);
        (!ids.is_empty() && other.source.len() == ids.len()).then_some(ids)
    }

    /// The words right after a withdrawal name its place only by a definite common noun ("left the
    /// country", "pulled back from the area", «покинули базу», «из страны», غادرت البلاد).
    pub(super) fn anaphoric_place(&self, hit: &Hit) -> bool {
        let end = (hit.t1 + 4).min(self.scan.toks.len());
        let words: SmallVec<[&str; 4]> = (hit.t1..end)
            .filter(|&t| self.scan.toks[t].word)
            .map(|t| self.scan.text(t))
            .collect();
        let place = |w: &str| self.tables.words.has(WordList::AnaphoricPlaceNoun, w);
        match self.ctx.lang {
            Lang::En => words.windows(2).any(|w| w[0] == "the" && place(w[1])),
            Lang::Ru => words.iter().take(2).any(|w| place(w)),
            _ => words
                .iter()
                .take(2)
                .any(|w| place(w.trim_start_matches(['و', 'ف', 'ب']))),
        }
    }

    /// Whether trigger `hit` acts on a reciprocal pronoun ("accused each other", "backed each other's
    /// bids", «обвинили друг друга», «поддержали заявки друг друга», "اتهمت بيرو والإكوادور بعضهما"): one
    /// of the three words after it (an actor's words not counted: an Arabic subject follows its verb),
    /// before any comma or end of sentence. Its doers are each other's other side. Not an act that is
    /// only the content of another — an infinitive or a gerund after "stop" ("agreed to stop backing
    /// each other's rebels", «обязались защищать друг друга»), a relative clause ("a treaty in which
    /// they recognise each other"): that act is the agreement's, not one of the day.
    pub(super) fn reciprocal_object(&self, hit: &Hit, start: usize, end: usize) -> bool {
        let end = end.min(self.scan.toks.len());
        let before = if hit.t0 > 0 {
            self.scan.text(hit.t0 - 1)
        } else {
            ""
        };
        let content = match self.ctx.lang {
            Lang::Ru => {
                ru_infinitive(self.scan.text(hit.t0))
                    || (start..hit.t0).any(|t| self.scan.text(t).starts_with("котор"))
            }
            // (English and Arabic: `reciprocal_content_head` right before, "to", "stop", أن;
            // `reciprocal_content_relative` in the clause before, "which", التي.)
            _ => {
                let words = &self.tables.words;
                words.has(WordList::ReciprocalContentHead, before)
                    || (start..hit.t0)
                        .any(|t| words.has(WordList::ReciprocalContentRelative, self.scan.text(t)))
            }
        };
        if content {
            return false;
        }
        let in_actor = |t: usize| self.actors.iter().any(|a| a.t0 <= t && t < a.t1);
        let mut words = 0;
        for t in hit.t1..end {
            let w = self.scan.text(t);
            if is_comma(w) || is_hard_punct(w) || words == 3 {
                return false;
            }
            if in_actor(t) {
                continue;
            }
            let next = |k: usize| {
                if t + k < end {
                    self.scan.text(t + k)
                } else {
                    ""
                }
            };
            let reciprocal = match self.ctx.lang {
                Lang::En => {
                    (w == "each" && next(1).starts_with("other"))
                        || (w == "one" && next(1) == "another")
                }
                // (друг друга, друг другу, друг с другом, друг против друга.)
                Lang::Ru => {
                    w == "друг"
                        && (next(1).starts_with("друг")
                            || (next(1).len() <= 12 && next(2).starts_with("друг")))
                }
                // (بعضهما, لبعضهما; بعضها البعض, بعضهم البعض: "some of them" alone is no pronoun of
                // two sides.)
                _ => {
                    let w = ["", "و", "ل", "ول", "ب"]
                        .iter()
                        .find_map(|p| w.strip_prefix(p).filter(|r| r.starts_with("بعضه")))
                        .unwrap_or("");
                    w == "بعضهما" || (matches!(w, "بعضها" | "بعضهم") && next(1).ends_with("البعض"))
                }
            };
            if reciprocal {
                return true;
            }
            words += usize::from(self.scan.toks[t].word);
        }
        false
    }

    /// The state a place named as "the country" or "the base" lies in: the last state before `hit` in
    /// the sentence that is not a source, else the latest such state of the sentences before.
    pub(super) fn place_state(&self, hit: &Hit, source: &[&'a str]) -> Option<&'a str> {
        let here = self
            .actors
            .iter()
            .filter(|a| a.t1 <= hit.t0 && a.who.is_none())
            .flat_map(|a| a.ids.iter().copied())
            .rfind(|id| !source.contains(id) && !is_bloc(self.ctx, id));
        here.or_else(|| {
            let r = self
                .memory
                .recent
                .iter()
                .rev()
                .find(|r| !r.bloc && !source.contains(&r.id.as_str()))?;
            let k = self.ctx.lexicon.lookup(&r.id)?;
            Some(self.ctx.lexicon.entity(k).id.as_str())
        })
    }

    /// Whether no verb trigger (a noun aside) ends before token `t`: `t` stands in the phrase that opens
    /// the sentence.
    fn no_verb_before(&self, t: usize) -> bool {
        let lt = self.tables.lang(self.ctx.lang);
        !self
            .scan
            .triggers
            .iter()
            .any(|h| h.t1 <= t && lt.trigger(h.entry).is_some_and(|k| !k.noun))
    }

    pub(super) fn topic_at(&self, t: usize, names: &[&str]) -> bool {
        self.scan.cues.iter().any(|&(c0, _, c)| {
            c0 == t
                && matches!(c, Cue::Topic(k) if self.tables.lang(self.ctx.lang).topics.get(k as usize).is_some_and(|n| names.contains(&n.as_str())))
        })
    }

    /// The other side of withdrawal `hit` when what it leaves, named right after it, is an agreement
    /// (eval/README: ending or leaving an agreement with a state is `SANCTION` aimed at that state): the
    /// state of a "with" phrase after the agreement ("the nuclear deal with Iran", «соглашения с Ираном»,
    /// "الاتفاق النووي مع إيران"), else the state that an accusation after it in the sentence blames, with
    /// no actor between that could be a doer of its own ("withdrew from the INF Treaty, blaming Russia",
    /// «вышли из Договора …, обвинив Россию», "محمّلاً بلغاريا المسؤولية"). `None` when what is left is
    /// no agreement ("withdrew from Kherson, blaming Kyiv" stays a military withdrawal) or names no one.
    /// English and Russian know an agreement by the stems of `pact_noun_stem` after the "from"/«из» that
    /// ends the trigger or follows it; Arabic by `Coder::ar_leaves_pact`.
    pub(super) fn pact_counterpart(
        &self,
        hit: &Hit,
        end: usize,
        source: &[&'a str],
    ) -> Option<SmallVec<[&'a str; 2]>> {
        let n = self.scan.toks.len().min(end);
        let stop = |t: usize| {
            !self.scan.toks[t].word
                && (is_comma(self.scan.text(t)) || is_hard_punct(self.scan.text(t)))
        };
        // The token after which the agreement's phrase begins, and the agreement word in it.
        let pact = if self.ctx.lang == Lang::Ar {
            if !self.ar_leaves_pact(hit, end) {
                return None;
            }
            (hit.t1..n.min(hit.t1 + 8))
                .find(|&t| self.scan.text(t) == "من")
                .map(|t| t + 1)
        } else {
            let from = self
                .scan
                .cues
                .iter()
                .find(|&&(c0, _, c)| c == Cue::From && c0 > hit.t0 && c0 <= hit.t1)
                .map(|&(_, c1, _)| c1)?;
            let words = &self.tables.words;
            (from..n.min(from + 9))
                .take_while(|&t| !stop(t))
                .find(|&t| words.has_stem_of(WordList::PactNounStem, self.scan.text(t)))
        }?;
        let state_ids = |a: &Actor<'a>| -> SmallVec<[&'a str; 2]> {
            a.ids
                .iter()
                .copied()
                .filter(|id| !source.contains(id))
                .collect()
        };
        // ("the nuclear deal with Iran": a partner of the agreement named right after it.)
        let with = (pact + 1..n.min(pact + 5))
            .take_while(|&t| !stop(t))
            .find(|&t| self.scan.has_cue(t, t + 1, |c| c == Cue::With));
        if let Some(w) = with {
            if let Some(a) = self.actors.iter().find(|a| a.t0 > w && a.t0 <= w + 2) {
                let ids = state_ids(a);
                if !ids.is_empty() {
                    return Some(ids);
                }
            }
        }
        let blame = self
            .scan
            .triggers
            .iter()
            .find(|h| h.t0 >= hit.t1 && self.hit_type(h) == Some("ACCUSE"))?;
        // (A state named in the agreement's own phrase, "the Iran nuclear deal", is no doer; one after
        // it, "…, and Moscow blamed …", is.)
        let phrase_end = (pact..blame.t0).find(|&t| stop(t)).unwrap_or(blame.t0);
        if self
            .actors
            .iter()
            .any(|a| a.t0 >= phrase_end && a.t1 <= blame.t0)
        {
            return None;
        }
        let a = self
            .actors
            .iter()
            .find(|a| a.t0 >= blame.t1 && a.t0 <= blame.t1 + 1)?;
        let ids = state_ids(a);
        (!ids.is_empty()).then_some(ids)
    }

    /// Whether what withdrawal `hit` leaves, named right after it, is an agreement (`pact_counterpart`'s
    /// test): Arabic by `Coder::ar_leaves_pact`, English and Russian by a `pact_noun_stem` word a few words
    /// after the "from"/«из» that ends the trigger or follows it.
    pub(super) fn pact_after(&self, hit: &Hit, end: usize) -> bool {
        if self.ctx.lang == Lang::Ar {
            return self.ar_leaves_pact(hit, end);
        }
        let n = self.scan.toks.len().min(end);
        let Some(from) = self
            .scan
            .cues
            .iter()
            .find(|&&(c0, _, c)| c == Cue::From && c0 > hit.t0 && c0 <= hit.t1 + 1)
            .map(|&(_, c1, _)| c1)
        else {
            return false;
        };
        let words = &self.tables.words;
        (from..n.min(from + 6))
            .take_while(|&t| self.scan.toks[t].word)
            .any(|t| words.has_stem_of(WordList::PactNounStem, self.scan.text(t)))
    }

    /// The word at token `t`, without the Arabic conjunctions glued before it ("وأبلغت" → "أبلغت").
    pub(super) fn bare_word(&self, t: usize) -> &str {
        let w = self.scan.text(t);
        if self.ctx.lang == Lang::Ar {
            unglued(w)
        } else {
            w
        }
    }

    /// The sides of a notice that act `hit` (leaving or ending a pact) was told in: the state notified,
    /// the first actor other than the doer named after a verb of notice (`notice_verb`: "notified",
    /// «уведомили», "أبلغت", past an Arabic conjunction; after its subject in Arabic, the actor right
    /// after the verb) or right before a noun of notice (`notice_noun`: "gave Russia formal notice"),
    /// with that word at most ten words before the act; and the doer, `source` but the state notified when
    /// it names another, else the notice's subject (the actor ending right before the verb or the notified state, within eight
    /// words; in Arabic the one right after the verb). `None` when no such word or state stands there.
    #[allow(clippy::type_complexity)]
    pub(super) fn notified_party(
        &self,
        hit: &Hit,
        source: &[&'a str],
    ) -> Option<(SmallVec<[&'a str; 2]>, SmallVec<[&'a str; 2]>)> {
        let words = &self.tables.words;
        let lo = hit.t0.saturating_sub(10);
        let ar = self.ctx.lang == Lang::Ar;
        let subject_before = |t: usize| {
            self.actors
                .iter()
                .rev()
                .find(|a| a.t1 <= t && a.t1 + 8 >= t)
        };
        let (subject, notified) = (lo..hit.t0).rev().find_map(|t| {
            let w = self.bare_word(t);
            if words.has(WordList::NoticeVerb, w) {
                let mut after = self.actors.iter().filter(|a| a.t0 > t && a.t1 <= hit.t0);
                if ar {
                    let first = after.next()?;
                    if first.t0 == t + 1 {
                        Some((Some(first), after.next()?))
                    } else {
                        Some((None, first))
                    }
                } else {
                    Some((subject_before(t), after.next()?))
                }
            } else if !ar && words.has(WordList::NoticeNoun, w) {
                let a = self.actors.iter().find(|a| a.t1 <= t && a.t0 + 3 >= t)?;
                Some((subject_before(a.t0), a))
            } else {
                None
            }
        })?;
        // (The act's own roles may have taken the state notified, named right before a Russian noun,
        // for its doer: «уведомили Россию о выходе».)
        let mut doer: SmallVec<[&str; 2]> = ids_except(source, &notified.ids);
        if doer.is_empty() {
            doer = subject.map_or_else(SmallVec::new, |a| ids_except(&a.ids, &notified.ids));
        }
        let ids: SmallVec<[&str; 2]> = ids_except(&notified.ids, &doer);
        (!ids.is_empty() && !doer.is_empty()).then_some((doer, ids))
    }

    /// The state named as the subject of a condition beside threat `hit`: the first actor other than the
    /// threat's doer (`source`) within three words after a word of condition (`condition_word`: «если»,
    /// "إذا", "لو", past an Arabic conjunction; English keeps "the West would respond" under its "if"
    /// as the condition itself, with no target) that stands at most twelve words before or after
    /// the threat in its sentence, with no hard punctuation between. `None` when there is none.
    pub(super) fn condition_subject(
        &self,
        hit: &Hit,
        source: &[&'a str],
    ) -> Option<SmallVec<[&'a str; 2]>> {
        let words = &self.tables.words;
        let n = self.scan.toks.len();
        let lo = hit.t0.saturating_sub(12);
        let hi = n.min(hit.t1 + 12);
        let hard = |a: usize, b: usize| {
            (a..b).any(|t| !self.scan.toks[t].word && is_hard_punct(self.scan.text(t)))
        };
        (lo..hi)
            .filter(|&t| t < hit.t0 || t >= hit.t1)
            .filter(|&t| {
                words.has(WordList::ConditionWord, self.bare_word(t))
                    && !hard(t.min(hit.t0), t.max(hit.t1))
            })
            .find_map(|t| {
                let a = self.actors.iter().find(|a| {
                    a.t0 > t && a.t0 <= t + 3 && a.ids.iter().any(|id| !source.contains(id))
                })?;
                let ids: SmallVec<[&str; 2]> = ids_except(&a.ids, source);
                (!ids.is_empty()).then_some(ids)
            })
    }

    /// Whether a cue of one of the topics `names` stands in the token range `r` (a clause).
    pub(super) fn clause_topic(&self, r: &Range<usize>, names: &[&str]) -> bool {
        self.scan.cues.iter().any(|&(c0, _, c)| {
            r.contains(&c0)
                && matches!(c, Cue::Topic(k) if self.tables.lang(self.ctx.lang).topics.get(k as usize).is_some_and(|n| names.contains(&n.as_str())))
        })
    }

    /// "Comoros became the WTO's 165th member, and Azerbaijan is still applying to join", «Перу стало
    /// членом АТЭС, а Колумбия подала заявку на вступление ещё в 1995 году», "انضمت مصر إلى بريكس بعد أن
    /// تقدمت بطلب الانضمام": an application to join (a `REQUEST` whose row needs the `join` topic, or with
    /// a `join` topic word among its own words: not a call "for" someone's accession, which is aimed at
    /// whoever is called on) that names its applicant and no one it is made to is made to the bloc named
    /// last before it in its sentence. Not a bloc that applies: the applicant is never its own target.
    /// Only with the applicant named before the application's words, as the subject of its verb or of the
    /// verb whose object it is: an application named by its possessor ("Russia's application is still
    /// under review", "طلب روسيا للانضمام قيد الدرس") is a standing one, no act of the story. (The bloc of
    /// the sentence before — "Egypt joined BRICS in January. Cairo had applied in June" — was tried: it
    /// found three devx events and cost a gate false find.)
    pub(super) fn applied_bloc(&self, hit: &Hit, trig: &Trigger, roles: &mut Roles<'a>) {
        let topics = &self.tables.lang(self.ctx.lang).topics;
        let application = trig
            .needs
            .is_some_and(|n| topics.get(n as usize).is_some_and(|t| t == "join"))
            || (hit.t0..(hit.t1 + 2).min(self.scan.toks.len()))
                .any(|t| self.topic_at(t, &["join"]));
        if roles.source.is_empty() || !roles.target.is_empty() || !application {
            return;
        }
        let own = |id: &str| roles.source.contains(&id);
        let named_before = |a: &Actor<'_>| {
            a.t1 <= hit.t0
                && !(self.ctx.lang == Lang::En && self.scan.text(a.t1) == "'")
                && a.ids.iter().any(|&id| own(id))
        };
        if !self.actors.iter().any(named_before) {
            return;
        }
        let bloc = self
            .actors
            .iter()
            .rev()
            .filter(|a| a.t1 <= hit.t0)
            .find_map(|a| {
                a.ids
                    .iter()
                    .copied()
                    .find(|&id| is_bloc(self.ctx, id) && !own(id))
            });
        if let Some(id) = bloc {
            roles.target.push(id);
        }
    }

    /// Whether group `g` stands next to a diplomatic mission ("outside the French embassy", أمام
    /// السفارة الفرنسية, у посольства Франции).
    fn near_mission(&self, g: &Group) -> bool {
        let mission = |t: usize| self.mission(t);
        (g.t0.saturating_sub(2)..g.t0).any(mission)
            || (g.t1..(g.t1 + 1).min(self.scan.toks.len())).any(mission)
            || (self.ctx.lang == Lang::Ar && g.t0 > 0 && mission(g.t0 - 1))
    }

    /// Whether noun trigger `hit` of type `type_name` is a Russian or Arabic reaction drawn by an act: an
    /// ACCUSE or PROTEST noun after a `reaction_verb` that is no trigger of its own, with no verb trigger
    /// between — right before it in Russian, after at most an adjective («Захват Ираном танкера вызвал
    /// протест Лондона», «вызвала резкую критику Боготы»); in Arabic, verb first, the act right after the
    /// verb and the reaction after the act's object ("أثار احتجاز إيران ناقلة بريطانية احتجاج لندن").
    pub(super) fn drawn_reaction(&self, hit: &Hit, type_name: &str) -> bool {
        if !matches!(type_name, "ACCUSE" | "PROTEST") {
            return false;
        }
        let span = match self.ctx.lang {
            Lang::Ru => 2,
            Lang::Ar => 8,
            Lang::En => return false,
        };
        let start = self.clauses[self.clause_of(hit.t0)]
            .range
            .start
            .max(hit.t0.saturating_sub(span));
        let Some(v) = (start..hit.t0).rfind(|&t| {
            self.tables
                .words
                .has(WordList::ReactionVerb, self.scan.text(t))
        }) else {
            return false;
        };
        // (Read from the scan, not the live triggers: `absorbed` asks it before they are kept.)
        let lt = self.tables.lang(self.ctx.lang);
        let verb_at = |t: usize| {
            self.scan
                .triggers
                .iter()
                .any(|h| h.t0 == t && lt.trigger(h.entry).is_some_and(|k| !k.noun))
        };
        match self.ctx.lang {
            Lang::Ru => !(v + 1..hit.t0).any(verb_at),
            _ => self.scan.triggers.iter().any(|h| h.t0 == v + 1) && !(v + 2..hit.t0).any(verb_at),
        }
    }

    /// The actors of the act a phrase of live trigger `i` comments on: the nearest verb before it, in an
    /// earlier clause or the same one, that has an actor of its own ("vetoed a resolution that would have
    /// demanded a ceasefire, drawing criticism": the veto).
    fn main_act_source(&self, i: usize) -> Ids<'a> {
        let l = &self.live[i];
        // (With no verb of an act before, the act is a noun with its author: "Canada's expulsion of
        // thirteen Soviet officials drew a formal protest from Moscow", «Захват Ираном танкера вызвал
        // протест Лондона».)
        let act = |nouns: bool| {
            (0..i)
                .rev()
                .filter(|&j| self.live[j].clause <= l.clause && self.live[j].trig.noun == nouns)
                .map(|j| {
                    let m = &self.live[j];
                    self.roles(j, TYPES[m.trig.kind as usize], m.trig.mode.as_deref())
                })
                .find(|theirs| !theirs.source.is_empty())
                .map(|theirs| theirs.source)
        };
        act(false).or_else(|| act(true)).unwrap_or_default()
    }

    /// Whether the object of English trigger `hit` is a pronoun or a definite phrase that points back to an
    /// act ("called it unacceptable", "Moscow condemned it.", "called the decision unacceptable"); an act
    /// noun after a determiner ("condemned the move", "rejected the protest") is `en_act_object`'s.
    pub(super) fn anaphoric_act(&self, hit: &Hit) -> bool {
        if self.ctx.lang != Lang::En {
            return false;
        }
        let n = self.scan.toks.len();
        // "called it unacceptable", "described this as blackmail".
        if self.act_pronoun_in_gap(hit, &["it", "this", "that"]) {
            return true;
        }
        // "EU leaders called the diversion a state hijacking": what a bare verb of naming names (see
        // `en_naming_reading`), a definite phrase with no actor in it, is an act told before, whatever
        // its noun.
        if hit.t1 == hit.t0 + 1
            && hit.t1 < n
            && self
                .tables
                .words
                .has(WordList::EnNamingVerbOfAct, self.scan.text(hit.t0))
            && matches!(
                self.scan.text(hit.t1),
                "the" | "this" | "that" | "these" | "those" | "it"
            )
        {
            let end = (hit.t1..n)
                .find(|&t| matches!(self.scan.text(t), "a" | "an" | "as"))
                .unwrap_or(n);
            return !self.actors.iter().any(|a| a.t0 >= hit.t1 && a.t0 < end);
        }
        // "Moscow condemned it.", "Beijing denounced it as bullying": a bare pronoun object that ends
        // the clause (or is followed by "as" or an adverb) is the act before. ("The" before an act noun,
        // "condemned the latest move", is `en_act_object`'s, asked first.)
        hit.t1 < n && matches!(self.scan.text(hit.t1), "it" | "this") && {
            let next = if hit.t1 + 1 < n {
                self.scan.text(hit.t1 + 1)
            } else {
                "."
            };
            !self.scan.toks[(hit.t1 + 1).min(n - 1)].word
                || hit.t1 + 1 == n
                || next == "as"
                || (next.ends_with("ly") && next != "only")
        }
    }

    /// Whether English clause `ci` speaks of a response in kind (retaliate, tit-for-tat, response).
    pub(super) fn retaliation(&self, ci: usize) -> bool {
        let en = self.ctx.lang == Lang::En;
        // (Russian: "в ответ", "ответила зеркально".)
        let ru = self.ctx.lang == Lang::Ru;
        // (Arabic: ردت بإجراء مماثل, ردت بالمثل "responded in kind".)
        let ar = self.ctx.lang == Lang::Ar;
        self.clauses[ci].range.clone().any(|t| {
            let w = self.scan.text(t);
            (en && (w.starts_with("retaliat")
                || w.starts_with("respon")
                || w.starts_with("reciproc")
                // ("vowed revenge", "promised reprisals", "would take countermeasures")
                || w.starts_with("reveng")
                || w.starts_with("aveng")
                || w.starts_with("repris")
                || w.starts_with("countermeasure")
                || w == "tit"))
                // (Not the adjective of a threatened act: "пригрозил ответным ударом".)
                || (ru
                    && (w == "ответ"
                        || w.starts_with("ответил")
                        || matches!(w, "ответить" | "ответит" | "ответят")
                        || w.starts_with("зеркальн")))
                || (ar && (w.contains("مماثل") || w == "بالمثل"))
        })
    }

    /// Whether one of `pronouns` stands right after the verb of gapped trigger `hit`, with the rest of the
    /// pattern after it ("called it unacceptable", "назвал это давлением"): it names the act, not a state.
    /// A one-word verb that needs a topic in its clause (Russian `назвал*` with a condemning word) is
    /// read the same way: its object and the topic word follow it.
    pub(super) fn act_pronoun_in_gap(&self, hit: &Hit, pronouns: &[&str]) -> bool {
        (hit.t0 + 2 < hit.t1 || self.needs_topic(hit))
            && hit.t0 + 1 < self.scan.toks.len()
            && pronouns.contains(&self.scan.text(hit.t0 + 1))
    }

    /// Whether trigger `hit` counts only with a topic word in its clause (`needs` in the trigger table).
    pub(super) fn needs_topic(&self, hit: &Hit) -> bool {
        self.tables
            .lang(self.ctx.lang)
            .trigger(hit.entry)
            .is_some_and(|t| t.needs.is_some())
    }

    /// Whether token `t` names a diplomatic mission.
    fn mission(&self, t: usize) -> bool {
        let w = self.scan.text(t);
        w.starts_with("embass")
            || w.starts_with("consulat")
            || w.starts_with("посольств")
            || w.starts_with("консульств")
            || w.contains("سفار")
            || w.contains("قنصلي")
    }

    /// Whether the word after group `g` is an English -ing form (an absolute construction).
    pub(super) fn followed_by_ing(&self, g: &Group) -> bool {
        self.ctx.lang == Lang::En
            && g.t1 < self.scan.toks.len()
            && self.scan.text(g.t1).ends_with("ing")
    }

    /// The original (unnormalised) text of token `t`, diacritics included.
    pub(super) fn orig(&self, t: usize) -> &str {
        let k = &self.scan.toks[t];
        self.ctx.text.get(k.orig_start..k.orig_end).unwrap_or("")
    }

    /// Whether a comma separates tokens `a..b`; in Arabic a pair of commas sets off an apposition or a
    /// day, not a new clause (وقعت تركيا، العضو في الناتو، اتفاقاً مع روسيا).
    pub(super) fn comma_between(&self, a: usize, b: usize) -> bool {
        let n = (a..b).filter(|&t| is_comma(self.scan.text(t))).count();
        if self.ctx.lang == Lang::Ar {
            n % 2 == 1
        } else {
            n > 0
        }
    }

    /// "pardoned Paul Whelan, a former US Marine", «освободил Пола Уилана, бывшего морского пехотинца
    /// США», "أفرجت عن بول ويلان، الجندي الأمريكي السابق": a person the lexicon does not know, named right
    /// after the trigger (after an Arabic subject) and set off by a comma, is told by the apposition after
    /// that comma; the state it names there (a demonym, «США», "of France") stands for the person as the
    /// object. Only a short name (capitalised in English and Russian), and only a state named within a few
    /// words of the comma, with no act, report, relative or complement clause before it.
    pub(super) fn apposed_object(
        &self,
        hit: &Hit,
        ci: usize,
        win_end: usize,
        groups: &[Group],
        src: &[&str],
    ) -> Option<Group> {
        let lang = self.ctx.lang;
        let cr = &self.clauses[ci].range;
        let end = win_end.min(cr.end);
        let word = |t: usize| self.scan.toks[t].word;
        // (An Arabic verb's subject stands between it and its object: اعتقلت الصين مايكل كوفريغ.)
        let start = groups
            .iter()
            .find(|g| {
                lang == Lang::Ar
                    && g.t0 == hit.t1
                    && g.members
                        .iter()
                        .all(|&m| self.actors[m].ids.iter().all(|id| src.contains(id)))
            })
            .map_or(hit.t1, |g| g.t1);
        let c = (start..end).find(|&t| !word(t)).unwrap_or(end);
        // (A comma that ends the sentence opens no apposition.)
        if c + 1 >= self.scan.toks.len()
            || !is_comma(self.scan.text(c))
            || c == start
            || c - start > 4
        {
            return None;
        }
        // (A comma before a later trigger cuts the clause there, "released Edmond Pope, the American
        // businessman convicted of …": the apposition is then the next clause's opening.)
        let next;
        let (groups, end) = if c == cr.end {
            // (Not a report's speaker cut off there: "freed Whelan, the US said".)
            let nc = self
                .clauses
                .get(ci + 1)
                .filter(|k| k.range.start == c && k.opened_by == Some(Boundary::Soft))?;
            next = self.groups(&nc.range);
            (&next[..], nc.range.end)
        } else {
            (groups, end)
        };
        // The name: words only, no actor, capitalised where the script has capitals.
        let capital = |t: usize| self.orig(t).chars().next().is_some_and(char::is_uppercase);
        if self.actors.iter().any(|a| a.t0 < c && a.t1 > start)
            || (start..c).any(|t| lang != Lang::Ar && !capital(t))
        {
            return None;
        }
        let opener = self.scan.text(c + 1);
        let opens = match lang {
            Lang::En => matches!(opener, "a" | "an" | "the" | "former"),
            Lang::Ar => opener.starts_with("ال"),
            Lang::Ru => true,
        };
        if !opens {
            return None;
        }
        let g = groups
            .iter()
            .find(|g| g.t0 > c && g.t0 <= c + 5 && g.t1 <= end)?;
        let plain = (c + 1..g.t0).all(word)
            && g.prep.is_none()
            && !self.scan.triggers.iter().any(|h| h.t0 > c && h.t0 < g.t0)
            && !self.scan.has_cue(c + 1, g.t0, |cue| {
                matches!(cue, Cue::Report | Cue::Comp | Cue::CompPro | Cue::Boundary)
            })
            && g.members.iter().all(|&m| !self.actors[m].person)
            && g.members
                .iter()
                .any(|&m| self.actors[m].ids.iter().any(|id| !src.contains(id)));
        plain.then(|| g.clone())
    }

    /// "Meeting in London on Wednesday, Medvedev and Obama agreed …", "Having met the Kazakh president in
    /// Astana, the Chinese premier flew home", "Visiting Hanoi, the Japanese prime minister signed …": an
    /// English participle opening its sentence (an -ing form, or "having" and a participle) has the subject
    /// of the main clause after it: the first group with no preposition that stands right after a comma
    /// closing the participle's phrase (past a few words of its own phrase, "the heads of state of", and no
    /// preposition or trigger between). A comma followed by another phrase ("…, on the eve of the G20
    /// summit, …") is passed over.
    /// Returns the group and the comma before it.
    pub(super) fn en_opening_participle_subject(&self, hit: &Hit) -> Option<(Group, usize)> {
        if self.ctx.lang != Lang::En
            || !(hit.t0 == 0 && self.scan.text(0).ends_with("ing")
                || hit.t0 == 1 && self.scan.text(0) == "having")
        {
            return None;
        }
        let n = self.scan.toks.len();
        let groups = self.groups(&(0..n));
        (hit.t1..n)
            .filter(|&t| is_comma(self.scan.text(t)))
            .take(3)
            .find_map(|c| {
                let g = groups.iter().find(|g| g.t0 > c)?;
                let plain = g.prep.is_none()
                    && g.t0 <= c + 6
                    && (c + 1..g.t0).all(|t| self.scan.toks[t].word)
                    && !self.scan.has_cue(c + 1, g.t0, is_prep)
                    && !self.scan.triggers.iter().any(|h| h.t0 > c && h.t0 < g.t0);
                plain.then(|| (g.clone(), c))
            })
    }

    /// "the sanctions which Washington imposed on Caracas", «кредит, который Пекин предоставил Исламабаду»,
    /// «العقوبات التي فرضتها الولايات المتحدة على …»: a noun trigger followed at once (past a word or two of
    /// its own phrase, and in English and Russian a comma) by a relative clause that has an actor of its
    /// own as subject is the object of that clause's verb: the subject is the noun's doer, and the side the
    /// clause names with to/on/against (a Russian dative) its target — for a meeting or a pact, the
    /// partner named with with/between its other party. The subject stands right after the pronoun in
    /// English ("which Beijing granted"), first among the clause's plain actors in Russian (either side of
    /// the verb, not a dative), and after the verb in Arabic, whose verb carries the gap as its object
    /// pronoun (فرضتها, أجراها; after كان the subject comes first: الذي كان مجلس الأمن قد فرضه). None
    /// when the pronoun is itself the clause's subject ("a deal that gives Russia …", «соглашение,
    /// которое позволит России …»): no actor stands in the subject's place then.
    pub(super) fn relative_parties(
        &self,
        hit: &Hit,
        type_name: &str,
    ) -> Option<(Ids<'a>, Ids<'a>)> {
        let lang = self.ctx.lang;
        let n = self.scan.toks.len();
        let word = |t: usize| self.scan.toks[t].word;
        let p = (hit.t1..(hit.t1 + 4).min(n)).find(|&t| {
            let w = self.scan.text(t);
            match lang {
                Lang::En => matches!(w, "which" | "that"),
                Lang::Ru => matches!(w, "который" | "которую" | "которое" | "которые" | "которая"),
                Lang::Ar => matches!(w, "الذي" | "التي" | "اللذين" | "اللتين"),
            }
        })?;
        // ("the claim that Russia …", "the demand that Kyiv …": an English "that" after a noun of saying
        // or asking opens what is said, no relative clause.)
        if self.scan.text(p) == "that"
            && matches!(
                type_name,
                "ACCUSE" | "PROTEST" | "THREATEN" | "REQUEST" | "REJECT" | "SUPPORT" | "CONCEDE"
            )
        {
            return None;
        }
        // (Only the words of the noun's own phrase before the pronoun: "the arms embargo, which", «حظر
        // السلاح الذي»; no actor, no other trigger.)
        let comma_at = |t: usize| lang != Lang::Ar && t + 1 == p && is_comma(self.scan.text(t));
        if (hit.t1..p).any(|t| !(word(t) || comma_at(t)))
            || self.actors.iter().any(|a| a.t1 > hit.t1 && a.t0 < p)
            || self
                .scan
                .triggers
                .iter()
                .any(|h| h.t0 >= hit.t1 && h.t0 < p)
        {
            return None;
        }
        // The clause runs to the next comma or stop.
        let end = (p + 1..n)
            .find(|&t| {
                let w = self.scan.text(t);
                !word(t) && (is_comma(w) || is_hard_punct(w) || w == ".")
            })
            .unwrap_or(n);
        if p + 2 > end {
            return None;
        }
        let groups = self.groups(&(p + 1..end));
        let subject = match lang {
            Lang::En => {
                let at = if self.scan.text(p + 1) == "the" {
                    p + 2
                } else {
                    p + 1
                };
                groups.iter().find(|g| g.t0 == at && g.prep.is_none())
            }
            Lang::Ru => groups.iter().take(2).find(|g| {
                g.prep.is_none()
                    && g.t0 <= p + 4
                    && !g
                        .members
                        .last()
                        .is_some_and(|&m| self.ru_dative_actor(&self.actors[m]))
            }),
            Lang::Ar => {
                let gap = |t: usize| {
                    let w = self.scan.text(t);
                    w.len() > 6 && ["ه", "ها", "هما", "هم"].iter().any(|s| w.ends_with(s))
                };
                // (The subject may be an office named by its state's adjective: أجراها وزير الخارجية
                // التركي.)
                let subject_at = |g: &Group| {
                    g.prep.is_none()
                        && g.t0 >= p + 2
                        && g.t0 <= p + 5
                        && (p + 2..g.t0).all(word)
                        && !self.scan.has_cue(p + 2, g.t0, is_prep)
                };
                let first = groups.iter().find(|g| g.t0 > p + 1);
                if matches!(self.scan.text(p + 1), "كان" | "كانت") {
                    first.filter(|g| subject_at(g) && (g.t1..(g.t1 + 3).min(end)).any(gap))
                } else if gap(p + 1) {
                    first.filter(|g| subject_at(g))
                } else {
                    None
                }
            }
        }?;
        // (An English subject is a name, "which Beijing granted", "that the Armenian government approved";
        // not a pronoun: "a sign that it was ready for talks" says what the sign meant.)
        if lang == Lang::En
            && !self
                .orig(subject.t0)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            return None;
        }
        // (Nor when the clause's own verb is a trigger of the kind kept for coding, «القرض الذي قدمته بكين»:
        // that verb tells the act with its parties.)
        if self
            .live
            .iter()
            .any(|l| l.hit.t0 > p && l.hit.t0 < end && TYPES[l.trig.kind as usize] == type_name)
        {
            return None;
        }
        let mut source: Ids<'a> = SmallVec::new();
        push_distinct(&mut source, self.group_ids(&subject.members));
        let mut target: Ids<'a> = SmallVec::new();
        for g in groups.iter().filter(|g| g.t0 >= subject.t1) {
            let ids: Ids<'a> = self
                .group_ids(&g.members)
                .filter(|id| !source.contains(id))
                .collect();
            match g.prep {
                Some(Cue::To) | Some(Cue::On) | Some(Cue::Against) => {
                    push_distinct(&mut target, ids)
                }
                Some(Cue::With) | Some(Cue::Between) if SYMMETRIC.contains(&type_name) => {
                    push_distinct(&mut source, ids)
                }
                None if lang == Lang::Ru
                    && g.members
                        .last()
                        .is_some_and(|&m| self.ru_dative_actor(&self.actors[m])) =>
                {
                    push_distinct(&mut target, ids)
                }
                _ => {}
            }
        }
        Some((source, target))
    }

    /// The two parties of the meeting an Arabic dual verb follows (التقى … ، وبحثا): the nearest verb of
    /// meeting before it in the sentence, in an earlier clause, when its roles name exactly two states
    /// (a visit's guest and host too); none otherwise.
    /// Whether English or Russian trigger `hit` follows "and" and a bare plural of leaders with nothing
    /// else between ("and the leaders discussed", «и президенты подписали»; `bare_leaders` rows).
    fn and_bare_leaders(&self, hit: &Hit) -> bool {
        if !matches!(self.ctx.lang, Lang::En | Lang::Ru) || hit.t0 < 2 {
            return false;
        }
        let mut u = hit.t0 - 1;
        if !self
            .tables
            .words
            .has(WordList::BareLeaders, self.scan.text(u))
        {
            return false;
        }
        if u > 1 && self.scan.text(u - 1) == "the" {
            u -= 1;
        }
        self.scan.has_cue(u - 1, u, |c| c == Cue::And)
    }

    fn ar_meeting_pair(&self, i: usize) -> Vec<&'a str> {
        let l = &self.live[i];
        let Some(j) = (0..i).rev().find(|&j| {
            let p = &self.live[j];
            !p.trig.noun && p.clause < l.clause
        }) else {
            return Vec::new();
        };
        let p = &self.live[j];
        if TYPES[p.trig.kind as usize] != "CONSULT" {
            return Vec::new();
        }
        let theirs = self.roles(j, "CONSULT", p.trig.mode.as_deref());
        let mut ids: Vec<&'a str> = Vec::new();
        for id in theirs.source.iter().chain(theirs.target.iter()) {
            if !ids.contains(id) {
                ids.push(id);
            }
        }
        if ids.len() == 2 {
            ids
        } else {
            Vec::new()
        }
    }

    /// The two states named last before token `t`, in this sentence and then the ones before.
    fn last_pair(&self, t: usize) -> Vec<&'a str> {
        let here = self.actors.iter().filter(|a| a.t1 <= t).rev();
        last_pair(
            self.ctx,
            here.flat_map(|a| a.ids.iter().copied()),
            self.memory,
        )
    }

    /// Whether noun trigger `hit` is an act its clause's subject undergoes: an Arabic act noun under ل
    /// after تعرض (تعرضت السفارة لهجوم), a Russian one after «подвергнуться» (подверглись обстрелу), an
    /// English one after "came under" or "subjected to" (came under attack, was subjected to shelling), a
    /// few words before it in its clause.
    pub(super) fn undergone(&self, hit: &Hit, start: usize) -> bool {
        let mut back = hit.t0.saturating_sub(6).max(start)..hit.t0;
        match self.ctx.lang {
            Lang::Ar => {
                self.scan.text(hit.t0).starts_with('ل')
                    && hit.governed
                    && back.any(|t| {
                        let w = self.scan.text(t);
                        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                        w.starts_with("تعرض") || w.starts_with("يتعرض") || w.starts_with("تتعرض")
                    })
            }
            // (The reflexive verb may open the trigger itself: «подверглась резкой критике»; the active
            // «подвергла Россию критике» criticises.)
            Lang::Ru => {
                back.any(|t| self.scan.text(t).starts_with("подверг")) || {
                    let w = self.scan.text(hit.t0);
                    w.starts_with("подверг") && (w.ends_with("сь") || w.ends_with("ся"))
                }
            }
            Lang::En => {
                let before = |k: usize| (hit.t0 >= k + start).then(|| self.scan.text(hit.t0 - k));
                (before(1) == Some("under")
                    && matches!(before(2), Some("came" | "come" | "comes" | "coming")))
                    || (before(1) == Some("to") && before(2) == Some("subjected"))
            }
        }
    }

    /// Whether Arabic group `g` ends an agent phrase: an agent cue (من قبل, على يد; not the means of بواسطة)
    /// two or three words before it, the words between a unit of no actor, trigger or comma ("من قبل حرس
    /// الحدود الروسي"). (Right after the cue the group has its preposition already.)
    pub(super) fn ar_agent_unit(&self, g: &Group) -> bool {
        self.scan.cues.iter().any(|&(c0, c1, c)| {
            c == Cue::By
                && c1 + 2 <= g.t0
                && g.t0 <= c1 + 3
                && self.scan.text(c0) != "بواسطه"
                && (c1..g.t0).all(|t| self.scan.toks[t].word)
                && !self.actors.iter().any(|a| a.t0 >= c1 && a.t0 < g.t0)
                && !self.scan.triggers.iter().any(|h| h.t0 >= c1 && h.t0 < g.t0)
        })
    }

    /// An English passive: "was/were/been" right before a participle trigger.
    pub(super) fn passive(&self, hit: &Hit) -> bool {
        // (Asked for a trigger by `roles` and again by the rules it calls, up to six times: found once,
        // `passives`.)
        let key = (
            hit.t0,
            hit.t1,
            hit.entry,
            hit.len,
            [hit.future, hit.governed, hit.conj],
        );
        let kept = self
            .passives
            .borrow()
            .iter()
            .find(|&&(k, _)| k == key)
            .map(|&(_, p)| p);
        kept.unwrap_or_else(|| {
            let p = self.passive_found(hit);
            self.passives.borrow_mut().push((key, p));
            p
        })
    }

    /// [`Coder::passive`], found anew.
    fn passive_found(&self, hit: &Hit) -> bool {
        if self.ctx.lang == Lang::Ru {
            // ("Газпромбанк попал под санкции Минфина США": falling under a measure is suffering it.)
            let fell_under = self.scan.text(hit.t0).starts_with("попа")
                && hit.t0 + 1 < self.scan.toks.len()
                && self.scan.text(hit.t0 + 1) == "под";
            return fell_under
                || self.ru_short_participle(hit)
                || self.ru_participle_with_agent(hit);
        }
        if self.ctx.lang == Lang::Ar {
            return self.ar_passive(hit);
        }
        if self.ctx.lang != Lang::En || hit.t0 == 0 {
            return false;
        }
        let first = self.scan.text(hit.t0);
        let participle = first.ends_with("ed")
            || first.ends_with("en")
            || self
                .tables
                .words
                .has(WordList::EnIrregularParticiple, first);
        let lo = hit.t0.saturating_sub(2);
        // "three companies accused of helping Moscow": "accused of" right after a noun is a reduced
        // passive (the active verb has its object between: "accused Russia of").
        let reduced = (first.starts_with("accus")
            || first.starts_with("suspect")
            || first.starts_with("convict"))
            && hit.t1 < self.scan.toks.len()
            && self.scan.text(hit.t1) == "of";
        reduced || (participle && self.scan.has_cue(lo, hit.t0, |c| c == Cue::Passive))
    }

    /// The PLOVER type of a scanned trigger hit (live or not).
    pub(super) fn hit_type(&self, h: &Hit) -> Option<&'static str> {
        self.tables
            .lang(self.ctx.lang)
            .trigger(h.entry)
            .map(|t| TYPES[t.kind as usize])
    }

    /// Whether token `t` lies inside one of the sentence's dates.
    pub(super) fn in_date(&self, t: usize) -> bool {
        let tok = &self.scan.toks[t];
        let base = self.ctx.range.start;
        self.dates.iter().any(|d| {
            d.start >= base
                && tok.orig_start >= d.start - base
                && tok.orig_end <= d.end.saturating_sub(base)
        })
    }

    /// "Putin received a phone call from Erdogan", "took a congratulatory call from Taiwan's leader",
    /// «تلقى بوتين اتصالاً هاتفياً من أردوغان», «Путин получил телефонный звонок от Эрдогана»: a call
    /// received (a verb of receiving, `call_receipt_verb` stems, just before the call or the trigger's
    /// own first word) is made by the side named with "from" right after it. The ids of that side, the
    /// callers, the source of a directed consultation whose target is the receiver.
    pub(super) fn call_received_from(&self, hit: &Hit, cr: &Range<usize>) -> Option<Ids<'a>> {
        let words = &self.tables.words;
        // (An Arabic verb comes first, its subject between it and the call.)
        let back = if self.ctx.lang == Lang::Ar { 8 } else { 3 };
        let lo = hit.t0.saturating_sub(back).max(cr.start);
        let verb = (lo..=hit.t0).rev().find(|&t| {
            self.scan.toks[t].word
                && words.has_stem_of(WordList::CallReceiptVerb, self.scan.text(t))
        })?;
        // (Between an English or Russian verb and the call, no actor: "received Erdogan's call" is
        // the subject's own reception of a person.)
        if self.ctx.lang != Lang::Ar && self.actors.iter().any(|a| a.t0 > verb && a.t0 < hit.t0) {
            return None;
        }
        // (The "from" may end the trigger, "received a phone call from"; a title between it and the
        // state, «من رئيس الوزراء الباكستاني», may leave the group without its preposition.)
        let from = self
            .scan
            .cues
            .iter()
            .find(|&&(c0, _, c)| c == Cue::From && c0 + 1 >= hit.t1 && c0 <= hit.t1 + 1)
            .map(|&(_, c1, _)| c1)?;
        let groups = self.groups(cr);
        let g = groups.iter().find(|g| g.t0 >= from)?;
        if !matches!(g.prep, Some(Cue::From) | None) || g.t0 > from + 4 {
            return None;
        }
        let mut ids: Ids<'a> = SmallVec::new();
        push_distinct(&mut ids, self.group_ids(&g.members));
        (!ids.is_empty()).then_some(ids)
    }

    /// Whether threat `hit` is said of the one threatened (a word of `patient_threat` in the trigger:
    /// «заплатит высокую цену», «не останется без ответа», "would face sanctions", «ستواجه عقوبات»).
    /// Its subject is the party threatened, and the threatener is whoever says it.
    pub(super) fn patient_threat(&self, hit: &Hit) -> bool {
        (hit.t0..hit.t1).any(|t| {
            self.tables
                .words
                .has(WordList::PatientThreat, self.scan.text(t))
        })
    }

    /// Turns the roles of a threat said of the one threatened (see [`Self::patient_threat`]): the
    /// subject the rules found becomes the target, and the speaker the source. With no subject of its
    /// own but the speaker ("Москва пообещала, что этот шаг не останется без ответа") the threat
    /// answers the latest deed by others; with no speaker it is nobody's.
    pub(super) fn turn_patient_threat(
        &self,
        ci: usize,
        hit: &Hit,
        out: &[EventRec],
        roles: &mut Roles<'a>,
    ) {
        let speaker = self.speaker(ci, hit);
        let said_of: Ids<'a> = ids_except(&roles.source, &speaker);
        roles.who.clear();
        roles.target = said_of;
        roles.source = speaker;
        if roles.source.is_empty() {
            roles.target.clear();
        } else if roles.target.is_empty() {
            self.aim_at_latest_deed("THREATEN", out, roles);
        }
    }

    /// Whether accusation `hit` is a wrong told as the content of a saying (its first word is of
    /// `reported_wrong`: "said Warsaw had violated the accord", «заявил, что Киев нарушил …», «قالت إن
    /// طهران انتهكت …»): the row names the wrongdoer's own deed, and the accuser is whoever says it.
    pub(super) fn reported_wrong(&self, hit: &Hit) -> bool {
        self.word_stem_of(hit.t0, WordList::ReportedWrong)
    }

    /// Whether reported wrong `hit` (see [`Self::reported_wrong`]) cannot be one: its sentence has no
    /// verb of saying, another accusation row tells the accusation it is the content of ("accused Minsk
    /// of violating"), or it is an English -ing form (a participle or gerund: "a trawler fishing
    /// illegally", "would be making a mistake").
    pub(super) fn unsaid_wrong(&self, hit: &Hit) -> bool {
        let lt = self.tables.lang(self.ctx.lang);
        let accusation = |m: &Hit| {
            lt.trigger(m.entry)
                .is_some_and(|t| TYPES[t.kind as usize] == "ACCUSE")
                && !self.reported_wrong(m)
        };
        !self.scan.cues.iter().any(|c| c.2 == Cue::Report)
            || (self.ctx.lang == Lang::En && self.scan.text(hit.t0).ends_with("ing"))
            || self.scan.triggers.iter().any(accusation)
    }

    /// Turns the roles of a reported wrong (see [`Self::reported_wrong`]), as those of a threat said of
    /// the one threatened: the wrongdoer the rules found as the subject becomes the target, and the
    /// speaker the source. The target is left empty when the wrongdoer is the speaker itself or none.
    pub(super) fn turn_reported_wrong(&self, ci: usize, hit: &Hit, roles: &mut Roles<'a>) {
        let speaker = self.speaker(ci, hit);
        roles.target = ids_except(&roles.source, &speaker);
        roles.who.clear();
        roles.source = speaker;
    }

    /// Who says the words of clause `ci`: the subject of the main clause when it is a complement ("Пекин
    /// заявил, что …", "Pompeo told the committee that …"), else the first actor after a reporting verb
    /// that follows the words ("…, заявил министр обороны Израиля", "…, said Lavrov") or the actor right
    /// before it ("…, Lavrov said"), else the actor next to a reporting verb before them ("Lavrov said
    /// Germany would …", «قال لافروف إن …»): before the verb in English and Russian, after it in Arabic.
    fn speaker(&self, ci: usize, hit: &Hit) -> Ids<'a> {
        let ids = |g: &Group| -> Ids<'a> { self.group_ids(&g.members).collect() };
        let reports = || self.scan.cues.iter().filter(|c| c.2 == Cue::Report);
        // «в Москве, которая …, заявили, что …», «В Кремле заявили»: a Russian impersonal plural of
        // saying names its speaker by «в» as the first actor of its stretch of the sentence.
        if self.ctx.lang == Lang::Ru {
            if let Some(&(c0, _, _)) = reports().rfind(|c| c.1 <= hit.t0) {
                let start = (0..c0)
                    .rev()
                    .find(|&t| is_hard_punct(self.scan.text(t)))
                    .map_or(0, |t| t + 1);
                let groups = self.groups(&(start..c0));
                if self.scan.text(c0).ends_with("ли") {
                    if let Some(g) = groups.first().filter(|g| g.prep == Some(Cue::In)) {
                        return ids(g);
                    }
                }
            }
        }
        if let Some(g) = self.inherited_subject(ci) {
            return ids(&g);
        }
        if let Some(&(c0, c1, _)) = reports().find(|c| c.0 >= hit.t1) {
            let end = self.clauses[self.clause_of(c0)].range.end.max(c1);
            // («…, предупредили в МИД России»: an impersonal plural names its speaker after «в».)
            let speaks = |g: &&Group| {
                g.prep.is_none()
                    || (self.ctx.lang == Lang::Ru && g.prep == Some(Cue::In) && g.t0 <= c1 + 1)
            };
            if let Some(g) = self.groups(&(c1..end)).iter().find(speaks) {
                return ids(g);
            }
            if self.ctx.lang == Lang::En {
                // ("…, France's foreign minister said": the speaker's title may stand between.)
                let before = |a: &&Actor<'a>| {
                    a.t0 >= hit.t1
                        && a.t1 <= c0
                        && c0 - a.t1 <= 5
                        && !(a.t1..c0).any(|t| is_comma(self.scan.text(t)))
                };
                if let Some(a) = self.actors.iter().rev().find(before) {
                    return a.ids.iter().copied().collect();
                }
            }
        }
        if let Some(&(c0, c1, _)) = reports().rfind(|c| c.1 <= hit.t0) {
            let near = |a: &&Actor<'a>| {
                if self.ctx.lang == Lang::Ar {
                    a.t0 >= c1 && a.t0 - c1 <= 3 && a.t1 <= hit.t0
                } else {
                    a.t1 <= c0 && c0 - a.t1 <= 3
                }
            };
            if let Some(a) = self.actors.iter().find(near) {
                return a.ids.iter().copied().collect();
            }
            if self.ctx.lang != Lang::Ar {
                let text = |t: usize| self.scan.text(t);
                // "Moscow, which is due to host the summit, said …": the subject before a relative
                // clause set off by commas.
                let resumed = |a: &&Actor<'a>| {
                    a.t1 + 1 < c0
                        && is_comma(text(a.t1))
                        && self
                            .tables
                            .words
                            .has(WordList::RelativePronoun, text(a.t1 + 1))
                        && is_comma(text(c0 - 1))
                        && !(a.t1..c0).any(|t| is_hard_punct(text(t)))
                };
                if let Some(a) = self.actors.iter().rev().find(resumed) {
                    return a.ids.iter().copied().collect();
                }
                // "According to Peskov, …", «По словам Пескова, …», «Как заявил Лавров, …»: a report
                // that opens its stretch of the sentence names its speaker right after it.
                let stretch = (0..c0)
                    .rev()
                    .find(|&t| is_comma(text(t)) || is_hard_punct(text(t)))
                    .map_or(0, |t| t + 1);
                let opens = !self.actors.iter().any(|a| a.t0 >= stretch && a.t1 <= c0);
                let after = |a: &&Actor<'a>| {
                    a.t0 >= c1
                        && a.t0 - c1 <= 2
                        && a.t1 <= hit.t0
                        && !(c1..a.t0).any(|t| is_comma(text(t)))
                };
                if let Some(a) = self.actors.iter().find(after).filter(|_| opens) {
                    return a.ids.iter().copied().collect();
                }
            }
        }
        Ids::new()
    }
}

/// Whether cue `c` is a preposition that opens a group (with, to, against, on, from, between, by, in, about).
pub(super) fn is_prep(c: Cue) -> bool {
    matches!(
        c,
        Cue::With
            | Cue::To
            | Cue::Against
            | Cue::On
            | Cue::From
            | Cue::Between
            | Cue::By
            | Cue::In
            | Cue::About
    )
}

/// The ids of `ids` that are not among `not`, in order, into whichever list the caller holds.
pub(super) fn ids_except<'a, B: FromIterator<&'a str>>(ids: &[&'a str], not: &[&'a str]) -> B {
    ids.iter().copied().filter(|id| !not.contains(id)).collect()
}

/// How many words after its trigger the object of a carried doer's act may begin (`carried_clash`): an
/// article and an adjective or two, «посла», «временного поверенного в делах».
const OBJECT_REACH: usize = 4;

/// The ids of `more` without repeats, in order; `None` when there is none (the other side a rule finds,
/// or no finding).
pub(super) fn distinct_ids<'a>(more: impl IntoIterator<Item = &'a str>) -> Option<Ids<'a>> {
    let mut out: Ids<'a> = Ids::new();
    push_distinct(&mut out, more);
    (!out.is_empty()).then_some(out)
}

/// Appends to `ids` each id of `more` it does not hold yet, in order (a party named twice, or by two
/// actors of one group, counts once).
pub(super) fn push_distinct<'a>(ids: &mut Ids<'a>, more: impl IntoIterator<Item = &'a str>) {
    for id in more {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
}
