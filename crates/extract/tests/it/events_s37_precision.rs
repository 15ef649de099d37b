//! Session 37 (precision, issue 3: no events invented from unrelated parts of a story): a noun act that
//! opens what a speaker says is the topic of the statement, not an act of its own — "Erdogan said
//! cooperation between Ankara and Baku had no limits", «заявил, что сотрудничество … не имеет пределов»,
//! «وقال أردوغان إن التعاون بين أنقرة وباكو لا حدود له». The statement judges a relation that stands or an
//! act told before; the act itself is coded where it is told. The noun is still an act when the clause
//! tells it take place ("talks … would take place", «переговоры … пройдут», «المحادثات … ستجري»), when
//! it is negated, and outside reported speech. Sentences written for these tests.

use crate::support::check;

#[test]
fn an_english_noun_act_opening_a_statement_is_its_topic() {
    check(
        "en",
        "Erdogan said cooperation between Ankara and Baku had no limits.",
        &[],
    );
    check(
        "en",
        "The Chinese foreign minister stressed that military cooperation between Beijing and Moscow was aimed at no one.",
        &[],
    );
    check(
        "en",
        "A Kremlin aide insisted that Putin's visit to Hanoi had strengthened ties with Vietnam.",
        &[],
    );
}

#[test]
fn a_russian_noun_act_opening_a_statement_is_its_topic() {
    check(
        "ru",
        "Министр заявил, что сотрудничество Москвы и Минска не имеет пределов.",
        &[],
    );
    check(
        "ru",
        "В Каире подчеркнули, что совместные учения Египта и России не направлены против третьих стран.",
        &[],
    );
    check(
        "ru",
        "Советник президента Казахстана заявил, что приглашение китайскому лидеру остаётся в силе.",
        &[],
    );
}

#[test]
fn an_arabic_noun_act_opening_a_statement_is_its_topic() {
    check(
        "ar",
        "وقال أردوغان إن التعاون بين أنقرة وباكو لا حدود له.",
        &[],
    );
    check(
        "ar",
        "وأكد وزير الخارجية الصيني أن التعاون العسكري بين بكين وموسكو لا يستهدف أحداً.",
        &[],
    );
    check(
        "ar",
        "وقالت القاهرة إن المناورات المشتركة بين مصر وروسيا لا تستهدف أي دولة ثالثة.",
        &[],
    );
}

#[test]
fn a_noun_act_a_statement_tells_take_place_is_still_coded() {
    check(
        "en",
        "Lavrov said talks between Russia and Turkey would take place in Ankara next week.",
        &["CONSULT RUS>TUR expected"],
    );
    check(
        "ru",
        "Лавров сообщил, что переговоры России и Турции пройдут в Анкаре на следующей неделе.",
        &["CONSULT RUS>TUR expected"],
    );
    check(
        "ar",
        "وقال لافروف إن المحادثات بين روسيا وتركيا ستجري في أنقرة الأسبوع المقبل.",
        &["CONSULT RUS>TUR expected"],
    );
}

#[test]
fn a_negated_or_unreported_noun_act_is_still_coded() {
    check(
        "en",
        "A Kremlin aide told reporters that no meeting between Putin and Erdogan had been scheduled.",
        &["CONSULT {RUS+TUR} neg"],
    );
    check(
        "en",
        "Cooperation between Russia and Iran grew quickly in 2023.",
        &["COOPERATE {IRN+RUS}"],
    );
    check(
        "ru",
        "Сотрудничество России и Ирана быстро росло в 2023 году.",
        &["COOPERATE {IRN+RUS}"],
    );
}
