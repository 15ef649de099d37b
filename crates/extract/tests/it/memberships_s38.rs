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

/// A phrase pointing back at two states right after a cue whose states may follow it is its subject: a Russian
/// inverted subject («в СНГ входят обе страны»), an Arabic verb-first one («وانضم البلدان إلى»), a relative clause
/// on the bloc («التي يشكلها البلدان»). A state after a comma between a phrase before the cue and the cue is the
/// subject of its own clause: «يشكله البلدان، وتحمل بيلاروسيا صفة الدولة الشريكة» is Belarus's status alone.
#[test]
fn a_pair_phrase_right_after_its_cue_is_its_subject() {
    memberships(
        "ru",
        "Казахстан и Киргизия открыли новый пункт пропуска. В ЕАЭС вступили обе страны ещё в 2015 году.",
        &["EAEU/KAZ/member", "EAEU/KGZ/member"],
    );
    memberships(
        "ru",
        "Армения и Азербайджан подписали протокол в Алма-Ате; в СНГ входят обе страны.",
        &["CIS/ARM/member", "CIS/AZE/member"],
    );
    memberships(
        "ar",
        "اجتمعت مصر والأردن في عمّان يوم الاثنين. وانضم البلدان إلى منظمة التعاون الإسلامي عام ١٩٦٩.",
        &["OIC/EGY/member", "OIC/JOR/member"],
    );
    memberships(
        "ar",
        "وقعت روسيا وبيلاروسيا اتفاقا للطاقة، وهو الأول منذ توسيع دولة الاتحاد الروسي البيلاروسي التي يشكلها البلدان.",
        &["UNION_STATE/RUS/member", "UNION_STATE/BLR/member"],
    );
    memberships(
        "ar",
        "وقعت روسيا وبيلاروسيا اتفاقا حول الاتحاد الاقتصادي الأوراسي الذي يشكله البلدان، وتحمل بيلاروسيا أيضاً صفة \
         الدولة الشريكة في مجموعة بريكس.",
        &["EAEU/RUS/member", "EAEU/BLR/member", "BRICS/BLR/partner"],
    );
}

/// A present verb of forming a bloc says its states are members ("form the", «образуют»), a past one with the
/// states as subject founds it («образовали»); "form" without the bloc after it ("form a new axis") claims
/// nothing.
#[test]
fn states_that_form_a_bloc_are_its_members() {
    let cases: [(&str, &str, &[&str]); 4] = [
        (
            "en",
            "Mali, Burkina Faso and Niger form the Alliance of Sahel States.",
            &["AES/MLI/member", "AES/BFA/member", "AES/NER/member"],
        ),
        (
            "en",
            "NATO warned on Monday that Russia and China form a new axis.",
            &[],
        ),
        (
            "ru",
            "Мали, Буркина-Фасо и Нигер образуют Альянс государств Сахеля.",
            &["AES/MLI/member", "AES/BFA/member", "AES/NER/member"],
        ),
        (
            "ru",
            "Россия, Белоруссия и Казахстан образовали Таможенный союз в 2010 году.",
            &["EACU/RUS/founder", "EACU/BLR/founder", "EACU/KAZ/founder"],
        ),
    ];
    for (lang, text, expect) in cases {
        memberships(lang, text, expect);
    }
}

/// When the states named are not two, the states of the people named count too ("Vladimir Putin hosted Xi
/// Jinping … the two countries"); more than two leave the phrase unread.
#[test]
fn a_pair_phrase_may_point_back_at_two_leaders() {
    memberships(
        "en",
        "Vladimir Putin hosted Xi Jinping in Moscow on Tuesday; the two countries are founding members of the SCO.",
        &["SCO/RUS/founder", "SCO/CHN/founder"],
    );
    memberships(
        "en",
        "Putin met Erdogan and Aliyev in Sochi on Monday. Both countries are members of the G20.",
        &[],
    );
    memberships(
        "ru",
        "Си Цзиньпин принял в Пекине Владимира Путина; обе страны входят в ШОС и БРИКС.",
        &[
            "SCO/CHN/member",
            "SCO/RUS/member",
            "BRICS/CHN/member",
            "BRICS/RUS/member",
        ],
    );
    memberships(
        "ar",
        "استقبل شي جين بينغ فلاديمير بوتين في بكين، والبلدان عضوان في منظمة شنغهاي للتعاون.",
        &["SCO/CHN/member", "SCO/RUS/member"],
    );
}
