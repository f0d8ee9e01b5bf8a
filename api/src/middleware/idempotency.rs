//! Idempotent POSTs with Stripe's semantics, once for every endpoint.
//!
//! - A POST with `Idempotency-Key` (1–255 printable ASCII characters) claims the
//!   key for its tenant. The first request runs; its response (status and body) is
//!   stored and replayed for every later request with the same key and the same
//!   request (method, path, body), marked `Idempotent-Replayed: true`.
//! - The same key with a different request: `400 idempotency_key_reused`.
//! - While the first request runs: `409 idempotency_key_in_use` with `Retry-After`.
//! - Responses to requests that never executed are not stored, so the key can be
//!   reused once the request is fixed: request-shape errors (bad JSON, missing or
//!   invalid parameters), conflicts, rate limits and server errors (our handlers
//!   roll back on failure, so a retry is safe).
//! - A claim left in flight by a process that died is taken over after
//!   [`STALE_AFTER_SECS`].
//! - Records are kept for the retention window (≥ 24 hours), then pruned.

use axum::{
    body::{Body, to_bytes},
    extract::{Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use paylera_shared::{ErrorCode, ErrorType};
use sha2::{Digest, Sha256};

use crate::{
    AppState,
    domain::now,
    error::ApiError,
    extract::{MAX_BODY_BYTES, body_too_large},
    middleware::auth::Caller,
    store::idempotency::{self as records, Claim, Record},
};

pub const HEADER: &str = "idempotency-key";
pub const REPLAYED_HEADER: &str = "idempotent-replayed";
pub const MAX_KEY_LEN: usize = 255;
/// An in-flight claim older than this belonged to a request that died.
pub const STALE_AFTER_SECS: i64 = 60;

/// The middleware. Mounted inside authentication (it needs the [`Caller`]).
pub async fn idempotency(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    if req.method() != Method::POST {
        return Ok(next.run(req).await);
    }
    let Some(key) = req.headers().get(HEADER) else {
        return Ok(next.run(req).await);
    };
    let key = parse_key(key)?;
    let caller = req
        .extensions()
        .get::<Caller>()
        .cloned()
        .ok_or_else(|| ApiError::internal("idempotency layer mounted outside authentication"))?;

    let (parts, body) = req.into_parts();
    let body = to_bytes(body, MAX_BODY_BYTES).await.map_err(|_| body_too_large())?;
    let fingerprint = fingerprint(
        &parts.method,
        parts.uri.path_and_query().map_or("", |pq| pq.as_str()),
        &body,
    );
    let run = |next: Next| next.run(Request::from_parts(parts, Body::from(body)));

    let tenant = &caller.tenant_id;
    let at = now().timestamp();
    match records::claim(&state.db, tenant, &key, &fingerprint, at).await? {
        Claim::Acquired => finish(&state, &caller, &key, run(next).await).await,
        Claim::Existing(record) if record.fingerprint != fingerprint => Err(reused(&key)),
        Claim::Existing(record) if record.state == "complete" => Ok(replay(record)),
        Claim::Existing(record) => {
            let abandoned = at - record.locked_at >= STALE_AFTER_SECS;
            if abandoned && records::take_over(&state.db, tenant, &key, record.locked_at, at).await? {
                finish(&state, &caller, &key, run(next).await).await
            } else {
                Err(in_use())
            }
        }
    }
}

fn parse_key(value: &HeaderValue) -> Result<String, ApiError> {
    let invalid = || {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorType::IdempotencyError,
            ErrorCode::IdempotencyKeyInvalid,
            format!("Idempotency-Key must be 1 to {MAX_KEY_LEN} printable ASCII characters."),
        )
        .with_param("Idempotency-Key")
    };
    let key = value.to_str().map_err(|_| invalid())?.trim();
    if key.is_empty() || key.len() > MAX_KEY_LEN || !key.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return Err(invalid());
    }
    Ok(key.to_owned())
}

/// What makes two requests "the same": method, path with query, and body bytes.
fn fingerprint(method: &Method, path_and_query: &str, body: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(method.as_str());
    hasher.update([0]);
    hasher.update(path_and_query);
    hasher.update([0]);
    hasher.update(body);
    hex::encode(hasher.finalize())
}

/// Whether a response is the result of executing the request (and so is stored).
fn is_stored(status: StatusCode, code: Option<&ErrorCode>) -> bool {
    if status.is_server_error() || status == StatusCode::CONFLICT || status == StatusCode::TOO_MANY_REQUESTS {
        return false;
    }
    !matches!(
        code,
        Some(
            ErrorCode::InvalidJson
                | ErrorCode::UnsupportedMediaType
                | ErrorCode::BodyTooLarge
                | ErrorCode::ParameterMissing
                | ErrorCode::ParameterInvalid
                | ErrorCode::InvalidQuery
        )
    )
}

/// Stores (or releases) the claim after the request ran, and returns its response.
async fn finish(state: &AppState, caller: &Caller, key: &str, response: Response) -> Result<Response, ApiError> {
    let tenant = &caller.tenant_id;
    if !is_stored(response.status(), response.extensions().get::<ErrorCode>()) {
        if let Err(err) = records::release(&state.db, tenant, key).await {
            tracing::warn!(error = %err, "could not release an idempotency key; it frees itself when stale");
        }
        return Ok(response);
    }
    let (parts, body) = response.into_parts();
    let bytes = to_bytes(body, usize::MAX)
        .await
        .map_err(|err| ApiError::internal(err.to_string()))?;
    let content_type = parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
    match std::str::from_utf8(&bytes) {
        Ok(text) => {
            if let Err(err) = records::complete(&state.db, tenant, key, parts.status.as_u16(), content_type, text).await
            {
                // The change itself committed: answer it, and let the claim go stale.
                tracing::error!(error = %err, "could not store an idempotent response");
            }
        }
        Err(_) => {
            if let Err(err) = records::release(&state.db, tenant, key).await {
                tracing::warn!(error = %err, "could not release an idempotency key");
            }
        }
    }
    Ok(Response::from_parts(parts, Body::from(bytes)))
}

fn replay(record: Record) -> Response {
    let status = record
        .response_status
        .and_then(|s| u16::try_from(s).ok())
        .and_then(|s| StatusCode::from_u16(s).ok())
        .unwrap_or(StatusCode::OK);
    let mut response = (status, record.response_body.unwrap_or_default()).into_response();
    let headers = response.headers_mut();
    if let Some(value) = record
        .response_content_type
        .and_then(|ct| HeaderValue::from_str(&ct).ok())
    {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(REPLAYED_HEADER, HeaderValue::from_static("true"));
    response
}

fn reused(key: &str) -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        ErrorType::IdempotencyError,
        ErrorCode::IdempotencyKeyReused,
        format!("Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request."),
    )
    .with_param("Idempotency-Key")
}

fn in_use() -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        ErrorType::IdempotencyError,
        ErrorCode::IdempotencyKeyInUse,
        "A request with this Idempotency-Key is still being processed. Retry after a moment.",
    )
    .with_param("Idempotency-Key")
    .with_header(header::RETRY_AFTER, HeaderValue::from_static("1"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_must_be_short_printable_ascii() {
        assert!(parse_key(&HeaderValue::from_static("order-42")).is_ok());
        assert!(parse_key(&HeaderValue::from_static("")).is_err());
        let long = "k".repeat(MAX_KEY_LEN + 1);
        assert!(parse_key(&HeaderValue::from_str(&long).expect("ascii")).is_err());
        let max = "k".repeat(MAX_KEY_LEN);
        assert!(parse_key(&HeaderValue::from_str(&max).expect("ascii")).is_ok());
    }

    #[test]
    fn the_fingerprint_changes_with_method_path_or_body() {
        let base = fingerprint(&Method::POST, "/v1/customers", b"{}");
        assert_eq!(base, fingerprint(&Method::POST, "/v1/customers", b"{}"));
        assert_ne!(base, fingerprint(&Method::POST, "/v1/customers", b"{\"a\":1}"));
        assert_ne!(base, fingerprint(&Method::POST, "/v1/events", b"{}"));
        assert_ne!(base, fingerprint(&Method::PUT, "/v1/customers", b"{}"));
    }

    #[test]
    fn only_executed_requests_are_stored() {
        assert!(is_stored(StatusCode::OK, None));
        assert!(is_stored(StatusCode::NOT_FOUND, Some(&ErrorCode::ResourceMissing)));
        assert!(!is_stored(StatusCode::BAD_REQUEST, Some(&ErrorCode::ParameterInvalid)));
        assert!(!is_stored(
            StatusCode::INTERNAL_SERVER_ERROR,
            Some(&ErrorCode::InternalError)
        ));
        assert!(!is_stored(StatusCode::CONFLICT, Some(&ErrorCode::IdempotencyKeyInUse)));
    }
}
