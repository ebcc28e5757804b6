//! A user signed in with a one-time password an admin set must choose their own before anything
//! else: every other page and server function sends them to the password page until they do.

use super::Viewer;
use crate::error::AppError;
use axum::{
    body::Body,
    http::{header, Request, StatusCode},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};

/// The page where the new password is chosen.
pub const PASSWORD_PAGE: &str = "/account/password";

/// What stays open meanwhile: the password page and its form, signing in and out, switching
/// the language (to read the page at all) and the health check.
const OPEN: &[&str] = &[
    PASSWORD_PAGE,
    "/api/change-password",
    "/api/login",
    "/api/logout",
    "/api/set-language",
    "/healthz",
];

/// axum middleware, inside `web::middleware::request_context` (it reads the [`Viewer`] that one
/// resolves). Pages and plain form posts are redirected to [`PASSWORD_PAGE`]; server functions
/// called from code get 403 with [`AppError::PasswordChangeRequired`].
pub async fn require_new_password(req: Request<Body>, next: Next) -> Response {
    let must_change = req
        .extensions()
        .get::<Viewer>()
        .is_some_and(|v| v.must_change_password);
    let path = req.uri().path();
    if !must_change || OPEN.contains(&path) {
        return next.run(req).await;
    }
    if path.starts_with("/api/") && !crate::web::accepts_html(req.headers()) {
        let body = serde_json::to_string(&AppError::PasswordChangeRequired).unwrap_or_default();
        return (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response();
    }
    Redirect::to(PASSWORD_PAGE).into_response()
}
