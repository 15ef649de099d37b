//! blocwatch's memory: the reference data and every claim found in the news, each tied to its sentence.
//!
//! The analysis code reads through the [`KnowledgeBase`] trait only, so a server database can replace the
//! embedded SQLite store ([`SqliteStore`]) without touching the questions.
//!
//! [`SqliteStore`] keeps one SQLite file (bundled SQLite, WAL, schema versions in `user_version`): the
//! reference blocs, memberships and treaties (`data/reference/*.csv`, compiled in and reloaded when they
//! change), the documents (deduplicated by id and by the SHA-256 of their text), their sentences with a
//! full-text index over the normalised text, and the mentions, events, membership claims and amounts the
//! extractor found. [`SqliteStore::ingest`] writes a batch in one transaction, so a killed ingest loses at
//! most the batch in flight and re-running it stores nothing twice.
//! [`SqliteStore::export`] streams events, memberships, entities or documents as CSV, JSON Lines, PLOVER
//! or Parquet; [`SqliteStore::check`] verifies a store file.
//!
//! What it does not do: extract (records come from `blocwatch-extract`), answer the analysts' questions
//! (that is `blocwatch-analysis`, over the trait), or delete documents.
//!
//! ```
//! use blocwatch_extract::{Extractor, Input};
//! use blocwatch_store::{KnowledgeBase, SqliteStore};
//!
//! let store = SqliteStore::open_in_memory()?;
//! // The reference data is there from the start.
//! assert!(store.memberships(Some("SCO"), Some("IND"))?.iter().any(|m| m.status == "member"));
//!
//! let text = "Moscow and Beijing signed a gas deal. The SCO summit opened in Astana.";
//! let record = Extractor::embedded().extract(&Input::text(text));
//! let stats = store.ingest(&[(record.clone(), text.to_string())])?;
//! assert_eq!((stats.new, stats.duplicate), (1, 0));
//! assert_eq!(store.ingest(&[(record, text.to_string())])?.duplicate, 1);
//!
//! let hits = store.search("summit astana", None, 10, 0)?;
//! assert_eq!(hits[0].evidence.text, "The SCO summit opened in Astana.");
//! # Ok::<(), blocwatch_store::StoreError>(())
//! ```

mod export;
mod fts;
mod model;
mod parquet_out;
mod read;
mod reference;
mod schema;
mod store;
mod write;

pub use export::{ExportFormat, ExportWhat};
pub use model::{
    day_number, BlocRow, ClaimRow, DocRow, EventFilter, EventGroup, EventGroupQuery, EventRef,
    EventRow, Evidence, FoldRow, KnowledgeBase, MembershipRow, QuantityRow, SentenceHit,
    StoreError, TreatyRow,
};
pub use store::{default_store_path, SqliteStore, StoreCounts};
pub use write::{IngestStats, PreparedDoc};
