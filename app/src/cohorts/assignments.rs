//! Courses assigned to a cohort, each with an optional due date (an ISO date, India time), and
//! the courses a learner has been assigned through any of their cohorts.

use crate::{
    access::CohortRef,
    courses::{repo::pick, Localized},
    db::{entities::course_assignment, now, statement},
    error::AppError,
    i18n::Lang,
};
use chrono::{Datelike, NaiveDate};
use sea_orm::{
    sea_query::OnConflict, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter,
};

/// A course assigned to a cohort.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub slug: String,
    pub title: Localized,
    /// `YYYY-MM-DD`, India time.
    pub due_on: Option<String>,
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

/// The cohort's assigned courses, soonest due first, then those without a due date.
pub async fn list(
    db: &DatabaseConnection,
    cohort: i32,
    lang: Lang,
) -> Result<Vec<Assignment>, DbErr> {
    let rows = db
        .query_all_raw(statement(
            db.get_database_backend(),
            "SELECT co.slug, co.title, a.due_on FROM course_assignments a
             JOIN courses co ON co.id = a.course_id WHERE a.cohort_id = $1
             ORDER BY a.due_on IS NULL, a.due_on, co.position, co.id",
            [cohort.into()],
        ))
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Assignment {
                slug: r.try_get_by_index(0)?,
                title: pick(&r.try_get_by_index::<String>(1)?, lang),
                due_on: r.try_get_by_index(2)?,
            })
        })
        .collect()
}

/// Assigns the course `slug` to the cohort with `due_on`; a course already assigned gets the
/// new due date (one row per cohort and course, so a repeated post changes nothing more).
pub async fn assign(
    db: &DatabaseConnection,
    cohort: &CohortRef,
    slug: &str,
    due_on: Option<String>,
) -> Result<(), AppError> {
    let course = crate::courses::repo::by_slug(db, slug)
        .await?
        .ok_or_else(|| AppError::invalid("course", "assign-error-course"))?;
    let txn = crate::db::begin_write(db).await?;
    course_assignment::Entity::insert(course_assignment::ActiveModel {
        cohort_id: sea_orm::Set(cohort.id),
        course_id: sea_orm::Set(course.id),
        due_on: sea_orm::Set(due_on),
        created_at: sea_orm::Set(now()),
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
    .exec(&txn)
    .await?;
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

/// The courses assigned to `user` through any of their cohorts, soonest due first: one grouped
/// query, with whether they hold each course's certificate.
pub async fn for_learner(
    db: &DatabaseConnection,
    user: i32,
) -> Result<Vec<LearnerAssignment>, DbErr> {
    let rows = db
        .query_all_raw(statement(
            db.get_database_backend(),
            "SELECT co.slug, MIN(a.due_on),
                    (SELECT COUNT(*) FROM certificates ce
                     WHERE ce.user_id = $1 AND ce.course_id = co.id)
             FROM cohort_members m
             JOIN course_assignments a ON a.cohort_id = m.cohort_id
             JOIN courses co ON co.id = a.course_id
             WHERE m.user_id = $1
             GROUP BY co.id, co.slug, co.position
             ORDER BY MIN(a.due_on) IS NULL, MIN(a.due_on), co.position, co.id",
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
