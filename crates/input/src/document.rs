//! The record every input format produces, and the side channel for diagnostics.

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// One article, whatever format it arrived in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// The JSONL `id` (a number is stringified); otherwise [`content_id`] of `text`.
    pub id: String,
    /// Where the document came from: the path, `path#<line>` for a JSONL record, `path#<n>` for the
    /// n-th feed item or WARC record (both 1-based), `-` / `-#<line>` for stdin.
    pub source: String,
    /// The article text, decoded to UTF-8. Plain text is kept exactly as given (only a byte-order mark
    /// is dropped); text taken from HTML has its paragraphs separated by a blank line.
    pub text: String,
    /// The language as declared by the source (JSONL `lang`, `<html lang>`, `og:locale`, the feed's
    /// language), reduced to its primary subtag and lower-cased: `en-GB` → `en`, `ar_AR` → `ar`.
    pub lang: Option<String>,
    /// The publication date as declared by the source, normalised to `YYYY-MM-DD` or (when the source
    /// gives a time with a zone) `YYYY-MM-DDTHH:MM:SSZ` in UTC. See [`normalize_date`](crate::normalize_date).
    pub date: Option<String>,
    /// The title, if the source declares one.
    pub title: Option<String>,
    /// The page's URL, if known.
    pub url: Option<String>,
}

impl Document {
    /// A document with no metadata whose id is the hash of its text.
    pub fn from_text(source: impl Into<String>, text: impl Into<String>) -> Document {
        let text = text.into();
        Document {
            id: content_id(&text),
            source: source.into(),
            text,
            lang: None,
            date: None,
            title: None,
            url: None,
        }
    }
}

/// The content id of a text: `sha256:` followed by the lower-case hex SHA-256 of its UTF-8 bytes.
///
/// ```
/// assert_eq!(
///     blocwatch_input::content_id(""),
///     "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
/// );
/// ```
pub fn content_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut id = String::with_capacity(7 + 64);
    id.push_str("sha256:");
    id.push_str(&hex::encode(digest));
    id
}

/// Something worth telling the user that is not an error: a binary file skipped, a charset guessed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The path (or `path#n`) the warning is about.
    pub source: String,
    /// What happened, in a sentence fragment (`skipped binary file (PNG image)`).
    pub message: String,
}

impl Warning {
    pub(crate) fn new(source: impl Into<String>, message: impl Into<String>) -> Warning {
        Warning {
            source: source.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source, self.message)
    }
}

/// A shared, thread-safe list of [`Warning`]s.
///
/// Readers push warnings here as they go; a consumer drains them with [`WarningLog::take`], from the
/// thread that iterates or from any other (the handle is cheap to clone). A warning about a document
/// is pushed before that document is yielded.
#[derive(Debug, Clone, Default)]
pub struct WarningLog(Arc<Mutex<Vec<Warning>>>);

impl WarningLog {
    /// An empty log.
    pub fn new() -> WarningLog {
        WarningLog::default()
    }

    /// Removes and returns every warning collected so far, oldest first.
    pub fn take(&self) -> Vec<Warning> {
        std::mem::take(&mut *self.lock())
    }

    /// How many warnings are waiting.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether no warning is waiting.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub(crate) fn push(&self, source: impl Into<String>, message: impl Into<String>) {
        self.lock().push(Warning::new(source, message));
    }

    fn lock(&self) -> MutexGuard<'_, Vec<Warning>> {
        // A panic elsewhere while holding the lock cannot leave a Vec half-pushed in a way that
        // matters here, so a poisoned lock is still usable.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
