//! Session-36 membership fixes, each on sentences written for it (not from any eval file), failing before its
//! change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::{membership_dates, memberships};

/// A short negation word is a whole word, not a stem that starts a name: «سوى» ("except", "سوي" once
/// normalised) started «سويسرا», «دون» started «دونالد», «ليس» started «ليسوتو», so every claim of a sentence
/// naming them was negated. The negations themselves still negate, and a refusal verb still takes endings.
#[test]
fn a_name_that_starts_like_a_negation_negates_nothing() {
    memberships(
        "ar",
        "وانضمت سويسرا إلى الأمم المتحدة بعد استفتاء شعبي.",
        &["UN/CHE/member"],
    );
    memberships(
        "ar",
        "وتبقى سويسرا عضوا في رابطة التجارة الحرة الأوروبية.",
        &["EFTA/CHE/member"],
    );
    memberships(
        "ar",
        "وقال دونالد ترامب إن بولندا عضو في حلف الناتو منذ 1999.",
        &["NATO/POL/member"],
    );
    memberships("ar", "ليسوتو عضو في الاتحاد الأفريقي.", &["AU/LSO/member"]);
    memberships(
        "ar",
        "سويسرا ليست عضوا في الاتحاد الأوروبي.",
        &["EU/CHE/member neg"],
    );
    memberships(
        "ar",
        "ولم تنضم سويسرا إلى الاتحاد الأوروبي.",
        &["EU/CHE/member neg"],
    );
    memberships(
        "ar",
        "وأعلنت النرويج رفضها الانضمام إلى الاتحاد الأوروبي.",
        &["EU/NOR/member neg"],
    );
    memberships(
        "ru",
        "Швейцария вступила в ООН после референдума.",
        &["UN/CHE/member"],
    );
    memberships(
        "ru",
        "Швейцария так и не вступила в Евросоюз.",
        &["EU/CHE/member neg"],
    );
    memberships(
        "en",
        "Donald Trump said Poland had been a NATO member since 1999.",
        &["NATO/POL/member"],
    );
}

/// GATT (1948–1994, the WTO's forerunner) is a bloc of its own, not the WTO: «ГАТТ», «الغات», its full names.
#[test]
fn gatt_is_its_own_bloc() {
    membership_dates(
        "en",
        "The Soviet Union won observer status at GATT in 1990.",
        &["GATT/SUN/observer 1990"],
    );
    membership_dates(
        "en",
        "Mexico joined the General Agreement on Tariffs and Trade in 1986.",
        &["GATT/MEX/member 1986"],
    );
    membership_dates(
        "en",
        "China joined the WTO in 2001.",
        &["WTO/CHN/member 2001"],
    );
    membership_dates(
        "ru",
        "В 1990 году СССР получил статус наблюдателя в ГАТТ.",
        &["GATT/SUN/observer 1990"],
    );
    membership_dates(
        "ru",
        "Мексика присоединилась к Генеральному соглашению по тарифам и торговле в 1986 году.",
        &["GATT/MEX/member 1986"],
    );
    membership_dates(
        "ar",
        "وحصل الاتحاد السوفيتي على صفة مراقب في الغات عام 1990.",
        &["GATT/SUN/observer 1990"],
    );
    membership_dates(
        "ar",
        "وانضمت المكسيك إلى الاتفاقية العامة للتعريفات الجمركية والتجارة عام 1986.",
        &["GATT/MEX/member 1986"],
    );
}

/// A state after a preposition and an English -ing verb is that verb's object, not the list of the cue
/// before it: "accused NATO allies of arming Kyiv" names no member.
#[test]
fn a_state_after_a_gerund_is_its_object() {
    memberships("en", "Russia accused NATO allies of arming Kyiv.", &[]);
    memberships("en", "NATO allies were accused of arming Ukraine.", &[]);
    memberships(
        "en",
        "Several EU members were criticised for funding Armenia's army.",
        &[],
    );
    memberships(
        "en",
        "NATO allies including Poland and Romania sent jets.",
        &["NATO/POL/member", "NATO/ROU/member"],
    );
}
