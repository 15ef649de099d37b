//! Session 37 (THREATEN): a threat said of the one threatened, in the three languages — its subject would
//! face sanctions or consequences, would pay a price, or its act would not go unanswered ("Egypt would
//! face sanctions if …", «ستواجه ألمانيا عقوبات إذا …», «Эстония столкнётся с санкциями, если …») — is the
//! speaker's THREATEN aimed at that subject, as the Russian «заплатит высокую цену» was since session 10.
//! A future of facing with no condition announces a measure, no threat. Sentences written for these tests.

use crate::support::check;

#[test]
fn an_english_threat_said_of_the_one_threatened_is_the_speakers() {
    check(
        "en",
        "The German chancellor said on Tuesday that Hungary would face penalties if it blocked the aid package for Ukraine.",
        &["THREATEN DEU>HUN", "REJECT HUN>UKR hypothetical"],
    );
    check(
        "en",
        "Japan would face retaliation if it deployed American missiles, China's defence ministry said.",
        &["THREATEN CHN>JPN", "MOBILIZE {JPN} hypothetical"],
    );
    check(
        "en",
        "Turkey would pay a heavy price for the raid, Greece's prime minister said on Friday.",
        &["THREATEN GRC>TUR"],
    );
    // (An act that would not go unanswered names no one: the threat answers the deed before it.)
    check(
        "en",
        "Poland closed the Russian consulate in Gdansk, and Moscow said the step would not go unanswered.",
        &["SANCTION POL>RUS", "THREATEN RUS>POL"],
    );
}

#[test]
fn a_russian_threat_of_facing_sanctions_is_the_speakers() {
    check(
        "ru",
        "Лавров заявил, что Германия столкнётся с серьёзными последствиями, если продолжит поставки ракет Украине.",
        &["THREATEN RUS>DEU"],
    );
    check(
        "ru",
        "Эстония столкнётся с санкциями, если задержит российское судно, заявил Песков.",
        &["THREATEN RUS>EST"],
    );
    // (An impersonal plural of saying names its speaker by «в».)
    check(
        "ru",
        "В Кремле заявили, что Литва заплатит высокую цену, если закроет транзит в Калининград.",
        &["THREATEN RUS>LTU"],
    );
    check(
        "ru",
        "Польша закрыла российское консульство в Гданьске. В Москве заявили, что этот шаг не останется без ответа.",
        &["SANCTION POL>RUS", "THREATEN RUS>POL"],
    );
}

#[test]
fn an_arabic_threat_said_of_the_one_threatened_is_the_speakers() {
    check(
        "ar",
        "قال لافروف إن ألمانيا ستواجه عقوبات إذا واصلت توريد الصواريخ إلى أوكرانيا.",
        &["THREATEN RUS>DEU"],
    );
    check(
        "ar",
        "أعلن وزير الخارجية الفرنسي أن صربيا ستواجه عواقب وخيمة إذا اعترفت بالإقليم الانفصالي.",
        &["THREATEN FRA>SRB"],
    );
    // (The price is no praise, ثمّنا; the condition's object is no target.)
    check(
        "ar",
        "قالت الصين إن اليابان ستدفع ثمنا باهظا إذا نشرت صواريخ أمريكية على أراضيها.",
        &["THREATEN CHN>JPN", "MOBILIZE {JPN} hypothetical"],
    );
    check(
        "ar",
        "أغلقت بولندا القنصلية الروسية في غدانسك. وقالت موسكو إن هذه الخطوة لن تمر دون رد.",
        &["SANCTION POL>RUS", "THREATEN RUS>POL"],
    );
}

#[test]
fn facing_new_sanctions_without_a_condition_is_no_threat() {
    check("en", "Russia will face new EU sanctions next week.", &[]);
    check(
        "ru",
        "Россия столкнется с новыми санкциями на следующей неделе, заявили в Евросоюзе.",
        &[],
    );
    check(
        "ar",
        "ستواجه روسيا عقوبات جديدة الأسبوع المقبل، بحسب الاتحاد الأوروبي.",
        &[],
    );
}
