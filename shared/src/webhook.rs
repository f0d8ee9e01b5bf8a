//! Webhook endpoints, their delivery log, and the `delivery_success` filter of
//! `GET /v1/events`. Delivery itself follows the Standard Webhooks specification
//! (see the README's "Webhooks" section).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::wire_enum::wire_enum;

wire_enum! {
    /// Whether an endpoint receives deliveries.
    pub enum WebhookEndpointStatus("webhook endpoint status") {
        Enabled => "enabled",
        Disabled => "disabled",
    }
}

wire_enum! {
    /// Why an endpoint is disabled.
    pub enum DisabledReason("disabled reason") {
        /// The merchant disabled it (`disabled: true`).
        Manual => "manual",
        /// It answered `410 Gone`.
        Gone => "gone",
        /// Every delivery failed for the whole retry window.
        Failing => "failing",
    }
}

wire_enum! {
    /// Where one event's delivery to one endpoint stands.
    pub enum DeliveryStatus("webhook delivery status") {
        /// Due at `next_attempt_at`.
        Pending => "pending",
        /// The endpoint answered `2xx`.
        Succeeded => "succeeded",
        /// Retries exhausted, or the endpoint answered `410 Gone`.
        Failed => "failed",
        /// The endpoint was deleted before the delivery was made.
        Canceled => "canceled",
    }
}

/// A URL of the merchant's that receives the tenant's events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookEndpoint {
    /// `we_…`
    pub id: String,
    /// Always `"webhook_endpoint"`.
    pub object: String,
    pub url: String,
    pub description: Option<String>,
    /// Event types delivered to this endpoint, or `["*"]` for all.
    pub enabled_events: Vec<String>,
    pub status: WebhookEndpointStatus,
    /// Why the endpoint is disabled (`null` while it is enabled).
    pub disabled_reason: Option<DisabledReason>,
    /// A sentence about the failure that disabled it, when `disabled_reason` is not `manual`.
    pub disabled_message: Option<String>,
    /// The signing secret (`whsec_…`): present only in the response that created it
    /// or rotated it, never again.
    pub secret: Option<String>,
    /// While a rotated-out secret still signs (deliveries carry both signatures).
    pub previous_secret_expires_at: Option<DateTime<Utc>>,
    pub created: DateTime<Utc>,
}

/// `POST /v1/webhook_endpoints`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateWebhookEndpointRequest {
    /// `https://…` (plain `http` is accepted too). Private, loopback and link-local
    /// targets are refused unless the operator allows them for test mode.
    pub url: String,
    /// Event types, or `["*"]` for all.
    pub enabled_events: Vec<String>,
    pub description: Option<String>,
}

/// `POST /v1/webhook_endpoints/{id}`: only the fields present change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateWebhookEndpointRequest {
    pub url: Option<String>,
    pub enabled_events: Option<Vec<String>>,
    pub description: Option<String>,
    /// `true` disables the endpoint: its pending deliveries wait, and events created
    /// while it is disabled are not sent to it. `false` enables it again.
    pub disabled: Option<bool>,
}

/// `POST /v1/webhook_endpoints/{id}/rotate_secret`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RotateWebhookSecretRequest {
    /// How long the old secret keeps signing alongside the new one (0 to 604800;
    /// default 86400, one day).
    pub overlap_seconds: Option<u64>,
}

/// `POST /v1/webhook_endpoints/{id}/resend`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ResendWebhookRequest {
    /// The event to deliver again (`evt_…`).
    pub event: String,
}

/// The state of one event's delivery to one endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookDelivery {
    /// Always `"webhook_delivery"`.
    pub object: String,
    pub event: String,
    pub endpoint: String,
    pub status: DeliveryStatus,
    pub attempts: i64,
    pub next_attempt_at: Option<DateTime<Utc>>,
}

/// One HTTP attempt of a delivery: the delivery log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookAttempt {
    /// `wha_…`
    pub id: String,
    /// Always `"webhook_attempt"`.
    pub object: String,
    pub event: String,
    pub endpoint: String,
    pub attempted_at: DateTime<Utc>,
    /// The HTTP status, or `null` when there was no response (timeout, connection
    /// error, refused target).
    pub status_code: Option<u16>,
    /// Why there was no response, or `null`.
    pub error: Option<String>,
    pub latency_ms: i64,
    /// The first 1 KiB of the response body.
    pub response_body: Option<String>,
    /// Whether this attempt delivered the event (2xx).
    pub success: bool,
}

/// Filters of a webhook endpoint's attempt log.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct WebhookAttemptFilter {
    /// Only attempts of this event (`evt_…`).
    pub event: Option<String>,
}

/// The `delivery_success` filter of `GET /v1/events`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct DeliveryFilter {
    /// `false`: events not yet delivered to at least one endpoint after at least one
    /// attempt (failing or given up). `true`: events delivered to every endpoint
    /// they were sent to.
    pub delivery_success: Option<bool>,
}
