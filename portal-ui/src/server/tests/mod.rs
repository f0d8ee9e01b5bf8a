//! In-process tests of the whole portal router: real HTTP to a stand-in API on a free
//! port, the portal itself called with `oneshot` (no socket).

use std::{net::SocketAddr, path::PathBuf};

use axum::{
    Json, Router,
    body::Body,
    http::{HeaderMap, Method, Request, StatusCode, Uri},
    response::{IntoResponse, Response},
    routing::{any, get},
};
use paylera_shared::{ErrorCode, ErrorEnvelope, ErrorType, health::Health};
use serde_json::{Value, json};
use tower::ServiceExt as _;

use super::{Settings, router, session::unix_now};

mod assets;
mod customer;
mod idempotency;
mod islands;
mod link;
mod observability;
mod return_to_merchant;
mod session;
mod stand_in;

/// A JWT-shaped token (unsigned: the portal never verifies signatures, the API does)
/// whose `exp` is `seconds` from now; `tag` makes it recognisable.
fn jwt_expiring_in(seconds: i64, tag: &str) -> String {
    use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};

    let exp = unix_now() + seconds;
    format!(
        "{}.{}.sig-{tag}",
        URL_SAFE_NO_PAD.encode(r#"{"alg":"HS256","typ":"JWT"}"#),
        URL_SAFE_NO_PAD.encode(format!(r#"{{"sub":"cus_1","sid":"ps_{tag}","exp":{exp}}}"#)),
    )
}

/// A stand-in for the Paylera API: `/readyz` answers `readiness`, `/v1/*` echoes the
/// request and answers with a few headers the proxy must (and must not) pass back.
async fn spawn_api(readiness: &'static str) -> SocketAddr {
    async fn echo(method: Method, uri: Uri, headers: HeaderMap, body: String) -> Response {
        let headers: serde_json::Map<String, Value> = headers
            .iter()
            .map(|(name, value)| (name.to_string(), Value::from(value.to_str().unwrap_or_default())))
            .collect();
        let echoed = json!({ "method": method.as_str(), "uri": uri.to_string(), "headers": headers, "body": body });
        (
            StatusCode::CREATED,
            [
                ("retry-after", "7"),
                ("idempotent-replayed", "true"),
                ("set-cookie", "api=secret"),
                ("x-internal", "do-not-leak"),
            ],
            Json(echoed),
        )
            .into_response()
    }

    let readyz = move || async move {
        let status = if readiness == "ok" {
            StatusCode::OK
        } else {
            StatusCode::SERVICE_UNAVAILABLE
        };
        let health = Health {
            status: readiness.to_owned(),
            service: "paylera-api".to_owned(),
            version: "0.1.0".to_owned(),
        };
        (status, Json(health))
    };
    let api = Router::new()
        .route("/readyz", get(readyz))
        .route("/v1/{*path}", any(echo));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind stand-in API");
    let addr = listener.local_addr().expect("stand-in API address");
    tokio::spawn(async move { axum::serve(listener, api).await });
    addr
}

/// A site root with a `pkg/` holding a fake bundle and its precompressed siblings
/// (one per test process, under the system's temp directory).
fn site_root() -> PathBuf {
    static ROOT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    ROOT.get_or_init(make_site_root).clone()
}

fn make_site_root() -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let root = std::env::temp_dir().join(format!("paylera-portal-test-{}-{nanos}", std::process::id()));
    let pkg = root.join("pkg");
    std::fs::create_dir_all(&pkg).expect("create pkg dir");
    std::fs::write(pkg.join("portal_bg.wasm"), b"\0asm\x01\0\0\0").expect("write wasm");
    std::fs::write(pkg.join("portal_bg.wasm.br"), b"pretend-brotli").expect("write br");
    std::fs::write(pkg.join("portal_bg.wasm.gz"), b"pretend-gzip").expect("write gz");
    std::fs::write(pkg.join("portal.js"), b"export default function () {}").expect("write js");
    root
}

fn portal(api: Option<SocketAddr>) -> Router {
    let settings = Settings {
        // Port 9 (discard) on loopback: nothing listens there.
        api_url: api.map_or_else(|| "http://127.0.0.1:9".to_owned(), |a| format!("http://{a}")),
        site_root: site_root(),
        ..Settings::default()
    };
    router(&settings).expect("router builds")
}

async fn call(app: Router, request: Request<Body>) -> (StatusCode, HeaderMap, String) {
    let response = app.oneshot(request).await.expect("infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = http_body_util::BodyExt::collect(response.into_body())
        .await
        .expect("body")
        .to_bytes();
    let html = without_page_texts(&String::from_utf8_lossy(&bytes));
    (status, headers, without_hydration_markers(&html))
}

/// `html` without the empty comments (`<!>`) that mark where a component's text ends
/// for hydration (with `erase_components`, after most text nodes): assertions are about
/// what the page says, not about those markers.
fn without_hydration_markers(html: &str) -> String {
    html.replace("<!>", "")
}

/// `html` without the texts it carries for the hydrated bundle (every text of the
/// locale, see `i18n::catalog::page_texts`), so assertions see what the page shows.
fn without_page_texts(html: &str) -> String {
    let open = format!(
        "<script type=\"application/json\" id=\"{}\"",
        crate::i18n::catalog::page_texts::ELEMENT_ID
    );
    match html.find(&open) {
        Some(start) => {
            let end = html[start..]
                .find("</script>")
                .map_or(html.len(), |end| start + end + "</script>".len());
            format!("{}{}", &html[..start], &html[end..])
        }
        None => html.to_owned(),
    }
}

fn get_request(path: &str) -> Request<Body> {
    Request::get(path).body(Body::empty()).expect("valid request")
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|value| value.to_str().ok())
}

fn nonce_of(csp: &str) -> &str {
    let start = csp.find("'nonce-").expect("a nonce in the CSP") + "'nonce-".len();
    let len = csp[start..].find('\'').expect("closing quote");
    &csp[start..start + len]
}

#[tokio::test]
async fn the_signed_out_home_page_is_rendered_whole_with_no_module_script_and_nothing_technical() {
    let api = spawn_api("ok").await;

    let (status, headers, html) = call(portal(Some(api)), get_request("/")).await;

    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert!(html.contains("Paylera customer portal</h1>"), "{html}");
    assert!(!html.contains("data-status") && !html.contains("API status"), "{html}");
    assert!(
        html.contains("<link rel=\"stylesheet\" href=\"/pkg/portal.css\">"),
        "{html}"
    );
    // No island on it: no module script, nothing to hydrate (see `islands`). What inline
    // scripts Leptos writes (resolved resources) carry the nonce.
    assert!(!html.contains("type=\"module\""), "{html}");
    let nonce = nonce_of(header(&headers, "content-security-policy").expect("CSP"));
    assert_eq!(
        html.matches("<script").count(),
        html.matches(&format!("<script nonce=\"{nonce}\">")).count(),
        "{html}"
    );
}

#[tokio::test]
async fn an_unknown_path_answers_404_with_the_not_found_page_and_security_headers() {
    let (status, headers, html) = call(portal(None), get_request("/no/such/page")).await;

    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Page not found</h1>"), "{html}");
    assert_eq!(header(&headers, "x-frame-options"), Some("DENY"));
    assert!(header(&headers, "request-id").is_some());
}

#[tokio::test]
async fn healthz_is_ok_and_readyz_follows_the_api() {
    let (status, headers, body) = call(portal(None), get_request("/healthz")).await;
    assert_eq!(status, StatusCode::OK);
    let health: Health = serde_json::from_str(&body).expect("health JSON");
    assert_eq!(
        (health.status.as_str(), health.service.as_str()),
        ("ok", "paylera-portal")
    );
    assert_eq!(header(&headers, "x-content-type-options"), Some("nosniff"));

    let (status, _, body) = call(portal(None), get_request("/readyz")).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        serde_json::from_str::<Health>(&body).expect("JSON").status,
        "unavailable"
    );

    let api = spawn_api("unavailable").await;
    let (status, _, _) = call(portal(Some(api)), get_request("/readyz")).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);

    let api = spawn_api("ok").await;
    let (status, _, body) = call(portal(Some(api)), get_request("/readyz")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(serde_json::from_str::<Health>(&body).expect("JSON").status, "ok");
}

#[tokio::test]
async fn pkg_files_are_served_precompressed_uncached_and_with_security_headers() {
    let app = portal(None);
    let request = |encoding: &str| {
        Request::get("/pkg/portal_bg.wasm")
            .header("accept-encoding", encoding)
            .body(Body::empty())
            .expect("valid request")
    };

    let (status, headers, body) = call(app.clone(), request("br, gzip")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "content-encoding"), Some("br"));
    assert_eq!(header(&headers, "content-type"), Some("application/wasm"));
    assert_eq!(header(&headers, "cache-control"), Some("no-cache"));
    assert!(header(&headers, "content-security-policy").is_some());
    assert_eq!(body, "pretend-brotli");

    let (_, headers, _) = call(app.clone(), request("gzip")).await;
    assert_eq!(header(&headers, "content-encoding"), Some("gzip"));

    let (_, headers, body) = call(app.clone(), request("identity")).await;
    assert_eq!(header(&headers, "content-encoding"), None);
    assert!(body.starts_with("\0asm"));

    let (status, headers, _) = call(app, get_request("/pkg/missing.js")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(header(&headers, "x-frame-options"), Some("DENY"));
}

#[tokio::test]
async fn the_proxy_forwards_only_the_listed_headers_both_ways_with_the_session_as_bearer() {
    let api = spawn_api("ok").await;
    let token = jwt_expiring_in(600, "fresh");
    let request = Request::post("/v1/customers/cus_1")
        .header("content-type", "application/json")
        .header("accept", "application/json")
        .header("authorization", "Bearer sk_test_123")
        .header("idempotency-key", "key-1")
        .header(
            "cookie",
            format!("theme=dark; __Host-paylera_session={token}; __Host-paylera_csrf=tok"),
        )
        .header("x-csrf-token", "tok")
        .header("x-forwarded-for", "203.0.113.9")
        .body(Body::from(r#"{"email":"a@b.c"}"#))
        .expect("valid request");

    let (status, headers, body) = call(portal(Some(api)), request).await;

    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(header(&headers, "retry-after"), Some("7"));
    assert_eq!(header(&headers, "idempotent-replayed"), Some("true"));
    assert_eq!(header(&headers, "content-type"), Some("application/json"));
    assert_eq!(header(&headers, "set-cookie"), None);
    assert_eq!(header(&headers, "x-internal"), None);
    assert_eq!(header(&headers, "x-frame-options"), Some("DENY"));

    let echoed: Value = serde_json::from_str(&body).expect("echo JSON");
    assert_eq!(echoed["method"], "POST");
    assert_eq!(echoed["uri"], "/v1/customers/cus_1");
    assert_eq!(echoed["body"], r#"{"email":"a@b.c"}"#);
    let sent = &echoed["headers"];
    // The session cookie's token, never the browser's own Authorization header.
    assert_eq!(sent["authorization"], format!("Bearer {token}"));
    assert_eq!(sent["idempotency-key"], "key-1");
    assert_eq!(sent["content-type"], "application/json");
    assert_eq!(sent["accept"], "application/json");
    assert_eq!(sent["request-id"], header(&headers, "request-id").expect("request id"));
    assert!(sent.get("cookie").is_none(), "{sent}");
    assert!(sent.get("x-csrf-token").is_none(), "{sent}");
    assert!(sent.get("x-forwarded-for").is_none(), "{sent}");
}

#[tokio::test]
async fn without_a_session_cookie_the_proxy_sends_no_credentials() {
    let api = spawn_api("ok").await;
    let request = Request::get("/v1/customers/cus_1")
        .header("authorization", "Bearer sk_test_123")
        .body(Body::empty())
        .expect("valid request");

    let (status, _, body) = call(portal(Some(api)), request).await;

    assert_eq!(status, StatusCode::CREATED);
    let echoed: Value = serde_json::from_str(&body).expect("echo JSON");
    assert!(echoed["headers"].get("authorization").is_none(), "{echoed}");
}

#[tokio::test]
async fn the_proxy_answers_502_in_the_api_envelope_when_the_api_is_down() {
    let (status, headers, body) = call(portal(None), get_request("/v1/prices")).await;

    assert_eq!(status, StatusCode::BAD_GATEWAY);
    assert_eq!(header(&headers, "x-frame-options"), Some("DENY"));
    let envelope: ErrorEnvelope = serde_json::from_str(&body).expect("envelope");
    assert_eq!(envelope.error.kind, ErrorType::ApiError);
    assert_eq!(envelope.error.code, ErrorCode::ServiceUnavailable);
    assert_eq!(envelope.error.param, None);
}

#[tokio::test]
async fn pages_speak_the_language_the_browser_asks_for() {
    let api = spawn_api("ok").await;
    let request = |path: &str, accept_language: &str| {
        Request::get(path)
            .header(http::header::ACCEPT_LANGUAGE, accept_language)
            .body(Body::empty())
            .expect("valid request")
    };

    let (status, _, html) = call(portal(Some(api)), request("/", "fr-CA,fr;q=0.9,en;q=0.8")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"fr\">"), "{html}");
    assert!(html.contains("Portail client Paylera</h1>"), "{html}");

    let (_, _, html) = call(portal(Some(api)), request("/", "ar")).await;
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");

    let (status, _, html) = call(portal(None), request("/nowhere", "de-DE")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Seite nicht gefunden</h1>"), "{html}");

    let (_, _, html) = call(portal(Some(api)), request("/", "xx, *")).await;
    assert!(html.contains("<html lang=\"en\">"), "{html}");
}

#[tokio::test]
async fn the_proxy_keeps_the_query_of_a_listed_get() {
    let api = spawn_api("ok").await;

    let (status, _, body) = call(
        portal(Some(api)),
        get_request("/v1/invoices?customer=cus_1&limit=10&starting_after=in_9"),
    )
    .await;

    assert_eq!(status, StatusCode::CREATED);
    let echoed: Value = serde_json::from_str(&body).expect("echo JSON");
    assert_eq!(
        echoed["uri"],
        "/v1/invoices?customer=cus_1&limit=10&starting_after=in_9"
    );
}

#[tokio::test]
async fn the_proxy_refuses_unlisted_and_hostile_paths_with_404_without_asking_the_api() {
    // No API at all: a path that reached it would answer 502, not 404.
    let app = portal(None);
    let token = jwt_expiring_in(600, "fresh");
    for (method, path) in [
        (Method::GET, "/v1/customers?limit=1"),
        (Method::GET, "/v1/openapi.json"),
        (Method::GET, "/v1/..%2fmetrics"),
        (Method::GET, "/v1/%2e%2e/docs"),
        (Method::GET, "/v1/invoices/in_1%2F..%2F..%2Fmetrics"),
        (Method::GET, "/v1/invoices//in_1"),
        (Method::GET, "/v1/invoices\\..\\metrics"),
        (Method::GET, "/v1/events"),
        (Method::POST, "/v1/portal/sessions/refresh"),
        (Method::POST, "/v1/portal/sessions/exchange"),
        (Method::POST, "/v1/portal/sessions/complete"),
        (Method::POST, "/v1/invoices/in_1/void"),
    ] {
        let request = Request::builder()
            .method(method.clone())
            .uri(path)
            .header(
                "cookie",
                format!("__Host-paylera_session={token}; __Host-paylera_csrf=tok"),
            )
            .header("x-csrf-token", "tok")
            .body(Body::empty())
            .expect("valid request");

        let (status, headers, body) = call(app.clone(), request).await;

        assert_eq!(status, StatusCode::NOT_FOUND, "{method} {path}");
        assert_eq!(header(&headers, "set-cookie"), None, "{method} {path}");
        let envelope: ErrorEnvelope = serde_json::from_str(&body).expect("envelope");
        assert_eq!(envelope.error.kind, ErrorType::InvalidRequestError);
        assert_eq!(envelope.error.code, ErrorCode::RouteNotFound, "{method} {path}");
    }
}
