//! Precision (session 16): parts of a sentence that name no party of its event — a place phrase that opens
//! the sentence, what a meeting is about, a state named by an adjective in what two parties discussed, an
//! envoy's post, a demonym on an opposition or armed group — and parts that assert no event — the content
//! of an accusation told in a "that" clause, an event named as the time a state of affairs dates from, a
//! noun in the "on" phrase of talks. Every probe was written for these tests and failed before its rule.

use crate::support::check;

/// An English place phrase that opens the sentence ends at its comma: the host of a summit is no party of
/// what others sign there.
#[test]
fn an_opening_place_phrase_is_no_party() {
    check(
        "en",
        "At a summit in Astana, Kyrgyzstan and Tajikistan signed a treaty on their common border.",
        &["AGREE {KGZ+TJK}"],
    );
    check(
        "en",
        "In Moscow, Putin met Xi Jinping on Tuesday.",
        &["CONSULT CHN>RUS"],
    );
}

/// What talks or a deal are about is no party: Russian «по» + a state after a meeting or a deal, and a state
/// named by an adjective in the object of two parties' meeting verb.
#[test]
fn the_topic_of_a_meeting_is_no_party() {
    check(
        "ru",
        "В Астане прошли переговоры представителей России, Ирана и Турции по Сирии.",
        &["CONSULT {IRN+RUS+TUR}"],
    );
    check(
        "ru",
        "Япония и Южная Корея обсудили на встрече в Сеуле пуски северокорейских ракет.",
        &["CONSULT JPN>KOR"],
    );
}

/// A Russian "в том, что" clause after the accused is the charge: the act it tells is the accuser's claim.
#[test]
fn a_that_clause_after_the_accused_is_the_charge() {
    check(
        "ru",
        "Киев обвинил Минск в том, что тот позволил российским войскам атаковать Украину со своей территории.",
        &["ACCUSE UKR>BLR"],
    );
}

/// An event noun after "since" (منذ) dates a state of affairs; it is no event of the sentence.
#[test]
fn an_event_named_after_since_is_background() {
    check(
        "ar",
        "تعتمد مينسك على القروض الروسية منذ احتجاجات 2020.",
        &[],
    );
}

/// A demonym on a group that fights or opposes its own government (the opposition, rebels, militants)
/// names no state: the group's call or attack is no act of that state.
#[test]
fn a_demonym_on_an_armed_or_opposition_group_is_no_state() {
    check(
        "en",
        "The Belarusian opposition leader urged the European Union to tighten sanctions on Minsk.",
        &["SANCTION EU>BLR proposed"],
    );
    check(
        "ru",
        "Белорусская оппозиция призвала Евросоюз ужесточить санкции против Минска.",
        &["SANCTION EU>BLR proposed"],
    );
}

/// An English noun in the "on"/"about" phrase of a meeting or a deal is its topic (as the Russian «о»
/// phrase), a "with" partner between or not.
#[test]
fn an_english_noun_in_the_on_phrase_of_talks_is_their_topic() {
    check(
        "en",
        "The Kremlin said talks with Washington on a prisoner swap were going well.",
        &["CONSULT {RUS+USA}"],
    );
}

/// The state an Arabic envoy is posted to (لدى after the envoy) says who the envoy is: no party of the
/// envoy's meeting.
#[test]
fn the_post_of_an_arabic_envoy_is_no_party() {
    check(
        "ar",
        "اجتمع السفير الياباني لدى روسيا مع وزير الخارجية الصيني.",
        &["CONSULT {CHN+JPN}"],
    );
}
