//! `search`: evidence sentences across languages.

use std::collections::HashMap;
use std::sync::OnceLock;

use blocwatch_lexicon::Lexicon;
use blocwatch_store::{KnowledgeBase, SentenceHit};
use blocwatch_text::Lang;

use crate::error::AnalysisError;

/// The most a single page of results may hold.
pub const MAX_LIMIT: usize = 1000;

/// Sentences matching `query` (full-text, over the normalised text), best first, optionally in one
/// language (`ar`, `en`, `ru`).
///
/// A word of the query that names an entity of the lexicon (`SWIFT`, `БРИКС`, `روسيا`) also finds that
/// entity's one-word names in the other two languages (`SWIFT OR СВИФТ OR سويفت`), so that one query finds
/// the evidence in every language. A query that already uses `OR` is passed on as written.
pub fn search(
    kb: &dyn KnowledgeBase,
    query: &str,
    lang: Option<&str>,
    limit: usize,
    offset: usize,
) -> Result<Vec<SentenceHit>, AnalysisError> {
    if !query.chars().any(char::is_alphanumeric) {
        return Err(AnalysisError::InvalidArgument(
            "the search needs at least one word".to_string(),
        ));
    }
    let lang = match lang.map(str::trim).filter(|l| !l.is_empty()) {
        None => None,
        Some(l) => {
            let l = l.to_ascii_lowercase();
            if !matches!(l.as_str(), "ar" | "en" | "ru") {
                return Err(AnalysisError::InvalidArgument(format!(
                    "unknown language {l:?} (expected ar, en or ru)"
                )));
            }
            Some(l)
        }
    };
    let limit = limit.clamp(1, MAX_LIMIT);
    Ok(kb.search(&expand(query), lang.as_deref(), limit, offset)?)
}

/// The query with every one-word entity name followed by its one-word names in the other languages.
pub(crate) fn expand(query: &str) -> String {
    if query.split_whitespace().any(|w| w == "OR") {
        return query.to_string();
    }
    let lex = Lexicon::embedded();
    let lang = script_lang(query);
    let mut out = String::new();
    let mut last = 0;
    for m in lex.find(query, lang) {
        let word = &query[m.start..m.end];
        if word.split_whitespace().count() != 1 || m.start < last {
            continue;
        }
        let id = &lex.entity(m.entity).id;
        let mut alts: Vec<&str> = vec![word];
        for a in aliases().get(id.as_str()).into_iter().flatten() {
            if alts.len() >= 6 {
                break;
            }
            if !alts.iter().any(|x| x.to_lowercase() == a.to_lowercase()) {
                alts.push(a);
            }
        }
        out.push_str(&query[last..m.start]);
        out.push_str(&alts.join(" OR "));
        last = m.end;
    }
    out.push_str(&query[last..]);
    out
}

fn script_lang(s: &str) -> Lang {
    if s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        Lang::Ar
    } else if s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
        Lang::Ru
    } else {
        Lang::En
    }
}

/// One-word names and acronyms of the entities, per id, from the lexicon's alias files (the lexicon keeps
/// only compiled patterns, not the aliases as written).
fn aliases() -> &'static HashMap<String, Vec<String>> {
    static MAP: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        let files = [
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../data/lexicon/aliases/countries.csv"
            )),
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../data/lexicon/aliases/blocs.csv"
            )),
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../data/lexicon/aliases/initiatives.csv"
            )),
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../data/lexicon/aliases/companies.csv"
            )),
        ];
        for text in files {
            let mut rdr = csv::Reader::from_reader(text.as_bytes());
            for rec in rdr.records().flatten() {
                let (Some(id), Some(alias), Some(form), Some(flags)) =
                    (rec.get(0), rec.get(2), rec.get(3), rec.get(4))
                else {
                    continue;
                };
                // Ambiguous words (Turkey, Jordan) would find the wrong sentences.
                if flags.contains("ambiguous")
                    || !matches!(form, "name" | "acronym")
                    || alias.split_whitespace().count() != 1
                {
                    continue;
                }
                map.entry(id.to_string())
                    .or_default()
                    .push(alias.to_string());
            }
        }
        let lex = Lexicon::embedded();
        for (_, e) in lex.entities() {
            for n in [&e.name_en, &e.name_ar, &e.name_ru] {
                if !n.is_empty() && n.split_whitespace().count() == 1 {
                    map.entry(e.id.clone()).or_default().push(n.clone());
                }
            }
        }
        map
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_words_find_their_names_in_other_languages() {
        let q = expand("payment SWIFT");
        assert!(q.starts_with("payment SWIFT OR "), "{q}");
        assert!(q.contains("سويفت"), "{q}");
        let q = expand("БРИКС");
        assert!(q.contains("BRICS") && q.contains("بريكس"), "{q}");
        // Explicit OR and plain words are left alone.
        assert_eq!(expand("gas OR oil"), "gas OR oil");
        assert_eq!(expand("pipeline"), "pipeline");
    }
}
