//! One pass over a normalised sentence: its tokens and every trigger and cue that matches there.

use std::cell::RefCell;

use blocwatch_text::{is_word_char, Lang, NormText};
use smallvec::SmallVec;

use super::data::{
    Cand, Cell, Cue, LangTables, Role, RowsRef, Word, WordList, WordSet, AR_ENCLITICS, AR_SUFFIXES,
    DATE_CORE, DATE_LINK, LOW, NONE, TYPES,
};
use super::lang_ar::{unglued, AR_PRONOUN_OBJECT_TYPES};

/// A token of the normalised sentence, with the original (sentence-relative) bytes behind it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub orig_start: usize,
    pub orig_end: usize,
    pub word: bool,
}

/// A pattern matched over tokens `t0..t1`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub t0: usize,
    pub t1: usize,
    pub entry: u32,
    /// Arabic: the proclitic س (future) stands in front of the first word.
    pub future: bool,
    /// Arabic: a preposition ب or ل is written on the first word (بانضمام, لبحث): a noun so marked is
    /// the complement of a verb before it.
    pub governed: bool,
    /// Arabic: the conjunction و or ف is written on the first word (وأجرى "and held").
    pub conj: bool,
    /// Length of the matched text, to prefer the more specific of two patterns over the same tokens.
    pub len: usize,
}

#[derive(Debug)]
pub(crate) struct Scan {
    /// The normalised sentence, shared with the other stages of the sentence (`SentenceCtx::norm`).
    pub norm: NormText,
    pub toks: Vec<Tok>,
    /// Triggers after overlap resolution, in text order.
    pub triggers: Vec<Hit>,
    /// The trigger matches that overlap resolution set aside for a longer (or more specific) one over the
    /// same words, in the order they lost: the shorter rows at a trigger's place, which `Coder::select`
    /// falls back to when a sense check drops the row that won («bought … from» needs weapons; "bought"
    /// alone buys goods).
    pub hidden: Vec<Hit>,
    /// Every cue hit (cues may overlap triggers: "refused" is both REJECT and a negating verb).
    pub cues: Vec<(usize, usize, Cue)>,
    /// A copy of `norm`'s text: the coder reads token texts hundreds of times per sentence, and a plain
    /// string slices faster than the shared normalisation's view.
    text: String,
}

/// The index in `toks` of the token whose original bytes contain sentence-relative offset `off` (or the
/// next token).
fn tok_at(toks: &[Tok], off: usize) -> usize {
    toks.partition_point(|k| k.orig_end <= off)
}

impl Scan {
    pub(crate) fn text(&self, t: usize) -> &str {
        let k = &self.toks[t];
        &self.text[k.start..k.end]
    }

    /// The word tokens whose bytes pass `sieve` and whose text then passes `keep`, in text order: one pass
    /// over the sentence's tokens, out of line (inside a large caller the loop reloaded the scan's fields
    /// at every token), each token's bytes read without the char-boundary checks of [`Scan::text`].
    #[inline(never)]
    pub(crate) fn words_where(
        &self,
        sieve: impl Fn(&[u8]) -> bool,
        keep: impl Fn(&str) -> bool,
    ) -> SmallVec<[usize; 4]> {
        let bytes = self.text.as_bytes();
        let mut out = SmallVec::new();
        for (k, t) in self.toks.iter().enumerate() {
            if t.word && bytes.get(t.start..t.end).is_some_and(&sieve) && keep(self.text(k)) {
                out.push(k);
            }
        }
        out
    }

    /// Whether a token before `t1` whose bytes pass `sieve` passes `keep` (given its index): one pass over
    /// the tokens, inline, each token's bytes read without the char-boundary checks of [`Scan::text`].
    #[inline(always)]
    pub(crate) fn any_before(
        &self,
        t1: usize,
        mut sieve: impl FnMut(&[u8]) -> bool,
        mut keep: impl FnMut(usize) -> bool,
    ) -> bool {
        let bytes = self.text.as_bytes();
        for (k, t) in self.toks[..t1].iter().enumerate() {
            if let Some(b) = bytes.get(t.start..t.end) {
                if sieve(b) && keep(k) {
                    return true;
                }
            }
        }
        false
    }

    /// The token index whose original bytes contain sentence-relative offset `off` (or the next token).
    pub(crate) fn tok_at(&self, off: usize) -> usize {
        tok_at(&self.toks, off)
    }

    /// The comma of an English-style date ("agreed on October 3, 2023 to lend …") separates no phrases:
    /// the coder's copy of the text reads it as a blank, so that it cuts no clause and ends no list of
    /// sides. (A day of one or two digits before it, a four-digit year after it; same length, so no offset
    /// moves.)
    pub(crate) fn blank_date_commas(&mut self) {
        let digits = |text: &str, t: &Tok, len: std::ops::RangeInclusive<usize>| {
            t.word
                && len.contains(&(t.end - t.start))
                && text.as_bytes()[t.start..t.end]
                    .iter()
                    .all(u8::is_ascii_digit)
        };
        for i in 1..self.toks.len().saturating_sub(1) {
            let k = &self.toks[i];
            if !k.word
                && k.end == k.start + 1
                && self.text.as_bytes()[k.start] == b','
                && digits(&self.text, &self.toks[i - 1], 1..=2)
                && digits(&self.text, &self.toks[i + 1], 4..=4)
            {
                self.text.replace_range(k.start..k.end, " ");
            }
        }
    }

    /// "after the disputed election", "into disputed waters": an English denial participle right after a
    /// determiner or a preposition, with a noun after it, qualifies that noun — it denies nothing. (Still a
    /// denial as a verb: "Moscow disputed the report", "both disputed the claims".)
    pub(crate) fn drop_adjectival_denials(&mut self) {
        let adjectival = |s: &Self, a: usize| {
            a > 0
                && s.text(a).ends_with("ed")
                && s.has_cue(a - 1, a, |c| c == Cue::Det || super::roles::is_prep(c))
                && a + 1 < s.toks.len()
                && s.toks[a + 1].word
                && !s.has_cue(a + 1, a + 2, |c| c == Cue::Det || c == Cue::Comp)
        };
        for i in (0..self.cues.len()).rev() {
            let (a, b, c) = self.cues[i];
            if c == Cue::Denied && b == a + 1 && adjectival(self, a) {
                self.cues.remove(i);
            }
        }
    }

    /// Whether a cue of tokens inside `t0..t1` satisfies `pred`. The cues are in order of their first
    /// token (and a cue covers a token at least), so only those starting in `t0..t1` are looked at.
    pub(crate) fn has_cue(&self, t0: usize, t1: usize, pred: impl Fn(Cue) -> bool) -> bool {
        let from = self.cues.partition_point(|&(a, _, _)| a < t0);
        self.cues[from..]
            .iter()
            .take_while(|&&(a, _, _)| a < t1)
            .any(|&(_, b, c)| b <= t1 && pred(c))
    }
}

/// The buffers of one scan, kept per thread from one sentence to the next: a sentence is coded in
/// microseconds, and allocating its vectors anew each time cost as much as the scan itself.
#[derive(Default)]
struct Scratch {
    text: String,
    toks: Vec<Tok>,
    triggers: Vec<Hit>,
    hidden: Vec<Hit>,
    cues: Vec<(usize, usize, Cue)>,
    hits: Vec<Hit>,
    /// (token, start of the first word in the normalised sentence, which list, index in it).
    found: Vec<Place>,
    /// (The tests only: the places of `exact_cues`, which `settle` lists as it finds them.)
    found_exact: Vec<Place>,
    /// The one-word cues that are the whole word (in Arabic, the word after its proclitics, or that word
    /// without an object pronoun), as (token, token + 1, cue), in text order.
    exact_cues: Vec<(usize, usize, Cue)>,
    /// For each token, the index in `heads` of the word that is the whole token ([`NONE`] if none).
    whole: Vec<u32>,
    /// The words of `heads` found at one place, with their lengths, shortest first.
    at: Vec<(u32, usize)>,
}

/// A place where patterns may begin: (token, start of the first word in the normalised sentence, which
/// word, the run of [`LangTables::cands`] to try there).
type Place = (usize, usize, Found, (u32, u32));

/// Which word begins at a place (the tests compare the places with a reference scan by it).
#[derive(Debug, Clone, Copy)]
#[cfg_attr(not(test), allow(dead_code))]
enum Found {
    /// `by_first[i]`: a trigger or multi-word cue begins here.
    First(usize),
    /// `exact_ids[i]`: a one-word cue is the whole word here.
    Exact(usize),
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Drop for Scan {
    fn drop(&mut self) {
        // Give the vectors back for the next sentence (if the thread is shutting down, just drop them).
        let (text, toks, triggers, hidden, cues) = (
            std::mem::take(&mut self.text),
            std::mem::take(&mut self.toks),
            std::mem::take(&mut self.triggers),
            std::mem::take(&mut self.hidden),
            std::mem::take(&mut self.cues),
        );
        let _ = SCRATCH.try_with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                s.text = text;
                s.toks = toks;
                s.triggers = triggers;
                s.hidden = hidden;
                s.cues = cues;
            }
        });
    }
}

/// Scans a sentence. `names` are the byte ranges, in the sentence's own text, of the names the entity
/// matcher found in it: a name of several words is one word of a pattern's gap (see [`gap_find`]).
/// `text` is the sentence as written, of which `norm` is the normalisation (the Arabic letters that the
/// normaliser folds together are told apart there: `written_ha`).
pub(crate) fn scan(
    norm: NormText,
    text: &str,
    lang: Lang,
    tables: &LangTables,
    names: &[(usize, usize)],
) -> Scan {
    SCRATCH.with(|s| match s.try_borrow_mut() {
        Ok(mut s) => scan_into(norm, text, lang, tables, names, &mut s),
        // Not reachable (a scan does not call itself), but a fresh set of buffers is always correct.
        Err(_) => scan_into(norm, text, lang, tables, names, &mut Scratch::default()),
    })
}

/// Whether the Arabic token whose original bytes are `orig` ends in the letter ه as written (its
/// diacritics and tatweel aside), not in the ة that the normaliser folds into it: a final ه is then an
/// object or possessive pronoun (شكره "thanked him", اعتذاره "his apology"), never a feminine noun's
/// ending (وزارة, إقامة, حملة).
fn written_ha(orig: Option<&str>) -> bool {
    orig.and_then(|w| {
        w.chars()
            .rev()
            .find(|&c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
    }) == Some('ه')
}

fn scan_into(
    norm: NormText,
    orig_text: &str,
    lang: Lang,
    tables: &LangTables,
    names: &[(usize, usize)],
    sc: &mut Scratch,
) -> Scan {
    let n = norm.as_str();
    let mut toks = std::mem::take(&mut sc.toks);
    // Every pattern starts a token, or (Arabic) follows the proclitics written on it: the first words are
    // walked from those places only, instead of at every "و" or "a" inside a word, and the walk from a
    // token's start is stepped by the tokenizer itself, one char at a time. The automaton's matches
    // come first, then the one-word cues (looked up as the whole word; Arabic: after each proclitic
    // split, with or without an object pronoun), each in text order.
    let any_trigger = match tables.heads.rows() {
        RowsRef::Narrow(rows) => lex(n, &norm, lang, tables, rows, &mut toks, sc),
        RowsRef::Wide(rows) => lex(n, &norm, lang, tables, rows, &mut toks, sc),
    };
    let hits = &mut sc.hits;
    hits.clear();
    let mut cues = std::mem::take(&mut sc.cues);
    cues.clear();
    let found = &sc.found;
    let exact_cues = &sc.exact_cues;
    let whole = &sc.whole;
    let mut taken = std::mem::take(&mut sc.triggers);
    taken.clear();
    let mut hidden = std::mem::take(&mut sc.hidden);
    hidden.clear();
    let mut text = std::mem::take(&mut sc.text);
    text.clear();
    text.push_str(n);
    let dates = DatePhrases {
        on: tables.has_dates,
        head_date: &tables.head_date,
        whole,
        any: std::cell::Cell::new(0),
    };
    if !any_trigger {
        // No trigger can match anywhere: a sentence without events, whatever its cues (the coder stops
        // at an empty trigger list).
        return Scan {
            norm,
            toks,
            triggers: taken,
            hidden,
            cues,
            text,
        };
    }
    // (The token spans of the names, found as `actors::mention_tokens` finds them.)
    let mut skip = Skip {
        dates,
        starts: std::cell::OnceCell::new(),
        names: names
            .iter()
            .filter_map(|&(s, e)| {
                let t0 = tok_at(&toks, s);
                let t1 = tok_at(&toks, e.saturating_sub(1)) + 1;
                (t1 >= t0 + 2).then_some((t0, t1))
            })
            .collect(),
    };
    if lang == Lang::Ar {
        ar_appositives(n, &toks, &mut skip.names);
    }
    for &(ti, s, _, (r0, r1)) in found.iter() {
        // (A token longer than its first word tries the word's stems only: most first words have none,
        // "the" in "there", and their run is empty.)
        if r0 == r1 {
            continue;
        }
        let tok = &toks[ti];
        let (r0, r1) = (r0 as usize, r1 as usize);
        let (Some(run), Some(sorted)) = (tables.cands.get(r0..r1), tables.by_second.get(r0..r1))
        else {
            continue;
        };
        let next = whole.get(ti + 1).copied().unwrap_or(NONE);
        for c in tried(run, sorted, next, &tables.cands) {
            if c.second != NONE && c.second != next {
                continue;
            }
            let e = s + c.first_len as usize;
            if e > tok.end || !tok.word && (s != tok.start || e != tok.end) {
                continue;
            }
            let first_ok = match (lang, c.stem) {
                (Lang::Ar, true) => AR_SUFFIXES.contains(&&n[e..tok.end]),
                // (The pronoun ه, after the ت of a feminine perfect verb, «وقعته»، «طردته», or where the
                // text writes ه and not the ة the normaliser folds into it (`written_ha`): on a verb
                // «شكره»، «يطالبه», on a noun of four letters or more its possessor, «اعتذاره»، «محادثاته».
                // Elsewhere it is also the folded ة of a noun, طالبه "student" beside طالب "demanded";
                // and only on a verb whose object is a document it needs or one that may be a pronoun —
                // a host's «استضافته» has its guest there, and a conference is none.)
                (Lang::Ar, false) => {
                    AR_ENCLITICS.contains(&&n[e..tok.end])
                        || (&n[e..tok.end] == "ه"
                            && if c.noun {
                                n[s..e].chars().count() >= 4
                                    && written_ha(orig_text.get(tok.orig_start..tok.orig_end))
                            } else {
                                (n[s..e].ends_with('ت')
                                    || written_ha(orig_text.get(tok.orig_start..tok.orig_end)))
                                    && matches!(c.role, Role::Trigger(k) if {
                                        let t = &tables.triggers[k as usize];
                                        t.needs.is_some()
                                            || AR_PRONOUN_OBJECT_TYPES
                                                .contains(&TYPES[t.kind as usize])
                                    })
                            })
                }
                (_, true) => true,
                (_, false) => e == tok.end,
            };
            if !first_ok {
                continue;
            }
            let t1 = if c.single {
                ti + 1
            } else {
                let words = &tables.entries[c.entry as usize].words;
                let Some(t1) = match_rest(n, &toks, ti + 1, &words[1..], lang, &skip) else {
                    continue;
                };
                t1
            };
            match c.role {
                Role::Trigger(_) => {
                    // (What is written before the first word: Arabic proclitics, empty elsewhere.)
                    let prefix = &n[tok.start..s];
                    // Verbs take only the conjunctions, the future س and the ل of purpose; nouns also take
                    // the prepositions ب ك and the article (بحث is "discussed", not ب + حث "urged").
                    // (A verb row whose first word is a bare three-letter perfect, طرد سحب قطع فرض, is
                    // also spelled as its verbal noun: after ب it is the act named, "ردت بطرد السفير".
                    // Not with its doer in a من phrase right after it, "بسحب من الجيش": that names the
                    // circumstance of another act, whose parties the clause does not give — but for a
                    // request, "بطلب من المنامة": at X's request, a request of its own that the coder
                    // aims at the doer of the act it is the occasion of, `Coder::at_request`.)
                    // (So is a verb row whose first word has the shape of a derived verbal noun, إفعال،
                    // افتعال، انفعال، استفعال، تفعيل: "قامت بإغلاق السفارة", "ردت باستدعاء السفير".)
                    let masdar = lang == Lang::Ar
                        && !c.stem
                        && matches!(prefix, "ب" | "وب" | "فب")
                        && (e - s == 6 || ar_derived_masdar(&n[s..e]))
                        && (toks.get(ti + 1).is_none_or(|t| &n[t.start..t.end] != "من")
                            || matches!(c.role, Role::Trigger(k)
                                if TYPES[tables.triggers[k as usize].kind as usize] == "REQUEST"));
                    if !c.noun && !ar_verb_proclitics(prefix) && !masdar {
                        continue;
                    }
                    hits.push(Hit {
                        t0: ti,
                        t1,
                        entry: c.entry,
                        future: lang == Lang::Ar && prefix.ends_with('س'),
                        conj: lang == Lang::Ar && prefix.starts_with(['و', 'ف']),
                        governed: lang == Lang::Ar
                            && (unglued(prefix).starts_with('ب')
                                || unglued(prefix).starts_with('ل')),
                        // The pattern's own letters (a stem's, not the whole word's), so that
                        // "поставк*" beats "постав*" over the same word.
                        len: (e - s) + (toks[t1 - 1].end - tok.end),
                    })
                }
                Role::Cue(cue) => cues.push((ti, t1, cue)),
            }
        }
    }
    // The one-word cues that are the whole word (in Arabic, the word after its proclitics, or that word
    // without an object pronoun) match as they are: no second word, nothing after the first, and every
    // entry of their run is a cue (`LangTables::exact_cands`). `settle` pushed them as it found them, in
    // run order as the loop above would try them.
    cues.extend_from_slice(exact_cues);
    // One trigger per stretch of text: the longest wins, then the earliest.
    hits.sort_by(|a, b| {
        (b.t1 - b.t0)
            .cmp(&(a.t1 - a.t0))
            .then(b.len.cmp(&a.len))
            .then(a.t0.cmp(&b.t0))
    });
    for h in hits.iter() {
        if taken.iter().all(|k| h.t1 <= k.t0 || h.t0 >= k.t1) {
            taken.push(*h);
        } else {
            hidden.push(*h);
        }
    }
    taken.sort_by_key(|h| h.t0);
    cues.sort_by_key(|c| c.0);
    cues.dedup();
    Scan {
        norm,
        toks,
        triggers: taken,
        hidden,
        cues,
        text,
    }
}

/// Runs this short are walked whole: the searches of [`tried`] cost more than they skip.
const SHORT_RUN: usize = 8;

/// The entries of a run (`run`, and `sorted`, its slice of [`LangTables::by_second`]) that can match
/// before the token `next`, in run order: a short run whole; a longer one, only the entries without a
/// second word (its last group) merged with those whose second word is `next` (one group).
#[inline(always)]
fn tried<'a>(run: &'a [Cand], sorted: &'a [(u32, u32)], next: u32, cands: &'a [Cand]) -> Tried<'a> {
    // (A run whose entries all go without a second word, its last group being the whole run, is tried
    // whole too: every Arabic run, and the runs of stems.)
    if run.len() <= SHORT_RUN || sorted.first().is_some_and(|&(second, _)| second == NONE) {
        return Tried {
            whole: run.iter(),
            free: &[],
            same: &[],
            cands,
        };
    }
    let (with, free) = sorted.split_at(sorted.partition_point(|&(second, _)| second != NONE));
    let same = if next == NONE {
        &[][..]
    } else {
        let a = with.partition_point(|&(second, _)| second < next);
        let len = with[a..].partition_point(|&(second, _)| second == next);
        &with[a..a + len]
    };
    Tried {
        whole: [].iter(),
        free,
        same,
        cands,
    }
}

/// See [`tried`].
struct Tried<'a> {
    whole: std::slice::Iter<'a, Cand>,
    free: &'a [(u32, u32)],
    same: &'a [(u32, u32)],
    cands: &'a [Cand],
}

impl<'a> Iterator for Tried<'a> {
    type Item = &'a Cand;

    #[inline(always)]
    fn next(&mut self) -> Option<&'a Cand> {
        if let Some(c) = self.whole.next() {
            return Some(c);
        }
        let k = match (self.free.first(), self.same.first()) {
            (Some(&(_, a)), Some(&(_, b))) if b < a => {
                self.same = &self.same[1..];
                b
            }
            (Some(&(_, a)), _) => {
                self.free = &self.free[1..];
                a
            }
            (None, Some(&(_, b))) => {
                self.same = &self.same[1..];
                b
            }
            (None, None) => return None,
        };
        self.cands.get(k as usize)
    }
}

/// What the tokenizer needs to know of a char: [`T_WORD`], [`T_DIGIT`], [`T_SPACE`].
const T_WORD: u8 = 1;
const T_DIGIT: u8 = 2;
const T_SPACE: u8 = 4;
const CLASSES_WORD: u32 = T_WORD as u32;
const CLASSES_DIGIT: u32 = T_DIGIT as u32;
const CLASSES_SPACE: u32 = T_SPACE as u32;

/// The token classes of `c`, as `blocwatch_text::tokens` decides them: a word char, a digit
/// (`char::is_numeric`), white space (`char::is_whitespace`).
pub(crate) fn token_class_of(c: char) -> u8 {
    let mut k = 0;
    if is_word_char(c) {
        k |= T_WORD;
    }
    if c.is_numeric() {
        k |= T_DIGIT;
    }
    if c.is_whitespace() {
        k |= T_SPACE;
    }
    k
}

/// The code point at byte `i` of `text` (a char boundary) and its length in bytes: one and two-byte
/// chars decoded in place, longer ones by the standard decoder.
#[inline(always)]
fn char_at(text: &str, i: usize) -> Option<(u32, usize)> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i)?;
    if b < 0x80 {
        return Some((u32::from(b), 1));
    }
    if b & 0xE0 == 0xC0 {
        if let Some(&b2) = bytes.get(i + 1) {
            return Some(((u32::from(b & 0x1F) << 6) | u32::from(b2 & 0x3F), 2));
        }
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c as u32, c.len_utf8()))
}

/// The token classes of the char `cp` (bits 0–2) and its class in the word set (from bit 8), from
/// `chars` below U+0800.
#[inline(always)]
fn classes(cp: u32, chars: &[u32; LOW], heads: &WordSet) -> u32 {
    match chars.get(cp as usize) {
        Some(&x) => x,
        None => char::from_u32(cp).map_or(0, |c| {
            u32::from(token_class_of(c)) | u32::from(heads.high_class(c)) << 8
        }),
    }
}

/// Tokenizes the normalised sentence `n` exactly as `blocwatch_text::tokens` does, and walks the word
/// set from every place a pattern can begin (each token start, stepped by the tokenizer as it reads the
/// token; in Arabic also each proclitic split), listing the candidates: first words in `found`,
/// whole-word cues in `exact_cues`, each in text order, and in `whole` the word that is each whole
/// token. Returns whether any candidate can be a trigger.
fn lex<C: Cell>(
    n: &str,
    norm: &NormText,
    lang: Lang,
    tables: &LangTables,
    rows: &[C],
    toks: &mut Vec<Tok>,
    sc: &mut Scratch,
) -> bool {
    toks.clear();
    sc.found.clear();
    sc.found_exact.clear();
    sc.exact_cues.clear();
    sc.whole.clear();
    let mut at = std::mem::take(&mut sc.at);
    let heads = &tables.heads;
    let walk = Walk {
        chars: &tables.chars,
        heads,
        rows,
        width: heads.width(),
    };
    // The empty word, which the walk reports at every place before any char (the set has none today).
    let empty = rows
        .get(walk.width)
        .map(|c| c.get())
        .filter(|&w| w != C::NONE);
    let bytes = n.as_bytes();
    let mut any_trigger = false;
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        // (A blank, the most frequent char between tokens, without the decode and the class.)
        if b == b' ' {
            pos += 1;
            continue;
        }
        let Some((cp, len)) = char_at(n, pos) else {
            break;
        };
        let x = classes(cp, walk.chars, heads);
        if x & CLASSES_SPACE != 0 {
            pos += len;
            continue;
        }
        // A token from `start` to `end`; the walk goes over its chars from node 1 (0: no word goes on).
        let start = pos;
        at.clear();
        if let Some(w) = empty {
            at.push((w, 0));
        }
        let node = walk.step(1, (x >> 8) as usize, len, &mut at);
        let word = x & CLASSES_WORD != 0;
        let end = if word {
            walk.word_end(n, start, pos + len, x & CLASSES_DIGIT != 0, node, &mut at)
        } else {
            pos + len
        };
        pos = end;
        let ti = toks.len();
        toks.push(Tok {
            start,
            end,
            orig_start: norm.orig_start(start),
            orig_end: norm.orig_end(end),
            word,
        });
        let w = if at.is_empty() {
            NONE
        } else {
            settle(n, ti, start, end, lang, tables, &at, sc, &mut any_trigger)
        };
        sc.whole.push(w);
        // (Only a word that opens with a letter proclitics are written with has a split: `ar_splits`' first
        // test, made here without the call.)
        if lang == Lang::Ar
            && word
            && end - start > 2
            && ar_proclitic_letter(bytes[start], bytes[start + 1])
        {
            ar_splits(n, ti, start, end, tables, &mut at, sc, &mut any_trigger);
        }
    }
    sc.at = at;
    any_trigger
}

/// Arabic: the candidates after each proclitic sequence written on the word token `ti` (`start..end`),
/// as [`settle`] lists them for the token's start. (Out of line: a third of the tokens are Arabic words,
/// and in the body of `lex` this walk kept the tokenizer's values on the stack.)
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn ar_splits(
    n: &str,
    ti: usize,
    start: usize,
    end: usize,
    tables: &LangTables,
    at: &mut Vec<(u32, usize)>,
    sc: &mut Scratch,
    any_trigger: &mut bool,
) {
    let text = &n[start..end];
    let bytes = text.as_bytes();
    // Proclitics are written with these letters only, each of two bytes: the splits are after the
    // first one to four chars while each is one of them (a prefix with another one, and so every longer
    // prefix, is none), with a char left after the split.
    let mut k = 0;
    while k < 2 * 4 && k + 2 < bytes.len() && ar_proclitic_letter(bytes[k], bytes[k + 1]) {
        k += 2;
        if ar_proclitics(&text[..k]) {
            at.clear();
            tables
                .heads
                .prefixes(&text[k..], |h, len| at.push((h as u32, len)));
            if !at.is_empty() {
                settle(n, ti, start + k, end, Lang::Ar, tables, at, sc, any_trigger);
            }
        }
    }
}

/// Whether the bytes `b0 b1` are one of the letters Arabic proclitics are written with.
#[inline(always)]
fn ar_proclitic_letter(b0: u8, b1: u8) -> bool {
    b0 & 0xE0 == 0xC0
        && matches!(
            char::from_u32((u32::from(b0 & 0x1F) << 6) | u32::from(b1 & 0x3F)),
            Some('و' | 'ف' | 'ب' | 'ل' | 'ك' | 'س' | 'ا')
        )
}

/// The word set's rows as the tokenizer steps them, with the class table of the chars below U+0800.
#[derive(Clone, Copy)]
struct Walk<'a, C> {
    chars: &'a [u32; LOW],
    heads: &'a WordSet,
    rows: &'a [C],
    width: usize,
}

impl<C: Cell> Walk<'_, C> {
    /// One step from `node` over a char of word-set class `class`, which ends `len` bytes into the token;
    /// returns the next node (0: no word goes on) and lists a word that ends there in `at`.
    #[inline(always)]
    fn step(&self, node: usize, class: usize, len: usize, at: &mut Vec<(u32, usize)>) -> usize {
        match self.rows.get(node * self.width + class) {
            Some(cell) if class != 0 => {
                let cell = cell.get();
                let next = (cell & !C::FLAG) as usize;
                // (A flagged cell never leads to the dead node: a word ends at a node of the trie.)
                if cell & C::FLAG != 0 {
                    if let Some(w) = self.rows.get(next * self.width) {
                        at.push((w.get(), len));
                    }
                }
                next
            }
            _ => 0,
        }
    }

    /// The end of the word token that begins at `start`, its first char read up to `end` (`digit`: that
    /// char is a digit), stepping the walk on from `node` over its chars. (Out of line: in the body of
    /// `lex` the loop kept its values on the stack.)
    #[inline(never)]
    fn word_end(
        &self,
        n: &str,
        start: usize,
        end: usize,
        digit: bool,
        node: usize,
        at: &mut Vec<(u32, usize)>,
    ) -> usize {
        // (A word that begins with a letter is no number: its loop tests no separator.)
        if digit {
            self.word_rest::<true>(n, start, end, node, at)
        } else {
            self.word_rest::<false>(n, start, end, node, at)
        }
    }

    /// [`Walk::word_end`] of a token whose first char is a digit (`DIGIT`) or not.
    #[inline(always)]
    fn word_rest<const DIGIT: bool>(
        &self,
        n: &str,
        start: usize,
        mut end: usize,
        mut node: usize,
        at: &mut Vec<(u32, usize)>,
    ) -> usize {
        let mut all_digits = DIGIT;
        while let Some((cp, len)) = char_at(n, end) {
            let x = classes(cp, self.chars, self.heads);
            if x & CLASSES_WORD != 0 {
                // A number ends being one at its first letter.
                all_digits = all_digits && x & CLASSES_DIGIT != 0;
            } else if !(all_digits
                && matches!(cp, 0x2E | 0x2C | 0x66B | 0x66C)
                && char_at(n, end + len)
                    .is_some_and(|(d, _)| classes(d, self.chars, self.heads) & CLASSES_DIGIT != 0))
            {
                // Not a separator inside a number ("1.5", "40,000", "٣٫٥"): the token ends.
                break;
            }
            end += len;
            if node != 0 {
                node = self.step(node, (x >> 8) as usize, end - start, at);
            }
        }
        end
    }
}

/// The candidates of the place `st..end` of token `ti`, from the words `at` of the set it begins with
/// (shortest first, at least one): the longest first word, and the exact cue that is the whole word,
/// then (Arabic) the word without each object pronoun it ends with. Returns the word that is the whole
/// of `st..end`.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn settle(
    n: &str,
    ti: usize,
    st: usize,
    end: usize,
    lang: Lang,
    tables: &LangTables,
    at: &[(u32, usize)],
    sc: &mut Scratch,
    any_trigger: &mut bool,
) -> u32 {
    let wlen = end - st;
    let mut first = NONE;
    for &(h, _) in at {
        let f = tables.head_words[h as usize].first;
        if f != NONE {
            first = f;
        }
    }
    if let Some(fw) = tables.firsts.get(first as usize) {
        *any_trigger |= fw.has_trigger;
        // (Outside Arabic an exact first word must be the whole token: only the entries that can match
        // are tried, in the order of `by_first`.)
        let run = if lang == Lang::Ar {
            &fw.all
        } else if st + fw.len == end {
            &fw.whole
        } else {
            &fw.part
        };
        sc.found
            .push((ti, st, Found::First(first as usize), (run.start, run.end)));
    }
    // The words come shortest first: only the last can be the whole word.
    let (whole_word, whole_exact) = match at.last() {
        Some(&(h, len)) if len == wlen => (h, tables.head_words[h as usize].exact),
        _ => (NONE, NONE),
    };
    if lang != Lang::Ar {
        if whole_exact != NONE {
            push_exact(sc, tables, ti, st, whole_exact);
        }
        return whole_word;
    }
    // Arabic: also the exact cue that is the word without an object pronoun.
    let word = &n[st..end];
    let mut exact = [NONE; AR_ENCLITICS.len()];
    exact[0] = whole_exact;
    for &(h, len) in at {
        let x = tables.head_words[h as usize].exact;
        if x == NONE || len == wlen {
            continue;
        }
        if let Some(k) = AR_ENCLITICS
            .iter()
            .position(|e| !e.is_empty() && len + e.len() == wlen && word.ends_with(e))
        {
            exact[k] = x;
        }
    }
    for x in exact.into_iter().filter(|&x| x != NONE) {
        push_exact(sc, tables, ti, st, x);
    }
    whole_word
}

/// The cues of the exact word `x` (`exact_ids[x]`) that is the whole of token `ti` from `st`, pushed to
/// `exact_cues` (and, for the tests, the place to `found_exact`).
#[inline(always)]
fn push_exact(sc: &mut Scratch, tables: &LangTables, ti: usize, st: usize, x: u32) {
    let run = &tables.exact_cands[x as usize];
    if cfg!(test) {
        sc.found_exact
            .push((ti, st, Found::Exact(x as usize), (run.start, run.end)));
    }
    for c in tables
        .cands
        .get(run.start as usize..run.end as usize)
        .unwrap_or_default()
    {
        if let Role::Cue(cue) = c.role {
            sc.exact_cues.push((ti, ti + 1, cue));
        }
    }
}

/// Whether normalised Arabic word `w` has the shape of the verbal noun of a derived verb: إفعال (اغلاق،
/// ارسال), تفعيل (تعليق، تقديم), افتعال and انفعال (اعتقال، انسحاب), استفعال (استدعاء، استقبال). No
/// finite verb is written with ب before it, so after ب such a word of a verb row names the act.
fn ar_derived_masdar(w: &str) -> bool {
    let mut c = ['\0'; 7];
    let mut k = 0;
    for ch in w.chars() {
        if k == c.len() {
            return false;
        }
        c[k] = ch;
        k += 1;
    }
    match k {
        5 => (c[0] == 'ا' && c[3] == 'ا') || (c[0] == 'ت' && c[3] == 'ي'),
        6 => c[0] == 'ا' && c[1] != 'ل' && c[4] == 'ا',
        7 => c[0] == 'ا' && c[1] == 'س' && c[2] == 'ت' && c[5] == 'ا',
        _ => false,
    }
}

/// Arabic proclitics before a word: conjunction و/ف, then a preposition ب/ل/ك or the future س, then the
/// article ال (or the لل of ل + ال).
///
/// (On the bytes: و is D9 88, ف D9 81, ل D9 84, ك D9 83, ب D8 A8, س D8 B3, ا D8 A7.)
#[inline]
fn ar_proclitics(p: &str) -> bool {
    let mut s = p.as_bytes();
    if let [0xD9, 0x88 | 0x81, rest @ ..] = s {
        s = rest;
    }
    if let [0xD9, 0x84, 0xD9, 0x84, rest @ ..] = s {
        return rest.is_empty();
    }
    if let [0xD8, 0xA8 | 0xB3, rest @ ..] | [0xD9, 0x84 | 0x83, rest @ ..] = s {
        s = rest;
    }
    s.is_empty() || s == [0xD8, 0xA7, 0xD9, 0x84]
}

fn ar_verb_proclitics(p: &str) -> bool {
    matches!(p, "" | "و" | "ف" | "س" | "وس" | "فس" | "ل" | "ول" | "فل")
}

fn word_matches(w: &Word, tok_text: &str, lang: Lang) -> bool {
    match w {
        Word::Exact(x) => {
            if lang == Lang::Ar {
                // Later words of an Arabic pattern may carry proclitics too (اتفاقية للتعاون), and a
                // possessive pronoun; ه too after the ات of a sound feminine plural («علّق الاتحاد
                // عقوباته»), where it can only be "its": no noun ends in ات followed by the ة the
                // normaliser folds into ه.
                ar_strip(tok_text, x, |rest| {
                    AR_ENCLITICS.contains(&rest) || (rest == "ه" && x.ends_with("ات"))
                })
            } else {
                tok_text.len() == x.len() && short_prefix(tok_text.as_bytes(), x.as_bytes())
            }
        }
        Word::Stem(x) => {
            if lang == Lang::Ar {
                // (A later word may also end in the feminine ة, normalised ه: السفارة، غير مقبولة. The
                // first word may not — زاره / وزارة — but a later one is already anchored by the first.)
                ar_strip(tok_text, x, |rest| {
                    rest == "ه" || AR_SUFFIXES.contains(&rest)
                })
            } else {
                short_prefix(tok_text.as_bytes(), x.as_bytes())
            }
        }
        Word::Gap(_) => false,
    }
}

/// Whether `t` starts with `p`, the first and last byte of `p` compared before the rest: the later words of
/// a pattern are tried on every token after its first word, and most differ there (`starts_with` alone
/// called `memcmp` for each; the first byte alone passes most Arabic and Cyrillic words, see
/// [`super::data::ends_match`]).
#[inline(always)]
fn short_prefix(t: &[u8], p: &[u8]) -> bool {
    super::data::begins_with(t, p)
}

fn ar_strip(tok: &str, w: &str, suffix_ok: impl Fn(&str) -> bool) -> bool {
    // `w` counts where the text before it is a proclitic sequence, at most four two-byte letters
    // (و + ب + ال): only its occurrences that start in the first `AR_PROCLITIC_MAX` bytes can. They are
    // visited as a left-to-right search visits them, each next one after the end of the one before.
    // Only at even offsets: the proclitic letters take two bytes each, so a prefix of odd length is none,
    // and neither is any longer one (it holds the same char of one or three bytes) — an occurrence at an
    // odd offset, whose end the search would skip to, precedes only occurrences that fail too.
    let (t, p) = (tok.as_bytes(), w.as_bytes());
    let mut next = 0;
    let mut at = 0;
    while at <= AR_PROCLITIC_MAX && at + p.len() <= t.len() {
        if at >= next && short_prefix(&t[at..], p) && tok.is_char_boundary(at) {
            if ar_proclitics(&tok[..at]) && suffix_ok(&tok[at + p.len()..]) {
                return true;
            }
            next = at + p.len().max(1);
        }
        at += 2;
    }
    false
}

/// The longest proclitic sequence [`ar_proclitics`] accepts, in bytes (four Arabic letters).
const AR_PROCLITIC_MAX: usize = 8;

/// Matches `words` from token `t`; returns the end token (exclusive). A gap (`…`) takes up to its count of
/// words before the next word of the pattern, never punctuation; the words of a date phrase are not
/// counted (وقعت روسيا يوم الثلاثاء 12 مارس اتفاقية: four date words and the actor in a gap of four).
fn match_rest(
    n: &str,
    toks: &[Tok],
    mut t: usize,
    words: &[Word],
    lang: Lang,
    skip: &Skip<'_>,
) -> Option<usize> {
    let dates = &skip.dates;
    let mut i = 0;
    while i < words.len() {
        match &words[i] {
            Word::Gap(g) => {
                let next = words.get(i + 1)?;
                // (No word of the sentence can be the next one: no walk of the gap.)
                if !skip
                    .starts
                    .get_or_init(|| WordStarts::of(n, toks, lang))
                    .may_match(next)
                {
                    return None;
                }
                // (The walk that skips dates runs only where the plain one failed and the sentence has a
                // date word: the plain walk is the one nearly every gap takes.)
                let found = match gap_find::<false>(n, toks, t, *g as usize, next, lang, skip) {
                    Some(j) => j,
                    None if dates.on && dates.any(n, toks) => {
                        gap_find::<true>(n, toks, t, *g as usize, next, lang, skip)?
                    }
                    None => return None,
                };
                t = found + 1;
                i += 2;
            }
            w => {
                let tok = toks.get(t)?;
                // Punctuation matches only itself (из-за), words only words.
                let punct_ok = tok.word
                    || matches!(w, Word::Exact(x) if !x.chars().any(char::is_alphanumeric));
                if !punct_ok {
                    return None;
                }
                // (Outside Arabic on the token's bytes, inline, as `gap_find` tests them: most later
                // words differ from the token at their ends, and the call cost more than the test.)
                let hit = match w {
                    Word::Exact(x) if lang != Lang::Ar => {
                        let b = &n.as_bytes()[tok.start..tok.end];
                        b.len() == x.len() && short_prefix(b, x.as_bytes())
                    }
                    Word::Stem(x) if lang != Lang::Ar => {
                        short_prefix(&n.as_bytes()[tok.start..tok.end], x.as_bytes())
                    }
                    _ => word_matches(w, &n[tok.start..tok.end], lang),
                };
                if !hit {
                    return None;
                }
                t += 1;
                i += 1;
            }
        }
    }
    Some(t)
}

/// The Arabic appositives and relative clauses set off by two commas after a word ("ووصفت البرازيل، العضو
/// في بريكس، عمليات التنصت بأنها اعتداء", "طردت السويد، التي تنتظر قبول انضمامها، خمسة دبلوماسيين"): from
/// the first comma to the word after the second, pushed to `spans` as one word of a pattern's gap, as a name
/// of several words is — the subject of a verb-first clause and what is said of it stand between the verb
/// and its object. The aside opens with a noun of membership (`member_noun` rows: العضو، العضوان) or a
/// relative pronoun (`relative_pronoun` rows: الذي، التي) and holds only words (at most twelve) before its
/// closing comma.
fn ar_appositives(n: &str, toks: &[Tok], spans: &mut SmallVec<[(usize, usize); 8]>) {
    let comma = |t: usize| {
        toks.get(t)
            .is_some_and(|k| !k.word && super::clauses::is_comma(&n[k.start..k.end]))
    };
    let words = &super::data::Tables::embedded().words;
    for c in 1..toks.len().saturating_sub(2) {
        if !comma(c) || !toks[c - 1].word || !toks[c + 1].word {
            continue;
        }
        let w = &n[toks[c + 1].start..toks[c + 1].end];
        if !(words.has_stem_of(WordList::MemberNoun, w) || words.has(WordList::RelativePronoun, w))
        {
            continue;
        }
        let Some(close) = (c + 2..toks.len().min(c + 15)).find(|&k| !toks[k].word) else {
            continue;
        };
        if comma(close) && toks.get(close + 1).is_some_and(|k| k.word) {
            spans.push((c, close + 1));
        }
    }
}

/// What a pattern's gap reads past without counting it word by word: the sentence's date phrases, the
/// token spans (start, end exclusive) of its names of two words or more, and (Arabic) the asides between
/// two commas of [`ar_appositives`].
struct Skip<'a> {
    dates: DatePhrases<'a>,
    names: SmallVec<[(usize, usize); 8]>,
    /// The sentence's word starts, on the first gap tried ([`WordStarts`]).
    starts: std::cell::OnceCell<WordStarts>,
}

/// A one-sided test of the words a pattern's gap may end at: the sentence's word tokens by their first
/// four bytes (in Arabic, the four bytes at each even offset up to [`AR_PROCLITIC_MAX`], where
/// [`ar_strip`] looks for a word after its proclitics), hashed into 1,024 bits. A word of four bytes or
/// more whose bit is clear begins (Arabic: follows its proclitics in) no word of the sentence, so the gap
/// before it ends nowhere: most gap rows tried at their first word fail so, after a walk of the gap.
struct WordStarts {
    bits: [u64; 16],
}

impl WordStarts {
    fn of(n: &str, toks: &[Tok], lang: Lang) -> Self {
        let mut bits = [0u64; 16];
        let bytes = n.as_bytes();
        let mut put = |w: &[u8]| {
            let b = WordStarts::bit(w);
            bits[b >> 6] |= 1 << (b & 63);
        };
        for t in toks.iter().filter(|t| t.word) {
            let w = &bytes[t.start..t.end];
            if lang == Lang::Ar {
                let mut at = 0;
                while at <= AR_PROCLITIC_MAX && at + 4 <= w.len() {
                    put(&w[at..at + 4]);
                    at += 2;
                }
            } else if w.len() >= 4 {
                put(&w[..4]);
            }
        }
        WordStarts { bits }
    }

    /// The bit of the first four bytes of `w` (it has four).
    #[inline(always)]
    fn bit(w: &[u8]) -> usize {
        let x = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
        (x.wrapping_mul(0x9E37_79B1) >> 22) as usize
    }

    /// Whether a word of the sentence may match pattern word `x` ([`word_matches`]); `true` for a word
    /// shorter than four bytes, which the test does not cover.
    #[inline]
    fn may_match(&self, x: &Word) -> bool {
        let x = match x {
            Word::Exact(x) | Word::Stem(x) => x.as_bytes(),
            Word::Gap(_) => return true,
        };
        if x.len() < 4 {
            return true;
        }
        let b = WordStarts::bit(x);
        self.bits[b >> 6] & (1 << (b & 63)) != 0
    }
}

/// The token from `t` on where the gap before `next` ends: at most `g` words before it, never
/// punctuation; a name of several words counts as one (علّقت المجموعة الاقتصادية لدول غرب أفريقيا عضوية
/// غينيا: the subject of a verb-first clause stands in the gap before its object); with `DATED`, the
/// words of a date phrase are not counted.
#[inline(always)]
fn gap_find<const DATED: bool>(
    n: &str,
    toks: &[Tok],
    t: usize,
    g: usize,
    next: &Word,
    lang: Lang,
    skip: &Skip<'_>,
) -> Option<usize> {
    let dates = &skip.dates;
    let bytes = n.as_bytes();
    // Outside Arabic the next word is the token's bytes (`Exact`) or their start (`Stem`), as
    // [`word_matches`] compares them: tested here on the bytes, without a call and a `str` slice per
    // token of the gap (its length or its first byte rejects nearly every token).
    let plain = match next {
        Word::Exact(x) if lang != Lang::Ar => Some((x.as_bytes(), true)),
        Word::Stem(x) if lang != Lang::Ar => Some((x.as_bytes(), false)),
        _ => None,
    };
    let mut left = g;
    let mut j = t;
    loop {
        let tok = toks.get(j)?;
        if tok.word {
            let hit = match plain {
                Some((x, exact)) => {
                    let w = &bytes[tok.start..tok.end];
                    (!exact || w.len() == x.len()) && short_prefix(w, x)
                }
                None => word_matches(next, &n[tok.start..tok.end], lang),
            };
            if hit {
                return Some(j);
            }
        }
        if left > 0 {
            if let Some(&(_, end)) = skip.names.iter().find(|&&(s, _)| s == j) {
                left -= 1;
                j = end;
                continue;
            }
        }
        if DATED {
            let k = dates.kind(n, toks, j);
            if k != 0 {
                if let Some(end) = dates.phrase_end(n, toks, j, k) {
                    j = end;
                    continue;
                }
            }
        }
        // A quoted name is one word of the gap, whatever its own marks: مناورات «زاباد-2021» المشتركة,
        // "exercises «Zapad-2021», joint ones" (guillemets and curly quotes are `"` in the normal form).
        // (A word token is never the mark: only a one-byte one is tested.)
        if !tok.word && left > 0 && tok.end == tok.start + 1 && bytes[tok.start] == b'"' {
            // A quotation that opens the gap may hold the pattern's next word: the name given is quoted
            // («وصفت … بأنها «خطأ سياسي»», `called it "shameful"`), and the gap reads into it, its words
            // counted as the gap's (the closing mark is punctuation and ends it). Not a quotation further
            // on: «وصف المحادثات بأنها «مثمرة»» is no praise row's `وصف* … مثمر*`.
            if j == t {
                let inside = toks[j + 1..]
                    .iter()
                    .take(left + 1)
                    .take_while(|k| k.word)
                    .position(|k| word_matches(next, &n[k.start..k.end], lang));
                if let Some(k) = inside {
                    return Some(j + 1 + k);
                }
            }
            let close =
                (j + 1..toks.len().min(j + 10)).find(|&k| &n[toks[k].start..toks[k].end] == "\"");
            if let Some(k) = close {
                left -= 1;
                j = k + 1;
                continue;
            }
        }
        // A gap never crosses punctuation: the words must be in one phrase. (A hyphen inside a name,
        // S-400 or Su-30, is part of it; so is the apostrophe of a possessive: "closed Russia's
        // consulate".) (And a currency sign before its number: "pledged $3 billion", and a percent sign
        // after it: "paused the 25% tariffs".)
        if !tok.word
            && !matches!(
                &n[tok.start..tok.end],
                "-" | "'" | "’" | "$" | "€" | "£" | "%"
            )
        {
            return None;
        }
        if left == 0 {
            return None;
        }
        left -= 1;
        j += 1;
    }
}

/// The date phrases of a sentence, as a pattern's gap skips them: a run of date words (weekdays, months,
/// ordinal days, time nouns: `data::date_words`), numbers beside them or a year, `/` between them
/// (5/6/2017, ديسمبر/كانون الأول), and prepositions before them («في 2019»), optionally between two commas
/// («قطعت المغرب، يوم الثلاثاء، العلاقات»). A token is a date word when the walk found it whole
/// (`LangTables::head_date` of `Scratch::whole`): no lookup of its own.
pub(crate) struct DatePhrases<'a> {
    on: bool,
    head_date: &'a [u8],
    whole: &'a [u32],
    /// Whether the sentence has a date word or a number at all (0 unknown, 1 no, 2 yes), read on the
    /// first gap that fails without it.
    any: std::cell::Cell<u8>,
}

/// Token kinds for [`DatePhrases`] beside [`DATE_CORE`] and [`DATE_LINK`] (a bit set).
const D_NUMBER: u8 = 4;
const D_YEAR: u8 = 8;
const D_SLASH: u8 = 16;
const D_COMMA: u8 = 32;

impl DatePhrases<'_> {
    /// Whether any token of the sentence is a core date word or a number.
    fn any(&self, n: &str, toks: &[Tok]) -> bool {
        if self.any.get() == 0 {
            let b = n.as_bytes();
            let yes = toks.iter().zip(self.whole).any(|(tok, &h)| {
                tok.word
                    && (b[tok.start].is_ascii_digit()
                        || (h != NONE
                            && self.head_date.get(h as usize).copied().unwrap_or(0) & DATE_CORE
                                != 0))
            });
            self.any.set(if yes { 2 } else { 1 });
        }
        self.any.get() == 2
    }

    #[inline(always)]
    fn kind(&self, n: &str, toks: &[Tok], j: usize) -> u8 {
        let Some(tok) = toks.get(j) else {
            return 0;
        };
        let b = n.as_bytes();
        if !tok.word {
            return match &b[tok.start..tok.end] {
                b"/" => D_SLASH,
                // (The Arabic comma «،» is U+060C.)
                b"," | [0xD8, 0x8C] => D_COMMA,
                _ => 0,
            };
        }
        if b[tok.start].is_ascii_digit() {
            let w = &b[tok.start..tok.end];
            if !w.iter().all(u8::is_ascii_digit) {
                return 0;
            }
            let year = w.len() == 4 && (w.starts_with(b"19") || w.starts_with(b"20"));
            return D_NUMBER | if year { D_YEAR } else { 0 };
        }
        match self.whole.get(j) {
            Some(&h) if h != NONE => self.head_date.get(h as usize).copied().unwrap_or(0),
            _ => 0,
        }
    }

    /// The end (exclusive) of the date phrase that begins at token `j` (of kind `k`, not 0), if one
    /// does.
    #[inline(never)]
    fn phrase_end(&self, n: &str, toks: &[Tok], j: usize, k: u8) -> Option<usize> {
        if k & D_COMMA != 0 {
            // «، يوم الثلاثاء ،»: a date between two commas is read through with its commas.
            let end = self.run_end(n, toks, j + 1)?;
            return (self.kind(n, toks, end) & D_COMMA != 0).then_some(end + 1);
        }
        self.run_end(n, toks, j)
    }

    /// The end of the run of date tokens from `j`: it must hold a core word or a year, and a number, a
    /// slash or a preposition counts only beside them.
    fn run_end(&self, n: &str, toks: &[Tok], j: usize) -> Option<usize> {
        let mut end = j;
        let mut dated = false;
        let mut k = self.kind(n, toks, end);
        loop {
            let next = self.kind(n, toks, end + 1);
            let ok = if k & (DATE_CORE | D_YEAR) != 0 {
                dated = true;
                true
            } else if k & D_NUMBER != 0 {
                // A day before its month or a slash, or a number after a weekday or a month.
                dated |= next & (DATE_CORE | D_SLASH) != 0;
                dated
            } else if k & (D_SLASH | DATE_LINK) != 0 {
                next & (DATE_CORE | D_NUMBER) != 0
            } else {
                false
            };
            if !ok {
                break;
            }
            // ("on April 4, 2022": the comma of an English date between its day and its year, which
            // the scan reads as a blank, is part of it.)
            if dated
                && k & (D_NUMBER | D_YEAR) == D_NUMBER
                && (next & D_COMMA != 0
                    || toks
                        .get(end + 1)
                        .is_some_and(|t| !t.word && &n[t.start..t.end] == " "))
                && self.kind(n, toks, end + 2) & D_YEAR != 0
            {
                end += 2;
                k = D_NUMBER | D_YEAR;
                continue;
            }
            end += 1;
            k = next;
        }
        (dated && end > j).then_some(end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use blocwatch_text::{tokens, TokenKind};

    /// The scanner's tokens and candidate lists for a normalised text.
    fn lexed(norm: &NormText, lang: Lang, lt: &LangTables) -> (Vec<Tok>, Scratch) {
        let mut sc = Scratch::default();
        let mut toks = Vec::new();
        let n = norm.as_str();
        match lt.heads.rows() {
            RowsRef::Narrow(r) => lex(n, norm, lang, lt, r, &mut toks, &mut sc),
            RowsRef::Wide(r) => lex(n, norm, lang, lt, r, &mut toks, &mut sc),
        };
        (toks, sc)
    }

    /// The tokens as `blocwatch_text::tokens` cuts them, with their original offsets.
    fn reference_tokens(norm: &NormText) -> Vec<(usize, usize, usize, usize, bool)> {
        tokens(norm.as_str())
            .map(|t| {
                (
                    t.start,
                    t.end,
                    norm.orig_start(t.start),
                    norm.orig_end(t.end),
                    t.kind != TokenKind::Punct,
                )
            })
            .collect()
    }

    fn tuples(toks: &[Tok]) -> Vec<(usize, usize, usize, usize, bool)> {
        toks.iter()
            .map(|t| (t.start, t.end, t.orig_start, t.orig_end, t.word))
            .collect()
    }

    #[test]
    fn tokens_agree_with_the_tokenizer() {
        // Strings drawn from the characters the tokenizer treats differently (ASCII letters, digits and
        // separators, spaces of several kinds, Latin, Cyrillic and Arabic letters, Arabic digits and
        // separators, vowel marks, tatweel, joiners, superscript digits, CJK, an emoji), and letters
        // that begin trigger words, so that the walk runs through long words too.
        let alphabet: Vec<char> = "aZ09.,-' \t\n\u{0B}\u{A0}\u{2009}\u{3000}éßЖжёй\u{0306}\u{0483}وبالصينة٣٠٫٬۱\u{064E}\u{0640}\u{200D}\u{0670}²½中🙂؟،sigedtrnосптавкиعقدت"
            .chars()
            .collect();
        let tables = super::super::data::Tables::embedded();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for len in 0..40 {
            for round in 0..300 {
                let text: String = (0..len)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6_364_136_223_846_793_005)
                            .wrapping_add(1_442_695_040_888_963_407);
                        alphabet[(seed >> 33) as usize % alphabet.len()]
                    })
                    .collect();
                let lang = [Lang::En, Lang::Ru, Lang::Ar][round % 3];
                let lt = tables.lang(lang);
                // Both as written (the tokenizer sees any text) and normalised (as the coder gives it).
                for norm in [NormText::new(&text), NormText::new(&text.to_uppercase())] {
                    let (toks, sc) = lexed(&norm, lang, lt);
                    assert_eq!(tuples(&toks), reference_tokens(&norm), "{text:?}");
                    assert_eq!(sc.whole.len(), toks.len(), "{text:?}");
                }
            }
        }
    }

    /// The candidates of every place, computed as the scanner did before the word set: one unanchored
    /// leftmost-longest automaton over " token" pieces for the first words, a map for the whole-word
    /// cues (Arabic: also without an object pronoun).
    struct Reference {
        ac: aho_corasick::AhoCorasick,
        exact: std::collections::HashMap<String, Vec<u32>>,
    }

    /// The former scanner's tables of one language, built once per language: the automaton of the
    /// distinct first words (in the order of `by_first`) and the map of whole-word cues.
    fn reference(t: &LangTables) -> Reference {
        use std::collections::{HashMap, HashSet};
        let mut firsts: Vec<String> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        let mut exact: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, e) in t.entries.iter().enumerate() {
            if let (Role::Cue(_), [Word::Exact(w)]) = (&e.role, e.words.as_slice()) {
                exact.entry(w.clone()).or_default().push(i as u32);
                continue;
            }
            let f = match &e.words[0] {
                Word::Exact(x) | Word::Stem(x) => x.clone(),
                Word::Gap(_) => String::new(),
            };
            if seen.insert(f.clone()) {
                firsts.push(f);
            }
        }
        let ac = aho_corasick::AhoCorasickBuilder::new()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(firsts.iter().map(|f| format!(" {f}")))
            .expect("automaton");
        Reference { ac, exact }
    }

    fn reference_places(
        n: &str,
        toks: &[Tok],
        lang: Lang,
        t: &LangTables,
        r: &Reference,
    ) -> Vec<(usize, usize, Vec<u32>)> {
        let Reference { ac, exact } = r;
        let mut hay = String::new();
        let mut pieces: Vec<(usize, usize, usize)> = Vec::new();
        for (ti, tok) in toks.iter().enumerate() {
            let mut piece = |st: usize| {
                pieces.push((hay.len(), ti, st));
                hay.push(' ');
                hay.push_str(&n[st..tok.end]);
            };
            piece(tok.start);
            if lang == Lang::Ar && tok.word {
                let word = &n[tok.start..tok.end];
                for (k, _) in word.char_indices().skip(1).take(4) {
                    if ar_proclitics(&word[..k]) {
                        piece(tok.start + k);
                    }
                }
            }
        }
        let mut out = Vec::new();
        for m in ac.find_iter(&hay) {
            let i = pieces.partition_point(|p| p.0 < m.start());
            let &(h0, ti, st) = pieces.get(i).expect("a piece");
            assert_eq!(h0, m.start(), "a match inside a piece");
            out.push((ti, st, t.by_first[m.pattern().as_usize()].clone()));
        }
        for &(_, ti, st) in &pieces {
            let word = &n[st..toks[ti].end];
            if let Some(es) = exact.get(word) {
                out.push((ti, st, es.clone()));
            }
            if lang == Lang::Ar {
                for enc in AR_ENCLITICS.iter().filter(|e| !e.is_empty()) {
                    if let Some(es) = word.strip_suffix(enc).and_then(|stem| exact.get(stem)) {
                        out.push((ti, st, es.clone()));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn places_agree_with_the_reference_scan() {
        let tables = super::super::data::Tables::embedded();
        let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/../../eval/dev");
        let mut texts: Vec<(Lang, String)> = vec![(
            Lang::Ar,
            "وقال الرئيس إن سوريا لن تنضم إلى العقوبات التي فرضتها جنوب أفريقيا وحلفاؤها."
                .to_string(),
        )];
        for entry in std::fs::read_dir(dev).expect("eval/dev") {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .and_then(|f| f.to_str())
                .unwrap_or("")
                .to_string();
            let lang = match name.get(..2) {
                Some("ar") => Lang::Ar,
                Some("en") => Lang::En,
                Some("ru") => Lang::Ru,
                _ => continue,
            };
            for line in std::fs::read_to_string(&path).expect("read").lines() {
                let v: serde_json::Value = serde_json::from_str(line).expect("json");
                if let Some(text) = v["text"].as_str() {
                    texts.push((lang, text.to_string()));
                }
            }
        }
        assert!(texts.len() > 100, "{} texts", texts.len());
        let refs: Vec<(Lang, Reference)> = [Lang::En, Lang::Ru, Lang::Ar]
            .into_iter()
            .map(|l| (l, reference(tables.lang(l))))
            .collect();
        for (lang, text) in &texts {
            let lt = tables.lang(*lang);
            let r = &refs.iter().find(|(l, _)| l == lang).expect("a language").1;
            let norm = NormText::new(text);
            let n = norm.as_str();
            let (toks, sc) = lexed(&norm, *lang, lt);
            let got: Vec<(usize, usize, Vec<u32>)> = sc
                .found
                .iter()
                .chain(&sc.found_exact)
                .map(|&(ti, st, f, _)| {
                    let es = match f {
                        Found::First(i) => &lt.by_first[i],
                        Found::Exact(i) => &lt.exact_ids[i],
                    };
                    (ti, st, es.clone())
                })
                .collect();
            assert_eq!(got, reference_places(n, &toks, *lang, lt, r), "{text}");
            assert_eq!(tuples(&toks), reference_tokens(&norm), "{text}");
            // The word that is each whole token, by a walk of its own.
            let whole: Vec<u32> = toks
                .iter()
                .map(|t| {
                    let w = &n[t.start..t.end];
                    let mut x = NONE;
                    lt.heads.prefixes(w, |h, len| {
                        if len == w.len() {
                            x = h as u32;
                        }
                    });
                    x
                })
                .collect();
            assert_eq!(sc.whole, whole, "{text}");
        }
    }

    #[test]
    fn arabic_proclitics() {
        for ok in [
            "", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "ولل", "وس", "فس", "س",
        ] {
            assert!(ar_proclitics(ok), "{ok}");
        }
        for bad in ["م", "وم", "الا", "سس", "ت"] {
            assert!(!ar_proclitics(bad), "{bad}");
        }
    }

    /// `ar_strip` as it was: every occurrence of the word found by a substring search.
    fn reference_ar_strip(tok: &str, w: &str, suffix_ok: impl Fn(&str) -> bool) -> bool {
        let mut from = 0;
        while let Some(i) = tok[from..].find(w) {
            let at = from + i;
            if ar_proclitics(&tok[..at]) && suffix_ok(&tok[at + w.len()..]) {
                return true;
            }
            from = at + w.len();
        }
        false
    }

    #[test]
    fn ar_strip_agrees_with_the_substring_search() {
        // Every word of up to five letters over an alphabet of proclitic letters and a few others, against
        // stems and words that overlap themselves (لل, ولو) and begin with proclitic letters; with a letter
        // of one byte, so that words also occur at odd offsets.
        let letters = ['و', 'ف', 'ب', 'ل', 'ك', 'س', 'ا', 'ه', 'ت', 'م', 'x'];
        let words = [
            "ل", "لل", "ال", "ولو", "سلا", "بلل", "ها", "م", "وم", "لام", "كتب", "لx", "x",
        ];
        let mut toks = vec![String::new()];
        for _ in 0..5 {
            let mut next = Vec::new();
            for t in toks
                .iter()
                .filter(|t| t.chars().count() == toks.last().map_or(0, |l| l.chars().count()))
            {
                for c in letters {
                    next.push(format!("{t}{c}"));
                }
            }
            toks.extend(next);
        }
        assert!(toks.len() > 100_000, "{}", toks.len());
        for tok in &toks {
            for w in words {
                for (name, ok) in [
                    (
                        "suffixes",
                        &(|r: &str| AR_SUFFIXES.contains(&r)) as &dyn Fn(&str) -> bool,
                    ),
                    ("enclitics", &|r: &str| AR_ENCLITICS.contains(&r)),
                ] {
                    assert_eq!(
                        ar_strip(tok, w, ok),
                        reference_ar_strip(tok, w, ok),
                        "{tok} {w} {name}"
                    );
                }
            }
        }
    }

    #[test]
    fn arabic_stem_does_not_eat_nouns() {
        assert!(!ar_strip("وزاره", "زار", |r| AR_SUFFIXES.contains(&r)));
        assert!(ar_strip("وزارت", "زار", |r| AR_SUFFIXES.contains(&r)));
    }

    /// `WordStarts` passes every later word of every pattern that some word of the sentence matches (the
    /// test of a gap's next word is one-sided), and still rejects most of the others.
    #[test]
    fn word_starts_pass_every_pattern_word_a_word_matches() {
        let tables = super::super::data::Tables::embedded();
        let texts = [
            (Lang::En, "Officials said on Monday that Warsaw had called the expulsion of its diplomats unacceptable and would respond."),
            (Lang::En, "The ministry called off the consultations and withdrew its envoy, calling the move a hostile provocation."),
            (Lang::Ru, "Министр назвал решение Вильнюса недружественным и пообещал ответные меры в ближайшие дни."),
            (Lang::Ru, "Правительство признало суверенитет островов и отозвало посла для консультаций."),
            (Lang::Ar, "ووصفت الخارجية الروسية قرار طرد الدبلوماسيين بأنه غير مقبول وتعهدت بالرد."),
            (Lang::Ar, "وألغت الحكومة المحادثات مع الوفد وسحبت سفيرها للتشاور احتجاجا على القرار."),
        ];
        for (lang, text) in texts {
            let lt = tables.lang(lang);
            let norm = NormText::new(text);
            let n = norm.as_str();
            let (toks, _) = lexed(&norm, lang, lt);
            let starts = WordStarts::of(n, &toks, lang);
            let (mut passed, mut rejected) = (0, 0);
            for x in lt.entries.iter().flat_map(|e| e.words.iter().skip(1)) {
                let matched = toks
                    .iter()
                    .any(|t| t.word && word_matches(x, &n[t.start..t.end], lang));
                if matched {
                    assert!(starts.may_match(x), "{x:?} in {text}");
                    passed += 1;
                } else if !starts.may_match(x) {
                    rejected += 1;
                }
            }
            assert!(passed > 0 && rejected > 100, "{passed} {rejected} {text}");
        }
    }
}

#[cfg(test)]
mod actorless_tests {
    use super::super::data::Tables;
    use super::*;

    /// Whether the scan of normalised `n` holds what lets a sentence naming no actor code something
    /// (`ActorlessWords`): a coreference cue, a `proposed` cue, a `REQUEST`, `CONCEDE` or `RETREAT` trigger
    /// (kept or hidden by a longer one).
    fn scan_holds_actorless_rows(text: &str, lang: Lang, lt: &LangTables) -> bool {
        let s = scan(NormText::new(text), text, lang, lt, &[]);
        let kind = |h: &Hit| lt.trigger(h.entry).map(|t| TYPES[t.kind as usize]);
        s.cues
            .iter()
            .any(|&(_, _, c)| c.is_coref() || c == Cue::Proposed)
            || s.triggers
                .iter()
                .chain(&s.hidden)
                .any(|h| matches!(kind(h), Some("REQUEST" | "CONCEDE" | "RETREAT")))
    }

    /// Sentences of examples/news and sentences written for this test: where `ActorlessWords` says no row
    /// can match, the scan finds none of them; and it does say so of some.
    #[test]
    fn actorless_words_miss_no_row_the_scan_finds() {
        let tables = Tables::embedded();
        let mut texts: Vec<(Lang, String)> = [
            (
                Lang::En,
                "The museum will open its new wing to visitors next month.",
            ),
            (
                Lang::En,
                "It later withdrew the request, the ministry's spokeswoman said.",
            ),
            (
                Lang::En,
                "Heavy snow closed the mountain passes, and the two sides postponed the match.",
            ),
            (
                Lang::En,
                "Themselves tired, the fans went home — they had queued since dawn.",
            ),
            (
                Lang::Ru,
                "Городской совет проголосовал за продление работы библиотек.",
            ),
            (
                Lang::Ru,
                "Обе стороны отозвали свои требования, сообщил пресс-секретарь.",
            ),
            (
                Lang::Ru,
                "Они отказались от претензий и вывели войска из приграничного района.",
            ),
            (
                Lang::Ru,
                "Синоптики предупредили водителей о гололёде на горных дорогах.",
            ),
        ]
        .into_iter()
        .map(|(l, t)| (l, t.to_string()))
        .collect();
        let news = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/news");
        for (lang, file) in [(Lang::En, "en.jsonl"), (Lang::Ru, "ru.jsonl")] {
            let path = format!("{news}/{file}");
            for line in std::fs::read_to_string(&path)
                .expect("examples/news")
                .lines()
            {
                let v: serde_json::Value = serde_json::from_str(line).expect("json");
                let text = v["text"].as_str().unwrap_or_default();
                for s in blocwatch_text::sentences(text, lang) {
                    texts.push((lang, text[s].to_string()));
                }
            }
        }
        let mut gated = 0;
        for (lang, text) in &texts {
            let lt = tables.lang(*lang);
            let words = lt
                .actorless
                .as_ref()
                .expect("English and Russian have the words");
            if !words.may_match(NormText::new(text).as_str()) {
                assert!(!scan_holds_actorless_rows(text, *lang, lt), "{text}");
                gated += 1;
            }
        }
        assert!(
            gated >= 4 && gated < texts.len(),
            "{gated} of {}",
            texts.len()
        );
    }

    /// Each row's words written out as a sentence (a stem as it is, a gap as one word) pass.
    #[test]
    fn actorless_words_pass_every_row_written_out() {
        let tables = Tables::embedded();
        for lang in [Lang::En, Lang::Ru] {
            let lt = tables.lang(lang);
            let words = lt.actorless.as_ref().expect("the words");
            let mut rows = 0;
            for e in &lt.entries {
                let kept = match e.role {
                    Role::Trigger(t) => matches!(
                        TYPES[lt.triggers[t as usize].kind as usize],
                        "REQUEST" | "CONCEDE" | "RETREAT"
                    ),
                    Role::Cue(c) => c == Cue::Proposed || c.is_coref(),
                };
                if !kept {
                    continue;
                }
                let text: Vec<&str> = e
                    .words
                    .iter()
                    .map(|w| match w {
                        Word::Exact(x) | Word::Stem(x) => x.as_str(),
                        Word::Gap(_) => "x",
                    })
                    .collect();
                let text = format!("x {} x.", text.join(" "));
                assert!(words.may_match(&text), "{text}");
                rows += 1;
            }
            assert!(rows > 100, "{rows}");
        }
        assert!(tables.lang(Lang::Ar).actorless.is_none());
    }
}
