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
