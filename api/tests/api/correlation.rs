//! Observability across instances: the request id and the trace a caller sends are
//! kept (or replaced when invalid) and land in the logs with the instance and the
//! tenant; `/metrics` has the pool, webhook-backlog, scheduler and build series.

use std::time::Duration;

use crate::helpers::{captured_logs, spawn_app};

const TRACE_ID: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const TRACEPARENT: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

fn request_id(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_valid_request_id_comes_back_and_an_invalid_one_is_replaced() {
    let app = spawn_app().await;
    let get = |id: &'static str| app.http().get(app.url("/healthz")).header("request-id", id).send();

    let kept = get("portal-req_ABC.1:2").await.expect("sent");
    assert_eq!(request_id(&kept), "portal-req_ABC.1:2");

    for invalid in ["has spaces", "semi;colon", "a/b", "caf\u{e9}"] {
        let replaced = get(invalid).await.expect("sent");
        let id = request_id(&replaced);
        assert!(id.starts_with("req_") && id.len() == 28, "{invalid:?} became {id:?}");
    }
    let long = "x".repeat(65);
    let replaced = app
        .http()
        .get(app.url("/healthz"))
        .header("request-id", &long)
        .send()
        .await
        .expect("sent");
    assert!(request_id(&replaced).starts_with("req_"));
}

#[tokio::test]
async fn a_request_logs_its_id_its_trace_its_instance_and_its_tenant() {
    let app = spawn_app().await;
    let tenant = app.tenant("Traced").await;
    let id = format!("trace-test-{}", paylera_api::domain::ids::random_base62(12));

    let response = app
        .http()
        .get(app.url("/v1/customers?limit=1"))
        .bearer_auth(&tenant.secret_key)
        .header("request-id", &id)
        .header("traceparent", TRACEPARENT)
        .header("tracestate", "rojo=00f067aa0ba902b7")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 200);
    assert_eq!(request_id(&response), id);

    // The request's span closes after the response is sent: wait for its lines.
    let mut lines = Vec::new();
    for _ in 0..50 {
        lines = captured_logs()
            .lines()
            .filter(|line| line.contains(&id))
            .map(str::to_owned)
            .collect();
        if lines.iter().any(|line| line.contains(&tenant.id)) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let line = lines
        .iter()
        .find(|line| line.contains(&tenant.id))
        .unwrap_or_else(|| panic!("a log line of the request with its tenant: {lines:?}"));
    let line: serde_json::Value = serde_json::from_str(line).expect("JSON log line");
    let span = &line["span"];
    assert_eq!(span["request_id"], id.as_str(), "{line}");
    assert_eq!(span["trace_id"], TRACE_ID, "the caller's trace continues: {line}");
    let span_id = span["span_id"].as_str().expect("a span id");
    assert!(
        span_id.len() == 16 && span_id != "00f067aa0ba902b7",
        "a span of its own: {line}"
    );
    assert_eq!(span["instance"], paylera_api::telemetry::instance(), "{line}");
    assert_eq!(span["tenant_id"], tenant.id.as_str(), "{line}");
}

#[tokio::test]
async fn an_invalid_traceparent_starts_a_new_trace() {
    let app = spawn_app().await;
    let id = format!("bad-trace-{}", paylera_api::domain::ids::random_base62(12));
    app.http()
        .get(app.url("/healthz"))
        .header("request-id", &id)
        .header("traceparent", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")
        .send()
        .await
        .expect("sent");
    tokio::time::sleep(Duration::from_millis(100)).await;
    let logs = captured_logs();
    let line = logs
        .lines()
        .find(|line| line.contains(&id))
        .expect("a log line of the request");
    let line: serde_json::Value = serde_json::from_str(line).expect("JSON");
    let trace = line["span"]["trace_id"].as_str().expect("trace id");
    assert_eq!(trace.len(), 32);
    assert!(
        trace.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()),
        "{trace}"
    );
    assert_ne!(trace, TRACE_ID, "an uppercase traceparent is not continued");
}

/// The value of the first sample of `series` (a name with its labels, as rendered).
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.trim().parse().ok())
}

#[tokio::test]
async fn metrics_show_the_pools_the_webhook_backlog_the_scheduler_and_the_build() {
    let app = spawn_app().await;
    let scrape = || async {
        app.http()
            .get(format!("{}/metrics", app.admin_base))
            .send()
            .await
            .expect("metrics")
            .text()
            .await
            .expect("text")
    };

    // The scheduler and the sweeper run once at start-up.
    let mut text = scrape().await;
    for _ in 0..50 {
        if text.contains("scheduler_last_run_timestamp_seconds ")
            && text.contains("sweeper_last_run_timestamp_seconds ")
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        text = scrape().await;
    }

    let pool = if app.database_url.starts_with("sqlite:") {
        "writer"
    } else {
        "shared"
    };
    for state in ["idle", "in_use"] {
        let series = format!("db_pool_connections{{pool=\"{pool}\",state=\"{state}\"}}");
        assert!(sample(&text, &series).is_some(), "{series} in {text}");
    }
    let max = sample(&text, &format!("db_pool_max{{pool=\"{pool}\"}}")).expect("db_pool_max");
    assert!(max >= 1.0, "{text}");
    assert!(
        sample(&text, "webhook_deliveries_pending").is_some_and(|n| n >= 0.0),
        "{text}"
    );
    assert!(
        sample(&text, "webhook_oldest_pending_age_seconds").is_some_and(|age| age >= 0.0),
        "{text}"
    );
    let last_run = sample(&text, "scheduler_last_run_timestamp_seconds").expect("scheduler ran");
    assert!(last_run > 1.7e9, "a Unix time: {last_run}");
    assert!(
        sample(&text, "scheduler_runs_total").is_some_and(|n| n >= 1.0),
        "{text}"
    );
    assert!(sample(&text, "scheduler_failures_total").is_some(), "{text}");
    assert!(sample(&text, "sweeper_runs_total").is_some_and(|n| n >= 1.0), "{text}");
    assert!(sample(&text, "sweeper_failures_total").is_some(), "{text}");
    assert!(sample(&text, "http_requests_in_flight").is_some(), "{text}");
    assert!(sample(&text, "paylera_draining").is_some(), "{text}");
    let build = format!(
        "paylera_build_info{{service=\"paylera-api\",version=\"{}\",instance=\"{}\"}}",
        env!("CARGO_PKG_VERSION"),
        paylera_api::telemetry::instance()
    );
    assert_eq!(sample(&text, &build), Some(1.0), "{build} in {text}");
}
