//! `server backup`: a SQLite database copied while learners keep submitting quizzes opens as a
//! database of its own, passes SQLite's integrity check, serves the app, and a copy taken when
//! the writes stop holds exactly the rows of the original, table by table.

use crate::common::{imported, registered, sqlite, sqlite_at, Browser};
use http::StatusCode;
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DbBackend, Statement};
use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
};

/// A learner submitting practice quizzes, a new attempt after another, until told to stop;
/// the task answers how many it submitted.
fn keep_submitting(
    db: &sea_orm::DatabaseConnection,
    user: i32,
) -> (Arc<AtomicBool>, tokio::task::JoinHandle<i64>) {
    let stop = Arc::new(AtomicBool::new(false));
    let (db, flag) = (db.clone(), stop.clone());
    let writer = tokio::spawn(async move {
        let answers: HashMap<String, String> = [("pick-one".to_string(), "b".to_string())].into();
        let mut n = 0;
        while !flag.load(Ordering::Relaxed) {
            let key = format!("writer-{n:08}");
            app::quiz::repo::submit(
                &db,
                user,
                "test-course",
                "basics-practice",
                &key,
                None,
                &answers,
            )
            .await
            .unwrap();
            n += 1;
        }
        n
    });
    (stop, writer)
}

fn backup_path(tag: &str) -> PathBuf {
    std::env::temp_dir().join(format!("sabaq-backup-{tag}-{}.db", uuid::Uuid::new_v4()))
}

async fn scalar(db: &impl ConnectionTrait, sql: &str) -> String {
    let row = db
        .query_one_raw(Statement::from_string(DbBackend::Sqlite, sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<String>(0)
        .or_else(|_| row.try_get_by_index::<i64>(0).map(|n| n.to_string()))
        .unwrap()
}

/// Rows of every table of `copy` that differ from `original` (in either direction), by table.
async fn differences(copy: &Path, original: &Path) -> HashMap<String, i64> {
    // ATTACH holds for one connection only.
    let mut opts = ConnectOptions::new(format!("sqlite://{}?mode=ro", copy.display()));
    opts.max_connections(1).sqlx_logging(false);
    let db = Database::connect(opts).await.unwrap();
    db.execute_unprepared(&format!(
        "ATTACH DATABASE '{}' AS original",
        original.display()
    ))
    .await
    .unwrap();
    let tables = db
        .query_all_raw(Statement::from_string(
            DbBackend::Sqlite,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        ))
        .await
        .unwrap();
    let mut out = HashMap::new();
    for row in tables {
        let t: String = row.try_get_by_index(0).unwrap();
        let sql = format!(
            "SELECT (SELECT COUNT(*) FROM (SELECT * FROM main.\"{t}\" EXCEPT SELECT * FROM original.\"{t}\")) \
             + (SELECT COUNT(*) FROM (SELECT * FROM original.\"{t}\" EXCEPT SELECT * FROM main.\"{t}\"))"
        );
        out.insert(t, scalar(&db, &sql).await.parse().unwrap());
    }
    db.close().await.unwrap();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_under_writes_restores_and_matches_row_for_row() {
    let app = sqlite().await;
    imported(&app).await;
    let _learner = registered(&app, "backup.learner", "apple-orchard-1990").await;
    let user: i32 = scalar(
        &app.db,
        "SELECT id FROM users WHERE login = 'backup.learner'",
    )
    .await
    .parse()
    .unwrap();
    let original = PathBuf::from(
        app.url
            .trim_start_matches("sqlite://")
            .split('?')
            .next()
            .unwrap(),
    );

    // A learner keeps submitting practice quizzes while the copy is taken.
    let (stop, writer) = keep_submitting(&app.db, user);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let live = backup_path("live");
    app::db::backup(&app.db, &live).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    stop.store(true, Ordering::Relaxed);
    let submitted = writer.await.unwrap();

    // The copy taken under writes is whole and holds some of them, never more than were made.
    let copy = Database::connect(format!("sqlite://{}?mode=ro", live.display()))
        .await
        .unwrap();
    assert_eq!(scalar(&copy, "PRAGMA integrity_check").await, "ok");
    let copied: i64 = scalar(&copy, "SELECT COUNT(*) FROM quiz_attempts")
        .await
        .parse()
        .unwrap();
    copy.close().await.unwrap();
    assert!(
        copied > 0 && copied < submitted,
        "{copied} of {submitted} attempts copied"
    );

    // The comparison below sees what the live copy lacks.
    assert!(differences(&live, &original).await["quiz_attempts"] > 0);

    // Restored (the file served as the database): the app serves the learner's course from it.
    let restored = sqlite_at(live.clone()).await;
    let mut reader = Browser::default();
    let page = reader.get(&restored, "/courses/test-course").await;
    assert_eq!(page.status, StatusCode::OK);

    // Once writes stop, a copy holds exactly the original's rows, table by table.
    let quiet = backup_path("quiet");
    app::db::backup(&app.db, &quiet).await.unwrap();
    let diff = differences(&quiet, &original).await;
    assert!(diff.contains_key("quiz_attempts") && diff.contains_key("users"));
    assert!(diff.values().all(|d| *d == 0), "{diff:?}");
    // An existing file is never overwritten.
    assert!(app::db::backup(&app.db, &quiet).await.is_err());
    let _ = std::fs::remove_file(&quiet);
}

/// A fingerprint of every table of a PostgreSQL database: its rows as text, sorted, hashed.
async fn pg_tables(db: &impl ConnectionTrait) -> HashMap<String, String> {
    let tables = db
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
        ))
        .await
        .unwrap();
    let mut out = HashMap::new();
    for row in tables {
        let t: String = row.try_get_by_index(0).unwrap();
        let sql = format!(
            "SELECT COUNT(*)::text || ':' || COALESCE(md5(string_agg(r::text, ',' ORDER BY r::text)), '') FROM \"{t}\" r"
        );
        let row = db
            .query_one_raw(Statement::from_string(DbBackend::Postgres, sql))
            .await
            .unwrap()
            .unwrap();
        out.insert(t, row.try_get_by_index::<String>(0).unwrap());
    }
    out
}

/// The README's PostgreSQL procedure: `pg_dump -Fc` while learners submit quizzes, `pg_restore`
/// into a new database that the app serves; a dump taken when writes stop restores every
/// table's rows exactly.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_dump_under_writes_restores_into_a_new_database() {
    let app = crate::common::postgres().await;
    imported(&app).await;
    let _learner = registered(&app, "pg.backup", "apple-orchard-1990").await;
    let user: i32 = app
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT id FROM users WHERE login = 'pg.backup'",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index(0)
        .unwrap();
    let (base, source) = app.url.rsplit_once('/').unwrap();
    let (base, source) = (base.to_owned(), source.to_owned());
    let dump = |file: &Path| {
        let status = std::process::Command::new("pg_dump")
            .args(["-Fc", "-f"])
            .arg(file)
            .arg(format!("{base}/{source}"))
            .status()
            .expect("pg_dump is installed");
        assert!(status.success());
    };
    let (stop, writer) = keep_submitting(&app.db, user);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let live = backup_path("live").with_extension("dump");
    dump(&live);
    stop.store(true, Ordering::Relaxed);
    writer.await.unwrap();
    let quiet = backup_path("quiet").with_extension("dump");
    dump(&quiet);

    let admin = Database::connect(format!("{base}/postgres")).await.unwrap();
    for (file, target) in [(&live, "live"), (&quiet, "quiet")] {
        let name = format!("{source}_{target}");
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .unwrap();
        let status = std::process::Command::new("pg_restore")
            .args(["--no-owner", "-d"])
            .arg(format!("{base}/{name}"))
            .arg(file)
            .status()
            .unwrap();
        assert!(status.success(), "pg_restore into {name}");
        let restored = crate::common::postgres_at(format!("{base}/{name}")).await;
        if target == "live" {
            let page = Browser::default()
                .get(&restored, "/courses/test-course")
                .await;
            assert_eq!(page.status, StatusCode::OK);
        } else {
            assert_eq!(pg_tables(&restored.db).await, pg_tables(&app.db).await);
        }
        restored.db.clone().close().await.unwrap();
        drop(restored);
        admin
            .execute_unprepared(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .await
            .unwrap();
        let _ = std::fs::remove_file(file);
    }
}
