//! Session-49 amounts: a sum given to each of the states named after it, buying goods, the cue of a
//! clause of contrast, a comma before a statement of value, the goods of a coordinated volume, financing
//! as a purpose, distributive prices and the Arabic verb of exceeding before its subject, on sentences
//! written for these tests. Notation of `facts_support`.

use crate::facts_support;

use facts_support::amounts;

/// A word of sharing next to the sum gives the whole sum to each state of the list that follows it when
/// no list stands before it: "$3 billion each to Jordan and Lebanon", "ثلاثة مليارات دولار لكل من الأردن
/// ولبنان".
#[test]
fn a_sum_shared_by_the_states_named_after_it_is_one_sum_each() {
    amounts(
        "en",
        "Kuwait will lend $3 billion each to Jordan and Lebanon.",
        &["loan 3000000000 USD", "loan 3000000000 USD"],
    );
    amounts(
        "ar",
        "ستقرض الكويت ثلاثة مليارات دولار لكل من الأردن ولبنان.",
        &["loan 3000000000 USD", "loan 3000000000 USD"],
    );
    // Without the word of sharing the list shares one sum.
    amounts(
        "en",
        "Kuwait will lend $3 billion to Jordan and Lebanon.",
        &["loan 3000000000 USD"],
    );
}

/// A verb of buying is an investment (a stake, a port) unless goods stand by the sum in its clause: what
/// buys grain or wheat is trade.
#[test]
fn buying_goods_is_trade() {
    amounts(
        "en",
        "Algeria plans to buy about $900 million of French wheat this season.",
        &["trade 900000000 USD about"],
    );
    amounts(
        "ar",
        "تعتزم الجزائر شراء حبوب فرنسية بنحو ٩٠٠ مليون دولار هذا الموسم.",
        &["trade 900000000 USD about"],
    );
    amounts(
        "ru",
        "Алжир намерен закупить французское зерно примерно на 900 млн долларов.",
        &["trade 900000000 USD about"],
    );
    // Buying a company stays investment.
    amounts(
        "en",
        "The fund will buy a stake worth $900 million in the port operator.",
        &["investment 900000000 USD"],
    );
}

/// Goods that a verb of giving hands over are aid in kind: "will provide Yemen with wheat and medicine worth",
/// «выделит Йемену зерно на», "ستقدم … قمحا وأدوية بقيمة".
#[test]
fn goods_given_are_aid() {
    amounts(
        "en",
        "Japan will provide Yemen with wheat and medicine worth 20 million dollars.",
        &["aid 20000000 USD"],
    );
    amounts(
        "ru",
        "Россия выделит Йемену зерно на 20 млн долларов.",
        &["aid 20000000 USD"],
    );
    amounts(
        "ar",
        "ستقدم اليابان لليمن قمحا وأدوية بقيمة ٢٠ مليون دولار.",
        &["aid 20000000 USD"],
    );
    // Goods sold stay trade.
    amounts(
        "en",
        "Japan will sell Yemen wheat worth 20 million dollars.",
        &["trade 20000000 USD"],
    );
}

/// A clause of contrast or condition after a comma («, а», "، على أن", ", while") is another act: its cue
/// names the sum that follows it even past a relative clause, and a cue before the first sum does not
/// reach over it into the contrasted clause.
#[test]
fn the_cue_of_a_contrasted_clause_is_its_own_sums() {
    amounts(
        "ru",
        "Алжир закупит французское зерно не менее чем на 900 млн долларов, а Париж выдаст кредит, сумма которого составит 400 млн долларов.",
        &["trade 900000000 USD more_than", "loan 400000000 USD"],
    );
    amounts(
        "ar",
        "ستشتري الجزائر حبوبا فرنسية لا تقل قيمتها عن ٩٠٠ مليون دولار، على أن تتيح باريس ائتمانا يصل إلى ٤٠٠ مليون دولار.",
        &["trade 900000000 USD more_than", "loan 400000000 USD up_to"],
    );
    amounts(
        "ru",
        "Франция выдаст Алжиру кредит на 400 млн долларов, а Алжир закупит у неё зерна на 900 млн долларов.",
        &["loan 400000000 USD", "trade 900000000 USD"],
    );
    amounts(
        "ar",
        "ستقرض فرنسا الجزائر ٤٠٠ مليون دولار، فيما ستشتري الجزائر قمحا فرنسيا بقيمة ٩٠٠ مليون دولار.",
        &["loan 400000000 USD", "trade 900000000 USD"],
    );
}

/// A comma that only opens the sum's statement of value ("، تبلغ قيمته", ", worth") keeps the
/// instrument noun before it in the sum's clause, against the goods named after the sum.
#[test]
fn a_comma_before_a_statement_of_value_keeps_the_noun_before_it() {
    amounts(
        "ar",
        "وقعت بنغلادش مع روسيا اتفاقية قرض، تبلغ قيمته ١١ مليار دولار، لبناء محطة روبور النووية.",
        &["loan 11000000000 USD"],
    );
    // A comma that opens another clause still parts them.
    amounts(
        "ar",
        "ناقش الجانبان القرض، ووقعا عقدا لبناء محطة نووية بقيمة ١١ مليار دولار.",
        &["energy 11000000000 USD"],
    );
}

/// Goods measured in a coordinated act ("and deliver five million tonnes of oil", «и поставит пять
/// миллионов тонн нефти», "وتورد خمسة ملايين طن من النفط") are the volume's, not the sum's.
#[test]
fn the_goods_of_a_coordinated_volume_are_not_the_sums() {
    amounts(
        "en",
        "Vienna is to pay with machinery worth $80 million and deliver five million tonnes of oil.",
        &["other 80000000 USD"],
    );
    amounts(
        "ru",
        "Вена расплатится станками на 80 млн долларов и поставит пять миллионов тонн нефти.",
        &["other 80000000 USD"],
    );
    amounts(
        "ar",
        "ستسدد فيينا بآلات قيمتها ٨٠ مليون دولار وتورد خمسة ملايين طن من النفط.",
        &["other 80000000 USD"],
    );
    // Oil the sum buys is still its goods.
    amounts(
        "en",
        "Vienna will pay $80 million for five million tonnes of oil.",
        &["energy 80000000 USD"],
    );
}

/// "لتمويل" (to finance) names what the money pays for, not a loan: a verb of giving nearer the sum says
/// what it is; a loan noun still makes it a loan.
#[test]
fn financing_as_a_purpose_is_no_loan() {
    amounts(
        "ar",
        "تعهدت الدول المانحة بتقديم أربعة مليارات دولار لليمن، لتمويل إعادة بناء المدارس.",
        &["aid 4000000000 USD"],
    );
    amounts(
        "ar",
        "وقعت الكويت مع اليمن قرضا بقيمة ٤٠٠ مليون دولار لتمويل مشاريع الكهرباء.",
        &["loan 400000000 USD"],
    );
}

/// The Arabic verb of granting ("منحته", "منحت") is a verb of giving, weak: the loan noun of the sum's
/// clause names it; the noun of a grant ("منحة") stays aid.
#[test]
fn the_arabic_verb_of_granting_yields_to_the_instrument() {
    amounts(
        "ar",
        "حصلت قيرغيزستان على قرض لشراء الأسلحة بقيمة ٥٠ مليون دولار منحته موسكو.",
        &["loan 50000000 USD"],
    );
    amounts(
        "ar",
        "تلقت قيرغيزستان منحة بقيمة ٥٠ مليون دولار من اليابان.",
        &["aid 50000000 USD"],
    );
}

/// A Russian price with its distributive preposition takes the bound before it («примерно по 55
/// долларов за баррель»); the Arabic verb of exceeding or falling short bounds a sum after its subject
/// ("تزيد ديون … على", "يقل حجم التبادل … عن"), negated the other way.
#[test]
fn bounds_before_a_distributive_price_and_past_an_arabic_subject() {
    amounts(
        "ru",
        "Китай покупал иранскую нефть приблизительно по 60 долларов за баррель.",
        &["other 60 USD about"],
    );
    amounts(
        "ar",
        "تزيد ديون مصر للصين على ١٠ مليارات دولار.",
        &["debt 10000000000 USD more_than"],
    );
    amounts(
        "ar",
        "يقل حجم التبادل التجاري بين البلدين عن ملياري دولار.",
        &["trade 2000000000 USD less_than"],
    );
    amounts(
        "ar",
        "لا تزيد قيمة المساعدات اليابانية لليمن على ٣٠٠ مليون دولار.",
        &["aid 300000000 USD up_to"],
    );
}
