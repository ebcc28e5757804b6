//! Finishing a server function that a form posted: redirect on success, or carry the error back
//! to the form (no JavaScript) / answer with the error's status (called from code).

use super::{flash, is_plain_form_post, local_path};
use crate::error::AppError;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

/// Where to go and what to keep after a form post.
pub struct FormOutcome<'a> {
    /// Page to show after success.
    pub success: &'a str,
    /// Fluent id of a notice shown after success.
    pub notice: Option<&'a str>,
    /// The form's page, to return to on error.
    pub form: &'a str,
    /// Non-secret values to refill the form with after an error.
    pub keep: &'a [(&'a str, &'a str)],
}

impl FormOutcome<'_> {
    /// Turns the data layer's result into the server function's response.
    pub fn finish<T>(&self, result: Result<T, AppError>) -> Result<(), AppError> {
        match result {
            Ok(_) => {
                if let Some(notice) = self.notice {
                    flash::put(&flash::Flash {
                        notice: Some(notice.into()),
                        ..Default::default()
                    });
                }
                leptos_axum::redirect(&local_path(self.success));
                Ok(())
            }
            Err(err) => Err(self.fail(err)),
        }
    }

    /// Reports `err`: back to the form with a flash for a browser, or its HTTP status for code.
    /// "Busy" and "unavailable" are not the form's fault: the browser gets the 503 page to try
    /// again from (the form page itself may not load while the database is away).
    pub fn fail(&self, err: AppError) -> AppError {
        if is_plain_form_post() && !matches!(err, AppError::Busy | AppError::Unavailable) {
            flash::put(&flash::Flash {
                error: Some(err.message_id().into()),
                args: err
                    .message_args()
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), v))
                    .collect(),
                field: err.field().map(Into::into),
                notice: None,
                values: self
                    .keep
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            });
            leptos_axum::redirect(&local_path(self.form));
        } else if let Some(res) = use_context::<ResponseOptions>() {
            res.set_status(
                http::StatusCode::from_u16(err.status()).unwrap_or(http::StatusCode::BAD_REQUEST),
            );
        }
        err
    }
}
