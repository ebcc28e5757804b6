//! `/metrics`: Prometheus text with requests by route, the database pool and the password
//! hashers, for a direct connection from this machine or the configured token only.

use crate::common::{imported, Browser, TestApp};
use axum::{body::Body, extract::ConnectInfo};
use http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use std::net::SocketAddr;

on_both_databases!(metrics_are_for_this_machine_or_the_token);

async fn scrape(
    app: &TestApp,
    peer: Option<&str>,
    headers: &[(&str, &str)],
) -> (StatusCode, String) {
    let mut req = Request::get("/metrics").header(header::HOST, "sabaq.test");
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let mut req = req.body(Body::empty()).unwrap();
    if let Some(peer) = peer {
        req.extensions_mut()
            .insert(ConnectInfo(peer.parse::<SocketAddr>().unwrap()));
    }
    let res = app.send(req).await;
    let status = res.status();
    let body = res.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

async fn metrics_are_for_this_machine_or_the_token(mut app: TestApp) {
    imported(&app).await;
    let mut guest = Browser::default();
    assert_eq!(
        guest.get(&app, "/courses/test-course").await.status,
        StatusCode::OK
    );

    let (status, text) = scrape(&app, Some("127.0.0.1:40000"), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(text.contains("sabaq_requests_total"), "{text}");
    assert!(text.contains(r#"route="/courses/:id""#), "{text}");
    assert!(
        text.contains("sabaq_request_duration_seconds_bucket"),
        "{text}"
    );
    assert!(
        text.contains(r#"sabaq_db_connections{state="idle"}"#),
        "{text}"
    );
    assert!(text.contains("sabaq_password_hashes_waiting"), "{text}");
    assert!(!text.contains("test-course"), "ids never become labels");

    // Another host, a proxied request (nginx is on this machine too), or no address: a 404.
    for (peer, headers) in [
        (Some("203.0.113.9:40000"), vec![]),
        (
            Some("127.0.0.1:40000"),
            vec![("x-forwarded-for", "203.0.113.9")],
        ),
        (None, vec![]),
    ] {
        let (status, _) = scrape(&app, peer, &headers).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{peer:?} {headers:?}");
    }

    // With a token configured, it opens them from anywhere; a wrong one does not.
    app.reconfigure(&["--metrics-token", "a-long-random-token-4711"])
        .await;
    let (status, _) = scrape(
        &app,
        Some("203.0.113.9:40000"),
        &[("authorization", "Bearer a-long-random-token-4711")],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = scrape(
        &app,
        Some("203.0.113.9:40000"),
        &[("authorization", "Bearer a-long-random-token-4712")],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
