//! Keeping a customer: pausing and resuming a subscription's billing, and the retention
//! offers a merchant makes instead of a cancellation (ADR 0013).
//!
//! A pause starts at the end of the current (paid) period and lasts whole periods of
//! the price, so nothing paid is lost and nothing needs prorating: [`pause`] schedules
//! it, the scheduler starts it (`clock`: status `paused`, the "period" is the pause)
//! and ends it on its date with [`resume_billing`], which [`resume`] also calls to end
//! it early (a new period from today, invoiced like a renewal). Metered prices bill
//! usage in arrears and are not paused. A retention offer is a pause or a discount
//! (`subscriptions::renewal_lines` bills it).

use chrono::{DateTime, Datelike, Utc};
use paylera_shared::{
    ErrorCode,
    event::EventType,
    ids::TenantId,
    subscription::{
        AcceptRetentionOfferRequest, MAX_PAUSE_PERIODS, PauseSubscriptionRequest, RetentionOfferType, Subscription,
        SubscriptionDiscount, SubscriptionPause,
    },
};

use super::{
    collection::{self, Collect},
    customer_now, emit_change, ensure_live, live_customer, price_with_product, stored_subscription,
    subscriptions::{is_metered, period_line, renewal_lines, use_discount_period},
};
use crate::{
    db::{Db, Tx},
    domain::portal::features::PortalConfiguration,
    domain::{
        Invalid,
        billing::{self, BillingReason, InvoiceStatus, SubscriptionLifecycle as _, SubscriptionStatus},
    },
    error::ApiError,
    store::{self, events::Origin, subscriptions::Stored},
};

/// Schedules a pause of billing from the end of the current period for
/// `params.periods` periods of the price in force then (a scheduled downgrade's).
/// Only an `active` subscription of a licensed price with nothing else pending at its
/// period end (no cancellation, no other pause) can be paused; in the portal, for at
/// most the configuration's `subscription_pause_max_periods`. Emits
/// `subscription.updated` (`pause` set); `subscription.paused` follows when it starts.
pub async fn pause(
    db: &Db,
    tenant: &TenantId,
    origin: &Origin,
    id: &str,
    params: &PauseSubscriptionRequest,
    rules: Option<&PortalConfiguration>,
) -> Result<Subscription, ApiError> {
    let max = rules.map_or(MAX_PAUSE_PERIODS, |rules| rules.subscription_pause_max_periods);
    if !(1..=max).contains(&params.periods) {
        return Err(Invalid::new(
            "periods",
            ErrorCode::ParameterInvalid,
            format!("periods is 1 to {max}."),
        )
        .into());
    }
    schedule_pause(db, tenant, origin, id, params.periods).await
}

/// [`pause`] for `periods`, whatever a portal configuration allows (a retention offer's
/// pause is the merchant's own offer).
async fn schedule_pause(
    db: &Db,
    tenant: &TenantId,
    origin: &Origin,
    id: &str,
    periods: i64,
) -> Result<Subscription, ApiError> {
    let mut tx = db.begin().await?;
    let mut stored = stored_subscription(&mut tx, tenant, id).await?;
    ensure_live(&stored)?;
    let before = stored.subscription.clone();
    if before.status != SubscriptionStatus::Active {
        return Err(refuse(format!(
            "Only an active subscription can be paused; this one is `{}`.",
            before.status
        )));
    }
    if before.cancel_at_period_end {
        return Err(refuse(
            "This subscription ends at its period end; reactivate it before pausing it.",
        ));
    }
    if let Some(pause) = &before.pause {
        return Err(refuse(format!(
            "This subscription already pauses from {} to {}; resume it to change the pause.",
            pause.starts_at.format("%Y-%m-%d"),
            pause.resumes_at.format("%Y-%m-%d")
        )));
    }
    let price_id = before
        .pending_update
        .as_ref()
        .map_or(&before.price, |pending| &pending.price);
    let (price, _) = price_with_product(db, tenant, price_id.as_str()).await?;
    if is_metered(&price) {
        return Err(refuse(
            "A metered subscription bills its usage in arrears and cannot be paused; cancel it instead.",
        ));
    }
    let starts_at = before.current_period_end;
    let resumes_at = billing::add_interval(
        starts_at,
        stored.anchor_day,
        &price.recurring.interval,
        price.recurring.interval_count.saturating_mul(periods),
    );
    stored.subscription.pause = Some(SubscriptionPause { starts_at, resumes_at });
    store::subscriptions::save(&mut tx, tenant, &stored).await?;
    emit_change(
        &mut tx,
        tenant,
        origin,
        EventType::SubscriptionUpdated,
        &before,
        &stored.subscription,
    )
    .await?;
    origin.commit(tx, stored.subscription).await
}

/// Takes the retention offer made for `params.reason` instead of canceling: the
/// portal session's offer (`rules`), or for the merchant the tenant's configuration's.
/// A pause is scheduled as [`pause`] does (its own limits aside); a discount takes
/// `percent_off` off the next `periods` renewals. Refused when no offer is made for the
/// reason, or the subscription already ends at its period end or has a discount (an
/// offer is not taken twice over). Emits `subscription.updated`.
pub async fn accept_retention_offer(
    db: &Db,
    tenant: &TenantId,
    origin: &Origin,
    id: &str,
    params: &AcceptRetentionOfferRequest,
    rules: Option<&PortalConfiguration>,
) -> Result<Subscription, ApiError> {
    let mut tx = db.begin().await?;
    let mut stored = stored_subscription(&mut tx, tenant, id).await?;
    ensure_live(&stored)?;
    let configuration = match rules {
        Some(rules) => rules.clone(),
        None => store::portal_configurations::default_settings(db, tenant).await?,
    };
    let offer = configuration
        .subscription_cancel_retention_offers
        .iter()
        .find(|offer| offer.reason == params.reason)
        .ok_or_else(|| {
            Invalid::new(
                "reason",
                ErrorCode::ParameterInvalid,
                format!("No retention offer is made for `{}`.", params.reason),
            )
        })?;
    if stored.subscription.cancel_at_period_end {
        return Err(refuse(
            "This subscription already ends at its period end; reactivate it to take an offer.",
        ));
    }
    if stored.subscription.discount.is_some() {
        return Err(refuse("This subscription already has a discount."));
    }
    match offer.kind {
        RetentionOfferType::Pause => {
            drop(tx);
            schedule_pause(db, tenant, origin, id, offer.periods).await
        }
        RetentionOfferType::Discount => {
            let before = stored.subscription.clone();
            stored.subscription.discount = Some(SubscriptionDiscount {
                percent_off: offer.percent_off.unwrap_or_default(),
                periods_remaining: offer.periods,
            });
            store::subscriptions::save(&mut tx, tenant, &stored).await?;
            emit_change(
                &mut tx,
                tenant,
                origin,
                EventType::SubscriptionUpdated,
                &before,
                &stored.subscription,
            )
            .await?;
            origin.commit(tx, stored.subscription).await
        }
    }
}

/// Resumes billing now: a running pause ends early ([`resume_billing`] from the
/// customer's today, which becomes the billing day), a scheduled one is withdrawn
/// (nothing is billed: the subscription renews as before). Emits
/// `subscription.resumed`.
pub async fn resume(db: &Db, tenant: &TenantId, origin: &Origin, id: &str) -> Result<Subscription, ApiError> {
    let mut tx = db.begin().await?;
    let mut stored = stored_subscription(&mut tx, tenant, id).await?;
    ensure_live(&stored)?;
    if stored.subscription.pause.is_none() {
        return Err(refuse("This subscription is not paused and has no pause scheduled."));
    }
    if stored.subscription.status == SubscriptionStatus::Paused {
        let customer = live_customer(&mut tx, tenant, stored.subscription.customer.as_str()).await?;
        let at = customer_now(&mut tx, tenant, &customer).await?;
        resume_billing(db, &mut tx, tenant, origin, &mut stored, at, at.day()).await?;
    } else {
        let before = stored.subscription.clone();
        stored.subscription.pause = None;
        store::subscriptions::save(&mut tx, tenant, &stored).await?;
        emit_change(
            &mut tx,
            tenant,
            origin,
            EventType::SubscriptionResumed,
            &before,
            &stored.subscription,
        )
        .await?;
    }
    let resumed = stored_subscription(&mut tx, tenant, id).await?;
    origin.commit(tx, resumed.subscription).await
}

/// Ends the pause of `stored` at `at`: status `active`, a new period from `at` (renewing
/// on `anchor_day`) invoiced now and collected like a renewal. Emits
/// `subscription.resumed`, then the invoice's events (and a failed payment's).
pub(crate) async fn resume_billing(
    db: &Db,
    tx: &mut Tx,
    tenant: &TenantId,
    origin: &Origin,
    stored: &mut Stored,
    at: DateTime<Utc>,
    anchor_day: u32,
) -> Result<(), ApiError> {
    let before = stored.subscription.clone();
    let (price, product) = price_with_product(db, tenant, before.price.as_str()).await?;
    let customer = live_customer(tx, tenant, before.customer.as_str()).await?;
    let end = billing::add_interval(
        at,
        anchor_day,
        &price.recurring.interval,
        price.recurring.interval_count,
    );
    stored.anchor_day = anchor_day;
    let sub = &mut stored.subscription;
    sub.status = sub.status.next(billing::SubscriptionEvent::Resume)?;
    sub.pause = None;
    sub.current_period_start = at;
    sub.current_period_end = end;
    let lines = renewal_lines(
        period_line(&price, &product, sub.quantity, at, end),
        sub.discount.as_ref(),
    );
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
        (at, end),
        at,
    )
    .await?;
    stored.subscription.latest_invoice = Some(invoice.invoice.id.clone());
    store::subscriptions::save(tx, tenant, stored).await?;
    emit_change(
        tx,
        tenant,
        origin,
        EventType::SubscriptionResumed,
        &before,
        &stored.subscription,
    )
    .await?;
    if invoice.invoice.status == InvoiceStatus::Paid {
        collection::settle_subscription(tx, tenant, origin, &stored.subscription.id, true, false, at).await?;
    } else {
        collection::collect(tx, tenant, origin, &mut invoice, Collect::default(), at).await?;
    }
    Ok(())
}

/// `400 parameter_invalid` about the subscription as a whole: why it cannot take this now.
fn refuse(message: impl Into<String>) -> ApiError {
    Invalid::new("", ErrorCode::ParameterInvalid, message).into()
}
