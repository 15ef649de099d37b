//! Reading what a request asks for: query strings, path segments and JSON bodies, each mistake turned into a
//! 4xx from the error table (axum's own rejections are plain text; these wrappers replace them).

use axum::async_trait;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::error::{ApiError, Code};

/// Largest page any list endpoint returns; a bigger `limit` is a 400 that says this number.
pub(crate) const MAX_PAGE: usize = 200;
/// Page size when `limit` is not given.
pub(crate) const DEFAULT_PAGE: usize = 50;
/// Longest accepted search query, in bytes.
pub(crate) const MAX_QUERY: usize = 500;

/// `Query<T>` whose failures are `invalid_parameter` JSON errors.
#[derive(Debug)]
pub(crate) struct Q<T>(pub T);

#[async_trait]
impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Q<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        Query::<T>::try_from_uri(&parts.uri)
            .map(|Query(v)| Q(v))
            .map_err(|e| ApiError::param(format!("bad query string: {}", e.body_text())))
    }
}

/// Parses a JSON body, naming what is wrong with it.
pub(crate) fn json_body<T: DeserializeOwned>(bytes: &Bytes) -> Result<T, ApiError> {
    serde_json::from_slice(bytes).map_err(|e| {
        ApiError::new(
            Code::MalformedJson,
            format!("the request body is not the expected JSON: {e}"),
        )
    })
}

/// `limit`/`offset` of a list endpoint, checked against the cap.
pub(crate) fn page(
    limit: Option<usize>,
    offset: Option<usize>,
) -> Result<(usize, usize), ApiError> {
    let limit = limit.unwrap_or(DEFAULT_PAGE);
    if limit == 0 || limit > MAX_PAGE {
        return Err(ApiError::param(format!(
            "limit must be between 1 and {MAX_PAGE}, got {limit}"
        )));
    }
    let offset = offset.unwrap_or(0);
    // SQLite takes offsets as i64; anything near that is a mistake, not a page.
    if offset > 1_000_000_000 {
        return Err(ApiError::param(format!("offset {offset} is too large")));
    }
    Ok((limit, offset))
}

/// An ISO 8601 calendar date as precise as known (`2024`, `2024-07`, `2024-07-04`), checked for real months
/// and days. Empty means "not given".
pub(crate) fn date(name: &str, value: Option<&str>) -> Result<Option<String>, ApiError> {
    let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if valid_date(v) {
        Ok(Some(v.to_string()))
    } else {
        Err(ApiError::date(format!(
            "`{name}` must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {v:?}"
        )))
    }
}

fn valid_date(v: &str) -> bool {
    let parts: Vec<&str> = v.split('-').collect();
    let num = |s: &str, len: usize| {
        if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse::<u32>().ok()
        } else {
            None
        }
    };
    let Some(year) = parts.first().and_then(|y| num(y, 4)) else {
        return false;
    };
    match parts.len() {
        1 => true,
        2 => matches!(num(parts[1], 2), Some(1..=12)),
        3 => {
            let (Some(m), Some(d)) = (num(parts[1], 2), num(parts[2], 2)) else {
                return false;
            };
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => return false,
            };
            (1..=days).contains(&d)
        }
        _ => false,
    }
}

/// An entity id as it may appear in a path: short, no control characters. Whether it exists is the
/// analysis crate's question.
pub(crate) fn id(name: &str, value: &str) -> Result<String, ApiError> {
    let v = value.trim();
    if v.is_empty() || v.len() > 200 || v.chars().any(char::is_control) {
        return Err(ApiError::param(format!(
            "`{name}` is not a valid id: {v:?}"
        )));
    }
    Ok(v.to_string())
}

/// A comma-separated list (`members=RUS,KAZ,UZB`), empty items dropped.
pub(crate) fn list(value: Option<&str>) -> Vec<String> {
    value
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, ok: bool) {
        assert_eq!(valid_date(input), ok, "{input:?}");
    }

    #[test]
    fn dates() {
        check("2016", true);
        check("2016-01", true);
        check("2016-01-01", true);
        check("2024-02-29", true);
        check("2023-02-29", false);
        check("2016-13", false);
        check("2016-00-10", false);
        check("2016-1-1", false);
        check("16-01-01", false);
        check("2016-01-01T00:00", false);
        check("yesterday", false);
        check("٢٠١٦", false);
    }

    #[test]
    fn pages() {
        assert_eq!(page(None, None).unwrap(), (DEFAULT_PAGE, 0));
        assert!(page(Some(0), None).is_err());
        assert!(page(Some(MAX_PAGE + 1), None).is_err());
        assert_eq!(page(Some(MAX_PAGE), Some(7)).unwrap(), (MAX_PAGE, 7));
    }

    #[test]
    fn lists_and_ids() {
        assert_eq!(list(Some(" RUS, ,KAZ,")), ["RUS", "KAZ"]);
        assert!(list(None).is_empty());
        assert!(id("a", "").is_err());
        assert!(id("a", "x\u{0}").is_err());
        assert_eq!(id("a", " SCO ").unwrap(), "SCO");
    }
}
