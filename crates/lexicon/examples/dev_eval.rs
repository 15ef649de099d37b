//! Entity precision and recall of the lexicon matcher on annotated sentences:
//! `cargo run -p blocwatch-lexicon --release --example dev_eval -- [eval/dev] [-v]`.
//!
//! Each item's expected multiset of entity ids is compared with the ids found; `-v`
//! prints the items that differ. Only for the dev set: the held-out set is read by
//! the product's own scorer, never while tuning.

use std::collections::HashMap;
use std::path::PathBuf;

use blocwatch_lexicon::Lexicon;
use blocwatch_text::Lang;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .map_or(root.join("eval/dev"), PathBuf::from);
    if dir.to_string_lossy().contains("heldout") {
        eprintln!("dev_eval reads the dev set only");
        std::process::exit(2);
    }
    let lex = Lexicon::embedded();
    let mut total = (0usize, 0usize, 0usize);
    for lang in Lang::ALL {
        // Every `<lang>.jsonl` and `<lang>_*.jsonl` of the directory.
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                let code = lang.code();
                name == format!("{code}.jsonl")
                    || (name.starts_with(&format!("{code}_")) && name.ends_with(".jsonl"))
            })
            .collect();
        files.sort();
        let (mut tp, mut found, mut expected) = (0usize, 0usize, 0usize);
        let lines: Vec<(PathBuf, usize, String)> = files
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok().map(|t| (p.clone(), t)))
            .flat_map(|(p, t)| {
                t.lines()
                    .enumerate()
                    .map(|(i, l)| (p.clone(), i, l.to_owned()))
                    .collect::<Vec<_>>()
            })
            .collect();
        for (path, no, line) in &lines {
            let (no, line) = (*no, line.as_str());
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    eprintln!("{}:{}: {e}", path.display(), no + 1);
                    continue;
                }
            };
            let item_text = v["text"].as_str().unwrap_or_default();
            let mut want: HashMap<String, i32> = HashMap::new();
            for m in v["mentions"].as_array().into_iter().flatten() {
                if let Some(id) = m["entity"].as_str() {
                    *want.entry(id.to_owned()).or_default() += 1;
                }
            }
            let ms = lex.find(item_text, lang);
            let mut got: HashMap<String, i32> = HashMap::new();
            for m in &ms {
                *got.entry(lex.entity(m.entity).id.clone()).or_default() += 1;
            }
            let n_got: i32 = got.values().sum();
            let n_want: i32 = want.values().sum();
            let hit: i32 = want
                .iter()
                .map(|(k, &w)| w.min(*got.get(k).unwrap_or(&0)))
                .sum();
            tp += hit as usize;
            found += n_got as usize;
            expected += n_want as usize;
            if verbose && (hit != n_got || hit != n_want) {
                let id = v["id"].as_str().unwrap_or("?");
                let mut missing: Vec<String> = Vec::new();
                for (k, &w) in &want {
                    for _ in 0..(w - got.get(k).copied().unwrap_or(0)).max(0) {
                        missing.push(k.clone());
                    }
                }
                let mut extra: Vec<String> = Vec::new();
                for m in &ms {
                    let id = &lex.entity(m.entity).id;
                    if got[id] > *want.get(id).unwrap_or(&0) {
                        extra.push(format!("{id}={:?}", &item_text[m.start..m.end]));
                    }
                }
                extra.sort();
                extra.dedup();
                println!("{id}: missing {missing:?} extra {extra:?}\n    {item_text}");
            }
        }
        let p = if found == 0 {
            1.0
        } else {
            tp as f64 / found as f64
        };
        let r = if expected == 0 {
            1.0
        } else {
            tp as f64 / expected as f64
        };
        println!(
            "{}: precision {p:.3} recall {r:.3} (tp {tp}, found {found}, expected {expected})",
            lang.code()
        );
        total.0 += tp;
        total.1 += found;
        total.2 += expected;
    }
    let (tp, found, expected) = total;
    if expected > 0 {
        println!(
            "all: precision {:.3} recall {:.3}",
            tp as f64 / found.max(1) as f64,
            tp as f64 / expected as f64
        );
    }
}
