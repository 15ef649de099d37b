//! Session 43: the fallback target (`Coder::fallback_target`). A trigger that needs a target, whose roles
//! found its doer and no target, takes the first group of states after it in its clause that no
//! preposition or position gave a role; each exclusion below keeps a convention. Sentences written for
//! these tests.

use crate::support::check;

/// The object stands past a place, a date or a noun the roles do not read past.
#[test]
fn the_first_state_after_the_trigger_is_its_target() {
    check(
        "en",
        "Azerbaijan on Wednesday shelled Goris, Jermuk and other villages in the south of Armenia.",
        &["ASSAULT AZE>ARM"],
    );
    check(
        "en",
        "Russia banned the import into the country of Polish apples and pears.",
        &["SANCTION RUS>POL"],
    );
    check(
        "ru",
        "Азербайджан в среду обстрелял Горис, Джермук и другие сёла на юге Армении.",
        &["ASSAULT AZE>ARM"],
    );
    check(
        "ru",
        "Россия запретила ввоз в страну польских яблок и груш.",
        &["SANCTION RUS>POL"],
    );
    check(
        "ru",
        "Вашингтон ослабил ограничения против двух кубинских банков.",
        &["CONCEDE USA>CUB"],
    );
    check(
        "ar",
        "اعتقلت الشرطة الإيرانية في طهران الأحد صحفياً فرنسياً.",
        &["COERCE IRN>FRA"],
    );
    check(
        "ar",
        "رفعت روسيا القيود المفروضة على الرحلات بين موسكو والمنتجعات التركية.",
        &["CONCEDE RUS>TUR"],
    );
}

/// A state named in the charge of an accusation says what the accused did: no party.
#[test]
fn no_fallback_inside_the_charge_of_an_accusation() {
    check(
        "en",
        "Hungary criticised the ruling party for courting Kyiv.",
        &[],
    );
    check(
        "ru",
        "Москва раскритиковала правительство за передачу Киеву танков.",
        &[],
    );
    check("ar", "اتهمت موسكو الحكومة بتسليم كييف دبابات.", &[]);
}

/// A group past the start of another trigger of the clause is in that act's window.
#[test]
fn no_fallback_past_another_act() {
    check(
        "ru",
        "Сербия признала свою вину за инцидент и принесла Хорватии извинения.",
        &["CONCEDE SRB>HRV"],
    );
    // ("a zone that Norway claims": a relative clause without التي, its verb a trigger of its own.)
    check("ar", "احتجزت روسيا بحارة في منطقة تطالب بها النرويج.", &[]);
}

/// A description standing for states named before is placed by the roles, never by the fallback.
#[test]
fn no_fallback_to_a_description_of_states_named_before() {
    check(
        "en",
        "Chad and Sudan signed a border pact in 2020. Urged by Qatar, the two governments reopened the crossing in 2023.",
        &["AGREE {SDN+TCD}", "RETREAT {SDN+TCD}"],
    );
}

/// A nominalisation is an event on its own only with both sides named: the state after it, as often a
/// noun of its own, does not complete it.
#[test]
fn no_fallback_for_a_noun_trigger() {
    check(
        "ru",
        "Поводом для высылки из Вены стало убийство в венском кафе гражданина Словакии.",
        &[],
    );
    // The verb keeps its fallback.
    check(
        "ru",
        "Австрия выслала из Вены в четверг двух дипломатов Словакии.",
        &["SANCTION AUT>SVK"],
    );
}
