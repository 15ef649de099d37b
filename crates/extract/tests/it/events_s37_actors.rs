//! Session 37 (actors): events whose type was right but whose source or target was wrong or missing.
//! Sentences written for these tests.

use crate::support::check;

/// A Russian singular demonym noun (американец, француженка, литовца, россиянина) names its state as the
/// plural does: the one released, expelled or deported stands for it.
#[test]
fn a_russian_singular_demonym_is_the_target() {
    check(
        "ru",
        "Президент Белоруссии Александр Лукашенко помиловал осуждённого за шпионаж литовца.",
        &["RETREAT BLR>LTU"],
    );
    check(
        "ru",
        "Власти Ирана в понедельник освободили задержанную в Тегеране француженку.",
        &["RETREAT IRN>FRA"],
    );
    check(
        "ru",
        "Китай выслал канадца за шпионаж.",
        &["SANCTION CHN>CAN"],
    );
    check(
        "ru",
        "Венгрия депортировала россиянина.",
        &["COERCE HUN>RUS"],
    );
}

/// A person the lexicon does not know, named right after the verb and set off by a comma, is told by the
/// apposition after it ("a former US Marine", «гражданина Литвы», "الدبلوماسي الكندي"): that state is the
/// target. A report's speaker after the comma is no apposition.
#[test]
fn an_apposition_names_the_unknown_persons_state() {
    check(
        "en",
        "Moscow released Edmond Pope, the American businessman convicted of espionage.",
        &["RETREAT RUS>USA"],
    );
    check(
        "en",
        "China detained Michael Kovrig, a Canadian former diplomat, in December.",
        &["COERCE CHN>CAN"],
    );
    check(
        "en",
        "Belarus expelled John Smith, the British military attaché, on Friday.",
        &["SANCTION BLR>GBR"],
    );
    check(
        "en",
        "Russia freed Whelan, the US said on Friday.",
        &["RETREAT {RUS}"],
    );
}

#[test]
fn a_russian_apposition_names_the_unknown_persons_state() {
    check(
        "ru",
        "Минск помиловал Ивана Петрова, гражданина Литвы, осуждённого за шпионаж.",
        &["RETREAT BLR>LTU"],
    );
    check(
        "ru",
        "Китай задержал Майкла Коврига, канадского дипломата.",
        &["COERCE CHN>CAN"],
    );
    check(
        "ru",
        "Россия выслала Джона Смита, британского военного атташе.",
        &["SANCTION RUS>GBR"],
    );
}

#[test]
fn an_arabic_apposition_names_the_unknown_persons_state() {
    check(
        "ar",
        "أفرجت روسيا عن بول ويلان، الجندي الأمريكي السابق.",
        &["RETREAT RUS>USA"],
    );
    check(
        "ar",
        "اعتقلت الصين مايكل كوفريغ، الدبلوماسي الكندي السابق، في ديسمبر.",
        &["COERCE CHN>CAN"],
    );
    check(
        "ar",
        "طردت بيلاروس جون سميث، الملحق العسكري البريطاني، يوم الجمعة.",
        &["SANCTION BLR>GBR"],
    );
}
