//! The coder's main pass: which triggers are kept (`select`, `absorbed`), and `run`, which turns each kept
//! trigger into events (roles, type and mode refinements, negation, modality, date) and merges the same
//! event told twice (`merge`, `same_event`).

use std::cell::Cell;
use std::ops::Range;

use blocwatch_text::{normalize, Lang};
use smallvec::{smallvec, SmallVec};

use super::actors::{actor_ids, is_bloc, is_state, mention_tokens, Actor};
use super::clauses::{is_comma, is_hard_punct, past_possessive, Boundary, Clause};
use super::companion::{Coded, Pending, AIMED_BY_CHARGE};
use super::data::{Cue, Role, Trigger, WordList, NONE, TYPES};
use super::lang_ar::{ba_word, unglued, unglued_bytes, AR_PRONOUN_OBJECT_TYPES};
use super::lang_en::{en_modal, NameReading};
use super::lang_ru::{ru_active_participle, ru_gerund, ru_infinitive, ru_participle, ru_past_verb};
use super::memory::{DEED_REACH, NAMED_ACT_REACH, PARTIES_KEPT, WORD_TYPES};
use super::modality::Modality;
use super::roles::{distinct_ids, ids_except, is_prep, push_distinct, SYMMETRIC};
use super::scan::Hit;
use super::{
    data, is_act, is_deed, model, parties, takes_part_all, Coder, Group, Ids, Live, Roles,
};
use crate::record::EventRec;

/// The triggers of a sentence in the order `Coder::select` judges them: each trigger the scan found (the
/// row that won its place), and after one that `select` dropped for want of the topic it needs
/// (`needs_dropped`, set by that check), the rows it hid at its place (`Scan::hidden`, in the order they
/// lost: the next-longest first), those that begin where it begins and end inside it (so that none overlaps
/// another trigger), one by one while each is dropped so.
struct Tries<'s> {
    triggers: &'s [Hit],
    hidden: &'s [Hit],
    needs_dropped: &'s Cell<bool>,
    /// The next trigger of `triggers`.
    next: usize,
    /// The trigger given last, or whose hidden row was.
    won: Option<Hit>,
    /// The next row of `hidden` to look at for `won`.
    cursor: usize,
}

impl Iterator for Tries<'_> {
    type Item = Hit;

    fn next(&mut self) -> Option<Hit> {
        if let Some(won) = self.won.filter(|_| self.needs_dropped.replace(false)) {
            while let Some(&x) = self.hidden.get(self.cursor) {
                self.cursor += 1;
                if x.t0 == won.t0 && x.t1 <= won.t1 {
                    return Some(x);
                }
            }
        }
        let won = *self.triggers.get(self.next)?;
        self.next += 1;
        self.won = Some(won);
        self.cursor = 0;
        Some(won)
    }
}

/// What a head of agreeing or promising is ([`Coder::pledge_head`]).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Pledge {
    Agreeing,
    Promising,
}

impl<'a> Coder<'_, 'a> {
    /// Makes each of `lead` (lexicon ids of the sentences before: `Memory::lead`) a party of `roles`,
    /// as a source or a target, unless it already is one.
    pub(super) fn add_leads(&self, lead: &[String], roles: &mut Roles<'a>, as_source: bool) {
        for id in lead {
            let Some(k) = self.ctx.lexicon.lookup(id) else {
                continue;
            };
            let id = self.ctx.lexicon.entity(k).id.as_str();
            if !roles.source.contains(&id) && !roles.target.contains(&id) {
                if as_source {
                    roles.source.push(id);
                } else {
                    roles.target.push(id);
                }
            }
        }
    }

    /// Keeps the triggers that can be events: their needed topic is in the clause, and they are not a
    /// noun absorbed by the verb or document they belong to.
    pub(super) fn select(&mut self) {
        let lt = self.tables.lang(self.ctx.lang);
        let trig_of = |h: &Hit| -> Option<&'static Trigger> { lt.trigger(h.entry) };
        let mut cands: Vec<Live<'static>> = Vec::new();
        // Each trigger the scan found, and after one dropped for want of the topic it needs, the shorter
        // rows it hid at its place (`Tries`): "India bought oil from Russia" is no purchase of weapons (the
        // row "bought … from" needs them), but "bought" alone buys goods.
        let needs_dropped = Cell::new(false);
        let tries = Tries {
            triggers: &self.scan.triggers,
            hidden: &self.scan.hidden,
            needs_dropped: &needs_dropped,
            next: 0,
            won: None,
            cursor: 0,
        };
        for hit in tries {
            let h = &hit;
            let Some(mut trig) = trig_of(h) else { continue };
            let clause = self.clause_of(h.t0);
            let cr = &self.clauses[clause].range;
            // (A row of the same words that needs another topic, found in the clause, stands instead:
            // «назвал отношения дружескими» is the praising row of «назвал*», not its condemning one.)
            let mut twin = *h;
            while let Some(need) = trig.needs {
                let alt = lt.need_twin[twin.entry as usize];
                if alt == NONE
                    || self
                        .scan
                        .has_cue(cr.start, cr.end, |c| c == Cue::Topic(need))
                {
                    break;
                }
                twin.entry = alt;
                let Some(t) = trig_of(&twin) else { break };
                trig = t;
            }
            let h = &twin;
            // "the International Space Station", "on favourable terms", «помощник президента», «крупнейший
            // кредитор Греции»: a word spelled like a trigger that names a place, a term or a person is no act.
            if self.homograph_noun(h, trig) && self.drops(h, "select:homograph-noun") {
                continue;
            }
            // A wrong told as what a party said (`reported_wrong`) in a sentence that reports no saying,
            // beside an accusation row, or as an English -ing form ("fishing illegally", "would be making
            // a mistake") is no accusation of its own; dropped here, it takes no actor from the other
            // triggers of the sentence.
            if TYPES[trig.kind as usize] == "ACCUSE"
                && self.reported_wrong(h)
                && self.unsaid_wrong(h)
                && self.drops(h, "select:reported-wrong-unsaid")
            {
                continue;
            }
            // "2,200 deployed warheads", "a restricted military zone", "the frozen Iranian assets": an English
            // past participle between an article or a number and the noun it qualifies is an adjective.
            if self.en_attributive_participle(h, trig)
                && self.drops(h, "select:en-attributive-participle")
            {
                continue;
            }
            // "the Russian troops stationed in Armenia", "where NATO troops are still stationed": an English
            // participle of stationing right after a noun of troops, or after "is"/"are"/"remain", tells
            // where troops stand — a state, no act of the day (a withdrawal of those troops reads the
            // place from it, `stationed_in`).
            if self.en_stationed_state(h, trig) && self.drops(h, "select:en-stationed-state") {
                continue;
            }
            // «разместил на бирже облигации», "placed bonds in Shanghai", «طرحت سندات»: a verb of
            // deploying whose object is a debt paper (`finance_object`) issues it on a market; nothing
            // military is deployed.
            if TYPES[trig.kind as usize] == "MOBILIZE"
                && !trig.noun
                && self.finance_object(h, cr)
                && self.drops(h, "select:finance-object")
            {
                continue;
            }
            // "Many in Tokyo read the manoeuvres as a threat", «расценили учения как угрозу», «Аналитики видят в
            // учениях сигнал», «فسّروا المناورات على أنها تحذير»: a noun in the object of a verb of reading
            // (`reading_verb`) followed by "as" is what the reading is about, no act told by the sentence.
            if trig.noun && self.read_as(h) && self.drops(h, "select:read-as") {
                continue;
            }
            // "recalled its ambassador in protest at the jailing", «вышел из соглашения в знак протеста
            // против …», «انسحب من الاتفاق احتجاجا على …»: a noun of protest in the phrase that gives the
            // reason of an act told before it in the sentence is that act's motive, no protest of its own.
            // (English "protest" is a verb row: after "in" it is the noun.)
            if TYPES[trig.kind as usize] == "PROTEST"
                && self.protest_as_reason(h)
                && self.drops(h, "select:protest-reason")
            {
                continue;
            }
            // 'a documentary titled "How Moscow Invaded Tbilisi"', «фильм «Как Москва вторглась в
            // Тбилиси»», «فيلم بعنوان "كيف غزت موسكو تبليسي"»: words inside quotation marks that open right
            // after a word of naming or a noun of a work (`title_word`) are a title, no act.
            if self.inside_quoted_title(h) && self.drops(h, "select:quoted-title") {
                continue;
            }
            // «Швеция приняла участие в северных учениях альянса», «شاركت في مناورات»: a verb of taking part
            // whose object, within three words after it, is a military exercise (`exercise_noun`) joins the
            // drills (coded by their own noun), no meeting.
            if TYPES[trig.kind as usize] == "CONSULT"
                && !trig.noun
                && (h.t1..(h.t1 + 3).min(cr.end))
                    .any(|t| self.word_of(t, WordList::ArExerciseNoun, WordList::ExerciseNoun))
                && self.drops(h, "select:exercise-participation")
            {
                continue;
            }
            // "Brazil cut its forecast for soybean exports to China", «وخفضت البرازيل توقعاتها لصادرات الصويا»:
            // a trigger whose object is a forecast or an estimate (`forecast_noun`) changes a figure about
            // the act, not the act.
            if self.forecast_object(h, cr) && self.drops(h, "select:forecast-object") {
                continue;
            }
            // «رفضت الشركة دفع ثمنه بالروبل», «تدفع كوبا ثمنها», «تسدد فيينا ثمن الأصول»: an Arabic verb of
            // praising (ثمّن) written after a verb of paying (`pay_verb`) within three words is the noun it
            // shares its letters with, the price paid, no praise.
            if self.ctx.lang == Lang::Ar
                && TYPES[trig.kind as usize] == "SUPPORT"
                && !trig.noun
                && self.paid_price(h, cr)
                && self.drops(h, "select:ar-paid-price")
            {
                continue;
            }
            // "Turkey gave Russia permission to lay the pipeline", «منحت تركيا روسيا الإذن بمد خط الأنابيب»,
            // «предоставила Газпрому разрешение»: a verb of giving whose object, within four words after it,
            // is a grant of leave, status or time (`grant_object`) gives no goods, whatever goods the rest
            // of the clause names; no aid, no trade.
            if matches!(TYPES[trig.kind as usize], "AID" | "COOPERATE")
                && !trig.noun
                && h.t1 == h.t0 + 1
                && self.grant_object(h, cr)
                && self.drops(h, "select:grant-object")
            {
                continue;
            }
            // "Egypt hosted the final of the African Cup", «Россия принимала чемпионат мира», «استضافت قطر
            // نهائي كأس العالم»: a host verb whose object is a sporting event (`hosted_event_noun`) hosts no
            // one; the teams' states meet no one.
            if TYPES[trig.kind as usize] == "CONSULT"
                && trig.mode.as_deref() == Some("host")
                && !trig.noun
                && {
                    let end = (h.t1 + 3).min(cr.end);
                    (h.t1..end).any(|t| self.word_stem_of(t, WordList::HostedEventNoun))
                }
                && self.drops(h, "select:hosts-event")
            {
                continue;
            }
            // «Нью-Дели настаивал, что самолёт вторгся …», «настаивая, что арест нарушил иммунитет»: a verb of
            // insisting (`insisting_verb`) followed by a complement clause that opens with a complementiser
            // (что, that, أن) holds to a claim, no demand; «настаивала на погашении» stays a demand.
            if TYPES[trig.kind as usize] == "REQUEST"
                && !trig.noun
                && self.word_stem_of(h.t0, WordList::InsistingVerb)
                && self.claim_clause_after(h)
                && self.drops(h, "select:insisted-claim")
            {
                continue;
            }
            // "Russia sent 75 drones against Kyiv", «Россия направила на Киев 75 беспилотников», «أرسلت
            // مسيّرات على كييف»: a verb of sending whose object is a weapon of attack (`strike_weapon`) aimed
            // with "against", or a Russian «на» or Arabic على before a named place, sends it at that place:
            // an attack, no goods given to anyone.
            if matches!(TYPES[trig.kind as usize], "AID" | "COOPERATE")
                && !trig.noun
                && self.weapon_sent_against(h, cr)
                && self.drops(h, "select:weapon-sent-against")
            {
                continue;
            }
            // "Putin stopped in Samarkand on his way home", "stopped off in Beijing", "the convoy stopped at
            // the border": an English verb of stopping followed by a preposition of place halts its subject's
            // own journey; nothing is cut off from anyone. ("Gazprom stopped in May its deliveries" keeps: a
            // month, a year or a season word after the preposition.)
            if self.ctx.lang == Lang::En
                && TYPES[trig.kind as usize] == "SANCTION"
                && !trig.noun
                && h.t1 == h.t0 + 1
                && self.en_stopover(h)
                && self.drops(h, "select:en-stopover")
            {
                continue;
            }
            // «истребитель отклонился от курса», «ракета отклонилась от курса», «самолёт развернулся в сторону
            // истребителей»: the reflexive of a Russian verb whose transitive form is the act
            // (`ru_reflexive_other_sense`: «отклонил» rejects, «развернул» deploys) is another verb, a course
            // left or a turn made by the subject itself; no act on anyone.
            if self.ctx.lang == Lang::Ru
                && !trig.noun
                && {
                    let w = self.scan.text(h.t0);
                    w.ends_with("ся") || w.ends_with("сь")
                }
                && self.word_stem_of(h.t0, WordList::RuReflexiveOtherSense)
                && self.drops(h, "select:ru-reflexive-sense")
            {
                continue;
            }
            // «Тимошенко заверила, что страна расплатилась», «кубинские власти заверили, что ядерного оружия на
            // борту нет»: a verb of assuring (`assuring_verb`) whose complement clause tells a past or present
            // fact (a verb in the past, «нет») and nothing to come states that fact; only an assurance of what
            // will be done («заверил, что КНДР будет поддерживать Россию») is a promise.
            if self.ctx.lang == Lang::Ru
                && TYPES[trig.kind as usize] == "AGREE"
                && !trig.noun
                && self.word_stem_of(h.t0, WordList::AssuringVerb)
                && self.ru_fact_clause(h)
                && self.drops(h, "select:assured-fact")
            {
                continue;
            }
            // "China launched a charm offensive in Africa", «дипломатическое наступление», «هجوما دبلوماسيا
            // ناعما»: a noun of force qualified by a word of words or persuasion (`figurative_force_word`)
            // right beside it is a campaign of words, no force.
            if TYPES[trig.kind as usize] == "ASSAULT"
                && self.figurative_force(h)
                && self.drops(h, "select:figurative-force")
            {
                continue;
            }
            // "Turkey hosts American nuclear weapons", "has hosted Russian troops since 2021": a host verb
            // whose object is weapons or troops keeps them on its soil; no one meets anyone.
            if TYPES[trig.kind as usize] == "CONSULT"
                && trig.mode.as_deref() == Some("host")
                && !trig.noun
                && self.hosts_arms(h, cr)
                && self.drops(h, "select:hosts-arms")
            {
                continue;
            }
            // An incursion told after the sentence's first clause ("protested after a Chinese plane entered
            // its airspace", "saying it had violated Turkish airspace", «опровергло, что его самолёты нарушали
            // …», «أعلنت دمشق أن مقاتلات إسرائيلية اخترقت أجواءها»), or by an English -ing form or a Russian
            // participle ("accused Russia of violating its airspace", «беспилотника, залетевшего в её
            // воздушное пространство»), is the reason or the content of another act, its background, not an
            // act the sentence reports (the dev gold codes the incursions of main clauses only:
            // `en-h25-005`, `en-h41-027`, `en-h43-015`, `ru-h41-027`). Dropped here, before any other
            // trigger takes its subject or is absorbed by it.
            if self.incursion(h, trig)
                && (clause > 0 || {
                    let w = self.scan.text(h.t0);
                    match self.ctx.lang {
                        Lang::En => w.ends_with("ing"),
                        Lang::Ru => ru_active_participle(w),
                        _ => false,
                    }
                })
                && self.drops(h, "select:incursion-background")
            {
                continue;
            }
            // "Kazakhstan sold about 2 million tonnes of wheat to Iran last year", «В прошлом году Казахстан
            // продал Ирану около 2 млн тонн пшеницы», «وباعت كازاخستان إيران العام الماضي نحو مليوني طن من
            // القمح»: a verb of trade whose clause sums a whole year (`year_total`: last year, per year)
            // tells that year's trade, a standing figure, no act of the day.
            if TYPES[trig.kind as usize] == "COOPERATE"
                && trig.mode.as_deref() == Some("economic")
                && !trig.noun
                // (A verb of selling or shipping, whose row needs goods: "boosted trade last year",
                // "linked their payment systems last year" tell a step taken that year.)
                && trig
                    .needs
                    .is_some_and(|k| lt.topics.get(k as usize).is_some_and(|n| n == "goods"))
                && self.year_total(cr)
                // (Arms bought in a year are a transfer of weapons, aid the golds code: "Cairo
                // bought two dozen Russian helicopters last year".)
                && !(cr.start..cr.end).any(|t| self.topic_at(t, &["arms"]))
                && self.drops(h, "select:year-total-trade")
            {
                continue;
            }
            // «Чейни отправляется в Казахстан», «делегация направилась в Москву»: a Russian verb of sending
            // goods (an AID row, session 48) in its reflexive form sets off itself and sends nothing.
            if self.ctx.lang == Lang::Ru
                && TYPES[trig.kind as usize] == "AID"
                && !trig.noun
                && trig.needs.is_some_and(|k| {
                    self.tables
                        .lang(Lang::Ru)
                        .topics
                        .get(k as usize)
                        .is_some_and(|n| n == "goods")
                })
                && {
                    let w = self.scan.text(h.t0);
                    w.ends_with("ся") || w.ends_with("сь")
                }
                && self.drops(h, "select:ru-reflexive-sending")
            {
                continue;
            }
            if let Some(need) = trig.needs {
                // «الاتفاق الذي وقعته أرمينيا وأذربيجان»: in an Arabic relative clause the needed topic may be
                // the antecedent, the word or two right before الذي/التي (the verb's object pronoun).
                let antecedent = self.ctx.lang == Lang::Ar
                    && cr.start >= 1
                    && matches!(
                        self.scan.text(cr.start).trim_start_matches('و'),
                        "الذي" | "التي"
                    )
                    && self
                        .scan
                        .has_cue(cr.start.saturating_sub(2), cr.start, |c| {
                            c == Cue::Topic(need)
                        });
                if !antecedent
                    && !self.ar_signed_by_subject(h, trig)
                    && !self.ar_verb_reading(h, trig, cr)
                    && !self.sends_delegate(h, trig, cr.end)
                    && !self
                        .scan
                        .has_cue(cr.start, cr.end, |c| c == Cue::Topic(need))
                    && self.drops(h, "select:needs-topic")
                {
                    needs_dropped.set(true);
                    continue;
                }
            }
            // «القمة التي استضافتها أستانا», «قمة منظمة شنغهاي التي استضافتها …»: an Arabic meeting verb
            // right after الذي/التي that carries its antecedent as its object pronoun hosts or holds an
            // event (a summit, a conference, even one named by its bloc), and no one visits anyone.
            if self.ctx.lang == Lang::Ar
                && TYPES[trig.kind as usize] == "CONSULT"
                && !trig.noun
                && h.t1 == h.t0 + 1
                && cr.start >= 1
                && cr.start + 1 == h.t0
                && matches!(
                    self.scan.text(cr.start).trim_start_matches('و'),
                    "الذي" | "التي"
                )
                && ["ها", "ه"]
                    .iter()
                    .any(|e| self.scan.text(h.t0).ends_with(e))
                && self.drops(h, "select:ar-hosting-relative")
            {
                continue;
            }
            // «Принимающая саммит Аргентина», "Argentina, which hosted the summit, was …", «الأرجنتين، التي
            // استضافت القمة، …»: a host verb in a Russian active participle, or in a relative clause on the
            // state right before it, is an attribute of the host (eval/README conventions: a host named only
            // in a phrase is no party), and no one visits anyone (`host_in_attribute`).
            if TYPES[trig.kind as usize] == "CONSULT"
                && trig.mode.as_deref() == Some("host")
                && !trig.noun
                && self.host_in_attribute(h)
                && self.drops(h, "select:host-attribute")
            {
                continue;
            }
            // "Algeria, which supports the Polisario Front, said …", "an EU member that cooperates with NATO only
            // as a partner", «Австрия, …, сотрудничающая с НАТО», «الجمهوريتين اللتين تدعمهما موسكو»: a verb in
            // an English relative clause in the present simple, a Russian active participle of the present or
            // an Arabic imperfect in a relative clause says what its state does as a rule — a standing
            // relation told to describe it, no act of the day (eval/README: standing facts).
            // (A visit told so is going on: «محمود عباس، الذي يزور موسكو», the day's act.)
            if !trig.noun
                && trig.mode.as_deref() != Some("visit")
                && self.present_attribute(h)
                && self.drops(h, "select:present-attribute")
            {
                continue;
            }
            // "Mali has been suspended from the African Union since the coup", «с осени 2017 года блокирует
            // заседания», "وتستضيف بيلاروس … منذ العام الماضي": an act told in the present (or an English
            // passive in the perfect) beside the start of the period it has held for is a standing state,
            // no act of the day.
            if !trig.noun && self.present_since(h, cr) && self.drops(h, "select:present-since") {
                continue;
            }
            // «علّقت الخارجية الروسية على الاتفاقات»: an Arabic verb of suspending (علّق) with على in the gap
            // before its object comments on what follows; it suspends nothing.
            if self.ctx.lang == Lang::Ar
                && h.t1 > h.t0 + 1
                && super::lang_ar::is_suspend_verb(self.scan.text(h.t0))
                && (h.t0 + 1..h.t1 - 1).any(|t| matches!(self.scan.text(t), "علي" | "على"))
                && self.drops(h, "select:ar-comment-on")
            {
                continue;
            }
            // «Путин принял Лукашенко»: a bare Russian verb of receiving hosts a visit only when it
            // receives a person named by name (`ru_receives_person`); «принял решение» is no meeting.
            if self.ctx.lang == Lang::Ru
                && trig.mode.as_deref() == Some("host")
                && h.t1 == h.t0 + 1
                && !self.ru_receives_person(h)
                && self.drops(h, "select:ru-receive-no-person")
            {
                continue;
            }
            // "the Russian-backed republics", "Kremlin-brokered talks", "a US-led coalition": an English
            // verb form glued by a hyphen to a word before it qualifies the noun after it; no act. (Not
            // after a prefix: "co-hosted", "re-imposed", "test-fired".)
            if self.ctx.lang == Lang::En
                && h.t0 >= 2
                && self.scan.text(h.t0 - 1) == "-"
                && self.scan.toks[h.t0 - 2].word
                && self.scan.toks[h.t0 - 1].end == self.scan.toks[h.t0].start
                && !matches!(
                    self.scan.text(h.t0 - 2),
                    "co" | "re"
                        | "pre"
                        | "counter"
                        | "over"
                        | "under"
                        | "out"
                        | "de"
                        | "un"
                        | "non"
                        | "test"
                        | "fast"
                        | "double"
                        | "cross"
                        | "self"
                )
                && self.drops(h, "select:en-hyphen-qualifier")
            {
                continue;
            }
            // "The IMF warned that higher tariffs would slow growth": an English warning is a threat only
            // when it is addressed to someone or names a penalty or a response; a forecast is no event.
            if self.ctx.lang == Lang::En
                && !trig.noun
                && TYPES[trig.kind as usize] == "THREATEN"
                && h.t1 == h.t0 + 1
                && self.scan.text(h.t0).starts_with("warn")
                && !self.en_warning_is_threat(h)
                && self.drops(h, "select:en-warning-forecast")
            {
                continue;
            }
            // «Россия столкнётся с новыми санкциями на следующей неделе», «ستواجه روسيا عقوبات جديدة»: a
            // future of facing (`announcing_face`) also announces a measure; it threatens only under a
            // condition told after it («…, если продолжит», «إذا واصلت») or when what is faced is harm
            // itself (`threat_harm`: «последствиями», «عواقب»). (English rows say "would face".)
            if TYPES[trig.kind as usize] == "THREATEN"
                && (h.t0..h.t1).any(|t| {
                    self.tables
                        .words
                        .has(WordList::AnnouncingFace, self.scan.text(t))
                })
                && !(h.t0..h.t1).any(|t| {
                    self.tables
                        .words
                        .has(WordList::ThreatHarm, self.scan.text(t))
                })
                && !(h.t1..self.scan.toks.len()).any(|t| self.opens_condition(t))
                && self.drops(h, "select:face-without-condition")
            {
                continue;
            }
            // "called the move a provocation", "dubbed Tokyo a threat": a bare English verb of naming (its
            // own row, so that it swallows no trigger of its object) criticises only with an object and a
            // name after it, and only when the name condemns: a praising name for a state is support, any
            // other no event ("called a snap election", "called the visit a milestone", "called the unrest
            // an internal matter").
            if self.ctx.lang == Lang::En
                && h.t1 == h.t0 + 1
                && TYPES[trig.kind as usize] == "ACCUSE"
                && self
                    .tables
                    .words
                    .has(WordList::EnNamingVerb, self.scan.text(h.t0))
            {
                match self.en_naming_reading(h) {
                    NameReading::Condemns => {}
                    // "called China a reliable partner", "described Ecuador as a sister republic": a
                    // praising name for a state, its leader or its ties is the namer's support (Session-54
                    // ruling (a)).
                    NameReading::Praises => {
                        if let Some(praise) = lt.praise_verb() {
                            trig = praise;
                        }
                    }
                    // "called Erdogan the same evening to offer condolences", "called his Indian counterpart
                    // on Tuesday": a call to a leader named as its object, with no name after it, is a
                    // telephone call (`en_call_by_phone`), coded as the phone rows are ("phoned").
                    NameReading::Neutral => {
                        match self.en_call_by_phone(h).then(|| lt.phone_verb()).flatten() {
                            Some(phone) => trig = phone,
                            None if self.drops(h, "select:en-naming-not-critical") => continue,
                            None => {}
                        }
                    }
                }
            }
            // «قررت شركة رينو الفرنسية الانسحاب من السوق الروسية», «Shell выйдет из совместных предприятий в
            // России», "pulled out of the Russian market": a withdrawal from a market, a business or a joint
            // venture (`market_noun`) is a company's own decision, no act of one state towards another.
            if matches!(TYPES[trig.kind as usize], "SANCTION" | "RETREAT")
                && self.leaves_market(h)
                && self.drops(h, "select:market-exit")
            {
                continue;
            }
            // "warned Tokyo that it would respond": the response a warning announces is that warning.
            if self.ctx.lang == Lang::En
                && TYPES[trig.kind as usize] == "THREATEN"
                && matches!(self.scan.text(h.t0), "would" | "will")
                && self.scan.triggers.iter().any(|k| {
                    k.t0 < h.t0
                        && lt
                            .trigger(k.entry)
                            .is_some_and(|x| TYPES[x.kind as usize] == "THREATEN")
                })
                && self.drops(h, "select:en-warn-would")
            {
                continue;
            }
            // "talks in Cairo ended with an agreement to exchange ambassadors", "the visit ended in a
            // deal": an English verb of ending followed by "with" or "in" tells what something ended in,
            // never a pact ended (the gapped rows "ended … agreement", "end … ties").
            if self.ctx.lang == Lang::En
                && h.t1 > h.t0 + 1
                && self
                    .tables
                    .words
                    .has(WordList::TalksEndVerb, self.scan.text(h.t0))
                && matches!(self.scan.text(h.t0 + 1), "with" | "in")
                && self.drops(h, "select:en-ended-with")
            {
                continue;
            }
            // "coast guard ships seized", "arms exports dropped": a one-word English verb form right
            // before a past-tense verb trigger is that verb's subject, no event of its own.
            if self.ctx.lang == Lang::En
                && h.t1 == h.t0 + 1
                && self.scan.triggers.iter().any(|k| {
                    k.t0 == h.t1
                        && self.scan.text(k.t0).ends_with("ed")
                        && trig_of(k).is_some_and(|t| !t.noun)
                })
                && self.drops(h, "select:en-subject-before-verb")
            {
                continue;
            }
            // An English verb form after an article or a possessive is a noun: "at Tokayev's request",
            // "a ban on exports"; and so is an -s form right after a bare noun in the object of an
            // earlier verb of its own kind ("imposed asset freezes and travel bans on …": `en_plural_object`).
            let trig = if !trig.noun
                && self.ctx.lang == Lang::En
                && !self.incursion(h, trig)
                && (self.noun_position(h.t0) || self.en_plural_object(h, trig, clause))
            {
                lt.as_noun(trig)
            } else {
                trig
            };
            cands.push(Live {
                hit: *h,
                trig,
                clause,
            });
        }
        // An Arabic verb under the ل of purpose (زار … لبحث التعاون) is the aim of the verb before it.
        let absorbed: SmallVec<[bool; 8]> = (0..cands.len())
            .map(|i| {
                (cands[i].trig.noun || cands[i].hit.governed)
                    && self.absorbed(&cands, i)
                    && self.drops(&cands[i].hit, "select:absorbed")
            })
            .collect();
        // (What an agreement, a threat, an apology, a welcome or a protest holds: `content_of_act`; aid
        // agreed to: `agreed_aid`.)
        let content: SmallVec<[bool; 8]> = (0..cands.len())
            .map(|i| {
                !absorbed[i]
                    && ((self.content_of_act(&cands, i)
                        && self.drops(&cands[i].hit, "select:content-of-act"))
                        || (self.agreed_aid(&cands, i)
                            && self.drops(&cands[i].hit, "select:agreed-aid")))
            })
            .collect();
        let mut k = 0;
        cands.retain(|_| {
            k += 1;
            !absorbed[k - 1] && !content[k - 1]
        });
        self.live = cands;
        self.fronted.get_mut().clear();
        self.passives.get_mut().clear();
    }

    /// "signed a declaration on strengthening their strategic partnership", «подписали в Нью-Дели декларацию об
    /// укреплении партнёрства», «وقّع … إعلاناً بشأن التعاون», "apologised for the arrest of a diplomat",
    /// «احتجاجاً على قصف منتجع», "backed Moscow's demand for guarantees": an act a noun names in what an
    /// agreement, an apology, a protest or a backing is about — after it in its clause — is that act's content,
    /// not an act the sentence tells, like the content of an accusation and a request inside its rejection
    /// (eval/README). Unlike the object a verb absorbs, places and parties may stand between ("in New Delhi",
    /// the Arabic subject); what may not is an act of its own: only nouns, and "and" only between actors or
    /// content nouns. What stays: a verb (the act promised, "promised to supply", is kept as expected), what a
    /// warning is against ("against any Israeli attack", hypothetical), a meeting (the occasion, not the
    /// content), an act of the head's own kind (two agreements signed), the request at whose instance the head
    /// is done (`at_request`), and aid approved or backed ("approved a support package for Ukraine" gives it).
    fn content_of_act(&self, cands: &[Live<'_>], i: usize) -> bool {
        let me = &cands[i];
        let kind = TYPES[me.trig.kind as usize];
        if kind == "CONSULT"
            || (kind == "REQUEST" && self.at_request(&me.hit))
            || self.killing_by_named_fire(me)
        {
            return false;
        }
        // (An English past form read as a noun after a weapon word, "jets bombed", is the predicate.)
        let content_form = |v: &Live<'_>| {
            (v.trig.noun || v.hit.governed)
                && !(self.ctx.lang == Lang::En && self.scan.text(v.hit.t0).ends_with("ed"))
        };
        // ("signed a joint statement in Beijing establishing diplomatic relations", "a protocol freezing
        // the deployment of new missiles": an English -ing form right after the document it
        // qualifies — an agreement noun before it, only words between, no comma — says what the document
        // holds, `en_document_content`.)
        if !content_form(me) {
            return self.en_document_content(cands, i);
        }
        // «Требование Москвы запретить конгресс Дания отклонила»: a request noun fronted before the refusal
        // that governs it (Russian object-first order) is what is refused, no request of its own, as one named
        // after it (eval/README, session 19 (b)).
        if kind == "REQUEST"
            && me.trig.noun
            && self.ctx.lang == Lang::Ru
            && cands[i + 1..].iter().any(|c| {
                TYPES[c.trig.kind as usize] == "REJECT"
                    && !c.trig.noun
                    && c.clause == me.clause
                    && c.hit.t0 >= me.hit.t1
                    && c.hit.t0 - me.hit.t1 <= 20
            })
        {
            return true;
        }
        // ("and" opens a predicate of its own — "backed Peru and signed an arms deal" — unless it joins actors
        // or a second noun of the content: «о прекращении огня и отводе войск».)
        let joins_content = |t: usize| {
            self.actors.iter().any(|a| a.t0 == t + 1)
                || cands.iter().any(|v| v.hit.t0 == t + 1 && content_form(v))
        };
        (0..i).any(|j| {
            let c = &cands[j];
            let head = TYPES[c.trig.kind as usize];
            (matches!(head, "AGREE" | "CONCEDE" | "PROTEST")
                || (head == "SUPPORT" && kind != "AID"))
                && c.clause == me.clause
                && c.trig.kind != me.trig.kind
                && c.hit.t1 <= me.hit.t0
                && me.hit.t0 - c.hit.t1 <= 20
                && !(head == "AGREE"
                    && !c.trig.noun
                    && self.signs_domestic_act(&c.hit, self.clauses[c.clause].range.end))
                && cands[j + 1..i].iter().all(content_form)
                && !self.scan.cues.iter().any(|&(a0, _, cue)| {
                    cue == Cue::And && c.hit.t1 <= a0 && a0 < me.hit.t0 && !joins_content(a0)
                })
        })
    }

    /// Whether English verb trigger `cands[i]`, an -ing form, is the content of the agreement document named
    /// before it in its clause: an AGREE trigger (a document noun, kept or absorbed — "treaty",
    /// "agreement" —, or the signing that takes it) at most eight words back, with only words between (no
    /// comma, no "and"; a place or a partner may stand there) and no other verb trigger — "signed a declaration
    /// in Asmara on Monday establishing diplomatic relations". The -ing phrase qualifies the document (what
    /// it establishes or freezes), no
    /// act of its own (eval/README: the content of an agreement is no event of the signing's day). Only a
    /// material act — cooperation, a measure, a withdrawal, a deployment: aid, a concession or words are
    /// done by the document ("ratified an accord writing off most of Cuba's debt" gives it, "signed a
    /// statement admitting that …" admits it, "issued a joint statement condemning the invasion"
    /// condemns it; the golds code them); and not a domestic act signed ("signed a decree banning imports
    /// of Turkish fruit", `signs_domestic_act`), which is the measure itself.
    fn en_document_content(&self, cands: &[Live<'_>], i: usize) -> bool {
        let me = &cands[i];
        // (Not an -ing form under a preposition: "an agreement on withdrawing the soldiers" names what
        // is agreed, still to come, `agreement_about`.)
        if self.ctx.lang != Lang::En
            || me.trig.noun
            || !self.scan.text(me.hit.t0).ends_with("ing")
            || (me.hit.t0 > 0 && self.scan.has_cue(me.hit.t0 - 1, me.hit.t0, is_prep))
            || !matches!(
                TYPES[me.trig.kind as usize],
                "COOPERATE" | "SANCTION" | "RETREAT" | "MOBILIZE"
            )
        {
            return false;
        }
        cands[..i].iter().enumerate().rev().any(|(j, c)| {
            TYPES[c.trig.kind as usize] == "AGREE"
                && (c.trig.noun
                    || !self.signs_domestic_act(&c.hit, self.clauses[c.clause].range.end))
                && c.clause == me.clause
                && c.hit.t1 <= me.hit.t0
                && me.hit.t0 - c.hit.t1 <= 8
                && (c.hit.t1..me.hit.t0).all(|t| {
                    self.scan.toks[t].word && !self.scan.has_cue(t, t + 1, |k| k == Cue::And)
                })
                && cands[j + 1..i].iter().all(|v| v.trig.noun)
        })
    }

    /// Whether the word at token `t` is a verb of agreeing (`agreeing_verb_stem`: "agreed", «согласилась»,
    /// «договорились», «وافقت») or else of promising (`promising_verb_stem`: "pledged", «пообещал», «تعهدت»):
    /// the head whose content — what it governs — was agreed or promised, one AGREE (`agreed_aid`,
    /// `agreed_infinitive`). An Arabic verb carries its prefixes and suffixes around the stem («ووافقت»,
    /// «واتفقا», «وتعهدت», [`Coder::word_stem_of`]).
    pub(super) fn pledge_head(&self, t: usize) -> Option<Pledge> {
        if self.word_stem_of(t, WordList::AgreeingVerbStem) {
            Some(Pledge::Agreeing)
        } else if self.word_stem_of(t, WordList::PromisingVerbStem) {
            Some(Pledge::Promising)
        } else {
            None
        }
    }

    /// "Russia agreed on Thursday to lend Indonesia up to $1 billion", «Китай согласился в апреле предоставить
    /// Венесуэле кредит», «وافقت موسكو على شطب ديون ليبية»: aid in the infinitive that a verb of agreeing governs
    /// is what was agreed, one AGREE of the giver and no AID beside it (eval/README, session 19 (a): an agreed
    /// loan is one AGREE; the dev golds code an agreed delivery or purchase of arms the same way). The infinitive
    /// is the English one after "to", a Russian infinitive (`ru_infinitive`: -ть, -ти, -ться, -чь: «помочь»), an
    /// Arabic verbal noun right after على; only nouns may stand between it and the verb of agreeing. A verb of
    /// promising (`promising_verb_stem`: "promised to train officers", «пообещала обучать», and in Arabic the
    /// verbal noun glued to its ب, «تعهّدت بتقديم») governs aid the same way: a promise or pledge of aid is the
    /// AGREE alone (Session-55 ruling (b)). Aid told in the future tense with no promise («Москва предоставит
    /// кредит») stays the `expected` AID it was.
    fn agreed_aid(&self, cands: &[Live<'_>], i: usize) -> bool {
        let me = &cands[i];
        // (A verb of giving is COOPERATE economic in the lexicon until its object makes it aid, `refine.csv`:
        // «предоставить … кредит», «منح … قرضاً».)
        let giving = match TYPES[me.trig.kind as usize] {
            "AID" => true,
            "COOPERATE" => me.trig.mode.as_deref() == Some("economic"),
            _ => false,
        };
        if !giving || me.trig.noun || me.hit.t0 == 0 {
            return false;
        }
        let before = self.scan.text(me.hit.t0 - 1);
        let first = self.scan.text(me.hit.t0);
        // What the head governs: the English infinitive after "to", a Russian infinitive; in Arabic a
        // verbal noun after على for agreeing (وافقت على شطب), glued to the ب of a promise (تعهدت بتقديم).
        let governed = |head: usize| {
            self.pledge_head(head)
                .is_some_and(|pledge| match self.ctx.lang {
                    Lang::En => before == "to",
                    Lang::Ru => ru_infinitive(first),
                    Lang::Ar if pledge == Pledge::Agreeing => matches!(before, "علي" | "على"),
                    Lang::Ar => first.starts_with('ب') && first.len() > 6,
                })
        };
        (0..i).rev().any(|j| {
            let c = &cands[j];
            TYPES[c.trig.kind as usize] == "AGREE"
                && !c.trig.noun
                && c.clause == me.clause
                && c.hit.t1 <= me.hit.t0
                && me.hit.t0 - c.hit.t1 <= 12
                && governed(c.hit.t0)
                && cands[j + 1..i].iter().all(|v| v.trig.noun)
        })
    }

    /// The "that" (or Russian «что») that opens the clause of what English or Russian verb of promising
    /// `hit` promised ("Putin pledged that Russia would supply grain to Egypt", «Путин пообещал, что Россия
    /// поставит зерно»): at most four words or commas after the verb, no actor between. Its token.
    pub(super) fn promise_that(&self, hit: &Hit) -> Option<usize> {
        if !matches!(self.ctx.lang, Lang::En | Lang::Ru) || hit.t1 != hit.t0 + 1 {
            return None;
        }
        let words = &self.tables.words;
        if !words.has_stem_of(WordList::PromisingVerbStem, self.scan.text(hit.t0)) {
            return None;
        }
        let n = self.scan.toks.len();
        let c =
            (hit.t1..(hit.t1 + 5).min(n)).find(|&t| matches!(self.scan.text(t), "that" | "что"))?;
        let plain = (hit.t1..c).all(|t| self.scan.toks[t].word || is_comma(self.scan.text(t)));
        let actor = self.actors.iter().any(|a| a.t0 >= hit.t1 && a.t0 < c);
        (plain && !actor).then_some(c)
    }

    /// Whether live trigger `i` (a verb of type `kind`) is the act a kept promise's "that" clause tells, the
    /// first verb trigger after the "that" ([`Coder::promise_that`]): "Putin pledged that Russia would supply
    /// grain to Egypt" is the pledge alone, an AGREE aimed at Egypt, as "promised to supply" is (Session-55
    /// ruling (b); the dev golds of such clauses code the promise and no act beside it). Not a threat or a
    /// withdrawal (as `agreed_infinitive`).
    fn promised_act(&self, i: usize, kind: &str, out: &[EventRec]) -> bool {
        let me = &self.live[i];
        if !matches!(self.ctx.lang, Lang::En | Lang::Ru)
            || me.trig.noun
            || matches!(kind, "THREATEN" | "RETREAT" | "AGREE")
        {
            return false;
        }
        let Some(j) = (0..i).rev().find(|&j| !self.live[j].trig.noun) else {
            return false;
        };
        let head = &self.live[j];
        if TYPES[head.trig.kind as usize] != "AGREE" {
            return false;
        }
        let Some(c) = self.promise_that(&head.hit) else {
            return false;
        };
        let word = self.orig(head.hit.t0).to_lowercase();
        c < me.hit.t0
            && me.hit.t0 - c <= 10
            && !(c..me.hit.t0).any(|t| matches!(self.scan.text(t), ";" | "." | "—"))
            && out
                .iter()
                .any(|e| e.kind == "AGREE" && e.trigger.to_lowercase().starts_with(&word))
    }

    /// "agreed on Friday to restore diplomatic relations", "pledged to share intelligence", "promised to lend",
    /// «договорились установить дипломатические отношения», «пообещал закупать локомотивы»: in English and
    /// Russian an act in the infinitive that a verb of agreeing or promising governs (`agreeing_verb_stem`,
    /// `promising_verb_stem`) is what was agreed or promised, one AGREE and no event of its own (eval/README
    /// session 19 (a) names promising and pledging to lend with agreeing; session 22 (c): two states that
    /// agreed to normalise stay one AGREE); and so is an English act in the infinitive after the agreement
    /// document it is the purpose of ("signed a deal to build a pipeline", "struck a deal in Beijing to
    /// restore ties"), and a verb joined to such an act by "and"/«и» ("to restore relations and reopen their
    /// embassies"). Only nouns may stand between. Dropped where the run reaches it, after the head's roles
    /// were read with it in place, so that the AGREE keeps the parties it had (aid agreed to is dropped
    /// before, `agreed_aid`, the AGREE then aimed at the one it goes to). Not a threat ("vowed to retaliate"
    /// is the THREATEN of its own rows); not a withdrawal agreed or pledged ("pledged to withdraw its
    /// troops", «согласилась вывести войска», اتفق … على سحب القوات: the golds code it `expected` beside the
    /// AGREE, and Arabic is left out for that reason); aid agreed to or promised is mostly `agreed_aid`'s,
    /// dropped before the roles are read (Session-55 ruling (b): a promise of aid is the AGREE alone); not what an
    /// accepted offer or invitation holds ("accepted an invitation to visit Moscow": the visit stays
    /// `expected`, whose head is no verb of agreeing); and aid told in the future tense («по которому Москва
    /// предоставит кредит») stays the `expected` AID it was.
    fn agreed_infinitive(&self, i: usize, kind: &str) -> bool {
        let me = &self.live[i];
        if self.ctx.lang == Lang::Ar
            || me.trig.noun
            || me.trig.object
            || me.hit.t0 == 0
            || matches!(kind, "THREATEN" | "RETREAT")
        {
            return false;
        }
        let words = &self.tables.words;
        let first = self.scan.text(me.hit.t0);
        let before = self.scan.text(me.hit.t0 - 1);
        let nouns_between = |j: usize| self.live[j + 1..i].iter().all(|v| v.trig.noun);
        // ("… to restore diplomatic relations and reopen their embassies": the verb after "and" in the bare
        // form — no past, "pledged to lend Peru $2 billion and recalled its ambassador" — is a second act of
        // the same content.)
        let bare = match self.ctx.lang {
            Lang::En => {
                !first.ends_with("ed")
                    && !first.ends_with("ing")
                    && !words.has(WordList::EnIrregularParticiple, first)
            }
            _ => ru_infinitive(first),
        };
        // (Or after "and" with the agreeing verb itself the verb before, the first act told by no trigger:
        // "agreed to resume ferry services and open a rail link".)
        let heads = |c: &Live<'_>| {
            TYPES[c.trig.kind as usize] == "AGREE" && self.pledge_head(c.hit.t0).is_some()
        };
        if matches!(before, "and" | "и") {
            return bare
                && (0..i)
                    .rev()
                    .find(|&k| !self.live[k].trig.noun)
                    .is_some_and(|k| {
                        let p = &self.live[k];
                        p.clause == me.clause
                            && p.hit.t1 <= me.hit.t0
                            && nouns_between(k)
                            && ((me.hit.t0 - p.hit.t1 <= 6
                                && self.agreed_infinitive(k, TYPES[p.trig.kind as usize]))
                                || (heads(p)
                                    && me.hit.t0 - p.hit.t1 <= 12
                                    && (p.hit.t1..me.hit.t0).any(|t| self.scan.text(t) == "to")))
                    });
        }
        if !(bare && (self.ctx.lang != Lang::En || before == "to")) {
            return false;
        }
        (0..i).rev().any(|j| {
            let c = &self.live[j];
            let head = if c.trig.noun {
                false
            } else if c.trig.object {
                self.ctx.lang == Lang::En
            } else {
                heads(c)
            };
            head && TYPES[c.trig.kind as usize] == "AGREE"
                && c.clause == me.clause
                && c.hit.t1 <= me.hit.t0
                && me.hit.t0 - c.hit.t1 <= 12
                && nouns_between(j)
        })
    }

    /// Whether noun trigger `hit` is the bare noun of cooperation or investment: its row is one word of
    /// `relation_noun` ("cooperation", «сотрудничеств*», التعاون, "investment", «инвестици*», استثمارات),
    /// read from the row, not the token, so that Arabic proclitics (للتعاون) and Russian endings count.
    /// Not when a verb of starting, resuming or widening stands in the three words before it ("agreed to
    /// expand economic cooperation", «смогут наладить сотрудничество», «سيعززان تعاونهما»,
    /// `widening_verb`): that verb names the act, which the noun then carries.
    fn relation_noun(&self, hit: &Hit) -> bool {
        let lt = self.tables.lang(self.ctx.lang);
        let words = &self.tables.words;
        matches!(
            lt.entries[hit.entry as usize].words.as_slice(),
            [data::Word::Exact(w) | data::Word::Stem(w)] if words.has(WordList::RelationNoun, w)
        ) && !(hit.t0.saturating_sub(3)..hit.t0).any(|t| {
            let w = self.scan.text(t);
            // (Not an Arabic intransitive form V or VI, «يتوسع التعاون»: the noun is its subject, as in
            // "cooperation is expanding".)
            self.scan.toks[t].word
                && match self.ctx.lang {
                    Lang::Ar => {
                        let v = unglued(w);
                        !(v.starts_with("يت") || v.starts_with("تت"))
                            && words.has_part_of(WordList::WideningVerb, v)
                    }
                    _ => words.has_stem_of(WordList::WideningVerb, w),
                }
        })
    }

    /// Whether trigger `hit` is the bare noun of a measure (its row one word of `measure_noun`: "sanctions",
    /// "embargo", «санкци*», «эмбарго», العقوبات) with no word that makes it an act (`measure_act_word`: a
    /// verb of imposing, adopting, widening, joining or aiming, "new", «новый», جديدة) in its clause `cr`
    /// before it or in the five words after it («санкции, введённые Евросоюзом»): the measure is named,
    /// not imposed.
    fn standing_measure(&self, hit: &Hit, cr: &Range<usize>) -> bool {
        let lt = self.tables.lang(self.ctx.lang);
        let words = &self.tables.words;
        let after = (hit.t1 + 5).min(self.scan.toks.len());
        matches!(
            lt.entries[hit.entry as usize].words.as_slice(),
            [data::Word::Exact(w) | data::Word::Stem(w)] if words.has(WordList::MeasureNoun, w)
        ) && !(cr.start..hit.t0).chain(hit.t1..after).any(|t| {
            let w = self.scan.text(t);
            // (An Arabic verb's stem anywhere in the word: «ففرضت», «وتبنت».)
            self.scan.toks[t].word
                && match self.ctx.lang {
                    Lang::Ar => words.has_part_of(WordList::MeasureActWord, w),
                    _ => words.has_stem_of(WordList::MeasureActWord, w),
                }
        })
    }

    /// "The Chinese embassy declined to comment on the report", "refused to confirm that …", «В посольстве
    /// отказались от комментариев», «отказался подтвердить», «رفضت الخارجية الروسية التعليق على التقارير»: a
    /// refusal whose object is the doer's own words (`refused_speech`: commenting, confirming, disclosing,
    /// giving details or names, making a statement) refuses no party anything (eval/README: a refusal to
    /// comment is no event). One class for the three languages: looked for in the words after the verb up to
    /// punctuation (not bounded by the clause: a verb of saying opens one, "refused to say whether …"), five
    /// of them in English and Russian (a day may stand before the infinitive, "declined on Monday to
    /// comment"), where a row is the start of a word; six in Arabic, which puts its subject between the verb
    /// and such an object, where a row is the whole word (the verbal noun with its article, التعليق).
    pub(super) fn refuses_own_words(&self, hit: &Hit) -> bool {
        let words = &self.tables.words;
        let reach = if self.ctx.lang == Lang::Ar { 6 } else { 5 };
        (hit.t1..(hit.t1 + reach).min(self.scan.toks.len()))
            .take_while(|&t| self.scan.toks[t].word)
            .any(|t| {
                let w = self.scan.text(t);
                match self.ctx.lang {
                    Lang::Ar => words.has(WordList::RefusedSpeech, w),
                    _ => words.has_stem_of(WordList::RefusedSpeech, w),
                }
            })
    }

    /// «احتجاجاً على مقتل ثلاثة صيادين برصاص البحرية الإيرانية», «ندد العراق بمقتل مدنيين بنيران القوات
    /// التركية»: a killing noun whose own pattern closes on the one who fired (a `by` cue: بنيران، برصاص) tells
    /// the attack with its doer, an event of its own besides the protest or the condemnation it is the
    /// cause of (eval/README: the assault a reaction answers is coded too), not their mere content.
    fn killing_by_named_fire(&self, me: &Live<'_>) -> bool {
        me.trig.noun
            && TYPES[me.trig.kind as usize] == "ASSAULT"
            && me.hit.t1 > me.hit.t0 + 1
            && self
                .scan
                .cues
                .iter()
                .any(|&(c0, c1, c)| c == Cue::By && c0 + 1 == me.hit.t1 && c1 == me.hit.t1)
    }

    /// "signed a decree banning …", "signed the bill into law", «подписал указ о приостановке участия»,
    /// «وقّع الرئيس الروسي فلاديمير بوتين الخميس مرسوماً»: a signing verb whose object is a domestic act (its
    /// clause ending at `end`) signs no agreement.
    fn signs_domestic_act(&self, hit: &Hit, end: usize) -> bool {
        (self.ctx.lang == Lang::Ar
            && (hit.t1..(hit.t1 + 8).min(end)).any(|t| {
                self.tables
                    .words
                    .has(WordList::ArDomesticAct, self.scan.text(t))
            }))
            || (self.ctx.lang == Lang::En
                && (hit.t1..(hit.t1 + 3).min(self.scan.toks.len())).any(|t| {
                    self.tables
                        .words
                        .has(WordList::EnDomesticAct, self.scan.text(t))
                }))
            // (A time phrase may stand between: «подписал в субботу указ о мерах против Турции».)
            || (self.ctx.lang == Lang::Ru
                && self.scan.text(hit.t0).starts_with("подпис")
                && (hit.t1..(hit.t1 + 4).min(end)).any(|t| {
                    self.tables
                        .words
                        .has(WordList::RuDomesticAct, self.scan.text(t))
                }))
    }

    /// «ووقّع الجانبان بياناً مشتركاً», «وقّعت مصر والسعودية، خلال الزيارة، اتفاقاً», «ووقع قادة روسيا وإيران
    /// البيان الختامي»: an Arabic signing verb (a verb row of AGREE that needs the agreement topic) with its
    /// subject right after it — a state, a leader, "the two sides", not an adjective nor after a preposition —
    /// signs, whatever its document is called and wherever the clause puts it. The other sense of وقع,
    /// "took place, fell" (وقع انفجار، وقعت اشتباكات بين …، وقع الهجوم الإسرائيلي), has a noun for its
    /// subject.
    fn ar_signed_by_subject(&self, h: &Hit, trig: &Trigger) -> bool {
        self.ctx.lang == Lang::Ar
            && !trig.noun
            && TYPES[trig.kind as usize] == "AGREE"
            && self.actors.iter().any(|a| {
                a.t0 >= h.t1
                    && a.t0 <= h.t1 + 2
                    && !a.adjective
                    && a.clitic.is_none()
                    && !(h.t1..a.t0).any(|t| self.scan.has_cue(t, t + 1, is_prep))
            })
    }

    /// "Chile and Peru reached a fisheries agreement", «أعلنت الإمارات وإسرائيل اتفاقاً»: an agreement
    /// document that two parties joined by and/و, named before it in its clause and under no preposition
    /// (its subjects; Arabic: right after the clause's verb or right before the document), take as their
    /// object — itself under no preposition, in the two words before it or as an
    /// Arabic proclitic — is their agreement, whatever the verb (reached, announced) that the trigger rows
    /// do not hold; but only a document told as new, indefinite: a definite one ("violated the treaty",
    /// "رعتا الاتفاق") is one known before, no act of the sentence — save the Arabic verbal noun
    /// «الاتفاق على» "agreeing on". Russian, with no article to tell the two apart, keeps its documents
    /// out. A document named with its parties after it ("the deal between Moscow and Pyongyang", «معاهدة …
    /// بين روسيا وكوريا»), or governed by a preposition ("over the treaty with Israel"), stays no event.
    fn document_of_its_subjects(&self, hit: &Hit, trig: &Trigger, clause: usize) -> bool {
        if TYPES[trig.kind as usize] != "AGREE" || hit.governed || self.ctx.lang == Lang::Ru {
            return false;
        }
        let cr = &self.clauses[clause].range;
        let before = hit.t0.saturating_sub(2).max(cr.start);
        if self.scan.has_cue(before, hit.t0, is_prep) {
            return false;
        }
        let words = &self.tables.words;
        let definite = match self.ctx.lang {
            Lang::En => (before..hit.t0)
                .any(|t| words.has(WordList::EnDefiniteDeterminer, self.scan.text(t))),
            _ => {
                let bare = unglued(self.scan.text(hit.t0));
                words.has_stem_of(WordList::ArArticle, bare)
                    && !(hit.t1 < cr.end
                        && words.has(WordList::ArOnPreposition, self.scan.text(hit.t1)))
            }
        };
        if definite {
            return false;
        }
        // (Its subjects: two actors joined by "and"/و, «الإمارات وإسرائيل», "the British and Irish
        // governments", under no preposition, and no other act between them and the document, whose means
        // or topic it would be: «إيران وروسيا تعززان التعاون عبر معاهدة».)
        let subject = |a: &super::actors::Actor<'_>| {
            a.t0 >= cr.start
                && a.t1 <= hit.t0
                && a.clitic.is_none()
                // (Two words back: «في دولة خليجية» puts its adjective under the preposition too.)
                && !self
                    .scan
                    .has_cue(a.t0.saturating_sub(2).max(cr.start), a.t0, is_prep)
        };
        // (Arabic puts its subjects right after the verb that opens the clause, «أعلنت الإمارات وإسرائيل …
        // اتفاقاً», or right before their object, «إعلان الإمارات وإسرائيل الاتفاق»; names that open the
        // clause are its topic, «إيران وروسيا تعززان التعاون عبر معاهدة».)
        let arabic = self.ctx.lang == Lang::Ar;
        self.actors.iter().enumerate().any(|(k, a)| {
            subject(a)
                && self.actors[k + 1..].iter().any(|b| {
                    subject(b)
                        && (!arabic || (a.t0 > cr.start && a.t0 <= cr.start + 2) || b.t1 == hit.t0)
                        && b.ids.iter().any(|id| !a.ids.contains(id))
                        && ((b.and_clitic && b.t0 == a.t1)
                            || (b.t0 == a.t1 + 1
                                && self.scan.has_cue(a.t1, b.t0, |c| c == Cue::And)))
                        && !self
                            .live
                            .iter()
                            .any(|l| !l.trig.object && l.hit.t0 >= b.t1 && l.hit.t0 < hit.t0)
                })
        })
    }

    /// «طلب الرئيس اللبناني … مساعدة روسيا», «طلب رئيس زيمبابوي … دعم روسيا»: an Arabic noun row spelled as
    /// the perfect verb (`ar_verb_spelled_noun`: طلب "a request" and "asked") is the verb where Arabic puts
    /// one — bare (no article, no proclitic preposition), opening its clause, an actor after it before any
    /// preposition (its subject, VSO) — and as a verb it needs no topic. Governed or definite («على طلب
    /// الرئيس», «رفضت الكويت الطلب») or with no subject after it («وطلب منه», «وطلب اللجوء إلى …»), it stays
    /// the noun of its row.
    fn ar_verb_reading(&self, h: &Hit, trig: &Trigger, cr: &Range<usize>) -> bool {
        self.ctx.lang == Lang::Ar
            && trig.noun
            && !h.governed
            && h.t1 == h.t0 + 1
            && h.t0 == cr.start
            && self
                .tables
                .words
                .has(WordList::ArVerbSpelledNoun, unglued(self.scan.text(h.t0)))
            && self.actors.iter().any(|a| {
                a.t0 >= h.t1
                    && a.t0 <= h.t1 + 2
                    && a.clitic.is_none()
                    && !(h.t1..a.t0).any(|t| self.scan.has_cue(t, t + 1, is_prep))
            })
    }

    /// Whether English trigger `h` is a participle of stationing (`stationed_word`: "stationed", "based")
    /// that tells where troops stand rather than an act: right after a noun of troops ("the troops stationed
    /// in Moldova", a reduced relative; not "deployed", which English also uses as an active verb without
    /// object: "Russian troops deployed to the border"), or after a present form of "be" or "remain",
    /// an adverb of time allowed between ("where Russian troops are still stationed"). A past "were
    /// stationed" may tell the act and stays.
    fn en_stationed_state(&self, h: &Hit, trig: &Trigger) -> bool {
        if self.ctx.lang != Lang::En || trig.noun || h.t1 != h.t0 + 1 || h.t0 == 0 {
            return false;
        }
        let w = self.scan.text(h.t0);
        if !self.tables.words.has(WordList::StationedWord, w) {
            return false;
        }
        // (The forms of "be" and the adverbs of time are closed classes of English grammar, kept in code.)
        let present_be =
            |t: usize| matches!(self.scan.text(t), "is" | "are" | "remain" | "remains");
        let prev = h.t0 - 1;
        (w != "deployed" && self.troop_word(prev))
            || present_be(prev)
            || (prev > 0
                && matches!(
                    self.scan.text(prev),
                    "still" | "now" | "currently" | "permanently" | "already"
                )
                && present_be(prev - 1))
    }

    /// Whether a word in the object of deploying verb `h` (within ten words after it in its clause `cr`,
    /// or inside a gapped row's own words) is a debt paper (`finance_object`: bonds, «облигации»,
    /// «سندات»): the verb issues it on a market.
    fn finance_object(&self, h: &Hit, cr: &Range<usize>) -> bool {
        let end = (h.t1 + 10).min(cr.end);
        (h.t0 + 1..end).any(|t| self.word_of(t, WordList::FinanceObject, WordList::FinanceObject))
    }

    /// Whether token `t` is a word of `list`: a whole word in English, a stem in Russian, a whole word
    /// with its conjunction taken off in Arabic.
    fn word_in(&self, t: usize, list: WordList) -> bool {
        let w = self.scan.text(t);
        let words = &self.tables.words;
        match self.ctx.lang {
            Lang::Ru => words.has_stem_of(list, w),
            Lang::Ar => words.has(list, unglued(w)),
            _ => words.has(list, w),
        }
    }

    /// Whether a token of bytes `b` may be a word of `list` as [`Coder::word_in`] reads it: the list's
    /// sieve (of stems in Russian; of the word after its conjunctions in Arabic), `false` when `word_in`
    /// is.
    #[inline(always)]
    fn may_be_word_in(&self, b: &[u8], list: WordList) -> bool {
        let words = &self.tables.words;
        match self.ctx.lang {
            Lang::Ru => words.may_have_stem_of(list, b),
            Lang::Ar => words.may_have(list, unglued_bytes(b)),
            _ => words.may_have(list, b),
        }
    }

    /// Whether trigger `h` follows, in its sentence, an opinion frame: a commentator (`opinion_holder`:
    /// analysts, experts, observers, diplomats, «эксперты», «محللون») with a verb of judging or
    /// foreseeing within three words before or after it (`opinion_verb`: see, expect, believe, «полагают»,
    /// «считают», «يرى», «يتوقع», and the nouns of "in the view of", «по мнению», «في رأي»), the
    /// trigger after both and no semicolon or colon between. (A frame after the act, "…, analysts said",
    /// leaves it.)
    fn opinion_frame_before(&self, h: &Hit) -> bool {
        // (Each token before the trigger by the holders' sieve first, inline: few pass it.)
        let holder = |b: &[u8]| self.may_be_word_in(b, WordList::OpinionHolder);
        self.scan.any_before(h.t0, holder, |t| {
            self.word_in(t, WordList::OpinionHolder) && {
                let lo = t.saturating_sub(3);
                let hi = (t + 4).min(h.t0);
                (lo..hi).any(|v| v != t && self.word_in(v, WordList::OpinionVerb))
                    // (A semicolon or a colon ends the reading: "…; South Africa has not condemned the
                    // invasion" is told by the writer.)
                    && !(t + 1..h.t0).any(|u| matches!(self.scan.text(u), ";" | ":" | "؛"))
            }
        })
    }

    /// Whether protest noun `h` stands in the phrase of a reason (`protest_reason_word` right before it:
    /// "in protest", «в знак протеста»; Arabic احتجاجا is the adverb itself) after another trigger of its
    /// sentence, whose motive it gives.
    fn protest_as_reason(&self, h: &Hit) -> bool {
        let reason = if self.ctx.lang == Lang::Ar {
            self.word_in(h.t0, WordList::ProtestReasonWord)
        } else {
            // (English "in protest", one word with no plural: "took part in protests" tells protests.)
            h.t0 >= 1
                && self.word_in(h.t0 - 1, WordList::ProtestReasonWord)
                && !(self.ctx.lang == Lang::En && self.scan.text(h.t0).ends_with('s'))
        };
        reason
            && self
                .scan
                .triggers
                .iter()
                .any(|o| o.t1 <= h.t0 && o.t0 + 2 < h.t0)
    }

    /// Whether trigger `h` lies inside quotation marks that open right after a word of naming or a noun of
    /// a work (`title_word`: titled, called, film, book, «названием», «фильм», بعنوان, اسم) and close after it
    /// within the sentence.
    fn inside_quoted_title(&self, h: &Hit) -> bool {
        let quote = |t: usize| matches!(self.scan.text(t), "\"" | "'");
        let Some(open) = (0..h.t0).rev().take(12).find(|&t| quote(t)) else {
            return false;
        };
        open >= 1
            && self.word_in(open - 1, WordList::TitleWord)
            && (h.t1..self.scan.toks.len().min(h.t1 + 12)).any(quote)
    }

    /// Whether attack verb `h` (`spoken_attack_verb`: attacked, هاجم) has a person for its doer: a person
    /// mention ending at most three words before it, or in Arabic beginning at most four words after it
    /// (the verb first), with no troops or arms between (forces, units and drones attack in deed).
    fn spoken_attack(&self, h: &Hit) -> bool {
        if !self.word_in(h.t0, WordList::SpokenAttackVerb) {
            return false;
        }
        let deed = |a: usize, b: usize| {
            (a..b).any(|t| self.troop_word(t) || self.topic_at(t, &["arms", "vessel", "military"]))
        };
        self.actors.iter().any(|a| {
            a.person
                && ((a.t1 <= h.t0 && h.t0 - a.t1 <= 3 && !deed(a.t0, h.t0))
                    || (self.ctx.lang == Lang::Ar
                        && a.t0 >= h.t1
                        && a.t0 - h.t1 <= 4
                        && !deed(h.t1, a.t1)))
        })
    }

    /// Whether a claim (`dropped_claim_noun`: objection, charges, demand, اعتراض, تهم) is the object of
    /// verb `h`, within five words after it in its clause `cr` (its subject and a time between), with no
    /// weapon or craft named before it.
    fn dropped_claim(&self, h: &Hit, cr: &Range<usize>) -> bool {
        let end = (h.t1 + 5).min(cr.end);
        (h.t1..end)
            .find(|&t| self.word_stem_of(t, WordList::DroppedClaimNoun))
            .is_some_and(|c| {
                !(h.t1..c).any(|t| {
                    self.topic_at(t, &["arms", "vessel", "military"]) || self.troop_word(t)
                })
            })
    }

    /// Whether Arabic verb `h` is done by a veto: «بالفيتو», «بفيتو», «بالنقض» within five words after it in
    /// its clause `cr`.
    fn by_veto(&self, h: &Hit, cr: &Range<usize>) -> bool {
        let end = (h.t1 + 5).min(cr.end);
        (h.t1..end).any(|t| matches!(unglued(self.scan.text(t)), "بالفيتو" | "بفيتو" | "بالنقض"))
    }

    /// Whether a forecast or estimate (`forecast_noun`) stands inside trigger `h` after its first word, or
    /// in the two words after it in its clause `cr`.
    fn forecast_object(&self, h: &Hit, cr: &Range<usize>) -> bool {
        let end = (h.t1 + 2).min(cr.end).max(h.t1);
        (h.t0 + 1..end).any(|t| self.word_stem_of(t, WordList::ForecastNoun))
    }

    /// Whether a verb of paying (`pay_verb`: دفع, تدفع, تسدد, سداد …) stands among the three words before
    /// trigger `h` in its clause `cr` (its subject may stand between: «تدفع كوبا ثمنها»).
    fn paid_price(&self, h: &Hit, cr: &Range<usize>) -> bool {
        let mut seen = 0;
        for t in (cr.start..h.t0).rev() {
            if !self.scan.toks[t].word {
                continue;
            }
            if self.word_stem_of(t, WordList::PayVerb) {
                return true;
            }
            seen += 1;
            if seen == 3 {
                break;
            }
        }
        false
    }

    /// Whether a grant of leave, status or time (`grant_object`: permission, «разрешение», الإذن, امتياز)
    /// stands among the four words after giving verb `h` in its clause `cr` (the receiver between).
    fn grant_object(&self, h: &Hit, cr: &Range<usize>) -> bool {
        let end = (h.t1 + 4).min(cr.end).max(h.t1);
        (h.t1..end).any(|t| self.word_stem_of(t, WordList::GrantObject))
    }

    /// Whether a complementiser opens the words right after trigger `h` (a comma may stand between):
    /// «что» (not «чтобы», which asks), "that", أن/إن/بأن.
    fn claim_clause_after(&self, h: &Hit) -> bool {
        let n = self.scan.toks.len();
        let mut t = h.t1;
        if t < n && !self.scan.toks[t].word && is_comma(self.scan.text(t)) {
            t += 1;
        }
        t < n
            && match self.ctx.lang {
                Lang::Ru => self.scan.text(t) == "что",
                Lang::En => self.scan.text(t) == "that",
                _ => matches!(unglued(self.scan.text(t)), "ان" | "بان"),
            }
    }

    /// Whether sending verb `h` has a weapon of attack (`strike_weapon`) among its own words or the eight
    /// after it in its clause `cr`, and there an English "against", or a Russian «на» (Arabic على) right
    /// before an actor.
    fn weapon_sent_against(&self, h: &Hit, cr: &Range<usize>) -> bool {
        let end = (h.t1 + 8).min(cr.end).max(h.t1);
        if !(h.t0..end).any(|t| self.word_stem_of(t, WordList::StrikeWeapon)) {
            return false;
        }
        let actor_at = |t: usize| self.actors.iter().any(|a| a.t0 == t);
        (h.t1..end).any(|t| match (self.ctx.lang, self.scan.text(t)) {
            (Lang::En, "against") => true,
            (Lang::Ru, "на") | (Lang::Ar, "علي") => actor_at(t + 1),
            _ => false,
        })
    }

    /// Whether the withdrawal at `h` is from a market, a business or a joint venture (`market_noun`): a
    /// preposition of leaving (from, of, из, с, من) ends the trigger or follows it, and such a noun is one of
    /// the three words after it («من السوق الروسية», «из совместных предприятий», "of the Russian market").
    fn leaves_market(&self, h: &Hit) -> bool {
        let n = self.scan.toks.len();
        let from = |t: usize| matches!(self.scan.text(t), "from" | "of" | "из" | "с" | "со" | "من");
        let p = if from(h.t1 - 1) {
            h.t1 - 1
        } else if h.t1 < n && from(h.t1) {
            h.t1
        } else {
            return false;
        };
        (p + 1..n)
            .take_while(|&t| self.scan.toks[t].word)
            .take(3)
            .any(|t| {
                self.tables
                    .words
                    .has(WordList::MarketNoun, self.scan.text(t))
            })
    }

    /// Whether English stopping verb `h` ("stopped", "stops") is followed by "over", "off", or by "in"/"at"
    /// and a word that is no month, year or season ("stopped in Samarkand", "stopped at the border"; not
    /// "stopped in May", "stopped in 2019", "stopped in early 2020").
    fn en_stopover(&self, h: &Hit) -> bool {
        let n = self.scan.toks.len();
        if !self.scan.text(h.t0).starts_with("stop") || h.t1 >= n {
            return false;
        }
        match self.scan.text(h.t1) {
            "over" | "off" => true,
            "in" | "at" => {
                h.t1 + 1 < n && {
                    let w = self.scan.text(h.t1 + 1);
                    self.scan.toks[h.t1 + 1].word
                        && !w.starts_with(|c: char| c.is_ascii_digit())
                        && crate::dates::month_number(w).is_none()
                        && !matches!(
                            w,
                            "early"
                                | "late"
                                | "mid"
                                | "the"
                                | "spring"
                                | "summer"
                                | "autumn"
                                | "winter"
                        )
                }
            }
            _ => false,
        }
    }

    /// Whether the complement clause of Russian assuring verb `h` (opened by «что» within six words after
    /// it, a comma before) tells a past or present fact: a verb in the past or «нет» before the next comma,
    /// and no word of the future («будет», «станут», «впредь»).
    fn ru_fact_clause(&self, h: &Hit) -> bool {
        let n = self.scan.toks.len();
        let Some(that) = (h.t1..(h.t1 + 7).min(n)).find(|&t| self.scan.text(t) == "что") else {
            return false;
        };
        let mut fact = false;
        for t in that + 1..(that + 12).min(n) {
            let w = self.scan.text(t);
            if !self.scan.toks[t].word {
                if is_comma(w) || is_hard_punct(w) {
                    break;
                }
                continue;
            }
            if w.starts_with("буд") || w.starts_with("стан") || w == "впредь" {
                return false;
            }
            fact |= w == "нет" || ru_past_verb(w);
        }
        fact
    }

    /// Whether Russian trigger `h` is the short passive participle of a verb of blocking («заблокирован»,
    /// «блокированы») with a thing that can be blocked (`blockade_noun`) among the six words before it in
    /// its clause `cr`.
    fn ru_passive_blockade(&self, h: &Hit, cr: &Range<usize>) -> bool {
        if self.ctx.lang != Lang::Ru || h.t1 != h.t0 + 1 {
            return false;
        }
        let w = self.scan.text(h.t0);
        let passive = ["заблокирован", "блокирован"].iter().any(|p| {
            w.strip_prefix(p)
                .is_some_and(|end| matches!(end, "" | "а" | "о" | "ы"))
        });
        passive
            && (cr.start.max(h.t0.saturating_sub(6))..h.t0)
                .any(|t| self.word_stem_of(t, WordList::BlockadeNoun))
    }

    /// Whether a word of words or persuasion (`figurative_force_word`: charm, diplomatic, «дипломатическое»,
    /// دبلوماسيا) stands right before trigger `h`, right after it, or before its last word.
    fn figurative_force(&self, h: &Hit) -> bool {
        let n = self.scan.toks.len();
        let fig = |t: usize| self.word_stem_of(t, WordList::FigurativeForceWord);
        if self.ctx.lang == Lang::Ar {
            // (An Arabic adjective follows its noun and agrees with it: «هجوما دبلوماسيا», «الهجوم
            // الدبلوماسي»; a noun of persons after it is a genitive, «اغتيال دبلوماسي».)
            if h.t1 >= n {
                return false;
            }
            let (noun, next) = (self.scan.text(h.t1 - 1), unglued(self.scan.text(h.t1)));
            let agrees = (noun.ends_with('ا') && next.ends_with('ا'))
                || (unglued(noun).starts_with("ال") && next.starts_with("ال"));
            return agrees && fig(h.t1);
        }
        (h.t0 > 0 && fig(h.t0 - 1))
            || (h.t1 < n && fig(h.t1))
            || (h.t1 >= h.t0 + 2 && fig(h.t1 - 2))
    }

    /// Whether noun trigger `h` is the object of a reading: a verb of reading (`reading_verb`) at most three
    /// words before it and "as" («как», Arabic على أن…/بأن…) at most three words after it; or, in Russian,
    /// «видят в» right before it.
    fn read_as(&self, h: &Hit) -> bool {
        let n = self.scan.toks.len();
        let reading =
            (h.t0.saturating_sub(3)..h.t0).any(|t| self.word_in(t, WordList::ReadingVerb));
        if !reading {
            return false;
        }
        if self.ctx.lang == Lang::Ru
            && h.t0 >= 2
            && matches!(self.scan.text(h.t0 - 1), "в" | "во")
            && self.word_in(h.t0 - 2, WordList::ReadingVerb)
        {
            return true;
        }
        (h.t1..(h.t1 + 3).min(n)).any(|t| {
            let w = self.scan.text(t);
            match self.ctx.lang {
                Lang::Ru => w == "как",
                Lang::Ar => {
                    let w = unglued(w);
                    w.starts_with("بان")
                        || (w == "علي" && t + 1 < n && self.scan.text(t + 1).starts_with("ان"))
                }
                _ => w == "as",
            }
        })
    }

    /// Whether the object of host verb `h` (the four words after it in its clause `cr`) names weapons or
    /// troops (an `arms` topic cue, a `troop_noun`).
    fn hosts_arms(&self, h: &Hit, cr: &Range<usize>) -> bool {
        let end = (h.t1 + 4).min(cr.end);
        (h.t1..end).any(|t| self.topic_at(t, &["arms"]) || self.troop_word(t))
    }

    /// Whether clause `cr` names a whole year as the span of what it tells (`year_total` words and pairs:
    /// "last year", "per year", «в прошлом году», «العام الماضي», «سنويا»).
    fn year_total(&self, cr: &Range<usize>) -> bool {
        let words = &self.tables.words;
        let end = cr.end.min(self.scan.toks.len());
        (cr.start..end).any(|t| {
            let w = self.scan.text(t);
            words.has(WordList::YearTotal, w)
                || (t + 1 < end && words.has_pair(WordList::YearTotal, w, self.scan.text(t + 1)))
        })
    }

    /// Whether English verb trigger `h`, one word ending in -s, stands right after a bare noun (a word with
    /// no cue and no actor on it) in the object of an earlier verb trigger of its own kind in its clause
    /// `clause`, only words between them: "imposed asset freezes and travel bans on five officials" — the
    /// -s form is a plural noun of that object, the same act, not a verb with the clause's subject.
    fn en_plural_object(&self, h: &Hit, trig: &Trigger, clause: usize) -> bool {
        if trig.noun || h.t1 != h.t0 + 1 || h.t0 == 0 {
            return false;
        }
        let w = self.scan.text(h.t0);
        let prev = h.t0 - 1;
        let on_actor = |t: usize| self.actors.iter().any(|a| a.t0 <= t && t < a.t1);
        if !w.ends_with('s')
            || w.ends_with("ss")
            || !self.scan.toks[prev].word
            || self.scan.has_cue(prev, h.t0, |_| true)
            || on_actor(prev)
        {
            return false;
        }
        let lt = self.tables.lang(self.ctx.lang);
        let start = self.clauses[clause].range.start;
        self.scan.triggers.iter().any(|k| {
            k.t0 >= start
                && k.t1 <= prev
                && lt
                    .trigger(k.entry)
                    .is_some_and(|v| !v.noun && v.kind == trig.kind)
                && (k.t1..prev).all(|t| self.scan.toks[t].word && !on_actor(t))
        })
    }

    /// Whether English trigger `h` is a past participle used as an adjective: one verb form ending in -ed or
    /// -en, right after an article, a possessive determiner or a number (not a year), and right before a word of the
    /// noun phrase (not a preposition, a determiner, "to" or punctuation): "2,200 deployed warheads", "a
    /// restricted Swedish military zone", "the frozen Iranian assets". (After an article a verb form that
    /// is a noun, "a ban", is `noun_position`'s.)
    fn en_attributive_participle(&self, h: &Hit, trig: &Trigger) -> bool {
        let n = self.scan.toks.len();
        if self.ctx.lang != Lang::En || trig.noun || h.t1 != h.t0 + 1 || h.t0 == 0 || h.t1 >= n {
            return false;
        }
        let w = self.scan.text(h.t0);
        let prev = self.scan.text(h.t0 - 1);
        let next = h.t1;
        // (The words before and after are closed classes of English grammar — articles, possessive
        // determiners, "to", "by", "and", "or" —, a handful each that no news text adds to, so they stay in
        // code; vocabulary, which grows with the news, is in `data/events/words.csv`.)
        (w.ends_with("ed") || w.ends_with("en"))
            && (matches!(
                prev,
                "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" // (Not a year, which ends a date before the verb: "on 19 December 2003 praised".)
            ) || (prev.starts_with(|c: char| c.is_ascii_digit())
                && prev.chars().all(|c| c.is_ascii_digit() || c == ',')
                && (prev.len() != 4 || prev.contains(','))))
            && self.scan.toks[next].word
            && !matches!(self.scan.text(next), "to" | "by" | "and" | "or")
            && !self
                .scan
                .has_cue(next, next + 1, |c| is_prep(c) || c == Cue::Det)
    }

    /// Whether trigger `h` is a word that only shares a trigger's spelling. A Russian stem row also begins
    /// the nouns of the people who do the act, which name a role, not an act done (`agent_noun_stem`:
    /// «помощник» is an aide, not help; «поставщик», «кредитор», «переговорщик»), unless a copula makes the
    /// role what the state became or is (`copula_stem`). An English verb form
    /// that is also a common noun naming a place or a term (`en_noun_homograph`: "station", "terms") is
    /// the verb only where English puts one: after "to", a modal, a negation, a relative pronoun or "and",
    /// or right after the actor that is its subject ("Moscow stations troops"); "a radar station", "the
    /// International Space Station", "on favourable terms" are nouns.
    fn homograph_noun(&self, h: &Hit, trig: &Trigger) -> bool {
        let words = &self.tables.words;
        match self.ctx.lang {
            // (The role said of a state by a copula is the act: «Индия стала крупнейшим поставщиком
            // оружия Армении», `copula_stem`.)
            Lang::Ru => {
                words.has_stem_of(WordList::AgentNounStem, self.scan.text(h.t0))
                    && !(h.t0.saturating_sub(2)..h.t0)
                        .any(|t| words.has_stem_of(WordList::CopulaStem, self.scan.text(t)))
            }
            Lang::En => {
                !trig.noun
                    && h.t1 == h.t0 + 1
                    && words.has(WordList::EnNounHomograph, self.scan.text(h.t0))
                    // (What may stand before an English verb — "to", the modals, "not", "also", "and", a
                    // relative pronoun — is a closed class of function words, grammar rather than
                    // vocabulary, so it stays in code; the homographs themselves are `en_noun_homograph` rows.)
                    && !({
                        // (An adverb may stand between the verb and what comes before it: "will soon
                        // supply", "Russia also supplies", "Minsk now exports".)
                        let mut p = h.t0;
                        if p > 1 && {
                            let a = self.scan.text(p - 1);
                            a.ends_with("ly")
                                || matches!(a, "soon" | "now" | "still" | "already" | "again" | "never")
                        } {
                            p -= 1;
                        }
                        p > 0
                        && (matches!(
                            self.scan.text(p - 1),
                            "to" | "will"
                                | "would"
                                | "can"
                                | "could"
                                | "may"
                                | "might"
                                | "must"
                                | "should"
                                | "shall"
                                | "not"
                                | "also"
                                | "and"
                                | "who"
                                | "which"
                                | "that"
                        ) || self.actors.iter().any(|a| a.t1 == p && !a.adjective))
                    })
            }
            _ => false,
        }
    }

    /// Whether token `t` stands where English puts a noun: after an article, a possessive "'s", or an
    /// adjective naming a state ("Russian strikes").
    fn noun_position(&self, t: usize) -> bool {
        if t == 0 {
            return false;
        }
        let lt = self.tables.lang(self.ctx.lang);
        let prev = self.scan.text(t - 1);
        matches!(
            prev,
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "new" | "any"
        ) || (self.ctx.lang == Lang::En
            // "$3 billion in loans", "fresh sanctions": after these a verb form is a noun too.
            && matches!(prev, "in" | "more" | "further" | "fresh" | "additional")) || (prev == "s" && t >= 2 && self.scan.text(t - 2) == "'")
            || self.actors.iter().any(|a| a.t1 == t && a.adjective)
            // "artillery shells", "missile strikes": after a weapon word a verb form is a noun.
            || self.topic_at(t - 1, &["arms"])
            // "banning exports", "halted deliveries": right after another verb it is that verb's object.
            || self.scan.triggers.iter().any(|h| {
                h.t1 == t
                    && h.t0 < t
                    && lt.trigger(h.entry).is_some_and(|k| !k.noun)
            })
    }

    /// A noun trigger adds nothing when it is the object of a verb trigger before it ("signed a
    /// cooperation agreement", провёл переговоры), or a topic noun next to the document or meeting it
    /// qualifies ("cooperation agreement", اتفاقية تعاون, переговоры о сотрудничестве).
    fn absorbed(&self, cands: &[Live<'_>], i: usize) -> bool {
        let me = &cands[i];
        // A visit named as a noun ("during his visit to Kyiv") is an event of its own.
        if me.trig.mode.as_deref() == Some("visit") || self.killing_by_named_fire(me) {
            return false;
        }
        // (An expulsion named as what a response answers is the other side's act: `answered_expulsion`.)
        if self.answered_expulsion(&me.hit, me.trig) {
            return false;
        }
        // (Nor a reaction an act draws, «أثار طرد لاتفيا السفير الروسي احتجاج الكرملين»: `drawn_reaction`.)
        if me.trig.noun && self.drawn_reaction(&me.hit, TYPES[me.trig.kind as usize]) {
            return false;
        }
        // «предоставила Филиппинам кредит по просьбе Манилы», "extended a loan at the request of Manila":
        // the request is the occasion of the act before it, a request of its own (`at_request_roles`),
        // not its object.
        // (Arabic «بطلب من»: the verb row «طلب … من» read as its verbal noun.)
        if (me.trig.noun || self.ctx.lang == Lang::Ar)
            && TYPES[me.trig.kind as usize] == "REQUEST"
            && self.at_request(&me.hit)
        {
            return false;
        }
        let cr = &self.clauses[me.clause].range;
        // "exempted Hungary from US sanctions", "eased the curbs on Iran", "رفعت إيكواس معظم العقوبات": the
        // measures a concession relaxes are its object, not a sanction of their own (no other verb between).
        if TYPES[me.trig.kind as usize] == "SANCTION"
            && cands[..i].iter().enumerate().any(|(j, c)| {
                !c.trig.noun
                    && c.hit.t0 >= cr.start
                    && TYPES[c.trig.kind as usize] == "CONCEDE"
                    && !cands[j + 1..i].iter().any(|v| !v.trig.noun)
            })
        {
            return true;
        }
        let no_actor_between =
            |a0: usize, a1: usize| !self.actors.iter().any(|a| a.t0 >= a0 && a.t1 <= a1);
        // "pledged $2 billion in loans to Kyiv": the aid an English promise names is what is promised,
        // not aid given; "Beijing's support for Moscow was condemned": a noun that a passive verb of
        // judgement follows is the thing judged.
        if self.ctx.lang == Lang::En
            && ((TYPES[me.trig.kind as usize] == "AID"
                && cands[..i].iter().any(|c| {
                    !c.trig.noun
                        && c.hit.t0 >= cr.start
                        && TYPES[c.trig.kind as usize] == "AGREE"
                        && no_actor_between(c.hit.t1, me.hit.t0)
                }))
                || cands[i + 1..].iter().any(|c| {
                    !c.trig.noun
                        && c.clause == me.clause
                        && matches!(
                            TYPES[c.trig.kind as usize],
                            "ACCUSE" | "REJECT" | "SUPPORT" | "PROTEST"
                        )
                        && self.passive(&c.hit)
                }))
        {
            return true;
        }
        // "called the Chinese drills near Taiwan dangerous", "calling the expulsion unjustified": a noun
        // in the object of an English verb of naming that criticises (kept by `en_naming_reading`) is
        // the act named, not an event the sentence asserts.
        if self.ctx.lang == Lang::En
            && me.trig.noun
            && cands[..i].iter().any(|c| {
                c.clause == me.clause
                    && c.hit.t1 == c.hit.t0 + 1
                    && c.hit.t1 <= me.hit.t0
                    && me.hit.t0 < c.hit.t1 + 16
                    && TYPES[c.trig.kind as usize] == "ACCUSE"
                    && self
                        .tables
                        .words
                        .has(WordList::EnNamingVerb, self.scan.text(c.hit.t0))
            })
        {
            return true;
        }
        // «назвал закрытие границы ударом по экономике», «расценил испытание как угрозу»: a noun in the
        // object of a Russian verb of naming that criticises (its row needs a condemning word in the
        // clause, and select kept it) is the act named, told before, not an event the sentence asserts.
        if self.ctx.lang == Lang::Ru
            && me.trig.noun
            && cands[..i].iter().any(|c| {
                c.clause == me.clause
                    && !c.trig.noun
                    && c.hit.t1 <= me.hit.t0
                    && me.hit.t0 < c.hit.t1 + 8
                    && matches!(TYPES[c.trig.kind as usize], "ACCUSE" | "SUPPORT")
                    && c.trig.needs.is_some_and(|n| {
                        matches!(
                            self.tables.lang(self.ctx.lang).topics[n as usize].as_str(),
                            "blame" | "praise"
                        )
                    })
            })
        {
            return true;
        }
        let arabic = self.ctx.lang == Lang::Ar;
        // "the signing of a deal between Russia and Iran": a document noun after an English noun trigger of
        // its kind is that trigger's object, and must not cut its window before the parties.
        // (Arabic the same: جاء ذلك خلال توقيع اتفاقية بين مصر وكازاخستان.)
        if me.trig.object
            && matches!(self.ctx.lang, Lang::En | Lang::Ar)
            && cands[..i].iter().rev().any(|c| {
                c.trig.noun
                    && !c.trig.object
                    && c.trig.kind == me.trig.kind
                    && c.hit.t0 >= cr.start
                    && no_actor_between(c.hit.t1, me.hit.t0)
            })
        {
            return true;
        }
        // "обсудили ситуацию в Сирии и поставки российского газа": what talks are about is their topic,
        // not an event of its own.
        // (Arabic the same for a noun: بحث الجانبان تعزيز التعاون الدفاعي.)
        if (self.ctx.lang == Lang::Ru || (arabic && me.trig.noun))
            && TYPES[me.trig.kind as usize] != "CONSULT"
            && cands[..i].iter().any(|c| {
                !c.trig.noun
                    && c.hit.t0 >= cr.start
                    && TYPES[c.trig.kind as usize] == "CONSULT"
                    && matches!(c.trig.mode.as_deref(), None | Some("phone"))
            })
        {
            return true;
        }
        // "приветствовала восстановление отношений между Эр-Риядом и Тегераном": what a Russian verb of
        // praise welcomes is its object, not an event the sentence asserts (the possessor standing between,
        // "интерес Турции к сотрудничеству", changes nothing).
        if self.ctx.lang == Lang::Ru
            && me.trig.noun
            && TYPES[me.trig.kind as usize] != "SUPPORT"
            && cands[..i].iter().any(|c| {
                !c.trig.noun
                    && c.clause == me.clause
                    && TYPES[c.trig.kind as usize] == "SUPPORT"
                    && c.hit.t1 <= me.hit.t0
                    && me.hit.t0 - c.hit.t1 <= 5
            })
        {
            return true;
        }
        // "ввёл санкции против компаний за поставки дронов России": a Russian noun after "за" is the
        // charge of a sanction or a reproach, not an event the sentence asserts.
        if self.ctx.lang == Lang::Ru
            && me.hit.t0 > 0
            && self.scan.text(me.hit.t0 - 1) == "за"
            && cands[..i].iter().any(|c| {
                c.hit.t0 >= cr.start
                    && matches!(
                        TYPES[c.trig.kind as usize],
                        "SANCTION" | "ACCUSE" | "COERCE" | "THREATEN" | "PROTEST"
                    )
            })
        {
            return true;
        }
        // "подписали … договор о стратегическом партнёрстве и сотрудничестве": a Russian noun in the "о"
        // phrase of a document or a meeting is its topic, however many words of that phrase come first.
        // (English the same for "on"/"about", a "with" partner between: "talks with Washington on a
        // prisoner swap".)
        let en = self.ctx.lang == Lang::En;
        let partner_phrase = |a: usize, b: usize| {
            (a..b).all(|t| {
                self.actors.iter().any(|x| x.t0 <= t && t < x.t1)
                    || self
                        .scan
                        .has_cue(t, t + 1, |c| matches!(c, Cue::With | Cue::And | Cue::Det))
            })
        };
        if (self.ctx.lang == Lang::Ru || (en && me.trig.noun))
            && !matches!(TYPES[me.trig.kind as usize], "AGREE" | "CONSULT")
            && cands[..i].iter().any(|c| {
                matches!(TYPES[c.trig.kind as usize], "AGREE" | "CONSULT")
                    && c.hit.t0 >= cr.start
                    && self.scan.cues.iter().any(|&(a0, a1, cue)| {
                        (cue == Cue::About || (en && cue == Cue::On))
                            && a0 >= c.hit.t1
                            && (a0 <= c.hit.t1 + 1
                                || (en && a0 <= c.hit.t1 + 5 && partner_phrase(c.hit.t1, a0)))
                            && a1 <= me.hit.t0
                            && me.hit.t0 - a1 <= 6
                            && no_actor_between(a1, me.hit.t0)
                    })
            })
        {
            return true;
        }
        // "Посол был вызван в МИД, где ему вручили ноту протеста": the same kind of event named again in
        // a где-clause is the event of the main clause.
        if self.ctx.lang == Lang::Ru
            && self.clauses[me.clause].opened_by == Some(Boundary::CompPro)
            && cands[..i]
                .iter()
                .any(|c| !c.trig.noun && c.trig.kind == me.trig.kind && c.clause < me.clause)
        {
            return true;
        }
        // «أجرى بوتين محادثات مع تشافيز انتهت بتوقيع اتفاقات»: what talks or a visit ended in is no object
        // or purpose of the trigger before it (`ar_ended_in`).
        if self.ar_ended_in(&me.hit, cr.start) {
            return false;
        }
        // «подписали … по итогам шестичасовых переговоров», «договорились после встречи в Кремле»: Russian
        // talks named as the occasion of the act before them are an event of their own, not its object.
        if self.ru_occasion_talks(&me.hit, me.trig) {
            return false;
        }
        let object_of_verb = cands[..i].iter().rev().any(|c| {
            // (An Arabic noun under ب or ل after a noun trigger is that event's purpose or charge too:
            // عقوبات … بتهمة تزويد, إرسال قوات … لدعم.)
            let noun_head = c.trig.noun && arabic && me.hit.governed && me.trig.noun;
            if (c.trig.noun && !noun_head) || c.hit.t0 < cr.start {
                return false;
            }
            // The same kind of event named twice (прибыл … на переговоры) is one event.
            // (Not an Arabic measure joined by و, on the noun or on a verb before it: «ردّت بطرد السفير
            // وإغلاق المجال الجوي», «علّقت المحادثات مع ليبيا وفرضت حظراً» — a second measure.)
            if c.trig.kind == me.trig.kind {
                return !(arabic
                    && TYPES[me.trig.kind as usize] == "SANCTION"
                    && (me.hit.conj
                        || (c.hit.t1..me.hit.t0).any(|t| self.ar_joined_feminine_verb(t))));
            }
            // بانضمام, لبحث: an Arabic noun under ب or ل is the complement of the verb before it.
            if arabic && me.hit.governed {
                return true;
            }
            // Arabic puts the subject between the verb and its object (وقعت روسيا اتفاقية).
            let from = if arabic {
                self.actors
                    .iter()
                    .filter(|a| a.t0 >= c.hit.t1 && a.t0 <= c.hit.t1 + 3)
                    .map(|a| a.t1)
                    .max()
                    .unwrap_or(c.hit.t1)
            } else {
                c.hit.t1
            };
            no_actor_between(from, me.hit.t0)
        });
        let head = |t: &Trigger| matches!(TYPES[t.kind as usize], "AGREE" | "CONSULT");
        let qualifies = !head(me.trig)
            && cands.iter().enumerate().any(|(j, c)| {
                j != i
                    && head(c.trig)
                    && cr.contains(&c.hit.t0)
                    && if c.hit.t0 < me.hit.t0 {
                        me.hit.t0 - c.hit.t1 <= 2 && no_actor_between(c.hit.t1, me.hit.t0)
                    } else {
                        c.hit.t0 - me.hit.t1 <= 2 && no_actor_between(me.hit.t1, c.hit.t0)
                    }
            });
        object_of_verb || qualifies
    }

    /// A Russian noun of talks or a meeting (not a summit) after «по итогам», «по результатам», «в ходе», «по
    /// завершении» or «после», with at most two adjectives or numerals of its own phrase between and no actor
    /// or other trigger there («по итогам шестичасовых переговоров»): the occasion of the clause's act, not
    /// its object. (Not «после» counted from, «на следующий день после саммита», «через неделю после
    /// переговоров»: an earlier event that only dates the act; nor a noun of its own between, «после
    /// провала переговоров».) The words of a span are `ru_span_word`.
    pub(super) fn ru_occasion_talks(&self, hit: &Hit, trig: &Trigger) -> bool {
        if self.ctx.lang != Lang::Ru
            || !trig.noun
            || TYPES[trig.kind as usize] != "CONSULT"
            || trig.mode.as_deref() == Some("multilateral")
        {
            return false;
        }
        let adjective = |w: &str| {
            ["ых", "их", "ого", "его", "ой", "ей"]
                .iter()
                .any(|e| w.ends_with(e))
                || w.bytes().all(|b| b.is_ascii_digit())
        };
        let lo = hit.t0.saturating_sub(3);
        (lo..hit.t0).rev().any(|t| {
            let before = |k: usize| if t >= k { self.scan.text(t - k) } else { "" };
            let occasion = match self.scan.text(t) {
                "итогам" | "результатам" | "завершении" => {
                    before(1) == "по"
                }
                "ходе" => before(1) == "в",
                "после" => !self.tables.words.has(WordList::RuSpanWord, before(1)),
                _ => false,
            };
            occasion
                && (t + 1..hit.t0).all(|u| {
                    self.scan.toks[u].word
                        && adjective(self.scan.text(u))
                        && !self.actors.iter().any(|a| a.t0 <= u && u < a.t1)
                        && !self.scan.triggers.iter().any(|h| h.t0 <= u && u < h.t1)
                })
        })
    }

    /// Aims `roles` at whoever did the latest event of this sentence so far (`out`) that was aimed at one of
    /// its sources: the act that a response or a condemnation answers.
    /// (`deeds_only`: only a deed, see [`is_deed`], not words: what "the move" of a reaction can name.)
    fn aim_at_earlier_doers(&self, out: &[EventRec], roles: &mut Roles<'a>, deeds_only: bool) {
        let earlier = out.iter().rev().find(|e| {
            e.target.iter().any(|t| roles.source.contains(&t.as_str()))
                && (!deeds_only || is_deed(e))
        });
        for s in earlier.map(|e| e.source.as_slice()).unwrap_or_default() {
            let id = self
                .actors
                .iter()
                .flat_map(|a| a.ids.iter().copied())
                .find(|id| id == s);
            if let Some(id) = id {
                if !roles.source.contains(&id) && !roles.target.contains(&id) {
                    roles.target.push(id);
                }
            }
        }
    }

    /// Aims a reaction whose object is a pronoun (`roles.target`: the states named before it, which the
    /// pronoun may point to) at what the reaction coded just before it in its sentence (`out`) judged,
    /// when that one is another doer's criticism, praise, refusal or protest aimed at a third side and
    /// the only states named before are its doers: the pronoun then points past them to the act they
    /// judged ("Russia criticised the decision, while the United States welcomed it" → USA at the
    /// decision's author, not at Russia).
    fn parallel_reaction(&self, out: &[EventRec], roles: &mut Roles<'a>) {
        let own = |x: &String| roles.source.contains(&x.as_str());
        let Some(e) = out.last().filter(|e| {
            matches!(e.kind.as_str(), "ACCUSE" | "SUPPORT" | "REJECT" | "PROTEST")
                && is_act(e)
                && !e.target.is_empty()
                && !e.source.iter().chain(&e.target).any(own)
        }) else {
            return;
        };
        if roles
            .target
            .iter()
            .all(|id| e.source.iter().any(|s| s == id))
        {
            roles.target.clear();
            self.add_leads(&e.target, roles, false);
        }
    }

    /// Whether the object of English or Russian verb `hit` is a pronoun that may stand for an act
    /// (`act_pronoun` rows): "it" or "this" right after the verb ("welcomed it"), «его», «её», «это» right
    /// before it («Франция его приветствовала») or right after it before punctuation («приветствовала
    /// его.»; not «его решение», a possessive).
    fn judged_pronoun(&self, hit: &Hit) -> bool {
        let n = self.scan.toks.len();
        let pronoun = |t: usize| {
            t < n
                && self
                    .tables
                    .words
                    .has(WordList::ActPronoun, self.scan.text(t))
        };
        match self.ctx.lang {
            Lang::En => pronoun(hit.t1),
            Lang::Ru => {
                (hit.t0 > 0 && pronoun(hit.t0 - 1))
                    || (pronoun(hit.t1) && (hit.t1 + 1 >= n || !self.scan.toks[hit.t1 + 1].word))
            }
            Lang::Ar => false,
        }
    }

    /// The same doer's latest act of this sentence so far (`out`) that was aimed at someone: a demand,
    /// threat or protest joined to it and naming no one of its own is aimed there too ("expelled two
    /// diplomats and demanded an apology", «вызвал посла и потребовал», «علّق عضوية غينيا، مطالباً …»,
    /// "arrested a researcher and charged him").
    pub(super) fn own_earlier_act<'o>(
        &self,
        out: &'o [EventRec],
        source: &[&str],
    ) -> Option<&'o EventRec> {
        out.iter()
            .rev()
            .find(|e| !e.target.is_empty() && e.source.iter().any(|s| source.contains(&s.as_str())))
    }

    /// The state of the person a singular personal pronoun right after verb `hit` names ("asked him to
    /// help", «призвал его приложить усилия», "دعاه إلى بذل جهد"): the person named last before the verb
    /// in the sentence, else in the sentences before (`Memory::recent`), whose state is not among
    /// `source`. None when no such pronoun is the verb's object (a Russian possessive before its noun,
    /// «потребовал её освобождения», is none; a plural pronoun may stand for states) or no person fits.
    pub(super) fn pronoun_addressee(&self, hit: &Hit, source: &[&str]) -> Option<&'a str> {
        let n = self.scan.toks.len();
        let pronoun = match self.ctx.lang {
            Lang::En => hit.t1 < n && matches!(self.scan.text(hit.t1), "him" | "her"),
            Lang::Ru => {
                hit.t1 < n
                    && matches!(self.scan.text(hit.t1), "его" | "её" | "ее")
                    && !self.ru_possessive_pronoun(hit.t1)
            }
            Lang::Ar => {
                let w = self.scan.text(hit.t0);
                self.ar_object_pronoun(hit) && (w.ends_with('ه') || w.ends_with("ها"))
            }
        };
        if !pronoun {
            return None;
        }
        self.person_before(hit, source)
    }

    /// The state of the person named last before `hit` in the sentence, else in the sentences before
    /// (`Memory::recent`), that is not among `source`: whom a singular personal pronoun object stands for
    /// (`pronoun_addressee`, `pronoun_person`).
    fn person_before(&self, hit: &Hit, source: &[&str]) -> Option<&'a str> {
        let named = self
            .actors
            .iter()
            .rev()
            .filter(|a| a.person && a.t1 <= hit.t0)
            .flat_map(|a| a.ids.iter().copied())
            .find(|id| !source.contains(id));
        named.or_else(|| {
            self.memory
                .recent
                .iter()
                .rev()
                .filter(|r| r.person && !source.contains(&r.id.as_str()))
                .find_map(|r| self.ctx.lexicon.lookup(&r.id))
                .map(|k| self.ctx.lexicon.entity(k).id.as_str())
        })
    }

    /// Aims `roles` at the doers of the latest deed (see [`is_deed`]) by others: coded earlier in this
    /// sentence, else in one of the last [`NAMED_ACT_REACH`] sentences. "Washington raised tariffs on
    /// Brazilian goods, and Lula called the move blackmail"; "Mercosur suspended Paraguay. The remaining
    /// members admitted Venezuela. Asuncion called the move illegal": the move is the deed, not what the
    /// sentence between was about (its lead).
    ///
    /// Of the sentences before, a deed done to the reactor, friendly for praise and hostile for any other
    /// reaction (`kind`: criticism, rejection, protest, a threat, and a concession, which yields to
    /// pressure; the deed's sign is its Goldstein score), comes first: "Turkish jets struck Syria's Afrin. Russia withdrew its troops
    /// from the area. Damascus condemned the operation" answers the strike (the act done to Damascus),
    /// not the withdrawal told last.
    pub(super) fn aim_at_latest_deed(&self, kind: &str, out: &[EventRec], roles: &mut Roles<'a>) {
        let others = |src: &[String]| !src.iter().any(|s| roles.source.contains(&s.as_str()));
        if let Some(e) = out.iter().rev().find(|e| is_deed(e) && others(&e.source)) {
            self.add_leads(&e.source, roles, false);
            return;
        }
        let hostile = kind != "SUPPORT";
        let at_reactor = |e: &&EventRec| {
            is_deed(e)
                && others(&e.source)
                && e.target.iter().any(|t| roles.source.contains(&t.as_str()))
                && if hostile {
                    e.score < 0.0
                } else {
                    e.score > 0.0
                }
        };
        if let Some(e) = self
            .recent_events_within(&[], NAMED_ACT_REACH)
            .find(at_reactor)
        {
            self.add_leads(&e.source, roles, false);
            return;
        }
        let d = self.memory.deed.borrow();
        if !d.0.is_empty() && self.memory.sentences <= d.1 + NAMED_ACT_REACH && others(&d.0) {
            self.add_leads(&d.0, roles, false);
        }
    }

    /// A refusal whose doer, named before the verb, stands right after the conjunction of a clause of
    /// "after" ("after Moscow refused", "after both members refused", «после того, как Киев отказался»)
    /// is aimed at the subject of the main clause: the act that clause tells is the answer to the
    /// refusal, so the refusal was of what its subject wanted ("Britain expelled four Russian diplomats
    /// after Moscow refused to extradite the suspect" → RUS>GBR). The main clause's subject is the group
    /// with no preposition that opens the sentence before the conjunction, or, when the conjunction opens
    /// the sentence, the one right after the comma that closes the refusal's clause ("After Kyiv refused
    /// to pay, Gazprom cut off gas"). Not when that subject is
    /// the refuser ("Moscow expelled … after it refused …"). Arabic verbs of refusing are no refusals in
    /// so many words (`refusal_alone`): "بعدما رفضت كييف" reaches the same answer by `answer_reaction`.
    fn refusal_after_main(&self, hit: &Hit, cr: &Range<usize>, roles: &mut Roles<'a>) {
        let Some(doer) = self.actors.iter().find(|a| {
            a.t0 >= cr.start && a.t1 <= hit.t0 && a.ids.iter().any(|id| roles.source.contains(id))
        }) else {
            return;
        };
        let t = doer.t0;
        let w = |k: usize| self.scan.text(k);
        // (The index of the conjunction's first word.)
        let opened = match self.ctx.lang {
            Lang::En => {
                if t >= 1 && w(t - 1) == "after" {
                    Some(t - 1)
                } else if t >= 2
                    && w(t - 2) == "after"
                    && matches!(w(t - 1), "the" | "both" | "its" | "their")
                {
                    Some(t - 2)
                } else {
                    None
                }
            }
            Lang::Ru if t >= 3 && w(t - 1) == "как" => {
                if w(t - 2) == "того" && w(t - 3) == "после" {
                    Some(t - 3)
                } else if t >= 4 && is_comma(w(t - 2)) && w(t - 3) == "того" && w(t - 4) == "после"
                {
                    Some(t - 4)
                } else {
                    None
                }
            }
            _ => None,
        };
        let Some(k) = opened else { return };
        let main = if k == 0 {
            // (The clause of "after" opens the sentence: the main clause follows its comma.)
            let comma = (hit.t1..self.scan.toks.len()).find(|&u| is_comma(w(u)));
            comma.and_then(|c| {
                let range = &self.clauses[self.clause_of(c + 1)].range;
                self.groups(range)
                    .iter()
                    .find(|g| g.prep.is_none() && g.t0 > c && g.t0 <= c + 3)
                    .cloned()
            })
        } else {
            let first = &self.clauses[0].range;
            self.groups(first)
                .iter()
                .find(|g| g.prep.is_none() && g.t0 <= first.start + 1 && g.t1 <= k)
                .cloned()
        };
        if let Some(g) = main {
            self.aim_at_group(&g, roles);
        }
    }

    /// «Турция закрыла проливы для военных кораблей, а Греция осудила это решение»: a reaction in a later
    /// clause to an act named by a general noun, with no deed coded before it in the sentence (an act aimed
    /// at no state is no event), answers the state that opens the sentence as the subject of its first
    /// clause, when that is another state: that clause told its act.
    fn aim_at_sentence_subject(&self, hit: &Hit, roles: &mut Roles<'a>) {
        let first = &self.clauses[0].range;
        // ("Tokyo removed Seoul from its list of trusted partners, and Seoul called the decision reckless":
        // a comma and a conjunction before the reaction close the first act, whatever the clause cut.)
        let end = if hit.t0 < first.end {
            let joint = (first.start + 1..hit.t0).find(|&t| {
                is_comma(self.scan.text(t - 1))
                    && matches!(self.scan.text(t), "and" | "but" | "а" | "но" | "и")
            });
            match joint {
                Some(t) => t - 1,
                None => return,
            }
        } else {
            first.end
        };
        let groups = self.groups(&(first.start..end));
        // (An Arabic sentence opens with its verb, the subject right after it: «أرسلت روسيا إلى كاراكاس
        // طائرتين، في خطوة وصفتها واشنطن بأنها استفزاز».)
        // (Its verb may be no trigger, «صوّت البرلمان الأوكراني على …، فيما وصف لافروف القرار بأنه …», «خلص
        // تحقيق بريطاني إلى …»: then a subject within three words of it, with no preposition or
        // complementiser before it.)
        let verb_first = |g: &Group| {
            self.ctx.lang == Lang::Ar
                && g.t0 > first.start
                && (first.start..g.t0).all(|t| self.scan.toks[t].word)
                && ((g.t0 <= first.start + 2
                    && self
                        .scan
                        .triggers
                        .iter()
                        .any(|h| h.t0 == first.start && h.t1 <= g.t0))
                    || (g.t0 <= first.start + 3
                        && !self.scan.has_cue(first.start, g.t0, |c| {
                            is_prep(c) || matches!(c, Cue::Comp | Cue::CompPro)
                        })))
        };
        let Some(g) = groups
            .first()
            .filter(|g| g.prep.is_none() && (g.t0 == first.start || verb_first(g)))
        else {
            return;
        };
        self.aim_at_group(g, roles);
    }

    /// Aims `roles` at the states of group `g`, unless one of them is among its sources (the doer
    /// answering itself).
    fn aim_at_group(&self, g: &Group, roles: &mut Roles<'a>) {
        let ids = self.group_ids(&g.members);
        if ids.clone().any(|id| roles.source.contains(&id)) {
            return;
        }
        for id in ids {
            if !roles.target.contains(&id) {
                roles.target.push(id);
            }
        }
    }

    /// Aims a reaction (`kind`) that no rule before aimed and whose clause (`cr`) names its doer and no
    /// other actor at the act it answers: one rule for the three languages, its fallbacks in this order.
    /// 1. **The counterpart** — a demand, threat or refusal (REQUEST, THREATEN, REJECT), unless the
    ///    sentence has talks that may still meet (`talks`: they keep such an act, `complete_pending`): the
    ///    other side of the latest act (see [`is_act`]) its doer took part in, in this sentence so far
    ///    (`out`) or the [`DEED_REACH`] before (a symmetric act's other side is its other parties): a
    ///    demand after a seizure, a threat after an expulsion ("Kenyan police detained two Ugandan
    ///    fishermen. Kampala demanded their release", «Казахстан задержал … . Бишкек потребовал их
    ///    освободить», "احتجزت إيران ناقلة يونانية. وطالبت أثينا بالإفراج عنها"). Not when the same
    ///    doer's act of the same kind is already in this sentence (the reaction told again: "demanded an
    ///    apology and called for compensation"); not from an act of this sentence aimed at the doer unless
    ///    that doer is named as the subject before the verb (English, Russian): a verb joined to the act
    ///    with no subject of its own ("condemned Washington and demanded that it …", «приветствовала …, но
    ///    призвала Бишкек») has the act's doer for its subject, and the state after it is its object, not
    ///    its doer; a refusal answers only a request made of its doer ("Riyadh asked Islamabad for troops.
    ///    The Pakistani parliament refused to send any"; one after a charge is a denial, after a deed a
    ///    stance). (Praise and condemnation are left out of this step: a judgement with no object of its
    ///    own may be a standing view, and on dev they answered the act before no more often than not.)
    /// 2. **The story** — criticism, praise, refusal, protest, concession, warning (ACCUSE, SUPPORT,
    ///    REJECT, PROTEST, CONCEDE, THREATEN; not a refusal that denies a charge, "rejected the charge as
    ///    baseless", `denies_charge`) whose doer is named in its own clause (before the verb in English and
    ///    Russian; a doer inherited from another clause may not be the reactor: «…، وأشادت به الصحافة»),
    ///    whose clause tells no long-held view (`tells_a_span`: "has condemned terrorism for years"), and
    ///    whose doer is no crowd named by a demonym that protests ("Georgian students protested": a
    ///    demonstration of its own): the latest deed (see [`is_deed`]) of this sentence so far aimed at the
    ///    reactor, else the latest deed by others in it or the [`NAMED_ACT_REACH`] sentences before (not
    ///    when the object is a word said: "rejected the accusations"), else whoever led the sentence
    ///    before when that was one of the last [`DEED_REACH`] (`Memory::lead_is_recent`). "Ankara raised
    ///    tariffs on Iranian steel. Tehran criticised the timing of the step" answers the tariffs;
    ///    "Hungary passed a new media law. Germany criticised the timing of the vote" (a domestic act, no
    ///    event) answers Hungary, the lead; "Moscow warned that it would respond" after a pact of two
    ///    others answers the pact (a warning with no act of its doer's for step 1).
    ///
    /// Neither, when the reaction has no doer, or its clause names another actor that the roles left out
    /// (`names_others`: a venue, a topic; then it is about something else).
    fn answer_reaction(
        &self,
        hit: &Hit,
        kind: &str,
        cr: &Range<usize>,
        out: &[EventRec],
        roles: &mut Roles<'a>,
        talks: bool,
    ) {
        if roles.source.is_empty() || self.names_others(cr, roles) {
            return;
        }
        if matches!(kind, "REQUEST" | "THREATEN" | "REJECT") && !talks {
            if let Some(side) = self.counterpart_side(hit, kind, cr, out, roles, false) {
                self.add_leads(&side, roles, false);
            }
            if !roles.target.is_empty() {
                return;
            }
        }
        if !matches!(
            kind,
            "ACCUSE" | "SUPPORT" | "REJECT" | "PROTEST" | "CONCEDE" | "THREATEN"
        ) || (kind == "REJECT" && self.denies_charge(hit))
        {
            return;
        }
        let in_clause = |a: &&super::actors::Actor<'_>| a.t0 >= cr.start && a.t1 <= cr.end;
        let doer = self
            .actors
            .iter()
            .filter(in_clause)
            .find(|a| a.t1 <= hit.t0 || self.ctx.lang == Lang::Ar);
        let Some(doer) = doer else { return };
        if self.tells_a_span(cr)
            || (kind == "PROTEST" && doer.adjective && !self.body_of_state(doer))
        {
            return;
        }
        // "Israeli commandos stormed a Turkish aid ship. … Netanyahu apologised", «… Нетаньяху принёс
        // извинения»: a concession whose doer did harm just before yields to the one it harmed.
        // (When a demand or a charge was also made of the doer, `answered_demand`, the concession answers
        // those of its makers that were harmed — "the US and South Korea accused the USSR …; Moscow
        // admitted …" yields to Seoul —, else all its makers: a harm none of them suffered is another
        // story. An admission of what a clause tells, "admitted that …", «признали, что …», has a content
        // of its own: the doer's harm alone does not aim it.)
        if kind == "CONCEDE" {
            let said = self.scan.has_cue(hit.t0, hit.t1 + 2, |c| {
                matches!(c, Cue::Comp | Cue::CompPro)
            });
            self.aim_at_own_harm(out, roles);
            if let Some(askers) = self.answered_demand(&roles.source) {
                let harmed: Ids<'a> = roles
                    .target
                    .iter()
                    .copied()
                    .filter(|id| askers.contains(id))
                    .collect();
                roles.target = if harmed.is_empty() { askers } else { harmed };
            } else if said {
                roles.target.clear();
            }
            if !roles.target.is_empty() {
                return;
            }
        }
        self.aim_at_earlier_doers(out, roles, true);
        if roles.target.is_empty() && !self.names_words(hit) {
            self.aim_at_latest_deed(kind, out, roles);
        }
        if roles.target.is_empty() && self.memory.lead_is_recent() {
            self.add_leads(&self.memory.lead, roles, false);
        }
    }

    /// Whether adjective actor `a` qualifies a body of its state — a ministry, the government, an embassy, an
    /// envoy ("the Japanese foreign ministry", «Японский МИД», «российское посольство», "السفارة الروسية"):
    /// the body's word within the two words after it (in Arabic right before it). Such a body speaks for
    /// its state: its protest is a state's, not a crowd's ("Georgian students protested").
    fn body_of_state(&self, a: &Actor<'_>) -> bool {
        let n = self.scan.toks.len();
        let words = &self.tables.words;
        let body = |t: usize| {
            let w = self.scan.text(t);
            words.has(WordList::StateBodySubject, w)
                || words.has(WordList::EnStateBody, w)
                || words.has(WordList::EnvoyNoun, w)
                || self.word_stem_of(t, WordList::MissionNoun)
        };
        if self.ctx.lang == Lang::Ar {
            a.t0 > 0 && body(a.t0 - 1)
        } else {
            (a.t1..n.min(a.t1 + 2)).any(body)
        }
    }

    /// Aims a concession (an apology, regret, an admission) at the one its doer harmed last: the target of
    /// the latest hostile deed (see [`is_deed`]; a negative score) whose doers include a source of `roles`,
    /// in this sentence so far (`out`) or the [`NAMED_ACT_REACH`] before. One apologises for one's own act.
    fn aim_at_own_harm(&self, out: &[EventRec], roles: &mut Roles<'a>) {
        let own = |x: &String| roles.source.contains(&x.as_str());
        let harm = self.recent_events_within(out, NAMED_ACT_REACH).find(|e| {
            is_deed(e)
                && e.score < 0.0
                && e.source.iter().any(own)
                && !e.target.is_empty()
                && !e.target.iter().any(own)
        });
        if let Some(e) = harm {
            self.add_leads(&e.target, roles, false);
        }
    }

    /// Step 1 of [`Coder::answer_reaction`]: the other side of the latest act its doer took part in, when
    /// that step answers one. (`refusal`: a refusal in so many words, which answers any such act, not only
    /// a request: see `run`.)
    fn counterpart_side(
        &self,
        hit: &Hit,
        kind: &str,
        cr: &Range<usize>,
        out: &[EventRec],
        roles: &Roles<'a>,
        refusal: bool,
    ) -> Option<SmallVec<[String; 2]>> {
        let own = |x: &String| roles.source.contains(&x.as_str());
        if out
            .iter()
            .any(|e| e.kind == kind && e.source.iter().any(own))
        {
            return None;
        }
        let named_subject = self.ctx.lang != Lang::Ar
            && self.actors.iter().any(|a| {
                a.t0 >= cr.start
                    && a.t1 <= hit.t0
                    && a.ids.iter().any(|id| roles.source.contains(id))
            });
        let this_sentence = out.len();
        let (k, e) = self.recent_events(out).enumerate().find(|(_, e)| {
            is_act(e)
                && (e.target.iter().any(own)
                    || (e.source.iter().any(own)
                        && e.source.iter().chain(&e.target).any(|x| !own(x))))
        })?;
        let answered = e.target.iter().any(own);
        // (A refusal in so many words answers no act of its own sentence aimed at its doer but a request:
        // "Putin visited Ulan Bator, and the Mongolian authorities refused to arrest him", "threatened
        // Spain for refusing to raise its spending" — the act told beside it is not what was asked of the
        // refuser; «Требование Москвы … Дания отклонила» is.)
        let beside = if refusal {
            e.kind != "REQUEST"
        } else {
            !named_subject
        };
        if (k < this_sentence && answered && beside)
            || (kind == "REJECT" && !refusal && !(answered && e.kind == "REQUEST"))
        {
            return None;
        }
        Some(if answered {
            e.source.iter().cloned().collect()
        } else {
            e.target
                .iter()
                .chain(&e.source)
                .filter(|x| !own(x))
                .cloned()
                .collect()
        })
    }

    /// Whether an English refusal denies an act rather than refusing someone: a charge noun in the three
    /// words after it ("rejected accusations that …", "rejected the charge as baseless": a denial of the
    /// act, coded on that act).
    fn denies_charge(&self, hit: &Hit) -> bool {
        self.ctx.lang == Lang::En
            && (hit.t1..(hit.t1 + 3).min(self.scan.toks.len())).any(|t| {
                self.tables
                    .words
                    .has(WordList::EnChargeNoun, self.scan.text(t))
            })
    }

    /// Whether clause `cr` names an actor with a state that is not among the reaction's sources.
    fn names_others(&self, cr: &Range<usize>, roles: &Roles<'a>) -> bool {
        self.actors.iter().any(|a| {
            a.t0 >= cr.start && a.t1 <= cr.end && a.ids.iter().any(|id| !roles.source.contains(id))
        })
    }

    /// Whether clause `cr` says its act has gone on for a span of time ("has condemned terrorism for
    /// years", «годами критикует», «تنتقد منذ سنوات»): a long-held view, not an answer to the story's
    /// latest act: a `span_unit` word right after a `span_lead` word ("for years", منذ سنوات), or a
    /// `span_alone` word (the Russian instrumental «годами» is "for years" by itself).
    fn tells_a_span(&self, cr: &Range<usize>) -> bool {
        let words = &self.tables.words;
        (cr.start..cr.end.min(self.scan.toks.len())).any(|t| {
            let w = self.scan.text(t);
            words.has(WordList::SpanAlone, w)
                || (t > cr.start
                    && words.has(WordList::SpanUnit, w)
                    && words.has(WordList::SpanLead, self.scan.text(t - 1)))
        })
    }

    /// The tokens of clause `cr` around `hit` with no punctuation between them and it: "Moscow has long
    /// opposed the pact for years", not an apposition set off by commas or dashes ("Turkey, which has
    /// long sought membership, —"), whose words tell of another verb.
    fn stretch_of(&self, hit: &Hit, cr: &Range<usize>) -> Range<usize> {
        let toks = &self.scan.toks;
        let end = cr.end.min(toks.len());
        // (Only the marks that set off an apposition or a parenthesis: an apostrophe or a hyphen joins. The
        // scanner writes a dash as "-", so a dash is a "-" with a space before it.)
        let mark = |t: usize| {
            !toks[t].word
                && match self.scan.text(t) {
                    "-" => t > 0 && toks[t].start > toks[t - 1].end,
                    w => matches!(
                        w,
                        "," | ";" | ":" | "—" | "–" | "(" | ")" | "«" | "»" | "\"" | "،" | "؛"
                    ),
                }
        };
        let lo = (cr.start..hit.t0)
            .rev()
            .find(|&t| mark(t))
            .map_or(cr.start, |t| t + 1);
        let hi = (hit.t1..end).find(|&t| mark(t)).unwrap_or(end);
        lo..hi
    }

    /// For an ACCUSE of a verb of naming (`trigger_classes.py` rows "called … NAME", "وصف* …8 NAME", and the
    /// Russian rows that need a `blame` word in their clause): drops from `roles.target` the states named
    /// only after the condemning word, where the name speaks of a victim or describes the act ("a threat to
    /// Japan", "unprecedented between two members of the EU", «против союзника по НАТО»). A state the name
    /// gives as the doer stays: one right after a `by` or `from` role cue ("by", «со стороны», من قبل/من جانب,
    /// "from"), or a Russian genitive with no preposition before it.
    fn drop_targets_inside_the_name(&self, hit: &Hit, cr: &Range<usize>, roles: &mut Roles<'a>) {
        let lt = self.tables.lang(self.ctx.lang);
        let verb = self.scan.text(hit.t0);
        let name_at = match self.ctx.lang {
            Lang::Ru => {
                let blame = |c: Cue| matches!(c, Cue::Topic(k) if lt.topics.get(k as usize).is_some_and(|n| n == "blame"));
                if !self.needs_topic(hit) {
                    return;
                }
                self.scan
                    .cues
                    .iter()
                    .filter(|&&(c0, _, c)| c0 >= hit.t1 && c0 < cr.end && blame(c))
                    .map(|&(c0, _, _)| c0)
                    .min()
            }
            Lang::En => (hit.t1 > hit.t0 + 2
                && self.tables.words.has(WordList::EnNamingVerb, verb))
            .then(|| hit.t1 - 1),
            Lang::Ar => {
                // (وصفت, ووصفت, اعتبرت, واعتبرت: the root's own و is no conjunction.)
                let naming = |w: &str| w.starts_with("وصف") || w.starts_with("اعتبر");
                (hit.t1 > hit.t0 + 2
                    && (naming(verb) || verb.strip_prefix('و').is_some_and(naming)))
                .then(|| hit.t1 - 1)
            }
        };
        let Some(name_at) = name_at else {
            return;
        };
        // (A Russian genitive right after the name, with no preposition between, is the doer the name
        // gives: «частью провокационного поведения Москвы».)
        let genitive = |t: usize| {
            self.ctx.lang == Lang::Ru
                && !self
                    .scan
                    .cues
                    .iter()
                    .any(|&(c0, c1, c)| is_prep(c) && c0 > name_at && c1 <= t)
        };
        // (A `by` or `from` role cue right before the state — "by", «со стороны», من قبل, من جانب, "from" —
        // names the doer, as it does for the roles.)
        let by_doer = |t: usize| {
            self.scan
                .cues
                .iter()
                .any(|&(_, c1, c)| c1 == t && matches!(c, Cue::By | Cue::From))
                || genitive(t)
        };
        let before: Vec<&str> = self
            .actors
            .iter()
            .filter(|a| a.t0 > hit.t0 && a.t0 < name_at)
            .flat_map(|a| a.ids.iter().copied())
            .collect();
        // (The name ends where the next verb of an act begins: "called the claims absurd and on May 3
        // ordered an Ecuadorian diplomat to leave" names Ecuador in an act of its own; a noun of an act
        // inside the name, "a violation of the Vienna Convention", does not end it.)
        let end = self
            .scan
            .triggers
            .iter()
            .filter(|h| h.t0 > name_at && lt.trigger(h.entry).is_some_and(|x| !x.noun))
            .map(|h| h.t0)
            .min()
            .map_or(cr.end, |t| t.min(cr.end));
        let inside: Vec<&str> = self
            .actors
            .iter()
            .filter(|a| a.t0 > name_at && a.t0 < end && !by_doer(a.t0))
            .flat_map(|a| a.ids.iter().copied())
            .filter(|id| !before.contains(id))
            .collect();
        roles.target.retain(|id| !inside.contains(id));
    }

    /// Aims reaction `roles` at the doers of the act its object names (`object`: the act noun's token, when
    /// there is one). When the noun is a noun trigger of the lexicon, the latest act of that noun's own
    /// type ("condemned the invasion" → the latest ASSAULT, "welcomed the agreement" → the signatories of
    /// the latest AGREE), whatever was told in between; else a deed earlier in this sentence aimed at the
    /// reactor ("Baku's detention of Russian citizens …, and Moscow condemned the arrests"); else the
    /// latest deed (a general noun: "the move", "the decision"); else whoever led the sentence before.
    pub(super) fn aim_at_named_act(
        &self,
        hit: &Hit,
        kind: &str,
        object: Option<usize>,
        out: &[EventRec],
        roles: &mut Roles<'a>,
    ) {
        // (An English object follows its article, an Arabic one carries it or stands in the construct
        // state: a noun whatever the lexicon files the word as. A Russian word after the verb may be an
        // infinitive.)
        let any_pos = self.ctx.lang != Lang::Ru;
        if let Some((noun, mode)) = object.and_then(|t| self.act_noun(t, any_pos)) {
            self.aim_at_act_of_kind(noun, mode, out, roles);
        }
        if roles.target.is_empty() {
            self.aim_at_earlier_doers(out, roles, true);
        }
        if roles.target.is_empty() && !self.names_words(hit) {
            self.aim_at_latest_deed(kind, out, roles);
        }
        if roles.target.is_empty() && !self.names_words(hit) {
            self.aim_at_sentence_subject(hit, roles);
        }
        if roles.target.is_empty() {
            self.add_leads(&self.memory.lead, roles, false);
        }
        // "Poland summoned Hungary's ambassador after Budapest granted asylum to …. Warsaw called the
        // decision hostile": with no doer known and the reactor itself the lead, the act a hostile
        // reaction (criticism, rejection, protest) names is by the side the reactor's own latest act was
        // aimed at. (Not a concession: "reversed the decision" may undo the reactor's own act.)
        if roles.target.is_empty() && matches!(kind, "ACCUSE" | "REJECT" | "PROTEST") {
            let own = self.recent_events(out).find(|e| {
                is_act(e)
                    && !e.target.is_empty()
                    && e.source.iter().any(|s| roles.source.contains(&s.as_str()))
            });
            if let Some(e) = own {
                self.add_leads(&e.target, roles, false);
            }
        }
    }

    /// The events of this sentence so far (`out`) and then of the last [`DEED_REACH`] sentences
    /// (`Coder::earlier`), latest first: what a reaction in this sentence can name.
    pub(super) fn recent_events<'e>(
        &'e self,
        out: &'e [EventRec],
    ) -> impl Iterator<Item = &'e EventRec> + Clone {
        self.recent_events_within(out, DEED_REACH)
    }

    /// The events of this sentence so far (`out`) and then of the last `reach` sentences, latest first.
    fn recent_events_within<'e>(
        &'e self,
        out: &'e [EventRec],
        reach: usize,
    ) -> impl Iterator<Item = &'e EventRec> + Clone {
        let since = self.memory.since(reach);
        out.iter().rev().chain(
            self.earlier
                .iter()
                .rev()
                .take_while(move |e| e.sentence[0] >= since),
        )
    }

    /// Whether a visit noun with `roles` names no state among its targets (a region or a collective, "an
    /// EU state" read as the bloc) while a meeting of one of its sources with a state — a visit, talks — was
    /// coded in this sentence so far (`out`) or the [`DEED_REACH`] before it: the noun tells that visit again.
    fn restated_visit(&self, roles: &Roles<'a>, out: &[EventRec]) -> bool {
        if roles.target.is_empty() || roles.target.iter().any(|t| is_state(self.ctx, t)) {
            return false;
        }
        self.recent_events(out).any(|e| {
            e.kind == "CONSULT"
                && e.source
                    .iter()
                    .chain(e.target.iter())
                    .any(|x| roles.source.contains(&x.as_str()))
                && e.source
                    .iter()
                    .chain(e.target.iter())
                    .any(|x| !roles.source.contains(&x.as_str()) && is_state(self.ctx, x))
        })
    }

    /// Aims `roles` at the doers of the latest act of type `kind` by others (see [`is_act`]): coded
    /// earlier in this sentence, else in one of the last [`NAMED_ACT_REACH`] sentences
    /// (`Coder::earlier`). An agreement is the one its signatories made together (two sides or more),
    /// before a one-sided promise told after it: "Britain and Mauritius signed a treaty … London pledges
    /// to pay …; Washington welcomed the agreement". A noun with a mode of its own names an act of that
    /// mode first (`mode`): "NATO expelled seven diplomats. The EU recalled its ambassador. Moscow called
    /// the expulsions a provocation" answers the expulsion, not the recall told after it.
    fn aim_at_act_of_kind(
        &self,
        kind: &str,
        mode: Option<&str>,
        out: &[EventRec],
        roles: &mut Roles<'a>,
    ) {
        let others = |src: &[String]| !src.iter().any(|s| roles.source.contains(&s.as_str()));
        let mut acts = self
            .recent_events_within(out, NAMED_ACT_REACH)
            .filter(|e| e.kind == kind && is_act(e) && others(&e.source));
        let same_mode = mode.and_then(|m| acts.clone().find(|e| e.mode.as_deref() == Some(m)));
        let act = if same_mode.is_some() {
            same_mode
        } else if kind == "AGREE" {
            acts.clone()
                .find(|e| e.source.len() >= 2)
                .or_else(|| acts.next())
        } else {
            acts.next()
        };
        if let Some(e) = act {
            self.add_leads(&e.source, roles, false);
        }
    }

    /// Completes an act that undoes an earlier one and names one side only from the act undone (`undone`:
    /// its type): the latest such act of this sentence or the [`DEED_REACH`] before it that shares the
    /// side named. A concession undoes a `SANCTION`: "Serbia reversed its decision", «Минск отменил
    /// пошлину» name the one who lifts, the measure says on whom; "Paraguay was readmitted" names the one
    /// relieved (a passive: the subject is suffered), the measure says by whom. A release undoes a
    /// `COERCE`: "Tehran released the ship", «Таллин отпустил судно» are aimed at the state whose ship or
    /// nationals were seized. Only from an act (asserted or announced) with both sides, so an act with no
    /// such one before it is left as it was.
    fn undo_measure(&self, hit: &Hit, undone: &str, out: &[EventRec], roles: &mut Roles<'a>) {
        let shares =
            |ids: &[String], named: &[&str]| ids.iter().any(|x| named.contains(&x.as_str()));
        let measure = |named: &[&str], by_doer: bool| {
            self.recent_events(out).find(|e| {
                e.kind == undone
                    && is_act(e)
                    && !e.target.is_empty()
                    && shares(if by_doer { &e.source } else { &e.target }, named)
            })
        };
        if roles.source.is_empty() && roles.target.is_empty() {
            // "The sanctions were lifted in May", «Судно было освобождено через два дня»: an undoing (a
            // passive: no doer) in a sentence that names no one undoes the latest measure of the story,
            // both its sides.
            if self.actors.is_empty() {
                let latest = self
                    .recent_events(out)
                    .find(|e| e.kind == undone && is_act(e) && !e.target.is_empty());
                if let Some(e) = latest {
                    self.add_leads(&e.source, roles, true);
                    self.add_leads(&e.target, roles, false);
                }
            }
        } else if roles.source.is_empty() && !roles.target.is_empty() {
            if let Some(e) = measure(&roles.target, false) {
                self.add_leads(&e.source, roles, true);
            }
        } else if roles.target.is_empty() && !roles.source.is_empty() {
            if self.passive(hit) {
                // (The subject of a passive is the one relieved: "was readmitted", «был восстановлен».)
                if let Some(e) = measure(&roles.source, false) {
                    // (Only those the act undone was aimed at: the others named are no party.)
                    let relieved: Ids<'a> = roles
                        .source
                        .iter()
                        .copied()
                        .filter(|s| e.target.iter().any(|t| t == s))
                        .collect();
                    roles.source.clear();
                    roles.target = relieved;
                    self.add_leads(&e.source, roles, true);
                }
            } else if let Some(e) = measure(&roles.source, true) {
                self.add_leads(&e.target, roles, false);
            }
        }
    }

    /// Whether the doer of a trigger (`roles.source`) is the subject of the sentence before carried on,
    /// and its clause (`cr`) names no one else: a pronoun or office opening the sentence ("It also
    /// expelled two diplomats", «Она также закрыла пункт пропуска», "The ministry demanded …"; see
    /// `Actor::carried`).
    fn carried_subject(&self, cr: &Range<usize>, roles: &Roles<'a>) -> bool {
        let in_clause = |a: &&super::actors::Actor<'_>| a.t0 >= cr.start && a.t1 <= cr.end;
        let mut named = self.actors.iter().filter(in_clause);
        !roles.source.is_empty()
            && !named.clone().any(|a| !a.carried)
            && named.any(|a| a.ids.iter().any(|id| roles.source.contains(id)))
    }

    /// Aims an act whose doer is carried on from the sentence before (`carried_subject`) and that names no
    /// one else at the other side of the latest act (see [`is_act`]) that doer took part in, in this
    /// sentence so far (`out`) or the [`DEED_REACH`] before: the story goes on between the same two
    /// ("Kenya recalled its ambassador from Uganda. It also suspended flights to Entebbe", «Алжир отозвал
    /// посла из Франции. Он также приостановил сотрудничество»).
    ///
    /// With `joint` (an Arabic verb whose subject is left out, `ar_dropped_subject`) the latest act may also
    /// be a joint one, its other parties in its source: the pledge told after a meeting is made to the
    /// other side of the meeting («التقى باشينيان بوتين في سوتشي. وتعهد بأن …»).
    fn carried_counterpart(&self, out: &[EventRec], roles: &mut Roles<'a>, joint: bool) {
        let own = |x: &String| roles.source.contains(&x.as_str());
        let act = self.recent_events(out).find(|e| {
            is_act(e)
                && (!e.target.is_empty() || (joint && e.source.len() >= 2))
                && (e.source.iter().any(own) || e.target.iter().any(own))
        });
        let Some(e) = act else { return };
        let side: SmallVec<[String; 2]> = if e.target.is_empty() {
            e.source.iter().filter(|x| !own(x)).cloned().collect()
        } else if e.source.iter().any(own) {
            e.target.iter().filter(|x| !own(x)).cloned().collect()
        } else {
            e.source.iter().filter(|x| !own(x)).cloned().collect()
        };
        self.add_leads(&side, roles, false);
    }

    /// The relative clause on the measures a concession lifts, and the state it says they were put on:
    /// "lifted the sanctions (that) it had imposed on India", «снял санкции, которые ввёл против Ливии»,
    /// "رفعت العقوبات التي فرضتها على النيجر". Returns where the relative clause opens (its pronoun, or
    /// the English subject pronoun of a clause without one) and the actor after its "on"/"against". The
    /// imposing told there is background, no event of its own (`run` skips a measure trigger between the
    /// two).
    pub(super) fn relieved_in_relative(&self, hit: &Hit) -> Option<(usize, usize)> {
        let n = self.scan.toks.len();
        let words = &self.tables.words;
        let en = self.ctx.lang == Lang::En;
        let opens = |t: usize| {
            let w = self.scan.text(t);
            words.has(WordList::RelativePronoun, w)
                // ("the tariffs it had imposed on Uganda": an English clause with no pronoun opens with
                // its subject pronoun and a past form.)
                || (en
                    && (words.has(WordList::PronounSubject, w) || words.has(WordList::PluralPronoun, w))
                    && (t + 1..n.min(t + 3)).any(|k| self.scan.text(k).ends_with("ed")))
        };
        // (The measure noun and its modifiers between, or a comma: no other actor than the subject of an
        // Arabic verb, no other trigger.)
        let r = (hit.t1..n.min(hit.t1 + 8))
            .take_while(|&t| self.scan.toks[t].word || is_comma(self.scan.text(t)))
            .find(|&t| opens(t))?;
        if self
            .scan
            .triggers
            .iter()
            .any(|h| h.t0 >= hit.t1 && h.t0 < r)
        {
            return None;
        }
        // (The relative's own subject, "which it had imposed", may be an actor: no other one between.)
        let a = self.actors.iter().position(|a| {
            a.t0 > r + 1
                && a.t0 <= r + 6
                && (r + 1..a.t0).all(|t| self.scan.toks[t].word)
                && (r + 1..a.t0).any(|t| {
                    self.scan
                        .has_cue(t, t + 1, |c| matches!(c, Cue::On | Cue::Against))
                })
                && !self.actors.iter().any(|x| x.t0 > r + 1 && x.t0 < a.t0)
        })?;
        Some((r, a))
    }

    /// The type of the noun trigger (a nominalisation or a document noun: "invasion", الاتفاق, высылка)
    /// that begins at token `t`, if one does. (`any_pos`: a trigger the lexicon files as a verb counts too —
    /// "the strike", القصف — where the caller knows the word stands as a noun, after an article.)
    pub(super) fn act_noun_kind(&self, t: usize, any_pos: bool) -> Option<&'static str> {
        self.act_noun(t, any_pos).map(|(kind, _)| kind)
    }

    /// [`Self::act_noun_kind`] with the noun's mode, when its row gives one ("expulsions": `expel`).
    fn act_noun(&self, t: usize, any_pos: bool) -> Option<(&'static str, Option<&'static str>)> {
        let lt = self.tables.lang(self.ctx.lang);
        self.scan
            .triggers
            .iter()
            .filter(|h| h.t0 == t)
            .find_map(|h| {
                lt.trigger(h.entry)
                    .filter(|trig| any_pos || trig.noun || trig.object)
                    .map(|trig| (TYPES[trig.kind as usize], trig.mode.as_deref()))
            })
    }

    /// Whether the object of English reaction `hit` is itself a word said (an accusation, a protest, a
    /// demand, a threat: a noun trigger of [`WORD_TYPES`] right after it): "rejected the accusations" answers
    /// whoever spoke, not the last deed.
    fn names_words(&self, hit: &Hit) -> bool {
        self.scan.triggers.iter().any(|h| {
            h.t0 >= hit.t1
                && h.t0 <= hit.t1 + 2
                && self.hit_type(h).is_some_and(|t| WORD_TYPES.contains(&t))
        })
    }

    /// Whether the filter `name` drops trigger `hit` (the caller has found that it applies): always, in
    /// release builds, noted for the trace when it is on. Debug builds keep the trigger instead when
    /// `BLOCWATCH_EVENT_OFF` lists the name (comma-separated) — to count what each filter loses and what
    /// false events it prevents, one filter switched off at a time.
    #[cfg(not(debug_assertions))]
    #[inline(always)]
    pub(super) fn drops(&self, hit: &Hit, name: &'static str) -> bool {
        self.note(hit, name);
        true
    }

    #[cfg(debug_assertions)]
    pub(super) fn drops(&self, hit: &Hit, name: &'static str) -> bool {
        static OFF: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        let off = OFF.get_or_init(|| {
            std::env::var("BLOCWATCH_EVENT_OFF")
                .map(|v| v.split(',').map(str::to_string).collect())
                .unwrap_or_default()
        });
        if off.iter().any(|o| o == name) {
            return false;
        }
        self.note(hit, name);
        true
    }

    /// The fallback target of live trigger `i` (`hit`), a type that needs one, whose roles found a doer
    /// and no target (else dropped as `run:no-target`): the first group after the trigger in its clause
    /// that names states only, none of them its doer, when no preposition or position gave that group a
    /// role. An object the roles do not read stands past a place, a date or a noun ("shelled Goris,
    /// Jermuk and other villages in the south of Armenia", «запретила ввоз в страну польских яблок»,
    /// "اعتقلت الشرطة الإيرانية في طهران صحفياً فرنسياً").
    ///
    /// Not a group after "in", "about", "from", "by", "with" or "between": a place, a topic, an origin, a
    /// doer of a passive, a partner or the sides of a talk is no target. Not for AID, SUPPORT or THREATEN,
    /// whose target the roles read from many forms of their own (a recipient, the one backed, the one
    /// warned) and whose first state after the verb is as often the cause or the topic. Not for a
    /// nominalisation ("expulsion", «высылка», «طرد»): a noun is an event on its own only with both sides
    /// named (`Trigger::noun`), and the state after it is as often a noun of its own ("the reason for the
    /// expulsion was the murder of a Slovak citizen"). And not a group:
    /// - past the start of another trigger of the clause ("refused to lift the ban and threatened curbs
    ///   on Chinese seafood", «признала ответственность и принесла Китаю извинения», "في مياه تطالب بها
    ///   اليابان"): the group is in that act's window, its party, not this one's (`window`);
    /// - inside the charge of an accusation (`charge_start`: "criticised the government for courting
    ///   Beijing"): what the accused did names neither side;
    /// - that is a description standing for states named before ("the two governments", the
    ///   `Cue::is_coref` kinds): whose it is the roles decide from its place, and one the roles gave no
    ///   role is the subject of an act of its own ("Pressed by Washington, the two governments agreed").
    ///
    /// With no such group, an act told as done (`asserted`) takes the one the story named before
    /// (`discourse_target`). Neither stage for a passive or a participle (`passive_or_participle`:
    /// "Sberbank was disconnected", "three soldiers have been killed", «самолёт был сбит»): the state the
    /// roles found beside it is as often its patient as its doer, so the rescue would code the patient
    /// acting on the story's other side.
    fn fallback_target(
        &self,
        i: usize,
        hit: &Hit,
        type_name: &str,
        cr: &Range<usize>,
        roles: &Roles<'a>,
        asserted: bool,
    ) -> Option<Ids<'a>> {
        if roles.source.is_empty()
            || matches!(type_name, "AID" | "SUPPORT" | "THREATEN")
            || self.live[i].trig.noun
            || self.passive_or_participle(hit)
        {
            return None;
        }
        let charge = self.charge_start(&self.live[i], type_name, cr.end);
        let groups = self.groups(cr);
        let g = groups.iter().find(|g| {
            g.t0 >= hit.t1
                && !matches!(
                    g.prep,
                    Some(Cue::In | Cue::About | Cue::From | Cue::By | Cue::With | Cue::Between)
                )
                && {
                    let mut ids = self.group_ids(&g.members).peekable();
                    ids.peek().is_some()
                        && ids.all(|t| is_state(self.ctx, t) && !roles.source.contains(&t))
                }
                && !self
                    .live
                    .iter()
                    .any(|l| l.hit.t0 >= hit.t1 && l.hit.t0 < g.t0)
                && charge.is_none_or(|c| g.t0 <= c)
                && !self.scan.has_cue(g.t0, g.t1, Cue::is_coref)
        });
        match g {
            Some(g) => {
                self.note(hit, "run:fallback-target");
                Some(self.group_ids(&g.members).collect())
            }
            None if asserted
                && !self.tells_a_span(cr)
                && !(type_name == "REJECT" && self.denies_charge(hit)) =>
            {
                let ids = self.discourse_target(type_name, &roles.source);
                if ids.is_some() {
                    self.note(hit, "run:fallback-discourse");
                }
                ids
            }
            None => None,
        }
    }

    /// The target of a verb that names its doer and leaves the one it acts on to the story told before
    /// ("Russia detained a US diplomat on Monday. On Tuesday the Foreign Ministry declared him persona
    /// non grata", "The Dutch had expelled the four in April", «Голландцы выслали четверых ещё в апреле»,
    /// «وطردت مينسك دبلوماسيين اثنين»): the other side of the latest event of two parties that its doer took part in
    /// (`other_side`, from the last [`super::memory::PARTIES_KEPT`] such events of the sentences before).
    /// A pronoun ("him", "the four") or a description ("such imports", "the measures") stands for that
    /// event's people or act; news tells an answer right after what it answers. It comes last, after
    /// every reading of the sentence itself (`fallback_target`), and keeps that stage's exclusions: no
    /// noun (a nominalisation is an event only with both sides named in it), no AID, SUPPORT or THREATEN
    /// (their target the roles read from forms of their own); and only for an act told as done: one
    /// expected, proposed or supposed ("could halt the payments if …", «если Афины о нём попросят»,
    /// "إذا طلبت موسكو ذلك") is about what may come, whose other side the story's last event does not
    /// fix; nor when its clause tells a span of time (`tells_a_span`: "has criticised such policies for
    /// years", «годами критикует»): a long-held view answers no event of the story; nor an English
    /// refusal of a charge (`denies_charge`: "rejected the charges", a denial coded on the act denied, not
    /// a refusal of its accuser). A refusal or a concession answers the demand made of its doer
    /// (`answered_demand`); a doer that took part in no event remembered joins the latest act of its own
    /// type (`parallel_act`). Nothing else: a story's first act with no one named it acts on is no event
    /// between states.
    fn discourse_target(&self, type_name: &str, source: &[&'a str]) -> Option<Ids<'a>> {
        if matches!(type_name, "REJECT" | "CONCEDE") {
            return self.answered_demand(source);
        }
        self.other_side(source)
            .or_else(|| self.parallel_act(type_name, source))
    }

    /// The target of an act whose doer took part in none of the events remembered (`discourse_target`):
    /// the target of the latest act of the same type by others among the last [`PARTIES_KEPT`] events
    /// of two parties before its sentence. A state new to the story that takes a measure of the kind
    /// just told joins it against the same side ("The EU froze contacts with Austria on Friday. Israel
    /// recalled its ambassador the same day", «Израиль в тот же день отозвал своего посла», "واستدعت
    /// إسرائيل سفيرها في اليوم نفسه"). Only the same type: an act of another kind told before ("Poland
    /// accused Austria of …. Israel recalled its ambassador") is not the one joined. Only an act (see
    /// [`is_act`]) with a target, none of whose parties is the doer.
    fn parallel_act(&self, type_name: &str, source: &[&'a str]) -> Option<Ids<'a>> {
        let mine = |x: &String| source.contains(&x.as_str());
        let e = self.recent_pair_events().find(|e| {
            e.kind == type_name
                && is_act(e)
                && !e.target.is_empty()
                && !e.source.iter().chain(&e.target).any(mine)
        })?;
        self.remembered_except(&e.target, source)
    }

    /// The target of a refusal or a concession left to the story told before (`discourse_target`): the
    /// doers of the latest request, accusation or threat aimed at its doer among the last
    /// [`PARTIES_KEPT`] events of two parties before its sentence ("Riyadh and its allies handed Qatar a
    /// list of thirteen demands. … Doha rejected the list", «Вашингтон потребовал от Анкары … Анкара
    /// отказалась», "طالبت موسكو طوكيو … ورفضت طوكيو"). A refusal or a concession answers what was asked
    /// of or charged against its doer; the doer's latest event of any kind is as often its own act on a
    /// third state, whose other side is no one it refuses ("India bought Russian arms. … India refused to
    /// halt the purchases"). Nothing when no such demand is remembered.
    fn answered_demand(&self, source: &[&'a str]) -> Option<Ids<'a>> {
        let mine = |x: &String| source.contains(&x.as_str());
        let e = self.recent_pair_events().find(|e| {
            matches!(e.kind.as_str(), "REQUEST" | "ACCUSE" | "THREATEN")
                && e.target.iter().any(mine)
                && !e.source.iter().any(mine)
        })?;
        self.remembered_except(&e.source, source)
    }

    /// The last [`PARTIES_KEPT`] events of two parties or more coded in the chunk's sentences before
    /// this one, latest first: the story `answered_demand` and `parallel_act` search.
    fn recent_pair_events(&self) -> impl Iterator<Item = &EventRec> {
        self.earlier
            .iter()
            .rev()
            .filter(|e| e.source.len() + e.target.len() >= 2)
            .take(PARTIES_KEPT)
    }

    /// Whether trigger `hit` is a passive or a participle (`passive`: "was disconnected", "have been
    /// killed", «был сбит», «приостановлено», فُرضت; a Russian full participle, «утраченное»; an Arabic
    /// active participle, متهمةً): the state before or after such a verb is as often its patient as its
    /// doer, and whom it acts on is no other side of a story's event.
    fn passive_or_participle(&self, hit: &Hit) -> bool {
        self.passive(hit)
            || match self.ctx.lang {
                // (A short participle after a form of «быть»: «был сбит», «были высланы».)
                Lang::Ru => {
                    ru_participle(self.scan.text(hit.t0))
                        || (hit.t0 > 0
                            && matches!(
                                self.scan.text(hit.t0 - 1),
                                "был" | "была" | "было" | "были" | "будет" | "будут"
                            ))
                }
                Lang::Ar => self.ar_participle(hit),
                _ => false,
            }
    }

    /// The doer of an act whose subject is a body of a state named by a bare word (`state_body_subject`:
    /// "The ministry summoned the US ambassador", «МИД вызвал поверенного», «Правительство потребовало
    /// от Москвы …», "واستدعت الوزارة السفير"): the states the story led with (`Memory::lead`, of a
    /// sentence close before), when each is a state and none is the act's target. The body stands right
    /// before an English or Russian verb (at most [`STATE_BODY_REACH`] words, no actor, punctuation or
    /// other trigger between; not after a preposition: «вызвали в министерство и вручили …» is no subject;
    /// an English one after "the", not after a possessive: "whose government" is another's) and right
    /// after an Arabic one. Only a verb told as done, with a target, and not a
    /// passive or a participle (`passive_or_participle`: "the government was accused").
    fn state_body_doer(&self, hit: &Hit, cr: &Range<usize>, roles: &Roles<'a>) -> Option<Ids<'a>> {
        if roles.target.is_empty()
            || !self.memory.lead_is_recent()
            || self.passive_or_participle(hit)
        {
            return None;
        }
        let words = &self.tables.words;
        let body = |k: usize| {
            let w = self.scan.text(k);
            words.has(WordList::StateBodySubject, w)
        };
        let subject = if self.ctx.lang == Lang::Ar {
            hit.t0 + 1 < cr.end && body(hit.t0 + 1)
        } else {
            let lo = hit.t0.saturating_sub(STATE_BODY_REACH).max(cr.start);
            (lo..hit.t0).rev().find(|&k| body(k)).is_some_and(|k| {
                (k + 1..hit.t0).all(|j| self.scan.toks[j].word)
                    && !self.scan.has_cue(k.saturating_sub(2), k, is_prep)
                    && !self.actors.iter().any(|a| a.t1 > k && a.t0 < hit.t0)
                    && !self.live.iter().any(|l| l.hit.t0 > k && l.hit.t0 < hit.t0)
                    && (self.ctx.lang != Lang::En
                        || ((k.saturating_sub(2)..k).any(|j| self.scan.text(j) == "the")
                            && !(k.saturating_sub(2)..k).any(|j| {
                                matches!(self.scan.text(j), "'s" | "s" | "whose" | "its" | "their")
                            })))
            })
        };
        if !subject {
            return None;
        }
        let mut out: Ids<'a> = SmallVec::new();
        for x in &self.memory.lead {
            let k = self.ctx.lexicon.lookup(x)?;
            let id = self.ctx.lexicon.entity(k).id.as_str();
            if !is_state(self.ctx, id) || roles.target.contains(&id) {
                return None;
            }
            if !out.contains(&id) {
                out.push(id);
            }
        }
        (!out.is_empty()).then_some(out)
    }

    /// The summoner of a summons (`PROTEST` `hit`, its target found, no doer named) told as where the envoy
    /// was called: "was summoned to the Turkish foreign ministry", "استُدعي السفير السوري إلى وزارة
    /// الخارجية التركية", "تم استدعاء السفير الفرنسي إلى وزارة الخارجية الجزائرية". The first to/إلى
    /// right after the trigger and its object (at most six words on, no comma or other trigger between)
    /// opens a phrase whose head is a body of a state (`state_body_subject`, within four words of the
    /// preposition: "the Turkish foreign ministry"); the state named in that phrase (its adjective or genitive, at most four words after
    /// the body) is the one who summoned, unless it is the envoy's own.
    pub(super) fn summoned_to_body(
        &self,
        hit: &Hit,
        cr: &Range<usize>,
        roles: &Roles<'a>,
    ) -> Option<Ids<'a>> {
        if roles.target.is_empty() {
            return None;
        }
        let reach = (hit.t1 + 6).min(cr.end);
        let &(c0, c1, _) = self
            .scan
            .cues
            .iter()
            .find(|&&(c0, _, c)| c == Cue::To && c0 >= hit.t1 && c0 < reach)?;
        if self.comma_between(hit.t1, c0)
            || self
                .live
                .iter()
                .any(|l| l.hit.t0 >= hit.t1 && l.hit.t0 < c0)
        {
            return None;
        }
        let body = (c1..(c1 + 4).min(cr.end)).find(|&k| {
            self.tables
                .words
                .has(WordList::StateBodySubject, self.scan.text(k))
        })?;
        let a = self
            .actors
            .iter()
            .find(|a| a.t0 >= c1 && a.t0 <= body + 4 && a.t1 <= cr.end)?;
        if self.comma_between(c1, a.t0)
            || self
                .live
                .iter()
                .any(|l| l.hit.t0 > hit.t0 && l.hit.t0 < a.t1)
        {
            return None;
        }
        let mut out: Ids<'a> = SmallVec::new();
        for &id in &a.ids {
            if !is_state(self.ctx, id) || roles.target.contains(&id) {
                return None;
            }
            if !out.contains(&id) {
                out.push(id);
            }
        }
        (!out.is_empty()).then_some(out)
    }

    /// The remembered ids `ids` as the lexicon spells them, without `source` and repeats; nothing when
    /// none is left (also `other_side`'s reading of a remembered event).
    pub(super) fn remembered_except<'s>(
        &self,
        ids: impl IntoIterator<Item = &'s String>,
        source: &[&'a str],
    ) -> Option<Ids<'a>> {
        let mut out: Ids<'a> = SmallVec::new();
        for x in ids {
            let Some(k) = self.ctx.lexicon.lookup(x) else {
                continue;
            };
            let id = self.ctx.lexicon.entity(k).id.as_str();
            if !source.contains(&id) && !out.contains(&id) {
                out.push(id);
            }
        }
        (!out.is_empty()).then_some(out)
    }

    /// The states a ban on imports names as the goods' origin ("banned all imports from Argentina",
    /// «ввела запрет на ввоз мяса, рыбы и фруктов из США, Евросоюза и Норвегии», "أوقفت الواردات من
    /// لبنان"): a word of imports or goods (`import_noun`) at most eight words after SANCTION `hit` in its
    /// clause `cr`, then the first group opened by from/из/من within fourteen words after it, with no
    /// verb trigger between. A measure on what comes from a state is aimed at that state. The states of
    /// the group but the doer's; `None` when there is none.
    pub(super) fn import_origin(
        &self,
        hit: &Hit,
        cr: &Range<usize>,
        source: &[&'a str],
    ) -> Option<Ids<'a>> {
        let imports = (hit.t0..cr.end.min(hit.t1 + 8))
            .find(|&t| self.word_stem_of(t, WordList::ImportNoun))?;
        let g = self
            .groups(cr)
            .iter()
            .find(|g| g.t0 > imports && g.prep == Some(Cue::From))?
            .clone();
        // (The word of imports may itself be a trade verb's row: "imports".)
        if g.t0 > imports + 14
            || self.live.iter().any(|l| {
                !l.trig.noun && l.hit.t0 > hit.t0 && l.hit.t0 < g.t0 && l.hit.t0 != imports
            })
        {
            return None;
        }
        distinct_ids(self.group_ids(&g.members).filter(|id| !source.contains(id)))
    }

    /// The state where the doer's own envoy or mission is posted, when SANCTION `hit` recalls, closes or
    /// scales it down and names no other side ("ordered its ambassador in Tokyo home", «Посла в Южной
    /// Корее Япония отозвала», "خفّض الأردن مستوى تمثيله الدبلوماسي لدى قطر", "أغلقت سفارتها في دبلن"):
    /// an envoy, staff or mission word (`envoy`, `staff` topics, `mission_noun` words) inside the
    /// trigger or at most three words after it — in Russian also an envoy in an oblique case before the
    /// verb in its clause, the fronted object — then the first place phrase (in/at/لدى/في/в) of the
    /// clause within five words after that word, with no punctuation, other verb trigger or other state
    /// between (a mission named with another state is that state's, the doer the host). A
    /// mission is where it is posted: its recall or its closing is aimed at that state, a capital standing
    /// for it. The states of the phrase but the doer's; `None` when there is none.
    pub(super) fn posted_state(
        &self,
        hit: &Hit,
        cr: &Range<usize>,
        source: &[&'a str],
    ) -> Option<Ids<'a>> {
        let words = &self.tables.words;
        let posted = |t: usize| {
            self.topic_at(t, &["envoy", "staff"]) || self.word_stem_of(t, WordList::MissionNoun)
        };
        let after = (hit.t0..(hit.t1 + 3).min(cr.end)).find(|&t| posted(t));
        let fronted = || {
            (self.ctx.lang == Lang::Ru).then(|| {
                (cr.start..hit.t0).find(|&t| {
                    let w = self.scan.text(t);
                    words.has(WordList::EnvoyNoun, w) && !words.has(WordList::EnvoyNominative, w)
                })
            })?
        };
        let w = after.or_else(fronted)?;
        let g = self
            .groups(cr)
            .iter()
            .find(|g| g.t0 > w && g.prep == Some(Cue::In))?
            .clone();
        // (Only the doer's own: no other state named with the mission, before it or after it — "closed
        // the Qatari embassy in N'Djamena", "إغلاق سفارة قطر في نجامينا" are the host's acts on the guest.)
        let foreign = self.actors.iter().any(|a| {
            (a.t0 > w && a.t0 < g.t0)
                || (past_possessive(self.scan, a.t1) == w
                    && a.ids.iter().any(|id| !source.contains(id)))
        });
        if foreign
            || g.t0 > w + 5
            || (w + 1..g.t0).any(|t| {
                let x = self.scan.text(t);
                is_comma(x) || is_hard_punct(x)
            })
            || self
                .live
                .iter()
                .any(|l| !l.trig.noun && l.hit.t0 > w && l.hit.t0 < g.t0 && l.hit.t0 >= hit.t1)
        {
            return None;
        }
        distinct_ids(
            self.group_ids(&g.members)
                .filter(|id| !source.contains(id) && is_state(self.ctx, id)),
        )
    }

    /// The state of the person a pronoun object of SANCTION verb `hit` stands for ("Lula compared the war
    /// in Gaza to the Holocaust, and Israel declared him persona non grata", «…, и Израиль объявил его
    /// персоной нон грата», "شبّه لولا …، فأعلنته إسرائيل شخصاً غير مرغوب فيه"): the object is "him",
    /// «его»/«её» right after the verb (before the rest of its row or the end of the phrase), or the
    /// Arabic verb's own ه/ها; the person is the latest person named before the verb in the sentence,
    /// else in the sentences before, whose state is not the doer's (`person_before`). One person is
    /// expelled or declared unwelcome, and a pronoun points back to the nearest one named. `None`
    /// without such a pronoun or person.
    pub(super) fn pronoun_person(&self, hit: &Hit, source: &[&'a str]) -> Option<Ids<'a>> {
        if source.is_empty() {
            return None;
        }
        let n = self.scan.toks.len();
        let k = hit.t0 + 1;
        let pronoun = match self.ctx.lang {
            Lang::En => k < n && self.scan.text(k) == "him",
            Lang::Ru => {
                k < n
                    && matches!(self.scan.text(k), "его" | "её" | "ее")
                    && (k + 1 < hit.t1 || k + 1 >= n || !self.scan.toks[k + 1].word)
            }
            // (A row that opens with a stem, أعلن*, leaves the verb's ending to the word: أعلنته is the
            // stem, the feminine ت and the pronoun.)
            Lang::Ar => {
                let w = unglued(self.scan.text(hit.t0));
                let lt = self.tables.lang(self.ctx.lang);
                let stem_rest = match lt.entries[hit.entry as usize].words.first() {
                    Some(data::Word::Stem(x)) => w.strip_prefix(x.as_str()),
                    _ => None,
                };
                let singular =
                    |rest: &str| matches!(rest, "ه" | "ها" | "ته" | "تها" | "وه" | "وها");
                stem_rest.is_some_and(singular)
                    || (self.ar_object_pronoun(hit)
                        && ((w.ends_with('ه') && !w.ends_with("هه")) || w.ends_with("ها")))
            }
        };
        if !pronoun {
            return None;
        }
        Some(smallvec![self.person_before(hit, source)?])
    }

    /// The other party of a deal that SANCTION verb `hit` ends or cancels, named by its demonym or after
    /// with/с/مع in the deal's phrase ("cancelled a 2019 contract that handed the management of Tartus port
    /// to a Russian company", «расторгли сделку стоимостью 12,7 млрд песо на покупку 16 российских
    /// вертолётов», "ألغت صفقة شراء مقاتلات روسية"): an agreement word (`pact_noun_stem`) inside the trigger
    /// or at most two words after it, then the first state within twenty words after that word, with
    /// no hard punctuation but brackets between and no other verb trigger outside a relative clause on
    /// the deal — an adjective, or a name right after with/с/مع. Ending a deal with a state's firms is a
    /// measure against that state (eval/README: ending or leaving an agreement with a state is
    /// `SANCTION` aimed at that state). Not the doer's own state, nor a person; `None` when there is none.
    pub(super) fn ended_deal_party(&self, hit: &Hit, source: &[&'a str]) -> Option<Ids<'a>> {
        let words = &self.tables.words;
        let n = self.scan.toks.len();
        let deal = |t: usize| {
            let w = self.scan.text(t);
            self.scan.toks[t].word
                && if self.ctx.lang == Lang::Ar {
                    words.has_part_of(WordList::PactNounStem, w)
                } else {
                    words.has_stem_of(WordList::PactNounStem, w)
                }
        };
        let p = (hit.t0 + 1..(hit.t1 + 2).min(n)).find(|&t| deal(t))?;
        let mut relative = false;
        let mut found = None;
        for t in p + 1..(p + 21).min(n) {
            // (A bracket of its price may stand in the deal's phrase: «сделку стоимостью 12,7 млрд песо
            // (227 млн долларов) на покупку …».)
            let w = self.scan.text(t);
            if is_hard_punct(w) && !matches!(w, "(" | ")") {
                break;
            }
            relative |= words.has(WordList::RelativePronoun, self.scan.text(t))
                || (self.ctx.lang == Lang::En && matches!(self.scan.text(t), "that" | "which"));
            if !relative && self.live.iter().any(|l| !l.trig.noun && l.hit.t0 == t) {
                break;
            }
            let with = t > 0 && self.scan.has_cue(t - 1, t, |c| c == Cue::With);
            if let Some(a) = self.actors.iter().find(|a| {
                a.t0 == t
                    && !a.person
                    && (a.adjective || with)
                    && a.ids
                        .iter()
                        .all(|id| !source.contains(id) && is_state(self.ctx, id))
            }) {
                found = Some(a);
                break;
            }
        }
        distinct_ids(found?.ids.iter().copied())
    }

    /// The lister and the listed of a sanctions noun at `hit` that names the list or package something is
    /// put on ("Britain added Rosneft and Lukoil to its sanctions list", «Евросоюз внёс 74 судна
    /// «теневого флота» России в шестнадцатый пакет санкций», "أدرجت وزارة الخزانة الأمريكية مصرف
    /// كيريميت القيرغيزي على قائمة العقوبات"): a word of a list or package (`list_noun`) beside the noun,
    /// the preposition of where to (to, on, into; в, на; على, إلى, في) at most three words before that
    /// phrase, and a verb of listing (`listing_verb`: added, put, included; внес-, включ-; أدرج، أضاف)
    /// before the preposition in clause `cr`, with no hard punctuation or other verb trigger between. The
    /// measure is the lister's, and what it lists names the states it falls on. The lister is the
    /// subject of the verb (English and Russian: the last group with no preposition before it; Arabic:
    /// the first group after it when another follows, else the group before it); the listed, the states
    /// between the verb and the preposition but the lister's. `None` when either is missing.
    pub(super) fn listed_in_measure(
        &self,
        hit: &Hit,
        cr: &Range<usize>,
    ) -> Option<(Ids<'a>, Ids<'a>)> {
        // (Whole English words: "put" is no stem of "Putin".)
        let word_of = |t: usize, list: WordList| {
            if self.ctx.lang == Lang::En {
                self.tables.words.has(list, self.scan.text(t))
            } else {
                self.word_stem_of(t, list)
            }
        };
        let lo = hit.t0.saturating_sub(3).max(cr.start);
        let list = (lo..(hit.t1 + 2).min(cr.end)).find(|&t| word_of(t, WordList::ListNoun))?;
        let phrase = list.min(hit.t0);
        let into = |t: usize| {
            let w = self.scan.text(t);
            match self.ctx.lang {
                Lang::En => matches!(w, "to" | "on" | "onto" | "into"),
                Lang::Ru => matches!(w, "в" | "во" | "на"),
                Lang::Ar => matches!(w, "علي" | "الي" | "في" | "على" | "إلى"),
            }
        };
        let p = (phrase.saturating_sub(4).max(cr.start)..phrase)
            .rev()
            .find(|&t| into(t))?;
        let v = (p.saturating_sub(16).max(cr.start)..p)
            .rev()
            .find(|&t| word_of(t, WordList::ListingVerb))?;
        if (v + 1..p).any(|t| is_hard_punct(self.scan.text(t)))
            || self
                .live
                .iter()
                .any(|l| !l.trig.noun && l.hit.t0 > v && l.hit.t0 < p)
        {
            return None;
        }
        let groups = self.groups(cr);
        let between: Vec<&Group> = groups
            .iter()
            .filter(|g| g.t0 > v && g.t1 <= p && g.prep.is_none())
            .collect();
        let ids_of = |g: &Group| {
            let mut ids: Ids<'a> = Ids::new();
            push_distinct(&mut ids, self.group_ids(&g.members));
            ids
        };
        let (source, objects) = match self.ctx.lang {
            Lang::En => (self.en_subject_before(v)?, &between[..]),
            Lang::Ru => (self.ru_subject_before(v)?, &between[..]),
            Lang::Ar if between.len() >= 2 => (ids_of(between[0]), &between[1..]),
            Lang::Ar => {
                let before = groups
                    .iter()
                    .rfind(|g| g.prep.is_none() && g.t1 <= v && g.t0 >= cr.start)?;
                (ids_of(before), &between[..])
            }
        };
        let mut target: Ids<'a> = Ids::new();
        for g in objects {
            push_distinct(
                &mut target,
                self.group_ids(&g.members).filter(|id| !source.contains(id)),
            );
        }
        (!source.is_empty() && !target.is_empty()).then_some((source, target))
    }

    /// Whether token `t` is a word of `list` (a list of stems in English and Russian, of parts of the
    /// word in Arabic, whose article and proclitics come before them: الواردات, والجلسة).
    pub(super) fn word_stem_of(&self, t: usize, list: WordList) -> bool {
        let w = self.scan.text(t);
        let words = &self.tables.words;
        self.scan.toks[t].word
            && if self.ctx.lang == Lang::Ar {
                words.has_part_of(list, w)
            } else {
                words.has_stem_of(list, w)
            }
    }

    /// The body a delegation walks out on ("the Russian deputies walked out of the hall", «российские
    /// депутаты покинули зал заседаний», "انسحب الوفد المغربي من اجتماع وزراء الخارجية"): when a word of a
    /// body's sitting (`sitting_noun`: hall, session, зал, заседание, اجتماع, جلسة) stands in the leaving
    /// row or within three words after it (six in Arabic, its subject between), the bloc named last in
    /// the sentence (not the leaver), else the bloc among the parties of the latest event remembered
    /// from the sentences before («Ассамблея вернула делегации право голоса. Украинская делегация
    /// покинула зал»). Leaving a sitting in protest leaves the body that holds it (the dev golds code
    /// such a walkout `SANCTION` of the leaver aimed at the body). `None` without a sitting word or a
    /// bloc.
    pub(super) fn walkout_body(&self, hit: &Hit, source: &[&'a str]) -> Option<Ids<'a>> {
        let n = self.scan.toks.len();
        // (An Arabic verb has its subject between: انسحب الوفد التركي من القاعة.)
        let reach = if self.ctx.lang == Lang::Ar { 6 } else { 3 };
        if !(hit.t0..(hit.t1 + reach).min(n)).any(|t| self.word_stem_of(t, WordList::SittingNoun)) {
            return None;
        }
        let body = |id: &&'a str| is_bloc(self.ctx, id) && !source.contains(id);
        if let Some(a) = self.actors.iter().rev().find(|a| a.ids.iter().any(body)) {
            let mut out: Ids<'a> = Ids::new();
            push_distinct(&mut out, a.ids.iter().copied().filter(body));
            return Some(out);
        }
        let e = self.earlier.last()?;
        let mut out = self.remembered_except(e.source.iter().chain(&e.target), source)?;
        out.retain(|id| is_bloc(self.ctx, id));
        (!out.is_empty()).then_some(out)
    }

    /// Notes that the check `name` set trigger `hit` aside (dropped, or left pending for a companion act),
    /// for the trace; nothing when the trace is off ([`super::trace_on`]).
    #[inline(always)]
    pub(super) fn note(&self, hit: &Hit, name: &'static str) {
        if super::trace_on() {
            self.why.borrow_mut().push((hit.t0, hit.t1, name));
        }
    }

    /// With the trace on (`BLOCWATCH_EVENT_TRACE` set, [`super::trace_on`]; the caller asks): every trigger
    /// the scanner found in the sentence, whether the filters of `select` kept it, the roles the rules give
    /// it and whether an event came of it — to tell which check drops a found trigger (`blocwatch eval …
    /// 2> trace`, `blocwatch extract … 2> trace`).
    pub(super) fn trace(&self, out: &[EventRec], lone: &[String]) {
        let lt = self.tables.lang(self.ctx.lang);
        let words = |h: &Hit| {
            (h.t0..h.t1)
                .map(|t| self.scan.text(t))
                .collect::<Vec<_>>()
                .join(" ")
        };
        eprintln!("TRACE sentence: {}", self.ctx.text);
        // (The sentence's shape for scripts that join the trace with the gold: its tokens, clauses with the
        // boundary that opens each, and actors with their tokens and ids.)
        eprintln!(
            "TRACE shape: {}",
            serde_json::json!({
                "toks": (0..self.scan.toks.len()).map(|t| self.scan.text(t)).collect::<Vec<_>>(),
                "clauses": self.clauses.iter().map(|c| serde_json::json!([
                    c.range.start, c.range.end, format!("{:?}", c.opened_by), c.resume.map(|r| [r.0, r.1])
                ])).collect::<Vec<_>>(),
                "actors": self.actors.iter().map(|a| serde_json::json!([
                    a.t0, a.t1, a.ids.to_vec(), a.who, a.adjective, a.carried
                ])).collect::<Vec<_>>(),
                "triggers": self.scan.triggers.iter().map(|h| [h.t0, h.t1]).collect::<Vec<_>>(),
            })
        );
        // (The check that set the trigger at `h` aside, by name: the last one noted.)
        let why = |h: &Hit| {
            self.why
                .borrow()
                .iter()
                .rev()
                .find(|w| w.0 == h.t0 && w.1 == h.t1)
                .map_or("", |w| w.2)
        };
        for h in &self.scan.triggers {
            let Role::Trigger(x) = lt.entries[h.entry as usize].role else {
                continue;
            };
            let trig = &lt.triggers[x as usize];
            let Some(i) = self
                .live
                .iter()
                .position(|l| l.hit.t0 == h.t0 && l.hit.t1 == h.t1)
            else {
                eprintln!(
                    "TRACE   {:<10} @{}:{} [{}] dropped by select: {}",
                    TYPES[trig.kind as usize],
                    h.t0,
                    h.t1,
                    words(h),
                    why(h)
                );
                continue;
            };
            let l = &self.live[i];
            let ty = TYPES[l.trig.kind as usize];
            let r = self.roles(i, ty, l.trig.mode.as_deref());
            let coded: Vec<String> = out
                .iter()
                .filter(|e| {
                    let w = words(h);
                    e.trigger
                        .to_lowercase()
                        .contains(w.split(' ').next().unwrap_or(""))
                })
                .map(|e| format!("{} {}>{}", e.kind, e.source.join("+"), e.target.join("+")))
                .collect();
            eprintln!(
                "TRACE   {:<10} @{}:{} [{}] clause {} noun {} roles {}>{} => {}",
                ty,
                h.t0,
                h.t1,
                words(h),
                l.clause,
                l.trig.noun,
                r.source.join("+"),
                r.target.join("+"),
                if coded.is_empty() {
                    let w = words(h);
                    let first = w.split(' ').next().unwrap_or("");
                    let reason = match why(h) {
                        "" | "coded" if lone.iter().any(|t| t.to_lowercase().contains(first)) => {
                            "lone-party"
                        }
                        "" => "unnamed",
                        // (Coded, but told under other words — merged with an event told before, or its
                        // trigger written otherwise in the record.)
                        "coded" => "coded (merged, or its record's words differ)",
                        r => r,
                    };
                    format!("DROPPED in run: {reason}")
                } else {
                    // (A trigger whose party a fallback stage gave is noted with the stage's name.)
                    let via = self
                        .why
                        .borrow()
                        .iter()
                        .rev()
                        .find(|w| w.0 == h.t0 && w.1 == h.t1 && w.2.starts_with("run:fallback-"))
                        .map_or(String::new(), |w| format!(" (party by {})", w.2));
                    coded.join(", ") + &via
                }
            );
        }
    }

    /// Whether host verb `hit` has a military base for its object: a `base_noun` word (or, in Russian,
    /// a `troop_noun` stem: «принимает у себя американских военных») among the words after it (seven tokens),
    /// before any punctuation («تستضيف قطر أكبر قاعدة جوية أمريكية», "hosts a large US naval base").
    pub(super) fn hosts_base(&self, hit: &Hit) -> bool {
        let words = &self.tables.words;
        let n = self.scan.toks.len();
        // (A possessive's apostrophe is no punctuation here: "hosts the US Fifth Fleet's base".)
        (hit.t1..n.min(hit.t1 + 7))
            .take_while(|&t| self.scan.toks[t].word || matches!(self.scan.text(t), "'" | "’"))
            .any(|t| {
                let w = self.scan.text(t);
                words.has(WordList::BaseNoun, w)
                    || (self.ctx.lang == Lang::Ru && words.has_stem_of(WordList::TroopNoun, w))
            })
    }

    /// Whether host verb `hit` stands in an attribute of the host: a Russian active participle by its
    /// suffix and ending (`ru_active_participle`: «принимающая», «принимавшей»), or an English or Arabic verb right after a relative
    /// pronoun (which, that; التي, الذي) whose antecedent, before it or a comma, is a state or bloc named
    /// by the lexicon. A person received within three words after the verb keeps the visit («принимавший
    /// Путина Моди», "Modi, who hosted Putin").
    fn host_in_attribute(&self, hit: &Hit) -> bool {
        let person_after = self
            .actors
            .iter()
            .any(|a| a.person && a.t0 >= hit.t1 && a.t0 <= hit.t1 + 3);
        if person_after {
            return false;
        }
        let w = self.scan.text(hit.t0);
        match self.ctx.lang {
            Lang::Ru => ru_active_participle(w),
            Lang::En | Lang::Ar => {
                if hit.t0 < 2
                    || !matches!(
                        self.scan.text(hit.t0 - 1),
                        "which" | "that" | "التي" | "الذي"
                    )
                {
                    return false;
                }
                let mut end = hit.t0 - 1;
                if matches!(self.scan.text(end - 1), "," | "،") {
                    end -= 1;
                }
                self.actors.iter().any(|a| a.t1 == end && !a.person)
            }
        }
    }

    /// Whether trigger `hit` is an attribute in the present tense: a Russian active participle of the
    /// present (-щий, -щая, … : «сотрудничающая», «поддерживающий»), an English verb in the present
    /// simple third person right after a relative pronoun, an adverb between allowed ("which supports",
    /// "that only cooperates"), or an Arabic imperfect right after الذي/التي («التي تدعمها موسكو»). The
    /// endings and the relative pronouns are closed classes of grammar, so they stay in code.
    fn present_attribute(&self, hit: &Hit) -> bool {
        let w = self.scan.text(hit.t0);
        match self.ctx.lang {
            Lang::Ru => {
                const ENDS: [&str; 12] = [
                    "щий", "щая", "щее", "щие", "щего", "щей", "щих", "щим", "щими", "щую", "щем",
                    "щему",
                ];
                // (Not «вышедшая», a past participle, nor «общее»: the vowel before щ is a present's.)
                ENDS.iter().any(|e| {
                    w.strip_suffix(e).is_some_and(|stem| {
                        stem.ends_with(['ю', 'я', 'а', 'у']) && stem.chars().count() >= 4
                    })
                })
            }
            Lang::En => {
                let third_person = w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("us")
                    && self.scan.toks[hit.t0].word;
                if !third_person || hit.t0 == 0 {
                    return false;
                }
                let mut t = hit.t0 - 1;
                if t > 0
                    && matches!(
                        self.scan.text(t),
                        "only"
                            | "also"
                            | "still"
                            | "now"
                            | "already"
                            | "long"
                            | "openly"
                            | "actively"
                    )
                {
                    t -= 1;
                }
                matches!(self.scan.text(t), "which" | "that" | "who")
            }
            Lang::Ar => {
                if hit.t0 == 0
                    || !matches!(
                        self.scan.text(hit.t0 - 1).trim_start_matches('و'),
                        "الذي" | "التي" | "الذين" | "اللذين" | "اللتين"
                    )
                {
                    return false;
                }
                self.ar_imperfect(w)
            }
        }
    }

    /// Whether Arabic verb `w` is in the imperfect: opened by ي, or by ت when the same word opened by ي
    /// begins with a trigger's first word of four letters or more as well (تدعمهما/يدعم, تتهم/يتهم; not
    /// the perfects تعهد, توصلت, whose ت is the stem's). (Arabic letters take two bytes each.)
    fn ar_imperfect(&self, w: &str) -> bool {
        let w = w.trim_start_matches(['و', 'ف']);
        w.starts_with('ي')
            || w.strip_prefix('ت').is_some_and(|rest| {
                let mut twin = String::with_capacity(w.len());
                twin.push('ي');
                twin.push_str(rest);
                let mut stem = false;
                self.tables
                    .lang(Lang::Ar)
                    .heads
                    .prefixes(&twin, |_, len| stem |= len >= 8);
                stem
            })
    }

    /// Whether trigger `hit`, a verb, tells a state that has held since a time its clause `cr` names: a
    /// period's start ("since 2014", "since the coup", «с прошлого года», «с осени 2017 года», «с тех
    /// пор», "منذ العام الماضي") beside an English verb in the perfect of the passive ("has been
    /// suspended"), a Russian one in the present («размещает», «блокирует») or an Arabic imperfect
    /// («وتستضيف»). The words are closed classes of grammar, so they stay in code.
    fn present_since(&self, hit: &Hit, cr: &Range<usize>) -> bool {
        let w = self.scan.text(hit.t0);
        let text = |t: usize| self.scan.text(t);
        match self.ctx.lang {
            Lang::En => {
                // ("since" opens a clause of its own, right after the verb's.)
                (cr.start..(cr.end + 1).min(self.scan.toks.len())).any(|t| text(t) == "since")
                    // (The perfect of the passive, a status held: "has been suspended since 2014". The
                    // active perfect counts what was done up to now, acts: "has provided $60 billion since
                    // 2022", "has barred him from its summits since the coup".)
                    && hit.t0 >= cr.start + 2
                    && text(hit.t0 - 1) == "been"
                    && matches!(text(hit.t0 - 2), "has" | "have" | "had")
            }
            Lang::Ru => {
                let since = (cr.start..cr.end).any(|t| {
                    text(t) == "с"
                        && ((t + 1 < cr.end && text(t + 1) == "тех")
                            || (t + 1..(t + 4).min(cr.end)).any(|u| {
                                matches!(text(u), "года" | "году")
                                    || (text(u).len() == 4
                                        && text(u).bytes().all(|b| b.is_ascii_digit()))
                            }))
                });
                // (The present of the imperfective: «размещает», «блокируют»; «будет» before it is the
                // future.)
                since
                    && ["ает", "яет", "ует", "ают", "яют", "уют", "ивает", "ывает"]
                        .iter()
                        .any(|e| w.ends_with(e))
                    && !(hit.t0 > 0 && text(hit.t0 - 1).starts_with("буд"))
            }
            Lang::Ar => {
                // (Not the first of its kind since a time: «أول قمة تستضيفها روسيا منذ انضمامها».)
                (cr.start..cr.end).any(|t| text(t).trim_start_matches('و') == "منذ")
                    && !(cr.start..hit.t0).any(|t| matches!(text(t), "أول" | "اول"))
                    && self.ar_imperfect(w)
            }
        }
    }

    /// Whether the doer of verb of leaving `hit` is troops: a `troop_noun` word (a stem) between the start
    /// of clause `cr` and the verb, with no other trigger before it (troops that are the object of another
    /// act, «потребовала вывести войска и покинуть …», do not leave), or in Arabic also within the three
    /// words after it (verb first, "غادرت القوات الروسية …").
    fn troops_leave(&self, hit: &Hit, cr: &Range<usize>) -> bool {
        let after = if self.ctx.lang == Lang::Ar {
            hit.t1..(hit.t1 + 3).min(cr.end)
        } else {
            hit.t1..hit.t1
        };
        // (A noun trigger before the troops names no subject of theirs: "Under the memorandum Soviet
        // troops will leave Austria".)
        let first = self
            .live
            .iter()
            .filter(|l| l.hit.t0 >= cr.start && l.hit.t0 < hit.t0 && !l.trig.noun)
            .map(|l| l.hit.t0)
            .min()
            .unwrap_or(hit.t0);
        (cr.start.min(first)..first)
            .chain(after)
            .any(|t| self.troop_word(t))
    }

    /// The state across the border that the troops of mobilisation `hit` are massed at or sent to, read from
    /// token `from` (the hit's start, or earlier: troops sent back from a border are named before the return,
    /// "ordered the troops massed near the Ukrainian border to return to their bases", «приказал частям у
    /// границы с Азербайджаном вернуться в казармы», so a withdrawal reads from its clause's start) to `end`
    /// (eval/README, session 19: troops sent to a border in a crisis are aimed at the neighbour): a troop word
    /// (`ar_troop_noun`, `troop_noun`) among its words or the ten after them, and a border word there
    /// (`ar_border_noun`, `border_noun` stems) naming its state — after مع/with/с («على حدودها مع العراق», "to
    /// its border with Serbia", «к границе с Грузией»), as the adjective or genitive after it («إلى الحدود
    /// اللبنانية», «к рубежам Польши») or the adjective or possessive before it ("to Lithuania's border", «к
    /// грузинской границе»). None for drills, alerts or reinforcements with no troop word (drills near a
    /// border are aimed at no one in the annotation), and for a person.
    /// Whether MOBILIZE verb `hit` is an incursion: its last word names airspace or waters
    /// (`airspace_noun_stem`: "violated Swedish airspace", «нарушил воздушное пространство», «اخترقت
    /// المجال الجوي»), entered by the doer's aircraft or ships. Its target is the state of that airspace,
    /// which its roles find in its gap or after it, not the state across a border (`border_neighbour`).
    pub(super) fn incursion(&self, hit: &Hit, trig: &Trigger) -> bool {
        TYPES[trig.kind as usize] == "MOBILIZE"
            && !trig.noun
            && hit.t1 > hit.t0 + 1
            && self
                .tables
                .words
                .has_stem_of(WordList::AirspaceNounStem, self.scan.text(hit.t1 - 1))
    }

    /// The state a trade office or mission of COOPERATE trigger `hit` is opened in: an office word
    /// (`office_noun_stem`) inside the trigger, then a place phrase with in/в/في at most three words after
    /// the trigger, with no comma between (eval/README: a place where something happens is no actor, but
    /// an office opened there serves the trade with its state). Not the doer's own state; `None` when
    /// there is none.
    pub(super) fn office_host(
        &self,
        hit: &Hit,
        cr: &Range<usize>,
        source: &[&'a str],
    ) -> Option<Ids<'a>> {
        let w = (hit.t0 + 1..hit.t1)
            .rev()
            .find(|&t| self.word_stem_of(t, WordList::OfficeNounStem))?;
        let groups = self.groups(cr);
        let g = groups
            .iter()
            .find(|g| g.t0 > w && g.prep == Some(Cue::In))?;
        if g.t0 > hit.t1 + 3
            || (hit.t1..g.t0).any(|t| {
                let x = self.scan.text(t);
                is_comma(x) || is_hard_punct(x)
            })
        {
            return None;
        }
        distinct_ids(
            g.members
                .iter()
                .flat_map(|&m| self.actors[m].ids.iter().copied())
                .filter(|id| !source.contains(id) && is_state(self.ctx, id)),
        )
    }

    pub(super) fn border_neighbour(&self, hit: &Hit, from: usize, end: usize) -> Option<Ids<'a>> {
        const REACH: usize = 10;
        let from = from.min(hit.t0);
        let end = end.min(self.scan.toks.len()).min(hit.t1 + REACH);
        let border = |t: usize| self.word_of(t, WordList::ArBorderNoun, WordList::BorderNoun);
        let b = (from..end).find(|&t| border(t))?;
        if !(from..end).any(|t| self.troop_word(t)) {
            return None;
        }
        let state = |a: &&super::actors::Actor<'a>| a.who.is_none() && !a.person;
        let with = self.scan.has_cue(b + 1, b + 2, |c| c == Cue::With);
        let across = self.actors.iter().filter(state).find(|a| {
            if with {
                a.t0 == b + 2
            } else if self.ctx.lang == Lang::En {
                // (English names it before: "the Polish border", "Ukraine's border".)
                a.t0 > from
                    && (a.t1 == b && a.adjective
                        || a.t1 < b && past_possessive(self.scan, a.t1) == b)
            } else {
                // (Arabic and Russian after it, «الحدود الأوكرانية», «границам Украины»; Russian also an
                // adjective before it, «к украинской границе».)
                a.t0 == b + 1
                    || (self.ctx.lang == Lang::Ru && a.t1 == b && a.adjective && a.t0 > from)
            }
        })?;
        Some(across.ids.iter().copied().collect())
    }

    /// Whether a word of `hit` names a military exercise (`exercise_noun`, `ar_exercise_noun` rows).
    fn exercise_noun(&self, hit: &Hit) -> bool {
        (hit.t0..hit.t1).any(|t| self.word_of(t, WordList::ArExerciseNoun, WordList::ExerciseNoun))
    }

    /// Whether token `t` names troops (`ar_troop_noun` whole words, `troop_noun` stems; [`Self::word_of`]).
    pub(super) fn troop_word(&self, t: usize) -> bool {
        self.word_of(t, WordList::ArTroopNoun, WordList::TroopNoun)
    }

    /// Whether token `t` is a word of list `ar` (Arabic: the word, one glued conjunction taken off) or begins
    /// with a stem of list `stems` (English, Russian: compared with the start of the normalised token).
    pub(super) fn word_of(&self, t: usize, ar: WordList, stems: WordList) -> bool {
        let w = self.scan.text(t);
        if self.ctx.lang == Lang::Ar {
            self.tables.words.has_ar_glued(ar, w)
        } else {
            self.tables.words.has_stem_of(stems, w)
        }
    }

    /// The one state among `sources` (two or more) whose adjective qualifies the troops of withdrawal `hit`:
    /// inside the hit's words with a troop noun among them ("pulling out the Soviet forces", «выводе
    /// советских войск»), or, in Arabic, right after them («سحب القوات السوفيتية»). None when the troops
    /// are no one's or several's (a mutual pullback keeps its parties).
    pub(super) fn troop_owner(&self, hit: &Hit, sources: &[&'a str]) -> Option<Ids<'a>> {
        let ar = self.ctx.lang == Lang::Ar;
        if !(hit.t0..hit.t1).any(|t| self.troop_word(t)) {
            return None;
        }
        let mut owners = self.actors.iter().filter(|a| {
            a.adjective
                && a.who.is_none()
                && ((a.t0 >= hit.t0 && a.t1 <= hit.t1) || (ar && a.t0 == hit.t1))
        });
        let owner = owners.next()?;
        if owners.next().is_some() || owner.ids.len() != 1 || !sources.contains(&owner.ids[0]) {
            return None;
        }
        Some(owner.ids.iter().copied().collect())
    }

    /// The state where the troops withdrawn by `hit` stand: a participle of stationing (`stationed_word`)
    /// among the hit's words or the eight after them (up to a hard stop), with a troop noun (`troop_noun`,
    /// `ar_troop_noun`) from the hit's start to it, and a state (not a bloc, a person or a company) right
    /// after it behind a preposition of place ("pulling out the Russian forces stationed in Moldova", «о
    /// выводе войск, размещённых в Молдавии», «سحب القوات المرابطة في مولدوفا»). Foreign troops leaving a
    /// country withdraw from it (eval/README: RETREAT aimed at that country); a place phrase after the
    /// verb of a withdrawal is otherwise where it happens, not what it leaves.
    pub(super) fn stationed_in(&self, hit: &Hit) -> Option<Ids<'a>> {
        const REACH: usize = 8;
        let end = (hit.t1 + REACH).min(self.scan.toks.len());
        let stationed =
            |t: usize| self.word_of(t, WordList::StationedWord, WordList::StationedWord);
        let stop = (hit.t1..end)
            .find(|&t| !self.scan.toks[t].word && is_hard_punct(self.scan.text(t)))
            .unwrap_or(end);
        let p = (hit.t0 + 1..stop)
            .find(|&t| stationed(t) && (hit.t0..t).any(|t| self.troop_word(t)))?;
        let place = self.actors.iter().find(|a| {
            a.t0 > p
                && a.t0 <= p + 3
                && a.who.is_none()
                && !a.person
                && (a.clitic == Some(Cue::In) || self.scan.has_cue(p + 1, a.t0, |c| c == Cue::In))
        })?;
        let ids: Ids<'a> = place
            .ids
            .iter()
            .copied()
            .filter(|id| !is_bloc(self.ctx, id))
            .collect();
        (!ids.is_empty()).then_some(ids)
    }

    /// The states of those freed by release `hit` that a phrase opening with "among them" (`among_them`
    /// rows) names by their demonyms, right after the release's object: «أفرجت روسيا عن عشرة أسرى،
    /// بينهم خمسة بريطانيين», "freed ten prisoners, among them two Britons", «освободил … заключённых,
    /// среди них двух французов». The phrase opens in the release's clause (it ends at `end`) or just past
    /// its comma, and runs to the next comma or stop. Only demonyms (no person, no state named by its
    /// name) count: those freed are their people.
    pub(super) fn freed_among(&self, hit: &Hit, end: usize) -> Option<Ids<'a>> {
        let words = &self.tables.words;
        let n = self.scan.toks.len();
        let w = |t: usize| self.scan.text(t);
        let opened = (hit.t1..(end + 2).min(n)).find_map(|k| {
            if words.has(WordList::AmongThem, w(k)) {
                Some(k + 1)
            } else if k + 1 < n && words.has_pair(WordList::AmongThem, w(k), w(k + 1)) {
                Some(k + 2)
            } else {
                None
            }
        })?;
        let stop = (opened..n)
            .find(|&t| !self.scan.toks[t].word && (is_comma(w(t)) || is_hard_punct(w(t))))
            .unwrap_or(n);
        let mut ids = Ids::new();
        for a in self.actors.iter().filter(|a| {
            a.t0 >= opened && a.t1 <= stop && a.adjective && a.who.is_none() && !a.person
        }) {
            push_distinct(&mut ids, a.ids.iter().copied());
        }
        (!ids.is_empty()).then_some(ids)
    }

    /// The states of those freed by release `hit` that a phrase set off by a comma right after the
    /// release's object names by their demonyms: an apposition that says who the one freed is ("freed
    /// Nazanin Zaghari-Ratcliffe, the British aid worker", «освободил Пола Уилана, американского
    /// бизнесмена», «أفرجت … عن ماتياس روست، الطيار الألماني») or the release told again of the same
    /// person ("freed Mathias Rust, pardoning the young West German pilot", «…, помиловав молодого
    /// западногерманского пилота», «…، فعفا عن الطيار الألماني»). The comma stands within eight words
    /// after the trigger (the object and a date), the phrase runs to the next comma or stop, opens with an
    /// English article or -ing word, a Russian word that is no finite verb, an Arabic definite word or a
    /// verb with عن after it, holds no trigger but a release and no clause boundary, and names no state
    /// by its name (an actor, no object: "…, the British embassy in Tehran said").
    pub(super) fn freed_apposition(&self, hit: &Hit) -> Option<Ids<'a>> {
        let n = self.scan.toks.len();
        let w = |t: usize| self.scan.text(t);
        let comma = (hit.t1 + 1..(hit.t1 + 9).min(n))
            .take_while(|&t| !is_hard_punct(w(t)) && w(t) != ".")
            .find(|&t| !self.scan.toks[t].word && is_comma(w(t)))?;
        if comma + 2 >= n {
            return None;
        }
        let open = comma + 1;
        // (A clause that opens inside the phrase ends it: "…, pardoning the young West German pilot who
        // landed near Red Square"; one opened at its start by other than a comma between two triggers
        // is no apposition: "…, said the British embassy".)
        let hard = |c: &Clause| c.opened_by.is_some_and(|b| b != Boundary::Soft);
        if self
            .clauses
            .iter()
            .any(|c| c.range.start >= comma && c.range.start <= open && hard(c))
        {
            return None;
        }
        let stop = (open..n)
            .find(|&t| {
                (!self.scan.toks[t].word && (is_comma(w(t)) || is_hard_punct(w(t)) || w(t) == "."))
                    || self.clauses.iter().any(|c| c.range.start == t && t > open)
            })
            .unwrap_or(n);
        // (Only a relative clause may end it there: "…, the British Foreign Office said" is a phrase
        // that is the subject of the verb that cuts it.)
        if stop < n
            && self.scan.toks[stop].word
            && !self.tables.words.has(WordList::RelativePronoun, w(stop))
        {
            return None;
        }
        let first = w(open);
        let opens = match self.ctx.lang {
            Lang::En => matches!(first, "the" | "a" | "an") || first.ends_with("ing"),
            Lang::Ru => ru_gerund(first) || !self.scan.triggers.iter().any(|h| h.t0 == open),
            Lang::Ar => first.starts_with("ال") || (open + 1 < stop && w(open + 1) == "عن"),
        };
        if !opens {
            return None;
        }
        let lt = self.tables.lang(self.ctx.lang);
        // (A noun trigger may qualify the one freed: "the British aid worker".)
        let other_act = self.scan.triggers.iter().any(|h| {
            h.t0 >= open
                && h.t0 < stop
                && lt
                    .trigger(h.entry)
                    .is_none_or(|x| !x.noun && x.mode.as_deref() != Some("release"))
        });
        let inside = || self.actors.iter().filter(|a| a.t0 >= open && a.t1 <= stop);
        if other_act || inside().any(|a| !a.adjective || a.person || a.who.is_some()) {
            return None;
        }
        // (Only states: those freed are a state's people, and «الألماني الغربي», West German, names
        // no collective of the West.)
        let mut ids = Ids::new();
        for a in inside() {
            push_distinct(
                &mut ids,
                a.ids.iter().copied().filter(|id| is_state(self.ctx, id)),
            );
        }
        (!ids.is_empty()).then_some(ids)
    }

    /// The state whose flag or troops the object of Arabic seizure or strike `hit` bears, told in a
    /// relative clause right after that object (the clause ends at `end`): a relative pronoun
    /// (`relative_pronoun`) within three words of `end`, then within six words a flag noun (`ar_flag_noun`)
    /// or a troop noun (`ar_troop_noun`) with the state's adjective right after it («الناقلة التي ترفع
    /// العلم الليبي», «القاعدة التي تستضيف جنوداً فرنسيين»). (Without the pronoun the adjective stands in
    /// the act's own clause, and the roles read it there.) Not a place named in the clause («التي تقع في
    /// قطر»: a venue), nor a person.
    pub(super) fn ar_relative_bearer(&self, hit: &Hit, end: usize) -> Option<Ids<'a>> {
        let words = &self.tables.words;
        let n = self.scan.toks.len();
        let rel = (end.max(hit.t1)..(end + 3).min(n))
            .find(|&t| words.has(WordList::RelativePronoun, self.scan.text(t)))?;
        let bears = |t: usize| {
            let w = unglued(self.scan.text(t));
            words.has(WordList::ArFlagNoun, w) || words.has(WordList::ArTroopNoun, w)
        };
        let stop = (rel + 1..(rel + 7).min(n))
            .find(|&t| !self.scan.toks[t].word)
            .unwrap_or((rel + 7).min(n));
        let a = self.actors.iter().find(|a| {
            a.adjective
                && a.who.is_none()
                && !a.person
                && a.t0 > rel + 1
                && a.t1 <= stop
                && bears(a.t0 - 1)
        })?;
        Some(a.ids.iter().copied().collect())
    }

    /// The state whose flag the object of seizure or strike `hit` flies, named after it in its sentence
    /// ("detained the oil tanker Eagle S, which sails under the flag of the Cook Islands", «задержали в
    /// Оманском заливе танкер под флагом Маршалловых островов», "احتجزت … ناقلة النفط نيوفي التي ترفع علم
    /// بنما"): a flag word (`flag_noun`; Arabic `ar_flag_noun`) at most eighteen words after the trigger,
    /// with no hard punctuation and no other verb trigger between, and the state right after it (its
    /// genitive: "the flag of Panama", «флагом Панамы», "علم بنما", two words between at most) or right
    /// before it (its adjective: «под российским флагом», "Panamanian flag"; Arabic after it: "العلم
    /// الليبي"). A ship or plane seized is the flag state's. Not a person, nor the doer's own state;
    /// `None` when there is none, or when a later verb trigger of the same `type_name` in the sentence tells
    /// the act again by its crew or cargo.
    pub(super) fn flag_state(
        &self,
        hit: &Hit,
        type_name: &str,
        source: &[&'a str],
    ) -> Option<Ids<'a>> {
        let words = &self.tables.words;
        let n = self.scan.toks.len();
        let flag = |t: usize| {
            let w = self.scan.text(t);
            match self.ctx.lang {
                Lang::Ar => words.has(WordList::ArFlagNoun, unglued(w)),
                Lang::En => words.has(WordList::FlagNoun, w),
                Lang::Ru => words.has_stem_of(WordList::FlagNoun, w),
            }
        };
        // (A seizure told with a second verb of its crew or cargo, "seized a tanker under the Panamanian
        // flag and arrested its Turkish captain", is the one act, aimed at the state of the people held.)
        if self
            .live
            .iter()
            .any(|l| l.hit.t0 > hit.t0 && !l.trig.noun && TYPES[l.trig.kind as usize] == type_name)
        {
            return None;
        }
        let mut f = None;
        for t in hit.t1..(hit.t1 + 18).min(n) {
            if is_hard_punct(self.scan.text(t))
                || self.live.iter().any(|l| !l.trig.noun && l.hit.t0 == t)
            {
                return None;
            }
            if self.scan.toks[t].word && flag(t) {
                f = Some(t);
                break;
            }
        }
        let f = f?;
        let a = self.actors.iter().find(|a| {
            !a.person
                && a.ids.iter().all(|id| !source.contains(id))
                && ((a.t0 > f && a.t0 <= f + 3 && !(f + 1..a.t0).any(|t| !self.scan.toks[t].word))
                    || (a.adjective && a.t1 == f))
        })?;
        distinct_ids(a.ids.iter().copied())
    }

    /// Whether live trigger `i`, coded `type_name` with `mode`, is a visit noun (`CONSULT`, mode `visit`): the
    /// triggers [`Self::visit_to_venue`] and [`Self::visit_to_placed_host`] pay to a host.
    fn is_visit_noun(&self, i: usize, type_name: &str, mode: Option<&str>) -> bool {
        type_name == "CONSULT" && self.live[i].trig.noun && mode == Some("visit")
    }

    /// "signed … in Madrid as Medvedev met Zapatero on his first visit to the country", «…в ходе первого
    /// визита в страну»: a visit noun (live trigger `i`) to a place named only as "the country" is paid
    /// to the state its sentence sets its acts in (`visited_venue`), not to the state named last (often
    /// the visitor's own); its other parties are the visitors.
    pub(super) fn visit_to_venue(
        &self,
        i: usize,
        type_name: &str,
        mode: Option<&str>,
        roles: &mut Roles<'a>,
    ) {
        if !self.is_visit_noun(i, type_name, mode) {
            return;
        }
        let l = &self.live[i];
        let Some(v) = self.visited_venue(&l.hit) else {
            return;
        };
        let visitors: Ids<'a> = roles
            .source
            .iter()
            .chain(&roles.target)
            .copied()
            .filter(|&id| id != v)
            .collect();
        if !visitors.is_empty() {
            roles.source = visitors;
            roles.target = smallvec![v];
        }
    }

    /// «В марте в Москву ожидается визит шейха Муджибура Рахмана», "in Beijing, the visit of the Russian
    /// premier", "في موسكو … زيارة الرئيس البنغالي": a visit noun (live trigger `i`) of exactly two states, one
    /// of them named only as a place (after in, to, в, في, إلى within the two words before its name, in
    /// the visit's clause; `placed_party`), is paid to that one by the other, whatever the order of the
    /// words (eval/README: visits are `CONSULT` with the visitor as source and the host as target).
    pub(super) fn visit_to_placed_host(
        &self,
        i: usize,
        type_name: &str,
        mode: Option<&str>,
        roles: &mut Roles<'a>,
    ) {
        if !self.is_visit_noun(i, type_name, mode) {
            return;
        }
        let l = &self.live[i];
        let mut sides: Ids<'a> = Ids::new();
        push_distinct(
            &mut sides,
            roles.source.iter().chain(&roles.target).copied(),
        );
        if sides.len() != 2 || !sides.iter().all(|id| is_state(self.ctx, id)) {
            return;
        }
        let cr = self.clauses[l.clause].range.clone();
        // (A place named by its name: "the country", «в королевство» stand for a state named before,
        // `visit_to_venue`.)
        let placed = |a: &super::actors::Actor<'a>| {
            a.t0 >= cr.start
                && a.t1 <= cr.end
                && a.who.is_none()
                && !a.person
                && !a.adjective
                && a.ids.len() == 1
                && !self.scan.has_cue(a.t0, a.t1, Cue::is_coref)
                && (a.clitic == Some(Cue::In)
                    || a.clitic == Some(Cue::To)
                    || self
                        .scan
                        .has_cue(a.t0.saturating_sub(2).max(cr.start), a.t0, |c| {
                            c == Cue::In || c == Cue::To
                        }))
        };
        let mut hosts = self
            .actors
            .iter()
            .filter(|a| placed(a) && sides.contains(&a.ids[0]));
        let Some(host) = hosts.next().map(|a| a.ids[0]) else {
            return;
        };
        if hosts.any(|a| a.ids[0] != host) {
            return;
        }
        // (The visitor named as such, not as a place too: "a visit to Moscow by the president of Russia"
        // is no visit of two sides.)
        let visitor: Ids<'a> = sides.iter().copied().filter(|&id| id != host).collect();
        if self
            .actors
            .iter()
            .any(|a| placed(a) && a.ids.iter().any(|id| visitor.contains(id)))
        {
            return;
        }
        roles.source = visitor;
        roles.target = smallvec![host];
    }

    /// "Nazarbayev held talks with Xi Jinping in Beijing", «Байден провёл в Москве переговоры с Путиным»,
    /// "التقى عازار في تايبيه رئيسة تايوان": talks of two parties held in the land of one of them are the
    /// other's visit to it (eval/README: visits are `CONSULT` with the visitor as source and the host as
    /// target). The host is the one party that a place phrase of the sentence names (in, at, в, في within
    /// the two words before a state, its capital or its seat; `placed_party`); with no such phrase, or with
    /// both parties so named, the talks stay symmetric, and so do a bloc's (a summit attended or hosted is
    /// one symmetric act, eval/README session 25). So do talks told beside the visit itself (a
    /// consultation trigger after them in their clause, a verb, or a noun in a clause that names one of
    /// the two; or a consultation of the pair coded in this sentence or the [`DEED_REACH`] before:
    /// "arrived in Moscow …, and held talks in the Kremlin with Putin" is the visit and the pair's talks).
    /// A consultation trigger after the talks defers them rather than keeping them symmetric: the host
    /// found is returned, and [`Self::talks_at_host_deferred`] directs the talks once the sentence is
    /// coded if that trigger coded no consultation of the pair ("on the Indian prime minister's first
    /// visit to Moscow", «это его первая зарубежная поездка», "في مستهل زيارة رسمية" with no visitor of
    /// their own; an invitation to visit the other's capital).
    pub(super) fn talks_at_host(
        &self,
        i: usize,
        type_name: &str,
        out: &[EventRec],
        roles: &mut Roles<'a>,
    ) -> Option<&'a str> {
        if type_name != "CONSULT"
            || !roles.target.is_empty()
            || roles.source.len() != 2
            || !roles.source.iter().all(|id| is_state(self.ctx, id))
        {
            return None;
        }
        // (A consultation trigger before this one counts only by what it coded, which the guard on
        // `recent_events` below reads: a visit dropped for want of its visitor tells no visit beside
        // these talks. One after it counts unless it is a noun in a clause of its own that names neither
        // side: "held talks in Khartoum with the Sudanese leaders, ending a tour of Africa"; a verb goes on
        // with the talks, "التقى … في هلسنكي، وبحثا التعاون".)
        let kind = self.live[i].trig.kind;
        let clause = self.live[i].clause;
        let names_side = |c: usize| {
            let cr = &self.clauses[c].range;
            self.actors.iter().any(|a| {
                a.t0 >= cr.start
                    && a.t1 <= cr.end
                    && a.ids.iter().any(|id| roles.source.contains(id))
            })
        };
        // (Nor does one that tells the purpose of this meeting, the same talks: "met Xi in Beijing to
        // discuss trade", «встретился с Си в Пекине, чтобы обсудить …», "التقى … في بكين لبحث …".)
        let later = self.live.iter().enumerate().any(|(j, l)| {
            j > i
                && l.trig.kind == kind
                && !self.purpose_of_meeting(&l.hit)
                && (l.clause == clause || !l.trig.noun || names_side(l.clause))
        });
        if self.recent_events(out).any(|e| {
            e.kind == "CONSULT" && roles.source.iter().all(|id| super::parties(e).contains(id))
        }) {
            return None;
        }
        let host = self
            .placed_party(&roles.source)
            .or_else(|| self.city_party(&roles.source))?;
        if later {
            return Some(host);
        }
        roles.source.retain(|id| *id != host);
        roles.target = smallvec![host];
        None
    }

    /// Directs the talks [`Self::talks_at_host`] deferred (`deferred`: the live trigger and the host
    /// found) once the sentence is coded (`coded`, `out`): still the symmetric talks of the two states,
    /// and no other consultation coded in the sentence holds both of them, they are the visitor's visit
    /// to the host (eval/README, the Session-45 ruling). "Singh held talks with Putin in the Kremlin,
    /// on the Indian prime minister's first visit to Moscow", «провёл в Кремле переговоры с Путиным — это
    /// его первая зарубежная поездка», "أجرى … محادثات مع بوتين في موسكو في مستهل زيارة رسمية".
    fn talks_at_host_deferred(
        &self,
        deferred: &[(usize, &'a str)],
        coded: &[Coded],
        out: &mut [EventRec],
    ) {
        for &(live, host) in deferred {
            let Some(idx) = coded.iter().find(|c| c.live == live).map(|c| c.idx) else {
                continue;
            };
            let Some(e) = out.get(idx) else {
                continue;
            };
            if e.kind != "CONSULT"
                || !e.target.is_empty()
                || e.source.len() != 2
                || !e.source.iter().any(|s| s == host)
            {
                continue;
            }
            let pair = e.source.clone();
            if out.iter().enumerate().any(|(j, o)| {
                j != idx
                    && o.kind == "CONSULT"
                    && pair.iter().all(|p| super::parties(o).contains(&p.as_str()))
            }) {
                continue;
            }
            let e = &mut out[idx];
            e.source.retain(|s| s != host);
            e.target = vec![host.to_string()];
        }
    }

    /// Whether verb `hit` of sending (an `AID` row that needs goods, a `MOBILIZE` verb) sends an envoy, a
    /// minister or a delegation (`delegate_stem` words after the verb, not its Arabic subject right after
    /// it) to a state named after to/в/إلى further on in its clause, with no goods, arms or aid sent
    /// with them: "sent a delegation to Kabul", «направил своего посланника в Дамаск», "أرسلت بكين وزير
    /// خارجيتها إلى إسلام آباد".
    pub(super) fn sends_delegate(&self, hit: &Hit, trig: &Trigger, end: usize) -> bool {
        if trig.noun || !matches!(TYPES[trig.kind as usize], "AID" | "MOBILIZE") {
            return false;
        }
        let from = hit.t1 + usize::from(self.ctx.lang == Lang::Ar);
        let end = end.min(self.scan.toks.len());
        let Some(d) = (from..end.min(hit.t1 + 6)).find(|&t| {
            self.tables
                .words
                .has_stem_of(WordList::DelegateStem, self.scan.text(t))
        }) else {
            return false;
        };
        // The state reached, before or after the one sent («направил в Сеул делегацию»); the goods that
        // would make it aid stand between the verb and the one sent or the place, not in a purpose
        // after them ("to Hanoi to negotiate the arms deal"). (Not to a bloc's meeting: "sending a
        // delegation to the bloc's summit in Djibouti".)
        let Some(to) = self.actors.iter().find(|a| {
            a.t0 >= hit.t1
                && a.t1 <= end
                && !a.person
                && a.ids.iter().all(|id| is_state(self.ctx, id))
                && self.scan.has_cue(a.t0.saturating_sub(2), a.t0, |c| {
                    matches!(c, Cue::To | Cue::In)
                })
        }) else {
            return false;
        };
        !(hit.t1..d.max(to.t0)).any(|t| self.topic_at(t, &["goods", "arms", "humanitarian", "aid"]))
            && !self.actors.iter().any(|a| {
                a.t0 >= hit.t1 && a.t1 <= end && a.ids.iter().any(|id| is_bloc(self.ctx, id))
            })
    }

    /// Whether meeting trigger `hit` tells the purpose of a meeting told before it: an English infinitive
    /// or "for" phrase ("to discuss", "for talks"), a Russian one after «чтобы» or «для» («чтобы обсудить»,
    /// «для переговоров»), an Arabic verbal noun with ل glued on or after من أجل («لبحث», «لإجراء
    /// محادثات»).
    fn purpose_of_meeting(&self, hit: &Hit) -> bool {
        let before = |k: usize| (hit.t0 >= k).then(|| self.scan.text(hit.t0 - k));
        match self.ctx.lang {
            Lang::En => matches!(before(1), Some("to" | "for")),
            Lang::Ru => {
                matches!(before(1), Some("чтобы" | "для"))
                    || (before(2) == Some("чтобы") && self.scan.toks[hit.t0 - 1].word)
            }
            Lang::Ar => {
                let w = self.scan.text(hit.t0);
                let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                w.starts_with('ل') && hit.governed
                    || (before(1) == Some("اجل") && before(2) == Some("من"))
            }
        }
    }

    /// Takes out of `roles` every id the sentence names only as a venue (a bloc by its seat in a place
    /// phrase, `Actor::venue`): "NATO agreed in Brussels on Monday to admit Sweden", «НАТО в Брюсселе
    /// согласилось …», "وافق الحلف في بروكسل على …" are NATO's acts, the EU is no side of them. (An id named
    /// elsewhere in the sentence as well stays: "EU ministers met in Brussels".)
    fn drop_venues(&self, roles: &mut Roles<'a>) {
        if !self.actors.iter().any(|a| a.venue) {
            return;
        }
        let venue_only = |id: &&'a str| {
            let named = |venue: bool| {
                self.actors
                    .iter()
                    .any(|a| a.venue == venue && a.ids.contains(id))
            };
            named(true) && !named(false)
        };
        roles.source.retain(|id| !venue_only(id));
        roles.target.retain(|id| !venue_only(id));
    }

    /// The one id of `parties` that the sentence names after a place preposition (in, at, в, في, or an
    /// Arabic ب glued as a place), as a state's name, not a person, an adjective or a two-state name.
    fn placed_party(&self, parties: &[&'a str]) -> Option<&'a str> {
        let mut placed = self.actors.iter().filter(|a| {
            a.who.is_none()
                && !a.person
                && !a.adjective
                && a.ids.len() == 1
                && parties.contains(&a.ids[0])
                && (a.clitic == Some(Cue::In)
                    || self
                        .scan
                        .has_cue(a.t0.saturating_sub(2), a.t0, |c| c == Cue::In))
        });
        let v = placed.next()?.ids[0];
        placed.all(|a| a.ids[0] == v).then_some(v)
    }

    /// The one id of `parties` whose city, not its capital, the sentence names after a place preposition
    /// (in, at, в, في within the three words before it, or a glued Arabic ب): "talks with Putin in Sochi",
    /// «в Санкт-Петербурге», "في منتجع سوتشي" (`data/events/places.csv`; eval/README, the Session-45
    /// ruling's session-46 settlement: a city of one side's land is its land). A city inside a name
    /// ("the Shanghai Cooperation Organisation") is the name's. None when the sentence names a bloc: talks
    /// on the margins of a summit one side hosts stay symmetric (eval/README session 25 (d)).
    fn city_party(&self, parties: &[&'a str]) -> Option<&'a str> {
        if self.tables.places.is_empty()
            || self
                .actors
                .iter()
                .any(|a| a.ids.iter().any(|id| is_bloc(self.ctx, id)))
        {
            return None;
        }
        let mut host: Option<&'a str> = None;
        // The one party of the cities read, in any order (a token read twice gives the same state).
        let mut take = |t: usize| -> bool {
            let Some(state) = self.city_state_at(t) else {
                return true;
            };
            let Some(&party) = parties.iter().find(|p| **p == state) else {
                return true;
            };
            match host {
                Some(h) if h != party => false,
                _ => {
                    host = Some(party);
                    true
                }
            }
        };
        let n = self.scan.toks.len();
        if self.ctx.lang == Lang::Ar {
            // (Any word may carry a glued ب.)
            if !(0..n).all(&mut take) {
                return None;
            }
        } else {
            // Only the words within three after a place preposition can be a city `city_state_at` reads.
            for &(a, b, c) in &self.scan.cues {
                if c == Cue::In && !(b.max(a + 1)..(a + 4).min(n)).all(&mut take) {
                    return None;
                }
            }
        }
        host
    }

    /// The state whose city, not its capital, token `t` names after a place preposition (in, at, в, في
    /// within the three words before it, or a glued Arabic ب; `data/events/places.csv`): a word of no
    /// actor only (`city_party`, `placed_host`).
    fn city_state_at(&self, t: usize) -> Option<&'a str> {
        if !self.scan.toks[t].word || self.actors.iter().any(|a| a.t0 <= t && t < a.t1) {
            return None;
        }
        let lang = self.ctx.lang;
        let placed = |w: &str| self.tables.place_state(lang, w);
        let w = self.scan.text(t);
        // (A word with no place preposition before it can only be an Arabic one with ب glued on: the
        // cheap tests first, the places table only for a word that may be one.)
        let glued = (lang == Lang::Ar)
            .then(|| w.strip_prefix(['و', 'ف']).unwrap_or(w).strip_prefix('ب'))
            .flatten();
        let cued = self.scan.has_cue(t.saturating_sub(3), t, |c| c == Cue::In);
        if !cued && glued.is_none() {
            return None;
        }
        match placed(w) {
            Some(s) if cued => Some(s),
            Some(_) => None,
            None => glued.and_then(placed),
        }
    }

    /// For visit noun `hit` to a place named only as "the country" (a `CorefState` word within the two
    /// words after the noun's words, three in Arabic, whose visitor's pronoun may stand first: «زيارة له
    /// إلى البلاد»; it reads as the state named last, often the visitor's), the one state its sentence
    /// names as the place of its acts, after a place preposition before the visit ("in Madrid", «в
    /// Мадриде», "في مدريد").
    fn visited_venue(&self, hit: &Hit) -> Option<&'a str> {
        let reach = if self.ctx.lang == Lang::Ar { 3 } else { 2 };
        let end = (hit.t1 + reach).min(self.scan.toks.len());
        if !self.actors.iter().any(|a| {
            a.t0 >= hit.t1 && a.t0 < end && self.scan.has_cue(a.t0, a.t1, |c| c == Cue::CorefState)
        }) {
            return None;
        }
        let mut venues = self.actors.iter().filter(|a| {
            a.t1 <= hit.t0
                && a.who.is_none()
                && a.ids.len() == 1
                && (a.t0.saturating_sub(2)..a.t0)
                    .any(|t| self.scan.has_cue(t, t + 1, |c| c == Cue::In))
        });
        let v = venues.next()?.ids[0];
        venues.all(|a| a.ids[0] == v).then_some(v)
    }

    /// "held talks in Pretoria on Monday with his counterpart", «провёл в Браззавиле переговоры с
    /// президентом …», "أجرى محادثات في بريتوريا مع نظيرته", "Egypt's president held talks in Moscow on
    /// Monday": the host of talks that found one state (`roles`), with their partner named after with,
    /// one the lexicon does not know, or with no partner named (then only of a doer, not one named only
    /// as a place or as what is acted on, and not when the clause names the host as an actor besides the
    /// place: it is a party of another act there, the talks its occasion), held in the land of
    /// another — its name or capital right after a place preposition (in, at, в, في, a glued Arabic ب; "in
    /// the" in English) or a city of it (`data/events/places.csv`, as `city_party`) — in the talks' own
    /// clause (`cr`), not before the trigger (`hit`: "summoned the envoy in Beijing to protest against the
    /// meeting" places the envoy). The talks are the found state's visit to it (eval/README, the
    /// Session-45 ruling and its session-46 settlement: talks of two states in the land of one are
    /// `CONSULT` visitor > host; `talks_at_host` directs them; session 48: so are talks in another's land
    /// with no partner named, the partner the host, as `*-h21-034` codes them). None for a summit, a phone
    /// call or a hosting (`mode`), for a found party that
    /// is no state, for two places, and when the sentence names a bloc (a meeting on the margins of a
    /// gathering stays symmetric, session 25 (d)).
    fn placed_host(
        &self,
        hit: &Hit,
        cr: &Range<usize>,
        roles: &Roles<'a>,
        mode: Option<&str>,
    ) -> Option<&'a str> {
        // (The partner named after with — "with his counterpart", «с президентом», "مع نظيرته" — a
        // person the lexicon lacks.)
        let with = (hit.t1..cr.end)
            .find(|&t| self.scan.has_cue(t, t + 1, |c| c == Cue::With))
            .is_some_and(|w| !self.scan.has_cue(hit.t1, w, |c| c == Cue::About));
        if matches!(mode, Some("multilateral" | "phone" | "host")) {
            return None;
        }
        let found = roles.source.first().or(roles.target.first())?;
        if !is_state(self.ctx, found)
            || self
                .actors
                .iter()
                .any(|a| a.ids.iter().any(|id| is_bloc(self.ctx, id)))
        {
            return None;
        }
        let cue_at = |t: usize| self.scan.has_cue(t, t + 1, |c| c == Cue::In);
        let placed = |a: &super::actors::Actor<'a>| {
            a.clitic == Some(Cue::In)
                || (a.t0 > 0 && cue_at(a.t0 - 1))
                || (self.ctx.lang == Lang::En
                    && a.t0 > 1
                    && cue_at(a.t0 - 2)
                    && self.scan.text(a.t0 - 1) == "the")
        };
        // (Talks with no partner named, "Egypt's president held talks in Moscow", «президент Египта провёл
        // переговоры в Москве", are the visit too (the Session-45 ruling, session 48) — but only of a
        // doer named as such: not of a state named only as a place ("will meet again in Moscow" after
        // "in Bishkek"), nor of one named as what is acted on ("hosting parts of the American shield").)
        // (An English doer stands before its verb: "that hosting parts of the American missile shield
        // would put them in Russia's crosshairs" names no one who held talks.)
        let doer = |a: &super::actors::Actor<'a>| {
            a.ids.contains(found) && !placed(a) && (self.ctx.lang != Lang::En || a.t1 <= hit.t0)
        };
        if !with
            && (roles.source.len() != 1
                || !roles.target.is_empty()
                || !self.actors.iter().any(doer))
        {
            return None;
        }
        let mut host: Option<&'a str> = None;
        let mut take = |id: &'a str| -> bool {
            if id == *found {
                return true;
            }
            match host {
                Some(h) if h != id => false,
                _ => {
                    host = Some(id);
                    true
                }
            }
        };
        for a in self.actors {
            if a.t0 < cr.start.max(hit.t0) || a.t1 > cr.end || a.ids.len() != 1 {
                continue;
            }
            if a.who.is_some() || a.person || a.adjective || !is_state(self.ctx, a.ids[0]) {
                continue;
            }
            if placed(a) && !take(a.ids[0]) {
                return None;
            }
        }
        if !self.tables.places.is_empty() {
            for t in cr.start.max(hit.t0)..cr.end {
                if let Some(state) = self.city_state_at(t) {
                    if !take(state) {
                        return None;
                    }
                }
            }
            // "travelled to Sochi for talks with Putin", «прилетел в Петербург», "وصل إلى سوتشي": a visit
            // made to a city of another state (to, в, إلى within the two words before it; a word of no
            // actor) is made to that state, as a visit to its capital is.
            if mode == Some("visit") {
                let lang = self.ctx.lang;
                for t in cr.start.max(hit.t0)..cr.end {
                    if !self.scan.toks[t].word
                        || self.actors.iter().any(|a| a.t0 <= t && t < a.t1)
                        || !self.scan.has_cue(t.saturating_sub(2), t, |c| c == Cue::To)
                    {
                        continue;
                    }
                    if let Some(state) = self.tables.place_state(lang, self.scan.text(t)) {
                        if !take(state) {
                            return None;
                        }
                    }
                }
            }
        }
        // (With no partner named, a host state the clause names elsewhere as an actor is a party of
        // another act, the talks its occasion: "West Germany and the Soviet Union agreed … at the end of
        // Adenauer's talks in Moscow". A person of the host is the partner: "التقى إسحاق رابين … السلطان
        // قابوس بن سعيد في سلطنة عمان".)
        if !with {
            if let Some(h) = host {
                if self.actors.iter().any(|a| {
                    a.t0 >= cr.start
                        && a.t1 <= cr.end
                        && a.ids.contains(&h)
                        && a.who.is_none()
                        && !a.person
                        && !placed(a)
                }) {
                    return None;
                }
            }
        }
        host
    }

    /// The state of a seat of power (`seat_of_power` words: the Kremlin, not Moscow) named in clause
    /// range `cr` after a place preposition (in, at, в, في), when it is a single state no side of `roles`.
    fn seat_of_power_host(&self, cr: &Range<usize>, roles: &Roles<'a>) -> Option<&'a str> {
        let words = &self.tables.words;
        self.actors.iter().find_map(|a| {
            if a.t0 < cr.start || a.t1 > cr.end || a.ids.len() != 1 {
                return None;
            }
            let id = a.ids[0];
            if roles.source.contains(&id) || roles.target.contains(&id) {
                return None;
            }
            let seat = (a.t0..a.t1).any(|t| {
                let w = self.scan.text(t);
                words.has_stem_of(WordList::SeatOfPower, w)
                    || (self.ctx.lang == Lang::Ar
                        && words.has_stem_of(
                            WordList::SeatOfPower,
                            w.strip_prefix(['و', 'ف', 'ب']).unwrap_or(w),
                        ))
            });
            // (The preposition right before the name, or before its article: "in the Kremlin".)
            let placed = (a.t0.saturating_sub(2)..=a.t0)
                .any(|t| self.scan.has_cue(t, t + 1, |c| c == Cue::In))
                || (self.ctx.lang == Lang::Ar && self.scan.text(a.t0).starts_with("بال"));
            (seat && placed).then_some(id)
        })
    }

    /// Whether agreement trigger `hit` is a verb of signing or concluding, done by both sides together
    /// (one symmetric event), rather than a promise given to the other side.
    pub(super) fn signing_verb(&self, hit: &Hit) -> bool {
        let w = self.scan.text(hit.t0);
        match self.ctx.lang {
            Lang::En => [
                "sign", "ink", "conclud", "reach", "struck", "strike", "clinch", "seal", "initial",
            ]
            .iter()
            .any(|p| w.starts_with(p)),
            Lang::Ru => ["подпис", "заключ", "достиг", "пришли", "парафир"]
                .iter()
                .any(|p| w.starts_with(p)),
            _ => {
                let w = if hit.conj {
                    w.strip_prefix(['و', 'ف']).unwrap_or(w)
                } else {
                    w
                };
                [
                    "وقع",
                    "يوقع",
                    "توقع",
                    "نوقع",
                    "توقيع",
                    "ابرم",
                    "يبرم",
                    "تبرم",
                    "توصل",
                    "يتوصل",
                    "تتوصل",
                ]
                .iter()
                .any(|p| w.starts_with(p))
            }
        }
    }

    /// "Qatar signed a deal to buy F-15s from the United States", «Москва обязалась предоставить
    /// кредит», "Tehran ratified the pact": an agreement verb that found one side only has the other in
    /// the content it names after itself (a partner, seller or recipient: with/from/to, or the bare
    /// object of the content verb), else (for a promise, an assent or a ratification) in the last
    /// agreement coded with the same side, in this sentence or the ones before, else in the latest act
    /// that side took part in (the meeting a promise was made at). Signing is done together (one
    /// symmetric event, as with a partner named by "with"); a promise is given to the other side. A
    /// place ("in Doha") is no side.
    fn agree_counterpart(
        &self,
        hit: &Hit,
        cr: &Range<usize>,
        out: &[EventRec],
        roles: &mut Roles<'a>,
        asserted: bool,
    ) {
        let signing = self.signing_verb(hit);
        let mut found: Ids<'a> = SmallVec::new();
        // (A partner named with "with" or a seller with "from" makes it a deal between the two:
        // "agreed to normalise relations with Israel", "accepted a takeover offer from ADNOC".)
        let mut together = false;
        for g in self.groups(cr).iter().filter(|g| g.t0 >= hit.t1) {
            // (The content ends at a comma: "OPEC+ agreed to extend its cuts, with Saudi Arabia and
            // Russia carrying the largest share" names no other side.)
            if self.comma_between(hit.t1, g.t0) || self.followed_by_ing(g) {
                break;
            }
            let side = match g.prep {
                // ("agreed to pull its troops out of Armenia", «согласилась вывести войска из Армении»,
                // «وافقت على سحب قواتها من أرمينيا»: the "from" of a withdrawal the agreement is about
                // names the place left, the state the promise is made to, no second signatory.)
                Some(Cue::From)
                    if self.scan.triggers.iter().any(|h| {
                        h.t0 >= hit.t1 && h.t1 <= g.t0 && self.hit_type(h) == Some("RETREAT")
                    }) =>
                {
                    true
                }
                Some(Cue::With | Cue::Between | Cue::From) => {
                    together = true;
                    true
                }
                Some(Cue::To) => true,
                // («закупила у России»: Russian у, read as a place, is the seller.)
                Some(Cue::In)
                    if self.ctx.lang == Lang::Ru
                        && g.t0 >= 1
                        && self.scan.text(g.t0 - 1) == "у" =>
                {
                    together = true;
                    true
                }
                // ("to sell Iran five batteries", "to supply Reliance with oil".)
                None => self
                    .scan
                    .triggers
                    .iter()
                    .any(|h| h.t0 > hit.t0 && h.t1 == g.t0),
                _ => false,
            };
            if !side {
                continue;
            }
            for &m in &g.members {
                let a = &self.actors[m];
                if a.adjective {
                    continue;
                }
                for &id in &a.ids {
                    if !roles.source.contains(&id) && !found.contains(&id) {
                        found.push(id);
                    }
                }
            }
        }
        if !found.is_empty() {
            if signing || together {
                roles.source.extend(found);
                roles.named_parties = true;
            } else {
                roles.target.extend(found);
            }
            return;
        }
        if signing {
            return;
        }
        let me = roles.source[0];
        let others = |parties: &[&String]| -> Option<Vec<String>> {
            parties.iter().any(|p| p.as_str() == me).then(|| {
                parties
                    .iter()
                    .filter(|p| p.as_str() != me)
                    .map(|p| p.to_string())
                    .collect()
            })
        };
        let earlier = out
            .iter()
            .rev()
            .filter(|e| e.kind == "AGREE" && !e.negated && e.source.len() + e.target.len() >= 2)
            .find_map(|e| others(&e.source.iter().chain(&e.target).collect::<Vec<_>>()))
            .or_else(|| others(&self.memory.agreement.borrow().iter().collect::<Vec<_>>()));
        if let Some(ids) = earlier {
            self.add_leads(&ids, roles, false);
            return;
        }
        // "Pashinyan met Putin in Sochi. He promised that Armenia would stay in the union", «Таиланд выслал
        // посла Камбоджи. Хун Сен пообещал возместить ущерб»: a promise or assent that names no other side
        // and follows no agreement of its doer's is given to the other side of the latest act its doer
        // took part in, in this sentence so far or the ones before (`carried_counterpart`, a joint meeting
        // included): the talks it was made at, the measure it answers. Only a promise told as made (not
        // "unless Moscow agreed to …"), by a state (a bloc agrees within itself: "the group agreed to cut
        // output"), not a passive participle ("measures agreed by the whole bloc"); in a sentence that may
        // code a meeting, that meeting completes it instead (`complete_pending`). A promise whose content
        // is a threat (a trigger of THREATEN in its clause or the next: «пообещали, что Москва ответит …»)
        // is that threat, not a promise given to the one threatened.
        let me_is_bloc = is_bloc(self.ctx, me);
        let ci = self.clause_of(hit.t0);
        let threat = self.live.iter().any(|l| {
            l.hit.t0 >= hit.t1
                && TYPES[l.trig.kind as usize] == "THREATEN"
                && self.clause_of(l.hit.t0) <= ci + 1
        });
        let passive = self.ctx.lang == Lang::En
            && hit.t1 < self.scan.toks.len()
            && self.scan.text(hit.t1) == "by";
        if asserted && !me_is_bloc && !passive && !threat && !self.may_meet() {
            self.carried_counterpart(out, roles, true);
        }
    }

    /// "Lula received Putin in Brasilia. At the talks he said …", «Путин провёл переговоры с Токаевым. По
    /// итогам встречи стороны подписали …», "استقبل بوتين أردوغان. وقال أردوغان بعد اللقاء …": a meeting
    /// noun right after a word that makes it the occasion of its clause's act (`retold_opener`: at, after,
    /// на, по итогам, بعد, خلال; an English determiner may stand between), which names no party of its
    /// own right after it (with/с/مع, an Arabic genitive, a Russian oblique name), and whose parties a
    /// meeting coded in one of the [`DEED_REACH`] sentences before already has, with the same polarity
    /// and modality, is that meeting told again: no second event. (Not a meeting told before in the same
    /// sentence: «Прибывший с визитом … Си на переговорах в Кремле сказал» tells the visit and the talks.)
    fn meeting_retold(&self, hit: &Hit, trig: &Trigger, ev: &EventRec) -> bool {
        if ev.kind != "CONSULT" || !trig.noun || hit.t0 == 0 {
            return false;
        }
        let words = &self.tables.words;
        let mut k = hit.t0 - 1;
        if !self.scan.toks[k].word {
            return false;
        }
        if self.ctx.lang == Lang::En
            && k > 0
            && words.has(WordList::EnDefiniteDeterminer, self.scan.text(k))
        {
            k -= 1;
        }
        if !words.has(WordList::RetoldOpener, unglued(self.scan.text(k))) {
            return false;
        }
        if self.meeting_names_party(hit) {
            return false;
        }
        let ps = parties(ev);
        !ps.is_empty()
            && self.recent_events(&[]).any(|e| {
                e.kind == "CONSULT"
                    && e.negated == ev.negated
                    && e.modality == ev.modality
                    && takes_part_all(e, &ps)
            })
    }

    /// `k`, or the word before it when `k` is an English article or determiner (`en_definite_determiner`,
    /// a, an) with a word before it: where a phrase naming the occasion of an act opens before its noun
    /// ("at the summit", "during a call", "in his call": `status_occasion`, `phone_occasion_start`).
    pub(super) fn past_en_article(&self, k: usize) -> usize {
        let words = &self.tables.words;
        let w = self.scan.text(k);
        if self.ctx.lang == Lang::En
            && k > 0
            && (words.has(WordList::EnDefiniteDeterminer, w) || matches!(w, "a" | "an"))
        {
            k - 1
        } else {
            k
        }
    }

    /// Whether meeting `hit` is only the occasion of a membership status given or taken that its
    /// sentence tells (a word of `status_word`: status, observers, admitted, joined, «статус»,
    /// «наблюдателя», «صفة», «انضمت»): a meeting noun right after a word of occasion
    /// (`status_occasion_opener`: at, during, на, в ходе, خلال, في; an English article or determiner may
    /// stand between) or a verb of gathering (`gathering_verb`: "Leaders, gathered in Minsk, gave
    /// Mongolia observer status", «когда лидеры собрались в Пекине»), naming no party of its own. The
    /// states that join or are admitted there and the bloc that admits them are no meeting's parties;
    /// the membership is the claim.
    fn status_occasion(&self, hit: &Hit, trig: &Trigger) -> bool {
        if TYPES[trig.kind as usize] != "CONSULT" || hit.t0 == 0 {
            return false;
        }
        let words = &self.tables.words;
        let strip = |t: usize| unglued(self.scan.text(t));
        let gathering = words.has(WordList::GatheringVerb, strip(hit.t0));
        if !gathering {
            if !trig.noun {
                return false;
            }
            if !self.scan.toks[hit.t0 - 1].word {
                return false;
            }
            let k = self.past_en_article(hit.t0 - 1);
            // (Unstripped first: في begins with the letter of the conjunction ف.)
            if !words.has(WordList::StatusOccasionOpener, self.scan.text(k))
                && !words.has(WordList::StatusOccasionOpener, strip(k))
            {
                return false;
            }
        }
        !self.meeting_names_party(hit)
            && (0..self.scan.toks.len()).any(|t| words.has(WordList::StatusWord, strip(t)))
    }

    /// Whether meeting noun `hit` names a party of its own right after it: a word of partners
    /// (`meeting_partner_word`: with, с, مع) or a name in the genitive (Arabic «زيارة بوتين», a Russian
    /// oblique name «встречи Медведева»; «После встречи Буш похвалил» has the subject there).
    fn meeting_names_party(&self, hit: &Hit) -> bool {
        let words = &self.tables.words;
        let n = self.scan.toks.len();
        (hit.t1..(hit.t1 + 2).min(n))
            .any(|t| words.has(WordList::MeetingPartnerWord, self.scan.text(t)))
            || self.actors.iter().any(|a| {
                a.t0 == hit.t1
                    && match self.ctx.lang {
                        Lang::Ar => true,
                        Lang::Ru => self.ru_oblique_actor(a),
                        _ => false,
                    }
            })
    }

    /// "Britain and Argentina restored relations after two days of talks in Madrid", «Россия и Эстония
    /// подписали договор после почти десяти лет переговоров», "توصل الطرفان إلى اتفاق بعد جولات تفاوض":
    /// a talks noun (`talks_noun`) in a phrase opened a few words before it by "after" (`talks_led_opener`:
    /// after, following, после, بعد), naming no party of its own, tells what led to an asserted agreement
    /// or cooperation of the same sentence between the same parties, no event of its own. (Not beside a
    /// deal that failed: "failed to reach a deal after three days of talks" keeps the talks.)
    fn talks_led_to_deal(
        &self,
        hit: &Hit,
        trig: &Trigger,
        ev: &EventRec,
        out: &[EventRec],
    ) -> bool {
        if ev.kind != "CONSULT"
            || !trig.noun
            || ev.negated
            || ev.modality != "asserted"
            || hit.t1 != hit.t0 + 1
        {
            return false;
        }
        let words = &self.tables.words;
        let strip = |t: usize| unglued(self.scan.text(t));
        if !words.has(WordList::TalksNoun, strip(hit.t0)) {
            return false;
        }
        let mut opened = false;
        let mut seen = 0;
        for k in (0..hit.t0).rev() {
            if !self.scan.toks[k].word {
                return false;
            }
            if words.has(WordList::TalksLedOpener, strip(k)) {
                opened = true;
                break;
            }
            seen += 1;
            if seen == 4 {
                break;
            }
        }
        if !opened || self.meeting_names_party(hit) {
            return false;
        }
        let ps = parties(ev);
        !ps.is_empty()
            && out.iter().any(|e| {
                matches!(e.kind.as_str(), "AGREE" | "COOPERATE")
                    && !e.negated
                    && e.modality == "asserted"
                    && takes_part_all(e, &ps)
            })
    }

    pub(super) fn run(&self) -> Vec<EventRec> {
        let mut out: Vec<EventRec> = Vec::new();
        // (Where the verbs coded so far begin: a second row on the same verb is no second act.)
        let mut verb_starts: SmallVec<[usize; 8]> = SmallVec::new();
        let reported_by = self.reported_by();
        // (Triggers set aside for want of a side, and where the coded events stand: `companion`.)
        let mut pending: Vec<Pending<'a>> = Vec::new();
        // (Hostile acts set aside for want of a target, aimed after the sentence is coded: `aim_from_charge`.)
        let mut unaimed: Vec<Pending<'a>> = Vec::new();
        let may_meet = self.may_meet();
        let mut coded: SmallVec<[Coded; 8]> = SmallVec::new();
        // (Talks in one side's land with a consultation trigger after them: `talks_at_host_deferred`.)
        let mut deferred_talks: SmallVec<[(usize, &'a str); 2]> = SmallVec::new();
        // (Which triggers are expulsions a response answers, found the first time an expulsion asks.)
        let answered = std::cell::OnceCell::new();
        // (The doers of the requests coded so far, where each stands: whom a later refusal of the sentence
        // that names no one refused answers, `refused_proposer`.)
        let mut asked: SmallVec<[(usize, usize, Ids<'a>); 2]> = SmallVec::new();
        for (i, l) in self.live.iter().enumerate() {
            let hit = &l.hit;
            let trig = l.trig;
            // (`relative_parties` of the trigger as a measure, found once for the two tests that ask: a
            // standing measure's and a noun's doer.)
            let mut measure_relative = None;
            if trig.object
                && !self.document_of_its_subjects(hit, trig, l.clause)
                && self.drops(hit, "run:object-row")
            {
                continue;
            }
            // "Cooperation between Kazakhstan and Uzbekistan in energy is growing", «Сотрудничество Москвы
            // и Тегерана способно изолировать США», "وتناول الرئيسان التعاون بين روسيا ومصر", "a large Emirati
            // investment eased Egypt's currency shortage": the bare noun of cooperation or investment names
            // a relation or a flow that stands, not an act. PLOVER's COOPERATE is starting, resuming or
            // widening it, which a verb tells ("agreed to expand cooperation", "invested $2 billion"); the
            // noun alone names no doer, target and time (eval/README: nominal acts).
            // (Dated, "Cooperation between Russia and Iran grew quickly in 2023", the noun names doer, target
            // and time, as a nominal act that is coded does.)
            if trig.noun
                && TYPES[trig.kind as usize] == "COOPERATE"
                && self.relation_noun(hit)
                && !self.writes_own_date(l.clause)
                && self.drops(hit, "run:relation-noun")
            {
                continue;
            }
            // "The American embargo has cost Cuba billions", «западные санкции вынудили Москву искать новых
            // покупателей», «كلف الحظر الأمريكي كوبا مليارات الدولارات»: the bare noun of a measure with no
            // verb of imposing, adopting or joining around it (`imposing_verb`) and no date of its clause
            // names a measure in place, a standing fact (eval/README: "an embargo or UN sanctions in place
            // … no event"), not an act; imposed, adopted or dated, it is one — and so it is when a relative
            // clause after it tells who imposed it ("the embargo which Washington placed on Havana",
            // `relative_parties` below).
            if TYPES[trig.kind as usize] == "SANCTION"
                && self.standing_measure(hit, &self.clauses[l.clause].range)
                && !self.writes_own_date(l.clause)
                && measure_relative
                    .get_or_insert_with(|| self.relative_parties(hit, "SANCTION"))
                    .is_none()
                && self.drops(hit, "run:standing-measure")
            {
                continue;
            }
            // "lifted the sanctions it had imposed on India": the imposing told in the relative clause on
            // the measures a concession lifts is their background, no act of its own.
            if TYPES[trig.kind as usize] == "SANCTION"
                && self.live[..i].iter().any(|p| {
                    TYPES[p.trig.kind as usize] == "CONCEDE"
                        && !p.trig.noun
                        && self
                            .relieved_in_relative(&p.hit)
                            .is_some_and(|(r, a)| r <= hit.t0 && hit.t0 < self.actors[a].t0)
                })
                && self.drops(hit, "run:imposed-in-relief-relative")
            {
                continue;
            }
            // (A nominal event in a phrase naming the occasion of another act is background. Not a
            // killing told with the one who fired, «احتجاجاً على مقتل مواطنين برصاص جنود ماليين»: the
            // deed the protest answers is the other side's act, coded as the answered expulsion is.)
            if trig.noun
                && self.occasion_before(hit.t0)
                && !self.answered_expulsion(hit, trig)
                && !self.killing_by_named_fire(l)
                && self.drops(hit, "run:noun-occasion-before")
            {
                continue;
            }
            // (Not a bloc left, «بعد خروج جورجيا من الرابطة»: leaving is one past act, not a standing
            // measure.)
            if trig.noun
                && TYPES[trig.kind as usize] == "SANCTION"
                && trig.mode.as_deref() != Some("leave")
                && self.measure_in_background(hit.t0)
                && self.drops(hit, "run:sanction-noun-background")
            {
                continue;
            }
            // ("arrived amid protests", "signed under protest", "despite protests from Seoul": an English
            // protest noun — a verb row read as a noun after the word — in a background phrase is no act.)
            if self.ctx.lang == Lang::En
                && TYPES[trig.kind as usize] == "PROTEST"
                && !self.scan.text(hit.t0).ends_with("ed")
                && !self.scan.text(hit.t0).ends_with("ing")
                && self.measure_in_background(hit.t0)
                && self.drops(hit, "run:en-protest-background")
            {
                continue;
            }
            // ("Khamenei said cooperation between Moscow and Tehran could isolate the United States",
            // «заявил, что приглашение остаётся в силе»: a noun act opening what a speaker says is the
            // topic of the statement.)
            if trig.noun
                && self.reported_topic_noun(hit)
                && self.drops(hit, "run:reported-topic-noun")
            {
                continue;
            }
            // ("Nixon asked Congress for aid for Israel", «попросив судей обязать Сантьяго»: a request to a
            // legislature or a court asks no state.)
            if TYPES[trig.kind as usize] == "REQUEST"
                && !trig.noun
                && self.request_to_venue(hit)
                && self.drops(hit, "run:request-to-venue")
            {
                continue;
            }
            // («потребовал, чтобы российский посол покинул страну»: the demand is the expulsion coded on
            // the verb of leaving, `ru_ordered_departure`.)
            if TYPES[trig.kind as usize] == "REQUEST"
                && !trig.noun
                && self.ru_order_of_departure(hit)
                && self.drops(hit, "run:ru-order-of-departure")
            {
                continue;
            }
            if self.en_document_participle(hit, trig)
                && self.drops(hit, "run:en-document-participle")
            {
                continue;
            }
            // "the gas it sells to Ukraine", "The line carries Russian gas to Ankara", "the price Minsk pays
            // for Russian gas": an English trade verb in the present simple tells a standing trade, not an
            // act (`en_habitual_verb` rows).
            if self.ctx.lang == Lang::En
                && !trig.noun
                && matches!(TYPES[trig.kind as usize], "COOPERATE" | "AID")
                && self
                    .tables
                    .words
                    .has(WordList::EnHabitualVerb, self.scan.text(hit.t0))
                && self.drops(hit, "run:en-habitual-trade")
            {
                continue;
            }
            // "A Russian strategic bomber flew some 2,000 feet above the carrier", "Two American B-52 bombers
            // flew through the zone": an aircraft that is the subject of a verb of flying moves itself; it
            // brings nothing to anyone (`vehicle_subject`, as for visits). (The scan may read the row as a
            // noun of transport; the word is the verb all the same.)
            if self.ctx.lang == Lang::En
                && matches!(TYPES[trig.kind as usize], "COOPERATE" | "AID")
                && self.word_in(hit.t0, WordList::FlyingVerb)
                && self.vehicle_subject(hit)
                && self.drops(hit, "run:flying-vehicle-subject")
            {
                continue;
            }
            // "Russian military instructors arrived in Ouagadougou to help train …": help that arrives is
            // aid, coded with the roles of the visit it was read as (`help_arrival`); a carrier that brings
            // no help visits no one.
            let help_arrival = (TYPES[trig.kind as usize] == "CONSULT"
                && trig.mode.as_deref() == Some("visit"))
            .then(|| self.help_arrival(hit, l.clause))
            .flatten();
            if help_arrival.is_none()
                && TYPES[trig.kind as usize] == "CONSULT"
                && trig.mode.as_deref() == Some("visit")
                && self.vehicle_subject(hit)
                && self.drops(hit, "run:visit-vehicle-subject")
            {
                continue;
            }
            // "summoned China's ambassador on Friday to protest the incursion": an English infinitive of
            // the kind of the verb it hangs from is the purpose of that act, the same act told again.
            // (Not an order's infinitive whose object names the state acted on: "imposed sanctions on
            // Russian banks and ordered ten diplomats at the Russian embassy to leave" tells a second
            // act, `en_ordered_act`.)
            // (Nor talks as the purpose of a delegation or an envoy sent, a visit though its verb is one of
            // sending: "sent a trade delegation to Laos to discuss the railway", `sends_delegate`.)
            if self.en_infinitive_governor(hit, l.clause).is_some_and(|p| {
                let g = &self.live[p];
                g.trig.kind == trig.kind
                    || (TYPES[trig.kind as usize] == "CONSULT"
                        && matches!(TYPES[g.trig.kind as usize], "AID" | "MOBILIZE")
                        && self.sends_delegate(&g.hit, g.trig, self.clauses[l.clause].range.end))
            }) && self.en_ordered_act(hit).is_none()
                && self.drops(hit, "run:en-infinitive-purpose")
            {
                continue;
            }
            let ci = l.clause;
            let cr = self.clauses[ci].range.clone();
            // What follows an accusation is the accuser's claim ("accused Tehran of supplying drones"),
            // not an event the text asserts. (A finite verb joined by and/и/و is a new predicate of
            // the accuser: "обвинила США в подготовке вторжения и пригрозила …", "أدانت الجامعة القرار
            // وطالبت إسرائيل بالتراجع".)
            if self.live[..i]
                .iter()
                .any(|p| p.clause == ci && TYPES[p.trig.kind as usize] == "ACCUSE")
                && !self.en_coordinated_finite(hit, trig)
                && !self.ru_coordinated_finite(hit, trig)
                && !self.ar_coordinated_finite(hit, trig)
                && !self.killing_by_named_fire(l)
                && self.drops(hit, "run:after-accusation-clause")
            {
                continue;
            }
            // "Киев обвинил Минск в том, что тот позволил российским войскам атаковать Украину": a
            // "that" clause right after the accused (Russian "в том, что") is the charge as well.
            if ci > 0
                && matches!(
                    self.clauses[ci].opened_by,
                    Some(Boundary::Comp) | Some(Boundary::CompPro)
                )
                && self.live[..i].iter().any(|p| {
                    p.clause < ci
                        && !p.trig.noun
                        && TYPES[p.trig.kind as usize] == "ACCUSE"
                        && (p.hit.t1..cr.start).all(|t| {
                            !self.scan.toks[t].word
                                || matches!(self.scan.text(t), "в" | "том")
                                || self.actors.iter().any(|a| a.t0 <= t && t < a.t1)
                        })
                })
                && self.drops(hit, "run:ru-accusation-that-clause")
            {
                continue;
            }
            // "expelled the Russian ambassador in solidarity with Estonia", «в знак солидарности с …»,
            // "استدعت سفيرها تضامناً مع السعودية": solidarity named as the motive of an act told before
            // is no act of its own.
            if self.solidarity_at(hit.t0)
                && self.live[..i].iter().any(|p| !p.trig.noun)
                && self.drops(hit, "run:solidarity-motive")
            {
                continue;
            }
            // "شركات صينية متهمة بتزويد إيران": an Arabic participle of اتهم right before its charge (بـ) is
            // the passive "accused of", said of what precedes it, not an accusation made.
            if self.ctx.lang == Lang::Ar
                && TYPES[trig.kind as usize] == "ACCUSE"
                && self.scan.text(hit.t0).starts_with("متهم")
                && hit.t1 < self.scan.toks.len()
                && ba_word(self.scan.text(hit.t1))
                // (A name may begin with that letter: "متهمة بيروت", "متهما بكين" accuse the state.)
                && !self.actors.iter().any(|a| a.t0 == hit.t1)
                && self.drops(hit, "run:ar-passive-accused")
            {
                continue;
            }
            // A refusal whose object asks no party for anything: "declined to comment", «отказался от
            // комментариев», "رفضت الوزارة التعليق" (the doer's own words, `refuses_own_words`), and a Russian
            // «отказалась от нейтралитета», «от своей очереди председательствовать», which gives up a status,
            // stance or office of the doer's own.
            if !trig.noun
                && TYPES[trig.kind as usize] == "REJECT"
                && (self.refuses_own_words(hit)
                    || (self.ctx.lang == Lang::Ru && self.ru_gives_up_own(hit, cr.end)))
                && self.drops(hit, "run:refuses-non-act")
            {
                continue;
            }
            // "Moscow has opposed the alliance's growth for years", «давно выступает против расширения»,
            // "تعارض موسكو منذ سنوات توسع الحلف": a refusal or a demand whose clause says it has gone on for a
            // span of time is a stance held, not an act the story tells (eval/README: standing measures).
            if !trig.noun
                && matches!(TYPES[trig.kind as usize], "REJECT" | "REQUEST")
                && self.tells_a_span(&self.stretch_of(hit, &cr))
                && self.drops(hit, "run:held-stance")
            {
                continue;
            }
            let (mut kind, mut mode, mut context) =
                (trig.kind, trig.mode.clone(), trig.context.clone());
            // "imposed sanctions on Belarus and froze the assets of its bank": an English verb
            // coordinated with "and" is a predicate of its own, so the topic words that refine a
            // trigger end where the next one begins (the assets make the freeze a seizure, not the
            // sanctions).
            // (Russian the same: "ввёл санкции против Белоруссии и заморозил активы её банков"; Arabic
            // with a verb that carries و/ف: "فرض مجلس الأمن حظراً على … وجمّد أصول …", two measures.)
            let (mut t_lo, mut t_hi) = (cr.start, cr.end);
            if matches!(self.ctx.lang, Lang::En | Lang::Ru | Lang::Ar) {
                for m in self.live.iter().filter(|m| m.clause == ci) {
                    if !self.en_coordinated_finite(&m.hit, m.trig)
                        && !self.ru_coordinated_finite(&m.hit, m.trig)
                        && !self.ar_coordinated_finite(&m.hit, m.trig)
                    {
                        continue;
                    }
                    if m.hit.t0 > hit.t0 {
                        t_hi = t_hi.min(m.hit.t0);
                    } else {
                        t_lo = t_lo.max(m.hit.t0);
                    }
                }
            }
            for r in &self.tables.refine {
                if r.kind != kind || (r.from_mode.is_some() && r.from_mode != mode) {
                    continue;
                }
                // ("ووصف الرئيس الزيارة بأنها تاريخية": after an Arabic verb of describing, بأنها brings the
                // name given to the act, not an admission. The bare verb too: «وصف الرئيس … تركيا بأنها
                // شريك», whose own و is no conjunction.)
                if self.ctx.lang == Lang::Ar && TYPES[r.to_kind as usize] == "CONCEDE" && {
                    let w = self.scan.text(hit.t0);
                    let naming = |w: &str| w.starts_with("وصف") || w.starts_with("اعتبر");
                    naming(w) || naming(w.strip_prefix(['و', 'ف']).unwrap_or(w))
                } {
                    continue;
                }
                if self.scan.has_cue(t_lo, t_hi, |c| c == Cue::Topic(r.topic)) {
                    if r.to_kind != kind {
                        // A new type brings its own context: military aid is not "economic".
                        context.clear();
                    }
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
            // "قوات تركية بدأت بالتوجه إلى ليبيا لدعم حكومة الوفاق": troops sent to back a state are
            // military aid, not the backing their purpose names (`ar_troops_sent_to_back`).
            if self.ctx.lang == Lang::Ar
                && TYPES[kind as usize] == "SUPPORT"
                && self.ar_troops_sent_to_back(hit, cr.start)
            {
                if let Some(k) = TYPES.iter().position(|&t| t == "AID") {
                    kind = k as u8;
                    mode = Some("military".to_string());
                    context = vec!["military".to_string()];
                }
            }
            // ("أرسلت روسيا آلاف الجنود إلى الحدود مع أوكرانيا": troops sent to a border are massed there.)
            if self.ctx.lang == Lang::Ar
                && TYPES[kind as usize] == "AID"
                && mode.as_deref() == Some("military")
                && !trig.noun
                && self.ar_troops_to_border(hit, t_hi)
            {
                if let Some(k) = TYPES.iter().position(|&t| t == "MOBILIZE") {
                    kind = k as u8;
                    mode = None;
                    context = vec!["military".to_string()];
                }
            }
            // «Транзит казахстанской нефти через порт был заблокирован Россией»: a Russian short passive
            // participle of blocking names what is blocked before it, as its subject, where the object rows
            // of the active verb (tools/trigger_classes.py RU_BLOCKADE) cannot see it; a transit, a ship, a
            // port, a road or an account blocked is coercion (`blockade_noun`), whatever else is a refusal.
            if TYPES[kind as usize] == "REJECT" && !trig.noun && self.ru_passive_blockade(hit, &cr)
            {
                if let Some(k) = TYPES.iter().position(|&t| t == "COERCE") {
                    kind = k as u8;
                    mode = None;
                    context = vec!["military".to_string()];
                }
            }
            // "sent its foreign minister to Islamabad", «направил в Кабул делегацию», "أوفدت واشنطن مبعوثاً
            // إلى …": a state that sends an envoy or a delegation to another pays it a visit (CONSULT, the
            // sender the source, the state reached the target; eval/README Events), no aid or deployment.
            if matches!(TYPES[kind as usize], "AID" | "MOBILIZE")
                && self.sends_delegate(hit, trig, cr.end)
            {
                if let Some(k) = TYPES.iter().position(|&t| t == "CONSULT") {
                    kind = k as u8;
                    mode = Some("visit".to_string());
                    context = vec!["diplomatic".to_string()];
                }
            }
            // What a verb of agreeing or promising governs in the infinitive is that AGREE's content
            // (`agreed_infinitive`; the type as its topic refined it: arms promised are aid).
            if self.agreed_infinitive(i, TYPES[kind as usize])
                && self.drops(hit, "run:agreed-infinitive")
            {
                continue;
            }
            // And the act a "that" clause of a kept promise tells (`promised_act`).
            if self.promised_act(i, TYPES[kind as usize], &out)
                && self.drops(hit, "run:promised-that")
            {
                continue;
            }
            // "Hungary's foreign minister Péter Szijjártó had attacked the levy", «هاجم الرئيس الروسي دميتري
            // مدفيديف في مدونته نظيره البيلاروسي»: a verb of attacking whose doer is a person named right at
            // it, no troops or arms between, attacks in words (`spoken_attack`): ACCUSE. And «أسقطت تركيا
            // اعتراضها على انضمام السويد»: a verb of shooting down whose object is a claim (an objection, a
            // charge, a demand: `dropped_claim_noun`) drops the claim: CONCEDE (`dropped_claim`); «أسقطت روسيا
            // بالفيتو مشروع قرار»: brought down by a veto, a draft is rejected: REJECT (`by_veto`).
            if TYPES[kind as usize] == "ASSAULT" && !trig.noun {
                let retyped = if self.spoken_attack(hit) {
                    Some(("ACCUSE", "diplomatic"))
                } else if self.dropped_claim(hit, &cr) {
                    Some(("CONCEDE", "diplomatic"))
                } else if self.ctx.lang == Lang::Ar && self.by_veto(hit, &cr) {
                    Some(("REJECT", "diplomatic"))
                } else {
                    None
                };
                if let Some((name, ctx_name)) = retyped {
                    if let Some(k) = TYPES.iter().position(|&t| t == name) {
                        kind = k as u8;
                        mode = None;
                        context = vec![ctx_name.to_string()];
                    }
                }
            }
            let mut type_name = TYPES[kind as usize];
            // «واعتذرت نيودلهي عن المشاركة»: an apology for not taking part declines (`ar_declined_part`).
            if type_name == "CONCEDE" && self.ar_declined_part(hit) {
                type_name = "REJECT";
                kind = data::type_index(type_name).unwrap_or(kind);
                mode = None;
            }
            // "signed a decree banning …", "signed the bill into law": a domestic act is no agreement.
            // (Russian: "подписал указ о приостановке участия", "подписал закон".)
            // (Arabic, its subject between: «وقّع الرئيس الروسي فلاديمير بوتين الخميس مرسوماً».)
            if type_name == "AGREE"
                && !trig.noun
                && self.signs_domestic_act(hit, cr.end)
                && self.drops(hit, "run:domestic-act-signing")
            {
                continue;
            }
            // "agreed to a ceasefire after talks mediated by Qatar and Turkey": a mediator or host named
            // only in a participle phrase on the talks is no party (eval/README, session 4), and the
            // phrase is no meeting of its own.
            if self.ctx.lang == Lang::En
                && type_name == "CONSULT"
                && !trig.noun
                && hit.t0 > 0
                && hit.t1 < self.scan.toks.len()
                && self.scan.text(hit.t1) == "by"
                && (matches!(
                    (self.scan.text(hit.t0 - 1), self.scan.text(hit.t0)),
                    (
                        "talks" | "negotiations" | "consultations" | "dialogue",
                        "mediated" | "brokered" | "hosted" | "facilitated"
                    ) | (
                        "ceasefire" | "truce" | "deal" | "agreement" | "accord",
                        "mediated" | "brokered"
                    )
                ) || (
                    // ("after talks in Malaysia hosted by Anwar Ibrahim": the place between.)
                    hit.t0 >= 3
                        && matches!(self.scan.text(hit.t0 - 3), "talks" | "negotiations")
                        && self.scan.text(hit.t0 - 2) == "in"
                        && self.actors.iter().any(|a| a.t0 == hit.t0 - 1)
                        && matches!(self.scan.text(hit.t0), "mediated" | "hosted")
                ))
                && self.drops(hit, "run:en-mediated-talks")
            {
                continue;
            }
            // «Москва пообещала, что этот шаг не останется без ответа»: the promise is the threat it
            // holds, not an agreement.
            if type_name == "AGREE"
                && !trig.noun
                && self.ru_promise_of_threat(i)
                && self.drops(hit, "run:ru-promise-of-threat")
            {
                continue;
            }
            let mut roles = self.roles(i, type_name, mode.as_deref());
            self.drop_venues(&mut roles);
            // "the loan, which Beijing granted to Islamabad", «санкции, которые Вашингтон ввёл против
            // Каракаса», «المباحثات التي أجراها أنور إبراهيم مع نظيره الفيتنامي»: a noun with no doer of its
            // own is the object of the relative clause after it, whose subject does it
            // (`relative_parties`).
            if trig.noun && roles.source.is_empty() {
                let relative = match measure_relative.take() {
                    Some(found) if type_name == "SANCTION" => found,
                    _ => self.relative_parties(hit, type_name),
                };
                if let Some((source, target)) = relative {
                    roles.target.retain(|t| !source.contains(t));
                    push_distinct(&mut roles.target, target);
                    roles.named_parties |= source.len() > 1;
                    roles.source = source;
                    self.note(hit, "run:relative-subject");
                }
            }
            // "Meeting in London on Wednesday, Medvedev and Obama agreed …": an English participle that
            // opens the sentence is done by the main clause's subject (`en_opening_participle_subject`),
            // a joint act's other party when the participle names one.
            let one_side = SYMMETRIC.contains(&type_name)
                && roles.target.is_empty()
                && roles.source.len() == 1;
            // (Not when the main clause tells an act of the same kind, which the participle restates:
            // "Agreeing on Monday to swap land, Najib and Lee settled a dispute".)
            let restated = self.live[i + 1..]
                .iter()
                .any(|o| TYPES[o.trig.kind as usize] == type_name);
            if (roles.source.is_empty() || one_side) && !restated {
                if let Some((g, comma)) = self.en_opening_participle_subject(hit) {
                    // (The participle's own parties are named within its phrase; a state after the
                    // comma, "a charter for the SCO", is none of its.)
                    let inside = |id: &&str| {
                        self.actors
                            .iter()
                            .any(|a| a.t1 <= comma && a.ids.contains(id))
                    };
                    roles.source.retain(|id| inside(id));
                    roles.target.retain(|id| inside(id));
                    let ids: Ids<'a> = self
                        .group_ids(&g.members)
                        .filter(|id| !roles.source.contains(id))
                        .collect();
                    if !ids.is_empty() {
                        roles.target.retain(|t| !ids.contains(t));
                        roles.named_parties |= one_side || ids.len() > 1;
                        push_distinct(&mut roles.source, ids);
                        self.note(hit, "run:opening-participle-subject");
                    }
                }
            }
            // (The carrier's state gives, the place reached receives: the visit's visitor and host.)
            if let Some(m) = help_arrival {
                type_name = "AID";
                kind = data::type_index(type_name).unwrap_or(kind);
                mode = m.map(str::to_string);
                context = m.map(|m| vec![m.to_string()]).unwrap_or_default();
            }
            if type_name == "REQUEST" && !roles.source.is_empty() {
                asked.push((hit.t0, l.clause, roles.source.clone()));
            }
            // "Putin received a phone call from Erdogan": the caller consults the receiver
            // (`call_received_from`), one way, not talks of equals.
            if type_name == "CONSULT" && mode.as_deref() == Some("phone") {
                if let Some(callers) = self.call_received_from(hit, &cr) {
                    let mut rest: Ids<'a> = SmallVec::new();
                    push_distinct(
                        &mut rest,
                        (roles.source.iter().chain(roles.target.iter()))
                            .copied()
                            .filter(|id| !callers.contains(id)),
                    );
                    if !rest.is_empty() {
                        roles.source = callers;
                        roles.target = rest;
                    }
                }
            }
            // "Norway adopted the EU's sanctions against Russia": a measure taken up from another is the
            // adopter's own (`en_adopted_measure`).
            if type_name == "SANCTION" && trig.noun {
                if let Some(s) = self
                    .en_adopted_measure(hit)
                    .and_then(|v| self.en_subject_before(v))
                    .filter(|s| !s.is_empty())
                {
                    roles.target.retain(|t| !s.contains(t));
                    roles.source = s;
                }
            }
            if type_name == "SANCTION" && self.ctx.lang != Lang::En {
                self.adopted_measure_roles(hit, trig.noun, &mut roles);
            }
            // "Armenia accepted Russia's offer to mediate": an English acceptance of an offer, invitation
            // or proposal is the accepter's agreement aimed at whoever made it (`en_offer_maker`), never a
            // joint signing.
            if type_name == "AGREE" && !trig.noun && self.en_acceptance(hit) {
                // ("a proposal by Qatar" is no passive agent: the accepter is the subject before.)
                if let Some(s) = self.en_subject_before(hit.t0) {
                    roles.source = s;
                }
                let maker = self.en_offer_maker(hit, &roles.source);
                if !maker.is_empty() {
                    roles.source.retain(|id| !maker.iter().any(|m| m == id));
                    roles.target.clear();
                    roles.named_parties = false;
                    self.add_leads(&maker, &mut roles, false);
                }
            }
            // "gave two Somali diplomats 72 hours to leave", "told France to close its base": the orderer
            // acts on the state named in the object of the order (`en_ordered_act`).
            // (A Russian order to leave is the expulsion itself, told as done: `ru_departure`.)
            let mut ru_departure = false;
            if type_name == "SANCTION" && !trig.noun {
                let ru = self.ru_ordered_departure(hit);
                ru_departure = ru.is_some();
                if let Some((source, target)) = self
                    .en_ordered_act(hit)
                    .or(ru)
                    .or_else(|| self.declared_persona_non_grata(hit))
                {
                    roles.source = source;
                    roles.target = target;
                    if mode.as_deref() == Some("leave") {
                        mode = Some("expel".to_string());
                    }
                }
            }
            // "added Rosneft and Lukoil to its sanctions list", «внёс 74 судна России в пакет санкций»,
            // "أدرجت وزارة الخزانة الأمريكية مصرف كيريميت القيرغيزي على قائمة العقوبات": the lister acts on
            // the states of what it lists (`listed_in_measure`).
            if type_name == "SANCTION" && trig.noun {
                if let Some((source, target)) = self.listed_in_measure(hit, &cr) {
                    self.note(hit, "run:listed-in-measure");
                    roles.source = source;
                    roles.target = target;
                }
            }
            // "потребовал от Анкары вывести войска, пригрозив обратиться в Совет Безопасности": the body a
            // threat says its maker would turn to is no target; the threat is aimed where the same side's
            // demand or charge before it in the sentence was.
            if type_name == "THREATEN" && self.targets_are_forum(hit, cr.end, &roles.target) {
                roles.target.clear();
                let earlier = out.iter().rev().find(|e| {
                    !e.target.is_empty()
                        && e.source.iter().any(|s| roles.source.contains(&s.as_str()))
                });
                if let Some(e) = earlier {
                    self.add_leads(&e.target, &mut roles, false);
                }
            }
            // "فرضت واشنطن عقوبات على بنك قيرغيزي، واتهمته بمساعدة روسيا": a state named inside the
            // charge (after the ب of an Arabic اتهم that carries its object as a pronoun) is what the
            // accusation says, neither accuser nor accused; the accuser is then the subject of the clause
            // before, and the pronoun (below) the state acted on there.
            if self.ctx.lang == Lang::Ar
                && type_name == "ACCUSE"
                && !trig.noun
                && (hit.conj || self.ar_participle(hit))
                && self.scan.text(hit.t0).contains("تهم")
                && (self.ar_object_pronoun(hit) || self.ar_detached_pronoun(hit))
            {
                let charge = (hit.t1..cr.end).find(|&t| ba_word(self.scan.text(t)));
                if let Some(c) = charge {
                    let in_charge = |id: &&'a str| {
                        self.actors
                            .iter()
                            .any(|a| a.t0 > c && a.t0 < cr.end && a.ids.contains(id))
                            && !self.actors.iter().any(|a| a.t0 < c && a.ids.contains(id))
                    };
                    let before = roles.source.len();
                    roles.source.retain(|id| !in_charge(id));
                    roles.target.retain(|id| !in_charge(id));
                    if before > 0 && roles.source.is_empty() {
                        let prev = (ci.saturating_sub(2)..ci).rev().find_map(|k| {
                            let gs = self.groups(&self.clauses[k].range);
                            gs.iter().find(|g| g.prep.is_none()).cloned()
                        });
                        for &m in prev
                            .as_ref()
                            .map(|g| g.members.as_slice())
                            .unwrap_or_default()
                        {
                            for &id in &self.actors[m].ids {
                                if !roles.source.contains(&id) {
                                    roles.source.push(id);
                                }
                            }
                        }
                        roles.target.retain(|id| !roles.source.contains(id));
                    }
                }
            }
            // "طلب الرئيس اللبناني من فرنسا والولايات المتحدة الضغط على …": an Arabic request row that
            // ends in من has the one asked right after it (what follows is the thing asked for).
            if self.ctx.lang == Lang::Ar
                && type_name == "REQUEST"
                && !trig.noun
                && hit.t1 > hit.t0 + 1
                && self.scan.text(hit.t1 - 1) == "من"
            {
                let asked = self
                    .groups(&cr)
                    .iter()
                    .find(|g| g.t0 >= hit.t1 && g.t0 <= hit.t1 + 2)
                    .cloned();
                if let Some(g) = asked {
                    let ids: SmallVec<[&'a str; 4]> = self
                        .group_ids(&g.members)
                        .filter(|id| !roles.source.contains(id))
                        .collect();
                    if !ids.is_empty() {
                        roles.target = ids.into_iter().collect();
                    }
                }
            }
            // "زار السيسي الدوحة، وأعلنت قطر خلال الزيارة …": an Arabic definite "the visit" names the
            // visit the sentence has already coded, not a second one.
            if self.ctx.lang == Lang::Ar
                && trig.noun
                && mode.as_deref() == Some("visit")
                && out.iter().any(|e| e.kind == "CONSULT")
                && {
                    let w = self.scan.text(hit.t0);
                    let w = w.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(w);
                    w == "الزياره"
                }
                && self.drops(hit, "run:ar-definite-visit-retold")
            {
                continue;
            }
            // "زار أوربان موسكو، وانتقدته كييف", "بعد أن انتقدتها واشنطن": an Arabic verb with an object
            // pronoun and no object named is aimed at the state the sentence led with (else at the lead
            // of the sentence before).
            // ("ونددت بها الصين", "بعد أن اعترفت به بلغراد": a verb whose object takes ب — condemning,
            // welcoming, recognising — with that object a pronoun right after it. The state named right
            // after the pronoun is the subject, not a state named before a comma; the pronoun points back
            // (below), so no state named after it is the object.)
            // (Only with a state there: "وأشادت به الصحافة" is the press's, no state's.)
            let ba_subject = (self.ctx.lang == Lang::Ar
                && !trig.noun
                && matches!(type_name, "ACCUSE" | "SUPPORT")
                && self.ar_ba_pronoun(hit))
            .then(|| {
                self.actors
                    .iter()
                    .find(|a| a.t0 == hit.t1 + 1 && a.t0 < cr.end && a.clitic.is_none())
            })
            .flatten();
            let ba_pronoun = ba_subject.is_some();
            if let Some(a) = ba_subject {
                roles.source = a.ids.iter().copied().collect();
                let named_before = |id: &&'a str| {
                    self.actors
                        .iter()
                        .any(|a| a.t1 <= hit.t0 && a.ids.contains(id))
                };
                let source = roles.source.clone();
                roles
                    .target
                    .retain(|id| !source.contains(id) && named_before(id));
                // ("وانتقدت روسيا القرار، بينما رحبت به الولايات المتحدة", "ورحبت مصر بالاتفاق، في حين
                // نددت به السلطة": a second reaction whose pronoun follows another reactor's judgement
                // in its sentence judges the same act — the pronoun points past that reactor, the only
                // state named before it, to what was judged; it is aimed where the first one was.)
                self.parallel_reaction(&out, &mut roles);
            }
            // ("وفرض مجلس الأمن عقوبات عليها": a measure imposed on a pronoun.)
            let noun_on_pronoun = self.ctx.lang == Lang::Ar
                && trig.noun
                && type_name == "SANCTION"
                && hit.t1 < self.scan.toks.len()
                && matches!(
                    self.scan.text(hit.t1),
                    "عليها" | "عليه" | "عليهم" | "عليهما"
                );
            let ar_pronoun = ba_pronoun
                || noun_on_pronoun
                || (self.ctx.lang == Lang::Ar
                    && !trig.noun
                    && ((AR_PRONOUN_OBJECT_TYPES.contains(&type_name)
                        && self.ar_object_pronoun(hit))
                        || ((AR_PRONOUN_OBJECT_TYPES.contains(&type_name)
                            || type_name == "RETREAT")
                            && self.ar_detached_pronoun(hit))));
            // "منطقة تطالب بها بوتان", "جزر تسيطر عليها اليابان": a present-tense verb right after a bare
            // noun, its object a pronoun pointing back at that noun, is a relative clause describing the
            // thing (a standing claim or hold), not an act the story tells.
            if (ar_pronoun || (!trig.noun && self.ar_ba_pronoun(hit)))
                && self.ar_asyndetic_relative(hit)
                && self.drops(hit, "run:ar-asyndetic-relative")
            {
                continue;
            }
            // ("وانتقدها البيت الأبيض": with the object a pronoun, the noun after the verb is its subject.)
            if ar_pronoun && roles.source.is_empty() && !roles.target.is_empty() {
                std::mem::swap(&mut roles.source, &mut roles.target);
            }
            // ("رفضت إثيوبيا المسودة، فاتهمتها القاهرة بالتهرب": the same when the clause inherited its
            // subject from the clause before. A state named right after a verb that carries its object
            // is the verb's subject, and the inherited subject is what the pronoun points back to. A
            // participle's ending is no pronoun: "متهمة نيروبي" has its subject before it.)
            if ar_pronoun
                && !ba_pronoun
                && !self.ar_participle(hit)
                && self.ar_object_pronoun(hit)
                && !roles.source.is_empty()
                && !roles.target.is_empty()
            {
                let right_after = |id: &&'a str| {
                    self.actors.iter().any(|a| {
                        a.t0 > hit.t0
                            && a.t0 <= hit.t0 + 2
                            && a.t0 < cr.end
                            && a.clitic.is_none()
                            && a.ids.contains(id)
                    })
                };
                let named_before = |id: &&'a str| {
                    self.actors
                        .iter()
                        .any(|a| a.t1 <= hit.t0 && a.ids.contains(id))
                };
                if roles.target.iter().all(right_after)
                    && roles
                        .source
                        .iter()
                        .all(|id| named_before(id) && !right_after(id))
                {
                    std::mem::swap(&mut roles.source, &mut roles.target);
                }
            }
            if ar_pronoun && roles.target.is_empty() && !roles.source.is_empty() {
                // ("بعد أن انتقدتها واشنطن": the subject named after the verb is the only source; the
                // main clause's subject it inherited is what the pronoun points to.)
                let named_after = |id: &&str| {
                    self.actors
                        .iter()
                        .any(|a| a.t0 >= hit.t1 && a.t0 < cr.end && a.ids.contains(id))
                };
                if roles.source.iter().any(named_after) {
                    let (keep, moved): (Vec<&'a str>, Vec<&'a str>) =
                        roles.source.iter().copied().partition(named_after);
                    roles.source = keep.into_iter().collect();
                    roles.target.extend(moved);
                }
            }
            // "أطلق خفر السواحل القطري النار على زورق صيد بحريني واحتجزه", "عسكريين بريطانيين كانت قد
            // احتجزتهم": with no subject named after it, a verb whose object pronoun points back at the
            // phrase right before it is done to that phrase's state (which `roles` took for its subject,
            // the nearest before the verb); its doer is the actor the sentence opened with.
            if ar_pronoun
                && !ba_pronoun
                && !self.ar_participle(hit)
                && self.ar_object_pronoun(hit)
                && roles.target.is_empty()
                && !roles.source.is_empty()
                && !self
                    .actors
                    .iter()
                    .any(|a| a.t0 >= hit.t1 && a.t0 < cr.end && !a.ids.is_empty())
            {
                let antecedent = self.actors.iter().rfind(|a| a.t1 <= hit.t0).filter(|a| {
                    let between = (a.t1..hit.t0).filter(|&t| self.scan.toks[t].word).count();
                    // (A phrase of where, two words at most, may stand between: "زورق صيد بحريني قرب الحدود
                    // البحرية واحتجزه".)
                    let place = a.t1 < hit.t0
                        && matches!(self.scan.text(a.t1), "قرب" | "قبالة" | "بالقرب" | "عند");
                    (between <= 2 || (place && between <= 4))
                        && a.ids.iter().all(|id| roles.source.contains(id))
                });
                let doer = antecedent.and_then(|a| {
                    self.actors
                        .iter()
                        .filter(|b| b.t1 <= a.t0)
                        .flat_map(|b| b.ids.iter().copied())
                        .find(|id| !roles.source.contains(id))
                });
                if let Some(d) = doer {
                    roles.target = std::mem::take(&mut roles.source);
                    roles.source.push(d);
                }
            }
            if ar_pronoun && roles.target.is_empty() && !roles.source.is_empty() {
                let earlier: SmallVec<[&'a str; 4]> = self
                    .actors
                    .iter()
                    .filter(|a| a.t1 <= hit.t0)
                    .flat_map(|a| a.ids.iter().copied())
                    .filter(|id| !roles.source.contains(id))
                    .take(1)
                    .collect();
                // (A release or withdrawal "from them" points inside its sentence only: "انسحبت منها"
                // after a sentence led by another state is no act on that state.)
                if earlier.is_empty() && type_name != "RETREAT" {
                    // (`add_leads` skips the ids already in the roles.)
                    self.add_leads(&self.memory.lead, &mut roles, false);
                } else {
                    roles.target.extend(earlier);
                }
            }
            // "زار بوتين الرياض. وعقد محادثات مع ولي العهد": an Arabic verb that opens its sentence with
            // و, its object or a preposition right after it (no subject between), goes on with whoever
            // led the sentence before. (So does one whose object is a plural demonym in the oblique case,
            // "وشكر السويسريين على …", `ar_oblique_plural`.)
            let oblique_object = || {
                self.actors
                    .iter()
                    .any(|a| a.t0 <= 2 && self.ar_oblique_object(1, a))
            };
            if self.ctx.lang == Lang::Ar
                && !trig.noun
                && hit.conj
                && hit.t0 == 0
                && (hit.t1 == 2
                    || (hit.t1 == 1 && (self.scan.has_cue(1, 2, is_prep) || oblique_object())))
                && {
                    let parties = roles.source.len() + roles.target.len();
                    roles.source.is_empty()
                        || (matches!(type_name, "CONSULT" | "AGREE" | "COOPERATE") && parties < 2)
                }
            {
                self.add_leads(&self.memory.lead, &mut roles, true);
            }
            // "وافق صندوق النقد الدولي على قرض لمصر": an Arabic approval of a loan or funding is the aid
            // given (as "approved a loan" is), not a promise; the loan noun is what is approved.
            let approve = |w: &str| {
                w.starts_with("وافق")
                    || w.strip_prefix(['و', 'ف'])
                        .is_some_and(|r| r.starts_with("وافق"))
            };
            // (The loan noun is the object of the approval: the coder has absorbed it, so look in the scan.
            // Agreeing to an act of giving, «وافق على تمويل السد بقرض», «وافقت على تقديم مساعدات», is the
            // promise to give, AGREE (eval/README, session 19 (a)): a verbal noun after على is no loan.)
            let giving = |w: &str| self.tables.words.has(WordList::ArGivingNoun, w);
            let ar_approved_aid = self.ctx.lang == Lang::Ar
                && type_name == "AGREE"
                && !trig.noun
                && approve(self.scan.text(hit.t0))
                && self.scan.triggers.iter().any(|h| {
                    h.t0 > hit.t1
                        && h.t0 < cr.end
                        && h.t0 <= hit.t1 + 10
                        && matches!(self.scan.text(h.t0 - 1), "على" | "علي")
                        && self.hit_type(h) == Some("AID")
                        && !giving(self.scan.text(h.t0))
                });
            if ar_approved_aid {
                type_name = "AID";
                mode = Some("economic".to_string());
                context = vec!["economic".to_string()];
            }
            let mut modality = self.modality(hit, ci);
            // («потребовала от советника посольства покинуть страну»: the order is the expulsion, told as
            // done, not a request whose content is still to come.)
            if ru_departure && modality == Modality::Proposed {
                modality = Modality::Asserted;
            }
            if self.denied_later(hit, ci, &roles.source) {
                modality = Modality::Denied;
            }
            // "a Chinese attack on Taiwan could justify a response": an English noun whose clause goes on
            // with could/would/might is what the sentence supposes, not an act that happened.
            if modality == Modality::Asserted && trig.noun && self.en_noun_before_modal(hit) {
                modality = Modality::Hypothetical;
            }
            // "Moscow said it would deliver six more jets", "said it would hold talks with France",
            // "said it would recognise Beijing": after "would" (reported "will") an act is still to come,
            // as after "will", whatever its type. (A refusal, a threat or a concession announced so,
            // "said it would not accept", "said it would lift its sanctions", is made by the saying.)
            if self.ctx.lang == Lang::En
                && modality == Modality::Asserted
                && !matches!(type_name, "REJECT" | "THREATEN" | "CONCEDE")
                && ((hit.t0.saturating_sub(3)..hit.t0).any(|t| self.scan.text(t) == "would")
                    || self.en_would_conjunct(hit, trig)
                    || self.en_would_object(hit, trig, ci))
            {
                modality = Modality::Expected;
            }
            // "Medvedev warned that Russia could strike Western capitals": force or a penalty announced
            // in what a warning says is the threat itself (eval/README: a warning that names a penalty
            // or response is THREATEN), aimed where the announced act would be.
            if self.ctx.lang == Lang::En
                && matches!(type_name, "ASSAULT" | "SANCTION" | "COERCE")
                && matches!(modality, Modality::Expected | Modality::Hypothetical)
                && (hit.t0.saturating_sub(3)..hit.t0).any(|t| en_modal(self.scan.text(t)))
                && self.live[..i].iter().any(|p| {
                    p.hit.t1 < hit.t0
                        && TYPES[p.trig.kind as usize] == "THREATEN"
                        && self.scan.text(p.hit.t0).starts_with("warn")
                        && (p.hit.t1..hit.t0).any(|t| self.scan.text(t) == "that")
                })
            {
                type_name = "THREATEN";
                mode = None;
                modality = Modality::Asserted;
            }
            // (Russian the same, the penalty a future or conditional verb after «, что» right after the
            // verb: «Назарбаев пригрозил, что Казахстан выйдет из ЕАЭС, если …», «предупредил, что Россия
            // закроет границу».)
            if self.ctx.lang == Lang::Ru
                && !trig.noun
                && matches!(type_name, "ASSAULT" | "SANCTION" | "COERCE")
                && matches!(modality, Modality::Expected | Modality::Hypothetical)
                && self.live[..i].iter().any(|p| {
                    p.hit.t1 < hit.t0
                        && !p.trig.noun
                        && TYPES[p.trig.kind as usize] == "THREATEN"
                        && ["пригроз", "предупред", "угрожа"]
                            .iter()
                            .any(|w| self.scan.text(p.hit.t0).starts_with(w))
                        // (Not one addressed to a state, «предупредил Варшаву, что закроет …»: that
                        // warning is the threat.)
                        && p.hit.t1 + 1 < hit.t0
                        && is_comma(self.scan.text(p.hit.t1))
                        && self.scan.text(p.hit.t1 + 1) == "что"
                })
            {
                type_name = "THREATEN";
                mode = None;
                modality = Modality::Asserted;
            }
            // "Analysts see the drills as a warning to Vilnius", "Economists expect Russia to lower its
            // tariffs", «Эксперты полагают, что Пекин ответит», «ويرى محللون أن واشنطن ستجد صعوبة في حشد
            // حلفاء»: an act told as done after a commentator's verb of judging or foreseeing
            // (`opinion_frame_before`) is the commentator's reading, no act of the day (eval/README:
            // analysts' opinions and forecasts hold no event). (An act the reading supposes or expects
            // keeps its modality: «Москва может заморозить проекты» is coded so.)
            if modality == Modality::Asserted
                && self.opinion_frame_before(hit)
                && self.drops(hit, "run:opinion-frame")
            {
                continue;
            }
            if modality == Modality::Denied && roles.target.is_empty() {
                // "deliveries of Iranian drones, which Moscow and Tehran denied": the deniers are the
                // parties of the transfer they deny.
                for id in self.later_deniers(ci) {
                    if !roles.source.contains(&id) && !roles.target.contains(&id) {
                        roles.target.push(id);
                    }
                }
            }
            // "Kyiv received systems from Berlin": the giver aids the receiver; "Minsk received the US
            // envoy": the envoy visits.
            if trig.mode.as_deref() == Some("receive") {
                if roles.received_from {
                    type_name = "AID";
                    if mode.as_deref() == Some("receive") {
                        mode = None;
                    }
                    std::mem::swap(&mut roles.source, &mut roles.target);
                } else if roles.received_person {
                    type_name = "CONSULT";
                    mode = Some("host".to_string());
                    context = vec!["diplomatic".to_string()];
                } else {
                    self.note(hit, "run:receive-nothing");
                    continue;
                }
            }
            // "Serbia bought Chinese drones": a purchase of weapons is a transfer from the seller, so the
            // seller aids the buyer (the subject is the receiver, as after "received").
            if self.ctx.lang == Lang::En
                && type_name == "AID"
                && TYPES[trig.kind as usize] == "COOPERATE"
                && self
                    .tables
                    .words
                    .has(WordList::EnPurchaseVerb, self.scan.text(hit.t0))
                && !roles.target.is_empty()
            {
                std::mem::swap(&mut roles.source, &mut roles.target);
            }
            // (Russian the same: "Индия закупила у России партию ракет".)
            if self.ctx.lang == Lang::Ru
                && type_name == "AID"
                && TYPES[trig.kind as usize] == "COOPERATE"
                && ["закуп", "купил", "покуп", "импортир"]
                    .iter()
                    .any(|p| self.scan.text(hit.t0).starts_with(p))
                && !roles.target.is_empty()
            {
                std::mem::swap(&mut roles.source, &mut roles.target);
            }
            // (Arabic the same: "اشترت الهند منظومات دفاع جوي من روسيا". A verbal noun of buying takes no
            // من-phrase as a party, so the seller is read here: «تعتزم الهند شراء ست غواصات من فرنسا».)
            if self.ctx.lang == Lang::Ar
                && type_name == "AID"
                && TYPES[trig.kind as usize] == "COOPERATE"
                && {
                    let w = self.scan.text(hit.t0);
                    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                    self.tables.words.has_stem_of(WordList::ArBuyingStem, w)
                }
            {
                if roles.target.is_empty() && !roles.source.is_empty() {
                    let groups = self.groups(&cr);
                    let seller: Ids<'a> = groups
                        .iter()
                        .find(|g| g.t0 >= hit.t1 && g.prep == Some(Cue::From))
                        .into_iter()
                        .flat_map(|g| self.group_ids(&g.members))
                        .filter(|id| !roles.source.contains(id))
                        .collect();
                    roles.target = seller;
                }
                if !roles.target.is_empty() {
                    std::mem::swap(&mut roles.source, &mut roles.target);
                }
            }
            // "To Lam welcomed Putin in Hanoi": welcoming a person in or to a place is hosting a visit,
            // not praise (eval/README conventions: visits are CONSULT, the visitor the source).
            if self.ctx.lang == Lang::En
                && type_name == "SUPPORT"
                && self.scan.text(hit.t0).starts_with("welcom")
                && self.actors.iter().any(|a| {
                    a.person
                        && a.t0 >= hit.t1
                        && a.t0 <= hit.t1 + 3
                        && a.t1 < self.scan.toks.len()
                        && matches!(self.scan.text(a.t1), "in" | "to" | "at")
                })
            {
                type_name = "CONSULT";
                mode = Some("host".to_string());
                context = vec!["diplomatic".to_string()];
            }
            // "Riyadh hosted Zelensky": the visitor visits the host (PLOVER CONSULT visit, source the
            // visitor).
            // "against hosting NATO troops", "ready to host Russian nuclear weapons": hosting forces or
            // weapons is no meeting or visit.
            if mode.as_deref() == Some("host")
                && self.ctx.lang == Lang::En
                && self.actors.iter().any(|a| {
                    a.t0 >= hit.t1
                        && a.t0 <= hit.t1 + 2
                        && a.t1 < self.scan.toks.len()
                        && self.topic_at(a.t1, &["military", "arms"])
                })
                && self.drops(hit, "run:en-hosting-forces")
            {
                continue;
            }
            // ("قاعدة تستضيف جنوداً فرنسيين", "وافقت على استضافة قوات …": Arabic the same, the troops or
            // weapons right after the verb.)
            if mode.as_deref() == Some("host")
                && self.ctx.lang == Lang::Ar
                && (hit.t1..(hit.t1 + 2).min(self.scan.toks.len())).any(|t| {
                    self.tables
                        .words
                        .has(WordList::ArTroopNoun, self.scan.text(t))
                        || self.topic_at(t, &["arms"])
                })
                && self.drops(hit, "run:ar-hosting-forces")
            {
                continue;
            }
            // ("Qatar hosts the largest US air base", «تستضيف قطر أكبر قاعدة جوية أمريكية», «Иордания
            // принимает у себя американских военных»: a host whose object is a military base, or in
            // Russian troops, hosts no meeting or visit either.)
            if mode.as_deref() == Some("host")
                && self.hosts_base(hit)
                && self.drops(hit, "run:hosting-base")
            {
                continue;
            }
            let hosting = mode.as_deref() == Some("host");
            if hosting {
                // "Niger hosted the first AES summit", "a BRICS summit hosted by Russia": hosting a bloc
                // is a multilateral meeting of the host and the bloc, with no direction.
                let bloc_here = || {
                    self.actors
                        .iter()
                        .filter(|a| {
                            a.t1 <= cr.end && a.t0 >= self.clauses[ci.saturating_sub(1)].range.start
                        })
                        .flat_map(|a| a.ids.iter().copied())
                        .find(|id| is_bloc(self.ctx, id) && !roles.source.contains(id))
                };
                // ("принял генерального секретаря НАТО": a Russian host receiving a titled person
                // of a bloc has a visitor, not a bloc meeting.)
                let ru_person = self.ctx.lang == Lang::Ru
                    && (hit.t0 + 1..hit.t1).any(|t| {
                        let w = self.scan.text(t);
                        [
                            "президент",
                            "премьер",
                            "министр",
                            "глав",
                            "генеральн",
                            "секретар",
                            "генсек",
                            "спецпосланник",
                            "канцлер",
                            "эмир",
                            "корол",
                            "наследн",
                            "вице-президент",
                            "госсекретар",
                            "делегаци",
                        ]
                        .iter()
                        .any(|p| w.starts_with(p))
                    });
                let hosted_bloc = if ru_person {
                    false
                } else if roles.target.iter().any(|t| is_bloc(self.ctx, t)) {
                    true
                } else if roles.target.is_empty() {
                    match bloc_here() {
                        Some(b) => {
                            roles.target.push(b);
                            true
                        }
                        None => false,
                    }
                } else {
                    false
                };
                if hosted_bloc && !roles.source.is_empty() {
                    for t in std::mem::take(&mut roles.target) {
                        if !roles.source.contains(&t) {
                            roles.source.push(t);
                        }
                    }
                    mode = Some("multilateral".to_string());
                } else {
                    if !roles.target.is_empty() {
                        std::mem::swap(&mut roles.source, &mut roles.target);
                    }
                    mode = Some("visit".to_string());
                }
            }
            // "Putin and Zelensky met in Paris, at a summit hosted by Macron", "met Zuma in Durban on the eve
            // of the BRICS summit hosted by South Africa", «التقى … في قمة استضافها ماكرون»: a host told after a
            // meeting of others coded in its sentence only places that meeting; the host is no party
            // (eval/README conventions: a host named only in a phrase is no party), and the meeting it
            // hosts is the occasion, not an event of the sentence. (Not a meeting of its own parties or
            // fewer: "BRICS leaders gathered for a summit hosted by Russia" is that summit.)
            if hosting
                && out.iter().any(|e| {
                    e.kind == "CONSULT"
                        && !e.negated
                        && e.source.len() + e.target.len() >= 2
                        && e.source.iter().chain(&e.target).any(|p| {
                            !roles.source.contains(&p.as_str())
                                && !roles.target.contains(&p.as_str())
                        })
                })
                && self.drops(hit, "run:host-after-meeting")
            {
                continue;
            }
            // A Russian veto is cast in the Security Council: it is the target, whoever drafted the text
            // ("наложили вето на американский проект резолюции Совбеза ООН").
            if self.ctx.lang == Lang::Ru
                && type_name == "REJECT"
                && (hit.t0..hit.t1).any(|t| self.scan.text(t) == "вето")
            {
                let unsc = self
                    .actors
                    .iter()
                    .flat_map(|a| a.ids.iter().copied())
                    .find(|id| *id == "UNSC");
                if let Some(u) = unsc.filter(|u| !roles.source.contains(u)) {
                    roles.target = smallvec![u];
                }
            }
            // «Венгрия получает из России большую часть газа», «Армения закупала оружие у России»,
            // «وتحصل المجر على معظم غازها من روسيا»: a Russian trade verb of the imperfective aspect and an
            // Arabic one in the imperfect, told as asserted, tell a standing trade or a trade figure, as the
            // English present simple does (run:en-habitual-trade); a delivery told as an act takes the
            // perfective or the perfect (`standing_trade_verb` rows). (An imperfect after لم, قد or لن is
            // negated, supposed or still to come, and the modality stage has said so.)
            if matches!(self.ctx.lang, Lang::Ru | Lang::Ar)
                && !trig.noun
                && matches!(type_name, "COOPERATE" | "AID")
                && modality == Modality::Asserted
                && !self.negated(i)
                && {
                    let w = self.scan.text(hit.t0);
                    let w = match self.ctx.lang {
                        Lang::Ar => w.strip_prefix(['و', 'ف']).unwrap_or(w),
                        _ => w,
                    };
                    self.tables.words.has(WordList::StandingTradeVerb, w)
                }
                && self.drops(hit, "run:standing-trade")
            {
                continue;
            }
            // "Индия … продолжает закупать российскую нефть", «продолжит покупать»: trade that goes on (any
            // form of продолжать/продолжить before it) is a standing relation, not an event of the day.
            if self.ctx.lang == Lang::Ru
                && type_name == "COOPERATE"
                && mode.as_deref() == Some("economic")
                && hit.t0 > 0
                && self.scan.text(hit.t0 - 1).starts_with("продолж")
                && self.drops(hit, "run:ru-continuing-trade")
            {
                continue;
            }
            // The people a state frees are no party of the release ("Russia freed an American teacher").
            // (English follows the later dev sets and the session-5 convention instead: "Russia freed the
            // American teacher" is aimed at the United States, en-8-017.)
            // (Arabic too, as the written convention and ar-7-005 say: أطلقت فنزويلا سراح عشرة أمريكيين; but
            // only the demonym of the freed is their state — أفرجتا عن سجناء في مطار أنقرة names a place —
            // and states freeing each other's prisoners are the parties of one swap.)
            // (Russian the same since session 12, as the convention and ru-9-013 say: «освободила трёх
            // граждан Литвы», «освободил американского журналиста»; only the demonym of the freed or the
            // state of «граждан …» is their state.)
            if mode.as_deref() == Some("release") && matches!(self.ctx.lang, Lang::Ru | Lang::Ar) {
                if roles.source.len() >= 2 {
                    roles.target.clear();
                }
                // (Russian also names them as «граждан …» of their state.)
                let citizens = |t0: usize| {
                    self.ctx.lang == Lang::Ru
                        && t0 > 0
                        && self
                            .tables
                            .words
                            .has_stem_of(WordList::RuCitizensStem, self.scan.text(t0 - 1))
                };
                // («Британскую учительницу … помиловал президент Судана»: a Russian object may open
                // the clause before its verb; the roles read its case.)
                let fronted = |a: &Actor<'_>| {
                    self.ctx.lang == Lang::Ru && a.adjective && a.t0 >= cr.start && a.t0 < hit.t0
                };
                let freed = |id: &&'a str| {
                    self.actors.iter().any(|a| {
                        ((a.t0 > hit.t0 && a.t0 < cr.end) || fronted(a))
                            && a.ids.contains(id)
                            && (a.adjective || citizens(a.t0))
                    })
                };
                // (Arabic captives or remains handed back "to" a state, أعادت روسيا إلى أوكرانيا أسرى،
                // سلمت لأوكرانيا جثامين, are that state's: it is the target, as a demonym would make it.)
                let received = |id: &&'a str| {
                    self.ctx.lang == Lang::Ar
                        && self.actors.iter().any(|a| {
                            a.t0 > hit.t0
                                && a.t0 < cr.end
                                && a.ids.contains(id)
                                && (a.clitic == Some(Cue::To)
                                    || self.prep_before(a.t0, hit.t0) == Some(Cue::To))
                        })
                };
                // («Россия передала Украине двадцать военнопленных», «سلمت روسيا أوكرانيا عشرين أسيراً»: the
                // state handed the captives, named inside the handover's row as its first object — a Russian
                // dative, an Arabic bare noun after the subject — is the one that receives them.)
                let handed = |id: &&'a str| {
                    self.actors.iter().any(|a| {
                        a.t0 > hit.t0
                            && a.t1 < hit.t1
                            && a.ids.contains(id)
                            && !a.adjective
                            && !roles.source.contains(id)
                            && match self.ctx.lang {
                                Lang::Ru => self.ru_dative_actor(a),
                                _ => a.clitic.is_none() && self.prep_before(a.t0, hit.t0).is_none(),
                            }
                    })
                };
                // (An Arabic pronoun for those freed, "أفرجت عنهم", points to their state named before.)
                if !(self.ctx.lang == Lang::Ar && self.ar_detached_pronoun(hit)) {
                    roles
                        .target
                        .retain(|id| freed(id) || received(id) || handed(id));
                }
            }
            // "Iran freed three prisoners, among them two Frenchmen", «أفرجت … عن ثلاثة سجناء، بينهم فرنسيان»:
            // a release that found no target is aimed at the state of those freed that an "among them"
            // phrase after its object names (`freed_among`); a demonym there is never a doer of the
            // release (an Arabic nominative dual, فرنسيان, looked like a subject after the verb).
            if mode.as_deref() == Some("release") && roles.target.is_empty() {
                if let Some(ids) = self
                    .freed_among(hit, cr.end)
                    .or_else(|| self.freed_apposition(hit))
                {
                    if roles.source.iter().any(|id| !ids.contains(id)) {
                        roles.source.retain(|id| !ids.contains(id));
                        roles.target = ids;
                    }
                }
            }
            // "شنت إسرائيل غارة على الدوحة، فأدان مجلس التعاون الهجوم", "ورحبت واشنطن بالاتفاق": an Arabic act
            // noun that is the object of a verb of criticism, rejection or praise (after its subject, see
            // `ar_act_object`) names an act told before; its doers are the target (`aim_at_named_act`).
            // (So does a verbal noun with its doer as a pronoun, أعلنت اليونان ومصر رفضهما للمذكرة, and a
            // document named so is signed by those who led the sentence before.)
            let ar_possessed_noun = trig.noun
                && self
                    .tables
                    .words
                    .has_ending_of(WordList::ArPossessiveSuffix, self.scan.text(hit.t0));
            if self.ctx.lang == Lang::Ar
                && roles.target.is_empty()
                && (!trig.noun || ar_possessed_noun)
                && matches!(type_name, "ACCUSE" | "REJECT" | "SUPPORT" | "PROTEST")
            {
                if let Some(t) = self.ar_act_object(hit, cr.end) {
                    self.aim_at_named_act(hit, type_name, Some(t), &out, &mut roles);
                }
            }
            // "خلال زيارة رسمية إلى أنقرة، بحث رئيس الوزراء الباكستاني …": a visit named in the phrase
            // that opens an Arabic sentence is made by the subject the main clause names after the comma.
            if self.ctx.lang == Lang::Ar
                && trig.noun
                && mode.as_deref() == Some("visit")
                && roles.source.is_empty()
                && !roles.target.is_empty()
                && hit.t0 <= 2
            {
                let comma = (hit.t1..self.scan.toks.len()).find(|&t| is_comma(self.scan.text(t)));
                let visitor = comma.and_then(|c| {
                    self.actors.iter().find(|a| {
                        a.t0 > c
                            && a.t0 <= c + 5
                            && !a.ids.iter().any(|id| roles.target.contains(id))
                    })
                });
                if let Some(a) = visitor {
                    roles.source.extend(a.ids.iter().copied());
                }
            }
            // "Erdogan was in Baghdad on his first visit since 2011", "came to Moscow on his first visit
            // as president": an English visit noun owned by "his"/"her" is made by the subject of its
            // clause, to the place named before it (in/to) unless it names one after.
            // (The bare row "visit" is a verb row: "his" before it makes it the noun.)
            if self.ctx.lang == Lang::En
                && mode.as_deref() == Some("visit")
                && roles.target.is_empty()
                && (hit.t0.saturating_sub(3).max(cr.start)..hit.t0)
                    .any(|t| matches!(self.scan.text(t), "his" | "her"))
            {
                let gs = self.groups(&cr);
                let subj = gs.iter().find(|g| g.prep.is_none() && g.t1 <= hit.t0);
                let place = gs
                    .iter()
                    .rfind(|g| matches!(g.prep, Some(Cue::In) | Some(Cue::To)) && g.t1 <= hit.t0);
                if let Some(s) = subj {
                    let ids = |g: &Group| -> SmallVec<[&'a str; 4]> {
                        self.group_ids(&g.members).collect()
                    };
                    if roles.source.is_empty() {
                        roles.source.extend(ids(s));
                    }
                    for id in place.filter(|p| p.t0 > s.t0).map(ids).unwrap_or_default() {
                        if !roles.source.contains(&id) && !roles.target.contains(&id) {
                            roles.target.push(id);
                        }
                    }
                }
            }
            // "رفعت إيكواس معظم العقوبات التي فرضتها على النيجر", "lifted the sanctions it had imposed on
            // India", «снял санкции, которые ввёл против Ливии»: the state a relief is for is named in the
            // relative clause on the measures lifted (`relieved_in_relative`).
            if type_name == "CONCEDE" && roles.target.is_empty() && !trig.noun {
                if let Some((_, a)) = self.relieved_in_relative(hit) {
                    // (With the states joined to it in its group: "imposed on India and Pakistan".)
                    let groups =
                        self.groups(&self.clauses[self.clause_of(self.actors[a].t0)].range);
                    let alone = [a];
                    let joined = groups
                        .iter()
                        .find(|g| g.members.contains(&a))
                        .map_or(&alone[..], |g| &g.members[..]);
                    for &m in joined.iter().filter(|&&m| m >= a) {
                        for &id in &self.actors[m].ids {
                            if !roles.source.contains(&id) && !roles.target.contains(&id) {
                                roles.target.push(id);
                            }
                        }
                    }
                }
            }
            // "احتشد عشرات الآلاف من الصرب": the protesters are named by a demonym in the phrase right
            // after an Arabic verb of demonstrating.
            if self.ctx.lang == Lang::Ar
                && type_name == "PROTEST"
                && mode.as_deref() == Some("demo")
                && !trig.noun
                && roles.source.is_empty()
            {
                let crowd = self
                    .actors
                    .iter()
                    .find(|a| a.adjective && a.t0 >= hit.t1 && a.t0 <= hit.t1 + 4);
                if let Some(a) = crowd {
                    roles.source.extend(a.ids.iter().copied());
                }
            }
            // "вооружённые столкновения на границе Киргизии и Таджикистана": the parties of a Russian border
            // clash are the states the border is of (genitive after it, or adjectives before it).
            if self.ctx.lang == Lang::Ru
                && mode.as_deref() == Some("mutual")
                && roles.source.len() < 2
            {
                let border = (cr.start..cr.end).find(|&t| self.scan.text(t).starts_with("границ"));
                let of_border = border.and_then(|b| {
                    self.groups(&cr)
                        .iter()
                        .find(|g| {
                            // («на участке границы между Перу и Эквадором»)
                            let between =
                                b + 2 < cr.end && self.scan.text(b + 1) == "между" && g.t0 == b + 2;
                            (g.t0 == b + 1 || g.t1 == b || between) && g.members.len() >= 2
                        })
                        .map(|g| g.members.clone())
                });
                // «бои между Таджикистаном и Киргизией», «столкновения Таиланда и Камбоджи»,
                // «азербайджано-армянские столкновения»: a clash noun names its two sides right beside it
                // (after it in "между" or the genitive, before it as adjectives), whatever the clause's
                // subject is.
                let of_border = of_border.or_else(|| {
                    trig.noun
                        .then(|| self.ru_clash_sides(&cr, hit.t0, hit.t1))
                        .flatten()
                });
                if let Some(members) = of_border {
                    roles.source.clear();
                    roles.target.clear();
                    for m in members {
                        for &id in &self.actors[m].ids {
                            if !roles.source.contains(&id) {
                                roles.source.push(id);
                            }
                        }
                    }
                }
            }
            // "В Пекине осудили …", "В Тайбэе их назвали провокацией": a Russian verb in the plural with
            // no subject, after a capital or a state in "в" that opens its clause, is said by that state's
            // officials (an indefinite-personal sentence), not done in a place.
            if self.ctx.lang == Lang::Ru && !trig.noun {
                let w = self.scan.text(hit.t0);
                let plural = ["ли", "ют", "ят"].iter().any(|e| w.ends_with(e));
                let sayer = self.actors.iter().find(|a| {
                    a.t0 >= 1
                        && a.t1 <= hit.t0
                        && matches!(self.scan.text(a.t0 - 1), "в" | "во")
                        && (a.t0 - 1 == cr.start || a.t0 == 1)
                        && !self.actors.iter().any(|b| b.t0 >= a.t1 && b.t1 <= hit.t0)
                });
                // (Others' rules may already have made the capital the source.)
                let sayer =
                    sayer.filter(|a| plural && roles.source.iter().all(|id| a.ids.contains(id)));
                if let Some(a) = sayer {
                    roles.target.retain(|id| !a.ids.contains(id));
                    for &id in &a.ids {
                        if !roles.source.contains(&id) {
                            roles.source.push(id);
                        }
                    }
                    // ("их", "это": the act of the sentence before, by whoever led it.)
                    if roles.target.is_empty()
                        && matches!(type_name, "ACCUSE" | "REJECT" | "SUPPORT" | "PROTEST")
                        && (self.ru_object_pronoun(hit)
                            || self.ru_anaphoric_act(hit)
                            // (Before the verb too: "их назвали", "это осудили".)
                            || (hit.t0 > a.t1
                                && matches!(self.scan.text(hit.t0 - 1), "их" | "это" | "его")))
                    {
                        // (`add_leads` skips the ids already in the roles.)
                        self.add_leads(&self.memory.lead, &mut roles, false);
                    }
                } else if plural && matches!(type_name, "ACCUSE" | "SUPPORT" | "REJECT" | "PROTEST")
                {
                    // «Решение Турции … осудили в Афинах и Вашингтоне», «Этот шаг приветствовали в Киеве»:
                    // the same sentence with its object fronted — an act noun opens the clause, the verb has
                    // no subject, and a capital or state in «в» follows the verb. The place speaks; the
                    // doer named in the object is the one aimed at.
                    let fronted = (cr.start..hit.t0)
                        .find(|&t| self.scan.toks[t].word)
                        .is_some_and(|t| {
                            self.ru_act_noun(t)
                                || (self
                                    .tables
                                    .words
                                    .has(WordList::RuFrontedDemonstrative, self.scan.text(t))
                                    && self.ru_act_noun(t + 1))
                        });
                    let groups = self.groups(&cr);
                    let place = groups.iter().find(|g| {
                        g.prep == Some(Cue::In)
                            && g.t0 > hit.t1
                            && g.t0 <= hit.t1 + 2
                            && matches!(self.scan.text(g.t0 - 1), "в" | "во")
                    });
                    if let Some(g) = place.filter(|_| fronted) {
                        let doers: Vec<&'a str> = self
                            .actors
                            .iter()
                            .filter(|a| a.t0 >= cr.start && a.t1 <= hit.t0)
                            .flat_map(|a| a.ids.iter().copied())
                            .collect();
                        roles.source.clear();
                        roles.target.clear();
                        for id in self.group_ids(&g.members) {
                            if !roles.source.contains(&id) {
                                roles.source.push(id);
                            }
                        }
                        for id in doers {
                            if !roles.source.contains(&id) && !roles.target.contains(&id) {
                                roles.target.push(id);
                            }
                        }
                        if roles.target.is_empty() {
                            self.add_leads(&self.memory.lead, &mut roles, false);
                        }
                    }
                }
            }
            // "promised Serbia a loan during a visit to Belgrade", «похвалил Сербию во время визита в
            // Белград»: a visit in an occasion phrase that names no visitor of its own is made by the
            // subject of the sentence, not by the object of the verb before the phrase, which the roles of
            // a noun took as its doer (`occasion_visitor`).
            if type_name == "CONSULT"
                && trig.noun
                && mode.as_deref() == Some("visit")
                && !roles.source.is_empty()
            {
                if let Some((visitor, place)) = self.occasion_visitor(hit, &roles) {
                    roles.source = visitor;
                    roles.target = place;
                }
            }
            // "announced during a visit to Moscow that …", "On a trip to Hanoi, Putin praised …": a visit
            // named in a "during/on" phrase is made by the subject of the sentence (eval/README: a nominal
            // act with its actor is coded like its verb). (The visit noun may follow its kind: "during
            // his first state visit to China", "on an official visit to Hanoi".)
            if self.ctx.lang == Lang::En
                && type_name == "CONSULT"
                && trig.noun
                && roles.source.is_empty()
                && !roles.target.is_empty()
                && (hit.t0..hit.t1).any(|t| matches!(self.scan.text(t), "visit" | "trip" | "tour"))
            {
                if let Some(p) = self.en_occasion_start(hit.t0) {
                    for id in self.sentence_subject(p, hit.t1, &roles.target) {
                        if !roles.source.contains(&id) {
                            roles.source.push(id);
                        }
                    }
                }
            }
            // «в ходе визита в Москву», «خلال زيارة رسمية إلى الخرطوم» after the main clause, "after weeks of
            // talks with Beijing", «после переговоров с Токио», «بعد محادثات مع دمشق»: a visit or talks named
            // in a phrase on the occasion of the sentence's act, with the other side named and no doer of
            // their own, are the sentence subject's (eval/README, session 8; English visits above).
            // (A verb row names talks there too: "after weeks of talks with Beijing".)
            if type_name == "CONSULT" {
                // (The place visited after a preposition: «визита первого вице-премьера СССР в Гавану»
                // names its visitor in the genitive, and that is no place.)
                let visit = self.ctx.lang != Lang::En
                    && trig.noun
                    && mode.as_deref() == Some("visit")
                    && roles.source.is_empty()
                    && self.actors.iter().any(|a| {
                        a.t0 > hit.t0
                            && a.t0 <= hit.t1 + 4
                            && a.ids.iter().all(|id| roles.target.contains(id))
                            && self.scan.has_cue(a.t0 - 1, a.t0, |c| {
                                matches!(c, Cue::To | Cue::In | Cue::On)
                            })
                    });
                // (A call too: "speaking after a call with her Japanese counterpart".)
                let talks = matches!(mode.as_deref(), None | Some("phone"))
                    && roles.source.len() == 1
                    && roles.target.is_empty();
                // (A call also in a phrase of the means it was made by: "thanked Putin in a telephone
                // call", «в телефонном разговоре», "في اتصال هاتفي"; `phone_occasion_start`.)
                let start = || {
                    self.occasion_start(hit.t0).or_else(|| {
                        (mode.as_deref() == Some("phone"))
                            .then(|| self.phone_occasion_start(hit.t0))
                            .flatten()
                    })
                };
                if let Some(p) = (visit || talks).then(start).flatten() {
                    let other = if visit { &roles.target } else { &roles.source };
                    let subject = self.sentence_subject(p, hit.t1, other);
                    for id in subject {
                        if !roles.source.contains(&id) && !roles.target.contains(&id) {
                            roles.source.push(id);
                        }
                    }
                }
            }
            // "In a phone call on Tuesday, Scholz told Putin that …": a call in a fronted phrase that names
            // no side is held between the subject of the clause after it and the one it speaks to
            // (`fronted_call_sides`).
            if type_name == "CONSULT"
                && trig.noun
                && mode.as_deref() == Some("phone")
                && roles.source.is_empty()
                && roles.target.is_empty()
            {
                if let Some(sides) = self.fronted_call_sides(hit) {
                    roles.source = sides;
                }
            }
            // "held talks with Putin in Moscow on Wednesday, his first visit to Russia", «…, на второй день
            // государственного визита в Россию», "…، في أول زيارة له إلى": a visit named in a phrase set off by a
            // comma after the sentence's act, the place visited named and no visitor, is made by the subject
            // of the sentence, as a visit in a "during" phrase is (`appositive_start`). (The first actor
            // after the noun is the place visited, after to/in/on: "في أول زيارة يقوم بها رئيس حكومة إسرائيلية
            // إلى الإمارات", «визит премьера Индии в Москву» name their visitor before it.)
            if type_name == "CONSULT"
                && trig.noun
                && mode.as_deref() == Some("visit")
                && roles.source.is_empty()
                && !roles.target.is_empty()
                && self
                    .actors
                    .iter()
                    .find(|a| a.t0 >= hit.t1)
                    .is_some_and(|a| {
                        self.scan
                            .has_cue(a.t0 - 1, a.t0, |c| matches!(c, Cue::To | Cue::In | Cue::On))
                    })
            {
                if let Some(p) = self.appositive_start(hit.t0) {
                    let subject = self.sentence_subject(p, hit.t1, &roles.target);
                    for id in subject {
                        if !roles.source.contains(&id) {
                            roles.source.push(id);
                        }
                    }
                }
            }
            // "…، وطلبت من السفير الليبي مغادرة الرياض": an Arabic expulsion whose subject is left out
            // (`ar_expel_roles`).
            if self.ctx.lang == Lang::Ar
                && type_name == "SANCTION"
                && !trig.noun
                && mode.as_deref() == Some("expel")
            {
                self.ar_expel_roles(hit, &mut roles);
            }
            // An Arabic verb of asking joined to a clause before it, the one asked after it
            // (`ar_joined_request`).
            if self.ctx.lang == Lang::Ar && type_name == "REQUEST" && !trig.noun {
                self.ar_joined_request(hit, &mut roles);
            }
            // An Arabic strike on a non-state group's sites in a state (`ar_non_state_sites`): no target,
            // and none needed.
            let non_state_sites = self.ctx.lang == Lang::Ar
                && type_name == "ASSAULT"
                && !roles.target.is_empty()
                && self.ar_non_state_sites(hit, cr.end, &mut roles);
            // An Arabic visit noun that names its visitor or its host apart from itself (`ar_visit_roles`).
            if self.ctx.lang == Lang::Ar
                && type_name == "CONSULT"
                && trig.noun
                && mode.as_deref() == Some("visit")
                && (roles.source.is_empty() || roles.target.is_empty())
            {
                self.ar_visit_roles(hit, &cr, &out, &mut roles);
            }
            // (An Arabic «بطلب من» is matched by the verb row «طلب … من», its verbal noun.)
            // (Troops that enter or land at the request, with no act coded for it, are the act asked for:
            // the mover's military aid, coded first and dated by its arrival, `troops_at_request`.)
            let mut aid_date = None;
            if type_name == "REQUEST" && (trig.noun || self.ctx.lang == Lang::Ar) {
                let last_coded = coded.iter().map(|c| self.live[c.live].hit.t0).max();
                if let Some((mover, received, m)) = self.troops_at_request(hit, last_coded) {
                    let aid = Roles {
                        source: mover,
                        target: received,
                        ..Roles::default()
                    };
                    let mut ev = self.event_rec(
                        i,
                        kind,
                        "AID",
                        Some("military".to_string()),
                        vec!["military".to_string()],
                        &aid,
                        modality,
                        reported_by,
                        &out,
                    );
                    ev.date = self.date_from(self.clause_of(m), m);
                    let w = &self.scan.toks[m];
                    ev.trigger = self.ctx.text[w.orig_start..w.orig_end].to_string();
                    aid_date = Some(ev.date.clone());
                    merge(&mut out, ev);
                    self.note(hit, "run:troops-at-request");
                }
                self.at_request_roles(hit, &out, &mut roles);
            }
            let undone = match type_name {
                "CONCEDE" => Some("SANCTION"),
                "RETREAT" if mode.as_deref() == Some("release") => Some("COERCE"),
                _ => None,
            };
            if let Some(undone) = undone.filter(|_| roles.source.is_empty()) {
                self.undo_measure(hit, undone, &out, &mut roles);
            }
            // An Arabic measure joined by و to the one before (`ar_joined_measure_roles`).
            if let Some(v) = self.ar_joined_measure(i) {
                self.ar_joined_measure_roles(v, &out, &mut roles);
            }
            // «بعد أن سلّمتهم روسيا إلى الجانب الأوكراني», «…، ثم سلّمتهم إلى المغرب»: an Arabic handover whose
            // row ends in إلى is aimed at the state it names there (`ar_receiver`), never done by it, and one
            // with no doer left is done by the subject of its sentence named before it.
            if type_name == "RETREAT" && self.ar_handed_to(hit) {
                if let Some(recv) = self.ar_receiver(hit) {
                    roles.source.retain(|id| !recv.contains(id));
                    roles.target = recv;
                    if roles.source.is_empty() && hit.t0 > 0 {
                        roles.source = self.sentence_subject(hit.t0, usize::MAX, &roles.target);
                    }
                }
            }
            // «…. وتعهد بأن …»: an Arabic verb opening its sentence with و and no subject of its own
            // continues the subject of the sentence before (`ar_dropped_subject`).
            let dropped = self.ar_dropped_subject(hit, type_name, mode.as_deref(), &roles);
            if let Some(id) = dropped {
                roles.source.push(id);
            }
            // «…، وانتقد فيها بشدة النظام السوري»: an Arabic و-verb after a comma with no subject of its own
            // goes on with the sentence's subject; the state it names after it is its object
            // (`ar_joined_verb_subject`).
            if dropped.is_none() {
                if let Some(subject) = self.ar_joined_verb_subject(hit, &roles) {
                    let mut other: Ids<'a> = ids_except(&roles.source, &subject);
                    for id in ids_except::<Ids<'a>>(&roles.target, &subject) {
                        if !other.contains(&id) {
                            other.push(id);
                        }
                    }
                    roles.source = subject;
                    roles.target = other;
                }
            }
            // "notified Russia of its withdrawal from the ABM Treaty", «уведомили Россию о выходе из
            // Договора по ПРО», "أبلغت واشنطن موسكو بانسحابها من المعاهدة", "gave Russia formal notice that
            // it would pull out of the treaty": leaving or ending a pact told as notice given to a state is
            // the notifier's act aimed at the state notified, whatever else its clause names
            // (`notified_party`; the doer is the notice's when the act names none of its own).
            let leaves_pact = matches!(mode.as_deref(), Some("withdraw" | "leave"))
                && (type_name == "SANCTION" || self.pact_after(hit, cr.end));
            if leaves_pact {
                if let Some((doer, notified)) = self.notified_party(hit, &roles.source) {
                    roles.source = doer.into_iter().collect();
                    if type_name == "RETREAT" || mode.as_deref() == Some("leave") {
                        type_name = "SANCTION";
                        mode = Some("withdraw".to_string());
                    }
                    roles.target = notified.into_iter().collect();
                }
            }
            // «أبلغت روسيا الولايات المتحدة رفضها تمديد البرنامج», «ردّت موسكو بطرد دبلوماسيين»: an Arabic act
            // completing a verb of notice or of answering is that verb's subject's (`ar_governed_act_sides`).
            if let Some((doer, target)) = self.ar_governed_act_sides(hit, ci, type_name, &roles) {
                roles.source = doer;
                roles.target = target;
            }
            // «Пекин заявил, что Вильнюс заплатит высокую цену», "Pompeo said Egypt would face sanctions",
            // «قال إن ألمانيا ستدفع الثمن»: a threat said of the one threatened has that party as its
            // subject and the speaker as the threatener. (Its subject may be no actor: "Moscow said the step
            // would not go unanswered".)
            if type_name == "THREATEN" && self.patient_threat(hit) {
                self.turn_patient_threat(ci, hit, &out, &mut roles);
                // (With no speaker found, whose threat it is the sentence does not say.)
                if roles.source.is_empty() && self.drops(hit, "run:patient-threat-no-speaker") {
                    continue;
                }
            }
            // "Beijing said the survey ship had been operating illegally", «Вильнюс заявил, что Минск
            // нарушил договор», «قالت أنقرة إن أثينا انتهكت الاتفاق»: a wrong told as what a party said is
            // that party's accusation of the wrongdoer (`turn_reported_wrong`; the select step dropped
            // those with no saying or beside an accusation row). With no speaker, or the speaker's own
            // deed, nobody accuses.
            if type_name == "ACCUSE" && self.reported_wrong(hit) {
                self.turn_reported_wrong(ci, hit, &mut roles);
                if (roles.source.is_empty() || roles.target.is_empty())
                    && self.drops(hit, "run:reported-wrong-no-accuser")
                {
                    continue;
                }
            }
            // «…، وحذّره من إرسال قوات إلى أوكرانيا»: an Arabic و-verb whose object is a pronoun on it is
            // aimed at the other side of its subject's act before it (`ar_pronoun_object_side`).
            if !trig.noun && AR_PRONOUN_OBJECT_TYPES.contains(&type_name) {
                if let Some(side) = self.ar_pronoun_object_side(hit, &roles.source, &out) {
                    roles.target = side;
                    self.note(hit, "run:ar-pronoun-object-side");
                }
            }
            // «…، بعد أن طردت أربعة دبلوماسيين روس»: an Arabic verb after a connector of time or cause with
            // no subject of its own continues the sentence's subject (`ar_adverbial_subject`); when it names
            // no other side either and its object carries a pronoun («…، بعد أن علّقت عضويتها»), it is aimed
            // at the other side of that subject's act told before it in the sentence.
            if roles.source.is_empty() && !trig.noun {
                if let Some(subject) = self.ar_adverbial_subject(hit, &roles.target) {
                    roles.source = subject;
                    self.note(hit, "run:ar-adverbial-subject");
                    if roles.target.is_empty() && self.ar_possessed_object(hit) {
                        let told = out.iter().rev().find(|e| {
                            !e.target.is_empty()
                                && e.source.iter().any(|s| roles.source.contains(&s.as_str()))
                        });
                        let told = told.map(|e| e.target.as_slice()).unwrap_or_default();
                        let side = told.iter().filter_map(|s| self.named_id(s));
                        let side: Ids<'a> = side.filter(|id| !roles.source.contains(id)).collect();
                        push_distinct(&mut roles.target, side);
                    }
                }
            }
            // "The ministry summoned the ambassador": a body of a state as the subject (`state_body_doer`).
            if roles.source.is_empty() && !trig.noun && modality == Modality::Asserted {
                if let Some(doer) = self.state_body_doer(hit, &cr, &roles) {
                    roles.source = doer;
                    self.note(hit, "run:fallback-state-body");
                }
            }
            // "The Syrian ambassador was summoned to the Turkish foreign ministry", «استُدعي السفير السوري
            // إلى وزارة الخارجية التركية»: a summons that names no doer is made by the state whose body the
            // envoy is called to (`summoned_to_body`).
            if roles.source.is_empty() && type_name == "PROTEST" && modality == Modality::Asserted {
                if let Some(doer) = self.summoned_to_body(hit, &cr, &roles) {
                    roles.source = doer;
                    self.note(hit, "run:summoned-to-body");
                }
            }
            if roles.source.is_empty() {
                // An event needs someone who acts: "sanctions on Russia" in a headline is not one.
                // (Unless a coded act of the sentence it is joined to names the doer: `companion`.)
                if may_meet && !roles.target.is_empty() {
                    // (A signing a visit ended in, «اختتمت زيارتها إلى إندونيسيا بتوقيع مذكرة», is both
                    // sides'.)
                    let sym = type_name == "AGREE" && self.ar_ended_in(hit, cr.start);
                    pending.push(
                        Pending::new(i, kind, type_name, mode, context, roles, modality)
                            .symmetric(sym),
                    );
                } else if may_meet
                    && type_name == "AGREE"
                    && !trig.noun
                    && roles.target.is_empty()
                    && self.agreed_by_no_one(hit, cr.start)
                {
                    // "held talks in Beijing on Monday, the first in seven years, and agreed to …",
                    // «провёл переговоры с Ким Чен Иром, по итогам которых лидеры подписали …»: an
                    // agreement verb with no doer of its own is the talks' parties' (`complete_pending`).
                    pending.push(
                        Pending::new(i, kind, type_name, mode, context, roles, modality)
                            .symmetric(true),
                    );
                } else if may_meet
                    && type_name == "AGREE"
                    && roles.target.is_empty()
                    && self.signing_ends_talks(hit, cr.start)
                {
                    // "held talks with Chavez that ended with the signing of accords", «أجرى محادثات
                    // انتهت بتوقيع اتفاقات»: the talks' parties sign (`complete_pending`).
                    pending.push(
                        Pending::new(i, kind, type_name, mode, context, roles, modality)
                            .symmetric(true),
                    );
                }
                self.note(hit, "run:no-source");
                continue;
            }
            // أجلت رعاياها من لبنان: Arabic news names whence a state evacuates its people; that place is
            // no target (the dev annotation of all three languages gives an evacuation none).
            if self.ctx.lang == Lang::Ar
                && type_name == "RETREAT"
                && mode.is_none()
                && self.scan.text(hit.t0).contains("جل")
            {
                roles.target.clear();
            }
            // The target of a mobilisation, one decision: in Arabic and English the place phrase the roles
            // read is where forces mass or drill, no target (حشدت قوات على حدودها مع الصين, "began drills
            // near Ukraine", "fired missiles into the sea as Seoul and Washington began drills" (en-3-038,
            // en-9-027): the dev annotation of all three languages gives a mobilisation none), so its
            // target is only the state across the border that troops are massed at or sent to
            // ("نشرت تركيا آلاف الجنود على حدودها مع العراق", "sent two brigades to Lithuania's border",
            // `border_neighbour`, eval/README session 19; drills held near a border stay without one); a
            // Russian one keeps the target its roles found, else takes that state («стянула войска к
            // границе с Грузией»).
            // A withdrawal of troops that names no target is aimed at the state across the border the
            // troops stood at, named in its clause before or after the verb ("ordered the troops near the
            // Ukrainian border to return to their bases", «части у границы с Азербайджаном вернулись в
            // казармы», «القوات المنتشرة على الحدود مع أذربيجان بالعودة إلى ثكناتها»): the troops left
            // that state's border, as a mobilisation there is aimed at it (`border_neighbour`).
            // "signed an agreement on pulling out the Soviet forces", «о выводе советских войск», «على سحب
            // القوات السوفيتية»: a withdrawal that took the two or more doers of the act it is the content
            // of is done by the one whose adjective qualifies its troops, and aimed at the others
            // (`troop_owner`).
            if type_name == "RETREAT" && roles.target.is_empty() && roles.source.len() >= 2 {
                if let Some(owner) = self.troop_owner(hit, &roles.source) {
                    roles.target = ids_except(&roles.source, &owner);
                    roles.source = owner.into_iter().collect();
                }
            }
            // (Troops named with where they are stationed leave that state: "agreed to withdraw the
            // troops stationed in Georgia", «вывела солдат, дислоцированных в Мали», `stationed_in`.)
            if type_name == "RETREAT" && roles.target.is_empty() && !roles.source.is_empty() {
                if let Some(ids) = self.stationed_in(hit) {
                    roles.target = ids_except(&ids, &roles.source);
                }
            }
            if type_name == "RETREAT" && roles.target.is_empty() && !roles.source.is_empty() {
                if let Some(ids) = self.border_neighbour(hit, cr.start, cr.end) {
                    roles.target = ids_except(&ids, &roles.source);
                }
            }
            // A trade office or mission opened in a state ("opened a trade office in Kabul", «открыл
            // торговое представительство в Кабуле», «افتتحت مكتباً تجارياً في كابول») is aimed at the state of
            // that place (`office_host`).
            if type_name == "COOPERATE" && roles.target.is_empty() && !roles.source.is_empty() {
                if let Some(ids) = self.office_host(hit, &cr, &roles.source) {
                    roles.target = ids;
                }
            }
            // (An incursion names the state whose airspace or waters are entered: its roles keep it.)
            if type_name == "MOBILIZE"
                && (self.ctx.lang != Lang::Ru || roles.target.is_empty())
                && !self.incursion(hit, trig)
            {
                roles.target = ids_except(
                    &self
                        .border_neighbour(hit, hit.t0, cr.end)
                        .unwrap_or_default(),
                    &roles.source,
                );
            }
            // The target an act on a thing names through that thing, when the roles found none
            // ("احتجزت البحرية … ناقلة النفط التي ترفع العلم الليبي", "قصفت … القاعدة التي تستضيف جنوداً
            // فرنسيين"): the state whose flag or troops the object of an Arabic seizure or strike bears,
            // told in a relative clause after it, is the act's target, `ar_relative_bearer`.
            if roles.target.is_empty() && !roles.source.is_empty() {
                let through_thing = match type_name {
                    "ASSAULT" | "COERCE" if self.ctx.lang == Lang::Ar => {
                        self.ar_relative_bearer(hit, cr.end)
                    }
                    _ => None,
                };
                if let Some(ids) = through_thing {
                    roles.target = ids
                        .iter()
                        .copied()
                        .filter(|id| !roles.source.contains(id))
                        .collect();
                }
            }
            // "detained the oil tanker Eagle S, which sails under the flag of the Cook Islands": a ship or
            // plane seized or struck is its flag state's (`flag_state`).
            if roles.target.is_empty()
                && !roles.source.is_empty()
                && matches!(type_name, "COERCE" | "ASSAULT")
            {
                if let Some(ids) = self.flag_state(hit, type_name, &roles.source) {
                    self.note(hit, "run:flag-state");
                    roles.target = ids;
                }
            }
            // "انطلقت مناورات … بمشاركة قوات من مصر والسعودية", "شن غارات …، بمشاركة الإمارات والبحرين": the
            // states an Arabic بمشاركة ("with the participation of") names a few words on take part in
            // the act as its doers.
            if self.ctx.lang == Lang::Ar
                && matches!(type_name, "MOBILIZE" | "COOPERATE" | "ASSAULT")
                && !roles.source.is_empty()
            {
                let with = (hit.t1..cr.end)
                    .find(|&t| self.scan.text(t).trim_start_matches('و') == "بمشاركه");
                let taking_part = with.and_then(|k| {
                    self.groups(&cr)
                        .iter()
                        .find(|g| g.t0 > k && g.t0 <= k + 3)
                        .cloned()
                });
                for &m in taking_part
                    .as_ref()
                    .map(|g| g.members.as_slice())
                    .unwrap_or_default()
                {
                    for &id in &self.actors[m].ids {
                        if !roles.source.contains(&id) && !roles.target.contains(&id) {
                            roles.source.push(id);
                        }
                    }
                }
            }
            // Exercises held by several states together are military cooperation.
            if type_name == "MOBILIZE" && roles.source.len() >= 2 && roles.target.is_empty() {
                type_name = "COOPERATE";
                mode = Some("military".to_string());
            }
            // «Таллин вызвал поверенного в делах России и потребовал вернуть буи»: a Russian verb of
            // demand, threat, protest or blame coordinated by «и» with the act before it, naming no one,
            // is addressed to whom that act of the same side was.
            if self.ctx.lang == Lang::Ru
                && roles.target.is_empty()
                && matches!(type_name, "REQUEST" | "THREATEN" | "PROTEST" | "ACCUSE")
                && self.ru_coordinated_finite(hit, trig)
            {
                if let Some(e) = self.own_earlier_act(&out, &roles.source) {
                    self.add_leads(&e.target, &mut roles, false);
                }
            }
            // Giving, punishing, accusing or asking is always done to someone: without a target the
            // sentence did not say to whom, and a one-sided record would only mislead the dyad questions.
            const NEEDS_TARGET: [&str; 10] = [
                "AID", "SANCTION", "ACCUSE", "THREATEN", "REQUEST", "COERCE", "SUPPORT", "CONCEDE",
                "REJECT", "ASSAULT",
            ];
            // "…, and Islamabad vowed to retaliate": a promised response is aimed at whoever acted against
            // the responder earlier in the sentence.
            // ("Tehran responded with a barrage of missiles": a response in kind is aimed the same way.)
            if matches!(type_name, "THREATEN" | "ASSAULT" | "SANCTION")
                && roles.target.is_empty()
                && self.retaliation(ci)
            {
                self.aim_at_earlier_doers(&out, &mut roles, false);
                // ("Minsk condemned the step and promised a response": the response is aimed where the
                // same side's condemnation before it was.)
                if roles.target.is_empty() && self.ctx.lang == Lang::En && type_name == "THREATEN" {
                    let earlier = out.iter().rev().find(|e| {
                        e.kind == "ACCUSE"
                            && !e.target.is_empty()
                            && e.source.iter().any(|s| roles.source.contains(&s.as_str()))
                    });
                    if let Some(e) = earlier {
                        self.add_leads(&e.target, &mut roles, false);
                    }
                }
            }
            // "Britain sanctioned Sovcomflot, and Washington followed with measures of its own": the
            // follower aims its measure where the leader's was.
            if self.ctx.lang == Lang::En
                && type_name == "SANCTION"
                && roles.target.is_empty()
                && self.scan.text(hit.t0).starts_with("follow")
            {
                let earlier = out
                    .iter()
                    .rev()
                    .find(|e| e.kind == "SANCTION" && !e.target.is_empty());
                if let Some(e) = earlier {
                    self.add_leads(&e.target, &mut roles, false);
                }
            }
            // ("Франция выслала 35 российских дипломатов. Москва пообещала ответить зеркально.": with
            // no act in the sentence, a Russian response answers whoever led the sentence before.)
            // (English the same: "Lithuania expelled three Belarusian diplomats. Minsk promised a
            // response.")
            if matches!(self.ctx.lang, Lang::Ru | Lang::En)
                && matches!(type_name, "THREATEN" | "ASSAULT" | "SANCTION")
                && roles.target.is_empty()
                && out.is_empty()
                && (self.retaliation(ci)
                    || (hit.t0..hit.t1).any(|t| self.scan.text(t).starts_with("ответн")))
            {
                self.add_leads(&self.memory.lead, &mut roles, false);
            }
            // "If Finland joined NATO, Russia would take retaliatory steps, Moscow warned", "… warned Baku
            // it would respond if Azerbaijan attacked": an English threat with no target is aimed at the
            // subject of a condition (if, unless) anywhere in the sentence.
            if self.ctx.lang == Lang::En
                && type_name == "THREATEN"
                && roles.target.is_empty()
                && !en_modal(self.scan.text(hit.t0))
            {
                let cond = self.scan.cues.iter().find(|&&(c0, _, c)| {
                    c == Cue::Hypothetical && matches!(self.scan.text(c0), "if" | "unless")
                });
                if let Some(&(c0, c1, _)) = cond {
                    let groups = self.groups(&self.clauses[self.clause_of(c0)].range);
                    let subj = groups.iter().find(|g| g.t0 >= c1 && g.prep.is_none());
                    for &m in subj.map(|g| g.members.as_slice()).unwrap_or_default() {
                        for &id in &self.actors[m].ids {
                            if !roles.source.contains(&id) && !roles.target.contains(&id) {
                                roles.target.push(id);
                            }
                        }
                    }
                }
            }
            // "Пекин пригрозил ответными мерами, если ЕС введёт санкции": a Russian threat is aimed at the
            // subject of the condition that follows it.
            if self.ctx.lang == Lang::Ru && type_name == "THREATEN" && roles.target.is_empty() {
                if let Some(next) = self.clauses.get(ci + 1) {
                    let r = &next.range;
                    let cond = self.scan.cues.iter().find(|&&(c0, _, c)| {
                        c == Cue::Hypothetical
                            && c0 + 1 >= r.start
                            && c0 <= r.start + 1
                            && matches!(self.scan.text(c0), "если" | "в")
                    });
                    if let Some(&(_, c1, _)) = cond {
                        let groups = self.groups(r);
                        let subj = groups.iter().find(|g| g.t0 >= c1 && g.prep.is_none());
                        for &m in subj.map(|g| g.members.as_slice()).unwrap_or_default() {
                            for &id in &self.actors[m].ids {
                                if !roles.source.contains(&id) && !roles.target.contains(&id) {
                                    roles.target.push(id);
                                }
                            }
                        }
                    }
                }
            }
            // "threatened to send refugees to Europe if the EU called the operation an occupation", "هدد
            // بفتح الأبواب أمام اللاجئين إلى أوروبا إذا وصف الاتحاد الأوروبي": a threat is aimed at whoever
            // must meet its condition (the subject after if/إذا/если), not at the place the threatened
            // act goes to. (A state named as the threat's bare object stays: "threatened Mexico with
            // tariffs if it …"; nor does the one a threat is said of: «إن اليابان ستدفع ثمنا باهظا إذا
            // نشرت صواريخ أمريكية».)
            if type_name == "THREATEN" && !trig.noun && !self.patient_threat(hit) {
                let cond = self.scan.cues.iter().find(|&&(c0, _, c)| {
                    c == Cue::Hypothetical
                        && c0 >= hit.t1
                        && matches!(self.scan.text(c0), "if" | "unless" | "اذا" | "لو" | "если")
                });
                if let Some(&(c0, c1, _)) = cond {
                    let end = self.clauses[self.clause_of(c1.min(self.scan.toks.len() - 1))]
                        .range
                        .end
                        .max(c1);
                    let groups = self.groups(&(c1..end));
                    let subj = groups
                        .iter()
                        .find(|g| g.prep.is_none() && g.t0 >= c1 && g.t0 <= c1 + 2);
                    let ids: Ids<'a> = subj
                        .map(|g| {
                            self.group_ids(&g.members)
                                .filter(|id| !roles.source.contains(id))
                                .collect()
                        })
                        .unwrap_or_default();
                    let bare_object = self.groups(&(hit.t1..c0)).iter().any(|g| {
                        g.prep.is_none()
                            && g.members.iter().any(|&m| {
                                self.actors[m]
                                    .ids
                                    .iter()
                                    .any(|id| roles.target.contains(id))
                            })
                    });
                    if !ids.is_empty() && !bare_object {
                        roles.target = ids;
                    }
                    // "warned that it would cut military contacts with Montenegro if the country
                    // joined NATO": a condition whose subject points back ("the country", "it") leaves
                    // the threat aimed at the first other state its words name, in what it announces
                    // or in the condition.
                    let back = |t: usize| if t < end { self.scan.text(t) } else { "" };
                    if roles.target.is_empty()
                        && (matches!(back(c1), "it" | "they" | "он" | "она" | "они")
                            || (back(c1) == "the" && back(c1 + 1) == "country"))
                    {
                        let first = self
                            .actors
                            .iter()
                            .filter(|a| a.t0 >= hit.t1 && a.t0 < end && !a.adjective)
                            .flat_map(|a| a.ids.iter().copied())
                            .find(|id| !roles.source.contains(id));
                        roles.target.extend(first);
                    }
                }
            }
            // ("Algeria criticised the decision, while France welcomed it", «Алжир раскритиковал это
            // решение, а Франция его приветствовала»: a pronoun object after another doer's judgement in the
            // sentence points to what that judgement was about, as the Arabic ب-pronoun above.)
            if !trig.noun
                && matches!(type_name, "ACCUSE" | "SUPPORT" | "REJECT" | "PROTEST")
                && self.judged_pronoun(hit)
            {
                self.parallel_reaction(&out, &mut roles);
            }
            // "called the ban unprecedented between two members of the EU", «назвал запрет беспрецедентным
            // для двух членов Евросоюза», "بأنه عمل غير ودي ضد عضو زميل في حلف": a state or bloc named after
            // the condemning word of a verb of naming is inside the name (its victim or a description), not
            // the author of the act named, whom the rule below finds.
            if type_name == "ACCUSE" && !trig.noun && !roles.target.is_empty() {
                self.drop_targets_inside_the_name(hit, &cr, &mut roles);
            }
            // "Moscow condemned the move", "China rejected the protest": an English anaphoric object names
            // the act of the sentence before, aimed at whoever led that sentence.
            // (Russian the same, without the article: "осудил атаку", "назвал это решение …".)
            // (Arabic: "وصفت موسكو الخطوة بأنها عدائية", "اعتبرت ذلك ابتزازا".)
            // (The act noun of the object, when there is one, says which act: "condemned the invasion",
            // «осудил вторжение», "ودان الغزو" are aimed at the doer of the latest ASSAULT.)
            if roles.target.is_empty()
                && matches!(
                    type_name,
                    "ACCUSE" | "REJECT" | "SUPPORT" | "PROTEST" | "CONCEDE"
                )
            {
                let object = self
                    .en_act_object(hit)
                    .or_else(|| self.passive_act_subject(hit))
                    .or_else(|| self.ru_act_object(hit))
                    .or_else(|| {
                        (!trig.noun)
                            .then(|| self.ar_act_object(hit, cr.end))
                            .flatten()
                    });
                if object.is_some()
                    || self.anaphoric_act(hit)
                    || (!trig.noun && (self.ru_anaphoric_act(hit) || self.ar_anaphoric_act(hit)))
                    || (!trig.noun
                        && matches!(type_name, "PROTEST" | "ACCUSE")
                        && (self.en_bare_reaction(hit, &cr) || self.ru_bare_reaction(hit, &cr)))
                {
                    self.aim_at_named_act(hit, type_name, object, &out, &mut roles);
                }
            }
            // "выразили сожаление в связи с решением Москвы": the author of the act a Russian reaction
            // is voiced "in connection with" is named in the genitive after the act noun.
            if self.ctx.lang == Lang::Ru
                && roles.target.is_empty()
                && !trig.noun
                && matches!(type_name, "ACCUSE" | "PROTEST" | "REJECT" | "SUPPORT")
                && hit.t1 + 3 < self.scan.toks.len()
                && self.scan.text(hit.t1) == "в"
                && self.scan.text(hit.t1 + 1) == "связи"
                && self.scan.text(hit.t1 + 2) == "с"
            {
                let c = hit.t1 + 3;
                let author = self.actors.iter().find(|a| {
                    a.t0 > c
                        && a.t0 <= c + 3
                        && (c..a.t0).all(|t| self.scan.toks[t].word)
                        && !a.ids.iter().any(|id| roles.source.contains(id))
                });
                if let Some(a) = author {
                    roles.target.extend(a.ids.iter().copied());
                }
            }
            // "Россия направила в Италию военных врачей": the state aid is sent into (в with the
            // accusative, not the locative of a place: в Италии) is its recipient.
            if self.ctx.lang == Lang::Ru
                && type_name == "AID"
                && roles.target.is_empty()
                && !trig.noun
            {
                let into = self.actors.iter().find(|a| {
                    a.t0 > hit.t0
                        && a.t0 < cr.end
                        && a.t0 >= 1
                        && !a.adjective
                        && matches!(self.scan.text(a.t0 - 1), "в" | "во")
                        && {
                            let w = self.scan.text(a.t1 - 1);
                            w.ends_with("ию") || w.ends_with("ую") || w.ends_with('у')
                        }
                        && !a.ids.iter().any(|id| roles.source.contains(id))
                });
                if let Some(a) = into {
                    roles.target.extend(a.ids.iter().copied());
                }
            }
            // "Hungary was offered a loan of $2 billion by China", "Kyiv was promised fresh aid by Berlin":
            // the subject of an English passive verb of giving, right before its auxiliary, is the one the
            // aid noun in the verb's object goes to.
            if self.ctx.lang == Lang::En
                && type_name == "AID"
                && trig.noun
                && roles.target.is_empty()
            {
                if let Some(subject) = self.en_passive_recipient(hit) {
                    let ids = self.actors[subject].ids.iter().copied();
                    roles
                        .target
                        .extend(ids.filter(|id| !roles.source.contains(id)));
                }
            }
            // "استدعت كوريا الجنوبية السفير الروسي وطالبت بسحب القوات الكورية الشمالية": a و-verb of demand,
            // charge or threat with its ب complement at once (no subject or object of its own) continues
            // its doer's act before it in the sentence, and is aimed where that act was; the state in the ب
            // phrase is what the demand is about.
            if self.ctx.lang == Lang::Ar
                && !trig.noun
                && hit.conj
                && self.ar_ba_complement_next(hit, type_name)
            {
                if let Some(e) = self.own_earlier_act(&out, &roles.source) {
                    roles.target.clear();
                    self.add_leads(&e.target, &mut roles, false);
                }
            }
            // "علّق الاتحاد الأفريقي عضوية موريتانيا …، مطالباً بعودة النظام الدستوري": an Arabic participle
            // that names no party is aimed at the party of the act its subject did before it in the
            // sentence.
            if roles.target.is_empty()
                && self.ctx.lang == Lang::Ar
                && !trig.noun
                && self.ar_participle(hit)
            {
                let earlier = self.own_earlier_act(&out, &roles.source);
                if let Some(e) = earlier {
                    self.add_leads(&e.target, &mut roles, false);
                }
            }
            // "Vucic met Putin in Sochi. The Serbian leader thanked his host": an English object that names
            // the other side of a meeting by its role there is that side of the doer's latest meeting, in
            // this sentence or the ones before (`recent_events`); a state named after the noun is in the
            // reason, no target ("praised his hosts for their support for African railways").
            // «Мирзиёев провёл переговоры с Путиным. Узбекский лидер назвал отношения дружескими»:
            // praise voiced by a verb of naming (its row needs a praising word) that names no one else
            // is aimed the same way, at the other side of the doer's latest meeting.
            let praise_of_meeting = || {
                type_name == "SUPPORT"
                    && roles.target.is_empty()
                    && trig.needs.is_some_and(|n| {
                        self.tables.lang(self.ctx.lang).topics[n as usize] == "praise"
                    })
            };
            if !trig.noun
                && !matches!(type_name, "CONSULT" | "COOPERATE")
                && !roles.source.is_empty()
                && ((self.ctx.lang == Lang::En && self.en_meeting_party(hit).is_some())
                    || praise_of_meeting())
            {
                let party = |p: &String| roles.source.contains(&p.as_str());
                let met = self.recent_events(&out).find(|e| {
                    e.kind == "CONSULT" && is_act(e) && e.source.iter().chain(&e.target).any(party)
                });
                let others: Vec<String> = met
                    .into_iter()
                    .flat_map(|e| e.source.iter().chain(&e.target))
                    .filter(|p| !party(p))
                    .cloned()
                    .collect();
                if !others.is_empty() {
                    roles.target.clear();
                    self.add_leads(&others, &mut roles, false);
                }
            }
            // "Russia arrested a French researcher and charged him with spying": an English person
            // pronoun right after the verb is the one acted on earlier in the sentence, so this act is
            // aimed at the same state as that one.
            if roles.target.is_empty()
                && self.ctx.lang == Lang::En
                && !trig.noun
                && (hit.t0 + 1..(hit.t1 + 1).min(self.scan.toks.len())).any(|t| {
                    matches!(self.scan.text(t), "him" | "her" | "them")
                        // ("closed the bureau of a Russian agency, accusing it of …": after a
                        // comma, an -ing verb's "it" is the main clause's object.)
                        || (self.scan.text(t) == "it" && self.en_ing_adjunct(hit))
                })
            {
                let earlier = self.own_earlier_act(&out, &roles.source);
                if let Some(e) = earlier {
                    self.add_leads(&e.target, &mut roles, false);
                }
            }
            // "Erdogan met Putin and urged him to help ship grain from Ukraine", «понтифик призвал его
            // приложить усилия для мира на востоке Украины», "دعاه إلى بذل جهد لإحلال السلام في أوكرانيا": a
            // request whose object is a singular personal pronoun is addressed to the person it stands
            // for (`pronoun_addressee`); the states of the infinitive phrase after it are what is asked.
            if type_name == "REQUEST" && !trig.noun && !roles.source.is_empty() {
                if let Some(id) = self.pronoun_addressee(hit, &roles.source) {
                    roles.target.clear();
                    roles.target.push(id);
                }
            }
            // "accused Belarus of … and expelled two of its diplomats", "closed its consulate": a measure on
            // the people or things of "its" or "their" after an act on a state falls on that state (a state
            // does not expel, arrest or strike its own). A seizure after a seizure ("boarded a Greek
            // tanker and seized its cargo") is the one act told twice (eval/README, session 7), while a
            // second measure is an act of its own ("suspended relations with Cuba and recalled its
            // envoy"). Not a verb of leaving: "leaving its status unclear".
            if roles.target.is_empty()
                && self.ctx.lang == Lang::En
                && !trig.noun
                && matches!(type_name, "SANCTION" | "COERCE" | "ASSAULT")
                && mode.as_deref() != Some("leave")
                && self.en_possessed_object(hit)
            {
                let earlier = self.own_earlier_act(&out, &roles.source);
                if let Some(e) = earlier.filter(|e| !(e.kind == "COERCE" && type_name == "COERCE"))
                {
                    self.add_leads(&e.target, &mut roles, false);
                }
            }
            // "ввёл санкции против киргизского банка, обвинив его в помощи России", "выслала дипломата
            // и пригрозила ему": a Russian personal pronoun right after the verb is whom the same
            // subject acted on earlier in the sentence; a state named after it is in the charge.
            if self.ctx.lang == Lang::Ru && !trig.noun && self.ru_object_pronoun(hit) {
                let earlier = self.own_earlier_act(&out, &roles.source);
                if let Some(e) = earlier {
                    roles.target.clear();
                    self.add_leads(&e.target, &mut roles, false);
                }
            }
            // ("traded accusations", "exchanged strikes": each side is the other's target.)
            // ("accused each other", «поддержали заявки друг друга», "اتهمتا بعضهما": an act on a
            // reciprocal pronoun by two or more is theirs together, a symmetric act with no one
            // else as its target — `reciprocal_object`.)
            let reciprocal = !trig.noun
                && roles.source.len() >= 2
                && mode.as_deref() != Some("mutual")
                && self.reciprocal_object(hit, cr.start, cr.end);
            if reciprocal {
                roles.target.clear();
            }
            let mutual =
                (mode.as_deref() == Some("mutual") || reciprocal) && roles.source.len() >= 2;
            // "Russia vetoed a British draft resolution in the Security Council", «наложила вето на проект
            // резолюции Совбеза, внесённый Францией», "استخدمت حق النقض ضد مشروع قرار قدمته الجزائر": a
            // refusal of a draft whose author is named is aimed at that author (`draft_author`), not at
            // the council (or any other body) it was put to.
            // (What the draft is about, `draft_topic`, is no target either: "vetoed a draft resolution
            // on Syria in the Security Council" is aimed at the council when no author is named; any
            // mention, as a council named "at"/"in" is a venue, no actor.)
            let topic = if type_name == "REJECT" && !roles.source.is_empty() {
                self.draft_topic(hit)
            } else {
                None
            };
            if let Some(ids) = &topic {
                if roles.target.iter().any(|id| ids.contains(id)) {
                    let end = self.stop_within(hit.t1, 14);
                    let council = self.ctx.mentions.iter().find_map(|m| {
                        let (t0, _) = mention_tokens(self.ctx, self.scan, m);
                        actor_ids(m).map(|(id, _)| id).filter(|id| {
                            t0 >= hit.t0
                                && t0 < end
                                && is_bloc(self.ctx, id)
                                && !ids.contains(id)
                                && !roles.source.contains(id)
                        })
                    });
                    // (No council named: the topic stays, as "voted against the resolution on Ukraine"
                    // names no one else.)
                    if let Some(c) = council {
                        roles.target.retain(|id| !ids.contains(id));
                        if roles.target.is_empty() {
                            roles.target.push(c);
                        }
                    }
                }
            }
            // (Nor is the draft's topic when its author is named: "vetoed the resolution on Georgia, a
            // text submitted by France and Germany".)
            if type_name == "REJECT"
                && !roles.source.is_empty()
                && roles.target.iter().all(|id| {
                    is_bloc(self.ctx, id) || topic.as_ref().is_some_and(|t| t.contains(id))
                })
            {
                let author: Ids<'a> = self
                    .draft_author(hit)
                    .into_iter()
                    .filter(|id| !roles.source.contains(id))
                    .collect();
                if !author.is_empty() {
                    roles.target = author;
                }
            }
            // "طلبت أرمينيا من روسيا مساعدتها في مواجهة أذربيجان": an Arabic request is aimed at the one
            // named with من right after its verb and subject (`ar_request_addressee`), not at a state
            // inside what is asked for.
            if type_name == "REQUEST"
                && self.ctx.lang == Lang::Ar
                && !trig.noun
                && !roles.source.is_empty()
            {
                if let Some(ids) = self.ar_request_addressee(hit, &roles.source) {
                    roles.target = ids;
                }
            }
            // ("filed a complaint with the Security Council against Eritrea": the council is where the
            // complaint goes, `venue_beside_against`.)
            if matches!(type_name, "ACCUSE" | "PROTEST") && !roles.source.is_empty() {
                self.venue_beside_against(hit, &cr, &mut roles);
            }
            // "refused to back the cuts that Saudi Arabia had proposed", «отказался подписать меморандум,
            // предложенный Москвой»: a refusal that names no one refused is aimed at the maker of the
            // proposal it refuses (`proposal_maker`).
            if type_name == "REJECT" && roles.target.is_empty() && !roles.source.is_empty() {
                if let Some(a) = self.proposal_maker(hit) {
                    for &id in &self.actors[a].ids {
                        if !roles.source.contains(&id) && !roles.target.contains(&id) {
                            roles.target.push(id);
                        }
                    }
                }
            }
            // "Washington brushed the proposal aside", «ООН отклонила предложение», "رفضت موسكو عرضاً من
            // حلف شمال الأطلسي": a refusal of a proposal, an offer or a demand is aimed at its maker, named
            // beside it or told before; one that names no one refused answers the request told before it
            // in its sentence (`refused_proposer`).
            if type_name == "REJECT" && !trig.noun && !roles.source.is_empty() {
                if let Some(ids) =
                    self.refused_proposer(i, &asked, &roles, modality == Modality::Asserted)
                {
                    roles.target = ids;
                }
            }
            // "Britain expelled four Russian diplomats after Moscow refused to extradite the suspect",
            // «Газпром прекратил поставки после того, как Киев отказался платить»: a refusal in a clause of
            // "after" that names no one refused answers the subject of the main clause
            // (`refusal_after_main`).
            if type_name == "REJECT"
                && !trig.noun
                && roles.target.is_empty()
                && !roles.source.is_empty()
            {
                self.refusal_after_main(hit, &cr, &mut roles);
            }
            // "Russia refused to extend the grain initiative", "Moscow rejected calls to withdraw": a
            // refusal in so many words is a REJECT that happened even when no one is named as refused
            // (eval/README keeps source-only events). "Exports declined" is no refusal: "declined" counts
            // only with the "to" of what is refused.
            // (Russian: "власти Монголии отказались его арестовать", "Китай наложил вето": a refusal in so
            // many words, whoever is refused.)
            let refusal_word = || {
                let w = self.scan.text(hit.t0);
                match self.ctx.lang {
                    Lang::En => {
                        // ("ruled out seizing the stake": a refusal in so many words too.)
                        // ("rejected the idea", "rejected the ruling": what is rejected has an author,
                        // so a rejection stands alone only with the "to" of an act of its own refused,
                        // "rejected calls to withdraw", below.)
                        ["refus", "veto", "ruled", "rules"]
                            .iter()
                            .any(|p| w.starts_with(p))
                            || (hit.t1 < self.scan.toks.len() && self.scan.text(hit.t1) == "to")
                    }
                    Lang::Ru => {
                        ["отказа", "отказыва", "откажет", "отверг", "отклон"]
                            .iter()
                            .any(|p| w.starts_with(p))
                            || (hit.t0..hit.t1).any(|t| self.scan.text(t) == "вето")
                    }
                    _ => false,
                }
            };
            let refusal_alone = type_name == "REJECT"
                && !trig.noun
                && !roles.source.is_empty()
                && refusal_word()
                && !self.denies_charge(hit);
            self.drop_solidarity_party(hit, &cr, &mut roles);
            // "Spain recalled its ambassador from Buenos Aires. Milei had refused to apologise", "Schröder
            // ruled out writing off the debt" after talks, «Извиняться Милей отказался»: a refusal in so many
            // words that names no one refused refuses the other side of the latest act its doer took part
            // in, in its sentence or the two before (step 1 of `answer_reaction`, for any act, not only a
            // request): what that side wanted of it. With no such act it stays the doer's alone
            // ("Moscow refused to extend the grain deal").
            if refusal_alone && roles.target.is_empty() && !mutual {
                if let Some(side) = self.counterpart_side(hit, type_name, &cr, &out, &roles, true) {
                    self.add_leads(&side, &mut roles, false);
                }
            }
            if !mutual {
                self.joined_act_target(hit, trig, type_name, &out, &mut roles);
            }
            if roles.target.is_empty()
                && !mutual
                && self.ar_object_elided(hit, trig, type_name, mode.as_deref())
            {
                self.ar_story_counterpart(hit, &mut roles);
            }
            if let Some(undone) = undone.filter(|_| roles.target.is_empty() && !mutual) {
                self.undo_measure(hit, undone, &out, &mut roles);
            }
            if roles.target.is_empty()
                && !mutual
                && !refusal_alone
                && !matches!(
                    type_name,
                    "CONSULT" | "COOPERATE" | "MOBILIZE" | "REQUEST" | "THREATEN" | "REJECT"
                )
                && (dropped.is_some() || self.carried_subject(&cr, &roles))
            {
                self.carried_counterpart(&out, &mut roles, dropped.is_some());
            }
            // «Москва ответит тем же, если Рига закроет транзит», "قال إن الجزائر سترد إذا أغلقت المغرب
            // الحدود": a threat with no target of its own is aimed at the state its condition names as
            // subject (`condition_subject`).
            if type_name == "THREATEN" && roles.target.is_empty() && !roles.source.is_empty() {
                if let Some(ids) = self.condition_subject(hit, &roles.source) {
                    roles.target = ids.into_iter().collect();
                }
            }
            // A demand, threat or refusal, or a reaction verb, that names its doer and no one else in its
            // clause and that no rule above aimed, answers the act before it (`answer_reaction`): the
            // other side of the latest act its doer took part in ("Kampala demanded their release"), else
            // the story ("Tehran criticised the timing of the step", «Бишкек раскритиковал поспешность
            // соседей», "وانتقدت طهران توقيت الرسوم"; "Moscow warned that it would respond" after a pact
            // of two others).
            if roles.target.is_empty() && !mutual && !refusal_alone && !trig.noun {
                self.answer_reaction(hit, type_name, &cr, &out, &mut roles, may_meet);
            }
            if type_name == "REQUEST" {
                self.applied_bloc(hit, trig, &mut roles);
            }
            // "withdrew from the INF Treaty, blaming Russia", «вышли из Договора …, обвинив Россию»,
            // "انسحاب الولايات المتحدة من الاتفاق النووي مع إيران": leaving an agreement with a state, or one
            // whose end its leaver blames on a state, is SANCTION withdraw aimed at that state
            // (`pact_counterpart`; eval/README: ending or leaving an agreement with a state).
            if roles.target.is_empty()
                && !roles.source.is_empty()
                && !mutual
                && matches!(type_name, "RETREAT" | "SANCTION")
                && matches!(mode.as_deref(), Some("withdraw" | "leave"))
            {
                if let Some(ids) = self.pact_counterpart(hit, cr.end, &roles.source) {
                    type_name = "SANCTION";
                    mode = Some("withdraw".to_string());
                    roles.target = ids.into_iter().collect();
                }
            }
            // "cancelled a contract that handed the port to a Russian company": a deal ended is aimed at
            // the state of its other party (`ended_deal_party`).
            if roles.target.is_empty()
                && !roles.source.is_empty()
                && !mutual
                && !trig.noun
                && type_name == "SANCTION"
            {
                if let Some(ids) = self.ended_deal_party(hit, &roles.source) {
                    self.note(hit, "run:ended-deal-party");
                    roles.target = ids;
                }
            }
            // "banned all imports from Argentina", «запрет на ввоз … из США»: a ban on goods is aimed at
            // the state they come from (`import_origin`).
            if roles.target.is_empty()
                && !roles.source.is_empty()
                && !mutual
                && type_name == "SANCTION"
            {
                if let Some(ids) = self.import_origin(hit, &cr, &roles.source) {
                    self.note(hit, "run:import-origin");
                    roles.target = ids;
                } else if let Some(ids) = self.posted_state(hit, &cr, &roles.source) {
                    // "recalled its ambassador in Tokyo", "أغلقت سفارتها في دبلن": the state a mission
                    // of the doer's own is posted in (`posted_state`).
                    self.note(hit, "run:posted-state");
                    roles.target = ids;
                } else if let Some(ids) = (!trig.noun)
                    .then(|| self.pronoun_person(hit, &roles.source))
                    .flatten()
                {
                    // "Lula compared …, and Israel declared him persona non grata": the person the
                    // pronoun stands for (`pronoun_person`).
                    self.note(hit, "run:pronoun-person");
                    roles.target = ids;
                }
            }
            // "the Russian deputies walked out of the hall", «покинули зал заседаний»: a delegation that
            // leaves a body's sitting leaves the body (`walkout_body`).
            if roles.target.is_empty()
                && !roles.source.is_empty()
                && !mutual
                && (type_name == "SANCTION"
                    && matches!(
                        mode.as_deref(),
                        Some("withdraw" | "leave" | "discontinue")
                    )
                    || (type_name == "RETREAT"
                        && mode.as_deref() == Some("withdraw")
                        && !self.troops_leave(hit, &cr)))
                // (The leaver named in its own clause: "وعلّقت وفود أخرى مشاركتها في الاجتماع", other
                // delegations, is no act of the state of the clause before.)
                && self.actors.iter().any(|a| {
                    a.t0 >= cr.start
                        && a.t1 <= cr.end
                        && a.ids.iter().any(|id| roles.source.contains(id))
                })
            {
                if let Some(ids) = self.walkout_body(hit, &roles.source) {
                    self.note(hit, "run:walkout-body");
                    type_name = "SANCTION";
                    mode = Some("withdraw".to_string());
                    roles.target = ids;
                }
            }
            // "expelled two consuls in response to Kyiv's expulsion of …": an expulsion and the one it
            // answers are each aimed at the other's doer when their own words name no other side.
            if type_name == "SANCTION"
                && roles.target.is_empty()
                && !roles.source.is_empty()
                && !mutual
            {
                let answered = answered.get_or_init(|| self.answered_expulsions());
                if let Some(ids) = self.reciprocal_expeller(i, &roles.source, answered) {
                    roles.target = ids;
                }
            }
            // (An Arabic handover whose row ends in إلى, «سلّمت … المشتبه به … إلى», is aimed at the state it
            // names there: handed to a court or a prosecutor, «إلى النيابة», it is no act between states.)
            let handed_to = type_name == "RETREAT" && self.ar_handed_to(hit);
            if (NEEDS_TARGET.contains(&type_name) || handed_to)
                && roles.target.is_empty()
                && !mutual
                && !refusal_alone
                && !non_state_sites
            {
                // (Help that arrives takes the place it reached as the visit it was read as would: "landed
                // in New York".)
                let fallback_type = if help_arrival.is_some() {
                    "CONSULT"
                } else {
                    type_name
                };
                if let Some(ids) = self.fallback_target(
                    i,
                    hit,
                    fallback_type,
                    &cr,
                    &roles,
                    modality == Modality::Asserted,
                ) {
                    roles.target = ids;
                } else {
                    if AIMED_BY_CHARGE.contains(&type_name)
                        && !roles.source.is_empty()
                        && !(type_name == "REJECT" && may_meet)
                    {
                        unaimed.push(Pending::new(
                            i, kind, type_name, mode, context, roles, modality,
                        ));
                    } else if may_meet && !self.ar_other_subject(hit) {
                        pending.push(Pending::new(
                            i, kind, type_name, mode, context, roles, modality,
                        ));
                    }
                    self.note(hit, "run:no-target");
                    continue;
                }
            }
            if mutual && !reciprocal {
                mode = None;
            }
            // "left ECOWAS": leaving counts only when what is left is a bloc ("Putin left Beijing" is
            // no event).
            if mode.as_deref() == Some("leave") {
                let states =
                    !roles.target.is_empty() && roles.target.iter().all(|t| !is_bloc(self.ctx, t));
                if states && self.troops_leave(hit, &cr) {
                    // "The last French soldiers left Ivory Coast", «Последние военнослужащие покинули
                    // Казахстан», "غادر آخر جنودها منغوليا": troops leaving a state are a withdrawal
                    // (eval/README: foreign troops leaving a country are RETREAT), aimed at it.
                    type_name = "RETREAT";
                    mode = None;
                } else if (roles.target.is_empty()
                    || !roles.target.iter().all(|t| is_bloc(self.ctx, t)))
                    && self.drops(hit, "run:leave-not-bloc")
                {
                    continue;
                } else {
                    mode = Some("withdraw".to_string());
                }
            }
            // "пикетировали посольство США, протестуя против бомбардировок", "rallied in Tbilisi,
            // protesting against the law", "تظاهر الآلاف احتجاجاً على": a protest gerund after a protest
            // by the same side names what that protest was against; it is the same act, not a second.
            if type_name == "PROTEST"
                && {
                    let w = self.scan.text(hit.t0);
                    (self.ctx.lang == Lang::Ru && ru_gerund(w))
                        || (self.ctx.lang == Lang::En && w.ends_with("ing"))
                        || (self.ctx.lang == Lang::Ar && w == "احتجاجا")
                }
                && out.iter().any(|e| {
                    e.kind == "PROTEST"
                        && e.source.iter().any(|s| roles.source.contains(&s.as_str()))
                })
                && self.drops(hit, "run:protest-gerund-same")
            {
                continue;
            }
            // «объявила посла персоной нон грата и дала ему 72 часа на выезд», "expelled the envoy and
            // gave him two days to leave": the time given to leave, with a pronoun for the one expelled
            // (`en_object_pronoun`, `ru_object_pronoun`), after an expulsion of the same sides in the
            // sentence is that expulsion told again, not a second one.
            if type_name == "SANCTION"
                && mode.as_deref() == Some("expel")
                && hit.t0 + 1 < self.scan.toks.len()
                && {
                    let w = self.scan.text(hit.t0 + 1);
                    let words = &self.tables.words;
                    words.has(WordList::EnObjectPronoun, w)
                        || words.has(WordList::RuObjectPronoun, w)
                }
                && out.iter().any(|e| {
                    e.kind == "SANCTION"
                        && e.mode.as_deref() == Some("expel")
                        && e.source.len() == roles.source.len()
                        && e.source.iter().all(|s| roles.source.contains(&s.as_str()))
                        && e.target.len() == roles.target.len()
                        && e.target.iter().all(|t| roles.target.contains(&t.as_str()))
                })
                && self.drops(hit, "run:expulsion-told-twice")
            {
                continue;
            }
            // "أنهى بوتين زيارة إلى القاهرة، وقّع خلالها مع نظيره مذكرة تفاهم", "قادماً من جنوب أفريقيا حيث وقّع
            // مع الرئيس اتفاقاً": an Arabic signing verb with no subject of its own, in a clause that hangs
            // on the one before (after حيث, or with خلال and a pronoun for the visit right after it), has
            // signed with its مع partner for the subject of the sentence.
            if self.ctx.lang == Lang::Ar
                && type_name == "AGREE"
                && !trig.noun
                && !hit.conj
                && roles.named_parties
                && roles.source.len() + roles.target.len() == 1
                && self.signing_verb(hit)
                && ((hit.t0 > 0 && self.scan.text(hit.t0 - 1) == "حيث")
                    || (hit.t1 < self.scan.toks.len()
                        && matches!(self.scan.text(hit.t1), "خلالها" | "خلاله")))
                && !self
                    .groups(&cr)
                    .iter()
                    .any(|g| g.prep.is_none() && g.t1 <= hit.t0)
            {
                let partner: SmallVec<[&'a str; 4]> =
                    roles.source.iter().chain(&roles.target).copied().collect();
                let subject = self.sentence_subject(hit.t0, cr.end, &partner);
                if !subject.is_empty() {
                    roles.target.clear();
                    roles.source = partner.into_iter().chain(subject).collect();
                }
            }
            // "وقّعت مصر والسودان اتفاقاً لتنظيم التجارة إلى ليبيا", "Russia and Belarus signed a treaty
            // to deploy arms near Poland": a deal signed by two or more states named as its subject is
            // between them; a state its content names after it is what the deal is about, not a side
            // (eval/README: signing is symmetric, every party in `source`). A partner named by with or
            // between joins the signatories instead (`agree_counterpart`, `roles`).
            if type_name == "AGREE"
                && !trig.noun
                && !mutual
                && roles.source.len() >= 2
                && !roles.target.is_empty()
                && self.signing_verb(hit)
                && !self
                    .groups(&cr)
                    .iter()
                    .any(|g| g.t0 >= hit.t1 && matches!(g.prep, Some(Cue::With | Cue::Between)))
            {
                roles.target.clear();
            }
            // "Kazakhstan's nuclear company signed a contract with a unit of Rosatom", «Узбекистан подписал
            // с «Газпромом» соглашение», «وقّعت الجزائر مع شركة غازبروم مذكرة تفاهم»: a signing verb that found
            // one signatory as its source and the other side as its target (after with/с/مع, or a company
            // joined to it) signs one deal of both, every party in `source` (eval/README: `X and Y signed`,
            // `signed a deal with` are symmetric). Not joining a bloc («подписала договор о присоединении к
            // ЕАЭС», "signed up to NATO's Partnership for Peace"): the bloc is what is joined, the target.
            if type_name == "AGREE"
                && !mutual
                && roles.source.len() == 1
                && !roles.target.is_empty()
                && self.signing_verb(hit)
                && !(hit.t1 < self.scan.toks.len() && self.scan.text(hit.t1) == "up")
                && !roles.target.iter().any(|t| is_bloc(self.ctx, t))
            {
                let target = std::mem::take(&mut roles.target);
                roles.source.extend(target);
            }
            // An agreement verb that found one side only: the other is in its content or the agreement
            // before (`agree_counterpart`).
            if type_name == "AGREE"
                && !trig.noun
                && roles.source.len() == 1
                && roles.target.is_empty()
                && !roles.named_parties
                && !mutual
            {
                let asserted = modality == Modality::Asserted && !self.negated(i);
                self.agree_counterpart(hit, &cr, &out, &mut roles, asserted);
            }
            // (An agreement still with one side may take the other from the act it is joined to.)
            let agree_one = type_name == "AGREE"
                && roles.source.len() + roles.target.len() == 1
                && !roles.named_parties
                && !mutual;
            // "Путин прибыл в Астану. Переговоры с Токаевым прошли в Акорде.": talks that open a Russian
            // sentence with one partner named are held by whoever led the sentence before.
            if self.ctx.lang == Lang::Ru
                && type_name == "CONSULT"
                && trig.noun
                && hit.t0 <= 1
                && roles.source.len() + roles.target.len() == 1
            {
                self.add_leads(&self.memory.lead, &mut roles, true);
            }
            // «عرضت السعودية أن تتوسط بين العراق وإيران», «أعلنت قطر أن وساطتها بين موسكو وكييف …»: an Arabic
            // mediation between two sides (its row ends in بين) whose mediator is named by no subject of its
            // own — a verb under أن, a noun with a possessive — is mediated by the subject that opens the
            // sentence, a party of it like the two sides.
            if self.ctx.lang == Lang::Ar
                && type_name == "CONSULT"
                && hit.t1 > hit.t0 + 1
                && self.scan.text(hit.t1 - 1) == "بين"
            {
                self.ar_mediator(hit, &mut roles);
            }
            // "held talks in the Kremlin", «провёл переговоры в Кремле», "أجرى محادثات في الكرملين": talks
            // with one party named, held in a seat of power of another state (not a city: "talks in
            // Moscow" name a venue), are held with that state, the host.
            if type_name == "CONSULT" && roles.source.len() + roles.target.len() == 1 {
                // (Talks are symmetric, all their parties sources; a visit's host is its target.)
                // (And the land of another state, since the Session-45 ruling: "held talks in
                // Pretoria with his counterpart", `placed_host`; `talks_at_host` then makes them the
                // visit.)
                let host = self
                    .seat_of_power_host(&cr, &roles)
                    .or_else(|| self.placed_host(hit, &cr, &roles, mode.as_deref()));
                if let Some(id) = host {
                    if mode.as_deref() == Some("visit") || !roles.target.is_empty() {
                        roles.target.push(id);
                    } else {
                        roles.source.push(id);
                    }
                }
            }
            let parties = roles.source.len() + roles.target.len();
            // Cooperation and consultation take two: "Russia sold crude" or "Putin held talks" alone
            // names no partner, and the dev set shows such sentences are background, not events. A bloc
            // meeting ("the G7 leaders met") is many parties in one name.
            // (A meeting only: a bloc named alone beside a verb of cooperation — "the New Development Bank
            // sold bonds", "a member that cooperates with NATO" with its subject missed — names no partner.)
            let one_bloc = parties == 1
                && type_name == "CONSULT"
                && roles.source.iter().all(|s| is_bloc(self.ctx, s))
                && !matches!(mode.as_deref(), Some("visit"));
            if matches!(type_name, "COOPERATE" | "CONSULT") && parties < 2 && !one_bloc {
                if may_meet && parties == 1 {
                    let sym = self.symmetric_act(hit, type_name, mode.as_deref());
                    pending.push(
                        Pending::new(i, kind, type_name, mode, context, roles, modality)
                            .symmetric(sym),
                    );
                }
                self.note(hit, "run:one-party");
                continue;
            }
            // A summit is an event when it names its parties ("the EU's first summit with the GCC"),
            // not when it names its place ("the Astana summit").
            if trig.noun
                && mode.as_deref() == Some("multilateral")
                && !roles.named_parties
                && self.drops(hit, "run:summit-noun-unnamed")
            {
                continue;
            }
            // "held talks in Pretoria, his second visit to Africa this year", «это его второй визит в
            // Африку за год», "his first trip to an EU state as president": a visit noun aimed at no state — a region, a collective, a bloc standing for one
            // of its members — by a doer whose visit or talks with a state were coded in this sentence or
            // the two before places that visit in a wider area; it restates it and is no event of its own
            // (`restated_visit`).
            if trig.noun
                && type_name == "CONSULT"
                && mode.as_deref() == Some("visit")
                && self.restated_visit(&roles, &out)
                && self.drops(hit, "run:restated-visit")
            {
                continue;
            }
            if trig.noun {
                // A nominalisation names an event only with both sides ("Russian sanctions on Iran",
                // "talks between Moscow and Tehran"); alone ("EU sanctions need unanimity", "the BRICS
                // summit") it is a topic, not a happening. A withdrawal needs no counterpart.
                let sides = match type_name {
                    // (A clash names both sides as its parties: "столкновения между X и Y". A Russian
                    // clash noun that found fewer — «столкновения с полицией в Тбилиси» — names no clash
                    // between states.)
                    _ if mutual => true,
                    _ if self.ctx.lang == Lang::Ru && mode.as_deref() == Some("mutual") => false,
                    "AGREE" | "CONSULT" | "COOPERATE" => parties >= 2,
                    // "protests in Tbilisi", «в Киеве начались протесты», "بعد أسابيع من الاحتجاجات":
                    // protests aimed at no one named are an event only when the protesters are named
                    // with them (a subject, a demonym, "by"), not as the place they happened in or a
                    // state named elsewhere in the clause.
                    "PROTEST" if roles.target.is_empty() => self.groups(&cr).iter().any(|g| {
                        matches!(g.prep, None | Some(Cue::By))
                            // (A trigger may end in the place's preposition: "landed in Tbilisi".)
                            && !(g.t0 > 0
                                && matches!(self.scan.text(g.t0 - 1), "in" | "at" | "в" | "во"))
                            && g.members.iter().any(|&m| {
                                self.actors[m]
                                    .ids
                                    .iter()
                                    .any(|id| roles.source.contains(id))
                            })
                    }),
                    "RETREAT" | "MOBILIZE" | "PROTEST" => true,
                    _ => !roles.target.is_empty(),
                };
                if !sides {
                    if may_meet && parties >= 1 {
                        let sym = self.symmetric_act(hit, type_name, mode.as_deref());
                        pending.push(
                            Pending::new(i, kind, type_name, mode, context, roles, modality)
                                .symmetric(sym),
                        );
                    }
                    self.note(hit, "run:noun-one-side");
                    continue;
                }
            }
            // "French troops left the country", «американские военные покинули базу», غادرت القوات البلاد:
            // a withdrawal from a place named only as "the country", "the base" leaves the state the story
            // put that place in.
            if type_name == "RETREAT"
                && roles.target.is_empty()
                && !mutual
                && roles.source.len() == 1
                && self.anaphoric_place(hit)
            {
                if let Some(id) = self.place_state(hit, &roles.source) {
                    roles.target.push(id);
                }
            }
            // «بعد خروج جورجيا منها»: an Arabic withdrawal from a pronoun that stands for a bloc leaves it.
            if type_name == "RETREAT"
                && roles.target.is_empty()
                && !mutual
                && mode.as_deref() == Some("withdraw")
                && !self.clause_topic(&cr, &["military", "arms"])
            {
                if let Some(bloc) = self.ar_bloc_left_by_pronoun(hit, cr.end, &roles.source) {
                    roles.target.push(bloc);
                }
            }
            // Leaving a bloc is breaking with it (PLOVER: SANCTION), not a military withdrawal.
            if type_name == "RETREAT"
                && ((!roles.target.is_empty() && roles.target.iter().all(|t| is_bloc(self.ctx, t)))
                    || (self.ctx.lang == Lang::Ar && self.ar_leaves_pact(hit, cr.end)))
            {
                type_name = "SANCTION";
                mode = Some("withdraw".to_string());
            }
            // "Bangladesh and Bhutan withdrew the next day", "pulled out of the visa-free exchanges",
            // "انسحبت منها": a withdrawal aimed at no state and naming nothing military leaves a summit, a
            // deal or a body (with no party to code it against), not a place its forces held.
            if type_name == "RETREAT"
                && roles.target.is_empty()
                && !mutual
                && mode.as_deref() == Some("withdraw")
                && !self.clause_topic(&cr, &["military", "arms"])
                && self.drops(hit, "run:withdraw-no-target")
            {
                continue;
            }
            // The learned type model, when one is loaded (off by default: the rules decide).
            match self.model_verdict(
                i,
                hit,
                trig,
                ci,
                type_name,
                mode.as_deref(),
                &roles,
                modality.as_str(),
            ) {
                model::Verdict::Keep => {}
                model::Verdict::Drop => continue,
                model::Verdict::Retype(t) => {
                    // A new type takes its defaults from types.csv: no mode, no context.
                    type_name = t;
                    mode = None;
                    context.clear();
                }
            }
            // «وافقت روسيا على رفع الحظر عن الخضراوات الآتية من الاتحاد الأوروبي»: an Arabic pledge or consent
            // that found its doer alone is made to the side its content names (`ar_pledge_beneficiary`).
            if agree_one
                && modality == Modality::Asserted
                && roles.target.is_empty()
                && !self.negated(i)
            {
                if let Some(ids) = self.ar_pledge_beneficiary(hit, &roles) {
                    roles.target = ids;
                }
            }
            // "Luanda agreed to repay it", "Japan pledged $1 million in aid", «Грузия ратифицировала
            // соглашение», «ووقّع الرئيس الإيراني الاتفاق»: an agreement or pledge that found one party
            // alone did not say with or to whom — an agreement takes two. It is judged once, on the coded
            // record, by the one test of it (`events::lone_state`, `lone_party`; session 47 — before, this
            // stage dropped it with a test of its own, `run:agree-one-state`, and the record's disagreed), after
            // the meeting or visit it belongs to may have completed it: a meeting of the sentence (below,
            // pending) or the two-sided visit told just before ("He and Alan García signed agreements" after
            // the visit to Peru, `events::meeting_partner`). An Arabic or Russian one that names its
            // partner after مع or с — a partner the lexicon does not know as an actor, «وقّعت إثيوبيا مذكرة مع
            // أرض الصومال» — did say with whom, and stays one-sided (`Coder::partner_named`); the with is the
            // first after the trigger in its clause, with no topic phrase before it («соглашения о борьбе с
            // наркоторговлей» names what was agreed, not with whom).
            if agree_one
                && self.ctx.lang != Lang::En
                && super::lone_state(
                    self.ctx,
                    type_name,
                    roles.source.iter().copied(),
                    roles.target.is_empty(),
                    modality == Modality::Asserted,
                    self.negated(i),
                )
                && (hit.t1..cr.end)
                    .find(|&t| self.scan.has_cue(t, t + 1, |c| c == Cue::With))
                    .is_some_and(|w| !self.scan.has_cue(hit.t1, w, |c| c == Cue::About))
            {
                let t = &self.scan.toks;
                self.partner_named
                    .borrow_mut()
                    .push(self.ctx.text[t[hit.t0].orig_start..t[hit.t1 - 1].orig_end].to_string());
            }
            if agree_one && may_meet {
                // (A signing a visit ended in is the visit's two sides', as below.)
                let sym =
                    self.symmetric_act(hit, type_name, None) || self.ar_ended_in(hit, cr.start);
                pending.push(
                    Pending::new(i, kind, type_name, mode, context, roles, modality)
                        .symmetric(sym)
                        .or_one_sided(),
                );
                self.note(hit, "run:agree-one-pending");
                continue;
            }
            // «أعلنت الولايات المتحدة استئناف العلاقات الدبلوماسية مع ليبيا»: ties restored or established
            // by one state as subject with another named by مع are that state's COOPERATE aimed at the
            // other (eval/README, session-29 readings (a)); two states named together stay one joint act.
            if self.ctx.lang == Lang::Ar
                && type_name == "COOPERATE"
                && !mutual
                && roles.target.is_empty()
                && roles.source.len() == 2
                && context.iter().any(|c| c == "diplomatic")
            {
                let groups = self.groups(&cr);
                let partner: Ids<'a> = groups
                    .iter()
                    .filter(|g| g.t0 >= hit.t1 && g.prep == Some(Cue::With))
                    .flat_map(|g| self.group_ids(&g.members))
                    .filter(|id| roles.source.contains(id))
                    .collect();
                if partner.len() == 1 {
                    roles.source.retain(|id| !partner.contains(id));
                    roles.target = partner;
                }
            }
            // «تكللت زيارة أردوغان إلى موسكو بتوقيع اتفاق», «اختتم وزير الخارجية زيارته إلى القاهرة بتوقيع
            // مذكرة تفاهم»: a signing a visit or talks ended in is signed by both their sides (eval/README:
            // a visit on which a deal is signed gives the symmetric AGREE), not by the visitor for the host.
            if type_name == "AGREE"
                && trig.noun
                && !roles.source.is_empty()
                && !roles.target.is_empty()
                && self.ar_ended_in(hit, cr.start)
            {
                let target = std::mem::take(&mut roles.target);
                roles.source.extend(target);
            }
            // "Russian and Chinese warships began the Joint Sea drills", «начались учения России, Китая и
            // ЮАР»: an exercise noun whose parties are two states or more is their joint exercise, military
            // COOPERATE among them (eval/README: joint exercises are military cooperation); one whose party
            // took part in a joint exercise coded in this sentence or the two before ("…, with seven Chinese
            // vessels taking part in the drills", «В них участвует крейсер …») is that exercise told again.
            if type_name == "MOBILIZE" && trig.noun && self.exercise_noun(hit) {
                let mut states: Ids<'a> = SmallVec::new();
                push_distinct(
                    &mut states,
                    roles
                        .source
                        .iter()
                        .chain(&roles.target)
                        .copied()
                        .filter(|&id| is_state(self.ctx, id)),
                );
                if states.len() >= 2 {
                    type_name = "COOPERATE";
                    kind = data::type_index(type_name).unwrap_or(kind);
                    mode = Some("military".to_string());
                    context = vec!["military".to_string()];
                    roles.source = states;
                    roles.target.clear();
                } else if self.recent_events(&out).any(|e| {
                    e.kind == "COOPERATE"
                        && e.mode.as_deref() == Some("military")
                        && super::parties(e)
                            .iter()
                            .any(|p| roles.source.contains(p) || roles.target.contains(p))
                }) && self.drops(hit, "run:exercise-retold")
                {
                    continue;
                }
            }
            self.visit_to_venue(i, type_name, mode.as_deref(), &mut roles);
            self.visit_to_placed_host(i, type_name, mode.as_deref(), &mut roles);
            let talks_host = self.talks_at_host(i, type_name, &out, &mut roles);
            // ("would not object to", «не будет возражать», «لن تعترض على»: a waived objection is the
            // objector's concession, `waived_objection`.)
            let waived = type_name == "REJECT" && self.waived_objection(hit) && self.negated(i);
            if waived {
                type_name = "CONCEDE";
                mode = None;
                if modality == Modality::Expected {
                    modality = Modality::Asserted;
                }
            }
            let mut ev = self.event_rec(
                i,
                kind,
                type_name,
                mode,
                context,
                &roles,
                modality,
                reported_by,
                &out,
            );
            if let Some(date) = aid_date {
                ev.date = date;
            }
            if waived {
                ev.negated = false;
            }
            // «… подписали меморандум. Документ подписали министры обороны двух стран.»: the signing of
            // the sentence before told again (`ru_retold_signing`).
            if !trig.noun
                && self.ru_retold_signing(hit, cr.start, &ev)
                && self.drops(hit, "run:ru-retold-signing")
            {
                continue;
            }
            // "… held talks with Lula in Brasilia. At the talks Lula said …", «После встречи Буш
            // похвалил …», "وقال أردوغان بعد اللقاء …": the meeting of a sentence before told again as the
            // occasion of this one's act (`meeting_retold`).
            if self.meeting_retold(hit, trig, &ev) && self.drops(hit, "run:meeting-retold") {
                continue;
            }
            // "China and Taiwan were admitted to APEC at its ministerial meeting in Seoul", «Кабулу место
            // наблюдателя досталось, когда лидеры собрались в Пекине», "منحت المنظمة إسبانيا صفة مراقب خلال
            // اجتماعه": a meeting that is only the occasion of a status given or taken (`status_occasion`).
            if self.status_occasion(hit, trig) && self.drops(hit, "run:status-occasion") {
                continue;
            }
            // «Россия отказалась поддержать предложение ОПЕК», "Myanmar refused to sign the communique": the
            // act a refusal governs right after it is what was refused, told by the refusal's REJECT; it is
            // no negated act of its own (`refused_infinitive`).
            if ev.negated && self.refused_infinitive(i) && self.drops(hit, "run:refused-act") {
                continue;
            }
            // "اعتقلت السلطات الإيرانية مدرّسين فرنسيين بتهمة التجسس": an Arabic arrest "on charges of"
            // also charges the foreign nationals, an ACCUSE aimed at their state beside the COERCE
            // (eval/README, session-5 choices).
            let charged = self.ctx.lang == Lang::Ar
                && ev.kind == "COERCE"
                && !ev.target.is_empty()
                && (hit.t1..cr.end).any(|t| {
                    matches!(
                        self.scan.text(t).trim_start_matches('و'),
                        "بتهمه" | "بتهم" | "بتهمتي"
                    )
                });
            let charge = charged.then(|| {
                let k = data::type_index("ACCUSE").unwrap_or(kind);
                EventRec {
                    kind: "ACCUSE".to_string(),
                    mode: None,
                    context: vec!["diplomatic".to_string()],
                    score: self.tables.info(k, None).map_or(0.0, |i| i.score),
                    ..ev.clone()
                }
            });
            // "Obama expelled 35 Russian diplomats and shut two Russian compounds": a verb after
            // and/и/و is an act of its own (`second_act`).
            let second_act = self.second_act(i, hit, trig, type_name, &verb_starts)
                || self.ar_joined_measure(i).is_some();
            if !trig.noun {
                verb_starts.push(hit.t0);
            }
            if ev.kind == "THREATEN" {
                self.threat_told_twice(i, &mut ev, &coded, &mut out);
            }
            let idx = if second_act && out.iter().any(|e| same_event(e, &ev)) {
                out.push(ev);
                out.len() - 1
            } else {
                merge(&mut out, ev)
            };
            coded.push(Coded { idx, live: i });
            if let Some(host) = talks_host {
                deferred_talks.push((i, host));
            }
            self.note(hit, "coded");
            if let Some(c) = charge {
                merge(&mut out, c);
            }
        }
        if !pending.is_empty() {
            self.complete_pending(pending, &coded, reported_by, &mut out);
        }
        if !unaimed.is_empty() {
            self.aim_from_charge(unaimed, reported_by, &mut out);
        }
        // (After the triggers set aside are completed: a visit noun completed there is the visit told
        // beside the talks.)
        if !deferred_talks.is_empty() {
            self.talks_at_host_deferred(&deferred_talks, &coded, &mut out);
        }
        if self.ctx.lang == Lang::Ar && !out.is_empty() {
            self.ar_follow_suit(&mut out);
        }
        // (Talks told as what led to a deal of the sentence: `talks_led_to_deal`. An event is dropped
        // only when every trigger coded into it is such talks.)
        let led = |c: &Coded| {
            let l = &self.live[c.live];
            c.idx < out.len() && self.talks_led_to_deal(&l.hit, l.trig, &out[c.idx], &out)
        };
        if coded.iter().any(led) {
            let mut gone: SmallVec<[usize; 2]> = coded
                .iter()
                .filter(|c| led(c))
                .map(|c| c.idx)
                .filter(|&idx| coded.iter().filter(|c| c.idx == idx).all(led))
                .collect();
            gone.sort_unstable();
            gone.dedup();
            for &idx in gone.iter().rev() {
                if let Some(c) = coded.iter().find(|c| c.idx == idx) {
                    if self.drops(&self.live[c.live].hit, "run:talks-led-to-deal") {
                        out.remove(idx);
                    }
                }
            }
        }
        // "The BRICS leaders gathered for a summit hosted by Russia": a meeting counted with fewer
        // parties than the same meeting elsewhere in the sentence is that meeting. (It takes two events;
        // most sentences have fewer, and skip the snapshot.)
        if out.len() < 2 {
            return out;
        }
        // (A complaint lodged with a body beside the accusation it carries: `complaint_to_forum`.)
        self.complaint_to_forum(&mut out);
        // (The snapshot borrows the events' strings; which events are covered is decided before any
        // is dropped.)
        let covered: Vec<bool> = {
            let snapshot: Vec<(&str, Ids<'_>, bool, &str, bool, bool)> = out
                .iter()
                .map(|e| {
                    (
                        e.kind.as_str(),
                        parties(e),
                        e.negated,
                        e.modality.as_str(),
                        e.target.is_empty(),
                        e.mode.as_deref() == Some("phone"),
                    )
                })
                .collect();
            // ("تلقى أمير قطر اتصالاً هاتفياً من شريف بحث خلاله …": the talks told of a call received,
            // between the same two, are that call, one way.)
            snapshot
                .iter()
                .map(|(kind, ps, neg, modality, sym, _)| {
                    *sym && *kind == "CONSULT"
                        && snapshot.iter().any(|(k2, p2, n2, m2, s2, phone2)| {
                            k2 == kind
                                && n2 == neg
                                && m2 == modality
                                && ((*s2 && p2.len() > ps.len())
                                    || (!*s2 && *phone2 && p2.len() == ps.len()))
                                && ps.iter().all(|p| p2.contains(p))
                        })
                })
                .collect()
        };
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            !covered[k - 1]
        });
        out
    }

    /// "Iran lodged a complaint with the UN Security Council, accusing Israel of …", «Иран подал жалобу в
    /// Совбез ООН, обвинив Израиль …», «تقدمت إيران بشكوى إلى مجلس الأمن، متهمة إسرائيل …»: a complaint
    /// (`complaint_stem`) aimed only at blocs or bodies, told beside an accusation of a state by the same
    /// side in its sentence, is that accusation: the body is where it was lodged, not whom it is against.
    fn complaint_to_forum(&self, out: &mut Vec<EventRec>) {
        let words = &self.tables.words;
        let complaint = |e: &EventRec| {
            normalize(&e.trigger).split_whitespace().any(|w| {
                words.has_stem_of(
                    WordList::ComplaintStem,
                    w.trim_start_matches(['و', 'ف', 'ب', 'ل']),
                )
            })
        };
        let states =
            |ids: &[String]| !ids.is_empty() && ids.iter().all(|id| !is_bloc(self.ctx, id));
        let gone: SmallVec<[bool; 4]> = out
            .iter()
            .map(|e| {
                matches!(e.kind.as_str(), "ACCUSE" | "PROTEST")
                    && !e.target.is_empty()
                    && e.target.iter().all(|id| is_bloc(self.ctx, id))
                    && complaint(e)
                    && out.iter().any(|o| {
                        o.kind == "ACCUSE"
                            && o.source == e.source
                            && o.negated == e.negated
                            && states(&o.target)
                    })
            })
            .collect();
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
    }

    /// Whether REJECT trigger `hit` is a verb of objecting that a negation waives ("Russia would not
    /// object to Poland joining NATO", «Турция не будет возражать против вступления Швеции», «أعلنت
    /// تركيا أنها لن تعترض على انضمام السويد»; `waived_objection` words: not the past "objected",
    /// «возражала»). Negated, it is the objector's CONCEDE aimed at the one it would have stopped, and
    /// the saying is the concession, so a future makes it no less asserted (`Coder::run`).
    fn waived_objection(&self, hit: &Hit) -> bool {
        self.tables
            .words
            .has(WordList::WaivedObjection, self.scan.text(hit.t0))
    }

    /// «Если Литва закроет транзит, Россия ответит зеркально, предупредил в понедельник Песков», «إذا
    /// أغلقت ليتوانيا العبور فإن روسيا سترد بالمثل، حذر بيسكوف يوم الاثنين», «فحذّر ريابكوف اليوم الأحد من
    /// أن موسكو سترد»: the response a threat announces and the warning that tells it are one threat
    /// (English reads them as one already). Their clauses date them apart when only one of the two writes
    /// a date (the other took the document's, or an earlier clause's): that date is the threat's, and the
    /// two merge. Two threats of the same parties that both write a date, or neither, stay as they are.
    fn threat_told_twice(
        &self,
        i: usize,
        ev: &mut EventRec,
        coded: &[Coded],
        out: &mut [EventRec],
    ) {
        let own = |j: usize| self.writes_own_date(self.live[j].clause);
        let Some(c) = coded.iter().find(|c| {
            out.get(c.idx)
                .is_some_and(|e| e.date != ev.date && same_but_date(e, ev))
        }) else {
            return;
        };
        match (own(c.live), own(i)) {
            (false, true) => out[c.idx].date.clone_from(&ev.date),
            (true, false) => ev.date.clone_from(&out[c.idx].date),
            _ => {}
        }
    }
}

/// The same event: kind, sources and targets in any order, negation, modality and date.
/// (Acts on two different dates are two events: "suspended on 25 February, and on 16 March
/// expelled".) Compared in place: the lists are short, and copying them to sort cost more.
fn same_event(e: &EventRec, ev: &EventRec) -> bool {
    e.date == ev.date && same_but_date(e, ev)
}

/// The same event but perhaps for its date: kind, sources and targets in any order, negation and
/// modality.
fn same_but_date(e: &EventRec, ev: &EventRec) -> bool {
    let same_items = |a: &[String], b: &[String]| {
        a.len() == b.len()
            && a.iter().all(|x| {
                a.iter().filter(|y| *y == x).count() == b.iter().filter(|y| *y == x).count()
            })
    };
    e.kind == ev.kind
        && e.negated == ev.negated
        && e.modality == ev.modality
        && same_items(&e.source, &ev.source)
        && same_items(&e.target, &ev.target)
}

impl<'a> Coder<'_, 'a> {
    /// The id `s` as one of this sentence's actors holds it (an id of an event coded before), if one does.
    pub(super) fn named_id(&self, s: &str) -> Option<&'a str> {
        self.actors
            .iter()
            .flat_map(|a| a.ids.iter().copied())
            .find(|id| *id == s)
    }

    /// Whether coded event `e` was told before token `t`: in an earlier sentence, or before `t` in this one.
    pub(super) fn told_before(&self, e: &EventRec, t: usize) -> bool {
        e.sentence[0] != self.ctx.range.start
            || self
                .ctx
                .text
                .find(e.trigger.as_str())
                .is_some_and(|o| o < self.scan.toks[t].orig_start)
    }

    /// Whether an event of this sentence (`out`) by one of `doers`, of type `kind` if one is given, is
    /// told after token `t`: an echo at `t` spelled out by a verb of its own.
    pub(super) fn spelled_after(
        &self,
        out: &[EventRec],
        doers: &[String],
        t: usize,
        kind: Option<&str>,
    ) -> bool {
        out.iter().any(|e| {
            kind.is_none_or(|k| e.kind == k)
                && e.source.iter().any(|p| doers.contains(p))
                && self
                    .ctx
                    .text
                    .find(e.trigger.as_str())
                    .is_some_and(|o| o > self.scan.toks[t].orig_start)
        })
    }

    /// The act an echo at token `t` by `doers` tells again (`ru_echoed_acts`, `ar_echoed_acts`), coded with
    /// its new doers and asserted: for an answer in kind (`answer`), the latest deed of this sentence
    /// (`out`) or the two before aimed at the doers and not by them, its roles turned; for following suit,
    /// the latest deed by others that the doers took no part in, the followers its doers (in a symmetric
    /// act, in place of the first party). A deed is answered or followed in kind, not the words said
    /// about it.
    pub(super) fn echoed_deed(
        &self,
        out: &[EventRec],
        doers: Vec<String>,
        answer: bool,
        t: usize,
    ) -> Option<EventRec> {
        let theirs = |e: &EventRec| {
            doers
                .iter()
                .any(|id| e.source.iter().chain(&e.target).any(|p| p == id))
        };
        let prior = self.recent_events(out).find(|e| {
            is_act(e)
                && !WORD_TYPES.contains(&e.kind.as_str())
                && self.told_before(e, t)
                && if answer {
                    e.target.iter().any(|p| doers.contains(p))
                        && !e.source.iter().any(|p| doers.contains(p))
                } else {
                    !theirs(e)
                }
        })?;
        let mut ev = prior.clone();
        if answer {
            ev.target = prior.source.clone();
            ev.source = doers;
        } else if ev.target.is_empty() {
            ev.source.splice(0..1, doers);
        } else {
            ev.source = doers;
        }
        ev.modality = "asserted".to_string();
        Some(ev)
    }

    /// Echo `ev` told by tokens `w0..=w1` at token `t`, its doers `run`: this sentence's words and date.
    pub(super) fn stamp_echo(
        &self,
        mut ev: EventRec,
        run: &[&Actor<'_>],
        w0: usize,
        w1: usize,
        t: usize,
    ) -> EventRec {
        let toks = &self.scan.toks;
        ev.sentence = [self.ctx.range.start, self.ctx.range.end];
        ev.text = self.ctx.text.to_string();
        ev.trigger = self.ctx.text[toks[w0].orig_start..toks[w1].orig_end].to_string();
        ev.date = self.date_from(self.clause_of(t), t);
        ev.actors = run
            .iter()
            .filter_map(|a| a.who.map(str::to_string))
            .collect();
        ev
    }
}

/// Adds `ev` unless the sentence already has the same event (same type, parties, polarity and modality):
/// "signed an agreement" is one AGREE, not two.
pub(super) fn merge(out: &mut Vec<EventRec>, ev: EventRec) -> usize {
    if let Some(k) = out.iter().position(|e| same_event(e, &ev)) {
        let prev = &mut out[k];
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
        return k;
    }
    out.push(ev);
    out.len() - 1
}

/// How many words at most stand between an English or Russian body of a state and the verb it is the
/// subject of (`Coder::state_body_doer`): its adjectives and a date ("the ministry on Monday summoned").
const STATE_BODY_REACH: usize = 4;
