//! Who is source and target (session 12): mechanisms that carry an actor from one sentence to the next or
//! out of a phrase, each with probes in the three languages written for these tests (every probe failed
//! before its rule).

use crate::support::check;

/// A pronoun or descriptive phrase that opens its sentence ("He …", «Королевство …», "ووقع الوزير …")
/// continues the subject of the sentence before, not the state that sentence named last (the host, the
/// partner).
#[test]
fn an_opening_pronoun_continues_the_subject_of_the_sentence_before() {
    check(
        "en",
        "Italy's defence minister landed in Tripoli on Sunday. He signed a migration accord with Libya.",
        &["CONSULT ITA>LBY", "AGREE {ITA+LBY}"],
    );
    check(
        "ru",
        "Глава МИД Японии прибыл в Сеул. Позже он поблагодарил Южную Корею за помощь.",
        &["CONSULT JPN>KOR", "SUPPORT JPN>KOR"],
    );
    check(
        "ar",
        "وصل وزير الدفاع الإيطالي إلى طرابلس يوم الأحد. ووقع الوزير اتفاقاً بشأن الهجرة مع ليبيا.",
        &["CONSULT ITA>LBY", "AGREE {ITA+LBY}"],
    );
    check(
        "en",
        "A Chinese trade delegation arrived in Hanoi. It signed twelve deals with Vietnam.",
        &["CONSULT CHN>VNM", "AGREE {CHN+VNM}"],
    );
    // The subject of a passive is the one acted on: no event of its own, and the act before stays.
    check(
        "en",
        "Russia expelled a Japanese diplomat on Monday. He was accused of spying.",
        &["SANCTION RUS>JPN"],
    );
}

/// A description ("the country", «страна», "البلاد") is not a pronoun: it may name the other state of the
/// sentence before, so it keeps the state named last.
#[test]
fn an_opening_description_keeps_the_state_named_last() {
    check(
        "ar",
        "زار الرئيس التركي العراق الأسبوع الماضي. ووقعت البلاد معه اتفاقية للمياه.",
        &["CONSULT TUR>IRQ", "AGREE {IRQ+TUR}"],
    );
}

/// Two states named side by side with nothing between them are not one subject: in Arabic word order they
/// are the verb's subject and its object ("اجتاحت القوات الأمريكية بنما"), so the reaction of the next
/// sentence to "the attack" is aimed at the subject alone.
#[test]
fn two_states_side_by_side_do_not_lead_together() {
    check(
        "ar",
        "قصفت الطائرات الإسرائيلية لبنان فجر الأحد. ودانت فرنسا الهجوم.",
        &["ASSAULT ISR>LBN", "ACCUSE FRA>ISR"],
    );
    check(
        "ar",
        "استهدفت الصواريخ الإيرانية إسرائيل ليلاً. وأدانت ألمانيا الهجوم.",
        &["ACCUSE DEU>IRN"],
    );
    // Joined by و they still lead together.
    check(
        "ar",
        "وقعت روسيا وإيران اتفاقية للتعاون الاستراتيجي. وانتقدت الولايات المتحدة الاتفاق.",
        &["AGREE {IRN+RUS}", "ACCUSE USA>IRN+RUS"],
    );
}

/// "The two countries" in an Arabic sentence that names fewer than two states itself (only a mediator)
/// are the pair of the latest event, else the pair that led the sentence before — as in English and
/// Russian — not the mediator and the state named last.
#[test]
fn the_two_countries_after_a_mediation_phrase_are_the_pair_before() {
    check(
        "ar",
        "اشتبكت القوات التايلاندية والكمبودية على الحدود. وبعد وساطة أمريكية، اتفق البلدان على وقف إطلاق النار.",
        &["AGREE {KHM+THA}"],
    );
    check(
        "ar",
        "تبادلت الهند وباكستان إطلاق النار في كشمير. وبوساطة سعودية اتفق الجانبان على سحب القوات.",
        &["AGREE {IND+PAK}", "RETREAT {IND+PAK} expected"],
    );
}

/// Freeing a foreign national is aimed at the national's state (eval/README, session-5 convention), in
/// Russian as in English and Arabic: the demonym of the freed, or the state of «граждан …».
#[test]
fn a_russian_release_is_aimed_at_the_state_of_the_freed() {
    check(
        "ru",
        "Белоруссия освободила двух граждан Польши и передала их польской стороне.",
        &["RETREAT BLR>POL"],
    );
    check(
        "ru",
        "Иран освободил гражданку Франции, задержанную в 2022 году.",
        &["RETREAT IRN>FRA"],
    );
    // A swap has no target.
    check(
        "ru",
        "Россия и Украина обменялись пленными.",
        &["RETREAT {RUS+UKR}"],
    );
}
