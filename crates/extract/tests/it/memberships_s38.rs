//! Session-38 membership fixes, each on sentences written for it (not from any eval file), failing before its
//! change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::memberships;

/// A phrase pointing back at two states by what they are to each other ("the two neighbours", "the two allies",
/// «оба соседа», «две соседние страны», «الجارتان», «البلدين الجارين», «الحليفان») claims for the two states
/// named before it, as "both countries" does; three states named before leave it unread.
#[test]
fn the_two_neighbours_or_allies_point_back_at_two_states() {
    memberships(
        "en",
        "Armenia and Azerbaijan traded accusations over the border on Tuesday. The two neighbours are members \
         of the Commonwealth of Independent States.",
        &["CIS/ARM/member", "CIS/AZE/member"],
    );
    memberships(
        "en",
        "Brazil and Argentina signed a gas deal in Buenos Aires on Monday; the two neighbors were among the \
         founders of Mercosur in 1991.",
        &["MERCOSUR/BRA/founder", "MERCOSUR/ARG/founder"],
    );
    memberships(
        "en",
        "Russia and Armenia held talks in Yerevan last week. The two allies belong to the Collective Security \
         Treaty Organization.",
        &["CSTO/RUS/member", "CSTO/ARM/member"],
    );
    memberships(
        "en",
        "Chile, Peru and Bolivia met on Monday. The two neighbours are members of the Andean Community.",
        &[],
    );
    memberships(
        "ru",
        "Армения и Азербайджан в среду обменялись обвинениями. Оба соседа входят в СНГ.",
        &["CIS/ARM/member", "CIS/AZE/member"],
    );
    memberships(
        "ru",
        "Бразилия и Аргентина подписали газовую сделку. В 1991 году две соседние страны основали МЕРКОСУР.",
        &["MERCOSUR/BRA/founder", "MERCOSUR/ARG/founder"],
    );
    memberships(
        "ru",
        "Россия и Армения провели переговоры в Ереване; оба союзника состоят в ОДКБ.",
        &["CSTO/RUS/member", "CSTO/ARM/member"],
    );
    memberships(
        "ar",
        "تبادلت أرمينيا وأذربيجان الاتهامات يوم الثلاثاء. والجارتان من أعضاء رابطة الدول المستقلة.",
        &["CIS/ARM/member", "CIS/AZE/member"],
    );
    memberships(
        "ar",
        "وقعت البرازيل والأرجنتين اتفاقاً للغاز، علماً أن البلدين الجارين من مؤسسي ميركوسور عام ١٩٩١.",
        &["MERCOSUR/BRA/founder", "MERCOSUR/ARG/founder"],
    );
    memberships(
        "ar",
        "أجرت روسيا وأرمينيا محادثات في يريفان، والحليفان من أعضاء منظمة معاهدة الأمن الجماعي.",
        &["CSTO/RUS/member", "CSTO/ARM/member"],
    );
}
