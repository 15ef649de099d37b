//! Session 33 (ACCUSE): condemning names that were missing in all three languages (unprecedented,
//! intolerable, regrettable, an ultimatum, a lie, propaganda; "unfounded" only of an act), and the named
//! speakers whose state made their words unattributable. Sentences written for these tests.

use crate::support::check;

#[test]
fn calling_an_act_unprecedented_or_intolerable_accuses_its_author() {
    check(
        "en",
        "Peru barred the Bolivian defence minister from landing in Lima. La Paz called the ban unprecedented.",
        &["SANCTION PER>BOL", "ACCUSE BOL>PER"],
    );
    check(
        "en",
        "Serbia closed two crossings on its border with Kosovo. Pristina called the move intolerable.",
        &["SANCTION SRB>XKX", "ACCUSE XKX>SRB"],
    );
    check(
        "ru",
        "Перу запретило въезд министру обороны Боливии. Ла-Пас назвал запрет беспрецедентным.",
        &["SANCTION PER>BOL", "ACCUSE BOL>PER"],
    );
    check(
        "ru",
        "Литва выслала двух белорусских дипломатов. Минск назвал это решение прискорбным и нетерпимым.",
        &["SANCTION LTU>BLR", "ACCUSE BLR>LTU"],
    );
    check(
        "ar",
        "طردت ليتوانيا دبلوماسيين بيلاروسيين. ووصفت مينسك القرار بأنه غير مسبوق.",
        &["SANCTION LTU>BLR", "ACCUSE BLR>LTU"],
    );
    // (Traps: the word outside a verb of naming, and a praising name, accuse no one.)
    check(
        "en",
        "Peru and Bolivia signed a border treaty. Analysts called the deal a breakthrough.",
        &["AGREE {BOL+PER}"],
    );
    check(
        "ru",
        "Литва выслала двух белорусских дипломатов. Беспрецедентный шаг обсуждают в Минске.",
        &["SANCTION LTU>BLR"],
    );
}

#[test]
fn calling_conditions_an_ultimatum_or_claims_a_lie_accuses_their_author() {
    check(
        "ru",
        "Азербайджан потребовал от Армении вывести войска. Ереван назвал эти требования ультиматумом.",
        &["REQUEST AZE>ARM", "RETREAT {ARM} proposed", "ACCUSE ARM>AZE"],
    );
    check(
        "ru",
        "Эстония выслала российского дипломата. Москва назвала каналы Таллина органами пропаганды.",
        &["SANCTION EST>RUS", "ACCUSE RUS>EST"],
    );
}

#[test]
fn calling_an_act_unfounded_accuses_its_author_but_calling_reports_so_denies_them() {
    check(
        "en",
        "A court in Riga jailed two Russian citizens for spying on Monday. Moscow called the verdict unfounded.",
        &["COERCE LVA>RUS", "ACCUSE RUS>LVA"],
    );
    check(
        "en",
        "Poland banned imports of Ukrainian grain. Kyiv called it economically unfounded.",
        &["SANCTION POL>UKR", "ACCUSE UKR>POL"],
    );
    // (Trap: reports called unfounded are denied, not an act criticised.)
    check(
        "en",
        "Minsk called the reports of Russian troops on its soil unfounded.",
        &[],
    );
}

#[test]
fn a_named_minister_of_the_lexicon_speaks_for_his_state() {
    check(
        "en",
        "Russia expelled two Swedish diplomats on Wednesday. Carl Bildt called the expulsion unacceptable.",
        &["SANCTION RUS>SWE", "ACCUSE SWE>RUS"],
    );
    check(
        "ru",
        "Британия заморозила активы исландских банков. Гейр Хаарде назвал этот шаг недружественным.",
        &["COERCE GBR>ISL", "ACCUSE ISL>GBR"],
    );
    check(
        "ar",
        "طردت روسيا دبلوماسياً إستونياً. ووصف أندروس أنسيب القرار بأنه غير مبرر.",
        &["SANCTION RUS>EST", "ACCUSE EST>RUS"],
    );
}

#[test]
fn a_state_named_inside_the_condemning_name_is_not_the_accused() {
    // The bloc or state after the condemning word describes the act or its victim; the accused is the
    // author of the act named.
    check(
        "en",
        "Slovakia barred the Hungarian president from entering. Budapest called the ban unacceptable between \
         two members of the European Union.",
        &["SANCTION SVK>HUN", "ACCUSE HUN>SVK"],
    );
    check(
        "ru",
        "Словакия запретила въезд президенту Венгрии. Будапешт назвал запрет недопустимым для двух членов \
         Евросоюза.",
        &["SANCTION SVK>HUN", "ACCUSE HUN>SVK"],
    );
    check(
        "ru",
        "Британия заморозила активы исландских банков. Рейкьявик назвал этот шаг недружественным актом против \
         союзника по НАТО.",
        &["COERCE GBR>ISL", "ACCUSE ISL>GBR"],
    );
    check(
        "ar",
        "فرضت سلوفاكيا عقوبات على المجر. ووصفت بودابست العقوبات بأنها غير مقبولة بين عضوين في الاتحاد الأوروبي.",
        &["SANCTION SVK>HUN", "ACCUSE HUN>SVK"],
    );
    check(
        "ar",
        "وصفت مينسك قرار ليتوانيا بأنه غير مقبول بين جارين في أوروبا.",
        &["ACCUSE BLR>LTU"],
    );
    // (Kept: a Russian genitive right after the name is the doer it gives.)
    check(
        "ru",
        "Российские катера задержали эстонское судно. ЕС назвал инцидент частью провокационного поведения Москвы.",
        &["COERCE RUS>EST", "ACCUSE EU>RUS"],
    );
}
