//! `blocwatch eval`: precision and recall of the pipeline on an annotated set, attribute accuracies, and
//! for the dev set the per-tag view and the list of failures. Exit code 0 whenever scoring worked: the
//! numbers are a measurement, not an assertion.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use blocwatch_extract::eval::{evaluate, Accuracy, Counts, Evaluation, GoldItem, Scores};

use crate::out::{json_line, Table};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A directory of `*.jsonl` annotated items (eval/dev, eval/heldout) or one such file.
    path: PathBuf,
    /// Also print precision/recall per tag (clitic, case_form, negation…): which hard case fails.
    #[arg(long)]
    by_tag: bool,
    /// Print every item's misses, false finds and wrong attributes, expected beside found (dev sets only:
    /// refused on a path that contains `heldout`).
    #[arg(long, alias = "misses")]
    failures: bool,
    /// Score only the items carrying this tag (e.g. `--tag clitic --failures` to work on one hard case).
    #[arg(long)]
    tag: Option<String>,
    /// Print the whole report as JSON (per-item failures left out for a held-out set).
    #[arg(long)]
    json: bool,
    /// Load the lexicon from this data directory instead of the compiled-in one.
    #[arg(long)]
    data_dir: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let heldout = is_heldout(&args.path);
    if heldout && args.failures {
        bail!(
            "--failures prints items, and {} is a held-out set: only its totals may be seen \
             (tune on eval/dev)",
            args.path.display()
        );
    }
    let mut items = load(&args.path)?;
    if let Some(tag) = &args.tag {
        items.retain(|i| i.tags.contains(tag));
        if items.is_empty() {
            bail!("no item in {} carries the tag {tag:?}", args.path.display());
        }
    }
    let extractor = super::extractor(args.data_dir.as_deref())?;
    let mut eval = evaluate(&extractor, &items);
    if heldout {
        // Nobody reads held-out items, not even through the JSON report.
        eval.items.clear();
    }
    let mut w = std::io::stdout().lock();
    if args.json {
        json_line(&mut w, &eval, true)?;
        return Ok(ExitCode::SUCCESS);
    }
    print_dimensions(&mut w, &eval)?;
    writeln!(w)?;
    print_attributes(&mut w, &eval)?;
    writeln!(w)?;
    print_event_errors(&mut w, &eval)?;
    if args.by_tag {
        writeln!(w)?;
        print_tags(&mut w, &eval)?;
    }
    if args.failures {
        writeln!(w)?;
        print_failures(&mut w, &eval)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A held-out set by name (any case), also when reached through a symlink.
fn is_heldout(path: &Path) -> bool {
    let named = |p: &Path| p.to_string_lossy().to_lowercase().contains("heldout");
    named(path) || fs::canonicalize(path).is_ok_and(|p| named(&p))
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
            let problems = item.problems();
            if !problems.is_empty() {
                bail!(
                    "{}:{}: item {}: {}",
                    file.display(),
                    n + 1,
                    item.id,
                    problems.join("; ")
                );
            }
            items.push(item);
        }
    }
    if items.is_empty() {
        bail!("no annotated items in {}", path.display());
    }
    Ok(items)
}

/// Per language and in all: every dimension's counts, precision, recall and F1.
fn print_dimensions<W: Write>(w: &mut W, eval: &Evaluation) -> std::io::Result<()> {
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
    for (lang, s) in languages(eval) {
        for (dim, c) in s.dimensions() {
            t.row([
                lang.to_string(),
                s.items.to_string(),
                dim.to_string(),
                c.tp.to_string(),
                c.fp.to_string(),
                c.fn_.to_string(),
                format!("{:.3}", c.precision()),
                format!("{:.3}", c.recall()),
                format!("{:.3}", c.f1()),
            ]);
        }
    }
    t.write(w)
}

/// Attribute accuracy of matched pairs, one column per language.
fn print_attributes<W: Write>(w: &mut W, eval: &Evaluation) -> std::io::Result<()> {
    per_language(w, eval, "attribute (matched pairs)", |s| {
        s.attributes
            .named()
            .map(|(name, a)| (name, accuracy(&a)))
            .to_vec()
    })
}

/// Why headline events were missed or falsely found, one column per language: counts only, so it is shown
/// for held-out sets too.
fn print_event_errors<W: Write>(w: &mut W, eval: &Evaluation) -> std::io::Result<()> {
    per_language(w, eval, "event errors (headline)", |s| {
        s.event_errors
            .named()
            .map(|(name, n)| (name, n.to_string()))
            .to_vec()
    })
}

/// A table with one row per named cell of `cells` and one column per language (then all).
fn per_language<W: Write>(
    w: &mut W,
    eval: &Evaluation,
    title: &str,
    cells: impl Fn(&Scores) -> Vec<(&'static str, String)>,
) -> std::io::Result<()> {
    let langs: Vec<(&str, Vec<(&'static str, String)>)> =
        languages(eval).map(|(l, s)| (l, cells(s))).collect();
    let mut header = vec![title.to_string()];
    header.extend(langs.iter().map(|(l, _)| l.to_string()));
    let mut t = Table::new(header);
    for (i, (name, _)) in cells(&eval.total).iter().enumerate() {
        let mut row = vec![name.to_string()];
        row.extend(langs.iter().map(|(_, c)| c[i].1.clone()));
        t.row(row);
    }
    t.write(w)
}

/// Precision/recall of every dimension per tag, most frequent tags first.
fn print_tags<W: Write>(w: &mut W, eval: &Evaluation) -> std::io::Result<()> {
    writeln!(
        w,
        "per tag: precision/recall (\"-\" where the tag's items have nothing of that dimension); \
         dates = right/scored"
    )?;
    let mut header = vec!["tag".to_string(), "items".to_string()];
    header.extend(
        eval.total
            .dimensions()
            .iter()
            .map(|(d, _)| short(d).to_string()),
    );
    header.push("dates".to_string());
    let mut t = Table::new(header);
    let mut tags: Vec<(&String, &Scores)> = eval.by_tag.iter().collect();
    tags.sort_by(|a, b| b.1.items.cmp(&a.1.items).then(a.0.cmp(b.0)));
    for (tag, s) in tags {
        let mut row = vec![tag.clone(), s.items.to_string()];
        row.extend(s.dimensions().iter().map(|(_, c)| precision_recall(c)));
        row.push(accuracy(&s.attributes.dates()));
        t.row(row);
    }
    t.write(w)
}

fn print_failures<W: Write>(w: &mut W, eval: &Evaluation) -> std::io::Result<()> {
    let total: usize = eval.items.iter().map(|i| i.failures.len()).sum();
    writeln!(
        w,
        "failures: {total} in {} items (expected \"-\" = false find, got \"-\" = miss)",
        eval.items.len()
    )?;
    let mut t = Table::new(["id", "dimension", "of", "expected", "got"]);
    let or_dash = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".to_string());
    for item in &eval.items {
        for f in &item.failures {
            t.row([
                item.id.clone(),
                f.dimension.to_string(),
                or_dash(&f.of),
                or_dash(&f.expected),
                or_dash(&f.got),
            ]);
        }
    }
    t.write(w)
}

fn languages(eval: &Evaluation) -> impl Iterator<Item = (&str, &Scores)> {
    eval.by_lang
        .iter()
        .map(|(l, s)| (l.as_str(), s))
        .chain([("all", &eval.total)])
}

fn short(dimension: &str) -> &str {
    match dimension {
        "events (all modalities)" => "events (all)",
        d => d,
    }
}

fn precision_recall(c: &Counts) -> String {
    if c.is_empty() {
        "-".to_string()
    } else {
        format!("{:.2}/{:.2}", c.precision(), c.recall())
    }
}

fn accuracy(a: &Accuracy) -> String {
    if a.scored == 0 {
        "-".to_string()
    } else {
        format!("{}/{} {:.3}", a.right, a.scored, a.accuracy())
    }
}
