//! The target of a reaction is the doer of the act its object names (session 13): "condemned the strike",
//! «осудил удар», "ودانت إيران القصف" are aimed at whoever struck, even when another act was told in between;
//! "criticised the accord" at its signatories. Probes written for these tests (each failed before its rule).

use crate::support::check;

/// A noun trigger of the lexicon as the object names an act of its own type: the reaction is aimed at the
/// doer of the latest act of that type, not at the latest deed (Damascus's recall) nor the last lead.
#[test]
fn a_reaction_to_a_typed_act_noun_is_aimed_at_the_doer_of_that_act() {
    check(
        "en",
        "Turkish drones struck a Syrian army depot on Monday. Damascus recalled its ambassador from Ankara. Iran condemned the strike.",
        &["ASSAULT TUR>SYR", "SANCTION SYR>TUR", "ACCUSE IRN>TUR"],
    );
    check(
        "ru",
        "Турецкие беспилотники нанесли удар по складу сирийской армии. Дамаск отозвал посла из Анкары. Иран осудил удар.",
        &["ASSAULT TUR>SYR", "SANCTION SYR>TUR", "ACCUSE IRN>TUR"],
    );
    check(
        "ar",
        "قصفت طائرات تركية مخزناً للجيش السوري يوم الاثنين. واستدعت دمشق سفيرها من أنقرة. ودانت إيران القصف.",
        &["ASSAULT TUR>SYR", "SANCTION SYR>TUR", "ACCUSE IRN>TUR"],
    );
}

/// An agreement named as the object is aimed at those who signed it.
#[test]
fn a_reaction_to_an_agreement_is_aimed_at_its_signatories() {
    check(
        "en",
        "Morocco and Mauritania signed a gas pipeline accord on Tuesday. Algeria criticised the accord.",
        &["AGREE {MAR+MRT}", "ACCUSE DZA>MAR+MRT"],
    );
    check(
        "ru",
        "Марокко и Мавритания подписали соглашение о газопроводе. Алжир раскритиковал соглашение.",
        &["AGREE {MAR+MRT}", "ACCUSE DZA>MAR+MRT"],
    );
}

/// An Arabic object after the subject of an ungapped verb, past a phrase, with its clitics (بالقرار).
#[test]
fn an_arabic_act_noun_after_the_subject_and_a_phrase_is_the_object() {
    check(
        "ar",
        "اعترفت السلفادور بتايوان في مارس. ورفض مجلس الدولة الصيني في بيان شديد اللهجة الاعتراف.",
        &["SUPPORT SLV>TWN", "REJECT CHN>SLV"],
    );
    check(
        "ar",
        "أعادت الأرجنتين فتح سفارتها في كاراكاس. ورحبت البرازيل على لسان وزير خارجيتها بالقرار.",
        // (The reopened embassy resumes ties with the state it stands in: eval/README, session 14.)
        &["COOPERATE ARG>VEN", "SUPPORT BRA>ARG"],
    );
}

/// A hostile reaction to an act whose doer was not coded, by a reactor that leads: the act is by the side
/// the reactor's own latest act was aimed at.
#[test]
fn a_hostile_reaction_with_no_known_doer_answers_the_reactors_own_adversary() {
    check(
        "en",
        "Romania summoned Moldova's envoy on Friday over a new language law. Bucharest called the step unacceptable.",
        &["PROTEST ROU>MDA", "ACCUSE ROU>MDA"],
    );
    check(
        "ru",
        "Армения вызвала посла Ирана. Ереван отверг это решение.",
        &["PROTEST ARM>IRN", "REJECT ARM>IRN"],
    );
    check(
        "ar",
        "استدعت تونس سفير ليبيا. ورفضت تونس القرار.",
        &["PROTEST TUN>LBY", "REJECT TUN>LBY"],
    );
}
