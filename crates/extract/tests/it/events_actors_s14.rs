//! Session 14, the actors of English event coding on constructions of unseen news (issue 3): the comma of
//! an English-style date, appositives that open with a possessive state, relative phrases after an official
//! named by title, and the noun a resumed light verb takes. Sentences written for these tests.

use crate::support;

#[track_caller]
fn check(text: &str, expect: &[&str]) {
    support::check("en", text, expect);
}

#[test]
fn the_comma_of_a_us_style_date_cuts_no_clause() {
    check(
        "Norway agreed on March 14, 2024 to lend Uzbekistan $500 million.",
        &["AGREE NOR>UZB"],
    );
    check(
        // (The aid promised is the AGREE alone since the Session-55 ruling (b).)
        "Japan promised on January 20, 2022 to send relief supplies to Tonga.",
        &["AGREE JPN>TON"],
    );
}

#[test]
fn an_appositive_opening_with_a_possessive_state_is_no_subject() {
    check(
        "Tajikistan, Russia's southern ally, signed a border deal with Kyrgyzstan.",
        &["AGREE {KGZ+TJK}"],
    );
    check(
        "Serbia, Beijing's closest partner in Europe, held snap military drills on Monday.",
        &["MOBILIZE {SRB}"],
    );
}

#[test]
fn a_relative_phrase_after_an_official_named_by_title_stands_for_the_state() {
    check(
        "The Turkish foreign minister, who visited Cairo last month, criticised Israel on Sunday.",
        &["CONSULT TUR>EGY", "ACCUSE TUR>ISR"],
    );
    check(
        "Egypt, where the talks were held, welcomed the truce between Israel and Hamas.",
        &["SUPPORT EGY>ISR"],
    );
}

#[test]
fn what_a_warning_is_against_has_not_happened() {
    check(
        "Hanoi warned Manila against joint patrols with Beijing in the disputed waters.",
        &["THREATEN VNM>PHL", "COOPERATE {CHN+PHL} hypothetical"],
    );
    check(
        "Pyongyang warned Tokyo against naval exercises with Seoul.",
        &["THREATEN PRK>JPN", "COOPERATE {JPN+KOR} hypothetical"],
    );
}
