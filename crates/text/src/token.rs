//! Word, number and punctuation tokens.

use std::sync::OnceLock;

/// What a [`Token`] is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum TokenKind {
    /// A run of letters (any script), possibly with digits (`G20`) and diacritics.
    Word,
    /// A number: digits, possibly with inner `.` `,` separators (`1.5`, `40,000`).
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// A token: a byte range of the text it came from.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Token {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// Kind of token.
    pub kind: TokenKind,
}

/// Whether `c` belongs inside a word: letters of any script, digits, and the
/// combining marks and tatweel that sit on Arabic (or decomposed Latin) letters.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Fast paths for the scripts blocwatch reads; the Unicode tables are slow.
    match c as u32 {
        0x0400..=0x0481 | 0x048A..=0x052F => return true,
        0x0610..=0x061A | 0x0620..=0x0669 | 0x066E..=0x06D3 | 0x06D5 | 0x06F0..=0x06FC | 0x06FF => {
            return true
        }
        0x0600..=0x060F | 0x061B..=0x061F | 0x066A..=0x066D | 0x06D4 => return false,
        0x00C0..=0x00D6 | 0x00D8..=0x00F6 | 0x00F8..=0x024F => return true,
        0x2000..=0x206F => return matches!(c as u32, 0x200C | 0x200D),
        _ => {}
    }
    c.is_alphanumeric()
        || matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x0640 | 0x06D6..=0x06ED | 0x200C | 0x200D)
}

/// `c.is_whitespace()`, without the Unicode table for the letters of the scripts blocwatch reads.
#[inline]
fn is_space(c: char) -> bool {
    match c as u32 {
        0x09..=0x0D | 0x20 => true,
        0x21..=0x7F | 0x00A1..=0x167F => false,
        _ => c.is_whitespace(),
    }
}

/// `c.is_numeric()`, without the Unicode table for the letters of the scripts blocwatch reads.
#[inline]
fn is_digit(c: char) -> bool {
    match c as u32 {
        0x30..=0x39 | 0x0660..=0x0669 | 0x06F0..=0x06F9 => true,
        0x00..=0x7F | 0x00C0..=0x024F | 0x0400..=0x052F | 0x0600..=0x065F | 0x066A..=0x06EF => {
            false
        }
        _ => c.is_numeric(),
    }
}

/// The end of the run of word chars ([`is_word_char`]) that starts at byte `i` of `text`: `i` itself
/// when the char there is none (or `i` is past the end). ASCII and two-byte chars (Latin, Cyrillic,
/// Arabic) are classified in place, without decoding; for the entity matcher, which looks words up.
pub fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let low = low_classes();
    loop {
        let Some(&b0) = bytes.get(i) else {
            return i;
        };
        if b0 < 0x80 {
            // An ASCII word char is a letter or a digit (`is_word_char`, and so the ASCII rows of the
            // class table): any other ASCII byte ends the word without a decode or a table lookup.
            if !b0.is_ascii_alphanumeric() {
                return i;
            }
            i += 1;
        } else if b0 & 0xE0 == 0xC0 && i + 1 < bytes.len() {
            // A two-byte char (below U+0800): its class is the table's, as `class` reads it.
            let b1 = bytes[i + 1];
            if low[(usize::from(b0 & 0x1F) << 6) | usize::from(b1 & 0x3F)] & WORD == 0 {
                return i;
            }
            i += 2;
        } else {
            match char_at(text, i) {
                Some((c, len)) if class(c, low) & WORD != 0 => i += len,
                _ => return i,
            }
        }
    }
}

/// Splits `text` into tokens. White space is skipped; a hyphen or apostrophe splits
/// words (`Russia-China` is three tokens, `Russia's` three).
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

/// Iterator returned by [`tokens`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

/// The char starting at byte `i` of `text` (a char boundary) and its length: one and two-byte chars
/// (ASCII, Latin, Cyrillic, Arabic) decoded in place, longer ones by the standard decoder.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    if b & 0xE0 == 0xC0 {
        if let Some(&b2) = bytes.get(i + 1) {
            let cp = (u32::from(b & 0x1F) << 6) | u32::from(b2 & 0x3F);
            if let Some(c) = char::from_u32(cp) {
                return Some((c, 2));
            }
        }
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

const WORD: u8 = 1;
const DIGIT: u8 = 2;
const SPACE: u8 = 4;

/// [`WORD`], [`DIGIT`] and [`SPACE`] of every char below U+0800 (one and two UTF-8 bytes: ASCII,
/// Latin, Cyrillic, Arabic), so that the tokenizer classifies a char with one load.
fn low_classes() -> &'static [u8; 0x800] {
    static T: OnceLock<[u8; 0x800]> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = [0u8; 0x800];
        for (cp, slot) in t.iter_mut().enumerate() {
            if let Some(c) = char::from_u32(cp as u32) {
                *slot = classes_of(c);
            }
        }
        t
    })
}

fn classes_of(c: char) -> u8 {
    let mut k = 0;
    if is_word_char(c) {
        k |= WORD;
    }
    if is_digit(c) {
        k |= DIGIT;
    }
    if is_space(c) {
        k |= SPACE;
    }
    k
}

#[inline]
fn class(c: char, low: &[u8; 0x800]) -> u8 {
    match low.get(c as usize) {
        Some(&k) => k,
        None => classes_of(c),
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = self.text;
        let bytes = text.as_bytes();
        let low = low_classes();
        let mut start = self.pos;
        // (A blank, the most frequent char between tokens, without the decode and the class.)
        while bytes.get(start) == Some(&b' ') {
            start += 1;
        }
        let (first, k) = loop {
            let (c, len) = char_at(text, start)?;
            let k = class(c, low);
            if k & SPACE == 0 {
                break (c, k);
            }
            start += len;
        };
        let mut end = start + first.len_utf8();
        if k & WORD == 0 {
            self.pos = end;
            return Some(Token {
                start,
                end,
                kind: TokenKind::Punct,
            });
        }
        let mut all_digits = k & DIGIT != 0;
        loop {
            // A run of ASCII letters and digits, byte by byte.
            while let Some(&b) = bytes.get(end) {
                if !b.is_ascii_alphanumeric() {
                    break;
                }
                all_digits = all_digits && b.is_ascii_digit();
                end += 1;
            }
            // A run of two-byte word chars (accented Latin, Cyrillic, Arabic letters and marks),
            // decoded in place: the bulk of Russian and Arabic words. `text` is UTF-8, so a lead byte
            // 110xxxxx is followed by its continuation byte and the code point is below U+0800.
            while let (Some(&b0), Some(&b1)) = (bytes.get(end), bytes.get(end + 1)) {
                if b0 & 0xE0 != 0xC0 {
                    break;
                }
                let k = low[(usize::from(b0 & 0x1F) << 6) | usize::from(b1 & 0x3F)];
                if k & WORD == 0 {
                    break;
                }
                all_digits = all_digits && k & DIGIT != 0;
                end += 2;
            }
            // An ASCII byte that is no letter or digit ends the token, unless it is a separator inside
            // a number: most tokens end so, at a blank or a mark. (A letter after a two-byte char goes
            // round the loop again.)
            match bytes.get(end) {
                Some(&b)
                    if b < 0x80
                        && !b.is_ascii_alphanumeric()
                        && !(all_digits && matches!(b, b'.' | b',')) =>
                {
                    break
                }
                None => break,
                _ => {}
            }
            let Some((c, len)) = char_at(text, end) else {
                break;
            };
            let k = class(c, low);
            if k & WORD != 0 {
                // Short-circuit: a number ends being one at its first letter.
                all_digits = all_digits && k & DIGIT != 0;
                end += len;
                continue;
            }
            // A separator inside a number: "1.5", "40,000", "٣٫٥".
            if all_digits
                && matches!(c, '.' | ',' | '٫' | '٬')
                && char_at(text, end + len).is_some_and(|(d, _)| class(d, low) & DIGIT != 0)
            {
                end += len;
                continue;
            }
            break;
        }
        self.pos = end;
        let kind = if all_digits {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        Some(Token { start, end, kind })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &[(&str, TokenKind)]) {
        let got: Vec<(&str, TokenKind)> = tokens(text)
            .map(|t| (&text[t.start..t.end], t.kind))
            .collect();
        assert_eq!(got, expect, "tokens({text:?})");
    }

    use TokenKind::{Number as N, Punct as P, Word as W};

    /// The tokenizer as it was before the byte-level loop, char by char: the reference the fast one
    /// must agree with.
    fn reference(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut pos = 0;
        loop {
            let mut chars = text[pos..].char_indices();
            let Some((start, first)) = chars
                .find(|(_, c)| !c.is_whitespace())
                .map(|(k, c)| (pos + k, c))
            else {
                return out;
            };
            let mut end = start + first.len_utf8();
            if !is_word_char(first) {
                out.push(Token {
                    start,
                    end,
                    kind: TokenKind::Punct,
                });
                pos = end;
                continue;
            }
            let mut all_digits = first.is_numeric();
            let mut rest = text[end..].chars().peekable();
            while let Some(&c) = rest.peek() {
                if is_word_char(c) {
                    all_digits = all_digits && c.is_numeric();
                    end += c.len_utf8();
                    rest.next();
                    continue;
                }
                if all_digits && matches!(c, '.' | ',' | '٫' | '٬') {
                    let after = text[end + c.len_utf8()..].chars().next();
                    if after.is_some_and(|d| d.is_numeric()) {
                        end += c.len_utf8();
                        rest.next();
                        continue;
                    }
                }
                break;
            }
            let kind = if all_digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(Token { start, end, kind });
            pos = end;
        }
    }

    #[test]
    fn agrees_with_the_char_by_char_tokenizer() {
        // Strings drawn from the characters the tokenizer treats differently: ASCII letters, digits and
        // separators, spaces of several kinds, Latin, Cyrillic and Arabic letters, Arabic digits and
        // separators, vowel marks, tatweel, joiners, superscript digits, CJK, an emoji.
        let alphabet: Vec<char> = "aZ09.,-' \t\n\u{0B}\u{A0}\u{2009}\u{3000}éßЖжёй\u{0306}\u{0483}وبالصينة٣٠٫٬۱\u{064E}\u{0640}\u{200D}\u{0670}²½中🙂؟،"
            .chars()
            .collect();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for len in 0..40 {
            for _ in 0..600 {
                let text: String = (0..len)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6_364_136_223_846_793_005)
                            .wrapping_add(1_442_695_040_888_963_407);
                        alphabet[(seed >> 33) as usize % alphabet.len()]
                    })
                    .collect();
                assert_eq!(
                    tokens(&text).collect::<Vec<_>>(),
                    reference(&text),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn word_end_agrees_with_is_word_char() {
        let alphabet: Vec<char> = "aZ09.,-' \u{A0}éßЖжёй\u{0306}\u{0483}وبالصينة٣٠٫٬۱\u{064E}\u{0640}\u{200D}\u{0670}²½中🙂؟،"
            .chars()
            .collect();
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for len in 0..30 {
            for _ in 0..300 {
                let text: String = (0..len)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6_364_136_223_846_793_005)
                            .wrapping_add(1_442_695_040_888_963_407);
                        alphabet[(seed >> 33) as usize % alphabet.len()]
                    })
                    .collect();
                for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
                    let slow = text[i..]
                        .char_indices()
                        .find(|&(_, c)| !is_word_char(c))
                        .map_or(text.len(), |(k, _)| i + k);
                    assert_eq!(word_end(&text, i), slow, "{text:?} at {i}");
                }
            }
        }
    }

    #[test]
    fn ascii_word_chars_are_letters_and_digits() {
        // `word_end` ends a word at any other ASCII byte without looking it up.
        for b in 0u8..0x80 {
            let c = char::from(b);
            assert_eq!(is_word_char(c), c.is_ascii_alphanumeric(), "{b:#x}");
            assert_eq!(
                low_classes()[usize::from(b)] & WORD != 0,
                c.is_ascii_alphanumeric(),
                "{b:#x}"
            );
        }
    }

    #[test]
    fn fast_classes_agree_with_unicode() {
        for cp in 0..0x11000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            assert_eq!(is_space(c), c.is_whitespace(), "U+{cp:04X}");
            assert_eq!(is_digit(c), c.is_numeric(), "U+{cp:04X}");
        }
    }

    #[test]
    fn word_chars_agree_with_unicode() {
        for cp in 0x80u32..0x3000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let slow = c.is_alphanumeric()
                || matches!(cp, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x0640 | 0x06D6..=0x06ED | 0x200C | 0x200D);
            assert_eq!(is_word_char(c), slow, "U+{cp:04X}");
        }
    }

    #[test]
    fn mixed() {
        check(
            "Russia's G20 role: 1.5%, 40,000.",
            &[
                ("Russia", W),
                ("'", P),
                ("s", W),
                ("G20", W),
                ("role", W),
                (":", P),
                ("1.5", N),
                ("%", P),
                (",", P),
                ("40,000", N),
                (".", P),
            ],
        );
        check(
            "российско-китайский",
            &[("российско", W), ("-", P), ("китайский", W)],
        );
        check("وَبِالصِّينِ ٢٠٢٤", &[("وَبِالصِّينِ", W), ("٢٠٢٤", N)]);
        check("  ", &[]);
    }
}
