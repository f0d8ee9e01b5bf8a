//! The subscription module: what the customer pays for and the changes they may make
//! themselves, within what the merchant's configuration (`Overview::config`) allows.
//!
//! | page | what |
//! |---|---|
//! | `/subscription` | every subscription: plan, price, quantity, status, the period's end, pending changes; "Keep" for a pending cancellation, "Subscribe again" for an ended one |
//! | `/subscription/change?subscription=…` | choose a plan and quantity (a `GET` form) |
//! | `/subscription/change?subscription=…&price=…&quantity=…` | the API's exact preview of the change, then "Confirm" |
//! | `/subscription/cancel?subscription=…` | when access ends, the reason and a comment, then "Cancel" |
//!
//! The API decides everything: which plans a change may go to (the offered prices, and
//! no downgrade when the configuration hides them: an option the API refuses to
//! preview is not offered), what a change costs (`POST /v1/subscriptions/{id}/preview`,
//! shown as it is), and whether a cancellation ends now or at the period end (the
//! configuration's `subscription_cancel_mode`). Every action's server function ends a
//! deep-link flow whose task it is (`flow::complete_task`).

use chrono::{DateTime, Datelike, Utc};
use leptos::prelude::*;
use leptos::server_fn::{ServerFn, codec::GetUrl};
use leptos_router::{
    components::Form,
    hooks::{use_navigate, use_query_map},
};
use paylera_shared::money::{Currency, Money};
use paylera_shared::portal::{CancelMode, PortalConfiguration};
use paylera_shared::subscription::{CancellationReason, PlanChange, SubscriptionStatus};
use serde::{Deserialize, Serialize};

use crate::catalog;
use crate::i18n::{Arg, Key, Locale, format, t, t_args, t_with, use_locale};
use crate::idempotency::{IdempotencyField, form_key};
use crate::pages::{
    flow,
    layout::{CsrfField, ModulePage, ProblemMessage, StatusMessage, done_param},
    not_found::NotFound,
};
use crate::problem::Problem;
use crate::session::{FlowKind, Module, SignedIn, Visitor, use_visitor};

/// A calendar day (UTC), shown in the page's locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    /// The day as `locale` writes it.
    pub fn show(self, locale: Locale) -> String {
        format::date(locale, self.year, self.month, self.day)
    }
}

impl From<DateTime<Utc>> for Day {
    fn from(at: DateTime<Utc>) -> Self {
        Self {
            year: at.year(),
            month: at.month(),
            day: at.day(),
        }
    }
}

/// A price of the merchant's catalogue and the product (plan) it is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// `price_…`
    pub price: String,
    /// The product's name.
    pub name: String,
    /// Minor units per unit and period.
    pub unit_amount: i64,
    pub currency: Currency,
    /// `day`, `week`, `month` or `year`.
    pub interval: String,
    pub interval_count: i64,
    /// Whether the price can still be subscribed to.
    pub active: bool,
    /// Billed by reported usage: the quantity means nothing to change.
    pub metered: bool,
}

impl Plan {
    /// `amount` per period as `locale` says it: "$12.00 per month", "$30.00 every 3 months".
    pub fn per_period(&self, locale: Locale, amount: i64) -> String {
        use SubscriptionText as S;
        let amount = format::money(locale, Money::new(amount, self.currency));
        let key = match (self.interval.as_str(), self.interval_count) {
            ("day", 1) => S::PerDay,
            ("week", 1) => S::PerWeek,
            ("month", 1) => S::PerMonth,
            ("year", 1) => S::PerYear,
            ("day", _) => S::EveryDays,
            ("week", _) => S::EveryWeeks,
            ("year", _) => S::EveryYears,
            _ => S::EveryMonths,
        };
        // The count is a number: it picks the plural form ("každých 6 měsíců").
        let count = Arg::Number(self.interval_count);
        t_args(locale, key, &[("amount", Arg::Text(&amount)), ("count", count)])
    }

    /// The unit price per period.
    pub fn price_text(&self, locale: Locale) -> String {
        self.per_period(locale, self.unit_amount)
    }
}

/// A change the API scheduled for the end of the period (a downgrade).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingChange {
    pub plan: Plan,
    pub quantity: i64,
    pub effective: Day,
}

/// One subscription of the customer, as the pages show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionRow {
    /// `sub_…`
    pub id: String,
    pub plan: Plan,
    pub quantity: i64,
    pub status: SubscriptionStatus,
    pub period_end: Day,
    /// Ends at `period_end` instead of renewing.
    pub cancel_at_period_end: bool,
    /// When it ended (canceled subscriptions).
    pub ended: Option<Day>,
    pub pending: Option<PendingChange>,
}

impl SubscriptionRow {
    /// Whether the subscription is still running (it may still be changed or canceled).
    pub fn live(&self) -> bool {
        self.status != SubscriptionStatus::Canceled
    }

    /// The status as the customer reads it.
    pub fn status_text(&self, locale: Locale) -> &'static str {
        use SubscriptionText as S;
        t(
            locale,
            match self.status {
                SubscriptionStatus::Trialing => S::StatusTrialing,
                SubscriptionStatus::Active => S::StatusActive,
                SubscriptionStatus::PastDue => S::StatusPastDue,
                SubscriptionStatus::Unpaid => S::StatusUnpaid,
                SubscriptionStatus::Canceled => S::StatusCanceled,
            },
        )
    }
}

/// A plan the customer may change to, and how the API classifies the move.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanOption {
    pub plan: Plan,
    /// How the API classifies the move (never `no_change`: that is no option).
    pub change: PlanChange,
}

/// What the change page offers for one subscription.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanChoice {
    pub subscription: SubscriptionRow,
    /// The other plans the API accepts for this subscription.
    pub options: Vec<PlanOption>,
}

/// What a line of a change's invoice is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineKind {
    /// A credit for the rest of the period on the old plan.
    Unused,
    /// The rest of the period on the new plan.
    Remaining,
    /// A whole new period (the billing interval changed).
    NewPeriod,
}

/// One line of a change's preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewLine {
    pub kind: LineKind,
    pub plan: String,
    pub quantity: i64,
    /// Signed minor units (credits are negative).
    pub amount: i64,
    pub period_end: Day,
}

/// The API's preview of a change, exactly as it would invoice it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangePreview {
    pub subscription: SubscriptionRow,
    pub plan: Plan,
    pub quantity: i64,
    pub change: PlanChange,
    /// Invoiced now (`false`: scheduled for the period end, nothing invoiced).
    pub now: bool,
    pub effective: Day,
    pub lines: Vec<PreviewLine>,
    pub currency: Currency,
    pub total: i64,
    /// What is charged now.
    pub amount_due: i64,
    /// The customer's credit used for this invoice.
    pub credit_applied: i64,
    /// A negative total goes to the customer's credit balance.
    pub credit_added: i64,
    /// When the subscription renews next after the change.
    pub next_renewal: Day,
}

/// What an action did, for the page to say so (`?done=<code>` without JavaScript).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// The action is done; the code of its message ([`done_text`]).
    Done(String),
    /// The action was a deep-link flow's task: the flow sends the browser on.
    FlowFinished,
}

/// The message of a `done` code.
pub fn done_text(code: &str) -> Option<SubscriptionText> {
    use SubscriptionText as S;
    Some(match code {
        "changed" => S::DoneChanged,
        "scheduled" => S::DoneScheduled,
        "canceled" => S::DoneCanceled,
        "reactivated" => S::DoneReactivated,
        "resubscribed" => S::DoneResubscribed,
        _ => return None,
    })
}

/// The label of a cancellation reason a customer may choose; `None` for the one only
/// dunning sets (`payment_failed`), which is never offered.
pub fn reason_text(reason: CancellationReason) -> Option<SubscriptionText> {
    use CancellationReason as R;
    use SubscriptionText as S;
    Some(match reason {
        R::TooExpensive => S::ReasonTooExpensive,
        R::MissingFeatures => S::ReasonMissingFeatures,
        R::SwitchedService => S::ReasonSwitchedService,
        R::Unused => S::ReasonUnused,
        R::CustomerService => S::ReasonCustomerService,
        R::TooComplex => S::ReasonTooComplex,
        R::LowQuality => S::ReasonLowQuality,
        R::Other => S::ReasonOther,
        R::PaymentFailed => return None,
    })
}

// ---------------------------------------------------------------------------------------
// Server side: the API calls behind the server functions.
// ---------------------------------------------------------------------------------------

#[cfg(feature = "ssr")]
mod api {
    //! The API calls of the subscription pages, for the signed-in customer.

    use std::collections::HashMap;

    use paylera_shared::{
        catalog::{PriceFilter, ProductFilter},
        client::ApiClient,
        ids::{PriceId, ProductId, SubscriptionId},
        list::ListParams,
        subscription::{Subscription, SubscriptionChangePreview, SubscriptionFilter},
    };

    use super::{Day, LineKind, PendingChange, Plan, PreviewLine, SubscriptionRow};
    use crate::problem::{Problem, codes};
    use crate::server::actions;
    use paylera_shared::portal::PortalConfiguration;

    /// The most plans a change page offers (each is previewed by the API).
    pub const MAX_OPTIONS: usize = 20;

    /// Prices looked up once per request.
    pub struct Plans<'a> {
        api: &'a ApiClient,
        known: HashMap<String, (Plan, Option<String>)>,
    }

    impl<'a> Plans<'a> {
        pub fn new(api: &'a ApiClient) -> Self {
            Self {
                api,
                known: HashMap::new(),
            }
        }

        /// The plan of `price`, and its product's family.
        pub async fn get(&mut self, price: &str) -> Result<(Plan, Option<String>), Problem> {
            if let Some(known) = self.known.get(price) {
                return Ok(known.clone());
            }
            let id: PriceId = price
                .parse()
                .map_err(|_| Problem::api(paylera_shared::ErrorCode::ResourceMissing))?;
            let price = self.api.retrieve_price(&id).await.map_err(actions::problem)?;
            let product = self
                .api
                .retrieve_product(&price.product)
                .await
                .map_err(actions::problem)?;
            let plan = Plan {
                price: price.id.to_string(),
                name: product.name,
                unit_amount: price.unit_amount,
                currency: price.currency,
                interval: price.recurring.interval,
                interval_count: price.recurring.interval_count,
                active: price.active && product.active,
                metered: price.recurring.usage_type == "metered",
            };
            let entry = (plan, product.family);
            self.known.insert(entry.0.price.clone(), entry.clone());
            Ok(entry)
        }

        /// A subscription as the pages show it.
        pub async fn row(&mut self, sub: Subscription) -> Result<SubscriptionRow, Problem> {
            let (plan, _) = self.get(sub.price.as_str()).await?;
            let pending = match sub.pending_update {
                Some(update) => Some(PendingChange {
                    plan: self.get(update.price.as_str()).await?.0,
                    quantity: update.quantity,
                    effective: update.effective_at.into(),
                }),
                None => None,
            };
            Ok(SubscriptionRow {
                id: sub.id.to_string(),
                plan,
                quantity: sub.quantity,
                status: sub.status,
                period_end: sub.current_period_end.into(),
                cancel_at_period_end: sub.cancel_at_period_end,
                ended: sub.ended_at.map(Day::from),
                pending,
            })
        }

        /// The prices a change of `current` (a price of a product of `family`) may go
        /// to: the configuration's offered prices, or every active price of the family
        /// (of the product itself without a family), in the subscription's currency.
        pub async fn candidates(
            &mut self,
            config: &PortalConfiguration,
            current: &Plan,
            family: Option<String>,
        ) -> Result<Vec<String>, Problem> {
            if let Some(offered) = &config.subscription_update_allowed_prices {
                return Ok(offered.iter().filter(|p| **p != current.price).cloned().collect());
            }
            let products: Vec<ProductId> = match family {
                Some(family) => {
                    let filter = ProductFilter {
                        active: Some(true),
                        family: Some(family),
                    };
                    let list = self
                        .api
                        .list_products(&filter, &ListParams::limit(100))
                        .await
                        .map_err(actions::problem)?;
                    list.data.into_iter().map(|product| product.id).collect()
                }
                None => {
                    let id: PriceId = current
                        .price
                        .parse()
                        .map_err(|_| Problem::api(paylera_shared::ErrorCode::ResourceMissing))?;
                    vec![self.api.retrieve_price(&id).await.map_err(actions::problem)?.product]
                }
            };
            let mut prices = Vec::new();
            for product in products {
                let filter = PriceFilter {
                    product: Some(product.to_string()),
                    active: Some(true),
                    currency: Some(current.currency.code().to_owned()),
                };
                let list = self
                    .api
                    .list_prices(&filter, &ListParams::limit(100))
                    .await
                    .map_err(actions::problem)?;
                prices.extend(
                    list.data
                        .into_iter()
                        .map(|price| price.id.to_string())
                        .filter(|price| *price != current.price),
                );
            }
            Ok(prices)
        }

        /// The preview's lines, named after the plans they are for. The API lists the
        /// credit for the unused time first, then the new plan's charge
        /// (`docs/billing-rules.md`, Proration).
        pub async fn lines(
            &mut self,
            preview: &SubscriptionChangePreview,
            old: &Plan,
            new: &Plan,
        ) -> Result<Vec<PreviewLine>, Problem> {
            let mut lines = Vec::new();
            for (index, line) in preview.lines.iter().enumerate() {
                let kind = match (line.proration, index) {
                    (false, _) => LineKind::NewPeriod,
                    (true, 0) => LineKind::Unused,
                    (true, _) => LineKind::Remaining,
                };
                let plan = match (&line.price, kind) {
                    (_, LineKind::Unused) => old.name.clone(),
                    (Some(price), _) if price.as_str() != new.price => self.get(price.as_str()).await?.0.name,
                    _ => new.name.clone(),
                };
                lines.push(PreviewLine {
                    kind,
                    plan,
                    quantity: line.quantity,
                    amount: line.amount,
                    period_end: line.period_end.into(),
                });
            }
            Ok(lines)
        }
    }

    /// The session's configuration, as the API holds it (never the browser's word).
    pub async fn config(api: &ApiClient) -> Result<PortalConfiguration, Problem> {
        let session = api.current_portal_session().await.map_err(actions::problem)?;
        Ok(session.configuration.settings)
    }

    /// A subscription id from a form or a query.
    pub fn subscription_id(value: &str) -> Result<SubscriptionId, Problem> {
        value
            .trim()
            .parse()
            .map_err(|_| Problem::api(paylera_shared::ErrorCode::ResourceMissing).about("subscription"))
    }

    /// The subscription a page asks for: `value`, or, when the page was opened without
    /// one (`/subscription/change`), the customer's newest running subscription.
    pub async fn requested(customer: &actions::Customer, value: &str) -> Result<Subscription, Problem> {
        if !value.trim().is_empty() {
            let id = subscription_id(value)?;
            return customer.api.retrieve_subscription(&id).await.map_err(actions::problem);
        }
        let filter = SubscriptionFilter {
            customer: Some(customer.id.to_string()),
            status: None,
        };
        let list = customer
            .api
            .list_subscriptions(&filter, &ListParams::limit(100))
            .await
            .map_err(actions::problem)?;
        list.data
            .into_iter()
            .find(|subscription| subscription.status != super::SubscriptionStatus::Canceled)
            .ok_or_else(|| Problem::api(paylera_shared::ErrorCode::ResourceMissing).about("subscription"))
    }

    /// A quantity typed by the customer: empty is "unchanged", otherwise 1 or more.
    pub fn quantity(value: &str) -> Result<Option<i64>, Problem> {
        let value = value.trim();
        if value.is_empty() {
            return Ok(None);
        }
        match value.parse::<i64>() {
            Ok(quantity) if quantity >= 1 => Ok(Some(quantity)),
            _ => Err(Problem::new(codes::INVALID_INPUT).about("quantity")),
        }
    }
}

/// The customer's subscriptions, newest first.
#[server(endpoint = "subscriptions", prefix = "/api", input = GetUrl)]
pub async fn load_subscriptions() -> Result<Vec<SubscriptionRow>, Problem> {
    use paylera_shared::{list::ListParams, subscription::SubscriptionFilter};
    let customer = crate::server::actions::customer().await?;
    let filter = SubscriptionFilter {
        customer: Some(customer.id.to_string()),
        status: None,
    };
    let list = customer
        .api
        .list_subscriptions(&filter, &ListParams::limit(100))
        .await
        .map_err(crate::server::actions::problem)?;
    let mut plans = api::Plans::new(&customer.api);
    let mut rows = Vec::with_capacity(list.data.len());
    for subscription in list.data {
        rows.push(plans.row(subscription).await?);
    }
    Ok(rows)
}

/// One subscription of the customer.
#[server(endpoint = "subscription", prefix = "/api", input = GetUrl)]
pub async fn load_subscription(subscription: String) -> Result<SubscriptionRow, Problem> {
    let customer = crate::server::actions::customer().await?;
    let found = api::requested(&customer, &subscription).await?;
    api::Plans::new(&customer.api).row(found).await
}

/// The plans `subscription` may change to: the candidates the configuration names,
/// each previewed by the API, which refuses what the configuration forbids (hidden
/// downgrades, prices not offered) — those are not offered.
#[server(endpoint = "plan_options", prefix = "/api", input = GetUrl)]
pub async fn load_plan_options(subscription: String) -> Result<PlanChoice, Problem> {
    use paylera_shared::subscription::UpdateSubscriptionRequest;
    let customer = crate::server::actions::customer().await?;
    let config = api::config(&customer.api).await?;
    if !config.subscription_update_enabled {
        return Err(Problem::new(crate::problem::codes::MODULE_DISABLED));
    }
    let found = api::requested(&customer, &subscription).await?;
    let id = found.id.clone();
    let mut plans = api::Plans::new(&customer.api);
    let (_, family) = plans.get(found.price.as_str()).await?;
    let row = plans.row(found).await?;
    let mut options = Vec::new();
    for price in plans.candidates(&config, &row.plan, family).await? {
        if options.len() == api::MAX_OPTIONS {
            break;
        }
        let request = UpdateSubscriptionRequest {
            price: Some(price.clone()),
            quantity: None,
        };
        // A candidate the API will not preview (forbidden, archived, another currency or
        // usage type) is not an option.
        let Ok(preview) = customer.api.preview_subscription_change(&id, &request).await else {
            continue;
        };
        let Ok((plan, _)) = plans.get(&price).await else {
            continue;
        };
        if preview.change != PlanChange::NoChange && plan.active {
            options.push(PlanOption {
                plan,
                change: preview.change,
            });
        }
    }
    Ok(PlanChoice {
        subscription: row,
        options,
    })
}

/// What changing `subscription` to `price` (empty: the same) and `quantity` (empty:
/// the same) would invoice, from the API's preview.
#[server(endpoint = "subscription_preview", prefix = "/api", input = GetUrl)]
pub async fn preview_change(subscription: String, price: String, quantity: String) -> Result<ChangePreview, Problem> {
    use paylera_shared::subscription::UpdateSubscriptionRequest;
    let customer = crate::server::actions::customer().await?;
    let quantity = api::quantity(&quantity)?;
    let price = Some(price.trim().to_owned()).filter(|p| !p.is_empty());
    let found = api::requested(&customer, &subscription).await?;
    let id = found.id.clone();
    let request = UpdateSubscriptionRequest {
        price: price.clone(),
        quantity,
    };
    let preview = customer
        .api
        .preview_subscription_change(&id, &request)
        .await
        .map_err(crate::server::actions::problem)?;
    let mut plans = api::Plans::new(&customer.api);
    let current = plans.row(found).await?;
    let plan = match &price {
        Some(price) => plans.get(price).await?.0,
        None => current.plan.clone(),
    };
    let lines = plans.lines(&preview, &current.plan, &plan).await?;
    let next_renewal = lines
        .iter()
        .filter(|line| line.kind == LineKind::NewPeriod)
        .map(|line| line.period_end)
        .next()
        .unwrap_or(current.period_end);
    let quantity = quantity.unwrap_or(current.quantity);
    Ok(ChangePreview {
        plan,
        quantity,
        change: preview.change,
        now: preview.effective == paylera_shared::subscription::ChangeTiming::Now,
        effective: preview.effective_at.into(),
        lines,
        currency: preview.currency,
        total: preview.total,
        amount_due: preview.amount_due,
        credit_applied: preview.total.max(0) - preview.amount_due,
        credit_added: (-preview.total).max(0),
        next_renewal,
        subscription: current,
    })
}

/// Changes `subscription` to `price` (empty: the same) and `quantity` (empty: the same),
/// as previewed.
#[server(endpoint = "change_subscription", prefix = "/api")]
pub async fn change_subscription(
    csrf: String,
    subscription: String,
    price: String,
    quantity: String,
    idempotency_key: Option<String>,
) -> Result<Outcome, Problem> {
    use paylera_shared::subscription::UpdateSubscriptionRequest;
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    let id = api::subscription_id(&subscription)?;
    let request = UpdateSubscriptionRequest {
        price: Some(price.trim().to_owned()).filter(|p| !p.is_empty()),
        quantity: api::quantity(&quantity)?,
    };
    let changed = customer
        .api
        // The form's own random key: a double submit changes (and charges) once.
        .update_subscription(
            &id,
            &request,
            Some(&crate::idempotency::or_fresh(idempotency_key.as_deref())),
        )
        .await
        .map_err(crate::server::actions::problem)?;
    let code = if changed.pending_update.is_some() {
        "scheduled"
    } else {
        "changed"
    };
    // Serves both update flows: choosing a plan, and confirming the merchant's one.
    finish(FlowKind::SubscriptionUpdate, code).await
}

/// Cancels `subscription` as the configuration says (at the period end or now), with
/// the customer's reason (one the configuration offers) and comment.
#[server(endpoint = "cancel_subscription", prefix = "/api")]
pub async fn cancel_subscription(
    csrf: String,
    subscription: String,
    reason: Option<String>,
    comment: Option<String>,
    idempotency_key: Option<String>,
) -> Result<Outcome, Problem> {
    use paylera_shared::subscription::CancelSubscriptionRequest;
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    let id = api::subscription_id(&subscription)?;
    let reason = reason.filter(|r| !r.trim().is_empty());
    let comment = comment.filter(|c| !c.trim().is_empty());
    let echo = |problem: Problem| {
        problem.with_form([
            ("reason", reason.as_deref().unwrap_or_default()),
            ("comment", comment.as_deref().unwrap_or_default()),
        ])
    };
    // The API applies the configuration's mode to a portal caller whatever is asked.
    let request = CancelSubscriptionRequest {
        immediately: false,
        prorate: false,
        reason: reason.clone(),
        comment: comment.clone(),
    };
    customer
        .api
        // The form's own random key: a double submit cancels once.
        .cancel_subscription(
            &id,
            &request,
            Some(&crate::idempotency::or_fresh(idempotency_key.as_deref())),
        )
        .await
        .map_err(|err| echo(crate::server::actions::problem(err)))?;
    finish(FlowKind::SubscriptionCancel, "canceled").await
}

/// Undoes the pending cancellation of `subscription`.
#[server(endpoint = "reactivate_subscription", prefix = "/api")]
pub async fn reactivate_subscription(
    csrf: String,
    subscription: String,
    idempotency_key: Option<String>,
) -> Result<Outcome, Problem> {
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    let id = api::subscription_id(&subscription)?;
    customer
        .api
        .reactivate_subscription(&id, Some(&crate::idempotency::or_fresh(idempotency_key.as_deref())))
        .await
        .map_err(crate::server::actions::problem)?;
    crate::server::actions::after_form_post("/subscription?done=reactivated");
    Ok(Outcome::Done("reactivated".to_owned()))
}

/// Subscribes the customer again to the plan and quantity of the ended `subscription`.
///
/// The idempotency key is the form's own, random, made when the form was rendered
/// (`idempotency`): a form sent twice subscribes once, and nobody can work the key
/// out from the subscription.
#[server(endpoint = "resubscribe", prefix = "/api")]
pub async fn resubscribe(
    csrf: String,
    subscription: String,
    idempotency_key: Option<String>,
) -> Result<Outcome, Problem> {
    use paylera_shared::subscription::CreateSubscriptionRequest;
    let _ = csrf; // checked by the `/api` CSRF layer before this runs
    let customer = crate::server::actions::customer().await?;
    let config = api::config(&customer.api).await?;
    let id = api::subscription_id(&subscription)?;
    let ended = customer
        .api
        .retrieve_subscription(&id)
        .await
        .map_err(crate::server::actions::problem)?;
    let offered = config
        .subscription_update_allowed_prices
        .as_ref()
        .is_none_or(|prices| prices.iter().any(|p| p == ended.price.as_str()));
    if ended.status != SubscriptionStatus::Canceled || !config.subscription_update_enabled || !offered {
        return Err(Problem::new(crate::problem::codes::MODULE_DISABLED));
    }
    let request = CreateSubscriptionRequest {
        customer: customer.id.to_string(),
        price: ended.price.to_string(),
        quantity: Some(ended.quantity),
        trial_period_days: None,
    };
    let key = crate::idempotency::or_fresh(idempotency_key.as_deref());
    customer
        .api
        .create_subscription(&request, Some(&key))
        .await
        .map_err(crate::server::actions::problem)?;
    crate::server::actions::after_form_post("/subscription?done=resubscribed");
    Ok(Outcome::Done("resubscribed".to_owned()))
}

/// The end of a change or a cancellation: the deep-link flow whose task it was goes on
/// (see `flow`), otherwise the subscription page says what happened.
#[cfg(feature = "ssr")]
async fn finish(kind: FlowKind, code: &str) -> Result<Outcome, Problem> {
    if flow::complete_task(kind).await? {
        return Ok(Outcome::FlowFinished);
    }
    crate::server::actions::after_form_post(&format!("/subscription?done={code}"));
    Ok(Outcome::Done(code.to_owned()))
}

/// Whether the configuration lets the customer subscribe again to `row`, ended.
fn can_resubscribe(config: &PortalConfiguration, row: &SubscriptionRow) -> bool {
    !row.live()
        && row.plan.active
        && config.subscription_update_enabled
        && config
            .subscription_update_allowed_prices
            .as_ref()
            .is_none_or(|prices| prices.contains(&row.plan.price))
}

// ---------------------------------------------------------------------------------------
// Pages.
// ---------------------------------------------------------------------------------------

/// The configuration of the signed-in customer's session (nothing enabled when the
/// session could not be read).
fn config_of(signed_in: &SignedIn) -> PortalConfiguration {
    signed_in
        .overview
        .as_ref()
        .map_or_else(PortalConfiguration::closed, |overview| overview.config.settings.clone())
}

/// The subscription a page is about, for a resource created before the visitor is
/// known: the flow's while a subscription flow is pending, otherwise `asked` (the
/// query's `subscription`).
async fn subscription_of(visitor: Resource<Result<Visitor, Problem>>, asked: Option<String>) -> String {
    signed_in_of(visitor.await)
        .as_ref()
        .and_then(flow::flow_subscription)
        .or(asked)
        .unwrap_or_default()
}

/// The signed-in customer, if the visitor is one.
fn signed_in_of(visitor: Result<Visitor, Problem>) -> Option<SignedIn> {
    match visitor {
        Ok(Visitor::SignedIn(signed_in)) => Some(*signed_in),
        _ => None,
    }
}

/// After an action succeeded in the hydrated page: the subscription page with its
/// message, as a form posted without JavaScript lands there (a deep-link flow's end is
/// a full page load instead, see `flow`).
fn show_outcome_on_subscription_page<I>(action: ServerAction<I>)
where
    I: ServerFn<Output = Outcome> + Clone + Send + Sync + 'static,
    I::Error: Clone + Send + Sync + 'static,
{
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(Outcome::Done(code))) = action.value().get() {
            navigate(&format!("/subscription?done={code}"), Default::default());
        }
    });
}

/// `/subscription`: every subscription of the customer.
#[component]
pub fn SubscriptionPage() -> AnyView {
    // Resources outside `ModulePage`'s body, which runs more than once (see its docs).
    let reactivate = ServerAction::<ReactivateSubscription>::new();
    let resubscribe = ServerAction::<Resubscribe>::new();
    let rows = Resource::new(
        move || (reactivate.version().get(), resubscribe.version().get()),
        |_| load_subscriptions(),
    );
    view! {
        <ModulePage module=Module::Subscription let:signed_in>
            <Subscriptions signed_in reactivate resubscribe rows/>
        </ModulePage>
    }
    .into_any()
}

#[component]
fn Subscriptions(
    signed_in: SignedIn,
    reactivate: ServerAction<ReactivateSubscription>,
    resubscribe: ServerAction<Resubscribe>,
    rows: Resource<Result<Vec<SubscriptionRow>, Problem>>,
) -> AnyView {
    let locale = use_locale();
    let config = config_of(&signed_in);
    let csrf = signed_in.csrf_token;
    let done = done_param();
    let results = move || [reactivate.value().get(), resubscribe.value().get()];
    let status = Signal::derive(move || {
        results()
            .into_iter()
            .flatten()
            .find_map(|result| match result {
                Ok(Outcome::Done(code)) => Some(code),
                _ => None,
            })
            .or_else(|| done.get())
            .and_then(|code| done_text(&code))
            .map(|text| t(locale, text).to_owned())
    });
    let problem = Signal::derive(move || results().into_iter().flatten().find_map(Result::err));

    view! {
        <h1>{t(locale, Key::ModuleSubscriptionTitle)}</h1>
        <StatusMessage text=status/>
        <ProblemMessage problem/>
        <Transition fallback=|| ()>
            {move || {
                let config = config.clone();
                let csrf = csrf.clone();
                rows.get()
                    .map(move |result| match result {
                        Ok(rows) => view! { <SubscriptionList rows config csrf reactivate resubscribe/> }.into_any(),
                        Err(problem) => {
                            view! { <p class="message message--error" role="alert">{problem.message(locale)}</p> }
                                .into_any()
                        }
                    })
            }}
        </Transition>
    }
    .into_any()
}

#[component]
fn SubscriptionList(
    rows: Vec<SubscriptionRow>,
    config: PortalConfiguration,
    csrf: String,
    reactivate: ServerAction<ReactivateSubscription>,
    resubscribe: ServerAction<Resubscribe>,
) -> AnyView {
    let locale = use_locale();
    let (live, ended): (Vec<_>, Vec<_>) = rows.into_iter().partition(SubscriptionRow::live);
    // Only the most recent ended ones: the customer needs them to subscribe again.
    let ended: Vec<_> = ended.into_iter().take(5).collect();
    let empty = live.is_empty();
    let live_view = live
        .into_iter()
        .map(|row| {
            view! { <SubscriptionCard row config=config.clone() csrf=csrf.clone() reactivate/> }
        })
        .collect_view();
    let ended_view = (!ended.is_empty()).then(|| {
        let items = ended
            .into_iter()
            .map(|row| {
                let allowed = can_resubscribe(&config, &row);
                view! { <EndedItem row allowed csrf=csrf.clone() resubscribe/> }
            })
            .collect_view();
        view! {
            <section class="card" aria-labelledby="ended-subscriptions">
                <h2 id="ended-subscriptions">{t(locale, SubscriptionText::EndedHeading)}</h2>
                <ul class="ended-subscriptions">{items}</ul>
            </section>
        }
    });
    view! {
        {empty
            .then(|| {
                view! {
                    <p class="card subscription-empty" data-empty="true">
                        {t(locale, SubscriptionText::NoSubscription)}
                    </p>
                }
            })}
        {live_view}
        {ended_view}
    }
    .into_any()
}

/// One running subscription, with what the configuration lets the customer do to it.
#[component]
fn SubscriptionCard(
    row: SubscriptionRow,
    config: PortalConfiguration,
    csrf: String,
    reactivate: ServerAction<ReactivateSubscription>,
) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let heading = format!("subscription-{}", row.id);
    let labelled_by = heading.clone();
    let id = row.id.clone();
    let plan = row.plan.name.clone();
    let period_end = row.period_end.show(locale);
    let (date_label, pending_cancel) = if row.cancel_at_period_end {
        (
            S::EndsOn,
            Some(t_with(locale, S::PendingCancel, &[("date", &period_end)])),
        )
    } else {
        (S::RenewsOn, None)
    };
    let pending_change = row.pending.as_ref().map(|pending| {
        t_with(
            locale,
            S::PendingDowngrade,
            &[
                ("plan", &pending.plan.name),
                ("quantity", &format::number(locale, pending.quantity)),
                ("date", &pending.effective.show(locale)),
            ],
        )
    });
    let has_pending = pending_cancel.is_some() || pending_change.is_some();
    let change_href = format!("/subscription/change?subscription={}", row.id);
    let cancel_href = format!("/subscription/cancel?subscription={}", row.id);
    let can_change = config.subscription_update_enabled;
    let can_cancel = config.subscription_cancel_enabled && !row.cancel_at_period_end;
    let can_reactivate = config.subscription_cancel_enabled && row.cancel_at_period_end;
    view! {
        <section
            class="card subscription"
            aria-labelledby=labelled_by
            data-subscription=id
            data-status=row.status.as_str()
        >
            <h2 id=heading>{plan.clone()}</h2>
            <dl class="facts">
                <div>
                    <dt>{t(locale, S::PriceLabel)}</dt>
                    <dd>{row.plan.price_text(locale)}</dd>
                </div>
                {(!row.plan.metered)
                    .then(|| {
                        view! {
                            <div>
                                <dt>{t(locale, S::QuantityLabel)}</dt>
                                <dd data-quantity=row.quantity>{format::number(locale, row.quantity)}</dd>
                            </div>
                        }
                    })}
                <div>
                    <dt>{t(locale, S::StatusLabel)}</dt>
                    <dd>{row.status_text(locale)}</dd>
                </div>
                <div>
                    <dt>{t(locale, date_label)}</dt>
                    <dd>{period_end}</dd>
                </div>
                {has_pending
                    .then(|| {
                        view! {
                            <div>
                                <dt>{t(locale, S::PendingLabel)}</dt>
                                <dd>
                                    <ul class="pending-changes">
                                        {pending_cancel.map(|text| view! { <li data-pending="cancel">{text}</li> })}
                                        {pending_change.map(|text| view! { <li data-pending="change">{text}</li> })}
                                    </ul>
                                </dd>
                            </div>
                        }
                    })}
            </dl>
            <div class="actions">
                {can_change
                    .then(|| {
                        view! {
                            <a class="button button--secondary" href=change_href>
                                {t_with(locale, S::ChangeLink, &[("plan", &plan)])}
                            </a>
                        }
                    })}
                {can_cancel
                    .then(|| {
                        view! {
                            <a class="button button--secondary" href=cancel_href>
                                {t_with(locale, S::CancelPlan, &[("plan", &plan)])}
                            </a>
                        }
                    })}
                {can_reactivate
                    .then(|| {
                        view! {
                            <ActionForm action=reactivate>
                                <CsrfField token=csrf.clone()/>
                                <IdempotencyField key=form_key(reactivate)/>
                                <input type="hidden" name="subscription" value=row.id.clone()/>
                                <button type="submit" class="button">
                                    {t_with(locale, S::ReactivatePlan, &[("plan", &plan)])}
                                </button>
                            </ActionForm>
                        }
                    })}
            </div>
        </section>
    }
    .into_any()
}

/// An ended subscription, with "Subscribe again" when the configuration allows it.
#[component]
fn EndedItem(row: SubscriptionRow, allowed: bool, csrf: String, resubscribe: ServerAction<Resubscribe>) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let plan = row.plan.name.clone();
    let ended = row.ended.unwrap_or(row.period_end).show(locale);
    let id = row.id.clone();
    let key = form_key(resubscribe);
    view! {
        <li class="ended-subscription" data-subscription=id>
            <p>
                <strong>{plan.clone()}</strong>
                " · "
                {row.plan.price_text(locale)}
                " · "
                {t(locale, S::EndedOn)}
                " "
                {ended}
            </p>
            {allowed
                .then(|| {
                    view! {
                        <ActionForm action=resubscribe>
                            <CsrfField token=csrf.clone()/>
                            <IdempotencyField key/>
                            <input type="hidden" name="subscription" value=row.id.clone()/>
                            <button type="submit" class="button">
                                {t_with(locale, S::ResubscribePlan, &[("plan", &plan)])}
                            </button>
                        </ActionForm>
                    }
                })}
        </li>
    }
    .into_any()
}

/// `/subscription/change`: choose a plan and quantity, then review the API's preview and
/// confirm. A `subscription_update_confirm` flow opens directly on the review of the
/// merchant's plan.
#[component]
pub fn ChangePlanPage() -> AnyView {
    // Resources outside `ModulePage`'s body, which runs more than once (see its docs).
    // Each resource works out the step once the visitor is known (`change_step`) and
    // asks the API only on its own step.
    let visitor = use_visitor();
    let query = use_query_map();
    let asked = move || {
        let query = query.read();
        (query.get("subscription"), query.get("price"), query.get("quantity"))
    };
    let choice = Resource::new(asked, move |asked| async move {
        match change_step(signed_in_of(visitor.await).as_ref(), asked) {
            (subscription, None) => load_plan_options(subscription).await.map(Some),
            _ => Ok(None),
        }
    });
    let preview = Resource::new(asked, move |asked| async move {
        match change_step(signed_in_of(visitor.await).as_ref(), asked) {
            (subscription, Some((price, quantity))) => preview_change(subscription, price, quantity).await.map(Some),
            _ => Ok(None),
        }
    });
    view! {
        <ModulePage module=Module::Subscription let:signed_in>
            <ChangePlan signed_in choice preview/>
        </ModulePage>
    }
    .into_any()
}

#[component]
fn ChangePlan(
    signed_in: SignedIn,
    choice: Resource<Result<Option<PlanChoice>, Problem>>,
    preview: Resource<Result<Option<ChangePreview>, Problem>>,
) -> AnyView {
    let locale = use_locale();
    if !config_of(&signed_in).subscription_update_enabled {
        return view! { <NotFound/> }.into_any();
    }
    let confirming = confirm_flow(&signed_in).is_some();
    let query = use_query_map();
    let csrf = signed_in.csrf_token.clone();
    let signed_in = StoredValue::new(signed_in);
    // Choosing or reviewing (the resources follow the same `change_step`).
    let reviewing = Memo::new(move |_| {
        let query = query.read();
        let asked = (query.get("subscription"), query.get("price"), query.get("quantity"));
        signed_in.with_value(|signed_in| change_step(Some(signed_in), asked).1.is_some())
    });
    view! {
        <h1>{t(locale, SubscriptionText::ChangeHeading)}</h1>
        {move || {
            if reviewing.get() {
                view! { <ReviewChange preview csrf=csrf.clone() confirming/> }.into_any()
            } else {
                view! { <ChoosePlan choice/> }.into_any()
            }
        }}
    }
    .into_any()
}

/// The plan and quantity of a pending `subscription_update_confirm` flow.
fn confirm_flow(signed_in: &SignedIn) -> Option<(String, String)> {
    flow::pending_flow(signed_in)
        .filter(|flow| flow.kind == FlowKind::SubscriptionUpdateConfirm)
        .map(|flow| {
            (
                flow.price.clone().unwrap_or_default(),
                flow.quantity.map(|q| q.to_string()).unwrap_or_default(),
            )
        })
}

/// What the change page shows for the customer and the query's `(subscription, price,
/// quantity)`: the subscription (a flow's, else the query's), and the plan and quantity
/// to review — a confirm flow's, else the query's when it names either — or `None` to
/// choose one.
fn change_step(
    signed_in: Option<&SignedIn>,
    (subscription, price, quantity): (Option<String>, Option<String>, Option<String>),
) -> (String, Option<(String, String)>) {
    let subscription = signed_in
        .and_then(flow::flow_subscription)
        .or(subscription)
        .unwrap_or_default();
    let review = signed_in.and_then(confirm_flow).or_else(|| {
        (price.is_some() || quantity.is_some()).then(|| (price.unwrap_or_default(), quantity.unwrap_or_default()))
    });
    (subscription, review)
}

/// The plans and the quantity: a `GET` form to the review.
#[component]
fn ChoosePlan(choice: Resource<Result<Option<PlanChoice>, Problem>>) -> AnyView {
    let locale = use_locale();
    view! {
        <Transition fallback=|| ()>
            {move || {
                choice
                    .get()
                    .map(|result| match result {
                        Ok(Some(choice)) => view! { <PlanForm choice/> }.into_any(),
                        Ok(None) => ().into_any(),
                        Err(problem) => {
                            view! { <p class="message message--error" role="alert">{problem.message(locale)}</p> }
                                .into_any()
                        }
                    })
            }}
        </Transition>
    }
    .into_any()
}

#[component]
fn PlanForm(choice: PlanChoice) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let current = choice.subscription;
    let editable_quantity = !current.plan.metered;
    if choice.options.is_empty() && !editable_quantity {
        return view! { <p class="card">{t(locale, S::NoOtherPlan)}</p> }.into_any();
    }
    let option = |id: String, plan: &Plan, badge: Option<&'static str>, checked: bool| {
        view! {
            <li class="plan-option">
                <input type="radio" id=id.clone() name="price" value=plan.price.clone() checked=checked/>
                <label for=id>
                    <span class="plan-option__name">{plan.name.clone()}</span>
                    <span class="plan-option__price">{plan.price_text(locale)}</span>
                    {badge.map(|badge| view! { <span class="badge">{badge}</span> })}
                </label>
            </li>
        }
    };
    let current_option = option(
        "plan-current".to_owned(),
        &current.plan,
        Some(t(locale, S::CurrentPlan)),
        true,
    );
    let no_other = choice.options.is_empty();
    let others = choice
        .options
        .iter()
        .enumerate()
        .map(|(index, other)| {
            let badge = match other.change {
                PlanChange::Upgrade => Some(t(locale, S::Upgrade)),
                PlanChange::Downgrade => Some(t(locale, S::Downgrade)),
                PlanChange::Lateral | PlanChange::NoChange => None,
            };
            option(format!("plan-{index}"), &other.plan, badge, false)
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="choose-heading">
            <h2 id="choose-heading">{current.plan.name.clone()}</h2>
            <Form method="GET" action="/subscription/change">
                <div class="form">
                    <input type="hidden" name="subscription" value=current.id.clone()/>
                    <fieldset class="field">
                        <legend>{t(locale, S::ChoosePlanLegend)}</legend>
                        <ul class="plan-options">{current_option} {others}</ul>
                    </fieldset>
                    {no_other.then(|| view! { <p>{t(locale, S::NoOtherPlan)}</p> })}
                    {editable_quantity
                        .then(|| {
                            view! {
                                <div class="field">
                                    <label for="quantity">{t(locale, S::QuantityLabel)}</label>
                                    <input
                                        type="number"
                                        id="quantity"
                                        name="quantity"
                                        min="1"
                                        step="1"
                                        inputmode="numeric"
                                        required
                                        value=current.quantity
                                    />
                                </div>
                            }
                        })}
                    <div class="actions">
                        <button type="submit" class="button">{t(locale, S::ReviewButton)}</button>
                    </div>
                </div>
            </Form>
        </section>
    }
    .into_any()
}

/// The API's preview of the change, then "Confirm".
#[component]
fn ReviewChange(preview: Resource<Result<Option<ChangePreview>, Problem>>, csrf: String, confirming: bool) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let action = ServerAction::<ChangeSubscription>::new();
    show_outcome_on_subscription_page(action);
    let problem = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <section class="card" aria-labelledby="review-heading">
            <h2 id="review-heading">{t(locale, S::ReviewHeading)}</h2>
            <ProblemMessage problem/>
            <Transition fallback=|| ()>
                {move || {
                    let csrf = csrf.clone();
                    preview
                        .get()
                        .map(move |result| match result {
                            Ok(None) => ().into_any(),
                            Ok(Some(preview)) => {
                                let back = (!confirming)
                                    .then(|| format!("/subscription/change?subscription={}", preview.subscription.id));
                                view! { <PreviewDetails preview csrf action back/> }.into_any()
                            }
                            Err(problem) => {
                                view! { <p class="message message--error" role="alert">{problem.message(locale)}</p> }
                                    .into_any()
                            }
                        })
                }}
            </Transition>
        </section>
    }
    .into_any()
}

#[component]
fn PreviewDetails(
    preview: ChangePreview,
    csrf: String,
    action: ServerAction<ChangeSubscription>,
    back: Option<String>,
) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let money = |amount: i64| format::money(locale, Money::new(amount, preview.currency));
    let quantity = format::number(locale, preview.quantity);
    let plan_line = format!(
        "{} — {} × {quantity}",
        preview.plan.name,
        preview.plan.price_text(locale)
    );
    let next = t_with(
        locale,
        S::NextRenewal,
        &[
            (
                "price",
                &preview
                    .plan
                    .per_period(locale, preview.plan.unit_amount * preview.quantity),
            ),
            ("date", &preview.next_renewal.show(locale)),
        ],
    );
    let unchanged = preview.change == PlanChange::NoChange;
    let body = if unchanged {
        view! { <p data-change="no_change">{t(locale, S::NoChange)}</p> }.into_any()
    } else if !preview.now {
        view! {
            <p data-change=preview.change.as_str() data-effective="period_end">
                {t_with(locale, S::ScheduledNote, &[("date", &preview.effective.show(locale))])}
            </p>
            <p>{next.clone()}</p>
        }
        .into_any()
    } else {
        let lines = preview
            .lines
            .iter()
            .map(|line| {
                let quantity = format::number(locale, line.quantity);
                let values = [
                    ("quantity", quantity.as_str()),
                    ("plan", line.plan.as_str()),
                    ("date", &line.period_end.show(locale)),
                ];
                let text = match line.kind {
                    LineKind::Unused => t_with(locale, S::LineUnused, &values),
                    LineKind::Remaining => t_with(locale, S::LineRemaining, &values),
                    LineKind::NewPeriod => t_with(locale, S::LineNewPeriod, &values),
                };
                view! {
                    <tr>
                        <td data-label=t(locale, S::ItemHeader)>{text}</td>
                        <td data-label=t(locale, S::AmountHeader) class="amount">{money(line.amount)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="table preview-lines" data-change=preview.change.as_str() data-effective="now">
                <thead>
                    <tr>
                        <th scope="col">{t(locale, S::ItemHeader)}</th>
                        <th scope="col" class="amount">{t(locale, S::AmountHeader)}</th>
                    </tr>
                </thead>
                <tbody>{lines}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{t(locale, S::TotalLabel)}</th>
                        <td class="amount" data-total=preview.total>{money(preview.total)}</td>
                    </tr>
                    {(preview.credit_applied > 0)
                        .then(|| {
                            view! {
                                <tr>
                                    <th scope="row">{t(locale, S::CreditAppliedLabel)}</th>
                                    <td class="amount">{money(-preview.credit_applied)}</td>
                                </tr>
                            }
                        })}
                    <tr class="preview-lines__due">
                        <th scope="row">{t(locale, S::DueNowLabel)}</th>
                        <td class="amount" data-amount-due=preview.amount_due>{money(preview.amount_due)}</td>
                    </tr>
                    {(preview.credit_added > 0)
                        .then(|| {
                            view! {
                                <tr>
                                    <th scope="row">{t(locale, S::CreditAddedLabel)}</th>
                                    <td class="amount" data-credit-added=preview.credit_added>
                                        {money(preview.credit_added)}
                                    </td>
                                </tr>
                            }
                        })}
                </tfoot>
            </table>
            <p>{next.clone()}</p>
        }
        .into_any()
    };
    let back_link = back.map(|href| view! { <a href=href>{t(locale, S::ChooseAnother)}</a> });
    view! {
        <dl class="facts">
            <div>
                <dt>{t(locale, S::NewPlanLabel)}</dt>
                <dd>{plan_line}</dd>
            </div>
        </dl>
        {body}
        {if unchanged {
            view! { <div class="actions">{back_link}</div> }.into_any()
        } else {
            view! {
                <ActionForm action>
                    <CsrfField token=csrf/>
                    <IdempotencyField key=form_key(action)/>
                    <input type="hidden" name="subscription" value=preview.subscription.id.clone()/>
                    <input type="hidden" name="price" value=preview.plan.price.clone()/>
                    <input type="hidden" name="quantity" value=preview.quantity/>
                    <div class="actions">
                        <button type="submit" class="button">{t(locale, S::ConfirmChange)}</button>
                        {back_link}
                    </div>
                </ActionForm>
            }
                .into_any()
        }}
    }
    .into_any()
}

/// `/subscription/cancel`: when access ends, the reason and a comment, then "Cancel".
#[component]
pub fn CancelPage() -> AnyView {
    // Resources outside `ModulePage`'s body, which runs more than once (see its docs).
    let visitor = use_visitor();
    let query = use_query_map();
    let row = Resource::new(
        move || query.read().get("subscription"),
        move |asked| async move { load_subscription(subscription_of(visitor, asked).await).await },
    );
    view! {
        <ModulePage module=Module::Subscription let:signed_in>
            <Cancel signed_in row/>
        </ModulePage>
    }
    .into_any()
}

#[component]
fn Cancel(signed_in: SignedIn, row: Resource<Result<SubscriptionRow, Problem>>) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let config = config_of(&signed_in);
    if !config.subscription_cancel_enabled {
        return view! { <NotFound/> }.into_any();
    }
    let in_flow = flow::pending_flow(&signed_in).is_some();
    let action = ServerAction::<CancelSubscription>::new();
    show_outcome_on_subscription_page(action);
    let problem = Signal::derive(move || action.value().get().and_then(Result::err));
    let csrf = signed_in.csrf_token;
    view! {
        <h1>{t(locale, S::CancelHeading)}</h1>
        <ProblemMessage problem/>
        <Transition fallback=|| ()>
            {move || {
                let config = config.clone();
                let csrf = csrf.clone();
                row.get()
                    .map(move |result| match result {
                        Ok(row) if !row.live() => view! { <p class="card">{t(locale, S::AlreadyEnded)}</p> }.into_any(),
                        Ok(row) if row.cancel_at_period_end => {
                            view! {
                                <p class="card">
                                    {t_with(locale, S::AlreadyCanceling, &[("date", &row.period_end.show(locale))])}
                                </p>
                            }
                                .into_any()
                        }
                        Ok(row) => view! { <CancelForm row config csrf action in_flow/> }.into_any(),
                        Err(problem) => {
                            view! { <p class="message message--error" role="alert">{problem.message(locale)}</p> }
                                .into_any()
                        }
                    })
            }}
        </Transition>
    }
    .into_any()
}

#[component]
fn CancelForm(
    row: SubscriptionRow,
    config: PortalConfiguration,
    csrf: String,
    action: ServerAction<CancelSubscription>,
    in_flow: bool,
) -> AnyView {
    use SubscriptionText as S;
    let locale = use_locale();
    let plan = row.plan.name.clone();
    let immediately = config.subscription_cancel_mode == CancelMode::Immediately;
    let when = if immediately {
        t_with(locale, S::AccessEndsNow, &[("plan", &plan)])
    } else {
        t_with(
            locale,
            S::AccessUntil,
            &[("plan", &plan), ("date", &row.period_end.show(locale))],
        )
    };
    // The values of a form that failed, given back.
    let echoed = action.value().get_untracked().and_then(Result::err);
    let echo = |name: &str| {
        echoed
            .as_ref()
            .and_then(|problem| problem.form_value(name))
            .unwrap_or_default()
            .to_owned()
    };
    let chosen = echo("reason");
    let comment = echo("comment");
    let reasons = (config.subscription_cancel_reasons_enabled && !config.cancellation_reasons.is_empty()).then(|| {
        let choices = config
            .cancellation_reasons
            .iter()
            .map(|&reason| {
                let id = format!("reason-{reason}");
                let label = reason_text(reason).map_or_else(|| reason.to_string(), |key| t(locale, key).to_owned());
                view! {
                    <div class="choice">
                        <input type="radio" id=id.clone() name="reason" value=reason.as_str() checked=reason.as_str() == chosen/>
                        <label for=id>{label}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class="field">
                <legend>{t(locale, S::ReasonLegend)}</legend>
                {choices}
            </fieldset>
        }
    });
    view! {
        <section class="card" aria-labelledby="cancel-plan">
            <h2 id="cancel-plan">{plan.clone()}</h2>
            <dl class="facts">
                <div>
                    <dt>{t(locale, S::PriceLabel)}</dt>
                    <dd>{row.plan.price_text(locale)}</dd>
                </div>
                <div>
                    <dt>{t(locale, S::StatusLabel)}</dt>
                    <dd>{row.status_text(locale)}</dd>
                </div>
            </dl>
            <p class="cancel-when" data-cancel-mode=config.subscription_cancel_mode.as_str()>
                <strong>{when}</strong>
            </p>
            <ActionForm action>
                <div class="form">
                    <CsrfField token=csrf/>
                    <IdempotencyField key=form_key(action)/>
                    <input type="hidden" name="subscription" value=row.id.clone()/>
                    {reasons}
                    <div class="field">
                        <label for="cancel-comment">{t(locale, S::CommentLabel)}</label>
                        <textarea id="cancel-comment" name="comment" maxlength="5000">{comment}</textarea>
                    </div>
                    <div class="actions">
                        <button type="submit" class="button button--danger">
                            {t_with(locale, S::CancelPlan, &[("plan", &plan)])}
                        </button>
                        {(!in_flow)
                            .then(|| {
                                view! {
                                    <a class="button button--secondary" href="/subscription">
                                        {t(locale, S::KeepSubscription)}
                                    </a>
                                }
                            })}
                    </div>
                </div>
            </ActionForm>
        </section>
    }
    .into_any()
}

catalog! {
    /// The subscription pages' texts.
    pub enum SubscriptionText {
        NoSubscription,
        EndedHeading,
        PriceLabel,
        QuantityLabel,
        StatusLabel,
        RenewsOn,
        EndsOn,
        EndedOn,
        PendingLabel,
        PendingCancel,
        PendingDowngrade,
        PerDay,
        PerWeek,
        PerMonth,
        PerYear,
        EveryDays,
        EveryWeeks,
        EveryMonths,
        EveryYears,
        StatusTrialing,
        StatusActive,
        StatusPastDue,
        StatusUnpaid,
        StatusCanceled,
        ChangeLink,
        CancelPlan,
        ReactivatePlan,
        ResubscribePlan,
        DoneChanged,
        DoneScheduled,
        DoneCanceled,
        DoneReactivated,
        DoneResubscribed,
        ChangeHeading,
        ChoosePlanLegend,
        CurrentPlan,
        Upgrade,
        Downgrade,
        ReviewButton,
        NoOtherPlan,
        ReviewHeading,
        NewPlanLabel,
        ItemHeader,
        AmountHeader,
        LineUnused,
        LineRemaining,
        LineNewPeriod,
        TotalLabel,
        CreditAppliedLabel,
        DueNowLabel,
        CreditAddedLabel,
        NextRenewal,
        ScheduledNote,
        NoChange,
        ConfirmChange,
        ChooseAnother,
        CancelHeading,
        AccessUntil,
        AccessEndsNow,
        ReasonLegend,
        CommentLabel,
        KeepSubscription,
        AlreadyCanceling,
        AlreadyEnded,
        ReasonTooExpensive,
        ReasonMissingFeatures,
        ReasonSwitchedService,
        ReasonUnused,
        ReasonCustomerService,
        ReasonTooComplex,
        ReasonLowQuality,
        ReasonOther,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(interval: &str, interval_count: i64) -> Plan {
        Plan {
            price: "price_1".to_owned(),
            name: "Pro".to_owned(),
            unit_amount: 1200,
            currency: Currency::USD,
            interval: interval.to_owned(),
            interval_count,
            active: true,
            metered: false,
        }
    }

    #[test]
    fn every_subscription_text_is_translated() {
        let problems = crate::i18n::catalog::problems::<SubscriptionText>(&[]);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn a_price_reads_with_its_period() {
        assert_eq!(plan("month", 1).price_text(Locale::En), "$12.00 per month");
        assert_eq!(plan("month", 3).price_text(Locale::En), "$12.00 every 3 months");
        assert_eq!(plan("year", 1).price_text(Locale::Fr), "12,00\u{a0}$US par an");
    }

    #[test]
    fn every_cancellation_reason_of_the_api_has_a_label() {
        for &reason in paylera_shared::subscription::CANCELLATION_REASONS {
            assert!(reason_text(reason).is_some(), "{reason}");
        }
        assert_eq!(reason_text(CancellationReason::PaymentFailed), None);
    }

    #[test]
    fn an_ended_subscription_can_be_taken_again_only_when_the_configuration_offers_it() {
        let row = SubscriptionRow {
            id: "sub_1".to_owned(),
            plan: plan("month", 1),
            quantity: 1,
            status: SubscriptionStatus::Canceled,
            period_end: Day {
                year: 2026,
                month: 11,
                day: 25,
            },
            cancel_at_period_end: false,
            ended: None,
            pending: None,
        };
        let mut config = PortalConfiguration {
            subscription_update_enabled: true,
            ..PortalConfiguration::closed()
        };
        assert!(can_resubscribe(&config, &row));
        config.subscription_update_allowed_prices = Some(vec!["price_2".to_owned()]);
        assert!(!can_resubscribe(&config, &row));
        config.subscription_update_allowed_prices = None;
        config.subscription_update_enabled = false;
        assert!(!can_resubscribe(&config, &row));
        let live = SubscriptionRow {
            status: SubscriptionStatus::Active,
            ..row
        };
        config.subscription_update_enabled = true;
        assert!(!can_resubscribe(&config, &live));
    }

    #[test]
    fn the_change_page_reviews_a_confirm_flows_plan_or_what_the_query_names_else_it_chooses() {
        use crate::session::AfterCompletion;
        let in_flow = |kind| flow::signed_in_in_flow(kind, AfterCompletion::PortalHomepage, false);
        let asked = |price: Option<&str>| (Some("sub_query".to_owned()), price.map(str::to_owned), None);

        assert_eq!(change_step(None, asked(None)), ("sub_query".to_owned(), None));
        assert_eq!(
            change_step(None, asked(Some("price_2"))),
            ("sub_query".to_owned(), Some(("price_2".to_owned(), String::new())))
        );
        let confirm = in_flow(FlowKind::SubscriptionUpdateConfirm);
        assert_eq!(
            change_step(Some(&confirm), asked(Some("price_9"))),
            ("sub_1".to_owned(), Some(("price_2".to_owned(), "3".to_owned()))),
            "a confirm flow's plan wins over the query"
        );
        let update = in_flow(FlowKind::SubscriptionUpdate);
        assert_eq!(change_step(Some(&update), asked(None)), ("sub_1".to_owned(), None));
    }
}
