//! Accounts end to end through the real router, on SQLite and on PostgreSQL.

use crate::common::{learner_form, login_page, registered, staff, Browser, TestApp};
use app::auth::Role;
use http::StatusCode;

on_both_databases!(
    registered_learner_sees_name_and_district,
    bad_registrations_store_nothing,
    login_and_logout,
    wrong_password_and_unknown_account_look_the_same,
    repeated_failures_lock_the_account,
    learner_cannot_use_admin_functions,
    admin_creates_staff_accounts,
    cross_origin_and_non_post_requests_are_refused,
    session_survives_restart,
    language_follows_preference_cookie_and_header,
    changing_password_ends_other_sessions,
    healthz_checks_the_database,
);

async fn registered_learner_sees_name_and_district(app: TestApp) {
    let mut browser = Browser::default();
    let page = browser
        .post(
            &app,
            "/api/register",
            &learner_form("shazia.bhat", "شازیہ بٹ", "chinar-tree-1947"),
        )
        .await;
    assert_eq!(page.status, StatusCode::FOUND);
    assert_eq!(page.location.as_deref(), Some("/dashboard"));
    let dashboard = browser.get(&app, "/dashboard").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(dashboard.body.contains("شازیہ بٹ"), "name missing");
    assert!(
        dashboard.body.contains("سرینگر"),
        "district (in Urdu, the chosen language) missing"
    );
    assert!(
        dashboard.body.contains(r#"<html lang="ur" dir="rtl""#),
        "chosen language not applied"
    );
    assert_eq!(app.count("users").await, 1);
}

async fn bad_registrations_store_nothing(app: TestApp) {
    registered(&app, "taken.name", "chinar-tree-1947").await;
    let long_name = "ن".repeat(81);
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (
            learner_form("taken.name", "Someone Else", "another-good-pass"),
            "register-error-login-taken",
        ),
        (
            learner_form("new.person", "New Person", "short"),
            "password-error-too-short",
        ),
        (
            learner_form("new.person", "New Person", "password123"),
            "password-error-too-common",
        ),
        (
            learner_form("1234", "New Person", "good-long-pass"),
            "register-error-login-format",
        ),
        (
            learner_form("new.person", &long_name, "good-long-pass"),
            "register-error-name-too-long",
        ),
        (
            learner_form("new.person", "New Person", "good-long-pass")
                .into_iter()
                .map(|(k, v)| {
                    if k == "district" {
                        (k, "lahore")
                    } else {
                        (k, v)
                    }
                })
                .collect(),
            "register-error-district",
        ),
        (
            learner_form("new.person", "New Person", "good-long-pass")
                .into_iter()
                .map(|(k, v)| {
                    if k == "password_confirm" {
                        (k, "different-pass")
                    } else {
                        (k, v)
                    }
                })
                .collect(),
            "password-error-mismatch",
        ),
    ];
    for (form, expected) in cases {
        let mut browser = Browser::default();
        let page = browser.post(&app, "/api/register", &form).await;
        assert_eq!(page.location.as_deref(), Some("/register"), "{expected}");
        // The form page shows the localized message and keeps what was typed.
        browser.accept_language = Some("hi".into());
        let form_page = browser.get(&app, "/register").await;
        let message = app::i18n::t_in(app::i18n::Lang::Hi, expected, &[]);
        assert!(
            form_page.body.contains(&message),
            "{expected}: message not shown"
        );
        // And called as code, the error comes back with status 400 and its message id.
        let mut api = Browser::default();
        let res = api.call(&app, "/api/register", &form).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{expected}");
        assert!(res.body.contains(expected), "{expected}: {}", res.body);
    }
    assert_eq!(app.count("users").await, 1);
    assert_eq!(app.count("sessions").await, 1);
}

async fn login_and_logout(app: TestApp) {
    registered(&app, "9419012345", "chinar-tree-1947").await;
    let mut browser = Browser::default();
    let page = browser
        .post(
            &app,
            "/api/login",
            &[
                ("login", "+91 94190 12345"),
                ("password", "chinar-tree-1947"),
            ],
        )
        .await;
    assert_eq!(page.location.as_deref(), Some("/dashboard"));
    assert!(browser
        .get(&app, "/dashboard")
        .await
        .body
        .contains("Test Learner"));
    let out = browser.post(&app, "/api/logout", &[]).await;
    assert_eq!(out.location.as_deref(), Some("/"));
    assert!(!browser.cookies.contains_key("sabaq_session"));
    let after = browser.get(&app, "/dashboard").await;
    assert_eq!(after.location.as_deref().map(login_page), Some("/login"));
}

async fn wrong_password_and_unknown_account_look_the_same(app: TestApp) {
    registered(&app, "real.user", "chinar-tree-1947").await;
    let mut a = Browser::default();
    let mut b = Browser::default();
    a.post(
        &app,
        "/api/login",
        &[("login", "real.user"), ("password", "wrong-password")],
    )
    .await;
    b.post(
        &app,
        "/api/login",
        &[("login", "ghost.user"), ("password", "wrong-password")],
    )
    .await;
    let page_a = a.get(&app, "/login").await.body;
    let page_b = b.get(&app, "/login").await.body;
    let message = app::i18n::t_in(app::i18n::Lang::En, "login-error-invalid", &[]);
    assert!(page_a.contains(&message) && page_b.contains(&message));
    let api_a = Browser::default()
        .call(
            &app,
            "/api/login",
            &[("login", "real.user"), ("password", "nope-nope")],
        )
        .await;
    let api_b = Browser::default()
        .call(
            &app,
            "/api/login",
            &[("login", "ghost.user"), ("password", "nope-nope")],
        )
        .await;
    assert_eq!((api_a.status, &api_a.body), (api_b.status, &api_b.body));
}

async fn repeated_failures_lock_the_account(app: TestApp) {
    registered(&app, "target.user", "chinar-tree-1947").await;
    let policy = app::auth::throttle::ACCOUNT;
    for _ in 0..policy.max_failures {
        let res = Browser::default()
            .call(
                &app,
                "/api/login",
                &[("login", "target.user"), ("password", "guess-guess")],
            )
            .await;
        assert!(matches!(
            res.status,
            StatusCode::UNAUTHORIZED | StatusCode::TOO_MANY_REQUESTS
        ));
    }
    // Even the right password is refused while locked, with a clear message.
    let mut browser = Browser::default();
    let res = browser
        .call(
            &app,
            "/api/login",
            &[("login", "target.user"), ("password", "chinar-tree-1947")],
        )
        .await;
    assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    browser
        .post(
            &app,
            "/api/login",
            &[("login", "target.user"), ("password", "chinar-tree-1947")],
        )
        .await;
    let page = browser.get(&app, "/login").await;
    let minutes = (policy.lock / 60).to_string();
    let message = app::i18n::t_in(
        app::i18n::Lang::En,
        "login-error-throttled",
        &[("minutes", minutes)],
    );
    assert!(page.body.contains(&message), "throttle message missing");
    // Locking one account does not lock another.
    registered(&app, "other.user", "chinar-tree-1947").await;
    let ok = Browser::default()
        .post(
            &app,
            "/api/login",
            &[("login", "other.user"), ("password", "chinar-tree-1947")],
        )
        .await;
    assert_eq!(ok.location.as_deref(), Some("/dashboard"));
}

async fn learner_cannot_use_admin_functions(app: TestApp) {
    let mut learner = registered(&app, "curious.learner", "chinar-tree-1947").await;
    let form = [
        ("login", "sneaky"),
        ("display_name", "Sneaky"),
        ("role", "admin"),
        ("district", ""),
        ("initial_password", "chinar-tree-1947"),
    ];
    let res = learner.call(&app, "/api/create-staff", &form).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let page = learner.get(&app, "/admin/staff").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let mut trainer = staff(&app, "a.trainer", Role::Trainer).await;
    assert_eq!(
        trainer.call(&app, "/api/create-staff", &form).await.status,
        StatusCode::FORBIDDEN
    );
    let anonymous = Browser::default()
        .call(&app, "/api/create-staff", &form)
        .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.count("users").await, 2);
}

async fn admin_creates_staff_accounts(app: TestApp) {
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    let form = [
        ("login", "new.trainer"),
        ("display_name", "Rakesh Sharma"),
        ("role", "trainer"),
        ("district", "srinagar"),
        ("initial_password", "chinar-tree-1947"),
    ];
    // A trainer needs a home district.
    let homeless = [&form[..3], &form[4..]].concat();
    assert_eq!(
        admin
            .call(&app, "/api/create-staff", &homeless)
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let res = admin.post(&app, "/api/create-staff", &form).await;
    assert_eq!(res.location.as_deref(), Some("/admin/staff"));
    let page = admin.get(&app, "/admin/staff").await;
    assert!(page.body.contains("Rakesh Sharma") && page.body.contains("new.trainer"));
    let mut trainer = Browser::default();
    let login = trainer
        .post(
            &app,
            "/api/login",
            &[("login", "new.trainer"), ("password", "chinar-tree-1947")],
        )
        .await;
    assert_eq!(login.location.as_deref(), Some("/dashboard"));
    // Learner is not a staff role; duplicates are refused.
    let as_learner = [
        ("login", "x.learner"),
        ("display_name", "X"),
        ("role", "learner"),
        ("initial_password", "chinar-tree-1947"),
    ];
    assert_eq!(
        admin
            .call(&app, "/api/create-staff", &as_learner)
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        admin.call(&app, "/api/create-staff", &form).await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(app.count("users").await, 2);
}

async fn cross_origin_and_non_post_requests_are_refused(app: TestApp) {
    use axum::body::Body;
    use http::{header, Request};
    let form = crate::common::encode(&learner_form("evil.signup", "Evil", "chinar-tree-1947"));
    let cross = Request::post("/api/register")
        .header(header::HOST, "sabaq.test")
        .header(header::ORIGIN, "http://evil.example")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form.clone()))
        .unwrap();
    assert_eq!(app.send(cross).await.status(), StatusCode::FORBIDDEN);
    let no_origin = Request::post("/api/register")
        .header(header::HOST, "sabaq.test")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .unwrap();
    assert_eq!(app.send(no_origin).await.status(), StatusCode::FORBIDDEN);
    let get = Request::get("/api/logout")
        .header(header::HOST, "sabaq.test")
        .body(Body::empty())
        .unwrap();
    assert_eq!(app.send(get).await.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(app.count("users").await, 0);
}

async fn session_survives_restart(mut app: TestApp) {
    let mut browser = registered(&app, "steady.learner", "chinar-tree-1947").await;
    app.restart().await;
    let page = browser.get(&app, "/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Test Learner"));
}

async fn language_follows_preference_cookie_and_header(app: TestApp) {
    let mut visitor = Browser {
        accept_language: Some("hi-IN,hi;q=0.9,en;q=0.8".into()),
        ..Default::default()
    };
    assert!(visitor
        .get(&app, "/")
        .await
        .body
        .contains(r#"<html lang="hi" dir="ltr""#));
    let switched = visitor
        .post(
            &app,
            "/api/set-language",
            &[("lang", "ks"), ("back", "/login")],
        )
        .await;
    assert_eq!(switched.location.as_deref().map(login_page), Some("/login"));
    assert!(visitor
        .get(&app, "/")
        .await
        .body
        .contains(r#"<html lang="ks" dir="rtl""#));
    // The switcher never redirects off-site: such a `back` is refused.
    let off_site = visitor
        .post(
            &app,
            "/api/set-language",
            &[("lang", "en"), ("back", "//evil.example/")],
        )
        .await;
    assert_eq!(
        (off_site.status, off_site.location.as_deref()),
        (StatusCode::BAD_REQUEST, None)
    );
    // A signed-in learner's saved preference beats the cookie, and switching saves it.
    let mut learner = registered(&app, "lang.learner", "chinar-tree-1947").await;
    learner.cookies.insert("sabaq_lang".into(), "hi".into());
    assert!(learner
        .get(&app, "/")
        .await
        .body
        .contains(r#"<html lang="ur" dir="rtl""#));
    learner
        .post(&app, "/api/set-language", &[("lang", "doi"), ("back", "/")])
        .await;
    learner.cookies.insert("sabaq_lang".into(), "en".into());
    assert!(learner
        .get(&app, "/dashboard")
        .await
        .body
        .contains(r#"<html lang="doi" dir="ltr""#));
}

async fn changing_password_ends_other_sessions(app: TestApp) {
    let mut phone = registered(&app, "two.devices", "chinar-tree-1947").await;
    let mut pc = Browser::default();
    pc.post(
        &app,
        "/api/login",
        &[("login", "two.devices"), ("password", "chinar-tree-1947")],
    )
    .await;
    let wrong = phone
        .call(
            &app,
            "/api/change-password",
            &[
                ("current_password", "not-it-at-all"),
                ("new_password", "dal-lake-shikara"),
                ("password_confirm", "dal-lake-shikara"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
    let changed = phone
        .post(
            &app,
            "/api/change-password",
            &[
                ("current_password", "chinar-tree-1947"),
                ("new_password", "dal-lake-shikara"),
                ("password_confirm", "dal-lake-shikara"),
            ],
        )
        .await;
    assert_eq!(changed.location.as_deref(), Some("/dashboard"));
    assert_eq!(phone.get(&app, "/dashboard").await.status, StatusCode::OK);
    assert_eq!(
        pc.get(&app, "/dashboard")
            .await
            .location
            .as_deref()
            .map(login_page),
        Some("/login")
    );
    let old = Browser::default()
        .call(
            &app,
            "/api/login",
            &[("login", "two.devices"), ("password", "chinar-tree-1947")],
        )
        .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
}

async fn healthz_checks_the_database(app: TestApp) {
    let mut browser = Browser::default();
    assert_eq!(browser.get(&app, "/healthz").await.status, StatusCode::OK);
    app.db.clone().close().await.unwrap();
    assert_eq!(
        browser.get(&app, "/healthz").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
}
