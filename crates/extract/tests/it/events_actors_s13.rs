//! Who is source and target (session 13): constructions that name an actor, each with probes written for
//! these tests in the languages the rule claims (every probe failed before its rule).

use crate::support::check;

/// An accusation joined to an earlier act of the same doer (an -ing adjunct, a verb after "and", an
/// Arabic و-verb) that names the accused only by a pronoun or a description ("the crews", "its
/// neighbour", طاقميهما) accuses whom the earlier act was aimed at.
#[test]
fn a_joined_accusation_naming_the_accused_by_description_is_aimed_where_the_act_was() {
    check(
        "en",
        "China detained two Philippine fishing boats near the shoal, accusing the crews of illegal fishing.",
        &["COERCE CHN>PHL", "ACCUSE CHN>PHL"],
    );
    check(
        "en",
        "Algeria cut diplomatic ties with Morocco, accusing its neighbour of hostile acts.",
        &["SANCTION DZA>MAR", "ACCUSE DZA>MAR"],
    );
    check(
        "ar",
        "احتجزت الصين قاربي صيد فلبينيين واتهمت طاقميهما بالصيد غير المشروع.",
        &["COERCE CHN>PHL", "ACCUSE CHN>PHL"],
    );
}

/// A number heading the accused ("three of its members") names some of a bloc the earlier act was aimed
/// at — no event rather than the whole bloc —, while some of the people an act was aimed at keep their
/// state.
#[test]
fn a_number_heading_the_accused_names_part_of_a_group_of_states() {
    check(
        "en",
        "Venezuela rejected the decision of Mercosur and accused three of its members of staging a coup.",
        &["REJECT VEN>MERCOSUR"],
    );
    check(
        "en",
        "Mali expelled five French diplomats and accused three of them of spying.",
        &["SANCTION MLI>FRA", "ACCUSE MLI>FRA"],
    );
}

/// A Russian indeclinable name (Душанбе, Зимбабве, Катманду) has one form in every case: before the verb
/// it is the subject, not a fronted object with the subject after the verb.
#[test]
fn a_russian_indeclinable_name_before_the_verb_is_its_subject() {
    check(
        "ru",
        "Душанбе обвинил Кабул в укрывательстве боевиков.",
        &["ACCUSE TJK>AFG"],
    );
    check(
        "ru",
        "Зимбабве поблагодарило Китай за помощь.",
        &["SUPPORT ZWE>CHN"],
    );
    check(
        "ru",
        "Катманду обвинил Нью-Дели в блокаде.",
        &["ACCUSE NPL>IND"],
    );
}

/// "his country", "his government", بلاده with no person named before it is the speaker's state: the
/// first state named outside a prepositional phrase (a title's demonym, "X's minister"), not the host or
/// the state named last.
#[test]
fn his_country_after_a_speaker_named_by_title_is_the_speakers_state() {
    check(
        "en",
        "The Egyptian foreign minister said his country had held talks with Sudan.",
        &["CONSULT {EGY+SDN}"],
    );
    check(
        "en",
        "Russia's ambassador to Egypt said his country welcomed Nicaragua's decision.",
        &["SUPPORT RUS>NIC"],
    );
    check(
        "ar",
        "قال الرئيس الموريتاني إن بلاده وقعت اتفاقا مع السنغال.",
        &["AGREE {MRT+SEN}"],
    );
    check(
        "ar",
        "أكد وزير الخارجية الجزائري أن بلاده تدعم تونس.",
        &["SUPPORT DZA>TUN"],
    );
}

/// An adjunct of solidarity ("in solidarity with", «в знак солидарности с», "تضامناً مع") is the motive of
/// the act before it: those the doer stands with are not its target, and the adjunct is no act of its
/// own.
#[test]
fn an_adjunct_of_solidarity_names_no_target_and_no_act() {
    check(
        "ar",
        "قطعت الصومال علاقاتها مع إيران تضامنا مع السعودية.",
        &["SANCTION SOM>IRN"],
    );
    check(
        "ar",
        "استدعت تشاد سفيرها من الدوحة تضامنا مع السعودية والإمارات.",
        &["SANCTION TCD>QAT"],
    );
    check(
        "en",
        "Latvia expelled the Russian ambassador in solidarity with Estonia.",
        &["SANCTION LVA>RUS"],
    );
    check(
        "ru",
        "Латвия выслала российского посла в знак солидарности с Эстонией.",
        &["SANCTION LVA>RUS"],
    );
}

/// A bare "they"/«они» after a symmetric act of three or more states (a summit) stands for all its
/// parties, not the two named last.
#[test]
fn they_after_a_summit_of_three_is_all_its_parties() {
    check(
        "en",
        "The leaders of the United States, Japan and South Korea held a summit. They agreed to hold annual drills.",
        &["CONSULT {JPN+KOR+USA}", "AGREE {JPN+KOR+USA}"],
    );
    check(
        "ru",
        "Лидеры Франции, Германии и Италии провели встречу в Риме. Они договорились создать общий фонд.",
        &["CONSULT {DEU+FRA+ITA}", "AGREE {DEU+FRA+ITA}"],
    );
}
