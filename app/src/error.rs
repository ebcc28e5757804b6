//! The error every server function returns: serialisable, with an HTTP status and a Fluent
//! message id so the page can show it in the user's language.

use serde::{Deserialize, Serialize};

/// What went wrong, as the browser needs to know it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// A form field was rejected; `message` is a Fluent id.
    #[error("invalid {field}: {message}")]
    Invalid { field: String, message: String },
    #[error("not signed in")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    /// Wrong login or password (deliberately the same for unknown accounts).
    #[error("bad credentials")]
    BadCredentials,
    #[error("too many attempts, retry in {minutes} min")]
    Throttled { minutes: u32 },
    #[error("cross-origin request refused")]
    CrossOrigin,
    #[error("not found")]
    NotFound,
    /// Something on our side failed; details are in the server log, never in the response.
    #[error("internal error")]
    Internal,
    /// The request could not be decoded or sent (server function transport).
    #[error("request error: {0}")]
    Request(String),
}

impl AppError {
    pub fn invalid(field: &str, message: &str) -> Self {
        Self::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The Fluent id of the message shown to the user.
    pub fn message_id(&self) -> &str {
        match self {
            Self::Invalid { message, .. } => message,
            Self::Unauthenticated => "error-unauthenticated",
            Self::Forbidden => "error-forbidden",
            Self::BadCredentials => "login-error-invalid",
            Self::Throttled { .. } => "login-error-throttled",
            Self::CrossOrigin => "error-cross-origin",
            Self::NotFound => "error-not-found",
            Self::Internal => "error-internal",
            Self::Request(_) => "error-bad-request",
        }
    }

    /// The form field the error belongs to, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }

    pub fn status(&self) -> u16 {
        match self {
            Self::Invalid { .. } | Self::Request(_) => 400,
            Self::Unauthenticated | Self::BadCredentials => 401,
            Self::Forbidden | Self::CrossOrigin => 403,
            Self::NotFound => 404,
            Self::Throttled { .. } => 429,
            Self::Internal => 500,
        }
    }
}

impl leptos::server_fn::error::FromServerFnError for AppError {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    fn from_server_fn_error(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        Self::Request(value.to_string())
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        tracing::error!(error = %err, "database error");
        Self::Internal
    }
}
