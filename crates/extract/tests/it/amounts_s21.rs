//! Session-21 amount kinds and bounds, on sentences written for these tests. Notation of `facts_support`.

use crate::facts_support;

use facts_support::amounts;

/// A joint venture is an investment of its partners, whatever it makes (oil, gas, helicopters).
#[test]
fn a_joint_venture_is_an_investment() {
    amounts(
        "en",
        "Lukoil and Egypt's state oil firm agreed to form a refining joint venture worth $800 million.",
        &["investment 800000000 USD"],
    );
    amounts(
        "ru",
        "«Газпром нефть» и сербская NIS создадут совместное предприятие по добыче газа стоимостью 300 млн евро.",
        &["investment 300000000 EUR"],
    );
}

/// The past tense of the Arabic verbs of coming close bounds a sum as their present forms do.
#[test]
fn arabic_past_verbs_of_coming_close_are_about() {
    amounts(
        "ar",
        "سجل التبادل التجاري بين مصر والصين العام الماضي رقماً قياسياً ناهز 15 مليار دولار.",
        &["trade 15000000000 USD about"],
    );
}
