//! Dated API versions (issue 19, point 1; ADR 0015): a tenant is pinned to the version
//! current when it was created; `Paylera-Version` chooses another per request; every
//! answer names its version; older versions get their own shapes, webhooks included.

use paylera_shared::version::ApiVersion;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestTenant, spawn_app};

/// `method path` with the tenant's key and, when given, `Paylera-Version`: the status,
/// the answer's version header and its body.
async fn send(
    app: &TestApp,
    tenant: &TestTenant,
    method: Method,
    path: &str,
    version: Option<&str>,
) -> (StatusCode, String, Value) {
    let mut request = app
        .http()
        .request(method, app.url(path))
        .bearer_auth(&tenant.secret_key);
    if let Some(version) = version {
        request = request.header("Paylera-Version", version);
    }
    let response = request.send().await.expect("sent");
    let status = response.status();
    let stated = response
        .headers()
        .get("paylera-version")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (status, stated, response.json().await.unwrap_or(Value::Null))
}

/// A subscription of a new customer with `card`: its id and its first invoice's.
async fn first_invoice(tenant: &TestTenant, email: &str, card: &str) -> (String, String) {
    let customer = tenant.create_customer(email).await;
    tenant.add_card(&customer, card).await;
    let subscription = tenant.monthly_subscription(&customer, "usd", 1200).await;
    (
        subscription.id.to_string(),
        subscription.latest_invoice.expect("an invoice").to_string(),
    )
}

#[tokio::test]
async fn a_new_tenant_is_pinned_to_the_current_version_and_every_answer_names_its_version() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let current = ApiVersion::CURRENT.as_str();

    let (status, stated, _) = send(&app, &tenant, Method::GET, "/v1/customers", None).await;
    assert_eq!((status, stated.as_str()), (StatusCode::OK, current));
    let (status, stated, _) = send(&app, &tenant, Method::GET, "/v1/customers/cus_missing", None).await;
    assert_eq!(
        (status, stated.as_str()),
        (StatusCode::NOT_FOUND, current),
        "errors too"
    );
    let (status, stated, _) = send(&app, &tenant, Method::GET, "/v1/customers", Some("2026-11-01")).await;
    assert_eq!((status, stated.as_str()), (StatusCode::OK, "2026-11-01"), "asked for");

    for unknown in ["2020-01-01", "latest", "2026-12-07; drop", ""] {
        let (status, _, body) = send(&app, &tenant, Method::GET, "/v1/customers", Some(unknown)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{unknown:?}");
        assert_eq!(body["error"]["code"], "api_version_invalid", "{unknown:?}");
        assert_eq!(body["error"]["param"], "Paylera-Version");
    }
    // Routes without a credential state the version they answer in too.
    let response = app
        .http()
        .post(app.url("/v1/dashboard/sessions"))
        .json(&json!({"email": "nobody@example.com", "password": "wrong horse battery"}))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.headers()["paylera-version"], current);
    // The document describes the current version.
    assert_eq!(app.openapi().await["info"]["version"], current);
}

#[tokio::test]
async fn a_tenant_pinned_to_the_first_version_keeps_its_invoice_shape_until_it_asks_for_the_new_one() {
    let app = spawn_app().await;
    let tenant = app.tenant("Old").await;
    app.pin_api_version(&tenant, ApiVersion::V2026_11_01).await;
    // The typed client asks for the current version whatever the pin.
    let (subscription, invoice) = first_invoice(&tenant, "ada@example.com", "4242424242424242").await;

    let path = format!("/v1/invoices/{invoice}");
    let (status, stated, old) = send(&app, &tenant, Method::GET, &path, None).await;
    assert_eq!((status, stated.as_str()), (StatusCode::OK, "2026-11-01"));
    assert!(old["tax"].is_i64() && old.get("total_tax").is_none(), "{old}");
    let (_, stated, new) = send(&app, &tenant, Method::GET, &path, Some("2026-12-07")).await;
    assert_eq!(stated, "2026-12-07");
    assert!(new["total_tax"].is_i64() && new.get("tax").is_none(), "{new}");
    assert_eq!(old["tax"], new["total_tax"]);

    // Wherever an invoice is: in a list, an event, the upcoming invoice.
    let (_, _, list) = send(&app, &tenant, Method::GET, "/v1/invoices", None).await;
    assert!(list["data"][0]["tax"].is_i64(), "{list}");
    let (_, _, events) = send(&app, &tenant, Method::GET, "/v1/events?type=invoice.paid", None).await;
    let object = &events["data"][0]["data"]["object"];
    assert!(object["tax"].is_i64() && object.get("total_tax").is_none(), "{events}");
    let upcoming = format!("/v1/invoices/upcoming?subscription={subscription}");
    let (status, _, next) = send(&app, &tenant, Method::GET, &upcoming, None).await;
    assert_eq!(status, StatusCode::OK, "{next}");
    assert!(next["tax"].is_i64() && next.get("total_tax").is_none(), "{next}");

    // A stored idempotent answer is replayed in the replaying request's version: voiding
    // an invoice left open by a declined charge.
    let (_, open) = first_invoice(&tenant, "grace@example.com", "4000000000000341").await;
    let void = |version: &'static str| {
        app.http()
            .post(app.url(&format!("/v1/invoices/{open}/void")))
            .bearer_auth(&tenant.secret_key)
            .header("Idempotency-Key", "void-once")
            .header("Paylera-Version", version)
            .send()
    };
    let first = void("2026-11-01").await.expect("sent");
    assert_eq!(first.status(), StatusCode::OK);
    let first: Value = first.json().await.expect("json");
    let replay = void("2026-12-07").await.expect("sent");
    assert_eq!(replay.headers()["paylera-version"], "2026-12-07");
    assert_eq!(replay.headers()["idempotent-replayed"], "true");
    let replay: Value = replay.json().await.expect("json");
    assert_eq!(
        (first["status"].as_str(), replay["status"].as_str()),
        (Some("void"), Some("void"))
    );
    assert!(first["tax"].is_i64() && first.get("total_tax").is_none(), "{first}");
    assert!(replay["total_tax"].is_i64() && replay.get("tax").is_none(), "{replay}");
}

/// `method /v1/api_version` with `bearer` and a JSON body: the status and the answer.
async fn pin(app: &TestApp, bearer: &str, method: Method, body: Option<Value>) -> (StatusCode, Value) {
    let mut request = app
        .http()
        .request(method, app.url("/v1/api_version"))
        .bearer_auth(bearer);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("sent");
    (response.status(), response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn the_team_moves_the_accounts_pin_and_its_requests_follow_it() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    app.pin_api_version(&tenant, ApiVersion::V2026_11_01).await;
    let (_, invoice) = first_invoice(&tenant, "ada@example.com", "4242424242424242").await;
    let key = tenant.secret_key.as_str();

    let (status, read) = pin(&app, key, Method::GET, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        read,
        json!({"object": "api_version", "version": "2026-11-01", "current": "2026-12-07",
               "versions": ["2026-11-01", "2026-12-07"]})
    );
    let upgrade = json!({"version": "2026-12-07"});

    // A key cannot move it, nor a viewer; an admin can.
    let (status, body) = pin(&app, key, Method::POST, Some(upgrade.clone())).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("dashboard_only"))
    );
    let (_, _, viewer) = app.team_member(&tenant, paylera_shared::dashboard::Role::Viewer).await;
    let (status, body) = pin(&app, &viewer, Method::POST, Some(upgrade.clone())).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("role_forbidden"))
    );
    let (_, _, admin) = app.team_member(&tenant, paylera_shared::dashboard::Role::Admin).await;
    for (bad, param) in [
        (json!({"version": "2027-01-01"}), "version"),
        (json!({"version": "latest"}), "version"),
        (json!({"version": "2026-12-07", "force": true}), "force"),
        (json!({}), "version"),
    ] {
        let (status, body) = pin(&app, &admin, Method::POST, Some(bad.clone())).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(body["error"]["param"], param, "{bad}: {body}");
    }
    let (_, _, still) = send(&app, &tenant, Method::GET, &format!("/v1/invoices/{invoice}"), None).await;
    assert!(still.get("tax").is_some(), "nothing moved yet: {still}");

    let (status, moved) = pin(&app, &admin, Method::POST, Some(upgrade)).await;
    assert_eq!(
        (status, moved["version"].as_str()),
        (StatusCode::OK, Some("2026-12-07"))
    );
    let (_, stated, now) = send(&app, &tenant, Method::GET, &format!("/v1/invoices/{invoice}"), None).await;
    assert_eq!(stated, "2026-12-07", "the next request is in the new version");
    assert!(now.get("total_tax").is_some() && now.get("tax").is_none(), "{now}");

    // And back, to undo an upgrade.
    let (status, _) = pin(&app, &admin, Method::POST, Some(json!({"version": "2026-11-01"}))).await;
    assert_eq!(status, StatusCode::OK);
    let (_, stated, _) = send(&app, &tenant, Method::GET, "/v1/customers", None).await;
    assert_eq!(stated, "2026-11-01");
    // Another account's pin is its own.
    let other = app.tenant("Other").await;
    let (_, theirs) = pin(&app, &other.secret_key, Method::GET, None).await;
    assert_eq!(theirs["version"], "2026-12-07");
}
