//! Prefixed object ids (`cus_…`, `evt_…`): the prefix says what an id names, so a
//! customer id can never be passed where an event id is expected.
//!
//! This crate only parses ids; the API mints them (it owns the randomness).

use serde::{Deserialize, Serialize};

/// Characters after the prefix: URL-safe, no separators.
fn is_id_body(body: &str) -> bool {
    !body.is_empty() && body.len() <= 64 && body.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The id is not of the expected kind or shape.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{value}` is not a valid {kind} id (expected `{prefix}_…`)")]
pub struct InvalidId {
    pub kind: &'static str,
    pub prefix: &'static str,
    pub value: String,
}

macro_rules! prefixed_id {
    ($(#[$meta:meta])* $name:ident, $prefix:literal, $kind:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// The prefix, without the underscore.
            pub const PREFIX: &'static str = $prefix;

            /// Parses an id, checking its prefix and body.
            pub fn parse(value: &str) -> Result<Self, InvalidId> {
                match value.strip_prefix(concat!($prefix, "_")) {
                    Some(body) if is_id_body(body) => Ok(Self(value.to_owned())),
                    _ => Err(InvalidId { kind: $kind, prefix: $prefix, value: value.to_owned() }),
                }
            }

            /// Builds an id from a freshly generated body (alphanumeric).
            pub fn from_body(body: &str) -> Result<Self, InvalidId> {
                Self::parse(&format!(concat!($prefix, "_{}"), body))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidId;
            fn try_from(value: String) -> Result<Self, InvalidId> {
                Self::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = InvalidId;
            fn from_str(value: &str) -> Result<Self, InvalidId> {
                Self::parse(value)
            }
        }
    };
}

prefixed_id!(/// A tenant (a merchant account).
    TenantId, "ten", "tenant");
prefixed_id!(/// A merchant API key's public identifier (never the secret).
    ApiKeyId, "key", "API key");
prefixed_id!(/// An end customer of a tenant.
    CustomerId, "cus", "customer");
prefixed_id!(/// A product in a tenant's catalog.
    ProductId, "prod", "product");
prefixed_id!(/// A price of a product.
    PriceId, "price", "price");
prefixed_id!(/// A customer's tax ID.
    TaxIdId, "txi", "tax ID");
prefixed_id!(/// A payment method (a card).
    PaymentMethodId, "pm", "payment method");
prefixed_id!(/// A subscription.
    SubscriptionId, "sub", "subscription");
prefixed_id!(/// An invoice.
    InvoiceId, "in", "invoice");
prefixed_id!(/// A test clock.
    TestClockId, "clock", "test clock");
prefixed_id!(/// An event in a tenant's outbox.
    EventId, "evt", "event");
prefixed_id!(/// A named portal configuration of a tenant.
    PortalConfigurationId, "bpc", "portal configuration");
prefixed_id!(/// A file a tenant uploaded (a business logo).
    FileId, "file", "file");
prefixed_id!(/// A webhook endpoint of a tenant.
    WebhookEndpointId, "we", "webhook endpoint");
prefixed_id!(/// A portal session.
    PortalSessionId, "ps", "portal session");
prefixed_id!(/// A member of a tenant's dashboard team.
    TeamMemberId, "usr", "team member");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_with_its_own_prefix_parses() {
        let id = CustomerId::parse("cus_4fZq9").expect("valid");
        assert_eq!(id.as_str(), "cus_4fZq9");
    }

    #[test]
    fn an_id_of_another_kind_is_rejected() {
        let err = CustomerId::parse("evt_4fZq9").expect_err("wrong prefix");
        assert_eq!(err.prefix, "cus");
        assert!(CustomerId::parse("cus_").is_err());
        assert!(CustomerId::parse("cus_a/b").is_err());
        assert!(CustomerId::parse(&format!("cus_{}", "a".repeat(65))).is_err());
    }

    #[test]
    fn ids_round_trip_through_json_as_plain_strings() {
        let id = EventId::parse("evt_abc").expect("valid");
        let json = serde_json::to_string(&id).expect("serializes");
        assert_eq!(json, "\"evt_abc\"");
        let back: EventId = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, id);
        assert!(serde_json::from_str::<EventId>("\"cus_abc\"").is_err());
    }
}
