//! Portal configurations as objects (`bpc_…`, like Stripe's): a tenant has several,
//! named, one of them its default, and changes them field by field.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{CancelMode, PortalConfigurationView};
use crate::{
    ids::PortalConfigurationId,
    locale::Locale,
    patch::Patch,
    subscription::{CancellationReason, RetentionOffer},
};

/// A named portal configuration of a tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortalConfigurationObject {
    pub id: PortalConfigurationId,
    /// Always `"portal_configuration"`.
    pub object: String,
    /// For the merchant's team (`Payment failed emails`); never shown to customers.
    pub name: Option<String>,
    /// Sessions created without a configuration id use the default; a tenant has
    /// exactly one.
    pub is_default: bool,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    /// The settings.
    #[serde(flatten)]
    pub settings: PortalConfigurationView,
}

/// A change to a portal configuration, field by field: an absent field keeps its value,
/// `null` puts the field back to its default, a value sets it; an unknown field is
/// refused. The body of `POST /v1/portal/configurations[/{id}]`, and — with `id`, without
/// `name` and `is_default` — the `configuration` object of a portal session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ConfigurationChange {
    /// Sessions only: the configuration the other fields override (`bpc_…`; absent: the
    /// tenant's default).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Configurations only: its name for the team (≤ 100 characters).
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub name: Patch<String>,
    /// Configurations only: `true` makes it the tenant's default (the previous default
    /// stops being one). `false` is refused: make another configuration the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<bool>))]
    pub subscription_update_enabled: Patch<bool>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<bool>))]
    pub subscription_update_downgrades_enabled: Patch<bool>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<String>>))]
    pub subscription_update_allowed_prices: Patch<Vec<String>>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<bool>))]
    pub subscription_cancel_enabled: Patch<bool>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<CancelMode>))]
    pub subscription_cancel_mode: Patch<CancelMode>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<bool>))]
    pub subscription_cancel_reasons_enabled: Patch<bool>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<CancellationReason>>))]
    pub cancellation_reasons: Patch<Vec<CancellationReason>>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<RetentionOffer>>))]
    pub subscription_cancel_retention_offers: Patch<Vec<RetentionOffer>>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<bool>))]
    pub subscription_pause_enabled: Patch<bool>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<i64>))]
    pub subscription_pause_max_periods: Patch<i64>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<bool>))]
    pub payment_method_update_enabled: Patch<bool>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<bool>))]
    pub invoice_history_enabled: Patch<bool>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<bool>))]
    pub tax_id_update_enabled: Patch<bool>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<bool>))]
    pub address_update_enabled: Patch<bool>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub business_headline: Patch<String>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub privacy_policy_url: Patch<String>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub terms_of_service_url: Patch<String>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub default_return_url: Patch<String>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<String>>))]
    pub allowed_return_origins: Patch<Vec<String>>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub business_name: Patch<String>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub logo_url: Patch<String>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub logo: Patch<crate::ids::FileId>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub accent_color: Patch<String>,
    #[serde(skip_serializing_if = "Patch::is_absent")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Locale>))]
    pub default_locale: Patch<Locale>,
}

/// One audited change of a configuration: who, when, and each field it changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConfigurationAuditEntry {
    /// Always `"portal_configuration.change"`.
    pub object: String,
    pub configuration: PortalConfigurationId,
    /// Who made it: an API key (`key_…`).
    pub actor: String,
    /// `created` or `updated`.
    pub action: String,
    /// Each changed field with its value before and after (`null` before on creation).
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub changes: serde_json::Map<String, serde_json::Value>,
    pub created: DateTime<Utc>,
}
