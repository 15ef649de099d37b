//! Lexicon build time and normalise+match throughput on a multilingual corpus
//! written for this benchmark (16 MB of repeated sentences).

use blocwatch_lexicon::{Lexicon, LexiconBuilder};
use blocwatch_text::{Lang, NormText};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

#[path = "../../../tools/bench/support.rs"]
mod support;

const EN: &[&str] = &[
    "Russia and China agreed on Tuesday to expand trade in national currencies, officials in Moscow said.",
    "The U.S. and the EU imposed new sanctions on Russian banks, and Turkey said it would keep buying gas.",
    "President Putin met Kazakh leader Kassym-Jomart Tokayev at the SCO summit in Astana before flying to Minsk.",
    "Gazprom said deliveries to Uzbekistan through the Central Asia pipeline would rise next winter.",
    "South Africa, Brazil and India joined the talks, while the Kremlin welcomed Iran's interest in BRICS.",
    "Analysts in Washington argued that Beijing and Tehran were drawing closer to the Eurasian Economic Union.",
];
const RU: &[&str] = &[
    "Министр иностранных дел России встретился с коллегой из Казахстана в Астане.",
    "Стороны обсудили поставки газа в Узбекистан и развитие российско-китайских отношений.",
    "Южная Африка и Бразилия поддержали расширение БРИКС, сообщили в Кремле.",
    "Президент Белоруссии заявил, что Союзное государство укрепляет оборону вместе с ОДКБ.",
    "Роснефть и Газпром подписали соглашения с Индией и Китаем о поставках нефти.",
];
const AR: &[&str] = &[
    "وأكدت وزارة الخارجية الروسية أن موسكو ستعزز تعاونها مع الصين والهند في إطار مجموعة بريكس.",
    "وقال المتحدث إن القمة المقبلة لمنظمة شنغهاي للتعاون ستعقد في كازاخستان بمشاركة إيران وبيلاروسيا.",
    "وزار الرئيس الإيراني موسكو حيث التقى بوتين وبحث معه العلاقات الروسية الإيرانية وأمن الخليج.",
    "وتسعى جنوب أفريقيا والبرازيل إلى تعزيز التجارة بالعملات المحلية بعيدا عن الدولار الأمريكي.",
    "ووقعت شركة غازبروم اتفاقا لتزويد الصين بالغاز عبر خط قوة سيبيريا.",
];

fn corpus(bytes: usize) -> Vec<(String, Lang)> {
    let mut docs = Vec::new();
    let mut total = 0;
    let mut i = 0usize;
    while total < bytes {
        for (lang, list) in [(Lang::En, EN), (Lang::Ru, RU), (Lang::Ar, AR)] {
            let mut doc = String::new();
            for k in 0..12 {
                doc.push_str(list[(i + k * 7) % list.len()]);
                doc.push(if k % 4 == 3 { '\n' } else { ' ' });
            }
            total += doc.len();
            docs.push((doc, lang));
        }
        i += 1;
    }
    docs
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("lexicon");
    g.sample_size(10);
    g.bench_function("build_embedded", |b| {
        b.iter(|| {
            LexiconBuilder::new()
                .embedded()
                .strict(false)
                .build()
                .map(|l| l.len())
        })
    });
    // LEXICON_DIR: measure with data files from a directory instead of the embedded ones.
    let from_dir = std::env::var_os("LEXICON_DIR").map(|d| {
        LexiconBuilder::new()
            .data_dir(d)
            .strict(false)
            .build()
            .expect("lexicon")
    });
    let lex: &Lexicon = from_dir.as_ref().unwrap_or_else(|| Lexicon::embedded());
    eprintln!("{} entities, {} patterns", lex.len(), lex.pattern_count());
    let docs = corpus(16 << 20);
    let bytes: usize = docs.iter().map(|(d, _)| d.len()).sum();
    // One pass timed by CPU time too: on a shared machine the wall clock also counts
    // the time other processes held the core.
    let (wall, cpu) = (std::time::Instant::now(), support::process_cpu());
    let mut n = 0;
    for (d, lang) in &docs {
        let norm = NormText::new(d);
        n += lex.find_norm(d, &norm, *lang).len();
    }
    let wall = wall.elapsed().as_secs_f64();
    let mb = bytes as f64 / (1 << 20) as f64;
    if let (Some(a), Some(b)) = (cpu, support::process_cpu()) {
        if b > a {
            eprintln!(
                "one pass: {n} mentions; wall {:.1} MiB/s; CPU {:.1} MiB/s per core",
                mb / wall,
                mb / (b - a)
            );
        }
    }
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("normalize_and_find", |b| {
        b.iter(|| {
            let mut n = 0;
            for (d, lang) in &docs {
                let norm = NormText::new(d);
                n += lex.find_norm(d, &norm, *lang).len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
