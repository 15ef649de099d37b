//! `blocwatch ingest`: documents into the knowledge base.
//!
//! The main thread reads documents and extracts them in parallel on every core (rayon); one writer thread
//! stores each batch in its own transaction, so reading and extracting the next batch overlaps writing this
//! one, and a killed run loses at most the batch in flight.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

use anyhow::Context;
use blocwatch_extract::Extractor;
use blocwatch_input::{read_inputs, Document, InputOptions};
use blocwatch_store::{default_store_path, IngestStats, PreparedDoc, SqliteStore};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, directories (recursive) and JSONL/HTML/RSS/Atom/WARC(.gz) files; `-` reads standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The store to write (created if missing). Default: $BLOCWATCH_DB, else ./blocwatch.sqlite.
    #[arg(long)]
    db: Option<PathBuf>,
    /// Treat every document as written in this language (ar, en, ru) instead of detecting it.
    #[arg(long)]
    lang: Option<String>,
    /// The date of documents that carry none (YYYY-MM-DD); relative dates in the text resolve against it.
    #[arg(long)]
    date: Option<String>,
    /// Load the lexicon from this data directory instead of the one compiled in.
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Documents per transaction: the most a killed run can lose.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    batch: u32,
    /// Print the summary as one JSON object.
    #[arg(long)]
    json: bool,
}

/// The end-of-run summary.
#[derive(Debug, Serialize)]
struct Summary {
    db: String,
    #[serde(flatten)]
    stats: IngestStats,
    failed: usize,
    seconds: f64,
    docs_per_sec: f64,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let db = args.db.clone().unwrap_or_else(default_store_path);
    let store =
        SqliteStore::open(&db).with_context(|| format!("opening the store {}", db.display()))?;
    let extractor = super::extractor(args.data_dir.as_deref())?;
    let started = Instant::now();
    let progress = progress_bar();
    let batch_size = args.batch as usize;

    let (stats, failed) = std::thread::scope(|scope| -> anyhow::Result<(IngestStats, usize)> {
        // Two batches in the queue: enough to keep the writer busy, bounded so memory stays flat.
        let (tx, rx) = sync_channel::<Vec<PreparedDoc>>(2);
        let store = &store;
        let progress = &progress;
        let writer = scope.spawn(move || -> anyhow::Result<IngestStats> {
            let mut total = IngestStats::default();
            for batch in rx {
                total += store
                    .ingest_prepared(&batch)
                    .context("writing a batch to the store")?;
                progress.inc(batch.len() as u64);
            }
            Ok(total)
        });

        let mut failed = 0usize;
        let mut skipped = 0usize;
        let mut inputs = read_inputs(&args.paths, &InputOptions::default());
        let mut docs: Vec<Document> = Vec::with_capacity(batch_size);
        loop {
            for item in inputs.by_ref() {
                match item {
                    Ok(doc) => docs.push(doc),
                    Err(err) => {
                        failed += 1;
                        progress.suspend(|| eprintln!("blocwatch: skipped: {err}"));
                    }
                }
                if docs.len() == batch_size {
                    break;
                }
            }
            for warning in inputs.take_warnings() {
                progress.suspend(|| eprintln!("blocwatch: warning: {warning}"));
            }
            // Only an exhausted input leaves the batch empty here (known ids are dropped below).
            if docs.is_empty() {
                break;
            }
            // Documents already stored (an earlier, interrupted run) are counted, not extracted again.
            let known = store.contains_ids(&docs.iter().map(|d| &d.id).collect::<Vec<_>>())?;
            let before = docs.len();
            let mut flags = known.into_iter();
            docs.retain(|_| !flags.next().unwrap_or(false));
            skipped += before - docs.len();
            progress.inc((before - docs.len()) as u64);
            let prepared: Vec<PreparedDoc> = std::mem::take(&mut docs)
                .into_par_iter()
                .map(|doc| {
                    let record = extract_one(&extractor, &doc, &args);
                    PreparedDoc::new(record, doc.text)
                })
                .collect();
            if !prepared.is_empty() && tx.send(prepared).is_err() {
                // The writer stopped on an error; it is reported below.
                break;
            }
        }
        drop(tx);
        let mut stats = writer
            .join()
            .map_err(|_| anyhow::anyhow!("the store writer thread panicked"))??;
        stats.duplicate += skipped;
        Ok((stats, failed))
    })?;
    progress.finish_and_clear();

    let seconds = started.elapsed().as_secs_f64();
    let summary = Summary {
        db: db.display().to_string(),
        stats,
        failed,
        seconds,
        docs_per_sec: (stats.new + stats.duplicate) as f64 / seconds.max(1e-9),
    };
    let mut out = std::io::stdout().lock();
    if args.json {
        crate::out::json_line(&mut out, &summary, false)?;
    } else {
        write_summary(&mut out, &summary)?;
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn extract_one(extractor: &Extractor, doc: &Document, args: &Args) -> blocwatch_extract::Record {
    super::extract_doc(extractor, doc, args.lang.as_deref(), args.date.as_deref())
}

/// A live counter on a terminal; nothing when stderr is a file or a pipe (logs stay clean).
fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {human_pos} documents stored ({per_sec}, {elapsed})",
        )
        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

fn write_summary<W: Write>(w: &mut W, s: &Summary) -> std::io::Result<()> {
    let st = &s.stats;
    writeln!(
        w,
        "documents   {} new, {} duplicate, {} failed",
        st.new, st.duplicate, s.failed
    )?;
    writeln!(
        w,
        "found       {} events, {} membership claims, {} amounts, {} mentions in {} sentences",
        st.events, st.memberships, st.quantities, st.mentions, st.sentences
    )?;
    writeln!(
        w,
        "store       {} ({:.2} s, {:.0} documents/s)",
        s.db, s.seconds, s.docs_per_sec
    )
}
