//! `GET /v1/subscriptions/{id}/change_options`: the prices a subscription may change
//! to, each with exactly the preview the preview endpoint answers, in one call.

use paylera_shared::{
    ErrorCode,
    catalog::{CreateProductRequest, Price, UpdatePriceRequest},
    client::ApiClient,
    customer::Customer,
    ids::SubscriptionId,
    subscription::{ChangeOptions, PlanChange, Subscription, SubscriptionChangePreview, UpdateSubscriptionRequest},
};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::billing::{clocked_customer, plan};
use crate::helpers::{TestApp, TestTenant, price as price_request, spawn_app};

/// One more monthly licensed price of `product`.
async fn another_price(tenant: &TestTenant, product: &str, currency: &str, amount: i64) -> Price {
    tenant
        .api
        .create_price(&price_request(product, currency, amount, "month"))
        .await
        .expect("price")
}

/// A customer living in a test clock (so two calls prorate at the same instant), with
/// a card, subscribed to `price`.
async fn subscriber(tenant: &TestTenant, price: &Price) -> (Customer, Subscription) {
    let (_, customer) = clocked_customer(tenant, "2026-02-10T00:00:00Z").await;
    tenant.add_card(&customer, "4242424242424242").await;
    let sub: Subscription = tenant
        .api
        .post(
            "/v1/subscriptions",
            &json!({"customer": customer.id, "price": price.id}),
            None,
        )
        .await
        .expect("subscribed");
    (customer, sub)
}

/// Archives `price`.
async fn archive(tenant: &TestTenant, price: &Price) {
    tenant
        .api
        .update_price(
            &price.id,
            &UpdatePriceRequest {
                active: Some(false),
                ..Default::default()
            },
        )
        .await
        .expect("archived");
}

/// A portal client for `customer` in a session with `configuration`.
async fn portal(app: &TestApp, tenant: &TestTenant, customer: &Customer, configuration: Value) -> ApiClient {
    app.portal_client(tenant, customer.id.as_str(), configuration).await
}

fn price_ids(options: &ChangeOptions) -> Vec<String> {
    options.data.iter().map(|o| o.price.id.to_string()).collect()
}

/// The options of `sub` for `api`'s caller, at `quantity`.
async fn options_for(api: &ApiClient, sub: &SubscriptionId, quantity: Option<i64>) -> ChangeOptions {
    api.subscription_change_options(sub, quantity).await.expect("options")
}

/// How the options of `sub` are refused to `api`'s caller: status and code.
async fn refusal(api: &ApiClient, sub: &SubscriptionId) -> (Option<u16>, Option<ErrorCode>) {
    let err = api.subscription_change_options(sub, None).await.expect_err("refused");
    (err.status(), err.envelope().map(|e| e.error.code))
}

/// The preview endpoint's answer for `price` at `quantity`.
async fn preview(
    api: &ApiClient,
    sub: &SubscriptionId,
    price: &Price,
    quantity: Option<i64>,
) -> SubscriptionChangePreview {
    api.preview_subscription_change(
        sub,
        &UpdateSubscriptionRequest {
            metadata: None,
            price: Some(price.id.to_string()),
            quantity,
        },
    )
    .await
    .expect("preview")
}

#[tokio::test]
async fn each_option_is_exactly_the_preview_of_its_price_and_refused_candidates_are_left_out() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let starter = plan(&tenant, "Starter", 1, 900).await;
    let pro = plan(&tenant, "Pro", 2, 2900).await;
    let business = plan(&tenant, "Business", 3, 9900).await;
    // Not candidates: another currency, an archived price, a product outside the family.
    another_price(&tenant, pro.product.as_str(), "eur", 2700).await;
    let archived = another_price(&tenant, business.product.as_str(), "usd", 99000).await;
    archive(&tenant, &archived).await;
    let elsewhere = tenant
        .api
        .create_product(&CreateProductRequest {
            name: "Consulting".into(),
            ..Default::default()
        })
        .await
        .expect("product");
    another_price(&tenant, elsewhere.id.as_str(), "usd", 5000).await;
    // A candidate the change rules refuse: a metered price cannot replace a licensed one.
    let mut metered = price_request(starter.product.as_str(), "usd", 5, "month");
    metered.recurring.usage_type = Some("metered".into());
    tenant.api.create_price(&metered).await.expect("metered price");
    let (_, sub) = subscriber(&tenant, &pro).await;

    let options = options_for(&tenant.api, &sub.id, None).await;

    assert_eq!(
        price_ids(&options),
        [starter.id.to_string(), business.id.to_string()],
        "the family's other usable prices, by rank"
    );
    for (option, price) in options.data.iter().zip([&starter, &business]) {
        assert_eq!(&option.price, price);
        assert_eq!(option.product.id, price.product);
        assert_eq!(option.preview, preview(&tenant.api, &sub.id, price, None).await);
    }
    assert_eq!(
        options.data.iter().map(|o| o.preview.change).collect::<Vec<_>>(),
        [PlanChange::Downgrade, PlanChange::Upgrade]
    );
    assert_eq!(options.data[0].product.name, "Starter");

    // With a quantity, every option is previewed at it.
    let three = options_for(&tenant.api, &sub.id, Some(3)).await;
    for (option, price) in three.data.iter().zip([&starter, &business]) {
        assert_eq!(option.preview, preview(&tenant.api, &sub.id, price, Some(3)).await);
    }
    assert_ne!(three.data[1].preview.amount_due, options.data[1].preview.amount_due);

    // An ended subscription has nothing to change to.
    let _: Subscription = tenant
        .api
        .post(
            &format!("/v1/subscriptions/{}/cancel", sub.id),
            &json!({"immediately": true}),
            None,
        )
        .await
        .expect("canceled");
    let none = options_for(&tenant.api, &sub.id, None).await;
    assert!(none.data.is_empty(), "{none:?}");
}

#[tokio::test]
async fn the_portals_offered_prices_and_hidden_downgrades_restrict_the_options() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let starter = plan(&tenant, "Starter", 1, 900).await;
    let pro = plan(&tenant, "Pro", 2, 2900).await;
    let business = plan(&tenant, "Business", 3, 9900).await;
    let enterprise = plan(&tenant, "Enterprise", 4, 29900).await;
    let euro = another_price(&tenant, business.product.as_str(), "eur", 9500).await;
    let archived = another_price(&tenant, enterprise.product.as_str(), "usd", 39900).await;
    archive(&tenant, &archived).await;
    let (customer, sub) = subscriber(&tenant, &pro).await;

    // Offered prices, in the configuration's order; the other currency and the archived
    // price are offered but refused by the change rules, the current one is no change.
    let offered = json!({"subscription_update_allowed_prices": [
        business.id, euro.id, starter.id, archived.id, pro.id,
    ]});
    let customer_view = portal(&app, &tenant, &customer, offered).await;
    let options = options_for(&customer_view, &sub.id, None).await;
    assert_eq!(price_ids(&options), [business.id.to_string(), starter.id.to_string()]);
    for (option, price) in options.data.iter().zip([&business, &starter]) {
        assert_eq!(option.preview, preview(&customer_view, &sub.id, price, None).await);
    }

    // Downgrades hidden: the cheaper plan is not offered.
    let no_downgrades = portal(
        &app,
        &tenant,
        &customer,
        json!({"subscription_update_downgrades_enabled": false}),
    )
    .await;
    let options = options_for(&no_downgrades, &sub.id, None).await;
    assert_eq!(
        price_ids(&options),
        [business.id.to_string(), enterprise.id.to_string()],
        "the family rule without the downgrade"
    );

    // The merchant's key is bound by no session: the whole family.
    let merchant = options_for(&tenant.api, &sub.id, None).await;
    assert_eq!(
        price_ids(&merchant),
        [
            starter.id.to_string(),
            business.id.to_string(),
            enterprise.id.to_string()
        ]
    );
}

#[tokio::test]
async fn another_customers_subscription_is_missing_and_a_session_without_plan_changes_is_refused() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let pro = plan(&tenant, "Pro", 2, 2900).await;
    plan(&tenant, "Business", 3, 9900).await;
    let (customer, sub) = subscriber(&tenant, &pro).await;
    let stranger = tenant.create_customer("eve@example.com").await;

    let eve = portal(&app, &tenant, &stranger, json!({})).await;
    assert_eq!(
        refusal(&eve, &sub.id).await,
        (Some(404), Some(ErrorCode::ResourceMissing)),
        "another customer's subscription"
    );
    let missing: SubscriptionId = "sub_doesnotexist".parse().expect("an id");
    assert_eq!(
        refusal(&tenant.api, &missing).await,
        (Some(404), Some(ErrorCode::ResourceMissing))
    );

    let disabled = portal(&app, &tenant, &customer, json!({"subscription_update_enabled": false})).await;
    assert_eq!(
        refusal(&disabled, &sub.id).await,
        (Some(403), Some(ErrorCode::PortalFeatureDisabled))
    );
}

#[tokio::test]
async fn the_quantity_is_validated_like_the_previews() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let pro = plan(&tenant, "Pro", 2, 2900).await;
    let (_, sub) = subscriber(&tenant, &pro).await;
    for quantity in ["0", "-1", "10001", "many"] {
        let response = app
            .http()
            .get(app.url(&format!(
                "/v1/subscriptions/{}/change_options?quantity={quantity}",
                sub.id
            )))
            .bearer_auth(&tenant.secret_key)
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "quantity={quantity}");
        let body: Value = response.json().await.expect("json");
        assert_eq!(body["error"]["param"], "quantity", "quantity={quantity}: {body}");
    }
    let preview_refuses = tenant
        .api
        .preview_subscription_change(
            &sub.id,
            &UpdateSubscriptionRequest {
                metadata: None,
                price: None,
                quantity: Some(10_001),
            },
        )
        .await
        .expect_err("too many");
    assert_eq!(preview_refuses.status(), Some(400));
}

#[tokio::test]
async fn at_most_twenty_options_are_offered() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let pro = plan(&tenant, "Pro", 2, 2900).await;
    let business = plan(&tenant, "Business", 3, 9900).await;
    for amount in 0..25 {
        another_price(&tenant, business.product.as_str(), "usd", 10_000 + amount).await;
    }
    let (_, sub) = subscriber(&tenant, &pro).await;
    let options = options_for(&tenant.api, &sub.id, None).await;
    assert_eq!(options.data.len(), 20);
    assert_eq!(options.data[0].price, business, "the oldest price first");
}
