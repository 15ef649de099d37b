//! `blocwatch dyad RUS CHN [--from --to] [--by month|quarter|year]`: a relationship over time.

use std::io::Write;
use std::process::ExitCode;

use blocwatch_analysis::{dyad, DyadOptions, DyadReport, Period};

use super::ask::{self, Common};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The first state (id or name).
    a: String,
    /// The second state (id or name).
    b: String,
    /// First day of the range (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    from: Option<String>,
    /// Last day of the range (a year or month means its last day).
    #[arg(long)]
    to: Option<String>,
    /// Period length: month, quarter or year.
    #[arg(long, default_value = "year")]
    by: String,
    /// Evidence sentences per period.
    #[arg(long, default_value_t = 3)]
    evidence: usize,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.common.open()?;
    let opts = DyadOptions {
        from: args.from,
        to: args.to,
        by: args.by.parse::<Period>()?,
        evidence_per_period: args.evidence,
    };
    let report = dyad(&store, &args.a, &args.b, &opts)?;
    ask::answer(args.common.json, &report, write)?;
    Ok(ExitCode::SUCCESS)
}

pub fn write(w: &mut dyn Write, r: &DyadReport) -> std::io::Result<()> {
    ask::heading(w, &format!("{} {} — {} {}", r.a, r.name_a, r.b, r.name_b))?;
    let t = &r.totals;
    writeln!(
        w,
        "{} events ({} negated or denied, not counted); mean score {} (PLOVER/Goldstein, −10 … +10, modality-weighted)",
        t.events,
        t.negated,
        ask::signed(t.score)
    )?;
    if r.periods.is_empty() {
        writeln!(w, "(no events or amounts in the store name both states)")?;
    }
    for p in &r.periods {
        writeln!(
            w,
            "\n{}  score {}  events {} (a→b {}, b→a {}, mutual {}, negated {})",
            p.period,
            ask::signed(p.score),
            p.events,
            p.a_to_b,
            p.b_to_a,
            p.mutual,
            p.negated
        )?;
        let join = |m: &std::collections::BTreeMap<String, usize>| {
            m.iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !p.counts.is_empty() {
            writeln!(w, "  types: {}", join(&p.counts))?;
            writeln!(w, "  quad:  {}", join(&p.quad))?;
        }
        if !p.amounts_usd.is_empty() {
            let a: Vec<String> = p
                .amounts_usd
                .iter()
                .map(|(k, v)| format!("{k} ${:.1} bn", v / 1e9))
                .collect();
            writeln!(w, "  amounts: {}", a.join(", "))?;
        }
        for e in &p.evidence {
            writeln!(
                w,
                "  {} {} → {} ({}{}, score {})",
                e.kind,
                e.source.join("+"),
                if e.target.is_empty() {
                    "—".to_string()
                } else {
                    e.target.join("+")
                },
                e.modality,
                if e.negated { ", negated" } else { "" },
                e.score
            )?;
            ask::evidence(w, "    ", &e.evidence)?;
        }
    }
    if !r.quantities.is_empty() {
        writeln!(w, "\namounts naming both ({})", r.quantities.len())?;
        for q in &r.quantities {
            writeln!(
                w,
                "- {} {} {} {}",
                q.date.as_deref().unwrap_or("undated"),
                q.kind,
                q.amount,
                q.currency.as_deref().unwrap_or("")
            )?;
            ask::evidence(w, "    ", &q.evidence)?;
        }
    }
    Ok(())
}
