//! Portal links in-process: `GET /p/{secret}` (the hand-off page, which asks the API
//! nothing), `POST /p/{secret}` (the exchange), the one page of a link that does not
//! work, the customer's address passed on with the service key, and the signed-in
//! header naming the account.

use std::net::SocketAddr;

use axum::{
    Router,
    body::Body,
    extract::ConnectInfo,
    http::{Request, StatusCode, request::Builder},
};
use serde_json::{Value, json};

use super::{
    Settings, call, get_request, header, nonce_of, portal, router, site_root,
    stand_in::{
        BROKEN_SECRET, CSRF, GOOD_SECRET, LEGACY_USED_SECRET, ORIGIN, RETURN_URL, THROTTLED_SECRET, set_cookies,
        spawn_portal_api, spawn_portal_api_without_names, with_cookies,
    },
};
use crate::server::{client_ip::TrustedProxies, settings::ServiceKey};

/// A key the tests' portal shows the API.
const SERVICE_KEY: &str = "portal-service-key-0123456789abcdef";

/// The hand-off page's form post, as Chromium sends it from the portal's own page
/// (`Referrer-Policy: no-referrer`, so `Origin: null`).
fn handoff_post(secret: &str) -> Builder {
    Request::post(format!("/p/{secret}"))
        .header("sec-fetch-site", "same-origin")
        .header("origin", "null")
        .header("content-type", "application/x-www-form-urlencoded")
}

fn post(secret: &str) -> Request<Body> {
    handoff_post(secret).body(Body::empty()).expect("valid request")
}

/// The return cookie the stand-in's session leaves: its return URL, business name and logo.
fn return_cookie() -> String {
    use base64::Engine as _;
    let kept = json!({"url": RETURN_URL, "business": "Boulangerie Dupont", "logo": "https://cdn.example/dupont.png"});
    format!(
        "__Host-paylera_return={}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(kept.to_string())
    )
}

/// A return cookie written before it held JSON: the bare return URL.
fn legacy_return_cookie() -> String {
    use base64::Engine as _;
    format!(
        "__Host-paylera_return={}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(RETURN_URL)
    )
}

// ---------------------------------------------------------------------------------
// GET: the hand-off page
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn a_get_answers_the_hand_off_page_and_never_asks_the_api() {
    let (addr, api) = spawn_portal_api().await;
    let app = portal(Some(addr));
    let too_long = format!("/p/{}", "a".repeat(129));

    for path in [
        format!("/p/{GOOD_SECRET}"),
        "/p/NoSuchLink123".to_owned(),
        "/p/has.dot".to_owned(),
        too_long,
    ] {
        // Even with another session's cookies: the page asks nothing.
        let request = with_cookies(Request::get(&path), &api.issued, CSRF)
            .body(Body::empty())
            .expect("valid request");

        let (status, headers, html) = call(app.clone(), request).await;

        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(header(&headers, "cache-control"), Some("no-store"), "{path}");
        assert_eq!(header(&headers, "referrer-policy"), Some("no-referrer"), "{path}");
        assert_eq!(header(&headers, "x-robots-tag"), Some("noindex, nofollow"), "{path}");
        assert!(set_cookies(&headers).is_empty(), "{path}");
        assert!(
            html.contains(r#"<form method="post" id="paylera-link-handoff">"#),
            "{html}"
        );
        assert!(!html.contains("action="), "the form posts to its own URL: {html}");
        assert!(html.contains(">Continue</button>"), "{html}");
        let secret = path.trim_start_matches("/p/");
        assert!(!html.contains(secret), "the page holds no secret: {html}");
        // One inline script, which posts the form, under the response's CSP nonce.
        let csp = header(&headers, "content-security-policy").expect("CSP");
        assert_eq!(html.matches("<script").count(), 1, "{html}");
        assert!(
            html.contains(&format!("<script nonce=\"{}\">", nonce_of(csp))),
            "{html}"
        );
    }
    assert!(api.all_calls().is_empty(), "{:?}", api.all_calls());
}

#[tokio::test]
async fn the_hand_off_page_speaks_the_browsers_language() {
    let request = Request::get(format!("/p/{GOOD_SECRET}"))
        .header("accept-language", "de-CH, de;q=0.9")
        .body(Body::empty())
        .expect("valid request");

    let (status, _, html) = call(portal(None), request).await;

    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"de\">"), "{html}");
    assert!(html.contains(">Weiter</button>"), "{html}");
}

#[tokio::test]
async fn the_exchange_passes_the_browsers_languages_on_to_the_api() {
    let (addr, api) = spawn_portal_api().await;
    let request = handoff_post(GOOD_SECRET)
        .header("accept-language", "fr-CA,fr;q=0.9,en;q=0.5")
        .body(Body::empty())
        .expect("valid request");

    let (status, _, _) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::SEE_OTHER);
    let exchanges = api.calls_to("/v1/portal/sessions/exchange");
    assert_eq!(
        serde_json::from_str::<Value>(&exchanges[0].body).expect("JSON"),
        json!({ "secret": GOOD_SECRET, "accept_language": "fr-CA,fr;q=0.9,en;q=0.5" })
    );
}

#[tokio::test]
async fn a_head_request_never_uses_up_the_link() {
    let (addr, api) = spawn_portal_api().await;
    let request = Request::head(format!("/p/{GOOD_SECRET}"))
        .body(Body::empty())
        .expect("valid request");

    let (status, headers, _) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(header(&headers, "allow"), Some("GET, POST"));
    assert!(api.all_calls().is_empty());
}

// ---------------------------------------------------------------------------------
// POST: the exchange
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn a_valid_link_posted_sets_the_cookies_and_sends_the_customer_home_without_the_secret() {
    let (addr, api) = spawn_portal_api().await;

    let (status, headers, body) = call(portal(Some(addr)), post(GOOD_SECRET)).await;

    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(header(&headers, "location"), Some("/"));
    assert_eq!(header(&headers, "cache-control"), Some("no-store"));
    assert_eq!(header(&headers, "referrer-policy"), Some("no-referrer"));
    assert!(body.is_empty(), "{body}");
    let cookies = set_cookies(&headers);
    assert_eq!(cookies.len(), 3, "{cookies:?}");
    assert_eq!(
        cookies[0],
        format!(
            "__Host-paylera_session={}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=7200",
            api.issued
        )
    );
    let csrf = cookies[1]
        .strip_prefix("__Host-paylera_csrf=")
        .and_then(|rest| rest.strip_suffix("; Path=/; Secure; SameSite=Strict"))
        .unwrap_or_else(|| panic!("CSRF cookie with exactly the documented attributes: {}", cookies[1]));
    assert_eq!(csrf.len(), 32, "{csrf}");
    assert_eq!(
        cookies[2],
        format!("{}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=86400", {
            use base64::Engine as _;
            let kept = format!(r#"{{"url":"{RETURN_URL}","business":"Boulangerie Dupont"}}"#);
            format!(
                "__Host-paylera_return={}",
                base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(kept)
            )
        }),
        "the way back, named as the session showed the merchant, is kept for the pages that say the session or link is over"
    );
    for (name, value) in &headers {
        assert!(
            !value.to_str().unwrap_or_default().contains(GOOD_SECRET),
            "the secret leaked into {name}"
        );
    }
    let exchanges = api.calls_to("/v1/portal/sessions/exchange");
    assert_eq!(exchanges.len(), 1);
    assert_eq!(exchanges[0].authorization, None);
    assert_eq!(
        serde_json::from_str::<Value>(&exchanges[0].body).expect("JSON"),
        json!({ "secret": GOOD_SECRET })
    );
}

#[tokio::test]
async fn a_post_from_the_portals_own_origin_or_without_fetch_metadata_is_accepted() {
    let (addr, _api) = spawn_portal_api().await;
    for request in [
        Request::post(format!("/p/{GOOD_SECRET}"))
            .header("sec-fetch-site", "same-origin")
            .header("origin", ORIGIN)
            .body(Body::empty())
            .expect("valid request"),
        Request::post(format!("/p/{GOOD_SECRET}"))
            .body(Body::empty())
            .expect("valid request"),
    ] {
        let (status, headers, _) = call(portal(Some(addr)), request).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(header(&headers, "location"), Some("/"));
    }
}

#[tokio::test]
async fn a_cross_site_post_is_refused_403_and_the_link_is_kept() {
    let (addr, api) = spawn_portal_api().await;
    let cross_site = |site: &'static str, origin: Option<&'static str>| {
        let mut request = Request::post(format!("/p/{GOOD_SECRET}")).header("sec-fetch-site", site);
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        request.body(Body::empty()).expect("valid request")
    };

    for (case, request) in [
        ("cross-site", cross_site("cross-site", Some("https://evil.example"))),
        ("same-site", cross_site("same-site", Some("https://sub.127.0.0.1"))),
        ("a navigation from nowhere", cross_site("none", None)),
        (
            "a foreign origin without fetch metadata",
            Request::post(format!("/p/{GOOD_SECRET}"))
                .header("origin", "https://evil.example")
                .body(Body::empty())
                .expect("valid request"),
        ),
    ] {
        let (status, headers, html) = call(portal(Some(addr)), request).await;

        assert_eq!(status, StatusCode::FORBIDDEN, "{case}");
        assert!(set_cookies(&headers).is_empty(), "{case}");
        // The customer confirms on the portal's own page: a button, no script.
        assert!(html.contains(">Continue</button>"), "{case}: {html}");
        assert!(!html.contains("<script"), "{case}: {html}");
    }
    assert!(api.all_calls().is_empty(), "{:?}", api.all_calls());
}

#[tokio::test]
async fn unknown_used_and_malformed_links_are_one_404_page_that_says_nothing_more() {
    let (addr, api) = spawn_portal_api().await;
    let mut pages = Vec::new();

    for secret in ["NoSuchLink123", LEGACY_USED_SECRET, "has.dot", "a%20b"] {
        let (status, headers, html) = call(portal(Some(addr)), post(secret)).await;

        assert_eq!(status, StatusCode::NOT_FOUND, "{secret}");
        assert_eq!(header(&headers, "cache-control"), Some("no-store"), "{secret}");
        assert!(set_cookies(&headers).is_empty(), "{secret}");
        assert!(
            html.contains("<title>This link has expired or was already used · Paylera customer portal</title>"),
            "{secret}: {html}"
        );
        assert!(html.contains("data-link-status=\"404\""), "{secret}: {html}");
        // Not even the return URL an older API sent with its 410.
        for hint in ["Return to", "evil.example"] {
            assert!(!html.contains(hint), "{secret}: {hint} in {html}");
        }
        let card = html
            .split("<section")
            .nth(1)
            .map(|card| card.split("</section>").next().unwrap_or_default().to_owned())
            .expect("a card");
        pages.push(card);
    }
    assert!(pages.windows(2).all(|pair| pair[0] == pair[1]), "{pages:#?}");
    // Only the well-formed secrets were asked about.
    assert_eq!(api.calls_to("/v1/portal/sessions/exchange").len(), 2);
}

#[tokio::test]
async fn a_browser_that_used_the_link_is_shown_the_way_back_from_its_own_cookie() {
    let (addr, _api) = spawn_portal_api().await;
    for secret in ["NoSuchLink123", LEGACY_USED_SECRET] {
        let request = handoff_post(secret)
            .header("cookie", return_cookie())
            .body(Body::empty())
            .expect("valid request");

        let (status, _, html) = call(portal(Some(addr)), request).await;

        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(
            html.contains(r#"<a href="https://shop.example/account/billing?done=1" rel="external" class="button">Return to Boulangerie Dupont</a>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<img src="https://cdn.example/dupont.png" alt="" class="brand__logo">"#),
            "the merchant's logo heads the page: {html}"
        );
        assert!(
            html.contains(r#"<span class="brand__name">Boulangerie Dupont</span>"#),
            "{html}"
        );
    }

    // A cookie from before it held JSON still leads back, named by the URL's host.
    let request = handoff_post("NoSuchLink123")
        .header("cookie", legacy_return_cookie())
        .body(Body::empty())
        .expect("valid request");
    let (_, _, html) = call(portal(Some(addr)), request).await;
    assert!(html.contains("Return to shop.example</a>"), "{html}");
}

#[tokio::test]
async fn rate_limited_exchanges_show_a_429_page_with_retry_after() {
    let (addr, _api) = spawn_portal_api().await;

    let (status, headers, html) = call(portal(Some(addr)), post(THROTTLED_SECRET)).await;

    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(html.contains("Too many attempts, try again in a minute</h1>"), "{html}");
    assert_eq!(header(&headers, "retry-after"), Some("30"));
}

#[tokio::test]
async fn an_api_failure_or_outage_shows_a_503_page() {
    let (addr, _api) = spawn_portal_api().await;

    let (status, _, html) = call(portal(Some(addr)), post(BROKEN_SECRET)).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(html.contains("We could not open your billing portal</h1>"), "{html}");

    let (status, _, html) = call(portal(None), post(GOOD_SECRET)).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(html.contains("We could not open your billing portal</h1>"), "{html}");
}

// ---------------------------------------------------------------------------------
// The customer's address and the service key
// ---------------------------------------------------------------------------------

fn portal_with(api: SocketAddr, service_key: Option<&str>, trusted_proxies: &str) -> Router {
    let settings = Settings {
        api_url: format!("http://{api}"),
        site_root: site_root(),
        service_key: service_key.map(|key| ServiceKey::parse(key).expect("a valid key")),
        trusted_proxies: TrustedProxies::parse(trusted_proxies).expect("valid CIDRs"),
        ..Settings::default()
    };
    router(&settings).expect("router builds")
}

fn from_peer(peer: [u8; 4], forwarded_for: Option<&'static str>) -> Request<Body> {
    let mut request = handoff_post(GOOD_SECRET);
    if let Some(forwarded_for) = forwarded_for {
        request = request.header("x-forwarded-for", forwarded_for);
    }
    let mut request = request.body(Body::empty()).expect("valid request");
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::from((peer, 40_000))));
    request
}

fn exchange_header(api: &super::stand_in::StandIn, name: &str) -> Option<String> {
    let exchanges = api.calls_to("/v1/portal/sessions/exchange");
    assert_eq!(exchanges.len(), 1);
    exchanges[0]
        .headers
        .get(name)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned)
}

#[tokio::test]
async fn the_exchange_passes_the_peers_address_with_the_service_key_ignoring_a_spoofed_header() {
    let (addr, api) = spawn_portal_api().await;
    let app = portal_with(addr, Some(SERVICE_KEY), "10.0.0.0/8");

    let (status, _, _) = call(app, from_peer([203, 0, 113, 9], Some("198.51.100.1"))).await;

    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        exchange_header(&api, "paylera-client-ip").as_deref(),
        Some("203.0.113.9")
    );
    assert_eq!(
        exchange_header(&api, "paylera-service-key").as_deref(),
        Some(SERVICE_KEY)
    );
}

#[tokio::test]
async fn behind_trusted_proxies_the_exchange_passes_the_forwarded_customer() {
    let (addr, api) = spawn_portal_api().await;
    let app = portal_with(addr, Some(SERVICE_KEY), "10.0.0.0/8");

    let (status, _, _) = call(app, from_peer([10, 0, 0, 2], Some("1.2.3.4, 198.51.100.7, 10.0.0.5"))).await;

    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(
        exchange_header(&api, "paylera-client-ip").as_deref(),
        Some("198.51.100.7")
    );
}

#[tokio::test]
async fn without_a_service_key_the_exchange_passes_no_address() {
    let (addr, api) = spawn_portal_api().await;
    let app = portal_with(addr, None, "10.0.0.0/8");

    let (status, _, _) = call(app, from_peer([203, 0, 113, 9], None)).await;

    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(exchange_header(&api, "paylera-client-ip"), None);
    assert_eq!(exchange_header(&api, "paylera-service-key"), None);
}

// ---------------------------------------------------------------------------------
// The page the customer lands on names the account
// ---------------------------------------------------------------------------------

#[tokio::test]
async fn every_signed_in_page_names_the_account_in_the_header() {
    let (addr, api) = spawn_portal_api().await;
    for path in ["/", "/address"] {
        let request = with_cookies(Request::get(path), &api.issued, CSRF)
            .body(Body::empty())
            .expect("valid request");

        let (status, _, html) = call(portal(Some(addr)), request).await;

        assert_eq!(status, StatusCode::OK, "{path}");
        // The session's locale is French.
        assert!(
            html.contains(r#"<p data-account="" class="site-header__account">Connecté en tant que Ada Lovelace · ada@example.com</p>"#),
            "{path}: {html}"
        );
    }
    assert!(
        api.calls_to("/v1/customers/cus_1").len() <= 2,
        "only the overview and the address page read the customer"
    );
}

#[tokio::test]
async fn a_session_that_does_not_say_whose_it_is_gets_the_name_from_the_customer() {
    let (addr, api) = spawn_portal_api_without_names().await;
    let request = with_cookies(Request::get("/"), &api.issued, CSRF)
        .body(Body::empty())
        .expect("valid request");

    let (status, _, html) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Connecté en tant que Grace Hopper · grace@example.com</p>"),
        "{html}"
    );
    // Once for the header, once for the overview's billing details.
    let fetched = api.calls_to("/v1/customers/cus_1");
    assert_eq!(fetched.len(), 2, "{:?}", api.all_calls());
    assert!(
        fetched
            .iter()
            .all(|call| call.authorization == Some(format!("Bearer {}", api.issued)))
    );
}

#[tokio::test]
async fn a_signed_out_page_names_no_one() {
    let (_, _, html) = call(portal(None), get_request("/")).await;
    assert!(!html.contains("data-account"), "{html}");
}
