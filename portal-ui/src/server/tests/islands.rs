//! Islands mode (ADR 0011, decision 1) as the server renders it: the page loads the
//! islands script (not whole-app hydration), and the parts that need the browser are
//! `<leptos-island>`s carrying their props as data.

use axum::{body::Body, http::Request, http::StatusCode};

use tower::ServiceExt as _;

use super::{
    call, get_request, header, nonce_of, portal,
    stand_in::{CSRF, spawn_portal_api, with_cookies},
};

/// The home page, asked with the session cookie `token`.
fn signed_in_home(token: &str) -> Request<Body> {
    with_cookies(Request::get("/"), token, CSRF)
        .body(Body::empty())
        .expect("valid request")
}

/// The `<leptos-island>` opening tag of island `name` (its id is the name and a hash).
fn island_tag<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    let start = html.find(&format!("<leptos-island data-component=\"{name}_"))?;
    let end = html[start..].find('>')?;
    Some(&html[start..=start + end])
}

#[tokio::test]
async fn a_signed_out_page_has_no_island_and_loads_no_script_wasm_or_texts() {
    let (addr, _api) = spawn_portal_api().await;

    let (status, _, html) = call(portal(Some(addr)), get_request("/")).await;

    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains("<leptos-island"), "{html}");
    assert!(!html.contains("/pkg/portal.js") && !html.contains(".wasm"), "{html}");
    assert!(!html.contains("hydrateIslands"), "{html}");
    assert!(!html.contains("data-islands"), "{html}");
    assert!(!html.contains(crate::i18n::catalog::page_texts::ELEMENT_ID), "{html}");
    // The disclosure is the browser's own.
    assert!(html.contains("class=\"disclosure\""), "{html}");
}

#[tokio::test]
async fn a_signed_in_page_loads_the_islands_script_and_its_texts_formatted() {
    let (addr, api) = spawn_portal_api().await;
    let request = signed_in_home(&api.issued);

    let (status, _, html) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK);
    // Leptos's islands script walks the page for islands; the whole-app one has no such walk.
    assert!(html.contains("hydrateIslands"), "{html}");
    assert!(html.contains("<body data-islands=\"true\""), "{html}");
}

#[tokio::test]
async fn a_signed_in_page_carries_its_locales_texts_formatted_for_the_bundle_under_the_csp_nonce() {
    let (addr, api) = spawn_portal_api().await;
    let request = signed_in_home(&api.issued);

    let response = portal(Some(addr)).oneshot(request).await.expect("infallible");
    let csp = header(response.headers(), "content-security-policy")
        .expect("CSP")
        .to_owned();
    let bytes = http_body_util::BodyExt::collect(response.into_body())
        .await
        .expect("body")
        .to_bytes();
    let html = String::from_utf8_lossy(&bytes);

    let open = format!(
        "<script type=\"application/json\" id=\"{}\" nonce=\"{}\">",
        crate::i18n::catalog::page_texts::ELEMENT_ID,
        nonce_of(&csp)
    );
    assert!(html.contains(&open), "{html}");
    // Messages formatted by the server (in the session's locale) with their variables
    // as slots, not Fluent source.
    assert!(
        html.contains("\"layout-signed-in-as\":\"Connecté en tant que {$account}\""),
        "{html}"
    );
    // Every script carries the nonce, the islands' module script included.
    let nonce = nonce_of(&csp);
    let scripts = html.matches("<script").count();
    assert_eq!(
        html.matches(&format!("<script type=\"module\" nonce=\"{nonce}\">"))
            .count(),
        1
    );
    assert_eq!(
        html.matches(&format!("nonce=\"{nonce}\">")).count(),
        scripts + 1,
        "{html}"
    );
}

#[tokio::test]
async fn a_signed_in_page_carries_the_session_clock_with_its_deadline_and_csrf_token_as_props() {
    let (addr, api) = spawn_portal_api().await;
    let request = signed_in_home(&api.issued);

    let (status, _, html) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK);
    let clock = island_tag(&html, "SessionClock").unwrap_or_else(|| panic!("no SessionClock island: {html}"));
    // The stand-in session ends at 2026-11-25T12:30:00Z.
    assert!(clock.contains("1795609800"), "{clock}");
    assert!(clock.contains("csrf"), "{clock}");
    // The warnings, counted by the locale's plural rules on the server (the stand-in
    // session is in French).
    assert!(clock.contains("environ 1 minute."), "{clock}");
    assert!(clock.contains("environ 5 minutes."), "{clock}");
    assert!(
        !clock.contains(&api.issued),
        "the session token never reaches the page: {clock}"
    );
}
