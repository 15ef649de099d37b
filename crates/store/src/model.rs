//! The rows the knowledge base answers with, and the read interface the analysis code uses.
//!
//! Dates are ISO 8601 strings as precise as the source allows (`2015`, `2024-10`, `2024-10-22`); a partial
//! date sorts before every full date that it is a prefix of, so string comparison orders them sensibly.

use serde::{Deserialize, Serialize};

/// A bloc from `data/reference/blocs.csv`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BlocRow {
    pub id: String,
    pub name_en: String,
    pub name_ar: String,
    pub name_ru: String,
    /// `military_alliance`, `security_organisation`, `economic_union`, `customs_union`, `political_union`,
    /// `forum`, `development_bank`, `cartel` or `regional_organisation`.
    pub kind: String,
    pub founded: Option<String>,
    pub dissolved: Option<String>,
    pub predecessor: Option<String>,
    pub successor: Option<String>,
    pub source: String,
    pub note: Option<String>,
}

/// One status period of one member in one bloc, from `data/reference/memberships.csv`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MembershipRow {
    pub bloc: String,
    pub member: String,
    /// `founder`, `member`, `applicant`, `observer`, `partner`, `dialogue_partner`, `suspended`, `former`.
    pub status: String,
    pub from: Option<String>,
    /// `None`: still so.
    pub to: Option<String>,
    pub source: String,
    pub note: Option<String>,
}

/// A treaty or partnership from `data/reference/treaties.csv`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TreatyRow {
    pub id: String,
    pub name: String,
    pub parties: Vec<String>,
    /// `defence_pact`, `strategic_partnership`, `friendship_treaty`, `free_trade`, `union_treaty`,
    /// `cooperation_treaty`.
    pub kind: String,
    pub signed: Option<String>,
    pub in_force: Option<String>,
    pub ended: Option<String>,
    pub source: String,
    pub note: Option<String>,
}

/// Where a claim comes from: the sentence, in its original language, and its document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub doc_id: String,
    /// The path (or `path#line`) the document was read from.
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub lang: Option<String>,
    pub doc_date: Option<String>,
    /// Byte range of the sentence in the document text.
    pub sentence: [usize; 2],
    /// The sentence as written.
    pub text: String,
}

/// A membership statement found in the news.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRow {
    pub bloc: String,
    pub member: String,
    pub status: String,
    pub date: Option<String>,
    pub negated: bool,
    pub evidence: Evidence,
}

/// A PLOVER event found in the news.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    pub id: i64,
    #[serde(rename = "type")]
    pub kind: String,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub score: f32,
    pub source: Vec<String>,
    pub target: Vec<String>,
    /// The event's own date, else its document's date.
    pub date: Option<String>,
    pub negated: bool,
    pub modality: String,
    pub reported_by: Option<String>,
    pub trigger: String,
    pub evidence: Evidence,
}

/// An amount of money found in the news.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantityRow {
    pub kind: String,
    pub amount: f64,
    pub currency: Option<String>,
    pub bound: Option<String>,
    pub parties: Vec<String>,
    pub date: Option<String>,
    pub evidence: Evidence,
}

/// A stored document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocRow {
    pub id: String,
    pub source: String,
    pub lang: Option<String>,
    pub date: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub chars: usize,
    pub text: String,
}

/// A full-text search hit: one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceHit {
    pub evidence: Evidence,
    /// Higher is better (negated bm25).
    pub rank: f64,
    /// Entity ids mentioned in the sentence.
    pub entities: Vec<String>,
}

/// Which events to read. Every field narrows; the default reads all (up to `limit`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventFilter {
    /// Events with this actor on either side.
    pub actor: Option<String>,
    /// Events between these two actors, in either direction (or both among the parties of a symmetric one).
    pub dyad: Option<(String, String)>,
    /// PLOVER types to keep; empty keeps all.
    pub types: Vec<String>,
    /// Inclusive bounds on the event date (ISO prefixes compare as described in the module docs).
    pub from: Option<String>,
    pub to: Option<String>,
    pub lang: Option<String>,
    pub include_negated: bool,
    pub limit: Option<usize>,
    pub offset: usize,
}

/// What [`KnowledgeBase::event_groups`] sums: one actor's events in a date window, folded per kind of event
/// and counterpart so that a question reads tens of rows, not thousands.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventGroupQuery {
    /// Events with this actor among their sources or targets (negated ones included).
    pub actor: String,
    /// Inclusive bounds on the event's own date, as in [`EventFilter`] (undated events are left out).
    pub from: String,
    pub to: String,
    /// The date ages are counted to (a full ISO date).
    pub at: String,
    /// For each half-life (days), the group carries the sum over its events of `0.5^(age / half_life)`.
    pub half_lives: Vec<f64>,
    /// How many of each group's most recent events to name (for evidence).
    pub latest: usize,
}

/// Events that share everything a question scores but their dates: sources, targets, type, modality,
/// negation and score, and (for events naming a bloc, whose members change over time) the day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventGroup {
    pub source: Vec<String>,
    pub target: Vec<String>,
    #[serde(rename = "type")]
    pub kind: String,
    pub modality: String,
    pub negated: bool,
    pub score: f32,
    /// The day the events count from (see [`EventGroup::day_of`]); set only when a bloc is among the actors.
    pub day: Option<String>,
    pub events: usize,
    /// One sum per half-life of the query: `Σ 0.5^(age / half_life)`, age in days from the day the event
    /// counts from to `at` (at least 0); an event whose day cannot be read counts as one half-life old.
    pub decayed: Vec<f64>,
    /// The most recent events, newest first (ties in reading order: year newest first, then date, then id).
    pub latest: Vec<EventRef>,
}

/// One event of a group, by id, with the dates that order it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRef {
    pub id: i64,
    /// The event's own date (what date windows filter on).
    pub date: Option<String>,
    /// The day it counts from: see [`EventGroup::day_of`].
    pub day: Option<String>,
}

impl EventGroup {
    /// The day an event counts from: its own date, but never later than a (well-formed) date of the
    /// article reporting it (an event dated after its article is a plan, counted when it was stated).
    pub fn day_of<'a>(date: Option<&'a str>, doc_date: Option<&'a str>) -> Option<&'a str> {
        match (date, doc_date) {
            (Some(d), Some(doc)) if d > doc && day_number(doc).is_some() => Some(doc),
            (Some(d), _) => Some(d),
            (None, doc) => doc,
        }
    }
}

/// Days since 1970-01-01 of an ISO date (`2024`, `2024-10`, `2024-10-22`; a partial date counts from its
/// first day); `None` when it is not a valid date.
pub fn day_number(s: &str) -> Option<i64> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let num = |p: &str, len: usize| -> Option<u32> {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let (y, m, d) = match parts.as_slice() {
        [y] => (num(y, 4)?, 1, 1),
        [y, m] => (num(y, 4)?, num(m, 2)?, 1),
        [y, m, d] => (num(y, 4)?, num(m, 2)?, num(d, 2)?),
        _ => return None,
    };
    let y = y as i64;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let dim = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if d == 0 || d > dim {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let (m, d) = (i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Folds event rows (with their document dates) into groups as [`KnowledgeBase::event_groups`] defines
/// them, one row at a time (no allocation for a row that joins an existing group and is not among its most
/// recent). Shared by the default implementation and the SQLite one; the groups come out in the order
/// they were first seen, their sums in the order rows were pushed.
#[derive(Debug)]
pub struct EventFolder<'q> {
    q: &'q EventGroupQuery,
    blocs: &'q std::collections::HashSet<String>,
    at: Option<i64>,
    index: std::collections::HashMap<String, usize>,
    key: String,
    groups: Vec<EventGroup>,
    /// Each group's most recent events, best first: (day, year, date, id).
    cands: Vec<Vec<Candidate>>,
}

/// An event of a group in the order its evidence is preferred: newest day first, then the order the row
/// path reads events in (year newest first, then date, then id).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Candidate {
    day: Option<String>,
    date: Option<String>,
    id: i64,
}

type Rank<'a> = (
    std::cmp::Reverse<&'a str>,
    std::cmp::Reverse<&'a str>,
    &'a str,
    i64,
);

impl Candidate {
    fn rank<'a>(day: Option<&'a str>, date: Option<&'a str>, id: i64) -> Rank<'a> {
        let date = date.unwrap_or("");
        (
            std::cmp::Reverse(day.unwrap_or("")),
            std::cmp::Reverse(date.get(..4).unwrap_or(date)),
            date,
            id,
        )
    }
}

impl<'q> EventFolder<'q> {
    pub fn new(q: &'q EventGroupQuery, blocs: &'q std::collections::HashSet<String>) -> Self {
        EventFolder {
            q,
            blocs,
            at: day_number(&q.at),
            index: std::collections::HashMap::new(),
            key: String::new(),
            groups: Vec::new(),
            cands: Vec::new(),
        }
    }

    pub fn push(&mut self, r: FoldRow<'_>) {
        let q = self.q;
        let day = EventGroup::day_of(r.date, r.doc_date);
        if day.is_some_and(|d| d > q.at.as_str()) {
            return;
        }
        let names_bloc = r
            .source
            .split_whitespace()
            .chain(r.target.split_whitespace())
            .any(|a| self.blocs.contains(a));
        let split_day = if names_bloc { day } else { None };
        self.key.clear();
        for part in [r.source, r.target, r.kind, r.modality] {
            self.key.push_str(part);
            self.key.push('\u{1f}');
        }
        self.key.push(if r.negated { '1' } else { '0' });
        self.key.push_str(&r.score.to_bits().to_string());
        self.key.push('\u{1f}');
        if let Some(d) = split_day {
            self.key.push_str(d);
        }
        let gi = match self.index.get(self.key.as_str()) {
            Some(i) => *i,
            None => {
                let words = |s: &str| s.split_whitespace().map(str::to_string).collect();
                self.groups.push(EventGroup {
                    source: words(r.source),
                    target: words(r.target),
                    kind: r.kind.to_string(),
                    modality: r.modality.to_string(),
                    negated: r.negated,
                    score: r.score,
                    day: split_day.map(str::to_string),
                    events: 0,
                    decayed: vec![0.0; q.half_lives.len()],
                    latest: Vec::new(),
                });
                self.cands.push(Vec::new());
                self.index.insert(self.key.clone(), self.groups.len() - 1);
                self.groups.len() - 1
            }
        };
        let g = &mut self.groups[gi];
        g.events += 1;
        let age = match (day.and_then(day_number), self.at) {
            (Some(d), Some(a)) => Some((a - d).max(0) as f64),
            _ => None,
        };
        for (s, h) in g.decayed.iter_mut().zip(&q.half_lives) {
            *s += match age {
                Some(a) => 0.5f64.powf(a / h),
                None => 0.5,
            };
        }
        let cands = &mut self.cands[gi];
        let rank = Candidate::rank(day, r.date, r.id);
        if cands.len() >= q.latest
            && cands
                .last()
                .is_none_or(|c| rank >= Candidate::rank(c.day.as_deref(), c.date.as_deref(), c.id))
        {
            return;
        }
        let pos = cands
            .iter()
            .position(|c| rank < Candidate::rank(c.day.as_deref(), c.date.as_deref(), c.id))
            .unwrap_or(cands.len());
        cands.insert(
            pos,
            Candidate {
                day: day.map(str::to_string),
                date: r.date.map(str::to_string),
                id: r.id,
            },
        );
        cands.truncate(q.latest);
    }

    pub fn finish(self) -> Vec<EventGroup> {
        let mut out = self.groups;
        for (g, c) in out.iter_mut().zip(self.cands) {
            g.latest = c
                .into_iter()
                .map(|c| EventRef {
                    id: c.id,
                    date: c.date,
                    day: c.day,
                })
                .collect();
        }
        out
    }
}

/// One event as [`EventFolder`] reads it (`source` and `target` are space-separated ids).
#[derive(Debug, Clone, Copy)]
pub struct FoldRow<'a> {
    pub id: i64,
    pub source: &'a str,
    pub target: &'a str,
    pub kind: &'a str,
    pub modality: &'a str,
    pub negated: bool,
    pub score: f32,
    pub date: Option<&'a str>,
    pub doc_date: Option<&'a str>,
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(String),
    #[error("the store at {path} is corrupt or not a blocwatch store: {message}")]
    Corruption { path: String, message: String },
    #[error(
        "the store at {path} has schema version {found}, newer than this blocwatch ({supported})"
    )]
    TooNew {
        path: String,
        found: i64,
        supported: i64,
    },
    #[error("reference data {file}:{line}: {message}")]
    Reference {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{0}")]
    Invalid(String),
    #[error("I/O error on {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// The read side of the knowledge base: everything the questions need, nothing about how it is stored.
pub trait KnowledgeBase: Send + Sync {
    fn blocs(&self) -> Result<Vec<BlocRow>, StoreError>;
    /// Reference membership periods, narrowed by bloc and/or member.
    fn memberships(
        &self,
        bloc: Option<&str>,
        member: Option<&str>,
    ) -> Result<Vec<MembershipRow>, StoreError>;
    /// Reference treaties with `party` among their parties (all when `None`).
    fn treaties(&self, party: Option<&str>) -> Result<Vec<TreatyRow>, StoreError>;
    /// Membership statements from the news, narrowed by bloc and/or member.
    fn claims(&self, bloc: Option<&str>, member: Option<&str>)
        -> Result<Vec<ClaimRow>, StoreError>;
    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError>;
    /// Amounts with `party` among their parties (all when `None`), within the date bounds.
    fn quantities(
        &self,
        party: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<QuantityRow>, StoreError>;
    /// Full-text search over the normalised sentences, best first.
    fn search(
        &self,
        query: &str,
        lang: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<SentenceHit>, StoreError>;
    fn document(&self, id: &str) -> Result<Option<DocRow>, StoreError>;
    /// Documents, newest first, paged.
    fn documents(
        &self,
        lang: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<DocRow>, StoreError>;
    /// Ids of every country that appears in the reference data or the news (the universe of `prospects`).
    fn countries(&self) -> Result<Vec<String>, StoreError>;

    /// `q.actor`'s events in the window folded into groups (see [`EventGroup`]): what a question that
    /// scores every partner of a state needs, without reading each event and its sentence. The default
    /// folds [`KnowledgeBase::events`]; a store should do it where the rows are.
    fn event_groups(&self, q: &EventGroupQuery) -> Result<Vec<EventGroup>, StoreError> {
        let blocs: std::collections::HashSet<String> =
            self.blocs()?.into_iter().map(|b| b.id).collect();
        let rows = self.events(&EventFilter {
            actor: Some(q.actor.clone()),
            from: Some(q.from.clone()),
            to: Some(q.to.clone()),
            include_negated: true,
            ..EventFilter::default()
        })?;
        let mut folder = EventFolder::new(q, &blocs);
        for e in &rows {
            let (source, target) = (e.source.join(" "), e.target.join(" "));
            folder.push(FoldRow {
                id: e.id,
                source: &source,
                target: &target,
                kind: &e.kind,
                modality: &e.modality,
                negated: e.negated,
                score: e.score,
                date: e.date.as_deref(),
                doc_date: e.evidence.doc_date.as_deref(),
            });
        }
        Ok(folder.finish())
    }

    /// How many of `actor`'s events each calendar year holds within the bounds (as in [`EventFilter`]),
    /// as `(year, count)` in year order.
    fn event_years(
        &self,
        actor: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<(String, usize)>, StoreError> {
        let mut out: Vec<(String, usize)> = Vec::new();
        for e in self.events(&EventFilter {
            actor: Some(actor.to_string()),
            from: Some(from.to_string()),
            to: Some(to.to_string()),
            include_negated: true,
            ..EventFilter::default()
        })? {
            let y: String = e.date.unwrap_or_default().chars().take(4).collect();
            match out.iter_mut().find(|(k, _)| *k == y) {
                Some((_, n)) => *n += 1,
                None => out.push((y, 1)),
            }
        }
        out.sort();
        Ok(out)
    }

    /// The events with these ids (any order; unknown ids are left out). The default reads every event.
    fn events_by_id(&self, ids: &[i64]) -> Result<Vec<EventRow>, StoreError> {
        Ok(self
            .events(&EventFilter {
                include_negated: true,
                ..EventFilter::default()
            })?
            .into_iter()
            .filter(|e| ids.contains(&e.id))
            .collect())
    }
}
