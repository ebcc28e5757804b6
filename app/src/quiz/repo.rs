//! Quizzes for pages, and attempts: recorded once per attempt id, scored on the server.

use super::{
    finals, scoring, AttemptResult, Question, QuestionKind, QuestionView, ReviewItem, TRUE_FALSE,
};
use crate::{
    certificates,
    courses::repo::by_slug,
    db::{
        entities::{course, quiz, quiz_attempt},
        now,
    },
    error::AppError,
    i18n::{t_in, Lang},
};
use rand::{seq::SliceRandom, SeedableRng};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set, SqlErr,
};
use std::collections::HashMap;

/// A quiz of a course with its questions (answer key included: server-side only).
pub struct LoadedQuiz {
    pub course: course::Model,
    pub quiz: quiz::Model,
    pub questions: Vec<Question>,
}

impl LoadedQuiz {
    pub fn is_final(&self) -> bool {
        self.quiz.kind == "final"
    }

    /// How many times a learner may take this course's final in any 24 hours.
    pub fn final_attempts_per_day(&self) -> u32 {
        self.course.final_attempts_per_day.max(1) as u32
    }
}

pub async fn load(
    db: &DatabaseConnection,
    course_slug: &str,
    quiz_key: &str,
) -> Result<Option<LoadedQuiz>, DbErr> {
    let Some(course) = by_slug(db, course_slug).await? else {
        return Ok(None);
    };
    let Some(quiz) = quiz::Entity::find()
        .filter(quiz::Column::CourseId.eq(course.id))
        .filter(quiz::Column::Key.eq(quiz_key))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let questions = serde_json::from_str(&quiz.questions)
        .map_err(|e| DbErr::Custom(format!("quiz {quiz_key}: {e}")))?;
    Ok(Some(LoadedQuiz {
        course,
        quiz,
        questions,
    }))
}

fn text_for(q: &Question, lang: Lang) -> super::QuestionText {
    lang.fallbacks()
        .iter()
        .find_map(|l| q.texts.get(l.code()))
        .cloned()
        .unwrap_or_default()
}

fn option_text(q: &Question, texts: &super::QuestionText, id: &str, lang: Lang) -> String {
    match q.kind {
        QuestionKind::TrueFalse => t_in(
            lang,
            if id == TRUE_FALSE[0] {
                "quiz-true"
            } else {
                "quiz-false"
            },
            &[],
        ),
        _ => texts
            .options
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned()),
    }
}

/// The questions as the page shows them. Order questions are shuffled (seeded by the attempt
/// id, so a reload shows the same order) since their file order is the answer.
pub fn views(questions: &[Question], lang: Lang, attempt: &str) -> Vec<QuestionView> {
    let seed = attempt
        .bytes()
        .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64));
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    questions
        .iter()
        .map(|q| {
            let texts = text_for(q, lang);
            let mut ids = q.option_ids();
            if q.kind == QuestionKind::Order {
                while ids.len() > 1 && ids == q.answer {
                    ids.shuffle(&mut rng);
                }
            }
            QuestionView {
                id: q.id.clone(),
                kind: q.kind,
                prompt: texts.prompt.clone(),
                options: ids
                    .iter()
                    .map(|id| (id.clone(), option_text(q, &texts, id, lang)))
                    .collect(),
            }
        })
        .collect()
}

/// Attempt ids are generated per page: 8–64 letters, digits or dashes.
pub fn valid_attempt_key(key: &str) -> bool {
    (8..=64).contains(&key.len()) && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// The quiz an attempt `attempt_key` is made on: a malformed id is a 400, an unknown quiz a 404.
pub async fn load_for_attempt(
    db: &DatabaseConnection,
    course_slug: &str,
    quiz_key: &str,
    attempt_key: &str,
) -> Result<LoadedQuiz, AppError> {
    if !valid_attempt_key(attempt_key) {
        return Err(AppError::invalid("attempt", "error-bad-request"));
    }
    load(db, course_slug, quiz_key)
        .await?
        .ok_or(AppError::NotFound)
}

/// Scores and records an attempt once; a replay of the same attempt id changes nothing. A final
/// beyond the day's allowed attempts is refused and changes nothing. The answers are those
/// posted from `screen` (see `screens::merge`) over those saved on other screens.
pub async fn submit(
    db: &DatabaseConnection,
    user: i32,
    course_slug: &str,
    quiz_key: &str,
    attempt_key: &str,
    screen: Option<usize>,
    fields: &HashMap<String, String>,
) -> Result<(), AppError> {
    let loaded = load_for_attempt(db, course_slug, quiz_key, attempt_key).await?;
    let txn = crate::db::begin_write(db).await?;
    let at = now();
    if loaded.is_final() {
        finals::lock(&txn, user, loaded.quiz.id, at).await?;
    }
    let existing = quiz_attempt::Entity::find()
        .filter(quiz_attempt::Column::UserId.eq(user))
        .filter(quiz_attempt::Column::AttemptKey.eq(attempt_key))
        .one(&txn)
        .await?;
    if existing.is_some() {
        return Ok(());
    }
    let counted = crate::coverage::track::before(&txn, &[user]).await?;
    if loaded.is_final() {
        let limit = loaded.final_attempts_per_day();
        let allowance = finals::allowance(&txn, user, loaded.quiz.id, limit, at).await?;
        if let finals::Allowance::Used { .. } = allowance {
            return Err(AppError::FinalAttemptsUsed);
        }
    }
    let (saved, checked) = super::drafts::take(&txn, user, loaded.quiz.id, attempt_key).await?;
    let posted = scoring::responses_from_form(&loaded.questions, fields);
    let mut responses = super::screens::merge(&loaded.questions, screen, saved, posted);
    responses.extend(checked);
    let (score, _) = scoring::score(&loaded.questions, &responses);
    let passed = score.passes(loaded.course.pass_mark as u32);
    let inserted = quiz_attempt::ActiveModel {
        user_id: Set(user),
        quiz_id: Set(loaded.quiz.id),
        attempt_key: Set(attempt_key.to_owned()),
        correct: Set(score.correct as i32),
        total: Set(score.total as i32),
        passed: Set(passed),
        responses: Set(serde_json::to_string(&responses).unwrap_or_default()),
        created_at: Set(at),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    match inserted {
        // A concurrent replay of the same attempt won the race: it is already counted.
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Ok(())
        }
        other => other?,
    };
    if loaded.is_final() && passed {
        certificates::repo::issue(&txn, user, loaded.course.id, score.percent() as i32).await?;
    }
    crate::coverage::track::after(&txn, counted).await?;
    txn.commit().await?;
    Ok(())
}

/// A question with the learner's answer, whether it is right, the right answer and why.
pub fn review_item(q: &Question, chosen: &[String], lang: Lang) -> ReviewItem {
    let texts = text_for(q, lang);
    ReviewItem {
        prompt: texts.prompt.clone(),
        correct: scoring::is_correct(q, chosen),
        chosen: chosen
            .iter()
            .map(|c| option_text(q, &texts, c, lang))
            .collect(),
        right_answer: q
            .answer
            .iter()
            .map(|a| option_text(q, &texts, a, lang))
            .collect(),
        ordered: q.kind == QuestionKind::Order,
        explanation: texts.explanation.clone(),
    }
}

/// The viewer's attempt `attempt_key` of a quiz: with each answer reviewed for practice
/// quizzes, with the modules to revise (never the answers) for a failed final. Another
/// learner's attempt id finds nothing.
pub async fn result(
    db: &DatabaseConnection,
    user: i32,
    loaded: &LoadedQuiz,
    attempt_key: &str,
    lang: Lang,
) -> Result<Option<AttemptResult>, DbErr> {
    let Some(attempt) = quiz_attempt::Entity::find()
        .filter(quiz_attempt::Column::UserId.eq(user))
        .filter(quiz_attempt::Column::QuizId.eq(loaded.quiz.id))
        .filter(quiz_attempt::Column::AttemptKey.eq(attempt_key))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let responses: scoring::Responses =
        serde_json::from_str(&attempt.responses).unwrap_or_default();
    let review = if loaded.is_final() {
        // Which questions were right would give the final's answer key away.
        Vec::new()
    } else {
        loaded
            .questions
            .iter()
            .map(|q| review_item(q, responses.get(&q.id).map_or(&[], |c| c.as_slice()), lang))
            .collect()
    };
    let certificate = if loaded.is_final() && attempt.passed {
        certificates::repo::code_for(db, user, loaded.course.id).await?
    } else {
        None
    };
    let revise = if loaded.is_final() && !attempt.passed {
        let modules = finals::modules_to_revise(&loaded.questions, &responses);
        finals::module_titles(db, loaded.course.id, &modules, lang).await?
    } else {
        Vec::new()
    };
    let score = scoring::Score {
        correct: attempt.correct as u32,
        total: attempt.total as u32,
    };
    Ok(Some(AttemptResult {
        correct: score.correct,
        total: score.total,
        percent: score.percent(),
        is_final: loaded.is_final(),
        passed: attempt.passed,
        pass_mark: loaded.course.pass_mark as u32,
        review,
        revise,
        certificate,
    }))
}
