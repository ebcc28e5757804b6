//! Account administration through the real router, on SQLite and on PostgreSQL: disabling and
//! re-enabling accounts, one-time passwords for staff, the audit log, and who may do any of it.

use crate::common::{login_page, registered, staff, Browser, TestApp};
use app::{auth::Role, db::entities::user};
use http::StatusCode;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

on_both_databases!(
    disabling_ends_sessions_and_blocks_sign_in,
    a_session_of_a_disabled_account_is_ignored,
    admin_cannot_act_on_own_account,
    one_time_password_forces_a_change_and_is_logged_without_it,
    one_time_passwords_are_for_staff_only,
    only_admins_reach_account_administration,
    accounts_are_searched_and_paged_by_fifty,
);

const PASSWORD: &str = "chinar-tree-1947";

async fn account(app: &TestApp, login: &str) -> user::Model {
    user::Entity::find()
        .filter(user::Column::Login.eq(login))
        .one(&app.db)
        .await
        .unwrap()
        .expect("account exists")
}

async fn sessions_of(app: &TestApp, user_id: i32) -> i64 {
    use app::db::entities::session;
    use sea_orm::PaginatorTrait;
    session::Entity::find()
        .filter(session::Column::UserId.eq(user_id))
        .count(&app.db)
        .await
        .unwrap() as i64
}

/// The audit log as `(actor, action, target)` user ids and codes, oldest first.
async fn audit(app: &TestApp) -> Vec<(i32, String, i32)> {
    use app::db::entities::audit_log;
    use sea_orm::QueryOrder;
    audit_log::Entity::find()
        .order_by_asc(audit_log::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.actor_user_id, r.action, r.target_user_id))
        .collect()
}

/// Signs in with a plain form post; returns the browser and the answer.
async fn sign_in(app: &TestApp, login: &str, password: &str) -> (Browser, crate::common::Page) {
    let mut browser = Browser::default();
    let form = [("login", login), ("password", password)];
    let page = browser.post(app, "/api/login", &form).await;
    (browser, page)
}

async fn disabling_ends_sessions_and_blocks_sign_in(app: TestApp) {
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    let mut phone = registered(&app, "shazia.bhat", PASSWORD).await;
    let (mut pc, _) = sign_in(&app, "shazia.bhat", PASSWORD).await;
    let learner = account(&app, "shazia.bhat").await;
    assert_eq!(sessions_of(&app, learner.id).await, 2);

    let back = "/admin/accounts?q=shazia";
    let done = admin
        .post(
            &app,
            "/api/disable-account",
            &[("account", learner.pid.as_str()), ("back", back)],
        )
        .await;
    assert_eq!(done.location.as_deref(), Some(back));
    let list = admin.get(&app, back).await;
    assert!(
        list.body.contains(&t("admin-account-disabled")),
        "notice missing"
    );
    assert!(
        list.body.contains(&t("admin-status-disabled")),
        "status missing"
    );
    assert!(
        list.body.contains(&t("admin-enable")),
        "re-enable button missing"
    );

    // Every session ended at once, on both devices.
    assert_eq!(sessions_of(&app, learner.id).await, 0);
    for browser in [&mut phone, &mut pc] {
        let page = browser.get(&app, "/dashboard").await;
        assert_eq!(page.location.as_deref().map(login_page), Some("/login"));
    }
    // The right password is refused with a clear message, a wrong one exactly as for anyone.
    let refused = Browser::default()
        .call(
            &app,
            "/api/login",
            &[("login", "shazia.bhat"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains("AccountDisabled"), "{}", refused.body);
    let (mut browser, page) = sign_in(&app, "shazia.bhat", PASSWORD).await;
    assert_ne!(page.location.as_deref(), Some("/dashboard"));
    assert!(!browser.cookies.contains_key("sabaq_session"));
    let shown = if page.status.is_redirection() {
        browser
            .get(&app, page.location.as_deref().unwrap())
            .await
            .body
    } else {
        page.body
    };
    assert!(
        shown.contains(&t("login-error-disabled")),
        "message missing"
    );
    let wrong = Browser::default()
        .call(
            &app,
            "/api/login",
            &[("login", "shazia.bhat"), ("password", "not-the-one")],
        )
        .await;
    let unknown = Browser::default()
        .call(
            &app,
            "/api/login",
            &[("login", "ghost.user"), ("password", "not-the-one")],
        )
        .await;
    assert_eq!((wrong.status, &wrong.body), (unknown.status, &unknown.body));
    assert_eq!(sessions_of(&app, learner.id).await, 0);

    // A repeated post changes and logs nothing more.
    admin
        .post(
            &app,
            "/api/disable-account",
            &[("account", learner.pid.as_str()), ("back", back)],
        )
        .await;
    let admin_id = account(&app, "the.admin").await.id;
    assert_eq!(
        audit(&app).await,
        vec![(admin_id, "disable".into(), learner.id)]
    );

    let enabled = admin
        .post(
            &app,
            "/api/enable-account",
            &[("account", learner.pid.as_str()), ("back", back)],
        )
        .await;
    assert_eq!(enabled.location.as_deref(), Some(back));
    let (mut again, page) = sign_in(&app, "shazia.bhat", PASSWORD).await;
    assert_eq!(page.location.as_deref(), Some("/dashboard"));
    assert_eq!(again.get(&app, "/dashboard").await.status, StatusCode::OK);
    assert_eq!(
        audit(&app).await,
        vec![
            (admin_id, "disable".into(), learner.id),
            (admin_id, "enable".into(), learner.id),
        ]
    );
    let log = admin.get(&app, "/admin/audit").await;
    assert_eq!(log.status, StatusCode::OK);
    assert!(
        log.body.contains(&t("admin-action-disable"))
            && log.body.contains(&t("admin-action-enable"))
    );
    assert!(log.body.contains("the.admin") && log.body.contains("shazia.bhat"));
}

/// Belt and braces: a session that slipped past the disabling (a sign-in racing with it) opens
/// nothing.
async fn a_session_of_a_disabled_account_is_ignored(app: TestApp) {
    let mut learner = registered(&app, "racing.learner", PASSWORD).await;
    let model = account(&app, "racing.learner").await;
    user::Entity::update(user::ActiveModel {
        id: sea_orm::Unchanged(model.id),
        disabled_at: Set(Some(1)),
        ..Default::default()
    })
    .exec(&app.db)
    .await
    .unwrap();
    assert_eq!(sessions_of(&app, model.id).await, 1);
    let page = learner.get(&app, "/dashboard").await;
    assert_eq!(page.location.as_deref().map(login_page), Some("/login"));
}

async fn admin_cannot_act_on_own_account(app: TestApp) {
    let mut admin = staff(&app, "only.admin", Role::Admin).await;
    let me = account(&app, "only.admin").await;
    for endpoint in ["/api/disable-account", "/api/reset-staff-password"] {
        let res = admin
            .call(&app, endpoint, &[("account", me.pid.as_str())])
            .await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{endpoint}");
        assert!(
            res.body.contains("admin-error-self"),
            "{endpoint}: {}",
            res.body
        );
    }
    // As a form: back to the list with the message.
    let page = admin
        .post(
            &app,
            "/api/disable-account",
            &[("account", me.pid.as_str()), ("back", "/admin/accounts")],
        )
        .await;
    assert_eq!(page.location.as_deref(), Some("/admin/accounts"));
    let list = admin.get(&app, "/admin/accounts").await;
    assert!(list.body.contains(&t("admin-error-self")));
    // The own row offers no disable button.
    assert!(!list.body.contains("/api/disable-account"));
    let after = account(&app, "only.admin").await;
    assert_eq!(after.disabled_at, None);
    assert_eq!(after.password_hash, me.password_hash);
    assert!(audit(&app).await.is_empty());
    assert_eq!(
        admin.get(&app, "/admin/accounts").await.status,
        StatusCode::OK
    );
    // An unknown account is 404 and changes nothing.
    let missing = admin
        .call(
            &app,
            "/api/disable-account",
            &[("account", "no-such-account")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

/// The password shown once on the account page, if any.
fn issued_password(body: &str) -> Option<String> {
    let start = body.find(r#"class="one-time-password">"#)? + r#"class="one-time-password">"#.len();
    let end = body[start..].find('<')? + start;
    Some(body[start..end].to_owned())
}

async fn one_time_password_forces_a_change_and_is_logged_without_it(app: TestApp) {
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    let mut trainer = staff(&app, "forgetful.trainer", Role::Trainer).await;
    let before = account(&app, "forgetful.trainer").await;

    let done = admin
        .post(
            &app,
            "/api/reset-staff-password",
            &[
                ("account", before.pid.as_str()),
                ("back", "/admin/accounts"),
            ],
        )
        .await;
    assert_eq!(done.location.as_deref(), Some("/admin/accounts"));
    let list = admin.get(&app, "/admin/accounts").await;
    let password = issued_password(&list.body).expect("one-time password shown");
    assert_eq!(password.len(), 14, "{password}");
    assert!(list.body.contains("forgetful.trainer"));
    // Shown once only.
    let again = admin.get(&app, "/admin/accounts").await;
    assert_eq!(issued_password(&again.body), None);
    assert!(!again.body.contains(&password));

    // The trainer's sessions ended and the old password no longer works.
    assert_eq!(
        trainer
            .get(&app, "/dashboard")
            .await
            .location
            .as_deref()
            .map(login_page),
        Some("/login")
    );
    let (_, old) = sign_in(&app, "forgetful.trainer", "staff-password-42").await;
    assert_ne!(old.location.as_deref(), Some("/dashboard"));

    // Signed in with it, only the password page (and signing out, the language) stays open.
    let (mut trainer, page) = sign_in(&app, "forgetful.trainer", &password).await;
    assert_eq!(page.location.as_deref(), Some("/dashboard"));
    for path in ["/dashboard", "/courses", "/", "/admin/accounts"] {
        let page = trainer.get(&app, path).await;
        assert!(page.status.is_redirection(), "{path}: {}", page.status);
        assert_eq!(
            page.location.as_deref(),
            Some("/account/password"),
            "{path}"
        );
    }
    let form_page = trainer.get(&app, "/account/password").await;
    assert_eq!(form_page.status, StatusCode::OK);
    assert!(
        form_page.body.contains(&t("password-must-change")),
        "notice missing"
    );
    let blocked = trainer
        .call(
            &app,
            "/api/complete-lesson",
            &[("course", "x"), ("lesson", "y")],
        )
        .await;
    assert_eq!(blocked.status, StatusCode::FORBIDDEN);
    assert!(
        blocked.body.contains("PasswordChangeRequired"),
        "{}",
        blocked.body
    );
    let switched = trainer
        .post(
            &app,
            "/api/set-language",
            &[("lang", "hi"), ("back", "/account/password")],
        )
        .await;
    assert_eq!(switched.location.as_deref(), Some("/account/password"));

    let changed = trainer
        .post(
            &app,
            "/api/change-password",
            &[
                ("current_password", password.as_str()),
                ("new_password", "dal-lake-shikara"),
                ("password_confirm", "dal-lake-shikara"),
            ],
        )
        .await;
    assert_eq!(changed.location.as_deref(), Some("/dashboard"));
    assert_eq!(trainer.get(&app, "/dashboard").await.status, StatusCode::OK);
    assert!(
        !account(&app, "forgetful.trainer")
            .await
            .must_change_password
    );

    // Logged: who, whom, what, when, and nowhere the password.
    let admin_id = account(&app, "the.admin").await.id;
    assert_eq!(
        audit(&app).await,
        vec![(admin_id, "reset-password".into(), before.id)]
    );
    let rows = app
        .db
        .query_all_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "SELECT * FROM audit_log",
        ))
        .await
        .unwrap();
    let dump = format!("{rows:?}");
    assert!(!dump.contains(&password), "password in the audit log");
    let log = admin.get(&app, "/admin/audit").await;
    assert!(log.body.contains(&t("admin-action-reset-password")));
    assert!(!log.body.contains(&password));
}

async fn one_time_passwords_are_for_staff_only(app: TestApp) {
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    registered(&app, "a.learner", PASSWORD).await;
    let learner = account(&app, "a.learner").await;
    let res = admin
        .call(
            &app,
            "/api/reset-staff-password",
            &[("account", learner.pid.as_str())],
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert!(res.body.contains("admin-error-not-staff"), "{}", res.body);
    let after = account(&app, "a.learner").await;
    assert_eq!(after.password_hash, learner.password_hash);
    assert!(!after.must_change_password);
    assert!(audit(&app).await.is_empty());
    // Another admin is staff too.
    staff(&app, "second.admin", Role::Admin).await;
    let other = account(&app, "second.admin").await;
    let ok = admin
        .post(
            &app,
            "/api/reset-staff-password",
            &[("account", other.pid.as_str())],
        )
        .await;
    assert_eq!(ok.location.as_deref(), Some("/admin/accounts"));
    assert!(account(&app, "second.admin").await.must_change_password);
}

async fn only_admins_reach_account_administration(app: TestApp) {
    registered(&app, "target.learner", PASSWORD).await;
    staff(&app, "target.trainer", Role::Trainer).await;
    let learner_target = account(&app, "target.learner").await;
    let trainer_target = account(&app, "target.trainer").await;
    let callers = [
        ("anonymous", Browser::default()),
        ("learner", registered(&app, "some.learner", PASSWORD).await),
        ("trainer", staff(&app, "some.trainer", Role::Trainer).await),
        (
            "official",
            staff(&app, "some.official", Role::Official).await,
        ),
    ];
    let endpoints = [
        ("/api/disable-account", &learner_target.pid),
        ("/api/enable-account", &learner_target.pid),
        ("/api/reset-staff-password", &trainer_target.pid),
    ];
    for (who, mut browser) in callers {
        let expected = if who == "anonymous" {
            StatusCode::UNAUTHORIZED
        } else {
            StatusCode::FORBIDDEN
        };
        for (endpoint, pid) in endpoints {
            let res = browser
                .call(&app, endpoint, &[("account", pid.as_str())])
                .await;
            assert_eq!(res.status, expected, "{who} {endpoint}");
            let form = browser
                .post(&app, endpoint, &[("account", pid.as_str())])
                .await;
            assert!(
                form.status.is_client_error() || form.status.is_redirection(),
                "{who} {endpoint} form: {}",
                form.status
            );
        }
        for page in ["/admin/accounts", "/admin/audit", "/admin/staff"] {
            let res = browser.get(&app, page).await;
            if who == "anonymous" {
                assert_eq!(
                    res.location.as_deref().map(login_page),
                    Some("/login"),
                    "{who} {page}"
                );
            } else {
                assert_eq!(res.status, StatusCode::FORBIDDEN, "{who} {page}");
                assert!(
                    !res.body.contains("target.learner"),
                    "{who} {page} leaks accounts"
                );
            }
        }
    }
    assert_eq!(account(&app, "target.learner").await.disabled_at, None);
    let trainer_after = account(&app, "target.trainer").await;
    assert_eq!(trainer_after.password_hash, trainer_target.password_hash);
    assert!(!trainer_after.must_change_password);
    assert!(audit(&app).await.is_empty());
}

async fn accounts_are_searched_and_paged_by_fifty(app: TestApp) {
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    let hash = app::auth::password::hash(PASSWORD.into()).await.unwrap();
    for i in 0..55 {
        let new = app::auth::users::NewUser {
            login: format!("bulk.{i:02}"),
            display_name: format!("Bulk Learner {i:02}"),
            password_hash: hash.clone(),
            role: Role::Learner,
            group: None,
            gender: None,
            district: None,
            language: None,
        };
        app::auth::users::create(&app.db, new).await.unwrap();
    }
    staff(&app, "rakesh.trainer", Role::Trainer).await;
    let rows = |body: &str| body.matches(r#"id="account-"#).count();

    let first = admin.get(&app, "/admin/accounts?q=bulk").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(rows(&first.body), 50);
    assert!(first.body.contains(&t("admin-page-next")));
    let second = admin.get(&app, "/admin/accounts?q=bulk&page=2").await;
    assert_eq!(rows(&second.body), 5);
    assert!(second.body.contains("bulk.54") && !second.body.contains("bulk.00"));
    assert!(!second.body.contains(&t("admin-page-next")));

    // By name, ignoring case; all accounts without a query.
    let by_name = admin.get(&app, "/admin/accounts?q=STAFF%20RAKESH").await;
    assert_eq!(rows(&by_name.body), 1);
    assert!(by_name.body.contains("rakesh.trainer"));
    assert_eq!(rows(&admin.get(&app, "/admin/accounts").await.body), 50);
    // Wildcards are taken literally; nonsense pages are just empty.
    assert_eq!(
        rows(&admin.get(&app, "/admin/accounts?q=%25").await.body),
        0
    );
    assert_eq!(rows(&admin.get(&app, "/admin/accounts?q=_").await.body), 0);
    let far = admin.get(&app, "/admin/accounts?page=99999999999").await;
    assert_eq!(far.status, StatusCode::OK);
    assert_eq!(rows(&far.body), 0);
    assert!(far.body.contains(&t("admin-accounts-none")));
}

fn t(id: &str) -> String {
    app::i18n::t_in(app::i18n::Lang::En, id, &[])
}
