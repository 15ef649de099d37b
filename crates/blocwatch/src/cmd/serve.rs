//! `blocwatch serve`: the HTTP API and the web page over a store.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use blocwatch_server::{run_blocking, AppState, Error as ServerError, ServerConfig};
use blocwatch_store::{default_store_path, SqliteStore};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The store to serve (default: $BLOCWATCH_DB, else ./blocwatch.sqlite).
    #[arg(long)]
    db: Option<PathBuf>,
    /// Where to listen. Loopback by default; another address exposes the API to the network.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: String,
    /// The token that `POST /api/ingest` requires (else $BLOCWATCH_TOKEN); without one the server takes no
    /// writes.
    #[arg(long)]
    token: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let db = args.db.clone().unwrap_or_else(default_store_path);
    let store =
        SqliteStore::open(&db).with_context(|| format!("opening the store {}", db.display()))?;
    let token = args.token.or_else(|| std::env::var("BLOCWATCH_TOKEN").ok());
    serve(
        Arc::new(store),
        &args.addr,
        token,
        &db.display().to_string(),
        false,
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Serves `store` until Ctrl-C or SIGTERM, printing the URL once listening (the demo ends with this too).
/// With `any_port`, an address already in use falls back to a free port on loopback instead of failing.
pub fn serve(
    store: Arc<SqliteStore>,
    addr: &str,
    token: Option<String>,
    what: &str,
    any_port: bool,
) -> anyhow::Result<()> {
    let token = token.filter(|t| !t.is_empty());
    let writes = token.is_some();
    let state = AppState::new(
        store,
        ServerConfig {
            token,
            ..ServerConfig::default()
        },
    );
    let announce = |local: std::net::SocketAddr| {
        if !local.ip().is_loopback() {
            eprintln!("blocwatch: listening on {local}, which other machines can reach");
        }
        println!(
            "blocwatch: serving {what} at http://{local}/  (API: http://{local}/api/openapi.json; writes {}; Ctrl-C stops)",
            if writes { "need the token" } else { "off" }
        );
    };
    match run_blocking(state.clone(), addr, announce) {
        Err(ServerError::Bind { source, .. })
            if any_port && source.kind() == std::io::ErrorKind::AddrInUse =>
        {
            eprintln!("blocwatch: {addr} is in use; taking a free port");
            run_blocking(state, "127.0.0.1:0", announce)
        }
        other => other,
    }
    .with_context(|| format!("serving on {addr}"))?;
    eprintln!("blocwatch: stopped");
    Ok(())
}
