//! WARC and WARC.gz (ISO 28500; WARC/1.0 and 1.1 as Common Crawl writes them), streamed record by
//! record.
//!
//! The `warc` crate reads whole records through nom and gives up at the first corrupt byte, so the
//! format is parsed here: a version line, header lines, a blank line, `Content-Length` bytes of
//! block, then `\r\n\r\n`. After a corrupt or truncated record the reader reports it once and
//! scans forward to the next `WARC/1.` line (under gzip, [`GzMembers`](crate::gzip) first skips to
//! the next member), so one bad record costs only itself.

use std::io::{self, BufRead, Read};

use flate2::read::{DeflateDecoder, GzDecoder, ZlibDecoder};

use crate::charset::{charset_param, decode_plain};
use crate::date::normalize_date;
use crate::document::{content_id, Document, WarningLog};
use crate::error::InputError;
use crate::html::html_document;
use crate::io_util::{drain, read_line_bounded, Line};
use crate::sniff::binary_kind;

const MAX_HEADER_LINE: usize = 64 * 1024;
const MAX_HEADER_LINES: usize = 1024;
/// Payloads beyond this are cut: no news article is 32 MiB of HTML.
const MAX_PAYLOAD: u64 = 32 << 20;
const MAX_CONSECUTIVE_IO_ERRORS: u32 = 64;

pub(crate) struct WarcReader<R> {
    reader: R,
    path: String,
    /// Number of record headers seen so far (the current record's 1-based number).
    record: u64,
    readability: bool,
    log: WarningLog,
    /// After an error: skipping to the next version line, reporting nothing more.
    resyncing: bool,
    /// `line` already holds the next record's version line.
    header_ready: bool,
    line: Vec<u8>,
    io_errors: u32,
    done: bool,
}

enum Step {
    Doc(Document),
    Skip,
    Error(InputError),
    End,
}

impl<R: BufRead> WarcReader<R> {
    pub(crate) fn new(reader: R, path: String, readability: bool, log: WarningLog) -> Self {
        WarcReader {
            reader,
            path,
            record: 0,
            readability,
            log,
            resyncing: false,
            header_ready: false,
            line: Vec::new(),
            io_errors: 0,
            done: false,
        }
    }

    fn error(&mut self, record: u64, message: impl Into<String>) -> Step {
        self.resyncing = true;
        Step::Error(InputError::Warc {
            path: self.path.clone(),
            record,
            message: message.into(),
        })
    }

    /// Reads lines until one holds a version line; reports the first garbage it meets.
    fn find_version_line(&mut self) -> Option<Step> {
        loop {
            self.line.clear();
            match read_line_bounded(&mut self.reader, &mut self.line, MAX_HEADER_LINE) {
                Ok(Line::Eof) => return Some(Step::End),
                Ok(Line::TooLong(_)) => {
                    self.io_errors = 0;
                    if !self.resyncing {
                        return Some(self.error(self.record + 1, "garbage between records"));
                    }
                    continue;
                }
                Ok(Line::Read) => self.io_errors = 0,
                Err(e) => {
                    self.io_errors += 1;
                    if self.io_errors >= MAX_CONSECUTIVE_IO_ERRORS {
                        return Some(Step::End);
                    }
                    if !self.resyncing {
                        return Some(self.error(self.record + 1, e.to_string()));
                    }
                    continue;
                }
            }
            let text = trim_eol(&self.line);
            if text.is_empty() && !self.resyncing {
                // The blank lines that end every record.
                continue;
            }
            let at = memchr::memmem::find(text, b"WARC/1.")
                .or_else(|| memchr::memmem::find(text, b"WARC/0."));
            match at {
                Some(0) => {
                    self.resyncing = false;
                    return None;
                }
                Some(at) => {
                    // A version line glued to the tail of a broken record.
                    self.line.drain(..at);
                    if self.resyncing {
                        self.resyncing = false;
                        return None;
                    }
                    self.header_ready = true;
                    return Some(self.error(self.record + 1, "garbage before a record header"));
                }
                None if self.resyncing => continue,
                None => {
                    let shown = String::from_utf8_lossy(&text[..text.len().min(40)]).into_owned();
                    return Some(self.error(
                        self.record + 1,
                        format!("expected a WARC version line, found {shown:?}"),
                    ));
                }
            }
        }
    }

    fn step(&mut self) -> Step {
        if self.header_ready {
            self.header_ready = false;
            self.resyncing = false;
        } else if let Some(step) = self.find_version_line() {
            return step;
        }
        self.record += 1;
        let record = self.record;

        // Named fields, names lower-cased.
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            if headers.len() > MAX_HEADER_LINES {
                return self.error(record, "too many header lines");
            }
            self.line.clear();
            match read_line_bounded(&mut self.reader, &mut self.line, MAX_HEADER_LINE) {
                Ok(Line::Eof) => return self.error(record, "truncated in its headers"),
                Ok(Line::TooLong(_)) => return self.error(record, "header line too long"),
                Ok(Line::Read) => {}
                Err(e) => return self.error(record, e.to_string()),
            }
            let text = trim_eol(&self.line);
            if text.is_empty() {
                break;
            }
            let text = String::from_utf8_lossy(text);
            if text.starts_with([' ', '\t']) {
                if let Some((_, value)) = headers.last_mut() {
                    value.push(' ');
                    value.push_str(text.trim());
                }
                continue;
            }
            match text.split_once(':') {
                Some((name, value)) => {
                    headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()))
                }
                None => {
                    let shown: String = text.chars().take(40).collect();
                    return self.error(record, format!("malformed header line {shown:?}"));
                }
            }
        }
        let header = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        let Some(length) = header("content-length").and_then(|v| v.parse::<u64>().ok()) else {
            return self.error(record, "missing or invalid Content-Length");
        };
        let warc_type = header("warc-type").unwrap_or("").to_ascii_lowercase();
        let source = format!("{}#{}", self.path, record);

        let mut block = (&mut self.reader).take(length);
        let result = match warc_type.as_str() {
            "response" | "resource" | "conversion" => read_payload(
                &mut block,
                &warc_type,
                header("content-type").unwrap_or(""),
                &source,
                self.readability,
                &self.log,
            ),
            // request, metadata, warcinfo, revisit, continuation: nothing to read.
            _ => Ok(None),
        };
        let drained = drain(&mut block);
        let remaining = block.limit();
        let document = match (result, drained) {
            (Err(e), _) | (_, Err(e)) => return self.error(record, e.to_string()),
            (Ok(_), Ok(_)) if remaining > 0 => {
                return self.error(
                    record,
                    format!("truncated: {} of {length} bytes", length - remaining),
                )
            }
            (Ok(doc), Ok(_)) => doc,
        };
        let Some(mut doc) = document else {
            return Step::Skip;
        };
        if doc.text.trim().is_empty() {
            self.log.push(source, "page has no text; skipped");
            return Step::Skip;
        }
        if let Some(uri) = header("warc-target-uri") {
            let uri = uri.trim_start_matches('<').trim_end_matches('>').trim();
            if !uri.is_empty() {
                doc.url = Some(uri.to_string());
            }
        }
        if doc.date.is_none() {
            doc.date = header("warc-date").and_then(normalize_date);
        }
        Step::Doc(doc)
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.step() {
                Step::Doc(doc) => return Some(Ok(doc)),
                Step::Skip => {}
                Step::Error(e) => return Some(Err(e)),
                Step::End => self.done = true,
            }
        }
        None
    }
}

fn trim_eol(mut line: &[u8]) -> &[u8] {
    while let [rest @ .., b'\n' | b'\r'] = line {
        line = rest;
    }
    line
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Html,
    Text,
    Unknown,
}

/// The document inside a record's block, if it holds an HTML or text page with a 2xx status.
fn read_payload<B: BufRead>(
    block: &mut B,
    warc_type: &str,
    warc_content_type: &str,
    source: &str,
    readability: bool,
    log: &WarningLog,
) -> io::Result<Option<Document>> {
    let is_http = warc_type == "response"
        && warc_content_type
            .to_ascii_lowercase()
            .contains("application/http");
    // For an HTTP response the page's type is in the HTTP head; for a resource it is the record's.
    let mut content_type = if is_http {
        String::new()
    } else {
        warc_content_type.to_string()
    };
    let mut transfer_encoding = String::new();
    let mut content_encoding = String::new();
    let mut prefix: Vec<u8> = Vec::new();
    if is_http {
        let mut line = Vec::new();
        let mut first = true;
        loop {
            line.clear();
            match read_line_bounded(block, &mut line, MAX_HEADER_LINE)? {
                Line::Eof => return Ok(None),
                Line::TooLong(_) => return Ok(None),
                Line::Read => {}
            }
            let text = String::from_utf8_lossy(trim_eol(&line)).into_owned();
            if first {
                first = false;
                if !text.starts_with("HTTP/") {
                    // No HTTP head after all: the block is the payload.
                    prefix = line.clone();
                    break;
                }
                let status = text.split_whitespace().nth(1).unwrap_or("");
                if !status.starts_with('2') {
                    return Ok(None);
                }
                continue;
            }
            if text.is_empty() {
                break;
            }
            if let Some((name, value)) = text.split_once(':') {
                match name.trim().to_ascii_lowercase().as_str() {
                    "content-type" => content_type = value.trim().to_string(),
                    "transfer-encoding" => transfer_encoding = value.trim().to_ascii_lowercase(),
                    "content-encoding" => content_encoding = value.trim().to_ascii_lowercase(),
                    _ => {}
                }
            }
        }
    }
    let Some(kind) = media_kind(&content_type) else {
        return Ok(None);
    };
    let mut payload = prefix;
    block.take(MAX_PAYLOAD).read_to_end(&mut payload)?;
    if payload.len() as u64 >= MAX_PAYLOAD {
        log.push(source, format!("payload cut at {MAX_PAYLOAD} bytes"));
    }
    if transfer_encoding.contains("chunked") {
        if let Some(body) = dechunk(&payload) {
            payload = body;
        }
    }
    match decompress(&payload, &content_encoding) {
        Ok(Some(body)) => payload = body,
        Ok(None) => {}
        Err(message) => {
            log.push(source, message);
            return Ok(None);
        }
    }
    let kind = match kind {
        Kind::Unknown => {
            if binary_kind(&payload).is_some() {
                return Ok(None);
            }
            let head = payload[..payload.len().min(1024)].to_ascii_lowercase();
            if memchr::memmem::find(&head, b"<html").is_some()
                || memchr::memmem::find(&head, b"<!doctype html").is_some()
            {
                Kind::Html
            } else {
                Kind::Text
            }
        }
        known => known,
    };
    let charset = charset_label(&content_type);
    Ok(Some(match kind {
        Kind::Html | Kind::Unknown => {
            html_document(&payload, charset.as_deref(), source, readability, log)
        }
        Kind::Text => {
            let text = match charset
                .as_deref()
                .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()))
            {
                Some(enc) => enc.decode_with_bom_removal(&payload).0.into_owned(),
                None => {
                    let decoded = decode_plain(&payload);
                    if let Some(note) = decoded.note {
                        log.push(source, note);
                    }
                    decoded.text
                }
            };
            Document {
                id: content_id(&text),
                source: source.to_string(),
                text,
                lang: None,
                date: None,
                title: None,
                url: None,
            }
        }
    }))
}

/// Which payloads are pages: HTML, XHTML, plain text, and untyped ones (sniffed).
fn media_kind(content_type: &str) -> Option<Kind> {
    let media = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let kind = match media.as_str() {
        "text/html" | "application/xhtml+xml" => Kind::Html,
        "text/plain" => Kind::Text,
        "" | "application/octet-stream" | "unknown/unknown" => Kind::Unknown,
        _ => return None,
    };
    Some(kind)
}

fn charset_label(content_type: &str) -> Option<String> {
    charset_param(content_type.as_bytes()).map(|e| e.name().to_string())
}

/// Undoes HTTP chunked transfer coding; `None` if the body is not chunked after all.
fn dechunk(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    let mut rest = data;
    loop {
        let nl = memchr::memchr(b'\n', rest)?;
        let size_line = std::str::from_utf8(&rest[..nl]).ok()?;
        let size_hex = size_line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        rest = &rest[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        if rest.len() < size {
            out.extend_from_slice(rest);
            return Some(out);
        }
        out.extend_from_slice(&rest[..size]);
        rest = &rest[size..];
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
        if rest.is_empty() {
            return Some(out);
        }
    }
}

/// Decompresses a `Content-Encoding`d payload. Common Crawl stores payloads already decoded
/// (keeping the original header as `X-Crawler-Content-Encoding`), so only bytes that really are
/// compressed are decompressed.
fn decompress(payload: &[u8], encoding: &str) -> Result<Option<Vec<u8>>, String> {
    let mut out = Vec::new();
    let result = match encoding {
        "gzip" | "x-gzip" if payload.starts_with(&[0x1f, 0x8b]) => GzDecoder::new(payload)
            .take(MAX_PAYLOAD)
            .read_to_end(&mut out),
        "deflate" if !payload.is_empty() && !payload.starts_with(b"<") => {
            match ZlibDecoder::new(payload)
                .take(MAX_PAYLOAD)
                .read_to_end(&mut out)
            {
                Ok(n) => Ok(n),
                Err(_) => {
                    out.clear();
                    DeflateDecoder::new(payload)
                        .take(MAX_PAYLOAD)
                        .read_to_end(&mut out)
                }
            }
        }
        "br" | "zstd"
            if binary_kind(payload).is_some() || payload.first().is_some_and(|&b| b != b'<') =>
        {
            return Err(format!(
                "payload compressed with {encoding} (not supported); skipped"
            ));
        }
        _ => return Ok(None),
    };
    match result {
        Ok(_) => Ok(Some(out)),
        Err(e) => Err(format!(
            "cannot decompress {encoding} payload ({e}); skipped"
        )),
    }
}
