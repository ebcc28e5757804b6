//! Enrolling a cohort from a CSV file, through the real router on SQLite and PostgreSQL: the
//! upload (multipart, under the `/api/` origin guard, 2 MB at most), the preview of every row
//! with its problem, and the confirmation that enrols the ready rows in one transaction. Every
//! number checked here is counted in the database directly.

use crate::common::{
    cohort, login_page, multipart, registered, staff, Browser, Page, TestApp, ORIGIN,
};
use app::{
    auth::Role,
    i18n::{number_in, t_in, Lang},
};
use axum::body::Body;
use http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use sea_orm::{ConnectionTrait, Statement};

on_both_databases!(
    a_good_file_enrols_twenty_learners_with_start_codes,
    uploading_the_same_file_again_changes_nothing,
    each_bad_row_is_refused_with_its_reason,
    bom_no_bom_utf16_and_hindi_or_urdu_headers,
    a_file_over_two_megabytes_is_413_and_stores_nothing,
    ten_thousand_and_one_rows_are_refused_whole,
    wrong_encodings_and_columns_get_a_clear_message,
    a_cross_origin_upload_is_refused,
    only_the_cohorts_trainer_may_upload_preview_or_confirm,
    a_login_taken_after_the_preview_stops_the_whole_import,
    uploads_older_than_a_day_are_deleted,
);

const HOST: &str = "sabaq.test";
const HEADER: &str = "name,mobile_or_login,gender,group,district,language\n";

/// How an upload request is sent.
struct How<'a> {
    origin: Option<&'a str>,
    content_length: bool,
    field: &'a str,
}

const SAME_SITE: How = How {
    origin: Some(ORIGIN),
    content_length: true,
    field: "file",
};

/// Uploads `file` to the cohort as `browser` does.
async fn upload_with(
    app: &TestApp,
    browser: &Browser,
    cohort: &str,
    file: &[u8],
    how: How<'_>,
) -> Page {
    let (content_type, body) = multipart(how.field, file);
    let mut req = Request::post(format!("/api/cohorts/{cohort}/upload"))
        .header(header::HOST, HOST)
        .header(header::ACCEPT, "text/html,application/xhtml+xml")
        .header(header::CONTENT_TYPE, content_type);
    if let Some(origin) = how.origin {
        req = req.header(header::ORIGIN, origin);
    }
    if how.content_length {
        req = req.header(header::CONTENT_LENGTH, body.len());
    }
    if !browser.cookies.is_empty() {
        req = req.header(header::COOKIE, browser.cookie_header());
    }
    if let Some(lang) = &browser.accept_language {
        req = req.header(header::ACCEPT_LANGUAGE, lang);
    }
    let res = app.send(req.body(Body::from(body)).unwrap()).await;
    let status = res.status();
    let location = res
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_owned());
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    Page {
        status,
        location,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

async fn upload(app: &TestApp, browser: &Browser, cohort: &str, file: &[u8]) -> Page {
    upload_with(app, browser, cohort, file, SAME_SITE).await
}

/// Uploads a file that must be accepted; the preview's path.
async fn accepted(app: &TestApp, browser: &Browser, cohort: &str, file: &[u8]) -> String {
    let page = upload(app, browser, cohort, file).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let to = page.location.expect("on to the preview");
    assert!(
        to.starts_with(&format!("/cohorts/{cohort}/uploads/")),
        "{to}"
    );
    to
}

/// The upload's public id, from its preview path.
fn upload_id(preview: &str) -> &str {
    preview.rsplit('/').next().unwrap()
}

/// Confirms the upload as `browser` (a plain form post).
async fn confirm(app: &TestApp, browser: &mut Browser, cohort: &str, preview: &str) -> Page {
    browser
        .post(
            app,
            "/api/confirm-enrolment",
            &[("cohort", cohort), ("upload", upload_id(preview))],
        )
        .await
}

/// A CSV file with `HEADER` and these rows.
fn csv(rows: &[String]) -> Vec<u8> {
    let mut text = HEADER.to_owned();
    for r in rows {
        text.push_str(r);
        text.push('\n');
    }
    text.into_bytes()
}

/// Learner `i` of a batch: a mobile number for even `i`, a login name for odd, names in three
/// scripts.
fn learner(i: usize) -> String {
    let login = if i.is_multiple_of(2) {
        format!("94190{i:05}")
    } else {
        format!("batch.{i}")
    };
    let name = match i % 3 {
        0 => format!("Shazia Bhat {i}"),
        1 => format!("शाज़िया {i}"),
        _ => format!("شازیہ {i}"),
    };
    format!("{name},{login},female,shg-member,srinagar,ur")
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    let row = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            sql.to_owned(),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

async fn members(app: &TestApp, cohort: &str) -> i64 {
    count(
        app,
        &format!(
            "SELECT COUNT(*) FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id \
             WHERE c.pid = '{cohort}'"
        ),
    )
    .await
}

/// Users, memberships, start codes and pending uploads: what an import may change.
async fn stored(app: &TestApp) -> [i64; 4] {
    [
        app.count("users").await,
        app.count("cohort_members").await,
        app.count("start_codes").await,
        app.count("enrolment_uploads").await,
    ]
}

fn en(id: &str, args: &[(&str, String)]) -> String {
    t_in(Lang::En, id, args)
}

/// The table row of the page that contains `text`.
fn row_with<'a>(body: &'a str, text: &str) -> &'a str {
    let at = body
        .find(text)
        .unwrap_or_else(|| panic!("{text:?} not on the page"));
    let start = body[..at].rfind("<tr").expect("inside a table row");
    let end = at + body[at..].find("</tr>").expect("row ends");
    &body[start..end]
}

async fn a_good_file_enrols_twenty_learners_with_start_codes(app: TestApp) {
    let mut trainer = staff(&app, "trainer1", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Women's SHG, Ganderbal").await;
    let before = stored(&app).await;
    let rows: Vec<String> = (1..=20).map(learner).collect();
    let preview = accepted(&app, &trainer, &c, &csv(&rows)).await;
    // Nothing but the upload is stored before the confirmation.
    let after_upload = stored(&app).await;
    assert_eq!(
        after_upload,
        [before[0], before[1], before[2], before[3] + 1]
    );

    let page = trainer.get(&app, &preview).await;
    assert_eq!(page.status, StatusCode::OK);
    for (id, n) in [
        ("upload-count-ready", 20),
        ("upload-count-enrolled", 0),
        ("upload-count-refused", 0),
    ] {
        let text = en(id, &[("count", number_in(Lang::En, n))]);
        assert!(page.body.contains(&text), "{text}");
    }
    assert!(page.body.contains("شازیہ 2") && page.body.contains("शाज़िया 1"));
    assert!(page
        .body
        .contains(&en("upload-confirm", &[("count", number_in(Lang::En, 20))])));

    let done = confirm(&app, &mut trainer, &c, &preview).await;
    assert_eq!(
        done.location.as_deref(),
        Some(format!("/cohorts/{c}").as_str())
    );
    assert_eq!(members(&app, &c).await, 20);
    let new_learners = count(
        &app,
        "SELECT COUNT(*) FROM users WHERE role = 'learner' AND password_hash = '' \
         AND (login LIKE '94190%' OR login LIKE 'batch.%')",
    )
    .await;
    assert_eq!(new_learners, 20);
    let codes = count(
        &app,
        "SELECT COUNT(*) FROM start_codes s JOIN users u ON u.id = s.user_id \
         WHERE u.login LIKE '94190%' OR u.login LIKE 'batch.%'",
    )
    .await;
    assert_eq!(codes, 20);
    assert_eq!(
        stored(&app).await,
        [before[0] + 20, before[1] + 20, before[2] + 20, before[3]]
    );
    // One learner's fields, as the row said.
    let shazia = count(
        &app,
        "SELECT COUNT(*) FROM users u JOIN districts d ON d.id = u.district_id \
         WHERE u.login = '9419000002' AND u.display_name = 'شازیہ 2' AND u.gender = 'female' \
         AND u.learner_group = 'shg-member' AND u.preferred_language = 'ur' AND d.slug = 'srinagar'",
    )
    .await;
    assert_eq!(shazia, 1);

    let cohort_page = trainer.get(&app, &format!("/cohorts/{c}")).await;
    let notice = en("upload-enrolled", &[("count", number_in(Lang::En, 20))]);
    assert!(cohort_page.body.contains(&notice), "{}", cohort_page.body);
    // The upload is gone once confirmed.
    assert_eq!(
        trainer.get(&app, &preview).await.status,
        StatusCode::NOT_FOUND
    );
}

async fn uploading_the_same_file_again_changes_nothing(app: TestApp) {
    let mut trainer = staff(&app, "trainer1", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Batch").await;
    let file = csv(&(1..=20).map(learner).collect::<Vec<_>>());
    let preview = accepted(&app, &trainer, &c, &file).await;
    confirm(&app, &mut trainer, &c, &preview).await;
    let before = stored(&app).await;

    let again = accepted(&app, &trainer, &c, &file).await;
    let page = trainer.get(&app, &again).await;
    for (id, n) in [
        ("upload-count-ready", 0),
        ("upload-count-enrolled", 20),
        ("upload-count-refused", 0),
    ] {
        assert!(page
            .body
            .contains(&en(id, &[("count", number_in(Lang::En, n))])));
    }
    assert!(page.body.contains(&en("upload-nothing-to-enrol", &[])));
    assert!(!page.body.contains("confirm-enrolment"));
    // Confirming anyway enrols nobody and removes the upload.
    let done = confirm(&app, &mut trainer, &c, &again).await;
    assert_eq!(
        done.location.as_deref(),
        Some(format!("/cohorts/{c}").as_str())
    );
    assert_eq!(stored(&app).await, before);
    assert_eq!(members(&app, &c).await, 20);
}

async fn each_bad_row_is_refused_with_its_reason(app: TestApp) {
    let mut trainer = staff(&app, "trainer1", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Batch").await;
    // An account elsewhere, and a learner already in this cohort.
    registered(&app, "taken.login", "chinar-tree-1947").await;
    registered(&app, "member.one", "chinar-tree-1947").await;
    let member_pid: String = {
        let row = app
            .db
            .query_one_raw(Statement::from_string(
                app.db.get_database_backend(),
                "SELECT pid FROM users WHERE login = 'member.one'".to_owned(),
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get_by_index(0).unwrap()
    };
    let added = trainer
        .post(
            &app,
            "/api/add-to-cohort",
            &[("cohort", &c), ("learner", &member_pid)],
        )
        .await;
    assert_eq!(
        added.location.as_deref(),
        Some(format!("/cohorts/{c}").as_str())
    );

    let rows = [
        "Good Learner,good.one,female,student,jammu,hi",                  // 2
        ",no.name,female,student,jammu,hi",                               // 3
        "Bad Mobile,12345,female,student,jammu,hi",                       // 4
        "No Place,no.place,female,student,Atlantis,hi",                   // 5
        "Odd Gender,odd.gender,xyz,student,jammu,hi",                     // 6
        "Odd Group,odd.group,female,farmer,jammu,hi",                     // 7
        "Odd Language,odd.lang,female,student,jammu,french",              // 8
        "Twice First,twice,female,student,jammu,hi",                      // 9
        "Twice Again,TWICE,male,student,jammu,hi",                        // 10
        "Someone Else,taken.login,female,student,jammu,hi",               // 11
        "Member One,member.one,female,student,jammu,hi",                  // 12
        "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",formula.name,female,student,jammu,hi", // 13
        "Plus Login,@evil,female,student,jammu,hi",                       // 14
    ]
    .map(str::to_owned);
    let before = stored(&app).await;
    let preview = accepted(&app, &trainer, &c, &csv(&rows)).await;
    let stored_rows = count(
        &app,
        "SELECT COUNT(*) FROM enrolment_uploads WHERE \"rows\" LIKE '%HYPERLINK%' OR \"rows\" LIKE '%@evil%'",
    )
    .await;
    assert_eq!(stored_rows, 0, "a formula is never stored");

    let page = trainer.get(&app, &preview).await;
    assert_eq!(page.status, StatusCode::OK);
    let name = en("upload-column-name", &[]);
    let login = en("upload-column-login", &[]);
    let value = |v: &str| vec![("value", v.to_owned())];
    let expected: Vec<(u32, String)> = vec![
        (3, en("upload-row-missing", &[("column", name.clone())])),
        (4, en("upload-row-login-invalid", &value("12345"))),
        (5, en("upload-row-unknown-district", &value("Atlantis"))),
        (6, en("upload-row-unknown-gender", &value("xyz"))),
        (7, en("upload-row-unknown-group", &value("farmer"))),
        (8, en("upload-row-unknown-language", &value("french"))),
        (
            10,
            en("upload-row-duplicate", &[("row", number_in(Lang::En, 9))]),
        ),
        (11, en("upload-row-login-taken", &[])),
        (13, en("upload-row-formula", &[("column", name)])),
        (14, en("upload-row-formula", &[("column", login)])),
    ];
    for (row, message) in &expected {
        let tr = row_with(&page.body, message);
        assert!(tr.contains(&format!(">{row}<")), "row {row}: {tr}");
    }
    let enrolled_row = row_with(&page.body, "Member One");
    assert!(enrolled_row.contains(&en("upload-status-enrolled", &[])));
    for (id, n) in [
        ("upload-count-ready", 2),
        ("upload-count-enrolled", 1),
        ("upload-count-refused", 10),
    ] {
        let text = en(id, &[("count", number_in(Lang::En, n))]);
        assert!(page.body.contains(&text), "{text}");
    }
    assert!(!page.body.contains("HYPERLINK"));

    confirm(&app, &mut trainer, &c, &preview).await;
    // The two ready rows (the good one and the first "twice"), and the member already there.
    assert_eq!(members(&app, &c).await, 3);
    assert_eq!(
        stored(&app).await,
        [before[0] + 2, before[1] + 2, before[2] + 2, before[3]]
    );
    let created = count(
        &app,
        "SELECT COUNT(*) FROM users WHERE login IN ('good.one', 'twice')",
    )
    .await;
    assert_eq!(created, 2);
    let formula = count(
        &app,
        "SELECT COUNT(*) FROM users WHERE display_name LIKE '%HYPERLINK%'",
    )
    .await;
    assert_eq!(formula, 0);
}

fn utf16le_with_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

async fn bom_no_bom_utf16_and_hindi_or_urdu_headers(app: TestApp) {
    let mut trainer = staff(&app, "trainer1", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Batch").await;
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend("name,mobile,gender,group,district,language\r\nشازیہ بٹ,bom.one,female,student,Srinagar,Urdu\r\n".as_bytes());
    let files: Vec<(&str, Vec<u8>, &str)> = vec![
        ("bom.one", bom, "شازیہ بٹ"),
        (
            "nobom.one",
            "नाम,मोबाइल नंबर,लिंग,समूह,ज़िला,भाषा\nराम लाल,nobom.one,पुरुष,विद्यार्थी,जम्मू,हिंदी\n"
                .as_bytes()
                .to_vec(),
            "राम लाल",
        ),
        (
            "utf16.one",
            utf16le_with_bom(
                "نام\tموبائل\tجنس\tگروپ\tضلع\tزبان\r\nفاطمہ, بانو\tutf16.one\tخاتون\tطالب علم\tاننت ناگ\tاردو\r\n",
            ),
            "فاطمہ, بانو",
        ),
        (
            "semicolon.one",
            "Name;Mobile or login;Gender;Group;District;Language\nAsha Devi;semicolon.one;Woman;SHG;Kathua;hi\n"
                .as_bytes()
                .to_vec(),
            "Asha Devi",
        ),
    ];
    for (login, bytes, name) in &files {
        let preview = accepted(&app, &trainer, &c, bytes).await;
        let page = trainer.get(&app, &preview).await;
        let ready = en("upload-count-ready", &[("count", number_in(Lang::En, 1))]);
        assert!(page.body.contains(&ready), "{login}: {}", page.body);
        confirm(&app, &mut trainer, &c, &preview).await;
        let found = count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM users u JOIN cohort_members m ON m.user_id = u.id \
                 WHERE u.login = '{login}' AND u.display_name = '{name}'"
            ),
        )
        .await;
        assert_eq!(found, 1, "{login}");
    }
    assert_eq!(members(&app, &c).await, 4);
    let urdu = count(
        &app,
        "SELECT COUNT(*) FROM users u JOIN districts d ON d.id = u.district_id \
         WHERE u.login = 'utf16.one' AND d.slug = 'anantnag' AND u.preferred_language = 'ur' \
         AND u.gender = 'female' AND u.learner_group = 'student'",
    )
    .await;
    assert_eq!(urdu, 1);
}

async fn a_file_over_two_megabytes_is_413_and_stores_nothing(app: TestApp) {
    let mut trainer = staff(&app, "trainer1", Role::Trainer).await;
    trainer.accept_language = Some("hi".into());
    let c = cohort(&app, &mut trainer, "Batch").await;
    let before = stored(&app).await;
    let mut big = HEADER.as_bytes().to_vec();
    while big.len() < 3 * 1024 * 1024 {
        big.extend_from_slice(b"Shazia Bhat,shazia.bhat,female,student,srinagar,ur\n");
    }
    let message = t_in(
        Lang::Hi,
        "upload-error-too-large",
        &[("megabytes", number_in(Lang::Hi, 2))],
    );
    // Refused from its declared length, and (sent without one) while it is read.
    for content_length in [true, false] {
        let how = How {
            content_length,
            ..SAME_SITE
        };
        let page = upload_with(&app, &trainer, &c, &big, how).await;
        assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
        assert!(page.body.contains(&message), "{}", page.body);
        assert!(page.body.contains("lang=\"hi\""));
    }
    // Just over the file limit, with a body under the request limit.
    let mut over = HEADER.as_bytes().to_vec();
    over.resize(2 * 1024 * 1024 + 1, b'a');
    let page = upload(&app, &trainer, &c, &over).await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(stored(&app).await, before);
}

async fn ten_thousand_and_one_rows_are_refused_whole(app: TestApp) {
    let mut trainer = staff(&app, "trainer1", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Batch").await;
    let before = stored(&app).await;
    let rows: Vec<String> = (0..10_001)
        .map(|i| format!("L{i},l.{i},f,student,jammu,hi"))
        .collect();
    let file = csv(&rows);
    assert!(file.len() < 2 * 1024 * 1024);
    let page = upload(&app, &trainer, &c, &file).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    let message = en(
        "upload-error-too-many-rows",
        &[("rows", number_in(Lang::En, 10_000))],
    );
    assert!(page.body.contains(&message), "{}", page.body);
    // The form is there to try again.
    assert!(page.body.contains("multipart/form-data"));
    assert_eq!(stored(&app).await, before);
}

async fn wrong_encodings_and_columns_get_a_clear_message(app: TestApp) {
    let mut trainer = staff(&app, "trainer1", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Batch").await;
    let before = stored(&app).await;
    let district = en("upload-column-district", &[]);
    let all_columns = [
        "upload-column-name",
        "upload-column-login",
        "upload-column-gender",
        "upload-column-group",
        "upload-column-district",
        "upload-column-language",
    ]
    .map(|id| en(id, &[]))
    .join(", ");
    let cases: Vec<(Vec<u8>, String)> = vec![
        // "Zoë Café" as Windows-1252 writes it.
        (
            b"name,mobile,gender,group,district,language\nZo\xEB Caf\xE9,zoe.cafe,female,student,jammu,en\n".to_vec(),
            en("upload-error-encoding", &[]),
        ),
        (
            b"name,mobile,gender,group,language\nA,a.b.c,female,student,en\n".to_vec(),
            en(
                "upload-error-missing-column",
                &[("column", district), ("columns", all_columns)],
            ),
        ),
        (
            b"PK\x03\x04\x14\x00\x06\x00".to_vec(),
            en("upload-error-workbook", &[]),
        ),
        (Vec::new(), en("upload-error-empty", &[])),
        (HEADER.as_bytes().to_vec(), en("upload-error-no-rows", &[])),
    ];
    for (bytes, message) in cases {
        let page = upload(&app, &trainer, &c, &bytes).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{message}");
        assert!(page.body.contains(&message), "{message}: {}", page.body);
    }
    // In the reader's language, and a form without the file field.
    trainer.accept_language = Some("ur".into());
    let page = upload(&app, &trainer, &c, b"name\xE9\n").await;
    assert!(page
        .body
        .contains(&t_in(Lang::Ur, "upload-error-encoding", &[])));
    let how = How {
        field: "other",
        ..SAME_SITE
    };
    let page = upload_with(&app, &trainer, &c, HEADER.as_bytes(), how).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page
        .body
        .contains(&t_in(Lang::Ur, "upload-error-unreadable", &[])));
    assert_eq!(stored(&app).await, before);
}

async fn a_cross_origin_upload_is_refused(app: TestApp) {
    let mut trainer = staff(&app, "trainer1", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Batch").await;
    let before = stored(&app).await;
    let file = csv(&[learner(1)]);
    for origin in [Some("http://evil.example"), None] {
        let how = How {
            origin,
            ..SAME_SITE
        };
        let page = upload_with(&app, &trainer, &c, &file, how).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{origin:?}");
    }
    assert_eq!(stored(&app).await, before);
}

async fn only_the_cohorts_trainer_may_upload_preview_or_confirm(app: TestApp) {
    let mut owner = staff(&app, "trainer1", Role::Trainer).await;
    let c = cohort(&app, &mut owner, "Batch").await;
    let file = csv(&(1..=3).map(learner).collect::<Vec<_>>());
    let preview = accepted(&app, &owner, &c, &file).await;
    let upload_path = format!("/cohorts/{c}/upload");
    let before = stored(&app).await;

    let others = [
        staff(&app, "trainer2", Role::Trainer).await,
        staff(&app, "official1", Role::Official).await,
        registered(&app, "learner.one", "chinar-tree-1947").await,
    ];
    for mut other in others {
        let before = stored(&app).await;
        assert_eq!(
            upload(&app, &other, &c, &file).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            other.get(&app, &preview).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            other.get(&app, &upload_path).await.status,
            StatusCode::FORBIDDEN
        );
        let form = [("cohort", c.as_str()), ("upload", upload_id(&preview))];
        let called = other.call(&app, "/api/confirm-enrolment", &form).await;
        assert_eq!(called.status, StatusCode::FORBIDDEN);
        assert_eq!(stored(&app).await, before);
    }

    let mut guest = Browser::default();
    let page = upload(&app, &guest, &c, &file).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location.as_deref().map(login_page), Some("/login"));
    for path in [&preview, &upload_path] {
        let page = guest.get(&app, path).await;
        assert!(page.status.is_redirection(), "{path}: {}", page.status);
        assert_eq!(page.location.as_deref().map(login_page), Some("/login"));
    }
    let form = [("cohort", c.as_str()), ("upload", upload_id(&preview))];
    let called = guest.call(&app, "/api/confirm-enrolment", &form).await;
    assert_eq!(called.status, StatusCode::UNAUTHORIZED);
    assert_eq!(members(&app, &c).await, 0);

    // The owner's other cohort does not have this upload.
    let other_cohort = cohort(&app, &mut owner, "Second").await;
    let elsewhere = format!("/cohorts/{other_cohort}/uploads/{}", upload_id(&preview));
    assert_eq!(
        owner.get(&app, &elsewhere).await.status,
        StatusCode::NOT_FOUND
    );
    let called = owner
        .call(
            &app,
            "/api/confirm-enrolment",
            &[("cohort", &other_cohort), ("upload", upload_id(&preview))],
        )
        .await;
    assert_eq!(called.status, StatusCode::NOT_FOUND);

    // An admin sees every cohort's uploads.
    let mut admin = staff(&app, "admin1", Role::Admin).await;
    assert_eq!(admin.get(&app, &preview).await.status, StatusCode::OK);
    // Staff and learners were added above; no member, code or learner from the file.
    assert_eq!(stored(&app).await[1..], before[1..]);
    let from_file = count(
        &app,
        "SELECT COUNT(*) FROM users WHERE login LIKE '94190%' OR login LIKE 'batch.%'",
    )
    .await;
    assert_eq!(from_file, 0);
}

async fn a_login_taken_after_the_preview_stops_the_whole_import(app: TestApp) {
    let mut trainer = staff(&app, "trainer1", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Batch").await;
    let file = csv(&(1..=3).map(learner).collect::<Vec<_>>());
    let preview = accepted(&app, &trainer, &c, &file).await;
    // Someone registers one of the logins before the trainer confirms.
    registered(&app, "batch.1", "chinar-tree-1947").await;
    let before = stored(&app).await;

    let page = confirm(&app, &mut trainer, &c, &preview).await;
    assert_eq!(page.location.as_deref(), Some(preview.as_str()));
    assert_eq!(stored(&app).await, before, "nothing enrolled");
    assert_eq!(members(&app, &c).await, 0);
    let page = trainer.get(&app, &preview).await;
    assert!(page.body.contains(&en("upload-confirm-changed", &[])));
    let tr = row_with(&page.body, &en("upload-row-login-taken", &[]));
    assert!(tr.contains("batch.1"), "{tr}");
    assert!(page.body.contains(&en(
        "upload-count-ready",
        &[("count", number_in(Lang::En, 2))]
    )));

    confirm(&app, &mut trainer, &c, &preview).await;
    assert_eq!(members(&app, &c).await, 2);
}

async fn uploads_older_than_a_day_are_deleted(app: TestApp) {
    let mut trainer = staff(&app, "trainer1", Role::Trainer).await;
    let c = cohort(&app, &mut trainer, "Batch").await;
    let old = accepted(&app, &trainer, &c, &csv(&[learner(1)])).await;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let two_days_ago = now - 2 * 24 * 3600;
    app.db
        .execute_raw(Statement::from_string(
            app.db.get_database_backend(),
            format!(
                "UPDATE enrolment_uploads SET created_at = {two_days_ago} WHERE pid = '{}'",
                upload_id(&old)
            ),
        ))
        .await
        .unwrap();
    assert_eq!(trainer.get(&app, &old).await.status, StatusCode::NOT_FOUND);
    let new = accepted(&app, &trainer, &c, &csv(&[learner(2)])).await;
    assert_eq!(app.count("enrolment_uploads").await, 1);
    assert_eq!(trainer.get(&app, &new).await.status, StatusCode::OK);
}
