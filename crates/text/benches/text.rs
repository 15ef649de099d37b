//! Normalisation and segmentation throughput on a multilingual corpus.

use blocwatch_text::{sentences, Lang, NormText};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const SAMPLES: &[(&str, Lang)] = &[
    ("Russia and China agreed on Tuesday to expand trade in national currencies, officials in Moscow said. The U.S. responded with new sanctions.", Lang::En),
    ("Министр иностранных дел России встретился с коллегой из Казахстана в Астане. Стороны обсудили поставки газа в Узбекистан.", Lang::Ru),
    ("وَأكّدت وزارة الخارجية الروسية أن موسكو ستعزز تعاونها مع الصين والهند في إطار مجموعة بريكس. وقال المتحدث إن القمة المقبلة ستُعقد في قازان.", Lang::Ar),
];

fn corpus(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 512);
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(SAMPLES[i % SAMPLES.len()].0);
        s.push_str(if i % 7 == 6 { "\n\n" } else { " " });
        i += 1;
    }
    s
}

fn bench(c: &mut Criterion) {
    let text = corpus(4 << 20);
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("normalize", |b| b.iter(|| NormText::new(&text).len()));
    g.bench_function("sentences", |b| b.iter(|| sentences(&text, Lang::En).len()));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
