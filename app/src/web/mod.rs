//! Server-only plumbing shared by every domain: the request's database, viewer and language,
//! cookies, form flashes and the middleware that fills them in.

pub mod assets;
pub mod cookies;
pub mod export;
pub mod flash;
pub mod form;
pub mod headers;
pub mod middleware;
mod state;

pub use state::{public_origin_from, AppState};

use crate::{auth::Viewer, error::AppError};
use http::request::Parts;
use leptos::prelude::use_context;
use sea_orm::DatabaseConnection;

/// An error shown as a whole page (a bad request to a server function from a browser): the
/// error page replaces the 404 page when this is in context.
#[derive(Debug, Clone)]
pub struct ErrorShown {
    pub error: AppError,
    /// A same-site path to go back to (the page that sent the form).
    pub back: Option<String>,
}

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

/// `path` if it is a path on this site, else `/`: never redirect to another origin. Only
/// visible ASCII is kept (URLs percent-encode the rest): browsers drop tabs and newlines from a
/// `Location`, so `/\t/evil.example` would become `//evil.example`, another site.
pub fn local_path(path: &str) -> String {
    let ok = path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && path.bytes().all(|b| b.is_ascii_graphic());
    if ok {
        path.to_owned()
    } else {
        "/".into()
    }
}

/// `path` when [`local_path`] keeps it, else a 400: a posted `back` or `next` that is not a
/// path on this site is refused rather than quietly replaced.
pub fn require_local_path(path: &str) -> Result<String, AppError> {
    let local = local_path(path);
    if local == path {
        Ok(local)
    } else {
        Err(AppError::invalid("back", "error-bad-request"))
    }
}

/// `/login?next=<path>`: the sign-in page that comes back to `path` (a page on this site).
pub fn login_returning_to(path: &str) -> String {
    let next: String = form_urlencoded::byte_serialize(local_path(path).as_bytes()).collect();
    format!("/login?next={next}")
}

/// Sends a visitor who must sign in to the sign-in page, which brings them back here.
pub fn redirect_to_login() {
    leptos_axum::redirect(&login_returning_to(&current_path()));
}

/// Sets a 404 status on the current response.
pub fn not_found() {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
}

/// The public origin of this site (`scheme://host`), for links that leave the page, e.g. QR
/// codes: see [`public_origin_from`].
pub fn public_origin() -> std::sync::Arc<str> {
    use_context::<state::PublicOrigin>()
        .map(|o| o.0)
        .unwrap_or_else(|| "http://localhost".into())
}

/// True when a request's `Accept` names HTML: a browser asking, not code.
pub fn accepts_html(headers: &http::HeaderMap) -> bool {
    headers
        .get(http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// Marks a server-function call that a browser posted as a plain HTML form (no JavaScript):
/// set by the server-function endpoint, which answers it with a redirect or a page.
#[derive(Debug, Clone, Copy)]
pub struct PlainFormPost;

/// True when the request is a plain HTML form post (no JavaScript), which expects a redirect.
pub fn is_plain_form_post() -> bool {
    use_context::<Parts>().is_some_and(|p| p.extensions.get::<PlainFormPost>().is_some())
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
        assert_eq!(local_path("/\t/evil.example"), "/");
        assert_eq!(local_path("/\u{1}"), "/");
        assert_eq!(local_path("/ok path"), "/");
        assert_eq!(local_path("/سبق"), "/");
        assert_eq!(local_path(""), "/");
    }
}
