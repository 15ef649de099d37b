//! `blocwatch prospects RUS [--at DATE] [--top 20]`: every state ranked by alignment.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use blocwatch_analysis::{prospects, ProspectOptions, ProspectsReport};

use super::ask::{self, Common};
use crate::out::Table;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The state (id or name).
    country: String,
    /// The date (YYYY, YYYY-MM or YYYY-MM-DD). Default: today.
    #[arg(long)]
    at: Option<String>,
    /// How many states to list.
    #[arg(long, default_value_t = 20)]
    top: usize,
    /// A weights file of the shape of data/analysis/weights.csv instead of the one compiled in.
    #[arg(long)]
    weights: Option<PathBuf>,
    /// Evidence sentences printed per state (the JSON has all of them).
    #[arg(long, default_value_t = 2)]
    evidence: usize,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.common.open()?;
    let opts = ProspectOptions {
        at: args.at,
        top: args.top,
        weights: ask::weights(args.weights.as_deref())?,
    };
    let report = prospects(&store, &args.country, &opts)?;
    let n = args.evidence;
    ask::answer(args.common.json, &report, |w, r| write(w, r, n))?;
    Ok(ExitCode::SUCCESS)
}

pub fn write(mut w: &mut dyn Write, r: &ProspectsReport, evidence: usize) -> std::io::Result<()> {
    ask::heading(
        w,
        &format!(
            "alignment prospects for {} {} on {} (top {} of {})",
            r.country,
            r.name,
            r.at,
            r.ranked.len(),
            r.considered
        ),
    )?;
    let c = &r.weights.components;
    writeln!(
        w,
        "index = {:.2}·memberships + {:.2}·treaties + {:.2}·news + {:.2}·stances + {:.2}·economy (data/analysis/weights.csv)",
        c.memberships, c.treaties, c.news, c.stances, c.economy
    )?;
    let mut t = Table::new([
        "#",
        "id",
        "name",
        "index",
        "memb",
        "treat",
        "news",
        "stance",
        "econ",
        "shared blocs",
    ]);
    for (i, p) in r.ranked.iter().enumerate() {
        let k = &p.components;
        t.row([
            (i + 1).to_string(),
            p.country.clone(),
            p.name.clone(),
            format!("{:.3}", p.index),
            format!("{:.2}", k.memberships),
            format!("{:.2}", k.treaties),
            ask::signed(k.news),
            ask::signed(k.stances),
            format!("{:.2}", k.economy),
            p.shared_blocs.join(" "),
        ]);
    }
    t.write(&mut w)?;
    for p in &r.ranked {
        if p.evidence.is_empty() && p.treaty_details.is_empty() {
            continue;
        }
        writeln!(w, "\n{} {}", p.country, p.name)?;
        for t in p.treaty_details.iter().take(4) {
            writeln!(
                w,
                "  treaty: {} ({}, signed {}) — {}",
                t.name,
                t.kind,
                t.signed.as_deref().unwrap_or("?"),
                t.source
            )?;
        }
        if p.treaty_details.len() > 4 {
            writeln!(
                w,
                "  … and {} more treaties (--json lists them)",
                p.treaty_details.len() - 4
            )?;
        }
        for e in p.evidence.iter().take(evidence) {
            ask::evidence(w, "  ", e)?;
        }
    }
    Ok(())
}
