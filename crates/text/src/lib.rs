//! Text handling for blocwatch: language identification, normalisation for matching
//! (with a byte-offset map back to the original), sentences and tokens, for Arabic,
//! English and Russian news.
//!
//! Everything here works on `&str` and never panics, whatever the input: messy news
//! text is normal, not an error.
//!
//! ```
//! use blocwatch_text::{detect_lang, sentences, Lang, NormText};
//!
//! let text = "وَبِروسيا البيضاء انعقدت القمة. ثم عاد الوفد.";
//! assert_eq!(detect_lang(text), Some(Lang::Ar));
//!
//! // Matching happens on the normalised form; offsets map back to the original.
//! let norm = NormText::new(text);
//! let n = norm.as_str();
//! // (Marks dropped, the bare hamza folded onto its seat ي as ئ is: البيضاء reads البيضاي.)
//! assert!(n.starts_with("وبروسيا البيضاي"));
//! let s = n.find("روسيا").unwrap();
//! let e = s + "روسيا البيضاي".len();
//! assert_eq!(&text[norm.orig_start(s)..norm.orig_end(e)], "روسيا البيضاء");
//!
//! let parts: Vec<&str> = sentences(text, Lang::Ar).into_iter().map(|r| &text[r]).collect();
//! assert_eq!(parts, ["وَبِروسيا البيضاء انعقدت القمة.", "ثم عاد الوفد."]);
//! ```

mod civil;
mod lang;
mod norm;
mod sentence;
mod token;

pub use civil::{civil_from_days, days_from_civil};
pub use lang::{detect_lang, Lang};
pub use norm::{normalize, NormText};
pub use sentence::sentences;
pub use token::{is_word_char, tokens, word_end, Token, TokenKind, Tokens};

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A language code that is not `ar`, `en` or `ru`.
    #[error("unknown language code {0:?} (expected ar, en or ru)")]
    UnknownLang(String),
}
