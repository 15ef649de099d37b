//! Session 39 (recall, issue 3 items 1–2: constructions the retired held-out sets `dev/*_h31`–`_h33` miss in
//! more than one language). Sentences written for these tests.
//!
//! Troops sent back to their bases or barracks withdraw from where they stood (PLOVER RETREAT), aimed at
//! the state across the border they stood at: "ordered the troops near the Ukrainian border to return to
//! their bases", «приказал войскам у границы с Украиной вернуться в места постоянной дислокации», «قالت
//! الصين إن قواتها قرب الحدود الهندية تعود إلى ثكناتها». The rows need a border word in the clause, so troops
//! back from a parade are no act on anyone.

use crate::support::check;

#[test]
fn english_troops_sent_back_from_a_border_withdraw_from_the_state_across_it() {
    check(
        "en",
        "Vladimir Putin ordered the troops near the Ukrainian border to return to their bases.",
        &["RETREAT RUS>UKR"],
    );
    check(
        "en",
        "Belarus said its soldiers near the Polish border had returned to their permanent bases.",
        &["RETREAT BLR>POL"],
    );
    check(
        "en",
        "Kazakh soldiers returned to their barracks after the parade in Astana.",
        &[],
    );
    check(
        "en",
        "Japanese fighter jets returned to their bases after escorting two Chinese bombers.",
        &[],
    );
}

#[test]
fn russian_troops_sent_back_from_a_border_withdraw_from_the_state_across_it() {
    check(
        "ru",
        "Владимир Путин приказал войскам у границы с Украиной вернуться в места постоянной дислокации.",
        &["RETREAT RUS>UKR"],
    );
    check(
        "ru",
        "Министр обороны Армении приказал подразделениям, стоявшим у границы с Азербайджаном, вернуться в казармы.",
        &["RETREAT ARM>AZE"],
    );
    check(
        "ru",
        "Белорусские войска у польской границы вернулись в пункты постоянной дислокации.",
        &["RETREAT BLR>POL"],
    );
    check(
        "ru",
        "Казахстанские военные вернулись в казармы после парада в Астане.",
        &[],
    );
}

// (The Arabic rows need a border word too; troops back from a parade are no withdrawal. Their subject inside
// «قالت الصين إن قواتها قرب الحدود الهندية تعود …» is still read as the neighbour: a lead, not tested here.)
#[test]
fn arabic_troops_back_from_a_parade_withdraw_from_no_one() {
    check(
        "ar",
        "عادت القوات الكازاخية إلى ثكناتها بعد العرض العسكري في أستانا.",
        // (Session 51: a parade is no mobilisation either, as in English and Russian: the row was removed.)
        &[],
    );
}

// Cutting back military activity or presence in or around a place draws forces down (PLOVER RETREAT),
// aimed at the state of the place: "would sharply cut back its military activity around Kyiv" (dev
// `*_h33-014`), «ستقلّص نشاطها العسكري حول كييف».

#[test]
fn english_military_activity_wound_down_is_a_retreat() {
    check(
        "en",
        "Israel is winding down its military activity in southern Lebanon, an Israeli official said.",
        &["RETREAT ISR>LBN"],
    );
    check(
        "en",
        "Turkey has reduced its military presence in northern Syria.",
        &["RETREAT TUR>SYR"],
    );
}

#[test]
fn arabic_military_activity_cut_back_is_a_retreat() {
    check(
        "ar",
        "قالت موسكو إنها ستقلص نشاطها العسكري قرب خاركيف الأوكرانية.",
        &["RETREAT RUS>UKR expected"],
    );
    check(
        "ar",
        "أعلنت إسرائيل تقليص نشاطها العسكري في جنوب لبنان.",
        &["RETREAT ISR>LBN"],
    );
    check(
        "ar",
        "قلصت تركيا وجودها العسكري في شمال سوريا.",
        &["RETREAT TUR>SYR"],
    );
}

// Suspending a state's (or its delegation's) voting rights in a body is that body's sanction of the state
// (PLOVER SANCTION; dev `*_h32-001`: «проголосовала за приостановку права голоса российской делегации»).

#[test]
fn english_voting_rights_suspended_are_the_body_s_sanction() {
    check(
        "en",
        "The African Union suspended Mali's voting rights after the coup.",
        &["SANCTION AU>MLI"],
    );
    check(
        "en",
        "The IMF's board voted on Friday to suspend Zimbabwe's voting rights over its unpaid arrears.",
        &["SANCTION IMF>ZWE"],
    );
    check(
        "en",
        "The Parliamentary Assembly of the Council of Europe suspended the voting rights of the Russian delegation.",
        &["SANCTION COE>RUS"],
    );
}

#[test]
fn russian_voting_rights_suspended_are_the_body_s_sanction() {
    check(
        "ru",
        "Африканский союз приостановил право голоса Мали после переворота.",
        &["SANCTION AU>MLI"],
    );
    check(
        "ru",
        "Лига арабских государств приостановила права голоса Сирии в ноябре 2011 года.",
        &["SANCTION ARAB_LEAGUE>SYR"],
    );
    check(
        "ru",
        "Парламентская ассамблея Совета Европы проголосовала за приостановку права голоса российской делегации.",
        &["SANCTION COE>RUS"],
    );
}

#[test]
fn arabic_voting_rights_suspended_are_the_body_s_sanction() {
    check(
        "ar",
        "علّق الاتحاد الأفريقي حقوق التصويت لمالي بعد الانقلاب.",
        &["SANCTION AU>MLI"],
    );
    check(
        "ar",
        "قررت جامعة الدول العربية تعليق حق التصويت لسوريا في نوفمبر ٢٠١١.",
        &["SANCTION ARAB_LEAGUE>SYR"],
    );
}
