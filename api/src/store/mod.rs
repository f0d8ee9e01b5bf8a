//! Persistence: one function per query, each taking the [`crate::db::Db`] or a
//! transaction, each scoped by tenant. Plain SQL in the portable subset both
//! SQLite and PostgreSQL accept (see `docs/adr/0001-database-strategy.md`).

pub mod catalog;
pub mod customers;
pub mod events;
pub mod idempotency;
pub mod tenants;

use paylera_shared::ids::TenantId;

use crate::{
    db::Db,
    domain::page::{Cursor, Page},
};

/// The direction a page reads in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    /// Newest first, from the start or after a cursor.
    NewestFirst,
    /// Oldest first, before a cursor ([`Page::finish`] restores newest first).
    OldestFirst,
}

impl Order {
    pub(crate) fn comparison(self) -> &'static str {
        match self {
            Self::NewestFirst => "<",
            Self::OldestFirst => ">",
        }
    }

    pub(crate) fn direction(self) -> &'static str {
        match self {
            Self::NewestFirst => "desc",
            Self::OldestFirst => "asc",
        }
    }
}

/// Resolves a page's cursor id to its row's `seq` in `table` (a constant, never
/// input). `None` when the cursor names no row of this tenant.
pub(crate) async fn cursor(
    db: &Db,
    table: &'static str,
    tenant: &TenantId,
    page: &Page,
) -> Result<Option<(Option<i64>, Order)>, sqlx::Error> {
    let (id, order) = match &page.cursor {
        Cursor::Start => return Ok(Some((None, Order::NewestFirst))),
        Cursor::After(id) => (id, Order::NewestFirst),
        Cursor::Before(id) => (id, Order::OldestFirst),
    };
    let sql = sqlx::AssertSqlSafe(format!("select seq from {table} where tenant_id = $1 and id = $2"));
    let seq: Option<i64> = sqlx::query_scalar(sql)
        .bind(tenant.as_str())
        .bind(id)
        .fetch_optional(db.reader())
        .await?;
    Ok(seq.map(|seq| (Some(seq), order)))
}
