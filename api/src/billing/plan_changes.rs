//! Changing a subscription's price or quantity: previewing a change, applying it, and
//! listing the prices a subscription may change to, each with its preview.
//!
//! All three decide through one function, [`decide`], against what [`Current`] read
//! once: so an option of [`options`] is exactly what [`preview`] answers for its price,
//! and what [`change`] then does. The rules are in `docs/billing-rules.md`.

use chrono::{DateTime, Datelike, Utc};
use paylera_shared::{
    ErrorCode,
    catalog::{Price, Product},
    customer::Customer,
    event::EventType,
    ids::TenantId,
    invoice::InvoiceLine,
    money::Money,
    subscription::{
        ChangeOption, ChangeOptions, ChangeTiming, PendingUpdate, Subscription, SubscriptionChangePreview,
        UpdateSubscriptionRequest,
    },
};

use super::{
    charge,
    collection::{self, Collect},
    customer_now, emit_change, ensure_billing, live_customer, portal_forbidden, price_with_product, quantity,
    stored_subscription,
};
use crate::{
    db::{Db, Tx},
    domain::portal::features::PortalConfiguration,
    domain::{
        Invalid,
        billing::{self, BillingReason, Change, InvoiceStatus, LineKind, ProrationLine, SubscriptionStatus},
    },
    error::ApiError,
    store::{self, events::Origin, subscriptions::Stored},
};

/// The most options [`options`] answers. Each is a full preview, and a plan picker
/// shows them all on one page; a catalogue with more alternatives than this for one
/// subscription is better served by `subscription_update_allowed_prices`.
pub const MAX_CHANGE_OPTIONS: usize = 20;

/// The most candidate prices [`options`] reads from a product family (the
/// configuration's offered prices are at most `MAX_ALLOWED_PRICES`). Deciding is done
/// in memory, so this only bounds what one call reads.
const MAX_CANDIDATES: i64 = 100;

/// What every change of one subscription is decided against, read once.
struct Current {
    subscription: Subscription,
    price: Price,
    product: Product,
    customer: Customer,
    /// The customer's now (its test clock's, or the real one).
    at: DateTime<Utc>,
    /// The tenant's `downgrade_behavior` is `at_period_end`.
    downgrades_wait: bool,
}

impl Current {
    async fn read(db: &Db, tx: &mut Tx, tenant: &TenantId, stored: &Stored) -> Result<Self, ApiError> {
        let subscription = stored.subscription.clone();
        let (price, product) = price_with_product(db, tenant, subscription.price.as_str()).await?;
        let customer = live_customer(tx, tenant, subscription.customer.as_str()).await?;
        let at = customer_now(tx, tenant, &customer).await?;
        let settings = store::billing_settings::get(tx, tenant).await?;
        Ok(Self {
            subscription,
            price,
            product,
            customer,
            at,
            downgrades_wait: settings.downgrade_behavior == "at_period_end",
        })
    }

    /// The price `params` asks for (`404` for an unknown one), or the current one.
    async fn new_price(
        &self,
        db: &Db,
        tenant: &TenantId,
        params: &UpdateSubscriptionRequest,
    ) -> Result<(Price, Product), ApiError> {
        match &params.price {
            Some(id) => price_with_product(db, tenant, id).await,
            None => Ok((self.price.clone(), self.product.clone())),
        }
    }

    /// What `plan` would invoice, with the customer's credit applied.
    fn preview(&self, plan: Plan) -> SubscriptionChangePreview {
        let amounts: Vec<i64> = plan.lines.iter().map(|l| l.amount).collect();
        let totals = billing::totals(&amounts, 0, self.customer.credit_balance);
        SubscriptionChangePreview {
            change: plan.change,
            effective: if plan.now {
                ChangeTiming::Now
            } else {
                ChangeTiming::PeriodEnd
            },
            effective_at: if plan.now {
                plan.at
            } else {
                self.subscription.current_period_end
            },
            currency: plan.price.currency,
            lines: plan.lines,
            subtotal: totals.subtotal,
            total: totals.total,
            amount_due: totals.amount_due,
        }
    }
}

/// A change worked out but not yet applied.
struct Plan {
    change: Change,
    /// Applied now (with these proration lines) or at the period end.
    now: bool,
    lines: Vec<InvoiceLine>,
    price: Price,
    quantity: i64,
    /// The period after the change (it restarts when the interval changes).
    period: (DateTime<Utc>, DateTime<Utc>),
    at: DateTime<Utc>,
}

/// The rules of changing `current` to `new` × `new_quantity` (`None`: the current
/// quantity): refused (archived, another usage type or currency, not what the portal's
/// `rules` offer) or worked out, with its proration lines.
fn decide(
    current: &Current,
    new: (&Price, &Product),
    new_quantity: Option<i64>,
    rules: Option<&PortalConfiguration>,
) -> Result<Plan, ApiError> {
    let sub = &current.subscription;
    let (old_price, old_product) = (&current.price, &current.product);
    let (new_price, new_product) = new;
    let new_quantity = quantity(new_quantity.or(Some(sub.quantity)))?;
    if new_price.id != old_price.id && (!new_price.active || !new_product.active) {
        return Err(Invalid::new(
            "price",
            ErrorCode::ResourceArchived,
            "This price is archived; choose an active one.",
        )
        .into());
    }
    if new_price.recurring.usage_type != old_price.recurring.usage_type {
        return Err(Invalid::new(
            "price",
            ErrorCode::ParameterInvalid,
            "A subscription cannot switch between licensed and metered prices; create a new subscription.",
        )
        .into());
    }
    if new_price.currency != old_price.currency {
        return Err(Invalid::new(
            "price",
            ErrorCode::ParameterInvalid,
            format!(
                "A subscription's currency cannot change ({} → {}).",
                old_price.currency, new_price.currency
            ),
        )
        .into());
    }
    let at = current.at;
    let old = charge(old_price, sub.quantity);
    let new = charge(new_price, new_quantity);
    let change = billing::classify(&old, rank(old_product), &new, rank(new_product));
    let period = (sub.current_period_start, sub.current_period_end);
    let base = Plan {
        change,
        now: true,
        lines: Vec::new(),
        price: new_price.clone(),
        quantity: new_quantity,
        period,
        at,
    };
    if let Some(rules) = rules {
        if change == Change::Downgrade && !rules.subscription_update_downgrades_enabled {
            return Err(portal_forbidden(
                "subscription_update_downgrades",
                "This portal does not offer downgrades.",
            ));
        }
        let allowed = rules.subscription_update_allowed_prices.as_ref();
        if new_price.id != old_price.id
            && allowed.is_some_and(|prices| !prices.iter().any(|p| p == new_price.id.as_str()))
        {
            return Err(portal_forbidden(
                "subscription_update_allowed_prices",
                "This portal does not offer that price.",
            ));
        }
    }
    if change == Change::NoChange {
        return Ok(base);
    }
    if sub.status == SubscriptionStatus::Trialing {
        // Nothing was charged yet: the trial simply continues on the new price.
        return Ok(base);
    }
    if change == Change::Downgrade && current.downgrades_wait {
        return Ok(Plan { now: false, ..base });
    }
    let lines = billing::prorate(&old, &new, period.0, period.1, at)?;
    let period = lines
        .iter()
        .find(|l| l.description_kind == LineKind::NewPeriod)
        .map_or(period, |l| (l.period_start, l.period_end));
    let describe = |line: &ProrationLine| {
        let (product, price) = if line.description_kind == LineKind::UnusedTime {
            (old_product, old_price)
        } else {
            (new_product, new_price)
        };
        let what = format!("{} × {}", line.quantity, product.name);
        let description = match line.description_kind {
            LineKind::UnusedTime => format!("Unused time on {what} after {}", at.format("%-d %b %Y")),
            LineKind::RemainingTime => format!("Remaining time on {what} after {}", at.format("%-d %b %Y")),
            LineKind::NewPeriod => format!(
                "{what} (at {} / {})",
                Money::new(price.unit_amount, price.currency),
                price.recurring.interval
            ),
        };
        InvoiceLine {
            description,
            amount: line.amount,
            quantity: line.quantity,
            unit_amount: line.unit_amount,
            price: Some(price.id.clone()),
            proration: line.description_kind != LineKind::NewPeriod,
            period_start: line.period_start,
            period_end: line.period_end,
        }
    };
    Ok(Plan {
        lines: lines.iter().map(describe).collect(),
        period,
        ..base
    })
}

/// A product's place in its family, for upgrade/downgrade classification.
fn rank(product: &Product) -> Option<(Option<&str>, i64)> {
    Some((product.family.as_deref(), product.rank))
}

/// What `params` would do, with the exact lines and amounts, without doing it.
pub async fn preview(
    db: &Db,
    tenant: &TenantId,
    id: &str,
    params: &UpdateSubscriptionRequest,
    rules: Option<&PortalConfiguration>,
) -> Result<SubscriptionChangePreview, ApiError> {
    let mut tx = db.begin().await?;
    let stored = stored_subscription(&mut tx, tenant, id).await?;
    ensure_billing(&stored)?;
    let current = Current::read(db, &mut tx, tenant, &stored).await?;
    drop(tx);
    let (price, product) = current.new_price(db, tenant, params).await?;
    let plan = decide(&current, (&price, &product), params.quantity, rules)?;
    Ok(current.preview(plan))
}

/// The prices subscription `id` may change to, each with its preview at `quantity`
/// (`None`: the subscription's own): the candidates (see [`candidates`]) that
/// [`decide`] accepts as a change, at most [`MAX_CHANGE_OPTIONS`]. A candidate the rules
/// refuse is left out, never an error; an ended or paused (or pausing)
/// subscription has no options.
pub async fn options(
    db: &Db,
    tenant: &TenantId,
    id: &str,
    quantity: Option<i64>,
    rules: Option<&PortalConfiguration>,
) -> Result<ChangeOptions, ApiError> {
    // A quantity out of range is the caller's mistake, not a reason to offer nothing.
    if quantity.is_some() {
        super::quantity(quantity)?;
    }
    let mut tx = db.begin().await?;
    let stored = stored_subscription(&mut tx, tenant, id).await?;
    if stored.subscription.status == SubscriptionStatus::Canceled || stored.subscription.pause.is_some() {
        return Ok(ChangeOptions { data: Vec::new() });
    }
    let current = Current::read(db, &mut tx, tenant, &stored).await?;
    drop(tx);
    let data = candidates(db, tenant, &current, rules)
        .await?
        .into_iter()
        .filter_map(|(price, product)| {
            let plan = decide(&current, (&price, &product), quantity, rules).ok()?;
            (plan.change != Change::NoChange).then(|| ChangeOption {
                preview: current.preview(plan),
                price,
                product,
            })
        })
        .take(MAX_CHANGE_OPTIONS)
        .collect();
    Ok(ChangeOptions { data })
}

/// The prices a change of `current` may go to, each with its product, not yet judged
/// by [`decide`]: the portal configuration's `subscription_update_allowed_prices` when
/// it lists them (in its order), otherwise every active price, in the subscription's
/// currency, of every active product of the current product's family (of the product
/// itself when it has none), by product rank and then in the order they were created.
/// Never the current price. Two queries, whichever rule applies.
async fn candidates(
    db: &Db,
    tenant: &TenantId,
    current: &Current,
    rules: Option<&PortalConfiguration>,
) -> Result<Vec<(Price, Product)>, ApiError> {
    let current_price = current.price.id.as_str();
    let (prices, products) = match rules.and_then(|rules| rules.subscription_update_allowed_prices.as_ref()) {
        Some(offered) => {
            let ids: Vec<&str> = offered
                .iter()
                .map(String::as_str)
                .filter(|id| *id != current_price)
                .collect();
            let mut prices = store::catalog::prices_by_id(db, tenant, &ids).await?;
            prices.sort_by_key(|price| ids.iter().position(|id| *id == price.id.as_str()));
            let product_ids: Vec<&str> = prices.iter().map(|price| price.product.as_str()).collect();
            let products = store::catalog::products_by_id(db, tenant, &product_ids).await?;
            (prices, products)
        }
        None => {
            let mut products = match &current.product.family {
                Some(family) => store::catalog::family_products(db, tenant, family, MAX_CANDIDATES).await?,
                None => vec![current.product.clone()],
            };
            products.sort_by_key(|product| product.rank);
            let product_ids: Vec<&str> = products.iter().map(|product| product.id.as_str()).collect();
            let mut prices =
                store::catalog::active_prices_of(db, tenant, &product_ids, current.price.currency, MAX_CANDIDATES)
                    .await?;
            prices.retain(|price| price.id.as_str() != current_price);
            prices.sort_by_key(|price| product_ids.iter().position(|id| *id == price.product.as_str()));
            (prices, products)
        }
    };
    Ok(prices
        .into_iter()
        .filter_map(|price| {
            let product = products.iter().find(|product| product.id == price.product)?.clone();
            Some((price, product))
        })
        .collect())
}

/// Saves a subscription whose metadata alone changed (if it did) and reports it with
/// `subscription.updated`.
async fn save_metadata(
    mut tx: Tx,
    tenant: &TenantId,
    origin: &Origin,
    before: &Subscription,
    stored: &Stored,
) -> Result<Subscription, ApiError> {
    if stored.subscription == *before {
        return Ok(before.clone());
    }
    store::subscriptions::save(&mut tx, tenant, stored).await?;
    emit_change(
        &mut tx,
        tenant,
        origin,
        EventType::SubscriptionUpdated,
        before,
        &stored.subscription,
    )
    .await?;
    origin.commit(tx, stored.subscription.clone()).await
}

/// Applies a price and/or quantity change (see `docs/billing-rules.md`), and merges
/// `metadata` (alone, it changes nothing else, whatever the subscription's state).
/// Emits `subscription.updated` with `previous_attributes`.
pub async fn change(
    db: &Db,
    tenant: &TenantId,
    origin: &Origin,
    id: &str,
    params: &UpdateSubscriptionRequest,
    rules: Option<&PortalConfiguration>,
) -> Result<Subscription, ApiError> {
    let mut tx = db.begin().await?;
    let mut stored = stored_subscription(&mut tx, tenant, id).await?;
    let before = stored.subscription.clone();
    if let Some(update) = &params.metadata {
        stored.subscription.metadata = crate::domain::metadata::merge(before.metadata.clone(), update.clone())?;
    }
    // Metadata alone: the merchant's notes change, whatever the subscription's state.
    if params.price.is_none() && params.quantity.is_none() {
        return save_metadata(tx, tenant, origin, &before, &stored).await;
    }
    ensure_billing(&stored)?;
    let current = Current::read(db, &mut tx, tenant, &stored).await?;
    let (price, product) = current.new_price(db, tenant, params).await?;
    let plan = decide(&current, (&price, &product), params.quantity, rules)?;
    if plan.change == Change::NoChange {
        return save_metadata(tx, tenant, origin, &before, &stored).await;
    }
    if plan.now {
        stored.subscription.price = plan.price.id.clone();
        stored.subscription.quantity = plan.quantity;
        stored.subscription.pending_update = None;
        if plan.period.0 != before.current_period_start {
            stored.subscription.current_period_start = plan.period.0;
            stored.subscription.current_period_end = plan.period.1;
            stored.anchor_day = plan.period.1.day();
        }
    } else {
        stored.subscription.pending_update = Some(PendingUpdate {
            price: plan.price.id.clone(),
            quantity: plan.quantity,
            effective_at: before.current_period_end,
        });
    }
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
    if !plan.lines.is_empty() {
        let mut invoice = collection::issue(
            &mut tx,
            tenant,
            origin,
            &current.customer,
            Some(&before.id),
            BillingReason::SubscriptionUpdate,
            plan.price.currency,
            plan.lines,
            plan.period,
            plan.at,
        )
        .await?;
        stored.subscription.latest_invoice = Some(invoice.invoice.id.clone());
        store::subscriptions::save(&mut tx, tenant, &stored).await?;
        if invoice.invoice.status == InvoiceStatus::Open {
            collection::collect(&mut tx, tenant, origin, &mut invoice, Collect::default(), plan.at).await?;
        }
    }
    let after = stored_subscription(&mut tx, tenant, id).await?;
    origin.commit(tx, after.subscription).await
}
