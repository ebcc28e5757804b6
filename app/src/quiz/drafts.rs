//! Answers kept on the server until a quiz is submitted, so they survive a reload or a tab the
//! phone closed. In practice quizzes "Check" saves the form and fixes the checked answer, so
//! feedback comes after each answer without JavaScript and a checked answer cannot be changed
//! before the quiz is submitted. Finals are saved a screen at a time (`screens`), never checked.

use super::{repo, scoring, screens};
use crate::{
    db::{
        entities::{quiz_attempt, quiz_draft},
        now,
    },
    error::AppError,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, Set,
};
use std::collections::HashMap;

/// Where a learner is with one attempt of a quiz.
pub enum AttemptState {
    /// Nothing saved yet.
    Fresh,
    /// Answers chosen so far, and those checked.
    Draft {
        responses: scoring::Responses,
        checked: scoring::Responses,
    },
    /// Already submitted: the result page has it.
    Submitted,
}

pub async fn state(
    db: &DatabaseConnection,
    user: i32,
    quiz_id: i32,
    attempt_key: &str,
) -> Result<AttemptState, DbErr> {
    let submitted = quiz_attempt::Entity::find()
        .filter(quiz_attempt::Column::UserId.eq(user))
        .filter(quiz_attempt::Column::QuizId.eq(quiz_id))
        .filter(quiz_attempt::Column::AttemptKey.eq(attempt_key))
        .one(db)
        .await?;
    if submitted.is_some() {
        return Ok(AttemptState::Submitted);
    }
    Ok(match find(db, user, quiz_id, attempt_key).await? {
        Some(d) => AttemptState::Draft {
            responses: parse(&d.responses),
            checked: parse(&d.checked),
        },
        None => AttemptState::Fresh,
    })
}

fn parse(json: &str) -> scoring::Responses {
    serde_json::from_str(json).unwrap_or_default()
}

async fn find(
    db: &impl ConnectionTrait,
    user: i32,
    quiz_id: i32,
    attempt_key: &str,
) -> Result<Option<quiz_draft::Model>, DbErr> {
    quiz_draft::Entity::find()
        .filter(quiz_draft::Column::UserId.eq(user))
        .filter(quiz_draft::Column::QuizId.eq(quiz_id))
        .filter(quiz_draft::Column::AttemptKey.eq(attempt_key))
        .one(db)
        .await
}

/// Saves the posted answers and checks question `question`: its answer is fixed from now on.
/// Final assessments cannot be checked; a question without an answer is refused.
pub async fn check(
    db: &DatabaseConnection,
    user: i32,
    course_slug: &str,
    quiz_key: &str,
    attempt_key: &str,
    question: &str,
    fields: &HashMap<String, String>,
) -> Result<(), AppError> {
    let loaded = repo::load_for_attempt(db, course_slug, quiz_key, attempt_key).await?;
    if loaded.is_final() {
        return Err(AppError::Forbidden);
    }
    if !loaded.questions.iter().any(|q| q.id == question) {
        return Err(AppError::NotFound);
    }
    let posted = scoring::responses_from_form(&loaded.questions, fields);
    let txn = crate::db::begin_write(db).await?;
    let existing = find(&txn, user, loaded.quiz.id, attempt_key).await?;
    let mut checked = existing
        .as_ref()
        .map(|d| parse(&d.checked))
        .unwrap_or_default();
    if !checked.contains_key(question) {
        let answer = posted
            .get(question)
            .cloned()
            .ok_or_else(|| AppError::invalid(question, "error-quiz-no-answer"))?;
        checked.insert(question.to_owned(), answer);
    }
    // Checked answers stay as they were checked, whatever the form says now.
    let mut responses = posted;
    responses.extend(checked.clone());
    store(
        &txn,
        existing,
        (user, loaded.quiz.id, attempt_key),
        &responses,
        &checked,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Saves the answers posted from screen `screen` of the quiz (all of it when `None`): they
/// replace what was saved for that screen's questions, other screens' answers stay, and
/// checked answers stay as they were checked.
pub async fn save(
    db: &DatabaseConnection,
    user: i32,
    course_slug: &str,
    quiz_key: &str,
    attempt_key: &str,
    screen: Option<usize>,
    fields: &HashMap<String, String>,
) -> Result<(), AppError> {
    let loaded = repo::load_for_attempt(db, course_slug, quiz_key, attempt_key).await?;
    let txn = crate::db::begin_write(db).await?;
    let existing = find(&txn, user, loaded.quiz.id, attempt_key).await?;
    let (saved, checked) = existing
        .as_ref()
        .map(|d| (parse(&d.responses), parse(&d.checked)))
        .unwrap_or_default();
    let posted = scoring::responses_from_form(&loaded.questions, fields);
    let mut responses = screens::merge(&loaded.questions, screen, saved, posted);
    responses.extend(checked.clone());
    store(
        &txn,
        existing,
        (user, loaded.quiz.id, attempt_key),
        &responses,
        &checked,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Writes the draft `(user, quiz, attempt key)`, over `existing` if there is one.
async fn store(
    txn: &impl ConnectionTrait,
    existing: Option<quiz_draft::Model>,
    (user, quiz_id, attempt_key): (i32, i32, &str),
    responses: &scoring::Responses,
    checked: &scoring::Responses,
) -> Result<(), DbErr> {
    let json = |r: &scoring::Responses| serde_json::to_string(r).unwrap_or_default();
    let update = existing.is_some();
    if !update {
        forget_stale(txn, user).await?;
    }
    let mut row = match existing {
        Some(d) => quiz_draft::ActiveModel {
            id: sea_orm::Unchanged(d.id),
            ..Default::default()
        },
        None => quiz_draft::ActiveModel {
            user_id: Set(user),
            quiz_id: Set(quiz_id),
            attempt_key: Set(attempt_key.to_owned()),
            ..Default::default()
        },
    };
    row.responses = Set(json(responses));
    row.checked = Set(json(checked));
    row.updated_at = Set(now());
    if update {
        row.update(txn).await?;
    } else {
        row.insert(txn).await?;
    }
    Ok(())
}

/// The attempt key of the learner's latest unsubmitted draft of quiz `quiz_id`, if one is
/// recent enough to keep: opening the quiz again goes on with it.
pub async fn latest(
    db: &DatabaseConnection,
    user: i32,
    quiz_id: i32,
) -> Result<Option<String>, DbErr> {
    Ok(quiz_draft::Entity::find()
        .filter(quiz_draft::Column::UserId.eq(user))
        .filter(quiz_draft::Column::QuizId.eq(quiz_id))
        .filter(quiz_draft::Column::UpdatedAt.gte(now() - DRAFT_TTL))
        .order_by_desc(quiz_draft::Column::UpdatedAt)
        .one(db)
        .await?
        .map(|d| d.attempt_key))
}

/// Drafts left alone this long are forgotten (the quiz starts afresh).
pub const DRAFT_TTL: i64 = 30 * 24 * 3600;

/// Removes the learner's drafts untouched for [`DRAFT_TTL`]: done whenever they start a new one,
/// as sessions are, so abandoned quizzes do not pile up.
async fn forget_stale(db: &impl ConnectionTrait, user: i32) -> Result<(), DbErr> {
    quiz_draft::Entity::delete_many()
        .filter(quiz_draft::Column::UserId.eq(user))
        .filter(quiz_draft::Column::UpdatedAt.lt(now() - DRAFT_TTL))
        .exec(db)
        .await?;
    Ok(())
}

/// The draft of `attempt_key` as (answers saved, answers checked), removing it: called when
/// the quiz is submitted, inside its transaction.
pub async fn take(
    db: &impl ConnectionTrait,
    user: i32,
    quiz_id: i32,
    attempt_key: &str,
) -> Result<(scoring::Responses, scoring::Responses), DbErr> {
    let Some(draft) = find(db, user, quiz_id, attempt_key).await? else {
        return Ok(Default::default());
    };
    quiz_draft::Entity::delete_by_id(draft.id).exec(db).await?;
    Ok((parse(&draft.responses), parse(&draft.checked)))
}
