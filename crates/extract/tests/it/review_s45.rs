//! Session 45 (review): the checks that one list or one helper now decides where two or three copies did.
//! Sentences written for these tests.

use crate::facts_support::membership_rows;
use crate::support::check_rows;

/// Every English possessive owns the noun after it alike (`owner` rows, `memberships::cues::owned_at`): a
/// bloc's partners owned by "his" or "our" are fellow members, not states holding partner status, and a
/// partner noun they own names a fellow member.
#[test]
fn every_possessive_owns_a_blocs_partners() {
    membership_rows(&[
        (
            "en",
            "Orban told his EU partners that Hungary would veto the package.",
            &[],
        ),
        (
            "en",
            "Hungary, our partner in the CIS, signed the deal.",
            &["CIS/HUN/member"],
        ),
        (
            "en",
            "Norway named our candidate for the post of NATO secretary-general on Friday.",
            &[],
        ),
    ]);
}

/// "The" one word past an English reaction opens its object only before the act noun or an
/// `en_act_adjective` and the noun (`Coder::en_act_object`): "rejected outright the latest move" names the
/// act told before; "what Canadian agencies called interference in the federal election" names no act.
#[test]
fn the_act_object_after_an_adverb_takes_only_an_act_adjective() {
    check_rows(&[
        (
            "en",
            "Russia expelled two Estonian diplomats on Monday. On Tuesday Tallinn rejected outright the latest move.",
            &["SANCTION RUS>EST", "REJECT EST>RUS"],
        ),
        (
            "en",
            "Canada expelled four Russian diplomats on 3 March 2019 and closed a Russian consulate in Ottawa, in retaliation for what Canadian agencies called interference in the federal election.",
            &["SANCTION CAN>RUS", "SANCTION CAN>RUS"],
        ),
    ]);
}
