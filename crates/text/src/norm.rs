//! Normalisation for matching, with a map back to the original byte offsets.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use unicode_normalization::char::{decompose_canonical, decompose_compatible};

/// The matching form of a text and a byte-offset map back to the original.
///
/// Built in one pass over the original; see [`normalize`] for the rules. The map stores,
/// for every byte of the normalised text, where the original character that produced it
/// starts and ends, so `&original[t.orig_start(s)..t.orig_end(e)]` is exactly the
/// original text behind `t.as_str()[s..e]`, and always on character boundaries.
/// Diacritics that normalisation deletes belong to the letter before them (so a span's
/// original text keeps its final vowel mark); deleted format characters (bidi controls,
/// zero-width spaces) belong to nothing.
///
/// Memory: the map costs eight bytes per normalised byte. Offsets are `u32`, so only
/// the first 4 GiB of a larger string are normalised.
///
/// A `NormText` may also be a view of a part of a larger one ([`NormText::view`]): the
/// pipeline normalises a chunk once and hands each sentence its slice, without copying.
/// Cloning is cheap (a reference count).
#[derive(Clone, Debug, Default)]
pub struct NormText {
    buf: Arc<Buf>,
    /// This view's normalised bytes: `buf.text[off..off + len]`.
    off: usize,
    len: usize,
    /// Original offset (in the text `buf` was built from) of this view's original start.
    base: u32,
    /// Length of this view's original text.
    orig_len: u32,
}

#[derive(Debug, Default)]
struct Buf {
    text: String,
    /// `start[i]`: original start of the char that produced normalised byte `i`.
    start: Vec<u32>,
    /// `end[i]`: original end (including attached deleted marks) of that char.
    end: Vec<u32>,
}

/// The buffers of a [`Buf`], kept for reuse.
type Spare = (String, Vec<u32>, Vec<u32>);

thread_local! {
    /// Buffers of dropped normalisations, for the next [`NormText::new`] on this thread: a document's
    /// map is large enough (eight bytes per byte) that allocating and freeing it for every document
    /// costs more than filling it.
    static SPARE: RefCell<Vec<Spare>> = const { RefCell::new(Vec::new()) };
}

/// At most this many spare buffers per thread, each of at most `SPARE_BYTES` of text.
const SPARE_MAX: usize = 4;
const SPARE_BYTES: usize = 1 << 18;

impl Buf {
    /// Empty buffers with room for `n` bytes, reused when this thread has some.
    fn with_capacity(n: usize) -> Buf {
        let spare = SPARE
            .try_with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.pop()))
            .ok()
            .flatten();
        let (mut text, mut start, mut end) = spare.unwrap_or_default();
        text.clear();
        start.clear();
        end.clear();
        text.reserve(n);
        start.reserve(n);
        end.reserve(n);
        Buf { text, start, end }
    }
}

impl Drop for Buf {
    fn drop(&mut self) {
        if self.start.capacity() == 0 || self.text.capacity() > SPARE_BYTES {
            return;
        }
        let spare = (
            std::mem::take(&mut self.text),
            std::mem::take(&mut self.start),
            std::mem::take(&mut self.end),
        );
        // During thread exit the pool may be gone: the buffers are then simply freed.
        let _ = SPARE.try_with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                if s.len() < SPARE_MAX {
                    s.push(spare);
                }
            }
        });
    }
}

impl NormText {
    /// Normalises `original`.
    pub fn new(original: &str) -> NormText {
        let mut limit = original.len().min(u32::MAX as usize - 1);
        while !original.is_char_boundary(limit) {
            limit -= 1;
        }
        let original = &original[..limit];
        let mut w = Writer {
            out: Buf::with_capacity(original.len()),
            last_space: false,
            last_end: u32::MAX,
            track: true,
        };
        w.run(original);
        let len = w.out.text.len();
        NormText {
            buf: Arc::new(w.out),
            off: 0,
            len,
            base: 0,
            orig_len: original.len() as u32,
        }
    }

    /// The normalisation of `original[orig]`, where `self` is `NormText::new(original)`, as a view
    /// of `self` (no copy), when it is exactly what `NormText::new(&original[orig])` gives: same
    /// text, same offsets. `None` when the part's edges depend on the text around it (it starts
    /// with white space that the whole collapsed into the space before, with a deleted or
    /// combining character, or a mark after it was attached to its last letter): the caller then
    /// normalises the part on its own. `orig` must lie on char boundaries of `original`.
    pub fn view(&self, orig: Range<usize>) -> Option<NormText> {
        let (starts, ends) = self.maps();
        let (a, b) = (orig.start as u64, orig.end as u64);
        if a >= b || b > u64::from(self.orig_len) {
            return None;
        }
        let abs = |x: u64| x + u64::from(self.base);
        // Bytes whose char starts inside the part.
        let k0 = starts.partition_point(|&s| u64::from(s) < abs(a));
        let k1 = starts.partition_point(|&s| u64::from(s) < abs(b));
        // The part's first char must have produced output itself: then the writer's state
        // (last char was a space, where the last letter ended) is the same after it either way.
        if k0 >= k1 || u64::from(starts[k0]) != abs(a) {
            return None;
        }
        // A mark after the part attached to its last letter (or made й of its и).
        if u64::from(ends[k1 - 1]) > abs(b) {
            return None;
        }
        Some(NormText {
            buf: Arc::clone(&self.buf),
            off: self.off + k0,
            len: k1 - k0,
            base: self.base + orig.start as u32,
            orig_len: (orig.end - orig.start) as u32,
        })
    }

    fn maps(&self) -> (&[u32], &[u32]) {
        let r = self.off..self.off + self.len;
        (&self.buf.start[r.clone()], &self.buf.end[r])
    }

    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.buf.text[self.off..self.off + self.len]
    }

    /// Length of the normalised text in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the normalised text is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The number of normalised bytes whose original char starts before original offset `orig`: the
    /// least `k` with `orig_start(k) >= orig` (the length when there is none). The offset map is in text
    /// order, so a binary search of the view's slice of it finds `k`.
    #[inline]
    pub fn norm_offset_of(&self, orig: usize) -> usize {
        let base = self.base;
        self.buf.start[self.off..self.off + self.len]
            .partition_point(|&s| ((s - base) as usize) < orig)
    }

    /// Original byte offset where the text behind normalised byte `norm` starts.
    /// Offsets past the end map to the original's length.
    #[inline]
    pub fn orig_start(&self, norm: usize) -> usize {
        if norm < self.len {
            (self.buf.start[self.off + norm] - self.base) as usize
        } else {
            self.orig_len as usize
        }
    }

    /// Original byte offset where the text behind normalised bytes `..norm_end` ends.
    #[inline]
    pub fn orig_end(&self, norm_end: usize) -> usize {
        if norm_end == 0 {
            return self.orig_start(0);
        }
        if norm_end <= self.len {
            (self.buf.end[self.off + norm_end - 1] - self.base) as usize
        } else {
            self.orig_len as usize
        }
    }

    /// Consumes the value, returning the normalised string.
    pub fn into_string(self) -> String {
        self.as_str().to_owned()
    }
}

/// Normalises `s` with the same rules as [`NormText`], without the offset map.
///
/// Rules, applied character by character:
/// - Latin: lower case, diacritics removed (`é → e`, `ß → ss`, `ø → o`, `İ → i`);
///   Cyrillic and other cased scripts: lower case; `ё → е`.
/// - Quotes and apostrophes (`‘ ’ ‚ ‛ ′ ʼ`) become `'`; double quotes and guillemets
///   (`“ ” „ « » ″`) become `"`; dashes and the minus sign become `-`.
/// - Arabic: harakat, tanwin, shadda, sukun, superscript alef, Quranic marks and
///   tatweel are removed; `أ إ آ ٱ → ا`, `ى → ي`, `ة → ه`; the hamza seats are folded
///   too, `ؤ → و` and `ئ → ي`, because news and social media drop hamzas freely
///   (`الجزاير`, `رييس`) and no two entity names differ only there; the bare hamza
///   `ء → ي` as its seat ئ, because a word's final hamza after a long alif moves onto
///   that seat before a suffix (`أجواء`, `أجوائها`; `لقاء`, `لقائه`); Persian
///   `ک → ك`, `ی → ي`; presentation forms are decomposed; Arabic-Indic and Extended
///   Arabic-Indic digits become ASCII digits.
/// - Bidi controls, zero-width characters, soft hyphens and BOMs are removed; every
///   run of white space (NBSP and other spaces, tabs, line breaks) becomes one `' '`.
pub fn normalize(s: &str) -> String {
    // (Most words of the data files are already normal: a copy, without the writer's walk.)
    if is_normal(s) {
        return s.to_owned();
    }
    let mut w = Writer {
        out: Buf {
            text: String::with_capacity(s.len()),
            start: Vec::new(),
            end: Vec::new(),
        },
        last_space: false,
        last_end: u32::MAX,
        track: false,
    };
    w.run(s);
    std::mem::take(&mut w.out.text)
}

struct Writer {
    out: Buf,
    last_space: bool,
    /// Original end of the last char that produced output (for attaching marks).
    last_end: u32,
    track: bool,
}

/// Whether the bytes `b0 b1` are a two-byte letter that normalisation leaves as it
/// is: Cyrillic а..я (U+0430..U+044F), Arabic ا..غ (U+0627..U+063A) but ة, and
/// ف..و, ي (U+0641..U+0648, U+064A). (The reference walk's runs; the bulk copy reads [`pair_table`].)
#[cfg(test)]
#[inline]
fn plain_pair(b0: u8, b1: Option<u8>) -> bool {
    let Some(b1) = b1 else { return false };
    matches!(
        (b0, b1),
        (0xD0, 0xB0..=0xBF) | (0xD1, 0x80..=0x8F) | (0xD8, 0xA7..=0xA8 | 0xAA..=0xBA) | (0xD9, 0x81..=0x88 | 0x8A)
    )
}

/// For every two-byte char (U+0080..U+07FF, indexed by its code point): the two-byte char that
/// [`Writer::map`] writes for it alone, with both output bytes mapped to the char's own original
/// range — itself for a letter normalisation leaves as it is (lower-case Cyrillic, plain Arabic letters),
/// another for a letter it folds one for one (`Я` → `я`, `ё` → `е`, `أ` → `ا`, `ة` → `ه`, `ى` → `ي`) —,
/// or 0 where it writes anything else (nothing, a space, one byte, more than one char). Derived from
/// `map` itself at first use, so the bulk copy and the char-by-char walk cannot disagree. Such a char's
/// output does not depend on the writer's state (only the spaces, the deleted and attached marks and the
/// breve after `и` do, and none of them writes one two-byte char), so [`Writer::copy_run`] writes it
/// inside a run.
fn pair_table() -> &'static [u16; 0x800] {
    static T: OnceLock<[u16; 0x800]> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = [0u16; 0x800];
        let mut w = Writer {
            out: Buf::default(),
            last_space: false,
            last_end: u32::MAX,
            track: true,
        };
        for (cp, slot) in t.iter_mut().enumerate().skip(0x80) {
            let Some(c) = char::from_u32(cp as u32) else {
                continue;
            };
            w.out.text.clear();
            w.out.start.clear();
            w.out.end.clear();
            w.last_space = false;
            w.last_end = u32::MAX;
            w.map(c, 0, 2);
            let mut out = w.out.text.chars();
            if let (Some(d), None) = (out.next(), out.next()) {
                if d.len_utf8() == 2 && w.out.start == [0, 0] && w.out.end == [2, 2] {
                    *slot = d as u16;
                }
            }
        }
        t
    })
}

/// Whether `s` is its own normalisation: printable ASCII but the capitals and the space, and two-byte
/// chars that [`pair_table`] keeps as they are — what [`Writer::copy_run`] copies as one run, unchanged.
fn is_normal(s: &str) -> bool {
    let bytes = s.as_bytes();
    let pairs = pair_table();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b > b' ' && b < 0x7F && !b.is_ascii_uppercase() {
            i += 1;
            continue;
        }
        match pair_at(bytes, i) {
            Some(cp) if usize::from(pairs[cp]) == cp => i += 2,
            _ => return false,
        }
    }
    true
}

/// The code point of the char at byte `i` (a char boundary) of `bytes` if it is a two-byte char.
#[inline(always)]
fn pair_at(bytes: &[u8], i: usize) -> Option<usize> {
    match (bytes.get(i), bytes.get(i + 1)) {
        (Some(&b0), Some(&b1)) if b0 & 0xE0 == 0xC0 => {
            Some((usize::from(b0 & 0x1F) << 6) | usize::from(b1 & 0x3F))
        }
        _ => None,
    }
}

/// Lanes of a word: the same byte in each of the eight.
const LANES_01: u64 = 0x0101_0101_0101_0101;
const LANES_80: u64 = 0x8080_8080_8080_8080;

/// How far [`Writer::copy_run`]'s byte loop would go from `i` in one step of eight bytes: `Some(8)` if
/// each of `bytes[i..i + 8]` is printable ASCII (0x21..0x7E) or a space that follows neither a space nor
/// the start `run` of the run, `None` otherwise (or fewer than eight bytes are left).
#[inline(always)]
fn ascii_word(bytes: &[u8], i: usize, run: usize) -> Option<usize> {
    let chunk: [u8; 8] = bytes.get(i..i + 8)?.try_into().ok()?;
    let w = u64::from_le_bytes(chunk);
    // All below 0x80; then (no carry crosses a lane below 0x80) at least 0x20, and not 0x7F.
    let ascii = w & LANES_80 == 0;
    let ge_space = w.wrapping_add(0x60 * LANES_01) & LANES_80 == LANES_80;
    let not_del = w.wrapping_add(LANES_01) & LANES_80 == 0;
    if !(ascii && ge_space && not_del) {
        return None;
    }
    // The spaces, exactly (a lane of `x` is zero iff that byte is a space; lanes are below 0x80).
    let x = w ^ (0x20 * LANES_01);
    let spaces = !(x.wrapping_add(0x7F * LANES_01) | x) & LANES_80;
    // No space right after a space inside the word (lane k + 1 after lane k, little-endian)...
    if spaces & (spaces << 8) != 0 {
        return None;
    }
    // ...nor a space first that follows a space, or starts the run.
    if spaces & 0x80 != 0 && (i == run || bytes[i - 1] == b' ') {
        return None;
    }
    Some(8)
}

/// What one original character becomes.
enum Action {
    /// Deleted; a combining mark that belongs to the previous letter.
    Attach,
    /// Deleted; belongs to nothing.
    Drop,
    /// White space.
    Space,
}

impl Writer {
    fn run(&mut self, s: &str) {
        let bytes = s.as_bytes();
        let pairs = pair_table();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if (b > b' ' && b < 0x7F) || pair_at(bytes, i).is_some_and(|cp| pairs[cp] != 0) {
                i = self.copy_run(s, i, pairs);
                continue;
            }
            if b < 0x80 {
                let (a, e) = (i as u32, i as u32 + 1);
                match b {
                    b'A'..=b'Z' => self.emit(char::from(b + 32), a, e),
                    b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => self.space(a, e),
                    0x00..=0x1F | 0x7F => {}
                    _ => self.emit(char::from(b), a, e),
                }
                i += 1;
                continue;
            }
            let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
            let len = c.len_utf8();
            self.map(c, i as u32, (i + len) as u32);
            i += len;
        }
    }

    /// Copies in bulk the run from `run` (printable ASCII or a [`pair_table`] char there) of chars that
    /// normalise to themselves but for ASCII case, or one for one to another two-byte char: printable
    /// ASCII, two-byte letters that stay as they are (lower-case Cyrillic, plain Arabic letters: the bulk
    /// of Russian and Arabic text) or fold to one (Cyrillic capitals, `أ`, `ة`, `ى`), and single spaces
    /// between them (a space after a char that produced output is written as it is). Returns where the
    /// run ends. What [`Writer::emit`] would have done char by char: one map entry per output byte, each
    /// the char's own original range.
    fn copy_run(&mut self, s: &str, run: usize, pairs: &[u16; 0x800]) -> usize {
        let bytes = s.as_bytes();
        let from = self.out.text.len();
        // The start of the part of the run not yet written (a folded letter is written on its own).
        let mut seg = run;
        let mut i = run;
        while let Some(&b) = bytes.get(i) {
            // A byte above 0x7F: a two-byte letter that stays as it is or folds to another goes on the run,
            // anything else ends it. Tested first, so that a run of Arabic or Russian letters (the bulk of
            // their text, a pair at a time) skips the tests below, which no byte above 0x7F passes.
            if b > 0x7F {
                let Some(cp) = pair_at(bytes, i) else {
                    break;
                };
                let to = pairs[cp];
                if to == 0 {
                    break;
                }
                if usize::from(to) != cp {
                    let Some(c) = char::from_u32(u32::from(to)) else {
                        break;
                    };
                    self.out.text.push_str(&s[seg..i]);
                    self.out.text.push(c);
                    seg = i + 2;
                }
                i += 2;
                // The letters after it that stay as they are, in a loop of their own: the rest of an
                // Arabic or Russian word, without the tests above.
                while let Some(cp) = pair_at(bytes, i) {
                    if usize::from(pairs[cp]) != cp {
                        break;
                    }
                    i += 2;
                }
                continue;
            }
            // Eight bytes at a time while they are all printable ASCII or single spaces (English text
            // between two capitals or punctuation): the same decision as the byte loop below, for each.
            if let Some(k) = ascii_word(bytes, i, run) {
                i += k;
                continue;
            }
            // (A space after a space is collapsed: not part of the run.)
            if (b > b' ' && b < 0x7F) || (b == b' ' && i > run && bytes[i - 1] != b' ') {
                i += 1;
            } else {
                break;
            }
        }
        self.out.text.push_str(&s[seg..i]);
        // (Only ASCII capitals change: the bytes of two-byte letters are all above 0x7F.)
        self.out.text[from..].make_ascii_lowercase();
        if self.track {
            // Each output byte maps to its char's original range: an ASCII byte to itself, both bytes
            // of a two-byte letter to the letter. Computed from the byte alone (a lead byte is ≥ 0xC0,
            // a continuation byte 0x80..0xBF), so the map is one branch-free pass without a zero fill.
            let run_bytes = &bytes[run..i];
            let base = run as u32;
            self.out.start.extend(
                run_bytes
                    .iter()
                    .zip(base..)
                    .map(|(&b, o)| o - u32::from(b & 0xC0 == 0x80)),
            );
            self.out.end.extend(
                run_bytes
                    .iter()
                    .zip(base..)
                    .map(|(&b, o)| o + 1 + u32::from(b >= 0xC0)),
            );
        }
        self.last_space = bytes[i - 1] == b' ';
        self.last_end = i as u32;
        i
    }

    #[inline]
    fn emit(&mut self, c: char, a: u32, e: u32) {
        self.out.text.push(c);
        if self.track {
            for _ in 0..c.len_utf8() {
                self.out.start.push(a);
                self.out.end.push(e);
            }
        }
        self.last_space = false;
        self.last_end = e;
    }

    fn space(&mut self, a: u32, e: u32) {
        if !self.last_space {
            self.emit(' ', a, e);
            self.last_space = true;
        }
    }

    fn act(&mut self, action: Action, a: u32, e: u32) {
        match action {
            Action::Space => self.space(a, e),
            Action::Drop => {}
            Action::Attach => {
                if self.last_end == a && !self.last_space {
                    if let Some(last) = self.out.end.last_mut() {
                        *last = e;
                    }
                    self.last_end = e;
                }
            }
        }
    }

    fn map(&mut self, c: char, a: u32, e: u32) {
        let cp = c as u32;
        match cp {
            // Arabic block.
            0x0600..=0x06FF => self.arabic(c, a, e),
            // Cyrillic.
            0x0400..=0x04FF => match cp {
                0x0401 | 0x0451 => self.emit('е', a, e),
                0x0430..=0x045F => self.emit(c, a, e),
                0x0410..=0x042F => self.emit(char::from_u32(cp + 0x20).unwrap_or(c), a, e),
                0x0400..=0x040F => self.emit(char::from_u32(cp + 0x50).unwrap_or(c), a, e),
                _ => self.lower(c, a, e),
            },
            // Latin letters with diacritics.
            0x00C0..=0x024F | 0x1E00..=0x1EFF => self.latin(c, a, e),
            0x0300..=0x036F => {
                // A combining mark in decomposed input. Decomposed `й` keeps its breve:
                // it is a separate letter in Russian, not an accent.
                if cp == 0x0306 && self.out.text.ends_with('и') && self.last_end == a {
                    self.out.text.pop();
                    self.out.text.push('й');
                    if self.track {
                        if let Some(last) = self.out.end.last_mut() {
                            *last = e;
                        }
                        let n = self.out.end.len();
                        if n >= 2 {
                            self.out.end[n - 2] = e;
                        }
                    }
                    self.last_end = e;
                } else {
                    self.act(Action::Attach, a, e);
                }
            }
            0x00A0
            | 0x0085
            | 0x1680
            | 0x2000..=0x200A
            | 0x2028
            | 0x2029
            | 0x202F
            | 0x205F
            | 0x3000 => self.act(Action::Space, a, e),
            0x00AD
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x2069
            | 0xFEFF
            | 0xFE00..=0xFE0F => self.act(Action::Drop, a, e),
            0x2018 | 0x2019 | 0x201A | 0x201B | 0x2032 | 0x02BC | 0x02B9 | 0x00B4 | 0x2039
            | 0x203A => self.emit('\'', a, e),
            0x201C | 0x201D | 0x201E | 0x201F | 0x00AB | 0x00BB | 0x2033 => self.emit('"', a, e),
            0x2010..=0x2015 | 0x2212 | 0xFE58 | 0xFE63 | 0xFF0D => self.emit('-', a, e),
            // Arabic presentation forms and full-width forms: compatibility decomposition.
            0xFB50..=0xFDFF | 0xFE70..=0xFEFE | 0xFF01..=0xFF5E => {
                let mut buf = ['\0'; 8];
                let mut n = 0;
                decompose_compatible(c, |d| {
                    if n < buf.len() {
                        buf[n] = d;
                        n += 1;
                    }
                });
                for &d in &buf[..n] {
                    match d as u32 {
                        0x0600..=0x06FF => self.arabic(d, a, e),
                        0x0020 => self.space(a, e),
                        _ => self.lower(d, a, e),
                    }
                }
            }
            _ => self.lower(c, a, e),
        }
    }

    fn lower(&mut self, c: char, a: u32, e: u32) {
        if c.is_whitespace() {
            return self.space(a, e);
        }
        if c.is_control() {
            return;
        }
        let mut it = c.to_lowercase();
        if it.len() == 1 {
            let l = it.next().unwrap_or(c);
            self.emit(l, a, e);
        } else {
            for l in it {
                if !matches!(l as u32, 0x0300..=0x036F) {
                    self.emit(l, a, e);
                }
            }
        }
    }

    fn latin(&mut self, c: char, a: u32, e: u32) {
        let special: Option<&str> = match c {
            'ß' | 'ẞ' => Some("ss"),
            'æ' | 'Æ' => Some("ae"),
            'œ' | 'Œ' => Some("oe"),
            'ø' | 'Ø' => Some("o"),
            'đ' | 'Đ' | 'ð' | 'Ð' => Some("d"),
            'ł' | 'Ł' => Some("l"),
            'þ' | 'Þ' => Some("th"),
            'ı' => Some("i"),
            'ħ' | 'Ħ' => Some("h"),
            'ŧ' | 'Ŧ' => Some("t"),
            'ŀ' | 'Ŀ' => Some("l"),
            _ => None,
        };
        if let Some(s) = special {
            for ch in s.chars() {
                self.emit(ch, a, e);
            }
            return;
        }
        let mut buf = ['\0'; 4];
        let mut n = 0;
        decompose_canonical(c, |d| {
            if n < buf.len() && !matches!(d as u32, 0x0300..=0x036F) {
                buf[n] = d;
                n += 1;
            }
        });
        if n == 0 {
            return self.act(Action::Attach, a, e);
        }
        for &d in &buf[..n] {
            self.lower(d, a, e);
        }
    }

    fn arabic(&mut self, c: char, a: u32, e: u32) {
        let cp = c as u32;
        let mapped = match cp {
            0x064B..=0x065F
            | 0x0670
            | 0x0610..=0x061A
            | 0x06D6..=0x06DC
            | 0x06DF..=0x06E4
            | 0x06E7
            | 0x06E8
            | 0x06EA..=0x06ED
            | 0x0640 => return self.act(Action::Attach, a, e),
            0x061C => return self.act(Action::Drop, a, e),
            0x0622 | 0x0623 | 0x0625 | 0x0671 | 0x0672 | 0x0673 | 0x0675 => 'ا',
            0x0649 | 0x06CC | 0x06D0 => 'ي',
            0x0629 | 0x06C0 | 0x06C1 | 0x06D5 => 'ه',
            0x0624 => 'و',
            0x0621 | 0x0626 => 'ي',
            0x06A9 | 0x06AA => 'ك',
            0x0660..=0x0669 => char::from(b'0' + (cp - 0x0660) as u8),
            0x06F0..=0x06F9 => char::from(b'0' + (cp - 0x06F0) as u8),
            0x066B => '.',
            0x066C => ',',
            0x066A => '%',
            _ => c,
        };
        self.emit(mapped, a, e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Writer {
        /// The walk before runs took single spaces and mixed ASCII with two-byte letters.
        fn run_reference(&mut self, s: &str) {
            let bytes = s.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                let b = bytes[i];
                if b > b' ' && b < 0x7F {
                    // A run of printable ASCII: copied and lower-cased in bulk.
                    let run = i;
                    while i < bytes.len() && bytes[i] > b' ' && bytes[i] < 0x7F {
                        i += 1;
                    }
                    let from = self.out.text.len();
                    self.out.text.push_str(&s[run..i]);
                    self.out.text[from..].make_ascii_lowercase();
                    if self.track {
                        self.out.start.extend(run as u32..i as u32);
                        self.out.end.extend(run as u32 + 1..=i as u32);
                    }
                    self.last_space = false;
                    self.last_end = i as u32;
                    continue;
                }
                if b < 0x80 {
                    let (a, e) = (i as u32, i as u32 + 1);
                    match b {
                        b'A'..=b'Z' => self.emit(char::from(b + 32), a, e),
                        b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => self.space(a, e),
                        0x00..=0x1F | 0x7F => {}
                        _ => self.emit(char::from(b), a, e),
                    }
                    i += 1;
                    continue;
                }
                // A run of two-byte letters that normalise to themselves (lower-case
                // Cyrillic, plain Arabic letters): copied in bulk, the bulk of Arabic and
                // Russian text.
                if plain_pair(b, bytes.get(i + 1).copied()) {
                    let run = i;
                    while plain_pair(bytes[i], bytes.get(i + 1).copied()) {
                        i += 2;
                        if i >= bytes.len() {
                            break;
                        }
                    }
                    self.out.text.push_str(&s[run..i]);
                    if self.track {
                        for k in (run as u32..i as u32).step_by(2) {
                            self.out.start.extend([k, k]);
                            self.out.end.extend([k + 2, k + 2]);
                        }
                    }
                    self.last_space = false;
                    self.last_end = i as u32;
                    continue;
                }
                let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
                let len = c.len_utf8();
                self.map(c, i as u32, (i + len) as u32);
                i += len;
            }
        }
    }

    fn check(input: &str, expect: &str) {
        assert_eq!(normalize(input), expect, "normalize({input:?})");
        let t = NormText::new(input);
        assert_eq!(t.as_str(), expect, "NormText::new({input:?})");
    }

    #[test]
    fn latin() {
        check("Ŝão Tomé and Príncipe", "sao tome and principe");
        check("Côte d’Ivoire", "cote d'ivoire");
        check("Straße ÆØ Łódź", "strasse aeo lodz");
        check("İstanbul", "istanbul");
        check("e\u{301}te\u{301}", "ete");
        check("“Quoted” — text – here", "\"quoted\" - text - here");
        check("« Mir »", "\" mir \"");
    }

    #[test]
    fn cyrillic() {
        check("Ёлка ЁЖ Россия", "елка еж россия");
        check("Китай", "китай");
        check("Кита\u{0438}\u{0306}", "китай");
    }

    /// Text that normalises to itself (the bulk-copy path) maps every byte back to
    /// the character it belongs to, and marks after it still attach to it.
    #[test]
    fn unchanged_runs_map_to_their_chars() {
        let s = "روسيا والصين россия и китай";
        let t = NormText::new(s);
        assert_eq!(t.as_str(), s);
        for (k, c) in s.char_indices() {
            for b in k..k + c.len_utf8() {
                assert_eq!(t.orig_start(b), k, "start of byte {b}");
                assert_eq!(t.orig_end(b + 1), k + c.len_utf8(), "end of byte {b}");
            }
        }
        let s = "رُوسيا ми\u{0306}";
        let t = NormText::new(s);
        assert_eq!(t.as_str(), "روسيا мй");
        // The damma belongs to the ر before it.
        assert_eq!(t.orig_end(2), "رُ".len());
        // The breve makes the и a й that spans both original characters.
        assert_eq!(t.orig_end(t.len()), s.len());
        assert_eq!(&s[t.orig_start(t.len() - 2)..], "и\u{0306}");
    }

    #[test]
    fn arabic() {
        check("رُوسْيَا", "روسيا");
        check("أإآٱ", "اااا");
        check("مستشفى مدرسة", "مستشفي مدرسه");
        check("مؤتمر رئيس", "موتمر رييس");
        check("أجواء أجوائها أجواءها", "اجواي اجوايها اجوايها");
        check("کی", "كي");
        check("بـــروسيا", "بروسيا");
        check("٢٠٢٤ ۱۹", "2024 19");
        check("\u{FEFB}", "لا");
    }

    #[test]
    fn spaces_and_controls() {
        check("a\u{00A0}\u{2009} b\n\nc", "a b c");
        check("\u{200F}روسيا\u{200E}\u{202B}x\u{202C}\u{FEFF}", "روسياx");
        check("soft\u{00AD}hyphen", "softhyphen");
        check("", "");
    }

    #[test]
    fn offsets() {
        let orig = "  Ŝão\u{200B} رُوسْيَا!";
        let t = NormText::new(orig);
        assert_eq!(t.as_str(), " sao روسيا!");
        let n = t.as_str();
        let s = n.find('ر').unwrap();
        let e = n.find('!').unwrap();
        assert_eq!(&orig[t.orig_start(s)..t.orig_end(e)], "رُوسْيَا");
        let s = n.find('s').unwrap();
        assert_eq!(&orig[t.orig_start(s)..t.orig_end(s + 3)], "Ŝão");
        assert_eq!(t.orig_start(n.len()), orig.len());
        assert_eq!(t.orig_end(n.len()), orig.len());
    }

    /// `norm_offset_of` is the first normalised byte whose original char starts at or after the offset,
    /// in a whole text and in a view of part of it.
    #[test]
    fn norm_offsets_of_original_offsets() {
        let orig = "Ŝão Tomé. \u{0627}لصين رُوسْيَا؟ Россия.";
        let whole = NormText::new(orig);
        let view = whole
            .view(orig.find('\u{0627}').unwrap()..orig.find(" Р").unwrap())
            .expect("a plain part has a view");
        for t in [&whole, &view] {
            for orig in 0..=t.orig_start(t.len()) + 2 {
                let linear = (0..t.len())
                    .find(|&k| t.orig_start(k) >= orig)
                    .unwrap_or(t.len());
                assert_eq!(t.norm_offset_of(orig), linear, "{orig}");
            }
        }
    }

    /// A sentence's view of its paragraph's normalisation is the sentence normalised alone, or
    /// `None` where the edges differ.
    #[test]
    fn views() {
        let orig = "Ŝão Tomé. \u{0627}لصين رُوسْيَا؟ Россия.";
        let whole = NormText::new(orig);
        let parts = [
            0..orig.find(' ').unwrap(),
            orig.find('\u{0627}').unwrap()..orig.find(" Р").unwrap(),
        ];
        for r in parts {
            let v = whole.view(r.clone()).expect("a plain part has a view");
            let fresh = NormText::new(&orig[r.clone()]);
            assert_eq!(v.as_str(), fresh.as_str());
            for i in 0..=fresh.len() {
                assert_eq!(
                    (v.orig_start(i), v.orig_end(i)),
                    (fresh.orig_start(i), fresh.orig_end(i))
                );
            }
        }
        // A bidi mark, then a space the whole collapsed into the one before it.
        let orig = "a \u{200F} b";
        assert_eq!(NormText::new(&orig[2..]).as_str(), " b");
        assert!(NormText::new(orig).view(2..orig.len()).is_none());
        // A tatweel glued after the part belongs to its last char in the whole only.
        let orig = "مصر؟ـ";
        let end = orig.find('ـ').unwrap();
        assert!(NormText::new(orig).view(0..end).is_none());
        assert!(NormText::new(orig).view(0..0).is_none());
    }

    /// Normalises `s` by the reference walk: (text, starts, ends).
    fn reference(s: &str, track: bool) -> (String, Vec<u32>, Vec<u32>) {
        let mut w = Writer {
            out: Buf::default(),
            last_space: false,
            last_end: u32::MAX,
            track,
        };
        w.run_reference(s);
        let out = std::mem::take(&mut w.out);
        (out.text.clone(), out.start.clone(), out.end.clone())
    }

    fn same_as_reference(s: &str) {
        let (text, start, end) = reference(s, true);
        let t = NormText::new(s);
        assert_eq!(t.as_str(), text, "{s:?}");
        assert_eq!(t.buf.start, start, "{s:?}");
        assert_eq!(t.buf.end, end, "{s:?}");
        assert_eq!(normalize(s), reference(s, false).0, "{s:?}");
    }

    #[test]
    fn bulk_runs_equal_the_char_by_char_walk() {
        for s in [
            "",
            " ",
            "Russia and  China, \u{0627}لصين  روسيا Россия и Китай.",
            "a \u{064E} b\u{064E}c \u{0301}",
            "и\u{0306} и \u{0306}",
            "x \n y\t z  ",
            "ЁЛКА ёлка Moscow\u{00A0} B",
            "the foreign ministers met  in Geneva on Tuesday,  said a spokesman.",
            "        eight spaces, then words\u{7F}and a DEL, x  y z\tq",
            "Abcdefgh Ijklmnop  qrstuvwx yz0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ end",
        ] {
            same_as_reference(s);
        }
    }

    /// The eight-byte steps of the bulk copy decide as the byte loop does, wherever the spaces,
    /// capitals, control bytes and two-byte letters fall in a word.
    #[test]
    fn word_steps_equal_the_char_by_char_walk() {
        let alphabet = [
            "a", "b", "Q", " ", " ", "\t", "\u{7F}", "\u{1F}", ".", "~", "я", "Я", "ا", "\u{064E}",
            "1", "ة", "ё",
        ];
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..4000 {
            let mut s = String::new();
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = (x % 48) as usize;
            for _ in 0..len {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                // Mostly plain letters and single spaces, as text is.
                let k = (x % 64) as usize;
                s.push_str(
                    alphabet
                        .get(k)
                        .copied()
                        .unwrap_or(if k % 6 == 0 { " " } else { "e" }),
                );
            }
            same_as_reference(&s);
        }
    }

    /// Every two-byte char, alone, inside words and runs of plain letters, doubled, before a space, a
    /// mark, a breve, a capital: the bulk copy (which writes the one-for-one folds of [`pair_table`]
    /// inside a run) and the char-by-char walk write the same text and map.
    #[test]
    fn every_two_byte_char_equals_the_char_by_char_walk() {
        let mut folded = 0;
        for cp in 0x80..0x800u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            for s in [
                format!("{c}"),
                format!("a{c}b {c}{c}  {c}"),
                format!("روسيا{c}ا {c}\u{064E}ب{c}"),
                format!("россия{c}я {c}\u{0306} и{c} Ж{c}"),
                format!(" {c} Q{c}.{c}\u{00A0}{c}\u{200F}"),
            ] {
                same_as_reference(&s);
            }
            let t = pair_table()[cp as usize];
            if t != 0 && u32::from(t) != cp {
                folded += 1;
            }
        }
        // The capitals of Cyrillic, ё and the Arabic letters with hamza, ة and ى among them.
        assert!(folded >= 50, "{folded}");
        assert_eq!(pair_table()['Я' as usize], 'я' as u16);
        assert_eq!(pair_table()['ة' as usize], 'ه' as u16);
        assert_eq!(pair_table()['я' as usize], 'я' as u16);
        assert_eq!(pair_table()['\u{064E}' as usize], 0);
        assert_eq!(pair_table()['é' as usize], 0);
    }

    /// The words `normalize` copies without the walk, and some it does not.
    #[test]
    fn normal_words_are_copied() {
        for s in [
            "",
            "russia",
            "g20",
            "n'djamena",
            "россия",
            "روسيا",
            "a-b",
            "كيم",
        ] {
            assert!(is_normal(s), "{s:?}");
            same_as_reference(s);
        }
        for s in [
            "Russia",
            "a b",
            " ",
            "Россия",
            "ё",
            "مدرسة",
            "رُوسيا",
            "é",
            "\u{200F}",
            "x\u{7F}",
        ] {
            assert!(!is_normal(s), "{s:?}");
            same_as_reference(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn bulk_runs_equal_the_char_by_char_walk_on_soup(
            s in "([aZ .,\\-\t\n]|[абвЖЁёЯ]|[اأإآبةتىيؤئء]|[\u{064B}-\u{0652}\u{0640}\u{0301}\u{0306}\u{200F}\u{00A0}éÉßµ]){0,40}"
        ) {
            same_as_reference(&s);
        }
    }

    #[test]
    fn expanding_lowercase() {
        let orig = "ẞX";
        let t = NormText::new(orig);
        assert_eq!(t.as_str(), "ssx");
        assert_eq!(&orig[t.orig_start(0)..t.orig_end(1)], "ẞ");
        assert_eq!(&orig[t.orig_start(1)..t.orig_end(2)], "ẞ");
        assert_eq!(&orig[t.orig_start(2)..t.orig_end(3)], "X");
    }
}
