//! The Sabaq web server: the axum router around the Leptos app.

pub mod api;
pub mod config;
pub mod demo;
pub mod metrics;
pub mod requests;
pub mod serve;
pub mod synthetic;

use app::{
    certificates, courses, coverage, districts, offline,
    shell::{shell, App},
    web::{headers, middleware, AppState},
};
use axum::{
    body::Body,
    extract::State,
    http::{header, HeaderValue, Request, StatusCode},
    middleware::{from_fn, from_fn_with_state},
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use leptos::config::LeptosOptions;
use leptos_axum::{generate_route_list_with_exclusions, LeptosRoutes};
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use tower::ServiceExt;
use tower_http::{
    compression::{
        predicate::{NotForContentType, Predicate},
        CompressionLayer, DefaultPredicate,
    },
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
};

/// Builds the shared state: loads reference data once.
pub async fn state(
    db: DatabaseConnection,
    leptos_options: LeptosOptions,
    cfg: &config::Config,
) -> Result<AppState, sea_orm::DbErr> {
    let districts = districts::repo::all(&db).await?;
    let course_cache = courses::structure::StructureCache::default();
    courses::structure::listen(&db, course_cache.clone());
    Ok(AppState {
        leptos_options,
        db,
        districts: Arc::from(districts),
        secure_cookies: cfg.secure_cookies,
        allowed_origins: Arc::from(cfg.public_origins.clone()),
        public_origin: app::web::public_origin_from(&cfg.public_origins, cfg.site_addr),
        trusted_proxies: if cfg.trust_proxy { cfg.proxy_hops } else { 0 },
        course_cache,
        metrics_token: cfg
            .metrics_token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(Arc::from),
        issuer: Arc::new(cfg.issuer.issuer()),
    })
}

/// Leptos options for serving from `site_root`. A release build by cargo-leptos leaves
/// `hash.txt` beside the binary: the hashed file names of the WASM, JS and CSS.
pub fn leptos_options(cfg: &config::Config) -> LeptosOptions {
    let hashed = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt")))
        .is_some_and(|file| file.is_file());
    LeptosOptions::builder()
        .output_name("sabaq")
        .site_root(cfg.site_root.clone())
        .site_pkg_dir("pkg")
        .site_addr(cfg.site_addr)
        .hash_files(hashed)
        .build()
}

/// The whole application: pages, server functions, static files and `/healthz`.
pub fn router(state: AppState) -> Router {
    // Server functions are served by `api::handle` (which checks the body first), not by the
    // routes Leptos would register for each of them.
    let server_fns = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    let routes = generate_route_list_with_exclusions(App, Some(server_fns));
    metrics::install();
    let page_state = state.clone();
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics::serve))
        .route("/styles/{file}", get(staff_css))
        .route("/sw.js", get(offline::scripts::serve_worker))
        .route("/scripts/{file}", get(offline::scripts::serve_page_script))
        .route(
            "/manifest.webmanifest",
            get(offline::scripts::serve_manifest),
        )
        // Routes under /api/ that are not server functions come first (the guard covers them).
        .route(
            "/api/cohorts/{cohort}/slips",
            post(app::cohorts::slips::print),
        )
        // Before the server functions: a multipart upload, under the same `/api/` origin guard.
        .route(
            "/api/cohorts/{cohort}/upload",
            app::cohorts::upload::route::route(),
        )
        .route("/api/{*fn_name}", post(api::handle))
        .route("/content/{course}/{*path}", get(courses::files::serve))
        .route(
            "/certificates/{code}/certificate.pdf",
            get(certificates::download::pdf),
        )
        .route("/issuer-logo", get(certificates::issuer::serve_logo))
        .route(
            "/cohorts/{cohort}/progress.csv",
            get(app::cohorts::export::csv),
        )
        .route("/reports/coverage.csv", get(coverage::export::csv))
        .route("/reports/coverage.xlsx", get(coverage::export::xlsx))
        .route("/coverage.csv", get(coverage::export::public_csv))
        .leptos_routes_with_context(
            &state,
            routes,
            move || page_state.provide_context(),
            move || shell(options.clone()),
        )
        .fallback(static_or_not_found)
        .layer(from_fn(app::auth::must_change::require_new_password))
        .layer(from_fn(headers::private_when_signed_in))
        .layer(from_fn_with_state(
            state.clone(),
            middleware::request_context,
        ))
        .layer(from_fn_with_state(state.clone(), middleware::origin_guard))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ))
        .layer(CompressionLayer::new().compress_when(
            // Recordings are compressed already, and byte ranges must stay exact.
            DefaultPredicate::new().and(NotForContentType::const_new("audio/")),
        ))
        .layer(from_fn_with_state(state.clone(), headers::security_headers))
        .layer(from_fn(serve::body_deadline))
        .layer(from_fn(requests::log))
        .with_state(state)
}

/// A file from the site folder (precompressed variants preferred), else the app's 404 page.
async fn static_or_not_found(State(state): State<AppState>, req: Request<Body>) -> Response {
    let mut probe = Request::builder().method(req.method()).uri(req.uri());
    for (name, value) in req.headers() {
        probe = probe.header(name, value);
    }
    let probe = probe
        .body(Body::empty())
        .expect("copied request parts are valid");
    let served = ServeDir::new(&*state.leptos_options.site_root)
        .precompressed_br()
        .precompressed_gzip()
        .oneshot(probe)
        .await;
    match served {
        Ok(mut res) if res.status() != StatusCode::NOT_FOUND => {
            res.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static(static_cache(req.uri().path())),
            );
            res.into_response()
        }
        _ => {
            let options = state.leptos_options.clone();
            let render = leptos_axum::render_app_to_stream_with_context(
                move || state.provide_context(),
                move || shell(options.clone()),
            );
            render(req).await.into_response()
        }
    }
}

/// How long browsers keep a static file: for good when its name carries a content hash
/// (`/pkg/sabaq.<hash>.wasm`), a month for fonts (renamed when they change), else a day.
fn static_cache(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or_default();
    let hashed = path.starts_with("/pkg/")
        && name.split('.').any(|part| {
            part.len() >= 16
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
    if hashed {
        app::web::assets::CACHED_FOR_GOOD
    } else if path.starts_with("/fonts/") {
        "public, max-age=2592000"
    } else {
        "public, max-age=86400"
    }
}

/// The staff pages' stylesheet, at the one name that matches its content.
async fn staff_css(axum::extract::Path(file): axum::extract::Path<String>) -> Response {
    use app::web::assets::{staff_css_href, CACHED_FOR_GOOD, STAFF_CSS};
    if staff_css_href().strip_prefix("/styles/") != Some(file.as_str()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, CACHED_FOR_GOOD),
        ],
        STAFF_CSS,
    )
        .into_response()
}

/// 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    if app::db::ping(&state.db).await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}
