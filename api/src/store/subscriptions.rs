//! Subscriptions.

use paylera_shared::{
    ids::{SubscriptionId, TenantId},
    subscription::{CancellationDetails, PendingUpdate, Subscription, SubscriptionDiscount, SubscriptionPause},
};
use sqlx::AnyConnection;

use super::list::Listing;
use super::{from_json, parse_stored, to_json};
use crate::{
    db::{Db, Tx},
    domain::{from_unix, page::Page},
    error::ApiError,
};

const COLUMNS: &str =
    "id, customer_id, price_id, quantity, status, current_period_start, current_period_end, anchor_day,
    trial_start, trial_end, cancel_at_period_end, canceled_at, ended_at, cancellation_reason, cancellation_comment,
    pending_price_id, pending_quantity, pause_starts_at, pause_resumes_at, discount_percent_off, discount_periods_remaining, latest_invoice_id, metadata, created";

/// A subscription with the fields only the engine needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub subscription: Subscription,
    pub anchor_day: u32,
}

#[derive(sqlx::FromRow)]
struct SubscriptionRow {
    id: String,
    customer_id: String,
    price_id: String,
    quantity: i64,
    status: String,
    current_period_start: i64,
    current_period_end: i64,
    anchor_day: i64,
    trial_start: Option<i64>,
    trial_end: Option<i64>,
    cancel_at_period_end: i64,
    canceled_at: Option<i64>,
    ended_at: Option<i64>,
    cancellation_reason: Option<String>,
    cancellation_comment: Option<String>,
    pending_price_id: Option<String>,
    pending_quantity: Option<i64>,
    pause_starts_at: Option<i64>,
    pause_resumes_at: Option<i64>,
    discount_percent_off: Option<i64>,
    discount_periods_remaining: Option<i64>,
    latest_invoice_id: Option<String>,
    metadata: String,
    created: i64,
}

impl SubscriptionRow {
    fn into_stored(self) -> Result<Stored, sqlx::Error> {
        let cancellation_details =
            (self.canceled_at.is_some() || self.cancel_at_period_end != 0).then_some(CancellationDetails {
                reason: self.cancellation_reason.as_deref().map(parse_stored).transpose()?,
                comment: self.cancellation_comment,
            });
        let pending_update = match (self.pending_price_id, self.pending_quantity) {
            (Some(price), Some(quantity)) => Some(PendingUpdate {
                price: parse_stored(&price)?,
                quantity,
                effective_at: from_unix(self.current_period_end),
            }),
            _ => None,
        };
        let pause = match (self.pause_starts_at, self.pause_resumes_at) {
            (Some(starts_at), Some(resumes_at)) => Some(SubscriptionPause {
                starts_at: from_unix(starts_at),
                resumes_at: from_unix(resumes_at),
            }),
            _ => None,
        };
        let discount = match (self.discount_percent_off, self.discount_periods_remaining) {
            (Some(percent_off), Some(periods_remaining)) => Some(SubscriptionDiscount {
                percent_off,
                periods_remaining,
            }),
            _ => None,
        };
        Ok(Stored {
            subscription: Subscription {
                id: parse_stored(&self.id)?,
                object: "subscription".to_owned(),
                customer: parse_stored(&self.customer_id)?,
                price: parse_stored(&self.price_id)?,
                quantity: self.quantity,
                status: parse_stored(&self.status)?,
                current_period_start: from_unix(self.current_period_start),
                current_period_end: from_unix(self.current_period_end),
                trial_start: self.trial_start.map(from_unix),
                trial_end: self.trial_end.map(from_unix),
                cancel_at_period_end: self.cancel_at_period_end != 0,
                canceled_at: self.canceled_at.map(from_unix),
                ended_at: self.ended_at.map(from_unix),
                cancellation_details,
                pending_update,
                pause,
                discount,
                latest_invoice: self.latest_invoice_id.as_deref().map(parse_stored).transpose()?,
                metadata: from_json(&self.metadata)?,
                created: from_unix(self.created),
            },
            anchor_day: u32::try_from(self.anchor_day).map_err(|err| sqlx::Error::Decode(err.into()))?,
        })
    }
}

/// Inserts or overwrites a subscription (the engine computes every field).
pub async fn save(tx: &mut Tx, tenant: &TenantId, stored: &Stored) -> Result<(), sqlx::Error> {
    let s = &stored.subscription;
    let details = s.cancellation_details.as_ref();
    let pending = s.pending_update.as_ref();
    let pause = s.pause.as_ref();
    sqlx::query(
        "insert into subscriptions (id, tenant_id, customer_id, price_id, quantity, status, current_period_start,
            current_period_end, anchor_day, trial_start, trial_end, cancel_at_period_end, canceled_at, ended_at,
            cancellation_reason, cancellation_comment, pending_price_id, pending_quantity, latest_invoice_id, created,
            pause_starts_at, pause_resumes_at, discount_percent_off, discount_periods_remaining, metadata)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
            $23, $24, $25)
         on conflict (id) do update set price_id = $4, quantity = $5, status = $6, current_period_start = $7,
            current_period_end = $8, anchor_day = $9, trial_start = $10, trial_end = $11, cancel_at_period_end = $12,
            canceled_at = $13, ended_at = $14, cancellation_reason = $15, cancellation_comment = $16,
            pending_price_id = $17, pending_quantity = $18, latest_invoice_id = $19, pause_starts_at = $21,
            pause_resumes_at = $22, discount_percent_off = $23, discount_periods_remaining = $24, metadata = $25",
    )
    .bind(s.id.as_str())
    .bind(tenant.as_str())
    .bind(s.customer.as_str())
    .bind(s.price.as_str())
    .bind(s.quantity)
    .bind(s.status.as_str())
    .bind(s.current_period_start.timestamp())
    .bind(s.current_period_end.timestamp())
    .bind(i64::from(stored.anchor_day))
    .bind(s.trial_start.map(|t| t.timestamp()))
    .bind(s.trial_end.map(|t| t.timestamp()))
    .bind(i64::from(s.cancel_at_period_end))
    .bind(s.canceled_at.map(|t| t.timestamp()))
    .bind(s.ended_at.map(|t| t.timestamp()))
    .bind(details.and_then(|d| d.reason).map(|reason| reason.as_str()))
    .bind(details.and_then(|d| d.comment.clone()))
    .bind(pending.map(|p| p.price.as_str().to_owned()))
    .bind(pending.map(|p| p.quantity))
    .bind(s.latest_invoice.as_ref().map(|i| i.as_str().to_owned()))
    .bind(s.created.timestamp())
    .bind(pause.map(|p| p.starts_at.timestamp()))
    .bind(pause.map(|p| p.resumes_at.timestamp()))
    .bind(s.discount.map(|d| d.percent_off))
    .bind(s.discount.map(|d| d.periods_remaining))
    .bind(to_json(&s.metadata)?)
    .execute(&mut **tx)
    .await
    .map(drop)
}

pub async fn get(conn: &mut AnyConnection, tenant: &TenantId, id: &str) -> Result<Option<Stored>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!(
        "select {COLUMNS} from subscriptions where tenant_id = $1 and id = $2"
    ));
    let row: Option<SubscriptionRow> = sqlx::query_as(sql)
        .bind(tenant.as_str())
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(SubscriptionRow::into_stored).transpose()
}

pub async fn find(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<Stored>, sqlx::Error> {
    get(&mut *db.reader().acquire().await?, tenant, id).await
}

/// Subscriptions of `tenant`'s customers on `clock` (or on real time when `None`)
/// that have work due at or before `at`: a period end (renewal, trial end,
/// scheduled change, cancellation). Oldest due first.
pub async fn due(
    tx: &mut Tx,
    tenant: &TenantId,
    clock: Option<&str>,
    at: i64,
) -> Result<Vec<SubscriptionId>, sqlx::Error> {
    let ids: Vec<String> = sqlx::query_scalar(
        "select s.id from subscriptions s join customers c on c.id = s.customer_id
         where s.tenant_id = $1 and s.status <> 'canceled' and s.current_period_end <= $2
           and (($3 is null and c.test_clock is null) or c.test_clock = $3)
         order by s.current_period_end, s.seq",
    )
    .bind(tenant.as_str())
    .bind(at)
    .bind(clock)
    .fetch_all(&mut **tx)
    .await?;
    ids.iter().map(|id| parse_stored(id)).collect()
}

/// The earliest period end after `after` among live subscriptions on `clock`.
pub async fn next_period_end(tx: &mut Tx, tenant: &TenantId, clock: Option<&str>) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "select min(s.current_period_end) from subscriptions s join customers c on c.id = s.customer_id
         where s.tenant_id = $1 and s.status <> 'canceled'
           and (($2 is null and c.test_clock is null) or c.test_clock = $2)",
    )
    .bind(tenant.as_str())
    .bind(clock)
    .fetch_one(&mut **tx)
    .await
}

/// How many live subscriptions a customer has (not canceled).
pub async fn live_count(tx: &mut Tx, tenant: &TenantId, customer: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "select count(*) from subscriptions where tenant_id = $1 and customer_id = $2 and status <> 'canceled'",
    )
    .bind(tenant.as_str())
    .bind(customer)
    .fetch_one(&mut **tx)
    .await
}

/// Whether the customer had a subscription to `price` that has ended: what a portal
/// customer may subscribe to again when the session lists no allowed prices.
pub async fn ended_on_price(tx: &mut Tx, tenant: &TenantId, customer: &str, price: &str) -> Result<bool, sqlx::Error> {
    let count: i64 = sqlx::query_scalar(
        "select count(*) from subscriptions
         where tenant_id = $1 and customer_id = $2 and price_id = $3 and status = 'canceled'",
    )
    .bind(tenant.as_str())
    .bind(customer)
    .bind(price)
    .fetch_one(&mut **tx)
    .await?;
    Ok(count > 0)
}

/// A page of subscriptions, newest first, with optional customer, status and
/// metadata filters.
pub async fn list(
    db: &Db,
    tenant: &TenantId,
    customer: Option<&str>,
    status: Option<&str>,
    metadata: &std::collections::BTreeMap<String, String>,
    page: &Page,
) -> Result<(Vec<Subscription>, bool), ApiError> {
    let (rows, has_more) = Listing::new("subscriptions", COLUMNS)
        .text("customer_id = ?", customer)
        .text("status = ?", status)
        .metadata(metadata)
        .fetch::<SubscriptionRow>(db, tenant, page)
        .await?;
    let subscriptions = rows
        .into_iter()
        .map(|r| r.into_stored().map(|s| s.subscription))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((subscriptions, has_more))
}

/// Claims a subscription's period end for processing: only one of several
/// schedulers (processes) sees `true` for the same period end. On PostgreSQL the
/// row lock also makes a concurrent claim wait and then fail.
pub async fn claim_period_end(
    tx: &mut Tx,
    tenant: &TenantId,
    id: &SubscriptionId,
    period_end: i64,
) -> Result<bool, sqlx::Error> {
    let claimed = sqlx::query(
        "update subscriptions set current_period_end = current_period_end
         where tenant_id = $1 and id = $2 and current_period_end = $3 and status <> 'canceled'",
    )
    .bind(tenant.as_str())
    .bind(id.as_str())
    .bind(period_end)
    .execute(&mut **tx)
    .await?;
    Ok(claimed.rows_affected() == 1)
}
