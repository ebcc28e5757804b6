use crate::districts::District;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;
use std::sync::Arc;

/// Everything a request handler needs, cloned cheaply into each request.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    /// Reference data loaded once at start-up.
    pub districts: Arc<[District]>,
    /// Mark cookies `Secure` (set when served over HTTPS).
    pub secure_cookies: bool,
    /// Origins allowed to POST besides the request's own host, e.g. the public HTTPS address.
    pub allowed_origins: Arc<[String]>,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_proxy: bool,
    /// Course structures kept in memory for a short while.
    pub course_cache: crate::courses::structure::StructureCache,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

impl AppState {
    /// Provides what pages and server functions read from context.
    pub fn provide_context(&self) {
        leptos::prelude::provide_context(self.db.clone());
        leptos::prelude::provide_context(self.districts.clone());
        leptos::prelude::provide_context(self.course_cache.clone());
        leptos::prelude::provide_context(CookiePolicy {
            secure: self.secure_cookies,
        });
        leptos::prelude::provide_context(PublicOrigin(self.allowed_origins.first().cloned()));
    }
}

/// How cookies are marked, provided as context to cookie writers.
#[derive(Clone, Copy, Debug, Default)]
pub struct CookiePolicy {
    pub secure: bool,
}

/// The configured public origin, if any (else the request's host is used).
#[derive(Clone, Debug, Default)]
pub struct PublicOrigin(pub Option<String>);
