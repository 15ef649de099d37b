//! `blocwatch`: the command line. It parses arguments, calls the library crates and formats their answers;
//! no domain logic lives here.

mod cmd;
mod out;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// mimalloc instead of the system allocator: the extractor allocates per sentence and per mention, and
/// with glibc's malloc that cost about a tenth of its time (`perf`; BENCHMARKS.md, "Session 4").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Debug, Parser)]
#[command(
    name = "blocwatch",
    version,
    about = "Multilingual news → an evidence-backed model of the alliance system"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Name every country, bloc, person, company and initiative in documents (JSON Lines out).
    Extract(cmd::extract::Args),
    /// Score the pipeline against an annotated set (eval/dev or eval/heldout).
    Eval(cmd::eval::Args),
    /// The main job: run blocwatch over the bundled sample corpus and show what it finds.
    Demo(cmd::demo::Args),
    /// Read documents into the knowledge base (idempotent, resumable after a crash).
    Ingest(cmd::ingest::Args),
    /// Write the store's events, memberships, entities or documents as CSV, JSON Lines or PLOVER.
    Export(cmd::export::Args),
    /// Members and statuses of a bloc on a date, with the news claims checked against the reference.
    Bloc(cmd::bloc::Args),
    /// A state's memberships, treaties and strongest relations on a date.
    Country(cmd::country::Args),
    /// Two states over time: events per PLOVER type and quad class, score, amounts, evidence.
    Dyad(cmd::dyad::Args),
    /// Every state ranked by its alignment with one state ("who could it ally with?").
    Prospects(cmd::prospects::Args),
    /// How realistic a proposed alliance is: pairs, positions for and against, a verdict.
    Assess(cmd::assess::Args),
    /// Evidence sentences across languages.
    Search(cmd::search::Args),
    /// Serve the HTTP API and the web page over a store (loopback by default).
    Serve(cmd::serve::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => cmd::extract::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Demo(args) => cmd::demo::run(args),
        Command::Ingest(args) => cmd::ingest::run(args),
        Command::Export(args) => cmd::export::run(args),
        Command::Bloc(args) => cmd::bloc::run(args),
        Command::Country(args) => cmd::country::run(args),
        Command::Dyad(args) => cmd::dyad::run(args),
        Command::Prospects(args) => cmd::prospects::run(args),
        Command::Assess(args) => cmd::assess::run(args),
        Command::Search(args) => cmd::search::run(args),
        Command::Serve(args) => cmd::serve::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) if out::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("blocwatch: {err:#}");
            ExitCode::from(2)
        }
    }
}
