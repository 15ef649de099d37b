//! Session-37 membership fixes, each on sentences written for it (not from any eval file), failing before its
//! change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::{membership_dates, memberships};

/// A name that starts like a short verb of becoming is no verb: «أولاف» started with the stem «أول», «باتروشيف»
/// with «بات», «Сталин» with «стал», so a status held in the sentence («عضو», «членом») read as a change and took
/// the sentence's date. The verbs themselves, whole or inflected («باتت», «قالت», «стала»), still do.
#[test]
fn a_name_that_starts_like_a_verb_of_becoming_dates_nothing() {
    membership_dates(
        "ar",
        "وقال أولاف شولتس في 12 مارس 2023 إن بولندا عضو في حلف الناتو.",
        &["NATO/POL/member -"],
    );
    membership_dates(
        "ar",
        "وذكر أولاف شولتس في برلين في أكتوبر 2022 أن المجر عضو في الاتحاد الأوروبي.",
        &["EU/HUN/member -"],
    );
    membership_dates(
        "ar",
        "واجتمع باتروشيف في موسكو في 4 يوليو 2019 مع مسؤولين من الهند، العضو في منظمة شنغهاي للتعاون.",
        &["SCO/IND/member -"],
    );
    membership_dates(
        "ar",
        "وباتت كرواتيا في عام 2013 عضوا في الاتحاد الأوروبي.",
        &["EU/HRV/member 2013"],
    );
    membership_dates(
        "ar",
        "وقالت الخارجية في 12 مارس 2023 إن فنلندا أصبحت عضوا في الناتو.",
        &["NATO/FIN/member 2023-03-12"],
    );
    membership_dates(
        "ru",
        "В марте 1953 года после смерти Сталина Польша оставалась членом Варшавского договора.",
        &["WARSAW_PACT/POL/member -"],
    );
    membership_dates(
        "ru",
        "При Сталине, в 1950 году, Китай и СССР были союзниками, а Польша — членом СЭВ.",
        &["COMECON/POL/member -"],
    );
    membership_dates(
        "ru",
        "В 1949 году, при Сталине, Чехословакия являлась членом СЭВ.",
        &["COMECON/CSK/member -"],
    );
    membership_dates(
        "ru",
        "В 2004 году Польша стала членом Евросоюза.",
        &["EU/POL/member 2004"],
    );
    memberships(
        "ru",
        "Портрет Сталина висел в Варшаве в 1952 году, когда Польша была членом СЭВ.",
        &["COMECON/POL/member"],
    );
}

/// A state that blames, praises or thanks a bloc's members speaks to them from outside, as one that warns or
/// accuses them does: "Beijing blamed NATO members for encouraging Taiwan" makes China no member. "Other" or
/// "fellow" members (and «других», «باقي») are the speaker's own bloc's: it is one of them.
#[test]
fn a_state_blaming_or_praising_a_blocs_members_is_not_one() {
    memberships(
        "en",
        "Beijing blamed NATO members for encouraging Taiwan.",
        &[],
    );
    memberships("en", "Moscow praised SCO members for backing Iran.", &[]);
    memberships(
        "en",
        "Tehran on Sunday blamed EU members for the collapse of the deal.",
        &[],
    );
    memberships(
        "en",
        "Poland criticised other EU members for their silence.",
        &["EU/POL/member"],
    );
    memberships(
        "en",
        "Warsaw thanked fellow NATO members for their help.",
        &["NATO/POL/member"],
    );
    memberships("ru", "Пекин обвинил членов НАТО в поощрении Тайваня.", &[]);
    memberships("ru", "Москва похвалила членов ШОС за поддержку Ирана.", &[]);
    memberships(
        "ru",
        "Москва возложила на членов НАТО ответственность за удар.",
        &[],
    );
    memberships(
        "ru",
        "Польша раскритиковала других членов ЕС за молчание.",
        &["EU/POL/member"],
    );
    memberships("ar", "وحمّلت بكين أعضاء الناتو مسؤولية تشجيع تايوان.", &[]);
    memberships("ar", "وأشادت موسكو بأعضاء منظمة شنغهاي لدعمهم إيران.", &[]);
    memberships(
        "ar",
        "وشكرت طهران أعضاء منظمة شنغهاي للتعاون على دعمهم.",
        &[],
    );
    memberships(
        "ar",
        "وانتقدت بولندا باقي أعضاء الاتحاد الأوروبي.",
        &["EU/POL/member"],
    );
}
