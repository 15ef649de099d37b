//! The JSON record `blocwatch extract` writes for one document: the contract later stages (the store, the
//! HTTP API, PLOVER export) read back. Field names and meanings are fixed by the issues; add fields, never
//! rename them.

use serde::{Deserialize, Serialize};

/// One document's extraction result.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub doc: DocInfo,
    pub mentions: Vec<MentionRec>,
    pub entities: Vec<EntityRec>,
    #[serde(default)]
    pub events: Vec<EventRec>,
    #[serde(default)]
    pub memberships: Vec<MembershipRec>,
    #[serde(default)]
    pub quantities: Vec<QuantityRec>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocInfo {
    /// The JSONL id, else `sha256:<hex of the text>`.
    pub id: String,
    /// Path, `path#line` for JSONL, `path#n` for feed items and WARC records.
    pub source: String,
    /// `ar`, `en`, `ru`, or null when the language is none of them (nothing is then extracted).
    pub lang: Option<String>,
    /// Length of the text in Unicode scalar values.
    pub chars: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionRec {
    pub entity: String,
    /// Byte offsets into the document text as given.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `name`, `adjective`, `capital`, `acronym` or `alias`.
    pub form: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRec {
    pub id: String,
    /// `country`, `collective`, `bloc`, `person`, `company` or `initiative`.
    pub kind: String,
    pub name: String,
    pub wikidata: Option<String>,
    pub mentions: usize,
    /// For people, companies and initiatives: the state they belong to (through the lexicon link, never an
    /// invented mention of that state).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A PLOVER event coded from one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRec {
    #[serde(rename = "type")]
    pub kind: String,
    pub mode: Option<String>,
    pub context: Vec<String>,
    pub score: f32,
    pub source: Vec<String>,
    pub target: Vec<String>,
    pub date: Option<String>,
    pub negated: bool,
    /// `asserted`, `expected`, `proposed`, `hypothetical` or `denied`.
    pub modality: String,
    pub reported_by: Option<String>,
    /// The words that triggered the event, as written.
    pub trigger: String,
    /// People and companies among the actors, kept beside the states they stand for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<String>,
    /// Byte range of the sentence in the document text.
    pub sentence: [usize; 2],
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MembershipRec {
    pub bloc: String,
    pub member: String,
    /// `founder`, `member`, `applicant`, `observer`, `partner`, `dialogue_partner`, `suspended`, `former`.
    pub status: String,
    pub date: Option<String>,
    #[serde(default)]
    pub negated: bool,
    pub sentence: [usize; 2],
    #[serde(default)]
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantityRec {
    /// `trade`, `investment`, `debt`, `aid`, `arms`, `energy`, `loan` or `other`.
    pub kind: String,
    pub amount: f64,
    pub currency: Option<String>,
    /// `more_than`, `less_than`, `about`, `up_to`, or null.
    pub bound: Option<String>,
    pub parties: Vec<String>,
    pub date: Option<String>,
    pub sentence: [usize; 2],
    /// The amount as written.
    #[serde(default)]
    pub text: String,
}

/// The record as compact JSON, byte for byte what `serde_json::to_writer` writes for it (the derived
/// `Serialize` above: the same fields in the same order, the same skipped ones, the same escapes and
/// numbers), appended to `out`. `blocwatch extract` writes each record this way: serde's string escaper
/// tests and copies one byte at a time and writes each string in three or more pieces, and the record's
/// strings — every sentence of every event, every mention — were a tenth of a run's per-document work.
/// (Tested against serde_json on every record of `examples/news` and on strings of every escape.)
impl Record {
    pub fn write_json(&self, out: &mut Vec<u8>) {
        let d = &self.doc;
        out.extend_from_slice(b"{\"doc\":{\"id\":");
        json_str(out, &d.id);
        out.extend_from_slice(b",\"source\":");
        json_str(out, &d.source);
        out.extend_from_slice(b",\"lang\":");
        json_opt(out, d.lang.as_deref());
        out.extend_from_slice(b",\"chars\":");
        json_usize(out, d.chars);
        for (key, value) in [
            (&b",\"date\":"[..], &d.date),
            (b",\"title\":", &d.title),
            (b",\"url\":", &d.url),
        ] {
            if let Some(v) = value {
                out.extend_from_slice(key);
                json_str(out, v);
            }
        }
        out.extend_from_slice(b"},\"mentions\":");
        json_list(out, &self.mentions, |out, m| {
            out.extend_from_slice(b"{\"entity\":");
            json_str(out, &m.entity);
            out.extend_from_slice(b",\"start\":");
            json_usize(out, m.start);
            out.extend_from_slice(b",\"end\":");
            json_usize(out, m.end);
            out.extend_from_slice(b",\"text\":");
            json_str(out, &m.text);
            out.extend_from_slice(b",\"form\":");
            json_str(out, &m.form);
            out.push(b'}');
        });
        out.extend_from_slice(b",\"entities\":");
        json_list(out, &self.entities, |out, e| {
            out.extend_from_slice(b"{\"id\":");
            json_str(out, &e.id);
            out.extend_from_slice(b",\"kind\":");
            json_str(out, &e.kind);
            out.extend_from_slice(b",\"name\":");
            json_str(out, &e.name);
            out.extend_from_slice(b",\"wikidata\":");
            json_opt(out, e.wikidata.as_deref());
            out.extend_from_slice(b",\"mentions\":");
            json_usize(out, e.mentions);
            if let Some(c) = &e.country {
                out.extend_from_slice(b",\"country\":");
                json_str(out, c);
            }
            out.push(b'}');
        });
        out.extend_from_slice(b",\"events\":");
        json_list(out, &self.events, |out, e| {
            out.extend_from_slice(b"{\"type\":");
            json_str(out, &e.kind);
            out.extend_from_slice(b",\"mode\":");
            json_opt(out, e.mode.as_deref());
            out.extend_from_slice(b",\"context\":");
            json_strs(out, &e.context);
            out.extend_from_slice(b",\"score\":");
            json_number(out, &e.score);
            out.extend_from_slice(b",\"source\":");
            json_strs(out, &e.source);
            out.extend_from_slice(b",\"target\":");
            json_strs(out, &e.target);
            out.extend_from_slice(b",\"date\":");
            json_opt(out, e.date.as_deref());
            out.extend_from_slice(if e.negated {
                &b",\"negated\":true"[..]
            } else {
                b",\"negated\":false"
            });
            out.extend_from_slice(b",\"modality\":");
            json_str(out, &e.modality);
            out.extend_from_slice(b",\"reported_by\":");
            json_opt(out, e.reported_by.as_deref());
            out.extend_from_slice(b",\"trigger\":");
            json_str(out, &e.trigger);
            if !e.actors.is_empty() {
                out.extend_from_slice(b",\"actors\":");
                json_strs(out, &e.actors);
            }
            json_sentence(out, e.sentence);
            json_str(out, &e.text);
            out.push(b'}');
        });
        out.extend_from_slice(b",\"memberships\":");
        json_list(out, &self.memberships, |out, m| {
            out.extend_from_slice(b"{\"bloc\":");
            json_str(out, &m.bloc);
            out.extend_from_slice(b",\"member\":");
            json_str(out, &m.member);
            out.extend_from_slice(b",\"status\":");
            json_str(out, &m.status);
            out.extend_from_slice(b",\"date\":");
            json_opt(out, m.date.as_deref());
            out.extend_from_slice(if m.negated {
                &b",\"negated\":true"[..]
            } else {
                b",\"negated\":false"
            });
            json_sentence(out, m.sentence);
            json_str(out, &m.text);
            out.push(b'}');
        });
        out.extend_from_slice(b",\"quantities\":");
        json_list(out, &self.quantities, |out, q| {
            out.extend_from_slice(b"{\"kind\":");
            json_str(out, &q.kind);
            out.extend_from_slice(b",\"amount\":");
            json_number(out, &q.amount);
            out.extend_from_slice(b",\"currency\":");
            json_opt(out, q.currency.as_deref());
            out.extend_from_slice(b",\"bound\":");
            json_opt(out, q.bound.as_deref());
            out.extend_from_slice(b",\"parties\":");
            json_strs(out, &q.parties);
            out.extend_from_slice(b",\"date\":");
            json_opt(out, q.date.as_deref());
            json_sentence(out, q.sentence);
            json_str(out, &q.text);
            out.push(b'}');
        });
        out.push(b'}');
    }
}

/// `[a,b]` of the items, each written by `item`.
fn json_list<T>(out: &mut Vec<u8>, items: &[T], mut item: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (k, x) in items.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        item(out, x);
    }
    out.push(b']');
}

fn json_strs(out: &mut Vec<u8>, items: &[String]) {
    json_list(out, items, |out, s| json_str(out, s));
}

fn json_opt(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// `,"sentence":[a,b],"text":` — the tail every event, membership and quantity ends with.
fn json_sentence(out: &mut Vec<u8>, [a, b]: [usize; 2]) {
    out.extend_from_slice(b",\"sentence\":[");
    json_usize(out, a);
    out.push(b',');
    json_usize(out, b);
    out.extend_from_slice(b"],\"text\":");
}

fn json_usize(out: &mut Vec<u8>, n: usize) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

/// A float as serde_json writes it (its shortest round-trip form; `null` when not finite).
fn json_number<T: Serialize>(out: &mut Vec<u8>, x: &T) {
    // (Writing a number to a `Vec` cannot fail.)
    let _ = serde_json::to_writer(&mut *out, x);
}

/// A JSON string with serde_json's escapes: `\"`, `\\`, `\b`, `\t`, `\n`, `\f`, `\r` and `\u00xx` (lower-case
/// hex) for the other control chars below U+0020; every other char as it is. Eight bytes are tested at a
/// time and each run without an escape is copied whole.
fn json_str(out: &mut Vec<u8>, s: &str) {
    const LANES_01: u64 = 0x0101_0101_0101_0101;
    const LANES_80: u64 = 0x8080_8080_8080_8080;
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            // A lane is flagged when its byte is below 0x20, a quote or a backslash (the classic
            // zero-byte test on `w`, `w ^ '"'` and `w ^ '\\'`, and on `w` less 0x20 for the controls;
            // a lane whose byte is 0x80 or more is never flagged by the `!w` mask).
            let low = w.wrapping_sub(0x20 * LANES_01);
            let x_q = w ^ (u64::from(b'"') * LANES_01);
            let x_b = w ^ (u64::from(b'\\') * LANES_01);
            let hit =
                (low | x_q.wrapping_sub(LANES_01) | x_b.wrapping_sub(LANES_01)) & !w & LANES_80;
            if hit == 0 {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            0x0C => b"\\f",
            b'\r' => b"\\r",
            0x00..=0x1F => b"",
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(&bytes[run..i]);
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xF)],
            ]);
        } else {
            out.extend_from_slice(esc);
        }
        i += 1;
        run = i;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Extractor, Input};

    fn serde_bytes(r: &Record) -> Vec<u8> {
        serde_json::to_vec(r).expect("a record serialises")
    }

    fn ours(r: &Record) -> Vec<u8> {
        let mut out = Vec::new();
        r.write_json(&mut out);
        out
    }

    /// Every record `examples/news` gives is written as serde_json writes it.
    #[test]
    fn writes_the_records_of_the_news_as_serde_json() {
        let x = Extractor::embedded();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/news");
        let mut n = 0;
        for lang in ["ar", "en", "ru"] {
            let file =
                std::fs::read_to_string(format!("{root}/{lang}.jsonl")).expect("examples/news");
            for line in file.lines() {
                let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
                let input = Input {
                    id: v["id"].as_str(),
                    lang: v["lang"].as_str(),
                    date: v["date"].as_str(),
                    title: v["title"].as_str(),
                    url: v["url"].as_str(),
                    ..Input::text(v["text"].as_str().unwrap_or_default())
                };
                let r = x.extract(&input);
                assert_eq!(ours(&r), serde_bytes(&r), "{}", r.doc.id);
                n += 1;
            }
        }
        assert!(n > 40, "examples/news was not read");
    }

    /// Every optional field empty and filled, every escape, a float of each kind (NaN is `null`).
    #[test]
    fn writes_edge_records_as_serde_json() {
        let text = "a \"quoted\" \\ back\u{8}\u{c}\n\r\t\u{0}\u{1f}\u{7f} é ж ع \u{2028} 😀 end";
        let event = EventRec {
            kind: "ACCUSE".into(),
            mode: Some(text.into()),
            context: vec!["x".into(), text.into()],
            score: 0.1,
            source: vec![],
            target: vec!["RUS".into()],
            date: None,
            negated: true,
            modality: "asserted".into(),
            reported_by: Some("USA".into()),
            trigger: text.into(),
            actors: vec!["Q1".into()],
            sentence: [3, 17],
            text: text.into(),
        };
        let mut r = Record {
            doc: DocInfo {
                id: text.into(),
                source: "-".into(),
                lang: None,
                chars: 0,
                date: Some("2024-05-07".into()),
                title: None,
                url: Some(text.into()),
            },
            mentions: vec![MentionRec {
                entity: "RUS".into(),
                start: usize::MAX,
                end: 10,
                text: text.into(),
                form: "name".into(),
            }],
            entities: vec![
                EntityRec {
                    id: "RUS".into(),
                    kind: "country".into(),
                    name: "Russia".into(),
                    wikidata: None,
                    mentions: 1,
                    country: None,
                },
                EntityRec {
                    id: "P1".into(),
                    kind: "person".into(),
                    name: text.into(),
                    wikidata: Some("Q7747".into()),
                    mentions: 12,
                    country: Some("RUS".into()),
                },
            ],
            events: vec![
                event.clone(),
                EventRec {
                    score: f32::NAN,
                    actors: vec![],
                    negated: false,
                    mode: None,
                    ..event.clone()
                },
                EventRec {
                    score: 1e-7,
                    ..event
                },
            ],
            memberships: vec![MembershipRec {
                bloc: "NATO".into(),
                member: "SWE".into(),
                status: "member".into(),
                date: Some("2024-03".into()),
                negated: false,
                sentence: [0, 1],
                text: String::new(),
            }],
            quantities: vec![
                QuantityRec {
                    kind: "trade".into(),
                    amount: 1.5e9,
                    currency: Some("USD".into()),
                    bound: None,
                    parties: vec!["CHN".into(), "RUS".into()],
                    date: None,
                    sentence: [5, 9],
                    text: text.into(),
                },
                QuantityRec {
                    kind: "aid".into(),
                    amount: f64::INFINITY,
                    currency: None,
                    bound: Some("about".into()),
                    parties: vec![],
                    date: Some("2020".into()),
                    sentence: [0, 0],
                    text: "40".into(),
                },
            ],
        };
        assert_eq!(ours(&r), serde_bytes(&r));
        r.doc.lang = Some("en".into());
        r.doc.date = None;
        r.doc.title = Some(String::new());
        r.memberships[0].negated = true;
        assert_eq!(ours(&r), serde_bytes(&r));
        assert_eq!(ours(&Record::default()), serde_bytes(&Record::default()));
    }

    proptest::proptest! {
        /// Any string, escapes wherever they fall in the eight-byte blocks, as serde_json writes it.
        #[test]
        fn writes_any_string_as_serde_json(s in "(\\PC|[\\x00-\\x1f\"\\\\\u{7f}]){0,40}") {
            let mut out = Vec::new();
            json_str(&mut out, &s);
            proptest::prop_assert_eq!(out, serde_json::to_vec(&s).expect("a string serialises"));
        }
    }
}
