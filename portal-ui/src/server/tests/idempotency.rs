//! The idempotency keys the portal sends: random, the form's own, never derived from an
//! id (`idempotency`), against a stand-in API that records the keys it receives.

use std::{
    net::SocketAddr,
    sync::{Arc, Mutex},
};

use axum::{
    Json, Router,
    body::Body,
    extract::State,
    http::{HeaderMap, Request, StatusCode},
    routing::{get, post},
};
use serde_json::json;

use super::{call, jwt_expiring_in, portal, stand_in::ORIGIN};
use crate::idempotency;

const CSRF: &str = "csrf-token-of-the-idempotency-test";

/// The `Idempotency-Key`s of the subscriptions the stand-in created.
type Keys = Arc<Mutex<Vec<Option<String>>>>;

/// A stand-in whose session may resubscribe, with one canceled subscription.
async fn spawn_api() -> (SocketAddr, Keys) {
    spawn_api_whose_subscription_is("canceled").await
}

/// The same stand-in, whose subscription `sub_1` has the status `ended` on the wire.
async fn spawn_api_whose_subscription_is(ended: &'static str) -> (SocketAddr, Keys) {
    let keys = Keys::default();
    let session = || async {
        Json(json!({
            "id": "ps_1", "object": "portal.session", "status": "opened", "customer_id": "cus_1",
            "return_url": "https://shop.example/", "locale": "en", "flow": null,
            "expires_at": "2030-01-01T00:00:00Z", "created": "2030-01-01T00:00:00Z",
            "configuration": { "subscription_update_enabled": true, "text_color": "#FFFFFF" },
        }))
    };
    let subscription = |status: &str| {
        json!({
            "id": "sub_1", "object": "subscription", "customer": "cus_1", "price": "price_1",
            "quantity": 2, "status": status,
            "current_period_start": "2030-01-01T00:00:00Z", "current_period_end": "2030-02-01T00:00:00Z",
            "trial_start": null, "trial_end": null, "cancel_at_period_end": false,
            "canceled_at": null, "ended_at": null, "cancellation_details": null,
            "pending_update": null, "latest_invoice": null, "created": "2030-01-01T00:00:00Z",
        })
    };
    let canceled = subscription(ended);
    let created = subscription("active");
    let reactivated = created.clone();
    let record = |keys: &Keys, headers: &HeaderMap| {
        let key = headers
            .get("idempotency-key")
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        keys.lock().expect("not poisoned").push(key);
    };
    let api = Router::new()
        .route("/v1/portal/session", get(session))
        .route("/v1/subscriptions/sub_1", get(move || async move { Json(canceled) }))
        .route(
            "/v1/subscriptions",
            post(move |State(keys): State<Keys>, headers: HeaderMap| async move {
                record(&keys, &headers);
                Json(created)
            }),
        )
        .route(
            "/v1/subscriptions/sub_1/reactivate",
            post(move |State(keys): State<Keys>, headers: HeaderMap| async move {
                record(&keys, &headers);
                Json(reactivated)
            }),
        )
        .with_state(keys.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind stand-in API");
    let addr = listener.local_addr().expect("stand-in API address");
    tokio::spawn(async move { axum::serve(listener, api).await });
    (addr, keys)
}

/// The hydrated page's call of `resubscribe`, with `form` as the form's fields.
fn resubscribe(form: &str) -> Request<Body> {
    server_call("resubscribe", form)
}

/// The hydrated page's call of the server function at `/api/{endpoint}`.
fn server_call(endpoint: &str, form: &str) -> Request<Body> {
    Request::post(format!("/api/{endpoint}"))
        .header(
            "cookie",
            format!(
                "__Host-paylera_session={}; __Host-paylera_csrf={CSRF}",
                jwt_expiring_in(600, "idem")
            ),
        )
        .header("sec-fetch-site", "same-origin")
        .header("origin", ORIGIN)
        .header("accept", "application/json")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(format!("csrf={CSRF}&subscription=sub_1{form}")))
        .expect("valid request")
}

#[tokio::test]
async fn resubscribing_sends_the_forms_random_key_so_a_double_submit_replays() {
    let (addr, keys) = spawn_api().await;
    let key = idempotency::new_key();

    for _ in 0..2 {
        let (status, _, body) = call(portal(Some(addr)), resubscribe(&format!("&idempotency_key={key}"))).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }

    let sent = keys.lock().expect("not poisoned").clone();
    assert_eq!(sent, vec![Some(key.clone()), Some(key)], "the same form, the same key");
}

#[tokio::test]
async fn reactivating_sends_the_forms_random_key_too() {
    let (addr, keys) = spawn_api().await;
    let key = idempotency::new_key();

    for _ in 0..2 {
        let request = server_call("reactivate_subscription", &format!("&idempotency_key={key}"));
        let (status, _, body) = call(portal(Some(addr)), request).await;
        assert!(status.is_success() || status.is_redirection(), "{status} {body}");
    }

    let sent = keys.lock().expect("not poisoned").clone();
    assert_eq!(sent, vec![Some(key.clone()), Some(key)], "the same form, the same key");
}

#[tokio::test]
async fn without_a_form_key_each_call_gets_a_fresh_random_key_never_one_made_of_ids() {
    let (addr, keys) = spawn_api().await;

    for form in ["", "&idempotency_key=portal-resubscribe-sub_1"] {
        let (status, _, body) = call(portal(Some(addr)), resubscribe(form)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }

    let sent: Vec<String> = keys.lock().expect("not poisoned").iter().flatten().cloned().collect();
    assert_eq!(sent.len(), 2);
    for key in &sent {
        assert!(idempotency::is_key(key), "{key}");
        assert!(!key.contains("sub_1"), "{key}");
    }
    assert_ne!(sent[0], sent[1]);
}

#[test]
fn the_key_field_renders_a_random_key() {
    // The form's field, as the page renders it: what the browser posts back.
    let html = leptos::prelude::Owner::new().with(|| {
        use leptos::prelude::*;
        let key = RwSignal::new(idempotency::new_key());
        view! { <idempotency::IdempotencyField key/> }.to_html()
    });
    let value = html
        .split("value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a value");
    assert!(html.contains(&format!("name=\"{}\"", idempotency::FIELD)), "{html}");
    assert!(idempotency::is_key(value), "{html}");
}

/// Statuses are a closed set typed in `paylera_shared`: one the portal does not know is
/// a problem it reports, never a panic and never a guess (here: acting on it).
#[tokio::test]
async fn a_status_the_portal_does_not_know_is_reported_as_a_problem_and_nothing_is_done() {
    let (addr, keys) = spawn_api_whose_subscription_is("suspended").await;

    let (status, _, body) = call(portal(Some(addr)), resubscribe("")).await;

    assert_eq!(status, StatusCode::BAD_GATEWAY, "{body}");
    assert!(body.contains("api_unreachable"), "{body}");
    assert!(
        keys.lock().expect("not poisoned").is_empty(),
        "no subscription was created"
    );
}
