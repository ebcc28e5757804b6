//! axum middleware: who is calling and in which language, and the cross-origin guard for
//! mutating requests (Leptos server functions carry no CSRF token).

use super::{cookies, AppState};
use crate::{
    auth::{session, Viewer},
    i18n::{self, Lang},
};
use axum::{
    body::Body,
    extract::{ConnectInfo, State},
    http::{header, Method, Request, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::net::{IpAddr, SocketAddr};

/// The page for a signed-in visitor while the database is away (their session cannot be read,
/// so the app's own pages cannot be drawn): one paragraph in their language, in the app's
/// stylesheet (its fonts draw every script), and when to retry.
fn database_away(state: &AppState, req: &Request<Body>) -> Response {
    let headers = req.headers();
    let lang = i18n::negotiate(
        None,
        cookies::get_from(headers, i18n::LANG_COOKIE).as_deref(),
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    let text = |id: &str| i18n::t_in(lang, id, &[]);
    let css = &super::assets::Assets::get(&state.leptos_options).css;
    let page = format!(
        "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <link rel=\"stylesheet\" href=\"/pkg/{css}\"><title>{}</title></head><body>\
         <main id=\"main\"><h1>{}</h1><p class=\"alert error\" role=\"alert\">{}</p>\
         <p><a class=\"button\" href=\"\">{}</a></p></main></body></html>",
        lang.code(),
        lang.dir().as_str(),
        text("brand-name"),
        text("brand-name"),
        text("error-unavailable"),
        text("error-try-again"),
    );
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::RETRY_AFTER, "30"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        page,
    )
        .into_response()
}

/// The caller's network address (for login throttling).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub Option<IpAddr>);

/// Resolves the session cookie to a [`Viewer`], negotiates the [`Lang`] and records the client
/// address, as request extensions that pages and server functions read.
pub async fn request_context(
    State(state): State<AppState>,
    mut req: Request<Body>,
    next: Next,
) -> Response {
    if is_static_asset(req.uri().path()) {
        return next.run(req).await;
    }
    let session_cookie = session::cookie_name(state.secure_cookies);
    let viewer = match cookies::get_from(req.headers(), session_cookie) {
        Some(token) => match session::viewer_for_token(&state.db, &token).await {
            Ok(viewer) => viewer,
            Err(err) => {
                tracing::error!(error = %err, "session lookup failed");
                return database_away(&state, &req);
            }
        },
        None => None,
    };
    let headers = req.headers();
    let lang = i18n::negotiate(
        viewer.as_ref().and_then(|v| v.language),
        cookies::get_from(headers, i18n::LANG_COOKIE).as_deref(),
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    let ip = client_ip(&req, state.trusted_proxies);
    let ext = req.extensions_mut();
    ext.insert::<Lang>(lang);
    ext.insert(ClientIp(ip));
    if let Some(viewer) = viewer {
        ext.insert::<Viewer>(viewer);
    }
    next.run(req).await
}

/// Files under these paths need no session or language.
fn is_static_asset(path: &str) -> bool {
    ["/pkg/", "/fonts/", "/favicon", "/content/"]
        .iter()
        .any(|p| path.starts_with(p))
}

/// The client's address: the connection's peer, or, behind `trusted_proxies` proxies of our
/// own, the `X-Forwarded-For` entry the outermost of them added. Entries to its left come from
/// the client and are ignored, so a client cannot choose its address.
fn client_ip(req: &Request<Body>, trusted_proxies: usize) -> Option<IpAddr> {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    if trusted_proxies == 0 {
        return peer;
    }
    forwarded_for(req.headers(), trusted_proxies).or(peer)
}

/// The `trusted_proxies`-th `X-Forwarded-For` entry from the right, over every such header.
fn forwarded_for(headers: &header::HeaderMap, trusted_proxies: usize) -> Option<IpAddr> {
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let index = entries.len().checked_sub(trusted_proxies)?;
    entries[index].parse().ok()
}

/// Refuses any request to the server-function prefix that is not a POST, and any POST whose
/// `Origin` (or, lacking it, `Referer`) is not this site.
pub async fn origin_guard(
    State(state): State<AppState>,
    req: Request<Body>,
    next: Next,
) -> Response {
    if req.uri().path().starts_with("/api/") {
        if req.method() != Method::POST {
            return StatusCode::METHOD_NOT_ALLOWED.into_response();
        }
        if !same_origin(&req, &state.allowed_origins) {
            tracing::warn!(path = req.uri().path(), "cross-origin POST refused");
            return (StatusCode::FORBIDDEN, "cross-origin request refused").into_response();
        }
    }
    next.run(req).await
}

fn same_origin(req: &Request<Body>, allowed: &[String]) -> bool {
    let headers = req.headers();
    let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let source = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|v| v.to_str().ok());
    let Some(source) = source else { return false };
    let origin = origin_of(source);
    let same_host = origin
        .split_once("://")
        .is_some_and(|(_, authority)| authority == host);
    same_host || allowed.iter().any(|a| a.trim_end_matches('/') == origin)
}

/// `scheme://host[:port]` of a URL.
fn origin_of(url: &str) -> &str {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let end = rest
                .find(['/', '?', '#'])
                .map_or(url.len(), |i| scheme.len() + 3 + i);
            &url[..end]
        }
        None => url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(host: &str, origin: Option<&str>, referer: Option<&str>) -> Request<Body> {
        let mut b = Request::post("/api/login").header(header::HOST, host);
        if let Some(o) = origin {
            b = b.header(header::ORIGIN, o);
        }
        if let Some(r) = referer {
            b = b.header(header::REFERER, r);
        }
        b.body(Body::empty()).unwrap()
    }

    #[test]
    fn same_origin_rules() {
        assert!(same_origin(
            &post("127.0.0.1:3000", Some("http://127.0.0.1:3000"), None),
            &[]
        ));
        assert!(same_origin(
            &post(
                "127.0.0.1:3000",
                None,
                Some("http://127.0.0.1:3000/login?x")
            ),
            &[]
        ));
        assert!(!same_origin(
            &post("127.0.0.1:3000", Some("http://evil.example"), None),
            &[]
        ));
        assert!(!same_origin(
            &post(
                "127.0.0.1:3000",
                Some("http://127.0.0.1:3000.evil.example"),
                None
            ),
            &[]
        ));
        assert!(!same_origin(&post("127.0.0.1:3000", None, None), &[]));
        let allowed = ["https://sabaq.example".to_string()];
        assert!(same_origin(
            &post("10.0.0.5:3000", Some("https://sabaq.example"), None),
            &allowed
        ));
    }

    #[test]
    fn forwarded_for_takes_the_entry_our_proxies_added() {
        let mut headers = header::HeaderMap::new();
        headers.append("x-forwarded-for", "1.1.1.1, 2.2.2.2".parse().unwrap());
        headers.append("x-forwarded-for", "3.3.3.3".parse().unwrap());
        let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
        assert_eq!(forwarded_for(&headers, 1), ip("3.3.3.3"));
        assert_eq!(forwarded_for(&headers, 2), ip("2.2.2.2"));
        assert_eq!(forwarded_for(&headers, 3), ip("1.1.1.1"));
        assert_eq!(forwarded_for(&headers, 4), None);
        assert_eq!(forwarded_for(&header::HeaderMap::new(), 1), None);
    }

    #[test]
    fn origin_of_strips_path() {
        assert_eq!(origin_of("http://a:1/b?c"), "http://a:1");
        assert_eq!(origin_of("http://a"), "http://a");
    }
}
