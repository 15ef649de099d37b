//! Integration tests of blocwatch-input: every format, charset and failure mode, through the public
//! API only. Fixtures live in `tests/fixtures/` and are written by `tests/fixtures/make_fixtures.py`;
//! WARC files are built here, record by record, so that each test shows what it feeds in.

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use blocwatch_input::{
    content_id, read_bytes, read_bytes_with_warnings, read_inputs, read_reader, Document, Format,
    InputError, InputOptions, Inputs, Warning,
};
use flate2::write::GzEncoder;
use flate2::Compression;

// ---------------------------------------------------------------------------------------------
// Helpers: render documents, errors and warnings as text so that tests read as data.

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn fixture(rel: &str) -> PathBuf {
    fixtures().join(rel)
}

/// Renders the items and the warnings pushed before each, with the fixture directory removed
/// from paths.
fn render(mut inputs: Inputs) -> String {
    let mut out = String::new();
    let prefix = format!("{}/", fixtures().display());
    loop {
        let item = inputs.next();
        for warning in inputs.take_warnings() {
            out.push_str(&format!("warn {warning}\n"));
        }
        let Some(item) = item else { break };
        match item {
            Ok(doc) => out.push_str(&render_doc(&doc)),
            Err(error) => out.push_str(&format!("err  {error}\n")),
        }
    }
    out.replace(&prefix, "")
}

fn render_doc(doc: &Document) -> String {
    let mut line = format!("doc  {}", doc.source);
    if !doc.id.starts_with("sha256:") {
        line.push_str(&format!(" id={}", doc.id));
    } else {
        assert_eq!(
            doc.id,
            content_id(&doc.text),
            "content id of {}",
            doc.source
        );
    }
    for (key, value) in [
        ("lang", &doc.lang),
        ("date", &doc.date),
        ("title", &doc.title),
        ("url", &doc.url),
    ] {
        if let Some(v) = value {
            line.push_str(&format!(" {key}={v:?}"));
        }
    }
    line.push('\n');
    line.push_str(&format!("     {:?}\n", doc.text));
    line
}

fn check_paths(paths: &[PathBuf], opts: &InputOptions, expect: &str) {
    let got = render(read_inputs(paths, opts));
    assert_eq!(got.trim(), expect.trim(), "\n--- got ---\n{got}");
}

fn check(rel: &str, expect: &str) {
    check_paths(&[fixture(rel)], &InputOptions::new(), expect);
}

fn check_bytes(name: &str, bytes: &[u8], expect: &str) {
    let got = render(read_reader(
        name,
        Cursor::new(bytes.to_vec()),
        &InputOptions::new(),
    ));
    assert_eq!(got.trim(), expect.trim(), "\n--- got ---\n{got}");
}

const EN: &str = "Belarus became a full member of the Shanghai Cooperation Organisation at the Astana summit in July 2024.";
const RU: &str = "Белоруссия стала полноправным членом ШОС на саммите в Астане в июле 2024 года.";
const AR: &str = "انضمت بيلاروس إلى منظمة شنغهاي للتعاون عضوا كاملا في قمة أستانا في يوليو 2024.";

// ---------------------------------------------------------------------------------------------
// Plain text

#[test]
fn plain_text_is_one_document_kept_as_given() {
    check(
        "plain/en.txt",
        &format!(
            "doc  plain/en.txt\n     {:?}",
            format!("{EN}\n\nThe next summit was planned for Tianjin.\n")
        ),
    );
    check(
        "plain/ru.md",
        &format!(
            "doc  plain/ru.md\n     {:?}",
            format!("# Заметка\n\n{RU}\n")
        ),
    );
}

#[test]
fn utf8_byte_order_mark_is_dropped() {
    check("plain/bom.txt", &format!("doc  plain/bom.txt\n     {EN:?}"));
}

#[test]
fn empty_file_gives_one_empty_document() {
    check("plain/empty.txt", "doc  plain/empty.txt\n     \"\"");
    let docs = read_bytes("empty.txt", b"");
    assert_eq!(docs.len(), 1);
    let doc = docs[0].as_ref().unwrap();
    assert_eq!(doc.text, "");
    assert_eq!(doc.id, content_id(""));
    // A structured format with no records has no documents, and says so.
    let (docs, warnings) = read_bytes_with_warnings("empty.jsonl", b"", &InputOptions::new());
    assert!(docs.is_empty());
    assert_eq!(
        warnings[0].to_string(),
        "empty.jsonl: empty file: no records"
    );
}

// ---------------------------------------------------------------------------------------------
// Charsets

#[test]
fn windows_1256_arabic_text_is_decoded_with_a_warning() {
    check(
        "charsets/ar_cp1256.txt",
        &format!(
            "warn charsets/ar_cp1256.txt: not valid UTF-8; charset guessed as windows-1256\n\
             doc  charsets/ar_cp1256.txt\n     {:?}",
            format!("{AR}\nوقالت الوزارة إن الانضمام يعزز التعاون الإقليمي.\n")
        ),
    );
}

#[test]
fn windows_1251_russian_text_is_decoded_with_a_warning() {
    check(
        "charsets/ru_cp1251.txt",
        &format!(
            "warn charsets/ru_cp1251.txt: not valid UTF-8; charset guessed as windows-1251\n\
             doc  charsets/ru_cp1251.txt\n     {:?}",
            format!("{RU}\nМинистры обсудили торговлю и транспортные коридоры.\n")
        ),
    );
}

#[test]
fn koi8_r_russian_text_is_decoded_with_a_warning() {
    check(
        "charsets/ru_koi8r.txt",
        &format!(
            "warn charsets/ru_koi8r.txt: not valid UTF-8; charset guessed as KOI8-R\n\
             doc  charsets/ru_koi8r.txt\n     {:?}",
            format!("{RU}\nМинистры обсудили торговлю и транспортные коридоры.\n")
        ),
    );
}

#[test]
fn utf16_with_byte_order_mark_is_decoded() {
    check(
        "charsets/en_utf16le.txt",
        &format!(
            "warn charsets/en_utf16le.txt: decoded as UTF-16LE (byte-order mark)\n\
             doc  charsets/en_utf16le.txt\n     {EN:?}"
        ),
    );
    check(
        "charsets/ru_utf16be.txt",
        &format!(
            "warn charsets/ru_utf16be.txt: decoded as UTF-16BE (byte-order mark)\n\
             doc  charsets/ru_utf16be.txt\n     {RU:?}"
        ),
    );
}

#[test]
fn utf16_without_byte_order_mark_is_not_taken_for_binary() {
    let bytes: Vec<u8> = EN.encode_utf16().flat_map(u16::to_le_bytes).collect();
    check_bytes(
        "note.txt",
        &bytes,
        &format!(
            "warn note.txt: decoded as UTF-16LE (no byte-order mark)\ndoc  note.txt\n     {EN:?}"
        ),
    );
}

// ---------------------------------------------------------------------------------------------
// Binary files

#[test]
fn binary_files_are_skipped_with_a_warning() {
    check_paths(
        &[fixture("binary")],
        &InputOptions::new(),
        "warn binary/blob.txt: skipped binary file (binary data (NUL bytes))\n\
         warn binary/pixel.png: skipped binary file (PNG image)\n\
         warn binary/report.pdf: skipped binary file (PDF document)",
    );
}

#[test]
fn a_binary_file_with_a_jsonl_name_is_still_skipped() {
    check_bytes(
        "photo.jsonl",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        "warn photo.jsonl: skipped binary file (JPEG image)",
    );
}

// ---------------------------------------------------------------------------------------------
// JSONL

#[test]
fn jsonl_errors_have_line_numbers_and_reading_goes_on() {
    check(
        "jsonl/mixed.jsonl",
        &format!(
            r#"doc  jsonl/mixed.jsonl#1 id=en-1 lang="en" date="2024-07-04" title="SCO grows" url="https://news.example/en-1"
     {EN:?}
doc  jsonl/mixed.jsonl#3 id=42 lang="ru" date="2024-07-04T07:30:00Z"
     {RU:?}
err  jsonl/mixed.jsonl:4: malformed JSON: EOF while parsing an object at line 1 column 85
err  jsonl/mixed.jsonl:5: record has no "text" field
err  jsonl/mixed.jsonl:6: "text" must be a string, found an array
doc  jsonl/mixed.jsonl#7 lang="ar"
     {AR:?}
warn jsonl/mixed.jsonl#9: unrecognised date "sometime" ignored
doc  jsonl/mixed.jsonl#9
     "An id of null falls back to the content hash.""#
        ),
    );
}

#[test]
fn jsonl_error_values_carry_path_and_line() {
    let docs = read_bytes("in.jsonl", b"{\"text\": \"ok\"}\n{\"text\": 5}\n");
    match &docs[1] {
        Err(e @ InputError::Record { line, .. }) => {
            assert_eq!(*line, 2);
            assert_eq!(e.path(), "in.jsonl");
            assert_eq!(e.location(), "in.jsonl#2");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn jsonl_is_sniffed_and_gzip_is_decompressed() {
    check(
        "jsonl/sniffed.txt",
        "doc  jsonl/sniffed.txt#1 id=s1\n     \"A JSONL file with a .txt name.\"\n\
         doc  jsonl/sniffed.txt#2 id=s2\n     \"Second record.\"",
    );
    check(
        "jsonl/packed.jsonl.gz",
        "doc  jsonl/packed.jsonl.gz#1 id=gz-1\n     \"Compressed records are read too.\"\n\
         doc  jsonl/packed.jsonl.gz#2 id=gz-2\n     \"Second compressed record.\"",
    );
}

#[test]
fn jsonl_ids_crlf_and_bad_ids() {
    check_bytes(
        "x.ndjson",
        b"{\"id\": 1.5, \"text\": \"a\"}\r\n{\"id\": true, \"text\": \"b\"}\r\n{\"id\": \"\", \"text\": \"c\", \"lang\": 7}\r\n[1, 2]\r\n",
        r#"doc  x.ndjson#1 id=1.5
     "a"
err  x.ndjson:2: "id" must be a string or a number, found a boolean
warn x.ndjson#3: "lang" ignored: expected a string, found a number
doc  x.ndjson#3
     "c"
err  x.ndjson:4: malformed JSON: expected an object with a "text" field"#,
    );
}

#[test]
fn jsonl_line_in_a_legacy_charset_is_decoded() {
    let mut bytes = b"{\"id\": \"w\", \"text\": \"".to_vec();
    bytes.extend(encoding_rs::WINDOWS_1251.encode(RU).0.iter());
    bytes.extend(b"\"}\n");
    check_bytes(
        "legacy.jsonl",
        &bytes,
        &format!(
            "warn legacy.jsonl#1: line is not valid UTF-8; charset guessed as windows-1251 (reported once per file)\n\
             doc  legacy.jsonl#1 id=w\n     {RU:?}"
        ),
    );
}

// ---------------------------------------------------------------------------------------------
// HTML

#[test]
fn html_article_text_and_metadata() {
    check(
        "html/en_article.html",
        r#"doc  html/en_article.html lang="en" date="2024-07-04T04:15:00Z" title="Belarus joins the SCO" url="https://news.example/world/belarus-sco"
     "Belarus became the tenth full member of the Shanghai Cooperation Organisation on Thursday, when the leaders gathered in Astana approved its accession at the organisation's annual summit.\n\nMinsk had held observer status for years before it applied for full membership. Officials from several member states said the enlargement showed the bloc's growing weight in Eurasian affairs.\n\nThe declaration adopted in Astana also mentioned cooperation on transport corridors, energy and the use of national currencies in trade between the members.""#,
    );
}

#[test]
fn html_declared_windows_1256() {
    check(
        "html/ar_windows1256.html",
        &format!(
            "warn html/ar_windows1256.html: decoded as windows-1256 (declared in <meta>)\n\
             doc  html/ar_windows1256.html lang=\"ar\" date=\"2024-07-05\" title=\"بيلاروس في منظمة شنغهاي\" url=\"https://akhbar.example/belarus-sco\"\n     {:?}",
            format!("{AR}\n\nوأكد المشاركون في القمة أهمية تطوير الممرات التجارية بين الدول الأعضاء.")
        ),
    );
}

#[test]
fn html_undeclared_windows_1251_is_guessed() {
    check(
        "html/ru_undeclared_cp1251.html",
        &format!(
            "warn html/ru_undeclared_cp1251.html: not valid UTF-8; charset guessed as windows-1251\n\
             doc  html/ru_undeclared_cp1251.html lang=\"ru\" date=\"2024-07-04\" title=\"Белоруссия в ШОС\"\n     {:?}",
            format!("{RU}\n\nМинистры иностранных дел обсудили вопросы безопасности и торговли в регионе.\n\n4 июля 2024")
        ),
    );
}

#[test]
fn txt_that_is_really_html_is_read_as_html() {
    check(
        "html/disguised.txt",
        "doc  html/disguised.txt lang=\"ru\" title=\"Замаскированная страница\"\n     \
         \"Эта страница сохранена с расширением txt, но на самом деле это HTML.\"",
    );
}

#[test]
fn html_without_readability_uses_simple_extraction() {
    let opts = InputOptions::new().readability(false);
    let got = render(read_inputs(&[fixture("html/en_article.html")], &opts));
    assert!(
        got.contains("Belarus became the tenth full member"),
        "{got}"
    );
    assert!(got.contains("national currencies"), "{got}");
    assert!(!got.contains("tracking"), "{got}");
    assert!(!got.contains("Football results"), "{got}");
}

#[test]
fn html_date_sources_in_order() {
    let page = |head: &str, body: &str| {
        format!("<html><head>{head}</head><body><article><p>Text of the page.</p>{body}</article></body></html>")
    };
    let date = |html: String| {
        read_bytes("p.html", html.as_bytes())[0]
            .as_ref()
            .unwrap()
            .date
            .clone()
    };
    let ld = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2023-08-24T10:00:00+02:00"}]}</script>"#;
    assert_eq!(date(page(ld, "")).as_deref(), Some("2023-08-24T08:00:00Z"));
    assert_eq!(
        date(page(r#"<meta name="date" content="2023/08/22">"#, "")).as_deref(),
        Some("2023-08-22")
    );
    assert_eq!(
        date(page(
            "",
            r#"<time datetime="2023-08-23T09:00:00Z">23 August</time>"#
        ))
        .as_deref(),
        Some("2023-08-23T09:00:00Z")
    );
    assert_eq!(
        date(page(
            r#"<meta property="og:published_time" content="2023-08-21">"#,
            r#"<time datetime="2001-01-01">x</time>"#
        ))
        .as_deref(),
        Some("2023-08-21")
    );
    assert_eq!(date(page("", "")), None);
}

#[test]
fn html_with_no_text_is_an_empty_document() {
    check_bytes(
        "blank.html",
        b"<html><head><title>T</title></head><body></body></html>",
        "doc  blank.html title=\"T\"\n     \"\"",
    );
}

// ---------------------------------------------------------------------------------------------
// Feeds

#[test]
fn rss_items_are_documents() {
    check(
        "feeds/wire.rss",
        &format!(
            r#"doc  feeds/wire.rss#1 lang="ru" date="2024-07-04T07:00:00Z" title="ШОС расширяется" url="https://wire.example/sco"
     {:?}
doc  feeds/wire.rss#2 lang="ru" date="2024-07-05" title="Escaped & entity title" url="https://wire.example/second"
     "Only an escaped HTML description here."
warn feeds/wire.rss#3: unrecognised date "not a date" ignored
doc  feeds/wire.rss#3 lang="ru" title="Headline only"
     "Headline only""#,
            format!("{RU}\n\nСледующий саммит пройдёт в Китае.")
        ),
    );
}

#[test]
fn rss_is_sniffed_from_a_txt_file() {
    let got = render(read_inputs(
        &[fixture("feeds/sniffed.txt")],
        &InputOptions::new(),
    ));
    assert_eq!(got.matches("doc  feeds/sniffed.txt#").count(), 3, "{got}");
}

#[test]
fn atom_entries_are_documents() {
    check(
        "feeds/news.atom",
        &format!(
            r#"doc  feeds/news.atom#1 lang="en" date="2024-07-04T18:00:00Z" title="Summit closes" url="https://atom.example/closes"
     "The summit closed with a joint declaration.\n\nLeaders promised to meet again next year."
doc  feeds/news.atom#2 lang="ar" date="2024-07-05T05:00:00Z" title="القمة" url="https://atom.example/ar"
     {AR:?}"#
        ),
    );
}

#[test]
fn feed_in_windows_1251_is_decoded() {
    check(
        "feeds/cp1251.xml",
        &format!(
            "warn feeds/cp1251.xml: decoded as windows-1251 (declared in XML declaration)\n\
             doc  feeds/cp1251.xml#1 lang=\"ru\" title=\"Новость\"\n     {RU:?}"
        ),
    );
}

#[test]
fn malformed_feed_keeps_the_items_before_the_error() {
    check(
        "feeds/broken.rss",
        "doc  feeds/broken.rss#1 title=\"Fine item\"\n     \"This item is complete.\"\n\
         err  feeds/broken.rss: malformed feed: at byte 205: ill-formed document: expected `</description>`, but `</wrong>` was found",
    );
}

// ---------------------------------------------------------------------------------------------
// Directories, stdin, errors

#[test]
fn directories_are_walked_recursively_in_sorted_order_without_hidden_files() {
    check(
        "tree",
        r#"doc  tree/a.txt
     "First file at the top.\n"
doc  tree/b/deeper/c.txt
     "A file two levels down.\n"
doc  tree/b/inner.txt
     "Inner file in b.\n"
doc  tree/b/z.jsonl#1 id=tree-1
     "JSONL inside the tree."
doc  tree/c.html
     "HTML inside the tree.""#,
    );
}

#[test]
fn hidden_files_are_read_when_asked_or_named() {
    let opts = InputOptions::new().include_hidden(true);
    let got = render(read_inputs(&[fixture("tree")], &opts));
    assert!(got.contains("doc  tree/.hidden.txt\n"), "{got}");
    assert!(got.contains("doc  tree/.hiddendir/inside.txt\n"), "{got}");
    let got = render(read_inputs(
        &[fixture("tree/.hidden.txt")],
        &InputOptions::new(),
    ));
    assert!(got.starts_with("doc  tree/.hidden.txt\n"), "{got}");
}

#[test]
fn several_paths_are_read_in_the_order_given() {
    let got = render(read_inputs(
        &[
            fixture("plain/empty.txt"),
            fixture("tree/b/z.jsonl"),
            fixture("plain/bom.txt"),
        ],
        &InputOptions::new(),
    ));
    let sources: Vec<&str> = got
        .lines()
        .filter_map(|l| l.strip_prefix("doc  "))
        .collect();
    assert_eq!(
        sources,
        [
            "plain/empty.txt",
            "tree/b/z.jsonl#1 id=tree-1",
            "plain/bom.txt"
        ]
    );
}

#[test]
fn unreadable_inputs_are_errors_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("b.txt"), "still read").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        dir.path().join("nowhere"),
        dir.path().join("a-dangling-link"),
    )
    .unwrap();
    let missing = dir.path().join("missing.jsonl");
    let items: Vec<_> =
        read_inputs(&[missing, dir.path().to_path_buf()], &InputOptions::new()).collect();
    let rendered: Vec<String> = items
        .iter()
        .map(|i| match i {
            Ok(d) => format!("ok {}", d.text),
            Err(e) => format!(
                "err {}",
                e.to_string()
                    .replace(&dir.path().display().to_string(), "DIR")
            ),
        })
        .collect();
    let mut expect = vec![
        "err DIR/missing.jsonl: cannot read: No such file or directory (os error 2)".to_string(),
    ];
    #[cfg(unix)]
    expect.push(
        "err DIR/a-dangling-link: cannot read: No such file or directory (os error 2)".to_string(),
    );
    expect.push("ok still read".to_string());
    assert_eq!(rendered, expect);
}

#[test]
fn stdin_like_readers_are_named_dash() {
    check_bytes(
        "-",
        b"{\"id\": \"a\", \"text\": \"first\"}\n{\"id\": \"b\", \"text\": \"second\"}\n",
        "doc  -#1 id=a\n     \"first\"\ndoc  -#2 id=b\n     \"second\"",
    );
    check_bytes(
        "-",
        "Просто текст.".as_bytes(),
        "doc  -\n     \"Просто текст.\"",
    );
}

/// A reader that hands out one byte at a time, as a slow pipe might.
struct Trickle(Cursor<Vec<u8>>);

impl Read for Trickle {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(1);
        self.0.read(&mut buf[..n])
    }
}

#[test]
fn slow_pipes_are_sniffed_correctly() {
    let html = b"<!doctype html><html lang=\"en\"><body><p>Piped page.</p></body></html>".to_vec();
    let got = render(read_reader(
        "-",
        Trickle(Cursor::new(html)),
        &InputOptions::new(),
    ));
    assert_eq!(got, "doc  - lang=\"en\"\n     \"Piped page.\"\n");
}

#[test]
fn forced_format_overrides_detection() {
    let opts = InputOptions::new().format(Some(Format::Text));
    let got = render(read_reader(
        "x.jsonl",
        Cursor::new(b"{\"text\": \"t\"}\n".to_vec()),
        &opts,
    ));
    assert_eq!(got, "doc  x.jsonl\n     \"{\\\"text\\\": \\\"t\\\"}\\n\"\n");
    assert_eq!("warc".parse::<Format>().unwrap(), Format::Warc);
    assert!("pdf".parse::<Format>().is_err());
}

#[test]
fn inputs_can_move_to_another_thread() {
    fn assert_send<T: Send>(_: &T) {}
    let inputs = read_inputs(&[fixture("tree")], &InputOptions::new());
    assert_send(&inputs);
    let warnings = inputs.warnings();
    let count = std::thread::spawn(move || inputs.count()).join().unwrap();
    assert_eq!(count, 5);
    assert!(warnings.is_empty());
}

// ---------------------------------------------------------------------------------------------
// WARC

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn warc_record(
    warc_type: &str,
    uri: &str,
    date: &str,
    content_type: &str,
    block: &[u8],
) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: <urn:uuid:{:08x}-0000-0000-0000-000000000000>\r\n\
         WARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len() * 31 + uri.len(),
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

const HTTP: &str = "application/http; msgtype=response";

/// The records of a small crawl, each as its own bytes, in order.
fn crawl() -> Vec<Vec<u8>> {
    let page_en = format!(
        "<html lang=\"en\"><head><title>Summit</title>\
         <meta property=\"article:published_time\" content=\"2024-07-04\"></head>\
         <body><article><p>{EN}</p></article></body></html>"
    );
    let page_ar = format!("<html lang=\"ar\"><body><p>{AR}</p></body></html>");
    let (page_ar_1256, _, _) = encoding_rs::WINDOWS_1256.encode(&page_ar);
    vec![
        warc_record(
            "warcinfo",
            "",
            "2024-07-06T00:00:00Z",
            "application/warc-fields",
            b"software: hand-made\r\n",
        ),
        warc_record(
            "request",
            "https://a.example/en",
            "2024-07-06T00:00:01Z",
            "application/http; msgtype=request",
            b"GET /en HTTP/1.1\r\n\r\n",
        ),
        warc_record(
            "response",
            "https://a.example/en",
            "2024-07-06T00:00:02Z",
            HTTP,
            &http(
                "200 OK",
                "Content-Type: text/html; charset=utf-8\r\n",
                page_en.as_bytes(),
            ),
        ),
        warc_record(
            "metadata",
            "https://a.example/en",
            "2024-07-06T00:00:03Z",
            "application/warc-fields",
            b"fetchTimeMs: 12\r\n",
        ),
        warc_record(
            "response",
            "https://b.example/ar",
            "2024-07-06T10:20:30Z",
            HTTP,
            &http(
                "200 OK",
                "Content-Type: text/html; charset=windows-1256\r\n",
                &page_ar_1256,
            ),
        ),
        warc_record(
            "response",
            "https://c.example/logo.png",
            "2024-07-06T00:00:05Z",
            HTTP,
            &http(
                "200 OK",
                "Content-Type: image/png\r\n",
                b"\x89PNG\r\n\x1a\n\x00\x00",
            ),
        ),
        warc_record(
            "response",
            "https://c.example/missing",
            "2024-07-06T00:00:06Z",
            HTTP,
            &http(
                "404 Not Found",
                "Content-Type: text/html\r\n",
                b"<html><body><p>Not here.</p></body></html>",
            ),
        ),
        warc_record(
            "response",
            "https://d.example/ru.txt",
            "2024-07-07T08:00:00+03:00",
            HTTP,
            &http(
                "200 OK",
                "Content-Type: text/plain; charset=utf-8\r\n",
                RU.as_bytes(),
            ),
        ),
        warc_record(
            "resource",
            "file:///notes/en.txt",
            "2024-07-08T00:00:00Z",
            "text/plain",
            b"A resource record holds its payload directly.",
        ),
    ]
}

const CRAWL_DOCS: &str = r#"doc  crawl#3 lang="en" date="2024-07-04" title="Summit" url="https://a.example/en"
     "Belarus became a full member of the Shanghai Cooperation Organisation at the Astana summit in July 2024."
warn crawl#5: decoded as windows-1256 (declared in HTTP header)
doc  crawl#5 lang="ar" date="2024-07-06T10:20:30Z" url="https://b.example/ar"
     "انضمت بيلاروس إلى منظمة شنغهاي للتعاون عضوا كاملا في قمة أستانا في يوليو 2024."
doc  crawl#8 date="2024-07-07T05:00:00Z" url="https://d.example/ru.txt"
     "Белоруссия стала полноправным членом ШОС на саммите в Астане в июле 2024 года."
doc  crawl#9 date="2024-07-08T00:00:00Z" url="file:///notes/en.txt"
     "A resource record holds its payload directly.""#;

#[test]
fn warc_response_records_become_documents() {
    let warc: Vec<u8> = crawl().concat();
    check_bytes("crawl", &warc, CRAWL_DOCS);
    check_bytes("crawl", &gz(&warc), CRAWL_DOCS);
}

#[test]
fn warc_gz_of_many_members_with_a_corrupt_record() {
    let records = crawl();
    let mut file = Vec::new();
    for (i, record) in records.iter().enumerate() {
        let mut member = gz(record);
        if i == 3 {
            // Make the metadata record's first deflate block declare the reserved block type:
            // the decoder fails at once, in the middle of the file.
            member[10] |= 0b110;
        }
        file.extend(member);
    }
    // And a last member cut in half.
    let cut = gz(&warc_record(
        "response",
        "https://e.example/",
        "2024-07-09T00:00:00Z",
        HTTP,
        &http(
            "200 OK",
            "Content-Type: text/html\r\n",
            b"<p>never complete</p>",
        ),
    ));
    file.extend_from_slice(&cut[..cut.len() / 2]);

    let got = render(read_reader(
        "crawl.warc.gz",
        Cursor::new(file),
        &InputOptions::new(),
    ));
    let expect_docs = CRAWL_DOCS.replace("crawl#", "crawl.warc.gz#");
    // The corrupt member costs only itself: record 4 is an error, numbering stays aligned with
    // the remaining records (the corrupt one had not started when the error hit, so it does not
    // count), and the cut tail is reported as well.
    let docs_only: String = got
        .lines()
        .filter(|l| !l.starts_with("err "))
        .collect::<Vec<_>>()
        .join("\n");
    let errors: Vec<&str> = got.lines().filter(|l| l.starts_with("err ")).collect();
    assert_eq!(errors.len(), 2, "{got}");
    assert!(
        errors[0].starts_with("err  crawl.warc.gz#4: corrupt WARC record: corrupt gzip member"),
        "{got}"
    );
    assert!(errors[1].starts_with("err  crawl.warc.gz#"), "{got}");
    let renumbered = expect_docs
        .replace("crawl.warc.gz#5", "crawl.warc.gz#4")
        .replace("crawl.warc.gz#8", "crawl.warc.gz#7")
        .replace("crawl.warc.gz#9", "crawl.warc.gz#8");
    assert_eq!(docs_only.trim(), renumbered.trim(), "\n--- got ---\n{got}");
}

#[test]
fn warc_gz_whose_first_member_is_corrupt() {
    let records = crawl();
    let mut file = Vec::new();
    for (i, record) in records.iter().enumerate() {
        let mut member = gz(record);
        if i == 0 {
            member[10] |= 0b110;
        }
        file.extend(member);
    }
    let got = render(read_reader(
        "first.warc.gz",
        Cursor::new(file),
        &InputOptions::new(),
    ));
    let mut lines = got.lines();
    assert_eq!(
        lines.next(),
        Some("err  first.warc.gz: cannot read: corrupt gzip member: corrupt deflate stream")
    );
    assert_eq!(got.matches("\ndoc  first.warc.gz#").count(), 4, "{got}");
}

#[test]
fn warc_corrupt_headers_and_lengths_are_skipped_to_the_next_record() {
    let good = |n: u32| {
        warc_record(
            "resource",
            &format!("urn:r{n}"),
            "2024-07-08T00:00:00Z",
            "text/plain",
            format!("Record number {n}.").as_bytes(),
        )
    };
    let mut file = good(1);
    file.extend_from_slice(
        b"WARC/1.0\r\nWARC-Type: resource\r\nthis line has no colon\r\n\r\nbody\r\n\r\n",
    );
    file.extend(good(2));
    // A Content-Length too short: the rest of the block is garbage before the next record.
    file.extend_from_slice(b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n\r\nLostXYZ tail of the block\r\n\r\n");
    file.extend(good(3));
    // A Content-Length too long, at the end of the file.
    file.extend_from_slice(b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 999\r\n\r\ncut short");
    check_bytes(
        "r.warc",
        &file,
        r#"doc  r.warc#1 date="2024-07-08T00:00:00Z" url="urn:r1"
     "Record number 1."
err  r.warc#2: corrupt WARC record: malformed header line "this line has no colon"
doc  r.warc#3 date="2024-07-08T00:00:00Z" url="urn:r2"
     "Record number 2."
doc  r.warc#4
     "Lost"
err  r.warc#5: corrupt WARC record: expected a WARC version line, found "XYZ tail of the block"
doc  r.warc#5 date="2024-07-08T00:00:00Z" url="urn:r3"
     "Record number 3."
err  r.warc#6: corrupt WARC record: truncated: 9 of 999 bytes"#,
    );
}

// ---------------------------------------------------------------------------------------------
// Streaming in bounded memory

/// Counts the bytes currently allocated by the whole test binary, so that a test can show that a
/// stream far larger than the bound is read without growing memory.
mod counting {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicUsize, Ordering};

    pub struct Counting;

    pub static CURRENT: AtomicUsize = AtomicUsize::new(0);

    // The only unsafe code of the crate's tests: a global allocator has to implement an unsafe
    // trait. It forwards to the system allocator and only keeps a counter.
    #[allow(unsafe_code)]
    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: forwarded unchanged to the system allocator.
            let ptr = unsafe { System.alloc(layout) };
            if !ptr.is_null() {
                CURRENT.fetch_add(layout.size(), Ordering::Relaxed);
            }
            ptr
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            // SAFETY: the caller passes a pointer obtained from `alloc` with this layout.
            unsafe { System.dealloc(ptr, layout) };
            CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            // SAFETY: forwarded unchanged to the system allocator.
            let new = unsafe { System.realloc(ptr, layout, new_size) };
            if !new.is_null() {
                CURRENT.fetch_add(new_size, Ordering::Relaxed);
                CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
            }
            new
        }
    }
}

#[global_allocator]
static ALLOCATOR: counting::Counting = counting::Counting;

/// Generates JSON Lines on the fly: `lines` records of about 1 KiB, never all in memory.
struct Generated {
    next: u64,
    lines: u64,
    pending: Vec<u8>,
    pos: usize,
}

impl Read for Generated {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pos == self.pending.len() {
            if self.next == self.lines {
                return Ok(0);
            }
            self.pending.clear();
            self.pos = 0;
            let filler = "Ministers discussed trade corridors and payment systems. ".repeat(17);
            if self.next == self.lines / 2 {
                self.pending
                    .extend_from_slice(b"{\"id\": \"broken\", \"text\": \n");
            } else {
                writeln!(
                    self.pending,
                    "{{\"id\": {}, \"lang\": \"en\", \"text\": \"{filler}\"}}",
                    self.next
                )
                .unwrap();
            }
            self.next += 1;
        }
        let n = buf.len().min(self.pending.len() - self.pos);
        buf[..n].copy_from_slice(&self.pending[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[test]
fn huge_jsonl_is_streamed_in_bounded_memory() {
    const LINES: u64 = 160_000; // about 160 MB
    const BOUND: usize = 48 << 20;
    let reader = Generated {
        next: 0,
        lines: LINES,
        pending: Vec::new(),
        pos: 0,
    };
    let baseline = counting::CURRENT.load(std::sync::atomic::Ordering::Relaxed);
    let (mut docs, mut errors, mut bytes, mut peak) = (0u64, Vec::new(), 0u64, 0usize);
    for (i, item) in read_reader("big.jsonl", reader, &InputOptions::new()).enumerate() {
        match item {
            Ok(doc) => {
                docs += 1;
                bytes += doc.text.len() as u64;
            }
            Err(e) => errors.push(e.to_string()),
        }
        if i % 256 == 0 {
            let now = counting::CURRENT.load(std::sync::atomic::Ordering::Relaxed);
            peak = peak.max(now.saturating_sub(baseline));
        }
    }
    assert_eq!(docs, LINES - 1);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with(&format!("big.jsonl:{}: malformed JSON", LINES / 2 + 1)),
        "{errors:?}"
    );
    assert!(bytes > 150_000_000, "{bytes}");
    eprintln!("peak {peak} bytes above baseline while streaming {bytes} bytes");
    // Other tests run in parallel threads and allocate too; the bound leaves them room while
    // staying far below the size of the stream.
    assert!(
        peak < BOUND,
        "peak {peak} bytes above baseline while streaming {bytes} bytes"
    );
}

// ---------------------------------------------------------------------------------------------
// Uploads and robustness

#[test]
fn read_bytes_detects_by_name_and_content() {
    let docs = read_bytes("page.html", "<p>Один абзац.</p>".as_bytes());
    assert_eq!(docs[0].as_ref().unwrap().text, "Один абзац.");
    let docs = read_bytes("upload", b"\x89PNG\r\n\x1a\n\x00");
    assert!(docs.is_empty());
    let (docs, warnings) =
        read_bytes_with_warnings("upload", b"\x89PNG\r\n\x1a\n\x00", &InputOptions::new());
    assert!(docs.is_empty());
    assert_eq!(
        warnings,
        vec![Warning {
            source: "upload".into(),
            message: "skipped binary file (PNG image)".into()
        }]
    );
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    const NAMES: [&str; 9] = [
        "a.txt",
        "a.jsonl",
        "a.html",
        "a.rss",
        "a.atom",
        "a.warc",
        "a.warc.gz",
        "a.xml",
        "-",
    ];
    const PREFIXES: [&[u8]; 8] = [
        b"",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\n",
        b"<?xml version=\"1.0\"?><rss><channel><item><description>",
        b"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"xhtml\">",
        b"<!doctype html><html><head><meta charset=\"",
        b"{\"id\": ",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

        #[test]
        fn read_bytes_never_panics(
            name in 0..NAMES.len(),
            prefix in 0..PREFIXES.len(),
            body in proptest::collection::vec(any::<u8>(), 0..2048),
            compress in any::<bool>(),
        ) {
            let mut bytes = PREFIXES[prefix].to_vec();
            bytes.extend(body);
            if compress {
                bytes = gz(&bytes);
            }
            let _ = read_bytes(NAMES[name], &bytes);
        }

        #[test]
        fn read_bytes_never_panics_on_text_like_input(
            name in 0..NAMES.len(),
            text in "[<>{}\":,a-zA-Zа-яا-ي0-9 /=\\-\\r\\n&;#!?\\[\\]]{0,600}",
        ) {
            let _ = read_bytes(NAMES[name], text.as_bytes());
        }
    }
}
