//! Final assessments keep their answer key: a learner may take a final only a few times in any
//! 24 hours (set per course), and a failed final names the modules to revise, never the
//! questions that were right or wrong. Otherwise changing one answer at a time and watching
//! the score would reveal the key.

use super::{scoring, Question};
use crate::{
    courses::repo::pick,
    db::entities::{final_attempt_gate, module, quiz_attempt},
    i18n::Lang,
};
use sea_orm::{
    sea_query::OnConflict, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::BTreeSet;

/// The rolling window the daily limit counts attempts in, in seconds.
pub const WINDOW: i64 = 24 * 3600;

/// Whether a learner may take a final assessment now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowance {
    /// `left` attempts remain in the window, counting the next one.
    Open { left: u32 },
    /// Every attempt of the window is used; the next is allowed from `again_at` (seconds since
    /// the epoch).
    Used { again_at: i64 },
}

/// The allowance left by attempts made at `times` (ascending, all within the window ending
/// now) under a limit of `limit` attempts per window.
pub fn allowance_after(times: &[i64], limit: u32) -> Allowance {
    let limit = limit.max(1) as usize;
    match times.len().checked_sub(limit) {
        // The attempt whose expiry brings the count below the limit.
        Some(oldest_to_expire) => Allowance::Used {
            again_at: times[oldest_to_expire] + WINDOW,
        },
        None => Allowance::Open {
            left: (limit - times.len()) as u32,
        },
    }
}

/// The learner's allowance for final `quiz_id` at time `now`.
pub async fn allowance(
    db: &impl ConnectionTrait,
    user: i32,
    quiz_id: i32,
    limit: u32,
    now: i64,
) -> Result<Allowance, DbErr> {
    let times: Vec<i64> = quiz_attempt::Entity::find()
        .select_only()
        .column(quiz_attempt::Column::CreatedAt)
        .filter(quiz_attempt::Column::UserId.eq(user))
        .filter(quiz_attempt::Column::QuizId.eq(quiz_id))
        .filter(quiz_attempt::Column::CreatedAt.gt(now - WINDOW))
        .order_by_asc(quiz_attempt::Column::CreatedAt)
        .into_tuple()
        .all(db)
        .await?;
    Ok(allowance_after(&times, limit))
}

/// Locks the learner's gate row of final `quiz_id` (creating it) until the transaction `txn`
/// ends. Done first in a final's submission: on PostgreSQL another submission of the same
/// learner waits here, then counts the attempts this one added (SQLite's write transactions
/// take turns whole, see `db::begin_write`).
pub async fn lock(
    txn: &impl ConnectionTrait,
    user: i32,
    quiz_id: i32,
    now: i64,
) -> Result<(), DbErr> {
    final_attempt_gate::Entity::insert(final_attempt_gate::ActiveModel {
        user_id: Set(user),
        quiz_id: Set(quiz_id),
        locked_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            final_attempt_gate::Column::UserId,
            final_attempt_gate::Column::QuizId,
        ])
        .update_column(final_attempt_gate::Column::LockedAt)
        .to_owned(),
    )
    .exec_without_returning(txn)
    .await?;
    Ok(())
}

/// The modules (pack keys) of the questions not answered right, each once.
pub fn modules_to_revise(
    questions: &[Question],
    responses: &scoring::Responses,
) -> BTreeSet<String> {
    let (_, marks) = scoring::score(questions, responses);
    questions
        .iter()
        .zip(marks)
        .filter(|(_, right)| !right)
        .filter_map(|(q, _)| q.module.clone())
        .collect()
}

/// The titles of the course's modules among `keys`, in the reader's language and course order.
pub async fn module_titles(
    db: &impl ConnectionTrait,
    course_id: i32,
    keys: &BTreeSet<String>,
    lang: Lang,
) -> Result<Vec<String>, DbErr> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let titles: Vec<String> = module::Entity::find()
        .select_only()
        .column(module::Column::Title)
        .filter(module::Column::CourseId.eq(course_id))
        .filter(module::Column::Key.is_in(keys.iter().cloned()))
        .order_by_asc(module::Column::Position)
        .into_tuple()
        .all(db)
        .await?;
    Ok(titles.iter().map(|t| pick(t, lang).text).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::QuestionKind;

    #[test]
    fn attempts_left_until_the_limit() {
        assert_eq!(allowance_after(&[], 3), Allowance::Open { left: 3 });
        assert_eq!(allowance_after(&[10, 20], 3), Allowance::Open { left: 1 });
    }

    #[test]
    fn the_next_attempt_waits_for_the_oldest_counted_one_to_expire() {
        assert_eq!(
            allowance_after(&[10, 20, 30], 3),
            Allowance::Used {
                again_at: 10 + WINDOW
            }
        );
        // After the limit was lowered, more attempts than it allows must expire first.
        assert_eq!(
            allowance_after(&[10, 20, 30, 40], 2),
            Allowance::Used {
                again_at: 30 + WINDOW
            }
        );
        // A limit of 0 is read as 1: a final can always be taken some time.
        assert_eq!(allowance_after(&[], 0), Allowance::Open { left: 1 });
    }

    #[test]
    fn revise_the_modules_of_wrong_and_unanswered_questions() {
        let q = |id: &str, module: Option<&str>| Question {
            id: id.into(),
            kind: QuestionKind::TrueFalse,
            options: vec![],
            answer: vec!["true".into()],
            texts: Default::default(),
            module: module.map(Into::into),
        };
        let questions = [
            q("a", Some("devices")),
            q("b", Some("devices")),
            q("c", Some("internet")),
            q("d", Some("payments")),
            q("e", None),
        ];
        let responses: scoring::Responses = [
            ("a".to_string(), vec!["true".to_string()]),
            ("b".to_string(), vec!["false".to_string()]),
            ("c".to_string(), vec!["true".to_string()]),
            ("e".to_string(), vec!["false".to_string()]),
        ]
        .into();
        let revise: Vec<String> = modules_to_revise(&questions, &responses)
            .into_iter()
            .collect();
        assert_eq!(revise, ["devices", "payments"]);
    }
}
