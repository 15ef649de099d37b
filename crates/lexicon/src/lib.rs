//! The entity lexicon of blocwatch: countries, collective actors, blocs, people,
//! companies and initiatives, loaded from the reviewable CSV files under
//! `data/lexicon/`, and the matcher that finds their mentions in Arabic, English and
//! Russian text.
//!
//! Every alias is compiled into normalised patterns (Russian case forms, Arabic
//! nisba forms and the لل form of names with the article, combining forms for
//! hyphenated compounds), found by their first word and a prefix trie. A search
//! walks them from each place a name can start in the normalised text; each hit is
//! then checked against its alias's rules (word boundaries, Arabic proclitics,
//! letter case), the leftmost-longest readings
//! are kept (روسيا البيضاء is Belarus, never Russia), and aliases flagged
//! `ambiguous` (Jordan, Turkey, عمان) are kept only when the context confirms them.
//!
//! A mention of a person or company names that person or company only; their
//! country is reachable through [`Entity::country`], never reported as a mention.
//!
//! ```
//! use blocwatch_lexicon::{Lexicon, Form};
//! use blocwatch_text::Lang;
//!
//! let lex = Lexicon::embedded();
//! let text = "Президент Путин прилетел в Минск, столицу Белоруссии.";
//! let found: Vec<(&str, &str)> = lex
//!     .find(text, Lang::Ru)
//!     .iter()
//!     .map(|m| (lex.entity(m.entity).id.as_str(), &text[m.start..m.end]))
//!     .collect();
//! assert!(found.contains(&("putin", "Путин")));
//! assert!(found.contains(&("BLR", "Белоруссии")));
//! ```

mod arabic;
mod compile;
mod cues;
mod error;
mod load;
mod matcher;
mod model;
mod russian;

use std::path::PathBuf;
use std::sync::OnceLock;

use blocwatch_text::{Lang, NormText};
use rustc_hash::FxHashMap as HashMap;

pub use error::{Error, Warning};
pub use model::{within, Entity, EntityIdx, Form, Kind, Mention, Role, Succession};

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The entity lexicon: immutable, cheap to share between threads.
#[derive(Debug)]
pub struct Lexicon {
    entities: Vec<Entity>,
    by_id: HashMap<String, EntityIdx>,
    /// Capitals that stood for a predecessor state, and short names that stood for a successor
    /// (`by_name`), from `successions.csv`, in file order.
    successions: Vec<Succession>,
    /// Every normalised pattern; searched from the places a name can start.
    trie: matcher::PrefixTrie,
    /// Bytes that begin a pattern starting with a non-word character (a quote, a bracket).
    punct_first: [bool; 256],
    first_words: matcher::FirstWords,
    metas: Vec<compile::PatMeta>,
    cands: Vec<compile::Cand>,
    warnings: Vec<Warning>,
    patterns: usize,
}

impl Lexicon {
    /// The lexicon compiled into the binary, built once on first use.
    ///
    /// Built leniently: rows that do not resolve are skipped and listed in
    /// [`Lexicon::warnings`] (a test keeps the shipped data free of them).
    pub fn embedded() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| {
            LexiconBuilder::new()
                .embedded()
                .strict(false)
                .build()
                .unwrap_or_else(|e| panic!("the embedded lexicon data is broken: {e}"))
        })
    }

    /// The entity at `idx`. Panics if `idx` does not come from this lexicon.
    pub fn entity(&self, idx: EntityIdx) -> &Entity {
        &self.entities[idx.0 as usize]
    }

    /// The entity with this id (`RUS`, `BRICS`, `putin`).
    pub fn lookup(&self, id: &str) -> Option<EntityIdx> {
        self.by_id.get(id).copied()
    }

    /// All entities, in index order.
    pub fn entities(&self) -> impl Iterator<Item = (EntityIdx, &Entity)> {
        self.entities
            .iter()
            .enumerate()
            .map(|(i, e)| (EntityIdx(i as u32), e))
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// Whether the lexicon has no entities.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// Number of distinct normalised patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.patterns
    }

    /// Problems in the data that a lenient build skipped (and missing files).
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// Reads `mentions` as of a document dated `date`: a capital (or seat of power) stands for the state
    /// whose capital it was then (`Moscow` in 1980 is the Soviet Union, `Prague` in 1970 Czechoslovakia).
    /// Names and adjectives keep their entity: a writer who says "Russia" in 1980 means Russia — but for
    /// the short name a successor state kept (`successions.csv` rows by `name`: "Yugoslavia" in 1999 is
    /// the Federal Republic, `SCG`, not the federation that ended in 1992).
    pub fn on_date(&self, mentions: &mut [Mention], date: Option<&str>) {
        let Some(date) = date else { return };
        for m in mentions.iter_mut() {
            if m.form == Form::Capital {
                if let Some(s) = self.successions.iter().find(|s| {
                    !s.by_name && s.state == m.entity && within(date, Some(&s.from), Some(&s.until))
                }) {
                    m.entity = s.predecessor;
                }
            } else if matches!(m.form, Form::Name | Form::Adjective) {
                m.entity = self.renamed_on(m.entity, date);
            }
        }
    }

    /// The state that entity `idx`'s name stood for on `date` (`successions.csv` rows by `name`), else
    /// `idx` itself.
    fn renamed_on(&self, idx: EntityIdx, date: &str) -> EntityIdx {
        self.successions
            .iter()
            .find(|s| {
                s.by_name && s.predecessor == idx && within(date, Some(&s.from), Some(&s.until))
            })
            .map_or(idx, |s| s.state)
    }

    /// Whether state `idx` had ceased to be by `date`: it is the predecessor of a succession
    /// (`successions.csv`) that ended before it (the Soviet Union in 2012, Czechoslovakia in 1995).
    pub fn ended_before(&self, idx: EntityIdx, date: &str) -> bool {
        self.successions
            .iter()
            .any(|s| !s.by_name && s.predecessor == idx && !within(date, None, Some(&s.until)))
    }

    /// The state `idx` stands for in a document dated `date`: for a person, the country of the office
    /// held on that date (the one taken up last, if several), else of the latest office; for a company
    /// or initiative its owner country.
    pub fn country_on(&self, idx: EntityIdx, date: Option<&str>) -> Option<EntityIdx> {
        let e = self.entity(idx);
        date.and_then(|d| {
            e.roles
                .iter()
                .filter(|r| r.from.is_some() && within(d, r.from.as_deref(), r.to.as_deref()))
                .max_by(|a, b| a.from.cmp(&b.from))
                // (The president of "Yugoslavia" in 1999 led the Federal Republic, as its name did.)
                .map(|r| self.renamed_on(r.country, d))
        })
        .or(e.country)
    }

    /// Finds the entity mentions in `text`, a whole document in `lang`. Offsets are
    /// byte offsets into `text`; mentions are sorted and do not overlap.
    pub fn find(&self, text: &str, lang: Lang) -> Vec<Mention> {
        let norm = NormText::new(text);
        self.find_norm(text, &norm, lang)
    }

    /// Like [`Lexicon::find`], for a caller that has normalised `original` already
    /// (`norm` must be `NormText::new(original)`).
    pub fn find_norm(&self, original: &str, norm: &NormText, lang: Lang) -> Vec<Mention> {
        self.find_impl(original, norm, lang)
    }
}

#[derive(Clone, Debug)]
enum Source {
    Embedded,
    Dir(PathBuf),
}

/// Builds a [`Lexicon`] from the embedded data and/or data directories.
///
/// Sources are read in the order added; an id defined again fills in or overrides
/// fields, and aliases accumulate.
#[derive(Clone, Debug)]
pub struct LexiconBuilder {
    sources: Vec<Source>,
    strict: bool,
}

impl Default for LexiconBuilder {
    fn default() -> Self {
        LexiconBuilder::new()
    }
}

impl LexiconBuilder {
    /// A builder with no sources, in strict mode.
    pub fn new() -> LexiconBuilder {
        LexiconBuilder {
            sources: Vec::new(),
            strict: true,
        }
    }

    /// Adds the data files compiled into the binary.
    pub fn embedded(mut self) -> LexiconBuilder {
        self.sources.push(Source::Embedded);
        self
    }

    /// Adds the data files of a directory laid out like `data/lexicon/`.
    pub fn data_dir(mut self, path: impl Into<PathBuf>) -> LexiconBuilder {
        self.sources.push(Source::Dir(path.into()));
        self
    }

    /// Strict (the default): a row that does not resolve (unknown entity, form,
    /// language, flag or role) is an [`Error::Invalid`]. Lenient: it is skipped and
    /// reported in [`Lexicon::warnings`]. Missing files are never an error.
    pub fn strict(mut self, strict: bool) -> LexiconBuilder {
        self.strict = strict;
        self
    }

    /// Loads and compiles.
    pub fn build(&self) -> Result<Lexicon, Error> {
        let mut raw = load::RawData::default();
        for s in &self.sources {
            match s {
                Source::Embedded => load::load(&load::Embedded, &mut raw)?,
                Source::Dir(p) => {
                    if !p.is_dir() {
                        return Err(Error::Io {
                            path: p.clone(),
                            source: std::io::Error::new(
                                std::io::ErrorKind::NotFound,
                                "not a directory",
                            ),
                        });
                    }
                    load::load(&load::Dir(p), &mut raw)?
                }
            }
        }
        compile::build(raw, self.strict)
    }
}
