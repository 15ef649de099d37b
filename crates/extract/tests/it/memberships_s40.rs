//! Session-40 membership fixes (issue 3, item 6), each on sentences written for it (not from any eval file),
//! failing before its change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::{membership_dates, memberships};

/// The four founders of Mercosur and the five of the Eurasian Economic Community, as the tests claim them.
const MERCOSUR_FOUNDERS: &[&str] = &[
    "MERCOSUR/ARG/founder",
    "MERCOSUR/BRA/founder",
    "MERCOSUR/PRY/founder",
    "MERCOSUR/URY/founder",
];
const EURASEC_FOUNDERS: &[&str] = &[
    "EURASEC/BLR/founder",
    "EURASEC/KAZ/founder",
    "EURASEC/KGZ/founder",
    "EURASEC/RUS/founder",
    "EURASEC/TJK/founder",
];

/// A phrase pointing back at a group of three or more states ("the three", "all four", "the five countries",
/// «все три страны», «эти четыре государства», «этими пятью странами», «этой пятёркой», "الدول الثلاث", "البلدان
/// الأربعة") is read as the pair phrase is: it stands for exactly that many states named before it, in its
/// sentence or the sentences before, or for the one list of that many when more are named.
#[test]
fn a_group_phrase_points_back_at_its_count_of_states() {
    memberships(
        "en",
        "Kenya, Uganda and Tanzania revived their customs union in 1999, and a year later the three founded the \
         East African Community.",
        &["EAC/KEN/founder", "EAC/TZA/founder", "EAC/UGA/founder"],
    );
    memberships(
        "en",
        "Argentina, Brazil, Paraguay and Uruguay held talks in Asunción on Monday. All four are founding members \
         of Mercosur.",
        MERCOSUR_FOUNDERS,
    );
    memberships(
        "en",
        "Ministers of Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan met in Minsk, where the five \
         countries set up the Eurasian Economic Community.",
        EURASEC_FOUNDERS,
    );
    memberships(
        "ru",
        "Казахстан, Киргизия и Таджикистан провели совместные учения в понедельник; все три страны входят в ОДКБ.",
        &["CSTO/KAZ/member", "CSTO/KGZ/member", "CSTO/TJK/member"],
    );
    memberships(
        "ru",
        "Аргентина, Бразилия, Парагвай и Уругвай провели переговоры в Асунсьоне. Эти четыре государства основали \
         МЕРКОСУР в 1991 году.",
        MERCOSUR_FOUNDERS,
    );
    memberships(
        "ru",
        "Главы Белоруссии, Казахстана, Киргизии, России и Таджикистана встретились в Минске; созданное этими пятью \
         странами Евразийское экономическое сообщество заработало в 2001 году.",
        EURASEC_FOUNDERS,
    );
    memberships(
        "ru",
        "Лидеры Бразилии, России и Индии встретились в Уфе. Основанный этой тройкой Новый банк развития заработал.",
        &["NDB/BRA/founder", "NDB/IND/founder", "NDB/RUS/founder"],
    );
    memberships(
        "ar",
        "اجتمع وزراء خارجية كينيا وأوغندا وتنزانيا يوم الاثنين، والدول الثلاث أعضاء في مجموعة شرق أفريقيا.",
        &["EAC/KEN/member", "EAC/TZA/member", "EAC/UGA/member"],
    );
    memberships(
        "ar",
        "عقدت الأرجنتين والبرازيل وباراغواي والأوروغواي محادثات في أسونسيون، وقد أسست البلدان الأربعة السوق \
         المشتركة الجنوبية عام ١٩٩١.",
        MERCOSUR_FOUNDERS,
    );
    memberships(
        "ar",
        "اجتمع قادة بيلاروسيا وكازاخستان وروسيا في أستانا يوم الخميس، بعد عام على بدء عمل الاتحاد الاقتصادي \
         الأوراسي الذي أسسته الدول الثلاث.",
        &["EAEU/BLR/founder", "EAEU/KAZ/founder", "EAEU/RUS/founder"],
    );
    // More states than the count: the one list of that many.
    memberships(
        "en",
        "Russia, China, Iran and India held drills, while Egypt and Ethiopia observed; the four are members of \
         BRICS.",
        &["BRICS/CHN/member", "BRICS/IND/member", "BRICS/IRN/member", "BRICS/RUS/member"],
    );
    // Fewer states than the count: nothing.
    memberships(
        "en",
        "Kenya and Uganda revived their customs union in 1999, and a year later the three founded the East \
         African Community.",
        &[],
    );
    memberships(
        "ru",
        "Казахстан и Киргизия провели учения; все три страны входят в ОДКБ.",
        &[],
    );
    memberships(
        "ar",
        "اجتمع وزراء خارجية كينيا وأوغندا يوم الاثنين، والدول الثلاث أعضاء في مجموعة شرق أفريقيا.",
        &[],
    );
}

/// The pair phrase right after an Arabic cue carrying an object pronoun ("الذي أسسه البلدان") or a Russian
/// passive participle's agent in the instrumental («основанный обеими странами союз») is the cue's subject.
#[test]
fn a_pair_phrase_after_a_cue_with_an_ending_is_its_subject() {
    memberships(
        "ar",
        "اجتمع قادة البرازيل وروسيا في أوفا منذ بدء عمل بنك التنمية الجديد الذي أسسه البلدان.",
        &["NDB/BRA/founder", "NDB/RUS/founder"],
    );
    memberships(
        "ru",
        "Лидеры Бразилии и России встретились в Уфе, где заработал основанный обеими странами Новый банк развития.",
        &["NDB/BRA/founder", "NDB/RUS/founder"],
    );
}

/// A status pointing back at the one the sentence just gave ("has held that status since", "was given the same
/// status", «имеет такой статус с», «получили тот же статус», «تتمتع بهذه الصفة منذ», «على الصفة نفسها», «هذه
/// الصفة»; `same` cue rows): the states before it hold the sentence's previous claim, dated by their own clause.
#[test]
fn a_status_pointing_back_repeats_the_previous_claim() {
    membership_dates(
        "en",
        "ASEAN granted Timor-Leste observer status in 2022; Papua New Guinea has held that status since 1976.",
        &["ASEAN/TLS/observer 2022", "ASEAN/PNG/observer 1976"],
    );
    membership_dates(
        "en",
        "The Arab League admitted Eritrea as an observer in 2003, and Venezuela was given the same status in 2006.",
        &["ARAB_LEAGUE/ERI/observer 2003", "ARAB_LEAGUE/VEN/observer 2006"],
    );
    membership_dates(
        "en",
        "Iran received observer status in the SCO in 2005, and Belarus has held the same status since 2010.",
        &["SCO/IRN/observer 2005", "SCO/BLR/observer 2010"],
    );
    membership_dates(
        "ru",
        "Россия получила статус наблюдателя в ОИС в 2005 году; Таиланд имеет такой статус с 1998 года.",
        &["OIC/RUS/observer 2005", "OIC/THA/observer 1998"],
    );
    membership_dates(
        "ru",
        "Монголия стала наблюдателем в ШОС в 2004 году, а Индия и Пакистан получили тот же статус в 2005 году.",
        &["SCO/MNG/observer 2004", "SCO/IND/observer 2005", "SCO/PAK/observer 2005"],
    );
    membership_dates(
        "ru",
        "Иран получил статус наблюдателя в ШОС в 2005 году, а Белоруссия имеет такой же статус с 2010 года.",
        &["SCO/IRN/observer 2005", "SCO/BLR/observer 2010"],
    );
    membership_dates(
        "ar",
        "منحت رابطة آسيان تيمور الشرقية صفة المراقب عام ٢٠٢٢، علماً بأن بابوا غينيا الجديدة تتمتع بهذه الصفة منذ \
         عام ١٩٧٦.",
        &["ASEAN/TLS/observer 2022", "ASEAN/PNG/observer 1976"],
    );
    membership_dates(
        "ar",
        "حصلت منغوليا على صفة المراقب في منظمة شنغهاي للتعاون عام ٢٠٠٤، وحصلت الهند وباكستان على الصفة نفسها عام ٢٠٠٥.",
        &["SCO/MNG/observer 2004", "SCO/IND/observer 2005", "SCO/PAK/observer 2005"],
    );
    membership_dates(
        "ar",
        "نالت تركيا صفة شريك الحوار في منظمة شنغهاي عام ٢٠١٢، ومُنحت مصر وقطر هذه الصفة عام ٢٠٢٢.",
        &[
            "SCO/TUR/dialogue_partner 2012",
            "SCO/EGY/dialogue_partner 2022",
            "SCO/QAT/dialogue_partner 2022",
        ],
    );
    // No claim before it: nothing to repeat.
    memberships("en", "Chile says Peru does not deserve that status.", &[]);
}

/// A join told as taking a founder's place ("joined as one of SEATO's eight founding members", «вошла в НАТО в
/// качестве одного из основателей»; an `in_full_opener` or `founder_opener` right after the cue or its bloc, and
/// a `founder_noun` within six words) makes its states founders, not plain members.
#[test]
fn a_join_as_one_of_the_founders_is_a_founding() {
    memberships(
        "en",
        "Thailand left the alliance in 1977, twenty-three years after it joined as one of SEATO's eight founding \
         members.",
        &["SEATO/THA/former", "SEATO/THA/founder"],
    );
    memberships(
        "ru",
        "Норвегия в 1949 году вошла в НАТО в качестве одного из основателей альянса.",
        &["NATO/NOR/founder"],
    );
    memberships(
        "ru",
        "Исландия в 1949 году вступила в НАТО в качестве одного из двенадцати основателей блока.",
        &["NATO/ISL/founder"],
    );
    // A full member's seat is no founding.
    memberships(
        "en",
        "Ireland joined the European Union in 1973 as a full member.",
        &["EU/IRL/member"],
    );
}
