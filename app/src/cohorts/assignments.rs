//! Courses assigned to a cohort, each with an optional due date (an ISO date, India time) and
//! optionally limited to chosen learners of the cohort, and the courses a learner has been
//! assigned through any of their cohorts.
//!
//! An assignment without chosen learners applies to the whole cohort (whoever joins later
//! too); with chosen learners, only to those of them who are members. [`applies`] is that rule
//! in SQL, for every query that counts or lists who an assignment is for.

use crate::{
    access::CohortRef,
    courses::{repo::pick, Localized},
    db::{
        entities::{course_assignment, course_assignment_learner},
        now, statement,
    },
    error::AppError,
    i18n::Lang,
};
use chrono::{Datelike, NaiveDate};
use sea_orm::{
    sea_query::OnConflict, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QuerySelect, Set,
};
use std::collections::{BTreeSet, HashMap};

/// Rows per multi-row INSERT: well under both databases' parameter limits.
const BATCH: usize = 500;

/// A course assigned to a cohort.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub slug: String,
    pub title: Localized,
    /// `YYYY-MM-DD`, India time.
    pub due_on: Option<String>,
    /// `None`: the whole cohort. Otherwise the chosen learners who are members, by name (empty
    /// if all of them have left the cohort).
    pub learners: Option<Vec<ChosenLearner>>,
}

/// A learner an assignment is limited to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChosenLearner {
    pub pid: String,
    pub login: String,
    pub display_name: String,
}

/// SQL condition: the assignment whose id is the expression `assignment` applies to the user
/// whose id is `user` (a member of its cohort, which the caller joins on): it has no chosen
/// learners, or `user` is one of them.
pub fn applies(assignment: &str, user: &str) -> String {
    format!(
        "(NOT EXISTS (SELECT 1 FROM course_assignment_learners cal
                      WHERE cal.assignment_id = {assignment})
          OR EXISTS (SELECT 1 FROM course_assignment_learners cal
                     WHERE cal.assignment_id = {assignment} AND cal.user_id = {user}))"
    )
}

/// A course assigned to a learner through one or more of their cohorts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnerAssignment {
    pub slug: String,
    /// The earliest due date any of their cohorts set, `YYYY-MM-DD`.
    pub due_on: Option<String>,
    /// The learner holds the course's certificate.
    pub completed: bool,
}

impl LearnerAssignment {
    /// Past its due date (`today` is `YYYY-MM-DD`, India time) and not completed.
    pub fn overdue(&self, today: &str) -> bool {
        !self.completed && is_past(self.due_on.as_deref(), today)
    }
}

/// A due date before `today` (both `YYYY-MM-DD`, which sort as text). The due day itself is not
/// late yet.
pub fn is_past(due_on: Option<&str>, today: &str) -> bool {
    due_on.is_some_and(|due| due < today)
}

/// A date typed as `YYYY-MM-DD` (what `<input type="date">` sends), between 2020 and 2100.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if text.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .filter(|d| (2020..=2100).contains(&d.year()))
}

/// The learners ticked on the assign form (`learners[]` = public id): none is the whole
/// cohort; a malformed id is a 400. A learner ticked twice counts once.
pub fn validate_learners(
    pids: impl IntoIterator<Item = String>,
) -> Result<BTreeSet<String>, AppError> {
    let pids: BTreeSet<String> = pids.into_iter().collect();
    if pids.iter().all(|pid| crate::ids::valid_id(pid)) {
        Ok(pids)
    } else {
        Err(AppError::invalid("learners", "assign-error-learner"))
    }
}

/// An optional due date from a form: empty is none, anything else must be a sensible date.
pub fn validate_due(text: &str) -> Result<Option<String>, AppError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_date(text)
        .map(|d| Some(d.format("%Y-%m-%d").to_string()))
        .ok_or_else(|| AppError::invalid("due_on", "assign-error-due"))
}

/// `YYYY-MM-DD` as people in India write a date (`DD-MM-YYYY`).
pub fn shown_date(iso: &str) -> String {
    parse_date(iso)
        .map(|d| d.format("%d-%m-%Y").to_string())
        .unwrap_or_else(|| iso.to_owned())
}

/// The cohort's assigned courses, soonest due first, then those without a due date, each
/// with the learners it is limited to: two statements.
pub async fn list(
    db: &DatabaseConnection,
    cohort: i32,
    lang: Lang,
) -> Result<Vec<Assignment>, DbErr> {
    let backend = db.get_database_backend();
    let rows = db
        .query_all_raw(statement(
            backend,
            "SELECT a.id, co.slug, co.title, a.due_on,
                    (SELECT COUNT(*) FROM course_assignment_learners cal
                     WHERE cal.assignment_id = a.id)
             FROM course_assignments a
             JOIN courses co ON co.id = a.course_id WHERE a.cohort_id = $1
             ORDER BY a.due_on IS NULL, a.due_on, co.position, co.id",
            [cohort.into()],
        ))
        .await?;
    let chosen = db
        .query_all_raw(statement(
            backend,
            "SELECT a.id, u.pid, u.login, u.display_name FROM course_assignments a
             JOIN course_assignment_learners cal ON cal.assignment_id = a.id
             JOIN cohort_members m ON m.cohort_id = a.cohort_id AND m.user_id = cal.user_id
             JOIN users u ON u.id = cal.user_id
             WHERE a.cohort_id = $1 ORDER BY u.display_name, u.id",
            [cohort.into()],
        ))
        .await?;
    let mut names: HashMap<i32, Vec<ChosenLearner>> = HashMap::new();
    for r in &chosen {
        names
            .entry(r.try_get_by_index(0)?)
            .or_default()
            .push(ChosenLearner {
                pid: r.try_get_by_index(1)?,
                login: r.try_get_by_index(2)?,
                display_name: r.try_get_by_index(3)?,
            });
    }
    rows.iter()
        .map(|r| {
            let id: i32 = r.try_get_by_index(0)?;
            let limited = r.try_get_by_index::<i64>(4)? > 0;
            Ok(Assignment {
                slug: r.try_get_by_index(1)?,
                title: pick(&r.try_get_by_index::<String>(2)?, lang),
                due_on: r.try_get_by_index(3)?,
                learners: limited.then(|| names.remove(&id).unwrap_or_default()),
            })
        })
        .collect()
}

/// Assigns the course `slug` to the cohort with `due_on`, limited to the members `learners`
/// (public ids; none: the whole cohort). A course already assigned gets the new due date and
/// the new set of learners: one row per cohort and course, replaced in one transaction, so a
/// repeated post changes nothing more. A learner who is not a member is a 400, and nothing is
/// stored.
pub async fn assign(
    db: &DatabaseConnection,
    cohort: &CohortRef,
    slug: &str,
    due_on: Option<String>,
    learners: &BTreeSet<String>,
) -> Result<(), AppError> {
    let course = crate::courses::repo::by_slug(db, slug)
        .await?
        .ok_or_else(|| AppError::invalid("course", "assign-error-course"))?;
    let txn = crate::db::begin_write(db).await?;
    let users = super::members::ids_in_cohort(&txn, cohort.id, learners)
        .await?
        .ok_or_else(|| AppError::invalid("learners", "assign-error-learner"))?;
    course_assignment::Entity::insert(course_assignment::ActiveModel {
        cohort_id: Set(cohort.id),
        course_id: Set(course.id),
        due_on: Set(due_on),
        created_at: Set(now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            course_assignment::Column::CohortId,
            course_assignment::Column::CourseId,
        ])
        .update_column(course_assignment::Column::DueOn)
        .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    let assignment = course_assignment::Entity::find()
        .select_only()
        .column(course_assignment::Column::Id)
        .filter(course_assignment::Column::CohortId.eq(cohort.id))
        .filter(course_assignment::Column::CourseId.eq(course.id))
        .into_tuple::<i32>()
        .one(&txn)
        .await?
        .ok_or(AppError::Internal)?;
    course_assignment_learner::Entity::delete_many()
        .filter(course_assignment_learner::Column::AssignmentId.eq(assignment))
        .exec(&txn)
        .await?;
    for chunk in users.chunks(BATCH) {
        course_assignment_learner::Entity::insert_many(chunk.iter().map(|&user| {
            course_assignment_learner::ActiveModel {
                assignment_id: Set(assignment),
                user_id: Set(user),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Takes the course `slug` off the cohort. Learners' progress in it stays.
pub async fn remove(
    db: &DatabaseConnection,
    cohort: &CohortRef,
    slug: &str,
) -> Result<(), AppError> {
    let course = crate::courses::repo::by_slug(db, slug)
        .await?
        .ok_or_else(|| AppError::invalid("course", "assign-error-course"))?;
    let txn = crate::db::begin_write(db).await?;
    course_assignment::Entity::delete_many()
        .filter(course_assignment::Column::CohortId.eq(cohort.id))
        .filter(course_assignment::Column::CourseId.eq(course.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// The courses assigned to `user` through any of their cohorts (to the whole cohort, or to
/// them among its chosen learners), soonest due first: one grouped query, with whether they
/// hold each course's certificate.
pub async fn for_learner(
    db: &DatabaseConnection,
    user: i32,
) -> Result<Vec<LearnerAssignment>, DbErr> {
    let rows = db
        .query_all_raw(statement(
            db.get_database_backend(),
            &format!(
                "SELECT co.slug, MIN(a.due_on),
                        (SELECT COUNT(*) FROM certificates ce
                         WHERE ce.user_id = $1 AND ce.course_id = co.id)
                 FROM cohort_members m
                 JOIN course_assignments a ON a.cohort_id = m.cohort_id
                 JOIN courses co ON co.id = a.course_id
                 WHERE m.user_id = $1 AND {}
                 GROUP BY co.id, co.slug, co.position
                 ORDER BY MIN(a.due_on) IS NULL, MIN(a.due_on), co.position, co.id",
                applies("a.id", "m.user_id")
            ),
            [user.into()],
        ))
        .await?;
    rows.iter()
        .map(|r| {
            Ok(LearnerAssignment {
                slug: r.try_get_by_index(0)?,
                due_on: r.try_get_by_index(1)?,
                completed: r.try_get_by_index::<i64>(2)? > 0,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_dates_are_iso_dates_between_2020_and_2100() {
        assert_eq!(validate_due(""), Ok(None));
        assert_eq!(validate_due("  "), Ok(None));
        assert_eq!(validate_due("2026-12-31"), Ok(Some("2026-12-31".into())));
        assert_eq!(validate_due(" 2100-01-01 "), Ok(Some("2100-01-01".into())));
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "31-12-2026",
            "2026-1-5",
            "2019-12-31",
            "2101-01-01",
            "9999-01-01",
            "tomorrow",
            "2026-12-31T00:00",
        ] {
            assert_eq!(
                validate_due(bad),
                Err(AppError::invalid("due_on", "assign-error-due")),
                "{bad}"
            );
        }
    }

    #[test]
    fn chosen_learners_are_public_ids_each_once() {
        let pids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(validate_learners(pids(&[])), Ok(BTreeSet::new()));
        assert_eq!(
            validate_learners(pids(&["b-2", "a-1", "b-2"])),
            Ok(BTreeSet::from(["a-1".to_string(), "b-2".to_string()]))
        );
        for bad in ["", "A-1", "a 1", "../x", "-a"] {
            assert_eq!(
                validate_learners(pids(&["a-1", bad])),
                Err(AppError::invalid("learners", "assign-error-learner")),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn overdue_is_after_the_due_day_and_never_once_completed() {
        let due = |d: Option<&str>, completed| LearnerAssignment {
            slug: "c".into(),
            due_on: d.map(Into::into),
            completed,
        };
        assert!(due(Some("2026-12-04"), false).overdue("2026-12-05"));
        assert!(!due(Some("2026-12-05"), false).overdue("2026-12-05"));
        assert!(!due(Some("2026-12-06"), false).overdue("2026-12-05"));
        assert!(!due(Some("2026-12-04"), true).overdue("2026-12-05"));
        assert!(!due(None, false).overdue("2026-12-05"));
    }

    #[test]
    fn dates_are_shown_day_first() {
        assert_eq!(shown_date("2026-12-05"), "05-12-2026");
        assert_eq!(shown_date("junk"), "junk");
    }
}
