//! Errors: the crate's own [`Error`] (starting the server), and the one table every HTTP error comes from.
//!
//! Every failed request gets the same JSON shape, `{"status": 400, "error": "invalid_date", "message": "…"}`,
//! built from [`Code`]: one place says which status and which machine-readable name each failure has (the
//! meilisearch way), so the OpenAPI document, the page and the tests agree. Client mistakes are always 4xx;
//! 5xx is kept for failures of the store itself.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use blocwatch_analysis::AnalysisError;
use blocwatch_store::StoreError;

/// What can go wrong while starting or running the server (not a request: see the error table).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("the HTTP server stopped: {0}")]
    Serve(std::io::Error),
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Every kind of failed request: its HTTP status and its stable name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Code {
    /// A body that is not JSON, or JSON of the wrong shape.
    MalformedJson,
    /// A POST without `Content-Type: application/json`.
    UnsupportedMediaType,
    /// A body over the size limit.
    PayloadTooLarge,
    /// A query or path parameter that cannot be used (bad number, over a cap, empty query…).
    InvalidParameter,
    /// A date that is not ISO 8601 (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    InvalidDate,
    /// A country, bloc or other entity id blocwatch does not know.
    UnknownEntity,
    /// No stored document has this id.
    UnknownDocument,
    /// No such route.
    NotFound,
    /// The route exists, the method does not.
    MethodNotAllowed,
    /// A write endpoint called without a token.
    MissingToken,
    /// A write endpoint called with the wrong token.
    InvalidToken,
    /// A write endpoint on a server started without a token: writes are switched off.
    WritesDisabled,
    /// The server is shutting down and takes no new writes.
    ShuttingDown,
    /// The store failed (disk, corruption): the request was right, the server could not answer it.
    Store,
    /// Anything else on the server's side.
    Internal,
}

/// The table: (code, HTTP status, name). The OpenAPI document lists the same names.
pub(crate) const TABLE: &[(Code, u16, &str)] = &[
    (Code::MalformedJson, 400, "malformed_json"),
    (Code::UnsupportedMediaType, 415, "unsupported_media_type"),
    (Code::PayloadTooLarge, 413, "payload_too_large"),
    (Code::InvalidParameter, 400, "invalid_parameter"),
    (Code::InvalidDate, 400, "invalid_date"),
    (Code::UnknownEntity, 404, "unknown_entity"),
    (Code::UnknownDocument, 404, "unknown_document"),
    (Code::NotFound, 404, "not_found"),
    (Code::MethodNotAllowed, 405, "method_not_allowed"),
    (Code::MissingToken, 401, "missing_token"),
    (Code::InvalidToken, 403, "invalid_token"),
    (Code::WritesDisabled, 403, "writes_disabled"),
    (Code::ShuttingDown, 503, "shutting_down"),
    (Code::Store, 500, "store_error"),
    (Code::Internal, 500, "internal"),
];

impl Code {
    fn row(self) -> (u16, &'static str) {
        TABLE
            .iter()
            .find(|(c, _, _)| *c == self)
            .map(|(_, s, n)| (*s, *n))
            .unwrap_or((500, "internal"))
    }

    pub fn status(self) -> StatusCode {
        StatusCode::from_u16(self.row().0).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    pub fn name(self) -> &'static str {
        self.row().1
    }
}

/// A failed request: a [`Code`] and a message for a human.
#[derive(Debug, Clone)]
pub(crate) struct ApiError {
    pub code: Code,
    pub message: String,
}

#[derive(Serialize)]
struct Body<'a> {
    status: u16,
    error: &'a str,
    message: &'a str,
}

impl ApiError {
    pub fn new(code: Code, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
        }
    }

    pub fn param(message: impl Into<String>) -> ApiError {
        ApiError::new(Code::InvalidParameter, message)
    }

    pub fn date(message: impl Into<String>) -> ApiError {
        ApiError::new(Code::InvalidDate, message)
    }
}

/// The JSON error response for `code`; also used by the fallbacks and the 405 rewrite.
pub(crate) fn error_response(code: Code, message: &str) -> Response {
    let body = Body {
        status: code.status().as_u16(),
        error: code.name(),
        message,
    };
    let json = serde_json::to_vec(&body).unwrap_or_else(|_| b"{}".to_vec());
    (
        code.status(),
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        json,
    )
        .into_response()
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        error_response(self.code, &self.message)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::Invalid(m) => ApiError::param(m),
            other => ApiError::new(Code::Store, other.to_string()),
        }
    }
}

impl From<AnalysisError> for ApiError {
    fn from(e: AnalysisError) -> ApiError {
        match e {
            AnalysisError::UnknownEntity { .. } => {
                ApiError::new(Code::UnknownEntity, e.to_string())
            }
            AnalysisError::InvalidDate(_) => ApiError::date(e.to_string()),
            AnalysisError::Store(s) => s.into(),
            // Any other analysis error is about what was asked (a bad combination of arguments), never about
            // the server: a 400 with the analysis crate's own words.
            other => ApiError::param(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_one_row_and_client_errors_are_4xx() {
        let all = [
            Code::MalformedJson,
            Code::UnsupportedMediaType,
            Code::PayloadTooLarge,
            Code::InvalidParameter,
            Code::InvalidDate,
            Code::UnknownEntity,
            Code::UnknownDocument,
            Code::NotFound,
            Code::MethodNotAllowed,
            Code::MissingToken,
            Code::InvalidToken,
            Code::WritesDisabled,
            Code::ShuttingDown,
            Code::Store,
            Code::Internal,
        ];
        assert_eq!(all.len(), TABLE.len());
        for c in all {
            assert_eq!(TABLE.iter().filter(|(x, _, _)| *x == c).count(), 1, "{c:?}");
            let server_side = matches!(c, Code::Store | Code::Internal | Code::ShuttingDown);
            assert_eq!(c.status().is_client_error(), !server_side, "{c:?}");
        }
        let mut names: Vec<_> = TABLE.iter().map(|r| r.2).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), TABLE.len());
    }
}
