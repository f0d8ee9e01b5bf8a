//! The last line of defence for the error envelope: any error response that is
//! not already JSON (axum's own 405 on layered routes, a body-limit rejection, a
//! panic caught by `CatchPanic`) is rewritten into `{"error":{…}}`.

use axum::{
    extract::Request,
    http::{StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use paylera_shared::{ErrorCode, ErrorType};

use crate::error::ApiError;

pub async fn ensure_envelope(req: Request, next: Next) -> Response {
    let response = next.run(req).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let allow = response.headers().get(header::ALLOW).cloned();
    let mut error = for_status(status);
    if let Some(allow) = allow {
        error = error.with_header(header::ALLOW, allow);
    }
    error.into_response()
}

/// The envelope for a bare status code.
pub fn for_status(status: StatusCode) -> ApiError {
    let (kind, code, message) = match status {
        StatusCode::NOT_FOUND => (
            ErrorType::InvalidRequestError,
            ErrorCode::RouteNotFound,
            "Unrecognized request URL. See the API reference at /docs.",
        ),
        StatusCode::METHOD_NOT_ALLOWED => (
            ErrorType::InvalidRequestError,
            ErrorCode::MethodNotAllowed,
            "This URL does not support this HTTP method; the Allow header lists the ones it does.",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => return ApiError::body_too_large(),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            ErrorType::InvalidRequestError,
            ErrorCode::UnsupportedMediaType,
            "Send the request body as JSON with `Content-Type: application/json`.",
        ),
        s if s.is_server_error() => return ApiError::internal(format!("{s} without an envelope")),
        _ => (
            ErrorType::InvalidRequestError,
            ErrorCode::ParameterInvalid,
            "The request could not be processed.",
        ),
    };
    ApiError::new(status, kind, code, message)
}
