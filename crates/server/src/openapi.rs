//! The OpenAPI 3.1 document of the API, written by hand next to the routes it describes. Every parameter
//! carries an `example`; the API tests call every operation with those examples and check that the answer's
//! status and shape are the documented ones, so this document cannot drift from the code unnoticed.

use serde_json::{json, Value};

use crate::error::TABLE;
use crate::params::{DEFAULT_PAGE, MAX_PAGE, MAX_QUERY};

fn path_param(name: &str, description: &str, example: &str) -> Value {
    json!({"name": name, "in": "path", "required": true, "description": description,
           "schema": {"type": "string"}, "example": example})
}

fn query(name: &str, description: &str, schema: Value, example: Value) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": description,
           "schema": schema, "example": example})
}

fn required_query(name: &str, description: &str, schema: Value, example: Value) -> Value {
    json!({"name": name, "in": "query", "required": true, "description": description,
           "schema": schema, "example": example})
}

fn at() -> Value {
    query(
        "at",
        "The date to answer for (ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD); today when absent.",
        json!({"type": "string"}),
        json!("2016-01-01"),
    )
}

fn paging() -> Vec<Value> {
    vec![
        query(
            "limit",
            &format!("Page size, 1 to {MAX_PAGE} (default {DEFAULT_PAGE})."),
            json!({"type": "integer", "minimum": 1, "maximum": MAX_PAGE}),
            json!(10),
        ),
        query(
            "offset",
            "Items to skip.",
            json!({"type": "integer", "minimum": 0}),
            json!(0),
        ),
    ]
}

fn lang() -> Value {
    query(
        "lang",
        "Only sentences or documents in this language.",
        json!({"type": "string", "enum": ["ar", "en", "ru"]}),
        json!("en"),
    )
}

fn ok(description: &str, schema: Value) -> Value {
    json!({"description": description, "content": {"application/json": {"schema": schema}}})
}

fn err(description: &str) -> Value {
    json!({"description": description, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}})
}

fn get_op(summary: &str, params: Vec<Value>, schema: Value, errors: &[(&str, &str)]) -> Value {
    let mut responses = serde_json::Map::new();
    responses.insert("200".into(), ok(summary, schema));
    for (code, why) in errors {
        responses.insert((*code).into(), err(why));
    }
    json!({"get": {"summary": summary, "parameters": params, "responses": responses}})
}

fn page_of(item: &str) -> Value {
    json!({"type": "object", "required": ["limit", "offset", "items"], "properties": {
        "limit": {"type": "integer"}, "offset": {"type": "integer"},
        "items": {"type": "array", "items": {"$ref": format!("#/components/schemas/{item}")}}}})
}

fn obj() -> Value {
    json!({"type": "object"})
}

fn schema(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

/// An object schema: required fields, and the ones among them that are arrays of a named schema.
fn shape(required: &[&str], arrays: &[(&str, &str)]) -> Value {
    let mut props = serde_json::Map::new();
    for (field, item) in arrays {
        props.insert((*field).into(), arr(item));
    }
    json!({"type": "object", "required": required, "properties": props})
}

fn arr(item: &str) -> Value {
    json!({"type": "array", "items": {"$ref": format!("#/components/schemas/{item}")}})
}

const BAD: (&str, &str) = ("400", "A bad parameter (invalid_parameter, invalid_date).");
const UNKNOWN: (&str, &str) = ("404", "An unknown id (unknown_entity).");

/// The document served at `/api/openapi.json`.
pub(crate) fn document() -> Value {
    let codes: Vec<Value> = TABLE
        .iter()
        .map(|(_, status, name)| json!({"error": name, "status": status}))
        .collect();
    let doc_example = json!({"text": "Kazakhstan and Uzbekistan signed a new trade agreement with Russia in Moscow.",
                             "lang": "en", "date": "2024-05-01", "title": "Example"});
    json!({
      "openapi": "3.1.0",
      "info": {
        "title": "blocwatch",
        "version": env!("CARGO_PKG_VERSION"),
        "description": "The alliance system as read from Arabic, English and Russian news: blocs and their members on any date, countries, dyads over time, alliance prospects and the realism of a grouping, each answer with its evidence sentences in their original language. Errors are JSON `{status, error, message}`; `x-error-codes` lists every `error` name with its status."
      },
      "x-error-codes": codes,
      "paths": {
        "/api/health": get_op("Liveness (the store is not touched), version, whether writes are allowed, ingests running.", vec![], json!({"type": "object", "required": ["status", "version", "writes", "ingests_in_flight"]}), &[]),
        "/api/stats": get_op("Row counts of every table of the store (documents, sentences, mentions, events, reference rows…).", vec![], json!({"type": "object", "required": ["documents", "sentences", "events", "reference_blocs"]}), &[]),
        "/api/openapi.json": get_op("This document.", vec![], obj(), &[]),
        "/api/entities": get_op("Entities the lexicon knows (countries, blocs, people, companies, initiatives), with their names in English, Arabic and Russian.",
            vec![query("kind", "Only this kind.", json!({"type": "string", "enum": ["country", "collective", "bloc", "person", "company", "initiative"]}), json!("bloc")),
                 query("q", "Only entities whose id or a name contains this (case-insensitive).", json!({"type": "string"}), json!("shanghai"))],
            arr("Entity"), &[BAD]),
        "/api/entities/{id}": get_op("One entity.", vec![path_param("id", "Entity id.", "KAZ")], json!({"$ref": "#/components/schemas/Entity"}), &[("404", "Unknown id (unknown_entity).")]),
        "/api/blocs": get_op("Every bloc of the reference data, with its source.", vec![], arr("Bloc"), &[]),
        "/api/blocs/{id}": get_op("A bloc's members and their status on a date (reference data, each with its source), and the news claims about its membership checked against it (agrees, conflicts, new) with their sentences.",
            vec![path_param("id", "Bloc id (SCO, BRICS, EAEU, CSTO, …).", "SCO"), at()], schema("BlocReport"), &[BAD, UNKNOWN]),
        "/api/memberships": get_op("Reference membership periods, narrowed by bloc and/or member.",
            vec![query("bloc", "Bloc id.", json!({"type": "string"}), json!("BRICS")),
                 query("member", "Member id.", json!({"type": "string"}), json!("IND"))],
            arr("Membership"), &[]),
        "/api/treaties": get_op("Reference treaties and partnerships, narrowed by party.",
            vec![query("party", "A party's id.", json!({"type": "string"}), json!("RUS"))], arr("Treaty"), &[]),
        "/api/countries/{id}": get_op("A country's memberships and treaties on a date and its strongest partners by news balance.",
            vec![path_param("id", "Country id (ISO 3166-1 alpha-3).", "KAZ"), at()], schema("CountryReport"), &[BAD, UNKNOWN]),
        "/api/dyads/{a}/{b}": get_op("Two countries' relationship over time: events per PLOVER type and quad class, the cooperation–conflict score, amounts, and the evidence sentences per period.",
            vec![path_param("a", "First country.", "RUS"), path_param("b", "Second country.", "CHN"),
                 query("from", "First date (ISO).", json!({"type": "string"}), json!("2020")),
                 query("to", "Last date (ISO).", json!({"type": "string"}), json!("2026")),
                 query("by", "Period length.", json!({"type": "string", "enum": ["month", "quarter", "year"]}), json!("year")),
                 query("evidence", "Evidence sentences per period, 0 to 50 (default 5).", json!({"type": "integer", "minimum": 0, "maximum": 50}), json!(3))],
            schema("DyadReport"), &[BAD, UNKNOWN]),
        "/api/prospects/{id}": get_op("Every country ranked by its alignment index with this one, each component (memberships, treaties, news, stances, economy) explained with evidence.",
            vec![path_param("id", "Country id.", "RUS"), at(),
                 query("top", &format!("How many to return, 1 to {MAX_PAGE} (default 20)."), json!({"type": "integer", "minimum": 1, "maximum": MAX_PAGE}), json!(10))],
            schema("ProspectsReport"), &[BAD, UNKNOWN]),
        "/api/assess": get_op("The realism of a proposed grouping: pairwise alignment, shared blocs and treaties, stated positions for and against with evidence, and a verdict (realistic, possible, unlikely) with its reasons.",
            vec![required_query("members", "2 to 30 comma-separated country ids.", json!({"type": "string"}), json!("RUS,KAZ,UZB")), at()],
            schema("AssessReport"), &[BAD, UNKNOWN]),
        "/api/network": get_op("The graph of the alliance system on a date: blocs and countries as nodes; membership edges (with status) and country–country edges (news cooperation–conflict score).",
            vec![at()], json!({"$ref": "#/components/schemas/Network"}), &[BAD]),
        "/api/search": get_op("Full-text search over every stored sentence, in any of the three languages, best first.",
            [vec![required_query("q", &format!("The words to find (at most {MAX_QUERY} bytes)."), json!({"type": "string"}), json!("SCO")), lang()], paging()].concat(),
            page_of("SentenceHit"), &[BAD]),
        "/api/documents": get_op("Stored documents, newest first, without their text.",
            [vec![lang()], paging()].concat(), page_of("DocSummary"), &[BAD]),
        "/api/documents/{id}": get_op("One stored document with its text and its extraction record (mentions, entities, events, memberships, amounts, as byte offsets into the text).",
            vec![path_param("id", "Document id (the JSONL id or sha256:…).", "en-2001-06-15-sco-founded")], schema("DocumentWithRecord"), &[("404", "No such document (unknown_document).")]),
        "/api/events": get_op("PLOVER events found in the news, with filters and paging.",
            [vec![query("actor", "Events with this actor on either side.", json!({"type": "string"}), json!("RUS")),
                  query("a", "With `b`: events between these two, either direction.", json!({"type": "string"}), json!("RUS")),
                  query("b", "See `a`.", json!({"type": "string"}), json!("CHN")),
                  query("type", "Comma-separated PLOVER types.", json!({"type": "string"}), json!("AGREE,COOPERATE")),
                  query("from", "First date (ISO).", json!({"type": "string"}), json!("2015")),
                  query("to", "Last date (ISO).", json!({"type": "string"}), json!("2026-12-31")),
                  lang(),
                  query("negated", "Also return negated events.", json!({"type": "boolean"}), json!(false))],
             paging()].concat(),
            page_of("Event"), &[BAD]),
        "/api/extract": {"post": {
            "summary": "Extract one posted document (nothing is stored): its entities, events, memberships and amounts with byte offsets.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DocumentIn"}, "example": doc_example}}},
            "responses": {"200": ok("The extraction record.", schema("Record")),
                          "400": err("Malformed JSON or an empty text (malformed_json, invalid_parameter, invalid_date)."),
                          "413": err("Body over the size limit (payload_too_large)."),
                          "415": err("Not JSON (unsupported_media_type).")}}},
        "/api/ingest": {"post": {
            "summary": "Extract and store documents in one transaction (a document already stored is counted as a duplicate). Needs the server's write token.",
            "security": [{"bearer": []}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["documents"], "properties": {"documents": {"type": "array", "items": {"$ref": "#/components/schemas/DocumentIn"}}}}, "example": {"documents": [doc_example]}}}},
            "responses": {"200": ok("What was stored.", json!({"type": "object", "required": ["stats", "ids"], "properties": {"stats": obj(), "ids": {"type": "array", "items": {"type": "string"}}}})),
                          "400": err("Malformed JSON or a bad document (malformed_json, invalid_parameter, invalid_date)."),
                          "401": err("No token (missing_token)."),
                          "403": err("Wrong token, or writes switched off (invalid_token, writes_disabled)."),
                          "413": err("Body over the size limit (payload_too_large)."),
                          "415": err("Not JSON (unsupported_media_type)."),
                          "503": err("The server is shutting down (shutting_down).")}}}
      },
      "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
          "Error": {"type": "object", "required": ["status", "error", "message"], "properties": {
              "status": {"type": "integer"}, "error": {"type": "string"}, "message": {"type": "string"}}},
          "Entity": {"type": "object", "required": ["id", "kind", "name_en"], "properties": {
              "id": {"type": "string"}, "kind": {"type": "string"}, "name_en": {"type": "string"},
              "name_ar": {"type": "string"}, "name_ru": {"type": "string"}, "wikidata": {"type": ["string", "null"]},
              "country": {"type": ["string", "null"]}}},
          "Bloc": {"type": "object", "required": ["id", "name_en", "kind", "source"]},
          "Membership": {"type": "object", "required": ["bloc", "member", "status", "source"]},
          "Treaty": {"type": "object", "required": ["id", "name", "parties", "kind", "source"]},
          "Evidence": {"type": "object", "required": ["doc_id", "sentence", "text"], "properties": {
              "doc_id": {"type": "string"}, "source": {"type": "string"}, "url": {"type": ["string", "null"]},
              "title": {"type": ["string", "null"]}, "lang": {"type": ["string", "null"]},
              "doc_date": {"type": ["string", "null"]},
              "sentence": {"type": "array", "items": {"type": "integer"}, "description": "Byte range in the document text."},
              "text": {"type": "string", "description": "The sentence as written."}}},
          "SentenceHit": {"type": "object", "required": ["evidence", "rank", "entities", "mentions"], "properties": {
              "evidence": {"$ref": "#/components/schemas/Evidence"}}},
          "Event": {"type": "object", "required": ["id", "type", "score", "source", "target", "evidence"], "properties": {
              "evidence": {"$ref": "#/components/schemas/Evidence"}}},
          "DocSummary": {"type": "object", "required": ["id", "source", "chars"]},
          "DocumentIn": {"type": "object", "required": ["text"], "additionalProperties": false, "properties": {
              "id": {"type": "string"}, "text": {"type": "string"}, "lang": {"type": "string"},
              "date": {"type": "string"}, "title": {"type": "string"}, "url": {"type": "string"}}},
          "Network": {"type": "object", "required": ["nodes", "edges"]},
          "MemberAt": {"type": "object", "required": ["member", "name", "status", "source"]},
          "ClaimCheck": {"type": "object", "required": ["claim", "verdict", "reason"], "properties": {
              "verdict": {"type": "string", "enum": ["agrees", "conflicts", "new"]}}},
          "BlocReport": shape(&["bloc", "at", "members", "claims"], &[("members", "MemberAt"), ("claims", "ClaimCheck")]),
          "Relation": {"type": "object", "required": ["country", "name", "balance", "events", "evidence"]},
          "CountryReport": shape(&["id", "name", "at", "memberships", "treaties", "relations"],
              &[("memberships", "Membership"), ("treaties", "Treaty"), ("relations", "Relation")]),
          "DyadPeriod": {"type": "object", "required": ["period", "counts", "quad", "score", "events", "evidence"], "properties": {
              "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}}}},
          "Quantity": {"type": "object", "required": ["kind", "amount", "parties", "evidence"]},
          "DyadReport": shape(&["a", "b", "periods", "totals", "quantities"], &[("periods", "DyadPeriod"), ("quantities", "Quantity")]),
          "Prospect": {"type": "object", "required": ["country", "name", "index", "components", "shared_blocs", "treaties", "evidence"], "properties": {
              "components": {"type": "object", "required": ["memberships", "treaties", "news", "stances", "economy"]},
              "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/Evidence"}}}},
          "ProspectsReport": shape(&["country", "at", "weights", "ranked"], &[("ranked", "Prospect")]),
          "PairAlignment": {"type": "object", "required": ["a", "b", "index", "components", "evidence"]},
          "AssessReport": {"type": "object", "required": ["members", "pairs", "shared_blocs", "treaties", "positions_for", "positions_against", "verdict", "score", "reasons"], "properties": {
              "pairs": {"type": "array", "items": {"$ref": "#/components/schemas/PairAlignment"}},
              "positions_for": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
              "positions_against": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
              "verdict": {"type": "string", "enum": ["realistic", "possible", "unlikely"]}}},
          "Mention": {"type": "object", "required": ["entity", "start", "end", "text", "form"]},
          "Record": shape(&["doc", "mentions", "entities", "events", "memberships", "quantities"], &[("mentions", "Mention")]),
          "DocumentWithRecord": {"type": "object", "required": ["document", "record"], "properties": {
              "document": {"type": "object", "required": ["id", "source", "chars", "text"]},
              "record": {"$ref": "#/components/schemas/Record"}}}
        }
      }
    })
}
