//! The merchant dashboard's router in-process (`crate::dashboard`), with the layers of
//! its listener, against a stand-in API that knows one signed-in team member: its own
//! cookies and CSRF checks, its own origin, framing only for the preview.

use std::{
    net::SocketAddr,
    sync::{Arc, Mutex},
};

use axum::{
    Json, Router,
    body::Body,
    http::{Request, StatusCode, header},
    routing::{get, post},
};
use serde_json::json;

use tower::ServiceExt as _;

use crate::server::{Settings, app::with_common_layers, drain::Readiness};

const ORIGIN: &str = "http://127.0.0.1:3001";
const CSRF: &str = "dashboard-csrf-token-of-the-tests";
const SIGNED_IN: &str =
    "__Host-paylera_dashboard=dsh_test; __Host-paylera_dashboard_csrf=dashboard-csrf-token-of-the-tests";

/// A stand-in API: `dsh_test` is a signed-in owner of "Demo Store".
async fn spawn_api() -> SocketAddr {
    spawn_recording_api().await.0
}

/// [`spawn_api`], which also records every other request it is asked (and answers
/// `404` to them).
async fn spawn_recording_api() -> (SocketAddr, Arc<Mutex<Vec<String>>>) {
    let asked = Arc::new(Mutex::new(Vec::new()));
    let record = asked.clone();
    let owner = || {
        json!({
            "id": "usr_1", "object": "team_member", "email": "owner@demo-store.example", "name": null,
            "role": "owner", "totp_enabled": false, "created": "2030-01-01T00:00:00Z", "last_sign_in": null
        })
    };
    let session = move || async move {
        Json(json!({
            "id": "dss_1", "object": "dashboard.session", "tenant": "ten_1", "tenant_name": "Demo Store",
            "member": owner(),
            "expires_at": "2030-01-01T12:00:00Z", "absolute_expires_at": "2030-01-08T00:00:00Z"
        }))
    };
    let api = Router::new()
        .route("/v1/dashboard/session", get(session))
        .route(
            "/v1/dashboard/members/usr_1",
            axum::routing::delete(move || async move { Json(owner()) }),
        )
        .route("/v1/dashboard/session/sign_out", post(session))
        .fallback(move |uri: http::Uri| {
            record.lock().expect("not poisoned").push(uri.to_string());
            async { StatusCode::NOT_FOUND }
        });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a free port");
    let addr = listener.local_addr().expect("bound");
    tokio::spawn(async move { axum::serve(listener, api).await.expect("serves") });
    (addr, asked)
}

fn dashboard(api: SocketAddr) -> Router {
    let settings = Settings {
        api_url: format!("http://{api}"),
        // No bundle: the dashboard only links the portal's stylesheet.
        site_root: std::env::temp_dir(),
        ..Settings::default()
    };
    with_common_layers(
        super::router(&settings, &Readiness::default()).expect("router builds"),
        &settings,
    )
}

/// Calls `app` in-process: status, headers and the body as text.
async fn call(app: Router, request: Request<Body>) -> (StatusCode, http::HeaderMap, String) {
    let response = app.oneshot(request).await.expect("infallible");
    let (status, headers) = (response.status(), response.headers().clone());
    let bytes = http_body_util::BodyExt::collect(response.into_body())
        .await
        .expect("body")
        .to_bytes();
    (status, headers, String::from_utf8_lossy(&bytes).into_owned())
}

fn form_post(path: &str, cookie: &str, origin: &str, body: String) -> Request<Body> {
    Request::post(path)
        .header(header::COOKIE, cookie)
        .header(header::ORIGIN, origin)
        .header("sec-fetch-site", "same-origin")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .expect("request")
}

#[tokio::test]
async fn the_sign_in_page_sets_the_dashboards_own_csrf_cookie_and_is_never_framed() {
    let app = dashboard(spawn_api().await);
    let (status, headers, html) = call(app, Request::get("/sign-in").body(Body::empty()).expect("request")).await;
    assert_eq!(status, StatusCode::OK);
    let cookies: Vec<&str> = headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    assert!(
        cookies.iter().any(|c| c.starts_with("__Host-paylera_dashboard_csrf=")),
        "{cookies:?}"
    );
    assert!(
        !cookies.iter().any(|c| c.starts_with("__Host-paylera_csrf=")),
        "never the portal's cookie"
    );
    assert_eq!(headers[header::X_FRAME_OPTIONS], "DENY");
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().expect("ascii");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(html.contains("name=\"csrf\""), "the form carries the token");
    assert!(html.contains("<html lang=\"en\""), "{html}");
}

#[tokio::test]
async fn a_post_without_the_token_or_from_another_origin_is_refused_before_the_api_is_asked() {
    let app = dashboard(spawn_api().await);
    let no_token = form_post(
        "/sign-in",
        SIGNED_IN,
        ORIGIN,
        "email=a%40b.example&password=x".to_owned(),
    );
    assert_eq!(call(app.clone(), no_token).await.0, StatusCode::FORBIDDEN);
    let foreign = form_post(
        "/settings/portal/preview",
        SIGNED_IN,
        "http://127.0.0.1:3000",
        format!("csrf={CSRF}"),
    );
    let (status, _, html) = call(app.clone(), foreign).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the portal's origin is another origin");
    assert!(html.contains("data-problem"), "{html}");
    // The portal's CSRF cookie is no token here.
    let portal_cookie = form_post(
        "/settings/portal/preview",
        "__Host-paylera_dashboard=dsh_test; __Host-paylera_csrf=dashboard-csrf-token-of-the-tests",
        ORIGIN,
        format!("csrf={CSRF}"),
    );
    assert_eq!(call(app, portal_cookie).await.0, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn without_a_session_every_page_sends_the_browser_to_sign_in() {
    let app = dashboard(spawn_api().await);
    for path in [
        "/",
        "/settings/portal",
        "/settings/portal/preview",
        "/customers",
        "/customers/cus_1",
        "/portal-sessions",
        "/events",
        "/events/evt_1",
        "/webhooks",
        "/webhooks/we_1",
        "/api-keys",
    ] {
        let (status, headers, _) = call(app.clone(), Request::get(path).body(Body::empty()).expect("request")).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(headers[header::LOCATION], "/sign-in", "{path}");
    }
}

#[tokio::test]
async fn the_preview_draws_the_posted_form_with_the_portals_components_and_only_the_dashboard_may_frame_it() {
    let app = dashboard(spawn_api().await);
    let with_cancel = form_post(
        "/settings/portal/preview",
        SIGNED_IN,
        ORIGIN,
        format!(
            "csrf={CSRF}&subscription_cancel_enabled=on&subscription_update_enabled=on&business_name=Acme&accent_color=%23aa0000"
        ),
    );
    let (status, headers, html) = call(app.clone(), with_cancel).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert_eq!(headers[header::X_FRAME_OPTIONS], "SAMEORIGIN");
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().expect("ascii");
    assert!(csp.contains("frame-ancestors 'self'"), "{csp}");
    assert!(html.contains("/subscription/cancel?subscription=sub_preview"), "{html}");
    assert!(html.contains("/subscription/change?subscription=sub_preview"), "{html}");
    assert!(html.contains("Acme"), "{html}");
    assert!(html.contains("--accent:#aa0000"), "{html}");
    assert!(
        html.contains("<div inert"),
        "nothing in the preview can be used: {html}"
    );

    let without_cancel = form_post(
        "/settings/portal/preview",
        SIGNED_IN,
        ORIGIN,
        format!("csrf={CSRF}&subscription_update_enabled=on&accent_color=red%3C%2Fstyle%3E"),
    );
    let (status, _, html) = call(app, without_cancel).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains("/subscription/cancel"), "{html}");
    assert!(
        !html.contains("red</style>"),
        "a colour that is not one never reaches the style: {html}"
    );
}

#[tokio::test]
async fn the_language_switch_keeps_a_dashboard_language_and_goes_back_only_to_a_dashboard_path() {
    let app = dashboard(spawn_api().await);
    let choose = form_post(
        "/language",
        SIGNED_IN,
        ORIGIN,
        format!("csrf={CSRF}&locale=ja&back=%2F%2Fevil.example%2F"),
    );
    let (status, headers, _) = call(app.clone(), choose).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/");
    let cookie = headers[header::SET_COOKIE].to_str().expect("ascii");
    assert!(cookie.starts_with("__Host-paylera_dashboard_lang=ja;"), "{cookie}");

    let home = Request::get("/")
        .header(header::COOKIE, format!("{SIGNED_IN}; __Host-paylera_dashboard_lang=ja"))
        .body(Body::empty())
        .expect("request");
    let (status, _, html) = call(app, home).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(html.contains("<html lang=\"ja\""), "{html}");
}

fn signed_in_get(path: &str) -> Request<Body> {
    Request::get(path)
        .header(header::COOKIE, SIGNED_IN)
        .body(Body::empty())
        .expect("request")
}

#[tokio::test]
async fn an_id_that_is_not_one_is_not_found_before_the_api_is_asked() {
    let (api, asked) = spawn_recording_api().await;
    for path in [
        "/customers/..%2Fapi_keys",
        "/customers/cus_1%2F..%2F..%2Fapi_keys",
        "/customers/evt_1",
        "/webhooks/we_1%2Fattempts",
        "/webhooks/..",
        "/events/cus_1",
        "/events/evt_1%3Flimit=100",
    ] {
        let (status, headers, html) = call(dashboard(api), signed_in_get(path)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(headers[header::CACHE_CONTROL], "no-store", "{path}");
        assert!(html.contains("<h1"), "the dashboard's own page: {html}");
    }
    for path in [
        "/api-keys/key_1%2F..%2F..%2Fwebhook_endpoints/roll",
        "/team/members/cus_1",
        "/team/members/usr_1%2F..%2F..%2Fapi_keys/remove",
    ] {
        let (status, ..) = call(
            dashboard(api),
            form_post(path, SIGNED_IN, ORIGIN, format!("csrf={CSRF}&role=owner")),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(*asked.lock().expect("not poisoned"), Vec::<String>::new());

    // A well-formed id is asked for, exactly as given.
    let (status, ..) = call(dashboard(api), signed_in_get("/events/evt_1")).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "the stand-in knows no event");
    assert_eq!(*asked.lock().expect("not poisoned"), ["/v1/events/evt_1"]);
}

#[tokio::test]
async fn a_customer_id_searched_for_goes_to_its_page_and_every_page_is_never_stored() {
    let (api, asked) = spawn_recording_api().await;
    let (status, headers, _) = call(dashboard(api), signed_in_get("/customers?q=+cus_4fZq9+")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/customers/cus_4fZq9");
    assert_eq!(*asked.lock().expect("not poisoned"), Vec::<String>::new());
    let (_, headers, _) = call(
        dashboard(api),
        Request::get("/sign-in").body(Body::empty()).expect("request"),
    )
    .await;
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
}

/// A `multipart/form-data` post of `fields` (the logo upload's shape).
fn multipart_post(path: &str, fields: &[(&str, &str)]) -> Request<Body> {
    let boundary = "paylera-test-boundary";
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    Request::post(path)
        .header(header::COOKIE, SIGNED_IN)
        .header(header::ORIGIN, ORIGIN)
        .header("sec-fetch-site", "same-origin")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .expect("request")
}

#[tokio::test]
async fn an_upload_needs_the_dashboards_token_in_its_multipart_body() {
    let (api, asked) = spawn_recording_api().await;
    for fields in [
        &[("configuration", "bpc_1"), ("file", "not an image")][..],
        &[("csrf", "a-token-of-someone-else"), ("file", "not an image")][..],
    ] {
        let (status, ..) = call(dashboard(api), multipart_post("/settings/portal/logo", fields)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{fields:?}");
    }
    assert_eq!(*asked.lock().expect("not poisoned"), Vec::<String>::new());
    // With the token, the upload goes on to the API (which knows no configuration here).
    let (status, ..) = call(
        dashboard(api),
        multipart_post("/settings/portal/logo", &[("csrf", CSRF), ("file", "not an image")]),
    )
    .await;
    assert_ne!(status, StatusCode::FORBIDDEN);
    assert!(!asked.lock().expect("not poisoned").is_empty(), "the API was asked");
}

#[tokio::test]
async fn a_member_who_removes_themselves_goes_to_sign_in() {
    let (api, asked) = spawn_recording_api().await;
    let (status, headers, _) = call(
        dashboard(api),
        form_post("/team/members/usr_1/remove", SIGNED_IN, ORIGIN, format!("csrf={CSRF}")),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/sign-in");
    assert_eq!(*asked.lock().expect("not poisoned"), Vec::<String>::new());
}
