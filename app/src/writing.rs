//! Transactions that write.
//!
//! SQLite in WAL mode lets many read while one writes. A transaction that
//! begins by reading (is this slug free?) and then writes must upgrade its
//! read to a write; when another request wrote in between, SQLite refuses
//! at once with "database is locked", without waiting, and the user gets an
//! error page. Beginning with `BEGIN IMMEDIATE` takes the write lock first,
//! so a second writer waits its turn (up to the busy timeout set in
//! `server/src/db.rs`). PostgreSQL ignores the option.

use sea_orm::{DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait};

/// Begins a transaction that will write.
pub async fn begin_writing<C: TransactionTrait>(db: &C) -> Result<C::Transaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}
