//! Database access: connecting, entities and migrations. SQLite by default, PostgreSQL in
//! production; the same code serves both.

pub mod entities;
pub mod migrations;
mod write;

pub use write::{begin_write, WriteTxn};

use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use sea_orm_migration::MigratorTrait;
use std::time::Duration;

/// Opens a pool on `url` (`sqlite://…?mode=rwc` or `postgres://…`). SQLite files use WAL so
/// readers never wait for the writer.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut opts = ConnectOptions::new(url.to_owned());
    opts.sqlx_logging(false)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(10));
    if url.starts_with("sqlite:") {
        use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
        opts.max_connections(8).map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(5))
                .foreign_keys(true)
                // 16 MiB of pages per connection (SQLite's default is 2 MiB): at a million
                // learners the indexes a write touches no longer fit the default.
                .pragma("cache_size", "-16384")
        });
    } else {
        opts.max_connections(20);
    }
    Database::connect(opts).await
}

/// Applies every pending migration. When the coverage tables are new, their counts are built
/// from the progress already stored, in one transaction. On PostgreSQL, servers starting at once
/// take turns (an advisory lock held on a connection of its own): the first migrates, the others
/// then find nothing to do.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    use sea_orm::sqlx;
    if db.get_database_backend() != sea_orm::DbBackend::Postgres {
        return apply_migrations(db).await;
    }
    let to_db = |e: sqlx::Error| DbErr::Custom(format!("migration lock: {e}"));
    let mut lock = db
        .get_postgres_connection_pool()
        .acquire()
        .await
        .map_err(to_db)?;
    sqlx::query("SELECT pg_advisory_lock($1)")
        .bind(MIGRATION_LOCK)
        .execute(&mut *lock)
        .await
        .map_err(to_db)?;
    let applied = apply_migrations(db).await;
    let unlocked = sqlx::query("SELECT pg_advisory_unlock($1)")
        .bind(MIGRATION_LOCK)
        .execute(&mut *lock)
        .await;
    applied?;
    unlocked.map(|_| ()).map_err(to_db)
}

/// The advisory lock key migrations hold on PostgreSQL ("sabaq" in ASCII).
const MIGRATION_LOCK: i64 = 0x73_61_62_61_71;

async fn apply_migrations(db: &DatabaseConnection) -> Result<(), DbErr> {
    let coverage_is_new = migrations::Migrator::get_pending_migrations(db)
        .await?
        .iter()
        .any(|m| m.name() == "m20261205_000006_coverage");
    migrations::Migrator::up(db, None).await?;
    if coverage_is_new {
        let txn = begin_write(db).await?;
        crate::coverage::track::rebuild(&txn).await?;
        txn.commit().await?;
    }
    Ok(())
}

/// Copies a SQLite database to `to` (which must not exist) while it is in use: `VACUUM INTO`
/// writes one consistent snapshot, compacted, that opens as a database of its own. PostgreSQL
/// is backed up with `pg_dump` instead.
pub async fn backup(db: &DatabaseConnection, to: &std::path::Path) -> Result<(), DbErr> {
    if db.get_database_backend() != sea_orm::DbBackend::Sqlite {
        return Err(DbErr::Custom(
            "this command copies SQLite databases; back up PostgreSQL with pg_dump (README)".into(),
        ));
    }
    if to.exists() {
        return Err(DbErr::Custom(format!("{} exists already", to.display())));
    }
    let path = to
        .to_str()
        .ok_or_else(|| DbErr::Custom("the backup path is not UTF-8".into()))?;
    sea_orm::ConnectionTrait::execute_raw(
        db,
        sea_orm::Statement::from_sql_and_values(
            sea_orm::DbBackend::Sqlite,
            "VACUUM INTO ?",
            [path.into()],
        ),
    )
    .await?;
    Ok(())
}

/// True when `err` says the database could not be reached (stopped, restarting, the network
/// gone, every connection busy) rather than that a statement was wrong: the same request may
/// well succeed in a minute.
pub fn is_unreachable(err: &DbErr) -> bool {
    use sea_orm::{sqlx, RuntimeErr};
    match err {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => {
            match &**e {
                sqlx::Error::Io(_)
                | sqlx::Error::Tls(_)
                | sqlx::Error::Protocol(_)
                | sqlx::Error::PoolTimedOut
                | sqlx::Error::PoolClosed
                | sqlx::Error::WorkerCrashed => true,
                // PostgreSQL shutting down (57P01–57P03) or a connection exception (08…).
                sqlx::Error::Database(d) => d
                    .code()
                    .is_some_and(|c| c.starts_with("57P") || c.starts_with("08")),
                _ => false,
            }
        }
        _ => false,
    }
}

/// True when the database answers a trivial query within two seconds (while it is away, taking
/// a connection from the pool would otherwise wait the whole acquire timeout).
pub async fn ping(db: &DatabaseConnection) -> bool {
    matches!(
        tokio::time::timeout(Duration::from_secs(2), db.ping()).await,
        Ok(Ok(()))
    )
}

/// Seconds since the Unix epoch: how every timestamp is stored, identically on both databases.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// A raw statement with `$n` placeholders, as the backend writes them (`?n` on SQLite): one
/// SQL text for both databases.
pub fn statement(
    backend: sea_orm::DatabaseBackend,
    sql: &str,
    values: impl IntoIterator<Item = sea_orm::Value>,
) -> sea_orm::Statement {
    let sql = match backend {
        sea_orm::DatabaseBackend::Sqlite => sql.replace('$', "?"),
        _ => sql.to_owned(),
    };
    sea_orm::Statement::from_sql_and_values(backend, sql, values)
}
