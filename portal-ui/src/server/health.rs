//! `/healthz` (is the portal process up?) and `/readyz` (can it reach the API?).
//!
//! Both answer the shared [`Health`] body; `/readyz` answers `503` with status
//! `unavailable` when the API's own `/readyz` is not `ok` (or does not answer in time).

use axum::{Json, extract::State, http::StatusCode};
use paylera_shared::{client::ApiClient, health::Health};

use crate::api_status::{ApiStatus, check};

/// The name this server reports in [`Health::service`].
pub const SERVICE: &str = "paylera-portal";

fn report(status: &str) -> Health {
    Health {
        status: status.to_owned(),
        service: SERVICE.to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    }
}

/// `GET /healthz`: always `200 ok` while the process serves requests.
pub async fn healthz() -> Json<Health> {
    Json(report("ok"))
}

/// `GET /readyz`: `200 ok` when the API is ready, `503 unavailable` otherwise.
pub async fn readyz(State(api): State<ApiClient>) -> (StatusCode, Json<Health>) {
    match check(&api).await {
        ApiStatus::Ok => (StatusCode::OK, Json(report("ok"))),
        ApiStatus::Unavailable | ApiStatus::Unreachable => {
            (StatusCode::SERVICE_UNAVAILABLE, Json(report("unavailable")))
        }
    }
}
