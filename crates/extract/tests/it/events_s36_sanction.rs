//! Session 36 (THREATEN): a threat that states its condition before it is a threat made, in Russian and
//! Arabic as in English ("If Seoul sends weapons to Kyiv, Russia will retaliate, Putin warned"): «Если
//! …, Москва ответит тем же», «إذا … فإن موسكو سترد». The act named in the condition stays hypothetical,
//! and so does a threat inside the condition. Sentences written for these tests.

use crate::support::check;

#[test]
fn a_russian_threat_after_its_condition_is_made() {
    check(
        "ru",
        "Если Молдавия вступит в НАТО, Москва ответит тем же, заявили в МИД России.",
        &["THREATEN RUS>MDA"],
    );
    check(
        "ru",
        "В Пекине заявили, что если Токио разместит у себя американские ракеты, Китай ответит симметрично.",
        &["THREATEN CHN>JPN", "MOBILIZE JPN>USA hypothetical"],
    );
    check(
        "ru",
        "Если Литва закроет транзит в Калининград, Россия ответит зеркально, предупредил Песков.",
        &["THREATEN RUS>LTU"],
    );
}

#[test]
fn an_arabic_threat_after_its_condition_is_made() {
    check(
        "ar",
        "قالت روسيا إنه إذا انضمت فنلندا إلى حلف الناتو فإن موسكو سترد.",
        &["THREATEN RUS>FIN"],
    );
    check(
        "ar",
        "إذا طردت بولندا الدبلوماسيين الروس فإن موسكو سترد بالمثل، قالت الخارجية الروسية.",
        &["THREATEN RUS>POL", "SANCTION POL>RUS hypothetical"],
    );
    check(
        "ar",
        "أكد وزير الدفاع التركي أنه إذا قصفت سوريا المواقع التركية مرة أخرى فإن أنقرة سترد بحزم.",
        &["THREATEN TUR>SYR", "ASSAULT SYR>TUR hypothetical"],
    );
}

#[test]
fn a_threat_inside_a_condition_stays_hypothetical() {
    check(
        "en",
        "If Seoul sends weapons to Kyiv, Russia will retaliate, Putin warned.",
        &["THREATEN RUS>KOR", "AID KOR>UKR hypothetical"],
    );
    check(
        "ar",
        "قال الرئيس الأمريكي إنه إذا هددت إيران إسرائيل مرة أخرى فإن واشنطن سترد.",
        &["THREATEN USA>IRN", "THREATEN IRN>ISR hypothetical"],
    );
    check(
        "ru",
        "Если Минск пригрозит Вильнюсу, Литва ответит тем же, заявил глава МИД Литвы.",
        &["THREATEN LTU>BLR", "THREATEN BLR>LTU hypothetical"],
    );
}
