//! Transactions that write. SQLite has one writer at a time: a deferred transaction that reads
//! and then writes fails outright ("database is locked", not waited for) when another
//! connection wrote in between, and writers that wait for the lock poll it with sleeps of up to
//! 100 ms. So on SQLite a write transaction first takes this process's turn (a FIFO async lock,
//! handed over the moment the previous writer finishes), then the database's write lock at once
//! (`BEGIN IMMEDIATE`; another process sharing the file is still waited for by the busy
//! timeout). PostgreSQL gets a plain `BEGIN` and no turn.

use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseConnection, DatabaseTransaction, DbErr, ExecResult,
    QueryResult, SqliteTransactionMode, Statement, TransactionOptions, TransactionTrait,
};
use tokio::sync::{Mutex, MutexGuard};

/// The turn to write to an SQLite database, shared by every pool of this process (one file in
/// production; tests on many files merely take turns).
static SQLITE_TURN: Mutex<()> = Mutex::const_new(());

/// A write transaction, holding the turn (on SQLite) until it commits or is dropped.
pub struct WriteTxn {
    txn: DatabaseTransaction,
    _turn: Option<MutexGuard<'static, ()>>,
}

/// Opens a transaction that will write (see the module notes).
pub async fn begin_write(db: &DatabaseConnection) -> Result<WriteTxn, DbErr> {
    let turn = match db.get_database_backend() {
        DatabaseBackend::Sqlite => Some(SQLITE_TURN.lock().await),
        _ => None,
    };
    let txn = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await?;
    Ok(WriteTxn { txn, _turn: turn })
}

impl WriteTxn {
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }
}

#[sea_orm::prelude::async_trait::async_trait]
impl ConnectionTrait for WriteTxn {
    fn get_database_backend(&self) -> DatabaseBackend {
        self.txn.get_database_backend()
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.txn.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.txn.execute_unprepared(sql).await
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.txn.query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.txn.query_all_raw(stmt).await
    }

    fn support_returning(&self) -> bool {
        self.txn.support_returning()
    }
}
