//! Idempotency records: claim a key, then complete it with the response or
//! release it. The primary key `(tenant_id, key)` makes the claim atomic: of many
//! concurrent requests exactly one inserts the row. `key` is the credential-scoped
//! key (see `middleware::idempotency`); `claim` names the request holding an
//! in-flight row, and every later write of that request checks it is still its own.

use std::sync::{
    Arc,
    atomic::{AtomicBool, Ordering},
};

use http::StatusCode;
use paylera_shared::ids::TenantId;

use crate::{
    db::{Db, Tx},
    error::ApiError,
    secrets::Sealer,
};

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
pub async fn claim(
    db: &Db,
    tenant: &TenantId,
    key: &str,
    fingerprint: &str,
    claim: &str,
    now: i64,
) -> Result<Claim, sqlx::Error> {
    // Two tries: a record pruned between our insert and select is claimable again.
    for _ in 0..2 {
        let inserted = sqlx::query(
            "insert into idempotency_keys (tenant_id, key, fingerprint, state, created, locked_at, claim)
             values ($1, $2, $3, 'in_flight', $4, $4, $5)
             on conflict (tenant_id, key) do nothing",
        )
        .bind(tenant.as_str())
        .bind(key)
        .bind(fingerprint)
        .bind(now)
        .bind(claim)
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

/// Takes over an abandoned in-flight claim (its process died mid-request: no
/// heartbeat since `seen_locked_at`). Compare-and-swap on `locked_at`, so only one of
/// several retries wins; the winner's `claim` replaces the dead one's.
pub async fn take_over(
    db: &Db,
    tenant: &TenantId,
    key: &str,
    seen_locked_at: i64,
    claim: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let updated = sqlx::query(
        "update idempotency_keys set locked_at = $4, claim = $5
         where tenant_id = $1 and key = $2 and state = 'in_flight' and locked_at = $3",
    )
    .bind(tenant.as_str())
    .bind(key)
    .bind(seen_locked_at)
    .bind(now)
    .bind(claim)
    .execute(db.writer())
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// Says the request holding `claim` is still running (so nobody takes it over);
/// `false` when the claim is no longer its own.
pub async fn heartbeat(db: &Db, tenant: &TenantId, key: &str, claim: &str, now: i64) -> Result<bool, sqlx::Error> {
    let updated = sqlx::query(
        "update idempotency_keys set locked_at = $4
         where tenant_id = $1 and key = $2 and state = 'in_flight' and claim = $3",
    )
    .bind(tenant.as_str())
    .bind(key)
    .bind(claim)
    .bind(now)
    .execute(db.writer())
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// Stores the first response (sealed) for replay, if `claim` still holds the key.
pub async fn complete(
    db: &Db,
    tenant: &TenantId,
    key: &str,
    claim: &str,
    status: u16,
    content_type: Option<&str>,
    sealed_body: &str,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    let completed = complete_in(&mut tx, tenant, key, claim, status, content_type, sealed_body).await?;
    tx.commit().await?;
    Ok(completed)
}

/// [`complete`] inside the transaction of the change the response reports, so the
/// change and its stored response commit together.
pub async fn complete_in(
    tx: &mut Tx,
    tenant: &TenantId,
    key: &str,
    claim: &str,
    status: u16,
    content_type: Option<&str>,
    sealed_body: &str,
) -> Result<bool, sqlx::Error> {
    let updated = sqlx::query(
        "update idempotency_keys
         set state = 'complete', response_status = $4, response_content_type = $5, response_body = $6
         where tenant_id = $1 and key = $2 and state = 'in_flight' and claim = $3",
    )
    .bind(tenant.as_str())
    .bind(key)
    .bind(claim)
    .bind(i64::from(status))
    .bind(content_type)
    .bind(sealed_body)
    .execute(&mut **tx)
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// Forgets an in-flight claim whose request did not execute (so the key can be
/// used again, e.g. after fixing a validation error).
pub async fn release(db: &Db, tenant: &TenantId, key: &str, claim: &str) -> Result<(), sqlx::Error> {
    sqlx::query("delete from idempotency_keys where tenant_id = $1 and key = $2 and state = 'in_flight' and claim = $3")
        .bind(tenant.as_str())
        .bind(key)
        .bind(claim)
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

/// What a stored response is sealed to: its tenant and key, so a sealed body cannot be
/// replayed under another key.
pub fn seal_context(tenant: &str, key: &str) -> Vec<u8> {
    [tenant.as_bytes(), b"\0", key.as_bytes()].concat()
}

/// A held claim that the handler completes inside its own transaction (see
/// `Origin::commit`). Shared between the middleware and the request's handler.
#[derive(Clone)]
pub struct InTransaction(Arc<InTransactionInner>);

struct InTransactionInner {
    tenant: TenantId,
    key: String,
    claim: String,
    sealer: Sealer,
    stored: AtomicBool,
}

impl std::fmt::Debug for InTransaction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InTransaction")
            .field("key", &self.0.key)
            .finish_non_exhaustive()
    }
}

impl PartialEq for InTransaction {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for InTransaction {}

impl InTransaction {
    /// The claim `claim` of `key` (credential-scoped) of `tenant`, whose response is
    /// sealed with `sealer`.
    pub fn new(tenant: TenantId, key: String, claim: String, sealer: Sealer) -> Self {
        Self(Arc::new(InTransactionInner {
            tenant,
            key,
            claim,
            sealer,
            stored: AtomicBool::new(false),
        }))
    }

    /// Stores `body` as the `200` response of the request in `tx`; refuses (so the
    /// handler rolls back) when the claim is no longer this request's.
    pub async fn complete(&self, tx: &mut Tx, body: &[u8]) -> Result<(), ApiError> {
        let inner = &self.0;
        let sealed = inner
            .sealer
            .seal(body, &seal_context(inner.tenant.as_str(), &inner.key));
        let completed = complete_in(
            tx,
            &inner.tenant,
            &inner.key,
            &inner.claim,
            StatusCode::OK.as_u16(),
            Some("application/json"),
            &sealed,
        )
        .await?;
        if completed {
            Ok(())
        } else {
            Err(ApiError::idempotency_key_in_use())
        }
    }

    /// Called once the transaction committed: the middleware must not store again.
    pub fn committed(&self) {
        self.0.stored.store(true, Ordering::SeqCst);
    }

    /// Whether the handler stored the response itself (the middleware must not).
    pub fn is_stored(&self) -> bool {
        self.0.stored.load(Ordering::SeqCst)
    }
}
