//! Word automata walked in one tight loop: the dates, money, scale and kind-cue word lists.
//!
//! Each list is compiled by `aho_corasick` into a DFA with standard (overlapping) semantics, then copied
//! into a flat table of our own: the reachable states in a new numbering (match states last, so one
//! comparison tells a match), premultiplied state ids, and byte classes merged wherever every state
//! moves alike. The walk is one dependent load per byte; through the crate's `Automaton` methods the
//! compiler kept the state and the table's fields on the stack, so every byte also waited on a store and
//! a reload (a profile put about a tenth of the pipeline's time in these walks). The automaton is the
//! same, so are its matches, reported in the same order.

use std::collections::HashMap;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::{Builder, DFA};
use aho_corasick::{Anchored, MatchKind};

/// A standard-semantics Aho–Corasick DFA as a flat transition table (see the module doc).
#[derive(Debug, Clone)]
pub(crate) struct WordDfa {
    /// Byte → column.
    classes: [u8; 256],
    /// `trans[s + class]`: the next state of state `s` (a premultiplied id: index × stride).
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
/// empty list (or one that does not build) gives an automaton that never matches.
pub(crate) fn standard_dfa<I, P>(patterns: I) -> WordDfa
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    let build = |pats: Vec<P>| {
        Builder::new()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(pats.into_iter().filter(|p| !p.as_ref().is_empty()))
    };
    let dfa = build(patterns.into_iter().collect())
        .or_else(|_| build(Vec::new()))
        .expect("an empty automaton builds");
    WordDfa::from_dfa(&dfa)
}

impl WordDfa {
    /// The states reachable from `dfa`'s unanchored start, renumbered.
    fn from_dfa(dfa: &DFA) -> WordDfa {
        let start = dfa
            .start_state(Anchored::No)
            .expect("an unanchored start state");
        // Every reachable state, breadth first, with its row over all 256 bytes.
        let mut order = vec![start];
        let mut index: HashMap<aho_corasick::automaton::StateID, usize> = HashMap::new();
        index.insert(start, 0);
        let mut rows: Vec<[usize; 256]> = Vec::new();
        let mut k = 0;
        while k < order.len() {
            let sid = order[k];
            let mut row = [0usize; 256];
            for (b, slot) in row.iter_mut().enumerate() {
                let next = dfa.next_state(Anchored::No, sid, b as u8);
                *slot = *index.entry(next).or_insert_with(|| {
                    order.push(next);
                    order.len() - 1
                });
            }
            rows.push(row);
            k += 1;
        }
        // Bytes whose column is the same in every row share a class.
        let mut classes = [0u8; 256];
        let mut columns: HashMap<Vec<usize>, u8> = HashMap::new();
        for b in 0..256 {
            let col: Vec<usize> = rows.iter().map(|r| r[b]).collect();
            let n = columns.len();
            // At most 256 distinct columns, so a class always fits in a byte.
            classes[b] = *columns.entry(col).or_insert(n as u8);
        }
        let stride = columns.len();
        // Match states last: new position of each old index.
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
        let mut rep = vec![0u8; stride];
        for (b, &c) in classes.iter().enumerate() {
            rep[usize::from(c)] = b as u8;
        }
        let mut trans = vec![0u32; order.len() * stride];
        let mut match_ranges = vec![(0u32, 0u32); order.len() - first_match_index];
        let mut pats: Vec<(u32, u32)> = Vec::new();
        for (i, row) in rows.iter().enumerate() {
            let at = new_of[i] * stride;
            for (c, &b) in rep.iter().enumerate() {
                trans[at + c] = (new_of[row[usize::from(b)]] * stride) as u32;
            }
            if is_match(i) {
                let sid = order[i];
                let from = pats.len() as u32;
                for m in 0..dfa.match_len(sid) {
                    let pid = dfa.match_pattern(sid, m);
                    pats.push((pid.as_u32(), dfa.pattern_len(pid) as u32));
                }
                match_ranges[new_of[i] - first_match_index] = (from, pats.len() as u32);
            }
        }
        WordDfa {
            classes,
            trans,
            start: (new_of[0] * stride) as u32,
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
/// their ends: what `find_overlapping_iter` reports, from one plain loop over the bytes.
pub(crate) fn each_match(dfa: &WordDfa, hay: &str, mut f: impl FnMut(usize, usize, usize)) {
    let trans = &dfa.trans[..];
    let classes = &dfa.classes;
    let first_match = dfa.first_match;
    let mut s = dfa.start;
    for (i, &b) in hay.as_bytes().iter().enumerate() {
        s = trans[s as usize + usize::from(classes[usize::from(b)])];
        if s >= first_match {
            dfa.report(s, i + 1, &mut f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
        let mut got = Vec::new();
        each_match(&ours, hay, |p, s, e| got.push((p, s, e)));
        assert_eq!(got, reference(&dfa, hay), "{patterns:?} in {hay:?}");
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
            pats in proptest::collection::vec("[abcм$я ]{0,4}", 0..12),
            hay in "[abcdм$яю .]{0,60}",
        ) {
            check(&pats, &hay);
        }
    }
}
