//! `/content/<course>/<path>`: a course's pictures and recordings from the database. URLs carry
//! the file's hash (`?v=`), so a matching request is cached for good; recordings answer byte
//! ranges so players can seek.

use crate::web::{assets::CACHED_FOR_GOOD as FOREVER, AppState};
use axum::{
    extract::{Path, RawQuery, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};

const AN_HOUR: &str = "public, max-age=3600";

pub async fn serve(
    State(state): State<AppState>,
    Path((slug, path)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    let file = match super::repo::media_head(&state.db, &slug, &path).await {
        Ok(Some(file)) => file,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(err) => return unavailable(err),
    };
    let etag = format!("\"{}\"", &file.sha256[..32]);
    let versioned = query
        .as_deref()
        .and_then(|q| q.strip_prefix("v="))
        .is_some_and(|v| v.len() >= 8 && file.sha256.starts_with(v));
    let mut out = HeaderMap::new();
    let put = |out: &mut HeaderMap, name, value: &str| {
        if let Ok(v) = HeaderValue::from_str(value) {
            out.insert(name, v);
        }
    };
    put(&mut out, header::ETAG, &etag);
    put(
        &mut out,
        header::CACHE_CONTROL,
        if versioned { FOREVER } else { AN_HOUR },
    );
    put(&mut out, header::CONTENT_TYPE, &file.content_type);
    put(&mut out, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    // A picture opened on its own runs nothing, whatever it contains.
    put(
        &mut out,
        header::CONTENT_SECURITY_POLICY,
        "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    );
    put(&mut out, header::ACCEPT_RANGES, "bytes");
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag))
    {
        return (StatusCode::NOT_MODIFIED, out).into_response();
    }
    // None only if a re-import replaced the file between the two queries.
    let bytes = match super::repo::media_bytes(&state.db, file.id).await {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(err) => return unavailable(err),
    };
    let len = bytes.len();
    let range = headers
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        .map(|r| byte_range(r, len));
    match range {
        None => (StatusCode::OK, out, bytes).into_response(),
        Some(Some((start, end))) => {
            put(
                &mut out,
                header::CONTENT_RANGE,
                &format!("bytes {start}-{end}/{len}"),
            );
            let part = bytes[start..=end].to_vec();
            (StatusCode::PARTIAL_CONTENT, out, part).into_response()
        }
        Some(None) => {
            put(&mut out, header::CONTENT_RANGE, &format!("bytes */{len}"));
            (StatusCode::RANGE_NOT_SATISFIABLE, out).into_response()
        }
    }
}

fn unavailable(err: sea_orm::DbErr) -> Response {
    tracing::error!(%err, "reading a course file");
    StatusCode::SERVICE_UNAVAILABLE.into_response()
}

/// The inclusive byte range asked for by a single-range `Range` header, within `len` bytes.
fn byte_range(header: &str, len: usize) -> Option<(usize, usize)> {
    let spec = header.trim().strip_prefix("bytes=")?;
    if spec.contains(',') || len == 0 {
        return None;
    }
    let (start, end) = spec.split_once('-')?;
    let (start, end) = match (start.trim(), end.trim()) {
        ("", suffix) => {
            let n: usize = suffix.parse().ok()?;
            (len.checked_sub(n.min(len))?, len - 1)
        }
        (start, "") => (start.parse().ok()?, len - 1),
        (start, end) => (start.parse().ok()?, end.parse::<usize>().ok()?.min(len - 1)),
    };
    (start <= end && start < len).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::byte_range;

    #[test]
    fn byte_ranges() {
        assert_eq!(byte_range("bytes=0-99", 1000), Some((0, 99)));
        assert_eq!(byte_range("bytes=900-", 1000), Some((900, 999)));
        assert_eq!(byte_range("bytes=-100", 1000), Some((900, 999)));
        assert_eq!(byte_range("bytes=990-2000", 1000), Some((990, 999)));
        assert_eq!(byte_range("bytes=1000-", 1000), None);
        assert_eq!(byte_range("bytes=5-2", 1000), None);
        assert_eq!(byte_range("bytes=0-1,5-6", 1000), None);
        assert_eq!(byte_range("items=0-1", 1000), None);
    }
}
