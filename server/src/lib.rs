//! The Sabaq web server: the axum router around the Leptos app.

pub mod config;
pub mod demo;

use app::{
    courses, districts,
    shell::{shell, App},
    web::{middleware, AppState},
};
use axum::{
    body::Body,
    extract::State,
    http::{header, HeaderValue, Request, StatusCode},
    middleware::from_fn_with_state,
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use leptos::config::LeptosOptions;
use leptos_axum::{generate_route_list, handle_server_fns_with_context, LeptosRoutes};
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
    Ok(AppState {
        leptos_options,
        db,
        districts: Arc::from(districts),
        secure_cookies: cfg.secure_cookies,
        allowed_origins: Arc::from(cfg.public_origins.clone()),
        trust_proxy: cfg.trust_proxy,
        course_cache: Default::default(),
    })
}

/// Leptos options for serving from `site_root`.
pub fn leptos_options(cfg: &config::Config) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("sabaq")
        .site_root(cfg.site_root.clone())
        .site_pkg_dir("pkg")
        .site_addr(cfg.site_addr)
        .build()
}

/// The whole application: pages, server functions, static files and `/healthz`.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let page_state = state.clone();
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(healthz))
        .route("/api/{*fn_name}", post(server_fn_handler))
        .route("/content/{course}/{*path}", get(courses::files::serve))
        .leptos_routes_with_context(
            &state,
            routes,
            move || page_state.provide_context(),
            move || shell(options.clone()),
        )
        .fallback(static_or_not_found)
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
                HeaderValue::from_static(STATIC_CACHE),
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

/// Static files are cached for a day; fonts and hashed assets could be cached for longer once
/// file names carry a content hash.
const STATIC_CACHE: &str = "public, max-age=86400";

async fn server_fn_handler(State(state): State<AppState>, req: Request<Body>) -> impl IntoResponse {
    handle_server_fns_with_context(move || state.provide_context(), req).await
}

/// 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    if app::db::ping(&state.db).await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}
