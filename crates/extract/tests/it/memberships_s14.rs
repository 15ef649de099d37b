//! Session-14 membership mechanisms, each on probe sentences written for it (not from any eval file), failing
//! before its change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::membership_dates;

/// A membership cannot be coded for a bloc the lexicon does not know: the regional blocs of Africa, the
/// Americas and Europe (SADC, IGAD, the EAC, the OAS, the Arab Maghreb Union …) are named in all three
/// languages, with their acronyms, Arabic clitics and Russian cases.
#[test]
fn regional_blocs_are_named_in_three_languages() {
    membership_dates(
        "en",
        "Madagascar was suspended from SADC in 2009 after a coup.",
        &["SADC/MDG/suspended 2009"],
    );
    membership_dates(
        "ar",
        "انضمت الصومال إلى مجموعة شرق أفريقيا في مارس 2024.",
        &["EAC/SOM/member 2024-03"],
    );
    membership_dates(
        "ru",
        "Никарагуа объявила о выходе из Организации американских государств в ноябре 2021 года.",
        &["OAS/NIC/former 2021-11"],
    );
    membership_dates(
        "ru",
        "Эритрея вернулась в ИГАД в июне 2023 года.",
        &["IGAD/ERI/member 2023-06"],
    );
}

/// "علقت BLOC عضوية STATE": the bloc's verb of suspending reaches the state's membership noun across a
/// bracketed acronym that repeats the bloc's name and across a date opened by «يوم».
#[test]
fn an_arabic_bloc_suspends_across_its_bracketed_acronym_and_a_dated_day() {
    membership_dates(
        "ar",
        "علقت السوق المشتركة الجنوبية (ميركوسور) عضوية فنزويلا في ديسمبر 2016.",
        &["MERCOSUR/VEN/suspended 2016-12"],
    );
    membership_dates(
        "ar",
        "علّق الاتحاد الأفريقي يوم 25 فبراير 2005 مشاركة توغو في أنشطته.",
        &["AU/TGO/suspended 2005-02-25"],
    );
}

/// "the 54th state of the African Union": after an ordinal, the word for a state reaches its bloc across
/// "of the".
#[test]
fn an_ordinal_state_of_a_bloc_is_a_member() {
    membership_dates(
        "en",
        "South Sudan became the 54th state of the African Union in 2011.",
        &["AU/SSD/member 2011"],
    );
}

/// «попросил принять его в БРИКС»: asking to be admitted, the asker a pronoun object, is an application.
#[test]
fn asking_to_be_admitted_with_a_pronoun_is_an_application() {
    membership_dates(
        "ru",
        "Алжир попросил принять его в БРИКС в ноябре 2022 года.",
        &["BRICS/DZA/applicant 2022-11"],
    );
}

/// A Russian founding founds what its words name: «о создании рабочей группы ШОС» a body of the bloc,
/// «договор о дружбе» a treaty — not the bloc; «договор о создании ЕАЭС» still founds the union.
#[test]
fn a_russian_founding_of_something_else_founds_no_bloc() {
    membership_dates(
        "ru",
        "Глава МИД России объявил о создании рабочей группы ШОС по Афганистану.",
        &[],
    );
    membership_dates(
        "ru",
        "Украина, покинувшая СНГ в 2018 году, разорвала договор о дружбе с Россией.",
        &["CIS/UKR/former 2018"],
    );
    membership_dates(
        "ru",
        "Россия, Белоруссия и Казахстан подписали договор о создании Евразийского экономического союза в 2014 году.",
        &["EAEU/RUS/founder 2014", "EAEU/BLR/founder 2014", "EAEU/KAZ/founder 2014"],
    );
}

/// "was formed … by", "formed by": passive founding names its founders after "by".
#[test]
fn passive_forming_names_the_founders() {
    membership_dates(
        "en",
        "The GCC was formed in 1981 by Saudi Arabia, Kuwait and Oman.",
        &[
            "GCC/SAU/founder 1981",
            "GCC/KWT/founder 1981",
            "GCC/OMN/founder 1981",
        ],
    );
}

/// "تأسس مجلس التعاون الخليجي في مايو 1981 بعضوية السعودية…": the list a founding names after its bloc
/// ("بعضوية", «в составе») holds its founders, and a founder is not claimed a second time as a member.
#[test]
fn a_foundings_list_after_its_bloc_names_founders() {
    membership_dates(
        "ar",
        "تأسس مجلس التعاون الخليجي في مايو 1981 بعضوية السعودية والكويت وعُمان.",
        &[
            "GCC/SAU/founder 1981-05",
            "GCC/KWT/founder 1981-05",
            "GCC/OMN/founder 1981-05",
        ],
    );
    membership_dates(
        "ar",
        "تأسست رابطة آسيان عام 1967 بعضوية إندونيسيا وماليزيا.",
        &["ASEAN/IDN/founder 1967", "ASEAN/MYS/founder 1967"],
    );
}
