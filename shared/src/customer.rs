//! Customers: the end users a tenant bills, with their billing address, tax IDs
//! and default payment method.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    ids::{CustomerId, PaymentMethodId, TestClockId},
    patch::Patch,
    tax_id::TaxId,
};

/// Free-form key/value pairs a merchant attaches to an object (≤ 50 keys, keys ≤ 40
/// characters, values ≤ 500).
pub type Metadata = BTreeMap<String, String>;

/// A tenant's end customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Customer {
    pub id: CustomerId,
    /// Always `"customer"`.
    pub object: String,
    pub email: Option<String>,
    pub name: Option<String>,
    /// A phone number as given (digits, spaces, `+ - ( )`).
    pub phone: Option<String>,
    /// The billing address, validated per country.
    pub address: Option<Address>,
    /// BCP 47 language tags, most preferred first (`["fr-CA", "en"]`).
    pub preferred_locales: Vec<String>,
    pub metadata: Metadata,
    pub invoice_settings: InvoiceSettings,
    /// The customer's tax IDs, oldest first.
    pub tax_ids: Vec<TaxId>,
    /// Credit (minor units, ≥ 0) applied to the customer's next invoices, e.g. from a
    /// downgrade's unused time.
    pub credit_balance: i64,
    /// The test clock whose time this customer lives in, if any.
    pub test_clock: Option<TestClockId>,
    pub created: DateTime<Utc>,
}

/// How a customer's invoices are paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvoiceSettings {
    /// The payment method invoices are charged to.
    pub default_payment_method: Option<PaymentMethodId>,
}

/// A billing address as stored and returned (normalised: `country` uppercase,
/// postal codes in the country's canonical form, US/CA/AU/BR states as codes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Address {
    pub line1: Option<String>,
    pub line2: Option<String>,
    pub city: Option<String>,
    /// State, province, prefecture or region.
    pub state: Option<String>,
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

/// A billing address as sent by a client; validation decides what is required.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AddressParams {
    pub line1: Option<String>,
    pub line2: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2 (`US`, `DE`, …). Required.
    pub country: Option<String>,
}

/// `POST /v1/customers`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateCustomerRequest {
    pub email: Option<String>,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub address: Option<AddressParams>,
    pub preferred_locales: Option<Vec<String>>,
    pub metadata: Option<Metadata>,
    /// Attach to a test clock (`clock_…`): the customer's subscriptions follow its time.
    pub test_clock: Option<String>,
}

/// `POST /v1/customers/{id}`: only the fields present change; `null` clears.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateCustomerRequest {
    #[serde(default, skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub email: Patch<String>,
    #[serde(default, skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub name: Patch<String>,
    #[serde(default, skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub phone: Patch<String>,
    #[serde(default, skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<AddressParams>))]
    pub address: Patch<AddressParams>,
    /// Replaces the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_locales: Option<Vec<String>>,
    /// Merged into the current metadata; a key set to `null` is removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, Option<String>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_settings: Option<InvoiceSettingsParams>,
}

/// `invoice_settings` in an update.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct InvoiceSettingsParams {
    /// A payment method attached to this customer (`pm_…`), or `null` to clear.
    #[serde(default, skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub default_payment_method: Patch<String>,
}

/// Filters of `GET /v1/customers` (pagination is [`crate::list::ListParams`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct CustomerFilter {
    /// Only customers with exactly this email (case-insensitive).
    pub email: Option<String>,
}

/// The answer to a `DELETE`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeletedObject {
    pub id: String,
    /// The deleted object's type (`customer`, `tax_id`).
    pub object: String,
    /// Always `true`.
    pub deleted: bool,
}
