//! Several servers on one PostgreSQL: starting at once they migrate once, and a course import on
//! one reaches every server's pages within a second.

use crate::common::{copy_dir, fixture, imported, new_postgres_database, postgres, Browser};
use sea_orm::ConnectionTrait;
use sea_orm_migration::MigratorTrait;
use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_servers_starting_at_once_migrate_once() {
    let (admin_url, name) = new_postgres_database().await;
    let admin = sea_orm::Database::connect(&admin_url).await.unwrap();
    let (base, _) = admin_url.rsplit_once('/').unwrap();
    let url = format!("{base}/{name}");
    let servers: Vec<_> = (0..3)
        .map(|_| {
            let url = url.clone();
            tokio::spawn(async move {
                let db = app::db::connect(&url).await.unwrap();
                let migrated = app::db::migrate(&db).await;
                db.close().await.unwrap();
                migrated
            })
        })
        .collect();
    for server in servers {
        server.await.unwrap().expect("every server starts");
    }
    let db = app::db::connect(&url).await.unwrap();
    let applied = app::db::migrations::Migrator::get_applied_migrations(&db)
        .await
        .unwrap();
    assert_eq!(
        applied.len(),
        app::db::migrations::Migrator::migrations().len()
    );
    db.close().await.unwrap();
    admin
        .execute_unprepared(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_on_one_server_reaches_the_others_within_a_second() {
    let app = postgres().await;
    imported(&app).await;
    let other = app.second_server().await;
    let mut reader = Browser::default();
    let page = reader.get(&other, "/courses/test-course").await;
    assert!(
        page.body.contains("Test Course"),
        "the other server has it cached"
    );

    // The course renamed and imported again (through the first server's connection).
    let dir = std::env::temp_dir().join(format!("sabaq-notify-{}", uuid::Uuid::new_v4()));
    copy_dir(&fixture(), &dir);
    let toml = dir.join("test-course/course.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(
        &toml,
        text.replace("en = \"Test Course\"", "en = \"Renamed Course\""),
    )
    .unwrap();
    app::courses::import::import_dir(&app.db, &dir)
        .await
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);

    let start = Instant::now();
    loop {
        let body = reader.get(&other, "/courses/test-course").await.body;
        if body.contains("Renamed Course") {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(1),
            "the other server still shows the old course after a second"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
