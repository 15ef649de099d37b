//! Amounts in forms found missing by the session-14 fresh sentences: a currency joined by a hyphen or
//! named with its country's adjective, currencies beside the majors, prices in compound adjectives, a
//! negated verb of exceeding, fractions of a scale, and cue words for support, lenders and rescheduling.
//! Sentences written for these tests. Notation of `facts_support`.

use crate::facts_support;

use facts_support::amounts;

#[test]
fn a_currency_in_a_compound_adjective() {
    amounts(
        "en",
        "The bank approved a 3-billion-euro credit line for Athens.",
        &["loan 3000000000 EUR"],
    );
    amounts(
        "en",
        "Washington unveiled a 700-million-dollar aid package for Amman.",
        &["aid 700000000 USD"],
    );
}

#[test]
fn a_currency_named_with_its_country_adjective() {
    amounts(
        "en",
        "Moscow lent Minsk 2 billion Russian roubles in 2021.",
        &["loan 2000000000 RUB"],
    );
    amounts(
        "ru",
        "Минск получил кредит на 4,2 млрд российских рублей.",
        &["loan 4200000000 RUB"],
    );
    amounts(
        "ar",
        "حصلت باكستان على قرض بقيمة 3 مليارات يوان صيني.",
        &["loan 3000000000 CNY"],
    );
}

#[test]
fn currencies_beside_the_majors() {
    amounts(
        "en",
        "Pretoria's trade with Beijing reached 600 billion rand last year.",
        &["trade 600000000000 ZAR"],
    );
    amounts(
        "ru",
        "Ереван потратит 100 млрд драмов на закупку вооружений.",
        &["arms 100000000000 AMD"],
    );
}

#[test]
fn a_price_in_a_compound_adjective() {
    amounts(
        "en",
        "OPEC members discussed a $65-a-barrel floor for crude.",
        &["other 65 USD"],
    );
}

#[test]
fn a_negated_verb_of_exceeding_bounds_from_above() {
    amounts(
        "ru",
        "Объём торговли двух стран не превышает 3 млрд долларов.",
        &["trade 3000000000 USD up_to"],
    );
    amounts(
        "en",
        "Annual trade between the two did not exceed $2 billion.",
        &["trade 2000000000 USD up_to"],
    );
}

#[test]
fn a_fraction_of_a_scale() {
    amounts(
        "en",
        "Kyiv received a quarter of a billion dollars in aid.",
        &["aid 250000000 USD"],
    );
    amounts(
        "ru",
        "Бишкек получил четверть миллиарда долларов помощи.",
        &["aid 250000000 USD"],
    );
}

#[test]
fn support_lenders_and_rescheduling_name_the_kind() {
    amounts(
        "en",
        "Britain pledged £1.5bn in military support for Kyiv.",
        &["aid 1500000000 GBP"],
    );
    amounts(
        "en",
        "The European Investment Bank granted Tunis €300 million for its ports.",
        &["loan 300000000 EUR"],
    );
    amounts(
        "ar",
        "اقترضت مصر من الصين مليار دولار، وأعادت جدولة 500 مليون دولار أخرى.",
        &["loan 1000000000 USD", "debt 500000000 USD"],
    );
    amounts(
        "ar",
        "منحت موسكو دمشق خطاً ائتمانياً بقيمة مليار دولار.",
        &["loan 1000000000 USD"],
    );
}

#[test]
fn what_follows_of_which_is_a_part() {
    amounts(
        "ru",
        "Токио выделит Киеву 3 млрд долларов, из них 1 млрд долларов кредитами.",
        &["aid 3000000000 USD", "loan 1000000000 USD"],
    );
}

#[test]
fn a_converted_sum_in_brackets_is_the_same_sum() {
    amounts(
        "en",
        "Moscow set aside 2 trillion roubles ($22 billion) for the programme.",
        &["other 2000000000000 RUB"],
    );
    amounts(
        "ru",
        "Пекин выделил Минску кредит на 7 млрд юаней (около $1 млрд).",
        &["loan 7000000000 CNY"],
    );
    amounts(
        "ar",
        "أودعت الرياض 3 مليارات ريال (800 مليون دولار) في البنك المركزي.",
        &["other 3000000000 SAR"],
    );
}
