//! Server functions of coverage: admins set district targets.

use crate::error::AppError;
use leptos::prelude::*;

/// Sets one year's targets for all groups or one group: `districts[]` and `targets[]` in the
/// same order (an empty target clears it). Admins only.
#[server(prefix = "/api", endpoint = "set-targets")]
pub async fn set_targets(
    year: String,
    group: String,
    districts: Option<Vec<String>>,
    targets: Option<Vec<String>>,
) -> Result<(), AppError> {
    use crate::{
        coverage::targets,
        web::{self, form::FormOutcome},
    };
    let path = format!("/admin/targets?year={}&group={}", year.trim(), group.trim());
    let page = if crate::ids::valid_id(group.trim()) || group.trim().is_empty() {
        path.as_str()
    } else {
        "/admin/targets"
    };
    let outcome = FormOutcome {
        success: page,
        notice: Some("targets-saved"),
        form: page,
        keep: &[],
    };
    let viewer = web::require_viewer().map_err(|e| outcome.fail(e))?;
    crate::access::require_admin(&viewer).map_err(|e| outcome.fail(e))?;
    let result = async {
        let year = targets::parse_year(&year)?;
        let group = targets::parse_group(&group)?;
        let rows =
            targets::parse_targets(&districts.unwrap_or_default(), &targets.unwrap_or_default())?;
        targets::set(&web::db()?, year, &group, &rows).await
    }
    .await;
    outcome.finish(result)
}
