//! API keys managed by the team (issue 18, point 4): created, rolled with an overlap
//! during which both keys work, revoked at once; only team members manage them, and a
//! secret is shown once and stored only as its hash.

use paylera_shared::{api_key::ApiKey, dashboard::Role, list::List};
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

async fn post(app: &TestApp, bearer: &str, path: &str, body: Value) -> (u16, Value) {
    let response = app
        .http()
        .post(app.url(path))
        .bearer_auth(bearer)
        .json(&body)
        .send()
        .await
        .expect("sent");
    (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
}

/// Whether `key` authenticates (lists customers).
async fn works(app: &TestApp, key: &str) -> bool {
    let response = app
        .http()
        .get(app.url("/v1/customers"))
        .bearer_auth(key)
        .send()
        .await
        .expect("sent");
    response.status() == 200
}

#[tokio::test]
async fn an_admin_creates_rolls_with_overlap_and_revokes_keys() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (_, _, admin) = app.team_member(&tenant, Role::Admin).await;

    let (status, created) = post(
        &app,
        &admin,
        "/v1/api_keys",
        json!({"mode": "live", "name": " Production "}),
    )
    .await;
    assert_eq!(status, 200, "{created}");
    let created: ApiKey = serde_json::from_value(created).expect("key");
    let secret = created.secret.clone().expect("shown once");
    assert!(secret.starts_with("sk_live_") && created.hint.ends_with(&secret[secret.len() - 4..]));
    assert_eq!(created.name.as_deref(), Some("Production"));
    assert!(works(&app, &secret).await);

    // A roll with an hour of overlap: both work; the old one ends in an hour.
    let (status, rolled) = post(
        &app,
        &admin,
        &format!("/v1/api_keys/{}/roll", created.id),
        json!({"overlap_seconds": 3600}),
    )
    .await;
    assert_eq!(status, 200, "{rolled}");
    let rolled: ApiKey = serde_json::from_value(rolled).expect("key");
    let new_secret = rolled.secret.clone().expect("shown once");
    assert_ne!(new_secret, secret);
    assert!(works(&app, &secret).await && works(&app, &new_secret).await);

    // A roll without overlap ends the old key at once.
    let (_, again) = post(
        &app,
        &admin,
        &format!("/v1/api_keys/{}/roll", rolled.id),
        json!({"overlap_seconds": 0}),
    )
    .await;
    let newest = again["secret"].as_str().expect("secret").to_owned();
    assert!(!works(&app, &new_secret).await, "no overlap: the rolled key stopped");
    assert!(works(&app, &newest).await);
    let (status, body) = post(&app, &admin, &format!("/v1/api_keys/{}/roll", rolled.id), json!({})).await;
    assert_eq!(
        (status, body["error"]["param"].as_str()),
        (400, Some("id")),
        "an ended key cannot be rolled"
    );
    let (status, body) = post(
        &app,
        &admin,
        &format!("/v1/api_keys/{}/roll", again["id"].as_str().unwrap_or_default()),
        json!({"overlap_seconds": 604_801}),
    )
    .await;
    assert_eq!(
        (status, body["error"]["param"].as_str()),
        (400, Some("overlap_seconds"))
    );

    // Revoking stops a key at once.
    let (status, revoked) = post(&app, &admin, &format!("/v1/api_keys/{}/revoke", created.id), json!({})).await;
    assert_eq!(status, 200);
    assert!(revoked["revoked_at"].is_string());
    assert!(!works(&app, &secret).await);

    // The list shows hints, never secrets; the database holds hashes only.
    let response = app
        .http()
        .get(app.url("/v1/api_keys"))
        .bearer_auth(&admin)
        .send()
        .await
        .expect("sent");
    let list: List<ApiKey> = response.json().await.expect("list");
    assert_eq!(list.data.len(), 5, "the tenant's two first keys and three new ones");
    assert!(list.data.iter().all(|k| k.secret.is_none()));
    for plain in [&secret, &new_secret, &newest] {
        let stored: i64 = sqlx::query_scalar("select count(*) from api_keys where key_hash = $1 or key_hint = $1")
            .bind(plain)
            .fetch_one(app.db.reader())
            .await
            .expect("query");
        assert_eq!(stored, 0);
    }
}

#[tokio::test]
async fn only_admins_and_owners_manage_keys_and_a_key_cannot_mint_keys() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (_, _, viewer) = app.team_member(&tenant, Role::Viewer).await;
    let (status, body) = post(&app, &viewer, "/v1/api_keys", json!({"mode": "test"})).await;
    assert_eq!((status, body["error"]["code"].as_str()), (403, Some("role_forbidden")));
    let (status, body) = post(&app, &tenant.secret_key, "/v1/api_keys", json!({"mode": "test"})).await;
    assert_eq!((status, body["error"]["code"].as_str()), (403, Some("dashboard_only")));
    let response = app
        .http()
        .get(app.url("/v1/api_keys"))
        .bearer_auth(&viewer)
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 200, "a viewer lists them");

    // Another tenant's key is not found.
    let other = app.tenant("Other").await;
    let (_, _, their_admin) = app.team_member(&other, Role::Admin).await;
    let list: List<ApiKey> = app
        .http()
        .get(app.url("/v1/api_keys"))
        .bearer_auth(&viewer)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("list");
    let ours = &list.data[0].id;
    for action in ["roll", "revoke"] {
        let (status, _) = post(&app, &their_admin, &format!("/v1/api_keys/{ours}/{action}"), json!({})).await;
        assert_eq!(status, 404, "{action}");
    }
    assert!(works(&app, &tenant.secret_key).await);
}
