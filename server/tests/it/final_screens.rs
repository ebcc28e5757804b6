//! A final assessment a few questions per screen: "Next", "Back" and "Save" keep the answers on
//! the server, a reload or a new tab goes on with them, and the submission scores every screen's
//! answers. On both databases.

use crate::common::{attempt_id, copy_dir, fixture, registered, Browser, TestApp};
use app::{
    db::entities::quiz_attempt,
    i18n::{t_in, Lang},
    quiz::screens::PER_SCREEN,
};
use http::StatusCode;
use sea_orm::EntityTrait;

on_both_databases!(
    a_final_goes_screen_by_screen_and_keeps_every_answer,
    an_answer_taken_back_is_gone_and_other_screens_stay,
    saved_answers_are_the_learners_own,
);

const FINAL: &str = "/courses/test-course/quizzes/final";
/// Questions of the final in the pack `long_final` writes: f1–f3 of the fixture, then true/false.
const QUESTIONS: usize = 8;

/// The fixture pack with a final of [`QUESTIONS`] questions: two screens.
async fn long_final(app: &TestApp) {
    let dir = std::env::temp_dir().join(format!("sabaq-screens-{}", uuid::Uuid::new_v4()));
    copy_dir(&fixture(), &dir);
    let quizzes = dir.join("test-course/quizzes");
    let append = |file: &str, text: String| {
        let path = quizzes.join(file);
        let old = std::fs::read_to_string(&path).unwrap();
        std::fs::write(path, old + &text).unwrap();
    };
    for i in 4..=QUESTIONS {
        append(
            "final.toml",
            format!("\n[[questions]]\nid = \"f{i}\"\nkind = \"true-false\"\nanswer = [\"true\"]\n"),
        );
        append(
            "en/final.toml",
            format!("\n[f{i}]\nprompt = \"Final number {i}?\"\n"),
        );
    }
    let report = app::courses::import::import_dir(&app.db, &dir)
        .await
        .unwrap();
    assert_eq!(report.imported, ["test-course"], "{:?}", report.rejected);
    let _ = std::fs::remove_dir_all(dir);
}

fn tr(id: &str, args: &[(&str, String)]) -> String {
    t_in(Lang::Ur, id, args)
}

fn answered(n: usize) -> String {
    tr(
        "quiz-answered",
        &[
            ("answered", n.to_string()),
            ("count", QUESTIONS.to_string()),
        ],
    )
}

/// The form of screen `screen` of `attempt` with `answers`, and the button pressed.
fn screen_form<'a>(
    attempt: &'a str,
    screen: &'a str,
    answers: &[(&'a str, &'a str)],
    button: Option<(&'a str, &'a str)>,
) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("course", "test-course"),
        ("quiz", "final"),
        ("attempt", attempt),
        ("screen", screen),
    ];
    form.extend_from_slice(answers);
    form.extend(button);
    form
}

fn shows(body: &str, question: usize) -> bool {
    body.contains(&format!("id=\"q-f{question}\""))
}

async fn a_final_goes_screen_by_screen_and_keeps_every_answer(app: TestApp) {
    long_final(&app).await;
    let mut learner = registered(&app, "screens", "correct horse battery").await;
    let first = learner.get(&app, FINAL).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!((1..=PER_SCREEN).all(|q| shows(&first.body, q)));
    assert!(!shows(&first.body, PER_SCREEN + 1), "one screen at a time");
    assert!(first.body.contains(&answered(0)));
    let attempt = attempt_id(&first.body);

    // "Next": screen 1 saved (f1 right, f2 wrong), screen 2 shown.
    let answers = [("answers[f1]", "a"), ("answers[f2]", "false")];
    let next = learner
        .post(
            &app,
            "/api/save-answers",
            &screen_form(&attempt, "1", &answers, Some(("go", "2"))),
        )
        .await;
    let second_path = format!("{FINAL}?attempt={attempt}&screen=2");
    assert_eq!(next.location.as_deref(), Some(second_path.as_str()));
    let second = learner.get(&app, &second_path).await;
    assert!((PER_SCREEN + 1..=QUESTIONS).all(|q| shows(&second.body, q)));
    assert!(!shows(&second.body, 1));
    assert!(second.body.contains(&answered(2)));
    // The last screen lists what is still unanswered before "Submit".
    assert!(second.body.contains(&tr(
        "quiz-unanswered",
        &[("count", (QUESTIONS - 2).to_string())]
    )));
    assert!(!second.body.contains(&tr("quiz-saved", &[])));

    // "Save" on screen 2 (f6 right): same screen, with the notice.
    let saved = learner
        .post(
            &app,
            "/api/save-answers",
            &screen_form(&attempt, "2", &[("answers[f6]", "true")], Some(("go", "2"))),
        )
        .await;
    assert_eq!(saved.location.as_deref(), Some(second_path.as_str()));
    assert!(learner
        .get(&app, &second_path)
        .await
        .body
        .contains(&tr("quiz-saved", &[])));

    // The page's script saves as the learner answers (a code call): f7 right, no notice.
    let auto = learner
        .call(
            &app,
            "/api/save-answers",
            &screen_form(
                &attempt,
                "2",
                &[("answers[f6]", "true"), ("answers[f7]", "true")],
                None,
            ),
        )
        .await;
    assert_eq!(auto.status, StatusCode::OK, "{}", auto.body);

    // The tab was closed: opening the final again goes on with the same attempt and answers.
    let again = learner.get(&app, FINAL).await;
    assert_eq!(attempt_id(&again.body), attempt);
    assert!(again.body.contains(&answered(4)));
    assert!(!again.body.contains(&tr("quiz-saved", &[])));
    assert!(
        again
            .body
            .contains(r#"name="answers[f1]" value="a" checked"#),
        "the saved answer is chosen"
    );

    // Submitted from screen 2 (f8 right too): every screen's answers are scored.
    let done = learner
        .post(
            &app,
            "/api/submit-quiz",
            &screen_form(
                &attempt,
                "2",
                &[
                    ("answers[f6]", "true"),
                    ("answers[f7]", "true"),
                    ("answers[f8]", "true"),
                ],
                None,
            ),
        )
        .await;
    assert_eq!(
        done.location,
        Some(format!("{FINAL}/attempts/{attempt}")),
        "{}",
        done.body
    );
    let attempts = quiz_attempt::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(attempts.len(), 1);
    assert_eq!(
        (attempts[0].correct, attempts[0].total),
        (4, QUESTIONS as i32)
    );
    // Submitted: the next visit is a new attempt.
    assert_ne!(attempt_id(&learner.get(&app, FINAL).await.body), attempt);
}

async fn an_answer_taken_back_is_gone_and_other_screens_stay(app: TestApp) {
    long_final(&app).await;
    let mut learner = registered(&app, "takeback", "correct horse battery").await;
    let attempt = attempt_id(&learner.get(&app, FINAL).await.body);
    let save = |screen: &'static str, answers: Vec<(&'static str, &'static str)>| {
        screen_form(&attempt, screen, &answers, None)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect::<Vec<_>>()
    };
    for (screen, answers) in [
        ("2", vec![("answers[f6]", "true")]),
        ("1", vec![("answers[f1]", "a"), ("answers[f2]", "true")]),
        // f2 taken back on screen 1.
        ("1", vec![("answers[f1]", "a")]),
    ] {
        let form = save(screen, answers);
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let res = learner.call(&app, "/api/save-answers", &form).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    }
    let page = learner
        .get(&app, &format!("{FINAL}?attempt={attempt}&screen=1"))
        .await;
    assert!(page.body.contains(&answered(2)), "f1 and f6");
    assert!(!page
        .body
        .contains(r#"name="answers[f2]" value="true" checked"#));
}

async fn saved_answers_are_the_learners_own(app: TestApp) {
    long_final(&app).await;
    let mut owner = registered(&app, "owner", "correct horse battery").await;
    let attempt = attempt_id(&owner.get(&app, FINAL).await.body);
    let form = screen_form(&attempt, "1", &[("answers[f1]", "a")], None);
    assert_eq!(
        owner.call(&app, "/api/save-answers", &form).await.status,
        StatusCode::OK
    );
    // Another learner with the attempt id sees none of it, and a guest may not save.
    let mut other = registered(&app, "other", "correct horse battery").await;
    let theirs = other
        .get(&app, &format!("{FINAL}?attempt={attempt}&screen=1"))
        .await;
    assert!(theirs.body.contains(&answered(0)));
    let guest = Browser::default()
        .call(&app, "/api/save-answers", &form)
        .await;
    assert_eq!(guest.status, StatusCode::UNAUTHORIZED);
    // A bad attempt id or an unknown quiz is refused and stores nothing.
    let bad = screen_form("x", "1", &[("answers[f1]", "a")], None);
    assert_eq!(
        owner.call(&app, "/api/save-answers", &bad).await.status,
        StatusCode::BAD_REQUEST
    );
    let mut unknown = form.clone();
    unknown[1] = ("quiz", "nope");
    assert_eq!(
        owner.call(&app, "/api/save-answers", &unknown).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.count("quiz_drafts").await, 1);
}
