//! Word automata walked in one tight loop: the dates, money, scale and kind-cue word lists.
//!
//! Each list is compiled into an Aho–Corasick DFA with standard (overlapping) semantics — the automaton
//! the `aho_corasick` crate builds, built here directly (see [`standard_dfa`]) — as a flat table of our
//! own: the reachable states in a new numbering (match states last, so one comparison tells a match),
//! premultiplied state ids, and byte classes from the patterns' bytes. The walk is one dependent load per
//! byte (walked through the crate's `Automaton` methods, the compiler kept the state and the table's
//! fields on the stack, so every byte also waited on a store and a reload; a profile put about a tenth
//! of the pipeline's time in these walks). The tests compare the table with the crate's, cell for cell,
//! so the matches and their order are the crate's.

/// A standard-semantics Aho–Corasick DFA as a flat transition table (see the module doc).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct WordDfa {
    /// Byte → column.
    classes: [u8; 256],
    /// `trans[s + class]`: the next state of state `s` (a premultiplied id: index × stride). Padded with
    /// zeros to a power of two, so that the walks index it as `trans[(s + class) & (trans.len() - 1)]`:
    /// every id and class is in range by construction, so the mask changes no index, and the compiler
    /// then drops the bounds check per byte and automaton it could not prove away.
    trans: Vec<u32>,
    start: u32,
    /// States with an id at or past this one report matches.
    first_match: u32,
    stride: u32,
    /// Per match state (by `(id - first_match) / stride`): its range in `pats`.
    match_ranges: Vec<(u32, u32)>,
    /// (pattern, pattern length), in the order the automaton reports them.
    pats: Vec<(u32, u32)>,
}

/// A DFA reporting every match, overlapping ones too (standard semantics), for [`each_match`]. An
/// empty list gives an automaton that never matches.
///
/// Built here rather than by `aho_corasick` (whose full DFA this was, copied into the flat table): the
/// trie over the patterns' byte classes as dense rows, then the failure function breadth first, each
/// row completed from its failure state's (the textbook construction). The crate reached the same
/// table through its sparse NFA, a DFA over both starts' bytes and a second copy — about a sixth of the
/// CLI's start. The automaton, its numbering and its matches (in the crate's order: a state's own
/// patterns by id, then its failure state's) are the crate's; a test compares the two tables.
pub(crate) fn standard_dfa<I, P>(patterns: I) -> WordDfa
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    let pats: Vec<P> = patterns
        .into_iter()
        .filter(|p| !p.as_ref().is_empty())
        .collect();
    let classes = ByteClasses::of(&pats);
    let trie = Trie::of(&pats, &classes);
    WordDfa::from_trie(&trie, &classes)
}

/// The Aho–Corasick automaton of [`standard_dfa`] before renumbering: state 0 is the start, `rows[s *
/// stride + class]` the next state of `s` on a byte of `class`, and `outs[s]` the patterns (ids) state
/// `s` reports.
struct Trie {
    rows: Vec<u32>,
    outs: Vec<Vec<u32>>,
    /// Every state breadth first, each state's children in class order: the order in which a search
    /// of the automaton from the start over the classes first meets them (a state's row leads to
    /// shallower states, met before it, and to its children).
    order: Vec<u32>,
    /// Each pattern's length in bytes.
    lens: Vec<u32>,
}

impl Trie {
    fn of<P: AsRef<[u8]>>(patterns: &[P], classes: &ByteClasses) -> Trie {
        let stride = classes.reps.len();
        // The trie: 0 in a row is "no edge" (no edge leads back to the start).
        let mut rows: Vec<u32> = vec![0; stride];
        let mut outs: Vec<Vec<u32>> = vec![Vec::new()];
        for (pid, p) in patterns.iter().enumerate() {
            let mut s = 0usize;
            for &b in p.as_ref() {
                let at = s * stride + usize::from(classes.classes[usize::from(b)]);
                if rows[at] == 0 {
                    rows[at] = outs.len() as u32;
                    rows.resize(rows.len() + stride, 0);
                    outs.push(Vec::new());
                }
                s = rows[at] as usize;
            }
            outs[s].push(pid as u32);
        }
        // Failure states breadth first; a state's row is completed when it leaves the queue, after
        // every shallower state's (its failure state's among them). The start's missing edges stay 0:
        // they return to the start.
        let mut fail = vec![0u32; outs.len()];
        let mut queue: Vec<u32> = Vec::with_capacity(outs.len());
        queue.push(0);
        queue.extend(rows[..stride].iter().copied().filter(|&t| t != 0));
        let mut k = 1;
        while k < queue.len() {
            let s = queue[k] as usize;
            k += 1;
            let f = fail[s] as usize;
            for c in 0..stride {
                let t = rows[s * stride + c];
                let via_fail = rows[f * stride + c];
                if t == 0 {
                    rows[s * stride + c] = via_fail;
                } else {
                    let t = t as usize;
                    fail[t] = via_fail;
                    if !outs[via_fail as usize].is_empty() {
                        let inherited = outs[via_fail as usize].clone();
                        outs[t].extend(inherited);
                    }
                    queue.push(t as u32);
                }
            }
        }
        let lens = patterns.iter().map(|p| p.as_ref().len() as u32).collect();
        Trie {
            rows,
            outs,
            order: queue,
            lens,
        }
    }
}

/// Byte classes for a DFA over some patterns: a byte that occurs in no pattern is on no edge of the automaton's trie, so every state moves alike on all
/// such bytes; they share class 0 (when there is one), and every other byte is a class of its own.
#[derive(Debug)]
struct ByteClasses {
    classes: [u8; 256],
    /// A byte of each class.
    reps: Vec<u8>,
}

impl ByteClasses {
    fn of<P: AsRef<[u8]>>(patterns: &[P]) -> ByteClasses {
        let mut used = [false; 256];
        for p in patterns {
            for &b in p.as_ref() {
                used[usize::from(b)] = true;
            }
        }
        let mut classes = [0u8; 256];
        let mut reps: Vec<u8> = Vec::new();
        if let Some(b) = (0..=255u8).find(|&b| !used[usize::from(b)]) {
            reps.push(b);
        }
        for b in 0..=255u8 {
            if used[usize::from(b)] {
                // At most 256 classes, numbered from 0: a class always fits in a byte.
                classes[usize::from(b)] = reps.len() as u8;
                reps.push(b);
            }
        }
        ByteClasses { classes, reps }
    }
}

impl WordDfa {
    /// The trie's states renumbered: breadth first over the classes, the match states last; `classes`
    /// must be the classes the trie was built over.
    fn from_trie(trie: &Trie, classes: &ByteClasses) -> WordDfa {
        let stride = classes.reps.len();
        let is_match = |s: u32| !trie.outs[s as usize].is_empty();
        let first_match_index = trie.order.iter().filter(|&&s| !is_match(s)).count();
        // Each state's new id, premultiplied.
        let mut id = vec![0u32; trie.outs.len()];
        let (mut plain, mut matching) = (0, first_match_index);
        for &s in &trie.order {
            let n = if is_match(s) {
                &mut matching
            } else {
                &mut plain
            };
            id[s as usize] = (*n * stride) as u32;
            *n += 1;
        }
        // (Padded as the field says: never empty, a start state and at least one class; the padding is
        // allocated zeroed and never read, so it is never touched.)
        let mut trans = vec![0u32; (trie.outs.len() * stride).next_power_of_two()];
        for (s, row) in trie.rows.chunks(stride.max(1)).enumerate() {
            let at = id[s] as usize;
            for (cell, &next) in trans[at..at + stride].iter_mut().zip(row) {
                *cell = id[next as usize];
            }
        }
        // The match states' patterns, in their order.
        let mut match_ranges = Vec::with_capacity(trie.outs.len() - first_match_index);
        let mut pats: Vec<(u32, u32)> = Vec::new();
        for &s in trie.order.iter().filter(|&&s| is_match(s)) {
            let from = pats.len() as u32;
            let outs = &trie.outs[s as usize];
            pats.extend(outs.iter().map(|&pid| (pid, trie.lens[pid as usize])));
            match_ranges.push((from, pats.len() as u32));
        }
        WordDfa {
            classes: classes.classes,
            trans,
            start: id[0],
            first_match: (first_match_index * stride) as u32,
            stride: stride as u32,
            match_ranges,
            pats,
        }
    }

    /// Calls `f(pattern, start, end)` for each match that state `s` reports at `end`.
    #[cold]
    #[inline(never)]
    fn report(&self, s: u32, end: usize, f: &mut dyn FnMut(usize, usize, usize)) {
        let (a, b) = self.match_ranges[((s - self.first_match) / self.stride) as usize];
        for &(pid, len) in &self.pats[a as usize..b as usize] {
            f(pid as usize, end - len as usize, end);
        }
    }
}

/// Calls `f(pattern, start, end)` for every match of `dfa` in `hay`, overlapping ones too, in order of
/// their ends: what `find_overlapping_iter` reports, from one plain loop over the bytes. Never inlined,
/// as [`each_match_pair`]: inlined into memberships' `walk_words` the loop reloaded the text's address
/// from the stack at every byte. Eight bytes a round ([`ROUND`]): stepped one at a time, the loop spent
/// five instructions a byte on its counters beside the walk's seven (callgrind, session 50).
#[inline(never)]
pub(crate) fn each_match(dfa: &WordDfa, hay: &str, mut f: impl FnMut(usize, usize, usize)) {
    walk_until(dfa, hay, |s, end| {
        dfa.report(s, end, &mut f);
        false
    });
}

/// Whether `f(pattern, start, end)` holds for some match of `dfa` in `hay` (every match, overlapping ones
/// too, as [`each_match`] reports them, in the same order): the walk stops at the first for which it
/// does. With `f` always true, whether any pattern occurs in `hay` (`AhoCorasick::is_match`).
#[inline(never)]
pub(crate) fn any_match(
    dfa: &WordDfa,
    hay: &str,
    mut f: impl FnMut(usize, usize, usize) -> bool,
) -> bool {
    walk_until(dfa, hay, |s, end| dfa.any_reported(s, end, &mut f))
}

/// The walk of [`each_match`] and [`any_match`]: `at_match(state, end)` at each byte that ends in a match
/// state, until it returns true (then so does the walk). Always inlined into the two, whose closures
/// decide (`each_match`'s never stops).
#[inline(always)]
fn walk_until(dfa: &WordDfa, hay: &str, mut at_match: impl FnMut(u32, usize) -> bool) -> bool {
    let trans = &dfa.trans[..];
    let mask = trans.len().wrapping_sub(1);
    let classes = &dfa.classes;
    let first_match = dfa.first_match;
    let step = |s: u32, b: u8| trans[(s as usize + usize::from(classes[usize::from(b)])) & mask];
    let mut s = dfa.start;
    let mut rounds = hay.as_bytes().chunks_exact(ROUND);
    // (Where the round starts; its bytes end at `at + k + 1`.)
    let mut at = 0;
    for round in &mut rounds {
        for (k, &b) in round.iter().enumerate() {
            s = step(s, b);
            if s >= first_match && at_match(s, at + k + 1) {
                return true;
            }
        }
        at += ROUND;
    }
    for (k, &b) in rounds.remainder().iter().enumerate() {
        s = step(s, b);
        if s >= first_match && at_match(s, at + k + 1) {
            return true;
        }
    }
    false
}

impl WordDfa {
    /// Whether `f` holds for one of the matches state `s` reports at `end` ([`any_match`]).
    #[cold]
    #[inline(never)]
    fn any_reported(
        &self,
        s: u32,
        end: usize,
        f: &mut dyn FnMut(usize, usize, usize) -> bool,
    ) -> bool {
        let (a, b) = self.match_ranges[((s - self.first_match) / self.stride) as usize];
        self.pats[a as usize..b as usize]
            .iter()
            .any(|&(pid, len)| f(pid as usize, end - len as usize, end))
    }

    /// The automaton made blind to the case of ASCII letters, as `aho_corasick`'s
    /// `ascii_case_insensitive` makes its own: each capital letter steps as its small letter does. Its
    /// patterns must hold no capital ASCII letter (a capital's own column would be lost).
    pub(crate) fn ascii_case_blind(mut self) -> WordDfa {
        for b in b'A'..=b'Z' {
            self.classes[usize::from(b)] = self.classes[usize::from(b | 0x20)];
        }
        self
    }
}

/// The bytes each round of the walks' loops steps ([`each_match`], [`each_match_pair`]): unrolled, so
/// that the loop's counters are kept once a round, not once a byte. (Eight: 7.75 and 14.1 instructions a
/// byte in the two loops' code, against 8.5 and 15.25 with four and 12 and 18 with one.)
const ROUND: usize = 8;

/// What [`each_match`] reports for `a` over `hay` and for `b` over `hay`, from one loop over the bytes:
/// `fa` gets `a`'s matches and `fb` `b`'s, each in order of their ends (the two calls interleave). The
/// two walks are independent chains of loads, which the processor overlaps: walked one after the other,
/// each byte waited on a transition load twice (a profile put about 8 % of the pipeline's time on those
/// two loads, in amounts and in dates). Never inlined: inlined into its caller (`WordWalk::of`, as the
/// compiler chose in some builds) the loop kept its values on the stack and ran a fifth more instructions.
/// Eight bytes a round, as [`each_match`].
#[inline(never)]
pub(crate) fn each_match_pair(
    a: &WordDfa,
    b: &WordDfa,
    hay: &str,
    mut fa: impl FnMut(usize, usize, usize),
    mut fb: impl FnMut(usize, usize, usize),
) {
    let (ta, tb) = (&a.trans[..], &b.trans[..]);
    let (ka, kb) = (ta.len().wrapping_sub(1), tb.len().wrapping_sub(1));
    let (ca, cb) = (&a.classes, &b.classes);
    let (ma, mb) = (a.first_match, b.first_match);
    let (mut sa, mut sb) = (a.start, b.start);
    let mut step = |b8: u8| {
        let x = usize::from(b8);
        sa = ta[(sa as usize + usize::from(ca[x])) & ka];
        sb = tb[(sb as usize + usize::from(cb[x])) & kb];
        // (One test for the two: most bytes end in no match of either.)
        ((sa >= ma) | (sb >= mb)).then_some((sa, sb))
    };
    let mut rounds = hay.as_bytes().chunks_exact(ROUND);
    let mut at = 0;
    for round in &mut rounds {
        for (k, &b8) in round.iter().enumerate() {
            if let Some((sa, sb)) = step(b8) {
                report_pair(a, b, sa, sb, at + k + 1, &mut fa, &mut fb);
            }
        }
        at += ROUND;
    }
    for (k, &b8) in rounds.remainder().iter().enumerate() {
        if let Some((sa, sb)) = step(b8) {
            report_pair(a, b, sa, sb, at + k + 1, &mut fa, &mut fb);
        }
    }
}

/// The reports of [`each_match_pair`] at `end`, for whichever of the two is in a match state.
#[cold]
#[inline(never)]
fn report_pair(
    a: &WordDfa,
    b: &WordDfa,
    sa: u32,
    sb: u32,
    end: usize,
    fa: &mut dyn FnMut(usize, usize, usize),
    fb: &mut dyn FnMut(usize, usize, usize),
) {
    if sa >= a.first_match {
        a.report(sa, end, fa);
    }
    if sb >= b.first_match {
        b.report(sb, end, fb);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::automaton::Automaton;
    use aho_corasick::dfa::{Builder, DFA};
    use aho_corasick::{Anchored, MatchKind};
    use proptest::prelude::*;

    /// The former construction: the crate's full DFA, its reachable states copied in the same order
    /// (breadth first over the classes, match states last).
    fn crate_table(patterns: &[String]) -> WordDfa {
        let pats: Vec<&String> = patterns.iter().filter(|p| !p.is_empty()).collect();
        let classes = ByteClasses::of(&pats);
        let mut builder = Builder::new();
        builder.match_kind(MatchKind::Standard).prefilter(false);
        let dfa = builder.build(&pats).unwrap();
        let start = dfa.start_state(Anchored::No).unwrap();
        let stride = classes.reps.len();
        let mut order = vec![start];
        let mut index: Vec<u32> = vec![u32::MAX; start.as_usize() + 1];
        index[start.as_usize()] = 0;
        let mut rows: Vec<u32> = Vec::new();
        let mut k = 0;
        while k < order.len() {
            let sid = order[k];
            for &b in &classes.reps {
                let next = dfa.next_state(Anchored::No, sid, b);
                let x = next.as_usize();
                if x >= index.len() {
                    index.resize(x + 1, u32::MAX);
                }
                if index[x] == u32::MAX {
                    index[x] = order.len() as u32;
                    order.push(next);
                }
                rows.push(index[x]);
            }
            k += 1;
        }
        let is_match = |i: usize| dfa.is_match(order[i]);
        let mut new_of = vec![0usize; order.len()];
        let mut next = 0;
        for pass_match in [false, true] {
            for (i, slot) in new_of.iter_mut().enumerate() {
                if is_match(i) == pass_match {
                    *slot = next;
                    next += 1;
                }
            }
        }
        let first_match_index = (0..order.len()).filter(|&i| !is_match(i)).count();
        let mut trans = vec![0u32; (order.len() * stride).next_power_of_two()];
        let mut match_ranges = vec![(0u32, 0u32); order.len() - first_match_index];
        let mut pats: Vec<(u32, u32)> = Vec::new();
        for (i, row) in rows.chunks(stride.max(1)).enumerate() {
            let at = new_of[i] * stride;
            for (c, &next) in row.iter().enumerate() {
                trans[at + c] = (new_of[next as usize] * stride) as u32;
            }
            if is_match(i) {
                let from = pats.len() as u32;
                for m in 0..dfa.match_len(order[i]) {
                    let pid = dfa.match_pattern(order[i], m);
                    pats.push((pid.as_u32(), dfa.pattern_len(pid) as u32));
                }
                match_ranges[new_of[i] - first_match_index] = (from, pats.len() as u32);
            }
        }
        WordDfa {
            classes: classes.classes,
            trans,
            start: (new_of[0] * stride) as u32,
            first_match: (first_match_index * stride) as u32,
            stride: stride as u32,
            match_ranges,
            pats,
        }
    }

    /// The former walk: the crate's DFA through its `Automaton` methods.
    fn reference(dfa: &DFA, hay: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let Ok(mut sid) = dfa.start_state(Anchored::No) else {
            return out;
        };
        for (i, &b) in hay.as_bytes().iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if dfa.is_special(sid) && dfa.is_match(sid) {
                for k in 0..dfa.match_len(sid) {
                    let pid = dfa.match_pattern(sid, k);
                    out.push((pid.as_usize(), i + 1 - dfa.pattern_len(pid), i + 1));
                }
            }
        }
        out
    }

    fn check(patterns: &[String], hay: &str) {
        let pats: Vec<&String> = patterns.iter().filter(|p| !p.is_empty()).collect();
        let dfa = Builder::new()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(&pats)
            .unwrap();
        let ours = standard_dfa(patterns);
        assert_eq!(ours, crate_table(patterns), "{patterns:?}: the table");
        let mut got = Vec::new();
        each_match(&ours, hay, |p, s, e| got.push((p, s, e)));
        let want = reference(&dfa, hay);
        assert_eq!(got, want, "{patterns:?} in {hay:?}");
        // Walked beside another automaton (here the same patterns reversed), each gets what it gets alone.
        let other: Vec<String> = patterns.iter().map(|p| p.chars().rev().collect()).collect();
        let theirs = standard_dfa(&other);
        let mut alone = Vec::new();
        each_match(&theirs, hay, |p, s, e| alone.push((p, s, e)));
        let (mut got_a, mut got_b) = (Vec::new(), Vec::new());
        each_match_pair(
            &ours,
            &theirs,
            hay,
            |p, s, e| got_a.push((p, s, e)),
            |p, s, e| got_b.push((p, s, e)),
        );
        assert_eq!(got_a, want, "{patterns:?} in {hay:?}, walked in a pair");
        // The crate's leftmost-longest search over the same (non-empty) patterns.
        let mut all: Vec<crate::dates::Hit> = Vec::new();
        each_match(&ours, hay, |pat, s, e| {
            all.push(crate::dates::Hit { s, e, pat })
        });
        crate::dates::leftmost_longest(&mut all);
        let longest: Vec<(usize, usize, usize)> = aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&pats)
            .unwrap()
            .find_iter(hay)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect();
        let ours_longest: Vec<(usize, usize, usize)> =
            all.iter().map(|h| (h.pat, h.s, h.e)).collect();
        assert_eq!(
            ours_longest, longest,
            "{patterns:?} in {hay:?}, leftmost-longest"
        );
        assert_eq!(got_b, alone, "{other:?} in {hay:?}, walked in a pair");
        // `any_match` asks each match in `each_match`'s order and stops at the first it is told of.
        for k in 0..=want.len() {
            let mut asked = Vec::new();
            let found = any_match(&ours, hay, |p, s, e| {
                asked.push((p, s, e));
                asked.len() == k
            });
            let upto = if k == 0 { want.len() } else { k };
            assert_eq!(found, k > 0, "{patterns:?} in {hay:?}, any_match, {k}");
            assert_eq!(
                asked,
                want[..upto],
                "{patterns:?} in {hay:?}, any_match, {k}"
            );
        }
        // Blind to ASCII case, as the crate's `ascii_case_insensitive` searcher.
        let small: Vec<String> = pats.iter().map(|p| p.to_ascii_lowercase()).collect();
        let blind = standard_dfa(&small).ascii_case_blind();
        let crate_blind = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&pats)
            .unwrap();
        for h in [hay.to_string(), hay.to_ascii_uppercase()] {
            assert_eq!(
                any_match(&blind, &h, |_, _, _| true),
                crate_blind.is_match(h.as_str()),
                "{patterns:?} in {h:?}, blind to case"
            );
        }
    }

    #[test]
    fn walks_like_the_crates_dfa() {
        let words: Vec<String> =
            "may march m million mln млн млрд مليار مليون $ € dollar dollars يناير \
                                   января ян a aa aaa ab ba"
                .split_whitespace()
                .map(str::to_string)
                .collect();
        for hay in [
            "",
            "in may 2024 russia paid $5 million dollars, 5 mln",
            "в январе 2024 года 3 млрд и 2 млн рублей",
            "في يناير دفعت مليار دولار ومليون",
            "aaaa abab baaa",
        ] {
            check(&words, hay);
        }
        check(&[], "nothing to find");
        check(&[String::new()], "an empty pattern is dropped");
    }

    proptest! {
        #[test]
        fn random_words_walk_alike(
            pats in proptest::collection::vec("[abcBм$я ]{0,4}", 0..12),
            hay in "[abcdCм$яю .]{0,60}",
        ) {
            check(&pats, &hay);
        }
    }
}
