//! HTML pages: the real charset, the readable article text, and the page's own metadata.

use std::panic::{catch_unwind, AssertUnwindSafe};

use dom_query::Document as Dom;
use dom_smoothie::{Config, Readability, TextMode};
use serde_json::Value;

use crate::charset::decode_html;
use crate::date::normalize_date;
use crate::document::{content_id, Document, WarningLog};
use crate::meta::{normalize_lang, one_line, tidy_text};

/// What a page says about itself, read before the readability pass rewrites the tree.
#[derive(Debug, Default)]
struct PageMeta {
    title: Option<String>,
    lang: Option<String>,
    date: Option<String>,
    /// Date strings the page declared but that could not be read.
    bad_dates: Vec<String>,
    url: Option<String>,
}

/// Turns the bytes of one HTML page into a document. `transport_charset` is the HTTP header's
/// `charset`, when the page came with one (WARC).
pub(crate) fn html_document(
    bytes: &[u8],
    transport_charset: Option<&str>,
    source: &str,
    readability: bool,
    log: &WarningLog,
) -> Document {
    let decoded = decode_html(bytes, transport_charset);
    if let Some(note) = decoded.note {
        log.push(source, note);
    }
    let html = decoded.text;
    let dom = Dom::from(html.as_str());
    let meta = read_meta(&dom);
    if let Some(bad) = meta.bad_dates.first().filter(|_| meta.date.is_none()) {
        log.push(source, format!("unrecognised date {bad:?} ignored"));
    }

    // How much text the page's own <article>/<main> holds, to catch a readability pass that
    // kept only part of it (it scores paragraphs and can drop short ones on small pages).
    let marked_up = ["article", "main", "body"]
        .iter()
        .map(|sel| {
            dom.select(sel)
                .nodes()
                .iter()
                .map(|n| visible_len(&n.text()))
                .max()
                .unwrap_or(0)
        })
        .collect::<Vec<_>>();
    let (article_len, body_len) = (marked_up[0].max(marked_up[1]), marked_up[2]);

    let mut text = None;
    let mut title_from_readability = None;
    if body_len == 0 {
        // Nothing to read; readability would fall back on the <title>.
        text = Some(String::new());
    } else if readability {
        // The readability pass is a large heuristic over a mutable tree; a panic in it must cost
        // this page its clean text, never the whole run.
        let outcome = catch_unwind(AssertUnwindSafe(|| readable_text(dom)));
        match outcome {
            Ok((t, title)) => {
                text = t.filter(|t| visible_len(t) * 2 >= article_len);
                title_from_readability = title;
            }
            Err(_) => log.push(
                source,
                "readability extractor panicked; used simple extraction",
            ),
        }
    }
    let text = match text {
        Some(t) => t,
        None => simple_text(&Dom::from(html.as_str())),
    };

    let title = meta.title.or(title_from_readability).or_else(|| {
        let dom = Dom::from(html.as_str());
        let title = one_line(&dom.select("title").text());
        title.or_else(|| one_line(&dom.select("h1").text()))
    });
    Document {
        id: content_id(&text),
        source: source.to_string(),
        text,
        lang: meta.lang,
        date: meta.date,
        title,
        url: meta.url,
    }
}

/// Characters that are not whitespace: a length that ignores layout.
fn visible_len(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// The readability extractor's article text (paragraphs separated by blank lines) and its
/// cleaned-up `<title>`. `None` text when it finds no article.
fn readable_text(dom: Dom) -> (Option<String>, Option<String>) {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let Ok(mut readability) = Readability::with_document(dom, None, Some(config)) else {
        return (None, None);
    };
    let title = one_line(&readability.get_article_title());
    let text = readability
        .parse()
        .ok()
        .map(|article| tidy_text(&article.text_content))
        .filter(|t| !t.is_empty());
    (text, title)
}

/// The fallback extractor: the text of the page's `<article>` (the longest one), else `<main>`,
/// else `<body>`, without scripts, styles, navigation and forms.
fn simple_text(dom: &Dom) -> String {
    dom.select(
        "script, style, noscript, template, svg, iframe, object, nav, aside, form, button, select, \
         textarea, footer",
    )
    .remove();
    let longest = |selector: &str| {
        dom.select(selector)
            .nodes()
            .iter()
            .map(|n| tidy_text(&n.formatted_text()))
            .max_by_key(String::len)
            .filter(|t| !t.is_empty())
    };
    let body = longest("body");
    let main = longest("article")
        .or_else(|| longest("main"))
        .or_else(|| longest("[role=main]"));
    match (main, body) {
        // A short <article> on a long page is a teaser card, not the page's article.
        (Some(main), Some(body)) if main.len() * 4 < body.len() && main.len() < 280 => body,
        (Some(main), _) => main,
        (None, Some(body)) => body,
        (None, None) => tidy_text(&dom.root().formatted_text()),
    }
}

/// The text of an HTML fragment (feed item content). Text without markup is only tidied.
pub(crate) fn fragment_text(src: &str) -> String {
    if !src.contains(['<', '&']) {
        return tidy_text(src);
    }
    let dom = Dom::fragment(src);
    dom.select("script, style, noscript, template, svg, iframe, object")
        .remove();
    tidy_text(&dom.root().formatted_text())
}

fn read_meta(dom: &Dom) -> PageMeta {
    // Every <meta content> under each of the names it may carry, keys lower-cased.
    let mut metas: Vec<(String, String)> = Vec::new();
    for node in dom.select("meta").nodes() {
        let Some(content) = node.attr("content") else {
            continue;
        };
        let content = content.trim().to_string();
        if content.is_empty() {
            continue;
        }
        for key_attr in ["property", "name", "itemprop", "http-equiv"] {
            if let Some(key) = node.attr(key_attr) {
                metas.push((key.trim().to_ascii_lowercase(), content.clone()));
            }
        }
    }
    let meta = |keys: &[&str]| -> Vec<String> {
        keys.iter()
            .flat_map(|k| {
                metas
                    .iter()
                    .filter(move |(mk, _)| mk == k)
                    .map(|(_, v)| v.clone())
            })
            .collect()
    };
    let ld = json_ld(dom);

    // Dates, most explicit first. JSON-LD comes before <time> elements because pages also use
    // <time> for comments, related stories and "updated" stamps.
    let mut date_candidates = meta(&[
        "article:published_time",
        "og:published_time",
        "og:article:published_time",
    ]);
    date_candidates.extend(ld.date_published.clone());
    date_candidates.extend(meta(&[
        "datepublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "publication_date",
        "date",
        "dc.date",
        "dc.date.issued",
        "dcterms.date",
        "dcterms.issued",
        "dcterms.created",
        "sailthru.date",
        "parsely-pub-date",
        "article.published",
        "article_date_original",
    ]));
    for selector in [
        "time[pubdate]",
        "[itemprop=datePublished]",
        "article time[datetime]",
        "time[datetime]",
    ] {
        for node in dom.select(selector).nodes() {
            if let Some(v) = node.attr("datetime").or_else(|| node.attr("content")) {
                date_candidates.push(v.to_string());
            }
        }
    }
    let date = date_candidates.iter().find_map(|d| normalize_date(d));
    let bad_dates = if date.is_none() {
        date_candidates
    } else {
        Vec::new()
    };

    let title = meta(&["og:title", "twitter:title"])
        .into_iter()
        .chain(ld.headline.clone())
        .find_map(|t| one_line(&t));

    let html = dom.select("html");
    let lang = html
        .attr("lang")
        .or_else(|| html.attr("xml:lang"))
        .map(|s| s.to_string())
        .into_iter()
        .chain(meta(&[
            "content-language",
            "og:locale",
            "language",
            "dc.language",
        ]))
        .find_map(|l| normalize_lang(&l));

    let canonical = dom
        .select("link[rel=canonical]")
        .attr("href")
        .map(|s| s.trim().to_string());
    let url = canonical
        .into_iter()
        .chain(meta(&["og:url", "twitter:url"]))
        .chain(ld.url.clone())
        .find(|u| is_absolute_http(u));

    PageMeta {
        title,
        lang,
        date,
        bad_dates,
        url,
    }
}

fn is_absolute_http(u: &str) -> bool {
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !u.contains(char::is_whitespace)
}

#[derive(Debug, Default)]
struct LdMeta {
    date_published: Option<String>,
    headline: Option<String>,
    url: Option<String>,
}

/// The article's `datePublished`, `headline` and `url` from the page's JSON-LD, preferring an
/// object whose `@type` names an article.
fn json_ld(dom: &Dom) -> LdMeta {
    let mut objects: Vec<Value> = Vec::new();
    for node in dom.select("script[type='application/ld+json']").nodes() {
        let text = node.text();
        let Ok(value) = serde_json::from_str::<Value>(text.trim()) else {
            continue;
        };
        flatten_ld(value, &mut objects, 0);
    }
    let is_article = |o: &Value| {
        let article_type = |t: &str| {
            t.ends_with("Article")
                || t.ends_with("BlogPosting")
                || t == "Report"
                || t == "LiveBlogPosting"
        };
        match o.get("@type") {
            Some(Value::String(t)) => article_type(t),
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(article_type),
            _ => false,
        }
    };
    let ordered = objects
        .iter()
        .filter(|o| is_article(o))
        .chain(objects.iter().filter(|o| !is_article(o)));
    let mut ld = LdMeta::default();
    for o in ordered {
        let field = |k: &str| o.get(k).and_then(Value::as_str).map(str::to_string);
        ld.date_published = ld.date_published.take().or_else(|| field("datePublished"));
        if is_article(o) {
            ld.headline = ld.headline.take().or_else(|| field("headline"));
            ld.url = ld.url.take().or_else(|| field("url"));
        }
    }
    ld
}

fn flatten_ld(value: Value, out: &mut Vec<Value>, depth: u32) {
    if depth > 4 {
        return;
    }
    match value {
        Value::Array(items) => items
            .into_iter()
            .for_each(|v| flatten_ld(v, out, depth + 1)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten_ld(graph, out, depth + 1);
            }
            out.push(Value::Object(map));
        }
        _ => {}
    }
}
