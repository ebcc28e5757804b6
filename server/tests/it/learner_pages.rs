//! What a learner reads about their own progress: the course page, the catalogue and the
//! dashboard count lessons read and quizzes passed, say "Start" before anything is done, and
//! make the certificate the main button once earned; a paper certificate's code can be typed in.

use crate::common::{edit, imported, learner_form, registered, Browser, FixtureCopy, TestApp};
use app::i18n::{t_in, Lang};
use http::StatusCode;
use sea_orm::ConnectionTrait;

on_both_databases!(
    progress_counts_lessons_and_quizzes_and_a_certificate_completes_the_course,
    a_typed_code_finds_its_certificate,
    signing_in_from_a_page_returns_to_it,
    only_staff_pages_load_the_staff_stylesheet,
    the_dashboard_offers_the_course_written_for_the_learners_group,
);

/// The learners `registered` makes read Urdu.
fn ur(id: &str) -> String {
    t_in(Lang::Ur, id, &[])
}

/// The value of the first `<progress>` of a page.
fn progress_value(body: &str) -> u32 {
    let at = body.find("<progress").expect("a progress bar");
    let value = &body[at..];
    let start = value.find("value=\"").unwrap() + 7;
    let end = start + value[start..].find('"').unwrap();
    value[start..end].parse().unwrap()
}

async fn progress_counts_lessons_and_quizzes_and_a_certificate_completes_the_course(app: TestApp) {
    imported(&app).await;
    let mut learner = registered(&app, "honest.progress", "chinar-tree-1947").await;
    let course = learner.get(&app, "/courses/test-course").await;
    assert!(course.body.contains(&ur("course-start")));
    assert!(!course.body.contains(&ur("course-continue")));
    assert_eq!(progress_value(&course.body), 0);

    learner
        .post(
            &app,
            "/api/complete-lesson",
            &[
                ("course", "test-course"),
                ("lesson", "first-lesson"),
                ("next", "/dashboard"),
            ],
        )
        .await;
    // One lesson of two lessons and two quizzes (a practice quiz and the final).
    let course = learner.get(&app, "/courses/test-course").await;
    assert_eq!(progress_value(&course.body), 25);
    assert!(course.body.contains(&ur("course-continue")));
    let dashboard = learner.get(&app, "/dashboard").await;
    assert_eq!(progress_value(&dashboard.body), 25);

    let code = crate::content::pass_final(&app, &mut learner).await;
    let result_path = learner.get(&app, "/courses/test-course").await;
    // With the certificate the course is complete, whatever is left unread.
    assert_eq!(progress_value(&result_path.body), 100);
    assert!(result_path.body.contains(&ur("course-completed")));
    assert!(result_path.body.contains(&format!("/certificates/{code}")));
    assert!(!result_path.body.contains(&ur("course-continue")));
    let catalogue = learner.get(&app, "/courses").await;
    assert!(catalogue.body.contains(&ur("course-completed")));
    // The dashboard names the certificate by its course and date, not by its code.
    let dashboard = learner.get(&app, "/dashboard").await;
    let certificates =
        &dashboard.body[dashboard.body.find(r#"<ul class="certificates">"#).unwrap()..];
    let certificates = &certificates[..certificates.find("</ul>").unwrap()];
    assert!(certificates.contains("Test Course"), "{certificates}");
    assert!(!certificates.contains(&format!(">{code}<")));
    // Dates are India's: 29 November 2026, 20:00 UTC is already the 30th in Srinagar.
    app.db
        .execute_unprepared(&format!(
            "UPDATE certificates SET issued_at = 1795982400 WHERE code = '{code}'"
        ))
        .await
        .unwrap();
    let dashboard = learner.get(&app, "/dashboard").await;
    assert!(dashboard.body.contains("30-11-2026") && !dashboard.body.contains("29-11-2026"));
    let verify = Browser::default()
        .get(&app, &format!("/verify/{code}"))
        .await;
    // Held left to right, so an Urdu page does not show it as 2026-11-30.
    assert!(verify.body.contains("\u{2066}30-11-2026\u{2069}"));
    assert!(dashboard.body.contains(&ur("course-open")));
}

async fn a_typed_code_finds_its_certificate(app: TestApp) {
    imported(&app).await;
    let mut learner = registered(&app, "paper.copy", "chinar-tree-1947").await;
    let code = crate::content::pass_final(&app, &mut learner).await;
    let mut visitor = Browser::default();
    let form = visitor.get(&app, "/verify").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains(r#"action="/verify""#) && form.body.contains(r#"name="code""#));
    // Typed on a phone: lower case, spaces instead of dashes.
    let typed = code.to_lowercase().replace('-', " ");
    let sent = visitor
        .get(&app, &format!("/verify?code={}", typed.replace(' ', "+")))
        .await;
    assert!(sent.status.is_redirection(), "{}", sent.status);
    assert_eq!(
        sent.location.as_deref(),
        Some(format!("/verify/{code}").as_str())
    );
    let found = visitor.get(&app, &format!("/verify/{code}")).await;
    assert!(found.body.contains(&t_in(Lang::En, "verify-valid", &[])));
    // A wrong code: not found, with the form to try again.
    let unknown = visitor.get(&app, "/verify?code=AAAA-BBBB-CCCC-DDDD").await;
    let unknown = visitor
        .get(&app, unknown.location.as_deref().unwrap())
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(unknown.body.contains(r#"name="code""#));
}

async fn signing_in_from_a_page_returns_to_it(app: TestApp) {
    imported(&app).await;
    registered(&app, "comes.back", "chinar-tree-1947").await;
    let mut visitor = Browser::default();
    let lesson = "/courses/test-course/lessons/second-lesson";
    let page = visitor.get(&app, lesson).await;
    let link = "/login?next=%2Fcourses%2Ftest-course%2Flessons%2Fsecond-lesson";
    assert!(
        page.body.contains(&format!(r#"href="{link}""#)),
        "header sign-in link"
    );
    let form = visitor.get(&app, link).await;
    assert!(form
        .body
        .contains(&format!(r#"name="next" value="{lesson}""#)));
    let signed_in = visitor
        .post(
            &app,
            "/api/login",
            &[
                ("login", "comes.back"),
                ("password", "chinar-tree-1947"),
                ("next", lesson),
            ],
        )
        .await;
    assert_eq!(signed_in.location.as_deref(), Some(lesson));
    // A page that needs a signed-in user sends a visitor to sign in and back.
    let anonymous = Browser::default().get(&app, "/account/password").await;
    assert_eq!(
        anonymous.location.as_deref(),
        Some("/login?next=%2Faccount%2Fpassword")
    );

    // Another site is never a destination: not offered by the page, refused when posted.
    let mut other = Browser::default();
    for (bad, query) in [
        ("https://evil.example/", "https%3A%2F%2Fevil.example%2F"),
        ("//evil.example/x", "%2F%2Fevil.example%2Fx"),
        ("/\\evil.example", "%2F%5Cevil.example"),
    ] {
        let page = other.get(&app, &format!("/login?next={query}")).await;
        assert!(!page.body.contains(r#"name="next""#), "{bad}");
        let posted = other
            .call(
                &app,
                "/api/login",
                &[
                    ("login", "comes.back"),
                    ("password", "chinar-tree-1947"),
                    ("next", bad),
                ],
            )
            .await;
        assert_eq!(posted.status, StatusCode::BAD_REQUEST, "{bad}");
    }
    assert_eq!(
        app.count("sessions").await,
        2,
        "only the good sign-ins made sessions"
    );
}

async fn only_staff_pages_load_the_staff_stylesheet(app: TestApp) {
    imported(&app).await;
    let href = app::web::assets::staff_css_href();
    let mut visitor = Browser::default();
    for page in [
        "/",
        "/courses/test-course",
        "/courses/test-course/lessons/first-lesson",
    ] {
        assert!(!visitor.get(&app, page).await.body.contains(href), "{page}");
    }
    assert!(visitor.get(&app, "/coverage").await.body.contains(href));
    let (status, headers, css) = visitor.get_bytes(&app, href).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers[http::header::CONTENT_TYPE],
        "text/css; charset=utf-8"
    );
    assert!(String::from_utf8_lossy(&css).contains(".progress-grid"));
    let (status, _, _) = visitor
        .get_bytes(&app, "/styles/staff.000000000000.css")
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// A course written for the learner's group (here SHG members) is on their dashboard with
/// "Start" before they open it; a learner of another group does not get it there.
async fn the_dashboard_offers_the_course_written_for_the_learners_group(app: TestApp) {
    let content = FixtureCopy::new();
    edit(
        &content,
        "test-course/course.toml",
        "audience = \"everyone\"",
        "audience = \"shg-member\"",
    );
    let report = app::courses::import::import_dir(&app.db, &content)
        .await
        .unwrap();
    assert_eq!(report.imported, ["test-course"], "{:?}", report.rejected);

    let mut member = registered(&app, "shg.member", "chinar-tree-1947").await;
    let page = member.get(&app, "/dashboard").await;
    assert!(
        page.body.contains(r#"href="/courses/test-course""#)
            && page.body.contains(&ur("course-start")),
        "{}",
        page.body
    );

    let mut student = Browser::default();
    let form: Vec<_> = learner_form("a.student", "A Student", "chinar-tree-1947")
        .into_iter()
        .map(|(k, v)| (k, if k == "group" { "student" } else { v }))
        .collect();
    let page = student.post(&app, "/api/register", &form).await;
    assert_eq!(
        page.location.as_deref(),
        Some("/dashboard"),
        "{}",
        page.body
    );
    let page = student.get(&app, "/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains(r#"href="/courses/test-course""#),
        "{}",
        page.body
    );
}
