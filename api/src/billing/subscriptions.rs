//! Creating, canceling and reactivating subscriptions, what their renewals bill, and
//! their metered usage. Changing one's price or quantity is [`super::plan_changes`];
//! pausing, resuming and retention offers are [`super::retention`].

use chrono::{DateTime, Datelike, Utc};
use paylera_shared::{
    ErrorCode,
    catalog::{Price, Product},
    customer::Customer,
    event::EventType,
    ids::{SubscriptionId, TenantId},
    invoice::InvoiceLine,
    money::Money,
    subscription::{
        CANCELLATION_REASONS, CancelSubscriptionRequest, CancellationDetails, CancellationReason,
        CreateSubscriptionRequest, CreateUsageRecordRequest, Subscription, SubscriptionDiscount, UsageAction,
        UsageRecord, UsageSummary,
    },
};

use super::{
    charge,
    collection::{self, Collect},
    customer_now, emit_change, ensure_live, portal_forbidden, price_with_product, quantity, stored_subscription,
};
use crate::{
    db::{Db, Tx},
    domain::portal::features::{CancelMode, PortalConfiguration},
    domain::{
        Invalid,
        billing::{self, BillingReason, InvoiceStatus, SubscriptionLifecycle as _, SubscriptionStatus},
        ids::Mint,
    },
    error::ApiError,
    store::events::emit,
    store::{self, events::Origin, subscriptions::Stored},
};

pub const MAX_TRIAL_DAYS: i64 = 730;

/// The line billing a whole period of `price` × `quantity`.
pub fn period_line(
    price: &Price,
    product: &Product,
    quantity: i64,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> InvoiceLine {
    let per = if price.recurring.interval_count == 1 {
        price.recurring.interval.clone()
    } else {
        format!("{} {}s", price.recurring.interval_count, price.recurring.interval)
    };
    InvoiceLine {
        description: format!(
            "{quantity} × {} (at {} / {per})",
            product.name,
            Money::new(price.unit_amount, price.currency)
        ),
        amount: price.unit_amount * quantity,
        quantity,
        unit_amount: price.unit_amount,
        price: Some(price.id.clone()),
        proration: false,
        period_start: start,
        period_end: end,
    }
}

/// Whether `price` bills recorded usage in arrears (rather than a quantity in advance).
pub fn is_metered(price: &Price) -> bool {
    price.recurring.usage_type == "metered"
}

/// What the renewal at the end of the period `ended` bills, and the period its line
/// covers: a licensed price the coming period (`ended.1` to `next_end`) in advance, a
/// metered one the ended period's `usage` in arrears. The scheduler issues it
/// (`clock`); the upcoming invoice previews it (`upcoming`).
pub fn renewal_line(
    price: &Price,
    product: &Product,
    quantity: i64,
    usage: i64,
    ended: (DateTime<Utc>, DateTime<Utc>),
    next_end: DateTime<Utc>,
) -> (InvoiceLine, (DateTime<Utc>, DateTime<Utc>)) {
    if is_metered(price) {
        (usage_line(price, product, usage, ended.0, ended.1), ended)
    } else {
        (
            period_line(price, product, quantity, ended.1, next_end),
            (ended.1, next_end),
        )
    }
}

/// Creates a subscription: with a trial, nothing is charged until it ends;
/// otherwise the first period is invoiced and collected now.
///
/// `rules` is the portal session's configuration when the customer subscribes from
/// the portal: no trial, and only a price the session offers
/// (`subscription_update_allowed_prices`) or, when it lists none, the price of one of
/// the customer's ended subscriptions (subscribing again).
pub async fn create(
    db: &Db,
    tenant: &TenantId,
    origin: &Origin,
    params: CreateSubscriptionRequest,
    rules: Option<&PortalConfiguration>,
) -> Result<Subscription, ApiError> {
    let quantity = quantity(params.quantity)?;
    let trial_days = params.trial_period_days.unwrap_or(0);
    if !(0..=MAX_TRIAL_DAYS).contains(&trial_days) {
        return Err(Invalid::new(
            "trial_period_days",
            ErrorCode::ParameterInvalid,
            format!("trial_period_days is 0 to {MAX_TRIAL_DAYS}."),
        )
        .into());
    }
    let (price, product) = price_with_product(db, tenant, &params.price).await?;
    if !price.active || !product.active {
        return Err(Invalid::new(
            "price",
            ErrorCode::ResourceArchived,
            "This price is archived; choose an active one.",
        )
        .into());
    }
    let mut tx = db.begin().await?;
    let customer = live_customer(&mut tx, tenant, &params.customer).await?;
    if let Some(rules) = rules {
        portal_may_subscribe(&mut tx, tenant, rules, &params, &price).await?;
    }
    let now = customer_now(&mut tx, tenant, &customer).await?;
    let trial_end = (trial_days > 0).then(|| now + chrono::TimeDelta::days(trial_days));
    let period_end = trial_end.unwrap_or_else(|| {
        billing::add_interval(
            now,
            now.day(),
            &price.recurring.interval,
            price.recurring.interval_count,
        )
    });
    let mut stored = Stored {
        anchor_day: period_end.day(),
        subscription: Subscription {
            id: SubscriptionId::mint(),
            object: "subscription".to_owned(),
            customer: customer.id.clone(),
            price: price.id.clone(),
            quantity,
            status: if trial_end.is_some() {
                SubscriptionStatus::Trialing
            } else {
                SubscriptionStatus::Active
            },
            current_period_start: now,
            current_period_end: period_end,
            trial_start: trial_end.map(|_| now),
            trial_end,
            cancel_at_period_end: false,
            canceled_at: None,
            ended_at: None,
            cancellation_details: None,
            pending_update: None,
            pause: None,
            discount: None,
            latest_invoice: None,
            metadata: crate::domain::metadata::validate(params.metadata.clone().unwrap_or_default())?,
            created: now,
        },
    };
    store::subscriptions::save(&mut tx, tenant, &stored).await?;
    emit(
        &mut tx,
        tenant,
        EventType::SubscriptionCreated,
        &stored.subscription,
        None,
        origin,
    )
    .await?;
    // Metered prices are billed in arrears, at the period end.
    if trial_end.is_none() && !is_metered(&price) {
        let line = period_line(&price, &product, quantity, now, period_end);
        let sub_id = stored.subscription.id.clone();
        let mut invoice = collection::issue(
            &mut tx,
            tenant,
            origin,
            &customer,
            Some(&sub_id),
            BillingReason::SubscriptionCreate,
            price.currency,
            vec![line],
            (now, period_end),
            now,
        )
        .await?;
        stored.subscription.latest_invoice = Some(invoice.invoice.id.clone());
        store::subscriptions::save(&mut tx, tenant, &stored).await?;
        if invoice.invoice.status == InvoiceStatus::Open {
            collection::collect(&mut tx, tenant, origin, &mut invoice, Collect::default(), now).await?;
        }
    }
    let created = store::subscriptions::get(&mut tx, tenant, stored.subscription.id.as_str())
        .await?
        .ok_or_else(|| ApiError::internal("the new subscription vanished"))?;
    origin.commit(tx, created.subscription).await
}

async fn live_customer(tx: &mut Tx, tenant: &TenantId, id: &str) -> Result<Customer, ApiError> {
    store::customers::get(tx, tenant, id)
        .await?
        .ok_or_else(|| ApiError::not_found("customer", id).with_param("customer"))
}

/// The portal's limits on a new subscription (see [`create`]).
async fn portal_may_subscribe(
    tx: &mut Tx,
    tenant: &TenantId,
    rules: &PortalConfiguration,
    params: &CreateSubscriptionRequest,
    price: &Price,
) -> Result<(), ApiError> {
    if params.trial_period_days.is_some_and(|days| days != 0) {
        return Err(portal_forbidden(
            "trial_period_days",
            "Trials are offered by the merchant, not from the portal.",
        ));
    }
    let offered = match &rules.subscription_update_allowed_prices {
        Some(prices) => prices.iter().any(|p| p == price.id.as_str()),
        None => store::subscriptions::ended_on_price(tx, tenant, &params.customer, price.id.as_str()).await?,
    };
    if !offered {
        return Err(portal_forbidden(
            "subscription_update_allowed_prices",
            "This portal does not offer that price.",
        ));
    }
    Ok(())
}

/// Cancels at the period end (default) or now (optionally crediting unused time).
/// Emits `subscription.canceled` with the reason.
pub async fn cancel(
    db: &Db,
    tenant: &TenantId,
    origin: &Origin,
    id: &str,
    params: &CancelSubscriptionRequest,
    rules: Option<&PortalConfiguration>,
) -> Result<Subscription, ApiError> {
    // In the portal, the merchant's configuration decides the mode and the reasons offered.
    let portal_params;
    let params = match rules {
        Some(rules) => {
            if let Some(reason) = &params.reason
                && !rules.cancellation_reasons.iter().any(|r| r.as_str() == reason)
            {
                return Err(Invalid::new("reason", ErrorCode::ParameterInvalid, "This reason is not offered.").into());
            }
            portal_params = CancelSubscriptionRequest {
                immediately: rules.subscription_cancel_mode == CancelMode::Immediately,
                prorate: false,
                ..params.clone()
            };
            &portal_params
        }
        None => params,
    };
    let reason = params
        .reason
        .as_deref()
        .map(|reason| {
            CancellationReason::parse(reason)
                .filter(|reason| CANCELLATION_REASONS.contains(reason))
                .ok_or_else(|| {
                    let names: Vec<&str> = CANCELLATION_REASONS.iter().map(|r| r.as_str()).collect();
                    Invalid::new(
                        "reason",
                        ErrorCode::ParameterInvalid,
                        format!("reason is one of {}.", names.join(", ")),
                    )
                })
        })
        .transpose()?;
    let comment = params
        .comment
        .as_ref()
        .map(|c| c.trim().to_owned())
        .filter(|c| !c.is_empty());
    if comment.as_ref().is_some_and(|c| c.chars().count() > 5000) {
        return Err(Invalid::new(
            "comment",
            ErrorCode::ParameterInvalid,
            "comment is at most 5000 characters.",
        )
        .into());
    }
    let mut tx = db.begin().await?;
    let mut stored = stored_subscription(&mut tx, tenant, id).await?;
    ensure_live(&stored)?;
    let before = stored.subscription.clone();
    let customer = live_customer(&mut tx, tenant, before.customer.as_str()).await?;
    let at = customer_now(&mut tx, tenant, &customer).await?;
    // A paused subscription has no paid period left to run out: it ends now. A pause
    // not yet started gives way to the cancellation.
    let paused = before.status == SubscriptionStatus::Paused;
    let sub = &mut stored.subscription;
    sub.canceled_at = Some(at);
    sub.cancellation_details = Some(CancellationDetails { reason, comment });
    sub.pending_update = None;
    sub.pause = None;
    if params.immediately || paused {
        sub.status = sub.status.next(billing::SubscriptionEvent::Cancel)?;
        sub.ended_at = Some(at);
        sub.cancel_at_period_end = false;
        if params.prorate && !matches!(before.status, SubscriptionStatus::Trialing | SubscriptionStatus::Paused) {
            let (price, _) = price_with_product(db, tenant, before.price.as_str()).await?;
            let full = charge(&price, before.quantity);
            let free = billing::Charge {
                unit_amount: 0,
                ..full.clone()
            };
            let lines = billing::prorate(&full, &free, before.current_period_start, before.current_period_end, at)?;
            let credit: i64 = lines.iter().map(|l| -l.amount).sum();
            if credit > 0 {
                store::customers::set_credit_balance(&mut tx, tenant, &customer.id, customer.credit_balance + credit)
                    .await?;
            }
        }
    } else {
        sub.cancel_at_period_end = true;
    }
    store::subscriptions::save(&mut tx, tenant, &stored).await?;
    emit_change(
        &mut tx,
        tenant,
        origin,
        EventType::SubscriptionCanceled,
        &before,
        &stored.subscription,
    )
    .await?;
    origin.commit(tx, stored.subscription).await
}

/// Clears a pending cancellation. Emits `subscription.reactivated`.
pub async fn reactivate(db: &Db, tenant: &TenantId, origin: &Origin, id: &str) -> Result<Subscription, ApiError> {
    let mut tx = db.begin().await?;
    let mut stored = stored_subscription(&mut tx, tenant, id).await?;
    ensure_live(&stored)?;
    if !stored.subscription.cancel_at_period_end {
        return Err(Invalid::new(
            "",
            ErrorCode::ParameterInvalid,
            "This subscription has no pending cancellation.",
        )
        .into());
    }
    let before = stored.subscription.clone();
    stored.subscription.cancel_at_period_end = false;
    stored.subscription.canceled_at = None;
    stored.subscription.cancellation_details = None;
    store::subscriptions::save(&mut tx, tenant, &stored).await?;
    emit_change(
        &mut tx,
        tenant,
        origin,
        EventType::SubscriptionReactivated,
        &before,
        &stored.subscription,
    )
    .await?;
    origin.commit(tx, stored.subscription).await
}

/// A renewal's lines: `line`, then the discount's credit line while one is running
/// ([`billing::percent_off`] of the line).
pub fn renewal_lines(line: InvoiceLine, discount: Option<&SubscriptionDiscount>) -> Vec<InvoiceLine> {
    let credit = discount.map(|discount| {
        let off = billing::percent_off(line.amount, discount.percent_off);
        InvoiceLine {
            description: format!("{}% off: {}", discount.percent_off, line.description),
            amount: -off,
            quantity: 1,
            unit_amount: -off,
            price: None,
            proration: false,
            period_start: line.period_start,
            period_end: line.period_end,
        }
    });
    std::iter::once(line).chain(credit).collect()
}

/// One renewal used up of a running discount (it ends after its last).
pub fn use_discount_period(discount: &mut Option<SubscriptionDiscount>) {
    if let Some(running) = discount {
        running.periods_remaining -= 1;
        if running.periods_remaining <= 0 {
            *discount = None;
        }
    }
}

/// The line billing metered usage of the period `[start, end)` in arrears.
pub fn usage_line(
    price: &Price,
    product: &Product,
    usage: i64,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> InvoiceLine {
    InvoiceLine {
        description: format!(
            "{usage} × {} (usage at {} each, {} – {})",
            product.name,
            Money::new(price.unit_amount, price.currency),
            start.format("%-d %b %Y"),
            end.format("%-d %b %Y")
        ),
        // Bounded when recorded (`MAX_PERIOD_USAGE_AMOUNT`); saturating, never wrapping,
        // should the price have changed since.
        amount: price.unit_amount.saturating_mul(usage),
        quantity: usage,
        unit_amount: price.unit_amount,
        price: Some(price.id.clone()),
        proration: false,
        period_start: start,
        period_end: end,
    }
}

/// The largest amount (minor units) a period's metered usage may come to: what one
/// invoice line holds with room for the invoice's other lines.
pub const MAX_PERIOD_USAGE_AMOUNT: i64 = 1_000_000_000_000_000;

/// Records usage of a metered subscription, once per (`key`, timestamp).
pub async fn record_usage(
    db: &Db,
    tenant: &TenantId,
    id: &str,
    params: &CreateUsageRecordRequest,
    origin: &Origin,
) -> Result<UsageRecord, ApiError> {
    let key = origin.idempotency_key.as_deref().unwrap_or_default();
    let action = match params.action.as_deref() {
        None => UsageAction::default(),
        Some(action) => UsageAction::parse(action)
            .ok_or_else(|| Invalid::new("action", ErrorCode::ParameterInvalid, "action is `increment` or `set`."))?,
    };
    if !(0..=1_000_000_000).contains(&params.quantity) {
        return Err(Invalid::new(
            "quantity",
            ErrorCode::ParameterInvalid,
            "quantity is 0 to 1 000 000 000.",
        )
        .into());
    }
    let mut tx = db.begin().await?;
    let stored = stored_subscription(&mut tx, tenant, id).await?;
    ensure_live(&stored)?;
    let (price, _) = price_with_product(db, tenant, stored.subscription.price.as_str()).await?;
    if !is_metered(&price) {
        return Err(Invalid::new(
            "",
            ErrorCode::ParameterInvalid,
            "Usage can only be recorded for metered prices.",
        )
        .into());
    }
    let customer = live_customer(&mut tx, tenant, stored.subscription.customer.as_str()).await?;
    let timestamp = match params.timestamp {
        Some(t) => t,
        None => customer_now(&mut tx, tenant, &customer).await?,
    };
    let sub = &stored.subscription;
    if timestamp < sub.current_period_start || timestamp >= sub.current_period_end {
        return Err(Invalid::new(
            "timestamp",
            ErrorCode::ParameterInvalid,
            "Usage must fall in the subscription's current period.",
        )
        .into());
    }
    let (record_id, _) = store::usage::record(
        &mut tx,
        tenant,
        &sub.id,
        params.quantity,
        action,
        timestamp.timestamp(),
        key,
    )
    .await?;
    // The period's amount must stay what an invoice can hold: refused (and rolled
    // back) rather than overflowing when the period is billed.
    let total = period_usage(&mut tx, tenant, sub).await?;
    if price
        .unit_amount
        .checked_mul(total)
        .is_none_or(|amount| amount > MAX_PERIOD_USAGE_AMOUNT)
    {
        return Err(Invalid::new(
            "quantity",
            ErrorCode::ParameterInvalid,
            format!(
                "This usage would bring the period's amount over {MAX_PERIOD_USAGE_AMOUNT} (minor units), the most one invoice line can hold."
            ),
        )
        .into());
    }
    let record = UsageRecord {
        id: record_id,
        object: "usage_record".to_owned(),
        subscription: sub.id.clone(),
        quantity: params.quantity,
        action,
        timestamp,
    };
    origin.commit(tx, record).await
}

/// The usage `sub` has reported in its current period.
async fn period_usage(tx: &mut Tx, tenant: &TenantId, sub: &Subscription) -> Result<i64, sqlx::Error> {
    store::usage::total(
        &mut **tx,
        tenant,
        &sub.id,
        sub.current_period_start.timestamp(),
        sub.current_period_end.timestamp(),
    )
    .await
}

/// The current period's usage of a subscription and what it costs so far.
pub async fn usage_summary(db: &Db, tenant: &TenantId, id: &str) -> Result<UsageSummary, ApiError> {
    let mut tx = db.begin().await?;
    let stored = stored_subscription(&mut tx, tenant, id).await?;
    let sub = &stored.subscription;
    let (price, _) = price_with_product(db, tenant, sub.price.as_str()).await?;
    let total = period_usage(&mut tx, tenant, sub).await?;
    Ok(UsageSummary {
        object: "usage_summary".to_owned(),
        subscription: sub.id.clone(),
        period_start: sub.current_period_start,
        period_end: sub.current_period_end,
        total_usage: total,
        currency: price.currency,
        unit_amount: price.unit_amount,
        amount: price.unit_amount.saturating_mul(total),
    })
}
