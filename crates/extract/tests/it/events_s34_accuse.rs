//! Session 34 (ACCUSE): disappointment voiced at an act (Arabic خيبة أمل, Russian «разочарование»), a farce and a
//! genocide as Arabic condemning names after بأن, and more nouns that name the act a reaction is about (a
//! statement, the use of a law, an extradition, a verdict, what happened). Sentences written for these tests.

use crate::support::check;

#[test]
fn voiced_disappointment_accuses_the_author_of_the_act() {
    check(
        "ar",
        "رفضت المجر منح تأشيرات لوفد برلماني أوكراني. وأبدت كييف خيبة أملها من القرار.",
        &["REJECT HUN>UKR", "ACCUSE UKR>HUN"],
    );
    check(
        "ar",
        "أعرب وزير الخارجية الفرنسي عن خيبة أمله من الموقف الإيطالي.",
        &["ACCUSE FRA>ITA"],
    );
    check(
        "ru",
        "Венгрия заблокировала выделение помощи Украине. Киев выразил разочарование этим решением.",
        &["REJECT HUN>UKR", "ACCUSE UKR>HUN"],
    );
}

#[test]
fn an_arabic_farce_or_a_genocide_after_bian_is_a_condemning_name() {
    check(
        "ar",
        "انتقدت الصين تصريحات الرئيس الفلبيني. وكانت مانيلا قد وصفت الاتهام بأنه مسرحية.",
        &["ACCUSE CHN>PHL", "ACCUSE PHL>CHN"],
    );
}

#[test]
fn a_statement_a_handover_or_the_use_of_a_law_names_the_act_told_before() {
    check(
        "ar",
        "طردت بولندا دبلوماسيين روسيين اثنين. ووصف ديمتري بيسكوف التصريح بأنه لا يغتفر.",
        &["SANCTION POL>RUS", "ACCUSE RUS>POL"],
    );
    check(
        "ar",
        "جمدت النرويج أصول شركة روسية. ووصف الكرملين استخدام القانون بأنه سرقة.",
        &["COERCE NOR>RUS", "ACCUSE RUS>NOR"],
    );
    check(
        "ru",
        "Суд Белоруссии приговорил польского журналиста к восьми годам. Варшава назвала приговор неприемлемым.",
        // (The sentence passed is coded since session 53, «приговорил … к», as the detention and the freeze above.)
        &["COERCE BLR>POL", "ACCUSE POL>BLR"],
    );
    check(
        "ru",
        "Азербайджан задержал двух армянских военных. Ереван назвал случившееся грубым нарушением перемирия.",
        &["COERCE AZE>ARM", "ACCUSE ARM>AZE"],
    );
}

/// (Session 34: troops or aid sent at a state's request, the request told apart from the sending.)
#[test]
fn an_arabic_request_by_a_title_with_a_pronoun_or_for_an_act_told_before() {
    check(
        "ar",
        "أرسلت تركيا قوات إلى أذربيجان بطلب من رئيسها.",
        &["AID TUR>AZE", "REQUEST AZE>TUR"],
    );
    check(
        "ar",
        "أرسلت فرنسا جنودا إلى مالي. وقالت باريس إن العملية جاءت بطلب من حكومة باماكو.",
        &["AID FRA>MLI", "REQUEST MLI>FRA"],
    );
    check(
        "ar",
        "بدأت الطائرات الروسية شن غارات في سوريا. وقال الكرملين إن الضربات جاءت بطلب من الرئيس السوري.",
        &["ASSAULT RUS>SYR", "REQUEST SYR>RUS"],
    );
}
