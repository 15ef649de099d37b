//! blocwatch's memory: the reference data and every claim found in the news, each tied to its sentence.
//!
//! The analysis code reads through the [`KnowledgeBase`] trait only, so a server database can replace the
//! embedded SQLite store ([`SqliteStore`]) without touching the questions.

mod model;

pub use model::{
    BlocRow, ClaimRow, DocRow, EventFilter, EventRow, Evidence, KnowledgeBase, MembershipRow,
    QuantityRow, SentenceHit, StoreError, TreatyRow,
};
