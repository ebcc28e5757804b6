//! In-person sessions of a cohort: who was present and which lessons were covered. The covered
//! lessons count as done for the present learners, recorded "at a session" (the completion
//! names the session) so reports can tell them from self-study. Only lessons can be covered:
//! quizzes and final assessments are always taken by the learner.
//!
//! A session is recorded once per form: the form carries a random key, stored with the session,
//! so a repeated post (a retry, a double click) records nothing more.

use super::assignments::parse_date;
use crate::{
    access::CohortRef,
    courses::{repo::pick, Localized},
    db::{
        entities::{training_attendance, training_session, training_session_lesson},
        now, statement, WriteTxn,
    },
    error::AppError,
    i18n::Lang,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, Set, SqlErr,
};
use std::collections::{BTreeSet, HashMap};

/// A course assigned to the cohort with its lessons, by module, in course order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseLessons {
    pub slug: String,
    pub title: Localized,
    pub modules: Vec<ModuleLessons>,
}

/// A module's lessons as `(lesson key, title)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleLessons {
    pub title: Localized,
    pub lessons: Vec<(String, Localized)>,
}

/// A session as the cohort's list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastSession {
    /// `YYYY-MM-DD`, India time.
    pub held_on: String,
    pub present: i64,
    pub lessons: Vec<Localized>,
}

/// A session form, checked for shape (not yet against the cohort).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionForm {
    pub form_key: String,
    /// `YYYY-MM-DD`.
    pub held_on: String,
    /// Public ids of the learners present.
    pub present: BTreeSet<String>,
    /// `(course slug, lesson key)` of the lessons covered.
    pub lessons: BTreeSet<(String, String)>,
}

/// What recording a session did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    New,
    /// This form was recorded before: nothing changed.
    Already,
}

/// Sessions shown on the attendance page, newest first.
const SHOWN_SESSIONS: i64 = 50;
/// Rows per multi-row INSERT: well under both databases' parameter limits.
const BATCH: usize = 500;

/// The random key a session form carries.
pub fn valid_form_key(key: &str) -> bool {
    (8..=64).contains(&key.len()) && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Checks a posted session form: its key, a date from 2020 to `today` (a session is recorded
/// after it is held), at least one learner present, and well-formed ids. `present` and
/// `lessons` are the values of the ticked boxes (`learner pid`, `course-slug:lesson-key`).
pub fn validate(
    form_key: &str,
    held_on: &str,
    present: impl IntoIterator<Item = String>,
    lessons: impl IntoIterator<Item = String>,
    today: &str,
) -> Result<SessionForm, AppError> {
    if !valid_form_key(form_key) {
        return Err(AppError::invalid("form_key", "error-bad-request"));
    }
    let held_on = parse_date(held_on)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .filter(|d| d.as_str() <= today)
        .ok_or_else(|| AppError::invalid("held_on", "attendance-error-date"))?;
    let present: BTreeSet<String> = present.into_iter().collect();
    if present.is_empty() {
        return Err(AppError::invalid("present", "attendance-error-nobody"));
    }
    if !present.iter().all(|pid| crate::ids::valid_id(pid)) {
        return Err(AppError::invalid("present", "attendance-error-learner"));
    }
    let lessons = lessons
        .into_iter()
        .map(|name| {
            name.split_once(':')
                .filter(|(c, l)| crate::ids::valid_id(c) && crate::ids::valid_id(l))
                .map(|(c, l)| (c.to_owned(), l.to_owned()))
                .ok_or_else(|| AppError::invalid("lessons", "attendance-error-lesson"))
        })
        .collect::<Result<_, _>>()?;
    Ok(SessionForm {
        form_key: form_key.to_owned(),
        held_on,
        present,
        lessons,
    })
}

/// The lessons of the courses assigned to the cohort, grouped by course and module.
pub async fn coverable(
    db: &DatabaseConnection,
    cohort: i32,
    lang: Lang,
) -> Result<Vec<CourseLessons>, DbErr> {
    let rows = db
        .query_all_raw(statement(
            db.get_database_backend(),
            "SELECT co.slug, co.title, m.id, m.title, l.key, l.title
             FROM course_assignments a JOIN courses co ON co.id = a.course_id
             JOIN lessons l ON l.course_id = co.id JOIN modules m ON m.id = l.module_id
             WHERE a.cohort_id = $1 ORDER BY co.position, co.id, m.position, m.id, l.position",
            [cohort.into()],
        ))
        .await?;
    let mut courses: Vec<CourseLessons> = Vec::new();
    let mut last_module = None;
    for r in &rows {
        let slug: String = r.try_get_by_index(0)?;
        let module: i32 = r.try_get_by_index(2)?;
        let lesson = (
            r.try_get_by_index::<String>(4)?,
            pick(&r.try_get_by_index::<String>(5)?, lang),
        );
        if courses.last().is_none_or(|c| c.slug != slug) {
            courses.push(CourseLessons {
                slug,
                title: pick(&r.try_get_by_index::<String>(1)?, lang),
                modules: Vec::new(),
            });
            last_module = None;
        }
        let course = courses
            .last_mut()
            .ok_or_else(|| DbErr::Custom("no course".into()))?;
        if last_module != Some(module) {
            course.modules.push(ModuleLessons {
                title: pick(&r.try_get_by_index::<String>(3)?, lang),
                lessons: Vec::new(),
            });
            last_module = Some(module);
        }
        if let Some(m) = course.modules.last_mut() {
            m.lessons.push(lesson);
        }
    }
    Ok(courses)
}

/// Records a session of `cohort` in one transaction: the session, who was present, the lessons
/// covered, and a completion "at this session" for every present learner and covered lesson
/// they had not completed yet (an earlier completion, self-study or not, is kept). A learner
/// who is not a member or a lesson of a course not assigned to the cohort is refused, and
/// nothing is stored.
pub async fn record(
    db: &DatabaseConnection,
    cohort: &CohortRef,
    recorded_by: i32,
    form: &SessionForm,
) -> Result<Recorded, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let seen = training_session::Entity::find()
        .filter(training_session::Column::FormKey.eq(&form.form_key))
        .one(&txn)
        .await?;
    if seen.is_some() {
        return Ok(Recorded::Already);
    }
    let learners = super::members::ids_in_cohort(&txn, cohort.id, &form.present)
        .await?
        .ok_or_else(|| AppError::invalid("present", "attendance-error-learner"))?;
    let lessons = resolve_lessons(&txn, cohort.id, &form.lessons).await?;
    let at = now();
    let inserted = training_session::ActiveModel {
        cohort_id: Set(cohort.id),
        held_on: Set(form.held_on.clone()),
        recorded_by: Set(recorded_by),
        form_key: Set(form.form_key.clone()),
        created_at: Set(at),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let session = match inserted {
        // The same form, posted twice at once: the other post recorded it.
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Ok(Recorded::Already)
        }
        other => other?.id,
    };
    for chunk in learners.chunks(BATCH) {
        training_attendance::Entity::insert_many(chunk.iter().map(|&user| {
            training_attendance::ActiveModel {
                session_id: Set(session),
                user_id: Set(user),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    for chunk in lessons.chunks(BATCH) {
        training_session_lesson::Entity::insert_many(chunk.iter().map(|&lesson| {
            training_session_lesson::ActiveModel {
                session_id: Set(session),
                lesson_id: Set(lesson),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    // Present × covered, from the rows just written; a lesson already done stays as it was.
    let counted = crate::coverage::track::before(&txn, &learners).await?;
    txn.execute_raw(statement(
        txn.get_database_backend(),
        "INSERT INTO lesson_completions (user_id, lesson_id, completed_at, training_session_id)
         SELECT a.user_id, sl.lesson_id, $2, a.session_id
         FROM training_attendance a
         JOIN training_session_lessons sl ON sl.session_id = a.session_id
         WHERE a.session_id = $1
         ON CONFLICT (user_id, lesson_id) DO NOTHING",
        [session.into(), at.into()],
    ))
    .await?;
    crate::coverage::track::after(&txn, counted).await?;
    txn.commit().await?;
    Ok(Recorded::New)
}

/// The lesson ids of `(course slug, lesson key)`, all of courses assigned to the cohort, else
/// a 400.
async fn resolve_lessons(
    txn: &WriteTxn,
    cohort: i32,
    wanted: &BTreeSet<(String, String)>,
) -> Result<Vec<i32>, AppError> {
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let rows = txn
        .query_all_raw(statement(
            txn.get_database_backend(),
            "SELECT co.slug, l.key, l.id FROM course_assignments a
             JOIN courses co ON co.id = a.course_id JOIN lessons l ON l.course_id = co.id
             WHERE a.cohort_id = $1",
            [cohort.into()],
        ))
        .await?;
    let assigned = rows
        .iter()
        .map(|r| {
            Ok((
                (
                    r.try_get_by_index::<String>(0)?,
                    r.try_get_by_index::<String>(1)?,
                ),
                r.try_get_by_index::<i32>(2)?,
            ))
        })
        .collect::<Result<HashMap<_, _>, DbErr>>()?;
    wanted
        .iter()
        .map(|key| {
            assigned
                .get(key)
                .copied()
                .ok_or_else(|| AppError::invalid("lessons", "attendance-error-lesson"))
        })
        .collect()
}

/// The cohort's latest sessions, newest first, with how many were present and the lessons
/// covered: two grouped queries.
pub async fn past(
    db: &DatabaseConnection,
    cohort: i32,
    lang: Lang,
) -> Result<Vec<PastSession>, DbErr> {
    let backend = db.get_database_backend();
    let sessions = db
        .query_all_raw(statement(
            backend,
            "SELECT s.id, s.held_on, COUNT(a.user_id) FROM training_sessions s
             LEFT JOIN training_attendance a ON a.session_id = s.id
             WHERE s.cohort_id = $1 GROUP BY s.id, s.held_on
             ORDER BY s.held_on DESC, s.id DESC LIMIT $2",
            [cohort.into(), SHOWN_SESSIONS.into()],
        ))
        .await?;
    let covered = db
        .query_all_raw(statement(
            backend,
            "SELECT sl.session_id, l.title FROM training_session_lessons sl
             JOIN lessons l ON l.id = sl.lesson_id
             WHERE sl.session_id IN (SELECT id FROM training_sessions WHERE cohort_id = $1
                                     ORDER BY held_on DESC, id DESC LIMIT $2)
             ORDER BY l.course_id, l.position",
            [cohort.into(), SHOWN_SESSIONS.into()],
        ))
        .await?;
    let mut lessons: HashMap<i32, Vec<Localized>> = HashMap::new();
    for r in &covered {
        lessons
            .entry(r.try_get_by_index(0)?)
            .or_default()
            .push(pick(&r.try_get_by_index::<String>(1)?, lang));
    }
    sessions
        .iter()
        .map(|r| {
            let id: i32 = r.try_get_by_index(0)?;
            Ok(PastSession {
                held_on: r.try_get_by_index(1)?,
                present: r.try_get_by_index(2)?,
                lessons: lessons.remove(&id).unwrap_or_default(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "0b0e6f4e-8f0a-4a59-9f43-7c1b9a1f2d3e";

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_session_form_is_checked_before_the_database() {
        let ok = validate(
            KEY,
            "2026-12-05",
            names(&["p1"]),
            names(&["c:l1"]),
            "2026-12-05",
        )
        .unwrap();
        assert_eq!(ok.held_on, "2026-12-05");
        assert_eq!(ok.lessons.len(), 1);
        let err = |e: AppError| e.field().map(str::to_owned);
        let field = |held_on, present: &[&str], lessons: &[&str]| {
            validate(KEY, held_on, names(present), names(lessons), "2026-12-05")
                .err()
                .and_then(err)
        };
        assert_eq!(
            field("2026-12-06", &["p1"], &[]).as_deref(),
            Some("held_on")
        );
        assert_eq!(
            field("2019-01-01", &["p1"], &[]).as_deref(),
            Some("held_on")
        );
        assert_eq!(field("", &["p1"], &[]).as_deref(), Some("held_on"));
        assert_eq!(field("2026-12-05", &[], &[]).as_deref(), Some("present"));
        assert_eq!(
            field("2026-12-05", &["P 1"], &[]).as_deref(),
            Some("present")
        );
        assert_eq!(
            field("2026-12-05", &["p1"], &["no-colon"]).as_deref(),
            Some("lessons")
        );
        assert_eq!(
            field("2026-12-05", &["p1"], &["c:../x"]).as_deref(),
            Some("lessons")
        );
        assert!(validate("short", "2026-12-05", names(&["p1"]), [], "2026-12-05").is_err());
    }

    #[test]
    fn a_learner_ticked_twice_counts_once() {
        let form = validate(KEY, "2026-12-05", names(&["p1", "p1"]), [], "2026-12-05").unwrap();
        assert_eq!(form.present.len(), 1);
        assert!(form.lessons.is_empty());
    }
}
