//! Who may use the trainers' pages, routes and server functions, as one matrix: every one of
//! them, called as another trainer, a learner, an official and a guest, is refused and changes
//! nothing; the cohort's own trainer and an admin get through.

use crate::common::{
    cohort, cohort_learner, imported, login_page, registered, staff, Browser, TestApp,
};
use app::auth::Role;
use http::StatusCode;

on_both_databases!(every_trainer_endpoint_refuses_everyone_but_its_trainer_and_admins);

/// Server functions that are not the trainers' (learners', accounts', admins'): the rest must
/// all be in the matrix below, so a new trainer function cannot be forgotten.
const NOT_TRAINERS: &[&str] = &[
    "/api/create-staff",
    "/api/set-targets",
    "/api/disable-account",
    "/api/enable-account",
    "/api/reset-staff-password",
    "/api/register",
    "/api/login",
    "/api/logout",
    "/api/change-password",
    "/api/start",
    "/api/submit-quiz",
    "/api/check-answer",
    "/api/save-answers",
    "/api/complete-lesson",
    "/api/set-language",
];

const TABLES: &[&str] = &[
    "users",
    "cohorts",
    "cohort_members",
    "start_codes",
    "course_assignments",
    "course_assignment_learners",
    "training_sessions",
    "training_attendance",
    "lesson_completions",
    "enrolment_uploads",
    "sessions",
];

async fn snapshot(app: &TestApp) -> Vec<i64> {
    let mut counts = Vec::new();
    for table in TABLES {
        counts.push(app.count(table).await);
    }
    counts
}

async fn every_trainer_endpoint_refuses_everyone_but_its_trainer_and_admins(app: TestApp) {
    imported(&app).await;
    let mut owner = staff(&app, "owner.trainer", Role::Trainer).await;
    let c = cohort(&app, &mut owner, "Matrix batch").await;
    cohort_learner(&app, &mut owner, &c, "matrix.learner", "Matrix Learner").await;
    let l = app::auth::users::find_by_login(&app.db, "matrix.learner")
        .await
        .unwrap()
        .unwrap()
        .pid;
    let assigned = owner
        .call(
            &app,
            "/api/assign-course",
            &[("cohort", &c), ("course", "test-course"), ("due_on", "")],
        )
        .await;
    assert_eq!(assigned.status, StatusCode::OK, "{}", assigned.body);
    let csv = "name,mobile_or_login,gender,group,district,language\nNew One,new.one,female,student,srinagar,hi\n";
    let preview = owner
        .upload(
            &app,
            &format!("/api/cohorts/{c}/upload"),
            "file",
            csv.as_bytes(),
        )
        .await;
    let upload = preview
        .location
        .expect("a preview")
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();

    let pages = [
        format!("/cohorts/{c}"),
        format!("/cohorts/{c}/progress"),
        format!("/cohorts/{c}/progress?print=1"),
        format!("/cohorts/{c}/progress.csv"),
        format!("/cohorts/{c}/assignments"),
        format!("/cohorts/{c}/attendance"),
        format!("/cohorts/{c}/upload"),
        format!("/cohorts/{c}/uploads/{upload}"),
        format!("/cohorts/{c}/slips"),
        format!("/learners/{l}"),
    ];
    let today = app::i18n::today();
    let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (
            "/api/create-cohort",
            vec![
                ("name", "Stolen"),
                ("kind", "shg"),
                ("district", "srinagar"),
                ("schedule_notes", ""),
            ],
        ),
        ("/api/add-to-cohort", vec![("cohort", &c), ("learner", &l)]),
        (
            "/api/remove-from-cohort",
            vec![("cohort", &c), ("learner", &l)],
        ),
        (
            "/api/create-learner",
            vec![
                ("cohort", &c),
                ("display_name", "Intruder"),
                ("login", "intruder"),
                ("gender", "male"),
                ("group", "other"),
                ("district", "srinagar"),
                ("language", "en"),
            ],
        ),
        (
            "/api/new-start-code",
            vec![("learner", &l), ("back", "/cohorts")],
        ),
        (
            "/api/hand-over-cohort",
            vec![("cohort", &c), ("trainer", "other.trainer")],
        ),
        (
            "/api/assign-course",
            vec![
                ("cohort", &c),
                ("course", "test-course"),
                ("due_on", "2030-01-01"),
            ],
        ),
        (
            "/api/unassign-course",
            vec![("cohort", &c), ("course", "test-course")],
        ),
        (
            "/api/record-session",
            vec![
                ("cohort", &c),
                ("form_key", "matrix-key-1"),
                ("held_on", &today),
                ("present[]", &l),
                ("lessons[]", "test-course:first-lesson"),
            ],
        ),
        (
            "/api/confirm-enrolment",
            vec![("cohort", &c), ("upload", &upload)],
        ),
        ("/api/cohorts/{c}/slips", vec![("learner", &l)]),
    ];
    // The matrix covers every server function that is not a learner's, an account's or an admin's.
    let registered_fns: std::collections::BTreeSet<String> =
        leptos::server_fn::axum::server_fn_paths()
            .map(|(path, _)| path.to_owned())
            .filter(|p| !NOT_TRAINERS.contains(&p.as_str()))
            .collect();
    let covered: std::collections::BTreeSet<String> = calls
        .iter()
        .map(|(p, _)| p.to_string())
        .filter(|p| !p.contains('{'))
        .collect();
    assert_eq!(
        registered_fns, covered,
        "every trainer server function is in the matrix"
    );

    let mut other = staff(&app, "other.trainer", Role::Trainer).await;
    let mut official = staff(&app, "an.official", Role::Official).await;
    let mut learner = registered(&app, "nosy.learner", "chinar-tree-1947").await;
    let before = snapshot(&app).await;
    for (who, browser) in [
        ("other trainer", &mut other),
        ("official", &mut official),
        ("learner", &mut learner),
    ] {
        for page in &pages {
            let res = browser.get(&app, page).await;
            assert_eq!(res.status, StatusCode::FORBIDDEN, "{who}: GET {page}");
            assert!(
                !res.body.contains("Matrix Learner"),
                "{who}: GET {page} shows a name"
            );
        }
        for (endpoint, form) in &calls {
            if who == "other trainer" && *endpoint == "/api/create-cohort" {
                continue; // another trainer may make their own cohort
            }
            let path = endpoint.replace("{c}", &c);
            let res = browser.call(&app, &path, form).await;
            assert_eq!(
                res.status,
                StatusCode::FORBIDDEN,
                "{who}: POST {path}: {}",
                res.body
            );
        }
        let res = browser
            .upload(
                &app,
                &format!("/api/cohorts/{c}/upload"),
                "file",
                csv.as_bytes(),
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{who}: upload");
    }
    let mut guest = Browser::default();
    for page in &pages {
        let res = guest.get(&app, page).await;
        assert_eq!(
            res.location.as_deref().map(login_page),
            Some("/login"),
            "guest: GET {page}"
        );
        assert!(!res.body.contains("Matrix Learner"));
    }
    for (endpoint, form) in &calls {
        let path = endpoint.replace("{c}", &c);
        let res = guest.call(&app, &path, form).await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED, "guest: POST {path}");
    }
    let res = guest
        .upload(
            &app,
            &format!("/api/cohorts/{c}/upload"),
            "file",
            csv.as_bytes(),
        )
        .await;
    assert!(
        matches!(
            res.status,
            StatusCode::UNAUTHORIZED | StatusCode::SEE_OTHER | StatusCode::FOUND
        ),
        "guest: upload {}",
        res.status
    );
    assert_eq!(snapshot(&app).await, before, "nothing changed");

    // The cohort's trainer and an admin get through.
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    for page in &pages {
        assert_eq!(
            owner.get(&app, page).await.status,
            StatusCode::OK,
            "owner: GET {page}"
        );
        assert_eq!(
            admin.get(&app, page).await.status,
            StatusCode::OK,
            "admin: GET {page}"
        );
    }
}
