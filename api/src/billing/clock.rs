//! The passage of time: period ends (renewals, trial ends, scheduled downgrades,
//! period-end cancellations, pauses starting and ending) and dunning retries, processed in time order, one
//! step per transaction. Test clocks run it when advanced; the background scheduler
//! runs it for real time.

use std::time::Duration;

use chrono::{DateTime, Utc};
use paylera_shared::{
    event::EventType,
    ids::{InvoiceId, SubscriptionId, TenantId},
};

use super::{
    collection::{self, Collect},
    emit_change, price_with_product,
    retention::resume_billing,
    subscriptions::{is_metered, renewal_line, renewal_lines, use_discount_period},
};
use crate::{
    db::{Db, Tx},
    domain::{
        billing::{
            self, BillingReason, InvoiceStatus, SubscriptionEvent, SubscriptionLifecycle as _, SubscriptionStatus,
        },
        from_unix, now,
    },
    error::ApiError,
    store::{self, events::Origin},
};

/// More steps than any real advance needs; a guard against a loop that never ends.
const MAX_STEPS: usize = 100_000;

/// Processes everything due at or before `until` for customers on `clock` (or on
/// real time when `None`), earliest first. Returns how many steps ran.
pub async fn run_until(
    db: &Db,
    tenant: &TenantId,
    clock: Option<&str>,
    until: DateTime<Utc>,
) -> Result<usize, ApiError> {
    let origin = Origin::system();
    let limit = until.timestamp();
    for step in 0..MAX_STEPS {
        let mut tx = db.begin().await?;
        let next_end = store::subscriptions::next_period_end(&mut tx, tenant, clock)
            .await?
            .filter(|t| *t <= limit);
        let next_retry = store::invoices::next_retry(&mut tx, tenant, clock)
            .await?
            .filter(|t| *t <= limit);
        match (next_end, next_retry) {
            (None, None) => return Ok(step),
            (Some(end), retry) if retry.is_none_or(|r| end <= r) => {
                let due = store::subscriptions::due(&mut tx, tenant, clock, end).await?;
                if let Some(id) = due.first() {
                    period_end(db, &mut tx, tenant, &origin, id, end).await?;
                }
            }
            (_, Some(retry)) => {
                let due = store::invoices::retries_due(&mut tx, tenant, clock, retry).await?;
                if let Some(id) = due.first() {
                    retry_invoice(&mut tx, tenant, &origin, id, retry).await?;
                }
            }
            (Some(_), None) => return Err(ApiError::internal("inconsistent billing schedule")),
        }
        tx.commit().await?;
    }
    Err(ApiError::internal("billing did not settle within its step limit"))
}

/// What happens when a subscription's period ends at `at`.
async fn period_end(
    db: &Db,
    tx: &mut Tx,
    tenant: &TenantId,
    origin: &Origin,
    id: &SubscriptionId,
    at: i64,
) -> Result<(), ApiError> {
    if !store::subscriptions::claim_period_end(tx, tenant, id, at).await? {
        return Ok(());
    }
    let Some(mut stored) = store::subscriptions::get(tx, tenant, id.as_str()).await? else {
        return Ok(());
    };
    let before = stored.subscription.clone();
    let end = from_unix(at);
    let status = before.status;
    if status == SubscriptionStatus::Paused {
        let anchor_day = stored.anchor_day;
        return resume_billing(db, tx, tenant, origin, &mut stored, end, anchor_day).await;
    }
    let sub = &mut stored.subscription;

    if sub.cancel_at_period_end {
        sub.status = status.next(SubscriptionEvent::Cancel)?;
        sub.ended_at = Some(end);
        sub.cancel_at_period_end = false;
        store::subscriptions::save(tx, tenant, &stored).await?;
        emit_change(
            tx,
            tenant,
            origin,
            EventType::SubscriptionUpdated,
            &before,
            &stored.subscription,
        )
        .await?;
        return Ok(());
    }
    if let Some(pending) = sub.pending_update.take() {
        sub.price = pending.price;
        sub.quantity = pending.quantity;
    }
    // A scheduled pause starts, unless a failed payment came first: a subscription
    // in debt is not paused (the pause is dropped and it renews as usual).
    if let Some(pause) = sub.pause.take()
        && let Ok(paused) = status.next(SubscriptionEvent::Pause)
    {
        sub.status = paused;
        sub.current_period_start = end;
        sub.current_period_end = pause.resumes_at;
        sub.pause = Some(pause);
        store::subscriptions::save(tx, tenant, &stored).await?;
        emit_change(
            tx,
            tenant,
            origin,
            EventType::SubscriptionPaused,
            &before,
            &stored.subscription,
        )
        .await?;
        return Ok(());
    }
    let price_id = sub.price.to_string();
    let customer = store::customers::get(tx, tenant, sub.customer.as_str())
        .await?
        .ok_or_else(|| ApiError::internal("a subscription's customer is missing"))?;
    // Prices are immutable: reading them from the read pool is safe.
    let (price, product) = price_with_product(db, tenant, &price_id).await?;
    let new_end = billing::add_interval(
        end,
        stored.anchor_day,
        &price.recurring.interval,
        price.recurring.interval_count,
    );
    let sub = &mut stored.subscription;
    sub.current_period_start = end;
    sub.current_period_end = new_end;
    let usage = if is_metered(&price) {
        store::usage::total(&mut **tx, tenant, &sub.id, before.current_period_start.timestamp(), at).await?
    } else {
        0
    };
    let (line, period) = renewal_line(
        &price,
        &product,
        sub.quantity,
        usage,
        (before.current_period_start, end),
        new_end,
    );
    let lines = renewal_lines(line, sub.discount.as_ref());
    use_discount_period(&mut sub.discount);
    let mut invoice = collection::issue(
        tx,
        tenant,
        origin,
        &customer,
        Some(&sub.id),
        BillingReason::SubscriptionCycle,
        price.currency,
        lines,
        period,
        end,
    )
    .await?;
    stored.subscription.latest_invoice = Some(invoice.invoice.id.clone());
    store::subscriptions::save(tx, tenant, &stored).await?;
    if before != stored.subscription {
        emit_change(
            tx,
            tenant,
            origin,
            EventType::SubscriptionUpdated,
            &before,
            &stored.subscription,
        )
        .await?;
    }
    if invoice.invoice.status == InvoiceStatus::Paid {
        collection::settle_subscription(tx, tenant, origin, &stored.subscription.id, true, false, end).await?;
    } else if status != SubscriptionStatus::Unpaid {
        collection::collect(tx, tenant, origin, &mut invoice, Collect::default(), end).await?;
    }
    Ok(())
}

/// A scheduled dunning retry of an invoice at `at`.
async fn retry_invoice(
    tx: &mut Tx,
    tenant: &TenantId,
    origin: &Origin,
    id: &InvoiceId,
    at: i64,
) -> Result<(), ApiError> {
    if !store::invoices::claim_retry(tx, tenant, id, at).await? {
        return Ok(());
    }
    let Some(mut stored) = store::invoices::get(tx, tenant, id.as_str()).await? else {
        return Ok(());
    };
    collection::collect(tx, tenant, origin, &mut stored, Collect::default(), from_unix(at)).await?;
    Ok(())
}

/// One pass of the real-time scheduler over every tenant.
pub async fn tick(db: &Db) -> Result<usize, ApiError> {
    let mut steps = 0;
    for tenant in store::tenants::all_ids(db).await? {
        steps += run_until(db, &tenant, None, now()).await?;
    }
    Ok(steps)
}

/// Runs [`tick`] every `every`, logging failures and counting passes (`scheduler_*`
/// metrics), until the task is aborted.
pub async fn scheduler(db: Db, every: Duration) {
    let mut interval = tokio::time::interval(every);
    loop {
        interval.tick().await;
        let result = tick(&db).await;
        crate::middleware::metrics::background_run(crate::middleware::metrics::Background::Scheduler, result.is_ok());
        match result {
            Ok(0) => {}
            Ok(steps) => tracing::info!(steps, "billing scheduler processed due work"),
            Err(err) => tracing::error!(error = %err, "billing scheduler failed"),
        }
    }
}
