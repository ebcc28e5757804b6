//! The server-function endpoint (`/api/<name>`). Only URL-encoded forms of a bounded size in
//! UTF-8 go in; every error comes out with its own 4xx/5xx status (never a bare 500 for bad
//! input), as a page in the reader's language for a browser and as JSON for code.

use app::{
    error::AppError,
    shell::shell,
    web::{accepts_html, AppState, ErrorShown, PlainFormPost},
};
use axum::{
    body::Body,
    extract::State,
    http::{header, request::Parts, HeaderMap, HeaderValue, Request, StatusCode},
    response::{IntoResponse, Response},
};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;
use leptos_axum::handle_server_fns_with_context;

/// The largest form a server function accepts (a quiz of 100 questions is under 8 KB).
pub const FORM_LIMIT: usize = 64 * 1024;

pub async fn handle(State(state): State<AppState>, req: Request<Body>) -> Response {
    let (parts, body) = req.into_parts();
    if !is_form(&parts.headers) {
        return refuse(&state, &parts, AppError::UnsupportedForm).await;
    }
    let bytes = match Limited::new(body, FORM_LIMIT).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(err) if err.downcast_ref::<LengthLimitError>().is_some() => {
            return refuse(&state, &parts, AppError::TooLarge).await;
        }
        Err(_) => return refuse(&state, &parts, AppError::Request("body".into())).await,
    };
    if std::str::from_utf8(&bytes).is_err() {
        return refuse(&state, &parts, AppError::Request("not UTF-8".into())).await;
    }
    // Leptos and its server functions would answer a browser's form post with their own
    // redirects, even on an error; they see a call from code instead, and the browser's answer
    // is made here: a redirect for an outcome, a page for a refusal.
    let html = accepts_html(&parts.headers);
    let mut call_parts = parts.clone();
    call_parts.headers.remove(header::REFERER);
    call_parts
        .headers
        .insert(header::ACCEPT, HeaderValue::from_static("application/json"));
    if html {
        call_parts.extensions.insert(PlainFormPost);
    }
    let call = Request::from_parts(call_parts, Body::from(bytes));
    let context_state = state.clone();
    let res = handle_server_fns_with_context(move || context_state.provide_context(), call)
        .await
        .into_response();
    let location = res.headers().get(header::LOCATION).cloned();
    let failed = res.headers().contains_key(SERVER_FN_ERROR_HEADER);
    if failed && !(html && location.is_some()) {
        let (_, body) = res.into_parts();
        let bytes = body
            .collect()
            .await
            .map(|b| b.to_bytes())
            .unwrap_or_default();
        let err = serde_json::from_slice::<AppError>(&bytes).unwrap_or(AppError::Internal);
        return refuse(&state, &parts, err).await;
    }
    if !html {
        return res;
    }
    // A plain form post: on to where the function said (or back where the form was), keeping
    // the cookies it set.
    let to = match &location {
        Some(to) => to.to_str().unwrap_or("/").to_owned(),
        None => parts
            .headers
            .get(header::REFERER)
            .and_then(|r| r.to_str().ok())
            .map_or_else(|| "/".to_owned(), back_path),
    };
    let (res_parts, _) = res.into_parts();
    let mut answer = redirect(&app::web::local_path(&to));
    for cookie in res_parts.headers.get_all(header::SET_COOKIE) {
        answer
            .headers_mut()
            .append(header::SET_COOKIE, cookie.clone());
    }
    answer
}

/// The path (and query) of a same-site URL, for links back to it; `/` for anything else.
fn back_path(url: &str) -> String {
    let path = url
        .split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
        .unwrap_or("/");
    app::web::local_path(path)
}

fn redirect(to: &str) -> Response {
    let mut res = StatusCode::FOUND.into_response();
    if let Ok(value) = HeaderValue::from_str(to) {
        res.headers_mut().insert(header::LOCATION, value);
    }
    res
}

fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| {
            v.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

/// Answers `err` with its status: a page for a browser, JSON for code; "busy" and
/// "unavailable" say when to try again.
async fn refuse(state: &AppState, parts: &Parts, err: AppError) -> Response {
    let retry = match err {
        AppError::Busy => Some("5"),
        AppError::Unavailable => Some("30"),
        _ => None,
    };
    let mut res = answer(state, parts, err).await;
    if let Some(seconds) = retry {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static(seconds));
    }
    res
}

async fn answer(state: &AppState, parts: &Parts, err: AppError) -> Response {
    let status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::BAD_REQUEST);
    if !accepts_html(&parts.headers) {
        let body = serde_json::to_vec(&err).unwrap_or_default();
        let mut res = (status, body).into_response();
        res.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        return res;
    }
    let back = parts
        .headers
        .get(header::REFERER)
        .and_then(|r| r.to_str().ok())
        .map(back_path);
    let shown = ErrorShown { error: err, back };
    let mut res = error_page(state, parts, shown).await;
    *res.status_mut() = status;
    res
}

/// Renders the app's error page for the request described by `parts` (its language and
/// viewer were resolved by the middleware).
pub async fn error_page(state: &AppState, parts: &Parts, shown: ErrorShown) -> Response {
    let mut req = Request::get("/error")
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
            leptos::prelude::provide_context(shown.clone());
        },
        move || shell(options.clone()),
    );
    render(req).await.into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_path_stays_on_this_site() {
        assert_eq!(back_path("http://sabaq.test/login?x=1"), "/login?x=1");
        assert_eq!(back_path("http://sabaq.test"), "/");
        assert_eq!(back_path("https://evil.example//evil.example"), "/");
        assert_eq!(back_path("not a url"), "/");
    }

    #[test]
    fn only_url_encoded_forms_are_accepted() {
        let mut h = HeaderMap::new();
        assert!(!is_form(&h));
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        assert!(!is_form(&h));
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded; charset=UTF-8"),
        );
        assert!(is_form(&h));
    }
}
