//! `/v1/*` forwarded to the Paylera API, so the browser only ever talks to the portal's
//! own origin (the CSP allows `connect-src 'self'` and nothing else).
//!
//! Forwarded: the method, the path and query, the body (up to [`MAX_BODY_BYTES`]) and
//! the request headers in [`REQUEST_HEADERS`]; back come the status, the response
//! headers in [`RESPONSE_HEADERS`] and the body. Nothing else crosses, in either
//! direction (no cookies, no hop-by-hop headers).
//!
//! When the API cannot be reached the proxy answers like the API would: the error
//! envelope, `type: api_error`, `code: service_unavailable` (`502`, or `504` on timeout).

use std::{sync::Arc, time::Duration};

use axum::{
    Json,
    extract::{Request, State},
    response::{IntoResponse, Response},
};
use http::{HeaderName, StatusCode, header};
use paylera_shared::{ErrorBody, ErrorCode, ErrorEnvelope, ErrorType};

use super::PortalError;

/// The largest request body the proxy forwards.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// How long the proxy waits for the API to accept a connection.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// How long the proxy waits for the API's whole answer.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Request headers passed to the API (`x-request-id` ties both servers' logs together).
pub const REQUEST_HEADERS: [HeaderName; 5] = [
    header::CONTENT_TYPE,
    header::ACCEPT,
    header::AUTHORIZATION,
    HeaderName::from_static("idempotency-key"),
    HeaderName::from_static("x-request-id"),
];

/// Response headers passed back to the browser.
pub const RESPONSE_HEADERS: [HeaderName; 3] = [
    header::CONTENT_TYPE,
    header::RETRY_AFTER,
    HeaderName::from_static("idempotent-replayed"),
];

/// The HTTP client and the API's base URL; cheap to clone (one connection pool).
#[derive(Debug, Clone)]
pub struct ApiProxy {
    http: reqwest::Client,
    base: Arc<str>,
}

impl ApiProxy {
    /// A proxy to the API at `api_url` (no trailing `/`).
    pub fn new(api_url: &str) -> Result<Self, PortalError> {
        let http = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            // A redirect is the API's answer to the browser, not something to follow here.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|err| PortalError::Config {
                var: "PAYLERA_API_URL",
                reason: format!("cannot build the proxy's HTTP client: {err}"),
            })?;
        Ok(Self {
            http,
            base: api_url.trim_end_matches('/').into(),
        })
    }
}

/// The handler for `/v1` and `/v1/*`.
pub async fn forward(State(proxy): State<ApiProxy>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let path_and_query = parts.uri.path_and_query().map_or("/", |pq| pq.as_str());
    let url = format!("{}{path_and_query}", proxy.base);

    let Ok(body) = axum::body::to_bytes(body, MAX_BODY_BYTES).await else {
        return error_response(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorType::InvalidRequestError,
            ErrorCode::BodyTooLarge,
            "The request body could not be read or is larger than 1 MiB.",
        );
    };

    let mut upstream = proxy.http.request(parts.method.clone(), &url).body(body);
    for name in &REQUEST_HEADERS {
        for value in parts.headers.get_all(name) {
            upstream = upstream.header(name, value);
        }
    }
    // Later: this is where the portal turns its session cookie into the customer's
    // `Authorization: Bearer <portal session token>` (and stops trusting an
    // `Authorization` header sent by the browser).

    let answer = match upstream.send().await {
        Ok(answer) => answer,
        Err(err) => return unreachable(&parts.method, path_and_query, &err),
    };
    let status = answer.status();
    let mut headers = http::HeaderMap::new();
    for name in &RESPONSE_HEADERS {
        for value in answer.headers().get_all(name) {
            headers.append(name, value.clone());
        }
    }
    match answer.bytes().await {
        Ok(bytes) => (status, headers, bytes).into_response(),
        Err(err) => unreachable(&parts.method, path_and_query, &err),
    }
}

/// The API did not answer (or broke off): log why, answer in the API's envelope.
fn unreachable(method: &http::Method, path: &str, err: &reqwest::Error) -> Response {
    tracing::warn!(%method, path, error = %err, timeout = err.is_timeout(), "API unreachable from the /v1 proxy");
    let status = if err.is_timeout() {
        StatusCode::GATEWAY_TIMEOUT
    } else {
        StatusCode::BAD_GATEWAY
    };
    error_response(
        status,
        ErrorType::ApiError,
        ErrorCode::ServiceUnavailable,
        "The Paylera API could not be reached. Please try again shortly.",
    )
}

fn error_response(status: StatusCode, kind: ErrorType, code: ErrorCode, message: &str) -> Response {
    let envelope = ErrorEnvelope {
        error: ErrorBody {
            kind,
            code,
            message: message.to_owned(),
            param: None,
            decline_code: None,
            return_url: None,
        },
    };
    (status, Json(envelope)).into_response()
}
