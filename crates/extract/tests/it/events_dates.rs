//! The date each event takes (issue 3 item 4): its clause's date, else the date of the story it continues,
//! else the document's. Sentences written for these tests; each expectation is `TYPE SRC>TGT date`
//! (`support::show` and the event's date), in any order, with the document dated 2025-05-05.

use crate::support;

#[track_caller]
fn check(lang: &str, text: &str, expect: &[&str]) {
    let mut got: Vec<String> = support::events(lang, text)
        .iter()
        .map(|e| format!("{} {}", support::show(e), e.date.as_deref().unwrap_or("-")))
        .collect();
    got.sort();
    let mut want: Vec<String> = expect.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want, "\n{text}");
}

/// A participle or second verb of the same doer continues its clause's date; another doer's reaction
/// keeps the document's.
#[test]
fn the_same_doer_s_next_act_keeps_the_date_of_its_first() {
    check(
        "en",
        "Estonia expelled two Russian diplomats on 14 March 2025, accusing them of espionage.",
        &["SANCTION EST>RUS 2025-03-14", "ACCUSE EST>RUS 2025-03-14"],
    );
    check(
        "en",
        "Ghana shut its embassy in Abuja on 21 March 2025, accusing Nigeria of harassing its traders.",
        &["SANCTION GHA>NGA 2025-03-21", "ACCUSE GHA>NGA 2025-03-21"],
    );
    check(
        "en",
        "Kenya recalled its ambassador from Somalia on 2 April 2025, and Mogadishu condemned the move.",
        &["SANCTION KEN>SOM 2025-04-02", "ACCUSE SOM>KEN 2025-05-05"],
    );
    check(
        "ar",
        "طردت ليتوانيا السفير الروسي في الثالث من مارس/آذار 2025، متهمة موسكو بالتدخل في شؤونها.",
        &["SANCTION LTU>RUS 2025-03-03", "ACCUSE LTU>RUS 2025-03-03"],
    );
    check(
        "ar",
        "وصل الرئيس التركي إلى بغداد في الحادي عشر من فبراير/شباط 2025، وأجرى محادثات مع رئيس الوزراء العراقي.",
        &["CONSULT TUR>IRQ 2025-02-11", "CONSULT {IRQ+TUR} 2025-02-11"],
    );
    check(
        "ar",
        "استدعت الجزائر سفيرها من باريس في الرابع من أبريل/نيسان 2025، فانتقدت فرنسا القرار.",
        &["SANCTION DZA>FRA 2025-04-04", "ACCUSE FRA>DZA 2025-05-05"],
    );
    check(
        "ru",
        "Польша 12 марта 2025 года выслала российского консула, обвинив его в шпионаже.",
        &["SANCTION POL>RUS 2025-03-12", "ACCUSE POL>RUS 2025-03-12"],
    );
    check(
        "ru",
        "Латвия 3 февраля 2025 года закрыла границу с Белоруссией, а Минск осудил это решение.",
        &["SANCTION LVA>BLR 2025-02-03", "ACCUSE BLR>LVA 2025-05-05"],
    );
}
