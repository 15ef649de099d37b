//! Latency of every question on a large store.
//!
//! ```sh
//! cargo bench -p blocwatch-analysis --bench questions                 # 100,000 generated documents
//! BLOCWATCH_BENCH_DOCS=20000 cargo bench -p blocwatch-analysis --bench questions
//! BLOCWATCH_BENCH_DB=/tmp/q.sqlite cargo bench -p blocwatch-analysis --bench questions   # keep/reuse the store
//! ```
//!
//! The store is filled with generated documents whose records are written directly (no extraction: this
//! measures the questions, not the extractor): 40 states, five sentences per document in one of the three
//! languages (our own templates), two events, one amount, and a membership statement in one document of
//! eight, dated 2015-2026. Each question runs `runs` times over rotating arguments; p50, p99 and max are
//! printed as a Markdown table for BENCHMARKS.md.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use blocwatch_analysis::{
    assess, bloc_at, country, dyad, prospects, search, DyadOptions, Period, ProspectOptions,
};
use blocwatch_extract::{DocInfo, EventRec, MembershipRec, QuantityRec, Record};
use blocwatch_lexicon::Lexicon;
use blocwatch_store::{EventFilter, KnowledgeBase, PreparedDoc, SqliteStore};
use blocwatch_text::Lang;

#[path = "../../../tools/bench/support.rs"]
mod support;

const STATES: [&str; 40] = [
    "RUS", "CHN", "IND", "IRN", "KAZ", "UZB", "KGZ", "TJK", "BLR", "ARM", "AZE", "TUR", "EGY",
    "SAU", "ARE", "BRA", "ZAF", "IDN", "PAK", "MNG", "USA", "GBR", "FRA", "DEU", "JPN", "PRK",
    "SYR", "IRQ", "DZA", "ETH", "VNM", "MYS", "THA", "CUB", "VEN", "SRB", "GEO", "MDA", "QAT",
    "OMN",
];
const BLOCS: [&str; 8] = [
    "SCO", "BRICS", "EAEU", "CSTO", "CIS", "ASEAN", "NATO", "OPEC",
];
const TYPES: [(&str, f32); 8] = [
    ("AGREE", 8.0),
    ("CONSULT", 1.0),
    ("COOPERATE", 6.0),
    ("SUPPORT", 3.4),
    ("ACCUSE", -2.0),
    ("REJECT", -4.0),
    ("SANCTION", -8.0),
    ("THREATEN", -4.4),
];
const MODALITIES: [&str; 4] = ["asserted", "asserted", "expected", "proposed"];

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        // xorshift64*: reproducible, no dependency.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }
}

fn name(id: &str, lang: Lang) -> String {
    let lex = Lexicon::embedded();
    lex.lookup(id)
        .map(|i| lex.entity(i).name(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

fn generate(i: usize, rng: &mut Rng) -> PreparedDoc {
    let a = STATES[rng.below(STATES.len())];
    let mut b = STATES[rng.below(STATES.len())];
    if b == a {
        b = if a == "RUS" { "CHN" } else { "RUS" };
    }
    let c = STATES[rng.below(STATES.len())];
    let bloc = BLOCS[rng.below(BLOCS.len())];
    let date = format!(
        "{}-{:02}-{:02}",
        2015 + rng.below(12),
        rng.below(12) + 1,
        rng.below(28) + 1
    );
    let billions = 1 + rng.below(120);
    let (lang, code) = [(Lang::En, "en"), (Lang::Ru, "ru"), (Lang::Ar, "ar")][i % 3];
    let (na, nb, nc, nbl) = (
        name(a, lang),
        name(b, lang),
        name(c, lang),
        name(bloc, lang),
    );
    let sentences: Vec<String> = match lang {
        Lang::En => vec![
            format!("Delegations from {na} and {nb} met to discuss a gas and grain package."),
            format!(
                "Bilateral trade came to {billions} billion dollars last year, officials said."
            ),
            format!("{nc} says it wants closer ties with {nbl}."),
            format!("Bulletin {i}: the next round is planned for the autumn."),
            format!("{na} rebuked {nc} over payments in the SWIFT system."),
        ],
        Lang::Ru => vec![
            format!("Делегации: {na} и {nb} обсудили пакет по газу и зерну."),
            format!("Объем торговли за год составил {billions} млрд долларов."),
            format!("Страна {nc} заявила о желании сблизиться с {nbl}."),
            format!("Сводка {i}: следующий раунд запланирован на осень."),
            format!("Страна {na} упрекнула {nc} из-за платежей через SWIFT."),
        ],
        _ => vec![
            format!("ناقش وفدا {na} و{nb} حزمة تتعلق بالغاز والحبوب."),
            format!("وبلغ حجم التجارة {billions} مليار دولار العام الماضي."),
            format!("وأعلنت {nc} رغبتها في تعزيز العلاقات مع {nbl}."),
            format!("النشرة رقم {i}: الجولة المقبلة مقررة في الخريف."),
            format!("وانتقدت {na} موقف {nc} من المدفوعات عبر سويفت."),
        ],
    };
    let mut text = String::new();
    let mut ranges = Vec::new();
    for s in &sentences {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(s);
        ranges.push([start, text.len()]);
    }
    let span = |k: usize| (ranges[k], text[ranges[k][0]..ranges[k][1]].to_string());
    let event =
        |kind: &str, score: f32, source: Vec<&str>, target: Vec<&str>, k: usize, m: &str| {
            let (sentence, t) = span(k);
            EventRec {
                kind: kind.to_string(),
                mode: None,
                context: Vec::new(),
                score,
                source: source.into_iter().map(String::from).collect(),
                target: target.into_iter().map(String::from).collect(),
                date: Some(date.clone()),
                negated: false,
                modality: m.to_string(),
                reported_by: None,
                trigger: String::new(),
                actors: Vec::new(),
                sentence,
                text: t,
            }
        };
    let (k1, s1) = TYPES[rng.below(TYPES.len())];
    let (k2, s2) = TYPES[rng.below(TYPES.len())];
    let m1 = MODALITIES[rng.below(MODALITIES.len())];
    let mut record = Record {
        doc: DocInfo {
            id: format!("qbench-{i}"),
            source: format!("generated#{i}"),
            lang: Some(code.to_string()),
            chars: text.chars().count(),
            date: Some(date.clone()),
            title: None,
            url: None,
        },
        events: vec![
            event(k1, s1, vec![a, b], vec![], 0, m1),
            event(k2, s2, vec![a], vec![c], 4, "asserted"),
        ],
        ..Record::default()
    };
    let (sentence, t) = span(1);
    record.quantities.push(QuantityRec {
        kind: "trade".into(),
        amount: billions as f64 * 1e9,
        currency: Some("USD".into()),
        bound: None,
        parties: vec![a.into(), b.into()],
        date: Some(date.clone()),
        sentence,
        text: t,
    });
    if i % 8 == 0 {
        let (sentence, t) = span(2);
        record.memberships.push(MembershipRec {
            bloc: bloc.into(),
            member: c.into(),
            status: "applicant".into(),
            date: Some(date.clone()),
            negated: false,
            sentence,
            text: t,
        });
    }
    PreparedDoc::new(record, text)
}

fn measure(name: &str, runs: usize, mut f: impl FnMut(usize) -> usize) {
    let mut times = Vec::with_capacity(runs);
    let mut items = 0usize;
    let cpu = support::process_cpu();
    for i in 0..runs {
        let t = Instant::now();
        items += f(i);
        times.push(t.elapsed());
    }
    let cpu = Duration::from_secs_f64(
        cpu.zip(support::process_cpu())
            .map_or(0.0, |(a, b)| (b - a).max(0.0)),
    );
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "| `{name}` | {:.1} | {:.1} | {:.1} | {:.1} | {:.0} |",
        ms(support::percentile(&times, 0.5)),
        ms(support::percentile(&times, 0.99)),
        ms(times.last().copied().unwrap_or_default()),
        ms(cpu) / runs as f64,
        items as f64 / runs as f64
    );
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs this without it: keep that quick.
    let benching = std::env::args().any(|a| a == "--bench");
    let n: usize = std::env::var("BLOCWATCH_BENCH_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if benching { 100_000 } else { 400 });
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = std::env::var_os("BLOCWATCH_BENCH_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| dir.path().join("questions.sqlite"));
    let reuse = path.exists();
    let store = SqliteStore::open(&path).expect("open the store");
    if !reuse {
        let started = Instant::now();
        let mut rng = Rng(0x0DDB_1A5E_5BAD_5EED);
        let mut batch = Vec::with_capacity(1000);
        for i in 0..n {
            batch.push(generate(i, &mut rng));
            if batch.len() == 1000 || i + 1 == n {
                store.ingest_prepared(&batch).expect("ingest");
                batch.clear();
            }
        }
        eprintln!(
            "built {} with {n} documents in {:.1} s",
            path.display(),
            started.elapsed().as_secs_f64()
        );
    }
    let counts = store.counts().expect("counts");
    println!(
        "## question latency: {} documents, {} events, {} membership claims, {} amounts ({})\n",
        counts.documents,
        counts.events,
        counts.memberships,
        counts.quantities,
        if reuse {
            "reused store"
        } else {
            "generated store"
        }
    );
    println!(
        "| question | p50 ms | p99 ms | max ms | CPU ms per run | items (mean) |\n| --- | --- | --- | --- | --- | --- |"
    );
    let runs = if benching { 200 } else { 10 };
    let state = |i: usize| STATES[(i * 7) % STATES.len()];
    let other = |i: usize| STATES[(i * 7 + 3) % STATES.len()];
    let at = |i: usize| ["2016-01-01", "2024-12-31", "2025-06-01", "2026-11-01"][i % 4];
    measure("bloc_at(bloc, at)", runs, |i| {
        let r = bloc_at(&store, BLOCS[i % BLOCS.len()], Some(at(i))).expect("bloc");
        r.members.len() + r.claims.len()
    });
    measure("country(id, at)", runs, |i| {
        country(&store, state(i), Some(at(i)))
            .expect("country")
            .relations
            .len()
    });
    measure("dyad(a, b, by year)", runs, |i| {
        let r = dyad(&store, state(i), other(i), &DyadOptions::default()).expect("dyad");
        r.totals.events
    });
    measure("dyad(a, b, by month, 2024)", runs, |i| {
        let o = DyadOptions {
            from: Some("2024".into()),
            to: Some("2024".into()),
            by: Period::Month,
            evidence_per_period: 3,
        };
        dyad(&store, state(i), other(i), &o)
            .expect("dyad")
            .periods
            .len()
    });
    let opts = ProspectOptions::default();
    measure("prospects(id, top 20)", runs, |i| {
        prospects(&store, state(i), &opts)
            .expect("prospects")
            .ranked
            .len()
    });
    measure("prospects(RUS, top 20)", runs, |_| {
        prospects(&store, "RUS", &opts)
            .expect("prospects")
            .ranked
            .len()
    });
    measure("assess(3 states)", runs, |i| {
        let m = [
            state(i).to_string(),
            other(i).to_string(),
            "KAZ".to_string(),
        ];
        assess(&store, &m, &opts).expect("assess").pairs.len()
    });
    // What the questions read, for comparison: every event of one state, and its amounts.
    measure("(store) events(actor)", runs, |i| {
        let f = EventFilter {
            actor: Some(state(i).to_string()),
            include_negated: true,
            ..EventFilter::default()
        };
        store.events(&f).expect("events").len()
    });
    measure("(store) memberships(all)", runs, |_| {
        store.memberships(None, None).expect("memberships").len()
    });
    measure("(store) treaties(all)", runs, |_| {
        store.treaties(None).expect("treaties").len()
    });
    measure("(store) countries()", runs, |_| {
        store.countries().expect("countries").len()
    });
    measure("(store) events(actor, one year)", runs, |i| {
        let f = EventFilter {
            actor: Some(state(i).to_string()),
            from: Some("2025".into()),
            to: Some("2025-12-31".into()),
            include_negated: true,
            ..EventFilter::default()
        };
        store.events(&f).expect("events").len()
    });
    measure("(store) quantities(party)", runs, |i| {
        store
            .quantities(Some(state(i)), None, None)
            .expect("quantities")
            .len()
    });
    let words = ["gas", "SWIFT", "الغاز", "газу", "trade dollars", "autumn"];
    measure("search(words, 20)", runs, |i| {
        search(&store, words[i % words.len()], None, 20, 0)
            .expect("search")
            .len()
    });
}
