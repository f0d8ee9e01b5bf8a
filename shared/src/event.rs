//! Events: the outbox record of every change, later delivered as webhooks.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{ids::EventId, wire_enum::wire_enum};

/// Something that happened in a tenant's account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Event {
    pub id: EventId,
    /// Always `"event"`.
    pub object: String,
    /// e.g. `customer.created`.
    #[serde(rename = "type")]
    pub kind: EventType,
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

wire_enum! {
    /// The kind of an [`Event`], spelled on the wire as a dotted snake_case name
    /// (`subscription.updated`). Webhook endpoints subscribe to these names.
    #[derive(PartialOrd, Ord)]
    pub enum EventType("event type") {
    /// A customer was created.
    CustomerCreated => "customer.created",
    /// A customer's details changed.
    CustomerUpdated => "customer.updated",
    /// A customer was deleted.
    CustomerDeleted => "customer.deleted",
    /// A tax id was added to a customer.
    CustomerTaxIdCreated => "customer.tax_id.created",
    /// A tax id was removed from a customer.
    CustomerTaxIdDeleted => "customer.tax_id.deleted",
    /// A payment method was attached to a customer.
    CustomerPaymentMethodAttached => "customer.payment_method_attached",
    /// A payment method was detached from its customer.
    CustomerPaymentMethodDetached => "customer.payment_method_detached",
    /// A payment method was created (not yet attached).
    PaymentMethodCreated => "payment_method.created",
    /// A payment method's metadata changed.
    PaymentMethodUpdated => "payment_method.updated",
    /// A product was created.
    ProductCreated => "product.created",
    /// A product changed.
    ProductUpdated => "product.updated",
    /// A price was created.
    PriceCreated => "price.created",
    /// A price changed (nickname, active, metadata).
    PriceUpdated => "price.updated",
    /// A subscription was created.
    SubscriptionCreated => "subscription.created",
    /// A subscription changed (plan, quantity, status, period).
    SubscriptionUpdated => "subscription.updated",
    /// A subscription was canceled (at once or scheduled for its period end).
    SubscriptionCanceled => "subscription.canceled",
    /// A scheduled cancellation was withdrawn.
    SubscriptionReactivated => "subscription.reactivated",
    /// A subscription's billing paused (at the end of a paid period).
    SubscriptionPaused => "subscription.paused",
    /// A paused subscription resumed billing (on its date, or early), or a scheduled
    /// pause was withdrawn.
    SubscriptionResumed => "subscription.resumed",
    /// An invoice was created.
    InvoiceCreated => "invoice.created",
    /// An invoice was finalized and is due.
    InvoiceFinalized => "invoice.finalized",
    /// An invoice was paid.
    InvoicePaid => "invoice.paid",
    /// Paying an invoice needs the customer to authenticate.
    InvoicePaymentActionRequired => "invoice.payment_action_required",
    /// An attempt to pay an invoice failed.
    InvoicePaymentFailed => "invoice.payment_failed",
    /// An invoice was voided.
    InvoiceVoided => "invoice.voided",
    /// An invoice's metadata changed.
    InvoiceUpdated => "invoice.updated",
    /// A portal session ended, with a summary of what the customer did.
    PortalSessionCompleted => "portal.session.completed",
    /// A test event about a webhook endpoint, sent to that endpoint only
    /// (`POST /v1/webhook_endpoints/{id}/test`): signed, retried and logged like any
    /// other, so a merchant can check their receiver end to end.
    WebhookEndpointTest => "webhook_endpoint.test",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_type_round_trips_through_its_wire_name_in_serde_and_from_str() {
        crate::wire_enum::assert_round_trips(EventType::ALL, EventType::as_str);
        for kind in EventType::ALL {
            assert_eq!(kind.to_string(), kind.as_str());
        }
    }

    #[test]
    fn wire_names_are_unique_dotted_snake_case() {
        let mut names: Vec<&str> = EventType::ALL.iter().map(|k| k.as_str()).collect();
        for name in &names {
            assert!(name.contains('.'), "{name}");
            assert!(
                name.split('.')
                    .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')),
                "{name}"
            );
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), EventType::ALL.len());
    }

    #[test]
    fn an_unknown_name_is_an_error_not_a_panic() {
        assert_eq!(
            "customer.exploded".parse::<EventType>(),
            Err(crate::wire_enum::UnknownValue {
                kind: "event type",
                value: "customer.exploded".to_owned()
            })
        );
        assert!(serde_json::from_str::<EventType>("\"customer.exploded\"").is_err());
    }
}
