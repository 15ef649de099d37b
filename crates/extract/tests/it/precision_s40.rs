//! Session 40 (precision, issue 3 items 1–3: no events invented). Sentences written for these tests.
//!
//! A word spelled like a trigger that names a place, a term, a vessel or a person is no act. In English a
//! verb form that is also a common noun ("a radar station", "on favourable terms", "thanks to", "Iranian
//! ships") is the verb only after "to", a modal, a negation, "and", a relative pronoun or right after the
//! actor that is its subject (`en_noun_homograph`). In Russian a trigger stem also begins the noun of the
//! person who does the act — an aide («помощник», not «помощь»), a supplier, a creditor, a negotiator
//! (`agent_noun_stem`) —, which names a role unless a copula makes it what the state became
//! («стала крупнейшим поставщиком»); an aside opened by such a role noun is a parenthetical, so the verb
//! after it keeps the actor before it («Германия, крупнейший кредитор Греции, потребовала …»).
//!
//! An Arabic noun trigger right after a verb in the future (the proclitic س on an imperfect: «ستستخدم حق
//! النقض», «سيفرض رسوماً», «ستواصل إرسال») is that verb's object, an act still to come (`expected`), as in
//! English and Russian ("said he would impose tariffs", «заявил, что введёт пошлины»).

use crate::support::check;

#[test]
fn english_noun_homographs_of_verb_rows_are_no_act() {
    check(
        "en",
        "Russia and Azerbaijan signed an agreement on Friday leasing the Gabala radar station to Moscow for ten years.",
        &["AGREE {AZE+RUS}"],
    );
    check(
        "en",
        "A Soyuz rocket carried two Russian cosmonauts to the International Space Station on Friday.",
        &[],
    );
    check(
        "en",
        "Thanks to Chinese loans, Pakistan finished the port in 2015.",
        &[],
    );
    check(
        "en",
        "Iranian ships entered Venezuelan waters on Sunday.",
        &[],
    );
    check("en", "Serbia buys Russian gas on favourable terms.", &[]);
}

#[test]
fn english_homographs_stay_verbs_after_their_subject_or_a_modal() {
    check(
        "en",
        "Vladimir Putin thanks Recep Tayyip Erdogan for his mediation.",
        &["SUPPORT RUS>TUR"],
    );
    check(
        "en",
        "Russia stations troops in Transnistria.",
        &["MOBILIZE {RUS}"],
    );
    check(
        "en",
        "Moscow will station nuclear weapons in Belarus, Putin said.",
        &["MOBILIZE {RUS} expected"],
    );
}

#[test]
fn russian_role_nouns_on_a_trigger_stem_are_no_act() {
    check(
        "ru",
        "Помощник госсекретаря США в среду провёл переговоры с Лавровым.",
        &["CONSULT {RUS+USA}"],
    );
    check(
        "ru",
        "Переговорщики России и Украины в понедельник встретились в Стамбуле.",
        &["CONSULT {RUS+UKR}"],
    );
    check(
        "ru",
        "Советский Союз, главный поставщик оружия Багдаду, приостановил свои поставки ещё в четверг.",
        &[],
    );
}

#[test]
fn russian_role_noun_aside_keeps_the_actor_before_it() {
    check(
        "ru",
        "Германия, крупнейший кредитор Греции, в четверг потребовала от Афин новых реформ.",
        &["REQUEST DEU>GRC"],
    );
    check(
        "ru",
        "Китай, главный поставщик оружия Пакистану, в среду осудил удары Индии.",
        &["ACCUSE CHN>IND"],
    );
    check(
        "ru",
        "Израиль, крупнейший покупатель азербайджанской нефти, в пятницу подписал с Баку новое соглашение.",
        &["AGREE {AZE+ISR}"],
    );
}

#[test]
fn russian_role_noun_after_a_copula_is_the_act() {
    check(
        "ru",
        "Индия стала крупнейшим поставщиком оружия Армении.",
        &["AID IND>ARM"],
    );
    check(
        "ru",
        "Турция в 2020 году стала главным покупателем российского газа в регионе.",
        &[],
    );
    // (A role the state keeps is a standing fact, no act.)
    check("ru", "Германия остаётся главным кредитором Греции.", &[]);
}

#[test]
fn arabic_role_nouns_are_no_act() {
    // (No Arabic trigger row begins these nouns; the sentences keep it so.)
    check(
        "ar",
        "يصل مساعد الرئيس الأمريكي لشؤون الأمن القومي إلى موسكو يوم الاثنين.",
        &[],
    );
    check(
        "ar",
        "وقالت ألمانيا، أكبر دائن لليونان، إنها ترفض شطب الديون.",
        &[],
    );
}

#[test]
fn arabic_noun_trigger_after_a_future_verb_is_expected() {
    check(
        "ar",
        "قال الرئيس الأمريكي إنه سيفرض رسوماً جمركية على السلع الصينية.",
        &["SANCTION USA>CHN expected"],
    );
    check(
        "ar",
        "أعلنت اليابان أنها ستقدم قرضاً جديداً لإندونيسيا.",
        &["AID JPN>IDN expected"],
    );
    check(
        "ar",
        "قالت الصين إنها ستستخدم حق النقض ضد أي قرار أمريكي.",
        &["REJECT CHN>USA expected"],
    );
    check(
        "ar",
        "وأكد بوتين أن موسكو ستواصل إرسال القمح إلى بانغي.",
        &["AID RUS>CAF expected"],
    );
    check(
        "ar",
        "وقالت طهران إنها ستواصل تزويد موسكو بالطائرات المسيرة.",
        &["AID IRN>RUS expected"],
    );
}

#[test]
fn arabic_noun_trigger_after_a_past_verb_or_a_noun_stays_asserted() {
    check(
        "ar",
        "فرضت الولايات المتحدة رسوماً جمركية على السلع الصينية.",
        &["SANCTION USA>CHN"],
    );
    check(
        "ar",
        "وانتقدت روسيا يوم الأحد سياسة العقوبات الأمريكية.",
        &["ACCUSE RUS>USA"],
    );
}

#[test]
fn english_and_russian_future_tariffs_and_vetoes_are_expected() {
    check(
        "ru",
        "Президент США заявил, что введёт пошлины на китайские товары.",
        &["SANCTION USA>CHN expected"],
    );
    check(
        "ru",
        "Китай заявил, что наложит вето на любой американский проект.",
        &["REJECT CHN>USA expected"],
    );
    check(
        "en",
        "Japan said it would lend Indonesia 2 billion dollars next year.",
        &["AID JPN>IDN expected"],
    );
}

// A complaint lodged with a body, told beside the accusation of a state it carries by the same side, is
// that accusation; the body (the Security Council, the CSTO) is where it was lodged, not whom it is
// against (`complaint_stem`, `Coder::complaint_to_forum`).

#[test]
fn english_complaint_to_a_body_beside_its_accusation_is_one_act() {
    check(
        "en",
        "Iran lodged a complaint with the UN Security Council on Saturday, accusing Israel of attacking its embassy in Damascus.",
        &["ACCUSE IRN>ISR"],
    );
    check(
        "en",
        "Armenia lodged a complaint with the CSTO, accusing Azerbaijan of shelling its border villages.",
        &["ACCUSE ARM>AZE"],
    );
    check(
        "en",
        "Iraq filed a complaint against Turkey with the UN Security Council on Tuesday.",
        &["ACCUSE IRQ>TUR"],
    );
}

#[test]
fn russian_complaint_to_a_body_beside_its_accusation_is_one_act() {
    check(
        "ru",
        "Иран в субботу подал жалобу в Совет Безопасности ООН, обвинив Израиль в нападении на посольство в Дамаске.",
        &["ACCUSE IRN>ISR"],
    );
    check(
        "ru",
        "Армения направила жалобу в ОДКБ, обвинив Азербайджан в обстреле приграничных сёл.",
        &["ACCUSE ARM>AZE"],
    );
    check(
        "ru",
        "Грузия подала жалобу в Совбез ООН, обвиняя Россию в бомбардировке Гори.",
        &["ACCUSE GEO>RUS"],
    );
}

#[test]
fn arabic_complaint_to_a_body_beside_its_accusation_is_one_act() {
    check(
        "ar",
        "تقدمت إيران يوم السبت بشكوى إلى مجلس الأمن الدولي، متهمة إسرائيل بمهاجمة سفارتها في دمشق.",
        &["ACCUSE IRN>ISR"],
    );
    check(
        "ar",
        "قدمت أرمينيا شكوى إلى منظمة معاهدة الأمن الجماعي، متهمة أذربيجان بقصف قراها الحدودية.",
        &["ACCUSE ARM>AZE"],
    );
    check(
        "ar",
        "وتقدمت الجزائر بشكوى إلى مجلس الأمن، متهمة المغرب بانتهاك وقف إطلاق النار.",
        &["ACCUSE DZA>MAR"],
    );
}

// An English past participle between an article or a number and the noun it qualifies is an adjective,
// no act ("a restricted zone", "1,550 deployed warheads", "the seized vessels"; a year before a verb is a
// date, not a count: `Coder::en_attributive_participle`). Russian keeps its attributive participles:
// the gold codes «согласованный правительствами двух стран документ» as the agreement.

#[test]
fn english_attributive_participle_is_no_act() {
    check(
        "en",
        "Norway said a Russian trawler had entered a restricted Norwegian fishing zone.",
        &[],
    );
    check(
        "en",
        "Russia and the United States agreed to cap their arsenals at 1,550 deployed warheads each.",
        &["AGREE {RUS+USA}"],
    );
    check(
        "en",
        "Ukraine demanded that Russia return the seized Ukrainian vessels.",
        // (No seizure; the return demanded is proposed, as every act under "demanded that": session 41.)
        &["REQUEST UKR>RUS", "RETREAT RUS>UKR proposed"],
    );
    check(
        "en",
        "Iran asked South Korea to release the frozen Iranian funds.",
        &["REQUEST IRN>KOR"],
    );
}

#[test]
fn english_participle_as_the_verb_stays_an_act() {
    check(
        "en",
        "George W. Bush on 19 December 2003 praised Libya's decision to give up its weapons.",
        &["SUPPORT USA>LBY"],
    );
    check(
        "en",
        "Russia deployed troops to the border.",
        &["MOBILIZE {RUS}"],
    );
}
