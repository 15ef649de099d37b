//! Russian event coding, session 17: rules found with fresh sentences written for the session (second acts
//! after a two-word conjunction, prisoner swaps, trigger gaps and type choice, actors). Each case is the
//! text and the events expected, in the notation of `support::show`.

use crate::support;

#[track_caller]
fn check(text: &str, expect: &[&str]) {
    support::check("ru", text, expect);
}

#[test]
fn a_verb_after_a_takzhe_shares_the_subject_before() {
    check(
        "Министры Египта и Иордании подписали протокол о торговле, а также обменялись мнениями о ситуации в регионе.",
        &["AGREE {EGY+JOR}", "CONSULT {EGY+JOR}"],
    );
}

#[test]
fn a_prisoner_swap_with_a_number_or_adjective_before_the_noun() {
    check(
        "Россия и Украина обменялись 84 военнопленными.",
        &["RETREAT {RUS+UKR}"],
    );
    check(
        "Армения и Азербайджан обменялись четырьмя заключёнными.",
        &["RETREAT {ARM+AZE}"],
    );
}
