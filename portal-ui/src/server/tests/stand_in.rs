//! A stand-in for the API's portal-session endpoints that records every call it gets,
//! and the request helpers the session and link tests share.

use std::{
    net::SocketAddr,
    sync::{Arc, Mutex},
};

use axum::{
    Json, Router,
    body::Body,
    extract::State,
    http::{HeaderMap, Method, Request, StatusCode, Uri, request::Builder},
    response::{IntoResponse, Response},
    routing::{any, get, post},
};
use serde_json::{Value, json};

use super::jwt_expiring_in;

/// A link secret the stand-in exchanges successfully.
pub(super) const GOOD_SECRET: &str = "Gd7kQ2mZx9LpR4vT8nB3cY6wH1sJ5fA0";
/// Link secrets with a scripted failure.
pub(super) const LEGACY_USED_SECRET: &str = "used-link-answered-410";
pub(super) const THROTTLED_SECRET: &str = "throttled-link";
pub(super) const BROKEN_SECRET: &str = "api-breaks";
/// The return URL of the stand-in's sessions.
pub(super) const RETURN_URL: &str = "https://shop.example/account/billing?done=1";
/// The portal's origin in these tests (`Settings::default().public_url`).
pub(super) const ORIGIN: &str = "http://127.0.0.1:3000";
/// The CSRF token the tests' browser holds.
pub(super) const CSRF: &str = "csrf-token-of-the-test-browser-0";

/// One call the stand-in API received.
#[derive(Debug, Clone)]
pub(super) struct Received {
    pub(super) path: String,
    pub(super) authorization: Option<String>,
    pub(super) body: String,
    pub(super) headers: HeaderMap,
}

#[derive(Clone)]
pub(super) struct StandIn {
    pub(super) received: Arc<Mutex<Vec<Received>>>,
    /// The token the exchange hands out.
    pub(super) issued: String,
    /// What a refresh hands out.
    pub(super) refreshed: String,
    /// A token whose session has ended: refresh and every other call answer 401.
    pub(super) ended: String,
    /// Whether `GET /v1/portal/session` leaves out whose account it is (as an API
    /// without `customer_name`/`customer_email` does): the portal then fetches the
    /// customer.
    pub(super) unnamed_sessions: bool,
}

impl StandIn {
    pub(super) fn record(&self, uri: &Uri, headers: &HeaderMap, body: &str) {
        let received = Received {
            path: uri.path().to_owned(),
            authorization: headers
                .get("authorization")
                .and_then(|value| value.to_str().ok())
                .map(str::to_owned),
            body: body.to_owned(),
            headers: headers.clone(),
        };
        self.received.lock().expect("not poisoned").push(received);
    }

    pub(super) fn calls_to(&self, path: &str) -> Vec<Received> {
        self.received
            .lock()
            .expect("not poisoned")
            .iter()
            .filter(|call| call.path == path)
            .cloned()
            .collect()
    }

    pub(super) fn all_calls(&self) -> Vec<Received> {
        self.received.lock().expect("not poisoned").clone()
    }

    pub(super) fn is_ended(&self, headers: &HeaderMap) -> bool {
        headers
            .get("authorization")
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value == format!("Bearer {}", self.ended))
    }
}

fn envelope(status: StatusCode, kind: &str, code: &str, extra: Option<(&str, &str)>) -> Response {
    let mut error = json!({ "type": kind, "code": code, "message": "stand-in", "param": null });
    if let Some((name, value)) = extra {
        error[name] = Value::from(value);
    }
    (status, Json(json!({ "error": error }))).into_response()
}

fn unauthorized() -> Response {
    envelope(
        StatusCode::UNAUTHORIZED,
        "authentication_error",
        "portal_token_invalid",
        None,
    )
}

async fn exchange(State(api): State<StandIn>, uri: Uri, headers: HeaderMap, body: String) -> Response {
    api.record(&uri, &headers, &body);
    let secret = serde_json::from_str::<Value>(&body).expect("JSON body")["secret"]
        .as_str()
        .expect("a secret")
        .to_owned();
    match secret.as_str() {
        GOOD_SECRET => Json(json!({
            "token": api.issued,
            "token_expires_at": "2030-01-01T00:10:00Z",
            "session": session(),
        }))
        .into_response(),
        // What an older API answered for a used link: its `return_url` must not be shown.
        LEGACY_USED_SECRET => envelope(
            StatusCode::GONE,
            "invalid_request_error",
            "portal_link_expired",
            Some(("return_url", "https://evil.example/phish")),
        ),
        THROTTLED_SECRET => (
            [("retry-after", "30")],
            envelope(StatusCode::TOO_MANY_REQUESTS, "rate_limit_error", "rate_limited", None),
        )
            .into_response(),
        BROKEN_SECRET => envelope(StatusCode::INTERNAL_SERVER_ERROR, "api_error", "internal_error", None),
        _ => envelope(
            StatusCode::NOT_FOUND,
            "invalid_request_error",
            "portal_link_invalid",
            None,
        ),
    }
}

async fn refresh(State(api): State<StandIn>, uri: Uri, headers: HeaderMap, body: String) -> Response {
    api.record(&uri, &headers, &body);
    if api.is_ended(&headers) {
        return unauthorized();
    }
    Json(json!({ "token": api.refreshed, "token_expires_at": "2030-01-01T00:10:00Z" })).into_response()
}

async fn complete(State(api): State<StandIn>, uri: Uri, headers: HeaderMap, body: String) -> Response {
    api.record(&uri, &headers, &body);
    if api.is_ended(&headers) {
        return unauthorized();
    }
    Json(json!({ "return_url": RETURN_URL })).into_response()
}

/// `GET /v1/portal/session`: a French session whose configuration disables tax IDs
/// and invoices; 401 for an ended session.
async fn current_session(State(api): State<StandIn>, uri: Uri, headers: HeaderMap) -> Response {
    api.record(&uri, &headers, "");
    if api.is_ended(&headers) {
        return unauthorized();
    }
    let mut session = session();
    if api.unnamed_sessions
        && let Some(fields) = session.as_object_mut()
    {
        fields.remove("customer_name");
        fields.remove("customer_email");
    }
    Json(session).into_response()
}

/// The stand-in's portal session, as the API's contract has it.
fn session() -> Value {
    json!({
        "id": "ps_1", "object": "portal.session", "status": "opened", "customer_id": "cus_1",
        "return_url": RETURN_URL, "locale": "fr", "flow": null,
        "expires_at": "2026-11-25T12:00:00Z", "created": "2026-11-25T11:00:00Z",
        "session_expires_at": "2026-11-25T12:30:00Z",
        "customer_name": "Ada Lovelace", "customer_email": "ada@example.com",
        "configuration": {
            "subscription_update_enabled": false,
            "subscription_cancel_enabled": true,
            "payment_method_update_enabled": true,
            "invoice_history_enabled": false,
            "tax_id_update_enabled": false,
            "address_update_enabled": true,
            "business_name": "Boulangerie Dupont",
            "accent_color": "#0A7CFF",
            "text_color": "#FFFFFF",
        },
    })
}

/// Every other `/v1` call: 401 for an ended session, otherwise the request echoed.
async fn echo(State(api): State<StandIn>, method: Method, uri: Uri, headers: HeaderMap, body: String) -> Response {
    api.record(&uri, &headers, &body);
    if api.is_ended(&headers) {
        return unauthorized();
    }
    let authorization = headers.get("authorization").and_then(|value| value.to_str().ok());
    let mut echoed = json!({ "method": method.as_str(), "uri": uri.to_string(), "authorization": authorization });
    // Lists the overview reads: empty, as the API's contract has them.
    if method == Method::GET && matches!(uri.path(), "/v1/subscriptions" | "/v1/invoices") {
        return Json(json!({ "object": "list", "data": [], "has_more": false, "url": uri.path() })).into_response();
    }
    // The customer, as the API's contract has it (the header's "Signed in as"), with
    // the echo's fields too.
    if method == Method::GET && uri.path() == "/v1/customers/cus_1" {
        let customer = json!({
            "id": "cus_1", "object": "customer", "name": "Grace Hopper", "email": "grace@example.com",
            "phone": null, "address": null, "preferred_locales": [], "metadata": {},
            "invoice_settings": { "default_payment_method": null }, "tax_ids": [],
            "credit_balance": 0, "test_clock": null, "created": "2026-11-25T11:00:00Z",
        });
        if let (Some(echo), Some(fields)) = (echoed.as_object_mut(), customer.as_object()) {
            echo.extend(fields.clone());
        }
    }
    Json(echoed).into_response()
}

/// Starts the stand-in.
pub(super) async fn spawn_portal_api() -> (SocketAddr, StandIn) {
    spawn_portal_api_with_ended_token_expiring_in(600).await
}

/// Starts the stand-in; its ended-session token's `exp` is `seconds` from now.
pub(super) async fn spawn_portal_api_with_ended_token_expiring_in(seconds: i64) -> (SocketAddr, StandIn) {
    spawn(seconds, false).await
}

/// Starts a stand-in whose portal sessions do not say whose account they are.
pub(super) async fn spawn_portal_api_without_names() -> (SocketAddr, StandIn) {
    spawn(600, true).await
}

async fn spawn(ended_expiring_in: i64, unnamed_sessions: bool) -> (SocketAddr, StandIn) {
    let api = StandIn {
        received: Arc::default(),
        issued: jwt_expiring_in(600, "issued"),
        refreshed: jwt_expiring_in(600, "refreshed"),
        ended: jwt_expiring_in(ended_expiring_in, "ended"),
        unnamed_sessions,
    };
    let app = Router::new()
        .route("/v1/portal/sessions/exchange", post(exchange))
        .route("/v1/portal/sessions/refresh", post(refresh))
        .route("/v1/portal/sessions/complete", post(complete))
        .route("/v1/portal/session", get(current_session))
        .route("/v1/{*path}", any(echo))
        .with_state(api.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind stand-in API");
    let addr = listener.local_addr().expect("stand-in API address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    (addr, api)
}

pub(super) fn set_cookies(headers: &HeaderMap) -> Vec<String> {
    headers
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().expect("ASCII").to_owned())
        .collect()
}

pub(super) fn cookies_cleared(headers: &HeaderMap) -> bool {
    let cookies = set_cookies(headers);
    cookies.len() == 2
        && cookies
            .iter()
            .any(|c| c.starts_with("__Host-paylera_session=;") && c.ends_with("Max-Age=0"))
        && cookies
            .iter()
            .any(|c| c.starts_with("__Host-paylera_csrf=;") && c.ends_with("Max-Age=0"))
}

pub(super) fn with_cookies(builder: Builder, session: &str, csrf: &str) -> Builder {
    builder.header(
        "cookie",
        format!("__Host-paylera_session={session}; __Host-paylera_csrf={csrf}"),
    )
}

/// A same-origin `fetch` from the portal's page, as Chromium sends it.
pub(super) fn page_fetch(method: Method, path: &str, session: &str) -> Builder {
    with_cookies(Request::builder().method(method).uri(path), session, CSRF)
        .header("sec-fetch-site", "same-origin")
        .header("origin", ORIGIN)
        .header("content-type", "application/json")
}

/// The "Return to merchant" form posted from the portal's page, as Chromium sent it
/// when the pages were `no-referrer` (`Origin: null`), which must keep working.
pub(super) fn return_form(session: &str, cookie_csrf: &str, submitted_csrf: &str) -> Request<Body> {
    with_cookies(Request::post("/return"), session, cookie_csrf)
        .header("sec-fetch-site", "same-origin")
        .header("origin", "null")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(format!("csrf={submitted_csrf}")))
        .expect("valid request")
}
