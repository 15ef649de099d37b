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
    // Every cue row has a known status and sides (the reader panics on one it cannot take) and gives a
    // pattern (the Arabic article forms come on top).
    assert!(tables().meta.len() >= CUES_CSV.lines().count() - 1);
}

/// A hyphen between two words walks as a space, so "dialogue-partner status" is the cue "dialogue partner status";
/// an Arabic lesser status also walks with the article on its first word ("الشريك في الحوار").
#[test]
fn hyphened_and_defined_cue_phrases() {
    use super::check;
    use crate::memberships::tables::unhyphened;
    use blocwatch_text::Lang;
    assert_eq!(
        unhyphened("dialogue-partner status"),
        "dialogue partner status"
    );
    assert_eq!(unhyphened("a - b -c"), "a - b -c");
    assert!(matches!(
        unhyphened("no hyphen"),
        std::borrow::Cow::Borrowed(_)
    ));
    check(
        Lang::En,
        "SCO leaders granted dialogue-partner status to Cambodia on Friday.",
        &["SCO/KHM/dialogue_partner 2024-10-18"],
    );
    check(
        Lang::Ar,
        "قال أردوغان إن تركيا، الشريك في الحوار مع منظمة شنغهاي للتعاون منذ 2012، ستحضر القمة.",
        &["SCO/TUR/dialogue_partner 2012"],
    );
}
