//! Session 16, English event coding on constructions of unseen news (issue 3): a state's body before a
//! relative phrase, a past participle with its agent set off by commas, a second deed of the same doer
//! aimed where the first was, a verb after "and" and a time phrase, the -ing verb after "by", a flag state,
//! and a reaction to an act named as a noun; and a past verb after a weapon word, which the rules already
//! coded as a verb (the exception written for it was taken back, 486c549). Sentences written for these
//! tests.

use crate::support;

#[track_caller]
fn check(text: &str, expect: &[&str]) {
    support::check("en", text, expect);
}

#[test]
fn a_state_body_before_a_relative_phrase_is_its_antecedent() {
    check(
        "The Chinese coast guard, which has patrolled the shoal for years, rammed a Philippine supply boat.",
        &["COERCE CHN>PHL"],
    );
    check(
        "Slovakia's government, which buys most of its gas from Moscow, blocked a new EU aid package.",
        &["REJECT SVK>EU"],
    );
}

#[test]
fn a_past_participle_with_its_agent_is_an_aside() {
    check(
        "Moroccan troops, backed by French intelligence, arrested three Algerian nationals near the border.",
        &["COERCE MAR>DZA"],
    );
    check(
        "Tanzanian forces, joined by Ugandan exiles, shelled Ugandan army positions near Masaka.",
        &["ASSAULT TZA>UGA"],
    );
}

#[test]
fn a_second_deed_of_the_same_doer_is_aimed_where_the_first_was() {
    check(
        "The Turkish navy fired at a Greek coast guard vessel and detained two of its crew.",
        &["ASSAULT TUR>GRC", "COERCE TUR>GRC"],
    );
    // Near-miss: a state named in the second clause is the place of an act of its own.
    check(
        "Turkey shelled Kurdish positions in Syria and arrested forty suspects in Ankara.",
        &["ASSAULT TUR>SYR"],
    );
}

#[test]
fn a_verb_after_and_and_a_time_phrase_keeps_the_main_subject() {
    check(
        "ECOWAS suspended Niger on Sunday, hours after soldiers detained the president, and demanded that Niamey restore order.",
        &["SANCTION ECOWAS>NER", "REQUEST ECOWAS>NER"],
    );
}

#[test]
fn the_ing_verb_after_by_has_the_subject_of_its_clause() {
    check(
        "Beijing retaliated against the new Japanese curbs by halting imports of Japanese seafood.",
        &["SANCTION CHN>JPN"],
    );
}

#[test]
fn a_past_verb_after_a_weapon_word_is_a_verb() {
    check(
        "Algerian gunboats seized four Spanish trawlers off Oran.",
        &["COERCE DZA>ESP"],
    );
}

#[test]
fn a_flag_state_is_the_target_of_a_seizure() {
    check(
        "Sweden's navy seized a Russian-flagged tanker in the Baltic.",
        &["COERCE SWE>RUS"],
    );
    // Near-miss: a state that leads or backs something still does not act.
    check("Russian-backed forces seized a Georgian village.", &[]);
}

#[test]
fn a_reaction_from_a_state_is_aimed_at_the_author_of_a_noun_act() {
    check(
        "Turkey's seizure of a Greek fishing boat drew a formal protest from Athens.",
        &["COERCE TUR>GRC", "PROTEST GRC>TUR"],
    );
}
