//! Extractors that reject in our envelope instead of axum's plain-text bodies:
//! [`Json`] (content type, syntax, shape; `param` names the offending field) and
//! [`Query`] (query-string shape).

use axum::{
    extract::{FromRequest, FromRequestParts, Request},
    http::{StatusCode, header, request::Parts},
};
use bytes::Bytes;
use paylera_shared::{ErrorCode, ErrorType, list::ListParams};
use serde::de::DeserializeOwned;

use crate::{domain::page::Page, error::ApiError, middleware::auth::Caller, store::events::Origin};

/// Bodies larger than this are refused with `413 body_too_large`.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// A JSON request body.
#[derive(Debug, Clone, Copy, Default)]
pub struct Json<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Json<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        if !is_json(req.headers().get(header::CONTENT_TYPE)) {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorType::InvalidRequestError,
                ErrorCode::UnsupportedMediaType,
                "Send the request body as JSON with `Content-Type: application/json`.",
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                body_too_large()
            } else {
                ApiError::new(
                    StatusCode::BAD_REQUEST,
                    ErrorType::InvalidRequestError,
                    ErrorCode::InvalidJson,
                    "The request body could not be read.",
                )
            }
        })?;
        parse_json(&bytes).map(Json)
    }
}

/// `413`, shared by the extractor and the idempotency layer.
pub fn body_too_large() -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        ErrorType::InvalidRequestError,
        ErrorCode::BodyTooLarge,
        format!("The request body exceeds {MAX_BODY_BYTES} bytes."),
    )
}

fn is_json(content_type: Option<&header::HeaderValue>) -> bool {
    let Some(Ok(value)) = content_type.map(|v| v.to_str()) else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// Parses JSON, naming the field at fault (`address.country`) in `param`.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.inner();
        match inner.classify() {
            serde_json::error::Category::Syntax
            | serde_json::error::Category::Eof
            | serde_json::error::Category::Io => ApiError::new(
                StatusCode::BAD_REQUEST,
                ErrorType::InvalidRequestError,
                ErrorCode::InvalidJson,
                format!(
                    "The request body is not valid JSON (line {}, column {}).",
                    inner.line(),
                    inner.column()
                ),
            ),
            serde_json::error::Category::Data => shape_error(&path, &inner.to_string()),
        }
    })
}

/// A type or field error at `path`, as `parameter_missing` or `parameter_invalid`.
fn shape_error(path: &str, message: &str) -> ApiError {
    // serde's wording is stable: "missing field `email` at line …" / "unknown field `x`, expected …".
    let message = message.split(" at line ").next().unwrap_or(message);
    let field = message.split('`').nth(1).unwrap_or_default();
    let join = |field: &str| {
        if path.is_empty() || path == "." {
            field.to_owned()
        } else {
            format!("{path}.{field}")
        }
    };
    if message.starts_with("missing field") {
        ApiError::missing_param(join(field))
    } else if message.starts_with("unknown field") {
        // serde_path_to_error's path already ends with the unknown field.
        let param = if path.is_empty() || path == "." {
            field.to_owned()
        } else {
            path.to_owned()
        };
        ApiError::invalid_param(param.clone(), format!("Received unknown parameter: {param}."))
    } else {
        let param = if path.is_empty() || path == "." {
            "body".to_owned()
        } else {
            path.to_owned()
        };
        ApiError::invalid_param(param.clone(), format!("Invalid value for {param}: {message}."))
    }
}

/// Query-string parameters.
#[derive(Debug, Clone, Copy, Default)]
pub struct Query<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for Query<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let query = parts.uri.query().unwrap_or_default();
        let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
        serde_path_to_error::deserialize(de).map(Query).map_err(|err| {
            let path = err.path().to_string();
            let message = err.inner().to_string();
            let field = message.split('`').nth(1).unwrap_or_default();
            let param = if path.is_empty() || path == "." {
                field.to_owned()
            } else {
                path
            };
            ApiError::new(
                StatusCode::BAD_REQUEST,
                ErrorType::InvalidRequestError,
                ErrorCode::InvalidQuery,
                format!("Invalid query parameter {param}: {message}."),
            )
            .with_param(param)
        })
    }
}

/// The validated page of a list request.
pub fn page(params: &ListParams) -> Result<Page, ApiError> {
    Page::parse(params).map_err(|(param, message)| ApiError::invalid_param(param, message))
}

/// The header carrying the request id (set by the request-id layer).
pub const REQUEST_ID_HEADER: &str = "request-id";

impl<S: Send + Sync> FromRequestParts<S> for Origin {
    type Rejection = ApiError;

    /// A merchant API request: its request id and idempotency key go on the events it causes.
    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        let header = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let portal_session = parts
            .extensions
            .get::<Caller>()
            .and_then(|c| c.portal_session())
            .map(str::to_owned);
        Ok(Origin {
            source: if portal_session.is_some() { "portal" } else { "api" },
            portal_session,
            request_id: header(REQUEST_ID_HEADER),
            idempotency_key: header(crate::middleware::idempotency::HEADER),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[expect(dead_code, reason = "fields exist to be deserialized")]
    struct Body {
        email: String,
        address: Option<Address>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[expect(dead_code, reason = "fields exist to be deserialized")]
    struct Address {
        country: String,
    }

    #[test]
    fn broken_json_is_invalid_json() {
        let err = parse_json::<Body>(b"{\"email\":").expect_err("broken");
        assert_eq!(err.code, ErrorCode::InvalidJson);
    }

    #[test]
    fn a_missing_field_is_named() {
        let err = parse_json::<Body>(b"{}").expect_err("missing");
        assert_eq!(err.code, ErrorCode::ParameterMissing);
        assert_eq!(err.param.as_deref(), Some("email"));
    }

    #[test]
    fn a_nested_wrong_type_is_named_by_path() {
        let err = parse_json::<Body>(br#"{"email":"a@b.c","address":{"country":7}}"#).expect_err("wrong type");
        assert_eq!(err.code, ErrorCode::ParameterInvalid);
        assert_eq!(err.param.as_deref(), Some("address.country"));
    }

    #[test]
    fn an_unknown_field_is_named() {
        let err = parse_json::<Body>(br#"{"email":"a@b.c","nickname":"x"}"#).expect_err("unknown");
        assert_eq!(err.param.as_deref(), Some("nickname"));
    }
}
