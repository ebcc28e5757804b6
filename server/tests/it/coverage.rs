//! Coverage: the report equals an independent direct count over random small datasets, written
//! through the real write paths; the counts table equals a full rebuild; scopes and filters
//! are enforced on the page and the exports; the public page suppresses small counts.

use crate::common::{imported, login_page, staff, Browser, TestApp};
use app::{
    access::CoverageScope,
    auth::{Gender, LearnerGroup, Role},
    coverage::{filters::Filters, report},
};
use http::StatusCode;
use sea_orm::{ConnectionTrait, Statement};
use std::collections::HashMap;

on_both_databases!(
    report_equals_a_direct_count_on_random_data,
    officials_see_only_their_scope,
    public_page_suppresses_small_counts,
    admins_set_district_targets,
    database_failure_is_503_not_an_empty_report,
    synthetic_learners_are_counted_as_a_rebuild_counts_them
);

/// A small deterministic generator: each seed is a different dataset.
struct Rng(u64);
impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

const DISTRICTS: [&str; 3] = ["srinagar", "jammu", "kathua"];

async fn learner(app: &TestApp, rng: &mut Rng, i: usize, seed: u64) -> i32 {
    let new = app::auth::users::NewUser {
        login: format!("l{seed}x{i}"),
        display_name: format!("Learner {i}"),
        password_hash: String::new(),
        role: Role::Learner,
        group: Some(LearnerGroup::ALL[rng.next(4) as usize]),
        gender: Some(Gender::ALL[rng.next(4) as usize]),
        district: Some(DISTRICTS[rng.next(3) as usize].into()),
        language: None,
    };
    app::auth::users::create(&app.db, new).await.unwrap().id
}

async fn scalar(db: &impl ConnectionTrait, sql: &str) -> i64 {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            sql.to_owned(),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

/// Direct counts over the base tables, with `cond` on `users u`.
async fn direct(db: &impl ConnectionTrait, cond: &str) -> report::Counts {
    let learners = format!("FROM users u WHERE u.role = 'learner' AND {cond}");
    let cut = app::db::now() - 30 * 86_400;
    let activity = "(SELECT c.user_id, l.course_id FROM lesson_completions c JOIN lessons l ON l.id = c.lesson_id
                     UNION SELECT a.user_id, q.course_id FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id)";
    report::Counts {
        registered: scalar(db, &format!("SELECT count(*) {learners}")).await,
        active: scalar(db, &format!("SELECT count(*) {learners} AND (
                EXISTS (SELECT 1 FROM lesson_completions c WHERE c.user_id = u.id AND c.completed_at >= {cut})
                OR EXISTS (SELECT 1 FROM quiz_attempts a WHERE a.user_id = u.id AND a.created_at >= {cut}))")).await,
        started: scalar(db, &format!("SELECT count(*) {learners} AND u.id IN (SELECT user_id FROM {activity} x)")).await,
        completed: scalar(db, &format!(
            "SELECT count(*) {learners} AND EXISTS (SELECT 1 FROM lesson_completions c JOIN lessons l ON l.id = c.lesson_id
               WHERE c.user_id = u.id GROUP BY l.course_id
               HAVING count(*) = (SELECT count(*) FROM lessons l2 WHERE l2.course_id = l.course_id))"
        )).await,
        certified: scalar(db, &format!("SELECT count(*) {learners} AND EXISTS (SELECT 1 FROM certificates c WHERE c.user_id = u.id)")).await,
        lessons_self: scalar(db, &format!("SELECT count(*) FROM lesson_completions c JOIN users u ON u.id = c.user_id WHERE c.training_session_id IS NULL AND {cond}")).await,
        lessons_session: scalar(db, &format!("SELECT count(*) FROM lesson_completions c JOIN users u ON u.id = c.user_id WHERE c.training_session_id IS NOT NULL AND {cond}")).await,
    }
}

async fn counts_table(db: &impl ConnectionTrait) -> Vec<(i64, i64, i64, String, String, i64, i64)> {
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT CAST(metric AS BIGINT), CAST(month AS BIGINT), CAST(district_id AS BIGINT), learner_group, gender,
                    CAST(course_id AS BIGINT), n FROM coverage_counts WHERE n <> 0
             ORDER BY 1, 2, 3, 4, 5, 6",
        ))
        .await
        .unwrap();
    rows.iter()
        .map(|r| {
            (
                r.try_get_by_index(0).unwrap(),
                r.try_get_by_index(1).unwrap(),
                r.try_get_by_index(2).unwrap(),
                r.try_get_by_index(3).unwrap(),
                r.try_get_by_index(4).unwrap(),
                r.try_get_by_index(5).unwrap(),
                r.try_get_by_index(6).unwrap(),
            )
        })
        .collect()
}

async fn report_equals_a_direct_count_on_random_data(app: TestApp) {
    imported(&app).await;
    let course = app::courses::repo::by_slug(&app.db, "test-course")
        .await
        .unwrap()
        .unwrap();
    let district_id: HashMap<String, i64> = {
        let mut m = HashMap::new();
        for d in DISTRICTS {
            m.insert(
                d.to_owned(),
                scalar(
                    &app.db,
                    &format!("SELECT CAST(id AS BIGINT) FROM districts WHERE slug = '{d}'"),
                )
                .await,
            );
        }
        m
    };
    for seed in [7u64, 1234, 987_654_321] {
        let mut rng = Rng(seed);
        let mut users = Vec::new();
        for i in 0..(6 + rng.next(6) as usize) {
            users.push(learner(&app, &mut rng, i, seed).await);
        }
        for _ in 0..(users.len() * 3) {
            let user = users[rng.next(users.len() as u64) as usize];
            match rng.next(4) {
                0 | 1 => {
                    let key = ["first-lesson", "second-lesson"][rng.next(2) as usize];
                    app::courses::repo::mark_complete(&app.db, user, &course, key)
                        .await
                        .unwrap();
                }
                2 => {
                    let fields: HashMap<String, String> =
                        [("answers[pick-one]", "a"), ("answers[is-it]", "true")]
                            .map(|(k, v)| (k.into(), v.into()))
                            .into();
                    let key = format!("p{}", rng.next(1 << 30));
                    app::quiz::repo::submit(
                        &app.db,
                        user,
                        "test-course",
                        "basics-practice",
                        &key,
                        None,
                        &fields,
                    )
                    .await
                    .unwrap();
                }
                _ => {
                    let pass = rng.next(2) == 0;
                    let fields: HashMap<String, String> = [
                        ("answers[f1]", "a"),
                        ("answers[f2]", "true"),
                        ("answers[f3]", if pass { "b" } else { "a" }),
                    ]
                    .map(|(k, v)| (k.into(), v.into()))
                    .into();
                    let key = format!("f{}", rng.next(1 << 30));
                    // A learner may run out of final attempts for the day: that is refused, not counted.
                    let _ = app::quiz::repo::submit(
                        &app.db,
                        user,
                        "test-course",
                        "final",
                        &key,
                        None,
                        &fields,
                    )
                    .await;
                }
            }
        }

        let now = app::db::now();
        let mut cases: Vec<(Filters, String)> = vec![(Filters::default(), "1 = 1".into())];
        for g in LearnerGroup::ALL {
            cases.push((
                Filters {
                    group: Some(*g),
                    ..Default::default()
                },
                format!("u.learner_group = '{}'", g.code()),
            ));
        }
        for g in Gender::ALL {
            cases.push((
                Filters {
                    gender: Some(*g),
                    ..Default::default()
                },
                format!("u.gender = '{}'", g.code()),
            ));
        }
        for d in DISTRICTS {
            cases.push((
                Filters {
                    district: Some(d.into()),
                    ..Default::default()
                },
                format!("u.district_id = {}", district_id[d]),
            ));
        }
        cases.push((
            Filters {
                district: Some("jammu".into()),
                group: Some(LearnerGroup::ShgMember),
                gender: Some(Gender::Female),
                ..Default::default()
            },
            format!(
                "u.district_id = {} AND u.learner_group = 'shg-member' AND u.gender = 'female'",
                district_id["jammu"]
            ),
        ));
        let this_month = app::coverage::facts::month_of(now);
        cases.push((
            Filters {
                from: Some(this_month),
                to: Some(this_month),
                course: Some("test-course".into()),
                ..Default::default()
            },
            "1 = 1".into(),
        ));
        for (filters, cond) in &cases {
            let got = report::report(&app.db, &CoverageScope::Ut, filters, now)
                .await
                .unwrap();
            let want = direct(&app.db, cond).await;
            assert_eq!(got.totals, want, "seed {seed}, {filters:?}");
            // Every breakdown adds up to the total.
            let sum = |f: &dyn Fn(&report::Counts) -> i64, rows: Vec<&report::Counts>| {
                rows.iter().map(|c| f(c)).sum::<i64>()
            };
            let districts: Vec<_> = got
                .districts
                .iter()
                .map(|d| &d.counts)
                .chain(got.no_district.as_ref())
                .collect();
            assert_eq!(sum(&|c| c.registered, districts.clone()), want.registered);
            assert_eq!(sum(&|c| c.certified, districts), want.certified);
            assert_eq!(
                sum(&|c| c.started, got.groups.iter().map(|g| &g.1).collect()),
                want.started
            );
            assert_eq!(
                sum(&|c| c.active, got.genders.iter().map(|g| &g.1).collect()),
                want.active
            );
            assert_eq!(
                got.months.iter().map(|m| m.1.certified).sum::<i64>(),
                want.certified
            );
            assert_eq!(
                got.courses
                    .iter()
                    .map(|c| c.counts.lessons_self)
                    .sum::<i64>(),
                want.lessons_self
            );
        }
        // An earlier period holds nothing that happened now.
        let past = Filters {
            from: Some(202001),
            to: Some(202012),
            ..Default::default()
        };
        let got = report::report(&app.db, &CoverageScope::Ut, &past, now)
            .await
            .unwrap();
        assert_eq!(
            (
                got.totals.registered,
                got.totals.started,
                got.totals.certified
            ),
            (0, 0, 0)
        );

        // The counts kept write by write equal a full rebuild.
        let kept = counts_table(&app.db).await;
        app::coverage::track::rebuild(&app.db).await.unwrap();
        assert_eq!(counts_table(&app.db).await, kept, "seed {seed}");
    }
}

async fn official(app: &TestApp, admin: &mut Browser, login: &str, scope: &str) -> Browser {
    let res = admin
        .call(
            app,
            "/api/create-staff",
            &[
                ("login", login),
                ("display_name", "An Official"),
                ("role", "official"),
                ("district", ""),
                ("scope", scope),
                ("initial_password", "chinar-tree-1947"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let mut b = Browser::default();
    let page = b
        .post(
            app,
            "/api/login",
            &[("login", login), ("password", "chinar-tree-1947")],
        )
        .await;
    assert_eq!(page.location.as_deref(), Some("/dashboard"));
    b
}

async fn officials_see_only_their_scope(app: TestApp) {
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    let mut district = official(&app, &mut admin, "srinagar.official", "district:srinagar").await;
    let mut division = official(&app, &mut admin, "jammu.official", "division:jammu").await;
    let mut learner = crate::common::registered(&app, "a.learner", "chinar-tree-1947").await;
    let mut trainer = staff(&app, "a.trainer", Role::Trainer).await;
    let mut guest = Browser::default();

    // The district official sees Srinagar only; the division official no Kashmir district.
    let page = district.get(&app, "/reports/coverage").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Srinagar")
            && !page.body.contains("Anantnag")
            && !page.body.contains("Kathua")
    );
    let page = division.get(&app, "/reports/coverage").await;
    assert!(
        page.body.contains("Kathua") && !page.body.contains("Anantnag"),
        "division view"
    );

    for path in [
        "/reports/coverage?district=jammu",
        "/reports/coverage.csv?district=jammu",
        "/reports/coverage.xlsx?district=anantnag",
    ] {
        assert_eq!(
            district.get(&app, path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    assert_eq!(
        division
            .get(&app, "/reports/coverage?district=srinagar")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    for path in [
        "/reports/coverage?group=shg",
        "/reports/coverage?from=2025-13",
        "/reports/coverage.csv?district=atlantis",
        "/reports/coverage?colour=red",
    ] {
        let page = district.get(&app, path).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{path}");
    }
    // Learners and trainers are refused; guests are sent to sign in.
    for path in [
        "/reports/coverage",
        "/reports/coverage.csv",
        "/reports/coverage.xlsx",
    ] {
        assert_eq!(
            learner.get(&app, path).await.status,
            StatusCode::FORBIDDEN,
            "learner {path}"
        );
        assert_eq!(
            trainer.get(&app, path).await.status,
            StatusCode::FORBIDDEN,
            "trainer {path}"
        );
        let page = guest.get(&app, path).await;
        assert!(
            page.status.is_redirection()
                && page.location.as_deref().map(login_page) == Some("/login"),
            "guest {path}"
        );
    }
    // An admin's CSV has every district and no learner's name or login.
    let csv = admin.get(&app, "/reports/coverage.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains("srinagar") && csv.body.contains("kathua"));
    assert!(!csv.body.contains("a.learner") && !csv.body.contains("Test Learner"));
    let (status, _, xlsx) = admin.get_bytes(&app, "/reports/coverage.xlsx").await;
    assert_eq!(status, StatusCode::OK);
    assert!(xlsx.starts_with(b"PK"), "an XLSX file is a zip");
    // The district official's CSV has one district row.
    let csv = district.get(&app, "/reports/coverage.csv").await;
    assert!(
        csv.body.contains("srinagar") && !csv.body.contains("kathua"),
        "{}",
        csv.body
    );
}

async fn public_page_suppresses_small_counts(app: TestApp) {
    let mut guest = Browser::default();
    for i in 0..12 {
        crate::common::registered(&app, &format!("learner.{i}"), "chinar-tree-1947").await;
    }
    let page = guest.get(&app, "/coverage").await;
    assert_eq!(page.status, StatusCode::OK);
    // Twelve learners in Srinagar are shown; every other district has fewer than ten.
    assert!(page.body.contains(">12<"), "{}", page.body);
    assert!(page.body.contains("&lt;10"));
    // Three certificates in Srinagar: "<10" in the chart too, and a bar of no length.
    imported(&app).await;
    app.db
        .execute_unprepared(
            "INSERT INTO certificates (code, user_id, course_id, score_percent, issued_at)
             SELECT 'C' || CAST(u.id AS TEXT), u.id, (SELECT min(id) FROM courses), 90, u.created_at
             FROM users u WHERE u.id IN (SELECT id FROM users ORDER BY id LIMIT 3)",
        )
        .await
        .unwrap();
    app::coverage::track::rebuild(&app.db).await.unwrap();
    let page = guest.get(&app, "/coverage").await;
    let bars: Vec<&str> = page
        .body
        .split("<rect class=\"chart-bar\"")
        .skip(1)
        .collect();
    assert_eq!(bars.len(), 20, "a bar per district");
    assert!(
        bars.iter().all(|b| b.contains(r#"width="0""#)),
        "no bar tells a number below 10"
    );
    let csv = guest.get(&app, "/coverage.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    let srinagar = csv.body.lines().find(|l| l.contains("srinagar")).unwrap();
    assert!(srinagar.contains(",12,"), "{srinagar}");
    let kathua = csv.body.lines().find(|l| l.contains("kathua")).unwrap();
    assert!(
        kathua.contains("<10") && !kathua.contains(",0,"),
        "{kathua}"
    );
}

async fn admins_set_district_targets(app: TestApp) {
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    let mut trainer = staff(&app, "a.trainer", Role::Trainer).await;
    let year = (app::coverage::facts::month_of(app::db::now()) / 100).to_string();
    let form = |target: &'static str| {
        vec![
            ("year", year.clone()),
            ("group", String::new()),
            ("districts[]", "srinagar".to_owned()),
            ("targets[]", target.to_owned()),
            ("districts[]", "jammu".to_owned()),
            ("targets[]", "1,000".to_owned()),
        ]
    };
    // Not a number, and not an admin: nothing stored.
    let bad = form("lots");
    assert_eq!(
        admin
            .call(&app, "/api/set-targets", &as_refs(&bad))
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let good = form("40");
    assert_eq!(
        trainer
            .call(&app, "/api/set-targets", &as_refs(&good))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.count("coverage_targets").await, 0);
    let res = admin.call(&app, "/api/set-targets", &as_refs(&good)).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert_eq!(app.count("coverage_targets").await, 2);
    let page = admin
        .get(&app, &format!("/admin/targets?year={year}"))
        .await;
    assert!(
        page.body.contains(r#"value="40""#) && page.body.contains(r#"value="1000""#),
        "{}",
        page.body
    );

    // The report sets each district's learners reached against its target.
    for i in 0..4 {
        let mut learner =
            crate::common::registered(&app, &format!("learner.{i}"), "chinar-tree-1947").await;
        let _ = &mut learner;
    }
    imported(&app).await;
    let course = app::courses::repo::by_slug(&app.db, "test-course")
        .await
        .unwrap()
        .unwrap();
    let ids = app
        .db
        .query_all_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT id FROM users WHERE role = 'learner'".to_owned(),
        ))
        .await
        .unwrap();
    for r in &ids {
        let id: i32 = r.try_get_by_index(0).unwrap();
        app::courses::repo::mark_complete(&app.db, id, &course, "first-lesson")
            .await
            .unwrap();
    }
    let report = report::report(
        &app.db,
        &CoverageScope::Ut,
        &Filters::default(),
        app::db::now(),
    )
    .await
    .unwrap();
    let srinagar = report
        .districts
        .iter()
        .find(|d| d.slug == "srinagar")
        .unwrap();
    assert_eq!((srinagar.target, srinagar.reached), (Some(40), 4));
    let page = admin.get(&app, "/reports/coverage").await;
    assert!(page.body.contains("10%"), "4 of 40 reached");
}

fn as_refs<'a>(f: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    f.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

async fn rename(app: &TestApp, from: &str, to: &str) {
    app.db
        .execute_unprepared(&format!("ALTER TABLE {from} RENAME TO {to}"))
        .await
        .unwrap();
}

async fn database_failure_is_503_not_an_empty_report(app: TestApp) {
    let mut admin = staff(&app, "the.admin", Role::Admin).await;
    let mut guest = Browser::default();
    rename(&app, "coverage_counts", "coverage_away").await;
    for path in [
        "/reports/coverage",
        "/reports/coverage.csv",
        "/reports/coverage.xlsx",
    ] {
        let page = admin.get(&app, path).await;
        assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE, "{path}");
        assert!(!page.body.contains("srinagar"), "{path}: no numbers");
    }
    for path in ["/coverage", "/coverage.csv"] {
        assert_eq!(
            guest.get(&app, path).await.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "{path}"
        );
    }
    rename(&app, "coverage_away", "coverage_counts").await;
    assert_eq!(
        admin.get(&app, "/reports/coverage").await.status,
        StatusCode::OK
    );
}

/// A database from before the coverage tables gets its counts when it is migrated.
#[tokio::test]
async fn upgrading_builds_counts_from_stored_progress() {
    use sea_orm_migration::MigratorTrait;
    let path = std::env::temp_dir().join(format!("sabaq-upgrade-{}.db", uuid::Uuid::new_v4()));
    let db = app::db::connect(&format!("sqlite://{}?mode=rwc", path.display()))
        .await
        .unwrap();
    // Every migration before the coverage one.
    let before = app::db::migrations::Migrator::migrations()
        .iter()
        .position(|m| m.name() == "m20261205_000006_coverage")
        .unwrap();
    app::db::migrations::Migrator::up(&db, Some(before as u32))
        .await
        .unwrap();
    db.execute_unprepared(
        "INSERT INTO users (pid, login, display_name, password_hash, role, learner_group, gender, district_id, created_at, updated_at, must_change_password)
         VALUES ('p1', 'old.one', 'Old One', '', 'learner', 'student', 'male', (SELECT id FROM districts WHERE slug = 'jammu'), 1700000000, 1700000000, false),
                ('p2', 'old.two', 'Old Two', '', 'learner', 'student', 'female', NULL, 1700000000, 1700000000, false)",
    )
    .await
    .unwrap();
    app::db::migrate(&db).await.unwrap();
    let report = report::report(&db, &CoverageScope::Ut, &Filters::default(), app::db::now())
        .await
        .unwrap();
    assert_eq!(report.totals.registered, 2);
    assert_eq!(report.no_district.map(|c| c.registered), Some(1));
    db.close().await.unwrap();
    let _ = std::fs::remove_file(&path);
}

async fn synthetic_learners_are_counted_as_a_rebuild_counts_them(app: TestApp) {
    imported(&app).await;
    let seeded = server::synthetic::seed(&app.db, 300, None).await.unwrap();
    assert_eq!(seeded.learners, 300);
    assert!(
        seeded.progress_rows > 300,
        "activity too: {}",
        seeded.progress_rows
    );
    let report = report::report(
        &app.db,
        &CoverageScope::Ut,
        &Filters::default(),
        app::db::now(),
    )
    .await
    .unwrap();
    assert_eq!(report.totals, direct(&app.db, "1 = 1").await);
    let kept = counts_table(&app.db).await;
    app::coverage::track::rebuild(&app.db).await.unwrap();
    assert_eq!(counts_table(&app.db).await, kept);
    // A second run adds more learners; logins and ids do not collide. With a password, they
    // can sign in (load tests sign in as them); the first run's cannot.
    let hash = app::auth::password::hash("load-password-1990".into())
        .await
        .unwrap();
    server::synthetic::seed(&app.db, 50, Some(hash))
        .await
        .unwrap();
    assert_eq!(app.count("users").await, 350 + 2 * 20);
    let learner = |order: &'static str| {
        let db = &app.db;
        async move {
            let sql = format!(
                "SELECT login FROM users WHERE role = 'learner' ORDER BY id {order} LIMIT 1"
            );
            db.query_one_raw(Statement::from_string(db.get_database_backend(), sql))
                .await
                .unwrap()
                .unwrap()
                .try_get::<String>("", "login")
                .unwrap()
        }
    };
    let sign_in = |login: String| {
        let app = &app;
        async move {
            let fields = [
                ("login", login.as_str()),
                ("password", "load-password-1990"),
            ];
            Browser::default()
                .post(app, "/api/login", &fields)
                .await
                .location
        }
    };
    assert_eq!(
        sign_in(learner("DESC").await).await.as_deref(),
        Some("/dashboard")
    );
    assert_ne!(
        sign_in(learner("ASC").await).await.as_deref(),
        Some("/dashboard")
    );
}
