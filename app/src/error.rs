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
    /// The password was right but an admin has disabled the account.
    #[error("account disabled")]
    AccountDisabled,
    /// Signed in with a one-time password: nothing but choosing a new one is allowed.
    #[error("password change required")]
    PasswordChangeRequired,
    #[error("too many attempts, retry in {minutes} min")]
    Throttled { minutes: u32 },
    #[error("cross-origin request refused")]
    CrossOrigin,
    /// The learner has taken the final assessment as often as a day allows.
    #[error("final assessment attempts used up for now")]
    FinalAttemptsUsed,
    #[error("not found")]
    NotFound,
    /// A form body over the size limit.
    #[error("form too large")]
    TooLarge,
    /// A body that is not a URL-encoded form where one is expected.
    #[error("not a form")]
    UnsupportedForm,
    /// Too many requests need the same scarce resource (password hashing) right now.
    #[error("busy, try again")]
    Busy,
    /// The database cannot be reached just now (stopped, restarting): try again shortly.
    #[error("database unavailable")]
    Unavailable,
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
            Self::AccountDisabled => "login-error-disabled",
            Self::PasswordChangeRequired => "password-must-change",
            Self::Throttled { .. } => "login-error-throttled",
            Self::CrossOrigin => "error-cross-origin",
            Self::FinalAttemptsUsed => "quiz-final-limit-reached",
            Self::NotFound => "error-not-found",
            Self::TooLarge => "error-too-large",
            Self::UnsupportedForm => "error-unsupported-form",
            Self::Busy => "error-busy",
            Self::Unavailable => "error-unavailable",
            Self::Internal => "error-internal",
            Self::Request(_) => "error-bad-request",
        }
    }

    /// The named arguments of the message.
    pub fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            Self::Throttled { minutes } => vec![("minutes", minutes.to_string())],
            _ => vec![],
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
            Self::Forbidden
            | Self::CrossOrigin
            | Self::AccountDisabled
            | Self::PasswordChangeRequired => 403,
            Self::NotFound => 404,
            Self::Throttled { .. } | Self::FinalAttemptsUsed => 429,
            Self::TooLarge => 413,
            Self::UnsupportedForm => 415,
            Self::Busy | Self::Unavailable => 503,
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
        if crate::db::is_unreachable(&err) {
            tracing::warn!(error = %err, "database unreachable");
            return Self::Unavailable;
        }
        tracing::error!(error = %err, "database error");
        Self::Internal
    }
}
