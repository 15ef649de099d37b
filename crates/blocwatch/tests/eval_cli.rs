//! `blocwatch eval` run as a user runs it, on tiny annotated sets written into temporary directories.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn blocwatch(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_blocwatch"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("running blocwatch")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Two English items: one the pipeline gets right, one with a mention it cannot find (no name in the text).
const ITEMS: &str = r#"{"id": "t-1", "lang": "en", "tags": ["capital"], "text": "Moscow and Beijing signed a gas deal.", "mentions": [{"entity": "RUS", "text": "Moscow"}, {"entity": "CHN", "text": "Beijing"}]}
{"id": "t-2", "lang": "en", "tags": ["capital", "lexicon_missing"], "text": "Ministers met on Friday.", "mentions": [{"entity": "TUR", "text": "Ankara"}]}
"#;

fn set(dir: &Path, name: &str) -> String {
    let sub = dir.join(name);
    fs::create_dir_all(&sub).unwrap();
    fs::write(sub.join("en.jsonl"), ITEMS).unwrap();
    name.to_string()
}

#[test]
fn table_shows_every_dimension_and_attributes_and_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let path = set(dir.path(), "dev");
    let o = blocwatch(dir.path(), &["eval", &path, "--by-tag"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for line in [
        "events (all modalities)",
        "quantity currency+bound",
        "membership date",
    ] {
        assert!(out.contains(line), "{line} missing from\n{out}");
    }
    // Tag rows: `capital` on both items (3 gold mentions, 2 found), `lexicon_missing` on the failing one.
    assert!(
        out.lines()
            .any(|l| l.starts_with("capital") && l.contains(" 2 ") && l.contains("1.00/0.67")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.starts_with("lexicon_missing") && l.contains("1.00/0.00")),
        "{out}"
    );
}

#[test]
fn json_report_carries_totals_tags_and_dev_failures() {
    let dir = tempfile::tempdir().unwrap();
    let path = set(dir.path(), "dev");
    let o = blocwatch(dir.path(), &["eval", &path, "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["total"]["items"], 2);
    assert_eq!(v["total"]["mentions"]["tp"], 2);
    assert_eq!(v["total"]["mentions"]["fn"], 1);
    assert_eq!(v["by_lang"]["en"]["items"], 2);
    assert_eq!(v["by_tag"]["capital"]["items"], 2);
    assert_eq!(v["items"][0]["id"], "t-2");
    assert_eq!(v["items"][0]["failures"][0]["expected"], "TUR (Ankara)");
}

#[test]
fn failures_list_expected_against_found_on_a_dev_set() {
    let dir = tempfile::tempdir().unwrap();
    let path = set(dir.path(), "dev");
    let o = blocwatch(dir.path(), &["eval", &path, "--failures"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("failures: 1 in 1 items"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("t-2") && l.contains("mention") && l.contains("TUR (Ankara)")),
        "{out}"
    );
}

#[test]
fn tag_option_scores_only_the_items_carrying_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = set(dir.path(), "dev");
    let o = blocwatch(
        dir.path(),
        &["eval", &path, "--json", "--tag", "lexicon_missing"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["total"]["items"], 1);
    assert_eq!(v["total"]["mentions"]["tp"], 0);
    let o = blocwatch(dir.path(), &["eval", &path, "--tag", "no_such_tag"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no_such_tag"), "{}", stderr(&o));
}

#[test]
fn held_out_items_are_never_shown() {
    let dir = tempfile::tempdir().unwrap();
    let path = set(dir.path(), "heldout");
    let o = blocwatch(dir.path(), &["eval", &path, "--failures"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("held-out"), "{}", stderr(&o));
    assert!(!stdout(&o).contains("t-2"));

    // Reached through a name without `heldout` in it.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.path().join("heldout"), dir.path().join("tuning")).unwrap();
        for alias in ["tuning", "tuning/en.jsonl"] {
            let o = blocwatch(dir.path(), &["eval", alias, "--misses"]);
            assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
            assert!(stderr(&o).contains("held-out"), "{}", stderr(&o));
        }
    }
    // Any case of the name.
    fs::rename(dir.path().join("heldout"), dir.path().join("HeldOut")).unwrap();
    let o = blocwatch(dir.path(), &["eval", "HeldOut/en.jsonl", "--failures"]);
    assert!(stderr(&o).contains("held-out"), "{}", stderr(&o));

    // Totals are fine, and the JSON report leaves the items out.
    let o = blocwatch(dir.path(), &["eval", "HeldOut", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["total"]["mentions"]["fn"], 1);
    assert!(v.get("items").is_none(), "{v}");
}

#[test]
fn bad_gold_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("bad.jsonl"),
        "\n{\"id\": \"b-1\", \"lang\": \"en\", \"text\": \"x\", \"events\": [{\"type\": \"AGREE\", \"modality\": \"sure\"}]}\n",
    )
    .unwrap();
    let o = blocwatch(dir.path(), &["eval", "bad.jsonl"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("bad.jsonl:2") && err.contains("\"sure\""),
        "{err}"
    );

    fs::write(dir.path().join("broken.jsonl"), "{\"id\": \"b-2\"\n").unwrap();
    let o = blocwatch(dir.path(), &["eval", "broken.jsonl"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("broken.jsonl:1"), "{}", stderr(&o));

    fs::create_dir(dir.path().join("empty")).unwrap();
    let o = blocwatch(dir.path(), &["eval", "empty"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no annotated items"), "{}", stderr(&o));
}
