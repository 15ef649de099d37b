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

/// A list of states set between commas right after a bloc named with a word for its states ("the three
/// Baltic NATO members, …,", "دول مجلس التعاون الست، …،", «страны ОДКБ, …,») gives its members.
#[test]
fn a_list_apposed_to_a_blocs_states_gives_its_members() {
    membership_dates(
        "en",
        "The ASEAN nations, Vietnam, Laos and Cambodia, signed a river accord.",
        &[
            "ASEAN/VNM/member -",
            "ASEAN/LAO/member -",
            "ASEAN/KHM/member -",
        ],
    );
    membership_dates(
        "ar",
        "وقّعت دول مجلس التعاون الخليجي، الكويت وقطر والبحرين، اتفاقية للربط الكهربائي.",
        &["GCC/KWT/member -", "GCC/QAT/member -", "GCC/BHR/member -"],
    );
    membership_dates(
        "ru",
        "Страны ОДКБ, Армения, Киргизия и Таджикистан, провели учения.",
        &[
            "CSTO/ARM/member -",
            "CSTO/KGZ/member -",
            "CSTO/TJK/member -",
        ],
    );
    // A bloc before a comma and a list with no word for its states is no apposition.
    membership_dates("en", "Within ASEAN, Vietnam and Laos disagree.", &[]);
}

/// "وهما عضوان في" — an Arabic pronoun pointing back at two states before a membership cue; "abandoned"
/// leaves a bloc; a Russian noun of founding after its bloc that governs another object founds no bloc.
#[test]
fn pair_pronouns_leaving_and_founding_something_else() {
    membership_dates(
        "ar",
        "قالت الكويت والعراق، وهما عضوان في منظمة أوبك، إنهما ستلتزمان بالحصص.",
        &["OPEC/KWT/member -", "OPEC/IRQ/member -"],
    );
    membership_dates(
        "en",
        "Indonesia, which abandoned OPEC in 2016, imports most of its oil.",
        &["OPEC/IDN/former 2016"],
    );
    membership_dates(
        "ru",
        "Казахстан, вступивший в ЕАЭС в 2015 году, добивается создания общего рынка газа.",
        &["EAEU/KAZ/member 2015"],
    );
}
