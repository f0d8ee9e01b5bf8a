//! Every route × every principal answers exactly, generated from the router's own
//! OpenAPI document and the scope table. A route without a declared scope fails.

use paylera_api::{
    domain::portal::{
        features::Feature,
        token::{self, PortalClaims},
    },
    middleware::scope::{Owner, Scope, scope_of},
};
use paylera_shared::{subscription::Subscription, tax_id::CreateTaxIdRequest};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::spawn_app;

#[tokio::test]
async fn every_route_answers_every_principal_exactly() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let stranger = app.tenant("Other").await;
    let price: Value = {
        let product: Value = tenant
            .api
            .post("/v1/products", &json!({"name": "Pro"}), None)
            .await
            .expect("product");
        tenant
            .api
            .post("/v1/prices", &json!({"product": product["id"], "currency": "usd", "unit_amount": 100, "recurring": {"interval": "month"}}), None)
            .await
            .expect("price")
    };
    // Customer B owns everything addressed; customer A is in the portal.
    let a = tenant.create_customer("a@example.com").await;
    let b = tenant.create_customer("b@example.com").await;
    let b_card = tenant.add_card(&b, "4242424242424242").await;
    let b_tax = tenant
        .api
        .create_tax_id(
            &b.id,
            &CreateTaxIdRequest {
                kind: "us_ein".into(),
                value: "12-3456789".into(),
            },
        )
        .await
        .expect("tax id");
    let b_sub: Subscription = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": b.id, "price": price["id"]}),
            None,
        )
        .await
        .expect("sub");
    let b_invoice = b_sub.latest_invoice.clone().expect("invoice");
    let clock: Value = tenant
        .api
        .post("/v1/test_clocks", &json!({"frozen_time": "2026-01-01T00:00:00Z"}), None)
        .await
        .expect("clock");
    let event = tenant
        .api
        .list_events(&Default::default(), &Default::default())
        .await
        .expect("events")
        .data[0]
        .id
        .clone();
    let (session_id, portal_token) = app.portal_token(&tenant, a.id.as_str()).await;

    // Forged and stale tokens.
    let key = app.portal_jwt_key();
    let now = chrono::Utc::now().timestamp();
    let claims = |features: &[Feature], iat: i64, exp: i64| {
        PortalClaims::issue(tenant.id.as_str(), a.id.as_str(), &session_id, features, iat, exp)
    };
    let featureless = token::sign(&claims(&[], now, now + 600), &key).expect("signed");
    let expired = token::sign(&claims(&Feature::ALL, now - 3600, now - 60), &key).expect("signed");
    let mut wrong_audience = claims(&Feature::ALL, now, now + 600);
    wrong_audience.aud = "someone-else".into();
    let wrong_audience = token::sign(&wrong_audience, &key).expect("signed");
    let other_key = token::sign(&claims(&Feature::ALL, now, now + 600), &[7u8; 32]).expect("signed");
    let mut parts: Vec<String> = portal_token.split('.').map(str::to_owned).collect();
    let alg_none = format!("{}.{}.", base64_url(r#"{"alg":"none","typ":"JWT"}"#), parts[1]);
    parts[1] = parts[1].chars().rev().collect();
    let tampered = parts.join(".");

    let id_for = |template: &str| -> String {
        let id = if template.starts_with("/v1/customers/") {
            b.id.to_string()
        } else if template.starts_with("/v1/payment_methods/") {
            b_card.id.to_string()
        } else if template.starts_with("/v1/subscriptions/") {
            b_sub.id.to_string()
        } else if template.starts_with("/v1/invoices/") {
            b_invoice.to_string()
        } else if template.starts_with("/v1/test_clocks/") {
            clock["id"].as_str().unwrap_or_default().to_owned()
        } else if template.starts_with("/v1/events/") {
            event.to_string()
        } else if template.starts_with("/v1/portal/sessions/") {
            session_id.clone()
        } else {
            price["id"].as_str().unwrap_or_default().to_owned()
        };
        template.replace("{id}", &id).replace("{tax_id}", b_tax.id.as_str())
    };

    let doc: Value = app
        .http()
        .get(app.url("/v1/openapi.json"))
        .send()
        .await
        .expect("doc")
        .json()
        .await
        .expect("json");
    let mut checked = 0;
    for (template, item) in doc["paths"].as_object().expect("paths") {
        for method in ["get", "post", "delete"] {
            if item.get(method).is_none() {
                continue;
            }
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).expect("method");
            let scope = scope_of(&method, template).unwrap_or_else(|| panic!("{method} {template} declares no scope"));
            if scope == Scope::Public {
                continue;
            }
            let mut path = id_for(template);
            if matches!(
                scope,
                Scope::Portal {
                    owner: Owner::QueryCustomer,
                    ..
                }
            ) {
                path = format!("{path}?customer={}", b.id);
            }
            let send = |bearer: Option<&str>| {
                let mut request = app.http().request(method.clone(), app.url(&path));
                if let Some(bearer) = bearer {
                    request = request.bearer_auth(bearer);
                }
                if method == Method::POST {
                    request = request.json(&body_for(template, scope, b.id.as_str()));
                }
                async move {
                    let response = request.send().await.expect("sent");
                    let status = response.status();
                    let body: Value = response.json().await.unwrap_or(Value::Null);
                    (status, body["error"]["code"].as_str().unwrap_or_default().to_owned())
                }
            };
            let what = format!("{method} {template}");
            assert_eq!(
                send(None).await.0,
                StatusCode::UNAUTHORIZED,
                "{what} without a credential"
            );
            // Refreshing accepts an expired token while its session lives (tested in portal.rs).
            let refresh = template == "/v1/portal/sessions/refresh";
            if !refresh {
                assert_eq!(
                    send(Some(&expired)).await,
                    (StatusCode::UNAUTHORIZED, "portal_token_invalid".to_owned()),
                    "{what} with an expired token"
                );
            }
            for (name, bad) in [
                ("alg none", &alg_none),
                ("tampered", &tampered),
                ("wrong audience", &wrong_audience),
                ("other key", &other_key),
            ] {
                assert_eq!(
                    send(Some(bad)).await,
                    (StatusCode::UNAUTHORIZED, "portal_token_invalid".to_owned()),
                    "{what} with a {name} token"
                );
            }
            if template.contains("{id}") && scope != Scope::PortalSession {
                assert_eq!(
                    send(Some(&stranger.secret_key)).await.0,
                    StatusCode::NOT_FOUND,
                    "{what} with another tenant's key"
                );
            }
            match scope {
                Scope::Merchant => {
                    assert_eq!(
                        send(Some(&portal_token)).await,
                        (StatusCode::FORBIDDEN, "merchant_only".to_owned()),
                        "{what} as a portal customer"
                    );
                }
                Scope::Portal { feature, owner } => {
                    if owner != Owner::Nobody {
                        let (status, code) = send(Some(&portal_token)).await;
                        assert_eq!(
                            (status, code.as_str()),
                            (StatusCode::NOT_FOUND, "resource_missing"),
                            "{what} on another customer"
                        );
                    }
                    if feature.is_some() {
                        assert_eq!(
                            send(Some(&featureless)).await,
                            (StatusCode::FORBIDDEN, "portal_feature_disabled".to_owned()),
                            "{what} without its feature"
                        );
                    }
                }
                Scope::PortalSession => {
                    assert_eq!(
                        send(Some(&tenant.secret_key)).await.0,
                        StatusCode::UNAUTHORIZED,
                        "{what} with a merchant key"
                    );
                }
                Scope::Public => {}
            }
            checked += 1;
        }
    }
    assert!(checked >= 50, "only {checked} route × method pairs checked");
}

/// A body that passes request validation, so the answer is about who is asking.
fn body_for(template: &str, scope: Scope, customer: &str) -> Value {
    match template {
        "/v1/customers/{id}/tax_ids" => json!({"type": "us_ein", "value": "98-7654321"}),
        "/v1/payment_methods/{id}/authenticate" => json!({"outcome": "approve"}),
        "/v1/test_clocks/{id}/advance" => json!({"frozen_time": "2030-01-01T00:00:00Z"}),
        "/v1/subscriptions/{id}/cancel" => json!({"immediately": true}),
        "/v1/subscriptions/{id}/usage_records" => json!({"quantity": 1}),
        "/v1/webhook_endpoints/{id}/resend" => json!({"event": "evt_missing"}),
        _ if matches!(
            scope,
            Scope::Portal {
                owner: Owner::BodyCustomer,
                ..
            }
        ) =>
        {
            json!({"customer": customer})
        }
        _ => json!({}),
    }
}

fn base64_url(text: &str) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let bytes = text.as_bytes();
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}
