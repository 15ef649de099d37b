//! What the caller can configure.

use std::fmt;
use std::str::FromStr;

/// An input format. Normally detected from the file name and the first bytes; see
/// [`InputOptions::format`] to force one (useful for stdin).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Plain text: the whole file is one document.
    Text,
    /// JSON Lines: one `{"id", "text", ...}` record per line.
    Jsonl,
    /// One HTML page: the readable article text and the page's metadata.
    Html,
    /// An RSS 2.0, RSS 1.0 (RDF) or Atom feed: one document per item or entry.
    Feed,
    /// A WARC file (gzip-compressed or not): one document per HTML or text `response` record.
    Warc,
}

impl Format {
    /// Every format, in a stable order.
    pub const ALL: [Format; 5] = [
        Format::Text,
        Format::Jsonl,
        Format::Html,
        Format::Feed,
        Format::Warc,
    ];

    /// The format's name as accepted by [`Format::from_str`].
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Jsonl => "jsonl",
            Format::Html => "html",
            Format::Feed => "feed",
            Format::Warc => "warc",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error of [`Format::from_str`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown input format {0:?} (expected text, jsonl, html, feed or warc)")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Format, UnknownFormat> {
        match s.trim().to_ascii_lowercase().as_str() {
            "text" | "txt" | "plain" => Ok(Format::Text),
            "jsonl" | "ndjson" | "json" => Ok(Format::Jsonl),
            "html" | "htm" => Ok(Format::Html),
            "feed" | "rss" | "atom" | "xml" => Ok(Format::Feed),
            "warc" => Ok(Format::Warc),
            _ => Err(UnknownFormat(s.to_string())),
        }
    }
}

/// How [`read_inputs`](crate::read_inputs) reads. Built with chained setters:
///
/// ```
/// use blocwatch_input::{Format, InputOptions};
/// let opts = InputOptions::new().format(Some(Format::Jsonl)).include_hidden(true);
/// # let _ = opts;
/// ```
#[derive(Debug, Clone)]
pub struct InputOptions {
    pub(crate) format: Option<Format>,
    pub(crate) include_hidden: bool,
    pub(crate) readability: bool,
}

impl Default for InputOptions {
    fn default() -> InputOptions {
        InputOptions {
            format: None,
            include_hidden: false,
            readability: true,
        }
    }
}

impl InputOptions {
    /// The defaults: detect formats, skip hidden files inside directories, use the readability
    /// extractor for HTML.
    pub fn new() -> InputOptions {
        InputOptions::default()
    }

    /// Read every input as this format instead of detecting it (gzip is still decompressed first).
    pub fn format(mut self, format: Option<Format>) -> InputOptions {
        self.format = format;
        self
    }

    /// Also read files and directories whose name starts with `.` when walking a directory. Paths
    /// given explicitly are always read.
    pub fn include_hidden(mut self, yes: bool) -> InputOptions {
        self.include_hidden = yes;
        self
    }

    /// Whether HTML goes through the readability extractor (the default) or only the simple
    /// `<article>`/`<main>`/`<body>` text extraction, which keeps more boilerplate but is faster.
    pub fn readability(mut self, yes: bool) -> InputOptions {
        self.readability = yes;
        self
    }
}
