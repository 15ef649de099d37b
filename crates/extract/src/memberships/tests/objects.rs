use super::check;
use blocwatch_text::Lang;

#[test]
fn fronted_phrases_and_the_body_of_a_bloc_that_suspends() {
    // A state ending a fronted phrase is not the subject after it.
    check(
        Lang::En,
        "After years of talks with Brussels over its debts and a long dispute with Moscow, Georgia joined the WTO in 2000.",
        &["WTO/GEO/member 2000"],
    );
    check(
        Lang::En,
        "Seeking new markets after the collapse of the Soviet Union, Turkmenistan joined the Non-Aligned Movement in 1995.",
        &["NON_ALIGNED/TKM/member 1995"],
    );
    check(
        Lang::Ar,
        "بعد مفاوضات طويلة مع بروكسل وخلافات مع موسكو، انضمت جورجيا إلى منظمة التجارة العالمية عام 2000.",
        &["WTO/GEO/member 2000"],
    );
    // A list closed past its last state is still a list.
    check(
        Lang::Ru,
        "В ШОС входят Китай, Россия, Индия и страны Центральной Азии.",
        &["SCO/CHN/member", "SCO/RUS/member", "SCO/IND/member"],
    );
    // The verb of suspending may stand before the body of the bloc that acts.
    check(
        Lang::Ar,
        "علّق مجلس السلم والأمن التابع للاتحاد الأفريقي الاثنين عضوية النيجر حتى عودة الحكم الدستوري.",
        &["AU/NER/suspended 2024-10-21"],
    );
}

#[test]
fn arabic_split_phrases_russian_passives_and_companions() {
    check(
        Lang::Ar,
        "علقت أرمينيا مشاركتها في منظمة معاهدة الأمن الجماعي.",
        &["CSTO/ARM/suspended"],
    );
    check(
        Lang::Ar,
        "عادت سوريا إلى جامعة الدول العربية في مايو 2023.",
        &["ARAB_LEAGUE/SYR/member 2023-05"],
    );
    check(Lang::Ar, "عادت روسيا إلى طاولة المفاوضات مع الناتو.", &[]);
    check(
        Lang::Ar,
        "لم يحضر ممثل عن أرمينيا التي جمدت مشاركتها في منظمة معاهدة الأمن الجماعي.",
        &["CSTO/ARM/suspended"],
    );
    check(
        Lang::Ru,
        "Белоруссия была принята в ШОС на саммите в Астане в июле 2024 года.",
        &["SCO/BLR/member 2024-07"],
    );
    // "мол" (hearsay) is a whole word, not the start of "Молдавия".
    check(
        Lang::Ru,
        "Молдавия приостановила участие в органах СНГ.",
        &["CIS/MDA/suspended"],
    );
    check(
        Lang::En,
        "Uzbekistan received observer status in the EAEU in December 2020, alongside Cuba.",
        &["EAEU/UZB/observer 2020-12", "EAEU/CUB/observer 2020-12"],
    );
    check(
        Lang::En,
        "Iran, an SCO observer since 2005, became the organisation's ninth full member in July 2023.",
        &["SCO/IRN/observer 2005", "SCO/IRN/member 2023-07"],
    );
}

#[test]
fn object_verb_with_the_bloc_after_its_state() {
    // The verb's subject is no bloc: the bloc stands behind the preposition of the move.
    check(
        Lang::En,
        "Regional leaders suspended Niger from ECOWAS in July 2023 after the coup.",
        &["ECOWAS/NER/suspended 2023-07"],
    );
    check(
        Lang::En,
        "Heads of state admitted South Sudan into the East African Community in 2016.",
        &["EAC/SSD/member 2016"],
    );
    check(
        Lang::Ru,
        "Министры исключили Россию из Совета Европы в марте 2022 года.",
        &["COE/RUS/former 2022-03"],
    );
    check(
        Lang::Ru,
        "Главы государств приняли Южный Судан в Восточноафриканское сообщество в 2016 году.",
        &["EAC/SSD/member 2016"],
    );
    // The state is no object of the verb, or a noun stands between it and the preposition.
    check(
        Lang::En,
        "Poland expelled Russian diplomats from the country and urged the EU to follow.",
        &[],
    );
    check(
        Lang::En,
        "Lithuania suspended imports from Russia to the EU market last year.",
        &[],
    );
    check(
        Lang::Ru,
        "Польша выслала российских дипломатов из страны и призвала ЕС последовать её примеру.",
        &[],
    );
}

/// A bloc's body of two words as the subject of its verb ("Commonwealth foreign ministers"), and the
/// rights a bloc suspends ("suspended Venezuela's rights in the bloc").
#[test]
fn a_bloc_s_ministers_and_a_state_s_rights() {
    check(
        Lang::En,
        "Commonwealth foreign ministers suspended Fiji from the group's councils in 2009.",
        &["COMMONWEALTH/FJI/suspended 2009"],
    );
    check(
        Lang::En,
        "Mercosur suspended Paraguay's rights in the bloc in June 2012.",
        &["MERCOSUR/PRY/suspended 2012-06"],
    );
    // Two words that are no body of the bloc.
    check(
        Lang::En,
        "ASEAN diplomats quietly suspended talks with Myanmar.",
        &[],
    );
    // A possessed noun that is no membership.
    check(
        Lang::En,
        "The EU suspended Russia's visa facilitation in 2022.",
        &[],
    );
}

#[test]
fn a_verb_coordinated_after_an_object_claim_keeps_its_bloc() {
    check(
        Lang::Ru,
        "НАТО не приняло Украину, но приняло Финляндию в апреле 2023 года.",
        &["NATO/UKR/member negated", "NATO/FIN/member 2023-04"],
    );
    // Another subject after the conjunction has the verb.
    check(
        Lang::Ru,
        "ЕС принял Хорватию в 2013 году, а Сербия приняла новые законы.",
        &["EU/HRV/member 2013"],
    );
}

/// A bloc with an apposition set off by commas before its own verb is still the verb's subject ("Mercosur,
/// founded by …, suspended Venezuela"); a cue ending in the noun of membership is about the state right after
/// it, not the list nearer before it («… в 2016 году приостановил членство Венесуэлы»).
#[test]
fn a_bloc_with_its_apposition_suspends_the_state_after_it() {
    check(
        Lang::En,
        "Mercosur, founded by Argentina, Brazil, Paraguay and Uruguay in 1991, suspended Venezuela in 2016.",
        &[
            "MERCOSUR/ARG/founder 1991",
            "MERCOSUR/BRA/founder 1991",
            "MERCOSUR/PRY/founder 1991",
            "MERCOSUR/URY/founder 1991",
            "MERCOSUR/VEN/suspended 2016",
        ],
    );
    check(
        Lang::Ru,
        "Меркосур, основанный Аргентиной, Бразилией, Парагваем и Уругваем в 1991 году, в 2016 году приостановил членство Венесуэлы.",
        &[
            "MERCOSUR/ARG/founder 1991",
            "MERCOSUR/BRA/founder 1991",
            "MERCOSUR/PRY/founder 1991",
            "MERCOSUR/URY/founder 1991",
            "MERCOSUR/VEN/suspended 2016",
        ],
    );
}

/// A bloc's verb in the base form or infinitive is its act only after a verb of deciding ("decided on Sunday to
/// suspend Guinea", «решил исключить Россию»); after "threatened to" or a negation it claims nothing.
#[test]
fn a_decision_to_suspend_or_admit_is_the_act() {
    check(
        Lang::En,
        "ECOWAS leaders decided on Sunday to suspend Guinea.",
        &["ECOWAS/GIN/suspended 2024-10-20"],
    );
    check(
        Lang::En,
        "Arab foreign ministers voted in Cairo on Sunday to readmit Libya to the Arab League.",
        &["ARAB_LEAGUE/LBY/member 2024-10-20"],
    );
    check(
        Lang::Ru,
        "Совет Европы решил исключить Россию.",
        &["COE/RUS/former"],
    );
    check(Lang::En, "ECOWAS threatened to suspend Guinea.", &[]);
    check(Lang::En, "ECOWAS decided not to suspend Guinea.", &[]);
    check(Lang::En, "ECOWAS will suspend Guinea.", &[]);
}
