//! Write throughput of the store: creating a customer and its event in one
//! transaction, from 16 concurrent tasks, through the production code path.
//!
//! Compares the production SQLite set-up (one writer connection + read pool)
//! against the alternative it was chosen over (a pool of 4 writers), and PostgreSQL
//! when `PAYLERA_BENCH_POSTGRES_URL` is set. Ratios are against the 4-writer
//! baseline measured in the same run. Results: `docs/benchmarks/`.
//!
//! With `PAYLERA_BENCH_DATABASE_URL` set, only that database is measured, in the
//! production set-up (`Db::connect`: one SQLite writer + read pool, or a PostgreSQL
//! pool of 16), and the last line is JSON (`{"store_writes":{"ops":…,"tx_per_sec":…,
//! "p50_ms":…,"p99_ms":…}}`): the write ceiling `cargo xtask bench` compares the
//! HTTP session creates of the same database with.
//!
//! `cargo bench -p paylera-api --bench store_writes [-- OPS]`

#![expect(clippy::print_stdout, reason = "a benchmark reports on stdout")]

use std::time::{Duration, Instant};

use paylera_api::{
    db::Db,
    domain::customer::CustomerFields,
    store::{self, events::Origin},
};
use paylera_shared::event::EventType;
use secrecy::SecretString;

const TASKS: usize = 16;

struct Run {
    name: String,
    ops_per_sec: f64,
    p50: Duration,
    p99: Duration,
}

async fn measure(name: &str, db: Db, ops: usize) -> Run {
    let mut tx = db.begin().await.expect("tx");
    let tenant = store::tenants::create(&mut tx, "bench").await.expect("tenant").id;
    tx.commit().await.expect("commit");
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for t in 0..TASKS {
        let (db, tenant) = (db.clone(), tenant.clone());
        tasks.spawn(async move {
            let mut latencies = Vec::new();
            for i in (t..ops).step_by(TASKS) {
                let began = Instant::now();
                let new = CustomerFields {
                    email: Some(format!("c{i}@example.com")),
                    name: Some("Bench".to_owned()),
                    ..CustomerFields::default()
                };
                let mut tx = db.begin().await.expect("tx");
                let customer = store::customers::create(&mut tx, &tenant, &new, None)
                    .await
                    .expect("customer");
                let object = serde_json::to_value(&customer).expect("json");
                store::events::record(
                    &mut tx,
                    &tenant,
                    EventType::CustomerCreated,
                    object,
                    None,
                    &Origin::system(),
                )
                .await
                .expect("event");
                tx.commit().await.expect("commit");
                latencies.push(began.elapsed());
            }
            latencies
        });
    }
    let mut latencies = Vec::with_capacity(ops);
    while let Some(done) = tasks.join_next().await {
        latencies.extend(done.expect("task"));
    }
    let elapsed = started.elapsed();
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
    db.close().await;
    Run {
        name: name.to_owned(),
        ops_per_sec: ops as f64 / elapsed.as_secs_f64(),
        p50: at(0.5),
        p99: at(0.99),
    }
}

async fn sqlite(writers: u32) -> (Db, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = SecretString::from(format!("sqlite://{}/bench.db", dir.path().display()));
    let db = Db::connect_with(&url, writers).await.expect("connect");
    db.migrate().await.expect("migrate");
    (db, dir)
}

#[tokio::main]
async fn main() {
    let ops: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(2000);
    if let Ok(url) = std::env::var("PAYLERA_BENCH_DATABASE_URL") {
        let db = Db::connect(&SecretString::from(url)).await.expect("connect");
        db.migrate().await.expect("migrate");
        let run = measure("production set-up", db, ops).await;
        print_table(ops, std::slice::from_ref(&run));
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let line = serde_json::json!({"store_writes": {
            "ops": ops, "tx_per_sec": run.ops_per_sec, "p50_ms": ms(run.p50), "p99_ms": ms(run.p99),
        }});
        println!("{line}");
        return;
    }
    let mut runs = Vec::new();
    // Baseline first, then the production choice, then the baseline again: the
    // repeat shows how much of a difference is noise.
    for (name, writers) in [
        ("sqlite, 4 writers (baseline)", 4),
        ("sqlite, 1 writer + read pool", 1),
        ("sqlite, 4 writers (repeat)", 4),
    ] {
        let (db, _dir) = sqlite(writers).await;
        runs.push(measure(name, db, ops).await);
    }
    if let Ok(url) = std::env::var("PAYLERA_BENCH_POSTGRES_URL") {
        let db = Db::connect(&SecretString::from(url)).await.expect("connect postgres");
        db.migrate().await.expect("migrate");
        runs.push(measure("postgres, pool of 16", db, ops).await);
    }
    print_table(ops, &runs);
}

/// The runs as a markdown table, ratios against the first.
fn print_table(ops: usize, runs: &[Run]) {
    let baseline = runs[0].ops_per_sec;
    println!("{ops} transactions (customer + event), {TASKS} concurrent tasks");
    println!("| set-up | tx/s | p50 | p99 | × baseline |");
    println!("|---|---:|---:|---:|---:|");
    for run in runs {
        println!(
            "| {} | {:.0} | {:.2} ms | {:.2} ms | {:.2} |",
            run.name,
            run.ops_per_sec,
            run.p50.as_secs_f64() * 1e3,
            run.p99.as_secs_f64() * 1e3,
            run.ops_per_sec / baseline
        );
    }
}
