//! Amounts in forms the dev sets under-represent (session 8): which cue names the kind when several stand
//! in one clause, bounds on prices, and ranges whose low end writes its own scale. Sentences written for
//! these tests. Notation of `facts_support`.

use crate::facts_support;

use facts_support::amounts;

#[test]
fn a_cue_before_and_belongs_to_the_sum_before_it() {
    amounts(
        "en",
        "Beijing extended a $2 billion loan and $150 million in grants to Colombo.",
        &["loan 2000000000 USD", "aid 150000000 USD"],
    );
    amounts(
        "ru",
        "Москва выделила Бишкеку кредит на 1 млрд долларов и 50 млн долларов помощи.",
        &["loan 1000000000 USD", "aid 50000000 USD"],
    );
}

#[test]
fn the_instrument_names_the_kind_not_what_it_pays_for() {
    amounts(
        "en",
        "Ankara owes Moscow roughly $4 billion for gas deliveries.",
        &["debt 4000000000 USD about"],
    );
    amounts(
        "ar",
        "قدّرت قيمة القرض الروسي لبناء محطة الضبعة بـ25 مليار دولار.",
        &["loan 25000000000 USD"],
    );
    amounts(
        "en",
        "Tehran sued the arms exporter for $4 billion.",
        &["other 4000000000 USD"],
    );
    amounts(
        "ar",
        "ألزمت المحكمة الشركة بدفع تعويض قدره 800 مليون دولار عن شحنات النفط.",
        &["other 800000000 USD"],
    );
    // An instrument that names an earlier sum does not name the next one.
    amounts(
        "ar",
        "وافقت قطر على إيداع ملياري دولار في البنك المركزي وتمويل واردات غاز بقيمة 500 مليون دولار.",
        &["other 2000000000 USD", "energy 500000000 USD"],
    );
    // Without an instrument the nearest cue still decides.
    amounts(
        "en",
        "India bought Russian oil worth $50 billion.",
        &["energy 50000000000 USD"],
    );
}

#[test]
fn a_price_keeps_the_bound_of_its_movement_but_not_a_cap_level() {
    amounts(
        "en",
        "Brent crude climbed above $90 a barrel after the cut.",
        &["other 90 USD more_than"],
    );
    amounts(
        "ru",
        "Цена нефти превысила 80 долларов за баррель.",
        &["other 80 USD more_than"],
    );
    amounts(
        "en",
        "The allies lowered the cap to $45 a barrel.",
        &["other 45 USD"],
    );
    amounts(
        "en",
        "Insurers may not cover oil sold above $60 a barrel.",
        &["other 60 USD"],
    );
}

#[test]
fn a_range_low_end_with_its_own_scale() {
    amounts(
        "ru",
        "Баку требовал поднять арендную плату с 5 миллионов до 200 миллионов долларов в год.",
        &["other 5000000 USD", "other 200000000 USD"],
    );
    amounts(
        "en",
        "Estimates of the deal run from 2 billion to 3 billion dollars.",
        &["other 2000000000 USD", "other 3000000000 USD"],
    );
}

#[test]
fn bounds_of_nearing_a_level() {
    amounts(
        "ru",
        "Товарооборот в прошлом году вырос почти до 5 млрд долларов.",
        &["trade 5000000000 USD about"],
    );
    amounts(
        "ar",
        "وقّعت مصر عقداً لشراء طائرات بقيمة تقارب ثلاثة مليارات يورو.",
        &["arms 3000000000 EUR about"],
    );
}

/// Session 9: a vague count before a scale ("several hundred million", «несколько миллиардов», "a few
/// billion") states no sum; a number word before the same scale still does.
#[test]
fn a_vague_count_states_no_sum() {
    amounts(
        "en",
        "The company still owes several hundred million dollars, officials said.",
        &[],
    );
    amounts(
        "en",
        "Tehran owes a few billion dollars to Delhi for oil.",
        &[],
    );
    amounts(
        "ru",
        "Минск задолжал Москве несколько сотен миллионов долларов.",
        &[],
    );
    amounts(
        "ru",
        "Китай вложил в проект несколько миллиардов долларов.",
        &[],
    );
    amounts("ar", "تدين الشركة بعدة مليارات دولار لروسيا.", &[]);
    amounts(
        "en",
        "The fund will invest three hundred million euros.",
        &["investment 300000000 EUR"],
    );
}

/// Session 9: what a sum includes, named after it ("including", «в том числе», «منها»), does not name the
/// sum: agreements of several kinds are of no one kind.
#[test]
fn what_a_sum_includes_does_not_name_it() {
    amounts(
        "ru",
        "Россия и Узбекистан подписали соглашения на 27 млрд долларов, в том числе о строительстве АЭС.",
        &["other 27000000000 USD"],
    );
    amounts(
        "en",
        "The two leaders signed deals worth $12 billion, including a contract for a nuclear plant.",
        &["other 12000000000 USD"],
    );
    amounts(
        "ar",
        "وقع البلدان اتفاقيات بقيمة 10 مليارات دولار، منها عقد لبناء محطة نووية.",
        &["other 10000000000 USD"],
    );
    // A cue before the sum still names it.
    amounts(
        "en",
        "Russia will lend Egypt $25 billion, including funds for the nuclear plant.",
        &["loan 25000000000 USD"],
    );
}

// Session 10, from the `dev/*_h7` misses; each of these failed at fe4a9a2.

#[test]
fn a_sum_each_state_gives_is_one_per_state() {
    amounts(
        "en",
        "Qatar and Kuwait each pledged $200 million in aid to the reconstruction fund.",
        &["aid 200000000 USD", "aid 200000000 USD"],
    );
    amounts(
        "en",
        "Japan and South Korea will lend $1 billion each to Sri Lanka.",
        &["loan 1000000000 USD", "loan 1000000000 USD"],
    );
    amounts(
        "ar",
        "وقدمت كل من قطر والكويت 200 مليون دولار مساعدات.",
        &["aid 200000000 USD", "aid 200000000 USD"],
    );
    amounts(
        "ru",
        "Катар и Кувейт выделят по 200 млн долларов помощи.",
        &["aid 200000000 USD", "aid 200000000 USD"],
    );
}

#[test]
fn a_number_of_people_is_no_sum() {
    amounts(
        "ar",
        "ويحتاج أكثر من ثلاثة ملايين يمني إلى المساعدات الغذائية.",
        &[],
    );
    amounts("en", "Donors promised aid for 3 million Yemenis.", &[]);
    amounts(
        "ru",
        "Гуманитарную помощь получат 2 миллиона сирийцев.",
        &[],
    );
}

#[test]
fn a_package_of_loans_investment_and_aid_is_aid() {
    amounts(
        "en",
        "Gulf states promised $10 billion in loans, investment and aid to Cairo.",
        &["aid 10000000000 USD"],
    );
    amounts(
        "ru",
        "Доноры обещали Киеву 9 миллиардов долларов в виде кредитов, инвестиций и помощи.",
        &["aid 9000000000 USD"],
    );
    amounts(
        "ar",
        "تعهدت دول الخليج بتقديم 10 مليارات دولار في شكل قروض واستثمارات ومساعدات.",
        &["aid 10000000000 USD"],
    );
}

#[test]
fn capital_unpaid_bills_and_needs_name_their_kind() {
    amounts(
        "en",
        "The New Development Bank lent $2 billion last year. The bank has an authorised capital of \
         $100 billion.",
        &["loan 2000000000 USD", "other 100000000000 USD"],
    );
    amounts(
        "en",
        "Gazprom said Minsk had run up unpaid bills of $400 million for gas.",
        &["debt 400000000 USD"],
    );
    amounts(
        "ru",
        "Страны Залива обещали Сирии кредиты на 5 млрд долларов. Потребности страны оцениваются в 250 \
         миллиардов долларов.",
        &["loan 5000000000 USD", "other 250000000000 USD"],
    );
}
