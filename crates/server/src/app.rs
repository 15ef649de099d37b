//! The router, the listener and shutdown.

use std::future::Future;
use std::net::SocketAddr;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use tokio::net::TcpListener;

use crate::error::{error_response, Code, Error};
use crate::routes as r;
use crate::state::AppState;

/// Every route of the API and the page. `state` decides the store and whether writes are allowed.
pub fn router(state: AppState) -> Router {
    let limit = state.inner.config.body_limit;
    let api = Router::new()
        .route("/health", get(r::health))
        .route("/stats", get(r::stats))
        .route("/openapi.json", get(r::openapi))
        .route("/entities", get(r::entities))
        .route("/entities/:id", get(r::entity))
        .route("/blocs", get(r::blocs))
        .route("/blocs/:id", get(r::bloc))
        .route("/memberships", get(r::memberships))
        .route("/treaties", get(r::treaties))
        .route("/countries/:id", get(r::country))
        .route("/dyads/:a/:b", get(r::dyad))
        .route("/prospects/:id", get(r::prospects))
        .route("/assess", get(r::assess))
        .route("/network", get(r::network))
        .route("/search", get(r::search))
        .route("/documents", get(r::documents))
        .route("/documents/:id", get(r::document))
        .route("/events", get(r::events))
        .route("/extract", post(r::extract))
        .route("/ingest", post(r::ingest))
        .fallback(api_not_found);
    Router::new()
        .nest("/api", api)
        .fallback(crate::assets::serve)
        .layer(middleware::from_fn(json_errors))
        .layer(DefaultBodyLimit::max(limit))
        .with_state(state)
}

async fn api_not_found(uri: Uri) -> Response {
    error_response(
        Code::NotFound,
        &format!("no API route {}; see /api/openapi.json", uri.path()),
    )
}

/// axum answers some failures itself with an empty or plain-text body (405 Method Not Allowed, a path
/// segment that is not valid UTF-8): those are rewritten here into the JSON of the error table, so that no
/// response escapes the table. Every response also gets headers that keep the page from being framed or
/// sniffed.
async fn json_errors(req: axum::extract::Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let status = resp.status();
    if !is_json && (status.is_client_error() || status.is_server_error()) {
        let code = match status {
            StatusCode::METHOD_NOT_ALLOWED => Code::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => Code::PayloadTooLarge,
            StatusCode::NOT_FOUND => Code::NotFound,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => Code::UnsupportedMediaType,
            s if s.is_client_error() => Code::InvalidParameter,
            _ => Code::Internal,
        };
        let allow = resp.headers().get(header::ALLOW).cloned();
        let message = match (code, &allow) {
            (Code::MethodNotAllowed, Some(a)) => {
                format!("this route takes {}", a.to_str().unwrap_or("other methods"))
            }
            _ => status
                .canonical_reason()
                .unwrap_or("request failed")
                .to_string(),
        };
        resp = error_response(code, &message);
        if let Some(a) = allow {
            resp.headers_mut().insert(header::ALLOW, a);
        }
    }
    let h = resp.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // The page loads only its own scripts: an injected <script> could not run even if it reached the DOM.
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    resp
}

/// Serves on `listener` until `shutdown` resolves; then stops accepting, lets requests in flight finish and
/// waits for every ingest transaction to commit.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), Error> {
    let app = router(state.clone());
    let drain = state.clone();
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            shutdown.await;
            drain.drain_writes().await;
        })
        .await
        .map_err(Error::Serve)?;
    // A client that hung up mid-ingest leaves its transaction running on the blocking pool: wait for it too.
    state.drain_writes().await;
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// For the command line: starts a runtime, binds `addr`, calls `on_ready` with the bound address (to print
/// the URL), and serves until Ctrl-C or SIGTERM.
pub fn run_blocking(
    state: AppState,
    addr: &str,
    on_ready: impl FnOnce(SocketAddr),
) -> Result<(), Error> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(Error::Runtime)?;
    rt.block_on(async move {
        let listener = TcpListener::bind(addr).await.map_err(|e| Error::Bind {
            addr: addr.to_string(),
            source: e,
        })?;
        let local = listener.local_addr().map_err(|e| Error::Bind {
            addr: addr.to_string(),
            source: e,
        })?;
        on_ready(local);
        serve(listener, state, shutdown_signal()).await
    })
}
