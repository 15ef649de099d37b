//! The JSON record `blocwatch extract` writes for one document: the contract later stages (the store, the
//! HTTP API, PLOVER export) read back. Field names and meanings are fixed by the issues; add fields, never
//! rename them.

use serde::{Deserialize, Serialize};

/// One document's extraction result.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub doc: DocInfo,
    pub mentions: Vec<MentionRec>,
    pub entities: Vec<EntityRec>,
    #[serde(default)]
    pub events: Vec<EventRec>,
    #[serde(default)]
    pub memberships: Vec<MembershipRec>,
    #[serde(default)]
    pub quantities: Vec<QuantityRec>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocInfo {
    /// The JSONL id, else `sha256:<hex of the text>`.
    pub id: String,
    /// Path, `path#line` for JSONL, `path#n` for feed items and WARC records.
    pub source: String,
    /// `ar`, `en`, `ru`, or null when the language is none of them (nothing is then extracted).
    pub lang: Option<String>,
    /// Length of the text in Unicode scalar values.
    pub chars: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRec {
    pub entity: String,
    /// Byte offsets into the document text as given.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `name`, `adjective`, `capital`, `acronym` or `alias`.
    pub form: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRec {
    pub id: String,
    /// `country`, `collective`, `bloc`, `person`, `company` or `initiative`.
    pub kind: String,
    pub name: String,
    pub wikidata: Option<String>,
    pub mentions: usize,
    /// For people, companies and initiatives: the state they belong to (through the lexicon link, never an
    /// invented mention of that state).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A PLOVER event coded from one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRec {
    #[serde(rename = "type")]
    pub kind: String,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub score: f32,
    pub source: Vec<String>,
    pub target: Vec<String>,
    pub date: Option<String>,
    pub negated: bool,
    /// `asserted`, `expected`, `proposed`, `hypothetical` or `denied`.
    pub modality: String,
    pub reported_by: Option<String>,
    /// The words that triggered the event, as written.
    pub trigger: String,
    /// People and companies among the actors, kept beside the states they stand for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<String>,
    /// Byte range of the sentence in the document text.
    pub sentence: [usize; 2],
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MembershipRec {
    pub bloc: String,
    pub member: String,
    /// `founder`, `member`, `applicant`, `observer`, `partner`, `dialogue_partner`, `suspended`, `former`.
    pub status: String,
    pub date: Option<String>,
    #[serde(default)]
    pub negated: bool,
    pub sentence: [usize; 2],
    #[serde(default)]
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantityRec {
    /// `trade`, `investment`, `debt`, `aid`, `arms`, `energy`, `loan` or `other`.
    pub kind: String,
    pub amount: f64,
    pub currency: Option<String>,
    /// `more_than`, `less_than`, `about`, `up_to`, or null.
    pub bound: Option<String>,
    pub parties: Vec<String>,
    pub date: Option<String>,
    pub sentence: [usize; 2],
    /// The amount as written.
    #[serde(default)]
    pub text: String,
}
