use super::{check, check_doc};
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

#[test]
fn series_of_predicates_and_case_forms_of_plural_anaphors() {
    // A middle predicate set off by a comma alone shares the subject of the series.
    check(
        Lang::En,
        "Armenia has frozen its participation in the CSTO, remains a member of the EAEU and is a dialogue partner of the SCO.",
        &["CSTO/ARM/suspended", "EAEU/ARM/member", "SCO/ARM/dialogue_partner"],
    );
    // Arabic: the "و" stands on the particle before the verb of the last predicate.
    check(
        Lang::Ar,
        "تنتمي أوزبكستان إلى منظمة شنغهاي للتعاون، وانسحبت من منظمة معاهدة الأمن الجماعي، وما زالت دولة مراقبة في الاتحاد الاقتصادي الأوراسي.",
        &["SCO/UZB/member", "CSTO/UZB/former", "EAEU/UZB/observer"],
    );
    // The genitive of a Russian count phrase and English "these two countries" point back at the states
    // named before them.
    check_doc(
        Lang::Ru,
        "Министры Мали, Буркина-Фасо и Нигера встретились в Ниамее. Членство всех трёх стран в Африканском союзе приостановлено.",
        &["AU/MLI/suspended", "AU/BFA/suspended", "AU/NER/suspended"],
    );
    check_doc(
        Lang::En,
        "Ghana and Senegal urged the juntas to reconsider; these two countries belong to ECOWAS.",
        &["ECOWAS/GHA/member", "ECOWAS/SEN/member"],
    );
    check_doc(
        Lang::En,
        "Kenya, Tanzania and Uganda opened a border post. The trio founded the East African Community.",
        &["EAC/KEN/founder", "EAC/TZA/founder", "EAC/UGA/founder"],
    );
}

#[test]
fn a_plural_anaphor_is_the_subject_of_the_verb_whose_object_the_cue_is() {
    // "announced their withdrawal from": the phrase stands beyond the four words before the cue.
    check_doc(
        Lang::En,
        "Mali, Burkina Faso and Niger signed a charter in 2023. On Sunday the three military governments announced their immediate withdrawal from ECOWAS.",
        &["ECOWAS/MLI/former", "ECOWAS/BFA/former", "ECOWAS/NER/former"],
    );
    check_doc(
        Lang::Ru,
        "Мали, Буркина-Фасо и Нигер подписали хартию в 2023 году. В воскресенье все три государства официально объявили о выходе из ЭКОВАС.",
        &["ECOWAS/MLI/former", "ECOWAS/BFA/former", "ECOWAS/NER/former"],
    );
    // A state between the phrase and the cue is the cue's own subject.
    check_doc(
        Lang::En,
        "Mali, Burkina Faso and Niger met in Bamako. The three military governments said Togo announced its withdrawal from ECOWAS.",
        &["ECOWAS/TGO/former"],
    );
}

/// A government named by its head acts as the head's state: "Ilham Aliyev's government", «правительство
/// Ильхама Алиева», "حكومة إلهام علييف".
#[test]
fn a_government_named_by_its_head_is_its_state() {
    check(
        Lang::En,
        "Ilham Aliyev's government filed an application to join BRICS in August 2024.",
        &["BRICS/AZE/applicant 2024-08"],
    );
    check(
        Lang::Ru,
        "Правительство Ильхама Алиева подало заявку на вступление в БРИКС в августе 2024 года.",
        &["BRICS/AZE/applicant 2024-08"],
    );
    check(
        Lang::Ar,
        "قدمت حكومة إلهام علييف طلباً للانضمام إلى بريكس في أغسطس 2024.",
        &["BRICS/AZE/applicant 2024-08"],
    );
}

/// "alongside" and «наряду с» join a list as "together with" and «вместе с» do: the state before them shares the
/// verb of the states after them.
#[test]
fn alongside_joins_a_list() {
    check(
        Lang::Ru,
        "Уругвай наряду с Аргентиной, Бразилией и Парагваем основал МЕРКОСУР в 1991 году.",
        &[
            "MERCOSUR/URY/founder 1991",
            "MERCOSUR/ARG/founder 1991",
            "MERCOSUR/BRA/founder 1991",
            "MERCOSUR/PRY/founder 1991",
        ],
    );
    check(
        Lang::En,
        "Kazakhstan alongside Russia and Belarus founded the EAEU in 2014.",
        &[
            "EAEU/KAZ/founder 2014",
            "EAEU/RUS/founder 2014",
            "EAEU/BLR/founder 2014",
        ],
    );
}

/// A person with a known state who holds a bloc's chair, set off by a comma right before the office cue (or right
/// after a cue whose holder follows it), stands for his state: the state is the member (eval/README, session 12).
#[test]
fn a_person_holding_a_blocs_chair_claims_for_his_state() {
    check(
        Lang::En,
        "Cyril Ramaphosa, the current chairman of the African Union, flew to Moscow.",
        &["AU/ZAF/member"],
    );
    check(
        Lang::En,
        "Cyril Ramaphosa, who chairs the African Union, flew to Moscow.",
        &["AU/ZAF/member"],
    );
    check(
        Lang::Ru,
        "Сирил Рамафоса, нынешний председатель Африканского союза, прилетел в Москву.",
        &["AU/ZAF/member"],
    );
    check(
        Lang::Ru,
        "Сирил Рамафоса, председательствующий в Африканском союзе, прилетел в Москву.",
        &["AU/ZAF/member"],
    );
    check(
        Lang::Ar,
        "وصل سيريل رامافوزا، الرئيس الحالي للاتحاد الأفريقي، إلى موسكو.",
        &["AU/ZAF/member"],
    );
    check(
        Lang::Ar,
        "وصل سيريل رامافوزا، الذي يرأس الاتحاد الأفريقي، إلى موسكو.",
        &["AU/ZAF/member"],
    );
    // A clause of his own between the person and the office: he is not its holder.
    check(
        Lang::En,
        "Cyril Ramaphosa, who spoke after the chairman of the African Union, flew to Moscow.",
        &[],
    );
}
