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
        &["CONSULT TUR>RUS"],
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

/// Aid in the infinitive under a verb of agreeing is what was agreed: one AGREE of the giver, no AID beside
/// it (eval/README, session 19 (a)); aid told in the future tense stays an expected AID.
#[test]
fn aid_agreed_to_is_the_agreement() {
    check(
        "en",
        "Japan agreed on Monday to lend Sri Lanka $500 million for a new port.",
        &["AGREE JPN>LKA"],
    );
    check(
        "ru",
        "Китай согласился в марте предоставить Пакистану кредит на строительство порта.",
        &["AGREE CHN>PAK"],
    );
    check(
        "ar",
        "وافقت الكويت على منح الأردن قرضاً لبناء ميناء.",
        &["AGREE KWT>JOR"],
    );
    check(
        "en",
        "Japan will lend Sri Lanka $500 million for a new port.",
        &["AID JPN>LKA expected"],
    );
}

/// An exercise noun with two states or more as its parties is their joint exercise (COOPERATE military);
/// told again after a joint exercise it is that exercise, no mobilisation of one of them.
#[test]
fn exercises_of_several_states_are_cooperation() {
    check(
        "ru",
        "Египет, Турция и Греция начали учения у Крита.",
        &["COOPERATE {EGY+GRC+TUR}"],
    );
    check(
        "en",
        "Indian and French warships began a joint exercise off Goa on Monday, with six Indian vessels taking part in the drills.",
        &["COOPERATE {FRA+IND}"],
    );
    check(
        "en",
        "Russia began drills near the Finnish border.",
        &["MOBILIZE {RUS}"],
    );
}

/// An Arabic state recalling its diplomats recalls its envoys (SANCTION withdraw), as its ambassador.
#[test]
fn arabic_recalled_diplomats_are_a_withdrawal() {
    check(
        "ar",
        "استدعت الجزائر دبلوماسييها من باريس.",
        &["SANCTION DZA>FRA"],
    );
}
