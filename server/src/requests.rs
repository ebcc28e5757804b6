//! One log line per request, under a request id that the response carries (`X-Request-Id`) and
//! every line logged while answering it shares. Only the method and the path are logged: never a
//! query string, a header, a cookie or a body (passwords, session tokens, learners' answers).

use axum::{
    body::Body,
    http::{HeaderValue, Request},
    middleware::Next,
    response::Response,
};
use std::time::Instant;
use tracing::Instrument;

pub async fn log(req: Request<Body>, next: Next) -> Response {
    let id = format!("{:016x}", rand::random::<u64>());
    let (method, path) = (req.method().to_string(), req.uri().path().to_owned());
    let span = tracing::info_span!(
        "request",
        id = %id,
        method = %method,
        path = %path
    );
    let started = Instant::now();
    let mut res = next.run(req).instrument(span.clone()).await;
    crate::metrics::record(&method, &path, res.status(), started.elapsed());
    span.in_scope(|| {
        tracing::info!(
            status = res.status().as_u16(),
            ms = started.elapsed().as_secs_f64() * 1000.0,
            "answered"
        )
    });
    if let Ok(value) = HeaderValue::from_str(&id) {
        res.headers_mut().insert("x-request-id", value);
    }
    res
}
