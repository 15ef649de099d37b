//! Finding mentions: one automaton pass over the normalised text, then boundary,
//! clitic and case checks per candidate, leftmost-longest selection, and context
//! resolution of ambiguous aliases.

use std::cell::RefCell;

use blocwatch_text::{is_word_char, word_end, Lang, NormText};
use rustc_hash::FxHashMap;

use crate::arabic::{is_arabic_letter, PROCLITICS};
use crate::compile::{words, Cand, AMBIG, BLOCK, CS, HOMOGRAPH, HYPHEN};
use crate::cues::*;
use crate::model::{EntityIdx, Form, Kind, Mention};
use crate::Lexicon;

/// A place where some candidate readings passed the local checks.
#[derive(Clone, Debug)]
struct Span {
    /// Normalised byte range (without proclitics).
    s: usize,
    e: usize,
    /// Length of the Arabic proclitic glued before it.
    clitic: usize,
    /// Indices into `Lexicon::cands` of the readings that passed.
    cands: Cands,
    active: bool,
    /// The order it was found in, which breaks ties in the sort.
    seq: u32,
}

/// The readings of a span: nearly always one to four, kept inline so that a span costs no
/// allocation; more spill to a vector.
#[derive(Clone, Debug, Default)]
struct Cands {
    len: usize,
    inline: [u32; 4],
    more: Vec<u32>,
}

impl Cands {
    fn push(&mut self, c: u32) {
        if self.more.is_empty() && self.len < self.inline.len() {
            self.inline[self.len] = c;
            self.len += 1;
        } else {
            if self.more.is_empty() {
                self.more.extend_from_slice(&self.inline[..self.len]);
            }
            self.more.push(c);
        }
    }
}

impl std::ops::Deref for Cands {
    type Target = [u32];
    fn deref(&self) -> &[u32] {
        if self.more.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.more
        }
    }
}

impl<'a> IntoIterator for &'a Cands {
    type Item = &'a u32;
    type IntoIter = std::slice::Iter<'a, u32>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A selected span with its chosen reading.
#[derive(Clone, Copy, Debug)]
struct Chosen {
    span: usize,
    cand: u32,
    /// Whether the reading came from an ambiguous alias.
    ambiguous: bool,
}

thread_local! {
    static OCCURRENCES: RefCell<Vec<(u32, usize, usize)>> = const { RefCell::new(Vec::new()) };
    /// The span list, reused the same way (a document has a hundred and more).
    static SPANS: RefCell<Vec<Span>> = const { RefCell::new(Vec::new()) };
}

impl Lexicon {
    pub(crate) fn find_impl(&self, original: &str, norm: &NormText, lang: Lang) -> Vec<Mention> {
        let n = norm.as_str();
        let mut all_lower: Option<bool> = None;
        // The occurrence list is this thread's, reused from text to text.
        let mut occurrences = OCCURRENCES.try_with(|o| o.take()).unwrap_or_default();
        self.occurrences(n, &mut occurrences);
        let mut spans = SPANS.try_with(|o| o.take()).unwrap_or_default();
        spans.clear();
        for &(pid, s, e) in &occurrences {
            let meta = self.metas[pid as usize];
            let after = n[e..].chars().next();
            let right_plain = !meta.word_end || after.is_none_or(|c| !is_word_char(c));
            let right_hyphen =
                after == Some('-') && n[e + 1..].chars().next().is_some_and(is_word_char);
            if !right_plain && !right_hyphen {
                continue;
            }
            // A name glued to a year is an exercise or event name (Запад-2025).
            if after == Some('-') && n[e + 1..].starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let before = n[..s].chars().next_back();
            let left_plain = !meta.word_start || before.is_none_or(|c| !is_word_char(c));
            let prefix = if left_plain {
                Some("")
            } else {
                arabic_prefix(n, s)
            };
            let Some(prefix) = prefix else { continue };
            let orig = &original[norm.orig_start(s)..norm.orig_end(e)];
            let mut passed = Cands::default();
            for ci in meta.cands.0..meta.cands.1 {
                let c = &self.cands[ci as usize];
                let ok_right = if c.flags & HYPHEN != 0 {
                    right_hyphen
                } else {
                    right_plain
                };
                if !ok_right {
                    continue;
                }
                if !left_plain {
                    match c.clitics {
                        Some(cl) if cl.allows(prefix) => {}
                        _ => continue,
                    }
                }
                if c.flags & CS != 0 && !same_case(orig, &c.surface) {
                    continue;
                }
                if c.cap_mask != 0 {
                    let lower =
                        *all_lower.get_or_insert_with(|| !original.chars().any(char::is_uppercase));
                    if !lower && !caps_ok(orig, c.cap_mask) {
                        continue;
                    }
                }
                passed.push(ci);
            }
            if !passed.is_empty() {
                spans.push(Span {
                    s,
                    e,
                    clitic: prefix.len(),
                    cands: passed,
                    active: true,
                    seq: spans.len() as u32,
                });
            }
        }
        let _ = OCCURRENCES.try_with(|o| o.replace(occurrences));
        let mentions = self.choose(original, norm, lang, &mut spans);
        spans.clear();
        let _ = SPANS.try_with(|o| o.replace(spans));
        mentions
    }

    /// Leftmost-longest selection and resolution over the spans that passed the local checks.
    fn choose(
        &self,
        original: &str,
        norm: &NormText,
        lang: Lang,
        spans: &mut Vec<Span>,
    ) -> Vec<Mention> {
        if spans.is_empty() {
            return Vec::new();
        }
        // Leftmost-longest; the same range found through several patterns is merged.
        // Unstable (no scratch buffer) but in a total order: the order found breaks ties.
        spans.sort_unstable_by(|a, b| a.s.cmp(&b.s).then(b.e.cmp(&a.e)).then(a.seq.cmp(&b.seq)));
        spans.dedup_by(|sp, last| {
            if last.s != sp.s || last.e != sp.e {
                return false;
            }
            last.clitic = last.clitic.min(sp.clitic);
            for &c in &sp.cands {
                last.cands.push(c);
            }
            true
        });
        let mut chosen = Vec::new();
        // Refusing an ambiguous span can free the text for an overlapping reading, so
        // select again (a few rounds at most; refusals are rare).
        for _round in 0..4 {
            let selected = select(spans);
            let (c, refused) = self.resolve(original, norm, lang, spans, &selected);
            chosen = c;
            if refused.is_empty() {
                break;
            }
            for r in refused {
                spans[r].active = false;
            }
        }
        let mut mentions = Vec::with_capacity(chosen.len());
        let found = chosen
            .into_iter()
            .filter(|c| self.cands[c.cand as usize].flags & BLOCK == 0)
            .map(|c| {
                let sp = &spans[c.span];
                let cand = &self.cands[c.cand as usize];
                Mention {
                    start: norm.orig_start(sp.s),
                    end: norm.orig_end(sp.e),
                    entity: cand.entity,
                    form: cand.form,
                }
            });
        mentions.extend(found);
        mentions
    }

    /// Every occurrence `(pattern, start, end)` of a pattern in `n` that can pass the boundary checks of
    /// `find_impl`, in order of start: instead of one unanchored pass over every byte, an anchored walk
    /// of the automaton from each place a name can start — a word start, the letters after an Arabic
    /// proclitic written on a word (و ف ب ك ل and their pairs), and (for the few patterns that begin
    /// with punctuation) each such character. A pattern whose first char is a word char and that starts
    /// anywhere else fails the left boundary check: nothing it could yield is lost.
    ///
    /// A walk is tried only where the word it starts on is the first word of some pattern
    /// ([`FirstWords`]): a pattern that passes the boundary checks starts with the text's whole word.
    fn occurrences(&self, n: &str, out: &mut Vec<(u32, usize, usize)>) {
        out.clear();
        let bytes = n.as_bytes();
        let mut i = 0;
        while i < n.len() {
            // A space or ASCII punctuation (every other char between two words): no word starts here.
            let b = bytes[i];
            if b < 0x80 && !b.is_ascii_alphanumeric() {
                if self.punct_first[usize::from(b)] {
                    self.walk(bytes, i, out);
                }
                i += 1;
                continue;
            }
            // A word: n[i..j] (the text crate classifies its chars without decoding them).
            let j = word_end(n, i);
            if j == i {
                if self.punct_first[usize::from(bytes[i])] {
                    self.walk(bytes, i, out);
                }
                i += n[i..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            self.starting_at(bytes, i, j, out);
            // Arabic proclitics: و ف ب ك ل (two-byte letters led by D9 or D8).
            if matches!(bytes[i], 0xD8 | 0xD9) && n[i..].starts_with(['و', 'ف', 'ب', 'ك', 'ل'])
            {
                for p in PROCLITICS {
                    let s = i + p.len();
                    if s < j && n[i..].starts_with(p) {
                        self.after_proclitic(bytes, s, j, out);
                    }
                }
            }
            i = j;
        }
    }

    /// The patterns whose first word is the text's word `bytes[s..j]` and that occur at `s`. The word's
    /// hash and its bit in the filter are computed here, in the word loop: most words begin no pattern,
    /// and only the others make the call that looks their group up ([`Lexicon::starting_with`]).
    #[inline(always)]
    fn starting_at(&self, bytes: &[u8], s: usize, j: usize, out: &mut Vec<(u32, usize, usize)>) {
        let h = FirstWords::hash(&bytes[s..j]);
        if self.first_words.may_begin(h) {
            self.starting_with(bytes, s, j, h, out);
        }
    }

    /// [`Lexicon::starting_at`] after an Arabic proclitic, out of line: inlined there too, the loop over
    /// the proclitics compared each with a call to `bcmp` instead of the few bytes it has.
    #[inline(never)]
    fn after_proclitic(
        &self,
        bytes: &[u8],
        s: usize,
        j: usize,
        out: &mut Vec<(u32, usize, usize)>,
    ) {
        self.starting_at(bytes, s, j, out);
    }

    /// [`Lexicon::starting_at`] for a word whose hash `h` is in the filter: the patterns of its group
    /// compared one by one when few begin with the word, else found by a walk of the automaton.
    #[inline(never)]
    fn starting_with(
        &self,
        bytes: &[u8],
        s: usize,
        j: usize,
        h: u64,
        out: &mut Vec<(u32, usize, usize)>,
    ) {
        let fw = &self.first_words;
        match fw.group(h, &bytes[s..j]) {
            None => {}
            Some(Group::Walk) => self.walk(bytes, s, out),
            Some(Group::Few(a, b)) => {
                fw.few_matches(a, b, &bytes[j..], |pid, len| out.push((pid, s, j + len)))
            }
        }
    }

    /// The patterns that occur in `bytes` starting exactly at `s`, shortest first.
    #[inline]
    fn walk(&self, bytes: &[u8], s: usize, out: &mut Vec<(u32, usize, usize)>) {
        self.trie
            .prefixes(&bytes[s..], |pid, len| out.push((pid, s, s + len)));
    }

    /// Chooses a reading for each selected span; returns the choices and the spans
    /// refused for lack of context.
    fn resolve(
        &self,
        original: &str,
        norm: &NormText,
        lang: Lang,
        spans: &[Span],
        selected: &[usize],
    ) -> (Vec<Chosen>, Vec<usize>) {
        // First pass: spans with an unambiguous reading.
        let mut first: Vec<Option<Chosen>> = Vec::with_capacity(selected.len());
        let mut confirmed: Vec<EntityIdx> = Vec::new();
        for &si in selected {
            let sp = &spans[si];
            let best = sp
                .cands
                .iter()
                .copied()
                .filter(|&c| self.cands[c as usize].flags & AMBIG == 0)
                .min_by_key(|&c| self.preference(c, lang));
            match best {
                Some(c) => {
                    first.push(Some(Chosen {
                        span: si,
                        cand: c,
                        ambiguous: false,
                    }));
                    if self.cands[c as usize].flags & BLOCK == 0 {
                        confirmed.push(self.cands[c as usize].entity);
                    }
                }
                None => first.push(None),
            }
        }
        confirmed.sort();
        // Every chosen reading's entity, with repeats, for counting.
        let chosen_entities = confirmed.clone();
        confirmed.dedup();
        let geo_doc = confirmed
            .iter()
            .any(|e| self.entities[e.0 as usize].kind.is_geo());
        // An entity counts as confirmed for the span `selected[k]` only through *other* spans: the
        // readings chosen for it, less the span's own.
        let confirmed_elsewhere = |e: EntityIdx, k: usize| -> bool {
            let n = chosen_entities.partition_point(|&x| x <= e)
                - chosen_entities.partition_point(|&x| x < e);
            let own = first[k].is_some_and(|c| {
                let cd = &self.cands[c.cand as usize];
                cd.entity == e && cd.flags & BLOCK == 0
            });
            n > usize::from(own)
        };
        let mut out = Vec::with_capacity(selected.len());
        let mut refused = Vec::new();
        for (k, &si) in selected.iter().enumerate() {
            let sp = &spans[si];
            if let Some(ch) = first[k] {
                if self.cands[ch.cand as usize].flags & BLOCK != 0 {
                    out.push(ch);
                    continue;
                }
                if self.cands[ch.cand as usize].flags & HOMOGRAPH != 0 {
                    let ctx = Context::new(original, norm, spans, selected, k, &first, self);
                    if ctx.negative(self, sp) {
                        refused.push(si);
                        continue;
                    }
                }
                // Mixed span (Brussels: Belgium's capital, or the EU): prefer an ambiguous
                // reading whose entity the document confirms when the plain one's is not.
                let plain_entity = self.cands[ch.cand as usize].entity;
                if !confirmed_elsewhere(plain_entity, k) {
                    if let Some(&alt) = sp.cands.iter().find(|&&c| {
                        let cd = &self.cands[c as usize];
                        cd.flags & AMBIG != 0
                            && cd.entity != plain_entity
                            && confirmed_elsewhere(cd.entity, k)
                    }) {
                        out.push(Chosen {
                            span: si,
                            cand: alt,
                            ambiguous: true,
                        });
                        continue;
                    }
                }
                out.push(ch);
                continue;
            }
            // Only ambiguous readings: score each entity by its context.
            let ctx = Context::new(original, norm, spans, selected, k, &first, self);
            if ctx.negative(self, sp) {
                refused.push(si);
                continue;
            }
            let mut best: Option<(i32, u32)> = None;
            let mut tie = false;
            let mut seen: Vec<EntityIdx> = Vec::new();
            for &c in &sp.cands {
                let cd = &self.cands[c as usize];
                if seen.contains(&cd.entity) {
                    continue;
                }
                seen.push(cd.entity);
                let mut score = 0;
                if confirmed_elsewhere(cd.entity, k) {
                    score += 3;
                }
                // A document about states: a capitalised state name in it is more likely
                // the state than a first name or a common noun. Not for Arabic, which has
                // no capitals: there a bare مالي in a text about states is still mostly
                // "financial", so the reading needs a local cue.
                if self.entities[cd.entity.0 as usize].kind.is_geo()
                    && geo_doc
                    && cd.lang != Lang::Ar
                {
                    score += 1;
                }
                score += ctx.cues(self, cd, sp);
                match best {
                    None => best = Some((score, c)),
                    Some((b, _)) if score > b => {
                        best = Some((score, c));
                        tie = false;
                    }
                    Some((b, _)) if score == b => tie = true,
                    _ => {}
                }
            }
            match best {
                Some((score, c)) if score > 0 && !tie => out.push(Chosen {
                    span: si,
                    cand: c,
                    ambiguous: true,
                }),
                _ => refused.push(si),
            }
        }
        // A repeated ambiguous name is confirmed by its other occurrences that context
        // settled ("Minister Safadi said… Safadi added").
        let settled: Vec<EntityIdx> = out
            .iter()
            .filter(|c| c.ambiguous)
            .map(|c| self.cands[c.cand as usize].entity)
            .collect();
        if !settled.is_empty() {
            refused.retain(|&si| {
                let sp = &spans[si];
                let k = selected.iter().position(|&x| x == si).unwrap_or(0);
                let ctx = Context::new(original, norm, spans, selected, k, &first, self);
                if ctx.negative(self, sp) {
                    return true;
                }
                let hits: Vec<u32> = sp
                    .cands
                    .iter()
                    .copied()
                    .filter(|&c| settled.contains(&self.cands[c as usize].entity))
                    .collect();
                let one_entity = hits
                    .windows(2)
                    .all(|w| self.cands[w[0] as usize].entity == self.cands[w[1] as usize].entity);
                match hits.first() {
                    Some(&c) if one_entity => {
                        out.push(Chosen {
                            span: si,
                            cand: c,
                            ambiguous: true,
                        });
                        false
                    }
                    _ => true,
                }
            });
            out.sort_by_key(|c| spans[c.span].s);
        }
        (out, refused)
    }

    /// Lower is better: a blocker first (it exists to veto the other readings), then
    /// the document's language, then a case-sensitive reading (it matched its letter case
    /// exactly: «ГУАМ», "GUAM" are the bloc, not the island a case-blind name reads), then the
    /// more specific form.
    fn preference(&self, c: u32, lang: Lang) -> (bool, bool, bool, u8, EntityIdx) {
        let cd = &self.cands[c as usize];
        let form = match cd.form {
            Form::Name => 0,
            Form::Acronym => 1,
            Form::Capital => 2,
            Form::Adjective => 3,
            Form::Alias => 4,
        };
        (
            cd.flags & BLOCK == 0,
            cd.lang != lang,
            cd.flags & CS == 0,
            form,
            cd.entity,
        )
    }
}

/// Leftmost-longest non-overlapping selection among active spans (sorted by start,
/// then longest first). Proclitics count as part of the span for overlap.
fn select(spans: &[Span]) -> Vec<usize> {
    // Sized once: grown by doubling, a document's list reallocates half a dozen times.
    let mut out = Vec::with_capacity(spans.len());
    let mut last_end = 0usize;
    for (i, sp) in spans.iter().enumerate() {
        if !sp.active {
            continue;
        }
        if sp.s - sp.clitic >= last_end || out.is_empty() {
            out.push(i);
            last_end = sp.e;
        }
    }
    out
}

/// The Arabic letters glued before `s` (the proclitic candidate), if the word they
/// start is preceded by a non-word character and they are at most three letters.
fn arabic_prefix(n: &str, s: usize) -> Option<&str> {
    let head = &n[..s];
    let mut start = s;
    let mut count = 0;
    for (i, c) in head.char_indices().rev() {
        if is_arabic_letter(c) {
            start = i;
            count += 1;
            if count > 3 {
                return None;
            }
        } else if is_word_char(c) {
            return None;
        } else {
            break;
        }
    }
    if count == 0 {
        return None;
    }
    // The first char of the match must be Arabic too (an Arabic prefix before Latin is no clitic).
    if !n[s..].chars().next().is_some_and(is_arabic_letter) {
        return None;
    }
    Some(&n[start..s])
}

/// Whether the letters of `orig` have the letter case of `surface`.
fn same_case(orig: &str, surface: &str) -> bool {
    let mut a = orig.chars().filter(|c| c.is_alphabetic());
    let mut b = surface.chars().filter(|c| c.is_alphabetic());
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) => {
                if x.is_uppercase() != y.is_uppercase() || x.is_lowercase() != y.is_lowercase() {
                    return false;
                }
            }
            _ => return orig == surface,
        }
    }
}

/// Whether the words of `orig` flagged in `mask` start with a capital letter.
fn caps_ok(orig: &str, mask: u8) -> bool {
    for (i, w) in words(orig).take(8).enumerate() {
        if mask & (1 << i) != 0
            && !w
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_lowercase())
        {
            return false;
        }
    }
    true
}

/// Normalised words around a span, for context cues.
struct Context<'a> {
    n: &'a str,
    original: &'a str,
    norm: &'a NormText,
    /// Up to 4 words before the span (nearest first), within the sentence.
    before: Vec<(usize, usize)>,
    /// Up to 4 words after.
    after: Vec<(usize, usize)>,
    /// The chosen (unambiguous) neighbours: (span range, entity kind).
    prev_neighbour: Option<(usize, usize, Kind, Form)>,
    next_neighbour: Option<(usize, usize, Kind, Form)>,
    /// Normalised ranges of all selected spans (to tell names from mentions).
    covered: Vec<(usize, usize)>,
}

impl<'a> Context<'a> {
    fn new(
        original: &'a str,
        norm: &'a NormText,
        spans: &[Span],
        selected: &[usize],
        k: usize,
        first: &[Option<Chosen>],
        lex: &Lexicon,
    ) -> Context<'a> {
        let n = norm.as_str();
        let sp = &spans[selected[k]];
        let start = sp.s - sp.clitic;
        let before = words_back(n, start, 4);
        let after = words_fwd(n, sp.e, 4);
        let neighbour = |j: Option<usize>| -> Option<(usize, usize, Kind, Form)> {
            let j = j?;
            let ch = first.get(j)?.as_ref()?;
            let o = &spans[ch.span];
            let cd = &lex.cands[ch.cand as usize];
            let kind = lex.entities[cd.entity.0 as usize].kind;
            Some((o.s - o.clitic, o.e, kind, cd.form))
        };
        Context {
            n,
            original,
            norm,
            before,
            after,
            prev_neighbour: neighbour(k.checked_sub(1)),
            next_neighbour: neighbour(Some(k + 1)),
            covered: selected
                .iter()
                .map(|&i| (spans[i].s - spans[i].clitic, spans[i].e))
                .collect(),
        }
    }

    fn word(&self, r: (usize, usize)) -> &str {
        &self.n[r.0..r.1]
    }

    fn is_covered(&self, r: (usize, usize)) -> bool {
        self.covered.iter().any(|&(a, b)| r.0 >= a && r.1 <= b)
    }

    /// The original text of a normalised word.
    fn orig(&self, r: (usize, usize)) -> &str {
        &self.original[self.norm.orig_start(r.0)..self.norm.orig_end(r.1)]
    }

    /// Context that rules the entity reading out: a capitalised neighbour that makes
    /// the word part of a person's name (Michael Jordan, Chad Smith), words of the
    /// other meaning nearby (roast, composer), Arabic مُصِرّ على.
    fn negative(&self, lex: &Lexicon, sp: &Span) -> bool {
        let cand_langs: Vec<Lang> = sp
            .cands
            .iter()
            .map(|&c| lex.cands[c as usize].lang)
            .collect();
        let latin_or_cyr = cand_langs.iter().any(|l| *l != Lang::Ar);
        if latin_or_cyr {
            // Capitalised previous word, right before (one space), not sentence-initial.
            if let Some(&p) = self.before.first() {
                let gap = &self.n[p.1..sp.s - sp.clitic];
                let sentence_initial = self.before.len() < 2 || {
                    let pp = self.before[1];
                    let g = &self.n[pp.1..p.0];
                    g.contains(['.', '!', '?', ':', '"'])
                };
                if gap == " " && !sentence_initial && self.is_name_word(p) {
                    return true;
                }
            }
            if let Some(&q) = self.after.first() {
                let gap = &self.n[sp.e..q.0];
                if gap == " " && self.is_name_word(q) {
                    return true;
                }
            }
        }
        let window = self.before.iter().chain(self.after.iter());
        for &r in window {
            let w = self.word(r);
            if NEG_WINDOW.contains(&w) {
                return true;
            }
        }
        if cand_langs.contains(&Lang::Ar) {
            // "الوزير مصر على موقفه": a definite subject, then the word, then على is a
            // predicate (insisting on), not a state. A verb before it (حصلت مصر على,
            // "Egypt obtained") or a conjunction on it (والهند ومصر على) is the state.
            if let (Some(&p), Some(&q)) = (self.before.first(), self.after.first()) {
                let p_gap = &self.n[p.1..sp.s - sp.clitic];
                if self.word(q) == "علي"
                    && sp.clitic == 0
                    && p_gap.trim().is_empty()
                    && self.word(p).starts_with("ال")
                {
                    return true;
                }
            }
            if let Some(&p) = self.before.first() {
                if AR_NEG_PREV.contains(&strip_wa(self.word(p))) {
                    return true;
                }
            }
        }
        false
    }

    /// A capitalised word that is not a function word, title or another mention.
    fn is_name_word(&self, r: (usize, usize)) -> bool {
        let o = self.orig(r);
        let mut chars = o.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if !first.is_uppercase() {
            return false;
        }
        // All capitals: an acronym, or a shouting headline, not a first name.
        if o.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        {
            return false;
        }
        if self.is_covered(r) {
            return false;
        }
        let w = self.word(r);
        !FUNCTION_CAPS.contains(&w)
    }

    /// Positive cues for reading `cd` here.
    fn cues(&self, lex: &Lexicon, cd: &Cand, sp: &Span) -> i32 {
        let kind = lex.entities[cd.entity.0 as usize].kind;
        let mut score = 0;
        let prev = self.before.first().map(|&r| self.word(r));
        let prev_list: &[&str] = match (kind.is_geo(), kind, cd.lang) {
            (true, _, Lang::En) => EN_GEO_PREV,
            (true, _, Lang::Ar) => AR_GEO_PREV,
            (true, _, Lang::Ru) => RU_GEO_PREV,
            (false, Kind::Person, Lang::En) => EN_PERSON_PREV,
            (false, Kind::Person, Lang::Ar) => AR_PERSON_PREV,
            (false, Kind::Person, Lang::Ru) => RU_PERSON_PREV,
            _ => &[],
        };
        // For a person, a demonym between the title and the name does not break the
        // cue: "الرئيس البرازيلي لولا", "the Brazilian president Lula".
        let prev_idx = match (kind, self.before.first()) {
            (Kind::Person, Some(&r)) if self.is_covered(r) && self.before.len() > 1 => 1,
            _ => 0,
        };
        if let Some(p) = prev {
            let p = if prev_idx == 1 {
                self.word(self.before[1])
            } else {
                p
            };
            let gap_ok = self.before.get(prev_idx).is_some_and(|&r| {
                !self.n[r.1..sp.s - sp.clitic].contains(['.', '!', '?', ',', '،'])
            });
            if gap_ok
                && (prev_list.contains(&p)
                    || (cd.lang == Lang::Ar && prev_list.contains(&strip_wa(p))))
            {
                score += 1;
            }
        }
        // The word after: a speech or action verb makes the subject an actor
        // ("Turkey said", "Jordan rejected"); for a state, English and Russian only,
        // since an Arabic sentence puts the verb first.
        let next_list: &[&str] = match (kind, cd.lang) {
            (Kind::Person, _) => PERSON_NEXT,
            (k, Lang::En | Lang::Ru) if k.is_geo() => GEO_NEXT,
            _ => &[],
        };
        if let Some(&q) = self.after.first() {
            let gap = &self.n[sp.e..q.0];
            let gap = gap.strip_prefix("'s").unwrap_or(gap);
            if !gap.contains(['.', '!', '?', ',', ';', ':']) && next_list.contains(&self.word(q)) {
                score += 1;
            }
        }
        if kind.is_geo() {
            // English possessive followed by a state word: "Jordan's government".
            if cd.lang == Lang::En && self.n[sp.e..].starts_with("'s ") {
                if let Some(&q) = self.after.get(1) {
                    if EN_GEO_POSS.contains(&self.word(q)) {
                        score += 1;
                    }
                }
            }
            // A preposition glued on in Arabic: بمصر، لعمان.
            if sp.clitic > 0 && self.n[sp.s - sp.clitic..sp.s].contains(['ب', 'ل', 'ك']) {
                score += 1;
            }
        }
        // Coordination with a neighbouring mention of the same sort: "Egypt and Jordan".
        for (nb, before) in [(self.prev_neighbour, true), (self.next_neighbour, false)] {
            let Some((a, b, nkind, nform)) = nb else {
                continue;
            };
            if nkind.is_geo() != kind.is_geo() || (!kind.is_geo() && nkind != kind) {
                continue;
            }
            let gap = if before {
                self.n.get(b..sp.s)
            } else {
                self.n.get(sp.e..a)
            };
            if gap.is_some_and(is_coordination) {
                score += 1;
                // A list reads alike: "البحرين وعُمان" lists states by name (Oman),
                // "بيروت وعمان" lists capitals (Amman).
                if nform == cd.form && kind == Kind::Country && nkind == Kind::Country {
                    score += 1;
                }
                break;
            }
        }
        if !kind.is_geo() && kind != Kind::Person {
            let window = self.before.iter().chain(self.after.iter());
            if window
                .map(|&r| self.word(r))
                .any(|w| NONGEO_WINDOW.contains(&w))
            {
                score += 1;
            }
            let quoted =
                self.n[..sp.s - sp.clitic].ends_with('"') && self.n[sp.e..].starts_with('"');
            if quoted {
                score += 1;
            }
        }
        score
    }
}

fn strip_wa(w: &str) -> &str {
    w.strip_prefix('و')
        .or_else(|| w.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w)
}

fn is_coordination(gap: &str) -> bool {
    if gap.len() > 16 {
        return false;
    }
    gap.split(|c: char| c.is_whitespace())
        .filter(|t| !t.is_empty())
        .all(|t| {
            matches!(
                t,
                "," | "،"
                    | "and"
                    | "or"
                    | "&"
                    | "/"
                    | "-"
                    | "و"
                    | "او"
                    | "и"
                    | "или"
                    | ",و"
                    | "،و"
                    | "or,"
                    | "and,"
            )
        })
}

fn is_stop(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '؛' | ';' | '\n')
}

/// Word ranges before `pos`, nearest first, stopping at sentence punctuation.
fn words_back(n: &str, pos: usize, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut end: Option<usize> = None;
    for (i, c) in n[..pos].char_indices().rev() {
        if is_word_char(c) {
            if end.is_none() {
                end = Some(i + c.len_utf8());
            }
            continue;
        }
        if let Some(e) = end.take() {
            out.push((i + c.len_utf8(), e));
            if out.len() >= max {
                return out;
            }
        }
        if is_stop(c) {
            return out;
        }
    }
    if let Some(e) = end {
        out.push((0, e));
    }
    out
}

/// Word ranges after `pos`, nearest first, stopping at sentence punctuation.
fn words_fwd(n: &str, pos: usize, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in n[pos..].char_indices() {
        let i = pos + i;
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(s) = start.take() {
            out.push((s, i));
            if out.len() >= max {
                return out;
            }
        }
        if is_stop(c) {
            return out;
        }
    }
    if let Some(s) = start {
        out.push((s, n.len()));
    }
    out
}

/// The patterns by their first word (the run of word characters it starts with), for
/// [`Lexicon::occurrences`]: a bit per hash of the word first, which may answer yes for a word that
/// begins no pattern but never no for one that does; then the word's group, from a table keyed by
/// the same hash with the words stored side by side (one hash per word of the text).
#[derive(Clone, Debug)]
pub(crate) struct FirstWords {
    bits: Box<[u64]>,
    /// Open addressing on the hash: `(upper half of the hash, index in groups + 1)`, 0 when empty.
    slots: Box<[(u32, u32)]>,
    /// `(start and length of the word in words, group)`.
    groups: Vec<(u32, u32, Group)>,
    words: Vec<u8>,
    /// `(pattern, start and length in rest)` of the `Few` groups.
    few: Vec<(u32, u32, u32)>,
    /// For each of `few`, its rest's first eight bytes ([`FirstWords::head`]) and the mask of the bytes
    /// the rest has among them.
    heads: Vec<(u64, u64)>,
    /// What follows the first word in each pattern of a `Few` group.
    rest: Vec<u8>,
}

#[derive(Clone, Copy, Debug)]
enum Group {
    /// `few[a..b]`.
    Few(u32, u32),
    /// So many patterns begin with the word ("the", "جمهورية") that the automaton finds them faster.
    Walk,
}

impl FirstWords {
    /// 2^19 bits (64 KiB): a few percent of false positives over some 30,000 first words, and small
    /// enough to stay in cache.
    const BITS: u32 = 19;
    /// Up to this many patterns of one first word are compared one by one (their rests lie side by
    /// side, and most differ from the text in the first bytes).
    const FEW: usize = 32;

    /// `patterns` in pattern id order.
    pub(crate) fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> FirstWords {
        let mut by_word: FxHashMap<&[u8], Vec<(u32, &[u8])>> = FxHashMap::default();
        let mut order: Vec<&[u8]> = Vec::new();
        for (pid, p) in patterns.into_iter().enumerate() {
            let end = p.find(|c: char| !is_word_char(c)).unwrap_or(p.len());
            if end == 0 {
                continue;
            }
            let (word, rest) = p.as_bytes().split_at(end);
            let list = by_word.entry(word).or_insert_with(|| {
                order.push(word);
                Vec::new()
            });
            list.push((pid as u32, rest));
        }
        let size = (2 * order.len()).next_power_of_two().max(16);
        let mut set = FirstWords {
            bits: vec![0u64; 1 << (Self::BITS - 6)].into_boxed_slice(),
            slots: vec![(0u32, 0u32); size].into_boxed_slice(),
            groups: Vec::with_capacity(order.len()),
            words: Vec::new(),
            few: Vec::new(),
            heads: Vec::new(),
            rest: Vec::new(),
        };
        for word in order {
            let h = Self::hash(word);
            let bit = Self::bit(h);
            set.bits[bit >> 6] |= 1 << (bit & 63);
            let list = &by_word[word];
            let group = if list.len() <= Self::FEW {
                let a = set.few.len() as u32;
                for &(pid, rest) in list {
                    set.few
                        .push((pid, set.rest.len() as u32, rest.len() as u32));
                    let mask = if rest.len() >= 8 {
                        u64::MAX
                    } else {
                        (1u64 << (8 * rest.len())) - 1
                    };
                    set.heads.push((Self::head(rest), mask));
                    set.rest.extend_from_slice(rest);
                }
                Group::Few(a, set.few.len() as u32)
            } else {
                Group::Walk
            };
            set.groups
                .push((set.words.len() as u32, word.len() as u32, group));
            set.words.extend_from_slice(word);
            let mask = set.slots.len() - 1;
            let mut i = h as usize & mask;
            while set.slots[i].1 != 0 {
                i = (i + 1) & mask;
            }
            set.slots[i] = ((h >> 32) as u32, set.groups.len() as u32);
        }
        set
    }

    /// The patterns of the group `few[a..b]` whose rest (what follows the first word) `text` begins
    /// with, in pattern order, each with its rest's length.
    #[inline]
    fn few_matches(&self, a: u32, b: u32, text: &[u8], mut found: impl FnMut(u32, usize)) {
        let (a, b) = (a as usize, b as usize);
        // The text's first eight bytes (zeros past its end), compared with each rest's first eight
        // under its mask: most rests differ from the text there (after the blank they all begin
        // with), and the few longer ones are compared on from the ninth byte.
        let head = Self::head(text);
        for (&(pid, off, len), &(h, mask)) in self.few[a..b].iter().zip(&self.heads[a..b]) {
            let len = len as usize;
            if head & mask != h || len > text.len() {
                continue;
            }
            if len > 8 {
                let off = off as usize;
                if self.rest[off + 8..off + len] != text[8..len] {
                    continue;
                }
            }
            found(pid, len);
        }
    }

    /// The first eight bytes of `bytes` as a little-endian number, zeros past its end.
    #[inline]
    fn head(bytes: &[u8]) -> u64 {
        match bytes.get(..8) {
            Some(b) => u64::from_le_bytes(b.try_into().unwrap_or_default()),
            None => bytes
                .iter()
                .rev()
                .fold(0u64, |h, &b| (h << 8) | u64::from(b)),
        }
    }

    /// A word's hash from loads of eight bytes (four for a word shorter than eight; the first and the
    /// last load overlap) and a few multiplications, where FNV-1a took a dependent multiplication per
    /// byte (about 1 % of the pipeline's instructions). Only speed depends on it: [`FirstWords::group`]
    /// compares the words.
    #[inline]
    fn hash(word: &[u8]) -> u64 {
        const K0: u64 = 0x9E37_79B9_7F4A_7C15;
        const K1: u64 = 0xBF58_476D_1CE4_E5B9;
        let len = word.len();
        let load8 = |i: usize| {
            word.get(i..i + 8)
                .and_then(|b| b.try_into().ok())
                .map_or(0, u64::from_le_bytes)
        };
        let load4 = |i: usize| {
            word.get(i..i + 4)
                .and_then(|b| b.try_into().ok())
                .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
        };
        let (a, b) = if len >= 8 {
            // The first and last eight bytes; a longer word also folds in its middle, eight at a time.
            let mut a = load8(0);
            let mut i = 8;
            while i + 8 < len {
                a = (a ^ load8(i)).wrapping_mul(K0).rotate_left(23);
                i += 8;
            }
            (a, load8(len - 8))
        } else if len >= 4 {
            (load4(0), load4(len - 4))
        } else if len > 0 {
            let b0 = u64::from(word[0]);
            let b1 = u64::from(word[len / 2]);
            let b2 = u64::from(word[len - 1]);
            (b0 | b1 << 8 | b2 << 16, 0)
        } else {
            (0, 0)
        };
        let h = (a ^ K1).wrapping_mul(K0) ^ (b ^ len as u64).wrapping_mul(K1);
        // The top bits choose the filter's bit and the upper half is the slot's tag: mix down and up.
        let h = (h ^ (h >> 32)).wrapping_mul(K0);
        h ^ (h >> 29)
    }

    /// The bit of a hash: its top bits.
    #[inline]
    fn bit(h: u64) -> usize {
        (h >> (64 - Self::BITS)) as usize
    }

    /// The group of patterns that begin with `word` (the tests' entry: the matcher tests the filter
    /// itself and then asks [`FirstWords::group`]).
    #[cfg(test)]
    fn get(&self, word: &[u8]) -> Option<Group> {
        let h = Self::hash(word);
        if !self.may_begin(h) {
            return None;
        }
        self.group(h, word)
    }

    /// Whether a word whose hash is `h` may begin a pattern: its bit in the filter (no for most words
    /// of a text, never no for a first word).
    #[inline(always)]
    fn may_begin(&self, h: u64) -> bool {
        let bit = Self::bit(h);
        self.bits[bit >> 6] & (1 << (bit & 63)) != 0
    }

    /// The group of patterns that begin with `word`, whose hash is `h`.
    #[inline]
    fn group(&self, h: u64, word: &[u8]) -> Option<Group> {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let (tag, g) = self.slots[i];
            if g == 0 {
                return None;
            }
            if tag == (h >> 32) as u32 {
                let (off, len, group) = self.groups[g as usize - 1];
                if &self.words[off as usize..(off + len) as usize] == word {
                    return Some(group);
                }
            }
            i = (i + 1) & mask;
        }
    }
}

/// Every pattern in a trie, for [`Lexicon::walk`]'s one question: which patterns occur at a place,
/// starting exactly there. (It was `aho_corasick`'s contiguous NFA walked anchored: the crate also built
/// the failure links and the suffix matches that an anchored walk never uses, and its build was about a
/// sixth of the CLI's start; a test compares the two walks.) The start's children by byte in a table;
/// every other node's children side by side, bytes ascending.
#[derive(Clone, Debug)]
pub(crate) struct PrefixTrie {
    /// The start's child on each byte: `node + 1`, 0 for none.
    root: Box<[u32]>,
    nodes: Vec<TrieNode>,
    /// The children's bytes, each node's run ascending; `kids` holds the child at the same index.
    bytes: Vec<u8>,
    kids: Vec<u32>,
}

#[derive(Clone, Copy, Debug)]
struct TrieNode {
    /// The node's run of children in `bytes` and `kids`.
    first: u32,
    len: u32,
    /// The pattern that ends here, `pattern + 1`; 0 for none.
    pat: u32,
}

impl PrefixTrie {
    /// `patterns` in pattern id order, no two alike.
    pub(crate) fn new(patterns: &[String]) -> PrefixTrie {
        // In sorted order a pattern shares with the one before it all the prefix it shares with any
        // earlier one, so the nodes of its first `lcp` bytes are the last path's, and a node's children
        // are made in ascending byte order.
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            patterns[a as usize]
                .as_bytes()
                .cmp(patterns[b as usize].as_bytes())
        });
        // Node 0 is the start; per node its parent, byte and pattern.
        let mut parent: Vec<u32> = vec![0];
        let mut byte: Vec<u8> = vec![0];
        let mut pat: Vec<u32> = vec![0];
        let mut path: Vec<u32> = Vec::new();
        let mut prev: &[u8] = &[];
        for &pid in &order {
            let p = patterns[pid as usize].as_bytes();
            let lcp = p.iter().zip(prev).take_while(|(a, b)| a == b).count();
            path.truncate(lcp);
            for &b in &p[lcp..] {
                parent.push(path.last().copied().unwrap_or(0));
                byte.push(b);
                pat.push(0);
                path.push((parent.len() - 1) as u32);
            }
            if let Some(&end) = path.last() {
                pat[end as usize] = pid + 1;
            }
            prev = p;
        }
        // Each node's children as one run, in node order (for siblings, ascending bytes).
        let mut nodes: Vec<TrieNode> = pat
            .iter()
            .map(|&pat| TrieNode {
                first: 0,
                len: 0,
                pat,
            })
            .collect();
        for &p in &parent[1..] {
            nodes[p as usize].len += 1;
        }
        let mut at = 0u32;
        for n in &mut nodes {
            n.first = at;
            at += n.len;
        }
        let mut fill: Vec<u32> = nodes.iter().map(|n| n.first).collect();
        let mut bytes = vec![0u8; at as usize];
        let mut kids = vec![0u32; at as usize];
        let mut root = vec![0u32; 256].into_boxed_slice();
        for id in 1..parent.len() {
            let p = parent[id] as usize;
            let i = fill[p] as usize;
            fill[p] += 1;
            bytes[i] = byte[id];
            kids[i] = id as u32;
            if p == 0 {
                root[usize::from(byte[id])] = id as u32 + 1;
            }
        }
        PrefixTrie {
            root,
            nodes,
            bytes,
            kids,
        }
    }

    /// Calls `f(pattern, len)` for each pattern that `text` begins with, shortest first.
    #[inline]
    pub(crate) fn prefixes(&self, text: &[u8], mut f: impl FnMut(u32, usize)) {
        let Some((&b0, rest)) = text.split_first() else {
            return;
        };
        let mut node = match self.root[usize::from(b0)] {
            0 => return,
            n => n as usize - 1,
        };
        let mut len = 1;
        let mut rest = rest.iter();
        loop {
            let n = self.nodes[node];
            if n.pat != 0 {
                f(n.pat - 1, len);
            }
            let Some(&b) = rest.next() else {
                return;
            };
            let (a, z) = (n.first as usize, (n.first + n.len) as usize);
            let Some(k) = self.bytes[a..z].iter().position(|&x| x == b) else {
                return;
            };
            node = self.kids[a + k] as usize;
            len += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{FirstWords, Group, PrefixTrie};
    use aho_corasick::automaton::Automaton;
    use aho_corasick::nfa::contiguous::NFA;
    use aho_corasick::{Anchored, MatchKind};
    use proptest::prelude::*;

    /// The former walk: the crate's contiguous NFA, anchored, keeping the matches that span the whole
    /// walk (a match state also lists the patterns that are suffixes of its path).
    fn crate_walk(patterns: &[String], text: &[u8]) -> Vec<(u32, usize)> {
        let ac = NFA::builder()
            .match_kind(MatchKind::Standard)
            .build(patterns)
            .unwrap();
        let mut out = Vec::new();
        let mut sid = ac.start_state(Anchored::Yes).unwrap();
        for (k, &b) in text.iter().enumerate() {
            sid = ac.next_state(Anchored::Yes, sid, b);
            if ac.is_dead(sid) {
                break;
            }
            if ac.is_match(sid) {
                for j in 0..ac.match_len(sid) {
                    let pid = ac.match_pattern(sid, j);
                    if ac.pattern_len(pid) == k + 1 {
                        out.push((pid.as_u32(), k + 1));
                    }
                }
            }
        }
        out
    }

    fn check(patterns: &[String], text: &str) {
        let trie = PrefixTrie::new(patterns);
        for s in 0..=text.len() {
            let mut got = Vec::new();
            trie.prefixes(&text.as_bytes()[s..], |p, len| got.push((p, len)));
            let want = crate_walk(patterns, &text.as_bytes()[s..]);
            assert_eq!(got, want, "{patterns:?} at {s} of {text:?}");
        }
    }

    #[test]
    fn walks_like_the_crates_nfa() {
        let pats: Vec<String> = "russia russian federation россия россии российская федерация \
                                 روسيا الروسية الاتحاد الروسي us u.s. \"the hague\" a ab abc b"
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        for text in [
            "",
            "russian federation and russia",
            "российская федерация и россия",
            "الاتحاد الروسي وروسيا",
            "u.s. officials",
            "abcabd",
        ] {
            check(&pats, text);
        }
        check(&[], "nothing to find");
    }

    /// Each pattern once, as the lexicon's patterns are; in the order drawn.
    fn distinct(pats: Vec<String>) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        pats.into_iter()
            .filter(|p| seen.insert(p.clone()))
            .collect()
    }

    proptest! {
        #[test]
        fn random_patterns_walk_alike(
            pats in proptest::collection::vec("[abя ]{1,5}", 0..24),
            text in "[abcя .]{0,24}",
        ) {
            check(&distinct(pats), &text);
        }

        /// The patterns a `Few` group yields at a word are those that begin with the word and go on as
        /// the text does (the former byte-by-byte comparison), in pattern order: rests shorter and
        /// longer than eight bytes, a text that ends inside a rest.
        #[test]
        fn few_groups_find_what_the_bytes_say(
            pats in proptest::collection::vec("(a|ab|я)( |-)[abя .]{0,14}", 1..24),
            text in "[abя .-]{0,24}",
        ) {
            let pats = distinct(pats);
            let fw = FirstWords::new(pats.iter().map(String::as_str));
            for word in ["a", "ab", "я"] {
                let want: Vec<(u32, usize)> = pats
                    .iter()
                    .enumerate()
                    .filter_map(|(pid, p)| {
                        let rest = p.strip_prefix(word)?;
                        let whole = !rest.starts_with(|c: char| c.is_alphanumeric());
                        (whole && text.as_bytes().starts_with(rest.as_bytes()))
                            .then_some((pid as u32, rest.len()))
                    })
                    .collect();
                let mut got = Vec::new();
                match fw.get(word.as_bytes()) {
                    Some(Group::Few(a, b)) => {
                        fw.few_matches(a, b, text.as_bytes(), |pid, len| got.push((pid, len)))
                    }
                    Some(Group::Walk) => unreachable!("fewer than 32 patterns"),
                    None => {}
                }
                prop_assert_eq!(got, want, "{:?} after {:?} in {:?}", pats, word, text);
            }
        }
    }
}
