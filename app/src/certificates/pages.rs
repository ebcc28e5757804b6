use super::date_in_page as date;
use crate::{
    i18n::{t_in, use_lang},
    layout::Page,
    web,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

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
        crate::web::redirect_to_login();
        return ().into_any();
    };
    let origin = web::public_origin();
    let issuer = super::issuer::current();
    let issuer_name = issuer.name_in(lang);
    let department = issuer.department_in(lang);
    let logo = issuer.logo.as_ref().map(|l| l.href());
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
                            <header class="cert-issuer">
                                {logo.map(|src| view! { <img class="cert-logo" src=src alt=""/> })}
                                <p class="cert-brand"><bdi>{issuer_name}</bdi></p>
                                {department.map(|d| view! { <p class="cert-department"><bdi>{d}</bdi></p> })}
                            </header>
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
                                <VerifyForm/>
                            </Page>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// `/verify`: a form to type the code printed on a paper certificate (for people without a QR
/// scanner). A plain GET form: `/verify?code=…` sends the browser on to `/verify/<code>`.
#[component]
pub fn VerifyFormPage() -> impl IntoView {
    let typed = use_query_map().with_untracked(|q| q.get("code").unwrap_or_default());
    if let Some(code) = normalized_code(&typed) {
        leptos_axum::redirect(&format!("/verify/{code}"));
    }
    let lang = use_lang();
    view! {
        <Page title=t_in(lang, "verify-title", &[])>
            <p>{t_in(lang, "verify-intro", &[])}</p>
            <VerifyForm/>
        </Page>
    }
}

#[component]
fn VerifyForm() -> impl IntoView {
    let lang = use_lang();
    view! {
        <form class="card stack verify-form" method="get" action="/verify">
            <div class="field">
                <label for="code">{t_in(lang, "verify-code-label", &[])}</label>
                <input id="code" name="code" type="text" required=true maxlength="40" dir="ltr"
                    autocapitalize="characters" autocomplete="off" spellcheck="false"
                    placeholder="XXXX-XXXX-XXXX-XXXX"/>
            </div>
            <button type="submit">{t_in(lang, "verify-submit", &[])}</button>
        </form>
    }
}

/// A code as typed on a phone (any case, spaces, with or without dashes) in the printed form
/// `XXXX-XXXX-XXXX-XXXX`; `None` if nothing but letters and digits is left.
fn normalized_code(typed: &str) -> Option<String> {
    let chars: Vec<char> = typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if chars.is_empty() || chars.len() > 32 {
        return None;
    }
    Some(
        chars
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("-"),
    )
}

#[cfg(test)]
mod tests {
    use super::normalized_code;

    #[test]
    fn typed_codes_take_the_printed_form() {
        assert_eq!(
            normalized_code(" abcd efgh-jkmn pqrs ").as_deref(),
            Some("ABCD-EFGH-JKMN-PQRS")
        );
        assert_eq!(
            normalized_code("ABCD-EFGH-JKMN-PQRS").as_deref(),
            Some("ABCD-EFGH-JKMN-PQRS")
        );
        assert_eq!(normalized_code(" -- "), None);
        assert_eq!(normalized_code(""), None);
    }
}
