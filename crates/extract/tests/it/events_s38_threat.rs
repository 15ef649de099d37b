//! Session 38 (THREATEN): a threat told twice — the response a threat announces and the warning verb that
//! tells it — is one threat, dated where the text dates the warning. Sentences written for these tests.

use crate::support::check_dates;

#[test]
fn a_threat_told_twice_is_one_threat_of_the_warnings_day() {
    // (The test documents are dated Monday 5 May 2025: Thursday is the 1st, Friday the 2nd.)
    check_dates(
        "ru",
        "Если Эстония задержит российский танкер, Москва ответит зеркально, предупредил в четверг Лавров.",
        &["COERCE EST>RUS hypothetical 2025-05-05", "THREATEN RUS>EST 2025-05-01"],
    );
    check_dates(
        "ru",
        "Если Литва закроет транзит в Калининград, Россия ответит симметрично, предупредил в пятницу Песков.",
        &["THREATEN RUS>LTU 2025-05-02"],
    );
    check_dates(
        "ar",
        "إذا احتجزت إستونيا الناقلة الروسية فإن موسكو سترد بالمثل، حذر لافروف يوم الخميس.",
        &[
            "COERCE EST>RUS hypothetical 2025-05-05",
            "THREATEN RUS>EST 2025-05-01",
        ],
    );
    check_dates(
        "ar",
        "طردت الفلبين دبلوماسيا صينيا، فحذرت بكين يوم الجمعة من أنها سترد بالمثل.",
        &["SANCTION PHL>CHN 2025-05-05", "THREATEN CHN>PHL 2025-05-02"],
    );
    check_dates(
        "en",
        "If Estonia detains the Russian tanker, Moscow will respond in kind, Lavrov warned on Thursday.",
        &["COERCE EST>RUS hypothetical 2025-05-05", "THREATEN RUS>EST 2025-05-01"],
    );
}
