use super::check;
use blocwatch_text::Lang;

#[test]
fn reported_changes_take_the_reports_date_held_statuses_none() {
    // eval/README, session 18 (b): the document date 2024-10-22 is a Tuesday.
    check(
        Lang::En,
        "Thailand has submitted its application to join BRICS, a government spokesman told reporters on Monday.",
        &["BRICS/THA/applicant 2024-10-21"],
    );
    check(
        Lang::Ru,
        "Вьетнам подал заявку на вступление в БРИКС, заявил в понедельник представитель МИД.",
        &["BRICS/VNM/applicant 2024-10-21"],
    );
    check(
        Lang::Ar,
        "أعلنت وزارة الخارجية الماليزية الاثنين أن ماليزيا قدمت طلباً للانضمام إلى مجموعة بريكس.",
        &["BRICS/MYS/applicant 2024-10-21"],
    );
    check(
        Lang::En,
        "Egypt, a BRICS member, said on Monday that it would raise interest rates.",
        &["BRICS/EGY/member"],
    );
    check(
        Lang::Ru,
        "Лидеры трёх стран ОДКБ — России, Армении и Белоруссии — встретились 5 мая в Минске.",
        &["CSTO/RUS/member", "CSTO/ARM/member", "CSTO/BLR/member"],
    );
}

#[test]
fn clauses_keep_their_dates() {
    check(
        Lang::En,
        "Kazakhstan, Kyrgyzstan and Tajikistan are members of the CSTO, while Azerbaijan left the organisation in 1999.",
        &["CSTO/KAZ/member", "CSTO/KGZ/member", "CSTO/TJK/member", "CSTO/AZE/former 1999"],
    );
    check(
        Lang::En,
        "In 2023, Iran joined the SCO.",
        &["SCO/IRN/member 2023"],
    );
    check(
        Lang::Ar,
        "انضمت فنلندا إلى حلف شمال الأطلسي في نيسان/أبريل 2023، فيما انضمت السويد في آذار/مارس 2024.",
        &["NATO/FIN/member 2023-04", "NATO/SWE/member 2024-03"],
    );
}

/// The year of a noun set after a word of sequence dates that other event, not the claim; a noun's
/// year with no such word (the summit it was made at) still dates it.
#[test]
fn a_noun_s_year_after_a_word_of_sequence_dates_no_claim() {
    check(
        Lang::Ru,
        "Украина вышла из СНГ после конфликта 2014 года.",
        &["CIS/UKR/former"],
    );
    check(
        Lang::Ru,
        "Египет был принят в БРИКС на саммите 2023 года.",
        &["BRICS/EGY/member 2023"],
    );
}

/// A membership held until a date before the document's (2024-10-22) ended then: `former`, as precise as the
/// until phrase; one held until a date still to come, or until the document's own year, is still held.
#[test]
fn held_until_a_past_date_is_former_from_it() {
    check(
        Lang::En,
        "Britain, a member of the European Union until 2020, signed a trade deal with Japan.",
        &["EU/GBR/former 2020"],
    );
    check(
        Lang::Ru,
        "Великобритания была членом Евросоюза до 31 января 2020 года.",
        &["EU/GBR/former 2020-01-31"],
    );
    check(
        Lang::Ar,
        "كانت بريطانيا عضواً في الاتحاد الأوروبي حتى عام 2020.",
        &["EU/GBR/former 2020"],
    );
    check(
        Lang::En,
        "Indonesia was a member of OPEC until January 2009.",
        &["OPEC/IDN/former 2009-01"],
    );
    check(
        Lang::En,
        "Malta sits on the Security Council as a member until 2025.",
        &["UNSC/MLT/member"],
    );
}

/// The imperfective «оставалась в» and the Arabic "ظلت" stay in a bloc as the other staying cues do; until a
/// past date the membership ended then.
#[test]
fn stayed_in_a_bloc_until_a_past_date() {
    check(
        Lang::Ru,
        "Венесуэла оставалась в Андском сообществе до 2006 года.",
        &["ANDEAN_COMMUNITY/VEN/former 2006"],
    );
    check(
        Lang::Ar,
        "ظلت فنزويلا في مجموعة دول الأنديز حتى عام 2006.",
        &["ANDEAN_COMMUNITY/VEN/former 2006"],
    );
}
