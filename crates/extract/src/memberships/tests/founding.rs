use super::check;
use blocwatch_text::Lang;

/// Signing an agreement that is the bloc itself founds it; an agreement the bloc only names, one that is not
/// signed, or one refused founds nothing.
#[test]
fn signing_an_agreement_that_is_the_bloc_founds_it() {
    check(
        Lang::En,
        "Chile, Peru and Vietnam signed the Comprehensive and Progressive Agreement for Trans-Pacific Partnership in Santiago.",
        &["CPTPP/CHL/founder", "CPTPP/PER/founder", "CPTPP/VNM/founder"],
    );
    check(
        Lang::En,
        "Ukraine signed the EU association agreement in Brussels.",
        &[],
    );
    check(
        Lang::En,
        "Brazil and Argentina signed the EU-Mercosur trade deal.",
        &[],
    );
    check(
        Lang::En,
        "India refused to sign the Regional Comprehensive Economic Partnership.",
        &[],
    );
    check(
        Lang::Ru,
        "Соглашение о ВРЭП подписали Китай, Япония и Австралия.",
        &["RCEP/CHN/founder", "RCEP/JPN/founder", "RCEP/AUS/founder"],
    );
    check(
        Lang::Ru,
        "Соглашение о ВРЭП вступило в силу для Китая, Японии и Австралии.",
        &[],
    );
    check(Lang::Ru, "Россия и Китай обсудили соглашение о ЕАЭС.", &[]);
}

/// Re-founding a bloc founds it («возродили его», "أعادت إحياءها"); reviving talks or an application does not.
#[test]
fn reviving_a_bloc_founds_it() {
    check(
        Lang::Ru,
        "ГУАМ возродили в 2006 году Грузия, Украина и Молдавия.",
        &[
            "GUAM/GEO/founder 2006",
            "GUAM/UKR/founder 2006",
            "GUAM/MDA/founder 2006",
        ],
    );
    check(Lang::Ru, "Франция возродила переговоры с ЕС.", &[]);
    check(
        Lang::Ar,
        "أعادت تركيا إحياء طلب الانضمام إلى الاتحاد الأوروبي.",
        &["EU/TUR/applicant"],
    );
}

/// An English participle of founding after a comma has the states that open the sentence; not when another
/// state stands between them and the participle. An official candidate (Arabic «المرشح») is an applicant.
#[test]
fn founding_told_by_a_participle_and_an_official_candidate() {
    check(
        Lang::En,
        "Kenya, Uganda and Tanzania signed a treaty in Arusha in 1999, establishing the East African Community.",
        &["EAC/KEN/founder", "EAC/UGA/founder", "EAC/TZA/founder"],
    );
    check(
        Lang::En,
        "Officials said the summit ended early, creating the impression of a rift.",
        &[],
    );
    check(
        Lang::Ar,
        "رحبت مقدونيا الشمالية، المرشح رسمياً لعضوية الاتحاد الأوروبي، بالقرار.",
        &["EU/MKD/applicant"],
    );
}

/// A word of novelty or ownership right before the bloc's own name is said of that bloc; before a
/// common noun it founds a new body.
#[test]
fn an_own_bloc_named_after_the_founding_verb() {
    check(
        Lang::Ru,
        "Россия, Белоруссия и Казахстан создали собственный Евразийский экономический союз в 2014 году.",
        &["EAEU/RUS/founder 2014", "EAEU/BLR/founder 2014", "EAEU/KAZ/founder 2014"],
    );
    check(
        Lang::Ru,
        "Мали и Нигер, вышедшие из ЭКОВАС, создали собственную конфедерацию.",
        &["ECOWAS/MLI/former", "ECOWAS/NER/former"],
    );
}
