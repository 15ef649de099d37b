//! Amount kinds when several cue words compete, found missing by the session-15 fresh sentences. Sentences
//! written for these tests. Notation of `facts_support`.

use crate::facts_support;

use facts_support::amounts;

/// A verb of investing before a sum in its clause says what the money is; the goods after it (oil, gas,
/// arms) only what it buys, across a range's first bound.
#[test]
fn investing_in_energy_is_investment() {
    amounts(
        "en",
        "Japanese banks intend to invest between $2 billion and $3 billion in Iraqi gas fields.",
        &["investment 2000000000 USD", "investment 3000000000 USD"],
    );
    amounts(
        "ar",
        "تعتزم قطر استثمار ما بين 4 و6 مليارات دولار في حقول الغاز العراقية.",
        &["investment 4000000000 USD", "investment 6000000000 USD"],
    );
}

/// The feminine verbs of bounding before a sum (session 16: only the masculine forms were listed).
#[test]
fn arabic_feminine_verbs_bound_a_sum() {
    amounts(
        "ar",
        "شطبت روسيا ديوناً مستحقة على سوريا تقل عن ١٠ مليارات دولار.",
        &["debt 10000000000 USD less_than"],
    );
    amounts(
        "ar",
        "أعلنت اليابان مساعدات لمصر لا تقل عن ٥٠٠ مليون دولار.",
        &["aid 500000000 USD more_than"],
    );
}
