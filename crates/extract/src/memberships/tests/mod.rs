//! The stage's tests, one file per file of the stage; the rule tests read whole sentences through
//! [`check`] (one sentence) and [`check_doc`] (a document).

mod cues;
mod dating;
mod elision;
mod fellows;
mod founding;
mod geometry;
mod groups;
mod modality;
mod objects;
mod recall;
mod relatives;
mod status;
mod summits;
mod tables;
mod text;
mod wordset;

use crate::dates::{testing, Dates};
use crate::memberships::cues::ordinal;
use crate::memberships::find;
use blocwatch_text::Lang;

/// `expect`: one `bloc/member/status[ date][ negated]` line per claim.
pub(super) fn check(lang: Lang, input: &str, expect: &[&str]) {
    let ctx = testing::ctx(input, lang, Some("2024-10-22"));
    let dates = crate::dates::Dates::new(&ctx);
    let got: Vec<String> = find(&ctx, &dates)
        .iter()
        .map(|m| {
            let mut s = format!("{}/{}/{}", m.bloc, m.member, m.status);
            if let Some(d) = &m.date {
                s.push(' ');
                s.push_str(d);
            }
            if m.negated {
                s.push_str(" negated");
            }
            s
        })
        .collect();
    assert_eq!(got, expect, "in {input:?}");
}

#[test]
fn arabic_or_spelt_without_hamza_joins_a_list() {
    // "او" is how "أو" is often written; both join two states of one claim.
    for or in ["أو", "او"] {
        check(
            Lang::Ar,
            &format!("انضمت الأرجنتين {or} أوروغواي إلى السوق المشتركة الجنوبية عام 1991."),
            &["MERCOSUR/ARG/member 1991", "MERCOSUR/URY/member 1991"],
        );
    }
    // A word that merely starts with those letters joins nothing: "أوضحت" is a verb.
    check(
        Lang::Ar,
        "انضمت الأرجنتين إلى ميركوسور عام 1991، وأوضحت أوروغواي موقفها.",
        &["MERCOSUR/ARG/member 1991"],
    );
}

#[test]
fn inclusion_phrase_is_whole_words() {
    // "ضمن الدول" (among the states) puts the state before it among those the relative clause describes …
    check(
        Lang::Ar,
        "كانت مصر وإثيوبيا ضمن الدول التي انضمت إلى بريكس عام 2024.",
        &["BRICS/EGY/member 2024", "BRICS/ETH/member 2024"],
    );
    // … but the same letters ending "يضمن" (guarantees) do not: Egypt signed, the states joined.
    check(
        Lang::Ar,
        "وقعت مصر اتفاقا يضمن الدول التي انضمت إلى بريكس عام 2024 حق الاقتراض.",
        &[],
    );
    check(
        Lang::En,
        "Egypt was among the countries that joined BRICS in 2024.",
        &["BRICS/EGY/member 2024"],
    );
    check(
        Lang::Ru,
        "Египет вошёл в число стран, которые присоединились к БРИКС в 2024 году.",
        &["BRICS/EGY/member 2024"],
    );
}

#[test]
fn a_glued_conjunction_leaves_the_verb_whole() {
    // "و" + "فقدت" (lost): stripping every و and ف would leave "قدت" and lose the verb of ending.
    for verb in ["فقدت", "وفقدت"] {
        check(
            Lang::Ar,
            &format!("{verb} روسيا عضويتها في مجلس أوروبا عام 2022."),
            &["COE/RUS/former 2022"],
        );
    }
    check(
        Lang::Ar,
        "فعلقت الجامعة العربية عضوية سوريا عام 2011.",
        &["ARAB_LEAGUE/SYR/suspended 2011"],
    );
}

#[test]
fn ordinals_of_every_form() {
    for w in [
        "second",
        "twelfth",
        "thirteenth",
        "twentieth",
        "31st",
        "الثالث",
        "الحادي",
        "والعاشر",
        "двенадцатый",
        "одиннадцатым",
        "пятого",
        "третьего",
        "вторую",
        "седьмой",
        "двадцатая",
    ] {
        assert!(ordinal(w), "{w}");
    }
    for w in [
        "first",
        "teeth",
        "много",
        "того",
        "пятница",
        "двадцать",
        "عشرين",
        "نادي",
        "month",
    ] {
        assert!(!ordinal(w), "{w}");
    }
}

#[test]
fn an_ordinal_in_an_apposition_dates_nothing() {
    // The apposition places the state among the members; the date is the report's, not the joining's.
    check(
        Lang::En,
        "Egypt, the twelfth member of BRICS, said on 4 June it backed the plan.",
        &["BRICS/EGY/member"],
    );
    check(
        Lang::Ru,
        "Египет, двенадцатый член БРИКС, заявил 4 июня о поддержке плана.",
        &["BRICS/EGY/member"],
    );
    check(
        Lang::Ar,
        "قالت مصر، العضو الثاني عشر في بريكس، يوم 4 يونيو إنها تؤيد الخطة.",
        &["BRICS/EGY/member"],
    );
    // A verb of becoming still dates it.
    check(
        Lang::En,
        "Egypt became the twelfth member of BRICS on 4 June.",
        &["BRICS/EGY/member 2024-06-04"],
    );
    check(
        Lang::Ru,
        "Египет стал двенадцатым членом БРИКС 4 июня.",
        &["BRICS/EGY/member 2024-06-04"],
    );
}

#[test]
fn the_blocs_own_negated_verb_keeps_a_negated_claim_in_its_clause() {
    // The bloc's own verb with the state as its object: the claim is kept, negated, as a cue's is.
    check(
        Lang::Ru,
        "НАТО не приняло Украину на саммите.",
        &["NATO/UKR/member negated"],
    );
    check(
        Lang::En,
        "NATO has not admitted Ukraine.",
        &["NATO/UKR/member negated"],
    );
    // The negation of a clause before does not reach the verb of the next one.
    check(
        Lang::Ru,
        "Украину не пригласили, а НАТО приняло Финляндию в апреле 2023 года.",
        &["NATO/FIN/member 2023-04"],
    );
    check(
        Lang::En,
        "Turkey did not object, and NATO admitted Finland in April 2023.",
        &["NATO/FIN/member 2023-04"],
    );
}

#[test]
fn a_wish_to_join_governs_the_seat_the_join_names() {
    // The member noun after "as", «в качестве», "كـ" names the seat of the join the wish is about.
    check(
        Lang::En,
        "Thailand hopes to join BRICS as a full member.",
        &["BRICS/THA/applicant"],
    );
    check(
        Lang::Ar,
        "تأمل تايلاند في الانضمام إلى بريكس كعضو كامل العضوية.",
        &["BRICS/THA/applicant"],
    );
    check(
        Lang::Ar,
        "تريد تركيا أن تصبح عضوا كاملا في بريكس.",
        &["BRICS/TUR/applicant"],
    );
    check(
        Lang::Ru,
        "Таиланд надеется вступить в БРИКС в качестве полноправного члена.",
        &["BRICS/THA/applicant"],
    );
    // An invitation is the bloc's act: the invited state takes no status.
    check(
        Lang::Ru,
        "Россия пригласила Индонезию стать страной-партнёром БРИКС в октябре 2024 года.",
        &[],
    );
    // A wish in the clause before does not reach a join told in its own clause.
    check(
        Lang::En,
        "Argentina had hoped to join, but Egypt joined BRICS as a full member in January 2024.",
        &["BRICS/EGY/member 2024-01"],
    );
    check(
        Lang::Ar,
        "انضمت مصر إلى بريكس كعضو كامل في يناير 2024.",
        &["BRICS/EGY/member 2024-01"],
    );
}

pub(super) fn check_doc(lang: Lang, input: &str, expect: &[&str]) {
    let record = crate::Extractor::embedded().extract(&crate::Input {
        lang: Some(lang.code()),
        ..crate::Input::text(input)
    });
    let got: Vec<String> = record
        .memberships
        .iter()
        .map(|m| format!("{}/{}/{}", m.bloc, m.member, m.status))
        .collect();
    assert_eq!(got, expect, "in {input:?}");
}

/// The facts the seed articles state, read from `../shared/seeds/` at run time (never copied here).
#[test]
fn seed_articles_state_their_facts() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds");
    let read = |name: &str| {
        std::fs::read_to_string(format!("{dir}/{name}"))
            .unwrap_or_else(|e| panic!("seed {name} is missing: {e}"))
    };
    let facts = |name: &str| {
        let text = read(name);
        let r = crate::Extractor::embedded().extract(&crate::Input::text(&text));
        let m: Vec<String> = r
            .memberships
            .iter()
            .map(|m| {
                let d = m.date.as_deref().unwrap_or("-");
                format!(
                    "{}/{}/{} {d}{}",
                    m.bloc,
                    m.member,
                    m.status,
                    if m.negated { " negated" } else { "" }
                )
            })
            .collect();
        let q: Vec<String> = r
            .quantities
            .iter()
            .map(crate::dates::testing::quantity_line)
            .collect();
        (m, q)
    };
    let has = |got: &[String], want: &[&str]| {
        for w in want {
            assert!(got.iter().any(|g| g == w), "{w} not in {got:?}");
        }
    };

    // Arabic: BRIC's four states in 2009, South Africa joining, India and Pakistan applying to the
    // SCO (named as "the bloc") in 2015, and Russia-China trade of more than $80 billion in 2015.
    let (m, q) = facts("000_a7c79debf407b728.txt");
    has(
        &m,
        &[
            "BRICS/BRA/member -",
            "BRICS/RUS/member -",
            "BRICS/IND/member -",
            "BRICS/CHN/member -",
            "BRICS/ZAF/member -",
            "SCO/IND/applicant 2015",
            "SCO/PAK/applicant 2015",
        ],
    );
    assert_eq!(q, ["trade 80000000000 USD more_than [RUS CHN] 2015"]);

    // Arabic: the BRICS summit's five members listed in brackets.
    let (m, q) = facts("001_6fad075f7c06c29f.txt");
    has(
        &m,
        &[
            "BRICS/RUS/member -",
            "BRICS/CHN/member -",
            "BRICS/BRA/member -",
            "BRICS/ZAF/member -",
            "BRICS/IND/member -",
        ],
    );
    assert!(q.is_empty(), "{q:?}");

    // English: China's $400 billion invested in Iran; NATO member Türkiye.
    let (_, q) = facts("002_c443c5979956f45f.txt");
    assert_eq!(q, ["investment 400000000000 USD - [IRN RUS CHN] -"]);
    let (m, _) = facts("003_13c24b93aad7d8a9.txt");
    has(&m, &["NATO/TUR/member -"]);

    // Nothing in the seeds leaves, is suspended from, or refuses a bloc.
    for name in [
        "000_a7c79debf407b728.txt",
        "001_6fad075f7c06c29f.txt",
        "002_c443c5979956f45f.txt",
        "003_13c24b93aad7d8a9.txt",
        "004_35ed50bfc5744d1b.txt",
    ] {
        let (m, _) = facts(name);
        assert!(
            m.iter().all(|c| !c.contains("/former")
                && !c.contains("/suspended")
                && !c.contains("negated")),
            "{name}: {m:?}"
        );
    }
}

/// Words that reach every branch of the three fact stages, shuffled into sentences.
const VOCAB: &[&str] = &[
    "Iran",
    "BRICS",
    "SCO",
    "joined",
    "not",
    "the",
    "bloc",
    "in",
    "2015",
    "May",
    "7",
    ",",
    "،",
    "؛",
    ".",
    "(",
    ")",
    ":",
    "$",
    "80",
    "billion",
    "over",
    "trade",
    "a",
    "barrel",
    "إيران",
    "بريكس",
    "انضمت",
    "لم",
    "إلى",
    "التكتل",
    "عام",
    "٢٠١٥",
    "مليار",
    "دولار",
    "نحو",
    "تجاوز",
    "عضويتها",
    "أمس",
    "مايو",
    "الماضي",
    "Иран",
    "ШОС",
    "вступил",
    "не",
    "в",
    "году",
    "1,5",
    "млрд",
    "до",
    "довести",
    "рублей",
    "вчера",
    "мае",
    "организацию",
    "Russia",
    "Россия",
    "روسيا",
    "and",
    "و",
    "и",
    "founded",
    "by",
    "its",
    "membership",
    "yesterday",
    "Tuesday",
    "last",
    "week",
];

proptest::proptest! {
    #[test]
    fn the_pipeline_never_panics_on_fact_words(
        words in proptest::collection::vec(proptest::sample::select(VOCAB), 0..40),
        date in proptest::option::of("20[0-9]{2}(-[01][0-9](-[0-3][0-9])?)?"),
    ) {
        let text = words.join(" ");
        for lang in ["en", "ar", "ru"] {
            let record = crate::Extractor::embedded().extract(&crate::Input {
                lang: Some(lang),
                date: date.as_deref(),
                ..crate::Input::text(&text)
            });
            for q in &record.quantities {
                proptest::prop_assert!(q.amount.is_finite());
                proptest::prop_assert!(q.sentence[1] <= text.len());
            }
            for m in &record.memberships {
                proptest::prop_assert!(text.is_char_boundary(m.sentence[0]));
            }
        }
    }
}

proptest::proptest! {
    #[test]
    fn never_panics(s in "(Iran|BRICS|SCO|joined|not|و|إيران|انضمت|ШОС|вступил|\\(|,| |\\PC){0,30}") {
        for lang in [Lang::En, Lang::Ar, Lang::Ru] {
            let ctx = testing::ctx(&s, lang, None);
            for m in find(&ctx, &Dates::new(&ctx)) {
                proptest::prop_assert!(m.sentence[1] <= s.len());
            }
        }
    }
}
