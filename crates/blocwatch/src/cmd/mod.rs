pub mod ask;
pub mod assess;
pub mod bloc;
pub mod country;
pub mod demo;
pub mod dyad;
pub mod eval;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod prospects;
pub mod search;
pub mod serve;

use std::path::Path;

use anyhow::Context;
use blocwatch_extract::{Extractor, Input};
use blocwatch_lexicon::LexiconBuilder;

/// Extracts one document read from the inputs: `lang` (`--lang`) overrides the document's own language,
/// `date` (`--date`) stands in for a document that carries none.
pub fn extract_doc(
    extractor: &Extractor,
    doc: &blocwatch_input::Document,
    lang: Option<&str>,
    date: Option<&str>,
) -> blocwatch_extract::Record {
    let input = Input::from(doc);
    extractor.extract(&Input {
        lang: lang.or(input.lang),
        date: input.date.or(date),
        ..input
    })
}

/// The pipeline over the compiled-in lexicon, or over one loaded from `data_dir`.
pub fn extractor(data_dir: Option<&Path>) -> anyhow::Result<Extractor> {
    Ok(match data_dir {
        None => Extractor::embedded(),
        Some(dir) => {
            let lexicon = LexiconBuilder::new()
                .data_dir(dir)
                .build()
                .with_context(|| format!("loading the lexicon from {}", dir.display()))?;
            Extractor::with_lexicon(lexicon)
        }
    })
}
