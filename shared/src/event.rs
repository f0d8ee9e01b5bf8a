//! Events: the outbox record of every change, later delivered as webhooks.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::EventId;

/// Something that happened in a tenant's account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Event {
    pub id: EventId,
    /// Always `"event"`.
    pub object: String,
    /// e.g. `customer.created`.
    #[serde(rename = "type")]
    pub kind: String,
    pub created: DateTime<Utc>,
    pub data: EventData,
    /// `api` (a merchant's key), `portal` (an end customer) or `system`.
    pub source: String,
    /// The portal session that caused the event, when `source` is `portal`.
    pub portal_session: Option<String>,
    pub request: EventRequest,
}

/// The object as it is after the change, and what changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventData {
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub object: serde_json::Value,
    /// The changed fields' previous values (updates only).
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub previous_attributes: Option<serde_json::Value>,
}

/// The API request that caused the event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventRequest {
    pub id: Option<String>,
    pub idempotency_key: Option<String>,
}

/// Filters of `GET /v1/events` (pagination is [`crate::list::ListParams`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct EventFilter {
    /// Only events of this type, e.g. `customer.created`.
    #[serde(rename = "type")]
    #[cfg_attr(feature = "openapi", param(rename = "type"))]
    pub kind: Option<String>,
}
