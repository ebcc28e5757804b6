//! Printing start slips: `POST /api/cohorts/<cohort>/slips` gives the chosen learners new start
//! codes and answers with the sheet of slips to print. Only the codes' hashes are stored, so the
//! codes exist in this one response: it is a page (never a redirect) that no cache keeps. It is
//! rendered by the app at `/cohorts/<cohort>/slips`, with [`Printed`] in context.

use super::start_codes::{self, Chosen, Issued, IssuedBatch};
use crate::{
    access,
    auth::Viewer,
    error::AppError,
    shell::shell,
    web::{accepts_html, headers::PRIVATE, AppState},
};
use axum::{
    body::Body,
    extract::{rejection::FormRejection, Path, State},
    http::{header, request::Parts, HeaderValue, Request, StatusCode},
    response::{IntoResponse, Response},
    Form,
};
use std::fmt::Write;

/// What a print request leaves for the slips page: the sheet, or why there is none.
#[derive(Debug, Clone)]
pub enum Printed {
    Sheet(SlipSheet),
    Refused(AppError),
}

/// The slips just issued for one cohort.
#[derive(Debug, Clone)]
pub struct SlipSheet {
    pub cohort_pid: String,
    pub cohort_name: String,
    /// By learner name.
    pub slips: Vec<Slip>,
    /// When every code on the sheet expires.
    pub expires_at: i64,
}

/// One learner's slip: their new code and the QR code (SVG) of their sign-in address.
#[derive(Debug, Clone)]
pub struct Slip {
    pub issued: Issued,
    pub qr: String,
}

/// The form field naming one chosen learner (public id); repeated.
pub const LEARNER_FIELD: &str = "learner";
/// The form field of the submit button: [`SCOPE_ALL`] prints every pending learner.
pub const SCOPE_FIELD: &str = "scope";
pub const SCOPE_ALL: &str = "all";

/// The form's action for cohort `pid`: under `/api/`, so the cross-origin guard applies.
pub fn action(pid: &str) -> String {
    format!("/api/cohorts/{pid}/slips")
}

/// `POST /api/cohorts/<cohort>/slips`: the signed-in trainer of the cohort (or an admin) prints
/// slips for the ticked learners, or for all who have not chosen a password yet.
pub async fn print(
    State(state): State<AppState>,
    Path(cohort): Path<String>,
    parts: Parts,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Response {
    let printed = match issue(&state, &parts, &cohort, form).await {
        Ok(sheet) => Printed::Sheet(sheet),
        Err(err) if !accepts_html(&parts.headers) => return json_error(&err),
        Err(err) => Printed::Refused(err),
    };
    // The page's path only ever carries a valid id (axum decoded the one in the URL).
    let pid = if crate::ids::valid_id(&cohort) {
        cohort.as_str()
    } else {
        "-"
    };
    let mut res = render(&state, &parts, &format!("/cohorts/{pid}/slips"), printed).await;
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(PRIVATE));
    res
}

/// Who is calling → may they → which learners → one transaction.
async fn issue(
    state: &AppState,
    parts: &Parts,
    cohort: &str,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Result<SlipSheet, AppError> {
    let viewer = parts
        .extensions
        .get::<Viewer>()
        .cloned()
        .ok_or(AppError::Unauthenticated)?;
    let c = access::cohort(&state.db, &viewer, cohort).await?;
    let Form(fields) = form.map_err(|rejection| match rejection.status() {
        StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::UnsupportedForm,
        StatusCode::PAYLOAD_TOO_LARGE => AppError::TooLarge,
        _ => AppError::Request("slips form".into()),
    })?;
    let IssuedBatch { codes, expires_at } =
        start_codes::reissue_unstarted(&state.db, c.id, &chosen(&fields), viewer.id).await?;
    // Drawing hundreds of QR codes is CPU work: keep it off the async workers.
    let origin = state.public_origin.clone();
    let slips = tokio::task::spawn_blocking(move || {
        codes
            .into_iter()
            .map(|issued| Slip {
                qr: qr_svg(&start_url(&origin, &issued.login)),
                issued,
            })
            .collect()
    })
    .await
    .map_err(|_| AppError::Internal)?;
    Ok(SlipSheet {
        cohort_pid: c.pid,
        cohort_name: c.model.name,
        slips,
        expires_at,
    })
}

/// The learners a posted form chose.
pub fn chosen(fields: &[(String, String)]) -> Chosen {
    if fields
        .iter()
        .any(|(k, v)| k == SCOPE_FIELD && v == SCOPE_ALL)
    {
        return Chosen::AllPending;
    }
    Chosen::Learners(
        fields
            .iter()
            .filter(|(k, _)| k == LEARNER_FIELD)
            .map(|(_, v)| v.clone())
            .collect(),
    )
}

fn json_error(err: &AppError) -> Response {
    let status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let body = serde_json::to_vec(err).unwrap_or_default();
    let mut res = (status, body).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    res
}

/// Renders the app at `path` for the request described by `parts` (its language and viewer
/// were resolved by the middleware), with `printed` in context.
async fn render(state: &AppState, parts: &Parts, path: &str, printed: Printed) -> Response {
    let mut req = Request::get(path).body(Body::empty()).unwrap_or_default();
    *req.headers_mut() = parts.headers.clone();
    *req.extensions_mut() = parts.extensions.clone();
    req.headers_mut().remove(header::CONTENT_LENGTH);
    req.headers_mut().remove(header::CONTENT_TYPE);
    let options = state.leptos_options.clone();
    let state = state.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            state.provide_context();
            leptos::prelude::provide_context(printed.clone());
        },
        move || shell(options.clone()),
    );
    render(req).await.into_response()
}

/// The address a slip's QR code opens: the start page with the login filled in.
pub fn start_url(origin: &str, login: &str) -> String {
    let mut url = format!("{origin}/start?login=");
    for b in login.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            url.push(b as char);
        } else {
            let _ = write!(url, "%{b:02X}");
        }
    }
    url
}

/// A QR code of `text` as a small SVG: one stroked path, a horizontal line per run of dark
/// modules with relative moves between runs (about 2 KB, where a square per module would be
/// ten times that on a sheet of 500 slips), and the quiet zone scanners need. Empty if `text`
/// does not fit in a QR code.
pub fn qr_svg(text: &str) -> String {
    const QUIET: usize = 4;
    let Ok(code) = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M) else {
        return String::new();
    };
    let width = code.width();
    let dark: Vec<bool> = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    let mut path = String::new();
    for (y, row) in dark.chunks(width).enumerate() {
        let mut pen: Option<usize> = None;
        let mut x = 0;
        while x < width {
            if !row[x] {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] {
                x += 1;
            }
            let _ = match pen {
                None => write!(path, "M{} {}.5", start + QUIET, y + QUIET),
                Some(end) => write!(path, "m{} 0", start - end),
            };
            let _ = write!(path, "h{}", x - start);
            pen = Some(x);
        }
    }
    let size = width + 2 * QUIET;
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges" aria-hidden="true"><rect width="{size}" height="{size}" fill="#fff"/><path fill="none" stroke="#000" d="{path}"/></svg>"##
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(form: &[(&str, &str)]) -> Vec<(String, String)> {
        form.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_all_button_wins_over_ticks() {
        assert_eq!(
            chosen(&pairs(&[("learner", "a"), ("scope", "all")])),
            Chosen::AllPending
        );
        assert_eq!(
            chosen(&pairs(&[
                ("learner", "a"),
                ("scope", "chosen"),
                ("learner", "b")
            ])),
            Chosen::Learners(vec!["a".into(), "b".into()])
        );
        assert_eq!(chosen(&[]), Chosen::Learners(vec![]));
    }

    #[test]
    fn start_url_carries_the_login_safely() {
        assert_eq!(
            start_url("https://sabaq.example", "shazia.bhat"),
            "https://sabaq.example/start?login=shazia.bhat"
        );
        assert_eq!(
            start_url("http://x", "a&b c"),
            "http://x/start?login=a%26b%20c"
        );
    }

    /// Reads the runs back from the path and compares them with the code's own modules.
    #[test]
    fn the_qr_path_draws_exactly_the_dark_modules() {
        let text = "https://sabaq.example/start?login=shazia.bhat";
        let svg = qr_svg(text);
        let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).unwrap();
        let width = code.width();
        let expected: Vec<bool> = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        assert!(svg.contains(&format!(r#"viewBox="0 0 {0} {0}""#, width + 8)));
        let d = svg
            .split(r#" d=""#)
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let mut drawn = vec![false; width * width];
        for row in d.split('M').skip(1) {
            let (start, runs) = row.split_once('h').unwrap();
            let (x, y) = start.split_once(' ').unwrap();
            let y = y.strip_suffix(".5").unwrap().parse::<usize>().unwrap() - 4;
            let mut x = x.parse::<usize>().unwrap() - 4;
            for (i, run) in runs.split('m').enumerate() {
                let len = if i == 0 {
                    run
                } else {
                    let (gap, len) = run.split_once(" 0h").unwrap();
                    x += gap.parse::<usize>().unwrap();
                    len
                };
                for _ in 0..len.parse::<usize>().unwrap() {
                    assert!(!drawn[y * width + x], "module drawn twice");
                    drawn[y * width + x] = true;
                    x += 1;
                }
            }
        }
        assert_eq!(drawn, expected);
    }

    #[test]
    fn text_too_long_for_a_qr_code_gives_nothing() {
        assert_eq!(qr_svg(&"x".repeat(5000)), "");
    }
}
