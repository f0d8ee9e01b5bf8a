//! `/healthz` (is the portal process up?) and `/readyz` (should it be sent requests?),
//! on the public listener and on the admin listener alike.
//!
//! Both answer the shared [`Health`] body. `/readyz` answers `503` with status
//! `draining` once the instance is stopping (see `drain`; the API is not asked), and
//! `503 unavailable` when the API's own `/readyz` is not `ok` (or does not answer in
//! time); the API call carries the request's id and trace (see `correlation`).

use axum::{Json, extract::State, http::StatusCode};
use paylera_shared::health::Health;

use super::api_status::{ApiStatus, check};
use super::{SERVICE, drain::Readiness, upstream::Upstream};

/// What `/readyz` needs: the API to ask and whether this instance is draining.
#[derive(Debug, Clone)]
pub struct Probes {
    pub upstream: Upstream,
    pub readiness: Readiness,
}

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

/// `GET /readyz`: `503 draining` while stopping, else `200 ok` when the API is ready
/// and `503 unavailable` otherwise.
pub async fn readyz(State(probes): State<Probes>) -> (StatusCode, Json<Health>) {
    if probes.readiness.is_draining() {
        return (StatusCode::SERVICE_UNAVAILABLE, Json(report("draining")));
    }
    match check(&probes.upstream.client()).await {
        ApiStatus::Ok => (StatusCode::OK, Json(report("ok"))),
        ApiStatus::Unavailable | ApiStatus::Unreachable => {
            (StatusCode::SERVICE_UNAVAILABLE, Json(report("unavailable")))
        }
    }
}
