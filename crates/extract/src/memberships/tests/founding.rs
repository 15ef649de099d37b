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

/// The states that sign an act dissolving a bloc leave it, and those that sign the treaty that is the bloc or
/// the act setting it up found it, the bloc standing far after the verb in its clause (`signed_claims`); a
/// refused or supposed signing, one state alone, a bloc past a comma or one that goes on with a noun claim
/// nothing.
#[test]
fn signatories_found_or_dissolve_the_bloc_their_act_names() {
    check(
        Lang::En,
        "Envoys of Poland, Hungary and Bulgaria signed a short document in Sofia in March 1991 that dissolved the Warsaw Pact.",
        &[
            "WARSAW_PACT/POL/former 1991-03",
            "WARSAW_PACT/HUN/former 1991-03",
            "WARSAW_PACT/BGR/former 1991-03",
        ],
    );
    check(
        Lang::En,
        "Argentina, Brazil, Paraguay and Uruguay signed a treaty in Asuncion in March 1991 establishing Mercosur.",
        &[
            "MERCOSUR/ARG/founder 1991-03",
            "MERCOSUR/BRA/founder 1991-03",
            "MERCOSUR/PRY/founder 1991-03",
            "MERCOSUR/URY/founder 1991-03",
        ],
    );
    check(
        Lang::En,
        "Brazil and India signed a memorandum creating a BRICS research centre.",
        &[],
    );
    check(
        Lang::En,
        "Armenia and Belarus refused to sign a protocol dissolving the CSTO.",
        &[],
    );
    check(
        Lang::En,
        "Mali and Niger signed a deal in Niamey, and later the AU dissolved its mission.",
        &[],
    );
    check(
        Lang::Ru,
        "Представители Армении, Белоруссии и Киргизии подписали в Минске в мае 2030 года протокол о роспуске ОДКБ.",
        &["CSTO/ARM/former 2030-05", "CSTO/BLR/former 2030-05", "CSTO/KGZ/former 2030-05"],
    );
    check(
        Lang::Ru,
        "Армения и Азербайджан не подписали протокол о роспуске СНГ.",
        &[],
    );
    check(
        Lang::Ru,
        "Молдавия подписала в Кишинёве Договор о коллективной безопасности.",
        &[],
    );
    check(
        Lang::Ar,
        "ووقعت روسيا وبيلاروسيا وكازاخستان في مينسك عام 2030 بروتوكولاً بحل الاتحاد الاقتصادي الأوراسي.",
        &[
            "EAEU/RUS/former 2030",
            "EAEU/BLR/former 2030",
            "EAEU/KAZ/former 2030",
        ],
    );
    check(
        Lang::Ar,
        "وقعت أرمينيا وقيرغيزستان وطاجيكستان في دوشانبي عام 1992 معاهدة الأمن الجماعي.",
        &[
            "CSTO/ARM/founder 1992",
            "CSTO/KGZ/founder 1992",
            "CSTO/TJK/founder 1992",
        ],
    );
    check(
        Lang::Ar,
        "إذا وقعت روسيا وبيلاروسيا بروتوكولاً بحل الاتحاد الاقتصادي الأوراسي فسينتهي التكتل.",
        &[],
    );
}
