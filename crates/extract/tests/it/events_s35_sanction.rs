//! Session 35 (SANCTION): an expulsion named as what a response answers ("in response to Kyiv's
//! expulsion of …", «в ответ на высылку из Киева …», «ردا على طرد كييف …») is the other side's earlier
//! measure, an event of its own aimed at the responder (eval/README: the answered expulsion is coded), and
//! each of the two expulsions is aimed at the other's doer when its own words name no other side.
//! Sentences written for these tests.

use crate::support::check;

#[test]
fn an_english_expulsion_a_response_answers_is_coded() {
    check(
        "en",
        "Hungary expelled two Ukrainian consuls on Friday in response to Kyiv's expulsion of a Hungarian diplomat earlier in the week.",
        &["SANCTION HUN>UKR", "SANCTION UKR>HUN"],
    );
    check(
        "en",
        "Lithuania ordered a Belarusian attaché to leave, in retaliation for the expulsion of two Lithuanian diplomats by Minsk.",
        &["SANCTION LTU>BLR", "SANCTION BLR>LTU"],
    );
    check(
        "en",
        "In retaliation for Ottawa's expulsion of a Chinese consul, Beijing expelled a Canadian diplomat.",
        &["SANCTION CAN>CHN", "SANCTION CHN>CAN"],
    );
    // (Trap: an expulsion that names no doer stays the background of the response.)
    check(
        "en",
        "Romania expelled a Russian diplomat on Tuesday in response to the expulsion.",
        &["SANCTION ROU>RUS"],
    );
}

#[test]
fn a_russian_expulsion_a_response_answers_is_coded() {
    check(
        "ru",
        "Венгрия выслала двух украинских консулов в ответ на высылку из Киева венгерского дипломата.",
        &["SANCTION HUN>UKR", "SANCTION UKR>HUN"],
    );
    check(
        "ru",
        "Литва объявила персоной нон грата белорусского атташе в ответ на высылку Минском двух литовских дипломатов.",
        &["SANCTION LTU>BLR", "SANCTION BLR>LTU"],
    );
    // (The fronted object names its state only as a genitive: each expulsion takes the other's doer.)
    check(
        "ru",
        "Трёх сотрудников посольства Польши Минск в среду объявил персонами нон грата в ответ на высылку из Варшавы белорусского консула.",
        &["SANCTION BLR>POL", "SANCTION POL>BLR"],
    );
    check(
        "ru",
        "В ответ на высылку из Праги российских дипломатов Москва выслала чешских дипломатов.",
        &["SANCTION CZE>RUS", "SANCTION RUS>CZE"],
    );
}

#[test]
fn an_arabic_expulsion_a_response_answers_is_coded() {
    check(
        "ar",
        "طردت المجر دبلوماسيين أوكرانيين يوم الجمعة رداً على طرد كييف دبلوماسيين مجريين.",
        &["SANCTION HUN>UKR", "SANCTION UKR>HUN"],
    );
    check(
        "ar",
        "أمرت ليتوانيا ملحقاً بيلاروسياً بالمغادرة رداً على طرد مينسك دبلوماسيين ليتوانيين.",
        &["SANCTION LTU>BLR", "SANCTION BLR>LTU"],
    );
    check(
        "ar",
        "أعلنت روسيا ثلاثة دبلوماسيين بولنديين أشخاصاً غير مرغوب فيهم رداً على طرد وارسو قنصلاً روسياً.",
        &["SANCTION RUS>POL", "SANCTION POL>RUS"],
    );
}
