//! Server functions of a cohort's assignments and attendance pages. Each: who is calling → may
//! they (`access`, through `cohort_for`) → one call into the data layer → map the error.

use crate::error::AppError;
use leptos::prelude::*;

/// The assignments page of a cohort.
pub fn assignments_path(cohort: &str) -> String {
    format!("/cohorts/{cohort}/assignments")
}

/// The attendance page of a cohort.
pub fn attendance_path(cohort: &str) -> String {
    format!("/cohorts/{cohort}/attendance")
}

/// Assigns a course (by slug) to a cohort with an optional due date (`YYYY-MM-DD`, or empty),
/// to the whole cohort or only to the learners ticked (`learners[]` = learner id, one per
/// ticked box). Assigning a course again replaces its due date and its learners.
#[server(prefix = "/api", endpoint = "assign-course")]
pub async fn assign_course(
    cohort: String,
    course: String,
    due_on: String,
    learners: Option<Vec<String>>,
) -> Result<(), AppError> {
    use crate::{
        cohorts::{api::ssr::cohort_for, assignments},
        web::form::FormOutcome,
    };
    crate::ids::check(&[&cohort])?;
    let path = assignments_path(&cohort);
    let keep = [("course", course.as_str()), ("due_on", due_on.as_str())];
    let outcome = FormOutcome {
        success: &path,
        notice: Some("assign-saved"),
        form: &path,
        keep: &keep,
    };
    let (_, c, db) = cohort_for(&outcome, &cohort).await?;
    let result = async {
        if !crate::ids::valid_id(&course) {
            return Err(AppError::invalid("course", "assign-error-course"));
        }
        let due_on = assignments::validate_due(&due_on)?;
        let learners = assignments::validate_learners(learners.unwrap_or_default())?;
        assignments::assign(&db, &c, &course, due_on, &learners).await
    }
    .await;
    outcome.finish(result)
}

/// Takes a course off a cohort. Learners' progress in it stays.
#[server(prefix = "/api", endpoint = "unassign-course")]
pub async fn unassign_course(cohort: String, course: String) -> Result<(), AppError> {
    use crate::{
        cohorts::{api::ssr::cohort_for, assignments},
        web::form::FormOutcome,
    };
    crate::ids::check(&[&cohort, &course])?;
    let path = assignments_path(&cohort);
    let outcome = FormOutcome {
        success: &path,
        notice: Some("assign-removed"),
        form: &path,
        keep: &[],
    };
    let (_, c, db) = cohort_for(&outcome, &cohort).await?;
    outcome.finish(assignments::remove(&db, &c, &course).await)
}

/// Records an in-person session: the date, who was present (`present[]` = learner id, one per
/// ticked box) and the lessons covered (`lessons[]` = `course:lesson`), which then count as
/// done "at a session" for the present learners. `form_key` is a random id of the form: posting it again records
/// nothing more.
#[server(prefix = "/api", endpoint = "record-session")]
pub async fn record_session(
    cohort: String,
    form_key: String,
    held_on: String,
    present: Option<Vec<String>>,
    lessons: Option<Vec<String>>,
) -> Result<(), AppError> {
    use crate::{
        cohorts::{
            api::ssr::cohort_for,
            attendance::{self, Recorded},
        },
        web::form::FormOutcome,
    };
    crate::ids::check(&[&cohort])?;
    let path = attendance_path(&cohort);
    let keep = [("held_on", held_on.as_str())];
    let mut outcome = FormOutcome {
        success: &path,
        notice: Some("attendance-recorded"),
        form: &path,
        keep: &keep,
    };
    let (viewer, c, db) = cohort_for(&outcome, &cohort).await?;
    let result = async {
        let form = attendance::validate(
            &form_key,
            &held_on,
            present.unwrap_or_default(),
            lessons.unwrap_or_default(),
            &crate::i18n::today(),
        )?;
        attendance::record(&db, &c, viewer.id, &form).await
    }
    .await;
    if result == Ok(Recorded::Already) {
        outcome.notice = Some("attendance-already-recorded");
    }
    outcome.finish(result)
}
