//! Session 48 (SANCTION recall, issue 3). Sentences written for these tests.
//!
//! An expulsion told as an order to leave: the orderer expels the states of the one told to leave when
//! that one is an envoy, a mission or its staff — however long the object («the head of Russian
//! intelligence at the embassy in Oslo»), with a list of states or an English date inside it, after a
//! verb of saying that opens its own clause ("told") or an -ing verb after a comma, in Russian after
//! «потребовал(а) от» or «потребовал, чтобы» (the demand then no request of its own), in Arabic after
//! طلبت … من with a long object. A delegation that walks out of a body's sitting leaves the body.
//! Ordering one's own envoy or advisers home is a withdrawal. "The cartel" stands for OPEC. A ban on
//! imports is aimed at the states the goods come from; a Russian «из» after a number («против одного из
//! киргизских банков») leaves the phrase to the preposition before; a declaration of persona non grata
//! with a long object expels the states of the object.

use blocwatch_extract::EventRec;

use crate::support::{check, events_on, show};

#[test]
fn english_an_order_to_leave_expels_the_states_of_a_listed_or_long_object() {
    check(
        "en",
        "Kenya ordered diplomats from Somalia, Eritrea and Djibouti to leave the country on Tuesday.",
        &["SANCTION KEN>DJI+ERI+SOM"],
    );
    check(
        "en",
        "Latvia ordered 12 Belarusian diplomats on March 9, 2021 to leave the country.",
        &["SANCTION LVA>BLR"],
    );
    check(
        "en",
        "Norway on Monday told the head of Russian intelligence at the embassy in Oslo to leave the country.",
        &["SANCTION NOR>RUS"],
    );
    check(
        "en",
        "Canada ordered six diplomats at the Chinese embassy in Ottawa to leave.",
        &["SANCTION CAN>CHN"],
    );
}

#[test]
fn english_the_orderer_of_told_or_of_an_ing_verb_is_the_subject_before() {
    check(
        "en",
        "Lithuania told Belarus on Friday to close its consulate in Klaipeda.",
        &["SANCTION LTU>BLR"],
    );
    check(
        "en",
        "Finland hit back on Wednesday, giving the Russian ambassador until Sunday to leave.",
        &["SANCTION FIN>RUS"],
    );
    // (No state in the object: no event.)
    check(
        "en",
        "Peru ordered its soldiers stationed abroad to leave their bases.",
        &[],
    );
}

#[test]
fn russian_an_order_to_leave_given_to_an_envoy_is_an_expulsion() {
    check(
        "ru",
        "Во вторник Литва потребовала от советника белорусского посольства в Вильнюсе покинуть страну.",
        &["SANCTION LTU>BLR"],
    );
    check(
        "ru",
        "В ответ латвийский МИД потребовал, чтобы российский посол покинул страну до 1 марта.",
        &["SANCTION LVA>RUS"],
    );
    check(
        "ru",
        "Судан дал британскому и французскому посольствам 72 часа на то, чтобы покинуть страну.",
        &["SANCTION SDN>FRA+GBR"],
    );
    // (A state told to leave a base is asked, not expelled: no envoy leaves.)
    check(
        "ru",
        "Турция потребовала от США покинуть базу Инджирлик.",
        &["REQUEST TUR>USA"],
    );
}

/// The events of an Arabic sentence read as of 1983 (the Soviet Union a state then), shown.
fn arabic_1983(text: &str) -> Vec<String> {
    let evs: Vec<EventRec> = events_on("ar", text, "1983-05-04");
    let mut got: Vec<String> = evs.iter().map(show).collect();
    got.sort();
    got
}

#[test]
fn arabic_an_order_to_leave_with_a_long_object_or_a_demonym_in_the_accusative() {
    check(
        "ar",
        "طلبت ليتوانيا يوم الثلاثاء من مستشار السفارة البيلاروسية في فيلنيوس مغادرة البلاد.",
        &["SANCTION LTU>BLR"],
    );
    assert_eq!(
        arabic_1983("أمرت بولندا يوم الأربعاء ٤٥ دبلوماسياً سوفيتياً بمغادرة البلاد."),
        ["SANCTION POL>SUN"]
    );
    check(
        "ar",
        "طردت لاتفيا يوم الجمعة ثلاثة دبلوماسيين روس.",
        &["SANCTION LVA>RUS"],
    );
}

#[test]
fn a_delegation_walking_out_of_a_sitting_leaves_the_body() {
    check(
        "en",
        "The Council of Europe suspended the voting rights of the Turkish delegation on Tuesday, and the Turkish deputies walked out of the hall.",
        &["SANCTION COE>TUR", "SANCTION TUR>COE"],
    );
    check(
        "ru",
        "Ассамблея Совета Европы лишила турецкую делегацию права голоса, и турецкие депутаты покинули зал заседаний.",
        &["SANCTION COE>TUR", "SANCTION TUR>COE"],
    );
    check(
        "ar",
        "انسحب الوفد التركي يوم الثلاثاء من اجتماع مجلس أوروبا في ستراسبورغ.",
        &["SANCTION TUR>COE"],
    );
}

#[test]
fn ordering_ones_own_advisers_home_is_a_withdrawal_and_the_cartel_is_opec() {
    check(
        "en",
        "The Soviet Union ordered its military advisers home from Albania on Thursday.",
        &["SANCTION SUN>ALB"],
    );
    check(
        "en",
        "Venezuela, an OPEC member since 1960, said on Monday that it had quit the cartel.",
        &["SANCTION VEN>OPEC"],
    );
}

#[test]
fn a_ban_on_imports_is_aimed_at_the_states_they_come_from() {
    check(
        "en",
        "Canada on Friday banned all imports of oil, gas and coal from Russia, Belarus and Iran.",
        &["SANCTION CAN>BLR+IRN+RUS"],
    );
    check(
        "en",
        "Britain froze Iranian assets worth some £2 billion in London banks on 5 May 1980 and banned all imports from Iran a few days later.",
        &["COERCE GBR>IRN", "SANCTION GBR>IRN"],
    );
}

#[test]
fn russian_one_of_a_whole_keeps_the_preposition_before_the_number() {
    check(
        "ru",
        "Минфин США в среду ввёл санкции против одного из казахстанских банков.",
        &["SANCTION USA>KAZ"],
    );
}

#[test]
fn a_declaration_of_persona_non_grata_expels_the_states_of_a_long_object() {
    check(
        "en",
        "The government of Fiji declared New Zealand's high commissioner, a veteran diplomat, persona non grata on Monday.",
        &["SANCTION FJI>NZL"],
    );
    check(
        "ru",
        "Правительство Фиджи во вторник объявило верховного комиссара Новой Зеландии Джона Смита персоной нон грата.",
        &["SANCTION FJI>NZL"],
    );
}
