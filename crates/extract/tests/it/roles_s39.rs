//! Session 39 (roles, issue 3 item 2: who is source, who is target). Sentences written for these tests.
//!
//! An ultimatum to close a mission: a state that gives another hours or days to close (shut) its consulate
//! or embassy sanctions that state, "Lithuania gave Belarus ten days to close its consulate", «Литва дала
//! Белоруссии десять дней на закрытие её консульства», «منحت ليتوانيا بيلاروسيا مهلة عشرة أيام لإغلاق
//! قنصليتها». The state told to close is the infinitive's own subject; without a row for the whole
//! construction it was read as the doer (dev/*_h33-011: en and ru reversed, ar missed).

use crate::support::check;

#[test]
fn english_an_ultimatum_to_close_a_mission_is_the_givers_sanction() {
    check(
        "en",
        "Lithuania gave Belarus ten days to close its consulate in Vilnius.",
        &["SANCTION LTU>BLR"],
    );
    check(
        "en",
        "On Monday Moscow gave Washington until Friday to shut its own consulate in Yekaterinburg.",
        &["SANCTION RUS>USA"],
    );
    check(
        "en",
        "Hungary has given Ukraine 48 hours to close its embassy in Budapest.",
        &["SANCTION HUN>UKR"],
    );
}

#[test]
fn russian_an_ultimatum_to_close_a_mission_is_the_givers_sanction() {
    check(
        "ru",
        "Литва дала Белоруссии десять дней на закрытие её консульства в Вильнюсе.",
        &["SANCTION LTU>BLR"],
    );
    check(
        "ru",
        "В понедельник Вашингтону Москва дала трое суток на закрытие генерального консульства в Екатеринбурге.",
        &["SANCTION RUS>USA"],
    );
    check(
        "ru",
        "Венгрия дала Украине 48 часов на закрытие посольства в Будапеште.",
        &["SANCTION HUN>UKR"],
    );
}

#[test]
fn arabic_an_ultimatum_to_close_a_mission_is_the_givers_sanction() {
    check(
        "ar",
        "منحت ليتوانيا بيلاروسيا مهلة عشرة أيام لإغلاق قنصليتها في فيلنيوس.",
        &["SANCTION LTU>BLR"],
    );
    check(
        "ar",
        "أمهلت موسكو واشنطن حتى الجمعة لإغلاق قنصليتها في يكاترينبورغ.",
        &["SANCTION RUS>USA"],
    );
    check(
        "ar",
        "أعطت المجر أوكرانيا مهلة ٤٨ ساعة لإغلاق سفارتها في بودابست.",
        &["SANCTION HUN>UKR"],
    );
}

// An order to close a mission is the same construction as the ultimatum: the state ordered to close is the
// infinitive's own subject and the one sanctioned (English "ordered Beijing to shut its consulate" and Arabic
// «أمرت واشنطن بكين بإغلاق قنصليتها» had rows; Russian found nothing).
#[test]
fn russian_an_order_to_close_a_mission_is_the_orderers_sanction() {
    check(
        "ru",
        "Вашингтон приказал Пекину закрыть консульство в Хьюстоне.",
        &["SANCTION USA>CHN"],
    );
    check(
        "ru",
        "В среду Литва приказала Белоруссии закрыть генеральное консульство в Клайпеде.",
        &["SANCTION LTU>BLR"],
    );
    check(
        "ru",
        "Президент приказал закрыть посольство в Кабуле и эвакуировать персонал.",
        &[],
    );
}
