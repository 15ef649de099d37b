//! Russian event coding, session 16: rules found with fresh sentences written for the session (second acts
//! of one sentence, dropped triggers, actors taken from the wrong phrase). Each case is the text and the
//! events expected, in the notation of `support::show`.

use crate::support;

#[track_caller]
fn check(text: &str, expect: &[&str]) {
    support::check("ru", text, expect);
}

#[test]
fn a_participle_of_arrival_is_a_visit_before_or_after_its_visitor() {
    check(
        "Прибывший в Анкару премьер-министр Пакистана выступил перед студентами.",
        &["CONSULT PAK>TUR"],
    );
    // The feminine participle is no gerund; a delegation names its state after it.
    check(
        "Прибывшая в Ереван делегация Ирана провела переговоры.",
        &["CONSULT IRN>ARM", "CONSULT {ARM+IRN}"],
    );
    // Set off by commas after the visitor, with a meeting after it: the visit and the meeting.
    check(
        "Глава МИД Турции, прибывший в Тегеран, провёл переговоры с иранским коллегой.",
        &["CONSULT TUR>IRN", "CONSULT {IRN+TUR}"],
    );
    check(
        "Президент Армении, находящийся с визитом в Риме, встретился с итальянским премьером.",
        &["CONSULT ARM>ITA", "CONSULT {ARM+ITA}"],
    );
}

#[test]
fn na_with_a_locative_is_a_place_and_po_is_a_topic_of_talks() {
    check(
        "Председатель КНР обсудил ситуацию на Украине в ходе переговоров с президентом Франции.",
        &["CONSULT {CHN+FRA}"],
    );
    check(
        "Переговоры России и США по Украине прошли в Эр-Рияде.",
        &["CONSULT {RUS+USA}"],
    );
    // The accusative still names the target.
    check(
        "Российские войска нанесли удар по Украине.",
        &["ASSAULT RUS>UKR"],
    );
}

#[test]
fn an_exchange_of_strikes_with_a_word_before_the_noun() {
    check(
        "Израиль и Иран обменялись ракетными ударами.",
        &["ASSAULT {IRN+ISR}"],
    );
}

#[test]
fn a_passive_participle_after_a_comma_acts_through_its_instrumental() {
    // What Iran handed over is not Israel's aid to Iran.
    check(
        "Израильские ВВС нанесли удары по складам в Ливане, где хранилось оружие, переданное Ираном.",
        &["ASSAULT ISR>LBN"],
    );
}
