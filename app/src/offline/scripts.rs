//! The service worker, the page script it adds to the pages it serves, and the web app manifest.
//!
//! Nothing here reaches a visitor who never saves a course: only the "Save for offline" page
//! links the page script, which registers the service worker; from then on the worker adds the
//! script and the manifest link to the pages it serves.

use crate::web::assets::{Assets, CACHED_FOR_GOOD};
use axum::{
    extract::{Path, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};
use leptos::config::LeptosOptions;
use std::sync::OnceLock;

const SERVICE_WORKER: &str = include_str!("sw.js");
const PAGE_SCRIPT: &str = include_str!("offline.js");

fn short_hash(parts: &[&str]) -> String {
    use sha2::Digest;
    let mut hash = sha2::Sha256::new();
    for part in parts {
        hash.update(part.as_bytes());
    }
    hash.finalize()
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Where the page script is served: `/scripts/offline.<hash>.js`, a name that changes with it.
pub fn page_script_href() -> &'static str {
    static HREF: OnceLock<String> = OnceLock::new();
    HREF.get_or_init(|| format!("/scripts/offline.{}.js", short_hash(&[PAGE_SCRIPT])))
}

/// The service worker with its version (of itself, the page script and this build's bundle and
/// stylesheet: a new deployment empties the caches of the old one) and the page script's URL.
pub fn service_worker(assets: &Assets) -> String {
    let version = short_hash(&[
        SERVICE_WORKER,
        PAGE_SCRIPT,
        &assets.css,
        &assets.js,
        &assets.wasm,
    ]);
    SERVICE_WORKER
        .replace("__VERSION__", &version)
        .replace("__PAGE_SCRIPT__", page_script_href())
}

/// `GET /sw.js`. Browsers check it for updates on every visit (`no-cache`).
pub async fn serve_worker(State(options): State<LeptosOptions>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        service_worker(Assets::get(&options)),
    )
        .into_response()
}

/// `GET /scripts/<file>`: the page script under its hashed name.
pub async fn serve_page_script(Path(file): Path<String>) -> Response {
    if format!("/scripts/{file}") != page_script_href() {
        return StatusCode::NOT_FOUND.into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, CACHED_FOR_GOOD),
        ],
        PAGE_SCRIPT,
    )
        .into_response()
}

/// `GET /manifest.webmanifest`: installs Sabaq as an app that opens on the dashboard.
pub async fn serve_manifest() -> Response {
    let manifest = serde_json::json!({
        "name": "Sabaq",
        "short_name": "Sabaq",
        "start_url": "/dashboard",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b6e4f",
        "icons": [{ "src": "/favicon.svg", "sizes": "any", "type": "image/svg+xml" }],
    });
    (
        [
            (header::CONTENT_TYPE, "application/manifest+json"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        manifest.to_string(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_names_its_version_and_the_page_script() {
        let assets = Assets {
            css: "a.css".into(),
            js: "a.js".into(),
            wasm: "a.wasm".into(),
        };
        let worker = service_worker(&assets);
        assert!(!worker.contains("__VERSION__") && !worker.contains("__PAGE_SCRIPT__"));
        assert!(worker.contains(page_script_href()));
        let other = Assets {
            wasm: "b.wasm".into(),
            ..assets
        };
        assert_ne!(worker, service_worker(&other), "a new build, a new version");
    }
}
