//! Deciding what a file is: its name first, then its first bytes.

use crate::charset::looks_utf16;
use crate::options::Format;

/// How many bytes are read before deciding (enough for a long first JSONL line or an HTML head).
pub(crate) const HEAD_LEN: usize = 64 * 1024;
/// NUL bytes in this many first bytes mark a binary file.
const BINARY_WINDOW: usize = 8 * 1024;

pub(crate) fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

/// The file name with a trailing `.gz` removed, if it had one.
pub(crate) fn strip_gz(name: &str) -> &str {
    let lower_ends = |suffix: &str| {
        name.len() >= suffix.len()
            && name.is_char_boundary(name.len() - suffix.len())
            && name[name.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    if lower_ends(".gz") {
        &name[..name.len() - 3]
    } else if lower_ends(".gzip") {
        &name[..name.len() - 5]
    } else {
        name
    }
}

/// What the extension says, when it says something definite. `.txt`, `.md` and unknown
/// extensions say nothing: their content decides.
fn format_from_extension(name: &str) -> Option<Format> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let ext = file.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "jsonl" | "ndjson" | "jsonlines" => Some(Format::Jsonl),
        "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
        "rss" | "atom" => Some(Format::Feed),
        "warc" => Some(Format::Warc),
        _ => None,
    }
}

/// The format of an input named `name` whose first bytes are `head`.
pub(crate) fn detect(name: &str, head: &[u8]) -> Format {
    let sniffed = sniff(head);
    if let Some(Sniffed::Warc) = sniffed {
        return Format::Warc;
    }
    if let Some(format) = format_from_extension(name) {
        return format;
    }
    let is_xml_ext = name.to_ascii_lowercase().ends_with(".xml");
    match sniffed {
        Some(Sniffed::Feed) => Format::Feed,
        Some(Sniffed::Html) => Format::Html,
        // Any other XML: its text is still worth reading, and the HTML parser reads XML leniently.
        Some(Sniffed::OtherXml) => Format::Html,
        Some(Sniffed::Jsonl) => Format::Jsonl,
        Some(Sniffed::Warc) => Format::Warc,
        None if is_xml_ext => Format::Feed,
        None => Format::Text,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sniffed {
    Warc,
    Feed,
    Html,
    OtherXml,
    Jsonl,
}

fn sniff(head: &[u8]) -> Option<Sniffed> {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if head.starts_with(b"WARC/1.") || head.starts_with(b"WARC/0.") {
        return Some(Sniffed::Warc);
    }
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let body = &head[start..];
    match body[0] {
        b'<' => Some(sniff_markup(body)),
        b'{' => sniff_jsonl(body).then_some(Sniffed::Jsonl),
        _ => {
            // Text that opens with a few words and then a full HTML document is still HTML
            // (a stray line before the doctype is common in scraped pages).
            let window = body[..body.len().min(1024)].to_ascii_lowercase();
            let has = |needle: &[u8]| memchr::memmem::find(&window, needle).is_some();
            (has(b"<!doctype html") || has(b"<html")).then_some(Sniffed::Html)
        }
    }
}

/// Classifies markup by its root element, skipping the XML declaration, comments, processing
/// instructions and the doctype.
fn sniff_markup(mut body: &[u8]) -> Sniffed {
    let mut saw_xml_decl = false;
    loop {
        body = trim_ascii_start(body);
        let lower: Vec<u8> = body[..body.len().min(64)].to_ascii_lowercase();
        if lower.starts_with(b"<?") {
            saw_xml_decl |= lower.starts_with(b"<?xml");
            match memchr::memmem::find(body, b"?>") {
                Some(end) => body = &body[end + 2..],
                None => return Sniffed::OtherXml,
            }
        } else if lower.starts_with(b"<!--") {
            match memchr::memmem::find(body, b"-->") {
                Some(end) => body = &body[end + 3..],
                None => return Sniffed::Html,
            }
        } else if lower.starts_with(b"<!doctype") {
            if lower.starts_with(b"<!doctype html") {
                return Sniffed::Html;
            }
            match memchr::memchr(b'>', body) {
                Some(end) => body = &body[end + 1..],
                None => return Sniffed::OtherXml,
            }
        } else if lower.starts_with(b"<") {
            let name_end = lower[1..]
                .iter()
                .position(|&b| b.is_ascii_whitespace() || b == b'>' || b == b'/')
                .map_or(lower.len(), |p| p + 1);
            let name = &lower[1..name_end];
            return match name {
                b"rss" | b"feed" | b"rdf:rdf" | b"atom:feed" => Sniffed::Feed,
                b"html" | b"head" | b"body" | b"article" | b"main" | b"div" | b"p" | b"meta"
                | b"title" | b"section" | b"h1" | b"h2" | b"table" | b"span" | b"a" => {
                    Sniffed::Html
                }
                _ if saw_xml_decl => Sniffed::OtherXml,
                _ => Sniffed::Html,
            };
        } else {
            return if saw_xml_decl {
                Sniffed::OtherXml
            } else {
                Sniffed::Html
            };
        }
    }
}

/// JSON Lines if the first line is a JSON object (or, when the line is longer than what was read,
/// if it opens like one).
fn sniff_jsonl(body: &[u8]) -> bool {
    match memchr::memchr(b'\n', body) {
        Some(end) => {
            let line = &body[..end];
            serde_json::from_slice::<serde::de::IgnoredAny>(line).is_ok()
                && trim_ascii_start(&line[1..])
                    .first()
                    .is_some_and(|&b| b == b'"' || b == b'}')
        }
        None => {
            let rest = trim_ascii_start(&body[1..]);
            rest.first() == Some(&b'"')
                || (body.len() < HEAD_LEN
                    && serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok())
        }
    }
}

fn trim_ascii_start(mut s: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = s {
        if first.is_ascii_whitespace() {
            s = rest;
        } else {
            break;
        }
    }
    s
}

/// Why these first bytes are not text, if they are not: a known binary magic number, or NUL
/// bytes that are not UTF-16.
pub(crate) fn binary_kind(head: &[u8]) -> Option<&'static str> {
    const MAGICS: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"PK\x05\x06", "ZIP archive"),
        (b"\x7fELF", "ELF executable"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"II*\x00", "TIFF image"),
        (b"MM\x00*", "TIFF image"),
        (b"RIFF", "RIFF media"),
        (b"OggS", "Ogg media"),
        (b"ID3", "MP3 audio"),
        (b"fLaC", "FLAC audio"),
        (b"wOFF", "WOFF font"),
        (b"wOF2", "WOFF2 font"),
        (b"\x00asm", "WebAssembly module"),
        (b"\xca\xfe\xba\xbe", "Java class or Mach-O binary"),
        (b"\xcf\xfa\xed\xfe", "Mach-O binary"),
        (b"\xce\xfa\xed\xfe", "Mach-O binary"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
        (b"SQLite format 3\x00", "SQLite database"),
        (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
        (b"\xfd7zXZ\x00", "xz-compressed data (not supported)"),
        (b"\x28\xb5\x2f\xfd", "zstd-compressed data (not supported)"),
        (b"BZh", "bzip2-compressed data (not supported)"),
        (b"Rar!\x1a\x07", "RAR archive"),
        (b"PAR1", "Parquet file"),
    ];
    for (magic, kind) in MAGICS {
        if head.starts_with(magic) {
            // "BZh" and "ID3" and "RIFF" are short: require the rest of their signature.
            let confirmed = match *magic {
                b"BZh" => {
                    head.len() >= 10
                        && (b'1'..=b'9').contains(&head[3])
                        && &head[4..10] == b"1AY&SY"
                }
                b"ID3" => head.len() >= 5 && head[3] < 10 && head[4] < 10,
                _ => true,
            };
            if confirmed {
                return Some(kind);
            }
        }
    }
    if head.len() >= 12 && &head[4..8] == b"ftyp" {
        return Some("MP4/QuickTime media");
    }
    let window = &head[..head.len().min(BINARY_WINDOW)];
    if memchr::memchr(0, window).is_some() && !looks_utf16(window) {
        return Some("binary data (NUL bytes)");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, head: &str, expect: Format) {
        assert_eq!(detect(name, head.as_bytes()), expect, "{name}: {head:?}");
    }

    #[test]
    fn detection() {
        check("a.txt", "The summit opened.", Format::Text);
        check(
            "a.txt",
            "<!DOCTYPE html><html><body>x</body></html>",
            Format::Html,
        );
        check("a.txt", "  <html lang=\"ru\">", Format::Html);
        check(
            "notes",
            "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">",
            Format::Feed,
        );
        check(
            "a.xml",
            "<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"x\">",
            Format::Feed,
        );
        check("a.xml", "<?xml version=\"1.0\"?><sitemap/>", Format::Html);
        check(
            "a.md",
            "{\"id\": 1, \"text\": \"x\"}\n{\"id\": 2",
            Format::Jsonl,
        );
        check("a.md", "{not json\n", Format::Text);
        check("a.jsonl", "anything", Format::Jsonl);
        check("x.html", "plain words", Format::Html);
        check("x.gz.txt", "WARC/1.1\r\nWARC-Type: warcinfo", Format::Warc);
        check("-", "WARC/1.0\r\n", Format::Warc);
        check("-", "", Format::Text);
    }

    #[test]
    fn binaries() {
        assert_eq!(binary_kind(b"\x89PNG\r\n\x1a\n...."), Some("PNG image"));
        assert_eq!(binary_kind(b"%PDF-1.7"), Some("PDF document"));
        assert_eq!(
            binary_kind(b"abc\x00\x01\x00\x00def\x00"),
            Some("binary data (NUL bytes)")
        );
        assert_eq!(binary_kind(b"BZh is a word"), None);
        assert_eq!(binary_kind("Hello, мир".as_bytes()), None);
        let utf16: Vec<u8> = "Plain text here"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(binary_kind(&utf16), None);
    }
}
