//! `blocwatch ingest` and `blocwatch export` as a user runs them: in temp dirs, through the built binary.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use blocwatch_store::{SqliteStore, StoreCounts};

const BIN: &str = env!("CARGO_BIN_EXE_blocwatch");
const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds");

fn blocwatch(args: &[&str], dir: &Path) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("BLOCWATCH_DB")
        .output()
        .expect("run blocwatch")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn summary(o: &Output) -> serde_json::Value {
    assert!(
        o.status.code().is_some_and(|c| c <= 1),
        "status {:?}, stderr: {}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_str(stdout(o).trim()).expect("a JSON summary")
}

fn counts(db: &Path) -> StoreCounts {
    SqliteStore::open(db).unwrap().counts().unwrap()
}

/// `n` short news items of our own, in three languages, as JSON Lines with ids and dates. Items repeat a
/// text every 97 documents under another id, so deduplication by content is exercised at scale too.
fn corpus(n: usize) -> String {
    let en = [
        ("Russia", "China"),
        ("Kazakhstan", "Uzbekistan"),
        ("India", "Iran"),
        ("Belarus", "Armenia"),
        ("Brazil", "Egypt"),
    ];
    let ru = [
        ("Россия", "Китай"),
        ("Казахстан", "Киргизия"),
        ("Индия", "Иран"),
    ];
    let ar = [("روسيا", "الصين"), ("مصر", "إيران"), ("الهند", "البرازيل")];
    let mut out = String::new();
    for i in 0..n {
        let k = if i % 97 == 96 { i - 1 } else { i };
        let text = match k % 3 {
            0 => {
                let (a, b) = en[k % en.len()];
                format!(
                    "{a} and {b} agreed on a new round of trade talks, report number {k}. \
                     Officials said turnover grew by {} percent.",
                    k % 40
                )
            }
            1 => {
                let (a, b) = ru[k % ru.len()];
                format!("{a} и {b} провели переговоры о поставках зерна, сводка {k}. Стороны договорились о новой встрече.")
            }
            _ => {
                let (a, b) = ar[k % ar.len()];
                format!("بحثت {a} و{b} تعزيز التعاون الاقتصادي في التقرير رقم {k}. واتفق الجانبان على لقاء جديد.")
            }
        };
        let line = serde_json::json!({
            "id": format!("gen-{i}"),
            "text": text,
            "date": format!("2024-{:02}-{:02}", k % 12 + 1, k % 28 + 1),
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

fn write_corpus(dir: &Path, n: usize) -> PathBuf {
    let path = dir.join("news.jsonl");
    std::fs::write(&path, corpus(n)).unwrap();
    path
}

#[test]
fn kill_9_mid_ingest_then_rerun_equals_an_uninterrupted_run() {
    const N: usize = 10_000;
    let dir = tempfile::tempdir().unwrap();
    let input = write_corpus(dir.path(), N);
    let input = input.to_str().unwrap();

    // The uninterrupted run.
    let clean = summary(&blocwatch(
        &["ingest", input, "--db", "clean.sqlite", "--json"],
        dir.path(),
    ));
    let expected_new = clean["new"].as_u64().unwrap();
    assert_eq!(
        expected_new + clean["duplicate"].as_u64().unwrap(),
        N as u64
    );
    assert!(clean["duplicate"].as_u64().unwrap() >= (N / 97) as u64);
    let expected = counts(&dir.path().join("clean.sqlite"));
    assert_eq!(expected.documents as u64, expected_new);

    // The same job in small batches, read from a pipe and killed with SIGKILL once a batch is committed.
    // The last hundred lines (new documents among them) are never written and the pipe stays open until the
    // kill, so the job cannot finish first however the machine schedules it: the kill always lands mid-job
    // (while the job reads, extracts or writes the rest of what was fed, or waits for the lines never sent).
    let db = dir.path().join("killed.sqlite");
    let text = std::fs::read_to_string(input).unwrap();
    let cut = text.match_indices('\n').nth(N - 101).unwrap().0 + 1;
    let mut child = Command::new(BIN)
        .args([
            "ingest",
            "-",
            "--db",
            "killed.sqlite",
            "--batch",
            "100",
            "--json",
        ])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        // Fails with a broken pipe once the job is killed; the pipe is handed back so that it is closed only
        // after the kill.
        let _ = pipe.write_all(&text.as_bytes()[..cut]);
        pipe
    });
    let started = Instant::now();
    loop {
        assert!(
            child.try_wait().unwrap().is_none(),
            "ingest ended before its input did"
        );
        // Only once the job made the store: opening would create it. (Opening takes the write lock for a
        // moment to check the reference data; the job's writer waits for it, up to the store's busy timeout.)
        let stored = Some(&db)
            .filter(|db| db.exists())
            .and_then(|db| SqliteStore::open(db).ok())
            .and_then(|store| store.counts().ok())
            .map_or(0, |c| c.documents);
        if stored >= 100 {
            break;
        }
        // A guard against a hung job, not a timing assumption: the job cannot end before it is killed.
        assert!(started.elapsed() < Duration::from_secs(600), "no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    drop(feeder.join().unwrap());
    let after_kill = counts(&db);
    assert!(
        after_kill.documents > 0 && (after_kill.documents as u64) < expected_new,
        "killed mid-way: {after_kill:?}"
    );

    // Re-running completes the job: nothing stored twice, nothing missing.
    let rerun = summary(&blocwatch(
        &["ingest", input, "--db", "killed.sqlite", "--json"],
        dir.path(),
    ));
    assert_eq!(
        rerun["new"].as_u64().unwrap() + after_kill.documents as u64,
        expected_new
    );
    assert_eq!(counts(&db), expected);
    SqliteStore::open(&db).unwrap().check().unwrap();
}

#[test]
fn seeds_twice_store_each_once_and_print_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let first = blocwatch(&["ingest", SEEDS, "--db", "kb.sqlite"], dir.path());
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let text = stdout(&first);
    assert!(text.contains("5 new, 0 duplicate, 0 failed"), "{text}");
    assert!(text.contains("documents/s"), "{text}");
    let again = summary(&blocwatch(
        &["ingest", SEEDS, "--db", "kb.sqlite", "--json"],
        dir.path(),
    ));
    assert_eq!(
        (again["new"].as_u64(), again["duplicate"].as_u64()),
        (Some(0), Some(5))
    );
    assert_eq!(counts(&dir.path().join("kb.sqlite")).documents, 5);
}

#[test]
fn a_bad_file_is_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    std::fs::create_dir(&news).unwrap();
    std::fs::write(
        news.join("a.txt"),
        "The CSTO held drills near Dushanbe in the autumn.",
    )
    .unwrap();
    let mut bad = std::fs::File::create(news.join("b.jsonl")).unwrap();
    writeln!(
        bad,
        "{{\"id\": \"ok\", \"text\": \"Minsk hosted the Eurasian council.\"}}"
    )
    .unwrap();
    writeln!(bad, "{{not json at all").unwrap();
    drop(bad);
    std::fs::write(news.join("c.gz"), b"\x1f\x8b\x08\x00truncated gzip").unwrap();
    let out = blocwatch(&["ingest", "news", "--json"], dir.path());
    assert_eq!(out.status.code(), Some(1), "failures make exit code 1");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("b.jsonl"), "{stderr}");
    let s = summary(&out);
    assert_eq!(s["new"].as_u64(), Some(2));
    assert!(s["failed"].as_u64().unwrap() >= 1);
    // The default store is ./blocwatch.sqlite.
    assert_eq!(counts(&dir.path().join("blocwatch.sqlite")).documents, 2);

    // A non-store file given as --db is refused and left as it was.
    std::fs::write(dir.path().join("notes.txt"), "shopping list\n".repeat(300)).unwrap();
    let out = blocwatch(&["ingest", "news", "--db", "notes.txt"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a blocwatch store"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "shopping list\n".repeat(300)
    );
}

#[test]
fn export_writes_every_kind() {
    let dir = tempfile::tempdir().unwrap();
    let input = write_corpus(dir.path(), 60);
    let out = blocwatch(
        &["ingest", input.to_str().unwrap(), "--db", "kb.sqlite"],
        dir.path(),
    );
    assert!(out.status.success());
    let export = |what: &str, format: &str| {
        let o = blocwatch(
            &[
                "export",
                "--db",
                "kb.sqlite",
                "--what",
                what,
                "--format",
                format,
            ],
            dir.path(),
        );
        assert!(
            o.status.success(),
            "{what} {format}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        stdout(&o)
    };
    let docs = export("documents", "jsonl");
    assert_eq!(
        docs.lines().count(),
        counts(&dir.path().join("kb.sqlite")).documents
    );
    let docs_csv = export("documents", "csv");
    assert!(docs_csv.starts_with("id,source,lang,date,title,url,chars,text"));
    let ents = export("entities", "csv");
    assert!(
        ents.lines().any(|l| l.starts_with("RUS,country,")),
        "{ents}"
    );
    let members = export("memberships", "jsonl");
    assert!(members
        .lines()
        .any(|l| l.contains("\"bloc\":\"SCO\"") && l.contains("\"member\":\"IND\"")));
    let events = export("events", "plover");
    for line in events.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["event"].is_string() && v["text_info"]["start"].is_u64());
    }
    let o = blocwatch(
        &[
            "export",
            "--db",
            "kb.sqlite",
            "--what",
            "entities",
            "--format",
            "plover",
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    let o = blocwatch(
        &["export", "--db", "missing.sqlite", "--what", "events"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(!dir.path().join("missing.sqlite").exists());
    // -o writes a file.
    let o = blocwatch(
        &[
            "export",
            "--db",
            "kb.sqlite",
            "--what",
            "events",
            "--format",
            "csv",
            "-o",
            "events.csv",
        ],
        dir.path(),
    );
    assert!(o.status.success());
    assert!(std::fs::read_to_string(dir.path().join("events.csv"))
        .unwrap()
        .starts_with("id,date,type"));
}
