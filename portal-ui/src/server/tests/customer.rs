//! `actions::customer()`: built once per server function call, with the token
//! refreshed at most once and the portal session read at most once.

use axum::{body::Body, http::Request};
use leptos::prelude::{Owner, provide_context};

use super::{
    jwt_expiring_in,
    stand_in::{spawn_portal_api, with_cookies},
};
use crate::server::{actions, upstream::Upstream};

/// Runs `check` as a server function would: in a Leptos owner with the request's parts
/// and the API connection in context.
async fn as_server_function<F: Future<Output = ()>>(session: &str, check: impl FnOnce() -> F) {
    let (parts, _) = with_cookies(
        Request::post("/api/cancel_subscription"),
        session,
        super::stand_in::CSRF,
    )
    .body(Body::empty())
    .expect("valid request")
    .into_parts();
    let owner = Owner::new();
    owner.set();
    provide_context(parts);
    check().await;
}

#[tokio::test]
async fn a_server_function_refreshes_the_token_and_reads_the_session_once_however_often_it_asks() {
    let (addr, api) = spawn_portal_api().await;
    let upstream = Upstream::new(&format!("http://{addr}"), None);
    // Due for a refresh: the first `customer()` refreshes it, the second must not.
    let expiring = jwt_expiring_in(60, "expiring");

    as_server_function(&expiring, || async {
        provide_context(upstream.clone());
        let first = actions::customer().await.expect("signed in");
        let second = actions::customer().await.expect("signed in");
        assert_eq!(first.id, second.id);

        let configuration = first.configuration().await.expect("the session");
        let session = second.session().await.expect("the session");
        assert_eq!(configuration, session.configuration.settings);
        assert!(!configuration.invoice_history_enabled, "the stand-in's configuration");
    })
    .await;

    assert_eq!(api.calls_to("/v1/portal/sessions/refresh").len(), 1, "one refresh");
    let fetched = api.calls_to("/v1/portal/session");
    assert_eq!(fetched.len(), 1, "one read of the session");
    assert_eq!(fetched[0].authorization, Some(format!("Bearer {}", api.refreshed)));
}
