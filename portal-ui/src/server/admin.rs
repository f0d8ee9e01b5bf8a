//! The operators' listener (`PAYLERA_PORTAL_ADMIN_ADDR`, default `127.0.0.1:9081`):
//! `GET /metrics` (Prometheus text, see `metrics`), `/healthz` and `/readyz` — the same
//! probes as the public listener's, reading the same [`Readiness`], so both flip to
//! `draining` together. Never exposed to customers; `/metrics` exists only here.

use std::sync::Arc;

use axum::{Router, extract::State, http::StatusCode, response::IntoResponse, routing::get};
use http::header;

use super::{
    correlation,
    drain::Readiness,
    health::{self, Probes},
    metrics,
};

/// What `/metrics` labels and reads.
#[derive(Debug, Clone)]
struct Scrape {
    readiness: Readiness,
    instance: Arc<str>,
}

/// The admin listener's routes; anything else is `404`.
pub fn admin_router(probes: Probes, instance: Arc<str>) -> Router {
    let scrape = Scrape {
        readiness: probes.readiness.clone(),
        instance,
    };
    let probes = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .with_state(probes);
    Router::new()
        .route("/metrics", get(prometheus))
        .with_state(scrape)
        .merge(probes)
        .fallback(|| async { StatusCode::NOT_FOUND })
        // `/readyz` asks the API: with a request id, like every other call.
        .layer(axum::middleware::from_fn(correlation::correlate))
}

/// `GET /metrics`.
async fn prometheus(State(scrape): State<Scrape>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        metrics::render(&scrape.readiness, &scrape.instance),
    )
}
