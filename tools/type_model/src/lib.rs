//! The trainer of the event coder's learned type model (`crates/extract/src/events/model.rs`).
//!
//! Examples come from the coder itself: every event it is about to emit on an annotated item, with its
//! features, labelled with the type of the gold event that has the same parties (the scorer's matching:
//! a symmetric gold event compares the union of parties), or `NONE` when the gold has no event with those
//! parties. The learner is a multiclass L2 logistic regression trained by SGD in a fixed order, so the
//! same examples give the same weights. Cross-validation holds out one retired held-out set (an author and a session) at a time.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::Path;
use std::rc::Rc;

use anyhow::{bail, Context};
use blocwatch_extract::eval::{evaluate, score_item, Counts, GoldItem};
use blocwatch_extract::{collect_examples, with_type_model, Extractor, TypeModel, CLASSES};

/// An annotated item and the file it came from (its stem: `en_h1`).
#[derive(Debug)]
pub struct Item {
    pub file: String,
    pub gold: GoldItem,
}

/// Reads every `*.jsonl` of `dir` (sorted by name), or one file.
pub fn load(path: &Path) -> anyhow::Result<Vec<Item>> {
    let mut files = Vec::new();
    if path.is_dir() {
        for e in fs::read_dir(path).with_context(|| format!("reading {}", path.display()))? {
            let p = e?.path();
            if p.extension().is_some_and(|x| x == "jsonl") {
                files.push(p);
            }
        }
        files.sort();
    } else {
        files.push(path.to_path_buf());
    }
    let mut out = Vec::new();
    for f in files {
        let stem = f
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let text = fs::read_to_string(&f).with_context(|| format!("reading {}", f.display()))?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let gold: GoldItem = serde_json::from_str(line)
                .with_context(|| format!("{}:{}: not an annotated item", f.display(), n + 1))?;
            out.push(Item {
                file: stem.clone(),
                gold,
            });
        }
    }
    if out.is_empty() {
        bail!("no annotated item in {}", path.display());
    }
    Ok(out)
}

/// One labelled event.
#[derive(Debug, Clone)]
pub struct Labelled {
    pub features: Vec<String>,
    pub label: usize,
    pub rule: usize,
}

fn class(name: &str) -> usize {
    CLASSES.iter().position(|c| *c == name).unwrap_or(16)
}

/// The coder's events on `items`, labelled from their gold.
pub fn examples(extractor: &Extractor, items: &[&Item]) -> Vec<Labelled> {
    let mut out = Vec::new();
    for it in items {
        out.extend(prepare(extractor, it).examples);
    }
    out
}

/// One item coded once by the rules: its labelled events, and the headline event counts of the rules'
/// output (what the item scores whenever a model leaves all its events alone).
#[derive(Debug, Clone)]
pub struct Prepared {
    pub examples: Vec<Labelled>,
    pub rules: Counts,
}

/// Codes `it` with the rules alone, recording its events with their features.
pub fn prepare(extractor: &Extractor, it: &Item) -> Prepared {
    let g = &it.gold;
    let (record, exs) = collect_examples(|| extractor.extract(&g.input()));
    let rules = score_item(g, &record).0.events;
    let Some(gold) = &g.events else {
        return Prepared {
            examples: Vec::new(),
            rules,
        };
    };
    let examples = exs
        .into_iter()
        .map(|ex| {
            let src: BTreeSet<&str> = ex.source.iter().map(String::as_str).collect();
            let tgt: BTreeSet<&str> = ex.target.iter().map(String::as_str).collect();
            let all: BTreeSet<&str> = src.union(&tgt).copied().collect();
            // As the scorer's headline pairs them: an event that happened (asserted, not negated) is
            // right only against a gold event that happened; a gold event with no target compares its
            // parties as one set.
            let happened = !ex.negated && ex.modality == "asserted";
            let types: Vec<&str> = gold
                .iter()
                .filter(|e| {
                    let gold_happened = !e.negated.unwrap_or(false)
                        && e.modality.as_deref().unwrap_or("asserted") == "asserted";
                    if happened && !gold_happened {
                        return false;
                    }
                    let gs: BTreeSet<&str> = e.source.iter().map(String::as_str).collect();
                    let gt: BTreeSet<&str> = e.target.iter().map(String::as_str).collect();
                    if e.symmetric || gt.is_empty() {
                        gs.union(&gt).copied().collect::<BTreeSet<_>>() == all
                    } else {
                        gs == src && gt == tgt
                    }
                })
                .map(|e| e.kind.as_str())
                .collect();
            let label = if types.contains(&ex.rule_type) {
                ex.rule_type
            } else {
                types.iter().min().copied().unwrap_or("NONE")
            };
            Labelled {
                features: ex.features,
                label: class(label),
                rule: class(ex.rule_type),
            }
        })
        .collect();
    Prepared { examples, rules }
}

/// The headline event counts of `it` with `model`: the rules' counts when the model keeps every event
/// the rules coded (then the coder's output is the rules', event for event), else the item coded again.
pub fn score_with(
    extractor: &Extractor,
    it: &Item,
    prepared: &Prepared,
    model: &Rc<TypeModel>,
) -> Counts {
    let acts = prepared
        .examples
        .iter()
        .any(|e| model.judge(&e.features, CLASSES[e.rule]).is_some());
    if !acts {
        return prepared.rules;
    }
    let record = with_type_model(Some(model.clone()), || extractor.extract(&it.gold.input()));
    score_item(&it.gold, &record).0.events
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub epochs: usize,
    pub rate: f32,
    pub l2: f32,
    /// Feature families left out (by prefix, e.g. `cw=`): an ablation knob.
    pub exclude: Vec<String>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            epochs: 20,
            rate: 0.2,
            l2: 1e-4,
            exclude: Vec::new(),
        }
    }
}

/// Weights below this are not written.
const KEEP: f32 = 0.005;

/// Multiclass L2 logistic regression by SGD over the examples in a fixed pseudo-random order (seeded):
/// rows (feature, class, weight), rounded to 4 decimals, sorted.
pub fn train(examples: &[Labelled], s: &Settings) -> Vec<(String, usize, f32)> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut names: Vec<&str> = Vec::new();
    let encoded: Vec<Vec<usize>> = examples
        .iter()
        .map(|e| {
            e.features
                .iter()
                .filter(|f| !s.exclude.iter().any(|x| f.starts_with(x.as_str())))
                .map(|f| {
                    *index.entry(f.as_str()).or_insert_with(|| {
                        names.push(f.as_str());
                        names.len() - 1
                    })
                })
                .collect()
        })
        .collect();
    let mut w = vec![[0.0f32; 17]; names.len()];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed: u64 = 0x5eed_1234_abcd_0001;
    for epoch in 0..s.epochs {
        // Fisher-Yates with a fixed LCG: the same order on every run.
        for k in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let j = ((seed >> 33) as usize) % (k + 1);
            order.swap(k, j);
        }
        let rate = s.rate / (1.0 + epoch as f32 * 0.5);
        for &e in &order {
            let feats = &encoded[e];
            let mut z = [0.0f32; 17];
            for &f in feats {
                for (zk, wk) in z.iter_mut().zip(&w[f]) {
                    *zk += wk;
                }
            }
            let max = z.iter().copied().fold(f32::MIN, f32::max);
            let mut sum = 0.0;
            for zk in z.iter_mut() {
                *zk = (*zk - max).exp();
                sum += *zk;
            }
            let y = examples[e].label;
            for f in feats {
                let row = &mut w[*f];
                for k in 0..17 {
                    let g = z[k] / sum - if k == y { 1.0 } else { 0.0 };
                    row[k] -= rate * (g + s.l2 * row[k]);
                }
            }
        }
    }
    let mut rows = Vec::new();
    for (fi, name) in names.iter().enumerate() {
        for (k, &x) in w[fi].iter().enumerate() {
            if x.abs() >= KEEP {
                rows.push((name.to_string(), k, (x * 1e4).round() / 1e4));
            }
        }
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    rows
}

/// The model file's text.
pub fn model_text(header: &str, rows: &[(String, usize, f32)], retype: f32, drop: f32) -> String {
    let mut out = String::new();
    for line in header.lines() {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
    blocwatch_extract::write_rows(&mut out, retype, drop, rows);
    out
}

/// The model of `rows` with these margins, read back from its text (so that evaluation sees exactly
/// what a file would hold).
pub fn model(rows: &[(String, usize, f32)], retype: f32, drop: f32) -> anyhow::Result<TypeModel> {
    Ok(TypeModel::parse(&model_text("", rows, retype, drop))?)
}

/// The cross-validation group of a dev file: each retired held-out set `*_hN` (one author and session,
/// three languages) is a group of its own, named `hN`; every other dev file (the coders' own `*_N`,
/// `*_mN` and the first files) is `rest`.
pub fn group(file: &str) -> String {
    match file.rsplit_once("_h") {
        Some((_, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => format!("h{n}"),
        _ => "rest".to_string(),
    }
}

/// The groups of `items`, the held-out sets in their number's order, then `rest`.
pub fn groups(items: &[Item]) -> Vec<String> {
    let mut gs: Vec<String> = items.iter().map(|i| group(&i.file)).collect();
    gs.sort_by_key(|g| (g == "rest", g[1..].parse::<u32>().unwrap_or(0)));
    gs.dedup();
    gs
}

/// Headline event counts per language of `items` with `model` (or none).
pub fn score(
    extractor: &Extractor,
    items: &[GoldItem],
    model: Option<Rc<TypeModel>>,
) -> BTreeMap<String, Counts> {
    let ev = with_type_model(model, || evaluate(extractor, items));
    ev.by_lang.into_iter().map(|(l, s)| (l, s.events)).collect()
}
