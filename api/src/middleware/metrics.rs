//! Prometheus metrics, rendered at `/metrics` on the admin listener.
//!
//! | series | kind | recorded |
//! |---|---|---|
//! | `http_requests_total{method,route,status}` | counter | per request ([`track`]) |
//! | `http_request_duration_seconds{method,route,status}` | histogram | per request |
//! | `http_requests_in_flight` | gauge | per request, up on entry, down on exit |
//! | `paylera_build_info{service,version,instance}` | gauge, always 1 | at scrape ([`scrape`]) |
//! | `paylera_draining` | gauge 0/1 | at scrape (and when draining starts) |
//! | `db_pool_connections{pool,state="idle"\|"in_use"}`, `db_pool_max{pool}` | gauges | at scrape; `pool` is `writer`/`reader` on SQLite, `shared` on PostgreSQL (one pool) |
//! | `webhook_deliveries_pending`, `webhook_oldest_pending_age_seconds` | gauges | at scrape, one query |
//! | `scheduler_last_run_timestamp_seconds`, `scheduler_runs_total`, `scheduler_failures_total` | gauge, counters | each billing scheduler pass ([`background_run`]) |
//! | `sweeper_last_run_timestamp_seconds`, `sweeper_runs_total`, `sweeper_failures_total` | gauge, counters | each portal-session sweep |
//!
//! Routes are labelled by template, never by raw path, so ids never become labels. A
//! scrape never fails: a gauge whose query fails keeps its last value and the failure
//! is logged.

use std::{sync::OnceLock, time::Instant};

use axum::{
    extract::{MatchedPath, Request},
    middleware::Next,
    response::Response,
};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use sqlx::AnyPool;

use crate::{
    db::{Backend, Db},
    lifecycle::Readiness,
};

/// The service name in `paylera_build_info`.
const SERVICE: &str = "paylera-api";

/// The process-wide recorder (installed once, even when tests start many apps).
pub fn handle() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full("http_request_duration_seconds".to_owned()),
                    &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0],
                )
                .expect("bucket list is non-empty")
                .build_recorder();
            let handle = recorder.handle();
            // Fails only if another recorder was installed first; then ours just renders empty.
            drop(metrics::set_global_recorder(recorder));
            // Present (at 0) before the first pass, so a dashboard sees them at once.
            for job in [Background::Scheduler, Background::Sweeper] {
                metrics::counter!(job.runs()).increment(0);
                metrics::counter!(job.failures()).increment(0);
            }
            metrics::gauge!("http_requests_in_flight").set(0.0);
            handle
        })
        .clone()
}

/// Counts and times every request, labelled by route template (never the raw
/// path, so ids do not explode the label space).
pub async fn track(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().to_string();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let _in_flight = InFlight::enter();
    let response = next.run(req).await;
    let status = response.status().as_u16().to_string();
    let labels = [("method", method), ("route", route), ("status", status)];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels).record(started.elapsed().as_secs_f64());
    response
}

/// `http_requests_in_flight` up while it lives, down when dropped (a request whose
/// client hung up is dropped mid-way, and counted out too).
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

/// A background loop whose passes are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Background {
    /// The billing scheduler (`billing::clock::scheduler`): `scheduler_*`.
    Scheduler,
    /// The portal-session sweeper (`portal::sweeper`): `sweeper_*`.
    Sweeper,
}

impl Background {
    fn last_run(self) -> &'static str {
        match self {
            Self::Scheduler => "scheduler_last_run_timestamp_seconds",
            Self::Sweeper => "sweeper_last_run_timestamp_seconds",
        }
    }

    fn runs(self) -> &'static str {
        match self {
            Self::Scheduler => "scheduler_runs_total",
            Self::Sweeper => "sweeper_runs_total",
        }
    }

    fn failures(self) -> &'static str {
        match self {
            Self::Scheduler => "scheduler_failures_total",
            Self::Sweeper => "sweeper_failures_total",
        }
    }
}

/// Records one finished pass of `job`: when it ended (Unix seconds), one more run, and
/// one more failure unless `succeeded`.
pub fn background_run(job: Background, succeeded: bool) {
    // The loops start before the router installs the recorder: install it here too.
    handle();
    // Unix seconds: exact in an f64 for the next 285 million years.
    metrics::gauge!(job.last_run()).set(chrono::Utc::now().timestamp() as f64);
    metrics::counter!(job.runs()).increment(1);
    if !succeeded {
        metrics::counter!(job.failures()).increment(1);
    }
}

/// Sets the gauges read at scrape time: build info, draining, the database pools and
/// the webhook backlog.
pub async fn scrape(db: &Db, readiness: &Readiness) {
    handle();
    metrics::gauge!(
        "paylera_build_info",
        "service" => SERVICE,
        "version" => env!("CARGO_PKG_VERSION"),
        "instance" => crate::telemetry::instance(),
    )
    .set(1.0);
    metrics::gauge!("paylera_draining").set(if readiness.is_draining() { 1.0 } else { 0.0 });
    match db.backend() {
        Backend::Postgres => pool_gauges("shared", db.writer()),
        Backend::Sqlite => {
            pool_gauges("writer", db.writer());
            pool_gauges("reader", db.reader());
        }
    }
    webhook_backlog(db).await;
}

fn pool_gauges(pool: &'static str, connections: &AnyPool) {
    let idle = u32::try_from(connections.num_idle()).unwrap_or(u32::MAX);
    let in_use = connections.size().saturating_sub(idle);
    metrics::gauge!("db_pool_connections", "pool" => pool, "state" => "idle").set(f64::from(idle));
    metrics::gauge!("db_pool_connections", "pool" => pool, "state" => "in_use").set(f64::from(in_use));
    metrics::gauge!("db_pool_max", "pool" => pool).set(f64::from(connections.options().get_max_connections()));
}

/// `webhook_deliveries_pending` and `webhook_oldest_pending_age_seconds` (0 without a
/// pending delivery), from one count over the pending deliveries (the dispatcher's
/// partial index `webhook_deliveries_due` covers them). Same SQL on both databases.
async fn webhook_backlog(db: &Db) {
    let backlog: Result<(i64, Option<i64>), sqlx::Error> =
        sqlx::query_as("select count(*), min(created) from webhook_deliveries where status = 'pending'")
            .fetch_one(db.reader())
            .await;
    match backlog {
        Ok((pending, oldest)) => {
            let age = oldest.map_or(0, |created| (crate::domain::now().timestamp() - created).max(0));
            // Counts and ages far below 2^53: exact as f64.
            metrics::gauge!("webhook_deliveries_pending").set(pending as f64);
            metrics::gauge!("webhook_oldest_pending_age_seconds").set(age as f64);
        }
        Err(err) => tracing::warn!(error = %err, "webhook backlog unavailable for /metrics"),
    }
}
