//! The store at scale: ingest of generated documents (extraction on every core, one writer thread, batches
//! of 1,000 as `blocwatch ingest` does), the store's size, and the latency of every `KnowledgeBase` question
//! on the result.
//!
//! ```sh
//! cargo bench -p blocwatch-store --bench store            # 100,000 documents
//! BLOCWATCH_BENCH_DOCS=20000 cargo bench -p blocwatch-store --bench store
//! BLOCWATCH_BENCH_DB=/tmp/kb.sqlite cargo bench -p blocwatch-store --bench store  # keep it; re-run: questions only
//! BLOCWATCH_BENCH_JSONL=/tmp/news.jsonl cargo bench -p blocwatch-store --bench store  # corpus for `blocwatch ingest`
//! ```
//!
//! The documents are written from our own sentence templates (three languages, 40 countries, 12 blocs; five
//! sentences each, two events, an amount in one document of three, a membership statement in one of eight).
//! When the extractor codes no event, membership or amount in a document, the template's own (known) ones
//! are added to its record, so that the query side is measured on a store with realistic claim counts
//! whatever stage the extractor is at; the report says how many came from each.

use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

use blocwatch_extract::{EventRec, Extractor, Input, MembershipRec, QuantityRec, Record};
use blocwatch_store::{EventFilter, KnowledgeBase, PreparedDoc, SqliteStore};
use rayon::prelude::*;

#[path = "../../../tools/bench/support.rs"]
mod support;

/// (id, English, Russian nominative, Arabic) — names written by us.
const COUNTRIES: &[(&str, &str, &str, &str)] = &[
    ("RUS", "Russia", "Россия", "روسيا"),
    ("CHN", "China", "Китай", "الصين"),
    ("IND", "India", "Индия", "الهند"),
    ("IRN", "Iran", "Иран", "إيران"),
    ("KAZ", "Kazakhstan", "Казахстан", "كازاخستان"),
    ("UZB", "Uzbekistan", "Узбекистан", "أوزبكستان"),
    ("KGZ", "Kyrgyzstan", "Киргизия", "قيرغيزستان"),
    ("TJK", "Tajikistan", "Таджикистан", "طاجيكستان"),
    ("BLR", "Belarus", "Белоруссия", "بيلاروسيا"),
    ("ARM", "Armenia", "Армения", "أرمينيا"),
    ("AZE", "Azerbaijan", "Азербайджан", "أذربيجان"),
    ("TUR", "Turkey", "Турция", "تركيا"),
    ("EGY", "Egypt", "Египет", "مصر"),
    ("SAU", "Saudi Arabia", "Саудовская Аравия", "السعودية"),
    ("ARE", "the United Arab Emirates", "ОАЭ", "الإمارات"),
    ("BRA", "Brazil", "Бразилия", "البرازيل"),
    ("ZAF", "South Africa", "ЮАР", "جنوب أفريقيا"),
    ("IDN", "Indonesia", "Индонезия", "إندونيسيا"),
    ("PAK", "Pakistan", "Пакистан", "باكستان"),
    ("MNG", "Mongolia", "Монголия", "منغوليا"),
    ("USA", "the United States", "США", "الولايات المتحدة"),
    ("GBR", "Britain", "Великобритания", "بريطانيا"),
    ("FRA", "France", "Франция", "فرنسا"),
    ("DEU", "Germany", "Германия", "ألمانيا"),
    ("JPN", "Japan", "Япония", "اليابان"),
    ("PRK", "North Korea", "КНДР", "كوريا الشمالية"),
    ("SYR", "Syria", "Сирия", "سوريا"),
    ("IRQ", "Iraq", "Ирак", "العراق"),
    ("DZA", "Algeria", "Алжир", "الجزائر"),
    ("ETH", "Ethiopia", "Эфиопия", "إثيوبيا"),
    ("VNM", "Vietnam", "Вьетнам", "فيتنام"),
    ("MYS", "Malaysia", "Малайзия", "ماليزيا"),
    ("THA", "Thailand", "Таиланд", "تايلاند"),
    ("CUB", "Cuba", "Куба", "كوبا"),
    ("VEN", "Venezuela", "Венесуэла", "فنزويلا"),
    ("SRB", "Serbia", "Сербия", "صربيا"),
    ("GEO", "Georgia", "Грузия", "جورجيا"),
    ("MDA", "Moldova", "Молдавия", "مولدوفا"),
    ("QAT", "Qatar", "Катар", "قطر"),
    ("OMN", "Oman", "Оман", "سلطنة عمان"),
];

const BLOCS: &[(&str, &str, &str, &str)] = &[
    ("SCO", "the SCO", "ШОС", "منظمة شنغهاي للتعاون"),
    ("BRICS", "BRICS", "БРИКС", "بريكس"),
    (
        "EAEU",
        "the Eurasian Economic Union",
        "ЕАЭС",
        "الاتحاد الاقتصادي الأوراسي",
    ),
    ("CSTO", "the CSTO", "ОДКБ", "منظمة معاهدة الأمن الجماعي"),
    ("CIS", "the CIS", "СНГ", "رابطة الدول المستقلة"),
    ("ASEAN", "ASEAN", "АСЕАН", "آسيان"),
    ("NATO", "NATO", "НАТО", "حلف الناتو"),
    ("OPEC", "OPEC", "ОПЕК", "أوبك"),
    ("G20", "the G20", "G20", "مجموعة العشرين"),
    ("EU", "the EU", "ЕС", "الاتحاد الأوروبي"),
    (
        "AU",
        "the African Union",
        "Африканский союз",
        "الاتحاد الأفريقي",
    ),
    (
        "ARAB_LEAGUE",
        "the Arab League",
        "Лига арабских государств",
        "جامعة الدول العربية",
    ),
];

const TOPICS_EN: &[&str] = &[
    "gas supplies",
    "grain exports",
    "a railway corridor",
    "payments in national currencies",
    "joint naval drills",
    "nuclear power plants",
    "fertiliser deliveries",
    "a free trade zone",
];
const TOPICS_RU: &[&str] = &[
    "поставки газа",
    "экспорт зерна",
    "железнодорожный коридор",
    "расчёты в национальных валютах",
    "совместные учения",
    "атомные станции",
];
const TOPICS_AR: &[&str] = &[
    "إمدادات الغاز",
    "صادرات الحبوب",
    "ممر السكك الحديدية",
    "التسويات بالعملات الوطنية",
    "المناورات المشتركة",
    "محطات الطاقة النووية",
];

/// A small deterministic generator (xorshift), so that runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Country index, skewed towards the first ones (news is about a few states more than the rest).
    fn country(&mut self) -> usize {
        let a = self.below(COUNTRIES.len());
        let b = self.below(COUNTRIES.len());
        a.min(b)
    }
}

/// One generated document: its text and the claims the templates state.
struct GenDoc {
    id: String,
    lang: &'static str,
    date: String,
    text: String,
    events: Vec<(&'static str, Vec<&'static str>, Vec<&'static str>, usize)>,
    claim: Option<(&'static str, &'static str, usize)>,
    amount: Option<(f64, Vec<&'static str>, usize)>,
}

fn generate(i: usize, rng: &mut Rng) -> GenDoc {
    let a = rng.country();
    let mut b = rng.country();
    if b == a {
        b = (a + 1) % COUNTRIES.len();
    }
    let c = rng.below(COUNTRIES.len());
    let bloc = rng.below(BLOCS.len());
    let (ai, an, ar_, aa) = COUNTRIES[a];
    let (bi, bn, br, ba) = COUNTRIES[b];
    let (ci, cn, cr, ca) = COUNTRIES[c];
    let (bloc_id, blen, blru, blar) = BLOCS[bloc];
    let year = 2015 + rng.below(12);
    let date = format!("{year}-{:02}-{:02}", rng.below(12) + 1, rng.below(28) + 1);
    let billions = 1 + rng.below(90);
    let lang = ["en", "ru", "ar"][i % 3];
    // Membership statements are rarer than events in real news: one document in eight states one.
    let claim = i % 8 == 0;
    // And an amount in one document of three.
    let amount = (i / 3) % 3 == 1;
    let mut sentences: Vec<String> = Vec::new();
    match lang {
        "en" => {
            let topic = TOPICS_EN[rng.below(TOPICS_EN.len())];
            sentences.push(format!(
                "{an} and {bn} signed an agreement on {topic} on Tuesday."
            ));
            sentences.push(format!(
                "Officials in {an} said trade with {bn} reached {billions} billion dollars."
            ));
            sentences.push(format!(
                "{cn} applied to join {blen} as a member, according to a statement."
            ));
            sentences.push(format!(
                "Dispatch {i}: ministers will meet again before the end of the year."
            ));
            sentences.push(format!(
                "{an} criticised {cn} over its position on {topic}."
            ));
        }
        "ru" => {
            let topic = TOPICS_RU[rng.below(TOPICS_RU.len())];
            sentences.push(format!("{ar_} и {br} подписали соглашение: {topic}."));
            sentences.push(format!(
                "Товарооборот составил {billions} млрд долларов, сообщили стороны."
            ));
            sentences.push(if claim {
                format!("{cr} подала заявку на вступление в {blru}.")
            } else {
                "Переговоры прошли в конструктивной атмосфере.".to_string()
            });
            sentences.push(format!(
                "Сводка {i}: министры встретятся снова до конца года."
            ));
            sentences.push(format!(
                "{ar_} раскритиковала {cr} за позицию по вопросу: {topic}."
            ));
        }
        _ => {
            let topic = TOPICS_AR[rng.below(TOPICS_AR.len())];
            sentences.push(format!("وقعت {aa} و{ba} اتفاقية بشأن {topic} يوم الثلاثاء."));
            sentences.push(format!(
                "وقال مسؤولون إن حجم التبادل التجاري بلغ {billions} مليار دولار."
            ));
            sentences.push(format!(
                "وتقدمت {ca} بطلب للانضمام إلى {blar} بحسب بيان رسمي."
            ));
            sentences.push(format!(
                "النشرة رقم {i}: سيلتقي الوزراء مجددا قبل نهاية العام."
            ));
            sentences.push(format!("وانتقدت {aa} موقف {ca} من {topic}."));
        }
    }
    let text = sentences.join(" ");
    GenDoc {
        id: format!("bench-{i}"),
        lang,
        date,
        text,
        events: vec![
            ("AGREE", vec![ai, bi], vec![], 0),
            ("ACCUSE", vec![ai], vec![ci], 4),
        ],
        claim: claim.then_some((bloc_id, ci, 2)),
        amount: amount.then(|| (billions as f64 * 1e9, vec![ai, bi], 1)),
    }
}

/// Byte ranges of the generated sentences (joined by one space).
fn ranges(text: &str, n: usize) -> Vec<[usize; 2]> {
    let _ = n;
    let mut out = Vec::new();
    let mut start = 0;
    // Every template sentence ends with '.' followed by a space or the end.
    for (i, _) in text.match_indices(". ") {
        out.push([start, i + 1]);
        start = i + 2;
    }
    out.push([start, text.len()]);
    out
}

#[derive(Default)]
struct Origin {
    extracted: usize,
    templated: usize,
}

fn record_for(extractor: &Extractor, g: &GenDoc, origin: &mut Origin) -> Record {
    let mut record = extractor.extract(&Input {
        id: Some(&g.id),
        source: "bench",
        text: &g.text,
        lang: Some(g.lang),
        date: Some(&g.date),
        title: None,
        url: None,
    });
    let spans = ranges(&g.text, 5);
    let span = |k: usize| spans.get(k).copied().unwrap_or([0, g.text.len()]);
    let sentence = |k: usize| {
        let [s, e] = span(k);
        g.text[s..e].to_string()
    };
    if record.events.is_empty() {
        origin.templated += 1;
        for (kind, source, target, k) in &g.events {
            record.events.push(EventRec {
                kind: kind.to_string(),
                mode: None,
                context: vec!["economic".into()],
                score: if *kind == "ACCUSE" { -2.0 } else { 3.0 },
                source: source.iter().map(|s| s.to_string()).collect(),
                target: target.iter().map(|s| s.to_string()).collect(),
                date: None,
                negated: false,
                modality: "asserted".into(),
                reported_by: None,
                trigger: String::new(),
                actors: vec![],
                sentence: span(*k),
                text: sentence(*k),
            });
        }
    } else {
        origin.extracted += 1;
    }
    if record.memberships.is_empty() {
        if let Some((bloc, member, k)) = g.claim {
            record.memberships.push(MembershipRec {
                bloc: bloc.into(),
                member: member.into(),
                status: "applicant".into(),
                date: None,
                negated: false,
                sentence: span(k),
                text: sentence(k),
            });
        }
    }
    if record.quantities.is_empty() {
        if let Some((amount, parties, k)) = &g.amount {
            record.quantities.push(QuantityRec {
                kind: "trade".into(),
                amount: *amount,
                currency: Some("USD".into()),
                bound: None,
                parties: parties.iter().map(|s| s.to_string()).collect(),
                date: None,
                sentence: span(*k),
                text: String::new(),
            });
        }
    }
    record
}

fn measure(name: &str, runs: usize, mut f: impl FnMut(usize) -> usize) {
    let mut times = Vec::with_capacity(runs);
    let mut rows = 0usize;
    for i in 0..runs {
        let t = Instant::now();
        rows += f(i);
        times.push(t.elapsed());
    }
    times.sort();
    println!(
        "| `{name}` | {:.2} | {:.2} | {:.2} | {:.0} |",
        support::percentile(&times, 0.5).as_secs_f64() * 1e3,
        support::percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
        rows as f64 / runs as f64
    );
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs it with no such flag: keep that quick.
    let benching = std::env::args().any(|a| a == "--bench");
    let n: usize = std::env::var("BLOCWATCH_BENCH_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if benching { 100_000 } else { 300 });
    let dir = tempfile::tempdir().expect("temp dir");
    // BLOCWATCH_BENCH_DB keeps the store (and, when it already exists, measures the questions only).
    let kept = std::env::var_os("BLOCWATCH_BENCH_DB").map(std::path::PathBuf::from);
    let path = kept
        .clone()
        .unwrap_or_else(|| dir.path().join("bench.sqlite"));
    if kept.as_ref().is_some_and(|p| p.exists()) {
        let store = SqliteStore::open(&path).expect("open store");
        let n = store.counts().expect("counts").documents;
        println!(
            "## store bench: questions on the kept store {} ({n} documents)\n",
            path.display()
        );
        questions(&store, n, benching);
        return;
    }
    let store = SqliteStore::open(&path).expect("open store");
    let extractor = Extractor::embedded();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let docs: Vec<GenDoc> = (0..n).map(|i| generate(i, &mut rng)).collect();
    // BLOCWATCH_BENCH_JSONL=FILE writes the same documents as JSON Lines for `blocwatch ingest`, and stops.
    if let Some(out) = std::env::var_os("BLOCWATCH_BENCH_JSONL") {
        let mut text = String::new();
        for g in &docs {
            let line =
                serde_json::json!({"id": g.id, "text": g.text, "lang": g.lang, "date": g.date});
            text.push_str(&line.to_string());
            text.push('\n');
        }
        std::fs::write(&out, text).expect("write the JSONL corpus");
        println!(
            "wrote {n} documents to {}",
            std::path::Path::new(&out).display()
        );
        return;
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();

    const BATCH: usize = 1000;
    let started = Instant::now();
    let cpu_started = support::process_cpu();
    let mut writer_busy = Duration::ZERO;
    let mut writer_cpu = None;
    let mut origin = Origin::default();
    let stats = std::thread::scope(|s| {
        let (tx, rx) = sync_channel::<Vec<PreparedDoc>>(2);
        let store = &store;
        let writer = s.spawn(move || {
            let mut total = blocwatch_store::IngestStats::default();
            let mut busy = Duration::ZERO;
            let cpu0 = support::thread_cpu();
            for batch in rx {
                let t = Instant::now();
                total += store.ingest_prepared(&batch).expect("ingest");
                busy += t.elapsed();
            }
            let cpu = cpu0.zip(support::thread_cpu()).map(|(a, b)| b - a);
            (total, busy, cpu)
        });
        for chunk in docs.chunks(BATCH) {
            let (prepared, origins): (Vec<PreparedDoc>, Vec<Origin>) = chunk
                .par_iter()
                .map(|g| {
                    let mut o = Origin::default();
                    let r = record_for(&extractor, g, &mut o);
                    (PreparedDoc::new(r, g.text.clone()), o)
                })
                .unzip();
            for o in origins {
                origin.extracted += o.extracted;
                origin.templated += o.templated;
            }
            tx.send(prepared).expect("writer alive");
        }
        drop(tx);
        let (total, busy, cpu) = writer.join().expect("writer");
        writer_busy = busy;
        writer_cpu = cpu;
        total
    });
    let secs = started.elapsed().as_secs_f64();
    let cpu_total = cpu_started.zip(support::process_cpu()).map(|(a, b)| b - a);
    drop(store);
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let store = SqliteStore::open(&path).expect("reopen");
    let counts = store.counts().expect("counts");

    println!(
        "## store bench: {n} generated documents ({:.1} MB of text)\n",
        bytes as f64 / 1e6
    );
    println!(
        "ingest: {:.1} s, **{:.0} documents/s** ({:.2} MB/s); writer thread busy {:.1} s ({:.0} documents/s \
         when only writing)",
        secs,
        n as f64 / secs,
        bytes as f64 / 1e6 / secs,
        writer_busy.as_secs_f64(),
        n as f64 / writer_busy.as_secs_f64().max(1e-9)
    );
    if let Some(cpu) = cpu_total {
        println!(
            "ingest CPU: {cpu:.1} s on all threads: {:.0} documents per CPU-second, so **{:.0} documents/s \
             on 2 cores** when nothing else runs (machine load average now: {})",
            n as f64 / cpu.max(1e-9),
            2.0 * n as f64 / cpu.max(1e-9),
            std::fs::read_to_string("/proc/loadavg").unwrap_or_default().trim()
        );
    }
    if let Some(cpu) = writer_cpu {
        println!(
            "writer CPU: {cpu:.1} s ({:.0} documents per CPU-second of the writer)",
            n as f64 / cpu.max(1e-9)
        );
    }
    println!(
        "stored: {} new, {} duplicate; {} sentences, {} mentions, {} events, {} membership claims, {} amounts",
        stats.new, stats.duplicate, counts.sentences, counts.mentions, counts.events, counts.memberships,
        counts.quantities
    );
    println!(
        "events: {} documents coded by the extractor, {} given their template's events",
        origin.extracted, origin.templated
    );
    println!(
        "store size: {:.1} MB, **{:.2} MB per 1,000 documents** (text itself: {:.2} MB per 1,000)\n",
        size as f64 / 1e6,
        size as f64 / 1e6 / n as f64 * 1000.0,
        bytes as f64 / 1e6 / n as f64 * 1000.0
    );

    questions(&store, n, benching);
}

fn questions(store: &SqliteStore, n: usize, benching: bool) {
    let runs = if benching { 200 } else { 20 };
    let country = |i: usize| COUNTRIES[(i * 7) % COUNTRIES.len()].0;
    let other = |i: usize| COUNTRIES[(i * 7 + 3) % COUNTRIES.len()].0;
    let bloc = |i: usize| BLOCS[i % BLOCS.len()].0;
    let words = [
        "gas",
        "railway",
        "زيارة",
        "الغاز",
        "зерна",
        "trade dollars",
        "ministers meet",
        "حبوب",
    ];
    println!(
        "| question | p50 ms | p99 ms | max ms | rows (mean) |\n| --- | --- | --- | --- | --- |"
    );
    measure("blocs()", runs, |_| store.blocs().unwrap().len());
    measure("memberships(bloc)", runs, |i| {
        store.memberships(Some(bloc(i)), None).unwrap().len()
    });
    measure("memberships(member)", runs, |i| {
        store.memberships(None, Some(country(i))).unwrap().len()
    });
    measure("treaties(party)", runs, |i| {
        store.treaties(Some(country(i))).unwrap().len()
    });
    measure("claims(bloc)", runs, |i| {
        store.claims(Some(bloc(i)), None).unwrap().len()
    });
    measure("claims(member)", runs, |i| {
        store.claims(None, Some(country(i))).unwrap().len()
    });
    measure("events(dyad, all)", runs, |i| {
        store
            .events(&EventFilter {
                dyad: Some((country(i).into(), other(i).into())),
                ..Default::default()
            })
            .unwrap()
            .len()
    });
    measure("events(dyad RUS-CHN, all)", runs, |_| {
        store
            .events(&EventFilter {
                dyad: Some(("RUS".into(), "CHN".into())),
                ..Default::default()
            })
            .unwrap()
            .len()
    });
    measure("events(actor, 1 year)", runs, |i| {
        let y = 2015 + i % 12;
        store
            .events(&EventFilter {
                actor: Some(country(i).into()),
                from: Some(format!("{y}")),
                to: Some(format!("{y}")),
                ..Default::default()
            })
            .unwrap()
            .len()
    });
    measure("events(actor, limit 200)", runs, |i| {
        store
            .events(&EventFilter {
                actor: Some(country(i).into()),
                limit: Some(200),
                ..Default::default()
            })
            .unwrap()
            .len()
    });
    // What `prospects` reads for its focal country: six years of events up to a date.
    measure("events(actor RUS, 6 years)", runs.min(50), |i| {
        let to = 2021 + i % 6;
        store
            .events(&EventFilter {
                actor: Some("RUS".into()),
                from: Some(format!("{}", to - 6)),
                to: Some(format!("{to}")),
                include_negated: true,
                ..Default::default()
            })
            .unwrap()
            .len()
    });
    measure("events(actor RUS, all)", runs.min(50), |_| {
        store
            .events(&EventFilter {
                actor: Some("RUS".into()),
                ..Default::default()
            })
            .unwrap()
            .len()
    });
    measure("quantities(party)", runs, |i| {
        store.quantities(Some(other(i)), None, None).unwrap().len()
    });
    measure("search(word, 20)", runs, |i| {
        store
            .search(words[i % words.len()], None, 20, 0)
            .unwrap()
            .len()
    });
    measure("search(word, lang, 20)", runs, |i| {
        store
            .search(
                words[i % words.len()],
                Some(["en", "ar", "ru"][i % 3]),
                20,
                0,
            )
            .unwrap()
            .len()
    });
    measure("document(id)", runs, |i| {
        usize::from(
            store
                .document(&format!("bench-{}", (i * 7919) % n))
                .unwrap()
                .is_some(),
        )
    });
    measure("documents(lang, 20, offset)", runs, |i| {
        store
            .documents(Some(["en", "ar", "ru"][i % 3]), 20, (i * 37) % 1000)
            .unwrap()
            .len()
    });
    measure("countries()", runs, |_| store.countries().unwrap().len());
}
