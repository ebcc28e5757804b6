//! `/certificates/<code>/certificate.pdf`: the owner's certificate as a PDF download.

use super::pdf::{self, Labels};
use crate::{
    auth::Viewer,
    i18n::{t_in, Lang},
    web::AppState,
};
use axum::{
    extract::{Path, State},
    http::{header, StatusCode},
    response::{IntoResponse, Redirect, Response},
    Extension,
};

pub async fn pdf(
    State(state): State<AppState>,
    Path(code): Path<String>,
    viewer: Option<Extension<Viewer>>,
    Extension(lang): Extension<Lang>,
) -> Response {
    let Some(Extension(viewer)) = viewer else {
        return Redirect::to("/login").into_response();
    };
    let found = match super::repo::find(&state.db, &code, lang, Some(viewer.id)).await {
        Ok(Some(c)) => c,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(err) => {
            tracing::error!(%err, "reading a certificate");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let verify_url = format!("{}/verify/{}", state.public_origin, found.code);
    let tr = |id: &str| t_in(lang, id, &[]);
    let issuer = state.issuer.clone();
    let labels = Labels {
        issuer: issuer.name_in(lang),
        department: issuer.department_in(lang),
        certifies: tr("certificate-certifies"),
        completed: tr("certificate-completed"),
        date: t_in(
            lang,
            "certificate-date",
            &[("date", super::date(found.issued_at))],
        ),
        code: tr("certificate-code"),
    };
    // Shaping and drawing are CPU work: keep them off the async workers.
    let rendered = tokio::task::spawn_blocking(move || {
        let logo = issuer.logo.as_ref().and_then(|l| l.pdf_image());
        pdf::render(&found, lang, &labels, &verify_url, logo)
    })
    .await;
    match rendered {
        Ok(Some(bytes)) => (
            [
                (header::CONTENT_TYPE, "application/pdf"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"sabaq-certificate.pdf\"",
                ),
                (header::CACHE_CONTROL, "private, no-store"),
            ],
            bytes,
        )
            .into_response(),
        _ => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
