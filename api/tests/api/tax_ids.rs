//! Tax IDs over HTTP: normalisation, every validation code, limits, events.

use paylera_shared::{ErrorCode, event::EventFilter, list::ListParams, tax_id::CreateTaxIdRequest};

use crate::helpers::spawn_app;

fn tax_id(kind: &str, value: &str) -> CreateTaxIdRequest {
    CreateTaxIdRequest {
        kind: kind.into(),
        value: value.into(),
    }
}

#[tokio::test]
async fn a_tax_id_is_added_normalised_listed_retrieved_and_removed() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;

    let created = tenant
        .api
        .create_tax_id(&customer.id, &tax_id("eu_vat", "de 136 695 976"))
        .await
        .expect("added");
    assert_eq!(created.value, "DE136695976");
    assert_eq!(created.country, "DE");
    assert_eq!(created.kind, "eu_vat");
    assert_eq!(created.verification.status, "unverified");
    assert!(created.id.as_str().starts_with("txi_"));

    let listed = tenant
        .api
        .list_tax_ids(&customer.id, &ListParams::default())
        .await
        .expect("list");
    assert_eq!(listed.data, vec![created.clone()]);
    assert_eq!(
        tenant
            .api
            .retrieve_tax_id(&customer.id, &created.id)
            .await
            .expect("retrieve"),
        created
    );
    assert_eq!(
        tenant
            .api
            .retrieve_customer(&customer.id)
            .await
            .expect("customer")
            .tax_ids,
        vec![created.clone()]
    );

    let updated = tenant
        .api
        .list_events(
            &EventFilter {
                kind: Some("customer.updated".into()),
            },
            &ListParams::default(),
        )
        .await
        .expect("events");
    assert_eq!(updated.data.len(), 1);
    assert_eq!(
        updated.data[0].data.previous_attributes,
        Some(serde_json::json!({"tax_ids": []}))
    );
    let created_events = tenant
        .api
        .list_events(
            &EventFilter {
                kind: Some("customer.tax_id.created".into()),
            },
            &ListParams::default(),
        )
        .await
        .expect("events");
    assert_eq!(created_events.data.len(), 1);

    let removed = tenant
        .api
        .delete_tax_id(&customer.id, &created.id)
        .await
        .expect("removed");
    assert!(removed.deleted);
    assert_eq!(
        tenant
            .api
            .retrieve_tax_id(&customer.id, &created.id)
            .await
            .expect_err("gone")
            .status(),
        Some(404)
    );
    let deleted_events = tenant
        .api
        .list_events(
            &EventFilter {
                kind: Some("customer.tax_id.deleted".into()),
            },
            &ListParams::default(),
        )
        .await
        .expect("events");
    assert_eq!(deleted_events.data.len(), 1);
}

#[tokio::test]
async fn every_tax_id_rule_answers_its_code_on_value_or_type() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    let cases = [
        (
            tax_id("eu_vat", "DE136695977"),
            ErrorCode::TaxIdChecksumInvalid,
            "value",
        ),
        (
            tax_id("au_abn", "51 824 753 557"),
            ErrorCode::TaxIdChecksumInvalid,
            "value",
        ),
        (
            tax_id("br_cpf", "111.444.777-36"),
            ErrorCode::TaxIdChecksumInvalid,
            "value",
        ),
        (tax_id("eu_vat", "DE12345"), ErrorCode::TaxIdInvalid, "value"),
        (tax_id("gb_vat", "hello"), ErrorCode::TaxIdInvalid, "value"),
        (tax_id("xx_vat", "123"), ErrorCode::TaxIdTypeUnsupported, "type"),
        (tax_id("eu_vat", "  "), ErrorCode::ParameterMissing, "value"),
    ];
    for (params, code, param) in cases {
        let err = tenant
            .api
            .create_tax_id(&customer.id, &params)
            .await
            .expect_err("refused");
        let envelope = err.envelope().expect("envelope");
        assert_eq!(
            (envelope.error.code, envelope.error.param.as_deref()),
            (code, Some(param)),
            "{params:?}"
        );
    }
    assert_eq!(app.count_rows("tax_ids", &tenant.id).await, 0);
}

#[tokio::test]
async fn the_same_tax_id_twice_is_refused() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    tenant
        .api
        .create_tax_id(&customer.id, &tax_id("au_abn", "51824753556"))
        .await
        .expect("first");
    let err = tenant
        .api
        .create_tax_id(&customer.id, &tax_id("au_abn", "51 824 753 556"))
        .await
        .expect_err("duplicate");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::ResourceAlreadyExists
    );
}

#[tokio::test]
async fn a_customer_holds_at_most_twenty_five_tax_ids() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let customer = tenant.create_customer("ada@example.com").await;
    // 25 distinct valid US EINs (a valid prefix and any seven digits).
    for i in 0..25 {
        tenant
            .api
            .create_tax_id(&customer.id, &tax_id("us_ein", &format!("12-{:07}", 1000 + i)))
            .await
            .expect("within the limit");
    }
    let err = tenant
        .api
        .create_tax_id(&customer.id, &tax_id("us_ein", "12-9999999"))
        .await
        .expect_err("over");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::TaxIdLimitReached
    );
}

#[tokio::test]
async fn the_supported_types_are_listed_with_examples() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let types = tenant.api.list_tax_id_types().await.expect("types");
    assert!(types.data.len() >= 24, "{}", types.data.len());
    assert!(types.data.iter().any(|t| t.kind == "eu_vat" && t.country.is_none()));
    assert!(
        types
            .data
            .iter()
            .all(|t| !t.example.is_empty() && !t.description.is_empty())
    );
}
