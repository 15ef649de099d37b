//! `blocwatch bloc SCO [--at DATE]`: members and statuses on a date, and the news claims checked.

use std::io::Write;
use std::process::ExitCode;

use blocwatch_analysis::{bloc_at, BlocReport, MemberAt};

use super::ask::{self, Common};
use crate::out::Table;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The bloc: an id (SCO, brics), a name or an alias in English, Arabic or Russian (ШОС).
    bloc: String,
    /// The date (YYYY, YYYY-MM or YYYY-MM-DD; a year or month means its last day). Default: today.
    #[arg(long)]
    at: Option<String>,
    /// How many news claims to print (all of them with --json).
    #[arg(long, default_value_t = 20)]
    claims: usize,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.common.open()?;
    let report = bloc_at(&store, &args.bloc, args.at.as_deref())?;
    let limit = args.claims;
    ask::answer(args.common.json, &report, |w, r| write(w, r, limit))?;
    Ok(ExitCode::SUCCESS)
}

pub fn write(w: &mut dyn Write, r: &BlocReport, claims: usize) -> std::io::Result<()> {
    let b = &r.bloc;
    ask::heading(
        w,
        &format!("{} — {} ({}) on {}", b.id, b.name_en, b.kind, r.at),
    )?;
    writeln!(w, "source: {}", b.source)?;
    for n in &r.notes {
        writeln!(w, "note: {n}")?;
    }
    writeln!(w, "\nmembers ({})", r.members.len())?;
    members(w, &r.members)?;
    if !r.associates.is_empty() {
        writeln!(w, "\nother statuses ({})", r.associates.len())?;
        members(w, &r.associates)?;
    }
    if !r.claims.is_empty() {
        let shown = r.claims.len().min(claims);
        writeln!(
            w,
            "\nnews claims ({} of {}; conflicts first)",
            shown,
            r.claims.len()
        )?;
        for c in r.claims.iter().take(claims) {
            let cl = &c.claim;
            writeln!(
                w,
                "- {}: {} {}{} {}{} — {}",
                c.verdict.to_uppercase(),
                cl.member,
                if cl.negated { "NOT " } else { "" },
                cl.status,
                cl.bloc,
                cl.date
                    .as_deref()
                    .map(|d| format!(" ({d})"))
                    .unwrap_or_default(),
                c.reason
            )?;
            ask::evidence(w, "    ", &cl.evidence)?;
        }
    }
    Ok(())
}

fn members(mut w: &mut dyn Write, rows: &[MemberAt]) -> std::io::Result<()> {
    let mut t = Table::new(["id", "name", "status", "since", "source"]);
    for m in rows {
        t.row([
            m.member.clone(),
            m.name.clone(),
            m.status.clone(),
            m.since.clone().unwrap_or_default(),
            m.source.clone(),
        ]);
    }
    t.write(&mut w)
}
