use super::date;
use crate::{
    i18n::{t_in, use_lang},
    layout::Page,
    web,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn qr_svg(url: &str) -> String {
    qrcode::QrCode::new(url.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color>()
                .min_dimensions(140, 140)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default()
}

/// `/certificates/<code>`: the learner's printable certificate (A4), with a QR code of its
/// public verification address. Only its owner sees it.
#[component]
pub fn CertificatePage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map().with_untracked(|p| p.get("code").unwrap_or_default());
    let Some(viewer) = web::viewer() else {
        leptos_axum::redirect("/login");
        return ().into_any();
    };
    let origin = web::public_origin();
    let db = web::db();
    let tr = move |id: &str| t_in(lang, id, &[]);
    let found = async move {
        super::repo::find(&db.ok()?, &code, lang, Some(viewer.id))
            .await
            .ok()?
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                let Some(c) = found.await else {
                    return view! { <crate::shell::NotFound/> }.into_any();
                };
                let verify_url = format!("{origin}/verify/{}", c.code);
                view! {
                    <Page title=tr("certificate-title")>
                        <article class="certificate">
                            <p class="cert-brand">{tr("brand-name")}</p>
                            <p>{tr("certificate-certifies")}</p>
                            <p class="cert-name"><bdi>{c.learner_name}</bdi></p>
                            {c.district.map(|d| view! { <p class="cert-district">{d}</p> })}
                            <p>{tr("certificate-completed")}</p>
                            <p class="cert-course">{c.course}</p>
                            <p>{t_in(lang, "certificate-date", &[("date", date(c.issued_at))])}</p>
                            <div class="cert-qr" inner_html=qr_svg(&verify_url)></div>
                            <p class="cert-code">{tr("certificate-code")} " " <code>{c.code.clone()}</code></p>
                            <p class="cert-verify"><a href=format!("/verify/{}", c.code)>{verify_url.clone()}</a></p>
                        </article>
                        <p class="no-print actions">
                            <a class="button" href=format!("/certificates/{}/certificate.pdf", c.code) download="sabaq-certificate.pdf">{tr("certificate-download-pdf")}</a>
                        </p>
                        <p class="no-print hint">{tr("certificate-print-hint")}</p>
                    </Page>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}

/// `/verify/<code>`: public. Shows only the name, course and date of a valid certificate.
#[component]
pub fn VerifyPage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map().with_untracked(|p| p.get("code").unwrap_or_default());
    let db = web::db();
    let tr = move |id: &str| t_in(lang, id, &[]);
    let found = async move { super::repo::find(&db.ok()?, &code, lang, None).await.ok()? };
    view! {
        <Suspense>
            {Suspend::new(async move {
                match found.await {
                    Some(c) => view! {
                        <Page title=tr("verify-title")>
                            <p class="alert notice verified">{tr("verify-valid")}</p>
                            <dl class="card verify">
                                <dt>{tr("verify-name")}</dt><dd><bdi>{c.learner_name}</bdi></dd>
                                <dt>{tr("verify-course")}</dt><dd>{c.course}</dd>
                                <dt>{tr("verify-date")}</dt><dd>{date(c.issued_at)}</dd>
                            </dl>
                        </Page>
                    }.into_any(),
                    None => {
                        web::not_found();
                        view! {
                            <Page title=tr("verify-title")>
                                <p class="alert error">{tr("verify-not-found")}</p>
                            </Page>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
