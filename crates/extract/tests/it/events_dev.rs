//! Event coding measured on the team's dev set (`eval/dev/*.jsonl`), scored as `eval/README.md` says: an
//! event counts when type, source set and target set match (symmetric events by the union of parties), and
//! only events that happened (not negated, asserted) are compared.
//!
//! The test guards against regressions with a floor well under today's scores; set
//! `BLOCWATCH_EVENTS_DEBUG=1` to print every item whose events differ, for the tuning loop.

use std::collections::BTreeMap;
use std::path::Path;

use blocwatch_extract::{EventRec, Extractor, Input};
use serde_json::Value;

fn key(kind: &str, source: &[String], target: &[String], symmetric: bool) -> String {
    let set = |v: &[String]| {
        let mut v = v.to_vec();
        v.sort();
        v.dedup();
        v.join("+")
    };
    if symmetric || target.is_empty() {
        let all: Vec<String> = source.iter().chain(target).cloned().collect();
        format!("{kind} {{{}}}", set(&all))
    } else {
        format!("{kind} {}>{}", set(source), set(target))
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn gold_events(item: &Value) -> Option<Vec<String>> {
    let events = item.get("events")?.as_array()?;
    Some(
        events
            .iter()
            .filter(|e| {
                !e["negated"].as_bool().unwrap_or(false)
                    && e["modality"].as_str().unwrap_or("asserted") == "asserted"
            })
            .map(|e| {
                key(
                    e["type"].as_str().unwrap_or(""),
                    &strings(&e["source"]),
                    &strings(&e["target"]),
                    e["symmetric"].as_bool().unwrap_or(false),
                )
            })
            .collect(),
    )
}

fn found_events(events: &[EventRec]) -> Vec<String> {
    events
        .iter()
        .filter(|e| !e.negated && e.modality == "asserted")
        .map(|e| key(&e.kind, &e.source, &e.target, false))
        .collect()
}

#[derive(Default, Debug)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn p(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn r(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

#[test]
fn dev_set_event_scores_stay_above_the_floor() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../eval/dev"));
    let debug = std::env::var_os("BLOCWATCH_EVENTS_DEBUG").is_some();
    let extractor = Extractor::embedded();
    let mut by_lang: BTreeMap<String, Counts> = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let item: Value = serde_json::from_str(line).expect("dev items are JSON");
            let lang = item["lang"].as_str().unwrap_or("").to_string();
            let c = by_lang.entry(lang.clone()).or_default();
            let Some(gold) = gold_events(&item) else {
                continue;
            };
            let rec = extractor.extract(&Input {
                id: item["id"].as_str(),
                text: item["text"].as_str().unwrap_or(""),
                lang: Some(&lang),
                date: item["date"].as_str(),
                ..Input::default()
            });
            let mut found = found_events(&rec.events);
            let mut missed = Vec::new();
            for g in gold {
                match found.iter().position(|f| *f == g) {
                    Some(i) => {
                        found.swap_remove(i);
                        c.tp += 1;
                    }
                    None => {
                        c.fn_ += 1;
                        missed.push(g);
                    }
                }
            }
            c.fp += found.len();
            if debug && (!missed.is_empty() || !found.is_empty()) {
                eprintln!("{} {}", item["id"], item["text"]);
                eprintln!("    missed   {missed:?}");
                eprintln!("    spurious {found:?}");
                for e in &rec.events {
                    eprintln!(
                        "    got {} {:?}>{:?} neg={} {} «{}»",
                        e.kind, e.source, e.target, e.negated, e.modality, e.trigger
                    );
                }
            }
        }
    }
    let mut all = Counts::default();
    for (lang, c) in &by_lang {
        eprintln!(
            "{lang}: events tp {} fp {} fn {}  P {:.3} R {:.3} F1 {:.3}",
            c.tp,
            c.fp,
            c.fn_,
            c.p(),
            c.r(),
            c.f1()
        );
        all.tp += c.tp;
        all.fp += c.fp;
        all.fn_ += c.fn_;
    }
    eprintln!("all: P {:.3} R {:.3} F1 {:.3}", all.p(), all.r(), all.f1());
    if all.tp + all.fn_ > 0 {
        assert!(all.f1() >= 0.7, "dev event F1 fell to {:.3}", all.f1());
    }
}
