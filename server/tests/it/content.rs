//! Content packs, lessons, quizzes and certificates through the real router, on both databases.

use crate::common::{attempt_id, edit, imported, registered, Browser, FixtureCopy, TestApp};
use app::courses::import;
use http::StatusCode;
use std::path::Path;

on_both_databases!(
    valid_pack_imports_and_reimport_keeps_progress,
    broken_packs_are_rejected_whole_with_file_and_line,
    unchanged_packs_are_reimported_without_a_write,
    anyone_reads_lessons_sanitised_with_fallback,
    quiz_page_has_no_answer_key_and_replay_counts_once,
    final_assessment_issues_a_verifiable_certificate,
    attempts_and_certificates_are_private,
);

/// Replaces the fixture's picture.
fn svg(pack: &Path, text: &str) {
    std::fs::write(pack.join("images/dot.svg"), text).unwrap();
}

async fn valid_pack_imports_and_reimport_keeps_progress(app: TestApp) {
    imported(&app).await;
    assert_eq!(
        (
            app.count("courses").await,
            app.count("lessons").await,
            app.count("quizzes").await
        ),
        (1, 2, 2)
    );
    let mut learner = registered(&app, "progress.keeper", "chinar-tree-1947").await;
    let done = learner
        .post(
            &app,
            "/api/complete-lesson",
            &[
                ("course", "test-course"),
                ("lesson", "first-lesson"),
                ("next", "/courses/test-course/lessons/second-lesson"),
            ],
        )
        .await;
    assert_eq!(
        done.location.as_deref(),
        Some("/courses/test-course/lessons/second-lesson")
    );
    // Edit a lesson and import again: the text changes, the progress stays.
    let dir = FixtureCopy::new();
    std::fs::write(
        dir.join("test-course/lessons/en/first-lesson.md"),
        "# First lesson, revised\n\nNew text.\n",
    )
    .unwrap();
    let report = import::import_dir(&app.db, &dir).await.unwrap();
    assert!(report.rejected.is_empty());
    let page = learner
        .get(&app, "/courses/test-course/lessons/first-lesson")
        .await;
    assert!(page.body.contains("First lesson, revised") && page.body.contains("New text."));
    assert_eq!(app.count("lesson_completions").await, 1);
    let outline = learner.get(&app, "/courses/test-course").await;
    // One of two lessons and two quizzes (practice and final).
    assert!(
        outline.body.contains(r#"value="25""#),
        "progress bar at 25% expected"
    );
    assert_eq!(app.count("lessons").await, 2);
}

async fn broken_packs_are_rejected_whole_with_file_and_line(app: TestApp) {
    imported(&app).await;
    let before = (
        app.count("courses").await,
        app.count("lessons").await,
        app.count("lesson_bodies").await,
        app.count("quizzes").await,
        app.count("media").await,
    );
    type Breakage = (&'static str, fn(&Path), &'static str, &'static str);
    let breakages: Vec<Breakage> = vec![
        (
            "bad TOML",
            |d| {
                std::fs::write(
                    d.join("modules/basics.toml"),
                    "lessons = [\"first-lesson\"\nquiz = 1\n",
                )
                .unwrap()
            },
            "modules/basics.toml:",
            "",
        ),
        (
            "a quiz without a correct answer",
            |d| {
                let p = d.join("quizzes/basics-practice.toml");
                let text = std::fs::read_to_string(&p).unwrap().replacen(
                    "answer = [\"b\"]",
                    "answer = []",
                    1,
                );
                std::fs::write(p, text).unwrap();
            },
            "quizzes/basics-practice.toml:2:",
            "no correct answer",
        ),
        (
            "a missing file",
            |d| std::fs::remove_file(d.join("lessons/en/second-lesson.md")).unwrap(),
            "modules/basics.toml:1:",
            "missing file test-course/lessons/en/second-lesson.md",
        ),
        (
            "a duplicate id",
            |d| {
                let p = d.join("quizzes/final.toml");
                let text = std::fs::read_to_string(&p)
                    .unwrap()
                    .replace("id = \"f3\"", "id = \"f1\"");
                std::fs::write(p, text).unwrap();
            },
            "quizzes/final.toml:13:",
            "used twice",
        ),
        (
            "a picture without alt text",
            |d| {
                std::fs::write(
                    d.join("lessons/en/first-lesson.md"),
                    "# Changed title\n\nchanged\n\n![](images/dot.svg)\n",
                )
                .unwrap()
            },
            "lessons/en/first-lesson.md:5:",
            "needs alt text",
        ),
        (
            "a picture missing from the pack",
            |d| {
                std::fs::write(
                    d.join("lessons/en/first-lesson.md"),
                    "# Changed title\n\nchanged\n\n![A dot](images/gone.svg)\n",
                )
                .unwrap()
            },
            "lessons/en/first-lesson.md:5:",
            "must be a file in this pack's images/ folder",
        ),
        (
            "a picture with a script",
            |d| {
                std::fs::write(
                    d.join("images/dot.svg"),
                    r#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#,
                )
                .unwrap()
            },
            "images/dot.svg:1:",
            "<script> is not allowed",
        ),
        (
            "a picture with an event handler",
            |d| {
                svg(
                    d,
                    r#"<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"
onload="alert(1)"/></svg>"#,
                )
            },
            "images/dot.svg:1:",
            "onload: attribute not allowed",
        ),
        (
            "a picture using a file from another site",
            |d| {
                svg(
                    d,
                    r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<use xlink:href="https://evil.example/sprite.svg#a"/></svg>"#,
                )
            },
            "images/dot.svg:2:",
            "only references inside the picture",
        ),
        (
            "a picture with foreignObject",
            |d| {
                svg(
                    d,
                    r#"<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>hi</p></foreignObject></svg>"#,
                )
            },
            "images/dot.svg:1:",
            "<foreignObject> is not allowed",
        ),
        (
            "a picture importing CSS",
            |d| {
                svg(
                    d,
                    r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://evil.example/x.css);</style></svg>"#,
                )
            },
            "images/dot.svg:1:",
            "@import",
        ),
        (
            "a picture with a DOCTYPE and an entity",
            |d| {
                svg(
                    d,
                    "<!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<svg>&e;</svg>",
                )
            },
            "images/dot.svg:1:",
            "DOCTYPE",
        ),
        (
            "a picture whose name is not an id",
            |d| {
                std::fs::copy(d.join("images/dot.svg"), d.join("images/Red Dot.svg")).unwrap();
            },
            "images/Red Dot.svg",
            "must be an id and its type",
        ),
        (
            "a module id that leaves the pack",
            |d| {
                // The file it names exists (outside the pack), so only the id check stops it.
                std::fs::copy(d.join("modules/basics.toml"), d.join("../outside.toml")).unwrap();
                edit(d, "course.toml", "[\"basics\"]", "[\"../../outside\"]");
            },
            "test-course/course.toml:3:",
            "module id `../../outside` must be 1 to 80 lowercase letters",
        ),
        (
            "a lesson id with a backslash",
            |d| {
                edit(
                    d,
                    "modules/basics.toml",
                    "\"second-lesson\"",
                    "'..\\second-lesson'",
                )
            },
            "modules/basics.toml:1:",
            "lesson id `..\\\\second-lesson` must be",
        ),
        (
            "a lesson that is a link to a file outside the pack",
            |d| {
                let lesson = d.join("lessons/en/second-lesson.md");
                std::fs::rename(&lesson, d.join("../second-lesson.md")).unwrap();
                std::os::unix::fs::symlink("../../../second-lesson.md", lesson).unwrap();
            },
            "test-course/lessons/en/second-lesson.md",
            "is a symbolic link",
        ),
        (
            "a course.toml that is a link",
            |d| {
                std::fs::rename(d.join("course.toml"), d.join("../course.toml")).unwrap();
                std::os::unix::fs::symlink("../course.toml", d.join("course.toml")).unwrap();
            },
            "test-course/course.toml",
            "is a symbolic link",
        ),
        (
            "a pictures folder that is a link",
            |d| {
                std::fs::rename(d.join("images"), d.join("../images")).unwrap();
                std::os::unix::fs::symlink("../images", d.join("images")).unwrap();
            },
            "test-course/images",
            "is a symbolic link",
        ),
    ];
    for (what, break_it, location, message) in breakages {
        let dir = FixtureCopy::new();
        std::fs::write(
            dir.join("test-course/lessons/en/first-lesson.md"),
            "# Changed title\n\nchanged\n",
        )
        .unwrap();
        break_it(&dir.join("test-course"));
        let report = import::import_dir(&app.db, &dir).await.unwrap();
        assert!(report.imported.is_empty(), "{what}: imported anyway");
        let errors: Vec<String> = report.rejected[0].1.iter().map(|e| e.to_string()).collect();
        assert!(
            errors
                .iter()
                .any(|e| e.contains(location) && e.contains(message)),
            "{what}: expected `{location}` … `{message}` in {errors:?}"
        );
        let after = (
            app.count("courses").await,
            app.count("lessons").await,
            app.count("lesson_bodies").await,
            app.count("quizzes").await,
            app.count("media").await,
        );
        assert_eq!(before, after, "{what}: database changed");
        let page = Browser::default()
            .get(&app, "/courses/test-course/lessons/first-lesson")
            .await;
        assert!(
            !page.body.contains("Changed title"),
            "{what}: a good file of a broken pack was imported"
        );
    }
}

const CONTENT_TABLES: [&str; 6] = [
    "courses",
    "modules",
    "lessons",
    "lesson_bodies",
    "quizzes",
    "media",
];

/// Makes the database note every row written to a content table, in `content_writes`.
async fn note_content_writes(app: &TestApp) {
    use sea_orm::{ConnectionTrait, DbBackend};
    let db = &app.db;
    db.execute_unprepared("CREATE TABLE content_writes (tbl TEXT NOT NULL)")
        .await
        .unwrap();
    if db.get_database_backend() == DbBackend::Postgres {
        db.execute_unprepared(
            "CREATE FUNCTION note_write() RETURNS trigger LANGUAGE plpgsql AS $$ \
             BEGIN INSERT INTO content_writes (tbl) VALUES (TG_TABLE_NAME); RETURN NULL; END $$",
        )
        .await
        .unwrap();
    }
    for table in CONTENT_TABLES {
        for op in ["INSERT", "UPDATE", "DELETE"] {
            let sql = match db.get_database_backend() {
                DbBackend::Postgres => format!(
                    "CREATE TRIGGER note_{table}_{op} AFTER {op} ON {table} \
                     FOR EACH ROW EXECUTE FUNCTION note_write()"
                ),
                _ => format!(
                    "CREATE TRIGGER note_{table}_{op} AFTER {op} ON {table} \
                     BEGIN INSERT INTO content_writes (tbl) VALUES ('{table}'); END"
                ),
            };
            db.execute_unprepared(&sql).await.unwrap();
        }
    }
}

/// The tables written since [`note_content_writes`], one entry per row, sorted.
async fn content_writes(app: &TestApp) -> Vec<String> {
    use sea_orm::ConnectionTrait;
    let rows = app
        .db
        .query_all_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "SELECT tbl FROM content_writes ORDER BY tbl",
        ))
        .await
        .unwrap();
    rows.iter()
        .map(|r| r.try_get::<String>("", "tbl").unwrap())
        .collect()
}

async fn updated_at(app: &TestApp) -> i64 {
    use sea_orm::EntityTrait;
    app::db::entities::course::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .updated_at
}

async fn unchanged_packs_are_reimported_without_a_write(app: TestApp) {
    use sea_orm::ConnectionTrait;
    imported(&app).await;
    app.db
        .execute_unprepared("UPDATE courses SET updated_at = 1")
        .await
        .unwrap();
    note_content_writes(&app).await;
    let again = import::import_dir(&app.db, &crate::common::fixture())
        .await
        .unwrap();
    assert_eq!(again.imported, ["test-course"]);
    assert_eq!(again.unchanged, ["test-course"]);
    assert_eq!(content_writes(&app).await, Vec::<String>::new());
    assert_eq!(
        updated_at(&app).await,
        1,
        "updated_at moved without a change"
    );

    // One changed lesson text: that body is written, and the course is dated.
    let dir = FixtureCopy::new();
    edit(
        &dir.join("test-course"),
        "lessons/en/second-lesson.md",
        "\n\n",
        "\n\nA new first paragraph.\n\n",
    );
    let edited = import::import_dir(&app.db, &dir).await.unwrap();
    assert_eq!(edited.imported, ["test-course"]);
    assert!(edited.unchanged.is_empty());
    assert_eq!(content_writes(&app).await, ["courses", "lesson_bodies"]);
    assert!(updated_at(&app).await > 1);
    let page = Browser::default()
        .get(&app, "/courses/test-course/lessons/second-lesson")
        .await;
    assert!(page.body.contains("A new first paragraph."));
}

async fn anyone_reads_lessons_sanitised_with_fallback(app: TestApp) {
    imported(&app).await;
    let mut visitor = Browser::default();
    let catalogue = visitor.get(&app, "/courses").await;
    assert!(catalogue.body.contains("Test Course"));
    let lesson = visitor
        .get(&app, "/courses/test-course/lessons/first-lesson")
        .await;
    assert_eq!(lesson.status, StatusCode::OK);
    assert!(lesson.body.contains("<strong>bold</strong>"));
    assert!(
        !lesson.body.contains("alert(1)"),
        "script from content survived"
    );
    let mut hindi = Browser {
        accept_language: Some("hi".into()),
        ..Default::default()
    };
    assert!(hindi
        .get(&app, "/courses/test-course/lessons/first-lesson")
        .await
        .body
        .contains("यह पाठ हिंदी में है"));
    let fallback = hindi
        .get(&app, "/courses/test-course/lessons/second-lesson")
        .await
        .body;
    assert!(
        fallback.contains("Second lesson") && fallback.contains("fallback-notice"),
        "English fallback with notice expected"
    );
    assert_eq!(
        visitor
            .get(&app, "/courses/test-course/lessons/nope")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        visitor.get(&app, "/courses/nope").await.status,
        StatusCode::NOT_FOUND
    );
    // A browser saving data gets the page marked so (lighter fonts); others do not.
    for (save_data, marked) in [(Some("on"), true), (None, false)] {
        let mut req = http::Request::builder().uri("/courses/test-course/lessons/first-lesson");
        if let Some(v) = save_data {
            req = req.header("save-data", v);
        }
        let res = app.send(req.body(axum::body::Body::empty()).unwrap()).await;
        let body = http_body_util::BodyExt::collect(res.into_body())
            .await
            .unwrap()
            .to_bytes();
        let html = String::from_utf8_lossy(&body);
        let start = &html[html.find("<html").unwrap()..][..120];
        assert_eq!(start.contains("save-data"), marked, "{start}");
    }
}

async fn quiz_page_has_no_answer_key_and_replay_counts_once(app: TestApp) {
    imported(&app).await;
    let mut learner = registered(&app, "quiz.taker", "chinar-tree-1947").await;
    let page = learner
        .get(&app, "/courses/test-course/quizzes/basics-practice")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    for leak in ["\"answer\"", "answer =", "Because B.", "It is blue."] {
        assert!(!page.body.contains(leak), "quiz page leaks {leak:?}");
    }
    // The steps are not listed in their correct order.
    let steps: Vec<usize> = ["Step one", "Step two", "Step three"]
        .iter()
        .map(|s| page.body.find(s).unwrap())
        .collect();
    assert!(
        !(steps[0] < steps[1] && steps[1] < steps[2]),
        "order question shows the answer order"
    );
    let attempt = attempt_id(&page.body);
    let form = [
        ("course", "test-course"),
        ("quiz", "basics-practice"),
        ("attempt", attempt.as_str()),
        ("answers[pick-one]", "b"),
        ("answers[pick-many:a]", "on"),
        ("answers[pick-many:c]", "on"),
        ("answers[is-it]", "true"),
        ("answers[steps#1]", "first"),
        ("answers[steps#2]", "second"),
        ("answers[steps#3]", "third"),
    ];
    let submitted = learner.post(&app, "/api/submit-quiz", &form).await;
    let result_path = format!("/courses/test-course/quizzes/basics-practice/attempts/{attempt}");
    assert_eq!(submitted.location.as_deref(), Some(result_path.as_str()));
    let result = learner.get(&app, &result_path).await;
    assert!(
        result.body.contains(r#"data-correct="3" data-total="4""#),
        "3 of 4 expected"
    );
    assert!(
        result.body.contains("It is blue."),
        "explanation shown after the practice quiz"
    );
    // The same submission again (a double click, a replay) is counted once.
    learner.post(&app, "/api/submit-quiz", &form).await;
    assert_eq!(
        learner.call(&app, "/api/submit-quiz", &form).await.status,
        StatusCode::OK
    );
    assert_eq!(app.count("quiz_attempts").await, 1);
    // Anonymous visitors can read the quiz page but not submit.
    let anon = Browser::default()
        .call(&app, "/api/submit-quiz", &form)
        .await;
    assert_eq!(anon.status, StatusCode::UNAUTHORIZED);
}

pub(crate) async fn pass_final(app: &TestApp, learner: &mut Browser) -> String {
    let page = learner.get(app, "/courses/test-course/quizzes/final").await;
    let attempt = attempt_id(&page.body);
    let form = [
        ("course", "test-course"),
        ("quiz", "final"),
        ("attempt", attempt.as_str()),
        ("answers[f1]", "a"),
        ("answers[f2]", "true"),
        ("answers[f3]", "a"),
    ];
    let submitted = learner.post(app, "/api/submit-quiz", &form).await;
    let result = learner
        .get(app, submitted.location.as_deref().unwrap())
        .await;
    assert!(
        result.body.contains(r#"data-correct="2" data-total="3""#),
        "2 of 3 (66%) expected"
    );
    let at = result
        .body
        .find("/certificates/")
        .expect("certificate link after passing")
        + "/certificates/".len();
    result.body[at..at + 19].to_owned()
}

async fn final_assessment_issues_a_verifiable_certificate(app: TestApp) {
    imported(&app).await;
    let mut learner = registered(&app, "cert.earner", "chinar-tree-1947").await;
    // Failing first: no certificate.
    let page = learner
        .get(&app, "/courses/test-course/quizzes/final")
        .await;
    let attempt = attempt_id(&page.body);
    let fail = [
        ("course", "test-course"),
        ("quiz", "final"),
        ("attempt", attempt.as_str()),
        ("answers[f1]", "b"),
    ];
    learner.post(&app, "/api/submit-quiz", &fail).await;
    assert_eq!(app.count("certificates").await, 0);
    let code = pass_final(&app, &mut learner).await;
    assert_eq!(app.count("certificates").await, 1);
    let cert = learner.get(&app, &format!("/certificates/{code}")).await;
    assert_eq!(cert.status, StatusCode::OK);
    assert!(
        cert.body.contains("Test Learner") && cert.body.contains("<svg"),
        "name and QR code expected"
    );
    assert!(cert.body.contains(&format!("/verify/{code}")));
    // The PDF download: the owner's only.
    let pdf_path = format!("/certificates/{code}/certificate.pdf");
    assert!(cert.body.contains(&pdf_path), "download link");
    let (status, headers, pdf) = learner.get_bytes(&app, &pdf_path).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[http::header::CONTENT_TYPE], "application/pdf");
    assert!(pdf.starts_with(b"%PDF") && pdf.len() > 2_000, "a PDF");
    let mut stranger = registered(&app, "cert.stranger", "chinar-tree-1947").await;
    assert_eq!(
        stranger.get_bytes(&app, &pdf_path).await.0,
        StatusCode::NOT_FOUND
    );
    let (anon, anon_headers, _) = Browser::default().get_bytes(&app, &pdf_path).await;
    assert!(anon.is_redirection() && anon_headers[http::header::LOCATION] == "/login");
    let verify = Browser::default()
        .get(&app, &format!("/verify/{code}"))
        .await;
    assert_eq!(verify.status, StatusCode::OK);
    assert!(verify.body.contains("Test Learner") && verify.body.contains("Test Course"));
    assert!(
        !verify.body.contains("سرینگر") && !verify.body.contains("Srinagar"),
        "verify page shows only name, course and date"
    );
    let unknown = Browser::default()
        .get(&app, "/verify/AAAA-BBBB-CCCC-DDDD")
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    // Passing again does not issue a second certificate.
    pass_final(&app, &mut learner).await;
    assert_eq!(app.count("certificates").await, 1);
}

async fn attempts_and_certificates_are_private(app: TestApp) {
    imported(&app).await;
    let mut owner = registered(&app, "the.owner", "chinar-tree-1947").await;
    let code = pass_final(&app, &mut owner).await;
    let attempt_page = owner.get(&app, "/dashboard").await;
    assert!(
        attempt_page.body.contains(&code),
        "dashboard lists the certificate"
    );
    let mut other = registered(&app, "the.other", "chinar-tree-1947").await;
    assert_eq!(
        other
            .get(&app, &format!("/certificates/{code}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let attempt_key: String = {
        use sea_orm::EntityTrait;
        app::db::entities::quiz_attempt::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .attempt_key
    };
    let path = format!("/courses/test-course/quizzes/final/attempts/{attempt_key}");
    assert_eq!(owner.get(&app, &path).await.status, StatusCode::OK);
    assert_eq!(other.get(&app, &path).await.status, StatusCode::NOT_FOUND);
}
