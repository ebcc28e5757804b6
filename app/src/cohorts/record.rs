//! A learner's whole record for the per-learner page: who they are, their cohorts, every
//! lesson completed, every quiz attempt and their certificates. Five statements.

use crate::{access::CohortScope, db::statement};
use sea_orm::{ConnectionTrait, DbErr, QueryResult, Value};

/// Who the learner is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub pid: String,
    pub login: String,
    pub display_name: String,
    /// District slug.
    pub district: Option<String>,
    /// Group, gender and language codes as stored.
    pub group: Option<String>,
    pub gender: Option<String>,
    pub language: Option<String>,
}

/// A cohort the learner is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CohortLink {
    pub pid: String,
    pub name: String,
}

/// A lesson the learner completed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompletedLesson {
    /// JSON objects of titles by language code.
    pub course_title: String,
    pub lesson_title: String,
    pub completed_at: i64,
    /// The date of the in-person session it was marked done at; `None` for self-study.
    pub session_on: Option<String>,
    /// Marked done at a session (even if the session's date is unknown).
    pub at_session: bool,
}

/// One attempt at a quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizAttempt {
    pub course_title: String,
    /// Title of the module whose practice quiz it was; `None` for the final assessment.
    pub module_title: Option<String>,
    pub is_final: bool,
    pub correct: u32,
    pub total: u32,
    pub passed: bool,
    pub at: i64,
}

/// A certificate the learner holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldCertificate {
    pub course_title: String,
    pub code: String,
    pub score_percent: u32,
    pub issued_at: i64,
}

/// Everything the per-learner page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnerRecord {
    pub identity: Identity,
    pub cohorts: Vec<CohortLink>,
    pub lessons: Vec<CompletedLesson>,
    pub attempts: Vec<QuizAttempt>,
    pub certificates: Vec<HeldCertificate>,
}

/// The record of learner `user` (whom the caller has checked the viewer may see); `None` if
/// there is no such user.
pub async fn load(
    db: &impl ConnectionTrait,
    user: i32,
    scope: CohortScope,
) -> Result<Option<LearnerRecord>, DbErr> {
    let backend = db.get_database_backend();
    let query = |sql: &str, values: Vec<Value>| db.query_all_raw(statement(backend, sql, values));
    let trainer = match scope {
        CohortScope::RunBy(id) => Some(id),
        _ => None,
    };
    let (identity, cohorts, lessons, attempts, certificates) = tokio::try_join!(
        query(
            "SELECT u.pid, u.login, u.display_name, d.slug, u.learner_group, u.gender,
                    u.preferred_language
             FROM users u LEFT JOIN districts d ON d.id = u.district_id WHERE u.id = $1",
            vec![user.into()],
        ),
        query(
            "SELECT c.pid, c.name FROM cohort_members cm JOIN cohorts c ON c.id = cm.cohort_id
             WHERE cm.user_id = $1 AND ($2 IS NULL OR c.trainer_id = $2) ORDER BY c.name, c.id",
            vec![user.into(), trainer.into()],
        ),
        query(
            "SELECT co.title, l.title, lc.completed_at, ts.held_on,
                    CASE WHEN lc.training_session_id IS NULL THEN 0 ELSE 1 END
             FROM lesson_completions lc JOIN lessons l ON l.id = lc.lesson_id
             JOIN courses co ON co.id = l.course_id
             LEFT JOIN training_sessions ts ON ts.id = lc.training_session_id
             WHERE lc.user_id = $1 ORDER BY co.position, co.id, l.position",
            vec![user.into()],
        ),
        query(
            "SELECT co.title, m.title, CASE WHEN q.kind = 'final' THEN 1 ELSE 0 END,
                    qa.correct, qa.total, CASE WHEN qa.passed THEN 1 ELSE 0 END, qa.created_at
             FROM quiz_attempts qa JOIN quizzes q ON q.id = qa.quiz_id
             JOIN courses co ON co.id = q.course_id
             LEFT JOIN modules m ON m.course_id = q.course_id AND m.quiz_key = q.key
             WHERE qa.user_id = $1 ORDER BY qa.created_at DESC, qa.id DESC",
            vec![user.into()],
        ),
        query(
            "SELECT co.title, c.code, c.score_percent, c.issued_at
             FROM certificates c JOIN courses co ON co.id = c.course_id
             WHERE c.user_id = $1 ORDER BY c.issued_at, c.id",
            vec![user.into()],
        ),
    )?;
    let Some(identity) = identity.first() else {
        return Ok(None);
    };
    let cohorts = if scope == CohortScope::Hidden {
        Vec::new()
    } else {
        collect(&cohorts, |r| {
            Ok(CohortLink {
                pid: r.try_get_by_index(0)?,
                name: r.try_get_by_index(1)?,
            })
        })?
    };
    Ok(Some(LearnerRecord {
        identity: Identity {
            pid: identity.try_get_by_index(0)?,
            login: identity.try_get_by_index(1)?,
            display_name: identity.try_get_by_index(2)?,
            district: identity.try_get_by_index(3)?,
            group: identity.try_get_by_index(4)?,
            gender: identity.try_get_by_index(5)?,
            language: identity.try_get_by_index(6)?,
        },
        cohorts,
        lessons: collect(&lessons, |r| {
            Ok(CompletedLesson {
                course_title: r.try_get_by_index(0)?,
                lesson_title: r.try_get_by_index(1)?,
                completed_at: r.try_get_by_index(2)?,
                session_on: r.try_get_by_index(3)?,
                at_session: r.try_get_by_index::<i32>(4)? != 0,
            })
        })?,
        attempts: collect(&attempts, |r| {
            Ok(QuizAttempt {
                course_title: r.try_get_by_index(0)?,
                module_title: r.try_get_by_index(1)?,
                is_final: r.try_get_by_index::<i32>(2)? != 0,
                correct: r.try_get_by_index::<i32>(3)?.max(0) as u32,
                total: r.try_get_by_index::<i32>(4)?.max(0) as u32,
                passed: r.try_get_by_index::<i32>(5)? != 0,
                at: r.try_get_by_index(6)?,
            })
        })?,
        certificates: collect(&certificates, |r| {
            Ok(HeldCertificate {
                course_title: r.try_get_by_index(0)?,
                code: r.try_get_by_index(1)?,
                score_percent: r.try_get_by_index::<i32>(2)?.max(0) as u32,
                issued_at: r.try_get_by_index(3)?,
            })
        })?,
    }))
}

fn collect<T>(
    rows: &[QueryResult],
    read: impl Fn(&QueryResult) -> Result<T, DbErr>,
) -> Result<Vec<T>, DbErr> {
    rows.iter().map(read).collect()
}
