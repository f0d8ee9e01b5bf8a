//! The one error envelope every API failure uses:
//! `{"error":{"type","code","message","param"}}`.
//!
//! `type` is the broad class a client branches on, `code` the precise reason (a
//! stable snake_case string), `message` a human-readable English sentence and
//! `param` the request field at fault, when there is one.

use serde::{Deserialize, Serialize};

/// The JSON body of every non-2xx API response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorEnvelope {
    pub error: ErrorBody,
}

/// What went wrong, for people and for programs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    #[serde(rename = "type")]
    pub kind: ErrorType,
    pub code: ErrorCode,
    pub message: String,
    pub param: Option<String>,
}

/// The broad class of an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorType {
    /// The request was wrong: fix it before retrying.
    InvalidRequestError,
    /// No valid credentials were presented.
    AuthenticationError,
    /// The credentials are valid but may not do this.
    PermissionError,
    /// The `Idempotency-Key` was misused.
    IdempotencyError,
    /// Too many requests; retry later.
    RateLimitError,
    /// Something failed on Paylera's side; safe to retry.
    ApiError,
}

/// The precise reason for an error. Stable: clients may match on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// No route matches the path.
    RouteNotFound,
    /// The route exists but not for this HTTP method.
    MethodNotAllowed,
    /// The object does not exist (or belongs to someone else).
    ResourceMissing,
    /// The body is not valid JSON.
    InvalidJson,
    /// The body is not `application/json`.
    UnsupportedMediaType,
    /// The body is larger than the API accepts.
    BodyTooLarge,
    /// A required parameter is missing.
    ParameterMissing,
    /// A parameter has the wrong type or an invalid value.
    ParameterInvalid,
    /// A path or query parameter could not be parsed.
    InvalidQuery,
    /// No `Authorization: Bearer` header was sent.
    ApiKeyMissing,
    /// The `Authorization` header is not a well-formed Paylera key.
    ApiKeyMalformed,
    /// The key is well-formed but unknown or revoked.
    ApiKeyInvalid,
    /// The `Idempotency-Key` header is empty, too long or not printable ASCII.
    IdempotencyKeyInvalid,
    /// The key was already used with a different request.
    IdempotencyKeyReused,
    /// A request with this key is still being processed.
    IdempotencyKeyInUse,
    /// Paylera failed; the request id identifies the failure in our logs.
    InternalError,
    /// A dependency (the database) is unavailable.
    ServiceUnavailable,
    /// A code this client version does not know yet.
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    /// The wire spelling, as it appears in `error.code`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RouteNotFound => "route_not_found",
            Self::MethodNotAllowed => "method_not_allowed",
            Self::ResourceMissing => "resource_missing",
            Self::InvalidJson => "invalid_json",
            Self::UnsupportedMediaType => "unsupported_media_type",
            Self::BodyTooLarge => "body_too_large",
            Self::ParameterMissing => "parameter_missing",
            Self::ParameterInvalid => "parameter_invalid",
            Self::InvalidQuery => "invalid_query",
            Self::ApiKeyMissing => "api_key_missing",
            Self::ApiKeyMalformed => "api_key_malformed",
            Self::ApiKeyInvalid => "api_key_invalid",
            Self::IdempotencyKeyInvalid => "idempotency_key_invalid",
            Self::IdempotencyKeyReused => "idempotency_key_reused",
            Self::IdempotencyKeyInUse => "idempotency_key_in_use",
            Self::InternalError => "internal_error",
            Self::ServiceUnavailable => "service_unavailable",
            Self::Unknown => "unknown",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_serializes_as_its_wire_spelling() {
        for code in [
            ErrorCode::RouteNotFound,
            ErrorCode::MethodNotAllowed,
            ErrorCode::ResourceMissing,
            ErrorCode::InvalidJson,
            ErrorCode::UnsupportedMediaType,
            ErrorCode::BodyTooLarge,
            ErrorCode::ParameterMissing,
            ErrorCode::ParameterInvalid,
            ErrorCode::InvalidQuery,
            ErrorCode::ApiKeyMissing,
            ErrorCode::ApiKeyMalformed,
            ErrorCode::ApiKeyInvalid,
            ErrorCode::IdempotencyKeyInvalid,
            ErrorCode::IdempotencyKeyReused,
            ErrorCode::IdempotencyKeyInUse,
            ErrorCode::InternalError,
            ErrorCode::ServiceUnavailable,
        ] {
            let json = serde_json::to_value(code).expect("serializes");
            assert_eq!(json, serde_json::Value::String(code.as_str().to_owned()));
        }
    }

    #[test]
    fn an_unknown_code_from_a_newer_server_still_parses() {
        let body: ErrorEnvelope =
            serde_json::from_str(r#"{"error":{"type":"api_error","code":"brand_new","message":"m","param":null}}"#)
                .expect("parses");
        assert_eq!(body.error.code, ErrorCode::Unknown);
    }
}
