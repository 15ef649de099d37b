//! Session 36 (Arabic recall, issue 3): constructions behind Arabic misses, each checked on sentences
//! written for these tests (other actors, tenses and word orders than the dev items).

use crate::support::check;

/// An aside between two commas after a verb-first clause's subject ("، العضو في …،", "، التي …،") stands
/// between the trigger and the rest of its pattern: the gap reads it as one word, so «وصف X … بأنه» still
/// matches. The same clauses without the aside, and the Russian and English appositives, code the same.
#[test]
fn an_arabic_aside_inside_a_gapped_pattern() {
    check(
        "ar",
        "ووصفت البرازيل، العضو في بريكس، التجسس الأمريكي بأنه اعتداء.",
        &["ACCUSE BRA>USA"],
    );
    check(
        "ar",
        "ووصفت الصين، العضو الدائم في مجلس الأمن، التصريحات الأمريكية بأنها استفزازية.",
        &["ACCUSE CHN>USA"],
    );
    check(
        "ar",
        "ووصفت قطر، التي تتوسط بين الطرفين، القصف الإسرائيلي بأنه جريمة.",
        &["ACCUSE QAT>ISR"],
    );
    check(
        "ar",
        "وصفت الهند، العضو في مجموعة العشرين، الضربات الإسرائيلية بأنها عدوان.",
        &["ACCUSE IND>ISR"],
    );
    // (Without the aside, and the other languages' appositives, as before.)
    check(
        "ar",
        "ووصفت البرازيل التجسس الأمريكي بأنه اعتداء.",
        &["ACCUSE BRA>USA"],
    );
    check(
        "ar",
        "طردت بولندا، العضو في حلف الناتو، ثلاثة دبلوماسيين روسيين.",
        &["SANCTION POL>RUS"],
    );
    check(
        "ru",
        "Бразилия, член БРИКС, назвала американскую слежку агрессией.",
        &["ACCUSE BRA>USA"],
    );
    check(
        "en",
        "Brazil, a BRICS member, described the US spying as an attack.",
        &["ACCUSE BRA>USA"],
    );
}

/// A killing condemned, its doer named by who fired (ندد/أدان/استنكر/شجب + مقتل … بنيران/برصاص): the
/// killing noun whose own pattern closes on the fire agent is the attack told with its doer, coded
/// besides the condemnation; an accusation of a killing (اتهم … بمقتل) stays the accuser's claim, and a
/// killing with no one named as firing stays content.
#[test]
fn a_killing_by_named_fire_inside_a_condemnation() {
    check(
        "ar",
        "ندد العراق بمقتل ثلاثة مدنيين بنيران القوات التركية في دهوك.",
        &["ACCUSE IRQ>TUR", "ASSAULT TUR>IRQ"],
    );
    check(
        "ar",
        "وأدانت باكستان مقتل جنديين باكستانيين بنيران القوات الهندية على الحدود.",
        &["ACCUSE PAK>IND", "ASSAULT IND>PAK"],
    );
    check(
        "ar",
        "استنكرت مصر مقتل صياد مصري برصاص البحرية الليبية قرب السلوم.",
        &["ACCUSE EGY>LBY", "ASSAULT LBY>EGY"],
    );
    check(
        "ar",
        "شجبت الجزائر مقتل ثلاثة من مواطنيها برصاص الجيش المغربي.",
        &["ACCUSE DZA>MAR", "ASSAULT MAR>DZA"],
    );
    // (Traps: an accusation's charge, and a killing with no fire agent.)
    check(
        "ar",
        "اتهمت موسكو كييف بمقتل مدنيين بنيران أوكرانية في بيلغورود.",
        &["ACCUSE RUS>UKR"],
    );
    check("ar", "ندد العراق بمقتل ثلاثة مدنيين في دهوك.", &[]);
}
