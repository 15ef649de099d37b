//! Session 47 (actors): an Arabic و-verb that continues the act of the verb before it, across a comma, and
//! whose one actor after it is its object — before the على of thanks or urging, the ب of a demand, a
//! charge or a threat, or inside the ب phrase it praises — shares that verb's subject (`Coder::roles`,
//! `ar_continued_object`). Sentences written for these tests.

use crate::support::check_rows;

/// «وصل … إلى برلين، وشكر ألمانيا على دعمها»: the visitor thanks; Germany is thanked. A verb of welcome
/// names its own subject before the ب of what it welcomes («ورحبت وارسو بالخطوة»).
#[test]
fn an_arabic_verb_after_a_comma_shares_the_subject_before_its_object() {
    check_rows(&[
        (
            "ar",
            "وصل الرئيس البولندي يوم الاثنين إلى برلين في زيارة رسمية، وشكر ألمانيا على دعمها.",
            &["CONSULT POL>DEU", "SUPPORT POL>DEU"],
        ),
        (
            "ar",
            "استقبل الرئيس الفرنسي رئيس الوزراء الهندي في باريس يوم الخميس، وأشاد بدور الهند في المفاوضات.",
            &["CONSULT IND>FRA", "SUPPORT FRA>IND"],
        ),
        (
            "ar",
            "زار وزير الخارجية التركي طهران يوم الأحد، وحث إيران على ضبط النفس.",
            &["CONSULT TUR>IRN", "REQUEST TUR>IRN"],
        ),
        (
            "ar",
            "خففت اليابان يوم الجمعة العقوبات المفروضة على إيران، ورحبت طهران بالخطوة.",
            &["CONCEDE JPN>IRN", "SUPPORT IRN>JPN"],
        ),
    ]);
}

/// Talks of two states in the capital of one are the other's visit (`Coder::talks_at_host`), also when a
/// clause of their own after them tells a tour that names neither side: "…, ending a tour of the Middle
/// East", «…, завершив турне по Ближнему Востоку», «…، مختتماً جولة في الشرق الأوسط».
#[test]
fn a_tour_told_after_talks_at_the_host_leaves_them_the_visit() {
    check_rows(&[
        (
            "en",
            "Wang Yi held talks in Cairo on Monday with the Egyptian leadership, ending a tour of the Middle East.",
            &["CONSULT CHN>EGY"],
        ),
        (
            "ru",
            "Министр иностранных дел Китая Ван И в понедельник провёл в Каире переговоры с руководством Египта, завершив турне по Ближнему Востоку.",
            &["CONSULT CHN>EGY"],
        ),
        (
            "ar",
            "أجرى وزير الخارجية الصيني وانغ يي يوم الاثنين في القاهرة محادثات مع الرئيس المصري عبد الفتاح السيسي، مختتماً جولة في الشرق الأوسط.",
            &["CONSULT CHN>EGY"],
        ),
    ]);
}

/// A visit noun whose one side is named only as its place is paid to that side by the other, whatever the
/// order of the words (`Coder::visit_to_placed_host`): "In Tokyo, the visit of Vladimir Putin began";
/// «В Токио … начался визит Владимира Путина»; «في طوكيو … زيارة فلاديمير بوتين». "The country" after the
/// visit is `visit_to_venue`'s, no place named.
#[test]
fn a_visit_is_paid_to_the_side_named_as_its_place() {
    check_rows(&[
        (
            "en",
            "In Tokyo, the visit of Vladimir Putin began on Friday.",
            &["CONSULT RUS>JPN"],
        ),
        (
            "ru",
            "В Токио в пятницу начался визит Владимира Путина.",
            &["CONSULT RUS>JPN"],
        ),
        (
            "ru",
            "В марте в Москву ожидается визит Нарендры Моди.",
            &["CONSULT IND>RUS expected"],
        ),
    ]);
}
