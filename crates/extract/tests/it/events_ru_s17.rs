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

#[test]
fn a_signing_told_again_with_the_document_fronted_is_one_agreement() {
    check(
        "Казахстан и Китай подписали соглашение о строительстве нефтепровода. Документ подписали вице-премьеры двух стран.",
        &["AGREE {CHN+KAZ}"],
    );
}

#[test]
fn the_head_of_a_delegation_is_its_state_not_a_partner() {
    check(
        "Делегация Ирана во главе с министром обороны Ирана посетила Минск.",
        &["CONSULT IRN>BLR"],
    );
}

#[test]
fn v_adres_names_the_accused_not_the_charge() {
    check(
        "Иран выдвинул обвинения в адрес Азербайджана.",
        &["ACCUSE IRN>AZE"],
    );
}

#[test]
fn a_request_made_of_a_state_with_u() {
    check(
        "Ливан запросил у Франции срочную помощь.",
        &["REQUEST LBN>FRA"],
    );
}

#[test]
fn an_inserted_report_between_the_subject_and_its_verb() {
    check(
        "Сербия и Венгрия, по данным СМИ, провели консультации.",
        &["CONSULT {HUN+SRB}"],
    );
}

#[test]
fn the_owner_of_sanctions_joined_is_no_target() {
    check(
        "Япония присоединилась к санкциям США против Северной Кореи.",
        &["SANCTION JPN>PRK"],
    );
}

#[test]
fn trigger_gaps_of_session_17() {
    // A phone call, the noun of detaining, the noun of withdrawing, military aid given, a condemning name.
    check(
        "Премьер Италии позвонил президенту Турции.",
        &["CONSULT {ITA+TUR}"],
    );
    check(
        "Египет сообщил о задержании трёх граждан Судана.",
        &["COERCE EGY>SDN"],
    );
    check(
        "Германия завершила вывод своих военных из Мали.",
        &["RETREAT DEU>MLI"],
    );
    check(
        "Канада предоставила Польше пакет военной помощи.",
        &["AID CAN>POL"],
    );
    check(
        "Греция назвала действия Анкары нападением на суверенитет.",
        &["ACCUSE GRC>TUR"],
    );
}

#[test]
fn a_participle_or_gerund_phrase_after_the_subject_is_set_off() {
    // The verb after the phrase keeps the subject before it; the state named inside the phrase is no
    // subject of that verb, and the participle's own object is what was visited.
    check(
        "Премьер Греции, посетивший Каир, призвал Египет расширить торговлю.",
        &["CONSULT GRC>EGY", "REQUEST GRC>EGY"],
    );
    check(
        "Президент Аргентины, находясь в Мадриде, раскритиковал британские власти.",
        &["ACCUSE ARG>GBR"],
    );
}
