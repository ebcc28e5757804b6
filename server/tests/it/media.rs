//! Pictures and recordings of a course: imported with the pack, linked from lessons by
//! versioned URLs, cached for good, recordings served in byte ranges. On both databases.

use crate::common::{fixture, imported, Browser, TestApp};
use axum::body::Body;
use http::{header, Request, Response, StatusCode};
use http_body_util::BodyExt;

on_both_databases!(
    lesson_pictures_and_recordings_are_served_and_cached,
    a_changed_picture_gets_a_new_url,
);

async fn get(app: &TestApp, path: &str, headers: &[(header::HeaderName, &str)]) -> Response<Body> {
    let mut req = Request::builder().uri(path);
    for (name, value) in headers {
        req = req.header(name, *value);
    }
    app.send(req.body(Body::empty()).unwrap()).await
}

fn header_of(res: &Response<Body>, name: header::HeaderName) -> String {
    res.headers()
        .get(name)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

async fn bytes(res: Response<Body>) -> Vec<u8> {
    res.into_body().collect().await.unwrap().to_bytes().to_vec()
}

/// The value of the first `attr="…"` after `marker` in `html`.
fn attr_after(html: &str, marker: &str, attr: &str) -> String {
    let from = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not in page"));
    let rest = &html[from..];
    let at = rest.find(&format!("{attr}=\"")).unwrap() + attr.len() + 2;
    rest[at..at + rest[at..].find('"').unwrap()].replace("&amp;", "&")
}

async fn lesson_pictures_and_recordings_are_served_and_cached(app: TestApp) {
    imported(&app).await;
    let lesson = Browser::default()
        .get(&app, "/courses/test-course/lessons/first-lesson")
        .await
        .body;
    assert!(lesson.contains(r#"alt="A red dot""#), "alt text kept");
    let picture = attr_after(&lesson, "<img", "src");
    assert!(
        picture.starts_with("/content/test-course/images/dot.svg?v="),
        "{picture}"
    );

    let res = get(&app, &picture, &[]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header_of(&res, header::CONTENT_TYPE), "image/svg+xml");
    assert!(header_of(&res, header::CACHE_CONTROL).contains("immutable"));
    assert!(header_of(&res, header::CONTENT_SECURITY_POLICY).contains("sandbox"));
    let etag = header_of(&res, header::ETAG);
    let on_disk = std::fs::read(fixture().join("test-course/images/dot.svg")).unwrap();
    assert_eq!(bytes(res).await, on_disk);

    let again = get(&app, &picture, &[(header::IF_NONE_MATCH, &etag)]).await;
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    let unversioned = get(&app, "/content/test-course/images/dot.svg", &[]).await;
    assert_eq!(unversioned.status(), StatusCode::OK);
    assert!(!header_of(&unversioned, header::CACHE_CONTROL).contains("immutable"));

    // The English lesson has a recording; players ask for byte ranges.
    let audio = attr_after(&lesson, "<audio", "src");
    assert!(audio.starts_with("/content/test-course/lessons/en/first-lesson.mp3?v="));
    let recording =
        std::fs::read(fixture().join("test-course/lessons/en/first-lesson.mp3")).unwrap();
    let part = get(&app, &audio, &[(header::RANGE, "bytes=100-199")]).await;
    assert_eq!(part.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        header_of(&part, header::CONTENT_RANGE),
        format!("bytes 100-199/{}", recording.len())
    );
    assert_eq!(header_of(&part, header::CONTENT_TYPE), "audio/mpeg");
    assert_eq!(bytes(part).await, recording[100..200]);
    let whole = get(&app, &audio, &[(header::ACCEPT_ENCODING, "gzip, br")]).await;
    assert!(
        header_of(&whole, header::CONTENT_ENCODING).is_empty(),
        "recordings are not recompressed"
    );
    assert_eq!(bytes(whole).await, recording);
    let beyond = get(&app, &audio, &[(header::RANGE, "bytes=999999-")]).await;
    assert_eq!(beyond.status(), StatusCode::RANGE_NOT_SATISFIABLE);

    // The Hindi lesson has no recording; unknown files and courses are 404.
    let hindi = Browser {
        accept_language: Some("hi".into()),
        ..Default::default()
    }
    .get(&app, "/courses/test-course/lessons/first-lesson")
    .await
    .body;
    assert!(!hindi.contains("<audio"));
    for missing in [
        "/content/test-course/images/nope.svg",
        "/content/other-course/images/dot.svg",
        "/content/test-course/course.toml",
    ] {
        assert_eq!(
            get(&app, missing, &[]).await.status(),
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
}

async fn lesson_html(app: &TestApp) -> String {
    Browser::default()
        .get(app, "/courses/test-course/lessons/first-lesson")
        .await
        .body
}

async fn a_changed_picture_gets_a_new_url(app: TestApp) {
    imported(&app).await;
    let before = attr_after(&lesson_html(&app).await, "<img", "src");
    let dir = std::env::temp_dir().join(format!("sabaq-media-{}", uuid::Uuid::new_v4()));
    crate::common::copy_dir(&fixture(), &dir);
    std::fs::write(
        dir.join("test-course/images/dot.svg"),
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#0f766e"/></svg>"##,
    )
    .unwrap();
    let report = app::courses::import::import_dir(&app.db, &dir)
        .await
        .unwrap();
    assert_eq!(report.imported.len(), 1, "{:?}", report.rejected);
    let after = attr_after(&lesson_html(&app).await, "<img", "src");
    assert_ne!(before, after, "a new version needs a new URL");
    let res = get(&app, &after, &[]).await;
    assert!(String::from_utf8(bytes(res).await)
        .unwrap()
        .contains("#0f766e"));
    assert_eq!(app.count("media").await, 2, "one picture, one recording");
    let _ = std::fs::remove_dir_all(dir);
}
