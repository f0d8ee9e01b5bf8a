//! `Idempotency-Key` on POSTs, with Stripe's semantics.

use paylera_shared::{ErrorCode, customer::CreateCustomerRequest, customer::Customer};
use reqwest::StatusCode;

use crate::helpers::{TestTenant, spawn_app};

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
    sqlx::query(
        "insert into idempotency_keys (tenant_id, key, fingerprint, state, created, locked_at) values ($1, 'slow', 'x', 'in_flight', $2, $2)",
    )
    .bind(&tenant.id)
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

    sqlx::query("update idempotency_keys set fingerprint = $1 where key = 'slow'")
        .bind(fingerprint_of_ada_request())
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

/// The fingerprint the layer computes for `POST /v1/customers` with [`ada`]'s JSON.
fn fingerprint_of_ada_request() -> String {
    use sha2::{Digest, Sha256};
    let body = serde_json::to_vec(&ada()).expect("json");
    let mut hasher = Sha256::new();
    hasher.update("POST");
    hasher.update([0]);
    hasher.update("/v1/customers");
    hasher.update([0]);
    hasher.update(&body);
    hex::encode(hasher.finalize())
}

#[tokio::test]
async fn an_abandoned_claim_is_taken_over_after_it_goes_stale() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let long_ago = chrono::Utc::now().timestamp() - 3600;
    sqlx::query(
        "insert into idempotency_keys (tenant_id, key, fingerprint, state, created, locked_at) values ($1, 'crashed', $2, 'in_flight', $3, $3)",
    )
    .bind(&tenant.id)
    .bind(fingerprint_of_ada_request())
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
    assert_eq!(pruned, 1);
    assert_eq!(app.count_rows("idempotency_keys", &tenant.id).await, 1);
}
