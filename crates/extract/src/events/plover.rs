//! Events as PLOVER JSON records, so that blocwatch output drops into existing PLOVER/POLECAT tooling.
//!
//! PLOVER has no field for negation or modality, and its consumers count every record as something that
//! happened; so only events that the text asserts happened (not negated, modality `asserted`) are
//! exported. Several parties on one side are joined with `;` (as POLECAT does for multiple actors); an
//! event with no recipient is symmetric ("Russia and China agreed").

use serde::Serialize;

use crate::record::Record;

/// One event in PLOVER's JSON shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PloverEvent {
    /// `<document id>:<n>`, n counting the document's events from 1.
    pub id: String,
    pub date: Option<String>,
    pub actor: String,
    pub recipient: String,
    /// The PLOVER event type (`AGREE`, `AID`…).
    pub event: String,
    pub mode: Option<String>,
    pub context: Vec<String>,
    /// The words that triggered the event.
    pub event_text: String,
    /// The sentence the event was coded from.
    pub text: String,
    pub text_info: TextInfo,
    pub cite_info: CiteInfo,
    /// CAMEO code, root code, PLOVER quad class and Goldstein-style score (`--format cameo` only).
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<CameoInfo>,
}

/// Byte offsets of the sentence in the document text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextInfo {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CiteInfo {
    pub language: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Where the document came from (path, `path#line`).
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CameoInfo {
    pub cameo: String,
    pub cameo_root: String,
    pub quad: String,
    pub goldstein: f32,
}

/// The record's asserted events as PLOVER records; with `cameo`, each also carries its CAMEO codes.
pub fn plover_events(record: &Record, cameo: bool) -> Vec<PloverEvent> {
    record
        .events
        .iter()
        .filter(|e| !e.negated && e.modality == "asserted")
        .enumerate()
        .map(|(i, e)| PloverEvent {
            id: format!("{}:{}", record.doc.id, i + 1),
            date: e.date.clone(),
            actor: e.source.join(";"),
            recipient: e.target.join(";"),
            event: e.kind.clone(),
            mode: e.mode.clone(),
            context: e.context.clone(),
            event_text: e.trigger.clone(),
            text: e.text.clone(),
            text_info: TextInfo {
                start: e.sentence[0],
                end: e.sentence[1],
            },
            cite_info: CiteInfo {
                language: record.doc.lang.clone(),
                url: record.doc.url.clone(),
                title: record.doc.title.clone(),
                source: record.doc.source.clone(),
            },
            cameo: cameo
                .then(|| super::cameo_code(&e.kind, e.mode.as_deref()))
                .flatten()
                .map(|(code, quad)| CameoInfo {
                    cameo: code.to_string(),
                    cameo_root: code.get(..2).unwrap_or(code).to_string(),
                    quad: quad.to_string(),
                    goldstein: e.score,
                }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{Extractor, Input};

    #[test]
    fn asserted_events_become_plover_records_with_cameo_codes() {
        let text =
            "Iran supplied drones to Russia. Kazakhstan did not sign the agreement with China.";
        let rec = Extractor::embedded().extract(&Input {
            id: Some("doc1"),
            lang: Some("en"),
            date: Some("2024-10-22"),
            url: Some("https://example.org/a"),
            ..Input::text(text)
        });
        let out = plover_events(&rec, true);
        assert_eq!(out.len(), 1, "{out:#?}");
        let e = &out[0];
        assert_eq!(e.id, "doc1:1");
        assert_eq!((e.actor.as_str(), e.recipient.as_str()), ("IRN", "RUS"));
        assert_eq!(e.event, "AID");
        assert_eq!(e.mode.as_deref(), Some("military"));
        assert_eq!(&text[e.text_info.start..e.text_info.end], e.text);
        assert_eq!(e.cite_info.url.as_deref(), Some("https://example.org/a"));
        let c = e.cameo.as_ref().expect("cameo asked for");
        assert_eq!((c.cameo.as_str(), c.cameo_root.as_str()), ("072", "07"));
        assert_eq!(c.quad, "material_coop");
        let json = serde_json::to_value(e).unwrap();
        assert_eq!(json["cameo_root"], "07");
        assert_eq!(json["text_info"]["start"], 0);
        let plain = plover_events(&rec, false);
        assert!(serde_json::to_value(&plain[0])
            .unwrap()
            .get("cameo")
            .is_none());
    }
}
