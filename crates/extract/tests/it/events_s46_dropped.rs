//! Session 46: the rescues of a trigger dropped for want of a party. A passive or a participle
//! (`Coder::passive_or_participle`) takes no target from its clause's first group or from the story
//! (`Coder::fallback_target`): the state beside it is as often its patient as its doer. A verb with no
//! doer whose subject is a bare body of a state («МИД», "the ministry") is that state's
//! (`Coder::state_body_doer`). Sentences written for these tests.

use crate::support::check_rows;

/// A passive told after an act of the story is not its patient acting on the story's other side.
#[test]
fn a_passive_takes_no_target_from_the_story() {
    check_rows(&[
        (
            "en",
            "Russia accused Ukraine of shelling the town on Monday. Three Russian soldiers were killed on Tuesday.",
            &["ACCUSE RUS>UKR"],
        ),
        (
            "en",
            "Russia accused Ukraine of shelling the town on Monday. Three Russian soldiers have been killed since then.",
            &["ACCUSE RUS>UKR"],
        ),
        (
            "ru",
            "Россия обвинила Украину в обстреле города. Во вторник российский самолёт был сбит над морем.",
            &["ACCUSE RUS>UKR"],
        ),
        (
            "ar",
            "اتهمت روسيا أوكرانيا بقصف المدينة يوم الاثنين. وقُتل الجنود الروس يوم الثلاثاء.",
            &["ACCUSE RUS>UKR"],
        ),
    ]);
}

/// The same acts told in the active voice keep their rescue: the doer named before the verb acts on the
/// other side of the story's latest event.
#[test]
fn an_active_verb_keeps_its_target_from_the_story() {
    check_rows(&[
        (
            "en",
            "Russia detained a Canadian diplomat on Monday. On Tuesday Russia expelled him.",
            &["COERCE RUS>CAN", "SANCTION RUS>CAN"],
        ),
        (
            "ru",
            "Россия задержала канадского дипломата в понедельник. Во вторник Россия выслала его.",
            &["COERCE RUS>CAN", "SANCTION RUS>CAN"],
        ),
    ]);
}

/// A body of a state named by a bare word as the subject of an act ("the ministry", «МИД»,
/// «правительство», الوزارة) is the state the story led with (`Coder::state_body_doer`).
#[test]
fn a_bare_state_body_subject_is_the_state_the_story_led_with() {
    check_rows(&[
        (
            "en",
            "Washington expelled two Russian diplomats on Monday. The State Department summoned the Russian ambassador the same day.",
            &["SANCTION USA>RUS", "PROTEST USA>RUS"],
        ),
        (
            "ru",
            "Канада обвинила Россию в шпионаже. В тот же день министерство вызвало посла России.",
            &["ACCUSE CAN>RUS", "PROTEST CAN>RUS"],
        ),
        (
            "ru",
            "Непал выразил протест России из-за вербовки своих граждан. Правительство также потребовало от Москвы вернуть завербованных на родину.",
            &["PROTEST NPL>RUS", "REQUEST NPL>RUS"],
        ),
        (
            "ar",
            "اتهمت كندا روسيا يوم الاثنين بالتجسس على قواعدها في القطب الشمالي. واستدعت الوزارة يوم الثلاثاء السفير الروسي.",
            &["ACCUSE CAN>RUS", "PROTEST CAN>RUS"],
        ),
    ]);
}

/// No doer from the story when the state it led with is the act's own target, when the body word
/// follows a preposition (a place, not the subject) or a possessive (another's body), or when the verb
/// is a passive.
#[test]
fn no_state_body_doer_for_the_target_a_place_or_a_passive() {
    check_rows(&[
        (
            "en",
            // (A person the lexicon lacks: session 51 added Pakalitha Mosisili, who stood here first, and
            // his government's request is then Lesotho's.)
            "Lesotho accused South Africa of meddling. Molapo, whose government had asked Pretoria for troops, resigned.",
            &["ACCUSE LSO>ZAF"],
        ),
        (
            "ru",
            "Россия выслала двух канадских дипломатов. В тот же день министерство вызвало посла России.",
            &["SANCTION RUS>CAN"],
        ),
        (
            "ar",
            "طردت روسيا دبلوماسيين كنديين اثنين يوم الاثنين. واستدعت الوزارة يوم الثلاثاء السفير الروسي.",
            &["SANCTION RUS>CAN"],
        ),
        (
            "ru",
            "Канада обвинила Россию в шпионаже. В тот же день посла России вызвали в министерство и вручили ему ноту.",
            &["ACCUSE CAN>RUS"],
        ),
        (
            "en",
            "Washington expelled two Russian diplomats on Monday. The Russian ambassador to the State Department was summoned the same day.",
            &["SANCTION USA>RUS"],
        ),
    ]);
}
