//! Link secrets, portal tokens and the portal's service key never reach a log line,
//! even at `TRACE`.
//!
//! A test binary of its own: it installs the process-wide `tracing` subscriber before
//! anything logs, so every callsite (the request span of `tower-http` included) is
//! enabled for it. In the library's test binary, where tests run in parallel without a
//! subscriber, a thread-local one races with the callsite interest cache.

use std::{
    net::SocketAddr,
    sync::{Arc, Mutex, OnceLock},
};

use axum::{
    Json, Router,
    body::Body,
    http::{HeaderMap, Request, StatusCode},
    response::{IntoResponse, Response},
    routing::post,
};
use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use paylera_portal_ui::server::{Settings, router, session::unix_now, settings::ServiceKey};
use serde_json::{Value, json};
use tower::ServiceExt as _;

const GOOD_SECRET: &str = "LogTestGoodSecret0123456789abcdef";
const USED_SECRET: &str = "LogTestUsedSecret0123456789abcdef";
const UNKNOWN_SECRET: &str = "LogTestUnknownSecret0123456789ab";
/// The portal's service key, sent to the API with the customer's address.
const SERVICE_KEY: &str = "LogTestServiceKey0123456789abcdefghij";

/// Everything logged by the process.
fn logs() -> &'static Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        // The portal's own format (`telemetry::init`), at the most verbose level.
        tracing_subscriber::fmt()
            .json()
            .with_current_span(true)
            .with_span_list(true)
            .with_max_level(tracing::Level::TRACE)
            .with_writer(LogWriter(buffer.clone()))
            .init();
        buffer
    })
}

#[derive(Clone)]
struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for LogWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("not poisoned").extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for LogWriter {
    type Writer = Self;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

fn jwt(tag: &str, expires_in: i64) -> String {
    let exp = unix_now() + expires_in;
    format!(
        "{}.{}.signature-{tag}",
        URL_SAFE_NO_PAD.encode(r#"{"alg":"HS256","typ":"JWT"}"#),
        URL_SAFE_NO_PAD.encode(format!(r#"{{"sub":"cus_1","exp":{exp}}}"#)),
    )
}

/// The stand-in's portal session, as the API's contract has it.
fn session() -> Value {
    json!({
        "id": "ps_1", "object": "portal.session", "status": "opened", "customer_id": "cus_1",
        "return_url": "https://shop.example/billing", "locale": "en", "flow": null,
        "expires_at": "2030-01-01T00:00:00Z", "created": "2029-12-31T23:00:00Z",
        "session_expires_at": "2030-01-01T00:30:00Z",
        "customer_name": "Ada Lovelace", "customer_email": "ada@example.com",
        "configuration": {
            "subscription_update_enabled": true,
            "subscription_cancel_enabled": true,
            "payment_method_update_enabled": true,
            "invoice_history_enabled": true,
            "tax_id_update_enabled": true,
            "address_update_enabled": true,
            "business_name": "Boulangerie Dupont",
            "accent_color": "#0A7CFF",
            "text_color": "#FFFFFF",
        },
    })
}

/// A stand-in API: exchanges [`GOOD_SECRET`], reports [`USED_SECRET`] used, refreshes
/// and completes any session.
async fn spawn_api(issued: String, refreshed: String) -> SocketAddr {
    let exchange = move |body: String| {
        let issued = issued.clone();
        async move {
            let secret = serde_json::from_str::<Value>(&body).unwrap_or_default()["secret"].clone();
            if secret == GOOD_SECRET {
                Json(json!({ "token": issued, "token_expires_at": "2030-01-01T00:00:00Z", "session": session() }))
                    .into_response()
            } else if secret == USED_SECRET {
                let error = json!({ "error": { "type": "invalid_request_error", "code": "portal_link_expired",
                    "message": "used", "param": null, "return_url": "https://shop.example/billing" } });
                (StatusCode::GONE, Json(error)).into_response()
            } else {
                StatusCode::NOT_FOUND.into_response()
            }
        }
    };
    let refresh = move || {
        let refreshed = refreshed.clone();
        async move { Json(json!({ "token": refreshed, "token_expires_at": "2030-01-01T00:00:00Z" })) }
    };
    let complete = || async { Json(json!({ "return_url": "https://shop.example/billing" })) };
    let echo = |headers: HeaderMap| async move { (StatusCode::OK, format!("{}", headers.len())) };
    let api = Router::new()
        .route("/v1/portal/sessions/exchange", post(exchange))
        .route("/v1/portal/sessions/refresh", post(refresh))
        .route("/v1/portal/sessions/complete", post(complete))
        .route("/v1/customers/cus_1", axum::routing::get(echo));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, api).await });
    addr
}

async fn send(app: &Router, request: Request<Body>) -> Response {
    app.clone().oneshot(request).await.expect("infallible")
}

#[tokio::test]
async fn no_link_secret_or_portal_token_is_ever_logged() {
    let logs = logs();
    let issued = jwt("issued", 600);
    let expiring = jwt("expiring", 60);
    let refreshed = jwt("refreshed", 600);
    let api = spawn_api(issued.clone(), refreshed.clone()).await;
    let settings = Settings {
        api_url: format!("http://{api}"),
        site_root: std::env::temp_dir(),
        service_key: Some(ServiceKey::parse(SERVICE_KEY).expect("a valid key")),
        ..Settings::default()
    };
    let app = router(&settings).expect("router");

    for secret in [GOOD_SECRET, USED_SECRET, UNKNOWN_SECRET] {
        let response = send(&app, get(&format!("/p/{secret}"), None)).await;
        assert_eq!(response.status(), StatusCode::OK, "the hand-off page");
        let mut post = Request::post(format!("/p/{secret}"))
            .header("sec-fetch-site", "same-origin")
            .body(Body::empty())
            .expect("valid request");
        post.extensions_mut()
            .insert(axum::extract::ConnectInfo(SocketAddr::from((
                [198, 51, 100, 7],
                50_000,
            ))));
        let response = send(&app, post).await;
        assert!(response.status().is_redirection() || response.status().is_client_error());
    }
    let response = send(&app, get("/", Some(&issued))).await;
    assert_eq!(response.status(), StatusCode::OK);
    // A token due for refresh, through the proxy: the refresh and the call are logged
    // (at TRACE by hyper), the tokens are not.
    let response = send(&app, get("/v1/customers/cus_1", Some(&expiring))).await;
    assert_eq!(response.status(), StatusCode::OK);
    let form = Request::post("/return")
        .header(
            "cookie",
            format!("__Host-paylera_session={issued}; __Host-paylera_csrf=csrf-token"),
        )
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from("csrf=csrf-token"))
        .expect("valid request");
    let response = send(&app, form).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    let text = String::from_utf8_lossy(&logs.lock().expect("not poisoned")).into_owned();
    assert!(
        text.contains(r#""path":"/p/…""#),
        "the request span is logged, redacted: {text}"
    );
    assert!(text.contains("portal link exchanged"), "{text}");
    for secret in [GOOD_SECRET, USED_SECRET, UNKNOWN_SECRET, SERVICE_KEY] {
        assert!(!text.contains(secret), "secret {secret} logged: {text}");
    }
    for token in [&issued, &expiring, &refreshed] {
        let signature = token.rsplit('.').next().expect("three segments");
        assert!(!text.contains(signature), "a portal token was logged: {text}");
    }
}

fn get(path: &str, session: Option<&str>) -> Request<Body> {
    let mut request = Request::get(path);
    if let Some(token) = session {
        request = request.header("cookie", format!("__Host-paylera_session={token}"));
    }
    request.body(Body::empty()).expect("valid request")
}
