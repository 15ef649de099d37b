//! The schema, as a list of migrations applied in order and counted in SQLite's `user_version`.
//!
//! A migration is only ever appended: a store written by an older blocwatch is brought forward step by step
//! (a v1 store file is kept under `tests/fixtures/` and opened by the tests), and a store written by a newer
//! one is refused rather than misread.

use rusqlite::{Connection, TransactionBehavior};

/// `application_id` of a blocwatch store ("BLOC" in ASCII), so that a foreign SQLite file is recognised.
pub(crate) const APPLICATION_ID: i64 = 0x424C_4F43;

/// Each entry moves the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[V1];

/// The schema version this code writes.
pub(crate) const VERSION: i64 = MIGRATIONS.len() as i64;

const V1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per distinct text. `id` is the source's own id (JSONL) or `sha256:<hex>`; `hash` is the SHA-256 of
-- the text, so the same article arriving under two ids is stored once.
CREATE TABLE documents (
    rowid  INTEGER PRIMARY KEY,
    id     TEXT NOT NULL UNIQUE,
    hash   BLOB NOT NULL UNIQUE,
    source TEXT NOT NULL,
    lang   TEXT,
    date   TEXT,
    title  TEXT,
    url    TEXT,
    chars  INTEGER NOT NULL,
    text   TEXT NOT NULL
);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_lang_date ON documents(lang, date);

-- Sentences of every document (for search and as evidence). `fts` is 1 for the sentences the splitter found
-- (indexed in sentence_fts), 0 for ranges cited by a claim that are not one of them.
CREATE TABLE sentences (
    id       INTEGER PRIMARY KEY,
    doc      INTEGER NOT NULL REFERENCES documents(rowid),
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    fts      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    entities TEXT NOT NULL
);
CREATE INDEX sentences_doc ON sentences(doc);

-- Contentless: the normalised sentence (`norm`) and the Arabic forms without proclitics (`stems`) are only
-- indexed, never stored twice; hits are read back through `sentences`. `lang` holds the document's language
-- code as a token, so that a language filter is part of the full-text match, not a join.
CREATE VIRTUAL TABLE sentence_fts USING fts5(
    norm, stems, lang, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);

-- Written in document order and read in bulk only, so no secondary index (it would cost a fifth of the
-- ingest); sentences.entities answers "who is named in this sentence".
CREATE TABLE mentions (
    doc      INTEGER NOT NULL REFERENCES documents(rowid),
    sentence INTEGER REFERENCES sentences(id),
    entity   TEXT NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    form     TEXT NOT NULL
);

-- Every entity the news has named, with how many documents name it.
CREATE TABLE entities (
    id       TEXT PRIMARY KEY,
    kind     TEXT NOT NULL,
    name     TEXT NOT NULL,
    wikidata TEXT,
    country  TEXT,
    docs     INTEGER NOT NULL,
    mentions INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX entities_kind ON entities(kind);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    doc         INTEGER NOT NULL REFERENCES documents(rowid),
    sentence    INTEGER NOT NULL REFERENCES sentences(id),
    type        TEXT NOT NULL,
    mode        TEXT,
    context     TEXT NOT NULL,
    score       REAL NOT NULL,
    source      TEXT NOT NULL,
    target      TEXT NOT NULL,
    symmetric   INTEGER NOT NULL,
    date        TEXT,
    negated     INTEGER NOT NULL,
    modality    TEXT NOT NULL,
    reported_by TEXT,
    trigger     TEXT NOT NULL,
    actors      TEXT NOT NULL
);
CREATE INDEX events_date ON events(date);

-- The indexes that drive actor and dyad questions in date order. `date` is the event's date ('' when
-- unknown). One row per (actor, event): role 's' source, 't' target, 'b' both.
CREATE TABLE event_actors (
    actor TEXT NOT NULL,
    date  TEXT NOT NULL,
    event INTEGER NOT NULL REFERENCES events(id),
    role  TEXT NOT NULL,
    PRIMARY KEY (actor, date, event)
) WITHOUT ROWID;

-- One row per unordered pair of actors an event is *between* (a < b): a source and a target of a directed
-- event, or two parties of a symmetric one.
CREATE TABLE event_pairs (
    a     TEXT NOT NULL,
    b     TEXT NOT NULL,
    date  TEXT NOT NULL,
    event INTEGER NOT NULL REFERENCES events(id),
    PRIMARY KEY (a, b, date, event)
) WITHOUT ROWID;

CREATE TABLE claims (
    id       INTEGER PRIMARY KEY,
    doc      INTEGER NOT NULL REFERENCES documents(rowid),
    sentence INTEGER NOT NULL REFERENCES sentences(id),
    bloc     TEXT NOT NULL,
    member   TEXT NOT NULL,
    status   TEXT NOT NULL,
    date     TEXT,
    negated  INTEGER NOT NULL
);
-- Covering and date-ordered: a bloc's (or a member's) claims are one index range, read without the table.
CREATE INDEX claims_bloc ON claims(bloc, date, id, member, status, negated, doc, sentence);
CREATE INDEX claims_member ON claims(member, date, id, bloc, status, negated, doc, sentence);

CREATE TABLE quantities (
    id       INTEGER PRIMARY KEY,
    doc      INTEGER NOT NULL REFERENCES documents(rowid),
    sentence INTEGER NOT NULL REFERENCES sentences(id),
    kind     TEXT NOT NULL,
    amount   REAL NOT NULL,
    currency TEXT,
    bound    TEXT,
    parties  TEXT NOT NULL,
    date     TEXT,
    text     TEXT NOT NULL
);
CREATE INDEX quantities_date ON quantities(date);

-- Date-ordered per party ('' when undated), like event_actors.
CREATE TABLE quantity_parties (
    party    TEXT NOT NULL,
    date     TEXT NOT NULL,
    quantity INTEGER NOT NULL REFERENCES quantities(id),
    PRIMARY KEY (party, date, quantity)
) WITHOUT ROWID;

-- The reference data (data/reference/*.csv), replaced whole when the compiled-in copy changes.
CREATE TABLE ref_blocs (
    id          TEXT PRIMARY KEY,
    name_en     TEXT NOT NULL,
    name_ar     TEXT NOT NULL,
    name_ru     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    founded     TEXT,
    dissolved   TEXT,
    predecessor TEXT,
    successor   TEXT,
    source      TEXT NOT NULL,
    note        TEXT
) WITHOUT ROWID;

CREATE TABLE ref_memberships (
    line   INTEGER PRIMARY KEY,
    bloc   TEXT NOT NULL,
    member TEXT NOT NULL,
    status TEXT NOT NULL,
    "from" TEXT,
    "to"   TEXT,
    source TEXT NOT NULL,
    note   TEXT
);
CREATE INDEX ref_memberships_bloc ON ref_memberships(bloc);
CREATE INDEX ref_memberships_member ON ref_memberships(member);

CREATE TABLE ref_treaties (
    line      INTEGER PRIMARY KEY,
    id        TEXT NOT NULL,
    name      TEXT NOT NULL,
    parties   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    signed    TEXT,
    in_force  TEXT,
    ended     TEXT,
    source    TEXT NOT NULL,
    note      TEXT
);

CREATE TABLE ref_treaty_parties (
    party  TEXT NOT NULL,
    treaty INTEGER NOT NULL REFERENCES ref_treaties(line),
    PRIMARY KEY (party, treaty)
) WITHOUT ROWID;
"#;

/// What [`migrate`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    /// The store is at this version (after migrating).
    Current,
    /// A newer blocwatch wrote it.
    TooNew(i64),
    /// Not a blocwatch store.
    Foreign(&'static str),
}

/// Brings the schema of `conn` up to [`VERSION`], all steps in one transaction.
///
/// Two processes may open a new store at the same moment (an ingest and a reader of its progress): the
/// transaction takes the write lock *before* the version is read, so exactly one of them migrates and the
/// other waits (busy timeout) and then finds the schema current.
pub(crate) fn migrate(conn: &mut Connection) -> rusqlite::Result<Found> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let app: i64 = tx.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let mut version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if app != APPLICATION_ID {
        let tables: i64 = tx.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'",
            [],
            |r| r.get(0),
        )?;
        if app != 0 || tables > 0 || version != 0 {
            return Ok(Found::Foreign(
                "its SQLite application id is not blocwatch's and it already holds tables",
            ));
        }
    }
    if version > VERSION {
        return Ok(Found::TooNew(version));
    }
    if version == VERSION {
        return Ok(Found::Current);
    }
    while version < VERSION {
        tx.execute_batch(MIGRATIONS[version as usize])?;
        version += 1;
    }
    // PRAGMA takes no bound parameters; both values are integers we computed.
    tx.execute_batch(&format!(
        "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {version};"
    ))?;
    tx.commit()?;
    Ok(Found::Current)
}
