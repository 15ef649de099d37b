//! Session 37 (Arabic recall, issue 3): constructions behind Arabic misses, each checked on sentences
//! written for these tests (other actors, tenses and word orders than the dev items), with the same
//! construction in English and Russian where it occurs there.

use crate::support::check;

/// A protest over a killing or wounding told with the one who fired («احتجاجاً على مقتل … برصاص/بنيران
/// …»): the killing is the other side's attack, coded besides the protest, as an expulsion a response
/// answers is; a strike named with no fire agent stays the protest's occasion.
#[test]
fn a_killing_by_named_fire_that_a_protest_answers() {
    check(
        "ar",
        "استدعت باكستان السفير الأفغاني احتجاجاً على مقتل جنديين باكستانيين بنيران القوات الأفغانية على الحدود.",
        &["PROTEST PAK>AFG", "ASSAULT AFG>PAK"],
    );
    check(
        "ar",
        "سحبت الفلبين سفيرها من بكين احتجاجا على إصابة بحارة فلبينيين بنيران خفر السواحل الصيني.",
        &["SANCTION PHL>CHN", "ASSAULT CHN>PHL"],
    );
    check(
        "ar",
        "أغلقت الجزائر معبرها الحدودي مع المغرب احتجاجاً على مقتل ثلاثة سائقين جزائريين برصاص الجيش المغربي.",
        &["SANCTION DZA>MAR", "ASSAULT MAR>DZA"],
    );
    // (Traps: no one named as firing.)
    check(
        "ar",
        "استدعت الهند السفير الباكستاني احتجاجاً على مقتل جنود هنود في كشمير.",
        &["PROTEST IND>PAK"],
    );
}
