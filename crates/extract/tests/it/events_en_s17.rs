//! English event coding, session 17: the type an event between the right actors is coded under, and the
//! second act of a sentence (a naming that criticises, an expulsion told as an order to leave), on
//! sentences written for these tests. Each case is the text and the events expected, in the notation of
//! `support::show`.

use crate::support;

#[track_caller]
fn check(text: &str, expect: &[&str]) {
    support::check("en", text, expect);
}

#[test]
fn calling_an_act_by_a_condemning_word_accuses_its_author() {
    // The participle of a reaction phrase, with an adjective and no article.
    check(
        "Rabat recalled its ambassador from Algiers, calling the Algerian statement hostile.",
        &["SANCTION MAR>DZA", "ACCUSE MAR>DZA"],
    );
    check(
        "Riga called the Belarusian border restrictions discriminatory.",
        &["ACCUSE LVA>BLR"],
    );
    // A long object: the bare verb of naming reaches the condemning word, and the act named in the
    // object is no event of its own.
    check(
        "Canberra called the Chinese warships' live-fire drills in the Tasman Sea unsafe.",
        &["ACCUSE AUS>CHN"],
    );
    check(
        "Madrid described the Moroccan decision as disproportionate.",
        &["ACCUSE ESP>MAR"],
    );
}

#[test]
fn a_naming_verb_that_is_a_phone_call_or_an_appeal_accuses_no_one() {
    check(
        "Berlin called on Moscow to end its illegal occupation of Crimea.",
        &["REQUEST DEU>RUS"],
    );
    // A praising name, and a condemning word with no actor in the object.
    check(
        "Italy called the talks with the Chinese premier a success.",
        &["CONSULT {CHN+ITA}"],
    );
    check(
        "Kazakhstan's president called the situation in the region dangerous.",
        &[],
    );
}

#[test]
fn telling_an_envoy_to_leave_is_an_expulsion() {
    check(
        "Ethiopia told the Sudanese ambassador to leave the country within 72 hours.",
        &["SANCTION ETH>SDN"],
    );
}

#[test]
fn a_firm_put_on_a_qualified_blacklist_is_sanctioned() {
    check(
        "The US Commerce Department added 25 Chinese firms to its trade blacklist.",
        &["SANCTION USA>CHN"],
    );
}

#[test]
fn a_call_named_in_an_occasion_phrase_is_the_subjects_consultation() {
    check(
        "Speaking after a call with her Japanese counterpart, the Australian foreign minister said the talks had gone well.",
        &["CONSULT {AUS+JPN}"],
    );
}

#[test]
fn accepting_a_demand_concedes() {
    check(
        "Yerevan accepted Baku's demands for the return of four villages.",
        &["CONCEDE ARM>AZE"],
    );
    // A refusal in so many words stays a refusal.
    check(
        "Lithuania would not accept Minsk's demands for compensation.",
        &["REJECT LTU>BLR"],
    );
}

#[test]
fn police_officers_pulled_out_of_a_state_are_a_withdrawal() {
    check(
        "Slovakia pulled its police officers out of Kosovo in April.",
        &["RETREAT SVK>XKX"],
    );
}
