//! Actor choice and precision across Arabic, English and Russian (issue 3): one test per mechanism that
//! keeps the coder from taking a party out of an unrelated part of the sentence or story, on sentences
//! written for these tests, with near-misses that must still code. Each case is the language, the text and
//! the events expected, in the notation of `support::show`.

mod support;

use support::check;

#[test]
fn a_nominal_event_in_a_phrase_naming_the_occasion_is_background() {
    check(
        "en",
        "Turkish jets bombed a Kurdish depot in Syria in retaliation for an attack on Ankara.",
        &["ASSAULT TUR>SYR"],
    );
    check(
        "ru",
        "Накануне переговоров России и США Киев провёл учения.",
        &["MOBILIZE {UKR}"],
    );
    check(
        "ar",
        "قصفت إسرائيل ميناء يمنياً رداً على هجوم على إيلات.",
        &["ASSAULT ISR>YEM"],
    );
    // The act answering the occasion still codes; the threats it happened amid are no event.
    check(
        "en",
        "In response, Russia expelled two Latvian diplomats.",
        &["SANCTION RUS>LVA"],
    );
    check(
        "en",
        "The Greek navy held drills amid Turkish threats against Athens.",
        &["MOBILIZE {GRC}"],
    );
}

#[test]
fn a_withdrawal_from_the_country_leaves_the_state_the_story_put_it_in() {
    check(
        "en",
        "Paris has kept no envoy in Bamako since French troops left the country in 2022.",
        &["RETREAT FRA>MLI"],
    );
    check(
        "ru",
        "Киргизия потребовала закрыть авиабазу. Американские военные покинули базу в июне.",
        &["RETREAT USA>KGZ"],
    );
    // Prisoners freed with no nationality named leave no target.
    check("en", "Belarus freed 20 prisoners.", &["RETREAT {BLR}"]);
}
