//! A real router on a real database (a temporary SQLite file or a throwaway PostgreSQL
//! database), driven in-process with HTTP requests, with a small cookie jar.

#![allow(dead_code, unused_macros)]

/// Runs each scenario once on a temporary SQLite file and once on a throwaway PostgreSQL database.
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() { super::$name(crate::common::sqlite().await).await }) *
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() { super::$name(crate::common::postgres().await).await }) *
        }
    };
}

use axum::{body::Body, Router};
use clap::Parser;
use http::{header, Request, Response, StatusCode};
use http_body_util::BodyExt;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::collections::BTreeMap;
use tower::ServiceExt;

pub const ORIGIN: &str = "http://sabaq.test";
const HOST: &str = "sabaq.test";

pub struct TestApp {
    pub url: String,
    pub db: DatabaseConnection,
    pub router: Router,
    drop_pg: Option<(String, String)>,
    sqlite_file: Option<std::path::PathBuf>,
}

impl TestApp {
    async fn start(
        url: String,
        drop_pg: Option<(String, String)>,
        sqlite_file: Option<std::path::PathBuf>,
    ) -> TestApp {
        let db = app::db::connect(&url).await.expect("connect");
        app::db::migrate(&db).await.expect("migrate");
        let router = router_for(db.clone(), &url).await;
        TestApp {
            url,
            db,
            router,
            drop_pg,
            sqlite_file,
        }
    }

    /// The same database served by a router configured with extra command-line settings
    /// (e.g. `--trust-proxy`).
    pub async fn reconfigure(&mut self, extra: &[&str]) {
        self.router = router_with(self.db.clone(), &self.url, extra).await;
    }

    /// A second app server on the same database: its own router and connection pool.
    pub async fn second_server(&self) -> Router {
        let db = app::db::connect(&self.url).await.expect("connect");
        router_for(db, &self.url).await
    }

    /// A fresh router and connection pool on the same database, as after a server restart.
    pub async fn restart(&mut self) {
        let db = app::db::connect(&self.url).await.expect("reconnect");
        self.router = router_for(db.clone(), &self.url).await;
        self.db = db;
    }

    pub async fn count(&self, table: &str) -> i64 {
        let row = self
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                self.db.get_database_backend(),
                format!("SELECT COUNT(*) AS n FROM {table}"),
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get::<i64>("", "n").unwrap()
    }

    pub async fn send(&self, req: Request<Body>) -> Response<Body> {
        self.router.clone().oneshot(req).await.unwrap()
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(file) = self.sqlite_file.take() {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
            }
        }
        if let Some((admin_url, name)) = self.drop_pg.take() {
            std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async {
                    if let Ok(admin) = sea_orm::Database::connect(&admin_url).await {
                        let _ = admin
                            .execute_unprepared(&format!(
                                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                            ))
                            .await;
                    }
                });
            })
            .join()
            .ok();
        }
    }
}

async fn router_for(db: DatabaseConnection, url: &str) -> Router {
    router_with(db, url, &[]).await
}

async fn router_with(db: DatabaseConnection, url: &str, extra: &[&str]) -> Router {
    let args = [
        "server",
        "--database-url",
        url,
        "--site-root",
        "target/site",
    ];
    let cfg = server::config::Config::try_parse_from(args.iter().chain(extra)).unwrap();
    let state = server::state(db, server::leptos_options(&cfg), &cfg)
        .await
        .expect("state");
    server::router(state)
}

/// A router on an existing SQLite file (a restored backup), removed afterwards.
pub async fn sqlite_at(path: std::path::PathBuf) -> TestApp {
    TestApp::start(
        format!("sqlite://{}?mode=rwc", path.display()),
        None,
        Some(path),
    )
    .await
}

/// A router on an existing PostgreSQL database (a restored dump); the caller drops it.
pub async fn postgres_at(url: String) -> TestApp {
    TestApp::start(url, None, None).await
}

/// A router on a new temporary SQLite file.
pub async fn sqlite() -> TestApp {
    let path = std::env::temp_dir().join(format!("sabaq-test-{}.db", uuid::Uuid::new_v4()));
    TestApp::start(
        format!("sqlite://{}?mode=rwc", path.display()),
        None,
        Some(path),
    )
    .await
}

/// A router on a new, empty PostgreSQL database, dropped afterwards. The server comes from
/// `SABAQ_TEST_POSTGRES_URL` (default: the local `postgres` superuser on 127.0.0.1:5432).
pub async fn postgres() -> TestApp {
    let (admin_url, name) = new_postgres_database().await;
    let (base, _) = admin_url.rsplit_once('/').expect("URL has a database part");
    TestApp::start(format!("{base}/{name}"), Some((admin_url, name)), None).await
}

/// A router on a new PostgreSQL database that it reaches through `host_port` (a forwarder a
/// test can cut, as a network or a restart would).
pub async fn postgres_through(host_port: &str) -> TestApp {
    let (admin_url, name) = new_postgres_database().await;
    let (user, _) = admin_url.split_once('@').expect("URL has a user part");
    TestApp::start(
        format!("{user}@{host_port}/{name}"),
        Some((admin_url, name)),
        None,
    )
    .await
}

/// Creates an empty database on the test server: its admin URL and name (the caller drops it).
pub async fn new_postgres_database() -> (String, String) {
    let admin_url = std::env::var("SABAQ_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let name = format!("sabaq_test_{}", uuid::Uuid::new_v4().simple());
    let admin = sea_orm::Database::connect(&admin_url)
        .await
        .unwrap_or_else(|e| {
            panic!("PostgreSQL at SABAQ_TEST_POSTGRES_URL is needed for these tests: {e}")
        });
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create test database");
    (admin_url, name)
}

/// What a browser sends requests to: a test app, or a clone of its router (inside a spawned
/// task, for bursts of simultaneous requests).
pub trait Target {
    fn router(&self) -> Router;
}

impl Target for TestApp {
    fn router(&self) -> Router {
        self.router.clone()
    }
}

impl Target for Router {
    fn router(&self) -> Router {
        self.clone()
    }
}

async fn send(app: &impl Target, req: Request<Body>) -> Response<Body> {
    app.router().oneshot(req).await.unwrap()
}

/// A browser: keeps cookies and sends same-origin form posts.
#[derive(Default, Clone)]
pub struct Browser {
    pub cookies: BTreeMap<String, String>,
    pub accept_language: Option<String>,
    /// An `X-Forwarded-For` header to send (as if behind a proxy).
    pub forwarded_for: Option<String>,
}

pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
}

impl Browser {
    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn store_cookies(&mut self, res: &Response<Body>) {
        for value in res.headers().get_all(header::SET_COOKIE) {
            let text = value.to_str().unwrap();
            let (pair, attrs) = text.split_once(';').unwrap_or((text, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || attrs.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
    }

    async fn finish(&mut self, res: Response<Body>) -> Page {
        self.store_cookies(&res);
        let status = res.status();
        let location = res
            .headers()
            .get(header::LOCATION)
            .map(|v| v.to_str().unwrap().to_owned());
        let body = String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec())
            .unwrap();
        Page {
            status,
            location,
            body,
        }
    }

    fn request(&self, method: &str, path: &str) -> http::request::Builder {
        let mut b = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, HOST)
            .header(header::ACCEPT, "text/html,application/xhtml+xml");
        if !self.cookies.is_empty() {
            b = b.header(header::COOKIE, self.cookie_header());
        }
        if let Some(lang) = &self.accept_language {
            b = b.header(header::ACCEPT_LANGUAGE, lang);
        }
        if let Some(forwarded) = &self.forwarded_for {
            b = b.header("x-forwarded-for", forwarded);
        }
        b
    }

    /// A GET whose answer is not text (a PDF, a picture): status, headers and bytes.
    pub async fn get_bytes(
        &mut self,
        app: &impl Target,
        path: &str,
    ) -> (StatusCode, http::HeaderMap, Vec<u8>) {
        let res = send(app, self.request("GET", path).body(Body::empty()).unwrap()).await;
        let (parts, body) = res.into_parts();
        let bytes = body.collect().await.unwrap().to_bytes().to_vec();
        (parts.status, parts.headers, bytes)
    }

    pub async fn get(&mut self, app: &impl Target, path: &str) -> Page {
        let res = send(app, self.request("GET", path).body(Body::empty()).unwrap()).await;
        self.finish(res).await
    }

    /// A plain HTML form post from a page of this site.
    pub async fn post(&mut self, app: &impl Target, path: &str, form: &[(&str, &str)]) -> Page {
        let req = self
            .request("POST", path)
            .header(header::ORIGIN, ORIGIN)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(encode(form)))
            .unwrap();
        let res = send(app, req).await;
        self.finish(res).await
    }

    /// A file upload (`multipart/form-data` with one file field) from a page of this site.
    pub async fn upload(
        &mut self,
        app: &impl Target,
        path: &str,
        field: &str,
        file: &[u8],
    ) -> Page {
        let (content_type, body) = multipart(field, file);
        let req = self
            .request("POST", path)
            .header(header::ORIGIN, ORIGIN)
            .header(header::CONTENT_TYPE, content_type)
            .body(Body::from(body))
            .unwrap();
        let res = send(app, req).await;
        self.finish(res).await
    }

    /// A server-function call as code makes it (no redirect, JSON error with a status).
    pub async fn call(&mut self, app: &impl Target, path: &str, form: &[(&str, &str)]) -> Page {
        let mut req = self.request("POST", path);
        req.headers_mut()
            .unwrap()
            .insert(header::ACCEPT, "application/json".parse().unwrap());
        let req = req
            .header(header::ORIGIN, ORIGIN)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(encode(form)))
            .unwrap();
        let res = send(app, req).await;
        self.finish(res).await
    }
}

pub fn encode(form: &[(&str, &str)]) -> String {
    form.iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Registration form of a learner with sensible defaults.
pub fn learner_form<'a>(
    login: &'a str,
    name: &'a str,
    password: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("login", login),
        ("display_name", name),
        ("password", password),
        ("password_confirm", password),
        ("group", "shg-member"),
        ("gender", "female"),
        ("district", "srinagar"),
        ("language", "ur"),
    ]
}

/// Registers a learner and returns the signed-in browser.
pub async fn registered(app: &TestApp, login: &str, password: &str) -> Browser {
    let mut browser = Browser::default();
    let page = browser
        .post(
            app,
            "/api/register",
            &learner_form(login, "Test Learner", password),
        )
        .await;
    assert_eq!(
        page.location.as_deref(),
        Some("/dashboard"),
        "registration failed: {}",
        page.body
    );
    browser
}

/// Creates a staff account directly in the database and signs in with it.
pub async fn staff(app: &TestApp, login: &str, role: app::auth::Role) -> Browser {
    let password = "staff-password-42";
    let new = app::auth::users::NewUser {
        login: login.into(),
        display_name: format!("Staff {login}"),
        password_hash: app::auth::password::hash(password.into()).await.unwrap(),
        role,
        group: None,
        gender: None,
        district: None,
        language: None,
    };
    app::auth::users::create(&app.db, new).await.unwrap();
    let mut browser = Browser::default();
    let page = browser
        .post(
            app,
            "/api/login",
            &[("login", login), ("password", password)],
        )
        .await;
    assert_eq!(page.location.as_deref(), Some("/dashboard"));
    browser
}

/// The fixture content packs (`tests/fixtures/packs`).
pub fn fixture() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs")
}

/// Imports the fixture packs; they must all be accepted.
pub async fn imported(app: &TestApp) {
    let report = app::courses::import::import_dir(&app.db, &fixture())
        .await
        .unwrap();
    assert_eq!(
        report.imported,
        vec!["test-course".to_string()],
        "{:?}",
        report.rejected
    );
}

/// The attempt id a quiz page generated.
pub fn attempt_id(body: &str) -> String {
    let at = body
        .find(r#"name="attempt" value=""#)
        .expect("attempt field")
        + r#"name="attempt" value=""#.len();
    body[at..at + 36].to_owned()
}

/// Copies a folder tree.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A private copy of the fixture packs in a temporary folder, to edit or break; removed when
/// dropped. Derefs to the content folder, the one `import_dir` reads.
pub struct FixtureCopy(std::path::PathBuf);

impl FixtureCopy {
    pub fn new() -> FixtureCopy {
        let dir = std::env::temp_dir().join(format!("sabaq-packs-{}", uuid::Uuid::new_v4()));
        copy_dir(&fixture(), &dir);
        FixtureCopy(dir)
    }
}

impl std::ops::Deref for FixtureCopy {
    type Target = std::path::Path;

    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for FixtureCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Replaces `from` by `to` once in `dir/file`; `from` must be there.
pub fn edit(dir: &std::path::Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} lacks {from}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// A cohort created through the form by `trainer`; returns its public id.
pub async fn cohort(app: &TestApp, trainer: &mut Browser, name: &str) -> String {
    let page = trainer
        .post(
            app,
            "/api/create-cohort",
            &[
                ("name", name),
                ("kind", "shg"),
                ("district", "srinagar"),
                ("schedule_notes", ""),
            ],
        )
        .await;
    let location = page.location.expect("redirect to the new cohort");
    location
        .strip_prefix("/cohorts/")
        .expect("a cohort page")
        .to_owned()
}

/// A learner created in `cohort` through the trainer's form; returns the start code shown once.
pub async fn cohort_learner(
    app: &TestApp,
    trainer: &mut Browser,
    cohort: &str,
    login: &str,
    name: &str,
) -> String {
    let page = trainer
        .post(
            app,
            "/api/create-learner",
            &[
                ("cohort", cohort),
                ("display_name", name),
                ("login", login),
                ("gender", "female"),
                ("group", "shg-member"),
                ("district", "srinagar"),
                ("language", "ur"),
            ],
        )
        .await;
    assert_eq!(
        page.location.as_deref(),
        Some(format!("/cohorts/{cohort}").as_str()),
        "{}",
        page.body
    );
    let shown = trainer.get(app, &format!("/cohorts/{cohort}")).await;
    let start = shown
        .body
        .find("class=\"start-code\"")
        .expect("the start code is shown once");
    let rest = &shown.body[start..];
    let code = &rest[rest.find('>').unwrap() + 1..rest.find("</code>").unwrap()];
    code.to_owned()
}

/// A `multipart/form-data` body with one file field: its content type and bytes.
pub fn multipart(field: &str, file: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----sabaq-test-7d93a1c4";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; \
         filename=\"learners.csv\"\r\nContent-Type: text/csv\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// The sign-in page a redirect leads to, without the `?next=` that brings the user back.
pub fn login_page(location: &str) -> &str {
    if location.starts_with("/login?next=") {
        "/login"
    } else {
        location
    }
}
