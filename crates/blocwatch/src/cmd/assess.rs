//! `blocwatch assess RUS KAZ UZB`: how realistic a proposed alliance is.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use blocwatch_analysis::{assess, AssessReport, ProspectOptions};

use super::ask::{self, Common};
use crate::out::Table;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The proposed members (ids or names), at least two.
    #[arg(required = true, num_args = 2..)]
    members: Vec<String>,
    /// The date (YYYY, YYYY-MM or YYYY-MM-DD). Default: today.
    #[arg(long)]
    at: Option<String>,
    /// A weights file of the shape of data/analysis/weights.csv instead of the one compiled in.
    #[arg(long)]
    weights: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.common.open()?;
    let opts = ProspectOptions {
        at: args.at,
        top: 0,
        weights: ask::weights(args.weights.as_deref())?,
    };
    let report = assess(&store, &args.members, &opts)?;
    ask::answer(args.common.json, &report, write)?;
    Ok(ExitCode::SUCCESS)
}

pub fn write(mut w: &mut dyn Write, r: &AssessReport) -> std::io::Result<()> {
    ask::heading(
        w,
        &format!(
            "a {} alliance on {}: {} (score {:.2})",
            r.members.join("–"),
            r.at,
            r.verdict.to_uppercase(),
            r.score
        ),
    )?;
    for reason in &r.reasons {
        writeln!(w, "- {reason}")?;
    }
    writeln!(w, "\npairwise alignment")?;
    let mut t = Table::new([
        "pair",
        "index",
        "memb",
        "treat",
        "news",
        "stance",
        "econ",
        "shared blocs",
    ]);
    for p in &r.pairs {
        let k = &p.components;
        t.row([
            format!("{}–{}", p.a, p.b),
            format!("{:.3}", p.index),
            format!("{:.2}", k.memberships),
            format!("{:.2}", k.treaties),
            ask::signed(k.news),
            ask::signed(k.stances),
            format!("{:.2}", k.economy),
            p.blocs
                .iter()
                .map(|b| b.bloc.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ]);
    }
    t.write(&mut w)?;
    if !r.shared_blocs.is_empty() {
        writeln!(w, "\nblocs all of them belong to")?;
        for b in &r.shared_blocs {
            let s: Vec<String> = b
                .statuses
                .iter()
                .map(|(m, st, _)| format!("{m} {st}"))
                .collect();
            writeln!(w, "- {} {} ({}): {}", b.bloc, b.name, b.kind, s.join(", "))?;
        }
    }
    if !r.treaties.is_empty() {
        writeln!(w, "\ntreaties in force among them")?;
        for x in r.treaties.iter().take(8) {
            writeln!(
                w,
                "- {} ({}; {}; signed {}) — {}",
                x.name,
                x.kind,
                x.parties.join(" "),
                x.signed.as_deref().unwrap_or("?"),
                x.source
            )?;
        }
    }
    if r.treaties.len() > 8 {
        writeln!(w, "… and {} more (--json lists them)", r.treaties.len() - 8)?;
    }
    for (label, list, n) in [
        ("against", &r.positions_against, r.positions_against_count),
        ("for", &r.positions_for, r.positions_for_count),
    ] {
        writeln!(w, "\nstated positions {label} ({n}, newest first)")?;
        for e in list {
            writeln!(
                w,
                "- {} {}{} {} → {} ({})",
                e.date.as_deref().unwrap_or("undated"),
                if e.negated { "NOT " } else { "" },
                e.kind,
                e.source.join("+"),
                if e.target.is_empty() {
                    "—".to_string()
                } else {
                    e.target.join("+")
                },
                e.modality
            )?;
            ask::evidence(w, "    ", &e.evidence)?;
        }
    }
    Ok(())
}
