//! Cohorts: creating and listing them with their figures, adding and removing learners (their
//! progress stays), start codes shown once, handing a cohort over, and who may do any of it.

use crate::common::{cohort, cohort_learner, login_page, registered, staff, Browser, TestApp};
use app::auth::Role;
use http::StatusCode;

on_both_databases!(
    trainer_runs_a_cohort_from_creation_to_first_sign_in,
    removing_a_learner_keeps_their_progress,
    cohorts_are_seen_only_by_their_trainer_and_admins,
    admin_hands_a_cohort_over_and_lists_learners,
    bad_cohort_forms_store_nothing,
);

const PASSWORD: &str = "chinar-tree-1947";

async fn trainer_runs_a_cohort_from_creation_to_first_sign_in(app: TestApp) {
    let mut trainer = staff(&app, "the.trainer", Role::Trainer).await;
    let pid = cohort(&app, &mut trainer, "Lal Chowk SHG").await;
    let list = trainer.get(&app, "/cohorts").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("Lal Chowk SHG"), "{}", list.body);
    let code = cohort_learner(&app, &mut trainer, &pid, "9419012345", "شازیہ بٹ").await;
    assert_eq!(code.len(), 9, "{code}");
    // Shown once: the next view of the page has no code.
    let again = trainer.get(&app, &format!("/cohorts/{pid}")).await;
    assert!(!again.body.contains("class=\"start-code\""));
    assert!(again.body.contains("شازیہ بٹ"));
    assert_eq!(app.count("start_codes").await, 1);
    // Before the code is used, no password signs in.
    let mut learner = Browser::default();
    let refused = learner
        .call(
            &app,
            "/api/login",
            &[("login", "9419012345"), ("password", "")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    let start = learner
        .post(
            &app,
            "/api/start",
            &[
                ("login", "9419012345"),
                ("code", &code.to_lowercase()),
                ("new_password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        start.location.as_deref(),
        Some("/dashboard"),
        "{}",
        start.body
    );
    assert_eq!(learner.get(&app, "/dashboard").await.status, StatusCode::OK);
    assert_eq!(app.count("start_codes").await, 0, "used once");
    // The list counts the learner.
    let list = trainer.get(&app, "/cohorts").await;
    assert!(list.body.contains(">1<"), "{}", list.body);
}

async fn removing_a_learner_keeps_their_progress(app: TestApp) {
    crate::common::imported(&app).await;
    let mut trainer = staff(&app, "the.trainer", Role::Trainer).await;
    let pid = cohort(&app, &mut trainer, "Class 10 B").await;
    let mut learner = registered(&app, "keen.learner", PASSWORD).await;
    let learner_pid = learner_pid(&app, "keen.learner").await;
    let found = trainer.get(&app, &format!("/cohorts/{pid}?q=keen")).await;
    assert!(
        found.body.contains("keen.learner"),
        "search finds the learner"
    );
    let added = trainer
        .call(
            &app,
            "/api/add-to-cohort",
            &[("cohort", &pid), ("learner", &learner_pid)],
        )
        .await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.body);
    // Adding twice changes nothing.
    trainer
        .call(
            &app,
            "/api/add-to-cohort",
            &[("cohort", &pid), ("learner", &learner_pid)],
        )
        .await;
    assert_eq!(app.count("cohort_members").await, 1);
    learner
        .post(
            &app,
            "/api/complete-lesson",
            &[
                ("course", "test-course"),
                ("lesson", "first-lesson"),
                ("next", "/dashboard"),
            ],
        )
        .await;
    assert_eq!(app.count("lesson_completions").await, 1);
    let removed = trainer
        .call(
            &app,
            "/api/remove-from-cohort",
            &[("cohort", &pid), ("learner", &learner_pid)],
        )
        .await;
    assert_eq!(removed.status, StatusCode::OK);
    assert_eq!(app.count("cohort_members").await, 0);
    assert_eq!(app.count("lesson_completions").await, 1, "progress stays");
    assert_eq!(app.count("users").await, 2, "the account stays");
}

async fn cohorts_are_seen_only_by_their_trainer_and_admins(app: TestApp) {
    let mut owner = staff(&app, "owner.trainer", Role::Trainer).await;
    let pid = cohort(&app, &mut owner, "Owner's batch").await;
    cohort_learner(&app, &mut owner, &pid, "owned.learner", "Owned Learner").await;
    let learner_pid = learner_pid(&app, "owned.learner").await;
    let mut other = staff(&app, "other.trainer", Role::Trainer).await;
    let mut official = staff(&app, "an.official", Role::Official).await;
    let mut learner = registered(&app, "nosy.learner", PASSWORD).await;
    let mut guest = Browser::default();
    let page = format!("/cohorts/{pid}");
    for (who, browser, status) in [
        ("other trainer", &mut other, StatusCode::FORBIDDEN),
        ("official", &mut official, StatusCode::FORBIDDEN),
        ("learner", &mut learner, StatusCode::FORBIDDEN),
    ] {
        assert_eq!(browser.get(&app, &page).await.status, status, "{who}: page");
        let other_list = browser.get(&app, "/cohorts").await;
        assert!(
            !other_list.body.contains("Owner&#x27;s batch")
                && !other_list.body.contains("Owner's batch"),
            "{who}: list"
        );
        for (endpoint, form) in [
            (
                "/api/add-to-cohort",
                vec![("cohort", pid.as_str()), ("learner", learner_pid.as_str())],
            ),
            (
                "/api/remove-from-cohort",
                vec![("cohort", pid.as_str()), ("learner", learner_pid.as_str())],
            ),
            (
                "/api/new-start-code",
                vec![("learner", learner_pid.as_str()), ("back", "/cohorts")],
            ),
            (
                "/api/hand-over-cohort",
                vec![("cohort", pid.as_str()), ("trainer", "other.trainer")],
            ),
            (
                "/api/create-learner",
                vec![
                    ("cohort", pid.as_str()),
                    ("display_name", "Intruder"),
                    ("login", "intruder"),
                    ("gender", "male"),
                    ("group", "other"),
                    ("district", "srinagar"),
                    ("language", "en"),
                ],
            ),
        ] {
            let res = browser.call(&app, endpoint, &form).await;
            assert_eq!(res.status, StatusCode::FORBIDDEN, "{who}: {endpoint}");
        }
    }
    assert_eq!(
        guest
            .get(&app, &page)
            .await
            .location
            .as_deref()
            .map(login_page),
        Some("/login")
    );
    let res = guest
        .call(
            &app,
            "/api/add-to-cohort",
            &[("cohort", &pid), ("learner", &learner_pid)],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    // Nothing changed: one member, one unused code, the owner's cohort.
    assert_eq!(app.count("cohort_members").await, 1);
    assert_eq!(app.count("start_codes").await, 1);
    assert_eq!(app.count("users").await, 5);
    // A cohort that does not exist is 404, a malformed id too.
    assert_eq!(
        owner
            .get(&app, "/cohorts/00000000-0000-4000-8000-000000000000")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        owner.get(&app, "/cohorts/NOT%20AN%20ID").await.status,
        StatusCode::NOT_FOUND
    );
}

async fn admin_hands_a_cohort_over_and_lists_learners(app: TestApp) {
    let mut first = staff(&app, "first.trainer", Role::Trainer).await;
    let mut second = staff(&app, "second.trainer", Role::Trainer).await;
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    let pid = cohort(&app, &mut first, "Handed batch").await;
    cohort_learner(&app, &mut first, &pid, "handed.learner", "Handed Learner").await;
    let page = format!("/cohorts/{pid}");
    assert_eq!(
        admin.get(&app, &page).await.status,
        StatusCode::OK,
        "admins see every cohort"
    );
    assert!(admin
        .get(&app, "/cohorts")
        .await
        .body
        .contains("Handed batch"));
    // Only an admin hands over, and only to a trainer.
    let to_admin = admin
        .call(
            &app,
            "/api/hand-over-cohort",
            &[("cohort", &pid), ("trainer", "the.admin")],
        )
        .await;
    assert_eq!(to_admin.status, StatusCode::BAD_REQUEST);
    let handed = admin
        .call(
            &app,
            "/api/hand-over-cohort",
            &[("cohort", &pid), ("trainer", "second.trainer")],
        )
        .await;
    assert_eq!(handed.status, StatusCode::OK);
    assert_eq!(first.get(&app, &page).await.status, StatusCode::FORBIDDEN);
    assert_eq!(second.get(&app, &page).await.status, StatusCode::OK);
    // The admin's learner list finds learners by name and district.
    let found = admin
        .get(&app, "/admin/learners?q=handed&district=srinagar")
        .await;
    assert!(found.body.contains("handed.learner"), "{}", found.body);
    let elsewhere = admin
        .get(&app, "/admin/learners?q=handed&district=kathua")
        .await;
    assert!(!elsewhere.body.contains("handed.learner"));
    assert_eq!(
        second.get(&app, "/admin/learners").await.status,
        StatusCode::FORBIDDEN
    );
}

async fn bad_cohort_forms_store_nothing(app: TestApp) {
    let mut trainer = staff(&app, "the.trainer", Role::Trainer).await;
    for (what, form) in [
        (
            "no name",
            [
                ("name", " "),
                ("kind", "shg"),
                ("district", "srinagar"),
                ("schedule_notes", ""),
            ],
        ),
        (
            "bad kind",
            [
                ("name", "A"),
                ("kind", "gang"),
                ("district", "srinagar"),
                ("schedule_notes", ""),
            ],
        ),
        (
            "bad district",
            [
                ("name", "A"),
                ("kind", "shg"),
                ("district", "atlantis"),
                ("schedule_notes", ""),
            ],
        ),
    ] {
        let res = trainer.call(&app, "/api/create-cohort", &form).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{what}");
    }
    let long_notes = "x".repeat(501);
    let res = trainer
        .call(
            &app,
            "/api/create-cohort",
            &[
                ("name", "A"),
                ("kind", "shg"),
                ("district", "srinagar"),
                ("schedule_notes", &long_notes),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.count("cohorts").await, 0);
    let pid = cohort(&app, &mut trainer, "Real batch").await;
    // A learner with a login already taken, or a bad mobile, is refused and stores nothing.
    registered(&app, "taken.login", PASSWORD).await;
    for login in ["taken.login", "12345"] {
        let res = trainer
            .call(
                &app,
                "/api/create-learner",
                &[
                    ("cohort", &pid),
                    ("display_name", "Someone"),
                    ("login", login),
                    ("gender", "female"),
                    ("group", "student"),
                    ("district", "srinagar"),
                    ("language", "hi"),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{login}");
    }
    assert_eq!(app.count("users").await, 2);
    assert_eq!(app.count("cohort_members").await, 0);
    assert_eq!(app.count("start_codes").await, 0);
}

async fn learner_pid(app: &TestApp, login: &str) -> String {
    app::auth::users::find_by_login(&app.db, login)
        .await
        .unwrap()
        .unwrap()
        .pid
}
