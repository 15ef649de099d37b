//! Scoring the pipeline against hand-annotated items (`eval/README.md` holds the format).
//!
//! Each dimension is scored as precision and recall over per-item multisets, pooled per language:
//! mentions by entity id; events by (type, source set, target set), with symmetric events compared as the
//! union of their parties; memberships by (bloc, member, status); quantities by (kind, amount within 1 %).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::pipeline::{Extractor, Input};
use crate::record::{EventRec, Record};

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

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub source: Vec<String>,
    #[serde(default)]
    pub target: Vec<String>,
    #[serde(default)]
    pub symmetric: bool,
    #[serde(default)]
    pub negated: bool,
    #[serde(default)]
    pub modality: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldMembership {
    pub bloc: String,
    pub member: String,
    pub status: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuantity {
    pub kind: String,
    pub amount: f64,
}

/// True/false positives and false negatives of one dimension.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
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
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores of one language (or of all), per dimension.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Scores {
    pub items: usize,
    pub mentions: Counts,
    pub events: Counts,
    pub memberships: Counts,
    pub quantities: Counts,
}

impl Scores {
    fn add(&mut self, o: &Scores) {
        self.items += o.items;
        self.mentions.add(o.mentions);
        self.events.add(o.events);
        self.memberships.add(o.memberships);
        self.quantities.add(o.quantities);
    }
}

/// One item's misses, for the tuning loop (never printed for a held-out set).
#[derive(Debug, Clone, Serialize)]
pub struct ItemReport {
    pub id: String,
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Evaluation {
    pub by_lang: BTreeMap<String, Scores>,
    pub total: Scores,
    pub items: Vec<ItemReport>,
}

/// Runs the pipeline over `items` and scores it.
pub fn evaluate(extractor: &Extractor, items: &[GoldItem]) -> Evaluation {
    let mut eval = Evaluation::default();
    for item in items {
        let record = extractor.extract(&Input {
            id: Some(&item.id),
            source: &item.id,
            text: &item.text,
            lang: Some(&item.lang),
            date: item.date.as_deref(),
            ..Input::default()
        });
        let (scores, report) = score_item(item, &record);
        eval.by_lang
            .entry(item.lang.clone())
            .or_default()
            .add(&scores);
        eval.total.add(&scores);
        if !report.missed.is_empty() || !report.spurious.is_empty() {
            eval.items.push(report);
        }
    }
    eval
}

fn score_item(item: &GoldItem, record: &Record) -> (Scores, ItemReport) {
    let mut scores = Scores {
        items: 1,
        ..Scores::default()
    };
    let mut report = ItemReport {
        id: item.id.clone(),
        missed: Vec::new(),
        spurious: Vec::new(),
    };
    if let Some(gold) = &item.mentions {
        let gold: Vec<String> = gold.iter().map(|m| m.entity.clone()).collect();
        let found: Vec<String> = record.mentions.iter().map(|m| m.entity.clone()).collect();
        scores.mentions = compare("mention", gold, found, &mut report);
    }
    if let Some(gold) = &item.events {
        let gold: Vec<String> = gold
            .iter()
            .map(|e| {
                event_key(
                    &e.kind,
                    &e.source,
                    &e.target,
                    e.symmetric || e.target.is_empty(),
                )
            })
            .collect();
        // A negated or denied event did not happen: it is scored as absent, as the gold writes it.
        let found: Vec<String> = record
            .events
            .iter()
            .filter(|e| happened(e))
            .map(found_event_key)
            .collect();
        let gold_happened: Vec<String> = item
            .events
            .iter()
            .flatten()
            .zip(gold)
            .filter(|(e, _)| !e.negated && e.modality.as_deref().is_none_or(|m| m == "asserted"))
            .map(|(_, k)| k)
            .collect();
        scores.events = compare("event", gold_happened, found, &mut report);
    }
    if let Some(gold) = &item.memberships {
        let gold = gold
            .iter()
            .map(|m| format!("{}/{}/{}", m.bloc, m.member, m.status))
            .collect();
        let found = record
            .memberships
            .iter()
            .filter(|m| !m.negated)
            .map(|m| format!("{}/{}/{}", m.bloc, m.member, m.status))
            .collect();
        scores.memberships = compare("membership", gold, found, &mut report);
    }
    if let Some(gold) = &item.quantities {
        let mut counts = Counts::default();
        let mut found: Vec<(String, f64)> = record
            .quantities
            .iter()
            .map(|q| (q.kind.clone(), q.amount))
            .collect();
        for g in gold {
            match found.iter().position(|(_, a)| close(*a, g.amount)) {
                Some(i) => {
                    found.swap_remove(i);
                    counts.tp += 1;
                }
                None => {
                    counts.fn_ += 1;
                    report
                        .missed
                        .push(format!("quantity {} {}", g.kind, g.amount));
                }
            }
        }
        counts.fp = found.len();
        report
            .spurious
            .extend(found.iter().map(|(k, a)| format!("quantity {k} {a}")));
        scores.quantities = counts;
    }
    (scores, report)
}

fn happened(e: &EventRec) -> bool {
    !e.negated && e.modality == "asserted"
}

fn found_event_key(e: &EventRec) -> String {
    event_key(&e.kind, &e.source, &e.target, e.target.is_empty())
}

fn event_key(kind: &str, source: &[String], target: &[String], symmetric: bool) -> String {
    let sorted = |v: &[String]| {
        let mut v = v.to_vec();
        v.sort();
        v.dedup();
        v.join("+")
    };
    if symmetric {
        let mut all: Vec<String> = source.iter().chain(target).cloned().collect();
        all.sort();
        all.dedup();
        format!("{kind} {{{}}}", all.join("+"))
    } else {
        format!("{kind} {}>{}", sorted(source), sorted(target))
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= b.abs() * 0.01
}

fn compare(
    what: &str,
    gold: Vec<String>,
    mut found: Vec<String>,
    report: &mut ItemReport,
) -> Counts {
    let mut counts = Counts::default();
    for g in gold {
        match found.iter().position(|f| *f == g) {
            Some(i) => {
                found.swap_remove(i);
                counts.tp += 1;
            }
            None => {
                counts.fn_ += 1;
                report.missed.push(format!("{what} {g}"));
            }
        }
    }
    counts.fp = found.len();
    report
        .spurious
        .extend(found.into_iter().map(|f| format!("{what} {f}")));
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiset_comparison_counts_duplicates() {
        let mut r = ItemReport {
            id: String::new(),
            missed: vec![],
            spurious: vec![],
        };
        let c = compare(
            "m",
            vec!["RUS".into(), "RUS".into(), "CHN".into()],
            vec!["RUS".into(), "IRN".into()],
            &mut r,
        );
        assert_eq!(
            c,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 2
            }
        );
        assert_eq!(r.missed, ["m RUS", "m CHN"]);
        assert_eq!(r.spurious, ["m IRN"]);
    }

    #[test]
    fn symmetric_events_compare_as_party_sets() {
        let a = event_key("AGREE", &["RUS".into(), "CHN".into()], &[], true);
        let b = event_key("AGREE", &["CHN".into()], &["RUS".into()], true);
        assert_eq!(a, b);
        let c = event_key("AID", &["IRN".into()], &["RUS".into()], false);
        assert_eq!(c, "AID IRN>RUS");
    }

    #[test]
    fn empty_sets_score_perfect() {
        let c = Counts::default();
        assert_eq!((c.precision(), c.recall()), (1.0, 1.0));
    }
}
