//! Session-48 amounts: the instrument that governs the goods it pays for, negated verbs of exceeding and
//! reaching, ranges written in words, the genitive «миллиарда» alone, and what is left of a sum told in
//! the sentence before, on sentences written for these tests. Notation of `facts_support`.

use crate::facts_support;

use facts_support::amounts;

/// A loan or a debt named before the goods it pays for ("loan … for building the plant", «долг … за
/// поставки газа», "ديون … مقابل إمدادات الغاز") is what the sum of its clause is, however near the goods
/// stand to the sum.
#[test]
fn the_instrument_governs_the_goods_it_pays_for() {
    amounts(
        "en",
        "Russia's loan to Egypt for building the El Dabaa nuclear plant will amount to $25 billion.",
        &["loan 25000000000 USD"],
    );
    amounts(
        "ru",
        "Кредит России Египту на строительство АЭС «Эль-Дабаа» составит 25 млрд долларов.",
        &["loan 25000000000 USD"],
    );
    amounts(
        "en",
        "Kyrgyzstan's debt to Russia for deliveries of gas and weapons reaches $500 million.",
        &["debt 500000000 USD"],
    );
    amounts(
        "ru",
        "Долг Киргизии перед Россией за поставки газа и оружия достигает 500 млн долларов.",
        &["debt 500000000 USD"],
    );
    amounts(
        "ar",
        "تصل ديون قرغيزستان لروسيا مقابل إمدادات الغاز والأسلحة إلى 500 مليون دولار.",
        &["debt 500000000 USD"],
    );
    // The goods of a sum of their own clause keep it: no instrument governs them there.
    amounts(
        "en",
        "After the loan talks, Egypt signed a nuclear plant deal worth $25 billion.",
        &["energy 25000000000 USD"],
    );
}

/// A verb of exceeding negated bounds its sum from above, and one of falling below from below, however
/// many words stand between the verb and the sum: "لا يتجاوز التبادل التجاري … ملياري دولار" (at most),
/// «не будет превышать 500 млн», "لا تقل قيمتها عن" (at least); a negated verb of reaching is "less than"
/// («не достигает и 1 млрд», "لا يصل إلى", "falls short of").
#[test]
fn negated_verbs_of_exceeding_and_reaching_bound_the_other_way() {
    amounts(
        "ar",
        "لا يتجاوز حجم التبادل التجاري بين البلدين حاليا ملياري دولار.",
        &["trade 2000000000 USD up_to"],
    );
    amounts(
        "ar",
        "يتجاوز حجم التبادل التجاري بين البلدين حاليا ملياري دولار.",
        &["trade 2000000000 USD more_than"],
    );
    amounts(
        "ru",
        "Кредиты, сумма которых не будет превышать 500 млн долларов, предоставит Вашингтон.",
        &["loan 500000000 USD up_to"],
    );
    amounts(
        "ar",
        "تقل قيمة التبادل التجاري بين روسيا والمكسيك عن ملياري دولار.",
        &["trade 2000000000 USD less_than"],
    );
    amounts(
        "ar",
        "لا تقل قيمة التبادل التجاري بين البلدين عن 750 مليون دولار.",
        &["trade 750000000 USD more_than"],
    );
    amounts(
        "ru",
        "Товарооборот России и Мексики не достигает и 2 млрд долларов.",
        &["trade 2000000000 USD less_than"],
    );
    amounts(
        "ru",
        "Товарооборот двух стран не дотягивает и до $1 млрд в год.",
        &["trade 1000000000 USD less_than"],
    );
    amounts(
        "ar",
        "حجم التبادل التجاري بين البلدين لا يصل إلى مليار دولار.",
        &["trade 1000000000 USD less_than"],
    );
    amounts(
        "en",
        "Trade between the two countries fell short of $1 billion last year.",
        &["trade 1000000000 USD less_than"],
    );
}

/// A range written in words gives both its ends: "between two and three billion dollars" is no five
/// billion, «от двух до трёх миллиардов долларов» has a low end, and "ما بين ملياري وثلاثة مليارات دولار"
/// writes the currency once, on the high end.
#[test]
fn a_range_in_words_gives_both_ends() {
    amounts(
        "en",
        "Japan will lend Indonesia between two and three billion dollars.",
        &["loan 2000000000 USD", "loan 3000000000 USD"],
    );
    amounts(
        "ru",
        "Япония предоставит Индонезии кредит от двух до трёх миллиардов долларов.",
        &["loan 2000000000 USD", "loan 3000000000 USD"],
    );
    amounts(
        "ar",
        "ستقرض اليابان إندونيسيا ما بين ملياري وثلاثة مليارات دولار.",
        &["loan 2000000000 USD", "loan 3000000000 USD"],
    );
    amounts(
        "ar",
        "ستقرض اليابان إندونيسيا ما بين خمسة وستة مليارات دولار.",
        &["loan 5000000000 USD", "loan 6000000000 USD"],
    );
    // One number joined by "and"/"و" stays one: units before tens in Arabic, hundreds before less.
    amounts(
        "ar",
        "ستقرض اليابان فيتنام خمسة وسبعين مليون دولار.",
        &["loan 75000000 USD"],
    );
    amounts(
        "en",
        "Japan will lend Vietnam three hundred and fifty million dollars.",
        &["loan 350000000 USD"],
    );
}

/// «миллиарда», «миллиона» with no numeral before them are one of the unit: «около миллиарда евро»,
/// «свыше миллиона долларов»; a head count after them stays no sum.
#[test]
fn a_genitive_scale_alone_is_one_of_it() {
    amounts(
        "ru",
        "Германия выделит около миллиарда евро на помощь беженцам.",
        &["aid 1000000000 EUR about"],
    );
    amounts(
        "ru",
        "Товарооборот составил порядка миллиарда долларов.",
        &["trade 1000000000 USD about"],
    );
    amounts(
        "ru",
        "Помощь ЕС получат около миллиона беженцев в Иордании.",
        &[],
    );
}

/// What is left of a sum told in the sentence before, written without a currency ("the remaining 25
/// million", «Оставшиеся 25 миллионов», "المبلغ المتبقي البالغ …"), is money in that sentence's currency.
#[test]
fn a_remainder_takes_the_currency_of_the_sentence_before() {
    amounts(
        "ru",
        "Москва спишет 865 миллионов долларов долга Узбекистана. Оставшиеся 25 миллионов узбекская сторона обязалась выплатить.",
        &["debt 865000000 USD", "debt 25000000 USD"],
    );
    amounts(
        "en",
        "Moscow will write off $865 million of Uzbekistan's debt. The remaining 25 million will be repaid by Tashkent.",
        &["debt 865000000 USD", "debt 25000000 USD"],
    );
    amounts(
        "ar",
        "ستشطب موسكو ديونا لأوزبكستان بقيمة 865 مليون دولار. وستسدد طشقند المبلغ المتبقي البالغ 25 مليونا.",
        &["debt 865000000 USD", "debt 25000000 USD"],
    );
    // Without a sum before, a remainder in no currency is no sum; nor is a remainder of people.
    amounts(
        "en",
        "Moscow signed the treaty. The remaining 25 million will come later.",
        &[],
    );
    amounts(
        "ru",
        "ЕС выделил Иордании 100 млн евро. Оставшиеся 2 миллиона беженцев получат помощь позже.",
        &["aid 100000000 EUR"],
    );
}

/// A sum that leaves out its unit, after a sentence that named a currency ("Ottawa had claimed just over six
/// million in January 1979"), is in that currency; a head count or a volume named after it is none.
#[test]
fn a_sum_without_its_unit_takes_the_currency_told_before() {
    amounts(
        "en",
        "Moscow will pay three million Canadian dollars in compensation. Ottawa had claimed just over six million in January 1979.",
        &["other 3000000 CAD", "other 6000000 CAD more_than"],
    );
    amounts(
        "ru",
        "Москва выплатит три миллиона канадских долларов компенсации. В январе 1979 года Оттава требовала чуть более шести миллионов.",
        &["other 3000000 CAD", "other 6000000 CAD more_than"],
    );
    amounts(
        "ar",
        "ستدفع موسكو ثلاثة ملايين دولار كندي تعويضا. وكانت أوتاوا قد طالبت بما يزيد على ستة ملايين.",
        &["other 3000000 CAD", "other 6000000 CAD more_than"],
    );
    amounts(
        "en",
        "The EU gave Turkey €3 billion in aid. Turkey hosts 3.6 million refugees.",
        &["aid 3000000000 EUR"],
    );
    // With no currency before, a bare scale is no sum.
    amounts(
        "en",
        "Ottawa had claimed just over six million in January 1979.",
        &[],
    );
}

/// The bare "marks" is the Deutsche Mark after a scale, and no currency after a year.
#[test]
fn marks_after_a_scale_are_deutsche_marks() {
    amounts(
        "en",
        "West Germany will guarantee a bank credit of five billion marks to the Soviet Union.",
        &["loan 5000000000 DEM"],
    );
    amounts(
        "en",
        "The year 2025 marks the fiftieth anniversary of the Helsinki accords.",
        &[],
    );
}

/// A package or a programme named only by weak cues is a loan when a lending institution gives it (the
/// Session-47 ruling (a)); aid named as such stays aid.
#[test]
fn a_lenders_package_is_a_loan() {
    amounts(
        "en",
        "The World Bank approved a package of $3 billion for Egypt.",
        &["loan 3000000000 USD"],
    );
    amounts(
        "ru",
        "Всемирный банк одобрил для Египта пакет поддержки на 3 млрд долларов.",
        &["loan 3000000000 USD"],
    );
    amounts(
        "ar",
        "اتفقت مصر مع صندوق النقد الدولي على حزمة إنقاذ بقيمة 3 مليارات دولار.",
        &["loan 3000000000 USD"],
    );
    amounts(
        "en",
        "The World Bank gave Gaza $50 million in humanitarian aid.",
        &["aid 50000000 USD"],
    );
    amounts(
        "en",
        "The Gulf states approved a package of $3 billion for Egypt.",
        &["aid 3000000000 USD"],
    );
    // An institution outside the sum's clause gives nothing.
    amounts(
        "en",
        "Pledges at the conference, co-chaired by the World Bank, came to about $4 billion.",
        &["aid 4000000000 USD about"],
    );
}

/// A sum whose sentence names no cue at all is the loan or debt the next sentence goes on to name.
#[test]
fn the_next_sentence_names_the_instrument() {
    amounts(
        "en",
        "The European Union agreed on Monday on a new programme for Ukraine worth 15 billion euros. Talks on the loan will begin in May.",
        &["loan 15000000000 EUR"],
    );
    amounts(
        "ru",
        "Евросоюз договорился в понедельник о новой программе для Украины объёмом 15 млрд евро. Переговоры о кредите начнутся в мае.",
        &["loan 15000000000 EUR"],
    );
    amounts(
        "ar",
        "اتفق الاتحاد الأوروبي يوم الاثنين على برنامج جديد لأوكرانيا قيمته 15 مليار يورو. وتبدأ المفاوضات على القرض في مايو.",
        &["loan 15000000000 EUR"],
    );
    // A next sentence of other kinds too names none of them.
    amounts(
        "en",
        "The European Union agreed on Monday on a new programme for Ukraine worth 15 billion euros. Talks on the loan and on arms deliveries will begin in May.",
        &["other 15000000000 EUR"],
    );
}

/// «довели … до» in the past names the level reached, not an upper bound, as «довести … до» does.
#[test]
fn a_level_reached_is_no_upper_bound() {
    amounts(
        "ru",
        "Россия и Китай довели товарооборот до 240 млрд долларов.",
        &["trade 240000000000 USD"],
    );
}
