//! Cursor-paginated lists: `{"object":"list","data":[…],"has_more":…,"url":…}`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One page of a list, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct List<T> {
    /// Always `"list"`.
    pub object: String,
    pub data: Vec<T>,
    /// Whether more objects follow in the direction of travel.
    pub has_more: bool,
    /// The path this list was fetched from.
    pub url: String,
}

impl<T> List<T> {
    pub fn new(data: Vec<T>, has_more: bool, url: impl Into<String>) -> Self {
        Self {
            object: "list".to_owned(),
            data,
            has_more,
            url: url.into(),
        }
    }
}

/// Query parameters every list endpoint accepts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct ListParams {
    /// How many objects to return, 1–100 (default 10).
    pub limit: Option<u32>,
    /// A cursor: return objects listed after this id.
    pub starting_after: Option<String>,
    /// A cursor: return objects listed before this id.
    pub ending_before: Option<String>,
    /// Only objects created after this time (RFC 3339 or Unix seconds).
    #[serde(rename = "created[gt]", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>))]
    pub created_gt: Option<Timestamp>,
    /// Only objects created at or after this time (RFC 3339 or Unix seconds).
    #[serde(rename = "created[gte]", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>))]
    pub created_gte: Option<Timestamp>,
    /// Only objects created before this time (RFC 3339 or Unix seconds).
    #[serde(rename = "created[lt]", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>))]
    pub created_lt: Option<Timestamp>,
    /// Only objects created at or before this time (RFC 3339 or Unix seconds).
    #[serde(rename = "created[lte]", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", param(value_type = Option<String>))]
    pub created_lte: Option<Timestamp>,
}

/// `metadata[key]=value` on a list (OpenAPI `deepObject`): only objects whose metadata
/// has each of these keys with exactly that value; at most 10 pairs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct MetadataFilter {
    /// e.g. `metadata[order_id]=6735`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(
        feature = "openapi",
        param(style = DeepObject, explode, value_type = Option<std::collections::HashMap<String, String>>)
    )]
    pub metadata: BTreeMap<String, String>,
}

/// The most `metadata[…]` pairs one list request may filter on.
pub const MAX_METADATA_FILTERS: usize = 10;

/// A point in time in a query string: RFC 3339 (`2026-12-07T10:00:00Z`, what objects'
/// `created` say) or Unix seconds (`1796637600`). Sent as RFC 3339.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Timestamp(pub DateTime<Utc>);

/// A query value that is no time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a time: give RFC 3339 (2026-12-07T10:00:00Z) or Unix seconds")]
pub struct InvalidTimestamp(String);

impl std::str::FromStr for Timestamp {
    type Err = InvalidTimestamp;

    fn from_str(text: &str) -> Result<Self, InvalidTimestamp> {
        let invalid = || InvalidTimestamp(text.chars().take(64).collect());
        let text = text.trim();
        let parsed = if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
            text.parse::<i64>()
                .ok()
                .and_then(|secs| DateTime::from_timestamp(secs, 0))
        } else {
            DateTime::parse_from_rfc3339(text).ok().map(|at| at.with_timezone(&Utc))
        };
        parsed.map(Self).ok_or_else(invalid)
    }
}

impl TryFrom<String> for Timestamp {
    type Error = InvalidTimestamp;
    fn try_from(text: String) -> Result<Self, InvalidTimestamp> {
        text.parse()
    }
}

impl From<Timestamp> for String {
    fn from(at: Timestamp) -> String {
        at.0.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    }
}

impl ListParams {
    /// The first page of `limit` objects.
    pub fn limit(limit: u32) -> Self {
        Self {
            limit: Some(limit),
            ..Self::default()
        }
    }
}
