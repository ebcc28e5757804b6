//! The cohort progress grid, its CSV export and the per-learner record: the numbers equal an
//! independent count, the file is safe to open in a spreadsheet, only the cohort's trainer and
//! admins see any of it, and a database failure is a 503, never an empty grid.

use crate::common::{cohort, imported, login_page, registered, staff, Browser, TestApp};
use app::{
    auth::Role,
    db::entities::{course_assignment, lesson_completion, training_session},
};
use http::{header, StatusCode};
use sea_orm::{ActiveModelTrait, ConnectionTrait, QueryResult, Set, Value};

on_both_databases!(
    grid_and_csv_equal_an_independent_count,
    learner_record_shows_every_lesson_attempt_and_certificate,
    only_the_cohorts_trainer_and_admins_see_progress,
    cohort_without_courses_says_so,
    database_failure_is_503_not_an_empty_grid,
);

const PASSWORD: &str = "chinar-tree-1947";
const DAY: i64 = 24 * 3600;
/// The learner whose name a spreadsheet would run as a formula.
const FORMULA: &str = "=HYPERLINK(\"x\")";

/// A cohort of `trainer.one` with the fixture course assigned and four learners:
/// `asha` finished everything (two practice attempts, the final, a certificate); `bilal` did one
/// lesson alone and one at a session; `chetna` never started; `formula` (named [`FORMULA`]) did
/// one lesson three weeks ago and a poor quiz. `outsider` is in no cohort but studies too.
struct Setup {
    trainer: Browser,
    cohort: String,
    learners: Vec<(String, Browser)>,
    certificate: String,
}

impl Setup {
    fn browser(&mut self, login: &str) -> &mut Browser {
        &mut self
            .learners
            .iter_mut()
            .find(|(l, _)| l == login)
            .expect("a learner of the setup")
            .1
    }
}

async fn setup(app: &TestApp) -> Setup {
    imported(app).await;
    let mut trainer = staff(app, "trainer.one", Role::Trainer).await;
    let pid = cohort(app, &mut trainer, "Ganderbal SHG").await;
    let mut learners = Vec::new();
    for login in ["asha", "bilal", "chetna", "formula"] {
        let browser = registered(app, login, PASSWORD).await;
        let added = trainer
            .call(
                app,
                "/api/add-to-cohort",
                &[("cohort", &pid), ("learner", &pid_of(app, login).await)],
            )
            .await;
        assert_eq!(added.status, StatusCode::OK, "{}", added.body);
        learners.push((login.to_owned(), browser));
    }
    let cohort_id = id_of(app, "cohorts", "pid", &pid).await;
    let course_id = id_of(app, "courses", "slug", "test-course").await;
    course_assignment::ActiveModel {
        cohort_id: Set(cohort_id),
        course_id: Set(course_id),
        due_on: Set(Some("2027-01-31".into())),
        created_at: Set(app::db::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let mut s = Setup {
        trainer,
        cohort: pid,
        learners,
        certificate: String::new(),
    };

    let asha = s.browser("asha");
    complete(app, asha, "first-lesson").await;
    complete(app, asha, "second-lesson").await;
    practice(app, asha, 3).await;
    practice(app, asha, 4).await;
    s.certificate = crate::content::pass_final(app, s.browser("asha")).await;

    complete(app, s.browser("bilal"), "first-lesson").await;
    at_session(app, cohort_id, "bilal", "second-lesson").await;

    complete(app, s.browser("formula"), "first-lesson").await;
    practice(app, s.browser("formula"), 1).await;
    let formula = user_id(app, "formula").await;
    exec(
        app,
        "UPDATE lesson_completions SET completed_at = $1 WHERE user_id = $2",
        vec![(app::db::now() - 21 * DAY).into(), formula.into()],
    )
    .await;
    exec(
        app,
        "UPDATE quiz_attempts SET created_at = $1 WHERE user_id = $2",
        vec![(app::db::now() - 20 * DAY).into(), formula.into()],
    )
    .await;
    // Names are checked when accounts are made; one from an older import could be anything.
    exec(
        app,
        "UPDATE users SET display_name = $1 WHERE login = 'formula'",
        vec![FORMULA.into()],
    )
    .await;

    let mut outsider = registered(app, "outsider", PASSWORD).await;
    complete(app, &mut outsider, "first-lesson").await;
    practice(app, &mut outsider, 4).await;
    s
}

async fn complete(app: &TestApp, learner: &mut Browser, lesson: &str) {
    let done = learner
        .post(
            app,
            "/api/complete-lesson",
            &[
                ("course", "test-course"),
                ("lesson", lesson),
                ("next", "/dashboard"),
            ],
        )
        .await;
    assert_eq!(
        done.location.as_deref(),
        Some("/dashboard"),
        "{}",
        done.body
    );
}

/// Takes the practice quiz with `right` of its 4 questions answered correctly (1, 3 or 4).
async fn practice(app: &TestApp, learner: &mut Browser, right: u32) {
    const QUIZ: &str = "/courses/test-course/quizzes/basics-practice";
    let attempt = crate::common::attempt_id(&learner.get(app, QUIZ).await.body);
    let mut form = vec![
        ("course", "test-course"),
        ("quiz", "basics-practice"),
        ("attempt", attempt.as_str()),
    ];
    let answers: &[(&str, &str)] = match right {
        4 | 3 => &[
            ("answers[pick-one]", "b"),
            ("answers[pick-many:a]", "on"),
            ("answers[pick-many:c]", "on"),
            ("answers[steps#1]", "first"),
            ("answers[steps#2]", "second"),
            ("answers[steps#3]", "third"),
        ],
        _ => &[
            ("answers[pick-one]", "a"),
            ("answers[pick-many:b]", "on"),
            ("answers[steps#1]", "third"),
            ("answers[steps#2]", "second"),
            ("answers[steps#3]", "first"),
        ],
    };
    form.extend_from_slice(answers);
    form.push(("answers[is-it]", if right == 3 { "true" } else { "false" }));
    let submitted = learner.post(app, "/api/submit-quiz", &form).await;
    let result = learner
        .get(app, submitted.location.as_deref().expect("a result page"))
        .await;
    let expected = format!(r#"data-correct="{right}" data-total="4""#);
    assert!(result.body.contains(&expected), "{right} of 4 expected");
}

/// Records `lesson` as done by `login` at an in-person session of the cohort (the attendance
/// form is another page's; its rows are what matters here).
async fn at_session(app: &TestApp, cohort: i32, login: &str, lesson: &str) {
    let trainer = user_id(app, "trainer.one").await;
    let session = training_session::ActiveModel {
        cohort_id: Set(cohort),
        held_on: Set("2026-12-01".into()),
        recorded_by: Set(trainer),
        form_key: Set(uuid::Uuid::new_v4().to_string()),
        created_at: Set(app::db::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    lesson_completion::ActiveModel {
        user_id: Set(user_id(app, login).await),
        lesson_id: Set(id_of(app, "lessons", "key", lesson).await),
        completed_at: Set(app::db::now()),
        training_session_id: Set(Some(session.id)),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

async fn rows(app: &TestApp, sql: &str, values: Vec<Value>) -> Vec<QueryResult> {
    let stmt = app::db::statement(app.db.get_database_backend(), sql, values);
    app.db.query_all_raw(stmt).await.unwrap()
}

async fn exec(app: &TestApp, sql: &str, values: Vec<Value>) {
    let stmt = app::db::statement(app.db.get_database_backend(), sql, values);
    app.db.execute_raw(stmt).await.unwrap();
}

async fn id_of(app: &TestApp, table: &str, column: &str, value: &str) -> i32 {
    let found = rows(
        app,
        &format!("SELECT id FROM {table} WHERE {column} = $1"),
        vec![value.into()],
    )
    .await;
    found[0].try_get_by_index(0).unwrap()
}

async fn user_id(app: &TestApp, login: &str) -> i32 {
    id_of(app, "users", "login", login).await
}

async fn pid_of(app: &TestApp, login: &str) -> String {
    app::auth::users::find_by_login(&app.db, login)
        .await
        .unwrap()
        .unwrap()
        .pid
}

/// What an independent count says about one learner in the fixture's only module.
#[derive(Debug, PartialEq)]
struct Expected {
    self_study: i64,
    at_session: i64,
    best: Option<i64>,
    certificate: bool,
}

async fn expected(app: &TestApp, login: &str) -> Expected {
    let user = user_id(app, login).await;
    let count = |session: &'static str| {
        let sql = format!(
            "SELECT COUNT(*) FROM lesson_completions lc JOIN lessons l ON l.id = lc.lesson_id
             JOIN modules m ON m.id = l.module_id
             WHERE lc.user_id = $1 AND m.key = 'basics' AND lc.training_session_id IS {session}"
        );
        async move {
            rows(app, &sql, vec![user.into()]).await[0]
                .try_get_by_index::<i64>(0)
                .unwrap()
        }
    };
    let (self_study, at_session) = (count("NULL").await, count("NOT NULL").await);
    let attempts = rows(
        app,
        "SELECT qa.correct, qa.total FROM quiz_attempts qa JOIN quizzes q ON q.id = qa.quiz_id
         WHERE qa.user_id = $1 AND q.key = 'basics-practice'",
        vec![user.into()],
    )
    .await;
    let best = attempts
        .iter()
        .map(|r| {
            let (c, t): (i32, i32) = (
                r.try_get_by_index(0).unwrap(),
                r.try_get_by_index(1).unwrap(),
            );
            i64::from(c) * 100 / i64::from(t)
        })
        .max();
    let certificate = !rows(
        app,
        "SELECT id FROM certificates WHERE user_id = $1",
        vec![user.into()],
    )
    .await
    .is_empty();
    Expected {
        self_study,
        at_session,
        best,
        certificate,
    }
}

/// The `<tr>` of a learner in the grid.
fn grid_row<'a>(body: &'a str, pid: &str) -> &'a str {
    let start = body
        .find(&format!(r#"data-learner="{pid}""#))
        .unwrap_or_else(|| panic!("row of {pid}"));
    let end = body[start..].find("</tr>").unwrap() + start;
    &body[start..end]
}

fn attr<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(r#"{name}=""#);
    let at = html.find(&key)? + key.len();
    Some(&html[at..at + html[at..].find('"')?])
}

/// A CSV line split into cells (quoted cells unquoted; no cell here holds a comma).
fn cells(line: &str) -> Vec<String> {
    line.split(',')
        .map(|c| {
            c.strip_prefix('"')
                .and_then(|c| c.strip_suffix('"'))
                .map(|c| c.replace("\"\"", "\""))
                .unwrap_or_else(|| c.to_owned())
        })
        .collect()
}

async fn grid_and_csv_equal_an_independent_count(app: TestApp) {
    let mut s = setup(&app).await;
    let page = s
        .trainer
        .get(&app, &format!("/cohorts/{}/progress", s.cohort))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Test Course") && page.body.contains("Basics"));
    assert!(
        !page.body.contains("outsider"),
        "only the cohort's learners"
    );
    let logins = ["asha", "bilal", "chetna", "formula"];
    let mut finished = 0;
    for login in logins {
        let want = expected(&app, login).await;
        let row = grid_row(&page.body, &pid_of(&app, login).await);
        let done = want.self_study + want.at_session;
        assert_eq!(
            attr(row, "data-done"),
            Some(done.to_string().as_str()),
            "{login}"
        );
        assert_eq!(
            attr(row, "data-at-session"),
            Some(want.at_session.to_string().as_str()),
            "{login}"
        );
        assert_eq!(
            attr(row, "data-best"),
            want.best.map(|b| b.to_string()).as_deref(),
            "{login}"
        );
        assert_eq!(
            row.contains("marker certified"),
            want.certificate,
            "{login}"
        );
        finished += i32::from(done == 2);
    }
    // The independent count, checked against what the fixture's learners did.
    assert_eq!(
        expected(&app, "asha").await,
        Expected {
            self_study: 2,
            at_session: 0,
            best: Some(100),
            certificate: true
        }
    );
    assert_eq!(
        expected(&app, "bilal").await,
        Expected {
            self_study: 1,
            at_session: 1,
            best: None,
            certificate: false
        }
    );
    assert_eq!(finished, 2);
    assert!(page
        .body
        .contains(&format!(r#"data-completed-by="{finished}""#)));
    // Stuck: chetna never started, formula's last step was 20 days ago; asha and bilal are busy.
    for (login, stuck) in [
        ("asha", false),
        ("bilal", false),
        ("chetna", true),
        ("formula", true),
    ] {
        let row = grid_row(&page.body, &pid_of(&app, login).await);
        assert_eq!(row.contains("marker stuck"), stuck, "{login}");
    }
    assert!(
        page.body.contains("2 of 4 learners are stuck"),
        "summary line"
    );
    assert!(page
        .body
        .contains(&format!("/learners/{}", pid_of(&app, "asha").await)));

    // Sorting by progress, most first: asha (2), bilal (2 with one at a session), formula (1), chetna.
    let sorted = s
        .trainer
        .get(
            &app,
            &format!("/cohorts/{}/progress?sort=progress&dir=desc", s.cohort),
        )
        .await
        .body;
    let mut order = Vec::new();
    for login in logins {
        let pid = pid_of(&app, login).await;
        order.push((
            sorted.find(&format!(r#"data-learner="{pid}""#)).unwrap(),
            login,
        ));
    }
    order.sort();
    let order: Vec<&str> = order.into_iter().map(|(_, l)| l).collect();
    assert_eq!(order, ["asha", "bilal", "formula", "chetna"]);
    assert!(sorted.contains(r#"aria-sort="descending""#));
    // The print layout: the same grid without the site's navigation.
    let print = s
        .trainer
        .get(&app, &format!("/cohorts/{}/progress?print=1", s.cohort))
        .await;
    assert_eq!(print.status, StatusCode::OK);
    assert!(print.body.contains("progress-print") && !print.body.contains("site-header"));
    assert!(print.body.contains(&format!(
        r#"data-learner="{}""#,
        pid_of(&app, "chetna").await
    )));

    // The CSV export.
    let (status, headers, bytes) = s
        .trainer
        .get_bytes(&app, &format!("/cohorts/{}/progress.csv", s.cohort))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "private, no-store");
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let disposition = headers[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(disposition.starts_with("attachment; filename=") && disposition.contains(".csv"));
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "UTF-8 with a BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert_eq!(
        lines.len(),
        1 + 4,
        "header and one row per learner × course:\n{text}"
    );
    assert_eq!(
        cells(lines[0]),
        [
            "Name",
            "Login name or mobile number",
            "District",
            "Course",
            "Basics: lessons done",
            "Basics: best quiz score %",
            "Certificate",
            "Last activity",
        ]
    );
    for login in logins {
        let want = expected(&app, login).await;
        let line = lines
            .iter()
            .find(|l| l.contains(&format!(",\"{login}\",")))
            .unwrap_or_else(|| panic!("a row for {login}"));
        let c = cells(line);
        assert_eq!(c[2], "Srinagar");
        assert_eq!(c[3], "Test Course");
        assert_eq!(
            c[4],
            (want.self_study + want.at_session).to_string(),
            "{login}"
        );
        assert_eq!(
            c[5],
            want.best.map(|b| b.to_string()).unwrap_or_default(),
            "{login}"
        );
        assert_eq!(c[6], if want.certificate { "yes" } else { "no" });
        let iso_date = c[7].len() == 10 && c[7].as_bytes()[4] == b'-' && c[7].as_bytes()[7] == b'-';
        assert_eq!(iso_date, login != "chetna", "{login}: {:?}", c[7]);
        // Numbers are bare, never quoted, so a spreadsheet reads them as numbers.
        assert!(!line.contains(&format!("\"{}\"", c[4])));
    }
    // A name a spreadsheet would run as a formula is kept as text.
    let formula = lines.iter().find(|l| l.contains(",\"formula\",")).unwrap();
    assert!(
        formula.starts_with("\"'=HYPERLINK(\"\"x\"\")\","),
        "formula neutralised: {formula}"
    );
    assert!(!text.contains("outsider"));
}

async fn learner_record_shows_every_lesson_attempt_and_certificate(app: TestApp) {
    let mut s = setup(&app).await;
    let asha = pid_of(&app, "asha").await;
    let page = s.trainer.get(&app, &format!("/learners/{asha}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    for text in [
        "asha",
        "Srinagar",
        "Self-help group member",
        "First lesson",
        "Self-study",
        "3 of 4 (75%)",
        "4 of 4 (100%)",
        "Final assessment",
        "2 of 3 (66%)",
        "Ganderbal SHG",
        &format!("/verify/{}", s.certificate),
        "/api/new-start-code",
    ] {
        assert!(page.body.contains(text), "{text} expected");
    }
    let attempts = rows(
        &app,
        "SELECT COUNT(*) FROM quiz_attempts WHERE user_id = $1",
        vec![user_id(&app, "asha").await.into()],
    )
    .await[0]
        .try_get_by_index::<i64>(0)
        .unwrap();
    assert_eq!(
        (page.body.matches("<tr>").count() - page.body.matches("<thead>").count()) as i64,
        2 + attempts,
        "a row per lesson and per attempt"
    );
    let bilal = pid_of(&app, "bilal").await;
    let page = s.trainer.get(&app, &format!("/learners/{bilal}")).await;
    assert!(
        page.body.contains("At a session on 01-12-2026"),
        "how the lesson was done"
    );
    assert!(page.body.contains("No quiz taken yet."));

    // A learner sees their own record, without cohorts or the start-code button.
    let own = s
        .browser("asha")
        .get(&app, &format!("/learners/{asha}"))
        .await;
    assert_eq!(own.status, StatusCode::OK);
    // In her own language (Urdu, chosen at registration), with its digits.
    assert!(own.body.contains("مکمل کیے گئے اسباق") && own.body.contains("(۲)"));
    assert!(own.body.contains(&format!("/verify/{}", s.certificate)));
    assert!(!own.body.contains("Ganderbal SHG") && !own.body.contains("/api/new-start-code"));

    // The trainer gives bilal a new start code from his page; it is shown there once.
    let back = format!("/learners/{bilal}");
    let issued = s
        .trainer
        .post(
            &app,
            "/api/new-start-code",
            &[("learner", &bilal), ("back", &back)],
        )
        .await;
    assert_eq!(
        issued.location.as_deref(),
        Some(back.as_str()),
        "{}",
        issued.body
    );
    let shown = s.trainer.get(&app, &back).await;
    assert!(
        shown.body.contains("class=\"start-code\""),
        "the code is shown"
    );
    let again = s.trainer.get(&app, &back).await;
    assert!(!again.body.contains("class=\"start-code\""), "only once");
    // bilal's old password stops working.
    let refused = Browser::default()
        .call(
            &app,
            "/api/login",
            &[("login", "bilal"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
}

async fn only_the_cohorts_trainer_and_admins_see_progress(app: TestApp) {
    let mut s = setup(&app).await;
    let grid = format!("/cohorts/{}/progress", s.cohort);
    let csv = format!("{grid}.csv");
    let asha = pid_of(&app, "asha").await;
    let record = format!("/learners/{asha}");
    let mut other = staff(&app, "trainer.two", Role::Trainer).await;
    let mut official = staff(&app, "an.official", Role::Official).await;
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    let mut learner = s.browser("bilal").clone();
    for (who, browser) in [
        ("another trainer", &mut other),
        ("an official", &mut official),
        ("a learner", &mut learner),
    ] {
        for path in [&grid, &record] {
            let page = browser.get(&app, path).await;
            assert_eq!(page.status, StatusCode::FORBIDDEN, "{who}: {path}");
            assert!(!page.body.contains("asha"), "{who}: {path}");
        }
        let (status, _, bytes) = browser.get_bytes(&app, &csv).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{who}: CSV");
        assert!(
            !String::from_utf8_lossy(&bytes).contains("asha"),
            "{who}: CSV"
        );
        let code = browser
            .call(
                &app,
                "/api/new-start-code",
                &[("learner", &asha), ("back", &record)],
            )
            .await;
        assert!(
            [StatusCode::FORBIDDEN, StatusCode::NOT_FOUND].contains(&code.status),
            "{who}: new start code: {}",
            code.status
        );
    }
    let mut anonymous = Browser::default();
    for path in [&grid, &record] {
        let page = anonymous.get(&app, path).await;
        assert!(page.status.is_redirection(), "guest: {path}");
        assert_eq!(page.location.as_deref().map(login_page), Some("/login"));
    }
    let (status, headers, bytes) = anonymous.get_bytes(&app, &csv).await;
    assert!(status.is_redirection() && headers[header::LOCATION] == "/login");
    assert!(!String::from_utf8_lossy(&bytes).contains("asha"));
    // A cohort that does not exist is 404.
    let missing = s
        .trainer
        .get_bytes(
            &app,
            "/cohorts/00000000-0000-4000-8000-000000000000/progress.csv",
        )
        .await;
    assert_eq!(missing.0, StatusCode::NOT_FOUND);
    // Admins see all of it.
    assert_eq!(admin.get(&app, &grid).await.status, StatusCode::OK);
    assert_eq!(admin.get(&app, &record).await.status, StatusCode::OK);
    let (status, _, bytes) = admin.get_bytes(&app, &csv).await;
    assert_eq!(status, StatusCode::OK);
    assert!(String::from_utf8_lossy(&bytes).contains("asha"));
    assert_eq!(s.trainer.get(&app, &record).await.status, StatusCode::OK);
}

async fn cohort_without_courses_says_so(app: TestApp) {
    imported(&app).await;
    let mut trainer = staff(&app, "trainer.one", Role::Trainer).await;
    let pid = cohort(&app, &mut trainer, "Empty Batch").await;
    let page = trainer.get(&app, &format!("/cohorts/{pid}/progress")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page
        .body
        .contains("No course is assigned to this cohort yet"));
    assert!(page.body.contains(&format!("/cohorts/{pid}/assignments")));
    let (status, _, bytes) = trainer
        .get_bytes(&app, &format!("/cohorts/{pid}/progress.csv"))
        .await;
    assert_eq!(status, StatusCode::OK);
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(text.lines().count(), 1, "a header row only: {text}");
}

async fn database_failure_is_503_not_an_empty_grid(app: TestApp) {
    let mut s = setup(&app).await;
    let asha = pid_of(&app, "asha").await;
    exec(
        &app,
        "ALTER TABLE certificates RENAME TO certificates_away",
        vec![],
    )
    .await;
    let grid = s
        .trainer
        .get(&app, &format!("/cohorts/{}/progress", s.cohort))
        .await;
    assert_eq!(grid.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(!grid.body.contains("data-learner"), "no grid");
    let (status, _, bytes) = s
        .trainer
        .get_bytes(&app, &format!("/cohorts/{}/progress.csv", s.cohort))
        .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(!String::from_utf8_lossy(&bytes).contains("asha"));
    let record = s.trainer.get(&app, &format!("/learners/{asha}")).await;
    assert_eq!(record.status, StatusCode::SERVICE_UNAVAILABLE);
    // Back in place, the same requests succeed.
    exec(
        &app,
        "ALTER TABLE certificates_away RENAME TO certificates",
        vec![],
    )
    .await;
    let grid = s
        .trainer
        .get(&app, &format!("/cohorts/{}/progress", s.cohort))
        .await;
    assert_eq!(grid.status, StatusCode::OK);
}
