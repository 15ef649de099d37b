//! Session 47 (types): the type an act takes from the class of its object, in every language.
//! Sentences written for these tests.

use crate::support::check_rows;

/// A state pulling its own advisers, experts, specialists or observers out of a country reduces
/// relations (`SANCTION` mode withdraw, as a recalled envoy: eval/README conventions, session 17), the
/// `staff` topic and the refine row `RETREAT withdraw + staff`; troops leaving stay `RETREAT`.
#[test]
fn pulling_out_advisers_or_experts_is_a_withdrawal_of_relations() {
    check_rows(&[
        (
            "en",
            "Moscow withdrew its military advisers from Cuba on Monday.",
            &["SANCTION RUS>CUB"],
        ),
        (
            "en",
            "Moscow withdrew its troops from Cuba on Monday.",
            &["RETREAT RUS>CUB"],
        ),
        (
            "ru",
            "Москва в понедельник отозвала из Кубы военных советников.",
            &["SANCTION RUS>CUB"],
        ),
        (
            "ru",
            "Россия в понедельник вывела войска из Сирии.",
            &["RETREAT RUS>SYR"],
        ),
        (
            "ar",
            "سحبت روسيا يوم الاثنين خبراءها من كوبا.",
            &["SANCTION RUS>CUB"],
        ),
        (
            "ar",
            "سحبت الصين مستشاريها العسكريين من ألبانيا.",
            &["SANCTION CHN>ALB"],
        ),
        (
            "ar",
            "سحبت روسيا قواتها من سوريا يوم الاثنين.",
            &["RETREAT RUS>SYR"],
        ),
    ]);
}

/// Experts, specialists or instructors sent to a state are aid (eval/README conventions, session 5:
/// troops, engineers or rescuers sent to help a state are `AID`), the refine row `COOPERATE economic +
/// staff`; a trade deal stays what it is.
#[test]
fn specialists_sent_to_a_state_are_aid() {
    check_rows(&[
        (
            "en",
            "Russia sent forty specialists to Laos on Monday to service its helicopters.",
            &["AID RUS>LAO"],
        ),
        (
            "en",
            "Russia and Laos signed a trade agreement on Monday.",
            &["AGREE {LAO+RUS}"],
        ),
        (
            "ar",
            "أرسلت روسيا يوم الاثنين خبراء إلى لاوس لصيانة مروحياتها.",
            &["AID RUS>LAO"],
        ),
    ]);
}

/// A host verb in a Russian active participle, or in an English or Arabic relative clause on the state
/// right before it, is an attribute of the host (eval/README conventions: a host named only in a phrase
/// is no party), no meeting (select:host-attribute); a host in a main clause, or receiving a person,
/// stays the meeting or the visit.
#[test]
fn a_host_named_in_an_attribute_holds_no_meeting() {
    check_rows(&[
        (
            "en",
            "Argentina, which hosted the CELAC summit, was among the founders of the bloc.",
            &[],
        ),
        (
            "en",
            "Japan, which hosts the G7 summit in Hiroshima, announced new measures against Russia.",
            // (No meeting; the measures are the sanction, as `ru-n23-028` codes them: session 50.)
            &["SANCTION JPN>RUS"],
        ),
        (
            "en",
            "Brazil hosted a BRICS summit in Rio on Monday.",
            &["CONSULT {BRA+BRICS}"],
        ),
        (
            "en",
            "India, which hosted Vladimir Putin on Monday, signed a deal with Russia.",
            &["CONSULT RUS>IND", "AGREE {IND+RUS}"],
        ),
        (
            "ru",
            "Принимающая саммит СЕЛАК Аргентина была в числе основателей блока.",
            &[],
        ),
        (
            "ru",
            "Япония, принимающая саммит G7 в Хиросиме, объявила о новых мерах.",
            &[],
        ),
        (
            "ru",
            "Принимавшая встречу ШОС Индия заявила о нейтралитете.",
            &[],
        ),
        (
            "ru",
            "Бразилия в понедельник приняла саммит БРИКС.",
            &["CONSULT {BRA+BRICS}"],
        ),
        (
            "ru",
            "Моди в понедельник принял Путина в Дели.",
            &["CONSULT RUS>IND"],
        ),
        (
            "ar",
            "وكانت الأرجنتين، التي استضافت قمة سيلاك، من مؤسسي المجموعة.",
            &[],
        ),
        (
            "ar",
            "استضافت البرازيل يوم الاثنين قمة بريكس.",
            &["CONSULT {BRA+BRICS}"],
        ),
        (
            "ar",
            "استضاف مودي يوم الاثنين بوتين في نيودلهي.",
            &["CONSULT RUS>IND"],
        ),
    ]);
}
