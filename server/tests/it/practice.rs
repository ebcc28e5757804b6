//! Practice quizzes answered one question at a time: checking an answer shows its feedback,
//! fixes it and keeps the other answers; final assessments cannot be checked. On both databases.

use crate::common::{attempt_id, imported, registered, Browser, TestApp};
use http::StatusCode;
use sea_orm::ConnectionTrait;

on_both_databases!(
    each_answer_gets_feedback_and_stays_as_checked,
    checking_needs_an_answer_and_a_practice_quiz,
    abandoned_drafts_are_forgotten_after_a_month,
);

const QUIZ: &str = "/courses/test-course/quizzes/basics-practice";

fn form<'a>(attempt: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("course", "test-course"),
        ("quiz", "basics-practice"),
        ("attempt", attempt),
    ];
    f.extend_from_slice(extra);
    f
}

/// The HTML of the question `id`'s fieldset.
fn question<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page
        .find(&format!(r#"id="q-{id}""#))
        .expect("question on page");
    let end = page[start..].find("</fieldset>").unwrap() + start;
    &page[start..end]
}

async fn each_answer_gets_feedback_and_stays_as_checked(app: TestApp) {
    imported(&app).await;
    let mut learner = registered(&app, "practice.one", "walnut-grove-1990").await;
    let page = learner.get(&app, QUIZ).await.body;
    assert!(
        page.contains(r#"formaction="/api/check-answer""#),
        "check buttons"
    );
    assert!(!page.contains("Because B."), "no feedback before checking");
    let attempt = attempt_id(&page);

    // A wrong answer to the first question is checked; another answer is on the form too.
    let checked = learner
        .post(
            &app,
            "/api/check-answer",
            &form(
                &attempt,
                &[
                    ("check", "pick-one"),
                    ("answers[pick-one]", "a"),
                    ("answers[is-it]", "false"),
                ],
            ),
        )
        .await;
    let back = format!("{QUIZ}?attempt={attempt}#feedback-pick-one");
    assert_eq!(checked.location.as_deref(), Some(back.as_str()));
    let page = learner
        .get(&app, &format!("{QUIZ}?attempt={attempt}"))
        .await
        .body;
    assert_eq!(attempt_id(&page), attempt, "same attempt continues");
    let first = question(&page, "pick-one");
    assert!(
        first.contains(r#"id="feedback-pick-one""#) && first.contains("Because B."),
        "feedback with explanation"
    );
    assert!(first.contains("Answer Bravo"), "right answer shown");
    assert!(first.contains("disabled"), "a checked answer is fixed");
    assert!(!first.contains("formaction"), "no second check");
    let is_it = question(&page, "is-it");
    assert!(
        !is_it.contains("feedback-"),
        "unchecked question shows no feedback"
    );
    assert!(
        is_it.contains(r#"value="false" required checked"#)
            || is_it.contains(r#"value="false" checked"#),
        "the unchecked answer is kept: {is_it}"
    );

    // Submitting another answer for the checked question does not change it.
    let submitted = learner
        .post(
            &app,
            "/api/submit-quiz",
            &form(
                &attempt,
                &[
                    ("answers[pick-one]", "b"),
                    ("answers[pick-many:a]", "on"),
                    ("answers[pick-many:c]", "on"),
                    ("answers[is-it]", "false"),
                    ("answers[steps#1]", "first"),
                    ("answers[steps#2]", "second"),
                    ("answers[steps#3]", "third"),
                ],
            ),
        )
        .await;
    let result = learner
        .get(&app, submitted.location.as_deref().unwrap())
        .await;
    assert!(
        result.body.contains(r#"data-correct="3" data-total="4""#),
        "the checked (wrong) answer counts"
    );
    assert_eq!(app.count("quiz_drafts").await, 0, "draft removed on submit");
    // The quiz page of a submitted attempt leads to its result.
    let reopened = learner
        .get(&app, &format!("{QUIZ}?attempt={attempt}"))
        .await;
    assert_eq!(reopened.location, submitted.location);

    // Another learner with the same attempt id sees none of it.
    let mut other = registered(&app, "practice.two", "saffron-field-1990").await;
    let theirs = other
        .get(&app, &format!("{QUIZ}?attempt={attempt}"))
        .await
        .body;
    assert!(!theirs.contains("Because B.") && !theirs.contains("feedback-"));
}

async fn checking_needs_an_answer_and_a_practice_quiz(app: TestApp) {
    imported(&app).await;
    let mut learner = registered(&app, "practice.three", "pine-forest-1990").await;
    let attempt = attempt_id(&learner.get(&app, QUIZ).await.body);
    // No answer to the question being checked: back to the quiz with an error, nothing saved.
    let empty = learner
        .post(
            &app,
            "/api/check-answer",
            &form(&attempt, &[("check", "steps"), ("answers[is-it]", "true")]),
        )
        .await;
    // Back to that question, which says what is missing and which question it is.
    let back = format!("{QUIZ}?attempt={attempt}");
    assert_eq!(
        empty.location.as_deref(),
        Some(format!("{back}#q-steps").as_str())
    );
    let page = learner.get(&app, &back).await.body;
    let steps = question(&page, "steps");
    let message = app::i18n::t_in(app::i18n::Lang::Ur, "error-quiz-no-answer", &[]);
    assert!(
        steps.contains(r#"class="alert error""#) && steps.contains(&message),
        "the error is shown in the question: {steps}"
    );
    assert_eq!(page.matches(&message).count(), 1, "and only there");
    assert_eq!(app.count("quiz_drafts").await, 0);
    let called = learner
        .call(
            &app,
            "/api/check-answer",
            &form(&attempt, &[("check", "steps")]),
        )
        .await;
    assert_eq!(called.status, StatusCode::BAD_REQUEST);

    // Final assessments show the score at the end only.
    let final_page = learner
        .get(&app, "/courses/test-course/quizzes/final")
        .await
        .body;
    assert!(
        !final_page.contains("/api/check-answer"),
        "no check buttons in the final"
    );
    let fin = attempt_id(&final_page);
    let refused = learner
        .call(
            &app,
            "/api/check-answer",
            &[
                ("course", "test-course"),
                ("quiz", "final"),
                ("attempt", fin.as_str()),
                ("check", "f1"),
                ("answers[f1]", "a"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    // Unknown questions and anonymous visitors are refused too.
    let unknown = learner
        .call(
            &app,
            "/api/check-answer",
            &form(&attempt, &[("check", "nope"), ("answers[nope]", "a")]),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let anon = Browser::default()
        .call(
            &app,
            "/api/check-answer",
            &form(
                &attempt,
                &[("check", "pick-one"), ("answers[pick-one]", "b")],
            ),
        )
        .await;
    assert_eq!(anon.status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.count("quiz_drafts").await, 0);
}

async fn abandoned_drafts_are_forgotten_after_a_month(app: TestApp) {
    imported(&app).await;
    let mut learner = registered(&app, "practice.four", "apple-orchard-1990").await;
    let first = attempt_id(&learner.get(&app, QUIZ).await.body);
    check_is_it(&mut learner, &app, &first).await;
    // Opening the quiz again goes on with the unsubmitted attempt; another one has its own id.
    assert_eq!(attempt_id(&learner.get(&app, QUIZ).await.body), first);
    let second = uuid::Uuid::new_v4().to_string();
    check_is_it(&mut learner, &app, &second).await;
    assert_eq!(app.count("quiz_drafts").await, 2);

    // The first draft was last touched a month and a day ago. Another learner starting a draft
    // leaves it alone; the learner's own next draft removes it.
    let month = app::quiz::drafts::DRAFT_TTL + 24 * 3600;
    app.db
        .execute_unprepared(&format!(
            "UPDATE quiz_drafts SET updated_at = updated_at - {month} WHERE attempt_key = '{first}'"
        ))
        .await
        .unwrap();
    let mut other = registered(&app, "practice.five", "cherry-blossom-1990").await;
    let theirs = attempt_id(&other.get(&app, QUIZ).await.body);
    check_is_it(&mut other, &app, &theirs).await;
    assert_eq!(
        app.count("quiz_drafts").await,
        3,
        "only the learner's own drafts are pruned"
    );

    let third = uuid::Uuid::new_v4().to_string();
    check_is_it(&mut learner, &app, &third).await;
    assert_eq!(
        app.count("quiz_drafts").await,
        3,
        "the stale draft is gone, the new one saved"
    );
    let stale = learner
        .get(&app, &format!("{QUIZ}?attempt={first}"))
        .await
        .body;
    assert!(
        !stale.contains("feedback-is-it"),
        "the forgotten draft shows nothing"
    );
    let kept = learner
        .get(&app, &format!("{QUIZ}?attempt={second}"))
        .await
        .body;
    assert!(kept.contains("feedback-is-it"), "the recent draft is kept");
}

/// Checks the true/false question of attempt `attempt`, which saves a draft.
async fn check_is_it(learner: &mut Browser, app: &TestApp, attempt: &str) {
    let fields = form(attempt, &[("check", "is-it"), ("answers[is-it]", "true")]);
    let done = learner.post(app, "/api/check-answer", &fields).await;
    assert!(done.location.is_some_and(|l| l.contains("#feedback-is-it")));
}
