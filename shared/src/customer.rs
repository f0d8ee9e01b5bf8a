//! Customers: the end users a tenant bills.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::CustomerId;

/// A tenant's end customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Customer {
    pub id: CustomerId,
    /// Always `"customer"`.
    pub object: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub created: DateTime<Utc>,
}

/// `POST /v1/customers`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateCustomerRequest {
    /// The customer's email address (stored lowercase-trimmed as given).
    pub email: Option<String>,
    /// The customer's full name or business name.
    pub name: Option<String>,
}

/// Filters of `GET /v1/customers` (pagination is [`crate::list::ListParams`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
pub struct CustomerFilter {
    /// Only customers with exactly this email (case-insensitive).
    pub email: Option<String>,
}
