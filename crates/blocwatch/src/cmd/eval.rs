//! `blocwatch eval`: precision and recall of the pipeline on an annotated set.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use blocwatch_extract::eval::{evaluate, Counts, Evaluation, GoldItem};

use crate::out::{json_line, Table};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A directory of `*.jsonl` annotated items (eval/dev, eval/heldout) or one such file.
    path: PathBuf,
    /// Print every item with a miss or a spurious find (for tuning on the dev set only).
    #[arg(long)]
    misses: bool,
    #[arg(long)]
    json: bool,
    #[arg(long)]
    data_dir: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let items = load(&args.path)?;
    let extractor = super::extractor(args.data_dir.as_deref())?;
    let eval = evaluate(&extractor, &items);
    let mut w = std::io::stdout().lock();
    if args.json {
        json_line(&mut w, &eval, true)?;
    } else {
        print(&mut w, &eval)?;
        if args.misses {
            for item in &eval.items {
                use std::io::Write;
                writeln!(
                    w,
                    "{}: missed {:?} spurious {:?}",
                    item.id, item.missed, item.spurious
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn load(path: &Path) -> anyhow::Result<Vec<GoldItem>> {
    let mut files = Vec::new();
    if path.is_dir() {
        for entry in fs::read_dir(path).with_context(|| format!("reading {}", path.display()))? {
            let p = entry?.path();
            if p.extension().is_some_and(|e| e == "jsonl") {
                files.push(p);
            }
        }
        files.sort();
    } else {
        files.push(path.to_path_buf());
    }
    let mut items = Vec::new();
    for file in files {
        let text =
            fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let item: GoldItem = serde_json::from_str(line)
                .with_context(|| format!("{}:{}: not an annotated item", file.display(), n + 1))?;
            items.push(item);
        }
    }
    Ok(items)
}

fn print<W: std::io::Write>(w: &mut W, eval: &Evaluation) -> std::io::Result<()> {
    let mut t = Table::new([
        "lang",
        "items",
        "dimension",
        "tp",
        "fp",
        "fn",
        "precision",
        "recall",
        "F1",
    ]);
    let mut add = |lang: &str, items: usize, dim: &str, c: &Counts| {
        t.row([
            lang.to_string(),
            items.to_string(),
            dim.to_string(),
            c.tp.to_string(),
            c.fp.to_string(),
            c.fn_.to_string(),
            format!("{:.3}", c.precision()),
            format!("{:.3}", c.recall()),
            format!("{:.3}", c.f1()),
        ]);
    };
    for (lang, s) in eval
        .by_lang
        .iter()
        .map(|(l, s)| (l.as_str(), s))
        .chain([("all", &eval.total)])
    {
        add(lang, s.items, "mentions", &s.mentions);
        add(lang, s.items, "events", &s.events);
        add(lang, s.items, "memberships", &s.memberships);
        add(lang, s.items, "quantities", &s.quantities);
    }
    t.write(w)
}
