//! Start codes, the credential of a learner a trainer created, through the real router on
//! SQLite and PostgreSQL: printing slips (which issues the codes), first sign-in with a code,
//! single use, expiry, throttling, the forgotten-password reset, and who may print.

use crate::common::{
    cohort, cohort_learner, encode, login_page, registered, staff, Browser, Page, TestApp, ORIGIN,
};
use app::{
    auth::Role,
    cohorts::start_codes,
    db::entities::{session, start_code, user},
};
use axum::body::Body;
use http::{header, HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::collections::BTreeMap;

on_both_databases!(
    a_printed_code_signs_in_once,
    an_expired_code_is_refused,
    wrong_codes_are_throttled_like_passwords,
    a_new_start_code_replaces_a_forgotten_password,
    printing_again_invalidates_earlier_codes,
    only_pending_members_of_the_cohort_get_slips,
    only_the_cohorts_trainer_or_an_admin_may_print,
    a_cross_origin_or_malformed_print_changes_nothing,
    six_hundred_slips_in_one_sheet,
);

const NEW_PASSWORD: &str = "walnut-grove-2026";

/// Creates a learner in the cohort with the one-learner form; their public id.
async fn learner(
    app: &TestApp,
    trainer: &mut Browser,
    cohort: &str,
    login: &str,
    name: &str,
) -> String {
    cohort_learner(app, trainer, cohort, login, name).await;
    account(app, login).await.pid
}

async fn account(app: &TestApp, login: &str) -> user::Model {
    user::Entity::find()
        .filter(user::Column::Login.eq(login))
        .one(&app.db)
        .await
        .unwrap()
        .expect("account exists")
}

/// Every stored code hash, by learner id.
async fn hashes(app: &TestApp) -> BTreeMap<i32, String> {
    start_code::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.user_id, r.code_hash))
        .collect()
}

async fn sessions_of(app: &TestApp, user_id: i32) -> u64 {
    session::Entity::find()
        .filter(session::Column::UserId.eq(user_id))
        .count(&app.db)
        .await
        .unwrap()
}

/// A slips POST from `browser` with `origin`: status, headers and body.
async fn print_from(
    app: &TestApp,
    browser: &Browser,
    cohort: &str,
    form: &[(&str, &str)],
    origin: &str,
) -> (StatusCode, HeaderMap, String) {
    let mut req = Request::post(format!("/api/cohorts/{cohort}/slips"))
        .header(header::HOST, "sabaq.test")
        .header(header::ORIGIN, origin)
        .header(header::ACCEPT, "text/html")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if !browser.cookies.is_empty() {
        req = req.header(header::COOKIE, browser.cookie_header());
    }
    let res = app.send(req.body(Body::from(encode(form))).unwrap()).await;
    let (parts, body) = res.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (
        parts.status,
        parts.headers,
        String::from_utf8(bytes.to_vec()).unwrap(),
    )
}

/// Prints slips (same origin), expects the sheet, and returns its codes by login.
async fn print(
    app: &TestApp,
    browser: &Browser,
    cohort: &str,
    form: &[(&str, &str)],
) -> BTreeMap<String, String> {
    let (status, headers, body) = print_from(app, browser, cohort, form, ORIGIN).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let cache = headers[header::CACHE_CONTROL].to_str().unwrap();
    assert!(cache.contains("no-store"), "{cache}");
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    slips_in(&body)
}

/// The `(login, code)` of each slip on a sheet.
fn slips_in(body: &str) -> BTreeMap<String, String> {
    let between = |s: &str, start: &str, end: &str| -> String {
        let from = s.find(start).unwrap_or_else(|| panic!("{start} in {s}")) + start.len();
        s[from..from + s[from..].find(end).unwrap()].to_owned()
    };
    let slips: Vec<_> = body.split(r#"<article class="slip">"#).skip(1).collect();
    let found: BTreeMap<_, _> = slips
        .iter()
        .map(|slip| {
            (
                between(slip, r#"<bdi dir="ltr">"#, "</bdi>"),
                between(slip, r#"class="slip-code">"#, "</code>"),
            )
        })
        .collect();
    assert_eq!(found.len(), slips.len(), "one slip per learner");
    found
}

/// The code of `login` on a sheet, checked against the stored hash (the code printed is the
/// one that will be accepted) and the QR code's address.
async fn checked_code(app: &TestApp, codes: &BTreeMap<String, String>, login: &str) -> String {
    let code = codes.get(login).expect("a slip for the learner").clone();
    let u = account(app, login).await;
    let stored = start_code::Entity::find_by_id(u.id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("a stored code");
    assert_eq!(start_codes::digest(&u.pid, &code), stored.code_hash);
    code
}

/// First sign-in with a code, as code calls it (plain statuses).
async fn start(browser: &mut Browser, app: &TestApp, login: &str, code: &str) -> Page {
    browser
        .call(
            app,
            "/api/start",
            &[
                ("login", login),
                ("code", code),
                ("new_password", NEW_PASSWORD),
                ("password_confirm", NEW_PASSWORD),
            ],
        )
        .await
}

async fn sign_in(app: &TestApp, login: &str, password: &str) -> (Browser, Page) {
    let mut browser = Browser::default();
    let page = browser
        .call(
            app,
            "/api/login",
            &[("login", login), ("password", password)],
        )
        .await;
    (browser, page)
}

/// A trainer with one cohort of the given learners `(login, name)`.
async fn trainer_with(app: &TestApp, learners: &[(&str, &str)]) -> (Browser, String) {
    let mut trainer = staff(app, "trainer.one", Role::Trainer).await;
    let c = cohort(app, &mut trainer, "Kupwara SHG batch").await;
    for (login, name) in learners {
        learner(app, &mut trainer, &c, login, name).await;
    }
    (trainer, c)
}

async fn a_printed_code_signs_in_once(app: TestApp) {
    let (trainer, c) = trainer_with(&app, &[("shazia.bhat", "شازیہ بھٹ")]).await;
    let mut t = trainer.clone();
    let list = t.get(&app, &format!("/cohorts/{c}/slips")).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("شازیہ بھٹ"), "{}", list.body);
    assert!(list
        .body
        .contains(&format!(r#"action="/api/cohorts/{c}/slips""#)));

    let codes = print(&app, &trainer, &c, &[("scope", "all")]).await;
    assert_eq!(codes.len(), 1);
    let code = checked_code(&app, &codes, "shazia.bhat").await;
    assert!(start_codes::normalize(&code).is_some(), "{code}");

    // Before the code is used the account has no password: an empty one fails exactly like a
    // wrong one.
    let (_, empty) = sign_in(&app, "shazia.bhat", "").await;
    let (_, wrong) = sign_in(&app, "shazia.bhat", "not-the-password-1").await;
    assert_eq!(empty.status, StatusCode::UNAUTHORIZED);
    assert_eq!((empty.status, &empty.body), (wrong.status, &wrong.body));

    let mut phone = Browser::default();
    let started = start(&mut phone, &app, "shazia.bhat", &code).await;
    assert_eq!(started.status, StatusCode::OK, "{}", started.body);
    let dashboard = phone.get(&app, "/dashboard").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    let u = account(&app, "shazia.bhat").await;
    assert!(!u.password_hash.is_empty());
    assert_eq!(sessions_of(&app, u.id).await, 1);
    assert_eq!(app.count("start_codes").await, 0);

    // Used once: a second use is refused and changes nothing.
    let again = start(&mut Browser::default(), &app, "shazia.bhat", &code).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(again.body.contains("start-error-code"), "{}", again.body);
    assert_eq!(
        account(&app, "shazia.bhat").await.password_hash,
        u.password_hash
    );
    let (_, by_password) = sign_in(&app, "shazia.bhat", NEW_PASSWORD).await;
    assert_eq!(by_password.status, StatusCode::OK);

    // Having chosen a password, she needs no slip any more.
    let list = t.get(&app, &format!("/cohorts/{c}/slips")).await;
    assert!(!list.body.contains("شازیہ بھٹ"));
}

async fn an_expired_code_is_refused(app: TestApp) {
    let (trainer, c) = trainer_with(&app, &[("rafiq.dar", "Rafiq Dar")]).await;
    let codes = print(&app, &trainer, &c, &[("scope", "all")]).await;
    let code = checked_code(&app, &codes, "rafiq.dar").await;
    let u = account(&app, "rafiq.dar").await;
    app.db
        .execute_raw(app::db::statement(
            app.db.get_database_backend(),
            "UPDATE start_codes SET expires_at = $1 WHERE user_id = $2",
            [(app::db::now() - 1).into(), u.id.into()],
        ))
        .await
        .unwrap();

    let page = start(&mut Browser::default(), &app, "rafiq.dar", &code).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(page.body.contains("start-error-code"));
    assert!(account(&app, "rafiq.dar").await.password_hash.is_empty());
    assert_eq!(sessions_of(&app, u.id).await, 0);

    // The slips page says so, and a new slip makes a code that works.
    let mut t = trainer.clone();
    let list = t.get(&app, &format!("/cohorts/{c}/slips")).await;
    assert!(list.body.contains("Code expired"), "{}", list.body);
    let codes = print(&app, &trainer, &c, &[("learner", &u.pid)]).await;
    let fresh = checked_code(&app, &codes, "rafiq.dar").await;
    let page = start(&mut Browser::default(), &app, "rafiq.dar", &fresh).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
}

async fn wrong_codes_are_throttled_like_passwords(app: TestApp) {
    let (trainer, c) = trainer_with(&app, &[("sunita.devi", "सुनीता देवी")]).await;
    let codes = print(&app, &trainer, &c, &[("scope", "all")]).await;
    let code = checked_code(&app, &codes, "sunita.devi").await;
    let max = app::auth::throttle::ACCOUNT.max_failures;
    for _ in 0..max {
        let wrong = loop {
            let guess = start_codes::generate();
            if start_codes::normalize(&guess) != start_codes::normalize(&code) {
                break guess;
            }
        };
        let page = start(&mut Browser::default(), &app, "sunita.devi", &wrong).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{}", page.body);
    }
    // Locked now: even the right code is refused, and so is a password for the account.
    let page = start(&mut Browser::default(), &app, "sunita.devi", &code).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS, "{}", page.body);
    let (_, login) = sign_in(&app, "sunita.devi", NEW_PASSWORD).await;
    assert_eq!(login.status, StatusCode::TOO_MANY_REQUESTS);
    let u = account(&app, "sunita.devi").await;
    assert!(u.password_hash.is_empty());
    assert_eq!(app.count("start_codes").await, 1);
    assert_eq!(sessions_of(&app, u.id).await, 0);
}

async fn a_new_start_code_replaces_a_forgotten_password(app: TestApp) {
    let (trainer, c) = trainer_with(&app, &[("mehvish.lone", "مہوش لون")]).await;
    let codes = print(&app, &trainer, &c, &[("scope", "all")]).await;
    let code = checked_code(&app, &codes, "mehvish.lone").await;
    let mut phone = Browser::default();
    assert_eq!(
        start(&mut phone, &app, "mehvish.lone", &code).await.status,
        StatusCode::OK
    );
    let (mut pc, page) = sign_in(&app, "mehvish.lone", NEW_PASSWORD).await;
    assert_eq!(page.status, StatusCode::OK);
    let u = account(&app, "mehvish.lone").await;
    assert_eq!(sessions_of(&app, u.id).await, 2);

    // She forgot it: her trainer gives her a new code, shown once on the cohort page.
    let mut t = trainer.clone();
    let back = format!("/cohorts/{c}");
    let done = t
        .post(
            &app,
            "/api/new-start-code",
            &[("learner", u.pid.as_str()), ("back", back.as_str())],
        )
        .await;
    assert_eq!(
        done.location.as_deref(),
        Some(back.as_str()),
        "{}",
        done.body
    );
    let shown = t.get(&app, &back).await;
    let marker = r#"class="start-code">"#;
    let at = shown.body.find(marker).expect("the new code is shown") + marker.len();
    let new_code = shown.body[at..at + 9].to_owned();
    let codes = BTreeMap::from([("mehvish.lone".to_owned(), new_code.clone())]);
    checked_code(&app, &codes, "mehvish.lone").await;

    // The old password stops working and every session of hers ends.
    let (_, old) = sign_in(&app, "mehvish.lone", NEW_PASSWORD).await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    assert_eq!(sessions_of(&app, u.id).await, 0);
    for browser in [&mut phone, &mut pc] {
        let page = browser.get(&app, "/dashboard").await;
        assert_eq!(page.location.as_deref().map(login_page), Some("/login"));
    }
    // She is waiting for her start again, and the new code lets her in.
    let list = t.get(&app, &format!("/cohorts/{c}/slips")).await;
    assert!(list.body.contains("مہوش لون"));
    let page = start(&mut phone, &app, "mehvish.lone", &new_code).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
}

async fn printing_again_invalidates_earlier_codes(app: TestApp) {
    let (trainer, c) = trainer_with(
        &app,
        &[("aarti.sharma", "आरती शर्मा"), ("bilal.mir", "بلال میر")],
    )
    .await;
    let first = print(&app, &trainer, &c, &[("scope", "all")]).await;
    assert_eq!(first.len(), 2);
    let aarti_old = checked_code(&app, &first, "aarti.sharma").await;
    let bilal_old = checked_code(&app, &first, "bilal.mir").await;

    // Only Aarti ticked: only her code changes.
    let aarti = account(&app, "aarti.sharma").await;
    let before = hashes(&app).await;
    let second = print(
        &app,
        &trainer,
        &c,
        &[("learner", aarti.pid.as_str()), ("scope", "chosen")],
    )
    .await;
    assert_eq!(second.keys().collect::<Vec<_>>(), ["aarti.sharma"]);
    let aarti_new = checked_code(&app, &second, "aarti.sharma").await;
    let after = hashes(&app).await;
    let bilal = account(&app, "bilal.mir").await;
    assert_eq!(before[&bilal.id], after[&bilal.id]);
    assert_ne!(before[&aarti.id], after[&aarti.id]);

    let page = start(&mut Browser::default(), &app, "aarti.sharma", &aarti_old).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    let page = start(&mut Browser::default(), &app, "aarti.sharma", &aarti_new).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let page = start(&mut Browser::default(), &app, "bilal.mir", &bilal_old).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
}

async fn only_pending_members_of_the_cohort_get_slips(app: TestApp) {
    let (trainer, c) = trainer_with(&app, &[("gulshan.ara", "گلشن آرا")]).await;
    let mut t = trainer.clone();
    let other = cohort(&app, &mut t, "Baramulla class").await;
    let outsider = learner(&app, &mut t, &other, "outside.one", "Outside One").await;
    registered(&app, "has.password", NEW_PASSWORD).await;
    let with_password = account(&app, "has.password").await;
    t.post(
        &app,
        "/api/add-to-cohort",
        &[
            ("cohort", c.as_str()),
            ("learner", with_password.pid.as_str()),
        ],
    )
    .await;
    let gulshan = account(&app, "gulshan.ara").await.pid;
    let before = hashes(&app).await;

    // A learner of another cohort, one who has a password, nobody at all, an unknown id.
    for form in [
        vec![
            ("learner", gulshan.as_str()),
            ("learner", outsider.as_str()),
        ],
        vec![
            ("learner", gulshan.as_str()),
            ("learner", with_password.pid.as_str()),
        ],
        vec![("scope", "chosen")],
        vec![("learner", "not-a-learner")],
    ] {
        let (status, _, body) = print_from(&app, &trainer, &c, &form, ORIGIN).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{form:?}: {body}");
        assert!(!body.contains(r#"<article class="slip">"#));
        assert!(body.contains(r#"role="alert""#), "{body}");
    }
    assert_eq!(hashes(&app).await, before);
    assert!(account(&app, "has.password")
        .await
        .password_hash
        .starts_with("$argon2"));

    // "All" means the cohort's members who have not started: not the one with a password.
    let codes = print(&app, &trainer, &c, &[("scope", "all")]).await;
    assert_eq!(codes.keys().collect::<Vec<_>>(), ["gulshan.ara"]);
}

async fn only_the_cohorts_trainer_or_an_admin_may_print(app: TestApp) {
    let (trainer, c) = trainer_with(&app, &[("nazia.khan", "Nazia Khan")]).await;
    let nazia = account(&app, "nazia.khan").await.pid;
    let before = hashes(&app).await;
    let mut other_trainer = staff(&app, "trainer.two", Role::Trainer).await;
    let official = staff(&app, "the.official", Role::Official).await;
    let learner = registered(&app, "some.learner", NEW_PASSWORD).await;
    let slips_page = format!("/cohorts/{c}/slips");
    let form = [("learner", nazia.as_str()), ("scope", "all")];

    for (who, browser) in [
        ("another trainer", &other_trainer),
        ("an official", &official),
        ("a learner", &learner),
    ] {
        let (status, _, body) = print_from(&app, browser, &c, &form, ORIGIN).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{who}: {body}");
        assert!(!body.contains(r#"<article class="slip">"#), "{who}");
        let page = browser.clone().get(&app, &slips_page).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{who}");
        assert!(!page.body.contains("Nazia Khan"), "{who}");
    }
    let anonymous = Browser::default();
    let (status, headers, _) = print_from(&app, &anonymous, &c, &form, ORIGIN).await;
    assert_eq!(status, StatusCode::FOUND);
    assert_eq!(
        login_page(headers[header::LOCATION].to_str().unwrap()),
        "/login"
    );
    let mut call = anonymous.clone();
    let page = call
        .call(&app, &format!("/api/cohorts/{c}/slips"), &form)
        .await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    let page = anonymous.clone().get(&app, &slips_page).await;
    assert_eq!(page.location.as_deref().map(login_page), Some("/login"));
    // A cohort that does not exist.
    let (status, _, _) = print_from(&app, &trainer, "no-such-cohort", &form, ORIGIN).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    assert_eq!(hashes(&app).await, before, "no code changed");

    // Another trainer cannot reach her through a cohort of their own either.
    let own = cohort(&app, &mut other_trainer, "Their own batch").await;
    let (status, _, _) = print_from(&app, &other_trainer, &own, &form[..1], ORIGIN).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(hashes(&app).await, before, "no code changed");

    // An admin may.
    let admin = staff(&app, "the.admin", Role::Admin).await;
    let codes = print(&app, &admin, &c, &form).await;
    checked_code(&app, &codes, "nazia.khan").await;
}

async fn a_cross_origin_or_malformed_print_changes_nothing(app: TestApp) {
    let (trainer, c) = trainer_with(&app, &[("irfan.wani", "Irfan Wani")]).await;
    let before = hashes(&app).await;
    let (status, _, body) = print_from(
        &app,
        &trainer,
        &c,
        &[("scope", "all")],
        "http://evil.example",
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(!body.contains("slip-code"));
    assert_eq!(hashes(&app).await, before);

    // Same origin, but not a form: refused with its status, nothing changed.
    let req = Request::post(format!("/api/cohorts/{c}/slips"))
        .header(header::HOST, "sabaq.test")
        .header(header::ORIGIN, ORIGIN)
        .header(header::ACCEPT, "text/html")
        .header(header::COOKIE, trainer.cookie_header())
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(r#"{"scope":"all"}"#))
        .unwrap();
    let res = app.send(req).await;
    assert_eq!(res.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(hashes(&app).await, before);
}

/// More learners than one multi-row statement takes: every one gets a distinct code in one
/// sheet of A4 pages of eight.
async fn six_hundred_slips_in_one_sheet(app: TestApp) {
    let (trainer, c) = trainer_with(&app, &[]).await;
    let cohort_id = app::db::entities::cohort::Entity::find()
        .filter(app::db::entities::cohort::Column::Pid.eq(c.as_str()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let trainer_id = account(&app, "trainer.one").await.id;
    let srinagar = app::districts::repo::id_of(&app.db, "srinagar")
        .await
        .unwrap()
        .unwrap();
    let new: Vec<_> = (0..600)
        .map(|i| app::cohorts::members::NewLearner {
            login: format!("learner.{i:03}"),
            display_name: format!("सीखने वाली {i}"),
            gender: app::auth::Gender::Female,
            group: app::auth::LearnerGroup::ShgMember,
            district_id: srinagar,
            language: app::i18n::Lang::Hi,
        })
        .collect();
    let txn = app::db::begin_write(&app.db).await.unwrap();
    app::cohorts::members::create_learners(&txn, cohort_id, &new, trainer_id)
        .await
        .unwrap();
    txn.commit().await.unwrap();
    let before = hashes(&app).await;

    let (status, _, body) = print_from(&app, &trainer, &c, &[("scope", "all")], ORIGIN).await;
    assert_eq!(status, StatusCode::OK);
    let codes = slips_in(&body);
    assert_eq!(codes.len(), 600);
    assert_eq!(body.matches(r#"<section class="slip-page">"#).count(), 75);
    // One QR code per slip (the header's icons are not QR codes).
    assert_eq!(body.matches(r#"shape-rendering="crispEdges""#).count(), 600);
    let distinct: std::collections::BTreeSet<_> = codes.values().collect();
    assert_eq!(distinct.len(), 600);
    let after = hashes(&app).await;
    assert_eq!(after.len(), 600);
    assert!(after.iter().all(|(id, h)| before[id] != *h));
    for login in ["learner.000", "learner.499", "learner.500", "learner.599"] {
        checked_code(&app, &codes, login).await;
    }
}
