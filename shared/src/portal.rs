//! Portal sessions: what a merchant creates to send a customer to the hosted portal,
//! and what the portal server exchanges the link for.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{ids::CustomerId, locale::Locale};

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
    /// `created`, `opened`, `completed`, `expired` or `revoked`.
    pub status: String,
    pub customer_id: CustomerId,
    pub return_url: String,
    /// The resolved locale (`fr`, `pt-BR`, …): always a supported one.
    pub locale: Locale,
    /// The effective configuration: the tenant's, with this session's overrides.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub configuration: serde_json::Value,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub flow: Option<serde_json::Value>,
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
}

/// `POST /v1/portal/sessions`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreatePortalSessionRequest {
    pub customer_id: String,
    /// Where "Return to merchant" leads; defaults to the configuration's `default_return_url`.
    pub return_url: Option<String>,
    /// A supported locale, or `auto` (default): the customer's preferred locales, then
    /// `Accept-Language`, then the tenant's default, then `en`. A string, not a
    /// [`Locale`]: it also takes `auto` and any tag that negotiates to a supported
    /// locale (`FR-ca` → `fr`); the API refuses the rest on `locale`.
    pub locale: Option<String>,
    /// Per-session overrides of the portal configuration (the flat `*_enabled` names…).
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub configuration: Option<serde_json::Value>,
    /// A deep link: `{"type": "payment_method_update" | "subscription_cancel" |
    /// "subscription_update" | "subscription_update_confirm", "subscription": "sub_…",
    /// "after_completion": {"type": "redirect" | "hosted_confirmation" | "portal_homepage", …}}`.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub flow: Option<serde_json::Value>,
}

/// `POST /v1/portal/sessions/exchange`: the portal server trades a link secret for a token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ExchangeRequest {
    pub secret: String,
}

/// A portal token and when it expires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalToken {
    /// A JWT scoped to one customer of one tenant, for `Authorization: Bearer`.
    pub token: String,
    pub token_expires_at: DateTime<Utc>,
    /// When the session itself ends at the latest (idle or absolute lifetime).
    #[serde(default)]
    pub session_expires_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<PortalSession>,
}

/// `POST /v1/portal/sessions/complete`: where to send the customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CompletedSession {
    pub return_url: String,
}

/// The `/v1` routes a portal token may call, as `(method, route template)`: every
/// route the API's scope table declares for portal customers, and the session's own
/// `GET /v1/portal/session`. One list for both sides: the API's tests check its scope
/// table against it, and the portal's `/v1` proxy forwards exactly these (never the
/// session's refresh, exchange or complete, whose answers carry the bearer token).
pub const PORTAL_ROUTES: &[(&str, &str)] = &[
    ("GET", "/v1/customers/{id}"),
    ("POST", "/v1/customers/{id}"),
    ("GET", "/v1/customers/{id}/tax_ids"),
    ("POST", "/v1/customers/{id}/tax_ids"),
    ("GET", "/v1/customers/{id}/tax_ids/{tax_id}"),
    ("DELETE", "/v1/customers/{id}/tax_ids/{tax_id}"),
    ("GET", "/v1/customers/{id}/payment_methods"),
    ("GET", "/v1/tax_id_types"),
    ("POST", "/v1/payment_methods"),
    ("GET", "/v1/payment_methods/{id}"),
    ("POST", "/v1/payment_methods/{id}/attach"),
    ("POST", "/v1/payment_methods/{id}/detach"),
    ("POST", "/v1/payment_methods/{id}/authenticate"),
    ("GET", "/v1/products"),
    ("GET", "/v1/products/{id}"),
    ("GET", "/v1/prices"),
    ("GET", "/v1/prices/{id}"),
    ("GET", "/v1/subscriptions"),
    ("POST", "/v1/subscriptions"),
    ("GET", "/v1/subscriptions/{id}"),
    ("POST", "/v1/subscriptions/{id}"),
    ("GET", "/v1/subscriptions/{id}/usage"),
    ("POST", "/v1/subscriptions/{id}/preview"),
    ("POST", "/v1/subscriptions/{id}/cancel"),
    ("POST", "/v1/subscriptions/{id}/reactivate"),
    ("GET", "/v1/invoices"),
    ("GET", "/v1/invoices/{id}"),
    ("GET", "/v1/invoices/{id}/pdf"),
    ("GET", "/v1/invoices/{id}/payment_attempts"),
    ("POST", "/v1/invoices/{id}/pay"),
    ("GET", "/v1/portal/session"),
];
