//! Server-only plumbing shared by every domain: the request's database, viewer and language,
//! cookies, form flashes and the middleware that fills them in.

pub mod assets;
pub mod cookies;
pub mod flash;
pub mod form;
pub mod middleware;
mod state;

pub use state::AppState;

use crate::{auth::Viewer, error::AppError};
use http::request::Parts;
use leptos::prelude::use_context;
use sea_orm::DatabaseConnection;

/// The shared connection pool, provided as context to every page and server function.
pub fn db() -> Result<DatabaseConnection, AppError> {
    use_context::<DatabaseConnection>().ok_or_else(|| {
        tracing::error!("database connection missing from context");
        AppError::Internal
    })
}

/// The signed-in user of the current request, resolved once by [`middleware::request_context`].
pub fn viewer() -> Option<Viewer> {
    use_context::<Parts>().and_then(|parts| parts.extensions.get::<Viewer>().cloned())
}

/// The signed-in user, or `Unauthenticated`.
pub fn require_viewer() -> Result<Viewer, AppError> {
    viewer().ok_or(AppError::Unauthenticated)
}

/// Path and query of the page being rendered, to come back to after a form post.
pub fn current_path() -> String {
    use_context::<Parts>()
        .and_then(|p| p.uri.path_and_query().map(|pq| pq.as_str().to_owned()))
        .unwrap_or_else(|| "/".into())
}

/// `path` if it is a path on this site, else `/`: never redirect to another origin.
pub fn local_path(path: &str) -> String {
    let ok = path.starts_with('/') && !path.starts_with("//") && !path.contains(['\\', '\r', '\n']);
    if ok {
        path.to_owned()
    } else {
        "/".into()
    }
}

/// Sets a 404 status on the current response.
pub fn not_found() {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
}

/// The public origin of this site (`scheme://host`), for links that leave the page, e.g. QR codes.
pub fn public_origin() -> String {
    let configured = use_context::<state::PublicOrigin>().and_then(|o| o.0);
    let host = use_context::<Parts>().and_then(|p| {
        p.headers
            .get(http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .map(str::to_owned)
    });
    origin(configured, host.as_deref())
}

/// The configured public origin (the first of `SABAQ_PUBLIC_ORIGINS`), else the request's host.
pub fn origin(configured: Option<String>, host: Option<&str>) -> String {
    configured.unwrap_or_else(|| format!("http://{}", host.unwrap_or("localhost")))
}

/// True when the request is a plain HTML form post (no JavaScript), which expects a redirect.
pub fn is_plain_form_post() -> bool {
    use_context::<Parts>()
        .and_then(|p| {
            p.headers
                .get(http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.contains("text/html"))
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_local_paths_are_kept() {
        assert_eq!(local_path("/dashboard?x=1"), "/dashboard?x=1");
        assert_eq!(local_path("//evil.example/"), "/");
        assert_eq!(local_path("https://evil.example/"), "/");
        assert_eq!(local_path("/\\evil"), "/");
        assert_eq!(local_path(""), "/");
    }
}
