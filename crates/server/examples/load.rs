//! A load test of the HTTP API over loopback: N requests (default 10,000) over a mix of endpoints, from C
//! keep-alive connections (default 32), with latency percentiles per endpoint and overall.
//!
//! ```sh
//! # Against an in-process server on a store file of the sample corpus (examples/news), as in BENCHMARKS.md:
//! cargo run --release -p blocwatch-server --example load
//! # Against a running `blocwatch serve`:
//! cargo run --release -p blocwatch-server --example load -- --addr 127.0.0.1:8080 --requests 10000
//! ```
//!
//! The client is a minimal HTTP/1.1 reader (status line, Content-Length body) so that it measures the server,
//! not a client library. Any answer other than 200, and any connection error, counts as an error; the process
//! exits non-zero if there was one.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use blocwatch_extract::{Extractor, Input};
use blocwatch_input::{read_inputs, InputOptions};
use blocwatch_server::{serve, AppState, ServerConfig};
use blocwatch_store::SqliteStore;

/// The mix: every read endpoint of the API and two page assets, equally often.
const PATHS: &[&str] = &[
    "/api/health",
    "/api/stats",
    "/api/blocs",
    "/api/blocs/SCO?at=2016-01-01",
    "/api/blocs/BRICS?at=2025-06-01",
    "/api/memberships?bloc=EAEU",
    "/api/treaties?party=RUS",
    "/api/countries/KAZ",
    "/api/dyads/RUS/CHN?by=year",
    "/api/prospects/RUS?top=20",
    "/api/assess?members=RUS,KAZ,UZB",
    "/api/search?q=SCO%20summit&limit=20",
    "/api/search?q=%D8%B1%D9%88%D8%B3%D9%8A%D8%A7&lang=ar&limit=20",
    "/api/events?actor=RUS&limit=50",
    "/api/documents?limit=20",
    "/api/documents/en-2001-06-15-sco-founded",
    "/api/entities?kind=bloc",
    "/",
    "/assets/js/main.js",
];

struct Opts {
    addr: Option<String>,
    requests: usize,
    concurrency: usize,
    corpus: PathBuf,
}

fn opts() -> Result<Opts, String> {
    let mut o = Opts {
        addr: None,
        requests: 10_000,
        concurrency: 32,
        corpus: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/news")),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--addr" => o.addr = Some(val()?),
            "--requests" => o.requests = val()?.parse().map_err(|e| format!("--requests: {e}"))?,
            "--concurrency" => {
                o.concurrency = val()?.parse().map_err(|e| format!("--concurrency: {e}"))?
            }
            "--corpus" => o.corpus = PathBuf::from(val()?),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if o.concurrency == 0 || o.requests == 0 {
        return Err("--requests and --concurrency must be positive".into());
    }
    Ok(o)
}

/// A store file (as `blocwatch serve` reads: WAL, a pool of read connections) with the corpus in it.
fn corpus_store(dir: &PathBuf, db: &std::path::Path) -> Result<SqliteStore, String> {
    let store = SqliteStore::open(db).map_err(|e| e.to_string())?;
    let extractor = Extractor::embedded();
    let mut batch = Vec::new();
    for item in read_inputs(std::slice::from_ref(dir), &InputOptions::default()) {
        let d = item.map_err(|e| e.to_string())?;
        let record = extractor.extract(&Input::from(&d));
        batch.push((record, d.text));
    }
    store.ingest(&batch).map_err(|e| e.to_string())?;
    Ok(store)
}

/// One GET on a kept-alive connection: the status, after the whole body has been read.
async fn get(conn: &mut BufReader<TcpStream>, host: &str, path: &str) -> std::io::Result<u16> {
    let req = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: */*\r\n\r\n");
    conn.get_mut().write_all(req.as_bytes()).await?;
    let mut line = String::new();
    conn.read_line(&mut line).await?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
    let mut length = None;
    loop {
        line.clear();
        if conn.read_line(&mut line).await? == 0 {
            return Err(std::io::Error::other("connection closed in the headers"));
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse::<usize>().ok();
            }
        }
    }
    let length = length.ok_or_else(|| std::io::Error::other("no Content-Length"))?;
    let mut body = vec![0u8; length];
    conn.read_exact(&mut body).await?;
    Ok(status)
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let o = match opts() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("load: {e}");
            std::process::exit(2);
        }
    };
    let mut stop = None;
    let addr: SocketAddr = match &o.addr {
        Some(a) => a.parse().unwrap_or_else(|e| {
            eprintln!("load: --addr {a}: {e}");
            std::process::exit(2)
        }),
        None => {
            let tmp = tempfile::tempdir().expect("temporary directory");
            let store =
                corpus_store(&o.corpus, &tmp.path().join("load.sqlite")).unwrap_or_else(|e| {
                    eprintln!("load: building the store from {}: {e}", o.corpus.display());
                    std::process::exit(2)
                });
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            let addr = listener.local_addr().expect("addr");
            let (tx, rx) = tokio::sync::oneshot::channel::<()>();
            let state = AppState::new(Arc::new(store), ServerConfig::default());
            let handle = tokio::spawn(serve(listener, state, async move {
                let _ = rx.await;
            }));
            stop = Some((tx, handle, tmp));
            addr
        }
    };
    let host = addr.to_string();
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..o.concurrency {
        let next = next.clone();
        let host = host.clone();
        let total = o.requests;
        workers.push(tokio::spawn(async move {
            let mut seen: Vec<(usize, Duration, Result<u16, String>)> = Vec::new();
            let mut conn = None;
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    break;
                }
                let which = i % PATHS.len();
                let t = Instant::now();
                if conn.is_none() {
                    match TcpStream::connect(addr).await {
                        Ok(s) => conn = Some(BufReader::new(s)),
                        Err(e) => {
                            seen.push((which, t.elapsed(), Err(e.to_string())));
                            continue;
                        }
                    }
                }
                let c = conn.as_mut().expect("connected");
                let r = get(c, &host, PATHS[which]).await.map_err(|e| e.to_string());
                if r.is_err() {
                    conn = None;
                }
                seen.push((which, t.elapsed(), r));
            }
            seen
        }));
    }
    let mut all = Vec::new();
    for w in workers {
        all.extend(w.await.expect("worker"));
    }
    let wall = started.elapsed();
    if let Some((tx, handle, _tmp)) = stop {
        let _ = tx.send(());
        let _ = handle.await;
    }

    let mut errors: BTreeMap<String, usize> = BTreeMap::new();
    let mut per: Vec<Vec<Duration>> = vec![Vec::new(); PATHS.len()];
    let mut lat: Vec<Duration> = Vec::new();
    for (which, d, r) in &all {
        match r {
            Ok(200) => {}
            Ok(s) => {
                *errors
                    .entry(format!("{} → {s}", PATHS[*which]))
                    .or_default() += 1
            }
            Err(e) => {
                *errors
                    .entry(format!("{} → {e}", PATHS[*which]))
                    .or_default() += 1
            }
        }
        per[*which].push(*d);
        lat.push(*d);
    }
    lat.sort();
    println!(
        "{} requests, {} connections, {:.2} s, {:.0} requests/s, {} errors",
        all.len(),
        o.concurrency,
        wall.as_secs_f64(),
        all.len() as f64 / wall.as_secs_f64(),
        errors.values().sum::<usize>()
    );
    println!(
        "latency ms: p50 {:.2}  p90 {:.2}  p99 {:.2}  max {:.2}",
        pct(&lat, 0.5),
        pct(&lat, 0.9),
        pct(&lat, 0.99),
        pct(&lat, 1.0)
    );
    println!("{:<64} {:>8} {:>8}", "endpoint", "p50 ms", "p99 ms");
    for (i, p) in PATHS.iter().enumerate() {
        let mut v = per[i].clone();
        v.sort();
        println!("{:<64} {:>8.2} {:>8.2}", p, pct(&v, 0.5), pct(&v, 0.99));
    }
    for (e, n) in &errors {
        println!("error: {n} × {e}");
    }
    if !errors.is_empty() {
        std::process::exit(1);
    }
}
