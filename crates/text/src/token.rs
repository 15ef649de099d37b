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
/// Arabic) are classified in place, without decoding; for the entity matcher, which looks words up
/// (inlined there: its word loop keeps the constants and the class table at hand between calls).
#[inline]
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
            // Eight bytes at a time while they are ASCII letters and digits; the byte that stops the run
            // ends the word if it is ASCII, else it is looked at as a char below.
            if let Some(x) = load8(bytes, i) {
                let (n, _) = ascii_alnum_run(x);
                i += n;
                if n == 8 || bytes[i] >= 0x80 {
                    continue;
                }
                return i;
            }
            i += 1;
        } else if b0 & 0xE0 == 0xC0 && i + 1 < bytes.len() {
            // Four two-byte chars at a time while they are word chars; the char that stops the run is
            // looked at on its own below (unless it is the first, a two-byte char that is no word char).
            if let Some(x) = load8(bytes, i) {
                let (n, _) = two_byte_run(x, low);
                if n == 0 {
                    return i;
                }
                i += 2 * n;
                continue;
            }
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

/// The eight bytes `bytes[i..i + 8]` as a little-endian number, if there are eight.
#[inline(always)]
fn load8(bytes: &[u8], i: usize) -> Option<u64> {
    let w: [u8; 8] = bytes.get(i..i.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(w))
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// How many of the eight bytes of `x` (little-endian: the text's first byte lowest) are, from the first,
/// ASCII letters or digits (0 to 8), and whether those are all digits. Each byte's range tests are
/// additions whose sum sets its high bit (no byte carries into the next: the high bits are cleared first).
#[inline(always)]
fn ascii_alnum_run(x: u64) -> (usize, bool) {
    let x7 = x & !HIGH;
    // b >= lo: b + (0x80 - lo) has its high bit set; b > hi: b + (0x7F - hi) has.
    let digit = (x7 + (0x80 - 0x30) * ONES) & !(x7 + (0x7F - 0x39) * ONES);
    // ASCII letters, either case: b | 0x20 in 'a'..='z' (only 'A'..='Z' and 'a'..='z' fold there).
    let l = x7 | (0x20 * ONES);
    let letter = (l + (0x80 - 0x61) * ONES) & !(l + (0x7F - 0x7A) * ONES);
    // The first byte that is not ASCII or not a letter or digit.
    let stop = (!(digit | letter) | x) & HIGH;
    let n = (stop.trailing_zeros() / 8) as usize;
    // The run's bytes are all digits when no byte before `stop` is a letter.
    let before = if n == 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    };
    (n, letter & HIGH & before == 0)
}

/// How many of the four two-byte chars that `x` may hold (lead byte low, continuation high, in each of
/// its four 16-bit lanes) are, from the first, word chars (0 to 4), and whether those are all digits
/// ([`DIGIT`]). A lane whose low byte is no lead byte (110xxxxx) stops the run; in UTF-8 text the byte
/// after a lead byte is its continuation. Four Russian letters (lead byte D0 or D1: U+0400–U+047F, all
/// letters) are told by one test.
#[inline(always)]
fn two_byte_run(x: u64, low: &[u8; 0x800]) -> (usize, bool) {
    if x & 0xC0FE_C0FE_C0FE_C0FE == 0x80D0_80D0_80D0_80D0 {
        return (4, false);
    }
    let mut digits = true;
    for k in 0..4 {
        let lane = x >> (16 * k);
        let (b0, b1) = (lane as u8, (lane >> 8) as u8);
        if b0 & 0xE0 != 0xC0 {
            return (k, digits);
        }
        let c = low[(usize::from(b0 & 0x1F) << 6) | usize::from(b1 & 0x3F)];
        if c & WORD == 0 {
            return (k, digits);
        }
        digits = digits && c & DIGIT != 0;
    }
    (4, digits)
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
#[inline]
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

    /// `word_end` at every char of `text` (and at its end) against the char-by-char reading.
    fn check_word_ends(text: &str) {
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let slow = text[i..]
                .char_indices()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(text.len(), |(k, _)| i + k);
            assert_eq!(word_end(text, i), slow, "{text:?} at {i}");
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
                check_word_ends(&text);
            }
        }
    }

    /// Texts of whole words, each a run of one script's word chars (so that the eight-byte steps of
    /// `word_end` and the tokenizer run, and stop at every place in a window), with the chars between.
    fn worded_texts(seed: u64, n: usize) -> Vec<String> {
        let scripts: [Vec<char>; 5] = [
            "aZq09Mx".chars().collect(),
            "ЖжёйЁяАЯѣѲ".chars().collect(),
            "وبالصينةمحىئ\u{064E}\u{0640}".chars().collect(),
            "٣٠۱٩".chars().collect(),
            "éßÀÿ\u{0306}ž".chars().collect(),
        ];
        let between: Vec<char> = " .,-'\u{A0}؟،٫٬\u{0483}²½中🙂\u{200D}".chars().collect();
        let mut seed = seed;
        let mut next = |m: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % m
        };
        (0..n)
            .map(|_| {
                let mut text = String::new();
                for _ in 0..next(6) {
                    for _ in 0..1 + next(3) {
                        let script = &scripts[next(scripts.len())];
                        for _ in 0..1 + next(12) {
                            text.push(script[next(script.len())]);
                        }
                    }
                    for _ in 0..next(3) {
                        text.push(between[next(between.len())]);
                    }
                }
                text
            })
            .collect()
    }

    #[test]
    fn word_runs_agree_with_the_char_by_char_reading() {
        for text in worded_texts(0x5851_F42D_4C95_7F2D, 20_000) {
            assert_eq!(
                tokens(&text).collect::<Vec<_>>(),
                reference(&text),
                "{text:?}"
            );
            check_word_ends(&text);
        }
    }

    #[test]
    fn eight_byte_runs_agree_with_the_bytes() {
        // Every byte value at every place of a window of ASCII letters, and random windows.
        let mut windows = Vec::new();
        for at in 0..8 {
            for b in 0..=255u8 {
                let mut w = *b"Ab3zZ09a";
                w[at] = b;
                windows.push(w);
            }
        }
        let mut seed: u64 = 0x1234_5678_9ABC_DEF1;
        for _ in 0..100_000 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            windows.push(seed.to_le_bytes());
        }
        for w in windows {
            let n = w.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            let digits = w[..n].iter().all(u8::is_ascii_digit);
            assert_eq!(ascii_alnum_run(u64::from_le_bytes(w)), (n, digits), "{w:?}");
        }
        // Four two-byte chars: every char below U+0800 at every lane, among Russian letters.
        for lane in 0..4 {
            for cp in 0x80u32..0x800 {
                let mut chars = ['ж'; 4];
                chars[lane] = char::from_u32(cp).unwrap_or('ж');
                let s: String = chars.iter().collect();
                let w: [u8; 8] = s.as_bytes().try_into().unwrap_or_default();
                let n = chars.iter().take_while(|&&c| is_word_char(c)).count();
                let digits = chars[..n].iter().all(|&c| is_digit(c));
                assert_eq!(
                    two_byte_run(u64::from_le_bytes(w), low_classes()),
                    (n, digits),
                    "{s:?}"
                );
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
