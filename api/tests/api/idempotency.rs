//! `Idempotency-Key` on POSTs, with Stripe's semantics.

use paylera_shared::{ErrorCode, customer::CreateCustomerRequest, customer::Customer};
use reqwest::StatusCode;

use crate::helpers::{TestApp, TestTenant, spawn_app};

fn ada() -> CreateCustomerRequest {
    CreateCustomerRequest {
        email: Some("ada@example.com".into()),
        name: Some("Ada".into()),
        ..Default::default()
    }
}

#[tokio::test]
async fn retrying_with_the_same_key_replays_the_first_response_and_creates_once() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let first = tenant
        .api
        .create_customer(&ada(), Some("order-1"))
        .await
        .expect("created");

    let response = app
        .http()
        .post(app.url("/v1/customers"))
        .bearer_auth(&tenant.secret_key)
        .header("idempotency-key", "order-1")
        .json(&ada())
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response
            .headers()
            .get("idempotent-replayed")
            .and_then(|v| v.to_str().ok()),
        Some("true")
    );
    let replayed: Customer = response.json().await.expect("customer");
    assert_eq!(replayed, first);
    assert_eq!(app.count_rows("customers", &tenant.id).await, 1);
    assert_eq!(app.count_rows("events", &tenant.id).await, 1);
}

#[tokio::test]
async fn the_same_key_with_a_different_request_is_rejected() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    tenant
        .api
        .create_customer(&ada(), Some("order-2"))
        .await
        .expect("created");
    let other = CreateCustomerRequest {
        email: Some("grace@example.com".into()),
        name: None,
        ..Default::default()
    };
    let err = tenant
        .api
        .create_customer(&other, Some("order-2"))
        .await
        .expect_err("reused");
    assert_eq!(err.status(), Some(400));
    let envelope = err.envelope().expect("envelope");
    assert_eq!(envelope.error.code, ErrorCode::IdempotencyKeyReused);
    assert_eq!(app.count_rows("customers", &tenant.id).await, 1);
}

#[tokio::test]
async fn many_simultaneous_requests_with_one_key_create_exactly_one_object() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let mut requests = tokio::task::JoinSet::new();
    for _ in 0..24 {
        let api = tenant.api.clone();
        requests.spawn(async move { api.create_customer(&ada(), Some("burst")).await });
    }
    let mut ids = std::collections::HashSet::new();
    let mut in_flight = 0;
    while let Some(result) = requests.join_next().await {
        match result.expect("task") {
            Ok(customer) => {
                ids.insert(customer.id);
            }
            Err(err) => {
                assert_eq!(err.status(), Some(409), "{err}");
                assert_eq!(
                    err.envelope().expect("envelope").error.code,
                    ErrorCode::IdempotencyKeyInUse
                );
                in_flight += 1;
            }
        }
    }
    assert_eq!(
        ids.len(),
        1,
        "every success is the same customer ({in_flight} saw the key in flight)"
    );
    assert_eq!(app.count_rows("customers", &tenant.id).await, 1);
    assert_eq!(app.count_rows("events", &tenant.id).await, 1);
}

#[tokio::test]
async fn a_request_in_flight_answers_409_with_retry_after() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    // A claim as the first request leaves it while still executing.
    let now = chrono::Utc::now().timestamp();
    let (key, fingerprint) = ada_row(&app, &tenant, "slow").await;
    sqlx::query(
        "insert into idempotency_keys (tenant_id, key, fingerprint, state, created, locked_at, claim) values ($1, $2, 'x', 'in_flight', $3, $3, 'running')",
    )
    .bind(&tenant.id)
    .bind(&key)
    .bind(now)
    .execute(app.db.writer())
    .await
    .expect("claim");
    let response = app
        .http()
        .post(app.url("/v1/customers"))
        .bearer_auth(&tenant.secret_key)
        .header("idempotency-key", "slow")
        .json(&ada())
        .send()
        .await
        .expect("sent");
    assert_eq!(
        response.status(),
        StatusCode::BAD_REQUEST,
        "a different fingerprint is a reuse, checked first"
    );

    sqlx::query("update idempotency_keys set fingerprint = $1 where key = $2")
        .bind(fingerprint)
        .bind(&key)
        .execute(app.db.writer())
        .await
        .expect("align fingerprint");
    let response = app
        .http()
        .post(app.url("/v1/customers"))
        .bearer_auth(&tenant.secret_key)
        .header("idempotency-key", "slow")
        .json(&ada())
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert_eq!(
        response.headers().get("retry-after").and_then(|v| v.to_str().ok()),
        Some("1")
    );
    assert_eq!(app.count_rows("customers", &tenant.id).await, 0);
}

/// The stored key and fingerprint of `POST /v1/customers` with [`ada`]'s JSON and `key`.
async fn ada_row(app: &TestApp, tenant: &TestTenant, key: &str) -> (String, String) {
    let body = serde_json::to_vec(&ada()).expect("json");
    app.idempotency_row(tenant, key, &http::Method::POST, "/v1/customers", &body)
        .await
}

#[tokio::test]
async fn an_abandoned_claim_is_taken_over_after_it_goes_stale() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let long_ago = chrono::Utc::now().timestamp() - 3600;
    let (key, fingerprint) = ada_row(&app, &tenant, "crashed").await;
    sqlx::query(
        "insert into idempotency_keys (tenant_id, key, fingerprint, state, created, locked_at, claim) values ($1, $2, $3, 'in_flight', $4, $4, 'dead')",
    )
    .bind(&tenant.id)
    .bind(key)
    .bind(fingerprint)
    .bind(long_ago)
    .execute(app.db.writer())
    .await
    .expect("claim");
    let customer = tenant
        .api
        .create_customer(&ada(), Some("crashed"))
        .await
        .expect("the retry runs");
    let replay = tenant
        .api
        .create_customer(&ada(), Some("crashed"))
        .await
        .expect("and is then replayed");
    assert_eq!(customer, replay);
    assert_eq!(app.count_rows("customers", &tenant.id).await, 1);
}

#[tokio::test]
async fn keys_are_scoped_to_the_tenant() {
    let app = spawn_app().await;
    let (a, b): (TestTenant, TestTenant) = (app.tenant("A").await, app.tenant("B").await);
    let from_a = a.api.create_customer(&ada(), Some("shared-key")).await.expect("A");
    let from_b = b.api.create_customer(&ada(), Some("shared-key")).await.expect("B");
    assert_ne!(from_a.id, from_b.id);
}

#[tokio::test]
async fn a_request_that_failed_validation_does_not_burn_its_key() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let bad = CreateCustomerRequest {
        email: Some("nope".into()),
        name: None,
        ..Default::default()
    };
    let err = tenant
        .api
        .create_customer(&bad, Some("fix-me"))
        .await
        .expect_err("invalid");
    assert_eq!(err.status(), Some(400));
    tenant
        .api
        .create_customer(&ada(), Some("fix-me"))
        .await
        .expect("the corrected request runs with the same key");
}

#[tokio::test]
async fn an_invalid_key_is_refused() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let long = "k".repeat(256);
    let err = tenant
        .api
        .create_customer(&ada(), Some(&long))
        .await
        .expect_err("too long");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::IdempotencyKeyInvalid
    );
    tenant
        .api
        .create_customer(&ada(), Some(&"k".repeat(255)))
        .await
        .expect("255 characters are fine");
}

#[tokio::test]
async fn keys_older_than_the_retention_window_are_pruned() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    tenant.api.create_customer(&ada(), Some("old")).await.expect("created");
    let day = 24 * 3600;
    let now = chrono::Utc::now().timestamp();
    sqlx::query("update idempotency_keys set created = $1")
        .bind(now - day - 1)
        .execute(app.db.writer())
        .await
        .expect("age");
    tenant
        .api
        .create_customer(&ada(), Some("fresh"))
        .await
        .expect("created");

    let pruned = paylera_api::store::idempotency::prune(&app.db, now - day)
        .await
        .expect("prune");
    // The app's own hourly pruner starts with a pass whose query may run after the
    // ageing above (a loaded machine): then it, not this call, removed the old key.
    assert!(pruned <= 1, "{pruned}");
    let left: Vec<String> = sqlx::query_scalar("select key from idempotency_keys where tenant_id = $1")
        .bind(&tenant.id)
        .fetch_all(app.db.reader())
        .await
        .expect("keys");
    assert!(
        left.len() == 1 && left[0].ends_with("/fresh"),
        "the old key is gone, the fresh one kept: {left:?}"
    );
}

#[tokio::test]
async fn keys_are_scoped_to_the_credential_not_only_the_tenant() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    let (_, token) = app.portal_token(&tenant, customer.id.as_str()).await;
    let merchant_card = tenant
        .api
        .create_payment_method(&crate::helpers::card("4242424242424242", Some(&customer)))
        .await
        .expect("merchant's card");
    let _ = merchant_card;
    // The merchant used "k" for a customer; the portal customer's "k" is its own.
    let _merchant = tenant.api.create_customer(&ada(), Some("k")).await.expect("merchant");
    let response = app
        .http()
        .post(app.url("/v1/payment_methods"))
        .bearer_auth(&token)
        .header("idempotency-key", "k")
        .json(&crate::helpers::card("5555555555554444", Some(&customer)))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::OK, "not the merchant's key");
    assert_eq!(response.headers().get("idempotent-replayed"), None);
}

#[tokio::test]
async fn a_stored_response_is_sealed_yet_replays_the_same_link() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    let body = serde_json::json!({"customer_id": customer.id, "return_url": "https://merchant.example/back"});
    let first: serde_json::Value = tenant
        .api
        .post("/v1/portal/sessions", &body, Some("session-1"))
        .await
        .expect("session");
    let again: serde_json::Value = tenant
        .api
        .post("/v1/portal/sessions", &body, Some("session-1"))
        .await
        .expect("replay");
    assert_eq!(first["url"], again["url"], "a replay still returns the same url");
    let url = first["url"].as_str().expect("url");
    let secret = url.rsplit_once("/p/").map(|(_, s)| s).expect("secret");
    let stored = app.database_text().await;
    assert!(!stored.contains(secret), "the link secret is in the database");
    assert!(!stored.contains(url), "the link is in the database");
}

#[tokio::test]
async fn a_request_whose_claim_was_taken_over_can_neither_renew_nor_complete_it() {
    use paylera_api::store::idempotency as records;
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let tenant_id: paylera_shared::ids::TenantId = tenant.id.parse().expect("tenant id");
    let then = chrono::Utc::now().timestamp() - 3600;
    let claimed = records::claim(&app.db, &tenant_id, "k", "f", "slow-request", then)
        .await
        .expect("claim");
    assert_eq!(claimed, records::Claim::Acquired);
    let now = chrono::Utc::now().timestamp();
    assert!(
        records::take_over(&app.db, &tenant_id, "k", then, "retry", now)
            .await
            .expect("take over")
    );
    assert!(
        !records::heartbeat(&app.db, &tenant_id, "k", "slow-request", now)
            .await
            .expect("heartbeat")
    );
    assert!(
        !records::complete(&app.db, &tenant_id, "k", "slow-request", 200, None, "sealed")
            .await
            .expect("complete")
    );
    assert!(
        records::heartbeat(&app.db, &tenant_id, "k", "retry", now)
            .await
            .expect("heartbeat")
    );
    assert!(
        records::complete(&app.db, &tenant_id, "k", "retry", 200, None, "sealed")
            .await
            .expect("complete")
    );
}

/// Nothing lost, nothing twice: clients create customers with idempotency keys while
/// the API is killed (SIGKILL) again and again; each client retries its own key
/// until it gets an answer. Every key ends with exactly one customer, and every
/// answer for a key names that same customer.
#[tokio::test]
async fn killing_the_api_mid_request_never_runs_a_keyed_request_twice() {
    use std::{collections::HashMap, sync::Mutex, time::Duration};

    use crate::helpers::{free_port, start_binary, wait_healthy};

    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    // Claims of a killed process go stale after 4 s (heartbeats every second).
    let env = [
        ("PAYLERA_IDEMPOTENCY_STALE_SECS", "4"),
        ("PAYLERA_WEBHOOKS_DISPATCHER", "off"),
    ];
    let answers: std::sync::Arc<Mutex<HashMap<String, Vec<String>>>> = std::sync::Arc::default();
    const CLIENTS: usize = 6;
    const KEYS_PER_CLIENT: usize = 12;
    let mut child = start_binary(&app, port, &env);
    wait_healthy(&base).await;
    let clients: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (base, key, answers) = (base.clone(), tenant.secret_key.clone(), answers.clone());
            tokio::spawn(async move {
                let http = reqwest::Client::builder()
                    .timeout(Duration::from_secs(5))
                    .build()
                    .expect("client");
                for k in 0..KEYS_PER_CLIENT {
                    let idempotency_key = format!("kill-{c}-{k}");
                    let body = serde_json::json!({"email": format!("c{c}k{k}@example.com")});
                    // Retry until answered: a dead server, a 409 in flight, a 5xx.
                    loop {
                        let sent = http
                            .post(format!("{base}/v1/customers"))
                            .bearer_auth(&key)
                            .header("idempotency-key", &idempotency_key)
                            .json(&body)
                            .send()
                            .await;
                        if let Ok(response) = sent
                            && response.status().is_success()
                            && let Ok(customer) = response.json::<serde_json::Value>().await
                        {
                            let id = customer["id"].as_str().unwrap_or_default().to_owned();
                            answers
                                .lock()
                                .unwrap_or_else(std::sync::PoisonError::into_inner)
                                .entry(idempotency_key.clone())
                                .or_default()
                                .push(id);
                            // Ask once more: the replay must name the same customer.
                            if answers
                                .lock()
                                .unwrap_or_else(std::sync::PoisonError::into_inner)
                                .get(&idempotency_key)
                                .is_some_and(|ids| ids.len() >= 2)
                            {
                                break;
                            }
                            continue;
                        }
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
                }
            })
        })
        .collect();
    for round in 0..5u64 {
        tokio::time::sleep(Duration::from_millis(150 + 61 * round)).await;
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        child = start_binary(&app, port, &env);
        wait_healthy(&base).await;
    }
    for client in clients {
        tokio::time::timeout(Duration::from_secs(120), client)
            .await
            .expect("clients finish")
            .expect("client");
    }
    child.kill().expect("stopped");
    child.wait().expect("reaped");

    let answers = answers
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone();
    assert_eq!(answers.len(), CLIENTS * KEYS_PER_CLIENT, "every key was answered");
    for (key, ids) in &answers {
        assert!(
            ids.iter().all(|id| id == &ids[0] && id.starts_with("cus_")),
            "{key}: {ids:?}"
        );
    }
    assert_eq!(
        app.count_rows("customers", &tenant.id).await,
        i64::try_from(CLIENTS * KEYS_PER_CLIENT).expect("small"),
        "nothing twice, nothing lost"
    );
    assert_eq!(
        app.count_rows("events", &tenant.id).await,
        i64::try_from(CLIENTS * KEYS_PER_CLIENT).expect("small"),
        "one customer.created each"
    );
    eprintln!(
        "idempotency crash test: {} keys, 5 kills, {} answers, 0 duplicates",
        answers.len(),
        answers.values().map(Vec::len).sum::<usize>()
    );
}
