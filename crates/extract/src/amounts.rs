//! Sums of money in Arabic, English and Russian sentences: `$80 billion`, `80 مليار دولار`, `1,5 млрд
//! рублей`, `ملياري دولار`, `five billion euros`, with their bound (`more than`, `نحو`, `до`), kind (trade,
//! investment, debt, aid, arms, energy, loan, other), parties and date.
//!
//! Choices worth knowing:
//! - Only money is a quantity. A number needs a currency (symbol, code or name) or, failing that, a scale
//!   of at least a million in a sentence about trade, investment, debt, aid or loans and no unit after it
//!   (`38 billion cubic metres` is a volume, `1,500 troops` a count, `40 %` a share, `2015` a year).
//!   A part of a sum, after ", of which", «, из которых», "، منها", takes that sum's currency whatever it
//!   pays for (`$100 billion, of which China gives 41 billion`).
//! - Separators follow the language: `1,500` is 1500 in English and Arabic; `1,5 млрд` is 1.5 billion in
//!   Russian, where a space groups thousands (`1 500`). A separator followed by other than three digits is
//!   always a decimal point (`1.5`, `1,25`). Arabic-Indic digits and `٫` are folded by normalisation.
//! - The kind comes from the cue word nearest to the amount (`trade`, `التبادل التجاري`, `товарооборот`),
//!   but not from a cue that opens or closes another sum's clause ("pay X … and lend Y": the lending is
//!   Y's); a sentence with no cue takes the kind the sentence before names ("… to buy S-400 systems. The
//!   deal is worth $2.5bn"); with none, `other`. What a programme or a mine costs ("at a cost of",
//!   «стоимостью», "كلفة") is a weak investment cue that yields to those too.
//! - A loan or debt noun that governs the goods it pays for ("loan … for building the plant", «долг за газ»)
//!   names its clause's sum ([`governs`]); a package named only by weak cues is a loan when a lending
//!   institution stands in the sum's clause ([`LENDERS`]); a sum with no cue at all takes the loan or debt
//!   the next sentence names ([`later_instrument`]).
//! - A negated verb bounds the other way ("لا يتجاوز" at most, «не достигает и» less than: [`negated_before`]);
//!   a range in words gives both ends ("between two and three billion": [`range_high`]); what is left of a
//!   sum or a sum that leaves out its unit ("the remaining 25 million", "claimed just over six million.") is
//!   in the currency named before it, in its sentence or the one before ([`remainder_before`],
//!   [`unit_elided`]).
//! - A clause of contrast after a comma (", а", ", while", "، على أن") is another act whose cue is the next
//!   sum's ([`leave_cues_to_their_sums`]); buying goods is trade and giving them aid ([`BUYING`],
//!   [`GIVING`]); goods measured in a coordinated act ("and deliver ten million tonnes of oil") are the
//!   volume's ([`volume_owns`]); a sum given "each to" or "لكل من" the states after it is one sum per state
//!   ([`shared_by`]).
//! - The parties are the sentence's states, blocs and collectives; people and companies stand for their
//!   state. The date is the sentence's date nearest to the amount, else the document's.
//!
//! The word lists are `data/facts/{scales,currencies,amount_bounds,amount_kinds,number_words,
//! amount_units}.csv`.

use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use blocwatch_lexicon::Kind;
use blocwatch_text::{is_word_char, normalize, Lang};
use regex::{Captures, Match, Regex};
use smallvec::SmallVec;

use crate::context::SentenceCtx;
use crate::dates::{
    alternation, alternatives, each_match, facts_rows, has_digit, leftmost_longest, script_bit,
    script_mask, standard_dfa, word_start, word_start_plain, DateHit, Dates, Hit, WordMatch,
};
use crate::memberships::is_list_gap;
use crate::record::QuantityRec;
use crate::walk::WordDfa;

const SCALES_CSV: &str = include_str!("../../../data/facts/scales.csv");
const CURRENCIES_CSV: &str = include_str!("../../../data/facts/currencies.csv");
const BOUNDS_CSV: &str = include_str!("../../../data/facts/amount_bounds.csv");
const KINDS_CSV: &str = include_str!("../../../data/facts/amount_kinds.csv");
const NUMBER_WORDS_CSV: &str = include_str!("../../../data/facts/number_words.csv");
const UNITS_CSV: &str = include_str!("../../../data/facts/amount_units.csv");
const TARGETS_CSV: &str = include_str!("../../../data/facts/amount_targets.csv");
const PRICES_CSV: &str = include_str!("../../../data/facts/amount_prices.csv");
const SHARES_CSV: &str = include_str!("../../../data/facts/amount_shares.csv");
const INCLUSIONS_CSV: &str = include_str!("../../../data/facts/amount_inclusions.csv");
const CURRENCY_STATES_CSV: &str = include_str!("../../../data/facts/currency_states.csv");

/// How many words before an amount a verb of exceeding ("تجاوز", "превысил", "topped") still bounds it.
const BOUND_VERB_WINDOW: usize = 8;

/// How many words of its clause a judgment cue reaches over to the sum it names ("an arbitration court
/// has ordered Bulgaria's state power company to pay Atomstroyexport about 550 million euros": ten).
const JUDGMENT_REACH: usize = 12;

/// The lending institutions: what they give as a package or support is a loan (Session-47 ruling (a)).
const LENDERS: [&str; 5] = ["IMF", "WORLD_BANK", "NDB", "AIIB", "EDB"];

/// Kinds that make a currency-less amount money ("trade reached 200 billion").
const MONEY_KINDS: [&str; 5] = ["trade", "investment", "debt", "aid", "loan"];

/// How many words a part of a sum may stand after the phrase that opens the parts ([`part_of_sum`]).
const PART_REACH: usize = 8;

/// Finds the sums of money of one sentence, in text order. `dates` are the sentence's dates.
/// `before` is the sentence before in the same chunk, if any (its normalised text serves
/// [`earlier_cue_kind`]).
pub(crate) fn find(
    ctx: &SentenceCtx<'_>,
    dates: &Dates<'_>,
    before: Option<&SentenceCtx<'_>>,
) -> Vec<QuantityRec> {
    let text = ctx.text;
    // Every amount has a digit or a scale word. Most sentences have neither: a byte scan and one automaton
    // pass over the text as written skip them before anything is normalised.
    let t = tables();
    let previous = recall_kind(ctx);
    let norm = ctx.norm.clone();
    let n = norm.as_str();
    // One automaton pass over the normalised sentence finds its currencies, scales and kind cues (the
    // first walked beside the dates' words, see `Dates::walk`).
    let words = word_hits_from(t, n, &dates.walk().money);
    // Every sum needs a currency or a scale of at least a million, as a whole word: a sentence with
    // neither (most sentences, and most with a digit, which only have a year or a count) leaves here.
    if !words.money {
        return Vec::new();
    }
    let has_digit = has_digit(text);
    if !has_digit && !t.scale_ac.is_match(text) {
        return Vec::new();
    }
    let mut kinds = words.kinds;
    // In an Arabic or Russian sentence a Latin word is part of a name ("Essar Oil", "Gulf Oil"), not a cue.
    if ctx.lang != Lang::En {
        kinds.retain(|&(s, e, _, _)| script(&n[s..e]) != Script::Latin);
    }
    // "بتقديم عشرة مليارات دولار …، لتمويل مشاريع الإسكان": financing as a purpose ("to finance", the
    // infinitive's ل) names what the money pays for, not a loan; it is weak as the verbs of giving are.
    // So is the verb of granting, "منحت"/"منحته" (with the person's ت: "قرض … منحته موسكو"): the noun of
    // the grant (منحة) stays a strong aid cue, the verb says only that money changes hands.
    if ctx.lang == Lang::Ar {
        for k in kinds.iter_mut() {
            if n[k.0..k.1] == *"منح" && !k.3 {
                let rest = &n[k.1..];
                let suffix = &rest[..rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len())];
                k.3 = matches!(suffix, "ت" | "ته" | "تها" | "تهم" | "تهما" | "تا");
            }
            if n[k.0..k.1] == *"تمويل" && !k.3 {
                let before = n[..k.0].trim_end_matches('ل');
                let purpose = before.len() + 'ل'.len_utf8() == k.0
                    && before
                        .trim_end_matches('و')
                        .ends_with(|c: char| !is_word_char(c));
                k.3 = purpose;
            }
        }
    }
    // A word of cost is a weak investment cue that yields to a company's sector and to the sentence
    // before as well (below).
    let only_costs = !kinds.is_empty()
        && kinds
            .iter()
            .all(|&(s, e, _, _)| t.cost_cues.iter().any(|c| c == &n[s..e]));
    let mut cands: Vec<Cand> = Vec::new();
    if has_digit {
        let re = if ctx.lang == Lang::Ru {
            &t.digits_ru
        } else {
            &t.digits
        };
        // The fast matcher first; the capture groups only for a match that holds more than a bare
        // number: a number without currency or scale is never money, and most are years and counts.
        for m in re.find_iter(n) {
            let bare = m
                .as_str()
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b' '));
            if bare {
                continue;
            }
            // The groups read by hand; the capture engine only if that read ends elsewhere.
            let c = match read_digits(t, ctx.lang == Lang::Ru, n, m.start()) {
                Some((g, end)) if end == m.end() => candidate(t, ctx.lang, &g, n, &kinds),
                _ => match re.captures_at(n, m.start()) {
                    Some(caps) => candidate(t, ctx.lang, &caps, n, &kinds),
                    None => None,
                },
            };
            if let Some(c) = c {
                cands.push(c);
            }
        }
    }
    // Both regexes need a scale word; the compound one two, one after the other.
    let scripts = script_mask(n);
    if words.words_form {
        // As the digits: the fast matcher first, the groups read by hand from where its lead ends (one
        // char, but at the text's start, where the lead may be empty), the capture engine only if that
        // read ends elsewhere.
        let re = t.scripted.words(scripts);
        for m in re.find_iter(n) {
            let read = n[m.start()..]
                .chars()
                .next()
                .filter(|_| m.start() > 0)
                .and_then(|lead| read_words(t, n, m.start() + lead.len_utf8()));
            let c = match read {
                Some((g, end)) if end == m.end() => candidate(t, ctx.lang, &g, n, &kinds),
                _ => match re.captures_at(n, m.start()) {
                    Some(caps) => candidate(t, ctx.lang, &caps, n, &kinds),
                    None => None,
                },
            };
            if let Some(c) = c {
                cands.push(c);
            }
        }
    }
    let two_scales = matches!(
        (words.scale_first_end, words.scale_last_start),
        (Some(first_end), Some(last_start)) if first_end <= last_start
    );
    if (has_digit || words.words_form) && two_scales {
        for caps in t.scripted.compound(scripts).captures_iter(n) {
            if let Some(c) = compound(t, ctx.lang, &caps, n, &kinds) {
                cands.push(c);
            }
        }
    }
    cands.sort_by(|a, b| (b.e - b.s).cmp(&(a.e - a.s)).then(a.s.cmp(&b.s)));
    let mut kept: Vec<Cand> = Vec::new();
    for c in cands {
        if kept.iter().all(|k| c.e <= k.s || c.s >= k.e) {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| c.s);
    drop_conversions(t, n, &mut kept);
    leave_cues_to_their_sums(t, n, &kinds, &mut kept);
    // "more than four million Syrians", "أربعة ملايين سوري", «два миллиона сирийцев»: a number followed by
    // the people of a state is a head count, however much the sentence talks of aid (checked before a
    // currency named elsewhere in the sentence is lent to it below).
    kept.retain(|c| c.currency.is_some() || !people_follow(ctx, &norm, c.e));
    // "¥" writes both the yuan and the yen: in a sentence about Japan and not China it is the yen.
    let japan = |id: &str| id == "JPN";
    let yen = ctx
        .mentions
        .iter()
        .any(|m| m.country.is_some_and(japan) || japan(m.id))
        && !ctx
            .mentions
            .iter()
            .any(|m| m.id == "CHN" || m.country == Some("CHN"));
    if yen {
        for c in kept.iter_mut() {
            if c.currency.as_deref() == Some("CNY") && n[c.s..c.e].contains('¥') {
                c.currency = Some("JPY".to_string());
            }
        }
    }
    // "12.7 billion pesos" in a sentence about the Philippines, «30 مليون دينار» lent by Kuwait alone: a bare
    // name several states' currencies share is the currency of the one such state the sentence names.
    for c in kept.iter_mut() {
        if let Some(code) = c
            .currency
            .as_deref()
            .and_then(|cur| state_currency(t, ctx, cur))
        {
            c.currency = Some(code.to_string());
        }
    }
    // "exports came to 65.7 billion dollars, while imports stood at just 4.3 billion": a later amount
    // without a currency is in the one the sentence already named.
    let mut named: Option<String> = None;
    for c in &mut kept {
        match (&c.currency, &named) {
            (Some(cur), _) => named = Some(cur.clone()),
            (None, Some(cur)) if !c.price => c.currency = Some(cur.clone()),
            _ => {}
        }
    }
    // "… спишет 865 миллионов долларов долга. Оставшиеся 25 миллионов …", "… pay three million Canadian
    // dollars … Ottawa had claimed just over six million.": a remainder, a sum that leaves out its unit, or
    // a part with no sum before it in its sentence is in the currency of the sentence before.
    if let Some(code) = previous.currency_code() {
        for c in kept
            .iter_mut()
            .filter(|c| (c.part || c.elided) && c.currency.is_none())
        {
            c.currency = Some(code.to_string());
        }
    }
    // A part of a sum, or a sum that leaves out its unit, is money only in the currency of a sum before
    // it (or by a kind of money).
    kept.retain(|c| {
        c.currency.is_some() || !(c.part || (c.elided && !MONEY_KINDS.contains(&c.kind)))
    });

    range_lows(t, ctx.lang, n, &mut kept);
    replaced_sums(t, ctx.lang, n, &mut kept);
    compared_prices(t, n, &mut kept);

    // Without a cue word, a company of the sentence may say what the money is for (Gazprom: energy), and
    // a sentence that only restates an amount ("Это около 50 млрд долларов") keeps the previous one's kind,
    // and one that prices what the sentences before name ("The deal is worth $2bn") takes their cue's.
    // So does what a programme, a mine or a bridge costs ("at a cost of 90 billion roubles", «стоимостью 3
    // млрд», "بكلفة ٣ مليارات"): an investment only when none of them names the kind ("the line, led by
    // Gazprom, will cost €9.5bn" is energy).
    if kinds.is_empty() || only_costs {
        let fallback = sector_kind(ctx)
            .or(previous.kind)
            .or_else(|| earlier_cue_kind(t, ctx, before, previous.start))
            .or_else(|| kinds.is_empty().then(|| later_instrument(t, ctx)).flatten());
        if let Some(k) = fallback {
            let costed = |c: &Cand| only_costs && c.kind == "investment";
            for c in kept
                .iter_mut()
                .filter(|c| (c.kind == "other" || costed(c)) && !c.price)
            {
                c.kind = k;
            }
        }
    }
    // "حزمة إنقاذ … مع الاتحاد الأوروبي وصندوق النقد الدولي", «Всемирный банк объявил о пакете поддержки»: a
    // package or support named only by weak cues is a loan when a lending institution gives it
    // (Session-47 ruling (a)); a grant or aid named as such stays aid.
    // The institution must stand in the sum's clause: "pledges at the conference, co-chaired by the World
    // Bank, came to $4.5bn" are the donors'.
    if !kinds.iter().any(|k| k.2 == "aid" && !k.3) {
        let base = ctx.range.start;
        for c in kept.iter_mut().filter(|c| c.kind == "aid") {
            let (s, e) = (base + norm.orig_start(c.s), base + norm.orig_end(c.e));
            let in_clause = |m: &crate::context::SentMention<'_>| {
                let gap = if m.end <= s {
                    ctx.doc_text.get(m.end..s)
                } else {
                    ctx.doc_text.get(e..m.start)
                };
                gap.is_some_and(|g| !g.contains([',', ';', '،', '؛', '.', ':']))
            };
            if ctx
                .mentions
                .iter()
                .any(|m| LENDERS.contains(&m.id) && in_clause(m))
            {
                c.kind = "loan";
            }
        }
    }
    remember_kind(
        kept.iter().map(|c| c.kind).find(|k| *k != "other"),
        kept.iter().rev().find_map(|c| c.currency.as_deref()),
    );

    let base = ctx.range.start;
    // A mention inside an amount names its currency ("US$"), not a party.
    let spans: Vec<(usize, usize)> = kept
        .iter()
        .map(|c| (base + norm.orig_start(c.s), base + norm.orig_end(c.e)))
        .collect();
    let cue_ends: Vec<usize> = kinds.iter().map(|k| base + norm.orig_end(k.1)).collect();
    let parties: Vec<String> = named_pair(ctx, &cue_ends).unwrap_or_else(|| parties(ctx, &spans));
    let sentence = [ctx.range.start, ctx.range.end];
    let mut out = Vec::with_capacity(kept.len());
    for c in kept {
        let (s, e) = (base + norm.orig_start(c.s), base + norm.orig_end(c.e));
        // A currency-less number that is also a date ("in 2015") is the date.
        if c.currency.is_none() && dates.iter().any(|d| d.start < e && s < d.end) {
            continue;
        }
        let date = nearest_date(dates, s, e)
            .map(|d| d.iso.clone())
            .or_else(|| ctx.doc_date.map(str::to_string));
        let rec = QuantityRec {
            kind: c.kind.to_string(),
            amount: exact(c.amount),
            currency: c.currency,
            bound: c.bound.map(str::to_string),
            parties: parties.clone(),
            date,
            sentence,
            text: ctx.doc_text.get(s..e).unwrap_or_default().to_string(),
        };
        // One sum per state that each gives or gets it: that state and the other parties.
        match (!c.price)
            .then(|| shared_by(ctx, &norm, c.s, c.e))
            .flatten()
        {
            Some(states) => {
                for st in &states {
                    let mut p = vec![st.to_string()];
                    p.extend(
                        parties
                            .iter()
                            .filter(|x| !states.contains(&x.as_str()))
                            .cloned(),
                    );
                    out.push(QuantityRec {
                        parties: p,
                        ..rec.clone()
                    });
                }
            }
            None => out.push(rec),
        }
    }
    out
}

#[derive(Debug)]
struct Cand {
    s: usize,
    e: usize,
    /// A price per unit ("$60 a barrel"): always of kind other.
    price: bool,
    amount: f64,
    /// The scale the number was multiplied by (1 without one, 0 for two scales): a range's low end
    /// takes it ([`range_lows`]).
    factor: f64,
    currency: Option<String>,
    bound: Option<&'static str>,
    kind: &'static str,
    /// A part of a sum named before it, without a currency of its own ("$100 billion, of which China
    /// gives 41 billion"): money whatever its kind, in the currency of the sum before ([`part_of_sum`]).
    part: bool,
    /// A sum without a currency that leaves out its unit or is what is left of a sum told before ("the
    /// remaining 25 million", "claimed just over six million."): money in the currency named before it,
    /// in its sentence or the one before ([`remainder_before`], [`unit_elided`]).
    elided: bool,
}

/// A regex compiled at its first use: the stage's regexes are asked only by a sentence that names a sum
/// (a currency or a scale of a million), so a run whose text names none never compiles them (0.13 G
/// instructions at each start).
type LazyRegex = LazyLock<Regex, Box<dyn FnOnce() -> Regex + Send>>;

#[derive(Debug)]
pub(crate) struct Tables {
    digits: LazyRegex,
    digits_ru: LazyRegex,
    /// The low end of a range, right before its high end: "13 و", "13–", "$13 to".
    range_low: LazyRegex,
    /// The number-word regex and the two-scale one, per set of scripts ([`ScriptRegexes`]).
    scripted: ScriptRegexes,
    /// "… مليارات ونصف المليار دولار": half of the scale after it, with the currency.
    half_after: LazyRegex,
    scale_ac: AhoCorasick,
    /// Every currency and scale of a million or more longer than a letter (patterns
    /// `0..money_count`, the gate of [`word_hits`]), then every scale as the regexes spell it: matched
    /// overlapping in one pass over every normalised sentence.
    money_ac: WordDfa,
    money_count: usize,
    /// Per scale pattern of `money_ac`: whether it (without a final dot) means one of its unit alone.
    scale_bare: Vec<bool>,
    /// The number words and the currencies as the regexes' alternations list them, backwards.
    nw_suffixes: PhraseTrie,
    cur_suffixes: PhraseTrie,
    /// The kind cues (in `kind_meta`'s order), matched overlapping, only in sentences that pass the
    /// gate: a large automaton, so it does not run over every sentence.
    kinds_ac: WordDfa,
    /// Normalised scale word → (factor, value when no numeral precedes).
    scales: HashMap<String, (f64, Option<f64>)>,
    currencies: HashMap<String, String>,
    number_words: HashMap<String, f64>,
    /// Longest first; the flag marks verbs that bound an amount a few words on.
    bounds: Vec<(String, &'static str, bool)>,
    /// The currencies and the scales exactly as the regexes' alternations list them, for
    /// [`read_digits`].
    cur_trie: PhraseTrie,
    scale_trie: PhraseTrie,
    /// The number words exactly as the regexes' alternation lists them, for [`read_words`].
    nw_trie: PhraseTrie,
    /// `bounds` read backwards: which of them the text before an amount ends with, in one walk.
    bound_suffixes: PhraseTrie,
    /// The verbs among `bounds` (bounding an amount a few words on) → their first index in `bounds`.
    bound_verbs: PhraseTrie,
    /// Verbs of change whose "до" is a target, not a bound (Russian).
    targets: Vec<String>,
    /// Units after a price ("a barrel", "за баррель"), longest first.
    prices: Vec<String>,
    /// Words that give a sum to each of a list of states ("each", "كل من", «по»), with where they stand.
    shares: Vec<(String, Share)>,
    /// Per kind pattern: the kind, and whether the cue is weak (exports, pledged: a nearer commodity or
    /// purpose word elsewhere in the sentence wins over it).
    kind_meta: Vec<(&'static str, bool)>,
    /// The weak cues that name a package of deals ("deals", «соглашений», "اتفاقيات"), normalised: of no
    /// one kind when what the sum includes is named after it ([`nearest_kind`]).
    package_cues: Vec<String>,
    /// The strong cues of kind other that name a judgment — a lawsuit, damages, an arbitration, a claim
    /// (`weak` = `judgment`), normalised: what a court or tribunal orders paid is of no listed kind, however
    /// far in its clause the goods it was over are named ([`nearest_kind`]).
    judgment_cues: Vec<String>,
    /// The cues that say what something costs ("at a cost of", «стоимостью», "كلفة"; `weak` = `cost`),
    /// normalised: weak investment cues that also yield to a company's sector and to the kind of the
    /// sentence before ([`find`]).
    cost_cues: Vec<String>,
    /// Normalised phrases after a sum that open what it includes (", including", «, в том числе», "، منها"):
    /// a cue behind one names a part, not the sum ([`nearest_kind`]).
    inclusions: Vec<String>,
    /// Longest first.
    units: Vec<String>,
    /// (bare code, state, that state's code): the states whose currencies share a bare name.
    currency_states: Vec<[String; 3]>,
}

/// The number-word regex (`words`: "two billion dollars", "بمليار دولار") and the two-scale one (`compound`:
/// "مليار و200 مليون دولار", "1 млрд 200 млн долларов"), each with only the currencies, scales and number
/// words that can occur in a text of some scripts, as the dates' `date_pattern` keeps its month names:
/// a word holding a letter of a script the text lacks matches nowhere in it, so leaving it out changes
/// no match and no group (an alternation left with no word is a class that matches nothing, as the
/// absent words did), and with every script every word is kept (the regexes as they were).
///
/// Why: the currency names of three languages, twice, make the number-word regex's program some 9,700
/// states, and every capture search clears a visited set of states × match bytes; a sentence of one
/// script needs a third of them. Each set is compiled at the first sentence that needs it.
#[derive(Debug)]
struct ScriptRegexes {
    /// The words of the three alternations, as [`alternation`] orders them.
    cur: Vec<String>,
    scale: Vec<String>,
    nw: Vec<String>,
    /// Per set of scripts (`script_mask & 7`).
    words: [OnceLock<Regex>; 8],
    compound: [OnceLock<Regex>; 8],
}

/// A regex that never matches, for a pattern that did not compile.
fn never() -> Regex {
    Regex::new(r"[^\s\S]").expect("empty regex")
}

impl ScriptRegexes {
    /// The alternation of `ws` that can occur in a text of `scripts` (a class matching nothing if
    /// none can).
    fn alt(ws: &[String], scripts: u8) -> String {
        let kept: Vec<String> = ws
            .iter()
            .filter(|w| {
                w.bytes().all(|b| {
                    let bit = script_bit(b) & 7;
                    bit == 0 || bit & scripts != 0
                })
            })
            .map(|w| regex::escape(w))
            .collect();
        if kept.is_empty() {
            return r"[^\x00-\x{10FFFF}]".to_string();
        }
        kept.join("|")
    }

    /// The alternations of the currencies, the scales and the number words for a text of `scripts`.
    fn alternations(&self, scripts: u8) -> (String, String, String) {
        (
            Self::alt(&self.cur, scripts),
            Self::alt(&self.scale, scripts),
            Self::alt(&self.nw, scripts),
        )
    }

    /// The number-word regex for a text of `scripts`.
    fn words(&self, scripts: u8) -> &Regex {
        let scripts = scripts & 7;
        self.words[usize::from(scripts)].get_or_init(|| {
            let (cur, scale, nw) = self.alternations(scripts);
            // Number words may run together: "twenty-five", "خمسة وثلاثين", "двадцать пять"
            // ([`words_value`]). An Arabic preposition or "and" may be glued to the first word ("بمليار
            // دولار", "بثلاثة مليارات", "وملياري دولار"): the lead lets the match begin after it, and
            // [`whole_clitic`] checks that nothing else is glued there.
            Regex::new(&format!(
                r"(?:^|[^\w]|[بلو])(?P<x>(?:(?P<pre>{cur})\s*)?(?:(?P<nw>(?:{nw})(?:(?:\s*-\s*|\s+(?:and\s+)?|\s+و\s*)(?:{nw}))*)(?P<half>\s+(?:and\s+a\s+half|с\s+половиной))?\s+)?(?P<scale>{scale})\.?(?:\s*-?\s*(?P<post>{cur}))?)"
            ))
            .unwrap_or_else(|_| never())
        })
    }

    /// The two-scale regex for a text of `scripts`.
    fn compound(&self, scripts: u8) -> &Regex {
        let scripts = scripts & 7;
        self.compound[usize::from(scripts)].get_or_init(|| {
            let (cur, scale, nw) = self.alternations(scripts);
            // Either part may be written in words: "مليار ومئتي مليون دولار", "ثلاثة مليارات وخمسمئة مليون
            // دولار".
            let part = format!(r"[0-9]+(?:[.,][0-9]+)?|(?:{nw})(?:(?:\s+|\s+و\s*)(?:{nw}))*");
            Regex::new(&format!(
                r"(?:(?P<num>{part})\s*)?(?P<s1>{scale})\.?\s*(?:و\s*|and\s+|и\s+)?(?P<num2>{part})\s*(?P<s2>{scale})\.?\s*(?P<post>{cur})"
            ))
            .unwrap_or_else(|_| never())
        })
    }
}

/// The stage's tables: built at the first sentence that needs them, or before by
/// `Extractor::build_stage_tables`.
pub(crate) static TABLES: LazyLock<Tables> = LazyLock::new(build_tables);

fn tables() -> &'static Tables {
    &TABLES
}

/// The value of one normalised number word ("eleven", «одиннадцать», "عشر") or of a run of digits, for the
/// facts that count things without money (memberships: "eleven members voted for it").
pub(crate) fn count_value(w: &str) -> Option<f64> {
    if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok();
    }
    tables().number_words.get(w).copied()
}

/// The whole number one normalised word counts (`count_value` of one or more: "three", «двенадцать»,
/// «двух», "ثلاث", "12"), for the rules that count states or time units; not "several", "half a" or
/// «полтора», which name no whole count. The one table of number words for every stage.
pub(crate) fn whole_count(w: &str) -> Option<u32> {
    count_value(w)
        .filter(|v| v.fract() == 0.0 && (1.0..=f64::from(u32::MAX)).contains(v))
        .map(|v| v as u32)
}

fn static_str(s: &str, choices: &[&'static str]) -> Option<&'static str> {
    choices.iter().copied().find(|c| *c == s)
}

const KINDS: [&str; 8] = [
    "trade",
    "investment",
    "debt",
    "aid",
    "arms",
    "energy",
    "loan",
    "other",
];
const BOUNDS: [&str; 4] = ["more_than", "about", "up_to", "less_than"];

fn build_tables() -> Tables {
    let mut scales = HashMap::new();
    for r in facts_rows(SCALES_CSV, &["lang", "word", "factor"]) {
        let Ok(f) = r[2].parse::<f64>() else { continue };
        scales.insert(normalize(&r[1]), (f, None));
    }
    // `bare` may be empty, so it is read apart.
    for r in facts_rows(SCALES_CSV, &["word", "bare"]) {
        if let (Some(e), Ok(b)) = (scales.get_mut(&normalize(&r[0])), r[1].parse::<f64>()) {
            e.1 = Some(b);
        }
    }
    let currencies: HashMap<String, String> = facts_rows(CURRENCIES_CSV, &["word", "code"])
        .into_iter()
        .map(|r| (normalize(&r[0]), r[1].clone()))
        .collect();
    let number_words: HashMap<String, f64> = facts_rows(NUMBER_WORDS_CSV, &["word", "value"])
        .into_iter()
        .filter_map(|r| Some((normalize(&r[0]), r[1].parse().ok()?)))
        .collect();
    let verbs: Vec<String> = facts_rows(BOUNDS_CSV, &["phrase", "window"])
        .into_iter()
        .map(|r| normalize(&r[0]))
        .collect();
    let mut bounds: Vec<(String, &'static str, bool)> =
        facts_rows(BOUNDS_CSV, &["phrase", "bound"])
            .into_iter()
            .filter_map(|r| {
                let w = normalize(&r[0]);
                let verb = verbs.contains(&w);
                Some((w, static_str(&r[1], &BOUNDS)?, verb))
            })
            .collect();
    let currency_states = facts_rows(CURRENCY_STATES_CSV, &["bare", "state", "code"])
        .into_iter()
        .map(|r| [r[0].clone(), r[1].clone(), r[2].clone()])
        .collect();
    let inclusions = facts_rows(INCLUSIONS_CSV, &["phrase"])
        .into_iter()
        .map(|r| normalize(&r[0]))
        .collect();
    let targets = facts_rows(TARGETS_CSV, &["stem"])
        .into_iter()
        .map(|r| normalize(&r[0]))
        .collect();
    let mut prices: Vec<String> = facts_rows(PRICES_CSV, &["phrase"])
        .into_iter()
        .map(|r| normalize(&r[0]))
        .collect();
    prices.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let shares: Vec<(String, Share)> = facts_rows(SHARES_CSV, &["phrase", "position"])
        .into_iter()
        .filter_map(|r| {
            let at = match r[1].as_str() {
                "before_list" => Share::BeforeList,
                "after_list" => Share::AfterList,
                "before_amount" => Share::BeforeAmount,
                "after_amount" => Share::AfterAmount,
                _ => return None,
            };
            Some((normalize(&r[0]), at))
        })
        .collect();
    bounds.sort_by_key(|b| std::cmp::Reverse(b.0.len()));
    let cur_trie = PhraseTrie::forwards(
        alternatives(currencies.keys().map(String::as_str))
            .iter()
            .map(String::as_str),
    );
    let scale_trie = PhraseTrie::forwards(
        alternatives(scales.keys().map(String::as_str))
            .iter()
            .map(String::as_str),
    );
    let bound_suffixes = PhraseTrie::new(bounds.iter().map(|b| b.0.as_str()));
    let mut verb_index: Vec<(String, usize)> = Vec::new();
    for (i, (w, _, verb)) in bounds.iter().enumerate() {
        if *verb {
            verb_index.push((w.clone(), i));
        }
    }
    // The first index of each verb in `bounds`, looked up by whole word.
    let bound_verbs = PhraseTrie::indexed(verb_index.iter().map(|(w, i)| (w.as_str(), *i)), false);
    let mut kind_pats = Vec::new();
    let mut kind_meta = Vec::new();
    let mut package_cues = Vec::new();
    let mut judgment_cues = Vec::new();
    let mut cost_cues = Vec::new();
    for r in facts_rows(KINDS_CSV, &["lang", "stem", "kind"]) {
        let (Some(_), Some(kind)) = (Lang::from_code(&r[0]), static_str(&r[2], &KINDS)) else {
            continue;
        };
        kind_pats.push(normalize(&r[1]));
        kind_meta.push((kind, false));
    }
    for r in facts_rows(KINDS_CSV, &["stem", "weak"]) {
        let w = normalize(&r[0]);
        for (p, m) in kind_pats.iter().zip(kind_meta.iter_mut()) {
            if *p == w {
                m.1 = matches!(r[1].as_str(), "yes" | "package" | "cost");
            }
        }
        if r[1] == "package" {
            package_cues.push(w);
        } else if r[1] == "judgment" {
            judgment_cues.push(w);
        } else if r[1] == "cost" {
            cost_cues.push(w);
        }
    }
    let mut units: Vec<String> = facts_rows(UNITS_CSV, &["word"])
        .into_iter()
        .map(|r| normalize(&r[0]))
        .collect();
    units.sort_by_key(|u| std::cmp::Reverse(u.len()));

    let cur = alternation(currencies.keys().map(String::as_str));
    let scale = alternation(scales.keys().map(String::as_str));
    let nw = alternation(number_words.keys().map(String::as_str));
    // A compound adjective joins the currency with a hyphen too: "a 50-billion-euro package".
    let tail = format!(r"(?:\s*-?\s*(?P<scale>{scale})\.?)?(?:\s*-?\s*(?P<post>{cur}))?");
    let digits = format!(r"(?:(?P<pre>{cur})\s*)?(?P<num>[0-9]+(?:[.,][0-9]+)*){tail}");
    let digits_ru =
        format!(r"(?:(?P<pre>{cur})\s*)?(?P<num>[0-9]+(?:[.,][0-9]+)*(?: [0-9]{{3}})*){tail}");
    let nw_trie = PhraseTrie::forwards(
        alternatives(number_words.keys().map(String::as_str))
            .iter()
            .map(String::as_str),
    );
    let scripted = ScriptRegexes {
        cur: alternatives(currencies.keys().map(String::as_str)),
        scale: alternatives(scales.keys().map(String::as_str)),
        nw: alternatives(number_words.keys().map(String::as_str)),
        words: Default::default(),
        compound: Default::default(),
    };
    let re = |s: String| -> LazyRegex {
        LazyLock::new(Box::new(move || {
            Regex::new(&s).unwrap_or_else(|_| Regex::new(r"[^\s\S]").expect("empty regex"))
        }))
    };
    let ac = |pats: &[String]| {
        AhoCorasick::builder()
            // A full DFA: the automata are small and run over every sentence.
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(pats)
            .unwrap_or_else(|_| AhoCorasick::new(Vec::<String>::new()).expect("empty automaton"))
    };
    let scale_words: Vec<String> = scales
        .keys()
        .filter(|w| w.chars().count() > 2)
        .cloned()
        .collect();
    // A one-letter scale ("$5 m") counts only after a currency, which the gate finds anyway.
    let money_words = money_words(&currencies, &scales);
    // The scales exactly as the regexes' alternation spells them.
    let regex_scales: Vec<String> = scales
        .keys()
        .map(|w| normalize(w))
        .filter(|w| !w.is_empty())
        .collect();
    let money_ac = standard_dfa(money_words.iter().chain(&regex_scales));
    let scale_bare = regex_scales
        .iter()
        .map(|w| {
            scales
                .get(w.trim_end_matches('.'))
                .is_some_and(|x| x.1.is_some())
        })
        .collect();
    let nw_suffixes = PhraseTrie::new(
        alternatives(number_words.keys().map(String::as_str))
            .iter()
            .map(String::as_str),
    );
    let cur_suffixes = PhraseTrie::new(
        alternatives(currencies.keys().map(String::as_str))
            .iter()
            .map(String::as_str),
    );
    let kinds_ac = standard_dfa(&kind_pats);
    Tables {
        money_ac,
        money_count: money_words.len(),
        scale_bare,
        nw_suffixes,
        cur_suffixes,
        kinds_ac,
        bound_verbs,
        package_cues,
        judgment_cues,
        cost_cues,
        inclusions,
        digits: re(digits),
        digits_ru: re(digits_ru),
        // The text is normalised (hamza seats folded, ى read ي): "إلى" is "الي", "حتى" "حتي", "أو" "او".
        // The low end may write its own scale («с 7 миллионов до 300 миллионов долларов»).
        range_low: re(format!(
            r"(?:^|[^\w.,])(?P<opener>(?:between|بين|ما بين|from|من|от|с)\s+)?(?:(?P<pre>[$€£¥])\s*)?(?P<lo>[0-9]+(?:[.,][0-9]+)?|(?:{nw}))(?:\s*(?P<lsc>{scale})\.?)?\s*(?P<to>-|–|—|to|and|و|до|الي|حتي|or|или|او)\s*$"
        )),
        scripted,
        half_after: re(format!(
            r"^\s*و\s*نصف(?:\s+(?:ال)?(?:{scale}))?(?:\s*(?P<post>{cur}))?"
        )),
        scale_ac: ac(&scale_words),
        scales,
        currencies,
        number_words,
        bounds,
        bound_suffixes,
        cur_trie,
        scale_trie,
        nw_trie,
        targets,
        prices,
        shares,
        kind_meta,
        units,
        currency_states,
    }
}

/// Where a word of sharing stands ([`shared_by`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Share {
    /// "كل من الكويت والسعودية": right before the list of states.
    BeforeList,
    /// "Kuwait and Qatar each pledged": right after it.
    AfterList,
    /// «выделят по 300 млн долларов»: right before the sum.
    BeforeAmount,
    /// "pledged $300 million each": right after the sum.
    AfterAmount,
}

/// Runs of two or more state mentions of the sentence joined only as list items are (commas, "and"/"و"/
/// "и", "along with": memberships' [`is_list_gap`]): (start, end, ids).
fn state_lists<'a>(ctx: &SentenceCtx<'a>) -> Vec<(usize, usize, Vec<&'a str>)> {
    let mut out: Vec<(usize, usize, Vec<&'a str>)> = Vec::new();
    let mut run: Option<(usize, usize, Vec<&'a str>)> = None;
    for m in ctx.mentions.iter().filter(|m| m.kind == Kind::Country) {
        let joined = run
            .as_ref()
            .is_some_and(|r| is_list_gap(ctx.doc_text.get(r.1..m.start).unwrap_or("x")));
        match run.as_mut() {
            Some(r) if joined => {
                r.1 = m.end;
                r.2.push(m.id);
            }
            _ => {
                if let Some(r) = run.take().filter(|r| r.2.len() > 1) {
                    out.push(r);
                }
                run = Some((m.start, m.end, vec![m.id]));
            }
        }
    }
    if let Some(r) = run.filter(|r| r.2.len() > 1) {
        out.push(r);
    }
    out
}

/// The states that each give or get the whole sum at normalised `[s, e)`: "Kuwait, Saudi Arabia and the
/// UAE each pledged $300 million", "أعلنت كل من الكويت والسعودية تقديم 300 مليون دولار", «Кувейт и Катар
/// выделят по 300 млн долларов» are one sum per state (the gold writes one quantity each).
fn shared_by<'a>(
    ctx: &SentenceCtx<'a>,
    norm: &blocwatch_text::NormText,
    s: usize,
    e: usize,
) -> Option<Vec<&'a str>> {
    let t = tables();
    if t.shares.is_empty() || ctx.mentions.len() < 2 {
        return None;
    }
    let n = norm.as_str();
    if !t.shares.iter().any(|(w, _)| n.contains(w.as_str())) {
        return None;
    }
    let lists = state_lists(ctx);
    if lists.is_empty() {
        return None;
    }
    let ds = ctx.range.start + norm.orig_start(s);
    let de = ctx.range.start + norm.orig_end(e);
    let word_at = |text: &str, w: &str, at_end: bool| {
        let text = text.trim();
        if at_end {
            text.strip_suffix(w)
                .is_some_and(|r| r.is_empty() || r.ends_with(|c: char| !is_word_char(c)))
        } else {
            text.strip_prefix(w)
                .is_some_and(|r| r.is_empty() || r.starts_with(|c: char| !is_word_char(c)))
        }
    };
    for (w, at) in &t.shares {
        let found = match at {
            Share::BeforeAmount => word_at(&n[..s], w, true),
            Share::AfterAmount => word_at(&n[e..], w, false),
            Share::BeforeList | Share::AfterList => {
                // Only the sum right after the list, no other sum or state between: in "Qatar and Kuwait
                // each pledged $200 million and Oman $50 million" the second sum is Oman's alone.
                // "ملياري دولار لكل من البحرين وسلطنة عمان": the list may also follow the sum, the word
                // between them ("ل" glued on it: to each of).
                let after = lists.iter().find(|l| {
                    l.0 >= de
                        && ctx.doc_text.get(de..l.0).is_some_and(|g| {
                            let g = normalize(g);
                            let g = g.trim();
                            *at == Share::BeforeList
                                && (g == w.as_str() || g.strip_suffix(w.as_str()) == Some("ل"))
                        })
                });
                if let Some(l) = after {
                    return Some(l.2.clone());
                }
                let hit = lists.iter().find(|l| {
                    let between = ctx.doc_text.get(l.1..ds).unwrap_or("0");
                    l.1 <= ds
                        && !has_digit(between)
                        && !ctx
                            .mentions
                            .iter()
                            .any(|m| m.kind == Kind::Country && m.start >= l.1 && m.end <= ds)
                        && {
                            let (a, b) = if *at == Share::BeforeList {
                                (ctx.range.start, l.0)
                            } else {
                                (l.1, ds)
                            };
                            let near = normalize(ctx.doc_text.get(a..b).unwrap_or(""));
                            word_at(&near, w, *at == Share::BeforeList)
                        }
                });
                if let Some(l) = hit {
                    return Some(l.2.clone());
                }
                false
            }
        };
        // The sum's own list: the one before it, the subject that shares it; with none before, the
        // receivers named right after it ("$2 billion each to Bahrain and Oman": only a preposition
        // between).
        if found {
            return lists
                .iter()
                .rev()
                .find(|l| l.1 <= ds)
                .or_else(|| {
                    lists.iter().find(|l| {
                        l.0 >= de
                            && ctx.doc_text.get(de..l.0).is_some_and(|g| {
                                let words = g.split_whitespace().count();
                                !has_digit(g) && !g.contains([',', ';', '،', '؛']) && words <= 3
                            })
                    })
                })
                .map(|l| l.2.clone());
        }
    }
    None
}

/// A capture group of an amount: what `regex::Match` gives, also for the digit form read by hand
/// ([`read_digits`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span<'h> {
    text: &'h str,
    s: usize,
    e: usize,
}

impl<'h> Span<'h> {
    fn at(n: &'h str, s: usize, e: usize) -> Span<'h> {
        Span {
            text: &n[s..e],
            s,
            e,
        }
    }
    fn start(&self) -> usize {
        self.s
    }
    fn end(&self) -> usize {
        self.e
    }
    fn as_str(&self) -> &'h str {
        self.text
    }
}

impl<'h> From<Match<'h>> for Span<'h> {
    fn from(m: Match<'h>) -> Span<'h> {
        Span {
            text: m.as_str(),
            s: m.start(),
            e: m.end(),
        }
    }
}

/// The named groups of an amount's match.
trait Groups<'h> {
    fn group(&self, name: &str) -> Option<Span<'h>>;
}

impl<'h> Groups<'h> for Captures<'h> {
    fn group(&self, name: &str) -> Option<Span<'h>> {
        self.name(name).map(Span::from)
    }
}

/// The groups of an amount regex read by hand: the digit regexes' (`digits`, `digits_ru`) by
/// [`read_digits`], the number-word regex's by [`read_words`] (the groups a regex lacks stay `None`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct HandGroups<'h> {
    pre: Option<Span<'h>>,
    num: Option<Span<'h>>,
    nw: Option<Span<'h>>,
    half: Option<Span<'h>>,
    scale: Option<Span<'h>>,
    post: Option<Span<'h>>,
}

impl<'h> Groups<'h> for HandGroups<'h> {
    fn group(&self, name: &str) -> Option<Span<'h>> {
        match name {
            "pre" => self.pre,
            "num" => self.num,
            "nw" => self.nw,
            "half" => self.half,
            "scale" => self.scale,
            "post" => self.post,
            _ => None,
        }
    }
}

/// Past the white space (`\s*`, Unicode's, as the regexes' `\s`) at `i`.
fn skip_space(n: &str, i: usize) -> usize {
    n[i..]
        .char_indices()
        .find(|&(_, c)| !c.is_whitespace())
        .map_or(n.len(), |(k, _)| i + k)
}

/// The groups and the end of the digit regex's match that starts at `ms` (found by its fast
/// matcher), read by hand in the regex's own order of preference instead of by its capture engine
/// (which clears a visited set as large as its 2,000-state automaton times the match for every call).
/// The regex is `(?:(?P<pre>{cur})\s*)?(?P<num>[0-9]+(?:[.,][0-9]+)*)` (Russian: then `(?: [0-9]{3})*`),
/// then `(?:\s*-?\s*(?P<scale>{scale})\.?)?(?:\s*-?\s*(?P<post>{cur}))?`, the alternations longest
/// first.
/// Everything after the number is optional, so each greedy choice stands once made; no listed word
/// begins with white space, a hyphen or a digit (a test checks), so no shorter choice could match
/// where a longer one failed. The caller still compares the end with the regex's match and asks the
/// capture engine whenever they differ.
fn read_digits<'h>(t: &Tables, ru: bool, n: &'h str, ms: usize) -> Option<(HandGroups<'h>, usize)> {
    let b = n.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut g = HandGroups::default();
    let mut at = ms;
    // The first currency (longest first) that white space and a digit follow.
    for (len, _) in t.cur_trie.prefixes_of(&n[ms..]) {
        let after = skip_space(n, ms + len);
        if digit(after) {
            g.pre = Some(Span::at(n, ms, ms + len));
            at = after;
            break;
        }
    }
    if !digit(at) {
        return None;
    }
    let num_start = at;
    while digit(at) {
        at += 1;
    }
    while matches!(b.get(at), Some(b'.' | b',')) && digit(at + 1) {
        at += 1;
        while digit(at) {
            at += 1;
        }
    }
    if ru {
        while b.get(at) == Some(&b' ') && digit(at + 1) && digit(at + 2) && digit(at + 3) {
            at += 4;
        }
    }
    g.num = Some(Span::at(n, num_start, at));
    let mut p = skip_space(n, at);
    if b.get(p) == Some(&b'-') {
        p = skip_space(n, p + 1);
    }
    if let Some((len, _)) = t.scale_trie.prefixes_of(&n[p..]).next() {
        g.scale = Some(Span::at(n, p, p + len));
        at = p + len;
        if b.get(at) == Some(&b'.') {
            at += 1;
        }
    }
    let mut p = skip_space(n, at);
    if b.get(p) == Some(&b'-') {
        p = skip_space(n, p + 1);
    }
    if let Some((len, _)) = t.cur_trie.prefixes_of(&n[p..]).next() {
        g.post = Some(Span::at(n, p, p + len));
        at = p + len;
    }
    Some((g, at))
}

/// Where `\s*` (Unicode's white space, as the regexes' `\s`) may end from `i`, in the order a backtracking
/// matcher tries them: the most first. (`\s+`: all but the last.)
fn spaces(n: &str, i: usize) -> SmallVec<[usize; 4]> {
    let mut ends: SmallVec<[usize; 4]> = SmallVec::new();
    ends.push(i);
    for (k, c) in n[i..].char_indices() {
        if !c.is_whitespace() {
            break;
        }
        ends.push(i + k + c.len_utf8());
    }
    ends.reverse();
    ends
}

/// `\s+` from `i`, the most first.
fn spaces1(n: &str, i: usize) -> impl Iterator<Item = usize> {
    spaces(n, i).into_iter().filter(move |&e| e > i)
}

/// What [`read_words`] reads: the groups and the end of a match.
type Read<'h> = Option<(HandGroups<'h>, usize)>;

/// The groups and the end of the number-word regex's match whose `x` group starts at `xs` (the match found
/// by the regex's fast matcher, after its lead), read by hand instead of by the capture engine (whose
/// visited set is the regex's thousands of states times the match, cleared for every call). The regex
/// (after the lead) is `(?:(?P<pre>{cur})\s*)?(?:(?P<nw>(?:{nw})(?:(?:\s*-\s*|\s+(?:and\s+)?|\s+و\s*)(?:{nw}))*)`
/// `(?P<half>\s+(?:and\s+a\s+half|с\s+половиной))?\s+)?(?P<scale>{scale})\.?(?:\s*-?\s*(?P<post>{cur}))?`, the
/// alternations longest first (the tries give a place's words longest first). Read as a backtracking
/// matcher reads it, every choice in the regex's order of preference (greedy first, an alternation's
/// branches in order), so the first reading that gets through is the one the regex's leftmost-first
/// search reports. The caller still compares the end with the fast matcher's and asks the capture engine
/// whenever they differ.
fn read_words<'h>(t: &Tables, n: &'h str, xs: usize) -> Read<'h> {
    for (len, _) in t.cur_trie.prefixes_of(&n[xs..]) {
        let pre = Some(Span::at(n, xs, xs + len));
        for q in spaces(n, xs + len) {
            if let Some(r) = words_after_pre(
                t,
                n,
                q,
                HandGroups {
                    pre,
                    ..HandGroups::default()
                },
            ) {
                return Some(r);
            }
        }
    }
    words_after_pre(t, n, xs, HandGroups::default())
}

/// [`read_words`] from `q`, after the currency before (if any, in `g`): the number words (optional), then
/// the scale.
fn words_after_pre<'h>(t: &Tables, n: &'h str, q: usize, g: HandGroups<'h>) -> Read<'h> {
    for (len, _) in t.nw_trie.prefixes_of(&n[q..]) {
        if let Some(r) = words_run(t, n, q, q + len, g) {
            return Some(r);
        }
    }
    words_scale(t, n, q, g)
}

/// [`read_words`]: a run of number words from `q` whose last read so far ends at `e`: one more (a
/// separator and a word) first, else the run ends here, then the half (optional), white space and the
/// scale.
fn words_run<'h>(t: &Tables, n: &'h str, q: usize, e: usize, g: HandGroups<'h>) -> Read<'h> {
    let b = n.as_bytes();
    // The separators `\s*-\s*`, `\s+(?:and\s+)?`, `\s+و\s*`, in that order, each in its own order.
    let mut seps: SmallVec<[usize; 8]> = SmallVec::new();
    for a in spaces(n, e) {
        if b.get(a) == Some(&b'-') {
            seps.extend(spaces(n, a + 1));
        }
    }
    for a in spaces1(n, e) {
        if n[a..].starts_with("and") {
            seps.extend(spaces1(n, a + 3));
        }
        seps.push(a);
    }
    for a in spaces1(n, e) {
        if n[a..].starts_with('و') {
            seps.extend(spaces(n, a + 'و'.len_utf8()));
        }
    }
    for s in seps {
        for (len, _) in t.nw_trie.prefixes_of(&n[s..]) {
            if let Some(r) = words_run(t, n, q, s + len, g) {
                return Some(r);
            }
        }
    }
    let nw = Some(Span::at(n, q, e));
    // The half: `\s+(?:and\s+a\s+half|с\s+половиной)`.
    let mut halves: SmallVec<[usize; 4]> = SmallVec::new();
    for a in spaces1(n, e) {
        if n[a..].starts_with("and") {
            for c in spaces1(n, a + 3) {
                if n[c..].starts_with('a') {
                    for d in spaces1(n, c + 1) {
                        if n[d..].starts_with("half") {
                            halves.push(d + 4);
                        }
                    }
                }
            }
        }
        if n[a..].starts_with('с') {
            for c in spaces1(n, a + 'с'.len_utf8()) {
                if n[c..].starts_with("половиной") {
                    halves.push(c + "половиной".len());
                }
            }
        }
    }
    for h in halves {
        let half = Some(Span::at(n, e, h));
        for s in spaces1(n, h) {
            if let Some(r) = words_scale(t, n, s, HandGroups { nw, half, ..g }) {
                return Some(r);
            }
        }
    }
    for s in spaces1(n, e) {
        if let Some(r) = words_scale(t, n, s, HandGroups { nw, ..g }) {
            return Some(r);
        }
    }
    None
}

/// [`read_words`]: the scale at `s`, its dot and the currency after it; all but the scale is optional, so
/// the first scale that stands there (the longest) is the reading.
fn words_scale<'h>(t: &Tables, n: &'h str, s: usize, g: HandGroups<'h>) -> Read<'h> {
    let (len, _) = t.scale_trie.prefixes_of(&n[s..]).next()?;
    let scale = Some(Span::at(n, s, s + len));
    let mut end = s + len;
    if n[end..].starts_with('.') {
        end += 1;
    }
    // `(?:\s*-?\s*(?P<post>{cur}))?`
    for a in spaces(n, end) {
        let dash = n[a..].starts_with('-');
        for c in dash
            .then(|| spaces(n, a + 1))
            .into_iter()
            .flatten()
            .chain(spaces(n, a))
        {
            if let Some((plen, _)) = t.cur_trie.prefixes_of(&n[c..]).next() {
                let post = Some(Span::at(n, c, c + plen));
                return Some((HandGroups { scale, post, ..g }, c + plen));
            }
        }
    }
    Some((HandGroups { scale, ..g }, end))
}

/// Whether the text at `at` continues a word (so a match ending there is only a word's prefix).
fn continues_word(n: &str, at: usize) -> bool {
    n[at..].chars().next().is_some_and(is_word_char)
}

/// Every currency and every scale of a million or more that is longer than a letter: a sum of money
/// has one of them as a whole word. (A one-letter scale, "$5 m", counts only after a currency.)
fn money_words(
    currencies: &HashMap<String, String>,
    scales: &HashMap<String, (f64, Option<f64>)>,
) -> Vec<String> {
    currencies
        .keys()
        .chain(scales.iter().filter_map(|(w, (f, _))| {
            (*f >= 1e6 && w.trim_end_matches('.').chars().count() > 1).then_some(w)
        }))
        .cloned()
        .collect()
}

/// What the one automaton pass over a normalised sentence found.
#[derive(Debug, Default)]
struct WordHits {
    /// A currency or a scale of a million or more as a whole word, by the rule of [`whole`]: without
    /// one, no number of the sentence can be money.
    money: bool,
    /// The kind cues, as [`kind_cues`] gives them.
    kinds: Vec<(usize, usize, &'static str, bool)>,
    /// The end of the first scale word (anywhere, as any substring) and the start of the last.
    scale_first_end: Option<usize>,
    scale_last_start: Option<usize>,
    /// Where a scale word can give the number-word form a sum ([`words_form_may_count`]).
    words_form: bool,
}

#[cfg(test)]
fn word_hits(t: &Tables, n: &str) -> WordHits {
    let mut matches = Vec::new();
    each_match(&t.money_ac, n, |p, s, e| matches.push((p, s, e)));
    word_hits_from(t, n, &matches)
}

/// The money-and-scale automaton of the amounts, for the walk it shares with the dates.
pub(crate) fn money_dfa() -> &'static WordDfa {
    &tables().money_ac
}

/// The [`WordHits`] of `n` from the money-and-scale automaton's `matches` over it (in the order it
/// reports them).
fn word_hits_from(t: &Tables, n: &str, matches: &[WordMatch]) -> WordHits {
    let mut out = WordHits::default();
    let money = t.money_count;
    // Where each scale word begins, for the number-word gate, read only when the money gate passes.
    let mut scales_at: SmallVec<[(usize, usize); 8]> = SmallVec::new();
    for &(p, s, e) in matches {
        if p < money {
            out.money = out.money || whole_word(n, s, e);
        } else {
            out.scale_first_end = Some(out.scale_first_end.map_or(e, |x| x.min(e)));
            out.scale_last_start = Some(out.scale_last_start.map_or(s, |x| x.max(s)));
            scales_at.push((s, p - money));
        }
    }
    if out.money {
        out.words_form = scales_at
            .iter()
            .any(|&(s, pat)| words_form_may_count(t, n, s, pat));
        let mut kinds: Vec<Hit> = Vec::new();
        each_match(&t.kinds_ac, n, |pat, s, e| kinds.push(Hit { s, e, pat }));
        leftmost_longest(&mut kinds);
        out.kinds = kind_cues(t, n, &kinds);
    }
    out
}

/// Whether the number-word form (the `words` regex) could make a sum of the scale word that begins at
/// `s` (scale pattern `pat`). Its groups give a sum only with a number word before the scale or with a
/// scale that alone means one of its unit ([`candidate`]: no digits, so the value comes from one of
/// them); such a number word, or "half", ends right before the white space before the scale and begins
/// where the regex lets one begin: at the start, after a non-letter (white space, a hyphen, its
/// non-word lead), after `و` or a glued `ب`/`ل`, or right after a currency. A necessary condition, so where no scale word
/// meets it the regex, whose every match would give nothing, is not run.
fn words_form_may_count(t: &Tables, n: &str, s: usize, pat: usize) -> bool {
    if t.scale_bare.get(pat).is_none_or(|&bare| bare) {
        return true;
    }
    let before = &n[..s];
    if !before.ends_with(char::is_whitespace) {
        return false;
    }
    let head = before.trim_end();
    if head.ends_with("half") || head.ends_with("половиной") {
        return true;
    }
    t.nw_suffixes.suffixes_of(head).any(|(len, _)| {
        let a = head.len() - len;
        match head[..a].chars().next_back() {
            None => true,
            Some(c) => {
                !c.is_alphabetic()
                    || matches!(c, '\u{648}' | 'ب' | 'ل')
                    || t.cur_suffixes.suffixes_of(&head[..a]).next().is_some()
            }
        }
    })
}

/// The rule of [`whole`] for a match at `[s, e)`.
fn whole_word(n: &str, s: usize, e: usize) -> bool {
    let w = &n[s..e];
    let starts_ok = w.starts_with(|c: char| !is_word_char(c))
        || !n[..s]
            .chars()
            .next_back()
            .is_some_and(|c| is_word_char(c) && !c.is_ascii_digit())
        || w.starts_with(|c: char| c.is_ascii_digit());
    let ends_ok =
        w.ends_with('.') || w.ends_with(|c: char| !is_word_char(c)) || !continues_word(n, e);
    starts_ok && ends_ok
}

/// A group that ends inside a longer word is not that word ("евро" in "европейских", "m" in "miles");
/// abbreviations ending with a dot are complete.
fn whole<'h>(n: &str, m: Option<Span<'h>>) -> Option<Span<'h>> {
    let m = m?;
    whole_word(n, m.start(), m.end()).then_some(m)
}

/// [`whole`], or an Arabic word after a preposition or "and" glued to it: "بمليار" (for a billion),
/// "لثلاثة", "وملياري" (and two billion): Arabic writes the "and" of a list or a range's high end
/// ("بين ١٫٨ وملياري دولار") on the number word itself.
fn whole_clitic<'h>(n: &str, m: Option<Span<'h>>) -> Option<Span<'h>> {
    let m = m?;
    whole(n, Some(m)).or_else(|| {
        let lead = n[..m.start()].chars().next_back()?;
        let word_start = m.start() - lead.len_utf8();
        let alone = !n[..word_start]
            .chars()
            .next_back()
            .is_some_and(is_word_char);
        let arabic = m
            .as_str()
            .starts_with(|c: char| ('\u{0621}'..='\u{064A}').contains(&c));
        (matches!(lead, 'ب' | 'ل' | 'و') && alone && arabic && !continues_word(n, m.end()))
            .then_some(m)
    })
}

fn candidate<'h>(
    t: &Tables,
    lang: Lang,
    caps: &impl Groups<'h>,
    n: &'h str,
    kinds: &[(usize, usize, &'static str, bool)],
) -> Option<Cand> {
    let num = caps.group("num");
    // Digits glued to letters are model names and codes (A320, S-400, G20), not sums.
    if let Some(m) = num {
        let prev = n[..m.start()].chars().next_back();
        if prev.is_some_and(|c| c.is_ascii_alphabetic() || c == '.' || c == ',') {
            return None;
        }
        if n[m.end()..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
    }
    // "between two and three billion dollars", "ما بين خمسة وستة مليارات دولار": two numbers joined as a
    // range's ends, not as parts of one number, are two sums; this one is the high end (the low end is
    // read by [`range_lows`]).
    let nw = whole_clitic(n, caps.group("nw")).map(|w| match range_high(t, w.as_str()) {
        Some(at) => Span::at(n, w.start() + at, w.end()),
        None => w,
    });
    let mut scale = whole_clitic(n, caps.group("scale"));
    let pre = whole(n, caps.group("pre"));
    let mut post = whole(n, caps.group("post"));
    let scale_is_letter =
        scale.is_some_and(|s| s.as_str().trim_end_matches('.').chars().count() == 1);
    if scale_is_letter && pre.is_none() {
        scale = None;
    }
    // A post currency must follow what it names (the scale if any, else the number).
    if post.is_some() && scale.is_none() && caps.group("scale").is_some() {
        post = None;
    }
    // A currency name that is also a common word counts only after a scale: "12 billion marks", not
    // "2025 marks the anniversary".
    if scale.is_none() && post.is_some_and(|p| SCALED_ONLY.contains(&p.as_str())) {
        post = None;
    }
    let (factor, bare) = match scale {
        Some(s) => *t.scales.get(s.as_str().trim_end_matches('.'))?,
        None => (1.0, None),
    };
    // Most numbers in news are years, days, shares and counts: without a currency or a scale of a
    // million they are no money, whatever else follows.
    if pre.is_none() && post.is_none() && factor < 1e6 {
        return None;
    }
    let value = match (num, nw) {
        (Some(m), _) => parse_number(m.as_str(), lang, scale.is_some())?,
        (None, Some(w)) => words_value(t, w.as_str())?,
        // "غرامة قدرها مليونا يورو", "دفعت مليارا دولار": without a numeral, the accusative form glued
        // to the currency it counts is the nominative dual in construct (two of the unit), since one
        // million of a currency is "مليون دولار".
        (None, None) => match (scale, post) {
            (Some(sc), Some(cu))
                if CONSTRUCT_DUALS.contains(&sc.as_str())
                    && n[sc.end()..cu.start()].trim().is_empty() =>
            {
                2.0
            }
            _ => bare?,
        },
    };
    // "three and a half billion", "три с половиной миллиарда".
    let mut value = value
        + if caps.group("half").is_some() {
            0.5
        } else {
            0.0
        };
    if num.is_none() && scale.is_none() {
        return None;
    }
    let currency = pre
        .or(post)
        .and_then(|c| t.currencies.get(c.as_str()).cloned());
    let s = [pre, num, nw, scale]
        .iter()
        .flatten()
        .map(|m| m.start())
        .min()?;
    let e = [num, nw, scale, post]
        .iter()
        .flatten()
        .map(|m| m.end())
        .max()?;
    // "ثلاثة مليارات ونصف المليار دولار": the half and the currency come after the scale.
    let (mut e, mut currency) = (e, currency);
    if let Some(h) = scale.and_then(|_| t.half_after.captures(&n[e..])) {
        value += 0.5;
        currency = currency.or_else(|| {
            let c = h.name("post")?;
            t.currencies.get(c.as_str()).cloned()
        });
        e += h.get(0).map_or(0, |m| m.end());
    }
    // "$7-9 billion": the high end of a range takes the currency written on its low end.
    let currency = currency.or_else(|| {
        let before = crate::dates::tail(&n[..s], 64);
        let pre = t.range_low.captures(before)?.name("pre")?;
        t.currencies.get(pre.as_str()).cloned()
    });
    let price = price_follows(t, n, e);
    let kind = if price {
        "other"
    } else {
        nearest_kind(t, kinds, n, s, e)
    };
    let part = currency.is_none() && factor >= 1e6 && part_of_sum(t, n, s);
    let elided = currency.is_none()
        && factor >= 1e6
        && !part
        && (remainder_before(n, s) || unit_elided(n, e));
    if currency.is_none()
        && (factor < 1e6
            || !(part || elided || MONEY_KINDS.contains(&kind))
            || unit_follows(t, n, e))
    {
        return None;
    }
    // The weak investment cues (companies, a plant, a railway, buying) say what money is for, not that a
    // number is money: "the railway carries 10 million passengers".
    if currency.is_none()
        && !part
        && kind == "investment"
        && !kinds.iter().any(|k| !k.3 && k.2 == "investment")
    {
        return None;
    }
    let amount = value * factor;
    if !amount.is_finite() || amount <= 0.0 {
        return None;
    }
    Some(Cand {
        s,
        e,
        price,
        amount,
        factor,
        currency,
        bound: if price {
            price_bound(t, n, s)
        } else {
            bound_start(t, n, s)
        },
        kind,
        part,
        elided,
    })
}

/// The Arabic scale words whose form without a numeral is both the accusative "one" ("دفع مليونا") and,
/// glued to the currency that follows, the nominative dual in construct ("مليونا يورو", two million)
/// ([`candidate`]).
const CONSTRUCT_DUALS: [&str; 2] = ["مليونا", "مليارا"];

/// Whether the amount at `s` is one of the parts a sum before it is split into: a phrase that opens
/// what a sum includes (", of which", «, из которых», "، منها") stands before it in its sentence, at most
/// [`PART_REACH`] words back with no sentence break between — "a pool of $100 billion, of which China
/// will give 41 billion", «4 млрд долларов, из них 1 млрд — грант, 2 млрд — депозит», "٤ مليارات دولار،
/// منها مليار منحة وملياران وديعة". Such a part writes no currency of its own; it is money whatever it
/// pays for, and is kept only when a sum before it lends it a currency ([`find`]).
fn part_of_sum(t: &Tables, n: &str, s: usize) -> bool {
    let before = crate::dates::tail(&n[..s], 160);
    t.inclusions.iter().any(|m| {
        before.rfind(m.as_str()).is_some_and(|i| {
            let gap = &before[i + m.len()..];
            !gap.contains(['.', ';', '؛']) && gap.split_whitespace().count() <= PART_REACH
        })
    })
}

/// The words that name what is left of a sum told before ([`remainder_before`]): "the remaining 25
/// million", «оставшиеся 25 миллионов», «остальные 3,2 миллиарда», "المبلغ المتبقي البالغ …" (normalised).
const REMAINDER_WORDS: [&str; 8] = [
    "remaining",
    "remainder",
    "оставш",
    "остальн",
    "остат",
    "المتبقي",
    "متبقي",
    "الباقي",
];

/// Currency names that are also common words: a currency only after a scale ([`candidate`]).
const SCALED_ONLY: [&str; 1] = ["marks"];

/// The words that may follow a sum whose unit is left out, told before ([`unit_elided`]): prepositions of
/// time and purpose, and adverbs of rate.
const AFTER_ELIDED: [&str; 24] = [
    "in",
    "by",
    "over",
    "per",
    "a",
    "last",
    "this",
    "for",
    "в",
    "во",
    "за",
    "к",
    "на",
    "по",
    "ежегодно",
    "год",
    "في",
    "خلال",
    "سنويا",
    "منذ",
    "بحلول",
    "عام",
    "العام",
    "لكل",
];

/// Whether the sum ending at `e` is written without its unit — nothing but the end of its clause, or a
/// preposition of time or purpose, follows it: "Ottawa had claimed just over six million in January
/// 1979", «Оттава требовала чуть более шести миллионов.», "بما يزيد قليلا على ستة ملايين.". Such a sum is
/// in the currency named before ([`find`]); a unit or a people named after it makes it no sum.
fn unit_elided(n: &str, e: usize) -> bool {
    let rest = n[e..].trim_start();
    match rest.chars().next() {
        None | Some('.' | ',' | ';' | ':' | ')' | '»' | '"' | '،' | '؛' | '!' | '?') => true,
        Some(_) => {
            let word = rest.split([' ', '.', ',', ';', '،']).next().unwrap_or("");
            AFTER_ELIDED.contains(&word)
        }
    }
}

/// How many words may stand between a word of remainder and the sum it qualifies.
const REMAINDER_REACH: usize = 2;

/// Whether a word of remainder ([`REMAINDER_WORDS`], as a word's start) stands at most
/// [`REMAINDER_REACH`] words before `s` in its clause: the sum is what is left of one told before, in that
/// one's currency ([`find`]).
fn remainder_before(n: &str, s: usize) -> bool {
    let before = crate::dates::tail(&n[..s], 96);
    let clause = before
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '.' | ',' | ';' | ':' | '،' | '؛'))
        .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
    clause
        .split_whitespace()
        .rev()
        .take(REMAINDER_REACH + 1)
        .any(|w| REMAINDER_WORDS.iter().any(|r| w.starts_with(r)))
}

/// "13 trillion roubles ($145 billion)", «1,5 трлн рублей (около $16 млрд)», "5 مليارات ريال (1.3 مليار
/// دولار)": an amount in brackets right after one in another currency, with at most a bound before it, is
/// the same sum converted. The text states one sum (eval/README, amounts conventions): the first stays.
fn drop_conversions(t: &Tables, n: &str, kept: &mut Vec<Cand>) {
    let mut i = 1;
    while i < kept.len() {
        if is_conversion(t, n, &kept[i - 1], &kept[i]) {
            kept.remove(i);
        } else {
            i += 1;
        }
    }
}

fn is_conversion(t: &Tables, n: &str, a: &Cand, b: &Cand) -> bool {
    if a.currency.is_none() || b.currency.is_none() || a.currency == b.currency || a.e > b.s {
        return false;
    }
    let Some(inner) = n[a.e..b.s].trim().strip_prefix('(') else {
        return false;
    };
    let inner = inner.trim();
    (inner.is_empty() || t.bounds.iter().any(|(w, _, _)| w == inner))
        && n[b.e..].trim_start().starts_with(')')
}

/// A price's bound: "fell below $25 a barrel", «превысила 80 долларов за баррель» bound the price, but a
/// cap's "to"/«до»/"إلى" is its level, and "crude sold above $60 a barrel" names the sales a cap covers.
fn price_bound(t: &Tables, n: &str, s: usize) -> Option<&'static str> {
    let before = crate::dates::tail(&n[..s], 48);
    // "cut the price by up to $100 per 1,000 cubic metres": "up to" itself bounds the cut.
    let b =
        bound_start(t, n, s).filter(|&b| b != "up_to" || before.trim_end().ends_with("up to"))?;
    let sold = before.split_whitespace().rev().take(3).any(|w| {
        matches!(w, "sold" | "bought" | "traded")
            || w.starts_with("продава")
            || w.starts_with("продан")
    });
    (!sold).then_some(b)
}

/// An amount written with two scales ("مليار و200 مليون دولار" = 1.2 billion), the larger first.
fn compound(
    t: &Tables,
    lang: Lang,
    caps: &Captures<'_>,
    n: &str,
    kinds: &[(usize, usize, &'static str, bool)],
) -> Option<Cand> {
    let s1 = whole_clitic(n, caps.group("s1"))?;
    let s2 = whole(n, caps.group("s2"))?;
    let post = whole(n, caps.group("post"))?;
    let (f1, bare1) = *t.scales.get(s1.as_str().trim_end_matches('.'))?;
    let (f2, _) = *t.scales.get(s2.as_str().trim_end_matches('.'))?;
    if f2 >= f1 {
        return None;
    }
    // A part in words is read as the number-word form reads it, and must begin a word (or follow a
    // glued "ب"/"ل": "بمليار ومئتي مليون دولار").
    // The second part may also follow a glued "و" ("ومئتي مليون").
    let value = |m: Span<'_>, and_glued: bool| {
        if m.as_str().starts_with(|c: char| c.is_ascii_digit()) {
            return parse_number(m.as_str(), lang, true);
        }
        let glued = and_glued && n[..m.start()].ends_with('و');
        if !glued {
            whole_clitic(n, Some(m))?;
        }
        words_value(t, m.as_str())
    };
    let v1 = match caps.name("num") {
        Some(m) => value(m.into(), false)?,
        None => bare1.unwrap_or(1.0),
    };
    let v2 = value(caps.name("num2")?.into(), true)?;
    let s = caps.name("num").map_or(s1.start(), |m| m.start());
    if caps.name("num").is_none() && whole_clitic(n, Some(s1)).is_none() {
        return None;
    }
    let e = post.end();
    let amount = v1 * f1 + v2 * f2;
    (amount.is_finite() && amount > 0.0).then(|| Cand {
        s,
        e,
        price: false,
        amount,
        factor: 0.0,
        currency: t.currencies.get(post.as_str()).cloned(),
        bound: bound_start(t, n, s),
        kind: nearest_kind(t, kinds, n, s, e),
        part: false,
        elided: false,
    })
}

/// Where the high end of a range begins in a run of number words joined by "and" or "و" that cannot be one
/// number: "two and three" (a range after "between"), "خمسة وستة" — where the first part is no hundreds
/// before a smaller number ("three hundred and fifty", "مئتين وخمسين") and no Arabic unit before its tens
/// ("خمسة وسبعين", 75). Only a run with exactly one such join is split.
fn range_high(t: &Tables, w: &str) -> Option<usize> {
    if t.number_words.contains_key(w) {
        return None;
    }
    // The joins: " and " between words, or " و" glued to the next word.
    let mut join: Option<(usize, usize)> = None;
    for (i, _) in w.match_indices(' ') {
        let rest = &w[i + 1..];
        let len = if rest.starts_with("and ") {
            4
        } else if rest.starts_with('و') {
            // "و" alone before a space, or glued to a number word.
            let glued = rest['و'.len_utf8()..].trim_start_matches(' ');
            rest.len() - glued.len()
        } else {
            continue;
        };
        if join.is_some() {
            return None;
        }
        join = Some((i, i + 1 + len));
    }
    let (left_end, right_start) = join?;
    let left = words_value(t, &w[..left_end])?;
    let right = words_value(t, w[right_start..].trim())?;
    let hundreds_then_less = left >= 100.0 && left % 100.0 == 0.0 && right < 100.0;
    let unit_then_tens = left < 10.0 && (20.0..100.0).contains(&right) && right % 10.0 == 0.0;
    (!hundreds_then_less && !unit_then_tens && left < right).then_some(right_start)
}

/// The value of a run of number words: a listed phrase as a whole ("half a", "a hundred"), else the sum
/// of its words, a hundred multiplying what stands before it ("twenty-five" 25, "خمسة وثلاثين" 35,
/// "three hundred" 300, "خمسة عشر" 15).
fn words_value(t: &Tables, w: &str) -> Option<f64> {
    if let Some(v) = t.number_words.get(w) {
        return Some(*v);
    }
    let mut total = 0.0;
    for part in w.split(|c: char| c.is_whitespace() || c == '-') {
        if part.is_empty() || part == "and" || part == "و" {
            continue;
        }
        // Arabic glues "and" to the next number: "وثلاثين".
        let v = t
            .number_words
            .get(part)
            .or_else(|| t.number_words.get(part.strip_prefix('و')?))?;
        if *v == 100.0 && total > 0.0 {
            total *= v;
        } else {
            total += v;
        }
    }
    Some(total)
}

/// Ranges write the scale and currency once, on the high end: "بين 13 و15 مليار دولار", "13–15 млрд
/// долларов", "$13-15 billion". The low end (a bare number, or a currency and a number read as a few
/// dollars) takes them. "and"/"و" join a range only after "between"/"بين"; the low end must be the lower.
fn range_lows(t: &Tables, lang: Lang, n: &str, kept: &mut Vec<Cand>) {
    // "ما بين ملياري وثلاثة مليارات دولار", «от миллиарда до двух миллиардов долларов»: a low end read as a
    // sum of its own (a scale word alone) but without a currency, parted from the high end only by the
    // range's joiner, takes the high end's currency and kind.
    for i in 1..kept.len() {
        let (lows, highs) = kept.split_at_mut(i);
        let (lo, hi) = (&mut lows[i - 1], &highs[0]);
        if lo.currency.is_some() || hi.currency.is_none() || lo.e > hi.s || lo.amount >= hi.amount {
            continue;
        }
        let gap = n[lo.e..hi.s].trim();
        let between = || {
            let head = n[..lo.s].trim_end();
            ["between", "بين"].iter().any(|b| head.ends_with(b))
        };
        let joins = matches!(gap, "-" | "–" | "—" | "to" | "до" | "الي" | "حتي")
            || (matches!(gap, "and" | "و") && between());
        if joins {
            lo.currency = hi.currency.clone();
            if lo.kind == "other" {
                lo.kind = hi.kind;
            }
        }
    }
    let mut added = Vec::new();
    for i in 0..kept.len() {
        let hi = &kept[i];
        if hi.factor < 1e6 || hi.price {
            continue;
        }
        let (factor, hi_s, hi_amount) = (hi.factor, hi.s, hi.amount);
        let (currency, kind) = (hi.currency.clone(), hi.kind);
        let before = crate::dates::tail(&n[..hi_s], 64);
        let Some(caps) = t.range_low.captures(before) else {
            continue;
        };
        let (Some(lo), Some(to)) = (caps.name("lo"), caps.name("to")) else {
            continue;
        };
        if matches!(to.as_str(), "and" | "و") && caps.name("opener").is_none() {
            continue;
        }
        // The low end in digits or in words ("from two to three billion", «от двух до трёх миллиардов»).
        let Some(v) = parse_number(lo.as_str(), lang, true).or_else(|| {
            let w = lo.as_str();
            let whole = !w.starts_with(|c: char| c.is_ascii_digit())
                && word_start_plain(before, lo.start())
                && !continues_word(before, lo.end());
            whole.then(|| words_value(t, w)).flatten()
        }) else {
            continue;
        };
        // A scale written on the low end is its own; only a scale word joins a range (not "5 to").
        let factor = match caps.name("lsc") {
            Some(sc) if word_start_plain(before, sc.start()) => match t.scales.get(sc.as_str()) {
                Some(&(f, _)) if f >= 1e6 => f,
                _ => continue,
            },
            Some(_) => continue,
            None => factor,
        };
        let amount = v * factor;
        if !(amount > 0.0 && amount < hi_amount) {
            continue;
        }
        // «от 2 до 3 млрд», "من 2 إلى 3 مليارات": the range's "до" is no "up to" on its high end.
        if matches!(to.as_str(), "до" | "الي" | "حتي" | "to") && kept[i].bound == Some("up_to")
        {
            kept[i].bound = None;
        }
        let off = hi_s - before.len();
        let lo_end = caps.name("lsc").unwrap_or(lo).end();
        let (s, e) = (off + caps.name("pre").unwrap_or(lo).start(), off + lo_end);
        // "$13" was read as thirteen dollars: it is the low end.
        if let Some(low) = kept[..i].iter_mut().find(|c| c.s < e && s < c.e) {
            if low.factor == 1.0 {
                low.amount = amount;
                low.factor = factor;
                low.kind = kind;
                low.currency = low.currency.take().or(currency);
            }
            continue;
        }
        added.push(Cand {
            s,
            e,
            price: false,
            amount,
            factor,
            currency,
            bound: bound_start(t, n, s),
            kind,
            part: false,
            elided: false,
        });
    }
    if !added.is_empty() {
        kept.extend(added);
        kept.sort_by_key(|c| c.s);
    }
}

/// The words that set a sum against the one it replaces: "$300 instead of 250", «189 долларов вместо 270»,
/// "٣٠٠ دولار بدلا من ٢٥٠" (normalised), "up from", "down from".
const REPLACING: [&str; 5] = ["instead of", "up from", "down from", "вместо", "بدلا من"];

/// [`REPLACING`] as one automaton, built once: the leftmost word of replacing after a sum, the first of the list
/// where two start at one place (as the list's order would give).
static REPLACING_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(REPLACING)
        .expect("the words of replacing build an automaton")
});

/// How many words may stand between a sum and the word of replacing after it ([`replaced_sums`]).
const REPLACING_REACH: usize = 6;

/// "Minsk will pay $300 per thousand cubic metres instead of 250", «будет платить 230 долларов за тысячу
/// кубометров вместо прежних 50», "٣٠٠ دولار لكل ألف متر مكعب بدلا من ٢٥٠": a bare number that a word of
/// replacing ([`REPLACING`]) sets against a sum a few words before it, in the same clause, and that ends
/// its clause (at most one word, "former", «прежних», between) is the sum it replaces: in its currency
/// and scale, of its kind, a price if it is one.
fn replaced_sums(t: &Tables, lang: Lang, n: &str, kept: &mut Vec<Cand>) {
    let mut added: SmallVec<[Cand; 2]> = SmallVec::new();
    for c in kept.iter() {
        // (A sum of two scales, factor 0, says nothing of the scale of the one it replaces.)
        if c.currency.is_none() || c.factor == 0.0 {
            continue;
        }
        let rest = &n[c.e..];
        let Some((at, len)) = REPLACING_WORDS.find(rest).map(|m| (m.start(), m.len())) else {
            continue;
        };
        let gap = &rest[..at];
        if gap.contains([',', ';', '.', '،', '؛'])
            || has_digit(gap)
            || gap.split_whitespace().count() > REPLACING_REACH
            || !rest[..at].is_empty() && !gap.ends_with(' ')
        {
            continue;
        }
        let after = &rest[at + len..];
        if !after.starts_with(' ') {
            continue;
        }
        let mut from = at + len + 1;
        if !n[c.e + from..].starts_with(|ch: char| ch.is_ascii_digit()) {
            // One word before the number, no more.
            let word = n[c.e + from..].split(' ').next().unwrap_or("");
            if word.is_empty() || !word.chars().all(char::is_alphabetic) {
                continue;
            }
            from += word.len() + 1;
        }
        let num_s = c.e + from;
        let digits = n[num_s..]
            .find(|ch: char| !(ch.is_ascii_digit() || ch == '.' || ch == ','))
            .unwrap_or(n.len() - num_s);
        // A final dot or comma ends the clause; it is no separator.
        let num = n[num_s..num_s + digits].trim_end_matches(['.', ',']);
        if num.is_empty() || !num.starts_with(|ch: char| ch.is_ascii_digit()) {
            continue;
        }
        let mut e = num_s + num.len();
        let mut factor = c.factor;
        // Its own scale, if it writes one («вместо 7 млрд»).
        let next = n[e..].trim_start_matches(' ');
        if let Some(w) = next.split([' ', '.', ',', ';']).next() {
            if let Some(&(f, _)) = t.scales.get(w).filter(|x| x.0 >= 1e6) {
                factor = f;
                e = n.len() - next.len() + w.len();
            }
        }
        let ends_clause = n[e..]
            .trim_start_matches(' ')
            .chars()
            .next()
            .is_none_or(|ch| matches!(ch, '.' | ',' | ';' | ':' | ')' | '،' | '؛' | '»' | '"'));
        if !ends_clause || kept.iter().any(|k| k.s < e && num_s < k.e) {
            continue;
        }
        let Some(v) = parse_number(num, lang, factor > 1.0) else {
            continue;
        };
        let amount = v * factor;
        if !(amount.is_finite() && amount > 0.0) {
            continue;
        }
        added.push(Cand {
            s: num_s,
            e,
            price: c.price,
            amount,
            factor,
            currency: c.currency.clone(),
            bound: None,
            kind: c.kind,
            part: false,
            elided: false,
        });
    }
    if !added.is_empty() {
        kept.extend(added);
        kept.sort_by_key(|c| c.s);
    }
}

/// How many times larger or smaller than a price a sum compared with it may be ([`compared_prices`]).
const PRICE_SPREAD: f64 = 10.0;

/// "Armenia will pay $189 per thousand cubic metres, down from $270", "Belarus will pay $100 per
/// thousand cubic metres this year, against less than $47 in 2006", «платит 100 долларов за тысячу
/// кубометров, тогда как раньше платил меньше 47 долларов», "ستدفع ١٠٠ دولار لكل ألف متر مكعب مقابل أقل
/// من ٤٧ دولارا": a sum written without a scale word, in the price's currency, of the price's order (at
/// most [`PRICE_SPREAD`] times larger or smaller), that the sentence sets beside a price (no semicolon
/// between) is the same unit's price at another time: a price too, of kind other.
fn compared_prices(t: &Tables, n: &str, kept: &mut [Cand]) {
    let prices: SmallVec<[usize; 2]> = (0..kept.len()).filter(|&i| kept[i].price).collect();
    if prices.is_empty() {
        return;
    }
    for j in 0..kept.len() {
        let c = &kept[j];
        if c.price || c.factor != 1.0 {
            continue;
        }
        let compared = prices.iter().any(|&i| {
            let p = &kept[i];
            let gap = if p.e <= c.s {
                &n[p.e..c.s]
            } else if c.e <= p.s {
                &n[c.e..p.s]
            } else {
                return false;
            };
            (c.currency.is_none() || c.currency == p.currency)
                && c.amount <= p.amount * PRICE_SPREAD
                && c.amount * PRICE_SPREAD >= p.amount
                && !gap.contains([';', '؛'])
        });
        if compared {
            let bound = price_bound(t, n, kept[j].s);
            let c = &mut kept[j];
            c.price = true;
            c.kind = "other";
            c.bound = bound;
        }
    }
}

/// A sum as the text states it: "8.2 billion" is 8 200 000 000, not the 8 199 999 999.999999 that binary
/// floating point makes of 8.2 × 10⁹. Rounded to twelve significant digits (more than any written sum
/// holds), by an integer step: the quotient of two whole numbers, as a decimal literal parses.
fn exact(x: f64) -> f64 {
    if !x.is_finite() || x <= 0.0 {
        return x;
    }
    let k = 11 - x.log10().floor() as i32;
    let p = 10f64.powi(k.abs());
    if k >= 0 {
        (x * p).round() / p
    } else {
        (x / p).round() * p
    }
}

/// Reads a number as the language writes it (see the module docs).
fn parse_number(s: &str, lang: Lang, has_scale: bool) -> Option<f64> {
    let s: String = if lang == Lang::Ru {
        s.replace(' ', "")
    } else {
        s.to_string()
    };
    let seps: Vec<(usize, char)> = s
        .char_indices()
        .filter(|&(_, c)| c == '.' || c == ',')
        .collect();
    let digits_only = |x: &str| x.chars().filter(char::is_ascii_digit).collect::<String>();
    let Some(&(last_i, last_c)) = seps.last() else {
        return s.parse().ok();
    };
    let decimal_sep = if lang == Lang::Ru { ',' } else { '.' };
    let after_last = s.len() - last_i - 1;
    let same_kind = seps.iter().all(|&(_, c)| c == last_c);
    let decimal_at = if !same_kind {
        // "1,234.5" or "1.234,5": the last separator is the decimal point.
        Some(last_i)
    } else if seps.len() > 1 {
        // "1,500,000": thousands only.
        None
    } else if after_last != 3 || (last_c == decimal_sep && has_scale) {
        Some(last_i)
    } else {
        None
    };
    match decimal_at {
        Some(i) => format!("{}.{}", digits_only(&s[..i]), digits_only(&s[i + 1..]))
            .parse()
            .ok(),
        None => digits_only(&s).parse().ok(),
    }
}

/// The bound of the amount at `s`: a phrase written just before it ("more than", "نحو", "около"), or a
/// verb of exceeding a few words before it in the same clause ("تجاوز حجم التبادل التجاري … 55 مليار").
/// A Russian "до" after a verb of change ("довести товарооборот до …") is the target, not a bound.
fn bound_start(t: &Tables, n: &str, s: usize) -> Option<&'static str> {
    let before = n[..s].trim_end();
    // The phrases `before` ends with, longest first: the order of the (longest-first) list.
    for (len, i) in t.bound_suffixes.suffixes_of(before) {
        let b = t.bounds[i].1;
        let ws = before.len() - len;
        if word_start(n, ws) {
            // "ليصل إلى" (so as to reach) is a result, not "up to".
            if b == "up_to" && (target_verb_before(t, &n[..ws]) || n[..ws].ends_with('ل')) {
                return None;
            }
            return negate_bound(b, negated_before(&n[..ws]));
        }
    }
    // "تزيد ديون بيلاروسيا لروسيا على ٨ مليارات": a verb of exceeding or falling short, its subject
    // between it and its preposition.
    let split = SPLIT_BOUNDS
        .iter()
        .find(|(_, prep, _)| before.strip_suffix(prep).is_some_and(|r| r.ends_with(' ')));
    let before = crate::dates::tail(before, 48 * BOUND_VERB_WINDOW);
    let clause =
        crate::memberships::last_stop(before.as_bytes(), true).map_or(before, |i| &before[i + 1..]);
    // The last words of the clause, in text order (`word(0)` the oldest kept), read back from its end
    // (the clause lies inside the tail `last_words` reads); the verb listed first in `bounds` wins, as a
    // scan of the list against the window would give.
    let last = crate::memberships::last_words(clause, BOUND_VERB_WINDOW);
    let kept = last.len();
    let word = |j: usize| last[j];
    let mut best: Option<(usize, usize)> = None;
    for j in 0..kept {
        let x = word(j);
        let bare = x.trim_start_matches('و');
        for i in [t.bound_verbs.exact(x), t.bound_verbs.exact(bare)]
            .into_iter()
            .flatten()
        {
            // The first listed verb, at its last place (nearest the amount).
            if best.is_none_or(|(bi, _)| i <= bi) {
                best = Some((i, j));
            }
        }
    }
    if let Some((_, prep, _)) = split {
        for j in (0..kept.saturating_sub(1)).rev() {
            let w = word(j);
            let bare = w.trim_start_matches('و');
            if let Some((_, _, b)) = SPLIT_BOUNDS
                .iter()
                .find(|(v, p, _)| p == prep && (*v == w || *v == bare))
            {
                let at = w.as_ptr() as usize - clause.as_ptr() as usize;
                return negate_bound(b, negated_before(&clause[..at]));
            }
        }
    }
    let (i, j) = best?;
    // (The verb is a word of `clause`: the text before it is the clause up to it.)
    let at = word(j).as_ptr() as usize - clause.as_ptr() as usize;
    negate_bound(t.bounds[i].1, negated_before(&clause[..at]))
}

/// Arabic verbs of exceeding and falling short whose subject may stand before their preposition
/// ("تزيد ديون بيلاروسيا على", "يقل حجم التبادل عن"): (verb, preposition, bound), normalised (على is
/// written علي) ([`bound_start`]).
const SPLIT_BOUNDS: [(&str, &str, &str); 7] = [
    ("تزيد", "علي", "more_than"),
    ("يزيد", "علي", "more_than"),
    ("تزيد", "عن", "more_than"),
    ("يزيد", "عن", "more_than"),
    ("تقل", "عن", "less_than"),
    ("يقل", "عن", "less_than"),
    ("يربو", "علي", "more_than"),
];

/// A negated verb bounds the other way: "لا يتجاوز التبادل التجاري … مليار دولار", "will not exceed"
/// (at most), «не будет превышать 500 млн» too, and "لا تقل قيمتها عن …" (is not less) at least.
fn negate_bound(bound: &'static str, negated: bool) -> Option<&'static str> {
    Some(match (negated, bound) {
        (false, b) => b,
        (true, "more_than") => "up_to",
        (true, "less_than") => "more_than",
        (true, _) => return None,
    })
}

/// Whether the text `before` a verb ends with a negation ([`NEGATIONS`]), directly or across one
/// auxiliary ([`AUXILIARIES`]): «не превысят», «не будет превышать», "will not exceed", "ولا يتجاوز".
fn negated_before(before: &str) -> bool {
    let mut words = before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| w.strip_prefix('و').filter(|r| !r.is_empty()).unwrap_or(w));
    let is_negation = |w: &str| NEGATIONS.contains(&w);
    match words.next() {
        Some(w) if is_negation(w) => true,
        Some(w) if AUXILIARIES.contains(&w) => words.next().is_some_and(is_negation),
        _ => false,
    }
}

/// Words that negate the verb after them ([`bound_start`]).
const NEGATIONS: [&str; 7] = ["not", "never", "не", "لا", "لم", "لن", "ليس"];

/// Auxiliaries that may stand between a negation and its verb: «не будет превышать», «не может превышать».
const AUXILIARIES: [&str; 8] = [
    "будет",
    "будут",
    "может",
    "могут",
    "должен",
    "должна",
    "должно",
    "должны",
];

/// A trie node's children, (byte, node) sorted by byte.
pub(crate) type Children = Vec<(u8, u32)>;

/// Phrases stored byte by byte, forwards or backwards: which of them a text begins (or ends) with, from
/// one walk, instead of a `starts_with` (a `memcmp`) per phrase.
#[derive(Debug)]
pub(crate) struct PhraseTrie {
    /// Per node: its children, and the lowest index of a phrase that ends there.
    nodes: Vec<(Children, Option<usize>)>,
}

impl PhraseTrie {
    /// Phrase `i` of `phrases` keeps its index; a repeated phrase is reported once, with its first.
    /// Stored backwards, for [`PhraseTrie::suffixes_of`].
    pub(crate) fn new<'p>(phrases: impl IntoIterator<Item = &'p str>) -> PhraseTrie {
        Self::build(phrases, true)
    }

    /// Stored forwards, for [`PhraseTrie::prefixes_of`].
    pub(crate) fn forwards<'p>(phrases: impl IntoIterator<Item = &'p str>) -> PhraseTrie {
        Self::build(phrases, false)
    }

    fn build<'p>(phrases: impl IntoIterator<Item = &'p str>, backwards: bool) -> PhraseTrie {
        Self::indexed(
            phrases.into_iter().enumerate().map(|(i, p)| (p, i)),
            backwards,
        )
    }

    /// Each phrase with the index to report for it; a phrase given twice keeps its first index.
    fn indexed<'p>(
        phrases: impl IntoIterator<Item = (&'p str, usize)>,
        backwards: bool,
    ) -> PhraseTrie {
        let mut nodes: Vec<(Children, Option<usize>)> = vec![(Vec::new(), None)];
        for (p, i) in phrases {
            let mut at = 0usize;
            let mut step = |b: u8| {
                at = match nodes[at].0.binary_search_by_key(&b, |c| c.0) {
                    Ok(k) => nodes[at].0[k].1 as usize,
                    Err(k) => {
                        let next = nodes.len();
                        nodes[at].0.insert(k, (b, next as u32));
                        nodes.push((Vec::new(), None));
                        next
                    }
                };
            };
            if backwards {
                p.bytes().rev().for_each(&mut step);
            } else {
                p.bytes().for_each(&mut step);
            }
            nodes[at].1.get_or_insert(i);
        }
        PhraseTrie { nodes }
    }

    /// (length, phrase index) of every phrase met walking `bytes` from the root, shortest first.
    fn walk(&self, bytes: impl Iterator<Item = u8>) -> SmallVec<[(usize, usize); 4]> {
        let mut found: SmallVec<[(usize, usize); 4]> = SmallVec::new();
        let mut at = 0usize;
        if let Some(i) = self.nodes[0].1 {
            found.push((0, i));
        }
        for (k, b) in bytes.enumerate() {
            let node = &self.nodes[at].0;
            let Ok(c) = node.binary_search_by_key(&b, |c| c.0) else {
                break;
            };
            at = node[c].1 as usize;
            if let Some(i) = self.nodes[at].1 {
                found.push((k + 1, i));
            }
        }
        found
    }

    /// The index of the phrase that is exactly `w` (a forwards trie).
    pub(crate) fn exact(&self, w: &str) -> Option<usize> {
        let mut at = 0usize;
        for &b in w.as_bytes() {
            let node = &self.nodes[at].0;
            let c = node.binary_search_by_key(&b, |c| c.0).ok()?;
            at = node[c].1 as usize;
        }
        self.nodes[at].1
    }

    /// (length, phrase index) of every phrase `text` ends with, longest first (a backwards trie).
    pub(crate) fn suffixes_of(&self, text: &str) -> impl Iterator<Item = (usize, usize)> {
        self.walk(text.bytes().rev()).into_iter().rev()
    }

    /// (length, phrase index) of every phrase `text` begins with, longest first (a forwards trie).
    pub(crate) fn prefixes_of(&self, text: &str) -> impl Iterator<Item = (usize, usize)> {
        self.walk(text.bytes()).into_iter().rev()
    }
}

/// Whether one of the last four words is a verb of change ("довести", "снизил").
fn target_verb_before(t: &Tables, before: &str) -> bool {
    crate::memberships::last_words(before, 4)
        .iter()
        .any(|w| t.targets.iter().any(|st| w.starts_with(st.as_str())))
}

/// Whether a price unit follows the amount ("$60 a barrel", "47,6 доллара за баррель"), also joined
/// into a compound adjective ("a $60-a-barrel cap").
fn price_follows(t: &Tables, n: &str, e: usize) -> bool {
    let rest = n[e..].trim_start();
    let hyphenated = rest.strip_prefix('-');
    t.prices.iter().any(|p| {
        let unit = match hyphenated {
            Some(h) => h.len() >= p.len() && spaces_as_hyphens(&h.as_bytes()[..p.len()], p),
            None => rest.starts_with(p.as_str()),
        };
        unit && !continues_word(hyphenated.unwrap_or(rest), p.len())
    })
}

/// Whether `text` spells `phrase` with hyphens for its spaces ("a-barrel" for "a barrel").
fn spaces_as_hyphens(text: &[u8], phrase: &str) -> bool {
    text.iter()
        .zip(phrase.bytes())
        .all(|(&a, b)| a == b || (b == b' ' && a == b'-'))
}

fn unit_follows(t: &Tables, n: &str, e: usize) -> bool {
    let rest = n[e..].trim_start();
    t.units.iter().any(|u| {
        rest.starts_with(u.as_str())
            && (!u.ends_with(is_word_char) || !continues_word(rest, u.len()))
    })
}

/// The kind cues of the sentence: (start, end, kind, weak) in normalised offsets, from the
/// leftmost-longest matches of the cue words.
fn kind_cues(t: &Tables, n: &str, hits: &[Hit]) -> Vec<(usize, usize, &'static str, bool)> {
    let mut out = Vec::new();
    for &Hit { s, e, pat } in hits {
        let (kind, weak) = t.kind_meta[pat];
        let ok = stem_match_ok(n, s, e);
        if ok {
            out.push((s, e, kind, weak));
        }
    }
    out
}

/// Whether a cue found at `[s, e)` of normalised text is a word (or a word's stem) there: Arabic allows
/// proclitics and the article before and any ending after; Russian any ending after stems longer than
/// four letters, none after shorter ones ("газ" is not "газета"); English only regular endings ("aid",
/// "aids", not "aide").
pub(crate) fn stem_match_ok(n: &str, s: usize, e: usize) -> bool {
    let word_end = n[e..]
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(n.len(), |(i, _)| e + i);
    let suffix = &n[e..word_end];
    match script(&n[s..e]) {
        Script::Arabic => arabic_prefix_ok(n, s) && arabic_suffix_ok(suffix),
        // Russian stems take any ending, but short ones must be the whole word ("газ" is not "газета").
        Script::Cyrillic => {
            word_start_plain(n, s) && (n[s..e].chars().count() > 4 || suffix.is_empty())
        }
        // English: the stem and a regular suffix only ("aid", "aids", not "aide").
        Script::Latin => {
            word_start_plain(n, s)
                && matches!(
                    suffix,
                    "" | "s"
                        | "es"
                        | "ed"
                        | "ing"
                        | "ment"
                        | "ments"
                        | "or"
                        | "ors"
                        | "ion"
                        | "ions"
                        | "er"
                        | "ers"
                        | "y"
                        | "ies"
                        | "d"
                )
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Script {
    Arabic,
    Cyrillic,
    Latin,
}

fn script(s: &str) -> Script {
    // (The first letter decides: an ASCII one, a basic Russian one, an Arabic one of ء–ي but the tatweel
    // are told without the Unicode tables, `script_ranges_are_alphabetic`.)
    let first = s.chars().find(|&c| match c {
        'a'..='z' | 'A'..='Z' | 'А'..='я' | '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}' => {
            true
        }
        _ if c.is_ascii() => false,
        _ => c.is_alphabetic(),
    });
    match first {
        Some(c) if ('\u{0600}'..='\u{06FF}').contains(&c) => Script::Arabic,
        Some(c) if ('\u{0400}'..='\u{04FF}').contains(&c) => Script::Cyrillic,
        _ => Script::Latin,
    }
}

/// Whether what follows an Arabic stem inside its word is an ending (feminine, plural, dual, verb
/// person) and/or an attached pronoun, so that `انهي` ("ended") does not match `انهيار` ("collapse").
fn arabic_suffix_ok(suffix: &str) -> bool {
    let mut rest = suffix;
    for pronoun in ["هما", "هم", "ها", "نا", "ه", "ك"] {
        if let Some(r) = rest.strip_suffix(pronoun) {
            rest = r;
            break;
        }
    }
    matches!(
        rest,
        "" | "ت"
            | "ا"
            | "وا"
            | "تا"
            | "ن"
            | "ي"
            | "يه"
            | "يا"
            | "يت"
            | "ات"
            | "يات"
            | "ين"
            | "ون"
            | "ان"
            | "تين"
            | "تان"
            | "ته"
            | "و"
    )
}

/// Whether the letters of the word before an Arabic stem at `s` are proclitics and the article only
/// (`و`, `ب`, `ال`, `بال`, `لل`), so that `تجار` matches `والتجارية` but not some other word.
fn arabic_prefix_ok(n: &str, s: usize) -> bool {
    let word_start = n[..s]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut p = &n[word_start..s];
    for _ in 0..2 {
        if let Some(rest) = p.strip_prefix(['و', 'ف', 'ب', 'ك']) {
            p = rest;
        }
    }
    matches!(p, "" | "ال" | "ل" | "لل")
}

/// The value phrases that tie a noun to the sum that measures it: "a loan worth $2bn", "debt of €3bn",
/// «кредит в размере», «оружие на сумму», «истребители за», "قرضا بقيمة", "صفقة قيمتها",
/// ([`head_cue`]). Not the price's "for" (`for`, «за», "مقابل"): what is bought for a sum is goods or a
/// company, which the verb of buying tells apart. Editorial, from the value phrases of the three languages' news style.
const LINKS: &[&str] = &[
    "in the amount of",
    "to the tune of",
    "amounting to",
    "valued at",
    "estimated at",
    "put at",
    "totalling",
    "totaling",
    "worth",
    "of",
    "at",
    "на общую сумму",
    "на сумму",
    "в размере",
    "размером",
    "объемом",
    "стоимостью",
    "на",
    "в",
    "تبلغ قيمتها",
    "تبلغ قيمته",
    "بلغت قيمتها",
    "البالغه قيمتها",
    "البالغه",
    "البالغ",
    "قيمتها",
    "قيمته",
    "بقيمه",
    "قدرها",
    "قدره",
    "بمبلغ",
    "يبلغ",
    "تبلغ",
];

/// The verbs that say what a sum amounts to ("trade reached $X", «товарооборот составил», "بلغ حجم
/// التبادل"): their subject names the sum ([`head_cue`]). English forms whole, Russian and Arabic ones as
/// word prefixes, normalised; the verbs of exceeding ("topped", «превысил», "تجاوز") are the bound verbs of
/// `amount_bounds.csv`. Editorial.
const AMOUNTING_EN: &[&str] = &[
    "reach", "reached", "reaches", "stood", "stands", "stand", "amount", "amounted", "amounts",
    "total", "totalled", "totaled", "totals", "came", "comes", "rose", "grew", "fell", "climbed",
    "hit", "is", "was", "are", "were",
];
const AMOUNTING_STEMS: &[&str] = &[
    "состав",
    "достиг",
    "вырос",
    "выросл",
    "снизил",
    "сократил",
    "увеличил",
    "بلغ",
    "يبلغ",
    "تبلغ",
    "وصل",
    "يصل",
    "تصل",
    "ناهز",
    "ارتفع",
    "سجل",
    "قدر",
    "تجاوز",
    "يتجاوز",
    "تتجاوز",
    "فاق",
    "يفوق",
    "تفوق",
    "تخطي",
    "تراجع",
    "يتراجع",
    "انخفض",
    "ينخفض",
    "هبط",
    "زاد",
    "نما",
];

/// The nouns of a transaction that take their kind from the goods or the instrument named before them
/// ("the sale of 40 F-35 jets to Riyadh, a deal worth", "عقدا لبناء غواصات بقيمة", «контракт на поставку
/// танков стоимостью»): a value phrase after one ties the sum to the cue before it ([`head_cue`]).
/// Normalised word prefixes. Editorial.
const GENERIC_HEADS: &[&str] = &[
    "deal",
    "contract",
    "agreement",
    "package",
    "purchase",
    "sale",
    "order",
    "сделк",
    "контракт",
    "соглашен",
    "пакет",
    "заказ",
    "صفقه",
    "صفقات",
    "عقد",
    "عقود",
    "اتفاق",
    "حزمه",
];

/// The prepositions that end an English noun phrase: the head of "Cuba's debt to Russia" is the last cue
/// before the first of them ([`head_cue`]).
const EN_PREPOSITIONS: [&str; 14] = [
    "of", "to", "for", "with", "between", "from", "in", "on", "at", "by", "among", "over", "since",
    "during",
];

/// The Russian prepositions that open a phrase no subject stands in ([`head_cue`]).
const RU_PREPOSITIONS: &[&str] = &[
    "в",
    "во",
    "на",
    "с",
    "со",
    "по",
    "за",
    "из",
    "от",
    "до",
    "для",
    "при",
    "без",
    "у",
    "к",
    "о",
    "об",
    "перед",
    "между",
    "после",
    "через",
    "среди",
];

/// How many words before a cue a preposition still puts it in its phrase ("на фоне сокращения помощи").
const PP_REACH: usize = 3;

/// Whether a Russian word looks like an adjective or participle in agreement ("советского долга",
/// «военной помощи»): what may stand between a sum and the noun after it that it measures.
fn ru_adjective(w: &str) -> bool {
    if script(w) != Script::Cyrillic {
        return false;
    }
    [
        "ого", "его", "ой", "ей", "ых", "их", "ую", "юю", "ом", "ем", "ая", "яя", "ое", "ее", "ые",
        "ие", "ый", "ий",
    ]
    .iter()
    .any(|x| w.ends_with(x))
        && w.chars().count() > 3
}

/// A kind cue as [`kind_cues`] finds it: start, end, kind, weak.
type KindCue = (usize, usize, &'static str, bool);

/// Whether an English word between a sum and the noun it measures is an adjective: "$32 billion
/// Soviet-era debt", "a $1 billion Russian credit line" (a compound or a word of origin).
fn en_adjective(w: &str) -> bool {
    w.contains('-')
        || ["an", "ese", "ish", "ern", "ic", "al"]
            .iter()
            .any(|x| w.ends_with(x))
}

/// ([`LINKS`] normalised in a suffix trie, [`AMOUNTING_STEMS`] normalised), once. (A link that ends
/// with another comes before it in the list, `links_come_before_their_suffixes`: the trie's longest
/// suffix first is the list's first match.)
static HEAD_WORDS: LazyLock<(PhraseTrie, Vec<String>)> = LazyLock::new(|| {
    let links: Vec<String> = LINKS.iter().map(|l| normalize(l)).collect();
    (
        PhraseTrie::new(links.iter().map(String::as_str)),
        AMOUNTING_STEMS.iter().map(|l| normalize(l)).collect(),
    )
});

/// The cue that names what the sum at `[s, e)` measures by the grammar of its phrase, if one does
/// (session 54): the noun a value phrase ties to the sum or the verb that governs it right before it
/// ("an arms deal worth $X", "Chinese loans worth $X", "invested $X", "lent Caracas around $X",
/// «кредит в размере», «оружие Амману примерно на», "ديونا لميانمار بقيمة"), the noun the sum measures
/// right after it ("a $2bn loan", "$2.5bn in weapons", «4,7 млрд долларов советского долга», "مليار دولار
/// من الاستثمارات"), else the subject of a verb of amounting whose complement the sum is ("trade with
/// Iran reached $X", «долг Киева …, составляет», "بلغت ديون كوبا …") or, in Arabic, the verb that opens
/// the sum's clause ("استثمرت اليابان، …، ستين مليار"). Before the nearest cue in words: what stands
/// nearer in another phrase ("owes $800m for the fighter jets", «превысил 65 млрд благодаря нефти»)
/// names what the money paid for or came from, not the sum. `skip`: the cues that may not name it (an
/// inclusion's, a judgment's of another clause).
fn head_cue<'k>(
    t: &Tables,
    kinds: &'k [KindCue],
    n: &str,
    s: usize,
    e: usize,
    skip: &dyn Fn(&KindCue) -> bool,
) -> Option<&'k KindCue> {
    let (links, amounting) = &*HEAD_WORDS;
    let word_end = |ke: usize, lim: usize| {
        n[ke..lim]
            .find(|c: char| !is_word_char(c))
            .map_or(lim, |i| ke + i)
    };
    let clause_mark = |c: char| matches!(c, ',' | ';' | ':' | '،' | '؛' | '.' | '(' | ')');
    // The text right before the sum with its bound taken off: (rest, a link was part of the bound).
    let strip_bound = |before: &'_ str| -> (usize, bool, bool) {
        let b = before.trim_end();
        // (The phrases `b` ends with, longest first, from the suffix trie `bound_start` walks too.)
        for (len, i) in t.bound_suffixes.suffixes_of(b) {
            let (phrase, _, verb) = &t.bounds[i];
            let rest = &b[..b.len() - len];
            let glued =
                rest.ends_with('ب') && !rest[..rest.len() - 'ب'.len_utf8()].ends_with(is_word_char);
            if rest.is_empty() || rest.ends_with(|c: char| !is_word_char(c)) || glued {
                let linked = phrase.ends_with(" на") || phrase.ends_with(" в") || glued;
                let at = if glued {
                    rest.len() - 'ب'.len_utf8()
                } else {
                    rest.len()
                };
                return (at, linked, *verb);
            }
        }
        (b.len(), false, false)
    };
    let strip_link = |gap: &'_ str| -> (usize, bool) {
        let g = gap.trim_end();
        // "بملياري دولار", "بنحو": a glued "ب" before the sum ties it as a value phrase does.
        if let Some(rest) = g.strip_suffix('ب') {
            if !rest.ends_with(is_word_char) {
                return (rest.len(), true);
            }
        }
        // (The links `g` ends with, longest first, from one walk of their suffix trie.)
        for (len, _) in links.suffixes_of(g) {
            let rest = &g[..g.len() - len];
            if rest.is_empty() || rest.ends_with(|c: char| !is_word_char(c)) {
                return (rest.len(), true);
            }
        }
        (g.len(), false)
    };
    // 1. A cue before the sum, tied to it.
    // (Only a strong cue: a weak one — a verb of pledging or buying, a package, a cost — says that money
    // changes hands, not what it is; "an arms package worth" is the arms'.)
    let joins = |w: &str| {
        matches!(w, "and" | "or" | "but" | "и" | "или" | "а" | "но") || w.starts_with('و')
    };
    let before = kinds
        .iter()
        .filter(|k| k.1 <= s && !k.3 && !skip(k))
        .max_by_key(|k| k.1)
        .and_then(|k| {
            let we = word_end(k.1, s);
            let (b_at, b_linked, _) = strip_bound(&n[we..s]);
            let gap = &n[we..we + b_at];
            let (l_at, l_linked) = if b_linked {
                (gap.trim_end().len(), true)
            } else {
                strip_link(gap)
            };
            let rest = gap[..l_at].trim();
            // "helicopters, worth $4.2bn": a comma may only open the value phrase, or an apposition of a
            // transaction noun ("the sale of 40 F-35 jets to Riyadh, a deal worth").
            let rest = if l_linked {
                rest.trim_end_matches([',', '،']).trim_end()
            } else {
                rest
            };
            let generic = |w: &str| GENERIC_HEADS.iter().any(|g| w.starts_with(g));
            let rest = match rest.rfind([',', '،']) {
                Some(c)
                    if l_linked && {
                        let tail: Vec<&str> = rest[c..].split_whitespace().skip(1).collect();
                        tail.len() <= 2 && tail.last().is_some_and(|w| generic(w))
                    } =>
                {
                    rest[..c].trim_end()
                }
                _ => rest,
            };
            // Model names ("F-35", "إف-35") are no numbers, and transaction nouns no words of their own.
            let model = |w: &str| has_digit(w) && w.chars().any(|c| c == '-' || c.is_alphabetic());
            let rest_words = || rest.split_whitespace().filter(|w| !model(w) && !generic(w));
            let words = rest_words().count();
            // Without a value phrase only a verb right before the sum governs it ("invested $X"), or, in
            // English and Russian, with its indirect object between ("owes Moscow $X", «одолжил Каракасу»).
            let unlinked_reach = usize::from(script(&n[k.0..k.1]) != Script::Arabic);
            let ok = !rest.contains(clause_mark)
                && !rest_words().any(has_digit)
                && !rest.split_whitespace().any(joins)
                && if l_linked {
                    words <= 3
                } else {
                    words <= unlinked_reach
                };
            // (A value phrase ties closer than an indirect object does.)
            ok.then_some((words + usize::from(!l_linked), k))
        });
    // 2. A cue right after the sum that it measures.
    let after = kinds
        .iter()
        .filter(|k| k.0 >= e && !k.3 && !skip(k))
        .min_by_key(|k| k.0)
        .and_then(|k| {
            let gap = n[e..k.0].trim();
            if gap.contains(clause_mark) || has_digit(gap) {
                return None;
            }
            let mut ws = gap.split_whitespace();
            let first = ws.clone().next();
            let words = ws.clone().count();
            // (A preposition's energy or other is where the money goes or comes from: "invest $1bn in
            // oil", "11 trillion roubles in oil revenue", "من عائدات النفط".)
            let ok = match first {
                None => true,
                Some("in") => words <= 3 && !matches!(k.2, "energy" | "other"),
                Some("of") => words <= 3 && k.2 != "other",
                Some("من") => words == 1 && k.2 != "other",
                Some(w) if words == 1 && script(w) == Script::Latin => en_adjective(w),
                Some(_) => ws.all(ru_adjective) && words <= 2,
            };
            // "an earlier $200 million arms loan", "$3.1 billion of its gas debt": an English compound's
            // head is its last noun.
            let mut k = k;
            if script(&n[k.0..k.1]) == Script::Latin {
                while let Some(next) = kinds
                    .iter()
                    .find(|m| m.0 > k.1 && !m.3 && n[word_end(k.1, m.0)..m.0].trim().is_empty())
                {
                    k = next;
                }
            }
            ok.then_some((words, k))
        });
    match (before, after) {
        (Some(b), Some(a)) => return Some(if a.0 < b.0 { a.1 } else { b.1 }),
        (Some(b), None) => return Some(b.1),
        (None, Some(a)) => return Some(a.1),
        (None, None) => {}
    }
    // 3. The subject of a verb of amounting right before the sum, or (Arabic) the verb that opens its
    // clause.
    // The clause mark nearest before `i`: (where, its length).
    let mark_before = |i: usize| {
        n[..i]
            .char_indices()
            .rev()
            .find(|&(_, c)| clause_mark(c))
            .map(|(p, c)| (p, c.len_utf8()))
    };
    // The clause the sum stands in, or, when only an aside stands between ("Cuba's debt to Russia, much
    // of it for weapons, stood at"), the one before the aside.
    // (So when what stands between the aside and the verb names nothing: "…, long a source of debt
    // worries, now exceeds".)
    let names_nothing = |a: usize, b: usize| !kinds.iter().any(|k| k.0 >= a && k.1 <= b);
    // A relative clause after the comma ("Париж выдаст кредит, сумма которого составит", "a loan, whose
    // value is put at") has its antecedent before the comma: the third value, when set, is where the
    // antecedent's clause ends (its subject is the cue nearest before that).
    let relative = |w: &str| {
        matches!(w, "which" | "whose" | "that" | "الذي" | "التي" | "الذين")
            || w.starts_with("котор")
    };
    let clause_of = |end: usize| -> (usize, usize, bool) {
        let m1 = mark_before(end);
        let a = m1.map_or(0, |(p, l)| p + l);
        if let Some((p, _)) = m1.filter(|_| names_nothing(a, end)) {
            if n[a..end].split_whitespace().any(relative) {
                return (mark_before(p).map_or(0, |(r, l)| r + l), p, true);
            }
            if let Some((q, _)) = mark_before(p) {
                return (mark_before(q).map_or(0, |(r, l)| r + l), q, false);
            }
        }
        (a, end, false)
    };
    let (b_at, _, bound_verb) = strip_bound(&n[..s]);
    let mut pre = n[..b_at].trim_end();
    pre = pre
        .strip_suffix(" at")
        .or_else(|| pre.strip_suffix(" to"))
        .unwrap_or(pre);
    let last_word_start = pre
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let last = &pre[last_word_start..];
    let is_amounting =
        |w: &str| AMOUNTING_EN.contains(&w) || amounting.iter().any(|a| w.starts_with(a.as_str()));
    // (A cost or a package is no subject of its own: «стоимость газопровода … составит» is the pipeline's.)
    let generic = |k: &KindCue| {
        let w = &n[k.0..k.1];
        t.cost_cues.iter().any(|c| c == w) || t.package_cues.iter().any(|c| c == w)
    };
    // The subject's cue: a strong one first ("واردات الصين من النفط" is the oil's), else a weak one
    // ("Turkey's exports to Russia").
    let in_clause = |a: usize, b: usize| {
        kinds
            .iter()
            .filter(move |k| k.0 >= a && k.1 <= b && !skip(k) && !generic(k))
    };
    // In English and Russian a cue in a prepositional phrase is no subject: «На фоне сокращения помощи
    // торговый дефицит … вырос», «Долг Киева перед «Газпромом» за газ, …, составляет».
    let in_phrase = |a: usize, k: &KindCue| {
        script(&n[k.0..k.1]) != Script::Arabic
            && n[a..k.0]
                .split_whitespace()
                .rev()
                .take(PP_REACH)
                .any(|w| EN_PREPOSITIONS.contains(&w) || RU_PREPOSITIONS.contains(&w))
    };
    let first_cue = |a: usize, b: usize| {
        in_clause(a, b)
            .filter(|k| !k.3 && !in_phrase(a, k))
            .min_by_key(|k| k.0)
            .or_else(|| {
                in_clause(a, b)
                    .filter(|k| !in_phrase(a, k))
                    .min_by_key(|k| k.0)
            })
    };
    let nearest_cue = |a: usize, b: usize| {
        in_clause(a, b)
            .filter(|k| !k.3)
            .max_by_key(|k| k.1)
            .or_else(|| in_clause(a, b).max_by_key(|k| k.1))
    };
    if bound_verb || (!last.is_empty() && is_amounting(last)) {
        let verb_at = if bound_verb { b_at } else { last_word_start };
        let (a, b, antecedent) = clause_of(verb_at);
        // Arabic puts such a verb after its subject only in a clause of its own ("قرض حكومي روسي يبلغ
        // نحو"): the noun nearest before it is the subject.
        if antecedent || script(&n[verb_at..s]) == Script::Arabic {
            return nearest_cue(a, b);
        }
        let head = first_cue(a, b)?;
        // A result word as subject ("Revenue from oil exports fell to $15bn") yields to a listed kind's
        // cue in its phrase, as everywhere ([`nearest_kind`]).
        if head.2 == "other" {
            return None;
        }
        if script(&n[head.0..head.1]) != Script::Latin {
            return Some(head);
        }
        // English: the last cue of the noun phrase ("Russian arms exports to India").
        let mut h = head;
        for k in kinds.iter().filter(|k| k.0 > head.1 && k.1 <= b && !k.3) {
            let gap = &n[word_end(h.1, b)..k.0];
            if gap.contains(clause_mark)
                || gap
                    .split_whitespace()
                    .any(|w| EN_PREPOSITIONS.contains(&w) || is_amounting(w))
            {
                break;
            }
            h = k;
        }
        return Some(h);
    }
    // Arabic: the clause opens with the verb ("بلغت صادرات تركيا …", "استثمرت اليابان، …، ستين مليار").
    let (a, b, _) = clause_of(s);
    let opening = n[a..b].trim_start();
    let first_word = opening
        .split(|c: char| !is_word_char(c))
        .next()
        .unwrap_or("");
    if script(first_word) == Script::Arabic {
        let w = first_word.trim_start_matches(['و', 'ف']);
        let start = b - opening.len() + (first_word.len() - w.len());
        if is_amounting(w) {
            return first_cue(start + w.len(), b);
        }
        // The opening verb governs the sum only with no other strong cue between them.
        let between = kinds
            .iter()
            .any(|k| k.0 > start && k.1 <= b && !k.3 && !skip(k));
        if between {
            return None;
        }
        return kinds.iter().find(|k| k.0 == start && !k.3 && !skip(k));
    }
    None
}

fn nearest_kind(
    t: &Tables,
    kinds: &[(usize, usize, &'static str, bool)],
    n: &str,
    s: usize,
    e: usize,
) -> &'static str {
    // Then words, then the side, then bytes: "إقراض باكستان 4 مليارات دولار لبناء محطة" is a loan — the
    // instrument stands before the amount, the purpose after it, at the same distance in words.
    let distance = |&&(ks, ke, _, _): &&(usize, usize, &'static str, bool)| {
        // A stem before the amount is measured from the end of its word ("invest|ed more than $10bn").
        let (a, b) = if ke <= s {
            let word_end = n[ke..s].find(|c: char| !is_word_char(c)).unwrap_or(s - ke);
            (ke + word_end, s)
        } else {
            (e, ks.max(e))
        };
        // A cue in the amount's own clause first: "достиг 68,7 млрд долларов, почти всё за счёт нефти" is trade.
        // A cue after the amount that opens a coordinated verb ("lend $1.5bn and invest $500m",
        // «ستقرض … وتستثمر», «даст … и вложит») belongs to what follows it.
        let gap = n[a..b].trim_end();
        let coordinated_after = ke > s
            && [" and", " و", " и"]
                .iter()
                .any(|c| gap.ends_with(c) || gap == c.trim_start());
        // A cue before the amount with only "and" between ends the sum before it: in "a $2bn loan and
        // $150m in grants" the loan is the first sum's, the grants the second's; so with a bound after the
        // "and" («1,5 млрд долларов в виде грантов и до 3,5 млрд долларов в виде кредитов», "in grants and
        // up to $3.5bn in loans"): the bound opens the second sum.
        let coordinated_before = ke <= s && {
            let gap = gap.trim_start();
            matches!(gap, "and" | "و" | "и")
                || ["and ", "и "].iter().any(|c| {
                    gap.strip_prefix(c)
                        .is_some_and(|rest| t.bounds.iter().any(|b| b.0 == rest.trim()))
                })
        };
        // "اتفاقية قرض، تبلغ قيمته ٢٥ مليار دولار،", "a loan deal, worth $2bn,": a comma that only opens the
        // sum's statement of value (two words at most, one of them a word of value) keeps the noun before
        // it in the sum's clause.
        let value_apposition = ke <= s && {
            let tail = n[a..b].rsplit([',', '،']).next().unwrap_or("");
            let words = tail.split_whitespace().count();
            !n[a..b].contains([';', '؛'])
                && n[a..b].matches([',', '،']).count() == 1
                && n[a..b].trim_start().starts_with([',', '،'])
                && (1..=2).contains(&words)
                && tail.split_whitespace().any(|w| {
                    VALUE_WORDS
                        .iter()
                        .any(|v| w.trim_start_matches('و').starts_with(v))
                })
        };
        let other_clause = (n[a..b].contains([',', ';', '،', '؛']) && !value_apposition)
            || coordinated_after
            || coordinated_before;
        (
            other_clause,
            n[a..b].split_whitespace().count(),
            ke > s,
            b - a,
        )
    };
    // "соглашения на 27 млрд долларов, в том числе о строительстве АЭС", "deals worth $27bn, including a
    // nuclear plant": what a sum includes, after it, does not name the whole.
    // So with the aside before the sum: "buy American goods, including oil and aircraft, worth $500bn",
    // «закупить товаров, включая нефть и самолёты, на 500 млрд», "سلعا، منها النفط والطائرات، بأكثر من":
    // the goods the aside names are examples of the noun before it, which names the sum.
    let included = |k: &&(usize, usize, &'static str, bool)| {
        (k.0 >= e
            && (t.inclusions.iter().any(|m| n[e..k.0].contains(m.as_str()))
                || volume_owns(t, n, e, k.0)))
            || (k.1 <= s && in_inclusion_aside(t, n, k.0, k.1, s))
    };
    // "a military aid package that includes tanks, worth $500 million", «пакет военной помощи, включающий
    // танки, на 500 млн долларов», "حزمة مساعدات عسكرية تشمل دبابات بقيمة": weapons named as what an aid noun
    // holds (after a word of inclusion, in its clause) are its contents; the aid names the sum (Session-55
    // ruling (a): military aid worth X is aid, arms only for weapons named as what is sold or delivered).
    let aid_contents = |k: &&(usize, usize, &'static str, bool)| {
        k.2 == "arms"
            && kinds.iter().any(|a| {
                a.2 == "aid" && !a.3 && a.1 <= k.0 && {
                    let gap = &n[a.1..k.0];
                    !gap.contains(['.', ';', '؛'])
                        && !has_digit(gap)
                        && gap.split_whitespace().count() <= AID_CONTENTS_REACH
                        && AID_CONTENTS.iter().any(|w| gap.contains(w))
                }
            })
    };
    let included = |k: &&(usize, usize, &'static str, bool)| included(k) || aid_contents(k);
    // A strong cue anywhere in the sentence beats a weak one ("a $35 billion agreement to export natural
    // gas" is about energy; "pledged 5 billion for the pipeline" too).
    // A judgment or a lease is strong only in the sum's own clause: "the navy will lease the submarine for
    // ten years; the deal is valued at $900m" is the submarine's price, not a rent.
    let judgment_beyond = |k: &&(usize, usize, &'static str, bool)| {
        // (The cue's word first: most cues are no judgment, and their distance is not measured.)
        t.judgment_cues.iter().any(|c| c == &n[k.0..k.1]) && distance(k).0
    };
    // The grammar of the sum's phrase first ([`head_cue`]), then the nearest cue.
    let head = head_cue(t, kinds, n, s, e, &|k| included(&k) || judgment_beyond(&k));
    let Some(best) = head
        .or_else(|| {
            kinds
                .iter()
                .filter(|k| !k.3 && !included(k) && !judgment_beyond(k))
                .min_by_key(distance)
        })
        .or_else(|| kinds.iter().filter(|k| !included(k)).min_by_key(distance))
    else {
        return "other";
    };
    // "agreed to buy at least $750 million of American grain", «закупить … зерно не менее чем на 750 млн»,
    // "شراء حبوب أمريكية لا تقل قيمتها عن": a verb of buying is an investment (a company, a port) only
    // when no goods stand by the sum in its clause; what buys goods is trade.
    if best.3
        && best.2 == "investment"
        && BUYING.iter().any(|b| n[best.0..best.1].starts_with(b))
        && kinds.iter().any(|k| {
            k.3 && k.2 == "trade" && !included(&k) && {
                let (a, b) = if k.1 <= s { (k.1, s) } else { (e, k.0.max(e)) };
                let gap = &n[a..b];
                !gap.contains([',', ';', '،', '؛', '.'])
                    && !has_digit(gap)
                    && gap.split_whitespace().count() <= 6
            }
        })
    {
        return "trade";
    }
    // "Vienna is to pay for the assets with goods worth $150 million", «расплатится за активы товарами на
    // 150 млн долларов», "تسدد ثمن الأصول بسلع قيمتها": goods that a verb of paying uses as its means (after
    // "with", in the instrumental, after a glued ب) are a payment in kind, of kind other; what is paid
    // for is no sale of them.
    if best.3 && best.2 == "trade" && paid_in_kind(n, best.0, best.1) {
        return "other";
    }
    // "Japan will provide Yemen with grain and medicine worth $20 million", «выделит Сирии зерно на 20
    // млн долларов», "ستقدم الصين لأفغانستان قمحا بقيمة …": goods that a verb of giving hands over, with no
    // other cue between them, are aid in kind.
    if best.3 && best.2 == "trade" {
        let giver = kinds
            .iter()
            .rev()
            .find(|k| k.3 && k.2 == "aid" && k.1 <= best.0 && k.1 <= s)
            .filter(|g| GIVING.iter().any(|v| n[g.0..g.1].starts_with(v)));
        if let Some(g) = giver {
            let gap = &n[g.1..s];
            let other_cue = kinds
                .iter()
                .any(|k| k.0 >= g.1 && k.1 <= s && k.2 != "trade");
            if !other_cue
                && !has_digit(gap)
                && !gap.contains([';', '؛', '.', ':'])
                && gap.split_whitespace().count() <= GIVEN_REACH
            {
                return "aid";
            }
        }
    }
    // "signed deals worth $12bn, including a nuclear plant": a package whose parts are named after it is
    // of several kinds, so of no one; without them it is business investment.
    if best.3
        && t.package_cues.iter().any(|c| c == &n[best.0..best.1])
        && t.inclusions.iter().any(|m| n[e..].starts_with(m.as_str()))
    {
        return "other";
    }
    // "a grant and a loan worth $3bn", «منحة وقرضاً», «кредиты и гранты»: a package of both is aid.
    // The instrument is what the money is; the purpose only what it buys: "lent $25bn to build a nuclear
    // plant", "owes $4bn for gas", «кредит в 10 млрд евро на строительство АЭС» are a loan and a debt, and
    // a lawsuit, compensation, deposit or swap (the strong cues of kind other) over oil or arms is other.
    let purpose = |k: &str| matches!(k, "energy" | "arms" | "investment" | "trade");
    // "An arbitration court ordered the state power company to pay $550m over the cancelled nuclear
    // plant", «Арбитраж обязал энергокомпанию выплатить … за отменённую АЭС», "ألزمت محكمة تحكيم شركة
    // الكهرباء بدفع …": what a court or tribunal orders paid is a judgment, of kind other, wherever in the
    // sum's clause it is named — the company and the goods it was over only say what the dispute was about.
    if purpose(best.2) || best.3 {
        let judged = kinds.iter().any(|k| {
            let cue = &n[k.0..k.1];
            if k.3 || !t.judgment_cues.iter().any(|c| c == cue) {
                return false;
            }
            let (a, b) = if k.1 <= s { (k.1, s) } else { (e, k.0.max(e)) };
            let gap = &n[a..b];
            // (Nor across "and" or "after", which open another act: "the tribunal's ruling came a week
            // after Ruritania signed a $3 billion gas deal".)
            let opens_act = |w: &str| matches!(w, "and" | "after" | "и" | "а" | "после" | "بعد");
            !gap.contains([',', ';', '،', '؛', '.'])
                && !has_digit(gap)
                && gap.split_whitespace().count() <= JUDGMENT_REACH
                && !gap.split_whitespace().any(opens_act)
        });
        if judged {
            return "other";
        }
    }
    // (A cue its phrase ties to the sum names it whatever instrument stands in the clause; only a verb
    // of investing before the sum outranks it.)
    if purpose(best.2) && head.is_none() {
        let same_clause = |k: &&(usize, usize, &'static str, bool)| {
            let (a, b) = if k.0 < s {
                (k.1.min(s), s)
            } else {
                (e, k.0.max(e))
            };
            // Near, and no other sum between: «إيداع ثلاثة مليارات دولار … وتمويل واردات نفطية بقيمة 1.2
            // مليار» deposits the first sum and pays for oil with the second.
            let gap = &n[a..b];
            !gap.contains([',', ';', '،', '؛', '.'])
                && !has_digit(gap)
                && gap.split_whitespace().count() <= 5
        };
        if let Some(inst) = kinds
            .iter()
            // «تمويل» (financing) pays for the goods it names; it is no instrument of its own.
            .filter(|k| {
                !k.3 && matches!(k.2, "loan" | "debt" | "other") && !n[k.0..k.1].ends_with("تمويل")
            })
            .find(same_clause)
        {
            return inst.2;
        }
    }
    if purpose(best.2) {
        // "Russia's loan to Egypt for building the nuclear plant will amount to $25bn", «Долг Киргизии
        // перед Россией за поставки газа достигает 500 млн долларов», "ديون قرغيزستان لروسيا مقابل
        // إمدادات الغاز": an instrument noun that governs the purpose (the goods follow it within a few
        // words) names what the sum of its clause is, however far the sum stands.
        if let Some(inst) = kinds.iter().find(|k| {
            !k.3 && matches!(k.2, "loan" | "debt")
                && !n[k.0..k.1].ends_with("تمويل")
                && k.1 <= best.0
                && best.1 <= s
                && governs(n, k.1, best.0, s)
                // A head its phrase ties to the sum yields only to an instrument that names it as its
                // purpose ("a loan to buy arms worth", «кредит на закупку оружия на сумму», "قرض لشراء
                // الأسلحة بقيمة"), not to one that merely stands before it ("loan talks ended with an arms
                // deal worth").
                && (head.is_none()
                    || n[k.1..best.0].split_whitespace().any(|w| {
                        matches!(w, "for" | "to" | "на" | "за" | "для" | "مقابل")
                            || (w.starts_with('ل') && !w.starts_with("ال"))
                    }))
        }) {
            return inst.2;
        }
        // "plan to invest between $5bn and $7bn in oil refineries", «استثمار … في مصافي النفط»: a verb of
        // investing before the sum in its clause says what the money is; the goods after it what it buys.
        if matches!(best.2, "energy" | "arms") {
            if let Some(inv) = kinds
                .iter()
                .filter(|k| !k.3 && k.2 == "investment" && k.1 <= s)
                // A range's first bound may stand between ("between $5bn and $7bn", "ما بين 5 و7").
                .find(|k| {
                    let gap = &n[k.1..s];
                    !gap.contains([',', ';', '،', '؛', '.']) && gap.split_whitespace().count() <= 6
                })
            {
                return inv.2;
            }
        }
    }
    let aid_or_loan = |k: &str| matches!(k, "aid" | "loan");
    if aid_or_loan(best.2)
        && kinds
            .iter()
            .any(|k| aid_or_loan(k.2) && k.2 != best.2 && !k.3 && coordinated(n, best, k))
    {
        return "aid";
    }
    best.2
}

/// The verbs and nouns of buying among the weak investment cues: what they buy is trade when goods stand
/// by the sum ([`nearest_kind`]).
const BUYING: [&str; 6] = ["buy", "bought", "куп", "покуп", "اشتر", "شراي"];

/// The stems of the verbs of paying ([`paid_in_kind`]).
const PAYING: [&str; 11] = [
    "pay",
    "paid",
    "расплат",
    "заплат",
    "оплат",
    "تسدد",
    "يسدد",
    "سدد",
    "تدفع",
    "يدفع",
    "دفع",
];

/// How many words may stand between a verb of paying and the goods it pays with ([`paid_in_kind`]).
const PAYING_REACH: usize = 10;

/// Whether the goods cue at `[ks, ke)` is the means of a payment: marked as an instrument ("with goods",
/// «товарами», «пшеницей», "بسلع") after a verb of paying ([`PAYING`]) at most [`PAYING_REACH`] words
/// before it in its clause.
fn paid_in_kind(n: &str, ks: usize, ke: usize) -> bool {
    let word_start = n[..ks]
        .rfind(|c: char| !is_word_char(c))
        .map_or(0, |i| i + n[i..].chars().next().map_or(1, char::len_utf8));
    let word_end = n[ke..]
        .find(|c: char| !is_word_char(c))
        .map_or(n.len(), |i| ke + i);
    let word = &n[word_start..word_end];
    let before = n[..word_start].trim_end();
    let instrument = before.ends_with(" with")
        || (word.starts_with('ب') && ks > word_start)
        || ["ами", "ями", "ом", "ем", "ой", "ей", "ью"]
            .iter()
            .any(|x| word.ends_with(x));
    if !instrument {
        return false;
    }
    let clause =
        crate::memberships::last_stop(before.as_bytes(), true).map_or(before, |i| &before[i + 1..]);
    clause.split_whitespace().rev().take(PAYING_REACH).any(|w| {
        PAYING
            .iter()
            .any(|p| w.trim_start_matches('و').starts_with(p))
    })
}

/// The verbs of giving among the weak aid cues: the goods they hand over are aid ([`nearest_kind`]).
const GIVING: [&str; 13] = [
    "provide",
    "pledge",
    "grant",
    "allocate",
    "تقديم",
    "بتقديم",
    "ستقدم",
    "سيقدم",
    "قدمت",
    "выдел",
    "пообещал",
    "передал",
    "передаст",
];

/// How many words may stand between a verb of giving and the sum of the goods it gives ([`nearest_kind`]).
const GIVEN_REACH: usize = 12;

/// Words that state a sum's value after a comma ("، تبلغ قيمته", ", worth", «, стоимостью»): the comma
/// does not end the clause of the noun before it ([`nearest_kind`]).
const VALUE_WORDS: [&str; 9] = [
    "worth",
    "valued",
    "قيمت",
    "كلفت",
    "تكلفت",
    "стоимост",
    "сумм",
    "объём",
    "объем",
];

/// Whether the cue at `k0`, after the sum ending at `e`, stands in a coordinated act that measures goods
/// in a unit of volume or weight: "goods worth $150 million and deliver ten million tonnes of oil",
/// «товарами на 150 млн долларов и поставит десять миллионов тонн нефти», "بسلع قيمتها ١٥٠ مليون دولار
/// وتورّد عشرة ملايين طن من النفط": the delivery and the oil are the tonnes', not the sum's.
fn volume_owns(t: &Tables, n: &str, e: usize, k0: usize) -> bool {
    let gap = n[e..k0].trim_start();
    let coordinated = ["and ", "и ", "و "].iter().any(|c| gap.starts_with(c))
        || (gap.starts_with('و') && !gap.starts_with("وهو"));
    if !coordinated || gap.contains([',', ';', '،', '؛', '.']) {
        return false;
    }
    // The act runs to the next clause break; a unit of its words measures it.
    let act = &n[e..];
    let act = &act[..act.find([',', ';', '،', '؛', '.']).unwrap_or(act.len())];
    act.split_whitespace().any(|w| {
        let w = w.trim_start_matches('و');
        t.units.iter().any(|u| u == w)
    })
}

/// Whether the cue at `[ks, ke)`, before the sum at `s`, stands in an aside that an inclusion phrase
/// (", including", «, включая», "، منها") opens after a noun and a comma closes before the sum: "American
/// goods, including oil and aircraft, worth more than $500bn" (the aside's goods are the noun's examples).
fn in_inclusion_aside(t: &Tables, n: &str, ks: usize, ke: usize, s: usize) -> bool {
    let before = &n[..ks];
    // Every inclusion phrase opens with a comma and holds no other stop, and no stop may stand between
    // it and the goods: the one place an aside reaching the goods can open is the last stop before them
    // (one backward scan, not a search of the sentence per phrase).
    let opened = before.rfind([',', ';', '،', '؛', '.']).is_some_and(|at| {
        let tail = &before[at..];
        t.inclusions
            .iter()
            .any(|m| tail.starts_with(m.as_str()) && !has_digit(&tail[m.len()..]))
    });
    let rest = &n[ke..s];
    opened && rest.contains([',', '،']) && !rest.contains([';', '؛', '.']) && !has_digit(rest)
}

/// The words of inclusion after which the weapons an aid noun names are its contents ([`nearest_kind`]).
const AID_CONTENTS: [&str; 7] = [
    "includ",
    "включа",
    "в том числе",
    "в состав",
    "تشمل",
    "يشمل",
    "بما في",
];

/// How many words may stand between an aid noun and the weapons it holds ([`nearest_kind`]).
const AID_CONTENTS_REACH: usize = 6;

/// How many words may stand between an instrument noun and the purpose it governs ([`governs`]).
const GOVERNED_REACH: usize = 7;

/// How many words a clause may hold between an instrument noun and its sum ([`governs`]).
const INSTRUMENT_REACH: usize = 16;

/// Whether the instrument cue ending at `ke` governs the purpose cue starting at `ps` before the sum at
/// `s`: the purpose follows it within [`GOVERNED_REACH`] words ("loan to Egypt for building the … plant",
/// «кредит на строительство», "قرضا لبناء"), and the instrument, the purpose and the sum stand in one
/// clause — no clause break, no word that opens another act, no other number between, at most
/// [`INSTRUMENT_REACH`] words.
fn governs(n: &str, ke: usize, ps: usize, s: usize) -> bool {
    let word_end = n[ke..ps]
        .find(|c: char| !is_word_char(c))
        .map_or(ps, |i| ke + i);
    let to_purpose = &n[word_end..ps];
    let to_sum = &n[word_end..s];
    // (Nor across a word that opens another act: "repaid the loan after signing a gas deal worth …"; an
    // "and" may join the goods: «за поставки газа и оружия».)
    let opens_act = |w: &str| {
        matches!(
            w,
            "but" | "while" | "after" | "а" | "но" | "после" | "بعد" | "بينما" | "فيما"
        )
    };
    to_purpose.split_whitespace().count() <= GOVERNED_REACH
        && !to_sum.split_whitespace().any(opens_act)
        && !to_sum.contains([',', ';', '،', '؛', '.', ':', '(', ')'])
        && !has_digit(to_sum)
        && to_sum.split_whitespace().count() <= INSTRUMENT_REACH
}

/// "Bonn will pay 12 billion marks towards the troops' upkeep and lend Moscow a further 3 billion marks",
/// «تدفع بون ١٢ مليار مارك …، وتقرض موسكو ٣ مليارات مارك», "$3.5 billion in loans for Iraq, while the EU
/// promised €200 million": a cue between two sums, nearer the other one in words with no clause break
/// between them, is that sum's when a new clause opens between it and this sum — "and", "with", "и", "و"
/// before a cue that opens the next sum's clause; only a contrast ("while", «а», "فيما") after a cue that
/// closes the sum before, since "3 billion euros in aid and a further 3 billion" adds a sum of the same
/// kind. This sum then reads its kind from the cues left to it (with none left, `other`; a sum without a
/// currency whose kind is then of no money is no sum). Only the sums that lose a cue are read again.
fn leave_cues_to_their_sums(
    t: &Tables,
    n: &str,
    kinds: &[(usize, usize, &'static str, bool)],
    kept: &mut Vec<Cand>,
) {
    if kept.len() < 2 || kinds.is_empty() {
        return;
    }
    let words = |a: usize, b: usize| n[a..b].split_whitespace().count();
    let clause_break = |a: usize, b: usize| n[a..b].contains([',', ';', '،', '؛', '.']);
    // A new clause opens in `n[a..b]`: any coordinating word (`contrast` only: a contrast).
    let opens = |a: usize, b: usize, contrast: bool| {
        let gap = &n[a..b];
        let joins = |w: &str| {
            matches!(
                w,
                "while" | "whereas" | "but" | "а" | "но" | "فيما" | "بينما"
            ) || (!contrast && matches!(w, "and" | "with" | "и" | "و"))
        };
        gap.split_whitespace().any(joins) || (!contrast && gap.ends_with(" و"))
    };
    // «…, а Вашингтон предоставит кредиты, сумма которых не будет превышать 500 млн», "…، على أن تتيح
    // واشنطن ائتماناً يصل إلى …": a clause opened by a contrast or a condition after a comma is another
    // act; its cue is the sum's that follows, even past a relative clause of its own.
    let contrast_clause = |a: usize, b: usize| {
        let gap = &n[a..b];
        gap.rfind([',', ';', '،', '؛']).is_some_and(|i| {
            let rest = gap[i..]
                .trim_start_matches([',', ';', '،', '؛'])
                .trim_start();
            CONTRAST_OPENERS.iter().any(|o| {
                rest.strip_prefix(o)
                    .is_some_and(|r| r.starts_with(|c: char| !is_word_char(c)))
            })
        })
    };
    // Whether the clause of the sum `x`, opened after the last clause break from `a` on, names a kind:
    // a cue between that break and the sum, or after the sum before the next break.
    let own_cue = |a: usize, x: (usize, usize)| {
        let opened = a + n[a..x.0].rfind([',', ';', '،', '؛']).unwrap_or(0);
        kinds
            .iter()
            .any(|c| c.0 > opened && (c.1 <= x.0 || (c.0 >= x.1 && !clause_break(x.1, c.0))))
    };
    // Whether the cue `k` is another sum's, by the rule above (a stem measured from its word's end).
    let owned_by_other = |x: (usize, usize), k: &(usize, usize, &'static str, bool)| {
        let k = (
            k.0,
            k.1 + n[k.1..]
                .find(|c: char| !is_word_char(c))
                .unwrap_or(n.len() - k.1),
        );
        kept.iter().any(|y| {
            if (y.s, y.e) == x {
                return false;
            }
            if x.1 <= k.0 && k.1 <= y.s {
                (!clause_break(k.1, y.s)
                    && words(k.1, y.s) < words(x.1, k.0)
                    && opens(x.1, k.0, false))
                    || (contrast_clause(x.1, k.0)
                        && !has_digit(&n[k.1..y.s])
                        && words(k.1, y.s) <= CONTRAST_REACH)
                    // "$1 billion to Belarus, the first half of a $2 billion loan": a cue right before
                    // the next sum (an article between at most), past a clause break, is that sum's.
                    || (clause_break(x.1, k.0)
                        && !clause_break(k.1, y.s)
                        && words(k.1, y.s) <= 1)
            } else if y.e <= k.0 && k.1 <= x.0 {
                !clause_break(y.e, k.0)
                    && words(y.e, k.0) < words(k.1, x.0)
                    && opens(k.1, x.0, true)
            } else {
                // «Россия предоставит заём в 25 млрд долларов, а Египет закупит пшеницы на 3 млрд»: a
                // cue before the sum before, with a contrast opening a clause between the two sums, is
                // that sum's when the contrasted clause names a kind of its own. A clause that elides its
                // verb («, а США — 65 млн долларов», ", while the EU promised €200 million") shares the
                // first one's, and a remainder («оставшиеся 1,09 млрд») is of the sum it remains of.
                k.1 <= y.s
                    && y.e <= x.0
                    && contrast_clause(y.e, x.0)
                    && !remainder_before(n, x.0)
                    && own_cue(y.e, x)
            }
        })
    };
    let mut fresh: SmallVec<[(usize, &'static str); 4]> = SmallVec::new();
    for (i, c) in kept.iter().enumerate() {
        if c.price {
            continue;
        }
        let x = (c.s, c.e);
        if !kinds.iter().any(|k| owned_by_other(x, k)) {
            continue;
        }
        let left: SmallVec<[(usize, usize, &'static str, bool); 8]> = kinds
            .iter()
            .filter(|k| !owned_by_other(x, k))
            .copied()
            .collect();
        fresh.push((i, nearest_kind(t, &left, n, c.s, c.e)));
    }
    let mut drop: SmallVec<[usize; 2]> = SmallVec::new();
    for (i, kind) in fresh {
        kept[i].kind = kind;
        if kept[i].currency.is_none() && !kept[i].part && !MONEY_KINDS.contains(&kind) {
            drop.push(i);
        }
    }
    for i in drop.into_iter().rev() {
        kept.remove(i);
    }
}

/// Words that open a clause of contrast or condition after a comma ([`leave_cues_to_their_sums`]).
const CONTRAST_OPENERS: [&str; 8] = [
    "while",
    "whereas",
    "but",
    "а",
    "но",
    "فيما",
    "بينما",
    "علي ان",
];

/// How many words may stand between a cue of a contrasted clause and its sum ([`leave_cues_to_their_sums`]).
const CONTRAST_REACH: usize = 6;

/// The currency of the one state the sentence names among those whose currency shares the bare name
/// read as `code` (`currency_states.csv`: pesos, dinars), else none. A name written with its country's
/// adjective keeps its own code unless that code is also the bare name's ("Mexican pesos" in a sentence
/// naming only the Philippines would be read as Philippine: news does not write that).
fn state_currency<'t>(t: &'t Tables, ctx: &SentenceCtx<'_>, code: &str) -> Option<&'t str> {
    let named = |state: &str| {
        ctx.mentions
            .iter()
            .any(|m| m.kind == Kind::Country && (m.id == state || m.country == Some(state)))
    };
    let mut found = t
        .currency_states
        .iter()
        .filter(|[bare, state, _]| bare == code && named(state));
    match (found.next(), found.next()) {
        (Some([_, _, own]), None) => Some(own),
        _ => None,
    }
}

/// Whether the word right after normalised offset `e` is a state's demonym (its people).
fn people_follow(ctx: &SentenceCtx<'_>, norm: &blocwatch_text::NormText, e: usize) -> bool {
    let end = ctx.range.start + norm.orig_end(e);
    ctx.mentions.iter().any(|m| {
        m.kind == Kind::Country
            && m.form == blocwatch_lexicon::Form::Adjective
            && m.start >= end
            && ctx.doc_text[end..m.start].trim().is_empty()
            && !nominative_adjective(ctx.lang, &ctx.doc_text[m.start..m.end])
    })
}

/// Whether a Russian demonym is an adjective in the nominative («узбекская сторона», «российский»): a
/// count governs the genitive plural («25 миллионов узбеков», «сирийских беженцев»), so a nominative
/// after the number opens the next phrase ("Оставшиеся 25 миллионов узбекская сторона обязалась выплатить").
fn nominative_adjective(lang: Lang, word: &str) -> bool {
    lang == Lang::Ru
        && ["ая", "ий", "ый", "ое", "ие", "ые"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// Whether two cues are joined by "and" or "or" alone (after the first one's word ends).
fn coordinated(
    n: &str,
    a: &(usize, usize, &'static str, bool),
    b: &(usize, usize, &'static str, bool),
) -> bool {
    let (first, second) = if a.0 < b.0 { (a, b) } else { (b, a) };
    let Some(gap) = n.get(first.1..second.0) else {
        return false;
    };
    let gap = gap.trim_start_matches(is_word_char).trim();
    let gap = gap
        .strip_suffix(" a")
        .or_else(|| gap.strip_suffix(" an"))
        .unwrap_or(gap);
    let conjunction = |w: &str| matches!(w, "and" | "or" | "و" | "أو" | "и" | "или");
    if conjunction(gap) {
        return true;
    }
    // A list of kinds: "loans, investment and aid", «кредитов, инвестиций и помощи» (items of one or two
    // words between commas, a conjunction before the last), "قروض واستثمارات ومساعدات" (each item glued
    // to و).
    if let Some(rest) = gap.strip_prefix(',') {
        let mut parts: Vec<&str> = rest.split(',').map(str::trim).collect();
        let last: Vec<&str> = parts.pop().unwrap_or("").split_whitespace().collect();
        return last.last().is_some_and(|w| conjunction(w))
            && last.len() <= 3
            && parts
                .iter()
                .all(|p| (1..=2).contains(&p.split_whitespace().count()));
    }
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 3 && words.last() == Some(&"و") && words.iter().all(|w| w.starts_with('و'))
}

fn nearest_date(dates: &[DateHit], s: usize, e: usize) -> Option<&DateHit> {
    dates
        .iter()
        .filter(|d| d.end <= s || d.start >= e)
        .min_by_key(|d| if d.end <= s { s - d.end } else { d.start - e })
}

/// The kind a company of the sentence stands for: oil, gas, pipeline and nuclear companies for energy,
/// defence and aerospace makers for arms; the IMF lends, so its money is a loan ("approved a $3 billion
/// programme for Egypt").
fn sector_kind(ctx: &SentenceCtx<'_>) -> Option<&'static str> {
    ctx.mentions.iter().find_map(|m| {
        if m.id == "IMF" {
            return Some("loan");
        }
        if m.kind != Kind::Company {
            return None;
        }
        match ctx.lexicon.entity(m.entity).sector.as_deref()? {
            "oil_gas" | "pipeline" | "nuclear" | "energy" => Some("energy"),
            "defence" | "aerospace" | "military" => Some("arms"),
            _ => None,
        }
    })
}

/// What the stage remembers of the sentence before the current one in the same document.
#[derive(Debug, Default, Clone, Copy)]
struct Previous {
    /// The kind of its amounts.
    kind: Option<&'static str>,
    /// Where it starts.
    start: Option<usize>,
    /// The currency of its last sum that has one (a three-letter code).
    currency: Option<[u8; 3]>,
}

impl Previous {
    fn currency_code(&self) -> Option<&str> {
        self.currency
            .as_ref()
            .and_then(|c| std::str::from_utf8(c).ok())
    }
}

/// The kind of the previous sentence's amounts in the same document and where that sentence starts, then
/// forgets the kind (see [`remember_kind`]). Sentences of a document reach this stage in order on one
/// thread.
fn recall_kind(ctx: &SentenceCtx<'_>) -> Previous {
    KIND_MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        let doc = (ctx.doc_text.as_ptr() as usize, ctx.doc_text.len());
        let previous = if m.0 == doc && m.1 < ctx.range.start {
            Previous {
                kind: m.2,
                start: Some(m.1),
                currency: m.3,
            }
        } else {
            Previous::default()
        };
        *m = (doc, ctx.range.start, None, None);
        previous
    })
}

fn remember_kind(kind: Option<&'static str>, currency: Option<&str>) {
    let code = currency.and_then(|c| <[u8; 3]>::try_from(c.as_bytes()).ok());
    KIND_MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        m.2 = kind;
        m.3 = code;
    });
}

/// Per thread: (document pointer and length, last sentence start, that sentence's kind and currency).
type KindMemory = ((usize, usize), usize, Option<&'static str>, Option<[u8; 3]>);

thread_local! {
    static KIND_MEMORY: std::cell::RefCell<KindMemory> =
        const { std::cell::RefCell::new(((0, 0), 0, None, None)) };
}

/// The kind named by the sentence before a sum whose own sentence names none: "Turkey signed a deal with
/// Russia to buy S-400 air defence systems. The deal is worth about $2.5 billion", "… for its share of the
/// dam's electricity. Payments will rise to $360 million a year". The strong cues of the sentence before
/// give their kind when they agree on one listed kind; cues that disagree, or any cue of money of no
/// listed kind (a fine, a lawsuit, a profit), give none. Only the one sentence before: two back, a background sentence ("The
/// fighter collided with a spy plane. … The US offered to pay $34,567") names other goods. Read only for
/// a sum with no cue of its own (rare): the sentence before is walked here, not by every sentence, in
/// the normalisation its own context holds (`before`, the chunk's sentence before), normalised here only
/// when it lies in another chunk.
fn earlier_cue_kind(
    t: &Tables,
    ctx: &SentenceCtx<'_>,
    before: Option<&SentenceCtx<'_>>,
    start: Option<usize>,
) -> Option<&'static str> {
    let start = start?;
    let owned: String;
    let n: &str = match before.filter(|b| b.range.start == start) {
        Some(b) => b.norm.as_str(),
        None => {
            owned = normalize(ctx.doc_text.get(start..ctx.range.start)?);
            &owned
        }
    };
    let mut hits: Vec<Hit> = Vec::new();
    each_match(&t.kinds_ac, n, |pat, s, e| hits.push(Hit { s, e, pat }));
    leftmost_longest(&mut hits);
    let mut found: Option<&'static str> = None;
    for (s, e, kind, weak) in kind_cues(t, n, &hits) {
        // In an Arabic or Russian sentence a Latin word is part of a name, not a cue.
        if ctx.lang != Lang::En && script(&n[s..e]) == Script::Latin {
            continue;
        }
        // Money of no listed kind, even by a weak cue ("fined", "profit"), keeps the goods named beside
        // it from naming the sum; other weak cues (exports, pledged) name none.
        if kind == "other" || (!weak && found.is_some_and(|k| k != kind)) {
            return None;
        }
        if !weak {
            found = Some(kind);
        }
    }
    found
}

/// The instrument the sentence after a sum with no cue of its own names: "… on a third rescue programme
/// for Greece worth up to 86 billion euros. Formal negotiations on the loan will open only if …",
/// «… программе спасения объёмом до 86 млрд евро. Официальные переговоры о кредите начнутся …», "… تصل
/// قيمته إلى ٨٦ مليار يورو. ولن تبدأ المفاوضات الرسمية على القرض …": the loan or debt that sentence goes
/// on to name is what the sum was, when its strong cues name that one kind and no other. Read only for a
/// sum whose sentence has no cue at all and none before it (rare).
fn later_instrument(t: &Tables, ctx: &SentenceCtx<'_>) -> Option<&'static str> {
    let rest = ctx.doc_text.get(ctx.range.end..)?;
    // The next sentence: up to its first full stop.
    let end = rest
        .char_indices()
        .skip_while(|&(_, c)| c.is_whitespace() || c == '.')
        .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '؟'))
        .map_or(rest.len(), |(i, _)| i);
    let n = normalize(&rest[..end]);
    let mut hits: Vec<Hit> = Vec::new();
    each_match(&t.kinds_ac, &n, |pat, s, e| hits.push(Hit { s, e, pat }));
    leftmost_longest(&mut hits);
    let mut found: Option<&'static str> = None;
    for (s, e, kind, weak) in kind_cues(t, &n, &hits) {
        if weak || (ctx.lang != Lang::En && script(&n[s..e]) == Script::Latin) {
            continue;
        }
        if !matches!(kind, "loan" | "debt") || found.is_some_and(|k| k != kind) {
            return None;
        }
        found = Some(kind);
    }
    found
}

/// The sentence's geopolitical actors, people and companies standing for their state, de-duplicated in
/// text order.
pub(crate) fn parties(ctx: &SentenceCtx<'_>, skip: &[(usize, usize)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in ctx.mentions {
        if skip.iter().any(|&(s, e)| m.start < e && s < m.end) {
            continue;
        }
        let id = match m.kind {
            Kind::Country | Kind::Collective | Kind::Bloc => Some(m.id),
            _ => m.country,
        };
        if let Some(id) = id {
            if !out.iter().any(|o| o == id) {
                out.push(id.to_string());
            }
        }
    }
    out
}

/// The states a sum is between when the sentence names them after its cue: "trade between Russia and
/// China", «حجم التبادل التجاري بين روسيا والصين», «товарооборот России и Китая» — two or more parties
/// joined by "and" or commas, right after the cue word or after a "between" at most two words after it.
/// A speaker or a venue elsewhere in the sentence is then no party. `cue_ends`: where the kind cues end,
/// as byte offsets into the document.
fn named_pair(ctx: &SentenceCtx<'_>, cue_ends: &[usize]) -> Option<Vec<String>> {
    let doc = ctx.doc_text;
    let ms: Vec<(usize, usize, &str)> = ctx
        .mentions
        .iter()
        .filter_map(|m| {
            let id = match m.kind {
                Kind::Country | Kind::Collective | Kind::Bloc => Some(m.id),
                _ => m.country,
            }?;
            Some((m.start, m.end, id))
        })
        .collect();
    // The words between a cue's end and `at`, the rest of the cue's own word left out.
    let words_after_cue = |at: usize| {
        cue_ends
            .iter()
            .filter(|&&ce| ce <= at)
            .filter_map(|&ce| doc.get(ce..at))
            .map(|gap| {
                gap.trim_start_matches(is_word_char)
                    .split_whitespace()
                    .count()
            })
            .min()
    };
    for (i, &(s, _, _)) in ms.iter().enumerate() {
        let head = doc.get(ctx.range.start.min(s)..s)?.trim_end();
        let last = head
            .rsplit(|c: char| !is_word_char(c))
            .next()
            .unwrap_or_default();
        let between = matches!(
            last.to_lowercase().as_str(),
            "between" | "между" | "بين" | "وبين"
        );
        let opens = if between {
            let at = head.len() - last.len() + ctx.range.start.min(s);
            words_after_cue(at).is_some_and(|w| w <= 2)
        } else {
            words_after_cue(s) == Some(0)
        };
        if !opens {
            continue;
        }
        let mut ids: Vec<String> = vec![ms[i].2.to_string()];
        for w in ms[i..].windows(2) {
            let gap = doc.get(w[0].1..w[1].0).unwrap_or_default().trim();
            if !matches!(gap, "and" | "," | "،" | "و" | "и" | "-" | "") {
                break;
            }
            if !ids.iter().any(|x| x == w[1].2) {
                ids.push(w[1].2.to_string());
            }
        }
        if ids.len() >= 2 {
            return Some(ids);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    /// `script` tells the letters of these ranges without the Unicode tables: each must be one.
    #[test]
    fn script_ranges_are_alphabetic() {
        let ranges = [
            ('a', 'z'),
            ('A', 'Z'),
            ('А', 'я'),
            ('\u{0621}', '\u{063F}'),
            ('\u{0641}', '\u{064A}'),
        ];
        for (lo, hi) in ranges {
            for c in lo..=hi {
                assert!(c.is_alphabetic(), "{c:?}");
            }
        }
        assert_eq!(script("12 млн"), Script::Cyrillic);
        assert_eq!(script("٣ مليار"), Script::Arabic);
        assert_eq!(script("ـمليار"), Script::Arabic);
        assert_eq!(script("5 bn"), Script::Latin);
        assert_eq!(script("€"), Script::Latin);
    }

    use super::*;
    use crate::dates::testing;

    /// `in_inclusion_aside` looks for an inclusion phrase only at the last stop before the goods: that
    /// holds while every phrase opens with a comma and holds no other stop.
    #[test]
    fn inclusion_phrases_open_with_their_only_stop() {
        let stops = [',', ';', '،', '؛', '.'];
        for m in &tables().inclusions {
            let mut chars = m.chars();
            assert!(
                matches!(chars.next(), Some(',' | '،')),
                "{m:?} opens with no comma"
            );
            assert!(!chars.as_str().contains(stops), "{m:?} holds a second stop");
        }
    }

    /// `expect`: one `kind amount currency bound [parties] date` line per quantity.
    fn check(lang: Lang, input: &str, expect: &[&str]) {
        let ctx = testing::ctx(input, lang, Some("2024-10-22"));
        let dates = crate::dates::Dates::new(&ctx);
        let got: Vec<String> = find(&ctx, &dates, None)
            .iter()
            .map(testing::quantity_line)
            .collect();
        assert_eq!(got, expect, "in {input:?}");
    }

    /// The one combined pass finds what separate automata find: the currency-or-scale gate, the kind
    /// cues (leftmost-longest, ASCII case-insensitive, as the cues automaton ran) and the scales.
    fn check_word_hits(n: &str) {
        static SEPARATE: OnceLock<(AhoCorasick, AhoCorasick)> = OnceLock::new();
        let t = tables();
        let (kinds_ac, money_ac) = SEPARATE.get_or_init(|| {
            let mut kind_pats = Vec::new();
            for r in facts_rows(KINDS_CSV, &["lang", "stem", "kind"]) {
                if Lang::from_code(&r[0]).is_some() && static_str(&r[2], &KINDS).is_some() {
                    kind_pats.push(normalize(&r[1]));
                }
            }
            let kinds_ac = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(true)
                .build(&kind_pats)
                .unwrap();
            let money_ac = AhoCorasick::new(money_words(&t.currencies, &t.scales)).unwrap();
            (kinds_ac, money_ac)
        });
        let got = word_hits(t, n);
        let money = money_ac
            .find_overlapping_iter(n)
            .any(|m| whole_word(n, m.start(), m.end()));
        assert_eq!(got.money, money, "in {n:?}");
        if money {
            let want: Vec<_> = kinds_ac
                .find_iter(n)
                .map(|m| (m.start(), m.end(), t.kind_meta[m.pattern().as_usize()]))
                .filter(|&(s, e, _)| stem_match_ok(n, s, e))
                .map(|(s, e, (k, w))| (s, e, k, w))
                .collect();
            assert_eq!(got.kinds, want, "in {n:?}");
        }
        // Every occurrence, overlapping ones too, of every scale as the regexes spell it.
        let mut scales: Vec<(usize, usize)> = Vec::new();
        for w in t
            .scales
            .keys()
            .map(|w| normalize(w))
            .filter(|w| !w.is_empty())
        {
            for (i, _) in n.char_indices() {
                if n[i..].starts_with(w.as_str()) {
                    scales.push((i, i + w.len()));
                }
            }
        }
        assert_eq!(
            got.scale_first_end,
            scales.iter().map(|x| x.1).min(),
            "in {n:?}"
        );
        assert_eq!(
            got.scale_last_start,
            scales.iter().map(|x| x.0).max(),
            "in {n:?}"
        );
    }

    fn all_words() -> Vec<String> {
        let t = tables();
        let mut all: Vec<String> = money_words(&t.currencies, &t.scales);
        all.extend(
            facts_rows(KINDS_CSV, &["stem"])
                .into_iter()
                .map(|r| normalize(&r[0])),
        );
        all.extend(t.scales.keys().cloned());
        all.sort();
        all
    }

    #[test]
    fn one_pass_finds_what_the_separate_automata_find() {
        for n in [
            "",
            "trade reached $5 bn, exports 3 million dollars",
            "товарооборот вырос до 3,2 млрд долларов",
            "التبادل التجاري 500 مليون دولار",
        ] {
            check_word_hits(n);
        }
        let all = all_words();
        for w in all.windows(3) {
            check_word_hits(&w.concat());
            check_word_hits(&w.join(" "));
        }
    }

    proptest::proptest! {
        #[test]
        fn one_pass_matches_separate_automata_on_word_soup(
            picks in proptest::collection::vec((0usize..2000, 0usize..4, "[ a-z0-9.]{0,3}"), 0..8)
        ) {
            let all = all_words();
            let mut n = String::new();
            for (i, cut, glue) in picks {
                let w = &all[i % all.len()];
                let k = w.char_indices().map(|(k, _)| k).nth(cut).unwrap_or(0);
                n.push_str(match cut { 0 | 3 => w, 1 => &w[k..], _ => &w[..k] });
                n.push_str(&glue);
            }
            check_word_hits(&n);
        }
    }

    /// The groups of `re`'s match at `m`, as the capture engine reads them.
    fn engine_groups<'h>(re: &Regex, n: &'h str, m: &regex::Match<'h>) -> HandGroups<'h> {
        let caps = re
            .captures_at(n, m.start())
            .expect("a match has its groups");
        HandGroups {
            pre: caps.group("pre"),
            num: caps.group("num"),
            nw: caps.group("nw"),
            half: caps.group("half"),
            scale: caps.group("scale"),
            post: caps.group("post"),
        }
    }

    /// Every match of both digit regexes in `n`: the groups `read_digits` reads must be the capture
    /// engine's, and its end the match's. Returns how many matches it compared.
    fn check_read_digits(n: &str) -> usize {
        let t = tables();
        let mut compared = 0;
        for (ru, re) in [(false, &t.digits), (true, &t.digits_ru)] {
            for m in re.find_iter(n) {
                let want = engine_groups(re, n, &m);
                assert_eq!(
                    read_digits(t, ru, n, m.start()),
                    Some((want, m.end())),
                    "{n:?} at {}",
                    m.start()
                );
                compared += 1;
            }
        }
        compared
    }

    /// Every match of the number-word regex for the scripts of `n` that does not begin the text: its
    /// groups and end read by hand ([`read_words`]) after the match's lead must be the capture engine's.
    /// Returns how many matches it compared.
    fn check_read_words(n: &str) -> usize {
        let t = tables();
        let re = t.scripted.words(crate::dates::script_mask(n));
        let mut compared = 0;
        for m in re.find_iter(n).filter(|m| m.start() > 0) {
            let want = engine_groups(re, n, &m);
            let lead = n[m.start()..].chars().next().expect("a lead").len_utf8();
            assert_eq!(
                read_words(t, n, m.start() + lead),
                Some((want, m.end())),
                "{n:?} at {}",
                m.start()
            );
            compared += 1;
        }
        compared
    }

    #[test]
    fn read_words_agrees_with_the_capture_engine_on_dev_and_example_texts() {
        let mut compared = 0;
        for text in corpus_texts() {
            compared += check_read_words(&normalize(&text));
        }
        for text in [
            "they pledged two and a half billion dollars and $ three million",
            "три с половиной миллиарда долларов, двадцать - пять млн. рублей",
            "قدمت بثلاثة مليارات دولار و خمسة وعشرين مليون يورو",
        ] {
            compared += check_read_words(&normalize(text));
        }
        assert!(compared > 100, "{compared} matches compared");
    }

    /// Every match's groups, as positions, of the number-word and two-scale regexes for the scripts of
    /// `n` and of the regexes of every word: they must agree. Returns how many matches it compared.
    fn check_script_regexes(n: &str) -> usize {
        let t = tables();
        let spans = |re: &Regex| -> Vec<Vec<Option<(usize, usize)>>> {
            re.captures_iter(n)
                .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                .collect()
        };
        let names = |re: &Regex| {
            re.capture_names()
                .map(|x| x.map(str::to_string))
                .collect::<Vec<_>>()
        };
        let mut compared = 0;
        for (own, all) in [
            (t.scripted.words(script_mask(n)), t.scripted.words(7)),
            (t.scripted.compound(script_mask(n)), t.scripted.compound(7)),
        ] {
            assert_eq!(names(own), names(all));
            let want = spans(all);
            compared += want.len();
            assert_eq!(spans(own), want, "{n:?}");
        }
        compared
    }

    /// The number-word and two-scale regexes of a sentence's scripts give what the regexes of every word
    /// give: on `examples/news` and on phrases written for this test (a sum at the text's start, after a
    /// glued clitic, after a non-word char, and beside words of another script).
    #[test]
    fn script_regexes_agree_with_the_regexes_of_every_word() {
        let mut texts: Vec<String> = [
            "two billion dollars were pledged, and $ five million more",
            "$ three billion, (four million euros) and eleven-billion-dollar deals",
            "بمليار دولار وثلاثة مليارات دولار، ومليار و200 مليون دولار",
            "ملياري دولار في 2024 مع ten billion dollars",
            "два миллиарда долларов и 1 млрд 200 млн долларов, пять миллионов евро",
            "сто миллионов рублей «три миллиарда долларов»",
            "one billion and a half dollars; два с половиной миллиарда",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        texts.extend(crate::dates::testing::example_texts());
        let compared: usize = texts
            .iter()
            .map(|x| check_script_regexes(&normalize(x)))
            .sum();
        assert!(compared > 20, "{compared} matches compared");
    }

    #[test]
    fn read_digits_agrees_with_the_capture_engine_on_dev_and_example_texts() {
        let t = tables();
        // What the hand reading relies on: no listed word begins with white space, a hyphen or a digit.
        for w in t.currencies.keys().chain(t.scales.keys()) {
            assert!(
                !w.starts_with(|c: char| c.is_whitespace() || c == '-' || c.is_ascii_digit()),
                "{w:?}"
            );
        }
        let mut compared = 0;
        for text in corpus_texts() {
            compared += check_read_digits(&normalize(&text));
        }
        assert!(compared > 1000, "{compared} matches compared");
    }

    /// Every text of the team's annotated sets and sample corpus (`eval/dev`, `examples/news`): real
    /// sentences for the tests that compare a fast path with the engine it replaces.
    fn corpus_texts() -> Vec<String> {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let mut texts = Vec::new();
        for dir in ["eval/dev", "examples/news"] {
            for e in std::fs::read_dir(format!("{root}/{dir}"))
                .into_iter()
                .flatten()
                .flatten()
            {
                let data = std::fs::read_to_string(e.path()).unwrap_or_default();
                texts.extend(data.lines().filter_map(|line| {
                    let v = serde_json::from_str::<serde_json::Value>(line).ok()?;
                    Some(v.get("text")?.as_str()?.to_string())
                }));
            }
        }
        texts
    }

    proptest::proptest! {
        #[test]
        fn read_digits_agrees_with_the_capture_engine_on_glued_amounts(
            parts in proptest::collection::vec((0usize..400, 0usize..16), 1..10),
        ) {
            // Currencies, scales, digits and the separators between them, glued in any order.
            let t = tables();
            let mut words: Vec<String> = t.currencies.keys().chain(t.scales.keys()).cloned().collect();
            words.sort();
            const GLUE: [&str; 16] = [
                " ", "", "5", "12", "1,5", "3.25", " 500", "-", " - ", ".", "\u{a0}", "7 000", "x", "$", "2024", "  ",
            ];
            let n: String = parts
                .iter()
                .map(|&(w, g)| format!("{}{}", words[w % words.len()], GLUE[g]))
                .collect();
            check_read_digits(&n);
        }
    }

    /// Where the gate of the number-word form is shut, no match of that regex may give a sum, in any
    /// language. Returns whether the gate shut a sentence where the regex matches.
    fn check_words_gate(n: &str) -> bool {
        let t = tables();
        let words = word_hits(t, n);
        // A sentence without a currency or a large scale as a whole word never runs the regex.
        let full = t.scripted.words(7);
        if !words.money || words.words_form || !full.is_match(n) {
            return false;
        }
        for lang in [Lang::En, Lang::Ar, Lang::Ru] {
            for caps in full.captures_iter(n) {
                assert!(
                    candidate(t, lang, &caps, n, &words.kinds).is_none(),
                    "{n:?}: {caps:?}"
                );
            }
        }
        true
    }

    #[test]
    fn words_gate_shuts_only_sentences_without_a_number_word_sum() {
        let t = tables();
        // What the gate relies on: no number word begins or ends with white space.
        for w in t.number_words.keys() {
            assert!(
                !w.starts_with(char::is_whitespace) && !w.ends_with(char::is_whitespace),
                "{w:?}"
            );
        }
        let (mut shut, mut open) = (0, 0);
        for text in corpus_texts() {
            for lang in [Lang::Ar, Lang::En, Lang::Ru] {
                for r in blocwatch_text::sentences(&text, lang) {
                    let n = normalize(&text[r]);
                    if check_words_gate(&n) {
                        shut += 1;
                    } else if word_hits(t, &n).words_form {
                        open += 1;
                    }
                }
            }
        }
        assert!(shut > 100 && open > 100, "{shut} shut, {open} open");
    }

    proptest::proptest! {
        #[test]
        fn words_gate_never_shuts_a_sum(
            parts in proptest::collection::vec((0usize..600, 0usize..14), 1..10),
        ) {
            // Number words, scales and currencies glued in any order.
            let t = tables();
            let mut words: Vec<String> = t
                .number_words
                .keys()
                .chain(t.scales.keys())
                .chain(t.currencies.keys())
                .cloned()
                .chain(["half".to_string(), "and a half".to_string(), "с половиной".to_string()])
                .collect();
            words.sort();
            const GLUE: [&str; 14] = [" ", "", "-", " - ", "\u{648}", " \u{648}", ",", "x", "$", "5", "  ", " and ", "\u{a0}", "_"];
            let n: String = parts
                .iter()
                .map(|&(w, g)| format!("{}{}", words[w % words.len()], GLUE[g]))
                .collect();
            check_words_gate(&n);
            // (And the regexes of the text's scripts give what the regexes of every word give.)
            check_script_regexes(&n);
            // (And the number words read by hand what the capture engine reads; after a blank, where
            // the text's first match may begin with its lead.)
            check_read_words(&format!(" {n}"));
        }
    }

    /// What `bound_start` did before the suffix trie: every listed phrase the text ends with, in list
    /// order (longest first), each phrase once.
    fn suffixes_by_scan(t: &Tables, text: &str) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (i, (w, _, _)) in t.bounds.iter().enumerate() {
            if text.ends_with(w.as_str()) && !out.iter().any(|&(_, j)| t.bounds[j].0 == *w) {
                out.push((w.len(), i));
            }
        }
        out
    }

    /// `head_cue`'s `strip_link` takes the longest link its gap ends with (the suffix trie of
    /// `HEAD_WORDS`) where it took the first in the list: the same only while a link that ends with
    /// another comes before it ("valued at" before "at").
    #[test]
    fn links_come_before_their_suffixes() {
        let links: Vec<String> = LINKS.iter().map(|l| normalize(l)).collect();
        for (i, a) in links.iter().enumerate() {
            for b in &links[i + 1..] {
                assert!(b == a || !b.ends_with(a.as_str()), "{b:?} after {a:?}");
            }
        }
        let (trie, _) = &*HEAD_WORDS;
        for a in &links {
            for text in [a.clone(), format!("x {a}"), format!("x{a}")] {
                let by_list = links
                    .iter()
                    .filter(|l| text.ends_with(l.as_str()))
                    .map(String::len);
                let by_trie: Vec<usize> = trie.suffixes_of(&text).map(|(len, _)| len).collect();
                let mut by_list: Vec<usize> = by_list.collect();
                by_list.sort_unstable_by(|x, y| y.cmp(x));
                by_list.dedup();
                assert_eq!(by_trie, by_list, "{text:?}");
            }
        }
    }

    #[test]
    fn bound_suffixes_agree_with_a_scan_of_the_list() {
        let t = tables();
        let mut glued = 0;
        for (a, _, _) in &t.bounds {
            for (b, _, _) in &t.bounds {
                for text in [
                    format!("{a} {b}"),
                    format!("{a}{b}"),
                    format!("x{b}"),
                    b.chars().skip(1).collect(),
                ] {
                    let got: Vec<(usize, usize)> = t.bound_suffixes.suffixes_of(&text).collect();
                    assert_eq!(got, suffixes_by_scan(t, &text), "{text:?}");
                    glued += usize::from(got.len() > 1);
                }
            }
        }
        // Some phrases end with others ("more than" and "than"-like pairs in each language).
        assert!(glued > 0);
        // The verbs by whole word: the first index of each, as a map of them gave.
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, (w, _, verb)) in t.bounds.iter().enumerate() {
            if *verb {
                first.entry(w.as_str()).or_insert(i);
            }
        }
        assert!(!first.is_empty());
        for (a, _, _) in &t.bounds {
            let cut: String = a.chars().skip(1).collect();
            for w in [a.clone(), cut, format!("{a}s"), String::new()] {
                assert_eq!(
                    t.bound_verbs.exact(&w),
                    first.get(w.as_str()).copied(),
                    "{w:?}"
                );
            }
        }
        assert!(t.bound_suffixes.suffixes_of("").next().is_none());
    }

    #[test]
    fn english_money() {
        check(
            Lang::En,
            "Trade between Russia and China topped $240 billion in 2023.",
            &["trade 240000000000 USD more_than [RUS CHN] 2023"],
        );
        check(
            Lang::En,
            "Moscow offered India a loan of more than US$1.5bn last year.",
            &["loan 1500000000 USD more_than [RUS IND] 2023"],
        );
        check(
            Lang::En,
            "The arms package is worth about 2 billion euros.",
            &["arms 2000000000 EUR about [] 2024-10-22"],
        );
        check(
            Lang::En,
            "Beijing pledged five billion yuan in aid to Cuba.",
            &["aid 5000000000 CNY - [CHN CUB] 2024-10-22"],
        );
        check(
            Lang::En,
            "Iran owes $1,250,000 and up to $3.5m more in debt.",
            &[
                "debt 1250000 USD - [IRN] 2024-10-22",
                "debt 3500000 USD up_to [IRN] 2024-10-22",
            ],
        );
    }

    #[test]
    fn second_amounts_keep_the_currency_and_goods_are_trade() {
        check(
            Lang::En,
            "Russian exports to India came to 65.7 billion dollars, while imports stood at 4.3 billion.",
            &[
                "trade 65700000000 USD - [RUS IND] 2024-10-22",
                "trade 4300000000 USD - [RUS IND] 2024-10-22",
            ],
        );
        check(
            Lang::Ru,
            "Россия поставит Египту зерна на 1,2 млрд долларов.",
            &["trade 1200000000 USD - [RUS EGY] 2024-10-22"],
        );
        // A specific cue beats a delivery: weapons bought are arms.
        check(
            Lang::Ru,
            "Турция закупила у России С-400 за 2,5 млрд долларов.",
            &["arms 2500000000 USD - [TUR RUS] 2024-10-22"],
        );
        check(
            Lang::Ar,
            "تعتزم الهند شراء ست غواصات من فرنسا في صفقة تتجاوز قيمتها 5 مليارات دولار.",
            &["arms 5000000000 USD more_than [IND FRA] 2024-10-22"],
        );
    }

    #[test]
    fn bounds_with_a_gap_packages_of_deals_and_warships() {
        // A verb of exceeding in the conditional or future, right before the sum; "top" alone is no bound.
        check(
            Lang::En,
            "Officials expect trade between Vietnam and Japan to top $50 billion next year.",
            &["trade 50000000000 USD more_than [VNM JPN] 2025"],
        );
        check(
            Lang::En,
            "Top officials from Egypt and Kuwait discussed a $3 billion loan.",
            &["loan 3000000000 USD - [EGY KWT] 2024-10-22"],
        );
        // The value named between the verb of exceeding or coming close and its object.
        check(
            Lang::Ar,
            "وقّعت الهند وفيتنام اتفاقيات تزيد قيمتها على ملياري دولار.",
            &["investment 2000000000 USD more_than [IND VNM] 2024-10-22"],
        );
        check(
            Lang::Ar,
            "ناهزت قيمة الصادرات الروسية إلى تركيا 20 مليار دولار.",
            &["trade 20000000000 USD about [RUS TUR] 2024-10-22"],
        );
        check(
            Lang::Ru,
            "Вьетнам купил у России шесть подводных лодок примерно за 2 млрд долларов.",
            &["arms 2000000000 USD about [VNM RUS] 2024-10-22"],
        );
        // A package of agreements with nothing said of what it buys is investment; a cue of its own wins.
        check(
            Lang::Ru,
            "Египет и Россия подписали соглашения на сумму свыше 10 млрд долларов.",
            &["investment 10000000000 USD more_than [EGY RUS] 2024-10-22"],
        );
        check(
            Lang::Ru,
            "Россия и Вьетнам подписали соглашения о кредите на 1 млрд долларов.",
            &["loan 1000000000 USD - [RUS VNM] 2024-10-22"],
        );
        check(
            Lang::En,
            "India and Russia signed deals worth $4 billion to import crude.",
            &["energy 4000000000 USD - [IND RUS] 2024-10-22"],
        );
        // A deposit told in the present is a deposit; a warship by its class is arms.
        check(
            Lang::Ar,
            "أعلنت قطر مساعدات لباكستان قيمتها 3 مليارات دولار، منها مليار دولار تودع في البنك المركزي.",
            &[
                "aid 3000000000 USD - [QAT PAK] 2024-10-22",
                "other 1000000000 USD - [QAT PAK] 2024-10-22",
            ],
        );
        check(
            Lang::En,
            "France sold Brazil an aircraft carrier for $12 million.",
            &["arms 12000000 USD - [FRA BRA] 2024-10-22"],
        );
    }

    #[test]
    fn money_to_rebuild_is_aid_unless_lent() {
        check(
            Lang::Ar,
            "قدمت الكويت 50 مليون دولار لإعادة إعمار مدارس في اليمن.",
            &["aid 50000000 USD - [KWT YEM] 2024-10-22"],
        );
        check(
            Lang::Ar,
            "أقرضت الصين سريلانكا مليار دولار لإعادة إعمار الميناء.",
            &["loan 1000000000 USD - [CHN LKA] 2024-10-22"],
        );
        check(
            Lang::Ru,
            "Катар направил Ливану 50 млн долларов на восстановление школ.",
            &["aid 50000000 USD - [QAT LBN] 2024-10-22"],
        );
        check(
            Lang::Ru,
            "Китай предоставил Ираку кредит в 1 млрд долларов на восстановление дорог.",
            &["loan 1000000000 USD - [CHN IRQ] 2024-10-22"],
        );
        check(
            Lang::En,
            "Norway gave Nepal $20 million to rebuild schools.",
            &["aid 20000000 USD - [NOR NPL] 2024-10-22"],
        );
    }

    #[test]
    fn english_not_money() {
        check(Lang::En, "Russia sent 1,500 troops in 2015.", &[]);
        check(Lang::En, "Trade grew by 40% to 2 million tons.", &[]);
        check(
            Lang::En,
            "Gazprom exported 38 billion cubic metres of gas.",
            &[],
        );
        check(Lang::En, "India bought the S-400 and 5 Su-30 jets.", &[]);
    }

    #[test]
    fn arabic_money() {
        check(
            Lang::Ar,
            "بلغ حجم التبادل التجاري بين روسيا والصين أكثر من 80 مليار دولار عام 2015.",
            &["trade 80000000000 USD more_than [RUS CHN] 2015"],
        );
        check(
            Lang::Ar,
            "قدمت روسيا قرضا بقيمة ملياري دولار لمصر.",
            &["loan 2000000000 USD - [RUS EGY] 2024-10-22"],
        );
        check(
            Lang::Ar,
            "شطبت روسيا ديونا على كوبا بنحو ٣٢ مليار دولار.",
            &["debt 32000000000 USD about [RUS CUB] 2024-10-22"],
        );
        check(
            Lang::Ar,
            "تبلغ الاستثمارات ٢٫٥ مليار يورو.",
            &["investment 2500000000 EUR - [] 2024-10-22"],
        );
        check(Lang::Ar, "قال مساعد بوتين إن 32 دولة أكدت مشاركتها.", &[]);
    }

    #[test]
    fn arabic_and_glued_to_a_number_word() {
        // The "and" of a range's high end or of a list is written on the number word itself.
        check(
            Lang::Ar,
            "تتراوح قيمة صفقة الطائرات بين مصر وروسيا بين ١٫٥ وملياري دولار.",
            &[
                "arms 1500000000 USD - [EGY RUS] 2024-10-22",
                "arms 2000000000 USD - [EGY RUS] 2024-10-22",
            ],
        );
        check(
            Lang::Ar,
            "قدمت قطر للسودان مساعدات بمليار دولار وخمسة ملايين دولار أخرى للاجئين.",
            &[
                "aid 1000000000 USD - [QAT SDN] 2024-10-22",
                "aid 5000000 USD - [QAT SDN] 2024-10-22",
            ],
        );
    }

    #[test]
    fn parts_of_a_sum_take_its_currency() {
        // What a sum is split into after "of which", «из которых», "منها" writes no currency of its own:
        // money whatever it pays for, in the currency of the sum (the dual's nominative "ملياران" too).
        check(
            Lang::Ar,
            "تعهدت السعودية بتقديم ٣ مليارات دولار لليمن، منها مليار منحة، وملياران وديعة في البنك المركزي.",
            &[
                "aid 3000000000 USD - [SAU YEM] 2024-10-22",
                "aid 1000000000 USD - [SAU YEM] 2024-10-22",
                "other 2000000000 USD - [SAU YEM] 2024-10-22",
            ],
        );
        check(
            Lang::Ar,
            "يبلغ رأسمال البنك ٥٠ مليار دولار، منها ٢٠ ملياراً تساهم بها الصين.",
            &[
                "other 50000000000 USD - [CHN] 2024-10-22",
                "other 20000000000 USD - [CHN] 2024-10-22",
            ],
        );
        check(
            Lang::En,
            "The BRICS reserve pool holds $100 billion, of which China will give 41 billion.",
            &[
                "other 100000000000 USD - [BRICS CHN] 2024-10-22",
                "other 41000000000 USD - [BRICS CHN] 2024-10-22",
            ],
        );
        check(
            Lang::Ru,
            "Уставный капитал банка составит 50 млрд долларов, из которых 20 млрд внесёт Китай.",
            &[
                "other 50000000000 USD - [CHN] 2024-10-22",
                "other 20000000000 USD - [CHN] 2024-10-22",
            ],
        );
        // Without a sum of money before them, the parts are volumes and head counts.
        check(
            Lang::Ar,
            "صدّرت روسيا ٢٠٠ مليون طن من النفط، منها ٨٠ مليوناً إلى الصين.",
            &[],
        );
        check(
            Lang::En,
            "Russia exported 200 million tonnes of oil, of which 80 million went to China.",
            &[],
        );
        check(
            Lang::Ru,
            "Гуманитарную помощь получили 5 миллионов сирийцев, из них 2 миллиона детей.",
            &[],
        );
    }

    #[test]
    fn a_bare_number_a_sum_replaces_takes_its_currency() {
        check(
            Lang::Ru,
            "С января Минск будет платить 300 долларов за тысячу кубометров вместо 250.",
            &[
                "other 300 USD - [BLR] 2024-01",
                "other 250 USD - [BLR] 2024-01",
            ],
        );
        check(
            Lang::Ar,
            "ستدفع مينسك ٣٠٠ دولار لكل ألف متر مكعب بدلاً من ٢٥٠.",
            &[
                "other 300 USD - [BLR] 2024-10-22",
                "other 250 USD - [BLR] 2024-10-22",
            ],
        );
        check(
            Lang::En,
            "Trade rose to $10 billion, up from 7 billion.",
            &[
                "trade 10000000000 USD - [] 2024-10-22",
                "trade 7000000000 USD - [] 2024-10-22",
            ],
        );
        // Not a number that a noun follows.
        check(
            Lang::En,
            "Russia sent $5 million instead of 300 troops.",
            &["other 5000000 USD - [RUS] 2024-10-22"],
        );
    }

    #[test]
    fn russian_money() {
        check(
            Lang::Ru,
            "Товарооборот России и Китая превысил 1,5 трлн рублей.",
            &["trade 1500000000000 RUB more_than [RUS CHN] 2024-10-22"],
        );
        check(
            Lang::Ru,
            "Россия выделит Ирану кредит до 5 млрд долл.",
            &["loan 5000000000 USD up_to [RUS IRN] 2024-10-22"],
        );
        check(
            Lang::Ru,
            "Инвестиции составили около 1 500 000 долларов в 2022 году.",
            &["investment 1500000 USD about [] 2022"],
        );
        check(
            Lang::Ru,
            "Москва списала Кубе долг в 32 миллиарда долларов.",
            &["debt 32000000000 USD - [RUS CUB] 2024-10-22"],
        );
        check(Lang::Ru, "На учения прибыли 2 000 военнослужащих.", &[]);
    }

    #[test]
    fn more_forms() {
        check(
            Lang::Ar,
            "خصصت الصين نصف مليار دولار لمساعدة باكستان.",
            &["aid 500000000 USD - [CHN PAK] 2024-10-22"],
        );
        check(
            Lang::Ar,
            // A deposit in a central bank is money of no listed kind (eval/README, session-5 conventions).
            "قدمت السعودية وديعة بقيمة ٥٠ مليون دولار للبنك المركزي اليمني.",
            &["other 50000000 USD - [SAU YEM] 2024-10-22"],
        );
        check(
            Lang::Ar,
            "وقعت روسيا ومصر عقدا بقيمة 3 مليارات دولار أمريكي.",
            &["other 3000000000 USD - [RUS EGY] 2024-10-22"],
        );
        check(
            Lang::Ru,
            "Долг Кубы перед Россией составлял около 35 млрд долл. США.",
            &["debt 35000000000 USD about [CUB RUS] 2024-10-22"],
        );
        check(
            Lang::Ru,
            "Сделка оценивается в полмиллиарда долларов.",
            &["other 500000000 USD - [] 2024-10-22"],
        );
        check(
            Lang::En,
            "India paid nearly Rs 2,000 crore for the oil.",
            &["energy 20000000000 INR about [IND] 2024-10-22"],
        );
        check(
            Lang::En,
            "The EU approved a €1.2 trillion package of aid.",
            &["aid 1200000000000 EUR - [EU] 2024-10-22"],
        );
        check(Lang::En, "Sales rose 12% to 4.5 million barrels.", &[]);
        check(
            Lang::Ar,
            "بلغت قيمة الصفقة مليار و200 مليون دولار.",
            &["other 1200000000 USD - [] 2024-10-22"],
        );
        check(
            Lang::Ru,
            "Объём помощи составил 1 млрд 200 млн долларов.",
            &["aid 1200000000 USD - [] 2024-10-22"],
        );
        check(
            Lang::Ru,
            "Импорт газа обходится европейцам более чем в 15 млрд евро в год.",
            &["energy 15000000000 EUR more_than [EUR] 2024-10-22"],
        );
        // "لتصل إلى" is "reaching", not "up to".
        check(
            Lang::Ar,
            "نمت التجارة بين الصين والهند لتصل إلى 130 مليار دولار.",
            &["trade 130000000000 USD - [CHN IND] 2024-10-22"],
        );
        // A plural scale without a numeral is vague ("billions of dollars"): no amount.
        check(
            Lang::Ar,
            "قدمت الدول الأعضاء مليارات الدولارات لأوكرانيا.",
            &[],
        );
    }

    /// The parties of a sum named after its cue ("trade between X and Y", «товарооборот России и Китая»)
    /// leave out a speaker and a venue; elsewhere every state of the sentence is a party.
    #[test]
    fn parties_named_after_the_cue() {
        check(
            Lang::En,
            "Speaking in Cairo, Lavrov said trade between Russia and India hit $66 billion.",
            &["trade 66000000000 USD - [RUS IND] 2024-10-22"],
        );
        check(
            Lang::Ru,
            "Министр Казахстана сообщил, что товарооборот России и Китая составил 240 млрд долларов.",
            &["trade 240000000000 USD - [RUS CHN] 2024-10-22"],
        );
        check(
            Lang::Ar,
            "قال وزير الخارجية التركي إن حجم التبادل التجاري بين روسيا والصين بلغ 240 مليار دولار.",
            &["trade 240000000000 USD - [RUS CHN] 2024-10-22"],
        );
        // "Between" far from the cue names the talks, not the money.
        check(
            Lang::En,
            "After talks between Putin and Xi in Moscow, Russia agreed to lend Serbia $1 billion.",
            &["loan 1000000000 USD - [RUS CHN SRB] 2024-10-22"],
        );
    }

    /// A grant and a loan together are aid; a Latin word in an Arabic or Russian sentence is a name, no
    /// cue; "¥" about Japan is the yen; a range's «до» is no "up to".
    #[test]
    fn packages_names_yen_and_ranges() {
        check(
            Lang::Ar,
            "قدمت الإمارات منحة وقرضا بقيمة مليار دولار للسودان.",
            &["aid 1000000000 USD - [ARE SDN] 2024-10-22"],
        );
        check(
            Lang::En,
            "Kuwait offered Jordan a grant and a loan worth $2 billion.",
            &["aid 2000000000 USD - [KWT JOR] 2024-10-22"],
        );
        check(
            Lang::Ru,
            "Индийская Essar Oil инвестирует 2 млрд долларов в порт.",
            &["investment 2000000000 USD - [IND] 2024-10-22"],
        );
        check(
            Lang::En,
            "Tokyo will provide a ¥500 billion grant to Ukraine.",
            &["aid 500000000000 JPY - [JPN UKR] 2024-10-22"],
        );
        check(
            Lang::Ru,
            "Стоимость газопровода оценивается от 2 до 3 млрд евро.",
            &[
                "energy 2000000000 EUR - [] 2024-10-22",
                "energy 3000000000 EUR - [] 2024-10-22",
            ],
        );
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(parse_number("1,500", Lang::En, false), Some(1500.0));
        assert_eq!(parse_number("1,5", Lang::Ru, true), Some(1.5));
        assert_eq!(parse_number("1.5", Lang::Ru, true), Some(1.5));
        assert_eq!(parse_number("1 500", Lang::Ru, false), Some(1500.0));
        assert_eq!(parse_number("1.234,5", Lang::Ru, false), Some(1234.5));
        assert_eq!(parse_number("1,234.5", Lang::En, false), Some(1234.5));
        assert_eq!(
            parse_number("2,000,000", Lang::Ar, false),
            Some(2_000_000.0)
        );
    }

    #[test]
    fn facts_data_is_complete() {
        for (name, text, cols) in [
            ("scales", SCALES_CSV, &["lang", "word", "factor"][..]),
            ("currencies", CURRENCIES_CSV, &["lang", "word", "code"][..]),
            (
                "amount_bounds",
                BOUNDS_CSV,
                &["lang", "phrase", "bound"][..],
            ),
            ("amount_kinds", KINDS_CSV, &["lang", "stem", "kind"][..]),
            (
                "number_words",
                NUMBER_WORDS_CSV,
                &["lang", "word", "value"][..],
            ),
            ("amount_units", UNITS_CSV, &["lang", "word"][..]),
            ("amount_targets", TARGETS_CSV, &["lang", "stem"][..]),
            ("amount_prices", PRICES_CSV, &["lang", "phrase"][..]),
            ("amount_inclusions", INCLUSIONS_CSV, &["lang", "phrase"][..]),
            (
                "currency_states",
                CURRENCY_STATES_CSV,
                &["bare", "state", "code"][..],
            ),
        ] {
            let lines = text.lines().filter(|l| !l.trim().is_empty()).count() - 1;
            assert_eq!(
                facts_rows(text, cols).len(),
                lines,
                "{name}: a row lacks a value or source"
            );
        }
        let t = tables();
        assert_eq!(
            t.kind_meta.len(),
            KINDS_CSV.lines().count() - 1,
            "unknown kind"
        );
        assert_eq!(
            t.bounds.len(),
            BOUNDS_CSV.lines().count() - 1,
            "unknown bound"
        );
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "([0-9$€., a-zа-я\\u{0621}-\\u{064A}\\u{0660}-\\u{0669}،؛]|تجاوز|مليار|دولار|до|млрд|over|billion){0,40}|\\PC{0,60}") {
            for lang in [Lang::En, Lang::Ar, Lang::Ru] {
                let ctx = testing::ctx(&s, lang, None);
                for q in find(&ctx, &Dates::new(&ctx), None) {
                    proptest::prop_assert!(q.amount.is_finite() && q.amount > 0.0);
                    proptest::prop_assert!(s.contains(q.text.as_str()));
                }
            }
        }
    }

    /// The kind and amount of every sum of `input`, in order.
    fn kinds_of(lang: Lang, input: &str) -> Vec<String> {
        let ctx = testing::ctx(input, lang, Some("2024-10-22"));
        let dates = crate::dates::Dates::new(&ctx);
        find(&ctx, &dates, None)
            .iter()
            .map(|q| format!("{} {}", q.kind, q.amount))
            .collect()
    }

    /// A decimal mantissa times a scale is the sum the text states, not its binary approximation
    /// (8.2 × 10⁹ is 8 199 999 999.999999 in floating point), in the three languages.
    #[test]
    fn sums_are_exact_in_the_units_of_the_text() {
        for (lang, input, want) in [
            (
                Lang::En,
                "Chinese firms invested 8.2 billion dollars in Kazakhstan.",
                "8200000000",
            ),
            (
                Lang::En,
                "Trade with Ankara reached $4.1bn last year.",
                "4100000000",
            ),
            (
                Lang::Ru,
                "Китайские компании вложили в Казахстан 8,2 млрд долларов.",
                "8200000000",
            ),
            (
                Lang::Ru,
                "Товарооборот с Турцией достиг 3,3 млрд долларов.",
                "3300000000",
            ),
            (
                Lang::Ar,
                "استثمرت الشركات الصينية ٨٫٢ مليار دولار في كازاخستان.",
                "8200000000",
            ),
            (
                Lang::Ar,
                "بلغ التبادل التجاري مع تركيا 4.1 مليار دولار.",
                "4100000000",
            ),
        ] {
            let got = kinds_of(lang, input);
            assert_eq!(got.len(), 1, "in {input:?}: {got:?}");
            assert!(
                got[0].ends_with(&format!(" {want}")),
                "in {input:?}: {got:?}"
            );
        }
        assert_eq!(exact(8.2 * 1e9), 8.2e9);
        assert_eq!(exact(0.25), 0.25);
        assert_eq!(exact(60.5), 60.5);
        assert_eq!(exact(1.5e13 - 0.001), 1.5e13);
    }

    /// The kind is what the sum's own phrase names ([`head_cue`]): a noun a value phrase ties to it, a
    /// verb that governs it, the noun after it, or the subject of a verb of amounting across an aside —
    /// not the nearest cue in words, nor a stronger cue in another phrase.
    #[test]
    fn the_head_of_the_sums_phrase_names_its_kind() {
        for (lang, input, want) in [
            // The subject of a verb of amounting, with a cue of another phrase after the sum.
            (Lang::En, "Tashkent's exports to Moscow climbed to $4 billion last year, even though it buys its gas elsewhere.", "trade"),
            (Lang::Ru, "Экспорт Узбекистана в Россию в прошлом году вырос до 4 млрд долларов благодаря газу.", "trade"),
            (Lang::Ar, "بلغت صادرات أوزبكستان إلى روسيا أربعة مليارات دولار العام الماضي بفضل الغاز.", "trade"),
            // ... across an aside that names the goods.
            (Lang::En, "Cuba's debt to Moscow, largely for Soviet tanks, stood at $30 billion before the deal.", "debt"),
            (Lang::Ru, "Долг Сербии перед «Газпромом» за газ, полученный прошлой зимой, составляет 1 млрд долларов.", "debt"),
            (Lang::Ar, "بلغت ديون كوبا لموسكو، ومعظمها ثمن دبابات سوفيتية، 30 مليار دولار قبل الاتفاق.", "debt"),
            (Lang::En, "Tokyo's investment in Indonesian nickel, long a source of debt fears, now exceeds $6 billion.", "investment"),
            (Lang::Ru, "Японские инвестиции в индонезийский никель, давно вызывающие опасения из-за долгов, превышают 6 млрд долларов.", "investment"),
            (Lang::Ar, "تتجاوز الاستثمارات اليابانية في النيكل الإندونيسي، وهي مصدر قلق بشأن الديون، ستة مليارات دولار.", "investment"),
            (Lang::En, "Trade between the two neighbours, hurt by the gas row, fell to $7 billion.", "trade"),
            (Lang::Ru, "Товарооборот двух соседей, пострадавший из-за газового спора, сократился до 7 млрд долларов.", "trade"),
            (Lang::Ar, "تراجع التبادل التجاري بين الجارين، المتضرر من نزاع الغاز، إلى سبعة مليارات دولار.", "trade"),
            // A value phrase ties the sum to the goods, whatever instrument stands further before.
            (Lang::En, "The loan talks in Amman ended with a missile deal worth about $1 billion for Baghdad.", "arms"),
            (Lang::Ru, "Переговоры о кредитах в Аммане завершились сделкой по поставке ракет Багдаду примерно на 1 млрд долларов.", "arms"),
            (Lang::Ar, "انتهت محادثات القروض في عمان بصفقة صواريخ لبغداد بقيمة نحو مليار دولار.", "arms"),
            (Lang::Ar, "ألغت برلين ديونا لكوبا بقيمة ملياري دولار وعرضت قرضا جديدا بقيمة 300 مليون دولار.", "debt"),
            // ... through an apposition of a transaction noun.
            (Lang::En, "Paris approved the sale of 24 Rafale jets to Doha, a deal worth some $7 billion that includes training aid.", "arms"),
            (Lang::Ar, "وافقت باريس على بيع 24 مقاتلة رافال للدوحة في صفقة تبلغ قيمتها نحو سبعة مليارات دولار تشمل مساعدات تدريبية.", "arms"),
            // Weapons named as what military aid holds are its contents: the sum is aid (Session-55 ruling (a)).
            (Lang::En, "Denmark announced a military aid package for Ukraine that includes tanks and is worth $500 million.", "aid"),
            (Lang::Ru, "Дания объявила о пакете военной помощи Украине, включающем танки, на 500 млн долларов.", "aid"),
            (Lang::Ar, "أعلنت الدنمارك عن حزمة مساعدات عسكرية لأوكرانيا تشمل دبابات بقيمة 500 مليون دولار.", "aid"),
            // (Traps: tanks delivered, no aid named, stay arms.)
            (Lang::En, "Denmark will deliver tanks worth $500 million to Ukraine.", "arms"),
            (Lang::Ru, "Дания поставит Украине танки на 500 млн долларов.", "arms"),
            (Lang::Ar, "ستسلم الدنمارك أوكرانيا دبابات بقيمة 500 مليون دولار.", "arms"),
            // The definite military support, both words with the article.
            (
                Lang::Ar,
                "بلغ الدعم العسكري الألماني لكييف، بما في ذلك الدبابات، 28 مليار يورو.",
                "aid",
            ),
            // The verb that opens an Arabic clause, across the aside after its subject.
            (Lang::Ar, "استثمرت كوريا، أكبر مانح للمساعدات لإثيوبيا، ثلاثة مليارات دولار في البلاد.", "investment"),
        ] {
            // (The first sum is the one tested; "… وعرضت قرضا جديدا بقيمة" adds a loan.)
            let got = kinds_of(lang, input);
            assert!(
                got.first().is_some_and(|g| g.starts_with(&format!("{want} "))),
                "in {input:?}: {got:?}"
            );
        }
    }

    /// "near" a level bounds a sum as "about" does (`amount_bounds.csv`, session 54).
    #[test]
    fn a_sum_near_a_level_is_about_it() {
        for (lang, input) in [
            (Lang::En, "Its exports to Russia stayed near $10 billion."),
            (Lang::Ar, "بقيت صادراتها إلى روسيا قرب عشرة مليارات دولار."),
        ] {
            let ctx = testing::ctx(input, lang, Some("2024-10-22"));
            let dates = crate::dates::Dates::new(&ctx);
            let got = find(&ctx, &dates, None);
            assert_eq!(got.len(), 1, "in {input:?}");
            assert_eq!(got[0].bound.as_deref(), Some("about"), "in {input:?}");
        }
    }
}
