//! Session-47 membership fixes (memberships on unseen text: the chair or presidency of a bloc), each on
//! sentences written for it (not from any eval file), failing before its change. Each test is a table of
//! `(lang, text, claims)` rows read by `facts_support::membership_rows`; notation of `facts_support`.

use crate::facts_support;

use facts_support::membership_rows;

/// Every form of the chair lexeme is a cue of holding the office, and its holder a member (the session-12
/// convention): the noun of the holder ("chairman of", "chairperson of"), the verb of presiding ("presides
/// over"), the Arabic present "يرأس" and the past or feminine present "ترأس".
#[test]
fn every_form_of_the_chair_lexeme_makes_its_holder_a_member() {
    membership_rows(&[
        (
            "en",
            "Ghana, the current chairman of the Economic Community of West African States, sent a mediator to Niamey on Monday.",
            &["ECOWAS/GHA/member"],
        ),
        (
            "en",
            "Ghana, which presides over the Economic Community of West African States this year, sent a mediator to Niamey.",
            &["ECOWAS/GHA/member"],
        ),
        (
            "ar",
            "أرسلت غانا، التي ترأس المجموعة الاقتصادية لدول غرب أفريقيا هذا العام، وسيطاً إلى نيامي.",
            &["ECOWAS/GHA/member"],
        ),
    ]);
}

/// A capital named as a place that opens an apposition about its state (a comma, then a relative pronoun, a
/// Russian participle or an English determiner) is that state for the apposition's cue; a place relative
/// keeps it a place.
#[test]
fn a_capital_named_as_a_place_is_its_state_in_an_apposition_after_it() {
    membership_rows(&[
        (
            "en",
            "The Indian foreign minister met his ASEAN counterparts on Monday in Phnom Penh, whose government chairs ASEAN this year.",
            &["ASEAN/KHM/member"],
        ),
        (
            "ru",
            "Министр иностранных дел Индии в понедельник встретился с коллегами из АСЕАН в Пномпене, чьё правительство в этом году председательствует в АСЕАН.",
            &["ASEAN/KHM/member"],
        ),
        (
            "ar",
            "التقى وزير الخارجية الهندي يوم الاثنين نظراءه في رابطة دول جنوب شرق آسيا في بنوم بنه، التي تترأس حكومتها رابطة دول جنوب شرق آسيا هذا العام.",
            &["ASEAN/KHM/member"],
        ),
        (
            "en",
            "The Indian foreign minister met his ASEAN counterparts on Monday in Phnom Penh, where ASEAN holds its meetings.",
            &[],
        ),
    ]);
}

/// A word for the bloc as the chair cue's object stands for the sentence's one bloc, also when that bloc is
/// named only as its meeting later in the sentence.
#[test]
fn a_word_for_the_bloc_after_a_chair_cue_stands_for_the_bloc_named_as_a_meeting() {
    membership_rows(&[
        (
            "ar",
            "أجرى الرئيس الإيراني محادثات في كازاخستان، التي تترأس المنظمة هذا العام، على هامش قمة منظمة شنغهاي للتعاون.",
            &["SCO/KAZ/member"],
        ),
    ]);
}
