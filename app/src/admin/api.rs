use crate::error::AppError;
use leptos::prelude::*;

/// Creates a trainer, official or admin account. Admins only.
#[server(prefix = "/api", endpoint = "create-staff")]
pub async fn create_staff_account(
    login: String,
    display_name: String,
    role: String,
    initial_password: String,
) -> Result<(), AppError> {
    use crate::{
        auth::{accounts, Role},
        web::{self, form::FormOutcome},
    };
    let keep = [
        ("login", login.as_str()),
        ("display_name", display_name.as_str()),
        ("role", role.as_str()),
    ];
    let outcome = FormOutcome {
        success: "/admin/staff",
        notice: Some("admin-created"),
        form: "/admin/staff",
        keep: &keep,
    };
    let viewer = web::require_viewer().map_err(|e| outcome.fail(e))?;
    viewer.require(Role::Admin).map_err(|e| outcome.fail(e))?;
    let role = Role::from_code(&role)
        .ok_or_else(|| outcome.fail(AppError::invalid("role", "register-error-choose")))?;
    outcome.finish(
        accounts::create_staff(&web::db()?, &login, &display_name, role, initial_password).await,
    )
}
