//! Portal configurations as objects (issue 18, point 3; ADR 0014): several named
//! configurations with one default, changed field by field (absent keeps, `null`
//! resets, unknown refused), used by sessions by id with inline overrides on top, and
//! every change audited with who made it.

use paylera_shared::{
    list::List,
    portal::{
        PortalSession,
        configuration::{ConfigurationAuditEntry, PortalConfigurationObject},
    },
};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestTenant, spawn_app};

async fn get<T: serde::de::DeserializeOwned>(tenant: &TestTenant, path: &str) -> T {
    paylera_shared::client::send(tenant.api.request(Method::GET, path))
        .await
        .expect(path)
}

/// The tenant's default configuration.
pub async fn default_of(tenant: &TestTenant) -> PortalConfigurationObject {
    let list: List<PortalConfigurationObject> = get(tenant, "/v1/portal/configurations").await;
    list.data
        .into_iter()
        .find(|c| c.is_default)
        .expect("a default configuration")
}

/// Posts `body` to `path`; the status and the body of the answer.
async fn post(tenant: &TestTenant, path: &str, body: Value) -> (u16, Value) {
    let response = tenant
        .api
        .request(Method::POST, path)
        .json(&body)
        .send()
        .await
        .expect("sent");
    (response.status().as_u16(), response.json().await.expect("json"))
}

#[tokio::test]
async fn a_partial_update_keeps_what_it_leaves_out_null_resets_and_unknown_fields_are_refused() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let branded = json!({"business_name": "Acme", "accent_color": "#0a7cff", "business_headline": "Billing",
        "allowed_return_origins": ["https://app.acme.example"]});
    let (status, _) = post(&tenant, "/v1/portal/configuration", branded).await;
    assert_eq!(status, 200);

    // One field: the branding stays (the old replace-all reset it).
    let (status, body) = post(
        &tenant,
        "/v1/portal/configuration",
        json!({"subscription_cancel_enabled": false}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        (
            body["subscription_cancel_enabled"].as_bool(),
            body["business_name"].as_str(),
            body["accent_color"].as_str(),
            body["text_color"].as_str()
        ),
        (Some(false), Some("Acme"), Some("#0A7CFF"), Some("#111111"))
    );

    // `null` puts a field back to its default.
    let (_, body) = post(
        &tenant,
        "/v1/portal/configuration",
        json!({"business_headline": null, "subscription_cancel_enabled": null, "accent_color": null}),
    )
    .await;
    assert_eq!(body["business_headline"], Value::Null);
    assert_eq!(body["subscription_cancel_enabled"], true);
    assert_eq!(body["accent_color"], paylera_shared::portal::DEFAULT_ACCENT_COLOR);
    assert_eq!(body["allowed_return_origins"], json!(["https://app.acme.example"]));

    // An unknown field (a typo) is refused with its name, and changes nothing.
    for (typo, param) in [
        (
            json!({"subscription_cancel_enable": false}),
            "subscription_cancel_enable",
        ),
        (json!({"business_name": "X", "logo": "https://x.example/l.png"}), "logo"),
    ] {
        let (status, body) = post(&tenant, "/v1/portal/configuration", typo).await;
        assert_eq!((status, body["error"]["param"].as_str()), (400, Some(param)), "{body}");
    }
    let (status, body) = post(&tenant, "/v1/portal/configuration", json!({"accent_color": "teal"})).await;
    assert_eq!((status, body["error"]["param"].as_str()), (400, Some("accent_color")));
    let kept = default_of(&tenant).await;
    assert_eq!(kept.settings.settings.business_name.as_deref(), Some("Acme"));
    assert_eq!(
        kept.settings.settings.accent_color,
        paylera_shared::portal::DEFAULT_ACCENT_COLOR
    );
}

#[tokio::test]
async fn a_tenant_has_named_configurations_and_exactly_one_default() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let first = default_of(&tenant).await;
    assert!(first.id.as_str().starts_with("bpc_"));

    let (status, second) = post(
        &tenant,
        "/v1/portal/configurations",
        json!({"name": " Payment failed emails ", "subscription_cancel_enabled": false, "subscription_update_enabled": false}),
    )
    .await;
    assert_eq!(status, 200, "{second}");
    let second: PortalConfigurationObject = serde_json::from_value(second).expect("object");
    assert_eq!(second.name.as_deref(), Some("Payment failed emails"));
    assert!(!second.is_default && !second.settings.settings.subscription_cancel_enabled);
    assert!(
        second.settings.settings.payment_method_update_enabled,
        "the defaults under the fields given"
    );

    let (_, made) = post(
        &tenant,
        &format!("/v1/portal/configurations/{}", second.id),
        json!({"is_default": true}),
    )
    .await;
    assert_eq!(made["is_default"], true);
    let list: List<PortalConfigurationObject> = get(&tenant, "/v1/portal/configurations").await;
    assert_eq!(list.data.len(), 2);
    assert_eq!(
        list.data
            .iter()
            .filter(|c| c.is_default)
            .map(|c| &c.id)
            .collect::<Vec<_>>(),
        vec![&second.id]
    );
    // The alias follows the default.
    let alias: Value = get(&tenant, "/v1/portal/configuration").await;
    assert_eq!(alias["subscription_cancel_enabled"], false);

    // The default cannot be un-defaulted; only replaced.
    let (status, body) = post(
        &tenant,
        &format!("/v1/portal/configurations/{}", second.id),
        json!({"is_default": false}),
    )
    .await;
    assert_eq!((status, body["error"]["param"].as_str()), (400, Some("is_default")));
    let (status, _) = post(
        &tenant,
        "/v1/portal/configurations/bpc_nothere000000000000000",
        json!({}),
    )
    .await;
    assert_eq!(status, 404);
    let (status, body) = post(&tenant, "/v1/portal/configurations", json!({"id": "bpc_mine"})).await;
    assert_eq!((status, body["error"]["param"].as_str()), (400, Some("id")));
}

#[tokio::test]
async fn a_session_uses_a_configuration_by_id_with_inline_overrides_on_top() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    let (_, no_cancel) = post(
        &tenant,
        "/v1/portal/configurations",
        json!({"name": "No cancel", "subscription_cancel_enabled": false, "business_name": "Acme Support"}),
    )
    .await;
    let id = no_cancel["id"].as_str().expect("id");
    let session = |configuration: Value| {
        let body = json!({"customer_id": customer.id, "return_url": "https://merchant.example/back",
            "configuration": configuration});
        post(&tenant, "/v1/portal/sessions", body)
    };

    let (status, by_id) = session(json!(id)).await;
    assert_eq!(status, 200, "{by_id}");
    let by_id: PortalSession = serde_json::from_value(by_id).expect("session");
    assert!(!by_id.configuration.settings.subscription_cancel_enabled);
    assert_eq!(
        by_id.configuration.settings.business_name.as_deref(),
        Some("Acme Support")
    );

    let (_, combined) = session(json!({"id": id, "payment_method_update_enabled": false})).await;
    let combined: PortalSession = serde_json::from_value(combined).expect("session");
    let settings = &combined.configuration.settings;
    assert!(!settings.subscription_cancel_enabled && !settings.payment_method_update_enabled);

    // Overrides alone apply to the default, which still lets customers cancel.
    let (_, inline) = session(json!({"payment_method_update_enabled": false})).await;
    assert_eq!(inline["configuration"]["subscription_cancel_enabled"], true);
    assert_eq!(inline["configuration"]["payment_method_update_enabled"], false);

    // The customer's token carries the features of that configuration.
    let portal = app
        .portal_client(&tenant, customer.id.as_str(), json!({"id": id}))
        .await;
    let current: PortalSession = paylera_shared::client::send(portal.request(Method::GET, "/v1/portal/session"))
        .await
        .expect("session");
    assert!(!current.configuration.settings.subscription_cancel_enabled);

    for (configuration, param) in [
        (json!("bpc_nothere000000000000000"), "configuration"),
        (json!({"id": "bpc_nothere000000000000000"}), "configuration.id"),
        (json!({"id": id, "name": "x"}), "configuration"),
        (json!(42), "configuration"),
    ] {
        let (status, body) = session(configuration.clone()).await;
        assert!(status == 400 || status == 404, "{configuration}: {body}");
        assert_eq!(body["error"]["param"].as_str(), Some(param), "{configuration}: {body}");
    }
    // Another tenant's configuration is nobody's here.
    let other = app.tenant("Other").await;
    let theirs = default_of(&other).await;
    let (status, _) = session(json!(theirs.id)).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn every_change_is_audited_with_the_key_and_each_field_before_and_after() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let default = default_of(&tenant).await;
    let path = format!("/v1/portal/configurations/{}", default.id);
    post(
        &tenant,
        &path,
        json!({"subscription_cancel_enabled": false, "name": "Main"}),
    )
    .await;
    post(&tenant, &path, json!({"subscription_cancel_enabled": false})).await;
    post(
        &tenant,
        "/v1/portal/configuration",
        json!({"business_headline": "Billing"}),
    )
    .await;

    let log: List<ConfigurationAuditEntry> = get(&tenant, &format!("{path}/changes")).await;
    assert_eq!(
        log.data.len(),
        2,
        "a change that changes nothing is not logged: {:?}",
        log.data
    );
    let [latest, first] = log.data.as_slice() else {
        unreachable!()
    };
    assert_eq!(
        latest.changes["business_headline"],
        json!({"before": null, "after": "Billing"})
    );
    assert_eq!(
        Value::Object(first.changes.clone()),
        json!({"subscription_cancel_enabled": {"before": true, "after": false}, "name": {"before": null, "after": "Main"}})
    );
    assert!(
        first.actor.starts_with("key_"),
        "the API key that made it: {}",
        first.actor
    );
    assert_eq!(
        (first.action.as_str(), latest.configuration.as_str()),
        ("updated", default.id.as_str())
    );

    let (_, created) = post(
        &tenant,
        "/v1/portal/configurations",
        json!({"invoice_history_enabled": false}),
    )
    .await;
    let log: List<ConfigurationAuditEntry> = get(
        &tenant,
        &format!(
            "/v1/portal/configurations/{}/changes",
            created["id"].as_str().unwrap_or_default()
        ),
    )
    .await;
    assert_eq!(log.data[0].action, "created");
    assert_eq!(
        Value::Object(log.data[0].changes.clone()),
        json!({"invoice_history_enabled": {"before": true, "after": false}})
    );
}
