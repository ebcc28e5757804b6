//! Security headers, caching of signed-in pages, the session cookie's name and idle sessions,
//! through the real router on SQLite and on PostgreSQL.

use crate::common::{
    encode, imported, learner_form, login_page, registered, Browser, TestApp, ORIGIN,
};
use axum::body::Body;
use http::{header, HeaderMap, Request, StatusCode};
use sea_orm::ConnectionTrait;

on_both_databases!(
    pages_allow_only_their_own_inline_script,
    every_response_is_nosniff,
    signed_in_pages_are_not_stored,
    https_sites_use_a_host_only_cookie_and_hsts,
    a_session_unused_for_a_week_ends,
    last_seen_is_written_at_most_hourly,
);

fn header_of(headers: &HeaderMap, name: header::HeaderName) -> &str {
    headers
        .get(&name)
        .map_or("", |v| v.to_str().expect("visible ASCII"))
}

/// The opening tag of every `<script>` in `html` without `src`.
fn inline_scripts(html: &str) -> Vec<&str> {
    html.match_indices("<script")
        .filter_map(|(at, _)| {
            let tag = &html[at..at + html[at..].find('>')?];
            (!tag.contains("src=")).then_some(tag)
        })
        .collect()
}

/// The value of `nonce="…"` in a tag.
fn nonce_of(tag: &str) -> Option<&str> {
    let at = tag.find("nonce=\"")? + "nonce=\"".len();
    Some(&tag[at..at + tag[at..].find('"')?])
}

async fn pages_allow_only_their_own_inline_script(app: TestApp) {
    imported(&app).await;
    let mut browser = registered(&app, "csp.learner", "chinar-tree-1947").await;
    let mut nonces = Vec::new();
    for path in [
        "/",
        "/courses",
        "/courses/test-course",
        "/courses/test-course/lessons/first-lesson",
        "/courses/test-course/quizzes/basics-practice",
        "/glossary",
        "/dashboard",
        "/no-such-page",
    ] {
        let (status, headers, bytes) = browser.get_bytes(&app, path).await;
        assert!(
            status.is_success() || status == StatusCode::NOT_FOUND,
            "{path}: {status}"
        );
        let html = String::from_utf8(bytes).unwrap();
        let policy = header_of(&headers, header::CONTENT_SECURITY_POLICY);
        assert!(
            policy.contains("frame-ancestors 'none'"),
            "{path}: {policy}"
        );
        assert!(policy.contains("form-action 'self'"), "{path}: {policy}");
        assert!(policy.contains("object-src 'none'"), "{path}: {policy}");
        assert!(!policy.contains("unsafe-inline"), "{path}: {policy}");
        let scripts = inline_scripts(&html);
        assert!(
            scripts.iter().any(|tag| tag.contains(r#"type="module""#)),
            "{path}: the island loader is inline"
        );
        for tag in scripts {
            let nonce = nonce_of(tag).unwrap_or_else(|| panic!("{path}: {tag} has no nonce"));
            assert!(nonce.len() >= 16, "{path}: {tag}");
            assert!(
                policy.contains(&format!("'nonce-{nonce}'")),
                "{path}: an inline script the policy does not allow: {tag}\npolicy: {policy}"
            );
            nonces.push(nonce.to_owned());
        }
        assert!(
            !html.contains(" style=\""),
            "{path}: inline style attributes are blocked by the policy"
        );
        assert_eq!(
            header_of(&headers, header::REFERRER_POLICY),
            "strict-origin-when-cross-origin"
        );
        assert_eq!(header_of(&headers, header::STRICT_TRANSPORT_SECURITY), "");
    }
    nonces.dedup();
    assert_eq!(nonces.len(), 8, "a new nonce for every page: {nonces:?}");
}

async fn every_response_is_nosniff(app: TestApp) {
    imported(&app).await;
    let mut browser = Browser::default();
    for path in [
        "/",
        "/healthz",
        "/api/login",
        "/content/test-course/images/dot.svg",
    ] {
        let (_, headers, _) = browser.get_bytes(&app, path).await;
        assert_eq!(
            header_of(&headers, header::X_CONTENT_TYPE_OPTIONS),
            "nosniff",
            "{path}"
        );
    }
    // A course picture keeps its own, stricter policy.
    let (_, headers, _) = browser
        .get_bytes(&app, "/content/test-course/images/dot.svg")
        .await;
    let policy = header_of(&headers, header::CONTENT_SECURITY_POLICY);
    assert!(policy.contains("sandbox"), "{policy}");
}

async fn signed_in_pages_are_not_stored(app: TestApp) {
    imported(&app).await;
    let mut visitor = Browser::default();
    let (_, headers, _) = visitor.get_bytes(&app, "/courses").await;
    assert_eq!(header_of(&headers, header::CACHE_CONTROL), "no-cache");

    let mut learner = registered(&app, "private.learner", "chinar-tree-1947").await;
    for path in ["/", "/courses", "/dashboard", "/no-such-page"] {
        let (_, headers, _) = learner.get_bytes(&app, path).await;
        assert_eq!(
            header_of(&headers, header::CACHE_CONTROL),
            "private, no-store",
            "{path}"
        );
    }
    // Files keep their own caching for everyone.
    let (status, headers, _) = learner
        .get_bytes(&app, "/content/test-course/images/dot.svg")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(header_of(&headers, header::CACHE_CONTROL).starts_with("public"));

    // The answer that hands out a session is not stored either.
    let res = post(
        &app,
        &Browser::default(),
        "/api/login",
        &[
            ("login", "private.learner"),
            ("password", "chinar-tree-1947"),
        ],
    )
    .await;
    assert!(res.headers().contains_key(header::SET_COOKIE));
    assert_eq!(
        header_of(res.headers(), header::CACHE_CONTROL),
        "private, no-store"
    );
}

/// A plain form post; the raw response, headers included.
async fn post(
    app: &TestApp,
    browser: &Browser,
    path: &str,
    form: &[(&str, &str)],
) -> http::Response<Body> {
    let mut req = Request::post(path)
        .header(header::HOST, "sabaq.test")
        .header(header::ORIGIN, ORIGIN)
        .header(header::ACCEPT, "text/html")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if !browser.cookies.is_empty() {
        req = req.header(header::COOKIE, browser.cookie_header());
    }
    app.send(req.body(Body::from(encode(form))).unwrap()).await
}

async fn https_sites_use_a_host_only_cookie_and_hsts(mut app: TestApp) {
    app.reconfigure(&["--secure-cookies"]).await;
    let res = post(
        &app,
        &Browser::default(),
        "/api/register",
        &learner_form("secure.learner", "Secure Learner", "chinar-tree-1947"),
    )
    .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    let session = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap())
        .find(|c| c.contains("sabaq_session="))
        .expect("a session cookie")
        .to_owned();
    assert!(session.starts_with("__Host-sabaq_session="), "{session}");
    assert!(session.contains("; Secure") && session.contains("; Path=/"));
    assert!(!session.contains("Domain"), "{session}");
    assert!(header_of(res.headers(), header::STRICT_TRANSPORT_SECURITY).starts_with("max-age="));

    let token = session
        .split(';')
        .next()
        .and_then(|pair| pair.split_once('='))
        .map(|(_, v)| v.to_owned())
        .unwrap();
    let mut host_only = Browser::default();
    host_only
        .cookies
        .insert("__Host-sabaq_session".into(), token.clone());
    let dashboard = host_only.get(&app, "/dashboard").await;
    assert_eq!(
        dashboard.status,
        StatusCode::OK,
        "the prefixed cookie is read"
    );
    // Under HTTPS the unprefixed name, which a sibling site could set, is not read.
    let mut plain = Browser::default();
    plain.cookies.insert("sabaq_session".into(), token);
    let refused = plain.get(&app, "/dashboard").await;
    assert_eq!(refused.location.as_deref().map(login_page), Some("/login"));

    let out = post(&app, &host_only, "/api/logout", &[]).await;
    let cleared = header_of(out.headers(), header::SET_COOKIE);
    assert!(
        cleared.starts_with("__Host-sabaq_session=;") && cleared.contains("Max-Age=0"),
        "{cleared}"
    );
}

async fn set_last_seen(app: &TestApp, seconds_ago: i64) {
    let at = app::db::now() - seconds_ago;
    app.db
        .execute_unprepared(&format!("UPDATE sessions SET last_seen_at = {at}"))
        .await
        .unwrap();
}

async fn last_seen(app: &TestApp) -> i64 {
    let row = app
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "SELECT last_seen_at FROM sessions",
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "last_seen_at").unwrap()
}

async fn a_session_unused_for_a_week_ends(app: TestApp) {
    let mut browser = registered(&app, "idle.learner", "chinar-tree-1947").await;
    set_last_seen(&app, 6 * 24 * 3600).await;
    let page = browser.get(&app, "/dashboard").await;
    assert_eq!(
        page.status,
        StatusCode::OK,
        "six days unused: still signed in"
    );
    set_last_seen(&app, 8 * 24 * 3600).await;
    let page = browser.get(&app, "/dashboard").await;
    assert_eq!(
        page.location.as_deref().map(login_page),
        Some("/login"),
        "eight days unused"
    );
    // Signing in again clears the idle session away.
    let again = browser
        .post(
            &app,
            "/api/login",
            &[("login", "idle.learner"), ("password", "chinar-tree-1947")],
        )
        .await;
    assert_eq!(again.location.as_deref(), Some("/dashboard"));
    assert_eq!(app.count("sessions").await, 1);
}

async fn last_seen_is_written_at_most_hourly(app: TestApp) {
    let mut browser = registered(&app, "seen.learner", "chinar-tree-1947").await;
    set_last_seen(&app, 30 * 60).await;
    let half_an_hour_ago = last_seen(&app).await;
    browser.get(&app, "/dashboard").await;
    assert_eq!(
        last_seen(&app).await,
        half_an_hour_ago,
        "no write within the hour"
    );
    set_last_seen(&app, 2 * 3600).await;
    browser.get(&app, "/dashboard").await;
    let now = app::db::now();
    assert!(now - last_seen(&app).await < 60, "refreshed after an hour");
}
