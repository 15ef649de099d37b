//! `blocwatch search "payment system SWIFT" [--lang ar]`: evidence sentences across languages.

use std::io::Write;
use std::process::ExitCode;

use blocwatch_analysis::search;
use blocwatch_store::SentenceHit;

use super::ask::{self, Common};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words to find (any language; matched on the normalised text).
    query: String,
    /// Only sentences in this language: ar, en or ru.
    #[arg(long)]
    lang: Option<String>,
    #[arg(long, default_value_t = 20)]
    limit: usize,
    #[arg(long, default_value_t = 0)]
    offset: usize,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.common.open()?;
    let hits = search(
        &store,
        &args.query,
        args.lang.as_deref(),
        args.limit,
        args.offset,
    )?;
    let query = args.query.clone();
    ask::answer(args.common.json, &hits, |w, h| write(w, &query, h))?;
    Ok(ExitCode::SUCCESS)
}

pub fn write(w: &mut dyn Write, query: &str, hits: &Vec<SentenceHit>) -> std::io::Result<()> {
    ask::heading(w, &format!("{} sentence(s) for “{query}”", hits.len()))?;
    for h in hits {
        let ents = if h.entities.is_empty() {
            String::new()
        } else {
            format!(" [{}]", h.entities.join(" "))
        };
        writeln!(w, "- rank {:.2}{ents}", h.rank)?;
        ask::evidence(w, "    ", &h.evidence)?;
    }
    Ok(())
}
