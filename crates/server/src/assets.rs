//! The page and its libraries, compiled into the binary by `build.rs` so the server needs no files and no
//! network: `/` is `web/src/index.html`, everything else is under `/assets/`.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use crate::error::{error_response, Code};

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// The embedded file served at `path`, if any: (content type, ETag, bytes).
pub(crate) fn find(path: &str) -> Option<(&'static str, &'static str, &'static [u8])> {
    ASSETS
        .binary_search_by(|(p, _, _, _)| (*p).cmp(path))
        .ok()
        .map(|i| (ASSETS[i].1, ASSETS[i].2, ASSETS[i].3))
}

/// Serves an embedded file, answering `If-None-Match` with 304. The page's own files are revalidated on every
/// load (they change with the binary); the ETag makes that cheap.
pub(crate) async fn serve(uri: Uri, headers: HeaderMap) -> Response {
    let path = uri.path();
    let Some((ctype, etag, bytes)) = find(path) else {
        return error_response(
            Code::NotFound,
            &format!("no such page or API route: {path}"),
        );
    };
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
    let mut resp = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(header::CONTENT_TYPE, HeaderValue::from_static(ctype))],
            bytes,
        )
            .into_response()
    };
    let h = resp.headers_mut();
    h.insert(header::ETAG, HeaderValue::from_static(etag));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assets_are_sorted_and_the_page_is_there() {
        assert!(ASSETS.windows(2).all(|w| w[0].0 < w[1].0));
        for p in [
            "/",
            "/assets/js/main.js",
            "/assets/vendor/echarts.min.js",
            "/assets/vendor/countries-110m.json",
            "/assets/iso-numeric.json",
        ] {
            assert!(find(p).is_some(), "{p} is not embedded");
        }
    }
}
