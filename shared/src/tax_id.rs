//! Tax IDs: a customer's tax registration numbers (VAT, GST, EIN, …).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{CustomerId, TaxIdId};

/// A tax registration number of a customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaxId {
    pub id: TaxIdId,
    /// Always `"tax_id"`.
    pub object: String,
    pub customer: CustomerId,
    /// The scheme, e.g. `eu_vat`, `gb_vat`, `au_abn` (see `GET /v1/tax_id_types`).
    #[serde(rename = "type")]
    pub kind: String,
    /// The number in its canonical form (`DE123456789`).
    pub value: String,
    /// ISO 3166-1 alpha-2 of the issuing country.
    pub country: String,
    pub verification: TaxIdVerification,
    pub created: DateTime<Utc>,
}

/// Whether the number was confirmed with the issuing authority.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaxIdVerification {
    /// `unverified` (format and check digits passed; no registry checked yet),
    /// later `pending`, `verified` or `unavailable`.
    pub status: String,
}

/// `POST /v1/customers/{id}/tax_ids`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateTaxIdRequest {
    /// The scheme (`eu_vat`, …).
    #[serde(rename = "type")]
    pub kind: String,
    /// The number, in any common spelling (spaces, dots and dashes are ignored).
    pub value: String,
}

/// One supported tax ID scheme, for type pickers (`GET /v1/tax_id_types`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaxIdType {
    /// The wire name (`eu_vat`).
    #[serde(rename = "type")]
    pub kind: String,
    pub description: String,
    /// The issuing country, or `null` when it comes from the number (EU VAT).
    pub country: Option<String>,
    /// An example in canonical form.
    pub example: String,
}
