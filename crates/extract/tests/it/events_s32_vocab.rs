//! Session 32 (trigger vocabulary, from the events probe `dev/*_e32`): admissions told as reported speech,
//! rescuers and field hospitals sent with other verbs of sending, Arabic حجز with what is seized, and Russian
//! weapons striking in the present tense. Sentences written for these tests. (An admitted act that has a
//! trigger of its own, «اعترفت … بأن مدفعيتها قصفت», is still coded as that act and not as the admission: the
//! content of an admission is read like a clause of its own.)

use crate::support::check;

#[test]
fn an_admission_told_as_reported_speech_is_a_concession() {
    check(
        "en",
        "Norway admitted that its frigate had damaged a Swedish cable in the Baltic.",
        &["CONCEDE NOR>SWE"],
    );
    check(
        "ar",
        "اعترفت تايلاند بأن جنودها عبروا الحدود الكمبودية خطأً.",
        &["CONCEDE THA>KHM"],
    );
    check(
        "ru",
        "Норвегия признала, что её фрегат повредил шведский кабель на дне Балтики.",
        &["CONCEDE NOR>SWE"],
    );
    // Near miss: a state admitted to a bloc is a membership, no concession.
    check(
        "en",
        "Timor-Leste was admitted to ASEAN as its eleventh member.",
        &[],
    );
}

#[test]
fn rescuers_and_field_hospitals_sent_to_a_state_are_aid() {
    check(
        "en",
        "Poland dispatched firefighters and a field hospital to Greece as the wildfires spread.",
        &["AID POL>GRC"],
    );
    check(
        "ru",
        "Казахстан перебросил в Киргизию полевой госпиталь и медицинские бригады.",
        &["AID KAZ>KGZ"],
    );
    check(
        "ar",
        "أوفدت الجزائر فرق إنقاذ إلى المغرب بعد الزلزال.",
        &["AID DZA>MAR"],
    );
    // Near miss: warships dispatched are no rescuers, so no aid.
    check(
        "en",
        "Turkey dispatched two warships to the eastern Mediterranean.",
        &[],
    );
}

#[test]
fn impounding_a_ship_or_assets_in_arabic_is_coercion() {
    check(
        "ar",
        "حجزت نيجيريا ناقلة نفط يونانية قبالة سواحلها.",
        &["COERCE NGA>GRC"],
    );
    // Near miss: حجز with a seat or a room is a booking.
    check("ar", "حجزت الوزارة قاعة في فندق بالقاهرة للاجتماع.", &[]);
}

#[test]
fn russian_weapons_striking_in_the_present_tense_assault() {
    check(
        "ru",
        "Израильские ракеты поражают позиции в Сирии вторую ночь подряд.",
        &["ASSAULT ISR>SYR"],
    );
}
