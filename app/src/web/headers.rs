//! Security headers on every response, and no caching of what was rendered for one person.

use super::AppState;
use crate::auth::Viewer;
use axum::{
    body::Body,
    extract::State,
    http::{header, HeaderMap, HeaderValue, Request},
    middleware::Next,
    response::Response,
};
use leptos::{nonce::use_nonce, prelude::use_context};
use leptos_axum::ResponseOptions;

/// `Cache-Control` of a response meant for one person: kept by no cache, not even the browser's
/// (a shared computer's back button shows nothing after signing out).
pub const PRIVATE: &str = "private, no-store";

/// How long browsers keep to HTTPS once they have seen it (a year).
const HSTS: &str = "max-age=31536000";

/// Adds to every response `X-Content-Type-Options: nosniff` and a `Referrer-Policy`, and
/// `Strict-Transport-Security` when the site is served over HTTPS. Pages carry the policy
/// [`set_page_policy`] gave them; HTML that somehow has none gets it without a nonce, so no
/// inline script runs. Headers a route set itself (course pictures' sandbox) are kept.
pub async fn security_headers(
    State(state): State<AppState>,
    req: Request<Body>,
    next: Next,
) -> Response {
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    headers
        .entry(header::X_CONTENT_TYPE_OPTIONS)
        .or_insert(HeaderValue::from_static("nosniff"));
    headers
        .entry(header::REFERRER_POLICY)
        .or_insert(HeaderValue::from_static("strict-origin-when-cross-origin"));
    if is_html(headers) {
        headers
            .entry(header::CONTENT_SECURITY_POLICY)
            .or_insert_with(|| HeaderValue::from_static(NO_INLINE_SCRIPT_POLICY));
    }
    if state.secure_cookies {
        headers
            .entry(header::STRICT_TRANSPORT_SECURITY)
            .or_insert(HeaderValue::from_static(HSTS));
    }
    res
}

/// Marks [`PRIVATE`] what a signed-in request gets and every response that sets a cookie,
/// unless the route chose its own caching (static files, course pictures). Runs inside
/// [`super::middleware::request_context`], which resolves the viewer.
pub async fn private_when_signed_in(req: Request<Body>, next: Next) -> Response {
    let signed_in = req.extensions().get::<Viewer>().is_some();
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    if signed_in || headers.contains_key(header::SET_COOKIE) {
        headers
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static(PRIVATE));
    }
    res
}

fn is_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"))
}

/// The Content-Security-Policy of a page: scripts, styles, fonts, pictures and recordings from
/// this site only, inline scripts only with this response's `nonce` (the island loader and
/// Leptos' resource data), no inline style, WASM compilation for the islands, forms posting
/// here only, and no framing.
fn page_policy(nonce: Option<&str>) -> String {
    let inline = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self'{inline} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self'; font-src 'self'; media-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// [`page_policy`] without a nonce.
const NO_INLINE_SCRIPT_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self'; font-src 'self'; media-src 'self'; connect-src 'self'; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Gives the page being rendered its Content-Security-Policy, allowing the inline scripts that
/// carry the nonce Leptos drew for this response (`use_nonce`). Called by the shell.
pub fn set_page_policy() {
    let policy = page_policy(use_nonce().as_deref());
    if let (Some(res), Ok(value)) = (
        use_context::<ResponseOptions>(),
        HeaderValue::from_str(&policy),
    ) {
        res.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_without_a_nonce_is_the_page_policy_without_one() {
        assert_eq!(page_policy(None), NO_INLINE_SCRIPT_POLICY);
        let with = page_policy(Some("abc"));
        assert!(with.contains("script-src 'self' 'nonce-abc' 'wasm-unsafe-eval';"));
        assert!(!with.contains("unsafe-inline"));
    }

    #[test]
    fn html_is_recognised_with_or_without_charset() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        assert!(is_html(&headers));
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/css"));
        assert!(!is_html(&headers));
        assert!(!is_html(&HeaderMap::new()));
    }
}
