//! The server's integration tests, in one binary: every operation of the OpenAPI document answers as
//! documented; every bad request is a 4xx JSON error from the table and loses nothing; ingest is idempotent
//! and survives shutdown; and the page passes its browser tests in Debian's chromium.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

use blocwatch_server::{router, serve, AppState, ServerConfig};
use blocwatch_store::SqliteStore;

const TOKEN: &str = "test-token-5f2c";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// An in-memory store with the reference data and the sample corpus `examples/news/*.jsonl`.
fn corpus_store() -> Arc<SqliteStore> {
    Arc::new(news_store())
}

include!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tools/test/news_store.rs"
));

fn app(store: Arc<SqliteStore>, token: Option<&str>) -> Router {
    let config = ServerConfig {
        token: token.map(str::to_string),
        ..ServerConfig::default()
    };
    router(AppState::new(store, config))
}

struct Reply {
    status: StatusCode,
    ctype: String,
    json: Value,
}

async fn call(
    app: &Router,
    method: Method,
    uri: &str,
    headers: &[(&str, &str)],
    body: Vec<u8>,
) -> Reply {
    let mut req = Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let resp = app
        .clone()
        .oneshot(req.body(Body::from(body)).expect("request"))
        .await
        .expect("the router never fails");
    let status = resp.status();
    let ctype = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let bytes = resp.into_body().collect().await.expect("body").to_bytes();
    let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    Reply {
        status,
        ctype,
        json,
    }
}

async fn get(app: &Router, uri: &str) -> Reply {
    call(app, Method::GET, uri, &[], Vec::new()).await
}

async fn post_json(app: &Router, uri: &str, token: Option<&str>, body: &Value) -> Reply {
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("content-type", "application/json")];
    if let Some(a) = &auth {
        headers.push(("authorization", a.as_str()));
    }
    call(
        app,
        Method::POST,
        uri,
        &headers,
        serde_json::to_vec(body).unwrap(),
    )
    .await
}

fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn example_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Resolves `{"$ref": "#/components/schemas/X"}` against the document.
fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => doc
            .pointer(&r.replacen('#', "", 1))
            .unwrap_or_else(|| panic!("dangling $ref {r}")),
        None => schema,
    }
}

/// Checks the top level of `value` against `schema`: its type, its required fields, and for arrays the
/// first item.
fn check_shape(doc: &Value, schema: &Value, value: &Value, what: &str) {
    let schema = resolve(doc, schema);
    match schema.get("type").and_then(Value::as_str) {
        Some("object") => {
            assert!(value.is_object(), "{what}: expected an object, got {value}");
            for req in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let name = req.as_str().unwrap();
                assert!(
                    value.get(name).is_some(),
                    "{what}: required field `{name}` missing in {value}"
                );
            }
            for (name, sub) in schema
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                if let Some(v) = value.get(name) {
                    check_shape(doc, sub, v, &format!("{what}.{name}"));
                }
            }
        }
        Some("array") => {
            let items = value
                .as_array()
                .unwrap_or_else(|| panic!("{what}: expected an array, got {value}"));
            if let (Some(first), Some(item)) = (items.first(), schema.get("items")) {
                check_shape(doc, item, first, &format!("{what}[0]"));
            }
        }
        Some("string") => {
            if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
                assert!(
                    allowed.contains(value),
                    "{what}: {value} is not one of {allowed:?}"
                );
            } else {
                assert!(value.is_string(), "{what}: expected a string, got {value}");
            }
        }
        Some("integer") => assert!(
            value.is_u64() || value.is_i64(),
            "{what}: expected an integer, got {value}"
        ),
        _ => {}
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_in_the_openapi_document_answers_as_documented() {
    let app = app(corpus_store(), Some(TOKEN));
    let doc = get(&app, "/api/openapi.json").await.json;
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().expect("paths");
    assert!(paths.len() >= 20, "only {} paths documented", paths.len());
    let mut called = 0;
    for (path, item) in paths {
        for (method, op) in item.as_object().unwrap() {
            let mut uri = path.clone();
            let mut query = Vec::new();
            for p in op["parameters"].as_array().into_iter().flatten() {
                let name = p["name"].as_str().unwrap();
                let example = example_str(
                    p.get("example")
                        .unwrap_or_else(|| panic!("{path}: parameter {name} has no example")),
                );
                match p["in"].as_str().unwrap() {
                    "path" => uri = uri.replace(&format!("{{{name}}}"), &enc(&example)),
                    "query" => query.push(format!("{name}={}", enc(&example))),
                    other => panic!("{path}: parameter in {other}"),
                }
            }
            if !query.is_empty() {
                uri = format!("{uri}?{}", query.join("&"));
            }
            let reply = match method.as_str() {
                "get" => get(&app, &uri).await,
                "post" => {
                    let body = &op["requestBody"]["content"]["application/json"]["example"];
                    assert!(!body.is_null(), "{path}: POST without an example body");
                    post_json(&app, &uri, Some(TOKEN), body).await
                }
                other => panic!("{path}: undocumented method {other}"),
            };
            assert_eq!(
                reply.status,
                StatusCode::OK,
                "{method} {uri}: {}",
                reply.json
            );
            assert!(
                reply.ctype.starts_with("application/json"),
                "{uri}: {}",
                reply.ctype
            );
            let schema = &op["responses"]["200"]["content"]["application/json"]["schema"];
            check_shape(&doc, schema, &reply.json, &uri);
            // Every documented error status is a JSON error.
            for (code, resp) in op["responses"].as_object().unwrap() {
                if code != "200" {
                    assert_eq!(
                        resp["content"]["application/json"]["schema"]["$ref"],
                        "#/components/schemas/Error",
                        "{path} {code}"
                    );
                }
            }
            called += 1;
        }
    }
    assert!(called >= 20);
    // Every name in the error table is listed.
    let names: Vec<&str> = doc["x-error-codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["error"].as_str().unwrap())
        .collect();
    for n in [
        "malformed_json",
        "payload_too_large",
        "invalid_date",
        "unknown_entity",
        "missing_token",
        "not_found",
    ] {
        assert!(names.contains(&n), "{n} not in x-error-codes");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_carry_the_reference_and_the_evidence() {
    let app = app(corpus_store(), None);
    let sco = get(&app, "/api/blocs/SCO?at=2016-01-01").await;
    assert_eq!(sco.status, StatusCode::OK);
    let mut members: Vec<&str> = sco.json["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["member"].as_str().unwrap())
        .collect();
    members.sort();
    assert_eq!(members, ["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"]);
    for m in sco.json["members"].as_array().unwrap() {
        assert!(!m["source"].as_str().unwrap().is_empty(), "{m}");
    }
    let later = get(&app, "/api/blocs/sco?at=2024-12-31").await.json;
    let later: Vec<&str> = later["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["member"].as_str().unwrap())
        .collect();
    for id in ["IND", "PAK", "IRN", "BLR"] {
        assert!(
            later.contains(&id),
            "{id} in the SCO at the end of 2024: {later:?}"
        );
    }

    // Search in Arabic finds Arabic sentences, with Russia marked at the right bytes.
    let hits = get(
        &app,
        &format!("/api/search?q={}&lang=ar&limit=5", enc("روسيا")),
    )
    .await;
    assert_eq!(hits.status, StatusCode::OK, "{}", hits.json);
    let items = hits.json["items"].as_array().unwrap();
    assert!(!items.is_empty(), "no Arabic hit for Russia");
    let mut marked_russia = 0;
    for h in items {
        assert_eq!(h["evidence"]["lang"], "ar");
        let text = h["evidence"]["text"].as_str().unwrap();
        for m in h["mentions"].as_array().unwrap() {
            let (s, e) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            let word = text
                .get(s..e)
                .unwrap_or_else(|| panic!("{text}: [{s},{e}) is not a slice"));
            if m["entity"] == "RUS" && word.contains("روسي") {
                marked_russia += 1;
            }
        }
    }
    assert!(marked_russia > 0, "no hit has Russia marked by name");

    // The evidence sentence of a dyad is where it says it is in its document.
    let dyad = get(&app, "/api/dyads/RUS/CHN?by=year&evidence=2")
        .await
        .json;
    let ev = dyad["periods"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["evidence"].as_array().unwrap().iter())
        .next()
        .expect("a RUS–CHN event in the sample corpus");
    let id = ev["evidence"]["doc_id"].as_str().unwrap();
    let docr = get(&app, &format!("/api/documents/{}", enc(id))).await;
    assert_eq!(docr.status, StatusCode::OK);
    let text = docr.json["document"]["text"].as_str().unwrap();
    let (s, e) = (
        ev["evidence"]["sentence"][0].as_u64().unwrap() as usize,
        ev["evidence"]["sentence"][1].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], ev["evidence"]["text"].as_str().unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_bad_request_is_a_4xx_json_error_and_loses_nothing() {
    let store = corpus_store();
    let before = store.counts().unwrap();
    let writer = app(store.clone(), Some(TOKEN));
    let reader = app(store.clone(), None);
    let big = vec![b'a'; 3 * 1024 * 1024];
    let ok_doc = json!({"documents": [{"text": "Kazakhstan and Russia met."}]});
    let ctype = [("content-type", "application/json")];
    let bearer = format!("Bearer {TOKEN}");
    let auth = [
        ("content-type", "application/json"),
        ("authorization", bearer.as_str()),
    ];
    let wrong = [
        ("content-type", "application/json"),
        ("authorization", "Bearer nope"),
    ];
    #[allow(clippy::type_complexity)] // a table of cases reads best as tuples
    let cases: Vec<(&Router, Method, String, &[(&str, &str)], Vec<u8>, u16, &str)> = vec![
        (
            &reader,
            Method::GET,
            "/api/blocs/NOPE".into(),
            &[],
            vec![],
            404,
            "unknown_entity",
        ),
        (
            &reader,
            Method::GET,
            "/api/blocs/SCO?at=2016-13-01".into(),
            &[],
            vec![],
            400,
            "invalid_date",
        ),
        (
            &reader,
            Method::GET,
            "/api/blocs/SCO?at=yesterday".into(),
            &[],
            vec![],
            400,
            "invalid_date",
        ),
        (
            &reader,
            Method::GET,
            "/api/countries/XXQ".into(),
            &[],
            vec![],
            404,
            "unknown_entity",
        ),
        (
            &reader,
            Method::GET,
            "/api/countries/KAZ?at=2023-02-29".into(),
            &[],
            vec![],
            400,
            "invalid_date",
        ),
        (
            &reader,
            Method::GET,
            "/api/dyads/RUS/CHN?by=week".into(),
            &[],
            vec![],
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::GET,
            "/api/dyads/RUS/NOPE".into(),
            &[],
            vec![],
            404,
            "unknown_entity",
        ),
        (
            &reader,
            Method::GET,
            "/api/dyads/RUS/CHN?evidence=-1".into(),
            &[],
            vec![],
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::GET,
            "/api/prospects/RUS?top=0".into(),
            &[],
            vec![],
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::GET,
            "/api/prospects/ZZZ".into(),
            &[],
            vec![],
            404,
            "unknown_entity",
        ),
        (
            &reader,
            Method::GET,
            "/api/assess?members=RUS".into(),
            &[],
            vec![],
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::GET,
            "/api/assess?members=RUS,ZZZ".into(),
            &[],
            vec![],
            404,
            "unknown_entity",
        ),
        (
            &reader,
            Method::GET,
            "/api/search".into(),
            &[],
            vec![],
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::GET,
            "/api/search?q=x&limit=100000".into(),
            &[],
            vec![],
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::GET,
            "/api/search?q=x&lang=fr".into(),
            &[],
            vec![],
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::GET,
            format!("/api/search?q={}", "a".repeat(600)),
            &[],
            vec![],
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::GET,
            "/api/events?limit=abc".into(),
            &[],
            vec![],
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::GET,
            "/api/events?a=RUS".into(),
            &[],
            vec![],
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::GET,
            "/api/events?from=2024-99".into(),
            &[],
            vec![],
            400,
            "invalid_date",
        ),
        (
            &reader,
            Method::GET,
            "/api/documents?offset=-3".into(),
            &[],
            vec![],
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::GET,
            "/api/documents/nope".into(),
            &[],
            vec![],
            404,
            "unknown_document",
        ),
        (
            &reader,
            Method::GET,
            "/api/entities?kind=planet".into(),
            &[],
            vec![],
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::GET,
            "/api/entities/nope".into(),
            &[],
            vec![],
            404,
            "unknown_entity",
        ),
        (
            &reader,
            Method::GET,
            "/api/blocs/%FF%FE".into(),
            &[],
            vec![],
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::GET,
            "/api/nope".into(),
            &[],
            vec![],
            404,
            "not_found",
        ),
        (
            &reader,
            Method::GET,
            "/nope.html".into(),
            &[],
            vec![],
            404,
            "not_found",
        ),
        (
            &reader,
            Method::DELETE,
            "/api/blocs".into(),
            &[],
            vec![],
            405,
            "method_not_allowed",
        ),
        (
            &reader,
            Method::GET,
            "/api/extract".into(),
            &[],
            vec![],
            405,
            "method_not_allowed",
        ),
        (
            &reader,
            Method::POST,
            "/api/extract".into(),
            &ctype,
            b"{not json".to_vec(),
            400,
            "malformed_json",
        ),
        (
            &reader,
            Method::POST,
            "/api/extract".into(),
            &ctype,
            b"[1,2]".to_vec(),
            400,
            "malformed_json",
        ),
        (
            &reader,
            Method::POST,
            "/api/extract".into(),
            &ctype,
            br#"{"text":"x","colour":"red"}"#.to_vec(),
            400,
            "malformed_json",
        ),
        (
            &reader,
            Method::POST,
            "/api/extract".into(),
            &[("content-type", "text/plain")],
            b"Russia".to_vec(),
            415,
            "unsupported_media_type",
        ),
        (
            &reader,
            Method::POST,
            "/api/extract".into(),
            &ctype,
            big.clone(),
            413,
            "payload_too_large",
        ),
        (
            &reader,
            Method::POST,
            "/api/extract".into(),
            &ctype,
            br#"{"text":"  "}"#.to_vec(),
            400,
            "invalid_parameter",
        ),
        (
            &reader,
            Method::POST,
            "/api/extract".into(),
            &ctype,
            br#"{"text":"Russia","date":"soon"}"#.to_vec(),
            400,
            "invalid_date",
        ),
        (
            &reader,
            Method::POST,
            "/api/ingest".into(),
            &auth,
            serde_json::to_vec(&ok_doc).unwrap(),
            403,
            "writes_disabled",
        ),
        (
            &writer,
            Method::POST,
            "/api/ingest".into(),
            &ctype,
            serde_json::to_vec(&ok_doc).unwrap(),
            401,
            "missing_token",
        ),
        (
            &writer,
            Method::POST,
            "/api/ingest".into(),
            &wrong,
            serde_json::to_vec(&ok_doc).unwrap(),
            403,
            "invalid_token",
        ),
        (
            &writer,
            Method::POST,
            "/api/ingest".into(),
            &auth,
            b"{\"documents\":[]}".to_vec(),
            400,
            "invalid_parameter",
        ),
        (
            &writer,
            Method::POST,
            "/api/ingest".into(),
            &auth,
            b"{\"documents\":[{\"text\":\"ok\"},{\"text\":\"\"}]}".to_vec(),
            400,
            "invalid_parameter",
        ),
        (
            &writer,
            Method::POST,
            "/api/ingest".into(),
            &auth,
            b"{\"documents\":".to_vec(),
            400,
            "malformed_json",
        ),
        (
            &writer,
            Method::POST,
            "/api/ingest".into(),
            &auth,
            big,
            413,
            "payload_too_large",
        ),
    ];
    for (app, method, uri, headers, body, status, name) in cases {
        let r = call(app, method.clone(), &uri, headers, body).await;
        let what = format!("{method} {}", &uri[..uri.len().min(80)]);
        assert_eq!(r.status.as_u16(), status, "{what}: {}", r.json);
        assert!(
            r.ctype.starts_with("application/json"),
            "{what}: content type {}",
            r.ctype
        );
        assert_eq!(r.json["status"], status, "{what}: {}", r.json);
        assert_eq!(r.json["error"], name, "{what}: {}", r.json);
        assert!(
            !r.json["message"].as_str().unwrap_or("").is_empty(),
            "{what}"
        );
    }
    assert_eq!(
        store.counts().unwrap(),
        before,
        "a rejected request changed the store"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ingest_stores_once_and_the_page_can_find_it() {
    let store = corpus_store();
    let app = app(store.clone(), Some(TOKEN));
    let docs = json!({"documents": [
        {"id": "t-1", "text": "Uzbekistan and Kazakhstan signed a water-sharing accord in Tashkent.", "lang": "en", "date": "2025-03-02", "title": "Water accord"},
        {"text": "Вьетнам и Индонезия обсудили торговлю в рамках АСЕАН.", "date": "2025-04"}
    ]});
    let first = post_json(&app, "/api/ingest", Some(TOKEN), &docs).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.json);
    assert_eq!(first.json["stats"]["new"], 2);
    assert_eq!(first.json["ids"][0], "t-1");
    assert!(first.json["ids"][1]
        .as_str()
        .unwrap()
        .starts_with("sha256:"));
    let again = post_json(&app, "/api/ingest", Some(TOKEN), &docs).await;
    assert_eq!(again.json["stats"]["new"], 0);
    assert_eq!(again.json["stats"]["duplicate"], 2);
    let hit = get(&app, "/api/search?q=water-sharing%20Tashkent").await;
    assert_eq!(
        hit.json["items"][0]["evidence"]["doc_id"], "t-1",
        "{}",
        hit.json
    );
    let doc = get(&app, "/api/documents/t-1").await;
    assert_eq!(doc.json["document"]["title"], "Water accord");
    let ids: Vec<&str> = doc.json["record"]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"UZB") && ids.contains(&"KAZ"), "{ids:?}");
    let health = get(&app, "/api/health").await.json;
    assert_eq!(health["writes"], true);
    assert_eq!(health["ingests_in_flight"], 0);
}

/// Writes one HTTP/1.1 request on a fresh connection and reads the whole answer.
async fn raw_request(addr: std::net::SocketAddr, request: Vec<u8>) -> std::io::Result<String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(addr).await?;
    s.write_all(&request).await?;
    let mut out = Vec::new();
    s.read_to_end(&mut out).await?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_waits_for_the_ingest_in_flight() {
    let store = Arc::new(SqliteStore::open_in_memory().unwrap());
    let state = AppState::new(
        store.clone(),
        ServerConfig {
            token: Some(TOKEN.into()),
            ..ServerConfig::default()
        },
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(listener, state.clone(), async move {
        let _ = stop_rx.await;
    }));

    // A batch big enough that extracting and storing it takes a while.
    let docs: Vec<Value> = (0..1000)
        .map(|i| json!({"id": format!("batch-{i}"), "text": format!("Report {i}: Kazakhstan and Uzbekistan agreed with Russia and China to expand rail freight, and Iran joined talks on payment systems in Tehran on day {i}.")}))
        .collect();
    let body = serde_json::to_vec(&json!({ "documents": docs })).unwrap();
    let mut req = format!(
        "POST /api/ingest HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    req.extend_from_slice(&body);
    let client = tokio::spawn(raw_request(addr, req));

    let started = Instant::now();
    while state.ingests_in_flight() == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the ingest never started"
        );
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    // SIGTERM arrives while the batch is being written.
    stop_tx.send(()).unwrap();
    let answer = client.await.unwrap().unwrap();
    assert!(
        answer.starts_with("HTTP/1.1 200"),
        "{}",
        &answer[..answer.len().min(300)]
    );
    tokio::time::timeout(Duration::from_secs(30), server)
        .await
        .expect("server stopped")
        .unwrap()
        .unwrap();
    assert_eq!(
        store.counts().unwrap().documents,
        1000,
        "every document of the batch in flight is stored"
    );
    assert!(
        tokio::net::TcpStream::connect(addr).await.is_err(),
        "the server still listens"
    );
}

/// The browser tests: `node --test web/e2e/` against a real server on the sample corpus. They need Debian's
/// chromium and web/node_modules (playwright-core), both installed by tools/setup.sh; without them this test
/// fails and says so.
#[test]
fn the_page_passes_its_browser_tests() {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let web = root().join("web");
    let missing: Vec<String> = [
        (!Path::new(&chromium).exists()).then(|| format!("chromium ({chromium})")),
        (!web
            .join("node_modules/playwright-core/package.json")
            .exists())
        .then(|| "web/node_modules/playwright-core".to_string()),
        std::process::Command::new("node")
            .arg("--version")
            .output()
            .is_err()
            .then(|| "node".to_string()),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(
        missing.is_empty(),
        "the browser tests need {}: run `tools/setup.sh` (as root) first",
        missing.join(", ")
    );

    let store = corpus_store();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let state = AppState::new(store, ServerConfig::default());
    let server = rt.spawn(serve(listener, state, async move {
        let _ = stop_rx.await;
    }));

    let out = std::process::Command::new("node")
        .args(["--test", "--test-reporter=spec", "e2e/"])
        .current_dir(&web)
        .env("BLOCWATCH_BASE_URL", format!("http://{addr}"))
        .env("CHROMIUM", &chromium)
        .output()
        .expect("run node --test");
    let _ = stop_tx.send(());
    rt.block_on(server).unwrap().unwrap();
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    println!("{report}");
    assert!(out.status.success(), "the browser tests failed:\n{report}");
    assert!(report.contains("fail 0"), "{report}");
}

/// Hostile and odd values in every parameter of every read endpoint: never a 5xx, always a JSON answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn odd_input_never_gets_a_server_error() {
    let app = app(corpus_store(), None);
    let long = "x".repeat(5000);
    let values: Vec<&str> = vec![
        "",
        " ",
        "\u{0}",
        "\u{202e}RUS",
        "../../etc/passwd",
        "SCO' OR 1=1 --",
        "\"unbalanced",
        "NEAR(a b)",
        "a* OR b:*",
        "٢٠١٦-٠١-٠١",
        "2016-02-30",
        "-1",
        "99999999999999999999",
        "🙂",
        "روسيا",
        "Россия",
        long.as_str(),
    ];
    let templates = [
        "/api/blocs/{}",
        "/api/blocs/SCO?at={}",
        "/api/countries/{}",
        "/api/countries/RUS?at={}",
        "/api/dyads/{}/CHN",
        "/api/dyads/RUS/CHN?by={}",
        "/api/dyads/RUS/CHN?from={}&to={}",
        "/api/prospects/{}",
        "/api/prospects/RUS?top={}",
        "/api/assess?members={},KAZ",
        "/api/search?q={}",
        "/api/search?q=SCO&offset={}",
        "/api/events?actor={}&type={}",
        "/api/events?limit={}",
        "/api/documents/{}",
        "/api/documents?lang={}",
        "/api/entities?q={}",
        "/api/entities/{}",
        "/api/memberships?bloc={}",
        "/api/treaties?party={}",
        "/api/network?at={}",
    ];
    for t in templates {
        for v in &values {
            let uri = t.replace("{}", &enc(v));
            let r = get(&app, &uri).await;
            let what = &uri[..uri.len().min(90)];
            assert!(r.status.as_u16() < 500, "{what}: {} {}", r.status, r.json);
            assert!(
                r.ctype.starts_with("application/json"),
                "{what}: {}",
                r.ctype
            );
            if !r.status.is_success() {
                assert!(r.json["error"].is_string(), "{what}: {}", r.json);
            }
        }
    }
}
