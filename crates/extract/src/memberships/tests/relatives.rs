use super::check;
use blocwatch_text::Lang;

/// A relative clause whose antecedent is a bloc, right after it or after an apposition set off after it,
/// claims its cue's status in that bloc for the states next to the cue, with the clause's own date — also
/// where another bloc is named before it, or where the bloc stands before the cue of an inverted exit.
#[test]
fn a_relative_clause_after_a_bloc_claims_in_that_bloc() {
    check(
        Lang::En,
        "No other member of NATO or of the European Union, which Hungary joined in 2004, has done so.",
        &["EU/HUN/member 2004"],
    );
    check(
        Lang::Ru,
        "Встретились лидеры НАТО и ШОС, в которую Иран вступил в 2023 году.",
        &["SCO/IRN/member 2023"],
    );
    check(
        Lang::Ru,
        "Министры ЕС и ОПЕК, из которой Катар вышел в 2019 году, встретились в Вене.",
        &["OPEC/QAT/former 2019"],
    );
    check(
        Lang::Ar,
        "اجتمع وزراء الاتحاد الأوروبي وأوبك التي انسحبت منها قطر عام 2019.",
        &["OPEC/QAT/former 2019"],
    );
}

/// In English the preposition the verb governs may stand before the pronoun ("to which … belongs", "from
/// which … withdrew"): the verb and the preposition make the cue; a negation leaves the clause unread.
#[test]
fn a_preposition_before_the_pronoun_makes_the_cue_with_the_verb() {
    check(
        Lang::En,
        "The force of ECOWAS, the bloc to which the Gambia belongs, halted its advance.",
        &["ECOWAS/GMB/member"],
    );
    check(
        Lang::En,
        "Leaders of the EU and OPEC, from which Qatar withdrew in 2019, met in Vienna.",
        &["OPEC/QAT/former 2019"],
    );
    check(
        Lang::En,
        "Leaders met at the summit of the SCO, to which both India and Pakistan belong.",
        &["SCO/IND/member", "SCO/PAK/member"],
    );
    check(
        Lang::En,
        "Officials of the EU, to which Serbia does not belong, met on Monday.",
        &[],
    );
}

/// A preposition fronted with the Russian pronoun («в которой остаются»), or the Arabic pronoun resuming the
/// antecedent after the verb ("التي تبقى فيها"), makes the cue with the verb, as the English stranded one does;
/// the clause's states may follow a count of them set off by a bracket, a dash, a colon or a comma.
#[test]
fn a_fronted_preposition_or_a_resuming_pronoun_makes_the_cue() {
    check(
        Lang::Ru,
        "Гватемала покинула ОАГ, в которой теперь остаются три государства — Сальвадор, Гондурас и Никарагуа.",
        &["OAS/GTM/former", "OAS/SLV/member", "OAS/HND/member", "OAS/NIC/member"],
    );
    check(
        Lang::Ru,
        "Лидеры ЕС, в который входят Франция и Германия, встретились в Брюсселе.",
        &["EU/FRA/member", "EU/DEU/member"],
    );
    check(
        Lang::Ar,
        "غادرت غواتيمالا منظمة الدول الأمريكية، التي تبقى فيها ثلاث دول، هي السلفادور وهندوراس ونيكاراغوا.",
        &["OAS/GTM/former", "OAS/SLV/member", "OAS/HND/member", "OAS/NIC/member"],
    );
    check(
        Lang::En,
        "Guatemala left the OAS, in which only three states remain: El Salvador, Honduras and Nicaragua.",
        &["OAS/GTM/former", "OAS/SLV/member", "OAS/HND/member", "OAS/NIC/member"],
    );
    // A count of another size is no count of the list: the bracket ends the clause.
    check(
        Lang::Ru,
        "Гватемала покинула ОАГ, в которой остаются тридцать государств (Сальвадор, Гондурас и Никарагуа).",
        &["OAS/GTM/former"],
    );
}

/// A count in the clause of a cue stands for the list of as many states set off after its noun phrase.
#[test]
fn a_count_stands_for_the_list_set_off_after_it() {
    check(
        Lang::En,
        "Armenia signed its accession treaty with the Eurasian Economic Union next to the three founders of the union, Russia, Belarus and Kazakhstan.",
        &["EAEU/ARM/member", "EAEU/RUS/founder", "EAEU/BLR/founder", "EAEU/KAZ/founder"],
    );
    check(
        Lang::Ru,
        "Армения подписала договор о вступлении в Евразийский экономический союз рядом с тремя основателями союза, Россией, Белоруссией и Казахстаном.",
        &["EAEU/RUS/founder", "EAEU/BLR/founder", "EAEU/KAZ/founder"],
    );
    check(
        Lang::En,
        "Armenia signed its accession treaty with the Eurasian Economic Union next to the three founders of the union, Russia and Belarus.",
        &["EAEU/ARM/member"],
    );
}

/// An apposition after a bloc that opens with a word for a bloc and joins states to it by "with" names members.
#[test]
fn an_apposition_joining_states_to_the_bloc_names_members() {
    check(
        Lang::En,
        "Uzbekistan stayed away from the summit of GUUAM, the group it forms with Georgia, Ukraine, Azerbaijan and Moldova.",
        &["GUAM/GEO/member", "GUAM/UKR/member", "GUAM/AZE/member", "GUAM/MDA/member"],
    );
    check(
        Lang::En,
        "Belarus hosted the summit of the Union State, the union Russia forms with Belarus.",
        &["UNION_STATE/BLR/member", "UNION_STATE/RUS/member"],
    );
    check(
        Lang::Ru,
        "Узбекистан пропустил саммит ГУУАМ — объединения с Грузией, Украиной, Азербайджаном и Молдавией.",
        &["GUAM/GEO/member", "GUAM/UKR/member", "GUAM/AZE/member", "GUAM/MDA/member"],
    );
    check(
        Lang::En,
        "Leaders of ASEAN, the bloc with the largest trade surplus, met Japan.",
        &[],
    );
}

/// A noun of application whose relative clause has a state hand it in makes the state an applicant, dated by
/// the clause; a request the clause says is for something else ("for a Security Council meeting") is none.
#[test]
fn an_application_a_state_handed_in() {
    check(
        Lang::En,
        "BRICS has yet to rule on the application that Azerbaijan lodged in August 2024.",
        &["BRICS/AZE/applicant 2024-08"],
    );
    check(
        Lang::Ru,
        "БРИКС пока не рассмотрел заявку на вступление, которую Азербайджан подал в августе 2024 года.",
        &["BRICS/AZE/applicant 2024-08"],
    );
    check(
        Lang::En,
        "The UN is studying the request that Russia made for a Security Council meeting on Ukraine.",
        &[],
    );
}

/// The agent may follow the verb of handing in: an English participle with "by", a Russian passive participle
/// with the instrumental state, an Arabic relative clause with its verb first and the request resumed by "به".
#[test]
fn an_application_handed_in_by_a_state_named_after_its_verb() {
    check(
        Lang::En,
        "BRICS has yet to rule on the application lodged by Azerbaijan in August 2024.",
        &["BRICS/AZE/applicant 2024-08"],
    );
    check(
        Lang::Ru,
        "БРИКС пока не рассмотрел заявку на вступление, поданную Азербайджаном в августе 2024 года.",
        &["BRICS/AZE/applicant 2024-08"],
    );
    check(
        Lang::Ar,
        "عطل ديغول طلب الانضمام إلى المجموعة الاقتصادية الأوروبية الذي تقدمت به بريطانيا في مايو 1967.",
        &["EU/GBR/applicant 1967-05"],
    );
}

/// The gate before an application's relative clause reads the nouns of `application_noun` rows: each of the
/// English and Russian ones lets its sentence through, a sentence with none is left, and Arabic never is.
#[test]
fn the_application_gate_reads_the_nouns_of_the_data() {
    use crate::dates::testing;
    use crate::memberships::relatives::may_apply;
    let t = crate::memberships::tables::tables();
    let mut seen = 0;
    for noun in &t.application_nouns {
        let lang = if noun.is_ascii() {
            Lang::En
        } else if noun.chars().any(|c| ('а'..='я').contains(&c)) {
            Lang::Ru
        } else {
            continue;
        };
        let text = format!("They spoke of the {noun} on Monday.");
        assert!(may_apply(&testing::ctx(&text, lang, None)), "{noun}");
        seen += 1;
    }
    assert!(seen >= 8, "{seen} nouns");
    assert!(!may_apply(&testing::ctx(
        "They spoke on Monday.",
        Lang::En,
        None
    )));
    assert!(!may_apply(&testing::ctx(
        "تحدثوا عن الطلب يوم الاثنين.",
        Lang::Ar,
        None
    )));
}
