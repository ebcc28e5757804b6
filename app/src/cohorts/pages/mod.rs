//! The trainer's pages: their cohorts, and one cohort with its learners.

mod assignments;
mod attendance;
mod cohort;
mod learner;
mod list;
mod preview;
mod progress;
mod slips;
mod upload;

pub use assignments::AssignmentsPage;
pub use attendance::AttendancePage;
pub use cohort::CohortPage;
pub use learner::LearnerPage;
pub use list::CohortsPage;
pub use preview::PreviewPage;
pub use progress::ProgressPage;
pub use slips::SlipsPage;
pub use upload::UploadPage;

use crate::{access::CohortRef, error::AppError, web};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::future::Future;

/// The `:cohort` of the current route.
fn cohort_param() -> String {
    use_params_map().with_untracked(|p| p.get("cohort").unwrap_or_default())
}

/// A page of one cohort: `load` runs only for a viewer who may see the cohort of the route, and
/// `render` shows what it loaded (with the cohort's public id); a refusal or a failed load shows
/// its own page (sign in, 403, 404, 503).
fn cohort_page<T, Fut, V>(
    load: impl FnOnce(sea_orm::DatabaseConnection, CohortRef) -> Fut + Send + 'static,
    render: impl Fn(String, T) -> V + Send + Sync + 'static,
) -> AnyView
where
    T: Send + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    let pid = cohort_param();
    let viewer = match crate::access::signed_in() {
        Ok(v) => v,
        Err(err) => return crate::access::refusal(err),
    };
    let cohort = pid.clone();
    let data = async move {
        let db = web::db()?;
        let c = crate::access::cohort(&db, &viewer, &cohort).await?;
        load(db, c).await
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                match data.await {
                    Ok(v) => render(pid.clone(), v).into_any(),
                    Err(err) => crate::access::refusal(err),
                }
            })}
        </Suspense>
    }
    .into_any()
}
