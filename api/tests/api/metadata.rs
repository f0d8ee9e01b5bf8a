//! Metadata on every object a merchant creates or owns (issue 19, point 3): set at
//! creation or merged by an update, found by key on every list, never shown to the
//! customer and never theirs to write.

use paylera_shared::event::EventType;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestTenant, spawn_app};

/// `method path` with `bearer` (and `body`): the status and the answer.
async fn send(app: &TestApp, bearer: &str, method: Method, path: &str, body: Option<Value>) -> (u16, Value) {
    let mut request = app.http().request(method, app.url(path)).bearer_auth(bearer);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("sent");
    (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
}

/// The ids a list answers for `path`, or its status and error param.
async fn ids(app: &TestApp, tenant: &TestTenant, path: &str) -> Result<Vec<String>, (u16, String)> {
    match send(app, &tenant.secret_key, Method::GET, path, None).await {
        (200, list) => Ok(list["data"]
            .as_array()
            .expect("data")
            .iter()
            .map(|object| object["id"].as_str().expect("id").to_owned())
            .collect()),
        (status, body) => Err((status, body["error"]["param"].as_str().unwrap_or_default().to_owned())),
    }
}

async fn post(tenant: &TestTenant, path: &str, body: Value) -> Value {
    tenant.api.post(path, &body, None).await.expect(path)
}

#[tokio::test]
async fn subscriptions_invoices_cards_and_portal_sessions_keep_metadata_that_lists_find_by_key() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let key = tenant.secret_key.clone();
    let customer = post(
        &tenant,
        "/v1/customers",
        json!({"email": "ada@example.com", "metadata": {"crm": "42"}}),
    )
    .await;
    let customer_id = customer["id"].as_str().expect("id").to_owned();
    let card = post(
        &tenant,
        "/v1/payment_methods",
        json!({"card": {"number": "4242424242424242", "exp_month": 12, "exp_year": 2034, "cvc": "123"},
               "customer": customer_id, "metadata": {"source": "onboarding"}}),
    )
    .await;
    assert_eq!(card["metadata"], json!({"source": "onboarding"}));
    let product = post(&tenant, "/v1/products", json!({"name": "Pro"})).await;
    let price = post(
        &tenant,
        "/v1/prices",
        json!({"product": product["id"], "currency": "usd", "unit_amount": 1200, "recurring": {"interval": "month"}}),
    )
    .await;
    let subscription = post(
        &tenant,
        "/v1/subscriptions",
        json!({"customer": customer_id, "price": price["id"], "metadata": {"order_id": "6735"}}),
    )
    .await;
    assert_eq!(subscription["metadata"], json!({"order_id": "6735"}));
    let sub_id = subscription["id"].as_str().expect("id").to_owned();
    let invoice_id = subscription["latest_invoice"].as_str().expect("invoice").to_owned();
    let session = post(
        &tenant,
        "/v1/portal/sessions",
        json!({"customer_id": customer_id, "return_url": "https://merchant.example/back", "metadata": {"ticket": "T-1"}}),
    )
    .await;
    assert_eq!(session["metadata"], json!({"ticket": "T-1"}));

    // Updates merge; `null` removes a key; each change is an event.
    let (status, invoice) = send(
        &app,
        &key,
        Method::POST,
        &format!("/v1/invoices/{invoice_id}"),
        Some(json!({"metadata": {"order_id": "6735"}})),
    )
    .await;
    assert_eq!(
        (status, &invoice["metadata"]),
        (200, &json!({"order_id": "6735"})),
        "{invoice}"
    );
    let card_path = format!("/v1/payment_methods/{}", card["id"].as_str().expect("id"));
    let (_, card) = send(
        &app,
        &key,
        Method::POST,
        &card_path,
        Some(json!({"metadata": {"source": null, "note": "x"}})),
    )
    .await;
    assert_eq!(card["metadata"], json!({"note": "x"}));
    let (status, subscription) = send(
        &app,
        &key,
        Method::POST,
        &format!("/v1/subscriptions/{sub_id}"),
        Some(json!({"metadata": {"order_id": null, "plan": "gold"}})),
    )
    .await;
    assert_eq!(
        (status, &subscription["metadata"]),
        (200, &json!({"plan": "gold"})),
        "{subscription}"
    );
    assert_eq!(subscription["status"], "active", "metadata alone changes nothing else");
    for (kind, previous) in [
        (EventType::InvoiceUpdated, json!({"metadata": {}})),
        (
            EventType::PaymentMethodUpdated,
            json!({"metadata": {"source": "onboarding"}}),
        ),
        (
            EventType::SubscriptionUpdated,
            json!({"metadata": {"order_id": "6735"}}),
        ),
    ] {
        let (_, events) = send(&app, &key, Method::GET, &format!("/v1/events?type={kind}"), None).await;
        let event = &events["data"][0];
        assert_eq!(event["data"]["previous_attributes"], previous, "{kind}: {events}");
    }

    // Lists find objects by a key's value, every pair at once.
    assert_eq!(
        ids(&app, &tenant, "/v1/subscriptions?metadata[plan]=gold").await,
        Ok(vec![sub_id.clone()])
    );
    assert_eq!(
        ids(&app, &tenant, "/v1/subscriptions?metadata[plan]=silver").await,
        Ok(vec![])
    );
    assert_eq!(
        ids(
            &app,
            &tenant,
            "/v1/subscriptions?metadata[plan]=gold&metadata[region]=eu"
        )
        .await,
        Ok(vec![])
    );
    assert_eq!(
        ids(&app, &tenant, "/v1/invoices?metadata[order_id]=6735").await,
        Ok(vec![invoice_id.clone()])
    );
    assert_eq!(
        ids(
            &app,
            &tenant,
            &format!("/v1/customers/{customer_id}/payment_methods?metadata[note]=x")
        )
        .await,
        Ok(vec![card["id"].as_str().expect("id").to_owned()])
    );
    assert_eq!(
        ids(&app, &tenant, "/v1/portal/sessions?metadata[ticket]=T-1").await,
        Ok(vec![session["id"].as_str().expect("id").to_owned()])
    );
    assert_eq!(
        ids(&app, &tenant, "/v1/customers?metadata[crm]=42").await,
        Ok(vec![customer_id.clone()])
    );
    // A key or value that looks like SQL or JSON path is only a string that matches nothing.
    for hostile in [
        "metadata[plan'%20or%20'1'%3D'1]=gold",
        "metadata[$.plan]=gold",
        "metadata[plan]=gold'--",
    ] {
        assert_eq!(
            ids(&app, &tenant, &format!("/v1/subscriptions?{hostile}")).await,
            Ok(vec![]),
            "{hostile}"
        );
    }
    // Malformed filters are named.
    let eleven: String = (0..11).map(|i| format!("metadata[k{i}]=v&")).collect();
    for query in ["metadata[]=x", "metadata=x", "metadata[a[b]]=x", eleven.as_str()] {
        let err = ids(&app, &tenant, &format!("/v1/invoices?{query}"))
            .await
            .expect_err(query);
        assert_eq!(err.0, 400, "{query}");
        assert!(err.1.starts_with("metadata"), "{query} names its parameter: {}", err.1);
    }
    // Invalid metadata is refused where it is set.
    let many: serde_json::Map<String, Value> = (0..51).map(|i| (format!("k{i}"), json!("v"))).collect();
    for (path, body) in [
        (card_path.clone(), json!({"metadata": many})),
        (format!("/v1/invoices/{invoice_id}"), json!({"metadata": {"a[b]": "x"}})),
        (
            format!("/v1/subscriptions/{sub_id}"),
            json!({"metadata": {"k": "v".repeat(501)}}),
        ),
    ] {
        let (status, body) = send(&app, &key, Method::POST, &path, Some(body)).await;
        assert_eq!(status, 400, "{path}: {body}");
    }
}

#[tokio::test]
async fn a_portal_customer_neither_sees_nor_writes_metadata() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    tenant.add_card(&customer, "4242424242424242").await;
    let subscription = tenant.monthly_subscription(&customer, "usd", 1200).await;
    let path = format!("/v1/subscriptions/{}", subscription.id);
    let (status, _) = send(
        &app,
        &tenant.secret_key,
        Method::POST,
        &path,
        Some(json!({"metadata": {"internal": "churn risk"}})),
    )
    .await;
    assert_eq!(status, 200);
    // The session itself carries the merchant's note: the customer's copies never do.
    let session = post(
        &tenant,
        "/v1/portal/sessions",
        json!({"customer_id": customer.id, "return_url": "https://merchant.example/back", "metadata": {"ticket": "T-9"}}),
    )
    .await;
    let secret = session["url"]
        .as_str()
        .and_then(|url| url.rsplit_once("/p/"))
        .expect("link")
        .1;
    let exchanged = app.exchange_answer(secret).await;
    let session = exchanged.session.expect("the session");
    assert!(session.metadata.is_empty(), "{session:?}");
    let token = exchanged.token;
    let (status, own) = send(&app, &token, Method::GET, "/v1/portal/session", None).await;
    assert_eq!((status, &own["metadata"]), (200, &json!({})), "{own}");

    let (status, seen) = send(&app, &token, Method::GET, &path, None).await;
    assert_eq!((status, &seen["metadata"]), (200, &json!({})), "{seen}");
    for (path, body) in [
        (path.clone(), json!({"metadata": {"internal": "fine"}})),
        (
            "/v1/payment_methods".to_owned(),
            json!({"card": {"number": "4242424242424242", "exp_month": 12, "exp_year": 2034, "cvc": "123"},
                   "customer": customer.id, "metadata": {"x": "y"}}),
        ),
    ] {
        let (status, body) = send(&app, &token, Method::POST, &path, Some(body)).await;
        assert_eq!(status, 403, "{path}: {body}");
        assert_eq!(body["error"]["code"], "merchant_only");
        assert_eq!(body["error"]["param"], "metadata");
    }
    let (_, kept) = send(&app, &tenant.secret_key, Method::GET, &path, None).await;
    assert_eq!(kept["metadata"], json!({"internal": "churn risk"}));
}
