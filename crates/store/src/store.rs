//! [`SqliteStore`]: opening, migrating and sharing the SQLite file.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};

use crate::model::StoreError;
use crate::reference::{embedded_hash, Reference};
use crate::schema::{self, Found};

/// How long a connection waits for another writer (another `blocwatch ingest` on the same file) before
/// giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Read connections kept open for reuse; more are opened on demand and closed when returned to a full pool.
const READ_POOL: usize = 8;

/// The embedded knowledge base: one SQLite file (WAL) holding the reference data, the documents and every
/// claim extracted from them.
///
/// It is `Send + Sync`: writes go through one connection behind a mutex; reads on a file store use a small
/// pool of their own connections, so questions are answered while an ingest is running. An in-memory store
/// has a single connection.
///
/// Search ranks (bm25) the 2,000 most recently stored sentences that match, so that a query for a very
/// common word stays fast on a large store; deeper pages than that come back empty.
#[derive(Debug)]
pub struct SqliteStore {
    path: Option<PathBuf>,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
}

/// `$BLOCWATCH_DB` if set, else `./blocwatch.sqlite`.
pub fn default_store_path() -> PathBuf {
    match std::env::var_os("BLOCWATCH_DB") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from("blocwatch.sqlite"),
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        StoreError::Db(e.to_string())
    }
}

impl SqliteStore {
    /// Opens (creating if missing) the store at `path`: WAL, migrations, and the reference data loaded if the
    /// store has none or an older copy. A file that is not a blocwatch store is refused
    /// ([`StoreError::Corruption`]) and left untouched; so is a store written by a newer blocwatch
    /// ([`StoreError::TooNew`]).
    pub fn open(path: impl AsRef<Path>) -> Result<SqliteStore, StoreError> {
        let path = path.as_ref();
        let shown = path.display().to_string();
        let conn = Connection::open(path).map_err(|e| classify(&shown, e))?;
        let store = SqliteStore {
            path: Some(path.to_path_buf()),
            writer: Mutex::new(conn),
            readers: Mutex::new(Vec::new()),
        };
        store.init(&shown)?;
        Ok(store)
    }

    /// A fresh in-memory store with the reference data loaded (tests, the demo).
    pub fn open_in_memory() -> Result<SqliteStore, StoreError> {
        let store = SqliteStore {
            path: None,
            writer: Mutex::new(Connection::open_in_memory()?),
            readers: Mutex::new(Vec::new()),
        };
        store.init(":memory:")?;
        Ok(store)
    }

    /// The file this store lives in (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version this code reads and writes.
    pub fn schema_version() -> i64 {
        schema::VERSION
    }

    fn init(&self, shown: &str) -> Result<(), StoreError> {
        let mut conn = self.writer();
        // Several processes opening a new store at once race for the lock that creating it, switching it
        // to WAL and migrating it need; SQLite answers some of those races with "database is locked" at
        // once instead of waiting (to avoid a deadlock between two lock upgrades), so each step is retried.
        retry_busy(|| configure(&conn)).map_err(|e| classify(shown, e))?;
        if self.path.is_some() {
            // WAL lets readers work while a batch is being written, and a killed writer leaves the last
            // committed batch intact. NORMAL is durable against process crashes (kill -9) in WAL mode.
            let mode: String =
                retry_busy(|| conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)))
                    .map_err(|e| classify(shown, e))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::Db(format!(
                    "{shown}: could not switch to WAL (journal mode is {mode})"
                )));
            }
        }
        // Checkpoint every ~64 MB of WAL rather than 4 MB: a page an ingest rewrites (an index's right edge,
        // an FTS segment) is then copied into the main file once per many batches, not once per batch.
        retry_busy(|| {
            conn.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384;")
        })
        .map_err(|e| classify(shown, e))?;
        match retry_busy(|| schema::migrate(&mut conn)).map_err(|e| classify(shown, e))? {
            Found::Current => {}
            Found::TooNew(found) => {
                return Err(StoreError::TooNew {
                    path: shown.to_string(),
                    found,
                    supported: schema::VERSION,
                })
            }
            Found::Foreign(message) => {
                return Err(StoreError::Corruption {
                    path: shown.to_string(),
                    message: message.to_string(),
                })
            }
        }
        let hash = embedded_hash();
        // As for the migrations: the write lock first, then the check, so that two processes opening the
        // store at once load the reference data once.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let stored: Option<String> = tx
            .query_row(
                "SELECT value FROM meta WHERE key = 'reference_hash'",
                [],
                |r| r.get(0),
            )
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(e),
            })?;
        if stored.as_deref() != Some(hash.as_str()) {
            let reference = Reference::embedded()?;
            reference.write(&tx, &hash)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// The write connection. A panic while it was held cannot leave SQLite mid-transaction in a way that
    /// matters (an open transaction is rolled back when the next one begins), so a poisoned lock is reused.
    pub(crate) fn writer(&self) -> MutexGuard<'_, Connection> {
        self.writer.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` on a read connection: one from the pool on a file store, the single connection in memory.
    pub(crate) fn read<T>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let Some(path) = &self.path else {
            return f(&self.writer());
        };
        let pooled = self.readers.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let conn = match pooled {
            Some(c) => c,
            None => {
                let c = Connection::open_with_flags(
                    path,
                    OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )?;
                configure(&c)?;
                c.execute_batch("PRAGMA query_only = 1;")?;
                c
            }
        };
        let out = f(&conn);
        let mut pool = self.readers.lock().unwrap_or_else(|p| p.into_inner());
        if pool.len() < READ_POOL {
            pool.push(conn);
        }
        out
    }
}

/// Runs `f` again while SQLite reports the database busy or locked, up to [`BUSY_TIMEOUT`].
fn retry_busy<T>(mut f: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
    let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
    loop {
        match f() {
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
                ) && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(Duration::from_millis(5));
            }
            r => return r,
        }
    }
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Memory-mapped reads: the questions jump between documents, sentences and claims all over the file,
    // and a mapped page costs no system call. (Ignored for in-memory stores.)
    conn.execute_batch(
        "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA mmap_size = 4294967296;",
    )?;
    // Touch the schema so that a file that is not SQLite at all fails here, with a clear message.
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    })?;
    Ok(())
}

/// Maps SQLite's "not a database" and "malformed" errors to [`StoreError::Corruption`] with the path.
fn classify(path: &str, e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => {
            StoreError::Corruption {
                path: path.to_string(),
                message: e.to_string(),
            }
        }
        Some(ErrorCode::CannotOpen) => StoreError::Io {
            path: path.to_string(),
            source: std::io::Error::other(e.to_string()),
        },
        _ => StoreError::Db(format!("{path}: {e}")),
    }
}

/// How many rows of each kind a store holds.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StoreCounts {
    pub documents: usize,
    pub sentences: usize,
    pub mentions: usize,
    pub entities: usize,
    pub events: usize,
    pub memberships: usize,
    pub quantities: usize,
    pub reference_blocs: usize,
    pub reference_memberships: usize,
    pub reference_treaties: usize,
}

impl SqliteStore {
    /// Row counts of every table (a status line, and the check that a resumed ingest equals a clean one).
    pub fn counts(&self) -> Result<StoreCounts, StoreError> {
        self.read(|c| {
            let n = |table: &str| -> Result<usize, StoreError> {
                // Table names come from the fixed list below, never from input.
                let v: i64 =
                    c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
                Ok(v.max(0) as usize)
            };
            Ok(StoreCounts {
                documents: n("documents")?,
                sentences: n("sentences")?,
                mentions: n("mentions")?,
                entities: n("entities")?,
                events: n("events")?,
                memberships: n("claims")?,
                quantities: n("quantities")?,
                reference_blocs: n("ref_blocs")?,
                reference_memberships: n("ref_memberships")?,
                reference_treaties: n("ref_treaties")?,
            })
        })
    }
}

impl SqliteStore {
    /// Which of these document ids are already stored: `blocwatch ingest` skips extracting them, so that
    /// re-running an interrupted job only does the work that is left.
    pub fn contains_ids<S: AsRef<str>>(&self, ids: &[S]) -> Result<Vec<bool>, StoreError> {
        self.read(|c| {
            let mut stmt = c.prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?;
            ids.iter()
                .map(|id| Ok(stmt.exists([id.as_ref()])?))
                .collect()
        })
    }
}

impl SqliteStore {
    /// Checks the file's integrity (`PRAGMA quick_check`) and that every row's parent exists
    /// (`PRAGMA foreign_key_check`); a problem is reported as [`StoreError::Corruption`].
    pub fn check(&self) -> Result<(), StoreError> {
        let shown = self
            .path
            .as_ref()
            .map_or_else(|| ":memory:".to_string(), |p| p.display().to_string());
        self.read(|c| {
            let quick: String = c.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
            if quick != "ok" {
                return Err(StoreError::Corruption {
                    path: shown.clone(),
                    message: quick,
                });
            }
            let mut stmt = c.prepare("PRAGMA foreign_key_check")?;
            let orphans: Vec<String> = stmt
                .query_map([], |r| {
                    Ok(format!(
                        "{} row {} has no parent in {}",
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<i64>>(1)?.unwrap_or(-1),
                        r.get::<_, String>(2)?
                    ))
                })?
                .take(5)
                .collect::<rusqlite::Result<_>>()?;
            if !orphans.is_empty() {
                return Err(StoreError::Corruption {
                    path: shown.clone(),
                    message: orphans.join("; "),
                });
            }
            Ok(())
        })
    }
}
