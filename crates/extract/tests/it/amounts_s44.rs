//! Session-44 amount kinds: which cue governs a sum, on sentences written for these tests. Notation of
//! `facts_support`.

use crate::facts_support;

use facts_support::amounts;

/// A sum whose own sentence names no kind takes the kind the sentence before names ("The deal is worth
/// …" after the deal); a sentence whose cues disagree, or that names money of no listed kind, gives none,
/// and two sentences back is too far.
#[test]
fn a_sum_without_a_cue_takes_the_kind_of_the_sentence_before() {
    amounts(
        "en",
        "Egypt signed a contract with Russia on Monday for a dozen Su-35 fighter jets. The deal is worth about $2 billion.",
        &["arms 2000000000 USD about"],
    );
    amounts(
        "en",
        "Peru agreed to sell electricity to Ecuador from its new dam. Payments will reach $90 million a year.",
        &["energy 90000000 USD"],
    );
    amounts(
        "ru",
        "Египет подписал в понедельник с Россией контракт на поставку дюжины истребителей Су-35. Сумма сделки составит около 2 млрд долларов.",
        &["arms 2000000000 USD about"],
    );
    amounts(
        "ru",
        "Перу будет продавать Эквадору электроэнергию новой ГЭС. Выплаты составят 90 млн долларов в год.",
        &["energy 90000000 USD"],
    );
    amounts(
        "ar",
        "وقعت مصر مع روسيا يوم الاثنين عقداً لشراء اثنتي عشرة مقاتلة من طراز سو-35. وتبلغ قيمة الصفقة نحو ملياري دولار.",
        &["arms 2000000000 USD about"],
    );
    amounts(
        "ar",
        "ستبيع بيرو الكهرباء للإكوادور من سدها الجديد. وستبلغ المدفوعات 90 مليون دولار سنوياً.",
        &["energy 90000000 USD"],
    );
    // Cues of two kinds before, a fine, or a cue two sentences back: nothing to lend.
    amounts(
        "en",
        "Peru agreed to sell electricity to Ecuador from its new dam. Ecuador has not paid for it. Payments will reach $90 million a year.",
        &["other 90000000 USD"],
    );
    amounts(
        "en",
        "Chile lent Argentina money last year and sold it gas. The figure reached $3 billion.",
        &["other 3000000000 USD"],
    );
    amounts(
        "en",
        "A court fined the Ruritanian oil company on Tuesday. It must pay $5 million.",
        &["other 5000000 USD"],
    );
}

/// A cue between two sums that is nearer the second, in its clause, is the second's ("pay X towards …
/// and lend Y"); the first reads its kind without it.
#[test]
fn a_cue_between_two_sums_belongs_to_the_nearer() {
    amounts(
        "en",
        "Japan will pay 4 billion yen towards the upkeep of the new embassy and lend Laos a further 2 billion yen.",
        &["other 4000000000 JPY", "loan 2000000000 JPY"],
    );
    amounts(
        "ru",
        "Япония выплатит 4 млрд иен на содержание нового посольства и предоставит Лаосу кредит в 2 млрд иен.",
        &["other 4000000000 JPY", "loan 2000000000 JPY"],
    );
    amounts(
        "ar",
        "ستدفع اليابان 4 مليارات ين لتغطية نفقات السفارة الجديدة، وتقرض لاوس ملياري ين أخرى.",
        &["other 4000000000 JPY", "loan 2000000000 JPY"],
    );
    // A cue before both sums still names both: "trade reached $9bn, up from $7bn".
    amounts(
        "en",
        "Trade between Chile and Peru reached $9 billion, up from $7 billion.",
        &["trade 9000000000 USD", "trade 7000000000 USD"],
    );
    amounts(
        "en",
        "Norway gave $2 million in grants and $5 million in loans to Nepal.",
        &["aid 2000000 USD", "loan 5000000 USD"],
    );
}

/// Arms by every form news names them in: a programme of armament, a class of warship, the Arabic dual of a
/// weapon noun; a spacecraft («космические корабли») is no warship.
#[test]
fn armament_warship_classes_and_arabic_duals_are_arms() {
    amounts(
        "en",
        "India keeps funding an armament programme worth $50 billion.",
        &["arms 50000000000 USD"],
    );
    amounts(
        "en",
        "Egypt ordered two assault ships from France for 950 million euros.",
        &["arms 950000000 EUR"],
    );
    amounts(
        "ar",
        "وقعت مصر عقداً لشراء مروحيتين روسيتين بقيمة 30 مليون دولار.",
        &["arms 30000000 USD"],
    );
    amounts(
        "ar",
        "تنفق الهند على برنامج التسلح نحو 50 مليار دولار.",
        &["arms 50000000000 USD about"],
    );
    amounts(
        "ru",
        "Египет заказал во Франции два десантных корабля за 950 млн евро.",
        &["arms 950000000 EUR"],
    );
    amounts(
        "ru",
        "Индия закупит у России три боевых корабля на 2 млрд долларов.",
        &["arms 2000000000 USD"],
    );
    amounts(
        "ru",
        "Россия потратила 3 млрд рублей на космические корабли.",
        &["other 3000000000 RUB"],
    );
}
