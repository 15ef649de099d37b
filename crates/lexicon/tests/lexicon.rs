//! Matching rules, checked on a small fixture lexicon (tests/fixtures/lexicon, rows
//! written for these tests) so that each rule is tested independently of the shipped
//! data; then the shipped data itself.

use std::path::PathBuf;
use std::sync::OnceLock;

use blocwatch_lexicon::{Error, Form, Kind, Lexicon, LexiconBuilder};
use blocwatch_text::Lang;

fn fixture() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lexicon");
        LexiconBuilder::new()
            .data_dir(dir)
            .build()
            .expect("fixture lexicon")
    })
}

/// Asserts that `text` yields exactly `expect`: (entity id, original text) in order.
fn check(lang: Lang, text: &str, expect: &[(&str, &str)]) {
    let lex = fixture();
    let got: Vec<(String, String)> = lex
        .find(text, lang)
        .iter()
        .map(|m| {
            (
                lex.entity(m.entity).id.clone(),
                text[m.start..m.end].to_owned(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = expect
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect();
    assert_eq!(got, want, "\n  text: {text}");
}

use Lang::{Ar, En, Ru};

mod leftmost_longest {
    use super::*;

    #[test]
    fn english() {
        check(
            En,
            "South Sudan and Sudan talked.",
            &[("SSD", "South Sudan"), ("SDN", "Sudan")],
        );
        check(
            En,
            "Niger, not Nigeria, and not Nigerian.",
            &[("NER", "Niger"), ("NGA", "Nigeria")],
        );
        check(
            En,
            "South Africa is in Africa.",
            &[("ZAF", "South Africa"), ("AFR", "Africa")],
        );
        check(
            En,
            "Latin America looked to America.",
            &[("LAM", "Latin America"), ("USA", "America")],
        );
        check(
            En,
            "The South African envoy met Americans.",
            &[("ZAF", "South African")],
        );
    }

    #[test]
    fn arabic() {
        check(
            Ar,
            "زار روسيا البيضاء ثم روسيا.",
            &[("BLR", "روسيا البيضاء"), ("RUS", "روسيا")],
        );
        check(
            Ar,
            "جنوب السودان والسودان",
            &[("SSD", "جنوب السودان"), ("SDN", "السودان")],
        );
        check(
            Ar,
            "النيجر ونيجيريا",
            &[("NER", "النيجر"), ("NGA", "نيجيريا")],
        );
        check(
            Ar,
            "في أمريكا اللاتينية لا في أمريكا",
            &[("LAM", "أمريكا اللاتينية"), ("USA", "أمريكا")],
        );
        check(
            Ar,
            "جنوب أفريقيا جزء من أفريقيا",
            &[("ZAF", "جنوب أفريقيا"), ("AFR", "أفريقيا")],
        );
    }

    #[test]
    fn russian() {
        check(
            Ru,
            "Южный Судан и Судан",
            &[("SSD", "Южный Судан"), ("SDN", "Судан")],
        );
        check(
            Ru,
            "Нигер и Нигерия",
            &[("NER", "Нигер"), ("NGA", "Нигерия")],
        );
        check(
            Ru,
            "В Южной Африке и в Африке",
            &[("ZAF", "Южной Африке"), ("AFR", "Африке")],
        );
        check(Ru, "из Латинской Америки", &[("LAM", "Латинской Америки")]);
    }
}

mod arabic_clitics {
    use super::*;

    #[test]
    fn proclitics() {
        check(
            Ar,
            "وروسيا وبروسيا فلروسيا كروسيا",
            &[
                ("RUS", "روسيا"),
                ("RUS", "روسيا"),
                ("RUS", "روسيا"),
                ("RUS", "روسيا"),
            ],
        );
        check(
            Ar,
            "للصين وللصين والصين بالصين وبالصين",
            &[
                ("CHN", "للصين"),
                ("CHN", "للصين"),
                ("CHN", "الصين"),
                ("CHN", "الصين"),
                ("CHN", "الصين"),
            ],
        );
        check(Ar, "وبروسيا البيضاء", &[("BLR", "روسيا البيضاء")]);
        check(Ar, "وَبِالصِّينِ", &[("CHN", "الصِّينِ")]);
    }

    #[test]
    fn no_false_hits_inside_words() {
        // Letters that are not proclitics before a name, and names followed by letters.
        check(Ar, "مروسيا تروسيا روسيانو", &[]);
        check(Ar, "لالصين", &[]);
        check(Ar, "الصينيونية", &[]);
        check(Ar, "سبكين بكينات", &[]);
        check(Ar, "أزمصري", &[]);
    }

    #[test]
    fn nisba() {
        check(
            Ar,
            "الروسية وروسي والروسيين وللروسيين بإيرانيين والإيرانية الصينيون",
            &[
                ("RUS", "الروسية"),
                ("RUS", "روسي"),
                ("RUS", "الروسيين"),
                ("RUS", "للروسيين"),
                ("IRN", "إيرانيين"),
                ("IRN", "الإيرانية"),
                ("CHN", "الصينيون"),
            ],
        );
        check(
            Ar,
            "قال الروس والغربيون",
            &[("RUS", "الروس"), ("WST", "الغربيون")],
        );
    }

    #[test]
    fn normalisation_variants() {
        check(
            Ar,
            "امريكا وأمريكا وآمريكا",
            &[("USA", "امريكا"), ("USA", "أمريكا"), ("USA", "آمريكا")],
        );
        check(
            Ar,
            "الولايات المتحدة الامريكية",
            &[("USA", "الولايات المتحدة الامريكية")],
        );
        check(
            Ar,
            "روسيـــا\u{200F} و\u{200C}الصين",
            &[("RUS", "روسيـــا"), ("CHN", "الصين")],
        );
    }
}

mod russian_forms {
    use super::*;

    #[test]
    fn cases() {
        check(
            Ru,
            "России, Россию, Россией, о России",
            &[
                ("RUS", "России"),
                ("RUS", "Россию"),
                ("RUS", "Россией"),
                ("RUS", "России"),
            ],
        );
        check(
            Ru,
            "в Казахстане и с Китаем",
            &[("KAZ", "Казахстане"), ("CHN", "Китаем")],
        );
        check(
            Ru,
            "Южной Африки, Южную Африку",
            &[("ZAF", "Южной Африки"), ("ZAF", "Южную Африку")],
        );
        check(Ru, "Северной Кореи", &[("PRK", "Северной Кореи")]);
        check(Ru, "в Нидерландах", &[("NLD", "Нидерландах")]);
        check(
            Ru,
            "Боснии и Герцеговины",
            &[("BIH", "Боснии и Герцеговины")],
        );
        check(
            Ru,
            "из Египта в Египет",
            &[("EGY", "Египта"), ("EGY", "Египет")],
        );
        check(
            Ru,
            "в Кремле, с Москвой, в Пекине",
            &[("RUS", "Кремле"), ("RUS", "Москвой"), ("CHN", "Пекине")],
        );
    }

    #[test]
    fn adjectives() {
        check(
            Ru,
            "российскими, российская, российских, русские",
            &[
                ("RUS", "российскими"),
                ("RUS", "российская"),
                ("RUS", "российских"),
                ("RUS", "русские"),
            ],
        );
        check(
            Ru,
            "иранской нефти и турецкому газу",
            &[("IRN", "иранской"), ("TUR", "турецкому")],
        );
    }

    #[test]
    fn compounds() {
        check(
            Ru,
            "российско-китайские отношения",
            &[("RUS", "российско"), ("CHN", "китайские")],
        );
        check(
            Ru,
            "русско-иранские и американо-китайские",
            &[
                ("RUS", "русско"),
                ("IRN", "иранские"),
                ("USA", "американо"),
                ("CHN", "китайские"),
            ],
        );
        check(
            Ru,
            "ирано-индийский",
            &[("IRN", "ирано"), ("IND", "индийский")],
        );
        // A combining form alone is no mention.
        check(Ru, "российско и американо", &[]);
    }

    #[test]
    fn people() {
        check(
            Ru,
            "с Путиным, Путину, Путина",
            &[
                ("putin", "Путиным"),
                ("putin", "Путину"),
                ("putin", "Путина"),
            ],
        );
        check(Ru, "Владимиром Путиным", &[("putin", "Владимиром Путиным")]);
        check(Ru, "Марии Захаровой", &[("zakharova", "Марии Захаровой")]);
        check(Ru, "Путинизм и Путинская эпоха", &[]);
    }

    #[test]
    fn acronyms_and_fixed() {
        check(
            Ru,
            "США, ЕС, ООН и ШОС",
            &[("USA", "США"), ("EU", "ЕС"), ("UN", "ООН"), ("SCO", "ШОС")],
        );
        check(Ru, "если весь интерес", &[]);
        check(
            Ru,
            "Шанхайской организации сотрудничества",
            &[("SCO", "Шанхайской организации сотрудничества")],
        );
        check(
            Ru,
            "Организации Объединённых Наций",
            &[("UN", "Организации Объединённых Наций")],
        );
        check(Ru, "Европейского союза", &[("EU", "Европейского союза")]);
    }
}

mod english {
    use super::*;

    #[test]
    fn case_sensitive_acronyms() {
        check(
            En,
            "The US and the EU told us the un-official UN line.",
            &[("USA", "US"), ("EU", "EU"), ("UN", "UN")],
        );
        check(En, "The U.S. said", &[("USA", "U.S.")]);
        check(En, "we us eu", &[]);
    }

    #[test]
    fn possessives_and_hyphens() {
        check(
            En,
            "Russia's army and Russia’s navy",
            &[("RUS", "Russia"), ("RUS", "Russia")],
        );
        check(
            En,
            "Sino-Russian ties and Russo-Chinese trade",
            &[
                ("CHN", "Sino"),
                ("RUS", "Russian"),
                ("RUS", "Russo"),
                ("CHN", "Chinese"),
            ],
        );
        check(
            En,
            "the Russia-China pact",
            &[("RUS", "Russia"), ("CHN", "China")],
        );
    }

    #[test]
    fn capitalisation() {
        check(
            En,
            "In Moscow, the Kremlin said Russian troops left.",
            &[
                ("RUS", "Moscow"),
                ("RUS", "the Kremlin"),
                ("RUS", "Russian"),
            ],
        );
        check(
            En,
            "a russian doll from moscow",
            &[("RUS", "russian"), ("RUS", "moscow")],
        );
        check(En, "A russian doll from Moscow", &[("RUS", "Moscow")]);
        check(En, "SANCTIONS ON RUSSIA", &[("RUS", "RUSSIA")]);
    }

    #[test]
    fn people_and_companies_are_not_countries() {
        check(
            En,
            "Vladimir Putin met Gazprom executives.",
            &[("putin", "Vladimir Putin"), ("gazprom", "Gazprom")],
        );
        let lex = fixture();
        let putin = lex.lookup("putin").unwrap();
        assert_eq!(lex.entity(putin).country, lex.lookup("RUS"));
        assert_eq!(lex.entity(putin).kind, Kind::Person);
        assert_eq!(
            lex.entity(lex.lookup("safadi").unwrap()).country,
            lex.lookup("JOR")
        );
        assert_eq!(
            lex.entity(lex.lookup("brics_pay").unwrap()).bloc,
            lex.lookup("BRICS")
        );
    }

    #[test]
    fn qualifier_stripped_names() {
        check(
            En,
            "Myanmar and Myanmar (Burma)",
            &[("MMR", "Myanmar"), ("MMR", "Myanmar (Burma)")],
        );
    }
}

mod ambiguous {
    use super::*;

    #[test]
    fn english_needs_context() {
        check(En, "Michael Jordan scored.", &[]);
        check(En, "He met Michael Jordan yesterday.", &[]);
        check(En, "The talks in Jordan ended.", &[("JOR", "Jordan")]);
        check(
            En,
            "Egypt and Jordan signed.",
            &[("EGY", "Egypt"), ("JOR", "Jordan")],
        );
        check(En, "Jordan's government agreed.", &[("JOR", "Jordan")]);
        check(
            En,
            "Jordan said so. Amman agreed.",
            &[("JOR", "Jordan"), ("JOR", "Amman")],
        );
        check(En, "We ate roast turkey.", &[]);
        check(
            En,
            "Turkey bought Russian gas.",
            &[("TUR", "Turkey"), ("RUS", "Russian")],
        );
        check(En, "Turkey was served for dinner.", &[]);
        check(
            En,
            "Jordan scored 30 points against the Russian team.",
            &[("RUS", "Russian")],
        );
        check(En, "Exports to Turkey rose.", &[("TUR", "Turkey")]);
        check(
            En,
            "Turkish officials said Turkey would buy gas.",
            &[("TUR", "Turkish"), ("TUR", "Turkey")],
        );
        check(En, "fine china plates", &[]);
        check(En, "Chad Smith played drums.", &[]);
        check(En, "France sent troops to Chad.", &[("TCD", "Chad")]);
        check(En, "Georgia's governor spoke in Atlanta.", &[]);
        check(
            En,
            "Tbilisi said Georgia would not join.",
            &[("GEO", "Tbilisi"), ("GEO", "Georgia")],
        );
        check(
            En,
            "China and Russia agreed.",
            &[("CHN", "China"), ("RUS", "Russia")],
        );
        check(En, "The Wagner opera was staged.", &[]);
        check(En, "Wagner mercenaries arrived.", &[("wagner", "Wagner")]);
        check(
            En,
            "The Wagner Group left Mali. Wagner fighters regrouped.",
            &[("wagner", "Wagner Group"), ("wagner", "Wagner")],
        );
        check(
            En,
            "Minister Safadi spoke. Then Safadi left.",
            &[("safadi", "Safadi"), ("safadi", "Safadi")],
        );
    }

    #[test]
    fn arabic_oman_or_amman() {
        check(Ar, "وصل الوفد إلى عمان.", &[]);
        check(Ar, "وصل الوفد إلى سلطنة عمان.", &[("OMN", "سلطنة عمان")]);
        check(
            Ar,
            "قال الوزير الأردني في عمان إن المحادثات نجحت.",
            &[("JOR", "الأردني"), ("JOR", "عمان")],
        );
        check(
            Ar,
            "التقى مسؤولون في عمان بنظرائهم في مسقط.",
            &[("OMN", "عمان"), ("OMN", "مسقط")],
        );
        check(
            Ar,
            "وقالت الخارجية العمانية إن عمان ترحب.",
            &[("OMN", "العمانية"), ("OMN", "عمان")],
        );
    }

    #[test]
    fn arabic_egypt() {
        check(
            Ar,
            "وقعت روسيا ومصر اتفاقا.",
            &[("RUS", "روسيا"), ("EGY", "مصر")],
        );
        check(Ar, "وصل الرئيس إلى مصر.", &[("EGY", "مصر")]);
        check(Ar, "الاجتماع بمصر.", &[("EGY", "مصر")]);
        check(Ar, "إنه مصر على موقفه.", &[]);
        check(Ar, "هو مُصِرّ على الرفض.", &[]);
        check(
            Ar,
            "القاهرة تقول إن مصر ترفض.",
            &[("EGY", "القاهرة"), ("EGY", "مصر")],
        );
    }

    #[test]
    fn russian() {
        check(Ru, "Из того, что сказано.", &[]);
        check(Ru, "Того же мнения.", &[]);
        check(Ru, "Посол в Того заявил.", &[("TGO", "Того")]);
        check(Ru, "За мир во всём мире.", &[]);
        check(Ru, "Мир вокруг меняется.", &[]);
        check(
            Ru,
            "Карты «Мир» принимают в Турции.",
            &[("mir", "Мир"), ("TUR", "Турции")],
        );
        check(Ru, "Опера Вагнера прозвучала.", &[]);
        check(
            Ru,
            "Бойцы ЧВК «Вагнер» ушли.",
            &[("wagner", "ЧВК «Вагнер»")],
        );
    }

    #[test]
    fn brussels_reads_as_the_eu_when_the_eu_is_there() {
        check(En, "Brussels hosted the fair.", &[("BEL", "Brussels")]);
        check(
            En,
            "The EU agreed; Brussels will pay.",
            &[("EU", "EU"), ("EU", "Brussels")],
        );
    }
}

#[test]
fn mentions_are_sorted_disjoint_and_on_boundaries() {
    let text = "وبروسيا البيضاء، Russia's US-China Южной Африки للصين";
    let ms = fixture().find(text, Ar);
    assert!(!ms.is_empty());
    for w in ms.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
    for m in &ms {
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end) && m.start < m.end);
    }
}

#[test]
fn forms_are_reported() {
    let lex = fixture();
    let text = "Moscow and Russian and SCO";
    let forms: Vec<Form> = lex.find(text, En).iter().map(|m| m.form).collect();
    assert_eq!(forms, [Form::Capital, Form::Adjective, Form::Acronym]);
    assert_eq!(Form::Adjective.as_str(), "adjective");
    assert_eq!(Kind::Initiative.as_str(), "initiative");
}

#[test]
fn strict_mode_reports_file_and_line() {
    let dir = tempdir();
    std::fs::write(
        dir.join("blocs.csv"),
        "id,name_en,name_ar,name_ru,wikidata,source\nX,Ex,,,,t\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("aliases")).unwrap();
    std::fs::write(
        dir.join("aliases/blocs.csv"),
        "entity,lang,alias,form,flags,source\nX,en,Ex2,alias,,t\nNOPE,en,Nope,alias,,t\n",
    )
    .unwrap();
    let err = LexiconBuilder::new().data_dir(&dir).build().unwrap_err();
    match &err {
        Error::Invalid(w) => {
            assert_eq!(w.file, "aliases/blocs.csv");
            assert_eq!(w.line, 3);
        }
        other => panic!("unexpected {other}"),
    }
    let lex = LexiconBuilder::new()
        .data_dir(&dir)
        .strict(false)
        .build()
        .unwrap();
    assert!(lex
        .warnings()
        .iter()
        .any(|w| w.line == 3 && w.message.contains("NOPE")));
    std::fs::write(dir.join("blocs.csv"), "name_en\nX\n").unwrap();
    assert!(matches!(
        LexiconBuilder::new().data_dir(&dir).build(),
        Err(Error::MissingColumn { column: "id", .. })
    ));
    assert!(matches!(
        LexiconBuilder::new().data_dir(dir.join("missing")).build(),
        Err(Error::Io { .. })
    ));
    let _ = std::fs::remove_dir_all(&dir);
}

fn tempdir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("blocwatch-lexicon-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// What every match of any text must satisfy, in every language: spans inside the text on char
/// boundaries, in order, never overlapping.
fn check_invariants(lex: &Lexicon, text: &str) {
    for lang in Lang::ALL {
        let ms = lex.find(text, lang);
        for w in ms.windows(2) {
            assert!(w[0].end <= w[1].start, "overlap in {text:?}");
        }
        for m in &ms {
            assert!(m.start < m.end && m.end <= text.len());
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        }
    }
}

#[path = "lexicon/shipped_data.rs"]
mod shipped_data;

#[path = "lexicon/shipped_hard_cases.rs"]
mod shipped_hard_cases;

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "روسيا",
        "ال",
        "و",
        "ب",
        "لل",
        "صين",
        "البيضاء",
        " ",
        "-",
        "'s",
        "Russia",
        "US",
        "us",
        "Южн",
        "ой",
        "Африки",
        "российско",
        "китайский",
        "عمان",
        "مصر",
        "Jordan",
        "Michael",
        ".",
        "\u{200F}",
        "ـ",
        "َ",
        "Того",
        "«",
        "»",
        "Мир",
        "\n",
        "ẞ",
        "İ",
        "Путин",
        "ым",
    ];

    fn check_invariants(text: &str) {
        super::check_invariants(fixture(), text);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn arbitrary_strings(s in any::<String>()) {
            check_invariants(&s);
        }

        #[test]
        fn name_soup(v in proptest::collection::vec(proptest::sample::select(PIECES), 0..40)) {
            check_invariants(&v.concat());
        }
    }
}
