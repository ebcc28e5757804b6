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
    answers: Option<HashMap<String, String>>,
) -> Result<(), AppError> {
    use crate::web::{self, form::FormOutcome};
    crate::ids::check(&[&course, &quiz])?;
    if !super::repo::valid_attempt_key(&attempt) {
        return Err(AppError::invalid("attempt", "error-bad-request"));
    }
    let form = format!("/courses/{course}/quizzes/{quiz}");
    let result = format!("{form}/attempts/{attempt}");
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
        &answers.unwrap_or_default(),
    )
    .await;
    outcome.finish(submitted)
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
