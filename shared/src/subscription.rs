//! Subscriptions: a customer paying a recurring price, renewed every period.
//! The rules (proration, state machine, dunning) are in `docs/billing-rules.md`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::wire_enum::wire_enum;
use crate::{
    customer::Metadata,
    ids::{CustomerId, InvoiceId, PriceId, SubscriptionId},
    money::Currency,
};

wire_enum! {
    /// Where a subscription stands (the API's state machine moves it; see
    /// `docs/billing-rules.md`).
    pub enum SubscriptionStatus("subscription status") {
        /// In its free trial.
        Trialing => "trialing",
        /// Paid up.
        Active => "active",
        /// A payment failed; dunning retries it.
        PastDue => "past_due",
        /// Every retry failed and the tenant keeps such subscriptions, unpaid.
        Unpaid => "unpaid",
        /// Billing is paused until `pause.resumes_at`: no renewals, no invoices.
        Paused => "paused",
        /// Ended, for good.
        Canceled => "canceled",
    }
}

wire_enum! {
    /// Why a subscription was canceled (`cancellation_details.reason`).
    pub enum CancellationReason("cancellation reason") {
        TooExpensive => "too_expensive",
        MissingFeatures => "missing_features",
        SwitchedService => "switched_service",
        Unused => "unused",
        CustomerService => "customer_service",
        TooComplex => "too_complex",
        LowQuality => "low_quality",
        Other => "other",
        /// Set by dunning when every retry failed; never offered to a customer.
        PaymentFailed => "payment_failed",
    }
}

wire_enum! {
    /// The direction of a plan or quantity change (how the API classifies it: by the
    /// prices' rank within their family, then by amount).
    pub enum PlanChange("plan change") {
        Upgrade => "upgrade",
        Downgrade => "downgrade",
        /// Same rank and amount (another interval, say).
        Lateral => "lateral",
        /// The same price and quantity.
        NoChange => "no_change",
    }
}

wire_enum! {
    /// When a change takes effect.
    pub enum ChangeTiming("change timing") {
        /// Right away, invoiced with proration.
        Now => "now",
        /// At the end of the current period (a scheduled downgrade invoices nothing now).
        PeriodEnd => "period_end",
    }
}

/// The largest quantity of a subscription (the smallest is 1): the API refuses more,
/// the portal's plan picker totals no more.
pub const MAX_QUANTITY: i64 = 10_000;

/// The reasons a customer may give when canceling, in the order a portal offers them:
/// the API checks them, the portal names them. Every [`CancellationReason`] but
/// `payment_failed`, which only dunning sets.
pub const CANCELLATION_REASONS: &[CancellationReason] = &[
    CancellationReason::TooExpensive,
    CancellationReason::MissingFeatures,
    CancellationReason::SwitchedService,
    CancellationReason::Unused,
    CancellationReason::CustomerService,
    CancellationReason::TooComplex,
    CancellationReason::LowQuality,
    CancellationReason::Other,
];

/// A customer's subscription to a price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Subscription {
    pub id: SubscriptionId,
    /// Always `"subscription"`.
    pub object: String,
    pub customer: CustomerId,
    pub price: PriceId,
    pub quantity: i64,
    pub status: SubscriptionStatus,
    pub current_period_start: DateTime<Utc>,
    pub current_period_end: DateTime<Utc>,
    pub trial_start: Option<DateTime<Utc>>,
    pub trial_end: Option<DateTime<Utc>>,
    /// The subscription ends at `current_period_end` instead of renewing.
    pub cancel_at_period_end: bool,
    pub canceled_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub cancellation_details: Option<CancellationDetails>,
    /// A downgrade that takes effect at the period end.
    pub pending_update: Option<PendingUpdate>,
    /// A pause: scheduled (status `active`, `starts_at` is the period end) or running
    /// (status `paused`, until `resumes_at`). `null` when there is none.
    #[serde(default)]
    pub pause: Option<SubscriptionPause>,
    /// A percentage off the next renewals (a retention offer the customer accepted).
    #[serde(default)]
    pub discount: Option<SubscriptionDiscount>,
    pub latest_invoice: Option<InvoiceId>,
    /// The merchant's own key/value pairs (never shown to the customer).
    #[serde(default)]
    pub metadata: Metadata,
    pub created: DateTime<Utc>,
}

/// Why a subscription was canceled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CancellationDetails {
    /// `null` when none was given.
    pub reason: Option<CancellationReason>,
    pub comment: Option<String>,
}

/// A change scheduled for the end of the current period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PendingUpdate {
    pub price: PriceId,
    pub quantity: i64,
    pub effective_at: DateTime<Utc>,
}

/// A pause of a subscription's billing: from the end of a paid period (nothing paid is
/// lost) for whole periods, then billing resumes on the subscription's own cycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubscriptionPause {
    /// When billing stops: the end of the period in which the pause was asked for.
    pub starts_at: DateTime<Utc>,
    /// When billing resumes on its own, invoicing the next period.
    pub resumes_at: DateTime<Utc>,
}

/// A percentage off a subscription's next renewal invoices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubscriptionDiscount {
    /// 1–100.
    pub percent_off: i64,
    /// How many more renewal invoices it takes off (each renewal uses one).
    pub periods_remaining: i64,
}

wire_enum! {
    /// What a retention offer gives a customer about to cancel.
    pub enum RetentionOfferType("retention offer type") {
        /// `percent_off` off the next `periods` renewals.
        Discount => "discount",
        /// Billing paused for `periods` periods from the end of the current one.
        Pause => "pause",
    }
}

/// What the merchant offers a customer who cancels for `reason`, instead of canceling
/// (`subscription_cancel_retention_offers`): the portal shows it before the
/// cancellation goes through, and the customer accepts or declines it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RetentionOffer {
    /// The cancellation reason it answers (one offer per reason).
    pub reason: CancellationReason,
    #[serde(rename = "type")]
    pub kind: RetentionOfferType,
    /// `discount` only: the percentage off (1–100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_off: Option<i64>,
    /// How many periods the discount or the pause lasts (1–12).
    pub periods: i64,
}

/// `POST /v1/subscriptions/{id}/accept_retention_offer`: take the offer made for
/// `reason` instead of canceling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AcceptRetentionOfferRequest {
    pub reason: CancellationReason,
}

/// The most periods one pause may last (the portal's configuration may allow fewer).
pub const MAX_PAUSE_PERIODS: i64 = 12;

/// `POST /v1/subscriptions/{id}/pause`: pause billing at the end of the current period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PauseSubscriptionRequest {
    /// How many of the price's periods billing stays paused (1–12; in the portal, at
    /// most the configuration's `subscription_pause_max_periods`).
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 12))]
    pub periods: i64,
}

/// `POST /v1/subscriptions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateSubscriptionRequest {
    pub customer: String,
    pub price: String,
    /// Defaults to 1.
    pub quantity: Option<i64>,
    /// Days of free trial before the first charge (0–730).
    pub trial_period_days: Option<i64>,
    /// The merchant's own key/value pairs: at most 50 keys of 40 characters, values of
    /// 500.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

/// `POST /v1/subscriptions/{id}` and its preview: change the price and/or quantity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateSubscriptionRequest {
    pub price: Option<String>,
    pub quantity: Option<i64>,
    /// Merged into the current metadata; a key set to `null` is removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, Option<String>>>,
}

/// `POST /v1/subscriptions/{id}/cancel`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CancelSubscriptionRequest {
    /// `false` (default): cancel at the period end; `true`: end now.
    #[serde(default)]
    pub immediately: bool,
    /// With `immediately`: credit the unused time to the customer's balance.
    #[serde(default)]
    pub prorate: bool,
    pub reason: Option<String>,
    pub comment: Option<String>,
}

/// Filters of `GET /v1/subscriptions`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct SubscriptionFilter {
    pub customer: Option<String>,
    pub status: Option<String>,
}

/// What a change would invoice, before the customer confirms it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubscriptionChangePreview {
    pub change: PlanChange,
    pub effective: ChangeTiming,
    pub effective_at: DateTime<Utc>,
    pub currency: Currency,
    pub lines: Vec<crate::invoice::InvoiceLine>,
    pub subtotal: i64,
    pub total: i64,
    /// What would be charged now, after the customer's credit.
    pub amount_due: i64,
}

/// Query of `GET /v1/subscriptions/{id}/change_options`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct ChangeOptionsParams {
    /// The quantity every option is previewed with (1–10 000); defaults to the
    /// subscription's own.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 10000))]
    pub quantity: Option<i64>,
}

/// `GET /v1/subscriptions/{id}/change_options`: the prices a subscription may change
/// to, each with exactly what the change would do. A price the change rules would
/// refuse (not offered by the portal, archived, another currency or usage type, a
/// hidden downgrade) is not listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangeOptions {
    /// At most 20 options: the portal configuration's offered prices in its order, or
    /// the family's prices by product rank, each product's in the order they were made.
    pub data: Vec<ChangeOption>,
}

/// One price a subscription may change to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangeOption {
    pub price: crate::catalog::Price,
    /// The price's product (its name and features are what a plan picker shows).
    pub product: crate::catalog::Product,
    /// What changing to `price` would do: the same answer as
    /// `POST /v1/subscriptions/{id}/preview` with this price (its `change` is never
    /// `no_change`).
    pub preview: SubscriptionChangePreview,
}

/// `POST /v1/subscriptions/{id}/usage_records`: usage of a metered price.
/// Idempotent by `Idempotency-Key` and `timestamp`: the same pair records once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateUsageRecordRequest {
    /// ≥ 0.
    pub quantity: i64,
    /// When the usage happened; defaults to now (the customer's clock). Must fall in
    /// the current period.
    pub timestamp: Option<DateTime<Utc>>,
    /// `increment` (default) adds to the period's usage; `set` replaces it.
    pub action: Option<String>,
}

wire_enum! {
    /// How a usage report counts in its period.
    #[derive(Default)]
    pub enum UsageAction("usage action") {
        /// Adds to the period's usage.
        #[default]
        Increment => "increment",
        /// Replaces the period's usage so far.
        Set => "set",
    }
}

/// A recorded usage report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UsageRecord {
    pub id: String,
    /// Always `"usage_record"`.
    pub object: String,
    pub subscription: SubscriptionId,
    pub quantity: i64,
    pub action: UsageAction,
    pub timestamp: DateTime<Utc>,
}

/// `GET /v1/subscriptions/{id}/usage`: the current period's totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UsageSummary {
    /// Always `"usage_summary"`.
    pub object: String,
    pub subscription: SubscriptionId,
    pub period_start: DateTime<Utc>,
    pub period_end: DateTime<Utc>,
    /// Units used so far this period.
    pub total_usage: i64,
    pub currency: Currency,
    pub unit_amount: i64,
    /// What the usage so far will cost at renewal (minor units).
    pub amount: i64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire_enum::assert_round_trips;

    #[test]
    fn subscription_statuses_travel_as_their_exact_snake_case_names() {
        assert_round_trips(SubscriptionStatus::ALL, SubscriptionStatus::as_str);
        let names: Vec<&str> = SubscriptionStatus::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            names,
            ["trialing", "active", "past_due", "unpaid", "paused", "canceled"]
        );
    }

    #[test]
    fn cancellation_reasons_travel_as_their_exact_names_and_dunning_s_is_never_offered() {
        assert_round_trips(CancellationReason::ALL, CancellationReason::as_str);
        assert_eq!(CancellationReason::PaymentFailed.as_str(), "payment_failed");
        assert_eq!(CANCELLATION_REASONS.len(), CancellationReason::ALL.len() - 1);
        assert!(!CANCELLATION_REASONS.contains(&CancellationReason::PaymentFailed));
    }

    #[test]
    fn plan_changes_and_their_timing_travel_as_their_exact_names() {
        assert_round_trips(PlanChange::ALL, PlanChange::as_str);
        assert_eq!(
            PlanChange::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
            ["upgrade", "downgrade", "lateral", "no_change"]
        );
        assert_round_trips(ChangeTiming::ALL, ChangeTiming::as_str);
        assert_eq!(
            ChangeTiming::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
            ["now", "period_end"]
        );
    }

    #[test]
    fn an_unknown_status_is_an_error_not_a_default() {
        let err = serde_json::from_value::<SubscriptionStatus>(serde_json::json!("suspended")).expect_err("unknown");
        assert!(err.to_string().contains("suspended"), "{err}");
        let err = "suspended".parse::<SubscriptionStatus>().expect_err("unknown");
        assert_eq!(err.to_string(), "`suspended` is not a known subscription status");
    }
}
