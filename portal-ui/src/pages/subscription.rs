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
use crate::i18n::{Key, Locale, format, t, t_with, use_locale};
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
        let count = self.interval_count.to_string();
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
        t_with(locale, key, &[("amount", &amount), ("count", &count)])
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
        catalog::Price,
        client::ApiClient,
        ids::{PriceId, SubscriptionId},
        list::ListParams,
        subscription::{Subscription, SubscriptionChangePreview, SubscriptionFilter},
    };

    use super::{Day, LineKind, PendingChange, Plan, PreviewLine, SubscriptionRow};
    use crate::problem::{Problem, codes};
    use crate::server::actions;
    use paylera_shared::portal::PortalConfiguration;

    /// The plan of `price`, a price of product `name` (archived unless `product_active`).
    pub fn plan(price: Price, name: String, product_active: bool) -> Plan {
        Plan {
            price: price.id.to_string(),
            name,
            unit_amount: price.unit_amount,
            currency: price.currency,
            interval: price.recurring.interval,
            interval_count: price.recurring.interval_count,
            active: price.active && product_active,
            metered: price.recurring.usage_type == "metered",
        }
    }

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
            let plan = plan(price, product.name, product.active);
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

/// The plans `subscription` may change to, in one call: the API lists the prices the
/// configuration offers that its change rules accept (hidden downgrades, prices not
/// offered, archived or in another currency are left out), each with its preview.
#[server(endpoint = "plan_options", prefix = "/api", input = GetUrl)]
pub async fn load_plan_options(subscription: String) -> Result<PlanChoice, Problem> {
    let customer = crate::server::actions::customer().await?;
    let config = api::config(&customer.api).await?;
    if !config.subscription_update_enabled {
        return Err(Problem::new(crate::problem::codes::MODULE_DISABLED));
    }
    let found = api::requested(&customer, &subscription).await?;
    let offered = customer
        .api
        .subscription_change_options(&found.id, None)
        .await
        .map_err(crate::server::actions::problem)?;
    let row = api::Plans::new(&customer.api).row(found).await?;
    let options = offered
        .data
        .into_iter()
        .map(|option| PlanOption {
            plan: api::plan(option.price, option.product.name, option.product.active),
            change: option.preview.change,
        })
        .collect();
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
        NoSubscription => {
            En: "You have no subscription with this merchant.",
            Fr: "Vous n'avez aucun abonnement auprès de ce marchand.",
            De: "Sie haben bei diesem Händler kein Abonnement.",
            Es: "No tienes ninguna suscripción con este comercio.",
            It: "Non hai alcun abbonamento con questo esercente.",
            Nl: "Je hebt geen abonnement bij deze verkoper.",
            Pt: "Não tem nenhuma subscrição com este comerciante.",
            PtBr: "Você não tem nenhuma assinatura com este lojista.",
            Sv: "Du har ingen prenumeration hos den här handlaren.",
            Da: "Du har intet abonnement hos denne forhandler.",
            Nb: "Du har ikke noe abonnement hos denne forhandleren.",
            Fi: "Sinulla ei ole tilausta tällä kauppiaalla.",
            Pl: "Nie masz żadnej subskrypcji u tego sprzedawcy.",
            Cs: "U tohoto obchodníka nemáte žádné předplatné.",
            Ja: "この事業者との定期契約はありません。",
            ZhHans: "您在此商家没有任何订阅。",
            Ko: "이 업체에 구독이 없습니다.",
            Tr: "Bu işletmede aboneliğiniz yok.",
            Ar: "ليس لديك أي اشتراك لدى هذا التاجر.",
            He: "אין לך מינוי אצל בית עסק זה.",
            Uk: "У вас немає підписки в цього продавця.",
            El: "Δεν έχετε συνδρομή σε αυτόν τον έμπορο.",
        },
        EndedHeading => {
            En: "Ended subscriptions", Fr: "Abonnements terminés", De: "Beendete Abonnements",
            Es: "Suscripciones finalizadas", It: "Abbonamenti terminati", Nl: "Beëindigde abonnementen",
            Pt: "Subscrições terminadas", PtBr: "Assinaturas encerradas", Sv: "Avslutade prenumerationer",
            Da: "Afsluttede abonnementer", Nb: "Avsluttede abonnementer", Fi: "Päättyneet tilaukset",
            Pl: "Zakończone subskrypcje", Cs: "Ukončená předplatná", Ja: "終了した定期契約",
            ZhHans: "已结束的订阅", Ko: "종료된 구독", Tr: "Sona eren abonelikler",
            Ar: "الاشتراكات المنتهية", He: "מינויים שהסתיימו", Uk: "Завершені підписки",
            El: "Συνδρομές που έληξαν",
        },
        PriceLabel => {
            En: "Price", Fr: "Prix", De: "Preis", Es: "Precio", It: "Prezzo", Nl: "Prijs", Pt: "Preço",
            PtBr: "Preço", Sv: "Pris", Da: "Pris", Nb: "Pris", Fi: "Hinta", Pl: "Cena", Cs: "Cena",
            Ja: "料金", ZhHans: "价格", Ko: "가격", Tr: "Fiyat", Ar: "السعر", He: "מחיר", Uk: "Ціна",
            El: "Τιμή",
        },
        QuantityLabel => {
            En: "Quantity", Fr: "Quantité", De: "Menge", Es: "Cantidad", It: "Quantità", Nl: "Aantal",
            Pt: "Quantidade", PtBr: "Quantidade", Sv: "Antal", Da: "Antal", Nb: "Antall", Fi: "Määrä",
            Pl: "Liczba", Cs: "Množství", Ja: "数量", ZhHans: "数量", Ko: "수량", Tr: "Adet",
            Ar: "الكمية", He: "כמות", Uk: "Кількість", El: "Ποσότητα",
        },
        StatusLabel => {
            En: "Status", Fr: "Statut", De: "Status", Es: "Estado", It: "Stato", Nl: "Status", Pt: "Estado",
            PtBr: "Status", Sv: "Status", Da: "Status", Nb: "Status", Fi: "Tila", Pl: "Status", Cs: "Stav",
            Ja: "ステータス", ZhHans: "状态", Ko: "상태", Tr: "Durum", Ar: "الحالة", He: "סטטוס",
            Uk: "Статус", El: "Κατάσταση",
        },
        RenewsOn => {
            En: "Renews on", Fr: "Renouvellement le", De: "Verlängerung am", Es: "Se renueva el",
            It: "Si rinnova il", Nl: "Wordt verlengd op", Pt: "Renova a", PtBr: "Renova em",
            Sv: "Förnyas den", Da: "Fornyes den", Nb: "Fornyes", Fi: "Uusiutuu", Pl: "Odnawia się",
            Cs: "Obnoví se", Ja: "更新日", ZhHans: "续订日期", Ko: "갱신일", Tr: "Yenilenme tarihi",
            Ar: "يتجدد في", He: "מתחדש בתאריך", Uk: "Поновлюється", El: "Ανανεώνεται στις",
        },
        EndsOn => {
            En: "Ends on", Fr: "Se termine le", De: "Endet am", Es: "Finaliza el", It: "Termina il",
            Nl: "Eindigt op", Pt: "Termina a", PtBr: "Termina em", Sv: "Upphör den", Da: "Ophører den",
            Nb: "Avsluttes", Fi: "Päättyy", Pl: "Kończy się", Cs: "Končí", Ja: "終了日", ZhHans: "结束日期",
            Ko: "종료일", Tr: "Bitiş tarihi", Ar: "ينتهي في", He: "מסתיים בתאריך", Uk: "Закінчується",
            El: "Λήγει στις",
        },
        EndedOn => {
            En: "Ended on", Fr: "Terminé le", De: "Beendet am", Es: "Finalizó el", It: "Terminato il",
            Nl: "Beëindigd op", Pt: "Terminou a", PtBr: "Encerrada em", Sv: "Upphörde den",
            Da: "Ophørte den", Nb: "Avsluttet", Fi: "Päättyi", Pl: "Zakończona", Cs: "Ukončeno",
            Ja: "終了した日", ZhHans: "结束于", Ko: "종료된 날짜", Tr: "Sona erdiği tarih",
            Ar: "انتهى في", He: "הסתיים בתאריך", Uk: "Завершилася", El: "Έληξε στις",
        },
        PendingLabel => {
            En: "Pending changes", Fr: "Modifications prévues", De: "Geplante Änderungen",
            Es: "Cambios pendientes", It: "Modifiche in sospeso", Nl: "Geplande wijzigingen",
            Pt: "Alterações pendentes", PtBr: "Alterações pendentes", Sv: "Planerade ändringar",
            Da: "Planlagte ændringer", Nb: "Planlagte endringer", Fi: "Tulevat muutokset",
            Pl: "Zaplanowane zmiany", Cs: "Naplánované změny", Ja: "予定されている変更",
            ZhHans: "待生效的更改", Ko: "예정된 변경", Tr: "Bekleyen değişiklikler",
            Ar: "تغييرات معلّقة", He: "שינויים מתוכננים", Uk: "Заплановані зміни",
            El: "Εκκρεμείς αλλαγές",
        },
        PendingCancel => {
            En: "Ends on {date} instead of renewing. You keep access until then.",
            Fr: "Prend fin le {date} au lieu d'être renouvelé. Vous conservez l'accès jusque-là.",
            De: "Endet am {date}, statt verlängert zu werden. Bis dahin behalten Sie den Zugang.",
            Es: "Finaliza el {date} en lugar de renovarse. Mantienes el acceso hasta entonces.",
            It: "Termina il {date} invece di rinnovarsi. Mantieni l'accesso fino ad allora.",
            Nl: "Eindigt op {date} in plaats van te worden verlengd. Tot dan houd je toegang.",
            Pt: "Termina a {date} em vez de ser renovada. Mantém o acesso até lá.",
            PtBr: "Termina em {date} em vez de ser renovada. Você mantém o acesso até lá.",
            Sv: "Upphör den {date} i stället för att förnyas. Du har tillgång till dess.",
            Da: "Ophører den {date} i stedet for at blive fornyet. Du har adgang indtil da.",
            Nb: "Avsluttes {date} i stedet for å fornyes. Du har tilgang frem til da.",
            Fi: "Päättyy {date} eikä uusiudu. Käyttöoikeutesi säilyy siihen asti.",
            Pl: "Kończy się {date} zamiast się odnowić. Do tego czasu zachowujesz dostęp.",
            Cs: "Skončí {date} místo obnovení. Do té doby máte přístup.",
            Ja: "更新されず、{date} に終了します。それまでは引き続きご利用いただけます。",
            ZhHans: "将于 {date} 结束，不再续订。在此之前您仍可使用。",
            Ko: "갱신되지 않고 {date}에 종료됩니다. 그때까지는 계속 이용할 수 있습니다.",
            Tr: "Yenilenmek yerine {date} tarihinde sona erer. O zamana kadar erişiminiz devam eder.",
            Ar: "ينتهي في {date} بدلًا من التجديد. يظل وصولك متاحًا حتى ذلك الحين.",
            He: "מסתיים בתאריך {date} במקום להתחדש. הגישה נשמרת עד אז.",
            Uk: "Завершиться {date} замість поновлення. До того часу доступ зберігається.",
            El: "Λήγει στις {date} αντί να ανανεωθεί. Διατηρείτε την πρόσβαση μέχρι τότε.",
        },
        PendingDowngrade => {
            En: "Changes to {plan} × {quantity} on {date}.",
            Fr: "Passe à {plan} × {quantity} le {date}.",
            De: "Wechselt am {date} zu {plan} × {quantity}.",
            Es: "Cambia a {plan} × {quantity} el {date}.",
            It: "Passa a {plan} × {quantity} il {date}.",
            Nl: "Wijzigt op {date} naar {plan} × {quantity}.",
            Pt: "Muda para {plan} × {quantity} a {date}.",
            PtBr: "Muda para {plan} × {quantity} em {date}.",
            Sv: "Ändras till {plan} × {quantity} den {date}.",
            Da: "Skifter til {plan} × {quantity} den {date}.",
            Nb: "Endres til {plan} × {quantity} {date}.",
            Fi: "Vaihtuu tilaukseen {plan} × {quantity} {date}.",
            Pl: "Zmieni się na {plan} × {quantity} w dniu {date}.",
            Cs: "Změní se na {plan} × {quantity} dne {date}.",
            Ja: "{date} に {plan} × {quantity} に変更されます。",
            ZhHans: "将于 {date} 变更为 {plan} × {quantity}。",
            Ko: "{date}에 {plan} × {quantity}(으)로 변경됩니다.",
            Tr: "{date} tarihinde {plan} × {quantity} olarak değişir.",
            Ar: "يتغيّر إلى {plan} × {quantity} في {date}.",
            He: "משתנה ל־{plan} × {quantity} בתאריך {date}.",
            Uk: "Зміниться на {plan} × {quantity} {date}.",
            El: "Αλλάζει σε {plan} × {quantity} στις {date}.",
        },
        PerDay => {
            En: "{amount} per day", Fr: "{amount} par jour", De: "{amount} pro Tag", Es: "{amount} al día",
            It: "{amount} al giorno", Nl: "{amount} per dag", Pt: "{amount} por dia", PtBr: "{amount} por dia",
            Sv: "{amount} per dag", Da: "{amount} pr. dag", Nb: "{amount} per dag", Fi: "{amount} päivässä",
            Pl: "{amount} dziennie", Cs: "{amount} za den", Ja: "1日あたり {amount}", ZhHans: "每天 {amount}",
            Ko: "하루 {amount}", Tr: "Günlük {amount}", Ar: "{amount} يوميًا", He: "{amount} ליום",
            Uk: "{amount} на день", El: "{amount} την ημέρα",
        },
        PerWeek => {
            En: "{amount} per week", Fr: "{amount} par semaine", De: "{amount} pro Woche", Es: "{amount} a la semana",
            It: "{amount} a settimana", Nl: "{amount} per week", Pt: "{amount} por semana", PtBr: "{amount} por semana",
            Sv: "{amount} per vecka", Da: "{amount} pr. uge", Nb: "{amount} per uke", Fi: "{amount} viikossa",
            Pl: "{amount} tygodniowo", Cs: "{amount} za týden", Ja: "1週間あたり {amount}", ZhHans: "每周 {amount}",
            Ko: "주 {amount}", Tr: "Haftalık {amount}", Ar: "{amount} أسبوعيًا", He: "{amount} לשבוע",
            Uk: "{amount} на тиждень", El: "{amount} την εβδομάδα",
        },
        PerMonth => {
            En: "{amount} per month", Fr: "{amount} par mois", De: "{amount} pro Monat", Es: "{amount} al mes",
            It: "{amount} al mese", Nl: "{amount} per maand", Pt: "{amount} por mês", PtBr: "{amount} por mês",
            Sv: "{amount} per månad", Da: "{amount} pr. måned", Nb: "{amount} per måned", Fi: "{amount} kuukaudessa",
            Pl: "{amount} miesięcznie", Cs: "{amount} za měsíc", Ja: "月額 {amount}", ZhHans: "每月 {amount}",
            Ko: "월 {amount}", Tr: "Aylık {amount}", Ar: "{amount} شهريًا", He: "{amount} לחודש",
            Uk: "{amount} на місяць", El: "{amount} τον μήνα",
        },
        PerYear => {
            En: "{amount} per year", Fr: "{amount} par an", De: "{amount} pro Jahr", Es: "{amount} al año",
            It: "{amount} all'anno", Nl: "{amount} per jaar", Pt: "{amount} por ano", PtBr: "{amount} por ano",
            Sv: "{amount} per år", Da: "{amount} pr. år", Nb: "{amount} per år", Fi: "{amount} vuodessa",
            Pl: "{amount} rocznie", Cs: "{amount} za rok", Ja: "年額 {amount}", ZhHans: "每年 {amount}",
            Ko: "연 {amount}", Tr: "Yıllık {amount}", Ar: "{amount} سنويًا", He: "{amount} לשנה",
            Uk: "{amount} на рік", El: "{amount} τον χρόνο",
        },
        EveryDays => {
            En: "{amount} every {count} days", Fr: "{amount} tous les {count} jours", De: "{amount} alle {count} Tage",
            Es: "{amount} cada {count} días", It: "{amount} ogni {count} giorni", Nl: "{amount} per {count} dagen",
            Pt: "{amount} a cada {count} dias", PtBr: "{amount} a cada {count} dias", Sv: "{amount} var {count}:e dag",
            Da: "{amount} hver {count}. dag", Nb: "{amount} hver {count}. dag", Fi: "{amount} {count} päivän välein",
            Pl: "{amount} co {count} dni", Cs: "{amount} každých {count} dní", Ja: "{count}日ごとに {amount}",
            ZhHans: "每 {count} 天 {amount}", Ko: "{count}일마다 {amount}", Tr: "{count} günde bir {amount}",
            Ar: "{amount} كل {count} أيام", He: "{amount} כל {count} ימים", Uk: "{amount} кожні {count} дн.",
            El: "{amount} κάθε {count} ημέρες",
        },
        EveryWeeks => {
            En: "{amount} every {count} weeks", Fr: "{amount} toutes les {count} semaines", De: "{amount} alle {count} Wochen",
            Es: "{amount} cada {count} semanas", It: "{amount} ogni {count} settimane", Nl: "{amount} per {count} weken",
            Pt: "{amount} a cada {count} semanas", PtBr: "{amount} a cada {count} semanas", Sv: "{amount} var {count}:e vecka",
            Da: "{amount} hver {count}. uge", Nb: "{amount} hver {count}. uke", Fi: "{amount} {count} viikon välein",
            Pl: "{amount} co {count} tyg.", Cs: "{amount} každé {count} týdny", Ja: "{count}週間ごとに {amount}",
            ZhHans: "每 {count} 周 {amount}", Ko: "{count}주마다 {amount}", Tr: "{count} haftada bir {amount}",
            Ar: "{amount} كل {count} أسابيع", He: "{amount} כל {count} שבועות", Uk: "{amount} кожні {count} тиж.",
            El: "{amount} κάθε {count} εβδομάδες",
        },
        EveryMonths => {
            En: "{amount} every {count} months", Fr: "{amount} tous les {count} mois", De: "{amount} alle {count} Monate",
            Es: "{amount} cada {count} meses", It: "{amount} ogni {count} mesi", Nl: "{amount} per {count} maanden",
            Pt: "{amount} a cada {count} meses", PtBr: "{amount} a cada {count} meses", Sv: "{amount} var {count}:e månad",
            Da: "{amount} hver {count}. måned", Nb: "{amount} hver {count}. måned", Fi: "{amount} {count} kuukauden välein",
            Pl: "{amount} co {count} mies.", Cs: "{amount} každé {count} měsíce", Ja: "{count}か月ごとに {amount}",
            ZhHans: "每 {count} 个月 {amount}", Ko: "{count}개월마다 {amount}", Tr: "{count} ayda bir {amount}",
            Ar: "{amount} كل {count} أشهر", He: "{amount} כל {count} חודשים", Uk: "{amount} кожні {count} міс.",
            El: "{amount} κάθε {count} μήνες",
        },
        EveryYears => {
            En: "{amount} every {count} years", Fr: "{amount} tous les {count} ans", De: "{amount} alle {count} Jahre",
            Es: "{amount} cada {count} años", It: "{amount} ogni {count} anni", Nl: "{amount} per {count} jaar",
            Pt: "{amount} a cada {count} anos", PtBr: "{amount} a cada {count} anos", Sv: "{amount} vart {count}:e år",
            Da: "{amount} hvert {count}. år", Nb: "{amount} hvert {count}. år", Fi: "{amount} {count} vuoden välein",
            Pl: "{amount} co {count} lata", Cs: "{amount} každé {count} roky", Ja: "{count}年ごとに {amount}",
            ZhHans: "每 {count} 年 {amount}", Ko: "{count}년마다 {amount}", Tr: "{count} yılda bir {amount}",
            Ar: "{amount} كل {count} سنوات", He: "{amount} כל {count} שנים", Uk: "{amount} кожні {count} р.",
            El: "{amount} κάθε {count} χρόνια",
        },
        StatusTrialing => {
            En: "Free trial", Fr: "Essai gratuit", De: "Kostenlose Testphase", Es: "Prueba gratuita",
            It: "Prova gratuita", Nl: "Gratis proefperiode", Pt: "Período de avaliação", PtBr: "Teste grátis",
            Sv: "Gratis provperiod", Da: "Gratis prøveperiode", Nb: "Gratis prøveperiode", Fi: "Ilmainen kokeilu",
            Pl: "Bezpłatny okres próbny", Cs: "Zkušební období zdarma", Ja: "無料トライアル", ZhHans: "免费试用",
            Ko: "무료 체험", Tr: "Ücretsiz deneme", Ar: "فترة تجريبية مجانية", He: "תקופת ניסיון חינם",
            Uk: "Безкоштовний пробний період", El: "Δωρεάν δοκιμή",
        },
        StatusActive => {
            En: "Active", Fr: "Actif", De: "Aktiv", Es: "Activa", It: "Attivo", Nl: "Actief", Pt: "Ativa",
            PtBr: "Ativa", Sv: "Aktiv", Da: "Aktivt", Nb: "Aktivt", Fi: "Voimassa", Pl: "Aktywna", Cs: "Aktivní",
            Ja: "有効", ZhHans: "有效", Ko: "활성", Tr: "Etkin", Ar: "نشط", He: "פעיל", Uk: "Активна",
            El: "Ενεργή",
        },
        StatusPastDue => {
            En: "Payment overdue", Fr: "Paiement en retard", De: "Zahlung überfällig", Es: "Pago vencido",
            It: "Pagamento scaduto", Nl: "Betaling achterstallig", Pt: "Pagamento em atraso", PtBr: "Pagamento atrasado",
            Sv: "Betalning försenad", Da: "Betaling forfalden", Nb: "Betaling forfalt", Fi: "Maksu myöhässä",
            Pl: "Zaległa płatność", Cs: "Platba po splatnosti", Ja: "支払い期限超過", ZhHans: "付款逾期",
            Ko: "결제 연체", Tr: "Ödeme gecikti", Ar: "الدفع متأخر", He: "התשלום באיחור",
            Uk: "Платіж прострочено", El: "Ληξιπρόθεσμη πληρωμή",
        },
        StatusUnpaid => {
            En: "Unpaid", Fr: "Impayé", De: "Unbezahlt", Es: "Impagada", It: "Non pagato", Nl: "Onbetaald",
            Pt: "Por pagar", PtBr: "Não paga", Sv: "Obetald", Da: "Ubetalt", Nb: "Ubetalt", Fi: "Maksamatta",
            Pl: "Nieopłacona", Cs: "Nezaplaceno", Ja: "未払い", ZhHans: "未付款", Ko: "미결제",
            Tr: "Ödenmedi", Ar: "غير مدفوع", He: "לא שולם", Uk: "Не оплачено", El: "Απλήρωτη",
        },
        StatusCanceled => {
            En: "Canceled", Fr: "Résilié", De: "Gekündigt", Es: "Cancelada", It: "Annullato", Nl: "Opgezegd",
            Pt: "Cancelada", PtBr: "Cancelada", Sv: "Uppsagd", Da: "Opsagt", Nb: "Sagt opp", Fi: "Peruttu",
            Pl: "Anulowana", Cs: "Zrušeno", Ja: "解約済み", ZhHans: "已取消", Ko: "해지됨", Tr: "İptal edildi",
            Ar: "مُلغى", He: "בוטל", Uk: "Скасовано", El: "Ακυρώθηκε",
        },
        ChangeLink => {
            En: "Change {plan}", Fr: "Modifier {plan}", De: "{plan} ändern", Es: "Cambiar {plan}",
            It: "Modifica {plan}", Nl: "{plan} wijzigen", Pt: "Alterar {plan}", PtBr: "Alterar {plan}",
            Sv: "Ändra {plan}", Da: "Skift {plan}", Nb: "Endre {plan}", Fi: "Muuta tilausta {plan}",
            Pl: "Zmień {plan}", Cs: "Změnit {plan}", Ja: "{plan} を変更", ZhHans: "更改 {plan}",
            Ko: "{plan} 변경", Tr: "{plan} planını değiştir", Ar: "تغيير {plan}", He: "שינוי {plan}",
            Uk: "Змінити {plan}", El: "Αλλαγή {plan}",
        },
        CancelPlan => {
            En: "Cancel {plan}", Fr: "Résilier {plan}", De: "{plan} kündigen", Es: "Cancelar {plan}",
            It: "Annulla {plan}", Nl: "{plan} opzeggen", Pt: "Cancelar {plan}", PtBr: "Cancelar {plan}",
            Sv: "Säg upp {plan}", Da: "Opsig {plan}", Nb: "Si opp {plan}", Fi: "Peru tilaus {plan}",
            Pl: "Anuluj {plan}", Cs: "Zrušit {plan}", Ja: "{plan} を解約", ZhHans: "取消 {plan}",
            Ko: "{plan} 해지", Tr: "{plan} aboneliğini iptal et", Ar: "إلغاء {plan}", He: "ביטול {plan}",
            Uk: "Скасувати {plan}", El: "Ακύρωση {plan}",
        },
        ReactivatePlan => {
            En: "Keep {plan}", Fr: "Conserver {plan}", De: "{plan} behalten", Es: "Mantener {plan}",
            It: "Mantieni {plan}", Nl: "{plan} behouden", Pt: "Manter {plan}", PtBr: "Manter {plan}",
            Sv: "Behåll {plan}", Da: "Behold {plan}", Nb: "Behold {plan}", Fi: "Jatka tilausta {plan}",
            Pl: "Zachowaj {plan}", Cs: "Ponechat {plan}", Ja: "{plan} を継続", ZhHans: "保留 {plan}",
            Ko: "{plan} 유지", Tr: "{plan} aboneliğini sürdür", Ar: "الإبقاء على {plan}", He: "להמשיך עם {plan}",
            Uk: "Залишити {plan}", El: "Διατήρηση {plan}",
        },
        ResubscribePlan => {
            En: "Subscribe again to {plan}", Fr: "Se réabonner à {plan}", De: "{plan} erneut abonnieren",
            Es: "Volver a suscribirse a {plan}", It: "Abbonati di nuovo a {plan}", Nl: "Opnieuw abonneren op {plan}",
            Pt: "Subscrever novamente {plan}", PtBr: "Assinar {plan} novamente", Sv: "Prenumerera på {plan} igen",
            Da: "Abonnér på {plan} igen", Nb: "Abonner på {plan} igjen", Fi: "Tilaa {plan} uudelleen",
            Pl: "Ponownie subskrybuj {plan}", Cs: "Znovu předplatit {plan}", Ja: "{plan} を再契約",
            ZhHans: "重新订阅 {plan}", Ko: "{plan} 다시 구독", Tr: "{plan} planına yeniden abone ol",
            Ar: "الاشتراك مجددًا في {plan}", He: "הרשמה מחדש ל־{plan}", Uk: "Знову підписатися на {plan}",
            El: "Νέα συνδρομή στο {plan}",
        },
        DoneChanged => {
            En: "Your plan has been changed.", Fr: "Votre formule a été modifiée.", De: "Ihr Tarif wurde geändert.",
            Es: "Se ha cambiado tu plan.", It: "Il tuo piano è stato modificato.", Nl: "Je abonnement is gewijzigd.",
            Pt: "O seu plano foi alterado.", PtBr: "Seu plano foi alterado.", Sv: "Din plan har ändrats.",
            Da: "Dit abonnement er ændret.", Nb: "Abonnementet ditt er endret.", Fi: "Tilauksesi on muutettu.",
            Pl: "Twój plan został zmieniony.", Cs: "Váš tarif byl změněn.", Ja: "プランを変更しました。",
            ZhHans: "您的套餐已更改。", Ko: "플랜이 변경되었습니다.", Tr: "Planınız değiştirildi.",
            Ar: "تم تغيير خطتك.", He: "התוכנית שלך שונתה.", Uk: "Ваш тариф змінено.", El: "Το πρόγραμμά σας άλλαξε.",
        },
        DoneScheduled => {
            En: "Your change is scheduled for the end of the current period.",
            Fr: "Votre modification prendra effet à la fin de la période en cours.",
            De: "Ihre Änderung wird zum Ende des laufenden Zeitraums wirksam.",
            Es: "Tu cambio se aplicará al final del periodo actual.",
            It: "La modifica avrà effetto alla fine del periodo in corso.",
            Nl: "Je wijziging gaat in aan het einde van de huidige periode.",
            Pt: "A sua alteração terá efeito no fim do período atual.",
            PtBr: "Sua alteração entrará em vigor no fim do período atual.",
            Sv: "Din ändring gäller från slutet av den nuvarande perioden.",
            Da: "Din ændring træder i kraft ved udgangen af den nuværende periode.",
            Nb: "Endringen din trer i kraft ved slutten av gjeldende periode.",
            Fi: "Muutoksesi tulee voimaan nykyisen jakson lopussa.",
            Pl: "Zmiana zacznie obowiązywać z końcem bieżącego okresu.",
            Cs: "Změna začne platit na konci aktuálního období.",
            Ja: "変更は現在の期間の終了時に適用されます。",
            ZhHans: "您的更改将在当前周期结束时生效。",
            Ko: "변경 사항은 현재 기간이 끝날 때 적용됩니다.",
            Tr: "Değişikliğiniz mevcut dönemin sonunda geçerli olacak.",
            Ar: "سيسري التغيير في نهاية الفترة الحالية.",
            He: "השינוי ייכנס לתוקף בסוף התקופה הנוכחית.",
            Uk: "Зміна набуде чинності наприкінці поточного періоду.",
            El: "Η αλλαγή σας θα ισχύσει στο τέλος της τρέχουσας περιόδου.",
        },
        DoneCanceled => {
            En: "Your subscription has been canceled.", Fr: "Votre abonnement a été résilié.",
            De: "Ihr Abonnement wurde gekündigt.", Es: "Se ha cancelado tu suscripción.",
            It: "Il tuo abbonamento è stato annullato.", Nl: "Je abonnement is opgezegd.",
            Pt: "A sua subscrição foi cancelada.", PtBr: "Sua assinatura foi cancelada.",
            Sv: "Din prenumeration har sagts upp.", Da: "Dit abonnement er opsagt.",
            Nb: "Abonnementet ditt er sagt opp.", Fi: "Tilauksesi on peruttu.",
            Pl: "Twoja subskrypcja została anulowana.", Cs: "Vaše předplatné bylo zrušeno.",
            Ja: "定期契約を解約しました。", ZhHans: "您的订阅已取消。", Ko: "구독이 해지되었습니다.",
            Tr: "Aboneliğiniz iptal edildi.", Ar: "تم إلغاء اشتراكك.", He: "המינוי שלך בוטל.",
            Uk: "Вашу підписку скасовано.", El: "Η συνδρομή σας ακυρώθηκε.",
        },
        DoneReactivated => {
            En: "Your subscription will renew as usual.", Fr: "Votre abonnement sera renouvelé normalement.",
            De: "Ihr Abonnement wird wie gewohnt verlängert.", Es: "Tu suscripción se renovará con normalidad.",
            It: "Il tuo abbonamento si rinnoverà regolarmente.", Nl: "Je abonnement wordt gewoon verlengd.",
            Pt: "A sua subscrição será renovada normalmente.", PtBr: "Sua assinatura será renovada normalmente.",
            Sv: "Din prenumeration förnyas som vanligt.", Da: "Dit abonnement fornyes som normalt.",
            Nb: "Abonnementet ditt fornyes som vanlig.", Fi: "Tilauksesi uusiutuu tavalliseen tapaan.",
            Pl: "Twoja subskrypcja odnowi się jak zwykle.", Cs: "Vaše předplatné se obnoví jako obvykle.",
            Ja: "定期契約は通常どおり更新されます。", ZhHans: "您的订阅将照常续订。",
            Ko: "구독이 평소처럼 갱신됩니다.", Tr: "Aboneliğiniz her zamanki gibi yenilenecek.",
            Ar: "سيتجدد اشتراكك كالمعتاد.", He: "המינוי שלך יתחדש כרגיל.",
            Uk: "Ваша підписка поновлюватиметься як звичайно.", El: "Η συνδρομή σας θα ανανεώνεται κανονικά.",
        },
        DoneResubscribed => {
            En: "You are subscribed again.", Fr: "Vous êtes de nouveau abonné.", De: "Sie haben wieder ein Abonnement.",
            Es: "Vuelves a estar suscrito.", It: "Sei di nuovo abbonato.", Nl: "Je bent opnieuw geabonneerd.",
            Pt: "Voltou a ter uma subscrição.", PtBr: "Você assinou novamente.", Sv: "Du prenumererar igen.",
            Da: "Du abonnerer igen.", Nb: "Du abonnerer igjen.", Fi: "Tilauksesi on jälleen voimassa.",
            Pl: "Ponownie masz subskrypcję.", Cs: "Opět máte předplatné.", Ja: "再契約しました。",
            ZhHans: "您已重新订阅。", Ko: "다시 구독했습니다.", Tr: "Yeniden abone oldunuz.",
            Ar: "لقد اشتركت مجددًا.", He: "נרשמת מחדש.", Uk: "Ви знову підписані.", El: "Έχετε ξανά συνδρομή.",
        },
        ChangeHeading => {
            En: "Change plan", Fr: "Changer de formule", De: "Tarif ändern", Es: "Cambiar de plan",
            It: "Cambia piano", Nl: "Abonnement wijzigen", Pt: "Alterar plano", PtBr: "Alterar plano",
            Sv: "Ändra plan", Da: "Skift abonnement", Nb: "Endre abonnement", Fi: "Muuta tilausta",
            Pl: "Zmień plan", Cs: "Změnit tarif", Ja: "プランの変更", ZhHans: "更改套餐", Ko: "플랜 변경",
            Tr: "Planı değiştir", Ar: "تغيير الخطة", He: "שינוי תוכנית", Uk: "Змінити тариф",
            El: "Αλλαγή προγράμματος",
        },
        ChoosePlanLegend => {
            En: "Plan", Fr: "Formule", De: "Tarif", Es: "Plan", It: "Piano", Nl: "Abonnement", Pt: "Plano",
            PtBr: "Plano", Sv: "Plan", Da: "Abonnement", Nb: "Abonnement", Fi: "Tilaus", Pl: "Plan", Cs: "Tarif",
            Ja: "プラン", ZhHans: "套餐", Ko: "플랜", Tr: "Plan", Ar: "الخطة", He: "תוכנית", Uk: "Тариф",
            El: "Πρόγραμμα",
        },
        CurrentPlan => {
            En: "Current plan", Fr: "Formule actuelle", De: "Aktueller Tarif", Es: "Plan actual",
            It: "Piano attuale", Nl: "Huidig abonnement", Pt: "Plano atual", PtBr: "Plano atual",
            Sv: "Nuvarande plan", Da: "Nuværende abonnement", Nb: "Nåværende abonnement", Fi: "Nykyinen tilaus",
            Pl: "Obecny plan", Cs: "Současný tarif", Ja: "現在のプラン", ZhHans: "当前套餐", Ko: "현재 플랜",
            Tr: "Mevcut plan", Ar: "الخطة الحالية", He: "התוכנית הנוכחית", Uk: "Поточний тариф",
            El: "Τρέχον πρόγραμμα",
        },
        Upgrade => {
            En: "Upgrade", Fr: "Formule supérieure", De: "Upgrade", Es: "Mejora", It: "Upgrade", Nl: "Upgrade",
            Pt: "Melhoria", PtBr: "Upgrade", Sv: "Uppgradering", Da: "Opgradering", Nb: "Oppgradering",
            Fi: "Päivitys", Pl: "Wyższy plan", Cs: "Vyšší tarif", Ja: "アップグレード", ZhHans: "升级",
            Ko: "업그레이드", Tr: "Yükseltme", Ar: "ترقية", He: "שדרוג", Uk: "Підвищення", El: "Αναβάθμιση",
        },
        Downgrade => {
            En: "Downgrade", Fr: "Formule inférieure", De: "Downgrade", Es: "Reducción", It: "Downgrade",
            Nl: "Downgrade", Pt: "Redução", PtBr: "Downgrade", Sv: "Nedgradering", Da: "Nedgradering",
            Nb: "Nedgradering", Fi: "Alennus", Pl: "Niższy plan", Cs: "Nižší tarif", Ja: "ダウングレード",
            ZhHans: "降级", Ko: "다운그레이드", Tr: "Düşürme", Ar: "تخفيض", He: "שנמוך", Uk: "Зниження",
            El: "Υποβάθμιση",
        },
        ReviewButton => {
            En: "Review the change", Fr: "Vérifier la modification", De: "Änderung prüfen", Es: "Revisar el cambio",
            It: "Rivedi la modifica", Nl: "Wijziging bekijken", Pt: "Rever a alteração", PtBr: "Revisar a alteração",
            Sv: "Granska ändringen", Da: "Gennemgå ændringen", Nb: "Se gjennom endringen", Fi: "Tarkista muutos",
            Pl: "Sprawdź zmianę", Cs: "Zkontrolovat změnu", Ja: "変更内容を確認", ZhHans: "查看更改",
            Ko: "변경 내용 확인", Tr: "Değişikliği incele", Ar: "مراجعة التغيير", He: "סקירת השינוי",
            Uk: "Переглянути зміну", El: "Έλεγχος της αλλαγής",
        },
        NoOtherPlan => {
            En: "No other plan is offered for this subscription.",
            Fr: "Aucune autre formule n'est proposée pour cet abonnement.",
            De: "Für dieses Abonnement wird kein anderer Tarif angeboten.",
            Es: "No se ofrece ningún otro plan para esta suscripción.",
            It: "Non sono disponibili altri piani per questo abbonamento.",
            Nl: "Voor dit abonnement wordt geen ander abonnement aangeboden.",
            Pt: "Não é oferecido nenhum outro plano para esta subscrição.",
            PtBr: "Nenhum outro plano é oferecido para esta assinatura.",
            Sv: "Ingen annan plan erbjuds för den här prenumerationen.",
            Da: "Der tilbydes intet andet abonnement for dette abonnement.",
            Nb: "Det tilbys ikke noe annet abonnement for dette abonnementet.",
            Fi: "Tälle tilaukselle ei tarjota muita vaihtoehtoja.",
            Pl: "Dla tej subskrypcji nie ma innych planów.",
            Cs: "Pro toto předplatné není nabízen žádný jiný tarif.",
            Ja: "この定期契約で選べる他のプランはありません。",
            ZhHans: "此订阅没有其他可选套餐。",
            Ko: "이 구독에 제공되는 다른 플랜이 없습니다.",
            Tr: "Bu abonelik için başka plan sunulmuyor.",
            Ar: "لا توجد خطة أخرى متاحة لهذا الاشتراك.",
            He: "אין תוכנית אחרת זמינה למינוי זה.",
            Uk: "Для цієї підписки немає інших тарифів.",
            El: "Δεν προσφέρεται άλλο πρόγραμμα για αυτή τη συνδρομή.",
        },
        ReviewHeading => {
            En: "Review your change", Fr: "Vérifiez votre modification", De: "Änderung prüfen",
            Es: "Revisa tu cambio", It: "Rivedi la modifica", Nl: "Controleer je wijziging",
            Pt: "Reveja a sua alteração", PtBr: "Revise sua alteração", Sv: "Granska din ändring",
            Da: "Gennemgå din ændring", Nb: "Se gjennom endringen", Fi: "Tarkista muutoksesi",
            Pl: "Sprawdź zmianę", Cs: "Zkontrolujte změnu", Ja: "変更内容の確認", ZhHans: "确认您的更改",
            Ko: "변경 내용 확인", Tr: "Değişikliğinizi inceleyin", Ar: "راجِع التغيير", He: "סקירת השינוי",
            Uk: "Перевірте зміну", El: "Ελέγξτε την αλλαγή σας",
        },
        NewPlanLabel => {
            En: "New plan", Fr: "Nouvelle formule", De: "Neuer Tarif", Es: "Nuevo plan", It: "Nuovo piano",
            Nl: "Nieuw abonnement", Pt: "Novo plano", PtBr: "Novo plano", Sv: "Ny plan", Da: "Nyt abonnement",
            Nb: "Nytt abonnement", Fi: "Uusi tilaus", Pl: "Nowy plan", Cs: "Nový tarif", Ja: "新しいプラン",
            ZhHans: "新套餐", Ko: "새 플랜", Tr: "Yeni plan", Ar: "الخطة الجديدة", He: "תוכנית חדשה",
            Uk: "Новий тариф", El: "Νέο πρόγραμμα",
        },
        ItemHeader => {
            En: "Item", Fr: "Élément", De: "Posten", Es: "Concepto", It: "Voce", Nl: "Omschrijving", Pt: "Item",
            PtBr: "Item", Sv: "Post", Da: "Post", Nb: "Post", Fi: "Erä", Pl: "Pozycja", Cs: "Položka",
            Ja: "項目", ZhHans: "项目", Ko: "항목", Tr: "Kalem", Ar: "البند", He: "פריט", Uk: "Позиція",
            El: "Στοιχείο",
        },
        AmountHeader => {
            En: "Amount", Fr: "Montant", De: "Betrag", Es: "Importe", It: "Importo", Nl: "Bedrag", Pt: "Montante",
            PtBr: "Valor", Sv: "Belopp", Da: "Beløb", Nb: "Beløp", Fi: "Summa", Pl: "Kwota", Cs: "Částka",
            Ja: "金額", ZhHans: "金额", Ko: "금액", Tr: "Tutar", Ar: "المبلغ", He: "סכום", Uk: "Сума",
            El: "Ποσό",
        },
        LineUnused => {
            En: "Unused time on {quantity} × {plan}", Fr: "Temps non utilisé sur {quantity} × {plan}",
            De: "Nicht genutzte Zeit für {quantity} × {plan}", Es: "Tiempo no utilizado de {quantity} × {plan}",
            It: "Tempo non utilizzato di {quantity} × {plan}", Nl: "Ongebruikte tijd van {quantity} × {plan}",
            Pt: "Tempo não utilizado de {quantity} × {plan}", PtBr: "Tempo não utilizado de {quantity} × {plan}",
            Sv: "Outnyttjad tid för {quantity} × {plan}", Da: "Ubrugt tid på {quantity} × {plan}",
            Nb: "Ubrukt tid på {quantity} × {plan}", Fi: "Käyttämätön aika: {quantity} × {plan}",
            Pl: "Niewykorzystany czas: {quantity} × {plan}", Cs: "Nevyužitá doba: {quantity} × {plan}",
            Ja: "{quantity} × {plan} の未使用期間", ZhHans: "{quantity} × {plan} 的未使用时间",
            Ko: "{quantity} × {plan} 미사용 기간", Tr: "{quantity} × {plan} için kullanılmayan süre",
            Ar: "الوقت غير المستخدم من {quantity} × {plan}", He: "זמן שלא נוצל ב־{quantity} × {plan}",
            Uk: "Невикористаний час: {quantity} × {plan}", El: "Αχρησιμοποίητος χρόνος για {quantity} × {plan}",
        },
        LineRemaining => {
            En: "Remaining time on {quantity} × {plan}", Fr: "Temps restant sur {quantity} × {plan}",
            De: "Restlaufzeit für {quantity} × {plan}", Es: "Tiempo restante de {quantity} × {plan}",
            It: "Tempo rimanente di {quantity} × {plan}", Nl: "Resterende tijd van {quantity} × {plan}",
            Pt: "Tempo restante de {quantity} × {plan}", PtBr: "Tempo restante de {quantity} × {plan}",
            Sv: "Återstående tid för {quantity} × {plan}", Da: "Resterende tid på {quantity} × {plan}",
            Nb: "Gjenstående tid på {quantity} × {plan}", Fi: "Jäljellä oleva aika: {quantity} × {plan}",
            Pl: "Pozostały czas: {quantity} × {plan}", Cs: "Zbývající doba: {quantity} × {plan}",
            Ja: "{quantity} × {plan} の残り期間", ZhHans: "{quantity} × {plan} 的剩余时间",
            Ko: "{quantity} × {plan} 남은 기간", Tr: "{quantity} × {plan} için kalan süre",
            Ar: "الوقت المتبقي من {quantity} × {plan}", He: "הזמן שנותר ב־{quantity} × {plan}",
            Uk: "Залишок часу: {quantity} × {plan}", El: "Υπόλοιπος χρόνος για {quantity} × {plan}",
        },
        LineNewPeriod => {
            En: "{quantity} × {plan} until {date}", Fr: "{quantity} × {plan} jusqu'au {date}",
            De: "{quantity} × {plan} bis {date}", Es: "{quantity} × {plan} hasta el {date}",
            It: "{quantity} × {plan} fino al {date}", Nl: "{quantity} × {plan} tot {date}",
            Pt: "{quantity} × {plan} até {date}", PtBr: "{quantity} × {plan} até {date}",
            Sv: "{quantity} × {plan} till {date}", Da: "{quantity} × {plan} indtil {date}",
            Nb: "{quantity} × {plan} til {date}", Fi: "{quantity} × {plan} {date} asti",
            Pl: "{quantity} × {plan} do {date}", Cs: "{quantity} × {plan} do {date}",
            Ja: "{quantity} × {plan}（{date} まで）", ZhHans: "{quantity} × {plan}（至 {date}）",
            Ko: "{quantity} × {plan} ({date}까지)", Tr: "{date} tarihine kadar {quantity} × {plan}",
            Ar: "{quantity} × {plan} حتى {date}", He: "{quantity} × {plan} עד {date}",
            Uk: "{quantity} × {plan} до {date}", El: "{quantity} × {plan} έως {date}",
        },
        TotalLabel => {
            En: "Total", Fr: "Total", De: "Summe", Es: "Total", It: "Totale", Nl: "Totaal", Pt: "Total",
            PtBr: "Total", Sv: "Summa", Da: "I alt", Nb: "Totalt", Fi: "Yhteensä", Pl: "Razem", Cs: "Celkem",
            Ja: "合計", ZhHans: "合计", Ko: "합계", Tr: "Toplam", Ar: "الإجمالي", He: "סה״כ", Uk: "Разом",
            El: "Σύνολο",
        },
        CreditAppliedLabel => {
            En: "Credit from your balance", Fr: "Crédit déduit de votre solde", De: "Guthaben verrechnet",
            Es: "Crédito de tu saldo", It: "Credito dal tuo saldo", Nl: "Tegoed van je saldo",
            Pt: "Crédito do seu saldo", PtBr: "Crédito do seu saldo", Sv: "Tillgodohavande som används",
            Da: "Kredit fra din saldo", Nb: "Kreditt fra saldoen din", Fi: "Hyvitys saldostasi",
            Pl: "Środki z salda", Cs: "Kredit z vašeho zůstatku", Ja: "残高から充当されるクレジット",
            ZhHans: "从余额抵扣", Ko: "잔액에서 차감되는 크레딧", Tr: "Bakiyenizden kullanılan kredi",
            Ar: "رصيد مستخدم من حسابك", He: "זיכוי מהיתרה שלך", Uk: "Кредит із вашого балансу",
            El: "Πίστωση από το υπόλοιπό σας",
        },
        DueNowLabel => {
            En: "Due now", Fr: "À payer maintenant", De: "Jetzt fällig", Es: "A pagar ahora", It: "Da pagare ora",
            Nl: "Nu te betalen", Pt: "A pagar agora", PtBr: "A pagar agora", Sv: "Att betala nu",
            Da: "Skal betales nu", Nb: "Skal betales nå", Fi: "Maksettavana nyt", Pl: "Do zapłaty teraz",
            Cs: "K úhradě nyní", Ja: "今回のお支払い", ZhHans: "现在应付", Ko: "지금 결제할 금액",
            Tr: "Şimdi ödenecek", Ar: "المستحق الآن", He: "לתשלום עכשיו", Uk: "До сплати зараз",
            El: "Πληρωτέο τώρα",
        },
        CreditAddedLabel => {
            En: "Credit added to your balance for your next invoices",
            Fr: "Crédit ajouté à votre solde pour vos prochaines factures",
            De: "Guthaben für Ihre nächsten Rechnungen",
            Es: "Crédito añadido a tu saldo para tus próximas facturas",
            It: "Credito aggiunto al saldo per le prossime fatture",
            Nl: "Tegoed voor je volgende facturen",
            Pt: "Crédito adicionado ao seu saldo para as próximas faturas",
            PtBr: "Crédito adicionado ao seu saldo para as próximas faturas",
            Sv: "Tillgodohavande för dina nästa fakturor",
            Da: "Kredit til dine næste fakturaer",
            Nb: "Kreditt til de neste fakturaene dine",
            Fi: "Hyvitys seuraaville laskuillesi",
            Pl: "Środki dodane do salda na kolejne faktury",
            Cs: "Kredit připsaný na další faktury",
            Ja: "次回以降の請求に充当されるクレジット",
            ZhHans: "计入余额、用于后续账单的抵扣额",
            Ko: "다음 청구서에 사용될 크레딧",
            Tr: "Sonraki faturalarınız için bakiyenize eklenen kredi",
            Ar: "رصيد يُضاف إلى حسابك لفواتيرك القادمة",
            He: "זיכוי שנוסף ליתרה לחשבוניות הבאות",
            Uk: "Кредит на ваш баланс для наступних рахунків",
            El: "Πίστωση στο υπόλοιπό σας για τα επόμενα τιμολόγια",
        },
        NextRenewal => {
            En: "Then {price}, next on {date}.", Fr: "Ensuite {price}, prochaine échéance le {date}.",
            De: "Danach {price}, nächste Zahlung am {date}.", Es: "Después, {price}; el próximo cargo será el {date}.",
            It: "Poi {price}, prossimo addebito il {date}.", Nl: "Daarna {price}, volgende keer op {date}.",
            Pt: "Depois, {price}; o próximo pagamento é a {date}.", PtBr: "Depois, {price}; a próxima cobrança é em {date}.",
            Sv: "Därefter {price}, nästa gång den {date}.", Da: "Derefter {price}, næste gang den {date}.",
            Nb: "Deretter {price}, neste gang {date}.", Fi: "Sen jälkeen {price}, seuraavan kerran {date}.",
            Pl: "Następnie {price}, kolejna płatność {date}.", Cs: "Poté {price}, další platba {date}.",
            Ja: "以降は {price}。次回は {date} です。", ZhHans: "此后为 {price}，下次扣款日期为 {date}。",
            Ko: "이후 {price}, 다음 결제일은 {date}입니다.", Tr: "Ardından {price}; bir sonraki ödeme {date}.",
            Ar: "بعد ذلك {price}، والدفعة التالية في {date}.", He: "לאחר מכן {price}, החיוב הבא בתאריך {date}.",
            Uk: "Далі {price}, наступний платіж {date}.", El: "Στη συνέχεια {price}, η επόμενη χρέωση στις {date}.",
        },
        ScheduledNote => {
            En: "This change takes effect on {date}. Nothing is charged now.",
            Fr: "Cette modification prend effet le {date}. Rien n'est facturé maintenant.",
            De: "Diese Änderung wird am {date} wirksam. Jetzt wird nichts berechnet.",
            Es: "Este cambio se aplica el {date}. Ahora no se cobra nada.",
            It: "Questa modifica ha effetto il {date}. Ora non viene addebitato nulla.",
            Nl: "Deze wijziging gaat in op {date}. Er wordt nu niets in rekening gebracht.",
            Pt: "Esta alteração tem efeito a {date}. Nada é cobrado agora.",
            PtBr: "Esta alteração entra em vigor em {date}. Nada é cobrado agora.",
            Sv: "Ändringen gäller från den {date}. Inget debiteras nu.",
            Da: "Ændringen træder i kraft den {date}. Der opkræves intet nu.",
            Nb: "Endringen trer i kraft {date}. Ingenting belastes nå.",
            Fi: "Muutos tulee voimaan {date}. Mitään ei veloiteta nyt.",
            Pl: "Zmiana zacznie obowiązywać {date}. Teraz nic nie zostanie pobrane.",
            Cs: "Změna začne platit {date}. Nyní se nic neúčtuje.",
            Ja: "この変更は {date} に適用されます。今回の請求はありません。",
            ZhHans: "此更改将于 {date} 生效。现在不收取任何费用。",
            Ko: "이 변경은 {date}에 적용됩니다. 지금은 청구되지 않습니다.",
            Tr: "Bu değişiklik {date} tarihinde geçerli olur. Şimdi herhangi bir ücret alınmaz.",
            Ar: "يسري هذا التغيير في {date}. لن يُحصَّل أي مبلغ الآن.",
            He: "השינוי ייכנס לתוקף בתאריך {date}. לא יבוצע חיוב כעת.",
            Uk: "Зміна набуде чинності {date}. Зараз нічого не стягується.",
            El: "Η αλλαγή ισχύει από {date}. Δεν γίνεται καμία χρέωση τώρα.",
        },
        NoChange => {
            En: "This is already your plan and quantity.", Fr: "C'est déjà votre formule et votre quantité.",
            De: "Das sind bereits Ihr Tarif und Ihre Menge.", Es: "Ya tienes este plan y esta cantidad.",
            It: "Questi sono già il tuo piano e la tua quantità.", Nl: "Dit is al je abonnement en aantal.",
            Pt: "Este já é o seu plano e a sua quantidade.", PtBr: "Este já é o seu plano e a sua quantidade.",
            Sv: "Det här är redan din plan och ditt antal.", Da: "Det er allerede dit abonnement og antal.",
            Nb: "Dette er allerede abonnementet og antallet ditt.", Fi: "Tämä on jo nykyinen tilauksesi ja määräsi.",
            Pl: "To już jest Twój plan i liczba.", Cs: "Toto je již váš tarif a množství.",
            Ja: "すでにこのプランと数量です。", ZhHans: "这已经是您当前的套餐和数量。",
            Ko: "이미 현재 플랜과 수량입니다.", Tr: "Bu zaten mevcut planınız ve adediniz.",
            Ar: "هذه هي خطتك وكميتك الحالية بالفعل.", He: "זו כבר התוכנית והכמות שלך.",
            Uk: "Це вже ваш тариф і кількість.", El: "Αυτό είναι ήδη το πρόγραμμα και η ποσότητά σας.",
        },
        ConfirmChange => {
            En: "Confirm the change", Fr: "Confirmer la modification", De: "Änderung bestätigen",
            Es: "Confirmar el cambio", It: "Conferma la modifica", Nl: "Wijziging bevestigen",
            Pt: "Confirmar a alteração", PtBr: "Confirmar a alteração", Sv: "Bekräfta ändringen",
            Da: "Bekræft ændringen", Nb: "Bekreft endringen", Fi: "Vahvista muutos", Pl: "Potwierdź zmianę",
            Cs: "Potvrdit změnu", Ja: "変更を確定", ZhHans: "确认更改", Ko: "변경 확정",
            Tr: "Değişikliği onayla", Ar: "تأكيد التغيير", He: "אישור השינוי", Uk: "Підтвердити зміну",
            El: "Επιβεβαίωση αλλαγής",
        },
        ChooseAnother => {
            En: "Choose another plan", Fr: "Choisir une autre formule", De: "Anderen Tarif wählen",
            Es: "Elegir otro plan", It: "Scegli un altro piano", Nl: "Ander abonnement kiezen",
            Pt: "Escolher outro plano", PtBr: "Escolher outro plano", Sv: "Välj en annan plan",
            Da: "Vælg et andet abonnement", Nb: "Velg et annet abonnement", Fi: "Valitse toinen tilaus",
            Pl: "Wybierz inny plan", Cs: "Vybrat jiný tarif", Ja: "別のプランを選ぶ", ZhHans: "选择其他套餐",
            Ko: "다른 플랜 선택", Tr: "Başka bir plan seç", Ar: "اختيار خطة أخرى", He: "בחירת תוכנית אחרת",
            Uk: "Вибрати інший тариф", El: "Επιλογή άλλου προγράμματος",
        },
        CancelHeading => {
            En: "Cancel subscription", Fr: "Résilier l'abonnement", De: "Abonnement kündigen",
            Es: "Cancelar la suscripción", It: "Annulla l'abbonamento", Nl: "Abonnement opzeggen",
            Pt: "Cancelar a subscrição", PtBr: "Cancelar a assinatura", Sv: "Säg upp prenumerationen",
            Da: "Opsig abonnementet", Nb: "Si opp abonnementet", Fi: "Peru tilaus", Pl: "Anuluj subskrypcję",
            Cs: "Zrušit předplatné", Ja: "定期契約の解約", ZhHans: "取消订阅", Ko: "구독 해지",
            Tr: "Aboneliği iptal et", Ar: "إلغاء الاشتراك", He: "ביטול מינוי", Uk: "Скасувати підписку",
            El: "Ακύρωση συνδρομής",
        },
        AccessUntil => {
            En: "If you cancel, {plan} stays active until {date}, then ends. You will not be charged again.",
            Fr: "Si vous résiliez, {plan} reste actif jusqu'au {date}, puis prend fin. Vous ne serez plus facturé.",
            De: "Wenn Sie kündigen, bleibt {plan} bis {date} aktiv und endet dann. Es wird nichts mehr berechnet.",
            Es: "Si cancelas, {plan} seguirá activo hasta el {date} y después finalizará. No se te volverá a cobrar.",
            It: "Se annulli, {plan} resta attivo fino al {date}, poi termina. Non ti verrà addebitato altro.",
            Nl: "Als je opzegt, blijft {plan} actief tot {date} en eindigt dan. Er wordt niets meer in rekening gebracht.",
            Pt: "Se cancelar, {plan} mantém-se ativo até {date} e depois termina. Não voltará a ser cobrado.",
            PtBr: "Se você cancelar, {plan} continua ativo até {date} e depois termina. Você não será cobrado novamente.",
            Sv: "Om du säger upp fortsätter {plan} att gälla till den {date} och upphör sedan. Du debiteras inte igen.",
            Da: "Hvis du opsiger, er {plan} aktivt indtil den {date} og ophører derefter. Du bliver ikke opkrævet igen.",
            Nb: "Hvis du sier opp, er {plan} aktivt til {date} og avsluttes deretter. Du blir ikke belastet igjen.",
            Fi: "Jos perut, {plan} on voimassa {date} asti ja päättyy sitten. Sinua ei veloiteta enää.",
            Pl: "Jeśli anulujesz, {plan} pozostanie aktywny do {date}, a potem się zakończy. Nie zostaniesz ponownie obciążony.",
            Cs: "Pokud zrušíte, {plan} zůstane aktivní do {date} a poté skončí. Nic dalšího vám nebude účtováno.",
            Ja: "解約すると、{plan} は {date} まで有効で、その後終了します。以降の請求はありません。",
            ZhHans: "如果取消，{plan} 将保持有效至 {date}，之后结束。您不会再被收费。",
            Ko: "해지하면 {plan}은(는) {date}까지 유지된 후 종료됩니다. 더 이상 청구되지 않습니다.",
            Tr: "İptal ederseniz {plan} {date} tarihine kadar etkin kalır, ardından sona erer. Sizden tekrar ücret alınmaz.",
            Ar: "إذا ألغيت، يظل {plan} نشطًا حتى {date} ثم ينتهي. لن تُحاسَب مرة أخرى.",
            He: "בביטול, {plan} יישאר פעיל עד {date} ואז יסתיים. לא יבוצעו חיובים נוספים.",
            Uk: "Якщо скасуєте, {plan} діятиме до {date}, а потім завершиться. Більше коштів не буде стягнуто.",
            El: "Αν ακυρώσετε, το {plan} παραμένει ενεργό έως {date} και μετά λήγει. Δεν θα χρεωθείτε ξανά.",
        },
        AccessEndsNow => {
            En: "If you cancel, {plan} ends immediately and your access stops now.",
            Fr: "Si vous résiliez, {plan} prend fin immédiatement et votre accès s'arrête maintenant.",
            De: "Wenn Sie kündigen, endet {plan} sofort und Ihr Zugang endet jetzt.",
            Es: "Si cancelas, {plan} finaliza de inmediato y pierdes el acceso ahora.",
            It: "Se annulli, {plan} termina subito e il tuo accesso si interrompe ora.",
            Nl: "Als je opzegt, eindigt {plan} direct en stopt je toegang nu.",
            Pt: "Se cancelar, {plan} termina imediatamente e o seu acesso termina agora.",
            PtBr: "Se você cancelar, {plan} termina imediatamente e seu acesso acaba agora.",
            Sv: "Om du säger upp upphör {plan} direkt och din tillgång upphör nu.",
            Da: "Hvis du opsiger, ophører {plan} med det samme, og din adgang stopper nu.",
            Nb: "Hvis du sier opp, avsluttes {plan} umiddelbart, og tilgangen din stopper nå.",
            Fi: "Jos perut, {plan} päättyy heti ja käyttöoikeutesi loppuu nyt.",
            Pl: "Jeśli anulujesz, {plan} zakończy się natychmiast i stracisz dostęp.",
            Cs: "Pokud zrušíte, {plan} okamžitě skončí a váš přístup končí hned teď.",
            Ja: "解約すると、{plan} は直ちに終了し、すぐにご利用いただけなくなります。",
            ZhHans: "如果取消，{plan} 将立即结束，您的访问权限也将立即停止。",
            Ko: "해지하면 {plan}이(가) 즉시 종료되며 바로 이용할 수 없게 됩니다.",
            Tr: "İptal ederseniz {plan} hemen sona erer ve erişiminiz şimdi durur.",
            Ar: "إذا ألغيت، ينتهي {plan} فورًا ويتوقف وصولك الآن.",
            He: "בביטול, {plan} יסתיים מיד והגישה תיפסק עכשיו.",
            Uk: "Якщо скасуєте, {plan} завершиться негайно, і доступ припиниться зараз.",
            El: "Αν ακυρώσετε, το {plan} λήγει αμέσως και η πρόσβασή σας σταματά τώρα.",
        },
        ReasonLegend => {
            En: "Why are you canceling? (optional)", Fr: "Pourquoi résiliez-vous ? (facultatif)",
            De: "Warum kündigen Sie? (optional)", Es: "¿Por qué cancelas? (opcional)",
            It: "Perché annulli? (facoltativo)", Nl: "Waarom zeg je op? (optioneel)",
            Pt: "Porque está a cancelar? (opcional)", PtBr: "Por que você está cancelando? (opcional)",
            Sv: "Varför säger du upp? (valfritt)", Da: "Hvorfor opsiger du? (valgfrit)",
            Nb: "Hvorfor sier du opp? (valgfritt)", Fi: "Miksi perut? (valinnainen)",
            Pl: "Dlaczego anulujesz? (opcjonalnie)", Cs: "Proč rušíte? (nepovinné)",
            Ja: "解約の理由（任意）", ZhHans: "您为什么取消？（可选）", Ko: "해지하는 이유 (선택 사항)",
            Tr: "Neden iptal ediyorsunuz? (isteğe bağlı)", Ar: "لماذا تلغي؟ (اختياري)",
            He: "מדוע את/ה מבטל/ת? (אופציונלי)", Uk: "Чому ви скасовуєте? (необов’язково)",
            El: "Γιατί ακυρώνετε; (προαιρετικό)",
        },
        CommentLabel => {
            En: "Anything else you want to tell us? (optional)", Fr: "Autre chose à nous dire ? (facultatif)",
            De: "Möchten Sie uns noch etwas mitteilen? (optional)", Es: "¿Algo más que quieras contarnos? (opcional)",
            It: "Vuoi dirci altro? (facoltativo)", Nl: "Wil je ons nog iets laten weten? (optioneel)",
            Pt: "Mais alguma coisa que nos queira dizer? (opcional)", PtBr: "Algo mais que queira nos contar? (opcional)",
            Sv: "Något mer du vill berätta? (valfritt)", Da: "Er der andet, du vil fortælle os? (valgfrit)",
            Nb: "Er det noe annet du vil fortelle oss? (valgfritt)", Fi: "Haluatko kertoa meille vielä jotain? (valinnainen)",
            Pl: "Chcesz nam coś jeszcze przekazać? (opcjonalnie)", Cs: "Chcete nám ještě něco sdělit? (nepovinné)",
            Ja: "その他ご意見があればお聞かせください（任意）", ZhHans: "还有其他想告诉我们的吗？（可选）",
            Ko: "더 전하고 싶은 내용이 있나요? (선택 사항)", Tr: "Bize söylemek istediğiniz başka bir şey var mı? (isteğe bağlı)",
            Ar: "هل هناك أي شيء آخر تود إخبارنا به؟ (اختياري)", He: "יש עוד משהו שתרצה/י לספר לנו? (אופציונלי)",
            Uk: "Бажаєте ще щось нам сказати? (необов’язково)", El: "Θέλετε να μας πείτε κάτι άλλο; (προαιρετικό)",
        },
        KeepSubscription => {
            En: "Keep my subscription", Fr: "Garder mon abonnement", De: "Abonnement behalten",
            Es: "Mantener mi suscripción", It: "Mantieni il mio abbonamento", Nl: "Mijn abonnement behouden",
            Pt: "Manter a minha subscrição", PtBr: "Manter minha assinatura", Sv: "Behåll min prenumeration",
            Da: "Behold mit abonnement", Nb: "Behold abonnementet mitt", Fi: "Pidä tilaukseni",
            Pl: "Zachowaj subskrypcję", Cs: "Ponechat předplatné", Ja: "定期契約を続ける", ZhHans: "保留我的订阅",
            Ko: "구독 유지", Tr: "Aboneliğimi sürdür", Ar: "الإبقاء على اشتراكي", He: "להשאיר את המינוי",
            Uk: "Залишити підписку", El: "Διατήρηση της συνδρομής μου",
        },
        AlreadyCanceling => {
            En: "This subscription already ends on {date}.", Fr: "Cet abonnement prend déjà fin le {date}.",
            De: "Dieses Abonnement endet bereits am {date}.", Es: "Esta suscripción ya finaliza el {date}.",
            It: "Questo abbonamento termina già il {date}.", Nl: "Dit abonnement eindigt al op {date}.",
            Pt: "Esta subscrição já termina a {date}.", PtBr: "Esta assinatura já termina em {date}.",
            Sv: "Den här prenumerationen upphör redan den {date}.", Da: "Dette abonnement ophører allerede den {date}.",
            Nb: "Dette abonnementet avsluttes allerede {date}.", Fi: "Tämä tilaus päättyy jo {date}.",
            Pl: "Ta subskrypcja i tak kończy się {date}.", Cs: "Toto předplatné již končí {date}.",
            Ja: "この定期契約はすでに {date} に終了する予定です。", ZhHans: "此订阅已定于 {date} 结束。",
            Ko: "이 구독은 이미 {date}에 종료될 예정입니다.", Tr: "Bu abonelik zaten {date} tarihinde sona erecek.",
            Ar: "ينتهي هذا الاشتراك بالفعل في {date}.", He: "המינוי הזה כבר מסתיים בתאריך {date}.",
            Uk: "Ця підписка вже завершується {date}.", El: "Αυτή η συνδρομή ήδη λήγει στις {date}.",
        },
        AlreadyEnded => {
            En: "This subscription has ended.", Fr: "Cet abonnement a pris fin.", De: "Dieses Abonnement ist beendet.",
            Es: "Esta suscripción ha finalizado.", It: "Questo abbonamento è terminato.", Nl: "Dit abonnement is beëindigd.",
            Pt: "Esta subscrição terminou.", PtBr: "Esta assinatura foi encerrada.", Sv: "Den här prenumerationen har upphört.",
            Da: "Dette abonnement er ophørt.", Nb: "Dette abonnementet er avsluttet.", Fi: "Tämä tilaus on päättynyt.",
            Pl: "Ta subskrypcja się zakończyła.", Cs: "Toto předplatné skončilo.", Ja: "この定期契約は終了しました。",
            ZhHans: "此订阅已结束。", Ko: "이 구독은 종료되었습니다.", Tr: "Bu abonelik sona erdi.",
            Ar: "انتهى هذا الاشتراك.", He: "המינוי הזה הסתיים.", Uk: "Ця підписка завершилася.",
            El: "Αυτή η συνδρομή έχει λήξει.",
        },
        ReasonTooExpensive => {
            En: "It's too expensive", Fr: "C'est trop cher", De: "Es ist zu teuer", Es: "Es demasiado caro",
            It: "È troppo costoso", Nl: "Het is te duur", Pt: "É demasiado caro", PtBr: "É caro demais",
            Sv: "Det är för dyrt", Da: "Det er for dyrt", Nb: "Det er for dyrt", Fi: "Se on liian kallis",
            Pl: "Jest za drogo", Cs: "Je to příliš drahé", Ja: "料金が高すぎる", ZhHans: "价格太高",
            Ko: "너무 비쌈", Tr: "Çok pahalı", Ar: "السعر مرتفع جدًا", He: "יקר מדי", Uk: "Надто дорого",
            El: "Είναι πολύ ακριβό",
        },
        ReasonMissingFeatures => {
            En: "Features I need are missing", Fr: "Il manque des fonctionnalités dont j'ai besoin",
            De: "Mir fehlen Funktionen", Es: "Faltan funciones que necesito", It: "Mancano funzioni che mi servono",
            Nl: "Er ontbreken functies die ik nodig heb", Pt: "Faltam funcionalidades de que preciso",
            PtBr: "Faltam recursos de que preciso", Sv: "Funktioner jag behöver saknas",
            Da: "Der mangler funktioner, jeg har brug for", Nb: "Det mangler funksjoner jeg trenger",
            Fi: "Tarvitsemiani ominaisuuksia puuttuu", Pl: "Brakuje potrzebnych funkcji",
            Cs: "Chybí mi potřebné funkce", Ja: "必要な機能がない", ZhHans: "缺少我需要的功能",
            Ko: "필요한 기능이 없음", Tr: "İhtiyacım olan özellikler eksik", Ar: "تنقصه ميزات أحتاجها",
            He: "חסרות תכונות שאני צריך/ה", Uk: "Бракує потрібних функцій", El: "Λείπουν λειτουργίες που χρειάζομαι",
        },
        ReasonSwitchedService => {
            En: "I'm switching to another service", Fr: "Je passe à un autre service", De: "Ich wechsle zu einem anderen Dienst",
            Es: "Me cambio a otro servicio", It: "Passo a un altro servizio", Nl: "Ik stap over naar een andere dienst",
            Pt: "Vou mudar para outro serviço", PtBr: "Vou mudar para outro serviço", Sv: "Jag byter till en annan tjänst",
            Da: "Jeg skifter til en anden tjeneste", Nb: "Jeg bytter til en annen tjeneste", Fi: "Vaihdan toiseen palveluun",
            Pl: "Przechodzę do innej usługi", Cs: "Přecházím k jiné službě", Ja: "別のサービスに乗り換える",
            ZhHans: "改用其他服务", Ko: "다른 서비스로 전환", Tr: "Başka bir hizmete geçiyorum",
            Ar: "سأنتقل إلى خدمة أخرى", He: "אני עובר/ת לשירות אחר", Uk: "Переходжу до іншого сервісу",
            El: "Αλλάζω σε άλλη υπηρεσία",
        },
        ReasonUnused => {
            En: "I don't use it enough", Fr: "Je ne l'utilise pas assez", De: "Ich nutze es zu selten",
            Es: "No lo uso lo suficiente", It: "Non lo uso abbastanza", Nl: "Ik gebruik het te weinig",
            Pt: "Não o uso o suficiente", PtBr: "Não uso o suficiente", Sv: "Jag använder det för lite",
            Da: "Jeg bruger det ikke nok", Nb: "Jeg bruker det ikke nok", Fi: "En käytä sitä tarpeeksi",
            Pl: "Za rzadko z niej korzystam", Cs: "Málo to využívám", Ja: "あまり使っていない",
            ZhHans: "使用得不够多", Ko: "자주 사용하지 않음", Tr: "Yeterince kullanmıyorum",
            Ar: "لا أستخدمه بما يكفي", He: "אני לא משתמש/ת בזה מספיק", Uk: "Я мало цим користуюся",
            El: "Δεν το χρησιμοποιώ αρκετά",
        },
        ReasonCustomerService => {
            En: "I'm unhappy with customer service", Fr: "Je ne suis pas satisfait du service client",
            De: "Ich bin mit dem Kundenservice unzufrieden", Es: "No estoy satisfecho con la atención al cliente",
            It: "Non sono soddisfatto dell'assistenza clienti", Nl: "Ik ben ontevreden over de klantenservice",
            Pt: "Não estou satisfeito com o apoio ao cliente", PtBr: "Não estou satisfeito com o atendimento",
            Sv: "Jag är missnöjd med kundtjänsten", Da: "Jeg er utilfreds med kundeservice",
            Nb: "Jeg er misfornøyd med kundeservice", Fi: "En ole tyytyväinen asiakaspalveluun",
            Pl: "Jestem niezadowolony z obsługi klienta", Cs: "Nejsem spokojen se zákaznickou podporou",
            Ja: "カスタマーサービスに不満がある", ZhHans: "对客户服务不满意", Ko: "고객 서비스에 불만족",
            Tr: "Müşteri hizmetlerinden memnun değilim", Ar: "لست راضيًا عن خدمة العملاء",
            He: "אני לא מרוצה משירות הלקוחות", Uk: "Незадоволений службою підтримки",
            El: "Δεν είμαι ικανοποιημένος από την εξυπηρέτηση πελατών",
        },
        ReasonTooComplex => {
            En: "It's too complicated", Fr: "C'est trop compliqué", De: "Es ist zu kompliziert",
            Es: "Es demasiado complicado", It: "È troppo complicato", Nl: "Het is te ingewikkeld",
            Pt: "É demasiado complicado", PtBr: "É complicado demais", Sv: "Det är för krångligt",
            Da: "Det er for kompliceret", Nb: "Det er for komplisert", Fi: "Se on liian monimutkainen",
            Pl: "Jest zbyt skomplikowana", Cs: "Je to příliš složité", Ja: "使い方が難しすぎる",
            ZhHans: "太复杂", Ko: "너무 복잡함", Tr: "Çok karmaşık", Ar: "إنه معقّد جدًا",
            He: "מסובך מדי", Uk: "Надто складно", El: "Είναι πολύ περίπλοκο",
        },
        ReasonLowQuality => {
            En: "The quality is not good enough", Fr: "La qualité n'est pas suffisante", De: "Die Qualität reicht nicht aus",
            Es: "La calidad no es suficiente", It: "La qualità non è sufficiente", Nl: "De kwaliteit is niet goed genoeg",
            Pt: "A qualidade não é suficiente", PtBr: "A qualidade não é boa o suficiente", Sv: "Kvaliteten är inte tillräckligt bra",
            Da: "Kvaliteten er ikke god nok", Nb: "Kvaliteten er ikke god nok", Fi: "Laatu ei ole riittävä",
            Pl: "Jakość jest niewystarczająca", Cs: "Kvalita není dostatečná", Ja: "品質が十分でない",
            ZhHans: "质量不够好", Ko: "품질이 만족스럽지 않음", Tr: "Kalite yeterince iyi değil",
            Ar: "الجودة ليست جيدة بما يكفي", He: "האיכות לא מספיק טובה", Uk: "Недостатня якість",
            El: "Η ποιότητα δεν είναι αρκετά καλή",
        },
        ReasonOther => {
            En: "Another reason", Fr: "Une autre raison", De: "Ein anderer Grund", Es: "Otro motivo",
            It: "Un altro motivo", Nl: "Een andere reden", Pt: "Outro motivo", PtBr: "Outro motivo",
            Sv: "Ett annat skäl", Da: "En anden grund", Nb: "En annen grunn", Fi: "Jokin muu syy",
            Pl: "Inny powód", Cs: "Jiný důvod", Ja: "その他の理由", ZhHans: "其他原因", Ko: "기타 이유",
            Tr: "Başka bir neden", Ar: "سبب آخر", He: "סיבה אחרת", Uk: "Інша причина", El: "Άλλος λόγος",
        },
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
