//! Errors and load diagnostics.

use std::fmt;
use std::path::PathBuf;

/// Errors building a lexicon.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A data directory or file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A CSV syntax error.
    #[error("{file}:{line}: {source}")]
    Csv {
        /// Data file, relative to the lexicon directory.
        file: String,
        /// 1-based line.
        line: u64,
        /// The parser's error.
        source: csv::Error,
    },
    /// A required column is missing from a file's header.
    #[error("{file}: missing column {column:?}")]
    MissingColumn {
        /// Data file.
        file: String,
        /// Column name.
        column: &'static str,
    },
    /// A row that is well-formed CSV but wrong (unknown entity, bad form, bad
    /// language…); only an error in strict mode, a [`Warning`] otherwise.
    #[error("{0}")]
    Invalid(Warning),
    /// The pattern automaton could not be built.
    #[error("building the alias automaton: {0}")]
    Automaton(#[from] aho_corasick::BuildError),
}

/// A problem in the data that the lenient loader skipped over.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Warning {
    /// Data file, relative to the lexicon directory.
    pub file: String,
    /// 1-based line (0 when about the whole file).
    pub line: u64,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}
