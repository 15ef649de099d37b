//! What the full-text index sees, and how a user's query is turned into an FTS5 query.
//!
//! FTS5's `unicode61` tokenizer would split Arabic words at diacritics and knows nothing of proclitics, so the
//! index holds blocwatch's normalised text (`blocwatch_text::normalize`: diacritics stripped, letters folded,
//! lower case) in one column, and in a second column the Arabic words again without their proclitics
//! (`وبالصين` → `بالصين الصين`), so that a query for `الصين` finds `وبالصين`, `للصين` and `فالصين`. Queries are
//! normalised the same way and every word is quoted, so no user input can be FTS5 syntax.

use blocwatch_text::{normalize, tokens, TokenKind};

/// Letters that attach to the front of an Arabic word: conjunctions first, then prepositions.
const CONJUNCTIONS: [char; 2] = ['و', 'ف'];
const PREPOSITIONS: [char; 3] = ['ب', 'ك', 'ل'];

/// The two indexed columns of one sentence: its normalised text, and the clitic-free Arabic forms.
pub(crate) fn index_columns(sentence: &str) -> (String, String) {
    let norm = normalize(sentence);
    let mut stems = String::new();
    for t in tokens(&norm) {
        if t.kind != TokenKind::Word {
            continue;
        }
        for v in clitic_variants(&norm[t.start..t.end]) {
            if !stems.is_empty() {
                stems.push(' ');
            }
            stems.push_str(&v);
        }
    }
    (norm, stems)
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

/// The forms of a normalised Arabic word with its proclitics removed (not including the word itself).
/// A stem keeps at least three letters, so short words are not reduced to noise.
fn clitic_variants(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !word.chars().next().is_some_and(is_arabic) {
        return out;
    }
    let mut rest = word;
    let long_enough = |s: &str| s.chars().count() >= 3;
    if let Some(c) = rest.chars().next().filter(|c| CONJUNCTIONS.contains(c)) {
        let r = &rest[c.len_utf8()..];
        if long_enough(r) {
            out.push(r.to_string());
            rest = r;
        }
    }
    // `لل` + noun is `ل` + `ال` + noun with the alef dropped: give back the definite form.
    if let Some(r) = rest.strip_prefix("لل") {
        if long_enough(r) {
            out.push(format!("ال{r}"));
            return out;
        }
    }
    if let Some(c) = rest.chars().next().filter(|c| PREPOSITIONS.contains(c)) {
        let r = &rest[c.len_utf8()..];
        if long_enough(r) && (r.starts_with("ال") || word_like(r)) {
            out.push(r.to_string());
        }
    }
    out
}

/// A preposition is stripped from a bare noun only when what is left is long enough to be a name
/// (`بروسيا` → `روسيا`), which keeps short words that merely begin with ب/ك/ل intact in practice.
fn word_like(s: &str) -> bool {
    s.chars().count() >= 4
}

/// How the words of a query are combined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Combine {
    All,
    Any,
}

/// The FTS5 query for a user's search string, or `None` when it has no word to look for.
///
/// Every word becomes a quoted FTS5 string (a trailing `*` in the user's word makes it a prefix query); an
/// upper-case `OR` between words is kept as the operator. Words are looked up in the two text columns.
pub(crate) fn fts_query(query: &str, combine: Combine) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut pending_or = false;
    for raw in query.split_whitespace() {
        if raw == "OR" {
            pending_or = !parts.is_empty();
            continue;
        }
        let prefix = raw.ends_with('*');
        let norm = normalize(raw);
        for t in tokens(&norm) {
            if t.kind == TokenKind::Punct {
                continue;
            }
            let word = &norm[t.start..t.end];
            let mut term = format!("\"{}\"", word.replace('"', "\"\""));
            if prefix && t.end == norm.trim_end_matches('*').len() {
                term.push('*');
            }
            if pending_or {
                if let Some(last) = parts.last_mut() {
                    *last = format!("{last} OR {term}");
                    pending_or = false;
                    continue;
                }
            }
            parts.push(term);
        }
    }
    if parts.is_empty() {
        return None;
    }
    let joiner = match combine {
        Combine::All => " AND ",
        Combine::Any => " OR ",
    };
    // The words are looked for in the text columns only, never in `lang`.
    Some(format!(
        "{{norm stems}} : ({})",
        parts
            .iter()
            .map(|p| format!("({p})"))
            .collect::<Vec<_>>()
            .join(joiner)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_proclitics_are_indexed_without_them() {
        let (norm, stems) = index_columns("وَبِالصّين وللهند وبروسيا");
        assert_eq!(norm, "وبالصين وللهند وبروسيا");
        let stems: Vec<&str> = stems.split(' ').collect();
        for want in ["الصين", "الهند", "روسيا"] {
            assert!(stems.contains(&want), "{want} not in {stems:?}");
        }
    }

    #[test]
    fn short_words_keep_their_letters() {
        assert!(clitic_variants("ولد").is_empty());
        assert!(clitic_variants("Russia").is_empty());
    }

    #[test]
    fn queries_are_quoted_and_normalised() {
        assert_eq!(
            fts_query("Payment SYSTEM", Combine::All).unwrap(),
            "{norm stems} : ((\"payment\") AND (\"system\"))"
        );
        assert_eq!(
            fts_query("SWIFT OR سويفت", Combine::All).unwrap(),
            "{norm stems} : ((\"swift\" OR \"سويفت\"))"
        );
        assert_eq!(
            fts_query("sanction*", Combine::Any).unwrap(),
            "{norm stems} : ((\"sanction\"*))"
        );
        assert_eq!(
            fts_query("\" NEAR( ) *", Combine::All).unwrap(),
            "{norm stems} : ((\"near\"))"
        );
        assert_eq!(fts_query("  ... ", Combine::All), None);
    }
}
