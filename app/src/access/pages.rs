//! What a page shows when access is refused.

use crate::{
    error::AppError,
    i18n::t,
    layout::{Page, Unavailable},
};
use leptos::prelude::*;

/// The page for a refused or failed request: sign in (a redirect), 400 with the reason, 403,
/// 404, or 503 when the database failed.
pub fn refusal(err: AppError) -> AnyView {
    let status = |s: http::StatusCode| {
        if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
            res.set_status(s);
        }
    };
    match err {
        AppError::Unauthenticated => {
            crate::web::redirect_to_login();
            ().into_any()
        }
        AppError::Forbidden => {
            status(http::StatusCode::FORBIDDEN);
            view! { <Page title=t("error-forbidden-title")><p>{t("error-forbidden")}</p></Page> }
                .into_any()
        }
        AppError::NotFound => {
            status(http::StatusCode::NOT_FOUND);
            view! { <Page title=t("error-not-found-title")><p>{t("error-not-found")}</p></Page> }
                .into_any()
        }
        AppError::Invalid { message, .. } => {
            status(http::StatusCode::BAD_REQUEST);
            view! { <Page title=t("error-page-title")><p class="alert error" role="alert">{t(&message)}</p></Page> }
                .into_any()
        }
        _ => view! { <Page title=t("error-page-title")><Unavailable/></Page> }.into_any(),
    }
}
