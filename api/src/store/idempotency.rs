//! Idempotency records: claim a key, then complete it with the response or
//! release it. The primary key `(tenant_id, key)` makes the claim atomic: of many
//! concurrent requests exactly one inserts the row.

use paylera_shared::ids::TenantId;

use crate::db::Db;

/// A stored record of an earlier request with the same key.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Record {
    pub fingerprint: String,
    pub state: String,
    pub response_status: Option<i64>,
    pub response_content_type: Option<String>,
    pub response_body: Option<String>,
    pub locked_at: i64,
}

/// The outcome of [`claim`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// This request owns the key and must run.
    Acquired,
    /// Another request used the key first.
    Existing(Record),
}

/// Claims `key` for a request with `fingerprint`, or returns the earlier record.
pub async fn claim(db: &Db, tenant: &TenantId, key: &str, fingerprint: &str, now: i64) -> Result<Claim, sqlx::Error> {
    // Two tries: a record pruned between our insert and select is claimable again.
    for _ in 0..2 {
        let inserted = sqlx::query(
            "insert into idempotency_keys (tenant_id, key, fingerprint, state, created, locked_at)
             values ($1, $2, $3, 'in_flight', $4, $4)
             on conflict (tenant_id, key) do nothing",
        )
        .bind(tenant.as_str())
        .bind(key)
        .bind(fingerprint)
        .bind(now)
        .execute(db.writer())
        .await?;
        if inserted.rows_affected() == 1 {
            return Ok(Claim::Acquired);
        }
        let existing: Option<Record> = sqlx::query_as(
            "select fingerprint, state, response_status, response_content_type, response_body, locked_at
             from idempotency_keys where tenant_id = $1 and key = $2",
        )
        .bind(tenant.as_str())
        .bind(key)
        .fetch_optional(db.writer())
        .await?;
        if let Some(record) = existing {
            return Ok(Claim::Existing(record));
        }
    }
    Err(sqlx::Error::Protocol(
        "idempotency key vanished twice while being claimed".to_owned(),
    ))
}

/// Takes over an abandoned in-flight claim (its process died mid-request).
/// Compare-and-swap on `locked_at`, so only one of several retries wins.
pub async fn take_over(
    db: &Db,
    tenant: &TenantId,
    key: &str,
    seen_locked_at: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let updated = sqlx::query(
        "update idempotency_keys set locked_at = $4
         where tenant_id = $1 and key = $2 and state = 'in_flight' and locked_at = $3",
    )
    .bind(tenant.as_str())
    .bind(key)
    .bind(seen_locked_at)
    .bind(now)
    .execute(db.writer())
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// Stores the first response for replay.
pub async fn complete(
    db: &Db,
    tenant: &TenantId,
    key: &str,
    status: u16,
    content_type: Option<&str>,
    body: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update idempotency_keys
         set state = 'complete', response_status = $3, response_content_type = $4, response_body = $5
         where tenant_id = $1 and key = $2",
    )
    .bind(tenant.as_str())
    .bind(key)
    .bind(i64::from(status))
    .bind(content_type)
    .bind(body)
    .execute(db.writer())
    .await
    .map(drop)
}

/// Forgets an in-flight claim whose request did not execute (so the key can be
/// used again, e.g. after fixing a validation error).
pub async fn release(db: &Db, tenant: &TenantId, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("delete from idempotency_keys where tenant_id = $1 and key = $2 and state = 'in_flight'")
        .bind(tenant.as_str())
        .bind(key)
        .execute(db.writer())
        .await
        .map(drop)
}

/// Deletes records created before `cutoff` (unix seconds); returns how many.
pub async fn prune(db: &Db, cutoff: i64) -> Result<u64, sqlx::Error> {
    let deleted = sqlx::query("delete from idempotency_keys where created < $1")
        .bind(cutoff)
        .execute(db.writer())
        .await?;
    Ok(deleted.rows_affected())
}
