//! The JSON API: each handler reads its parameters, runs the store or analysis call on the blocking pool, and
//! returns the answer as JSON. No handler decides anything about the alliance system itself.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use blocwatch_analysis as analysis;
use blocwatch_extract::{Input, Record};
use blocwatch_store::{DocRow, EventFilter, KnowledgeBase};

use crate::error::{ApiError, Code};
use crate::params::{self, json_body, page, MAX_QUERY, Q};
use crate::state::AppState;

type ApiResult<T> = Result<Json<T>, ApiError>;

/// Runs store and analysis work (synchronous SQLite) off the async workers, at most
/// `ServerConfig::max_concurrent_queries` at a time: the rest wait here, in the async layer, instead of each
/// opening a database connection of its own and fighting over two cores.
async fn blocking<T, F>(state: &AppState, f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, ApiError> + Send + 'static,
{
    let permit = state
        .inner
        .queries
        .clone()
        .acquire_owned()
        .await
        .map_err(|e| ApiError::new(Code::Internal, format!("the query gate is closed: {e}")))?;
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        f()
    })
    .await
    .map_err(|e| ApiError::new(Code::Internal, format!("the request's worker failed: {e}")))?
}

fn kb(state: &AppState) -> std::sync::Arc<blocwatch_store::SqliteStore> {
    state.inner.store.clone()
}

/// The body of a POST: JSON only, within the size limit.
fn post_body(headers: &HeaderMap, body: Result<Bytes, BytesRejection>) -> Result<Bytes, ApiError> {
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                Code::PayloadTooLarge,
                "the request body is over the size limit",
            )
        } else {
            ApiError::new(
                Code::MalformedJson,
                format!("cannot read the request body: {e}"),
            )
        }
    })?;
    if !ctype
        .split(';')
        .next()
        .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
    {
        return Err(ApiError::new(
            Code::UnsupportedMediaType,
            format!("send JSON with `Content-Type: application/json` (got {ctype:?})"),
        ));
    }
    Ok(body)
}

// ---------------------------------------------------------------------------------------------------------
// Meta

/// Liveness: answers without touching the store, so a load balancer's probe costs nothing.
pub(crate) async fn health(State(state): State<AppState>) -> ApiResult<Value> {
    Ok(Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "writes": state.inner.config.token.is_some(),
        "ingests_in_flight": state.ingests_in_flight(),
    })))
}

/// What the store holds: row counts of every table.
pub(crate) async fn stats(
    State(state): State<AppState>,
) -> ApiResult<blocwatch_store::StoreCounts> {
    let store = kb(&state);
    Ok(Json(blocking(&state, move || Ok(store.counts()?)).await?))
}

pub(crate) async fn openapi() -> Json<Value> {
    Json(crate::openapi::document())
}

// ---------------------------------------------------------------------------------------------------------
// Entities

#[derive(Debug, Deserialize)]
pub(crate) struct EntityQuery {
    kind: Option<String>,
    q: Option<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct EntityOut {
    id: String,
    kind: &'static str,
    name_en: String,
    name_ar: String,
    name_ru: String,
    wikidata: Option<String>,
    country: Option<String>,
}

fn entity_out(lex: &blocwatch_lexicon::Lexicon, e: &blocwatch_lexicon::Entity) -> EntityOut {
    EntityOut {
        id: e.id.clone(),
        kind: e.kind.as_str(),
        name_en: e.name_en.clone(),
        name_ar: e.name_ar.clone(),
        name_ru: e.name_ru.clone(),
        wikidata: e.wikidata.clone(),
        country: e.country.map(|c| lex.entity(c).id.clone()),
    }
}

pub(crate) async fn entities(
    State(state): State<AppState>,
    Q(q): Q<EntityQuery>,
) -> ApiResult<Vec<EntityOut>> {
    const KINDS: &[&str] = &[
        "country",
        "collective",
        "bloc",
        "person",
        "company",
        "initiative",
    ];
    if let Some(k) = q.kind.as_deref().filter(|k| !k.is_empty()) {
        if !KINDS.contains(&k) {
            return Err(ApiError::param(format!(
                "kind must be one of {}, got {k:?}",
                KINDS.join(", ")
            )));
        }
    }
    let needle =
        q.q.as_deref()
            .map(|s| s.trim().to_lowercase())
            .unwrap_or_default();
    let lex = state.inner.extractor.lexicon();
    let out = lex
        .entities()
        .map(|(_, e)| e)
        .filter(|e| {
            q.kind
                .as_deref()
                .is_none_or(|k| k.is_empty() || e.kind.as_str() == k)
        })
        .filter(|e| {
            needle.is_empty()
                || [&e.id, &e.name_en, &e.name_ar, &e.name_ru]
                    .iter()
                    .any(|n| n.to_lowercase().contains(&needle))
        })
        .map(|e| entity_out(lex, e))
        .collect();
    Ok(Json(out))
}

pub(crate) async fn entity(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<EntityOut> {
    let lex = state.inner.extractor.lexicon();
    let idx = lex
        .lookup(&id)
        .ok_or_else(|| ApiError::new(Code::UnknownEntity, format!("no entity with id {id:?}")))?;
    Ok(Json(entity_out(lex, lex.entity(idx))))
}

// ---------------------------------------------------------------------------------------------------------
// Reference data

pub(crate) async fn blocs(
    State(state): State<AppState>,
) -> ApiResult<Vec<blocwatch_store::BlocRow>> {
    let store = kb(&state);
    Ok(Json(blocking(&state, move || Ok(store.blocs()?)).await?))
}

#[derive(Debug, Deserialize)]
pub(crate) struct AtQuery {
    at: Option<String>,
}

pub(crate) async fn bloc(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Q(q): Q<AtQuery>,
) -> ApiResult<analysis::BlocReport> {
    let id = params::id("bloc", &id)?;
    let at = params::date("at", q.at.as_deref())?;
    let store = kb(&state);
    Ok(Json(
        blocking(&state, move || {
            Ok(analysis::bloc_at(store.as_ref(), &id, at.as_deref())?)
        })
        .await?,
    ))
}

#[derive(Debug, Deserialize)]
pub(crate) struct MembershipQuery {
    bloc: Option<String>,
    member: Option<String>,
}

pub(crate) async fn memberships(
    State(state): State<AppState>,
    Q(q): Q<MembershipQuery>,
) -> ApiResult<Vec<blocwatch_store::MembershipRow>> {
    let store = kb(&state);
    let bloc = q.bloc.filter(|s| !s.is_empty());
    let member = q.member.filter(|s| !s.is_empty());
    Ok(Json(
        blocking(&state, move || {
            Ok(store.memberships(bloc.as_deref(), member.as_deref())?)
        })
        .await?,
    ))
}

#[derive(Debug, Deserialize)]
pub(crate) struct TreatyQuery {
    party: Option<String>,
}

pub(crate) async fn treaties(
    State(state): State<AppState>,
    Q(q): Q<TreatyQuery>,
) -> ApiResult<Vec<blocwatch_store::TreatyRow>> {
    let store = kb(&state);
    let party = q.party.filter(|s| !s.is_empty());
    Ok(Json(
        blocking(&state, move || Ok(store.treaties(party.as_deref())?)).await?,
    ))
}

// ---------------------------------------------------------------------------------------------------------
// Questions

pub(crate) async fn country(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Q(q): Q<AtQuery>,
) -> ApiResult<analysis::CountryReport> {
    let id = params::id("country", &id)?;
    let at = params::date("at", q.at.as_deref())?;
    let store = kb(&state);
    let st = state.clone();
    Ok(Json(
        blocking(&state, move || {
            Ok(analysis::country_with(
                store.as_ref(),
                &id,
                at.as_deref(),
                &st.inner.weights,
            )?)
        })
        .await?,
    ))
}

#[derive(Debug, Deserialize)]
pub(crate) struct DyadQuery {
    from: Option<String>,
    to: Option<String>,
    by: Option<String>,
    evidence: Option<usize>,
}

pub(crate) async fn dyad(
    State(state): State<AppState>,
    Path((a, b)): Path<(String, String)>,
    Q(q): Q<DyadQuery>,
) -> ApiResult<analysis::DyadReport> {
    let a = params::id("a", &a)?;
    let b = params::id("b", &b)?;
    let by = match q.by.as_deref().unwrap_or("year") {
        "month" => analysis::Period::Month,
        "quarter" => analysis::Period::Quarter,
        "year" => analysis::Period::Year,
        other => {
            return Err(ApiError::param(format!(
                "by must be month, quarter or year, got {other:?}"
            )))
        }
    };
    let evidence = q.evidence.unwrap_or(5);
    if evidence > 50 {
        return Err(ApiError::param(format!(
            "evidence must be at most 50 per period, got {evidence}"
        )));
    }
    let opts = analysis::DyadOptions {
        from: params::date("from", q.from.as_deref())?,
        to: params::date("to", q.to.as_deref())?,
        by,
        evidence_per_period: evidence,
    };
    let store = kb(&state);
    let st = state.clone();
    Ok(Json(
        blocking(&state, move || {
            Ok(analysis::dyad_with(
                store.as_ref(),
                &a,
                &b,
                &opts,
                &st.inner.weights,
            )?)
        })
        .await?,
    ))
}

#[derive(Debug, Deserialize)]
pub(crate) struct ProspectQuery {
    at: Option<String>,
    top: Option<usize>,
}

fn prospect_options(
    state: &AppState,
    at: Option<&str>,
    top: Option<usize>,
) -> Result<analysis::ProspectOptions, ApiError> {
    let top = top.unwrap_or(20);
    if top == 0 || top > params::MAX_PAGE {
        return Err(ApiError::param(format!(
            "top must be between 1 and {}, got {top}",
            params::MAX_PAGE
        )));
    }
    Ok(analysis::ProspectOptions {
        at: params::date("at", at)?,
        top,
        weights: state.inner.weights.clone(),
    })
}

pub(crate) async fn prospects(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Q(q): Q<ProspectQuery>,
) -> ApiResult<analysis::ProspectsReport> {
    let id = params::id("country", &id)?;
    let opts = prospect_options(&state, q.at.as_deref(), q.top)?;
    let store = kb(&state);
    Ok(Json(
        blocking(&state, move || {
            Ok(analysis::prospects(store.as_ref(), &id, &opts)?)
        })
        .await?,
    ))
}

#[derive(Debug, Deserialize)]
pub(crate) struct AssessQuery {
    members: Option<String>,
    at: Option<String>,
}

pub(crate) async fn assess(
    State(state): State<AppState>,
    Q(q): Q<AssessQuery>,
) -> ApiResult<analysis::AssessReport> {
    let members = params::list(q.members.as_deref());
    if members.len() < 2 || members.len() > 30 {
        return Err(ApiError::param(format!(
            "members must list 2 to 30 comma-separated ids, got {}",
            members.len()
        )));
    }
    let opts = prospect_options(&state, q.at.as_deref(), None)?;
    let store = kb(&state);
    Ok(Json(
        blocking(&state, move || {
            Ok(analysis::assess(store.as_ref(), &members, &opts)?)
        })
        .await?,
    ))
}

// ---------------------------------------------------------------------------------------------------------
// Network: the bloc answers and each country's strongest relations, joined for one picture.

#[derive(Debug, Serialize)]
pub struct Network {
    at: Option<String>,
    nodes: Vec<NetNode>,
    edges: Vec<NetEdge>,
}

#[derive(Debug, Serialize)]
pub(crate) struct NetNode {
    id: String,
    kind: &'static str,
    name: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct NetEdge {
    source: String,
    target: String,
    /// `membership` (bloc–member, with `status`) or `relation` (country–country, with the analysis score).
    kind: &'static str,
    status: Option<String>,
    score: Option<f64>,
    events: Option<usize>,
}

pub(crate) async fn network(
    State(state): State<AppState>,
    Q(q): Q<AtQuery>,
) -> Result<axum::response::Response, ApiError> {
    let at = params::date("at", q.at.as_deref())?;
    if let Some(net) = state.cached_network(at.as_deref()) {
        return shared_json(&net);
    }
    let store = kb(&state);
    let st = state.clone();
    let key = at.clone();
    let net = blocking(&state, move || {
        let lex = st.inner.extractor.lexicon();
        let name = |id: &str| {
            lex.lookup(id)
                .map(|i| lex.entity(i).name_en.clone())
                .unwrap_or_else(|| id.to_string())
        };
        let mut nodes: BTreeMap<String, NetNode> = BTreeMap::new();
        let mut edges = Vec::new();
        for b in store.blocs()? {
            let report = analysis::bloc_at(store.as_ref(), &b.id, at.as_deref())?;
            if report.members.is_empty() {
                continue;
            }
            nodes.insert(
                b.id.clone(),
                NetNode {
                    id: b.id.clone(),
                    kind: "bloc",
                    name: b.name_en.clone(),
                },
            );
            for m in report.members.into_iter().chain(report.associates) {
                nodes.entry(m.member.clone()).or_insert_with(|| NetNode {
                    id: m.member.clone(),
                    kind: "country",
                    name: m.name.clone(),
                });
                edges.push(NetEdge {
                    source: m.member,
                    target: b.id.clone(),
                    kind: "membership",
                    status: Some(m.status),
                    score: None,
                    events: None,
                });
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for c in store.countries()? {
            // Only a country with at least one event has news relations; asking the index first keeps the
            // full profile (the expensive part) to those.
            let probe = EventFilter {
                actor: Some(c.clone()),
                include_negated: true,
                limit: Some(1),
                ..EventFilter::default()
            };
            if store.events(&probe)?.is_empty() {
                continue;
            }
            let report =
                analysis::country_with(store.as_ref(), &c, at.as_deref(), &st.inner.weights)?;
            for r in report.relations {
                let (x, y) = if c < r.country {
                    (c.clone(), r.country.clone())
                } else {
                    (r.country.clone(), c.clone())
                };
                if !seen.insert((x.clone(), y.clone())) {
                    continue;
                }
                for id in [&x, &y] {
                    nodes.entry(id.clone()).or_insert_with(|| NetNode {
                        id: id.clone(),
                        kind: "country",
                        name: name(id),
                    });
                }
                edges.push(NetEdge {
                    source: x,
                    target: y,
                    kind: "relation",
                    status: None,
                    score: Some(r.balance),
                    events: Some(r.events),
                });
            }
        }
        Ok(Network {
            at,
            nodes: nodes.into_values().collect(),
            edges,
        })
    })
    .await?;
    shared_json(&state.cache_network(key.as_deref(), net))
}

/// A JSON response from a value shared with the cache.
fn shared_json<T: Serialize>(value: &Arc<T>) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let body = serde_json::to_vec(value.as_ref())
        .map_err(|e| ApiError::new(Code::Internal, format!("cannot write the answer: {e}")))?;
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

// ---------------------------------------------------------------------------------------------------------
// Evidence: search, documents, events

#[derive(Debug, Deserialize)]
pub(crate) struct SearchQuery {
    q: Option<String>,
    lang: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

fn lang(value: Option<String>) -> Result<Option<String>, ApiError> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(l @ ("ar" | "en" | "ru")) => Ok(Some(l.to_string())),
        Some(other) => Err(ApiError::param(format!(
            "lang must be ar, en or ru, got {other:?}"
        ))),
    }
}

pub(crate) async fn search(
    State(state): State<AppState>,
    Q(q): Q<SearchQuery>,
) -> ApiResult<Value> {
    let text = q.q.as_deref().map(str::trim).unwrap_or("").to_string();
    if text.is_empty() {
        return Err(ApiError::param("q (the words to search for) is required"));
    }
    if text.len() > MAX_QUERY {
        return Err(ApiError::param(format!(
            "q is {} bytes; at most {MAX_QUERY} are searched",
            text.len()
        )));
    }
    let lang = lang(q.lang)?;
    let (limit, offset) = page(q.limit, q.offset)?;
    let store = kb(&state);
    let st = state.clone();
    let items = blocking(&state, move || {
        let hits = analysis::search(store.as_ref(), &text, lang.as_deref(), limit, offset)?;
        let lex = st.inner.extractor.lexicon();
        Ok(hits
            .into_iter()
            .map(|hit| {
                let mentions =
                    sentence_mentions(lex, &hit.evidence.text, hit.evidence.lang.as_deref());
                HitOut { hit, mentions }
            })
            .collect::<Vec<_>>())
    })
    .await?;
    Ok(Json(
        json!({ "limit": limit, "offset": offset, "items": items }),
    ))
}

/// A search hit with the byte ranges of its mentions inside the sentence, so the page can mark them.
#[derive(Debug, Serialize)]
struct HitOut {
    #[serde(flatten)]
    hit: blocwatch_store::SentenceHit,
    mentions: Vec<SentenceMention>,
}

#[derive(Debug, Serialize)]
struct SentenceMention {
    entity: String,
    kind: &'static str,
    /// Byte offsets into the sentence text.
    start: usize,
    end: usize,
}

/// The lexicon's mentions in one sentence (the same matcher that found them at ingest).
fn sentence_mentions(
    lex: &blocwatch_lexicon::Lexicon,
    text: &str,
    lang: Option<&str>,
) -> Vec<SentenceMention> {
    let Some(lang) = lang.and_then(blocwatch_text::Lang::from_code) else {
        return Vec::new();
    };
    lex.find(text, lang)
        .into_iter()
        .map(|m| {
            let e = lex.entity(m.entity);
            SentenceMention {
                entity: e.id.clone(),
                kind: e.kind.as_str(),
                start: m.start,
                end: m.end,
            }
        })
        .collect()
}

#[derive(Debug, Deserialize)]
pub(crate) struct DocsQuery {
    lang: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

/// A document in a list: everything but the text.
#[derive(Debug, Serialize)]
struct DocSummary {
    id: String,
    source: String,
    lang: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
    chars: usize,
}

impl From<DocRow> for DocSummary {
    fn from(d: DocRow) -> DocSummary {
        DocSummary {
            id: d.id,
            source: d.source,
            lang: d.lang,
            date: d.date,
            title: d.title,
            url: d.url,
            chars: d.chars,
        }
    }
}

pub(crate) async fn documents(
    State(state): State<AppState>,
    Q(q): Q<DocsQuery>,
) -> ApiResult<Value> {
    let lang = lang(q.lang)?;
    let (limit, offset) = page(q.limit, q.offset)?;
    let store = kb(&state);
    let docs = blocking(&state, move || {
        Ok(store.documents(lang.as_deref(), limit, offset)?)
    })
    .await?;
    let items: Vec<DocSummary> = docs.into_iter().map(DocSummary::from).collect();
    Ok(Json(
        json!({ "limit": limit, "offset": offset, "items": items }),
    ))
}

/// One document with its extraction record (entities, events, memberships, amounts with their offsets), so
/// the page can highlight it. The record is computed again from the stored text with the server's
/// lexicon: the same pipeline that stored it, so the same answer.
pub(crate) async fn document(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Value> {
    let store = kb(&state);
    let st = state.clone();
    let id2 = id.clone();
    let out = blocking(&state, move || {
        let Some(doc) = store.document(&id2)? else {
            return Ok(None);
        };
        let record = st.inner.extractor.extract(&Input {
            id: Some(&doc.id),
            source: &doc.source,
            text: &doc.text,
            lang: doc.lang.as_deref(),
            date: doc.date.as_deref(),
            title: doc.title.as_deref(),
            url: doc.url.as_deref(),
        });
        Ok(Some(json!({ "document": doc, "record": record })))
    })
    .await?;
    out.map(Json).ok_or_else(|| {
        ApiError::new(
            Code::UnknownDocument,
            format!("no stored document has id {id:?}"),
        )
    })
}

#[derive(Debug, Deserialize)]
pub(crate) struct EventsQuery {
    actor: Option<String>,
    a: Option<String>,
    b: Option<String>,
    #[serde(rename = "type")]
    types: Option<String>,
    from: Option<String>,
    to: Option<String>,
    lang: Option<String>,
    negated: Option<bool>,
    limit: Option<usize>,
    offset: Option<usize>,
}

pub(crate) async fn events(
    State(state): State<AppState>,
    Q(q): Q<EventsQuery>,
) -> ApiResult<Value> {
    let (limit, offset) = page(q.limit, q.offset)?;
    let dyad = match (q.a.filter(|s| !s.is_empty()), q.b.filter(|s| !s.is_empty())) {
        (Some(a), Some(b)) => Some((a, b)),
        (None, None) => None,
        _ => {
            return Err(ApiError::param(
                "a and b (a dyad) go together: give both or neither",
            ))
        }
    };
    let filter = EventFilter {
        actor: q.actor.filter(|s| !s.is_empty()),
        dyad,
        types: params::list(q.types.as_deref()),
        from: params::date("from", q.from.as_deref())?,
        to: params::date("to", q.to.as_deref())?,
        lang: lang(q.lang)?,
        include_negated: q.negated.unwrap_or(false),
        limit: Some(limit),
        offset,
    };
    let store = kb(&state);
    let items = blocking(&state, move || Ok(store.events(&filter)?)).await?;
    Ok(Json(
        json!({ "limit": limit, "offset": offset, "items": items }),
    ))
}

// ---------------------------------------------------------------------------------------------------------
// Extract and ingest

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DocIn {
    #[serde(default)]
    id: Option<String>,
    text: String,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

impl DocIn {
    fn check(&self, what: &str) -> Result<(), ApiError> {
        if self.text.trim().is_empty() {
            return Err(ApiError::param(format!("{what}: text is empty")));
        }
        if let Some(id) = &self.id {
            params::id(&format!("{what}: id"), id)?;
        }
        params::date(&format!("{what}: date"), self.date.as_deref())?;
        Ok(())
    }

    fn input<'a>(&'a self, source: &'a str) -> Input<'a> {
        Input {
            id: self.id.as_deref(),
            source,
            text: &self.text,
            lang: self.lang.as_deref(),
            date: self.date.as_deref().filter(|d| !d.trim().is_empty()),
            title: self.title.as_deref(),
            url: self.url.as_deref(),
        }
    }
}

pub(crate) async fn extract(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Record> {
    let body = post_body(&headers, body)?;
    let doc: DocIn = json_body(&body)?;
    doc.check("the document")?;
    let st = state.clone();
    let record = blocking(&state, move || {
        Ok(st.inner.extractor.extract(&doc.input("api")))
    })
    .await?;
    Ok(Json(record))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct IngestIn {
    documents: Vec<DocIn>,
}

/// Counts an ingest as running until it is dropped, whatever way the transaction ends.
struct InFlight<'a>(&'a AppState);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0
            .inner
            .ingests
            .fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

fn check_token(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(expected) = state.inner.config.token.as_deref() else {
        return Err(ApiError::new(
            Code::WritesDisabled,
            "this server takes no writes: start it with --token (or BLOCWATCH_TOKEN) to allow ingest",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match given {
        None => Err(ApiError::new(
            Code::MissingToken,
            "send the write token as `Authorization: Bearer <token>`",
        )),
        // Compares every byte whatever the first difference, so timing says nothing about the token.
        Some(g)
            if g.len() == expected.len()
                && g.bytes()
                    .zip(expected.bytes())
                    .fold(0u8, |acc, (x, y)| acc | (x ^ y))
                    == 0 =>
        {
            Ok(())
        }
        Some(_) => Err(ApiError::new(
            Code::InvalidToken,
            "the write token is wrong",
        )),
    }
}

pub(crate) async fn ingest(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> ApiResult<Value> {
    check_token(&state, &headers)?;
    let body = post_body(&headers, body)?;
    let req: IngestIn = json_body(&body)?;
    let max = state.inner.config.max_ingest_docs;
    if req.documents.is_empty() || req.documents.len() > max {
        return Err(ApiError::param(format!(
            "documents must hold 1 to {max} documents, got {}",
            req.documents.len()
        )));
    }
    for (i, d) in req.documents.iter().enumerate() {
        d.check(&format!("documents[{i}]"))?;
    }
    // Taken before the closing check, so that shutdown (which sets the flag, then takes the write guard)
    // either sees this ingest and waits for it, or this ingest sees the flag and stops.
    let guard = state.inner.ingest_gate.clone().read_owned().await;
    if state.closing() {
        return Err(ApiError::new(
            Code::ShuttingDown,
            "the server is shutting down; retry later",
        ));
    }
    let st = state.clone();
    let (stats, ids) = blocking(&state, move || {
        let _guard = guard;
        st.inner
            .ingests
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let _running = InFlight(&st);
        let batch: Vec<(Record, String)> = req
            .documents
            .into_iter()
            .map(|d| {
                let record = st.inner.extractor.extract(&d.input("api"));
                (record, d.text)
            })
            .collect();
        let ids: Vec<String> = batch.iter().map(|(r, _)| r.doc.id.clone()).collect();
        let stats = st.inner.store.ingest(&batch)?;
        st.forget_cached();
        Ok((stats, ids))
    })
    .await?;
    Ok(Json(json!({ "stats": stats, "ids": ids })))
}
