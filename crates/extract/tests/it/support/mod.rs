//! What the per-language event tests share: run the embedded extractor on one sentence and write its events
//! in one line each, `TYPE SRC>TGT` (or `TYPE {A+B}` for an event without direction), then ` neg` when
//! negated and the modality when it is not `asserted`.

use blocwatch_extract::{EventRec, Extractor, Input};

/// The document date every test sentence is read with (relative dates resolve against it).
const DATE: &str = "2025-05-05";

include!("show.rs");

pub fn events(lang: &str, text: &str) -> Vec<EventRec> {
    events_on(lang, text, DATE)
}

/// The events of `text` read as a document dated `date`.
pub fn events_on(lang: &str, text: &str, date: &str) -> Vec<EventRec> {
    Extractor::embedded()
        .extract(&Input {
            lang: Some(lang),
            date: Some(date),
            ..Input::text(text)
        })
        .events
}

/// The events of `text` are exactly `expect`, in any order.
#[track_caller]
pub fn check(lang: &str, text: &str, expect: &[&str]) {
    let mut got: Vec<String> = events(lang, text).iter().map(show).collect();
    got.sort();
    let mut want: Vec<String> = expect.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want, "\n{text}");
}

/// Checks each `(lang, text, expect)` row with [`check`].
#[track_caller]
pub fn check_rows(table: &[(&str, &str, &[&str])]) {
    for (lang, text, expect) in table {
        check(lang, text, expect);
    }
}

/// The events of `text` are exactly `expect`, each written `TYPE SRC>TGT date` (the event's date, `-`
/// without one), in any order.
#[track_caller]
pub fn check_dates(lang: &str, text: &str, expect: &[&str]) {
    let mut got: Vec<String> = events(lang, text)
        .iter()
        .map(|e| format!("{} {}", show(e), e.date.as_deref().unwrap_or("-")))
        .collect();
    got.sort();
    let mut want: Vec<String> = expect.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want, "\n{text}");
}
