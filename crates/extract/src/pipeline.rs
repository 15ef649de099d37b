use std::ops::Range;
use std::sync::LazyLock;

pub use blocwatch_input::content_id;
use blocwatch_input::Document;
use blocwatch_lexicon::{EntityIdx, Lexicon, Mention};
use blocwatch_text::{detect_lang, sentences, Lang, NormText};

use crate::context::{SentMention, SentenceCtx};
use crate::record::{DocInfo, EntityRec, MentionRec, Record};

/// Documents longer than this are processed in chunks cut at paragraph (else line, else sentence) breaks, so
/// that memory stays proportional to the chunk, not to the document.
pub const MAX_CHUNK: usize = 1 << 20;

/// One document to extract from. Borrowed, so that callers holding a `blocwatch_input::Document` or a
/// request body do not copy the text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Input<'a> {
    /// The source's own id; `None` gives `sha256:<hex of the text>`.
    pub id: Option<&'a str>,
    pub source: &'a str,
    pub text: &'a str,
    /// A declared language (`ar`, `en`, `ru`, or a longer tag such as `ar-EG`); detection decides otherwise.
    pub lang: Option<&'a str>,
    pub date: Option<&'a str>,
    pub title: Option<&'a str>,
    pub url: Option<&'a str>,
}

impl<'a> Input<'a> {
    /// A bare text with no metadata (source `-`).
    pub fn text(text: &'a str) -> Input<'a> {
        Input {
            source: "-",
            text,
            ..Input::default()
        }
    }
}

/// A document as `blocwatch-input` read it, with its own metadata. Callers that override the language or
/// the date (`--lang`, `--date`) change those two fields of the result.
impl<'a> From<&'a Document> for Input<'a> {
    fn from(d: &'a Document) -> Input<'a> {
        Input {
            id: Some(&d.id),
            source: &d.source,
            text: &d.text,
            lang: d.lang.as_deref(),
            date: d.date.as_deref(),
            title: d.title.as_deref(),
            url: d.url.as_deref(),
        }
    }
}

/// Which stages a record is filled by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Stages {
    /// Mentions and entities, then events, dates, memberships and amounts per sentence.
    #[default]
    All,
    /// Mentions and entities only (issue 2's record): no sentence is cut and no per-sentence stage runs,
    /// so `events`, `memberships` and `quantities` stay empty. For callers that only index who is named.
    Entities,
}

/// The pipeline, cheap to share between threads (`&Extractor` is all a worker needs).
#[derive(Debug)]
pub struct Extractor {
    lexicon: &'static Lexicon,
    stages: Stages,
}

impl Extractor {
    /// The pipeline over the lexicon compiled into the binary.
    pub fn embedded() -> Extractor {
        Extractor {
            lexicon: Lexicon::embedded(),
            stages: Stages::All,
        }
    }

    /// The pipeline over another lexicon (e.g. one loaded from a data directory). The lexicon is leaked on
    /// purpose: a process builds one and keeps it to the end.
    pub fn with_lexicon(lexicon: Lexicon) -> Extractor {
        Extractor {
            lexicon: Box::leak(Box::new(lexicon)),
            stages: Stages::All,
        }
    }

    /// Builds the tables of the sentence stages (events, dates, memberships, amounts), each otherwise built
    /// when the first sentence needs it; a caller with a core to spare builds them beside the lexicon
    /// (`blocwatch extract` does, with `rayon::join`). The tables are the same either way. (The event
    /// tables of each language are not built here but at the first sentence of that language: a corpus in
    /// one language never pays for the other two.)
    pub fn build_stage_tables() {
        LazyLock::force(&crate::events::TABLES);
        LazyLock::force(&crate::dates::TABLES);
        LazyLock::force(&crate::memberships::TABLES);
        LazyLock::force(&crate::amounts::TABLES);
    }

    /// The same pipeline running only `stages`.
    pub fn with_stages(self, stages: Stages) -> Extractor {
        Extractor { stages, ..self }
    }

    pub fn stages(&self) -> Stages {
        self.stages
    }

    pub fn lexicon(&self) -> &Lexicon {
        self.lexicon
    }

    pub fn extract(&self, input: &Input<'_>) -> Record {
        let text = input.text;
        let id = match input.id {
            Some(id) => id.to_string(),
            None => content_id(text),
        };
        let lang = declared_lang(input.lang).or_else(|| detect_lang(text));
        let mut record = Record {
            doc: DocInfo {
                id,
                source: input.source.to_string(),
                lang: lang.map(|l| l.code().to_string()),
                chars: text.chars().count(),
                date: input.date.map(str::to_string),
                title: input.title.map(str::to_string),
                url: input.url.map(str::to_string),
            },
            ..Record::default()
        };
        let Some(lang) = lang else { return record };

        // Every mention's entity; counted once at the end.
        let mut seen: Vec<EntityIdx> = Vec::new();
        for chunk in chunks(text, MAX_CHUNK) {
            let part = &text[chunk.clone()];
            let norm = NormText::new(part);
            let mut mentions = self.lexicon.find_norm(part, &norm, lang);
            self.lexicon.on_date(&mut mentions, input.date);
            seen.extend(mentions.iter().map(|m| m.entity));
            record.mentions.extend(
                mentions
                    .iter()
                    .map(|m| self.mention_rec(text, chunk.start, m)),
            );
            if self.stages == Stages::Entities {
                continue;
            }
            // Sentences are the unit of event coding; every later stage cites them by byte range.
            let sent_mentions = self.sent_mentions(chunk.start, &mentions, input.date);
            let ctxs = sentence_ctxs(
                text,
                chunk.clone(),
                &norm,
                lang,
                input.date,
                &sent_mentions,
                self.lexicon,
            );
            // A sentence's dates are read by all three stages and found once (lazily, by the first).
            let dates: Vec<_> = (0..ctxs.len())
                .map(|k| crate::dates::Dates::in_chunk(&ctxs, k))
                .collect();
            // Each stage runs over every sentence of the chunk before the next stage starts: one stage's
            // code and tables stay in the caches through the chunk instead of four stages taking turns
            // per sentence. Each stage still sees the sentences in order (its memory of the sentence
            // before, `events::Memory` and the thread-local ones of amounts and memberships, is its own),
            // and each writes its own list of the record, so the record is the same.
            let mut memory = crate::events::Memory::default();
            let first = record.events.len();
            for (k, (ctx, d)) in ctxs.iter().zip(&dates).enumerate() {
                let events =
                    crate::events::code(ctx, d, &dates[..k], &memory, &record.events[first..]);
                record.events.extend(events);
                memory.update(ctx);
            }
            for (k, (ctx, dates)) in ctxs.iter().zip(&dates).enumerate() {
                let before = k.checked_sub(1).map(|j| &ctxs[j]);
                record
                    .quantities
                    .extend(crate::amounts::find(ctx, dates, before));
            }
            for (ctx, dates) in ctxs.iter().zip(&dates) {
                record
                    .memberships
                    .extend(crate::memberships::find(ctx, dates));
            }
        }
        record.entities = self.entity_recs(seen, input.date);
        record
    }

    /// The chunk's mentions as the per-sentence stages see them: document offsets, entity resolved, a
    /// person's or company's country as of the document's `date`.
    fn sent_mentions(
        &self,
        base: usize,
        mentions: &[Mention],
        date: Option<&str>,
    ) -> Vec<SentMention<'static>> {
        let lex: &'static Lexicon = self.lexicon;
        mentions
            .iter()
            .map(|m| {
                let e = lex.entity(m.entity);
                SentMention {
                    start: base + m.start,
                    end: base + m.end,
                    entity: m.entity,
                    id: e.id.as_str(),
                    kind: e.kind,
                    form: m.form,
                    country: lex
                        .country_on(m.entity, date)
                        .map(|c| lex.entity(c).id.as_str()),
                }
            })
            .collect()
    }

    fn mention_rec(&self, text: &str, base: usize, m: &Mention) -> MentionRec {
        let (start, end) = (base + m.start, base + m.end);
        MentionRec {
            entity: self.lexicon.entity(m.entity).id.clone(),
            start,
            end,
            text: text[start..end].to_string(),
            form: m.form.as_str().to_string(),
        }
    }

    /// One record per entity of `seen` (with repeats), with its number of mentions and, for a person or
    /// company, its country as of the document's `date`.
    fn entity_recs(&self, mut seen: Vec<EntityIdx>, date: Option<&str>) -> Vec<EntityRec> {
        seen.sort_unstable();
        let mut out: Vec<EntityRec> = seen
            .chunk_by(|a, b| a == b)
            .map(|run| (run[0], run.len()))
            .map(|(idx, n)| {
                let e = self.lexicon.entity(idx);
                EntityRec {
                    id: e.id.clone(),
                    kind: e.kind.as_str().to_string(),
                    name: e.name_en.clone(),
                    wikidata: e.wikidata.clone(),
                    mentions: n,
                    country: self
                        .lexicon
                        .country_on(idx, date)
                        .map(|c| self.lexicon.entity(c).id.clone()),
                }
            })
            .collect();
        // Most mentioned first; ties by id so that output is reproducible (ids are unique, so the
        // order is total and an unstable sort, which needs no scratch buffer, gives the same).
        out.sort_unstable_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.id.cmp(&b.id)));
        out
    }
}

/// Splits `text[chunk]` into sentences: one [`SentenceCtx`] per sentence, in order. `norm` is
/// `NormText::new(&text[chunk])`; `mentions` are the chunk's mentions in document offsets, sorted; each
/// sentence gets the ones inside it.
pub(crate) fn sentence_ctxs<'a>(
    text: &'a str,
    chunk: Range<usize>,
    norm: &NormText,
    lang: Lang,
    doc_date: Option<&'a str>,
    mentions: &'a [SentMention<'a>],
    lexicon: &'a Lexicon,
) -> Vec<SentenceCtx<'a>> {
    let part = &text[chunk.clone()];
    let mut first = 0usize;
    let mut out = Vec::new();
    for s in sentences(part, lang) {
        let range = chunk.start + s.start..chunk.start + s.end;
        while first < mentions.len() && mentions[first].start < range.start {
            first += 1;
        }
        let mut last = first;
        while last < mentions.len() && mentions[last].end <= range.end {
            last += 1;
        }
        // The chunk's normalisation, cut to the sentence; normalised anew only when the sentence's
        // edges read differently on their own (see `NormText::view`).
        let snorm = norm
            .view(s.clone())
            .unwrap_or_else(|| NormText::new(&part[s]));
        let ctx = SentenceCtx {
            doc_text: text,
            text: &text[range.clone()],
            norm: snorm,
            range,
            lang,
            doc_date,
            mentions: &mentions[first..last],
            earlier: &mentions[..first],
            lexicon,
        };
        out.push(ctx);
        first = last;
    }
    out
}

fn declared_lang(tag: Option<&str>) -> Option<Lang> {
    let tag = tag?.trim();
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    Lang::from_code(&primary)
}

/// Cuts `text` into ranges of at most `max` bytes (unless a single line is longer), preferring a paragraph
/// break, then a line break, then a sentence end, then any char boundary.
fn chunks(text: &str, max: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > max {
        let window = &text[start..start + floor_boundary(&text[start..], max)];
        let cut = window
            .rfind("\n\n")
            .map(|i| i + 2)
            .or_else(|| window.rfind('\n').map(|i| i + 1))
            .or_else(|| window.rfind(['.', '!', '?', '؟']).map(|i| i + 1))
            .filter(|&i| i > 0)
            .unwrap_or(window.len());
        out.push(start..start + cut);
        start += cut;
    }
    if start < text.len() || out.is_empty() {
        out.push(start..text.len());
    }
    out
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    if i == 0 {
        // A single char wider than `max` bytes cannot happen for max >= 4; keep progress anyway.
        s.char_indices().nth(1).map_or(s.len(), |(j, _)| j)
    } else {
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_text_at_breaks() {
        let text = "aaaa.\n\nbbbb bbbb\ncccc. dddd";
        let parts = chunks(text, 10);
        assert_eq!(parts.first().unwrap().start, 0);
        assert_eq!(parts.last().unwrap().end, text.len());
        for w in parts.windows(2) {
            assert_eq!(w[0].end, w[1].start);
        }
        assert_eq!(&text[parts[0].clone()], "aaaa.\n\n");
    }

    #[test]
    fn chunks_respect_char_boundaries() {
        let text = "روسيا".repeat(100);
        for part in chunks(&text, 7) {
            assert!(text.is_char_boundary(part.start) && text.is_char_boundary(part.end));
        }
    }

    #[test]
    fn content_id_is_sha256_hex() {
        assert_eq!(
            content_id(""),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn declared_lang_takes_primary_subtag() {
        assert_eq!(declared_lang(Some("ar-EG")), Some(Lang::Ar));
        assert_eq!(declared_lang(Some("RU")), Some(Lang::Ru));
        assert_eq!(declared_lang(Some("fr")), None);
    }
}
