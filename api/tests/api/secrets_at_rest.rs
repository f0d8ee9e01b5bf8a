//! Nothing the API keeps lets a reader of its database or its logs act as anyone:
//! after a run that creates every kind of secret, neither the database files (all of
//! them, WAL included) nor any log line at any level holds one.

use paylera_shared::webhook::WebhookEndpoint;
use serde_json::{Value, json};

use crate::helpers::{captured_logs, spawn_app};

#[tokio::test]
async fn no_secret_the_run_created_is_in_the_database_or_the_logs() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    let mut secrets: Vec<(&str, String)> = vec![("secret key", tenant.secret_key.clone())];

    // Webhook signing secrets, current and rotated-out.
    let endpoint: WebhookEndpoint = tenant
        .api
        .post(
            "/v1/webhook_endpoints",
            &json!({"url": "https://hooks.example/paylera", "enabled_events": ["*"]}),
            Some("endpoint-1"),
        )
        .await
        .expect("endpoint");
    secrets.push(("whsec secret", endpoint.secret.clone().expect("revealed once")));
    let rotated: WebhookEndpoint = tenant
        .api
        .post(
            &format!("/v1/webhook_endpoints/{}/rotate_secret", endpoint.id),
            &json!({"overlap_seconds": 120}),
            Some("rotate-1"),
        )
        .await
        .expect("rotated");
    secrets.push(("rotated whsec secret", rotated.secret.clone().expect("revealed once")));

    // A portal link (stored as an idempotent response) and the token it buys.
    let session: Value = tenant
        .api
        .post(
            "/v1/portal/sessions",
            &json!({"customer_id": customer.id, "return_url": "https://merchant.example/back"}),
            Some("session-1"),
        )
        .await
        .expect("session");
    let url = session["url"].as_str().expect("url").to_owned();
    let link_secret = url.rsplit_once("/p/").map(|(_, s)| s.to_owned()).expect("secret");
    secrets.push(("portal link secret", link_secret.clone()));
    let token = app.exchange(&link_secret).await;
    secrets.push(("portal token", token.clone()));

    // A card added by the customer with an idempotency key (the body holds number and CVC).
    let card = app
        .http()
        .post(app.url("/v1/payment_methods"))
        .bearer_auth(&token)
        .header("idempotency-key", "card-1")
        .json(&json!({"type": "card", "customer": customer.id, "card": {"number": "4000056655665556", "exp_month": 11, "exp_year": 2033, "cvc": "947"}}))
        .send()
        .await
        .expect("sent");
    assert!(card.status().is_success(), "{}", card.status());
    secrets.push(("card number", "4000056655665556".to_owned()));

    // A team member's password and dashboard session token, and a TOTP secret.
    let (_, password, dashboard_token) = app.team_member(&tenant, paylera_shared::dashboard::Role::Owner).await;
    secrets.push(("team member password", password));
    let enrolment: Value = app
        .anonymous()
        .with_bearer(&dashboard_token)
        .post("/v1/dashboard/session/totp", &json!({}), None)
        .await
        .expect("enrolment");
    secrets.push(("TOTP secret", enrolment["secret"].as_str().expect("secret").to_owned()));
    secrets.push(("dashboard session token", dashboard_token));
    secrets.push(("CVC in a body", r#""cvc":"947""#.to_owned()));

    let database = app.database_text().await;
    let logs = captured_logs();
    let mut found = Vec::new();
    for (what, secret) in &secrets {
        if database.contains(secret.as_str()) {
            found.push(format!("{what} in the database"));
        }
        if logs.contains(secret.as_str()) {
            found.push(format!("{what} in the logs"));
        }
    }
    assert!(found.is_empty(), "secrets at rest: {found:?}");
    eprintln!(
        "secrets at rest: {} secrets searched in {} database bytes and {} log bytes, 0 found",
        secrets.len(),
        database.len(),
        logs.len()
    );
}
