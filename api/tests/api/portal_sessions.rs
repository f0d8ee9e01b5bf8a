//! `GET /v1/portal/sessions[/{id}]`: the merchant's view of the sessions it created,
//! each with what the customer did in it.

use paylera_shared::{
    ErrorCode,
    customer::{AddressParams, UpdateCustomerRequest},
    event::EventType,
    ids::PortalSessionId,
    list::ListParams,
    patch::Patch,
    portal::{PortalSession, PortalSessionFilter, PortalSessionStatus, PortalToken},
};
use serde_json::json;

use crate::helpers::spawn_app;
use crate::portal::{exchange, secret_of, session};

fn ids(sessions: &[PortalSession]) -> Vec<&str> {
    sessions.iter().map(|session| session.id.as_str()).collect()
}

#[tokio::test]
async fn sessions_are_listed_newest_first_by_customer_and_status_each_with_what_the_customer_did() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let bob = tenant.create_customer("bob@example.com").await;
    let back = "https://merchant.example/back";
    let first = session(&tenant, json!({"customer_id": ada.id, "return_url": back})).await;
    let second = session(&tenant, json!({"customer_id": bob.id, "return_url": back})).await;
    let third = session(&tenant, json!({"customer_id": ada.id, "return_url": back})).await;
    // Ada opens the third one, changes her address and goes back to the merchant.
    let token: PortalToken = exchange(&app, &secret_of(&third)).await.json().await.expect("token");
    let portal = app.anonymous().with_bearer(&token.token);
    portal
        .update_customer(
            &ada.id,
            &UpdateCustomerRequest {
                address: Patch::Value(AddressParams {
                    line1: Some("1 Rue de Rivoli".into()),
                    city: Some("Paris".into()),
                    postal_code: Some("75001".into()),
                    country: Some("FR".into()),
                    ..AddressParams::default()
                }),
                ..UpdateCustomerRequest::default()
            },
        )
        .await
        .expect("address changed in the portal");
    portal.complete_portal_session().await.expect("completed");

    let all = tenant
        .api
        .list_portal_sessions(&PortalSessionFilter::default(), &ListParams::default())
        .await
        .expect("listed");
    assert_eq!(
        ids(&all.data),
        [third.id.as_str(), second.id.as_str(), first.id.as_str()]
    );
    assert!(
        all.data.iter().all(|listed| listed.url.is_none()),
        "a link is shown once, at creation"
    );
    let adas = tenant
        .api
        .list_portal_sessions(
            &PortalSessionFilter {
                customer: Some(ada.id.clone()),
                status: None,
            },
            &ListParams::default(),
        )
        .await
        .expect("listed");
    assert_eq!(ids(&adas.data), [third.id.as_str(), first.id.as_str()]);
    let completed = tenant
        .api
        .list_portal_sessions(
            &PortalSessionFilter {
                customer: None,
                status: Some(PortalSessionStatus::Completed),
            },
            &ListParams::default(),
        )
        .await
        .expect("listed");
    assert_eq!(ids(&completed.data), [third.id.as_str()]);

    let summary = completed.data[0].summary.as_ref().expect("a summary");
    assert_eq!(summary.counts.get(&EventType::CustomerUpdated), Some(&1));
    assert_eq!(summary.actions.len(), 1);
    assert_eq!(summary.actions[0].object_id, ada.id.as_str());
    let untouched = all.data[2].summary.as_ref().expect("a summary, empty");
    assert!(untouched.actions.is_empty() && untouched.counts.is_empty());
    // The retrieved session says the same, as does the event that reported its end.
    let retrieved = tenant
        .api
        .retrieve_portal_session(&PortalSessionId::parse(&third.id).expect("ps_ id"))
        .await
        .expect("retrieved");
    assert_eq!(retrieved.summary.as_ref(), Some(summary));
    let ended = &crate::portal::events_of(&tenant, "portal.session.completed").await[0];
    assert_eq!(
        ended.data.object["summary"],
        serde_json::to_value(summary).expect("json")
    );

    // Another tenant sees none of them, and a portal token may not list them.
    let other = app.tenant("Other").await;
    let theirs = other
        .api
        .list_portal_sessions(&PortalSessionFilter::default(), &ListParams::default())
        .await
        .expect("listed");
    assert!(theirs.data.is_empty());
    let fresh = session(&tenant, json!({"customer_id": bob.id, "return_url": back})).await;
    let token: PortalToken = exchange(&app, &secret_of(&fresh)).await.json().await.expect("token");
    let err = app
        .anonymous()
        .with_bearer(&token.token)
        .list_portal_sessions(&PortalSessionFilter::default(), &ListParams::default())
        .await
        .expect_err("merchant only");
    assert_eq!(
        (err.status(), err.envelope().expect("envelope").error.code),
        (Some(403), ErrorCode::MerchantOnly)
    );
}

#[tokio::test]
async fn a_status_that_is_none_is_refused_naming_it() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let response = app
        .http()
        .get(app.url("/v1/portal/sessions?status=finished"))
        .bearer_auth(&tenant.secret_key)
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 400);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(
        (&body["error"]["code"], &body["error"]["param"]),
        (&serde_json::json!("invalid_query"), &serde_json::json!("status"))
    );
}
