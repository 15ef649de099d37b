//! The one error type of the questions.

use blocwatch_store::StoreError;

/// Why a question could not be answered. Every variant says what to fix; none loses stored data (the
/// questions only read).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AnalysisError {
    /// An id or name that names no country or bloc blocwatch knows.
    #[error("unknown {kind} {input:?}{hint}")]
    UnknownEntity {
        /// `country` or `bloc`.
        kind: &'static str,
        input: String,
        /// `; did you mean …?` or empty.
        hint: String,
    },
    /// A date that is not ISO 8601 (`2024`, `2024-10`, `2024-10-22`) or does not exist.
    #[error("invalid date {0:?} (expected YYYY, YYYY-MM or YYYY-MM-DD)")]
    InvalidDate(String),
    /// Arguments that cannot make a question (fewer than two members, an empty search…).
    #[error("{0}")]
    InvalidArgument(String),
    /// The weights configuration is malformed.
    #[error("weights configuration: {0}")]
    Config(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl AnalysisError {
    pub(crate) fn unknown(
        kind: &'static str,
        input: &str,
        suggestions: &[String],
    ) -> AnalysisError {
        let hint = if suggestions.is_empty() {
            String::new()
        } else {
            format!("; did you mean {}?", suggestions.join(", "))
        };
        AnalysisError::UnknownEntity {
            kind,
            input: input.to_string(),
            hint,
        }
    }
}
