//! Payment methods through the simulated processor: validation codes, test-card
//! behaviours, attach / detach, the default rules and their events.

use paylera_shared::payment_method::PaymentMethodStatus;
use paylera_shared::{
    ErrorCode, ErrorType,
    customer::{InvoiceSettingsParams, UpdateCustomerRequest},
    event::EventFilter,
    list::ListParams,
    patch::Patch,
    payment_method::CardParams,
};

use crate::helpers::{TestTenant, card, spawn_app};

async fn count_events(tenant: &TestTenant, kind: &str) -> usize {
    tenant
        .api
        .list_events(
            &EventFilter {
                kind: Some(kind.into()),
            },
            &ListParams::default(),
        )
        .await
        .expect("events")
        .data
        .len()
}

#[tokio::test]
async fn a_card_is_created_keeping_only_brand_last4_expiry_and_fingerprint() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let pm = tenant
        .api
        .create_payment_method(&card("4242 4242 4242 4242", None))
        .await
        .expect("created");
    assert!(pm.id.as_str().starts_with("pm_"));
    assert_eq!(pm.customer, None);
    assert_eq!(pm.status, PaymentMethodStatus::Active);
    assert_eq!(
        (
            pm.card.brand.as_str(),
            pm.card.last4.as_str(),
            pm.card.exp_month,
            pm.card.exp_year
        ),
        ("visa", "4242", 12, 2034)
    );
    assert_eq!(pm.card.fingerprint.len(), 32);
    let again = tenant
        .api
        .create_payment_method(&card("4242-4242-4242-4242", None))
        .await
        .expect("created");
    assert_eq!(
        again.card.fingerprint, pm.card.fingerprint,
        "the same card has the same fingerprint"
    );
    let other = tenant
        .api
        .create_payment_method(&card("5555555555554444", None))
        .await
        .expect("created");
    assert_ne!(other.card.fingerprint, pm.card.fingerprint);
    assert_eq!(other.card.brand, "mastercard");
    assert_eq!(tenant.api.retrieve_payment_method(&pm.id).await.expect("retrieved"), pm);
    assert_eq!(count_events(&tenant, "payment_method.created").await, 3);
}

#[tokio::test]
async fn invalid_card_details_are_402_card_errors_naming_the_field() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let with = |number: &str, month: i64, year: i64, cvc: Option<&str>| {
        let mut request = card(number, None);
        request.card = CardParams {
            number: number.into(),
            exp_month: month,
            exp_year: year,
            cvc: cvc.map(Into::into),
        };
        request
    };
    let cases = [
        (
            with("4242424242424241", 12, 2034, Some("123")),
            ErrorCode::IncorrectNumber,
            "card.number",
        ),
        (
            with("4242", 12, 2034, Some("123")),
            ErrorCode::IncorrectNumber,
            "card.number",
        ),
        (
            with("4242424242424242", 13, 2034, Some("123")),
            ErrorCode::InvalidExpiryMonth,
            "card.exp_month",
        ),
        (
            with("4242424242424242", 12, 2019, Some("123")),
            ErrorCode::ExpiredCard,
            "card.exp_year",
        ),
        (
            with("4242424242424242", 12, 3000, Some("123")),
            ErrorCode::InvalidExpiryYear,
            "card.exp_year",
        ),
        (
            with("4242424242424242", 12, 2034, Some("12")),
            ErrorCode::InvalidCvc,
            "card.cvc",
        ),
        (
            with("378282246310005", 12, 2034, Some("123")),
            ErrorCode::InvalidCvc,
            "card.cvc",
        ),
    ];
    for (request, code, param) in cases {
        let err = tenant.api.create_payment_method(&request).await.expect_err("refused");
        assert_eq!(err.status(), Some(402));
        let envelope = err.envelope().expect("envelope");
        assert_eq!(envelope.error.kind, ErrorType::CardError);
        assert_eq!(
            (envelope.error.code, envelope.error.param.as_deref()),
            (code, Some(param)),
            "{request:?}"
        );
    }
    assert_eq!(app.count_rows("payment_methods", &tenant.id).await, 0);
}

#[tokio::test]
async fn declining_test_cards_are_refused_on_attach_with_their_decline_code() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    for (number, decline_code) in [
        ("4000000000000002", "generic_decline"),
        ("4000000000009995", "insufficient_funds"),
    ] {
        let err = tenant
            .api
            .create_payment_method(&card(number, Some(&customer)))
            .await
            .expect_err("declined");
        assert_eq!(err.status(), Some(402));
        let envelope = err.envelope().expect("envelope");
        assert_eq!(envelope.error.code, ErrorCode::CardDeclined);
        assert_eq!(envelope.error.decline_code.as_deref(), Some(decline_code));
    }
    assert_eq!(
        app.count_rows("payment_methods", &tenant.id).await,
        0,
        "create-and-attach keeps nothing on decline"
    );

    let unattached = tenant
        .api
        .create_payment_method(&card("4000000000000002", None))
        .await
        .expect("tokenized");
    let err = tenant
        .api
        .attach_payment_method(&unattached.id, &customer.id)
        .await
        .expect_err("declined");
    assert_eq!(err.envelope().expect("envelope").error.code, ErrorCode::CardDeclined);
    assert_eq!(
        tenant
            .api
            .retrieve_payment_method(&unattached.id)
            .await
            .expect("still there")
            .customer,
        None
    );
    assert_eq!(count_events(&tenant, "customer.payment_method_attached").await, 0);
}

#[tokio::test]
async fn the_first_card_becomes_the_default_and_detaching_it_promotes_the_latest() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    let first = tenant.add_card(&customer, "4242424242424242").await;
    let second = tenant.add_card(&customer, "5555555555554444").await;
    let third = tenant.add_card(&customer, "378282246310005").await;
    let reloaded = tenant.api.retrieve_customer(&customer.id).await.expect("customer");
    assert_eq!(reloaded.invoice_settings.default_payment_method, Some(first.id.clone()));
    assert_eq!(count_events(&tenant, "customer.payment_method_attached").await, 3);

    let listed = tenant
        .api
        .list_payment_methods(&customer.id, &ListParams::default())
        .await
        .expect("list");
    assert_eq!(
        listed.data.iter().map(|p| p.id.clone()).collect::<Vec<_>>(),
        vec![third.id.clone(), second.id.clone(), first.id.clone()]
    );

    let detached = tenant.api.detach_payment_method(&first.id).await.expect("detached");
    assert_eq!(detached.customer, None);
    let reloaded = tenant.api.retrieve_customer(&customer.id).await.expect("customer");
    assert_eq!(
        reloaded.invoice_settings.default_payment_method,
        Some(third.id.clone()),
        "the most recently attached takes over"
    );
    assert_eq!(count_events(&tenant, "customer.payment_method_detached").await, 1);

    let set_second = UpdateCustomerRequest {
        invoice_settings: Some(InvoiceSettingsParams {
            default_payment_method: Patch::Value(second.id.to_string()),
        }),
        ..Default::default()
    };
    let updated = tenant
        .api
        .update_customer(&customer.id, &set_second)
        .await
        .expect("default set");
    assert_eq!(updated.invoice_settings.default_payment_method, Some(second.id.clone()));

    tenant
        .api
        .detach_payment_method(&third.id)
        .await
        .expect("not the default");
    tenant
        .api
        .detach_payment_method(&second.id)
        .await
        .expect("the last one");
    let reloaded = tenant.api.retrieve_customer(&customer.id).await.expect("customer");
    assert_eq!(reloaded.invoice_settings.default_payment_method, None);

    let err = tenant
        .api
        .detach_payment_method(&second.id)
        .await
        .expect_err("already detached");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::PaymentMethodNotAttached
    );
}

#[tokio::test]
async fn a_card_requiring_authentication_is_usable_only_after_approval() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    let pm = tenant.add_card(&customer, "4000002500003155").await;
    assert_eq!(pm.status, PaymentMethodStatus::RequiresAuthentication);
    assert_eq!(pm.customer.as_ref(), Some(&customer.id));
    assert_eq!(count_events(&tenant, "customer.payment_method_attached").await, 0);
    let set_default = UpdateCustomerRequest {
        invoice_settings: Some(InvoiceSettingsParams {
            default_payment_method: Patch::Value(pm.id.to_string()),
        }),
        ..Default::default()
    };
    let err = tenant
        .api
        .update_customer(&customer.id, &set_default)
        .await
        .expect_err("not yet");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::PaymentMethodRequiresAuthentication
    );

    let active = tenant
        .api
        .authenticate_payment_method(&pm.id, true)
        .await
        .expect("approved");
    assert_eq!(active.status, PaymentMethodStatus::Active);
    assert_eq!(count_events(&tenant, "customer.payment_method_attached").await, 1);
    let reloaded = tenant.api.retrieve_customer(&customer.id).await.expect("customer");
    assert_eq!(reloaded.invoice_settings.default_payment_method, Some(pm.id.clone()));

    let err = tenant
        .api
        .authenticate_payment_method(&pm.id, true)
        .await
        .expect_err("nothing to authenticate");
    assert_eq!(err.status(), Some(400));
}

#[tokio::test]
async fn a_denied_authentication_detaches_the_card() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    let pm = tenant.add_card(&customer, "4000002760003184").await;
    let err = tenant
        .api
        .authenticate_payment_method(&pm.id, false)
        .await
        .expect_err("denied");
    assert_eq!(err.status(), Some(402));
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::AuthenticationFailed
    );
    assert_eq!(
        tenant.api.retrieve_payment_method(&pm.id).await.expect("kept").customer,
        None
    );
}

#[tokio::test]
async fn a_card_attached_elsewhere_cannot_be_attached_again() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let grace = tenant.create_customer("grace@example.com").await;
    let pm = tenant.add_card(&ada, "4242424242424242").await;
    let err = tenant
        .api
        .attach_payment_method(&pm.id, &grace.id)
        .await
        .expect_err("taken");
    let envelope = err.envelope().expect("envelope");
    assert_eq!(
        (envelope.error.code, envelope.error.param.as_deref()),
        (ErrorCode::PaymentMethodAlreadyAttached, Some("customer"))
    );
}
