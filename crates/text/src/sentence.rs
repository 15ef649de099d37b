//! Sentence segmentation for Arabic, English and Russian news.

use std::ops::Range;
use std::sync::OnceLock;

use crate::Lang;

/// Splits `text` into sentences: byte ranges into `text`, trimmed of white space, in
/// order, covering every non-blank part of the text.
///
/// A sentence ends at `. ! ? …` and at the Arabic `؟ ؛` (never at the Arabic comma
/// `،`), together with any closing quotes or brackets after the mark, when white space
/// or the end of the text follows. A full stop does not end a sentence after a known
/// abbreviation (`Mr.`, `Dr.`, `e.g.`, `No. 5`, `г.`, `т.е.`, `им.`, `млрд.`, Arabic
/// `د.`), after an initial (`V. Putin`, `В.В. Путин`, `U.S.`), or before a lower-case
/// word; abbreviations that often close a sentence (`U.S.`, `Inc.`, `т.д.`, `г.`)
/// end one only when a usual sentence opener follows. Line breaks end a sentence at
/// a blank line, after a line that looks like a heading (short, no final punctuation)
/// and after a long line (a paragraph written on one line); lines of a hard-wrapped
/// paragraph are joined.
pub fn sentences(text: &str, lang: Lang) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut seg = 0usize;
    let mut line_start = 0usize;
    let mut i = 0usize;
    // Up to here the bytes were looked at eight at a time (`skip_plain`).
    let mut looked = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        if !MAY_MATTER[usize::from(b)]
            || (b == 0xD8 && !matches!(bytes.get(i + 1), Some(0x9B | 0x9F)))
        {
            // Neither a line break nor the first byte of a sentence-final mark (of the Arabic letters
            // led by D8, only ؟ D8 9F and ؛ D8 9B are marks; the continuation byte is skipped next).
            i += 1;
            if i >= looked {
                i = skip_plain(bytes, i);
                looked = i + 8;
            }
            continue;
        }
        if b == b'\n' {
            // The white-space run around this line break.
            let mut j = i;
            let mut newlines = 0;
            while j < bytes.len() {
                match bytes[j] {
                    b'\n' => newlines += 1,
                    b' ' | b'\t' | b'\r' | 0x0B | 0x0C => {}
                    _ => break,
                }
                j += 1;
            }
            if newlines >= 2 || line_ends_sentence(&text[line_start..i], &text[j..]) {
                push(&mut out, text, seg, i);
                seg = j;
            }
            line_start = j;
            i = j;
            continue;
        }
        let c = match text[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        if is_terminal(c) {
            let mut j = i + c.len_utf8();
            let mut run = 1;
            while let Some(d) = text[j..].chars().next() {
                if is_terminal(d) {
                    run += 1;
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            while let Some(d) = text[j..].chars().next() {
                if is_closer(d) {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            let next = text[j..].chars().next();
            let spaced = next.is_none_or(char::is_whitespace);
            let glued_arabic = next.is_some_and(is_arabic_letter) && c != '.';
            if (spaced || glued_arabic) && ends_here(text, i, c, run, j, lang) {
                push(&mut out, text, seg, j);
                seg = j;
            }
            i = j;
            continue;
        }
        i += c.len_utf8();
    }
    push(&mut out, text, seg, text.len());
    out
}

/// The bytes that can start a line break or a char of [`is_terminal`]: `\n . ! ?` and the first bytes
/// of the UTF-8 forms of `… ‼ ⁇` (E2), `。` (E3), `؟ ؛` (D8). Every other byte is skipped unread.
const MAY_MATTER: [bool; 256] = byte_set(b"\n.!?\xD8\xE2\xE3");

/// The bytes the eight-byte skip stops at: those of [`MAY_MATTER`], with the Arabic marks `؟ ؛` found by
/// their second bytes 9F and 9B instead of the lead byte D8 that half the Arabic letters share.
const MAY_STOP: [bool; 256] = byte_set(b"\n.!?\x9B\x9F\xE2\xE3");

/// A lookup table of 256 flags, set for the given bytes (built at compile time).
const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut k = 0;
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
}

/// The first place at or after `i` where the byte loop of [`sentences`] may stop, to within eight bytes:
/// words of eight bytes are passed over while none is in [`MAY_STOP`]. Each byte so passed is one the
/// byte loop skips: a D8 inside the word is followed there by a byte other than 9B and 9F. A D8 last in
/// the word, whose second byte lies past it, is not passed: the next word starts with it (in Arabic text
/// a D8 is the lead byte of half the letters; stopping there sent every such word to the byte loop).
#[inline]
fn skip_plain(bytes: &[u8], mut i: usize) -> usize {
    while let Some(word) = bytes.get(i..i + 8) {
        let stop = word
            .iter()
            .fold(false, |a, &b| a | MAY_STOP[usize::from(b)]);
        if stop {
            break;
        }
        i += if word[7] == 0xD8 { 7 } else { 8 };
    }
    i
}

fn push(out: &mut Vec<Range<usize>>, text: &str, start: usize, end: usize) {
    let s = &text[start..end];
    let t = s.trim_start();
    let trimmed_start = s.len() - t.len();
    let t = t.trim_end();
    if !t.is_empty() {
        let a = start + trimmed_start;
        out.push(a..a + t.len());
    }
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '؟' | '؛' | '。' | '‼' | '⁇')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '›' | '」' | '﴿'
    )
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32, 0x0620..=0x064A | 0x066E..=0x06D3)
}

/// The text after `j` from its first word on (spaces, quotes and opening brackets skipped), and that
/// word's first char. (The word itself, [`first_word`], only where a rule reads it: most sentence ends
/// decide on the char.)
fn after_opening(text: &str, j: usize) -> (Option<char>, &str) {
    let rest = text[j..].trim_start_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '—' | '–' | '-'
            )
    });
    (rest.chars().next(), rest)
}

/// The first word of `rest`: its first run of [`is_alnum`] chars.
fn first_word(rest: &str) -> &str {
    let end = rest.find(|c: char| !is_alnum(c)).unwrap_or(rest.len());
    &rest[..end]
}

fn ends_here(text: &str, i: usize, c: char, run: usize, j: usize, lang: Lang) -> bool {
    let (next, rest) = after_opening(text, j);
    let Some(next) = next else { return true };
    let next_lower = next.is_lowercase();
    if c != '.' || run > 1 {
        // ! ? … and ellipses: a lower-case continuation means the sentence goes on
        // ("Really?" he asked; "the talks... were long").
        return !next_lower;
    }
    // The token before the full stop, with inner full stops ("U.S", "т.е", "В.В").
    let before = &text[..i];
    let tok_start = before
        .char_indices()
        .rev()
        .find(|&(_, ch)| !(is_alnum(ch) || ch == '.' || is_mark(ch)))
        .map_or(0, |(k, ch)| k + ch.len_utf8());
    let tok = before[tok_start..].trim_start_matches('.');
    if tok.is_empty() {
        return !next_lower;
    }
    if next_lower {
        return false;
    }
    // Lower-cased only when short enough to be an abbreviation: the usual last word is not.
    let mut buf = [0u8; 32];
    let lower = lower_short(tok, &mut buf).unwrap_or("");
    if next.is_ascii_digit() && BEFORE_NUMBER.contains(&lower) {
        return false;
    }
    // A lone capital letter is an initial ("В. В. Путин"), even when its lower-case
    // form is an abbreviation that may end a sentence (Russian "в." for "век").
    let mut chars = tok.chars();
    if let (Some(first), None) = (chars.next(), chars.next()) {
        if first.is_uppercase() {
            return false;
        }
    }
    // (A word too long to be an abbreviation is in neither list.)
    let (may_end, never_end) = if lower.is_empty() {
        (false, false)
    } else {
        abbreviation(lower)
    };
    if may_end {
        return is_opener(first_word(rest), next, lang);
    }
    if never_end {
        return false;
    }
    // An initial or a dotted abbreviation: "V. Putin", "В.В. Путин", "J.R.R.", "د. محمد".
    let last = tok
        .bytes()
        .rposition(|b| b == b'.')
        .map_or(tok, |k| &tok[k + 1..]);
    // (Whether it has one letter, its marks aside: two are enough to tell.)
    let letters = last.chars().filter(|ch| !is_mark(*ch)).take(2).count();
    if letters == 1 && last.chars().next().is_some_and(char::is_alphabetic) {
        let dotted = tok.contains('.');
        if dotted && is_opener(first_word(rest), next, lang) {
            return true;
        }
        return false;
    }
    true
}

/// Whether `word` is in [`MAY_END`] and whether in [`NEVER_END`], by one binary search of the two lists
/// merged and sorted once: a full stop after a short word looked the 134 abbreviations up one by one
/// (about 1 % of the pipeline's instructions).
fn abbreviation(word: &str) -> (bool, bool) {
    static SORTED: OnceLock<Vec<(&str, bool, bool)>> = OnceLock::new();
    let table = SORTED.get_or_init(|| {
        let mut v: Vec<(&str, bool, bool)> = Vec::new();
        for (list, may) in [(MAY_END, true), (NEVER_END, false)] {
            for &w in list {
                match v.iter_mut().find(|e| e.0 == w) {
                    Some(e) if may => e.1 = true,
                    Some(e) => e.2 = true,
                    None => v.push((w, may, !may)),
                }
            }
        }
        v.sort_unstable_by_key(|e| e.0);
        v
    });
    table
        .binary_search_by_key(&word, |e| e.0)
        .map_or((false, false), |i| (table[i].1, table[i].2))
}

/// Abbreviations that do not end a sentence before a number ("No. 5", "ст. 12").
const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "nr", "art", "vol", "p", "pp", "ch", "fig", "№", "ст", "п", "с", "т", "рис",
];

/// The most chars of an abbreviation in the lists of `ends_here` ("approx").
const ABBR_MAX: usize = 6;

/// `tok` lower-cased into `buf`, or `None` when it has more than [`ABBR_MAX`] chars (or does not fit):
/// then it is no abbreviation, since lower-casing never shortens a word below its number of chars.
fn lower_short<'b>(tok: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    if tok.chars().nth(ABBR_MAX).is_some() {
        return None;
    }
    let mut n = 0;
    for c in tok.chars().flat_map(char::to_lowercase) {
        let w = c.len_utf8();
        if n + w > buf.len() {
            return None;
        }
        c.encode_utf8(&mut buf[n..n + w]);
        n += w;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// `char::is_alphanumeric`, without the Unicode tables for ASCII and the Cyrillic and Arabic letters.
#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    matches!(c as u32, 0x0400..=0x045F | 0x0621..=0x063A | 0x0641..=0x064A) || c.is_alphanumeric()
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x0640 | 0x0300..=0x036F)
}

/// Abbreviations that never end a sentence (titles and the like).
const NEVER_END: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "cmdr",
    "adm",
    "maj",
    "sen",
    "rep",
    "gov",
    "pres",
    "st",
    "mt",
    "ft",
    "jr",
    "sr",
    "vs",
    "v",
    "cf",
    "approx",
    "dept",
    "hon",
    "rev",
    "jan",
    "feb",
    "mar",
    "apr",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "e.g",
    "i.e",
    "ca",
    "г-н",
    "г-жа",
    "им",
    "ул",
    "пр",
    "просп",
    "пл",
    "д",
    "св",
    "тов",
    "проф",
    "акад",
    "ген",
    "см",
    "ср",
    "напр",
    "т.е",
    "т.к",
    "т.н",
    "т.ч",
    "др",
    "рис",
    "ст",
    "гл",
    "с",
    "стр",
    "мин",
    "зам",
    "пред",
    "и.о",
    "кв",
    "корп",
    "обл",
    "р",
    "пос",
    "дер",
    "ок",
    "около",
    "англ",
    "рус",
    "лат",
    "франц",
    "нем",
    "кит",
    "араб",
    "перс",
    "тыс",
    "млн",
    "млрд",
    "трлн",
    "руб",
    "долл",
    "коп",
    "د",
    "ا",
    "م.م",
];

/// Abbreviations that may close a sentence: they end one only before an opener.
const MAY_END: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "u.a.e", "inc", "ltd", "corp", "co", "plc", "llc", "etc",
    "al", "jsc", "pjsc", "p.m", "a.m", "b.c", "a.d", "г", "гг", "т.д", "т.п", "в", "вв", "др",
    "пр", "ч", "м", "ق.م",
];

fn is_opener(word: &str, first: char, lang: Lang) -> bool {
    if !first.is_alphabetic() {
        // Digits, quotes: treat as a new sentence.
        return true;
    }
    if !first.is_uppercase() && !first.is_lowercase() {
        // Arabic and other scripts without case: the abbreviation closed the sentence.
        return true;
    }
    let w: String = word.chars().flat_map(char::to_lowercase).collect();
    let list: &[&str] = match lang {
        Lang::Ru => RU_OPENERS,
        _ => EN_OPENERS,
    };
    list.contains(&w.as_str()) || RU_OPENERS.contains(&w.as_str())
}

const EN_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "but",
    "and",
    "however",
    "meanwhile",
    "moreover",
    "according",
    "its",
    "their",
    "his",
    "her",
    "there",
    "as",
    "after",
    "before",
    "when",
    "while",
    "for",
    "since",
    "although",
    "yet",
    "so",
    "also",
    "our",
    "both",
    "such",
    "some",
    "many",
    "most",
    "if",
    "then",
    "last",
    "earlier",
    "later",
    "now",
    "still",
    "officials",
    "analysts",
    "what",
    "why",
    "how",
    "who",
    "one",
    "two",
    "three",
    "other",
    "another",
];

const RU_OPENERS: &[&str] = &[
    "в",
    "во",
    "на",
    "это",
    "он",
    "она",
    "они",
    "мы",
    "я",
    "но",
    "и",
    "однако",
    "по",
    "с",
    "со",
    "как",
    "при",
    "для",
    "тем",
    "также",
    "кроме",
    "после",
    "до",
    "его",
    "ее",
    "её",
    "их",
    "этот",
    "эта",
    "эти",
    "такой",
    "там",
    "здесь",
    "сейчас",
    "теперь",
    "сегодня",
    "вчера",
    "впрочем",
    "между",
    "а",
    "об",
    "о",
    "за",
    "к",
    "у",
    "из",
    "что",
    "так",
    "все",
    "всё",
    "не",
    "ни",
    "если",
    "когда",
    "тогда",
    "затем",
    "потом",
    "позже",
    "ранее",
    "напомним",
    "кроме",
];

/// Whether a single line break after `line` (and before `next`) ends a sentence.
fn line_ends_sentence(line: &str, next: &str) -> bool {
    let line = line.trim();
    if line.is_empty() {
        return false;
    }
    let last = line.chars().next_back().unwrap_or(' ');
    if is_terminal(last)
        || is_closer(last) && line.trim_end_matches(is_closer).ends_with(is_terminal)
    {
        return true;
    }
    let first_next = next.chars().next();
    if first_next.is_some_and(char::is_lowercase) {
        return false;
    }
    if matches!(
        last,
        ',' | '،' | ';' | ':' | '-' | '–' | '—' | '(' | '/' | '&'
    ) {
        return false;
    }
    let chars = line.chars().count();
    // A paragraph written on one line (hard wrapping stays under ~80 columns).
    if chars > 100 {
        return true;
    }
    // A heading: short, without final punctuation.
    chars < 60 && line.split_whitespace().count() <= 10
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(lang: Lang, text: &str, expect: &[&str]) {
        let got: Vec<&str> = sentences(text, lang)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(got, expect, "sentences({text:?})");
    }

    #[test]
    fn english() {
        check(
            Lang::En,
            "Hello there. How are you? Fine!",
            &["Hello there.", "How are you?", "Fine!"],
        );
        check(
            Lang::En,
            "The U.S. and the U.K. met Mr. Smith and Dr. Jones, e.g. on Monday.",
            &["The U.S. and the U.K. met Mr. Smith and Dr. Jones, e.g. on Monday."],
        );
        check(
            Lang::En,
            "Sanctions came from the U.S. The talks failed.",
            &["Sanctions came from the U.S.", "The talks failed."],
        );
        check(
            Lang::En,
            "Gazprom Inc. Ltd. grew 1.5 percent. Resolution No. 5 passed.",
            &[
                "Gazprom Inc. Ltd. grew 1.5 percent.",
                "Resolution No. 5 passed.",
            ],
        );
        check(
            Lang::En,
            "He met V. Putin in Moscow. Then he left.",
            &["He met V. Putin in Moscow.", "Then he left."],
        );
        check(
            Lang::En,
            "\"We agree.\" He said it twice.",
            &["\"We agree.\"", "He said it twice."],
        );
        check(
            Lang::En,
            "He said “no.” Then left.",
            &["He said “no.”", "Then left."],
        );
        check(
            Lang::En,
            "Wait... what happened?",
            &["Wait... what happened?"],
        );
    }

    #[test]
    fn russian() {
        check(
            Lang::Ru,
            "В 2001 г. была создана ШОС. Это важно.",
            &["В 2001 г. была создана ШОС.", "Это важно."],
        );
        check(
            Lang::Ru,
            "В.В. Путин встретился с Си Цзиньпином. Они говорили.",
            &["В.В. Путин встретился с Си Цзиньпином.", "Они говорили."],
        );
        // Spaced initials: "В." is also the abbreviation of "век", which may end a sentence.
        check(
            Lang::Ru,
            "Рост составил 5 %. В. В. Путин прибыл в Москву. Это так.",
            &[
                "Рост составил 5 %.",
                "В. В. Путин прибыл в Москву.",
                "Это так.",
            ],
        );
        check(
            Lang::Ru,
            "Нефть, газ и т.д. Также уголь.",
            &["Нефть, газ и т.д.", "Также уголь."],
        );
        check(
            Lang::Ru,
            "Сумма 5 млрд. руб. выделена, т.е. много.",
            &["Сумма 5 млрд. руб. выделена, т.е. много."],
        );
        check(
            Lang::Ru,
            "Улица им. Ленина, ул. Тверская. Конец!",
            &["Улица им. Ленина, ул. Тверская.", "Конец!"],
        );
        check(
            Lang::Ru,
            "Пришли в 1990-х гг. Затем ушли.",
            &["Пришли в 1990-х гг.", "Затем ушли."],
        );
        check(
            Lang::Ru,
            "Это было в 1990-х гг. Владимир Путин пришёл позже.",
            &["Это было в 1990-х гг. Владимир Путин пришёл позже."],
        );
    }

    #[test]
    fn arabic() {
        check(
            Lang::Ar,
            "زار الرئيس موسكو، ثم عاد. هل نجحت القمة؟ نعم؛ لقد نجحت",
            &[
                "زار الرئيس موسكو، ثم عاد.",
                "هل نجحت القمة؟",
                "نعم؛",
                "لقد نجحت",
            ],
        );
        check(
            Lang::Ar,
            "قال د. أحمد إن القمة مهمة.",
            &["قال د. أحمد إن القمة مهمة."],
        );
    }

    #[test]
    fn lines() {
        check(
            Lang::En,
            "A Heading Here\nThe text starts here.",
            &["A Heading Here", "The text starts here."],
        );
        check(
            Lang::En,
            "First paragraph\n\nsecond one",
            &["First paragraph", "second one"],
        );
        check(
            Lang::En,
            "This is a hard-wrapped paragraph that goes on for a while and\nthen continues on the next line.",
            &["This is a hard-wrapped paragraph that goes on for a while and\nthen continues on the next line."],
        );
        check(
            Lang::Ar,
            "النظام العالمي\nوكان التحالف كبيرا.",
            &["النظام العالمي", "وكان التحالف كبيرا."],
        );
        check(Lang::En, "  \n  ", &[]);
        check(Lang::En, "", &[]);
    }

    /// The byte skip in `sentences` passes over no sentence-final mark.
    #[test]
    fn skipped_bytes_start_no_terminal() {
        for c in ['.', '!', '?', '…', '؟', '؛', '。', '‼', '⁇', '\n'] {
            let mut buf = [0u8; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(MAY_MATTER[usize::from(first)], "{c:?}");
        }
        for c in (0..0x11_0000)
            .filter_map(char::from_u32)
            .filter(|&c| is_terminal(c))
        {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert!(MAY_MATTER[usize::from(b[0])], "{c:?}");
            // Of the chars led by D8 (half the Arabic letters) only ؟ D8 9F and ؛ D8 9B are read.
            assert!(b[0] != 0xD8 || matches!(b[1], 0x9B | 0x9F), "{c:?}");
        }
    }

    /// A mark or line break at any place in or across the eight-byte words of the skip, after ASCII,
    /// Arabic and Russian text, and an Arabic mark whose lead byte ends a word.
    #[test]
    fn eight_byte_skip_stops_at_every_mark() {
        for pad in ["x", "س", "ب", "Л", "П"] {
            for k in 0..20 {
                let head = pad.repeat(k);
                for (mark, lang) in [
                    ("؟", Lang::Ar),
                    ("؛", Lang::Ar),
                    ("!", Lang::En),
                    ("…", Lang::En),
                ] {
                    let text = format!("{head}{mark} وقال الوزير كلاما");
                    let first = format!("{head}{mark}");
                    if head.is_empty() {
                        continue;
                    }
                    check(lang, &text, &[first.as_str(), "وقال الوزير كلاما"]);
                }
                let text = format!("{head}\n\nnext line here");
                if !head.is_empty() {
                    check(Lang::En, &text, &[head.as_str(), "next line here"]);
                }
            }
        }
    }

    /// An Arabic mark after Arabic letters led by D8 (ا ب ت س ...), shifted by ASCII letters before them
    /// so that a D8 falls on every place of the eight-byte words of the skip, the last included (the skip
    /// then goes on from that D8), and the mark's own lead byte D8 too.
    #[test]
    fn eight_byte_skip_passes_a_last_lead_byte() {
        for shift in 0..9 {
            for word in ["ابتسام", "تباحث", "سابق", "باب"] {
                for k in 1..4 {
                    for mark in ["؟", "؛"] {
                        let head = format!("{}{}", "x".repeat(shift), [word; 3][..k].join(" "));
                        let first = format!("{head}{mark}");
                        let text = format!("{first} ثم اتبع بيانا");
                        check(Lang::Ar, &text, &[first.as_str(), "ثم اتبع بيانا"]);
                        // A D8 letter without a mark after it ends nothing.
                        check(Lang::Ar, &head, &[head.as_str()]);
                    }
                }
            }
        }
    }

    /// Words longer than `ABBR_MAX` chars skip the abbreviation lists: none is that long.
    #[test]
    fn abbreviations_are_short() {
        for a in NEVER_END.iter().chain(MAY_END).chain(BEFORE_NUMBER) {
            assert!(a.chars().count() <= ABBR_MAX && a.len() <= 32, "{a}");
            let mut buf = [0u8; 32];
            assert_eq!(lower_short(a, &mut buf), Some(*a), "{a}");
        }
        let mut buf = [0u8; 32];
        assert_eq!(lower_short("APPROX", &mut buf), Some("approx"));
        assert_eq!(lower_short("Officials", &mut buf), None);
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
