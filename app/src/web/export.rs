//! How a file download is refused: sign in first (a redirect), 400 with the reason, 403, 404,
//! or 503 when the database failed — never an empty file.

use crate::{
    error::AppError,
    i18n::{t_in, Lang},
};
use axum::{
    http::{header, StatusCode},
    response::{IntoResponse, Redirect, Response},
};

/// The response for a download that failed with `err`; `what` names it in the log.
pub fn refused(err: AppError, lang: Lang, what: &str) -> Response {
    let (status, message) = match err {
        AppError::Unauthenticated => return Redirect::to("/login").into_response(),
        AppError::Forbidden => (StatusCode::FORBIDDEN, "error-forbidden".to_owned()),
        AppError::NotFound => (StatusCode::NOT_FOUND, "error-not-found".to_owned()),
        AppError::Invalid { message, .. } => (StatusCode::BAD_REQUEST, message),
        err => {
            tracing::error!(?err, "exporting {what}");
            (StatusCode::SERVICE_UNAVAILABLE, "error-internal".to_owned())
        }
    };
    (
        status,
        [(header::CACHE_CONTROL, "private, no-store")],
        t_in(lang, &message, &[]),
    )
        .into_response()
}
