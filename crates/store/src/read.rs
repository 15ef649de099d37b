//! The [`KnowledgeBase`] questions answered from SQLite, each with one indexed query.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, Row};

use crate::fts::{fts_query, Combine};
use crate::model::{
    BlocRow, ClaimRow, DocRow, EventFilter, EventFolder, EventGroup, EventGroupQuery, EventRow,
    Evidence, FoldRow, KnowledgeBase, MembershipRow, QuantityRow, SentenceHit, StoreError,
    TreatyRow,
};
use crate::store::SqliteStore;

/// How many matching sentences (the most recently stored) a search ranks; see [`KnowledgeBase::search`]
/// for [`SqliteStore`].
pub(crate) const SEARCH_WINDOW: usize = 2_000;

/// The evidence columns, read by [`evidence`] starting at the given column index. `s` is the sentence, `d`
/// the document.
const EVIDENCE: &str = "d.id, d.source, d.url, d.title, d.lang, d.date, s.start, s.end, s.text";

fn evidence(row: &Row<'_>, at: usize) -> rusqlite::Result<Evidence> {
    Ok(Evidence {
        doc_id: row.get(at)?,
        source: row.get(at + 1)?,
        url: row.get(at + 2)?,
        title: row.get(at + 3)?,
        lang: row.get(at + 4)?,
        doc_date: row.get(at + 5)?,
        sentence: [
            row.get::<_, i64>(at + 6)?.max(0) as usize,
            row.get::<_, i64>(at + 7)?.max(0) as usize,
        ],
        text: row.get(at + 8)?,
    })
}

fn split(s: String) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

/// The upper bound of an inclusive date range: `2024` must keep `2024-12-31`, so every longer date with the
/// bound as prefix sorts below it (`~` sorts after every character an ISO date uses).
fn upper(to: &str) -> String {
    format!("{to}~")
}

/// `LIMIT` takes an i64; `usize::MAX` and friends become "no limit".
fn limit(n: Option<usize>) -> i64 {
    n.map_or(-1, |n| i64::try_from(n).unwrap_or(-1))
}

fn offset(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn query<T>(
    conn: &Connection,
    sql: &str,
    params: Vec<Value>,
    map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params_from_iter(params), map)?;
    Ok(rows.collect::<rusqlite::Result<Vec<T>>>()?)
}

fn opt(v: Option<&str>) -> Value {
    v.map_or(Value::Null, |s| Value::Text(s.to_string()))
}

fn text(v: &str) -> Value {
    Value::Text(v.to_string())
}

fn membership_row(r: &Row<'_>) -> rusqlite::Result<MembershipRow> {
    Ok(MembershipRow {
        bloc: r.get(0)?,
        member: r.get(1)?,
        status: r.get(2)?,
        from: r.get(3)?,
        to: r.get(4)?,
        source: r.get(5)?,
        note: r.get(6)?,
    })
}

fn treaty_row(r: &Row<'_>) -> rusqlite::Result<TreatyRow> {
    Ok(TreatyRow {
        id: r.get(0)?,
        name: r.get(1)?,
        parties: split(r.get(2)?),
        kind: r.get(3)?,
        signed: r.get(4)?,
        in_force: r.get(5)?,
        ended: r.get(6)?,
        source: r.get(7)?,
        note: r.get(8)?,
    })
}

fn doc_row(r: &Row<'_>) -> rusqlite::Result<DocRow> {
    Ok(DocRow {
        id: r.get(0)?,
        source: r.get(1)?,
        lang: r.get(2)?,
        date: r.get(3)?,
        title: r.get(4)?,
        url: r.get(5)?,
        chars: r.get::<_, i64>(6)?.max(0) as usize,
        text: r.get(7)?,
    })
}

pub(crate) fn event_row(r: &Row<'_>) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        id: r.get(0)?,
        kind: r.get(1)?,
        mode: r.get(2)?,
        context: split(r.get(3)?),
        score: r.get::<_, f64>(4)? as f32,
        source: split(r.get(5)?),
        target: split(r.get(6)?),
        date: r.get(7)?,
        negated: r.get(8)?,
        modality: r.get(9)?,
        reported_by: r.get(10)?,
        trigger: r.get(11)?,
        evidence: evidence(r, 12)?,
    })
}

pub(crate) const EVENT_COLUMNS: &str =
    "e.id, e.type, e.mode, e.context, e.score, e.source, e.target, \
     e.date, e.negated, e.modality, e.reported_by, e.trigger";

/// The SQL and parameters of an event filter (shared with export).
///
/// A dyad or actor filter is answered from its index table (`event_pairs`, `event_actors`), which is ordered
/// by date: the join runs from it (`CROSS JOIN` fixes the order) so that a `LIMIT` stops early and a date
/// range is an index range, whatever the number of events the actor has.
pub(crate) fn event_sql(filter: &EventFilter) -> (String, Vec<Value>) {
    let mut params = Vec::new();
    let joins = "JOIN sentences s ON s.id = e.sentence JOIN documents d ON d.rowid = e.doc";
    let (mut sql, date_col, order) = if let Some((a, b)) = &filter.dyad {
        let (x, y) = if a <= b { (a, b) } else { (b, a) };
        params.push(text(x));
        params.push(text(y));
        (
            format!(
                "SELECT {EVENT_COLUMNS}, {EVIDENCE} FROM event_pairs k CROSS JOIN events e ON e.id = k.event \
                 {joins} WHERE k.a = ? AND k.b = ?"
            ),
            "k.date",
            "k.date, k.event",
        )
    } else if let Some(actor) = &filter.actor {
        params.push(text(actor));
        (
            format!(
                "SELECT {EVENT_COLUMNS}, {EVIDENCE} FROM event_actors k CROSS JOIN events e ON e.id = k.event \
                 {joins} WHERE k.actor = ?"
            ),
            "k.date",
            "k.date, k.event",
        )
    } else {
        (
            format!("SELECT {EVENT_COLUMNS}, {EVIDENCE} FROM events e {joins} WHERE 1"),
            "e.date",
            "e.date, e.id",
        )
    };
    if let (Some(actor), Some(_)) = (&filter.actor, &filter.dyad) {
        sql.push_str(" AND e.id IN (SELECT event FROM event_actors WHERE actor = ?)");
        params.push(text(actor));
    }
    // Undated events are kept only when no date bound is given ('' sorts below every date).
    match (&filter.from, &filter.to) {
        (None, None) => {}
        (from, to) => {
            sql.push_str(&format!(" AND {date_col} >= ?"));
            params.push(text(from.as_deref().unwrap_or("0")));
            if let Some(to) = to {
                sql.push_str(&format!(" AND {date_col} <= ?"));
                params.push(Value::Text(upper(to)));
            }
        }
    }
    if !filter.types.is_empty() {
        sql.push_str(" AND e.type IN (");
        for (i, t) in filter.types.iter().enumerate() {
            sql.push_str(if i == 0 { "?" } else { ", ?" });
            params.push(text(t));
        }
        sql.push(')');
    }
    if let Some(lang) = &filter.lang {
        sql.push_str(" AND d.lang = ?");
        params.push(text(lang));
    }
    if !filter.include_negated {
        sql.push_str(" AND e.negated = 0");
    }
    sql.push_str(&format!(" ORDER BY {order} LIMIT ? OFFSET ?"));
    params.push(Value::Integer(limit(filter.limit)));
    params.push(Value::Integer(offset(filter.offset)));
    (sql, params)
}

impl KnowledgeBase for SqliteStore {
    fn blocs(&self) -> Result<Vec<BlocRow>, StoreError> {
        self.read(|c| {
            query(
                c,
                "SELECT id, name_en, name_ar, name_ru, kind, founded, dissolved, predecessor, successor, \
                 source, note FROM ref_blocs ORDER BY id",
                vec![],
                |r| {
                    Ok(BlocRow {
                        id: r.get(0)?,
                        name_en: r.get(1)?,
                        name_ar: r.get(2)?,
                        name_ru: r.get(3)?,
                        kind: r.get(4)?,
                        founded: r.get(5)?,
                        dissolved: r.get(6)?,
                        predecessor: r.get(7)?,
                        successor: r.get(8)?,
                        source: r.get(9)?,
                        note: r.get(10)?,
                    })
                },
            )
        })
    }

    fn memberships(
        &self,
        bloc: Option<&str>,
        member: Option<&str>,
    ) -> Result<Vec<MembershipRow>, StoreError> {
        self.read(|c| {
            query(
                c,
                "SELECT bloc, member, status, \"from\", \"to\", source, note FROM ref_memberships \
                 WHERE (?1 IS NULL OR bloc = ?1) AND (?2 IS NULL OR member = ?2) \
                 ORDER BY bloc, member, \"from\", line",
                vec![opt(bloc), opt(member)],
                membership_row,
            )
        })
    }

    fn treaties(&self, party: Option<&str>) -> Result<Vec<TreatyRow>, StoreError> {
        self.read(|c| match party {
            None => query(
                c,
                "SELECT id, name, parties, kind, signed, in_force, ended, source, note FROM ref_treaties \
                 ORDER BY signed, line",
                vec![],
                treaty_row,
            ),
            Some(p) => query(
                c,
                "SELECT t.id, t.name, t.parties, t.kind, t.signed, t.in_force, t.ended, t.source, t.note \
                 FROM ref_treaty_parties p JOIN ref_treaties t ON t.line = p.treaty \
                 WHERE p.party = ?1 ORDER BY t.signed, t.line",
                vec![text(p)],
                treaty_row,
            ),
        })
    }

    fn claims(
        &self,
        bloc: Option<&str>,
        member: Option<&str>,
    ) -> Result<Vec<ClaimRow>, StoreError> {
        // Two statements so that each uses its index (an `?1 IS NULL OR` test would defeat them).
        let sql = |cond: &str| {
            format!(
                "SELECT c.bloc, c.member, c.status, c.date, c.negated, {EVIDENCE} FROM claims c \
                 JOIN sentences s ON s.id = c.sentence JOIN documents d ON d.rowid = c.doc \
                 WHERE {cond} ORDER BY c.date, c.id"
            )
        };
        let (sql, params) = match (bloc, member) {
            (Some(b), Some(m)) => (sql("c.bloc = ?1 AND c.member = ?2"), vec![text(b), text(m)]),
            (Some(b), None) => (sql("c.bloc = ?1"), vec![text(b)]),
            (None, Some(m)) => (sql("c.member = ?1"), vec![text(m)]),
            (None, None) => (sql("1"), vec![]),
        };
        self.read(|c| {
            query(c, &sql, params, |r| {
                Ok(ClaimRow {
                    bloc: r.get(0)?,
                    member: r.get(1)?,
                    status: r.get(2)?,
                    date: r.get(3)?,
                    negated: r.get(4)?,
                    evidence: evidence(r, 5)?,
                })
            })
        })
    }

    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
        let (sql, params) = event_sql(filter);
        self.read(|c| query(c, &sql, params, event_row))
    }

    fn quantities(
        &self,
        party: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<QuantityRow>, StoreError> {
        let joins = "JOIN sentences s ON s.id = q.sentence JOIN documents d ON d.rowid = q.doc";
        let cols = "q.kind, q.amount, q.currency, q.bound, q.parties, q.date";
        let mut params = Vec::new();
        // A party is answered from its date-ordered index table, as for events.
        let (mut sql, date_col, order) = match party {
            Some(p) => {
                params.push(text(p));
                (
                    format!(
                        "SELECT {cols}, {EVIDENCE} FROM quantity_parties k CROSS JOIN quantities q \
                         ON q.id = k.quantity {joins} WHERE k.party = ?"
                    ),
                    "k.date",
                    "k.date, k.quantity",
                )
            }
            None => (
                format!("SELECT {cols}, {EVIDENCE} FROM quantities q {joins} WHERE 1"),
                "q.date",
                "q.date, q.id",
            ),
        };
        if from.is_some() || to.is_some() {
            sql.push_str(&format!(" AND {date_col} >= ?"));
            params.push(text(from.unwrap_or("0")));
        }
        if let Some(t) = to {
            sql.push_str(&format!(" AND {date_col} <= ?"));
            params.push(Value::Text(upper(t)));
        }
        sql.push_str(&format!(" ORDER BY {order}"));
        self.read(|c| {
            query(c, &sql, params, |r| {
                Ok(QuantityRow {
                    kind: r.get(0)?,
                    amount: r.get(1)?,
                    currency: r.get(2)?,
                    bound: r.get(3)?,
                    parties: split(r.get(4)?),
                    date: r.get(5)?,
                    evidence: evidence(r, 6)?,
                })
            })
        })
    }

    fn search(
        &self,
        query_text: &str,
        lang: Option<&str>,
        limit_n: usize,
        offset_n: usize,
    ) -> Result<Vec<SentenceHit>, StoreError> {
        let Some(all) = fts_query(query_text, Combine::All) else {
            return Ok(Vec::new());
        };
        // The best hits are picked inside the full-text index first, then joined to their sentences: the
        // join runs for one page of hits, not for every match. Ranking (bm25) costs a lookup per match, so
        // only the SEARCH_WINDOW most recently stored matching sentences are ranked: a word found in a third
        // of a 100,000-document store would otherwise cost 100 ms a query.
        let sql = format!(
            "SELECT {EVIDENCE}, s.entities, -h.r FROM \
             (SELECT id, r FROM (SELECT rowid AS id, rank AS r FROM sentence_fts \
               WHERE sentence_fts MATCH ?1 ORDER BY rowid DESC LIMIT {SEARCH_WINDOW}) \
              ORDER BY r LIMIT ?2 OFFSET ?3) h \
             CROSS JOIN sentences s ON s.id = h.id JOIN documents d ON d.rowid = s.doc ORDER BY h.r"
        );
        let map = |r: &Row<'_>| {
            Ok(SentenceHit {
                evidence: evidence(r, 0)?,
                entities: split(r.get(9)?),
                rank: r.get(10)?,
            })
        };
        let with_lang = |q: String| match lang {
            Some(l) => format!("{q} AND lang : \"{}\"", l.replace('"', "\"\"")),
            None => q,
        };
        self.read(|c| {
            let params = |q: &str| {
                vec![
                    text(q),
                    Value::Integer(limit(Some(limit_n))),
                    Value::Integer(offset(offset_n)),
                ]
            };
            let all = with_lang(all);
            let hits = query(c, &sql, params(&all), map)?;
            if !hits.is_empty() || offset_n > 0 && any_match(c, &all)? {
                return Ok(hits);
            }
            // No sentence has every word: rank the sentences that have some of them.
            match fts_query(query_text, Combine::Any).map(with_lang) {
                Some(any) if any != all => query(c, &sql, params(&any), map),
                _ => Ok(hits),
            }
        })
    }

    fn document(&self, id: &str) -> Result<Option<DocRow>, StoreError> {
        self.read(|c| {
            Ok(query(
                c,
                "SELECT id, source, lang, date, title, url, chars, text FROM documents WHERE id = ?1",
                vec![text(id)],
                doc_row,
            )?
            .pop())
        })
    }

    fn documents(
        &self,
        lang: Option<&str>,
        limit_n: usize,
        offset_n: usize,
    ) -> Result<Vec<DocRow>, StoreError> {
        let page = [
            Value::Integer(limit(Some(limit_n))),
            Value::Integer(offset(offset_n)),
        ];
        // Two statements, so that each walks its own index in date order.
        let (sql, mut params) = match lang {
            Some(l) => (
                "SELECT id, source, lang, date, title, url, chars, text FROM documents \
                 WHERE lang = ? ORDER BY date DESC, rowid DESC LIMIT ? OFFSET ?",
                vec![text(l)],
            ),
            None => (
                "SELECT id, source, lang, date, title, url, chars, text FROM documents \
                 ORDER BY date DESC, rowid DESC LIMIT ? OFFSET ?",
                vec![],
            ),
        };
        params.extend(page);
        self.read(|c| query(c, sql, params, doc_row))
    }

    fn countries(&self) -> Result<Vec<String>, StoreError> {
        self.read(|c| {
            query(
                c,
                "SELECT member FROM ref_memberships \
                 UNION SELECT party FROM ref_treaty_parties \
                 UNION SELECT id FROM entities WHERE kind = 'country' ORDER BY 1",
                vec![],
                |r| r.get(0),
            )
        })
    }

    fn event_groups(&self, q: &EventGroupQuery) -> Result<Vec<EventGroup>, StoreError> {
        // One range of the actor's date-ordered index, reading only the columns a group needs (no
        // sentence, no document text): the rows are folded as they stream, never collected.
        self.read(|c| {
            let blocs = c
                .prepare_cached("SELECT id FROM ref_blocs")?
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<std::collections::HashSet<String>>>()?;
            let mut stmt = c.prepare_cached(
                "SELECT e.id, e.source, e.target, e.type, e.modality, e.negated, e.score, e.date, d.date \
                 FROM event_actors k CROSS JOIN events e ON e.id = k.event JOIN documents d ON d.rowid = e.doc \
                 WHERE k.actor = ?1 AND k.date >= ?2 AND k.date <= ?3 ORDER BY k.date, k.event",
            )?;
            let mut rows =
                stmt.query(params_from_iter([text(&q.actor), text(&q.from), Value::Text(upper(&q.to))]))?;
            let mut folder = EventFolder::new(q, &blocs);
            // Borrowed straight from SQLite's row buffers: no string is copied unless it starts a group.
            while let Some(r) = rows.next()? {
                let s = |i: usize| -> rusqlite::Result<&str> {
                    r.get_ref(i)?.as_str().map_err(rusqlite::Error::from)
                };
                let o = |i: usize| -> rusqlite::Result<Option<&str>> {
                    r.get_ref(i)?.as_str_or_null().map_err(rusqlite::Error::from)
                };
                folder.push(FoldRow {
                    id: r.get(0)?,
                    source: s(1)?,
                    target: s(2)?,
                    kind: s(3)?,
                    modality: s(4)?,
                    negated: r.get(5)?,
                    score: r.get(6)?,
                    date: o(7)?,
                    doc_date: o(8)?,
                });
            }
            Ok(folder.finish())
        })
    }

    fn event_years(
        &self,
        actor: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<(String, usize)>, StoreError> {
        // Index-only: the actor's range of event_actors, no table row read.
        self.read(|c| {
            query(
                c,
                "SELECT substr(date, 1, 4), count(*) FROM event_actors \
                 WHERE actor = ?1 AND date >= ?2 AND date <= ?3 GROUP BY 1 ORDER BY 1",
                vec![text(actor), text(from), Value::Text(upper(to))],
                |r| Ok((r.get(0)?, r.get::<_, i64>(1)?.max(0) as usize)),
            )
        })
    }

    fn events_by_id(&self, ids: &[i64]) -> Result<Vec<EventRow>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let marks = vec!["?"; ids.len()].join(", ");
        let sql = format!(
            "SELECT {EVENT_COLUMNS}, {EVIDENCE} FROM events e JOIN sentences s ON s.id = e.sentence \
             JOIN documents d ON d.rowid = e.doc WHERE e.id IN ({marks}) ORDER BY e.id"
        );
        let params = ids.iter().map(|i| Value::Integer(*i)).collect();
        self.read(|c| query(c, &sql, params, event_row))
    }
}

/// Whether the all-words query matches anything (to keep paging stable when a later page is empty).
fn any_match(c: &Connection, q: &str) -> Result<bool, StoreError> {
    Ok(
        c.prepare_cached("SELECT 1 FROM sentence_fts WHERE sentence_fts MATCH ?1 LIMIT 1")?
            .exists([q])?,
    )
}
