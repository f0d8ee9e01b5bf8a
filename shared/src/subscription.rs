//! Subscriptions: a customer paying a recurring price, renewed every period.
//! The rules (proration, state machine, dunning) are in `docs/billing-rules.md`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    ids::{CustomerId, InvoiceId, PriceId, SubscriptionId},
    money::Currency,
};

/// The reasons a customer may give when canceling (`cancellation_details.reason`), in
/// the order a portal offers them: the API checks them, the portal names them.
pub const CANCELLATION_REASONS: &[&str] = &[
    "too_expensive",
    "missing_features",
    "switched_service",
    "unused",
    "customer_service",
    "too_complex",
    "low_quality",
    "other",
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
    /// `trialing`, `active`, `past_due`, `unpaid` or `canceled`.
    pub status: String,
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
    pub latest_invoice: Option<InvoiceId>,
    pub created: DateTime<Utc>,
}

/// Why a subscription was canceled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CancellationDetails {
    /// `too_expensive`, `missing_features`, `switched_service`, `unused`,
    /// `customer_service`, `too_complex`, `low_quality`, `other`, or `payment_failed`
    /// (set by dunning) — `null` when none was given.
    pub reason: Option<String>,
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
}

/// `POST /v1/subscriptions/{id}` and its preview: change the price and/or quantity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateSubscriptionRequest {
    pub price: Option<String>,
    pub quantity: Option<i64>,
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
    /// `upgrade`, `downgrade`, `lateral` or `no_change`.
    pub change: String,
    /// `now` or `period_end` (a scheduled downgrade invoices nothing now).
    pub effective: String,
    pub effective_at: DateTime<Utc>,
    pub currency: Currency,
    pub lines: Vec<crate::invoice::InvoiceLine>,
    pub subtotal: i64,
    pub total: i64,
    /// What would be charged now, after the customer's credit.
    pub amount_due: i64,
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

/// A recorded usage report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UsageRecord {
    pub id: String,
    /// Always `"usage_record"`.
    pub object: String,
    pub subscription: SubscriptionId,
    pub quantity: i64,
    pub action: String,
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
