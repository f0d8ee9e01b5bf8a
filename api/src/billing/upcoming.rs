//! The upcoming invoice: what a subscription's next renewal will bill, computed the way
//! the scheduler will issue it (`clock`, [`renewal_line`]) and stored nowhere.
//!
//! As things stand now: the price and quantity in force at the renewal (a downgrade
//! scheduled for the period end included), the metered usage recorded so far, a running
//! discount, and the
//! customer's credit balance as it is today; a paused (or pausing) subscription's next
//! charge is when its pause ends. A subscription that will not renew (it has
//! ended, or ends at its period end) has none: `404 invoice_upcoming_none`. Read from
//! the read pool only: a customer's overview page asks for it on every load.

use http::StatusCode;
use paylera_shared::{ErrorCode, ErrorType, invoice::UpcomingInvoice};

use super::{
    price_with_product,
    subscriptions::{is_metered, renewal_line, renewal_lines},
};
use crate::{
    db::Db,
    domain::billing::{self, SubscriptionLifecycle as _},
    error::ApiError,
    store,
};

/// The invoice subscription `id` of `tenant` will produce at the end of its period.
pub async fn preview(db: &Db, tenant: &paylera_shared::ids::TenantId, id: &str) -> Result<UpcomingInvoice, ApiError> {
    let stored = store::subscriptions::find(db, tenant, id)
        .await?
        .ok_or_else(|| ApiError::not_found("subscription", id).with_param("subscription"))?;
    let sub = &stored.subscription;
    if sub.status.is_terminal() || sub.cancel_at_period_end {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            ErrorType::InvalidRequestError,
            ErrorCode::InvoiceUpcomingNone,
            format!("Subscription '{id}' will not be invoiced again: it has ended or ends at the end of its period."),
        )
        .with_param("subscription"));
    }
    let (price_id, quantity) = match &sub.pending_update {
        Some(pending) => (&pending.price, pending.quantity),
        None => (&sub.price, sub.quantity),
    };
    let (price, product) = price_with_product(db, tenant, price_id.as_str()).await?;
    let customer = store::customers::find(db, tenant, sub.customer.as_str())
        .await?
        .ok_or_else(|| ApiError::internal("a subscription's customer is missing"))?;
    // A scheduled pause moves the next charge to its end (a running one already is
    // the current "period"); only licensed prices pause, so no usage is lost.
    let ended = match (&sub.pause, sub.status) {
        (Some(pause), billing::SubscriptionStatus::Active) => (pause.starts_at, pause.resumes_at),
        _ => (sub.current_period_start, sub.current_period_end),
    };
    let usage = if is_metered(&price) {
        store::usage::total(db.reader(), tenant, &sub.id, ended.0.timestamp(), ended.1.timestamp()).await?
    } else {
        0
    };
    let next_end = billing::add_interval(
        ended.1,
        stored.anchor_day,
        &price.recurring.interval,
        price.recurring.interval_count,
    );
    let (line, period) = renewal_line(&price, &product, quantity, usage, ended, next_end);
    let lines = renewal_lines(line, sub.discount.as_ref());
    let amounts: Vec<i64> = lines.iter().map(|line| line.amount).collect();
    let totals = billing::totals(&amounts, 0, customer.credit_balance);
    Ok(UpcomingInvoice {
        object: "upcoming_invoice".to_owned(),
        customer: sub.customer.clone(),
        subscription: sub.id.clone(),
        currency: price.currency,
        lines,
        subtotal: totals.subtotal,
        total_tax: totals.tax,
        total: totals.total,
        credit_applied: totals.credit_applied,
        amount_due: totals.amount_due,
        period_start: period.0,
        period_end: period.1,
        next_payment_attempt: ended.1,
    })
}
