//! Webhooks: the endpoints API, Standard Webhooks signatures checked by an
//! independent verifier (svix's `standardwebhooks` crate), the retry schedule
//! proven by moving the dispatcher's clock, `410`, `Retry-After`, redirects, target
//! address checks, isolation of slow endpoints, manual resend, secret rotation,
//! the `delivery_success` filter, two dispatchers on one PostgreSQL, and a crash
//! test that SIGKILLs the real binary while customers act.

use std::{
    collections::{HashMap, HashSet},
    sync::{Arc, Mutex, PoisonError},
    time::{Duration, Instant},
};

use axum::{
    Router,
    body::Bytes,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, Uri},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use paylera_api::{
    db::Db,
    domain::{from_unix, webhook::SCHEDULE},
    settings::WebhookSettings,
    webhooks::{Dispatcher, http as webhook_http},
};
use paylera_shared::{
    client::send,
    event::{Event, EventFilter, EventType},
    list::{List, ListParams},
    webhook::{WebhookAttempt, WebhookDelivery, WebhookEndpoint},
};
use reqwest::Method;
use serde_json::{Value, json};
use standardwebhooks::Webhook;

use crate::helpers::{
    TestApp, TestTenant, captured_logs, free_port, spawn_app, spawn_app_with, start_binary, wait_healthy,
};

/// The crash test's binary: quick deliveries, loopback receivers.
const WEBHOOK_BINARY_ENV: &[(&str, &str)] = &[
    ("PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true"),
    ("PAYLERA_WEBHOOKS_TIMEOUT_SECS", "1"),
    ("PAYLERA_WEBHOOKS_PER_ENDPOINT_CONCURRENCY", "8"),
];

// ---------------------------------------------------------------------------
// A local receiver
// ---------------------------------------------------------------------------

/// One request the receiver got.
#[derive(Debug, Clone)]
struct Hit {
    path: String,
    headers: HeaderMap,
    body: Bytes,
    at: Instant,
}

impl Hit {
    fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default()
    }
}

/// What the receiver answers.
#[derive(Debug, Clone)]
struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    delay: Duration,
}

#[derive(Debug, Clone)]
struct Receiver {
    url: String,
    hits: Arc<Mutex<Vec<Hit>>>,
    reply: Arc<Mutex<Reply>>,
}

impl Receiver {
    async fn start() -> Self {
        let hits = Arc::new(Mutex::new(Vec::new()));
        let reply = Arc::new(Mutex::new(Reply {
            status: 200,
            headers: Vec::new(),
            delay: Duration::ZERO,
        }));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}/hooks", listener.local_addr().expect("addr"));
        let state = (hits.clone(), reply.clone());
        let app = Router::new().fallback(record).with_state(state);
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self { url, hits, reply }
    }

    fn answer(&self, status: u16) {
        self.answer_with(status, Vec::new(), Duration::ZERO);
    }

    fn answer_with(&self, status: u16, headers: Vec<(&'static str, String)>, delay: Duration) {
        *self.reply.lock().unwrap_or_else(PoisonError::into_inner) = Reply { status, headers, delay };
    }

    fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Waits (polling, up to `limit`) until at least `n` requests arrived.
    async fn wait_for(&self, n: usize, limit: Duration) -> Vec<Hit> {
        let started = Instant::now();
        loop {
            let hits = self.hits();
            if hits.len() >= n || started.elapsed() > limit {
                return hits;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

type ReceiverState = (Arc<Mutex<Vec<Hit>>>, Arc<Mutex<Reply>>);

async fn record(State((hits, reply)): State<ReceiverState>, uri: Uri, headers: HeaderMap, body: Bytes) -> Response {
    hits.lock().unwrap_or_else(PoisonError::into_inner).push(Hit {
        path: uri.path().to_owned(),
        headers,
        body,
        at: Instant::now(),
    });
    let reply = reply.lock().unwrap_or_else(PoisonError::into_inner).clone();
    if !reply.delay.is_zero() {
        tokio::time::sleep(reply.delay).await;
    }
    let mut response = (StatusCode::from_u16(reply.status).expect("status"), "receiver says hi").into_response();
    for (name, value) in reply.headers {
        response
            .headers_mut()
            .insert(name, HeaderValue::from_str(&value).expect("header"));
    }
    response
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const DISPATCHER_OFF: &[(&str, &str)] = &[("PAYLERA_WEBHOOKS_DISPATCHER", "off")];

async fn create_endpoint(tenant: &TestTenant, url: &str, events: &[&str]) -> WebhookEndpoint {
    tenant
        .api
        .post(
            "/v1/webhook_endpoints",
            &json!({"url": url, "enabled_events": events, "description": "test"}),
            None,
        )
        .await
        .expect("endpoint created")
}

async fn call<T: serde::de::DeserializeOwned>(tenant: &TestTenant, method: Method, path: &str) -> T {
    send(tenant.api.request(method, path)).await.expect("call")
}

async fn retrieve(tenant: &TestTenant, id: &str) -> WebhookEndpoint {
    call(tenant, Method::GET, &format!("/v1/webhook_endpoints/{id}")).await
}

async fn events_of(tenant: &TestTenant, kind: &str) -> Vec<Event> {
    tenant
        .api
        .list_events(
            &EventFilter {
                kind: Some(kind.into()),
            },
            &ListParams::limit(100),
        )
        .await
        .expect("events")
        .data
}

async fn events_by_delivery(tenant: &TestTenant, success: bool) -> Vec<String> {
    let list: List<Event> = call(tenant, Method::GET, &format!("/v1/events?delivery_success={success}")).await;
    list.data.into_iter().map(|e| e.id.to_string()).collect()
}

/// A dispatcher the test drives with [`Dispatcher::tick`] (the app's own is off).
fn manual_dispatcher(app: &TestApp, allow_private_targets: bool) -> Dispatcher {
    Dispatcher::new(
        app.db.clone(),
        WebhookSettings {
            allow_private_targets,
            timeout: Duration::from_secs(5),
            ..WebhookSettings::default()
        },
        app.secrets().webhook_sealer().clone(),
    )
    .expect("dispatcher")
}

/// `(status, attempts, next_attempt_at)` of an event's delivery, from the database.
async fn delivery_row(app: &TestApp, event: &str) -> (String, i64, i64) {
    sqlx::query_as("select status, attempts, next_attempt_at from webhook_deliveries where event_id = $1")
        .bind(event)
        .fetch_one(app.db.reader())
        .await
        .expect("delivery row")
}

fn verifier(secret: &str) -> Webhook {
    Webhook::new(secret).expect("a valid whsec_ secret")
}

fn http_headers(hit: &Hit) -> HeaderMap {
    let mut map = HeaderMap::new();
    for name in ["webhook-id", "webhook-timestamp", "webhook-signature"] {
        map.insert(name, HeaderValue::from_str(hit.header(name)).expect("header"));
    }
    map
}

// ---------------------------------------------------------------------------
// Signatures and payload
// ---------------------------------------------------------------------------

#[tokio::test]
async fn deliveries_verify_with_an_independent_standard_webhooks_library() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let receiver = Receiver::start().await;
    let endpoint = create_endpoint(&tenant, &receiver.url, &["customer.created"]).await;
    let secret = endpoint.secret.clone().expect("the secret is shown at creation");

    let customer = tenant
        .api
        .create_customer(
            &paylera_shared::customer::CreateCustomerRequest {
                email: Some("ada@example.com".into()),
                ..Default::default()
            },
            Some("create-ada"),
        )
        .await
        .expect("customer");
    let hits = receiver.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(hits.len(), 1, "one delivery");
    let hit = &hits[0];
    let event = &events_of(&tenant, "customer.created").await[0];

    // Headers and payload per the issue.
    assert_eq!(hit.header("webhook-id"), event.id.as_str());
    assert_eq!(hit.header("content-type"), "application/json");
    let body: Value = serde_json::from_slice(&hit.body).expect("json body");
    assert_eq!(body["id"], event.id.as_str());
    assert_eq!(body["type"], "customer.created");
    assert!(body["created"].is_string());
    assert_eq!(body["data"]["object"]["id"], customer.id.as_str());
    assert!(
        body["data"]
            .as_object()
            .expect("data")
            .contains_key("previous_attributes")
    );
    assert_eq!(body["source"], "api");
    assert!(body.as_object().expect("body").contains_key("portal_session"));
    assert_eq!(body["request"]["idempotency_key"], "create-ada");

    // The independent verifier accepts it …
    let headers = http_headers(hit);
    verifier(&secret)
        .verify(&hit.body, &headers)
        .expect("a genuine delivery verifies");
    // … and rejects a tampered body, a wrong secret and an old timestamp.
    let mut tampered = hit.body.to_vec();
    tampered[10] ^= 1;
    assert!(verifier(&secret).verify(&tampered, &headers).is_err(), "tampered body");
    let other = create_endpoint(&tenant, &receiver.url, &["invoice.voided"]).await;
    assert!(
        verifier(&other.secret.expect("secret"))
            .verify(&hit.body, &headers)
            .is_err(),
        "wrong secret"
    );
    let old = Utc::now().timestamp() - 10 * 60;
    let resigned = verifier(&secret)
        .sign(event.id.as_str(), old, &hit.body)
        .expect("signed");
    let mut stale = headers.clone();
    stale.insert("webhook-timestamp", old.to_string().parse().expect("header"));
    stale.insert("webhook-signature", resigned.parse().expect("header"));
    assert!(verifier(&secret).verify(&hit.body, &stale).is_err(), "old timestamp");
    // The library's own signature for the original timestamp is ours, byte for byte.
    let ts: i64 = hit.header("webhook-timestamp").parse().expect("timestamp");
    assert_eq!(
        verifier(&secret)
            .sign(event.id.as_str(), ts, &hit.body)
            .expect("signed"),
        hit.header("webhook-signature")
    );
}

#[tokio::test]
async fn the_secret_is_shown_once_and_never_reaches_the_logs() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let receiver = Receiver::start().await;
    let endpoint = create_endpoint(&tenant, &receiver.url, &["*"]).await;
    let secret = endpoint.secret.clone().expect("secret at creation");
    assert!(secret.starts_with("whsec_"));
    assert!(retrieve(&tenant, &endpoint.id).await.secret.is_none(), "never again");
    let list: List<WebhookEndpoint> = call(&tenant, Method::GET, "/v1/webhook_endpoints").await;
    assert!(list.data.iter().all(|e| e.secret.is_none()));

    tenant.create_customer("ada@example.com").await;
    let hits = receiver.wait_for(1, Duration::from_secs(10)).await;
    assert!(!hits.is_empty());
    let logs = captured_logs();
    assert!(logs.contains("webhook attempt"), "the dispatcher does log its attempts");
    assert!(!logs.contains(&secret), "the secret reached the logs");
    assert!(
        !logs.contains(secret.trim_start_matches("whsec_")),
        "the key reached the logs"
    );
    let signature = hits[0].header("webhook-signature").trim_start_matches("v1,").to_owned();
    assert!(!logs.contains(&signature), "a signature reached the logs");
}

// ---------------------------------------------------------------------------
// The endpoints API
// ---------------------------------------------------------------------------

#[tokio::test]
async fn endpoints_are_created_listed_updated_disabled_and_deleted() {
    let app = spawn_app_with(DISPATCHER_OFF).await;
    let tenant = app.tenant("Acme").await;
    let endpoint = create_endpoint(&tenant, "https://hooks.example.com/paylera", &["customer.created"]).await;
    assert!(endpoint.id.starts_with("we_"));
    assert_eq!(endpoint.object, "webhook_endpoint");
    assert_eq!(endpoint.status.as_str(), "enabled");
    assert_eq!(endpoint.enabled_events, ["customer.created"]);

    let updated: WebhookEndpoint = tenant
        .api
        .post(
            &format!("/v1/webhook_endpoints/{}", endpoint.id),
            &json!({"enabled_events": ["*"], "description": "all"}),
            None,
        )
        .await
        .expect("updated");
    assert_eq!(updated.enabled_events, ["*"]);
    assert_eq!(updated.description.as_deref(), Some("all"));

    let disabled: WebhookEndpoint = tenant
        .api
        .post(
            &format!("/v1/webhook_endpoints/{}", endpoint.id),
            &json!({"disabled": true}),
            None,
        )
        .await
        .expect("disabled");
    assert_eq!(
        (
            disabled.status.as_str(),
            disabled.disabled_reason.map(|reason| reason.as_str())
        ),
        ("disabled", Some("manual"))
    );
    // A disabled endpoint is not sent the events created meanwhile.
    tenant.create_customer("ada@example.com").await;
    manual_dispatcher(&app, true).tick(Utc::now()).await.expect("tick");
    assert_eq!(app.count_rows("webhook_deliveries", &tenant.id).await, 0);
    let enabled: WebhookEndpoint = tenant
        .api
        .post(
            &format!("/v1/webhook_endpoints/{}", endpoint.id),
            &json!({"disabled": false}),
            None,
        )
        .await
        .expect("enabled");
    assert_eq!((enabled.status.as_str(), enabled.disabled_reason), ("enabled", None));

    for (body, param) in [
        (json!({"url": "not a url", "enabled_events": ["*"]}), "url"),
        (json!({"url": "ftp://example.com", "enabled_events": ["*"]}), "url"),
        (
            json!({"url": "https://example.com", "enabled_events": []}),
            "enabled_events",
        ),
        (
            json!({"url": "https://example.com", "enabled_events": ["Customer Created"]}),
            "enabled_events",
        ),
    ] {
        let err = tenant
            .api
            .post::<_, WebhookEndpoint>("/v1/webhook_endpoints", &body, None)
            .await
            .expect_err("refused");
        assert_eq!(err.status(), Some(400), "{body}");
        assert_eq!(err.envelope().expect("envelope").error.param.as_deref(), Some(param));
    }

    let other = app.tenant("Other").await;
    let err = send::<WebhookEndpoint>(
        other
            .api
            .request(Method::GET, &format!("/v1/webhook_endpoints/{}", endpoint.id)),
    )
    .await
    .expect_err("another tenant's");
    assert_eq!(err.status(), Some(404));

    let deleted: Value = call(
        &tenant,
        Method::DELETE,
        &format!("/v1/webhook_endpoints/{}", endpoint.id),
    )
    .await;
    assert_eq!(deleted["deleted"], true);
    let err = send::<WebhookEndpoint>(
        tenant
            .api
            .request(Method::GET, &format!("/v1/webhook_endpoints/{}", endpoint.id)),
    )
    .await
    .expect_err("gone");
    assert_eq!(err.status(), Some(404));
}

// ---------------------------------------------------------------------------
// Retries, proven with a clock
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_receiver_down_for_a_while_gets_everything_and_retries_follow_the_schedule() {
    let app = spawn_app_with(DISPATCHER_OFF).await;
    let tenant = app.tenant("Acme").await;
    let receiver = Receiver::start().await;
    receiver.answer(503);
    let endpoint = create_endpoint(&tenant, &receiver.url, &["customer.created"]).await;
    tenant.create_customer("ada@example.com").await;
    let event = events_of(&tenant, "customer.created").await[0].id.to_string();
    let dispatcher = manual_dispatcher(&app, true);

    let mut now = Utc::now();
    let first = dispatcher.tick(now).await.expect("tick");
    assert_eq!((first.fanned_out, first.attempted, first.delivered), (1, 1, 0));
    assert_eq!(events_by_delivery(&tenant, false).await, std::slice::from_ref(&event));
    let mut tick_times = vec![now.timestamp()];
    for failures in 1..=6 {
        let (status, attempts, next) = delivery_row(&app, &event).await;
        assert_eq!((status.as_str(), attempts), ("pending", failures));
        let nominal = SCHEDULE[usize::try_from(failures - 1).expect("index")].as_secs();
        let waited = u64::try_from(next - now.timestamp()).expect("in the future");
        assert!(
            waited * 10 >= nominal * 8 && waited * 10 <= nominal * 12,
            "retry {failures} after {waited}s, schedule says {nominal}s ± 20%"
        );
        // A second early: nothing is due.
        let early = dispatcher.tick(from_unix(next - 1)).await.expect("tick");
        assert_eq!(early.attempted, 0, "retry {failures} ran early");
        if failures == 6 {
            receiver.answer(200);
        }
        now = from_unix(next);
        tick_times.push(next);
        let report = dispatcher.tick(now).await.expect("tick");
        assert_eq!(report.attempted, 1);
    }
    let (status, attempts, _) = delivery_row(&app, &event).await;
    assert_eq!((status.as_str(), attempts), ("succeeded", 7));
    let hits = receiver.hits();
    assert_eq!(hits.len(), 7);
    assert!(
        hits.iter().all(|h| h.header("webhook-id") == event),
        "one id across retries"
    );
    let stamps: Vec<i64> = hits
        .iter()
        .map(|h| h.header("webhook-timestamp").parse().expect("timestamp"))
        .collect();
    assert_eq!(stamps, tick_times, "a fresh timestamp per attempt");
    // Delivered: nothing more, ever.
    let later = dispatcher.tick(now + chrono::Duration::days(10)).await.expect("tick");
    assert_eq!(later.attempted, 0);
    assert!(events_by_delivery(&tenant, false).await.is_empty());
    assert_eq!(events_by_delivery(&tenant, true).await, std::slice::from_ref(&event));

    // The delivery log: every attempt, newest first, with status and latency.
    let log: List<WebhookAttempt> = call(
        &tenant,
        Method::GET,
        &format!("/v1/webhook_endpoints/{}/attempts?event={event}&limit=100", endpoint.id),
    )
    .await;
    let statuses: Vec<Option<u16>> = log.data.iter().map(|a| a.status_code).collect();
    assert_eq!(
        statuses,
        [
            Some(200),
            Some(503),
            Some(503),
            Some(503),
            Some(503),
            Some(503),
            Some(503)
        ]
    );
    assert!(log.data[0].success && !log.data[1].success);
    assert_eq!(log.data[1].response_body.as_deref(), Some("receiver says hi"));
    assert!(log.data.iter().all(|a| a.latency_ms >= 0));
    assert_eq!(retrieve(&tenant, &endpoint.id).await.status.as_str(), "enabled");
}

#[tokio::test]
async fn an_endpoint_failing_the_whole_window_is_disabled_and_says_why() {
    let app = spawn_app_with(DISPATCHER_OFF).await;
    let tenant = app.tenant("Acme").await;
    let receiver = Receiver::start().await;
    receiver.answer(500);
    let endpoint = create_endpoint(&tenant, &receiver.url, &["*"]).await;
    tenant.create_customer("ada@example.com").await;
    let event = events_of(&tenant, "customer.created").await[0].id.to_string();
    let dispatcher = manual_dispatcher(&app, true);

    let start = Utc::now();
    let mut now = start;
    dispatcher.tick(now).await.expect("tick");
    while let (status, _, next) = delivery_row(&app, &event).await
        && status == "pending"
    {
        now = from_unix(next);
        dispatcher.tick(now).await.expect("tick");
    }
    let (status, attempts, _) = delivery_row(&app, &event).await;
    assert_eq!(
        (status.as_str(), attempts),
        ("failed", 14),
        "14 attempts, then given up"
    );
    let span = (now - start).num_hours();
    assert!(
        (60..=91).contains(&span),
        "the window lasted {span} h (about three days)"
    );
    let disabled = retrieve(&tenant, &endpoint.id).await;
    assert_eq!(
        (
            disabled.status.as_str(),
            disabled.disabled_reason.map(|reason| reason.as_str())
        ),
        ("disabled", Some("failing"))
    );
    let message = disabled.disabled_message.expect("a reason the tenant can read");
    assert!(message.contains("HTTP 500"), "{message}");
    assert_eq!(events_by_delivery(&tenant, false).await, [event]);
    assert_eq!(receiver.hits().len(), 14);
}

#[tokio::test]
async fn gone_disables_the_endpoint_and_retry_after_is_honoured() {
    let app = spawn_app_with(DISPATCHER_OFF).await;
    let tenant = app.tenant("Acme").await;
    let receiver = Receiver::start().await;
    receiver.answer_with(429, vec![("retry-after", "7200".into())], Duration::ZERO);
    let endpoint = create_endpoint(&tenant, &receiver.url, &["customer.created"]).await;
    tenant.create_customer("ada@example.com").await;
    let event = events_of(&tenant, "customer.created").await[0].id.to_string();
    let dispatcher = manual_dispatcher(&app, true);

    let now = Utc::now();
    dispatcher.tick(now).await.expect("tick");
    let (_, _, next) = delivery_row(&app, &event).await;
    assert_eq!(next - now.timestamp(), 7200, "Retry-After beats the 10 s step");
    assert_eq!(dispatcher.tick(from_unix(next - 1)).await.expect("tick").attempted, 0);

    receiver.answer(410);
    dispatcher.tick(from_unix(next)).await.expect("tick");
    let (status, attempts, _) = delivery_row(&app, &event).await;
    assert_eq!((status.as_str(), attempts), ("failed", 2));
    let gone = retrieve(&tenant, &endpoint.id).await;
    assert_eq!(
        (gone.status.as_str(), gone.disabled_reason.map(|reason| reason.as_str())),
        ("disabled", Some("gone"))
    );
    assert!(gone.disabled_message.expect("message").contains("410"));
    // Nothing more goes there.
    tenant.create_customer("bob@example.com").await;
    let later = dispatcher
        .tick(from_unix(next) + chrono::Duration::days(4))
        .await
        .expect("tick");
    assert_eq!(later.attempted, 0);
    assert_eq!(receiver.hits().len(), 2);
}

#[tokio::test]
async fn redirects_are_not_followed() {
    let app = spawn_app_with(DISPATCHER_OFF).await;
    let tenant = app.tenant("Acme").await;
    let elsewhere = Receiver::start().await;
    let receiver = Receiver::start().await;
    receiver.answer_with(307, vec![("location", elsewhere.url.clone())], Duration::ZERO);
    create_endpoint(&tenant, &receiver.url, &["customer.created"]).await;
    tenant.create_customer("ada@example.com").await;
    let event = events_of(&tenant, "customer.created").await[0].id.to_string();

    manual_dispatcher(&app, true).tick(Utc::now()).await.expect("tick");
    assert_eq!(receiver.hits().len(), 1);
    assert!(elsewhere.hits().is_empty(), "the redirect was followed");
    let (status, attempts, _) = delivery_row(&app, &event).await;
    assert_eq!(
        (status.as_str(), attempts),
        ("pending", 1),
        "a redirect is a failure, retried"
    );
}

// ---------------------------------------------------------------------------
// Target addresses
// ---------------------------------------------------------------------------

/// A host name that `/etc/hosts` maps to a loopback address (not `localhost`,
/// which URL validation already refuses by name).
fn loopback_host_name() -> Option<String> {
    let hosts = std::fs::read_to_string("/etc/hosts").ok()?;
    hosts.lines().find_map(|line| {
        let mut fields = line.split_whitespace();
        let ip = fields.next()?;
        if !ip.starts_with("127.") {
            return None;
        }
        fields
            .find(|name| !name.starts_with('#') && *name != "localhost" && !name.ends_with(".localhost"))
            .map(str::to_owned)
    })
}

#[tokio::test]
async fn private_loopback_and_link_local_targets_are_refused_without_the_setting() {
    let app = spawn_app_with(&[
        ("PAYLERA_WEBHOOKS_DISPATCHER", "off"),
        ("PAYLERA_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "false"),
    ])
    .await;
    let tenant = app.tenant("Acme").await;
    for url in [
        "http://127.0.0.1:9000/hooks",
        "http://localhost/hooks",
        "http://[::1]/hooks",
        "http://10.0.0.8/hooks",
        "http://192.168.1.20/hooks",
        "http://169.254.169.254/latest/meta-data",
        "http://[::ffff:127.0.0.1]/hooks",
        "http://0.0.0.0/hooks",
    ] {
        let err = tenant
            .api
            .post::<_, WebhookEndpoint>(
                "/v1/webhook_endpoints",
                &json!({"url": url, "enabled_events": ["*"]}),
                None,
            )
            .await
            .expect_err("refused");
        assert_eq!(err.status(), Some(400), "{url}");
        assert_eq!(err.envelope().expect("envelope").error.param.as_deref(), Some("url"));
    }

    // A name that resolves to loopback passes the shape check, but the dispatcher
    // checks what DNS answers and never connects.
    let Some(name) = loopback_host_name() else {
        eprintln!("SKIPPED the DNS half: no name in /etc/hosts maps to 127.0.0.0/8 besides localhost");
        return;
    };
    let receiver = Receiver::start().await;
    let port = receiver
        .url
        .split(':')
        .nth(2)
        .and_then(|p| p.split('/').next())
        .expect("port");
    let url = format!("http://{name}:{port}/hooks");
    let endpoint = create_endpoint(&tenant, &url, &["customer.created"]).await;
    tenant.create_customer("ada@example.com").await;
    let strict = manual_dispatcher(&app, false);
    let report = strict.tick(Utc::now()).await.expect("tick");
    assert_eq!(report.attempted, 1);
    assert!(
        receiver.hits().is_empty(),
        "the dispatcher connected to a loopback address"
    );
    let log: List<WebhookAttempt> = call(
        &tenant,
        Method::GET,
        &format!("/v1/webhook_endpoints/{}/attempts", endpoint.id),
    )
    .await;
    let error = log.data[0].error.clone().expect("an error");
    assert!(error.contains("loopback"), "{error}");

    // The same request with the test-mode setting goes through.
    let clients = webhook_http::Clients::new(Duration::from_secs(5)).expect("clients");
    let relaxed = paylera_api::domain::webhook::TargetPolicy {
        allow_private: true,
        https_only: false,
    };
    let response = webhook_http::send(
        &clients,
        relaxed,
        webhook_http::Request {
            url: &url,
            id: "evt_x",
            timestamp: 1,
            signature: "v1,x".into(),
            body: b"{}".to_vec(),
        },
    )
    .await;
    assert_eq!(response.status, Some(200), "{:?}", response.error);
}

// ---------------------------------------------------------------------------
// Isolation, timeouts, resend, rotation
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_slow_endpoint_never_delays_another_and_requests_time_out() {
    let app = spawn_app_with(&[
        ("PAYLERA_WEBHOOKS_TIMEOUT_SECS", "1"),
        ("PAYLERA_WEBHOOKS_PER_ENDPOINT_CONCURRENCY", "1"),
    ])
    .await;
    let tenant = app.tenant("Acme").await;
    let slow = Receiver::start().await;
    slow.answer_with(200, Vec::new(), Duration::from_secs(30));
    let fast = Receiver::start().await;
    let slow_endpoint = create_endpoint(&tenant, &slow.url, &["*"]).await;
    create_endpoint(&tenant, &fast.url, &["*"]).await;

    let started = Instant::now();
    for i in 0..5 {
        tenant.create_customer(&format!("c{i}@example.com")).await;
    }
    let fast_hits = fast.wait_for(5, Duration::from_secs(10)).await;
    assert_eq!(fast_hits.len(), 5);
    let slow_so_far = slow.hits().len();
    assert!(
        slow_so_far <= 3,
        "the fast endpoint waited for the slow one ({slow_so_far} slow attempts first, {:?})",
        started.elapsed()
    );

    // One at a time to the slow endpoint, each cut off after the 1 s timeout.
    let slow_hits = slow.wait_for(3, Duration::from_secs(15)).await;
    assert!(slow_hits.len() >= 3);
    for pair in slow_hits.windows(2) {
        let gap = pair[1].at - pair[0].at;
        assert!(
            gap >= Duration::from_millis(900),
            "two requests in flight to one endpoint ({gap:?})"
        );
    }
    let log: List<WebhookAttempt> = call(
        &tenant,
        Method::GET,
        &format!("/v1/webhook_endpoints/{}/attempts", slow_endpoint.id),
    )
    .await;
    let timed_out = log
        .data
        .iter()
        .find(|a| a.error.as_deref() == Some("timed out"))
        .expect("a timed-out attempt");
    assert!(
        (900..5000).contains(&timed_out.latency_ms),
        "timeout after {} ms",
        timed_out.latency_ms
    );
    assert_eq!(timed_out.status_code, None);
}

#[tokio::test]
async fn a_dead_endpoints_backlog_never_crowds_out_another_endpoint() {
    let app = spawn_app_with(DISPATCHER_OFF).await;
    let tenant = app.tenant("Acme").await;
    let (dead, alive) = (Receiver::start().await, Receiver::start().await);
    dead.answer(503);
    let dead_endpoint = create_endpoint(&tenant, &dead.url, &["customer.created"]).await;
    create_endpoint(&tenant, &alive.url, &["customer.created"]).await;
    for i in 0..30 {
        tenant.create_customer(&format!("c{i}@example.com")).await;
    }
    let dispatcher = Dispatcher::new(
        app.db.clone(),
        WebhookSettings {
            allow_private_targets: true,
            concurrency: 8,
            per_endpoint_concurrency: 4,
            ..WebhookSettings::default()
        },
        app.secrets().webhook_sealer().clone(),
    )
    .expect("dispatcher");
    let now = Utc::now();
    // Fan out, then make the dead endpoint's backlog the oldest work there is.
    dispatcher
        .tick(now - chrono::Duration::hours(2))
        .await
        .expect("fan-out only");
    sqlx::query("update webhook_deliveries set next_attempt_at = next_attempt_at - 3600 where endpoint_id = $1")
        .bind(&dead_endpoint.id)
        .execute(app.db.writer())
        .await
        .expect("older backlog");

    let report = dispatcher.tick(now).await.expect("tick");
    assert_eq!(report.attempted, 8, "the global limit");
    assert_eq!(dead.hits().len(), 4, "the dead endpoint's limit");
    assert_eq!(alive.hits().len(), 4, "the healthy endpoint got its share at once");
}

#[tokio::test]
async fn an_event_can_be_resent_to_an_endpoint() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let receiver = Receiver::start().await;
    let endpoint = create_endpoint(&tenant, &receiver.url, &["customer.created"]).await;
    tenant.create_customer("ada@example.com").await;
    assert_eq!(receiver.wait_for(1, Duration::from_secs(10)).await.len(), 1);
    let event = events_of(&tenant, "customer.created").await[0].id.to_string();

    let delivery: WebhookDelivery = tenant
        .api
        .post(
            &format!("/v1/webhook_endpoints/{}/resend", endpoint.id),
            &json!({"event": event}),
            None,
        )
        .await
        .expect("resent");
    assert_eq!((delivery.status.as_str(), delivery.attempts), ("pending", 0));
    let hits = receiver.wait_for(2, Duration::from_secs(10)).await;
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0].header("webhook-id"), hits[1].header("webhook-id"));
    assert_eq!(hits[1].body, hits[0].body, "the same event");

    let err = tenant
        .api
        .post::<_, WebhookDelivery>(
            &format!("/v1/webhook_endpoints/{}/resend", endpoint.id),
            &json!({"event": "evt_nope"}),
            None,
        )
        .await
        .expect_err("unknown event");
    assert_eq!(err.status(), Some(404));
}

#[tokio::test]
async fn a_test_event_goes_to_its_endpoint_only_and_is_delivered_like_any_other() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let (tested, other) = (Receiver::start().await, Receiver::start().await);
    let endpoint = create_endpoint(&tenant, &tested.url, &["*"]).await;
    create_endpoint(&tenant, &other.url, &["*"]).await;

    let delivery: WebhookDelivery = tenant
        .api
        .post(&format!("/v1/webhook_endpoints/{}/test", endpoint.id), &json!({}), None)
        .await
        .expect("a test event");
    assert_eq!(
        (delivery.status.as_str(), delivery.endpoint.as_str()),
        ("pending", endpoint.id.as_str())
    );
    let hits = tested.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(hits.len(), 1);
    let body: Value = serde_json::from_slice(&hits[0].body).expect("json");
    assert_eq!(body["type"], "webhook_endpoint.test");
    assert_eq!(body["data"]["object"]["id"], endpoint.id.as_str());
    assert!(body["data"]["object"]["secret"].is_null(), "never the secret: {body}");
    assert_eq!(hits[0].header("webhook-id"), delivery.event);
    assert!(hits[0].header("webhook-signature").starts_with("v1,"));
    // Another endpoint subscribed to everything gets nothing, even after the fan-out ran.
    tenant.create_customer("ada@example.com").await;
    assert_eq!(other.wait_for(1, Duration::from_secs(10)).await.len(), 1);
    let other_types: Vec<String> = other
        .hits()
        .iter()
        .map(|hit| serde_json::from_slice::<Value>(&hit.body).expect("json")["type"].to_string())
        .collect();
    assert_eq!(other_types, ["\"customer.created\""]);
    // The event is in the log like any other.
    assert_eq!(events_of(&tenant, "webhook_endpoint.test").await.len(), 1);

    let disabled: WebhookEndpoint = tenant
        .api
        .post(
            &format!("/v1/webhook_endpoints/{}", endpoint.id),
            &json!({"disabled": true}),
            None,
        )
        .await
        .expect("disabled");
    let err = tenant
        .api
        .post::<_, WebhookDelivery>(&format!("/v1/webhook_endpoints/{}/test", disabled.id), &json!({}), None)
        .await
        .expect_err("a disabled endpoint");
    assert_eq!(err.status(), Some(400));
    let err = tenant
        .api
        .post::<_, WebhookDelivery>("/v1/webhook_endpoints/we_nope/test", &json!({}), None)
        .await
        .expect_err("an unknown endpoint");
    assert_eq!(err.status(), Some(404));
}

#[tokio::test]
async fn a_rotated_secret_keeps_signing_beside_the_new_one_for_the_overlap() {
    let app = spawn_app_with(DISPATCHER_OFF).await;
    let tenant = app.tenant("Acme").await;
    let receiver = Receiver::start().await;
    let endpoint = create_endpoint(&tenant, &receiver.url, &["customer.created"]).await;
    let first = endpoint.secret.expect("secret");
    let rotated: WebhookEndpoint = tenant
        .api
        .post(
            &format!("/v1/webhook_endpoints/{}/rotate_secret", endpoint.id),
            &json!({"overlap_seconds": 120}),
            None,
        )
        .await
        .expect("rotated");
    let second = rotated.secret.expect("the new secret is shown");
    assert_ne!(first, second);
    assert!(rotated.previous_secret_expires_at.is_some());
    assert!(retrieve(&tenant, &endpoint.id).await.secret.is_none());

    tenant.create_customer("ada@example.com").await;
    let dispatcher = manual_dispatcher(&app, true);
    let now = Utc::now();
    dispatcher.tick(now).await.expect("tick");
    let hit = &receiver.hits()[0];
    assert_eq!(
        hit.header("webhook-signature").split(' ').count(),
        2,
        "both secrets sign"
    );
    verifier(&first)
        .verify(&hit.body, &http_headers(hit))
        .expect("the old secret verifies");
    verifier(&second)
        .verify(&hit.body, &http_headers(hit))
        .expect("the new secret verifies");

    // After the overlap only the new secret signs.
    let event = events_of(&tenant, "customer.created").await[0].id.to_string();
    tenant
        .api
        .post::<_, WebhookDelivery>(
            &format!("/v1/webhook_endpoints/{}/resend", endpoint.id),
            &json!({"event": event}),
            None,
        )
        .await
        .expect("resent");
    let after: DateTime<Utc> = now + chrono::Duration::seconds(180);
    dispatcher.tick(after).await.expect("tick");
    let hit = &receiver.hits()[1];
    let signatures: Vec<&str> = hit.header("webhook-signature").split(' ').collect();
    assert_eq!(signatures.len(), 1, "the old secret stopped signing");
    let key = paylera_api::domain::webhook::SigningSecret::parse(&second).expect("secret");
    let ts: i64 = hit.header("webhook-timestamp").parse().expect("ts");
    assert_eq!(ts, after.timestamp());
    assert_eq!(signatures[0], key.sign(&event, ts, &hit.body));
}

// ---------------------------------------------------------------------------
// Several dispatchers, and crashes
// ---------------------------------------------------------------------------

#[tokio::test]
async fn two_dispatchers_on_one_postgres_deliver_each_event_once_per_endpoint() {
    let app = spawn_app_with(DISPATCHER_OFF).await;
    if !app.database_url.starts_with("postgres") {
        eprintln!(
            "SKIPPED on SQLite: one writer per database; run with PAYLERA_TEST_DATABASE=postgres://… for this test"
        );
        return;
    }
    let tenant = app.tenant("Acme").await;
    let (a, b) = (Receiver::start().await, Receiver::start().await);
    create_endpoint(&tenant, &a.url, &["customer.created"]).await;
    create_endpoint(&tenant, &b.url, &["customer.created"]).await;
    let mut runners = Vec::new();
    for _ in 0..2 {
        let db = Db::connect(&secrecy::SecretString::from(app.database_url.clone()))
            .await
            .expect("second pool");
        let dispatcher = Dispatcher::new(
            db,
            WebhookSettings {
                allow_private_targets: true,
                ..WebhookSettings::default()
            },
            app.secrets().webhook_sealer().clone(),
        )
        .expect("dispatcher");
        let (keep_running, stop) = tokio::sync::watch::channel(false);
        runners.push((tokio::spawn(dispatcher.run_until(stop)), keep_running));
    }

    const N: usize = 120;
    let mut creators = tokio::task::JoinSet::new();
    for t in 0..6 {
        let api = tenant.api.clone();
        creators.spawn(async move {
            for i in (t..N).step_by(6) {
                api.create_customer(
                    &paylera_shared::customer::CreateCustomerRequest {
                        email: Some(format!("c{i}@example.com")),
                        ..Default::default()
                    },
                    None,
                )
                .await
                .expect("customer");
            }
        });
    }
    creators.join_all().await;
    for receiver in [&a, &b] {
        let hits = receiver.wait_for(N, Duration::from_secs(60)).await;
        assert_eq!(hits.len(), N, "every event arrived");
    }
    // Give a duplicate the chance to show up.
    tokio::time::sleep(Duration::from_millis(500)).await;
    for receiver in [&a, &b] {
        let hits = receiver.hits();
        let ids: HashSet<&str> = hits.iter().map(|h| h.header("webhook-id")).collect();
        assert_eq!((ids.len(), hits.len()), (N, N), "each event exactly once per endpoint");
    }
    for (runner, _keep_running) in runners {
        runner.abort();
    }
}

/// Starts the real binary against `database_url` on `port`.
#[tokio::test]
async fn killing_the_api_repeatedly_loses_no_event_and_delivers_every_one() {
    // The in-process app only prepares the database (its dispatcher is off).
    let app = spawn_app_with(DISPATCHER_OFF).await;
    let tenant = app.tenant("Acme").await;
    let receiver = Receiver::start().await;
    // A receiver that takes a moment, so kills also land while requests are in flight
    // (their claims expire after the 6 s lease and the events go out again).
    receiver.answer_with(200, Vec::new(), Duration::from_millis(40));
    create_endpoint(&tenant, &receiver.url, &["customer.created", "customer.updated"]).await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");

    // Customers act the whole time: create, then rename with a unique name.
    let acknowledged: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (acknowledged, stop, base, key) = (
            acknowledged.clone(),
            stop.clone(),
            base.clone(),
            tenant.secret_key.clone(),
        );
        tokio::spawn(async move {
            let http = reqwest::Client::builder()
                .timeout(Duration::from_secs(3))
                .build()
                .expect("client");
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                let created = http
                    .post(format!("{base}/v1/customers"))
                    .bearer_auth(&key)
                    .json(&json!({"email": format!("c{n}@example.com")}))
                    .send()
                    .await;
                let Ok(created) = created else {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    continue;
                };
                let Ok(customer) = created.json::<Value>().await else {
                    continue;
                };
                let Some(id) = customer["id"].as_str().map(str::to_owned) else {
                    continue;
                };
                acknowledged
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .push((id.clone(), String::new()));
                let name = format!("name-{n}");
                let renamed = http
                    .post(format!("{base}/v1/customers/{id}"))
                    .bearer_auth(&key)
                    .json(&json!({"name": name}))
                    .send()
                    .await;
                if renamed.is_ok_and(|r| r.status().is_success()) {
                    acknowledged
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .push((id, name));
                }
                // A customer's pace, not a load test: keeps the backlog small.
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        })
    };

    // The binary shares the in-process app's database and secrets, as every instance
    // of a cluster must: the endpoint's signing secret was sealed with its key.
    let start = || start_binary(&app, port, WEBHOOK_BINARY_ENV);
    let wait_healthy = || wait_healthy(&base);
    for round in 0..6u64 {
        let mut child = start();
        wait_healthy().await;
        tokio::time::sleep(Duration::from_millis(250 + 97 * round)).await;
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        eprintln!(
            "killed in round {round}: {} deliveries received so far",
            receiver.hits().len()
        );
    }
    let mut child = start();
    wait_healthy().await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    writer.await.expect("writer");

    // Every committed change has exactly one event.
    #[derive(sqlx::FromRow)]
    struct Row {
        id: String,
        #[sqlx(rename = "type")]
        kind: String,
        data: String,
    }
    let events: Vec<Row> = sqlx::query_as("select id, type, data from events where tenant_id = $1")
        .bind(&tenant.id)
        .fetch_all(app.db.reader())
        .await
        .expect("events");
    let customers: Vec<(String, Option<String>)> =
        sqlx::query_as("select id, name from customers where tenant_id = $1")
            .bind(&tenant.id)
            .fetch_all(app.db.reader())
            .await
            .expect("customers");
    let mut created: HashMap<String, usize> = HashMap::new();
    let mut renamed: HashMap<(String, String), usize> = HashMap::new();
    for event in &events {
        let data: Value = serde_json::from_str(&event.data).expect("data");
        let object = &data["object"];
        let id = object["id"].as_str().expect("object id").to_owned();
        match event.kind.as_str() {
            "customer.created" => *created.entry(id).or_default() += 1,
            "customer.updated" => {
                let name = object["name"].as_str().expect("name").to_owned();
                *renamed.entry((id, name)).or_default() += 1;
            }
            other => panic!("unexpected event {other}"),
        }
    }
    assert!(customers.len() >= 5, "the customers hardly acted ({})", customers.len());
    for (id, name) in &customers {
        assert_eq!(created.get(id), Some(&1), "customer {id} has one customer.created");
        if let Some(name) = name {
            assert_eq!(
                renamed.get(&(id.clone(), name.clone())),
                Some(&1),
                "its current name has one event"
            );
        }
    }
    assert!(renamed.values().all(|n| *n == 1), "a change with two events");
    for (id, name) in acknowledged.lock().unwrap_or_else(PoisonError::into_inner).iter() {
        if name.is_empty() {
            assert_eq!(created.get(id), Some(&1), "an acknowledged creation without its event");
        } else {
            assert_eq!(
                renamed.get(&(id.clone(), name.clone())),
                Some(&1),
                "an acknowledged rename without its event"
            );
        }
    }

    // Every event reaches the receiver at least once (a killed claim's lease is 6 s).
    let all: HashSet<String> = events.iter().map(|e| e.id.clone()).collect();
    let deadline = Instant::now() + Duration::from_secs(40);
    let missing = loop {
        let seen: HashSet<String> = receiver
            .hits()
            .iter()
            .map(|h| h.header("webhook-id").to_owned())
            .collect();
        let missing: Vec<&String> = all.difference(&seen).collect();
        if missing.is_empty() || Instant::now() > deadline {
            break missing.len();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    child.kill().expect("stopped");
    child.wait().expect("reaped");
    eprintln!(
        "crash test: {} customers, {} events, {} deliveries received ({} sent again after a kill)",
        customers.len(),
        all.len(),
        receiver.hits().len(),
        receiver.hits().len().saturating_sub(all.len())
    );
    assert_eq!(
        missing,
        0,
        "{missing} of {} events never reached the receiver",
        all.len()
    );
    assert!(receiver.hits().iter().all(|h| h.path == "/hooks"));
}

// ---------------------------------------------------------------------------
// Which events exist, from the API and from the portal
// ---------------------------------------------------------------------------

#[tokio::test]
async fn every_event_the_spec_lists_is_emitted_from_the_api_and_the_portal() {
    use paylera_shared::{
        catalog::CreateProductRequest,
        subscription::{CancelSubscriptionRequest, CreateSubscriptionRequest, Subscription, UpdateSubscriptionRequest},
    };

    let app = spawn_app_with(DISPATCHER_OFF).await;
    let tenant = app.tenant("Acme").await;
    let product = tenant
        .api
        .create_product(&CreateProductRequest {
            name: "Pro".into(),
            ..Default::default()
        })
        .await
        .expect("product");
    let price = tenant
        .api
        .create_price(&crate::helpers::price(product.id.as_str(), "usd", 1000, "month"))
        .await
        .expect("price");

    // The same journey through a client: the merchant's key, then a portal token.
    async fn journey(
        api: &paylera_shared::client::ApiClient,
        tenant: &TestTenant,
        customer: &str,
        price: &str,
        portal: bool,
    ) {
        let customer_id: paylera_shared::ids::CustomerId = customer.parse().expect("id");
        let customer_obj = tenant.api.retrieve_customer(&customer_id).await.expect("customer");
        let keep = tenant.add_card(&customer_obj, "4242424242424242").await;
        let subscription = tenant
            .api
            .create_subscription(
                &CreateSubscriptionRequest {
                    metadata: None,
                    customer: customer.into(),
                    price: price.into(),
                    quantity: None,
                    trial_period_days: None,
                },
                None,
            )
            .await
            .expect("subscription");
        drop(keep);
        // customer.payment_method_attached, then _detached
        let card: paylera_shared::payment_method::PaymentMethod = api
            .create_payment_method(&crate::helpers::card("5555555555554444", Some(&customer_obj)))
            .await
            .expect("card attached");
        api.detach_payment_method(&card.id).await.expect("card detached");
        // customer.updated (an address)
        api.update_customer(
            &customer_id,
            &paylera_shared::customer::UpdateCustomerRequest {
                address: paylera_shared::patch::Patch::Value(paylera_shared::customer::AddressParams {
                    line1: Some("10 Downing Street".into()),
                    city: Some("London".into()),
                    postal_code: Some("SW1A 2AA".into()),
                    country: Some("GB".into()),
                    ..Default::default()
                }),
                ..Default::default()
            },
        )
        .await
        .expect("address");
        if !portal {
            // customer.updated (a tax ID: the spec's "Address or tax ID changed")
            tenant
                .api
                .create_tax_id(
                    &customer_id,
                    &paylera_shared::tax_id::CreateTaxIdRequest {
                        kind: "us_ein".into(),
                        value: "12-3456789".into(),
                    },
                )
                .await
                .expect("tax id");
        }
        // subscription.updated, .canceled, .reactivated
        let _: Subscription = api
            .update_subscription(
                &subscription.id,
                &UpdateSubscriptionRequest {
                    metadata: None,
                    price: None,
                    quantity: Some(2),
                },
                None,
            )
            .await
            .expect("quantity changed");
        api.cancel_subscription(&subscription.id, &CancelSubscriptionRequest::default(), None)
            .await
            .expect("canceled at period end");
        api.reactivate_subscription(&subscription.id, None)
            .await
            .expect("reactivated");
    }

    let merchant_customer = tenant.create_customer("merchant@example.com").await;
    journey(
        &tenant.api,
        &tenant,
        merchant_customer.id.as_str(),
        price.id.as_str(),
        false,
    )
    .await;

    let portal_customer = tenant.create_customer("portal@example.com").await;
    let (_, token) = app.portal_token(&tenant, portal_customer.id.as_str()).await;
    let portal = app.anonymous().with_bearer(&token);
    journey(&portal, &tenant, portal_customer.id.as_str(), price.id.as_str(), true).await;
    let _: Value = portal
        .post("/v1/portal/sessions/complete", &json!({}), None)
        .await
        .expect("completed");

    let all = tenant
        .api
        .list_events(&EventFilter::default(), &ListParams::limit(100))
        .await
        .expect("events")
        .data;
    let mut table = String::new();
    let mut missing = Vec::new();
    for kind in [
        "subscription.updated",
        "subscription.canceled",
        "subscription.reactivated",
        "customer.payment_method_attached",
        "customer.payment_method_detached",
        "customer.updated",
        "portal.session.completed",
    ] {
        for source in ["api", "portal"] {
            if kind == "portal.session.completed" && source == "api" {
                continue;
            }
            let found = all.iter().any(|e| {
                e.kind.as_str() == kind
                    && (e.source == source || (kind == "portal.session.completed" && e.portal_session.is_some()))
            });
            table.push_str(&format!(
                "{kind:<36} {source:<7} {}\n",
                if found { "emitted" } else { "MISSING" }
            ));
            if !found {
                missing.push(format!("{kind} from {source}"));
            }
        }
    }
    // A tax ID change emits customer.updated with the tax IDs as previous_attributes.
    let tax_update = all.iter().any(|e| {
        e.kind == EventType::CustomerUpdated
            && e.data
                .previous_attributes
                .as_ref()
                .is_some_and(|p| p.get("tax_ids").is_some())
    });
    table.push_str(&format!(
        "{:<36} {:<7} {}\n",
        "customer.updated (tax ID)",
        "api",
        if tax_update { "emitted" } else { "MISSING" }
    ));
    eprintln!("{table}");
    assert!(tax_update, "a tax ID change must emit customer.updated");
    assert!(missing.is_empty(), "missing events: {missing:?}\n{table}");
    let completed = all
        .iter()
        .find(|e| e.kind == EventType::PortalSessionCompleted)
        .expect("completed");
    let summary = &completed.data.object["summary"];
    assert!(
        summary["counts"]["subscription.canceled"].as_i64() == Some(1),
        "the summary counts the session's actions: {summary}"
    );

    // The OpenAPI document's `webhooks` name every event type's object, and each event
    // sent here carries the object its type's entry names.
    let doc = app.openapi().await;
    let documented = |kind: &str| -> String {
        let reference = &doc["webhooks"][kind]["post"]["requestBody"]["content"]["application/json"]["schema"]["allOf"]
            [1]["properties"]["data"]["properties"]["object"]["$ref"];
        let schema = reference.as_str().unwrap_or_else(|| panic!("{kind} is documented"));
        let schema = schema.rsplit('/').next().unwrap_or_default().to_owned();
        assert!(
            doc["components"]["schemas"][&schema].is_object(),
            "{schema} is in the document"
        );
        schema
    };
    for kind in EventType::ALL {
        documented(kind.as_str());
    }
    for event in &all {
        let object = match documented(event.kind.as_str()).as_str() {
            "Customer" => "customer",
            "TaxId" => "tax_id",
            "PaymentMethod" => "payment_method",
            "Product" => "product",
            "Price" => "price",
            "Subscription" => "subscription",
            "Invoice" => "invoice",
            "CompletedPortalSession" => "portal.session",
            "WebhookEndpoint" => "webhook_endpoint",
            other => panic!("no object known for {other}"),
        };
        assert_eq!(event.data.object["object"], object, "{}", event.kind);
    }
}

// ---------------------------------------------------------------------------
// Draining on SIGTERM
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_sigterm_reports_not_ready_first_keeps_serving_then_finishes_the_webhook_attempt_in_flight() {
    let app = spawn_app_with(DISPATCHER_OFF).await;
    let tenant = app.tenant("Acme").await;
    let receiver = Receiver::start().await;
    // The merchant's endpoint takes 2 s to answer: the attempt is in flight when
    // the signal comes, and must still end recorded as delivered.
    receiver.answer_with(200, Vec::new(), Duration::from_secs(2));
    create_endpoint(&tenant, &receiver.url, &["customer.created"]).await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut env = WEBHOOK_BINARY_ENV.to_vec();
    env.extend([("PAYLERA_WEBHOOKS_TIMEOUT_SECS", "5"), ("PAYLERA_DRAIN_SECS", "1")]);
    let mut child = start_binary(&app, port, &env);
    wait_healthy(&base).await;
    let http = reqwest::Client::new();
    let customer: Value = http
        .post(format!("{base}/v1/customers"))
        .bearer_auth(&tenant.secret_key)
        .json(&json!({"email": "drain@example.com"}))
        .send()
        .await
        .expect("create")
        .json()
        .await
        .expect("customer");
    assert_eq!(
        receiver.wait_for(1, Duration::from_secs(10)).await.len(),
        1,
        "the attempt started"
    );

    let pid = child.id().to_string();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(killed.success());
    tokio::time::sleep(Duration::from_millis(200)).await;

    // Draining: not ready, yet every request is still served.
    let ready = http.get(format!("{base}/readyz")).send().await.expect("readyz");
    assert_eq!(ready.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(ready.json::<Value>().await.expect("json")["status"], "draining");
    let read = http
        .get(format!("{base}/v1/customers/{}", customer["id"].as_str().expect("id")))
        .bearer_auth(&tenant.secret_key)
        .send()
        .await
        .expect("read while draining");
    assert_eq!(
        read.status(),
        StatusCode::OK,
        "requests are served while the balancer notices"
    );

    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(started.elapsed() < Duration::from_secs(15), "the server did not stop");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "a drained server exits cleanly: {status}");
    assert!(
        http.get(format!("{base}/healthz")).send().await.is_err(),
        "the listener is closed after the drain"
    );
    let (event_id,): (String,) = sqlx::query_as("select event_id from webhook_deliveries limit 1")
        .fetch_one(app.db.reader())
        .await
        .expect("a delivery");
    let (state, attempts, _) = delivery_row(&app, &event_id).await;
    assert_eq!(
        (state.as_str(), attempts),
        ("succeeded", 1),
        "the attempt in flight finished and was recorded before exit"
    );
}

#[tokio::test]
async fn webhooks_are_sent_in_the_tenants_pinned_version() {
    let app = spawn_app().await;
    let tenant = app.tenant("Old").await;
    app.pin_api_version(&tenant, paylera_shared::version::ApiVersion::V2026_11_01)
        .await;
    let receiver = Receiver::start().await;
    create_endpoint(&tenant, &receiver.url, &["invoice.finalized"]).await;
    let customer = tenant.create_customer("ada@example.com").await;
    tenant.add_card(&customer, "4242424242424242").await;
    tenant.monthly_subscription(&customer, "usd", 1200).await;
    let hits = receiver.wait_for(1, Duration::from_secs(10)).await;
    let body: Value = serde_json::from_slice(&hits[0].body).expect("json");
    let invoice = &body["data"]["object"];
    assert_eq!(invoice["object"], "invoice");
    assert!(invoice["tax"].is_i64() && invoice.get("total_tax").is_none(), "{body}");
}
