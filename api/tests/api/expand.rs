//! `expand[]` (issue 19, point 2): ids become the objects their retrieve answers, in
//! retrieves and lists, at most four levels deep, under the caller's own scope.

use paylera_shared::{customer::Customer, version::ApiVersion};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestTenant, spawn_app};

/// `GET path` with `bearer` (and `Paylera-Version` when given): the status and body.
async fn get(app: &TestApp, bearer: &str, path: &str, version: Option<&str>) -> (StatusCode, Value) {
    let mut request = app.http().get(app.url(path)).bearer_auth(bearer);
    if let Some(version) = version {
        request = request.header("Paylera-Version", version);
    }
    let response = request.send().await.expect("sent");
    (response.status(), response.json().await.unwrap_or(Value::Null))
}

/// A customer with notes, a card, and a monthly subscription: (customer, subscription).
async fn subscribed(tenant: &TestTenant, email: &str) -> (String, Value) {
    let customer: Value = tenant
        .api
        .post(
            "/v1/customers",
            &json!({"email": email, "metadata": {"crm": "secret-note"}}),
            None,
        )
        .await
        .expect("customer");
    let typed: Customer = serde_json::from_value(customer).expect("a customer");
    tenant.add_card(&typed, "4242424242424242").await;
    let subscription = tenant.monthly_subscription(&typed, "usd", 1200).await;
    (typed.id.to_string(), serde_json::to_value(subscription).expect("json"))
}

#[tokio::test]
async fn a_retrieve_expands_named_ids_into_the_objects_their_retrieves_answer() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let key = tenant.secret_key.as_str();
    let (customer, subscription) = subscribed(&tenant, "ada@example.com").await;
    let id = subscription["id"].as_str().expect("id");
    let invoice = subscription["latest_invoice"].as_str().expect("invoice");

    let (status, plain) = get(&app, key, &format!("/v1/subscriptions/{id}"), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(plain["customer"], customer.as_str(), "ids unless asked");

    let path = format!(
        "/v1/subscriptions/{id}?expand[]=customer&expand[]=price.product&expand[]=latest_invoice.payment_attempts.data.payment_method"
    );
    let (status, expanded) = get(&app, key, &path, None).await;
    assert_eq!(status, StatusCode::OK, "{expanded}");
    let (_, direct_customer) = get(&app, key, &format!("/v1/customers/{customer}"), None).await;
    assert_eq!(
        expanded["customer"], direct_customer,
        "exactly what retrieving it answers"
    );
    assert_eq!(
        expanded["customer"]["metadata"]["crm"], "secret-note",
        "the merchant sees notes"
    );
    assert_eq!(expanded["price"]["object"], "price");
    assert_eq!(expanded["price"]["product"]["object"], "product");
    assert_eq!(expanded["latest_invoice"]["id"], invoice);
    let attempts = &expanded["latest_invoice"]["payment_attempts"];
    assert_eq!(attempts["object"], "list");
    let attempt = &attempts["data"][0];
    assert_eq!(attempt["status"], "succeeded", "{attempts}");
    assert_eq!(attempt["payment_method"]["object"], "payment_method");
    assert_eq!(attempt["payment_method"]["card"]["last4"], "4242");
    // The rest of the object is untouched.
    let mut unexpanded = expanded.clone();
    for field in ["customer", "price", "latest_invoice"] {
        unexpanded[field] = plain[field].clone();
    }
    assert_eq!(unexpanded, plain);

    // Every spelling, and a nested block.
    let (status, customer_doc) = get(
        &app,
        key,
        &format!("/v1/customers/{customer}?expand%5B0%5D=invoice_settings.default_payment_method"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{customer_doc}");
    assert_eq!(
        customer_doc["invoice_settings"]["default_payment_method"]["object"],
        "payment_method"
    );
}

#[tokio::test]
async fn a_list_expands_every_item_through_nested_paths() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let key = tenant.secret_key.as_str();
    let (customer, _) = subscribed(&tenant, "ada@example.com").await;
    let typed: Customer =
        serde_json::from_value(get(&app, key, &format!("/v1/customers/{customer}"), None).await.1).expect("a customer");
    tenant.monthly_subscription(&typed, "usd", 900).await;

    let (status, page) = get(
        &app,
        key,
        &format!("/v1/invoices?customer={customer}&limit=5&expand[]=data.subscription.customer&expand[]=data.customer"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let items = page["data"].as_array().expect("items");
    assert_eq!(items.len(), 2, "the list's own filters still apply");
    for item in items {
        assert_eq!(item["customer"]["id"], customer.as_str());
        assert_eq!(item["subscription"]["object"], "subscription");
        assert_eq!(item["subscription"]["customer"]["id"], customer.as_str());
    }
    // A list's items are under `data`: a bare property is not a list's.
    let (status, body) = get(&app, key, "/v1/invoices?expand[]=customer", None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("`customer` is not an expandable property of `list`")),
        "{body}"
    );
}

#[tokio::test]
async fn bad_paths_are_refused_by_name_before_anything_is_done() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let key = tenant.secret_key.as_str();
    let (customer, subscription) = subscribed(&tenant, "ada@example.com").await;
    let id = subscription["id"].as_str().expect("id");

    let too_deep = "latest_invoice.subscription.latest_invoice.subscription.customer";
    let eleven = (0..11).map(|_| "expand[]=customer").collect::<Vec<_>>().join("&");
    for (query, says) in [
        (format!("expand[]={too_deep}"), "at most 4"),
        (eleven, "At most 10"),
        ("expand[]=email".to_owned(), "cannot be expanded"),
        ("expand[]=customer..price".to_owned(), "cannot be expanded"),
        ("expand[]=".to_owned(), "cannot be expanded"),
        ("expand[]=%00".to_owned(), "cannot be expanded"),
        // Very long: refused by its shape, named in at most 80 characters.
        (
            format!("expand[]={}", ["customer"; 2_000].join(".")),
            "cannot be expanded",
        ),
        // Known somewhere, not on a subscription.
        (
            "expand[]=product".to_owned(),
            "not an expandable property of `subscription`",
        ),
        (
            "expand[]=customer.latest_invoice".to_owned(),
            "not an expandable property of `customer`",
        ),
    ] {
        let (status, body) = get(&app, key, &format!("/v1/subscriptions/{id}?{query}"), None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}: {body}");
        assert_eq!(body["error"]["code"], "invalid_query", "{query}");
        assert_eq!(body["error"]["param"], "expand[]", "{query}");
        let message = body["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(says), "{query}: {message}");
        assert!(message.len() < 400, "the path is quoted shortened: {message}");
    }
    // Only reads expand: a change is refused before it is made.
    let response = app
        .http()
        .post(app.url(&format!(
            "/v1/customers/{customer}?expand[]=invoice_settings.default_payment_method"
        )))
        .bearer_auth(key)
        .json(&json!({"name": "Changed"}))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let (_, unchanged) = get(&app, key, &format!("/v1/customers/{customer}"), None).await;
    assert_ne!(unchanged["name"], "Changed", "nothing was changed");
    // An answer that is not JSON has nothing to expand.
    let invoice = subscription["latest_invoice"].as_str().expect("invoice");
    let (status, body) = get(
        &app,
        key,
        &format!("/v1/invoices/{invoice}/pdf?expand[]=customer"),
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"]["param"].as_str()),
        (StatusCode::BAD_REQUEST, Some("expand[]"))
    );
    // A missing object stays the handler's 404.
    let (status, _) = get(&app, key, "/v1/subscriptions/sub_missing?expand[]=customer", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_portal_customer_expands_only_what_they_could_retrieve_and_never_sees_notes() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (customer, subscription) = subscribed(&tenant, "ada@example.com").await;
    let id = subscription["id"].as_str().expect("id");
    let (_, token) = app.portal_token(&tenant, &customer).await;

    let (status, expanded) = get(
        &app,
        &token,
        &format!("/v1/subscriptions/{id}?expand[]=customer&expand[]=latest_invoice&expand[]=price.product"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{expanded}");
    assert_eq!(expanded["customer"]["id"], customer.as_str());
    assert_eq!(
        expanded["customer"]["metadata"],
        json!({}),
        "the merchant's notes stay theirs"
    );
    assert_eq!(expanded["latest_invoice"]["object"], "invoice");
    assert_eq!(expanded["price"]["product"]["object"], "product");

    // Without invoice history, an invoice cannot be expanded any more than retrieved.
    let (_, limited) = app
        .portal_token_with(&tenant, &customer, json!({"invoice_history_enabled": false}))
        .await;
    let (status, body) = get(
        &app,
        &limited,
        &format!("/v1/subscriptions/{id}?expand[]=latest_invoice"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(body["error"]["code"], "portal_feature_disabled");
    let (status, _) = get(
        &app,
        &limited,
        &format!("/v1/subscriptions/{id}?expand[]=customer"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "the rest still expands");

    // Another customer's subscription is not theirs, expanded or not.
    let (_, other) = subscribed(&tenant, "bob@example.com").await;
    let other_id = other["id"].as_str().expect("id");
    let (status, _) = get(
        &app,
        &token,
        &format!("/v1/subscriptions/{other_id}?expand[]=customer"),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn expanded_objects_are_answered_in_the_callers_version() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    app.pin_api_version(&tenant, ApiVersion::V2026_11_01).await;
    let key = tenant.secret_key.as_str();
    let (_, subscription) = subscribed(&tenant, "ada@example.com").await;
    let id = subscription["id"].as_str().expect("id");

    let (_, old) = get(
        &app,
        key,
        &format!("/v1/subscriptions/{id}?expand[]=latest_invoice"),
        None,
    )
    .await;
    assert!(old["latest_invoice"].get("tax").is_some(), "{old}");
    assert!(old["latest_invoice"].get("total_tax").is_none());
    let current = ApiVersion::CURRENT.as_str();
    let (_, new) = get(
        &app,
        key,
        &format!("/v1/subscriptions/{id}?expand[]=latest_invoice"),
        Some(current),
    )
    .await;
    assert!(new["latest_invoice"].get("total_tax").is_some(), "{new}");
}

#[tokio::test]
async fn the_document_says_which_reads_expand_what_and_that_a_property_may_be_its_object() {
    let app = spawn_app().await;
    let doc = app.openapi().await;
    let expand_of = |path: &str| -> Option<Value> {
        doc["paths"][path]["get"]["parameters"]
            .as_array()?
            .iter()
            .find(|p| p["name"] == "expand[]")
            .cloned()
    };
    let retrieve = expand_of("/v1/subscriptions/{id}").expect("a retrieve expands");
    assert_eq!(retrieve["in"], "query");
    assert_eq!(retrieve["schema"]["maxItems"], 10);
    let described = retrieve["description"].as_str().unwrap_or_default();
    for name in ["`customer`", "`latest_invoice`", "`price`", "`pending_update.price`"] {
        assert!(described.contains(name), "{name} in {described}");
    }
    let list = expand_of("/v1/invoices").expect("a list expands");
    let described = list["description"].as_str().unwrap_or_default();
    assert!(described.contains("`data.payment_attempts`"), "{described}");
    assert!(expand_of("/v1/customers/{id}").is_some_and(|p| {
        p["description"]
            .as_str()
            .is_some_and(|d| d.contains("`invoice_settings.default_payment_method`"))
    }));
    assert!(expand_of("/v1/products").is_none(), "a product expands nothing");

    let schemas = &doc["components"]["schemas"];
    let customer = &schemas["Subscription"]["properties"]["customer"]["anyOf"];
    assert_eq!(customer[1]["$ref"], "#/components/schemas/Customer", "{customer}");
    assert!(
        schemas["Invoice"]["properties"]["payment_attempts"].is_object(),
        "only when expanded"
    );
    assert!(
        !schemas["Invoice"]["required"]
            .as_array()
            .is_some_and(|required| required.contains(&json!("payment_attempts")))
    );
}

#[tokio::test]
async fn a_method_the_route_does_not_have_is_still_405_with_expand() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    for (method, path) in [
        ("TRACE", "/v1/prices"),
        ("PUT", "/v1/prices"),
        ("DELETE", "/v1/prices"),
        ("DELETE", "/v1/invoices/in_1"),
        ("POST", "/v1/customers/cus_1/payment_methods"),
    ] {
        let response = app
            .http()
            .request(
                reqwest::Method::from_bytes(method.as_bytes()).expect("method"),
                app.url(&format!("{path}?expand[]=data.product")),
            )
            .bearer_auth(&tenant.secret_key)
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
    }
}
