//! A tenant's secret API keys, as the dashboard manages them: listed by their hint,
//! created, rolled with an overlap, revoked. The secret itself is shown once.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{ids::ApiKeyId, wire_enum::wire_enum};

wire_enum! {
    /// Which world a key acts in.
    pub enum KeyMode("key mode") {
        /// `sk_test_…`: simulated money.
        Test => "test",
        /// `sk_live_…`: real customers, `https` to public addresses only.
        Live => "live",
    }
}

/// A secret API key, without its secret (but in the answer that made it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiKey {
    pub id: ApiKeyId,
    /// Always `"api_key"`.
    pub object: String,
    pub mode: KeyMode,
    /// For the team (`Production server`).
    pub name: Option<String>,
    /// The prefix and last four characters (`sk_test_…a1B2`).
    pub hint: String,
    /// The key itself: only in the answer that created it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    pub created: DateTime<Utc>,
    /// When a rolled key stops working (`null`: until revoked).
    pub expires_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// `POST /v1/api_keys`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateApiKeyRequest {
    pub mode: KeyMode,
    /// Up to 100 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// `POST /v1/api_keys/{id}/roll`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RollApiKeyRequest {
    /// How long the old key keeps working beside the new one, in seconds (0 to 7 days;
    /// default a day). `0` ends it at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overlap_seconds: Option<i64>,
}
