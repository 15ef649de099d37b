use super::check;
use blocwatch_text::Lang;

/// "whose country", "his country", "بلاده" after a state (a possessive before a person, a state after him) stand
/// for the nearest state before them, where they stand; after a demonym for the demonym's state (eval/README,
/// session 26 (c): "the Ruritanian leader, whose country belongs to the Union").
#[test]
fn the_country_of_the_one_just_named() {
    check(
        Lang::En,
        "France's president praised Viktor Orban of Hungary, whose country holds the EU presidency.",
        &["EU/HUN/member"],
    );
    check(
        Lang::En,
        "Chile's foreign minister said his country had applied to join the OECD in May 2007.",
        &["OECD/CHL/applicant 2007-05"],
    );
    check(
        Lang::Ar,
        "حضر ممثل عن الهند الاجتماع في القاهرة بصفة بلاده دولة مراقبة في جامعة الدول العربية.",
        &["ARAB_LEAGUE/IND/observer"],
    );
    check(
        Lang::En,
        "Chile's foreign minister met Jan Novak, whose party holds the EU's rotating presidency.",
        &[],
    );
    check(
        Lang::En,
        "France's president praised the Hungarian leader, whose country holds the EU presidency.",
        &["EU/HUN/member"],
    );
}

#[test]
fn the_country_after_a_state_stands_for_it() {
    check(
        Lang::Ru,
        "Президент Гватемалы объявил о выходе страны из ОАГ.",
        &["OAS/GTM/former"],
    );
    check(
        Lang::En,
        "Nicaragua's president announced the country's withdrawal from the OAS.",
        &["OAS/NIC/former"],
    );
    // «страны НАТО» are the bloc's states.
    check(
        Lang::Ru,
        "Россия вышла из договора, и страны НАТО приостановили его.",
        &[],
    );
}

/// `country_word` skips a text holding none of the parts of its words without reading it word by word: it
/// finds what the word-by-word reading finds, from every place of texts written for it (the words with and
/// without proclitics and determiners, a part inside another word, none at all).
#[test]
fn country_word_skips_only_texts_without_its_words() {
    use super::super::groups::{country_word, country_word_read};
    use blocwatch_text::normalize;
    for text in [
        "Hungary, whose country holds the presidency, said the country would join.",
        "The countryside of his country and her country.",
        "Chile said nothing about membership.",
        "Венгрия, чья страна председательствует, объявила о выходе страны из союза.",
        "Обе страны входят в союз; странами не названы, стране помогли, страну приняли.",
        "Россия вступила в организацию.",
        "أعلن الرئيس انسحاب بلاده ووبلادها، ولبلاده، وانسحاب البلاد من المنظمة.",
        "قالت مصر إنها ستنضم إلى المنظمة.",
        "",
    ] {
        let n = normalize(text);
        for from in (0..=n.len() + 1).filter(|&i| i > n.len() || n.is_char_boundary(i)) {
            assert_eq!(
                country_word(&n, from),
                country_word_read(&n, from),
                "{n:?} from {from}"
            );
        }
    }
}
