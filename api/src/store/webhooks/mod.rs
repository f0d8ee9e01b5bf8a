//! Webhook persistence: endpoints, deliveries (the dispatcher's work queue) and the
//! attempt log. One portable query set through sqlx `Any`; the single branch on
//! [`Backend`] is the claim's `for update … skip locked` on PostgreSQL (on SQLite
//! the one writer connection serialises claims, so the conditional update is enough).
//!
//! Claiming: a due delivery is taken by moving its `next_attempt_at` to the end of a
//! lease and stamping a random `claim` token, in one transaction. Other dispatchers
//! no longer see it as due; if the holder dies, the row is due again when the lease
//! ends. Results are written only while the token still matches.
//!
//! Endpoints are here; the deliveries (fan-out, claims, results, the attempt log) are in
//! [`deliveries`], re-exported.
//!
//! Signing secrets are stored sealed (`secrets::Sealer`, bound to their endpoint and
//! slot): a copy of the database does not let anyone sign webhooks as Paylera. Every
//! function that reads or writes an endpoint's secrets takes the sealer.

use paylera_shared::{
    ids::TenantId,
    webhook::{DisabledReason, WebhookEndpoint, WebhookEndpointStatus},
};

use super::list::Listing;
use super::{from_json, parse_stored, to_json};
use crate::{
    db::{Db, Tx},
    domain::{from_unix, page::Page, webhook::SigningSecret},
    error::ApiError,
    secrets::Sealer,
};

mod deliveries;
pub use deliveries::*;

/// An endpoint as stored (with its secrets: never serialise this).
#[derive(Debug, Clone)]
pub struct Endpoint {
    pub id: String,
    pub url: String,
    pub description: Option<String>,
    pub enabled_events: Vec<String>,
    pub status: WebhookEndpointStatus,
    pub disabled_reason: Option<DisabledReason>,
    pub disabled_message: Option<String>,
    pub secret: SigningSecret,
    pub previous_secret: Option<SigningSecret>,
    pub previous_secret_expires_at: Option<i64>,
    pub created: i64,
    /// Made with a live key: `https` to public addresses only.
    pub livemode: bool,
}

impl Endpoint {
    /// Whether deliveries are made to it.
    pub fn is_enabled(&self) -> bool {
        self.status == WebhookEndpointStatus::Enabled
    }

    /// The merchant disables it (`disabled: true`); nothing changes when it already
    /// was disabled (a `gone` or `failing` reason is kept).
    pub fn disable(&mut self) {
        if self.is_enabled() {
            self.status = WebhookEndpointStatus::Disabled;
            self.disabled_reason = Some(DisabledReason::Manual);
            self.disabled_message = None;
        }
    }

    /// The merchant enables it again (`disabled: false`), whatever disabled it;
    /// `false` when it already was enabled.
    pub fn enable(&mut self) -> bool {
        if self.is_enabled() {
            return false;
        }
        self.status = WebhookEndpointStatus::Enabled;
        self.disabled_reason = None;
        self.disabled_message = None;
        true
    }

    /// The wire form; `reveal` includes the secret (creation and rotation only).
    pub fn to_dto(&self, reveal: bool) -> WebhookEndpoint {
        WebhookEndpoint {
            id: self.id.clone(),
            object: "webhook_endpoint".to_owned(),
            url: self.url.clone(),
            description: self.description.clone(),
            enabled_events: self.enabled_events.clone(),
            status: self.status,
            disabled_reason: self.disabled_reason,
            disabled_message: self.disabled_message.clone(),
            secret: reveal.then(|| self.secret.expose().to_owned()),
            previous_secret_expires_at: self.previous_secret_expires_at.map(from_unix),
            created: from_unix(self.created),
        }
    }
}

const ENDPOINT_COLUMNS: &str = "id, url, description, enabled_events, status, disabled_reason, disabled_message, \
     secret, previous_secret, previous_secret_expires_at, created, livemode";

#[derive(sqlx::FromRow)]
struct EndpointRow {
    id: String,
    url: String,
    description: Option<String>,
    enabled_events: String,
    status: String,
    disabled_reason: Option<String>,
    disabled_message: Option<String>,
    secret: String,
    previous_secret: Option<String>,
    previous_secret_expires_at: Option<i64>,
    created: i64,
    livemode: i64,
}

/// Which of an endpoint's two secrets a sealed value is (part of what it is bound to).
#[derive(Debug, Clone, Copy)]
pub(super) enum Slot {
    Current,
    Previous,
}

fn context(endpoint: &str, slot: Slot) -> Vec<u8> {
    let slot = match slot {
        Slot::Current => "secret",
        Slot::Previous => "previous_secret",
    };
    format!("webhook_endpoints/{endpoint}/{slot}").into_bytes()
}

/// A signing secret as stored: sealed for its endpoint and slot.
fn seal(sealer: &Sealer, endpoint: &str, slot: Slot, secret: &SigningSecret) -> String {
    sealer.seal(secret.expose().as_bytes(), &context(endpoint, slot))
}

/// A stored signing secret, opened (`Decode` error if it does not open or parse).
pub(super) fn secret_of(
    sealer: &Sealer,
    endpoint: &str,
    slot: Slot,
    stored: &str,
) -> Result<SigningSecret, sqlx::Error> {
    sealer
        .open(stored, &context(endpoint, slot))
        .and_then(|plain| String::from_utf8(plain).ok())
        .and_then(|text| SigningSecret::parse(&text))
        .ok_or_else(|| sqlx::Error::Decode("a stored webhook secret does not open with this key".into()))
}

/// Seals signing secrets stored in clear by earlier versions (run at start-up; a
/// no-op once done). Returns how many endpoints were sealed.
pub async fn seal_clear_secrets(db: &Db, sealer: &Sealer) -> Result<usize, sqlx::Error> {
    let rows: Vec<(String, String, Option<String>)> = sqlx::query_as(
        "select id, secret, previous_secret from webhook_endpoints
         where secret not like 'v1.%' or previous_secret not like 'v1.%'",
    )
    .fetch_all(db.reader())
    .await?;
    let mut tx = db.begin().await?;
    for (id, secret, previous) in &rows {
        let reseal = |stored: &str, slot: Slot| match SigningSecret::parse(stored) {
            Some(clear) => Ok(seal(sealer, id, slot, &clear)),
            None => Ok::<_, sqlx::Error>(stored.to_owned()),
        };
        sqlx::query("update webhook_endpoints set secret = $1, previous_secret = $2 where id = $3")
            .bind(reseal(secret, Slot::Current)?)
            .bind(previous.as_deref().map(|p| reseal(p, Slot::Previous)).transpose()?)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(rows.len())
}

impl EndpointRow {
    fn into_endpoint(self, sealer: &Sealer) -> Result<Endpoint, sqlx::Error> {
        Ok(Endpoint {
            secret: secret_of(sealer, &self.id, Slot::Current, &self.secret)?,
            previous_secret: self
                .previous_secret
                .as_deref()
                .map(|p| secret_of(sealer, &self.id, Slot::Previous, p))
                .transpose()?,
            id: self.id,
            url: self.url,
            description: self.description,
            enabled_events: from_json(&self.enabled_events)?,
            status: parse_stored(&self.status)?,
            disabled_reason: self.disabled_reason.as_deref().map(parse_stored).transpose()?,
            disabled_message: self.disabled_message,
            previous_secret_expires_at: self.previous_secret_expires_at,
            created: self.created,
            livemode: self.livemode == 1,
        })
    }
}

/// Stores a new endpoint.
pub async fn create_endpoint(
    tx: &mut Tx,
    sealer: &Sealer,
    tenant: &TenantId,
    endpoint: &Endpoint,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into webhook_endpoints (id, tenant_id, url, description, enabled_events, status, secret, created, livemode)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&endpoint.id)
    .bind(tenant.as_str())
    .bind(&endpoint.url)
    .bind(&endpoint.description)
    .bind(to_json(&endpoint.enabled_events)?)
    .bind(endpoint.status.as_str())
    .bind(seal(sealer, &endpoint.id, Slot::Current, &endpoint.secret))
    .bind(endpoint.created)
    .bind(i64::from(endpoint.livemode))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// One live (not deleted) endpoint of `tenant`, read in `tx`.
pub async fn get_endpoint(
    tx: &mut Tx,
    sealer: &Sealer,
    tenant: &TenantId,
    id: &str,
) -> Result<Option<Endpoint>, sqlx::Error> {
    endpoint_by_id(&mut **tx, sealer, tenant, id).await
}

/// One live endpoint of `tenant`, from the read pool.
pub async fn find_endpoint(
    db: &Db,
    sealer: &Sealer,
    tenant: &TenantId,
    id: &str,
) -> Result<Option<Endpoint>, sqlx::Error> {
    endpoint_by_id(db.reader(), sealer, tenant, id).await
}

/// The one query of [`get_endpoint`] and [`find_endpoint`], on either executor.
async fn endpoint_by_id<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Any>,
    sealer: &Sealer,
    tenant: &TenantId,
    id: &str,
) -> Result<Option<Endpoint>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!(
        "select {ENDPOINT_COLUMNS} from webhook_endpoints where tenant_id = $1 and id = $2 and deleted_at is null"
    ));
    let row: Option<EndpointRow> = sqlx::query_as(sql)
        .bind(tenant.as_str())
        .bind(id)
        .fetch_optional(executor)
        .await?;
    row.map(|row| row.into_endpoint(sealer)).transpose()
}

/// A page of `tenant`'s live endpoints, newest first (`None`: unknown cursor).
pub async fn list_endpoints(
    db: &Db,
    sealer: &Sealer,
    tenant: &TenantId,
    page: &Page,
) -> Result<(Vec<Endpoint>, bool), ApiError> {
    let (rows, has_more) = Listing::new("webhook_endpoints", ENDPOINT_COLUMNS)
        .only("deleted_at is null")
        .fetch::<EndpointRow>(db, tenant, page)
        .await?;
    let endpoints = rows
        .into_iter()
        .map(|row| row.into_endpoint(sealer))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((endpoints, has_more))
}

/// Saves an endpoint's changeable fields; `reset_failing` (re-enabling) forgets its
/// run of failures.
pub async fn save_endpoint(
    tx: &mut Tx,
    sealer: &Sealer,
    tenant: &TenantId,
    endpoint: &Endpoint,
    reset_failing: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update webhook_endpoints set url = $1, description = $2, enabled_events = $3, status = $4,
             disabled_reason = $5, disabled_message = $6, secret = $7, previous_secret = $8,
             previous_secret_expires_at = $9,
             failing_since = case when $12 = 1 then null else failing_since end
         where tenant_id = $10 and id = $11",
    )
    .bind(&endpoint.url)
    .bind(&endpoint.description)
    .bind(to_json(&endpoint.enabled_events)?)
    .bind(endpoint.status.as_str())
    .bind(endpoint.disabled_reason.map(DisabledReason::as_str))
    .bind(&endpoint.disabled_message)
    .bind(seal(sealer, &endpoint.id, Slot::Current, &endpoint.secret))
    .bind(
        endpoint
            .previous_secret
            .as_ref()
            .map(|p| seal(sealer, &endpoint.id, Slot::Previous, p)),
    )
    .bind(endpoint.previous_secret_expires_at)
    .bind(tenant.as_str())
    .bind(&endpoint.id)
    .bind(i64::from(reset_failing))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Deletes an endpoint (the row stays for its log) and cancels its pending deliveries.
pub async fn delete_endpoint(tx: &mut Tx, tenant: &TenantId, id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("update webhook_endpoints set deleted_at = $1, status = 'disabled' where tenant_id = $2 and id = $3")
        .bind(now)
        .bind(tenant.as_str())
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "update webhook_deliveries set status = 'canceled', claim = null
         where tenant_id = $1 and endpoint_id = $2 and status = 'pending'",
    )
    .bind(tenant.as_str())
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
