//! What the question commands (`bloc`, `country`, `dyad`, `prospects`, `assess`, `search`) share: the
//! `--db`/`--json` options, opening the store, and printing evidence.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use blocwatch_analysis::Weights;
use blocwatch_store::{default_store_path, Evidence, SqliteStore};
use serde::Serialize;

/// Options every question takes.
#[derive(Debug, Clone, clap::Args)]
pub struct Common {
    /// The store to read. Default: $BLOCWATCH_DB, else ./blocwatch.sqlite. When it does not exist the
    /// answer comes from the reference data alone (nothing is created).
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Print the answer as one JSON object.
    #[arg(long)]
    pub json: bool,
}

impl Common {
    /// Opens the store, or a reference-only in-memory store when the file does not exist.
    pub fn open(&self) -> anyhow::Result<SqliteStore> {
        let db = self.db.clone().unwrap_or_else(default_store_path);
        open_store(&db)
    }
}

pub fn open_store(db: &Path) -> anyhow::Result<SqliteStore> {
    if db.exists() {
        SqliteStore::open(db).with_context(|| format!("opening the store {}", db.display()))
    } else {
        eprintln!(
            "blocwatch: no store at {}; answering from the reference data only (`blocwatch ingest` builds one)",
            db.display()
        );
        SqliteStore::open_in_memory().context("loading the reference data")
    }
}

/// The weights compiled in, or those of `--weights PATH`.
pub fn weights(path: Option<&Path>) -> anyhow::Result<Weights> {
    match path {
        None => Ok(Weights::embedded()),
        Some(p) => Ok(Weights::from_path(p)?),
    }
}

/// Writes the answer: pretty JSON with `--json`, else the table printer.
pub fn answer<T: Serialize>(
    json: bool,
    value: &T,
    table: impl FnOnce(&mut dyn Write, &T) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    if json {
        crate::out::json_line(&mut out, value, true)?;
    } else {
        table(&mut out, value)?;
    }
    out.flush()?;
    Ok(())
}

/// One evidence sentence, indented, in its original language, with where it comes from.
pub fn evidence(w: &mut dyn Write, indent: &str, e: &Evidence) -> std::io::Result<()> {
    let text: String = e.text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut origin = vec![e.doc_id.clone()];
    if let Some(d) = &e.doc_date {
        origin.push(d.clone());
    }
    if let Some(l) = &e.lang {
        origin.push(l.clone());
    }
    writeln!(w, "{indent}«{text}»")?;
    writeln!(
        w,
        "{indent}  — {} [{}..{}]",
        origin.join(", "),
        e.sentence[0],
        e.sentence[1]
    )
}

/// A score with its sign, two decimals.
pub fn signed(v: f64) -> String {
    format!("{v:+.2}")
}

pub fn heading(w: &mut dyn Write, text: &str) -> std::io::Result<()> {
    writeln!(w, "\n{text}")?;
    writeln!(w, "{}", "=".repeat(text.chars().count()))
}
