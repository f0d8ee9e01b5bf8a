//! Islands mode (ADR 0011, decision 1) as the server renders it: the page loads the
//! islands script (not whole-app hydration), and the parts that need the browser are
//! `<leptos-island>`s carrying their props as data.

use axum::{body::Body, http::Request, http::StatusCode};

use super::{
    call, get_request, portal,
    stand_in::{CSRF, spawn_portal_api, with_cookies},
};

/// The `<leptos-island>` opening tag of island `name` (its id is the name and a hash).
fn island_tag<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    let start = html.find(&format!("<leptos-island data-component=\"{name}_"))?;
    let end = html[start..].find('>')?;
    Some(&html[start..=start + end])
}

#[tokio::test]
async fn a_page_loads_the_islands_script_and_its_disclosure_is_an_island_without_props() {
    let (addr, _api) = spawn_portal_api().await;

    let (status, _, html) = call(portal(Some(addr)), get_request("/")).await;

    assert_eq!(status, StatusCode::OK);
    // Leptos's islands script walks the page for islands; the whole-app one has no such walk.
    assert!(html.contains("hydrateIslands"), "{html}");
    let details = island_tag(&html, "Details").unwrap_or_else(|| panic!("no Details island: {html}"));
    assert!(!details.contains("data-props"), "{details}");
    // No visitor signed in: no session clock.
    assert!(island_tag(&html, "SessionClock").is_none(), "{html}");
}

#[tokio::test]
async fn a_signed_in_page_carries_the_session_clock_with_its_deadline_and_csrf_token_as_props() {
    let (addr, api) = spawn_portal_api().await;
    let request = with_cookies(Request::get("/"), &api.issued, CSRF)
        .body(Body::empty())
        .expect("valid request");

    let (status, _, html) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::OK);
    let clock = island_tag(&html, "SessionClock").unwrap_or_else(|| panic!("no SessionClock island: {html}"));
    // The stand-in session ends at 2026-11-25T12:30:00Z.
    assert!(clock.contains("1795609800"), "{clock}");
    assert!(clock.contains("csrf"), "{clock}");
    assert!(
        !clock.contains(&api.issued),
        "the session token never reaches the page: {clock}"
    );
}
