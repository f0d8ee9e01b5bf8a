//! Observability across instances: one request id and trace from the browser to the
//! API on every kind of call, `/metrics` on the admin listener only, and the drain.

use std::{
    net::SocketAddr,
    sync::{Arc, Mutex},
    time::Duration,
};

use axum::{
    Json, Router,
    body::Body,
    http::{HeaderMap, Request, StatusCode, request::Builder},
    routing::get,
};
use paylera_shared::health::Health;
use serde_json::Value;

use super::{
    Settings, call, header, portal, site_root, spawn_api,
    stand_in::{CSRF, GOOD_SECRET, ORIGIN, page_fetch, return_form, spawn_portal_api, with_cookies},
};
use crate::server::{Application, settings::Environment};

const TRACE_ID: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const BROWSER_SPAN: &str = "00f067aa0ba902b7";
const TRACEPARENT: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

/// `request` with the browser's correlation headers.
fn traced(request: Builder, id: &str) -> Builder {
    request
        .header("request-id", id)
        .header("traceparent", TRACEPARENT)
        .header("tracestate", "rojo=00f067aa0ba902b7")
}

fn text<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default()
}

/// The API got `id` and the browser's trace, continued with the portal's own span.
fn assert_correlated(headers: &HeaderMap, id: &str, what: &str) {
    assert_eq!(text(headers, "request-id"), id, "{what}: {headers:?}");
    let traceparent = text(headers, "traceparent");
    let parts: Vec<&str> = traceparent.split('-').collect();
    assert_eq!(parts.len(), 4, "{what}: {traceparent:?}");
    assert_eq!(parts[1], TRACE_ID, "{what}: the same trace");
    assert!(
        parts[2].len() == 16 && parts[2] != BROWSER_SPAN,
        "{what}: the portal's own span"
    );
    assert_eq!(text(headers, "tracestate"), "rojo=00f067aa0ba902b7", "{what}");
    assert_eq!(headers.get_all("request-id").iter().count(), 1, "{what}: one id only");
}

#[tokio::test]
async fn a_request_id_sent_to_the_portal_comes_back_and_reaches_the_api_on_a_page_render() {
    let (addr, api) = spawn_portal_api().await;
    let request = traced(
        with_cookies(Request::get("/address"), &api.issued, CSRF),
        "browser-req.1",
    )
    .body(Body::empty())
    .expect("valid request");

    let (status, headers, _) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "request-id"), Some("browser-req.1"));
    let calls = api.all_calls();
    let paths: Vec<&str> = calls.iter().map(|call| call.path.as_str()).collect();
    // The session fetched before the render (`Upstream`), and the page's own data
    // (the typed client in the render's context).
    assert!(paths.contains(&"/v1/portal/session"), "{paths:?}");
    assert!(paths.contains(&"/v1/customers/cus_1"), "{paths:?}");
    for call in &calls {
        assert_correlated(&call.headers, "browser-req.1", &call.path);
    }
}

#[tokio::test]
async fn the_link_exchange_the_proxy_and_return_to_merchant_pass_the_id_on() {
    let (addr, api) = spawn_portal_api().await;
    let app = portal(Some(addr));

    let exchange = traced(Request::post(format!("/p/{GOOD_SECRET}")), "exchange-1")
        .header("sec-fetch-site", "same-origin")
        .header("origin", ORIGIN)
        .body(Body::empty())
        .expect("valid request");
    let (status, headers, _) = call(app.clone(), exchange).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(header(&headers, "request-id"), Some("exchange-1"));

    let proxied = traced(
        page_fetch(http::Method::GET, "/v1/invoices?limit=3", &api.issued),
        "proxied-1",
    )
    .body(Body::empty())
    .expect("valid request");
    let (status, _, _) = call(app.clone(), proxied).await;
    assert_eq!(status, StatusCode::OK);

    let mut leave = return_form(&api.issued, CSRF, CSRF);
    for (name, value) in [
        ("request-id", "return-1"),
        ("traceparent", TRACEPARENT),
        ("tracestate", "rojo=00f067aa0ba902b7"),
    ] {
        leave.headers_mut().insert(name, value.parse().expect("header"));
    }
    let (status, _, _) = call(app, leave).await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    for (path, id) in [
        ("/v1/portal/sessions/exchange", "exchange-1"),
        ("/v1/invoices", "proxied-1"),
        ("/v1/portal/sessions/complete", "return-1"),
    ] {
        let calls = api.calls_to(path);
        assert_eq!(calls.len(), 1, "{path}: {:?}", api.all_calls());
        assert_correlated(&calls[0].headers, id, path);
    }
}

#[tokio::test]
async fn an_invalid_request_id_or_traceparent_is_replaced_and_the_replacement_reaches_the_api() {
    let api = spawn_api("ok").await;
    for bad in ["has spaces", "semi;colon", &"x".repeat(65)] {
        let request = Request::get("/v1/invoices?limit=1")
            .header("request-id", bad)
            .header("traceparent", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")
            .header("tracestate", "rojo=1")
            .body(Body::empty())
            .expect("valid request");

        let (_, headers, body) = call(portal(Some(api)), request).await;

        let id = header(&headers, "request-id").expect("a request id");
        assert!(id.starts_with("req_") && id.len() == 28, "{bad:?} became {id:?}");
        let sent = &serde_json::from_str::<Value>(&body).expect("echo")["headers"];
        assert_eq!(sent["request-id"], id, "the API got the replacement");
        let traceparent = sent["traceparent"].as_str().expect("a traceparent");
        assert!(
            paylera_shared::trace::TraceParent::parse(traceparent).is_ok(),
            "{traceparent}"
        );
        assert!(
            !traceparent.to_lowercase().contains(TRACE_ID),
            "an invalid one starts a new trace"
        );
        assert!(
            sent.get("tracestate").is_none(),
            "no tracestate without a valid traceparent"
        );
    }
}

/// A stand-in API whose `/readyz` answers `ok` and keeps the headers of every call.
async fn spawn_recording_readyz() -> (SocketAddr, Arc<Mutex<Vec<HeaderMap>>>) {
    let seen: Arc<Mutex<Vec<HeaderMap>>> = Arc::default();
    let record = seen.clone();
    let readyz = move |headers: HeaderMap| {
        let record = record.clone();
        async move {
            record.lock().expect("not poisoned").push(headers);
            Json(Health {
                status: "ok".to_owned(),
                service: "paylera-api".to_owned(),
                version: "0.1.0".to_owned(),
            })
        }
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    let app = Router::new().route("/readyz", get(readyz));
    tokio::spawn(async move { axum::serve(listener, app).await });
    (addr, seen)
}

#[tokio::test]
async fn readiness_checks_pass_the_id_on_from_the_probe() {
    let (addr, seen) = spawn_recording_readyz().await;
    // (Pages no longer ask the API whether it is ready: customers are shown their
    // billing, not our services.)
    for (path, id) in [("/readyz", "probe-1")] {
        let request = traced(Request::get(path), id)
            .body(Body::empty())
            .expect("valid request");
        let (status, _, _) = call(portal(Some(addr)), request).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        let seen = seen.lock().expect("not poisoned");
        let last = seen.last().expect("the API was asked");
        assert_correlated(last, id, path);
    }
}

/// A portal bound to free ports (public and admin) in front of `api`, draining for
/// `drain`, served until the returned sender fires.
async fn serve(
    api: &str,
    drain: Duration,
) -> (
    SocketAddr,
    SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<Result<(), crate::server::PortalError>>,
) {
    let settings = Settings {
        addr: SocketAddr::from(([127, 0, 0, 1], 0)),
        admin_addr: Some(SocketAddr::from(([127, 0, 0, 1], 0))),
        api_url: api.to_owned(),
        site_root: site_root(),
        instance: "portal-test-1".to_owned(),
        drain,
        ..Settings::default()
    };
    let app = Application::build(settings).await.expect("binds");
    let (public, admin) = (app.local_addr(), app.admin_addr().expect("an admin listener"));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(app.run_until(async {
        let _ = stopped.await;
    }));
    (public, admin, stop, running)
}

#[tokio::test]
async fn metrics_are_on_the_admin_listener_only_with_route_templates_and_api_calls() {
    // Nothing listens on the API's port: the proxied call fails upstream.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("address");
    let (public, admin, stop, _running) = serve(&format!("http://{closed}"), Duration::ZERO).await;
    let http = reqwest::Client::new();
    let secret = "Zq8sLink5ecretNeverALabel";

    let link = http
        .get(format!("http://{public}/p/{secret}"))
        .send()
        .await
        .expect("link page");
    assert_eq!(link.status(), StatusCode::OK);
    let proxied = http
        .get(format!("http://{public}/v1/prices"))
        .send()
        .await
        .expect("proxied");
    assert_eq!(proxied.status(), StatusCode::BAD_GATEWAY);
    let public_metrics = http.get(format!("http://{public}/metrics")).send().await.expect("sent");
    assert_eq!(
        public_metrics.status(),
        StatusCode::NOT_FOUND,
        "no /metrics on the public listener"
    );

    let scraped = http
        .get(format!("http://{admin}/metrics"))
        .send()
        .await
        .expect("metrics");
    assert_eq!(scraped.status(), StatusCode::OK);
    let text = scraped.text().await.expect("text");
    for series in [
        r#"http_requests_total{method="GET",route="/p/{*secret}",status="200"}"#,
        r#"http_requests_total{method="GET",route="/v1/{*path}",status="502"}"#,
        r#"http_requests_total{method="GET",route="unmatched",status="404"}"#,
        "http_request_duration_seconds_bucket{",
        "http_requests_in_flight ",
        r#"upstream_requests_total{status="error"}"#,
        "upstream_request_duration_seconds_bucket{",
        &format!(
            r#"paylera_build_info{{service="paylera-portal",version="{}",instance="portal-test-1"}} 1"#,
            env!("CARGO_PKG_VERSION")
        ),
        "paylera_draining ",
    ] {
        assert!(text.contains(series), "{series} missing from {text}");
    }
    assert!(!text.contains(secret), "a portal link never becomes a label");
    for probe in ["/healthz", "/readyz", "/nowhere"] {
        let answer = http.get(format!("http://{admin}{probe}")).send().await.expect("admin");
        let expected = match probe {
            "/healthz" => StatusCode::OK,
            "/readyz" => StatusCode::SERVICE_UNAVAILABLE,
            _ => StatusCode::NOT_FOUND,
        };
        assert_eq!(answer.status(), expected, "{probe}");
    }
    drop(stop);
}

#[tokio::test]
async fn draining_makes_readyz_503_on_both_listeners_while_other_routes_still_answer() {
    let api = spawn_api("ok").await;
    let (public, admin, stop, running) = serve(&format!("http://{api}"), Duration::from_secs(2)).await;
    let http = reqwest::Client::new();
    let readyz = |addr: SocketAddr| {
        let http = http.clone();
        async move {
            let answer = http.get(format!("http://{addr}/readyz")).send().await.expect("readyz");
            let status = answer.status();
            (status, answer.json::<Health>().await.expect("health").status)
        }
    };
    assert_eq!(readyz(public).await, (StatusCode::OK, "ok".to_owned()));
    assert_eq!(readyz(admin).await, (StatusCode::OK, "ok".to_owned()));

    stop.send(()).expect("still serving");
    tokio::time::sleep(Duration::from_millis(200)).await;

    for addr in [public, admin] {
        assert_eq!(
            readyz(addr).await,
            (StatusCode::SERVICE_UNAVAILABLE, "draining".to_owned()),
            "{addr}"
        );
    }
    let healthz = http
        .get(format!("http://{public}/healthz"))
        .send()
        .await
        .expect("healthz");
    assert_eq!(healthz.status(), StatusCode::OK, "other routes still answer");
    let page = http.get(format!("http://{public}/")).send().await.expect("page");
    assert_eq!(page.status(), StatusCode::OK, "pages still render");

    let stopped = tokio::time::timeout(Duration::from_secs(5), running)
        .await
        .expect("stops after the drain")
        .expect("no panic");
    assert!(stopped.is_ok(), "{stopped:?}");
    assert!(
        http.get(format!("http://{public}/healthz")).send().await.is_err(),
        "the listener is closed"
    );
}

#[test]
fn production_without_the_service_key_refuses_to_start_naming_the_variable() {
    let err =
        Settings::from_lookup(|name| (name == "PAYLERA_ENV").then(|| "production".to_owned())).expect_err("refused");
    assert!(err.to_string().contains("PAYLERA_SERVICE_KEY"), "{err}");
    assert_eq!(Settings::default().environment, Environment::Development);
}
