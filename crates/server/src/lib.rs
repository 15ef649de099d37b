//! The HTTP face of blocwatch: a JSON API for every question of the knowledge base, and the web page that
//! shows the alliance system, both served by one process with everything compiled in (it works offline).
//!
//! The server only parses requests, calls `blocwatch-analysis` and the store on the blocking pool, and
//! formats the answers; every error comes from one table ([`Code`]) as `{"status", "error", "message"}`.
//! It binds to loopback unless told otherwise, bounds bodies and page sizes, takes writes only with a token,
//! and on shutdown waits for every ingest in flight to commit.
//!
//! ```no_run
//! use std::sync::Arc;
//! use blocwatch_server::{run_blocking, AppState, ServerConfig};
//! use blocwatch_store::SqliteStore;
//!
//! let store = Arc::new(SqliteStore::open("blocwatch.sqlite").unwrap());
//! let state = AppState::new(store, ServerConfig::default());
//! run_blocking(state, "127.0.0.1:8080", |addr| println!("http://{addr}/")).unwrap();
//! ```

// The OpenAPI document is one `serde_json::json!` literal, deeper than the default macro recursion allows.
#![recursion_limit = "256"]

mod app;
mod assets;
mod error;
mod openapi;
mod params;
mod routes;
mod state;

pub use app::{router, run_blocking, serve, shutdown_signal};
pub use error::{Code, Error};
pub use state::{AppState, ServerConfig};
