//! Sign-in under concurrent abuse: bursts lock exactly as sequences do, the address behind a
//! proxy cannot be chosen by the client, and registration and password changes are throttled.

use crate::common::{learner_form, registered, Browser, Page, TestApp};
use app::auth::throttle::{ACCOUNT, ADDRESS, REGISTRATION};
use http::StatusCode;

on_both_databases!(
    a_burst_of_wrong_passwords_locks_like_a_sequence,
    a_burst_with_the_right_password_lets_at_most_five_through,
    address_burst_counts_every_attempt_and_ignores_client_prefixes,
    changing_password_is_throttled,
    registrations_per_address_are_throttled,
    impossible_logins_are_not_stored_as_keys,
    simultaneous_registrations_never_fail,
    two_servers_share_the_lock,
);

/// Sends every form at once (as code, so statuses come back plain).
async fn burst(
    app: &TestApp,
    browsers: Vec<Browser>,
    forms: Vec<Vec<(String, String)>>,
) -> Vec<Page> {
    burst_on(std::slice::from_ref(&app.router), browsers, forms).await
}

/// The same, spread over several app servers in turn.
async fn burst_on(
    servers: &[axum::Router],
    browsers: Vec<Browser>,
    forms: Vec<Vec<(String, String)>>,
) -> Vec<Page> {
    let tasks: Vec<_> = browsers
        .into_iter()
        .zip(forms)
        .enumerate()
        .map(|(i, (mut browser, form))| {
            let router = servers[i % servers.len()].clone();
            tokio::spawn(async move {
                let form: Vec<(&str, &str)> =
                    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                browser.call(&router, "/api/login", &form).await
            })
        })
        .collect();
    let mut pages = Vec::new();
    for task in tasks {
        pages.push(task.await.expect("request task"));
    }
    pages
}

fn login_form(login: &str, password: &str) -> Vec<(String, String)> {
    vec![
        ("login".into(), login.into()),
        ("password".into(), password.into()),
    ]
}

fn count(pages: &[Page], status: StatusCode) -> usize {
    pages.iter().filter(|p| p.status == status).count()
}

fn no_server_errors(pages: &[Page]) {
    for page in pages {
        assert!(
            !page.status.is_server_error(),
            "{}: {}",
            page.status,
            page.body
        );
    }
}

async fn a_burst_of_wrong_passwords_locks_like_a_sequence(app: TestApp) {
    registered(&app, "burst.target", "chinar-tree-1947").await;
    let n = 45;
    let pages = burst(
        &app,
        vec![Browser::default(); n],
        vec![login_form("burst.target", "wrong-guess-1"); n],
    )
    .await;
    no_server_errors(&pages);
    let limit = ACCOUNT.max_failures as usize;
    assert_eq!(
        count(&pages, StatusCode::UNAUTHORIZED),
        limit,
        "checked passwords"
    );
    assert_eq!(count(&pages, StatusCode::TOO_MANY_REQUESTS), n - limit);
    // As after five failures in a row, the right password is refused now.
    let after = Browser::default()
        .call(
            &app,
            "/api/login",
            &[("login", "burst.target"), ("password", "chinar-tree-1947")],
        )
        .await;
    assert_eq!(after.status, StatusCode::TOO_MANY_REQUESTS);
}

async fn a_burst_with_the_right_password_lets_at_most_five_through(app: TestApp) {
    registered(&app, "burst.mixed", "chinar-tree-1947").await;
    let n = 45;
    let mut forms = vec![login_form("burst.mixed", "wrong-guess-2"); n];
    forms[n / 2] = login_form("burst.mixed", "chinar-tree-1947");
    let pages = burst(&app, vec![Browser::default(); n], forms).await;
    no_server_errors(&pages);
    let signed_in = pages.iter().filter(|p| p.status.is_success()).count();
    let checked = count(&pages, StatusCode::UNAUTHORIZED) + signed_in;
    assert!(signed_in <= 1);
    assert!(
        checked <= ACCOUNT.max_failures as usize,
        "{checked} passwords checked in a burst"
    );
    assert_eq!(count(&pages, StatusCode::TOO_MANY_REQUESTS), n - checked);
}

async fn address_burst_counts_every_attempt_and_ignores_client_prefixes(mut app: TestApp) {
    app.reconfigure(&["--trust-proxy"]).await;
    // Every request claims another client address in front, and comes from another address of
    // one IPv6 /64 (as a phone on mobile data does): one client all the same.
    let n = ADDRESS.max_failures as usize + 10;
    let browsers = (0..n)
        .map(|i| Browser {
            forwarded_for: Some(format!(
                "10.9.{}.{}, 2401:4900:1c1a:2b3c::{:x}",
                i / 250,
                i % 250,
                i + 1
            )),
            ..Default::default()
        })
        .collect();
    // Different (unknown) accounts, so only the address counter can lock.
    let forms = (0..n)
        .map(|i| login_form(&format!("nobody.{i}"), "wrong-guess-3"))
        .collect();
    let pages = burst(&app, browsers, forms).await;
    no_server_errors(&pages);
    assert_eq!(
        count(&pages, StatusCode::UNAUTHORIZED),
        ADDRESS.max_failures as usize
    );
    assert_eq!(count(&pages, StatusCode::TOO_MANY_REQUESTS), 10);
    // A fresh client-chosen prefix does not reset the count.
    let mut same = Browser {
        forwarded_for: Some("203.0.113.9, 2401:4900:1c1a:2b3c::ffff".into()),
        ..Default::default()
    };
    let again = same
        .call(
            &app,
            "/api/login",
            &[("login", "nobody.x"), ("password", "wrong-guess-3")],
        )
        .await;
    assert_eq!(again.status, StatusCode::TOO_MANY_REQUESTS);
    // Another /64 is another client.
    let mut other = Browser {
        forwarded_for: Some("2401:4900:1c1a:2b3d::1".into()),
        ..Default::default()
    };
    let fine = other
        .call(
            &app,
            "/api/login",
            &[("login", "nobody.y"), ("password", "wrong-guess-3")],
        )
        .await;
    assert_eq!(fine.status, StatusCode::UNAUTHORIZED);
}

async fn changing_password_is_throttled(app: TestApp) {
    let mut learner = registered(&app, "pw.changer", "chinar-tree-1947").await;
    let wrong = [
        ("current_password", "not-my-password"),
        ("new_password", "dal-lake-shikara"),
        ("password_confirm", "dal-lake-shikara"),
    ];
    for _ in 0..ACCOUNT.max_failures {
        let res = learner.call(&app, "/api/change-password", &wrong).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{}", res.body);
    }
    let right = [
        ("current_password", "chinar-tree-1947"),
        ("new_password", "dal-lake-shikara"),
        ("password_confirm", "dal-lake-shikara"),
    ];
    let locked = learner.call(&app, "/api/change-password", &right).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    // Sign-in is locked too: it is the same account's counter.
    let login = Browser::default()
        .call(
            &app,
            "/api/login",
            &[("login", "pw.changer"), ("password", "chinar-tree-1947")],
        )
        .await;
    assert_eq!(login.status, StatusCode::TOO_MANY_REQUESTS);
}

async fn registrations_per_address_are_throttled(mut app: TestApp) {
    app.reconfigure(&["--trust-proxy"]).await;
    let from = |ip: &str| Browser {
        forwarded_for: Some(ip.into()),
        ..Default::default()
    };
    for i in 0..REGISTRATION.max_failures {
        let login = format!("reg.{i}");
        let res = from("10.20.30.40")
            .call(
                &app,
                "/api/register",
                &learner_form(&login, "Test Learner", "chinar-tree-1947"),
            )
            .await;
        assert!(res.status.is_success(), "{i}: {} {}", res.status, res.body);
    }
    let users = app.count("users").await;
    let refused = from("10.20.30.40")
        .call(
            &app,
            "/api/register",
            &learner_form("reg.over", "Test Learner", "chinar-tree-1947"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        app.count("users").await,
        users,
        "a refused registration stores nothing"
    );
    let elsewhere = from("10.20.30.41")
        .call(
            &app,
            "/api/register",
            &learner_form("reg.other", "Test Learner", "chinar-tree-1947"),
        )
        .await;
    assert!(elsewhere.status.is_success());
}

async fn impossible_logins_are_not_stored_as_keys(app: TestApp) {
    let long = "x".repeat(5000);
    for login in [long.as_str(), "Robert'); DROP TABLE users;--", "ک"] {
        let res = Browser::default()
            .call(
                &app,
                "/api/login",
                &[("login", login), ("password", "wrong-guess-4")],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED, "{}", res.body);
    }
    assert_eq!(app.count("login_throttle").await, 0);
    assert_eq!(app.count("users").await, 0);
}

async fn simultaneous_registrations_never_fail(app: TestApp) {
    // Twenty learners register at once (a CSC class), two of them with the same login: every
    // one is stored or told the login is taken, none gets a server error ("database is locked").
    let mut tasks = Vec::new();
    for i in 0..20 {
        let router = app.router.clone();
        tasks.push(tokio::spawn(async move {
            let login = if i == 19 {
                "same.1".to_owned()
            } else {
                format!("same.{i}")
            };
            Browser::default()
                .call(
                    &router,
                    "/api/register",
                    &learner_form(&login, "Test Learner", "chinar-tree-1947"),
                )
                .await
        }));
    }
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap().status);
    }
    assert_eq!(
        statuses.iter().filter(|s| s.is_success()).count(),
        19,
        "{statuses:?}"
    );
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::BAD_REQUEST)
            .count(),
        1
    );
    assert_eq!(app.count("users").await, 19);
}

async fn two_servers_share_the_lock(app: TestApp) {
    // Two app servers, each with its own pool, on one database: a burst split between them
    // still lets exactly five passwords be checked.
    registered(&app, "two.servers", "chinar-tree-1947").await;
    let servers = [app.router.clone(), app.second_server().await];
    let n = 40;
    let pages = burst_on(
        &servers,
        vec![Browser::default(); n],
        vec![login_form("two.servers", "wrong-guess-5"); n],
    )
    .await;
    no_server_errors(&pages);
    assert_eq!(
        count(&pages, StatusCode::UNAUTHORIZED),
        ACCOUNT.max_failures as usize
    );
    assert_eq!(
        count(&pages, StatusCode::TOO_MANY_REQUESTS),
        n - ACCOUNT.max_failures as usize
    );
}
