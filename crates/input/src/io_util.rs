//! Small streaming helpers shared by the readers.

use std::io::{self, BufRead, Read};

/// Reads up to `n` bytes (fewer only at end of stream or on error), retrying short reads from
/// pipes. An error after some bytes is returned beside them rather than instead of them, so that a
/// stream whose damage starts early (a corrupt second gzip member) can still be read past it.
pub(crate) fn read_head<R: Read + ?Sized>(
    reader: &mut R,
    n: usize,
) -> (Vec<u8>, Option<io::Error>) {
    let mut head = Vec::with_capacity(n.min(64 * 1024));
    // `read_to_end` appends what it read before failing.
    let error = reader.take(n as u64).read_to_end(&mut head).err();
    (head, error)
}

/// Replays the bytes read for sniffing, then the error met while reading them (once), then the
/// rest of the stream.
pub(crate) struct Replay<R> {
    head: io::Cursor<Vec<u8>>,
    error: Option<io::Error>,
    rest: R,
}

impl<R: Read> Replay<R> {
    pub(crate) fn new(head: Vec<u8>, error: Option<io::Error>, rest: R) -> Replay<R> {
        Replay {
            head: io::Cursor::new(head),
            error,
            rest,
        }
    }
}

impl<R: Read> Read for Replay<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.head.read(buf)?;
        if n > 0 || buf.is_empty() {
            return Ok(n);
        }
        if let Some(error) = self.error.take() {
            return Err(error);
        }
        self.rest.read(buf)
    }
}

/// The outcome of [`read_line_bounded`].
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line {
    /// End of stream before any byte.
    Eof,
    /// A line (its `\n` included when present) is in the buffer.
    Read,
    /// The line was longer than the limit: the buffer holds its first `limit` bytes and the rest
    /// of the line was skipped without being stored.
    TooLong(u64),
}

/// Appends one line to `buf` without ever holding more than `limit` bytes of it, so that a
/// corrupt file with no newline cannot exhaust memory.
pub(crate) fn read_line_bounded<R: BufRead + ?Sized>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Line> {
    let mut total: u64 = 0;
    loop {
        let chunk = match reader.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(if total == 0 {
                Line::Eof
            } else if total > limit as u64 {
                Line::TooLong(total)
            } else {
                Line::Read
            });
        }
        let (take, found) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let room = limit.saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..take.min(room)]);
        total += take as u64;
        reader.consume(take);
        if found {
            return Ok(if total > limit as u64 {
                Line::TooLong(total)
            } else {
                Line::Read
            });
        }
    }
}

/// Reads and drops everything the reader has left; returns how many bytes that was.
pub(crate) fn drain<R: Read + ?Sized>(reader: &mut R) -> io::Result<u64> {
    io::copy(reader, &mut io::sink())
}
