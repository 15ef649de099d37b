//! Language identification restricted to the three languages blocwatch reads.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

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
    detect(text, true)
}

/// [`detect_lang`]; `shortcut: false` asks whatlang about every Latin-script text (for the
/// tests that compare both).
fn detect(text: &str, shortcut: bool) -> Option<Lang> {
    let mut end = text.len().min(PREFIX);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let prefix = &text[..end];
    decide(prefix, ScriptCounts::counted(prefix, true), shortcut)
}

/// The language of `prefix` by its letter `counts` (all of them, or those at which
/// [`ScriptCounts::latin_settled`] stopped), and for Latin-script text by the prefix's first kilobyte.
fn decide(prefix: &str, counts: ScriptCounts, shortcut: bool) -> Option<Lang> {
    let ScriptCounts {
        arabic,
        persian,
        cyrillic,
        non_russian,
        latin,
    } = counts;
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
    let sample = &prefix[..end];
    // whatlang costs more than all the rest of this function on English news; a sample that
    // is plainly English gets the answer whatlang would give without asking it.
    if shortcut && plainly_english(sample) {
        return Some(Lang::En);
    }
    latin_is_english(sample)
}

/// Letters per script in a text's prefix, and those of other languages written in the script.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct ScriptCounts {
    arabic: usize,
    /// Persian and Urdu letters (`پ چ ژ گ` …).
    persian: usize,
    cyrillic: usize,
    /// Letters Russian does not use (Ukrainian `і ї є ґ`, Belarusian `ў`, Serbian `ђ ј љ`, …).
    non_russian: usize,
    latin: usize,
}

/// What [`ScriptCounts`] counts a char as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Other,
    Latin,
    Cyrillic,
    NonRussian,
    Arabic,
    Persian,
}

impl ScriptCounts {
    /// The counts of `prefix`: ASCII by byte, or eight bytes at a time where they are all ASCII; the
    /// two-byte chars (Cyrillic, Arabic, accented Latin: most of the letters of the three languages) by
    /// one table load and one addition per char, two at a time in a run of them; the rest by [`class`]
    /// (the table is built from it).
    #[cfg(test)]
    fn of(prefix: &str) -> ScriptCounts {
        ScriptCounts::counted(prefix, false)
    }

    /// [`ScriptCounts::of`]; with `settle`, the counts so far as soon as they decide that `prefix` is
    /// Latin-script text ([`ScriptCounts::latin_settled`]), which `detect` then reads as it would the
    /// whole prefix's.
    fn counted(prefix: &str, settle: bool) -> ScriptCounts {
        static TWO_BYTE: OnceLock<[u64; 0x800]> = OnceLock::new();
        let table = TWO_BYTE.get_or_init(|| {
            std::array::from_fn(|cp| packed(char::from_u32(cp as u32).map_or(Class::Other, class)))
        });
        // The packed counts of the two-byte char `b0 b1`.
        let two_byte = |b0: u8, b1: u8| table[usize::from(b0 & 0x1F) << 6 | usize::from(b1 & 0x3F)];
        let bytes = prefix.as_bytes();
        let mut counts = ScriptCounts::default();
        let mut i = 0;
        while i < bytes.len() {
            // The chars of more than one byte in a stretch of `STRETCH` bytes (and at most seven past
            // it), counted in the fields of one `u64` (see [`packed`]); ASCII letters in `ascii`.
            let stop = bytes.len().min(i + STRETCH);
            let (mut wide, mut ascii) = (0u64, 0usize);
            while i < stop {
                let b = bytes[i];
                if b < 0x80 {
                    // Eight ASCII bytes at a time from an ASCII byte: English is nearly all ASCII.
                    // (Tried before every char, the eight-byte test cost Arabic and Russian more than it
                    // saved.)
                    if let Some(word) = bytes.get(i..i + 8) {
                        let w = u64::from_le_bytes(word.try_into().unwrap_or_default());
                        if w & HIGH == 0 {
                            ascii += ascii_letters(w);
                            i += 8;
                            continue;
                        }
                    }
                    ascii += usize::from(b.is_ascii_alphabetic());
                    i += 1;
                } else if b < 0xE0 && i + 1 < bytes.len() {
                    // A two-byte char (its lead byte is 0xC2..=0xDF in valid UTF-8): U+0080..U+07FF. In
                    // a run of them (a Russian or an Arabic word), two at a time while four bytes are a
                    // lead (110xxxxx) and a continuation byte (10xxxxxx) twice, to the stretch's end;
                    // then the one left, if any; and on past a blank before the next such word, without
                    // going round the char loop for it. (Four at a time cost Arabic more than it saved:
                    // its words are short.)
                    loop {
                        for q in bytes[i..stop].chunks_exact(4) {
                            if u32::from_le_bytes([q[0], q[1], q[2], q[3]]) & 0xC0E0_C0E0
                                != 0x80C0_80C0
                            {
                                break;
                            }
                            wide += two_byte(q[0], q[1]) + two_byte(q[2], q[3]);
                            i += 4;
                        }
                        if i + 1 < bytes.len() && i < stop && bytes[i] & 0xE0 == 0xC0 {
                            wide += two_byte(bytes[i], bytes[i + 1]);
                            i += 2;
                        }
                        if i + 1 < stop && bytes[i] == b' ' && bytes[i + 1] & 0xE0 == 0xC0 {
                            i += 1;
                            continue;
                        }
                        break;
                    }
                } else {
                    let Some(c) = prefix[i..].chars().next() else {
                        break;
                    };
                    wide += packed(class(c));
                    i += c.len_utf8();
                }
            }
            counts.latin += ascii;
            counts.unpack(wide);
            if i < stop {
                // (Not a char boundary: the loop above stopped where the decoder found no char.)
                break;
            }
            if settle && counts.latin_settled(bytes.len().saturating_sub(i)) {
                break;
            }
        }
        counts
    }

    /// Whether the Latin letters counted so far outnumber both the Arabic and the Cyrillic ones by more
    /// than the `rest` bytes still to count could add to either (a letter of those scripts takes two
    /// bytes or more): then Latin letters outnumber both in the whole prefix as well, and `detect`
    /// takes its Latin branch, which reads no count, whatever the rest holds.
    fn latin_settled(&self, rest: usize) -> bool {
        self.latin > self.arabic + rest / 2 && self.latin > self.cyrillic + rest / 2
    }

    /// Adds the counts packed by [`packed`] in `wide`.
    fn unpack(&mut self, wide: u64) {
        let field = |k: u32| (wide >> (k * PACKED_BITS)) as usize & PACKED_MAX;
        self.arabic += field(0);
        self.persian += field(1);
        self.cyrillic += field(2);
        self.non_russian += field(3);
        self.latin += field(4);
    }

    /// Counts one char of `class` (the tests' reference counts, char by char).
    #[cfg(test)]
    fn add(&mut self, class: Class) {
        match class {
            Class::Other => {}
            Class::Latin => self.latin += 1,
            Class::Cyrillic => self.cyrillic += 1,
            Class::NonRussian => {
                self.cyrillic += 1;
                self.non_russian += 1;
            }
            Class::Arabic => self.arabic += 1,
            Class::Persian => {
                self.arabic += 1;
                self.persian += 1;
            }
        }
    }
}

/// What a char of `class` adds to the counts packed in a `u64`: five fields of [`PACKED_BITS`] bits,
/// Arabic, Persian, Cyrillic, non-Russian and Latin letters from the low bits up (a Persian letter
/// counts in the first two, a non-Russian one in the third and fourth, as `detect_lang` counts them). A
/// [`STRETCH`] holds fewer than `PACKED_MAX` chars of two bytes or more, so no field carries into the next.
fn packed(class: Class) -> u64 {
    let one = |k: u32| 1u64 << (k * PACKED_BITS);
    match class {
        Class::Other => 0,
        Class::Arabic => one(0),
        Class::Persian => one(0) | one(1),
        Class::Cyrillic => one(2),
        Class::NonRussian => one(2) | one(3),
        Class::Latin => one(4),
    }
}

const PACKED_BITS: u32 = 12;
const PACKED_MAX: usize = (1 << PACKED_BITS) - 1;
/// The bytes [`ScriptCounts::counted`] counts in one `u64` before it adds them up (and tells whether
/// the counts are settled).
const STRETCH: usize = 1024;
// A stretch and the seven bytes an eight-byte step may read past it hold too few chars of two bytes or
// more for a field to carry into the next.
const _: () = assert!((STRETCH + 7) / 2 <= PACKED_MAX);

/// The high bit of each byte of a `u64`.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// How many of the eight ASCII bytes of `w` (no high bit set) are letters, as `is_ascii_alphabetic`
/// counts them, with no branch: a byte `x` is one when `x | 0x20` is in `0x61..=0x7A` (`@` and the
/// signs after `Z` and `z` all land outside it). Adding `0x1F` sets the high bit of the bytes at or
/// above `0x61`, adding `0x05` that of those above `0x7A`; no sum carries into the next byte, as every
/// byte is at most `0x7F`. The letters' high bits, shifted to the low bit of their bytes, are added up
/// in the top byte by one multiplication (at most eight: no carry); `count_ones` is a dozen
/// instructions on the baseline x86-64 the project builds for, which has no `popcnt`.
fn ascii_letters(w: u64) -> usize {
    ((ascii_letter_bits(w) >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize
}

/// The high bit of each of the eight ASCII bytes of `w` that is a letter ([`ascii_letters`]).
fn ascii_letter_bits(w: u64) -> u64 {
    let lower = w | 0x2020_2020_2020_2020;
    let from_a = lower.wrapping_add(0x1F1F_1F1F_1F1F_1F1F) & HIGH;
    let past_z = lower.wrapping_add(0x0505_0505_0505_0505) & HIGH;
    from_a & !past_z
}

/// The script of a letter (by block ranges, not `is_alphabetic`, a table lookup per char: only
/// × ÷ and the Cyrillic signs U+0482..U+0489 in these ranges are not letters).
fn class(c: char) -> Class {
    match c {
        'a'..='z' | 'A'..='Z' => Class::Latin,
        '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' if !matches!(c, '×' | '÷') => {
            Class::Latin
        }
        '\u{0400}'..='\u{04FF}' | '\u{0500}'..='\u{052F}'
            if !matches!(c, '\u{0482}'..='\u{0489}') =>
        {
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
                Class::NonRussian
            } else {
                Class::Cyrillic
            }
        }
        '\u{0620}'..='\u{064A}'
        | '\u{066E}'..='\u{06D3}'
        | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}' => {
            if matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ھ' | 'ے') {
                Class::Persian
            } else {
                Class::Arabic
            }
        }
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}' => Class::Arabic,
        _ => Class::Other,
    }
}

/// The fewest words [`plainly_english`] decides on.
const PLAIN_MIN_WORDS: usize = 12;
/// The least share of English-only function words, in percent, for [`plainly_english`].
const PLAIN_MIN_ENGLISH: usize = 12;
/// A sentence of this many words or more is counted as unmarked when it has no English-only
/// function word.
const PLAIN_SENTENCE_WORDS: usize = 4;
/// The most words, in percent, that may stand in unmarked sentences: a sentence of another
/// language without any of its function words ("Rozmowy utknely z powodu ceny gazu") is one.
const PLAIN_MAX_UNMARKED: usize = 20;
/// The most function words of the other candidate languages [`plainly_english`] tolerates: one
/// in this many words (names such as "de Gaulle" or "Los Angeles").
const PLAIN_FOREIGN_ONE_IN: usize = 50;

/// Whether a Latin-script sample is English beyond doubt, so that whatlang would answer English
/// too: every letter is ASCII (no `é`, `ß`, `ı` or `ą` that would point whatlang elsewhere); at
/// least [`PLAIN_MIN_ENGLISH`] percent of its words are function words that no other candidate
/// language of whatlang writes ("the", "with", "which"; not "of", "to", "is", "was", "in", which
/// Dutch, Polish, German or Italian also write); almost none are function words of those
/// languages ("de", "und", "que", "yang"); and nearly every sentence has an English-only function
/// word. English news runs at 15–25 % of the first, none of the second and few sentences without
/// one; a passage in another language, even stripped of its accents, shows in the second or the
/// last. Short samples are left to whatlang. The unit tests compare the answer with whatlang's on
/// the dev and example texts, the seeds, and mixtures of English with each candidate language in
/// every proportion.
fn plainly_english(sample: &str) -> bool {
    let bytes = sample.as_bytes();
    let (mut words, mut english, mut foreign) = (0usize, 0usize, 0usize);
    // Words of sentences without any English-only function word, and the current sentence.
    let mut unmarked = 0usize;
    let (mut sentence_words, mut sentence_marked) = (0usize, false);
    let mut i = 0;
    while i <= bytes.len() {
        // The end of the sample ends its last sentence.
        let b = bytes.get(i).copied().unwrap_or(b'.');
        if b.is_ascii_alphabetic() {
            let start = i;
            // The word's end: eight bytes at a time while they are ASCII, up to the first that is no
            // letter ([`ascii_letter_bits`]), else byte by byte.
            loop {
                if let Some(word) = bytes.get(i..i + 8) {
                    let w = u64::from_le_bytes(word.try_into().unwrap_or_default());
                    if w & HIGH == 0 {
                        let others = !ascii_letter_bits(w) & HIGH;
                        if others == 0 {
                            i += 8;
                            continue;
                        }
                        i += others.trailing_zeros() as usize / 8;
                        break;
                    }
                }
                while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                    i += 1;
                }
                break;
            }
            words += 1;
            sentence_words += 1;
            match function_word(&bytes[start..i]) {
                Some(true) => {
                    english += 1;
                    sentence_marked = true;
                }
                Some(false) => foreign += 1,
                None => {}
            }
            continue;
        }
        if b < 0x80 {
            if matches!(b, b'.' | b'!' | b'?' | b';' | b'\n') {
                if sentence_words >= PLAIN_SENTENCE_WORDS && !sentence_marked {
                    unmarked += sentence_words;
                }
                (sentence_words, sentence_marked) = (0, false);
            }
            i += 1;
            continue;
        }
        let Some(c) = sample[i..].chars().next() else {
            return false;
        };
        // Typographic punctuation (quotes, dashes, no-break space) is fine; a letter or a
        // combining mark from outside ASCII is for whatlang to weigh.
        let punctuation =
            matches!(c, '\u{00A0}'..='\u{00BF}' | '\u{2000}'..='\u{206F}') && !c.is_alphabetic();
        if !punctuation {
            return false;
        }
        i += c.len_utf8();
    }
    words >= PLAIN_MIN_WORDS
        && english * 100 >= words * PLAIN_MIN_ENGLISH
        && foreign * PLAIN_FOREIGN_ONE_IN <= words
        && unmarked * 100 <= words * PLAIN_MAX_UNMARKED
}

/// `Some(true)` for an English function word that no other candidate language of whatlang
/// writes (French, German, Spanish, Portuguese, Italian, Dutch, Turkish, Polish, Indonesian,
/// Swedish, Romanian), `Some(false)` for a function word of one of those that English does not
/// write (also without its accents: "nao", "icin"), `None` for any other word.
fn function_word(w: &[u8]) -> Option<bool> {
    if w.len() > 7 {
        return None;
    }
    let mut buf = [0u8; 7];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    match &buf[..w.len()] {
        b"the" | b"and" | b"with" | b"that" | b"which" | b"from" | b"have" | b"has" | b"had"
        | b"been" | b"were" | b"would" | b"will" | b"this" | b"these" | b"those" | b"said"
        | b"for" | b"its" | b"their" | b"they" | b"his" | b"not" | b"but" | b"who" | b"there"
        | b"after" | b"about" | b"could" | b"should" | b"than" | b"into" | b"between"
        | b"against" | b"while" | b"when" | b"what" | b"where" => Some(true),
        b"de" | b"la" | b"le" | b"les" | b"et" | b"des" | b"du" | b"une" | b"est" | b"dans"
        | b"pour" | b"pas" | b"qui" | b"sur" | b"au" | b"aux" | b"der" | b"die" | b"das"
        | b"und" | b"den" | b"dem" | b"ist" | b"nicht" | b"mit" | b"sich" | b"auf" | b"ein"
        | b"eine" | b"zu" | b"von" | b"los" | b"las" | b"el" | b"del" | b"que" | b"por"
        | b"con" | b"para" | b"se" | b"una" | b"os" | b"da" | b"em" | b"nao" | b"uma" | b"dos"
        | b"il" | b"di" | b"che" | b"della" | b"sono" | b"het" | b"een" | b"niet" | b"zijn"
        | b"voor" | b"bir" | b"bu" | b"ve" | b"ile" | b"icin" | b"sie" | b"nie" | b"jest"
        | b"ze" | b"na" | b"yang" | b"dan" | b"ini" | b"itu" | b"dengan" | b"untuk" | b"pada"
        | b"dari" | b"tidak" | b"och" | b"att" | b"det" | b"som" | b"ar" | b"pa" | b"si"
        | b"cu" | b"pe" | b"ca" | b"nu" | b"este" => Some(false),
        _ => None,
    }
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
    static DETECTOR: OnceLock<whatlang::Detector> = OnceLock::new();
    let detector = DETECTOR.get_or_init(|| whatlang::Detector::with_allowlist(CANDIDATES.to_vec()));
    match detector.detect(prefix) {
        None => Some(Lang::En),
        Some(info) if info.lang() == W::Eng => Some(Lang::En),
        // Short or mixed text: whatlang is unsure, and blocwatch's Latin text is English.
        Some(info) if !info.is_reliable() || info.confidence() < 0.5 => Some(Lang::En),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`ScriptCounts::of`] as it was before eight ASCII bytes were counted at a time.
    fn counts_bytewise(prefix: &str) -> ScriptCounts {
        let mut counts = ScriptCounts::default();
        for c in prefix.chars() {
            if c.is_ascii() {
                counts.latin += usize::from(c.is_ascii_alphabetic());
            } else {
                counts.add(class(c));
            }
        }
        counts
    }

    #[test]
    fn ascii_letters_counts_every_byte_in_every_lane() {
        for x in 0u8..0x80 {
            for lane in 0..8 {
                let mut bytes = [b' '; 8];
                bytes[lane] = x;
                let want = usize::from(x.is_ascii_alphabetic());
                assert_eq!(
                    ascii_letters(u64::from_le_bytes(bytes)),
                    want,
                    "{x:#x} in lane {lane}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn script_counts_agree_with_a_char_loop(text in "[a-zA-Z @\\[`{~0-9.,é×йіبپ٣😀]{0,40}") {
            proptest::prop_assert_eq!(ScriptCounts::of(&text), counts_bytewise(&text));
        }
    }

    /// News-like English sentences written for this test.
    const EN: &[&str] = &[
        "The ministers agreed on Tuesday to expand trade in national currencies, officials said.",
        "Talks between the two delegations stalled over the price of gas, according to people familiar with them.",
        "Kazakhstan has signed a defence pact with its neighbour, which the opposition criticised.",
        "Exports rose 14 percent in the first half of the year to $3.2 billion.",
        "The summit ended without a joint statement after the hosts and their guests disagreed on sanctions.",
        "He said that the bloc would not admit new members before 2026.",
        "Troops took part in joint exercises near the border in September.",
        "A loan of 500 million dollars was approved for the railway project.",
        "Officials from both capitals have been working on the deal for months.",
        "There is no sign that the dispute will be settled soon, analysts say.",
        "Iran became a full member of the SCO in 2023.",
        "Prices for wheat and oil fell sharply.",
        "The agency reported that shipments were delayed by the strike.",
    ];

    /// Sentences in the other languages whatlang weighs, written for this test.
    const OTHER: &[(&str, &[&str])] = &[
        ("fr", &[
            "Les ministres se sont mis d'accord mardi pour développer le commerce en monnaies nationales.",
            "Les négociations entre les deux pays ont échoué à cause du prix du gaz.",
            "Le sommet s'est terminé sans déclaration commune, selon plusieurs diplomates présents.",
            "La Russie et la Chine ont signé un nouvel accord énergétique qui renforce leurs liens.",
        ]),
        ("de", &[
            "Die Minister einigten sich am Dienstag darauf, den Handel in nationalen Währungen auszuweiten.",
            "Die Gespräche zwischen beiden Ländern sind wegen des Gaspreises ins Stocken geraten.",
            "Der Gipfel endete ohne gemeinsame Erklärung, wie mehrere Diplomaten berichteten.",
            "Was die Regierung in Berlin davon hält, ist noch nicht bekannt.",
        ]),
        ("es", &[
            "Los ministros acordaron el martes ampliar el comercio en monedas nacionales.",
            "Las conversaciones entre ambos países se estancaron por el precio del gas.",
            "La cumbre terminó sin una declaración conjunta, según varios diplomáticos.",
            "El gobierno anunció que no se unirá a las sanciones impuestas por sus aliados.",
        ]),
        ("pt", &[
            "Os ministros concordaram na terça-feira em ampliar o comércio em moedas nacionais.",
            "As negociações entre os dois países pararam por causa do preço do gás.",
            "A cúpula terminou sem uma declaração conjunta, segundo vários diplomatas.",
            "O governo disse que não vai aderir às sanções impostas pelos aliados.",
        ]),
        ("it", &[
            "I ministri hanno concordato martedì di ampliare il commercio in valute nazionali.",
            "I colloqui tra i due paesi si sono arenati sul prezzo del gas.",
            "Il vertice si è concluso senza una dichiarazione comune, secondo alcuni diplomatici.",
            "Il governo ha detto che non aderirà alle sanzioni imposte dagli alleati.",
        ]),
        ("nl", &[
            "De ministers zijn het dinsdag eens geworden over meer handel in nationale munten.",
            "De gesprekken tussen beide landen liepen vast op de prijs van het gas.",
            "De top eindigde zonder gezamenlijke verklaring, zo meldden diplomaten.",
            "Het is nog niet duidelijk of de regering de sancties zal steunen, maar dat was wel verwacht.",
        ]),
        ("tr", &[
            "Bakanlar salı günü ulusal para birimleriyle ticareti genişletme konusunda anlaştı.",
            "İki ülke arasındaki görüşmeler gaz fiyatı yüzünden tıkandı.",
            "Zirve ortak bir bildiri olmadan sona erdi, diplomatlar söyledi.",
            "Hükümet bu yaptırımlara katılmayacağını ve komşularıyla ticarete devam edeceğini açıkladı.",
        ]),
        ("pl", &[
            "Ministrowie uzgodnili we wtorek rozszerzenie handlu w walutach narodowych.",
            "Rozmowy między obydwoma krajami utknęły z powodu ceny gazu.",
            "To nie jest pierwszy szczyt, który zakończył się bez wspólnej deklaracji.",
        ]),
        ("id", &[
            "Para menteri sepakat pada hari Selasa untuk memperluas perdagangan dengan mata uang nasional.",
            "Perundingan antara kedua negara terhenti karena harga gas.",
            "Pertemuan puncak itu berakhir tanpa pernyataan bersama, kata para diplomat.",
            "Pemerintah mengatakan tidak akan ikut menjatuhkan sanksi terhadap negara tetangga.",
        ]),
        ("sv", &[
            "Ministrarna kom på tisdagen överens om att utöka handeln i nationella valutor.",
            "Samtalen mellan de två länderna har kört fast på grund av gaspriset.",
            "Toppmötet avslutades utan något gemensamt uttalande, enligt diplomater.",
        ]),
        ("ro", &[
            "Miniștrii au convenit marți să extindă comerțul în monede naționale.",
            "Negocierile dintre cele două țări s-au blocat din cauza prețului gazelor.",
            "Summitul s-a încheiat fără o declarație comună, potrivit diplomaților.",
        ]),
    ];

    /// The text with its accents dropped, as some feeds deliver it.
    fn fold(text: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        text.nfd()
            .filter(|c| c.is_ascii() || !matches!(c, '\u{0300}'..='\u{036F}'))
            .map(|c| match c {
                'ß' => 's',
                'ı' => 'i',
                'ł' => 'l',
                _ => c,
            })
            .collect()
    }

    fn agree(text: &str) -> bool {
        let fast = detect(text, true);
        let slow = detect(text, false);
        assert_eq!(fast, slow, "the shortcut changed the language of {text:?}");
        let mut end = text.len().min(WHATLANG_PREFIX);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        plainly_english(&text[..end])
    }

    /// The counts char by char, as `detect_lang` took them before the two-byte table.
    fn counts_by_char(prefix: &str) -> ScriptCounts {
        let mut counts = ScriptCounts::default();
        for c in prefix.chars() {
            counts.add(class(c));
        }
        counts
    }

    proptest::proptest! {
        #[test]
        fn script_counts_equal_the_char_by_char_counts(s in "\\PC{0,80}", t in "[a-zA-Zé×іїўпچژگروسياДаé٠ـ،\u{0482}\u{FB50}\u{1E00} .]{0,80}") {
            proptest::prop_assert_eq!(ScriptCounts::of(&s), counts_by_char(&s));
            proptest::prop_assert_eq!(ScriptCounts::of(&t), counts_by_char(&t));
        }
    }

    #[test]
    fn script_counts_equal_the_char_by_char_counts_on_every_two_byte_char() {
        let all: String = (0x80..0x800u32).filter_map(char::from_u32).collect();
        assert_eq!(ScriptCounts::of(&all), counts_by_char(&all));
        for c in all.chars() {
            let one = c.to_string();
            assert_eq!(ScriptCounts::of(&one), counts_by_char(&one), "{c:?}");
        }
    }

    /// Past the stretch whose two-byte chars one `u64` counts, in each script, with the longer chars and
    /// ASCII between them and a stretch that ends inside a char.
    #[test]
    fn script_counts_equal_the_char_by_char_counts_past_a_packed_stretch() {
        for unit in ["س", "پ", "д", "ї", "é", "ж€a ", "بپ"] {
            for reps in [
                PACKED_MAX - 1,
                PACKED_MAX,
                PACKED_MAX + 1,
                3 * PACKED_MAX + 7,
            ] {
                for lead in ["", "x"] {
                    let text = format!("{lead}{}", unit.repeat(reps));
                    assert_eq!(
                        ScriptCounts::of(&text),
                        counts_by_char(&text),
                        "{unit:?} × {reps} after {lead:?}"
                    );
                }
            }
        }
    }

    /// English before and after Russian, Arabic, Persian and Ukrainian text (sentences written for this
    /// test), in lengths either side of each stretch and of the prefix: the counts at which `detect` stops
    /// once Latin letters are settled give the language the whole prefix's counts give, and it does stop
    /// early on some.
    #[test]
    fn settled_counts_decide_as_the_whole_prefix() {
        let en = EN.join(" ").repeat(5);
        let others = [
            "Министры обсудили в понедельник торговлю и поставки газа, сообщили в правительстве. ",
            "ناقش الوزراء يوم الاثنين التجارة وإمدادات الغاز، بحسب بيان للحكومة. ",
            "گفتگوها درباره قیمت گاز و راه آهن هفته گذشته پیش رفت. ",
            "Міністри обговорили у вівторок ціну газу і нові поставки. ",
        ]
        .map(|s| s.repeat(80));
        let cut = |s: &str, n: usize| {
            let mut end = n.min(s.len());
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            s[..end].to_string()
        };
        let mut early = 0;
        for other in &others {
            for a in (0..PREFIX + 300).step_by(151) {
                for b in (0..PREFIX).step_by(173) {
                    for text in [
                        cut(en.as_str(), a) + &cut(other.as_str(), b),
                        cut(other.as_str(), b) + &cut(en.as_str(), a),
                    ] {
                        let prefix = cut(text.as_str(), PREFIX);
                        let settled = ScriptCounts::counted(&prefix, true);
                        let whole = ScriptCounts::of(&prefix);
                        early += usize::from(settled != whole);
                        assert_eq!(
                            decide(&prefix, settled, true),
                            decide(&prefix, whole, true),
                            "{a} bytes of English and {b} of {:?}",
                            other.chars().take(8).collect::<String>()
                        );
                    }
                }
            }
        }
        assert!(early > 100, "stopped early {early} times");
    }

    #[test]
    fn the_shortcut_agrees_with_whatlang_on_mixtures() {
        let mut decided = 0;
        for (code, sentences) in OTHER {
            for folded in [false, true] {
                let other: Vec<String> = sentences
                    .iter()
                    .map(|s| if folded { fold(s) } else { s.to_string() })
                    .collect();
                for n in [1, 2, 3, 4, 6, 8, 12, 16, 24] {
                    for k in 0..=n {
                        // k English sentences among n: English first, the other language first,
                        // and interleaved.
                        let en = |i: usize| EN[(i * 7 + k) % EN.len()].to_string();
                        let ot = |i: usize| other[(i + n) % other.len()].clone();
                        let first: Vec<String> = (0..k).map(en).chain((0..n - k).map(ot)).collect();
                        let last: Vec<String> = (0..n - k).map(ot).chain((0..k).map(en)).collect();
                        let mixed: Vec<String> = (0..n)
                            .map(|i| {
                                if i * k / n.max(1) < (i + 1) * k / n.max(1) {
                                    en(i)
                                } else {
                                    ot(i)
                                }
                            })
                            .collect();
                        for doc in [first, last, mixed] {
                            let text = doc.join(" ");
                            if agree(&text) {
                                decided += 1;
                                // Decided as English only where English is most of what
                                // whatlang reads.
                                let mut at = 0;
                                let (mut seen, mut english) = (0, 0);
                                for s in &doc {
                                    if at < WHATLANG_PREFIX {
                                        seen += 1;
                                        english += usize::from(EN.contains(&s.as_str()));
                                    }
                                    at += s.len() + 1;
                                }
                                assert!(english * 2 > seen, "{code}: {text:?}");
                            }
                        }
                    }
                }
            }
        }
        assert!(
            decided > 1000,
            "the shortcut decided only {decided} mixtures"
        );
    }

    #[test]
    fn the_shortcut_decides_plain_english_news() {
        for n in 4..=EN.len() {
            let text: Vec<&str> = (0..n).map(|i| EN[(i * 5) % EN.len()]).collect();
            let text = text.join(" ");
            assert!(agree(&text), "not decided: {text:?}");
            assert_eq!(detect_lang(&text), Some(Lang::En));
        }
        // One sentence is too short to decide on; whatlang does.
        assert!(!plainly_english(EN[11]));
        // A single accented letter leaves the text to whatlang.
        let text = format!("{} Café.", EN.join(" "));
        assert!(!agree(&text));
    }

    /// Every dev and example text, alone, in runs of consecutive texts of the same file, and
    /// with its accents dropped; and the seed articles.
    #[test]
    fn the_shortcut_agrees_with_whatlang_on_dev_examples_and_seeds() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let mut files: Vec<std::path::PathBuf> = ["eval/dev", "examples/news"]
            .iter()
            .flat_map(|d| {
                std::fs::read_dir(format!("{root}/{d}"))
                    .into_iter()
                    .flatten()
            })
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        files.sort();
        assert!(
            files.len() >= 4,
            "dev and example files not found under {root}"
        );
        let mut texts = 0;
        let mut decided = 0;
        for p in files {
            let data = std::fs::read_to_string(&p).unwrap_or_default();
            let file: Vec<String> = data
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
                .collect();
            for (i, text) in file.iter().enumerate() {
                texts += 1;
                assert_eq!(ScriptCounts::of(text), counts_by_char(text));
                decided += usize::from(agree(text));
                agree(&fold(text));
                let run = file[i..file.len().min(i + 8)].join("\n");
                decided += usize::from(agree(&run));
            }
        }
        assert!(texts > 300, "only {texts} dev and example texts");
        assert!(
            decided > 50,
            "the shortcut decided only {decided} dev texts"
        );
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds");
        for e in std::fs::read_dir(seeds).into_iter().flatten().flatten() {
            if let Ok(text) = std::fs::read_to_string(e.path()) {
                agree(&text);
            }
        }
    }
}
