//! `search`: evidence sentences across languages.

use blocwatch_store::{KnowledgeBase, SentenceHit};

use crate::error::AnalysisError;

/// The most a single page of results may hold.
pub const MAX_LIMIT: usize = 1000;

/// Sentences matching `query` (full-text, over the normalised text), best first, optionally in one
/// language (`ar`, `en`, `ru`).
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
    Ok(kb.search(query, lang.as_deref(), limit, offset)?)
}
