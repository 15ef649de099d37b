//! Session-50 amounts: prices per 1,000 cubic metres and the sums compared with a price, the Arabic dual
//! in construct, goods and the examples an inclusion aside names, payment in kind, the Arabic singular
//! debt with its value, currencies named with their state's adjective in Arabic, on sentences written
//! for these tests. Notation of `facts_support`.

use crate::facts_support;

use facts_support::amounts;

/// A price per thousand cubic metres, in digits or in words, is a price (Session-49 ruling: kind other).
#[test]
fn a_price_per_thousand_cubic_metres_is_other() {
    amounts(
        "en",
        "Gazprom will charge Chisinau $310 per 1,000 cubic metres of gas next winter.",
        &["other 310 USD"],
    );
    amounts(
        "ar",
        "ستبيع غازبروم الغاز لكيشيناو بسعر ٣١٠ دولارات لكل ألف متر مكعب في الشتاء المقبل.",
        &["other 310 USD"],
    );
    amounts(
        "ru",
        "Следующей зимой «Газпром» будет продавать Кишинёву газ по 310 долларов за 1000 кубометров.",
        &["other 310 USD"],
    );
}

/// A sum without a scale word, of a price's order and currency, set beside a price in its sentence is a
/// price of the same unit at another time; a sum in millions beside it is not.
#[test]
fn a_sum_compared_with_a_price_is_a_price() {
    amounts(
        "en",
        "Tbilisi now pays $235 per thousand cubic metres of Russian gas, up from $110 last year.",
        &["other 235 USD", "other 110 USD"],
    );
    amounts(
        "ar",
        "تدفع تبليسي الآن ٢٣٥ دولارا لكل ألف متر مكعب من الغاز الروسي مقابل ١١٠ دولارات العام الماضي.",
        &["other 235 USD", "other 110 USD"],
    );
    amounts(
        "ru",
        "Тбилиси теперь платит 235 долларов за тысячу кубометров российского газа, тогда как год назад платил 110 долларов.",
        &["other 235 USD", "other 110 USD"],
    );
    amounts(
        "en",
        "Tbilisi pays $235 per thousand cubic metres under a gas deal worth $400 million.",
        &["other 235 USD", "energy 400000000 USD"],
    );
}

/// "مليونا"/"مليارا" without a numeral, glued to the currency it counts, is the nominative dual in
/// construct: two of the unit; after a numeral it is one of its tens.
#[test]
fn the_arabic_dual_in_construct_is_two() {
    amounts(
        "ar",
        "أقرضت الكويت الأردن مليارا دولار.",
        &["loan 2000000000 USD"],
    );
    amounts(
        "ar",
        "فرضت المحكمة على الشركة الروسية غرامة قدرها مليونا يورو.",
        &["other 2000000 EUR"],
    );
    amounts("ar", "قدمت قطر ٣٠ مليونا دولار لغزة.", &["aid 30000000 USD"]);
}

/// Goods as such are trade, and the goods an inclusion aside names after them ("goods, including oil,")
/// are examples that do not name the sum.
#[test]
fn goods_and_their_examples_are_trade() {
    amounts(
        "en",
        "Seoul promised to purchase American goods, including gas and aircraft, worth $100 billion.",
        &["trade 100000000000 USD"],
    );
    amounts(
        "ru",
        "Сеул пообещал закупить американских товаров, включая газ и самолёты, на 100 млрд долларов.",
        &["trade 100000000000 USD"],
    );
    amounts(
        "ar",
        "وعدت سيول بشراء سلع أمريكية، بما فيها الغاز والطائرات، بقيمة ١٠٠ مليار دولار.",
        &["trade 100000000000 USD"],
    );
    // Without the aside, the gas names the sum.
    amounts(
        "en",
        "Seoul promised to purchase American gas worth $100 billion.",
        &["energy 100000000000 USD"],
    );
    // An oil that is food is goods, not energy.
    amounts(
        "en",
        "Indonesia sold palm oil worth $3 billion to India.",
        &["trade 3000000000 USD"],
    );
}

/// Goods that pay for something ("with wheat", «пшеницей», "بقمح" after a verb of paying) are a payment in
/// kind: kind other; goods bought stay trade.
#[test]
fn goods_that_pay_are_a_payment_in_kind() {
    amounts(
        "en",
        "Sofia paid for the Soviet trucks with wheat worth 90 million roubles.",
        &["other 90000000 RUB"],
    );
    amounts(
        "ru",
        "София расплатилась за советские грузовики пшеницей на 90 млн рублей.",
        &["other 90000000 RUB"],
    );
    amounts(
        "ar",
        "سددت صوفيا ثمن الشاحنات السوفيتية بقمح قيمته ٩٠ مليون روبل.",
        &["other 90000000 RUB"],
    );
    amounts(
        "en",
        "Sofia bought Soviet goods worth 90 million roubles.",
        &["trade 90000000 RUB"],
    );
}

/// The Arabic singular debt with the word of its value is a debt, and a sum "out of" it too.
#[test]
fn the_arabic_singular_debt_with_its_value_is_debt() {
    amounts(
        "ar",
        "سددت قرغيزستان ٥٠ مليون دولار من أصل دين قيمته ٣٠٠ مليون دولار عن إمدادات الغاز.",
        &["debt 50000000 USD", "debt 300000000 USD"],
    );
}

/// A state's dollar or ringgit named with its adjective in Arabic is that state's currency; a gift is aid.
#[test]
fn arabic_currencies_with_the_state_adjective() {
    amounts(
        "ar",
        "تبرعت نيوزيلندا بخمسة ملايين دولار نيوزيلندي لفيجي بعد الإعصار.",
        &["aid 5000000 NZD"],
    );
    amounts(
        "ar",
        "استثمرت ماليزيا ملياري رينغيت ماليزي في ميناء إندونيسي.",
        &["investment 2000000000 MYR"],
    );
}
