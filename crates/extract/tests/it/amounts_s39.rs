//! Session-39 amount kinds and currencies, on sentences written for these tests (other states, other
//! tenses, other word orders than the dev items that showed each construction). Notation of `facts_support`.

use crate::facts_support;

use facts_support::amounts;

/// A bank's, fund's or joint venture's capital, however news names it, is money of no listed kind: nearer
/// than the bank's name that lends or the field the venture works in.
#[test]
fn a_capital_however_named_is_of_no_listed_kind() {
    amounts(
        "en",
        "The Asian Infrastructure Investment Bank opened in Beijing with $100 billion of subscribed capital.",
        &["other 100000000000 USD"],
    );
    amounts(
        "en",
        "Kazakhstan and Uzbekistan set up a joint energy fund with a starting capital of $500 million.",
        &["other 500000000 USD"],
    );
    amounts(
        "en",
        "The new Eurasian lender will have paid-in capital of 2 billion euros, its founders said.",
        &["other 2000000000 EUR"],
    );
    amounts(
        "ru",
        "Казахстан и Узбекистан учредили совместный энергетический фонд с капиталом 500 млн долларов.",
        &["other 500000000 USD"],
    );
    amounts(
        "ru",
        "Азиатский банк инфраструктурных инвестиций открылся в Пекине с уставным капиталом 100 млрд долларов.",
        &["other 100000000000 USD"],
    );
    amounts(
        "ru",
        "Уставным капиталом нового банка в 2 млрд евро распорядятся Белоруссия и Армения.",
        &["other 2000000000 EUR"],
    );
    amounts(
        "ar",
        "أسست كازاخستان وأوزبكستان صندوقاً مشتركاً للطاقة يبلغ رأس ماله 500 مليون دولار.",
        &["other 500000000 USD"],
    );
    amounts(
        "ar",
        "ويقدر رأس مال المصرف الجديد بنحو ملياري يورو.",
        &["other 2000000000 EUR about"],
    );
    amounts(
        "ar",
        "افتتح البنك الآسيوي للاستثمار في البنية التحتية في بكين ويبلغ رأس مال البنك 100 مليار دولار.",
        &["other 100000000000 USD"],
    );
}

/// What a lease or rent costs is of no listed kind, whatever is leased (a radar station, a port, a
/// base); but only in the lease's own clause: a deal valued in a clause of its own keeps the goods' kind.
#[test]
fn a_lease_names_the_sum_of_its_own_clause() {
    amounts(
        "en",
        "Kyrgyzstan agreed to extend the lease of the Kant air base to Russia for $4.5 million a year.",
        &["other 4500000 USD"],
    );
    amounts(
        "en",
        "Djibouti will rent the port terminal to a Chinese company for 20 years in exchange for $100 million.",
        &["other 100000000 USD"],
    );
    amounts(
        "en",
        "India will lease a second nuclear submarine from Russia for ten years; the deal is worth about $3 billion in arms.",
        &["arms 3000000000 USD about"],
    );
    amounts(
        "ru",
        "Киргизия согласилась продлить аренду авиабазы Кант Россией за 4,5 млн долларов в год.",
        &["other 4500000 USD"],
    );
    amounts(
        "ru",
        "Джибути сдаст в аренду китайской компании нефтяной терминал порта за 100 млн долларов.",
        &["other 100000000 USD"],
    );
    amounts(
        "ru",
        "Индия будет арендовать у России вторую атомную подводную лодку; сделка по поставке вооружений оценивается в 3 млрд долларов.",
        &["arms 3000000000 USD"],
    );
    amounts(
        "ar",
        "وافقت قرغيزستان على تمديد تأجير قاعدة كانت الجوية لروسيا مقابل 4.5 مليون دولار سنوياً.",
        &["other 4500000 USD"],
    );
    amounts(
        "ar",
        "ستدفع الشركة الصينية 100 مليون دولار إيجاراً لمحطة الحاويات في جيبوتي.",
        &["other 100000000 USD"],
    );
    amounts(
        "ar",
        "ستستأجر الهند غواصة نووية ثانية من روسيا؛ وتقدر قيمة صفقة الأسلحة بنحو 3 مليارات دولار.",
        &["arms 3000000000 USD about"],
    );
}

/// A tax claim, like a fine or a lawsuit, is of no listed kind: the oil company or the goods it is over
/// do not name it.
#[test]
fn a_tax_claim_is_of_no_listed_kind() {
    amounts(
        "en",
        "Kazakhstan presented the oil consortium with a tax claim of $1.2 billion on Tuesday.",
        &["other 1200000000 USD"],
    );
    amounts(
        "en",
        "The gas company must pay 800 million roubles in back taxes, the court in Minsk ruled.",
        &["other 800000000 RUB"],
    );
    amounts(
        "en",
        "Russia's tax service demanded $2 billion in back-tax payments from the oil producer.",
        &["other 2000000000 USD"],
    );
    amounts(
        "ru",
        "Налоговая служба Казахстана предъявила нефтяному консорциуму претензии на 1,2 млрд долларов.",
        &["other 1200000000 USD"],
    );
    amounts(
        "ru",
        "Суд в Минске признал законной налоговую претензию к газовой компании в 800 млн рублей.",
        &["other 800000000 RUB"],
    );
    amounts(
        "ru",
        "Из-за претензий налоговиков на 2 млрд долларов нефтяная компания остановила экспорт в Китай.",
        &["other 2000000000 USD"],
    );
    amounts(
        "ar",
        "قدمت مصلحة الضرائب الكازاخية مطالبات ضريبية بقيمة 1.2 مليار دولار إلى كونسورتيوم النفط.",
        &["other 1200000000 USD"],
    );
    amounts(
        "ar",
        "وتواجه شركة الغاز ضرائب متأخرة تبلغ 800 مليون روبل.",
        &["other 800000000 RUB"],
    );
    amounts(
        "ar",
        "أوقفت شركة النفط صادراتها إلى الصين بسبب مطالبات ضريبية قيمتها ملياري دولار.",
        &["other 2000000000 USD"],
    );
}

/// The Canadian dollar, the Deutsche Mark and the won are read as such, so that the sum in them stays the
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

/// A bare peso or dinar is the currency of the one state of its family the sentence names, and a
/// conversion in brackets after it stays no sum of its own; with two such states named (Kuwait lending
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

/// "X in grants and up to Y in loans": the bound after "and" opens the second sum, so the first sum's
/// kind word before it does not name it.
#[test]
fn grants_and_up_to_a_sum_in_loans() {
    amounts(
        "en",
        "Tokyo offered Kyiv $600 million in grants and up to $2 billion in loans.",
        &["aid 600000000 USD", "loan 2000000000 USD up_to"],
    );
    amounts(
        "en",
        "Brussels pledged €300 million in credits and more than €100 million in humanitarian aid.",
        &["loan 300000000 EUR", "aid 100000000 EUR more_than"],
    );
    amounts(
        "en",
        "Riyadh will give Cairo $1 billion in grants and about $3 billion in deposits.",
        &["aid 1000000000 USD", "other 3000000000 USD about"],
    );
    amounts(
        "ru",
        "Токио предложил Киеву 600 млн долларов в виде грантов и до 2 млрд долларов в виде кредитов.",
        &["aid 600000000 USD", "loan 2000000000 USD up_to"],
    );
    amounts(
        "ru",
        "Брюссель выделит 300 млн евро кредитами и более 100 млн евро в виде гуманитарной помощи.",
        &["loan 300000000 EUR", "aid 100000000 EUR more_than"],
    );
    amounts(
        "ru",
        "Эр-Рияд передаст Каиру 1 млрд долларов в виде грантов и около 3 млрд долларов в виде депозитов.",
        &["aid 1000000000 USD", "other 3000000000 USD about"],
    );
    amounts(
        "ar",
        "عرضت طوكيو على كييف 600 مليون دولار في شكل منح وما يصل إلى ملياري دولار في شكل قروض.",
        &["aid 600000000 USD", "loan 2000000000 USD up_to"],
    );
    amounts(
        "ar",
        "تعهدت بروكسل بتقديم 300 مليون يورو في شكل قروض وأكثر من 100 مليون يورو مساعدات إنسانية.",
        &["loan 300000000 EUR", "aid 100000000 EUR more_than"],
    );
    amounts(
        "ar",
        "ستقدم الرياض للقاهرة مليار دولار منحاً ونحو 3 مليارات دولار ودائع.",
        &["aid 1000000000 USD", "other 3000000000 USD about"],
    );
}

/// Helicopters, artillery, guns and shells bought or sold are arms in Arabic as in English and Russian (the
/// singular helicopter a numeral above ten takes included); a space rocket (the singular صاروخ) is not.
#[test]
fn arabic_helicopters_and_artillery_are_arms() {
    amounts(
        "ar",
        "اشترت نيجيريا ١٢ مروحية روسية بقيمة ٢٤٠ مليون دولار.",
        &["arms 240000000 USD"],
    );
    amounts(
        "ar",
        "وقعت الهند مع فرنسا صفقة مدفعية ذاتية الحركة قيمتها 800 مليون يورو.",
        &["arms 800000000 EUR"],
    );
    amounts(
        "ar",
        "وسلمت صربيا قذائف ومدافع إلى مصر في صفقة تبلغ 90 مليون دولار.",
        &["arms 90000000 USD"],
    );
    amounts(
        "en",
        "Nigeria bought 12 Russian helicopters for $240 million.",
        &["arms 240000000 USD"],
    );
    amounts(
        "ru",
        "Нигерия купила 12 российских вертолётов за 240 млн долларов.",
        &["arms 240000000 USD"],
    );
}
