//! The one error type. Handlers return `Result<_, ApiError>` and use `?`; every
//! failure leaves the API as the envelope `{"error":{"type","code","message","param"}}`.
//!
//! 5xx bodies say only that something failed; the cause is logged (inside the
//! request's span, so the log line carries the request id).

use axum::{
    Json,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use paylera_shared::{ErrorBody, ErrorCode, ErrorEnvelope, ErrorType};

use crate::domain::Invalid;

type Cause = Box<dyn std::error::Error + Send + Sync>;

/// Envelope fields only some errors carry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Details {
    /// Why the bank declined, for `card_declined`.
    pub decline_code: Option<String>,
    /// Where a customer with a dead portal link can go back to.
    pub return_url: Option<String>,
}

/// A failure on its way to becoming an HTTP response.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub kind: ErrorType,
    pub code: ErrorCode,
    pub message: String,
    pub param: Option<String>,
    /// Rarely present details (boxed to keep `Result<_, ApiError>` small).
    pub details: Option<Box<Details>>,
    /// Extra response headers (e.g. `Retry-After`).
    pub headers: Vec<(http::HeaderName, http::HeaderValue)>,
    /// The underlying cause, logged for 5xx and never sent to the client.
    pub cause: Option<Cause>,
}

impl ApiError {
    pub fn new(status: StatusCode, kind: ErrorType, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            status,
            kind,
            code,
            message: message.into(),
            param: None,
            details: None,
            headers: Vec::new(),
            cause: None,
        }
    }

    /// Names the request field at fault.
    pub fn with_param(mut self, param: impl Into<String>) -> Self {
        self.param = Some(param.into());
        self
    }

    pub fn with_details(mut self, details: Details) -> Self {
        self.details = Some(Box::new(details));
        self
    }

    /// The same error with another HTTP status.
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.status = status;
        self
    }

    pub fn with_header(mut self, name: http::HeaderName, value: http::HeaderValue) -> Self {
        self.headers.push((name, value));
        self
    }

    /// `404`: the object does not exist for this caller. Other tenants' objects
    /// get exactly the same answer, so existence never leaks.
    pub fn not_found(what: &str, id: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            ErrorType::InvalidRequestError,
            ErrorCode::ResourceMissing,
            format!("No such {what}: '{id}'"),
        )
    }

    /// `400`: a parameter is present but unusable.
    pub fn invalid_param(param: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            ErrorType::InvalidRequestError,
            ErrorCode::ParameterInvalid,
            message,
        )
        .with_param(param)
    }

    /// `400`: a required parameter is absent.
    pub fn missing_param(param: impl Into<String>) -> Self {
        let param = param.into();
        Self::new(
            StatusCode::BAD_REQUEST,
            ErrorType::InvalidRequestError,
            ErrorCode::ParameterMissing,
            format!("Missing required param: {param}."),
        )
        .with_param(param)
    }

    /// `401` with one of the `api_key_*` codes.
    pub fn unauthenticated(code: ErrorCode, message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, ErrorType::AuthenticationError, code, message).with_header(
            http::header::WWW_AUTHENTICATE,
            http::HeaderValue::from_static("Bearer realm=\"paylera\""),
        )
    }

    /// `500`: something failed on our side. The cause is logged, not returned.
    /// `409 idempotency_key_in_use`: another request holds the key (retry in a second).
    pub fn idempotency_key_in_use() -> Self {
        Self::new(
            StatusCode::CONFLICT,
            ErrorType::IdempotencyError,
            ErrorCode::IdempotencyKeyInUse,
            "A request with this Idempotency-Key is still being processed. Retry after a moment.",
        )
        .with_param("Idempotency-Key")
        .with_header(http::header::RETRY_AFTER, http::HeaderValue::from_static("1"))
    }

    /// `413 body_too_large`: a body over [`crate::settings::MAX_BODY_BYTES`].
    pub fn body_too_large() -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorType::InvalidRequestError,
            ErrorCode::BodyTooLarge,
            format!("The request body exceeds {} bytes.", crate::settings::MAX_BODY_BYTES),
        )
    }

    pub fn internal(cause: impl Into<Cause>) -> Self {
        let mut err = Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorType::ApiError,
            ErrorCode::InternalError,
            "An internal error occurred. Retrying is safe; if it persists, contact support with the Request-Id header of this response.",
        );
        err.cause = Some(cause.into());
        err
    }

    /// `503`: the database (or another dependency) is unavailable.
    pub fn unavailable(cause: impl Into<Cause>) -> Self {
        let mut err = Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorType::ApiError,
            ErrorCode::ServiceUnavailable,
            "The service is temporarily unavailable. Retry with exponential backoff.",
        );
        err.cause = Some(cause.into());
        err.with_header(http::header::RETRY_AFTER, http::HeaderValue::from_static("1"))
    }

    /// The envelope as sent on the wire.
    pub fn envelope(&self) -> ErrorEnvelope {
        ErrorEnvelope {
            error: ErrorBody {
                kind: self.kind,
                code: self.code,
                message: self.message.clone(),
                param: self.param.clone(),
                decline_code: self.details.as_ref().and_then(|d| d.decline_code.clone()),
                return_url: self.details.as_ref().and_then(|d| d.return_url.clone()),
                doc_url: Some(doc_url(self.code)),
            },
        }
    }
}

/// The base of the error reference, `{PAYLERA_API_PUBLIC_URL}/docs/errors`: set once at
/// start-up ([`set_public_url`]). Configuration every instance shares, not state: an
/// `ApiError` becomes a response where no settings are at hand (extractors' rejections,
/// the panic handler), and its `doc_url` must be absolute to be followed from a log.
static ERROR_REFERENCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Where the API's error reference is, for every `doc_url`. The first call wins (one
/// process serves one API); until then, the default address's.
pub fn set_public_url(api_public_url: &str) {
    let _ = ERROR_REFERENCE.set(format!("{}/docs/errors", api_public_url.trim_end_matches('/')));
}

/// The documentation of `code`: its section of the error reference.
pub fn doc_url(code: ErrorCode) -> String {
    let base = ERROR_REFERENCE
        .get()
        .map_or("http://127.0.0.1:8080/docs/errors", String::as_str);
    format!("{base}#{code}")
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.status.as_u16(), self.code, self.message)
    }
}

impl std::error::Error for ApiError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause.as_deref().map(|c| c as &(dyn std::error::Error + 'static))
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(err: sqlx::Error) -> Self {
        match err {
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => Self::unavailable(err),
            other => Self::internal(other),
        }
    }
}

impl From<Invalid> for ApiError {
    /// A broken rule is the client's to fix: `400 invalid_request_error`, or
    /// `402 card_error` for card details (as card networks and Stripe do).
    fn from(invalid: Invalid) -> Self {
        let is_card = matches!(
            invalid.code,
            ErrorCode::IncorrectNumber
                | ErrorCode::InvalidExpiryMonth
                | ErrorCode::InvalidExpiryYear
                | ErrorCode::ExpiredCard
                | ErrorCode::InvalidCvc
                | ErrorCode::CardDeclined
                | ErrorCode::AuthenticationRequired
                | ErrorCode::AuthenticationFailed
        );
        let (status, kind) = if is_card {
            (StatusCode::PAYMENT_REQUIRED, ErrorType::CardError)
        } else {
            (StatusCode::BAD_REQUEST, ErrorType::InvalidRequestError)
        };
        let mut err = Self::new(status, kind, invalid.code, invalid.message);
        if !invalid.param.is_empty() {
            err.param = Some(invalid.param);
        }
        if let Some(decline_code) = invalid.decline_code {
            err = err.with_details(Details {
                decline_code: Some(decline_code),
                return_url: None,
            });
        }
        err
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(err: serde_json::Error) -> Self {
        Self::internal(err)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.status.is_server_error() {
            match &self.cause {
                Some(cause) => tracing::error!(code = %self.code, error = %cause, "request failed"),
                None => tracing::error!(code = %self.code, "request failed"),
            }
        }
        let mut response = (self.status, Json(self.envelope())).into_response();
        response.headers_mut().extend(self.headers);
        // The idempotency layer reads the code to decide whether to store the response.
        response.extensions_mut().insert(self.code);
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_internal_error_never_reveals_its_cause() {
        let err = ApiError::internal(std::io::Error::other("password=hunter2 in a connection string"));
        let response = err.into_response();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = http_body_util::BodyExt::collect(response.into_body())
            .await
            .expect("body")
            .to_bytes();
        let text = String::from_utf8_lossy(&body);
        assert!(!text.contains("hunter2"), "{text}");
        let envelope: ErrorEnvelope = serde_json::from_slice(&body).expect("envelope");
        assert_eq!(envelope.error.code, ErrorCode::InternalError);
        assert_eq!(envelope.error.kind, ErrorType::ApiError);
    }
}
