//! Multi-member gzip that survives a corrupt member.
//!
//! Common Crawl writes a WARC.gz as one gzip member per record, so that a reader can skip to any
//! record. `flate2::MultiGzDecoder` reads such files but stops for good at the first corrupt byte.
//! This reader decodes member after member and, after an error, reports it once and then looks for
//! the next gzip header (`1f 8b 08`) and carries on from there. The WARC parser above it sees one
//! I/O error and then the next record.

use std::io::{self, BufRead, Read};

use flate2::bufread::GzDecoder;

enum State<R> {
    /// Between members: the reader is positioned where the next member should start.
    Between(R),
    /// Inside a member.
    In(GzDecoder<R>),
    /// After an error: looking for the next member header.
    Resync(R),
    /// Nothing more to read.
    Done,
}

pub(crate) struct GzMembers<R: BufRead> {
    state: State<R>,
}

impl<R: BufRead> GzMembers<R> {
    pub(crate) fn new(reader: R) -> GzMembers<R> {
        GzMembers {
            state: State::Between(reader),
        }
    }
}

impl<R: BufRead> Read for GzMembers<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return Ok(0),
                State::Between(mut r) => {
                    let at_end = match r.fill_buf() {
                        Ok(chunk) => chunk.is_empty(),
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                            self.state = State::Between(r);
                            continue;
                        }
                        Err(e) => return Err(e),
                    };
                    if at_end {
                        return Ok(0);
                    }
                    self.state = State::In(GzDecoder::new(r));
                }
                State::In(mut d) => match d.read(buf) {
                    Ok(0) => self.state = State::Between(d.into_inner()),
                    Ok(n) => {
                        self.state = State::In(d);
                        return Ok(n);
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => self.state = State::In(d),
                    Err(e) => {
                        self.state = State::Resync(d.into_inner());
                        return Err(io::Error::new(
                            io::ErrorKind::InvalidData,
                            format!("corrupt gzip member: {e}"),
                        ));
                    }
                },
                State::Resync(mut r) => {
                    // Skip at least one byte so that a bad header at this very spot is not
                    // retried forever, then stop at the next plausible member header.
                    let mut skipped_first = false;
                    loop {
                        let chunk = match r.fill_buf() {
                            Ok(c) => c,
                            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                            Err(e) => return Err(e),
                        };
                        if chunk.is_empty() {
                            return Ok(0);
                        }
                        let from = usize::from(!skipped_first);
                        skipped_first = true;
                        let found = chunk[from.min(chunk.len())..]
                            .iter()
                            .enumerate()
                            .position(|(i, &b)| {
                                let at = from + i;
                                b == 0x1f
                                    && chunk.get(at + 1).is_none_or(|&n| n == 0x8b)
                                    && chunk.get(at + 2).is_none_or(|&m| m == 0x08)
                            })
                            .map(|i| from + i);
                        match found {
                            Some(at) => {
                                r.consume(at);
                                break;
                            }
                            None => {
                                let len = chunk.len();
                                r.consume(len);
                            }
                        }
                    }
                    self.state = State::Between(r);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use flate2::Compression;
    use std::io::Write;

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    /// Reads everything, collecting the text and counting errors.
    fn read_all(bytes: Vec<u8>) -> (String, usize) {
        let mut r = GzMembers::new(io::BufReader::with_capacity(16, io::Cursor::new(bytes)));
        let (mut out, mut errors) = (Vec::new(), 0);
        let mut buf = [0u8; 7];
        for _ in 0..10_000 {
            match r.read(&mut buf) {
                Ok(0) => return (String::from_utf8_lossy(&out).into_owned(), errors),
                Ok(n) => out.extend_from_slice(&buf[..n]),
                Err(_) => errors += 1,
            }
        }
        panic!("no progress");
    }

    #[test]
    fn members_are_concatenated() {
        let mut bytes = gz(b"alpha ");
        bytes.extend(gz(b"beta "));
        bytes.extend(gz(b"gamma"));
        assert_eq!(read_all(bytes), ("alpha beta gamma".to_string(), 0));
    }

    #[test]
    fn corrupt_member_is_skipped() {
        let mut bytes = gz(b"alpha ");
        let mut bad = gz(&[b'x'; 300]);
        let mid = bad.len() / 2;
        bad[mid..mid + 8].copy_from_slice(b"\xff\x00\xff\x00\xff\x00\xff\x00");
        bytes.extend(bad);
        bytes.extend(gz(b"gamma"));
        let (text, errors) = read_all(bytes);
        assert!(text.starts_with("alpha "), "{text}");
        assert!(text.ends_with("gamma"), "{text}");
        assert!(errors >= 1);
    }

    #[test]
    fn truncated_tail_ends_cleanly() {
        let mut bytes = gz(b"alpha ");
        let second = gz(b"a second member that will be cut");
        bytes.extend_from_slice(&second[..second.len() / 2]);
        let (text, errors) = read_all(bytes);
        assert!(text.starts_with("alpha "));
        assert_eq!(errors, 1);
    }
}
