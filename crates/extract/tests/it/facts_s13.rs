//! Session-13 facts mechanisms, each on probe sentences written for it (not from any eval file), failing
//! before its change: verbs that list a bloc's members after it in their whole paradigm, nouns of leaving
//! and admission with the state between the noun and its preposition, the bloc's object verbs in their
//! other forms, asking as application, a bloc's agreements that are not the bloc, the Arabic negation of "still",
//! lists gapped after a dated claim, memberships since the bloc's founding, states after "of" after a
//! bloc's name, a membership that takes effect, and currencies named with their country's adjective.
//! Notation of `facts_support`.

use crate::facts_support;

use facts_support::{amounts, membership_dates, memberships};

#[test]
fn a_verb_listing_the_members_after_a_bloc_claims_in_every_form() {
    memberships(
        "ru",
        "Учения провела ОДКБ, включающая Россию, Белоруссию и Казахстан.",
        &["CSTO/RUS/member", "CSTO/BLR/member", "CSTO/KAZ/member"],
    );
    memberships(
        "ru",
        "Лидеры поприветствовали МЕРКОСУР, объединяющий Бразилию, Аргентину, Парагвай и Уругвай.",
        &[
            "MERCOSUR/BRA/member",
            "MERCOSUR/ARG/member",
            "MERCOSUR/PRY/member",
            "MERCOSUR/URY/member",
        ],
    );
    memberships(
        "ar",
        "أجرت منظمة شنغهاي للتعاون، التي تجمع الصين وروسيا والهند، مناورات مشتركة.",
        &["SCO/CHN/member", "SCO/RUS/member", "SCO/IND/member"],
    );
    memberships(
        "en",
        "The Quad, bringing together India, Japan, Australia and the United States, met in Delhi.",
        &[
            "QUAD/IND/member",
            "QUAD/JPN/member",
            "QUAD/AUS/member",
            "QUAD/USA/member",
        ],
    );
}

#[test]
fn a_noun_of_leaving_or_admission_may_hold_the_state_before_its_preposition() {
    membership_dates(
        "ru",
        "Выход Великобритании из Евросоюза завершился в январе 2020 года.",
        &["EU/GBR/former 2020-01"],
    );
    membership_dates(
        "en",
        "The departure of Britain from the EU was completed in January 2020.",
        &["EU/GBR/former 2020-01"],
    );
    membership_dates(
        "ru",
        "Москва назвала исключение России из Совета Европы в марте 2022 года политическим.",
        &["COE/RUS/former 2022-03"],
    );
}

#[test]
fn a_blocs_object_verbs_claim_in_their_other_forms() {
    memberships(
        "en",
        "The African Union readmits Morocco.",
        &["AU/MAR/member"],
    );
    membership_dates(
        "ru",
        "Совет Европы отстранил Россию от участия в своих органах в феврале 2022 года.",
        &["COE/RUS/suspended 2022-02"],
    );
    // "its" is the subject bloc's own: suspended from the bloc itself.
    membership_dates(
        "en",
        "ECOWAS suspended Mali's participation in all its institutions in May 2021.",
        &["ECOWAS/MLI/suspended 2021-05"],
    );
}

#[test]
fn asking_to_join_is_an_application() {
    memberships(
        "ru",
        "Таиланд выступил с просьбой о вступлении в БРИКС.",
        &["BRICS/THA/applicant"],
    );
}

#[test]
fn leaving_a_blocs_agreements_is_not_leaving_the_bloc() {
    memberships("ru", "Грузия вышла из ряда соглашений СНГ.", &[]);
    memberships("en", "Georgia pulled out of several CIS agreements.", &[]);
}

#[test]
fn the_arabic_negation_of_still_affirms() {
    memberships(
        "ar",
        "ولا تزال تركيا عضوا في حلف الناتو.",
        &["NATO/TUR/member"],
    );
}

#[test]
fn a_gapped_list_repeats_the_dated_claim_before_it_with_its_own_date() {
    membership_dates(
        "en",
        "Latvia joined NATO in 2004, Albania in 2009 and Montenegro in 2017.",
        &[
            "NATO/LVA/member 2004",
            "NATO/ALB/member 2009",
            "NATO/MNE/member 2017",
        ],
    );
    membership_dates(
        "ru",
        "Индия вступила в ШОС в 2017 году, Иран — в 2023-м.",
        &["SCO/IND/member 2017", "SCO/IRN/member 2023"],
    );
    membership_dates(
        "ar",
        "انضمت الهند إلى منظمة شنغهاي للتعاون عام 2017، وإيران عام 2023.",
        &["SCO/IND/member 2017", "SCO/IRN/member 2023"],
    );
}

#[test]
fn a_membership_since_the_blocs_founding_is_a_founders() {
    memberships(
        "en",
        "Thailand, a member of ASEAN since its founding, backed the plan.",
        &["ASEAN/THA/founder"],
    );
    memberships(
        "ru",
        "Аргентина, член МЕРКОСУР с момента его создания, поддержала сделку.",
        &["MERCOSUR/ARG/founder"],
    );
    memberships(
        "ar",
        "السعودية عضو في منظمة التعاون الإسلامي منذ تأسيسها.",
        &["OIC/SAU/founder"],
    );
}

#[test]
fn states_after_of_after_a_blocs_name_are_its_members() {
    memberships(
        "en",
        "Ministers of the IBSA group of India, Brazil and South Africa met in Pretoria.",
        &["IBSA/IND/member", "IBSA/BRA/member", "IBSA/ZAF/member"],
    );
    memberships(
        "en",
        "The AUKUS pact of Australia, Britain and the United States angered Beijing.",
        &["AUKUS/AUS/member", "AUKUS/GBR/member", "AUKUS/USA/member"],
    );
}

#[test]
fn a_membership_that_takes_effect_is_affirmed() {
    membership_dates(
        "en",
        "Finland's NATO membership became effective in April 2023.",
        &["NATO/FIN/member 2023-04"],
    );
    membership_dates(
        "en",
        "Bulgaria's EU membership formally began in January 2007.",
        &["EU/BGR/member 2007-01"],
    );
}

#[test]
fn a_currencys_country_adjective_says_which_currency() {
    amounts(
        "en",
        "Oman lent Egypt 100 million Omani rials.",
        &["loan 100000000 OMR"],
    );
    amounts(
        "ru",
        "Евросоюз выделил Украине помощь на 5 млрд гривен.",
        &["aid 5000000000 UAH"],
    );
    amounts(
        "ar",
        "قدمت الكويت للأردن قرضا بقيمة 20 مليون دينار كويتي.",
        &["loan 20000000 KWD"],
    );
}

#[test]
fn english_cues_of_freezing_and_leaving_in_their_other_forms() {
    membership_dates(
        "en",
        "Indonesia's departure from OPEC in 2016 was its second.",
        &["OPEC/IDN/former 2016"],
    );
    memberships(
        "en",
        "Kyrgyzstan freezes its membership in the CSTO.",
        &["CSTO/KGZ/suspended"],
    );
    membership_dates(
        "en",
        "Moldova announced a freeze of its participation in the CIS in 2023.",
        &["CIS/MDA/suspended 2023"],
    );
}
