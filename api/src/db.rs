//! The database handle: one code path for SQLite and PostgreSQL (see
//! `docs/adr/0001-database-strategy.md`).
//!
//! Queries go through sqlx's `Any` driver with a portable SQL subset (`$n`
//! placeholders, `bigint`/`text`/`boolean`, JSON as text). Only migrations differ
//! per dialect. On SQLite, writes go through a single writer connection and reads
//! through a pool (WAL lets readers run beside the writer); on PostgreSQL both are
//! the same pool.

use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use sqlx::{Any, AnyPool, Executor, Transaction, any::AnyPoolOptions, migrate::Migrator};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/postgres");

/// Which engine is behind [`Db`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Connection pools for writes and reads.
#[derive(Debug, Clone)]
pub struct Db {
    writer: AnyPool,
    reader: AnyPool,
    backend: Backend,
}

/// A write transaction.
pub type Tx = Transaction<'static, Any>;

impl Db {
    /// Connects to `url`, creating a SQLite file (and its directory) if needed.
    pub async fn connect(url: &SecretString) -> Result<Self, sqlx::Error> {
        Self::connect_with(url, 1).await
    }

    /// [`Db::connect`] with `sqlite_writers` writer connections on SQLite. Only the
    /// benchmarks use more than one (to measure the choice of one).
    pub async fn connect_with(url: &SecretString, sqlite_writers: u32) -> Result<Self, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let url = url.expose_secret();
        if url.starts_with("sqlite:") {
            Self::connect_sqlite(url, sqlite_writers).await
        } else {
            let pool = AnyPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(5))
                .connect(url)
                .await?;
            Ok(Self {
                writer: pool.clone(),
                reader: pool,
                backend: Backend::Postgres,
            })
        }
    }

    async fn connect_sqlite(url: &str, writers: u32) -> Result<Self, sqlx::Error> {
        let path = sqlite_path(url);
        if let Some(dir) = std::path::Path::new(&path)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir).map_err(sqlx::Error::Io)?;
        }
        let url = if url.contains('?') {
            url.to_owned()
        } else {
            format!("{url}?mode=rwc")
        };
        let writer = AnyPoolOptions::new()
            .max_connections(writers)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(sqlite_pragmas)
            .connect(&url)
            .await?;
        let reader = AnyPoolOptions::new()
            .max_connections(4)
            .acquire_timeout(Duration::from_secs(5))
            .after_connect(sqlite_pragmas)
            .connect(&url)
            .await?;
        Ok(Self {
            writer,
            reader,
            backend: Backend::Sqlite,
        })
    }

    /// Applies the pending migrations of this backend's dialect.
    pub async fn migrate(&self) -> Result<(), sqlx::migrate::MigrateError> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATIONS.run(&self.writer).await,
            Backend::Postgres => POSTGRES_MIGRATIONS.run(&self.writer).await,
        }
    }

    /// Starts a write transaction.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        self.writer.begin().await
    }

    /// The pool for reads.
    pub fn reader(&self) -> &AnyPool {
        &self.reader
    }

    /// The pool for single-statement writes outside a transaction.
    pub fn writer(&self) -> &AnyPool {
        &self.writer
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Is the database answering?
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("select 1").execute(&self.reader).await.map(drop)
    }

    pub async fn close(&self) {
        self.writer.close().await;
        self.reader.close().await;
    }
}

/// Per-connection settings. WAL: readers never block the writer; `synchronous =
/// normal` is durable across process crashes (not power loss) and several times
/// faster than `full` on this hardware. One writer connection serialises the
/// read-then-write transactions that several writers would fail with
/// `SQLITE_BUSY_SNAPSHOT` (see docs/benchmarks/store-writes.md).
fn sqlite_pragmas<'c>(
    conn: &'c mut sqlx::AnyConnection,
    _: sqlx::pool::PoolConnectionMetadata,
) -> std::pin::Pin<Box<dyn Future<Output = Result<(), sqlx::Error>> + Send + 'c>> {
    Box::pin(async move {
        conn.execute("pragma journal_mode = wal; pragma synchronous = normal; pragma foreign_keys = on; pragma busy_timeout = 5000;")
            .await
            .map(drop)
    })
}

/// The file path of a `sqlite://path?…` URL.
fn sqlite_path(url: &str) -> String {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    rest.split('?').next().unwrap_or_default().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sqlite_path_is_taken_from_the_url() {
        assert_eq!(sqlite_path("sqlite://data/paylera.db"), "data/paylera.db");
        assert_eq!(sqlite_path("sqlite:///tmp/x.db?mode=rwc"), "/tmp/x.db");
    }
}
