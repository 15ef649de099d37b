//! Session-27 amount kinds, on sentences written for these tests. Notation of `facts_support`.

use crate::facts_support;

use facts_support::amounts;

/// What a court or an arbitration tribunal orders paid, or what a claim asks for, is a judgment (kind
/// other), wherever in the sum's clause it is named: the company ordered to pay and the plant or the gas
/// the dispute was over do not name the sum.
#[test]
fn a_sum_a_tribunal_orders_paid_is_a_judgment() {
    amounts(
        "en",
        "An arbitration tribunal ordered Serbia's state gas company to pay Hungary about 300 million dollars over the broken pipeline contract.",
        &["other 300000000 USD about"],
    );
    amounts(
        "en",
        "Kazakhstan says the oil consortium's claim of more than $2 billion is groundless.",
        &["other 2000000000 USD more_than"],
    );
    amounts(
        "ru",
        "Арбитраж обязал государственную газовую компанию Сербии выплатить Венгрии около 300 млн долларов за сорванный контракт на строительство газопровода.",
        &["other 300000000 USD about"],
    );
    amounts(
        "ru",
        "Казахстан считает необоснованной сумму иска нефтяного консорциума в 2 млрд долларов.",
        &["other 2000000000 USD"],
    );
    amounts(
        "ar",
        "ألزمت هيئة تحكيم شركة الغاز الحكومية الصربية بدفع نحو 300 مليون دولار للمجر بسبب إلغاء عقد خط الأنابيب.",
        &["other 300000000 USD about"],
    );
    amounts(
        "ar",
        "وتبلغ مطالبة كونسورتيوم النفط 2 مليار دولار.",
        &["other 2000000000 USD"],
    );
}

/// Traps: a judgment names no sum of another act ("after", "and" between), nor one beyond a comma.
#[test]
fn a_judgment_names_no_sum_of_another_act() {
    amounts(
        "en",
        "The tribunal's ruling came a week after Serbia signed a $3 billion gas deal with Russia.",
        &["energy 3000000000 USD"],
    );
    amounts(
        "en",
        "Serbia lost the arbitration last year, and its gas company has since bought Russian gas worth $3 billion.",
        &["energy 3000000000 USD"],
    );
    amounts(
        "ru",
        "Решение арбитража вынесено через неделю после того, как Сербия подписала газовый контракт на 3 млрд долларов.",
        &["energy 3000000000 USD"],
    );
    amounts(
        "ar",
        "صدر قرار التحكيم بعد أسبوع من توقيع صربيا صفقة غاز بقيمة 3 مليارات دولار.",
        &["energy 3000000000 USD"],
    );
}

/// The price of a share of a company is an investment, whatever the company produces: the share named
/// before the sum in its clause names it, not the oil or the gas the company deals in.
#[test]
fn the_price_of_a_share_of_a_company_is_an_investment() {
    amounts(
        "en",
        "Rosneft will buy 30 percent of Egypt's state gas company for 900 million dollars.",
        &["investment 900000000 USD"],
    );
    amounts(
        "en",
        "Lukoil bought half of a Bulgarian refinery operator for $1.2 billion.",
        &["investment 1200000000 USD"],
    );
    amounts(
        "ru",
        "«Роснефть» купит 30% акций египетской газовой компании за 900 млн долларов.",
        &["investment 900000000 USD"],
    );
    amounts(
        "ar",
        "اشترت روسنفت 30% من أسهم شركة الغاز المصرية مقابل 900 مليون دولار.",
        &["investment 900000000 USD"],
    );
    amounts(
        "ar",
        "وستشتري لوك أويل نصف أسهم مصفاة بلغارية بمبلغ 1.2 مليار دولار.",
        &["investment 1200000000 USD"],
    );
}

/// Traps: a share of a market beyond a comma, and the Arabic verb أسهم (contributed), name no investment.
#[test]
fn a_share_of_goods_or_a_contribution_is_no_investment() {
    amounts(
        "en",
        "Russia supplies half of Europe's gas, worth about $40 billion a year.",
        &["energy 40000000000 USD about"],
    );
    amounts(
        "ar",
        "أسهمت السعودية بمبلغ 500 مليون دولار في تمويل محطة الكهرباء.",
        &["loan 500000000 USD"],
    );
}
