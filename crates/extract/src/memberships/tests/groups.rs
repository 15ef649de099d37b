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

/// «страна которого» is «чья страна»; "بلده", "بلدها" are "بلاده", "بلادها": the country of the one just named.
#[test]
fn the_country_of_the_one_just_named_in_other_words() {
    check(
        Lang::Ru,
        "Александр Лукашенко, страна которого входит в ОДКБ, прилетел в Москву.",
        &["CSTO/BLR/member"],
    );
    check(
        Lang::Ar,
        "اختار الرئيس البيلاروسي ألكسندر لوكاشينكو، العضو بلده في منظمة معاهدة الأمن الجماعي، موسكو لأول زيارة له.",
        &["CSTO/BLR/member"],
    );
    // "تحالف ألبا": the word for alliance makes the acronym, alone also a given name, the bloc.
    check(
        Lang::Ar,
        "استقبل مدفيديف رئيس نيكاراغوا دانيال أورتيغا، العضو بلده في تحالف ألبا.",
        &["ALBA/NIC/member"],
    );
}

/// "X met Y and said his country …", "وقال إن بلاده", «и заявил, что его страна»: a verb of saying joined to the
/// first clause has that clause's subject, so "his country" is the country of the one named first; without the
/// conjunction ("Y, who said his country") it stays the one named last.
#[test]
fn a_coordinated_verb_of_saying_keeps_the_first_subject() {
    check(
        Lang::En,
        "Kenyan President William Ruto met Sergei Lavrov in Nairobi and said his country, which chairs the East African Community, wanted peace.",
        &["EAC/KEN/member"],
    );
    check(
        Lang::Ar,
        "استقبل الرئيس الكيني وليام روتو وزير الخارجية الروسي سيرغي لافروف في نيروبي، وقال إن بلاده عضو في جماعة شرق أفريقيا.",
        &["EAC/KEN/member"],
    );
    check(
        Lang::Ru,
        "Президент Кении Уильям Руто принял Сергея Лаврова в Найроби и заявил, что его страна входит в Восточноафриканское сообщество.",
        &["EAC/KEN/member"],
    );
    check(
        Lang::En,
        "Sergei Lavrov met Kenyan President William Ruto, who said his country chairs the East African Community.",
        &["EAC/KEN/member"],
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
        "Додон, страна которого входит в СНГ, и страна, которой правят.",
        "أورتيغا، العضو بلده في ألبا، ولبلدها وبلدان أخرى.",
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
