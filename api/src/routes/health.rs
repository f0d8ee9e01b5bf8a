//! `/healthz` (the process is up), `/readyz` (the database answers) and
//! `/metrics` (Prometheus text format, on the admin listener only).

use axum::{Json, extract::State, http::StatusCode, response::IntoResponse};
use paylera_shared::health::Health;

use crate::{db::Db, lifecycle::Readiness, middleware::metrics};

fn report(status: &str) -> Health {
    Health {
        status: status.to_owned(),
        service: "paylera-api".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    }
}

pub async fn healthz() -> Json<Health> {
    Json(report("ok"))
}

/// `200 ok` when the database answers; `503 draining` once the instance is stopping
/// (so a load balancer sends it nothing new), `503 unavailable` without a database.
pub async fn readyz(State(db): State<Db>, State(readiness): State<Readiness>) -> impl IntoResponse {
    if readiness.is_draining() {
        return (StatusCode::SERVICE_UNAVAILABLE, Json(report("draining")));
    }
    match db.ping().await {
        Ok(()) => (StatusCode::OK, Json(report("ok"))),
        Err(err) => {
            tracing::warn!(error = %err, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, Json(report("unavailable")))
        }
    }
}

/// `GET /metrics`: every series of `middleware::metrics`, the scrape-time gauges
/// (build info, draining, database pools, webhook backlog) measured first.
pub async fn prometheus(State(db): State<Db>, State(readiness): State<Readiness>) -> impl IntoResponse {
    metrics::scrape(&db, &readiness).await;
    (
        [(http::header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        metrics::handle().render(),
    )
}
