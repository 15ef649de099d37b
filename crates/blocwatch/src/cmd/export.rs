//! `blocwatch export`: the store's events, memberships, entities or documents as CSV, JSON Lines, PLOVER
//! or Parquet.

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use blocwatch_store::{default_store_path, ExportFormat, ExportWhat, SqliteStore};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to export.
    #[arg(long, value_enum)]
    what: What,
    /// The output format (`plover` holds events only).
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// The store to read. Default: $BLOCWATCH_DB, else ./blocwatch.sqlite.
    #[arg(long)]
    db: Option<PathBuf>,
    /// Write here instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum What {
    Events,
    Memberships,
    Entities,
    Documents,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Csv,
    Jsonl,
    Plover,
    /// Apache Parquet (the CSV columns); needs `-o FILE` unless standard output is redirected.
    Parquet,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let db = args.db.clone().unwrap_or_else(default_store_path);
    // Exporting from a path that holds no store would silently create an empty one: refuse instead.
    anyhow::ensure!(db.exists(), "no store at {}", db.display());
    let store =
        SqliteStore::open(&db).with_context(|| format!("opening the store {}", db.display()))?;
    let what = match args.what {
        What::Events => ExportWhat::Events,
        What::Memberships => ExportWhat::Memberships,
        What::Entities => ExportWhat::Entities,
        What::Documents => ExportWhat::Documents,
    };
    let format = match args.format {
        Format::Csv => ExportFormat::Csv,
        Format::Jsonl => ExportFormat::Jsonl,
        Format::Plover => ExportFormat::Plover,
        Format::Parquet => ExportFormat::Parquet,
    };
    anyhow::ensure!(
        !(format == ExportFormat::Parquet
            && args.output.is_none()
            && std::io::stdout().is_terminal()),
        "Parquet is binary: give -o FILE or redirect standard output"
    );
    let rows = match &args.output {
        Some(path) => {
            let file =
                File::create(path).with_context(|| format!("creating {}", path.display()))?;
            let mut w = BufWriter::new(file);
            let n = store.export(what, format, &mut w)?;
            w.flush()
                .with_context(|| format!("writing {}", path.display()))?;
            n
        }
        None => {
            // `Stdout` (not its lock) because the Parquet writer needs a `Send` sink.
            let mut w = BufWriter::new(std::io::stdout());
            let n = store.export(what, format, &mut w)?;
            w.flush()?;
            n
        }
    };
    if let Some(path) = &args.output {
        eprintln!("blocwatch: {rows} rows written to {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
