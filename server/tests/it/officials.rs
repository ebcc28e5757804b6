//! Officials' coverage scope: set by an admin when the account is created, shown to the
//! official, required, and checked.

use crate::common::{registered, staff, Browser, TestApp};
use app::auth::Role;
use http::StatusCode;

on_both_databases!(
    an_admin_gives_an_official_a_scope,
    officials_without_a_valid_scope_are_refused
);

fn official_form<'a>(login: &'a str, scope: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("login", login),
        ("display_name", "Farooq Ahmad"),
        ("role", "official"),
        ("district", ""),
        ("scope", scope),
        ("initial_password", "chinar-tree-1947"),
    ]
}

async fn signed_in(app: &TestApp, login: &str) -> Browser {
    let mut browser = Browser::default();
    let page = browser
        .post(
            app,
            "/api/login",
            &[("login", login), ("password", "chinar-tree-1947")],
        )
        .await;
    assert_eq!(page.location.as_deref(), Some("/dashboard"));
    browser
}

async fn an_admin_gives_an_official_a_scope(app: TestApp) {
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    for (login, scope, shown) in [
        ("district.official", "district:srinagar", "Srinagar"),
        ("division.official", "division:jammu", "Jammu division"),
        ("ut.official", "ut", "All of Jammu &amp; Kashmir"),
    ] {
        let res = admin
            .call(&app, "/api/create-staff", &official_form(login, scope))
            .await;
        assert_eq!(res.status, StatusCode::OK, "{login}: {}", res.body);
        let mut official = signed_in(&app, login).await;
        let page = official.get(&app, "/dashboard").await;
        assert!(
            page.body
                .contains(&format!("<strong class=\"scope\">{shown}</strong>")),
            "{login}: {}",
            page.body
        );
    }
    assert_eq!(app.count("official_scopes").await, 3);
}

async fn officials_without_a_valid_scope_are_refused(app: TestApp) {
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    for scope in [
        "",
        "division:ladakh",
        "district:atlantis",
        "district:../x",
        "state",
    ] {
        let res = admin
            .call(&app, "/api/create-staff", &official_form("no.scope", scope))
            .await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{scope:?}");
    }
    assert_eq!(app.count("users").await, 1, "only the admin");
    assert_eq!(app.count("official_scopes").await, 0);
    // Only admins give scopes.
    let mut trainer = staff(&app, "a.trainer", Role::Trainer).await;
    let res = trainer
        .call(
            &app,
            "/api/create-staff",
            &official_form("sneaky.official", "ut"),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    let mut learner = registered(&app, "a.learner", "chinar-tree-1947").await;
    let res = learner
        .call(
            &app,
            "/api/create-staff",
            &official_form("sneaky.official", "ut"),
        )
        .await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    // An official made before scopes existed (no row) is told so, and sees no coverage.
    staff(&app, "old.official", Role::Official).await;
    let mut old = Browser::default();
    old.post(
        &app,
        "/api/login",
        &[("login", "old.official"), ("password", "staff-password-42")],
    )
    .await;
    let page = old.get(&app, "/dashboard").await;
    assert!(
        page.body
            .contains("An admin has not yet set what you report on."),
        "{}",
        page.body
    );
    assert_eq!(app.count("official_scopes").await, 0);
}
