//! Session 34 (RETREAT): handing people over to another state — an extradition, suspects or citizens
//! handed to it, those handed named by a pronoun on the Arabic verb — is one RETREAT of the handing state
//! aimed at the state that receives them (eval/README session 26 (a)), and so is handing over one's
//! nuclear warheads. Sentences written for these tests.

use crate::support::check;

#[test]
fn an_extradition_is_a_retreat_aimed_at_the_receiving_state() {
    check(
        "en",
        "Hungary extradited two suspects to Austria after a court ruling.",
        &["RETREAT HUN>AUT"],
    );
    // (A refused extradition is the refusal alone: since session 57 the act a refusal governs right after it
    // is told by the REJECT, as the golds code it.)
    check(
        "en",
        "Argentina refused to extradite the former minister to Chile.",
        &["REJECT ARG>CHL"],
    );
}

#[test]
fn russian_people_or_warheads_handed_to_a_state_are_a_retreat() {
    check(
        "ru",
        "Казахстан передал Киргизии трёх граждан, обвиняемых в контрабанде.",
        &["RETREAT KAZ>KGZ"],
    );
    check(
        "ru",
        "Грузия передала Азербайджану подозреваемого в убийстве.",
        &["RETREAT GEO>AZE"],
    );
    check(
        "ru",
        "Белоруссия передала России свои последние ядерные боеголовки.",
        &["RETREAT BLR>RUS"],
    );
    // (Trap: a case handed to prosecutors names no state.)
    check("ru", "Суд передал дело подозреваемого в прокуратуру.", &[]);
}

#[test]
fn arabic_people_handed_by_a_pronoun_go_to_the_state_after_ila() {
    check(
        "ar",
        "اعتقلت تركيا ثلاثة مواطنين عراقيين، ثم سلّمتهم إلى العراق.",
        &["COERCE TUR>IRQ", "RETREAT TUR>IRQ"],
    );
    // (The state as the adjective of the one noun after إلى receives them; it is no doer.)
    check(
        "ar",
        "أعلنت قطر أن روسيا سلّمتهم إلى الجانب الأوكراني.",
        &["RETREAT RUS>UKR"],
    );
    // (Traps: a letter handed to them, and suspects handed to a prosecutor, are no handover to a state.)
    check("ar", "سلّمهم الوزير رسالة موجهة إلى الرئيس الروسي.", &[]);
    check(
        "ar",
        "سلّمت الشرطة الكينية المتهمين إلى النيابة العامة.",
        &[],
    );
}

#[test]
fn an_arabic_handover_opening_its_sentence_continues_the_state_before() {
    check(
        "ar",
        "وقّعت قطر اتفاقاً مع البحرين. وسلّمت الجزر إلى المنامة في العام التالي.",
        &["AGREE {BHR+QAT}", "RETREAT QAT>BHR"],
    );
}
