//! Session 46: the rescues of a trigger dropped for want of a party. A passive or a participle
//! (`Coder::passive_or_participle`) takes no target from its clause's first group or from the story
//! (`Coder::fallback_target`): the state beside it is as often its patient as its doer. Sentences written
//! for these tests.

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
