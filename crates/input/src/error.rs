//! The one error type of the crate.

use std::io;

/// Why one document (or one file) could not be read. An error never ends an [`Inputs`](crate::Inputs)
/// iteration: the next record or file is read after it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    /// The file (or stream) could not be opened or read.
    #[error("{path}: cannot read: {error}")]
    Io {
        /// The path as given (`-` for stdin).
        path: String,
        /// The underlying error.
        #[source]
        error: io::Error,
    },
    /// A JSONL line is not valid JSON, or not an object.
    #[error("{path}:{line}: malformed JSON: {message}")]
    Json {
        /// The JSONL file.
        path: String,
        /// The 1-based line number.
        line: u64,
        /// What the JSON parser said.
        message: String,
    },
    /// A JSONL record is valid JSON but not a usable document (no string `text`, a bad `id`, a line
    /// too long to hold).
    #[error("{path}:{line}: {message}")]
    Record {
        /// The JSONL file.
        path: String,
        /// The 1-based line number.
        line: u64,
        /// What is wrong with the record.
        message: String,
    },
    /// A WARC record is truncated or corrupt.
    #[error("{path}#{record}: corrupt WARC record: {message}")]
    Warc {
        /// The WARC file.
        path: String,
        /// The 1-based number of the record (counting every record of the file, not only documents).
        record: u64,
        /// What is wrong.
        message: String,
    },
    /// An RSS/Atom feed is malformed XML; the items before the error were still read.
    #[error("{path}: malformed feed: {message}")]
    Feed {
        /// The feed file.
        path: String,
        /// What the XML parser said, with the byte position.
        message: String,
    },
}

impl InputError {
    /// The file the error is about (`-` for stdin).
    pub fn path(&self) -> &str {
        match self {
            InputError::Io { path, .. }
            | InputError::Json { path, .. }
            | InputError::Record { path, .. }
            | InputError::Warc { path, .. }
            | InputError::Feed { path, .. } => path,
        }
    }

    /// The location in the same form as [`Document::source`](crate::Document::source):
    /// `path`, `path#<line>` or `path#<record>`.
    pub fn location(&self) -> String {
        match self {
            InputError::Json { path, line, .. } | InputError::Record { path, line, .. } => {
                format!("{path}#{line}")
            }
            InputError::Warc { path, record, .. } => format!("{path}#{record}"),
            InputError::Io { path, .. } | InputError::Feed { path, .. } => path.clone(),
        }
    }
}
