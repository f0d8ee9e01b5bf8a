//! The catalog: products and their recurring prices.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{PriceId, ProductId};

/// Something a tenant sells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Product {
    pub id: ProductId,
    /// Always `"product"`.
    pub object: String,
    pub name: String,
    pub description: Option<String>,
    pub active: bool,
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
    /// ISO 4217, lowercase (`usd`).
    pub currency: String,
    /// Minor units (cents for `usd`, yen for `jpy`).
    pub unit_amount: i64,
    pub recurring: Recurring,
    pub active: bool,
    pub created: DateTime<Utc>,
}

/// The billing period of a price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Recurring {
    /// `day`, `week`, `month` or `year`.
    pub interval: String,
    pub interval_count: i64,
}
