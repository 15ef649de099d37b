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
