//! Customers: create with every field, partial update with `previous_attributes`,
//! delete, and the address rules over HTTP.

use paylera_shared::{
    ErrorCode,
    customer::{AddressParams, CreateCustomerRequest, InvoiceSettingsParams, UpdateCustomerRequest},
    event::EventFilter,
    list::ListParams,
    patch::Patch,
};
use serde_json::json;

use crate::helpers::{TestTenant, spawn_app};

fn us_address() -> AddressParams {
    AddressParams {
        line1: Some("1600 Amphitheatre Pkwy".into()),
        city: Some("Mountain View".into()),
        state: Some("california".into()),
        postal_code: Some("94043".into()),
        country: Some("us".into()),
        ..Default::default()
    }
}

async fn events_of(tenant: &TestTenant, kind: &str) -> Vec<paylera_shared::event::Event> {
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
}

#[tokio::test]
async fn a_customer_is_created_with_every_field_normalised() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let params = CreateCustomerRequest {
        email: Some("ada@example.com".into()),
        name: Some("Ada Lovelace".into()),
        phone: Some("+1 650 253 0000".into()),
        address: Some(us_address()),
        preferred_locales: Some(vec!["fr-ca".into(), "en".into()]),
        metadata: Some([("crm_id".to_owned(), "42".to_owned())].into()),
        test_clock: None,
    };
    let customer = tenant.api.create_customer(&params, None).await.expect("created");
    let address = customer.address.clone().expect("address");
    assert_eq!(address.country, "US");
    assert_eq!(address.state.as_deref(), Some("CA"));
    assert_eq!(customer.preferred_locales, ["fr-CA", "en"]);
    assert_eq!(customer.metadata["crm_id"], "42");
    assert_eq!(customer.invoice_settings.default_payment_method, None);
    assert!(customer.tax_ids.is_empty());
    assert_eq!(
        tenant.api.retrieve_customer(&customer.id).await.expect("retrieved"),
        customer
    );
}

#[tokio::test]
async fn an_update_changes_only_what_it_names_and_reports_previous_attributes() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    let update = UpdateCustomerRequest {
        address: Patch::Value(us_address()),
        phone: Patch::Value("+44 20 7946 0958".into()),
        metadata: Some([("plan".to_owned(), Some("gold".to_owned()))].into()),
        ..Default::default()
    };
    let updated = tenant
        .api
        .update_customer(&customer.id, &update)
        .await
        .expect("updated");
    assert_eq!(updated.email, customer.email, "absent fields are kept");
    assert_eq!(updated.phone.as_deref(), Some("+44 20 7946 0958"));
    assert_eq!(
        updated.address.as_ref().map(|a| a.postal_code.clone()),
        Some(Some("94043".into()))
    );

    let events = events_of(&tenant, "customer.updated").await;
    assert_eq!(events.len(), 1);
    let previous = events[0].data.previous_attributes.clone().expect("previous attributes");
    assert_eq!(previous, json!({"address": null, "phone": null, "metadata": {}}));
    assert_eq!(events[0].data.object["address"]["state"], "CA");

    let cleared = tenant
        .api
        .update_customer(
            &customer.id,
            &UpdateCustomerRequest {
                address: Patch::Null,
                ..Default::default()
            },
        )
        .await
        .expect("cleared");
    assert_eq!(cleared.address, None, "null clears");

    let unchanged = tenant
        .api
        .update_customer(&customer.id, &UpdateCustomerRequest::default())
        .await
        .expect("no-op");
    assert_eq!(unchanged, cleared);
    assert_eq!(
        events_of(&tenant, "customer.updated").await.len(),
        2,
        "an update that changes nothing emits nothing"
    );
}

#[tokio::test]
async fn a_deleted_customer_is_gone_from_every_read() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    let deleted = tenant.api.delete_customer(&customer.id).await.expect("deleted");
    assert!(deleted.deleted);
    assert_eq!(deleted.object, "customer");
    assert_eq!(
        tenant
            .api
            .retrieve_customer(&customer.id)
            .await
            .expect_err("gone")
            .status(),
        Some(404)
    );
    assert_eq!(
        tenant
            .api
            .delete_customer(&customer.id)
            .await
            .expect_err("twice")
            .status(),
        Some(404)
    );
    let listed = tenant
        .api
        .list_customers(&Default::default(), &ListParams::default())
        .await
        .expect("list");
    assert!(listed.data.is_empty());
    assert_eq!(events_of(&tenant, "customer.deleted").await.len(), 1);
}

/// Each address rule answers its own code with the field as `param`.
#[tokio::test]
async fn address_rules_answer_exact_codes_and_params() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let cases = [
        (
            AddressParams {
                country: Some("XX".into()),
                ..us_address()
            },
            ErrorCode::InvalidCountry,
            "address.country",
        ),
        (
            AddressParams {
                country: None,
                ..us_address()
            },
            ErrorCode::ParameterMissing,
            "address.country",
        ),
        (
            AddressParams {
                postal_code: Some("9404".into()),
                ..us_address()
            },
            ErrorCode::InvalidPostalCode,
            "address.postal_code",
        ),
        (
            AddressParams {
                state: Some("Atlantis".into()),
                ..us_address()
            },
            ErrorCode::InvalidState,
            "address.state",
        ),
        (
            AddressParams {
                line1: None,
                ..us_address()
            },
            ErrorCode::ParameterMissing,
            "address.line1",
        ),
        (
            AddressParams {
                line1: Some("10 Downing Street".into()),
                city: Some("London".into()),
                postal_code: Some("SW1A-2AA-X".into()),
                country: Some("GB".into()),
                ..Default::default()
            },
            ErrorCode::InvalidPostalCode,
            "address.postal_code",
        ),
        (
            AddressParams {
                line1: Some("Unter den Linden 1".into()),
                city: Some("Berlin".into()),
                postal_code: Some("1011".into()),
                country: Some("DE".into()),
                ..Default::default()
            },
            ErrorCode::InvalidPostalCode,
            "address.postal_code",
        ),
    ];
    let customer = tenant.create_customer("ada@example.com").await;
    for (address, code, param) in cases {
        let create = CreateCustomerRequest {
            address: Some(address.clone()),
            ..Default::default()
        };
        let err = tenant.api.create_customer(&create, None).await.expect_err("refused");
        let envelope = err.envelope().expect("envelope");
        assert_eq!(
            (envelope.error.code, envelope.error.param.as_deref()),
            (code, Some(param)),
            "{address:?}"
        );
        assert_eq!(err.status(), Some(400));

        let update = UpdateCustomerRequest {
            address: Patch::Value(address),
            ..Default::default()
        };
        let err = tenant
            .api
            .update_customer(&customer.id, &update)
            .await
            .expect_err("refused");
        assert_eq!(err.envelope().expect("envelope").error.code, code);
    }
    assert_eq!(app.count_rows("customers", &tenant.id).await, 1, "nothing half-written");
    assert!(events_of(&tenant, "customer.updated").await.is_empty());
}

#[tokio::test]
async fn customer_field_rules_name_their_params() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let long_key = "k".repeat(41);
    let cases = [
        (
            CreateCustomerRequest {
                phone: Some("12".into()),
                ..Default::default()
            },
            "phone".to_owned(),
        ),
        (
            CreateCustomerRequest {
                preferred_locales: Some(vec!["en".into(), "??".into()]),
                ..Default::default()
            },
            "preferred_locales.1".to_owned(),
        ),
        (
            CreateCustomerRequest {
                metadata: Some([(long_key.clone(), "v".into())].into()),
                ..Default::default()
            },
            format!("metadata.{long_key}"),
        ),
        (
            CreateCustomerRequest {
                email: Some("nope".into()),
                ..Default::default()
            },
            "email".to_owned(),
        ),
    ];
    for (params, param) in cases {
        let err = tenant.api.create_customer(&params, None).await.expect_err("refused");
        let envelope = err.envelope().expect("envelope");
        assert_eq!(envelope.error.code, ErrorCode::ParameterInvalid);
        assert_eq!(envelope.error.param.as_deref(), Some(param.as_str()));
    }
}

#[tokio::test]
async fn the_default_payment_method_must_belong_to_the_customer() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("ada@example.com").await;
    let grace = tenant.create_customer("grace@example.com").await;
    let card = tenant.add_card(&grace, "4242424242424242").await;
    let update = UpdateCustomerRequest {
        invoice_settings: Some(InvoiceSettingsParams {
            default_payment_method: Patch::Value(card.id.to_string()),
        }),
        ..Default::default()
    };
    let err = tenant
        .api
        .update_customer(&ada.id, &update)
        .await
        .expect_err("not hers");
    let envelope = err.envelope().expect("envelope");
    assert_eq!(envelope.error.code, ErrorCode::PaymentMethodNotAttached);
    assert_eq!(
        envelope.error.param.as_deref(),
        Some("invoice_settings.default_payment_method")
    );
}
