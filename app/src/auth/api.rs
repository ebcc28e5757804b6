//! Server functions for accounts. Each: who is calling → may they → one call → map the error.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
mod ssr {
    use crate::web::{cookies, middleware::ClientIp};
    use http::request::Parts;
    use leptos::prelude::use_context;

    use super::super::session::{cookie_name, SESSION_TTL};

    /// The session cookie's name for this site (`__Host-` prefixed under HTTPS).
    pub fn session_cookie() -> &'static str {
        cookie_name(cookies::secure())
    }

    pub fn set_session_cookie(token: &str) {
        cookies::set(session_cookie(), token, SESSION_TTL);
    }

    pub fn client_ip() -> Option<std::net::IpAddr> {
        use_context::<Parts>().and_then(|p| p.extensions.get::<ClientIp>().and_then(|c| c.0))
    }
}

/// Self-registration of a learner. On success the learner is signed in and sent to the dashboard.
#[server(prefix = "/api", endpoint = "register")]
#[allow(clippy::too_many_arguments)]
pub async fn register(
    login: String,
    display_name: String,
    password: String,
    password_confirm: String,
    group: String,
    gender: String,
    district: String,
    language: String,
) -> Result<(), AppError> {
    use super::accounts::{self, Registration};
    use crate::web::{self, form::FormOutcome};
    let keep = [
        ("login", login.as_str()),
        ("display_name", display_name.as_str()),
        ("group", group.as_str()),
        ("gender", gender.as_str()),
        ("district", district.as_str()),
        ("language", language.as_str()),
    ];
    let outcome = FormOutcome {
        success: "/dashboard",
        notice: Some("register-welcome"),
        form: "/register",
        keep: &keep,
    };
    if web::viewer().is_some() {
        return Err(outcome.fail(AppError::invalid("login", "register-error-signed-in")));
    }
    let form = Registration {
        login: login.clone(),
        display_name: display_name.clone(),
        password,
        password_confirm,
        group: group.clone(),
        gender: gender.clone(),
        district: district.clone(),
        language: language.clone(),
    };
    let result = accounts::register(&web::db()?, form, ssr::client_ip())
        .await
        .map(|token| ssr::set_session_cookie(&token));
    if result.is_ok() {
        if let Some(lang) = crate::i18n::Lang::from_code(&language) {
            web::cookies::set(
                crate::i18n::LANG_COOKIE,
                lang.code(),
                web::cookies::ONE_YEAR,
            );
        }
    }
    outcome.finish(result)
}

/// Signs in with a login name or mobile number. A new session id is issued every time.
#[server(prefix = "/api", endpoint = "login")]
pub async fn login(login: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use crate::web::{self, cookies, form::FormOutcome};
    // Back to the page the learner signed in from; a `next` off this site is refused.
    let (success, form) = match next.filter(|n| !n.is_empty()) {
        Some(n) => (web::require_local_path(&n)?, web::login_returning_to(&n)),
        None => ("/dashboard".to_owned(), "/login".to_owned()),
    };
    let keep = [("login", login.as_str())];
    let outcome = FormOutcome {
        success: &success,
        notice: None,
        form: &form,
        keep: &keep,
    };
    let db = web::db()?;
    if let Some(old) = cookies::get(ssr::session_cookie()) {
        super::session::end(&db, &old).await?;
    }
    let result = super::accounts::sign_in(&db, &login, password, ssr::client_ip()).await;
    outcome.finish(result.map(|token| ssr::set_session_cookie(&token)))
}

/// Signs out: the session is deleted on the server and the cookie cleared.
#[server(prefix = "/api", endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    use crate::web::{self, cookies};
    if let Some(token) = cookies::get(ssr::session_cookie()) {
        super::session::end(&web::db()?, &token).await?;
    }
    cookies::set(ssr::session_cookie(), "", 0);
    leptos_axum::redirect("/");
    Ok(())
}

/// Changes the signed-in user's password; other sessions of the user end.
#[server(prefix = "/api", endpoint = "change-password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    password_confirm: String,
) -> Result<(), AppError> {
    use crate::web::{self, form::FormOutcome};
    let outcome = FormOutcome {
        success: "/dashboard",
        notice: Some("password-changed"),
        form: "/account/password",
        keep: &[],
    };
    let viewer = web::require_viewer().map_err(|e| outcome.fail(e))?;
    let result = super::accounts::change_password(
        &web::db()?,
        viewer.id,
        current_password,
        new_password,
        password_confirm,
        ssr::client_ip(),
    )
    .await;
    outcome.finish(result.map(|token| ssr::set_session_cookie(&token)))
}

/// First sign-in with a trainer's start code: the learner chooses their password here.
#[server(prefix = "/api", endpoint = "start")]
pub async fn start_with_code(
    login: String,
    code: String,
    new_password: String,
    password_confirm: String,
) -> Result<(), AppError> {
    use crate::web::{self, form::FormOutcome};
    let keep = [("login", login.as_str())];
    let outcome = FormOutcome {
        success: "/dashboard",
        notice: Some("start-done"),
        form: "/start",
        keep: &keep,
    };
    let db = web::db()?;
    let result = crate::cohorts::start_codes::redeem(
        &db,
        &login,
        &code,
        new_password,
        password_confirm,
        ssr::client_ip(),
    )
    .await;
    outcome.finish(result.map(|token| ssr::set_session_cookie(&token)))
}
