//! A portal session as the merchant (and the portal) reads it: its state, its
//! effective configuration and what the customer did in it; and the filters of the
//! merchant's list of sessions.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Flow, PortalConfigurationView};
use crate::wire_enum::wire_enum;
use crate::{
    event::EventType,
    ids::{CustomerId, PortalSessionId},
    locale::Locale,
};

wire_enum! {
    /// Where a portal session is in its life (the API's `domain::portal` moves it:
    /// `completed`, `expired` and `revoked` are final).
    pub enum PortalSessionStatus("portal session status") {
        /// Minted by the merchant; its link has not been used yet.
        Created => "created",
        /// The link was exchanged for a portal token; the customer is in the portal.
        Opened => "opened",
        /// The customer went back to the merchant.
        Completed => "completed",
        /// The link was never used in time, or the opened session timed out.
        Expired => "expired",
        /// The merchant ended the session.
        Revoked => "revoked",
    }
}

/// A portal session. `url` is only present in the response that created it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalSession {
    /// `ps_…`
    pub id: String,
    /// Always `"portal.session"`.
    pub object: String,
    /// The single-use link (60 minutes). Only in the creating response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When the link stops working.
    pub expires_at: DateTime<Utc>,
    pub status: PortalSessionStatus,
    pub customer_id: CustomerId,
    pub return_url: String,
    /// The resolved locale (`fr`, `pt-BR`, …): always a supported one.
    pub locale: Locale,
    /// The effective configuration: the tenant's, with this session's overrides. In
    /// the portal's own view (`GET /v1/portal/session`) it has no
    /// `allowed_return_origins` (the merchant's business) and has
    /// `allow_detach_last_payment_method`.
    pub configuration: PortalConfigurationView,
    /// The deep link the session opens on, if any.
    pub flow: Option<Flow>,
    pub created: DateTime<Utc>,
    /// When the session ends at the latest if the customer does nothing more (idle or
    /// absolute lifetime, whichever comes first); `null` once it has ended.
    #[serde(default)]
    pub session_expires_at: Option<DateTime<Utc>>,
    /// The customer's name, in the portal's own view of its session
    /// (`GET /v1/portal/session`), so the portal can name the account it signed in to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
    /// The customer's email, in the portal's own view of its session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_email: Option<String>,
    /// What the customer did in the session so far (the summary
    /// `portal.session.completed` carries once it ends). In the merchant's view
    /// (`GET /v1/portal/sessions[/{id}]`) only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<PortalSessionSummary>,
    /// The merchant's own key/value pairs, given at creation (never shown to the customer).
    #[serde(default)]
    pub metadata: crate::customer::Metadata,
}

/// The object of a `portal.session.completed` event: the session as it ended, with
/// what the customer did in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompletedPortalSession {
    /// `ps_…`
    pub id: PortalSessionId,
    /// Always `"portal.session"`.
    pub object: String,
    pub customer_id: CustomerId,
    /// `completed`, or `expired` for a session abandoned until it timed out.
    pub status: PortalSessionStatus,
    pub summary: PortalSessionSummary,
}

/// What a customer did in one portal session: each change in time order, and how
/// many of each kind (keys in [`EventType`] order, so the same actions always give the
/// same JSON).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalSessionSummary {
    pub actions: Vec<PortalSessionAction>,
    /// How many actions of each kind, e.g. `{"subscription.canceled": 1}`.
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeMap<String, u64>))]
    pub counts: BTreeMap<EventType, u64>,
}

/// One change a customer made in the portal, as the webhook event that reported it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalSessionAction {
    /// The event type that reported the change (`subscription.updated`, …).
    pub kind: EventType,
    /// The object changed (`sub_…`, `pm_…`, `cus_…`).
    pub object_id: String,
    /// When, in Unix seconds.
    pub at: i64,
    /// What changed, as the event reported it (its `previous_attributes`; `null` for
    /// an object created or deleted). Never card numbers or secrets.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub changes: serde_json::Value,
}

/// Filters of `GET /v1/portal/sessions` (pagination is [`crate::list::ListParams`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct PortalSessionFilter {
    /// Only this customer's sessions (`cus_…`).
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>))]
    pub customer: Option<CustomerId>,
    /// Only sessions in this state.
    pub status: Option<PortalSessionStatus>,
}
