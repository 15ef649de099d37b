//! Every way a document reaches blocwatch.
//!
//! `blocwatch-input` turns files, directories, stdin and uploaded bytes into [`Document`]s: an id,
//! the text (UTF-8, whatever the source's charset), and the metadata the source declares
//! (language, date, title, URL). It knows these formats, detected from the file name and then
//! from the first bytes:
//!
//! | format | one document per | detected by |
//! | --- | --- | --- |
//! | plain text | file | `.txt`, `.md`, anything textual |
//! | JSON Lines `{"id", "text", "lang"?, "date"?, "title"?, "url"?}` | line | `.jsonl`, `.ndjson`, a first line that is a JSON object |
//! | HTML (readable article text, title, language, date, canonical URL) | page | `.html`, `.htm`, `<!doctype html>`, `<html` |
//! | RSS 2.0, RSS 1.0, Atom | item / entry | `.rss`, `.atom`, `.xml`, a `<rss>`, `<feed>` or `<rdf:RDF>` root |
//! | WARC, WARC.gz (Common Crawl, CC-NEWS) | HTML or text `response` record | `.warc`, `WARC/1.` |
//!
//! Any of them may be gzip-compressed (single or multi-member). Binary files are skipped with a
//! [`Warning`]; text that is not UTF-8 is decoded from its real encoding (byte-order mark,
//! declared charset, else a guess by chardetng) with a warning saying which.
//!
//! Reading streams: [`read_inputs`] returns [`Inputs`], an iterator of
//! `Result<Document, InputError>` that reads one record at a time, so a 10 GB JSONL or a 5 GB
//! WARC.gz is read in constant memory. An error is one item, never the end of the iteration.
//!
//! ```
//! use blocwatch_input::{read_bytes, read_reader, InputOptions};
//!
//! // An HTTP upload: the name's extension and the bytes decide the format.
//! let jsonl = "{\"id\": 7, \"text\": \"The SCO summit opened in Astana.\", \"lang\": \"en\"}\n\
//!              not json\n\
//!              {\"text\": \"Саммит ШОС открылся в Астане.\", \"date\": \"2024-07-04\"}\n";
//! let docs = read_bytes("upload.jsonl", jsonl.as_bytes());
//! assert_eq!(docs.len(), 3);
//! let first = docs[0].as_ref().unwrap();
//! assert_eq!((first.id.as_str(), first.source.as_str()), ("7", "upload.jsonl#1"));
//! assert_eq!(first.lang.as_deref(), Some("en"));
//! assert!(docs[1].as_ref().unwrap_err().to_string().starts_with("upload.jsonl:2: malformed JSON"));
//! let third = docs[2].as_ref().unwrap();
//! assert!(third.id.starts_with("sha256:"));
//! assert_eq!(third.date.as_deref(), Some("2024-07-04"));
//!
//! // Any reader, e.g. stdin, with the warnings alongside.
//! let html = "<html lang=\"ar\"><head><title>قمة</title></head><body><p>انعقدت القمة.</p></body></html>";
//! let mut inputs = read_reader("-", html.as_bytes(), &InputOptions::new());
//! let page = inputs.next().unwrap().unwrap();
//! assert_eq!(page.text, "انعقدت القمة.");
//! assert_eq!(page.lang.as_deref(), Some("ar"));
//! assert!(inputs.take_warnings().is_empty());
//! ```
//!
//! Paths and directories:
//!
//! ```no_run
//! use std::path::PathBuf;
//! use blocwatch_input::{read_inputs, InputOptions};
//!
//! let mut inputs = read_inputs(&[PathBuf::from("corpus/"), PathBuf::from("-")], &InputOptions::new());
//! let warnings = inputs.warnings();
//! for item in &mut inputs {
//!     match item {
//!         Ok(doc) => println!("{}\t{}", doc.source, doc.text.len()),
//!         Err(error) => eprintln!("error: {error}"),
//!     }
//!     for warning in warnings.take() {
//!         eprintln!("warning: {warning}");
//!     }
//! }
//! ```
//!
//! What this crate does not do: detect the language (the text crate does), fetch URLs, or read
//! PDF, Office documents or bzip2/xz/zstd archives.

mod charset;
mod date;
mod document;
mod error;
mod feed;
mod gzip;
mod html;
mod inputs;
mod io_util;
mod jsonl;
mod meta;
mod options;
mod sniff;
mod warc;

pub use date::normalize_date;
pub use document::{content_id, Document, Warning, WarningLog};
pub use error::InputError;
pub use inputs::{read_bytes, read_bytes_with_warnings, read_inputs, read_reader, Inputs};
pub use options::{Format, InputOptions, UnknownFormat};
