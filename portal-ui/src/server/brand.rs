//! `GET /brand/logos/{file_…}`: a merchant's uploaded logo, served from the portal's
//! (and the dashboard's) own origin, so the pages' `img-src 'self'` covers it and the
//! customer's browser never needs to reach the API.
//!
//! The bytes come from the API's public `GET /v1/brand/logos/{id}`, which serves only
//! business logos (checked PNG or JPEG, ≤ 128 KiB). An id that is not a `file_…` is
//! `404` here, before the API is asked; the answer keeps the API's media type only
//! when it is one of those two, never sniffed, never run as a document.

use axum::{
    Router,
    extract::{Path, State},
    response::{IntoResponse as _, Response},
    routing::get,
};
use http::{HeaderValue, StatusCode, header};
use paylera_shared::{ids::FileId, portal::BRAND_LOGOS_PATH};
use reqwest::Method;

use super::upstream::Upstream;

/// The logo route, for a listener's router.
pub fn routes(upstream: Upstream) -> Router {
    Router::new()
        .route(&format!("{BRAND_LOGOS_PATH}{{id}}"), get(logo))
        .with_state(upstream)
}

async fn logo(State(upstream): State<Upstream>, Path(id): Path<String>) -> Response {
    let Ok(id) = id.parse::<FileId>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let answer = upstream
        .client()
        .request(Method::GET, &format!("/v1/brand/logos/{id}"))
        .send()
        .await;
    let response = match answer {
        Ok(response) if response.status() == StatusCode::NOT_FOUND => return StatusCode::NOT_FOUND.into_response(),
        Ok(response) if response.status() == StatusCode::OK => response,
        Ok(response) => {
            tracing::warn!(status = %response.status(), "the API did not serve a logo");
            return StatusCode::BAD_GATEWAY.into_response();
        }
        Err(error) => {
            tracing::warn!(%error, "the API could not be reached for a logo");
            return StatusCode::BAD_GATEWAY.into_response();
        }
    };
    let Some(kind) = response
        .headers()
        .get(header::CONTENT_TYPE)
        .filter(|kind| *kind == "image/png" || *kind == "image/jpeg")
        .cloned()
    else {
        return StatusCode::BAD_GATEWAY.into_response();
    };
    match response.bytes().await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, kind),
                (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
                (
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static("default-src 'none'; sandbox"),
                ),
                // A file id names these bytes for good.
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=86400, immutable"),
                ),
            ],
            bytes,
        )
            .into_response(),
        Err(_) => StatusCode::BAD_GATEWAY.into_response(),
    }
}
