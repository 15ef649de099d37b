//! The question commands and the demo, run as a user runs them, in temporary directories.

use std::path::Path;
use std::process::{Command, Output};

fn blocwatch(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_blocwatch"))
        .args(args)
        .current_dir(dir)
        .env_remove("BLOCWATCH_DB")
        .output()
        .expect("running blocwatch")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", stderr(o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

fn member_ids(v: &serde_json::Value) -> Vec<String> {
    let mut ids: Vec<String> = v["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["member"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

#[test]
fn bloc_answers_from_the_reference_without_a_store_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let o = blocwatch(dir.path(), &["bloc", "SCO", "--at", "2016-01-01", "--json"]);
    assert_eq!(
        member_ids(&json(&o)),
        ["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"]
    );
    assert!(stderr(&o).contains("reference data only"));
    assert!(!dir.path().join("blocwatch.sqlite").exists());
    let o = blocwatch(dir.path(), &["bloc", "sco", "--at", "2024-12-31", "--json"]);
    assert_eq!(
        member_ids(&json(&o)),
        ["BLR", "CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"]
    );
    let o = blocwatch(
        dir.path(),
        &["bloc", "brics", "--at", "2025-06-01", "--json"],
    );
    assert!(member_ids(&json(&o)).contains(&"IDN".to_string()));
    // The table names every member with its since-date and source.
    let o = blocwatch(dir.path(), &["bloc", "ШОС", "--at", "2016-01-01"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Kyrgyzstan") && out.contains("2001-06-15"),
        "{out}"
    );
    assert!(out.contains("http"), "{out}");
}

#[test]
fn unknown_ids_and_bad_dates_exit_2_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    for (args, says) in [
        (vec!["bloc", "NOSUCHBLOC"], "unknown bloc"),
        (vec!["bloc", "SCO", "--at", "2016-13-01"], "invalid date"),
        (vec!["country", "XXQ"], "unknown country"),
        (vec!["dyad", "RUS", "CHN", "--by", "week"], "unknown period"),
        (vec!["prospects", "Narnia"], "unknown country"),
        (vec!["assess", "RUS", "RUS"], "at least two"),
        (vec!["search", "   "], "at least one word"),
        (vec!["search", "gas", "--lang", "de"], "unknown language"),
    ] {
        let o = blocwatch(dir.path(), &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"), "{args:?}");
    }
}

#[test]
fn questions_on_an_ingested_store() {
    let dir = tempfile::tempdir().unwrap();
    // Our own sentences, not from any article.
    let docs = [
        (
            "t1",
            "en",
            "2024-03-10",
            "Kazakhstan and Russia signed an agreement on a new pipeline. Moscow praised Astana for its support.",
        ),
        (
            "t2",
            "en",
            "2024-05-02",
            "Uzbekistan rejected a proposal from Russia to form a gas union.",
        ),
        (
            "t3",
            "ru",
            "2024-06-01",
            "Россия и Китай подписали соглашение о поставках газа.",
        ),
    ];
    let mut jsonl = String::new();
    for (id, lang, date, text) in docs {
        jsonl.push_str(
            &serde_json::json!({"id": id, "lang": lang, "date": date, "text": text}).to_string(),
        );
        jsonl.push('\n');
    }
    std::fs::write(dir.path().join("news.jsonl"), jsonl).unwrap();
    let o = blocwatch(dir.path(), &["ingest", "news.jsonl", "--db", "kb.sqlite"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let db = ["--db", "kb.sqlite", "--json"];
    let run = |args: &[&str]| {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(db);
        json(&blocwatch(dir.path(), &all))
    };
    let c = run(&["country", "Kazakhstan", "--at", "2024-12-31"]);
    assert_eq!(c["id"], "KAZ");
    assert!(c["memberships"].as_array().unwrap().len() >= 5);
    let p = run(&["prospects", "RUS", "--at", "2024-12-31", "--top", "10"]);
    assert_eq!(p["ranked"].as_array().unwrap().len(), 10);
    let top3: Vec<&str> = (0..3)
        .map(|i| p["ranked"][i]["country"].as_str().unwrap())
        .collect();
    assert!(top3.contains(&"BLR") && top3.contains(&"KAZ"), "{top3:?}");
    let a = run(&["assess", "RUS", "KAZ", "UZB", "--at", "2024-12-31"]);
    assert!(["realistic", "possible", "unlikely"].contains(&a["verdict"].as_str().unwrap()));
    assert_eq!(a["pairs"].as_array().unwrap().len(), 3);
    let d = run(&["dyad", "RUS", "CHN", "--by", "quarter"]);
    assert_eq!(d["a"], "RUS");
    let s = run(&["search", "gas"]);
    let texts: Vec<&str> = s
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["evidence"]["text"].as_str().unwrap())
        .collect();
    assert!(texts.iter().any(|t| t.contains("gas union")), "{texts:?}");
    let s = run(&["search", "газа", "--lang", "ru"]);
    assert_eq!(s.as_array().unwrap().len(), 1, "{s}");
}

#[test]
fn demo_builds_a_store_and_answers_the_headline_questions() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/news");
    let o = blocwatch(
        dir.path(),
        &[
            "demo",
            "--no-serve",
            "--db",
            "demo.sqlite",
            "--corpus",
            corpus,
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for section in [
        "Who was in the SCO",
        "Who is in BRICS today",
        "What countries could Russia join an alliance with",
        "Russia–Kazakhstan–Uzbekistan",
        "Russia and China",
        "SWIFT",
    ] {
        assert!(out.contains(section), "{section} missing");
    }
    assert!(out.contains("SCO — Shanghai Cooperation Organisation"));
    assert!(out.contains('«'), "no evidence sentence printed");
    assert!(dir.path().join("demo.sqlite").exists());
    // Run again on the same store: every document is already there.
    let o = blocwatch(
        dir.path(),
        &[
            "demo",
            "--no-serve",
            "--db",
            "demo.sqlite",
            "--corpus",
            corpus,
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("(0 new,"),
        "{}",
        stdout(&o).lines().next().unwrap_or("")
    );
}

#[test]
fn extract_stages_entities_fills_mentions_only_and_refuses_event_formats() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Russia and Iran signed a gas deal in Tehran. Egypt joined BRICS in 2024.\n";
    std::fs::write(dir.path().join("a.txt"), text).unwrap();
    let all = json(&blocwatch(dir.path(), &["extract", "a.txt"]));
    let only = json(&blocwatch(
        dir.path(),
        &["extract", "--stages", "entities", "a.txt"],
    ));
    assert!(!all["events"].as_array().unwrap().is_empty(), "{all}");
    assert_eq!(all["mentions"], only["mentions"]);
    assert_eq!(all["entities"], only["entities"]);
    for key in ["events", "memberships", "quantities"] {
        assert_eq!(only[key], serde_json::json!([]), "{key}: {only}");
    }
    let refused = blocwatch(
        dir.path(),
        &[
            "extract", "--stages", "entities", "--format", "plover", "a.txt",
        ],
    );
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("--stages entities"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn event_trace_tells_why_each_found_trigger_was_dropped_or_coded() {
    // (`BLOCWATCH_EVENT_TRACE`: every trigger found is listed on stderr with the check that set it aside,
    // in any build; the record on stdout is the one written without it.)
    let dir = tempfile::tempdir().unwrap();
    let text = "Russia and Iran signed a gas deal in Tehran. Canada suspended on Monday.\n";
    std::fs::write(dir.path().join("a.txt"), text).unwrap();
    let plain = blocwatch(dir.path(), &["extract", "a.txt"]);
    let traced = Command::new(env!("CARGO_BIN_EXE_blocwatch"))
        .args(["extract", "a.txt"])
        .current_dir(dir.path())
        .env("BLOCWATCH_EVENT_TRACE", "1")
        .output()
        .expect("running blocwatch");
    assert_eq!(json(&plain), json(&traced));
    assert!(stderr(&plain).is_empty(), "{}", stderr(&plain));
    let trace = stderr(&traced);
    let line = |word: &str| {
        trace
            .lines()
            .find(|l| l.starts_with("TRACE ") && l.contains(&format!("[{word}]")))
            .unwrap_or_else(|| panic!("no trace line for {word}: {trace}"))
            .to_string()
    };
    assert!(line("signed").ends_with("=> AGREE RUS+IRN>"), "{trace}");
    assert!(
        line("suspended").ends_with("DROPPED in run: run:no-target"),
        "{trace}"
    );
}
