//! Health, readiness, metrics, request ids and the API reference.

use crate::helpers::spawn_app;

#[tokio::test]
async fn health_and_readiness_report_ok() {
    let app = spawn_app().await;
    let health = app.anonymous().health().await.expect("healthz");
    assert!(health.is_ok());
    assert_eq!(health.service, "paylera-api");
    assert!(app.anonymous().readiness().await.expect("readyz").is_ok());
}

#[tokio::test]
async fn readiness_fails_when_the_database_is_gone() {
    let app = spawn_app().await;
    app.db.close().await;
    let report = app.anonymous().readiness().await.expect("a report even when unready");
    assert_eq!(report.status, "unavailable");
}

#[tokio::test]
async fn metrics_count_requests_by_route_template() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("m@example.com").await;
    tenant.api.retrieve_customer(&customer.id).await.expect("retrieved");
    let public = app.http().get(app.url("/metrics")).send().await.expect("sent");
    assert_eq!(public.status(), 404, "metrics are not on the public listener");
    let text = app
        .http()
        .get(format!("{}/metrics", app.admin_base))
        .send()
        .await
        .expect("metrics")
        .text()
        .await
        .expect("text");
    assert!(text.contains("http_requests_total"), "{text}");
    assert!(
        text.contains("route=\"/v1/customers/{id}\""),
        "routes are labelled by template: {text}"
    );
    assert!(!text.contains(customer.id.as_str()), "ids never become labels");
    assert!(text.contains("http_request_duration_seconds_bucket"));
}

#[tokio::test]
async fn every_response_carries_a_request_id_and_hardening_headers() {
    let app = spawn_app().await;
    let a = app.http().get(app.url("/healthz")).send().await.expect("sent");
    let b = app.http().get(app.url("/healthz")).send().await.expect("sent");
    let id = |r: &reqwest::Response| {
        r.headers()
            .get("request-id")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert!(id(&a).starts_with("req_"));
    assert_ne!(id(&a), id(&b));
    assert_eq!(
        a.headers().get("x-content-type-options").and_then(|v| v.to_str().ok()),
        Some("nosniff")
    );
    assert_eq!(
        a.headers().get("x-frame-options").and_then(|v| v.to_str().ok()),
        Some("DENY")
    );
}

#[tokio::test]
async fn the_openapi_document_lists_every_endpoint_and_the_docs_page_renders_it() {
    let app = spawn_app().await;
    let doc = app.openapi().await;
    // Event types are an enum in the document, with every name the API emits.
    let names: Vec<&str> = doc["components"]["schemas"]["EventType"]["enum"]
        .as_array()
        .map(|names| names.iter().filter_map(|n| n.as_str()).collect())
        .unwrap_or_default();
    let every: Vec<&str> = paylera_shared::event::EventType::ALL
        .iter()
        .map(|k| k.as_str())
        .collect();
    assert_eq!(names, every, "{}", doc["components"]["schemas"]["EventType"]);
    assert!(
        doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.1")),
        "{}",
        doc["openapi"]
    );
    let expected = [
        ("/v1/customers", &["get", "post"][..]),
        ("/v1/customers/{id}", &["get", "post", "delete"]),
        ("/v1/customers/{id}/tax_ids", &["get", "post"]),
        ("/v1/customers/{id}/tax_ids/{tax_id}", &["get", "delete"]),
        ("/v1/customers/{id}/payment_methods", &["get"]),
        ("/v1/tax_id_types", &["get"]),
        ("/v1/payment_methods", &["post"]),
        ("/v1/payment_methods/{id}", &["get"]),
        ("/v1/payment_methods/{id}/attach", &["post"]),
        ("/v1/payment_methods/{id}/detach", &["post"]),
        ("/v1/payment_methods/{id}/authenticate", &["post"]),
        ("/v1/products", &["get", "post"]),
        ("/v1/products/{id}", &["get", "post"]),
        ("/v1/prices", &["get", "post"]),
        ("/v1/prices/{id}", &["get", "post"]),
        ("/v1/subscriptions", &["get", "post"]),
        ("/v1/subscriptions/{id}", &["get", "post"]),
        ("/v1/subscriptions/{id}/preview", &["post"]),
        ("/v1/subscriptions/{id}/change_options", &["get"]),
        ("/v1/subscriptions/{id}/cancel", &["post"]),
        ("/v1/subscriptions/{id}/reactivate", &["post"]),
        ("/v1/subscriptions/{id}/pause", &["post"]),
        ("/v1/subscriptions/{id}/resume", &["post"]),
        ("/v1/subscriptions/{id}/accept_retention_offer", &["post"]),
        ("/v1/subscriptions/{id}/usage_records", &["post"]),
        ("/v1/subscriptions/{id}/usage", &["get"]),
        ("/v1/invoices", &["get"]),
        ("/v1/invoices/{id}", &["get"]),
        ("/v1/invoices/{id}/pay", &["post"]),
        ("/v1/invoices/{id}/void", &["post"]),
        ("/v1/invoices/{id}/payment_attempts", &["get"]),
        ("/v1/billing_settings", &["get", "post"]),
        ("/v1/test_clocks", &["post"]),
        ("/v1/test_clocks/{id}", &["get"]),
        ("/v1/test_clocks/{id}/advance", &["post"]),
        ("/v1/events", &["get"]),
        ("/v1/events/{id}", &["get"]),
    ];
    for (path, methods) in expected {
        for method in methods {
            let operation = &doc["paths"][path][method];
            assert!(operation.is_object(), "missing {method} {path}");
            assert!(
                operation["responses"]["200"].is_object(),
                "{method} {path} documents its success"
            );
            if *method == "post" && operation["requestBody"].is_object() {
                let content = &operation["requestBody"]["content"]["application/json"];
                assert!(content["example"].is_object(), "{method} {path} has a request example");
            }
        }
    }
    assert!(doc["paths"]["/v1/customers"]["post"].is_object());
    assert!(doc["components"]["schemas"]["ErrorEnvelope"].is_object());
    assert!(doc["components"]["securitySchemes"]["api_key"].is_object());

    let html = app
        .http()
        .get(app.url("/docs"))
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("html");
    assert!(html.contains("/v1/customers/{id}"));
    assert!(html.contains("Create a customer"));
}
