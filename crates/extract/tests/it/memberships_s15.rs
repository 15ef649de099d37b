//! Session-15 membership mechanisms, each on probe sentences written for it (not from any eval file), failing
//! before its change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::membership_dates;

/// A status held ("a member", "member states", «входят в», "العضو في") is a standing fact: a date beside it
/// dates the meeting or the signing of its clause, not the membership, which has none unless a since word
/// opens its date; a verb of becoming or an ordinal makes it a change, which the date dates.
#[test]
fn a_status_held_takes_only_a_since_date() {
    membership_dates(
        "en",
        "In March 2025, Ghana, an ECOWAS member, hosted the regional finance ministers.",
        &["ECOWAS/GHA/member -"],
    );
    membership_dates(
        "en",
        "Leaders of the SCO member states Kazakhstan and Kyrgyzstan met in Bishkek on 12 May 2025.",
        &["SCO/KAZ/member -", "SCO/KGZ/member -"],
    );
    membership_dates(
        "en",
        "Portugal, a member of NATO since 1949, ordered two corvettes in May 2025.",
        &["NATO/PRT/member 1949"],
    );
    membership_dates(
        "ar",
        "شاركت قيرغيزستان العضو في منظمة معاهدة الأمن الجماعي في مناورات عام 2023.",
        &["CSTO/KGZ/member -"],
    );
    membership_dates(
        "ar",
        "ماليزيا عضو في رابطة آسيان منذ عام 1967.",
        &["ASEAN/MYS/member 1967"],
    );
    membership_dates(
        "ru",
        "На 1 марта 2025 года в ЕАЭС входят Армения, Белоруссия и Казахстан.",
        &[
            "EAEU/ARM/member -",
            "EAEU/BLR/member -",
            "EAEU/KAZ/member -",
        ],
    );
    membership_dates(
        "ru",
        "Таджикистан является членом ОДКБ с 2002 года.",
        &["CSTO/TJK/member 2002"],
    );
    membership_dates(
        "ru",
        "Членом ВТО 16 декабря 2011 года стала Черногория.",
        &["WTO/MNE/member 2011-12-16"],
    );
}
