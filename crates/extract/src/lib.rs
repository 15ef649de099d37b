//! The document pipeline: one article in, one [`Record`] out.
//!
//! `extract` ties the stages together: language identification and normalisation (`blocwatch-text`), entity
//! matching and linking (`blocwatch-lexicon`), then per-sentence event coding, membership claims and amounts.
//! It reads no files and writes nothing: inputs come from `blocwatch-input`, records go to the CLI, the store
//! or the HTTP server.
//!
//! ```
//! use blocwatch_extract::{Extractor, Input};
//!
//! let extractor = Extractor::embedded();
//! let record = extractor.extract(&Input::text("Moscow and Beijing signed a gas deal."));
//! let ids: Vec<&str> = record.mentions.iter().map(|m| m.entity.as_str()).collect();
//! assert_eq!(ids, ["RUS", "CHN"]);
//! ```

mod amounts;
mod context;
mod csv_text;
mod dates;
pub mod eval;
mod events;
mod memberships;
mod pipeline;
mod record;
mod walk;

pub use events::{cameo_code, plover_events, CameoInfo, CiteInfo, PloverEvent, TextInfo};
/// The learned type model (off unless `BLOCWATCH_TYPE_MODEL` or [`with_type_model`] sets one) and the
/// trainer's view of the coder's events.
pub use events::{
    collect_examples, embedded_type_model, with_type_model, write_rows, Example, TypeModel,
    TypeModelError, CLASSES,
};
pub use pipeline::{content_id, Extractor, Input, Stages, MAX_CHUNK};
pub use record::{DocInfo, EntityRec, EventRec, MembershipRec, MentionRec, QuantityRec, Record};
