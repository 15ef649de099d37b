use crate::dates::facts_rows;
use crate::memberships::tables::{tables, CUES_CSV, MODAL_CSV, NEGATION_CSV};

#[test]
fn facts_data_is_complete() {
    for (name, text, cols) in [
        (
            "membership_cues",
            CUES_CSV,
            &["lang", "phrase", "status", "members", "bloc"][..],
        ),
        (
            "membership_negation",
            NEGATION_CSV,
            &["lang", "word", "form"][..],
        ),
        ("membership_modal", MODAL_CSV, &["lang", "word", "kind"][..]),
    ] {
        let lines = text.lines().filter(|l| !l.trim().is_empty()).count() - 1;
        assert_eq!(
            facts_rows(text, cols).len(),
            lines,
            "{name}: a row lacks a value or source"
        );
    }
    assert_eq!(
        tables().meta.len(),
        CUES_CSV.lines().count() - 1,
        "unknown status or side"
    );
}
