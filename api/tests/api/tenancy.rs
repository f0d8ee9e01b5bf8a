//! A key of tenant A never reads tenant B's data.

use paylera_shared::{ErrorCode, customer::CustomerFilter, event::EventFilter, list::ListParams};

use crate::helpers::spawn_app;

#[tokio::test]
async fn one_tenant_cannot_see_another_tenants_customers_or_events() {
    let app = spawn_app().await;
    let a = app.tenant("A").await;
    let b = app.tenant("B").await;
    let secret = a.create_customer("secret@a.example").await;

    let err = b.api.retrieve_customer(&secret.id).await.expect_err("hidden");
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.envelope().expect("envelope").error.code, ErrorCode::ResourceMissing);

    let listed = b
        .api
        .list_customers(&CustomerFilter::default(), &ListParams::default())
        .await
        .expect("list");
    assert!(listed.data.is_empty());
    let by_email = b
        .api
        .list_customers(
            &CustomerFilter {
                email: Some("secret@a.example".into()),
            },
            &ListParams::default(),
        )
        .await
        .expect("list");
    assert!(by_email.data.is_empty());

    let a_events = a
        .api
        .list_events(&EventFilter::default(), &ListParams::default())
        .await
        .expect("events");
    assert_eq!(a_events.data.len(), 1);
    let b_events = b
        .api
        .list_events(&EventFilter::default(), &ListParams::default())
        .await
        .expect("events");
    assert!(b_events.data.is_empty());
    let err = b.api.retrieve_event(&a_events.data[0].id).await.expect_err("hidden");
    assert_eq!(err.status(), Some(404));

    // A cursor from another tenant's list is not a way in either.
    let page = ListParams {
        starting_after: Some(secret.id.to_string()),
        ..ListParams::default()
    };
    let err = b
        .api
        .list_customers(&CustomerFilter::default(), &page)
        .await
        .expect_err("foreign cursor");
    assert_eq!(err.status(), Some(400));

    assert_eq!(a.api.retrieve_customer(&secret.id).await.expect("own customer"), secret);
}

#[tokio::test]
async fn a_merchant_key_over_its_limit_is_told_when_to_retry() {
    let app = crate::helpers::spawn_app_with(&[("PAYLERA_API_KEY_REQUESTS_PER_MINUTE", "5")]).await;
    let tenant = app.tenant("Acme").await;
    let other = app.tenant("Other").await;
    let get = |key: &str| app.http().get(app.url("/v1/customers")).bearer_auth(key).send();
    // Five per minute (a window may turn during the loop: then up to ten pass).
    let mut allowed = 0;
    let limited = loop {
        let response = get(&tenant.secret_key).await.expect("sent");
        if response.status() != 200 {
            break response;
        }
        allowed += 1;
        assert!(allowed <= 10, "never limited");
    };
    assert!(allowed >= 5, "limited after {allowed}");
    assert_eq!(limited.status(), 429);
    let retry_after: u64 = limited
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=60).contains(&retry_after));
    let body: serde_json::Value = limited.json().await.expect("envelope");
    assert_eq!(body["error"]["code"], "rate_limited");
    assert_eq!(
        get(&other.secret_key).await.expect("sent").status(),
        200,
        "keys are limited apart"
    );
}

/// Every tenant has a test key and a live key. Loopback `http` return URLs and
/// private webhook targets are test mode's alone; live mode is public `https`.
#[tokio::test]
async fn live_mode_allows_only_public_https_while_test_mode_may_use_loopback() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    assert!(tenant.live_secret_key.starts_with("sk_live_"));
    assert!(tenant.secret_key.starts_with("sk_test_"));
    let customer = tenant.create_customer("ada@example.com").await;
    let post = |key: &str, path: &str, body: serde_json::Value| {
        app.http().post(app.url(path)).bearer_auth(key).json(&body).send()
    };
    let session = |url: &str| serde_json::json!({"customer_id": customer.id, "return_url": url});
    let hook = |url: &str| serde_json::json!({"url": url, "enabled_events": ["*"]});
    let cases = [
        (
            "/v1/portal/sessions",
            session("http://localhost:3000/billing"),
            200,
            400,
        ),
        (
            "/v1/portal/sessions",
            session("https://merchant.example/billing"),
            200,
            200,
        ),
        ("/v1/webhook_endpoints", hook("http://127.0.0.1:9/hooks"), 200, 400),
        (
            "/v1/webhook_endpoints",
            hook("http://hooks.example.com/paylera"),
            200,
            400,
        ),
        (
            "/v1/webhook_endpoints",
            hook("https://hooks.example.com/paylera"),
            200,
            200,
        ),
    ];
    for (path, body, test_status, live_status) in cases {
        let test = post(&tenant.secret_key, path, body.clone())
            .await
            .expect("sent")
            .status();
        let live = post(&tenant.live_secret_key, path, body.clone())
            .await
            .expect("sent")
            .status();
        assert_eq!(
            (test.as_u16(), live.as_u16()),
            (test_status, live_status),
            "{path} {body}"
        );
    }
}
