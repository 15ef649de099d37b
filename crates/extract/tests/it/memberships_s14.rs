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
