//! Session 46 (types): acts the gold does not code, told by a whole class of words in every language.
//! Sentences written for these tests.

use crate::support::check_rows;

/// A Russian trade verb of the imperfective aspect (present or past) and an Arabic one in the imperfect
/// tell a standing trade or a trade figure, not an act of the day, as the English present simple does
/// (`standing_trade_verb` rows, run:standing-trade); the perfective or the perfect tells the delivery,
/// and an imperfect after لم keeps its negated act. Any form of продолжать/продолжить before a trade
/// verb tells trade that goes on.
#[test]
fn a_trade_verb_of_standing_trade_is_no_act() {
    check_rows(&[
        ("ru", "Сербия получает из России почти весь свой газ.", &[]),
        ("ru", "Вьетнам много лет закупал оружие у России.", &[]),
        ("ru", "Армения закупает почти всё оружие у России.", &[]),
        ("ru", "Индия продолжит покупать российскую нефть.", &[]),
        (
            "ru",
            "Армения в понедельник закупила у России партию оружия.",
            &["AID RUS>ARM"],
        ),
        (
            "ru",
            "Сербия в понедельник получила от России шесть истребителей.",
            &["AID RUS>SRB"],
        ),
        ("ar", "وتحصل صربيا على معظم غازها من روسيا.", &[]),
        (
            "ar",
            "تسلّمت صربيا يوم الاثنين ست مقاتلات من روسيا.",
            &["AID RUS>SRB"],
        ),
        (
            "ar",
            "استوردت أرمينيا يوم الاثنين دفعة من الأسلحة من روسيا.",
            &["AID RUS>ARM"],
        ),
        (
            "ar",
            "لم تزوّد إسرائيل أوكرانيا بأي أسلحة.",
            &["AID ISR>UKR neg"],
        ),
        ("en", "Serbia buys almost all of its gas from Russia.", &[]),
    ]);
}

/// An Arabic or Russian agreement or pledge that found one state alone, with no other side, is no event,
/// as the English one (run:agree-one-state); two states, or a bloc agreeing within itself, stand.
#[test]
fn an_agreement_by_one_state_alone_is_no_event_in_every_language() {
    check_rows(&[
        (
            "ru",
            "Парламент Грузии в пятницу ратифицировал соглашение.",
            &[],
        ),
        ("ar", "وصادق البرلمان الجورجي يوم الجمعة على الاتفاق.", &[]),
        (
            "ar",
            "وتعهدت أرمينيا يوم الأربعاء بالوفاء بكل التزاماتها.",
            &[],
        ),
        (
            "en",
            "Georgia's parliament ratified the agreement on Friday.",
            &[],
        ),
        (
            "ru",
            "Россия и Вьетнам в пятницу подписали соглашение о сотрудничестве.",
            &["AGREE {RUS+VNM}"],
        ),
        (
            "ar",
            "وقّعت روسيا وفيتنام يوم الجمعة اتفاقاً للتعاون.",
            &["AGREE {RUS+VNM}"],
        ),
        (
            "ru",
            "Страны ОПЕК+ в воскресенье договорились продлить сокращение добычи.",
            &["AGREE {OPEC_PLUS}"],
        ),
        (
            "ar",
            "اتفقت دول أوبك+ يوم الأحد على تمديد خفض الإنتاج.",
            &["AGREE {OPEC_PLUS}"],
        ),
    ]);
}
