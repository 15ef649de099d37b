//! Turning bytes of unknown encoding into UTF-8.
//!
//! The order of evidence follows the HTML standard's encoding sniffing: a byte-order mark, then the
//! transport's `charset` (HTTP `Content-Type`), then the document's own declaration (`<meta charset>`,
//! `<?xml encoding?>`), then the bytes themselves: valid UTF-8 is UTF-8, anything else is guessed by
//! chardetng (the detector Firefox uses). Every decision that is a guess is reported.

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, KOI8_R, KOI8_U, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// How much of a file chardetng looks at: enough for any real article, bounded for huge files.
const GUESS_WINDOW: usize = 1 << 20;
/// How far into an HTML page a `<meta charset>` is looked for. The standard says 1024 bytes; real
/// pages put long `<script>` blocks first, so look further.
const META_WINDOW: usize = 16 * 1024;

/// Decoded text and, when the encoding was not plain UTF-8, a note saying what was done.
#[derive(Debug)]
pub(crate) struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

impl Decoded {
    fn utf8(text: String) -> Decoded {
        Decoded { text, note: None }
    }
}

/// Plain text: BOM, else UTF-8, else UTF-16 without BOM, else a guess.
pub(crate) fn decode_plain(bytes: &[u8]) -> Decoded {
    if let Some(d) = decode_bom(bytes) {
        return d;
    }
    // ASCII in UTF-16 is valid UTF-8 full of NULs, so UTF-16 is tried first.
    if let Some(enc) = utf16_without_bom(bytes) {
        return decode_with(bytes, enc, "decoded as %ENC% (no byte-order mark)");
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded::utf8(s.to_owned()),
        Err(_) => guess(bytes),
    }
}

/// HTML: BOM, transport charset, `<meta>` declaration, UTF-8, guess.
pub(crate) fn decode_html(bytes: &[u8], transport: Option<&str>) -> Decoded {
    if let Some(d) = decode_bom(bytes) {
        return d;
    }
    let declared = transport
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .map(|e| (e, "HTTP header"))
        .or_else(|| meta_charset(bytes).map(|e| (e, "<meta>")));
    match declared {
        Some((enc, how)) => decode_declared(bytes, html_encoding(enc), how),
        None => decode_plain(bytes),
    }
}

/// XML (feeds): BOM, `<?xml encoding?>`, UTF-8, guess.
pub(crate) fn decode_xml(bytes: &[u8]) -> Decoded {
    if let Some(d) = decode_bom(bytes) {
        return d;
    }
    match xml_declared_encoding(bytes) {
        Some(enc) => decode_declared(bytes, enc, "XML declaration"),
        None => decode_plain(bytes),
    }
}

/// One line whose bytes are not UTF-8 (a JSONL record): guessed, with the encoding's name.
pub(crate) fn decode_guess(bytes: &[u8]) -> (String, &'static str) {
    let enc = guess_encoding(bytes);
    let (text, _) = enc.decode_without_bom_handling(bytes);
    (text.into_owned(), enc.name())
}

/// Whether these first bytes start with a UTF-16 byte-order mark, or look like UTF-16 without one.
pub(crate) fn looks_utf16(head: &[u8]) -> bool {
    head.starts_with(&[0xFF, 0xFE])
        || head.starts_with(&[0xFE, 0xFF])
        || utf16_without_bom(head).is_some()
}

fn decode_bom(bytes: &[u8]) -> Option<Decoded> {
    let (enc, bom_len) = Encoding::for_bom(bytes)?;
    let body = &bytes[bom_len..];
    if enc == UTF_8 {
        let (text, had_errors) = UTF_8.decode_without_bom_handling(body);
        let note = had_errors.then(|| {
            "UTF-8 byte-order mark but invalid UTF-8: bad bytes replaced by U+FFFD".to_string()
        });
        return Some(Decoded {
            text: text.into_owned(),
            note,
        });
    }
    Some(decode_with(body, enc, "decoded as %ENC% (byte-order mark)"))
}

/// Decodes with a declared encoding, second-guessing two common lies: a page declared UTF-8 that is
/// not, and a page declared in a legacy single-byte encoding whose bytes are in fact valid UTF-8
/// (CMS templates that still say `iso-8859-1`). Valid non-ASCII UTF-8 almost never happens by
/// chance in a legacy encoding, so UTF-8 wins.
fn decode_declared(bytes: &[u8], enc: &'static Encoding, how: &str) -> Decoded {
    if enc == UTF_8 {
        return match std::str::from_utf8(bytes) {
            Ok(s) => Decoded::utf8(s.to_owned()),
            Err(_) => {
                let mut d = guess(bytes);
                d.note = Some(format!(
                    "declared UTF-8 ({how}) but not valid UTF-8; {}",
                    d.note.unwrap_or_default()
                ));
                d
            }
        };
    }
    if !bytes.is_ascii() {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Decoded {
                text: s.to_owned(),
                note: Some(format!(
                    "declared {} ({how}) but the bytes are valid UTF-8; read as UTF-8",
                    enc.name()
                )),
            };
        }
    }
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let note = if enc == WINDOWS_1252 || (enc.is_single_byte() && bytes.is_ascii()) {
        // The default Western encoding of the web: declaring it is normal, and reporting every
        // such page would bury the interesting warnings.
        None
    } else {
        Some(format!("decoded as {} (declared in {how})", enc.name()))
    };
    Decoded {
        text: text.into_owned(),
        note: match (note, had_errors) {
            (n, false) => n,
            (_, true) => Some(format!(
                "decoded as {} (declared in {how}); malformed bytes replaced by U+FFFD",
                enc.name()
            )),
        },
    }
}

fn decode_with(bytes: &[u8], enc: &'static Encoding, note: &str) -> Decoded {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        note: Some(note.replace("%ENC%", enc.name())),
    }
}

fn guess(bytes: &[u8]) -> Decoded {
    let enc = guess_encoding(bytes);
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let mut note = format!("not valid UTF-8; charset guessed as {}", enc.name());
    if had_errors {
        note.push_str(" (some bytes replaced by U+FFFD)");
    }
    Decoded {
        text: text.into_owned(),
        note: Some(note),
    }
}

fn guess_encoding(bytes: &[u8]) -> &'static Encoding {
    let window = &bytes[..bytes.len().min(GUESS_WINDOW)];
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(window, window.len() == bytes.len());
    let guess = detector.guess(None, Utf8Detection::Deny);
    // chardetng answers KOI8-U for all KOI8 text. The two differ only in the eight bytes where
    // KOI8-U puts Ukrainian letters and KOI8-R box-drawing characters; without those bytes the text
    // is KOI8-R (Russian), and saying so makes the warning accurate.
    if guess == KOI8_U && !window.iter().any(|b| KOI8_U_ONLY.contains(b)) {
        return KOI8_R;
    }
    guess
}

const KOI8_U_ONLY: [u8; 8] = [0xA4, 0xA6, 0xA7, 0xAD, 0xB4, 0xB6, 0xB7, 0xBD];

/// The HTML standard's overrides: a `<meta>` that says UTF-16 cannot be true (it was read as
/// ASCII), and `x-user-defined` means windows-1252.
fn html_encoding(enc: &'static Encoding) -> &'static Encoding {
    if enc == UTF_16LE || enc == UTF_16BE {
        UTF_8
    } else if enc.name() == "x-user-defined" {
        WINDOWS_1252
    } else {
        enc
    }
}

/// UTF-16 without a byte-order mark: text in Latin, Cyrillic or Arabic script has a zero (or a small
/// constant) high byte in every other position, and the NULs of ASCII characters all fall on one
/// parity. Binary data has NULs on both.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let window = &bytes[..bytes.len().min(8192) & !1];
    if window.len() < 4 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in window.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let pairs = window.len() / 2;
    // At least a fifth of the characters ASCII (spaces, digits, punctuation) and no NUL elsewhere.
    if odd * 5 >= pairs && even == 0 {
        Some(UTF_16LE)
    } else if even * 5 >= pairs && odd == 0 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The charset of the first `<meta charset=…>` or `<meta http-equiv=Content-Type content="…;
/// charset=…">` in the first bytes of a page.
pub(crate) fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let window = &bytes[..bytes.len().min(META_WINDOW)];
    let lower = window.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = memchr::memmem::find(&lower[from..], b"<meta") {
        let start = from + pos + 5;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(enc) = charset_param(tag) {
            return Some(enc);
        }
        from = end.max(start);
        if from >= lower.len() {
            break;
        }
    }
    None
}

/// The `charset=` parameter of a `Content-Type` value or a `<meta>` tag's text.
pub(crate) fn charset_param(text: &[u8]) -> Option<&'static Encoding> {
    let pos = memchr::memmem::find(&text.to_ascii_lowercase(), b"charset")?;
    let mut rest = &text[pos + 7..];
    rest = trim_start(rest);
    rest = rest.strip_prefix(b"=")?;
    rest = trim_start(rest);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| {
            matches!(
                b,
                b'"' | b'\'' | b';' | b' ' | b'\t' | b'/' | b'>' | b'\r' | b'\n'
            )
        })
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

fn trim_start(mut s: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = s {
        if first.is_ascii_whitespace() {
            s = rest;
        } else {
            break;
        }
    }
    s
}

/// The `encoding` of an `<?xml … ?>` declaration at the start of the bytes.
fn xml_declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = trim_start(&bytes[..bytes.len().min(512)]);
    let decl = head.strip_prefix(b"<?xml")?;
    let end = memchr::memmem::find(decl, b"?>")?;
    let decl = &decl[..end];
    let pos = memchr::memmem::find(decl, b"encoding")?;
    let rest = trim_start(&decl[pos + 8..]);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let quote = *rest.first()?;
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    let value = &rest[1..];
    let end = memchr::memchr(quote, value)?;
    Encoding::for_label(&value[..end])
}

/// Replaces the five XML entities and numeric character references, leaving every other `&name;`
/// as it is (feeds are full of HTML's `&nbsp;`, which a strict XML unescaper rejects; the HTML
/// parser that reads the result decodes them).
pub(crate) fn xml_unescape_lenient(raw: &str) -> Cow<'_, str> {
    if !raw.contains('&') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after.find(';').filter(|&s| s > 0 && s <= 32);
        let replaced = semi.and_then(|s| {
            let name = &after[..s];
            let ch = match name {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse::<u32>().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((ch, s))
        });
        match replaced {
            Some((ch, s)) => {
                out.push(ch);
                rest = &after[s + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}
