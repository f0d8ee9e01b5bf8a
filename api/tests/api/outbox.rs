//! Events are written in the same transaction as the change they report.

use paylera_shared::{
    ErrorCode,
    customer::CreateCustomerRequest,
    event::{EventFilter, EventType},
    list::ListParams,
};

use crate::helpers::spawn_app;

#[tokio::test]
async fn creating_a_customer_records_customer_created_with_its_request() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let params = CreateCustomerRequest {
        email: Some("ada@example.com".into()),
        name: Some("Ada".into()),
        ..Default::default()
    };
    let customer = tenant
        .api
        .create_customer(&params, Some("evt-key"))
        .await
        .expect("created");

    let events = tenant
        .api
        .list_events(
            &EventFilter {
                kind: Some("customer.created".into()),
            },
            &ListParams::default(),
        )
        .await
        .expect("events");
    assert_eq!(events.data.len(), 1);
    let event = &events.data[0];
    assert!(event.id.as_str().starts_with("evt_"));
    assert_eq!(event.kind, EventType::CustomerCreated);
    assert_eq!(event.source, "api");
    assert_eq!(event.data.object, serde_json::to_value(&customer).expect("json"));
    assert_eq!(event.data.previous_attributes, None);
    assert_eq!(event.request.idempotency_key.as_deref(), Some("evt-key"));
    assert!(event.request.id.as_deref().is_some_and(|id| id.starts_with("req_")));
    assert_eq!(tenant.api.retrieve_event(&event.id).await.expect("by id"), *event);
}

#[tokio::test]
async fn when_the_event_cannot_be_written_the_change_rolls_back_too() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    // Break the outbox: the insert of the event now fails after the customer's.
    sqlx::query("drop table events")
        .execute(app.db.writer())
        .await
        .expect("drop");

    let params = CreateCustomerRequest {
        email: Some("ada@example.com".into()),
        name: None,
        ..Default::default()
    };
    let err = tenant.api.create_customer(&params, None).await.expect_err("fails");
    assert_eq!(err.status(), Some(500));
    let envelope = err.envelope().expect("envelope");
    assert_eq!(envelope.error.code, ErrorCode::InternalError);
    assert!(
        !envelope.error.message.contains("events"),
        "the cause stays in the logs: {}",
        envelope.error.message
    );
    assert_eq!(
        app.count_rows("customers", &tenant.id).await,
        0,
        "no customer without its event"
    );
}
