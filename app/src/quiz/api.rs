use crate::error::AppError;
use leptos::prelude::*;
use std::collections::HashMap;

/// Submits a quiz. Scored on the server; `attempt` is an id generated for the page, so a
/// repeated or replayed submission is counted once. Passing a final assessment issues the
/// certificate.
#[server(prefix = "/api", endpoint = "submit-quiz")]
pub async fn submit_quiz(
    course: String,
    quiz: String,
    attempt: String,
    screen: Option<usize>,
    answers: Option<HashMap<String, String>>,
) -> Result<(), AppError> {
    use crate::web::{self, form::FormOutcome};
    crate::ids::check(&[&course, &quiz])?;
    if !super::repo::valid_attempt_key(&attempt) {
        return Err(AppError::invalid("attempt", "error-bad-request"));
    }
    let form = screen_path(&course, &quiz, &attempt, screen);
    let result = format!("/courses/{course}/quizzes/{quiz}/attempts/{attempt}");
    let outcome = FormOutcome {
        success: &result,
        notice: None,
        form: &form,
        keep: &[],
    };
    let viewer = web::require_viewer().map_err(|e| outcome.fail(e))?;
    let submitted = super::repo::submit(
        &web::db()?,
        viewer.id,
        &course,
        &quiz,
        &attempt,
        screen,
        &answers.unwrap_or_default(),
    )
    .await;
    outcome.finish(submitted)
}

/// Saves the answers of one screen of a quiz and shows screen `go` (the same screen, with a
/// notice, when it is the "Save" button): a final's "Next" and "Back" buttons, and the page's
/// script saving as the learner answers. Saved answers come back after a reload.
#[server(prefix = "/api", endpoint = "save-answers")]
pub async fn save_answers(
    course: String,
    quiz: String,
    attempt: String,
    screen: Option<usize>,
    go: Option<usize>,
    answers: Option<HashMap<String, String>>,
) -> Result<(), AppError> {
    use crate::web::{self, form::FormOutcome};
    crate::ids::check(&[&course, &quiz])?;
    if !super::repo::valid_attempt_key(&attempt) {
        return Err(AppError::invalid("attempt", "error-bad-request"));
    }
    let form = screen_path(&course, &quiz, &attempt, screen);
    let next = screen_path(&course, &quiz, &attempt, go.or(screen));
    let outcome = FormOutcome {
        success: &next,
        // Only the "Save" button says so; "Next", "Back" and the page's script save quietly.
        notice: go.filter(|g| Some(*g) == screen).map(|_| "quiz-saved"),
        form: &form,
        keep: &[],
    };
    let viewer = web::require_viewer().map_err(|e| outcome.fail(e))?;
    let saved = super::drafts::save(
        &web::db()?,
        viewer.id,
        &course,
        &quiz,
        &attempt,
        screen,
        &answers.unwrap_or_default(),
    )
    .await;
    outcome.finish(saved)
}

/// The quiz page of `attempt`, at `screen` when there is one.
fn screen_path(course: &str, quiz: &str, attempt: &str, screen: Option<usize>) -> String {
    let mut path = format!("/courses/{course}/quizzes/{quiz}?attempt={attempt}");
    if let Some(screen) = screen {
        path.push_str(&format!("&screen={screen}"));
    }
    path
}

/// Checks one answer of a practice quiz (the `check` button of a question): saves the form as a
/// draft of the attempt and returns to the quiz, where the feedback for that answer shows.
#[server(prefix = "/api", endpoint = "check-answer")]
pub async fn check_answer(
    course: String,
    quiz: String,
    attempt: String,
    check: String,
    answers: Option<HashMap<String, String>>,
) -> Result<(), AppError> {
    use crate::web::{self, form::FormOutcome};
    crate::ids::check(&[&course, &quiz, &check])?;
    let mut form = format!("/courses/{course}/quizzes/{quiz}");
    if super::repo::valid_attempt_key(&attempt) {
        form = format!("{form}?attempt={attempt}");
    }
    // Back to the question either way: its feedback, or why it could not be checked.
    let feedback = format!("{form}#feedback-{check}");
    let question = format!("{form}#q-{check}");
    let outcome = FormOutcome {
        success: &feedback,
        notice: None,
        form: &question,
        keep: &[],
    };
    let viewer = web::require_viewer().map_err(|e| outcome.fail(e))?;
    let checked = super::drafts::check(
        &web::db()?,
        viewer.id,
        &course,
        &quiz,
        &attempt,
        &check,
        &answers.unwrap_or_default(),
    )
    .await;
    outcome.finish(checked)
}
