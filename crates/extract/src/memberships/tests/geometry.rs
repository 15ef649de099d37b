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
