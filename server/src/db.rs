//! Connecting to the database and bringing its schema up to date.

use std::path::Path;
use std::time::Duration;

use migrations::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection, DbErr,
};

use crate::config::Backend;

/// Opens a pool of connections. For SQLite the file (and its folder) is
/// created if needed, with write-ahead logging so readers never wait for a
/// writer, foreign keys enforced, and a busy timeout so that concurrent
/// writers queue instead of failing.
pub async fn connect(url: &str, max_connections: u32) -> Result<DatabaseConnection, DbErr> {
    let backend = if url.starts_with("sqlite:") {
        Backend::Sqlite
    } else {
        Backend::Postgres
    };
    if backend == Backend::Sqlite {
        create_sqlite_folder(url)?;
    }
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(max_connections)
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        // Statements can hold personal data: never log them.
        .sqlx_logging(false);
    if backend == Backend::Sqlite {
        options.map_sqlx_sqlite_opts(|sqlite| {
            sqlite
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(5))
        });
    }
    Database::connect(options).await
}

/// Runs every migration that has not run yet.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// Brings the query planner's statistics up to date.
///
/// Without them SQLite guesses, and the agenda query walks every published
/// initiative instead of the few days asked for (89 ms instead of 2 ms with
/// 50,000 activities). `PRAGMA optimize` only analyzes tables that need it,
/// so it is cheap to run at start-up and now and then. PostgreSQL keeps its
/// statistics itself (autovacuum); after a bulk load we ask it to catch up.
pub async fn refresh_statistics(
    db: &DatabaseConnection,
    after_bulk_load: bool,
) -> Result<(), DbErr> {
    let statement = match (db.get_database_backend(), after_bulk_load) {
        (DatabaseBackend::Sqlite, false) => "PRAGMA optimize=0x10002",
        (DatabaseBackend::Sqlite, true) | (DatabaseBackend::Postgres, true) => "ANALYZE",
        _ => return Ok(()),
    };
    db.execute_unprepared(statement).await.map(|_| ())
}

fn create_sqlite_folder(url: &str) -> Result<(), DbErr> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:")
        .split('?')
        .next()
        .unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    if let Some(folder) = Path::new(path)
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
    {
        std::fs::create_dir_all(folder).map_err(|error| {
            DbErr::Custom(format!(
                "cannot create the folder {}: {error}",
                folder.display()
            ))
        })?;
    }
    Ok(())
}
