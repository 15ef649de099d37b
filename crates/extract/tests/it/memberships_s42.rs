//! Session-42 membership fixes (memberships on unseen text), each on sentences written for it (not from any
//! eval file), failing before its change. Notation of `facts_support`.

use crate::facts_support;

use facts_support::memberships;

const BRICS_FOUNDERS: &[&str] = &[
    "BRICS/BRA/founder",
    "BRICS/CHN/founder",
    "BRICS/IND/founder",
    "BRICS/RUS/founder",
];

/// One state that founded a bloc with a list set beside it after the cue or the bloc ("founded BRICS with
/// Russia, India and China", «основавшей БРИКС вместе с Россией», "أسست مجموعة بريكس مع روسيا"): the list
/// founded it too. Only the bloc, a word for it or a year may stand before the joint word.
#[test]
fn states_beside_a_single_founder_are_founders() {
    memberships(
        "en",
        "Brazil, which founded BRICS with Russia, India and China in 2006, will attend by video.",
        BRICS_FOUNDERS,
    );
    memberships(
        "en",
        "Russia founded the SCO in 2001 with China, Kazakhstan and Tajikistan.",
        &[
            "SCO/CHN/founder",
            "SCO/KAZ/founder",
            "SCO/RUS/founder",
            "SCO/TJK/founder",
        ],
    );
    memberships(
        "ru",
        "Лидер Бразилии, основавшей БРИКС вместе с Россией, Индией и Китаем в 2006 году, будет участвовать по \
         видеосвязи.",
        BRICS_FOUNDERS,
    );
    memberships(
        "ar",
        "سيشارك زعيم البرازيل، التي أسست مجموعة بريكس مع روسيا والهند والصين عام ٢٠٠٦، عبر الفيديو.",
        BRICS_FOUNDERS,
    );
    // Other words before "with" found something else with the state.
    memberships(
        "en",
        "Kazakhstan established diplomatic relations with Israel, a member of the OECD, in 1992.",
        &["OECD/ISR/member"],
    );
}

/// A share in founding ("helped found", «стоявшая у истоков» in every case) is founding.
#[test]
fn a_share_in_founding_is_founding() {
    memberships(
        "en",
        "Mexico, which helped found CELAC in 2011, expelled the envoy on Thursday.",
        &["CELAC/MEX/founder"],
    );
    memberships(
        "en",
        "Egypt, which helped to establish the Arab League, hosted the talks.",
        &["ARAB_LEAGUE/EGY/founder"],
    );
    memberships(
        "ru",
        "Италия, стоявшая у истоков «Большой семёрки», вышла из инициативы.",
        &["G7/ITA/founder"],
    );
    memberships(
        "ru",
        "Визит в Египет, стоявший у истоков Лиги арабских государств, перенесли.",
        &["ARAB_LEAGUE/EGY/founder"],
    );
}

/// Preparing an entry is applying for it: a verb of preparing, or the Russian noun of preparation as its object
/// or in «по подготовке», before a membership word ("set up a commission to prepare the country's entry into",
/// «комиссию по подготовке вступления страны в», "لجنة للتحضير لانضمام البلاد إلى"). Preparation already done
/// before a join ("After months of preparation Sweden joined") is no application.
#[test]
fn preparing_an_entry_is_applying() {
    memberships(
        "en",
        "Kyrgyzstan set up a commission to prepare the country's entry into the Eurasian Economic Union.",
        &["EAEU/KGZ/applicant"],
    );
    memberships(
        "ru",
        "Киргизия создала комиссию по подготовке вступления страны в Евразийский экономический союз.",
        &["EAEU/KGZ/applicant"],
    );
    memberships(
        "ar",
        "شكلت قيرغيزستان لجنة للتحضير لانضمام البلاد إلى الاتحاد الاقتصادي الأوراسي.",
        &["EAEU/KGZ/applicant"],
    );
    memberships(
        "ru",
        "Швеция готовится вступить в НАТО.",
        &["NATO/SWE/applicant"],
    );
    memberships(
        "en",
        "After months of preparation Sweden joined NATO on Thursday.",
        &["NATO/SWE/member"],
    );
    memberships(
        "ru",
        "После долгой подготовки Швеция вступила в НАТО в четверг.",
        &["NATO/SWE/member"],
    );
    memberships(
        "ar",
        "بعد أشهر من التحضير انضمت السويد إلى حلف شمال الأطلسي يوم الخميس.",
        &["NATO/SWE/member"],
    );
}

/// An Arabic verb of suspending, its bloc, then where the bloc met ("في" and at most three words), then the
/// word membership and the state: a suspension, not a membership ("علقت إيكواس في قمة أبوجا عضوية النيجر").
#[test]
fn a_meeting_place_between_the_bloc_and_the_suspended_membership() {
    memberships(
        "ar",
        "علقت مجموعة إيكواس في قمة أبوجا عضوية النيجر.",
        &["ECOWAS/NER/suspended"],
    );
    memberships(
        "ar",
        "علّق الاتحاد الأفريقي في اجتماعه الطارئ عضوية مالي بعد الانقلاب.",
        &["AU/MLI/suspended"],
    );
}

/// A word of restriction or continuance ("only", "still", «лишь», «только», «ещё», "فقط") between a status and
/// its states is not counted as distance, as "also" is not.
#[test]
fn only_between_a_status_and_its_states() {
    memberships(
        "ru",
        "Лаос стал партнёром ШОС. До сих пор наблюдателями в организации были лишь Афганистан и Монголия.",
        &["SCO/LAO/partner", "SCO/AFG/observer", "SCO/MNG/observer"],
    );
    memberships(
        "ru",
        "Лаос стал партнёром ШОС. До сих пор наблюдателями при ней были лишь Афганистан и Монголия.",
        &["SCO/LAO/partner", "SCO/AFG/observer", "SCO/MNG/observer"],
    );
}

/// An application withdrawn in the cue's clause ("has withdrawn its application to join", «отозвала заявку на
/// вступление», "سحبت طلب انضمامها") is pending no longer: no claim. An application alone still is one.
#[test]
fn a_withdrawn_application_claims_nothing() {
    memberships(
        "en",
        "Iceland has withdrawn its application to join the European Union.",
        &[],
    );
    memberships(
        "en",
        "Switzerland withdrew its application for EU membership in 2016.",
        &[],
    );
    memberships(
        "ru",
        "Исландия отозвала свою заявку на вступление в Евросоюз.",
        &[],
    );
    memberships("ar", "سحبت آيسلندا طلب انضمامها إلى الاتحاد الأوروبي.", &[]);
    memberships(
        "en",
        "Iceland applied to join the European Union.",
        &["EU/ISL/applicant"],
    );
}
