//! [`WordSet`]: a byte trie of whole words and stems for the modal kinds.

use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::{dfa, packed, Input};

use super::text::unglued;
use crate::amounts::Children;

/// A word list looked up once per word: exact words in a hash set, plus the stems (non-Latin entries of
/// four letters or more, or three outside Cyrillic) that also match a word's start, because verbs and nouns of refusal take endings
/// ("رفضها", "отказалась"). Arabic proclitics glue onto particles ("ولم", "فلو") and are stripped first.
#[derive(Debug)]
pub(super) struct WordSet {
    /// The words and the stems in one byte trie: per node its children (byte, node) sorted by byte,
    /// whether a word ends there, and whether a stem does. Looked up by walking a word's bytes, with no
    /// hashing and no comparison per listed stem.
    pub(super) nodes: Vec<(Children, bool, bool)>,
    /// The root's children by byte (0 where none: the root is nobody's child), so that the first step of a
    /// walk is one load instead of a binary search among the first bytes of every word.
    root: Box<[u32; 256]>,
    /// The words and stems as written, for [`WordSet::occurs_in`].
    words: Vec<String>,
    /// Their automaton, built on the first [`WordSet::occurs_in`] (most sets are only looked up word by
    /// word).
    any: OnceLock<Finder>,
}

impl WordSet {
    pub(super) fn new(words: Vec<String>) -> WordSet {
        let stems = words.iter().map(|x| default_stem(x)).collect();
        WordSet::with_stems(words, stems)
    }

    /// The set of `words` where `stems[i]` says whether `words[i]` is also a stem: for a list whose rows
    /// say it themselves (`membership_negation.csv`'s `form`), since a short function word taken as a stem
    /// also starts names («سوى» "except" starts «سويسرا», «دون» "without" starts «دونالد»).
    pub(super) fn with_stems(words: Vec<String>, stems: Vec<bool>) -> WordSet {
        let mut set = WordSet {
            nodes: vec![(Vec::new(), false, false)],
            root: Box::new([0; 256]),
            words: Vec::new(),
            any: OnceLock::new(),
        };
        for (x, &stem) in words.iter().zip(&stems) {
            let at = set.insert(x.as_bytes());
            set.nodes[at].1 = true;
            set.nodes[at].2 |= stem;
        }
        set.words = words;
        set
    }

    /// Whether one of the words or stems occurs anywhere in `text`, inside a word or across words. A word
    /// of `text` that [`WordSet::has`], [`WordSet::contains`] or [`WordSet::matches`] holds one of them (the
    /// forms without glued conjunctions and the stems are parts of it): where none occurs, no word of
    /// `text` needs to be looked up. One pass of a searcher over a sentence costs less than tokenizing
    /// it and walking the trie per word.
    pub(super) fn occurs_in(&self, text: &str) -> bool {
        match self.any.get_or_init(|| Finder::new(&self.words)) {
            Finder::Packed(p) => p.find(text).is_some(),
            Finder::Dfa(d) => d
                .try_find(&Input::new(text))
                .expect("an unanchored search of a DFA built for one")
                .is_some(),
        }
    }

    pub(super) fn insert(&mut self, bytes: &[u8]) -> usize {
        let mut at = 0usize;
        for &b in bytes {
            at = match self.nodes[at].0.binary_search_by_key(&b, |c| c.0) {
                Ok(k) => self.nodes[at].0[k].1 as usize,
                Err(k) => {
                    let next = self.nodes.len();
                    self.nodes[at].0.insert(k, (b, next as u32));
                    if at == 0 {
                        self.root[usize::from(b)] = next as u32;
                    }
                    self.nodes.push((Vec::new(), false, false));
                    next
                }
            };
        }
        at
    }

    /// Walks `w` from the root: `Err(())` where it leaves the trie, else the node it ends at; `stem`
    /// tells whether a stem ended on the way (the empty word included).
    pub(super) fn walk(&self, w: &[u8], stem: &mut bool) -> Option<usize> {
        *stem |= self.nodes[0].2;
        let Some((&first, rest)) = w.split_first() else {
            return Some(0);
        };
        let mut at = self.root[usize::from(first)] as usize;
        if at == 0 {
            return None;
        }
        *stem |= self.nodes[at].2;
        for &b in rest {
            let node = &self.nodes[at].0;
            let k = node.binary_search_by_key(&b, |c| c.0).ok()?;
            at = node[k].1 as usize;
            *stem |= self.nodes[at].2;
        }
        Some(at)
    }

    /// Whether `w` itself is one of the words.
    pub(super) fn contains(&self, w: &str) -> bool {
        self.walk(w.as_bytes(), &mut false)
            .is_some_and(|at| self.nodes[at].1)
    }

    /// Whether `w`, or `w` without the conjunctions و ف written on it, is one of the words (whole: the
    /// stems match no longer word here).
    pub(super) fn has(&self, w: &str) -> bool {
        unglued(w).iter().any(|x| {
            self.walk(x.as_bytes(), &mut false)
                .is_some_and(|at| self.nodes[at].1)
        })
    }

    /// Whether `w` is one of the words, or `w` without one or two glued conjunctions ([`unglued`]) is one of
    /// them or starts with one of the stems.
    pub(super) fn matches(&self, w: &str) -> bool {
        let whole_or_stem = |x: &str| {
            let mut stem = false;
            self.walk(x.as_bytes(), &mut stem)
                .is_some_and(|at| self.nodes[at].1)
                || stem
        };
        let forms = unglued(w);
        // A word with nothing glued on it (every English and Russian one) is walked once: whole or by a
        // stem (its walk as a whole word is the same walk).
        if forms.len() == 1 {
            return whole_or_stem(w);
        }
        self.contains(w) || forms[1..].iter().any(|x| whole_or_stem(x))
    }
}

/// The searcher of [`WordSet::occurs_in`]: the SIMD one (Teddy) where the machine has it and the set is small
/// enough (a few bytes an instruction: the walk of a DFA takes about fifteen instructions a byte), else a
/// DFA. No prefilter for the DFA: the words begin with bytes that are everywhere in text ("a", the alif of
/// the Arabic article).
#[derive(Debug)]
enum Finder {
    Packed(packed::Searcher),
    Dfa(Box<dfa::DFA>),
}

impl Finder {
    fn new(words: &[String]) -> Finder {
        match packed::Searcher::new(words) {
            Some(p) => Finder::Packed(p),
            None => Finder::Dfa(Box::new(
                dfa::Builder::new()
                    .prefilter(false)
                    .build(words)
                    .expect("a word set's automaton"),
            )),
        }
    }
}

/// Whether a word of a list that does not say it is also a stem: non-Latin words of four letters or more,
/// or of three outside Cyrillic. A short Cyrillic word is no stem: "мол" (hearsay) must not match "Молдавия".
pub(super) fn default_stem(x: &str) -> bool {
    let n = x.chars().count();
    !x.is_ascii() && (n >= 4 || (n == 3 && !x.chars().any(is_cyrillic)))
}

pub(super) fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `matches` read from its definition: the word itself whole, or a form of it without glued
    /// conjunctions (the word itself when none is glued) whole or starting with a stem.
    fn reference(words: &[&str], w: &str) -> bool {
        let stems: Vec<&str> = words
            .iter()
            .copied()
            .filter(|x| {
                let n = x.chars().count();
                !x.is_ascii() && (n >= 4 || (n == 3 && !x.chars().any(is_cyrillic)))
            })
            .collect();
        let forms = unglued(w);
        let bare = if forms.len() > 1 {
            &forms[1..]
        } else {
            &forms[..]
        };
        words.contains(&w)
            || bare
                .iter()
                .any(|x| words.contains(x) || stems.iter().any(|s| x.starts_with(s)))
    }

    proptest::proptest! {
        /// The walk with the root's children in a table answers as the definition does, on words of the
        /// set's own first letters and others (glued conjunctions, stems, the empty word, a byte no word
        /// begins with).
        #[test]
        fn matches_by_the_root_table_as_defined(w in "(و|ف|رفض|لن|ها|отказ|вето|мол|да|refuse|d|x|z){0,4}") {
            let words = ["refuse", "отказ", "мол", "رفض", "لن", "вето", "ولن", "d"];
            let set = WordSet::new(words.iter().map(|w| w.to_string()).collect());
            proptest::prop_assert_eq!(set.matches(&w), reference(&words, &w), "{}", w);
            proptest::prop_assert_eq!(set.contains(&w), words.contains(&w.as_str()), "{}", w);
        }
    }

    proptest::proptest! {
        /// Where no word or stem of the set occurs in a text, none of its words is one the set holds,
        /// whole, unglued or by a stem; where one is held, `occurs_in` says so.
        #[test]
        fn occurs_in_is_true_wherever_a_word_of_the_text_is_held(
            t in "((و|ف|رفض|لن|ها|отказ|вето|мол|да|refuse|d|x|z){0,3}[ ,.]{1,2}){0,6}"
        ) {
            let words = ["refuse", "отказ", "мол", "رفض", "لن", "вето", "ولن", "d"];
            let set = WordSet::new(words.iter().map(|w| w.to_string()).collect());
            let held = blocwatch_text::tokens(&t)
                .map(|tk| &t[tk.start..tk.end])
                .any(|w| set.has(w) || set.contains(w) || set.matches(w));
            proptest::prop_assert!(!held || set.occurs_in(&t), "{}", t);
            let named = words.iter().any(|w| t.contains(w));
            proptest::prop_assert_eq!(set.occurs_in(&t), named, "{}", t);
            // (The DFA a machine without the SIMD searcher gets answers the same.)
            let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            let dfa = dfa::Builder::new().prefilter(false).build(&words).unwrap();
            let by_dfa = dfa.try_find(&Input::new(&t)).unwrap().is_some();
            proptest::prop_assert_eq!(by_dfa, named, "{}", t);
        }
    }

    #[test]
    fn occurs_in_reads_the_three_scripts() {
        let words = ["applied", "заявку", "بطلب"];
        let set = WordSet::new(words.iter().map(|w| w.to_string()).collect());
        for (t, want) in [
            ("sweden had applied in 2022", true),
            ("sweden reapplied in 2022", true),
            ("sweden applies again", false),
            ("заявку княжество подало в 1998 году", true),
            ("заявка подана", false),
            ("بعد ان تقدمت بطلب الانضمام", true),
            ("وبطلب من الحكومه", true),
            ("طلب الانضمام", false),
            ("", false),
        ] {
            assert_eq!(set.occurs_in(t), want, "{t}");
        }
    }

    #[test]
    fn matches_reads_whole_words_glued_forms_and_stems() {
        let words = ["refuse", "отказ", "мол", "رفض", "لن", "вето"];
        let set = WordSet::new(words.iter().map(|w| w.to_string()).collect());
        for (w, want) in [
            ("refuse", true),
            ("refused", false),
            ("отказалась", true),
            ("отказ", true),
            ("мол", true),
            ("молдавия", false),
            ("ветом", true),
            ("رفضها", true),
            ("ورفضت", true),
            ("فلن", true),
            ("ولنا", false),
            ("و", false),
            ("وو", false),
            ("", false),
            ("رف", false),
        ] {
            assert_eq!(set.matches(w), want, "{w}");
            assert_eq!(set.matches(w), reference(&words, w), "{w}");
        }
    }
}
