//! Session-43 membership fixes (memberships on unseen text), each on sentences written for it (not from any
//! eval file), failing before its change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::{membership_rows, memberships};

/// Every form of a lexeme of seeking, hoping, aspiring, asking or pursuing before a membership word makes
/// the state an applicant, not a member: "decided to seek full membership", «решила стремиться к
/// членству», "قررت السعي إلى العضوية الكاملة".
#[test]
fn every_form_of_a_wish_for_membership_applies() {
    membership_rows(&[
        (
            "en",
            "Poland decided on Monday to seek full membership of NATO.",
            &["NATO/POL/applicant"],
        ),
        (
            "en",
            "Poland is hoping to join NATO.",
            &["NATO/POL/applicant"],
        ),
        (
            "en",
            "Poland aspired to full membership of NATO for years.",
            &["NATO/POL/applicant"],
        ),
        (
            "en",
            "Poland asks for membership of NATO.",
            &["NATO/POL/applicant"],
        ),
        (
            "en",
            "Poland resolved on Tuesday to pursue membership of NATO.",
            &["NATO/POL/applicant"],
        ),
        (
            "en",
            "Poland is striving for full membership of NATO.",
            &["NATO/POL/applicant"],
        ),
        (
            "ru",
            "Польша решила стремиться к членству в НАТО.",
            &["NATO/POL/applicant"],
        ),
        (
            "ru",
            "Польша давно стремилась к полноправному членству в НАТО.",
            &["NATO/POL/applicant"],
        ),
        (
            "ru",
            "Польша претендует на полноправное членство в НАТО.",
            &["NATO/POL/applicant"],
        ),
        (
            "ru",
            "Китай поддерживает стремление Польши стать членом НАТО.",
            &["NATO/POL/applicant"],
        ),
        (
            "ar",
            "قررت حكومة بولندا يوم الاثنين السعي إلى العضوية الكاملة في حلف شمال الأطلسي.",
            &["NATO/POL/applicant"],
        ),
        (
            "ar",
            "سعى المغرب إلى عضوية الاتحاد الأوروبي.",
            &["EU/MAR/applicant"],
        ),
        (
            "ar",
            "تتطلع بولندا إلى الانضمام إلى حلف شمال الأطلسي.",
            &["NATO/POL/applicant"],
        ),
    ]);
    // A membership held is still held: the wish words are no status of their own.
    memberships(
        "en",
        "Poland, a member of NATO, hopes for calm.",
        &["NATO/POL/member"],
    );
    // A conjunction opens another act: the wish before it governs its own verb.
    memberships(
        "en",
        "Poland hoped for calm after joining NATO in 1999.",
        &["NATO/POL/member"],
    );
}

/// The English article of a state's name in a list set off after a members noun is the name's own: the
/// list is the apposition's ("SEATO's members, the United States, Britain and France, met").
#[test]
fn an_article_opens_an_apposed_list_of_members() {
    memberships(
        "en",
        "SEATO's members, the United States, Britain and France, met in Bangkok.",
        &["SEATO/FRA/member", "SEATO/GBR/member", "SEATO/USA/member"],
    );
    memberships(
        "en",
        "The three SEATO members, the Philippines, Thailand and Pakistan, met in Manila.",
        &["SEATO/PAK/member", "SEATO/PHL/member", "SEATO/THA/member"],
    );
}

const SCO_THREE: &[&str] = &["SCO/CHN/member", "SCO/KAZ/member", "SCO/RUS/member"];

/// States that sign a bloc's charter, or an act prolonging the bloc, are its members (eval/README, session
/// 38 (d)): "signed the SCO charter", «Хартию ШОС подписали … президенты Китая, России и Казахстана»,
/// "وقّع رؤساء الصين وروسيا وكازاخستان … ميثاق منظمة شنغهاي للتعاون", «протокол о продлении Договора о
/// коллективной безопасности».
#[test]
fn signers_of_a_charter_are_members() {
    memberships(
        "en",
        "The presidents of China, Russia and Kazakhstan signed the SCO charter on Friday.",
        SCO_THREE,
    );
    memberships(
        "en",
        "China, Russia and Kazakhstan signed the charter of the Shanghai Cooperation Organisation on Friday.",
        SCO_THREE,
    );
    memberships(
        "ru",
        "Президенты Китая, России и Казахстана подписали в пятницу Хартию ШОС.",
        SCO_THREE,
    );
    memberships(
        "ru",
        "Хартию ШОС подписали в пятницу президенты Китая, России и Казахстана.",
        SCO_THREE,
    );
    memberships(
        "ar",
        "وقّع رؤساء الصين وروسيا وكازاخستان يوم الجمعة ميثاق منظمة شنغهاي للتعاون.",
        SCO_THREE,
    );
    let cst = &["CSTO/ARM/member", "CSTO/BLR/member", "CSTO/RUS/member"];
    memberships(
        "ru",
        "Лидеры России, Белоруссии и Армении подписали протокол о продлении Договора о коллективной \
         безопасности на десять лет.",
        cst,
    );
    memberships(
        "ar",
        "وقّع قادة روسيا وبيلاروس وأرمينيا بروتوكولاً لتمديد معاهدة الأمن الجماعي عشر سنوات.",
        cst,
    );
    memberships(
        "en",
        "Leaders of Russia, Belarus and Armenia signed a protocol extending the CSTO.",
        cst,
    );
    // A charter not signed, or a deal signed with the bloc, is no membership.
    memberships("en", "China and Russia did not sign the SCO charter.", &[]);
    memberships(
        "en",
        "China and Russia signed a trade deal with the SCO secretariat.",
        &[],
    );
}

/// An invitation before a comma list of states governs the membership word after the list: the invited
/// get no status (eval/README, Memberships, session 19), however long the list that parts the invitation
/// from the cue's own clause. The same list as the subject of a joining is still a membership.
#[test]
fn an_invitation_before_a_comma_list_gives_no_status() {
    memberships(
        "en",
        "The SCO invited Laos, Nepal, Sri Lanka and Cambodia to join the organisation as full members.",
        &[],
    );
    memberships(
        "ru",
        "ШОС пригласила Лаос, Непал, Шри-Ланку и Камбоджу вступить в организацию.",
        &[],
    );
    memberships(
        "en",
        "Laos, Nepal, Sri Lanka and Cambodia joined the SCO on Monday.",
        &[
            "SCO/LAO/member",
            "SCO/NPL/member",
            "SCO/LKA/member",
            "SCO/KHM/member",
        ],
    );
}
