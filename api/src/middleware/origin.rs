//! Where a change came from ([`Origin`], copied onto its events), as the pipeline
//! established it: the caller ([`super::auth`]), the request id (`telemetry`) and the
//! idempotency key and claim ([`super::idempotency`]). Handlers take it as an extractor.

use axum::{extract::FromRequestParts, http::request::Parts};
use paylera_shared::trace::REQUEST_ID_HEADER;

use super::{auth::Caller, idempotency};
use crate::{
    error::ApiError,
    store::{events::Origin, idempotency::InTransaction},
};

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
            idempotency_key: header(idempotency::HEADER),
            idempotency: parts.extensions.get::<InTransaction>().cloned(),
        })
    }
}
