use crate::error::AppError;
use leptos::prelude::*;

/// Switches the interface language: remembered in a cookie, and as the saved preference of a
/// signed-in user. Posted by a plain form, so it works without JavaScript.
#[server(prefix = "/api", endpoint = "set-language")]
pub async fn set_language(lang: String, back: String) -> Result<(), AppError> {
    use crate::web::{self, cookies};
    let back = web::require_local_path(&back)?;
    let lang = super::Lang::from_code(&lang)
        .ok_or_else(|| AppError::invalid("lang", "error-bad-request"))?;
    if let Some(viewer) = web::viewer() {
        crate::auth::users::set_language(&web::db()?, viewer.id, lang).await?;
    }
    cookies::set(super::LANG_COOKIE, lang.code(), cookies::ONE_YEAR);
    leptos_axum::redirect(&back);
    Ok(())
}
