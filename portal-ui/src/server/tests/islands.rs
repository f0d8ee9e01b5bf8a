//! Islands mode (ADR 0011, decision 1) as the server renders it: the page loads the
//! islands script (not whole-app hydration), and the parts that need the browser are
//! `<leptos-island>`s carrying their props as data.

use axum::{body::Body, http::Request, http::StatusCode};

use tower::ServiceExt as _;

use super::{
    call, get_request, header, nonce_of, portal,
    stand_in::{CSRF, spawn_portal_api, with_cookies},
};

/// The portal's answer to `request` as sent, texts for the bundle included (`call`
/// leaves them out), without hydration markers: its CSP and its HTML.
async fn raw_page(api: std::net::SocketAddr, request: Request<Body>) -> (String, String) {
    let response = portal(Some(api)).oneshot(request).await.expect("infallible");
    let csp = header(response.headers(), "content-security-policy")
        .expect("CSP")
        .to_owned();
    let bytes = http_body_util::BodyExt::collect(response.into_body())
        .await
        .expect("body")
        .to_bytes();
    (csp, String::from_utf8_lossy(&bytes).replace("<!>", ""))
}

/// `path`, asked with the session cookie `token`.
fn signed_in(path: &str, token: &str) -> Request<Body> {
    with_cookies(Request::get(path), token, CSRF)
        .body(Body::empty())
        .expect("valid request")
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
}

#[tokio::test]
async fn a_signed_in_page_with_a_form_island_loads_the_islands_script() {
    let (addr, api) = spawn_portal_api().await;
    let request = signed_in("/address", &api.issued);

    let (status, _, html) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK);
    // Leptos's islands script walks the page for islands; the whole-app one has no such walk.
    assert!(html.contains("hydrateIslands"), "{html}");
    assert!(html.contains("<body data-islands=\"true\""), "{html}");
}

#[tokio::test]
async fn a_page_with_islands_carries_its_locales_texts_formatted_for_the_bundle_under_the_csp_nonce() {
    let (addr, api) = spawn_portal_api().await;
    let request = signed_in("/address", &api.issued);

    let (csp, html) = raw_page(addr, request).await;

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
async fn a_signed_in_page_without_a_form_island_has_the_session_clock_as_a_script_and_no_wasm() {
    let (addr, api) = spawn_portal_api().await;
    let request = signed_in("/", &api.issued);

    let (csp, html) = raw_page(addr, request).await;

    assert!(
        !html.contains("<leptos-island") && !html.contains("/pkg/portal.js"),
        "{html}"
    );
    assert!(!html.contains("data-islands") && !html.contains(crate::i18n::catalog::page_texts::ELEMENT_ID));
    // The warning, hidden, with the stand-in session's deadline (2026-11-25T12:30:00Z),
    // one text per minute counted by the locale's plural rules (the session is in
    // French) and the keep-alive form with the CSRF token.
    let start = html
        .find("data-session-warning")
        .unwrap_or_else(|| panic!("no warning: {html}"));
    let warning = &html[start..start + html[start..].find("</div>").expect("closed")];
    assert!(warning.contains("data-expires-at=\"1795609800\""), "{warning}");
    assert!(warning.contains(" hidden"), "{warning}");
    assert!(warning.contains("<span data-minutes=\"1\" hidden>"), "{warning}");
    assert!(warning.contains("environ 1 minute."), "{warning}");
    assert!(warning.contains("environ 5 minutes."), "{warning}");
    assert!(warning.contains("action=\"/api/keep_alive\""), "{warning}");
    assert!(warning.contains("name=\"csrf\""), "{warning}");
    assert!(
        !warning.contains(&api.issued),
        "the session token never reaches the page"
    );
    // The clock: the script (`session_clock.js`), under the nonce.
    let script = html
        .find(&format!("<script nonce=\"{}\">", nonce_of(&csp)))
        .map(|start| &html[start..])
        .unwrap_or_else(|| panic!("no script under the nonce: {html}"));
    assert!(script.contains("'[data-session-warning]'"), "{script}");
}

#[test]
fn the_pages_with_islands_are_the_form_pages() {
    for path in [
        "/address",
        "/address/",
        "/invoices",
        "/tax-ids",
        "/payment-methods/new",
        "/subscription/change",
    ] {
        assert!(crate::has_islands(path), "{path}");
    }
    for path in [
        "/",
        "/subscription",
        "/payment-methods",
        "/subscription/cancel",
        "/subscription/pause",
        "/done",
        "/p/secret",
        "/nope",
    ] {
        assert!(!crate::has_islands(path), "{path}");
    }
}
