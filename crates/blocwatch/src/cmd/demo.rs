//! `blocwatch demo`: the main job on the bundled sample corpus.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use blocwatch_extract::{Extractor, Input, Record};
use blocwatch_input::{read_inputs, InputOptions};
use rayon::prelude::*;

use crate::out::Table;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The sample corpus to read.
    #[arg(long, default_value = "examples/news")]
    corpus: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let extractor = Extractor::embedded();
    let mut docs = Vec::new();
    for item in read_inputs(std::slice::from_ref(&args.corpus), &InputOptions::default()) {
        docs.push(
            item.with_context(|| {
                format!("reading the sample corpus in {}", args.corpus.display())
            })?,
        );
    }
    anyhow::ensure!(
        !docs.is_empty(),
        "no documents in {}",
        args.corpus.display()
    );
    let records: Vec<Record> = docs
        .par_iter()
        .map(|d| {
            extractor.extract(&Input {
                id: Some(&d.id),
                source: &d.source,
                text: &d.text,
                lang: d.lang.as_deref(),
                date: d.date.as_deref(),
                title: d.title.as_deref(),
                url: d.url.as_deref(),
            })
        })
        .collect();
    let mut w = std::io::stdout().lock();
    summary(&mut w, &records)?;
    writeln!(
        w,
        "\n{} documents in {:.2} s",
        records.len(),
        started.elapsed().as_secs_f64()
    )?;
    Ok(ExitCode::SUCCESS)
}

fn summary<W: Write>(w: &mut W, records: &[Record]) -> anyhow::Result<()> {
    let mut t = Table::new(["document", "lang", "date", "entities (mentions)"]);
    for r in records {
        let ents: Vec<String> = r
            .entities
            .iter()
            .take(8)
            .map(|e| format!("{}({})", e.id, e.mentions))
            .collect();
        t.row([
            r.doc.id.clone(),
            r.doc.lang.clone().unwrap_or_default(),
            r.doc.date.clone().unwrap_or_default(),
            ents.join(" "),
        ]);
    }
    t.write(w)?;
    Ok(())
}
