//! Session-44 membership fixes (memberships on unseen text), each on sentences written for it (not from any
//! eval file), failing before its change. Each test is a table of `(lang, text, claims)` rows read by
//! `facts_support::membership_rows`; notation of `facts_support`.

use crate::facts_support;

use facts_support::membership_rows;

/// Every form of the verb of inviting governs the join after the invited states, and so does any invitation
/// before a run of states joined by list separators right before the join, with or without commas (the Arabic
/// list joined by و has none): an invitation gives no status (eval/README, Memberships, session 19). The same
/// run as the subject of a join is still a membership.
#[test]
fn every_invitation_before_a_run_of_states_gives_no_status() {
    membership_rows(&[
        ("en", "Leaders agreed to invite Argentina to join BRICS.", &[]),
        (
            "en",
            "The group agreed on Thursday to invite Chile, Peru, Bolivia and the United Arab Emirates to join BRICS in May.",
            &[],
        ),
        ("ru", "Лидеры решили пригласить Аргентину и Египет вступить в БРИКС.", &[]),
        (
            "ar",
            "دعت منظمة شنغهاي لاوس ونيبال وسريلانكا وكمبوديا إلى الانضمام إلى المنظمة.",
            &[],
        ),
        (
            "ar",
            "اتفقت مجموعة بريكس يوم الخميس على دعوة تشيلي وبيرو وبوليفيا وكوبا إلى الانضمام إلى المجموعة.",
            &[],
        ),
        // A state set off before a member noun by a comma is in an apposition that states a fact.
        (
            "ar",
            "ودعت فرنسا، العضو الدائم في مجلس الأمن، البلدين إلى الحوار.",
            &["UNSC/FRA/member"],
        ),
        (
            "ar",
            "انضمت تشيلي وبيرو وبوليفيا وكوبا إلى مجموعة بريكس.",
            &["BRICS/CHL/member", "BRICS/PER/member", "BRICS/BOL/member", "BRICS/CUB/member"],
        ),
        (
            "en",
            "Chile, Peru, Bolivia and Cuba joined BRICS in May.",
            &["BRICS/CHL/member", "BRICS/PER/member", "BRICS/BOL/member", "BRICS/CUB/member"],
        ),
    ]);
}

/// Every form of the candidate noun names an applicant: the plural before "for membership" ("became formal
/// candidates for membership of"), the noun before the bloc itself ("a candidate for the EAEU"), and the Russian
/// noun in any case before «в» and the bloc («кандидатом в ЕАЭС»). A candidate for an office names no status.
#[test]
fn every_form_of_the_candidate_noun_applies() {
    membership_rows(&[
        (
            "en",
            "Albania and Serbia became official candidates for membership of the European Union on Tuesday.",
            &["EU/ALB/applicant", "EU/SRB/applicant"],
        ),
        (
            "en",
            "Uzbekistan became a formal candidate for the Eurasian Economic Union in Minsk on Friday.",
            &["EAEU/UZB/applicant"],
        ),
        ("ru", "Официальным кандидатом в ЕАЭС Узбекистан стал в пятницу в Минске.", &["EAEU/UZB/applicant"]),
        ("ru", "Узбекистан стал кандидатом в Евразийский экономический союз.", &["EAEU/UZB/applicant"]),
        (
            "en",
            "Norway named its candidate for the post of NATO secretary-general on Friday.",
            &[],
        ),
    ]);
}

/// A bloc's chair held by a state names the state a member (the session-12 convention), the office named before
/// its holder: "the SCO's rotating chair is held by Kyrgyzstan", and the Arabic office noun with its pronoun
/// «التي تتولى قرغيزستان رئاستها الدورية».
#[test]
fn a_chair_held_by_a_state_makes_it_a_member() {
    membership_rows(&[
        (
            "en",
            "The SCO, whose rotating chair is held by Kyrgyzstan, met in Bishkek on Friday.",
            &["SCO/KGZ/member"],
        ),
        (
            "en",
            "The EU's presidency is held by Hungary until December.",
            &["EU/HUN/member"],
        ),
        (
            "ar",
            "اجتمعت منظمة شنغهاي للتعاون، التي تتولى قرغيزستان رئاستها الدورية، يوم الجمعة.",
            &["SCO/KGZ/member"],
        ),
    ]);
}

/// The English partner noun named with "of" after the status noun is the partner status, with or without
/// words qualifying it: "the status of a partner", "the status of enhanced-opportunity partners".
#[test]
fn the_status_of_partners_is_partner_status() {
    membership_rows(&[
        ("en", "NATO gave Austria the status of a partner.", &["NATO/AUT/partner"]),
        (
            "en",
            "NATO gave three countries (Austria, Ireland and Malta) the status of enhanced partners.",
            &["NATO/AUT/partner", "NATO/IRL/partner", "NATO/MLT/partner"],
        ),
    ]);
}

/// A path to membership opened for a state is an application under way, not the membership: "opening the way to
/// full membership", «путь к полноправному членству», «طريق العضوية الكاملة».
#[test]
fn a_path_to_membership_is_an_application() {
    membership_rows(&[
        (
            "en",
            "The agreement sets Mongolia on the path to membership of the SCO.",
            &["SCO/MNG/applicant"],
        ),
        (
            "ru",
            "Меморандум открывает Монголии путь к полноправному членству в ШОС.",
            &["SCO/MNG/applicant"],
        ),
        (
            "ar",
            "تفتح المذكرة أمام منغوليا طريق العضوية الكاملة في منظمة شنغهاي للتعاون.",
            &["SCO/MNG/applicant"],
        ),
    ]);
}
