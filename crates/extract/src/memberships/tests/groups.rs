use super::check;
use blocwatch_text::Lang;

/// "whose country", "his country", "بلاده" after a state (a possessive before a person, a state after him) stand
/// for the nearest state before them, where they stand; after a demonym for the demonym's state (eval/README,
/// session 26 (c): "the Ruritanian leader, whose country belongs to the Union").
#[test]
fn the_country_of_the_one_just_named() {
    check(
        Lang::En,
        "France's president praised Viktor Orban of Hungary, whose country holds the EU presidency.",
        &["EU/HUN/member"],
    );
    check(
        Lang::En,
        "Chile's foreign minister said his country had applied to join the OECD in May 2007.",
        &["OECD/CHL/applicant 2007-05"],
    );
    check(
        Lang::Ar,
        "حضر ممثل عن الهند الاجتماع في القاهرة بصفة بلاده دولة مراقبة في جامعة الدول العربية.",
        &["ARAB_LEAGUE/IND/observer"],
    );
    check(
        Lang::En,
        "Chile's foreign minister met Jan Novak, whose party holds the EU's rotating presidency.",
        &[],
    );
    check(
        Lang::En,
        "France's president praised the Hungarian leader, whose country holds the EU presidency.",
        &["EU/HUN/member"],
    );
}

#[test]
fn the_country_after_a_state_stands_for_it() {
    check(
        Lang::Ru,
        "Президент Гватемалы объявил о выходе страны из ОАГ.",
        &["OAS/GTM/former"],
    );
    check(
        Lang::En,
        "Nicaragua's president announced the country's withdrawal from the OAS.",
        &["OAS/NIC/former"],
    );
    // «страны НАТО» are the bloc's states.
    check(
        Lang::Ru,
        "Россия вышла из договора, и страны НАТО приостановили его.",
        &[],
    );
}
