//! `/metrics` in Prometheus' text format (the `metrics` crates): requests and their latency by
//! route and status class, the database pool and the password hashers. Readable by a direct
//! connection from this machine, or anywhere with the configured bearer token; anyone else gets
//! a 404.

use app::web::AppState;
use axum::{
    body::Body,
    extract::{ConnectInfo, State},
    http::{header, HeaderMap, Request, StatusCode},
    response::{IntoResponse, Response},
};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use sea_orm::DbBackend;
use std::{collections::HashSet, net::SocketAddr, sync::OnceLock, time::Duration};

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Installs the process's recorder (once; later calls do nothing).
pub fn install() -> &'static PrometheusHandle {
    HANDLE.get_or_init(|| {
        PrometheusBuilder::new()
            .set_buckets_for_metric(
                Matcher::Full("sabaq_request_duration_seconds".into()),
                &[
                    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
                ],
            )
            .and_then(|b| b.install_recorder())
            .expect("the metrics recorder is installed once")
    })
}

/// Counts one answered request.
pub fn record(method: &str, path: &str, status: StatusCode, took: Duration) {
    let route = route(path);
    let class = format!("{}xx", status.as_u16() / 100);
    metrics::counter!("sabaq_requests_total", "method" => method.to_owned(), "route" => route.clone(), "status" => class)
        .increment(1);
    metrics::histogram!("sabaq_request_duration_seconds", "route" => route)
        .record(took.as_secs_f64());
}

/// Path segments kept as they are; any other segment is an id (`:id`), so the number of routes
/// stays bounded whatever paths clients send.
const WORDS: &[&str] = &[
    "accounts",
    "admin",
    "assignments",
    "attempts",
    "attendance",
    "audit",
    "certificate.pdf",
    "certificates",
    "cohorts",
    "content",
    "courses",
    "coverage",
    "coverage.csv",
    "coverage.xlsx",
    "dashboard",
    "favicon.svg",
    "fonts",
    "healthz",
    "issuer-logo",
    "learners",
    "lessons",
    "login",
    "manifest.webmanifest",
    "metrics",
    "offline",
    "password",
    "pkg",
    "progress",
    "progress.csv",
    "quizzes",
    "register",
    "reports",
    "scripts",
    "slips",
    "staff",
    "start",
    "styles",
    "sw.js",
    "targets",
    "upload",
    "uploads",
    "verify",
    "account",
];

/// The route a path belongs to: `/courses/:id/lessons/:id`, `/api/submit-quiz`.
fn route(path: &str) -> String {
    static SERVER_FNS: OnceLock<HashSet<String>> = OnceLock::new();
    let fns = SERVER_FNS.get_or_init(|| {
        leptos::server_fn::axum::server_fn_paths()
            .map(|(p, _)| p.to_owned())
            .collect()
    });
    if fns.contains(path) {
        return path.to_owned();
    }
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if segments.is_empty() {
        return "/".into();
    }
    let mut out = String::new();
    for (i, s) in segments.iter().enumerate() {
        if i == 6 {
            out.push_str("/…");
            break;
        }
        out.push('/');
        out.push_str(if WORDS.contains(s) || (i == 0 && *s == "api") {
            s
        } else {
            ":id"
        });
    }
    out
}

/// `GET /metrics`.
pub async fn serve(State(state): State<AppState>, req: Request<Body>) -> Response {
    if !allowed(&state, &req) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let db = &state.db;
    let (size, idle) = match db.get_database_backend() {
        DbBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
    };
    metrics::gauge!("sabaq_db_connections", "state" => "idle").set(idle as f64);
    metrics::gauge!("sabaq_db_connections", "state" => "in_use")
        .set(size.saturating_sub(idle as u32) as f64);
    let (hashing, waiting) = app::auth::password::hasher_load();
    metrics::gauge!("sabaq_password_hashes_running").set(hashing as f64);
    metrics::gauge!("sabaq_password_hashes_waiting").set(waiting as f64);
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        install().render(),
    )
        .into_response()
}

/// The bearer token when one is configured; else (or too) a direct connection from this
/// machine. A request that came through a proxy (which is on this machine too) needs the token.
fn allowed(state: &AppState, req: &Request<Body>) -> bool {
    let headers: &HeaderMap = req.headers();
    if let Some(token) = &state.metrics_token {
        let sent = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        if sent.is_some_and(|s| constant_time_eq(s.as_bytes(), token.as_bytes())) {
            return true;
        }
    }
    let proxied = headers.contains_key("x-forwarded-for") || headers.contains_key("forwarded");
    let local = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .is_some_and(|c| c.0.ip().is_loopback());
    local && !proxied
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::route;

    #[test]
    fn routes_keep_words_and_hide_ids() {
        assert_eq!(route("/"), "/");
        assert_eq!(
            route("/courses/digital-literacy-basics/lessons/paying-with-upi"),
            "/courses/:id/lessons/:id"
        );
        assert_eq!(
            route("/certificates/ABCD-EFGH/certificate.pdf"),
            "/certificates/:id/certificate.pdf"
        );
        assert_eq!(route("/api/not-a-function"), "/api/:id");
        assert_eq!(route("/a/b/c/d/e/f/g/h"), "/:id/:id/:id/:id/:id/:id/…");
    }
}
