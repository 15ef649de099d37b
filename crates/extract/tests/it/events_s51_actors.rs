//! Session 51 (actors): who did it to whom in passives, and people standing for their states. A summons
//! that names no doer is made by the state whose body the envoy was called to (`Coder::summoned_to_body`);
//! an English passive verb keeps its "by" agent past a noun trigger inside its object; an envoy told to
//! leave a state is expelled by it; a Russian short passive in -нут (отвергнута) and one whose patient stands
//! in the genitive after a numeral; an Arabic agent phrase whose state is an adjective a few words after
//! من قبل or على يد; a Russian act undergone whose trigger opens with the reflexive verb; the patient of
//! an English or Russian passive is the head of its subject phrase, not the state of an "of" phrase or
//! genitive after it; and leaders and officials of 1945–2026 the lexicon lacked. Sentences written for
//! these tests.

use crate::support::{check_rows, events_on, show};

/// "was summoned to the Turkish foreign ministry", «استُدعي السفير السوري إلى وزارة الخارجية التركية»,
/// «был вызван в МИД Турции»: the summoner is the state of the body the envoy is called to.
#[test]
fn a_summons_with_no_doer_is_made_by_the_body_the_envoy_is_called_to() {
    check_rows(&[
        (
            "en",
            "The Syrian ambassador was summoned to the Turkish foreign ministry on Monday.",
            &["PROTEST TUR>SYR"],
        ),
        (
            "en",
            "The French chargé d'affaires was called in to the Algerian foreign ministry over the remarks.",
            &["PROTEST DZA>FRA"],
        ),
        (
            "ar",
            "استُدعي السفير السوري إلى وزارة الخارجية التركية يوم الاثنين.",
            &["PROTEST TUR>SYR"],
        ),
        (
            "ar",
            "تم استدعاء القائم بالأعمال الفرنسي إلى وزارة الخارجية الجزائرية.",
            &["PROTEST DZA>FRA"],
        ),
        (
            "ru",
            "Сирийский посол был вызван в МИД Турции в понедельник.",
            &["PROTEST TUR>SYR"],
        ),
    ]);
}

/// "Mali was supplied with attack helicopters by Russia": the agent of the passive stands past the verb
/// form "attack" inside the object; a "by" right after a noun trigger is that noun's own doer.
#[test]
fn an_english_passive_keeps_its_agent_past_a_trigger_in_its_object() {
    check_rows(&[
        (
            "en",
            "Syria was supplied with attack drones by Iran.",
            &["AID IRN>SYR"],
        ),
        (
            "en",
            "The accord was signed during a visit by the Chinese premier to Manila.",
            &["CONSULT CHN>PHL"],
        ),
    ]);
}

/// "was told to leave Minsk": the state an envoy is told to leave expels the envoy.
#[test]
fn an_envoy_told_to_leave_a_state_is_expelled_by_it() {
    check_rows(&[
        (
            "en",
            "The Lithuanian ambassador was told to leave Minsk.",
            &["SANCTION BLR>LTU"],
        ),
        (
            "en",
            "The Lithuanian ambassador was ordered to leave Belarus.",
            &["SANCTION BLR>LTU"],
        ),
    ]);
}

/// «было отвергнуто Грецией», «высланы из Норвегии», «من قبل حرس الحدود الروسي», «على يد أجهزة الأمن»,
/// «подверглась критике со стороны Франции»: the agent acts, the patient undergoes.
#[test]
fn russian_and_arabic_passives_find_their_patient_and_agent() {
    check_rows(&[
        (
            "ru",
            "Турецкое предложение о буферной зоне было отвергнуто Грецией.",
            &["REJECT GRC>TUR proposed"],
        ),
        (
            "ru",
            "Израильские извинения были отвергнуты Москвой.",
            &["REJECT RUS>ISR"],
        ),
        (
            "ru",
            "Пятнадцать российских дипломатов высланы из Норвегии.",
            &["SANCTION NOR>RUS"],
        ),
        (
            "ru",
            "Трое эстонских дипломатов высланы из России.",
            &["SANCTION RUS>EST"],
        ),
        (
            "ar",
            "احتُجزت قوارب صيد يابانية من قبل حرس الحدود الروسي.",
            &["COERCE RUS>JPN"],
        ),
        (
            "ar",
            "اعتُقل صحفي أمريكي على يد أجهزة الأمن الروسية.",
            &["COERCE RUS>USA"],
        ),
        (
            "ru",
            "Россия подверглась резкой критике со стороны Франции.",
            &["ACCUSE FRA>RUS"],
        ),
        // (The active verb criticises.)
        (
            "ru",
            "Франция подвергла Россию резкой критике.",
            &["ACCUSE FRA>RUS"],
        ),
    ]);
}

/// "Indian purchases of Russian oil were criticised", «Польский запрет на въезд белорусских грузовиков
/// был осуждён»: the head of the passive's subject phrase is the one judged.
#[test]
fn the_head_of_a_passive_subject_is_its_patient() {
    check_rows(&[
        (
            "en",
            "Indian purchases of Russian oil were criticised by the United States.",
            &["ACCUSE USA>IND"],
        ),
        (
            "ru",
            "Японские закупки иранской нефти были раскритикованы США.",
            &["COOPERATE JPN>IRN", "ACCUSE USA>JPN"],
        ),
        (
            "ru",
            "Польский запрет на въезд белорусских грузовиков был осуждён Москвой.",
            &["SANCTION POL>BLR", "ACCUSE RUS>POL"],
        ),
        // (The active verb's object was read so already.)
        (
            "en",
            "The United States criticised Indian purchases of Russian oil.",
            &["ACCUSE USA>IND"],
        ),
    ]);
}

/// Leaders and officials the lexicon lacked stand for the state they served on the document's date.
#[test]
fn leaders_added_in_session_51_stand_for_their_states() {
    let rows: &[(&str, &str, &str, &[&str])] = &[
        (
            "en",
            "1961-04-20",
            "Sukarno received Mikoyan at the presidential palace on Thursday.",
            &["CONSULT SUN>IDN"],
        ),
        (
            "ru",
            "1961-04-20",
            "Сукарно принял Микояна во дворце в четверг.",
            &["CONSULT SUN>IDN"],
        ),
        (
            "ar",
            "2018-05-10",
            "شكر كورتس بوتين على دعمه.",
            &["SUPPORT AUT>RUS"],
        ),
        (
            "en",
            "2011-05-10",
            "Zapatero thanked Sarkozy for his support.",
            &["SUPPORT ESP>FRA"],
        ),
        (
            "ru",
            "2016-05-10",
            "Ципрас поблагодарил Путина за поддержку.",
            &["SUPPORT GRC>RUS"],
        ),
    ];
    for (lang, date, text, expect) in rows {
        let mut got: Vec<String> = events_on(lang, text, date).iter().map(show).collect();
        got.sort();
        let mut want: Vec<String> = expect.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(got, want, "\n{lang} {date}: {text}");
    }
}
