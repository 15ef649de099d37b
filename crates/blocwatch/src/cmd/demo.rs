//! `blocwatch demo`: the main job. Builds a knowledge base from the reference data and the bundled sample
//! corpus, then answers the headline questions with their evidence.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use blocwatch_analysis::{
    assess, bloc_at, dyad, prospects, search, DyadOptions, Period, ProspectOptions,
};
use blocwatch_extract::{Extractor, Input};
use blocwatch_input::{read_inputs, InputOptions};
use blocwatch_store::{IngestStats, PreparedDoc, SqliteStore};
use rayon::prelude::*;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The sample corpus to read (default: the bundled examples/news).
    #[arg(long)]
    corpus: Option<PathBuf>,
    /// Where to build the store (default: a new file in the temporary directory). An existing store is
    /// reused: documents already in it are skipped.
    #[arg(long)]
    db: Option<PathBuf>,
    /// Print the answers and exit, instead of then serving the page on the demo store.
    #[arg(long)]
    no_serve: bool,
    /// Where the page is served after the answers (loopback by default).
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: String,
}

/// The bundled corpus: `examples/news` under the working directory, else the one next to the sources.
pub fn default_corpus() -> PathBuf {
    let here = PathBuf::from("examples/news");
    if here.is_dir() {
        here
    } else {
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/news"))
    }
}

/// A fresh store path in the temporary directory (any old file of this process's name removed).
pub fn temp_store_path() -> PathBuf {
    let p = std::env::temp_dir().join(format!("blocwatch-demo-{}.sqlite", std::process::id()));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", p.display()));
    }
    p
}

/// Opens (creating) the store at `db` and ingests every document of `corpus` into it.
pub fn build_store(db: &Path, corpus: &Path) -> anyhow::Result<(SqliteStore, IngestStats)> {
    let store =
        SqliteStore::open(db).with_context(|| format!("creating the store {}", db.display()))?;
    let mut docs = Vec::new();
    for item in read_inputs(&[corpus.to_path_buf()], &InputOptions::default()) {
        docs.push(item.with_context(|| format!("reading the sample corpus {}", corpus.display()))?);
    }
    anyhow::ensure!(!docs.is_empty(), "no documents in {}", corpus.display());
    let extractor = Extractor::embedded();
    let prepared: Vec<PreparedDoc> = docs
        .into_par_iter()
        .map(|d| {
            let record = extractor.extract(&Input::from(&d));
            PreparedDoc::new(record, d.text)
        })
        .collect();
    let stats = store
        .ingest_prepared(&prepared)
        .context("storing the sample corpus")?;
    Ok((store, stats))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let corpus = args.corpus.clone().unwrap_or_else(default_corpus);
    let db = args.db.clone().unwrap_or_else(temp_store_path);
    let (store, stats) = build_store(&db, &corpus)?;
    let mut w = std::io::stdout().lock();
    writeln!(
        w,
        "blocwatch demo: {} documents from {} ({} new, {} already stored): {} events, {} membership claims, {} amounts",
        stats.new + stats.duplicate,
        corpus.display(),
        stats.new,
        stats.duplicate,
        stats.events,
        stats.memberships,
        stats.quantities
    )?;
    writeln!(
        w,
        "store: {} (built in {:.2} s)",
        db.display(),
        started.elapsed().as_secs_f64()
    )?;
    answers(&mut w, &store)?;
    writeln!(
        w,
        "\nAsk more with `blocwatch bloc|country|dyad|prospects|assess|search … --db {}`",
        db.display()
    )?;
    if args.no_serve {
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        w,
        "\nThe same answers, and the evidence behind them, on a page:"
    )?;
    drop(w);
    super::serve::serve(
        std::sync::Arc::new(store),
        &args.addr,
        None,
        "the demo knowledge base",
        true,
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The headline questions, answered from `store`.
pub fn answers(w: &mut dyn Write, store: &SqliteStore) -> anyhow::Result<()> {
    writeln!(
        w,
        "\n\n### Who was in the SCO on 2016-01-01, and at the end of 2024?"
    )?;
    super::bloc::write(w, &bloc_at(store, "SCO", Some("2016-01-01"))?, 3)?;
    super::bloc::write(w, &bloc_at(store, "SCO", Some("2024-12-31"))?, 3)?;
    writeln!(w, "\n\n### Who is in BRICS today?")?;
    super::bloc::write(w, &bloc_at(store, "BRICS", None)?, 5)?;
    writeln!(
        w,
        "\n\n### What countries could Russia join an alliance with?"
    )?;
    let opts = ProspectOptions {
        top: 10,
        ..ProspectOptions::default()
    };
    super::prospects::write(w, &prospects(store, "RUS", &opts)?, 2)?;
    writeln!(
        w,
        "\n\n### How realistic is a Russia–Kazakhstan–Uzbekistan gas union?"
    )?;
    let members = ["RUS".to_string(), "KAZ".to_string(), "UZB".to_string()];
    super::assess::write(w, &assess(store, &members, &opts)?)?;
    writeln!(w, "\n\n### How have Russia and China got on, year by year?")?;
    let d = DyadOptions {
        by: Period::Year,
        evidence_per_period: 2,
        ..DyadOptions::default()
    };
    super::dyad::write(w, &dyad(store, "RUS", "CHN", &d)?)?;
    writeln!(
        w,
        "\n\n### What does the news say about SWIFT, in every language?"
    )?;
    let hits = search(store, "SWIFT", None, 6, 0)?;
    super::search::write(w, "SWIFT", &hits)?;
    Ok(())
}
