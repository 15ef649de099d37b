//! Session 29 (English and Russian types): naming an act by a condemning word, warnings under a
//! condition, and the subject of a Russian gerund after a fronted object. Sentences written for these
//! tests.

use crate::support::check;

#[test]
fn a_condemning_name_in_a_later_sentence_accuses_the_doer_of_the_act() {
    check(
        "en",
        "Chile expelled two Bolivian consuls on Monday. La Paz called the expulsions cruel and inhumane.",
        &["SANCTION CHL>BOL", "ACCUSE BOL>CHL"],
    );
    check(
        "en",
        "Hungary's foreign minister called Warsaw's campaign against Hungarian media reprehensible.",
        &["ACCUSE HUN>POL"],
    );
    // A condemning word of the name wins over a praising one; a praising name alone accuses no one.
    check(
        "en",
        "Armenia and Azerbaijan signed a border deal on Friday. Iran called the deal a historic mistake.",
        &["AGREE {ARM+AZE}", "ACCUSE IRN>ARM+AZE"],
    );
    check(
        "en",
        "Armenia and Azerbaijan signed a border deal on Friday. Iran called the deal a historic milestone.",
        &["AGREE {ARM+AZE}"],
    );
}

#[test]
fn a_warning_under_a_condition_a_state_must_meet_is_a_threat() {
    check(
        "en",
        "Ankara warned that Greek ships would be turned back if Athens extended its territorial waters.",
        &["THREATEN TUR>GRC"],
    );
    // The condition's subject points back: the threat is aimed at the state its words name.
    check(
        "en",
        "Moscow warned that it would cut military contacts with Norway if the country hosted American bombers.",
        &["THREATEN RUS>NOR"],
    );
    // A forecast under a condition names no state there.
    check(
        "en",
        "The IMF warned that growth would slow if oil prices kept rising.",
        &[],
    );
    // The "any" of a first predicate supposes nothing of the threat after "and".
    check(
        "en",
        "Pyongyang denied any part in the sinking and threatened war if Seoul retaliated.",
        &["THREATEN PRK>KOR"],
    );
    // Russian: the penalty told after «, что» is the threat; a warning addressed to a state is the threat
    // itself, with no second one.
    check(
        "ru",
        "Лукашенко пригрозил, что Белоруссия выйдет из ОДКБ, если союзники не помогут.",
        &["THREATEN BLR>CSTO"],
    );
    check(
        "ru",
        "Минск предупредил Варшаву, что закроет границу, если Польша не откроет переходы.",
        &["THREATEN BLR>POL"],
    );
    check(
        "ru",
        "Токио пообещал жёстко ответить, если Пхеньян проведёт новый запуск.",
        &["THREATEN JPN>PRK"],
    );
}

#[test]
fn a_russian_gerund_after_a_fronted_object_is_the_subjects() {
    // The gerund of a condemning naming row is a trigger too (`назвав`), and its subject is the
    // nominative subject, not the fronted object in the dative or accusative.
    check(
        "ru",
        "Трёх эстонских дипломатов Москва выслала в среду, назвав их действия враждебными.",
        &["SANCTION RUS>EST", "ACCUSE RUS>EST"],
    );
    check(
        "ru",
        "Литовского посла Минск объявил персоной нон грата, обвинив его во вмешательстве.",
        &["SANCTION BLR>LTU", "ACCUSE BLR>LTU"],
    );
}

#[test]
fn asuncion_stands_for_paraguay() {
    check(
        "en",
        "Asunción recalled its ambassador from Brasilia on Tuesday.",
        &["SANCTION PRY>BRA"],
    );
    check(
        "ru",
        "Асунсьон отозвал посла из Бразилии.",
        &["SANCTION PRY>BRA"],
    );
}

#[test]
fn a_reaction_after_a_comma_and_answers_the_first_clauses_subject() {
    check(
        "en",
        "India tested a new long-range missile on Monday, and Pakistan called the test reckless and irresponsible.",
        &["ACCUSE PAK>IND"],
    );
    check(
        "ru",
        "Норвегия закрыла воздушное пространство для российских самолётов, а Москва назвала это решение позорным.",
        &["SANCTION NOR>RUS", "ACCUSE RUS>NOR"],
    );
    // A praising name is no reaction against anyone.
    check(
        "en",
        "Norway closed its airspace to Russian cargo flights, and Moscow called the decision a welcome step.",
        &["SANCTION NOR>RUS"],
    );
}

#[test]
fn calling_a_stance_immoral_or_politicised_accuses_its_author() {
    check(
        "en",
        "Budapest called Warsaw's decision politicised.",
        &["ACCUSE HUN>POL"],
    );
    check(
        "ru",
        "Зеленский назвал позицию венгерских властей аморальной.",
        &["ACCUSE UKR>HUN"],
    );
    check(
        "ru",
        "В МИД Белоруссии назвали решение Литвы политизированным.",
        &["ACCUSE BLR>LTU"],
    );
    // «жёсткий» (tough) is no «жестокий» (cruel).
    check(
        "ru",
        "Зеленский назвал позицию венгерских властей жёсткой.",
        &[],
    );
}
