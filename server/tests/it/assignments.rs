//! Course assignments with due dates and attendance at in-person sessions, through the real
//! router on SQLite and on PostgreSQL: learners see assigned courses first with the due date and
//! "overdue" when late; a session marks the covered lessons done "at a session" for the present
//! learners only, never a final, keeps earlier self-study as it was, and refuses (storing
//! nothing) a lesson of an unassigned course or a learner from outside the cohort. A course
//! assigned to chosen learners of a cohort reaches only them: their dashboards, the grid, its
//! CSV file and the cohort's average progress. Only the cohort's trainer (or an admin) reaches
//! any of it.

use crate::common::{
    cohort, copy_dir, fixture, login_page, registered, staff, Browser, Page, TestApp,
};
use app::{
    auth::Role,
    i18n::{t_in, Lang},
};
use http::StatusCode;
use sea_orm::{ConnectionTrait, Statement};
use std::{collections::BTreeSet, path::PathBuf};

on_both_databases!(
    an_assigned_course_comes_first_on_the_dashboard_with_its_due_date,
    a_past_due_date_is_overdue_until_the_course_is_completed,
    only_the_cohorts_trainer_assigns_and_records_attendance,
    attendance_marks_covered_lessons_at_a_session_for_present_learners,
    attendance_refuses_foreign_lessons_and_learners_storing_nothing,
    a_failed_query_on_the_dashboard_is_a_503_not_an_empty_list,
    a_course_assigned_to_chosen_learners_reaches_only_them,
);

const PASSWORD: &str = "chinar-tree-1947";
/// Learners registered by `registered` read Urdu.
const UR: Lang = Lang::Ur;

/// The fixture pack plus a copy of it as a second course ("second-course", first in the
/// catalogue), imported.
async fn two_courses(app: &TestApp) {
    let dir: PathBuf = std::env::temp_dir().join(format!("sabaq-assign-{}", uuid::Uuid::new_v4()));
    copy_dir(&fixture(), &dir);
    copy_dir(&dir.join("test-course"), &dir.join("second-course"));
    let toml = dir.join("second-course/course.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    assert!(text.contains("Test Course"));
    std::fs::write(&toml, text.replace("Test Course", "Second Course")).unwrap();
    let report = app::courses::import::import_dir(&app.db, &dir)
        .await
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        report.imported,
        ["second-course", "test-course"],
        "{:?}",
        report.rejected
    );
}

/// The public id of the account `login`.
async fn pid_of(app: &TestApp, login: &str) -> String {
    let rows = rows(
        app,
        &format!("SELECT pid FROM users WHERE login = '{login}'"),
    )
    .await;
    rows[0].try_get_by_index(0).unwrap()
}

/// Registers a learner and adds them to the cohort; returns the signed-in browser and pid.
async fn member(
    app: &TestApp,
    trainer: &mut Browser,
    cohort: &str,
    login: &str,
) -> (Browser, String) {
    let learner = registered(app, login, PASSWORD).await;
    let pid = pid_of(app, login).await;
    let added = trainer
        .call(
            app,
            "/api/add-to-cohort",
            &[("cohort", cohort), ("learner", pid.as_str())],
        )
        .await;
    assert!(succeeded(&added), "add: {} {}", added.status, added.body);
    (learner, pid)
}

async fn rows(app: &TestApp, sql: &str) -> Vec<sea_orm::QueryResult> {
    app.db
        .query_all_raw(Statement::from_string(
            app.db.get_database_backend(),
            sql.to_owned(),
        ))
        .await
        .unwrap()
}

/// `(cohort name, course slug, due date)` of every assignment, by course.
async fn assignments(app: &TestApp) -> Vec<(String, String, Option<String>)> {
    rows(
        app,
        "SELECT c.name, co.slug, a.due_on FROM course_assignments a
         JOIN cohorts c ON c.id = a.cohort_id JOIN courses co ON co.id = a.course_id
         ORDER BY c.name, co.slug",
    )
    .await
    .iter()
    .map(|r| {
        (
            r.try_get_by_index(0).unwrap(),
            r.try_get_by_index(1).unwrap(),
            r.try_get_by_index(2).unwrap(),
        )
    })
    .collect()
}

/// `(login, lesson key, at a session)` of every lesson completion.
async fn completions(app: &TestApp) -> Vec<(String, String, bool)> {
    rows(
        app,
        "SELECT u.login, l.key, lc.training_session_id FROM lesson_completions lc
         JOIN users u ON u.id = lc.user_id JOIN lessons l ON l.id = lc.lesson_id
         ORDER BY u.login, l.key",
    )
    .await
    .iter()
    .map(|r| {
        (
            r.try_get_by_index(0).unwrap(),
            r.try_get_by_index(1).unwrap(),
            r.try_get_by_index::<Option<i32>>(2).unwrap().is_some(),
        )
    })
    .collect()
}

/// Rows in every table attendance writes to.
async fn attendance_rows(app: &TestApp) -> [i64; 4] {
    [
        app.count("training_sessions").await,
        app.count("training_attendance").await,
        app.count("training_session_lessons").await,
        app.count("lesson_completions").await,
    ]
}

fn assign_form<'a>(cohort: &'a str, course: &'a str, due: &'a str) -> [(&'a str, &'a str); 3] {
    [("cohort", cohort), ("course", course), ("due_on", due)]
}

/// The random key the attendance form carries.
fn form_key(body: &str) -> String {
    let marker = r#"name="form_key" value=""#;
    let at = body.find(marker).expect("form_key field") + marker.len();
    body[at..at + 36].to_owned()
}

/// A call that succeeded (a server function answers success with a redirect to its page).
fn succeeded(page: &Page) -> bool {
    page.status.is_success() || page.status.is_redirection()
}

/// Where `needle` first occurs in `body`.
fn at(body: &str, needle: &str) -> usize {
    body.find(needle)
        .unwrap_or_else(|| panic!("{needle} missing"))
}

async fn an_assigned_course_comes_first_on_the_dashboard_with_its_due_date(app: TestApp) {
    two_courses(&app).await;
    let mut trainer = staff(&app, "trainer.one", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Chinar SHG").await;
    let (mut learner, _) = member(&app, &mut trainer, &c, "shazia.bhat").await;
    // Started on her own: the second course (first in the catalogue).
    learner
        .post(
            &app,
            "/api/complete-lesson",
            &[
                ("course", "second-course"),
                ("lesson", "first-lesson"),
                ("next", "/dashboard"),
            ],
        )
        .await;
    let before = learner.get(&app, "/dashboard").await;
    assert!(
        at(&before.body, "/courses/second-course")
            < before
                .body
                .find("/courses/test-course")
                .unwrap_or(usize::MAX),
        "without assignments the catalogue order holds"
    );

    let done = trainer
        .post(
            &app,
            "/api/assign-course",
            &assign_form(&c, "test-course", "2100-01-31"),
        )
        .await;
    let path = format!("/cohorts/{c}/assignments");
    assert_eq!(done.location.as_deref(), Some(path.as_str()));
    assert_eq!(
        assignments(&app).await,
        [(
            "Chinar SHG".into(),
            "test-course".into(),
            Some("2100-01-31".into())
        )]
    );
    let page = trainer.get(&app, &path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Test Course") && page.body.contains("31-01-2100"));
    assert!(!page.body.contains(r#"class="overdue""#));

    let dash = learner.get(&app, "/dashboard").await;
    assert_eq!(dash.status, StatusCode::OK);
    assert!(
        at(&dash.body, "/courses/test-course") < at(&dash.body, "/courses/second-course"),
        "the assigned course comes first"
    );
    assert!(dash.body.contains(r#"datetime="2100-01-31""#) && dash.body.contains("31-01-2100"));
    assert!(dash.body.contains(&t_in(UR, "dashboard-due", &[])));
    assert!(!dash.body.contains(&t_in(UR, "assign-overdue", &[])));

    // Assigning again changes the due date; still one assignment.
    let again = trainer
        .call(
            &app,
            "/api/assign-course",
            &assign_form(&c, "test-course", "2099-12-31"),
        )
        .await;
    assert!(succeeded(&again), "{}", again.status);
    assert_eq!(
        assignments(&app).await,
        [(
            "Chinar SHG".into(),
            "test-course".into(),
            Some("2099-12-31".into())
        )]
    );
    // Bad dates and unknown courses are refused and change nothing.
    for (course, due) in [
        ("test-course", "2026-02-30"),
        ("test-course", "2019-12-31"),
        ("test-course", "2101-01-01"),
        ("test-course", "31-12-2026"),
        ("no-such-course", ""),
        ("", ""),
    ] {
        let res = trainer
            .call(&app, "/api/assign-course", &assign_form(&c, course, due))
            .await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{course} {due}");
    }
    let form = trainer
        .post(
            &app,
            "/api/assign-course",
            &assign_form(&c, "test-course", "2026-13-01"),
        )
        .await;
    assert_eq!(form.location.as_deref(), Some(path.as_str()));
    let shown = trainer.get(&app, &path).await;
    assert!(shown
        .body
        .contains(&t_in(Lang::En, "assign-error-due", &[])));
    assert_eq!(
        assignments(&app).await,
        [(
            "Chinar SHG".into(),
            "test-course".into(),
            Some("2099-12-31".into())
        )]
    );

    // No due date: listed without one. Removing takes it off the dashboard's first place.
    trainer
        .call(
            &app,
            "/api/assign-course",
            &assign_form(&c, "test-course", ""),
        )
        .await;
    assert_eq!(
        assignments(&app).await,
        [("Chinar SHG".into(), "test-course".into(), None)]
    );
    let removed = trainer
        .call(
            &app,
            "/api/unassign-course",
            &[("cohort", c.as_str()), ("course", "test-course")],
        )
        .await;
    assert!(succeeded(&removed), "{}", removed.status);
    assert!(assignments(&app).await.is_empty());
    let after = learner.get(&app, "/dashboard").await;
    assert!(
        !after.body.contains("/courses/test-course"),
        "not started, not assigned"
    );
}

async fn a_past_due_date_is_overdue_until_the_course_is_completed(app: TestApp) {
    two_courses(&app).await;
    let mut trainer = staff(&app, "trainer.one", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Chinar SHG").await;
    let (mut learner, _) = member(&app, &mut trainer, &c, "shazia.bhat").await;
    trainer
        .post(
            &app,
            "/api/assign-course",
            &assign_form(&c, "test-course", "2021-03-01"),
        )
        .await;
    trainer
        .post(
            &app,
            "/api/assign-course",
            &assign_form(&c, "second-course", "2100-01-01"),
        )
        .await;
    assert_eq!(assignments(&app).await.len(), 2);
    let overdue = t_in(UR, "assign-overdue", &[]);

    let dash = learner.get(&app, "/dashboard").await;
    assert_eq!(
        dash.body.matches(overdue.as_str()).count(),
        1,
        "one course is late"
    );
    assert!(
        at(&dash.body, "/courses/test-course") < at(&dash.body, "/courses/second-course"),
        "soonest due first"
    );
    let late = at(&dash.body, "/courses/test-course");
    let mark = at(&dash.body, &overdue);
    assert!(late < mark && mark < at(&dash.body, "/courses/second-course"));
    assert!(dash.body.contains("01-03-2021"));
    let page = trainer
        .get(&app, &format!("/cohorts/{c}/assignments"))
        .await;
    assert_eq!(
        page.body
            .matches(&t_in(Lang::En, "assign-overdue", &[]))
            .count(),
        1
    );

    // A certificate means completed: no longer overdue.
    let ids = rows(
        &app,
        "SELECT u.id, co.id FROM users u, courses co
         WHERE u.login = 'shazia.bhat' AND co.slug = 'test-course'",
    )
    .await;
    let (user, course): (i32, i32) = (
        ids[0].try_get_by_index(0).unwrap(),
        ids[0].try_get_by_index(1).unwrap(),
    );
    app::certificates::repo::issue(&app.db, user, course, 100)
        .await
        .unwrap();
    let done = learner.get(&app, "/dashboard").await;
    assert!(!done.body.contains(&overdue));
    assert!(done.body.contains("01-03-2021"), "the due date still shows");
}

async fn only_the_cohorts_trainer_assigns_and_records_attendance(app: TestApp) {
    two_courses(&app).await;
    let mut trainer = staff(&app, "trainer.one", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Chinar SHG").await;
    let (member_browser, member_pid) = member(&app, &mut trainer, &c, "in.cohort").await;
    trainer
        .call(
            &app,
            "/api/assign-course",
            &assign_form(&c, "test-course", "2100-01-01"),
        )
        .await;
    let callers = [
        ("anonymous", Browser::default()),
        ("member learner", member_browser),
        (
            "other trainer",
            staff(&app, "trainer.two", Role::Trainer).await,
        ),
        ("official", staff(&app, "an.official", Role::Official).await),
    ];
    let key = uuid::Uuid::new_v4().to_string();
    let today = app::i18n::today();
    let calls: [(&str, Vec<(&str, &str)>); 3] = [
        (
            "/api/assign-course",
            assign_form(&c, "second-course", "").to_vec(),
        ),
        (
            "/api/unassign-course",
            vec![("cohort", c.as_str()), ("course", "test-course")],
        ),
        (
            "/api/record-session",
            vec![
                ("cohort", c.as_str()),
                ("form_key", key.as_str()),
                ("held_on", today.as_str()),
                ("present[]", member_pid.as_str()),
                ("lessons[]", "test-course:first-lesson"),
            ],
        ),
    ];
    for (who, mut browser) in callers {
        let expected = if who == "anonymous" {
            StatusCode::UNAUTHORIZED
        } else {
            StatusCode::FORBIDDEN
        };
        for (endpoint, form) in &calls {
            let res = browser.call(&app, endpoint, form).await;
            assert_eq!(res.status, expected, "{who} {endpoint} {}", res.body);
            let posted = browser.post(&app, endpoint, form).await;
            assert!(
                posted.status.is_client_error() || posted.status.is_redirection(),
                "{who} {endpoint} form: {}",
                posted.status
            );
        }
        for page in ["assignments", "attendance"] {
            let res = browser.get(&app, &format!("/cohorts/{c}/{page}")).await;
            if who == "anonymous" {
                assert_eq!(
                    res.location.as_deref().map(login_page),
                    Some("/login"),
                    "{who} {page}"
                );
            } else {
                assert_eq!(res.status, StatusCode::FORBIDDEN, "{who} {page}");
                assert!(
                    !res.body.contains("Chinar SHG"),
                    "{who} {page} leaks the cohort"
                );
                assert!(
                    !res.body.contains("in.cohort"),
                    "{who} {page} leaks learners"
                );
            }
        }
    }
    assert_eq!(
        assignments(&app).await,
        [(
            "Chinar SHG".into(),
            "test-course".into(),
            Some("2100-01-01".into())
        )]
    );
    assert_eq!(attendance_rows(&app).await, [0, 0, 0, 0]);
    // The trainer and an admin reach both pages; a cohort that does not exist is 404.
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    for browser in [&mut trainer, &mut admin] {
        for page in ["assignments", "attendance"] {
            let res = browser.get(&app, &format!("/cohorts/{c}/{page}")).await;
            assert_eq!(res.status, StatusCode::OK, "{page}");
        }
    }
    let missing = format!("/cohorts/{}/assignments", uuid::Uuid::new_v4());
    assert_eq!(
        trainer.get(&app, &missing).await.status,
        StatusCode::NOT_FOUND
    );
}

async fn attendance_marks_covered_lessons_at_a_session_for_present_learners(app: TestApp) {
    two_courses(&app).await;
    let mut trainer = staff(&app, "trainer.one", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Chinar SHG").await;
    let (mut self_study, a) = member(&app, &mut trainer, &c, "a.self.study").await;
    let (_, b) = member(&app, &mut trainer, &c, "b.present").await;
    let (_, absent) = member(&app, &mut trainer, &c, "c.absent").await;
    self_study
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
    assert_eq!(
        completions(&app).await,
        [("a.self.study".into(), "first-lesson".into(), false)]
    );
    trainer
        .call(
            &app,
            "/api/assign-course",
            &assign_form(&c, "test-course", ""),
        )
        .await;

    let path = format!("/cohorts/{c}/attendance");
    let page = trainer.get(&app, &path).await;
    assert_eq!(page.status, StatusCode::OK);
    for pid in [&a, &b, &absent] {
        assert!(page
            .body
            .contains(&format!(r#"name="present[]" value="{pid}""#)));
    }
    assert!(page
        .body
        .contains(r#"name="lessons[]" value="test-course:first-lesson""#));
    assert!(page
        .body
        .contains(r#"name="lessons[]" value="test-course:second-lesson""#));
    assert!(
        !page.body.contains("second-course:"),
        "unassigned course listed"
    );
    assert!(!page.body.contains(":final\"") && !page.body.contains(":basics-practice\""));
    let key = form_key(&page.body);

    let today = app::i18n::today();
    let form = [
        ("cohort", c.as_str()),
        ("form_key", key.as_str()),
        ("held_on", today.as_str()),
        ("present[]", a.as_str()),
        ("present[]", b.as_str()),
        ("lessons[]", "test-course:first-lesson"),
        ("lessons[]", "test-course:second-lesson"),
    ];
    let done = trainer.post(&app, "/api/record-session", &form).await;
    assert_eq!(done.location.as_deref(), Some(path.as_str()));
    assert_eq!(
        completions(&app).await,
        [
            ("a.self.study".into(), "first-lesson".into(), false),
            ("a.self.study".into(), "second-lesson".into(), true),
            ("b.present".into(), "first-lesson".into(), true),
            ("b.present".into(), "second-lesson".into(), true),
        ],
        "present learners only, self-study kept"
    );
    assert_eq!(attendance_rows(&app).await, [1, 2, 2, 4]);
    let session_ids = rows(
        &app,
        "SELECT DISTINCT lc.training_session_id FROM lesson_completions lc
         WHERE lc.training_session_id IS NOT NULL",
    )
    .await;
    let session: i32 = rows(&app, "SELECT id FROM training_sessions").await[0]
        .try_get_by_index(0)
        .unwrap();
    assert_eq!(session_ids.len(), 1);
    assert_eq!(session_ids[0].try_get_by_index::<i32>(0).unwrap(), session);
    // Nothing about quizzes: no attempt, no certificate.
    assert_eq!(app.count("quiz_attempts").await, 0);
    assert_eq!(app.count("certificates").await, 0);

    // The same form posted again records nothing more.
    let again = trainer.call(&app, "/api/record-session", &form).await;
    assert!(succeeded(&again), "{}", again.status);
    trainer.post(&app, "/api/record-session", &form).await;
    assert_eq!(attendance_rows(&app).await, [1, 2, 2, 4]);

    // The session is listed with its date, how many were present and the lessons.
    let list = trainer.get(&app, &path).await;
    let shown_date = format!("{}-{}-{}", &today[8..10], &today[5..7], &today[0..4]);
    let past = &list.body[at(&list.body, &t_in(Lang::En, "attendance-past-heading", &[]))..];
    assert!(past.contains(&format!(r#"datetime="{today}""#)) && past.contains(&shown_date));
    assert!(past.contains(r#"<td class="number">2</td>"#), "two present");
    assert!(
        past.contains("First lesson") && past.contains("Second lesson"),
        "covered lessons listed"
    );

    // A second session with a new form counts what is new only.
    let key2 = uuid::Uuid::new_v4().to_string();
    let second = [
        ("cohort", c.as_str()),
        ("form_key", key2.as_str()),
        ("held_on", today.as_str()),
        ("present[]", b.as_str()),
        ("present[]", absent.as_str()),
        ("lessons[]", "test-course:first-lesson"),
    ];
    let res = trainer.call(&app, "/api/record-session", &second).await;
    assert!(succeeded(&res), "{}", res.status);
    assert_eq!(attendance_rows(&app).await, [2, 4, 3, 5]);
    assert!(completions(&app)
        .await
        .contains(&("c.absent".into(), "first-lesson".into(), true)));
}

async fn attendance_refuses_foreign_lessons_and_learners_storing_nothing(app: TestApp) {
    two_courses(&app).await;
    let mut trainer = staff(&app, "trainer.one", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Chinar SHG").await;
    let (_, inside) = member(&app, &mut trainer, &c, "in.cohort").await;
    // A learner of another trainer's cohort, and one in no cohort.
    let mut other = staff(&app, "trainer.two", Role::Trainer).await;
    let other_cohort = cohort(&app, &mut other, "Other SHG").await;
    let (_, elsewhere) = member(&app, &mut other, &other_cohort, "other.cohort").await;
    registered(&app, "no.cohort", PASSWORD).await;
    let nowhere = pid_of(&app, "no.cohort").await;
    trainer
        .call(
            &app,
            "/api/assign-course",
            &assign_form(&c, "test-course", ""),
        )
        .await;
    other
        .call(
            &app,
            "/api/assign-course",
            &assign_form(&other_cohort, "second-course", ""),
        )
        .await;
    let before = attendance_rows(&app).await;
    assert_eq!(before, [0, 0, 0, 0]);

    let today = app::i18n::today();
    let good_lesson = "test-course:first-lesson";
    let cases: [(&str, &str, &[&str], &[&str]); 8] = [
        (
            "unassigned course",
            &today,
            &[&inside],
            &["second-course:first-lesson"],
        ),
        (
            "learner of another cohort",
            &today,
            &[&inside, &elsewhere],
            &[good_lesson],
        ),
        ("learner in no cohort", &today, &[&nowhere], &[good_lesson]),
        (
            "a final is not a lesson",
            &today,
            &[&inside],
            &["test-course:final"],
        ),
        (
            "a quiz is not a lesson",
            &today,
            &[&inside],
            &["test-course:basics-practice"],
        ),
        ("nobody present", &today, &[], &[good_lesson]),
        ("a future date", "2099-01-01", &[&inside], &[good_lesson]),
        ("not a date", "05-12-2026", &[&inside], &[good_lesson]),
    ];
    for (case, held_on, learners, lessons) in cases {
        let key = uuid::Uuid::new_v4().to_string();
        let mut form = vec![
            ("cohort", c.as_str()),
            ("form_key", key.as_str()),
            ("held_on", held_on),
        ];
        form.extend(learners.iter().map(|p| ("present[]", *p)));
        form.extend(lessons.iter().map(|l| ("lessons[]", *l)));
        let res = trainer.call(&app, "/api/record-session", &form).await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{case}: {}", res.body);
        assert_eq!(
            attendance_rows(&app).await,
            before,
            "{case} stored something"
        );
    }
    // From the browser: back to the form with the reason.
    let key = uuid::Uuid::new_v4().to_string();
    let form = [
        ("cohort", c.as_str()),
        ("form_key", key.as_str()),
        ("held_on", today.as_str()),
        ("present[]", elsewhere.as_str()),
        ("lessons[]", good_lesson),
    ];
    let posted = trainer.post(&app, "/api/record-session", &form).await;
    let path = format!("/cohorts/{c}/attendance");
    assert_eq!(posted.location.as_deref(), Some(path.as_str()));
    let page = trainer.get(&app, &path).await;
    assert!(page
        .body
        .contains(&t_in(Lang::En, "attendance-error-learner", &[])));
    assert_eq!(attendance_rows(&app).await, before);
    // The other trainer's lessons and learners stay theirs: the same ids work in their cohort.
    let key = uuid::Uuid::new_v4().to_string();
    let ok = other
        .call(
            &app,
            "/api/record-session",
            &[
                ("cohort", other_cohort.as_str()),
                ("form_key", key.as_str()),
                ("held_on", today.as_str()),
                ("present[]", elsewhere.as_str()),
                ("lessons[]", "second-course:first-lesson"),
            ],
        )
        .await;
    assert!(succeeded(&ok), "{}", ok.status);
    assert_eq!(attendance_rows(&app).await, [1, 1, 1, 1]);
}

async fn a_failed_query_on_the_dashboard_is_a_503_not_an_empty_list(app: TestApp) {
    two_courses(&app).await;
    let mut learner = registered(&app, "shazia.bhat", PASSWORD).await;
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
    assert_eq!(learner.get(&app, "/dashboard").await.status, StatusCode::OK);
    // Its chosen learners first: PostgreSQL keeps a table others refer to.
    for table in ["course_assignment_learners", "course_assignments"] {
        app.db
            .execute_unprepared(&format!("DROP TABLE {table}"))
            .await
            .unwrap();
    }
    let page = learner.get(&app, "/dashboard").await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(page.body.contains(&t_in(UR, "error-internal", &[])));
    assert!(!page.body.contains("/courses/test-course"));
}

/// `(course slug, login)` of every chosen learner of every assignment.
async fn chosen(app: &TestApp) -> Vec<(String, String)> {
    rows(
        app,
        "SELECT co.slug, u.login FROM course_assignment_learners cal
         JOIN course_assignments a ON a.id = cal.assignment_id
         JOIN courses co ON co.id = a.course_id JOIN users u ON u.id = cal.user_id
         ORDER BY co.slug, u.login",
    )
    .await
    .iter()
    .map(|r| {
        (
            r.try_get_by_index(0).unwrap(),
            r.try_get_by_index(1).unwrap(),
        )
    })
    .collect()
}

/// One number from a query.
async fn number_of(app: &TestApp, sql: &str) -> i64 {
    rows(app, sql).await[0].try_get_by_index(0).unwrap()
}

/// The public ids of the learners the grid lists for the course titled `title`.
fn grid_learners(body: &str, title: &str) -> BTreeSet<String> {
    let marker = r#"data-learner=""#;
    let section = body
        .split(r#"<section class="progress-course""#)
        .skip(1)
        .map(|s| &s[..s.find("</section>").expect("section end")])
        .find(|s| s[..s.find("</h2>").unwrap()].contains(title))
        .unwrap_or_else(|| panic!("no grid of {title}"));
    section
        .match_indices(marker)
        .map(|(at, _)| {
            let rest = &section[at + marker.len()..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .collect()
}

/// The logins of the CSV export's rows for the course titled `title`, and how many data rows
/// it has in all.
fn csv_learners(body: &str, title: &str) -> (BTreeSet<String>, usize) {
    let lines: Vec<&str> = body
        .trim_start_matches('\u{feff}')
        .split_terminator("\r\n")
        .skip(1)
        .collect();
    let logins = lines
        .iter()
        .map(|line| {
            line.split(',')
                .map(|c| c.trim_matches('"'))
                .collect::<Vec<_>>()
        })
        .filter(|cells| cells[3] == title)
        .map(|cells| cells[1].to_owned())
        .collect();
    (logins, lines.len())
}

async fn a_course_assigned_to_chosen_learners_reaches_only_them(app: TestApp) {
    two_courses(&app).await;
    let mut trainer = staff(&app, "trainer.one", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Chinar SHG").await;
    let (mut asha, asha_pid) = member(&app, &mut trainer, &c, "asha.chosen").await;
    let (mut bilal, bilal_pid) = member(&app, &mut trainer, &c, "bilal.chosen").await;
    let (mut chetna, chetna_pid) = member(&app, &mut trainer, &c, "chetna.other").await;
    let path = format!("/cohorts/{c}/assignments");

    // The form offers every member.
    let page = trainer.get(&app, &path).await;
    for pid in [&asha_pid, &bilal_pid, &chetna_pid] {
        assert!(
            page.body
                .contains(&format!(r#"name="learners[]" value="{pid}""#)),
            "a box for {pid}"
        );
    }
    // The second course to the whole cohort, the test course to Asha and Bilal only.
    let whole = trainer
        .call(
            &app,
            "/api/assign-course",
            &assign_form(&c, "second-course", ""),
        )
        .await;
    assert!(succeeded(&whole), "{} {}", whole.status, whole.body);
    let done = trainer
        .post(
            &app,
            "/api/assign-course",
            &[
                ("cohort", c.as_str()),
                ("course", "test-course"),
                ("due_on", "2100-01-31"),
                ("learners[]", asha_pid.as_str()),
                ("learners[]", bilal_pid.as_str()),
            ],
        )
        .await;
    assert_eq!(done.location.as_deref(), Some(path.as_str()));
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        chosen(&app).await,
        pairs(&[
            ("test-course", "asha.chosen"),
            ("test-course", "bilal.chosen")
        ])
    );
    let page = trainer.get(&app, &path).await;
    assert!(page
        .body
        .contains(&t_in(Lang::En, "assign-whole-cohort", &[])));
    assert!(page.body.contains(&t_in(
        Lang::En,
        "assign-chosen-count",
        &[("count", "2".into())]
    )));
    let details = &page.body[at(&page.body, r#"<details class="chosen-learners""#)..];
    let details = &details[..at(details, "</details>")];
    assert!(details.contains("asha.chosen") && details.contains("bilal.chosen"));
    assert!(!details.contains("chetna.other"));

    // Dashboards: the chosen two see the test course with its due date; Chetna does not.
    for (who, browser) in [("asha", &mut asha), ("bilal", &mut bilal)] {
        let dash = browser.get(&app, "/dashboard").await;
        assert_eq!(dash.status, StatusCode::OK);
        assert!(dash.body.contains("/courses/test-course"), "{who}");
        assert!(dash.body.contains(r#"datetime="2100-01-31""#), "{who}");
        assert!(dash.body.contains("/courses/second-course"), "{who}");
    }
    let dash = chetna.get(&app, "/dashboard").await;
    assert!(dash.body.contains("/courses/second-course"));
    assert!(!dash.body.contains("/courses/test-course"));
    assert!(!dash.body.contains(r#"datetime="2100-01-31""#));

    // Asha does a lesson of the test course; Chetna too, on her own (not assigned to her).
    for browser in [&mut asha, &mut chetna] {
        browser
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
    }
    assert_eq!(app.count("lesson_completions").await, 2);

    // The grid and its CSV list only the chosen two for the test course, everyone for the other.
    let grid = trainer.get(&app, &format!("/cohorts/{c}/progress")).await;
    assert_eq!(grid.status, StatusCode::OK);
    let everyone = BTreeSet::from([asha_pid.clone(), bilal_pid.clone(), chetna_pid.clone()]);
    let two = BTreeSet::from([asha_pid.clone(), bilal_pid.clone()]);
    assert_eq!(grid_learners(&grid.body, "Test Course"), two);
    assert_eq!(grid_learners(&grid.body, "Second Course"), everyone);
    let csv = trainer
        .get(&app, &format!("/cohorts/{c}/progress.csv"))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    let (logins, total) = csv_learners(&csv.body, "Test Course");
    let chosen_logins: BTreeSet<String> = chosen(&app).await.into_iter().map(|(_, l)| l).collect();
    assert_eq!(logins, chosen_logins);
    // Rows: each chosen learner once, plus every member for each whole-cohort assignment.
    let expected_rows = number_of(&app, "SELECT COUNT(*) FROM course_assignment_learners").await
        + number_of(
            &app,
            "SELECT COUNT(*) FROM cohort_members m JOIN course_assignments a
             ON a.cohort_id = m.cohort_id WHERE a.id NOT IN
             (SELECT assignment_id FROM course_assignment_learners)",
        )
        .await;
    assert_eq!(expected_rows, 5);
    assert_eq!(total as i64, expected_rows, "{}", csv.body);

    // Average progress: the test course's lessons for two learners and the second course's for
    // three; only Asha's lesson counts (Chetna's is of a course not assigned to her).
    let lessons = |slug: &'static str| {
        let app = &app;
        async move {
            number_of(
                app,
                &format!(
                    "SELECT COUNT(*) FROM lessons l JOIN courses co ON co.id = l.course_id
                     WHERE co.slug = '{slug}'"
                ),
            )
            .await
        }
    };
    let (test_lessons, second_lessons) =
        (lessons("test-course").await, lessons("second-course").await);
    let average = || async {
        let user = app::auth::users::find_by_login(&app.db, "trainer.one")
            .await
            .unwrap()
            .unwrap();
        let viewer = app::auth::users::to_viewer(user, None);
        let list = app::cohorts::repo::list_for(&app.db, &viewer)
            .await
            .unwrap();
        assert_eq!(list.len(), 1);
        list[0].average_progress
    };
    let possible = 2 * test_lessons + 3 * second_lessons;
    assert_eq!(average().await as i64, 100 / possible);

    // A learner who is not a member, or a malformed id, is refused and nothing changes.
    let _outsider = registered(&app, "outside.learner", PASSWORD).await;
    let outsider = pid_of(&app, "outside.learner").await;
    let counts = || async {
        [
            app.count("course_assignments").await,
            app.count("course_assignment_learners").await,
        ]
    };
    let before = (counts().await, assignments(&app).await, chosen(&app).await);
    let unknown = uuid::Uuid::new_v4().to_string();
    for bad in [outsider.as_str(), unknown.as_str(), "Not An Id"] {
        let res = trainer
            .call(
                &app,
                "/api/assign-course",
                &[
                    ("cohort", c.as_str()),
                    ("course", "test-course"),
                    ("due_on", "2099-01-01"),
                    ("learners[]", chetna_pid.as_str()),
                    ("learners[]", bad),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{bad}: {}", res.body);
        assert_eq!(
            (counts().await, assignments(&app).await, chosen(&app).await),
            before,
            "{bad}"
        );
    }
    let form = trainer
        .post(
            &app,
            "/api/assign-course",
            &[
                ("cohort", c.as_str()),
                ("course", "second-course"),
                ("due_on", ""),
                ("learners[]", outsider.as_str()),
            ],
        )
        .await;
    assert_eq!(form.location.as_deref(), Some(path.as_str()));
    let shown = trainer.get(&app, &path).await;
    assert!(shown
        .body
        .contains(&t_in(Lang::En, "assign-error-learner", &[])));
    assert_eq!(
        (counts().await, assignments(&app).await, chosen(&app).await),
        before
    );

    // Assigning again replaces the learners and the due date: now Chetna only…
    trainer
        .call(
            &app,
            "/api/assign-course",
            &[
                ("cohort", c.as_str()),
                ("course", "test-course"),
                ("due_on", "2099-06-30"),
                ("learners[]", chetna_pid.as_str()),
            ],
        )
        .await;
    assert_eq!(
        chosen(&app).await,
        pairs(&[("test-course", "chetna.other")])
    );
    assert!(assignments(&app).await.contains(&(
        "Chinar SHG".into(),
        "test-course".into(),
        Some("2099-06-30".into())
    )));
    let dash = bilal.get(&app, "/dashboard").await;
    assert!(!dash.body.contains("/courses/test-course"));
    assert!(chetna
        .get(&app, "/dashboard")
        .await
        .body
        .contains(r#"datetime="2099-06-30""#));

    // …then, with no box ticked, the whole cohort: all three see it, the grid lists all three.
    let back = trainer
        .call(
            &app,
            "/api/assign-course",
            &assign_form(&c, "test-course", "2099-06-30"),
        )
        .await;
    assert!(succeeded(&back), "{}", back.status);
    assert!(chosen(&app).await.is_empty());
    assert_eq!(app.count("course_assignments").await, 2);
    for browser in [&mut asha, &mut bilal, &mut chetna] {
        let dash = browser.get(&app, "/dashboard").await;
        assert!(dash.body.contains("/courses/test-course"));
        assert!(dash.body.contains(r#"datetime="2099-06-30""#));
    }
    let grid = trainer.get(&app, &format!("/cohorts/{c}/progress")).await;
    assert_eq!(grid_learners(&grid.body, "Test Course"), everyone);
    let csv = trainer
        .get(&app, &format!("/cohorts/{c}/progress.csv"))
        .await;
    let (logins, total) = csv_learners(&csv.body, "Test Course");
    assert_eq!(logins.len(), 3);
    assert_eq!(total, 6);
    let page = trainer.get(&app, &path).await;
    assert_eq!(
        page.body
            .matches(&t_in(Lang::En, "assign-whole-cohort", &[]))
            .count(),
        2
    );
    // Both lessons count now, out of both courses' lessons for all three.
    let possible = 3 * test_lessons + 3 * second_lessons;
    assert_eq!(average().await as i64, 200 / possible);
}
