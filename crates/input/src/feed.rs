//! RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item or entry.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::charset::{decode_xml, xml_unescape_lenient};
use crate::date::normalize_date;
use crate::document::{content_id, Document, Warning, WarningLog};
use crate::error::InputError;
use crate::html::fragment_text;
use crate::meta::{normalize_lang, one_line};

/// The item fields blocwatch reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Link,
    ContentEncoded,
    Content,
    Description,
    Summary,
    PubDate,
    Published,
    Updated,
    DcDate,
    Guid,
    Language,
}

impl Field {
    fn of(qname: &str) -> Option<Field> {
        let lower = qname.to_ascii_lowercase();
        let local = lower.rsplit(':').next().unwrap_or(&lower);
        Some(match (lower.as_str(), local) {
            ("content:encoded", _) => Field::ContentEncoded,
            (_, "title") => Field::Title,
            (_, "link") => Field::Link,
            (_, "content") => Field::Content,
            (_, "description") => Field::Description,
            (_, "summary") => Field::Summary,
            (_, "pubdate") => Field::PubDate,
            (_, "published") | (_, "issued") => Field::Published,
            (_, "updated") | (_, "modified") => Field::Updated,
            ("dc:date", _) => Field::DcDate,
            (_, "guid") | (_, "id") => Field::Guid,
            (_, "language") => Field::Language,
            _ => return None,
        })
    }
}

#[derive(Debug, Default)]
struct Item {
    title: Option<String>,
    link: Option<String>,
    content_encoded: Option<String>,
    content: Option<String>,
    description: Option<String>,
    summary: Option<String>,
    dates: [Option<String>; 4],
    guid: Option<String>,
    lang: Option<String>,
}

impl Item {
    fn set(&mut self, field: Field, value: String) {
        let slot = match field {
            Field::Title => &mut self.title,
            Field::Link => &mut self.link,
            Field::ContentEncoded => &mut self.content_encoded,
            Field::Content => &mut self.content,
            Field::Description => &mut self.description,
            Field::Summary => &mut self.summary,
            Field::PubDate => &mut self.dates[0],
            Field::Published => &mut self.dates[1],
            Field::DcDate => &mut self.dates[2],
            Field::Updated => &mut self.dates[3],
            Field::Guid => &mut self.guid,
            Field::Language => &mut self.lang,
        };
        if slot.is_none() && !value.trim().is_empty() {
            *slot = Some(value);
        }
    }
}

/// An element whose text is being collected, as HTML source.
struct Capture {
    field: Field,
    /// The stack depth of the element itself.
    depth: usize,
    html: String,
}

/// Reads a whole feed. Items before a malformed spot are kept, followed by one error.
pub(crate) fn feed_documents(
    bytes: &[u8],
    path: &str,
    log: &WarningLog,
) -> Vec<(Result<Document, InputError>, Vec<Warning>)> {
    let decoded = decode_xml(bytes);
    if let Some(note) = decoded.note {
        log.push(path, note);
    }
    let xml = decoded.text;
    let mut reader = Reader::from_str(&xml);
    reader.config_mut().expand_empty_elements = false;

    let mut out = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut feed_lang: Option<String> = None;
    let mut item: Option<(usize, Item)> = None;
    let mut capture: Option<Capture> = None;
    let mut count = 0u64;

    loop {
        let event = match reader.read_event() {
            Ok(e) => e,
            Err(e) => {
                let error = InputError::Feed {
                    path: path.to_string(),
                    message: format!("at byte {}: {e}", reader.error_position()),
                };
                out.push((Err(error), Vec::new()));
                break;
            }
        };
        match event {
            Event::Start(e) => {
                let name = qname(&e);
                if let Some(c) = &mut capture {
                    c.html.push('<');
                    c.html.push_str(local(&name));
                    c.html.push('>');
                } else if let Some((item_depth, it)) = &mut item {
                    if stack.len() == *item_depth + 1 {
                        match Field::of(&name) {
                            Some(Field::Link) if link_href(&e).is_some() => {
                                if let Some(href) = link_href(&e) {
                                    it.set(Field::Link, href);
                                }
                            }
                            Some(field) => {
                                capture = Some(Capture {
                                    field,
                                    depth: stack.len(),
                                    html: String::new(),
                                })
                            }
                            None => {}
                        }
                    }
                } else if is_item(&name) {
                    let it = Item {
                        lang: xml_lang(&e),
                        ..Item::default()
                    };
                    item = Some((stack.len(), it));
                } else {
                    if feed_lang.is_none() {
                        feed_lang = xml_lang(&e);
                    }
                    if Field::of(&name) == Some(Field::Language) {
                        capture = Some(Capture {
                            field: Field::Language,
                            depth: stack.len(),
                            html: String::new(),
                        });
                    }
                }
                stack.push(name);
            }
            Event::Empty(e) => {
                let name = qname(&e);
                if let Some(c) = &mut capture {
                    c.html.push('<');
                    c.html.push_str(local(&name));
                    c.html.push_str("/>");
                } else if let Some((item_depth, it)) = &mut item {
                    if stack.len() == *item_depth + 1 && Field::of(&name) == Some(Field::Link) {
                        if let Some(href) = link_href(&e) {
                            it.set(Field::Link, href);
                        }
                    }
                }
            }
            Event::Text(t) => {
                if let Some(c) = &mut capture {
                    let raw = String::from_utf8_lossy(t.as_ref());
                    if stack.len() == c.depth + 1 {
                        // Direct text of the field: XML-unescaped, it is the field's HTML source
                        // (RSS escapes the HTML of a description).
                        c.html.push_str(&xml_unescape_lenient(&raw));
                    } else {
                        // Text nested in inline XHTML is already HTML-escaped.
                        c.html.push_str(&raw);
                    }
                }
            }
            Event::CData(t) => {
                if let Some(c) = &mut capture {
                    c.html.push_str(&String::from_utf8_lossy(t.as_ref()));
                }
            }
            Event::End(_) => {
                let closed = stack.pop().unwrap_or_default();
                let closes_capture = capture.as_ref().is_some_and(|c| c.depth == stack.len());
                if closes_capture {
                    let c = capture.take().expect("checked above");
                    match &mut item {
                        Some((_, it)) => it.set(c.field, c.html),
                        None => {
                            if feed_lang.is_none() {
                                feed_lang = normalize_lang(&fragment_text(&c.html));
                            }
                        }
                    }
                } else if let Some(c) = &mut capture {
                    // The end of an element nested in inline XHTML.
                    c.html.push_str("</");
                    c.html.push_str(local(&closed));
                    c.html.push('>');
                }
                if item
                    .as_ref()
                    .is_some_and(|(depth, _)| *depth == stack.len())
                {
                    let (_, it) = item.take().expect("checked above");
                    count += 1;
                    let item_log = WarningLog::new();
                    let doc = item_document(it, path, count, feed_lang.as_deref(), &item_log);
                    out.push((Ok(doc), item_log.take()));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn item_document(
    it: Item,
    path: &str,
    n: u64,
    feed_lang: Option<&str>,
    log: &WarningLog,
) -> Document {
    let source = format!("{path}#{n}");
    let title = it
        .title
        .as_deref()
        .map(fragment_text)
        .and_then(|t| one_line(&t));
    let body = [
        &it.content_encoded,
        &it.content,
        &it.description,
        &it.summary,
    ]
    .into_iter()
    .flatten()
    .map(|html| fragment_text(html))
    .find(|t| !t.is_empty());
    // An item with only a headline is still news: its headline is its text.
    let text = body.or_else(|| title.clone()).unwrap_or_default();
    let declared: Vec<&String> = it.dates.iter().flatten().collect();
    let date = declared.iter().find_map(|d| normalize_date(d));
    if date.is_none() {
        if let Some(bad) = declared.first() {
            log.push(
                source.clone(),
                format!("unrecognised date {:?} ignored", bad.trim()),
            );
        }
    }
    let link = it.link.map(|l| fragment_text(&l)).filter(|l| !l.is_empty());
    let url = link.or_else(|| {
        it.guid
            .map(|g| fragment_text(&g))
            .filter(|g| g.starts_with("http://") || g.starts_with("https://"))
    });
    let lang = it
        .lang
        .map(|l| fragment_text(&l))
        .and_then(|l| normalize_lang(&l))
        .or_else(|| feed_lang.and_then(normalize_lang));
    Document {
        id: content_id(&text),
        source,
        text,
        lang,
        date,
        title,
        url,
    }
}

fn qname(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.name().as_ref()).into_owned()
}

fn local(qname: &str) -> &str {
    qname.rsplit(':').next().unwrap_or(qname)
}

fn is_item(qname: &str) -> bool {
    matches!(local(qname), "item" | "entry")
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name.as_bytes())
        .map(|a| {
            xml_unescape_lenient(&String::from_utf8_lossy(&a.value))
                .trim()
                .to_string()
        })
}

fn xml_lang(e: &BytesStart<'_>) -> Option<String> {
    attr(e, "xml:lang").and_then(|l| normalize_lang(&l))
}

/// An Atom `<link href>` that points at the entry's page (no `rel`, or `rel="alternate"`).
fn link_href(e: &BytesStart<'_>) -> Option<String> {
    let href = attr(e, "href")?;
    match attr(e, "rel").as_deref() {
        None | Some("alternate") => Some(href),
        _ => None,
    }
}
