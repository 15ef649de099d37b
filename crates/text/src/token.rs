//! Word, number and punctuation tokens.

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
        0x00..=0x7F | 0x00C0..=0x024F | 0x0400..=0x052F | 0x0600..=0x065F | 0x066A..=0x06EF => false,
        _ => c.is_numeric(),
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

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = self.text;
        let mut chars = text[self.pos..].char_indices();
        let (start, first) = loop {
            let (k, c) = chars.next()?;
            if !is_space(c) {
                break (self.pos + k, c);
            }
        };
        if !is_word_char(first) {
            let end = start + first.len_utf8();
            self.pos = end;
            return Some(Token {
                start,
                end,
                kind: TokenKind::Punct,
            });
        }
        let mut end = start + first.len_utf8();
        let mut all_digits = is_digit(first);
        let mut rest = text[end..].chars().peekable();
        while let Some(&c) = rest.peek() {
            if is_word_char(c) {
                // Short-circuit: `is_numeric` is a slow table lookup for every non-ASCII letter.
                all_digits = all_digits && is_digit(c);
                end += c.len_utf8();
                rest.next();
                continue;
            }
            // A separator inside a number: "1.5", "40,000", "٣٫٥".
            if all_digits && matches!(c, '.' | ',' | '٫' | '٬') {
                let after = text[end + c.len_utf8()..].chars().next();
                if after.is_some_and(is_digit) {
                    end += c.len_utf8();
                    rest.next();
                    continue;
                }
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
