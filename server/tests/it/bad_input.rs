//! Malformed input against every server function and page: a 4xx (with a page in the reader's
//! language for a browser), never a 5xx, a panic or a redirect off the site.

use crate::common::{
    imported, learner_form, login_page, registered, staff, Browser, TestApp, ORIGIN,
};
use app::{auth::Role, i18n::Lang};
use axum::body::Body;
use http::{header, Request, StatusCode};
use http_body_util::BodyExt;

on_both_databases!(
    every_server_function_refuses_malformed_bodies,
    control_characters_and_foreign_redirects_are_refused,
    pages_answer_malformed_paths_with_4xx,
    invisible_and_bidi_names_are_refused,
    verify_links_never_come_from_the_host_header,
);

struct Answer {
    status: StatusCode,
    location: Option<String>,
    body: String,
}

/// A raw POST to `path` with this body and content type, as a browser (`html`) or as code.
async fn raw_post(
    app: &TestApp,
    who: &Browser,
    path: &str,
    content_type: &str,
    body: Vec<u8>,
    html: bool,
) -> Answer {
    let mut req = Request::post(path)
        .header(header::HOST, "sabaq.test")
        .header(header::ORIGIN, ORIGIN)
        .header(header::REFERER, format!("{ORIGIN}/login"))
        .header(header::ACCEPT_LANGUAGE, "ur")
        .header(header::CONTENT_TYPE, content_type)
        .header(
            header::ACCEPT,
            if html {
                "text/html"
            } else {
                "application/json"
            },
        );
    if !who.cookies.is_empty() {
        req = req.header(header::COOKIE, who.cookie_header());
    }
    let res = app.send(req.body(Body::from(body)).unwrap()).await;
    let status = res.status();
    let location = res
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_owned());
    let body = res.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        location,
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

const FORM: &str = "application/x-www-form-urlencoded";

async fn every_server_function_refuses_malformed_bodies(app: TestApp) {
    imported(&app).await;
    let learner = registered(&app, "bad.input", "chinar-tree-1947").await;
    let admin = staff(&app, "bad.admin", Role::Admin).await;
    let viewers = [Browser::default(), learner, admin];
    let paths: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path)
        .collect();
    assert!(paths.len() >= 8, "server functions registered: {paths:?}");
    let too_large = format!("login={}", "a".repeat(70 * 1024)).into_bytes();
    let multipart =
        b"--x\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\nx\r\n--x--\r\n".to_vec();
    // (content type, body, the status every function must answer)
    let refused: Vec<(&str, Vec<u8>, StatusCode)> = vec![
        (
            "application/json",
            br#"{"login":"a","password":"b"}"#.to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ),
        (
            "multipart/form-data; boundary=x",
            multipart,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ),
        (
            "text/plain",
            b"login=a".to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ),
        (FORM, too_large, StatusCode::PAYLOAD_TOO_LARGE),
        (
            FORM,
            b"login=\xff\xfe&password=\x01".to_vec(),
            StatusCode::BAD_REQUEST,
        ),
    ];
    let message = |status: StatusCode| match status {
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "error-unsupported-form",
        StatusCode::PAYLOAD_TOO_LARGE => "error-too-large",
        _ => "error-bad-request",
    };
    for path in &paths {
        for who in &viewers {
            for (content_type, body, expected) in &refused {
                for html in [true, false] {
                    let answer = raw_post(&app, who, path, content_type, body.clone(), html).await;
                    assert_eq!(
                        answer.status,
                        *expected,
                        "{path} {content_type} html={html} {:?} {}",
                        answer.location,
                        answer.body.chars().take(300).collect::<String>()
                    );
                    if html {
                        let text = app::i18n::t_in(Lang::Ur, message(*expected), &[]);
                        assert!(answer.body.contains(&text), "{path}: Urdu page expected");
                        assert!(answer.body.contains(r#"lang="ur" dir="rtl""#));
                    } else {
                        let variant = match *expected {
                            StatusCode::UNSUPPORTED_MEDIA_TYPE => "UnsupportedForm",
                            StatusCode::PAYLOAD_TOO_LARGE => "TooLarge",
                            _ => "Request",
                        };
                        assert!(answer.body.contains(variant), "{path}: {}", answer.body);
                    }
                }
            }
            // Missing, unknown or garbled fields: refused, or (logout needs none) accepted,
            // but never a server error, and any redirect stays on this site.
            for body in [
                "",
                "unknown=1",
                "answers=%FF",
                "%%%=&&&==",
                "login[]=x&login[a]=y",
            ] {
                for html in [true, false] {
                    let answer =
                        raw_post(&app, who, path, FORM, body.as_bytes().to_vec(), html).await;
                    let status = answer.status;
                    assert!(
                        status.is_client_error() || status.is_redirection() || status.is_success(),
                        "{path} {body:?}: {status} {}",
                        answer.body
                    );
                    if let Some(location) = &answer.location {
                        assert!(
                            location.starts_with('/') && !location.starts_with("//"),
                            "{path}: redirect to {location}"
                        );
                    }
                    if body.is_empty() && !path.ends_with("/logout") && !html {
                        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: missing fields");
                    }
                }
            }
        }
    }
}

async fn control_characters_and_foreign_redirects_are_refused(app: TestApp) {
    imported(&app).await;
    let mut learner = registered(&app, "ctrl.chars", "chinar-tree-1947").await;
    let attempt = uuid::Uuid::new_v4().to_string();
    let cases: Vec<(&str, Vec<(&str, &str)>)> = vec![
        (
            "/api/set-language",
            vec![("lang", "en"), ("back", "/\u{1}")],
        ),
        (
            "/api/set-language",
            vec![("lang", "en"), ("back", "/\t/evil.example")],
        ),
        (
            "/api/set-language",
            vec![("lang", "en"), ("back", "//evil.example")],
        ),
        (
            "/api/set-language",
            vec![("lang", "en"), ("back", "https://evil.example/")],
        ),
        (
            "/api/submit-quiz",
            vec![
                ("course", "\u{1}"),
                ("quiz", "final"),
                ("attempt", &attempt),
            ],
        ),
        (
            "/api/submit-quiz",
            vec![
                ("course", "test-course"),
                ("quiz", "../final"),
                ("attempt", &attempt),
            ],
        ),
        (
            "/api/check-answer",
            vec![
                ("course", "\u{1}"),
                ("quiz", "basics-practice"),
                ("attempt", &attempt),
                ("check", "q1"),
            ],
        ),
        (
            "/api/check-answer",
            vec![
                ("course", "test-course"),
                ("quiz", "basics-practice"),
                ("attempt", &attempt),
                ("check", "\r\n"),
            ],
        ),
        (
            "/api/complete-lesson",
            vec![("course", "\u{1}"), ("lesson", "l1"), ("next", "/")],
        ),
        (
            "/api/complete-lesson",
            vec![
                ("course", "test-course"),
                ("lesson", "l1"),
                ("next", "/\t/evil.example"),
            ],
        ),
    ];
    for (path, form) in &cases {
        for html in [true, false] {
            let page = if html {
                learner.post(&app, path, form).await
            } else {
                learner.call(&app, path, form).await
            };
            assert_eq!(
                page.status,
                StatusCode::BAD_REQUEST,
                "{path} {form:?} html={html} {:?}",
                page.location
            );
            assert_eq!(page.location, None, "{path}: no redirect");
        }
    }
    assert_eq!(app.count("quiz_attempts").await, 0);
    assert_eq!(app.count("lesson_completions").await, 0);
    // A same-site path is followed as before.
    let ok = learner
        .post(
            &app,
            "/api/set-language",
            &[("lang", "hi"), ("back", "/courses?x=1")],
        )
        .await;
    assert_eq!(ok.location.as_deref(), Some("/courses?x=1"));
}

async fn pages_answer_malformed_paths_with_4xx(app: TestApp) {
    imported(&app).await;
    let learner = registered(&app, "bad.paths", "chinar-tree-1947").await;
    let paths = [
        "/courses/%01",
        "/courses/%E2%80%AE",
        "/courses/test-course/lessons/%01",
        "/courses/test-course/lessons/..%2F..%2Fetc",
        "/courses/test-course/quizzes/%01",
        "/courses/test-course/quizzes/final?attempt=%01",
        "/courses/test-course/quizzes/final/attempts/%01",
        "/certificates/%01",
        "/certificates/%01/certificate.pdf",
        "/verify/%01",
        "/verify/%FF%FE",
        "/content/test-course/..%2F..%2Fcourse.toml",
        "/content/%01/x.svg",
        "/%FF",
    ];
    for who in [Browser::default(), learner] {
        for path in paths {
            let page = who.clone().get(&app, path).await;
            let anonymous = who.cookies.is_empty();
            let private = path.contains("/attempts/") || path.starts_with("/certificates/");
            if path.contains("?attempt=") {
                // The malformed attempt id is ignored: a fresh attempt starts.
                assert_eq!(page.status, StatusCode::OK, "{path}");
                if !anonymous {
                    let fresh = crate::common::attempt_id(&page.body);
                    assert!(uuid::Uuid::parse_str(&fresh).is_ok(), "{fresh}");
                }
            } else if anonymous && private {
                assert!(page.status.is_redirection(), "{path}: {}", page.status);
                assert_eq!(
                    page.location.as_deref().map(login_page),
                    Some("/login"),
                    "{path}"
                );
            } else {
                assert_eq!(
                    page.status,
                    StatusCode::NOT_FOUND,
                    "{path} (anonymous: {anonymous})"
                );
            }
        }
    }
}

async fn invisible_and_bidi_names_are_refused(app: TestApp) {
    for name in [
        "\u{200B}\u{200B}",
        "\u{3164}",
        "Shazia \u{202E}tab",
        "\u{2066}Bilal\u{2069}",
    ] {
        let res = Browser::default()
            .call(
                &app,
                "/api/register",
                &learner_form("odd.name", name, "chinar-tree-1947"),
            )
            .await;
        assert_eq!(res.status, StatusCode::BAD_REQUEST, "{name:?}");
        assert!(
            res.body.contains("register-error-name-invalid"),
            "{name:?}: {}",
            res.body
        );
    }
    let mut admin = staff(&app, "names.admin", Role::Admin).await;
    let res = admin
        .call(
            &app,
            "/api/create-staff",
            &[
                ("login", "odd.trainer"),
                ("display_name", "Trainer \u{202E}"),
                ("role", "trainer"),
                ("district", "srinagar"),
                ("initial_password", "chinar-tree-1947"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.count("users").await, 1, "only the admin");
}

async fn verify_links_never_come_from_the_host_header(mut app: TestApp) {
    imported(&app).await;
    let mut learner = registered(&app, "qr.owner", "chinar-tree-1947").await;
    let code = crate::content::pass_final(&app, &mut learner).await;
    let path = format!("/certificates/{code}");
    // The test browser sends `Host: sabaq.test`; without a configured origin the link names the
    // listen address (development), never the client's Host.
    let page = learner.get(&app, &path).await;
    assert!(page
        .body
        .contains(&format!("http://127.0.0.1:3000/verify/{code}")));
    assert!(!page.body.contains("sabaq.test/verify"));
    app.reconfigure(&["--public-origins", "https://sabaq.example"])
        .await;
    let page = learner.get(&app, &path).await;
    assert!(page
        .body
        .contains(&format!("https://sabaq.example/verify/{code}")));
    let (status, _, pdf) = learner
        .get_bytes(&app, &format!("{path}/certificate.pdf"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(!String::from_utf8_lossy(&pdf).contains("sabaq.test"));
}
