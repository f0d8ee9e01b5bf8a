//! Dated API versions (ADR 0015): a merchant's integration keeps the shapes it was
//! written against until the merchant chooses to upgrade.
//!
//! A request names its version with the `Paylera-Version` header; without one it gets
//! its tenant's pinned version (the one current when the tenant was created). Every
//! `/v1` response says which version answered, in the same header. The API keeps only
//! the current shapes in code: older versions are produced by rewriting answers
//! (`api::domain::versions`), one step per change, newest first. The typed client
//! ([`crate::client`]) always asks for [`ApiVersion::CURRENT`], the shapes it was built
//! with. `docs/api-changelog.md` lists each version's changes.

use crate::wire_enum::wire_enum;

wire_enum! {
    /// A dated version of the API's request and response shapes.
    #[derive(PartialOrd, Ord)]
    pub enum ApiVersion("API version") {
        /// The API as it was before versions were named.
        V2026_11_01 => "2026-11-01",
        /// An invoice's (and an upcoming invoice's) `tax` is named `total_tax`.
        V2026_12_07 => "2026-12-07",
    }
}

impl ApiVersion {
    /// The newest version: what new tenants are pinned to and the typed client asks for.
    pub const CURRENT: ApiVersion = ApiVersion::V2026_12_07;
    /// The header that names a request's version and a response's.
    pub const HEADER: &'static str = "paylera-version";
}

/// `GET`/`POST /v1/api_version`: the version an account is pinned to (the one its
/// requests without `Paylera-Version` and its webhooks are answered in).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiVersionPin {
    /// Always `"api_version"`.
    pub object: String,
    /// The pinned version.
    pub version: ApiVersion,
    /// The newest version.
    pub current: ApiVersion,
    /// Every version, oldest first.
    pub versions: Vec<ApiVersion>,
}

impl ApiVersionPin {
    pub fn new(version: ApiVersion) -> Self {
        Self {
            object: "api_version".to_owned(),
            version,
            current: ApiVersion::CURRENT,
            versions: ApiVersion::ALL.to_vec(),
        }
    }
}

/// `POST /v1/api_version` (team admins and owners): the version to pin the account to.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateApiVersionRequest {
    pub version: ApiVersion,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_dates_in_order_and_the_current_is_the_newest() {
        let mut sorted = ApiVersion::ALL.to_vec();
        sorted.sort_by_key(|version| version.as_str());
        assert_eq!(sorted, ApiVersion::ALL, "declared in date order");
        assert_eq!(ApiVersion::ALL.last(), Some(&ApiVersion::CURRENT));
        for version in ApiVersion::ALL {
            assert!(chrono::NaiveDate::parse_from_str(version.as_str(), "%Y-%m-%d").is_ok());
        }
        assert!("2026-12-08".parse::<ApiVersion>().is_err(), "no version is guessed");
    }
}
