//! `blocwatch extract`: documents in, one JSON record per document out.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use blocwatch_extract::{plover_events, Extractor, Record, Stages};
use blocwatch_input::{read_inputs, Document, InputOptions};
use rayon::prelude::*;

use crate::out::{json_line, Table};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, directories (recursive) and JSONL/HTML/RSS/Atom/WARC files; `-` reads standard input.
    #[arg(default_value = "-")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Indented JSON, for humans.
    #[arg(long)]
    pretty: bool,
    /// Treat every document as written in this language (ar, en, ru) instead of detecting it.
    #[arg(long)]
    lang: Option<String>,
    /// The date of documents that carry none (YYYY-MM-DD); relative dates in the text resolve against it.
    #[arg(long)]
    date: Option<String>,
    /// Load the lexicon from this data directory instead of the one compiled in.
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Which stages fill the record: `all`, or `entities` for mentions and entities only (no sentence
    /// stages; `events`, `memberships` and `quantities` stay empty).
    #[arg(long, value_enum, default_value_t = StagesArg::All)]
    stages: StagesArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StagesArg {
    /// Mentions, entities, events, memberships and amounts.
    All,
    /// Mentions and entities only.
    Entities,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// JSON Lines, one record per document.
    Json,
    /// A readable table of each document's entities.
    Table,
    /// One PLOVER JSON record per event that the text asserts happened.
    Plover,
    /// PLOVER records with the CAMEO code, root code, quad class and Goldstein score beside them.
    Cameo,
}

/// How many documents are extracted in parallel before their records are written, in input order.
const BATCH: usize = 256;

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stages = match args.stages {
        StagesArg::All => Stages::All,
        StagesArg::Entities => Stages::Entities,
    };
    if stages == Stages::Entities && matches!(args.format, Format::Plover | Format::Cameo) {
        anyhow::bail!("--format plover/cameo writes events, which --stages entities does not code");
    }
    // The sentence stages' tables are built on another core while the lexicon is (on one core, one after
    // the other, as the first sentence would have built them).
    let (extractor, ()) = rayon::join(
        || super::extractor(args.data_dir.as_deref()),
        || {
            if stages == Stages::All {
                Extractor::build_stage_tables();
            }
        },
    );
    let extractor = extractor?.with_stages(stages);
    let stdout = io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
    let mut inputs = read_inputs(&args.paths, &InputOptions::default());
    loop {
        batch.clear();
        for item in inputs.by_ref() {
            match item {
                Ok(doc) => batch.push(doc),
                Err(err) => {
                    failed += 1;
                    eprintln!("blocwatch: {err}");
                }
            }
            if batch.len() == BATCH {
                break;
            }
        }
        for warning in inputs.take_warnings() {
            eprintln!("blocwatch: warning: {warning}");
        }
        if batch.is_empty() {
            break;
        }
        // Each document's output is written out in the worker that extracted it (the record is dropped
        // there too); only the bytes are written here, in input order.
        let outputs: Vec<anyhow::Result<Vec<u8>>> = batch
            .par_iter()
            .map(|doc| {
                let record = extract_one(&extractor, doc, &args);
                let mut out = Vec::with_capacity(4 * doc.text.len() + 1024);
                write_record(&mut out, &record, &args)?;
                Ok(out)
            })
            .collect();
        for out in outputs {
            w.write_all(&out?)?;
        }
    }
    w.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn extract_one(extractor: &Extractor, doc: &Document, args: &Args) -> Record {
    super::extract_doc(extractor, doc, args.lang.as_deref(), args.date.as_deref())
}

fn write_record<W: Write>(w: &mut W, record: &Record, args: &Args) -> anyhow::Result<()> {
    match args.format {
        Format::Json => json_line(w, record, args.pretty),
        Format::Plover | Format::Cameo => {
            for event in plover_events(record, args.format == Format::Cameo) {
                json_line(w, &event, args.pretty)?;
            }
            Ok(())
        }
        Format::Table => {
            let d = &record.doc;
            writeln!(
                w,
                "{}  [{}]  {} chars  {}",
                d.source,
                d.lang.as_deref().unwrap_or("?"),
                d.chars,
                d.title.as_deref().unwrap_or("")
            )?;
            let mut t = Table::new(["entity", "kind", "name", "mentions", "as written"]);
            for e in &record.entities {
                let mut forms: Vec<&str> = record
                    .mentions
                    .iter()
                    .filter(|m| m.entity == e.id)
                    .map(|m| m.text.as_str())
                    .collect();
                forms.sort_unstable();
                forms.dedup();
                t.row([
                    e.id.clone(),
                    e.kind.clone(),
                    e.name.clone(),
                    e.mentions.to_string(),
                    forms.join(" | "),
                ]);
            }
            t.write(w)?;
            writeln!(w)?;
            Ok(())
        }
    }
}
