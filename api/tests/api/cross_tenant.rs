//! Tenant isolation, swept over every route of the OpenAPI document: tenant B
//! addressing any of tenant A's objects by id gets `404`, and A's objects stay as
//! they were. A new route with an id in its path fails this test until it is
//! added to the sweep.

use paylera_shared::{
    ErrorCode, ErrorEnvelope, catalog::CreateProductRequest, event::EventFilter, list::ListParams,
    tax_id::CreateTaxIdRequest,
};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{card, price as price_request, spawn_app};

#[tokio::test]
async fn no_route_lets_one_tenant_reach_another_tenants_objects() {
    let app = spawn_app().await;
    let a = app.tenant("A").await;
    let b = app.tenant("B").await;

    // Everything tenant A owns.
    let customer = a.create_customer("owner@a.example").await;
    let tax_id = a
        .api
        .create_tax_id(
            &customer.id,
            &CreateTaxIdRequest {
                kind: "us_ein".into(),
                value: "12-3456789".into(),
            },
        )
        .await
        .expect("tax id");
    let payment_method = a.add_card(&customer, "4242424242424242").await;
    let product = a
        .api
        .create_product(&CreateProductRequest {
            name: "Pro".into(),
            ..Default::default()
        })
        .await
        .expect("product");
    let price = a
        .api
        .create_price(&price_request(&product.id.to_string(), "usd", 100, "month"))
        .await
        .expect("price");
    let subscription: paylera_shared::subscription::Subscription = a
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": customer.id, "price": price.id}),
            None,
        )
        .await
        .expect("subscription");
    let invoice_id = subscription.latest_invoice.clone().expect("first invoice");
    let clock: paylera_shared::test_clock::TestClock = a
        .api
        .post("/v1/test_clocks", &json!({"frozen_time": "2026-01-01T00:00:00Z"}), None)
        .await
        .expect("clock");
    let portal_session: paylera_shared::portal::PortalSession = a
        .api
        .post(
            "/v1/portal/sessions",
            &json!({"customer_id": customer.id, "return_url": "https://merchant.example/back"}),
            None,
        )
        .await
        .expect("portal session");
    let event = a
        .api
        .list_events(&EventFilter::default(), &ListParams::default())
        .await
        .expect("events")
        .data[0]
        .clone();
    let webhook_endpoint: paylera_shared::webhook::WebhookEndpoint = a
        .api
        .post(
            "/v1/webhook_endpoints",
            &json!({"url": "http://127.0.0.1:9/hooks", "enabled_events": ["*"]}),
            None,
        )
        .await
        .expect("webhook endpoint");
    let file = crate::files::upload_demo_logo(&a).await;
    let configuration = crate::configurations::default_of(&a).await;
    let api_key: String = sqlx::query_scalar("select id from api_keys where tenant_id = $1 order by id limit 1")
        .bind(&a.id)
        .fetch_one(app.db.reader())
        .await
        .expect("a key");
    // The dashboard's own routes take a team member, not a key: b's owner.
    let (_, _, b_owner) = app.team_member(&b, paylera_shared::dashboard::Role::Owner).await;
    let (_, _, a_viewer) = app.team_member(&a, paylera_shared::dashboard::Role::Viewer).await;
    let a_member = app
        .anonymous()
        .with_bearer(&a_viewer)
        .current_dashboard_session()
        .await
        .expect("session")
        .member
        .id;
    let b_customer = b.create_customer("someone@b.example").await;
    let events_before = a
        .api
        .list_events(&EventFilter::default(), &ListParams::limit(100))
        .await
        .expect("events")
        .data
        .len();

    // The body each templated route needs to get past request validation.
    let body_for = |path: &str| -> Value {
        match path {
            "/v1/customers/{id}/tax_ids" => json!({"type": "us_ein", "value": "98-7654321"}),
            "/v1/payment_methods/{id}/attach" => json!({"customer": b_customer.id}),
            "/v1/payment_methods/{id}/authenticate" => json!({"outcome": "approve"}),
            "/v1/test_clocks/{id}/advance" => json!({"frozen_time": "2030-01-01T00:00:00Z"}),
            "/v1/subscriptions/{id}/cancel" => json!({"immediately": true}),
            "/v1/subscriptions/{id}/pause" => json!({"periods": 1}),
            "/v1/subscriptions/{id}/accept_retention_offer" => json!({"reason": "too_expensive"}),
            "/v1/subscriptions/{id}/usage_records" => json!({"quantity": 1}),
            "/v1/webhook_endpoints/{id}/resend" => json!({"event": event.id}),
            "/v1/dashboard/members/{id}" => json!({"role": "owner"}),
            "/v1/api_version" => json!({"version": "2026-12-07"}),
            _ => json!({}),
        }
    };
    let id_for = |path: &str| -> &str {
        if path.starts_with("/v1/customers/") {
            customer.id.as_str()
        } else if path.starts_with("/v1/payment_methods/") {
            payment_method.id.as_str()
        } else if path.starts_with("/v1/products/") {
            product.id.as_str()
        } else if path.starts_with("/v1/prices/") {
            price.id.as_str()
        } else if path.starts_with("/v1/events/") {
            event.id.as_str()
        } else if path.starts_with("/v1/subscriptions/") {
            subscription.id.as_str()
        } else if path.starts_with("/v1/invoices/") {
            invoice_id.as_str()
        } else if path.starts_with("/v1/test_clocks/") {
            clock.id.as_str()
        } else if path.starts_with("/v1/portal/sessions/") {
            portal_session.id.as_str()
        } else if path.starts_with("/v1/webhook_endpoints/") {
            webhook_endpoint.id.as_str()
        } else if path.starts_with("/v1/files/") {
            file.id.as_str()
        } else if path.starts_with("/v1/portal/configurations/") {
            configuration.id.as_str()
        } else if path.starts_with("/v1/api_keys/") {
            api_key.as_str()
        } else if path.starts_with("/v1/dashboard/members/") {
            a_member.as_str()
        } else {
            panic!("the sweep does not know which object {path} addresses: add it")
        }
    };

    let doc: Value = app.openapi().await;
    let mut swept = 0;
    for (template, item) in doc["paths"].as_object().expect("paths") {
        // Business logos are public by design (`files::a_portal_configuration_shows_…`).
        if !template.contains('{') || template.starts_with("/v1/brand/logos/") {
            continue;
        }
        let path = template
            .replace("{id}", id_for(template))
            .replace("{tax_id}", tax_id.id.as_str());
        for method in ["get", "post", "delete"] {
            if item.get(method).is_none() {
                continue;
            }
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).expect("method");
            let mut request = app.http().request(method.clone(), app.url(&path)).bearer_auth(
                if template.starts_with("/v1/api_keys/") || template.starts_with("/v1/dashboard/") {
                    &b_owner
                } else {
                    &b.secret_key
                },
            );
            if method == Method::POST {
                request = request.json(&body_for(template));
            }
            let response = request.send().await.expect("sent");
            assert_eq!(response.status(), 404, "{method} {template} as another tenant");
            let envelope: ErrorEnvelope = response.json().await.expect("envelope");
            assert_eq!(envelope.error.code, ErrorCode::ResourceMissing, "{method} {template}");
            swept += 1;
        }
    }
    assert!(swept >= 25, "only {swept} routes swept");

    // Ids in bodies and query strings are scoped too.
    let err = b
        .api
        .create_price(&price_request(&product.id.to_string(), "usd", 1, "month"))
        .await
        .expect_err("foreign product");
    assert_eq!(err.status(), Some(404));
    let err = b
        .api
        .create_payment_method(&card("4242424242424242", Some(&customer)))
        .await
        .expect_err("foreign customer");
    assert_eq!(err.status(), Some(404));
    let filtered = b
        .api
        .list_prices(
            &paylera_shared::catalog::PriceFilter {
                product: Some(product.id.to_string()),
                ..Default::default()
            },
            &ListParams::default(),
        )
        .await
        .expect("list");
    assert!(filtered.data.is_empty());

    // Tenant A's objects are untouched.
    let session = app
        .anonymous()
        .with_bearer(&a_viewer)
        .current_dashboard_session()
        .await
        .expect("a's member is still signed in");
    assert_eq!(session.member.role, paylera_shared::dashboard::Role::Viewer);
    let reloaded = a.api.retrieve_customer(&customer.id).await.expect("customer");
    assert_eq!(reloaded.tax_ids, vec![tax_id]);
    assert_eq!(
        reloaded.invoice_settings.default_payment_method,
        Some(payment_method.id.clone())
    );
    assert_eq!(
        a.api
            .retrieve_payment_method(&payment_method.id)
            .await
            .expect("pm")
            .customer,
        Some(customer.id.clone())
    );
    assert!(a.api.retrieve_product(&product.id).await.expect("product").active);
    let reloaded: paylera_shared::subscription::Subscription = a
        .api
        .request(Method::GET, &format!("/v1/subscriptions/{}", subscription.id))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(reloaded, subscription);
    let events_after = a
        .api
        .list_events(&EventFilter::default(), &ListParams::limit(100))
        .await
        .expect("events")
        .data
        .len();
    assert_eq!(events_after, events_before, "nothing happened to tenant A");
}
