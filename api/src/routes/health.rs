//! `/healthz` (the process is up), `/readyz` (the database answers) and
//! `/metrics` (Prometheus text format, on the admin listener only).

use axum::{Json, extract::State, http::StatusCode, response::IntoResponse};
use paylera_shared::health::Health;

use crate::{db::Db, middleware::metrics};

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

pub async fn readyz(State(db): State<Db>) -> impl IntoResponse {
    match db.ping().await {
        Ok(()) => (StatusCode::OK, Json(report("ok"))),
        Err(err) => {
            tracing::warn!(error = %err, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, Json(report("unavailable")))
        }
    }
}

pub async fn prometheus() -> impl IntoResponse {
    (
        [(http::header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        metrics::handle().render(),
    )
}
