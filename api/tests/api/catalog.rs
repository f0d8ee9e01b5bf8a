//! Products and prices: create, retrieve, update, archive, list with filters.

use paylera_shared::{
    ErrorCode,
    catalog::{CreateProductRequest, PriceFilter, ProductFilter, UpdatePriceRequest, UpdateProductRequest},
    event::EventFilter,
    list::ListParams,
    patch::Patch,
};
use serde_json::json;

use crate::helpers::{price, spawn_app};

fn product(name: &str, rank: i64) -> CreateProductRequest {
    CreateProductRequest {
        name: name.into(),
        description: Some(format!("{name} plan")),
        features: Some(vec!["Feature A".into(), "Feature B".into()]),
        family: Some("plans".into()),
        rank: Some(rank),
        metadata: None,
    }
}

#[tokio::test]
async fn products_are_created_updated_archived_and_filtered() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let starter = tenant
        .api
        .create_product(&product("Starter", 1))
        .await
        .expect("created");
    let pro = tenant.api.create_product(&product("Pro", 2)).await.expect("created");
    let addon = tenant
        .api
        .create_product(&CreateProductRequest {
            name: "Extra seats".into(),
            ..Default::default()
        })
        .await
        .expect("created");
    assert_eq!(starter.features, ["Feature A", "Feature B"]);
    assert_eq!(
        (starter.family.as_deref(), starter.rank, starter.active),
        (Some("plans"), 1, true)
    );
    assert_eq!(tenant.api.retrieve_product(&pro.id).await.expect("retrieved"), pro);

    let archived = tenant
        .api
        .update_product(
            &starter.id,
            &UpdateProductRequest {
                active: Some(false),
                description: Patch::Null,
                ..Default::default()
            },
        )
        .await
        .expect("archived");
    assert!(!archived.active);
    assert_eq!(archived.description, None);
    let updated_events = tenant
        .api
        .list_events(
            &EventFilter {
                kind: Some("product.updated".into()),
            },
            &ListParams::default(),
        )
        .await
        .expect("events");
    assert_eq!(
        updated_events.data[0].data.previous_attributes,
        Some(json!({"active": true, "description": "Starter plan"}))
    );

    let active_plans = tenant
        .api
        .list_products(
            &ProductFilter {
                active: Some(true),
                family: Some("plans".into()),
            },
            &ListParams::default(),
        )
        .await
        .expect("list");
    assert_eq!(
        active_plans.data.iter().map(|p| p.id.clone()).collect::<Vec<_>>(),
        vec![pro.id.clone()]
    );
    let all = tenant
        .api
        .list_products(&ProductFilter::default(), &ListParams::default())
        .await
        .expect("list");
    assert_eq!(all.data.len(), 3);
    assert_eq!(all.data[0].id, addon.id, "newest first");
}

#[tokio::test]
async fn prices_are_created_filtered_and_archived_but_never_repriced() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let pro = tenant.api.create_product(&product("Pro", 2)).await.expect("created");
    let monthly = tenant
        .api
        .create_price(&price(pro.id.as_str(), "USD", 2900, "month"))
        .await
        .expect("created");
    let yearly = tenant
        .api
        .create_price(&price(pro.id.as_str(), "eur", 29000, "year"))
        .await
        .expect("created");
    assert_eq!(
        (
            monthly.currency.code(),
            monthly.unit_amount,
            monthly.recurring.interval_count
        ),
        ("usd", 2900, 1)
    );

    let usd = tenant
        .api
        .list_prices(
            &PriceFilter {
                product: Some(pro.id.to_string()),
                currency: Some("USD".into()),
                active: None,
            },
            &ListParams::default(),
        )
        .await
        .expect("list");
    assert_eq!(usd.data, vec![monthly.clone()]);

    let archived = tenant
        .api
        .update_price(
            &yearly.id,
            &UpdatePriceRequest {
                active: Some(false),
                nickname: Patch::Value("Old yearly".into()),
                ..Default::default()
            },
        )
        .await
        .expect("archived");
    assert!(!archived.active);
    assert_eq!(archived.unit_amount, 29000);

    let response = app
        .http()
        .post(app.url(&format!("/v1/prices/{}", monthly.id)))
        .bearer_auth(&tenant.secret_key)
        .json(&json!({"unit_amount": 1}))
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 400);
    let envelope: paylera_shared::ErrorEnvelope = response.json().await.expect("envelope");
    assert_eq!(
        envelope.error.param.as_deref(),
        Some("unit_amount"),
        "amounts are immutable"
    );
}

#[tokio::test]
async fn price_rules_answer_exact_codes_and_params() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let pro = tenant.api.create_product(&product("Pro", 2)).await.expect("created");
    let id = pro.id.to_string();
    let mut quarterly_too_long = price(&id, "usd", 100, "month");
    quarterly_too_long.recurring.interval_count = Some(13);
    let cases = [
        (
            price(&id, "usd", -5, "month"),
            ErrorCode::ParameterInvalid,
            "unit_amount",
        ),
        (
            price(&id, "usd", 100, "fortnight"),
            ErrorCode::ParameterInvalid,
            "recurring.interval",
        ),
        (
            quarterly_too_long,
            ErrorCode::ParameterInvalid,
            "recurring.interval_count",
        ),
        (
            price(&id, "dollars", 100, "month"),
            ErrorCode::InvalidCurrency,
            "currency",
        ),
    ];
    for (request, code, param) in cases {
        let err = tenant.api.create_price(&request).await.expect_err("refused");
        let envelope = err.envelope().expect("envelope");
        assert_eq!(
            (envelope.error.code, envelope.error.param.as_deref()),
            (code, Some(param)),
            "{request:?}"
        );
    }
    let err = tenant
        .api
        .create_price(&price("prod_missing", "usd", 100, "month"))
        .await
        .expect_err("no product");
    assert_eq!(
        (err.status(), err.envelope().expect("envelope").error.param.as_deref()),
        (Some(404), Some("product"))
    );

    tenant
        .api
        .update_product(
            &pro.id,
            &UpdateProductRequest {
                active: Some(false),
                ..Default::default()
            },
        )
        .await
        .expect("archived");
    let err = tenant
        .api
        .create_price(&price(&id, "usd", 100, "month"))
        .await
        .expect_err("archived product");
    assert_eq!(
        err.envelope().expect("envelope").error.code,
        ErrorCode::ResourceArchived
    );
    assert_eq!(app.count_rows("prices", &tenant.id).await, 0);
}
