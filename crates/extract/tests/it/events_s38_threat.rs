//! Session 38 (THREATEN): a threat told twice — the response a threat announces and the warning verb that
//! tells it — is one threat, dated where the text dates the warning; a threat said of the one threatened
//! names its speaker in an attribution («По словам Пескова, …», "According to Lavrov, …") or before a
//! relative clause ("Moscow, which …, said …"); a Russian state that will take measures in answer («примет
//! ответные меры», «ответит жёсткими мерами») threatens. Sentences written for these tests.

use crate::support::{check, check_dates};

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

#[test]
fn a_threat_said_of_the_one_threatened_names_its_speaker_in_an_attribution() {
    check(
        "ru",
        "Польша выслала трёх российских дипломатов. По словам Пескова, этот шаг не останется без ответа.",
        &["SANCTION POL>RUS", "THREATEN RUS>POL"],
    );
    check(
        "ru",
        "Как заявил Лавров, Эстония заплатит высокую цену, если закроет границу.",
        &["THREATEN RUS>EST"],
    );
    check(
        "en",
        "According to Beijing's foreign ministry, Manila would pay a heavy price for the patrols.",
        &["THREATEN CHN>PHL"],
    );
    check(
        "en",
        "Latvia closed the Russian consulate in Daugavpils. According to Lavrov, the step would not go unanswered.",
        &["SANCTION LVA>RUS", "THREATEN RUS>LVA"],
    );
    // (Arabic read «بحسب»/«وفقا ل» so before: kept.)
    check(
        "ar",
        "طردت اليابان دبلوماسيا صينيا. وبحسب المتحدث باسم الخارجية الصينية فإن هذه الخطوة لن تمر دون رد.",
        &["SANCTION JPN>CHN", "THREATEN CHN>JPN"],
    );
}

#[test]
fn an_english_speaker_before_a_relative_clause_says_the_threat() {
    check(
        "en",
        "Tokyo expelled a Chinese diplomat; Beijing, which is preparing for a party congress, said the step would not go unanswered.",
        &["SANCTION JPN>CHN", "THREATEN CHN>JPN"],
    );
    check(
        "en",
        "Romania expelled a Russian diplomat, and Moscow, which denies the spying charges, said the expulsion would not go unanswered.",
        &["SANCTION ROU>RUS", "THREATEN RUS>ROU"],
    );
}

#[test]
fn a_russian_state_that_will_take_measures_in_answer_threatens() {
    check(
        "ru",
        "Если Молдавия закроет границу, Москва примет ответные меры.",
        &["THREATEN RUS>MDA"],
    );
    check(
        "ru",
        "Пекин примет ответные меры, если Вашингтон введёт новые пошлины, заявил представитель МИД Китая.",
        &["THREATEN CHN>USA"],
    );
    check(
        "ru",
        "Австралия ввела пошлины на китайскую сталь. Пекин ответит жёсткими мерами, заявили в МИД Китая.",
        &["SANCTION AUS>CHN", "THREATEN CHN>AUS"],
    );
    // (Measures taken are no threat; the futures of other rows opening with «примет» stay.)
    check("ru", "Канада приняла ответные меры против США.", &[]);
    check(
        "ru",
        "Вьетнам примет у себя президента Индонезии в июне.",
        &["CONSULT IDN>VNM expected"],
    );
}

#[test]
fn a_state_that_will_not_object_concedes() {
    check(
        "en",
        "Hungary said it would not object to Ukraine joining the bloc.",
        &["CONCEDE HUN>UKR"],
    );
    check(
        "ru",
        "Турция не будет возражать против вступления Швеции в НАТО, заявил Эрдоган.",
        &["CONCEDE TUR>SWE"],
    );
    check(
        "ru",
        "Китай не возражает против вступления Индонезии в БРИКС.",
        &["CONCEDE CHN>IDN"],
    );
    check(
        "ar",
        "أعلنت تركيا أنها لن تعترض على انضمام السويد إلى حلف الناتو.",
        &["CONCEDE TUR>SWE"],
    );
    // (An objection raised stays a rejection.)
    check(
        "ru",
        "Россия возражала против вступления Украины в НАТО.",
        &["REJECT RUS>UKR"],
    );
}
