//! The portal session in-process: the cookies, CSRF on the `/v1` proxy, token refresh,
//! the signed-in home page and the server functions, against the stand-in API
//! (`stand_in`). Portal links are in `link`, `POST /return` in `return_to_merchant`.

use axum::{
    body::Body,
    http::{Method, Request, StatusCode, request::Builder},
};
use serde_json::Value;

use super::{
    call, get_request, header, jwt_expiring_in, portal,
    stand_in::{
        CSRF, ORIGIN, RETURN_URL, cookies_cleared, page_fetch, set_cookies, spawn_portal_api,
        spawn_portal_api_with_ended_token_expiring_in, with_cookies,
    },
};

// ---------------------------------------------------------------------------------
// The /v1 proxy: CSRF, bearer and refresh
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn a_page_fetch_with_the_csrf_token_is_forwarded_with_the_session_as_bearer() {
    let (addr, api) = spawn_portal_api().await;
    let request = page_fetch(Method::POST, "/v1/customers/cus_1", &api.issued)
        .header("x-csrf-token", CSRF)
        .body(Body::from("{}"))
        .expect("valid request");

    let (status, headers, body) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK, "{body}");
    let echoed: Value = serde_json::from_str(&body).expect("echo");
    assert_eq!(echoed["authorization"], format!("Bearer {}", api.issued));
    assert!(set_cookies(&headers).is_empty(), "a fresh token is not refreshed");
    assert!(api.calls_to("/v1/portal/sessions/refresh").is_empty());
}

#[tokio::test]
async fn a_get_needs_no_csrf_token() {
    let (addr, api) = spawn_portal_api().await;
    let request = Request::get("/v1/customers/cus_1")
        .header("cookie", format!("__Host-paylera_session={}", api.issued))
        .body(Body::empty())
        .expect("valid request");

    let (status, _, body) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK, "{body}");
    let echoed: Value = serde_json::from_str(&body).expect("echo");
    assert_eq!(echoed["authorization"], format!("Bearer {}", api.issued));
}

#[tokio::test]
async fn a_mutation_failing_any_csrf_check_is_refused_403_without_reaching_the_api() {
    let (addr, api) = spawn_portal_api().await;
    let session = api.issued.clone();
    let cases: Vec<(&str, Request<Body>)> = vec![
        (
            "no X-CSRF-Token",
            page_fetch(Method::POST, "/v1/customers/cus_1", &session)
                .body(Body::from("{}"))
                .expect("valid"),
        ),
        (
            "a different token",
            page_fetch(Method::DELETE, "/v1/customers/cus_1/tax_ids/txi_1", &session)
                .header("x-csrf-token", "another-token")
                .body(Body::empty())
                .expect("valid"),
        ),
        (
            "no CSRF cookie",
            Request::post("/v1/customers/cus_1")
                .header("cookie", format!("__Host-paylera_session={session}"))
                .header("x-csrf-token", CSRF)
                .body(Body::from("{}"))
                .expect("valid"),
        ),
        (
            "a cross-site fetch",
            with_cookies(Request::post("/v1/customers/cus_1"), &session, CSRF)
                .header("x-csrf-token", CSRF)
                .header("sec-fetch-site", "cross-site")
                .body(Body::from("{}"))
                .expect("valid"),
        ),
        (
            "a same-site fetch from a sibling subdomain",
            with_cookies(Request::post("/v1/customers/cus_1"), &session, CSRF)
                .header("x-csrf-token", CSRF)
                .header("sec-fetch-site", "same-site")
                .body(Body::from("{}"))
                .expect("valid"),
        ),
        (
            "another origin",
            with_cookies(Request::post("/v1/customers/cus_1"), &session, CSRF)
                .header("x-csrf-token", CSRF)
                .header("origin", "https://evil.example")
                .body(Body::from("{}"))
                .expect("valid"),
        ),
        (
            "an opaque origin",
            with_cookies(Request::post("/v1/customers/cus_1"), &session, CSRF)
                .header("x-csrf-token", CSRF)
                .header("origin", "null")
                .body(Body::from("{}"))
                .expect("valid"),
        ),
    ];

    for (case, request) in cases {
        let (status, headers, body) = call(portal(Some(addr)), request).await;

        assert_eq!(status, StatusCode::FORBIDDEN, "{case}");
        let envelope: Value = serde_json::from_str(&body).expect("envelope");
        assert_eq!(envelope["error"]["type"], "invalid_request_error", "{case}");
        assert_eq!(envelope["error"]["code"], "csrf_failed", "{case}");
        assert!(envelope["error"]["message"].is_string(), "{case}");
        assert_eq!(envelope["error"]["param"], Value::Null, "{case}");
        assert_eq!(header(&headers, "content-type"), Some("application/json"), "{case}");
    }
    assert!(api.all_calls().is_empty(), "{:?}", api.all_calls());
}

#[tokio::test]
async fn a_token_expiring_within_five_minutes_is_refreshed_first_and_the_new_one_stored() {
    let (addr, api) = spawn_portal_api().await;
    let expiring = jwt_expiring_in(120, "expiring");
    let request = Request::get("/v1/customers/cus_1")
        .header("cookie", format!("__Host-paylera_session={expiring}"))
        .body(Body::empty())
        .expect("valid request");

    let (status, headers, body) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK, "{body}");
    let refreshes = api.calls_to("/v1/portal/sessions/refresh");
    assert_eq!(refreshes.len(), 1);
    assert_eq!(refreshes[0].authorization, Some(format!("Bearer {expiring}")));
    let echoed: Value = serde_json::from_str(&body).expect("echo");
    assert_eq!(echoed["authorization"], format!("Bearer {}", api.refreshed));
    assert_eq!(
        set_cookies(&headers),
        vec![format!(
            "__Host-paylera_session={}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=7200",
            api.refreshed
        )]
    );
}

#[tokio::test]
async fn a_refused_refresh_passes_the_401_on_and_clears_both_cookies() {
    // An ended session's token, due for refresh.
    let (addr, api) = spawn_portal_api_with_ended_token_expiring_in(60).await;
    let request = page_fetch(Method::POST, "/v1/customers/cus_1", &api.ended)
        .header("x-csrf-token", CSRF)
        .body(Body::from("{}"))
        .expect("valid request");

    let (status, headers, body) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let envelope: Value = serde_json::from_str(&body).expect("envelope");
    assert_eq!(envelope["error"]["code"], "portal_token_invalid");
    assert!(cookies_cleared(&headers), "{:?}", set_cookies(&headers));
    assert_eq!(api.calls_to("/v1/portal/sessions/refresh").len(), 1);
    assert!(
        api.calls_to("/v1/customers/cus_1").is_empty(),
        "the request itself is not sent"
    );
}

#[tokio::test]
async fn a_401_from_the_api_to_the_sessions_token_clears_both_cookies() {
    let (addr, api) = spawn_portal_api().await;
    let request = Request::get("/v1/customers/cus_1")
        .header("cookie", format!("__Host-paylera_session={}", api.ended))
        .body(Body::empty())
        .expect("valid request");

    let (status, headers, _) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(cookies_cleared(&headers), "{:?}", set_cookies(&headers));
}

// ---------------------------------------------------------------------------------
// The home page
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn with_a_session_the_home_page_is_the_overview_in_the_sessions_locale_with_a_return_form() {
    let (addr, api) = spawn_portal_api().await;
    // The session's locale wins over the browser's.
    let request = with_cookies(Request::get("/"), &api.issued, CSRF)
        .header("accept-language", "de")
        .body(Body::empty())
        .expect("valid request");

    let (status, headers, html) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"fr\">"), "{html}");
    assert!(
        html.contains(r#"<span class="brand__name">Boulangerie Dupont</span>"#),
        "{html}"
    );
    assert!(html.contains(r#"data-signed-in="true""#), "{html}");
    // A section for each module the session enables, with its way to the module's page
    // (the navigation links them too); none for the others.
    for (href, title) in [
        ("/subscription", "Abonnement"),
        ("/payment-methods", "Moyens de paiement"),
        ("/address", "Adresse de facturation"),
    ] {
        assert!(html.contains(&format!(r#"href="{href}""#)), "{href}: {html}");
        assert!(
            html.contains(&format!("{title}</h2>")) || href == "/address",
            "{href}: {html}"
        );
    }
    for href in ["/invoices", "/tax-ids"] {
        assert!(!html.contains(&format!(r#"href="{href}""#)), "{href}: {html}");
    }
    // The customer's billing details, from the API.
    assert!(html.contains("Grace Hopper"), "{html}");
    assert!(html.contains("grace@example.com"), "{html}");
    assert!(
        !html.contains("API status") && !html.contains("data-status"),
        "nothing technical: {html}"
    );
    assert!(!html.contains("Factures"), "{html}");
    assert!(!html.contains("Numéros fiscaux"), "{html}");
    assert!(html.contains(r#"<form method="post" action="/return">"#), "{html}");
    assert_eq!(form_csrf(&html).map(|value| masks(&value, CSRF)), Some(true), "{html}");
    assert!(html.contains("Retour à Boulangerie Dupont</button>"), "{html}");
    assert_eq!(header(&headers, "cache-control"), Some("no-store"));
    assert!(set_cookies(&headers).is_empty(), "the CSRF cookie it has is kept");
    assert!(!html.contains(&api.issued), "the token never reaches the page");

    let fetched = api.calls_to("/v1/portal/session");
    assert_eq!(fetched.len(), 1);
    assert_eq!(fetched[0].authorization, Some(format!("Bearer {}", api.issued)));
}

#[tokio::test]
async fn with_an_ended_session_the_home_page_says_so_and_the_cookies_are_cleared() {
    let (addr, api) = spawn_portal_api().await;
    let request = with_cookies(Request::get("/"), &api.ended, CSRF)
        .body(Body::empty())
        .expect("valid request");

    let (status, headers, html) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert!(html.contains("data-session-ended=\"true\""), "{html}");
    assert!(html.contains("Your session has ended</h1>"), "{html}");
    assert!(!html.contains("data-signed-in"), "{html}");
    assert!(!html.contains("/return"), "{html}");
    assert!(!html.contains("overview__section"), "{html}");
    assert!(cookies_cleared(&headers), "{:?}", set_cookies(&headers));
    assert_eq!(api.calls_to("/v1/portal/session").len(), 1);
}

#[tokio::test]
async fn when_the_api_is_down_a_session_still_renders_signed_in_with_the_way_back() {
    let request = with_cookies(Request::get("/"), &jwt_expiring_in(600, "offline"), CSRF)
        .body(Body::empty())
        .expect("valid request");

    let (status, headers, html) = call(portal(None), request).await;

    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"data-signed-in="true""#), "{html}");
    assert!(html.contains("Return to merchant</button>"), "{html}");
    assert!(!html.contains("overview__section"), "{html}");
    // Says that something failed, in words (no status codes or service names).
    assert!(html.contains("data-problem"), "{html}");
    assert!(set_cookies(&headers).is_empty(), "the session is kept");
}

#[tokio::test]
async fn a_session_arriving_without_its_csrf_cookie_gets_a_new_one_in_the_cookie_and_the_form() {
    let (addr, api) = spawn_portal_api().await;
    // The first request after the cross-site redirect chain: only the Lax cookie comes.
    let request = Request::get("/")
        .header("cookie", format!("__Host-paylera_session={}", api.issued))
        .body(Body::empty())
        .expect("valid request");

    let (status, headers, html) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK);
    let cookies = set_cookies(&headers);
    assert_eq!(cookies.len(), 1, "{cookies:?}");
    let token = cookies[0]
        .strip_prefix("__Host-paylera_csrf=")
        .and_then(|rest| rest.strip_suffix("; Path=/; Secure; SameSite=Strict"))
        .unwrap_or_else(|| panic!("a CSRF cookie: {}", cookies[0]));
    assert_eq!(token.len(), 32);
    assert_eq!(form_csrf(&html).map(|value| masks(&value, token)), Some(true), "{html}");
}

/// The CSRF value of the page's first form.
fn form_csrf(html: &str) -> Option<String> {
    let start = html.find(r#"name="csrf" value=""#)? + r#"name="csrf" value=""#.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}

/// Whether a page's CSRF `value` is `token` masked: accepted, and not the token itself
/// (a page carries it masked afresh, so a compressed page does not reveal it).
fn masks(value: &str, token: &str) -> bool {
    value != token && !value.contains(token) && crate::server::csrf::matches_token(value, token)
}

#[tokio::test]
async fn pages_are_compressed_and_never_carry_the_csrf_token_itself() {
    let (addr, api) = spawn_portal_api().await;
    let page = || {
        with_cookies(Request::get("/"), &api.issued, CSRF)
            .header("accept-encoding", "br, gzip")
            .body(Body::empty())
            .expect("valid request")
    };
    let mut values = Vec::new();
    for _ in 0..2 {
        let response = tower::ServiceExt::oneshot(portal(Some(addr)), page())
            .await
            .expect("infallible");
        assert_eq!(header(response.headers(), "content-encoding"), Some("br"));
        let compressed = http_body_util::BodyExt::collect(response.into_body())
            .await
            .expect("body")
            .to_bytes();
        let mut html = String::new();
        std::io::Read::read_to_string(&mut brotli::Decompressor::new(compressed.as_ref(), 4096), &mut html)
            .expect("brotli");
        assert!(!html.contains(CSRF), "the token itself is in the page");
        values.push(form_csrf(&html).expect("a form"));
    }
    assert_ne!(values[0], values[1], "masked afresh for every page");
    assert!(values.iter().all(|value| masks(value, CSRF)));
}

#[tokio::test]
async fn without_a_session_the_home_page_is_the_introduction() {
    let (addr, _api) = spawn_portal_api().await;

    let (status, headers, html) = call(portal(Some(addr)), get_request("/")).await;

    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Paylera customer portal</h1>"), "{html}");
    assert!(!html.contains("data-signed-in"), "{html}");
    assert!(!html.contains("/return"), "{html}");
    assert!(set_cookies(&headers).is_empty());
}

// ---------------------------------------------------------------------------------
// /api/* server functions
// ---------------------------------------------------------------------------------

/// "Stay signed in" posted by the hydrated page (`fetch`, form-encoded arguments).
fn keep_alive_fetch(session: &str, cookie_csrf: &str) -> Builder {
    with_cookies(Request::post("/api/keep_alive"), session, cookie_csrf)
        .header("sec-fetch-site", "same-origin")
        .header("origin", ORIGIN)
        .header("accept", "application/json")
        .header("content-type", "application/x-www-form-urlencoded")
}

#[tokio::test]
async fn a_server_function_post_without_the_csrf_token_never_runs() {
    let (addr, api) = spawn_portal_api().await;
    let session = api.issued.clone();
    let cases: Vec<(&str, Request<Body>)> = vec![
        (
            "no csrf field",
            keep_alive_fetch(&session, CSRF).body(Body::from("")).expect("valid"),
        ),
        (
            "a different token",
            keep_alive_fetch(&session, CSRF)
                .body(Body::from("csrf=another-token"))
                .expect("valid"),
        ),
        (
            "a cross-site post with the right token",
            with_cookies(Request::post("/api/keep_alive"), &session, CSRF)
                .header("sec-fetch-site", "cross-site")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(format!("csrf={CSRF}")))
                .expect("valid"),
        ),
    ];
    for (case, request) in cases {
        let (status, _headers, body) = call(portal(Some(addr)), request).await;

        assert_eq!(status, StatusCode::FORBIDDEN, "{case}: {body}");
        let problem: Value = serde_json::from_str(&body).expect("a Problem");
        assert_eq!(problem["code"], "csrf_failed", "{case}");
    }
    assert!(api.all_calls().is_empty(), "{:?}", api.all_calls());
}

#[tokio::test]
async fn a_form_posted_without_javascript_failing_the_csrf_check_goes_back_to_its_page_saying_why() {
    let (addr, api) = spawn_portal_api().await;
    let request = with_cookies(Request::post("/api/keep_alive"), &api.issued, CSRF)
        .header("sec-fetch-site", "same-origin")
        .header("accept", "text/html,application/xhtml+xml")
        .header("referer", format!("{ORIGIN}/address"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from("csrf=stale-token"))
        .expect("valid");

    let (status, headers, _body) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::SEE_OTHER);
    let location = header(&headers, "location").expect("a redirect");
    assert!(
        location.starts_with("/address?__path=%2Fapi%2Fkeep_alive&__err="),
        "{location}"
    );
    assert!(api.all_calls().is_empty(), "{:?}", api.all_calls());
}

#[tokio::test]
async fn a_server_function_post_with_the_csrf_token_runs_with_the_session_as_bearer() {
    let (addr, api) = spawn_portal_api().await;
    let request = keep_alive_fetch(&api.issued, CSRF)
        .body(Body::from(format!("csrf={CSRF}")))
        .expect("valid");

    let (status, _headers, body) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK, "{body}");
    let fetched = api.calls_to("/v1/portal/session");
    assert_eq!(fetched.len(), 1, "{:?}", api.all_calls());
    assert_eq!(fetched[0].authorization, Some(format!("Bearer {}", api.issued)));
}

#[tokio::test]
async fn a_failed_server_function_answers_the_page_with_its_problems_status_not_500() {
    let (addr, api) = spawn_portal_api().await;
    let request = keep_alive_fetch(&api.ended, CSRF)
        .body(Body::from(format!("csrf={CSRF}")))
        .expect("valid");

    let (status, headers, body) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    let problem: Value = serde_json::from_str(&body).expect("a Problem");
    assert_eq!(problem["code"], "session_ended");
    assert!(cookies_cleared(&headers), "{:?}", set_cookies(&headers));
}

#[tokio::test]
async fn a_failed_form_posted_without_javascript_still_goes_back_to_its_page() {
    use base64::Engine as _;
    let (addr, api) = spawn_portal_api().await;
    let request = with_cookies(Request::post("/api/keep_alive"), &api.ended, CSRF)
        .header("sec-fetch-site", "same-origin")
        .header("accept", "text/html,application/xhtml+xml")
        .header("referer", format!("{ORIGIN}/address"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(format!("csrf={CSRF}")))
        .expect("valid");

    let (status, headers, _body) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::FOUND);
    let location = header(&headers, "location").expect("a redirect");
    // The problem travels base64-encoded in the query, for the page to show.
    let problem = base64::engine::general_purpose::STANDARD.encode(r#"{"code":"session_ended"}"#);
    assert!(
        location.ends_with(&format!("/address?__path=%2Fapi%2Fkeep_alive&__err={problem}")),
        "{location}"
    );
}

#[tokio::test]
async fn an_ended_session_offers_the_way_back_kept_in_the_return_cookie() {
    use base64::Engine as _;
    let (addr, api) = spawn_portal_api().await;
    let return_cookie = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(RETURN_URL);
    let request = Request::get("/")
        .header(
            "cookie",
            format!(
                "__Host-paylera_session={}; __Host-paylera_return={return_cookie}",
                api.ended
            ),
        )
        .body(Body::empty())
        .expect("valid request");

    let (status, _headers, html) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Your session has ended</h1>"), "{html}");
    assert!(html.contains(&format!("href=\"{RETURN_URL}\"")), "{html}");
    assert!(html.contains("Return to shop.example</a>"), "{html}");
}

#[tokio::test]
async fn a_module_page_asks_the_api_for_its_data_once_per_render() {
    for (page, data) in [
        ("/address", "/v1/customers/cus_1"),
        ("/subscription/cancel?subscription=sub_1", "/v1/subscriptions/sub_1"),
    ] {
        let (addr, api) = spawn_portal_api().await;
        let request = with_cookies(Request::get(page), &api.issued, CSRF)
            .body(Body::empty())
            .expect("valid request");

        let (status, _, html) = call(portal(Some(addr)), request).await;

        // The stand-in's echo is not what the page expects, so it shows a problem:
        // what counts here is how often the API was asked.
        assert_eq!(status, StatusCode::OK, "{page}: {html}");
        assert_eq!(api.calls_to(data).len(), 1, "{page}: {:?}", api.all_calls());
    }
}
