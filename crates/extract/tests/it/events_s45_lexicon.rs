//! Session 45 (lexicon: acts no trigger found). Sentences written for these tests.
//!
//! Adopting a joint document is the agreement that makes it (`AGREE`): a verb of adopting times a document
//! several parties make together ("adopted a road map", «утвердили дорожную карту», «اعتمدت … خارطة طريق»);
//! a law or a resolution adopted by one side's parliament is no such act.
//!
//! A joint exercise named with its kind between "joint" and the noun ("joint air force exercise") is
//! military cooperation, as «совместн* … учени*» and «تمرين … مشترك»; the Arabic singular training noun
//! «تدريب مشترك» too.
//!
//! A missile fired or launched with no target named is a show of force (`MOBILIZE weapons`) whatever stands
//! between the verb and the weapon ("fired its newest intercontinental missile"); a target after "at" keeps
//! the strike, and "launched a … missile and drone attack" is the attack.
//!
//! Stopping, cutting or curbing the flow of goods to or from a state is a sanction (`SANCTION discontinue`):
//! every verb of the class times every flow («остановила ввоз», «ограничил экспорт», «خفّضت … صادرات»,
//! "slashed gas deliveries").

use crate::support::check;

#[test]
fn adopting_a_joint_document_is_an_agreement() {
    check(
        "en",
        "Leaders of Brazil and Argentina adopted a road map for a common currency in Buenos Aires on Monday.",
        &["AGREE {ARG+BRA}"],
    );
    check(
        "en",
        "Foreign ministers of the Arab League and the European Union adopted a framework for cooperation on migration in Cairo on Sunday.",
        &["AGREE {ARAB_LEAGUE+EU}"],
    );
    check(
        "ru",
        "Министры иностранных дел Индии и Бразилии в понедельник утвердили дорожную карту по развитию торговли.",
        &["AGREE {BRA+IND}"],
    );
    check(
        "ru",
        "Лидеры Казахстана и Узбекистана одобрили в пятницу в Ташкенте рамочный документ о водном сотрудничестве.",
        &["AGREE {KAZ+UZB}"],
    );
    check(
        "ar",
        "اعتمدت مصر والأردن يوم الأحد خارطة طريق للتكامل الاقتصادي.",
        &["AGREE {EGY+JOR}"],
    );
    check(
        "ar",
        "أقرّ قادة الاتحاد الأفريقي والاتحاد الأوروبي يوم الخميس إطاراً للتعاون في مجال الهجرة.",
        &["AGREE {AU+EU}"],
    );
    // One side's law is no agreement; «اعتمد على … في إطار» ("relied on … within the framework") is none.
    check(
        "en",
        "Hungary's parliament adopted a law on foreign funding on Tuesday.",
        &[],
    );
    check(
        "ru",
        "Госдума в среду приняла закон об иностранных агентах.",
        &[],
    );
    check(
        "ar",
        "اعتمدت الحكومة المصرية على القروض الخارجية في إطار خطتها الاقتصادية.",
        &[],
    );
}

#[test]
fn a_joint_exercise_named_with_its_kind_is_military_cooperation() {
    check(
        "en",
        "Turkey and Greece began their first joint air force exercise off Crete on Monday.",
        &["COOPERATE {GRC+TUR}"],
    );
    check(
        "en",
        "The navies of India and France held a joint anti-submarine drill in the Arabian Sea on Friday.",
        &["COOPERATE {FRA+IND}"],
    );
    check(
        "ar",
        "أجرت القوات البحرية المصرية والسعودية يوم الثلاثاء أول تدريب مشترك بينهما في البحر الأحمر.",
        &["COOPERATE {EGY+SAU}"],
    );
}

#[test]
fn a_missile_fired_with_no_target_is_a_show_of_force() {
    check(
        "en",
        "North Korea fired its newest intercontinental missile into the sea off its east coast on Tuesday.",
        &["MOBILIZE {PRK}"],
    );
    check(
        "en",
        "Iran launched two hypersonic missiles from a site near Semnan on Sunday, state television said.",
        &["MOBILIZE {IRN}"],
    );
    // A target after "at" keeps the strike; a missile attack launched is the attack.
    check(
        "en",
        "Russia fired dozens of cruise missiles at Ukrainian power plants on Monday.",
        &["ASSAULT RUS>UKR"],
    );
    check(
        "en",
        "Russian forces launched a massive missile and drone attack on Kyiv overnight.",
        &["ASSAULT RUS>UKR"],
    );
    check("en", "China launched a satellite on Tuesday.", &[]);
}

#[test]
fn stopping_the_flow_of_goods_to_a_state_is_a_sanction() {
    check(
        "ru",
        "Россия в пятницу остановила ввоз польских яблок.",
        &["SANCTION RUS>POL"],
    );
    check(
        "ru",
        "Китай в понедельник ограничил экспорт редкоземельных металлов в Японию.",
        &["SANCTION CHN>JPN"],
    );
    check(
        "ar",
        "خفّضت روسيا يوم الأربعاء صادرات الغاز إلى بولندا بنسبة الثلث.",
        &["SANCTION RUS>POL"],
    );
    check(
        "en",
        "China slashed shipments of rare earths to Japan on Monday.",
        &["SANCTION CHN>JPN"],
    );
    check(
        "en",
        "Russia halted gas exports to Bulgaria on Wednesday after Sofia refused to pay in roubles.",
        &["SANCTION RUS>BGR", "REJECT BGR>RUS"],
    );
}
