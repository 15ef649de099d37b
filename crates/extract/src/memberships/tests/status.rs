use super::{check, check_doc};
use blocwatch_text::Lang;

#[test]
fn joining_as_a_lesser_status() {
    check(
        Lang::Ru,
        "В октябре 2024 года к числу партнёров БРИКС присоединились Казахстан и Узбекистан.",
        &["BRICS/KAZ/partner 2024-10", "BRICS/UZB/partner 2024-10"],
    );
    check(
        Lang::Ar,
        "انضمت كازاخستان وأوزبكستان إلى بريكس كدولتين شريكتين في أكتوبر 2024.",
        &["BRICS/KAZ/partner 2024-10", "BRICS/UZB/partner 2024-10"],
    );
    check(
        Lang::En,
        "Vietnam became a BRICS partner country in June 2025, joining Belarus and Bolivia.",
        &[
            "BRICS/VNM/partner 2025-06",
            "BRICS/BLR/partner",
            "BRICS/BOL/partner",
        ],
    );
    // A full member and an observer in one sentence keep their own statuses.
    check(
        Lang::En,
        "Iran became a full member of the SCO in 2023, while Mongolia remains an SCO observer.",
        &["SCO/IRN/member 2023", "SCO/MNG/observer"],
    );
}

#[test]
fn a_summit_city_is_no_member() {
    check(
        Lang::Ar,
        "انضمت بيلاروس رسميا إلى منظمة شنغهاي للتعاون خلال قمة أستانا، لتصبح العضو العاشر في المنظمة.",
        &["SCO/BLR/member"],
    );
    check(
        Lang::En,
        "Belarus joined the SCO at the Astana summit, becoming its tenth member.",
        &["SCO/BLR/member"],
    );
}

#[test]
fn outsiders_addressing_members() {
    check(
        Lang::En,
        "Washington warned BRICS members against building a rival currency.",
        &[],
    );
    check(
        Lang::Ar,
        "حذرت واشنطن أعضاء بريكس من التخلي عن الدولار.",
        &[],
    );
    check(
        Lang::En,
        "Russia and China, both BRICS members, urged restraint.",
        &["BRICS/RUS/member", "BRICS/CHN/member"],
    );
}

#[test]
fn an_office_handed_over_goes_to_a_member_too() {
    check(
        Lang::Ru,
        "Председательство в АСЕАН перешло от Индонезии к Лаосу.",
        &["ASEAN/IDN/member", "ASEAN/LAO/member"],
    );
    check(
        Lang::Ar,
        "انتقلت رئاسة مجموعة العشرين من الهند إلى البرازيل.",
        &["G20/IND/member", "G20/BRA/member"],
    );
}

#[test]
fn the_status_an_admission_names_after_its_state() {
    check(
        Lang::En,
        "The Arab League admitted Venezuela as an observer in 2006, alongside India.",
        &[
            "ARAB_LEAGUE/VEN/observer 2006",
            "ARAB_LEAGUE/IND/observer 2006",
        ],
    );
}

#[test]
fn a_state_admitted_to_a_lesser_status_took_that_status() {
    check(
        Lang::Ru,
        "ШОС в 2012 году приняла Турцию в качестве партнёра по диалогу.",
        &["SCO/TUR/dialogue_partner 2012"],
    );
    check(
        Lang::Ru,
        "ШОС в 2017 году приняла Индию.",
        &["SCO/IND/member 2017"],
    );
}

/// A join said to take a member's seat ("as full members", "as the bloc's tenth member", «как полноправные
/// члены», "كعضوين كاملين") is no plain join: the lesser status the sentence names is the one left behind.
#[test]
fn a_join_to_a_members_seat_keeps_its_status() {
    check(
        Lang::En,
        "Observer states Iran and Belarus joined the SCO as full members.",
        &[
            "SCO/IRN/observer",
            "SCO/BLR/observer",
            "SCO/IRN/member",
            "SCO/BLR/member",
        ],
    );
    check(
        Lang::En,
        "Mongolia, an SCO observer since 2004, was admitted as the bloc's tenth member in March 2030.",
        &["SCO/MNG/observer 2004", "SCO/MNG/member 2030-03"],
    );
    check(
        Lang::En,
        "Laos joined BRICS as a partner country in March 2030.",
        &["BRICS/LAO/partner 2030-03"],
    );
    check(
        Lang::Ru,
        "Государства-наблюдатели Иран и Белоруссия вступили в ШОС как полноправные члены.",
        &[
            "SCO/IRN/observer",
            "SCO/BLR/observer",
            "SCO/IRN/member",
            "SCO/BLR/member",
        ],
    );
    check(
        Lang::Ar,
        "انضمت الدولتان المراقبتان إيران وبيلاروسيا إلى منظمة شنغهاي للتعاون كعضوين كاملين.",
        &[
            "SCO/IRN/member",
            "SCO/BLR/member",
            "SCO/IRN/observer",
            "SCO/BLR/observer",
        ],
    );
}

/// A plural lesser-status noun heading the list an admission admits gives the list that status.
#[test]
fn an_admitted_list_headed_by_a_lesser_status_noun() {
    check(
        Lang::En,
        "The SCO admitted dialogue partners Laos and Nepal in March 2030.",
        &[
            "SCO/LAO/dialogue_partner 2030-03",
            "SCO/NPL/dialogue_partner 2030-03",
        ],
    );
    check(
        Lang::En,
        "The Francophonie summit ended with the admission of three new observer states: Laos, Nepal and Chile.",
        &["FRANCOPHONIE/LAO/observer", "FRANCOPHONIE/NPL/observer", "FRANCOPHONIE/CHL/observer"],
    );
    check(
        Lang::Ru,
        "Саммит ШОС завершился приёмом новых государств-наблюдателей: Лаоса и Непала.",
        &["SCO/LAO/observer", "SCO/NPL/observer"],
    );
    check(
        Lang::En,
        "The Francophonie admitted Laos and Nepal, two observer states, as full members in March 2030.",
        &[
            "FRANCOPHONIE/LAO/member 2030-03",
            "FRANCOPHONIE/NPL/member 2030-03",
            "FRANCOPHONIE/LAO/observer",
            "FRANCOPHONIE/NPL/observer",
        ],
    );
}

/// A list set beside the members a cue names is not among them, unless a word makes it one of them.
#[test]
fn a_list_beside_the_members_is_not_among_them() {
    check(
        Lang::En,
        "Japan and Canada alongside the eleven members of ASEAN met in Jakarta.",
        &[],
    );
    check(
        Lang::En,
        "Hungary, along with other EU members, condemned the attack.",
        &["EU/HUN/member"],
    );
    check(
        Lang::Ru,
        "Китай наряду с членами ЕАЭС поддержал проект.",
        &[],
    );
    check(
        Lang::Ru,
        "Венгрия вместе с другими членами ЕС осудила нападение.",
        &["EU/HUN/member"],
    );
}

#[test]
fn an_office_handed_to_or_taken_from_a_state() {
    check(
        Lang::En,
        "Laos passed the ASEAN chairmanship to Malaysia in October.",
        &["ASEAN/LAO/member", "ASEAN/MYS/member"],
    );
    check(
        Lang::En,
        "India assumed the rotating BRICS chairmanship from Brazil.",
        &["BRICS/IND/member", "BRICS/BRA/member"],
    );
    check(
        Lang::Ar,
        "سلّمت لاوس رئاسة رابطة دول جنوب شرق آسيا إلى ماليزيا.",
        &["ASEAN/LAO/member", "ASEAN/MYS/member"],
    );
    check(
        Lang::Ru,
        "Лаос передал председательство в АСЕАН Малайзии.",
        &["ASEAN/LAO/member", "ASEAN/MYS/member"],
    );
    // A state after "to" that is no recipient of the office stays out.
    check(
        Lang::En,
        "Malaysia, which chairs ASEAN, sent envoys to Myanmar.",
        &["ASEAN/MYS/member"],
    );
}

/// A bloc whose chair a relative clause names after it («председателем которого был Вьетнам») has that state
/// for a member, undated: the office is held, not joined.
#[test]
fn the_chair_named_in_a_relative_clause_is_a_member() {
    check(
        Lang::Ru,
        "На полях форума АСЕАН, председателем которого в прошлом году была Малайзия, министры обсудили торговлю.",
        &["ASEAN/MYS/member"],
    );
    check(
        Lang::Ru,
        "Саммит ШОС, председателем которой стал Казахстан, открылся в Астане.",
        &["SCO/KAZ/member"],
    );
}

/// "several members, India, Pakistan and Iran, backed the plan", «несколько членов, Индия, Пакистан и Иран», "أيد عدة
/// أعضاء، الهند وباكستان وإيران": a vague count ("several", «несколько», "عدة": no whole number) says no size the list
/// could differ from, so the list after it is its own.
#[test]
fn a_vague_count_of_members_sets_no_list_apart() {
    let members = ["SCO/IND/member", "SCO/PAK/member", "SCO/IRN/member"];
    check(
        Lang::En,
        "At the SCO summit several members, India, Pakistan and Iran, backed the plan.",
        &members,
    );
    check(
        Lang::Ru,
        "На саммите ШОС несколько членов, Индия, Пакистан и Иран, поддержали план.",
        &members,
    );
    check(
        Lang::Ar,
        "في قمة منظمة شنغهاي للتعاون أيد عدة أعضاء، الهند وباكستان وإيران، الخطة.",
        &members,
    );
}

/// "eleven members voted for it, while China, India and Brazil abstained", «проголосовали двенадцать членов, Китай и
/// Индия воздержались», "أيد المشروع اثنا عشر عضواً وامتنعت الصين والهند": a counted member noun of another size than
/// the list after it counts other states; a list of the same size, or one opened by a word of inclusion, is its own.
#[test]
fn a_counted_member_noun_counts_other_states_than_a_list_of_another_size() {
    check(
        Lang::En,
        "Russia vetoed the Security Council draft on Friday; eleven members voted for it, while China, India and Brazil abstained.",
        &[],
    );
    check(
        Lang::Ru,
        "Россия наложила вето на проект резолюции Совбеза ООН: за него проголосовали двенадцать членов, Китай и Индия воздержались.",
        &[],
    );
    check(
        Lang::Ar,
        "استخدمت روسيا حق النقض في مجلس الأمن الدولي بعدما أيد المشروع اثنا عشر عضواً وامتنعت الصين والهند عن التصويت.",
        &[],
    );
    check(
        Lang::En,
        "BRICS has ten members, including Egypt and Ethiopia.",
        &["BRICS/EGY/member", "BRICS/ETH/member"],
    );
    check(
        Lang::Ru,
        "ШОС насчитывает десять членов, в том числе Индию и Пакистан.",
        &["SCO/IND/member", "SCO/PAK/member"],
    );
}

/// A status held in a relative clause after a bloc ("الذي يضم", "which groups") is undated: the verb of becoming
/// before the pronoun is the main clause's.
#[test]
fn a_status_held_in_a_relative_clause_is_undated() {
    check(
        Lang::Ar,
        "انضمت طاجيكستان عام 2007 إلى الاتحاد الجمركي الذي يضم بيلاروس وكازاخستان وروسيا.",
        &[
            "EACU/TJK/member 2007",
            "EACU/BLR/member",
            "EACU/KAZ/member",
            "EACU/RUS/member",
        ],
    );
}

#[test]
fn a_dated_join_after_a_lesser_status_held_since_another_date_is_the_step_up() {
    // "had been an observer there since 2015": the join of July 2024 is a membership, the observer status
    // came before it.
    check(
        Lang::En,
        "Belarus joined the SCO in July 2024 and had been an observer there since 2015.",
        &["SCO/BLR/member 2024-07", "SCO/BLR/observer 2015"],
    );
    check(
        Lang::Ru,
        "Белоруссия вступила в ШОС в июле 2024 года, а с 2015 года была там наблюдателем.",
        &["SCO/BLR/member 2024-07", "SCO/BLR/observer 2015"],
    );
}

/// An English or Russian participle clause that opens the sentence with no state of its own is about the
/// state after its comma ("Admitted on Thursday as the 36th member of the OECD, Lithuania …", «Исключённая из
/// Совета Европы …, Россия …», «Вступив в ВТО …, Россия …»).
#[test]
fn a_participle_clause_opening_the_sentence_has_the_main_subject() {
    check(
        Lang::En,
        "Admitted on Thursday as the 36th member of the OECD, Lithuania now sits beside Latvia.",
        &["OECD/LTU/member 2024-10-17"],
    );
    check(
        Lang::En,
        "Expelled from the Council of Europe in March 2022, Russia no longer sends judges to Strasbourg.",
        &["COE/RUS/former 2022-03"],
    );
    check(
        Lang::Ru,
        "Исключённая из Совета Европы в марте 2022 года, Россия больше не направляет судей в Страсбург.",
        &["COE/RUS/former 2022-03"],
    );
    check(
        Lang::Ru,
        "Вступив в ВТО в 2012 году, Россия обязалась снизить пошлины.",
        &["WTO/RUS/member 2012"],
    );
}

/// An apposition of joining set off after a state, naming no bloc, is about the sentence's one bloc ("Finland,
/// admitted in April 2023, …"); an active verb with its object after it admits the object, not the state.
#[test]
fn an_apposition_of_joining_after_a_state() {
    check(
        Lang::En,
        "Finland, admitted in April 2023, and Sweden, admitted in March 2024, took part in NATO's largest drill.",
        &["NATO/FIN/member 2023-04", "NATO/SWE/member 2024-03"],
    );
    check(
        Lang::Ru,
        "Финляндия, принятая в апреле 2023 года, и Швеция, принятая в марте 2024 года, участвуют в учениях НАТО.",
        &["NATO/FIN/member 2023-04", "NATO/SWE/member 2024-03"],
    );
    check(
        Lang::Ar,
        "تشارك فنلندا، التي انضمت في أبريل 2023، والسويد، التي انضمت في مارس 2024، في مناورات لحلف شمال الأطلسي.",
        &["NATO/FIN/member 2023-04", "NATO/SWE/member 2024-03"],
    );
    check(
        Lang::En,
        "Turkey, which admitted Sweden, hosted a NATO meeting.",
        &[],
    );
}

/// A phrase counting back to states ("All three") takes the states named last when the sentence before names
/// more and no list of that many, and stays the subject of the verbs joined after its first.
#[test]
fn a_counted_phrase_shared_by_its_verbs() {
    const SAHEL: [&str; 6] = [
        "AES/BFA/member",
        "AES/NER/member",
        "AES/MLI/member",
        "ECOWAS/BFA/former",
        "ECOWAS/NER/former",
        "ECOWAS/MLI/former",
    ];
    let mut suspended = SAHEL.to_vec();
    suspended.extend(["AU/BFA/suspended", "AU/NER/suspended", "AU/MLI/suspended"]);
    check_doc(
        Lang::En,
        "Moscow is preparing treaties with Burkina Faso and Niger, modelled on the one ratified with Mali. All three \
         belong to the Alliance of Sahel States, have left ECOWAS and remain suspended from the African Union.",
        &suspended,
    );
    check_doc(
        Lang::Ru,
        "Москва готовит договоры с Буркина-Фасо и Нигером по образцу договора с Мали. Все три страны входят в \
         Альянс государств Сахеля и вышли из ЭКОВАС.",
        &SAHEL,
    );
}

/// A relative clause or an apposition set off after a state that opens with a word of joint action ("together
/// with", «вместе с», "مع") makes the state a partner in the claim of the list after that word; a member
/// phrase with such a word after its bloc names the list as fellow members ([`super::super::subjects`]
/// `joint_subject`, `pair_companions`). A state owning a noun after "with" shares nothing.
#[test]
fn a_state_set_off_before_a_word_of_joint_action_shares_the_claim() {
    check(
        Lang::En,
        "Kazakhstan, which together with Russia and Belarus founded the Eurasian Economic Union in May 2014, \
         raised duties.",
        &["EAEU/RUS/founder 2014-05", "EAEU/BLR/founder 2014-05", "EAEU/KAZ/founder 2014-05"],
    );
    check(
        Lang::Ru,
        "Казахстан, который вместе с Россией и Белоруссией основал ЕАЭС в мае 2014 года, повысил пошлины.",
        &["EAEU/RUS/founder 2014-05", "EAEU/BLR/founder 2014-05", "EAEU/KAZ/founder 2014-05"],
    );
    check(
        Lang::Ar,
        "احتجت كازاخستان، العضو مع روسيا وبيلاروس في الاتحاد الاقتصادي الأوراسي.",
        &["EAEU/RUS/member", "EAEU/BLR/member", "EAEU/KAZ/member"],
    );
    check(
        Lang::En,
        "Kazakhstan, a member of the Eurasian Economic Union with Russia and Belarus, raised duties.",
        &["EAEU/KAZ/member", "EAEU/RUS/member", "EAEU/BLR/member"],
    );
    check(
        Lang::En,
        "Armenia joined the Eurasian Economic Union with Russia's backing in January 2015.",
        &["EAEU/ARM/member 2015-01"],
    );
}

/// A phrase of role opening the sentence ("As a member of", "بصفتها عضواً في") is about the state after its
/// comma; Russian sets no comma after a fronted phrase, so its bloc and date may stand right before the state.
#[test]
fn a_fronted_phrase_of_role_or_of_leaving_is_about_the_state_after_it() {
    check(
        Lang::En,
        "As a member of the CSTO, Armenia asked Moscow for help.",
        &["CSTO/ARM/member"],
    );
    check(
        Lang::Ar,
        "بصفتها عضواً في منظمة معاهدة الأمن الجماعي، طلبت أرمينيا المساعدة من موسكو.",
        &["CSTO/ARM/member"],
    );
    check(
        Lang::Ru,
        "После выхода из ОПЕК в январе 2019 года Катар сосредоточился на газе.",
        &["OPEC/QAT/former 2019-01"],
    );
    check(
        Lang::Ru,
        "После саммита ОПЕК в Вене Катар объявил о добыче.",
        &[],
    );
}

/// An adjective between the count and the member noun ("the two fellow members of BRICS") keeps the phrase
/// pointing back at two states; English blocs listed before a bloc that modifies the member noun ("NATO and EU
/// member Poland") share its claim.
#[test]
fn fellow_members_and_blocs_listed_before_the_member_noun() {
    check_doc(
        Lang::En,
        "Brazil and India signed a health pact on Tuesday. The two fellow members of BRICS also discussed vaccines.",
        &["BRICS/BRA/member", "BRICS/IND/member"],
    );
    check(
        Lang::En,
        "NATO and EU member Poland hosted the talks.",
        &["EU/POL/member", "NATO/POL/member"],
    );
}

/// A plain join keeps membership when another state's lesser status in the same bloc is dated in another year
/// ("…, while Hungary became an observer in 2018"); a lesser status in the same month still says how it joined.
#[test]
fn a_lesser_status_of_another_year_is_another_act() {
    check(
        Lang::En,
        "Uzbekistan joined the Organization of Turkic States in 2019, while Hungary became an observer in 2018.",
        &["OTS/UZB/member 2019", "OTS/HUN/observer 2018"],
    );
}
