//! Session 42 (the event type among triggers that are found). Sentences written for these tests.
//!
//! Undoing a restriction is a concession (eval/README: lifting or easing sanctions is `CONCEDE`), whatever
//! word names the restriction and however it is possessed: the sanction noun alone would code the measure
//! undone as a `SANCTION` of its own.

use crate::support::check;

/// An Arabic sanction noun with the possessive ه (عقوباته "its sanctions") is the object of the verb that
/// suspends or lifts it, as عقوباتها always was: after the ات of a plural, ه is no folded ة.
#[test]
fn arabic_possessed_sanctions_undone_are_a_concession() {
    check(
        "ar",
        "علّق الاتحاد الأوروبي عقوباته على سوريا.",
        &["CONCEDE EU>SYR"],
    );
    check(
        "ar",
        "رفع الاتحاد الأوروبي معظم عقوباته عن ميانمار.",
        &["CONCEDE EU>MMR"],
    );
    check("ar", "علّقت كندا عقوباتها على سوريا.", &["CONCEDE CAN>SYR"]);
    // (A possessed plural after any verb of a pattern: «أجرى … محادثاته».)
    check(
        "ar",
        "أجرى بوتين محادثاته مع أردوغان في سوتشي.",
        &["CONSULT {RUS+TUR}"],
    );
}

/// Lowering a duty on a state's goods undoes part of it; an asset freeze is undone like any sanction.
#[test]
fn lowered_duties_and_a_suspended_asset_freeze_are_concessions() {
    check(
        "en",
        "Washington cut tariffs on Chinese goods on Monday.",
        &["CONCEDE USA>CHN"],
    );
    check(
        "en",
        "India lowered its duties on American almonds.",
        &["CONCEDE IND>USA"],
    );
    check(
        "en",
        "The European Union suspended its asset freeze on Belarusian officials.",
        &["CONCEDE EU>BLR"],
    );
    check(
        "ru",
        "Китай снизил пошлины на американские товары.",
        &["CONCEDE CHN>USA"],
    );
    check(
        "ar",
        "خفضت الصين الرسوم الجمركية على السلع الأمريكية.",
        &["CONCEDE CHN>USA"],
    );
    // Traps: cutting supplies is a sanction, and imposing duties is one.
    check(
        "en",
        "Russia cut gas supplies to Ukraine.",
        &["SANCTION RUS>UKR"],
    );
    check(
        "ru",
        "Китай ввёл пошлины на американские товары.",
        &["SANCTION CHN>USA"],
    );
}
