//! `POST /return` ("Return to merchant") in-process, against the stand-in API: the
//! session completed, the cookies cleared, the CSRF checks.

use axum::{
    body::Body,
    http::{Request, StatusCode},
};

use super::{
    call, header, jwt_expiring_in, portal,
    stand_in::{CSRF, ORIGIN, RETURN_URL, cookies_cleared, return_form, set_cookies, spawn_portal_api, with_cookies},
};

#[tokio::test]
async fn returning_completes_the_session_clears_the_cookies_and_goes_to_the_return_url() {
    let (addr, api) = spawn_portal_api().await;

    let (status, headers, _) = call(portal(Some(addr)), return_form(&api.issued, CSRF, CSRF)).await;

    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(header(&headers, "location"), Some(RETURN_URL));
    assert!(cookies_cleared(&headers), "{:?}", set_cookies(&headers));
    let completions = api.calls_to("/v1/portal/sessions/complete");
    assert_eq!(completions.len(), 1);
    assert_eq!(completions[0].authorization, Some(format!("Bearer {}", api.issued)));
}

#[tokio::test]
async fn a_return_form_with_the_portals_own_origin_is_accepted_too() {
    let (addr, api) = spawn_portal_api().await;
    let mut request = return_form(&api.issued, CSRF, CSRF);
    request.headers_mut().insert("origin", ORIGIN.parse().expect("valid"));

    let (status, headers, _) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(header(&headers, "location"), Some(RETURN_URL));
}

#[tokio::test]
async fn returning_without_a_session_goes_home() {
    let (addr, api) = spawn_portal_api().await;
    let request = Request::post("/return")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from("csrf=x"))
        .expect("valid request");

    let (status, headers, _) = call(portal(Some(addr)), request).await;

    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(header(&headers, "location"), Some("/"));
    assert!(api.all_calls().is_empty());
}

#[tokio::test]
async fn a_return_failing_the_csrf_check_changes_nothing_and_goes_home() {
    let (addr, api) = spawn_portal_api().await;
    let mut foreign = return_form(&api.issued, CSRF, CSRF);
    foreign
        .headers_mut()
        .insert("origin", "https://evil.example".parse().expect("valid"));
    let mut cross_site = return_form(&api.issued, CSRF, CSRF);
    cross_site
        .headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().expect("valid"));
    let no_field = with_cookies(Request::post("/return"), &api.issued, CSRF)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::empty())
        .expect("valid");

    for (case, request) in [
        ("a different token", return_form(&api.issued, CSRF, "forged")),
        ("no csrf field", no_field),
        ("another origin", foreign),
        ("a cross-site post", cross_site),
    ] {
        let (status, headers, _) = call(portal(Some(addr)), request).await;

        assert_eq!(status, StatusCode::SEE_OTHER, "{case}");
        assert_eq!(header(&headers, "location"), Some("/"), "{case}");
        assert!(set_cookies(&headers).is_empty(), "{case}: cookies kept");
    }
    assert!(api.all_calls().is_empty(), "{:?}", api.all_calls());
}

#[tokio::test]
async fn returning_from_an_ended_session_clears_the_cookies_and_goes_home() {
    let (addr, api) = spawn_portal_api().await;

    let (status, headers, _) = call(portal(Some(addr)), return_form(&api.ended, CSRF, CSRF)).await;

    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(header(&headers, "location"), Some("/"));
    assert!(cookies_cleared(&headers), "{:?}", set_cookies(&headers));
}

#[tokio::test]
async fn returning_refreshes_an_expiring_token_before_completing() {
    let (addr, api) = spawn_portal_api().await;
    let expiring = jwt_expiring_in(30, "expiring");

    let (status, headers, _) = call(portal(Some(addr)), return_form(&expiring, CSRF, CSRF)).await;

    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(header(&headers, "location"), Some(RETURN_URL));
    let completions = api.calls_to("/v1/portal/sessions/complete");
    assert_eq!(completions.len(), 1);
    assert_eq!(completions[0].authorization, Some(format!("Bearer {}", api.refreshed)));
}

#[tokio::test]
async fn when_the_api_cannot_complete_the_customer_keeps_the_session_and_goes_home() {
    let (status, headers, _) = call(portal(None), return_form(&jwt_expiring_in(600, "x"), CSRF, CSRF)).await;

    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(header(&headers, "location"), Some("/"));
    assert!(set_cookies(&headers).is_empty());
}
