//! What every handler shares: the store, the extraction pipeline, the analysis weights, the write token, and
//! the gate that lets shutdown wait for ingests in flight.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use blocwatch_analysis::Weights;
use blocwatch_extract::Extractor;
use blocwatch_store::SqliteStore;
use tokio::sync::{RwLock, Semaphore};

/// How the server behaves; `Default` is the safe choice (no writes, 2 MiB bodies).
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The token `POST /api/ingest` requires (`Authorization: Bearer <token>`); `None` switches writes off.
    pub token: Option<String>,
    /// Largest request body in bytes.
    pub body_limit: usize,
    /// Most documents one `POST /api/ingest` may carry.
    pub max_ingest_docs: usize,
    /// Store and analysis calls running at once; further requests queue. The default, twice the cores
    /// (at least 2, at most 8), keeps SQLite busy without oversubscribing the machine.
    pub max_concurrent_queries: usize,
}

impl Default for ServerConfig {
    fn default() -> ServerConfig {
        ServerConfig {
            token: None,
            body_limit: 2 * 1024 * 1024,
            max_ingest_docs: 1000,
            max_concurrent_queries: std::thread::available_parallelism()
                .map_or(2, |n| n.get() * 2)
                .clamp(2, 8),
        }
    }
}

/// The server's shared state: cheap to clone (one `Arc`).
#[derive(Debug, Clone)]
pub struct AppState {
    pub(crate) inner: Arc<Inner>,
}

#[derive(Debug)]
pub(crate) struct Inner {
    pub store: Arc<SqliteStore>,
    pub extractor: Extractor,
    pub weights: Weights,
    pub config: ServerConfig,
    /// Each ingest holds a read guard until its transaction ends; shutdown takes the write guard, so it
    /// waits for them and no new one starts.
    pub ingest_gate: Arc<RwLock<()>>,
    pub closing: AtomicBool,
    /// Ingest transactions running now (for `/api/health` and the shutdown test).
    pub ingests: AtomicUsize,
    /// Permits for store and analysis calls (see `ServerConfig::max_concurrent_queries`).
    pub queries: Arc<Semaphore>,
    /// `/api/network` answers by date: the one question that profiles every country, so it is kept for a
    /// minute, and dropped at once when this server ingests (a `blocwatch ingest` into the same file shows
    /// within the minute).
    pub network_cache: Mutex<HashMap<String, (Instant, Arc<crate::routes::Network>)>>,
}

const NETWORK_TTL: Duration = Duration::from_secs(60);
const NETWORK_CACHE_MAX: usize = 64;

impl AppState {
    /// State over `store`, with the embedded lexicon and analysis weights.
    pub fn new(store: Arc<SqliteStore>, config: ServerConfig) -> AppState {
        AppState::with_parts(store, config, Extractor::embedded(), Weights::embedded())
    }

    /// State with a chosen extractor (e.g. a lexicon from a data directory) and weights.
    pub fn with_parts(
        store: Arc<SqliteStore>,
        config: ServerConfig,
        extractor: Extractor,
        weights: Weights,
    ) -> AppState {
        let permits = config.max_concurrent_queries.max(1);
        AppState {
            inner: Arc::new(Inner {
                store,
                extractor,
                weights,
                config,
                ingest_gate: Arc::new(RwLock::new(())),
                closing: AtomicBool::new(false),
                ingests: AtomicUsize::new(0),
                queries: Arc::new(Semaphore::new(permits)),
                network_cache: Mutex::new(HashMap::new()),
            }),
        }
    }

    pub fn store(&self) -> &Arc<SqliteStore> {
        &self.inner.store
    }

    /// Refuses new writes from now on, then waits until every ingest in flight has committed.
    pub async fn drain_writes(&self) {
        self.inner.closing.store(true, Ordering::SeqCst);
        let _all = self.inner.ingest_gate.write().await;
    }

    /// How many ingest transactions are running now.
    pub fn ingests_in_flight(&self) -> usize {
        self.inner.ingests.load(Ordering::SeqCst)
    }

    pub(crate) fn cached_network(&self, at: Option<&str>) -> Option<Arc<crate::routes::Network>> {
        let cache = self.inner.network_cache.lock().ok()?;
        let (when, net) = cache.get(at.unwrap_or(""))?;
        (when.elapsed() < NETWORK_TTL).then(|| net.clone())
    }

    pub(crate) fn cache_network(
        &self,
        at: Option<&str>,
        net: crate::routes::Network,
    ) -> Arc<crate::routes::Network> {
        let net = Arc::new(net);
        if let Ok(mut cache) = self.inner.network_cache.lock() {
            cache.retain(|_, (when, _)| when.elapsed() < NETWORK_TTL);
            if cache.len() < NETWORK_CACHE_MAX {
                cache.insert(at.unwrap_or("").to_string(), (Instant::now(), net.clone()));
            }
        }
        net
    }

    pub(crate) fn forget_cached(&self) {
        if let Ok(mut cache) = self.inner.network_cache.lock() {
            cache.clear();
        }
    }

    pub(crate) fn closing(&self) -> bool {
        self.inner.closing.load(Ordering::SeqCst)
    }
}
