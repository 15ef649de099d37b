use crate::dates::facts_rows;
use crate::memberships::tables::{MODAL_CSV, NEGATION_CSV};
use crate::memberships::text::unglued;
use crate::memberships::wordset::{is_cyrillic, WordSet};
use blocwatch_text::normalize;

/// `WordSet::matches` as it was before the trie: a hash set of the words, then every stem compared, over the
/// forms of [`unglued`].
fn matches_by_scan(words: &[String], w: &str) -> bool {
    let forms = unglued(w);
    let bare_forms = if forms.len() > 1 {
        &forms[1..]
    } else {
        &forms[..]
    };
    let stem = |x: &String| {
        let n = x.chars().count();
        !x.is_ascii() && (n >= 4 || (n == 3 && !x.chars().any(is_cyrillic)))
    };
    words
        .iter()
        .any(|x| x == w || bare_forms.contains(&x.as_str()))
        || words
            .iter()
            .filter(|x| stem(x))
            .any(|x| bare_forms.iter().any(|b| b.starts_with(x.as_str())))
}

/// Every modal, negation and refusal list, with the words that test it: each word, its first and
/// last letters cut, glued to proclitics and endings, and every pair of words glued.
#[test]
fn word_sets_agree_with_a_scan_of_their_lists() {
    let modal = facts_rows(MODAL_CSV, &["word", "kind"]);
    let mut lists: Vec<Vec<String>> = modal
        .iter()
        .map(|r| r[1].clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|k| {
            modal
                .iter()
                .filter(|r| r[1] == k)
                .map(|r| normalize(&r[0]))
                .collect()
        })
        .collect();
    lists.push(
        facts_rows(NEGATION_CSV, &["word"])
            .into_iter()
            .map(|r| normalize(&r[0]))
            .collect(),
    );
    let (mut yes, mut no) = (0, 0);
    for words in lists {
        let set = WordSet::new(words.clone());
        let mut probes: Vec<String> = vec![String::new(), "x".into()];
        for w in &words {
            let mut cut = w.chars();
            cut.next_back();
            let mut head = w.chars();
            head.next();
            probes.extend([
                w.clone(),
                cut.as_str().to_string(),
                head.as_str().to_string(),
                format!("و{w}"),
                format!("وف{w}"),
                format!("{w}ها"),
                format!("{w}ась"),
                format!("{w}s"),
            ]);
        }
        for pair in words.windows(2) {
            probes.push(pair.concat());
        }
        for p in &probes {
            let want = matches_by_scan(&words, p);
            assert_eq!(set.matches(p), want, "{p:?}");
            if want {
                yes += 1;
            } else {
                no += 1;
            }
        }
    }
    assert!(yes > 500 && no > 500, "{yes} matched, {no} did not");
}

/// `WordSet::has` takes whole words only, with or without the conjunctions written on them: as the
/// list of future words was read before it became a set.
#[test]
fn word_set_has_whole_words_only() {
    let set = WordSet::new(vec!["вступит".into(), "ستنضم".into(), "set".into()]);
    for (w, expect) in [
        ("вступит", true),
        ("вступить", false),
        ("вступ", false),
        ("ستنضم", true),
        ("وستنضم", true),
        ("فوستنضم", true),
        ("ستنضمان", false),
        ("set", true),
        ("sets", false),
        ("و", false),
        ("", false),
    ] {
        assert_eq!(set.has(w), expect, "{w}");
    }
}
