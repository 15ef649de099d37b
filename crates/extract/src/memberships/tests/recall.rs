use super::{check, check_doc};
use crate::memberships::recall::points_back;
use crate::memberships::tables::tables;
use blocwatch_text::{tokens, Lang};

/// The inverted Russian order with a word pointing back to the bloc of the sentence before: the word opens
/// the verb's clause, the state follows the verb.
#[test]
fn inverted_order_with_a_word_pointing_back() {
    check_doc(
        Lang::Ru,
        "ОДКБ провела учения под Минском. В 2004 году в организацию была принята Армения.",
        &["CSTO/ARM/member"],
    );
    check_doc(
        Lang::Ru,
        "Ливия обсуждала квоты ОПЕК. В прошлом году из организации вышел Эквадор.",
        &["OPEC/ECU/former"],
    );
    // The word is no bloc's when something else stands between it and the verb.
    check_doc(
        Lang::Ru,
        "ОДКБ провела учения. В организацию в ответ на запрос была направлена Армения.",
        &[],
    );
}

#[test]
fn blocs_named_in_an_earlier_sentence() {
    check_doc(
        Lang::En,
        "The Eurasian Economic Union came into being in 2015. Armenia joined on 2 January.",
        &["EAEU/ARM/member"],
    );
    check_doc(
        Lang::En,
        "The Eurasian Economic Union began work in 2015. Armenia joined in January and Kyrgyzstan followed in August.",
        &["EAEU/ARM/member", "EAEU/KGZ/member"],
    );
    check_doc(
        Lang::En,
        "Putin flew to the BRICS summit. Armenia joined the talks in Geneva.",
        &[],
    );
    check_doc(
        Lang::Ar,
        "تأسست منظمة شنغهاي للتعاون عام 2001. وفي عام 2017 انضمت الهند وباكستان إلى التكتل.",
        &["SCO/IND/member", "SCO/PAK/member"],
    );
    check_doc(
        Lang::Ru,
        "Саммит ОДКБ прошёл в Минске. Через два года Азербайджан вступил в организацию.",
        &["CSTO/AZE/member"],
    );
    // The bloc pointed back to is the first of the sentence before, not one named after it beside it,
    // nor one listed among other parties or set in an aside.
    check_doc(
        Lang::En,
        "The Eurasian Economic Union met in Minsk, a week after the CSTO summit in Astana. Armenia joined the union in 2015.",
        &["EAEU/ARM/member"],
    );
    check_doc(
        Lang::En,
        "Ministers from ten states and the European Union attended the ASEAN meeting. Laos joined the association in 1997.",
        &["ASEAN/LAO/member"],
    );
    check_doc(
        Lang::Ru,
        "Саммит ОДКБ прошёл в Минске, за неделю до саммита ЕАЭС в Астане. Армения вступила в организацию в 1992 году.",
        &["CSTO/ARM/member"],
    );
    check_doc(
        Lang::En,
        "Serbia, an OSCE member, has applied to join the European Union. Croatia joined the union in 2013.",
        &["OSCE/SRB/member", "EU/SRB/applicant", "EU/HRV/member"],
    );
    // A state named by a word for it after an Arabic copula; an office in a bloc named before.
    check_doc(
        Lang::Ar,
        "أصبحت مصر عضواً في بريكس في يناير 2024. وكانت البلاد قد تقدمت بطلب الانضمام إلى المجموعة عام 2023.",
        &["BRICS/EGY/member", "BRICS/EGY/applicant"],
    );
    check_doc(
        Lang::Ru,
        "В Минске открылся саммит ОДКБ. Казахстан, который председательствует в совете, предложил повестку.",
        &["CSTO/KAZ/member"],
    );
}

/// "whose country", «чья страна», "بلاده" after a person stand for the person's state, also in a sentence
/// naming no state by its name, and after a state named by its demonym (eval/README, session 26 (c)).
#[test]
fn the_country_of_a_person_just_named() {
    check_doc(
        Lang::En,
        "Luis Arce, whose country is a full member of Mercosur, met Xi Jinping on Monday.",
        &["MERCOSUR/BOL/member"],
    );
    // A state named after the word is not the person's.
    check_doc(
        Lang::En,
        "Luis Arce, whose country belongs to Mercosur, said Moscow backed Venezuela.",
        &["MERCOSUR/BOL/member"],
    );
    check_doc(
        Lang::Ru,
        "Луис Арсе, чья страна входит в МЕРКОСУР, встретился в понедельник с Си Цзиньпином.",
        &["MERCOSUR/BOL/member"],
    );
    check_doc(
        Lang::Ar,
        "التقى لويس آرسي، الذي تعد بلاده عضواً كاملاً في ميركوسور، شي جين بينغ يوم الاثنين.",
        &["MERCOSUR/BOL/member"],
    );
    check_doc(
        Lang::Ar,
        "أعلن الرئيس الإندونيسي انسحاب بلاده من منظمة أوبك.",
        &["OPEC/IDN/former"],
    );
    // Traps: no one named before the word, a refusal, a state named after it only.
    check_doc(
        Lang::En,
        "The president, whose country belongs to Mercosur, flew to Russia.",
        &[],
    );
    check_doc(
        Lang::En,
        "Vladimir Putin, whose country is not a member of the ICC, flew to Mongolia.",
        &[],
    );
    check_doc(
        Lang::Ru,
        "Президент, чья страна входит в ЕС, прилетел в Киев.",
        &[],
    );
}

/// An interest ended is no membership ended, and weighing a join in the future claims nothing.
#[test]
fn no_longer_interested_and_weighing_a_join() {
    check(
        Lang::En,
        "Algeria is no longer interested in joining BRICS.",
        &["BRICS/DZA/member negated"],
    );
    check(
        Lang::Ru,
        "Алжир больше не заинтересован во вступлении в БРИКС.",
        &["BRICS/DZA/member negated"],
    );
    check(
        Lang::Ar,
        "قالت الجزائر إنها لم تعد مهتمة بالانضمام إلى مجموعة بريكس.",
        &["BRICS/DZA/member negated"],
    );
    // The membership itself ended: former.
    check(
        Lang::Ar,
        "قالت الجزائر إنها لم تعد عضواً في منظمة أوبك.",
        &["OPEC/DZA/former"],
    );
    check(
        Lang::Ru,
        "Турция рассмотрит вступление в БРИКС, если ей предложат членство.",
        &[],
    );
    check(
        Lang::Ar,
        "قالت تركيا إنها ستدرس الانضمام إلى مجموعة بريكس.",
        &[],
    );
}

/// "the EU's rotating presidency": the adjective between the bloc and its office.
#[test]
fn a_rotating_office_named_after_its_bloc() {
    check(
        Lang::En,
        "Hungary holds the EU's rotating presidency.",
        &["EU/HUN/member"],
    );
    check(
        Lang::En,
        "Hungary holds the rotating presidency of the EU.",
        &["EU/HUN/member"],
    );
    // The office of a bloc's meeting, its state named after it, is no membership of the state before.
    check(
        Lang::En,
        "Russia criticised the rotating presidency of the summit.",
        &[],
    );
}

/// A phrase pointing back at two states reaches past a sentence naming none or one ("… Trade is expected
/// to double. Both countries are members"), and a number for two before a bloc's member noun points back
/// too ("the two ASEAN members", «двух стран АСЕАН», "البلدين العضوين في آسيان").
#[test]
fn two_states_pointed_back_at_from_further() {
    check_doc(
        Lang::En,
        "Qatar and Oman opened a new border crossing on Sunday. Trade is expected to double. Both \
         countries are members of the Gulf Cooperation Council.",
        &["GCC/QAT/member", "GCC/OMN/member"],
    );
    check_doc(
        Lang::Ru,
        "Катар и Оман в воскресенье открыли новый пограничный переход. Товарооборот, как ожидается, \
         удвоится. Обе страны входят в Совет сотрудничества стран Залива.",
        &["GCC/QAT/member", "GCC/OMN/member"],
    );
    check_doc(
        Lang::Ar,
        "افتتحت قطر وسلطنة عمان معبراً حدودياً جديداً يوم الأحد. ومن المتوقع أن يتضاعف حجم التبادل \
         التجاري. والبلدان عضوان مؤسسان في مجلس التعاون الخليجي.",
        &["GCC/QAT/founder", "GCC/OMN/founder"],
    );
    check_doc(
        Lang::En,
        "Malaysia summoned the Indonesian ambassador on Tuesday. Indonesia had seized a fishing boat. \
         The foreign ministers of the two ASEAN members will meet next week.",
        &["ASEAN/IDN/member", "ASEAN/MYS/member"],
    );
    check_doc(
        Lang::En,
        "Hungary and Slovakia quarrelled over a dam, the first such row between two NATO members.",
        &["NATO/HUN/member", "NATO/SVK/member"],
    );
    check_doc(
        Lang::Ru,
        "Венгрия и Словакия поссорились из-за плотины на Дунае. Спор десятилетиями разделяет двух \
         членов НАТО.",
        &["NATO/HUN/member", "NATO/SVK/member"],
    );
    check_doc(
        Lang::Ar,
        "تنازعت المجر وسلوفاكيا على سد على نهر الدانوب. وفرق الخلاف بين الدولتين العضوين في حلف شمال \
         الأطلسي لعقود.",
        &["NATO/HUN/member", "NATO/SVK/member"],
    );
    // Traps: three states before, the states named after the phrase, a noun for no member, a number
    // for something else.
    check_doc(
        Lang::En,
        "Hungary, Slovakia and Austria quarrelled over a dam. Both countries are members of NATO.",
        &[],
    );
    check_doc(
        Lang::En,
        "Poland met Lithuania on Monday. Two NATO members, Hungary and Slovakia, objected.",
        &["NATO/HUN/member", "NATO/SVK/member"],
    );
    check_doc(
        Lang::En,
        "Poland and Lithuania met on Monday. The two EU envoys left early.",
        &[],
    );
    check_doc(
        Lang::Ru,
        "Венгрия и Словакия встретились в понедельник. Они подписали два соглашения с НАТО.",
        &[],
    );
}

/// A sentence naming more than two states points a phrase for two at the two it joins by "and" ("warned
/// Latvia and Estonia … in Russia's sights. Both countries …"); "two members of the …" takes its article;
/// neighbours counted with a bloc are two of its members; an Arabic dual counts itself ("بين عضوين في",
/// "الحليفان في").
#[test]
fn two_states_joined_by_and_among_more() {
    check_doc(
        Lang::En,
        "Moscow warned Latvia and Estonia on Monday that the new radars would put them in Russia's \
         sights. Both countries are members of NATO.",
        &["NATO/LVA/member", "NATO/EST/member"],
    );
    check_doc(
        Lang::Ru,
        "Москва предупредила Латвию и Эстонию, что новые радары сделают их мишенью для России. Обе \
         страны входят в НАТО.",
        &["NATO/LVA/member", "NATO/EST/member"],
    );
    check_doc(
        Lang::Ar,
        "حذرت موسكو لاتفيا وإستونيا من أن الرادارات الجديدة ستجعلهما هدفاً لروسيا. والبلدان عضوان في \
         حلف شمال الأطلسي.",
        &["NATO/LVA/member", "NATO/EST/member"],
    );
    check_doc(
        Lang::En,
        "Kenya accused Uganda of closing the border, a dispute between two members of the East African \
         Community.",
        &["EAC/KEN/member", "EAC/UGA/member"],
    );
    check_doc(
        Lang::En,
        "Portugal thanked Spain for sending firefighters, a gesture between the two EU neighbours.",
        &["EU/PRT/member", "EU/ESP/member"],
    );
    check_doc(
        Lang::Ar,
        "اتهمت كينيا أوغندا بإغلاق الحدود، في خلاف بين عضوين في مجموعة شرق أفريقيا.",
        &["EAC/UGA/member", "EAC/KEN/member"],
    );
    check_doc(
        Lang::Ar,
        "طردت ألمانيا رئيس الاستخبارات الأمريكية، وكان الحليفان في حلف الناتو قد اختلفا من قبل.",
        &["NATO/DEU/member", "NATO/USA/member"],
    );
    // Traps: two pairs joined by "and", a pair closing a longer list.
    check_doc(
        Lang::En,
        "Russia accused Peru and Chile of dumping, and Mexico and Japan of subsidies. Both countries \
         are members of APEC.",
        &[],
    );
    check_doc(
        Lang::Ru,
        "Перу, Чили и Мексика подписали соглашение о рыболовстве. Обе страны входят в АТЭС.",
        &[],
    );
}

/// A state likened to the claimed one in an aside ("Moldova, like Russia, is a member", «Канада, как и Россия
/// член», "ومولدوفا، مثل روسيا، عضو في", "Like Russia, Belarus belongs to") holds the same claim, for every bloc
/// the cue lists; "unlike" and a likening before no cue claim nothing.
#[test]
fn a_state_likened_in_an_aside_shares_the_claim() {
    check_doc(
        Lang::En,
        "Zimbabwe and Angola, like Congo, are members of SADC.",
        &["SADC/ZWE/member", "SADC/AGO/member", "SADC/COD/member"],
    );
    check_doc(
        Lang::En,
        "Canada, like Russia a member of the Arctic Council and the Group of Eight, backed the bid.",
        &[
            "ARCTIC_COUNCIL/RUS/member",
            "ARCTIC_COUNCIL/CAN/member",
            "G8/CAN/member",
            "G8/RUS/member",
        ],
    );
    check_doc(
        Lang::En,
        "Like Russia, Belarus belongs to the CSTO.",
        &["CSTO/BLR/member", "CSTO/RUS/member"],
    );
    check_doc(
        Lang::Ru,
        "Молдавия, как и Россия, входит в СНГ.",
        &["CIS/MDA/member", "CIS/RUS/member"],
    );
    check_doc(
        Lang::Ar,
        "وكندا، مثل روسيا، عضو في مجلس القطب الشمالي.",
        &["ARCTIC_COUNCIL/CAN/member", "ARCTIC_COUNCIL/RUS/member"],
    );
    // Traps: "unlike", a likening in a clause with no cue.
    check_doc(
        Lang::En,
        "Unlike Russia, Georgia is not a member of the CSTO.",
        &["CSTO/GEO/member"],
    );
    check_doc(
        Lang::Ru,
        "Россия, как и Китай, раскритиковала НАТО, а Финляндия вступила в альянс в 2023 году.",
        &["NATO/FIN/member"],
    );
    check_doc(
        Lang::Ar,
        "انتقدت روسيا، مثل الصين، حلف الناتو، فيما انضمت فنلندا إليه عام 2023.",
        &["NATO/FIN/member"],
    );
}

/// `points_back` as it was before the anaphors were a set: each word against each listed anaphor.
fn points_back_by_list(n: &str) -> bool {
    let t = tables();
    tokens(n).any(|tk| {
        let w = &n[tk.start..tk.end];
        let bare = w.trim_start_matches(['و', 'ف', 'ب', 'ك']);
        t.anaphors.iter().any(|a| {
            a == w
                || a == bare
                || a.strip_prefix("ال")
                    .is_some_and(|rest| bare.strip_prefix("لل") == Some(rest))
        })
    })
}

#[test]
fn points_back_agrees_with_the_list_scan() {
    let t = tables();
    let mut words: Vec<String> = Vec::new();
    for a in &t.anaphors {
        let rest = a.strip_prefix("ال").unwrap_or(a);
        for w in [
            a.clone(),
            format!("و{a}"),
            format!("فب{a}"),
            format!("ك{a}"),
            format!("لل{rest}"),
            format!("ولل{rest}"),
            format!("ل{a}"),
            format!("{a}s"),
            a.chars().skip(1).collect(),
            a.chars()
                .take(a.chars().count().saturating_sub(1))
                .collect(),
        ] {
            words.push(w);
        }
    }
    words.extend(
        [
            "the",
            "ال",
            "لل",
            "و",
            "bloc",
            "блок",
            "союз",
            "التكتل",
            "للتكتل",
            "x",
        ]
        .map(String::from),
    );
    for w in &words {
        for n in [w.clone(), format!("they said {w} met"), format!("{w}, {w}")] {
            assert_eq!(points_back(&n), points_back_by_list(&n), "{n:?}");
        }
    }
    assert!(words.iter().any(|w| points_back(w)));
}

/// A state further on after the phrase for two members is another party, not the two it points back at;
/// one right after it names them there.
#[test]
fn two_members_with_another_state_further_on() {
    check_doc(
        Lang::En,
        "Poland and Hungary, the two NATO allies, disagreed on Ukraine.",
        &["NATO/POL/member", "NATO/HUN/member"],
    );
    check_doc(
        Lang::En,
        "Germany and France, the two largest EU members, criticised Hungary.",
        &["EU/DEU/member", "EU/FRA/member"],
    );
    check_doc(
        Lang::Ru,
        "Польша и Венгрия, два члена НАТО, разошлись во мнениях по Украине.",
        &["NATO/POL/member", "NATO/HUN/member"],
    );
    check_doc(
        Lang::Ar,
        "اختلفت بولندا والمجر، البلدان العضوان في حلف شمال الأطلسي، بشأن أوكرانيا.",
        &["NATO/POL/member", "NATO/HUN/member"],
    );
}

/// An application told beside a join with its year and no bloc of its own is the joining state's earlier
/// application to that bloc, in the join's sentence or the next (`earlier_application`); another state's
/// application, named in its clause or its sentence, is not.
#[test]
fn an_application_told_beside_a_join_is_the_joiners() {
    check(
        Lang::En,
        "Cape Verde became the 153rd member of the WTO in July 2008; its application had been lodged in 1999.",
        &["WTO/CPV/member 2008-07", "WTO/CPV/applicant 1999"],
    );
    check(
        Lang::Ru,
        "Кабо-Верде стало 153-м членом ВТО в июле 2008 года; заявку страна подала в 1999 году.",
        &["WTO/CPV/member 2008-07", "WTO/CPV/applicant 1999"],
    );
    check(
        Lang::Ar,
        "انضمت الرأس الأخضر إلى منظمة التجارة العالمية في يوليو 2008، بعد أن تقدمت بطلب العضوية عام 1999.",
        &["WTO/CPV/member 2008-07", "WTO/CPV/applicant 1999"],
    );
    check(
        Lang::Ar,
        "انضمت فنلندا إلى الناتو عام 2023، وتقدمت السويد بطلب الانضمام عام 2022.",
        &["NATO/FIN/member 2023", "NATO/SWE/applicant 2022"],
    );
    check_doc(
        Lang::Ru,
        "Андорра стала членом Совета Европы в пятницу. Заявку княжество подало в 1991 году.",
        &["COE/AND/member", "COE/AND/applicant"],
    );
    check_doc(
        Lang::Ru,
        "Андорра стала членом Совета Европы в пятницу. Монако, подавшее заявку в 1998 году, ещё ждёт.",
        &["COE/AND/member"],
    );
    check_doc(
        Lang::En,
        "Andorra became a member of the Council of Europe on Friday. Its application had gone in in 1991.",
        &["COE/AND/member", "COE/AND/applicant"],
    );
}

/// A member noun right after a count, with as many states set off after it, names the members of the bloc of the
/// sentence before, also where the sentence names another bloc.
#[test]
fn counted_members_set_off_are_the_bloc_before() {
    const FIVE: [&str; 5] = ["BRA", "RUS", "IND", "CHN", "ZAF"];
    let claims = |bloc: &str, status: &str| -> Vec<String> {
        FIVE.iter()
            .map(|m| format!("{bloc}/{m}/{status}"))
            .collect()
    };
    let both: Vec<String> = [claims("BRICS", "member"), claims("NDB", "founder")].concat();
    let both: Vec<&str> = both.iter().map(String::as_str).collect();
    check_doc(
        Lang::En,
        "BRICS leaders met in Xiamen. The five members — Brazil, Russia, India, China and South Africa — are the founders of the New Development Bank.",
        &both,
    );
    check_doc(
        Lang::Ru,
        "Лидеры БРИКС встретились в Сямыне. Пять членов — Бразилия, Россия, Индия, Китай и ЮАР — учредили Новый банк развития.",
        &both,
    );
    let members = claims("BRICS", "member");
    check_doc(
        Lang::Ar,
        "اجتمع قادة بريكس في شيامن. والدول الخمس الأعضاء، وهي البرازيل وروسيا والهند والصين وجنوب أفريقيا، هي التي أسست بنك التنمية الجديد.",
        &members.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    // Four members are no count of five states.
    let founders = claims("NDB", "founder");
    check_doc(
        Lang::En,
        "BRICS leaders met in Xiamen. The four members — Brazil, Russia, India, China and South Africa — are the founders of the New Development Bank.",
        &founders.iter().map(String::as_str).collect::<Vec<_>>(),
    );
}
