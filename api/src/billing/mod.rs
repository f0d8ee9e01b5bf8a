//! The billing engine: subscriptions, invoices, payments and the passage of time.
//!
//! It applies the framework-free rules of [`crate::domain::billing`] through the
//! store, inside the caller's transaction, and records every change's event in that
//! same transaction. Routes and the scheduler call it; it knows nothing of HTTP.
//!
//! - [`subscriptions`]: create, cancel, reactivate, renewal lines, usage.
//! - [`retention`]: pause and resume, and the retention offers made instead of a
//!   cancellation.
//! - [`plan_changes`]: changing a subscription's price or quantity (with proration),
//!   its preview, and the prices it may change to with their previews.
//! - [`collection`]: issuing invoices, collecting them through the processor, dunning.
//! - [`clock`]: what happens at period ends and retry times — for test clocks when
//!   they are advanced, for everyone else by the background scheduler.
//! - [`payment_methods`]: cards: creating, attaching (verification, default
//!   selection), detaching (the last-card rule) and authenticating.
//! - [`pdf`]: an invoice as a printable document.
//! - [`upcoming`]: what a subscription's next renewal will bill (stored nowhere).
//!
//! Rules are written down in `docs/billing-rules.md`.

pub mod clock;
pub mod collection;
pub mod payment_methods;
pub mod pdf;
pub mod plan_changes;
pub mod retention;
pub mod subscriptions;
pub mod upcoming;

use chrono::{DateTime, Utc};
use paylera_shared::{
    ErrorCode,
    catalog::{Price, Product},
    customer::Customer,
    event::EventType,
    ids::TenantId,
    subscription::Subscription,
};

use crate::{
    db::{Db, Tx},
    domain::{
        Invalid,
        billing::{Charge, SubscriptionStatus},
        changes::previous_attributes,
        from_unix, now,
    },
    error::ApiError,
    store::events::emit,
    store::{self, events::Origin, subscriptions::Stored},
};

pub use paylera_shared::subscription::MAX_QUANTITY;

/// A subscription's quantity: `value`, 1 by default, 1 to [`MAX_QUANTITY`].
pub(crate) fn quantity(value: Option<i64>) -> Result<i64, Invalid> {
    let quantity = value.unwrap_or(1);
    if !(1..=MAX_QUANTITY).contains(&quantity) {
        return Err(Invalid::new(
            "quantity",
            ErrorCode::ParameterInvalid,
            format!("quantity is 1 to {MAX_QUANTITY}."),
        ));
    }
    Ok(quantity)
}

/// The tenant's subscription `id`, read in `tx`, or `404`.
pub(crate) async fn stored_subscription(tx: &mut Tx, tenant: &TenantId, id: &str) -> Result<Stored, ApiError> {
    store::subscriptions::get(tx, tenant, id)
        .await?
        .ok_or_else(|| ApiError::not_found("subscription", id))
}

/// `400 subscription_canceled` for a subscription that has ended.
pub(crate) fn ensure_live(stored: &Stored) -> Result<(), ApiError> {
    if stored.subscription.status == SubscriptionStatus::Canceled {
        return Err(Invalid::new(
            "",
            ErrorCode::SubscriptionCanceled,
            "This subscription has ended; create a new subscription instead.",
        )
        .into());
    }
    Ok(())
}

/// `400 subscription_canceled` for an ended subscription, `400 parameter_invalid` for a
/// paused one or one with a pause scheduled: what a plan change needs (a pause is
/// computed from the period and price in force when it was asked for).
pub(crate) fn ensure_billing(stored: &Stored) -> Result<(), ApiError> {
    ensure_live(stored)?;
    if stored.subscription.pause.is_some() {
        return Err(Invalid::new(
            "",
            ErrorCode::ParameterInvalid,
            "This subscription is paused or pauses at its period end; resume it before changing its plan.",
        )
        .into());
    }
    Ok(())
}

/// `403 portal_feature_disabled` naming the configuration entry that forbids it.
pub(crate) fn portal_forbidden(entry: &str, message: &str) -> ApiError {
    ApiError::new(
        http::StatusCode::FORBIDDEN,
        paylera_shared::ErrorType::PermissionError,
        ErrorCode::PortalFeatureDisabled,
        message,
    )
    .with_param(entry)
}

/// The current time for `customer`: its test clock's, or the real one.
pub async fn customer_now(tx: &mut Tx, tenant: &TenantId, customer: &Customer) -> Result<DateTime<Utc>, ApiError> {
    match &customer.test_clock {
        Some(clock) => {
            let frozen = store::test_clocks::frozen_time(tx, tenant, clock.as_str())
                .await?
                .ok_or_else(|| ApiError::internal("a customer's test clock is missing"))?;
            Ok(from_unix(frozen))
        }
        None => Ok(now()),
    }
}

/// A price with its product (prices are immutable, so the read pool is fine).
pub async fn price_with_product(db: &Db, tenant: &TenantId, price_id: &str) -> Result<(Price, Product), ApiError> {
    let price = store::catalog::get_price(db, tenant, price_id)
        .await?
        .ok_or_else(|| ApiError::not_found("price", price_id).with_param("price"))?;
    let product = store::catalog::get_product(db, tenant, price.product.as_str())
        .await?
        .ok_or_else(|| ApiError::internal("a price's product is missing"))?;
    Ok((price, product))
}

/// The tenant's live customer `id`, read in `tx`, or `404`.
pub(crate) async fn live_customer(tx: &mut Tx, tenant: &TenantId, id: &str) -> Result<Customer, ApiError> {
    store::customers::get(tx, tenant, id)
        .await?
        .ok_or_else(|| ApiError::not_found("customer", id))
}

/// Emits `customer.updated` with `previous_attributes` if `after` differs from `before`.
pub(crate) async fn emit_customer_update(
    tx: &mut Tx,
    tenant: &TenantId,
    before: &Customer,
    after: &Customer,
    origin: &Origin,
) -> Result<(), ApiError> {
    let previous = previous_attributes(&serde_json::to_value(before)?, &serde_json::to_value(after)?);
    if previous.is_some() {
        emit(tx, tenant, EventType::CustomerUpdated, after, previous, origin).await?;
    }
    Ok(())
}

/// Emits `kind` about a subscription with what changed since `before`.
pub(crate) async fn emit_change(
    tx: &mut Tx,
    tenant: &TenantId,
    origin: &Origin,
    kind: EventType,
    before: &Subscription,
    after: &Subscription,
) -> Result<(), ApiError> {
    let previous = previous_attributes(&serde_json::to_value(before)?, &serde_json::to_value(after)?);
    emit(tx, tenant, kind, after, previous, origin).await
}

/// What proration sees of a price and quantity.
pub fn charge(price: &Price, quantity: i64) -> Charge {
    Charge {
        unit_amount: price.unit_amount,
        quantity,
        interval: price.recurring.interval.clone(),
        interval_count: price.recurring.interval_count,
        currency: price.currency,
    }
}
