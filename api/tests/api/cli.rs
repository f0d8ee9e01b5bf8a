//! The admin CLI works against the same database as the server.

use std::process::Command;

use paylera_shared::{client::ApiClient, customer::CustomerFilter, list::ListParams};

use crate::helpers::spawn_app;

/// Runs the CLI beside the test's server. On a thread of its own: the server's tasks
/// (the webhook dispatcher writes as soon as events exist) share the test's runtime,
/// and blocking it while the CLI waits for the SQLite writer would deadlock them.
async fn cli(database_url: &str, args: &[&str]) -> std::process::Output {
    let database_url = database_url.to_owned();
    let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_paylera-api"))
            .args(&args)
            .env("DATABASE_URL", database_url)
            .env("PAYLERA_LOG", "warn")
            // One machine: on PostgreSQL too, secrets may be generated locally.
            .env("PAYLERA_ENV", "development")
            .output()
            .expect("paylera-api runs")
    })
    .await
    .expect("the CLI thread")
}

#[tokio::test]
async fn tenant_create_prints_a_key_that_authenticates() {
    let app = spawn_app().await;
    let output = cli(&app.database_url, &["tenant", "create", "--name", "Globex"]).await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let printed: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    assert_eq!(printed["name"], "Globex");
    assert!(printed["tenant_id"].as_str().is_some_and(|id| id.starts_with("ten_")));
    let key = printed["secret_key"].as_str().expect("secret key").to_owned();
    assert!(key.starts_with("sk_test_") && key.len() >= "sk_test_".len() + 22);

    let stored: i64 = sqlx::query_scalar("select count(*) from api_keys where key_hash = $1")
        .bind(&key)
        .fetch_one(app.db.reader())
        .await
        .expect("query");
    assert_eq!(stored, 0, "the plain key is never stored");

    let live = printed["live_secret_key"].as_str().expect("live key").to_owned();
    assert!(live.starts_with("sk_live_"));
    for key in [&key, &live] {
        let api = ApiClient::new(&app.base).with_bearer(key);
        api.list_customers(&CustomerFilter::default(), &ListParams::default())
            .await
            .expect("the key works");
    }
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(!log.contains(&key) && !log.contains(&live), "the keys are never logged");
}

#[tokio::test]
async fn dashboard_invite_prints_a_one_time_link_that_makes_the_first_owner() {
    let app = spawn_app().await;
    let tenant = app.tenant("Globex").await;
    let output = cli(
        &app.database_url,
        &[
            "dashboard",
            "invite",
            "--tenant",
            &tenant.id,
            "--email",
            "Owner@Globex.example",
            "--role",
            "owner",
        ],
    )
    .await;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let printed: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    let url = printed["url"].as_str().expect("url");
    let token = url.rsplit_once("/invitations/").map(|(_, t)| t).expect("a link");
    assert!(url.starts_with("http://127.0.0.1:3001/invitations/dinv_"), "{url}");
    assert_eq!(printed["invitation"]["email"], "owner@globex.example");
    assert!(
        !String::from_utf8_lossy(&output.stderr).contains(token),
        "the token is never logged"
    );

    let session: paylera_shared::dashboard::DashboardSession = ApiClient::new(&app.base)
        .post(
            "/v1/dashboard/invitations/accept",
            &serde_json::json!({"token": token, "password": "amber falcon drifts northward"}),
            None,
        )
        .await
        .expect("accepted");
    assert_eq!(session.member.role, paylera_shared::dashboard::Role::Owner);
    assert_eq!(session.tenant.as_str(), tenant.id);

    for args in [
        [
            "dashboard",
            "invite",
            "--tenant",
            "ten_nothere",
            "--email",
            "a@b.example",
            "--role",
            "owner",
        ],
        [
            "dashboard",
            "invite",
            "--tenant",
            &tenant.id,
            "--email",
            "a@b.example",
            "--role",
            "boss",
        ],
        [
            "dashboard",
            "invite",
            "--tenant",
            &tenant.id,
            "--email",
            "not an email",
            "--role",
            "admin",
        ],
    ] {
        let output = cli(&app.database_url, &args).await;
        assert!(!output.status.success(), "{args:?}");
    }
}

#[tokio::test]
async fn demo_seed_runs_once() {
    let app = spawn_app().await;
    let first = cli(&app.database_url, &["demo", "seed"]).await;
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let seeded: serde_json::Value = serde_json::from_slice(&first.stdout).expect("json");
    assert_eq!(seeded["created"], true);
    let api = ApiClient::new(&app.base).with_bearer(seeded["secret_key"].as_str().expect("key"));
    let customers = api
        .list_customers(&CustomerFilter::default(), &ListParams::default())
        .await
        .expect("list");
    assert_eq!(customers.data.len(), 1);
    assert_eq!(
        customers.data[0].id.as_str(),
        seeded["customer_id"].as_str().expect("customer id")
    );

    let link = cli(&app.database_url, &["demo", "link"]).await;
    assert!(link.status.success(), "{}", String::from_utf8_lossy(&link.stderr));
    let link: serde_json::Value = serde_json::from_slice(&link.stdout).expect("json");
    let url = link["url"].as_str().expect("a portal link");
    let secret = url.rsplit_once("/p/").map(|(_, s)| s).expect("/p/ link");
    let exchanged = app
        .http()
        .post(app.url("/v1/portal/sessions/exchange"))
        .json(&serde_json::json!({"secret": secret}))
        .send()
        .await
        .expect("sent");
    assert_eq!(exchanged.status(), 200, "the printed link opens a session");

    // The printed team owner signs in, and its password is in no log line.
    let (email, password) = (
        seeded["dashboard_email"].as_str().expect("owner email"),
        seeded["dashboard_password"].as_str().expect("owner password"),
    );
    let session: paylera_shared::dashboard::DashboardSession = ApiClient::new(&app.base)
        .post(
            "/v1/dashboard/sessions",
            &serde_json::json!({"email": email, "password": password}),
            None,
        )
        .await
        .expect("the demo owner signs in");
    assert_eq!(session.member.role, paylera_shared::dashboard::Role::Owner);
    assert!(!String::from_utf8_lossy(&first.stderr).contains(password));

    let again = cli(&app.database_url, &["demo", "seed"]).await;
    let seeded: serde_json::Value = serde_json::from_slice(&again.stdout).expect("json");
    assert_eq!(seeded, serde_json::json!({"created": false}));
}

#[test]
fn an_unknown_command_fails_with_usage() {
    let output = Command::new(env!("CARGO_BIN_EXE_paylera-api"))
        .arg("frobnicate")
        .output()
        .expect("runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage:"));
}
