use crate::dates::facts_rows;
use crate::memberships::tables::{MODAL_CSV, NEGATION_CSV, STEM_KINDS};
use crate::memberships::text::unglued;
use crate::memberships::wordset::{default_stem, WordSet};
use blocwatch_text::normalize;

/// `WordSet::matches` as it was before the trie: a hash set of the words, then every stem compared, over the
/// forms of [`unglued`].
fn matches_by_scan(words: &[String], stems: &[bool], w: &str) -> bool {
    let forms = unglued(w);
    let bare_forms = if forms.len() > 1 {
        &forms[1..]
    } else {
        &forms[..]
    };
    words
        .iter()
        .any(|x| x == w || bare_forms.contains(&x.as_str()))
        || words
            .iter()
            .zip(stems)
            .filter(|(_, &stem)| stem)
            .any(|(x, _)| bare_forms.iter().any(|b| b.starts_with(x.as_str())))
}

/// Every modal, negation and refusal list (the stems those rows name that have a `form`, else by
/// [`default_stem`]), with the words that test it: each word, its first and
/// last letters cut, glued to proclitics and endings, and every pair of words glued.
#[test]
fn word_sets_agree_with_a_scan_of_their_lists() {
    let modal = facts_rows(MODAL_CSV, &["word", "kind"]);
    let formed = facts_rows(MODAL_CSV, &["word", "kind", "form"]);
    let mut lists: Vec<(Vec<String>, Vec<bool>)> = modal
        .iter()
        .map(|r| r[1].clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|k| {
            let words: Vec<String> = modal
                .iter()
                .filter(|r| r[1] == k)
                .map(|r| normalize(&r[0]))
                .collect();
            let stems = if STEM_KINDS.contains(&k.as_str()) {
                formed
                    .iter()
                    .filter(|r| r[1] == k)
                    .map(|r| r[2] == "stem")
                    .collect()
            } else {
                words.iter().map(|w| default_stem(w)).collect()
            };
            (words, stems)
        })
        .collect();
    lists.push(
        facts_rows(NEGATION_CSV, &["word", "form"])
            .into_iter()
            .map(|r| (normalize(&r[0]), r[1] == "stem"))
            .unzip(),
    );
    let (mut yes, mut no) = (0, 0);
    for (words, stems) in lists {
        let set = WordSet::with_stems(words.clone(), stems.clone());
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
            let want = matches_by_scan(&words, &stems, p);
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

/// Every word of a name the lexicon knows, in each of its forms without glued conjunctions ([`unglued`]),
/// with the name it is taken from.
fn name_words() -> Vec<(String, String)> {
    let name_files = [
        include_str!("../../../../../data/lexicon/blocs.csv"),
        include_str!("../../../../../data/lexicon/collectives.csv"),
        include_str!("../../../../../data/lexicon/companies.csv"),
        include_str!("../../../../../data/lexicon/countries.csv"),
        include_str!("../../../../../data/lexicon/countries.generated.csv"),
        include_str!("../../../../../data/lexicon/initiatives.csv"),
        include_str!("../../../../../data/lexicon/people.csv"),
        include_str!("../../../../../data/lexicon/aliases/blocs.csv"),
        include_str!("../../../../../data/lexicon/aliases/collectives.csv"),
        include_str!("../../../../../data/lexicon/aliases/companies.csv"),
        include_str!("../../../../../data/lexicon/aliases/countries.csv"),
        include_str!("../../../../../data/lexicon/aliases/countries.generated.csv"),
        include_str!("../../../../../data/lexicon/aliases/initiatives.csv"),
        include_str!("../../../../../data/lexicon/aliases/people.csv"),
    ];
    let mut words = Vec::new();
    for text in name_files {
        for col in ["name_en", "name_ar", "name_ru", "alias"] {
            for r in facts_rows(text, &[col]) {
                let name = normalize(&r[0]);
                for w in name.split(|c: char| !blocwatch_text::is_word_char(c)) {
                    for form in unglued(w) {
                        words.push((form.to_string(), name.clone()));
                    }
                }
            }
        }
    }
    assert!(words.len() > 5000, "{} name words", words.len());
    words
}

/// No negation stem starts a word of a name the lexicon knows: a stem that did («سوى» taken as the stem
/// "سوي" of «سويسرا», «دون» of «دونالد», «نفت» of «نفتالي») negated every claim of a sentence naming it.
/// A negation row whose word would do so is a whole word (`form` `word`).
#[test]
fn no_negation_stem_starts_a_name() {
    let stems: Vec<String> = facts_rows(NEGATION_CSV, &["word", "form"])
        .into_iter()
        .filter(|r| r[1] == "stem")
        .map(|r| normalize(&r[0]))
        .collect();
    assert!(stems.len() > 10, "{stems:?}");
    for (form, name) in name_words() {
        let stem = stems.iter().find(|s| form.starts_with(s.as_str()));
        assert!(stem.is_none(), "{stem:?} starts {form:?} of {name:?}");
    }
}

/// The same for the modal kinds looked up with stems: «بات» "became" as a stem started «باتروشيف», «قال»
/// "said" «قاليباف», «أرسل» "sent" «أرسلان», «стал» «Сталин», and the sentence naming them read a change of
/// status, a report or a sending there. Those rows are whole words (`form` `word`), their inflections rows
/// of their own. A meeting noun may start a name: the name of a conference is a meeting too («Совещание по
/// взаимодействию и мерам доверия в Азии»).
#[test]
fn no_modal_stem_starts_a_name() {
    let stems: Vec<(String, String)> = facts_rows(MODAL_CSV, &["word", "kind", "form"])
        .into_iter()
        .filter(|r| r[2] == "stem" && r[1] != "meeting")
        .map(|r| (normalize(&r[0]), r[1].clone()))
        .collect();
    assert!(stems.len() > 100, "{stems:?}");
    for (form, name) in name_words() {
        // A name word that is the verb itself («صادق» "ratified", a first name too) is a whole-word match that
        // no `form` can tell apart: only a longer word is asked about.
        let stem = stems
            .iter()
            .find(|(s, _)| form.len() > s.len() && form.starts_with(s.as_str()));
        assert!(stem.is_none(), "{stem:?} starts {form:?} of {name:?}");
    }
}

/// Every row of a kind looked up with stems ([`STEM_KINDS`]) says its `form` (`stem` or `word`), and no row of
/// another kind does: there it would mean nothing.
#[test]
fn modal_rows_say_their_form_where_it_is_read() {
    let rows = facts_rows(MODAL_CSV, &["word", "kind"]);
    let formed = facts_rows(MODAL_CSV, &["word", "kind", "form"]);
    for r in &formed {
        assert!(
            STEM_KINDS.contains(&r[1].as_str()) && (r[2] == "stem" || r[2] == "word"),
            "{r:?}"
        );
    }
    let of_stem_kinds = rows
        .iter()
        .filter(|r| STEM_KINDS.contains(&r[1].as_str()))
        .count();
    assert_eq!(formed.len(), of_stem_kinds);
    for k in STEM_KINDS {
        assert!(rows.iter().any(|r| r[1] == *k), "no row of kind {k}");
    }
}
