//! Scoring the pipeline against hand-annotated items (`eval/README.md` holds the format).
//!
//! Each dimension is scored as precision and recall over per-item multisets, pooled per language and per
//! tag:
//! - **mentions** by entity id;
//! - **events** by (type, source set, target set). A symmetric gold event (or one with no target) matches
//!   any output event whose parties, source and target together, are the same set, because the README
//!   writes "X and Y met" with every party in `source` and a coder may still split them into two sides.
//!   The headline `events` line counts only asserted, non-negated events on both sides (what happened);
//!   `events (all modalities)` counts every event and adds negation and modality to the key, so a negated
//!   agreement coded as asserted is both a miss and a false find there;
//! - **memberships** by (bloc, member, status), negated output claims left out (the gold writes none);
//! - **quantities** by (kind, amount within 1 %).
//!
//! Attributes are scored as accuracy over matched pairs. Events are paired on (type, parties) over every
//! modality, so negation and modality errors show; their date and mode are scored when the gold gives one
//! (a null mode means "not clear" in the gold, not "none"). Membership dates and quantity currency, bound
//! and date are scored whenever the gold writes the field, null included ("the text gives none").
//!
//! A dimension or attribute whose field is absent from a gold item is not scored for that item; an empty
//! array is ("nothing should be found here").

use std::collections::{BTreeMap, BTreeSet};

use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::pipeline::{Extractor, Input};
use crate::record::{EventRec, MembershipRec, QuantityRec, Record};

/// One annotated item (one line of an `eval/*/*.jsonl` file).
#[derive(Debug, Clone, Deserialize)]
pub struct GoldItem {
    pub id: String,
    pub lang: String,
    #[serde(default)]
    pub date: Option<String>,
    pub text: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub mentions: Option<Vec<GoldMention>>,
    #[serde(default)]
    pub events: Option<Vec<GoldEvent>>,
    #[serde(default)]
    pub memberships: Option<Vec<GoldMembership>>,
    #[serde(default)]
    pub quantities: Option<Vec<GoldQuantity>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldMention {
    pub entity: String,
    #[serde(default)]
    pub text: String,
}

/// Fields written `Option<Option<T>>` tell "absent" (not annotated, not scored) from `null` (annotated as
/// none).
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, deserialize_with = "present")]
    pub mode: Option<Option<String>>,
    #[serde(default)]
    pub source: Vec<String>,
    #[serde(default)]
    pub target: Vec<String>,
    #[serde(default)]
    pub symmetric: bool,
    #[serde(default)]
    pub negated: Option<bool>,
    #[serde(default)]
    pub modality: Option<String>,
    #[serde(default, deserialize_with = "present")]
    pub date: Option<Option<String>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldMembership {
    pub bloc: String,
    pub member: String,
    pub status: String,
    #[serde(default, deserialize_with = "present")]
    pub date: Option<Option<String>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuantity {
    pub kind: String,
    pub amount: f64,
    #[serde(default, deserialize_with = "present")]
    pub currency: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub bound: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    pub date: Option<Option<String>>,
}

/// A field that is present maps to `Some(value or None)`; serde's `default` leaves an absent one `None`.
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

const MODALITIES: &[&str] = &["asserted", "expected", "proposed", "hypothetical", "denied"];
const STATUSES: &[&str] = &[
    "founder",
    "member",
    "applicant",
    "observer",
    "partner",
    "dialogue_partner",
    "suspended",
    "former",
];
const QUANTITY_KINDS: &[&str] = &[
    "trade",
    "investment",
    "debt",
    "aid",
    "arms",
    "energy",
    "loan",
    "other",
];
const BOUNDS: &[&str] = &["more_than", "less_than", "about", "up_to"];

impl GoldItem {
    /// The item as the extractor's input (its id is also its source).
    pub fn input(&self) -> Input<'_> {
        Input {
            id: Some(&self.id),
            source: &self.id,
            text: &self.text,
            lang: Some(&self.lang),
            date: self.date.as_deref(),
            ..Input::default()
        }
    }

    /// Values outside the README's vocabularies. A typo in the gold (`"asserterd"`) would otherwise be
    /// scored silently as a disagreement, so the command refuses such a file instead.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut check = |what: &str, value: &str, allowed: &[&str]| {
            if !allowed.contains(&value) {
                out.push(format!(
                    "{what} {value:?} is not one of {}",
                    allowed.join(" ")
                ));
            }
        };
        for e in self.events.iter().flatten() {
            check("event type", &e.kind, &crate::events::TYPES);
            if let Some(m) = &e.modality {
                check("modality", m, MODALITIES);
            }
        }
        for m in self.memberships.iter().flatten() {
            check("membership status", &m.status, STATUSES);
        }
        for q in self.quantities.iter().flatten() {
            check("quantity kind", &q.kind, QUANTITY_KINDS);
            if let Some(Some(b)) = &q.bound {
                check("bound", b, BOUNDS);
            }
        }
        for e in self.events.iter().flatten() {
            if e.symmetric && !e.target.is_empty() {
                out.push(format!(
                    "symmetric {} event has a target (all parties go in source)",
                    e.kind
                ));
            }
        }
        for q in self.quantities.iter().flatten() {
            if !q.amount.is_finite() || q.amount < 0.0 {
                out.push(format!(
                    "quantity amount {} is negative or not a number",
                    q.amount
                ));
            }
        }
        out
    }
}

/// True/false positives and false negatives of one dimension.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Nothing in the gold and nothing found: the scores are vacuous.
    pub fn is_empty(&self) -> bool {
        self.tp + self.fp + self.fn_ == 0
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

impl Serialize for Counts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Counts", 6)?;
        st.serialize_field("tp", &self.tp)?;
        st.serialize_field("fp", &self.fp)?;
        st.serialize_field("fn", &self.fn_)?;
        st.serialize_field("precision", &self.precision())?;
        st.serialize_field("recall", &self.recall())?;
        st.serialize_field("f1", &self.f1())?;
        st.end()
    }
}

/// How many matched pairs agree on one attribute, out of those the gold annotates.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Accuracy {
    pub right: usize,
    pub scored: usize,
}

impl Accuracy {
    pub fn accuracy(&self) -> f64 {
        ratio(self.right, self.scored)
    }
    fn record(&mut self, right: bool) {
        self.scored += 1;
        self.right += usize::from(right);
    }
    fn add(&mut self, o: Accuracy) {
        self.right += o.right;
        self.scored += o.scored;
    }
}

impl Serialize for Accuracy {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Accuracy", 3)?;
        st.serialize_field("right", &self.right)?;
        st.serialize_field("scored", &self.scored)?;
        st.serialize_field("accuracy", &self.accuracy())?;
        st.end()
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Attribute accuracies over matched pairs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Attributes {
    pub event_date: Accuracy,
    pub event_mode: Accuracy,
    pub event_negated: Accuracy,
    pub event_modality: Accuracy,
    pub membership_date: Accuracy,
    pub quantity_currency: Accuracy,
    pub quantity_bound: Accuracy,
    /// Matched quantities whose currency and bound are both right (each where annotated).
    pub quantity_currency_bound: Accuracy,
    pub quantity_date: Accuracy,
}

impl Attributes {
    /// Every attribute with its display name, in report order.
    pub fn named(&self) -> [(&'static str, Accuracy); 9] {
        [
            ("event date", self.event_date),
            ("event mode", self.event_mode),
            ("event negated", self.event_negated),
            ("event modality", self.event_modality),
            ("membership date", self.membership_date),
            ("quantity currency", self.quantity_currency),
            ("quantity bound", self.quantity_bound),
            ("quantity currency+bound", self.quantity_currency_bound),
            ("quantity date", self.quantity_date),
        ]
    }

    /// The three kinds of dates pooled (what a `date`-tagged item tests).
    pub fn dates(&self) -> Accuracy {
        let mut a = self.event_date;
        a.add(self.membership_date);
        a.add(self.quantity_date);
        a
    }

    fn add(&mut self, o: &Attributes) {
        self.event_date.add(o.event_date);
        self.event_mode.add(o.event_mode);
        self.event_negated.add(o.event_negated);
        self.event_modality.add(o.event_modality);
        self.membership_date.add(o.membership_date);
        self.quantity_currency.add(o.quantity_currency);
        self.quantity_bound.add(o.quantity_bound);
        self.quantity_currency_bound.add(o.quantity_currency_bound);
        self.quantity_date.add(o.quantity_date);
    }
}

/// Why headline events were missed or falsely found: counts only, so that a held-out set can say where
/// recall is lost (a missing trigger or the wrong actors) without showing any item.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct EventErrors {
    /// Missed: the scanner found no trigger of the type, and no event with the same parties was found
    /// under another type (a gap in the trigger lexicon).
    pub miss_no_trigger: usize,
    /// Missed: the scanner found a trigger of the type, but the rules coded no event of it (no actors,
    /// another clause, a filter).
    pub miss_dropped: usize,
    /// Missed: an event with the same parties was found under another type.
    pub miss_wrong_type: usize,
    /// Of `miss_wrong_type`, those whose own type no trigger was scanned for: a second act between the
    /// same parties that the lexicon lacks, rather than one the rules coded under the other type or
    /// dropped.
    pub miss_wrong_type_unscanned: usize,
    /// Missed: found with the right type and actors, but negated or not asserted.
    pub miss_status: usize,
    /// Missed: the type was found with the right target (or the gold has none) and another source.
    pub miss_source: usize,
    /// Missed: the type was found with the right source and another target.
    pub miss_target: usize,
    /// Missed: the type was found, but source and target both differ (or a symmetric event's parties do).
    pub miss_both: usize,
    /// False find of a type the gold does not hold for the item at all.
    pub false_type: usize,
    /// False find of a type the gold holds, with other actors.
    pub false_actors: usize,
    /// False find of an event the gold holds as negated or not asserted.
    pub false_status: usize,
}

impl EventErrors {
    /// Every count with its display name, in report order.
    pub fn named(&self) -> [(&'static str, usize); 11] {
        [
            ("missed: no trigger", self.miss_no_trigger),
            ("missed: trigger dropped", self.miss_dropped),
            ("missed: other type", self.miss_wrong_type),
            ("  of which no trigger", self.miss_wrong_type_unscanned),
            ("missed: negated/modality", self.miss_status),
            ("missed: source wrong", self.miss_source),
            ("missed: target wrong", self.miss_target),
            ("missed: both/parties", self.miss_both),
            ("false: type not in gold", self.false_type),
            ("false: other actors", self.false_actors),
            ("false: negated/modality", self.false_status),
        ]
    }

    fn add(&mut self, o: EventErrors) {
        self.miss_no_trigger += o.miss_no_trigger;
        self.miss_dropped += o.miss_dropped;
        self.miss_wrong_type += o.miss_wrong_type;
        self.miss_wrong_type_unscanned += o.miss_wrong_type_unscanned;
        self.miss_status += o.miss_status;
        self.miss_source += o.miss_source;
        self.miss_target += o.miss_target;
        self.miss_both += o.miss_both;
        self.false_type += o.false_type;
        self.false_actors += o.false_actors;
        self.false_status += o.false_status;
    }
}

/// Scores of one language, one tag or of all items, per dimension.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Scores {
    pub items: usize,
    pub mentions: Counts,
    /// Asserted, non-negated events only (the headline).
    pub events: Counts,
    /// Every event, negation and modality part of the key.
    pub events_all: Counts,
    pub memberships: Counts,
    pub quantities: Counts,
    pub attributes: Attributes,
    /// Why the headline events were missed or falsely found.
    pub event_errors: EventErrors,
}

impl Scores {
    /// The P/R dimensions with their display names, in report order.
    pub fn dimensions(&self) -> [(&'static str, Counts); 5] {
        [
            ("mentions", self.mentions),
            ("events", self.events),
            ("events (all modalities)", self.events_all),
            ("memberships", self.memberships),
            ("quantities", self.quantities),
        ]
    }

    fn add(&mut self, o: &Scores) {
        self.items += o.items;
        self.mentions.add(o.mentions);
        self.events.add(o.events);
        self.events_all.add(o.events_all);
        self.memberships.add(o.memberships);
        self.quantities.add(o.quantities);
        self.attributes.add(&o.attributes);
        self.event_errors.add(o.event_errors);
    }
}

/// One disagreement with the gold: a miss (`got` empty), a false find (`expected` empty), a near miss
/// (both: the closest output the gold did not accept) or a wrong attribute of a matched pair (`of` names
/// the pair).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Failure {
    pub dimension: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
    pub expected: Option<String>,
    pub got: Option<String>,
}

/// One item's failures, for the tuning loop (the command never shows them for a held-out set).
#[derive(Debug, Clone, Serialize)]
pub struct ItemReport {
    pub id: String,
    pub lang: String,
    pub failures: Vec<Failure>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Evaluation {
    pub total: Scores,
    pub by_lang: BTreeMap<String, Scores>,
    pub by_tag: BTreeMap<String, Scores>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ItemReport>,
}

/// Runs the pipeline over `items` and scores it.
pub fn evaluate(extractor: &Extractor, items: &[GoldItem]) -> Evaluation {
    let mut eval = Evaluation::default();
    for item in items {
        // (The event coder's trace, `BLOCWATCH_EVENT_TRACE`, is told which item it reads.)
        if crate::events::trace_on() {
            eprintln!("TRACE item: {}", item.id);
        }
        let record = extractor.extract(&item.input());
        let (scores, failures) = score_item(item, &record);
        eval.by_lang
            .entry(item.lang.clone())
            .or_default()
            .add(&scores);
        let tags: BTreeSet<&String> = item.tags.iter().collect();
        for tag in tags {
            eval.by_tag.entry(tag.clone()).or_default().add(&scores);
        }
        eval.total.add(&scores);
        if !failures.is_empty() {
            eval.items.push(ItemReport {
                id: item.id.clone(),
                lang: item.lang.clone(),
                failures,
            });
        }
    }
    eval
}

/// Scores one item against the record the pipeline wrote for it.
pub fn score_item(item: &GoldItem, record: &Record) -> (Scores, Vec<Failure>) {
    let mut s = Scores {
        items: 1,
        ..Scores::default()
    };
    let mut failures = Vec::new();
    if let Some(gold) = &item.mentions {
        score_mentions(gold, record, &mut s, &mut failures);
    }
    if let Some(gold) = &item.events {
        let scanned = blocwatch_text::Lang::from_code(&item.lang)
            .map(|lang| crate::events::scanned_types(&item.text, lang))
            .unwrap_or_default();
        score_events(gold, &record.events, &scanned, &mut s, &mut failures);
    }
    if let Some(gold) = &item.memberships {
        score_memberships(gold, &record.memberships, &mut s, &mut failures);
    }
    if let Some(gold) = &item.quantities {
        score_quantities(gold, &record.quantities, &mut s, &mut failures);
    }
    (s, failures)
}

fn score_mentions(gold: &[GoldMention], record: &Record, s: &mut Scores, out: &mut Vec<Failure>) {
    let found = &record.mentions;
    // Preferring the output with the same surface text only makes the failure list point at the right
    // words; the counts depend on the ids alone.
    let a = align(
        gold,
        found,
        |g, f| g.entity == f.entity,
        |g, f| usize::from(g.text == f.text),
    );
    s.mentions = a.counts();
    for &g in &a.missed {
        out.push(miss(
            "mention",
            format!("{} ({})", gold[g].entity, gold[g].text),
        ));
    }
    for &f in &a.spurious {
        out.push(false_find(
            "mention",
            format!("{} ({})", found[f].entity, found[f].text),
        ));
    }
}

/// An event reduced to what the scorer compares.
#[derive(Debug)]
struct Ev<'a> {
    kind: &'a str,
    source: BTreeSet<&'a str>,
    target: BTreeSet<&'a str>,
    /// Compared as one set of parties.
    symmetric: bool,
    negated: bool,
    modality: &'a str,
}

impl<'a> Ev<'a> {
    fn gold(e: &'a GoldEvent) -> Ev<'a> {
        Ev {
            kind: &e.kind,
            source: e.source.iter().map(String::as_str).collect(),
            target: e.target.iter().map(String::as_str).collect(),
            symmetric: e.symmetric || e.target.is_empty(),
            negated: e.negated.unwrap_or(false),
            modality: e.modality.as_deref().unwrap_or("asserted"),
        }
    }

    fn found(e: &'a EventRec) -> Ev<'a> {
        Ev {
            kind: &e.kind,
            source: e.source.iter().map(String::as_str).collect(),
            target: e.target.iter().map(String::as_str).collect(),
            // The record has no symmetric flag: the coder writes symmetric events with every party in
            // `source`, which is also how they are shown.
            symmetric: e.target.is_empty(),
            negated: e.negated,
            modality: &e.modality,
        }
    }

    fn parties(&self) -> BTreeSet<&'a str> {
        self.source.union(&self.target).copied().collect()
    }

    /// Same type and actors; `self` is the gold side, whose symmetry decides how actors compare.
    fn same_actors(&self, found: &Ev) -> bool {
        self.kind == found.kind
            && if self.symmetric {
                self.parties() == found.parties()
            } else {
                self.source == found.source && self.target == found.target
            }
    }

    fn same_status(&self, found: &Ev) -> bool {
        self.negated == found.negated && self.modality == found.modality
    }

    fn happened(&self) -> bool {
        !self.negated && self.modality == "asserted"
    }

    fn actors(&self) -> String {
        let join = |s: &BTreeSet<&str>| s.iter().copied().collect::<Vec<_>>().join("+");
        if self.symmetric {
            format!("{} {{{}}}", self.kind, join(&self.parties()))
        } else {
            format!(
                "{} {}>{}",
                self.kind,
                join(&self.source),
                join(&self.target)
            )
        }
    }

    fn show(&self) -> String {
        let mut s = self.actors();
        if self.negated {
            s.push_str(" negated");
        }
        if self.modality != "asserted" {
            s.push_str(&format!(" [{}]", self.modality));
        }
        s
    }
}

fn score_events(
    gold: &[GoldEvent],
    found: &[EventRec],
    scanned: &[&str],
    s: &mut Scores,
    out: &mut Vec<Failure>,
) {
    let g: Vec<Ev> = gold.iter().map(Ev::gold).collect();
    let f: Vec<Ev> = found.iter().map(Ev::found).collect();

    // The headline: what happened, as the gold writes it.
    let g_happened: Vec<&Ev> = g.iter().filter(|e| e.happened()).collect();
    let f_happened: Vec<&Ev> = f.iter().filter(|e| e.happened()).collect();
    let headline = align(&g_happened, &f_happened, |a, b| a.same_actors(b), |_, _| 0);
    s.events = headline.counts();
    s.event_errors = classify(&headline, &g_happened, &f_happened, &g, &f, scanned);

    s.events_all = align(
        &g,
        &f,
        |a, b| a.same_actors(b) && a.same_status(b),
        |_, _| 0,
    )
    .counts();

    // Attributes (and the failure list) pair events on type and actors alone, preferring the output that
    // agrees on most attributes when an item holds the same event twice.
    let agree = |gi: &usize, fi: &usize| {
        let (ge, fe) = (&gold[*gi], &found[*fi]);
        2 * usize::from(g[*gi].same_status(&f[*fi]))
            + usize::from(ge.date.as_ref().is_some_and(|d| *d == fe.date))
            + usize::from(ge.mode.as_ref().is_some_and(|m| *m == fe.mode))
    };
    let gi: Vec<usize> = (0..g.len()).collect();
    let fi: Vec<usize> = (0..f.len()).collect();
    let a = align(&gi, &fi, |x, y| g[*x].same_actors(&f[*y]), agree);
    for &(x, y) in &a.pairs {
        let (ge, fe, of) = (&gold[x], &found[y], g[x].actors());
        let at = &mut s.attributes;
        if let Some(Some(date)) = &ge.date {
            attribute(
                &mut at.event_date,
                "event date",
                &of,
                Some(date),
                fe.date.as_deref(),
                out,
            );
        }
        if let Some(Some(mode)) = &ge.mode {
            attribute(
                &mut at.event_mode,
                "event mode",
                &of,
                Some(mode),
                fe.mode.as_deref(),
                out,
            );
        }
        if let Some(neg) = ge.negated {
            let show = |n: bool| Some(if n { "negated" } else { "not negated" });
            attribute(
                &mut at.event_negated,
                "event negated",
                &of,
                show(neg),
                show(fe.negated),
                out,
            );
        }
        if let Some(m) = &ge.modality {
            attribute(
                &mut at.event_modality,
                "event modality",
                &of,
                Some(m),
                Some(&fe.modality),
                out,
            );
        }
    }
    let near = |x: &usize, y: &usize| g[*x].kind == f[*y].kind;
    report_unmatched(&a, near, "event", |x| g[x].show(), |y| f[y].show(), out);
}

/// Sorts the headline misses and false finds by cause (see [`EventErrors`]), each against every event of
/// the other side, whatever its status.
fn classify(
    a: &Alignment,
    g_happened: &[&Ev],
    f_happened: &[&Ev],
    g: &[Ev],
    f: &[Ev],
    scanned: &[&str],
) -> EventErrors {
    let mut e = EventErrors::default();
    for &x in &a.missed {
        let ge = g_happened[x];
        let same_type: Vec<&Ev> = f.iter().filter(|fe| fe.kind == ge.kind).collect();
        if same_type.is_empty() {
            if f.iter().any(|fe| fe.parties() == ge.parties()) {
                e.miss_wrong_type += 1;
                e.miss_wrong_type_unscanned += usize::from(!scanned.contains(&ge.kind));
            } else if scanned.contains(&ge.kind) {
                e.miss_dropped += 1;
                // (The trace of the item's sentences, just printed, says which check dropped it.)
                if crate::events::trace_on() {
                    eprintln!("TRACE miss: trigger dropped: {}", ge.show());
                }
            } else {
                e.miss_no_trigger += 1;
            }
        } else if same_type.iter().any(|fe| ge.same_actors(fe)) {
            e.miss_status += 1;
        } else if !ge.symmetric && same_type.iter().any(|fe| fe.source == ge.source) {
            e.miss_target += 1;
        } else if same_type
            .iter()
            .any(|fe| fe.target == ge.target && (!ge.symmetric || fe.symmetric))
        {
            e.miss_source += 1;
        } else {
            e.miss_both += 1;
        }
    }
    for &y in &a.spurious {
        let fe = f_happened[y];
        if !g.iter().any(|ge| ge.kind == fe.kind) {
            e.false_type += 1;
        } else if g.iter().any(|ge| ge.same_actors(fe)) {
            e.false_status += 1;
        } else {
            e.false_actors += 1;
        }
    }
    e
}

fn score_memberships(
    gold: &[GoldMembership],
    found: &[MembershipRec],
    s: &mut Scores,
    out: &mut Vec<Failure>,
) {
    let found: Vec<&MembershipRec> = found.iter().filter(|m| !m.negated).collect();
    let a = align(
        gold,
        &found,
        |g, f| g.bloc == f.bloc && g.member == f.member && g.status == f.status,
        |g, f| usize::from(g.date.as_ref().is_some_and(|d| *d == f.date)),
    );
    s.memberships = a.counts();
    for &(x, y) in &a.pairs {
        let (g, f) = (&gold[x], found[y]);
        if let Some(date) = &g.date {
            let of = format!("{}/{}/{}", g.bloc, g.member, g.status);
            let acc = &mut s.attributes.membership_date;
            attribute(
                acc,
                "membership date",
                &of,
                date.as_deref(),
                f.date.as_deref(),
                out,
            );
        }
    }
    let near = |x: &usize, y: &usize| {
        gold[*x].bloc == found[*y].bloc && gold[*x].member == found[*y].member
    };
    let show_g = |x: usize| format!("{}/{}/{}", gold[x].bloc, gold[x].member, gold[x].status);
    let show_f = |y: usize| format!("{}/{}/{}", found[y].bloc, found[y].member, found[y].status);
    report_unmatched(&a, near, "membership", show_g, show_f, out);
}

fn score_quantities(
    gold: &[GoldQuantity],
    found: &[QuantityRec],
    s: &mut Scores,
    out: &mut Vec<Failure>,
) {
    let agree = |g: &GoldQuantity, f: &QuantityRec| {
        usize::from(g.currency.as_ref().is_some_and(|c| *c == f.currency))
            + usize::from(g.bound.as_ref().is_some_and(|b| *b == f.bound))
    };
    let a = align(
        gold,
        found,
        |g, f| g.kind == f.kind && close(f.amount, g.amount),
        agree,
    );
    s.quantities = a.counts();
    for &(x, y) in &a.pairs {
        let (g, f) = (&gold[x], &found[y]);
        let of = format!("{} {}", g.kind, g.amount);
        let at = &mut s.attributes;
        if let Some(c) = &g.currency {
            let (c, fc) = (c.as_deref(), f.currency.as_deref());
            attribute(
                &mut at.quantity_currency,
                "quantity currency",
                &of,
                c,
                fc,
                out,
            );
        }
        if let Some(b) = &g.bound {
            let (b, fb) = (b.as_deref(), f.bound.as_deref());
            attribute(&mut at.quantity_bound, "quantity bound", &of, b, fb, out);
        }
        if g.currency.is_some() || g.bound.is_some() {
            let currency_ok = g.currency.as_ref().is_none_or(|c| *c == f.currency);
            let bound_ok = g.bound.as_ref().is_none_or(|b| *b == f.bound);
            at.quantity_currency_bound.record(currency_ok && bound_ok);
        }
        if let Some(d) = &g.date {
            let (d, fd) = (d.as_deref(), f.date.as_deref());
            attribute(&mut at.quantity_date, "quantity date", &of, d, fd, out);
        }
    }
    let near = |x: &usize, y: &usize| {
        gold[*x].kind == found[*y].kind || close(found[*y].amount, gold[*x].amount)
    };
    let show_g = |x: usize| format!("{} {}", gold[x].kind, gold[x].amount);
    let show_f = |y: usize| format!("{} {}", found[y].kind, found[y].amount);
    report_unmatched(&a, near, "quantity", show_g, show_f, out);
}

/// Within 1 % of the gold amount: "$1.2 billion" written as 1 200 000 000 or read as 1.19e9 both pass.
fn close(found: f64, gold: f64) -> bool {
    (found - gold).abs() <= gold.abs() * 0.01
}

/// Scores one attribute of a matched pair and lists it when wrong.
fn attribute(
    acc: &mut Accuracy,
    dimension: &'static str,
    of: &str,
    expected: Option<&str>,
    got: Option<&str>,
    out: &mut Vec<Failure>,
) {
    acc.record(expected == got);
    if expected != got {
        out.push(Failure {
            dimension,
            of: Some(of.to_string()),
            expected: Some(expected.unwrap_or("null").to_string()),
            got: Some(got.unwrap_or("null").to_string()),
        });
    }
}

fn miss(dimension: &'static str, expected: String) -> Failure {
    Failure {
        dimension,
        of: None,
        expected: Some(expected),
        got: None,
    }
}

fn false_find(dimension: &'static str, got: String) -> Failure {
    Failure {
        dimension,
        of: None,
        expected: None,
        got: Some(got),
    }
}

/// Lists the misses and false finds of an alignment over indices, a miss shown beside the first
/// unclaimed `near` false find so a wrong actor or status reads as one line.
fn report_unmatched(
    a: &Alignment,
    near: impl Fn(&usize, &usize) -> bool,
    dimension: &'static str,
    show_gold: impl Fn(usize) -> String,
    show_found: impl Fn(usize) -> String,
    out: &mut Vec<Failure>,
) {
    let mut spurious = a.spurious.clone();
    for &x in &a.missed {
        match spurious.iter().position(|y| near(&x, y)) {
            Some(i) => {
                let y = spurious.remove(i);
                out.push(Failure {
                    dimension,
                    of: None,
                    expected: Some(show_gold(x)),
                    got: Some(show_found(y)),
                });
            }
            None => out.push(miss(dimension, show_gold(x))),
        }
    }
    for y in spurious {
        out.push(false_find(dimension, show_found(y)));
    }
}

/// A one-to-one pairing of gold and found elements (indices into the two slices).
#[derive(Debug, Default)]
struct Alignment {
    pairs: Vec<(usize, usize)>,
    missed: Vec<usize>,
    spurious: Vec<usize>,
}

impl Alignment {
    fn counts(&self) -> Counts {
        Counts {
            tp: self.pairs.len(),
            fp: self.spurious.len(),
            fn_: self.missed.len(),
        }
    }
}

/// Pairs gold with found elements one to one so that as many pairs as possible are made (a maximum
/// matching on `same`). Each gold element, in order, takes the unused found element that `agree` scores
/// highest (the first one on a tie); only when none is left does it take one from an earlier gold element
/// that can move to another (an augmenting path). A greedy pass alone could pair a symmetric gold event
/// with the directed find that a later directed gold event needed, and count both as wrong.
fn align<G, F>(
    gold: &[G],
    found: &[F],
    same: impl Fn(&G, &F) -> bool,
    agree: impl Fn(&G, &F) -> usize,
) -> Alignment {
    // Each gold element's candidates, the best agreement first (a stable sort keeps found order on ties).
    let candidates: Vec<Vec<usize>> = gold
        .iter()
        .map(|g| {
            let mut c: Vec<(usize, usize)> = found
                .iter()
                .enumerate()
                .filter(|(_, f)| same(g, f))
                .map(|(y, f)| (y, agree(g, f)))
                .collect();
            c.sort_by_key(|c| std::cmp::Reverse(c.1));
            c.into_iter().map(|(y, _)| y).collect()
        })
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; found.len()];
    let mut seen = vec![false; found.len()];
    for (x, c) in candidates.iter().enumerate() {
        if let Some(&y) = c.iter().find(|&&y| owner[y].is_none()) {
            owner[y] = Some(x);
        } else if !c.is_empty() {
            seen.iter_mut().for_each(|s| *s = false);
            augment(x, &candidates, &mut owner, &mut seen);
        }
    }
    let mut a = Alignment::default();
    let mut paired = vec![None; gold.len()];
    for (y, o) in owner.iter().enumerate() {
        match o {
            Some(x) => paired[*x] = Some(y),
            None => a.spurious.push(y),
        }
    }
    for (x, p) in paired.into_iter().enumerate() {
        match p {
            Some(y) => a.pairs.push((x, y)),
            None => a.missed.push(x),
        }
    }
    a
}

/// Kuhn's augmenting path from gold element `x`: takes a found candidate, moving its owner to another of
/// the owner's candidates when it has one.
fn augment(
    x: usize,
    candidates: &[Vec<usize>],
    owner: &mut [Option<usize>],
    seen: &mut [bool],
) -> bool {
    for &y in &candidates[x] {
        if std::mem::replace(&mut seen[y], true) {
            continue;
        }
        if owner[y].is_none_or(|o| augment(o, candidates, owner, seen)) {
            owner[y] = Some(x);
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests;
