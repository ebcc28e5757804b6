//! Enrolling a list of learners from a CSV file: the upload (an axum route, since server
//! functions take URL-encoded forms only), the preview of every row, and the confirmation that
//! enrols the ready rows in one transaction.

#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod route;

use crate::error::AppError;
use leptos::prelude::*;

/// Why the upload page is shown again in answer to an upload (provided as context when the
/// upload route renders it).
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadProblem {
    /// The file as a whole was refused; nothing was stored.
    File(crate::cohorts::csv::FileError),
    /// Access was refused or the database failed.
    Failed(AppError),
}

/// The path of the preview of upload `upload` of `cohort`.
#[cfg(feature = "ssr")]
pub fn preview_path(cohort: &str, upload: &str) -> String {
    format!("/cohorts/{cohort}/uploads/{upload}")
}

/// Enrols the ready rows of an uploaded list, then shows the cohort with how many were
/// enrolled. If logins were taken since the preview, nothing is enrolled and the preview
/// shows the rows again.
#[server(prefix = "/api", endpoint = "confirm-enrolment")]
pub async fn confirm_enrolment(cohort: String, upload: String) -> Result<(), AppError> {
    use crate::{
        cohorts::api::ssr::{cohort_for, cohort_path},
        i18n::{number_in, Lang},
        web::{flash, form::FormOutcome},
    };
    use repo::Confirmed;
    crate::ids::check(&[&cohort, &upload])?;
    let success = cohort_path(&cohort);
    let preview = preview_path(&cohort, &upload);
    let outcome = FormOutcome {
        success: &success,
        notice: None,
        form: &preview,
        keep: &[],
    };
    let (viewer, c, db) = cohort_for(&outcome, &cohort).await?;
    match repo::confirm(&db, &c, &upload, viewer.id).await {
        Ok(Confirmed::Enrolled(count)) => {
            let lang = use_context::<http::request::Parts>()
                .and_then(|p| p.extensions.get::<Lang>().copied())
                .unwrap_or_default();
            outcome.finish(Ok(()))?;
            flash::put(&flash::Flash {
                notice: Some("upload-enrolled".into()),
                args: vec![("count".into(), number_in(lang, count as i64))],
                ..Default::default()
            });
            Ok(())
        }
        Ok(Confirmed::Changed) => {
            Err(outcome.fail(AppError::invalid("upload", "upload-confirm-changed")))
        }
        Err(err) => Err(outcome.fail(err)),
    }
}
