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
    /// Where links that leave the page point (certificate QR codes and verify links), see
    /// [`public_origin_from`].
    pub public_origin: Arc<str>,
    /// How many proxies of our own stand in front (0: take the peer address, ignore
    /// `X-Forwarded-For`).
    pub trusted_proxies: usize,
    /// Course structures kept in memory for a short while.
    pub course_cache: crate::courses::structure::StructureCache,
    /// The bearer token that opens `/metrics` to other hosts (loopback needs none).
    pub metrics_token: Option<Arc<str>>,
    /// Who issues the certificates (name, department, logo), as configured.
    pub issuer: Arc<crate::certificates::Issuer>,
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
        leptos::prelude::provide_context(self.leptos_options.clone());
        leptos::prelude::provide_context(self.districts.clone());
        leptos::prelude::provide_context(self.course_cache.clone());
        leptos::prelude::provide_context(CookiePolicy {
            secure: self.secure_cookies,
        });
        leptos::prelude::provide_context(PublicOrigin(self.public_origin.clone()));
        leptos::prelude::provide_context(self.issuer.clone());
    }
}

/// The site's public origin: the first configured public origin, else the listen address
/// (development). Never the request's `Host` header, which the client chooses.
pub fn public_origin_from(configured: &[String], site_addr: std::net::SocketAddr) -> Arc<str> {
    match configured.first() {
        Some(origin) => origin.trim_end_matches('/').into(),
        None => format!("http://{site_addr}").into(),
    }
}

/// How cookies are marked, provided as context to cookie writers.
#[derive(Clone, Copy, Debug, Default)]
pub struct CookiePolicy {
    pub secure: bool,
}

/// The public origin of this site, provided as context to pages.
#[derive(Clone, Debug, Default)]
pub struct PublicOrigin(pub Arc<str>);
