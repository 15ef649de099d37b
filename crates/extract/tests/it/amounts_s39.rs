//! Session-39 currencies, on sentences written for these tests (other states, other
//! tenses, other word orders than the dev items that showed each construction). Notation of `facts_support`.

use crate::facts_support;

use facts_support::amounts;

/// one the text states and a conversion in brackets after it is no second sum.
#[test]
fn canadian_dollars_marks_and_won_are_currencies() {
    amounts(
        "en",
        "Ottawa will buy Ukrainian grain worth C$40 million this year.",
        &["trade 40000000 CAD"],
    );
    amounts(
        "en",
        "Bonn lent Moscow 5 billion Deutsche Marks in 1990.",
        &["loan 5000000000 DEM"],
    );
    amounts(
        "en",
        "Seoul extended the currency swap with Beijing worth 64 trillion South Korean won.",
        &["other 64000000000000 KRW"],
    );
    amounts(
        "ru",
        "Оттава закупит украинское зерно на 40 млн канадских долларов.",
        &["trade 40000000 CAD"],
    );
    amounts(
        "ru",
        "Бонн предоставил Москве кредит в 5 млрд марок.",
        &["loan 5000000000 DEM"],
    );
    amounts(
        "ru",
        "Сеул продлил валютный своп с Пекином на 64 трлн вон.",
        &["other 64000000000000 KRW"],
    );
    amounts(
        "ar",
        "ستشتري أوتاوا قمحاً أوكرانياً بقيمة 40 مليون دولار كندي.",
        &["trade 40000000 CAD"],
    );
    amounts(
        "ar",
        "أقرضت بون موسكو 5 مليارات مارك عام 1990.",
        &["loan 5000000000 DEM"],
    );
    amounts(
        "ar",
        "مددت سيول اتفاق مبادلة العملات مع بكين بقيمة 64 تريليون وون.",
        &["other 64000000000000 KRW"],
    );
}

/// Jordan dinars) the name is left as the dinar news most often means.
#[test]
fn a_bare_peso_or_dinar_is_the_named_state_s() {
    amounts(
        "en",
        "Manila cancelled a 5.4 billion peso ($96 million) contract for Israeli tanks.",
        &["arms 5400000000 PHP"],
    );
    amounts(
        "en",
        "Argentina paid Russia 300 million pesos for the Sputnik vaccine.",
        &["other 300000000 ARS"],
    );
    amounts(
        "en",
        "Jordan received a loan of 50 million dinars from Kuwait.",
        &["loan 50000000 IQD"],
    );
    amounts(
        "ru",
        "Манила расторгла контракт на израильские танки стоимостью 5,4 млрд песо (96 млн долларов).",
        &["arms 5400000000 PHP"],
    );
    amounts(
        "ru",
        "Аргентина заплатила России 300 млн песо за вакцину «Спутник».",
        &["other 300000000 ARS"],
    );
    amounts(
        "ru",
        "Кувейт предоставил Иордании кредит в 50 млн динаров.",
        &["loan 50000000 IQD"],
    );
    amounts(
        "ar",
        "ألغت مانيلا عقداً لشراء دبابات إسرائيلية بقيمة 5.4 مليار بيزو (96 مليون دولار).",
        &["arms 5400000000 PHP"],
    );
    amounts(
        "ar",
        "دفعت الأرجنتين لروسيا 300 مليون بيزو ثمناً للقاح سبوتنيك.",
        &["other 300000000 ARS"],
    );
    amounts(
        "ar",
        "أقرضت الجزائر جارتها 50 مليون دينار بلا فائدة.",
        &["loan 50000000 DZD"],
    );
}
