//! The catalog: products (what is sold, ordered within a family) and their
//! recurring prices (how much, how often). See `docs/adr/0005-catalog.md`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    customer::Metadata,
    ids::{PriceId, ProductId},
    money::Currency,
    patch::Patch,
};

/// Something a tenant sells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Product {
    pub id: ProductId,
    /// Always `"product"`.
    pub object: String,
    pub name: String,
    pub description: Option<String>,
    /// Selling points shown on plan pickers, in order.
    pub features: Vec<String>,
    /// Products in the same family are alternatives (plans); moving to a higher
    /// `rank` within a family is an upgrade, to a lower one a downgrade.
    pub family: Option<String>,
    pub rank: i64,
    /// Archived products (`false`) cannot get new prices or subscriptions.
    pub active: bool,
    pub metadata: Metadata,
    pub created: DateTime<Utc>,
}

/// How much a product costs per billing period, in integer minor units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Price {
    pub id: PriceId,
    /// Always `"price"`.
    pub object: String,
    pub product: ProductId,
    /// A label for people (`"Pro monthly"`).
    pub nickname: Option<String>,
    /// ISO 4217, lowercase (`usd`).
    pub currency: Currency,
    /// Minor units (cents for `usd`, yen for `jpy`).
    pub unit_amount: i64,
    pub recurring: Recurring,
    /// Archived prices (`false`) cannot be subscribed to.
    pub active: bool,
    pub metadata: Metadata,
    pub created: DateTime<Utc>,
}

/// The billing period of a price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Recurring {
    /// `day`, `week`, `month` or `year`.
    pub interval: String,
    /// How many intervals per period (at most one year in total).
    pub interval_count: i64,
    /// `licensed` (billed in advance: quantity × amount) or `metered` (billed in
    /// arrears: reported usage × amount).
    #[serde(default = "licensed")]
    pub usage_type: String,
}

fn licensed() -> String {
    "licensed".to_owned()
}

/// `POST /v1/products`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateProductRequest {
    pub name: String,
    pub description: Option<String>,
    pub features: Option<Vec<String>>,
    pub family: Option<String>,
    pub rank: Option<i64>,
    pub metadata: Option<Metadata>,
}

/// `POST /v1/products/{id}`: only the fields present change; `null` clears.
/// Archive with `{"active": false}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateProductRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub description: Patch<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub family: Patch<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Merged into the current metadata; a key set to `null` is removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, Option<String>>>,
}

/// Filters of `GET /v1/products`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct ProductFilter {
    /// Only active (`true`) or archived (`false`) products.
    pub active: Option<bool>,
    /// Only products of this family.
    pub family: Option<String>,
}

/// `POST /v1/prices`. Amount, currency and period are immutable once created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreatePriceRequest {
    /// The product (`prod_…`).
    pub product: String,
    /// ISO 4217 (`usd`, `EUR`, …). A string, not a [`Currency`]: an unknown code is
    /// the API's `invalid_currency` on `currency`, not a malformed body.
    pub currency: String,
    /// Minor units, ≥ 0.
    pub unit_amount: i64,
    pub recurring: RecurringParams,
    pub nickname: Option<String>,
    pub metadata: Option<Metadata>,
}

/// `recurring` in a create request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RecurringParams {
    /// `day`, `week`, `month` or `year`.
    pub interval: String,
    /// Defaults to 1.
    pub interval_count: Option<i64>,
    /// `licensed` (default) or `metered`.
    #[serde(default)]
    pub usage_type: Option<String>,
}

/// `POST /v1/prices/{id}`. Archive with `{"active": false}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdatePriceRequest {
    #[serde(default, skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub nickname: Patch<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Merged into the current metadata; a key set to `null` is removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, Option<String>>>,
}

/// Filters of `GET /v1/prices`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct PriceFilter {
    /// Only prices of this product.
    pub product: Option<String>,
    pub active: Option<bool>,
    /// ISO 4217, any case.
    pub currency: Option<String>,
}
