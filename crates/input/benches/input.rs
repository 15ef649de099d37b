//! Throughput of the readers on generated inputs: JSONL, HTML pages and a WARC.gz.

use std::io::Write;

use blocwatch_input::{read_bytes, read_reader, InputOptions};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn jsonl(n: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for i in 0..n {
        writeln!(
            out,
            "{{\"id\": {i}, \"lang\": \"en\", \"date\": \"2025-0{}-1{}\", \"text\": \"Delegations of the bloc \
             met for the {i}th time to discuss payment systems, energy corridors and tariffs. \
             Ministers signed a memorandum on customs cooperation.\"}}",
            1 + i % 9,
            i % 10
        )
        .unwrap();
    }
    out
}

fn html_page(i: usize) -> String {
    let paragraph =
        "<p>The ministers of the union discussed grain exports, rail links and a shared \
                     payment platform, and agreed to meet again before the end of the year.</p>";
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Item {i}</title>\
         <meta property=\"article:published_time\" content=\"2025-03-0{}T08:00:00Z\"></head>\
         <body><nav><a href=\"/\">Home</a></nav><article><h1>Item {i}</h1>{}</article>\
         <footer>Footer</footer></body></html>",
        1 + i % 9,
        paragraph.repeat(8)
    )
}

fn warc_gz(n: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for i in 0..n {
        let body = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{}",
            html_page(i)
        );
        let record = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/{i}\r\n\
             WARC-Date: 2025-03-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n\
             Content-Length: {}\r\n\r\n{body}\r\n\r\n",
            body.len()
        );
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(record.as_bytes()).unwrap();
        out.extend(gz.finish().unwrap());
    }
    out
}

fn bench(c: &mut Criterion) {
    let data = jsonl(20_000);
    let mut group = c.benchmark_group("input");
    group.throughput(Throughput::Bytes(data.len() as u64));
    group.bench_function("jsonl", |b| {
        b.iter(|| {
            read_reader(
                "bench.jsonl",
                std::io::Cursor::new(data.clone()),
                &InputOptions::new(),
            )
            .count()
        })
    });
    let page = html_page(1);
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function("html_readability", |b| {
        b.iter(|| read_bytes("a.html", page.as_bytes()))
    });
    let warc = warc_gz(200);
    group.throughput(Throughput::Elements(200));
    group.bench_function("warc_gz_200_pages", |b| {
        b.iter(|| read_bytes("a.warc.gz", &warc))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
