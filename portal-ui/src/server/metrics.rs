//! The portal's Prometheus metrics, rendered at `GET /metrics` on the admin listener
//! only (`admin`; the public listener answers that path with the not-found page).
//!
//! | series | kind | recorded |
//! |---|---|---|
//! | `http_requests_total{method,route,status}` | counter | per request ([`track`]) |
//! | `http_request_duration_seconds{method,route,status}` | histogram | per request |
//! | `http_requests_in_flight` | gauge | per request, up on entry, down on exit |
//! | `upstream_requests_total{status}` | counter | per API call through `upstream::Upstream` (`status` is the code, or `error` when there was no answer) |
//! | `upstream_request_duration_seconds{status}` | histogram | until the API's answer headers |
//! | `paylera_build_info{service,version,instance}` | gauge, always 1 | at scrape ([`render`]) |
//! | `paylera_draining` | gauge 0/1 | at scrape |
//!
//! `route` is the matched route template (`/p/{*secret}`, `/v1/{*path}`, a page's path),
//! never the raw path — a portal link's path is a secret — and `unmatched` for what no
//! route matched (the not-found page).

use std::{
    sync::OnceLock,
    time::{Duration, Instant},
};

use axum::{
    extract::{MatchedPath, Request},
    middleware::Next,
    response::Response,
};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use super::{SERVICE, drain::Readiness};

/// Latency buckets (seconds) of both histograms.
const BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];

/// The process-wide recorder, installed at the first call (the router calls it).
pub fn handle() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Suffix("_duration_seconds".to_owned()), &BUCKETS)
                .unwrap_or_else(|_| PrometheusBuilder::new())
                .build_recorder();
            let handle = recorder.handle();
            // Fails only when another recorder came first; ours then renders nothing.
            drop(metrics::set_global_recorder(recorder));
            metrics::gauge!("http_requests_in_flight").set(0.0);
            handle
        })
        .clone()
}

/// The route template a request matched, passed from [`remember_route`] (inside the
/// router) to [`track`] (around it) on the response.
#[derive(Debug, Clone)]
struct RouteTemplate(String);

/// Route layer of every route: keeps its template on the response for [`track`].
pub async fn remember_route(request: Request, next: Next) -> Response {
    let template = request
        .extensions()
        .get::<MatchedPath>()
        .map(|path| RouteTemplate(path.as_str().to_owned()));
    let mut response = next.run(request).await;
    if let Some(template) = template {
        response.extensions_mut().insert(template);
    }
    response
}

/// Middleware around the whole router: counts, times and gauges every request.
pub async fn track(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().to_string();
    let _in_flight = InFlight::enter();
    let response = next.run(request).await;
    let route = response
        .extensions()
        .get::<RouteTemplate>()
        .map_or_else(|| "unmatched".to_owned(), |template| template.0.clone());
    let labels = [
        ("method", method),
        ("route", route),
        ("status", response.status().as_u16().to_string()),
    ];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels).record(started.elapsed().as_secs_f64());
    response
}

/// `http_requests_in_flight` up while it lives (a request whose browser hung up is
/// dropped mid-way, and counted out too).
struct InFlight;

impl InFlight {
    fn enter() -> Self {
        metrics::gauge!("http_requests_in_flight").increment(1.0);
        Self
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        metrics::gauge!("http_requests_in_flight").decrement(1.0);
    }
}

/// One API call: its status (`None`: no answer) and how long until its headers came.
pub fn upstream_call(status: Option<http::StatusCode>, took: Duration) {
    let status = status.map_or_else(|| "error".to_owned(), |status| status.as_u16().to_string());
    metrics::counter!("upstream_requests_total", "status" => status.clone()).increment(1);
    metrics::histogram!("upstream_request_duration_seconds", "status" => status).record(took.as_secs_f64());
}

/// The Prometheus text of every series, the scrape-time gauges set first.
pub fn render(readiness: &Readiness, instance: &str) -> String {
    let handle = handle();
    metrics::gauge!(
        "paylera_build_info",
        "service" => SERVICE,
        "version" => env!("CARGO_PKG_VERSION"),
        "instance" => instance.to_owned(),
    )
    .set(1.0);
    metrics::gauge!("paylera_draining").set(if readiness.is_draining() { 1.0 } else { 0.0 });
    handle.render()
}
