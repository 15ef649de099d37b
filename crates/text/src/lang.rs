//! Language identification restricted to the three languages blocwatch reads.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// A language blocwatch reads.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Lang {
    /// Arabic.
    Ar,
    /// English.
    En,
    /// Russian.
    Ru,
}

impl Lang {
    /// All languages, in code order.
    pub const ALL: [Lang; 3] = [Lang::Ar, Lang::En, Lang::Ru];

    /// The ISO 639-1 code: `"ar"`, `"en"` or `"ru"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// Parses an ISO 639-1 (`ru`) or 639-3 (`rus`) code, case-insensitively.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        if code.eq_ignore_ascii_case("ar") || code.eq_ignore_ascii_case("ara") {
            Some(Lang::Ar)
        } else if code.eq_ignore_ascii_case("en") || code.eq_ignore_ascii_case("eng") {
            Some(Lang::En)
        } else if code.eq_ignore_ascii_case("ru") || code.eq_ignore_ascii_case("rus") {
            Some(Lang::Ru)
        } else {
            None
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = Error;
    fn from_str(s: &str) -> Result<Lang, Error> {
        Lang::from_code(s).ok_or_else(|| Error::UnknownLang(s.to_owned()))
    }
}

/// How many bytes of a text language identification looks at.
const PREFIX: usize = 4096;

/// Identifies the language of `text` among Arabic, English and Russian.
///
/// Only a bounded prefix is read, so this is cheap on any input. Letters are counted
/// per script first: Arabic script means Arabic and Cyrillic means Russian (unless the
/// text carries letters that Russian does not use, such as Persian `پ چ ژ گ` or
/// Ukrainian `і ї є ґ`, in numbers that rule out a stray loan word). Latin text is
/// English unless whatlang, restricted to common Latin-script languages, is confident
/// that it is another one. Returns `None` for empty text, text without letters, or a
/// language outside the allow-list.
pub fn detect_lang(text: &str) -> Option<Lang> {
    let mut end = text.len().min(PREFIX);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let prefix = &text[..end];
    let mut arabic = 0usize;
    let mut persian = 0usize;
    let mut cyrillic = 0usize;
    let mut non_russian = 0usize;
    let mut latin = 0usize;
    for c in prefix.chars() {
        match c {
            'a'..='z' | 'A'..='Z' => latin += 1,
            // Letters of these blocks by range, not `is_alphabetic` (a table lookup per
            // character): only × ÷ and the Cyrillic signs U+0482..U+0489 are not letters.
            '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' if !matches!(c, '×' | '÷') => {
                latin += 1
            }
            '\u{0400}'..='\u{04FF}' | '\u{0500}'..='\u{052F}'
                if !matches!(c, '\u{0482}'..='\u{0489}') =>
            {
                cyrillic += 1;
                if matches!(
                    c,
                    'і' | 'ї'
                        | 'є'
                        | 'ґ'
                        | 'І'
                        | 'Ї'
                        | 'Є'
                        | 'Ґ'
                        | 'ў'
                        | 'Ў'
                        | 'ђ'
                        | 'ј'
                        | 'љ'
                        | 'њ'
                        | 'ћ'
                        | 'џ'
                        | 'ѓ'
                        | 'ќ'
                        | 'ѕ'
                ) {
                    non_russian += 1;
                }
            }
            '\u{0620}'..='\u{064A}'
            | '\u{066E}'..='\u{06D3}'
            | '\u{06FA}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}' => {
                arabic += 1;
                if matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ھ' | 'ے')
                {
                    persian += 1;
                }
            }
            '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}' => arabic += 1,
            _ => {}
        }
    }
    let total = arabic + cyrillic + latin;
    if total == 0 {
        return None;
    }
    if arabic >= cyrillic && arabic >= latin {
        if persian >= 3 && persian * 40 > arabic {
            return None;
        }
        return Some(Lang::Ar);
    }
    if cyrillic >= latin {
        if non_russian >= 3 && non_russian * 100 > cyrillic {
            return None;
        }
        return Some(Lang::Ru);
    }
    // whatlang's trigram scoring is linear in its input and a kilobyte is plenty to tell
    // English from the other Latin-script languages.
    let mut end = prefix.len().min(WHATLANG_PREFIX);
    while !prefix.is_char_boundary(end) {
        end -= 1;
    }
    latin_is_english(&prefix[..end])
}

/// How much of a Latin-script text whatlang reads.
const WHATLANG_PREFIX: usize = 1024;

fn latin_is_english(prefix: &str) -> Option<Lang> {
    use whatlang::Lang as W;
    // Latin-script languages whose news could reach blocwatch by mistake. English is
    // in the list so that whatlang has to beat it, not merely find something else.
    static CANDIDATES: [W; 12] = [
        W::Eng,
        W::Fra,
        W::Deu,
        W::Spa,
        W::Por,
        W::Ita,
        W::Nld,
        W::Tur,
        W::Pol,
        W::Ind,
        W::Swe,
        W::Ron,
    ];
    let detector = whatlang::Detector::with_allowlist(CANDIDATES.to_vec());
    match detector.detect(prefix) {
        None => Some(Lang::En),
        Some(info) if info.lang() == W::Eng => Some(Lang::En),
        // Short or mixed text: whatlang is unsure, and blocwatch's Latin text is English.
        Some(info) if !info.is_reliable() || info.confidence() < 0.5 => Some(Lang::En),
        Some(_) => None,
    }
}
