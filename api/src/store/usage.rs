//! Metered usage records.

use paylera_shared::{
    ids::{SubscriptionId, TenantId},
    subscription::UsageAction,
};

use crate::{db::Tx, domain::ids::random_base62};

/// Records usage once per (subscription, timestamp, key); returns the record's id and
/// whether this call created it.
pub async fn record(
    tx: &mut Tx,
    tenant: &TenantId,
    subscription: &SubscriptionId,
    quantity: i64,
    action: UsageAction,
    timestamp: i64,
    key: &str,
) -> Result<(String, bool), sqlx::Error> {
    let id = format!("mbur_{}", random_base62(24));
    let inserted = sqlx::query(
        "insert into usage_records (id, tenant_id, subscription_id, quantity, action, timestamp, record_key, created)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (subscription_id, timestamp, record_key) do nothing",
    )
    .bind(&id)
    .bind(tenant.as_str())
    .bind(subscription.as_str())
    .bind(quantity)
    .bind(action.as_str())
    .bind(timestamp)
    .bind(key)
    .bind(crate::domain::now().timestamp())
    .execute(&mut **tx)
    .await?;
    if inserted.rows_affected() == 1 {
        return Ok((id, true));
    }
    let existing: String = sqlx::query_scalar(
        "select id from usage_records where subscription_id = $1 and timestamp = $2 and record_key = $3",
    )
    .bind(subscription.as_str())
    .bind(timestamp)
    .bind(key)
    .fetch_one(&mut **tx)
    .await?;
    Ok((existing, false))
}

/// Total usage in `[from, to)`: the latest `set` (if any) plus the increments after it.
/// Read in a transaction or from the read pool.
pub async fn total<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Any>,
    tenant: &TenantId,
    subscription: &SubscriptionId,
    from: i64,
    to: i64,
) -> Result<i64, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "select quantity, action from usage_records
         where tenant_id = $1 and subscription_id = $2 and timestamp >= $3 and timestamp < $4
         order by timestamp, seq",
    )
    .bind(tenant.as_str())
    .bind(subscription.as_str())
    .bind(from)
    .bind(to)
    .fetch_all(executor)
    .await?;
    rows.into_iter().try_fold(0_i64, |total, (quantity, action)| {
        Ok(match super::parse_stored::<UsageAction>(&action)? {
            UsageAction::Set => quantity,
            // Saturating: a total this large is refused when recorded (its amount could
            // not be billed), so it never reaches an invoice.
            UsageAction::Increment => total.saturating_add(quantity),
        })
    })
}
