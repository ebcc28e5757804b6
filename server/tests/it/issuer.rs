//! Who issues the certificates: Sabaq by default, or the configured name, department and logo,
//! on the certificate page (in the page's language), in the PDF and at `/issuer-logo`.

use crate::common::{imported, registered, Browser, TestApp};
use crate::content::pass_final;
use http::{header, StatusCode};
use std::path::PathBuf;

on_both_databases!(
    without_settings_sabaq_issues_the_certificate,
    a_configured_issuer_shows_in_the_page_language_and_in_the_pdf,
    the_logo_route_serves_the_configured_file,
);

fn logo(name: &str) -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/issuer")
        .join(name)
}

/// The text a PDF reader extracts from every page (through the fonts' ToUnicode maps).
fn pdf_text(pdf: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(pdf).expect("a PDF lopdf reads");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text")
}

/// The sizes (width, height) of the pictures a PDF holds.
fn pdf_images(pdf: &[u8]) -> Vec<(i64, i64)> {
    let doc = lopdf::Document::load_mem(pdf).expect("a PDF lopdf reads");
    doc.objects
        .values()
        .filter_map(|object| object.as_stream().ok())
        .filter(|stream| {
            stream
                .dict
                .get(b"Subtype")
                .and_then(|s| s.as_name())
                .is_ok_and(|name| name == b"Image")
        })
        .filter_map(|stream| {
            let size = |key: &[u8]| stream.dict.get(key).and_then(|v| v.as_i64()).ok();
            Some((size(b"Width")?, size(b"Height")?))
        })
        .collect()
}

/// A learner with a certificate, reading pages in `lang`; the certificate's code.
async fn certified(app: &TestApp, login: &str, lang: &str) -> (Browser, String) {
    imported(app).await;
    let mut learner = registered(app, login, "chinar-tree-1947").await;
    let code = pass_final(app, &mut learner).await;
    learner
        .post(app, "/api/set-language", &[("lang", lang), ("back", "/")])
        .await;
    (learner, code)
}

/// The issuer block at the top of a certificate page.
fn issuer_block(body: &str) -> &str {
    let start = body
        .find(r#"<header class="cert-issuer">"#)
        .expect("issuer block");
    let end = start + body[start..].find("</header>").unwrap();
    &body[start..end]
}

async fn without_settings_sabaq_issues_the_certificate(app: TestApp) {
    let (mut learner, code) = certified(&app, "plain.issuer", "en").await;
    let page = learner.get(&app, &format!("/certificates/{code}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let issuer = issuer_block(&page.body);
    assert!(issuer.contains("Sabaq"), "{issuer}");
    assert!(!issuer.contains("<img") && !issuer.contains("cert-department"));

    let pdf_path = format!("/certificates/{code}/certificate.pdf");
    let (status, _, pdf) = learner.get_bytes(&app, &pdf_path).await;
    assert_eq!(status, StatusCode::OK);
    let text = pdf_text(&pdf);
    assert!(text.contains("Sabaq"), "{text}");
    assert!(text.contains(&code), "the extraction reads the PDF: {text}");
    assert!(pdf_images(&pdf).is_empty(), "no logo");

    // In Urdu the default issuer is Sabaq spelt in Urdu.
    learner
        .post(&app, "/api/set-language", &[("lang", "ur"), ("back", "/")])
        .await;
    let page = learner.get(&app, &format!("/certificates/{code}")).await;
    assert!(issuer_block(&page.body).contains("سبق"));

    let (status, _, _) = Browser::default().get_bytes(&app, "/issuer-logo").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn a_configured_issuer_shows_in_the_page_language_and_in_the_pdf(mut app: TestApp) {
    let png = logo("logo.png");
    app.reconfigure(&[
        "--issuer-name",
        "Department of Information Technology",
        "--issuer-name-ur",
        "محکمۂ انفارمیشن ٹیکنالوجی",
        "--issuer-department",
        "Government of Jammu and Kashmir",
        "--issuer-department-hi",
        "जम्मू और कश्मीर सरकार",
        "--issuer-logo",
        png.to_str().unwrap(),
    ])
    .await;
    let (mut learner, code) = certified(&app, "dept.issuer", "ur").await;
    let path = format!("/certificates/{code}");

    let urdu = learner.get(&app, &path).await;
    let issuer = issuer_block(&urdu.body);
    assert!(issuer.contains("محکمۂ انفارمیشن ٹیکنالوجی"), "{issuer}");
    assert!(!issuer.contains("Department of Information Technology"));
    // Urdu has no department of its own: the default.
    assert!(
        issuer.contains("Government of Jammu and Kashmir"),
        "{issuer}"
    );
    assert!(
        issuer.contains(r#"<img src="/issuer-logo?v="#) && issuer.contains("cert-logo"),
        "{issuer}"
    );

    // Hindi has a department but no name of its own: the default name.
    learner
        .post(&app, "/api/set-language", &[("lang", "hi"), ("back", "/")])
        .await;
    let hindi = learner.get(&app, &path).await;
    let issuer = issuer_block(&hindi.body);
    assert!(
        issuer.contains("Department of Information Technology"),
        "{issuer}"
    );
    assert!(issuer.contains("जम्मू और कश्मीर सरकार"), "{issuer}");
    assert!(!issuer.contains("सबक") && !issuer.contains("محکمۂ"));

    // The PDF in English: the default texts and the PNG logo.
    learner
        .post(&app, "/api/set-language", &[("lang", "en"), ("back", "/")])
        .await;
    let (status, _, pdf) = learner
        .get_bytes(&app, &format!("{path}/certificate.pdf"))
        .await;
    assert_eq!(status, StatusCode::OK);
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Department of Information Technology")
            && text.contains("Government of Jammu and Kashmir"),
        "{text}"
    );
    assert!(!text.contains("Sabaq"), "{text}");
    // The 64 × 64 logo (and its transparency, a second picture of the same size).
    let images = pdf_images(&pdf);
    assert!(
        !images.is_empty() && images.iter().all(|size| *size == (64, 64)),
        "{images:?}"
    );
}

async fn the_logo_route_serves_the_configured_file(mut app: TestApp) {
    let (mut learner, code) = certified(&app, "logo.viewer", "en").await;
    for (file, content_type) in [("logo.png", "image/png"), ("logo.svg", "image/svg+xml")] {
        let path = logo(file);
        app.reconfigure(&["--issuer-logo", path.to_str().unwrap()])
            .await;
        let page = learner.get(&app, &format!("/certificates/{code}")).await;
        let at = page.body.find("/issuer-logo?v=").expect("logo link");
        let href = &page.body[at..at + page.body[at..].find('"').unwrap()];

        let (status, headers, bytes) = Browser::default().get_bytes(&app, href).await;
        assert_eq!(status, StatusCode::OK, "{file}");
        assert_eq!(headers[header::CONTENT_TYPE], content_type);
        assert_eq!(bytes, std::fs::read(&path).unwrap(), "{file}");
        let cache =
            |headers: &http::HeaderMap| headers[header::CACHE_CONTROL].to_str().unwrap().to_owned();
        assert!(cache(&headers).contains("immutable"), "{file}");
        assert!(headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .contains("sandbox"));
        // An old link (another version): the current logo, but not kept for good.
        let (status, headers, _) = Browser::default()
            .get_bytes(&app, "/issuer-logo?v=0000000000000000")
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(!cache(&headers).contains("immutable"), "{file}");
    }
}
