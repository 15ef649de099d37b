//! Ingest: documents and their records into the store, one transaction per batch.
//!
//! The costly, pure part of storing a document (splitting it into sentences, normalising them for the index,
//! hashing the text, tying each claim to its sentence) is [`PreparedDoc::new`], which callers run in parallel;
//! the writer only inserts rows.

use std::collections::{BTreeSet, HashMap};

use blocwatch_extract::{EntityRec, Record};
use blocwatch_text::{sentences, Lang};
use rusqlite::{params, Transaction};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::fts::index_columns;
use crate::model::StoreError;
use crate::store::SqliteStore;

/// What one [`SqliteStore::ingest`] call stored.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IngestStats {
    /// Documents stored.
    pub new: usize,
    /// Documents skipped because their id or their text was already stored.
    pub duplicate: usize,
    pub events: usize,
    pub memberships: usize,
    pub quantities: usize,
    pub mentions: usize,
    pub sentences: usize,
}

impl std::ops::AddAssign for IngestStats {
    fn add_assign(&mut self, o: IngestStats) {
        self.new += o.new;
        self.duplicate += o.duplicate;
        self.events += o.events;
        self.memberships += o.memberships;
        self.quantities += o.quantities;
        self.mentions += o.mentions;
        self.sentences += o.sentences;
    }
}

/// A document with its record, ready to be written: sentences split and normalised, text hashed.
#[derive(Debug, Clone)]
pub struct PreparedDoc {
    record: Record,
    text: String,
    prep: Prep,
}

impl PreparedDoc {
    pub fn new(record: Record, text: String) -> PreparedDoc {
        let prep = Prep::new(&record, &text);
        PreparedDoc { record, text, prep }
    }

    /// The document id (`Record::doc.id`).
    pub fn id(&self) -> &str {
        &self.record.doc.id
    }
}

#[derive(Debug, Clone)]
struct Sentence {
    start: usize,
    end: usize,
    fts: bool,
    text: String,
    norm: String,
    stems: String,
    entities: String,
}

/// Everything derived from a record and its text that the writer needs.
#[derive(Debug, Clone)]
struct Prep {
    hash: [u8; 32],
    sentences: Vec<Sentence>,
    /// Index into `sentences` of each mention, event, membership claim and quantity.
    mentions: Vec<Option<usize>>,
    events: Vec<usize>,
    claims: Vec<usize>,
    quantities: Vec<usize>,
}

impl Prep {
    fn new(record: &Record, text: &str) -> Prep {
        let lang = record
            .doc
            .lang
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or(Lang::En);
        let ranges = sentences(text, lang);
        let mut sents: Vec<Sentence> = ranges
            .iter()
            .map(|r| Sentence {
                start: r.start,
                end: r.end,
                fts: true,
                text: text[r.clone()].to_string(),
                norm: String::new(),
                stems: String::new(),
                entities: String::new(),
            })
            .collect();
        let mut by_range: HashMap<(usize, usize), usize> = sents
            .iter()
            .enumerate()
            .map(|(i, s)| ((s.start, s.end), i))
            .collect();

        // Mentions belong to the split sentence that contains their start.
        let mut ents: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); sents.len()];
        let mentions = record
            .mentions
            .iter()
            .map(|m| {
                let i = sents
                    .partition_point(|s| s.start <= m.start)
                    .checked_sub(1)?;
                (m.start < sents[i].end).then(|| {
                    ents[i].insert(m.entity.as_str());
                    i
                })
            })
            .collect();
        for (s, e) in sents.iter_mut().zip(&ents) {
            s.entities = e.iter().copied().collect::<Vec<_>>().join(" ");
            let (norm, stems) = index_columns(&s.text);
            s.norm = norm;
            s.stems = stems;
        }

        // A claim cites its own sentence range; when that is not one of the split sentences it is kept as an
        // extra, unindexed sentence so that the evidence is exactly what the extractor saw.
        let mut cite = |range: [usize; 2], fallback: &str| -> usize {
            let key = (range[0], range[1]);
            if let Some(&i) = by_range.get(&key) {
                return i;
            }
            let body = text
                .get(key.0..key.1)
                .map_or_else(|| fallback.to_string(), str::to_string);
            sents.push(Sentence {
                start: key.0,
                end: key.1,
                fts: false,
                text: body,
                norm: String::new(),
                stems: String::new(),
                entities: String::new(),
            });
            by_range.insert(key, sents.len() - 1);
            sents.len() - 1
        };
        let events = record
            .events
            .iter()
            .map(|e| cite(e.sentence, &e.text))
            .collect();
        let claims = record
            .memberships
            .iter()
            .map(|m| cite(m.sentence, &m.text))
            .collect();
        let quantities = record
            .quantities
            .iter()
            .map(|q| cite(q.sentence, &q.text))
            .collect();
        Prep {
            hash: Sha256::digest(text.as_bytes()).into(),
            sentences: sents,
            mentions,
            events,
            claims,
            quantities,
        }
    }
}

impl SqliteStore {
    /// Stores a batch of extracted documents in one transaction. A document whose id or text is already
    /// stored is skipped and counted as a duplicate, so re-running an interrupted ingest completes it.
    pub fn ingest(&self, batch: &[(Record, String)]) -> Result<IngestStats, StoreError> {
        let preps: Vec<Prep> = batch.iter().map(|(r, t)| Prep::new(r, t)).collect();
        let docs: Vec<(&Record, &str, &Prep)> = batch
            .iter()
            .zip(&preps)
            .map(|((r, t), p)| (r, t.as_str(), p))
            .collect();
        self.write(&docs)
    }

    /// [`ingest`](Self::ingest) for documents prepared in parallel by the caller.
    pub fn ingest_prepared(&self, batch: &[PreparedDoc]) -> Result<IngestStats, StoreError> {
        let docs: Vec<(&Record, &str, &Prep)> = batch
            .iter()
            .map(|d| (&d.record, d.text.as_str(), &d.prep))
            .collect();
        self.write(&docs)
    }

    fn write(&self, docs: &[(&Record, &str, &Prep)]) -> Result<IngestStats, StoreError> {
        let mut conn = self.writer();
        // Every child row below points at a parent inserted just before it in the same transaction, so the
        // per-row foreign-key checks (40% of the writer's CPU) prove nothing; they are off for the batch and
        // on again for every other write. The tests run `PRAGMA foreign_key_check` after ingesting.
        conn.execute_batch("PRAGMA foreign_keys = OFF;")?;
        let result = write_batch(&mut conn, docs);
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        result
    }
}

fn write_batch(
    conn: &mut rusqlite::Connection,
    docs: &[(&Record, &str, &Prep)],
) -> Result<IngestStats, StoreError> {
    // On an error the transaction is dropped, which rolls the whole batch back.
    let tx = conn.transaction()?;
    let mut stats = IngestStats::default();
    let mut entities = EntityTally::new();
    for &(record, text, prep) in docs {
        write_doc(&tx, record, text, prep, &mut stats, &mut entities)?;
    }
    write_entities(&tx, &entities)?;
    tx.commit()?;
    Ok(stats)
}

/// Each actor of an event once, with its side: `s`, `t`, or `b` when it is on both.
fn actor_roles<'a>(source: &'a [String], target: &'a [String]) -> Vec<(&'a str, &'static str)> {
    let mut out: Vec<(&str, &str)> = Vec::with_capacity(source.len() + target.len());
    for a in source {
        if !out.iter().any(|(x, _)| *x == a.as_str()) {
            out.push((a, if target.contains(a) { "b" } else { "s" }));
        }
    }
    for a in target {
        if !out.iter().any(|(x, _)| *x == a.as_str()) {
            out.push((a, "t"));
        }
    }
    out
}

/// The unordered pairs an event is between (`a < b`): source × target, or every two parties of a symmetric
/// event (no target).
fn pairs<'a>(source: &'a [String], target: &'a [String]) -> Vec<(&'a str, &'a str)> {
    let mut out = Vec::new();
    let mut push = |x: &'a str, y: &'a str| {
        if x != y {
            let p = if x < y { (x, y) } else { (y, x) };
            if !out.contains(&p) {
                out.push(p);
            }
        }
    };
    if target.is_empty() {
        for (i, x) in source.iter().enumerate() {
            for y in &source[i + 1..] {
                push(x, y);
            }
        }
    } else {
        for x in source {
            for y in target {
                push(x, y);
            }
        }
    }
    out
}

fn finite_or_zero(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

fn join(ids: &[String]) -> String {
    ids.join(" ")
}

/// Per entity of a batch: a record of it, in how many new documents, how many mentions.
type EntityTally<'a> = HashMap<&'a str, (&'a EntityRec, usize, usize)>;

/// Adds a batch's entity counts: one statement per distinct entity, not one per document.
fn write_entities(tx: &Transaction<'_>, entities: &EntityTally<'_>) -> Result<(), StoreError> {
    let mut ent = tx.prepare_cached(
        "INSERT INTO entities (id, kind, name, wikidata, country, docs, mentions) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) \
         ON CONFLICT (id) DO UPDATE SET docs = docs + excluded.docs, \
         mentions = mentions + excluded.mentions",
    )?;
    for (e, docs, mentions) in entities.values() {
        ent.execute(params![
            e.id,
            e.kind,
            e.name,
            e.wikidata,
            e.country,
            *docs as i64,
            *mentions as i64
        ])?;
    }
    Ok(())
}

fn write_doc<'a>(
    tx: &Transaction<'_>,
    record: &'a Record,
    text: &str,
    prep: &Prep,
    stats: &mut IngestStats,
    entities: &mut EntityTally<'a>,
) -> Result<(), StoreError> {
    let d = &record.doc;
    let inserted = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO documents (id, hash, source, lang, date, title, url, chars, text) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            d.id,
            &prep.hash[..],
            d.source,
            d.lang,
            d.date,
            d.title,
            d.url,
            d.chars as i64,
            text
        ])?;
    if inserted == 0 {
        stats.duplicate += 1;
        return Ok(());
    }
    stats.new += 1;
    let doc = tx.last_insert_rowid();

    let mut sentence_ids = Vec::with_capacity(prep.sentences.len());
    {
        let mut ins = tx.prepare_cached(
            "INSERT INTO sentences (doc, start, end, fts, text, entities) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        let mut fts = tx.prepare_cached(
            "INSERT INTO sentence_fts (rowid, norm, stems, lang) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let lang = d.lang.as_deref().unwrap_or("none");
        for s in &prep.sentences {
            ins.execute(params![
                doc,
                s.start as i64,
                s.end as i64,
                s.fts,
                s.text,
                s.entities
            ])?;
            let id = tx.last_insert_rowid();
            if s.fts {
                fts.execute(params![id, s.norm, s.stems, lang])?;
            }
            sentence_ids.push(id);
        }
        stats.sentences += prep.sentences.len();
    }

    {
        let mut ins = tx.prepare_cached(
            "INSERT INTO mentions (doc, sentence, entity, start, end, form) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (m, s) in record.mentions.iter().zip(&prep.mentions) {
            let sentence = s.map(|i| sentence_ids[i]);
            ins.execute(params![
                doc,
                sentence,
                m.entity,
                m.start as i64,
                m.end as i64,
                m.form
            ])?;
        }
        stats.mentions += record.mentions.len();
        for e in &record.entities {
            let tally = entities.entry(e.id.as_str()).or_insert((e, 0, 0));
            tally.1 += 1;
            tally.2 += e.mentions;
        }
    }

    {
        let mut ins = tx.prepare_cached(
            "INSERT INTO events (doc, sentence, type, mode, context, score, source, target, symmetric, date, \
             negated, modality, reported_by, trigger, actors) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        )?;
        let mut actor = tx.prepare_cached(
            "INSERT OR REPLACE INTO event_actors (actor, date, event, role) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut pair = tx.prepare_cached(
            "INSERT OR IGNORE INTO event_pairs (a, b, date, event) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (e, &s) in record.events.iter().zip(&prep.events) {
            let date = e.date.as_ref().or(d.date.as_ref());
            ins.execute(params![
                doc,
                sentence_ids[s],
                e.kind,
                e.mode,
                join(&e.context),
                finite_or_zero(f64::from(e.score)),
                join(&e.source),
                join(&e.target),
                e.target.is_empty(),
                date,
                e.negated,
                e.modality,
                e.reported_by,
                e.trigger,
                join(&e.actors)
            ])?;
            let id = tx.last_insert_rowid();
            let day = date.map_or("", String::as_str);
            for (a, role) in actor_roles(&e.source, &e.target) {
                actor.execute(params![a, day, id, role])?;
            }
            for (a, b) in pairs(&e.source, &e.target) {
                pair.execute(params![a, b, day, id])?;
            }
        }
        stats.events += record.events.len();
    }

    {
        let mut ins = tx.prepare_cached(
            "INSERT INTO claims (doc, sentence, bloc, member, status, date, negated) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (m, &s) in record.memberships.iter().zip(&prep.claims) {
            ins.execute(params![
                doc,
                sentence_ids[s],
                m.bloc,
                m.member,
                m.status,
                m.date.as_ref().or(d.date.as_ref()),
                m.negated
            ])?;
        }
        stats.memberships += record.memberships.len();
    }

    {
        let mut ins = tx.prepare_cached(
            "INSERT INTO quantities (doc, sentence, kind, amount, currency, bound, parties, date, text) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        let mut party = tx.prepare_cached(
            "INSERT OR IGNORE INTO quantity_parties (party, date, quantity) VALUES (?1, ?2, ?3)",
        )?;
        for (q, &s) in record.quantities.iter().zip(&prep.quantities) {
            // SQLite would store NaN as NULL; an amount that is not a number says nothing, so it is dropped.
            if !q.amount.is_finite() {
                continue;
            }
            stats.quantities += 1;
            let date = q.date.as_ref().or(d.date.as_ref());
            ins.execute(params![
                doc,
                sentence_ids[s],
                q.kind,
                q.amount,
                q.currency,
                q.bound,
                join(&q.parties),
                date,
                q.text
            ])?;
            let id = tx.last_insert_rowid();
            for p in &q.parties {
                party.execute(params![p, date.map_or("", String::as_str), id])?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn pairs_are_across_sides_or_among_symmetric_parties() {
        assert_eq!(pairs(&ids(&["USA"]), &ids(&["IRN"])), [("IRN", "USA")]);
        assert_eq!(
            pairs(&ids(&["RUS", "IRN", "CHN"]), &[]),
            [("IRN", "RUS"), ("CHN", "RUS"), ("CHN", "IRN")]
        );
        // Two sources against one target: the sources are not a pair of this event.
        assert_eq!(
            pairs(&ids(&["RUS", "CHN"]), &ids(&["USA"])),
            [("RUS", "USA"), ("CHN", "USA")]
        );
        assert!(pairs(&ids(&["RUS"]), &ids(&["RUS"])).is_empty());
    }

    #[test]
    fn an_actor_on_both_sides_is_listed_once() {
        assert_eq!(
            actor_roles(&ids(&["RUS", "CHN"]), &ids(&["RUS", "USA"])),
            [("RUS", "b"), ("CHN", "s"), ("USA", "t")]
        );
    }
}
