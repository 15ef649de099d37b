use super::check;
use crate::memberships::geometry::{INCLUSION_MARKERS, INCLUSION_PHRASES};
use crate::memberships::subjects::INCLUSION_OPENERS;
use blocwatch_text::{normalize, Lang};

#[test]
fn inclusion_phrases_are_written_normalised() {
    for p in INCLUSION_PHRASES
        .iter()
        .chain(&INCLUSION_MARKERS)
        .chain(&INCLUSION_OPENERS)
    {
        assert_eq!(normalize(p), *p);
    }
}

#[test]
fn second_clauses_and_relative_clauses() {
    check(
        Lang::En,
        "Finland became NATO's 31st member in April 2023 and Sweden followed in March 2024.",
        &["NATO/FIN/member 2023-04", "NATO/SWE/member 2024-03"],
    );
    check(
        Lang::Ru,
        "Финляндия вступила в НАТО в апреле 2023 года, а Швеция — в марте 2024-го.",
        &["NATO/FIN/member 2023-04", "NATO/SWE/member 2024-03"],
    );
    check(
        Lang::Ar,
        "انضمت فنلندا إلى حلف شمال الأطلسي عام 2023 ولحقت بها السويد لاحقا.",
        &["NATO/FIN/member 2023", "NATO/SWE/member"],
    );
    check(
        Lang::En,
        "Iran, which joined the SCO in 2023, is also one of the newest members of BRICS.",
        &["SCO/IRN/member 2023", "BRICS/IRN/member"],
    );
    check(
        Lang::Ru,
        "Иран, ставший членом ШОС, теперь входит в БРИКС.",
        &["SCO/IRN/member", "BRICS/IRN/member"],
    );
    // The relative clause's subject is the bloc, not the state before it.
    check(
        Lang::En,
        "Egypt joined the NDB, which BRICS founded.",
        &["NDB/EGY/member"],
    );
}

/// «ОПЕК покинул Катар», «В ШОС была принята Белоруссия»: Russian puts the bloc before the verb and the state
/// after it; a bloc inside a phrase or a state behind a noun is not that order.
#[test]
fn russian_bloc_first_state_after_the_verb() {
    check(
        Lang::Ru,
        "ОПЕК покинула Индонезия в 2016 году.",
        &["OPEC/IDN/former 2016"],
    );
    check(
        Lang::Ru,
        "В 2020 году ОПЕК покинул Эквадор.",
        &["OPEC/ECU/former 2020"],
    );
    check(
        Lang::Ru,
        "В Евразийский экономический союз была принята Киргизия.",
        &["EAEU/KGZ/member"],
    );
    check(
        Lang::Ru,
        "В БРИКС официально были приняты Иран и ОАЭ.",
        &["BRICS/IRN/member", "BRICS/ARE/member"],
    );
    // The ordinary order keeps its reading.
    check(
        Lang::Ru,
        "Кыргызстан был принят в ЕАЭС.",
        &["EAEU/KGZ/member"],
    );
    // The bloc names someone's delegation; the state is behind a noun.
    check(Lang::Ru, "Делегация ОПЕК покинула Венесуэлу.", &[]);
    check(Lang::Ru, "Саммит ОПЕК покинула делегация Ирака.", &[]);
}

/// "Poland, a NATO and EU member": a conjunction between two blocs joins the blocs and opens no clause between
/// the state and its apposition; a conjunction after a comma before a verb still does.
#[test]
fn a_conjunction_between_two_blocs_opens_no_clause() {
    check(
        Lang::En,
        "Poland, a NATO and EU member, hosted the donors' conference in Warsaw.",
        &["EU/POL/member", "NATO/POL/member"],
    );
    check(
        Lang::En,
        "Lithuania, a NATO and the EU member state, hosted the summit.",
        &["EU/LTU/member", "NATO/LTU/member"],
    );
    check(
        Lang::En,
        "Poland protested, and Hungary is an EU member.",
        &["EU/HUN/member"],
    );
}

/// Inclusion words after a counted or bare member noun ("in particular", «в частности», «например») open the
/// cue's own list, as "including" does.
#[test]
fn more_inclusion_words_open_the_cue_s_list() {
    check(
        Lang::Ru,
        "Ряд членов ОПЕК, в частности Ирак и Нигерия, в марте превысили квоты.",
        &["OPEC/IRQ/member", "OPEC/NGA/member"],
    );
    check(
        Lang::Ru,
        "Три члена ШОС, а именно Казахстан, Киргизия и Таджикистан, провели учения.",
        &["SCO/KAZ/member", "SCO/KGZ/member", "SCO/TJK/member"],
    );
    check(
        Lang::En,
        "Several members of OPEC, in particular Iraq and Nigeria, pumped above their quotas.",
        &["OPEC/IRQ/member", "OPEC/NGA/member"],
    );
}

/// A list right after an English or Russian preposition of place is where the act happened, not the cue's own
/// list: "accession talks in Luxembourg", «в Люксембурге переговоры о вступлении».
#[test]
fn a_state_after_a_preposition_of_place_is_a_venue() {
    check(
        Lang::En,
        "Moldova opened accession talks in Luxembourg on Tuesday.",
        &[],
    );
    check(
        Lang::Ru,
        "Молдавия начала в Люксембурге переговоры о вступлении в ЕС.",
        &["EU/MDA/applicant"],
    );
    // A place set off before its relative clause heads it.
    check(
        Lang::En,
        "The opposition disputed the count in Venezuela, which has applied to join BRICS.",
        &["BRICS/VEN/applicant"],
    );
}

/// A Russian participle set before its noun, its bloc right after it, qualifies the state after the bloc.
#[test]
fn a_russian_participle_before_its_noun_qualifies_the_state_after_its_bloc() {
    check(
        Lang::Ru,
        "Москва поддержала входящий в ОДКБ Таджикистан.",
        &["CSTO/TJK/member"],
    );
    check(
        Lang::Ru,
        "Китай осудил вступившую в НАТО Финляндию.",
        &["NATO/FIN/member"],
    );
}

/// A state likened to the claimed one right after the cue or its bloc, or after a relative pronoun, holds the
/// same claim.
#[test]
fn likened_states_beside_the_cue_or_its_bloc() {
    check(
        Lang::En,
        "Romania, a member of the Warsaw Pact like the Soviet Union, kept its embassy open.",
        &["WARSAW_PACT/ROU/member", "WARSAW_PACT/SUN/member"],
    );
    check(
        Lang::En,
        "Romania, like the Soviet Union a member of the Warsaw Pact, kept its embassy open.",
        &["WARSAW_PACT/SUN/member", "WARSAW_PACT/ROU/member"],
    );
    // A plural member noun before "like" names its own members.
    check(
        Lang::En,
        "NATO members like Turkey objected to the plan.",
        &["NATO/TUR/member"],
    );
    check(
        Lang::En,
        "Rwanda, which like Congo belongs to the EAC, denies it.",
        &["EAC/COD/member", "EAC/RWA/member"],
    );
    check(
        Lang::Ar,
        "وتنفي رواندا، العضو مثل الكونغو في مجموعة شرق أفريقيا، ذلك.",
        &["EAC/RWA/member", "EAC/COD/member"],
    );
    check(
        Lang::Ar,
        "وأبقت رومانيا، العضو في حلف وارسو شأنها شأن الاتحاد السوفيتي، سفارتها مفتوحة.",
        &["WARSAW_PACT/ROU/member", "WARSAW_PACT/SUN/member"],
    );
}
