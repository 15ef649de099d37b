//! What every per-sentence stage (events, memberships, amounts, dates) sees of one sentence.
//!
//! The pipeline builds one [`SentenceCtx`] per sentence, once, and hands it to each stage; stages never
//! re-read the document or re-run the entity matcher.

use std::ops::Range;

use blocwatch_lexicon::{EntityIdx, Form, Kind, Lexicon};
use blocwatch_text::{Lang, NormText};

/// An entity mention inside the sentence, resolved against the lexicon.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SentMention<'a> {
    /// Byte offsets into the **document** text (not the sentence).
    pub start: usize,
    pub end: usize,
    pub entity: EntityIdx,
    /// The entity's id (`RUS`, `SCO`, `putin`).
    pub id: &'a str,
    pub kind: Kind,
    pub form: Form,
    /// For people, companies and initiatives: the id of the state they stand for.
    pub country: Option<&'a str>,
}

/// One sentence of a document, with everything the stages need to code it.
#[derive(Debug, Clone)]
pub(crate) struct SentenceCtx<'a> {
    /// The whole document text, as given.
    pub doc_text: &'a str,
    /// The sentence's byte range in `doc_text`.
    pub range: Range<usize>,
    /// `&doc_text[range]`.
    pub text: &'a str,
    /// The sentence normalised for matching (offsets relative to `text`): exactly
    /// `NormText::new(text)`, but normally a view of the chunk's normalisation, made once.
    pub norm: NormText,
    pub lang: Lang,
    /// The document's date (ISO 8601, as precise as known), against which relative dates resolve.
    pub doc_date: Option<&'a str>,
    /// The entity mentions inside the sentence, in text order, non-overlapping.
    pub mentions: &'a [SentMention<'a>],
    /// The mentions of the same chunk before this sentence, in text order: what a phrase pointing back
    /// ("both countries", «обе страны») can name (memberships read the sentence before through it).
    pub earlier: &'a [SentMention<'a>],
    pub lexicon: &'a Lexicon,
}
