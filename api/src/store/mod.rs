//! Persistence: one function per query, each taking the [`crate::db::Db`] or a
//! transaction, each scoped by tenant. Plain SQL in the portable subset both
//! SQLite and PostgreSQL accept (see `docs/adr/0001-database-strategy.md`).

pub mod api_keys;
pub mod billing_settings;
pub mod catalog;
pub mod customers;
pub mod events;
pub mod files;
pub mod idempotency;
pub mod invoices;
pub mod list;
pub mod payment_methods;
pub mod portal;
pub mod portal_configurations;
pub mod subscriptions;
pub mod tax_ids;
pub mod team;
pub mod tenants;
pub mod test_clocks;
pub mod usage;
pub mod webhooks;

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

/// Decodes a JSON text column.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, sqlx::Error> {
    serde_json::from_str(text).map_err(|err| sqlx::Error::Decode(err.into()))
}

/// Encodes a value for a JSON text column.
pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> Result<String, sqlx::Error> {
    serde_json::to_string(value).map_err(|err| sqlx::Error::Encode(err.into()))
}

/// Parses a stored text column into its wire type (an id, a currency, a status, a
/// reason): the one place a column's text becomes its type. The API wrote the value
/// itself, so one that does not parse is a decoding error, never bad input and never a
/// default.
pub(crate) fn parse_stored<T: std::str::FromStr>(text: &str) -> Result<T, sqlx::Error>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    text.parse().map_err(|err: T::Err| sqlx::Error::Decode(err.into()))
}

/// `$from, $from+1, …` for `n` values (an `in (…)` list of bound parameters).
pub(crate) fn placeholders(from: usize, n: usize) -> String {
    (from..from + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

/// Whether an insert failed on a unique constraint (both backends).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}
