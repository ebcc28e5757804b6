//! `POST /api/cohorts/{cohort}/upload`: a multipart form with the CSV file. Under `/api/`, so
//! the cross-origin guard covers it. The file is read in memory up to its limit, checked whole
//! and kept only as its checked rows; then on to the preview (303). A refused file shows the
//! upload page again with the reason, in the reader's language, and stores nothing.

use super::{preview_path, repo, UploadProblem};
use crate::{
    access,
    auth::Viewer,
    cohorts::{
        csv::{self, FileError},
        enrol::Districts,
    },
    error::AppError,
    shell::shell,
    web::{accepts_html, AppState},
};
use axum::{
    body::Body,
    extract::{DefaultBodyLimit, FromRequest, Multipart, Path, State},
    http::{header, request::Parts, HeaderValue, Request, StatusCode},
    response::{IntoResponse, Response},
    routing::{post, MethodRouter},
};

/// The largest request: the file and the form around it.
const BODY_LIMIT: usize = csv::FILE_LIMIT + 64 * 1024;

/// The upload route, for the server's router.
pub fn route() -> MethodRouter<AppState> {
    post(upload).layer(DefaultBodyLimit::max(BODY_LIMIT))
}

async fn upload(
    State(state): State<AppState>,
    Path(cohort): Path<String>,
    req: Request<Body>,
) -> Response {
    let (parts, body) = req.into_parts();
    match accept(&state, &parts, &cohort, body).await {
        Ok(upload) => see_other(&preview_path(&cohort, &upload)),
        Err(problem) => refuse(&state, &parts, &cohort, problem).await,
    }
}

/// Checks who is uploading, reads and checks the file, and stores its rows.
async fn accept(
    state: &AppState,
    parts: &Parts,
    cohort: &str,
    body: Body,
) -> Result<String, UploadProblem> {
    let failed = UploadProblem::Failed;
    let viewer = parts
        .extensions
        .get::<Viewer>()
        .ok_or(failed(AppError::Unauthenticated))?;
    let c = access::cohort(&state.db, viewer, cohort)
        .await
        .map_err(failed)?;
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > BODY_LIMIT) {
        return Err(UploadProblem::File(FileError::TooLarge));
    }
    let bytes = read_file(parts.clone(), body)
        .await
        .map_err(UploadProblem::File)?;
    let districts = Districts::load(&state.db)
        .await
        .map_err(|e| failed(e.into()))?;
    let rows = csv::read(&bytes, &districts).map_err(UploadProblem::File)?;
    repo::store(&state.db, &c, viewer.id, rows)
        .await
        .map_err(failed)
}

/// The bytes of the form's `file` field, at most [`csv::FILE_LIMIT`] of them.
async fn read_file(parts: Parts, body: Body) -> Result<Vec<u8>, FileError> {
    let unreadable = |err: axum::extract::multipart::MultipartError| {
        if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
            FileError::TooLarge
        } else {
            FileError::Unreadable
        }
    };
    let req = Request::from_parts(parts, body);
    let mut form = Multipart::from_request(req, &())
        .await
        .map_err(|_| FileError::Unreadable)?;
    while let Some(mut field) = form.next_field().await.map_err(unreadable)? {
        if field.name() != Some("file") {
            continue;
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
            if bytes.len() + chunk.len() > csv::FILE_LIMIT {
                return Err(FileError::TooLarge);
            }
            bytes.extend_from_slice(&chunk);
        }
        return Ok(bytes);
    }
    Err(FileError::Unreadable)
}

fn see_other(to: &str) -> Response {
    let mut res = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(&crate::web::local_path(to)) {
        res.headers_mut().insert(header::LOCATION, value);
    }
    res
}

/// A browser gets the upload page again with the problem (or the sign-in page, or the
/// refusal page); code gets the error as JSON. Either way with the problem's status.
async fn refuse(state: &AppState, parts: &Parts, cohort: &str, problem: UploadProblem) -> Response {
    let err = match &problem {
        UploadProblem::File(file) => AppError::invalid("file", file.message_id()),
        UploadProblem::Failed(err) => err.clone(),
    };
    let status = match &problem {
        UploadProblem::File(FileError::TooLarge) => StatusCode::PAYLOAD_TOO_LARGE,
        _ => StatusCode::from_u16(err.status()).unwrap_or(StatusCode::BAD_REQUEST),
    };
    if !accepts_html(&parts.headers) {
        let body = serde_json::to_vec(&err).unwrap_or_default();
        let mut res = (status, body).into_response();
        res.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        return res;
    }
    if err == AppError::Unauthenticated {
        return see_other("/login");
    }
    let mut res = upload_page(state, parts, cohort, problem).await;
    // The page answers a failed database with 503 itself.
    if res.status().is_success() {
        *res.status_mut() = status;
    }
    res
}

/// Renders the upload page of `cohort` for this request, with `problem` in context.
async fn upload_page(
    state: &AppState,
    parts: &Parts,
    cohort: &str,
    problem: UploadProblem,
) -> Response {
    let cohort = if crate::ids::valid_id(cohort) {
        cohort
    } else {
        "not-found"
    };
    let mut req = Request::get(format!("/cohorts/{cohort}/upload"))
        .body(Body::empty())
        .unwrap_or_default();
    *req.headers_mut() = parts.headers.clone();
    *req.extensions_mut() = parts.extensions.clone();
    req.headers_mut().remove(header::CONTENT_LENGTH);
    req.headers_mut().remove(header::CONTENT_TYPE);
    let options = state.leptos_options.clone();
    let state = state.clone();
    let render = leptos_axum::render_app_to_stream_with_context(
        move || {
            state.provide_context();
            leptos::prelude::provide_context(problem.clone());
        },
        move || shell(options.clone()),
    );
    render(req).await.into_response()
}
