//! The API version of each request (ADR 0015): `Paylera-Version` when sent, else the
//! tenant's pinned version; an unknown one is `400 api_version_invalid`. Every answer
//! says which version it is in, and a JSON answer of an older version is rewritten into
//! that version's shapes (`domain::versions`). Mounted outside the idempotency layer,
//! so a stored answer is kept in the current shapes and a replay gets its own version's.

use axum::{
    body::Body,
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse as _, Response},
};
use paylera_shared::{ErrorCode, ErrorType, version::ApiVersion};

use crate::{
    AppState,
    domain::versions,
    error::ApiError,
    middleware::auth::{Caller, Pinned},
    store,
};

/// The largest answer rewritten for an older version (a page of 100 invoices is far less).
const MAX_REWRITTEN_BYTES: usize = 16 * 1024 * 1024;

/// The version a request asked for, or `None` when it named none.
pub fn requested(headers: &http::HeaderMap) -> Result<Option<ApiVersion>, ApiError> {
    let Some(value) = headers.get(ApiVersion::HEADER) else {
        return Ok(None);
    };
    let known = || {
        ApiVersion::ALL
            .iter()
            .map(|version| version.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    value
        .to_str()
        .ok()
        .and_then(|text| text.trim().parse().ok())
        .map(Some)
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                ErrorType::InvalidRequestError,
                ErrorCode::ApiVersionInvalid,
                format!(
                    "Paylera-Version names no version of this API; the versions are {}.",
                    known()
                ),
            )
            .with_param("Paylera-Version")
        })
}

/// Middleware (inside authentication): picks the version, answers in it.
pub async fn negotiate(State(state): State<AppState>, req: Request, next: Next) -> Result<Response, ApiError> {
    let pinned = req.extensions().get::<Pinned>().copied();
    let version = match (requested(req.headers())?, pinned) {
        (Some(version), _) | (None, Some(Pinned(version))) => version,
        (None, None) => {
            let caller = req
                .extensions()
                .get::<Caller>()
                .ok_or_else(|| ApiError::internal("versions mounted outside authentication"))?;
            store::tenants::api_version(&state.db, &caller.tenant_id).await?
        }
    };
    let response = next.run(req).await;
    Ok(in_version(response, version).await)
}

/// Middleware of the routes that take no credential (no tenant to be pinned): the
/// version asked for, else the current one.
pub async fn negotiate_public(req: Request, next: Next) -> Result<Response, ApiError> {
    let version = requested(req.headers())?.unwrap_or(ApiVersion::CURRENT);
    let response = next.run(req).await;
    Ok(in_version(response, version).await)
}

/// `response` (in the current shapes) as `version` answers it, with its header.
pub async fn in_version(response: Response, version: ApiVersion) -> Response {
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/json"));
    let mut response = if version < ApiVersion::CURRENT && is_json {
        let (mut parts, body) = response.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, MAX_REWRITTEN_BYTES).await else {
            return ApiError::internal("an answer too large to rewrite for an older version").into_response();
        };
        let rewritten = serde_json::from_slice::<serde_json::Value>(&bytes)
            .ok()
            .and_then(|mut value| {
                versions::downgrade(&mut value, version);
                serde_json::to_vec(&value).ok()
            });
        let body = rewritten.unwrap_or_else(|| bytes.to_vec());
        parts.headers.remove(header::CONTENT_LENGTH);
        Response::from_parts(parts, Body::from(body))
    } else {
        response
    };
    response
        .headers_mut()
        .insert(ApiVersion::HEADER, HeaderValue::from_static(version.as_str()));
    response
}
