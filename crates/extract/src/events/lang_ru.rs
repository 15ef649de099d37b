//! Russian-specific rules of the coder: case endings (oblique, instrumental), infinitives, gerunds and
//! participles, fronted and light-verb subjects, parentheticals, reported sources and object pronouns.

use std::ops::Range;

use blocwatch_text::Lang;
use smallvec::SmallVec;

use super::actors::{mention_tokens, Actor};
use super::clauses::{is_comma, Boundary};
use super::data::{Cue, Trigger, WordList, WordLists, TYPES};
use super::roles::is_prep;
use super::roles::push_distinct;
use super::scan::Hit;
use super::subject::SECOND_ACT_RU;
use super::{Coder, Group, Ids};
use crate::record::EventRec;

/// Whether `w` has more than `k` chars (`w.chars().count() > k`), decided by its length in bytes where
/// that can (a char is one to four bytes), else by counting its chars only up to the `k + 1`st: the word
/// tests below run on most Russian words of a sentence, and the general count was a call per word.
#[inline]
pub(super) fn more_chars(w: &str, k: usize) -> bool {
    if w.len() <= k {
        return false;
    }
    if w.len() > 4 * k {
        return true;
    }
    let mut n = 0;
    for &b in w.as_bytes() {
        // (Every byte but a continuation byte, 0b10xx_xxxx, starts a char.)
        n += usize::from(b & 0xC0 != 0x80);
        if n > k {
            return true;
        }
    }
    false
}

impl Coder<'_, '_> {
    /// The two sides a Russian clash noun at `t0..t1` names right beside it, in clause range `cr`: a list
    /// of two or more after it in "между" or in the genitive («бои между Таджикистаном и Киргизией»,
    /// «столкновения Таиланда и Камбоджи»), or of adjectives before it, at most one word apart
    /// («азербайджано-армянские пограничные столкновения»). Those are the clash's parties whoever the
    /// clause's subject is.
    pub(super) fn ru_clash_sides(
        &self,
        cr: &Range<usize>,
        t0: usize,
        t1: usize,
    ) -> Option<SmallVec<[usize; 4]>> {
        let between = t1 < cr.end && self.scan.text(t1) == "между";
        self.groups(cr)
            .iter()
            .find(|g| {
                g.members.len() >= 2
                    && ((g.t0 == t1 && matches!(g.prep, None | Some(Cue::Between)))
                        || (between && g.t0 == t1 + 1)
                        || (g.t1 <= t0
                            && t0 - g.t1 <= 1
                            && g.members.iter().all(|&m| self.actors[m].adjective)))
            })
            .map(|g| g.members.clone())
    }

    /// The subject of a Russian gerund at token `t` of clause `ci`: the first bare group of the clause
    /// before, else the first after the comma that closes the gerund phrase (a phrase that opens the
    /// sentence).
    pub(super) fn ru_gerund_subject(&self, ci: usize, t: usize) -> Option<Group> {
        // (Not the state of an embassy: "Протестующие собрались у посольства Франции, требуя …".)
        // (Nor a fronted object in an oblique case: «Двум греческим дипломатам Москва велела покинуть
        // Россию, …, назвав …» — Moscow names.)
        let first_bare = |r: Range<usize>| {
            let gs = self.groups(&r);
            gs.iter()
                .find(|g| {
                    g.prep.is_none()
                        && !self.ru_object_case(g, self.clause_of(g.t0))
                        && !(g.t0 > 0 && {
                            let w = self.scan.text(g.t0 - 1);
                            w.starts_with("посольств") || w.starts_with("консульств")
                        })
                })
                .cloned()
        };
        let n = self.scan.toks.len();
        (ci.saturating_sub(2)..ci)
            .rev()
            .find_map(|k| first_bare(self.clauses[k].range.clone()))
            .or_else(|| {
                let comma =
                    (t..n).find(|&k| !self.scan.toks[k].word && is_comma(self.scan.text(k)))?;
                first_bare(comma + 1..n)
            })
    }

    /// Whether a Russian personal pronoun (его, её, их, ему, ей, им) stands right after the verb of
    /// trigger `hit` ("обвинив его в …", "пригрозила им санкциями"): a party named before, not an act.
    pub(super) fn ru_object_pronoun(&self, hit: &Hit) -> bool {
        let t = hit.t0 + 1;
        t < self.scan.toks.len()
            && matches!(
                self.scan.text(t),
                "его" | "ее" | "её" | "их" | "ему" | "ей" | "им"
            )
    }

    /// Whether the Russian «его», «её» or «их» at `t` is a possessive before its noun («выслал её посла»,
    /// «закрыла их консульство»), not the verb's object («обязал их покинуть», «выслал их из страны»): a
    /// word follows it that is no infinitive, preposition, conjunction or negation.
    pub(super) fn ru_possessive_pronoun(&self, t: usize) -> bool {
        let toks = &self.scan.toks;
        t + 1 < toks.len()
            && matches!(self.scan.text(t), "его" | "её" | "ее" | "их")
            && toks[t + 1].word
            && {
                let w = self.scan.text(t + 1);
                !ru_infinitive(w)
                    && !matches!(
                        w,
                        "в" | "во"
                            | "на"
                            | "из"
                            | "с"
                            | "со"
                            | "к"
                            | "по"
                            | "за"
                            | "от"
                            | "до"
                            | "о"
                            | "об"
                            | "для"
                            | "у"
                            | "и"
                            | "а"
                            | "но"
                            | "не"
                            | "что"
                            | "чтобы"
                            | "как"
                    )
            }
    }

    /// A Russian anaphoric object right after the verb ("осудил атаку", "назвал это решение
    /// несправедливым", "приветствовал этот шаг", "назвал это давлением"): the act of the sentence before.
    pub(super) fn ru_anaphoric_act(&self, hit: &Hit) -> bool {
        self.ctx.lang == Lang::Ru
            && (self.act_pronoun_in_gap(hit, &["это", "эти", "такое"])
                || self.ru_act_object(hit).is_some())
    }

    /// «Токио заявил решительный протест.», «МИД выразил протест официально»: a Russian verb of protest
    /// whose clause ends after it (an adverb aside) reacts to the act before, as the English bare
    /// reaction does (`en_bare_reaction`). Not a crowd: «грузинские студенты протестовали» is a
    /// demonstration of their own.
    pub(super) fn ru_bare_reaction(&self, hit: &Hit, cr: &Range<usize>) -> bool {
        if self.ctx.lang != Lang::Ru {
            return false;
        }
        let end = cr.end.min(self.scan.toks.len());
        let mut t = hit.t1;
        if t < end
            && self.scan.toks[t].word
            && self.scan.text(t).ends_with('о')
            && !self.actors.iter().any(|a| a.t0 == t)
        {
            t += 1;
        }
        let bare = t >= end || !self.scan.toks[t].word;
        let crowd = self
            .actors
            .iter()
            .any(|a| a.t0 >= cr.start && a.t1 <= hit.t0 && a.adjective);
        bare && !crowd
    }

    /// Whether Russian token `t` is a noun that names an act: a noun trigger of the lexicon ("вторжение",
    /// "высылку", "соглашение") or a word of `ru_act_noun_stem` ("решение", "шаг", "меры").
    pub(super) fn ru_act_noun(&self, t: usize) -> bool {
        self.act_noun_kind(t, false).is_some()
            || self
                .tables
                .words
                .has_stem_of(WordList::RuActNounStem, self.scan.text(t))
    }

    /// The act noun that is the object of Russian reaction `hit` (see `ru_act_noun`): right after the verb
    /// or in its gap, after a demonstrative or not, and no actor after it (its own doer in the genitive);
    /// or after a demonstrative further on ("выразил протест в связи с этим решением", "выразила
    /// недовольство данной мерой"). Its token.
    pub(super) fn ru_act_object(&self, hit: &Hit) -> Option<usize> {
        if self.ctx.lang != Lang::Ru {
            return None;
        }
        let n = self.scan.toks.len();
        // (Inside the gap of a gapped trigger too: "назвал это решение несправедливым"; not the
        // trigger's own last word.)
        let near = (hit.t0 + 1..(hit.t1 + 2).min(n)).find_map(|t| {
            if t + 1 == hit.t1 {
                return None;
            }
            let k = if matches!(
                self.scan.text(t),
                "это"
                    | "этот"
                    | "эти"
                    | "эту"
                    | "этого"
                    | "этих"
                    | "такой"
                    | "такое"
                    | "такие"
            ) && t + 1 < n
            {
                t + 1
            } else {
                t
            };
            (self.ru_act_noun(k) && !self.actors.iter().any(|a| a.t0 > t && a.t0 <= t + 3))
                .then_some(k)
        });
        near.or_else(|| {
            let demonstrative = |w: &str| {
                w.starts_with("данн")
                    || matches!(
                        w,
                        "этот" | "это" | "эти" | "эту" | "этим" | "этой" | "этого" | "этих"
                    )
            };
            // (Across "в связи с", a boundary word, up to the next punctuation mark.)
            let end = (hit.t1..(hit.t1 + 6).min(n))
                .find(|&t| !self.scan.toks[t].word)
                .unwrap_or((hit.t1 + 6).min(n));
            (hit.t1..end)
                .find(|&t| {
                    demonstrative(self.scan.text(t))
                        && t + 1 < end
                        && self.ru_act_noun(t + 1)
                        && !self.actors.iter().any(|a| a.t0 >= hit.t1 && a.t0 <= t + 3)
                })
                .map(|t| t + 1)
        })
    }

    /// A Russian place phrase in the locative case right after its preposition ("в Тегеране", "в Сирии",
    /// "под Минском"): where the act happened, which Russian word order puts anywhere, also between the
    /// verb and its object ("задержала в Москве норвежского пограничника"). A direction ("в Сирию") is
    /// in the accusative and still closes the verb's phrase.
    pub(super) fn ru_where(&self, g: &Group) -> bool {
        if self.ctx.lang != Lang::Ru || g.prep != Some(Cue::In) || g.t0 == 0 {
            return false;
        }
        let last = self.scan.text(g.t1 - 1);
        match self.scan.text(g.t0 - 1) {
            "в" | "во" => {
                more_chars(last, 3)
                    && (last.ends_with('е')
                        && !["ие", "ые", "ое", "ее"].iter().any(|e| last.ends_with(e))
                        || last.ends_with("ии")
                        || last.ends_with("ах")
                        || last.ends_with("ях"))
            }
            "под" => ru_instrumental(last, false),
            _ => false,
        }
    }

    /// A Russian place phrase with "на" in the locative ("на Украине", "на Кубе", "на Филиппинах"): where
    /// something happens or is said to, never the target of the act; the accusative ("на Украину")
    /// still is.
    pub(super) fn ru_place_on(&self, g: &Group) -> bool {
        if self.ctx.lang != Lang::Ru || g.t0 == 0 || self.scan.text(g.t0 - 1) != "на" {
            return false;
        }
        let last = self.scan.text(g.t1 - 1);
        let nominal = g.members.iter().all(|&m| !self.actors[m].adjective);
        nominal
            && more_chars(last, 3)
            && (last.ends_with('е') && !["ие", "ые", "ое", "ее"].iter().any(|e| last.ends_with(e))
                || last.ends_with("ах")
                || last.ends_with("ях"))
    }

    /// The actors (first and last index) a Russian active participle stands for when it opens a phrase
    /// set off by commas after them («Аракчи, прибывший в Каир, встретился …», «Пашинян, находящийся с
    /// визитом в Париже, обсудил …»): the phrase was cut off as a clause of its own
    /// (`clauses::parentheticals`), and the clause after it resumes the same actors. The participle may
    /// follow a few words of its phrase («Путин, впервые после инаугурации посетивший Пекин, …»), and,
    /// with `governed`, a trigger after it in the phrase is its act too («Си Цзиньпин, находящийся в
    /// Москве с государственным визитом, …», «Белоруссия, подавшая заявку на вступление, …»).
    pub(super) fn ru_participle_antecedent(
        &self,
        ci: usize,
        hit: &Hit,
        governed: bool,
    ) -> Option<(usize, usize)> {
        if self.ctx.lang != Lang::Ru {
            return None;
        }
        let start = self.clauses[ci].range.start;
        let active = |t: usize| {
            let w = self.scan.text(t);
            // (The participle's endings first: they turn most words away with a few suffix tests, where
            // each `rfind` below sets up a substring searcher.)
            if !ru_participle(w) {
                return false;
            }
            let w = w.strip_suffix("ся").unwrap_or(w);
            // (The suffix of the active participle, then an adjectival ending of two or three letters.)
            ["вш", "ющ", "ущ", "ащ", "ящ"].iter().any(|s| {
                w.rfind(s)
                    .is_some_and(|i| (2..=3).contains(&w[i + s.len()..].chars().count()))
            })
        };
        // (The phrase opens at the clause start, after its comma; up to five words of its own, no
        // punctuation and no actor but an adjective, may come before the participle: «Хатами, первым из
        // иранских президентов посетивший Москву, …».)
        let first_word = if self.scan.toks.get(start)?.word {
            start
        } else {
            start + 1
        };
        let plain = |t: usize| {
            self.scan.toks[t].word
                && !self
                    .actors
                    .iter()
                    .any(|a| a.t0 <= t && t < a.t1 && !a.adjective)
        };
        let k = (first_word..=hit.t0.min(first_word + 5))
            .take_while(|&t| plain(t))
            .find(|&t| active(t))?;
        if k != hit.t0 && !governed {
            return None;
        }
        let (first, last) = self.clauses.get(ci + 1)?.resume?;
        let comma = (0..k).rev().find(|&t| !self.scan.toks[t].word)?;
        (is_comma(self.scan.text(comma)) && self.actors[last].t1 == comma).then_some((first, last))
    }

    /// Whether the bare Russian verb of receiving at `hit` («принял», «принимала») has a person named by
    /// name as its object: the person's mention follows it with nothing between but a place or time
    /// phrase («принял в Кремле», «в понедельник принял в Сочи») — each word a preposition or at most two
    /// words after one — and no preposition right before the person («принял поздравления от …»). An
    /// official named by an office in the accusative (`ru_received_title`) with the state's adjective before
    /// it or its genitive after it is such a person too («принял японского премьера», «принял в Ханое
    /// премьер-министра Японии», «принимал делегацию Лаоса»; session 54).
    pub(super) fn ru_receives_person(&self, hit: &Hit) -> bool {
        let prep = |t: usize| self.scan.has_cue(t, t + 1, is_prep);
        let title = |t: usize| {
            t < self.scan.toks.len()
                && self
                    .tables
                    .words
                    .has(WordList::RuReceivedTitle, self.scan.text(t))
        };
        // (A place named by a state's capital or seat, «в Кремле», «в Пекине», is passed over.)
        let Some(a) = self
            .actors
            .iter()
            .find(|a| a.t0 >= hit.t1 && !(a.t0 > hit.t1 && prep(a.t0 - 1)))
        else {
            return false;
        };
        let in_actor = |t: usize| self.actors.iter().any(|b| b.t0 <= t && t < b.t1);
        let title_before = a.t0 > hit.t1 && title(a.t0 - 1);
        (a.person || title_before || title(a.t1))
            && a.t0 <= hit.t1 + 5
            && (hit.t1..a.t0).all(|t| {
                self.scan.toks[t].word
                    && (prep(t)
                        || in_actor(t)
                        || (title_before && t + 1 == a.t0)
                        || (t > hit.t1 && prep(t - 1))
                        || (t > hit.t1 + 1 && prep(t - 2)))
            })
    }

    /// «отказалась от нейтралитета», «отказался от своей очереди председательствовать»: a Russian refusal
    /// («отказ…» with «от») whose object, within three words after «от» and before `end`, is a word of
    /// `ru_own_stance_stem` (a status, stance, line or office the doer holds) gives it up rather than
    /// refusing another party (unlike «отказался от приглашения», «от контракта»).
    pub(super) fn ru_gives_up_own(&self, hit: &Hit, end: usize) -> bool {
        if !self.scan.text(hit.t0).starts_with("отказ") {
            return false;
        }
        let end = end.min(self.scan.toks.len());
        let Some(ot) = (hit.t1..end.min(hit.t1 + 3)).find(|&t| self.scan.text(t) == "от") else {
            return false;
        };
        (ot + 1..end.min(ot + 4))
            .take_while(|&t| self.scan.toks[t].word)
            .any(|t| {
                self.tables
                    .words
                    .has_stem_of(WordList::RuOwnStanceStem, self.scan.text(t))
            })
    }

    /// A Russian verb trigger in a finite form right after "и": a predicate of its own coordinated with
    /// the one before ("осуждает … и призывает"), not a complement of it.
    pub(super) fn ru_coordinated_finite(&self, hit: &Hit, trig: &Trigger) -> bool {
        self.ctx.lang == Lang::Ru
            && !trig.noun
            && self.after_conjunction(hit, &SECOND_ACT_RU)
            && self.finite_form(hit)
    }

    /// Whether Russian group `g` sits inside a participial or relative phrase set off by commas after
    /// the noun it qualifies ("Турция, являющаяся членом НАТО, …"): such an actor is not the subject of
    /// the verb after the phrase.
    pub(super) fn ru_parenthetical(&self, g: &Group, hit: &Hit) -> bool {
        if self.ctx.lang != Lang::Ru {
            return false;
        }
        let comma = |t: usize| !self.scan.toks[t].word && is_comma(self.scan.text(t));
        let Some(open) = (0..g.t0).rev().find(|&t| comma(t)) else {
            return false;
        };
        let closed = (g.t1..hit.t0).any(comma);
        // (Or an apposition: "Индонезия, крупнейшая экономика АСЕАН, подписала …", «Белоруссия, партнёр
        // БРИКС, назвала …», «Куба, государство — наблюдатель при ЕАЭС, …»; «страна» and «государство» in
        // the nominative singular only, not «страны ЕС» in a list.)
        let apposition = |w: &str| {
            matches!(w, "страна" | "государство")
                || [
                    "крупнейш",
                    "член",
                    "участни",
                    "союзни",
                    "партнер",
                    "наблюдател",
                    "кандидат",
                    "сосед",
                    "одна",
                    "один",
                    "одно",
                    "главн",
                    "ведущ",
                    "бывш",
                    "председател",
                    "основател",
                    "постоянн",
                ]
                .iter()
                .any(|p| w.starts_with(p))
        };
        let opener = self.scan.toks.get(open + 1).is_some_and(|k| k.word)
            && (ru_participle(self.scan.text(open + 1))
                || self
                    .tables
                    .words
                    .has(WordList::RelativePronoun, self.scan.text(open + 1))
                || apposition(self.scan.text(open + 1)));
        // The phrase hangs from an actor right before its comma.
        let after_actor = self.actors.iter().any(|a| a.t1 == open);
        closed && opener && after_actor
    }

    /// «Индия и Вьетнам подписали соглашение … Документ подписали министры обороны двух стран.»: a
    /// Russian signing verb `hit` whose clause (from token `start`) opens with a document noun right
    /// before it — the object fronted, the signatories after the verb — and whose parties are those of
    /// the agreement the sentences before coded tells that signing again: no second agreement.
    pub(super) fn ru_retold_signing(&self, hit: &Hit, start: usize, ev: &EventRec) -> bool {
        if self.ctx.lang != Lang::Ru || ev.kind != "AGREE" || hit.t0 == 0 || hit.t0 - 1 != start {
            return false;
        }
        if !self
            .tables
            .words
            .has(WordList::RuDocumentNoun, self.scan.text(hit.t0 - 1))
        {
            return false;
        }
        let earlier = self.memory.agreement.borrow();
        let mut parties = ev.source.iter().chain(&ev.target).peekable();
        parties.peek().is_some() && parties.all(|p| earlier.contains(p))
    }

    /// Whether token `t` of a Russian sentence sits in a participial or relative phrase set off by a
    /// comma («… авиасообщение, прерванное пять лет назад», «договор, который был подписан в 2010 году»):
    /// the phrase qualifies a noun before it, and a date inside it dates that noun's story, not the act
    /// of the clause. (The phrase runs from the comma to the next punctuation mark, «экспорт которого
    /// достиг рекорда в 2019 году».)
    pub(super) fn ru_in_qualifier(&self, t: usize) -> bool {
        self.ctx.lang == Lang::Ru
            && self
                .phrase_open(t)
                .is_some_and(|p| self.ru_opens_qualifier(p, t))
    }

    /// The mark that opens the phrase token `t` is in: the last token before it that is no word.
    pub(super) fn phrase_open(&self, t: usize) -> Option<usize> {
        (0..t).rev().find(|&k| !self.scan.toks[k].word)
    }

    /// Whether the mark at `p` is a comma that opens a Russian participial or relative phrase, told by
    /// the phrase's words before token `end`: a participle first, or a relative pronoun among its first
    /// three words (it may come after a noun or a preposition: «экспорт которого», «в котором»).
    pub(super) fn ru_opens_qualifier(&self, p: usize, end: usize) -> bool {
        is_comma(self.scan.text(p))
            && p + 1 < end
            && self.scan.toks[p + 1].word
            && (ru_participle(self.scan.text(p + 1))
                || (p + 1..end.min(p + 4)).any(|k| {
                    self.tables
                        .words
                        .has(WordList::RelativePronoun, self.scan.text(k))
                }))
    }

    /// Whether group `g` names the state of an envoy in an oblique case, «Посла Испании вызвали», «послу
    /// Венгрии вручили», «испанского посла»: the envoy is the verb's object, never its subject (a
    /// subject is nominative, «посол»: the `envoy_nominative` rows of `envoy_noun`).
    pub(super) fn ru_oblique_envoy(&self, g: &Group) -> bool {
        let words = &self.tables.words;
        let oblique = |t: usize| {
            let w = self.scan.text(t);
            words.has(WordList::EnvoyNoun, w) && !words.has(WordList::EnvoyNominative, w)
        };
        // (A name after the envoy is its genitive, «посла Испании»; one in the nominative is a subject of
        // its own: «Пятерых советских дипломатов Норвегия выслала». An acronym has no case to show, and one
        // right after an oblique envoy is its genitive: «Посла ФРГ власти объявили персоной нон грата».)
        let genitive = || {
            g.members.iter().all(|&m| {
                let a = &self.actors[m];
                self.ru_oblique_actor(a) || (a.t1 == a.t0 + 1 && self.ru_acronym(a.t0))
            })
        };
        self.ctx.lang == Lang::Ru
            && ((g.t0 > 0 && oblique(g.t0 - 1) && genitive())
                || (g.t1 < self.scan.toks.len() && oblique(g.t1)))
    }

    /// Whether token `t` is written as an acronym, two capitals or more and no small letter («ФРГ»,
    /// «США», «КНДР»): a name that shows no case.
    fn ru_acronym(&self, t: usize) -> bool {
        // Two letters or more, every letter a capital; one pass that stops at the first small letter (most
        // words: their second), an ASCII char tested without the Unicode tables.
        let mut letters = 0;
        for c in self.orig(t).chars() {
            if c.is_ascii() {
                if c.is_ascii_lowercase() {
                    return false;
                }
                letters += usize::from(c.is_ascii_uppercase());
            } else if ('\u{0400}'..='\u{045F}').contains(&c) {
                // (The Cyrillic block's first rows, every char a letter: capitals up to U+042F, small
                // letters after, without the Unicode tables.)
                if c >= '\u{0430}' {
                    return false;
                }
                letters += 1;
            } else if c.is_alphabetic() {
                if !c.is_uppercase() {
                    return false;
                }
                letters += 1;
            }
        }
        letters >= 2
    }

    /// Whether group `g`, after the verb, names the state of the envoy the verb is done to: «вызвал
    /// российского посла», «вызвал посла США», «вручил ноту послу Японии», «вызвал временного поверенного в
    /// делах КНДР». Russian may put a subject after its verb, but an envoy in an oblique case is the verb's
    /// object, and the state it names is the one acted on, never the doer; after the verb the state's own
    /// ending need not show the genitive (an indeclinable «США», «КНДР» after the envoy is its genitive).
    pub(super) fn ru_envoy_object(&self, g: &Group) -> bool {
        let words = &self.tables.words;
        let oblique = |t: usize| {
            let w = self.scan.text(t);
            words.has(WordList::EnvoyNoun, w) && !words.has(WordList::EnvoyNominative, w)
        };
        let before = |t: usize| {
            (t > 0 && oblique(t - 1))
                || (t >= 3
                    && self.scan.text(t - 1) == "делах"
                    && self.scan.text(t - 2) == "в"
                    && oblique(t - 3))
        };
        self.ctx.lang == Lang::Ru
            && g.prep.is_none()
            && (before(g.t0) || (g.t1 < self.scan.toks.len() && oblique(g.t1)))
    }

    /// Whether Russian actor `a` ends in an unmistakable oblique case form (`ru_oblique`) that is not the
    /// very form its entity is named by in the lexicon: a person's or company's name, or a state's, is
    /// written there in the nominative, so «Газпром», «Росатом», «Нетаньяху» and «Гвинея-Бисау» are
    /// nominative whatever their ending («Газпром прекратил поставки Украине» has its subject first),
    /// while «Газпромом», «Россию», «Москве» stay oblique.
    pub(super) fn ru_oblique_actor(&self, a: &Actor<'_>) -> bool {
        let w = self.scan.text(a.t1 - 1);
        (ru_oblique(w) && !self.ru_named_form(a, w)) || self.ru_declined_person(a, w).is_some()
    }

    /// Whether every actor of Russian group `g` is oblique ([`Coder::ru_oblique_actor`]).
    pub(super) fn ru_oblique_group(&self, g: &Group) -> bool {
        g.members
            .iter()
            .all(|&m| self.ru_oblique_actor(&self.actors[m]))
    }

    /// Whether no actor of Russian group `g` ends as a dative or a prepositional does (-у, -ю: «Ирану»,
    /// «Китаю»; -е but not -ие: «Украине»): the group is a nominative or a genitive, not the one an act is
    /// aimed at («угроза Ирану», «заявил протест Вашингтону»). (The one copy of the test for roles.rs's
    /// noun objects and protest authors.)
    pub(super) fn ru_no_dative_member(&self, g: &Group) -> bool {
        g.members.iter().all(|&m| {
            let w = self.scan.text(self.actors[m].t1 - 1);
            !(w.ends_with(['у', 'ю']) || (w.ends_with('е') && !w.ends_with("ие")))
        })
    }

    /// Whether Russian actor `a` ends in a dative form: -у or -ю («Китаю», «Пакистану»), or -е or -ии when
    /// that is an oblique form of its name («Гаване», «Украине»; not a nominative «Гвинея-Бисау»,
    /// [`Coder::ru_oblique_actor`]). The object in the gap of «сделал Китаю предупреждение» and the receiver
    /// of «передала Украине военнопленных».
    pub(super) fn ru_dative_actor(&self, a: &Actor<'_>) -> bool {
        let w = self.scan.text(a.t1 - 1);
        w.ends_with(['у', 'ю'])
            || ((w.ends_with('е') || w.ends_with("ии")) && self.ru_oblique_actor(a))
    }

    /// The case ending `w`, the last word of person actor `a`, adds to the lexicon's (nominative) surname:
    /// «Путина», «Путину», «Путиным» for Путин, «Ортегу», «Ортеги» for Ортега. An ending that a
    /// nominative may have (-а) still marks an oblique case here, since the lexicon writes the name
    /// itself: «Владимира Путина принял …» has its object first. (A genitive ending, -а or -ы/-и, may
    /// also be a possessor's: «Помощник Путина раскритиковал …», `ru_object_case`.)
    /// (An indeclinable surname shows the case on the first name: «Николаса Мадуро поздравил Путин».)
    fn ru_declined_person(&self, a: &Actor<'_>, w: &str) -> Option<&'static str> {
        let who = a.who.filter(|_| a.person)?;
        let name = self
            .ctx
            .lexicon
            .entity(self.ctx.lexicon.lookup(who)?)
            .name(Lang::Ru);
        let last = blocwatch_text::normalize(last_alnum(name));
        ru_case_ending(&last, w).or_else(|| {
            let first = blocwatch_text::normalize(name.split_whitespace().next()?);
            (a.t1 >= a.t0 + 2 && first != last)
                .then(|| ru_case_ending(&first, self.scan.text(a.t0)))
                .flatten()
        })
    }

    /// Whether Russian actor `a`, right after «с»/«со», stands in the genitive, so that the preposition
    /// means "from" («вывести войска с Кубы», «ушли с Украины») and not "with" («с Кубой»): a noun whose
    /// last word ends in -ы/-и/-а/-я, in no instrumental (-ами, -ями), and is not the very form the
    /// lexicon names it by (the acronym «с США» and the indeclinable «с Моди», «с Чили» stay "with").
    pub(super) fn ru_from_s(&self, a: &Actor<'_>) -> bool {
        if self.ctx.lang != Lang::Ru
            || a.adjective
            || a.t0 == 0
            || !matches!(self.scan.text(a.t0 - 1), "с" | "со")
        {
            return false;
        }
        let w = self.scan.text(a.t1 - 1);
        let acronym = self.ctx.mentions.iter().any(|m| {
            m.form == blocwatch_lexicon::Form::Acronym
                && mention_tokens(self.ctx, self.scan, m).0 == a.t0
        });
        w.ends_with(['ы', 'и', 'а', 'я'])
            && !ru_instrumental(w, false)
            && !acronym
            && !self.ru_named_form(a, w)
    }

    /// The verb a Russian infinitive opening its clause hangs from («Вывести войска из Молдавии до конца года
    /// Россия пообещала в пятницу»): with no verb of the clause before it, the first verb after it, at most
    /// twelve tokens on — an index into `live`, as `en_infinitive_governor` gives for English.
    pub(super) fn ru_fronted_governor(&self, hit: &Hit, ci: usize) -> Option<usize> {
        if self.ctx.lang != Lang::Ru || !ru_infinitive(self.scan.text(hit.t0)) {
            return None;
        }
        let verb_of_clause = |p: &&super::Live<'_>| p.clause == ci && !p.trig.noun;
        if self
            .live
            .iter()
            .filter(verb_of_clause)
            .any(|p| p.hit.t1 <= hit.t0)
        {
            return None;
        }
        self.live
            .iter()
            .position(|p| verb_of_clause(&p) && p.hit.t0 >= hit.t1)
            .filter(|&j| self.live[j].hit.t0 - hit.t1 <= 12)
    }

    /// Whether `w`, the last word of actor `a`, is the last word of the Russian name of the person or
    /// company behind it, or of the one state or bloc it names.
    fn ru_named_form(&self, a: &Actor<'_>, w: &str) -> bool {
        let id = match (a.who, a.ids.as_slice()) {
            (Some(who), _) => who,
            (None, [id]) => id,
            _ => return false,
        };
        let Some(i) = self.ctx.lexicon.lookup(id) else {
            return false;
        };
        let word = |s: &'_ str| -> usize { last_alnum(s).len() };
        let name = self.ctx.lexicon.entity(i).name(Lang::Ru);
        let (n, k) = (word(name), word(w));
        // (The normalisation is asked only when the lengths allow a match.)
        n > 0 && n == k && normalizes_to(&name[name.len() - n..], &w[w.len() - k..])
    }

    /// Whether Russian group `g` names the source of an inserted report ("…, по данным южнокорейской
    /// разведки, участвовали …", "по словам Пескова, …"): the speaker, not the subject of the verb after.
    pub(super) fn ru_reported_source(&self, g: &Group, hit: &Hit) -> bool {
        let comma = |t: usize| !self.scan.toks[t].word && is_comma(self.scan.text(t));
        self.ctx.lang == Lang::Ru
            && self.scan.cues.iter().any(|&(c0, c1, c)| {
                c == Cue::Report
                    && c1 <= g.t0
                    && self.scan.text(c0) == "по"
                    && !(c1..g.t0).any(comma)
                    && (g.t1..hit.t0).any(comma)
            })
    }

    /// A Russian short passive participle (подписан, введены, закрыта): the actor before it is the
    /// patient and the bare (instrumental) actor after it the agent.
    pub(super) fn ru_short_participle(&self, hit: &Hit) -> bool {
        const ENDINGS: [&str; 16] = [
            "ан", "ана", "ано", "аны", "ян", "яна", "яно", "яны", "ен", "ена", "ено", "ены", "ыт",
            "ыта", "ыто", "ыты",
        ];
        // (And the short -т participles in -ит-/-ят- of «сбить», «убить», «принять», «снять»: «сбиты»,
        // «изъяты», short stems included.)
        const T_ENDINGS: [&str; 6] = ["ита", "ито", "иты", "ята", "ято", "яты"];
        let first = self.scan.text(hit.t0);
        let verb = self.live.iter().any(|l| l.hit.t0 == hit.t0 && !l.trig.noun);
        // (The participles in -нут of verbs in -нуть: «отвергнута», «отвергнуты»; the masculine «отвергнут»
        // is also the verb's plural future, so only after a form of быть: «был отвергнут».)
        let nut = first.ends_with("нута")
            || first.ends_with("нуто")
            || first.ends_with("нуты")
            || (first.ends_with("нут")
                && hit.t0 > 0
                && matches!(
                    self.scan.text(hit.t0 - 1),
                    "был" | "была" | "было" | "были" | "будет" | "будут"
                ));
        // (The masculine «сбит», «принят» is also a finite verb's ending, «говорит», «грозят»: only after a
        // form of быть, «был сбит».)
        let short_t = (first.ends_with("ит") || first.ends_with("ят"))
            && hit.t0 > 0
            && matches!(self.scan.text(hit.t0 - 1), "был" | "будет");
        let t_form = short_t || T_ENDINGS.iter().any(|e| first.ends_with(e));
        verb && ((more_chars(first, 5) && (nut || ENDINGS.iter().any(|e| first.ends_with(e))))
            || (more_chars(first, 3) && t_form))
    }

    /// A Russian demonym in the instrumental singular, told by its noun after it, past one or two adjectives
    /// of the same ending («турецким истребителем», «сирийским зенитным огнём», «иранской ракетой»): the
    /// adjective's -ым/-им alone is also a dative plural («турецким властям») and its -ой/-ей a genitive
    /// («турецкой стороны»), the noun's -ом/-ем/-ём and -ой/-ей/-ью are not.
    pub(super) fn ru_instrumental_singular_demonym(&self, a: &Actor<'_>) -> bool {
        let w = self.scan.text(a.t1 - 1);
        let (adj, noun): (&[&str], &[&str]) = if w.ends_with("ым") || w.ends_with("им") {
            (&["ым", "им"], &["ом", "ем", "ём"])
        } else if w.ends_with("ой") || w.ends_with("ей") {
            (&["ой", "ей"], &["ой", "ей", "ью"])
        } else {
            return false;
        };
        let n = self.scan.toks.len();
        let ends = |t: usize, e: &[&str]| {
            let x = self.scan.text(t);
            self.scan.toks[t].word && more_chars(x, 3) && e.iter().any(|s| x.ends_with(s))
        };
        a.adjective
            && (a.t1..(a.t1 + 3).min(n))
                .take_while(|&t| self.scan.toks[t].word)
                .find(|&t| !ends(t, adj))
                .is_some_and(|t| ends(t, noun))
    }

    /// A Russian full passive participle after a comma, with its agent in the instrumental right after
    /// it («оружие, переданное Ираном», «хуситы, поддерживаемые Тегераном»): a phrase that qualifies
    /// the noun before it, so the act is the instrumental's, not the main clause subject's.
    pub(super) fn ru_participle_with_agent(&self, hit: &Hit) -> bool {
        const SUFFIXES: [&str; 6] = ["нн", "ем", "им", "ом", "енн", "анн"];
        const ENDINGS: [&str; 12] = [
            "ый", "ая", "ое", "ые", "ого", "ой", "ых", "ым", "ую", "ому", "ыми", "ий",
        ];
        let first = self.scan.text(hit.t0);
        let verb = self.live.iter().any(|l| l.hit.t0 == hit.t0 && !l.trig.noun);
        let full_passive = ENDINGS.iter().any(|e| {
            first.strip_suffix(e).is_some_and(|stem| {
                more_chars(stem, 4) && SUFFIXES.iter().any(|s| stem.ends_with(s))
            })
        });
        let after_comma =
            hit.t0 > 0 && !self.scan.toks[hit.t0 - 1].word && is_comma(self.scan.text(hit.t0 - 1));
        let instrumental =
            |a: &Actor<'_>| !a.adjective && ru_instrumental(self.scan.text(a.t1 - 1), false);
        let agent_after = self
            .actors
            .iter()
            .any(|a| a.t0 >= hit.t1 && a.t0 <= hit.t1 + 1 && instrumental(a));
        // «Введённые Евросоюзом санкции затронули …»: a participle that opens the sentence qualifies the
        // noun after it as one set off by a comma does the noun before it, and its agent stands in the
        // trigger's gap, right after the participle. (Not with the recipient glued to the agent,
        // «Поставленные Германией Украине танки»: the two read as one group, which word order sorts out.)
        let agent_in_gap = hit.t0 == 0
            && self.actors.iter().any(|a| {
                a.t0 == hit.t0 + 1
                    && a.t1 < hit.t1
                    && instrumental(a)
                    && !self.actors.iter().any(|b| b.t0 == a.t1)
            });
        self.ctx.lang == Lang::Ru
            && verb
            && full_passive
            && ((after_comma && agent_after) || agent_in_gap)
    }

    /// Whether token `t0` opens clause `ci`: only punctuation, dates, a few linking words («в», «а», «но»,
    /// «однако», «также», «уже») or a numeral stand before it in the clause. (A numeral in an oblique case
    /// heads the object: «Двух британских дипломатов Иран выслал», «Пятерых рыбаков освободили
    /// туркменские власти».)
    fn ru_opens_clause(&self, t0: usize, ci: usize) -> bool {
        let cr = &self.clauses[ci].range;
        (cr.start.min(t0)..t0).all(|t| {
            !self.scan.toks[t].word || self.in_date(t) || {
                let w = self.scan.text(t);
                w.bytes().all(|b| b.is_ascii_digit())
                    || matches!(w, "в" | "во" | "а" | "но" | "однако" | "также" | "уже")
                    || self.tables.words.has(WordList::RuObliqueNumeral, w)
            }
        })
    }

    /// Where the title before group `g` begins — titles (`Det` cues) and acronyms («МИД») right before it,
    /// «Главу МИД Индии», «Министра иностранных дел Турции» — when one stands there.
    fn ru_title_before(&self, g: &Group) -> Option<usize> {
        let mut t = g.t0;
        while let Some(lead) = t.checked_sub(1) {
            let o = self.orig(lead);
            if more_chars(o, 1) && o.chars().all(|c| c.is_uppercase()) {
                t = lead;
            } else if let Some(&(c0, _, _)) = self
                .scan
                .cues
                .iter()
                .find(|&&(c0, c1, c)| c == Cue::Det && c0 < t && c1 >= t)
            {
                t = c0;
            } else {
                break;
            }
        }
        (t < g.t0).then_some(t)
    }

    /// Whether a title in an oblique case opens clause `ci` right before group `g`: «Президента Ирана …
    /// принял Путин», «Главу МИД Индии принял …» — the state in the genitive is the title holder's, and
    /// the whole phrase is the fronted object. (The head is the title's first word, or the word after
    /// its hyphen: «премьер-министра»; `ru_oblique_title_word` reads its case.)
    fn ru_oblique_title(&self, g: &Group, ci: usize) -> bool {
        self.ru_title_before(g).is_some_and(|s| {
            let head = if s + 2 < g.t0 && self.scan.text(s + 1) == "-" {
                s + 2
            } else {
                s
            };
            ru_oblique_title_word(&self.tables.words, self.scan.text(head))
                && self.ru_opens_clause(s, ci)
        })
    }

    /// Whether every actor of Russian group `g` is in an object case (dative, accusative, instrumental).
    /// (A form that may be a genitive — Сербии, российской, американских — may be the possessor of
    /// the subject noun, "Замглавы Совбеза России раскритиковал Евросоюз", unless it opens its clause:
    /// with no noun before it to hang from it is a dative or an accusative, "Сирии помощь направил
    /// Казахстан", "Американских дипломатов выслала Россия".)
    pub(super) fn ru_object_case(&self, g: &Group, ci: usize) -> bool {
        let ambiguous = |a: &Actor<'_>, w: &str| {
            ["ии", "ых", "их", "ого", "его"]
                .iter()
                .any(|e| w.ends_with(e))
                || (a.adjective && (w.ends_with("ой") || w.ends_with("ей")))
                || self
                    .ru_declined_person(a, w)
                    .is_some_and(|e| matches!(e, "а" | "ы" | "и"))
        };
        let opens_clause = || self.ru_opens_clause(g.t0, ci);
        g.members.iter().all(|&m| {
            let a = &self.actors[m];
            let w = self.scan.text(a.t1 - 1);
            self.ru_oblique_actor(a) && !ambiguous(a, w)
        }) || (self.ru_oblique_group(g) && opens_clause())
    }

    /// Russian object-first order ("Партию техники Сербии передал Китай", "Действия американских
    /// военных осудил Пекин"): every bare actor before the verb is in an oblique case and a bare actor
    /// not in one follows the verb. Returns (the fronted object, the subject after the verb).
    /// (Not when a title or an acronym in the nominative stands right before the oblique actor: "Глава МИД
    /// Индии посетил Китай" — the genitive names the subject's state; a title in an oblique case that
    /// opens the clause is the object's own, «Президента Ирана принял Путин», `ru_oblique_title`.)
    pub(super) fn ru_fronted<'g>(
        &self,
        i: usize,
        groups: &'g [Group],
    ) -> Option<(&'g Group, &'g Group)> {
        if self.ctx.lang != Lang::Ru || self.live[i].trig.noun {
            return None;
        }
        // (Asked up to four times for a trigger — by `roles` and by `subject`, which `roles` calls and
        // which calls itself for the triggers before — over the same groups: found once for each trigger
        // and each range's groups of `group_cache`, which live as long as the coder. Other groups, built
        // by a caller for itself, are not kept.)
        let range = self.group_cache.borrow().iter().position(|(_, g)| {
            std::ptr::eq(g.as_ptr(), groups.as_ptr()) && g.len() == groups.len()
        });
        let Some(range) = range else {
            return self.ru_fronted_found(i, groups);
        };
        let kept = self
            .fronted
            .borrow()
            .iter()
            .find(|&&(j, r, _)| j == i && r == range)
            .map(|&(_, _, found)| found);
        let found = kept.unwrap_or_else(|| {
            let index = |g: &Group| groups.iter().position(|x| std::ptr::eq(x, g)).unwrap_or(0);
            let found = self
                .ru_fronted_found(i, groups)
                .map(|(b, a)| (index(b), index(a)));
            self.fronted.borrow_mut().push((i, range, found));
            found
        });
        found.map(|(b, a)| (&groups[b], &groups[a]))
    }

    /// Whether live trigger `j` is a noun inside a prepositional phrase: a preposition right before it, or
    /// before the one word (no actor) that qualifies it («на саммите», «с официальным визитом»).
    pub(super) fn ru_prep_noun(&self, j: usize) -> bool {
        let p = &self.live[j];
        let t0 = p.hit.t0;
        let prep = |t: usize| self.scan.has_cue(t, t + 1, is_prep);
        p.trig.noun
            && t0 > 0
            && (prep(t0 - 1)
                || (t0 > 1
                    && prep(t0 - 2)
                    && self.scan.toks[t0 - 1].word
                    && !self.actors.iter().any(|a| a.t0 < t0 && a.t1 > t0 - 1)))
    }

    /// The doer of Russian noun trigger `i` that opens its clause as the fronted object of a verb that is no
    /// trigger of its own («Официальную заявку на членство во ВТО Баку направил в июне», «Запрет на поставку
    /// Ирану … ввёл указом президент», «С этим обвинением турецкий премьер выступил», «Совместные учения
    /// … начали … китайские и российские корабли»): the verb's subject, the first bare actor after the noun
    /// that is in no oblique case, right before the verb (a title between) or after it. The noun is the
    /// first trigger of its clause with no actor before it; the verb is the first past form after it, no
    /// word of a trigger (a verb of its own, «Варшава назвала», tells its own act).
    pub(super) fn ru_fronted_noun_subject<'g>(
        &self,
        i: usize,
        groups: &'g [Group],
    ) -> Option<&'g Group> {
        let (l, hit) = (&self.live[i], &self.live[i].hit);
        let cr = &self.clauses[l.clause].range;
        // (Only an object that opens the clause, a few qualifying words before it and no preposition: a
        // noun in a prepositional phrase is the occasion, «На саммите … решили», «В учениях участвовали».)
        if self.ctx.lang != Lang::Ru
            || !l.trig.noun
            || hit.t0 > cr.start + 3
            || self.ru_prep_noun(i)
            || (cr.start..hit.t0).any(|t| self.ru_phrase_opener(t))
            || self.live[..i].iter().any(|p| p.clause == l.clause)
            || self
                .actors
                .iter()
                .any(|a| a.t0 >= cr.start && a.t0 < hit.t0)
        {
            return None;
        }
        let in_actor = |t: usize| self.actors.iter().any(|a| a.t0 <= t && t < a.t1);
        let verb = (hit.t1..cr.end).find(|&t| {
            self.scan.toks[t].word && !in_actor(t) && ru_past_agreement(self.scan.text(t)).is_some()
        })?;
        if self.live.iter().any(|p| {
            (p.hit.t0 <= verb && verb < p.hit.t1)
                || (p.hit.t0 > hit.t0 && p.hit.t0 < verb && !p.trig.noun)
        }) {
            return None;
        }
        let g = groups
            .iter()
            .filter(|g| g.t0 >= hit.t1 && g.t1 <= cr.end && g.prep.is_none())
            .find(|g| !self.ru_oblique_group(g))?;
        let placed = g.t0 > verb
            || g.t1 == verb
            || (g.t1 + 1 == verb && self.scan.has_cue(g.t1, verb, |c| c == Cue::Det));
        // (Not past a comma, a colon or, after the verb, a dash: «… решили … — министр Китая назвал».)
        let between = (hit.t1..g.t0).any(|t| {
            let w = self.scan.text(t);
            is_comma(w)
                || (!self.scan.toks[t].word
                    && (matches!(w, ";" | ":") || (t > verb && matches!(w, "—" | "-" | "–"))))
        });
        // (And it agrees with the verb; a name whose agreement is unknown only right beside the verb:
        // «забастовки охватили более двухсот городов ГДР» has its subject first, the name a genitive.)
        let beside = g.t1 == verb || g.t0 == verb + 1;
        let agrees = ru_past_agreement(self.scan.text(verb))
            .is_none_or(|v| self.ru_group_agreement(g, true).map_or(beside, |n| n == v));
        (placed && !between && agrees).then_some(g)
    }

    /// [`Coder::ru_fronted`], found anew.
    fn ru_fronted_found<'g>(
        &self,
        i: usize,
        groups: &'g [Group],
    ) -> Option<(&'g Group, &'g Group)> {
        let l = &self.live[i];
        let hit = &l.hit;
        if self.ctx.lang != Lang::Ru || l.trig.noun || self.passive(hit) {
            return None;
        }
        let (win, prev) = self.window(i);
        // («Турцию с официальным визитом посетил глава российского государства»: a noun trigger in a
        // prepositional phrase between the fronted object and the verb is the verb's manner or occasion;
        // the object stands before it, in the window of that noun.)
        let start = prev
            .filter(|&j| {
                let p = &self.live[j];
                self.ru_prep_noun(j)
                    && !groups
                        .iter()
                        .any(|g| g.t0 >= p.hit.t1 && g.t1 <= hit.t0 && g.prep.is_none())
            })
            .map_or(win.start, |j| self.window(j).0.start);
        let oblique = |g: &Group| self.ru_oblique_group(g);
        let object_case = |g: &Group| self.ru_object_case(g, l.clause);
        // («Ортегу, чья страна входит в АЛБА, принял Медведев», «Белоруссию, союзника России, раскритиковала
        // Польша»: a phrase set off by two commas before the verb, with no trigger of its own, says more of
        // the object before it; its actors are none of the verb's.)
        let comma = |t: usize| !self.scan.toks[t].word && is_comma(self.scan.text(t));
        let set_off = (start..hit.t0)
            .find(|&t| comma(t))
            .zip((start..hit.t0).rfind(|&t| comma(t)))
            .filter(|&(q, p)| q < p && !self.live.iter().any(|o| o.hit.t0 > q && o.hit.t0 < p));
        let fronted: SmallVec<[&Group; 4]> = groups
            .iter()
            .filter(|g| g.prep.is_none() && g.t1 <= hit.t0 && g.t0 >= start)
            .filter(|g| set_off.is_none_or(|(q, p)| g.t1 <= q || g.t0 > p))
            .collect();
        let &b = fronted.last()?;
        let oblique_title = |g: &Group| self.ru_oblique_title(g, l.clause);
        // (A genitive right after an act noun before the verb is that noun's, «Вторжение Ирака в Кувейт
        // осудили США»: the noun's phrase is the object.)
        // (Each fronted group's, once: the tests below ask up to four times.)
        let dependent: SmallVec<[bool; 4]> = fronted
            .iter()
            .map(|g| object_case(g) || oblique_title(g) || self.ru_noun_genitive(g, hit))
            .collect();
        let all_dependent = dependent.iter().all(|&d| d);
        // (A name whose nominative and accusative are one form — a masculine or plural one, «Израиль»,
        // «США» — is told by agreement: a past verb that cannot agree with it has another subject,
        // «Израиль осудила Турция», «Китай обвинили Великобритания и Австралия»; and a title in the
        // nominative after the verb is the subject, an animate object being in the accusative, «Египет
        // посетил министр иностранных дел России».)
        // (A name right after a preposition the cues leave bare, «против Ирака», is no subject either.)
        let governed = |g: &Group| {
            g.t0 > 0
                && matches!(
                    self.scan.text(g.t0 - 1),
                    "против" | "по" | "для" | "из" | "от" | "к" | "с" | "со" | "у" | "без"
                )
        };
        let disagrees = |g: &Group| self.ru_verb_disagrees(g, hit);
        let by_agreement = !all_dependent
            && fronted.iter().any(|g| disagrees(g))
            && fronted
                .iter()
                .zip(&dependent)
                .all(|(g, &d)| d || disagrees(g) || governed(g));
        let nom_acc = fronted
            .iter()
            .zip(&dependent)
            .all(|(g, &d)| d || self.ru_nom_acc_form(g));
        if !by_agreement && !nom_acc {
            return None;
        }
        let titled = self.ru_title_before(b).is_some() && !oblique_title(b);
        if titled || self.ru_parenthetical(b, hit) || self.ru_reported_source(b, hit) {
            return None;
        }
        // (The subject may follow the verb's prepositional complement, a noun trigger of its own: «Китай
        // обвинили в кибератаках Великобритания и Австралия».)
        let cr = &self.clauses[l.clause].range;
        let end = self
            .live
            .iter()
            .filter(|o| o.clause == l.clause && o.hit.t0 >= hit.t1)
            .find(|o| {
                !(by_agreement
                    && o.trig.noun
                    && o.hit.t0 > 0
                    && self.scan.has_cue(o.hit.t0 - 1, o.hit.t0, is_prep))
            })
            .map_or(cr.end, |o| o.hit.t0)
            .max(win.end);
        let a = groups
            .iter()
            .find(|g| g.t0 >= hit.t1 && g.t1 <= end && g.prep.is_none())?;
        let blocked = (hit.t1..a.t0).any(|t| is_comma(self.scan.text(t)))
            || self.scan.cues.iter().any(|&(c0, c1, c)| {
                c0 >= hit.t1
                    && c1 <= a.t0
                    && matches!(c, Cue::About | Cue::Against | Cue::Comp | Cue::Boundary)
            });
        // («Варшаву посетил президент Южной Кореи»: a state in the genitive after a title in the
        // nominative is the title holder's, the subject; the title may close the trigger's own words,
        // «Путина принял в Вене президент Австрии».)
        let title = self
            .scan
            .cues
            .iter()
            .find(|&&(c0, c1, c)| {
                c == Cue::Det
                    && c1 == a.t0
                    && c0 > hit.t0
                    && ru_nominative_title(self.scan.text(c0))
            })
            .map(|&(c0, _, _)| c0);
        let titled_subject = title.is_some();
        // (The whole title before the actor, not its last words: «министра иностранных дел Ирана» is an
        // accusative title, «министр иностранных дел России» a nominative one.)
        let head = self
            .ru_title_before(a)
            .filter(|&s| s >= hit.t1 && ru_nominative_title(self.scan.text(s)));
        let fronted_ok = if all_dependent {
            !oblique(a) || titled_subject
        } else if by_agreement {
            (!oblique(a) || head.is_some()) && self.ru_verb_agrees(a, hit, head)
        } else {
            head.is_some() && self.ru_verb_agrees(a, hit, head)
        };
        (!blocked && fronted_ok).then_some((b, a))
    }

    /// Whether Russian group `g`, bare before the past verb of trigger `i` in its clause, is the verb's
    /// object and no subject: in an unmistakable object case opening the clause («Египту отказали в
    /// кредите», «Кубе списали долг») or in a form the nominative and accusative share that the verb
    /// cannot agree with («Израиль обвинили …»). (Not an instrumental, the agent of a passive; nor before
    /// an infinitive, whose dative may be its doer: «Индии удалось договориться».)
    pub(super) fn ru_impersonal_object(&self, g: &Group, i: usize) -> bool {
        let l = &self.live[i];
        let hit = &l.hit;
        if self.ctx.lang != Lang::Ru
            || l.trig.noun
            || g.prep.is_some()
            || g.t1 > hit.t0
            || self.clause_of(g.t0) != l.clause
            || ru_past_agreement(self.scan.text(hit.t0)).is_none()
            || self.passive(hit)
        {
            return false;
        }
        // (Nor a person, whose surname may keep one form in every case: «Албанезе».)
        let instrumental = g.members.iter().any(|&m| {
            let a = &self.actors[m];
            a.person || a.who.is_some() || ru_instrumental(self.scan.text(a.t1 - 1), a.adjective)
        });
        (!instrumental && self.ru_object_case(g, l.clause) && self.ru_opens_clause(g.t0, l.clause))
            || self.ru_verb_disagrees(g, hit)
            || self.ru_act_genitive(g, i)
    }

    /// The subject and the dative of a Russian noun trigger `hit` that is the object of a past verb with a
    /// dative actor in between («Россия сделала Китаю официальное предупреждение», «Москва пролонгировала
    /// Пакистану кредит», «Вашингтон объявил Гаване эмбарго»): the dative right before the noun (an
    /// adjective or two between, no actor), in a dative form (-у, -ю; -е or -ии of an oblique name), the
    /// past verb right before the dative, and a bare actor before the verb in its clause that is no
    /// oblique form. Not when the verb is a trigger of its own (its object noun is absorbed by it).
    pub(super) fn ru_dative_in_gap<'g>(
        &self,
        hit: &Hit,
        groups: &'g [Group],
        cr: &Range<usize>,
    ) -> Option<(&'g Group, &'g Group)> {
        if self.ctx.lang != Lang::Ru {
            return None;
        }
        let d = groups.iter().rfind(|g| {
            g.t1 <= hit.t0 && g.t1 + 2 >= hit.t0 && g.t0 > cr.start && g.prep.is_none()
        })?;
        if (d.t1..hit.t0).any(|t| self.actors.iter().any(|a| a.t0 <= t && t < a.t1)) {
            return None;
        }
        let dative = d.members.iter().all(|&m| {
            let a = &self.actors[m];
            !a.adjective && self.ru_dative_actor(a)
        });
        let v = d.t0 - 1;
        // (Not a verb that marks a modality, «Токаев предложил Киргизии кредит»: an offer is no act done.)
        if !dative
            || ru_past_agreement(self.scan.text(v)).is_none()
            || self.scan.triggers.iter().any(|h| h.t0 <= v && v < h.t1)
            || self.scan.has_cue(v, v + 1, |_| true)
        {
            return None;
        }
        let s = groups
            .iter()
            .rfind(|g| g.t1 <= v && g.t0 >= cr.start && g.prep.is_none())?;
        let oblique = self.ru_oblique_group(s);
        let shared = s.members.iter().any(|&m| {
            d.members.iter().any(|&n| {
                self.actors[m]
                    .ids
                    .iter()
                    .any(|id| self.actors[n].ids.contains(id))
            })
        });
        (!oblique && !shared && !self.comma_between(s.t1, v)).then_some((s, d))
    }

    /// Whether Russian group `g`, bare before the verb of reaction `i` in its clause, is the genitive of
    /// an act noun right before it (`ru_act_noun`: «В Минске решение Варшавы осудили», «Москва действия
    /// Киева осудила», «В Москве решение Манагуа приветствовали»): the doer of the act reacted to, no
    /// subject of the verb, and the one the reaction is aimed at.
    pub(super) fn ru_act_genitive(&self, g: &Group, i: usize) -> bool {
        let l = &self.live[i];
        self.ctx.lang == Lang::Ru
            && !l.trig.noun
            && g.prep.is_none()
            && g.t0 > 0
            && g.t1 <= l.hit.t0
            && self.clause_of(g.t0) == l.clause
            && matches!(
                TYPES[l.trig.kind as usize],
                "ACCUSE" | "SUPPORT" | "REJECT" | "PROTEST"
            )
            && ru_past_agreement(self.scan.text(l.hit.t0)).is_some()
            && self.ru_act_noun(g.t0 - 1)
            // (The act noun is the verb's object only when no actor follows the verb in its clause:
            // «Саммит НАТО осудил Россию» has the summit as its subject.)
            && !self.actors.iter().any(|a| {
                a.t0 >= l.hit.t1 && self.clause_of(a.t0) == l.clause && !a.adjective
            })
            // (Not an act named inside a phrase of time or occasion, «После встречи Буш похвалил», «в
            // ходе переговоров», «по сотрудничеству России»: the name after it is the subject or the
            // phrase's own.)
            // (Read back from the act noun over the words of its phrase, up to an actor or the clause's
            // start: «В Минске решение Варшавы» is no such phrase.)
            && !(1..=4)
                .map_while(|k| (g.t0 - 1).checked_sub(k))
                .take_while(|&t| {
                    t >= self.clauses[l.clause].range.start
                        && !self.actors.iter().any(|a| a.t0 <= t && t < a.t1)
                })
                .any(|t| self.ru_phrase_opener(t))
    }

    /// Whether token `t` opens a Russian phrase of time, occasion or circumstance: a preposition (a cue, or
    /// one of «до», «за», «для», …) or an occasion or background opener («после», «в ходе»).
    fn ru_phrase_opener(&self, t: usize) -> bool {
        let w = self.scan.text(t);
        self.scan.has_cue(t, t + 1, is_prep)
            || self.tables.words.has(WordList::OccasionOpener, w)
            || self.tables.words.has(WordList::BackgroundOpener, w)
            || matches!(
                w,
                "до" | "за" | "для" | "от" | "к" | "ко" | "у" | "при" | "без"
            )
    }

    /// Whether a bare Russian group right after noun trigger `hit` has a goal phrase of another state
    /// right after it: «в»/«на» with a direction (not a place, «в Сирии»), «по», «против».
    pub(super) fn ru_genitive_before_goal(&self, hit: &Hit, groups: &[Group]) -> bool {
        if self.ctx.lang != Lang::Ru {
            return false;
        }
        // (Not a noun fronted before a verb of its clause, «Вторжение России на Украину ЮАР так и не
        // осудила»: an act named as what is reacted to is no new report.)
        let ci = self.clause_of(hit.t0);
        if self
            .live
            .iter()
            .any(|o| o.clause == ci && !o.trig.noun && o.hit.t0 >= hit.t1)
        {
            return false;
        }
        let Some(g) = groups.iter().find(|g| g.t0 == hit.t1 && g.prep.is_none()) else {
            return false;
        };
        groups.iter().any(|o| {
            o.t0 == g.t1 + 1
                && match o.prep {
                    Some(Cue::In) => !self.ru_where(o),
                    Some(Cue::On) => !self.ru_place_on(o),
                    Some(Cue::Against) => true,
                    _ => false,
                }
                && o.members.iter().any(|&m| {
                    g.members
                        .iter()
                        .all(|&n| self.actors[n].ids != self.actors[m].ids)
                })
        })
    }

    /// Whether Russian group `g` is a genitive that hangs from an act noun of the lexicon right before it
    /// and before verb `hit` («Вторжение Ирака в Кувейт …», «Удары Израиля по Газе …»): a name in a form
    /// other than the one the lexicon names it by, ending as a genitive does (-а, -я, -ы, -и).
    pub(super) fn ru_noun_genitive(&self, g: &Group, hit: &Hit) -> bool {
        self.ctx.lang == Lang::Ru
            && g.t1 <= hit.t0
            && self
                .live
                .iter()
                .any(|o| o.trig.noun && o.hit.t1 == g.t0 && o.hit.t1 <= hit.t0)
            && g.members.iter().all(|&m| {
                let a = &self.actors[m];
                let w = self.scan.text(a.t1 - 1);
                !a.adjective
                    && !a.person
                    && w.ends_with(['а', 'я', 'ы', 'и'])
                    && !self.ru_named_form(a, w)
                    && !self.ru_acronym(a.t0)
            })
    }

    /// The gender or number a Russian group shows in the nominative, told by its first word (several
    /// members joined are plural); None for persons, companies, indeclinable names and acronyms of
    /// a singular name (whose gender usage varies: «НАТО заявил», «НАТО заявило»). `subject`: also read
    /// a feminine -а/-я noun, which may be a masculine genitive when it stands as an object («Китая»).
    fn ru_group_agreement(&self, g: &Group, subject: bool) -> Option<RuAgr> {
        if g.members.len() > 1 {
            return Some(RuAgr::Plural);
        }
        let a = &self.actors[*g.members.first()?];
        // (A name the lexicon matched, of one state or bloc: not a phrase pointing back, «двух стран».)
        let named = self.ctx.mentions.iter().any(|m| {
            let (t0, t1) = mention_tokens(self.ctx, self.scan, m);
            t0 == a.t0 && t1 == a.t1
        });
        if a.person || a.who.is_some() || a.ids.len() != 1 || !named {
            return None;
        }
        let w = self.scan.text(a.t0);
        if self.ru_acronym(a.t0) {
            // («США», «ОАЭ»: the name behind the acronym is plural.)
            let [id] = a.ids.as_slice() else {
                return None;
            };
            let name = self
                .ctx
                .lexicon
                .entity(self.ctx.lexicon.lookup(id)?)
                .name(Lang::Ru);
            let first = blocwatch_text::normalize(name.split_whitespace().next()?);
            return (ru_word_agreement(&first, false) == Some(RuAgr::Plural))
                .then_some(RuAgr::Plural);
        }
        if a.adjective && a.t1 > a.t0 + 1 {
            return None;
        }
        let last = self.scan.text(a.t1 - 1);
        if !a.adjective && self.ru_oblique_actor(a) {
            return None;
        }
        match ru_word_agreement(w, subject || a.adjective)? {
            // (A noun in -ы is the nominative plural only as the lexicon names it, «Нидерланды»; else it
            // may be a feminine genitive, «Кубы».)
            RuAgr::Plural if !a.adjective && a.t1 == a.t0 + 1 && !self.ru_named_form(a, last) => {
                None
            }
            agr => Some(agr),
        }
    }

    /// Whether Russian group `g` stands in a form the nominative and accusative share: a masculine
    /// inanimate or plural name, «Израиль», «Пекин», «США», «Советский Союз».
    fn ru_nom_acc_form(&self, g: &Group) -> bool {
        g.members.len() == 1
            && !self.actors[g.members[0]].adjective
            && matches!(
                self.ru_group_agreement(g, false),
                Some(RuAgr::Masculine | RuAgr::Plural)
            )
    }

    /// Whether Russian group `g`, before past verb `hit`, is in a form the nominative and accusative
    /// share and cannot be the verb's subject by gender or number: «Израиль осудила …», «США
    /// поддержал …», «Китай обвинили …».
    /// (Only a name that opens its clause: after a noun it may be that noun's genitive, «Минфин США ввёл
    /// …».)
    pub(super) fn ru_verb_disagrees(&self, g: &Group, hit: &Hit) -> bool {
        let Some(v) = ru_past_agreement(self.scan.text(hit.t0)) else {
            return false;
        };
        self.ru_nom_acc_form(g)
            && self.ru_opens_clause(g.t0, self.clause_of(g.t0))
            && self.ru_group_agreement(g, false).is_some_and(|n| n != v)
    }

    /// Whether group `g` after past verb `hit` may be its subject by gender or number (unknown counts
    /// as agreeing); `title`: where the nominative title before it begins, its head («делегация
    /// Евросоюза», «министр иностранных дел России»).
    fn ru_verb_agrees(&self, g: &Group, hit: &Hit, title: Option<usize>) -> bool {
        let Some(v) = ru_past_agreement(self.scan.text(hit.t0)) else {
            return true;
        };
        let n = if let Some(t) = title.filter(|_| g.members.len() == 1) {
            ru_word_agreement(self.scan.text(t), true)
        } else {
            self.ru_group_agreement(g, true)
        };
        n.is_none_or(|n| n == v)
    }

    /// Russian object-first order with a light verb: "Санкции против Ирана ввели США", "Переговоры с
    /// Баку провела Армения", "Помощь Ливану оказала Франция". For noun trigger `i` with no bare actor
    /// before it in its clause, the actor right after the light verb (`ru_light_verb_stem`) that follows the
    /// noun's phrase is the agent: a nominative, or an instrumental after a passive ("Санкции … были
    /// введены Евросоюзом"). (Not past a comma or another verb trigger: "Санкции против Ирана осудил Китай"
    /// is the verb's own event.)
    pub(super) fn ru_light_verb_subject<'g>(
        &self,
        i: usize,
        groups: &'g [Group],
    ) -> Option<&'g Group> {
        let l = &self.live[i];
        let hit = &l.hit;
        let cr = &self.clauses[l.clause].range;
        if l.trig.object
            || groups
                .iter()
                .any(|g| g.prep.is_none() && g.t1 <= hit.t0 && g.t0 >= cr.start)
        {
            return None;
        }
        let end = (hit.t1 + 8).min(cr.end);
        let v = (hit.t1..end)
            .take_while(|&t| !is_comma(self.scan.text(t)))
            .find(|&t| {
                let w = self.scan.text(t);
                self.scan.toks[t].word
                    && self.tables.words.has_stem_of(WordList::RuLightVerbStem, w)
            })?;
        if self
            .live
            .iter()
            .any(|o| o.hit.t0 > hit.t0 && o.hit.t0 <= v && !o.trig.noun)
        {
            return None;
        }
        let g = groups
            .iter()
            .find(|g| g.t0 > v && g.t0 <= v + 3 && g.t1 <= cr.end)?;
        let w = self.scan.text(g.t1 - 1);
        let adjective = g.members.iter().all(|&m| self.actors[m].adjective);
        let oblique = g
            .members
            .last()
            .is_some_and(|&m| self.ru_oblique_actor(&self.actors[m]));
        (g.prep.is_none() && (!oblique || ru_instrumental(w, adjective))).then_some(g)
    }
}

/// The gender or number a Russian word shows in the nominative, or a past verb agrees with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum RuAgr {
    Masculine,
    Feminine,
    Neuter,
    Plural,
}

/// The agreement of Russian past-tense verb `w` (осудил, осудила, осудило, осудили; reflexive
/// отказался, отказалась, отказались): -л after a vowel, -ла, -ло, -ли. None for any other form.
pub(super) fn ru_past_agreement(w: &str) -> Option<RuAgr> {
    let w = w
        .strip_suffix("ся")
        .or_else(|| w.strip_suffix("сь"))
        .unwrap_or(w);
    let (stem, agr) = if let Some(s) = w.strip_suffix("ли") {
        (s, RuAgr::Plural)
    } else if let Some(s) = w.strip_suffix("ла") {
        (s, RuAgr::Feminine)
    } else if let Some(s) = w.strip_suffix("ло") {
        (s, RuAgr::Neuter)
    } else if let Some(s) = w.strip_suffix('л') {
        (s, RuAgr::Masculine)
    } else {
        return None;
    };
    (more_chars(stem, 2) && stem.ends_with(['а', 'е', 'и', 'о', 'у', 'ы', 'я', 'ё'])).then_some(agr)
}

/// The names of states in -ь that are feminine (the other names in -ь, «Израиль», are masculine).
const FEMININE_SOFT_SIGN: [&str; 2] = ["беларусь", "русь"];

/// The gender or number Russian word `w` shows if it is in the nominative: an adjective by its ending
/// (-ый/-ий masculine, -ые/-ие plural, -ая/-яя feminine), a noun ending in a consonant, -й or -ь
/// masculine, in -ы plural; `feminine_a`: also a noun in -а/-я feminine (which may be a masculine
/// genitive, «Китая»). None otherwise (-о, -е, -и, -у: indeclinable or oblique).
fn ru_word_agreement(w: &str, feminine_a: bool) -> Option<RuAgr> {
    let ends = |e: &[&str]| e.iter().any(|x| w.ends_with(x));
    if !more_chars(w, 2) || ru_oblique(w) {
        return None;
    }
    if ends(&["ые", "ие"]) {
        Some(RuAgr::Plural)
    } else if ends(&["ый", "ий"]) {
        Some(RuAgr::Masculine)
    } else if ends(&["ая", "яя"]) {
        Some(RuAgr::Feminine)
    } else if w.ends_with('ы') {
        Some(RuAgr::Plural)
    } else if w.ends_with(['а', 'я']) {
        feminine_a.then_some(RuAgr::Feminine)
    } else if FEMININE_SOFT_SIGN.contains(&w) {
        // (A noun in -ь is of either gender: «Израиль» masculine, «Беларусь» feminine, so «Беларусь
        // получила кредит» has its subject first.)
        Some(RuAgr::Feminine)
    } else if w.ends_with(|c: char| c.is_alphabetic() && !"аеёиоуыэюя".contains(c)) {
        Some(RuAgr::Masculine)
    } else {
        None
    }
}

/// The last word of a Russian name or demonym in a case other than the nominative (Сербии, Россией,
/// Китаю, Москве, американских, российскому). Endings shared with the nominative (Китая/Куба, Штаты,
/// Мали, американские) are left out: only an unmistakable oblique form counts.
/// The last run of alphanumeric chars of `s`, `s.rsplit(|c: char| !c.is_alphanumeric()).next()`, with
/// ASCII and the Russian alphabet's letters told without the Unicode tables.
/// The case ending that Russian word `w` adds to name `base` in its nominative (normalised): «Путина»,
/// «Путину», «Путиным» for путин, «Ортегу» for ортега. None when `w` is no such form of it.
fn ru_case_ending(base: &str, w: &str) -> Option<&'static str> {
    const CONSONANT_STEM: [&str; 5] = ["а", "у", "ом", "ым", "е"];
    const A_STEM: [&str; 4] = ["у", "ы", "и", "ой"];
    let rest = w.strip_prefix(base.trim_end_matches('а'))?;
    let endings: &[&'static str] = if base.ends_with('а') {
        &A_STEM
    } else if base.ends_with(|c: char| !"аеёиоуыэюяйь".contains(c)) {
        &CONSONANT_STEM
    } else {
        &[]
    };
    endings.iter().copied().find(|&e| e == rest)
}

/// Whether `blocwatch_text::normalize(word) == w`: a word of ASCII letters and digits and the Cyrillic
/// letters А–я, Ё, ё (a name's last word, nearly always) is compared char by char in the lower case
/// `normalize` gives each of those chars on its own (ё as е), without building the normalised string;
/// any other word is normalised.
fn normalizes_to(word: &str, w: &str) -> bool {
    // (On the bytes: each of those chars keeps its length in the lower case, А–П D0 90–9F → D0 B0–BF,
    // Р–Я D0 A0–AF → D1 80–8F, Ё D0 81 and ё D1 91 → е D0 B5; the whole word is read before the answer,
    // since a char of another kind sends it to `normalize`.)
    let (a, b) = (word.as_bytes(), w.as_bytes());
    let (mut same, mut i) = (a.len() == b.len(), 0);
    while i < a.len() {
        let (lower, len): ([u8; 2], usize) = match a[i..] {
            [x @ (b'a'..=b'z' | b'0'..=b'9'), ..] => ([x, 0], 1),
            [x @ b'A'..=b'Z', ..] => ([x + 0x20, 0], 1),
            [0xD0, 0x81, ..] | [0xD1, 0x91, ..] => ([0xD0, 0xB5], 2),
            [0xD0, y @ 0x90..=0x9F, ..] => ([0xD0, y + 0x20], 2),
            [0xD0, y @ 0xA0..=0xAF, ..] => ([0xD1, y - 0x20], 2),
            [0xD0, y @ 0xB0..=0xBF, ..] => ([0xD0, y], 2),
            [0xD1, y @ 0x80..=0x8F, ..] => ([0xD1, y], 2),
            _ => return blocwatch_text::normalize(word) == w,
        };
        same = same && b.get(i..i + len) == Some(&lower[..len]);
        i += len;
    }
    same
}

fn last_alnum(s: &str) -> &str {
    let alnum = |c: char| {
        c.is_ascii_alphanumeric()
            || matches!(c, 'А'..='я' | 'Ё' | 'ё')
            || (!c.is_ascii() && c.is_alphanumeric())
    };
    // (Back from the end by bytes: an ASCII char in place, the Cyrillic letters А–я, Ё, ё by their two
    // bytes, D0 90–BF and D1 80–8F, D0 81, D1 91; any other char decoded.)
    let b = s.as_bytes();
    let mut i = b.len();
    loop {
        match &b[..i] {
            [] => break,
            [.., x] if x.is_ascii() => {
                if !x.is_ascii_alphanumeric() {
                    break;
                }
                i -= 1;
            }
            [.., 0xD0, 0x81 | 0x90..=0xBF] | [.., 0xD1, 0x80..=0x8F | 0x91] => i -= 2,
            _ => {
                let c = s[..i].chars().next_back().unwrap_or(' ');
                if !alnum(c) {
                    break;
                }
                i -= c.len_utf8();
            }
        }
    }
    &s[i..]
}

fn ru_oblique(w: &str) -> bool {
    const ENDS: [&str; 17] = [
        "ии", "ией", "ому", "ему", "ого", "его", "ых", "их", "ским", "ыми", "ими", "ой", "ей",
        "ом", "ем", "ю", "у",
    ];
    // (Indeclinable names keep one form in every case: «Душанбе обвинил Кабул» has its subject first.)
    const NOMINATIVE: [&str; 12] = [
        "дом",
        "баку",
        "перу",
        "тувалу",
        "шойгу",
        "душанбе",
        "зимбабве",
        "верде",
        "ломе",
        "того",
        "уагадугу",
        "катманду",
    ];
    let nom_e = ["ие", "ые", "ое", "ее"].iter().any(|e| w.ends_with(e));
    more_chars(w, 2)
        && !NOMINATIVE.contains(&w)
        && (ENDS.iter().any(|e| w.ends_with(e)) || (w.ends_with('е') && !nom_e))
}

/// A Russian title or office word in the nominative singular (президент, министр, премьер, глава,
/// делегация), not in an oblique case (президента, министру, главу, делегации): its genitive state names
/// who acts.
fn ru_nominative_title(w: &str) -> bool {
    w == "глава"
        || w.ends_with("ия")
        || w.chars()
            .last()
            .is_some_and(|c| !"аеёиоуыэюяйь".contains(c) && c.is_alphabetic())
}

/// Whether `w`, the first word of a Russian title, is unmistakably in the genitive or accusative: a noun in
/// -а (not «глава»), -у, -ю or -ов, an adjective in -ого/-его («президента», «главу», «министров»,
/// «официального»). A nominative adjective (-ый, -ий) or plural (-ы, -и) is not («Официальный
/// представитель МИД России …», «Министры иностранных дел Индии и Китая …»).
/// The endings are the `ru_oblique_title_ending` rows of `words.csv`.
fn ru_oblique_title_word(words: &WordLists, w: &str) -> bool {
    w != "глава" && more_chars(w, 2) && words.has_ending_of(WordList::RuObliqueTitleEnding, w)
}

/// The last word of a Russian name or demonym in the instrumental (Россией, Китаем, Вашингтоном,
/// российскими). An adjective in -ой/-ей may be a genitive (российской стороны), so it does not count.
pub(super) fn ru_instrumental(w: &str, adjective: bool) -> bool {
    let ends = |e: &[&str]| e.iter().any(|x| w.ends_with(x));
    more_chars(w, 3)
        && !matches!(w, "дом" | "иерусалим" | "рим")
        && if adjective {
            ends(&["ими", "ыми"])
        } else {
            ends(&["ом", "ем", "ой", "ей", "ами", "ями", "ым", "им"])
        }
}

/// A Russian infinitive (ввести, помочь, вернуться).
pub(super) fn ru_infinitive(w: &str) -> bool {
    w.ends_with("ть") || w.ends_with("ти") || w.ends_with("ться") || w.ends_with("чь")
}

/// A Russian gerund (подписав, отказавшись, требуя, угрожая): perfective in -в/-вшись, imperfective in
/// -я after a vowel (not the -ия/-ья of a noun, nor the feminine of a participle: прибывшая,
/// подписавшая, находящаяся).
pub(super) fn ru_gerund(w: &str) -> bool {
    more_chars(w, 4)
        && (RU_PERFECTIVE_GERUND_ENDS.iter().any(|e| w.ends_with(e))
            || (["уя", "ая", "яя", "ясь"].iter().any(|e| w.ends_with(e)) && !ru_participle(w)))
}

/// The endings of a Russian perfective gerund (подписав, вступив, отказавшись), [`ru_gerund`]'s and
/// [`ru_opening_participle`]'s.
const RU_PERFECTIVE_GERUND_ENDS: [&str; 5] = ["ав", "ив", "яв", "ев", "вшись"];

/// A Russian word of more than four letters that may open a participle clause before the subject it is
/// about («Принятая в ОЭСР в четверг, Литва …», «Вступив в союз, Армения …»; the memberships'
/// `subjects::participle_word`): a perfective gerund (the endings of [`ru_gerund`]'s, and -ув, -йдя:
/// «войдя»), or a past participle in the nominative — passive, -нн- or -т- before a hard ending
/// (принятая, исключённый, взятое), or active, -вш- before a soft one (вступивший, вышедшие).
pub(crate) fn ru_opening_participle(w: &str) -> bool {
    const HARD: [&str; 4] = ["ая", "ый", "ое", "ые"];
    const SOFT: [&str; 4] = ["ая", "ий", "ее", "ие"];
    // (An ending of `endings` after one of `suffixes`.)
    let suffixed = |endings: &[&str], suffixes: &[&str]| {
        endings.iter().any(|e| {
            w.strip_suffix(e)
                .is_some_and(|stem| suffixes.iter().any(|s| stem.ends_with(s)))
        })
    };
    more_chars(w, 4)
        && (RU_PERFECTIVE_GERUND_ENDS
            .iter()
            .chain(&["ув", "йдя"])
            .any(|e| w.ends_with(e))
            || suffixed(&HARD, &["нн", "т"])
            || suffixed(&SOFT, &["вш"]))
}

/// A Russian full participle (являющаяся, сохранивший, подписанное): the suffix of the participle
/// before an adjectival ending. Common adjectives with the same letters (военный, иностранный) are not.
pub(super) fn ru_participle(w: &str) -> bool {
    const ENDINGS: [&str; 22] = [
        "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "его", "ого", "ему", "ому", "ым",
        "им", "ую", "юю", "их", "ых", "ими", "ыми", "ом",
    ];
    // (Present passive too: поддерживаемый, контролируемый, возглавляемый.)
    const SUFFIXES: [&str; 10] = [
        "ющ", "ущ", "ащ", "ящ", "вш", "енн", "анн", "аем", "яем", "уем",
    ];
    const ADJECTIVES: [&str; 5] = [
        "военн",
        "иностранн",
        "государственн",
        "собственн",
        "отечественн",
    ];
    suffixed_form(w, &ENDINGS, &SUFFIXES, &ADJECTIVES)
}

/// Whether `w`, a reflexive -ся/-сь taken off, is one of `endings` after a stem of more than three letters
/// that ends in one of `suffixes` and in none of `not` (the test of a participle's suffix and ending).
fn suffixed_form(w: &str, endings: &[&str], suffixes: &[&str], not: &[&str]) -> bool {
    let w = w
        .strip_suffix("ся")
        .or_else(|| w.strip_suffix("сь"))
        .unwrap_or(w);
    // (Each ending's last byte before the comparison, a call: Cyrillic letters share their first byte.)
    let ends = |w: &str, e: &str| {
        e.as_bytes()
            .last()
            .is_none_or(|z| w.as_bytes().last() == Some(z) && w.ends_with(e))
    };
    endings.iter().any(|e| {
        ends(w, e) && {
            let stem = &w[..w.len() - e.len()];
            more_chars(stem, 3)
                && suffixes.iter().any(|s| ends(stem, s))
                && !not.iter().any(|a| ends(stem, a))
        }
    })
}

/// A Russian full active participle (принимающая, принимавшей, принявший, находящийся): an adjectival
/// ending (with the oblique -ей, -ем, -ою a full participle also takes) right after the suffix of the
/// active participle, present (-ющ-, -ущ-, -ащ-, -ящ-) or past (-вш-), on a stem of more than three letters,
/// a reflexive -ся/-сь after it. A finite verb (принимает), a gerund (принявшись, принимая) or a passive
/// participle (принятый) is none.
pub(super) fn ru_active_participle(w: &str) -> bool {
    const ENDINGS: [&str; 25] = [
        "ий", "ый", "ая", "яя", "ое", "ее", "ие", "ые", "его", "ого", "ему", "ому", "ым", "им",
        "ую", "юю", "их", "ых", "ими", "ыми", "ей", "ем", "ою", "ой", "ом",
    ];
    const SUFFIXES: [&str; 5] = ["ющ", "ущ", "ащ", "ящ", "вш"];
    suffixed_form(w, &ENDINGS, &SUFFIXES, &[])
}

/// Whether `w` has the shape of a Russian verb in the past: a vowel, «л», then nothing, «а», «о», «и» or a
/// reflexive ending («расплатилась», «нарушил», «отказались»), on a word of five letters or more (not «сила»,
/// «или»). (A shape only: «Кабула» passes too; callers read it in a short clause.)
pub(super) fn ru_past_verb(w: &str) -> bool {
    const ENDINGS: [&str; 8] = ["лся", "лась", "лось", "лись", "ла", "ло", "ли", "л"];
    if w.chars().count() < 5 {
        return false;
    }
    ENDINGS.iter().any(|e| {
        w.strip_suffix(e).is_some_and(|stem| {
            stem.chars()
                .next_back()
                .is_some_and(|c| matches!(c, 'а' | 'е' | 'и' | 'о' | 'у' | 'ы' | 'я' | 'ё'))
        })
    })
}

impl<'a> Coder<'_, 'a> {
    /// Whether promise `i` («пообещал», «пообещала, что …») has a threat in the «что» clause right
    /// after it: the promise is that threat ("Москва пообещала, что этот шаг не останется без
    /// ответа"), not an agreement.
    pub(super) fn ru_promise_of_threat(&self, i: usize) -> bool {
        let l = &self.live[i];
        let Some(next) = self.clauses.get(l.clause + 1) else {
            return false;
        };
        self.ctx.lang == Lang::Ru
            && next.opened_by == Some(Boundary::Comp)
            && next.range.start >= l.hit.t1
            && next.range.start <= l.hit.t1 + 2
            && self
                .live
                .iter()
                .any(|o| o.clause == l.clause + 1 && TYPES[o.trig.kind as usize] == "THREATEN")
    }
}

impl Coder<'_, '_> {
    /// Acts a Russian sentence tells by pointing back at an act told before it, coded again with the new
    /// doer (`out`: this sentence's events, to which the echoes are added):
    /// - a gapped clause, «…, а X — …» with no verb of its own («Япония пообещала Филиппинам 300
    ///   миллионов, а Южная Корея — 120 миллионов»): the act of the clause before, X its doer in place of
    ///   that act's subject, aimed at a state named after the dash if one is; with a comma alone,
    ///   «…, X — 30 млн», only when an amount follows the dash (else it is an apposition);
    /// - an answer in kind, «ответил(а) тем же», «ответил(а) зеркально», «ответил(а) взаимностью»: the
    ///   latest act aimed at the one who answers, with the roles turned;
    /// - following suit, «последовал(а) (его) примеру» (not negated): the latest act by others, with the
    ///   follower its doer (in a symmetric act, in place of the first party).
    ///
    /// The act answered or followed may be told in this sentence or in the two before
    /// (`Coder::recent_events`); the gapped one only in this sentence.
    pub(super) fn ru_echoed_acts(&self, out: &mut Vec<EventRec>) {
        let toks = &self.scan.toks;
        let n = toks.len();
        let word = |t: usize| t < n && toks[t].word;
        let text = |t: usize| if t < n { self.scan.text(t) } else { "" };
        // (The normal form writes every dash as "-".)
        let is_dash = |t: usize| t < n && matches!(self.scan.text(t), "-" | "—" | "–");
        // The actors of the run that starts at token `t` (names joined by «и» or commas), and its end.
        let run_at = |t: usize| -> Option<(SmallVec<[&Actor<'_>; 2]>, usize)> {
            let mut k = t;
            let mut run: SmallVec<[&Actor<'_>; 2]> = SmallVec::new();
            while let Some(a) = self.actors.iter().find(|a| a.t0 == k) {
                run.push(a);
                k = a.t1;
                if k + 1 < n
                    && (text(k) == "и" || is_comma(text(k)))
                    && self.actors.iter().any(|b| b.t0 == k + 1)
                {
                    k += 1;
                }
            }
            (!run.is_empty()).then_some((run, k))
        };
        let ids_of = |run: &[&Actor<'_>]| -> Vec<String> {
            let mut v: Vec<String> = Vec::new();
            for id in run.iter().flat_map(|a| a.ids.iter()) {
                if !v.iter().any(|x| x == id) {
                    v.push(id.to_string());
                }
            }
            v
        };
        let mut echoes: Vec<EventRec> = Vec::new();
        for t in 0..n {
            let w = text(t);
            // «…, Франция — 30 млн»: a comma alone opens a gapped clause only before an amount (a comma,
            // a name and a dash also open an apposition, «Армения, страна — член ОДКБ, …»).
            let bare_gap = !word(t)
                && is_comma(w)
                && run_at(t + 1).is_some_and(|(_, end)| {
                    is_dash(end) && text(end + 1).starts_with(|c: char| c.is_ascii_digit())
                });
            if !word(t) && !bare_gap {
                continue;
            }
            // «…, а Южная Корея — 120 миллионов»
            if bare_gap || (w == "а" && t > 0 && is_comma(text(t - 1))) {
                let Some((run, end)) = run_at(t + 1) else {
                    continue;
                };
                if !is_dash(end) || run.iter().any(|a| a.adjective) {
                    continue;
                }
                let stop = (end + 1..n)
                    .find(|&k| !toks[k].word && !is_comma(text(k)) && text(k) != "-")
                    .unwrap_or(n);
                let Some(prior) = out
                    .iter()
                    .rev()
                    .find(|e| e.sentence[0] == self.ctx.range.start && self.told_before(e, t))
                else {
                    continue;
                };
                // (Not «…, а Франция — нет», nor a clause naming an act of another kind: the object of
                // the verb left out is of its kind, «а ОАЭ — соглашение о партнёрстве».)
                if text(end + 1) == "нет"
                    || self.scan.triggers.iter().any(|h| {
                        h.t0 > end && h.t0 < stop && self.hit_type(h) != Some(prior.kind.as_str())
                    })
                {
                    continue;
                }
                let mut ev = prior.clone();
                let doers = ids_of(&run);
                // (The subject of the act before: its parties named before its trigger.)
                let p0 = self.ctx.text.find(prior.trigger.as_str()).unwrap_or(0);
                let subject: Vec<String> = prior
                    .source
                    .iter()
                    .filter(|id| {
                        self.actors
                            .iter()
                            .any(|a| toks[a.t1 - 1].orig_end <= p0 && a.ids.iter().any(|x| x == id))
                    })
                    .cloned()
                    .collect();
                let subject = if subject.is_empty() {
                    prior.source.iter().take(1).cloned().collect()
                } else {
                    subject
                };
                let objects: Vec<&Actor<'_>> = self
                    .actors
                    .iter()
                    .filter(|a| a.t0 > end && a.t0 < stop)
                    .collect();
                if ev.target.is_empty() {
                    ev.source.retain(|id| !subject.contains(id));
                    for d in doers.into_iter().rev() {
                        if !ev.source.contains(&d) {
                            ev.source.insert(0, d);
                        }
                    }
                } else {
                    ev.source = doers;
                    if !objects.is_empty() {
                        ev.target = ids_of(&objects);
                    }
                }
                ev.target.retain(|id| !ev.source.contains(id));
                echoes.push(self.stamp_echo(ev, &run, t + 1, end, t));
                continue;
            }
            let answer = w.starts_with("ответил")
                && (matches!(
                    (text(t + 1), text(t + 2)),
                    ("тем", "же") | ("взаимностью", _) | ("зеркально", _) | ("симметрично", _)
                ) || t > 0 && matches!(text(t - 1), "зеркально" | "симметрично"));
            let follow = w.starts_with("последовал")
                && !(t > 0 && text(t - 1) == "не")
                && ((t + 1..(t + 3).min(n)).any(|k| text(k) == "примеру")
                    || (t.saturating_sub(2)..t).any(|k| text(k) == "примеру"));
            if !(answer || follow) {
                continue;
            }
            // The one who answers or follows: named right before the verb, else right after its words.
            let lead = (t.saturating_sub(3)..t)
                .find_map(|k| run_at(k).filter(|(_, e)| *e <= t && (*e..t).all(word)))
                .or_else(|| {
                    let after = if text(t + 1) == "тем" {
                        t + 3
                    } else {
                        t + 2
                    };
                    let after = if text(after) == "примеру" && follow {
                        after + 1
                    } else {
                        after
                    };
                    (t + 1..=after.min(n))
                        .find_map(&run_at)
                        .filter(|(run, _)| run.iter().all(|a| !a.adjective))
                });
            let Some((run, _)) = lead else { continue };
            let doers = ids_of(&run);
            // (The answer told by a verb of its own after it, «ответил зеркально, выслав двух
            // дипломатов», is that verb's event.)
            if self.spelled_after(out, &doers, t, None) {
                continue;
            }
            let Some(ev) = self.echoed_deed(out, doers, answer, t) else {
                continue;
            };
            echoes.push(self.stamp_echo(ev, &run, t, t, t));
        }
        for e in echoes {
            super::coder::merge(out, e);
        }
    }
}

impl Coder<'_, '_> {
    /// The maker of the proposal refused at REJECT `hit`, named in the instrumental after a participle of
    /// proposing (`ru_proposal_participle_stem`) right after the object («отказался подписать меморандум, предложенный Москвой», «отверг
    /// план, подготовленный Вашингтоном»): the actor index, within a dozen words and before any stop.
    pub(super) fn ru_proposal_maker(&self, hit: &Hit) -> Option<usize> {
        let n = self.scan.toks.len();
        let end = n.min(hit.t1 + 12);
        let mut verb = None;
        for t in hit.t1..end {
            let w = self.scan.text(t);
            if w == "." || super::clauses::is_hard_punct(w) {
                break;
            }
            if self
                .tables
                .words
                .has_stem_of(WordList::RuProposalParticipleStem, w)
            {
                verb = Some(t);
                break;
            }
        }
        let verb = verb?;
        self.actors.iter().position(|a| {
            a.t0 > verb
                && a.t0 <= verb + 2
                && a.ids.len() == 1
                && ru_instrumental(self.scan.text(a.t1 - 1), a.adjective)
        })
    }
}

/// Orders to leave told in Russian (session 48, sanction): the expulsion an order verb before a verb of
/// leaving tells, and the subject before a verb it reads.
impl<'a> Coder<'_, 'a> {
    /// The states of the subject of a Russian verb at `v` that stands before it: the last group with no
    /// preposition before the verb in its clause, or, when the verb opens its clause (a verb of saying,
    /// «объявило», does), in the clause before with no punctuation between.
    pub(super) fn ru_subject_before(&self, v: usize) -> Option<Ids<'a>> {
        let ci = self.clause_of(v);
        let before = |c: usize| {
            self.groups(&self.clauses[c].range)
                .iter()
                .rfind(|g| g.prep.is_none() && g.t1 <= v)
                .cloned()
        };
        let g = before(ci).or_else(|| {
            (ci > 0 && self.clauses[ci].range.start == v && self.scan.toks[v - 1].word)
                .then(|| before(ci - 1))
                .flatten()
        })?;
        let mut ids: Ids<'a> = Ids::new();
        push_distinct(&mut ids, self.group_ids(&g.members));
        Some(ids)
    }

    /// «Германия потребовала от руководителя резидентуры американской разведки покинуть страну»,
    /// «МИД потребовал, чтобы российский посол покинул страну», «дал советскому посольству 48 часов на
    /// то, чтобы покинуть Конго»: a Russian verb of leaving at `hit` after a verb of ordering
    /// (`ru_ordering_verb` stems, `ru_ordering_word` words) whose object is an envoy, a mission or its
    /// staff (`envoy`, `staff` topics) is an expulsion by the orderer of the states of the object (as
    /// `en_ordered_act`). One phrase: its only punctuation the comma before «чтобы»; no other verb
    /// trigger between. The orderer is the last group with no preposition before the order verb in its
    /// clause. `None` without an envoy word (a state told to leave a bloc is asked, not expelled) or
    /// without a state of the object.
    pub(super) fn ru_ordered_departure(&self, hit: &Hit) -> Option<(Ids<'a>, Ids<'a>)> {
        self.ru_departure_order(hit)
            .map(|(_, source, target)| (source, target))
    }

    /// Whether Russian verb `hit` is the order of an expulsion told as an order to leave
    /// (`ru_ordered_departure`) of a later trigger of its sentence: «потребовал, чтобы посол покинул
    /// страну» is that expulsion, not a request of its own.
    pub(super) fn ru_order_of_departure(&self, hit: &Hit) -> bool {
        self.ctx.lang == Lang::Ru
            && self.live.iter().any(|l| {
                l.hit.t0 > hit.t0
                    && TYPES[l.trig.kind as usize] == "SANCTION"
                    && self
                        .ru_departure_order(&l.hit)
                        .is_some_and(|(v, _, _)| v == hit.t0)
            })
    }

    /// `ru_ordered_departure` with the token of the order verb.
    fn ru_departure_order(&self, hit: &Hit) -> Option<(usize, Ids<'a>, Ids<'a>)> {
        if self.ctx.lang != Lang::Ru || hit.t0 < 2 {
            return None;
        }
        let leave = self.scan.text(hit.t0);
        if !["покин", "уех", "выех"]
            .iter()
            .any(|p| leave.starts_with(p))
        {
            return None;
        }
        let words = &self.tables.words;
        let v = (hit.t0.saturating_sub(16)..hit.t0).rev().find(|&t| {
            let w = self.scan.text(t);
            words.has_stem_of(WordList::RuOrderingVerb, w) || words.has(WordList::RuOrderingWord, w)
        })?;
        let n = self.scan.toks.len();
        // (The comma before «чтобы» is the only punctuation of the phrase.)
        let before_chtoby =
            |t: usize| is_comma(self.scan.text(t)) && t + 1 < n && self.scan.text(t + 1) == "чтобы";
        if (v + 1..hit.t0).any(|t| !self.scan.toks[t].word && !before_chtoby(t))
            || self
                .live
                .iter()
                .any(|l| !l.trig.noun && l.hit.t0 > v && l.hit.t0 < hit.t0)
            || !(v + 1..hit.t0).any(|t| {
                self.topic_at(t, &["envoy", "staff"])
                    || words.has(WordList::EnvoyNoun, self.scan.text(t))
            })
        {
            return None;
        }
        let source = self.ru_subject_before(v)?;
        let target = self.object_states(v, hit.t0, &source);
        (!source.is_empty() && !target.is_empty()).then_some((v, source, target))
    }
}

#[cfg(test)]
mod tests {
    use super::{
        last_alnum, normalizes_to, ru_active_participle, ru_gerund, ru_infinitive,
        ru_opening_participle,
    };

    /// The words that open a participle clause before its subject (the memberships read «Принятая в ОЭСР,
    /// Литва …» with it): the perfective gerunds, the nominative past participles, passive (-нн-, -т-) and
    /// active (-вш-); not a finite verb, an imperfective gerund, an oblique participle, a present
    /// participle or a noun, nor a word of four letters.
    #[test]
    fn ru_opening_participle_by_its_ending() {
        for w in [
            "вступив",
            "войдя",
            "обманув",
            "присоединившись",
            "принятая",
            "исключенный",
            "взятое",
            "подписанные",
            "вступившая",
            "покинувший",
            "покинувшее",
            "вступившие",
        ] {
            assert!(ru_opening_participle(w), "{w}");
        }
        for w in [
            "вступила",
            "вступая",
            "принятой",
            "вступившего",
            "находящийся",
            "страна",
            "союз",
            "снят",
            "взяв",
        ] {
            assert!(!ru_opening_participle(w), "{w}");
        }
        // (The perfective gerund's endings are `ru_gerund`'s.)
        for w in ["вступив", "подписав", "отказавшись"] {
            assert!(ru_gerund(w) && ru_opening_participle(w), "{w}");
        }
    }

    /// Every ending of the Russian infinitive, -ть, -ти, -ться and -чь (the modality of an act under a
    /// verb of asking or threatening reads its trigger with this test, which once lacked -чь), and no
    /// finite form or noun in -щь.
    /// The active participle of a verb of hosting in each of its cases and tenses, and not the finite
    /// verb, the gerunds, the passive participle or a noun with the same letters
    /// (`Coder::host_in_attribute` reads «принимающая саммит Аргентина» with it).
    #[test]
    fn ru_active_participle_by_its_suffix_and_ending() {
        for w in [
            "принимающая",
            "принимающей",
            "принимающую",
            "принимавшая",
            "принимавшим",
            "принявший",
            "находящийся",
        ] {
            assert!(ru_active_participle(w), "{w}");
        }
        for w in [
            "принимает",
            "принимали",
            "принимая",
            "принявшись",
            "принятый",
            "товарищей",
            "вещей",
        ] {
            assert!(!ru_active_participle(w), "{w}");
        }
    }

    #[test]
    fn ru_infinitive_has_every_ending() {
        for w in [
            "ввести",
            "подписать",
            "вернуться",
            "помочь",
            "пресечь",
            "привлечь",
        ] {
            assert!(ru_infinitive(w), "{w}");
        }
        for w in ["подписал", "помощь", "ввёл", "пресекли"] {
            assert!(!ru_infinitive(w), "{w}");
        }
    }

    #[test]
    fn normalizes_to_agrees_with_normalize() {
        for word in [
            "Путин",
            "Гвинея",
            "Бисау",
            "Ёлкин",
            "Королёв",
            "G7",
            "Erdoğan",
            "Нетаньяху",
            "ЮАР",
            "США",
            "Ивановъ",
            "Ѳеодоръ",
            "ČSSR",
            "Abc9",
            "",
        ] {
            let n = blocwatch_text::normalize(word);
            assert!(normalizes_to(word, &n), "{word}");
            for other in [
                "путин",
                "гвинея",
                "елкин",
                "королев",
                "королёв",
                "g7",
                "erdogan",
                "юар",
                "x",
            ] {
                assert_eq!(normalizes_to(word, other), n == other, "{word} {other}");
            }
        }
    }

    #[test]
    fn last_alnum_of_names() {
        assert_eq!(last_alnum("Владимир Путин"), "Путин");
        assert_eq!(last_alnum("Гвинея-Бисау"), "Бисау");
        assert_eq!(last_alnum("Ёж"), "Ёж");
        assert_eq!(last_alnum("G7"), "G7");
        assert_eq!(last_alnum("ООН "), "");
        assert_eq!(last_alnum(""), "");
        assert_eq!(last_alnum("Recep Tayyip Erdoğan"), "Erdoğan");
    }

    proptest::proptest! {
        #[test]
        fn last_alnum_is_the_last_rsplit_piece(s in "[ a-zA-Z0-9а-яА-ЯёЁ\\-.,'«»ğçşıİ٠-٩ا-ي]{0,24}") {
            proptest::prop_assert_eq!(
                last_alnum(&s),
                s.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap()
            );
        }
    }
}
