//! Cursor-paginated lists: `{"object":"list","data":[…],"has_more":…,"url":…}`.

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
