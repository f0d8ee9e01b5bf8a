//! Webhook delivery to a local receiver: throughput of the dispatcher draining a
//! backlog, and commit-to-delivery latency of single events while it idles.
//!
//! Baseline, measured in the same run against the same receiver: a raw reqwest POST
//! loop with the same concurrency and body size (what the network path alone
//! costs). The dispatcher adds per delivery: a claim (batched), HMAC signing, and
//! one transaction logging the attempt and settling the delivery.
//!
//! `cargo bench -p paylera-api --bench webhook_delivery [-- EVENTS]`
//! (`PAYLERA_BENCH_POSTGRES_URL` adds PostgreSQL; results in docs/benchmarks.md).

#![expect(clippy::print_stdout, reason = "a benchmark reports on stdout")]

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
    time::{Duration, Instant},
};

use axum::{Router, body::Bytes, extract::State, http::HeaderMap};
use paylera_api::{
    db::Db,
    domain::{now, webhook::SigningSecret},
    settings::WebhookSettings,
    store::{
        self,
        events::Origin,
        webhooks::{self as hooks, Endpoint},
    },
    webhooks::Dispatcher,
};
use paylera_shared::{event::EventType, ids::TenantId};
use secrecy::SecretString;
use serde_json::json;

/// Concurrent requests, both for the baseline and for the dispatcher (one endpoint).
const CONCURRENCY: usize = 16;
const LATENCY_SAMPLES: usize = 100;

/// Arrival time of each `webhook-id`.
type Arrivals = Arc<Mutex<HashMap<String, Instant>>>;

async fn receiver() -> (String, Arrivals) {
    let arrivals: Arrivals = Arc::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/hooks", listener.local_addr().expect("addr"));
    let app = Router::new()
        .fallback(
            |State(arrivals): State<Arrivals>, headers: HeaderMap, _body: Bytes| async move {
                let id = headers
                    .get("webhook-id")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                arrivals
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .entry(id)
                    .or_insert_with(Instant::now);
                "ok"
            },
        )
        .with_state(arrivals.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, arrivals)
}

fn object(i: usize) -> serde_json::Value {
    json!({"id": format!("cus_bench{i:08}"), "object": "customer", "email": format!("c{i}@example.com"),
           "name": "Bench Customer", "address": {"line1": "1 Main St", "city": "Springfield", "country": "US",
           "postal_code": "12345", "state": "IL"}, "metadata": {"crm": "x".repeat(400)}})
}

/// The baseline: `n` signed-size POSTs from `CONCURRENCY` tasks, per second.
async fn raw_posts(url: &str, n: usize) -> f64 {
    let client = reqwest::Client::new();
    let body = serde_json::to_vec(&object(0)).expect("json");
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for t in 0..CONCURRENCY {
        let (client, url, body) = (client.clone(), url.to_owned(), body.clone());
        tasks.spawn(async move {
            for i in (t..n).step_by(CONCURRENCY) {
                client
                    .post(&url)
                    .header("content-type", "application/json")
                    .header("webhook-id", format!("raw_{i}"))
                    .header("webhook-timestamp", "1")
                    .header("webhook-signature", "v1,xxxx")
                    .body(body.clone())
                    .send()
                    .await
                    .expect("sent");
            }
        });
    }
    tasks.join_all().await;
    n as f64 / started.elapsed().as_secs_f64()
}

async fn setup(db: &Db, url: &str) -> TenantId {
    let mut tx = db.begin().await.expect("tx");
    let tenant = store::tenants::create(&mut tx, "bench").await.expect("tenant").id;
    let endpoint = Endpoint {
        id: format!("we_bench{}", paylera_api::domain::ids::random_base62(8)),
        url: url.to_owned(),
        description: None,
        enabled_events: vec!["*".to_owned()],
        status: paylera_shared::webhook::WebhookEndpointStatus::Enabled,
        disabled_reason: None,
        disabled_message: None,
        secret: SigningSecret::generate(),
        previous_secret: None,
        previous_secret_expires_at: None,
        created: now().timestamp() - 5,
        livemode: false,
    };
    hooks::create_endpoint(&mut tx, secrets().webhook_sealer(), &tenant, &endpoint)
        .await
        .expect("endpoint");
    tx.commit().await.expect("commit");
    tenant
}

async fn commit_event(db: &Db, tenant: &TenantId, i: usize) -> String {
    let mut tx = db.begin().await.expect("tx");
    let event = store::events::record(
        &mut tx,
        tenant,
        EventType::CustomerUpdated,
        object(i),
        None,
        &Origin::system(),
    )
    .await
    .expect("event");
    tx.commit().await.expect("commit");
    event.id.to_string()
}

fn dispatcher(db: &Db) -> Dispatcher {
    Dispatcher::new(
        db.clone(),
        WebhookSettings {
            allow_private_targets: true,
            per_endpoint_concurrency: CONCURRENCY,
            ..WebhookSettings::default()
        },
        secrets().webhook_sealer().clone(),
    )
    .expect("dispatcher")
}

/// Fixed secrets: the bench's endpoints are sealed and opened with the same key.
fn secrets() -> paylera_api::secrets::Secrets {
    paylera_api::secrets::Secrets::from_values(&[1; 32], &[2; 32], &[3; 32])
}

struct Run {
    name: String,
    per_sec: f64,
    p50: Duration,
    p99: Duration,
}

/// Drains a backlog of `n` committed events, then measures single-event latency.
async fn measure(name: &str, db: Db, n: usize) -> Run {
    let (url, arrivals) = receiver().await;
    let tenant = setup(&db, &url).await;
    for i in 0..n {
        commit_event(&db, &tenant, i).await;
    }
    let started = Instant::now();
    let (keep_running, stop) = tokio::sync::watch::channel(false);
    let running = tokio::spawn(dispatcher(&db).run_until(stop));
    while arrivals.lock().unwrap_or_else(PoisonError::into_inner).len() < n {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let per_sec = n as f64 / started.elapsed().as_secs_f64();

    let mut latencies = Vec::with_capacity(LATENCY_SAMPLES);
    for i in 0..LATENCY_SAMPLES {
        let committed = commit_event(&db, &tenant, n + i).await;
        let at = Instant::now();
        let arrived = loop {
            if let Some(t) = arrivals.lock().unwrap_or_else(PoisonError::into_inner).get(&committed) {
                break *t;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        };
        latencies.push(arrived.saturating_duration_since(at));
        // Spread commits over the poll cycle rather than in lockstep with it.
        tokio::time::sleep(Duration::from_millis(37)).await;
    }
    running.abort();
    drop(keep_running);
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
    db.close().await;
    Run {
        name: name.to_owned(),
        per_sec,
        p50: at(0.5),
        p99: at(0.99),
    }
}

#[tokio::main]
async fn main() {
    let n: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(2000);
    let (url, _) = receiver().await;
    let baseline = raw_posts(&url, n).await;
    let mut runs = Vec::new();
    let dir = tempfile::tempdir().expect("temp dir");
    let sqlite = Db::connect(&SecretString::from(format!(
        "sqlite://{}/bench.db",
        dir.path().display()
    )))
    .await
    .expect("connect");
    sqlite.migrate().await.expect("migrate");
    runs.push(measure("dispatcher, sqlite", sqlite, n).await);
    if let Ok(url) = std::env::var("PAYLERA_BENCH_POSTGRES_URL") {
        let db = Db::connect(&SecretString::from(url)).await.expect("connect postgres");
        db.migrate().await.expect("migrate");
        runs.push(measure("dispatcher, postgres", db, n).await);
    }
    let repeat = raw_posts(&url, n).await;
    println!("{n} events to one local endpoint, {CONCURRENCY} requests in flight");
    println!("| set-up | deliveries/s | × baseline | commit→delivery p50 | p99 |");
    println!("|---|---:|---:|---:|---:|");
    println!("| raw reqwest POST loop (baseline) | {baseline:.0} | 1.00 | – | – |");
    for run in &runs {
        println!(
            "| {} | {:.0} | {:.2} | {:.1} ms | {:.1} ms |",
            run.name,
            run.per_sec,
            run.per_sec / baseline,
            run.p50.as_secs_f64() * 1e3,
            run.p99.as_secs_f64() * 1e3,
        );
    }
    println!(
        "| raw reqwest POST loop (repeat) | {repeat:.0} | {:.2} | – | – |",
        repeat / baseline
    );
}
