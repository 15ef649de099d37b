//! JSON Lines: one `{"id", "text", "lang"?, "date"?, "title"?, "url"?}` record per line, streamed.

use std::io::BufRead;

use serde::Deserialize;
use serde_json::Value;

use crate::charset::decode_guess;
use crate::date::normalize_date;
use crate::document::{content_id, Document, WarningLog};
use crate::error::InputError;
use crate::io_util::{read_line_bounded, Line};
use crate::meta::normalize_lang;

/// A longer line is reported and skipped rather than held in memory.
const MAX_LINE: usize = 512 << 20;
/// After this many I/O errors in a row with no line read in between, the stream is given up.
const MAX_CONSECUTIVE_IO_ERRORS: u32 = 64;

/// The fields blocwatch reads; every other field is skipped unparsed.
#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    text: Option<Value>,
    #[serde(default)]
    lang: Option<Value>,
    #[serde(default)]
    date: Option<Value>,
    #[serde(default)]
    title: Option<Value>,
    #[serde(default)]
    url: Option<Value>,
}

pub(crate) struct JsonlReader<R> {
    reader: R,
    path: String,
    line: u64,
    buf: Vec<u8>,
    log: WarningLog,
    io_errors: u32,
    warned_charset: bool,
    done: bool,
}

impl<R: BufRead> JsonlReader<R> {
    pub(crate) fn new(reader: R, path: String, log: WarningLog) -> JsonlReader<R> {
        JsonlReader {
            reader,
            path,
            line: 0,
            buf: Vec::new(),
            log,
            io_errors: 0,
            warned_charset: false,
            done: false,
        }
    }

    fn record_error(&self, message: impl Into<String>) -> InputError {
        InputError::Record {
            path: self.path.clone(),
            line: self.line,
            message: message.into(),
        }
    }

    fn parse_line(&mut self) -> Option<Result<Document, InputError>> {
        let mut bytes: &[u8] = &self.buf;
        if self.line == 1 {
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        }
        while let [rest @ .., b'\n' | b'\r'] = bytes {
            bytes = rest;
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        let decoded;
        // (The same check as `std::str::from_utf8`, a block of bytes at a time: a news line is mostly
        // Arabic or Cyrillic, where std's validator goes char by char.)
        let text: &str = match simdutf8::basic::from_utf8(bytes) {
            Ok(s) => s,
            Err(_) => {
                let (s, encoding) = decode_guess(bytes);
                if !self.warned_charset {
                    self.warned_charset = true;
                    self.log.push(
                        format!("{}#{}", self.path, self.line),
                        format!("line is not valid UTF-8; charset guessed as {encoding} (reported once per file)"),
                    );
                }
                decoded = s;
                &decoded
            }
        };
        if !text.trim_start().starts_with('{') {
            // serde would happily read a struct from a JSON array; a record must be an object.
            return Some(Err(InputError::Json {
                path: self.path.clone(),
                line: self.line,
                message: "expected an object with a \"text\" field".to_string(),
            }));
        }
        let record: Record = match serde_json::from_str(text) {
            Ok(r) => r,
            Err(e) => {
                return Some(Err(InputError::Json {
                    path: self.path.clone(),
                    line: self.line,
                    message: e.to_string(),
                }));
            }
        };
        Some(self.document(record))
    }

    fn document(&self, record: Record) -> Result<Document, InputError> {
        let source = format!("{}#{}", self.path, self.line);
        let text = match record.text {
            Some(Value::String(s)) => s,
            None | Some(Value::Null) => {
                return Err(self.record_error("record has no \"text\" field"))
            }
            Some(other) => {
                return Err(self.record_error(format!(
                    "\"text\" must be a string, found {}",
                    json_kind(&other)
                )))
            }
        };
        let id = match record.id {
            Some(Value::String(s)) if !s.trim().is_empty() => s,
            Some(Value::Number(n)) => n.to_string(),
            None | Some(Value::Null) | Some(Value::String(_)) => content_id(&text),
            Some(other) => {
                return Err(self.record_error(format!(
                    "\"id\" must be a string or a number, found {}",
                    json_kind(&other)
                )))
            }
        };
        let string = |field: &str, v: Option<Value>| -> Option<String> {
            match v {
                Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
                None | Some(Value::Null) | Some(Value::String(_)) => None,
                Some(other) => {
                    self.log.push(
                        source.clone(),
                        format!(
                            "\"{field}\" ignored: expected a string, found {}",
                            json_kind(&other)
                        ),
                    );
                    None
                }
            }
        };
        let lang = string("lang", record.lang).and_then(|l| normalize_lang(&l));
        let date = string("date", record.date).and_then(|d| {
            let normal = normalize_date(&d);
            if normal.is_none() {
                self.log
                    .push(source.clone(), format!("unrecognised date {d:?} ignored"));
            }
            normal
        });
        let title = string("title", record.title);
        let url = string("url", record.url);
        Ok(Document {
            id,
            source,
            text,
            lang,
            date,
            title,
            url,
        })
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            self.line += 1;
            match read_line_bounded(&mut self.reader, &mut self.buf, MAX_LINE) {
                Ok(Line::Eof) => self.done = true,
                Ok(Line::TooLong(len)) => {
                    self.io_errors = 0;
                    return Some(Err(self.record_error(format!(
                        "line of {len} bytes is longer than the {MAX_LINE}-byte limit; skipped"
                    ))));
                }
                Ok(Line::Read) => {
                    self.io_errors = 0;
                    if let Some(item) = self.parse_line() {
                        return Some(item);
                    }
                }
                Err(error) => {
                    self.io_errors += 1;
                    if self.io_errors >= MAX_CONSECUTIVE_IO_ERRORS {
                        self.done = true;
                    }
                    // One report per run of errors: a corrupt gzip member can fail several
                    // reads before the stream finds its feet again.
                    if self.io_errors == 1 {
                        return Some(Err(InputError::Io {
                            path: format!("{}#{}", self.path, self.line),
                            error,
                        }));
                    }
                }
            }
        }
        None
    }
}
