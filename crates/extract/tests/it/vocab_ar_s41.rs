//! Session 41 (Arabic vocabulary from the PLOVER ontology, the CAMEO sub-codes as a checklist). Sentences
//! written for these tests.
//!
//! Each act family has a positive sentence and a trap:
//! - ASSAULT: storming (اقتحم and its verbal noun اقتحام), only where the clause names a force or a weapon;
//! - SANCTION: suspending or freezing relations with their possessive (علاقاتها), and suspending one's
//!   commitments (التزاماتها);
//! - COOPERATE: resuming relations as a verbal noun (استئناف العلاقات), opening an embassy;
//! - AID: launching an airlift (أطلق جسراً جوياً); MOBILIZE: pushing forces to a place (دفع بقوات).
//! - batch 2: ending relations (أنهت علاقاتها), contacts with a masculine possessive (اتصالاته), the plural
//!   outlets of a border (المنافذ), sinking a ship (أغرق).

use crate::support::check;

#[test]
fn storming_a_place_by_a_force_is_an_assault() {
    check(
        "ar",
        "اقتحمت القوات الروسية مدينة أفدييفكا الأوكرانية فجر الثلاثاء.",
        &["ASSAULT RUS>UKR"],
    );
    check(
        "ar",
        "واقتحم الجيش الإسرائيلي قرى لبنانية حدودية.",
        &["ASSAULT ISR>LBN"],
    );
}

#[test]
fn storming_by_protesters_or_firms_is_no_assault() {
    check(
        "ar",
        "اقتحم محتجون غاضبون السفارة الدنماركية في بيروت.",
        &[],
    );
    check("ar", "اقتحمت الشركات الصينية الأسواق الأفريقية.", &[]);
}

#[test]
fn suspending_relations_or_commitments_with_their_possessive() {
    check(
        "ar",
        "علّقت الجزائر علاقاتها مع المغرب.",
        &["SANCTION DZA>MAR"],
    );
    check(
        "ar",
        "جمّدت البحرين علاقاتها التجارية مع قطر.",
        &["SANCTION BHR>QAT"],
    );
    check(
        "ar",
        "أعلنت الكويت تعليق العلاقات مع العراق.",
        &["SANCTION KWT>IRQ"],
    );
    check(
        "ar",
        "علّقت الولايات المتحدة التزاماتها الأمنية تجاه نيوزيلندا.",
        &["SANCTION USA>NZL"],
    );
}

#[test]
fn resuming_relations_and_opening_an_embassy_are_cooperation() {
    check(
        "ar",
        "أعلن البلدان استئناف العلاقات الدبلوماسية بين مصر وقطر.",
        &["COOPERATE {EGY+QAT}"],
    );
    check(
        "ar",
        "افتتحت الإمارات سفارتها في إسرائيل.",
        &["COOPERATE ARE>ISR"],
    );
    // (Opening anything but a mission is none.)
    check("ar", "افتتحت الإمارات معرضاً للكتاب في إسرائيل.", &[]);
}

#[test]
fn launching_an_airlift_and_pushing_forces() {
    check(
        "ar",
        "أطلقت تركيا جسراً جوياً لنقل المساعدات إلى ليبيا.",
        &["AID TUR>LBY"],
    );
    check(
        "ar",
        "دفعت مصر بقوات إضافية إلى الحدود مع ليبيا.",
        &["MOBILIZE {EGY}"],
    );
}

#[test]
fn ending_relations_and_suspending_contacts_with_a_possessive() {
    check(
        "ar",
        "أنهت غواتيمالا علاقاتها مع تايوان.",
        &["SANCTION GTM>TWN"],
    );
    check(
        "ar",
        "علّق الأردن اتصالاته مع الحكومة السورية.",
        &["SANCTION JOR>SYR"],
    );
}

#[test]
fn closing_border_outlets_in_the_plural() {
    check(
        "ar",
        "أعلنت مصر إغلاق المنافذ البرية مع ليبيا.",
        &["SANCTION EGY>LBY"],
    );
    check(
        "ar",
        "أغلقت السعودية جميع المنافذ الجوية والبحرية مع قطر.",
        &["SANCTION SAU>QAT"],
    );
}

#[test]
fn sinking_a_ship_is_an_assault_flooding_a_market_none() {
    check(
        "ar",
        "أغرقت البحرية الأوكرانية سفينة حربية روسية.",
        &["ASSAULT UKR>RUS"],
    );
    check(
        "ar",
        "أغرقت الصين الأسواق الأوروبية بالسيارات الكهربائية.",
        &[],
    );
}
