//! Payment methods: cards, stored with the simulated processor.
//!
//! A card number travels only in [`CardParams`] (whose `Debug` hides it) and is
//! never returned, stored or logged: a payment method keeps the brand, the last
//! four digits, the expiry and a keyed fingerprint.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use crate::customer::Metadata;
use crate::ids::{CustomerId, PaymentMethodId};
use crate::wire_enum::wire_enum;

wire_enum! {
    /// Whether a payment method can be charged.
    pub enum PaymentMethodStatus("payment method status") {
        /// Ready to charge.
        Active => "active",
        /// Waiting for the customer to complete the card's authentication step
        /// (3-D Secure).
        RequiresAuthentication => "requires_authentication",
    }
}

/// A saved way to pay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaymentMethod {
    pub id: PaymentMethodId,
    /// Always `"payment_method"`.
    pub object: String,
    /// Always `"card"` for now.
    #[serde(rename = "type")]
    pub kind: String,
    /// The customer it is attached to, if any.
    pub customer: Option<CustomerId>,
    pub status: PaymentMethodStatus,
    pub card: CardDetails,
    /// The merchant's own key/value pairs (never shown to the customer).
    #[serde(default)]
    pub metadata: Metadata,
    pub created: DateTime<Utc>,
}

/// `POST /v1/payment_methods/{id}`: what a merchant may change on a card (its details
/// are the card's).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdatePaymentMethodRequest {
    /// Merged into the current metadata; a key set to `null` is removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, Option<String>>>,
}

/// What is kept of a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CardDetails {
    /// `visa`, `mastercard`, `amex`, `discover`, `diners`, `jcb`, `unionpay` or `unknown`.
    pub brand: String,
    pub last4: String,
    pub exp_month: u32,
    pub exp_year: i32,
    /// Equal for the same card number within a tenant's platform; use it to spot duplicates.
    pub fingerprint: String,
}

/// `POST /v1/payment_methods`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreatePaymentMethodRequest {
    /// Only `card` (the default).
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    pub card: CardParams,
    /// Attach to this customer right away (`cus_…`).
    #[serde(default)]
    pub customer: Option<String>,
    /// The merchant's own key/value pairs: at most 50 keys of 40 characters, values of
    /// 500.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

/// Card details as entered. `Debug` shows only the last four digits.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CardParams {
    /// The card number (spaces and dashes allowed).
    pub number: String,
    pub exp_month: i64,
    /// Four digits (two are accepted).
    pub exp_year: i64,
    pub cvc: Option<String>,
}

impl std::fmt::Debug for CardParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let digits: String = self.number.chars().filter(char::is_ascii_digit).collect();
        let last4 = digits.get(digits.len().saturating_sub(4)..).unwrap_or_default();
        f.debug_struct("CardParams")
            .field("number", &format_args!("…{last4}"))
            .field("exp_month", &self.exp_month)
            .field("exp_year", &self.exp_year)
            .field("cvc", &self.cvc.as_ref().map(|_| "***"))
            .finish()
    }
}

impl std::fmt::Debug for CreatePaymentMethodRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreatePaymentMethodRequest")
            .field("kind", &self.kind)
            .field("card", &self.card)
            .field("customer", &self.customer)
            .finish()
    }
}

/// `POST /v1/payment_methods/{id}/attach`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AttachPaymentMethodRequest {
    pub customer: String,
}

/// `POST /v1/payment_methods/{id}/authenticate`: the customer's answer to the
/// simulated authentication challenge (test mode).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AuthenticatePaymentMethodRequest {
    /// `approve` or `deny`.
    pub outcome: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payment_method_statuses_travel_as_their_exact_names() {
        crate::wire_enum::assert_round_trips(PaymentMethodStatus::ALL, PaymentMethodStatus::as_str);
        let names: Vec<&str> = PaymentMethodStatus::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(names, ["active", "requires_authentication"]);
    }

    #[test]
    fn debug_output_never_shows_the_card_number_or_cvc() {
        let request = CreatePaymentMethodRequest {
            metadata: None,
            kind: None,
            card: CardParams {
                number: "4242 4242 4242 4242".into(),
                exp_month: 12,
                exp_year: 2030,
                cvc: Some("123".into()),
            },
            customer: None,
        };
        let debug = format!("{request:?}");
        assert!(
            !debug.contains("4242 4242") && !debug.contains("4242424242424242"),
            "{debug}"
        );
        assert!(debug.contains("…4242"));
        assert!(!debug.contains("123"), "{debug}");
    }
}
