//! Final assessments keep their answer key: a few attempts in any 24 hours (per course), held
//! under a burst of simultaneous submissions, and a failed final names the modules to revise,
//! never the questions that were right or wrong. On both databases.

use crate::common::{
    attempt_id, copy_dir, fixture, imported, registered, Browser, TestApp, ORIGIN,
};
use app::{
    db::entities::quiz_attempt,
    i18n::{t_in, Lang},
};
use axum::body::Body;
use http::{header, Request, StatusCode};
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};
use std::path::{Path, PathBuf};
use tower::ServiceExt;

on_both_databases!(
    the_fourth_final_in_a_day_is_refused_and_stores_nothing,
    a_burst_of_finals_stores_no_more_than_the_limit,
    a_failed_final_names_modules_to_revise_never_answers,
    the_limit_is_set_per_course,
);

const FINAL: &str = "/courses/test-course/quizzes/final";
/// One of three right (f3): fails the pass mark of 60%.
const FAIL: [(&str, &str); 3] = [
    ("answers[f1]", "b"),
    ("answers[f2]", "false"),
    ("answers[f3]", "b"),
];
const PASS: [(&str, &str); 3] = [
    ("answers[f1]", "a"),
    ("answers[f2]", "true"),
    ("answers[f3]", "b"),
];
/// Learners registered by `registered` read Urdu.
const UR: Lang = Lang::Ur;

fn final_form<'a>(attempt: &'a str, answers: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("course", "test-course"),
        ("quiz", "final"),
        ("attempt", attempt),
    ];
    form.extend_from_slice(answers);
    form
}

fn tr(id: &str, args: &[(&str, String)]) -> String {
    t_in(UR, id, args)
}

/// The fixture pack with a second module ("extras", titled in Urdu) whose final questions name
/// their modules (f1, f2: basics; f3: extras), and `extra_course_lines` added to course.toml.
fn two_module_pack(extra_course_lines: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sabaq-finals-{}", uuid::Uuid::new_v4()));
    copy_dir(&fixture(), &dir);
    let pack = dir.join("test-course");
    let edit = |file: &str, from: &str, to: &str| {
        let path = pack.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has {from}");
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    };
    edit(
        "course.toml",
        r#"modules = ["basics"]"#,
        &format!("{extra_course_lines}\nmodules = [\"basics\", \"extras\"]"),
    );
    for (id, module) in [("f1", "basics"), ("f2", "basics"), ("f3", "extras")] {
        let line = format!("id = \"{id}\"");
        edit(
            "quizzes/final.toml",
            &line,
            &format!("{line}\nmodule = \"{module}\""),
        );
    }
    let write = |file: &str, text: &str| std::fs::write(pack.join(file), text).unwrap();
    write(
        "modules/extras.toml",
        "lessons = [\"extra-lesson\"]\nquiz = \"extras-practice\"\n\n[title]\nen = \"Extras\"\nur = \"اضافی باتیں\"\n\n[summary]\nen = \"More.\"\n",
    );
    write(
        "lessons/en/extra-lesson.md",
        "# Extra lesson\n\nMore text.\n",
    );
    write(
        "quizzes/extras-practice.toml",
        "[[questions]]\nid = \"x1\"\nkind = \"true-false\"\nanswer = [\"true\"]\n",
    );
    write(
        "quizzes/en/extras-practice.toml",
        "[x1]\nprompt = \"Extra?\"\n",
    );
    dir
}

async fn import(app: &TestApp, dir: &Path) {
    let report = app::courses::import::import_dir(&app.db, dir)
        .await
        .unwrap();
    assert_eq!(report.imported, ["test-course"], "{:?}", report.rejected);
    let _ = std::fs::remove_dir_all(dir);
}

/// Takes the final once with `answers`; returns the attempt id.
async fn take_final(app: &TestApp, learner: &mut Browser, answers: &[(&str, &str)]) -> String {
    let attempt = attempt_id(&learner.get(app, FINAL).await.body);
    let done = learner
        .post(app, "/api/submit-quiz", &final_form(&attempt, answers))
        .await;
    assert_eq!(
        done.location,
        Some(format!("{FINAL}/attempts/{attempt}")),
        "submitted"
    );
    attempt
}

/// The time of day, in India, printed for "try again after": `at` rounded up to the minute.
fn india_clock(at: i64) -> String {
    let minutes = ((at + 59).div_euclid(60) + 330).rem_euclid(24 * 60);
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

async fn the_fourth_final_in_a_day_is_refused_and_stores_nothing(app: TestApp) {
    imported(&app).await;
    let mut learner = registered(&app, "final.one", "walnut-grove-1990").await;
    let mut attempts = Vec::new();
    for left in [3, 2, 1] {
        let page = learner.get(&app, FINAL).await.body;
        let hint = tr(
            "quiz-final-attempts-left",
            &[("limit", "3".into()), ("left", left.to_string())],
        );
        assert!(page.contains(&hint), "{left} attempts left shown");
        attempts.push(take_final(&app, &mut learner, &FAIL).await);
    }
    assert_eq!(app.count("quiz_attempts").await, 3);

    // The page says so, with the time the oldest attempt stops counting, and has no form.
    let page = learner.get(&app, FINAL).await;
    assert_eq!(page.status, StatusCode::OK);
    let used = tr("quiz-final-limit-used", &[("limit", "3".into())]);
    assert!(page.body.contains(&used), "limit reached shown");
    assert!(!page.body.contains("/api/submit-quiz") && !page.body.contains(r#"name="attempt""#));
    let oldest = quiz_attempt::Entity::find()
        .order_by_asc(quiz_attempt::Column::CreatedAt)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let again = india_clock(oldest.created_at + 24 * 3600);
    assert!(page.body.contains(&again), "try again after {again}");

    // A fourth submission (a saved page, or code) is refused and stores nothing.
    let fourth = uuid::Uuid::new_v4().to_string();
    let refused = learner
        .post(&app, "/api/submit-quiz", &final_form(&fourth, &PASS))
        .await;
    // Back to the quiz with the attempt, so answers saved in it are still there.
    let back_to = format!("{FINAL}?attempt={fourth}");
    assert_eq!(refused.location, Some(back_to.clone()));
    let back = learner.get(&app, &back_to).await.body;
    assert!(
        back.contains(&tr("quiz-final-limit-reached", &[])),
        "the refusal explained"
    );
    let called = learner
        .call(&app, "/api/submit-quiz", &final_form(&fourth, &PASS))
        .await;
    assert_eq!(called.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(called.body.contains("FinalAttemptsUsed"), "{}", called.body);
    assert_eq!(app.count("quiz_attempts").await, 3);
    assert_eq!(app.count("certificates").await, 0);
    let result = learner
        .get(&app, &format!("{FINAL}/attempts/{fourth}"))
        .await;
    assert_eq!(result.status, StatusCode::NOT_FOUND);

    // A replay of a counted attempt is still answered with its result.
    let third = &attempts[2];
    let replay = learner
        .post(&app, "/api/submit-quiz", &final_form(third, &FAIL))
        .await;
    assert_eq!(replay.location, Some(format!("{FINAL}/attempts/{third}")));
    let replay = learner
        .call(&app, "/api/submit-quiz", &final_form(third, &FAIL))
        .await;
    assert_eq!(replay.status, StatusCode::OK);
    assert_eq!(app.count("quiz_attempts").await, 3);

    // Once the oldest attempt is a day old, one more may be taken.
    app.db
        .execute_unprepared(&format!(
            "UPDATE quiz_attempts SET created_at = created_at - {} WHERE attempt_key = '{}'",
            24 * 3600,
            attempts[0]
        ))
        .await
        .unwrap();
    let page = learner.get(&app, FINAL).await.body;
    assert!(page.contains(&tr(
        "quiz-final-attempts-left",
        &[("limit", "3".into()), ("left", "1".into())]
    )));
    take_final(&app, &mut learner, &PASS).await;
    assert_eq!(app.count("certificates").await, 1);
    // Another learner's attempts are their own.
    let mut other = registered(&app, "final.two", "walnut-grove-1990").await;
    take_final(&app, &mut other, &FAIL).await;
}

/// A code call submitting the final, sent on its own task.
fn spawn_submit(
    app: &TestApp,
    cookies: &str,
    attempt: &str,
) -> tokio::task::JoinHandle<StatusCode> {
    let body = crate::common::encode(&final_form(attempt, &FAIL));
    let req = Request::builder()
        .method("POST")
        .uri("/api/submit-quiz")
        .header(header::HOST, ORIGIN.trim_start_matches("http://"))
        .header(header::ORIGIN, ORIGIN)
        .header(header::ACCEPT, "application/json")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookies)
        .body(Body::from(body))
        .unwrap();
    let router = app.router.clone();
    tokio::spawn(async move { router.oneshot(req).await.unwrap().status() })
}

async fn burst(app: &TestApp, cookies: &str, attempts: &[String]) -> Vec<StatusCode> {
    let tasks: Vec<_> = attempts
        .iter()
        .map(|a| spawn_submit(app, cookies, a))
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    statuses
}

async fn a_burst_of_finals_stores_no_more_than_the_limit(app: TestApp) {
    imported(&app).await;
    let learner = registered(&app, "final.burst", "walnut-grove-1990").await;
    let cookies = learner.cookie_header();
    let attempts: Vec<String> = (0..8).map(|_| uuid::Uuid::new_v4().to_string()).collect();
    let statuses = burst(&app, &cookies, &attempts).await;
    let ok = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!((ok, refused), (3, 5), "{statuses:?}");
    assert_eq!(app.count("quiz_attempts").await, 3);

    // The same eight again, at once: the three counted are answered, the others still refused.
    let again = burst(&app, &cookies, &attempts).await;
    for (first, second) in statuses.iter().zip(&again) {
        assert_eq!(first, second, "{statuses:?} then {again:?}");
    }
    assert_eq!(app.count("quiz_attempts").await, 3);
}

async fn a_failed_final_names_modules_to_revise_never_answers(app: TestApp) {
    import(&app, &two_module_pack("")).await;
    let mut learner = registered(&app, "final.revise", "walnut-grove-1990").await;
    // f1 and f2 (module basics) wrong, f3 (extras) right.
    let attempt = take_final(&app, &mut learner, &FAIL).await;
    let result = learner
        .get(&app, &format!("{FINAL}/attempts/{attempt}"))
        .await;
    assert_eq!(result.status, StatusCode::OK);
    let page = result.body;
    assert!(
        page.contains(r#"data-correct="1" data-total="3""#),
        "the score"
    );
    assert!(page.contains(&tr("quiz-revise-heading", &[])));
    assert!(page.contains("<li>Basics</li>"), "the module to revise");
    assert!(
        !page.contains("اضافی باتیں"),
        "a module answered right is not named"
    );
    for leak in [
        "Final one?",
        "Final two?",
        "Final three?",
        "Final Alpha",
        "Final Bravo",
        "Last Bravo",
        r#"class="review""#,
        "class=\"card right\"",
        "class=\"card wrong\"",
    ] {
        assert!(!page.contains(leak), "failed final shows {leak:?}");
    }
    for id in [
        "quiz-your-answer",
        "quiz-correct",
        "quiz-incorrect",
        "quiz-right-answer",
    ] {
        assert!(!page.contains(&tr(id, &[])), "failed final shows {id}");
    }

    // Wrong in both modules: both named, in the reader's language, in course order.
    let both = take_final(
        &app,
        &mut learner,
        &[
            ("answers[f1]", "a"),
            ("answers[f2]", "false"),
            ("answers[f3]", "a"),
        ],
    )
    .await;
    let page = learner
        .get(&app, &format!("{FINAL}/attempts/{both}"))
        .await
        .body;
    let basics = page.find("<li>Basics</li>").expect("basics named");
    let extras = page
        .find("<li>اضافی باتیں</li>")
        .expect("extras named in Urdu");
    assert!(basics < extras);

    // A passed final shows the score and the certificate, nothing to revise.
    let passed = take_final(&app, &mut learner, &PASS).await;
    let page = learner
        .get(&app, &format!("{FINAL}/attempts/{passed}"))
        .await
        .body;
    assert!(page.contains(r#"data-correct="3" data-total="3""#) && page.contains("/certificates/"));
    assert!(!page.contains(&tr("quiz-revise-heading", &[])) && !page.contains("Final one?"));

    // Practice quizzes keep their per-question feedback.
    let practice = "/courses/test-course/quizzes/extras-practice";
    let attempt = attempt_id(&learner.get(&app, practice).await.body);
    let form = [
        ("course", "test-course"),
        ("quiz", "extras-practice"),
        ("attempt", attempt.as_str()),
        ("answers[x1]", "false"),
    ];
    let done = learner.post(&app, "/api/submit-quiz", &form).await;
    let page = learner.get(&app, &done.location.unwrap()).await.body;
    assert!(page.contains("Extra?") && page.contains(&tr("quiz-right-answer", &[])));
}

async fn the_limit_is_set_per_course(app: TestApp) {
    import(&app, &two_module_pack("final_attempts_per_day = 1")).await;
    let mut learner = registered(&app, "final.once", "walnut-grove-1990").await;
    let page = learner.get(&app, FINAL).await.body;
    assert!(page.contains(&tr(
        "quiz-final-attempts-left",
        &[("limit", "1".into()), ("left", "1".into())]
    )));
    take_final(&app, &mut learner, &FAIL).await;
    let page = learner.get(&app, FINAL).await.body;
    assert!(page.contains(&tr("quiz-final-limit-used", &[("limit", "1".into())])));
    let refused = learner
        .call(
            &app,
            "/api/submit-quiz",
            &final_form(&uuid::Uuid::new_v4().to_string(), &PASS),
        )
        .await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(app.count("quiz_attempts").await, 1);
    // Practice quizzes have no limit.
    for _ in 0..3 {
        let practice = "/courses/test-course/quizzes/extras-practice";
        let attempt = attempt_id(&learner.get(&app, practice).await.body);
        let form = [
            ("course", "test-course"),
            ("quiz", "extras-practice"),
            ("attempt", attempt.as_str()),
            ("answers[x1]", "true"),
        ];
        let done = learner.call(&app, "/api/submit-quiz", &form).await;
        assert_eq!(done.status, StatusCode::OK);
    }
    assert_eq!(app.count("quiz_attempts").await, 4);
}

/// The pack checks: a limit out of range, a module the course lacks, a module named by a
/// practice question are each reported with file and line.
#[test]
fn pack_limits_and_question_modules_are_checked() {
    let cases: [(&str, &str, &str, &str); 3] = [
        (
            "course.toml",
            "final_attempts_per_day = 3",
            "final_attempts_per_day = 0",
            "test-course/course.toml:3: final_attempts_per_day must be between 1 and 20",
        ),
        (
            "quizzes/final.toml",
            "module = \"extras\"",
            "module = \"nowhere\"",
            "test-course/quizzes/final.toml:15: question `f3`: module `nowhere` is not one of the course's modules",
        ),
        (
            "quizzes/extras-practice.toml",
            "id = \"x1\"",
            "id = \"x1\"\nmodule = \"extras\"",
            "test-course/quizzes/extras-practice.toml:2: question `x1`: only final assessment questions name a module",
        ),
    ];
    for (file, from, to, expected) in cases {
        let dir = two_module_pack("final_attempts_per_day = 3");
        let path = dir.join("test-course").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        let errors = app::courses::pack::load_pack(&dir, "test-course").unwrap_err();
        let _ = std::fs::remove_dir_all(&dir);
        let errors: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors, [expected]);
    }
    let dir = two_module_pack("final_attempts_per_day = 3");
    let pack = app::courses::pack::load_pack(&dir, "test-course").unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(pack.final_attempts_per_day, 3);
}

/// Every question of the shipped finals names its module, so a failed final always says what
/// to revise.
#[test]
fn shipped_final_questions_name_their_modules() {
    let root = crate::shipped::content_root();
    for (slug, _) in crate::shipped::COURSES {
        let pack = app::courses::pack::load_pack(&root, slug).expect("a valid pack");
        for q in &pack.final_quiz.questions {
            assert!(
                q.module.is_some(),
                "{slug}: final question {} names no module",
                q.id
            );
        }
        for m in &pack.modules {
            assert!(
                pack.final_quiz
                    .questions
                    .iter()
                    .any(|q| q.module.as_deref() == Some(m.key.as_str())),
                "{slug}: the final asks nothing about module {}",
                m.key
            );
        }
    }
}
