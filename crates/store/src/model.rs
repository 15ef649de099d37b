//! The rows the knowledge base answers with, and the read interface the analysis code uses.
//!
//! Dates are ISO 8601 strings as precise as the source allows (`2015`, `2024-10`, `2024-10-22`); a partial
//! date sorts before every full date that it is a prefix of, so string comparison orders them sensibly.

use serde::{Deserialize, Serialize};

/// A bloc from `data/reference/blocs.csv`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BlocRow {
    pub id: String,
    pub name_en: String,
    pub name_ar: String,
    pub name_ru: String,
    /// `military_alliance`, `security_organisation`, `economic_union`, `customs_union`, `political_union`,
    /// `forum`, `development_bank`, `cartel` or `regional_organisation`.
    pub kind: String,
    pub founded: Option<String>,
    pub dissolved: Option<String>,
    pub predecessor: Option<String>,
    pub successor: Option<String>,
    pub source: String,
    pub note: Option<String>,
}

/// One status period of one member in one bloc, from `data/reference/memberships.csv`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MembershipRow {
    pub bloc: String,
    pub member: String,
    /// `founder`, `member`, `applicant`, `observer`, `partner`, `dialogue_partner`, `suspended`, `former`.
    pub status: String,
    pub from: Option<String>,
    /// `None`: still so.
    pub to: Option<String>,
    pub source: String,
    pub note: Option<String>,
}

/// A treaty or partnership from `data/reference/treaties.csv`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TreatyRow {
    pub id: String,
    pub name: String,
    pub parties: Vec<String>,
    /// `defence_pact`, `strategic_partnership`, `friendship_treaty`, `free_trade`, `union_treaty`,
    /// `cooperation_treaty`.
    pub kind: String,
    pub signed: Option<String>,
    pub in_force: Option<String>,
    pub ended: Option<String>,
    pub source: String,
    pub note: Option<String>,
}

/// Where a claim comes from: the sentence, in its original language, and its document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub doc_id: String,
    /// The path (or `path#line`) the document was read from.
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub lang: Option<String>,
    pub doc_date: Option<String>,
    /// Byte range of the sentence in the document text.
    pub sentence: [usize; 2],
    /// The sentence as written.
    pub text: String,
}

/// A membership statement found in the news.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRow {
    pub bloc: String,
    pub member: String,
    pub status: String,
    pub date: Option<String>,
    pub negated: bool,
    pub evidence: Evidence,
}

/// A PLOVER event found in the news.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    pub id: i64,
    #[serde(rename = "type")]
    pub kind: String,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub score: f32,
    pub source: Vec<String>,
    pub target: Vec<String>,
    /// The event's own date, else its document's date.
    pub date: Option<String>,
    pub negated: bool,
    pub modality: String,
    pub reported_by: Option<String>,
    pub trigger: String,
    pub evidence: Evidence,
}

/// An amount of money found in the news.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantityRow {
    pub kind: String,
    pub amount: f64,
    pub currency: Option<String>,
    pub bound: Option<String>,
    pub parties: Vec<String>,
    pub date: Option<String>,
    pub evidence: Evidence,
}

/// A stored document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocRow {
    pub id: String,
    pub source: String,
    pub lang: Option<String>,
    pub date: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub chars: usize,
    pub text: String,
}

/// A full-text search hit: one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceHit {
    pub evidence: Evidence,
    /// Higher is better (negated bm25).
    pub rank: f64,
    /// Entity ids mentioned in the sentence.
    pub entities: Vec<String>,
}

/// Which events to read. Every field narrows; the default reads all (up to `limit`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventFilter {
    /// Events with this actor on either side.
    pub actor: Option<String>,
    /// Events between these two actors, in either direction (or both among the parties of a symmetric one).
    pub dyad: Option<(String, String)>,
    /// PLOVER types to keep; empty keeps all.
    pub types: Vec<String>,
    /// Inclusive bounds on the event date (ISO prefixes compare as described in the module docs).
    pub from: Option<String>,
    pub to: Option<String>,
    pub lang: Option<String>,
    pub include_negated: bool,
    pub limit: Option<usize>,
    pub offset: usize,
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(String),
    #[error("the store at {path} is corrupt or not a blocwatch store: {message}")]
    Corruption { path: String, message: String },
    #[error(
        "the store at {path} has schema version {found}, newer than this blocwatch ({supported})"
    )]
    TooNew {
        path: String,
        found: i64,
        supported: i64,
    },
    #[error("reference data {file}:{line}: {message}")]
    Reference {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{0}")]
    Invalid(String),
    #[error("I/O error on {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// The read side of the knowledge base: everything the questions need, nothing about how it is stored.
pub trait KnowledgeBase: Send + Sync {
    fn blocs(&self) -> Result<Vec<BlocRow>, StoreError>;
    /// Reference membership periods, narrowed by bloc and/or member.
    fn memberships(
        &self,
        bloc: Option<&str>,
        member: Option<&str>,
    ) -> Result<Vec<MembershipRow>, StoreError>;
    /// Reference treaties with `party` among their parties (all when `None`).
    fn treaties(&self, party: Option<&str>) -> Result<Vec<TreatyRow>, StoreError>;
    /// Membership statements from the news, narrowed by bloc and/or member.
    fn claims(&self, bloc: Option<&str>, member: Option<&str>)
        -> Result<Vec<ClaimRow>, StoreError>;
    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError>;
    /// Amounts with `party` among their parties (all when `None`), within the date bounds.
    fn quantities(
        &self,
        party: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<QuantityRow>, StoreError>;
    /// Full-text search over the normalised sentences, best first.
    fn search(
        &self,
        query: &str,
        lang: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<SentenceHit>, StoreError>;
    fn document(&self, id: &str) -> Result<Option<DocRow>, StoreError>;
    /// Documents, newest first, paged.
    fn documents(
        &self,
        lang: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<DocRow>, StoreError>;
    /// Ids of every country that appears in the reference data or the news (the universe of `prospects`).
    fn countries(&self) -> Result<Vec<String>, StoreError>;
}
