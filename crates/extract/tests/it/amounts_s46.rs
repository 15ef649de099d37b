//! Session-46 amounts: the currencies news names beside the majors, what a project costs and what goods
//! sell for, on sentences written for these tests. Notation of `facts_support`.

use crate::facts_support;

use facts_support::amounts;

/// The lev, the leu, the forint and the crowns are read in every language, with their bare names giving
/// the currency of the one state of their family the sentence names.
#[test]
fn the_currencies_of_smaller_states_are_money() {
    amounts(
        "en",
        "Bulgaria will lend Serbia 300 million leva for the new bridge.",
        &["loan 300000000 BGN"],
    );
    amounts(
        "ru",
        "Болгария выделит Сербии кредит в 300 млн левов на новый мост.",
        &["loan 300000000 BGN"],
    );
    amounts(
        "ar",
        "ستقرض بلغاريا صربيا ٣٠٠ مليون ليفا لبناء الجسر الجديد.",
        &["loan 300000000 BGN"],
    );
    amounts(
        "en",
        "Hungary's trade with Serbia reached 90 billion forints last year.",
        &["trade 90000000000 HUF"],
    );
    amounts(
        "ru",
        "Товарооборот Венгрии и Сербии достиг в прошлом году 90 млрд форинтов.",
        &["trade 90000000000 HUF"],
    );
    amounts(
        "ar",
        "بلغ حجم التبادل التجاري بين المجر وصربيا العام الماضي ٩٠ مليار فورنت.",
        &["trade 90000000000 HUF"],
    );
    // The bare leu and crown: the one state of their family the sentence names.
    amounts(
        "en",
        "Romania sent Moldova aid worth 50 million Romanian lei.",
        &["aid 50000000 RON"],
    );
    amounts(
        "ru",
        "Молдавия получила от Евросоюза помощь на 50 млн леев.",
        &["aid 50000000 MDL"],
    );
    amounts(
        "ru",
        "Норвегия выделит Украине помощь на 2 млрд крон.",
        &["aid 2000000000 NOK"],
    );
    amounts(
        "ar",
        "قدّمت السويد مساعدات بقيمة ملياري كرونة لأوكرانيا.",
        &["aid 2000000000 SEK"],
    );
    // A year before a word that is also a name is no sum: the bare "lev" and "lei" are no rows.
    amounts("en", "In 2016 Lev Kuznetsov went to Sofia.", &[]);
    amounts("en", "In 2019 Lei Jun opened a plant in Hungary.", &[]);
}

/// What a programme, a mine or a project costs is an investment when no stronger cue names what the money
/// buys: a pipeline or a power plant is energy (session-44 reading (i)), weapons are arms, and a loan that
/// finances it is a loan; "cost" as a verb with an object is no cue.
#[test]
fn what_a_project_costs_is_an_investment() {
    amounts(
        "en",
        "The government approved a plan to develop the northern provinces at a cost of about 90 billion roubles.",
        &["investment 90000000000 RUB about"],
    );
    amounts(
        "ru",
        "Правительство утвердило программу развития северных областей стоимостью около 90 млрд рублей.",
        &["investment 90000000000 RUB about"],
    );
    amounts(
        "ar",
        "أقرت الحكومة خطة لتنمية المحافظات الشمالية بكلفة تقارب ٩٠ مليار روبل.",
        &["investment 90000000000 RUB about"],
    );
    amounts(
        "ru",
        "Китай построит в Казахстане медный рудник стоимостью 3 млрд юаней.",
        &["investment 3000000000 CNY"],
    );
    amounts(
        "ar",
        "ستبني الصين في كازاخستان منجماً للنحاس تبلغ تكلفته ٣ مليارات يوان.",
        &["investment 3000000000 CNY"],
    );
    // The budget that pays for it, after the sum, names no kind of its own.
    amounts(
        "en",
        "The cabinet approved a plan to develop the border regions at a cost of 40 billion roubles, most of it from the federal budget.",
        &["investment 40000000000 RUB"],
    );
    // A company of one sector says what the money builds.
    amounts(
        "ar",
        "وستبلغ كلفة الخط الذي تبنيه غازبروم في صربيا نحو ١٫٢ مليار يورو.",
        &["energy 1200000000 EUR about"],
    );
    amounts(
        "ru",
        "Ветку «Газпрома» в Сербии стоимостью около 1,2 млрд евро достроят к весне.",
        &["energy 1200000000 EUR about"],
    );
    // A stronger cue names what the money buys.
    amounts(
        "en",
        "Turkey and Azerbaijan opened the gas pipeline, built at a cost of $8 billion.",
        &["energy 8000000000 USD"],
    );
    amounts(
        "ru",
        "Индия закупит у России фрегаты стоимостью 2 млрд долларов.",
        &["arms 2000000000 USD"],
    );
    amounts(
        "ar",
        "يبلغ قرض روسيا لمصر ٢٥ مليار دولار من كلفة المحطة.",
        &["loan 25000000000 USD"],
    );
    amounts(
        "en",
        "The sanctions cost Hungary some $6 billion in lost exports.",
        &["trade 6000000000 USD about"],
    );
}

/// Goods sold are trade unless a stronger cue names the goods or the instrument (arms, gas, bonds).
#[test]
fn goods_sold_are_trade() {
    amounts(
        "en",
        "Brazilian farmers sold China more than $300 million worth of pork last year.",
        &["trade 300000000 USD more_than"],
    );
    amounts(
        "ru",
        "В прошлом году бразильские фермеры продали Китаю свинины более чем на 300 млн долларов.",
        &["trade 300000000 USD more_than"],
    );
    amounts(
        "ar",
        "وباع المزارعون البرازيليون الصين العام الماضي لحوماً بأكثر من ٣٠٠ مليون دولار.",
        &["trade 300000000 USD more_than"],
    );
    amounts(
        "en",
        "Beijing sold 2 billion yuan of bonds in Hong Kong.",
        &["debt 2000000000 CNY"],
    );
    amounts(
        "ru",
        "Россия продала Индии газа на 4 млрд евро.",
        &["energy 4000000000 EUR"],
    );
    amounts(
        "ar",
        "باعت روسيا للجزائر أسلحة بقيمة ملياري يورو.",
        &["arms 2000000000 EUR"],
    );
}
