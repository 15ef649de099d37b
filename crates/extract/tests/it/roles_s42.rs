//! Session 42 (roles: who did what to whom). Sentences written for these tests, in every language where
//! the construction occurs.
//!
//! A request whose object is a singular personal pronoun ("asked him to …", «призвал его …», «دعاه
//! إلى …») is addressed to the person the pronoun stands for — named before the verb in the sentence or
//! in the sentences before — not to a state named inside the infinitive phrase that says what is asked
//! (`Coder::pronoun_addressee`). An Arabic verb that carries that pronoun and has its complement right
//! after it names no subject after it (`Coder::ar_pronoun_object_no_subject`).

use crate::support::check;

#[test]
fn a_request_to_him_is_addressed_to_the_person_named_before() {
    check(
        "en",
        "Erdogan met Vladimir Putin in Sochi and urged him to let grain ships leave Ukraine.",
        &["CONSULT TUR>RUS", "REQUEST TUR>RUS"],
    );
    check(
        "en",
        "Emmanuel Macron held talks with Xi Jinping. He asked him to press Iran over its nuclear programme.",
        &["CONSULT {CHN+FRA}", "REQUEST FRA>CHN"],
    );
    check(
        "ru",
        "Эрдоган провёл переговоры с Путиным и попросил его повлиять на ситуацию в Сирии.",
        &["CONSULT {RUS+TUR}", "REQUEST TUR>RUS"],
    );
    check(
        "ru",
        "Эммануэль Макрон встретился с Си Цзиньпином. Он призвал его повлиять на Иран.",
        &["CONSULT {CHN+FRA}", "REQUEST FRA>CHN"],
    );
    check(
        "ar",
        "استقبل عبد الفتاح السيسي إيمانويل ماكرون وطالبه بالضغط على إسرائيل لوقف الحرب.",
        &["CONSULT FRA>EGY", "REQUEST EGY>FRA"],
    );
}

/// An Arabic verb joined by و that carries its object as a pronoun and has its complement right after
/// it («ودعاه إلى …», «وطالبه بـ…») names no subject after it: a state inside the complement is what is
/// asked, and the subject is the one of the verb before (in the clause, else the sentence before).
#[test]
fn an_arabic_verb_with_an_object_pronoun_keeps_the_subject_before() {
    check(
        "ar",
        "التقى وزير الخارجية التركي سيرغي لافروف في أنقرة ودعاه إلى إقناع إيران بوقف التخصيب.",
        &["CONSULT RUS>TUR", "REQUEST TUR>RUS"],
    );
    check(
        "ar",
        "التقى أردوغان بوتين في سوتشي. ودعاه إلى المساعدة في نقل الحبوب من أوكرانيا.",
        &["CONSULT TUR>RUS", "REQUEST TUR>RUS"],
    );
    // (Trap: a place and a date may stand between a verb and its subject, which stays the verb's.)
    // FIXME: the counterpart after نظيره is lost ({MDA+RUS}), as it was before this rule, and the
    // agreement, left with one state alone, is no event since session 46 (run:agree-one-state).
    check(
        "ar",
        "ستنسحب القوات الروسية من مولدوفا بموجب اتفاق وقّعه في موسكو يوم السبت الرئيس الروسي ونظيره المولدوفي.",
        &["RETREAT RUS>MDA expected"],
    );
}

/// (Traps: a Russian possessive before its noun is no object; a named object stays the target.)
#[test]
fn a_request_with_no_pronoun_object_keeps_its_target() {
    check(
        "ru",
        "Эрдоган встретился с Путиным. Китай призвал Москву повлиять на сепаратистов на востоке Украины.",
        &["CONSULT {RUS+TUR}", "REQUEST CHN>RUS"],
    );
    check(
        "en",
        "Erdogan met Putin in Sochi. China urged Moscow to press the separatists in eastern Ukraine.",
        &["CONSULT TUR>RUS", "REQUEST CHN>RUS"],
    );
}
