//! The text access layer: the sentence's one normalisation read by document offsets ([`norm_at`],
//! [`norm_range`]), words read backward ([`last_words`]), clauses, phrases and word counts, with no
//! `String` per word.

use super::dating::in_date;
use super::tables::{Phrase, Tables};
use super::Group;
use crate::context::SentenceCtx;
use crate::dates::DateHit;
use blocwatch_lexicon::Kind;
use blocwatch_text::{normalize, tokens, TokenKind};
use smallvec::SmallVec;
use std::borrow::Cow;

/// `w` and `w` without each of at most two Arabic conjunctions glued before it (و, ف), the whole word first:
/// "وفقدت" gives "وفقدت", "فقدت", "قدت". Each form drops one letter, so a root letter و or ف ("وقعت",
/// "فقدت") stays in one of the forms, where stripping every such letter would eat it.
pub(super) fn unglued(w: &str) -> SmallVec<[&str; 3]> {
    let mut out: SmallVec<[&str; 3]> = SmallVec::new();
    out.push(w);
    let mut rest = w;
    for _ in 0..2 {
        match rest.strip_prefix(['و', 'ف']) {
            Some(r) if !r.is_empty() => {
                out.push(r);
                rest = r;
            }
            _ => break,
        }
    }
    out
}

/// How many words `text` holds (its tokens of kind `Word`; numbers and punctuation are not counted).
pub(super) fn word_count(text: &str) -> usize {
    tokens(text).filter(|tk| tk.kind == TokenKind::Word).count()
}

/// Whether `w` is a word of the list (a table's words, held as `String`s).
pub(super) fn is_in(list: &[String], w: &str) -> bool {
    list.iter().any(|x| x == w)
}

/// Where the words `search` looks for (a searcher of `tables::whole_word_search`) stand in `n` as whole
/// words, tokens of their own as `blocwatch_text::tokens` splits words (no word char right before or
/// after them), in text order: the byte ranges.
pub(super) fn whole_words<'s>(
    n: &'s str,
    search: &'s aho_corasick::AhoCorasick,
) -> impl Iterator<Item = (usize, usize)> + 's {
    let word = blocwatch_text::is_word_char;
    search
        .find_iter(n)
        .map(|m| (m.start(), m.end()))
        .filter(move |&(s, e)| {
            crate::dates::word_start_plain(n, s) && !n[e..].chars().next().is_some_and(word)
        })
}

/// The normalised word right after document offset `at` (white space skipped; empty when no word char
/// follows).
pub(super) fn next_word<'c>(ctx: &'c SentenceCtx<'_>, at: usize) -> Cow<'c, str> {
    let after = ctx.doc_text[at..ctx.range.end.max(at)].trim_start();
    norm_word(
        after
            .split(|c: char| !blocwatch_text::is_word_char(c))
            .next()
            .unwrap_or(""),
    )
}

/// Where the normalised phrase `p` stands in `n` as whole words (an Arabic word may carry a glued "و" or
/// "ف": "والبلدان"). (Its occurrences are those of `str::match_indices`: leftmost, not overlapping; a
/// phrase is valid UTF-8, so each starts and ends at a char boundary.)
pub(super) fn phrase_in(n: &str, p: &Phrase) -> Option<usize> {
    let len = p.needle().len();
    p.find_iter(n.as_bytes()).find(|&i| whole_at(n, i, len))
}

/// Whether the `len` bytes of `n` at `i` stand as whole words ([`phrase_in`]): no word char touches them,
/// but a "و" or "ف" glued before them that itself opens a word.
pub(super) fn whole_at(n: &str, i: usize, len: usize) -> bool {
    let head = n[..i]
        .strip_suffix(['و', 'ف'])
        .filter(|h| {
            !h.chars()
                .next_back()
                .is_some_and(blocwatch_text::is_word_char)
        })
        .unwrap_or(&n[..i]);
    !head
        .chars()
        .next_back()
        .is_some_and(blocwatch_text::is_word_char)
        && !n[i + len..]
            .chars()
            .next()
            .is_some_and(blocwatch_text::is_word_char)
}

/// Where the sentence before the one starting at `end` starts: after the last stop before its own.
pub(super) fn previous_sentence_start(doc_text: &str, end: usize) -> usize {
    let head = doc_text[..end]
        .trim_end()
        .trim_end_matches(['.', '!', '?', '؟', '…', '"', '»', ')']);
    head.rfind(['.', '!', '?', '؟', '\n']).map_or(0, |i| i + 1)
}

/// Whether `w`, a word sliced from `n`, is "won" without the "'t" that makes it "won't": "Mongolia won
/// observer status" denies nothing.
pub(super) fn unglued_contraction(n: &str, w: &str) -> bool {
    w == "won"
        && (w.as_ptr() as usize)
            .checked_sub(n.as_ptr() as usize)
            .and_then(|at| n.get(at + w.len()..))
            .is_none_or(|rest| !rest.starts_with(['\'', '’']))
}

/// The normalised text from the start of the clause that holds offset `s` (past the last comma or stop) up to it.
/// Where the clause of the word at `s` begins ([`clause_before`]).
pub(super) fn clause_start(n: &str, s: usize) -> usize {
    s - clause_before(n, s).len()
}

pub(super) fn clause_before(n: &str, s: usize) -> &str {
    let from = last_stop(&n.as_bytes()[..s], false).map_or(0, |i| i + 1);
    &n[from..s]
}

/// The offset of the last byte of the last clause stop in `b` (a comma, a semicolon, a full stop, a colon
/// when `colon`, the Arabic «،» or «؛»), if any: the clause after it starts at the next byte. By bytes: an
/// ASCII byte is always its own char, and the second byte of «،» (D8 8C) or «؛» (D8 9B) after D8 always ends
/// that char (a lead byte is never a continuation byte).
#[inline]
pub(crate) fn last_stop(b: &[u8], colon: bool) -> Option<usize> {
    (0..b.len()).rev().find(|&i| match b[i] {
        b',' | b';' | b'.' => true,
        b':' => colon,
        0x8C | 0x9B => i > 0 && b[i - 1] == 0xD8,
        _ => false,
    })
}

/// Where document offset `at` falls in the sentence's normalised text: the number of bytes of `ctx.norm`
/// whose original character starts before `at`. `&ctx.norm.as_str()[..norm_at(ctx, x)]` is then the
/// normalisation of `&ctx.doc_text[ctx.range.start..x]` (normalisation reads left to right, so the prefix's
/// own is the whole's prefix), read from the sentence's one normalisation instead of made again. Always a
/// char boundary: all bytes that one original character produced share its start.
pub(super) fn norm_at(ctx: &SentenceCtx<'_>, at: usize) -> usize {
    ctx.norm.norm_offset_of(at.saturating_sub(ctx.range.start))
}

/// The normalised text of the sentence from its start to document offset `at` ([`norm_at`]).
pub(super) fn norm_before<'c>(ctx: &'c SentenceCtx<'_>, at: usize) -> &'c str {
    &ctx.norm.as_str()[..norm_at(ctx, at)]
}

/// The normalised text of the document range `[a, b)` inside the sentence ([`norm_at`]); its first char may
/// differ from `normalize(&doc_text[a..b])` only where white space collapses into a space before `a`.
pub(super) fn norm_range<'c>(ctx: &'c SentenceCtx<'_>, a: usize, b: usize) -> &'c str {
    let (s, e) = (norm_at(ctx, a), norm_at(ctx, b));
    &ctx.norm.as_str()[s..e.max(s)]
}

/// `normalize(w)` for one word, without allocating when normalisation leaves the word as it is: printable
/// ASCII but capitals, lower-case Cyrillic а–я and the Arabic letters that fold to nothing else (the chars
/// the normaliser itself copies in bulk), which is what most words between names are ("and", "و", "и").
pub(super) fn norm_word(w: &str) -> Cow<'_, str> {
    let b = w.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] > b' ' && b[i] < 0x7F && !b[i].is_ascii_uppercase() {
            i += 1;
        } else if plain_pair(b[i], b.get(i + 1).copied()) {
            i += 2;
        } else {
            return Cow::Owned(normalize(w));
        }
    }
    Cow::Borrowed(w)
}

/// Whether the bytes `b0 b1` are a two-byte letter that normalisation leaves as it is: Cyrillic а..я
/// (U+0430..U+044F), Arabic ا..غ (U+0627..U+063A) but ة, and ف..و, ي (U+0641..U+0648, U+064A). The same
/// set as the normaliser's own bulk copy (a test checks each char).
pub(super) fn plain_pair(b0: u8, b1: Option<u8>) -> bool {
    let Some(b1) = b1 else { return false };
    matches!(
        (b0, b1),
        (0xD0, 0xB0..=0xBF) | (0xD1, 0x80..=0x8F) | (0xD8, 0xA7..=0xA8 | 0xAA..=0xBA) | (0xD9, 0x81..=0x88 | 0x8A)
    )
}

/// Whether `part` occurs in `word`, as `str::contains` says, by a byte scan: `contains` sets up a two-way
/// searcher on every call, which cost more than the search over a word of a few bytes (the offer words
/// against every applicant cue and the words before it, some 30,000 calls per megabyte).
pub(super) fn has_part(word: &str, part: &str) -> bool {
    let (w, p) = (word.as_bytes(), part.as_bytes());
    // (The last byte too before the comparison: Arabic and Cyrillic letters share their first one.)
    match (p.first(), p.last()) {
        (Some(&first), Some(&last)) => w
            .windows(p.len())
            .any(|x| x[0] == first && x[p.len() - 1] == last && x == p),
        _ => true,
    }
}

/// `s.trim_end()`, the ASCII blanks taken off by bytes first (the standard one decodes each char back
/// from the end); a char of more than one byte before them is left to the standard one.
#[inline]
fn trim_end(s: &str) -> &str {
    let b = s.as_bytes();
    let mut i = b.len();
    while i > 0 && matches!(b[i - 1], b' ' | b'\t'..=b'\r') {
        i -= 1;
    }
    if i > 0 && b[i - 1] >= 0x80 {
        s[..i].trim_end()
    } else {
        &s[..i]
    }
}

/// The last `k` words of `text` (normalised), as the words of `tokens` over its last `48 * k` bytes or so
/// ([`crate::dates::tail`]).
///
/// Read backward by runs between white space: no token spans white space and the tokenizer starts afresh
/// after it, so each run, tokenized on its own from its start, yields the tokens the tail's tokenization
/// yields there; the runs are read from the end until `k` words are found, instead of tokenizing the
/// whole tail forward for its last words (called some 60,000 times per megabyte). The backward read that
/// finds a run's start also tells whether the run is one plain word ([`plain_char`]): most runs are, and
/// only the others are tokenized.
pub(crate) fn last_words(text: &str, k: usize) -> SmallVec<[&str; 4]> {
    let text = crate::dates::tail(text, 48 * k);
    let mut out: SmallVec<[&str; 4]> = SmallVec::new();
    let mut end = text.len();
    while out.len() < k {
        let run = trim_end(&text[..end]);
        if run.is_empty() {
            break;
        }
        // The run's start, read backward by bytes: ASCII in place, a two-byte char decoded in place
        // (its white space is U+0085 and U+00A0), a longer one by the standard decoder (never plain).
        // (Every char a plain one; every char an ASCII digit.)
        // (By slice patterns, which need no bounds checks: the loop runs for every char of the words
        // read, some 300,000 a megabyte.)
        let mut b = run.as_bytes();
        let (mut plain, mut digits) = (true, true);
        loop {
            match b {
                [rest @ .., x] if *x < 0x80 => {
                    match ASCII_KINDS[usize::from(*x)] {
                        ASCII_BLANK => break,
                        ASCII_LETTER => digits = false,
                        ASCII_DIGIT => {}
                        _ => plain = false,
                    }
                    b = rest;
                }
                [rest @ .., lead, low] if lead & 0xE0 == 0xC0 => {
                    // (One bit of [`PLAIN_PAIRS`]: a plain two-byte char is a letter, no digit.)
                    let (lead, low) = (usize::from(lead & 0x1F), low & 0x3F);
                    if (PLAIN_PAIRS[lead] >> low) & 1 != 0 {
                        digits = false;
                    } else if lead == 0x02 && matches!(low, 0x05 | 0x20) {
                        // U+0085 and U+00A0, white space.
                        break;
                    } else {
                        plain = false;
                    }
                    b = rest;
                }
                [] => break,
                _ => {
                    let c = run[..b.len()]
                        .chars()
                        .next_back()
                        .unwrap_or(char::REPLACEMENT_CHARACTER);
                    if c.is_whitespace() {
                        break;
                    }
                    plain = false;
                    b = &b[..b.len() - c.len_utf8()];
                }
            }
        }
        let start = b.len();
        let run = &run[start..];
        // The run's words, last first, after those of the runs after it: pushed in the run's order and
        // turned round, and those beyond the `k` nearest dropped at once. (A plain run is one token, a
        // number when all its chars are digits.)
        if plain {
            if !digits {
                out.push(run);
            }
        } else {
            let at = out.len();
            out.extend(
                tokens(run)
                    .filter(|tk| tk.kind == TokenKind::Word)
                    .map(|tk| &run[tk.start..tk.end]),
            );
            out[at..].reverse();
            out.truncate(k);
        }
        end = start;
    }
    out.reverse();
    out
}

/// Whether the tokenizer reads `c` as a word char with no question, for [`last_words`]: an ASCII letter
/// or digit (`Some(true)` for a digit), or a word char of the Latin, Cyrillic and Arabic blocks that is
/// no digit (`Some(false)`), in the ranges below. A run of such chars is one token of `tokens`, a number
/// exactly when every char is a digit. `None` for any other char (white space, punctuation, Arabic-Indic
/// digits, other scripts): its run is tokenized.
/// (The tests' reference: [`ASCII_KINDS`] and [`PLAIN_PAIRS`] hold it for the backward read.)
#[cfg(test)]
pub(super) fn plain_char(c: char) -> Option<bool> {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric().then_some(c.is_ascii_digit());
    }
    plain_letter(c as u32).then_some(false)
}

/// The chars above ASCII that [`plain_char`] reads as plain: letters and marks that `is_word_char`
/// accepts by its own fast ranges and `tokens` knows are no digits (accented Latin but × and ÷, Cyrillic
/// but the signs U+0482–U+0489, Arabic letters, marks and tatweel up to U+065F, and U+066E–U+06D3). The
/// test `plain_chars_are_one_token_each` checks every char below U+0800.
const fn plain_letter(cp: u32) -> bool {
    matches!(cp, 0x00C0..=0x00D6 | 0x00D8..=0x00F6 | 0x00F8..=0x024F | 0x0400..=0x0481 | 0x048A..=0x052F | 0x0620..=0x065F | 0x066E..=0x06D3)
}

/// What [`last_words`]' backward read makes of an ASCII byte: white space that ends a run
/// (`ASCII_BLANK`), a letter or a digit of a plain run ([`plain_char`]), any other char (0).
pub(super) const ASCII_BLANK: u8 = 1;
pub(super) const ASCII_LETTER: u8 = 2;
pub(super) const ASCII_DIGIT: u8 = 3;
pub(super) static ASCII_KINDS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut x = 0;
    while x < 128 {
        let c = x as u8;
        t[x] = if c == b' ' || (c >= b'\t' && c <= b'\r') {
            ASCII_BLANK
        } else if c.is_ascii_digit() {
            ASCII_DIGIT
        } else if c.is_ascii_alphabetic() {
            ASCII_LETTER
        } else {
            0
        };
        x += 1;
    }
    t
};

/// [`plain_letter`] of the two-byte chars (U+0080–U+07FF), for [`last_words`]' backward read: bit `b1 & 0x3F`
/// of word `b0 & 0x1F` for the char written `b0 b1`, one load and a shift where the ranges were a chain
/// of compares per char (the bulk of an Arabic or Russian text).
pub(super) static PLAIN_PAIRS: [u64; 32] = {
    let mut t = [0u64; 32];
    let mut cp = 0x80u32;
    while cp < 0x800 {
        if plain_letter(cp) {
            t[(cp >> 6) as usize] |= 1u64 << (cp & 0x3F);
        }
        cp += 1;
    }
    t
};

/// Words that stand between a state and its status without adding a claim of their own ("is also one of
/// the newest members", "теперь входит и в"): not counted as distance. `n` is the normalised gap.
pub(super) fn fillers(t: &Tables, n: &str) -> usize {
    tokens(n)
        .filter(|tk| {
            tk.kind == TokenKind::Word && t.fillers.iter().any(|f| *f == n[tk.start..tk.end])
        })
        .count()
}

/// Whether a normalised gap before a state holds a conjunction that opens a clause ("in April 2023
/// and", "2023 و"); "и" and "بعد" also join lists and phrases, so they do not count.
pub(super) fn after_conjunction(t: &Tables, n: &str) -> bool {
    tokens(n).filter(|tk| tk.kind == TokenKind::Word).any(|tk| {
        t.clause_conjunctions
            .iter()
            .any(|c| *c == n[tk.start..tk.end])
    })
}

/// Words in a gap, not counting those inside mentions of states and blocs or dates ("members of the
/// Shanghai Cooperation Organisation: India" is one word away; "founded on 15 June 2001 by China" two;
/// "أسست الصين وروسيا … منظمة شنغهاي" puts the bloc right after the founders).
pub(super) fn gap_words(
    ctx: &SentenceCtx<'_>,
    dates: &[DateHit],
    gap: &str,
    offset: usize,
    skip_states: bool,
) -> usize {
    // "thirty-first", "Russian-led": a word glued to the one before by a hyphen is part of it.
    let mut prev_end = usize::MAX;
    // The mentions are in text order and do not overlap, so their ends are in order too: those that
    // overlap a word are a run from the first that ends after the word's start, and the words come in
    // order, so the run's start only moves on (`first`).
    let mentions = ctx.mentions;
    let mut first = 0;
    tokens(gap)
        .filter(|t| t.kind == TokenKind::Word)
        .filter(|t| {
            let glued = gap.get(prev_end..t.start) == Some("-");
            prev_end = t.end;
            !glued
        })
        .filter(|t| {
            let (s, e) = (offset + t.start, offset + t.end);
            while first < mentions.len() && mentions[first].end <= s {
                first += 1;
            }
            // Overlap, not containment: "وروسيا" is one token, the mention starts after "و".
            !mentions[first..]
                .iter()
                .take_while(|m| m.start < e)
                .any(|m| m.kind == Kind::Bloc || (skip_states && m.kind.is_geo()))
                && !in_date(dates, s, e)
        })
        .count()
}

/// Words of the sentence before a group of states ([`gap_words`] from the sentence's start): how far the
/// group is from opening the sentence as its subject.
pub(super) fn words_before(ctx: &SentenceCtx<'_>, dates: &[DateHit], g: &Group<'_>) -> usize {
    gap_words(
        ctx,
        dates,
        &ctx.doc_text[ctx.range.start..g.start],
        ctx.range.start,
        false,
    )
}
