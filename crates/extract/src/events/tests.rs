//! Event coding, sentence by sentence, in the three languages. Each case is the text and the events
//! expected, written `TYPE SRC>TGT` (or `TYPE {A+B}` for symmetric events), followed by ` neg` when negated
//! and the modality when it is not `asserted`.

use crate::pipeline::{Extractor, Input};
use crate::record::EventRec;

fn show(e: &EventRec) -> String {
    let sorted = |v: &[String]| {
        let mut v = v.to_vec();
        v.sort();
        v.dedup();
        v.join("+")
    };
    let mut s = if e.target.is_empty() {
        format!("{} {{{}}}", e.kind, sorted(&e.source))
    } else {
        format!("{} {}>{}", e.kind, sorted(&e.source), sorted(&e.target))
    };
    if e.negated {
        s.push_str(" neg");
    }
    if e.modality != "asserted" {
        s.push(' ');
        s.push_str(&e.modality);
    }
    s
}

pub(crate) fn events_of(lang: &str, text: &str) -> Vec<String> {
    let rec = Extractor::embedded().extract(&Input {
        lang: Some(lang),
        date: Some("2024-10-22"),
        ..Input::text(text)
    });
    rec.events.iter().map(show).collect()
}

#[track_caller]
fn check(lang: &str, text: &str, expect: &[&str]) {
    let got = events_of(lang, text);
    assert_eq!(got, expect, "\n{lang}: {text}");
}

#[test]
fn english_core_types() {
    check(
        "en",
        "Russia and China signed an agreement.",
        &["AGREE {CHN+RUS}"],
    );
    check("en", "Iran supplied drones to Russia.", &["AID IRN>RUS"]);
    check("en", "Putin visited China.", &["CONSULT RUS>CHN"]);
}

#[test]
fn arabic_verb_first() {
    check(
        "ar",
        "وقعت روسيا وإيران اتفاقية تعاون.",
        &["AGREE {IRN+RUS}"],
    );
}

#[test]
fn russian_core_types() {
    check(
        "ru",
        "Россия и Китай подписали соглашение.",
        &["AGREE {CHN+RUS}"],
    );
}
