//! Precision (session 13): constructions that name an act without asserting one more event — the purpose
//! of an act, the content of an agreement, a standing measure named in passing. Every probe was written for
//! these tests and failed before its rule.

use crate::support::check;

/// An English "to"-infinitive hangs from the verb before it however many adjuncts of place and time stand
/// between: the act asked for, threatened or agreed on has not happened, and an infinitive of the verb's
/// own kind ("summoned … to protest") is that act told again.
#[test]
fn an_infinitive_hangs_from_its_verb_over_adjuncts() {
    check(
        "en",
        "Ghana asked the African Union in a letter on Monday to impose sanctions on Mali.",
        &["REQUEST GHA>AU", "SANCTION AU>MLI proposed"],
    );
    check(
        "en",
        "Japan summoned China's ambassador on Friday to protest the incursion.",
        &["PROTEST JPN>CHN"],
    );
    check(
        "en",
        "Kenya and Ethiopia signed a memorandum in Addis Ababa on 3 May to cooperate on power lines.",
        &["AGREE {ETH+KEN}", "COOPERATE {ETH+KEN} expected"],
    );
    // A verb that is no trigger leaves the act asserted.
    check(
        "en",
        "Vietnam decided on Monday to expel two Chinese diplomats.",
        &["SANCTION VNM>CHN"],
    );
}

/// A sanction noun after a word that makes it the background of another act (after, despite, fearing,
/// из-за, несмотря на, رغم, في ظل) names a standing measure, no sanction the sentence asserts; imposed or
/// answered with, it stays one.
#[test]
fn a_measure_named_as_background_is_no_sanction() {
    check(
        "en",
        "Iran and Venezuela kept trading oil despite American sanctions on both countries.",
        &[],
    );
    check(
        "en",
        "The deal collapsed because Western sanctions on Moscow made payments impossible.",
        &[],
    );
    check(
        "ru",
        "Компания продолжала торговлю с Ираном, несмотря на американские санкции против Тегерана.",
        &[],
    );
    check(
        "ar",
        "تراجعت التجارة بين روسيا والهند في ظل العقوبات الغربية على موسكو.",
        &[],
    );
    check(
        "en",
        "Washington answered on Friday with new sanctions on Iran's oil sector.",
        &["SANCTION USA>IRN"],
    );
    check(
        "ar",
        "اعتمدت اليابان الحزمة التاسعة من العقوبات على روسيا.",
        &["SANCTION JPN>RUS"],
    );
}

/// An English document with a participle of signing and no agent ("under a contract concluded with India
/// in 2022") is named as the background of another act: its signing is no event. With an agent ("signed
/// by Gazprom and Sinopec") it is one.
#[test]
fn a_document_signed_in_passing_is_no_agreement() {
    check(
        "en",
        "Armenia paid for the rifles under a contract concluded with India in 2022.",
        &[],
    );
    check(
        "en",
        "Laos, tied to Vietnam by a treaty signed decades earlier, stayed silent.",
        &[],
    );
    check(
        "en",
        "A gas contract signed by Gazprom and Sinopec on Monday was worth $20 billion.",
        &["AGREE {CHN+RUS}"],
    );
}

/// An English act noun that is the subject of "could", "would" or "might" is supposed, not reported.
#[test]
fn a_noun_under_a_modal_is_hypothetical() {
    check(
        "en",
        "Analysts said fresh Russian sanctions on Kazakh grain could hurt both economies.",
        &["SANCTION RUS>KAZ hypothetical"],
    );
}

/// A visit verb whose subject is a vehicle (bombers, warships, a flight) is no visit: the visitor of a
/// CONSULT is a state's people. A leader's own plane still carries the leader.
#[test]
fn a_vehicle_is_no_visitor() {
    check(
        "en",
        "Two Russian strategic bombers landed in Pretoria ahead of joint drills.",
        &[],
    );
    check(
        "ru",
        "Три китайских военных корабля прибыли в Коломбо в понедельник.",
        &[],
    );
    check(
        "en",
        "Putin's plane landed in Pyongyang shortly after midnight.",
        &["CONSULT RUS>PRK"],
    );
}

/// The body a threat says its maker would turn to ("threatened to appeal to the UN Security Council",
/// «пригрозив обратиться в Международный суд ООН», "هددت باللجوء إلى الأمم المتحدة") is the forum of the
/// act threatened, not the one threatened: the threat is aimed where the same side's demand or charge was.
#[test]
fn the_forum_a_threat_names_is_no_target() {
    check(
        "ru",
        "Ереван потребовал от Баку вернуть пленных, пригрозив обратиться в Международный суд ООН.",
        &["REQUEST ARM>AZE", "THREATEN ARM>AZE"],
    );
    check(
        "en",
        "Egypt accused Ethiopia of breaking the accords and threatened to appeal to the UN Security Council.",
        &["ACCUSE EGY>ETH", "THREATEN EGY>ETH"],
    );
    check(
        "ar",
        "اتهمت مصر إثيوبيا بخرق الاتفاقات وهددت باللجوء إلى مجلس الأمن.",
        &["ACCUSE EGY>ETH", "THREATEN EGY>ETH"],
    );
    check(
        "en",
        "Beijing threatened to take countermeasures against Lithuania.",
        &["THREATEN CHN>LTU"],
    );
}

/// A ceasefire or truce named as a noun is an arrangement, like an agreement: what is done with it (agreed,
/// broken, welcomed) is the event, the noun on its own is none.
#[test]
fn a_ceasefire_noun_is_no_retreat() {
    check(
        "en",
        "A truce between Armenia and Azerbaijan took effect at midnight.",
        &[],
    );
    check(
        "ru",
        "Перемирие между Арменией и Азербайджаном вступило в силу в полночь.",
        &[],
    );
    check(
        "ar",
        "دخلت الهدنة بين أرمينيا وأذربيجان حيز التنفيذ منتصف الليل.",
        &[],
    );
    check(
        "ar",
        "اتفقت تايلاند وكمبوديا على وقف إطلاق النار يوم الاثنين.",
        &["AGREE {KHM+THA}"],
    );
}
