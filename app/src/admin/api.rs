//! Server functions of the admin pages. Each: who is calling → an admin? → one call → map the error.

use crate::error::AppError;
use leptos::prelude::*;

/// Creates a trainer, official or admin account. Admins only.
#[server(prefix = "/api", endpoint = "create-staff")]
pub async fn create_staff_account(
    login: String,
    display_name: String,
    role: String,
    district: String,
    scope: Option<String>,
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
        ("district", district.as_str()),
        ("scope", scope.as_deref().unwrap_or_default()),
    ];
    let outcome = FormOutcome {
        success: "/admin/staff",
        notice: Some("admin-created"),
        form: "/admin/staff",
        keep: &keep,
    };
    let viewer = web::require_viewer().map_err(|e| outcome.fail(e))?;
    crate::access::require_admin(&viewer).map_err(|e| outcome.fail(e))?;
    let role = Role::from_code(&role)
        .ok_or_else(|| outcome.fail(AppError::invalid("role", "register-error-choose")))?;
    outcome.finish(
        accounts::create_staff(
            &web::db()?,
            accounts::NewStaff {
                login: &login,
                display_name: &display_name,
                role,
                district: &district,
                scope: scope.as_deref().unwrap_or_default(),
            },
            initial_password,
        )
        .await,
    )
}

/// Where the account actions return to unless the form says otherwise.
#[cfg(feature = "ssr")]
const ACCOUNTS: &str = "/admin/accounts";

#[cfg(feature = "ssr")]
mod ssr {
    use super::ACCOUNTS;
    use crate::{
        admin::repo::IssuedPassword,
        error::AppError,
        web::{self, flash, form::FormOutcome},
    };

    /// Disables (or re-enables) `account` for an admin, back to the page that asked.
    pub async fn switch_account(
        account: &str,
        back: Option<String>,
        disabled: bool,
    ) -> Result<(), AppError> {
        let back = web::require_local_path(&back.unwrap_or_else(|| ACCOUNTS.into()))?;
        let outcome = FormOutcome {
            success: &back,
            notice: Some(if disabled {
                "admin-account-disabled"
            } else {
                "admin-account-enabled"
            }),
            form: &back,
            keep: &[],
        };
        let viewer = web::require_viewer().map_err(|e| outcome.fail(e))?;
        crate::access::require_admin(&viewer).map_err(|e| outcome.fail(e))?;
        let db = web::db()?;
        outcome.finish(crate::admin::repo::set_disabled(&db, viewer.id, account, disabled).await)
    }

    /// Flash keys of a one-time password shown once on the next page.
    pub const ISSUED_LOGIN: &str = "issued_login";
    pub const ISSUED_NAME: &str = "issued_name";
    pub const ISSUED_PASSWORD: &str = "issued_password";

    /// Carries the new password to the next page only: the flash is read once and cleared, and
    /// nothing stores the password in clear.
    pub fn show_once(issued: IssuedPassword) {
        let mut shown = flash::Flash {
            notice: Some("admin-password-set".into()),
            ..Default::default()
        };
        for (key, value) in [
            (ISSUED_LOGIN, issued.login),
            (ISSUED_NAME, issued.display_name),
            (ISSUED_PASSWORD, issued.password),
        ] {
            shown.values.insert(key.into(), value);
        }
        flash::put(&shown);
    }
}

#[cfg(feature = "ssr")]
pub(crate) use ssr::{ISSUED_LOGIN, ISSUED_NAME, ISSUED_PASSWORD};

/// Disables an account: it cannot sign in and its sessions end. Admins only, not their own.
#[server(prefix = "/api", endpoint = "disable-account")]
pub async fn disable_account(account: String, back: Option<String>) -> Result<(), AppError> {
    ssr::switch_account(&account, back, true).await
}

/// Re-enables a disabled account. Admins only.
#[server(prefix = "/api", endpoint = "enable-account")]
pub async fn enable_account(account: String, back: Option<String>) -> Result<(), AppError> {
    ssr::switch_account(&account, back, false).await
}

/// Sets a generated one-time password on a trainer, official or admin account and shows it to
/// the admin once, on the next page. The account must choose its own at the next sign-in.
#[server(prefix = "/api", endpoint = "reset-staff-password")]
pub async fn reset_staff_password(account: String, back: Option<String>) -> Result<(), AppError> {
    use crate::web::{self, form::FormOutcome};
    let back = web::require_local_path(&back.unwrap_or_else(|| ACCOUNTS.into()))?;
    let outcome = FormOutcome {
        success: &back,
        notice: None,
        form: &back,
        keep: &[],
    };
    let viewer = web::require_viewer().map_err(|e| outcome.fail(e))?;
    crate::access::require_admin(&viewer).map_err(|e| outcome.fail(e))?;
    let result = super::repo::reset_password(&web::db()?, viewer.id, &account).await;
    outcome.finish(result.map(ssr::show_once))
}
