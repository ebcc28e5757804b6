use crate::error::AppError;
use leptos::prelude::*;

/// Marks a lesson complete for the signed-in learner and moves on to `next` (a path on this site).
#[server(prefix = "/api", endpoint = "complete-lesson")]
pub async fn complete_lesson(course: String, lesson: String, next: String) -> Result<(), AppError> {
    use crate::web::{self, form::FormOutcome};
    crate::ids::check(&[&course, &lesson])?;
    let next = crate::web::require_local_path(&next)?;
    let back = format!("/courses/{course}/lessons/{lesson}");
    let outcome = FormOutcome {
        success: &next,
        notice: None,
        form: &back,
        keep: &[],
    };
    let viewer = web::require_viewer().map_err(|e| outcome.fail(e))?;
    let db = web::db()?;
    let c = super::repo::by_slug(&db, &course)
        .await?
        .ok_or_else(|| outcome.fail(AppError::NotFound))?;
    let found = super::repo::mark_complete(&db, viewer.id, &c, &lesson).await?;
    outcome.finish(if found {
        Ok(())
    } else {
        Err(AppError::NotFound)
    })
}
