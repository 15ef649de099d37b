//! The streaming iterator over every input: paths, directories, stdin and readers.

use std::collections::VecDeque;
use std::fmt;
use std::fs::{self, File};
use std::io::{self, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

use crate::charset::{decode_plain, looks_utf16};
use crate::document::{Document, Warning, WarningLog};
use crate::error::InputError;
use crate::feed::feed_documents;
use crate::gzip::GzMembers;
use crate::html::html_document;
use crate::io_util::{read_head, Replay};
use crate::jsonl::JsonlReader;
use crate::options::{Format, InputOptions};
use crate::sniff::{binary_kind, detect, is_gzip, strip_gz, HEAD_LEN};
use crate::warc::WarcReader;

/// Buffer size for the streamed formats (JSONL, WARC): large sequential reads.
const STREAM_BUFFER: usize = 256 * 1024;

type Source = Box<dyn Iterator<Item = Result<Document, InputError>> + Send>;

enum Pending {
    Path(PathBuf),
    Reader(String, Box<dyn Read + Send>),
}

/// The documents of a list of inputs, in order, one at a time. Created by [`read_inputs`],
/// [`read_reader`].
///
/// Streaming: JSONL and WARC inputs are read record by record and directories entry by entry, so
/// memory does not grow with the size of the corpus. A plain-text, HTML or feed file is read whole
/// (it is one document, or a feed of a few hundred items).
///
/// An `Err` item never ends the iteration: after a malformed JSONL line comes the next line, after
/// a corrupt WARC record the next record, after an unreadable file the next file. Warnings
/// (skipped binary files, guessed charsets, unreadable dates) go to [`Inputs::warnings`].
pub struct Inputs {
    pending: VecDeque<Pending>,
    /// The directories being walked, innermost last, each as its remaining sorted entries.
    walk: Vec<std::vec::IntoIter<PathBuf>>,
    current: Option<Source>,
    opts: InputOptions,
    log: WarningLog,
}

impl fmt::Debug for Inputs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Inputs")
            .field("pending", &self.pending.len())
            .field("walk_depth", &self.walk.len())
            .field("opts", &self.opts)
            .field("warnings", &self.log.len())
            .finish_non_exhaustive()
    }
}

/// Reads every document of `paths` (files, directories walked recursively in sorted order, `-`
/// for stdin), detecting each file's format.
///
/// Inside directories, files and directories whose name starts with `.` are skipped (see
/// [`InputOptions::include_hidden`]) and symbolic links to directories are not followed.
pub fn read_inputs(paths: &[PathBuf], opts: &InputOptions) -> Inputs {
    Inputs {
        pending: paths.iter().cloned().map(Pending::Path).collect(),
        walk: Vec::new(),
        current: None,
        opts: opts.clone(),
        log: WarningLog::new(),
    }
}

/// Reads the documents of one stream, named `name` (the name's extension helps detect the format
/// and the name is the documents' `source`; use `-` for stdin).
pub fn read_reader<R: Read + Send + 'static>(name: &str, reader: R, opts: &InputOptions) -> Inputs {
    let mut pending = VecDeque::new();
    pending.push_back(Pending::Reader(name.to_string(), Box::new(reader)));
    Inputs {
        pending,
        walk: Vec::new(),
        current: None,
        opts: opts.clone(),
        log: WarningLog::new(),
    }
}

/// Reads the documents of an in-memory file named `name` (an HTTP upload), with the default
/// options. Warnings are dropped; see [`read_bytes_with_warnings`].
pub fn read_bytes(name: &str, bytes: &[u8]) -> Vec<Result<Document, InputError>> {
    read_bytes_with_warnings(name, bytes, &InputOptions::default()).0
}

/// Like [`read_bytes`], with options, also returning the warnings.
pub fn read_bytes_with_warnings(
    name: &str,
    bytes: &[u8],
    opts: &InputOptions,
) -> (Vec<Result<Document, InputError>>, Vec<Warning>) {
    let mut inputs = read_reader(name, Cursor::new(bytes.to_vec()), opts);
    let docs = inputs.by_ref().collect();
    (docs, inputs.log.take())
}

impl Inputs {
    /// A handle on the warnings collected so far; clone it to drain warnings from another thread
    /// while this iterator is consumed elsewhere.
    pub fn warnings(&self) -> WarningLog {
        self.log.clone()
    }

    /// Removes and returns the warnings collected so far.
    pub fn take_warnings(&self) -> Vec<Warning> {
        self.log.take()
    }

    /// The next file of the directory walk, if a walk is under way.
    fn next_walked(&mut self) -> Option<Result<PathBuf, InputError>> {
        loop {
            let top = self.walk.last_mut()?;
            let Some(path) = top.next() else {
                self.walk.pop();
                continue;
            };
            let meta = match fs::metadata(&path) {
                Ok(m) => m,
                Err(error) => return Some(Err(io_error(&path, error))),
            };
            if meta.is_dir() {
                let is_link = fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
                if is_link {
                    self.log
                        .push(display(&path), "symbolic link to a directory not followed");
                    continue;
                }
                match list_dir(&path, self.opts.include_hidden) {
                    Ok(entries) => self.walk.push(entries.into_iter()),
                    Err(error) => return Some(Err(io_error(&path, error))),
                }
            } else if meta.is_file() {
                return Some(Ok(path));
            }
        }
    }

    fn open_path(&self, path: &Path) -> Source {
        let name = display(path);
        match File::open(path) {
            Ok(file) => open_stream(&name, &name, Box::new(file), &self.opts, &self.log, 0),
            Err(error) => one(Err(io_error(path, error))),
        }
    }
}

impl Iterator for Inputs {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(current) = self.current.as_mut() {
                if let Some(item) = current.next() {
                    return Some(item);
                }
                self.current = None;
            }
            if let Some(walked) = self.next_walked() {
                match walked {
                    Ok(path) => self.current = Some(self.open_path(&path)),
                    Err(e) => return Some(Err(e)),
                }
                continue;
            }
            match self.pending.pop_front()? {
                Pending::Reader(name, reader) => {
                    self.current =
                        Some(open_stream(&name, &name, reader, &self.opts, &self.log, 0));
                }
                Pending::Path(path) if path.as_os_str() == "-" => {
                    self.current = Some(open_stream(
                        "-",
                        "-",
                        Box::new(io::stdin()),
                        &self.opts,
                        &self.log,
                        0,
                    ));
                }
                Pending::Path(path) => match fs::metadata(&path) {
                    Ok(meta) if meta.is_dir() => match list_dir(&path, self.opts.include_hidden) {
                        Ok(entries) => self.walk.push(entries.into_iter()),
                        Err(error) => return Some(Err(io_error(&path, error))),
                    },
                    Ok(_) => self.current = Some(self.open_path(&path)),
                    Err(error) => return Some(Err(io_error(&path, error))),
                },
            }
        }
    }
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

fn io_error(path: &Path, error: io::Error) -> InputError {
    InputError::Io {
        path: display(path),
        error,
    }
}

fn one(item: Result<Document, InputError>) -> Source {
    Box::new(std::iter::once(item))
}

fn none() -> Source {
    Box::new(std::iter::empty())
}

/// The entries of a directory, sorted by name, without hidden ones unless asked.
fn list_dir(dir: &Path, include_hidden: bool) -> io::Result<Vec<PathBuf>> {
    let mut entries: Vec<(std::ffi::OsString, PathBuf)> = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if !include_hidden && name.as_encoded_bytes().first() == Some(&b'.') {
            continue;
        }
        entries.push((name, entry.path()));
    }
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Ok(entries.into_iter().map(|(_, p)| p).collect())
}

/// Detects the format of one stream and returns the reader for it.
///
/// `source` names the documents (`path`, `path#n`); `detect_name` is the name the format is
/// detected from (the same, minus `.gz` once decompressed).
fn open_stream(
    source: &str,
    detect_name: &str,
    mut reader: Box<dyn Read + Send>,
    opts: &InputOptions,
    log: &WarningLog,
    depth: u8,
) -> Source {
    let io = |error| {
        Err(InputError::Io {
            path: source.to_string(),
            error,
        })
    };
    let mut first_error = None;
    let mut attempts = 0u32;
    let (head, head_error) = loop {
        attempts += 1;
        if attempts > 100_000 {
            return one(io(
                first_error.unwrap_or_else(|| io::ErrorKind::InvalidData.into())
            ));
        }
        match read_head(&mut reader, HEAD_LEN) {
            // Inside gzip, a corrupt first member is skipped like any other: the decoder looks
            // for the next member on the following read.
            (head, Some(error)) if head.is_empty() && depth > 0 => {
                if first_error.is_some() {
                    // Reported once; the reader makes progress on every call, so this ends.
                    continue;
                }
                first_error = Some(error);
            }
            (head, Some(error)) if head.is_empty() => return one(io(error)),
            (head, error) => break (head, error),
        }
    };
    if let Some(error) = first_error {
        if head.is_empty() {
            return one(io(error));
        }
        let rest = open_head(
            source,
            detect_name,
            head,
            head_error,
            reader,
            opts,
            log,
            depth,
        );
        return Box::new(std::iter::once(io(error)).chain(rest));
    }
    open_head(
        source,
        detect_name,
        head,
        head_error,
        reader,
        opts,
        log,
        depth,
    )
}

/// [`open_stream`] once the first bytes are read.
#[allow(clippy::too_many_arguments)] // reason: private plumbing between two halves of one function
fn open_head(
    source: &str,
    detect_name: &str,
    head: Vec<u8>,
    head_error: Option<io::Error>,
    reader: Box<dyn Read + Send>,
    opts: &InputOptions,
    log: &WarningLog,
    depth: u8,
) -> Source {
    if head.is_empty() {
        return match opts.format.unwrap_or_else(|| detect(detect_name, &head)) {
            Format::Text | Format::Html => one(Ok(Document::from_text(source, ""))),
            _ => {
                log.push(source, "empty file: no records");
                none()
            }
        };
    }
    if depth == 0 && is_gzip(&head) {
        let stream = Replay::new(head, head_error, reader);
        let gz = GzMembers::new(BufReader::with_capacity(STREAM_BUFFER, stream));
        return open_stream(source, strip_gz(detect_name), Box::new(gz), opts, log, 1);
    }
    let format = opts.format.unwrap_or_else(|| detect(detect_name, &head));
    // A WARC is binary by nature (it archives images too); everything else must be text.
    if format != Format::Warc {
        if let Some(kind) = binary_kind(&head) {
            log.push(source, format!("skipped binary file ({kind})"));
            return none();
        }
    }
    let utf16 = looks_utf16(&head);
    let mut stream = Replay::new(head, head_error, reader);
    let whole = |stream: &mut dyn Read| -> Result<Vec<u8>, InputError> {
        let mut bytes = Vec::new();
        stream
            .read_to_end(&mut bytes)
            .map(|_| bytes)
            .map_err(|error| InputError::Io {
                path: source.to_string(),
                error,
            })
    };
    match format {
        Format::Text => match whole(&mut stream) {
            Ok(bytes) => {
                let decoded = decode_plain(&bytes);
                drop(bytes);
                if let Some(note) = decoded.note {
                    log.push(source, note);
                }
                one(Ok(Document::from_text(source, decoded.text)))
            }
            Err(e) => one(Err(e)),
        },
        Format::Html => match whole(&mut stream) {
            Ok(bytes) => one(Ok(html_document(
                &bytes,
                None,
                source,
                opts.readability,
                log,
            ))),
            Err(e) => one(Err(e)),
        },
        Format::Feed => match whole(&mut stream) {
            Ok(bytes) => {
                let log = log.clone();
                // Each item's warnings are published when the item is, as for streamed formats.
                Box::new(feed_documents(&bytes, source, &log).into_iter().map(
                    move |(item, warnings)| {
                        for w in warnings {
                            log.push(w.source, w.message);
                        }
                        item
                    },
                ))
            }
            Err(e) => one(Err(e)),
        },
        Format::Jsonl if utf16 => {
            // UTF-16 JSON Lines are rare enough to be transcoded whole rather than streamed.
            match whole(&mut stream) {
                Ok(bytes) => {
                    let decoded = decode_plain(&bytes);
                    if let Some(note) = decoded.note {
                        log.push(source, note);
                    }
                    let utf8 = Cursor::new(decoded.text.into_bytes());
                    Box::new(JsonlReader::new(utf8, source.to_string(), log.clone()))
                }
                Err(e) => one(Err(e)),
            }
        }
        Format::Jsonl => Box::new(JsonlReader::new(
            BufReader::with_capacity(STREAM_BUFFER, stream),
            source.to_string(),
            log.clone(),
        )),
        Format::Warc => Box::new(WarcReader::new(
            BufReader::with_capacity(STREAM_BUFFER, stream),
            source.to_string(),
            opts.readability,
            log.clone(),
        )),
    }
}
