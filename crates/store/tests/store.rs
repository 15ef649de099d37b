//! The store against small hand-made records (our own sentences), the seed articles (read at run time), an
//! old-schema store file, and files that are not stores.

use std::path::{Path, PathBuf};

use blocwatch_extract::{
    DocInfo, EntityRec, EventRec, Extractor, Input, MembershipRec, MentionRec, QuantityRec, Record,
};
use blocwatch_store::{
    EventFilter, ExportFormat, ExportWhat, KnowledgeBase, PreparedDoc, SqliteStore, StoreError,
};

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// A record built by hand: every `(entity, surface)` pair is a mention at the surface's first occurrence.
struct Doc {
    record: Record,
    text: String,
}

impl Doc {
    fn new(id: &str, lang: &str, date: Option<&str>, text: &str, mentions: &[(&str, &str)]) -> Doc {
        let mut record = Record {
            doc: DocInfo {
                id: id.to_string(),
                source: format!("test/{id}"),
                lang: Some(lang.to_string()),
                chars: text.chars().count(),
                date: date.map(str::to_string),
                title: Some(format!("title of {id}")),
                url: Some(format!("https://news.invalid/{id}")),
            },
            ..Record::default()
        };
        for (entity, surface) in mentions {
            let start = text
                .find(surface)
                .unwrap_or_else(|| panic!("{surface} not in {id}"));
            record.mentions.push(MentionRec {
                entity: entity.to_string(),
                start,
                end: start + surface.len(),
                text: surface.to_string(),
                form: "name".into(),
            });
            match record.entities.iter_mut().find(|e| e.id == *entity) {
                Some(e) => e.mentions += 1,
                None => record.entities.push(EntityRec {
                    id: entity.to_string(),
                    kind: if entity.len() == 3 { "country" } else { "bloc" }.into(),
                    name: entity.to_string(),
                    wikidata: None,
                    mentions: 1,
                    country: None,
                }),
            }
        }
        Doc {
            record,
            text: text.to_string(),
        }
    }

    fn range(&self, sentence: &str) -> [usize; 2] {
        let s = self.text.find(sentence).expect("sentence in text");
        [s, s + sentence.len()]
    }

    fn event(
        mut self,
        sentence: &str,
        kind: &str,
        source: &[&str],
        target: &[&str],
        date: Option<&str>,
    ) -> Doc {
        let range = self.range(sentence);
        self.record.events.push(EventRec {
            kind: kind.into(),
            mode: None,
            context: vec!["economic".into()],
            score: if kind == "SANCTION" { -6.0 } else { 5.0 },
            source: source.iter().map(|s| s.to_string()).collect(),
            target: target.iter().map(|s| s.to_string()).collect(),
            date: date.map(str::to_string),
            negated: false,
            modality: "asserted".into(),
            reported_by: None,
            trigger: "signed".into(),
            actors: vec![],
            sentence: range,
            text: sentence.into(),
        });
        self
    }

    fn claim(mut self, sentence: &str, bloc: &str, member: &str, status: &str) -> Doc {
        let range = self.range(sentence);
        self.record.memberships.push(MembershipRec {
            bloc: bloc.into(),
            member: member.into(),
            status: status.into(),
            date: None,
            negated: false,
            sentence: range,
            text: sentence.into(),
        });
        self
    }

    fn amount(mut self, sentence: &str, amount: f64, parties: &[&str]) -> Doc {
        let range = self.range(sentence);
        self.record.quantities.push(QuantityRec {
            kind: "trade".into(),
            amount,
            currency: Some("USD".into()),
            bound: None,
            parties: parties.iter().map(|s| s.to_string()).collect(),
            date: None,
            sentence: range,
            text: "12 billion dollars".into(),
        });
        self
    }

    fn pair(&self) -> (Record, String) {
        (self.record.clone(), self.text.clone())
    }
}

fn corpus() -> Vec<Doc> {
    vec![
        Doc::new(
            "en-1",
            "en",
            Some("2024-03-05"),
            "Kazakhstan and Uzbekistan signed a gas transit accord in Tashkent. Trade between them reached 12 billion dollars last year.",
            &[("KAZ", "Kazakhstan"), ("UZB", "Uzbekistan")],
        )
        .event("Kazakhstan and Uzbekistan signed a gas transit accord in Tashkent.", "AGREE", &["KAZ", "UZB"], &[], None)
        .amount("Trade between them reached 12 billion dollars last year.", 12e9, &["KAZ", "UZB"]),
        Doc::new(
            "en-2",
            "en",
            Some("2024-11-20"),
            "Washington imposed new sanctions on Iran over its drone exports. Tehran called the measures illegal.",
            &[("USA", "Washington"), ("IRN", "Iran"), ("IRN", "Tehran")],
        )
        .event("Washington imposed new sanctions on Iran over its drone exports.", "SANCTION", &["USA"], &["IRN"], Some("2024-11-19")),
        Doc::new(
            "ru-1",
            "ru",
            Some("2023-07-04"),
            "Иран стал полноправным членом ШОС на саммите в режиме видеосвязи. Россия приветствовала это решение.",
            &[("IRN", "Иран"), ("SCO", "ШОС"), ("RUS", "Россия")],
        )
        .claim("Иран стал полноправным членом ШОС на саммите в режиме видеосвязи.", "SCO", "IRN", "member")
        .event("Россия приветствовала это решение.", "SUPPORT", &["RUS"], &["IRN"], None),
        Doc::new(
            "ar-1",
            "ar",
            Some("2025-01-10"),
            "وقعت روسيا وبالصين اتفاقا جديدا لتوريد الغاز. وقال المتحدث إن الاتفاق يعزز الشراكة.",
            &[("RUS", "روسيا"), ("CHN", "الصين")],
        )
        .event("وقعت روسيا وبالصين اتفاقا جديدا لتوريد الغاز.", "AGREE", &["RUS", "CHN"], &[], None)
        // A claim that contradicts the reference: Tajikistan is not in the EAEU.
        .claim("وقال المتحدث إن الاتفاق يعزز الشراكة.", "EAEU", "TJK", "member"),
    ]
}

fn small_store() -> SqliteStore {
    let store = SqliteStore::open_in_memory().unwrap();
    let batch: Vec<(Record, String)> = corpus().iter().map(Doc::pair).collect();
    let stats = store.ingest(&batch).unwrap();
    assert_eq!((stats.new, stats.duplicate), (4, 0));
    assert_eq!(
        (stats.events, stats.memberships, stats.quantities),
        (4, 2, 1)
    );
    store
}

#[test]
fn reference_tables_answer_membership_questions() {
    let store = small_store();
    let blocs = store.blocs().unwrap();
    assert!(blocs.iter().any(|b| b.id == "SCO" && !b.source.is_empty()));
    let sco = store.memberships(Some("SCO"), None).unwrap();
    assert!(sco.iter().all(|m| m.bloc == "SCO"));
    assert!(sco
        .iter()
        .any(|m| m.member == "IND" && m.from.as_deref().is_some_and(|f| f.starts_with("2017"))));
    let kaz = store.memberships(None, Some("KAZ")).unwrap();
    assert!(kaz.iter().any(|m| m.bloc == "CSTO") && kaz.iter().all(|m| m.member == "KAZ"));
    assert_eq!(
        store.memberships(Some("SCO"), Some("KAZ")).unwrap().len(),
        sco.iter().filter(|m| m.member == "KAZ").count()
    );
    let rus = store.treaties(Some("RUS")).unwrap();
    assert!(rus.iter().any(|t| t.parties.contains(&"PRK".to_string())));
    assert!(rus.iter().all(|t| t.parties.contains(&"RUS".to_string())));
    assert!(store.treaties(None).unwrap().len() >= rus.len());
    let countries = store.countries().unwrap();
    for c in ["RUS", "CHN", "KAZ", "IND"] {
        assert!(countries.contains(&c.to_string()), "{c}");
    }
}

#[test]
fn claims_carry_their_sentence() {
    let store = small_store();
    let claims = store.claims(Some("SCO"), None).unwrap();
    assert_eq!(claims.len(), 1);
    let c = &claims[0];
    assert_eq!((c.member.as_str(), c.status.as_str()), ("IRN", "member"));
    assert_eq!(
        c.date.as_deref(),
        Some("2023-07-04"),
        "document date stands in"
    );
    assert!(c.evidence.text.starts_with("Иран стал"));
    assert_eq!(c.evidence.lang.as_deref(), Some("ru"));
    assert_eq!(store.claims(None, Some("TJK")).unwrap()[0].bloc, "EAEU");
    assert_eq!(store.claims(Some("EAEU"), Some("TJK")).unwrap().len(), 1);
    assert_eq!(store.claims(None, None).unwrap().len(), 2);
    assert!(store.claims(Some("NATO"), None).unwrap().is_empty());
}

#[test]
fn events_filter_by_actor_dyad_type_date_and_language() {
    let store = small_store();
    let all = store.events(&EventFilter::default()).unwrap();
    assert_eq!(all.len(), 4);
    let dates: Vec<_> = all.iter().map(|e| e.date.clone().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "oldest first");

    let ev = |f: EventFilter| store.events(&f).unwrap();
    let irn = ev(EventFilter {
        actor: Some("IRN".into()),
        ..Default::default()
    });
    assert_eq!(irn.len(), 2);
    // The event's own date wins over the document's.
    let sanction = irn.iter().find(|e| e.kind == "SANCTION").unwrap();
    assert_eq!(sanction.date.as_deref(), Some("2024-11-19"));
    assert_eq!(
        (sanction.source.clone(), sanction.target.clone()),
        (vec!["USA".into()], vec!["IRN".into()])
    );

    // Directed: either direction counts; symmetric: both among the parties.
    assert_eq!(
        ev(EventFilter {
            dyad: Some(("IRN".into(), "USA".into())),
            ..Default::default()
        })
        .len(),
        1
    );
    assert_eq!(
        ev(EventFilter {
            dyad: Some(("UZB".into(), "KAZ".into())),
            ..Default::default()
        })
        .len(),
        1
    );
    assert_eq!(
        ev(EventFilter {
            dyad: Some(("RUS".into(), "USA".into())),
            ..Default::default()
        })
        .len(),
        0
    );

    let agree = ev(EventFilter {
        types: vec!["AGREE".into()],
        ..Default::default()
    });
    assert_eq!(agree.len(), 2);
    // `to` is inclusive of every date it is a prefix of.
    assert_eq!(
        ev(EventFilter {
            to: Some("2024".into()),
            ..Default::default()
        })
        .len(),
        3
    );
    assert_eq!(
        ev(EventFilter {
            from: Some("2024-11".into()),
            to: Some("2024-11-19".into()),
            ..Default::default()
        })
        .len(),
        1
    );
    let ar = ev(EventFilter {
        lang: Some("ar".into()),
        ..Default::default()
    });
    assert_eq!(ar.len(), 1);
    assert!(ar[0].evidence.text.starts_with("وقعت"));
    let page = ev(EventFilter {
        limit: Some(2),
        offset: 1,
        ..Default::default()
    });
    assert_eq!(
        page.iter().map(|e| e.id).collect::<Vec<_>>(),
        all[1..3].iter().map(|e| e.id).collect::<Vec<_>>()
    );
}

#[test]
fn quantities_filter_by_party_and_date() {
    let store = small_store();
    let q = store.quantities(Some("UZB"), None, None).unwrap();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].amount, 12e9);
    assert_eq!(
        q[0].evidence.sentence,
        corpus()[0].range("Trade between them reached 12 billion dollars last year.")
    );
    assert!(store
        .quantities(Some("UZB"), Some("2025"), None)
        .unwrap()
        .is_empty());
    assert_eq!(
        store
            .quantities(None, Some("2024-03"), Some("2024-03"))
            .unwrap()
            .len(),
        1
    );
    assert!(store
        .quantities(Some("BRA"), None, None)
        .unwrap()
        .is_empty());
}

#[test]
fn search_finds_sentences_in_every_language() {
    let store = small_store();
    let hits = store.search("gas transit", None, 10, 0).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(hits[0].evidence.text.contains("gas transit"));
    assert_eq!(hits[0].entities, ["KAZ", "UZB"]);
    // An Arabic query finds the word behind its proclitics (وبالصين), and diacritics do not matter.
    let ar = store.search("الصِّين", None, 10, 0).unwrap();
    assert_eq!(ar.len(), 1);
    assert_eq!(ar[0].evidence.lang.as_deref(), Some("ar"));
    // Russian is case-folded.
    assert_eq!(store.search("ШОС", Some("ru"), 10, 0).unwrap().len(), 1);
    assert!(store.search("ШОС", Some("en"), 10, 0).unwrap().is_empty());
    // No sentence has both words: the sentences with either are ranked instead.
    let any = store.search("sanctions transit", None, 10, 0).unwrap();
    assert_eq!(any.len(), 2);
    // FTS syntax in the query is taken literally, never as an operator.
    assert!(store.search("NEAR(\" *", None, 10, 0).is_ok());
    assert!(store.search("", None, 10, 0).unwrap().is_empty());
    // The language column is a filter, never matched by a query word.
    assert!(store.search("ru", None, 10, 0).unwrap().is_empty());
    assert!(store.search("sanctions", None, 10, 1).unwrap().is_empty());
}

#[test]
fn documents_are_read_whole_and_paged_newest_first() {
    let store = small_store();
    let d = store.document("ar-1").unwrap().unwrap();
    assert_eq!(d.text, corpus()[3].text);
    assert_eq!(d.url.as_deref(), Some("https://news.invalid/ar-1"));
    assert!(store.document("nope").unwrap().is_none());
    let docs = store.documents(None, 10, 0).unwrap();
    let ids: Vec<_> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["ar-1", "en-2", "en-1", "ru-1"]);
    assert_eq!(store.documents(Some("en"), 1, 1).unwrap()[0].id, "en-1");
}

#[test]
fn the_same_text_is_stored_once_whatever_its_id() {
    let store = small_store();
    let mut again = corpus()[0].pair();
    again.0.doc.id = "another-id".into();
    let stats = store.ingest(&[again.clone(), again]).unwrap();
    assert_eq!((stats.new, stats.duplicate, stats.events), (0, 2, 0));
    assert_eq!(store.counts().unwrap().documents, 4);
}

#[test]
fn broken_records_are_stored_without_panicking() {
    let store = SqliteStore::open_in_memory().unwrap();
    let text = "Россия и Китай. Ещё одна фраза.";
    let mut doc = Doc::new("odd", "ru", None, text, &[("RUS", "Россия")]);
    // A sentence range past the end, one inside a multi-byte letter, a mention beyond the text.
    doc = doc.event("Ещё одна фраза.", "CONSULT", &["RUS"], &[], None);
    doc.record.events[0].sentence = [5, 9999];
    doc.record.events.push(EventRec {
        sentence: [1, 3],
        ..doc.record.events[0].clone()
    });
    doc.record.events[1].score = f32::NAN;
    doc.record.mentions.push(MentionRec {
        start: 500,
        end: 505,
        ..doc.record.mentions[0].clone()
    });
    doc.record.quantities.push(QuantityRec {
        kind: "other".into(),
        amount: f64::INFINITY,
        currency: None,
        bound: None,
        parties: vec![],
        date: None,
        sentence: [0, 3],
        text: String::new(),
    });
    doc.record.doc.lang = Some("xx".into());
    let stats = store.ingest(&[doc.pair()]).unwrap();
    assert_eq!((stats.new, stats.events, stats.quantities), (1, 2, 0));
    let events = store.events(&EventFilter::default()).unwrap();
    assert_eq!(
        events[0].evidence.text, "Ещё одна фраза.",
        "an out-of-range sentence keeps the extractor's text"
    );
    assert_eq!(events[1].score, 0.0);
    store.check().unwrap();
}

#[test]
fn seeds_ingested_twice_are_stored_once() {
    let extractor = Extractor::embedded();
    let mut batch = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(SEEDS)
        .expect("the seed articles in ../shared/seeds")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 5);
    for p in &paths {
        let text = std::fs::read_to_string(p).unwrap();
        let source = p.display().to_string();
        let record = extractor.extract(&Input {
            source: &source,
            ..Input::text(&text)
        });
        batch.push((record, text));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seeds.sqlite");
    let store = SqliteStore::open(&path).unwrap();
    let first = store.ingest(&batch).unwrap();
    assert_eq!((first.new, first.duplicate), (5, 0));
    let counts = store.counts().unwrap();
    drop(store);
    // Again, through the parallel path, in a new process-like open.
    let store = SqliteStore::open(&path).unwrap();
    let prepared: Vec<PreparedDoc> = batch
        .into_iter()
        .map(|(r, t)| PreparedDoc::new(r, t))
        .collect();
    let second = store.ingest_prepared(&prepared).unwrap();
    assert_eq!((second.new, second.duplicate), (0, 5));
    assert_eq!(store.counts().unwrap(), counts);
    assert!(counts.sentences > 20 && counts.mentions > 20, "{counts:?}");
    store.check().unwrap();
    // Both Arabic and English seeds are searchable.
    assert!(!store.search("روسيا", Some("ar"), 5, 0).unwrap().is_empty());
    assert!(!store.search("Russia", Some("en"), 5, 0).unwrap().is_empty());
}

fn copy_fixture(name: &str, dir: &Path) -> PathBuf {
    let to = dir.join(name);
    std::fs::copy(Path::new(FIXTURES).join(name), &to).unwrap();
    to
}

/// `store-v1.sqlite` was written by schema version 1 of this crate (regenerate with
/// `BLOCWATCH_WRITE_FIXTURES=1 cargo test -p blocwatch-store --test store`, only while v1 is current).
#[test]
fn a_schema_v1_store_still_opens() {
    let fixture = Path::new(FIXTURES).join("store-v1.sqlite");
    if std::env::var_os("BLOCWATCH_WRITE_FIXTURES").is_some() {
        assert_eq!(
            SqliteStore::schema_version(),
            1,
            "the v1 fixture can only be written by v1 code"
        );
        let _ = std::fs::remove_file(&fixture);
        let store = SqliteStore::open(&fixture).unwrap();
        let batch: Vec<(Record, String)> = corpus().iter().map(Doc::pair).collect();
        store.ingest(&batch).unwrap();
        drop(store);
        // One self-contained file: fold the WAL back in and leave WAL mode, so no -wal file is needed.
        let c = rusqlite::Connection::open(&fixture).unwrap();
        c.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
            .unwrap();
        c.execute_batch("VACUUM").unwrap();
        drop(c);
        let _ = std::fs::remove_file(fixture.with_extension("sqlite-wal"));
        let _ = std::fs::remove_file(fixture.with_extension("sqlite-shm"));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = copy_fixture("store-v1.sqlite", dir.path());
    let store = SqliteStore::open(&path).unwrap();
    store.check().unwrap();
    assert_eq!(store.counts().unwrap().documents, 4);
    assert_eq!(
        store.document("ru-1").unwrap().unwrap().text,
        corpus()[2].text
    );
    assert_eq!(store.events(&EventFilter::default()).unwrap().len(), 4);
    assert_eq!(store.search("الصين", None, 10, 0).unwrap().len(), 1);
    // The reference data is the current one, whatever the fixture held.
    assert!(!store
        .memberships(Some("BRICS"), Some("IDN"))
        .unwrap()
        .is_empty());
}

#[test]
fn check_reports_rows_without_parents() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kb.sqlite");
    let store = SqliteStore::open(&path).unwrap();
    store.ingest(&[corpus()[0].pair()]).unwrap();
    store.check().unwrap();
    drop(store);
    pragma(
        &path,
        "PRAGMA foreign_keys = OFF; DELETE FROM sentences WHERE id = 1",
    );
    let err = SqliteStore::open(&path).unwrap().check().unwrap_err();
    assert!(err.to_string().contains("no parent in sentences"), "{err}");
}

fn pragma(path: &Path, sql: &str) {
    rusqlite::Connection::open(path)
        .unwrap()
        .execute_batch(sql)
        .unwrap();
}

#[test]
fn a_store_from_a_newer_blocwatch_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_fixture("store-v1.sqlite", dir.path());
    SqliteStore::open(&path).unwrap();
    pragma(&path, "PRAGMA user_version = 99");
    match SqliteStore::open(&path) {
        Err(StoreError::TooNew {
            found: 99,
            supported,
            ..
        }) => assert_eq!(supported, SqliteStore::schema_version()),
        other => panic!("expected TooNew, got {other:?}"),
    }
}

#[test]
fn files_that_are_not_stores_are_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.sqlite");
    std::fs::write(
        &text,
        "this is a shopping list, not a database\n".repeat(200),
    )
    .unwrap();
    let before = std::fs::read(&text).unwrap();
    assert!(matches!(
        SqliteStore::open(&text),
        Err(StoreError::Corruption { .. })
    ));
    assert_eq!(std::fs::read(&text).unwrap(), before);

    // A SQLite database of some other program.
    let other = dir.path().join("other.db");
    pragma(
        &other,
        "CREATE TABLE invoices (n INTEGER); PRAGMA application_id = 7",
    );
    let err = SqliteStore::open(&other).unwrap_err();
    assert!(matches!(err, StoreError::Corruption { .. }), "{err}");
    assert!(err.to_string().contains("other.db"));

    let missing_dir = dir.path().join("no/such/dir/x.sqlite");
    assert!(SqliteStore::open(&missing_dir).is_err());
}

#[test]
fn exports_every_kind_in_every_format() {
    let store = small_store();
    let export = |what, format| {
        let mut out = Vec::new();
        let n = store.export(what, format, &mut out).unwrap();
        (n, String::from_utf8(out).unwrap())
    };
    let (n, csv) = export(ExportWhat::Events, ExportFormat::Csv);
    assert_eq!(n, 4);
    assert_eq!(csv.lines().count(), 5, "header and four rows");
    assert!(csv.starts_with("id,date,type,"));
    let (n, plover) = export(ExportWhat::Events, ExportFormat::Plover);
    assert_eq!(n, 4);
    let sanction: serde_json::Value = plover
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["event"] == "SANCTION")
        .unwrap();
    assert_eq!(sanction["actor"], "USA");
    assert_eq!(sanction["recipient"], "IRN");
    assert_eq!(sanction["cite_info"]["language"], "en");
    let start = sanction["text_info"]["start"].as_u64().unwrap() as usize;
    let end = sanction["text_info"]["end"].as_u64().unwrap() as usize;
    assert_eq!(
        &corpus()[1].text[start..end],
        sanction["text"].as_str().unwrap()
    );

    let (n, jsonl) = export(ExportWhat::Memberships, ExportFormat::Jsonl);
    let reference = store.memberships(None, None).unwrap().len();
    assert_eq!(n, reference + 2);
    assert_eq!(
        jsonl
            .lines()
            .filter(|l| l.contains("\"origin\":\"news\""))
            .count(),
        2
    );
    let (n, _) = export(ExportWhat::Entities, ExportFormat::Csv);
    assert_eq!(n, store.counts().unwrap().entities);
    let (n, docs) = export(ExportWhat::Documents, ExportFormat::Jsonl);
    assert_eq!(n, 4);
    assert!(docs.contains("\"id\":\"ar-1\""));
    // Parquet: a real file that the parquet reader opens, with one row per event and the flat columns.
    let (n, _) = export(ExportWhat::Events, ExportFormat::Csv);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.parquet");
    let mut file = std::fs::File::create(&path).unwrap();
    assert_eq!(
        store
            .export(ExportWhat::Events, ExportFormat::Parquet, &mut file)
            .unwrap(),
        n
    );
    drop(file);
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
    let meta = reader.metadata().file_metadata();
    assert_eq!(meta.num_rows(), n as i64);
    let columns: Vec<&str> = meta
        .schema_descr()
        .columns()
        .iter()
        .map(|c| c.name())
        .collect();
    assert_eq!(columns.first(), Some(&"id"));
    assert!(columns.contains(&"text") && columns.contains(&"sentence_start"));
    let mut docs = Vec::new();
    store
        .export(ExportWhat::Documents, ExportFormat::Parquet, &mut docs)
        .unwrap();
    assert!(docs.starts_with(b"PAR1") && docs.ends_with(b"PAR1"));

    let mut sink = Vec::new();
    assert!(matches!(
        store.export(ExportWhat::Documents, ExportFormat::Plover, &mut sink),
        Err(StoreError::Invalid(_))
    ));
}

#[test]
fn readers_work_while_a_writer_holds_a_file_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = std::sync::Arc::new(SqliteStore::open(dir.path().join("kb.sqlite")).unwrap());
    let writer = {
        let store = store.clone();
        std::thread::spawn(move || {
            for i in 0..50 {
                let text = format!("Document number {i} reports a meeting of ministers in Minsk.");
                let d = Doc::new(&format!("d{i}"), "en", Some("2025-05-05"), &text, &[]);
                store.ingest(&[d.pair()]).unwrap();
            }
        })
    };
    for _ in 0..50 {
        let n = store.documents(None, 100, 0).unwrap().len();
        assert!(n <= 50);
        store.blocs().unwrap();
    }
    writer.join().unwrap();
    assert_eq!(store.counts().unwrap().documents, 50);
    store.check().unwrap();
    assert_eq!(
        store.search("ministers minsk", None, 100, 0).unwrap().len(),
        50
    );
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    fn range(max: usize) -> impl Strategy<Value = [usize; 2]> {
        (0..max + 8, 0..max + 8).prop_map(|(a, b)| [a.min(b), a.max(b)])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever a record says (offsets past the end or inside a letter, odd languages, empty fields),
        /// ingesting it neither panics nor leaves a row without its parent.
        #[test]
        fn any_record_is_stored_or_refused_cleanly(
            text in "[a-zA-Zа-яА-Яء-ي .,!?\n،؟]{0,120}",
            lang in prop::sample::select(vec!["ar", "en", "ru", "xx", ""]),
            mentions in prop::collection::vec((range(120), "[A-Z]{3}"), 0..6),
            events in prop::collection::vec((range(120), prop::collection::vec("[A-Z]{3}", 0..3), prop::collection::vec("[A-Z]{3}", 0..2)), 0..4),
            claims in prop::collection::vec(range(120), 0..3),
        ) {
            let store = SqliteStore::open_in_memory().unwrap();
            let mut record = Record::default();
            record.doc.id = format!("p-{}", text.len());
            record.doc.lang = (!lang.is_empty()).then(|| lang.to_string());
            for ([start, end], entity) in &mentions {
                record.mentions.push(MentionRec {
                    entity: entity.clone(),
                    start: *start,
                    end: *end,
                    text: String::new(),
                    form: "name".into(),
                });
            }
            for (sentence, source, target) in &events {
                record.events.push(EventRec {
                    kind: "CONSULT".into(),
                    mode: None,
                    context: vec![],
                    score: 1.0,
                    source: source.clone(),
                    target: target.clone(),
                    date: None,
                    negated: false,
                    modality: "asserted".into(),
                    reported_by: None,
                    trigger: String::new(),
                    actors: vec![],
                    sentence: *sentence,
                    text: String::new(),
                });
            }
            for sentence in &claims {
                record.memberships.push(MembershipRec {
                    bloc: "SCO".into(),
                    member: "IND".into(),
                    status: "member".into(),
                    date: None,
                    negated: false,
                    sentence: *sentence,
                    text: String::new(),
                });
            }
            let stats = store.ingest(&[(record, text.clone())]).unwrap();
            prop_assert_eq!(stats.new, 1);
            prop_assert_eq!(stats.events, events.len());
            store.check().unwrap();
            let _ = store.search(&text, None, 5, 0).unwrap();
            prop_assert_eq!(store.events(&EventFilter::default()).unwrap().len(), events.len());
        }

        /// Any query string is safe: it is searched for, never parsed as FTS5 syntax.
        #[test]
        fn any_query_is_safe(query in "\\PC{0,40}") {
            let store = SqliteStore::open_in_memory().unwrap();
            store.ingest(&[corpus()[0].pair()]).unwrap();
            prop_assert!(store.search(&query, None, 5, 0).is_ok());
            prop_assert!(store.search(&query, Some("ar\" OR x"), 5, 0).is_ok());
        }
    }
}

/// An ingest creates a store while another process opens it to watch its progress: both opens must
/// succeed, one of them migrating and loading the reference data, the other finding them done.
#[test]
fn concurrent_opens_of_a_new_store_both_succeed() {
    for round in 0..5 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("race-{round}.sqlite"));
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(4));
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let (path, barrier) = (path.clone(), barrier.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    SqliteStore::open(&path).map(|s| s.blocs().unwrap().len())
                })
            })
            .collect();
        let blocs: Vec<usize> = handles
            .into_iter()
            .map(|h| h.join().unwrap().expect("every concurrent open succeeds"))
            .collect();
        assert!(blocs[0] > 30, "{blocs:?}");
        assert!(blocs.iter().all(|&n| n == blocs[0]), "{blocs:?}");
    }
}
