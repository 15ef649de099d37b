//! `blocwatch country KAZ [--at DATE]`: memberships, treaties and strongest relations.

use std::io::Write;
use std::process::ExitCode;

use blocwatch_analysis::{country, CountryReport};

use super::ask::{self, Common};
use crate::out::Table;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The state: an ISO alpha-3 id (KAZ, kaz) or a name in English, Arabic or Russian.
    country: String,
    /// The date (YYYY, YYYY-MM or YYYY-MM-DD). Default: today.
    #[arg(long)]
    at: Option<String>,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.common.open()?;
    let report = country(&store, &args.country, args.at.as_deref())?;
    ask::answer(args.common.json, &report, write)?;
    Ok(ExitCode::SUCCESS)
}

pub fn write(mut w: &mut dyn Write, r: &CountryReport) -> std::io::Result<()> {
    ask::heading(w, &format!("{} — {} on {}", r.id, r.name, r.at))?;
    writeln!(w, "\nmemberships ({})", r.memberships.len())?;
    let mut t = Table::new(["bloc", "status", "from", "to", "source"]);
    for m in &r.memberships {
        t.row([
            m.bloc.clone(),
            m.status.clone(),
            m.from.clone().unwrap_or_default(),
            m.to.clone().unwrap_or_default(),
            m.source.clone(),
        ]);
    }
    t.write(&mut w)?;
    writeln!(w, "\ntreaties in force ({})", r.treaties.len())?;
    let mut t = Table::new(["treaty", "kind", "parties", "signed", "source"]);
    for x in &r.treaties {
        t.row([
            x.name.clone(),
            x.kind.clone(),
            x.parties.join(" "),
            x.signed.clone().unwrap_or_default(),
            x.source.clone(),
        ]);
    }
    t.write(&mut w)?;
    writeln!(
        w,
        "\nstrongest relations by news balance ({}; −1 conflict … +1 cooperation)",
        r.relations.len()
    )?;
    if r.relations.is_empty() {
        writeln!(w, "(no events in the store name this state with another)")?;
    }
    for rel in &r.relations {
        writeln!(
            w,
            "- {} {}: balance {}, stances {}, {} events ({} negated)",
            rel.country,
            rel.name,
            ask::signed(rel.balance),
            ask::signed(rel.stances),
            rel.events,
            rel.negated
        )?;
        for e in &rel.evidence {
            ask::evidence(w, "    ", e)?;
        }
    }
    Ok(())
}
