//! Bulk export of what the store holds, streamed row by row (constant memory whatever the store's size).

use std::io::Write;

use rusqlite::Row;
use serde::Serialize;

use crate::model::{EventFilter, EventRow, StoreError};
use crate::read::{event_row, event_sql};
use crate::store::SqliteStore;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExportWhat {
    /// Every PLOVER event with its evidence sentence.
    Events,
    /// The reference memberships and the membership claims from the news (column `origin`).
    Memberships,
    /// Every entity the news has named, with document and mention counts.
    Entities,
    /// Every stored document with its text.
    Documents,
}

/// How to write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExportFormat {
    Csv,
    Jsonl,
    /// PLOVER JSON Lines (events only).
    Plover,
    /// Apache Parquet, one flat table (the CSV columns).
    Parquet,
}

use crate::parquet_out::{Kind, ParquetSink};

/// The flat columns of each export (CSV header, Parquet schema), in the order the row structs serialise.
const EVENT_COLUMNS: &[(&str, Kind)] = &[
    ("id", Kind::Int),
    ("date", Kind::Str),
    ("type", Kind::Str),
    ("mode", Kind::Str),
    ("context", Kind::Str),
    ("score", Kind::Float),
    ("source", Kind::Str),
    ("target", Kind::Str),
    ("negated", Kind::Bool),
    ("modality", Kind::Str),
    ("reported_by", Kind::Str),
    ("trigger", Kind::Str),
    ("doc_id", Kind::Str),
    ("doc_source", Kind::Str),
    ("url", Kind::Str),
    ("lang", Kind::Str),
    ("sentence_start", Kind::Int),
    ("sentence_end", Kind::Int),
    ("text", Kind::Str),
];
const MEMBERSHIP_COLUMNS: &[(&str, Kind)] = &[
    ("origin", Kind::Str),
    ("bloc", Kind::Str),
    ("member", Kind::Str),
    ("status", Kind::Str),
    ("from", Kind::Str),
    ("to", Kind::Str),
    ("date", Kind::Str),
    ("negated", Kind::Bool),
    ("source", Kind::Str),
    ("note", Kind::Str),
    ("doc_id", Kind::Str),
    ("sentence_start", Kind::Int),
    ("sentence_end", Kind::Int),
    ("text", Kind::Str),
];
const ENTITY_COLUMNS: &[(&str, Kind)] = &[
    ("id", Kind::Str),
    ("kind", Kind::Str),
    ("name", Kind::Str),
    ("wikidata", Kind::Str),
    ("country", Kind::Str),
    ("docs", Kind::Int),
    ("mentions", Kind::Int),
];
const DOCUMENT_COLUMNS: &[(&str, Kind)] = &[
    ("id", Kind::Str),
    ("source", Kind::Str),
    ("lang", Kind::Str),
    ("date", Kind::Str),
    ("title", Kind::Str),
    ("url", Kind::Str),
    ("chars", Kind::Int),
    ("text", Kind::Str),
];

/// One row of `export --what memberships`: a reference period or a news claim.
#[derive(Debug, Serialize)]
struct MembershipOut {
    origin: &'static str,
    bloc: String,
    member: String,
    status: String,
    from: Option<String>,
    to: Option<String>,
    date: Option<String>,
    negated: bool,
    source: String,
    note: Option<String>,
    doc_id: Option<String>,
    sentence_start: Option<i64>,
    sentence_end: Option<i64>,
    text: Option<String>,
}

#[derive(Debug, Serialize)]
struct EntityOut {
    id: String,
    kind: String,
    name: String,
    wikidata: Option<String>,
    country: Option<String>,
    docs: i64,
    mentions: i64,
}

#[derive(Debug, Serialize)]
struct DocumentOut {
    id: String,
    source: String,
    lang: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
    chars: i64,
    text: String,
}

/// An event flattened for CSV.
#[derive(Debug, Serialize)]
struct EventCsv<'a> {
    id: i64,
    date: Option<&'a str>,
    #[serde(rename = "type")]
    kind: &'a str,
    mode: Option<&'a str>,
    context: String,
    score: f32,
    source: String,
    target: String,
    negated: bool,
    modality: &'a str,
    reported_by: Option<&'a str>,
    trigger: &'a str,
    doc_id: &'a str,
    doc_source: &'a str,
    url: Option<&'a str>,
    lang: Option<&'a str>,
    sentence_start: usize,
    sentence_end: usize,
    text: &'a str,
}

impl<'a> From<&'a EventRow> for EventCsv<'a> {
    fn from(e: &'a EventRow) -> EventCsv<'a> {
        EventCsv {
            id: e.id,
            date: e.date.as_deref(),
            kind: &e.kind,
            mode: e.mode.as_deref(),
            context: e.context.join(" "),
            score: e.score,
            source: e.source.join(" "),
            target: e.target.join(" "),
            negated: e.negated,
            modality: &e.modality,
            reported_by: e.reported_by.as_deref(),
            trigger: &e.trigger,
            doc_id: &e.evidence.doc_id,
            doc_source: &e.evidence.source,
            url: e.evidence.url.as_deref(),
            lang: e.evidence.lang.as_deref(),
            sentence_start: e.evidence.sentence[0],
            sentence_end: e.evidence.sentence[1],
            text: &e.evidence.text,
        }
    }
}

/// A PLOVER record (the fields of the PLOVER/POLECAT JSON format), plus the full actor lists.
#[derive(Debug, Serialize)]
struct PloverOut<'a> {
    id: String,
    date: Option<&'a str>,
    actor: Option<&'a str>,
    recipient: Option<&'a str>,
    event: &'a str,
    mode: Option<&'a str>,
    context: String,
    event_text: &'a str,
    text: &'a str,
    text_info: TextInfo,
    cite_info: CiteInfo<'a>,
    /// blocwatch additions: every source and target (PLOVER's `actor`/`recipient` hold one code each).
    actors: &'a [String],
    recipients: &'a [String],
    negated: bool,
    modality: &'a str,
    score: f32,
    doc_id: &'a str,
}

#[derive(Debug, Serialize)]
struct TextInfo {
    start: usize,
    end: usize,
}

#[derive(Debug, Serialize)]
struct CiteInfo<'a> {
    language: Option<&'a str>,
    url: Option<&'a str>,
    title: Option<&'a str>,
}

fn plover(e: &EventRow) -> PloverOut<'_> {
    // A symmetric event has all parties in `source`: PLOVER wants one actor and one recipient, so the first
    // two parties stand in those fields and the full lists follow.
    let recipient = e
        .target
        .first()
        .or_else(|| e.target.is_empty().then(|| e.source.get(1)).flatten());
    PloverOut {
        id: format!("blocwatch-{}", e.id),
        date: e.date.as_deref(),
        actor: e.source.first().map(String::as_str),
        recipient: recipient.map(String::as_str),
        event: &e.kind,
        mode: e.mode.as_deref(),
        context: e.context.join(","),
        event_text: &e.trigger,
        text: &e.evidence.text,
        text_info: TextInfo {
            start: e.evidence.sentence[0],
            end: e.evidence.sentence[1],
        },
        cite_info: CiteInfo {
            language: e.evidence.lang.as_deref(),
            url: e.evidence.url.as_deref(),
            title: e.evidence.title.as_deref(),
        },
        actors: &e.source,
        recipients: &e.target,
        negated: e.negated,
        modality: &e.modality,
        score: e.score,
        doc_id: &e.evidence.doc_id,
    }
}

/// Writes rows as CSV (with a header) or JSON Lines.
enum Sink<'w> {
    Csv(Box<csv::Writer<&'w mut (dyn Write + Send)>>),
    Jsonl(&'w mut (dyn Write + Send)),
    Parquet(Box<ParquetSink<'w>>),
}

impl Sink<'_> {
    fn put<T: Serialize>(&mut self, row: &T) -> Result<(), StoreError> {
        match self {
            Sink::Csv(w) => w.serialize(row).map_err(csv_err),
            Sink::Parquet(p) => p.put(row),
            Sink::Jsonl(w) => {
                serde_json::to_writer(&mut **w, row)
                    .map_err(|e| StoreError::Invalid(format!("writing JSON: {e}")))?;
                w.write_all(b"\n").map_err(io_err)
            }
        }
    }

    fn finish(self) -> Result<(), StoreError> {
        match self {
            Sink::Csv(mut w) => w.flush().map_err(io_err),
            Sink::Parquet(p) => p.finish(),
            Sink::Jsonl(w) => w.flush().map_err(io_err),
        }
    }
}

fn io_err(e: std::io::Error) -> StoreError {
    StoreError::Io {
        path: "export output".into(),
        source: e,
    }
}

fn csv_err(e: csv::Error) -> StoreError {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io_err(io),
        other => StoreError::Invalid(format!("writing CSV: {other:?}")),
    }
}

impl SqliteStore {
    /// Writes every row of `what` to `out`; returns how many rows were written.
    pub fn export(
        &self,
        what: ExportWhat,
        format: ExportFormat,
        out: &mut (dyn Write + Send),
    ) -> Result<usize, StoreError> {
        if format == ExportFormat::Plover && what != ExportWhat::Events {
            return Err(StoreError::Invalid(
                "the PLOVER format holds events only: use --what events".into(),
            ));
        }
        let columns: &'static [(&'static str, Kind)] = match what {
            ExportWhat::Events => EVENT_COLUMNS,
            ExportWhat::Memberships => MEMBERSHIP_COLUMNS,
            ExportWhat::Entities => ENTITY_COLUMNS,
            ExportWhat::Documents => DOCUMENT_COLUMNS,
        };
        let mut sink = match format {
            ExportFormat::Csv => {
                // The header is written by hand so that an empty export still says what its columns are.
                let mut w = csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(out);
                w.write_record(columns.iter().map(|(name, _)| name))
                    .map_err(csv_err)?;
                Sink::Csv(Box::new(w))
            }
            ExportFormat::Parquet => Sink::Parquet(Box::new(ParquetSink::new(out, columns)?)),
            ExportFormat::Jsonl | ExportFormat::Plover => Sink::Jsonl(out),
        };
        let n = self.read(|c| {
            let mut n = 0usize;
            match what {
                ExportWhat::Events => {
                    let (sql, params) = event_sql(&EventFilter {
                        include_negated: true,
                        ..EventFilter::default()
                    });
                    let mut stmt = c.prepare(&sql)?;
                    let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
                    while let Some(r) = rows.next()? {
                        let e = event_row(r)?;
                        match format {
                            ExportFormat::Csv | ExportFormat::Parquet => {
                                sink.put(&EventCsv::from(&e))?
                            }
                            ExportFormat::Plover => sink.put(&plover(&e))?,
                            ExportFormat::Jsonl => sink.put(&e)?,
                        }
                        n += 1;
                    }
                }
                ExportWhat::Memberships => {
                    let mut stmt = c.prepare(
                        "SELECT bloc, member, status, \"from\", \"to\", source, note FROM ref_memberships \
                         ORDER BY bloc, member, \"from\", line",
                    )?;
                    let mut rows = stmt.query([])?;
                    while let Some(r) = rows.next()? {
                        sink.put(&MembershipOut {
                            origin: "reference",
                            bloc: r.get(0)?,
                            member: r.get(1)?,
                            status: r.get(2)?,
                            from: r.get(3)?,
                            to: r.get(4)?,
                            date: None,
                            negated: false,
                            source: r.get(5)?,
                            note: r.get(6)?,
                            doc_id: None,
                            sentence_start: None,
                            sentence_end: None,
                            text: None,
                        })?;
                        n += 1;
                    }
                    let mut stmt = c.prepare(
                        "SELECT c.bloc, c.member, c.status, c.date, c.negated, d.source, d.id, s.start, \
                         s.end, s.text FROM claims c JOIN sentences s ON s.id = c.sentence \
                         JOIN documents d ON d.rowid = c.doc ORDER BY c.id",
                    )?;
                    let mut rows = stmt.query([])?;
                    while let Some(r) = rows.next()? {
                        sink.put(&claim_out(r)?)?;
                        n += 1;
                    }
                }
                ExportWhat::Entities => {
                    let mut stmt = c.prepare(
                        "SELECT id, kind, name, wikidata, country, docs, mentions FROM entities \
                         ORDER BY docs DESC, id",
                    )?;
                    let mut rows = stmt.query([])?;
                    while let Some(r) = rows.next()? {
                        sink.put(&EntityOut {
                            id: r.get(0)?,
                            kind: r.get(1)?,
                            name: r.get(2)?,
                            wikidata: r.get(3)?,
                            country: r.get(4)?,
                            docs: r.get(5)?,
                            mentions: r.get(6)?,
                        })?;
                        n += 1;
                    }
                }
                ExportWhat::Documents => {
                    let mut stmt = c.prepare(
                        "SELECT id, source, lang, date, title, url, chars, text FROM documents ORDER BY rowid",
                    )?;
                    let mut rows = stmt.query([])?;
                    while let Some(r) = rows.next()? {
                        sink.put(&DocumentOut {
                            id: r.get(0)?,
                            source: r.get(1)?,
                            lang: r.get(2)?,
                            date: r.get(3)?,
                            title: r.get(4)?,
                            url: r.get(5)?,
                            chars: r.get(6)?,
                            text: r.get(7)?,
                        })?;
                        n += 1;
                    }
                }
            }
            Ok(n)
        })?;
        sink.finish()?;
        Ok(n)
    }
}

fn claim_out(r: &Row<'_>) -> rusqlite::Result<MembershipOut> {
    Ok(MembershipOut {
        origin: "news",
        bloc: r.get(0)?,
        member: r.get(1)?,
        status: r.get(2)?,
        from: None,
        to: None,
        date: r.get(3)?,
        negated: r.get(4)?,
        source: r.get(5)?,
        note: None,
        doc_id: r.get(6)?,
        sentence_start: r.get(7)?,
        sentence_end: r.get(8)?,
        text: r.get(9)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(columns: &[(&str, Kind)]) -> Vec<String> {
        columns.iter().map(|(n, _)| n.to_string()).collect()
    }

    /// The hand-written column lists must name the serialised fields, in order.
    fn fields<T: Serialize>(row: &T) -> Vec<String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(row).unwrap();
        let bytes = w.into_inner().unwrap();
        let text = String::from_utf8(bytes).unwrap();
        text.lines()
            .next()
            .unwrap()
            .split(',')
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn csv_headers_match_the_rows() {
        let e = EventRow {
            id: 1,
            kind: "AGREE".into(),
            mode: None,
            context: vec![],
            score: 1.0,
            source: vec![],
            target: vec![],
            date: None,
            negated: false,
            modality: "asserted".into(),
            reported_by: None,
            trigger: String::new(),
            evidence: crate::model::Evidence {
                doc_id: String::new(),
                source: String::new(),
                url: None,
                title: None,
                lang: None,
                doc_date: None,
                sentence: [0, 0],
                text: String::new(),
            },
        };
        assert_eq!(fields(&EventCsv::from(&e)), names(EVENT_COLUMNS));
        let m = MembershipOut {
            origin: "news",
            bloc: String::new(),
            member: String::new(),
            status: String::new(),
            from: None,
            to: None,
            date: None,
            negated: false,
            source: String::new(),
            note: None,
            doc_id: None,
            sentence_start: None,
            sentence_end: None,
            text: None,
        };
        assert_eq!(fields(&m), names(MEMBERSHIP_COLUMNS));
        let ent = EntityOut {
            id: String::new(),
            kind: String::new(),
            name: String::new(),
            wikidata: None,
            country: None,
            docs: 0,
            mentions: 0,
        };
        assert_eq!(fields(&ent), names(ENTITY_COLUMNS));
        let d = DocumentOut {
            id: String::new(),
            source: String::new(),
            lang: None,
            date: None,
            title: None,
            url: None,
            chars: 0,
            text: String::new(),
        };
        assert_eq!(fields(&d), names(DOCUMENT_COLUMNS));
    }
}
